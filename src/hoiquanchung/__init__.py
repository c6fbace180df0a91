"""hoiquanchung: statistics of Vietnamese mass associations (hội quần chúng).

The top level re-exports the number functions, the errors and the finding type; all but the
errors are loaded on first use, and so is ``__version__`` (``import hoiquanchung`` stays fast).
The domain model, serialization, indicators and the report checker live in the subpackages
:mod:`hoiquanchung.model`, :mod:`hoiquanchung.io`, :mod:`hoiquanchung.indicators` and
:mod:`hoiquanchung.checker`.
"""

from __future__ import annotations

import importlib
import sys as _sys
from typing import TYPE_CHECKING

if _sys.argv[:1] == ["-m"]:  # ``python -m ...`` is importing the package: see guard_startup
    try:
        from _hoiquanchung_entry import guard_startup as _guard_startup
    except ImportError:  # pragma: no cover - the entry module is installed with the package
        pass
    else:
        _guard_startup()
        del _guard_startup
del _sys

from hoiquanchung.errors import (  # noqa: E402 - after the Ctrl-C guard
    AmbiguousLookupError,
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

if TYPE_CHECKING:
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

    __version__: str

# Loaded on first use (module __getattr__, PEP 562): ``import hoiquanchung`` stays fast, and the
# numbers' grammar, its vocabulary and the installed version are read only when asked for.  The
# errors are imported above; every other name of ``__all__`` comes from the numbers unless named
# here (one list of names, ``__all__``, and no second one to keep in step with it).
_LAZY: dict[str, str] = {
    **dict.fromkeys(("Finding", "Severity", "sort_findings"), "hoiquanchung.findings"),
    **dict.fromkeys(("Rounding", "quantize", "quantize_fraction"), "hoiquanchung.rounding"),
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # slow: only when asked

    try:
        return version("hoiquanchung")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
        return "0+unknown"


# Hidden from type checkers, which see the names imported under TYPE_CHECKING above (so a
# misspelt name is still an error for them).
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """The names loaded on first use (``__version__``, the numbers, findings, rounding)."""
        if name == "__version__":
            value: object = _version()
        elif name in __all__:
            module = _LAZY.get(name, "hoiquanchung.numbers")
            value = getattr(importlib.import_module(module), name)
        else:
            from hoiquanchung._catalogue import error_text  # only on a miss: keeps import fast

            raise AttributeError(error_text("no-attribute", module=__name__, name=name))
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "AmbiguousLookupError",
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
