"""False alarms that the round-10 hunts found on real text, fixed, with their near misses.

Each real paragraph is in tests/corpus (read by id through the harness); the near misses are
written here and say what must still be reported.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import harness, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.findings import Severity

WARNING, ERROR = Severity.WARNING, Severity.ERROR


# ---- rule 2d (section-totals): one part by level in another sentence is no breakdown


def test_a_grant_is_not_the_total_of_what_districts_manage() -> None:
    # "... cấp cho quỹ với tổng số tiền 300 triệu đồng. Quỹ cơ sở do cấp huyện, thành, thị
    # quản lý 18,7 tỷ đồng ...": money granted, then the fund's capital by manager.
    assert totals(harness.text_of("hnd-2013-quyhtnd-300trieu")) == []


def test_one_part_by_level_after_its_total_is_quiet() -> None:
    text = "1. Quỹ\nTổng số tiền của quỹ là 300 triệu đồng. Quỹ do cấp huyện quản lý 1,5 tỷ đồng."
    assert totals(text) == []


def test_two_parts_by_level_above_their_total_are_still_reported() -> None:
    text = (
        "1. Quỹ\nTổng số tiền của quỹ là 300 triệu đồng. Cấp tỉnh quản lý 200 triệu đồng,"
        " cấp huyện quản lý 150 triệu đồng."
    )
    assert [(c, s, st) for c, s, st, _ in totals(text)] == [
        ("parts-exceed-total", WARNING, "300 triệu đồng")
    ]


def test_a_complete_breakdown_across_paragraphs_is_still_summed() -> None:
    text = "1. Về tổ chức\nTổng số 99 hội, trong đó cấp tỉnh: 40 hội.\nCấp huyện, xã: 60 hội."
    assert totals(text) == [("total-mismatch", ERROR, "99 hội", Decimal("100"))]


# ---- reading figures: a number after an ordinal word names, whatever follows it


def test_an_ordinal_congress_is_no_total() -> None:
    # "Đại hội đại biểu MTTQ Việt Nam lần thứ 1 nhiệm kỳ 2026 - 2031, gồm 30 đại biểu chính
    # thức ... và 2 đại biểu dự khuyết": the first congress, not a total of 1 "nhiệm".
    assert totals(harness.text_of("hcm-mttq-2025-daihoi-lan1")) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Đại hội lần thứ 1 nhiệm kỳ 2026 - 2031 gồm 30 đại biểu", ["30 đại biểu"]),
        ("Kỳ họp thứ 3 HĐND xã gồm 25 đại biểu và 4 khách mời", ["25 đại biểu", "4 khách mời"]),
        ("Đại hội lần thứ 9 gồm 30 đại biểu", ["30 đại biểu"]),
        # after the other label nouns a counted noun still makes a count
        ("ấp 3 có 120 hộ; tổ 5 hộ", ["120 hộ", "5 hộ"]),
    ],
)
def test_ordinals_are_read_as_names(text: str, read: list[str]) -> None:
    assert [m.text for m in extract(text)] == read


COUNTED = ("hội viên", "đại biểu", "người")
NOUNS = st.sampled_from(["nhiệm kỳ", "HĐND", "Ban Chấp hành", "hội viên", "đại biểu", "người"])


@given(st.integers(min_value=1, max_value=999), NOUNS)
def test_a_number_after_thu_is_never_a_quantity(n: int, noun: str) -> None:
    assert extract(f"Đại hội lần thứ {n} {noun}") == []
    if noun in COUNTED:  # the same number before a counted noun, no ordinal word: a count
        assert [(m.value, m.unit) for m in extract(f"Đại hội có {n} {noun}")] == [
            (Decimal(n), noun)
        ]
