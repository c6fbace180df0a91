"""Writing exact values in findings and tables, Vietnamese and English (private).

Vietnamese: dot between thousands, comma before decimals (Luật Kế toán 2003, Điều 12); English:
comma between thousands, point before decimals.  No rounding happens here: values are written
with exactly the digits they carry.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hoiquanchung.rounding import Rounding, quantize_fraction

__all__ = ["decimal_of", "write"]


def decimal_of(value: Fraction | int | Decimal, digits: int) -> Decimal:
    """*value* rounded half up to *digits* decimals (exact, context-free)."""
    f = Fraction(value)
    return quantize_fraction(f.numerator, f.denominator, digits, Rounding.HALF_UP)


def write(value: Decimal | int, lang: str = "vi", unit: str | None = None) -> str:
    """``Decimal('1234.5')`` → ``'1.234,5'`` (vi) or ``'1,234.5'`` (en), with *unit* after it.

    >>> write(Decimal("140457182000"), unit="đồng"), write(Decimal("91.15"), "en", "%")
    ('140.457.182.000 đồng', '91.15%')
    """
    d = Decimal(value)
    sign = "-" if d < 0 else ""
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.append(whole[-3:])
        whole = whole[:-3]
    groups.append(whole)
    group_sep, dec_sep = (".", ",") if lang == "vi" else (",", ".")
    out = sign + group_sep.join(reversed(groups)) + (dec_sep + frac if frac else "")
    if unit is None:
        return out
    return out + unit if unit == "%" else f"{out} {unit}"
