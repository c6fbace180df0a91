"""Totals near their parts, issue 9 (round 7): a total of *k* named units, each unit's part in a
bracket after its name ("36 hộ nghèo thuộc 3 xã Bình Khánh (13 hộ), An Thới Đông (17 hộ) và
Tam Thôn Hiệp (6 hộ)").  The count *k* says the list is whole.

The real sentence is from tests/corpus/pending/p18_unseen_pending.toml
(hcm-cangio-36-households, Thanh Niên); near-misses must stay quiet; a hypothesis property:
such a list is reported exactly when its parts do not make the total.
"""

from __future__ import annotations

import pytest
from _checker_helpers import sum_is_checked, total_error, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.numbers import format_number

CANGIO = (
    "Vào lúc 8 giờ 30, tại hội trường UBND xã Bình Khánh, đoàn đã trao cho {total} hộ nghèo "
    "thuộc 3 xã Bình Khánh ({a} hộ), An Thới Đông ({b} hộ) và Tam Thôn Hiệp ({c} hộ). Cụ bà "
    "Bùi Thị Thơm, nhà ở số 112 An Lộc, xã Tam Thôn Hiệp, nay đã 85 tuổi."
)


def cangio(total: int = 36, a: int = 13, b: int = 17, c: int = 6) -> str:
    return CANGIO.format(
        total=format_number(total), a=format_number(a), b=format_number(b), c=format_number(c)
    )


def test_the_real_sentence_is_quiet() -> None:
    assert totals(cangio()) == []


@pytest.mark.parametrize(
    ("total", "a", "b", "c", "computed"),
    [(86, 13, 17, 6, 36), (36, 23, 17, 6, 46), (36, 13, 12, 6, 31), (36, 13, 17, 5, 35)],
)
def test_the_real_sentence_changed_is_reported(
    total: int, a: int, b: int, c: int, computed: int
) -> None:
    assert totals(cangio(total, a, b, c)) == [total_error(f"{total} hộ nghèo", computed)]


NEAR_MISSES = [
    # The count says four communes, three are named: not the whole list.
    "Đoàn đã trao cho 36 hộ nghèo thuộc 4 xã Bình Khánh (13 hộ), An Thới Đông (17 hộ) "
    "và Tam Thôn Hiệp (5 hộ).",
    # The list goes on after the last bracket: not provably whole.
    "Đoàn đã trao cho 36 hộ nghèo thuộc 3 xã Bình Khánh (13 hộ), An Thới Đông (17 hộ) "
    "và Tam Thôn Hiệp (5 hộ), cùng nhiều hộ khác.",
    # A bracket of another noun, or of more than the part.
    "Đoàn đã trao cho 36 hộ nghèo thuộc 3 xã Bình Khánh (13 người), An Thới Đông (17 "
    "người) và Tam Thôn Hiệp (5 người).",
    "Đoàn đã trao cho 36 hộ nghèo thuộc 3 xã Bình Khánh (13 hộ, 2 tỷ đồng), An Thới "
    "Đông (17 hộ) và Tam Thôn Hiệp (5 hộ).",
    # Not names: lower-case words before the brackets.
    "Đoàn đã trao cho 36 hộ nghèo thuộc 3 xã vùng sâu (13 hộ), vùng xa (17 hộ) và vùng "
    "ven biển (5 hộ).",
    # An approximate part, an approximate total.
    "Đoàn đã trao cho 36 hộ nghèo thuộc 3 xã Bình Khánh (khoảng 13 hộ), An Thới Đông "
    "(17 hộ) và Tam Thôn Hiệp (5 hộ).",
    "Đoàn đã trao cho hơn 36 hộ nghèo thuộc 3 xã Bình Khánh (13 hộ), An Thới Đông (17 "
    "hộ) và Tam Thôn Hiệp (5 hộ).",
    # No unit of a tier counted: "3 đợt" are rounds, not places.
    "Đoàn đã trao cho 36 hộ nghèo thuộc 3 đợt Bình Khánh (13 hộ), An Thới Đông (17 hộ) "
    "và Tam Thôn Hiệp (5 hộ).",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_quiet(text: str) -> None:
    assert totals(text) == []


def test_other_tiers_and_links_are_read() -> None:
    text = "Hội đã trao 50 suất quà tại 2 phường Tân Phú ({} suất) và Long Mỹ (20 suất)."
    assert totals(text.format(30)) == []
    assert totals(text.format(20)) == [total_error("50 suất", 40)]


# ------------------------------------------------------------------ properties
counts = st.integers(min_value=1, max_value=99_999)


@given(counts, counts, counts, counts)
def test_named_units_are_reported_exactly_when_they_do_not_add_up(
    total: int, a: int, b: int, c: int
) -> None:
    sum_is_checked(totals(cangio(total, a, b, c)), total, a + b + c, a + b + c)
