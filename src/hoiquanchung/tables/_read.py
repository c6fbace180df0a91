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
import inspect
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from hoiquanchung import io as _io
from hoiquanchung._catalogue import Localized, error_text, fragment, localized
from hoiquanchung._gc import gc_paused
from hoiquanchung.errors import (
    LoadError,
    ValidationError,
)
from hoiquanchung.indicators import StatedFigure
from hoiquanchung.indicators._stated import _quantity_fields
from hoiquanchung.model import (
    AdminUnit,
    Association,
    AssociationTally,
    UnitRegistry,
)
from hoiquanchung.numbers import Quantity
from hoiquanchung.tables._cells import MISSING, CellValueError
from hoiquanchung.tables._columns import (
    ASSOCIATION_COLUMNS,
    FIGURE_COLUMNS,
    TALLY_COLUMNS,
    UNIT_COLUMNS,
    Column,
)
from hoiquanchung.tables._header import Layout, read_layout
from hoiquanchung.tables._problems import (
    CellProblem,
    Place,
    RowProblemError,
    TableError,
    column_letter,
    is_blank,
)
from hoiquanchung.tables._source import RawSheet, read_sheet
from hoiquanchung.tables._units import (
    ASSOCIATION_SPECIAL,
    UnitLookup,
    association_assembler,
    find_province,
)

__all__ = ["TableResult", "read_associations", "read_figures", "read_tallies", "read_units"]


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
        counted = fragment(
            "table-rows-counted",
            read=self.rows_read,
            skipped=self.rows_skipped,
            refused=self.rows_refused,
        )
        return counted.text("vi" if lang == "vi" else "en")


# --- rows ---------------------------------------------------------------------------------------


def _memo(read: Callable[[object], object]) -> Callable[[object], object]:
    """Cache a reader's successes by cell value (words, dates and codes repeat down a column):
    a text by itself, any other value with its type (``1``, ``1.0`` and ``True`` are equal)."""
    cache: dict[object, object] = {}
    missing = object()

    def cached(value: object) -> object:
        key = value if value.__class__ is str else (type(value), value)
        result = cache.get(key, missing)
        if result is missing:
            result = read(value)
            if len(cache) < 400_000:
                cache[key] = result
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
        # counts repeat too (staff 0-5, members in the hundreds): cheaper looked up than parsed
        "members",
        "staff_assigned",
        "staff_working",
        "founding_members",
        "founding_provinces",
        "term_years",
        "count",
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
    layout: Layout,
    place: Place,
    cls: type[T],
    assemble: Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]],
    plain_enums: frozenset[str] = frozenset(),
    special: tuple[str, ...] = (),
) -> tuple[list[T], list[int], int, int, int, list[CellProblem]]:
    """Read every row below the header (the garbage collector paused).

    The readers of the columns named in *plain_enums* give the enum's value (the plain data
    :func:`hoiquanchung.io.structure` takes) rather than the member.  The fields named in
    *special* are given to *assemble* apart, as a tuple in that order (``MISSING`` when empty or
    absent), and left out of the row's dict.
    """
    with gc_paused():
        return _read_rows_unpaused(raw, layout, place, cls, assemble, plain_enums, special)


def _read_rows_unpaused[T](
    raw: RawSheet,
    layout: Layout,
    place: Place,
    cls: type[T],
    assemble: Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]],
    plain_enums: frozenset[str],
    special: tuple[str, ...],
) -> tuple[list[T], list[int], int, int, int, list[CellProblem]]:
    """Read the rows column by column (a column's reader mapped over its cells; a column with a
    bad cell read again cell by cell to locate every problem), then assemble them row by row."""
    by_field = {column.field: (c, text) for c, column, text in layout.used}
    kept, skipped = _rows_not_blank(raw.rows, layout.header.last_row + 1)
    found = _Found(place)
    fields: list[str] = []
    columns: list[list[object]] = []
    for c, column, text in layout.used:
        fields.append(column.field)
        columns.append(_read_column(raw.rows, kept, c, column, text, plain_enums, found))
    if raw.unreadable:
        _note_unreadable(raw, layout, kept, found)
    _note_unheaded(raw.rows, layout, kept, found)
    data, data_rows, refused = _assemble_rows(
        raw.rows, kept, fields, columns, by_field, assemble, special, found
    )
    items, kept_rows, model_problems = _structure(data, data_rows, cls, by_field, raw, place)
    refused += len(data) - len(items)
    problems = found.problems
    problems.extend(model_problems)
    problems.sort(key=lambda p: (p.row or 0, p.column is None, len(p.column or ""), p.column or ""))
    return items, kept_rows, len(kept), skipped, refused, problems


