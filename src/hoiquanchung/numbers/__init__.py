"""Vietnamese numbers as official documents write them: format, parse, read in words.

``440.977``; ``74,87%``; ``140.457.182.000 đồng``; ``14,6 tỷ đồng``; ``1 tỷ 201 triệu đồng``;
``một nghìn không trăm hai mươi bốn``.  Dots group thousands and a comma starts the decimals
(Luật Kế toán 2003, Điều 12), as babel's ``vi`` locale does.  Everything is exact: ``int`` and
:class:`~decimal.Decimal` in, ``float`` refused; rounding is explicit (half up by default) and
never taken from the caller's :mod:`decimal` context; text is NFC-normalised at the boundary.
Numbers have at most 1000 digits on each side of the decimal comma (far beyond any report);
beyond, every function refuses them with the library's own error.

>>> parse_quantity("hơn 14,6  tỷ đồng").value
Decimal('14600000000')
"""

from __future__ import annotations

from hoiquanchung.numbers._format import (
    format_count,
    format_figure,
    format_money,
    format_number,
    format_percent,
)
from hoiquanchung.numbers._grammar import (
    UNIT_NOUNS,
    NumberScan,
    find_dates,
    find_number_errors,
    find_quantities,
    parse_quantity,
    scan_numbers,
)
from hoiquanchung.numbers._parse import parse_number
from hoiquanchung.numbers._quantity import (
    DEFAULT_TOLERANCE,
    Bound,
    DateMatch,
    Quantity,
    QuantityMatch,
)
from hoiquanchung.numbers._words import amount_in_words, from_words, to_words

__all__ = [
    "Bound",
    "DEFAULT_TOLERANCE",
    "DateMatch",
    "NumberScan",
    "Quantity",
    "QuantityMatch",
    "UNIT_NOUNS",
    "amount_in_words",
    "find_dates",
    "find_number_errors",
    "find_quantities",
    "format_count",
    "format_figure",
    "format_money",
    "format_number",
    "format_percent",
    "from_words",
    "parse_number",
    "parse_quantity",
    "scan_numbers",
    "to_words",
]
