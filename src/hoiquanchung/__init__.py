"""hoiquanchung: statistics of Vietnamese mass associations (hội quần chúng).

The top level re-exports the number functions, the errors and the finding type.  The domain
model, serialization, indicators and the report checker live in the subpackages
:mod:`hoiquanchung.model`, :mod:`hoiquanchung.io`, :mod:`hoiquanchung.indicators` and
:mod:`hoiquanchung.checker`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from hoiquanchung.errors import (
    DataFileError,
    DocumentReadError,
    HoiQuanChungError,
    LoadError,
    MissingDependencyError,
    ModelValidationError,
    NotFoundError,
    NumberFormatError,
    ValidationError,
)
from hoiquanchung.findings import Finding, Severity, sort_findings
from hoiquanchung.numbers import (
    Bound,
    DateMatch,
    NumberScan,
    Quantity,
    QuantityMatch,
    amount_in_words,
    find_dates,
    find_number_errors,
    find_quantities,
    format_count,
    format_figure,
    format_money,
    format_number,
    format_percent,
    from_words,
    parse_number,
    parse_quantity,
    scan_numbers,
    to_words,
)
from hoiquanchung.rounding import Rounding, quantize, quantize_fraction

try:
    __version__ = version("hoiquanchung")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "Bound",
    "DataFileError",
    "DateMatch",
    "DocumentReadError",
    "Finding",
    "HoiQuanChungError",
    "LoadError",
    "MissingDependencyError",
    "ModelValidationError",
    "NotFoundError",
    "NumberFormatError",
    "NumberScan",
    "Quantity",
    "QuantityMatch",
    "Rounding",
    "Severity",
    "ValidationError",
    "__version__",
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
    "quantize",
    "quantize_fraction",
    "scan_numbers",
    "sort_findings",
    "to_words",
]