@attrs.define
class _Found:
    """The problems found while the rows are read: ``bad`` holds the positions (in the rows
    kept) of the rows with a problem, ``failed`` the fields whose cell has one, by position."""

    place: Place
    problems: list[CellProblem] = attrs.Factory(list)
    bad: set[int] = attrs.Factory(set)
    failed: dict[int, set[str]] = attrs.Factory(dict)

    def add(self, spot: int, problem: CellProblem, field: str | None = None) -> None:
        """Record *problem* for the row at position *spot* (and, when given, its *field*)."""
        self.problems.append(problem)
        self.bad.add(spot)
        if field is not None:
            self.failed.setdefault(spot, set()).add(field)


def _rows_not_blank(rows: Sequence[Sequence[object]], first: int) -> tuple[list[int], int]:
    """The 0-based indexes of the rows from *first* on that are not blank, and how many are."""
    kept: list[int] = []
    skipped = 0
    for r in range(first, len(rows)):
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
    return kept, skipped


def _read_column(
    rows: Sequence[Sequence[object]],
    kept: list[int],
    c: int,
    column: Column,
    text: str,
    plain_enums: frozenset[str],
    found: _Found,
) -> list[object]:
    """The values of column *c* in the rows *kept* (``MISSING`` where a cell is empty or bad);
    a bad cell, or an empty one in a required column, is a problem."""
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
                message = Localized(exc.message_vi, exc.message_en)
                problem = found.place.problem(
                    message, row=kept[i] + 1, column=c, header=text, value=value
                )
                found.add(i, problem, column.field)
                got.append(MISSING)
    if column.required and MISSING in got:
        for i, value in enumerate(got):
            if value is MISSING and column.field not in found.failed.get(i, ()):
                message = localized("table-required-cell-empty", kind="error")
                found.add(i, found.place.problem(message, row=kept[i] + 1, column=c, header=text))
    return got


def _note_unreadable(raw: RawSheet, layout: Layout, kept: list[int], found: _Found) -> None:
    """A problem for each cell of the rows read, in a column read, that the file could not give
    (a formula never computed, an Excel error such as ``#DIV/0!``)."""
    position = {r: i for i, r in enumerate(kept)}
    used = {c: (column, text) for c, column, text in layout.used}
    for (r, c), what in sorted(raw.unreadable.items()):
        spot = position.get(r)  # a cell outside the rows read, or in a column not read
        if spot is None or c not in used:
            continue
        if what == "=":
            message = localized("table-formula-not-computed", kind="error")
        else:
            message = localized("table-excel-error", {"what": what}, kind="error")
        problem = found.place.problem(
            message, row=r + 1, column=c, header=used[c][1], value=MISSING if what == "=" else what
        )
        found.add(spot, problem, used[c][0].field)


def _note_unheaded(
    rows: Sequence[Sequence[object]], layout: Layout, kept: list[int], found: _Found
) -> None:
    """A problem for each value in a column with no header (or right of the last header)."""
    unnamed = list(layout.unnamed)
    widest = max((len(rows[r]) for r in kept), default=0)
    unnamed += range(len(layout.header.texts), widest)  # cells right of the last header
    for c in unnamed:
        for i, r in enumerate(kept):
            row = rows[r]
            if c < len(row) and not is_blank(row[c]):
                message = localized("table-value-without-header", kind="error")
                found.add(i, found.place.problem(message, row=r + 1, column=c, value=row[c]))


def _assemble_rows(
    rows: Sequence[Sequence[object]],
    kept: list[int],
    fields: list[str],
    columns: list[list[object]],
    by_field: Mapping[str, tuple[int, str]],
    assemble: Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]],
    special: tuple[str, ...],
    found: _Found,
) -> tuple[list[dict[str, Any]], list[int], int]:
    """Each row's plain data (made by *assemble*), with its Excel row number, and the number of
    rows refused (a problem in a cell, or one *assemble* raised)."""
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
    # Empty cells are left out of a row's data (the model's defaults): looked for only in the
    # rows of a table that has any.
    any_missing = any(MISSING in column for column in plain_columns)
    no_special: Iterable[tuple[object, ...]] = (() for _ in kept)
    for i, (cells_of_row, special_of_row) in enumerate(
        zip(plain_rows, special_rows if special else no_special, strict=True)
    ):
        values = dict(zip(plain_fields, cells_of_row, strict=True))
        if any_missing and MISSING in cells_of_row:
            for f, v in zip(plain_fields, cells_of_row, strict=True):
                if v is MISSING:
                    del values[f]
        try:
            plain = assemble(values, special_of_row)
        except RowProblemError as exc:
            refused += 1
            own = found.failed.get(i)
            if own and (exc.field in own or (exc.field == "scope" and "level" in own)):
                continue  # the cell's own problem is reported already
            found.problems.append(_row_problem(found.place, exc, rows[kept[i]], kept[i], by_field))
            continue
        if i in found.bad:
            refused += 1
            continue
        data.append(plain)
        data_rows.append(kept[i] + 1)
    return data, data_rows, refused


