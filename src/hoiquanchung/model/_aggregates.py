"""Số liệu tổng hợp (aggregate records) for reports that give only totals.

The reference report gives no list of its 99 associations, only totals: "cấp tỉnh: 40 hội (có 13
tổ chức hội theo Quyết định số 118-QĐ/TW ...)", "Cấp huyện, xã: 59 hội".  An
:class:`AssociationTally` records one such total: which levels, scopes and category it covers
(empty means *all*; ``None`` category means *both*), the count, and members and staff where
stated.  :func:`tally_associations` computes tallies from a list of
:class:`~hoiquanchung.model.Association`, so stated totals and computed totals meet in one type.

>>> from hoiquanchung.model import ActivityScope, AdminLevel, Association, AssociationCategory
>>> stated = AssociationTally(levels=(AdminLevel.DISTRICT, AdminLevel.COMMUNE), count=59,
...                           staff_working=73, source="Hậu Giang 2024, II.1.1")
>>> stated.label_vi
'cấp huyện, xã'
>>> records = [
...     Association(name="Hội Khuyến học", scope=ActivityScope.DISTRICT,
...                 category=AssociationCategory.ASSIGNED, members=1200),
...     Association(name="Hội Chữ thập đỏ", scope=ActivityScope.DISTRICT,
...                 category=AssociationCategory.ASSIGNED, members=800),
...     Association(name="Hội Cựu giáo chức", scope=ActivityScope.PROVINCE,
...                 category=AssociationCategory.OTHER),
... ]
>>> [(t.label_vi, t.category.value, t.count, t.members)
...  for t in tally_associations(records, by=("level", "category"))]
[('cấp tỉnh', 'hội quần chúng khác', 1, None),
 ('cấp huyện', 'hội quần chúng do Đảng, Nhà nước giao nhiệm vụ', 2, 2000)]
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, get_args

import attrs

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._nfc import nfc_if_text
from hoiquanchung.errors import (
    AmbiguousLookupError,
    ModelValidationError,
    NotFoundError,
    ValidationError,
)
from hoiquanchung.model._associations import Association, UnitRef
from hoiquanchung.model._categories import ActivityScope, AssociationCategory
from hoiquanchung.model._checks import (
    check_count,
    expected_type,
    instance_of,
    must_be,
    wrong_level,
)
from hoiquanchung.model._levels import AdminLevel, Era
from hoiquanchung.model._units import AdminUnit

if TYPE_CHECKING:
    from hoiquanchung.model._registry import UnitRegistry

__all__ = ["AssociationTally", "GroupBy", "UnitGrouping", "tally_associations"]

GroupBy = Literal["level", "scope", "category", "unit", "district", "province"]
#: The unit keys: the association's own unit, its district, its province.
UnitGrouping = Literal["unit", "district", "province"]
_GROUP_KEYS: Final[tuple[str, ...]] = get_args(GroupBy)
_UNIT_KEYS: Final[tuple[str, ...]] = get_args(UnitGrouping)


def _sorted_levels(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        if all(isinstance(v, AdminLevel) for v in value):
            return tuple(sorted(set(value), key=lambda level: level.depth))
        return tuple(value)
    return value


def _sorted_scopes(value: object) -> object:
    if isinstance(value, list | tuple | set | frozenset):
        if all(isinstance(v, ActivityScope) for v in value):
            return tuple(sorted(set(value), key=lambda scope: scope.level.depth))
        return tuple(value)
    return value


@attrs.frozen(kw_only=True)
class AssociationTally:
    """Một dòng số liệu tổng hợp: a count of associations with their members and staff.

    ``levels`` and ``scopes`` list what the row covers (sorted, without repeats; empty: all);
    ``category`` is ``None`` when the row covers both categories.  ``members``,
    ``staff_assigned`` (biên chế giao) and ``staff_working`` (người làm việc) are ``None`` when
    not stated or not known for every association counted.  ``source`` says where the figure
    comes from (a report and its section, or ``"computed"``).  ``unit`` is the administrative
    unit the row is about (a breakdown by unit, district or province), ``None`` for a row about
    no one unit.
    """

    levels: tuple[AdminLevel, ...] = attrs.field(default=(), converter=_sorted_levels)
    scopes: tuple[ActivityScope, ...] = attrs.field(default=(), converter=_sorted_scopes)
    category: AssociationCategory | None = None
    count: int
    members: int | None = None
    staff_assigned: int | None = None
    staff_working: int | None = None
    source: str | None = attrs.field(default=None, converter=nfc_if_text)
    unit: UnitRef | None = None

    def __attrs_post_init__(self) -> None:
        if self.unit is not None and not isinstance(self.unit, UnitRef):
            raise must_be(instance_of("UnitRef", or_none=True), self.unit, field="unit")
        levels: Any = self.levels
        if not isinstance(levels, tuple) or not all(isinstance(v, AdminLevel) for v in levels):
            raise must_be(fragment("sequence-of", cls="AdminLevel"), levels, field="levels")
        scopes: Any = self.scopes
        if not isinstance(scopes, tuple) or not all(isinstance(v, ActivityScope) for v in scopes):
            raise must_be(fragment("sequence-of", cls="ActivityScope"), scopes, field="scopes")
        if self.category is not None and not isinstance(self.category, AssociationCategory):
            raise must_be(
                instance_of("AssociationCategory", or_none=True), self.category, field="category"
            )
        check_count("count", self.count, optional=False)
        check_count("members", self.members)
        check_count("staff_assigned", self.staff_assigned)
        check_count("staff_working", self.staff_working)
        if self.source is not None and not isinstance(self.source, str):
            raise must_be(instance_of("str", or_none=True), self.source, field="source")
        if levels and scopes:
            outside = [s for s in scopes if s.level not in levels]
            if outside:
                raise ModelValidationError(
                    error_text("scope-outside-levels", scope=outside[0].value), field="scopes"
                )

    @property
    def key(self) -> tuple[tuple[AdminLevel, ...], tuple[ActivityScope, ...], Any]:
        """``(levels, scopes, category)``: what the row covers, for cross-tabulations."""
        return (self.levels, self.scopes, self.category)

    @property
    def label_vi(self) -> str:
        """The levels as reports write them: ``'cấp tỉnh'``, ``'cấp huyện, xã'``, ``'tổng số'``."""
        if self.levels:
            return "cấp " + ", ".join(level.value for level in self.levels)
        if self.scopes:
            return "phạm vi " + ", ".join(scope.value for scope in self.scopes)
        return "tổng số"

    @property
    def unit_label(self) -> str:
        """The row's unit as reports write it (``'Thành phố Vị Thanh'``), or ``''``."""
        return "" if self.unit is None else _unit_text(self.unit)

    def covers(self, association: Association, registry: UnitRegistry | None = None) -> bool:
        """Whether *association* falls in this row.

        A row about a unit covers the associations of that unit and, when the row's unit is above
        the association's (a district and its communes), of the units under it: that needs
        *registry* (the national one when ``None``).
        """
        on = None if self.unit is None else self.unit.on
        return _covers(self, association, _UnitResolver(registry, on))


