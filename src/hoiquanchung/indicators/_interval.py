"""Intervals of exact values: what a stated figure admits (private).

``None`` as an end means unbounded.  Ends are exact (``int`` or ``Fraction``).  A named tuple:
reconciling a national report builds hundreds of thousands of them.
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

__all__ = ["Exact", "Interval"]

Exact = int | Fraction


class Interval(NamedTuple):
    """The set of exact values between ``lo`` and ``hi`` (each end closed or open)."""

    lo: Exact | None
    hi: Exact | None
    lo_closed: bool = True
    hi_closed: bool = True

    @classmethod
    def point(cls, value: Exact) -> Interval:
        """The single value *value*."""
        return cls(value, value)

    def contains(self, x: Exact) -> bool:
        """Whether *x* is in the interval."""
        return _ordered(self.lo, self.lo_closed, x, True) and _ordered(
            x, True, self.hi, self.hi_closed
        )

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value."""
        return _ordered(self.lo, self.lo_closed, other.hi, other.hi_closed) and _ordered(
            other.lo, other.lo_closed, self.hi, self.hi_closed
        )

    def below(self, other: Interval) -> bool:
        """Whether some value of ``self`` is <= some value of ``other`` (parts can fit a total)."""
        return _ordered(self.lo, self.lo_closed, other.hi, other.hi_closed)

    def integral(self) -> Interval:
        """The closed interval of the integers in ``self`` (for counts and đồng)."""
        lo = self.lo
        hi = self.hi
        if lo is not None:
            c = -((-lo.numerator) // lo.denominator) if isinstance(lo, Fraction) else lo
            lo = c + 1 if c == self.lo and not self.lo_closed else c
        if hi is not None:
            f = hi.numerator // hi.denominator if isinstance(hi, Fraction) else hi
            hi = f - 1 if f == self.hi and not self.hi_closed else f
        return Interval(lo, hi)


def _ordered(lo: Exact | None, lo_closed: bool, hi: Exact | None, hi_closed: bool) -> bool:
    """Whether a lower end *lo* lies at or below an upper end *hi* (some value fits both)."""
    if lo is None or hi is None:
        return True
    return lo < hi or (lo == hi and lo_closed and hi_closed)