def _row_problem(
    place: Place,
    exc: RowProblemError,
    row: Sequence[object],
    r: int,
    by_field: Mapping[str, tuple[int, str]],
) -> CellProblem:
    """The problem *assemble* raised for row *r*, located at the cell of its field if read."""
    at = by_field.get(exc.field or "")
    return place.problem(
        exc.message,
        row=r + 1,
        column=None if at is None else at[0],
        header=None if at is None else at[1],
        value=MISSING if at is None or at[0] >= len(row) else row[at[0]],
    )


_MODEL_FIELD: Final = {"unit": "unit_code"}


_INDEXED: Final = re.compile(r"\$\[([0-9]+)\]\.?(.*)\Z", re.DOTALL)


def _structure[T](
    data: list[dict[str, Any]],
    rows: list[int],
    cls: type[T],
    by_field: Mapping[str, tuple[int, str]],
    raw: RawSheet,
    place: Place,
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
    place: Place,
) -> CellProblem:
    field = path.split(".")[0].split("[")[0]
    at = by_field.get(field) or by_field.get(_MODEL_FIELD.get(field, ""))
    if at is None and field == "unit":
        at = by_field.get("unit_name")
    if at is None and field == "scope":
        at = by_field.get("level")
    row = raw.rows[excel_row - 1]
    return place.problem(
        localized("table-model-invalid", {"detail": message}, kind="error"),
        row=excel_row,
        column=None if at is None else at[0],
        header=None if at is None else at[1],
        value=MISSING if at is None or at[0] >= len(row) else row[at[0]],
    )


def _plain_assembler(values: dict[str, Any], _special: tuple[Any, ...]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in values.items()}


# --- public readers -----------------------------------------------------------------------------

Source = str | os.PathLike[str]


@attrs.frozen
class _SheetOptions:
    """What every reader is told about the sheet to read and its header."""

    sheet: str | int | None
    columns: Mapping[str, str | None] | None
    header_row: int | None
    delimiter: str | None
    encoding: str
    format: str | None

    def open(
        self, source: Source, spec: tuple[Column, ...], one_of: Iterable[tuple[str, ...]] = ()
    ) -> tuple[RawSheet, Place, Layout]:
        """The sheet of *source*, where it is, and its header matched to *spec*."""
        with gc_paused():
            raw = read_sheet(
                source,
                sheet=self.sheet,
                delimiter=self.delimiter,
                encoding=self.encoding,
                format=self.format,
            )
        place = Place(raw.file, raw.sheet)
        layout = read_layout(raw, spec, self.columns, self.header_row, place, one_of=one_of)
        return raw, place, layout

    def read[T](
        self,
        source: Source,
        spec: tuple[Column, ...],
        cls: type[T],
        assemble: Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]],
        strict: bool,
    ) -> TableResult[T]:
        """Every row of a table whose rows need nothing but their own cells."""
        raw, place, layout = self.open(source, spec)
        got = _read_rows(raw, layout, place, cls, assemble)
        return _finish(raw, layout, got, strict)


def _plain_args(
    source: Source,
    *,
    sheet: str | int | None = None,
    columns: Mapping[str, str | None] | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    format: str | None = None,
    strict: bool = True,
) -> tuple[Source, _SheetOptions, bool]:
    """The arguments of every reader of a table whose rows need nothing but their own cells:
    the source, what is said about its sheet, and whether a problem raises."""
    return source, _SheetOptions(sheet, columns, header_row, delimiter, encoding, format), strict


