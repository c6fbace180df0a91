"""Rule 2c, round 18 (perunit15): portions worth what each holds (cash and a gift valued),
a list item of several amounts by commas, a total after its items joined by *với tổng* without
a comma, and shares each in a detail sentence that names its own places.  Real paragraphs of
the corpus (read by id from tests/corpus, each with its address there), the real text quiet,
one figure changed found, and the near-misses where the checker must stay quiet."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from hoiquanchung.checker import check_text

CORPUS = Path(__file__).parent / "corpus"


@cache
def _entries() -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for path in sorted(CORPUS.glob("**/p*.toml")):
        with path.open("rb") as f:
            for entry in tomllib.load(f).get("paragraph", []):
                found[entry["id"]] = entry
    return found


def _text(pid: str) -> str:
    text = _entries()[pid]["text"]
    assert isinstance(text, str)
    return text


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text)]


def _changed(pid: str, old: str, new: str) -> str:
    text = _text(pid)
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


# Portions worth their cash and their gift, against the total.
MADE_OF = [
    # https://amp.vtcnews.vn/400-ho-dan-hoan-canh-kho-khan-tai-xa-a-sao-nhan-qua-tet-ar1002061.html
    # (the count and the total on the line above the contents)
    ("vtc-asao-2026-400", "240 triệu", "250 triệu", "250 triệu đồng", "240.000.000 đồng"),
    ("vtc-asao-2026-400", "quà trị giá 100.000", "quà trị giá 200.000", "240 triệu đồng", None),
    # https://baothanhhoa.vn/quy-thien-tam-tang-5-100-suat-qua-tet-cho-ho-ngheo-ho-co-hoan-canh-dac-biet-kho-khan-276982.htm
    # ("5.100 suất quà" counted with the contents, "mỗi phần quà gồm ...")
    ("h32-baothanhhoa-mttq-thientam-5100-qua-2026", "5.100 suất", "5.300 suất", None, None),
    # https://baothanhhoa.vn/trao-tang-gan-30-000-suat-qua-tet-cho-nguoi-ngheo-nguoi-co-hoan-canh-kho-khan-273457.htm
    # ("mỗi tỉnh 300 suất quà" shares the count out: not the count)
    ("h32-baothanhhoa-mttw-30000-qua-tet-2026", "13,26 tỷ", "13,36 tỷ", "13,36 tỷ đồng", None),
    # https://huengaynay.vn/chinh-tri-xa-hoi/an-sinh-xa-hoi/trao-1000-suat-qua-tet-nhan-ai-den-voi-nguoi-dan-kho-khan-162670.html
    # (a value each, then its two pieces, which make it)
    ("pu14h-huengaynay-1000-suat-tet-nhan-ai-2026", "1 tỷ đồng", "2 tỷ đồng", "2 tỷ đồng", None),
]


@pytest.mark.parametrize(("pid", "old", "new", "stated", "computed"), MADE_OF)
def test_portions_made_of_cash_and_a_gift(
    pid: str, old: str, new: str, stated: str | None, computed: str | None
) -> None:
    assert _codes(_text(pid)) == []
    found = _codes(_changed(pid, old, new))
    assert [code for code, _, _ in found] == ["total-mismatch"]
    if stated is not None:
        assert found[0][1] == stated
    if computed is not None:
        assert found[0][2] == computed


@pytest.mark.parametrize(
    ("pid", "old", "new"),
    [
        # https://baoninhthuan.com.vn/news/80312p1c30/cham-lo-tet-nguoi-ngheo-va-gia-dinh-chinh-sach.htm
        # "mỗi suất trị giá 500 nghìn đồng và 400 nghìn đồng tiền mặt; với tổng kinh phí 75
        # triệu đồng": the value each holds the cash (150 × 500 nghìn), not 900 nghìn each.
        ("ninhthuan-thientam-2016-150suat", "", ""),
        # https://baogialai.com.vn/hoi-bao-tro-benh-nhan-ngheo-tinh-gia-lai-trao-560-suat-qua-cho-nguoi-dan-co-hoan-canh-kho-khan-post568626.html
        # "Mỗi phần quà trị giá 400 nghìn đồng, gồm nhu yếu phẩm và 100 nghìn đồng tiền mặt".
        ("gialai-bao-tro-560-mid-autumn-gifts", "", ""),
        # http://www.baokhanhhoa.vn/chinh-tri/201701/trao-qua-chuc-tho-cua-chu-tich-nuoc-cho-nguoi-cao-tuoi-5003382/
        # "một suất quà gồm 500.000 đồng tiền mặt, 5m vải lụa và thiệp": pieces not valued.
        ("khanhhoa-nct-2017-71cu", "hơn 35 triệu", "hơn 95 triệu"),
    ],
)
def test_portions_made_of_near_misses_stay_quiet(pid: str, old: str, new: str) -> None:
    text = _changed(pid, old, new) if old else _text(pid)
    assert _codes(text) == []


def test_amounts_by_commas_in_a_list_item() -> None:
    # https://ganhon.com/2020/10/20/phan-bo-20-ty-dong-ho-tro-dong-bao-mien-trung/
    # "mỗi tỉnh 5 tỷ đồng; tỉnh Quảng Nam 3 tỷ đồng, tỉnh Hà Tĩnh 2 tỷ đồng" (20 tỷ).
    pid = "pu15h-ganhon-20-ty-5-tinh-mien-trung-2020"
    assert _codes(_text(pid)) == []
    found = _codes(_changed(pid, "Quảng Nam 3 tỷ", "Quảng Nam 6 tỷ"))
    assert found == [("total-mismatch", "20 tỷ đồng", "23.000.000.000 đồng")]


def test_amounts_by_commas_not_a_total_and_its_parts() -> None:
    # The same allocation, the item turned into a total and its detail ("trong đó"): quiet.
    text = _changed(
        "pu15h-ganhon-20-ty-5-tinh-mien-trung-2020",
        "tỉnh Quảng Nam 3 tỷ đồng, tỉnh Hà Tĩnh 2 tỷ đồng",
        "tỉnh Quảng Nam 3 tỷ đồng, trong đó huyện Đại Lộc 2 tỷ đồng",
    )
    assert _codes(text) == []


def test_total_after_items_joined_by_voi_tong_without_a_comma() -> None:
    # https://baothanhhoa.vn/hoi-chu-thap-do-tinh-trao-ho-tro-cho-gia-dinh-nan-nhan-bi-thiet-mang-do-bao-so-10-263985.htm
    pid = "pu13h-baothanhhoa-ctd-bao10-37trieu-2025"
    assert _codes(_text(pid)) == []
    found = _codes(_changed(pid, "là 37 triệu", "là 30 triệu"))
    assert found == [("total-mismatch", "30 triệu đồng", "37.000.000 đồng")]


def test_shares_each_of_places_the_detail_names_itself() -> None:
    # http://id.baoquocte.vn/trao-tang-15000-bo-ao-phao-cho-ngu-dan-ngheo-tai-12-tinh-mien-trung-164931.html
    # "... 15.000 bộ áo phao ... tại 12 tỉnh" / "Theo đó, ... tại các tỉnh Thanh Hóa, ...,
    # Khánh Hòa, mỗi tỉnh 1.000 bộ": the 1.000 each are of the nine provinces named, not of
    # the twelve (the start checker said 12 × 1.000 = 12.000).
    assert _codes(_text("pu15h-baoquocte-15000-ao-phao-12-tinh")) == []
    assert _codes(_text("pu15h-vietnamplus-khanhhoa-ao-phao-15000")) == []


def test_shares_each_detail_without_names_still_read() -> None:
    # http://qrt.vn/thong-tin-tong-hop/ho-tro-800-trieu-dong-xay-dung-nha-tam/ : the reading
    # the guard keeps, a detail sentence with no names of its own ("Theo đó, mỗi huyện 5 nhà,
    # mỗi nhà 40 triệu đồng" after "... 800 triệu đồng ... 20 ngôi nhà ... tại các huyện ...").
    pid = "quangnam-mttq-800-million-20-houses"
    assert _codes(_text(pid)) == []
    found = _codes(_changed(pid, "800 triệu", "900 triệu"))
    assert [code for code, _, _ in found] == ["total-mismatch"]


def test_an_opening_phrase_is_no_item_of_the_list() -> None:
    # https://nld.com.vn/hon-16-ti-dong-tiep-suc-cho-hoc-sinh-sinh-vien-kho-khan-196251123155515959.htm
    # "Qua xét chọn, học bổng đã trao tặng 100 suất cho sinh viên (15 triệu đồng/ suất) và 50
    # suất ... (2 triệu đồng/ suất). Tổng giá trị học bổng là 1,6 tỉ đồng."
    pid = "pu13h-nld-scg-hocbong-2025"
    assert _codes(_text(pid)) == []
    found = _codes(_changed(pid, "tặng 100 suất", "tặng 110 suất"))
    assert found == [("total-mismatch", "1,6 tỉ đồng", "1.750.000.000 đồng")]


def test_a_phrase_with_a_figure_before_the_comma_is_an_item() -> None:
    # The near-miss of the opening phrase: a first piece with a figure is an item, not an
    # opening; "Năm 2025, ..." is read as before (the list cannot be summed: quiet).
    text = _changed(
        "pu13h-nld-scg-hocbong-2025", "Qua xét chọn, học bổng", "Năm 2025, học bổng"
    ).replace("1,6 tỉ", "1,9 tỉ")
    assert _codes(text) == []
