"""Rule 2d (continued), far4 (round 10): a total broken down by grade in the next sentence or
paragraph.  A unit has one grade of a yearly evaluation (*tốt*, *khá*, *trung bình*, *yếu*), so
parts each of another grade are distinct; they are the whole when they run from the top grade to
*yếu*, or down to a grade whose next one the text says there is none of.

Real paragraphs: tests/corpus (p28_far4_entered.toml) and tests/corpus/pending (Khánh Hòa,
still waiting for other misses), public pages whose address is in the corpus file (and, below,
amounts entrusted to the four bodies, daknong-nhcsxh-2020-uythac):
- daknong-nhcsxh-2020-to1559, http://www.baodaknong.org.vn/kinh-te/hon-1-1440-to-tiet-kiem-va-vay-von-xep-loai-tot-82646.html
- longan-benluc-nhcsxh-2022-to215, https://la34.com.vn/ben-luc-215-to-tiet-kiem-va-vay-von-thuc-hien-dat-hieu-qua-98368.html
- khanhhoa-nhcsxh-2021-to2584, https://baokhanhhoa.vn/kinh-te/taichinh-nganhang/202107/89-to-tiet-kiem-va-vay-von-xep-loai-tot-8222511/
- khanhhoa-nhcsxh-2024-uythac, https://etime.danviet.vn/nhcsxh-tinh-khanh-hoa-du-no-uy-thac-dat-tren-4295-ty-dong-20240417090644776.htm
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import changed, corpus, harness, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.findings import Severity

PENDING = {p.id: p for p in harness.load(harness.HERE / "pending")}
MISMATCH = "total-mismatch"


def pending(pid: str, old: str | None = None, new: str | None = None) -> str:
    text = PENDING[pid].text
    if old is not None and new is not None:
        assert text.count(old) == 1, old
        text = text.replace(old, new, 1)
    return text


def _grouped(n: int) -> str:
    """*n* written the Vietnamese way (thousands grouped by dots)."""
    return f"{n:,}".replace(",", ".")


# ------------------------------------------------------------------ real paragraphs
@pytest.mark.parametrize("pid", ["daknong-nhcsxh-2020-to1559", "longan-benluc-nhcsxh-2022-to215"])
def test_the_real_graded_paragraphs_draw_no_totals_alarm(pid: str) -> None:
    assert totals(corpus(pid)) == []


@pytest.mark.parametrize("pid", ["khanhhoa-nhcsxh-2021-to2584", "khanhhoa-nhcsxh-2024-uythac"])
def test_the_real_pending_graded_paragraphs_draw_no_totals_alarm(pid: str) -> None:
    assert totals(pending(pid)) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [("1.446 tổ", "1.436 tổ", 1549), ("113 tổ", "111 tổ", 1557), ("1.559 tổ", "5.559 tổ", 1559)],
)
def test_grades_with_none_lower_are_the_whole(old: str, new: str, computed: int) -> None:
    # "Trong đó, có 1.446 tổ TK&VV xếp loại tốt, ...; 113 tổ TK&VV xếp loại khá, không còn tổ
    # xếp loại trung bình và yếu kém.": tốt and khá, none lower, are all 1.559 groups.
    text = changed("daknong-nhcsxh-2020-to1559", old, new)
    assert totals(text) == [
        (
            MISMATCH,
            Severity.ERROR,
            new if old.startswith("1.559") else "1.559 tổ",
            Decimal(computed),
        )
    ]


@pytest.mark.parametrize(("old", "new"), [("212 tổ", "412 tổ"), ("loại khá 3 tổ", "loại khá 6 tổ")])
def test_grades_in_the_paragraph_after_the_total(old: str, new: str) -> None:
    # The total in the paragraph before, "Bình quân mỗi Tổ có 42 thành viên, ..." between.
    found = totals(changed("longan-benluc-nhcsxh-2022-to215", old, new))
    assert [(code, stated) for code, _s, stated, _v in found] == [(MISMATCH, "215 tổ")]


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("2.300 tổ", "2.306 tổ", 2590),
        ("81 tổ", "91 tổ", 2594),
        ("8 tổ xếp loại yếu", "5 tổ xếp loại yếu", 2581),
    ],
)
def test_an_evaluation_without_marker_grades_the_total_before(
    old: str, new: str, computed: int
) -> None:
    # "toàn tỉnh có 2.584 tổ tiết kiệm và vay vốn. Qua hoạt động đánh giá xếp loại 6 tháng đầu
    # năm, có 2.300 tổ xếp loại tốt, ...; 195 tổ ..., 81 tổ ... và 8 tổ xếp loại yếu, ... (trong
    # đó, Hội Nông dân có 4 tổ, ...)": the four grades, the bracket a part's own breakdown.
    found = totals(pending("khanhhoa-nhcsxh-2021-to2584", old, new))
    assert found == [(MISMATCH, Severity.ERROR, "2.584 tổ", Decimal(computed))]


def test_a_change_since_a_past_date_is_no_part() -> None:
    # "xếp loại tốt 2.179 tổ, giảm 177 tổ so với 2023, ...; Tổ khá 262 tổ, tăng 131 tổ so với
    # năm 2023, ...": the changes neither count nor break the list of the four grades.
    found = totals(pending("khanhhoa-nhcsxh-2024-uythac", "2.179 tổ", "2.170 tổ"))
    assert found == [(MISMATCH, Severity.ERROR, "2.535 tổ", Decimal(2526))]


# ------------------------------------------------------------------ near misses: quiet
@pytest.mark.parametrize(
    "text",
    [
        # two grades, nothing said of the lower ones: some groups may be trung bình or yếu
        "Toàn tỉnh có 1.559 tổ tiết kiệm và vay vốn. Trong đó, có 1.446 tổ xếp loại tốt; "
        "100 tổ xếp loại khá.",
        # a grade missing in the middle (no trung bình): not the whole scale
        "Năm 2024, toàn huyện có 120 chi hội. Qua đánh giá xếp loại, có 60 chi hội vững mạnh, "
        "20 chi hội khá và 5 chi hội yếu.",
        # the scale's top is xuất sắc when the text names it: tốt..yếu are not all the grades
        "Toàn huyện có 120 chi hội, phấn đấu có chi hội xuất sắc. Trong đó, có 60 chi hội "
        "xếp loại tốt, 20 chi hội khá, 5 chi hội trung bình và 5 chi hội yếu.",
        # no marker and the sentence names a commune: its groups, not the province's
        "Toàn tỉnh có 2.584 tổ tiết kiệm và vay vốn. Qua đánh giá xếp loại, xã Ninh Phú có "
        "30 tổ xếp loại tốt, 2 tổ xếp loại khá, 1 tổ xếp loại trung bình và 1 tổ xếp loại yếu.",
        # no marker and no evaluation announced before the first count
        "Toàn tỉnh có 2.584 tổ tiết kiệm và vay vốn. Năm nay có 2.300 tổ tốt, 195 tổ khá, "
        "81 tổ trung bình và 5 tổ yếu.",
        # two grades in one part: not one grade each
        "Toàn tỉnh có 2.584 tổ tiết kiệm và vay vốn. Trong đó, có 2.300 tổ xếp loại tốt và "
        "khá; 200 tổ xếp loại trung bình, yếu.",
        # the same grade twice: no partition
        "Toàn tỉnh có 900 tổ tiết kiệm và vay vốn. Trong đó, có 500 tổ xếp loại tốt của Hội "
        "Nông dân; 500 tổ xếp loại tốt của Hội Phụ nữ.",
    ],
)
def test_quiet_when_the_grades_may_not_partition_the_total(text: str) -> None:
    assert totals(text) == []


def test_two_grades_adding_up_to_more_than_the_total_are_reported() -> None:
    # Distinct grades (a group has one), not all of them: more than the total is a slip.
    text = (
        "Toàn tỉnh có 1.559 tổ tiết kiệm và vay vốn. Trong đó, có 1.446 tổ xếp loại tốt; "
        "200 tổ xếp loại khá."
    )
    assert totals(text) == [(MISMATCH, Severity.ERROR, "1.559 tổ", Decimal(1646))]


# ------------------------------------------------------------------ properties
@given(
    st.lists(st.integers(min_value=1, max_value=3000), min_size=4, max_size=4),
    st.integers(min_value=-3, max_value=3),
)
def test_four_grades_are_summed_both_ways(grades: list[int], delta: int) -> None:
    good, fair, average, weak = (_grouped(g) for g in grades)
    total = sum(grades) + delta
    text = (
        f"Toàn tỉnh có {_grouped(total)} tổ tiết kiệm và vay vốn. Trong đó, có {good} tổ xếp "
        f"loại tốt; {fair} tổ xếp loại khá; {average} tổ xếp loại trung bình và {weak} tổ xếp "
        "loại yếu."
    )
    expected = (
        []
        if delta == 0
        else [(MISMATCH, Severity.ERROR, f"{_grouped(total)} tổ", Decimal(sum(grades)))]
    )
    assert totals(text) == expected


@given(
    st.lists(st.integers(min_value=1, max_value=3000), min_size=2, max_size=2),
    st.integers(min_value=-3, max_value=3),
    st.booleans(),
)
def test_two_grades_are_the_whole_only_when_none_lower(
    grades: list[int], delta: int, none_lower: bool
) -> None:
    total = sum(grades) + delta
    good, fair = (_grouped(g) for g in grades)
    tail = ", không còn tổ xếp loại trung bình và yếu." if none_lower else "."
    text = (
        f"Toàn tỉnh có {_grouped(total)} tổ tiết kiệm và vay vốn. Trong đó, có {good} tổ xếp "
        f"loại tốt; {fair} tổ xếp loại khá{tail}"
    )
    reported = delta != 0 if none_lower else delta < 0
    expected = [(MISMATCH, Severity.ERROR, f"{_grouped(total)} tổ", Decimal(sum(grades)))]
    assert totals(text) == (expected if reported else [])


# ------------------------------------------------------------------ entrusted loans by body
# daknong-nhcsxh-2020-uythac (p28_far4_entered.toml), http://www.baodaknong.org.vn/print/81586.html:
# "dư nợ cho vay của NHCSXH tỉnh ủy thác qua các hội, đoàn thể là 2.847 tỷ đồng, ..." / "Trong
# đó, dư nợ qua Hội Liên hiệp Phụ nữ 808 tỷ đồng, ...; Hội Nông dân tỉnh 776 tỷ đồng, ...; Hội
# Cựu chiến binh 646 tỷ đồng, ...; dư nợ ủy thác qua Đoàn Thanh niên 617 tỷ đồng, ...".
UYTHAC = "daknong-nhcsxh-2020-uythac"


def test_the_real_entrusted_loans_draw_no_totals_alarm() -> None:
    assert totals(corpus(UYTHAC)) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("2.847 tỷ", "2.848 tỷ", 2_847),
        ("776 tỷ", "775 tỷ", 2_846),
        ("617 tỷ", "117 tỷ", 2_347),
    ],
)
def test_the_four_bodies_are_the_whole_of_what_is_entrusted_to_them(
    old: str, new: str, computed: int
) -> None:
    found = totals(changed(UYTHAC, old, new))
    assert [(code, value) for code, _s, _t, value in found] == [
        (MISMATCH, Decimal(computed) * 10**9)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the bank's whole outstanding holds its own loans too: the four bodies are not all of it
        "Tổng dư nợ của chi nhánh đạt 3.000 tỷ đồng.\nTrong đó, dư nợ qua Hội Nông dân 800 tỷ "
        "đồng; Hội Phụ nữ 900 tỷ đồng; Hội Cựu chiến binh 600 tỷ đồng; Đoàn Thanh niên 500 tỷ "
        "đồng.",
        # one body twice: no partition
        "Dư nợ ủy thác qua các hội, đoàn thể là 2.000 tỷ đồng.\nTrong đó, Hội Nông dân huyện "
        "A 800 tỷ đồng; Hội Nông dân huyện B 900 tỷ đồng; Hội Cựu chiến binh 600 tỷ đồng.",
        # two bodies in one item
        "Dư nợ ủy thác qua các hội, đoàn thể là 2.000 tỷ đồng.\nTrong đó, Hội Nông dân và Hội "
        "Phụ nữ 1.500 tỷ đồng; Hội Cựu chiến binh 300 tỷ đồng; Đoàn Thanh niên 400 tỷ đồng.",
        # households, not money: a household may borrow through two bodies
        "Toàn tỉnh có 60.000 hộ vay vốn ủy thác qua các hội, đoàn thể.\nTrong đó, Hội Nông dân "
        "20.000 hộ; Hội Phụ nữ 25.000 hộ; Hội Cựu chiến binh 15.000 hộ; Đoàn Thanh niên 14.000 "
        "hộ.",
    ],
)
def test_quiet_when_the_bodies_may_not_partition_the_amount(text: str) -> None:
    assert totals(text) == []


@given(
    st.lists(st.integers(min_value=1, max_value=999), min_size=4, max_size=4),
    st.integers(min_value=-2, max_value=2),
)
def test_amounts_of_the_four_bodies_are_summed_both_ways(amounts: list[int], delta: int) -> None:
    farmers, women, veterans, youth = amounts
    total = sum(amounts) + delta
    text = (
        f"Dư nợ ủy thác qua các hội, đoàn thể là {_grouped(total)} tỷ đồng.\n"
        f"Trong đó, Hội Nông dân {farmers} tỷ đồng; Hội LHPN {women} tỷ đồng; Hội CCB "
        f"{veterans} tỷ đồng; Đoàn Thanh niên {youth} tỷ đồng."
    )
    expected = [] if delta == 0 else [(MISMATCH, Decimal(sum(amounts)) * 10**9)]
    assert [(code, value) for code, _s, _t, value in totals(text)] == expected
