"""Đọc ô của bảng (reading the cells of a table): CSV text and Excel workbooks, as they are.

:func:`read_sheet` gives every row of one sheet as the spreadsheet holds it, from row 1, with the
merged ranges of an Excel sheet.  It decides nothing about what the cells mean: that is
:mod:`hoiquanchung.tables._read`.

CSV.  UTF-8 with or without a byte-order mark by default; ``encoding="windows-1258"`` (the
Vietnamese Windows code page) and ``"utf-16"`` on request.  Bytes that do not decode raise a
:class:`~hoiquanchung.tables.TableError` naming the encoding, the line and the byte.  The delimiter
(``,`` ``;`` tab ``|``) is sniffed from the first lines unless given.  Every cell is text.

Excel (``.xlsx``, ``.xlsm``, ``.xlsb``, ``.xls``, ``.ods``) needs the optional extra
``hoiquanchung[excel]`` (python-calamine): numbers come as ``float`` (or ``int``), dates as
:class:`~datetime.date` / :class:`~datetime.datetime`, empty cells as ``""``.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from hoiquanchung._catalogue import Fact, Localized, error_text, fragment, localized
from hoiquanchung.errors import MissingDependencyError, ValidationError
from hoiquanchung.tables._problems import CellProblem, TableError

__all__ = ["CSV_SUFFIXES", "ENCODINGS", "EXCEL_SUFFIXES", "RawSheet", "read_sheet"]

#: File name endings read as CSV text.
CSV_SUFFIXES: Final = frozenset({".csv", ".tsv", ".txt"})
#: File name endings read as workbooks (through python-calamine).
EXCEL_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
#: The encodings a CSV file may be read in (Python codec names, as ``codecs.lookup`` names them).
ENCODINGS: Final = ("utf-8", "utf-8-sig", "cp1258", "utf-16", "utf-16-le", "utf-16-be")
_DELIMITERS: Final = ",;\t|"

Cell = Any  # str | int | float | bool | datetime.date | datetime.datetime | datetime.timedelta


@attrs.frozen
class RawSheet:
    """The cells of one sheet: ``rows[0]`` is Excel row 1; ``merged`` holds the merged ranges
    as 0-based inclusive ``(first_row, first_column, last_row, last_column)``; ``unreadable``
    the cells of an .xlsx sheet that hold no value to read, by 0-based ``(row, column)``: an error
    value (``"#DIV/0!"``) or a formula never computed (``"="``).  (python-calamine gives an empty
    string for both: without this they would pass for empty cells.)"""

    file: str
    sheet: str | None
    rows: list[list[Cell]]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    unreadable: Mapping[tuple[int, int], str] = attrs.field(factory=dict)


def _fail(file: str, code: str, /, *, at_sheet: str | None = None, **facts: Fact) -> TableError:
    """A table that cannot be read at all: one problem, the catalogue's error *code*."""
    text = localized(code, facts, kind="error")
    problem = CellProblem(file=file, sheet=at_sheet, message_vi=text.vi, message_en=text.en)
    return TableError((problem,))


def _encoding(name: str, file: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except (LookupError, TypeError):
        codec = ""
    if codec not in ENCODINGS:
        shown = ", ".join(("utf-8", "windows-1258", "utf-16"))
        raise _fail(file, "table-unsupported-encoding", name=name, shown=shown)
    return codec


_ENCODING_LABEL: Final = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "cp1258": "Windows-1258",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
}


def _decode(data: bytes, codec: str, file: str) -> str:
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    label = _ENCODING_LABEL[codec]
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1].hex()
        hint = Localized("", "")
        if codec.startswith("utf-8") and data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            hint = fragment("table-hint-utf16-bom")
        elif codec.startswith("utf-8"):
            hint = fragment("table-hint-windows-1258")
        raise _fail(
            file,
            "table-bad-encoding",
            label=label,
            line=line,
            byte=byte,
            offset=exc.start,
            hint=hint,
        ) from None


