"""Bảng kết quả (result tables): every result that is a table, as plain typed rows.

:func:`as_table` turns a result of the library into a :class:`ResultTable`: columns with a
Vietnamese and an English header and a kind (text, count, money, decimal, percent, date), and
rows of plain Python values (``int``, ``Decimal``, ``str`` in NFC, ``datetime.date``, ``None``
for unknown).  It knows tallies (:class:`~hoiquanchung.model.AssociationTally` rows),
cross-tabulations (:class:`~hoiquanchung.indicators.CrossTab`), reconciliations
(:class:`~hoiquanchung.indicators.Reconciliation`), list-against-report comparisons
(:class:`~hoiquanchung.indicators.ListComparison`), findings, a report's stated figures
(:class:`~hoiquanchung.indicators.Report`), figures mapped across the reform
(:class:`~hoiquanchung.model.EraMapping`) and association lists.  A table writes itself as CSV
or .xlsx (:func:`~hoiquanchung.tables.write_csv`, :func:`~hoiquanchung.tables.write_xlsx`) and
becomes a pandas DataFrame (:meth:`ResultTable.to_dataframe`, optional extra ``pandas``).

>>> from hoiquanchung.model import (ActivityScope as S, Association, AssociationCategory as C,
...                                 tally_associations)
>>> hoi = [Association(name="Hội Khuyến học", scope=S.PROVINCE, category=C.ASSIGNED, members=1200),
...        Association(name="Hội Cựu giáo chức", scope=S.PROVINCE, category=C.OTHER, members=300)]
>>> table = as_table(tally_associations(hoi, by=("level", "category")))
>>> table.headers()
['Cấp', 'Loại hội', 'Số hội', 'Số hội viên', 'Biên chế giao', 'Người làm việc', 'Nguồn']
>>> table.headers("en")[2:4]
['Associations', 'Members']
>>> [row["count"] for row in table.dicts()], table.column("members")
([1, 1], (1200, 300))
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, get_args

import attrs

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung._nfc import nfc_if_text
from hoiquanchung.errors import MissingDependencyError, ValidationError
from hoiquanchung.findings import Finding, Language
from hoiquanchung.indicators import (
    CrossTab,
    ListComparison,
    Reconciliation,
    Report,
    Status,
)
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    Association,
    AssociationCategory,
    AssociationTally,
    EraMapping,
)
from hoiquanchung.numbers import format_figure

if TYPE_CHECKING:
    import pandas

__all__ = ["ColumnKind", "ResultColumn", "ResultTable", "as_table"]

ColumnKind = Literal["text", "count", "money", "decimal", "percent", "date"]
_KINDS: Final[tuple[str, ...]] = get_args(ColumnKind)


def _check_lang(lang: object) -> Language:
    if lang == "vi" or lang == "en":
        return lang
    raise ValidationError(error_text("language", lang=str(lang)), field="lang")


def _nfc(value: object) -> object:
    return nfc_if_text(value)


def _columns(columns: Iterable[ResultColumn]) -> tuple[ResultColumn, ...]:
    return tuple(columns)


def _nfc_rows(rows: Iterable[Iterable[Any]]) -> tuple[tuple[Any, ...], ...]:
    return tuple(tuple(_nfc(v) for v in row) for row in rows)


@attrs.frozen
class ResultColumn:
    """One column of a :class:`ResultTable`.

    ``key`` is the column's stable machine name (``"members"``); ``header_vi`` / ``header_en``
    the headers written; ``kind`` how values are written (``count``: ``int``; ``money``: an
    exact ``int`` or ``Decimal``, never rounded; ``decimal``: an exact ``Decimal``; ``percent``:
    a ``Decimal`` in percent, ``74.87`` for 74,87%; ``date``; ``text``).  ``categories``, when
    given, are the values a text column may take, in order (a pandas categorical).
    """

    key: str
    header_vi: str = attrs.field(converter=_nfc)
    header_en: str = attrs.field(converter=_nfc)
    kind: ColumnKind = "text"
    categories: tuple[str, ...] | None = None

    def __attrs_post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValidationError(
                error_text("result-column-kind", kind=str(self.kind), kinds=", ".join(_KINDS)),
                field="kind",
            )

    def header(self, lang: Language = "vi") -> str:
        """The header in Vietnamese (``"vi"``) or English (``"en"``)."""
        return self.header_vi if _check_lang(lang) == "vi" else self.header_en


def _check_cell(column: ResultColumn, value: object, where: str) -> None:
    if value is None:
        return
    kind = column.kind
    ok = (
        (kind == "text" and isinstance(value, str))
        or (kind == "count" and type(value) is int)
        or (
            kind in ("money", "decimal", "percent")
            and not isinstance(value, bool)
            and isinstance(value, int | Decimal)
            and (not isinstance(value, Decimal) or value.is_finite())
        )
        or (kind == "date" and type(value) is _dt.date)
    )
    if not ok:
        raise ValidationError(
            error_text("result-cell-kind", key=column.key, kind=kind, shown=repr(value)),
            field=where,
        )


@attrs.frozen
class ResultTable:
    """A result as a table: ``title_vi`` / ``title_en``, ``columns`` and plain ``rows``.

    Values are checked against their column's kind when the table is built: no float, no
    rounding, ``None`` for a value that is not known.
    """

    title_vi: str = attrs.field(converter=_nfc)
    title_en: str = attrs.field(converter=_nfc)
    columns: tuple[ResultColumn, ...] = attrs.field(converter=_columns)
    rows: tuple[tuple[Any, ...], ...] = attrs.field(converter=_nfc_rows)

    def __attrs_post_init__(self) -> None:
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValidationError(
                error_text("result-repeated-column", keys=repr(keys)), field="columns"
            )
        for i, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValidationError(
                    error_text(
                        "result-row-length", row=i, count=len(row), columns=len(self.columns)
                    ),
                    field=f"rows[{i}]",
                )
            for column, value in zip(self.columns, row, strict=True):
                _check_cell(column, value, f"rows[{i}]")

    def title(self, lang: Language = "vi") -> str:
        """The title in Vietnamese or English."""
        return self.title_vi if _check_lang(lang) == "vi" else self.title_en

    def headers(self, lang: Language = "vi") -> list[str]:
        """The column headers in Vietnamese (default) or English."""
        return [c.header(lang) for c in self.columns]

    def dicts(self) -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by the columns' machine names."""
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]

    def column(self, key: str) -> tuple[Any, ...]:
        """Every value of the column *key*."""
        for i, c in enumerate(self.columns):
            if c.key == key:
                return tuple(row[i] for row in self.rows)
        raise ValidationError(
            error_text(
                "result-no-column", key=str(key), columns=", ".join(c.key for c in self.columns)
            ),
            field="key",
        )

    def render(self, lang: Language = "vi") -> str:
        """The table as aligned text, numbers written the Vietnamese (or English) way.

        >>> print(ResultTable("t", "t", (ResultColumn("n", "Tên", "Name"),
        ...                              ResultColumn("m", "Hội viên", "Members", "count")),
        ...                   (("Hội Khuyến học", 440977), ("Hội Luật gia", None))).render())
        Tên            | Hội viên
        ---------------+---------
        Hội Khuyến học | 440.977
        Hội Luật gia   | ?
        """
        lang = _check_lang(lang)
        lines = [self.headers(lang)]
        for row in self.rows:
            lines.append([_text(c, v, lang) for c, v in zip(self.columns, row, strict=True)])
        widths = [max(len(line[i]) for line in lines) for i in range(len(self.columns))]
        out = [" | ".join(c.ljust(w) for c, w in zip(lines[0], widths, strict=True)).rstrip()]
        out.append("-+-".join("-" * w for w in widths))
        for line in lines[1:]:
            out.append(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        return "\n".join(out)

    def to_dataframe(self, lang: Language | None = None) -> pandas.DataFrame:
        """The table as a pandas DataFrame with flat, typed columns (extra ``pandas``).

        Counts are the nullable integer dtype ``Int64`` (``<NA>`` for unknown); money, decimals
        and percents stay exact ``Decimal`` objects (dtype ``object``: pandas has no exact
        decimal dtype; a float would lose đồng); text columns with known values are ordered
        categoricals; dates are ``datetime.date`` objects.  Column names are the machine
        keys, or the headers in *lang* when given.
        """
        try:
            import pandas as pd
        except ImportError as exc:
            raise MissingDependencyError(
                feature="ResultTable.to_dataframe", extra="pandas", package="pandas"
            ) from exc
        names = [c.key for c in self.columns] if lang is None else self.headers(lang)
        data: dict[str, Any] = {}
        for i, (column, name) in enumerate(zip(self.columns, names, strict=True)):
            values = [row[i] for row in self.rows]
            if column.kind == "count":
                data[name] = pd.array(values, dtype="Int64")
            elif column.categories is not None:
                data[name] = pd.Categorical(values, categories=column.categories, ordered=True)
            elif column.kind == "text":
                data[name] = pd.array(values, dtype="string")
            else:
                data[name] = pd.Series(values, dtype=object)
        return pd.DataFrame(data, index=pd.RangeIndex(len(self.rows)))


def _text(column: ResultColumn, value: object, lang: Language) -> str:
    if value is None:
        return "?" if column.kind != "text" else ""
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.date):
        return value.strftime("%d/%m/%Y")
    assert isinstance(value, int | Decimal)
    return format_figure(value, "%" if column.kind == "percent" else None, lang=lang)