def _covers(tally: AssociationTally, association: Association, resolver: _UnitResolver) -> bool:
    """:meth:`AssociationTally.covers` with a resolver shared over many calls (its cache)."""
    if not (
        (not tally.levels or association.level in tally.levels)
        and (not tally.scopes or association.scope in tally.scopes)
        and (tally.category is None or association.category is tally.category)
    ):
        return False
    if tally.unit is None:
        return True
    own = association.unit
    if own is None:
        return False
    mine = _ref_key(tally.unit)
    if _unit_key(own) == mine:
        return True
    if own.level.depth <= tally.unit.level.depth:
        return False
    grouping: UnitGrouping = "district" if tally.unit.level is AdminLevel.DISTRICT else "province"
    found = resolver.key(own, grouping)
    return found is not None and found[0] == mine


def _unit_text(unit: UnitRef) -> str:
    return unit.name or unit.code


def _era_of(on: _dt.date | None) -> Era | None:
    return None if on is None else Era.on(on)


_UnitKey = tuple[str, AdminLevel, Era | None]


def _ref_key(ref: UnitRef) -> _UnitKey:
    return (ref.code, ref.level, _era_of(ref.on))


def _unit_key(unit: AdminUnit | UnitRef) -> _UnitKey:
    if isinstance(unit, AdminUnit):
        return (unit.code, unit.level, unit.era)
    return _ref_key(unit)


