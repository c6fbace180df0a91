"""Dates written with dashes (``14-3-2019``) and dots (``27.10.2022``): found like slash dates,
and judged by the checker like them; the near-misses stay what they were."""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.numbers import find_dates, find_quantities, scan_numbers


@pytest.mark.parametrize(
    ("text", "written", "parts"),
    [
        ("Ngày 14-3-2019, Hội tổ chức Đại hội lần thứ V", "14-3-2019", (14, 3, 2019)),
        ("ban hành ngày 27.10.2022 tại Hội trường", "27.10.2022", (27, 10, 2022)),
        ("từ ngày 01-7-2025 đến 30-9-2025", "01-7-2025", (1, 7, 2025)),
        ("Kế hoạch số 277-KH/TU ngày 05.8.2023 của Tỉnh ủy", "05.8.2023", (5, 8, 2023)),
        ("01.10.2022", "01.10.2022", (1, 10, 2022)),
    ],
)
def test_dash_and_dot_dates_are_dates(text: str, written: str, parts: tuple[int, int, int]) -> None:
    scan = scan_numbers(text)
    first = scan.dates[0]
    assert (first.text, first.day, first.month, first.year) == (written, *parts)
    assert first.style == "numeric"
    assert not scan.errors
    assert written not in [q.text for q in scan.quantities]


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("từ 1-2 hội mỗi xã", ["1", "2 hội"]),  # a range, no year
        ("Kế hoạch số 12-KH/TU của Tỉnh ủy", []),  # a document number
        ("số 12-3-KH của Ban", ["12"]),  # no four-digit year
        ("giai đoạn 2021-2025", []),  # years, not a date
    ],
)
def test_near_misses_are_no_dates(text: str, quantities: list[str]) -> None:
    scan = scan_numbers(text)
    assert [d.day for d in scan.dates if d.day is not None] == []
    assert [q.text for q in scan.quantities] == quantities


def test_dotted_runs_without_a_date_shape_stay_what_they_were() -> None:
    # Month 13: no date shape; "27.10": no year.  Both are malformed numbers, as before.
    assert find_dates("15.13.2020 người") == []
    assert len(scan_numbers("15.13.2020 người").errors) == 1
    assert find_dates("đạt 27.10 điểm") == []


@pytest.mark.parametrize(
    "text",
    ["ban hành ngày 31-2-2019", "ban hành ngày 31.2.2019", "ngày 29-02-2023", "ngày 15-13-2020"],
)
def test_impossible_dash_and_dot_dates_are_reported(text: str) -> None:
    assert [(f.code, f.severity.value) for f in check_text(text)] == [("impossible-date", "error")]


# Correct dates and near misses raise no alarm: test_numbers_figures.test_no_alarm.


@given(
    st.integers(1, 31),
    st.integers(1, 12),
    st.integers(1000, 9999),
    st.sampled_from(["-", "."]),
    st.booleans(),
)
def test_every_date_shape_is_read_and_judged(
    day: int, month: int, year: int, sep: str, pad: bool
) -> None:
    written = f"{day:02d}{sep}{month:02d}{sep}{year}" if pad else f"{day}{sep}{month}{sep}{year}"
    text = f"Đại hội ngày {written} tại tỉnh"
    [date] = find_dates(text)
    assert (date.text, date.day, date.month, date.year) == (written, day, month, year)
    assert find_quantities(text) == []
    impossible = day > calendar.monthrange(year, month)[1]
    codes = [f.code for f in check_text(text)]
    assert ("impossible-date" in codes) == impossible


@given(st.integers(1, 99), st.integers(1, 99), st.integers(0, 999))
def test_a_dash_without_a_four_digit_year_is_no_date(a: int, b: int, c: int) -> None:
    text = f"có {a}-{b}-{c} hội"
    assert [d for d in find_dates(text) if d.day is not None] == []
