"""Results never depend on the caller's :mod:`decimal` context.

Each call runs once under the default context and once under a hostile one (3 digits of
precision, rounding down, and a trap on ``Inexact`` so that any arithmetic done in the caller's
context that would lose a digit raises instead of silently rounding): the results must be
equal.  (``Rounded`` alone is not trapped: ``Decimal('1E+8').normalize()`` in
:mod:`hoiquanchung.indicators` signals it while dropping only zeros.)
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal

import pytest

from hoiquanchung import numbers as hn
from hoiquanchung.checker import check_text

CALLS: dict[str, Callable[[], object]] = {
    "format_number": lambda: hn.format_number(Decimal("1234567.865"), 2),
    "format_percent": lambda: hn.format_percent(Decimal("0.748750"), 2),
    "format_money short": lambda: hn.format_money(Decimal("14650000000"), "short"),
    "format_money short negative": lambda: hn.format_money(-999_960_000, "short"),
    "format_money mixed": lambda: hn.format_money(Decimal("1201500000"), "mixed"),
    "parse_quantity": lambda: hn.parse_quantity("hơn 1 tỷ 286,6 triệu đồng"),
    "to_words": lambda: hn.to_words(Decimal("123456789012345678.25")),
    "from_words": lambda: hn.from_words("một tỷ hai trăm lẻ một triệu phẩy năm"),
    "amount_in_words": lambda: hn.amount_in_words(1_201_000_000),
    "parse_number": lambda: hn.parse_number("1.234.567,891"),
    "Bound.ABOUT.admits": lambda: hn.Bound.ABOUT.admits(Decimal("135801.6"), Decimal("123456")),
    "Bound.NEARLY.admits": lambda: hn.Bound.NEARLY.admits(Decimal("111111"), Decimal("123456")),
    "interval": lambda: hn.parse_quantity("14,6 tỷ đồng").interval(),
    "check rate": lambda: check_text("Có 113.453/151.530 gia đình, đạt tỷ lệ 74,87%."),
    "check total": lambda: check_text("Tổng kinh phí 1.235 đồng, gồm 1.000 đồng, 235 đồng."),
    "check total rounded": lambda: check_text(
        "Tổng 14,6 tỷ đồng, gồm 10 tỷ đồng, 4.630 triệu đồng."
    ),
    "check words": lambda: check_text(
        "Số tiền 1.201.000.000 đồng (bằng chữ: Một tỷ hai trăm lẻ một triệu đồng)."
    ),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_independent_of_the_callers_context(name: str) -> None:
    call = CALLS[name]
    expected = call()
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        ctx.traps[decimal.Inexact] = True
        assert call() == expected
