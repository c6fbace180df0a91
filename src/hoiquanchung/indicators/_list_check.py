"""Danh sách đối chiếu báo cáo: a report's stated totals against the tally of an association list.

A province states in its report how many associations it has by level and category (and their
members and staff); its own list of associations says how many there are.
:func:`compare_with_list` puts each stated figure beside the same figure counted from the list
and gives a finding, in Vietnamese and English, where they disagree.  The stated side is a
:class:`~hoiquanchung.indicators.Report` (a dataset such as ``datasets.load("hau-giang-2024")``:
its tables whose dimensions are ``level``, ``category`` and ``scope``) or a list of
:class:`~hoiquanchung.model.AssociationTally` (rows about units as well: a district's stated
total against the associations of that district and its communes).

>>> from hoiquanchung.model import (ActivityScope as S, AdminLevel as L, Association,
...                                 AssociationCategory as C, AssociationTally)
>>> hoi = [Association(name=f"Hội {i}", scope=S.DISTRICT, category=C.ASSIGNED) for i in range(13)]
>>> stated = [AssociationTally(levels=(L.DISTRICT,), count=16, source="II.1.1")]
>>> result = compare_with_list(stated, hoi)
>>> print(result.findings[0].message_vi)
báo cáo ghi 16 hội cấp huyện, danh sách có 13
>>> print(result.findings[0].message_en)
the report states 16 associations at district level, the list has 13
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final

import attrs

from hoiquanchung._catalogue import Localized, error_text, fragment, wrong_type
from hoiquanchung._checks import tuple_of
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators._reconcile import Report, Status
from hoiquanchung.indicators._stated import StatedFigure, Verdict, compare
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    Association,
    AssociationCategory,
    AssociationTally,
    UnitRegistry,
)
from hoiquanchung.model._aggregates import _covers, _unit_key, _UnitResolver
from hoiquanchung.numbers import format_figure

__all__ = ["ListCheckRow", "ListComparison", "compare_with_list"]

#: The measures a list can be counted by: report measure → (attribute, English word).
LIST_MEASURES: Final = {
    "hội": ("count", "associations"),
    "hội viên": ("members", "members"),
    "biên chế giao": ("staff_assigned", "assigned staff positions"),
    "người làm việc": ("staff_working", "people working"),
}
_DIMENSIONS: Final = frozenset({"level", "category", "scope"})


@attrs.frozen(kw_only=True)
class ListCheckRow:
    """One stated figure beside the list's count of the same thing.

    ``label`` names what is counted (``'cấp huyện, xã, giao nhiệm vụ'``); ``unit`` the unit the
    figure is about (``None`` for the whole list); ``listed`` the count or sum from the list,
    ``None`` when some association counted does not know the measure (``missing`` of them); the
    ``status`` is a :class:`~hoiquanchung.indicators.Status` text.
    """

    path: str
    label: str
    label_en: str
    unit: str | None
    measure: str
    stated: StatedFigure
    listed: int | None
    missing: int
    status: str


@attrs.frozen(kw_only=True)
class ListComparison:
    """The result of :func:`compare_with_list`: every row and every finding."""

    rows: tuple[ListCheckRow, ...]
    findings: tuple[Finding, ...]


@attrs.frozen
class _Criterion:
    path: str
    tally: AssociationTally
    measure: str
    stated: StatedFigure


def _levels_of(text: str, path: str) -> tuple[AdminLevel, ...]:
    """``'cấp huyện, xã'`` → (DISTRICT, COMMUNE)."""
    words = text.strip()
    if words.casefold().startswith("cấp "):
        words = words[4:]
    try:
        return tuple(AdminLevel.parse(w.strip()) for w in words.split(",") if w.strip())
    except ValidationError as exc:
        detail = Localized(exc.render("vi"), exc.render("en"))
        raise ValidationError(
            error_text("within-place", place=path, detail=detail), field="level"
        ) from exc


def _from_report(report: Report) -> list[_Criterion]:
    out: list[_Criterion] = []
    for table in report.tables:
        names = {d.name for d in table.dimensions}
        if not names or not names <= _DIMENSIONS:
            continue
        for figure in table.figures:
            if figure.measure not in LIST_MEASURES or figure.stated.is_percent:
                continue
            at = dict(figure.at)
            placed = [at[d.name] for d in table.dimensions if d.name in at]
            path = " > ".join([figure.stated.path or table.path, *placed])
            levels = _levels_of(at["level"], path) if "level" in at else ()
            category = AssociationCategory.parse(at["category"]) if "category" in at else None
            scopes = (ActivityScope.parse(at["scope"]),) if "scope" in at else ()
            tally = AssociationTally(levels=levels, scopes=scopes, category=category, count=0)
            out.append(_Criterion(path, tally, figure.measure, figure.stated))
    return out


def _from_tallies(tallies: list[AssociationTally]) -> list[_Criterion]:
    out: list[_Criterion] = []
    for t in tallies:
        for measure, (attribute, _) in LIST_MEASURES.items():
            value = getattr(t, attribute)
            if value is not None:
                stated = StatedFigure(value, path=t.source)
                out.append(_Criterion(t.source or _label(t)[0], t, measure, stated))
    return out


def _label(tally: AssociationTally) -> tuple[str, str]:
    vi: list[str] = []
    en: list[str] = []
    if tally.levels:
        vi.append("cấp " + ", ".join(level.value for level in tally.levels))
        en.append("at " + " and ".join(level.label_en for level in tally.levels))
    if tally.scopes:
        vi.append("phạm vi " + ", ".join(scope.value for scope in tally.scopes))
        en.append("of scope " + ", ".join(scope.value for scope in tally.scopes))
    if tally.category is not None:
        vi.append("giao nhiệm vụ" if tally.category is AssociationCategory.ASSIGNED else "khác")
        en.append(
            "(category: assigned tasks)"
            if tally.category is AssociationCategory.ASSIGNED
            else "(category: other)"
        )
    if tally.unit is not None:
        vi.append(tally.unit_label)
        en.append("in " + tally.unit_label)
    return ", ".join(vi), " ".join(en)


def _count(
    criterion: _Criterion,
    items: list[Association],
    own_keys: list[Any],
    resolver: _UnitResolver,
) -> tuple[int | None, int]:
    """The list's value for *criterion* and how many counted associations lack the measure.

    *own_keys* are the items' unit keys; whether a unit lies under the criterion's unit is
    decided once per unit, not once per association.
    """
    tally = criterion.tally
    attribute = LIST_MEASURES[criterion.measure][0]
    levels, scopes, category = tally.levels, tally.scopes, tally.category
    under: dict[Any, bool] = {}
    total = 0
    missing = 0
    for a, key in zip(items, own_keys, strict=True):
        if (
            (levels and a.level not in levels)
            or (scopes and a.scope not in scopes)
            or (category is not None and a.category is not category)
        ):
            continue
        if tally.unit is not None:
            if key is None:
                continue
            hit = under.get(key)
            if hit is None:
                hit = under[key] = _covers(tally, a, resolver)
            if not hit:
                continue
        value: Any = 1 if attribute == "count" else getattr(a, attribute)
        if value is None:
            missing += 1
        else:
            total += value
    return (None if missing else total), missing


def _written(stated: StatedFigure, measure: str, lang: str) -> str:
    words = attrs.evolve(stated, unit=None, text=None).written(lang)
    return f"{words} {measure if lang == 'vi' else LIST_MEASURES[measure][1]}"


def _finding(row: ListCheckRow) -> Finding:
    stated = Localized(
        _written(row.stated, row.measure, "vi"), _written(row.stated, row.measure, "en")
    )
    label = Localized(
        f" {row.label}" if row.label else "", f" {row.label_en}" if row.label_en else ""
    )
    if row.listed is None:
        return Finding.create(
            "list-measure-unknown",
            {
                "stated": stated,
                "label": label,
                "measure": Localized(row.measure, LIST_MEASURES[row.measure][1]),
                "missing": row.missing,
            },
            path=row.path,
            stated=row.stated.written("vi"),
            stated_value=row.stated.value,
        )
    return Finding.create(
        "list-differs",
        {
            "stated": stated,
            "label": label,
            "listed": Localized(format_figure(row.listed), format_figure(row.listed, lang="en")),
        },
        path=row.path,
        stated=row.stated.written("vi"),
        computed=format_figure(row.listed),
        stated_value=row.stated.value,
        computed_value=Decimal(row.listed),
    )


def compare_with_list(
    stated: Report | Iterable[AssociationTally],
    associations: Iterable[Association],
    *,
    registry: UnitRegistry | None = None,
    on: _dt.date | None = None,
) -> ListComparison:
    """Each stated figure of *stated* beside the same figure counted from *associations*.

    *stated* is a :class:`~hoiquanchung.indicators.Report` (its tables whose dimensions are
    among ``level``, ``category``, ``scope``; their figures of the measures ``hội``, ``hội
    viên``, ``biên chế giao``, ``người làm việc``; others are not about a list and are left out)
    or :class:`~hoiquanchung.model.AssociationTally` rows (their count, members and staff).
    Both sides must be of the same province and date: the caller chooses the list.  Rows about
    a unit count the associations of the units under it, looked up in *registry* on *on* (see
    :meth:`~hoiquanchung.model.AssociationTally.covers`).

    A stated figure that the list's value does not satisfy (exactly, or within the bound the
    report wrote: *hơn*, *gần* ...) gives a warning ``list-differs`` (the report or the list may
    be the one that is wrong); a figure the list cannot give because some association counted
    does not know the measure gives an info ``list-measure-unknown``.
    """
    given_stated: object = stated
    if isinstance(stated, Report):
        criteria = _from_report(stated)
    elif isinstance(given_stated, str | bytes) or not isinstance(given_stated, Iterable):
        raise ValidationError(
            wrong_type("stated", fragment("report-or-tallies"), given_stated),
            field="stated",
        )
    else:
        criteria = _from_tallies(list(tuple_of(AssociationTally, "stated")(stated)))
    items = list(tuple_of(Association, "associations")(associations))
    if on is not None:
        criteria = [
            attrs.evolve(c, tally=attrs.evolve(c.tally, unit=attrs.evolve(c.tally.unit, on=on)))
            if c.tally.unit is not None and c.tally.unit.on is None
            else c
            for c in criteria
        ]
    rows: list[ListCheckRow] = []
    findings: list[Finding] = []
    resolver = _UnitResolver(registry, on)  # one cache of unit lookups for every figure
    own_keys = [None if a.unit is None else _unit_key(a.unit) for a in items]
    for criterion in criteria:
        listed, missing = _count(criterion, items, own_keys, resolver)
        if listed is None:
            status = Status.UNCHECKED
        else:
            verdict = compare(criterion.stated, listed).verdict
            status = Status.CONSISTENT if verdict is Verdict.CONSISTENT else Status.INCONSISTENT
        label, label_en = _label(criterion.tally)
        row = ListCheckRow(
            path=criterion.path,
            label=label,
            label_en=label_en,
            unit=criterion.tally.unit_label or None,
            measure=criterion.measure,
            stated=criterion.stated,
            listed=listed,
            missing=missing,
            status=status,
        )
        rows.append(row)
        if status != Status.CONSISTENT:
            findings.append(_finding(row))
    return ListComparison(rows=tuple(rows), findings=tuple(findings))
