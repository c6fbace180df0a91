"""The one decimal context of the library's exact sums and products (private).

Python's :mod:`decimal` computes in the *caller's* context: ``a + b`` in a context of 6 digits
rounds.  A library must never depend on it, so every sum and product of counts and money in the
library is computed in :data:`EXACT`, whose precision and exponent range are the largest the
module allows and which traps :class:`decimal.Inexact`: a result is exact or it is an error,
never a silently rounded value.  Rounding itself is done explicitly, by
:mod:`hoiquanchung.rounding`.

>>> import decimal
>>> from decimal import Decimal
>>> with decimal.localcontext(decimal.Context(prec=3)):
...     Decimal("140457182000") + Decimal("1"), EXACT.add(Decimal("140457182000"), Decimal("1"))
(Decimal('1.40E+11'), Decimal('140457182001'))
>>> EXACT.multiply(Decimal("0.5"), 3)
Decimal('1.5')
"""

from __future__ import annotations

import decimal
from typing import Final

__all__ = ["EXACT"]

#: Exact arithmetic: the widest precision and exponent range, :class:`decimal.Inexact` trapped.
EXACT: Final = decimal.Context(
    prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact]
)
