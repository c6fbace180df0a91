"""Đơn vị hành chính (administrative unit): one unit of one era.

An :class:`AdminUnit` is a tỉnh, huyện, xã ... as it stood in one era of local government.  Its
``code`` is the national code (mã đơn vị hành chính: 2 digits for a province, 3 for a district,
5 for a commune), but a code means nothing without its date: the reform of 01/7/2025 reused codes
(old Phường III of Vị Thanh was 31321; the new Phường Vị Thanh is 31321).  A unit's identity is
therefore its :attr:`~AdminUnit.key`, the pair ``(code, era)``.

``name`` is the proper name without the type word ("Hậu Giang", not "Tỉnh Hậu Giang"),
NFC-normalised; :attr:`~AdminUnit.full_name` puts the type word back.

>>> from datetime import date
>>> hau_giang = AdminUnit(
...     code="93", name="Hậu Giang", type=UnitType.PROVINCE, parent_code=None,
...     valid_to=date(2025, 6, 30),
... )
>>> hau_giang.full_name, hau_giang.level.label_vi, hau_giang.era.value
('Tỉnh Hậu Giang', 'cấp tỉnh', 'ba cấp')
>>> hau_giang.in_force(date(2024, 6, 30)), hau_giang.in_force(date(2025, 7, 1))
(True, False)
>>> hau_giang.key
('93', <Era.THREE_TIERS: 'ba cấp'>)

Units of a type that exists in only one era (huyện, thị trấn, đặc khu) need no dates; a tỉnh,
xã or phường exists in both, so its dates must say which era it belongs to:

>>> AdminUnit(code="930", name="Vị Thanh", type=UnitType.CITY, parent_code="93").era.value
'ba cấp'
>>> AdminUnit(code="92", name="Cần Thơ", type=UnitType.MUNICIPALITY, parent_code=None)
Traceback (most recent call last):
...
hoiquanchung.errors.ModelValidationError: a unit belongs to one era: give valid_to (until
2025-06-30) or valid_from (from 2025-07-01) for 'Thành phố Cần Thơ' (92) (field 'valid_from')
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from hoiquanchung._catalogue import ErrorText, Fact, Localized, error_text, fragment
from hoiquanchung._nfc import collapsed_text
from hoiquanchung.errors import ModelValidationError
from hoiquanchung.model._checks import expected_type, shown
from hoiquanchung.model._levels import (
    LAST_DAY_OF_THREE_TIERS,
    TWO_TIERS_FROM,
    AdminLevel,
    Era,
    UnitType,
)
from hoiquanchung.model._unit_words import unit_type_words

__all__ = ["AdminUnit"]

_DIGITS: Final = re.compile(r"[0-9]+\Z")


@functools.cache
def type_words() -> Mapping[UnitType, str]:
    """The word a unit's full name starts with ("Tỉnh Hậu Giang", "Thành phố Vị Thanh"), by
    type (``model/data/words/unit_types.toml``, read on first use)."""
    return MappingProxyType({UnitType(w.type): w.word for w in unit_type_words()})


def _to_code(value: object, field: str = "code") -> str:
    if not isinstance(value, str):
        raise ModelValidationError(
            error_text("unit-code-not-text", got=type(value).__name__), field=field
        )
    if not _DIGITS.match(value):
        raise ModelValidationError(error_text("unit-code-not-digits", value=value), field=field)
    return value


def _to_parent_code(value: object) -> str | None:
    return None if value is None else _to_code(value, "parent_code")


def _to_name(value: object) -> str:
    if not isinstance(value, str):
        raise expected_type(fragment("a-string"), value, "name", model=True)
    name = collapsed_text(value)
    if not name:
        raise ModelValidationError(error_text("unit-name-empty"), field="name")
    return name


def _to_type(value: object) -> UnitType:
    if isinstance(value, UnitType):
        return value
    if isinstance(value, str):
        text = collapsed_text(value).lower()
        try:
            return UnitType(text)
        except ValueError:
            pass
    choices = ", ".join(repr(t.value) for t in UnitType)
    raise ModelValidationError(
        error_text(
            "word-unknown", text=shown(value), what=fragment("what-unit-type"), accepted=choices
        ),
        field="type",
    )


def _to_date(value: object, field: str) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise expected_type(fragment("a-date-or-none"), value, field, model=True)
    return value


def _to_valid_from(value: object) -> _dt.date | None:
    return _to_date(value, "valid_from")


def _to_valid_to(value: object) -> _dt.date | None:
    return _to_date(value, "valid_to")


def _eras_between(first: _dt.date | None, last: _dt.date | None) -> list[Era]:
    eras = []
    if first is None or first <= LAST_DAY_OF_THREE_TIERS:
        eras.append(Era.THREE_TIERS)
    if last is None or last >= TWO_TIERS_FROM:
        eras.append(Era.TWO_TIERS)
    return eras


@attrs.frozen(slots=True, repr=False)
class AdminUnit:
    """Đơn vị hành chính (administrative unit) of one era.

    ``code``
        Mã đơn vị hành chính, digits only (``'93'``, ``'930'``, ``'31321'``).
    ``name``
        The proper name without the type word, NFC-normalised (``'Hậu Giang'``).  It is kept
        as given: some proper names start with a type word (Phường Đúc, a phường of Huế, is
        "Phường Phường Đúc" in full).
    ``type``
        The :class:`UnitType`; its Vietnamese value (``'thị trấn'``) is accepted too.
    ``parent_code``
        Code of the unit above it in the same era; ``None`` for a province-level unit.
    ``valid_from``, ``valid_to``
        First and last day of validity, ``None`` where not recorded.  Together with the type
        they must put the unit in exactly one era.

    Identity across the reform is :attr:`key`, ``(code, era)``.  Every bad field raises
    :class:`~hoiquanchung.errors.ModelValidationError` naming the field.

    >>> from datetime import date
    >>> old = AdminUnit("31321", "III", "phường", "930", valid_to=date(2025, 6, 30))
    >>> new = AdminUnit("31321", "Vị Thanh", UnitType.WARD, "92", valid_from=date(2025, 7, 1))
    >>> old.full_name, old.level.label_vi, new.full_name
    ('Phường III', 'cấp xã', 'Phường Vị Thanh')
    >>> old.key == new.key, old.code == new.code
    (False, True)
    """

    code: str = attrs.field(converter=_to_code)
    name: str = attrs.field(converter=_to_name)
    type: UnitType = attrs.field(converter=_to_type)
    parent_code: str | None = attrs.field(converter=_to_parent_code)
    valid_from: _dt.date | None = attrs.field(default=None, converter=_to_valid_from)
    valid_to: _dt.date | None = attrs.field(default=None, converter=_to_valid_to)
    _era: Era = attrs.field(init=False, eq=False, hash=False)
    _level: AdminLevel = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if (
            self.valid_from is not None
            and self.valid_to is not None
            and self.valid_from > self.valid_to
        ):
            raise ModelValidationError(
                self._text(
                    "validity-reversed",
                    valid_from=self.valid_from,
                    valid_to=self.valid_to,
                    of=fragment("of-unit", unit=self._label()),
                ),
                field="valid_to",
            )
        first, last = self.type.first_day, self.type.last_day
        if first is not None and self.valid_from is not None and self.valid_from < first:
            raise ModelValidationError(
                self._text("unit-type-not-yet", first=first, valid_from=self.valid_from),
                field="valid_from",
            )
        if last is not None and self.valid_to is not None and self.valid_to > last:
            raise ModelValidationError(
                self._text("unit-type-no-longer", last=last, valid_to=self.valid_to),
                field="valid_to",
            )
        eras = [
            era
            for era in _eras_between(self.valid_from, self.valid_to)
            if era in _eras_between(first, last)
        ]
        if not eras:  # pragma: no cover - excluded by the checks above
            raise ModelValidationError(self._text("unit-in-no-era"), field="valid_from")
        if len(eras) > 1:
            raise ModelValidationError(
                self._text("unit-era-unclear", last=LAST_DAY_OF_THREE_TIERS, first=TWO_TIERS_FROM),
                field="valid_from",
            )
        object.__setattr__(self, "_era", eras[0])
        object.__setattr__(self, "_level", self.type.level)
        if self.level is AdminLevel.PROVINCE:
            if self.parent_code is not None:
                raise ModelValidationError(
                    self._text("unit-province-has-parent", parent_code=self.parent_code),
                    field="parent_code",
                )
        elif self.parent_code is None:
            level = Localized(self.level.label_vi, self.level.label_en)
            raise ModelValidationError(
                self._text("unit-needs-parent", level=level), field="parent_code"
            )
        elif self.parent_code == self.code:
            raise ModelValidationError(self._text("unit-own-parent"), field="parent_code")

    def _label(self) -> str:
        return f"{self.full_name!r} ({self.code})"

    def _text(self, code: str, **facts: Fact) -> ErrorText:
        """The message *code* about this unit (its label and type are facts)."""
        return error_text(code, **{"unit": self._label(), "type": self.type.value, **facts})

    @property
    def level(self) -> AdminLevel:
        """The administrative level, from the type."""
        return self._level

    @property
    def era(self) -> Era:
        """The era of local government this unit belongs to."""
        return self._era

    @property
    def key(self) -> tuple[str, Era]:
        """``(code, era)``: the unit's identity (codes are reused across the reform)."""
        return (self.code, self._era)

    @property
    def full_name(self) -> str:
        """The name with its type word: ``'Tỉnh Hậu Giang'``, ``'Thị trấn Một Ngàn'``."""
        return f"{type_words()[self.type]} {self.name}"

    @property
    def first_day(self) -> _dt.date | None:
        """First day in force: ``valid_from``, else the start of its type or era, else ``None``."""
        candidates = [d for d in (self.valid_from, self.type.first_day, self._era.first_day) if d]
        return max(candidates) if candidates else None

    @property
    def last_day(self) -> _dt.date | None:
        """Last day in force: ``valid_to``, else the end of its type or era, else ``None``."""
        candidates = [d for d in (self.valid_to, self.type.last_day, self._era.last_day) if d]
        return min(candidates) if candidates else None

    def in_force(self, on: _dt.date) -> bool:
        """Whether the unit exists on the date *on*."""
        if isinstance(on, _dt.datetime) or not isinstance(on, _dt.date):
            raise expected_type(fragment("a-date"), on, "on", model=True)
        first, last = self.first_day, self.last_day
        return (first is None or on >= first) and (last is None or on <= last)

    def __repr__(self) -> str:
        return f"<AdminUnit {self.code} {self.full_name} ({self._era.value})>"
