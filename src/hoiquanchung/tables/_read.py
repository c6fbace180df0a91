"""Đọc bảng thành đối tượng (tables into model objects): associations, stated figures, units.

:func:`read_associations`, :func:`read_tallies` and :func:`read_units` read one sheet of a CSV
file or a workbook: they find the header row (the first 30 rows are searched for the row that
matches most known headers; or give ``header_row``), match every header to a field (see
:mod:`hoiquanchung.tables._columns`), then read every row below it.  Each cell is read as its
column needs (:mod:`hoiquanchung.tables._cells`), and each row becomes a model object through
:func:`hoiquanchung.io.structure`, the library's one strict converter: the model's rules are
checked there, not here.

Every problem in the table is collected, each located as the user sees it (file, sheet, Excel
row, column letter and header, cell text), in Vietnamese and English.  A header that cannot be
matched, or a required column missing, stops the reading before any row is read; problems in
rows refuse those rows only.  With ``strict=True`` (the default) any problem raises one
:class:`~hoiquanchung.tables.TableError`; with ``strict=False`` the result holds the rows read
and the problems.  Blank rows are skipped and counted.
"""

from __future__ import annotations

import datetime as _dt
import enum
import gc
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from hoiquanchung import io as _io
from hoiquanchung.errors import (
    AmbiguousLookupError,
    LoadError,
    NotFoundError,
    ValidationError,
)
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    AdminUnit,
    Association,
    AssociationTally,
    UnitRegistry,
)
from hoiquanchung.tables._cells import MISSING, CellValueError
from hoiquanchung.tables._columns import (
    ASSOCIATION_COLUMNS,
    IGNORED_HEADERS,
    TALLY_COLUMNS,
    UNIT_COLUMNS,
    Column,
    header_key,
)
from hoiquanchung.tables._problems import CellProblem, TableError, column_letter
from hoiquanchung.tables._source import RawSheet, read_sheet

__all__ = ["TableResult", "read_associations", "read_tallies", "read_units"]

#: How many rows from the top are searched for the header row.
HEADER_SEARCH_ROWS: Final = 30


