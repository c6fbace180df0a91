"""Figures of three-tier units mapped onto the two-tier units: totals kept, nothing invented."""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import NotFoundError, ValidationError
from hoiquanchung.model import (
    AdminLevel,
    Era,
    UnitRegistry,
    apportion,
    default_registry,
    map_to_two_tiers,
)
from tests.strategies import two_era_registries

# --- apportion ---------------------------------------------------------------------------------


@given(
    st.integers(min_value=0, max_value=10**12),
    st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=8).filter(any),
)
def test_apportion_parts_add_up_and_stay_within_one_of_the_quota(
    value: int, weights: list[int]
) -> None:
    parts = apportion(value, weights)
    assert sum(parts) == value
    total = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        quota = Fraction(value * weight, total)
        assert quota - 1 < part < quota + 1
        if weight == 0:
            assert part == 0


@given(
    st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False),
    st.lists(st.integers(min_value=1, max_value=1000), min_size=1, max_size=5),
)
def test_apportion_money_keeps_its_last_digit_and_adds_up(
    value: Decimal, weights: list[int]
) -> None:
    parts = apportion(value, weights)
    assert all(p.as_tuple().exponent == value.as_tuple().exponent for p in parts)  # type: ignore[union-attr]
    assert sum(Fraction(p) for p in parts) == Fraction(value)


def test_apportion_largest_remainder_and_ties() -> None:
    assert apportion(10, [1, 1, 1]) == (4, 3, 3)  # tie: the earlier part
    assert apportion(7, [20_000, 15_000]) == (4, 3)
    assert apportion(1, [1, 0]) == (1, 0)
    # A Decimal is divided in units of its own last digit: 1E+3 is one thousand, not 1000 ones.
    assert apportion(Decimal("1E+3"), [1, 1, 1]) == (
        Decimal("1E+3"),
        Decimal("0E+3"),
        Decimal("0E+3"),
    )
    assert apportion(Decimal("1000"), [1, 1, 1]) == (Decimal(334), Decimal(333), Decimal(333))


def test_apportion_ignores_the_callers_decimal_context() -> None:
    with decimal.localcontext(decimal.Context(prec=3)):
        parts = apportion(Decimal("140457182000"), [1, 2])
    assert parts == (Decimal("46819060667"), Decimal("93638121333"))


@pytest.mark.parametrize(
    ("value", "weights"),
    [(5, [0, 0]), (5, []), (-1, [1]), (5, [-1, 2]), (1.5, [1]), (5, "12"), (True, [1])],
)
def test_apportion_refuses(value: object, weights: object) -> None:
    with pytest.raises(ValidationError):
        apportion(value, weights)  # type: ignore[arg-type]


# --- map_to_two_tiers: properties --------------------------------------------------------------


def _old_units(registry: UnitRegistry) -> list[str]:
    return [
        u.code for u in registry if u.era is Era.THREE_TIERS and u.level is not AdminLevel.PROVINCE
    ]


@given(st.data())
def test_totals_are_preserved_and_nothing_is_invented(data: st.DataObject) -> None:
    registry = data.draw(two_era_registries())
    codes = data.draw(st.lists(st.sampled_from(_old_units(registry)), unique=True, min_size=1))
    # Districts and their communes together would count twice; keep one level.
    level = registry.get(codes[0], era=Era.THREE_TIERS).level
    codes = [c for c in codes if registry.get(c, era=Era.THREE_TIERS).level is level]
    figures = {c: data.draw(st.integers(min_value=0, max_value=10**6)) for c in codes}
    result = map_to_two_tiers(figures, registry=registry)
    assert result.total == sum(figures.values())
    assert result.placed_total + result.unplaced_total == result.total
    # Nothing invented: each placed value is the sum of the figures of the old units that went
    # wholly into that one new unit.
    for unit, value in result.placed:
        whole = [
            c for c in codes if registry.successors(registry.get(c, era=Era.THREE_TIERS)) == (unit,)
        ]
        assert value == sum(figures[c] for c in whole)
    for u in result.unplaced:
        assert len(u.successors) > 1
        assert figures[u.unit.code] == u.value
    # To the province every figure is placed (one new province here).
    provinces = map_to_two_tiers(figures, registry=registry, to="province")
    assert provinces.unplaced == ()
    assert provinces.placed_total == result.total