def _sniff(text: str) -> str:
    lines = [line for line in text[:65536].splitlines() if line.strip()][:20]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _read_bytes(path: Path, file: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _fail(file, "table-file-missing") from None
    except IsADirectoryError:
        raise _fail(file, "table-file-directory") from None
    except PermissionError:
        raise _fail(file, "table-file-permission") from None
    except OSError as exc:
        raise _fail(file, "table-file-unreadable", detail=str(exc)) from None


def read_csv_text(text: str, file: str, delimiter: str | None = None) -> RawSheet:
    """The rows of CSV *text* (already decoded), the delimiter sniffed unless given."""
    if delimiter is None:
        delimiter = _sniff(text)
    elif len(delimiter) != 1:
        raise _fail(file, "table-bad-delimiter", delimiter=delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows: list[list[Cell]] = list(reader)
    except csv.Error as exc:
        raise _fail(file, "table-malformed-csv", line=reader.line_num, detail=str(exc)) from None
    return RawSheet(file, None, rows)


def read_sheet(
    source: str | os.PathLike[str],
    *,
    sheet: str | int | None = None,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    format: str | None = None,
) -> RawSheet:
    """Every row of one sheet of *source* (a CSV file or a workbook), from row 1.

    *format* is ``"csv"`` or ``"excel"``; by default the file name's ending decides.  *sheet*
    (a workbook's sheet name or 0-based index; the first sheet by default) and *delimiter* /
    *encoding* (CSV only) choose what to read.
    """
    if not isinstance(source, str | os.PathLike):
        raise ValidationError(
            error_text("expected-type", expected=fragment("a-path"), type=type(source).__name__),
            field="source",
        )
    path = Path(source)
    file = os.fspath(source)
    kind = format
    if kind is None:
        suffix = path.suffix.lower()
        if suffix in CSV_SUFFIXES:
            kind = "csv"
        elif suffix in EXCEL_SUFFIXES:
            kind = "excel"
        else:
            shown = Localized(suffix, suffix) if suffix else fragment("table-no-suffix")
            raise _fail(file, "table-unknown-suffix", suffix=shown)
    if kind == "csv":
        codec = _encoding(encoding, file)
        text = _decode(_read_bytes(path, file), codec, file)
        return read_csv_text(text, file, delimiter)
    if kind == "excel":
        return _read_workbook(path, file, sheet)
    raise ValidationError(error_text("table-bad-format", format=str(format)), field="format")


def _read_workbook(path: Path, file: str, sheet: str | int | None) -> RawSheet:
    try:
        import python_calamine
    except ImportError:  # pragma: no cover - the extra is installed for the tests
        raise MissingDependencyError(
            feature=".xlsx, .xls, .ods", extra="excel", package="python-calamine"
        ) from None
    data = _read_bytes(path, file)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine's errors: not a zip, bad XML, a password
        raise _fail(file, "table-not-a-workbook", detail=f"{type(exc).__name__}: {exc}") from None
    names: list[str] = list(book.sheet_names)
    if sheet is None:
        if not names:
            raise _fail(file, "table-no-sheets")
        name = names[0]
    elif isinstance(sheet, int) and not isinstance(sheet, bool):
        if not 0 <= sheet < len(names):
            raise _fail(
                file, "table-no-sheet-number", sheet=sheet, count=len(names), names=str(names)
            )
        name = names[sheet]
    elif isinstance(sheet, str):
        if sheet not in names:
            raise _fail(file, "table-no-sheet-named", sheet=sheet, names=str(names))
        name = sheet
    else:
        raise ValidationError(
            error_text("expected-type", expected=fragment("a-sheet"), type=type(sheet).__name__),
            field="sheet",
        )
    try:
        ws = book.get_sheet_by_name(name)
        rows: list[list[Cell]] = ws.to_python(skip_empty_area=False)
        ranges = ws.merged_cell_ranges or []
    except Exception as exc:
        raise _fail(
            file, "table-sheet-unreadable", at_sheet=name, detail=f"{type(exc).__name__}: {exc}"
        ) from None
    merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges)
    return RawSheet(file, name, rows, merged, _unreadable_cells(data, name))


_CELL_REF: Final = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"[^>]*>")
_ERROR_VALUE: Final = re.compile(rb"<v>([^<]*)</v>")
_REL_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _sheet_xml(book: zipfile.ZipFile, name: str) -> bytes | None:
    """The XML of the sheet called *name* in an .xlsx package, or None if it cannot be found."""
    from xml.etree import ElementTree

    try:
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return None
    rel_id = None
    for element in workbook.iter():
        if element.tag.endswith("}sheet") and element.get("name") == name:
            rel_id = element.get(f"{{{_REL_NS}}}id")
    for element in rels.iter():
        if element.tag.endswith("}Relationship") and element.get("Id") == rel_id:
            target = element.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else "xl/" + target
            try:
                return book.read(path)
            except KeyError:
                return None
    return None


def _unreadable_cells(data: bytes, name: str) -> dict[tuple[int, int], str]:
    """Error values and formulas without a computed value in the sheet *name* of an .xlsx file.

    Only the places where ``t="e"`` or ``<f`` occur are looked at, so a sheet without them costs
    two substring searches."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            xml = _sheet_xml(book, name)
    except (zipfile.BadZipFile, OSError):
        return {}  # .xls, .xlsb, .ods: not an .xlsx package
    if xml is None or (b't="e"' not in xml and b"<f" not in xml):
        return {}
    out: dict[tuple[int, int], str] = {}
    starts = {m.start() for m in re.finditer(rb't="e"', xml)}
    starts |= {m.start() for m in re.finditer(rb"<f[ >/]", xml)}
    for at in sorted(starts):
        begin = xml.rfind(b"<c ", 0, at)
        end = xml.find(b"</c>", at)
        head = _CELL_REF.match(xml, begin) if begin >= 0 else None
        if head is None or end < 0:
            continue
        body = xml[head.end() : end]
        letters, number = head.group(1).decode(), int(head.group(2))
        column = 0
        for ch in letters:
            column = column * 26 + ord(ch) - 64
        key = (number - 1, column - 1)
        value = _ERROR_VALUE.search(body)
        if b't="e"' in head.group(0):
            out[key] = value.group(1).decode("utf-8", "replace") if value else "#?"
        elif value is None or not value.group(1):
            out[key] = "="
    return out
