"""The national register built from vietnam-provinces: real units, real counts, the 2025 mapping.

Every number asserted here is computed from the package data by the registry; the expected
figures are those of the reference document and of DOMAIN.md's sources.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import (
    AmbiguousLookupError,
    DataFileError,
    MissingDependencyError,
    NotFoundError,
)
from hoiquanchung.model import AdminLevel, AdminUnit, Era, UnitRegistry, UnitType, default_registry
from hoiquanchung.model._registry import VERIFIED_VIETNAM_PROVINCES, loose_key

vietnam_provinces = pytest.importorskip("vietnam_provinces")

REPORT_DAY = dt.date(2024, 6, 30)  # the reference report's figures are of mid-2024
OLD_DAY = dt.date(2025, 6, 30)
NEW_DAY = dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def registry() -> UnitRegistry:
    return default_registry()


@pytest.fixture(scope="module")
def hau_giang(registry: UnitRegistry) -> AdminUnit:
    return registry.find("Hậu Giang", on=REPORT_DAY)


def test_verified_against_the_pinned_release() -> None:
    assert (vietnam_provinces.__version__, vietnam_provinces.__data_version__) == (
        VERIFIED_VIETNAM_PROVINCES
    )
    assert default_registry() is default_registry()  # built once


def test_hau_giang_in_2024(registry: UnitRegistry, hau_giang: AdminUnit) -> None:
    assert (hau_giang.code, hau_giang.type, hau_giang.era) == (
        "93",
        UnitType.PROVINCE,
        Era.THREE_TIERS,
    )
    for level, count, types in (
        (AdminLevel.DISTRICT, 8, {UnitType.CITY: 2, UnitType.TOWN: 1, UnitType.RURAL_DISTRICT: 5}),
        (AdminLevel.COMMUNE, 75, {UnitType.COMMUNE: 51, UnitType.WARD: 13, UnitType.TOWNSHIP: 11}),
    ):
        assert len(registry.units_in(hau_giang, on=REPORT_DAY, level=level)) == count
        assert registry.type_counts(hau_giang, on=REPORT_DAY, level=level) == types
    districts = registry.units_in(hau_giang, on=REPORT_DAY, level=AdminLevel.DISTRICT)
    assert [d.code for d in districts] == [str(c) for c in range(930, 938)]
    assert sum(len(registry.children(d)) for d in districts) == 75


def test_reference_document_unit_counts_match_the_data(
    reference_text: str, registry: UnitRegistry, hau_giang: AdminUnit
) -> None:
    # "Tỉnh Hậu Giang hiện có 02 thành phố, 01 thị xã, 05 huyện, với 75 xã, phường, thị trấn"
    match = re.search(
        r"Tỉnh Hậu Giang hiện có (\d+) thành phố, (\d+) thị xã, (\d+) huyện, "
        r"với (\d+) xã, phường, thị trấn",
        reference_text,
    )
    assert match is not None
    cities, towns, rural, communes = (int(g) for g in match.groups())
    districts = registry.type_counts(hau_giang, on=REPORT_DAY, level=AdminLevel.DISTRICT)
    assert (districts[UnitType.CITY], districts[UnitType.TOWN]) == (cities, towns)
    assert districts[UnitType.RURAL_DISTRICT] == rural
    assert len(registry.units_in(hau_giang, on=REPORT_DAY, level=AdminLevel.COMMUNE)) == communes


def test_hau_giang_after_the_reform(registry: UnitRegistry, hau_giang: AdminUnit) -> None:
    with pytest.raises(NotFoundError):
        registry.find("Hậu Giang", on=NEW_DAY)
    assert all(p.name != "Hậu Giang" for p in registry.provinces(NEW_DAY))
    with pytest.raises(NotFoundError, match="not in force"):
        registry.units_in(hau_giang, on=NEW_DAY)
    can_tho = registry.get("92", on=NEW_DAY)
    assert (can_tho.name, can_tho.type) == ("Cần Thơ", UnitType.MUNICIPALITY)
    assert registry.successors(hau_giang) == (can_tho,)
    assert [p.name for p in registry.predecessors(can_tho)] == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]
    communes = registry.units_in(hau_giang, level=AdminLevel.COMMUNE)
    targets = {new for commune in communes for new in registry.successors(commune)}
    assert len(targets) == 28
    assert {registry.province_of(t) for t in targets} == {can_tho}
    districts = registry.units_in(hau_giang, level=AdminLevel.DISTRICT)
    assert {new for d in districts for new in registry.successors(d)} == targets
    new_can_tho = registry.units_in(can_tho, on=NEW_DAY)
    assert Counter(u.type for u in new_can_tho) == {UnitType.WARD: 31, UnitType.COMMUNE: 72}


def test_code_reused_across_the_reform(registry: UnitRegistry) -> None:
    before = registry.get("31321", on=OLD_DAY)
    after = registry.get("31321", on=NEW_DAY)
    assert (before.full_name, after.full_name) == ("Phường III", "Phường Vị Thanh")
    assert before != after
    assert after in registry.successors(before)
    assert registry.parent(before) == registry.find("TP Vị Thanh")
    with pytest.raises(AmbiguousLookupError) as caught:
        registry.get("31321")
    assert set(caught.value.candidates) == {before, after}


def test_names_lose_only_their_own_type_word(registry: UnitRegistry) -> None:
    phuong_duc = registry.get("19780", era=Era.THREE_TIERS)  # "Phường Phường Đúc" in the data
    assert (phuong_duc.name, phuong_duc.full_name) == ("Phường Đúc", "Phường Phường Đúc")
    assert registry.find("Phường Đúc", era=Era.THREE_TIERS) == phuong_duc
    assert registry.find("Phường Phường Đúc") == phuong_duc
    assert {u.name for u in registry.provinces(NEW_DAY)} >= {"Hà Nội", "Cần Thơ", "Hồ Chí Minh"}


def test_unpadded_code_suggests_the_padded_one(registry: UnitRegistry) -> None:
    with pytest.raises(NotFoundError, match="did you mean '01'") as caught:
        registry.get("1", on=NEW_DAY)
    assert "Hà Nội" in str(caught.value)
    with pytest.raises(NotFoundError, match="did you mean '00004'"):
        registry.get("4", on=NEW_DAY)
    with pytest.raises(NotFoundError) as caught:
        registry.get("99999", on=NEW_DAY)
    assert "did you mean" not in str(caught.value)


def test_national_counts(registry: UnitRegistry) -> None:
    def census(on: dt.date) -> Counter[UnitType]:
        return Counter(
            u.type for p in registry.provinces(on) for u in (p, *registry.units_in(p, on=on))
        )

    before, after = census(REPORT_DAY), census(NEW_DAY)
    province_level = {UnitType.PROVINCE, UnitType.MUNICIPALITY}
    assert sum(before[t] for t in province_level) == 63
    assert sum(after[t] for t in province_level) == 34
    assert sum(n for t, n in before.items() if t.level is AdminLevel.DISTRICT) == 696
    # DOMAIN.md: "~10,050" commune units before the reform; the data say 10,051.
    assert sum(n for t, n in before.items() if t.level is AdminLevel.COMMUNE) == 10_051
    assert (after[UnitType.COMMUNE], after[UnitType.WARD], after[UnitType.SPECIAL_ZONE]) == (
        2621,
        687,
        13,
    )
    assert sum(n for t, n in after.items() if t.level is AdminLevel.COMMUNE) == 3321
    assert not any(t.level is AdminLevel.DISTRICT for t in after)
    assert UnitType.TOWNSHIP not in after
    assert UnitType.SPECIAL_ZONE not in before
    assert len(registry) == sum(before.values()) + sum(after.values())


@pytest.mark.parametrize(
    "text",
    [
        "hau giang",
        "Hậu Giang",
        "HẬU GIANG",
        unicodedata.normalize("NFD", "Hậu Giang"),
        "tỉnh Hậu Giang",
        "Tỉnh Hậu Giang",
        "TỈNH HẬU GIANG",
        "tinh hau giang",
        "  Hậu   Giang ",
    ],
)
def test_find_hau_giang_however_written(
    registry: UnitRegistry, hau_giang: AdminUnit, text: str
) -> None:
    assert registry.find(text) == hau_giang


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("TP Vị Thanh", "930"),
        ("TP. Ngã Bảy", "931"),
        ("thành phố Ngã Bảy", "931"),
        ("H. Châu Thành A", "932"),
        ("huyện Châu Thành A", "932"),
        ("H. Phụng Hiệp", "934"),
        ("H. Vị Thủy", "935"),  # the data write "Vị Thuỷ"
        ("Vị Thuỷ", "935"),
        ("H. Long Mỹ", "936"),
        ("TX Long Mỹ", "937"),
        ("thị xã Long Mỹ", "937"),
    ],
)
def test_hau_giang_districts_by_name(
    registry: UnitRegistry, hau_giang: AdminUnit, text: str, code: str
) -> None:
    found = registry.find(text, within=hau_giang, level=AdminLevel.DISTRICT)
    assert found == registry.get(code, on=REPORT_DAY)


def test_ambiguous_names_list_candidates(registry: UnitRegistry, hau_giang: AdminUnit) -> None:
    with pytest.raises(AmbiguousLookupError, match="matches") as caught:
        registry.find("Châu Thành", level=AdminLevel.DISTRICT)
    candidates = caught.value.candidates
    assert len(candidates) > 2
    assert registry.get("933", on=REPORT_DAY) in candidates
    assert all(isinstance(c, AdminUnit) for c in candidates)
    assert registry.find("Châu Thành", within=hau_giang, level=AdminLevel.DISTRICT).code == "933"
    with pytest.raises(AmbiguousLookupError):
        registry.find("Long Mỹ", within=hau_giang, level=AdminLevel.DISTRICT)  # huyện and thị xã
    with pytest.raises(AmbiguousLookupError):
        registry.find("Cần Thơ")  # the province of each era


def test_missing_mapping_entries_are_not_found(registry: UnitRegistry) -> None:
    from vietnam_provinces import _lookup as new_lists
    from vietnam_provinces import _ward_conversion_2025 as ward_map
    from vietnam_provinces.legacy import _lookup as old_lists

    no_successor = {f"{c:05d}" for c in old_lists.WARD_MAPPING if c not in ward_map.OLD_TO_NEW}
    no_predecessor = {f"{c:05d}" for c in new_lists.WARD_MAPPING if c not in ward_map.NEW_TO_OLD}
    assert no_successor
    assert no_predecessor
    for code in sorted(no_successor):
        with pytest.raises(NotFoundError, match="do not say what"):
            registry.successors(registry.get(code, era=Era.THREE_TIERS))
    for code in sorted(no_predecessor):
        with pytest.raises(NotFoundError, match="came from"):
            registry.predecessors(registry.get(code, era=Era.TWO_TIERS))
    notes = " ".join(registry.notes)
    assert all(code in notes for code in no_successor | no_predecessor)
    assert registry.data_as_of == {
        Era.THREE_TIERS: OLD_DAY,
        Era.TWO_TIERS: dt.date.fromisoformat(vietnam_provinces.__data_version__),
    }


def test_every_unit_round_trips_by_code_and_date(registry: UnitRegistry) -> None:
    for unit in registry:
        day = unit.last_day if unit.era is Era.THREE_TIERS else unit.first_day
        assert day is not None
        assert registry.get(unit.code, on=day) is unit
        assert registry.get(unit.code, era=unit.era) is unit


def test_every_unit_is_found_by_its_names(registry: UnitRegistry) -> None:
    for unit in registry:
        for text in (
            unit.name,
            unicodedata.normalize("NFD", unit.full_name).upper(),
            loose_key(unit.full_name),
        ):
            assert unit in registry.find_all(text, era=unit.era), text


def test_every_successor_lists_its_predecessor(registry: UnitRegistry) -> None:
    pairs = 0
    for unit in registry:
        if unit.era is Era.THREE_TIERS and unit.level is AdminLevel.COMMUNE:
            try:
                after = registry.successors(unit)
            except NotFoundError:
                continue
            for new in after:
                assert unit in registry.predecessors(new)
                assert registry.province_of(new) in registry.successors(registry.province_of(unit))
                pairs += 1
    assert pairs > 10_000


@functools.cache
def _all_units() -> tuple[AdminUnit, ...]:
    return tuple(default_registry())


def _case_mix(text: str, flips: list[bool]) -> str:
    return "".join(c.upper() if flip else c.lower() for c, flip in zip(text, flips, strict=False))


@given(st.data())
def test_name_lookup_is_invariant_under_nfc_nfd_and_case(data: st.DataObject) -> None:
    registry = default_registry()
    unit = data.draw(st.sampled_from(_all_units()))
    text = data.draw(st.sampled_from([unit.name, unit.full_name]))
    flips = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    form: Literal["NFC", "NFD"] = data.draw(st.sampled_from(["NFC", "NFD"]))
    variant = unicodedata.normalize(form, _case_mix(text, flips))
    expected = registry.find_all(text, era=unit.era)
    assert unit in expected
    assert registry.find_all(variant, era=unit.era) == expected
    assert unit in registry.find_all(loose_key(text), era=unit.era)


@given(st.data())
def test_code_and_date_lookup_round_trips(data: st.DataObject) -> None:
    registry = default_registry()
    unit = data.draw(st.sampled_from(_all_units()))
    if unit.era is Era.THREE_TIERS:
        day = data.draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=OLD_DAY))
    else:
        day = data.draw(st.dates(min_value=NEW_DAY, max_value=dt.date(2100, 1, 1)))
    assert registry.get(unit.code, on=day) is unit


def test_without_vietnam_provinces_lookups_say_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default_registry.cache_clear()
    try:
        monkeypatch.setitem(sys.modules, "vietnam_provinces", None)
        with pytest.raises(MissingDependencyError) as caught:
            default_registry()
        assert caught.value.extra == "units"
        assert caught.value.package == "vietnam-provinces"
        assert "pip install 'hoiquanchung[units]'" in str(caught.value)
        assert isinstance(caught.value, ImportError)
        with pytest.raises(MissingDependencyError):
            UnitRegistry.from_vietnam_provinces()
    finally:
        monkeypatch.undo()
        default_registry.cache_clear()
    assert len(default_registry()) > 0


def test_a_differently_shaped_release_is_a_data_file_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vietnam_provinces import _ward_conversion_2025 as ward_map

    monkeypatch.setattr(ward_map, "OLD_TO_NEW", {31321: object()})
    with pytest.raises(DataFileError, match="verified against"):
        UnitRegistry.from_vietnam_provinces()


def test_the_core_does_not_import_the_gpl_package() -> None:
    code = (
        "import sys, hoiquanchung, hoiquanchung.model;"
        "assert 'vietnam_provinces' not in sys.modules, 'imported eagerly'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
