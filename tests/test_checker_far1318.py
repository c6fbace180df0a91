"""Round 18 (far13): the period of a section's figures, and what the section table compares.

Each test reads a real paragraph of the corpus (by its id, with its address in the corpus file)
and its near misses."""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.checker._figures_table import period_in


def alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.severity.name != "INFO"]


def test_figures_of_two_periods_are_never_compared() -> None:
    # http://baonamdinh.vn/channel/5083/202009/tong-von-dau-tu-thuc-hien-tren-dia-ban-9-thang-...
    # (pending/p38_hunt49_pending.toml): September's levels make September's 510,4 tỷ, the
    # third quarter's levels its 1.370,4 tỷ, the nine months' levels their 2.607,6 tỷ.
    text = paragraph("h49-baonamdinh-von-dau-tu-9t-2020")
    assert alarms(text) == []
    # September's total written wrong: that total is reported, and only it (the section table,
    # which kept no period, also set the quarter's 1.370,4 against September's levels).
    assert alarms(text.replace("510,4 tỷ", "210,4 tỷ")) == [
        ("total-mismatch", "210,4 tỷ đồng", "510.400.000.000 đồng")
    ]
    # Each period's levels are still read against their own total.
    assert alarms(text.replace("134,2 tỷ", "184,2 tỷ")) == [
        ("total-mismatch", "1.370,4 tỷ đồng", "1.420.400.000.000 đồng")
    ]
    assert alarms(text.replace("2.607,6 tỷ", "2.207,6 tỷ")) == [
        ("total-mismatch", "2.207,6 tỷ đồng", "2.607.600.000.000 đồng")
    ]


def test_the_period_named_before_a_figure() -> None:
    assert [p for _, p in period_in("Ước quý III năm 2020, tổng vốn", 0, 31)] == ["quý iii"]
    assert [p for _, p in period_in("Quý 3/2020, tổng vốn", 0, 20)] == ["quý iii"]
    assert [p for _, p in period_in("Tính chung 9 tháng đầu năm 2020, tổng", 0, 37)] == ["9 tháng"]
    assert [p for _, p in period_in("6 tháng đầu năm, Hội đã", 0, 23)] == ["6 tháng"]
    assert [p for _, p in period_in("nhiệm kỳ 2020 - 2025, toàn tỉnh", 0, 31)] == [
        "nhiệm kỳ 2020-2025"
    ]
    # A comparison, a date, a bound in time name no period of the figures.
    assert period_in("tăng 5% so với cùng kỳ năm 2024", 0, 31) == []
    assert period_in("Nghị định ban hành ngày 15 tháng 3 năm 2021", 0, 44) == []
    assert period_in("từ năm 2020 đến nay, Hội đã", 0, 27) == []
    # A month's count of people, a plan for the year: no period.
    assert period_in("hỗ trợ 3 tháng lương, đạt 11,9% kế hoạch năm", 0, 45) == []
