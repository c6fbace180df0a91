"""Cell readers of hoiquanchung.tables: properties and real cases."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.model import ActivityScope, AdminLevel
from hoiquanchung.numbers import format_number
from hoiquanchung.tables import _cells, column_letter, header_key
from hoiquanchung.tables._cells import (
    MISSING,
    CellValueError,
    read_bool,
    read_category_or_all,
    read_code,
    read_count,
    read_date,
    read_levels,
    read_money,
    read_scopes,
    read_text,
)
from tests._helpers import assert_all_sorted_and_documented

# Every reader in the module, found by name: a new reader is covered without a list to keep.
READERS = tuple(reader for name, reader in sorted(vars(_cells).items()) if name.startswith("read_"))
cells = (
    st.text(max_size=20)
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True)
    | st.booleans()
    | st.dates()
    | st.datetimes()
)


@given(st.sampled_from(READERS), cells)
def test_a_reader_returns_or_raises_cell_value_error(read: object, cell: object) -> None:
    error: CellValueError | None = None
    try:
        read(cell)  # type: ignore[operator]
    except CellValueError as exc:
        error = exc
    if error is not None:
        assert error.message_vi
        assert error.message_en


@given(st.integers(0, 10**30))
def test_count_as_written_and_as_a_whole_float(n: int) -> None:
    assert read_count(format_number(n)) == n
    assert read_count(str(n)) == n
    assert read_count(f" {format_number(n)}\u00a0") == n
    if n < 2**53:
        assert read_count(float(n)) == n
        assert type(read_count(float(n))) is int


@given(st.floats(min_value=0, max_value=1e12).filter(lambda f: not f.is_integer()))
def test_a_fraction_is_never_truncated(f: float) -> None:
    with pytest.raises(CellValueError, match="whole number"):
        read_count(f)


@pytest.mark.parametrize("text", ["12,5", "1.23", "1,234", "1 234", "12.3456", "-1", "01.234"])
def test_bad_count_texts(text: str) -> None:
    with pytest.raises(CellValueError):
        read_count(text)


def test_count_with_a_zero_decimal_part() -> None:
    assert read_count("12,0") == 12
    assert read_count("") is MISSING


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_dates_as_written(d: dt.date) -> None:
    assert read_date(f"{d:%d/%m/%Y}") == d
    assert read_date(f"{d.day}/{d.month}/{d:%Y}") == d
    assert read_date(f"{d:%d-%m-%Y}") == d
    assert read_date(f"{d:%d.%m.%Y}") == d
    assert read_date(d.isoformat()) == d
    assert read_date(dt.datetime(d.year, d.month, d.day)) == d


@pytest.mark.parametrize("text", ["31/02/2024", "29/02/2023", "00/01/2024", "12/13/2024"])
def test_impossible_dates(text: str) -> None:
    with pytest.raises(CellValueError, match="no such date"):
        read_date(text)


@pytest.mark.parametrize("text", ["12/3/24", "2024/03/12", "12-03/2024", "ngày 12/3/2024"])
def test_unreadable_dates(text: str) -> None:
    with pytest.raises(CellValueError, match="dd/mm/yyyy"):
        read_date(text)


@given(st.decimals(min_value=-(10**25), max_value=10**25, places=4, allow_nan=False))
def test_money_exact(amount: Decimal) -> None:
    assert read_money(format_number(amount, digits=4)) == amount


def test_money_from_floats_and_ints() -> None:
    assert read_money(1234567.89) == Decimal("1234567.89")
    assert read_money(0.1) == Decimal("0.1")
    assert read_money(12.0) == Decimal(12)
    assert read_money(10**20) == Decimal(10**20)
    with pytest.raises(CellValueError):
        read_money(float("nan"))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("có", True),
        ("X", True),
        ("1", True),
        (1.0, True),
        ("không", False),
        ("0", False),
        (False, False),
        ("", MISSING),
    ],
)
def test_bool(cell: object, expected: object) -> None:
    assert read_bool(cell) is expected


def test_codes_and_text() -> None:
    assert read_code(930.0) == "930"
    assert read_code(" 00004 ") == "00004"
    with pytest.raises(CellValueError):
        read_code(9.3)
    assert read_text(12.0) == "12"
    assert read_text("  Hội A ") == "Hội A"
    with pytest.raises(CellValueError):
        read_text(1.5)


def test_levels_and_scopes_lists() -> None:
    assert read_levels("cấp huyện, xã") == [AdminLevel.DISTRICT, AdminLevel.COMMUNE]
    assert read_levels("Tỉnh và huyện") == [AdminLevel.PROVINCE, AdminLevel.DISTRICT]
    assert read_levels("Tổng số") == []
    assert read_scopes("phạm vi huyện; xã") == [ActivityScope.DISTRICT, ActivityScope.COMMUNE]
    with pytest.raises(CellValueError, match="not an administrative level"):
        read_levels("cấp ấp")
    assert read_category_or_all("tổng") is MISSING


@given(st.text(max_size=30))
def test_header_key_ignores_composition_case_and_spaces(text: str) -> None:
    key = header_key(text)
    assert header_key(unicodedata.normalize("NFD", text)) == key
    assert header_key(f"  {text.upper()}  ") == header_key(text.upper())
    assert header_key(key) == key or "(" in key


@given(st.integers(0, 20_000))
def test_column_letters_are_bijective(i: int) -> None:
    letters = column_letter(i)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    assert n - 1 == i


def test_all_is_plain_sorted_and_documented_in_tables() -> None:
    import importlib
    import pkgutil

    import hoiquanchung.tables

    package = hoiquanchung.tables
    names = [package.__name__]
    names += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    for name in names:
        assert_all_sorted_and_documented(importlib.import_module(name))