def _c(
    key: str,
    vi: str,
    en: str,
    kind: ColumnKind = "text",
    categories: tuple[str, ...] | None = None,
) -> ResultColumn:
    return ResultColumn(key, vi, en, kind, categories)


# Columns shared by several tables: one header for one meaning.
_PATH: Final = _c("path", "Mục", "Section")
_LABEL: Final = _c("label", "Nội dung", "Item")
_UNIT: Final = _c("unit", "Đơn vị", "Unit")
_UNIT_CODE: Final = _c("unit_code", "Mã đơn vị", "Unit code")
_MEASURE: Final = _c("measure", "Đơn vị tính", "Measure")
_STATED: Final = _c("stated", "Báo cáo ghi", "Stated")
_STATED_VALUE: Final = _c("stated_value", "Giá trị báo cáo", "Stated value", "decimal")
_MEMBERS: Final = _c("members", "Số hội viên", "Members", "count")
_STAFF_ASSIGNED: Final = _c("staff_assigned", "Biên chế giao", "Staff assigned", "count")
_STAFF_WORKING: Final = _c("staff_working", "Người làm việc", "Staff working", "count")


_LEVELS: Final = tuple(level.label_vi for level in AdminLevel)
_SCOPES: Final = tuple(scope.value for scope in ActivityScope)
_CATEGORY_VI: Final = {
    AssociationCategory.ASSIGNED: "giao nhiệm vụ",
    AssociationCategory.OTHER: "khác",
}
_CATEGORY_EN: Final = {
    AssociationCategory.ASSIGNED: "assigned tasks",
    AssociationCategory.OTHER: "other",
}


