"""Cấp hành chính (administrative levels), loại đơn vị hành chính (unit types) and the two eras.

Until 30/6/2025 local government had three tiers: tỉnh (province), huyện (district), xã (commune).
From 01/7/2025 it has two (Nghị quyết 60-NQ/TW, 12/4/2025; Nghị quyết 203/2025/QH15; Luật Tổ chức
chính quyền địa phương 72/2025/QH15): the district level ends.

>>> from datetime import date
>>> [level.label_vi for level in levels_in_force(date(2024, 6, 30))]
['cấp tỉnh', 'cấp huyện', 'cấp xã']
>>> [level.label_vi for level in levels_in_force(date(2025, 7, 1))]
['cấp tỉnh', 'cấp xã']
>>> UnitType("thị trấn").level
<AdminLevel.COMMUNE: 'xã'>
>>> UnitType.TOWNSHIP.in_force(date(2025, 7, 1))
False
>>> Era.on(date(2025, 6, 30)).value, Era.on(date(2025, 7, 1)).value
('ba cấp', 'hai cấp')
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from typing import Final

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._nfc import match_key, unaccented_key
from hoiquanchung.errors import ValidationError
from hoiquanchung.model._checks import expected_type
from hoiquanchung.model._unit_words import unit_type_words

__all__ = [
    "LAST_DAY_OF_THREE_TIERS",
    "TWO_TIERS_FROM",
    "AdminLevel",
    "Era",
    "UnitType",
    "levels_in_force",
]

#: First day of two-tier local government (Luật 72/2025/QH15, in force 01/7/2025).
TWO_TIERS_FROM: Final = _dt.date(2025, 7, 1)
#: Last day of three-tier local government.
LAST_DAY_OF_THREE_TIERS: Final = _dt.date(2025, 6, 30)


def word_key(text: str) -> str:
    """The key a typed word is looked up by: NFC, case-folded, dots and commas dropped, spaces
    collapsed (``" TP. "`` and ``"tp"`` give the same key)."""
    key = match_key(text).replace(".", " ").replace(",", " ")
    return " ".join(key.split()).replace(" / ", "/")


class Words[E: enum.Enum]:
    """The words people type for the members of an enum, looked up by :func:`word_key`."""

    def __init__(self, pairs: tuple[tuple[E, tuple[str, ...]], ...]) -> None:
        self.shown: tuple[str, ...] = tuple(w for _, ws in pairs for w in ws)
        self.keys: dict[str, E] = {word_key(w): m for m, ws in pairs for w in ws}
        loose: dict[str, set[E]] = {}
        for key, member in self.keys.items():
            loose.setdefault(unaccented_key(key), set()).add(member)
        # A word typed without diacritics counts when it names one member only.
        self.loose: dict[str, E] = {k: next(iter(ms)) for k, ms in loose.items() if len(ms) == 1}

    def parse(self, text: object, *, field: str, what: Localized) -> E:
        """The member for the typed *text* (*what* it names, in both languages), or an error in
        both languages listing the accepted words."""
        if not isinstance(text, str):
            raise ValidationError(
                error_text("word-not-text", what=what, type=type(text).__name__), field=field
            )
        key = word_key(text)
        member = self.keys.get(key)
        if member is None and key.isascii():
            member = self.loose.get(key)
        if member is not None:
            return member
        accepted = ", ".join(repr(w) for w in self.shown)
        raise ValidationError(
            error_text("word-unknown", text=text, what=what, accepted=accepted), field=field
        )


def _check_date(on: object) -> _dt.date:
    if isinstance(on, _dt.datetime) or not isinstance(on, _dt.date):
        raise expected_type(fragment("a-date"), on, "on")
    return on


class Era(enum.Enum):
    """Thời kỳ: the era of local government a date falls in."""

    THREE_TIERS = "ba cấp"
    """Tỉnh / huyện / xã, until 30/6/2025."""
    TWO_TIERS = "hai cấp"
    """Tỉnh / xã, from 01/7/2025."""

    @classmethod
    def on(cls, on: _dt.date) -> Era:
        """The era in force on the date *on*."""
        return cls.TWO_TIERS if _check_date(on) >= TWO_TIERS_FROM else cls.THREE_TIERS

    @property
    def first_day(self) -> _dt.date | None:
        """First day of the era (``None``: no start is modelled)."""
        return None if self is Era.THREE_TIERS else TWO_TIERS_FROM

    @property
    def last_day(self) -> _dt.date | None:
        """Last day of the era (``None``: still in force)."""
        return LAST_DAY_OF_THREE_TIERS if self is Era.THREE_TIERS else None


class AdminLevel(enum.Enum):
    """Cấp (administrative level).  Values are the Vietnamese level names."""

    CENTRAL = "trung ương"
    """Cấp trung ương (central level): not a tier of local government."""
    PROVINCE = "tỉnh"
    """Cấp tỉnh (province level)."""
    DISTRICT = "huyện"
    """Cấp huyện (district level), until 30/6/2025."""
    COMMUNE = "xã"
    """Cấp xã (commune level)."""

    @property
    def label_vi(self) -> str:
        """``'cấp tỉnh'``, ``'cấp huyện'``, ...: the label reports use."""
        return f"cấp {self.value}"

    @property
    def label_en(self) -> str:
        """``'province level'`` and so on."""
        return _LEVEL_EN[self]

    @property
    def depth(self) -> int:
        """0 for central, 1 province, 2 district, 3 commune: for ordering."""
        return _LEVEL_DEPTH[self]

    @classmethod
    def parse(cls, text: str) -> AdminLevel:
        """Read a level as people type it: ``"tỉnh"``, ``"Cấp huyện"``, ``"TW"``, ``"xa"``.

        >>> AdminLevel.parse("Cấp huyện"), AdminLevel.parse("trung ương").name
        (<AdminLevel.DISTRICT: 'huyện'>, 'CENTRAL')
        >>> AdminLevel.parse("ấp")
        Traceback (most recent call last):
        ...
        hoiquanchung.errors.ValidationError: 'ấp': not an administrative level; use one of: \