@given(st.data())
def test_with_weights_everything_is_placed_and_totals_kept(data: st.DataObject) -> None:
    registry = data.draw(two_era_registries())
    communes = [
        u.code for u in registry if u.era is Era.THREE_TIERS and u.level is AdminLevel.COMMUNE
    ]
    figures = {c: data.draw(st.integers(min_value=0, max_value=10**6)) for c in communes}
    weights = {
        (c, new.code): data.draw(st.integers(min_value=1, max_value=10**5))
        for c in communes
        for new in registry.successors(registry.get(c, era=Era.THREE_TIERS))
    }
    result = map_to_two_tiers(figures, registry=registry, weights=weights)
    assert result.unplaced == ()
    assert result.placed_total == result.total == sum(figures.values())


# --- real cases ----------------------------------------------------------------------------------


def test_hau_giang_districts_onto_can_tho() -> None:
    registry = default_registry()
    on = date(2024, 6, 30)
    hau_giang = registry.find("Hậu Giang", on=on)
    districts = registry.units_in(hau_giang, on=on, level=AdminLevel.DISTRICT)
    figures = dict.fromkeys(districts, 3)
    by_commune = map_to_two_tiers(figures, registry=registry)
    # Every district of Hậu Giang was split among several new communes: nothing is placed.
    assert by_commune.placed == ()
    assert len(by_commune.unplaced) == 8
    vi_thanh = next(u for u in by_commune.unplaced if u.unit.code == "930")
    assert [s.code for s in vi_thanh.successors] == ["31321", "31333", "31338"]
    assert "3 đơn vị mới" in vi_thanh.reason_vi
    assert "3 new units" in vi_thanh.reason_en
    by_province = map_to_two_tiers(figures, registry=registry, to="province")
    assert [(u.full_name, n) for u, n in by_province.placed] == [("Thành phố Cần Thơ", 24)]
    weights = {("930", "31321"): 50_000, ("930", "31333"): 30_000, ("930", "31338"): 20_000}
    weighted = map_to_two_tiers({"930": 10}, registry=registry, weights=weights)
    assert [(u.code, n) for u, n in weighted.placed] == [("31321", 5), ("31333", 3), ("31338", 2)]


def test_money_is_exact() -> None:
    registry = default_registry()
    result = map_to_two_tiers(
        {"930": Decimal("12700000000.50")},
        registry=registry,
        weights={("930", "31321"): 1, ("930", "31333"): 1, ("930", "31338"): 1},
    )
    assert result.placed_total == Decimal("12700000000.50")
    assert [v for _, v in result.placed] == [
        Decimal("4233333333.50"),
        Decimal("4233333333.50"),
        Decimal("4233333333.50"),
    ]


def test_bad_input_is_a_clear_error() -> None:
    registry = default_registry()
    with pytest.raises(ValidationError, match="does not say"):
        map_to_two_tiers({"930": 1}, registry=registry, weights={("930", "31471"): 1})
    with pytest.raises(NotFoundError):
        map_to_two_tiers({"999": 1}, registry=registry)
    with pytest.raises(ValidationError, match="two-tier"):
        map_to_two_tiers({registry.get("31321", on=date(2025, 7, 1)): 1}, registry=registry)
    with pytest.raises(ValidationError):
        map_to_two_tiers({"930": 1.5}, registry=registry)  # type: ignore[dict-item]
    with pytest.raises(ValidationError):
        map_to_two_tiers({"930": 1, "931": Decimal(1)}, registry=registry)
    with pytest.raises(ValidationError):
        map_to_two_tiers({"930": 1}, registry=registry, to="commune")  # type: ignore[arg-type]


def test_errors_of_the_mapping_read_in_vietnamese_too() -> None:
    with pytest.raises(ValidationError) as info:
        apportion(1, [0, 0])
    assert info.value.code == "era-weights-all-zero"
    assert info.value.message_vi == (
        "mọi trọng số đều bằng 0: không có gì để chia (trường 'weights')"
    )
    with pytest.raises(ValidationError) as info:
        map_to_two_tiers({"31321": 1}, weights={("31321", "99999"): 1})
    assert info.value.code == "era-not-a-successor"
    assert info.value.message_vi.startswith(
        "danh mục đơn vị không ghi <AdminUnit 31321 Phường III (ba cấp)> đã nhập vào đơn vị '99999'"
    )
