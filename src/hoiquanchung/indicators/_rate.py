"""Tỷ lệ (rate): an exact fraction of two counts or two amounts of money.

A rate is kept as the exact fraction ``numerator / denominator`` and rounded only when it is
written, by an explicit rule (half up by default), whatever the caller's :mod:`decimal` context.

>>> from decimal import Decimal
>>> r = Rate(113453, 151530)
>>> r.percent()
Decimal('74.87')
>>> Rate(515, 565).percent(), Rate(515, 565).percent(3)
(Decimal('91.15'), Decimal('91.150'))
>>> Rate(66, 78).percent(rounding=Rounding.DOWN)
Decimal('84.61')
>>> Rate(Decimal("1.5"), 6).ratio(2)
Decimal('0.25')
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs

from hoiquanchung._catalogue import error_text
from hoiquanchung.errors import ValidationError
from hoiquanchung.rounding import Rounding, exact_decimal, quantize_fraction

__all__ = ["Rate", "as_fraction"]


def as_fraction(value: object, *, field: str = "value") -> Fraction:
    """*value* (``int``, ``Decimal`` or ``Fraction``) as an exact :class:`~fractions.Fraction`.

    Floats, bools, NaN and infinities are refused with a
    :class:`~hoiquanchung.errors.ValidationError` naming *field*.

    >>> as_fraction(Decimal("74.87"))
    Fraction(7487, 100)
    >>> as_fraction(0.5)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: float is not accepted, use int or Decimal (got 0.5) ...
    """
    if isinstance(value, Fraction):
        return value
    return Fraction(exact_decimal(value, field=field))


def _non_negative(value: object, field: str) -> int | Decimal:
    if isinstance(value, Fraction):
        raise ValidationError(error_text("count-fraction"), field=field)
    exact = exact_decimal(value, field=field)
    if exact < 0:
        raise ValidationError(error_text("not-negative", name=field, value=exact), field=field)
    if isinstance(value, int):
        return value
    return exact


def _numerator(value: object) -> int | Decimal:
    return _non_negative(value, "numerator")


def _denominator(value: object) -> int | Decimal:
    return _non_negative(value, "denominator")


@attrs.frozen
class Rate:
    """Tỷ lệ: ``numerator / denominator``, exact.

    Counts are ``int``; amounts of money may be ``Decimal``.  Negative values and a zero
    denominator are refused with a :class:`~hoiquanchung.errors.ValidationError`; a numerator
    larger than the denominator is allowed (a plan exceeded: 105 %).

    >>> Rate(1, 0)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: denominator must not be zero (field 'denominator')
    >>> Rate(-1, 2)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: numerator must not be negative (got -1) ...
    """

    numerator: int | Decimal = attrs.field(converter=_numerator)
    denominator: int | Decimal = attrs.field(converter=_denominator)

    def __attrs_post_init__(self) -> None:
        if self.denominator == 0:
            raise ValidationError(error_text("denominator-zero"), field="denominator")

    @property
    def fraction(self) -> Fraction:
        """The exact value as a :class:`~fractions.Fraction` (``Rate(1, 8).fraction == 1/8``)."""
        n, d = self.numerator, self.denominator
        if type(n) is int and type(d) is int:
            return Fraction(n, d)  # the same value, one normalisation instead of three (speed)
        return Fraction(n) / Fraction(d)

    def percent_fraction(self) -> Fraction:
        """The exact value in percent: ``fraction * 100``.

        >>> Rate(1, 8).percent_fraction(), Rate(Decimal("1.5"), 6).percent_fraction()
        (Fraction(25, 2), Fraction(25, 1))
        """
        n, d = self.numerator, self.denominator
        if type(n) is int and type(d) is int:
            return Fraction(n * 100, d)  # the same value, made once (speed)
        return self.fraction * 100

    def percent(self, digits: int = 2, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
        """The rate in percent, rounded to *digits* decimals by *rounding* (half up by default).

        >>> Rate(1, 8).percent(1), Rate(1, 8).percent(1, Rounding.HALF_EVEN)
        (Decimal('12.5'), Decimal('12.5'))
        >>> Rate(1, 800).percent(), Rate(397, 397).percent(0)
        (Decimal('0.13'), Decimal('100'))
        """
        f = self.fraction * 100
        return quantize_fraction(f.numerator, f.denominator, digits, rounding)

    def ratio(self, digits: int = 4, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
        """The rate as a ratio (0.7487 for 74,87 %), rounded to *digits* decimals."""
        f = self.fraction
        return quantize_fraction(f.numerator, f.denominator, digits, rounding)
