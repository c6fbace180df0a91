"""Hội (association) records: the association, its leaders and the unit it belongs to.

An :class:`Association` is checked for *structural* invariants when it is built: wrong types,
negative counts, names that are empty, a scope that does not match its unit's level, two chairs.
Those raise :class:`~hoiquanchung.errors.ModelValidationError` naming the field.  *Policy* rules
(founding minimums, the 118-QĐ/TW rules on leaders) are not checked here: real data breaks them and
a user needs the whole list, so :func:`~hoiquanchung.model.check_association` returns findings.

>>> from datetime import date
>>> red_cross = Association(
...     name="Hội Chữ thập đỏ tỉnh Hậu Giang",
...     scope=ActivityScope.PROVINCE,
...     category=AssociationCategory.ASSIGNED,
...     unit=UnitRef(code="93", level=AdminLevel.PROVINCE, on=date(2024, 6, 30)),
...     party_delegation=False,
...     leaders=(Leader(role=LeaderRole.CHAIR, full_time=True),),
... )
>>> red_cross.level
<AdminLevel.PROVINCE: 'tỉnh'>
>>> Association(name="Hội Khuyến học", scope=ActivityScope.DISTRICT,
...             category=AssociationCategory.ASSIGNED, members=-1)
Traceback (most recent call last):
...
hoiquanchung.errors.ModelValidationError: members must be a non-negative int, got -1 ...
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any

import attrs

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung._nfc import stripped_if_text
from hoiquanchung.errors import ModelValidationError
from hoiquanchung.model._categories import ActivityScope, AssociationCategory, LegalType
from hoiquanchung.model._checks import INT_LIMIT, check_count, instance_of, must_be
from hoiquanchung.model._levels import AdminLevel
from hoiquanchung.model._units import AdminUnit

__all__ = ["Association", "Leader", "LeaderRole", "UnitRef", "age_on"]


def _to_tuple(value: object) -> object:
    if isinstance(value, list | tuple):
        return tuple(value)
    return value


def _check_text(field: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value:
        raise must_be(fragment("a-non-empty-string"), value, field=field)


def _check_bool(field: str, value: object) -> None:
    if type(value) is not bool:
        raise must_be(fragment("a-bool"), value, field=field)


def _check_date(field: str, value: object) -> None:
    if value is None:
        return
    if type(value) is not _dt.date:
        raise must_be(fragment("a-date"), value, field=field)


def _check_enum(field: str, value: object, enum_type: type[enum.Enum], optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, enum_type):
        raise must_be(instance_of(enum_type.__name__), value, field=field)


def age_on(birth_date: _dt.date, on: _dt.date) -> int:
    """Full years of age on the date *on* for someone born on *birth_date*.

    >>> from datetime import date
    >>> age_on(date(1958, 8, 23), date(2023, 8, 22)), age_on(date(1958, 8, 22), date(2023, 8, 22))
    (64, 65)
    >>> age_on(date(2000, 2, 29), date(2001, 2, 28))
    0
    """
    for name, value in (("birth_date", birth_date), ("on", on)):
        if value is None:
            raise must_be(fragment("a-date"), value, field=name)
        _check_date(name, value)
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


@attrs.frozen(kw_only=True)
class UnitRef:
    """A reference to an administrative unit by its code, its level and the date the code is
    meant on (codes are reused across reforms: a code means nothing without its date).

    >>> from datetime import date
    >>> UnitRef(code="930", level=AdminLevel.DISTRICT, on=date(2024, 6, 30), name="Vị Thanh")
    UnitRef(code='930', level=<AdminLevel.DISTRICT: 'huyện'>, on=datetime.date(2024, 6, 30),
            name='Vị Thanh')
    """

    code: str = attrs.field(converter=stripped_if_text)
    level: AdminLevel
    on: _dt.date | None = None
    name: str | None = attrs.field(default=None, converter=stripped_if_text)

    def __attrs_post_init__(self) -> None:
        if (
            type(self.code) is str
            and self.code
            and type(self.level) is AdminLevel
            and (self.on is None or type(self.on) is _dt.date)
            and (self.name is None or (type(self.name) is str and self.name))
        ):
            return
        _check_text("code", self.code)
        _check_enum("level", self.level, AdminLevel, False)
        _check_date("on", self.on)
        _check_text("name", self.name, optional=True)


class LeaderRole(enum.Enum):
    """Chức danh lãnh đạo hội (leadership role)."""

    CHAIR = "chủ tịch"
    """Chủ tịch hội (chair)."""
    VICE_CHAIR = "phó chủ tịch"
    """Phó chủ tịch hội (vice-chair)."""


@attrs.frozen(kw_only=True)
class Leader:
    """Lãnh đạo hội: a chair or vice-chair.

    ``full_time`` is *chuyên trách* (True) or *không chuyên trách / kiêm nhiệm* (False);
    ``terms`` the consecutive terms in this role counting the current one; ``retired``
    whether the person had retired (đã nghỉ hưu) when nominated; ``nominated_on`` the date of
    the latest first nomination or re-election (giới thiệu lần đầu hoặc tái cử);
    ``special_case`` a chair allowed up to 70 by the competent authority (trường hợp đặc biệt).

    >>> Leader(role=LeaderRole.VICE_CHAIR, full_time=True, terms=0)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.ModelValidationError: terms must be an int >= 1, got 0 (field 'terms')
    """

    role: LeaderRole
    full_time: bool = True
    name: str | None = attrs.field(default=None, converter=stripped_if_text)
    birth_date: _dt.date | None = None
    terms: int = 1
    retired: bool = False
    nominated_on: _dt.date | None = None
    special_case: bool = False

    def __attrs_post_init__(self) -> None:
        b, n, t = self.birth_date, self.nominated_on, self.terms
        if (
            type(self.role) is LeaderRole
            and type(self.full_time) is bool
            and type(self.retired) is bool
            and type(self.special_case) is bool
            and type(t) is int
            and 1 <= t < INT_LIMIT
            and (b is None or type(b) is _dt.date)
            and (n is None or type(n) is _dt.date)
            and (self.name is None or (type(self.name) is str and self.name))
            and (b is None or n is None or n > b)
        ):
            return  # fast path; the checks below name the field that is wrong
        _check_enum("role", self.role, LeaderRole, False)
        _check_bool("full_time", self.full_time)
        _check_text("name", self.name, optional=True)
        _check_date("birth_date", self.birth_date)
        check_count("terms", self.terms, minimum=1, optional=False)
        _check_bool("retired", self.retired)
        _check_date("nominated_on", self.nominated_on)
        _check_bool("special_case", self.special_case)
        if (
            self.birth_date is not None
            and self.nominated_on is not None
            and self.nominated_on <= self.birth_date
        ):
            raise ModelValidationError(
                error_text(
                    "nominated-before-birth",
                    nominated_on=self.nominated_on,
                    birth_date=self.birth_date,
                ),
                field="nominated_on",
            )

    def age_at_nomination(self) -> int | None:
        """Age in full years on ``nominated_on`` (``None`` when either date is unknown)."""
        if self.birth_date is None or self.nominated_on is None:
            return None
        return age_on(self.birth_date, self.nominated_on)


_CHAIR = LeaderRole.CHAIR
# The level of each scope by the member's identity (members are singletons; an enum's hash is a
# Python-level function, and this check runs for every association built).
_SCOPE_LEVEL_BY_ID = {id(scope): scope.level for scope in ActivityScope}


@attrs.frozen(kw_only=True)
class Association:
    """Hội: one association with its scope, unit, category, counts and leaders.

    ``unit`` is an :class:`~hoiquanchung.model.AdminUnit` or a :class:`UnitRef` (a code, level
    and date), or ``None`` for a national association or when not known.
    Counts are ``int`` or ``None`` (unknown): ``members`` (hội viên), ``staff_assigned`` (biên
    chế giao), ``staff_working`` (người làm việc), ``founding_members`` (hội viên khi thành lập)
    and ``founding_provinces`` (how many provinces the founding members live in, for the national
    scope).  ``party_delegation`` is whether it has a đảng đoàn; ``special_nature`` the historical
    flag *hội có tính chất đặc thù*; ``congress_on`` the date of its latest congress (đại hội)
    and ``term_years`` the congress term its charter sets.
    """

    name: str = attrs.field(converter=stripped_if_text)
    scope: ActivityScope
    category: AssociationCategory
    unit: AdminUnit | UnitRef | None = None
    members: int | None = None
    staff_assigned: int | None = None
    staff_working: int | None = None
    founded_on: _dt.date | None = None
    founding_members: int | None = None
    founding_provinces: int | None = None
    party_delegation: bool = False
    leaders: tuple[Leader, ...] = attrs.field(default=(), converter=_to_tuple)
    special_nature: bool = False
    legal_type: LegalType | None = None
    congress_on: _dt.date | None = None
    term_years: int | None = None

    def __attrs_post_init__(self) -> None:
        # Fast path: one expression over the plain fields; the detailed checks below run only
        # when it fails, to name the field (loading 100,000 records spends its time here).
        m, sa, sw = self.members, self.staff_assigned, self.staff_working
        fm, fp, ty = self.founding_members, self.founding_provinces, self.term_years
        fo, co, lt = self.founded_on, self.congress_on, self.legal_type
        if not (
            type(self.name) is str
            and self.name
            and type(self.scope) is ActivityScope
            and type(self.category) is AssociationCategory
            and (m is None or (type(m) is int and 0 <= m < INT_LIMIT))
            and (sa is None or (type(sa) is int and 0 <= sa < INT_LIMIT))
            and (sw is None or (type(sw) is int and 0 <= sw < INT_LIMIT))
            and (fm is None or (type(fm) is int and 0 <= fm < INT_LIMIT))
            and (fp is None or (type(fp) is int and 0 <= fp < INT_LIMIT))
            and (ty is None or (type(ty) is int and 1 <= ty < INT_LIMIT))
            and (fo is None or type(fo) is _dt.date)
            and (co is None or type(co) is _dt.date)
            and (lt is None or type(lt) is LegalType)
            and type(self.party_delegation) is bool
            and type(self.special_nature) is bool
        ):
            self._check_fields()
        unit: Any = self.unit
        if unit is not None:
            if type(unit) is not UnitRef and type(unit) is not AdminUnit:
                raise must_be(fragment("a-unit-or-ref"), unit, field="unit")
            if unit.level is not _SCOPE_LEVEL_BY_ID[id(self.scope)]:
                raise ModelValidationError(
                    error_text(
                        "scope-unit-level",
                        scope=self.scope.value,
                        level=self.scope.level.value,
                        unit_code=unit.code,
                        unit_level=unit.level.value,
                    ),
                    field="unit",
                )
        leaders: Any = self.leaders
        if type(leaders) is not tuple:
            raise must_be(fragment("sequence-of", cls="Leader"), leaders, field="leaders")
        if leaders:
            chairs = 0
            for leader in leaders:
                if type(leader) is not Leader:
                    i = next(i for i, x in enumerate(leaders) if type(x) is not Leader)
                    raise must_be(instance_of("Leader"), leaders[i], field=f"leaders[{i}]")
                if leader.role is _CHAIR:
                    chairs += 1
            if chairs > 1:
                raise ModelValidationError(
                    error_text("too-many-chairs", count=chairs), field="leaders"
                )

    def _check_fields(self) -> None:
        _check_text("name", self.name)
        _check_enum("scope", self.scope, ActivityScope, False)
        _check_enum("category", self.category, AssociationCategory, False)
        check_count("members", self.members)
        check_count("staff_assigned", self.staff_assigned)
        check_count("staff_working", self.staff_working)
        _check_date("founded_on", self.founded_on)
        check_count("founding_members", self.founding_members)
        check_count("founding_provinces", self.founding_provinces)
        _check_bool("party_delegation", self.party_delegation)
        _check_bool("special_nature", self.special_nature)
        _check_enum("legal_type", self.legal_type, LegalType, True)
        _check_date("congress_on", self.congress_on)
        check_count("term_years", self.term_years, minimum=1)

    @property
    def level(self) -> AdminLevel:
        """The administrative level the association belongs to (from its scope)."""
        return self.scope.level

    @property
    def chair(self) -> Leader | None:
        """The chair, if known."""
        for leader in self.leaders:
            if leader.role is LeaderRole.CHAIR:
                return leader
        return None

    @property
    def full_time_vice_chairs(self) -> int:
        """How many vice-chairs are full-time (phó chủ tịch chuyên trách)."""
        return sum(1 for x in self.leaders if x.role is LeaderRole.VICE_CHAIR and x.full_time)
