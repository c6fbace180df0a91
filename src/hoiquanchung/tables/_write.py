"""Ghi bảng (writing tables): results to CSV and to Excel workbooks.

:func:`write_xlsx` writes one sheet per result: headers in Vietnamese (English with
``lang="en"``) in row 1, frozen, in bold, columns as wide as their text; numbers as numeric
cells, so that Excel's SUM and sorting work, with a display format.

Number formats and the Vietnamese separators.  An .xlsx file stores a number format in one
neutral notation (``#,##0`` groups thousands, ``0.00`` has two decimals); Excel and LibreOffice
render it with the separators of the reader's locale.  On a computer set to Vietnamese
(Windows: "Vietnamese (Vietnam)", or separators ``.`` and ``,`` set by hand) the cells show
``440.977`` and ``74,87%``; on an English one ``440,977`` and ``74.87%``.  The file cannot force
the separators: a format with literal dots (``#"."##0``) keeps numbers numeric but breaks for
decimals and negative numbers and misleads every other locale, so it is not used.  The values
themselves are exact whatever the display: counts are whole numbers, percents the exact
fraction (``0.7487`` shown as ``74,87%``), money the exact ``Decimal``.

Excel's 15 digits.  Excel holds a number as a binary double and keeps 15 significant digits:
``1234567890123456789`` đồng would silently become ``1234567890123460000``.  A number with more
than 15 significant digits is therefore written as text in the Vietnamese form (``1.234.567...``),
right-aligned, and a warning finding ``xlsx-number-as-text`` names the cell; with
``strict_numbers=True`` it is an error instead.  Up to 15 digits (every sum below a million
billion đồng, 999.999.999.999.999) is exact.

Text beginning with ``=`` is written as text, never as a formula.

:func:`write_csv` writes UTF-8 with a byte-order mark (so that Excel recognises it); numbers plain
(``440977``, ``74.87``, dates ``2024-06-30``) for programs, or Vietnamese (``440.977``,
``74,87``, ``30/06/2024``, with ``;`` between fields) with ``numbers="vi"``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.errors import MissingDependencyError, ValidationError
from hoiquanchung.findings import Finding, Language
from hoiquanchung.numbers import format_figure
from hoiquanchung.tables._frame import ResultColumn, ResultTable, _check_lang, as_table

__all__ = ["EXCEL_DIGITS", "write_csv", "write_xlsx"]

#: Significant digits Excel keeps in a number cell.
EXCEL_DIGITS: Final = 15
_SHEET_FORBIDDEN: Final = re.compile(r"[\[\]:*?/\\]")
_MAX_WIDTH: Final = 60


def _significant_digits(value: int | Decimal) -> int:
    digits = Decimal(value).as_tuple().digits
    stripped = "".join(map(str, digits)).lstrip("0").rstrip("0")
    return len(stripped)


def _decimals(value: int | Decimal) -> int:
    if isinstance(value, int):
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _number_format(column: ResultColumn, value: int | Decimal) -> str:
    places = _decimals(value)
    fraction = "." + "0" * places if places else ""
    if column.kind == "percent":
        return f"0{fraction}%"
    return f"#,##0{fraction}"


def _vi_number(column: ResultColumn, value: int | Decimal) -> str:
    return format_figure(value, "%" if column.kind == "percent" else None)


def _path(path: object) -> Path:
    if not isinstance(path, str | os.PathLike):
        raise ValidationError(
            error_text("expected-type", expected=fragment("a-path"), type=type(path).__name__),
            field="path",
        )
    return Path(path)


def _sheets(results: object, lang: Language) -> list[tuple[str, ResultTable]]:
    if isinstance(results, Mapping):
        pairs = [(str(name), as_table(r, lang)) for name, r in results.items()]
    else:
        table = as_table(results, lang)
        pairs = [(table.title(lang), table)]
    if not pairs:
        raise ValidationError(error_text("table-nothing-to-write"), field="results")
    out: list[tuple[str, ResultTable]] = []
    used: set[str] = set()
    for name, table in pairs:
        title = _SHEET_FORBIDDEN.sub(" ", name).strip().strip("'")[:31] or "Sheet"
        base, n = title, 2
        while title.casefold() in used:
            suffix = f" ({n})"
            title, n = base[: 31 - len(suffix)] + suffix, n + 1
        used.add(title.casefold())
        out.append((title, table))
    return out


def write_xlsx(
    results: object,
    path: str | os.PathLike[str],
    *,
    lang: Language = "vi",
    strict_numbers: bool = False,
) -> tuple[Finding, ...]:
    """Write *results* to the workbook *path* (needs the extra ``excel``): one sheet each.

    *results* is one result :func:`~hoiquanchung.tables.as_table` accepts, or a mapping from
    sheet names to results (names longer than 31 characters are cut, characters Excel refuses
    replaced).  Returns the warnings for numbers written as text (see the module notes); with
    *strict_numbers* such a number raises :class:`~hoiquanchung.errors.ValidationError`.
    """
    lang = _check_lang(lang)
    target = _path(path)
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
        from openpyxl.utils.exceptions import IllegalCharacterError
    except ImportError as exc:
        raise MissingDependencyError(
            feature="write_xlsx", extra="excel", package="openpyxl"
        ) from exc
    workbook = Workbook()
    for default in list(workbook.worksheets):
        workbook.remove(default)
    findings: list[Finding] = []
    bold = Font(bold=True)
    right = Alignment(horizontal="right")
    for title, table in _sheets(results, lang):
        sheet = workbook.create_sheet(title)
        widths = [len(h) for h in table.headers(lang)]
        for j, header in enumerate(table.headers(lang), start=1):
            cell = sheet.cell(row=1, column=j, value=header)
            cell.font = bold
        for i, row in enumerate(table.rows, start=2):
            for j, (column, value) in enumerate(zip(table.columns, row, strict=True), start=1):
                if value is None or value == "":
                    continue
                cell = sheet.cell(row=i, column=j)
                where = f"{title}!{get_column_letter(j)}{i}"
                shown = _write_cell(cell, column, value, where, strict_numbers, findings, right)
                widths[j - 1] = max(widths[j - 1], len(shown))
        for j, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(j)].width = min(width + 2, _MAX_WIDTH)
        sheet.freeze_panes = "A2"
    try:
        workbook.save(target)
    except IllegalCharacterError as exc:  # pragma: no cover - texts are checked per cell
        raise ValidationError(
            error_text("table-excel-illegal-text", detail=str(exc)), field="results"
        ) from exc
    return tuple(findings)


_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _write_cell(
    cell: Any,
    column: ResultColumn,
    value: object,
    where: str,
    strict_numbers: bool,
    findings: list[Finding],
    right: Any,
) -> str:
    """Put *value* in *cell*; the text it shows (for the column width)."""
    if isinstance(value, str):
        if _ILLEGAL.search(value):
            raise ValidationError(
                error_text("table-excel-control-character", where=where, shown=repr(value)),
                field=column.key,
            )
        cell.value = value
        cell.data_type = "s"  # never a formula, even when the text starts with '='
        return value
    if isinstance(value, _dt.date):
        cell.value = value
        cell.number_format = "dd/mm/yyyy"
        return "00/00/0000"
    assert isinstance(value, int | Decimal)  # checked by ResultTable
    shown = _vi_number(column, value)
    if _significant_digits(value) > EXCEL_DIGITS:
        if strict_numbers:
            raise ValidationError(
                error_text(
                    "table-excel-too-many-digits", where=where, shown=shown, digits=EXCEL_DIGITS
                ),
                field=column.key,
            )
        cell.value = shown
        cell.data_type = "s"
        cell.alignment = right
        findings.append(
            Finding.create(
                "xlsx-number-as-text",
                {
                    "shown": Localized(
                        shown,
                        format_figure(value, "%" if column.kind == "percent" else None, lang="en"),
                    ),
                    "digits": EXCEL_DIGITS,
                },
                path=where,
                field=column.key,
            )
        )
        return shown
    if column.kind == "percent":
        cell.value = _EXACT.scaleb(Decimal(value), -2)
    else:
        cell.value = value
    cell.number_format = _number_format(column, value)
    return shown


def _csv_value(column: ResultColumn, value: object, numbers: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.date):
        return value.strftime("%d/%m/%Y") if numbers == "vi" else value.isoformat()
    assert isinstance(value, int | Decimal)
    if numbers == "vi":
        return format_figure(value)
    return str(value) if isinstance(value, int) else format(value, "f")


def write_csv(
    result: object,
    path: str | os.PathLike[str],
    *,
    lang: Language = "vi",
    numbers: Literal["plain", "vi"] = "plain",
    delimiter: str | None = None,
    encoding: str = "utf-8-sig",
) -> None:
    """Write *result* (anything :func:`~hoiquanchung.tables.as_table` accepts) to a CSV file.

    Headers in *lang*.  ``numbers="plain"``: ``440977``, ``74.87`` (a percent column holds the
    percent), ``2024-06-30``, fields separated by ``,``; ``numbers="vi"``: ``440.977``,
    ``74,87``, ``30/06/2024``, separated by ``;`` (a ``,`` is the decimal comma).  *delimiter*
    overrides the separator.  *encoding* is UTF-8 with a byte-order mark by default.
    """
    lang = _check_lang(lang)
    if numbers not in ("plain", "vi"):
        raise ValidationError(error_text("table-csv-numbers", shown=repr(numbers)), field="numbers")
    sep = delimiter if delimiter is not None else (";" if numbers == "vi" else ",")
    if not isinstance(sep, str) or len(sep) != 1:
        raise ValidationError(
            error_text("table-bad-delimiter", delimiter=str(sep)), field="delimiter"
        )
    table = as_table(result, lang)
    target = _path(path)
    with target.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=sep)
        writer.writerow(table.headers(lang))
        for row in table.rows:
            writer.writerow(
                [_csv_value(c, v, numbers) for c, v in zip(table.columns, row, strict=True)]
            )
