"""False alarms that the round-10 hunts found on real text, fixed, with their near misses.

Each real paragraph is in tests/corpus (read by id through the harness); the near misses are
written here and say what must still be reported.
"""

from __future__ import annotations

from decimal import Decimal

from _checker_helpers import harness, totals

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
