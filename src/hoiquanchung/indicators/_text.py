"""Writing exact values in findings and tables, Vietnamese and English (private).

Vietnamese: :func:`hoiquanchung.numbers.format_number` (dot between thousands, comma before
decimals, Luật Kế toán 2003, Điều 12); English: the same with the separators swapped.  No rounding
happens here: values are written with exactly the digits they carry.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hoiquanchung.numbers import format_number
from hoiquanchung.rounding import Rounding, quantize_fraction

_TO_ENGLISH = str.maketrans(".,", ",.")

__all__ = ["decimal_of", "strip", "subtract", "write"]


def decimal_of(value: Fraction | int | Decimal, digits: int) -> Decimal:
    """*value* rounded half up to *digits* decimals (exact, context-free)."""
    f = Fraction(value)
    return quantize_fraction(f.numerator, f.denominator, digits, Rounding.HALF_UP)


def strip(value: Decimal) -> Decimal:
    """*value* without trailing zeros after the decimal comma, exactly (``normalize`` would
    round to the context's precision and write ``1E+2`` for 100).

    >>> strip(Decimal("91.150")), strip(Decimal("100")), strip(Decimal("0.00"))
    (Decimal('91.15'), Decimal('100'), Decimal('0'))
    """
    sign, digits, raw_exponent = value.as_tuple()
    if not isinstance(raw_exponent, int):
        return value
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


def write(value: Decimal | int, lang: str = "vi", unit: str | None = None) -> str:
    """``Decimal('1234.5')`` → ``'1.234,5'`` (vi) or ``'1,234.5'`` (en), with *unit* after it.

    >>> write(Decimal("140457182000"), unit="đồng"), write(Decimal("91.15"), "en", "%")
    ('140.457.182.000 đồng', '91.15%')
    """
    d = Decimal(value)
    exponent = d.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    out = format_number(d, digits)
    if lang != "vi":  # English: swap the separators of the Vietnamese form
        out = out.translate(_TO_ENGLISH)
    if unit is None:
        return out
    return out + unit if unit == "%" else f"{out} {unit}"