def _as_ref(unit: AdminUnit | UnitRef, on: _dt.date | None) -> UnitRef:
    if isinstance(unit, UnitRef):
        return unit
    return UnitRef(code=unit.code, level=unit.level, on=on, name=unit.full_name)


class _UnitResolver:
    """An association's unit, district or province, looked up once per unit (cached)."""

    def __init__(self, registry: UnitRegistry | None, on: _dt.date | None) -> None:
        self._registry = registry
        self._on = on
        self._cache: dict[tuple[_UnitKey, str], tuple[_UnitKey, UnitRef] | None] = {}

    def _get_registry(self) -> UnitRegistry:
        if self._registry is None:
            from hoiquanchung.model._registry import default_registry

            self._registry = default_registry()
        return self._registry

    def _admin(self, unit: AdminUnit | UnitRef) -> AdminUnit:
        if isinstance(unit, AdminUnit):
            return unit
        on = unit.on or self._on
        try:
            found = self._get_registry().get(unit.code, on=on)
        except AmbiguousLookupError as exc:
            raise ValidationError(
                error_text("unit-code-without-date", unit_code=unit.code), field="on"
            ) from exc
        except NotFoundError as exc:
            raise ValidationError(
                error_text(
                    "unit-not-registered",
                    unit_code=unit.code,
                    level=unit.level.value,
                    when="" if on is None else fragment("on-day", on=on),
                    detail=Localized(exc.render("vi"), exc.render("en")),
                ),
                field="unit",
            ) from exc
        if found.level is not unit.level:
            raise wrong_level(unit.code, found.level.value, unit.level.value, "unit")
        return found

    def key(
        self, unit: AdminUnit | UnitRef | None, grouping: UnitGrouping
    ) -> tuple[_UnitKey, UnitRef] | None:
        """``(key, ref)`` of the unit *grouping* asks for, or ``None`` for no unit.

        ``"unit"``: the unit itself.  ``"district"``: the district of a commune; a district or a
        unit above the districts (the province, for its own associations) stands for itself.
        ``"province"``: the province-level unit.
        """
        if unit is None:
            return None
        own = _unit_key(unit)
        if grouping == "unit" or unit.level is AdminLevel.CENTRAL:
            return own, _as_ref(unit, self._on)
        memo = (own, grouping)
        if memo in self._cache:
            return self._cache[memo]
        registry = self._get_registry()
        admin = self._admin(unit)
        on = unit.on if isinstance(unit, UnitRef) and unit.on is not None else self._on
        if grouping == "district" and admin.level is not AdminLevel.COMMUNE:
            target = admin  # a district, or the province for its own associations
        elif grouping == "district":
            parent = registry.parent(admin)
            if parent is None or parent.level is not AdminLevel.DISTRICT:
                raise ValidationError(
                    error_text("no-district-in-two-tiers", unit=repr(admin)), field="by"
                )
            target = parent
        else:
            target = registry.province_of(admin)
        result = (_unit_key(target), _as_ref(target, on))
        self._cache[memo] = result
        return result


