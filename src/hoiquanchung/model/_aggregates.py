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

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal

import attrs

from hoiquanchung.errors import ModelValidationError, ValidationError
from hoiquanchung.model._associations import Association
from hoiquanchung.model._categories import ActivityScope, AssociationCategory
from hoiquanchung.model._levels import AdminLevel

__all__ = ["AssociationTally", "GroupBy", "tally_associations"]

GroupBy = Literal["level", "scope", "category"]
_GROUP_KEYS: Final = ("level", "scope", "category")


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


def _nfc_optional(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _count(field: str, value: object, optional: bool) -> None:
    if value is None and optional:
        return
    if type(value) is not int or value < 0:
        raise ModelValidationError(
            f"{field} must be a non-negative int, got {value!r}", field=field
        )


@attrs.frozen(kw_only=True)
class AssociationTally:
    """Một dòng số liệu tổng hợp: a count of associations with their members and staff.

    ``levels`` and ``scopes`` list what the row covers (sorted, without repeats; empty: all);
    ``category`` is ``None`` when the row covers both categories.  ``members``,
    ``staff_assigned`` (biên chế giao) and ``staff_working`` (người làm việc) are ``None`` when
    not stated or not known for every association counted.  ``source`` says where the figure
    comes from (a report and its section, or ``"computed"``).
    """

    levels: tuple[AdminLevel, ...] = attrs.field(default=(), converter=_sorted_levels)
    scopes: tuple[ActivityScope, ...] = attrs.field(default=(), converter=_sorted_scopes)
    category: AssociationCategory | None = None
    count: int
    members: int | None = None
    staff_assigned: int | None = None
    staff_working: int | None = None
    source: str | None = attrs.field(default=None, converter=_nfc_optional)

    def __attrs_post_init__(self) -> None:
        levels: Any = self.levels
        if not isinstance(levels, tuple) or not all(isinstance(v, AdminLevel) for v in levels):
            raise ModelValidationError(
                f"levels must be a sequence of AdminLevel, got {levels!r}", field="levels"
            )
        scopes: Any = self.scopes
        if not isinstance(scopes, tuple) or not all(isinstance(v, ActivityScope) for v in scopes):
            raise ModelValidationError(
                f"scopes must be a sequence of ActivityScope, got {scopes!r}", field="scopes"
            )
        if self.category is not None and not isinstance(self.category, AssociationCategory):
            raise ModelValidationError(
                f"category must be an AssociationCategory or None, got {self.category!r}",
                field="category",
            )
        _count("count", self.count, False)
        _count("members", self.members, True)
        _count("staff_assigned", self.staff_assigned, True)
        _count("staff_working", self.staff_working, True)
        if self.source is not None and not isinstance(self.source, str):
            raise ModelValidationError(
                f"source must be a str or None, got {self.source!r}", field="source"
            )
        if levels and scopes:
            outside = [s for s in scopes if s.level not in levels]
            if outside:
                raise ModelValidationError(
                    f"scope {outside[0].value!r} is not at any of the levels of this row",
                    field="scopes",
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

    def covers(self, association: Association) -> bool:
        """Whether *association* falls in this row."""
        return (
            (not self.levels or association.level in self.levels)
            and (not self.scopes or association.scope in self.scopes)
            and (self.category is None or association.category is self.category)
        )


def tally_associations(
    associations: Iterable[Association],
    *,
    by: Sequence[GroupBy] = ("level", "category"),
    source: str = "computed",
) -> list[AssociationTally]:
    """Group *associations* by ``level``, ``scope`` and/or ``category`` and count them.

    Rows come in a stable order (level from the top, then scope, then category as declared);
    only non-empty groups appear.  ``by=()`` gives one total row.  Members and staff of a row are
    ``None`` when any association in it does not know them: a partial sum is never passed off
    as a total.
    """
    given: object = associations  # checked at run time, whatever the annotation says
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        raise ValidationError(
            f"expected an iterable of Association, got {type(given).__name__}",
            field="associations",
        )
    given_by: object = by
    if isinstance(given_by, str) or not isinstance(given_by, Sequence):
        raise ValidationError("by must be a sequence of level, scope, category", field="by")
    keys = tuple(by)
    for k in keys:
        if k not in _GROUP_KEYS:
            raise ValidationError(f"cannot group by {k!r}: use level, scope, category", field="by")
    if len(set(keys)) != len(keys):
        raise ValidationError(f"repeated key in {keys!r}", field="by")
    use_level, use_scope, use_cat = (k in keys for k in _GROUP_KEYS)
    # One pass over the records into (scope, category) cells, keyed by the members' identities
    # (enum members are singletons; their hash is a Python-level function): count and sums,
    # a sum becoming None for good once one association does not know its figure.  The cells
    # are then merged into the requested groups.
    cells: dict[tuple[int, int], list[Any]] = {}
    for i, a in enumerate(associations):
        if type(a) is not Association and not isinstance(a, Association):
            raise ValidationError(
                f"expected an Association, got {type(a).__name__}", field=f"associations[{i}]"
            )
        scope, cat = a.scope, a.category
        cell = cells.get((id(scope), id(cat)))
        if cell is None:
            cell = cells[id(scope), id(cat)] = [scope, cat, 0, 0, 0, 0]
        cell[2] += 1
        if cell[3] is not None:
            m = a.members
            cell[3] = None if m is None else cell[3] + m
        if cell[4] is not None:
            m = a.staff_assigned
            cell[4] = None if m is None else cell[4] + m
        if cell[5] is not None:
            m = a.staff_working
            cell[5] = None if m is None else cell[5] + m
    groups: dict[tuple[Any, Any, Any], list[Any]] = {}
    for scope, cat, count, members, staff_assigned, staff_working in cells.values():
        key = (
            scope.level if use_level else None,
            scope if use_scope else None,
            cat if use_cat else None,
        )
        group = groups.get(key)
        if group is None:
            groups[key] = [count, members, staff_assigned, staff_working]
        else:
            group[0] += count
            for j, value in enumerate((members, staff_assigned, staff_working), start=1):
                group[j] = None if group[j] is None or value is None else group[j] + value
    order_cat = {c: i for i, c in enumerate(AssociationCategory)}

    def order(key: tuple[Any, Any, Any]) -> tuple[int, int, int]:
        level, scope, cat = key
        return (
            -1 if level is None else level.depth,
            -1 if scope is None else scope.level.depth,
            -1 if cat is None else order_cat[cat],
        )

    rows = []
    for key in sorted(groups, key=order):
        level, scope, cat = key
        count, members, staff_assigned, staff_working = groups[key]
        rows.append(
            AssociationTally(
                levels=() if level is None else (level,),
                scopes=() if scope is None else (scope,),
                category=cat,
                count=count,
                members=members,
                staff_assigned=staff_assigned,
                staff_working=staff_working,
                source=source,
            )
        )
    return rows