'trung ương', ... (field 'level')
        """
        return _LEVEL_WORDS.parse(text, field="level", what=fragment("what-level"))

    def in_force(self, on: _dt.date) -> bool:
        """Whether this level exists on the date *on* (the district level ends 30/6/2025)."""
        return self is AdminLevel.CENTRAL or self in levels_in_force(on)


_LEVEL_EN: Final = {
    AdminLevel.CENTRAL: "central level",
    AdminLevel.PROVINCE: "province level",
    AdminLevel.DISTRICT: "district level",
    AdminLevel.COMMUNE: "commune level",
}
_LEVEL_WORDS: Final = Words(
    (
        (AdminLevel.CENTRAL, ("trung ương", "cấp trung ương", "TW", "cấp TW")),
        (AdminLevel.PROVINCE, ("tỉnh", "cấp tỉnh")),
        (AdminLevel.DISTRICT, ("huyện", "cấp huyện")),
        (AdminLevel.COMMUNE, ("xã", "cấp xã")),
    )
)
_LEVEL_DEPTH: Final = {
    AdminLevel.CENTRAL: 0,
    AdminLevel.PROVINCE: 1,
    AdminLevel.DISTRICT: 2,
    AdminLevel.COMMUNE: 3,
}


def levels_in_force(on: _dt.date) -> tuple[AdminLevel, ...]:
    """The tiers of local government on the date *on*, from the top.

    Three (tỉnh, huyện, xã) until 30/6/2025; two (tỉnh, xã) from 01/7/2025.

    >>> [level.value for level in levels_in_force(_dt.date(2025, 6, 30))]
    ['tỉnh', 'huyện', 'xã']
    >>> [level.value for level in levels_in_force(_dt.date(2025, 7, 1))]
    ['tỉnh', 'xã']
    """
    if Era.on(on) is Era.TWO_TIERS:
        return (AdminLevel.PROVINCE, AdminLevel.COMMUNE)
    return (AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE)


class UnitType(enum.Enum):
    """Loại đơn vị hành chính (type of administrative unit).  Values are the Vietnamese names."""

    PROVINCE = "tỉnh"
    """Tỉnh."""
    MUNICIPALITY = "thành phố trực thuộc trung ương"
    """Thành phố trực thuộc trung ương (centrally governed city): province level."""
    CITY = "thành phố"
    """Thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương): district level, to 2025."""
    TOWN = "thị xã"
    """Thị xã: district level, until 30/6/2025."""
    RURAL_DISTRICT = "huyện"
    """Huyện: district level, until 30/6/2025."""
    URBAN_DISTRICT = "quận"
    """Quận: district level, until 30/6/2025."""
    COMMUNE = "xã"
    """Xã: commune level."""
    WARD = "phường"
    """Phường: commune level."""
    TOWNSHIP = "thị trấn"
    """Thị trấn: commune level, until 30/6/2025."""
    SPECIAL_ZONE = "đặc khu"
    """Đặc khu (special zone): commune level, from 01/7/2025."""

    @property
    def level(self) -> AdminLevel:
        """The administrative level of units of this type."""
        return _TYPE_LEVEL[self]

    @property
    def first_day(self) -> _dt.date | None:
        """First day units of this type exist (``None``: before anything modelled)."""
        return TWO_TIERS_FROM if self is UnitType.SPECIAL_ZONE else None

    @property
    def last_day(self) -> _dt.date | None:
        """Last day units of this type exist (``None``: still in force)."""
        if self.level is AdminLevel.DISTRICT or self is UnitType.TOWNSHIP:
            return LAST_DAY_OF_THREE_TIERS
        return None

    @classmethod
    def parse(cls, text: str) -> UnitType:
        """Read a unit type as people type it: the name (``"Thị xã"``) or the abbreviation
        (``"TP"``, ``"TX."``, ``"TT"``, ``"H."``, ``"Q."``, ``"P."``, ``"X."``).

        ``"TP"`` and ``"thành phố"`` are :attr:`CITY`, the value ``"thành phố"``; a centrally
        governed city is ``"thành phố trực thuộc trung ương"`` (or ``"TP trực thuộc TW"``).

        >>> UnitType.parse("TX"), UnitType.parse("Thị trấn").name, UnitType.parse("TP.").name
        (<UnitType.TOWN: 'thị xã'>, 'TOWNSHIP', 'CITY')
        """
        return _type_words().parse(text, field="type", what=fragment("what-unit-type"))

    def in_force(self, on: _dt.date) -> bool:
        """Whether units of this type exist on the date *on*."""
        on = _check_date(on)
        first, last = self.first_day, self.last_day
        return (first is None or on >= first) and (last is None or on <= last)


_TYPE_LEVEL: Final = {
    UnitType.PROVINCE: AdminLevel.PROVINCE,
    UnitType.MUNICIPALITY: AdminLevel.PROVINCE,
    UnitType.CITY: AdminLevel.DISTRICT,
    UnitType.TOWN: AdminLevel.DISTRICT,
    UnitType.RURAL_DISTRICT: AdminLevel.DISTRICT,
    UnitType.URBAN_DISTRICT: AdminLevel.DISTRICT,
    UnitType.COMMUNE: AdminLevel.COMMUNE,
    UnitType.WARD: AdminLevel.COMMUNE,
    UnitType.TOWNSHIP: AdminLevel.COMMUNE,
    UnitType.SPECIAL_ZONE: AdminLevel.COMMUNE,
}


@functools.cache
def _type_words() -> Words[UnitType]:
    """What a user may type for each unit type (``model/data/words/unit_types.toml``)."""
    return Words(tuple((UnitType(w.type), w.spellings) for w in unit_type_words()))
