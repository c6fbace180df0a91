"""Rate: exact fractions, percent at N digits, errors."""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators import Rate
from hoiquanchung.rounding import Rounding

counts = st.integers(min_value=0, max_value=10**12)
positive = st.integers(min_value=1, max_value=10**12)
digits = st.integers(min_value=0, max_value=6)


def oracle_percent(n: int, d: int, k: int) -> Decimal:
    """Half-up percent by decimal with a huge private context (independent of the library)."""
    ctx = decimal.Context(prec=400, rounding=decimal.ROUND_HALF_UP)
    exact = ctx.divide(Decimal(n * 100), Decimal(d))
    return exact.quantize(Decimal(1).scaleb(-k), context=ctx)


@given(counts, positive, digits)
def test_percent_matches_an_independent_oracle(n: int, d: int, k: int) -> None:
    assert Rate(n, d).percent(k) == oracle_percent(n, d, k)


@given(counts, positive, digits)
def test_half_up_percent_is_within_half_a_unit(n: int, d: int, k: int) -> None:
    p = Rate(n, d).percent(k)
    exact = Fraction(n * 100, d)
    assert abs(Fraction(p) - exact) <= Fraction(1, 2 * 10**k)
    assert p.as_tuple().exponent == -k


@given(st.integers(min_value=0, max_value=10**9), digits)
def test_exact_half_rounds_up(m: int, k: int) -> None:
    # percent = (m + 1/2) units of 10^-k exactly
    rate = Rate(2 * m + 1, 2 * 10**k * 100)
    assert Rate(2 * m + 1, 2 * 10**k * 100).fraction * 100 == Fraction(2 * m + 1, 2 * 10**k)
    assert rate.percent(k) == Decimal(m + 1).scaleb(-k)
    assert rate.percent(k, Rounding.DOWN) == Decimal(m).scaleb(-k)
    expected_even = m if m % 2 == 0 else m + 1
    assert rate.percent(k, Rounding.HALF_EVEN) == Decimal(expected_even).scaleb(-k)


@given(counts, positive)
def test_percent_does_not_depend_on_the_callers_context(n: int, d: int) -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        inside = Rate(n, d).percent(4)
    assert inside == oracle_percent(n, d, 4)


def test_reference_rates_section_4_3() -> None:
    # Section II.4.3 of the Hậu Giang report: 113.453/151.530 = 74,87 %; 375/648 = 57,87 %;
    # 397/397 = 100 %; 515/565 = 91,15 % (the report writes 91,53 %).
    assert Rate(113453, 151530).percent() == Decimal("74.87")
    assert Rate(375, 648).percent() == Decimal("57.87")
    assert Rate(397, 397).percent(0) == Decimal("100")
    assert Rate(515, 565).percent() == Decimal("91.15")


def test_money_rates_may_be_decimal() -> None:
    assert Rate(Decimal("6253.3"), Decimal("12700")).percent() == Decimal("49.24")
    assert Rate(1, 8).ratio(3) == Decimal("0.125")


@pytest.mark.parametrize(
    ("numerator", "denominator", "field"),
    [
        (1, 0, "denominator"),
        (-1, 2, "numerator"),
        (1, -2, "denominator"),
        (0.5, 2, "numerator"),
        (1, True, "denominator"),
        ("1", 2, "numerator"),
        (Fraction(1, 2), 2, "numerator"),
        (Decimal("NaN"), 2, "numerator"),
    ],
)
def test_bad_rates_are_validation_errors(
    numerator: object, denominator: object, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        Rate(numerator, denominator)
    assert info.value.field == field


def test_more_than_whole_is_allowed() -> None:
    assert Rate(105, 100).percent(0) == Decimal("105")