@attrs.frozen(kw_only=True)
class TableResult[T]:
    """What a table gave: the objects built and an account of every row.

    ``items`` are the objects, in the order of the sheet, and ``rows`` the Excel row number of
    each.  ``rows_read`` counts the data rows that were not blank, ``rows_skipped`` the blank ones
    and ``rows_refused`` the rows with a problem (``len(items) == rows_read - rows_refused``).
    ``columns`` lists the columns used as ``(letter, header, field)``.  ``units`` holds the
    administrative units the rows named, by code (associations only).
    """

    items: tuple[T, ...]
    rows: tuple[int, ...]
    file: str
    sheet: str | None
    columns: tuple[tuple[str, str, str], ...]
    rows_read: int
    rows_skipped: int
    rows_refused: int
    problems: tuple[CellProblem, ...] = ()
    units: Mapping[str, AdminUnit] = attrs.field(factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """Whether no problem was found."""
        return not self.problems

    def error(self) -> TableError | None:
        """The :class:`TableError` gathering the problems, or ``None`` when there is none."""
        if not self.problems:
            return None
        return TableError(
            self.problems,
            rows_read=self.rows_read,
            rows_skipped=self.rows_skipped,
            rows_refused=self.rows_refused,
        )

    def summary(self, lang: str = "vi") -> str:
        """``"16 dòng đã đọc, 1 dòng trống bỏ qua, 0 dòng bị từ chối"`` (or in English)."""
        if lang == "vi":
            return (
                f"{self.rows_read} dòng đã đọc, {self.rows_skipped} dòng trống bỏ qua,"
                f" {self.rows_refused} dòng bị từ chối"
            )
        return (
            f"{self.rows_read} rows read, {self.rows_skipped} blank rows skipped,"
            f" {self.rows_refused} rows refused"
        )


# --- cells and rows -----------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _is_blank(value: object) -> bool:
    return value is None or (type(value) is str and not value.strip())


class _Place:
    """Where the table is: builds located problems."""

    def __init__(self, raw: RawSheet) -> None:
        self.file = raw.file
        self.sheet = raw.sheet

    def problem(
        self,
        vi: str,
        en: str,
        *,
        row: int | None = None,
        column: int | None = None,
        header: str | None = None,
        value: object = MISSING,
    ) -> CellProblem:
        return CellProblem(
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=None if column is None else column_letter(column),
            header=header,
            text=None if value is MISSING else _cell_text(value),
            message_vi=vi,
            message_en=en,
        )


# --- headers ------------------------------------------------------------------------------------


@attrs.frozen
class _Header:
    first_row: int  # 0-based
    last_row: int  # 0-based, the last row of a header split by merged cells
    texts: tuple[str, ...]  # per column, as written (merged cells spread)
    candidates: tuple[tuple[str, ...], ...]  # per column, texts to match, best first


def _spread_merged(raw: RawSheet, first: int, last: int) -> list[list[str]]:
    width = max((len(raw.rows[r]) for r in range(first, last + 1)), default=0)
    grid = [
        [_header_text(raw.rows[r][c]) if c < len(raw.rows[r]) else "" for c in range(width)]
        for r in range(first, last + 1)
    ]
    for r0, c0, r1, c1 in raw.merged:
        if r1 < first or r0 > last:
            continue
        top = raw.rows[r0][c0] if r0 < len(raw.rows) and c0 < len(raw.rows[r0]) else ""
        text = _header_text(top)
        for r in range(max(r0, first), min(r1, last) + 1):
            for c in range(c0, min(c1 + 1, width)):
                grid[r - first][c] = text
    return grid


def _continuations(raw: RawSheet, last: int) -> set[int]:
    """Columns whose last header row is covered by a merged cell that starts in a column to
    their left: a wide cell's continuation, not a column of its own (a group header's
    sub-columns have their own cells in the last header row)."""
    out: set[int] = set()
    for r0, c0, r1, c1 in raw.merged:
        if r0 <= last <= r1:
            out.update(range(c0 + 1, c1 + 1))
    return out


def _header_text(value: object) -> str:
    if value is None:
        return ""
    return " ".join(_cell_text(value).split())


def _header_at(raw: RawSheet, first: int) -> _Header:
    last = first
    for r0, _c0, r1, _c1 in raw.merged:
        if r0 == first and r1 > last:
            last = r1
    grid = _spread_merged(raw, first, last)
    width = len(grid[0]) if grid else 0
    texts: list[str] = []
    candidates: list[tuple[str, ...]] = []
    continuations = _continuations(raw, last)
    for c in range(width):
        if c in continuations:
            texts.append("")
            candidates.append(())
            continue
        column = [grid[r][c] for r in range(len(grid))]
        distinct: list[str] = []
        for text in column:
            if text and text not in distinct:
                distinct.append(text)
        if not distinct:
            texts.append("")
            candidates.append(())
            continue
        joined = " ".join(distinct)
        texts.append(distinct[-1] if len(distinct) == 1 else joined)
        candidates.append(tuple(dict.fromkeys((distinct[-1], joined))))
    return _Header(first, last, tuple(texts), tuple(candidates))


class _Matcher:
    def __init__(
        self, spec: Sequence[Column], overrides: Mapping[str, str | None] | None, place: _Place
    ) -> None:
        self.spec = {c.field: c for c in spec}
        self.keys: dict[str, Column | None] = {}
        for column in spec:
            for h in column.headers:
                self.keys.setdefault(header_key(h), column)
        for h in IGNORED_HEADERS:
            self.keys.setdefault(header_key(h), None)
        if overrides is not None:
            if not isinstance(overrides, Mapping):
                raise ValidationError(
                    "columns must map a header to a field name (or None to ignore it)",
                    field="columns",
                )
            for header, field in overrides.items():
                if not isinstance(header, str) or (field is not None and field not in self.spec):
                    known = ", ".join(sorted(self.spec))
                    raise ValidationError(
                        f"columns: {header!r} → {field!r}: the field must be one of {known}"
                        " or None",
                        field="columns",
                    )
                self.keys[header_key(header)] = None if field is None else self.spec[field]

    def match(self, candidates: tuple[str, ...]) -> tuple[bool, Column | None]:
        """``(known, column)``: whether a header is known, and its column (None: ignored)."""
        for text in candidates:
            key = header_key(text)
            if key in self.keys:
                return True, self.keys[key]
        return False, None

    def score(self, raw_row: list[Any]) -> int:
        return sum(
            1
            for value in raw_row
            if not _is_blank(value) and self.keys.get(header_key(_header_text(value))) is not None
        )


def _locate_header(raw: RawSheet, matcher: _Matcher, header_row: int | None, place: _Place) -> int:
    if header_row is not None:
        if type(header_row) is not int or header_row < 1:
            raise ValidationError(
                f"header_row is an Excel row number from 1, got {header_row!r}", field="header_row"
            )
        if header_row > len(raw.rows):
            raise TableError(
                (
                    place.problem(
                        f"dòng tiêu đề {header_row} nằm ngoài bảng ({len(raw.rows)} dòng)",
                        f"header row {header_row} is past the end of the table"
                        f" ({len(raw.rows)} rows)",
                    ),
                )
            )
        return header_row - 1
    best, best_score = -1, 0
    for r in range(min(HEADER_SEARCH_ROWS, len(raw.rows))):
        score = matcher.score(raw.rows[r])
        if score > best_score:
            best, best_score = r, score
    if best < 0:
        wanted = ", ".join(c.headers[0] for c in matcher.spec.values() if c.required)
        raise TableError(
            (
                place.problem(
                    f"không tìm thấy dòng tiêu đề trong {HEADER_SEARCH_ROWS} dòng đầu"
                    f" (cần các cột như: {wanted})",
                    f"no header row found in the first {HEADER_SEARCH_ROWS} rows"
                    f" (columns such as: {wanted})",
                ),
            )
        )
    return best


@attrs.frozen
class _Layout:
    header: _Header
    used: tuple[tuple[int, Column, str], ...]  # (column index, column, header text)
    unnamed: tuple[int, ...]  # columns without a header: their cells must be empty


def _layout(
    raw: RawSheet,
    spec: Sequence[Column],
    overrides: Mapping[str, str | None] | None,
    header_row: int | None,
    place: _Place,
    one_of: Iterable[tuple[str, ...]] = (),
) -> _Layout:
    matcher = _Matcher(spec, overrides, place)
    first = _locate_header(raw, matcher, header_row, place)
    header = _header_at(raw, first)
    problems: list[CellProblem] = []
    used: list[tuple[int, Column, str]] = []
    unnamed: list[int] = []
    seen: dict[str, tuple[int, str]] = {}
    for c, (text, candidates) in enumerate(zip(header.texts, header.candidates, strict=True)):
        if not candidates:
            unnamed.append(c)
            continue
        known, column = matcher.match(candidates)
        if not known:
            problems.append(
                place.problem(
                    "cột không rõ: không phải tiêu đề nào đã biết (đổi tên cột, hoặc cho"
                    " columns={...: None} để bỏ qua)",
                    "unknown column: not a known header (rename it, or give"
                    " columns={...: None} to ignore it)",
                    row=first + 1,
                    column=c,
                    header=text,
                )
            )
            continue
        if column is None:
            continue
        if column.field in seen:
            other, other_text = seen[column.field]
            problems.append(
                place.problem(
                    f"cột trùng: cột {column_letter(other)} ({other_text}) đã là"
                    f" {column.headers[0]!r}",
                    f"duplicate column: column {column_letter(other)} ({other_text}) is already"
                    f" {column.header_en!r}",
                    row=first + 1,
                    column=c,
                    header=text,
                )
            )
            continue
        seen[column.field] = (c, text)
        used.append((c, column, text))
    missing = [col for col in spec if col.required and col.field not in seen]
    for group in one_of:
        if not any(f in seen for f in group):
            missing.append(matcher.spec[group[0]])
    if missing:
        names_vi = "; ".join(
            " hoặc ".join(
                repr(h) for f in _group_of(col.field, one_of) for h in matcher.spec[f].headers[:2]
            )
            for col in missing
        )
        names_en = ", ".join(
            " or ".join(matcher.spec[f].header_en for f in _group_of(col.field, one_of))
            for col in missing
        )
        problems.append(
            place.problem(
                f"thiếu cột bắt buộc: {names_vi}",
                f"required column missing: {names_en}",
                row=first + 1,
            )
        )
    if problems:
        raise TableError(tuple(problems))
    return _Layout(header, tuple(used), tuple(unnamed))


def _group_of(field: str, one_of: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    for group in one_of:
        if field in group:
            return group
    return (field,)


# --- rows ---------------------------------------------------------------------------------------


class _RowProblemError(Exception):
    def __init__(self, field: str | None, vi: str, en: str) -> None:
        super().__init__(en)
        self.field = field
        self.vi = vi
        self.en = en


def _memo(read: Callable[[object], object]) -> Callable[[object], object]:
    """Cache a reader's successes by cell value (words, dates and codes repeat down a column)."""
    texts: dict[str, object] = {}
    others: dict[tuple[type, object], object] = {}
    missing = object()

    def cached(value: object) -> object:
        if value.__class__ is str:
            result = texts.get(value, missing)
            if result is missing:
                result = read(value)
                if len(texts) < 200_000:
                    texts[value] = result
            return result
        key = (type(value), value)
        result = others.get(key, missing)
        if result is missing:
            result = read(value)
            if len(others) < 200_000:
                others[key] = result
        return result

    return cached


def _reader(column: Column, plain_enums: frozenset[str]) -> Callable[[object], object]:
    if column.field in plain_enums:
        read = column.read

        def read_value(value: object) -> object:
            got = read(value)
            return got.value if isinstance(got, enum.Enum) else got

        return _memo(read_value)
    return _memo(column.read) if column.field in _REPEATING else column.read


_REPEATING: Final = frozenset(
    {
        "scope",
        "level",
        "levels",
        "scopes",
        "category",
        "legal_type",
        "type",
        "founded_on",
        "congress_on",
        "party_delegation",
        "special_nature",
        "unit_name",
        "unit_code",
        "parent_code",
        "valid_from",
        "valid_to",
    }
)


def _plain(value: object) -> object:
    """Plain data for :func:`hoiquanchung.io.structure`."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _read_rows[T](
    raw: RawSheet,
    layout: _Layout,
    place: _Place,
    cls: type[T],
    assemble: Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]],
    plain_enums: frozenset[str] = frozenset(),
    special: tuple[str, ...] = (),
) -> tuple[list[T], list[int], int, int, int, list[CellProblem]]:
    """Read every row below the header.

    The readers of the columns named in *plain_enums* give the enum's value (the plain data
    :func:`hoiquanchung.io.structure` takes) rather than the member.  The fields named in
    *special* are given to *assemble* apart, as a tuple in that order (``MISSING`` when empty or
    absent), and left out of the row's dict.

    The cyclic garbage collector is paused meanwhile (as :mod:`hoiquanchung.io` does while it
    builds objects): the rows, dicts and objects built form no cycles, and a collector scanning
    them again and again took a third of the time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_rows_unpaused(raw, layout, place, cls, assemble, plain_enums, special)
    finally:
        if was_enabled:
            gc.enable()


def _read_rows_unpaused[T](
    raw: RawSheet,
    layout: _Layout,
    place: _Place,
    cls: type[T],
    assemble: Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]],
    plain_enums: frozenset[str],
    special: tuple[str, ...],
) -> tuple[list[T], list[int], int, int, int, list[CellProblem]]:
    """Read the rows column by column (a column's reader mapped over its cells; a column with a
    bad cell read again cell by cell to locate every problem), then assemble them row by row."""
    by_field = {column.field: (c, text) for c, column, text in layout.used}
    problems: list[CellProblem] = []
    rows = raw.rows
    kept: list[int] = []  # 0-based indexes of the rows that are not blank
    skipped = 0
    for r in range(layout.header.last_row + 1, len(rows)):
        for v in rows[r]:  # blank unless a cell has a value (usually the first or second)
            if v.__class__ is str:
                if v and not v.isspace():
                    kept.append(r)
                    break
            elif v is not None:
                kept.append(r)
                break
        else:
            skipped += 1
    bad: set[int] = set()  # positions in kept of the rows with a problem
    failed: dict[int, set[str]] = {}  # the fields whose cell has a problem, by position
    fields: list[str] = []
    columns: list[list[object]] = []
    for c, column, text in layout.used:
        reader = _reader(column, plain_enums)
        try:
            cells = [rows[r][c] for r in kept]
        except IndexError:  # a short row: its missing cells are empty
            cells = [rows[r][c] if c < len(rows[r]) else "" for r in kept]
        try:
            got = list(map(reader, cells))
        except CellValueError:
            got = []
            for i, value in enumerate(cells):
                try:
                    got.append(reader(value))
                except CellValueError as exc:
                    problems.append(
                        place.problem(
                            exc.message_vi,
                            exc.message_en,
                            row=kept[i] + 1,
                            column=c,
                            header=text,
                            value=value,
                        )
                    )
                    bad.add(i)
                    failed.setdefault(i, set()).add(column.field)
                    got.append(MISSING)
        if column.required and MISSING in got:
            for i, value in enumerate(got):
                if value is MISSING and column.field not in failed.get(i, ()):
                    problems.append(
                        place.problem(
                            "ô bắt buộc bị trống",
                            "a required cell is empty",
                            row=kept[i] + 1,
                            column=c,
                            header=text,
                        )
                    )
                    bad.add(i)
        fields.append(column.field)
        columns.append(got)
    if raw.unreadable:
        position = {r: i for i, r in enumerate(kept)}
        used = {c: (column, text) for c, column, text in layout.used}
        for (r, c), what in sorted(raw.unreadable.items()):
            spot = position.get(r)  # a cell outside the rows read, or in a column not read
            if spot is None or c not in used:
                continue
            if what == "=":
                vi = "ô có công thức chưa được tính (mở tệp bằng Excel rồi lưu lại)"
                en = "the cell has a formula that was never computed (open and save it in Excel)"
            else:
                vi = f"ô có giá trị lỗi của Excel {what}"
                en = f"the cell holds the Excel error {what}"
            problems.append(
                place.problem(
                    vi,
                    en,
                    row=r + 1,
                    column=c,
                    header=used[c][1],
                    value=MISSING if what == "=" else what,
                )
            )
            bad.add(spot)
            failed.setdefault(spot, set()).add(used[c][0].field)
    width = len(layout.header.texts)
    unnamed = list(layout.unnamed)
    widest = max((len(rows[r]) for r in kept), default=0)
    unnamed += range(width, widest)  # cells right of the last header
    for c in unnamed:
        for i, r in enumerate(kept):
            row = rows[r]
            if c < len(row) and not _is_blank(row[c]):
                problems.append(
                    place.problem(
                        "ô có dữ liệu nhưng cột không có tiêu đề",
                        "the cell has a value but its column has no header",
                        row=r + 1,
                        column=c,
                        value=row[c],
                    )
                )
                bad.add(i)
    data: list[dict[str, Any]] = []
    data_rows: list[int] = []
    refused = 0
    plain_fields = [f for f in fields if f not in special]
    plain_columns = [col for f, col in zip(fields, columns, strict=True) if f not in special]
    absent = [MISSING] * len(kept)
    by_name = dict(zip(fields, columns, strict=True))
    special_rows = zip(*(by_name.get(f, absent) for f in special), strict=True)
    plain_rows: Iterable[tuple[object, ...]] = (
        zip(*plain_columns, strict=True) if plain_columns else (() for _ in kept)
    )
    for i, cells_of_row in enumerate(plain_rows):
        values = dict(zip(plain_fields, cells_of_row, strict=True))
        if MISSING in cells_of_row:  # empty cells: the model's defaults
            for f, v in zip(plain_fields, cells_of_row, strict=True):
                if v is MISSING:
                    del values[f]
        try:
            plain = assemble(values, next(special_rows) if special else ())
        except _RowProblemError as exc:
            refused += 1
            own = failed.get(i)
            if own and (exc.field in own or (exc.field == "scope" and "level" in own)):
                continue  # the cell's own problem is reported already
            at = by_field.get(exc.field or "")
            row = rows[kept[i]]
            problems.append(
                place.problem(
                    exc.vi,
                    exc.en,
                    row=kept[i] + 1,
                    column=None if at is None else at[0],
                    header=None if at is None else at[1],
                    value=MISSING if at is None or at[0] >= len(row) else row[at[0]],
                )
            )
            continue
        if i in bad:
            refused += 1
            continue
        data.append(plain)
        data_rows.append(kept[i] + 1)
    items, kept_rows, model_problems = _structure(data, data_rows, cls, by_field, raw, place)
    refused += len(data) - len(items)
    problems.extend(model_problems)
    problems.sort(key=lambda p: (p.row or 0, p.column is None, len(p.column or ""), p.column or ""))
    return items, kept_rows, len(kept), skipped, refused, problems


