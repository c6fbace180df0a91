"""Loader: the national unit lists of the PyPI package ``vietnam-provinces`` as a UnitRegistry.

The package (GPL-3.0-or-later) is an optional extra, ``hoiquanchung[units]``, imported only here
and only when called.  Verified against vietnam-provinces 2026.9.0, ``__data_version__``
2026-09-20: its ``legacy`` subpackage holds the three-tier lists (63 provinces, 696 districts,
10,051 communes as on 30/6/2025), its top level the two-tier lists (34 provinces, 3,321 communes),
and ``_ward_conversion_2025`` / ``_province_conversion_2025`` the mapping of 01/7/2025.

Codes are written as the national standard writes them: 2 digits for a province (``'01'``),
3 for a district (``'001'``), 5 for a commune (``'00004'``); names lose their type word
("Tỉnh Hậu Giang" is stored as name "Hậu Giang", type tỉnh).
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from typing import Any, Final

from hoiquanchung.errors import DataFileError, MissingDependencyError
from hoiquanchung.model._levels import LAST_DAY_OF_THREE_TIERS, TWO_TIERS_FROM, Era, UnitType
from hoiquanchung.model._registry import VERIFIED_VIETNAM_PROVINCES, UnitRegistry
from hoiquanchung.model._units import TYPE_WORDS, AdminUnit

__all__ = ["load"]

_WIDTH: Final = {"province": 2, "district": 3, "commune": 5}

# vietnam-provinces division types (their values) -> UnitType.
_TYPES: Final = {
    "tỉnh": UnitType.PROVINCE,
    "thành phố trung ương": UnitType.MUNICIPALITY,
    "thành phố": UnitType.CITY,
    "thị xã": UnitType.TOWN,
    "huyện": UnitType.RURAL_DISTRICT,
    "quận": UnitType.URBAN_DISTRICT,
    "xã": UnitType.COMMUNE,
    "phường": UnitType.WARD,
    "thị trấn": UnitType.TOWNSHIP,
    "đặc khu": UnitType.SPECIAL_ZONE,
}


def _code(value: Any, level: str) -> str:
    return str(int(value)).zfill(_WIDTH[level])


def _unit_type(division_type: Any, where: str) -> UnitType:
    value = str(getattr(division_type, "value", division_type))
    try:
        return _TYPES[value]
    except KeyError:
        raise DataFileError(f"unknown division type {value!r} for {where}") from None


def _bare_name(full: str, unit_type: UnitType) -> str:
    """'Tỉnh Hậu Giang' -> 'Hậu Giang' (the package writes the type word first, in any case)."""
    name = unicodedata.normalize("NFC", full).strip()
    word = TYPE_WORDS[unit_type]
    if name[: len(word)].casefold() == word.casefold() and name[len(word) : len(word) + 1] == " ":
        return name[len(word) + 1 :].strip()
    return name


def load() -> UnitRegistry:
    """Build the national :class:`UnitRegistry` from vietnam-provinces (both eras, the mapping)."""
    try:
        import vietnam_provinces
        from vietnam_provinces import _lookup as new_lists
        from vietnam_provinces import _province_conversion_2025 as province_map
        from vietnam_provinces import _ward_conversion_2025 as ward_map
        from vietnam_provinces.legacy import _lookup as old_lists
    except ImportError as error:
        raise MissingDependencyError(
            "the national administrative unit lists (default_registry)",
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
            f"vietnam-provinces {version} (data {data_version}) is not shaped as the release"
            f" hoiquanchung was verified against, {verified}: {error!r};"
            " install the pinned release with  pip install 'hoiquanchung[units]'"
        ) from error


def _build(
    version: str,
    data_version: str,
    new_lists: Any,
    old_lists: Any,
    ward_map: Any,
    province_map: Any,
) -> UnitRegistry:
    last_old: _dt.date = LAST_DAY_OF_THREE_TIERS
    first_new: _dt.date = TWO_TIERS_FROM
    units: list[AdminUnit] = []

    def add(code: str, full: str, division_type: Any, parent: str | None, era: Era) -> None:
        unit_type = _unit_type(division_type, f"{full!r} ({code})")
        units.append(
            AdminUnit(
                code=code,
                name=_bare_name(full, unit_type),
                type=unit_type,
                parent_code=parent,
                valid_from=first_new if era is Era.TWO_TIERS else None,
                valid_to=last_old if era is Era.THREE_TIERS else None,
            )
        )

    old = Era.THREE_TIERS
    for p in old_lists.PROVINCE_MAPPING.values():
        add(_code(p.code, "province"), p.name, p.division_type, None, old)
    for d in old_lists.DISTRICT_MAPPING.values():
        add(
            _code(d.code, "district"),
            d.name,
            d.division_type,
            _code(d.province_code, "province"),
            old,
        )
    for w in old_lists.WARD_MAPPING.values():
        add(
            _code(w.code, "commune"),
            w.name,
            w.division_type,
            _code(w.district_code, "district"),
            old,
        )
    new = Era.TWO_TIERS
    for p in new_lists.PROVINCE_MAPPING.values():
        add(_code(p.code, "province"), p.name, p.division_type, None, new)
    for w in new_lists.WARD_MAPPING.values():
        add(
            _code(w.code, "commune"),
            w.name,
            w.division_type,
            _code(w.province_code, "province"),
            new,
        )

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
                raise DataFileError(f"the ward mapping names an unknown new ward {target.code}")
            successions.append((_code(old_code, "commune"), _code(target.code, "commune")))
    for old_code, entry in province_map.OLD_TO_NEW.items():
        if int(old_code) not in old_provinces:
            raise DataFileError(f"the province mapping names an unknown old province {old_code}")
        for target in entry.new_provinces:
            if int(target.code) not in new_provinces:
                raise DataFileError(f"the province mapping names an unknown new province {target}")
            successions.append((_code(old_code, "province"), _code(target.code, "province")))

    mapped_old = {int(c) for c in ward_map.OLD_TO_NEW}
    mapped_new = {int(c) for c in ward_map.NEW_TO_OLD}
    unmapped_old = sorted(old_communes - mapped_old)
    unmapped_new = sorted(new_communes - mapped_new)
    notes = [
        "the three-tier lists are those in force on"
        f" {last_old.isoformat()}: changes made before that day are not dated in them",
        "the two-tier lists are those of the data version"
        f" {data_version}: changes of name or type after {first_new.isoformat()} are not dated"
        " in them (they give "
        + ", ".join(
            u.full_name for u in units if u.era is Era.TWO_TIERS and u.type is UnitType.MUNICIPALITY
        )
        + " as centrally governed cities)",
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
    return UnitRegistry(
        units,
        successions=successions,
        source=f"vietnam-provinces {version} (data {data_version})",
        data_as_of={
            Era.THREE_TIERS: last_old,
            Era.TWO_TIERS: _dt.date.fromisoformat(data_version)
            if _is_iso(data_version)
            else first_new,
        },
        notes=notes,
    )


def _is_iso(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
