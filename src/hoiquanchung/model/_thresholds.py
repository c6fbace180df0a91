"""Ngưỡng theo văn bản (thresholds of the law): founding minimums and leadership limits, as data.

Each legal document that sets a threshold is one JSON file in ``hoiquanchung/model/data/rules``
(found by listing the folder): its number, issuer, dates, the days it is in force, what it
replaced, where it was seen, and its thresholds, each with how sure it is and why.

* Founding minimums (số hội viên tối thiểu khi thành lập) by scope of activity: Nghị định
  45/2010/NĐ-CP (01/7/2010 to 25/11/2024) and Nghị định 126/2024/NĐ-CP (from 26/11/2024), both
  100 (in at least 2 provinces under 126/2024) / 50 / 20 / 10.
* Leadership limits for associations assigned tasks by Party and State: Quyết định 118-QĐ/TW
  (from 22/8/2023; full-time vice-chairs, consecutive terms, congress term, and age limits whose
  keeping by 118 is unverified) and, before it, Kết luận 32-KL/TW (30/3/2022 to 21/8/2023; the
  age limits).

A threshold applies on a date when its document is in force on that date
(:meth:`FoundingMinimum.in_force`, :meth:`LeadershipLimit.in_force`).

>>> from datetime import date
>>> rule = founding_minimum(ActivityScope.NATIONAL, date(2025, 1, 1))
>>> rule.minimum, rule.min_provinces, rule.source
(100, 2, 'Nghị định 126/2024/NĐ-CP')
>>> limit = leadership_limit("max_age_at_nomination", date(2023, 1, 1))
>>> limit.value, limit.source, limit.valid_to
(65, 'Kết luận 32-KL/TW', datetime.date(2023, 8, 21))
>>> leadership_limit("max_consecutive_terms", date(2023, 1, 1)) is None   # before 118-QĐ/TW
True
"""

from __future__ import annotations

import datetime as _dt
import functools
import typing
import warnings
from typing import Any, Final, Literal

import attrs

from hoiquanchung._catalogue import error_text
from hoiquanchung.errors import ModelValidationError, ValidationError
from hoiquanchung.model import _data_files
from hoiquanchung.model._categories import ActivityScope
from hoiquanchung.model._checks import check_count, check_date, expected_type, instance_of, shown
from hoiquanchung.model._levels import _check_date
from hoiquanchung.model._validity import in_period

__all__ = [
    "AssignedRules",
    "FoundingMinimum",
    "LeadershipLimit",
    "LimitKey",
    "RuleCertainty",
    "assigned_rules_of_118",
    "founding_minimum",
    "founding_minimums",
    "leadership_limit",
    "leadership_limits",
]

#: How sure a threshold is: ``"reported"`` (read in a secondary source that reports the
#: document), ``"unverified"`` (reported for the document, but its source may be quoting an
#: earlier one: see the evidence).
RuleCertainty = Literal["reported", "unverified"]

#: The leadership limits the rules set.
LimitKey = Literal[
    "max_full_time_vice_chairs_with_delegation",
    "max_full_time_vice_chairs_without_delegation",
    "max_age_at_nomination",
    "max_age_chair_special_case",
    "max_consecutive_terms",
    "congress_term_years",
]
_LIMIT_KEYS: Final = frozenset(typing.get_args(LimitKey))


def _positive(field: str, value: object) -> None:
    check_count(field, value, minimum=1, optional=False)


def _period(valid_from: object, valid_to: object) -> None:
    check_date("valid_from", valid_from, optional=False)
    check_date("valid_to", valid_to)
    if (
        isinstance(valid_to, _dt.date)
        and isinstance(valid_from, _dt.date)
        and valid_to < valid_from
    ):
        raise ModelValidationError(
            error_text("validity-reversed", valid_from=valid_from, valid_to=valid_to, of=""),
            field="valid_to",
        )


def _unknown_limit(key: object, cls: type[ValidationError]) -> ValidationError:
    known = ", ".join(sorted(_LIMIT_KEYS))
    return cls(error_text("limit-unknown", key=shown(key), known=known), field="key")