_MODEL_FIELD: Final = {"unit": "unit_code"}


_INDEXED: Final = re.compile(r"\$\[([0-9]+)\]\.?(.*)\Z", re.DOTALL)


def _structure[T](
    data: list[dict[str, Any]],
    rows: list[int],
    cls: type[T],
    by_field: Mapping[str, tuple[int, str]],
    raw: RawSheet,
    place: _Place,
) -> tuple[list[T], list[int], list[CellProblem]]:
    """Build the objects with :func:`hoiquanchung.io.structure`, all rows in one call (its fast
    path); when it refuses some, its error names each by index and field: those rows are
    reported and the others built again."""
    try:
        return _io.structure(data, list[cls]), rows, []  # type: ignore[valid-type]
    except LoadError as exc:
        found = exc.errors or ((exc.path or "$", exc.message),)
    problems: list[CellProblem] = []
    refused: set[int] = set()
    for path, message in found:
        m = _INDEXED.match(path)
        if m is None:  # pragma: no cover - a list's problems are always indexed
            raise LoadError(message, path=path)
        i = int(m.group(1))
        refused.add(i)
        problems.append(_model_problem(m.group(2), message, rows[i], by_field, raw, place))
    keep = [i for i in range(len(data)) if i not in refused]
    items = _io.structure([data[i] for i in keep], list[cls])  # type: ignore[valid-type]
    return items, [rows[i] for i in keep], problems


