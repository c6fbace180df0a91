"""Quy định (policy rules) for associations, as data, and the checks that return findings.

Rules here are broken by real data, so they never raise: :func:`check_association` returns
:class:`~hoiquanchung.findings.Finding` objects.  The thresholds are data with their legal source:

* :data:`FOUNDING_MINIMUMS`: minimum founding members by scope (Nghị định 126/2024/NĐ-CP from
  26/11/2024: 100 in at least 2 provinces, 50, 20, 10; Nghị định 45/2010/NĐ-CP before it).
* :data:`ASSIGNED_RULES`: Quyết định 118-QĐ/TW (22/8/2023) for associations assigned tasks by
  the Party and State: at most 3 full-time vice-chairs with a đảng đoàn, 2 without; a retired
  person is nominated or re-elected at 65 at most (a chair 70 in special cases); at most 2
  consecutive terms; congress every 5 years.
* 118-QĐ/TW governs the central associations; provinces apply the same rules to their own
  assigned associations through their guidance (Hậu Giang: Hướng dẫn 03-HD/TU, whose text was
  not seen).  The checks apply them at every level and name 118-QĐ/TW as the source.
* From 01/7/2025 there is no district level, so a district scope is reported
  (``district-scope-after-reform``); whether Nghị định 126/2024 was amended to drop the scope was
  not confirmed, hence a warning and not an error.

>>> from datetime import date
>>> a = Association(
...     name="Hội Khuyến học", scope=ActivityScope.DISTRICT,
...     category=AssociationCategory.ASSIGNED,
...     founded_on=date(2025, 1, 10), founding_members=15,
... )
>>> [f.code for f in check_association(a, on=date(2025, 7, 1))]
['founding-members-below-minimum', 'district-scope-after-reform']
>>> print(check_association(a, on=date(2025, 1, 10))[0].message_en)
15 founding members, below the minimum of 20 for district scope (Nghị định 126/2024/NĐ-CP)
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

import attrs

from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Fact, Localized, error_text, fragment
from hoiquanchung.model._associations import Association, Leader, LeaderRole
from hoiquanchung.model._categories import (
    SPECIAL_NATURE_ABOLISHED_FROM,
    ActivityScope,
    AssociationCategory,
)
from hoiquanchung.model._levels import TWO_TIERS_FROM, _check_date

__all__ = [
    "ASSIGNED_RULES",
    "FOUNDING_MINIMUMS",
    "AssignedRules",
    "FoundingMinimum",
    "check_association",
    "check_associations",
    "founding_minimum",
]


@attrs.frozen(kw_only=True)
class FoundingMinimum:
    """Số hội viên tối thiểu khi thành lập: the founding minimum for one scope under one decree.

    ``minimum`` founding members; ``min_provinces`` the provinces they must come from (national
    scope); ``valid_from``/``valid_to`` the days the decree was in force (``None``: open).
    """

    scope: ActivityScope
    minimum: int
    source: str
    valid_from: _dt.date
    valid_to: _dt.date | None = None
    min_provinces: int | None = None
    note: str | None = None

    def applies_on(self, on: _dt.date) -> bool:
        """Whether this minimum was in force on *on*."""
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


_ND126: Final = "Nghị định 126/2024/NĐ-CP"
_ND126_FROM: Final = _dt.date(2024, 11, 26)
_ND45: Final = "Nghị định 45/2010/NĐ-CP"
_ND45_FROM: Final = _dt.date(2010, 7, 1)
_ND45_NOTE: Final = (
    "figures as reported in DOMAIN.md; the commune minimum of 10 was not confirmed for 45/2010, "
    "and its effective date 01/7/2010 was not verified against the decree's text"
)

#: Founding minimums, newest first.  Data, with the decree each comes from.
FOUNDING_MINIMUMS: Final[tuple[FoundingMinimum, ...]] = (
    FoundingMinimum(
        scope=ActivityScope.NATIONAL, minimum=100, min_provinces=2, source=_ND126,
        valid_from=_ND126_FROM,
    ),
    FoundingMinimum(scope=ActivityScope.PROVINCE, minimum=50, source=_ND126,
                    valid_from=_ND126_FROM),
    FoundingMinimum(scope=ActivityScope.DISTRICT, minimum=20, source=_ND126,
                    valid_from=_ND126_FROM),
    FoundingMinimum(scope=ActivityScope.COMMUNE, minimum=10, source=_ND126,
                    valid_from=_ND126_FROM),
    FoundingMinimum(
        scope=ActivityScope.NATIONAL, minimum=100, source=_ND45, valid_from=_ND45_FROM,
        valid_to=_ND126_FROM - _dt.timedelta(days=1), note=_ND45_NOTE,
    ),
    FoundingMinimum(
        scope=ActivityScope.PROVINCE, minimum=50, source=_ND45, valid_from=_ND45_FROM,
        valid_to=_ND126_FROM - _dt.timedelta(days=1), note=_ND45_NOTE,
    ),
    FoundingMinimum(
        scope=ActivityScope.DISTRICT, minimum=20, source=_ND45, valid_from=_ND45_FROM,
        valid_to=_ND126_FROM - _dt.timedelta(days=1), note=_ND45_NOTE,
    ),
)  # fmt: skip


def founding_minimum(scope: ActivityScope, on: _dt.date) -> FoundingMinimum | None:
    """The founding minimum for *scope* in force on *on* (``None`` when none is known).

    >>> from datetime import date
    >>> founding_minimum(ActivityScope.COMMUNE, date(2025, 1, 1)).minimum
    10
    >>> founding_minimum(ActivityScope.COMMUNE, date(2020, 1, 1)) is None   # not confirmed
    True
    """
    _check_date(on)
    for rule in FOUNDING_MINIMUMS:
        if rule.scope is scope and rule.applies_on(on):
            return rule
    return None


@attrs.frozen(kw_only=True)
class AssignedRules:
    """The rules of Quyết định 118-QĐ/TW for associations assigned tasks by Party and State."""

    source: str
    in_force_from: _dt.date
    max_full_time_vice_chairs_with_delegation: int
    max_full_time_vice_chairs_without_delegation: int
    max_age_at_nomination: int
    max_age_chair_special_case: int
    max_consecutive_terms: int
    congress_term_years: int


#: Quyết định 118-QĐ/TW, 22/8/2023, Ban Bí thư (as reported by tulieuvankien.dangcongsan.vn).
ASSIGNED_RULES: Final = AssignedRules(
    source="Quyết định 118-QĐ/TW",
    in_force_from=_dt.date(2023, 8, 22),
    max_full_time_vice_chairs_with_delegation=3,
    max_full_time_vice_chairs_without_delegation=2,
    max_age_at_nomination=65,
    max_age_chair_special_case=70,
    max_consecutive_terms=2,
    congress_term_years=5,
)


def _finding(
    code: str,
    facts: Mapping[str, Fact],
    *,
    field: str,
    path: str | None,
    stated: int | None = None,
    limit: int | None = None,
) -> Finding:
    return Finding.create(
        code,
        facts,
        field=field,
        path=None if path is None else f"{path}.{field}",
        stated=None if stated is None else str(stated),
        computed=None if limit is None else str(limit),
        stated_value=None if stated is None else Decimal(stated),
        computed_value=None if limit is None else Decimal(limit),
    )


def _add_years(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_association(
    association: Association, *, on: _dt.date, path: str | None = None
) -> list[Finding]:
    """Check *association* against the policy rules on the date *on*; return the findings.

    *path* (for instance ``$.associations[3]``) prefixes the findings' paths.  An empty list
    means no rule is broken by what is known: unknown values (``None``) are never reported.
    """
    if not isinstance(association, Association):
        raise ValidationError(
            error_text(
                "expected-type",
                expected=fragment("an-association"),
                type=type(association).__name__,
            ),
            field="association",
        )
    _check_date(on)
    return _check_one(association, on, path)


def _check_one(a: Association, on: _dt.date, path: str | None) -> list[Finding]:
    """:func:`check_association` once its arguments are known to be valid."""
    out: list[Finding] = []
    out.extend(_check_founding(a, path))
    if a.category is AssociationCategory.ASSIGNED:
        out.extend(_check_assigned(a, on, path))
    if a.scope is ActivityScope.DISTRICT and on >= TWO_TIERS_FROM:
        out.append(
            _finding(
                "district-scope-after-reform",
                {"name": a.name, "on": on},
                field="scope",
                path=path,
            )
        )
    if a.special_nature and on >= SPECIAL_NATURE_ABOLISHED_FROM:
        out.append(
            _finding(
                "special-nature-abolished",
                {"name": a.name},
                field="special_nature",
                path=path,
            )
        )
    return out


def _check_founding(a: Association, path: str | None) -> list[Finding]:
    if a.founded_on is None or (a.founding_members is None and a.founding_provinces is None):
        return []
    rule = founding_minimum(a.scope, a.founded_on)
    if rule is None:
        return []
    out: list[Finding] = []
    if a.founding_members is not None and a.founding_members < rule.minimum:
        out.append(
            _finding(
                "founding-members-below-minimum",
                {
                    "members": a.founding_members,
                    "minimum": rule.minimum,
                    "scope": Localized(a.scope.label_vi, a.scope.label_en),
                    "source": rule.source,
                },
                field="founding_members",
                path=path,
                stated=a.founding_members,
                limit=rule.minimum,
            )
        )
    if (
        rule.min_provinces is not None
        and a.founding_provinces is not None
        and a.founding_provinces < rule.min_provinces
    ):
        out.append(
            _finding(
                "founding-provinces-below-minimum",
                {
                    "provinces": a.founding_provinces,
                    "minimum": rule.min_provinces,
                    "source": rule.source,
                },
                field="founding_provinces",
                path=path,
                stated=a.founding_provinces,
                limit=rule.min_provinces,
            )
        )
    return out


def _check_assigned(a: Association, on: _dt.date, path: str | None) -> list[Finding]:
    r = ASSIGNED_RULES
    out: list[Finding] = []
    limit = (
        r.max_full_time_vice_chairs_with_delegation
        if a.party_delegation
        else r.max_full_time_vice_chairs_without_delegation
    )
    count = a.full_time_vice_chairs
    if count > limit:
        delegation = fragment("with-delegation" if a.party_delegation else "without-delegation")
        out.append(
            _finding(
                "too-many-full-time-vice-chairs",
                {"count": count, "delegation": delegation, "limit": limit, "source": r.source},
                field="leaders",
                path=path,
                stated=count,
                limit=limit,
            )
        )
    for i, leader in enumerate(a.leaders):
        out.extend(_check_leader(leader, i, path))
    if a.term_years is not None and a.term_years != r.congress_term_years:
        out.append(
            _finding(
                "congress-term-not-five-years",
                {"years": a.term_years, "term": r.congress_term_years, "source": r.source},
                field="term_years",
                path=path,
                stated=a.term_years,
                limit=r.congress_term_years,
            )
        )
    if a.congress_on is not None and on > _add_years(a.congress_on, r.congress_term_years):
        out.append(
            _finding(
                "congress-overdue",
                {
                    "congress_on": a.congress_on,
                    "term": r.congress_term_years,
                    "on": on,
                    "source": r.source,
                },
                field="congress_on",
                path=path,
            )
        )
    return out


def _check_leader(leader: Leader, index: int, path: str | None) -> list[Finding]:
    r = ASSIGNED_RULES
    out: list[Finding] = []
    field = f"leaders[{index}]"
    role = Localized(
        leader.role.value, fragment("chair" if leader.role is LeaderRole.CHAIR else "vice-chair").en
    )
    if leader.terms > r.max_consecutive_terms:
        out.append(
            _finding(
                "too-many-consecutive-terms",
                {
                    "role": role,
                    "terms": leader.terms,
                    "limit": r.max_consecutive_terms,
                    "source": r.source,
                },
                field=f"{field}.terms",
                path=path,
                stated=leader.terms,
                limit=r.max_consecutive_terms,
            )
        )
    age = leader.age_at_nomination()
    if (
        age is None
        or not leader.retired
        or leader.nominated_on is None
        or leader.nominated_on < r.in_force_from
    ):
        return out
    is_chair = leader.role is LeaderRole.CHAIR
    if age <= r.max_age_at_nomination:
        return out
    if is_chair and age <= r.max_age_chair_special_case:
        if leader.special_case:
            return out
        out.append(
            _finding(
                "chair-age-needs-special-case",
                {
                    "age": age,
                    "limit": r.max_age_at_nomination,
                    "special": r.max_age_chair_special_case,
                    "source": r.source,
                },
                field=f"{field}.birth_date",
                path=path,
                stated=age,
                limit=r.max_age_at_nomination,
            )
        )
        return out
    limit = r.max_age_chair_special_case if is_chair else r.max_age_at_nomination
    out.append(
        _finding(
            "leader-over-age",
            {"role": role, "age": age, "limit": limit, "source": r.source},
            field=f"{field}.birth_date",
            path=path,
            stated=age,
            limit=limit,
        )
    )
    return out


def check_associations(
    associations: Iterable[Association], *, on: _dt.date, path: str = "$"
) -> list[Finding]:
    """Check every association; findings carry the path ``$[i]`` (or ``{path}[i]``)."""
    given: object = associations
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise ValidationError(
            f"associations must be a list of Association, got {type(given).__name__}",
            field="associations",
        )
    _check_date(on)
    out: list[Finding] = []
    for i, association in enumerate(associations):
        if not isinstance(association, Association):
            raise ValidationError(
                error_text(
                    "expected-type",
                    expected=fragment("an-association"),
                    type=type(association).__name__,
                ),
                field="associations",
                path=f"{path}[{i}]",
            )
        found = _check_one(association, on, f"{path}[{i}]")
        if found:
            out.extend(found)
    return out