def _check_arguments(associations: object, by: object) -> tuple[str, ...]:
    """The group keys of *by*, after checking both arguments' types."""
    if isinstance(associations, (str, bytes)) or not isinstance(associations, Iterable):
        raise expected_type(fragment("associations-iterable"), associations, "associations")
    if isinstance(by, str) or not isinstance(by, Sequence):
        raise ValidationError(
            error_text("group-by-not-sequence", keys=", ".join(_GROUP_KEYS)), field="by"
        )
    keys = tuple(by)
    for k in keys:
        if k not in _GROUP_KEYS:
            raise ValidationError(
                error_text("group-by-unknown", key=k, keys=", ".join(_GROUP_KEYS)), field="by"
            )
    if len(set(keys)) != len(keys):
        raise ValidationError(error_text("group-by-repeated", keys=repr(keys)), field="by")
    if sum(k in _UNIT_KEYS for k in keys) > 1:
        raise ValidationError(error_text("group-by-two-units"), field="by")
    return keys


# A cell: [scope, category, unit ref or None, count, members, staff_assigned, staff_working].
_Cell = list[Any]


def _add(cell: _Cell, a: Association) -> None:
    """Count *a* into *cell*; a sum becomes ``None`` for good once one term is unknown."""
    cell[3] += 1
    if cell[4] is not None:
        m = a.members
        cell[4] = None if m is None else cell[4] + m
    if cell[5] is not None:
        m = a.staff_assigned
        cell[5] = None if m is None else cell[5] + m
    if cell[6] is not None:
        m = a.staff_working
        cell[6] = None if m is None else cell[6] + m


def _accumulate(
    associations: Iterable[Association], unit_of: _UnitResolver | None, grouping: UnitGrouping
) -> list[_Cell]:
    """One pass over the records into (scope, category, unit) cells.

    Cells are keyed by the members' identities (enum members are singletons; their hash is a
    Python-level function), and by the unit's key when a unit grouping is asked for.
    """
    cells: dict[tuple[int, int, Any], _Cell] = {}
    for i, a in enumerate(associations):
        if type(a) is not Association and not isinstance(a, Association):
            raise expected_type(fragment("an-association"), a, f"associations[{i}]")
        scope, cat = a.scope, a.category
        found = None if unit_of is None else unit_of.key(a.unit, grouping)
        key = (id(scope), id(cat), None if found is None else found[0])
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = [scope, cat, None if found is None else found[1], 0, 0, 0, 0]
        _add(cell, a)
    return list(cells.values())


def _merge(cells: list[_Cell], keys: tuple[str, ...]) -> dict[tuple[Any, ...], list[Any]]:
    """The cells merged into the requested groups: ``(level, scope, category, unit)`` → sums."""
    use_level, use_scope, use_cat = (k in keys for k in ("level", "scope", "category"))
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for scope, cat, unit, count, members, staff_assigned, staff_working in cells:
        key = (
            scope.level if use_level else None,
            scope if use_scope else None,
            cat if use_cat else None,
            None if unit is None else _ref_key(unit),
        )
        group = groups.get(key)
        if group is None:
            groups[key] = [unit, count, members, staff_assigned, staff_working]
        else:
            group[1] += count
            for j, value in enumerate((members, staff_assigned, staff_working), start=2):
                group[j] = None if group[j] is None or value is None else group[j] + value
    return groups


_ORDER_CAT: Final = {c: i for i, c in enumerate(AssociationCategory)}


def _order(key: tuple[Any, ...]) -> tuple[int, int, int, int, str, int]:
    """Level from the top, then the unit (by level and code, no unit last), scope, category."""
    level, scope, cat, unit = key
    return (
        -1 if level is None else level.depth,
        99 if unit is None else unit[1].depth,
        0 if unit is None else 1 if unit[2] is Era.THREE_TIERS else 2,
        -1 if scope is None else scope.level.depth,
        "\uffff" if unit is None else unit[0],
        -1 if cat is None else _ORDER_CAT[cat],
    )