def _model_problem(
    path: str,
    message: str,
    excel_row: int,
    by_field: Mapping[str, tuple[int, str]],
    raw: RawSheet,
    place: _Place,
) -> CellProblem:
    field = path.split(".")[0].split("[")[0]
    at = by_field.get(field) or by_field.get(_MODEL_FIELD.get(field, ""))
    if at is None and field == "unit":
        at = by_field.get("unit_name")
    if at is None and field == "scope":
        at = by_field.get("level")
    row = raw.rows[excel_row - 1]
    return place.problem(
        f"giá trị không hợp lệ với mô hình dữ liệu: {message}",
        message,
        row=excel_row,
        column=None if at is None else at[0],
        header=None if at is None else at[1],
        value=MISSING if at is None or at[0] >= len(row) else row[at[0]],
    )


# --- units of associations ----------------------------------------------------------------------


class _Units:
    """Looks the units named in rows up in the register, within a province and on a date."""

    def __init__(self, registry: UnitRegistry, province: AdminUnit | None, on: _dt.date) -> None:
        self.registry = registry
        self.province = province
        self.on = on
        self.found: dict[str, AdminUnit] = {}
        self._cache: dict[tuple[str | None, str | None, AdminLevel], AdminUnit] = {}

    def resolve(self, code: str | None, name: str | None, level: AdminLevel) -> AdminUnit:
        key = (code, name, level)
        unit = self._cache.get(key)
        if unit is None:
            unit = self._resolve(code, name, level)
            self._cache[key] = unit
            self.found[unit.code] = unit
        return unit

    def _resolve(self, code: str | None, name: str | None, level: AdminLevel) -> AdminUnit:
        on = self.on
        where_vi = f" ngày {on:%d/%m/%Y}"
        where_en = f" on {on.isoformat()}"
        if self.province is not None:
            where_vi += f" trong {self.province.full_name}"
            where_en += f" in {self.province.full_name}"
        field = "unit_code" if code is not None else "unit_name"
        try:
            if code is not None:
                unit = self.registry.get(code, on=on)
            else:
                assert name is not None
                within = None
                if self.province is not None and level is not AdminLevel.PROVINCE:
                    within = self.province
                unit = self.registry.find(name, on=on, level=level, within=within)
        except AmbiguousLookupError as exc:
            shown = ", ".join(
                f"{u.full_name} ({u.code})" for u in exc.candidates[:10] if isinstance(u, AdminUnit)
            ) + (", ..." if len(exc.candidates) > 10 else "")
            raise _RowProblemError(
                field,
                f"tên đơn vị chưa rõ{where_vi}: có nhiều đơn vị trùng tên ({shown});"
                " ghi mã đơn vị hoặc cho tỉnh",
                f"ambiguous unit name{where_en}: several units match ({shown}); give the unit"
                " code or the province",
            ) from None
        except NotFoundError:
            what = f"mã {code!r}" if code is not None else f"tên {name!r}"
            what_en = f"code {code!r}" if code is not None else f"name {name!r}"
            raise _RowProblemError(
                field,
                f"không có đơn vị {level.label_vi} nào có {what}{where_vi}",
                f"no {level.label_en} unit with the {what_en}{where_en}",
            ) from None
        except ValidationError as exc:  # pragma: no cover - codes and names are checked cells
            raise _RowProblemError(field, str(exc), str(exc)) from None
        if unit.level is not level:
            raise _RowProblemError(
                field,
                f"{unit.full_name} ({unit.code}) là đơn vị {unit.level.label_vi}, phạm vi hoạt"
                f" động của hội cần đơn vị {level.label_vi}",
                f"{unit.full_name} ({unit.code}) is a {unit.level.label_en} unit; the"
                f" association's scope needs a {level.label_en} unit",
            )
        if self.province is not None and self.registry.province_of(unit) != self.province:
            raise _RowProblemError(
                field,
                f"{unit.full_name} ({unit.code}) không thuộc {self.province.full_name}",
                f"{unit.full_name} ({unit.code}) is not in {self.province.full_name}",
            )
        if code is not None and name is not None:
            found = self.registry.find_all(name, on=on, level=level)
            if unit not in found:
                raise _RowProblemError(
                    "unit_name",
                    f"tên {name!r} không khớp mã {code!r} ({unit.full_name})",
                    f"the name {name!r} does not match the code {code!r} ({unit.full_name})",
                )
        return unit