def _category(category: AssociationCategory | None, lang: Language) -> str | None:
    if category is None:
        return None
    return (_CATEGORY_VI if lang == "vi" else _CATEGORY_EN)[category]


def _tallies(tallies: Sequence[AssociationTally], lang: Language) -> ResultTable:
    cats = tuple((_CATEGORY_VI if lang == "vi" else _CATEGORY_EN).values())
    columns = (
        _c("level", "Cấp", "Level"),
        _c("scope", "Phạm vi hoạt động", "Scope", categories=_SCOPES),
        _c("category", "Loại hội", "Category", categories=cats),
        _UNIT,
        _UNIT_CODE,
        _c("count", "Số hội", "Associations", "count"),
        _MEMBERS,
        _STAFF_ASSIGNED,
        _STAFF_WORKING,
        _c("source", "Nguồn", "Source"),
    )
    rows = []
    for t in tallies:
        level = None
        if t.levels:
            level = (
                ("cấp " + ", ".join(v.value for v in t.levels))
                if lang == "vi"
                else (", ".join(v.label_en for v in t.levels))
            )
        rows.append(
            (
                level,
                ", ".join(s.value for s in t.scopes) or None,
                _category(t.category, lang),
                t.unit_label or None,
                None if t.unit is None else t.unit.code,
                t.count,
                t.members,
                t.staff_assigned,
                t.staff_working,
                t.source,
            )
        )
    return _without_empty(ResultTable("Số hội", "Associations", columns, tuple(rows)), 0)


def _without_empty(table: ResultTable, first: int) -> ResultTable:
    """*table* without the text or date columns no row fills, from the column *first* on.

    A tally without a unit grouping has no unit column; a list without units no unit code.
    """
    keep = [
        j
        for j, c in enumerate(table.columns)
        if j < first
        or c.kind not in ("text", "date")
        or any(row[j] is not None for row in table.rows)
    ]
    return ResultTable(
        table.title_vi,
        table.title_en,
        tuple(table.columns[j] for j in keep),
        tuple(tuple(row[j] for j in keep) for row in table.rows),
    )


