"""Writing exact values in findings and tables, Vietnamese and English (private).

Values are written by :func:`hoiquanchung.numbers.format_figure` (through ``write``, the
numbers' one writer for messages): with exactly the digits they carry, Vietnamese (dot between
thousands, comma before decimals) or English.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hoiquanchung.numbers._format import write_figure as write
from hoiquanchung.rounding import Rounding, quantize_fraction

__all__ = ["decimal_of", "strip", "subtract", "write"]


def decimal_of(value: Fraction | int | Decimal, digits: int) -> Decimal:
    """*value* rounded half up to *digits* decimals (exact, context-free).

    A finite ``Decimal`` or an ``int`` is read as its ratio directly (the same lowest terms as
    its ``Fraction``, without making one: a finding writes a few; speed).

    >>> decimal_of(Decimal("91.145"), 2), decimal_of(99, 0), decimal_of(Fraction(1, 8), 2)
    (Decimal('91.15'), Decimal('99'), Decimal('0.13'))
    """
    if type(value) is Decimal and value.is_finite():
        numerator, denominator = value.as_integer_ratio()
    elif type(value) is int:
        numerator, denominator = value, 1
    else:
        f = Fraction(value)
        numerator, denominator = f.numerator, f.denominator
    return quantize_fraction(numerator, denominator, digits, Rounding.HALF_UP)


def strip(value: Decimal) -> Decimal:
    """*value* without trailing zeros after the decimal comma, exactly (``normalize`` would
    round to the context's precision and write ``1E+2`` for 100).

    >>> strip(Decimal("91.150")), strip(Decimal("100")), strip(Decimal("0.00"))
    (Decimal('91.15'), Decimal('100'), Decimal('0'))
    """
    sign, digits, raw_exponent = value.as_tuple()
    if not isinstance(raw_exponent, int) or raw_exponent >= 0:
        return value  # no decimals to drop: the value as it is (what the rebuilt one equals)
    exponent: int = raw_exponent
    kept = list(digits)
    while exponent < 0 and len(kept) > 1 and kept[-1] == 0:
        kept.pop()
        exponent += 1
    if kept == [0]:
        exponent = max(exponent, 0)
    return Decimal((sign, tuple(kept), exponent))


def subtract(a: Decimal, b: Decimal) -> Decimal:
    """``a - b`` exactly, with the decimals of the more precise operand (no context).

    >>> subtract(Decimal("91.53"), Decimal("91.15"))
    Decimal('0.38')
    """
    digits = max(0, -min(int(a.as_tuple().exponent), int(b.as_tuple().exponent)))
    return decimal_of(Fraction(a) - Fraction(b), digits)