@attrs.frozen(kw_only=True)
class FoundingMinimum:
    """Số hội viên tối thiểu khi thành lập: the founding minimum for one scope under one decree.

    ``minimum`` founding members; ``min_provinces`` the provinces they must come from (national
    scope); ``valid_from``/``valid_to`` the days the decree was in force (``None``: open);
    ``certainty`` and ``evidence`` how sure the figure is and where it was seen.
    """

    scope: ActivityScope
    minimum: int
    source: str
    valid_from: _dt.date
    valid_to: _dt.date | None = None
    min_provinces: int | None = None
    note: str | None = None
    certainty: RuleCertainty = "reported"
    evidence: str | None = None

    def __attrs_post_init__(self) -> None:
        _positive("minimum", self.minimum)
        if self.min_provinces is not None:
            _positive("min_provinces", self.min_provinces)
        _period(self.valid_from, self.valid_to)

    def in_force(self, on: _dt.date) -> bool:
        """Whether this minimum was in force on *on*."""
        return in_period(on, self.valid_from, self.valid_to)

    def applies_on(self, on: _dt.date) -> bool:
        """Deprecated alias of :meth:`in_force`."""
        warnings.warn(
            "FoundingMinimum.applies_on is deprecated; use in_force",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.in_force(on)


@attrs.frozen(kw_only=True)
class LeadershipLimit:
    """One limit of the rules for associations assigned tasks, with the document it comes from.

    ``key`` names the limit (:data:`LimitKey`), ``value`` its figure, ``source`` the document,
    ``valid_from``/``valid_to`` the days that document is in force.

    >>> from datetime import date
    >>> limit = leadership_limit("max_full_time_vice_chairs_with_delegation", date(2024, 1, 1))
    >>> limit.value, limit.source, limit.in_force(date(2023, 8, 21))
    (3, 'Quyết định 118-QĐ/TW', False)
    """

    key: LimitKey
    value: int
    source: str
    valid_from: _dt.date
    valid_to: _dt.date | None = None
    certainty: RuleCertainty = "reported"
    evidence: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.key not in _LIMIT_KEYS:
            raise _unknown_limit(self.key, ModelValidationError)
        _positive("value", self.value)
        _period(self.valid_from, self.valid_to)

    def in_force(self, on: _dt.date) -> bool:
        """Whether this limit was in force on *on*."""
        return in_period(on, self.valid_from, self.valid_to)


@attrs.frozen(kw_only=True)
class AssignedRules:
    """The limits of Quyết định 118-QĐ/TW in one object (see :func:`leadership_limit` for the
    limits in force on a date, each with its own source)."""

    source: str
    in_force_from: _dt.date
    max_full_time_vice_chairs_with_delegation: int
    max_full_time_vice_chairs_without_delegation: int
    max_age_at_nomination: int
    max_age_chair_special_case: int
    max_consecutive_terms: int
    congress_term_years: int


# --- the data files ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _MinimumItem:
    scope: ActivityScope
    minimum: int
    certainty: RuleCertainty
    evidence: str
    min_provinces: int | None = None


@attrs.frozen(kw_only=True)
class _LimitItem:
    key: LimitKey
    value: int
    certainty: RuleCertainty
    evidence: str


@attrs.frozen(kw_only=True)
class _RulesDocument:
    """One data file: one legal document and the thresholds it sets."""

    id: str
    legal_source: str
    issuer: str | None
    issued_on: _dt.date
    valid_from: _dt.date
    valid_to: _dt.date | None
    where_seen: tuple[str, ...]
    replaces: tuple[str, ...] = ()
    note: str | None = None
    founding_minimums: tuple[_MinimumItem, ...] = ()
    leadership_limits: tuple[_LimitItem, ...] = ()

    def __attrs_post_init__(self) -> None:
        _period(self.valid_from, self.valid_to)
        if self.issued_on > self.valid_from:
            raise ModelValidationError(error_text("issued-after-validity"), field="issued_on")
        if not self.where_seen:
            raise ModelValidationError(error_text("source-not-named"), field="where_seen")


@functools.cache
def _documents() -> tuple[_RulesDocument, ...]:
    docs = _data_files.packaged("rules", _RulesDocument)
    return tuple(sorted(docs, key=lambda d: d.valid_from))


def _dated(doc: _RulesDocument, item: _MinimumItem | _LimitItem) -> dict[str, Any]:
    """What a rule takes from its document (source, validity) and from its item (certainty)."""
    return {
        "source": doc.legal_source,
        "valid_from": doc.valid_from,
        "valid_to": doc.valid_to,
        "certainty": item.certainty,
        "evidence": item.evidence,
    }


@functools.cache
def founding_minimums() -> tuple[FoundingMinimum, ...]:
    """Every founding minimum of the shipped documents, newest document first.

    >>> [(m.source, m.scope.value, m.minimum) for m in founding_minimums()][1]
    ('Nghị định 126/2024/NĐ-CP', 'tỉnh', 50)
    """
    return tuple(
        FoundingMinimum(
            scope=item.scope,
            minimum=item.minimum,
            min_provinces=item.min_provinces,
            note=doc.note,
            **_dated(doc, item),
        )
        for doc in reversed(_documents())
        for item in doc.founding_minimums
    )


@functools.cache
def leadership_limits() -> tuple[LeadershipLimit, ...]:
    """Every leadership limit of the shipped documents, newest document first."""
    return tuple(
        LeadershipLimit(key=item.key, value=item.value, **_dated(doc, item))
        for doc in reversed(_documents())
        for item in doc.leadership_limits
    )


def _in_force[R: FoundingMinimum | LeadershipLimit](rules: list[R], on: _dt.date) -> R | None:
    """The first of *rules* (newest document first) in force on *on*, or ``None``."""
    return next((rule for rule in rules if rule.in_force(on)), None)


def founding_minimum(scope: ActivityScope, on: _dt.date) -> FoundingMinimum | None:
    """The founding minimum for *scope* in force on *on* (``None`` when none is known).

    >>> from datetime import date
    >>> founding_minimum(ActivityScope.COMMUNE, date(2025, 1, 1)).minimum
    10
    >>> founding_minimum(ActivityScope.COMMUNE, date(2010, 6, 30)) is None   # before 45/2010
    True
    """
    _check_date(on)
    if not isinstance(scope, ActivityScope):
        raise expected_type(instance_of("ActivityScope"), scope, "scope")
    return _in_force([r for r in founding_minimums() if r.scope is scope], on)


def leadership_limit(key: LimitKey, on: _dt.date) -> LeadershipLimit | None:
    """The limit *key* in force on *on*, with its source (``None`` when no document sets it)."""
    _check_date(on)
    if key not in _LIMIT_KEYS:
        raise _unknown_limit(key, ValidationError)
    return _in_force([r for r in leadership_limits() if r.key == key], on)


@functools.cache
def assigned_rules_of_118() -> AssignedRules:
    """The limits of Quyết định 118-QĐ/TW on the day it came into force, in one object."""
    day = _dt.date(2023, 8, 22)
    values: dict[str, Any] = {}
    for key in sorted(_LIMIT_KEYS):
        limit = leadership_limit(key, day)
        if limit is None:  # pragma: no cover - the shipped data are tested
            raise ModelValidationError(error_text("rules-lack-limit", key=key), field=key)
        values[key] = limit.value
    return AssignedRules(source="Quyết định 118-QĐ/TW", in_force_from=day, **values)
