"""Unconfirmed vendored facts and dated, sourced corrections applied without editing them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.errors import ModelValidationError, NotFoundError, ValidationError
from hoiquanchung.model import (
    AdminUnit,
    Era,
    UnitCorrection,
    UnitRegistry,
    UnitType,
    default_registry,
)
from hoiquanchung.model._vietnam_provinces import centrally_governed_cities

pytest.importorskip("vietnam_provinces")

NEW_DAY = dt.date(2025, 7, 1)
SOURCE = "Nghị quyết 202/2025/QH15"


def to_province(code: str, **kw: object) -> UnitCorrection:
    return UnitCorrection(
        code=code, era=Era.TWO_TIERS, type=UnitType.PROVINCE, as_of=NEW_DAY, source=SOURCE, **kw
    )  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def registry() -> UnitRegistry:
    return default_registry()


def test_the_six_cities_of_202_are_data() -> None:
    source, seen, day, codes = centrally_governed_cities()
    assert (source, day) == (SOURCE, NEW_DAY)
    assert codes == ("01", "31", "46", "48", "79", "92")
    assert "202/2025/QH15" in seen


def test_the_three_extra_cities_are_marked_unconfirmed(registry: UnitRegistry) -> None:
    cities = {u.code for u in registry.provinces(NEW_DAY) if u.type is UnitType.MUNICIPALITY}
    confirmed = set(centrally_governed_cities()[3])
    assert confirmed < cities  # the vendored data has all six, and more
    assert {u.code for u in registry.unconfirmed} == cities - confirmed == {"22", "24", "75"}
    for unit, why in registry.unconfirmed.items():
        assert unit.era is Era.TWO_TIERS
        assert "no date" in why
        assert SOURCE in why
        assert why.endswith("unconfirmed")


def test_a_correction_replaces_the_unit_and_leaves_the_original(registry: UnitRegistry) -> None:
    fixed = registry.corrected(to_province("22"), to_province("24"))
    quang_ninh = fixed.get("22", on=NEW_DAY)
    assert quang_ninh.full_name == "Tỉnh Quảng Ninh"
    assert quang_ninh not in fixed.unconfirmed
    assert {u.code for u in fixed.unconfirmed} == {"75"}
    assert fixed.corrections == (to_province("22"), to_province("24"))
    assert fixed.notes[-1].startswith("corrected 24 (hai cấp): type tỉnh, as of 2025-07-01")
    assert registry.get("22", on=NEW_DAY).type is UnitType.MUNICIPALITY
    # Everything else is kept: the units under it, the mapping, the source.
    assert len(fixed) == len(registry)
    assert fixed.units_in("22", on=NEW_DAY) == registry.units_in("22", on=NEW_DAY)
    old = registry.get("22", on=dt.date(2024, 6, 30))
    assert fixed.successors(fixed.get("22", on=dt.date(2024, 6, 30))) == (quang_ninh,)
    assert registry.successors(old) == (registry.get("22", on=NEW_DAY),)
    assert fixed.source == registry.source
    # Corrections accumulate.
    again = fixed.corrected(to_province("75"))
    assert dict(again.unconfirmed) == {}
    assert len(again.corrections) == 3


def test_a_name_correction(registry: UnitRegistry) -> None:
    fixed = registry.corrected(
        UnitCorrection(
            code="79", era=Era.TWO_TIERS, name="Thành phố Hồ Chí Minh", as_of=NEW_DAY,
            source="the city's own usage",
        )
    )  # fmt: skip
    assert fixed.get("79", on=NEW_DAY).name == "Thành phố Hồ Chí Minh"
    assert fixed.find("thanh pho ho chi minh", on=NEW_DAY).code == "79"


def test_bad_corrections_are_refused(registry: UnitRegistry) -> None:
    with pytest.raises(NotFoundError, match="no unit with code '99'"):
        registry.corrected(to_province("99"))
    with pytest.raises(ValidationError, match="not a UnitCorrection"):
        registry.corrected("22")  # type: ignore[arg-type]
    with pytest.raises(ModelValidationError):  # a commune type for a province
        registry.corrected(
            UnitCorrection(
                code="22", era=Era.TWO_TIERS, type=UnitType.WARD, as_of=NEW_DAY, source=SOURCE
            )
        )
    for kw, field in [
        ({"type": None}, "type"),
        ({"source": ""}, "source"),
        ({"code": "2x"}, "code"),
        ({"era": "hai cấp"}, "era"),
        ({"as_of": "2025-07-01"}, "as_of"),
    ]:
        args: dict[str, object] = {
            "code": "22", "era": Era.TWO_TIERS, "type": UnitType.PROVINCE, "as_of": NEW_DAY,
            "source": SOURCE, **kw,
        }  # fmt: skip
        with pytest.raises(ValidationError) as info:
            UnitCorrection(**args)  # type: ignore[arg-type]
        assert info.value.field == field


def test_unconfirmed_must_name_a_unit_of_the_registry() -> None:
    unit = AdminUnit("93", "Hậu Giang", UnitType.PROVINCE, None, valid_to=dt.date(2025, 6, 30))
    with pytest.raises(ModelValidationError, match="no unit here"):
        UnitRegistry([unit], unconfirmed={("92", Era.TWO_TIERS): "why"})
    small = UnitRegistry([unit], unconfirmed={("93", Era.THREE_TIERS): "why"})
    assert dict(small.unconfirmed) == {unit: "why"}


# Eight sets of codes in all; each example rebuilds the national register (about 0,1 s).
@settings(max_examples=16, deadline=None)
@given(st.sets(st.sampled_from(["22", "24", "75"])), st.dates(max_value=dt.date(2030, 1, 1)))
def test_corrections_change_only_the_units_they_name(codes: set[str], as_of: dt.date) -> None:
    registry = default_registry()
    fixes = [
        UnitCorrection(
            code=c, era=Era.TWO_TIERS, type=UnitType.PROVINCE, as_of=as_of, source=SOURCE
        )
        for c in sorted(codes)
    ]
    fixed = registry.corrected(*fixes)
    assert len(fixed) == len(registry)
    changed = {u.key for u in registry if u not in fixed}
    assert changed == {(c, Era.TWO_TIERS) for c in codes}
    assert {u.code for u in fixed.unconfirmed} == {"22", "24", "75"} - codes


def test_corrections_are_read_from_a_file_and_round_trip(registry: UnitRegistry) -> None:
    from hoiquanchung.io import dump_json, load_json

    fixes = [to_province("75", note="adoption in 2026 not seen")]
    again = load_json(dump_json(fixes), list[UnitCorrection])
    assert again == fixes
    assert registry.corrected(*again).get("75", on=NEW_DAY).type is UnitType.PROVINCE