def _crosstab(table: CrossTab, lang: Language) -> ResultTable:
    total = "tổng số" if lang == "vi" else "total"
    head = {
        "level": ("Cấp", "Level"),
        "category": ("Loại hội", "Category"),
        "scope": ("Phạm vi", "Scope"),
        "unit": ("Đơn vị", "Unit"),
        "district": ("Huyện", "District"),
        "province": ("Tỉnh", "Province"),
    }
    vi, en = head.get(table.row_axis, (table.row_axis, table.row_axis))
    columns = [_c("row", vi, en)]
    for i, name in enumerate(table.columns):
        columns.append(_c(f"c{i}", name, name, "count"))
    columns.append(_c("total", "Tổng số", "Total", "count"))
    rows: list[tuple[Any, ...]] = []
    for r in table.rows:
        rows.append((r, *(table.cell(r, c) for c in table.columns), table.row_total(r)))
    rows.append((total, *(table.column_total(c) for c in table.columns), table.total))
    return ResultTable("Bảng chéo", "Cross-tabulation", tuple(columns), tuple(rows))


def _reconciliation(result: Reconciliation, lang: Language) -> ResultTable:
    recomputed = _c("computed", "Tính lại", "Recomputed")
    columns = (_PATH, _LABEL, _MEASURE, _STATED, _STATED_VALUE, recomputed, _STATUS)
    rows = tuple(
        (
            r.path,
            r.label,
            r.measure,
            None if r.stated is None else r.stated.written(lang),
            None if r.stated is None else r.stated.value,
            r.computed,
            r.status,
        )
        for r in result.rows
    )
    return ResultTable("Đối chiếu", "Reconciliation", columns, rows)


_STATUSES: Final = (
    Status.CONSISTENT,
    Status.OTHER_RULE,
    Status.INCONSISTENT,
    Status.UNCHECKED,
    Status.DERIVED,
)
_STATUS: Final = _c("status", "Trạng thái", "Status", categories=_STATUSES)


def _list_comparison(result: ListComparison, lang: Language) -> ResultTable:
    columns = (
        *(_PATH, _LABEL, _UNIT, _MEASURE, _STATED, _STATED_VALUE),
        _c("listed", "Danh sách có", "In the list", "count"),
        _c("missing", "Số hội thiếu số liệu", "Associations without the figure", "count"),
        _STATUS,
    )
    rows = tuple(
        (
            r.path,
            r.label if lang == "vi" else r.label_en,
            r.unit,
            r.measure,
            r.stated.written(lang),
            r.stated.value,
            r.listed,
            r.missing,
            r.status,
        )
        for r in result.rows
    )
    return ResultTable("Danh sách và báo cáo", "List and report", columns, rows)


def _findings(findings: Sequence[Finding], lang: Language) -> ResultTable:
    columns = (
        _c("severity", "Mức độ", "Severity", categories=("info", "warning", "error")),
        _c("code", "Mã", "Code"),
        _c("location", "Vị trí", "Location"),
        _c("message", "Nội dung", "Message"),
        _STATED,
        _c("computed", "Tính lại", "Computed"),
        _STATED_VALUE,
        _c("computed_value", "Giá trị tính lại", "Computed value", "decimal"),
    )
    rows = tuple(
        (
            f.severity.value,
            f.code,
            f.location() or None,
            f.message(lang),
            f.stated,
            f.computed,
            f.stated_value,
            f.computed_value,
        )
        for f in findings
    )
    return ResultTable("Phát hiện", "Findings", columns, rows)


def _report(report: Report, lang: Language) -> ResultTable:
    columns = (
        _c("table", "Bảng", "Table"),
        _PATH,
        _c("at", "Vị trí trong bảng", "Cell"),
        _MEASURE,
        _c("text", "Báo cáo ghi", "As written"),
        _c("value", "Giá trị", "Value", "decimal"),
        _c("bound", "Giới hạn", "Bound"),
    )
    rows = tuple(
        (
            table.name,
            figure.stated.path or table.path,
            "; ".join(f"{k} = {v}" for k, v in figure.at) or None,
            figure.measure,
            figure.stated.written(lang),
            figure.stated.value,
            figure.stated.bound.name.lower(),
        )
        for table in report.tables
        for figure in table.figures
    )
    return ResultTable("Số liệu báo cáo", "Stated figures", columns, rows)


