"""Round 18 (issue 9, helper rates14): the base of a lone rate, and a list's next item.

* Rule rate-bases reads a lone rate (no other rate of its noun in the section) against the one
  count of the part's noun stated before the part, in its sentence or the sentence before
  (:func:`hoiquanchung.checker._rate_bases._near_base`): "đã thụ lý 1.517 vụ việc. Trong đó, đã
  hòa giải thành công 1.276 vụ việc (đạt tỷ lệ 84%)".  Nouns match when one is the other's
  first words ("77 đơn thuộc thẩm quyền ..." and "66 đơn").  A rate that is not a share is read
  only in a bracket or after *tỷ lệ* (a bare "đạt 80%" after new members is a plan's).
* A rate followed by "và" and the next item of its list, named before its count ("53 người,
  chiếm 3,9% và trình độ trung cấp 223 người"), is attached to its count.

Real paragraphs are quoted verbatim from the corpus (id and address in a comment); the near
misses are real paragraphs on which the rule must stay quiet.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from hoiquanchung.checker import check_text
from hoiquanchung.checker._rate_bases import _akin

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
import corpus_harness

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.computed) for f in check_text(text) if f.code in _RATES]


@functools.cache
def _paragraphs() -> dict[str, corpus_harness.Paragraph]:
    return corpus_harness.every_paragraph()


def text_of(pid: str) -> str:
    return _paragraphs()[pid].text


# hungyen-tocao-2016-1142, http://huyenuyphucu.vn/doan-khao-sat-cua-uy-ban-phap-luat-cua-quoc-hoi-lam-viec-tai-hung-yen-c2262.html
# n12h-baoquangbinh-hoagiai-1517vuviec-2017, https://baoquangbinh.vn/phap-luat/201712/hoa-giai-thanh-cong-84-vu-viec-2151883/
@pytest.mark.parametrize(
    ("pid", "stated", "changed", "computed"),
    [
        ("hungyen-tocao-2016-1142", "85,71%", "85,61%", "66/77 = 85,71%"),
        ("n12h-baoquangbinh-hoagiai-1517vuviec-2017", "84%", "86%", "1.276/1.517 = 84%"),
    ],
)
def test_a_lone_rate_is_read_against_the_whole_before_it(
    pid: str, stated: str, changed: str, computed: str
) -> None:
    text = text_of(pid)
    assert rates(text) == []  # the real paragraph holds
    assert stated in text
    found = rates(text.replace(stated, changed, 1))
    assert ("rate-mismatch", computed) in found


def test_a_truncated_lone_rate_is_a_rounding_slip() -> None:
    # h40-dantri-tayninh-1208-vu-2025 (annotated real slip: 1.035/1.208 = 85,678 %, 85,68 %
    # half up), https://dantri.com.vn/thoi-su/cong-an-tay-ninh-keo-giam-hon-30-toi-pham-trat-tu-xa-hoi-trong-nam-2025-20260128110708097.htm
    found = rates(text_of("h40-dantri-tayninh-1208-vu-2025"))
    assert [code for code, _ in found] == ["rate-rounding"]


def test_the_next_item_of_a_list_after_a_rate() -> None:
    # hungyen-congchucxa-2022-1346, https://www.tinhhungyen.com/2022/08/hung-yen-79-5-so-cong-chuc-cap-xa-co-trinh-do-chuyen-mon-dai-hoc.html
    text = text_of("hungyen-congchucxa-2022-1346")
    assert rates(text) == []
    found = rates(text.replace("chiếm 3,9% và", "chiếm 3,0% và", 1))
    assert ("rate-mismatch", "53/1.346 = 3,9%") in found


@pytest.mark.parametrize(
    "pid",
    [
        # The whole is itself a part ("Trong đó, hộ nghèo ... là 50.868 hộ; ... Số hộ cận nghèo
        # 43.316 hộ, chiếm tỷ lệ 9,12%" of all households): baodaklak-ngheo-2019,
        # http://baodaklak.vn/channel/3481/201901/toan-tinh-con-tren-57-nghin-ho-ngheo-5616033/
        "baodaklak-ngheo-2019",
        # A bound before the part ("có trên lượt 4.820 lượt hộ ... (chiếm tỷ lệ 52,6%)"):
        # thainguyen-vonhai-khuyenhoc-2019-families,
        # http://m.baothainguyen.vn/tin-tuc/giao-duc/vo-nhai-dai-hoi-hoi-khuyen-hoc-lan-thu-iv-262421-100.html
        "thainguyen-vonhai-khuyenhoc-2019-families",
        # A vote: "trong 91 đại biểu tham gia biểu quyết thì có 90 đại biểu tán thành, ... đạt
        # tỷ lệ 94,74%" is of all the 95 deputies: vietbao-hanoi-hdnd-2021,
        # https://vietbao.vn/ha-noi-dau-tu-hon-1-800-ty-dong-khoi-thong-un-tac-301423.html
        "vietbao-hanoi-hdnd-2021",
        # A change and its rate ("giảm 554 vụ (-4,2%)"): cand-tngt-9t-2019-duongbo,
        # http://cand.com.vn/Giao-thong/Ca-nuoc-co-hon-5-600-nguoi-chet-vi-tai-nan-giao-thong-trong-chin-thang-563240/
        "cand-tngt-9t-2019-duongbo",
        # A rate named by its own words ("tỷ lệ hộ nghèo toàn hội là 5,03%"): tw-ccb-2009-results,
        # http://cuuchienbinh.vn/hoi-nghi-ban-chap-hanh-trung-uong-hoi-lan-thu-5-trien-khai-toan-dien-cac-ke-hoach-nhiem-vu-30-11-2009/
        "tw-ccb-2009-results",
    ],
)
def test_quiet_on_real_near_misses(pid: str) -> None:
    text = text_of(pid)
    paragraph = _paragraphs()[pid]
    assert not [e for e in paragraph.inconsistent if e["family"] == "rates"]
    assert rates(text) == []


def test_a_fractions_figure_is_no_lone_whole() -> None:
    # "Nông thôn (có 147.740 tín đồ/208.934 tín đồ ...) chiếm tỷ lệ 70,71%; thành thị có 59.259
    # tín đồ chiếm tỷ lệ 29,29%": the urban share is of the 208.934 (an annotated slip: 28,36 %),
    # never of the rural 147.740.  h37-123docz-longan-tindo-nongthon-thanhthi,
    # https://123docz.net/trich-doan/1243543-tinh-hinh-phan-bo-ton-giao-o-long-an-su-phan-bo-ton-giao-o-vung-nong-thon-va-do-thi.htm
    found = rates(text_of("h37-123docz-longan-tindo-nongthon-thanhthi"))
    assert not [c for _, c in found if c and "147.740" in c]


def test_a_new_count_in_the_next_sentence_is_no_part() -> None:
    # "TPHCM đã cấp 1.497.360 tài khoản ... Tuy nhiên, chỉ mới có 304.191 tài khoản được kích
    # hoạt thành công, đạt tỉ lệ 20,3%": the sentence before is read only when the part's
    # sentence opens the whole's parts (*Trong đó*) or says what was done of it before the
    # count (round-13 memory: "... tăng 8 tổ so với đầu năm 2020. Năm nay có 1.446 tổ ...").
    # h43-thesaigontimes-tphcm-1497360-tai-khoan, https://thesaigontimes.vn/tat-ca-can-bo-cong-chuc-vien-chuc-tphcm-phai-lam-cccd-tai-khoan-dinh-danh-trong-thang-4-2023
    text = text_of("h43-thesaigontimes-tphcm-1497360-tai-khoan")
    assert rates(text.replace("20,3%", "26,3%")) == []


def test_a_bare_reached_rate_of_new_members_is_a_plans() -> None:
    # The round-6 near miss kept: "kết nạp 500 hội viên, đạt 80%" has its plan unsaid.
    text = "Toàn huyện có 5.000 hội viên, gồm 3 chi hội. Năm nay kết nạp 500 hội viên, đạt 80%."
    assert rates(text) == []


@pytest.mark.parametrize(
    ("whole", "part", "akin"),
    [
        ("đơn thuộc thẩm", "đơn", True),
        ("thí sinh", "thí sinh đậu", True),
        ("hồ sơ hành", "hồ sơ", True),
        ("hộ nghèo", "hộ cận nghèo", False),
        ("vụ", "đối tượng", False),
    ],
)
def test_nouns_akin_by_their_first_words(whole: str, part: str, akin: bool) -> None:
    assert _akin(whole, part) is akin