#: The fields of an association row that :func:`_association_assembler` reads apart.
_ASSOCIATION_SPECIAL: Final = ("scope", "level", "unit_code", "unit_name")


def _association_assembler(
    units: _Units | None, province: AdminUnit | None, on: _dt.date | None
) -> Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]]:
    """Puts the scope (from the scope or the level) and the unit into a row's plain data.

    Scope, level and unit repeat down a list: each distinct combination is worked out once
    (keyed by the members' identities: an enum member's hash is a Python-level function)."""
    refs: dict[str, dict[str, Any]] = {}
    memo: dict[tuple[int, int, object, object], tuple[str, dict[str, Any] | None]] = {}
    refused: dict[tuple[int, int, object, object], _RowProblemError] = {}

    def work_out(scope: Any, level: Any, code: Any, name: Any) -> tuple[str, dict[str, Any] | None]:
        scope = None if scope is MISSING else scope
        level = None if level is MISSING else level
        code = None if code is MISSING else code
        name = None if name is MISSING else name
        if scope is None and level is None:
            raise _RowProblemError(
                "scope",
                "thiếu phạm vi hoạt động (hoặc cấp) của hội",
                "the scope of activity (or the level) is missing",
            )
        if scope is None:
            scope = ActivityScope.for_level(level)
        elif level is not None and scope.level is not level:
            raise _RowProblemError(
                "level",
                f"cấp {level.value!r} không khớp phạm vi hoạt động {scope.value!r}",
                f"the level {level.label_en!r} does not match the scope {scope.label_en!r}",
            )
        unit: AdminUnit | None = None
        if code is not None or name is not None:
            if scope is ActivityScope.NATIONAL:
                raise _RowProblemError(
                    "unit_code" if code is not None else "unit_name",
                    "hội phạm vi toàn quốc hoặc liên tỉnh không thuộc đơn vị hành chính nào",
                    "a national or inter-provincial association belongs to no administrative unit",
                )
            assert units is not None
            unit = units.resolve(code, name, scope.level)
        elif scope is ActivityScope.PROVINCE and province is not None:
            unit = province
        if unit is None:
            return scope.value, None
        ref = refs.get(unit.code)
        if ref is None:  # one plain dict a unit, shared by its rows (read, never changed)
            ref = refs[unit.code] = {
                "code": unit.code,
                "level": unit.level.value,
                "on": on,
                "name": unit.name,
            }
        return scope.value, ref

    def assemble(values: dict[str, Any], special: tuple[Any, ...]) -> dict[str, Any]:
        scope, level, code, name = special
        key = (id(scope), id(level), code, name)
        done = memo.get(key)
        if done is None:
            problem = refused.get(key)
            if problem is None:
                try:
                    done = memo[key] = work_out(scope, level, code, name)
                except _RowProblemError as exc:
                    problem = refused[key] = exc
            if problem is not None:
                raise _RowProblemError(problem.field, problem.vi, problem.en)
            assert done is not None
        values["scope"] = done[0]
        if done[1] is not None:
            values["unit"] = done[1]
        return values

    return assemble


