"""Shares (largest remainder), growth and per-capita indicators."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators import (
    AbsoluteChange,
    PointChange,
    Population,
    PopulationMeasure,
    Rate,
    RelativeChange,
    absolute_change,
    per_capita,
    point_change,
    population_share,
    relative_change,
    shares,
)

parts_strategy = st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=30)


@given(parts_strategy, st.integers(min_value=0, max_value=4))
def test_shares_sum_to_exactly_100(parts: list[int], digits: int) -> None:
    assume(sum(parts) > 0)
    result = shares(parts, digits)
    assert sum(result) == 100
    assert all(s.as_tuple().exponent == -digits for s in result)


@given(parts_strategy, st.integers(min_value=0, max_value=4))
def test_each_share_is_within_one_unit_of_the_exact_share(parts: list[int], digits: int) -> None:
    assume(sum(parts) > 0)
    unit = Fraction(1, 10**digits)
    total = sum(parts)
    for part, share in zip(parts, shares(parts, digits), strict=True):
        exact = Fraction(part * 100, total)
        assert Fraction(share) - exact < unit
        assert exact - Fraction(share) < unit
        assert share >= 0


@given(
    st.lists(
        st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=10,
    )
)
def test_decimal_parts(parts: list[Decimal]) -> None:
    assume(sum(parts) > 0)
    assert sum(shares(parts)) == 100


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=10**6))
def test_ties_go_to_earlier_parts(n: int, value: int) -> None:
    result = shares([value] * n, 2)
    assert list(result) == sorted(result, reverse=True)
    assert sum(result) == 100


def test_shares_examples() -> None:
    assert shares([1, 1, 1]) == (Decimal("33.34"), Decimal("33.33"), Decimal("33.33"))
    assert shares({"giao nhiệm vụ": 41, "khác": 57}, 1) == {
        "giao nhiệm vụ": Decimal("41.8"),
        "khác": Decimal("58.2"),
    }


@pytest.mark.parametrize("parts", [[], [0, 0], [1, -1], [0.5], "abc"])
def test_bad_shares(parts: object) -> None:
    with pytest.raises(ValidationError):
        shares(parts)  # type: ignore[call-overload]


@given(st.integers(0, 10**9), st.integers(0, 10**9))
def test_absolute_change(before: int, after: int) -> None:
    change = absolute_change(before, after)
    assert change.value == after - before
    assert (change + absolute_change(after, before)).value == 0


@given(st.integers(1, 10**9), st.integers(0, 10**9))
def test_relative_change(before: int, after: int) -> None:
    change = relative_change(before, after)
    assert change.exact == Fraction(after - before, before)
    assert abs(Fraction(change.percent(2)) - change.exact * 100) <= Fraction(1, 200)


@given(st.integers(0, 1000), st.integers(1, 1000), st.integers(0, 1000), st.integers(1, 1000))
def test_point_change(a: int, b: int, c: int, d: int) -> None:
    change = point_change(Rate(a, b), Rate(c, d))
    assert change.exact == (Fraction(c, d) - Fraction(a, b)) * 100


def test_growth_kinds_cannot_be_mixed() -> None:
    a = absolute_change(57, 99)
    p = point_change(Rate(1, 2), Rate(3, 4))
    r = relative_change(57, 99)
    for x, y in [(a, p), (p, r), (a, r)]:
        assert x != y
        with pytest.raises(TypeError):
            _ = x + y  # type: ignore[operator]
    assert isinstance(a, AbsoluteChange)
    assert isinstance(p, PointChange)
    assert isinstance(r, RelativeChange)
    assert a != Decimal(42)
    with pytest.raises(ValidationError):
        relative_change(0, 3)


REPORTED = Population(729888, PopulationMeasure.REPORTED, "Báo cáo 2024, mục I.1")
CENSUS = Population(
    733017, PopulationMeasure.CENSUS, "Tổng điều tra 2019", datetime.date(2019, 4, 1)
)


def test_members_per_thousand_inhabitants() -> None:
    # 440.977 hội viên / 729.888 dân × 1.000 = 604,166... ; / 733.017 × 1.000 = 601,587...
    assert per_capita(440977, REPORTED).value() == Decimal("604.17")
    assert per_capita(440977, CENSUS).value() == Decimal("601.59")
    assert population_share(440977, REPORTED).value(2) == Decimal("60.42")
    assert per_capita(440977, REPORTED).population.measure is PopulationMeasure.REPORTED


def test_population_measures_are_never_mixed() -> None:
    with pytest.raises(ValidationError, match="different population measures"):
        per_capita(1, CENSUS).difference(per_capita(1, REPORTED))
    same = per_capita(2, CENSUS).difference(per_capita(1, CENSUS))
    assert same == Fraction(1000, 733017)


@pytest.mark.parametrize("value", [0, -5, 1.5, True, "729888"])
def test_bad_population(value: object) -> None:
    with pytest.raises(ValidationError):
        Population(value, PopulationMeasure.CENSUS, "x")


@given(st.integers(0, 10**9), st.integers(1, 10**9))
def test_per_capita_is_exact(count: int, population: int) -> None:
    pc = per_capita(count, Population(population, PopulationMeasure.ESTIMATE, "x"))
    assert pc.exact == Fraction(count * 1000, population)