def _finish[T](
    raw: RawSheet,
    layout: Layout,
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
        raise ValidationError(
            error_text("expected-type", expected=fragment("a-date"), type=type(on).__name__),
            field="on",
        )
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
    options = _SheetOptions(sheet, columns, header_row, delimiter, encoding, format)
    raw, place, layout = options.open(source, ASSOCIATION_COLUMNS, one_of=(("scope", "level"),))
    fields = {column.field for _, column, _ in layout.used}
    wants_units = bool(fields & {"unit_code", "unit_name"})
    units: UnitLookup | None = None
    province_unit: AdminUnit | None = None
    if wants_units or province is not None:
        if on is None:
            raise TableError((place.problem(localized("table-date-needed", kind="error")),))
        if registry is None:
            from hoiquanchung.model import default_registry

            registry = default_registry()
        if province is not None:
            province_unit = find_province(registry, province, on)
        units = UnitLookup(registry, province_unit, on)
    got = _read_rows(
        raw,
        layout,
        place,
        Association,
        association_assembler(units, province_unit, on),
        frozenset({"category", "legal_type"}),
        ASSOCIATION_SPECIAL,
    )
    return _finish(raw, layout, got, strict, None if units is None else units.found)


def _figure_assembler(values: dict[str, Any], _special: tuple[Any, ...]) -> dict[str, Any]:
    figure = values.pop("value", None)
    if figure is None:  # an empty required cell: the row is refused, its problem reported
        return values
    unit = values.get("unit")
    out = {k: _plain(v) for k, v in values.items()}
    if isinstance(figure, Quantity):
        if figure.unit is not None and unit is not None and figure.unit != unit:
            raise RowProblemError(
                error_text("table-figure-unit-differs", unit=unit, written=figure.text),
                field="unit",
            )
        out.update((k, _plain(v)) for k, v in _quantity_fields(figure).items())
    else:
        out["value"] = str(figure)
    return out


def _plain_reader[**P, T](
    args: Callable[P, tuple[Source, _SheetOptions, bool]],
    name: str,
    read_as: tuple[tuple[Column, ...], type[T], Callable[[dict[str, Any], tuple[Any, ...]], Any]],
    doc: str,
) -> Callable[P, TableResult[T]]:
    """The public reader *name* of a table whose rows need nothing but their own cells.

    It takes the arguments of *args*, which are its signature (for :func:`inspect.signature`,
    the API pages and a wrong call's :class:`TypeError`, which names *name*), and reads the
    columns ``spec`` into ``cls`` objects, the row's values made plain by ``assemble``
    (``read_as``).
    """
    spec, cls, assemble = read_as

    def read(*a: P.args, **k: P.kwargs) -> TableResult[T]:
        try:
            source, options, strict = args(*a, **k)
        except TypeError as exc:  # the call itself is wrong: say so as Python would of *name*
            if exc.__traceback__ is None or exc.__traceback__.tb_next is not None:
                raise
            raise TypeError(str(exc).replace(args.__name__, name, 1)) from None
        return options.read(source, spec, cls, assemble, strict)

    signature = inspect.signature(args)
    returned = f"TableResult[{cls.__name__}]"  # a string, as every annotation of this module
    read.__name__ = read.__qualname__ = name
    read.__doc__ = doc
    read.__annotations__ = {**args.__annotations__, "return": returned}
    vars(read)["__signature__"] = signature.replace(return_annotation=returned)
    return read


read_tallies: Final = _plain_reader(
    _plain_args,
    "read_tallies",
    (TALLY_COLUMNS, AssociationTally, _plain_assembler),
    """Read a report's stated figures (số liệu báo cáo), one
    :class:`~hoiquanchung.model.AssociationTally` a row: ``Cấp`` (``"cấp huyện, xã"``; ``"tổng
    số"`` for all levels), ``Phạm vi hoạt động``, ``Loại hội`` (empty: both categories), ``Số
    hội`` (required), ``Số hội viên``, ``Biên chế giao``, ``Người làm việc``, ``Nguồn``
    (:data:`TALLY_COLUMNS`).""",
)
read_figures: Final = _plain_reader(
    _plain_args,
    "read_figures",
    (FIGURE_COLUMNS, StatedFigure, _figure_assembler),
    r"""Read a report's figures, one :class:`~hoiquanchung.indicators.StatedFigure` a row:
    ``Số liệu`` (required: a number cell, exact, or the figure as written, ``"hơn 34 tỷ đồng"``,
    ``"91,53%"``), ``Đơn vị tính``, ``Mục`` (where the report states it), ``Trích dẫn``
    (:data:`FIGURE_COLUMNS`).

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "so-lieu.csv"
    >>> _ = path.write_text("Mục;Số liệu;Đơn vị tính\nII.4.3;hơn 34 tỷ đồng;\n"
    ...                     "II.4.3;12.700.000.000,50;đồng\n", encoding="utf-8")
    >>> [(f.value, f.bound.name, f.unit, f.path) for f in read_figures(path).items]
    [(Decimal('34000000000'), 'MORE_THAN', 'đồng', 'II.4.3'),
     (Decimal('12700000000.50'), 'EXACT', 'đồng', 'II.4.3')]
    """,
)
read_units: Final = _plain_reader(
    _plain_args,
    "read_units",
    (UNIT_COLUMNS, AdminUnit, _plain_assembler),
    """Read a list of administrative units, one :class:`~hoiquanchung.model.AdminUnit` a row:
    ``Mã đơn vị``, ``Tên đơn vị``, ``Loại đơn vị`` (``"TP"``, ``"huyện"``, ...), ``Mã đơn vị
    cấp trên``, ``Hiệu lực từ``, ``Hiệu lực đến`` (:data:`UNIT_COLUMNS`).  Such a list can make a
    :class:`~hoiquanchung.model.UnitRegistry` of one's own.""",
)