def _plain_assembler(values: dict[str, Any], _special: tuple[Any, ...]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in values.items()}


# --- public readers -----------------------------------------------------------------------------

Source = str | os.PathLike[str]


def _finish[T](
    raw: RawSheet,
    layout: _Layout,
    got: tuple[list[T], list[int], int, int, int, list[CellProblem]],
    strict: bool,
    units: Mapping[str, AdminUnit] | None = None,
) -> TableResult[T]:
    items, rows, read, skipped, refused, problems = got
    result: TableResult[T] = TableResult(
        items=tuple(items),
        rows=tuple(rows),
        file=raw.file,
        sheet=raw.sheet,
        columns=tuple((column_letter(c), text, col.field) for c, col, text in layout.used),
        rows_read=read,
        rows_skipped=skipped,
        rows_refused=refused,
        problems=tuple(problems),
        units=dict(units or {}),
    )
    if strict:
        error = result.error()
        if error is not None:
            raise error
    return result


def _check_date_arg(on: object) -> _dt.date | None:
    if on is None:
        return None
    if isinstance(on, _dt.datetime) or not isinstance(on, _dt.date):
        raise ValidationError(f"on must be a datetime.date, got {type(on).__name__}", field="on")
    return on


def read_associations(
    source: Source,
    *,
    sheet: str | int | None = None,
    columns: Mapping[str, str | None] | None = None,
    header_row: int | None = None,
    province: AdminUnit | str | None = None,
    on: _dt.date | None = None,
    registry: UnitRegistry | None = None,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    format: str | None = None,
    strict: bool = True,
) -> TableResult[Association]:
    """Read a list of associations (danh sách hội) from a CSV file or a workbook.

    The columns are those of :data:`ASSOCIATION_COLUMNS` (``Tên hội``, ``Phạm vi hoạt động`` or
    ``Cấp``, ``Loại hội``, ``Số hội viên``, ``Ngày thành lập``, ``Đơn vị hành chính``, ``Mã đơn
    vị``, ...).  A unit named in a row (by name or code) is looked up in *registry* (the national
    register, :func:`~hoiquanchung.model.default_registry`, by default) on the date *on*, within
    *province* when given (a name, code or unit); it must be of the level of the association's
    scope, and becomes the association's ``unit`` as a :class:`~hoiquanchung.model.UnitRef` dated
    *on*.  A province-scope association with no unit named gets *province*.  An ambiguous or
    unknown name is a problem at that cell.

    Raises :class:`~hoiquanchung.tables.TableError` (every problem, located) when ``strict``.
    """
    on = _check_date_arg(on)
    raw = read_sheet(source, sheet=sheet, delimiter=delimiter, encoding=encoding, format=format)
    place = _Place(raw)
    layout = _layout(
        raw, ASSOCIATION_COLUMNS, columns, header_row, place, one_of=(("scope", "level"),)
    )
    fields = {column.field for _, column, _ in layout.used}
    wants_units = bool(fields & {"unit_code", "unit_name"})
    units: _Units | None = None
    province_unit: AdminUnit | None = None
    if wants_units or province is not None:
        if on is None:
            raise TableError(
                (
                    place.problem(
                        "cần ngày (on=, hoặc --on trong lệnh) để tra đơn vị hành chính:"
                        " mã và tên đơn vị đổi theo thời gian (cải cách 01/7/2025)",
                        "a date (on=, or --on on the command line) is needed to look units"
                        " up: codes and names change over time (the reform of 01/7/2025)",
                    ),
                )
            )
        if registry is None:
            from hoiquanchung.model import default_registry

            registry = default_registry()
        if province is not None:
            province_unit = _province(registry, province, on)
        units = _Units(registry, province_unit, on)
    got = _read_rows(
        raw,
        layout,
        place,
        Association,
        _association_assembler(units, province_unit, on),
        frozenset({"category", "legal_type"}),
        _ASSOCIATION_SPECIAL,
    )
    return _finish(raw, layout, got, strict, None if units is None else units.found)


