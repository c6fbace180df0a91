"""Totals across sentences (rules 2c and 2d): a value each carried to the next sentence, the
nomination dimension, a breakdown opened by ".Trong đó" with no space, comparisons beside items.

Real paragraphs come from the corpus (tests/corpus/, read by id) with one figure changed; the
near-misses are short invented sentences that must stay quiet; hypothesis properties check
the arithmetic of the carried product.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import CORPUS, TOTALS, alarm_findings, changed
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker._figures_table import sentence_spans
from hoiquanchung.numbers import format_number


def totals(text: str) -> list[tuple[str, str | None, Decimal | None]]:
    return [(f.code, f.stated, f.computed_value) for f in alarm_findings(text, TOTALS)]


def corpus(pid: str, old: str | None = None, new: str | None = None) -> str:
    return CORPUS[pid].text if old is None or new is None else changed(pid, old, new)


# ---------------------------------------------------------------- a value each, carried
def test_count_times_value_each_against_the_total_of_the_next_sentence() -> None:
    # "trao 400 suất quà ... (mỗi xã 100 suất). Mỗi suất quà trị giá 600.000 đồng, ... Tổng
    # kinh phí chương trình là 240 triệu đồng": 400 × 600.000 đồng = 240 triệu đồng.
    assert totals(corpus("gialai-ctd-400-gifts")) == []
    total = corpus("gialai-ctd-400-gifts", "là 240 triệu", "là 244 triệu")
    assert totals(total) == [("total-mismatch", "244 triệu đồng", Decimal(240_000_000))]
    each = corpus("gialai-ctd-400-gifts", "trị giá 600.000", "trị giá 620.000")
    # 620.000 đồng is no longer 100.000 đồng of goods and 500.000 đồng in cash either.
    assert totals(each) == [
        ("total-mismatch", "620.000 đồng", Decimal(600_000)),
        ("total-mismatch", "240 triệu đồng", Decimal(248_000_000)),
    ]


def test_no_total_sentence_or_two_counts_stay_quiet() -> None:
    no_total = "Hội trao 400 suất quà. Mỗi suất trị giá 600.000 đồng. Chương trình kéo dài 2 ngày."
    assert totals(no_total) == []
    tail = " Mỗi suất trị giá 600.000 đồng. Tổng kinh phí là 250 triệu đồng."
    two = "Hội trao 400 suất quà và 50 suất học bổng." + tail
    assert totals(two) == []
    each_count = "Hội trao quà cho 4 xã, mỗi xã 100 suất." + tail
    assert totals(each_count) == []


def test_a_bound_is_no_count() -> None:
    text = (
        "Hội trao hơn 400 suất quà. Mỗi suất trị giá 600.000 đồng. Tổng kinh phí là 250 triệu đồng."
    )
    assert totals(text) == []


@given(
    st.integers(min_value=1, max_value=5000),
    st.integers(min_value=1, max_value=2000).map(lambda k: k * 1000),
    st.integers(min_value=-3, max_value=3),
)
def test_carried_product_is_reported_exactly_when_it_differs(
    count: int, each: int, delta: int
) -> None:
    total = count * each + delta * 1000
    text = (
        f"Hội trao {format_number(count)} suất quà. Mỗi suất quà trị giá {format_number(each)} "
        f"đồng. Tổng kinh phí là {format_number(total)} đồng."
    )
    found = totals(text)
    if total == count * each:
        assert found == []
    else:
        assert found == [("total-mismatch", f"{format_number(total)} đồng", Decimal(count * each))]


# ---------------------------------------------------------------- the nomination dimension
# Real paragraphs broken down by nomination (Trung ương / địa phương / tự ứng cử), quiet as
# written, each with one figure changed and the finding it must raise.
#
# - tw-qh14-elected-structure: "+ Tổng số ĐBQH trúng cử là 496 người (...).Trong đó, ĐB do ...
#   Trung ương giới thiệu có 182 người trúng cử (...), ít hơn so với dự kiến 15 người (...); ĐB
#   do ... địa phương giới thiệu 312 người (...); ĐB tự ứng cử 2 người": 182 + 312 + 2 = 496; a
#   malformed "14.3%" far away in the paragraph does not stop the list.
# - tw-qh15-candidates-education: "có 868 người ứng cử ... Trong đó, số người ứng cử do Trung
#   ương giới thiệu là 203 người, địa phương 665 người": self-nominees may be counted with the
#   localities (as here) or apart; the two tiers are the whole either way (since totals-far,
#   2026-12-01).
# - tw-qh15-delegates: "... đối với 499 người có tên trong danh sách ..." / "Theo đó, Quốc hội
#   Khóa XV có 194 đại biểu do ... Trung ương giới thiệu; 301 đại biểu do ... địa phương giới
#   thiệu; 4 đại biểu tự ứng cử; số đại biểu ... chuyên trách tại Trung ương là 126 người, ...":
#   the "126 người" after the list are people of another dimension, no item.
NOMINATION_CASES = [
    ("tw-qh14-elected-structure", "giới thiệu 312 người", "giới thiệu 313 người", "496 người", 497),
    ("tw-qh14-elected-structure", "có 182 người", "có 122 người", "496 người", 436),
    ("tw-qh15-candidates-education", "có 868 người", "có 768 người", "768 người", 868),
    ("tw-qh15-candidates-education", "là 203 người", "là 202 người", "868 người", 867),
    ("tw-qh15-delegates", "301 đại biểu", "307 đại biểu", "499 người", 505),
    ("tw-qh15-delegates", "; 4 đại biểu", "; 1 đại biểu", "499 người", 496),
]


@pytest.mark.parametrize("pid", sorted({case[0] for case in NOMINATION_CASES}))
def test_nomination_paragraphs_are_quiet_as_written(pid: str) -> None:
    assert totals(corpus(pid)) == []


@pytest.mark.parametrize(("pid", "old", "new", "stated", "computed"), NOMINATION_CASES)
def test_nomination_breakdowns_are_whole(
    pid: str, old: str, new: str, stated: str, computed: int
) -> None:
    assert totals(corpus(pid, old, new)) == [("total-mismatch", stated, Decimal(computed))]


# ---------------------------------------------------------------- sentences and comparisons
def test_a_full_stop_before_an_opener_without_a_space_ends_a_sentence() -> None:
    t = "Có 99 hội (T.Ư 2 hội).Trong đó 40 hội cấp tỉnh. Số 1.250 người.Theo đó"
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "Có 99 hội (T.Ư 2 hội).",
        "Trong đó 40 hội cấp tỉnh.",
        " Số 1.250 người.",
        "Theo đó",
    ]


def test_a_comparison_is_no_item_but_does_not_end_the_list() -> None:
    base = (
        "Tổng số đại biểu trúng cử là 500 người.Trong đó, đại biểu do Trung ương giới thiệu có "
        "190 người, ít hơn so với dự kiến 15 người; đại biểu do địa phương giới thiệu {} người; "
        "đại biểu tự ứng cử 4 người."
    )
    assert totals(base.format(306)) == []
    assert totals(base.format(300)) == [("total-mismatch", "500 người", Decimal(494))]


def test_a_figure_after_words_that_merely_contain_a_comparison_is_an_item() -> None:
    # "cao hơn đại học 50 người" names a grade (above university): an item, not a difference.
    from hoiquanchung.checker._continued_totals import _COMPARED

    assert _COMPARED.search("ít hơn so với dự kiến ")
    assert _COMPARED.search("thấp hơn ")
    assert not _COMPARED.search("trình độ cao hơn đại học ")
    assert not _COMPARED.search("so với năm trước, cấp tỉnh ")


# ---------------------------------------------------------------- near-misses that stay quiet
@pytest.mark.parametrize(
    "text",
    [
        # "Mỗi suất gồm 1 triệu đồng tiền mặt và vở học tập": goods besides the money.
        pytest.param(
            "Hội trao 60 suất học bổng. Mỗi suất gồm 1 triệu đồng tiền mặt và 1 ba lô. "
            "Tổng giá trị 70 triệu đồng.",
            id="a value each that is not the whole value",
        ),
        # Money from the centre and the locality is no election: no "giới thiệu", no "ứng cử".
        pytest.param(
            "Tổng kinh phí là 10 tỷ đồng. Trong đó, Trung ương hỗ trợ 5 tỷ đồng, "
            "địa phương 3 tỷ đồng.",
            id="nomination words without standing",
        ),
        pytest.param(
            "Hội có 499 người tham gia.\nTheo đó, 194 suất do Trung ương giới thiệu; 301 suất do "
            "địa phương giới thiệu; 1 suất tự ứng cử.",
            id="people and a noun that is no person",
        ),
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert totals(text) == []
