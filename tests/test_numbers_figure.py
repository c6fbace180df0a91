"""format_figure: exact digits, Vietnamese or English, with a unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import ValidationError, format_figure, parse_number

_DECIMALS = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=4, allow_nan=False
)


@given(_DECIMALS)
def test_vietnamese_round_trip_keeps_every_digit(value: Decimal) -> None:
    text = format_figure(value)
    parsed = parse_number(text)
    assert parsed == value
    # Trailing zeros are kept: the written number has the same decimals as the value.
    assert len(text.partition(",")[2]) == max(0, -int(value.as_tuple().exponent))


@given(_DECIMALS)
def test_english_is_python_grouping(value: Decimal) -> None:
    assert format_figure(value, lang="en") == f"{value:,f}"


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_ints(value: int) -> None:
    assert parse_number(format_figure(value)) == value


def test_units_and_real_figures() -> None:
    assert format_figure(Decimal("91.15"), "%") == "91,15%"
    assert format_figure(Decimal("91.10"), "%") == "91,10%"
    assert format_figure(440977, "hội viên") == "440.977 hội viên"
    assert format_figure(Decimal("0.38"), lang="en") == "0.38"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((0.5,), {}), ((1, 5), {}), ((1,), {"lang": "fr"}), (("1",), {})],
)
def test_refuses_junk(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        format_figure(*args, **kwargs)  # type: ignore[arg-type]