def _era_mapping(result: EraMapping, lang: Language) -> ResultTable:
    kind: ColumnKind = "money" if isinstance(result.total, Decimal) else "count"
    placed = fragment("era-placed").text(lang)
    split = fragment("era-not-placed").text(lang)
    weighted = fragment("era-divided-by-weights").text(lang)
    columns = (
        _c("status", "Trạng thái", "Status", categories=(placed, split)),
        _c("code", "Mã đơn vị", "Unit code"),
        _UNIT,
        _c("value", "Giá trị", "Value", kind),
        _c("note", "Ghi chú", "Note"),
    )
    rows: list[tuple[Any, ...]] = [
        (placed, unit.code, unit.full_name, value, None) for unit, value in result.placed
    ]
    for u in result.unplaced:
        note = (
            (u.reason_vi if lang == "vi" else u.reason_en)
            + ": "
            + ", ".join(s.code for s in u.successors)
        )
        rows.append((split, u.unit.code, u.unit.full_name, u.value, note))
    if result.weighted:
        codes = ", ".join(u.code for u in result.weighted)
        rows.append((placed, None, None, None, f"{weighted}: {codes}"))
    return ResultTable("Sau sắp xếp 2025", "After the 2025 reform", columns, tuple(rows))


def _associations(items: Sequence[Association], lang: Language) -> ResultTable:
    del lang  # the list is written with the headers the reader knows; values as typed
    columns = (
        _c("name", "Tên hội", "Name"),
        _c("scope", "Phạm vi hoạt động", "Scope of activity", categories=_SCOPES),
        _c("category", "Loại hội", "Category", categories=tuple(_CATEGORY_VI.values())),
        _MEMBERS,
        _STAFF_ASSIGNED,
        _STAFF_WORKING,
        _c("founded_on", "Ngày thành lập", "Founded on", "date"),
        _UNIT_CODE,
    )
    rows = tuple(
        (
            a.name,
            a.scope.value,
            _CATEGORY_VI[a.category],
            a.members,
            a.staff_assigned,
            a.staff_working,
            a.founded_on,
            None if a.unit is None else a.unit.code,
        )
        for a in items
    )
    return _without_empty(ResultTable("Danh sách hội", "Associations", columns, rows), 3)


def as_table(
    result: object,
    lang: Language = "vi",
    *,
    of: Literal["tallies", "associations", "findings"] | None = None,
) -> ResultTable:
    """*result* as a :class:`ResultTable`, with text values in *lang* where they have two.

    Accepted: a :class:`ResultTable` (returned as is), a list of
    :class:`~hoiquanchung.model.AssociationTally`, a list of
    :class:`~hoiquanchung.model.Association`, a list of :class:`~hoiquanchung.findings.Finding`,
    a :class:`~hoiquanchung.indicators.CrossTab`, a
    :class:`~hoiquanchung.indicators.Reconciliation`, a
    :class:`~hoiquanchung.indicators.ListComparison`, a :class:`~hoiquanchung.indicators.Report`
    (its stated figures) and a :class:`~hoiquanchung.model.EraMapping`.  A list is recognised
    by its items; *of* says what an empty list is a list of.
    """
    lang = _check_lang(lang)
    if isinstance(result, ResultTable):
        return result
    if isinstance(result, CrossTab):
        return _crosstab(result, lang)
    if isinstance(result, Reconciliation):
        return _reconciliation(result, lang)
    if isinstance(result, ListComparison):
        return _list_comparison(result, lang)
    if isinstance(result, Report):
        return _report(result, lang)
    if isinstance(result, EraMapping):
        return _era_mapping(result, lang)
    if isinstance(result, Iterable) and not isinstance(result, str | bytes | Mapping):
        items = list(result)
        for name, kind, build in _LISTS:
            if (items and all(isinstance(x, kind) for x in items)) or (not items and of == name):
                return build(items, lang)
        if not items:
            raise ValidationError(error_text("result-empty-list"), field="result")
    raise ValidationError(
        error_text("result-not-a-table", type=type(result).__name__), field="result"
    )


_LISTS: Final[tuple[tuple[str, type, Callable[[Any, Language], ResultTable]], ...]] = (
    ("tallies", AssociationTally, _tallies),
    ("associations", Association, _associations),
    ("findings", Finding, _findings),
)
