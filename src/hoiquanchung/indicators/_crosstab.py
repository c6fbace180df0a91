"""Bảng chéo (cross-tabulations) of associations by level × category × scope.

Two paths meet here.  From records: :func:`crosstab` counts a list of
:class:`~hoiquanchung.model.Association` (or sums their members or staff) by any two of
``level``, ``category`` and ``scope``, with exact margins.  From a report's totals:
:func:`tally_table` turns :class:`~hoiquanchung.model.AssociationTally` rows (stated or
computed) into a reconciliation :class:`Table`, so the general rules check them.

>>> from hoiquanchung.model import ActivityScope, Association, AssociationCategory as C
>>> records = [
...     Association(name="Hội Khuyến học", scope=ActivityScope.PROVINCE, category=C.ASSIGNED,
...                 members=1200),
...     Association(name="Hội Cựu giáo chức", scope=ActivityScope.PROVINCE, category=C.OTHER,
...                 members=300),
...     Association(name="Hội Chữ thập đỏ", scope=ActivityScope.DISTRICT, category=C.ASSIGNED,
...                 members=800),
... ]
>>> table = crosstab(records)
>>> table.cell("cấp tỉnh", "giao nhiệm vụ"), table.row_total("cấp tỉnh"), table.total
(1, 2, 3)
>>> print(table.render())
cấp       | giao nhiệm vụ | khác | tổng số
----------+---------------+------+--------
cấp tỉnh  | 1             | 1    | 2
cấp huyện | 1             | 0    | 1
tổng số   | 2             | 1    | 3
>>> crosstab(records, measure="members").total
2300
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal

import attrs

from hoiquanchung._catalogue import either, error_text
from hoiquanchung._checks import tuple_of
from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators._reconcile import Dimension, Figure, Table
from hoiquanchung.indicators._stated import StatedFigure
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    Association,
    AssociationCategory,
    AssociationTally,
    UnitRegistry,
)
from hoiquanchung.model._aggregates import _UnitResolver

__all__ = ["CrossTab", "NO_UNIT", "crosstab", "tally_table"]

Axis = Literal["level", "category", "scope", "unit", "district", "province"]
Measure = Literal["count", "members", "staff_assigned", "staff_working"]

#: Short Vietnamese labels of the categories, as reports write them.
CATEGORY_LABELS: Final = {
    AssociationCategory.ASSIGNED: "giao nhiệm vụ",
    AssociationCategory.OTHER: "khác",
}
#: The measure each count of a tally is reconciled as.
MEASURES: Final = {
    "count": "hội",
    "members": "hội viên",
    "staff_assigned": "biên chế giao",
    "staff_working": "người làm việc",
}
_AXIS_LABEL: Final = {
    "level": "cấp",
    "category": "loại hội",
    "scope": "phạm vi",
    "unit": "đơn vị",
    "district": "huyện",
    "province": "tỉnh",
}
_UNIT_AXES: Final = ("unit", "district", "province")
#: The label of the associations with no unit, on a unit axis.
NO_UNIT: Final = "(không rõ đơn vị)"
_TOTAL: Final = "tổng số"


def _axis_values(axis: Literal["level", "category", "scope"]) -> list[str]:
    if axis == "level":
        return [level.label_vi for level in AdminLevel if level is not AdminLevel.CENTRAL] + [
            AdminLevel.CENTRAL.label_vi
        ]
    if axis == "category":
        return [CATEGORY_LABELS[c] for c in AssociationCategory]
    return [scope.value for scope in ActivityScope]


def _key(association: Association, axis: Literal["level", "category", "scope"]) -> str:
    """The label of *association* on a level, category or scope axis."""
    if axis == "level":
        return association.scope.level.label_vi
    if axis == "category":
        return CATEGORY_LABELS[association.category]
    return association.scope.value


@attrs.frozen
class CrossTab:
    """A two-way table with exact margins; ``None`` marks a sum with an unknown term."""

    row_axis: str
    column_axis: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: Mapping[tuple[str, str], int | None]

    def cell(self, row: str, column: str) -> int | None:
        """The value at *row*, *column* (0 when no association falls there)."""
        if row not in self.rows or column not in self.columns:
            raise ValidationError(
                error_text("crosstab-no-cell", row=row, column=column), field="cell"
            )
        return self.cells.get((row, column), 0)

    def row_total(self, row: str) -> int | None:
        """Sum of a row (``None`` when a term is unknown)."""
        return _sum(self.cell(row, c) for c in self.columns)

    def column_total(self, column: str) -> int | None:
        """Sum of a column (``None`` when a term is unknown)."""
        return _sum(self.cell(r, column) for r in self.rows)

    @property
    def total(self) -> int | None:
        """The grand total."""
        return _sum(self.row_total(r) for r in self.rows)

    def render(self) -> str:
        """The table as aligned text with Vietnamese labels and margins."""

        def text(v: int | None) -> str:
            return "?" if v is None else f"{v:,}".replace(",", ".")

        head = [_AXIS_LABEL.get(self.row_axis, self.row_axis), *self.columns, _TOTAL]
        body = [
            [r, *(text(self.cell(r, c)) for c in self.columns), text(self.row_total(r))]
            for r in self.rows
        ]
        foot = [_TOTAL, *(text(self.column_total(c)) for c in self.columns), text(self.total)]
        widths = [max(len(line[i]) for line in [head, *body, foot]) for i in range(len(head))]
        lines = [" | ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)).rstrip()]
        lines.append("-+-".join("-" * w for w in widths))
        for line in [*body, foot]:
            lines.append(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        return "\n".join(lines)


def _sum(values: Iterable[int | None]) -> int | None:
    total = 0
    for v in values:
        if v is None:
            return None
        total += v
    return total


def crosstab(
    associations: Iterable[Association],
    *,
    rows: Axis = "level",
    columns: Axis = "category",
    measure: Measure = "count",
    registry: UnitRegistry | None = None,
    on: _dt.date | None = None,
) -> CrossTab:
    """Count (or sum a measure of) *associations* by *rows* × *columns*.

    Only rows that occur are kept; columns are all values of the axis (of a unit axis, the
    units that occur).  A ``members`` or staff sum is ``None`` in a cell where any association
    does not know it.  The unit axes ``unit``, ``district`` and ``province`` are those of
    :func:`~hoiquanchung.model.tally_associations` (looked up in *registry* on *on*), labelled
    with the units' full names (the code added when two units share a name), ordered by level
    and code; associations with no unit fall under :data:`NO_UNIT`.

    >>> from datetime import date
    >>> from hoiquanchung.model import UnitRef
    >>> on = date(2024, 6, 30)
    >>> vi_thanh = UnitRef(code="930", level=AdminLevel.DISTRICT, on=on)
    >>> ward = UnitRef(code="31321", level=AdminLevel.COMMUNE, on=on)
    >>> rows = [Association(name="Hội Khuyến học", scope=ActivityScope.DISTRICT,
    ...                     category=AssociationCategory.ASSIGNED, unit=vi_thanh),
    ...         Association(name="Hội Người cao tuổi", scope=ActivityScope.COMMUNE,
    ...                     category=AssociationCategory.OTHER, unit=ward)]
    >>> print(crosstab(rows, rows="district", columns="level").render())
    huyện              | cấp tỉnh | cấp huyện | cấp xã | cấp trung ương | tổng số
    -------------------+----------+-----------+--------+----------------+--------
    Thành phố Vị Thanh | 0        | 1         | 1      | 0              | 2
    tổng số            | 0        | 1         | 1      | 0              | 2
    """
    for name, axis in (("rows", rows), ("columns", columns)):
        if axis not in _AXIS_LABEL:
            raise ValidationError(
                error_text("must-be", name=name, expected=either("level", "category", "scope")),
                field=name,
            )
    if rows == columns:
        raise ValidationError(error_text("crosstab-same-axes"), field="columns")
    if measure not in MEASURES:
        raise ValidationError(
            error_text("crosstab-unknown-measure", measure=measure), field="measure"
        )
    items = list(tuple_of(Association, "associations")(associations))
    labels, orders = _labels(items, (rows, columns), registry, on)
    cells: dict[tuple[str, str], int | None] = {}
    seen: set[str] = set()
    for row_label, column_label, a in zip(labels[0], labels[1], items, strict=True):
        key = (row_label, column_label)
        seen.add(row_label)
        value: Any = 1 if measure == "count" else getattr(a, measure)
        old = cells.get(key, 0)
        cells[key] = None if old is None or value is None else old + value
    row_values = tuple(v for v in orders[0] if v in seen)
    return CrossTab(rows, columns, row_values, orders[1], cells)


def _labels(
    items: list[Association],
    axes: tuple[Axis, Axis],
    registry: UnitRegistry | None,
    on: _dt.date | None,
) -> tuple[list[list[str]], list[tuple[str, ...]]]:
    """Per axis, the label of every association and the order of the labels.

    On a unit axis the labels are the units' names (with the code when two units share one),
    ordered by level and code, :data:`NO_UNIT` last when some association has no unit.
    """
    labels: list[list[str]] = []
    orders: list[tuple[str, ...]] = []
    for axis in axes:
        if axis == "unit" or axis == "district" or axis == "province":
            resolver = _UnitResolver(registry, on)
            found = [resolver.key(a.unit, axis) for a in items]
            names: dict[Any, str] = {}
            for hit in found:
                if hit is not None and hit[0] not in names:
                    names[hit[0]] = hit[1].name or hit[1].code
            counts = Counter(names.values())
            text = {k: f"{n} ({k[0]})" if counts[n] > 1 else n for k, n in names.items()}
            ordered = sorted(names, key=lambda k: (k[1].depth, k[0]))
            labels.append([NO_UNIT if hit is None else text[hit[0]] for hit in found])
            tail = (NO_UNIT,) if None in found else ()
            orders.append((*(text[k] for k in ordered), *tail))
        else:
            labels.append([_key(a, axis) for a in items])
            orders.append(tuple(_axis_values(axis)))
    return labels, orders


def _level_label(levels: tuple[AdminLevel, ...]) -> str | None:
    return None if not levels else "cấp " + ", ".join(level.value for level in levels)


def tally_table(tallies: Iterable[AssociationTally], *, name: str = "Hội", path: str = "") -> Table:
    """A reconciliation :class:`Table` of stated or computed tallies (level × category × scope).

    Each tally gives a figure per known measure (hội, hội viên, người làm việc, biên chế giao)
    at its coordinates: level (as the tally writes it, ``"cấp huyện, xã"``), category, scope.
    The level and scope values found among the tallies are taken as the complete breakdown.

    >>> from hoiquanchung.model import AdminLevel as L, AssociationCategory as C
    >>> from hoiquanchung.indicators import reconcile
    >>> rows = [AssociationTally(count=99), AssociationTally(levels=(L.PROVINCE,), count=40),
    ...         AssociationTally(levels=(L.DISTRICT, L.COMMUNE), count=59),
    ...         AssociationTally(levels=(L.PROVINCE,), category=C.ASSIGNED, count=13),
    ...         AssociationTally(levels=(L.PROVINCE,), category=C.OTHER, count=26)]
    >>> [(f.path, f.computed) for f in reconcile(tally_table(rows, path="II.1.1"))]
    [('II.1.1 > cấp tỉnh', '39 hội')]
    """
    items = list(tuple_of(AssociationTally, "tallies")(tallies))
    levels: list[str] = []
    scopes: list[str] = []
    for t in items:
        label = _level_label(t.levels)
        if label is not None and label not in levels:
            levels.append(label)
        for s in t.scopes:
            if s.value not in scopes:
                scopes.append(s.value)
    if any(len(t.scopes) > 1 for t in items):
        raise ValidationError(error_text("crosstab-several-scopes"), field="scopes")
    dims = [
        Dimension("level", tuple(levels), label="cấp", label_en="level"),
        Dimension(
            "category",
            tuple(CATEGORY_LABELS[c] for c in AssociationCategory),
            label="loại hội",
            label_en="category",
        ),
        Dimension("scope", tuple(scopes), label="phạm vi", label_en="scope"),
    ]
    figures = []
    for t in items:
        at: dict[str, str] = {}
        label = _level_label(t.levels)
        if label is not None:
            at["level"] = label
        if t.category is not None:
            at["category"] = CATEGORY_LABELS[t.category]
        if t.scopes:
            at["scope"] = t.scopes[0].value
        for attr, measure in MEASURES.items():
            value = getattr(t, attr)
            if value is not None:
                stated = StatedFigure(value, path=t.source or path or None)
                figures.append(Figure(stated, measure=measure, at=at))
    return Table(name=name, path=path or name, dimensions=dims, figures=figures)
