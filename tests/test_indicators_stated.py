"""StatedFigure and compare: precision, other rules, bounds, findings."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Severity
from hoiquanchung.indicators import (
    APPROXIMATION,
    Rate,
    StatedFigure,
    Verdict,
    compare,
)
from hoiquanchung.numbers import Bound, parse_quantity
from hoiquanchung.rounding import Rounding

BOUNDS = [b for b in Bound if b is not Bound.EXACT]


def pct(text: str) -> StatedFigure:
    return StatedFigure.parse(text)


def test_precision_follows_the_writing() -> None:
    assert pct("97,9%").resolution == Decimal("0.1")
    assert pct("100%").decimals == 0
    assert pct("74,87%").decimals == 2
    assert StatedFigure.parse("14,6 tỷ đồng").resolution == 100_000_000


def test_one_decimal_figure_is_checked_at_one_decimal() -> None:
    # 979/1000 = 97,9 %; 9789/10000 = 97,89 % rounds to 97,9 %; 9784/10000 does not.
    assert compare(pct("97,9%"), Rate(9789, 10000)).verdict is Verdict.CONSISTENT
    assert compare(pct("97,9%"), Rate(9784, 10000)).verdict is Verdict.INCONSISTENT
    assert compare(pct("100%"), Rate(9951, 10000)).verdict is Verdict.CONSISTENT
    assert compare(pct("100%"), Rate(9949, 10000)).verdict is Verdict.INCONSISTENT


def test_truncation_is_consistent_under_another_rule() -> None:
    c = compare(pct("84,61%"), Rate(66, 78))
    assert c.verdict is Verdict.CONSISTENT_UNDER_OTHER_RULE
    assert c.rule is Rounding.DOWN
    assert c.expected == Decimal("84.62")
    finding = c.to_finding(label="Tỷ lệ")
    assert finding is not None
    assert finding.code == "rate-rounding"
    assert finding.severity is Severity.WARNING
    assert "cắt bỏ phần lẻ" in finding.message_vi
    assert "truncation" in finding.message_en


def test_reference_rates_compare() -> None:
    cases = {
        ("74,87%", 113453, 151530): Verdict.CONSISTENT,
        ("57,87 %", 375, 648): Verdict.CONSISTENT,
        ("100%", 397, 397): Verdict.CONSISTENT,
        ("91,53%", 515, 565): Verdict.INCONSISTENT,
    }
    for (text, n, d), verdict in cases.items():
        assert compare(pct(text), Rate(n, d)).verdict is verdict, text


def test_inconsistent_rate_finding() -> None:
    c = compare(pct("91,53%"), Rate(515, 565))
    f = c.to_finding(label="Đơn vị học tập", path="II.4.3 > Đơn vị học tập")
    assert f is not None
    assert (f.code, f.severity) == ("rate-mismatch", Severity.ERROR)
    assert f.stated_value == Decimal("91.53")
    assert f.computed_value == Decimal("91.15")
    assert f.difference == Decimal("0.38")
    assert f.path == "II.4.3 > Đơn vị học tập"
    assert "515/565 = 91,15%" in f.message_vi
    assert "515/565 = 91.15%" in f.message_en
    assert compare(pct("74,87%"), Rate(113453, 151530)).to_finding() is None


def test_bound_findings() -> None:
    hon_34_ty = StatedFigure.parse("hơn 34 tỷ đồng")
    assert compare(hon_34_ty, 34_000_000_001).ok
    c = compare(hon_34_ty, 33_500_000_000)
    f = c.to_finding(label="Địa chỉ nhân đạo")
    assert f is not None
    assert f.code == "bound-violated"
    assert "hơn 34 tỷ đồng" in f.message_vi


@given(st.sampled_from(BOUNDS), st.integers(min_value=1, max_value=10**6))
def test_strict_and_approximate_bounds_are_not_equalities(bound: Bound, value: int) -> None:
    stated = StatedFigure(Decimal(value), bound=bound)
    c = compare(stated, value)
    expected = bound in (Bound.AT_LEAST, Bound.AT_MOST, Bound.ABOUT, Bound.NEARLY)
    assert (c.verdict is Verdict.CONSISTENT) is expected
    assert c.verdict is not Verdict.CONSISTENT_UNDER_OTHER_RULE


@given(
    st.sampled_from(BOUNDS),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=-(10**4), max_value=10**4),
    st.integers(min_value=1, max_value=1000),
)
def test_bounds_never_compare_as_equalities(
    bound: Bound, value: int, offset: int, scale: int
) -> None:
    # A computed value that *rounds* to the stated one is judged by the bound alone.
    stated = StatedFigure(Decimal(value), bound=bound, resolution=Decimal(1000))
    computed = Fraction(value) + Fraction(offset, scale)
    c = compare(stated, computed)
    t = APPROXIMATION
    v = Fraction(value)
    holds = {
        Bound.MORE_THAN: computed > v,
        Bound.LESS_THAN: computed < v,
        Bound.AT_LEAST: computed >= v,
        Bound.AT_MOST: computed <= v,
        Bound.NEARLY: v * (1 - t) <= computed <= v,
        Bound.ABOUT: abs(computed - v) <= v * t,
    }[bound]
    assert (c.verdict is Verdict.CONSISTENT) is holds
    assert c.verdict is not Verdict.CONSISTENT_UNDER_OTHER_RULE


#: A rate's numerator and denominator (never zero).
NUMERATORS = st.integers(min_value=0, max_value=10**6)
DENOMINATORS = st.integers(min_value=1, max_value=10**6)


@given(NUMERATORS, DENOMINATORS, st.integers(min_value=0, max_value=4))
def test_half_up_statement_of_any_rate_is_consistent(n: int, d: int, k: int) -> None:
    rate = Rate(n, d)
    stated = StatedFigure(rate.percent(k), unit="%")
    assert compare(stated, rate).verdict is Verdict.CONSISTENT


@given(NUMERATORS, DENOMINATORS, st.integers(min_value=0, max_value=4))
def test_truncated_statement_is_consistent_or_under_truncation(n: int, d: int, k: int) -> None:
    rate = Rate(n, d)
    truncated = rate.percent(k, Rounding.DOWN)
    c = compare(StatedFigure(truncated, unit="%"), rate)
    if truncated == rate.percent(k):
        assert c.verdict is Verdict.CONSISTENT
    else:
        assert (c.verdict, c.rule) == (Verdict.CONSISTENT_UNDER_OTHER_RULE, Rounding.DOWN)


@given(NUMERATORS, DENOMINATORS, st.integers(min_value=2, max_value=50))
def test_figures_far_from_the_rate_are_inconsistent(n: int, d: int, off: int) -> None:
    rate = Rate(n, d)
    wrong = rate.percent(2) + Decimal(off).scaleb(-2)
    assume(wrong >= 0)
    assert compare(StatedFigure(wrong, unit="%"), rate).verdict is Verdict.INCONSISTENT


def test_from_quantity_keeps_precision_bound_and_place() -> None:
    q = parse_quantity("trên 197 tỷ đồng")
    f = StatedFigure.from_quantity(q, path="II.4.3", quote="quy ra tiền trên 197 tỷ đồng")
    assert f.bound is Bound.MORE_THAN
    assert f.value == 197_000_000_000
    assert f.path == "II.4.3"
    assert f.text == "trên 197 tỷ đồng"


def test_nfc_at_the_boundary() -> None:
    decomposed = "ho\u0300a gia\u0309i"
    f = StatedFigure(Decimal(90), quote=decomposed)
    assert f.quote == "hòa giải"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"value": 0.5},
        {"value": Decimal("1"), "resolution": Decimal(0)},
        {"value": Decimal("1"), "bound": "hơn"},
    ],
)
def test_bad_stated_figures(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        StatedFigure(**kwargs)  # type: ignore[arg-type]


def test_compare_refuses_floats() -> None:
    with pytest.raises(ValidationError):
        compare(StatedFigure(Decimal(1)), 1.0)  # type: ignore[arg-type]


@given(
    st.sampled_from(BOUNDS),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=2 * 10**9),
)
def test_bounds_agree_with_the_numbers_module(bound: Bound, stated: int, computed: int) -> None:
    # Oracle: Bound.admits of hoiquanchung.numbers reads the same words the same way.
    verdict = compare(StatedFigure(Decimal(stated), bound=bound), computed).verdict
    assert (verdict is Verdict.CONSISTENT) is bound.admits(Decimal(computed), Decimal(stated))
