"""Rules 2d and 2g, far10 (round 15): totals whose parts are in the next sentence.

* A body named by its abbreviation at its level (courts: *TAND tỉnh*, *TAND cấp huyện*) breaks
  down the cases of the body at both levels (*TAND 2 cấp*, *TAND cấp tỉnh và cấp huyện*).
* The rest that ends a list is the rest of the part before it when that part and the one before
  it are a whole and what was done of it ("TAND tỉnh thụ lý 469 vụ, đã giải quyết 356 vụ (đạt
  75,9%), còn lại 113 vụ"): no sum of the total claimed.
* A fraction ``a/b`` detailed by the fractions of the next sentence ("442/479 trường ... Trong đó,
  bậc Mầm non có 148/166 trường ...; ..."): the numerators make *a* when the denominators make
  *b*.

Real paragraphs (tests/corpus/pending, their addresses there):
- baodongkhoi-toaan-6t-2019, http://baodongkhoi.vn/6-thang-dau-nam-2019-giai-quyet-hon-3-8-ngan-vu-an-11082019-a63335.html
- plo-bentre-toaan-2021, https://plo.vn/thoi-su/ben-tre-an-ly-hon-chiem-hon-50-trong-an-dan-su-1032403.html
- baobacninh-truongchuan-2018, http://baobacninh.com.vn/news_detail/100733/cong-nhan-4-truong-trung-hoc-dat-chuan-quoc-gia-giai-doan-20172022-.html
- thainguyen-truongchuan-2023, https://baothainguyen.vn/giao-duc/202306/thai-nguyen-9967-truong-tieu-hoc-dat-chuan-quoc-gia-ec47a67/
- quangnam-doan-2017-495, http://baoquangnam.vn/thanh-nien/495-co-so-doan-tien-hanh-dai-hoi-nhiem-ky-2017-2019-49064.html
- hungyen-congchucxa-2022-1346, https://www.tinhhungyen.com/2022/08/hung-yen-79-5-so-cong-chuc-cap-xa-co-trinh-do-chuyen-mon-dai-hoc.html
- bato-danso-laodong-55662, https://bato.quangngai.gov.vn/dan-so-lao-dong
"""

from __future__ import annotations

from _checker_helpers import changed, corpus, mismatches, totals
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

COURTS = "baodongkhoi-toaan-6t-2019"
COURTS_BT = "plo-bentre-toaan-2021"
SCHOOLS_BN = "baobacninh-truongchuan-2018"
SCHOOLS_TN = "thainguyen-truongchuan-2023"
UNIONS = "quangnam-doan-2017-495"
CIVIL_SERVANTS = "hungyen-congchucxa-2022-1346"
WORKERS = "bato-danso-laodong-55662"


# ---------------------------------------------------------------- courts at their two levels
def test_courts_real_paragraph_is_quiet() -> None:
    # "6.066 ngàn vụ": the scale word is a slip of the writer; the parts make 6.066.
    assert totals(corpus(COURTS)) == []


def test_courts_part_changed_is_found() -> None:
    text = changed(COURTS, "3.469 vụ", "3.479 vụ")
    assert mismatches(text) == [("3.803 vụ", "3.813 vụ")]


def test_courts_total_changed_is_found() -> None:
    text = changed(COURTS, "3.803 vụ", "3.703 vụ")
    assert [stated for stated, _computed in mismatches(text)] == ["3.703 vụ"]


def test_courts_not_said_at_two_levels_less_is_quiet() -> None:
    # Without "2 cấp", the two courts may be some of the courts only: less says nothing.
    text = changed(COURTS, "TAND 2 cấp đã giải quyết 3.803", "Các tòa án đã giải quyết 3.803")
    text = text.replace("3.469 vụ", "3.369 vụ", 1)
    assert totals(text) == []


def test_courts_two_bodies_are_quiet() -> None:
    # Two different bodies (a court and a procuracy): no breakdown of one body by level.
    text = changed(COURTS, "TAND cấp huyện giải quyết", "VKSND cấp huyện giải quyết")
    text = text.replace("3.469 vụ", "3.369 vụ", 1)
    assert totals(text) == []


# ------------------------------------------------------------- the rest of a part, not the total
def test_rest_of_a_part_is_quiet() -> None:
    # The real paragraph with its malformed "1,193" written as the text means it: the rest
    # "còn lại 113 vụ" is the rest of the province court's 469 cases, not of the 7.990.
    text = changed(COURTS_BT, "giảm 1,193 vụ", "giảm 1.193 vụ")
    assert totals(text) == []


def test_rest_of_a_part_mutated_is_not_claimed_for_the_total() -> None:
    text = changed(COURTS_BT, "giảm 1,193 vụ", "giảm 1.193 vụ").replace("356 vụ", "366 vụ", 1)
    assert [s for s, _c in mismatches(text) if s and s.startswith("7.990")] == []


def test_rest_of_the_total_is_still_read() -> None:
    text = (
        "Toàn tỉnh có 479 hợp tác xã. Trong đó, có 379 hợp tác xã nông nghiệp, 37 hợp tác xã "
        "công thương và còn lại 73 hợp tác xã dịch vụ."
    )
    assert mismatches(text) == [("479 hợp tác xã", "489 hợp tác xã")]


