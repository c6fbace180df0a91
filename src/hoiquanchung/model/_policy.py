"""Quy định (policy rules) for associations, as data, and the checks that return findings.

Rules here are broken by real data, so they never raise: :func:`check_association` returns
:class:`~hoiquanchung.findings.Finding` objects.  The thresholds are data with their legal source:

* :func:`founding_minimum`: minimum founding members by scope (Nghị định 126/2024/NĐ-CP from
  26/11/2024: 100 in at least 2 provinces, 50, 20, 10; Nghị định 45/2010/NĐ-CP before it).
* :func:`leadership_limit`: the limits for associations assigned tasks by the Party and State,
  each from its document and for the days that document is in force: Quyết định 118-QĐ/TW
  (22/8/2023) sets at most 3 full-time vice-chairs with a đảng đoàn, 2 without, at most 2
  consecutive terms, a congress every 5 years; a retired person is nominated or re-elected at 65
  at most (a chair 70 in special cases), limits of Kết luận 32-KL/TW (from 30/3/2022), which
  118 replaced and whose limits it is reported to keep (unverified).
* The thresholds are data files (``hoiquanchung/model/data/rules``), read by
  :mod:`hoiquanchung.model._thresholds`.
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

from hoiquanchung.findings import Finding
from hoiquanchung.messages import Fact, Localized, fragment
from hoiquanchung.model._associations import Association, Leader, LeaderRole
from hoiquanchung.model._categories import (
    SPECIAL_NATURE_ABOLISHED_FROM,
    ActivityScope,
    AssociationCategory,
)
from hoiquanchung.model._checks import expected_type
from hoiquanchung.model._levels import TWO_TIERS_FROM, _check_date
from hoiquanchung.model._thresholds import (
    AssignedRules,
    FoundingMinimum,
    LeadershipLimit,
    founding_minimum,
    founding_minimums,
    leadership_limit,
)

__all__ = [
    "AssignedRules",
    "FoundingMinimum",
    "LeadershipLimit",
    "check_association",
    "check_associations",
    "founding_minimum",
    "founding_minimums",
    "leadership_limit",
]


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
        raise expected_type(fragment("an-association"), association, "association")
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
    out: list[Finding] = []
    vice = leadership_limit(
        "max_full_time_vice_chairs_with_delegation"
        if a.party_delegation
        else "max_full_time_vice_chairs_without_delegation",
        on,
    )
    count = a.full_time_vice_chairs
    if vice is not None and count > vice.value:
        limit = vice.value
        delegation = fragment("with-delegation" if a.party_delegation else "without-delegation")
        out.append(
            _finding(
                "too-many-full-time-vice-chairs",
                {"count": count, "delegation": delegation, "limit": limit, "source": vice.source},
                field="leaders",
                path=path,
                stated=count,
                limit=limit,
            )
        )
    for i, leader in enumerate(a.leaders):
        out.extend(_check_leader(leader, i, path, on))
    term = leadership_limit("congress_term_years", on)
    if term is None:
        return out
    if a.term_years is not None and a.term_years != term.value:
        out.append(
            _finding(
                "congress-term-not-five-years",
                {"years": a.term_years, "term": term.value, "source": term.source},
                field="term_years",
                path=path,
                stated=a.term_years,
                limit=term.value,
            )
        )
    if a.congress_on is not None and on > _add_years(a.congress_on, term.value):
        out.append(
            _finding(
                "congress-overdue",
                {
                    "congress_on": a.congress_on,
                    "term": term.value,
                    "on": on,
                    "source": term.source,
                },
                field="congress_on",
                path=path,
            )
        )
    return out


def _check_leader(leader: Leader, index: int, path: str | None, on: _dt.date) -> list[Finding]:
    field = f"leaders[{index}]"
    role = Localized(
        leader.role.value, fragment("chair" if leader.role is LeaderRole.CHAIR else "vice-chair").en
    )
    found = [_terms_finding(leader, role, field, path, on), _age_finding(leader, role, field, path)]
    return [finding for finding in found if finding is not None]


def _terms_finding(
    leader: Leader, role: Localized, field: str, path: str | None, on: _dt.date
) -> Finding | None:
    """More consecutive terms than the limit in force on *on* allows, or ``None``."""
    terms = leadership_limit("max_consecutive_terms", on)
    if terms is None or leader.terms <= terms.value:
        return None
    return _finding(
        "too-many-consecutive-terms",
        {"role": role, "terms": leader.terms, "limit": terms.value, "source": terms.source},
        field=f"{field}.terms",
        path=path,
        stated=leader.terms,
        limit=terms.value,
    )


def _age_finding(leader: Leader, role: Localized, field: str, path: str | None) -> Finding | None:
    """A retired leader over the age limits in force on the day of nomination (a chair within
    the special case's limit needs it stated), or ``None``."""
    age = leader.age_at_nomination()
    if age is None or not leader.retired or leader.nominated_on is None:
        return None
    # The age limits in force on the day of nomination, each with its document.
    nominate = leadership_limit("max_age_at_nomination", leader.nominated_on)
    special = leadership_limit("max_age_chair_special_case", leader.nominated_on)
    if nominate is None or special is None or age <= nominate.value:
        return None
    is_chair = leader.role is LeaderRole.CHAIR
    if is_chair and age <= special.value:
        if leader.special_case:
            return None
        facts: dict[str, Fact] = {
            "age": age,
            "limit": nominate.value,
            "special": special.value,
            "source": nominate.source,
        }
        return _finding(
            "chair-age-needs-special-case",
            facts,
            field=f"{field}.birth_date",
            path=path,
            stated=age,
            limit=nominate.value,
        )
    limit = special.value if is_chair else nominate.value
    return _finding(
        "leader-over-age",
        {"role": role, "age": age, "limit": limit, "source": nominate.source},
        field=f"{field}.birth_date",
        path=path,
        stated=age,
        limit=limit,
    )


def check_associations(
    associations: Iterable[Association], *, on: _dt.date, path: str = "$"
) -> list[Finding]:
    """Check every association; findings carry the path ``$[i]`` (or ``{path}[i]``)."""
    given: object = associations
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise expected_type(fragment("associations-iterable"), given, "associations")
    _check_date(on)
    out: list[Finding] = []
    for i, association in enumerate(associations):
        if not isinstance(association, Association):
            raise expected_type(
                fragment("an-association"), association, "associations", path=f"{path}[{i}]"
            )
        found = _check_one(association, on, f"{path}[{i}]")
        if found:
            out.extend(found)
    return out
