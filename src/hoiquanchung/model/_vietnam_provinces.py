"""Loader: the national unit lists of the PyPI package ``vietnam-provinces`` as a UnitRegistry.

The package (GPL-3.0-or-later) is an optional extra, ``hoiquanchung[units]``, imported only here
and only when called.  Verified against vietnam-provinces 2026.9.0, ``__data_version__``
2026-09-20: its ``legacy`` subpackage holds the three-tier lists (63 provinces, 696 districts,
10,051 communes as on 30/6/2025), its top level the two-tier lists (34 provinces, 3,321 communes),
and ``_ward_conversion_2025`` / ``_province_conversion_2025`` the mapping of 01/7/2025.

The loader returns plain :class:`UnitData`; :class:`~hoiquanchung.model.UnitRegistry` builds
itself from it (this module does not import the registry: the arrow points one way).  What the
package states that the project's sources do not confirm is listed in ``UnitData.unconfirmed``:
today, the centrally governed cities of the two-tier era beyond the 6 of Nghị quyết
202/2025/QH15 (the package gives 9, with no date).

Codes are written as the national standard writes them: 2 digits for a province (``'01'``),
3 for a district (``'001'``), 5 for a commune (``'00004'``); names lose their type word
("Tỉnh Hậu Giang" is stored as name "Hậu Giang", type tỉnh).
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, Final

import attrs

from hoiquanchung._catalogue import error_text
from hoiquanchung._nfc import stripped_text
from hoiquanchung.errors import DataFileError, MissingDependencyError
from hoiquanchung.model import _data_files
from hoiquanchung.model._levels import LAST_DAY_OF_THREE_TIERS, TWO_TIERS_FROM, Era, UnitType
from hoiquanchung.model._unit_words import unit_type_words
from hoiquanchung.model._units import AdminUnit, type_words

__all__ = ["VERIFIED_VIETNAM_PROVINCES", "UnitData", "centrally_governed_cities", "load"]

#: The vietnam-provinces release (and its ``__data_version__``) the loader was verified against.
VERIFIED_VIETNAM_PROVINCES: Final = ("2026.9.0", "2026-09-20")

_WIDTH: Final = {"province": 2, "district": 3, "commune": 5}


# vietnam-provinces division types (their values) -> UnitType.
@functools.cache
def _types() -> dict[str, UnitType]:
    """The unit types by the name vietnam-provinces gives them (``data/words/unit_types.toml``)."""
    return {w.vietnam_provinces: UnitType(w.type) for w in unit_type_words()}


@attrs.frozen(kw_only=True)
class UnitData:
    """What the loader read: the arguments of a :class:`~hoiquanchung.model.UnitRegistry`.

    ``unconfirmed`` maps a unit's key ``(code, era)`` to what the package states about it that
    the project's sources do not confirm.
    """

    units: tuple[AdminUnit, ...]
    successions: tuple[tuple[str, str], ...]
    source: str
    data_as_of: dict[Era, _dt.date]
    notes: tuple[str, ...]
    unconfirmed: dict[tuple[str, Era], str]


@attrs.frozen(kw_only=True)
class _City:
    code: str
    name: str


@attrs.frozen(kw_only=True)
class _CityList:
    """The data file of the centrally governed cities a resolution made."""

    legal_source: str
    issued_on: _dt.date
    valid_from: _dt.date
    where_seen: tuple[str, ...]
    note: str | None = None
    cities: tuple[_City, ...]


def centrally_governed_cities() -> tuple[str, str, _dt.date, tuple[str, ...]]:
    """``(legal_source, where_seen, from, codes)``: the centrally governed cities of the two-tier
    era that the project's sources confirm (``hoiquanchung/model/data/units``).

    >>> source, seen, day, codes = centrally_governed_cities()
    >>> source, day.isoformat(), codes
    ('Nghị quyết 202/2025/QH15', '2025-07-01', ('01', '31', '46', '48', '79', '92'))
    """
    (data,) = _data_files.packaged("units", _CityList)
    codes = tuple(sorted(c.code for c in data.cities))
    return data.legal_source, "; ".join(data.where_seen), data.valid_from, codes


def _code(value: Any, level: str) -> str:
    return str(int(value)).zfill(_WIDTH[level])


def _unit_type(division_type: Any, where: str) -> UnitType:
    value = str(getattr(division_type, "value", division_type))
    try:
        return _types()[value]
    except KeyError:
        raise DataFileError(error_text("division-type-unknown", value=value, where=where)) from None


def _bare_name(full: str, unit_type: UnitType) -> str:
    """'Tỉnh Hậu Giang' -> 'Hậu Giang' (the package writes the type word first, in any case)."""
    name = stripped_text(full)
    word = type_words()[unit_type]
    if name[: len(word)].casefold() == word.casefold() and name[len(word) : len(word) + 1] == " ":
        return name[len(word) + 1 :].strip()
    return name


def load() -> UnitData:
    """Read the national unit lists of vietnam-provinces (both eras, the mapping)."""
    try:
        import vietnam_provinces
        from vietnam_provinces import _lookup as new_lists
        from vietnam_provinces import _province_conversion_2025 as province_map
        from vietnam_provinces import _ward_conversion_2025 as ward_map
        from vietnam_provinces.legacy import _lookup as old_lists
    except ImportError as error:
        raise MissingDependencyError(
            feature="the national administrative unit lists (default_registry)",
            extra="units",
            package="vietnam-provinces",
        ) from error
    version = str(getattr(vietnam_provinces, "__version__", "?"))
    data_version = str(getattr(vietnam_provinces, "__data_version__", "?"))
    try:
        return _build(version, data_version, new_lists, old_lists, ward_map, province_map)
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        verified = "{} (data {})".format(*VERIFIED_VIETNAM_PROVINCES)
        raise DataFileError(
            error_text(
                "unit-data-not-verified",
                version=version,
                data_version=data_version,
                verified=verified,
                error=repr(error),
            )
        ) from error


def _build(
    version: str,
    data_version: str,
    new_lists: Any,
    old_lists: Any,
    ward_map: Any,
    province_map: Any,
) -> UnitData:
    units = _units(old_lists, new_lists)
    successions, unknown_old = _successions(old_lists, new_lists, ward_map, province_map)
    source = f"vietnam-provinces {version} (data {data_version})"
    return UnitData(
        units=tuple(units),
        successions=tuple(successions),
        source=source,
        data_as_of={
            Era.THREE_TIERS: LAST_DAY_OF_THREE_TIERS,
            Era.TWO_TIERS: _dt.date.fromisoformat(data_version)
            if _is_iso(data_version)
            else TWO_TIERS_FROM,
        },
        notes=tuple(_notes(units, data_version, unknown_old, old_lists, new_lists, ward_map)),
        unconfirmed=_unconfirmed(units, source),
    )


def _unit(code: str, full: str, division_type: Any, parent: str | None, era: Era) -> AdminUnit:
    unit_type = _unit_type(division_type, f"{full!r} ({code})")
    return AdminUnit(
        code=code,
        name=_bare_name(full, unit_type),
        type=unit_type,
        parent_code=parent,
        valid_from=TWO_TIERS_FROM if era is Era.TWO_TIERS else None,
        valid_to=LAST_DAY_OF_THREE_TIERS if era is Era.THREE_TIERS else None,
    )


def _units(old_lists: Any, new_lists: Any) -> list[AdminUnit]:
    """Every unit of both eras: provinces, districts and communes (three tiers), then provinces
    and communes (two tiers)."""
    old, new = Era.THREE_TIERS, Era.TWO_TIERS
    prov, dist, comm = "province", "district", "commune"
    units = [
        _unit(_code(p.code, prov), p.name, p.division_type, None, old)
        for p in old_lists.PROVINCE_MAPPING.values()
    ]
    units += [
        _unit(_code(d.code, dist), d.name, d.division_type, _code(d.province_code, prov), old)
        for d in old_lists.DISTRICT_MAPPING.values()
    ]
    units += [
        _unit(_code(w.code, comm), w.name, w.division_type, _code(w.district_code, dist), old)
        for w in old_lists.WARD_MAPPING.values()
    ]
    units += [
        _unit(_code(p.code, prov), p.name, p.division_type, None, new)
        for p in new_lists.PROVINCE_MAPPING.values()
    ]
    units += [
        _unit(_code(w.code, comm), w.name, w.division_type, _code(w.province_code, prov), new)
        for w in new_lists.WARD_MAPPING.values()
    ]
    return units


def _successions(
    old_lists: Any, new_lists: Any, ward_map: Any, province_map: Any
) -> tuple[list[tuple[str, str]], list[int]]:
    """The (old, new) code pairs of the 2025 mapping, and the old commune codes it names that
    the three-tier list lacks (left out)."""
    old_communes = {int(c) for c in old_lists.WARD_MAPPING}
    new_communes = {int(c) for c in new_lists.WARD_MAPPING}
    old_provinces = {int(c) for c in old_lists.PROVINCE_MAPPING}
    new_provinces = {int(c) for c in new_lists.PROVINCE_MAPPING}
    successions: list[tuple[str, str]] = []
    unknown_old: list[int] = []
    for old_code, entry in ward_map.OLD_TO_NEW.items():
        if int(old_code) not in old_communes:
            unknown_old.append(int(old_code))
            continue
        for target in entry.new_wards:
            if int(target.code) not in new_communes:
                raise DataFileError(error_text("mapping-unknown-new-ward", unit_code=target.code))
            successions.append((_code(old_code, "commune"), _code(target.code, "commune")))
    for old_code, entry in province_map.OLD_TO_NEW.items():
        if int(old_code) not in old_provinces:
            raise DataFileError(error_text("mapping-unknown-old-province", unit_code=old_code))
        for target in entry.new_provinces:
            if int(target.code) not in new_provinces:
                raise DataFileError(
                    error_text("mapping-unknown-new-province", unit_code=str(target))
                )
            successions.append((_code(old_code, "province"), _code(target.code, "province")))
    return successions, unknown_old


def _notes(
    units: list[AdminUnit],
    data_version: str,
    unknown_old: list[int],
    old_lists: Any,
    new_lists: Any,
    ward_map: Any,
) -> list[str]:
    """What the lists do not date, and what the loader had to leave out."""
    mapped_old = {int(c) for c in ward_map.OLD_TO_NEW}
    mapped_new = {int(c) for c in ward_map.NEW_TO_OLD}
    unmapped_old = sorted({int(c) for c in old_lists.WARD_MAPPING} - mapped_old)
    unmapped_new = sorted({int(c) for c in new_lists.WARD_MAPPING} - mapped_new)
    cities = ", ".join(
        u.full_name for u in units if u.era is Era.TWO_TIERS and u.type is UnitType.MUNICIPALITY
    )
    notes = [
        "the three-tier lists are those in force on"
        f" {LAST_DAY_OF_THREE_TIERS.isoformat()}: changes made before that day are not dated in"
        " them",
        f"the two-tier lists are those of the data version {data_version}: changes of name or"
        f" type after {TWO_TIERS_FROM.isoformat()} are not dated in them (they give {cities} as"
        " centrally governed cities)",
    ]
    if unknown_old:
        notes.append(
            f"{len(unknown_old)} old commune codes in the 2025 mapping are not in the three-tier"
            f" list and were left out: {', '.join(_code(c, 'commune') for c in unknown_old)}"
        )
    if unmapped_old:
        notes.append(
            f"{len(unmapped_old)} three-tier communes have no entry in the 2025 mapping"
            f" (successors() raises NotFoundError for them):"
            f" {', '.join(_code(c, 'commune') for c in unmapped_old)}"
        )
    if unmapped_new:
        notes.append(
            f"{len(unmapped_new)} two-tier communes have no predecessor in the 2025 mapping"
            f" (predecessors() raises NotFoundError for them):"
            f" {', '.join(_code(c, 'commune') for c in unmapped_new)}"
        )
    return notes


def _unconfirmed(units: list[AdminUnit], source: str) -> dict[tuple[str, Era], str]:
    """The package's centrally governed cities of the two-tier era that no source confirms."""
    legal_source, seen, day, confirmed = centrally_governed_cities()
    return {
        unit.key: (
            f"{source} gives {unit.full_name} as a centrally governed city (thành phố trực thuộc"
            f" trung ương) with no date; {legal_source} (from {day.isoformat()}; {seen}) made"
            f" {len(confirmed)}, not including it: unconfirmed"
        )
        for unit in units
        if unit.era is Era.TWO_TIERS
        and unit.type is UnitType.MUNICIPALITY
        and unit.code not in confirmed
    }


def _is_iso(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