def _unit_levels(unit: UnitRef, grouping: UnitGrouping) -> tuple[AdminLevel, ...]:
    """The levels a row about *unit* counts, so that :meth:`AssociationTally.covers` agrees.

    By ``unit``: the associations of the unit itself, all of its level.  By ``district``: a
    district counts its own and its communes' associations; the province, its own.  By
    ``province``: everything in the province.
    """
    if grouping == "province":
        return ()
    if grouping == "district" and unit.level is AdminLevel.DISTRICT:
        return (AdminLevel.DISTRICT, AdminLevel.COMMUNE)
    return (unit.level,)


def _rows(
    groups: dict[tuple[Any, ...], list[Any]], source: str, grouping: UnitGrouping | None
) -> list[AssociationTally]:
    rows = []
    for key in sorted(groups, key=_order):
        level, scope, cat, _ = key
        unit, count, members, staff_assigned, staff_working = groups[key]
        if level is not None:
            levels: tuple[AdminLevel, ...] = (level,)
        elif unit is not None and grouping is not None:
            levels = _unit_levels(unit, grouping)
        else:
            levels = ()
        rows.append(
            AssociationTally(
                levels=levels,
                scopes=() if scope is None else (scope,),
                category=cat,
                count=count,
                members=members,
                staff_assigned=staff_assigned,
                staff_working=staff_working,
                source=source,
                unit=unit,
            )
        )
    return rows


def tally_associations(
    associations: Iterable[Association],
    *,
    by: Sequence[GroupBy] = ("level", "category"),
    source: str = "computed",
    registry: UnitRegistry | None = None,
    on: _dt.date | None = None,
) -> list[AssociationTally]:
    """Group *associations* by ``level``, ``scope``, ``category`` and one unit key, and count them.

    The unit keys: ``unit`` (the association's own unit), ``district`` (a commune's district;
    an association of a district, or of the province itself, stands under its own unit) and
    ``province``.  ``district`` and ``province`` look the units up in *registry* (the national
    register when ``None``) on the date of each unit reference, or *on*.  Associations with no
    unit form rows whose ``unit`` is ``None``, so the rows always add up to the list.  Without
    ``level`` in *by*, a row about a unit states the levels it counts (by ``unit``: the unit's
    level; by ``district``: a district's ``cấp huyện, xã``, the province's ``cấp tỉnh``; by
    ``province``: all), so that :meth:`AssociationTally.covers` covers exactly what it counts.

    Rows come in a stable order (level from the top, then unit by level and code, scope,
    category as declared); only non-empty groups appear.  ``by=()`` gives one total row.
    Members and staff of a row are ``None`` when any association in it does not know them: a
    partial sum is never passed off as a total.

    >>> from datetime import date
    >>> from hoiquanchung.model import ActivityScope as S, AssociationCategory as C
    >>> on = date(2024, 6, 30)
    >>> def hoi(name, scope, code, level):
    ...     return Association(name=name, scope=scope, category=C.ASSIGNED,
    ...                        unit=UnitRef(code=code, level=level, on=on))
    >>> records = [hoi("Hội Khuyến học", S.DISTRICT, "930", AdminLevel.DISTRICT),
    ...            hoi("Hội Khuyến học", S.COMMUNE, "31321", AdminLevel.COMMUNE),
    ...            hoi("Hội Khuyến học", S.PROVINCE, "93", AdminLevel.PROVINCE)]
    >>> [(t.unit_label, t.count) for t in tally_associations(records, by=("district",))]
    [('Tỉnh Hậu Giang', 1), ('Thành phố Vị Thanh', 2)]
    """
    keys = _check_arguments(associations, by)
    if on is not None and (isinstance(on, _dt.datetime) or not isinstance(on, _dt.date)):
        raise expected_type(fragment("a-date"), on, "on")
    grouping: UnitGrouping = "unit"
    for k in by:
        if k == "unit" or k == "district" or k == "province":
            grouping = k
    resolver = _UnitResolver(registry, on) if set(keys) & set(_UNIT_KEYS) else None
    cells = _accumulate(associations, resolver, grouping)
    return _rows(_merge(cells, keys), source, grouping if resolver is not None else None)
