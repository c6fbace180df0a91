"""Cơ cấu (shares of a total) that sum to exactly 100 %, by the largest-remainder method.

Official minutes round each share half up to two decimals *and* adjust so that the shares add up
to exactly 100 %.  :func:`shares` does that deterministically: every share is first truncated at
*digits* decimals; the units still missing go, one each, to the shares with the largest
remainders; equal remainders go to the earlier part (by position, or by key order for a mapping).

>>> shares([1, 1, 1])
(Decimal('33.34'), Decimal('33.33'), Decimal('33.33'))
>>> shares({"cấp tỉnh": 40, "cấp huyện, xã": 59}, digits=1)
{'cấp tỉnh': Decimal('40.4'), 'cấp huyện, xã': Decimal('59.6')}
>>> sum(shares([2, 3, 5, 7, 11], digits=0))
Decimal('100')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import overload

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung._nfc import nfc_text
from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators._rate import as_fraction
from hoiquanchung.rounding import Rounding, quantize_fraction

__all__ = ["shares"]


def _largest_remainder(values: Sequence[object], digits: int) -> tuple[Decimal, ...]:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= 100:
        raise ValidationError(
            error_text("must-be", name="digits", expected=fragment("int-up-to", limit=100)),
            field="digits",
        )
    exact: list[Fraction] = []
    for i, v in enumerate(values):
        f = as_fraction(v, field=f"parts[{i}]")
        if f < 0:
            raise ValidationError(
                error_text("not-negative", name=fragment("a-part"), value=str(v)),
                field=f"parts[{i}]",
            )
        exact.append(f)
    total = sum(exact, Fraction(0))
    if not exact:
        raise ValidationError(error_text("shares-no-parts"), field="parts")
    if total == 0:
        raise ValidationError(error_text("shares-sum-zero"), field="parts")
    scale = 100 * 10**digits
    floors: list[int] = []
    remainders: list[Fraction] = []
    for f in exact:
        units = f * scale / total
        whole = units.numerator // units.denominator
        floors.append(whole)
        remainders.append(units - whole)
    missing = scale - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-remainders[i], i))
    for i in order[:missing]:
        floors[i] += 1
    return tuple(quantize_fraction(n, 10**digits, digits, Rounding.DOWN) for n in floors)


@overload
def shares(parts: Mapping[str, int | Decimal], digits: int = 2) -> dict[str, Decimal]: ...


@overload
def shares(parts: Sequence[int | Decimal], digits: int = 2) -> tuple[Decimal, ...]: ...


def shares(
    parts: Mapping[str, int | Decimal] | Sequence[int | Decimal], digits: int = 2
) -> dict[str, Decimal] | tuple[Decimal, ...]:
    """Each part's share of their sum, in percent at *digits* decimals, summing to exactly 100.

    *parts* is a sequence (a tuple of shares is returned, in order) or a mapping (a dict with
    the same keys).  Parts must be non-negative ``int`` or ``Decimal`` and not all zero.

    >>> shares([0, 5])
    (Decimal('0.00'), Decimal('100.00'))
    >>> shares([])
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ValidationError: no parts to share (field 'parts')
    """
    if isinstance(parts, Mapping):
        keys = [nfc_text(k, "parts") for k in parts]
        if len(set(keys)) != len(keys):
            raise ValidationError(error_text("shares-same-key"), field="parts")
        values = _largest_remainder(list(parts.values()), digits)
        return dict(zip(keys, values, strict=True))
    if isinstance(parts, str | bytes) or not isinstance(parts, Sequence):
        raise ValidationError(
            error_text("must-be", name="parts", expected=fragment("parts-shape")), field="parts"
        )
    return _largest_remainder(list(parts), digits)