def _province(registry: UnitRegistry, province: AdminUnit | str, on: _dt.date) -> AdminUnit:
    if isinstance(province, AdminUnit):
        unit = province
    elif isinstance(province, str):
        if province.isascii() and province.isdigit():
            unit = registry.get(province, on=on)
        else:
            unit = registry.find(province, on=on, level=AdminLevel.PROVINCE)
    else:
        raise ValidationError(
            f"province is a name, a code or an AdminUnit, got {type(province).__name__}",
            field="province",
        )
    if unit.level is not AdminLevel.PROVINCE:
        raise ValidationError(f"{unit!r} is not a province", field="province")
    if not unit.in_force(on):
        raise ValidationError(f"{unit!r} does not exist on {on.isoformat()}", field="province")
    return unit


def read_tallies(
    source: Source,
    *,
    sheet: str | int | None = None,
    columns: Mapping[str, str | None] | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    format: str | None = None,
    strict: bool = True,
) -> TableResult[AssociationTally]:
    """Read a report's stated figures (số liệu báo cáo), one
    :class:`~hoiquanchung.model.AssociationTally` a row: ``Cấp`` (``"cấp huyện, xã"``; ``"tổng
    số"`` for all levels), ``Phạm vi hoạt động``, ``Loại hội`` (empty: both categories), ``Số
    hội`` (required), ``Số hội viên``, ``Biên chế giao``, ``Người làm việc``, ``Nguồn``
    (:data:`TALLY_COLUMNS`)."""
    raw = read_sheet(source, sheet=sheet, delimiter=delimiter, encoding=encoding, format=format)
    place = _Place(raw)
    layout = _layout(raw, TALLY_COLUMNS, columns, header_row, place)
    got = _read_rows(raw, layout, place, AssociationTally, _plain_assembler)
    return _finish(raw, layout, got, strict)


def read_units(
    source: Source,
    *,
    sheet: str | int | None = None,
    columns: Mapping[str, str | None] | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    format: str | None = None,
    strict: bool = True,
) -> TableResult[AdminUnit]:
    """Read a list of administrative units, one :class:`~hoiquanchung.model.AdminUnit` a row:
    ``Mã đơn vị``, ``Tên đơn vị``, ``Loại đơn vị`` (``"TP"``, ``"huyện"``, ...), ``Mã đơn vị
    cấp trên``, ``Hiệu lực từ``, ``Hiệu lực đến`` (:data:`UNIT_COLUMNS`).  Such a list can make a
    :class:`~hoiquanchung.model.UnitRegistry` of one's own."""
    raw = read_sheet(source, sheet=sheet, delimiter=delimiter, encoding=encoding, format=format)
    place = _Place(raw)
    layout = _layout(raw, UNIT_COLUMNS, columns, header_row, place)
    got = _read_rows(raw, layout, place, AdminUnit, _plain_assembler)
    return _finish(raw, layout, got, strict)