# ------------------------------------------------------------- civil servants, workers as people
def test_civil_servants_and_workers_real_paragraphs_are_quiet() -> None:
    assert totals(corpus(CIVIL_SERVANTS)) == []
    assert totals(corpus(WORKERS)) == []


def test_civil_servants_broken_down_as_people_are_read() -> None:
    # "1.346 công chức ... Trong đó, 1.070 người ..., 53 người ..., 223 người": shares make 100 %.
    text = changed(CIVIL_SERVANTS, "223 người", "233 người")
    assert mismatches(text) == [("1.346 công chức", "1.356 công chức")]


def test_workers_broken_down_as_people_are_read() -> None:
    text = changed(WORKERS, "3.785 người", "3.795 người")
    assert mismatches(text) == [("30.036 lao động", "30.046 lao động")]


def test_people_without_shares_are_quiet() -> None:
    # Without the shares, the levels of education may be some of them only.
    text = (
        "Toàn tỉnh hiện có 1.346 công chức cấp xã. Trong đó, 1.070 người có trình độ đại học; "
        "53 người có trình độ cao đẳng."
    )
    assert totals(text) == []


# ------------------------------------------------------------- fractions detailed by fractions
def test_schools_real_paragraphs_are_quiet() -> None:
    assert totals(corpus(SCHOOLS_BN)) == []
    assert totals(corpus(SCHOOLS_TN)) == []
    assert totals(corpus(UNIONS)) == []


def test_schools_numerator_changed_is_found() -> None:
    text = changed(SCHOOLS_BN, "154/155", "144/155")
    assert mismatches(text) == [("442", "432")]
    text = changed(SCHOOLS_TN, "166/192", "165/192")
    assert mismatches(text) == [("602", "601")]


def test_unions_numerator_changed_is_found() -> None:
    # The parts count "đơn vị" (units) of the total's "cơ sở đoàn".
    text = changed(UNIONS, "232/320", "233/320")
    assert mismatches(text) == [("495", "496")]


def test_denominator_exceeding_is_found() -> None:
    text = changed(SCHOOLS_BN, "442/479", "442/469")
    assert mismatches(text) == [("469 trường", "479 trường")]


def test_a_level_left_out_is_quiet() -> None:
    # The denominators do not make the total's: some levels only; the numerators say nothing.
    text = changed(SCHOOLS_BN, "; bậc THPT công lập có 23/23 trường đạt chuẩn, chiếm 100%", "")
    assert totals(text) == []


def test_a_plain_count_among_the_parts_is_quiet() -> None:
    text = changed(SCHOOLS_BN, "bậc THCS có 117/135 trường", "bậc THCS có 117 trường")
    assert totals(text) == []


def test_another_year_is_quiet() -> None:
    text = changed(SCHOOLS_BN, "Trong đó, bậc Mầm non", "Năm 2015, bậc Mầm non")
    assert totals(text) == []
    text = changed(SCHOOLS_BN, "Trong đó, bậc Mầm non", "Trong đó, năm 2015 bậc Mầm non")
    assert totals(text.replace("154/155", "144/155", 1)) == []


def test_no_marker_is_quiet() -> None:
    text = changed(SCHOOLS_BN, "Trong đó, bậc Mầm non", "Bậc Mầm non").replace("154/", "144/", 1)
    assert totals(text) == []


def test_the_detail_on_the_next_line_is_read() -> None:
    text = corpus(SCHOOLS_TN).replace("203/210", "193/210", 1)
    assert "\n" in text.split("Trong số đó")[0][-3:]
    assert mismatches(text) == [("602", "592")]


def _vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(
    st.lists(st.tuples(st.integers(1, 400), st.integers(40, 400)), min_size=2, max_size=5).map(
        lambda xs: [(a + b, a) for a, b in xs]
    ),
    st.integers(-3, 3),
)
@example([(190, 1), (401, 1), (409, 9)], 1)  # a whole of 1.000 (was written "1000": no fraction)
def test_numerators_checked_when_the_denominators_make_the_whole(
    parts: list[tuple[int, int]], slip: int
) -> None:
    whole = sum(d for d, _n in parts)
    done = sum(n for _d, n in parts)
    stated = done + slip
    if not 0 <= stated <= whole:
        return
    # Written as reports write them: "1.000", not "1000" (which reads as a year or a code).
    listed = "; ".join(
        f"khu vực {chr(65 + i)} có {_vi(n)}/{_vi(d)} xã" for i, (d, n) in enumerate(parts)
    )
    text = f"Toàn tỉnh có {_vi(stated)}/{_vi(whole)} xã đạt chuẩn. Trong đó, {listed}."
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert bool(found) == (slip != 0)


def test_rest_after_an_item_of_another_noun_is_quiet() -> None:
    # lamdong-htx-2022-479 (pending), its abbreviation written out: the credit funds are counted
    # among the cooperatives, the rest "khác" is the rest of all the items, not of the parts read.
    text = (
        "Toàn tỉnh có 479 hợp tác xã. Trong đó, có 379 hợp tác xã nông nghiệp, 25 quỹ tín dụng "
        "nhân dân, 37 hợp tác xã công thương, 31 hợp tác xã giao thông vận tải, 2 hợp tác xã xây "
        "dựng và 5 hợp tác xã dịch vụ khác."
    )
    assert totals(text) == []
    assert totals(text.replace("25 quỹ tín dụng nhân dân, ", "")) != []
