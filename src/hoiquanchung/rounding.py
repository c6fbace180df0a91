"""Explicit, context-free rounding of exact values.

Vietnamese official practice rounds half up (2 decimals for rates); some documents truncate.
Python's :mod:`decimal` rounds by the *caller's* context, which a library must never depend on.
Every function here takes the rule as an argument and computes in a private context, or in exact
integer arithmetic.

>>> from decimal import Decimal
>>> quantize(Decimal("74.865"), 2)
Decimal('74.87')
>>> quantize(Decimal("74.865"), 2, Rounding.HALF_EVEN)
Decimal('74.86')
>>> quantize_fraction(113453, 151530, 4)       # a ratio, exact, 4 decimals
Decimal('0.7487')
>>> quantize_fraction(66, 78, 4, Rounding.DOWN)  # truncated, as some reports do
Decimal('0.8461')
"""

from __future__ import annotations

import decimal
import enum
from decimal import Decimal
from typing import Final

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung.errors import ValidationError

__all__ = ["Rounding", "exact_decimal", "quantize", "quantize_fraction"]


class Rounding(enum.Enum):
    """A rounding rule.  ``HALF_UP`` (ties away from zero) is the library's default."""

    HALF_UP = decimal.ROUND_HALF_UP
    """Ties away from zero: 0,125 → 0,13; the rule of Vietnamese official minutes."""
    HALF_EVEN = decimal.ROUND_HALF_EVEN
    """Ties to even (banker's rounding), babel's and Python's default."""
    HALF_DOWN = decimal.ROUND_HALF_DOWN
    """Ties towards zero."""
    DOWN = decimal.ROUND_DOWN
    """Truncation towards zero, as some reports do (66/78 written 84,61 %)."""
    UP = decimal.ROUND_UP
    """Away from zero."""
    FLOOR = decimal.ROUND_FLOOR
    """Towards negative infinity."""
    CEILING = decimal.ROUND_CEILING
    """Towards positive infinity."""


_MAX_DIGITS: Final = 1000


def exact_decimal(value: object, *, field: str = "value") -> Decimal:
    """Return *value* as an exact, finite :class:`~decimal.Decimal`.

    Accepts ``int`` and finite ``Decimal``; refuses ``float`` (binary fractions are not exact
    decimal amounts), ``bool``, NaN and infinities with a
    :class:`~hoiquanchung.errors.ValidationError` that names *field*.

    >>> exact_decimal(5)
    Decimal('5')
    >>> exact_decimal(0.1)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: float is not accepted, use int or Decimal (got 0.1) ...
    """
    return Decimal(exact_number(value, field=field))


def exact_number(value: object, *, field: str = "value") -> int | Decimal:
    """*value* as given when it is an ``int`` or a finite ``Decimal`` (:func:`exact_decimal`'s
    checks, without the conversion); the one place these checks are worded."""
    if isinstance(value, bool):
        raise ValidationError(error_text("number-bool", value=repr(value)), field=field)
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(error_text("number-not-finite", value=repr(value)), field=field)
        return value
    if isinstance(value, float):
        raise ValidationError(error_text("number-float", value=repr(value)), field=field)
    raise ValidationError(
        error_text("expected-type", expected=fragment("int-or-decimal"), type=type(value).__name__),
        field=field,
    )


def checked_digits(digits: object, field: str = "digits") -> int:
    """*digits*, a number of decimal places: an ``int`` from 0 to 1000."""
    if isinstance(digits, bool) or not isinstance(digits, int):
        raise ValidationError(
            error_text("must-be", name=field, expected=fragment("an-type", type="int")), field=field
        )
    if not 0 <= digits <= _MAX_DIGITS:
        raise ValidationError(error_text("digits-range", limit=_MAX_DIGITS), field=field)
    return digits


def checked_rounding(rounding: object) -> Rounding:
    """*rounding*, which must be a :class:`Rounding`."""
    if not isinstance(rounding, Rounding):
        raise ValidationError(
            error_text("must-be", name="rounding", expected=fragment("a-type", type="Rounding")),
            field="rounding",
        )
    return rounding


def checked_int(value: object, field: str) -> int:
    """*value*, which must be an ``int`` (not a ``bool``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            error_text("must-be", name=field, expected=fragment("an-type", type="int")), field=field
        )
    return value


def quantize(value: int | Decimal, digits: int, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round *value* to *digits* decimal places by *rounding*, whatever the caller's context.

    >>> quantize(Decimal("2.5"), 0), quantize(Decimal("-2.5"), 0)
    (Decimal('3'), Decimal('-3'))
    >>> quantize(7, 2)
    Decimal('7.00')
    """
    checked_digits(digits)
    checked_rounding(rounding)
    exact = exact_decimal(value)
    # Enough precision for every digit before the point plus the requested ones: exact.
    adjusted = exact.adjusted() if exact else 0
    prec = max(adjusted, 0) + digits + 2
    ctx = decimal.Context(
        prec=prec,
        rounding=rounding.value,
        Emax=decimal.MAX_EMAX,
        Emin=decimal.MIN_EMIN,
        traps=[decimal.InvalidOperation],
    )
    return exact.quantize(Decimal(f"1E-{digits}"), context=ctx)


def quantize_fraction(
    numerator: int, denominator: int, digits: int, rounding: Rounding = Rounding.HALF_UP
) -> Decimal:
    """Round the exact fraction ``numerator / denominator`` to *digits* decimals.

    Integer arithmetic only: the result is exact for any size of operands.

    >>> quantize_fraction(515, 565, 4)
    Decimal('0.9115')
    >>> quantize_fraction(1, 8, 2), quantize_fraction(1, 8, 2, Rounding.HALF_EVEN)
    (Decimal('0.13'), Decimal('0.12'))
    >>> quantize_fraction(1, 0, 2)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: denominator must not be zero (field 'denominator')
    """
    checked_int(numerator, "numerator")
    checked_int(denominator, "denominator")
    if denominator == 0:
        raise ValidationError(error_text("denominator-zero"), field="denominator")
    checked_digits(digits)
    checked_rounding(rounding)
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    q = rounded_units(numerator, denominator, digits, rounding)
    # Built from a string: exact whatever the caller's context, exponent exactly -digits.
    return Decimal(f"{'-' if q < 0 else ''}{abs(q)}E-{digits}")


def rounded_units(numerator: int, denominator: int, digits: int, rounding: Rounding) -> int:
    """``numerator / denominator`` rounded to *digits* decimals by *rounding*, in units of the
    last decimal (an ``int``): the arithmetic of :func:`quantize_fraction` without its checks,
    for callers that have checked their operands (*denominator* above 0) and call it often.

    >>> rounded_units(515, 565, 4, Rounding.HALF_UP), rounded_units(-1, 8, 2, Rounding.FLOOR)
    (9115, -13)
    """
    negative = numerator < 0
    scale: int = 10**digits
    q, r = divmod(abs(numerator) * scale, denominator)
    twice = 2 * r
    mode = rounding
    if mode is Rounding.FLOOR:
        mode = Rounding.UP if negative else Rounding.DOWN
    elif mode is Rounding.CEILING:
        mode = Rounding.DOWN if negative else Rounding.UP
    if r:
        if mode is Rounding.UP:
            q += 1
        elif mode is Rounding.HALF_UP:
            q += twice >= denominator
        elif mode is Rounding.HALF_DOWN:
            q += twice > denominator
        elif mode is Rounding.HALF_EVEN:
            q += twice > denominator or (twice == denominator and q % 2 == 1)
    return -q if negative else q
