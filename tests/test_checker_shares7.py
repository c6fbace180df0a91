"""Round 17 (shares7): the shares of the ownership sectors of the economy.

Real paragraphs of the corpus (by id; their address is in the corpus entry), figures changed only
where a case says so: the State, non-State and FDI sectors' shares (or the domestic and FDI
sectors'), each after *chiếm* or *bằng*, one clause or one sentence each, make 100 %; near misses
where the checker stays quiet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._ownership_shares import ownership_shares
from hoiquanchung.checker._text import Splitter

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
from corpus_harness import text_of


def shares_found(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.code == "share-sum-mismatch"]


def changed(pid: str, old: str, new: str) -> str:
    text = text_of(pid)
    assert text.count(old) == 1, (pid, old)
    return text.replace(old, new)


# (paragraph id, the share as written, a share one mutation makes of it)
READ = [
    # https://www.vietnamplus.vn/...post1068370.vnp: three sentences, "chiếm 29,6% tổng vốn và
    # tăng 19,6%": the growth after each share is no share.
    ("h42-vietnamplus-dau-tu-9-thang-2025", "chiếm 53,3%", "chiếm 43,3%"),
    # https://thainguyentv.vn/tong-von-dau-tu-tang-185-90219.html: "chiếm gần 48%" read with its
    # bound (at most 48 %).
    ("h42-thainguyentv-von-dau-tu-40-nghin-ty", "chiếm 18%", "chiếm 13%"),
    # https://thoibaotaichinhvietnam.vn/9-thang-von-thuc-hien-bang-312-gdp-24942.html
    ("h45-thoibaotaichinh-vondautu-9thang-2014", "chiếm 22,6%", "chiếm 82,6%"),
    # Held-out (round 17): https://kinhtevadubao.vn/nam-2022-...-24939.html, "bằng 58,2% và tăng".
    ("h38s7-kinhtevadubao-vondautu-2022", "bằng 58,2%", "bằng 68,2%"),
    # Held-out: exports by the FDI and the domestic sector (vietnamnet.vn, 2021).
    ("h49-vietnamnet-xuat-khau-9t-2021", "chiếm 73,9%", "chiếm 13,9%"),
]


@pytest.mark.parametrize(("pid", "old", "new"), READ)
def test_ownership_shares_hold_and_their_mutation_is_found(pid: str, old: str, new: str) -> None:
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, old, new)) == ["share-sum-mismatch"]


def test_private_sector_is_no_whole_partition() -> None:
    # https://tuoitre.vn/...20251219150159409.htm: "nguồn vốn tư nhân ... chiếm 74,6%, nguồn vốn
    # nhà nước ... chiếm 25,4%": the private sector is a part of the non-State one, so below
    # 100 % is quiet, above is wrong.
    pid = "h44-tuoitre-564-cong-trinh-2025"
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, "chiếm 74,6%", "chiếm 70,6%")) == []
    assert shares_found(changed(pid, "chiếm 74,6%", "chiếm 77,6%")) == ["share-sum-mismatch"]


QUIET = [
    # Rates of a plan after "bằng", three budget levels (baodaknong.vn 2025, held-out).
    "h42-baodaknong-nsnn-2-thang-2025",
    "h38s7-kinhtevadubao-ngansach-2022",
    # The FDI sector's shares of exports and of imports: two wholes (gmgland.vn 2023).
    "h38s7-gmgland-fdi-xnk-4-2023",
    "h38s7-tapchitaichinh-fdi-xnk-2018",
    # The three sectors with their growth only, no share.
    "h38s7-kinhtevadubao-vondautu-q2-2023",
    # FDI by industry, a list cut short (82 + 6 + gần 5).
    "h38s7-vietnamplus-fdi-nganh-9t-2023",
]


@pytest.mark.parametrize("pid", QUIET)
def test_near_misses_read_no_ownership_run(pid: str) -> None:
    for para in Splitter().feed(text_of(pid)):
        assert ownership_shares(ParagraphContext.of(para)) is None
    assert shares_found(text_of(pid)) == []


def test_two_wholes_named_after_the_shares_are_no_breakdown() -> None:
    # gmgland.vn 2023 with the domestic sector's share added to the imports' sentence: the FDI's
    # share of exports (74,2 %) and the domestic sector's of imports are of two wholes.
    text = changed(
        "h38s7-gmgland-fdi-xnk-4-2023",
        "chiếm 65,3% tổng kim ngạch nhập khẩu",
        "chiếm 65,3% tổng kim ngạch nhập khẩu; khu vực kinh tế trong nước chiếm 34,7% tổng kim "
        "ngạch nhập khẩu",
    )
    assert shares_found(text) == []


# Residence: urban and rural (thành thị, nông thôn), each share right after *chiếm*.
RESIDENCE = [
    # https://baobariavungtau.com.vn/phap-luat/202502/thang-12025-toan-quoc-xay-ra-375-vu-chay-1033953/
    ("n12h-baobariavungtau-375vuchay-2025", "chiếm 48%", "chiếm 18%"),
    ("n12h-baobariavungtau-375vuchay-2025", "chiếm 52%", "chiếm 72%"),
]


@pytest.mark.parametrize(("pid", "old", "new"), RESIDENCE)
def test_urban_and_rural_shares_make_the_whole(pid: str, old: str, new: str) -> None:
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, old, new)) == ["share-sum-mismatch"]


def test_urban_and_rural_rates_are_no_shares() -> None:
    # https://baolamdong.vn/... (Lâm Đồng, 2021): "tỷ lệ thất nghiệp ở thành thị là 1,46%, ...;
    # ở khu vực nông thôn 1.639 người thất nghiệp, chiếm tỷ lệ 0,33%": the unemployment rates
    # of two populations, not shares of one whole.
    pid = "lamdong-thatnghiep-2021-6014"
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, "chiếm tỷ lệ 0,33%", "chiếm 0,33%")) == []


@pytest.mark.parametrize(
    "pid", ["h38s7-tapchilaodongxahoi-llld-q1-2024", "h38s7-laodongvaphapluat-chay-5t-2025"]
)
def test_residence_near_misses_stay_quiet(pid: str) -> None:
    assert shares_found(text_of(pid)) == []


def test_a_share_written_nearly_closes_a_list_of_the_others() -> None:
    # https://thainguyentv.vn/tong-von-dau-tu-tang-185-90219.html: "ngành nông, lâm nghiệp chiếm
    # gần 2,5%; ngành công nghiệp - xây dựng chiếm 46,5%; thương mại, dịch vụ, vận tải và các
    # ngành khác chiếm 51%": "gần 2,5%" admits the values just below 2,5 %.
    pid = "h42-thainguyentv-von-dau-tu-40-nghin-ty"
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, "khác chiếm 51%", "khác chiếm 55%")) == ["share-sum-mismatch"]
    # ... and the list without its others' share makes no whole: quiet below 100 %.
    cut = changed(pid, "; thương mại, dịch vụ, vận tải và các ngành khác chiếm 51%", "")
    assert shares_found(cut) == []


def test_sectors_beside_a_share_of_no_sector_are_not_the_whole() -> None:
    # The held-out Q1/2024 paragraph (thuonghieucongluan.com.vn) with a share of no sector
    # written before the three (as a trade union writes "khu vực hành chính sự nghiệp chiếm
    # 35%, doanh nghiệp nhà nước chiếm 15%, ..."): the sectors are then parts of a larger
    # breakdown, so 16,5 + 55,5 + 18 = 90 % is no slip; above 100 % still is.
    pid = "h38s7-thuonghieucongluan-vondautu-q1-2024"
    text = changed(
        pid, "Theo đó, vốn khu vực", "Theo đó, khu vực hành chính chiếm 10%, vốn khu vực"
    )
    assert shares_found(text.replace("chiếm 26,5%", "chiếm 16,5%")) == []
    assert shares_found(text.replace("chiếm 26,5%", "chiếm 36,5%")) == ["share-sum-mismatch"]
