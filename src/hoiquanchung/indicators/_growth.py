"""Tăng trưởng (growth) as three distinct things that cannot be mixed up.

* :class:`AbsoluteChange` — tăng/giảm tuyệt đối: ``after - before`` in the measure's own unit
  (hội, người, đồng);
* :class:`PointChange` — tăng/giảm điểm phần trăm: the difference of two rates, in percentage
  points;
* :class:`RelativeChange` — tốc độ tăng: ``(after - before) / before``, a percentage.

Each is its own type; adding or comparing across types is refused, and none of them is a plain
number, so "tăng 5%" and "tăng 5 điểm phần trăm" cannot be confused.

>>> absolute_change(57, 99).value
Decimal('42')
>>> point_change(Rate(375, 648), Rate(113453, 151530)).points()
Decimal('17.00')
>>> relative_change(57, 99).percent()
Decimal('73.68')
>>> absolute_change(1, 2) + point_change(Rate(1, 2), Rate(1, 2))
Traceback (most recent call last):
...
TypeError: unsupported operand type(s) for +: 'AbsoluteChange' and 'PointChange'
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs

from hoiquanchung._catalogue import error_text
from hoiquanchung._checks import instance_of
from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators._rate import Rate, as_fraction
from hoiquanchung.rounding import Rounding, exact_decimal, quantize_fraction

__all__ = [
    "AbsoluteChange",
    "PointChange",
    "RelativeChange",
    "absolute_change",
    "point_change",
    "relative_change",
]


def _dec(value: object) -> Decimal:
    return exact_decimal(value)


@attrs.frozen
class AbsoluteChange:
    """Tăng/giảm tuyệt đối: ``after - before``, in the unit of the measure."""

    before: Decimal = attrs.field(converter=_dec)
    after: Decimal = attrs.field(converter=_dec)

    @property
    def value(self) -> Decimal:
        """``after - before``, exact."""
        return _exact_sub(self.after, self.before)

    def __add__(self, other: object) -> AbsoluteChange:
        if not isinstance(other, AbsoluteChange):
            return NotImplemented
        return AbsoluteChange(
            _exact_sub(self.before, other.before.copy_negate()),
            _exact_sub(self.after, other.after.copy_negate()),
        )


def _exact_sub(a: Decimal, b: Decimal) -> Decimal:
    f = as_fraction(a) - as_fraction(b)
    # a and b are decimals, so the difference has at most max(decimals) decimals.
    digits = max(0, -min(int(a.as_tuple().exponent), int(b.as_tuple().exponent)))
    return quantize_fraction(f.numerator, f.denominator, digits, Rounding.HALF_UP)


@attrs.frozen
class PointChange:
    """Tăng/giảm điểm phần trăm: ``after.percent - before.percent``, exact."""

    before: Rate = attrs.field(validator=instance_of(Rate))
    after: Rate = attrs.field(validator=instance_of(Rate))

    @property
    def exact(self) -> Fraction:
        """The change in percentage points as an exact fraction."""
        return (self.after.fraction - self.before.fraction) * 100

    def points(self, digits: int = 2, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
        """The change in percentage points, rounded to *digits* decimals."""
        f = self.exact
        return quantize_fraction(f.numerator, f.denominator, digits, rounding)


@attrs.frozen
class RelativeChange:
    """Tốc độ tăng: ``(after - before) / before``; *before* must not be zero."""

    before: Decimal = attrs.field(converter=_dec)
    after: Decimal = attrs.field(converter=_dec)

    def __attrs_post_init__(self) -> None:
        if self.before == 0:
            raise ValidationError(error_text("relative-change-from-zero"), field="before")

    @property
    def exact(self) -> Fraction:
        """``(after - before) / before`` as an exact fraction (0.25 for +25 %)."""
        b = as_fraction(self.before)
        return (as_fraction(self.after) - b) / abs(b)

    def percent(self, digits: int = 2, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
        """The change in percent, rounded to *digits* decimals (negative for a decrease)."""
        f = self.exact * 100
        return quantize_fraction(f.numerator, f.denominator, digits, rounding)


def absolute_change(before: int | Decimal, after: int | Decimal) -> AbsoluteChange:
    """Tăng/giảm tuyệt đối from *before* to *after*, in the measure's own unit.

    >>> absolute_change(57, 99).value, absolute_change(Decimal("12.5"), 10).value
    (Decimal('42'), Decimal('-2.5'))
    """
    return AbsoluteChange(before, after)


def point_change(before: Rate, after: Rate) -> PointChange:
    """Change in percentage points from rate *before* to rate *after*.

    >>> point_change(Rate(375, 648), Rate(113453, 151530)).points(1)
    Decimal('17.0')
    """
    return PointChange(before, after)


def relative_change(before: int | Decimal, after: int | Decimal) -> RelativeChange:
    """Relative change from *before* to *after* (``before`` ≠ 0).

    >>> relative_change(0, 5)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: relative change from zero is undefined: ...
    """
    return RelativeChange(before, after)
