"""AdminUnit and a UnitRegistry built from the caller's own units (no vietnam-provinces needed)."""

from __future__ import annotations

import contextlib
import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Callable

import cattrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.errors import (
    AmbiguousLookupError,
    HoiQuanChungError,
    ModelValidationError,
    NotFoundError,
    ValidationError,
)
from hoiquanchung.model import AdminLevel, AdminUnit, Era, UnitRegistry, UnitType
from hoiquanchung.model._registry import loose_key, spelling_key, split_type_prefix
from tests._helpers import table_rows

OLD_DAY = dt.date(2025, 6, 30)
NEW_DAY = dt.date(2025, 7, 1)


def old(code: str, name: str, unit_type: UnitType, parent: str | None) -> AdminUnit:
    return AdminUnit(code, name, unit_type, parent, valid_to=OLD_DAY)


def new(code: str, name: str, unit_type: UnitType, parent: str | None) -> AdminUnit:
    return AdminUnit(code, name, unit_type, parent, valid_from=NEW_DAY)


def units_of(text: str) -> list[AdminUnit]:
    """The units of the table *text*, one a row: era (``old`` or ``new``, see :func:`old` and
    :func:`new`), code, name, the name of its :class:`UnitType`, parent code (or nothing)."""
    era = {"old": old, "new": new}
    return [
        era[made](code, name, UnitType[unit_type], parent or None)
        for made, code, name, unit_type, parent in table_rows(text)
    ]


# --- AdminUnit ---------------------------------------------------------------------------------


def test_unit_fields_level_era_and_full_name() -> None:
    unit = AdminUnit("31321", "III", "phường", "930", valid_to=OLD_DAY)
    assert unit.type is UnitType.WARD
    assert unit.level is AdminLevel.COMMUNE
    assert unit.era is Era.THREE_TIERS
    assert unit.key == ("31321", Era.THREE_TIERS)
    assert unit.full_name == "Phường III"
    assert unit.first_day is None
    assert unit.last_day == OLD_DAY
    reused = AdminUnit("31321", "Vị Thanh", UnitType.WARD, "92", valid_from=NEW_DAY)
    assert reused.key != unit.key
    assert reused != unit
    assert len({unit, reused}) == 2


def test_era_follows_from_type_alone_when_it_can() -> None:
    assert AdminUnit("932", "Châu Thành A", UnitType.RURAL_DISTRICT, "93").era is Era.THREE_TIERS
    assert AdminUnit("31360", "Một Ngàn", UnitType.TOWNSHIP, "932").era is Era.THREE_TIERS
    assert AdminUnit("26732", "Côn Đảo", UnitType.SPECIAL_ZONE, "79").era is Era.TWO_TIERS


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"code": 93}, "code"),
        ({"code": "9a"}, "code"),
        ({"code": ""}, "code"),
        ({"code": "٩٣"}, "code"),  # Arabic-Indic digits are not 0-9
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": None}, "name"),
        ({"type": "tỉnh lỵ"}, "type"),
        ({"type": 3}, "type"),
        ({"parent_code": "93"}, "parent_code"),
        ({"parent_code": 93}, "parent_code"),
        ({"valid_to": "2025-06-30"}, "valid_to"),
        ({"valid_to": dt.datetime(2025, 6, 30, 12)}, "valid_to"),
        ({"valid_from": dt.date(2025, 7, 2), "valid_to": dt.date(2025, 7, 1)}, "valid_to"),
        ({"valid_to": None}, "valid_from"),  # a tỉnh with no date could be of either era
    ],
)
def test_bad_province_fields_name_the_field(kwargs: dict[str, object], field: str) -> None:
    fields: dict[str, object] = {
        "code": "93",
        "name": "Hậu Giang",
        "type": UnitType.PROVINCE,
        "parent_code": None,
        "valid_to": OLD_DAY,
    }
    fields.update(kwargs)
    with pytest.raises(ModelValidationError) as caught:
        AdminUnit(**fields)  # deliberately bad values
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_type_must_be_in_force_during_validity() -> None:
    with pytest.raises(ModelValidationError, match="exists only until 2025-06-30") as caught:
        AdminUnit("930", "Vị Thanh", UnitType.CITY, "93", valid_to=NEW_DAY)
    assert caught.value.field == "valid_to"
    with pytest.raises(ModelValidationError, match="exists only from 2025-07-01") as caught:
        AdminUnit("26732", "Côn Đảo", UnitType.SPECIAL_ZONE, "79", valid_from=OLD_DAY)
    assert caught.value.field == "valid_from"
    with pytest.raises(ModelValidationError) as caught:
        AdminUnit("31360", "Một Ngàn", UnitType.TOWNSHIP, "932", valid_from=NEW_DAY)
    assert caught.value.field == "valid_from"


def test_parent_rules() -> None:
    with pytest.raises(ModelValidationError, match="needs a parent_code"):
        AdminUnit("930", "Vị Thanh", UnitType.CITY, None)
    with pytest.raises(ModelValidationError, match="its own parent"):
        AdminUnit("930", "Vị Thanh", UnitType.CITY, "930")


def test_in_force() -> None:
    unit = AdminUnit("930", "Vị Thanh", UnitType.CITY, "93", valid_from=dt.date(2010, 1, 1))
    assert not unit.in_force(dt.date(2009, 12, 31))
    assert unit.in_force(dt.date(2010, 1, 1))
    assert unit.in_force(OLD_DAY)
    assert not unit.in_force(NEW_DAY)
    with pytest.raises(ValidationError) as caught:
        unit.in_force("2024-01-01")  # type: ignore[arg-type]
    assert caught.value.field == "on"


def test_repr() -> None:
    assert repr(old("93", "Hậu Giang", UnitType.PROVINCE, None)) == (
        "<AdminUnit 93 Tỉnh Hậu Giang (ba cấp)>"
    )


# --- strategies --------------------------------------------------------------------------------

VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
syllables = st.text(alphabet=VIETNAMESE_LETTERS, min_size=1, max_size=6)
names = st.lists(syllables, min_size=1, max_size=4).map(
    lambda words: " ".join(w[0].upper() + w[1:] for w in words)
)
codes = st.from_regex(r"[0-9]{1,6}", fullmatch=True)
days = st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def admin_units(draw: st.DrawFn) -> AdminUnit:
    """Any valid AdminUnit: a type, then dates that keep it in one era."""
    unit_type = draw(st.sampled_from(list(UnitType)))
    era = Era.on(draw(days))
    if unit_type.last_day is not None:
        era = Era.THREE_TIERS
    if unit_type.first_day is not None:
        era = Era.TWO_TIERS
    valid_from: dt.date | None
    valid_to: dt.date | None
    if era is Era.THREE_TIERS:
        valid_to = draw(st.dates(max_value=OLD_DAY, min_value=dt.date(1945, 1, 2)))
        valid_from = draw(st.none() | st.dates(max_value=valid_to, min_value=dt.date(1945, 1, 1)))
        if unit_type.last_day is not None:
            valid_to = draw(st.none() | st.just(valid_to))
    else:
        valid_from = draw(st.dates(min_value=NEW_DAY, max_value=dt.date(2100, 1, 1)))
        valid_to = draw(st.none() | st.dates(min_value=valid_from, max_value=dt.date(2100, 1, 1)))
    level = unit_type.level
    parent = None if level is AdminLevel.PROVINCE else draw(codes)
    code = draw(codes)
    assume(parent != code)
    return AdminUnit(code, draw(names), unit_type, parent, valid_from, valid_to)


def iso_converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    return converter


@given(admin_units())
def test_unit_round_trips_through_cattrs(unit: AdminUnit) -> None:
    converter = iso_converter()
    data = converter.unstructure(unit)
    assert set(data) == {"code", "name", "type", "parent_code", "valid_from", "valid_to"}
    assert data["type"] == unit.type.value
    back = converter.structure(data, AdminUnit)
    assert back == unit
    assert back.key == unit.key


@given(admin_units())
def test_unit_name_is_nfc_and_decomposed_input_is_the_same_unit(unit: AdminUnit) -> None:
    assert unicodedata.is_normalized("NFC", unit.name)
    decomposed = AdminUnit(
        unit.code,
        unicodedata.normalize("NFD", unit.name),
        unit.type.value,
        unit.parent_code,
        unit.valid_from,
        unit.valid_to,
    )
    assert decomposed == unit
    assert hash(decomposed) == hash(unit)


@given(admin_units(), days)
def test_in_force_agrees_with_era_and_dates(unit: AdminUnit, on: dt.date) -> None:
    if unit.in_force(on):
        assert Era.on(on) is unit.era
        assert unit.type.in_force(on)
        assert unit.valid_from is None or on >= unit.valid_from
        assert unit.valid_to is None or on <= unit.valid_to


# --- name keys ---------------------------------------------------------------------------------


def test_name_keys() -> None:
    assert spelling_key("Hòa Bình") == spelling_key("Hoà Bình") == spelling_key("HOÀ  BÌNH")
    assert spelling_key("Vị Thủy") == spelling_key("Vị Thuỷ")
    assert spelling_key("Hòa") != spelling_key("Hóa")
    assert loose_key("Hòa") == loose_key("Hóa") == "hoa"
    assert loose_key("Đắk Lắk") == "dak lak"
    assert spelling_key("Bà Rịa - Vũng Tàu") == spelling_key("Bà Rịa–Vũng Tàu") == "bà rịa vũng tàu"


@pytest.mark.parametrize(
    ("text", "types", "rest"),
    [
        ("tỉnh Hậu Giang", {UnitType.PROVINCE}, "Hậu Giang"),
        ("TỈNH HẬU GIANG", {UnitType.PROVINCE}, "HẬU GIANG"),
        ("TP Vị Thanh", {UnitType.CITY, UnitType.MUNICIPALITY}, "Vị Thanh"),
        ("TP.Vị Thanh", {UnitType.CITY, UnitType.MUNICIPALITY}, "Vị Thanh"),
        ("Thành phố Ngã Bảy", {UnitType.CITY, UnitType.MUNICIPALITY}, "Ngã Bảy"),
        ("H. Châu Thành A", {UnitType.RURAL_DISTRICT}, "Châu Thành A"),
        ("huyện Phụng Hiệp", {UnitType.RURAL_DISTRICT}, "Phụng Hiệp"),
        ("TX Long Mỹ", {UnitType.TOWN}, "Long Mỹ"),
        ("thị xã Long Mỹ", {UnitType.TOWN}, "Long Mỹ"),
        ("thị trấn Một Ngàn", {UnitType.TOWNSHIP}, "Một Ngàn"),
        ("TT. Một Ngàn", {UnitType.TOWNSHIP}, "Một Ngàn"),
        ("P. III", {UnitType.WARD}, "III"),
        ("xã Vị Tân", {UnitType.COMMUNE}, "Vị Tân"),
        ("đặc khu Côn Đảo", {UnitType.SPECIAL_ZONE}, "Côn Đảo"),
        (unicodedata.normalize("NFD", "Tỉnh Hậu Giang"), {UnitType.PROVINCE}, "Hậu Giang"),
    ],
)
def test_split_type_prefix(text: str, types: set[UnitType], rest: str) -> None:
    assert split_type_prefix(text) == (frozenset(types), rest)


@pytest.mark.parametrize("text", ["Hậu Giang", "Tịnh Biên", "Huyện", "Thị Trấn", "TPHCM", "Xã"])
def test_no_type_prefix(text: str) -> None:
    # "Tịnh" is not "tỉnh": a prefix written with diacritics must be the type word itself.
    assert split_type_prefix(text) is None


def test_prefix_without_diacritics() -> None:
    assert split_type_prefix("tinh hau giang") == (frozenset({UnitType.PROVINCE}), "hau giang")


def test_a_name_that_looks_like_a_prefix_is_still_found() -> None:
    units = units_of("""
        old | 72    | Tây Ninh | PROVINCE       |
        old | 710   | Tân Biên | RURAL_DISTRICT | 72
        old | 25515 | Xa Mát   | COMMUNE        | 710
        old | 25516 | Mát      | COMMUNE        | 710
    """)
    registry = UnitRegistry(units)
    assert registry.find("Xa Mát").code == "25515"
    assert registry.find("xã Xa Mát").code == "25515"
    with pytest.raises(AmbiguousLookupError):  # "Xa Mát" or "Xã Mát": without diacritics, both
        registry.find("xa mat")
    assert registry.find("xã Mát").code == "25516"


def test_a_name_without_diacritics_matches_every_spelling() -> None:
    units = units_of("""
        old | 01    | Hà Nội     | MUNICIPALITY   |
        old | 001   | Ba Đình    | URBAN_DISTRICT | 01
        old | 51    | Quảng Ngãi | PROVINCE       |
        old | 535   | Ba Tơ      | RURAL_DISTRICT | 51
        old | 21499 | Ba Dinh    | COMMUNE        | 535
    """)
    registry = UnitRegistry(units)
    assert registry.find("Ba Đình").code == "001"
    assert registry.find("Ba Dinh", level=AdminLevel.COMMUNE).code == "21499"
    with pytest.raises(AmbiguousLookupError) as caught:
        registry.find("ba dinh")
    assert {u.code for u in caught.value.candidates if isinstance(u, AdminUnit)} == {
        "001",
        "21499",
    }


# --- a registry built from the caller's units -------------------------------------------------


@pytest.fixture
def small() -> UnitRegistry:
    units = units_of("""
        old | 93    | Hậu Giang    | PROVINCE       |
        old | 930   | Vị Thanh     | CITY           | 93
        old | 932   | Châu Thành A | RURAL_DISTRICT | 93
        old | 933   | Châu Thành   | RURAL_DISTRICT | 93
        old | 31318 | I            | WARD           | 930
        old | 31321 | III          | WARD           | 930
        old | 31340 | Vị Tân       | COMMUNE        | 930
        old | 31471 | Ngã Sáu      | TOWNSHIP       | 933
        old | 94    | Sóc Trăng    | PROVINCE       |
        old | 941   | Châu Thành   | RURAL_DISTRICT | 94
        new | 92    | Cần Thơ      | MUNICIPALITY   |
        new | 31321 | Vị Thanh     | WARD           | 92
        new | 31340 | Vị Tân       | WARD           | 92
        new | 31471 | Châu Thành   | COMMUNE        | 92
    """)
    pairs = [
        ("93", "92"),
        ("94", "92"),
        ("31318", "31321"),
        ("31321", "31321"),
        ("31340", "31340"),
        ("31340", "31321"),
        ("31471", "31471"),
    ]
    return UnitRegistry(units, successions=pairs, source="test units")


def test_small_registry_structure(small: UnitRegistry) -> None:
    assert len(small) == 14
    hau_giang = small.get("93")
    assert [u.code for u in small.children(hau_giang)] == ["930", "932", "933"]
    assert small.parent(hau_giang) is None
    ward = small.get("31321", era=Era.THREE_TIERS)
    assert small.parent(ward) == small.get("930")
    assert small.province_of(ward) == hau_giang
    assert small.type_counts(hau_giang) == {
        UnitType.CITY: 1,
        UnitType.RURAL_DISTRICT: 2,
        UnitType.COMMUNE: 1,
        UnitType.WARD: 2,
        UnitType.TOWNSHIP: 1,
    }
    assert [u.code for u in small.units_in("Hậu Giang", level=AdminLevel.COMMUNE)] == [
        "31318",
        "31321",
        "31340",
        "31471",
    ]
    assert small.units_in("93", type=UnitType.TOWNSHIP) == (
        small.get("31471", era=Era.THREE_TIERS),
    )
    assert [u.name for u in small.provinces(OLD_DAY)] == ["Hậu Giang", "Sóc Trăng"]
    assert [u.name for u in small.provinces(NEW_DAY)] == ["Cần Thơ"]
    assert "test units" in repr(small)
    assert next(iter(small)) == hau_giang
    assert hau_giang in small
    assert old("93", "Hậu Giang khác", UnitType.PROVINCE, None) not in small


def test_small_registry_successions(small: UnitRegistry) -> None:
    can_tho = small.get("92")
    assert small.successors(small.get("93")) == (can_tho,)
    assert [u.code for u in small.predecessors(can_tho)] == ["93", "94"]
    vi_tan = small.get("31340", era=Era.THREE_TIERS)
    assert [u.name for u in small.successors(vi_tan)] == ["Vị Thanh", "Vị Tân"]
    # A district's successors are those of its communes.
    vi_thanh_city = small.get("930")
    assert [u.code for u in small.successors(vi_thanh_city)] == ["31321", "31340"]
    with pytest.raises(NotFoundError, match="do not say what"):
        small.successors(small.get("932"))  # a district without communes in the data
    with pytest.raises(ValidationError, match="predecessors"):
        small.successors(can_tho)
    with pytest.raises(ValidationError, match="successors"):
        small.predecessors(vi_tan)


def test_small_registry_lookups(small: UnitRegistry) -> None:
    assert small.find("hau giang").code == "93"
    assert small.find("Châu Thành A").code == "932"
    with pytest.raises(AmbiguousLookupError) as caught:
        small.find("Châu Thành")
    assert {u.code for u in caught.value.candidates if isinstance(u, AdminUnit)} == {
        "933",
        "941",
        "31471",
    }
    assert isinstance(caught.value, NotFoundError)
    assert small.find("Châu Thành", within="Hậu Giang").code == "933"
    assert small.find("Châu Thành", within=small.get("94")).code == "941"
    assert small.find("Châu Thành", on=NEW_DAY).code == "31471"
    assert small.find("H. Châu Thành", within="93").code == "933"
    assert small.find("Châu Thành", level=AdminLevel.COMMUNE).era is Era.TWO_TIERS
    assert small.find("Châu Thành", type=UnitType.RURAL_DISTRICT, within="94").code == "941"
    assert small.find("phường Vị Thanh").era is Era.TWO_TIERS
    assert small.find("Vị Thanh", type=UnitType.CITY).code == "930"
    assert small.find_all("Vị Thanh") == (small.get("930"), small.get("31321", on=NEW_DAY))
    assert small.find_all("Nowhere") == ()
    with pytest.raises(NotFoundError, match="no unit named"):
        small.find("Nowhere")
    with pytest.raises(AmbiguousLookupError, match="give on= or era="):
        small.get("31321")
    with pytest.raises(NotFoundError, match="on 2025-07-01"):
        small.get("93", on=NEW_DAY)
    assert small.get("31321", on=OLD_DAY).name == "III"
    assert small.get("31321", era=Era.TWO_TIERS).name == "Vị Thanh"


@pytest.mark.parametrize(
    ("call", "error", "field"),
    [
        (lambda r: r.get(93), ValidationError, "code"),
        (lambda r: r.get("9 3"), ValidationError, "code"),
        (lambda r: r.get("93", on="2024-01-01"), ValidationError, "on"),
        (lambda r: r.get("93", on=NEW_DAY, era=Era.THREE_TIERS), ValidationError, "era"),
        (lambda r: r.get("93", era="ba cấp"), ValidationError, "era"),
        (lambda r: r.find(""), ValidationError, "name"),
        (lambda r: r.find(None), ValidationError, "name"),
        (lambda r: r.find("Vị Thanh", level="huyện"), ValidationError, "level"),
        (lambda r: r.find("Vị Thanh", type="huyện"), ValidationError, "type"),
        (lambda r: r.find("Vị Thanh", within=93), ValidationError, "within"),
        (lambda r: r.children("93"), ValidationError, "unit"),
        (lambda r: r.units_in(93), ValidationError, "province"),
        (lambda r: r.units_in("93", level="xã"), ValidationError, "level"),
        (lambda r: r.units_in("93", type="xã"), ValidationError, "type"),
        (lambda r: r.provinces(None), ValidationError, "on"),
    ],
)
def test_misuse_raises_library_errors(
    small: UnitRegistry, call: object, error: type[Exception], field: str
) -> None:
    with pytest.raises(error) as caught:
        call(small)  # type: ignore[operator]
    assert isinstance(caught.value, ValidationError)
    assert caught.value.field == field


def test_foreign_unit_and_province_not_in_force(small: UnitRegistry) -> None:
    stranger = old("95", "Bạc Liêu", UnitType.PROVINCE, None)
    with pytest.raises(NotFoundError, match="not in this registry"):
        small.children(stranger)
    with pytest.raises(NotFoundError, match="not in force on 2025-07-01"):
        small.units_in(small.get("93"), on=NEW_DAY)


def test_bad_registry_input_is_reported() -> None:
    province = old("93", "Hậu Giang", UnitType.PROVINCE, None)
    with pytest.raises(ModelValidationError, match="two units with code '93'") as caught:
        UnitRegistry([province, old("93", "Hau Giang", UnitType.PROVINCE, None)])
    assert caught.value.field == "code"
    with pytest.raises(ModelValidationError, match="parent_code '99' is no unit") as caught:
        UnitRegistry([province, old("930", "Vị Thanh", UnitType.CITY, "99")])
    assert caught.value.field == "parent_code"
    with pytest.raises(ModelValidationError, match="district level") as caught:
        UnitRegistry([province, old("31321", "III", UnitType.WARD, "93")])
    assert caught.value.field == "parent_code"
    with pytest.raises(ModelValidationError, match="same era"):
        UnitRegistry([province, new("31321", "Vị Thanh", UnitType.WARD, "93")])
    with pytest.raises(ModelValidationError, match="units\\[1\\]") as caught:
        UnitRegistry([province, "Vị Thanh"])  # type: ignore[list-item]
    assert caught.value.field == "units"
    with pytest.raises(ModelValidationError, match="no unit of the era 'hai cấp'") as caught:
        UnitRegistry([province], successions=[("93", "92")])
    assert caught.value.field == "successions"
    for pair in [("93",), ("93", 92), "9392", ("93", "92", "94")]:
        with pytest.raises(ModelValidationError, match="a pair of codes"):
            UnitRegistry([province], successions=[pair])  # type: ignore[list-item]
    ward = new("31321", "Vị Thanh", UnitType.WARD, "92")
    city = new("92", "Cần Thơ", UnitType.MUNICIPALITY, None)
    from_json = UnitRegistry([province, city, ward], successions=[["93", "92"]])  # type: ignore[list-item]
    assert from_json.successors(province) == (city,)


# --- properties over synthetic registries ------------------------------------------------------


@st.composite
def registries(draw: st.DrawFn) -> tuple[UnitRegistry, list[AdminUnit], list[tuple[str, str]]]:
    """A random two-era register: provinces, districts and communes, and a random mapping."""
    units: list[AdminUnit] = []
    old_communes: list[AdminUnit] = []
    new_communes: list[AdminUnit] = []
    serial = iter(range(1, 10_000))

    def communes(
        make: Callable[[str, str, UnitType, str | None], AdminUnit],
        parent: AdminUnit,
        kinds: list[UnitType],
        most: int,
    ) -> list[AdminUnit]:
        """Up to *most* communes of *parent*, each of one of the *kinds*."""
        drawn = []
        for _ in range(draw(st.integers(0, most))):
            kind = draw(st.sampled_from(kinds))
            drawn.append(make(f"{next(serial):05d}", draw(names), kind, parent.code))
        return drawn

    for _ in range(draw(st.integers(1, 3))):
        province = old(f"{next(serial):02d}", draw(names), UnitType.PROVINCE, None)
        units.append(province)
        for _ in range(draw(st.integers(0, 3))):
            kind = draw(st.sampled_from([t for t in UnitType if t.level is AdminLevel.DISTRICT]))
            district = old(f"{next(serial):03d}", draw(names), kind, province.code)
            found = communes(old, district, [UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP], 3)
            units += [district, *found]
            old_communes += found
    for _ in range(draw(st.integers(1, 2))):
        province = new(f"{next(serial):02d}", draw(names), UnitType.PROVINCE, None)
        found = communes(new, province, [UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE], 4)
        units += [province, *found]
        new_communes += found
    pairs: list[tuple[str, str]] = []
    if new_communes:
        for commune in old_communes:
            targets = draw(st.lists(st.sampled_from(new_communes), min_size=1, max_size=2))
            pairs.extend((commune.code, target.code) for target in targets)
    return UnitRegistry(draw(st.permutations(units)), successions=pairs), units, pairs


@given(registries())
def test_structure_invariants(
    built: tuple[UnitRegistry, list[AdminUnit], list[tuple[str, str]]],
) -> None:
    registry, units, _ = built
    assert len(registry) == len(units)
    for unit in units:
        assert registry.get(unit.code, era=unit.era) == unit
        for child in registry.children(unit):
            assert registry.parent(child) == unit
    for on in (OLD_DAY, NEW_DAY):
        provinces = registry.provinces(on)
        everything = [u for p in provinces for u in (p, *registry.units_in(p, on=on))]
        assert Counter(u.key for u in everything) == Counter(u.key for u in units if u.in_force(on))
        for province in provinces:
            for unit in registry.units_in(province, on=on):
                assert registry.province_of(unit) == province


@given(registries())
def test_successors_and_predecessors_are_inverse(
    built: tuple[UnitRegistry, list[AdminUnit], list[tuple[str, str]]],
) -> None:
    registry, units, pairs = built
    expected = {(a, b) for a, b in pairs}
    found: set[tuple[str, str]] = set()
    for unit in units:
        if unit.era is Era.TWO_TIERS and unit.level is AdminLevel.COMMUNE:
            try:
                before = registry.predecessors(unit)
            except NotFoundError:
                before = ()
            found.update((p.code, unit.code) for p in before)
            for predecessor in before:
                assert unit in registry.successors(predecessor)
    assert found == expected


def variants(text: str) -> list[str]:
    nfd = unicodedata.normalize("NFD", text)
    return [text, nfd, text.upper(), nfd.upper(), text.lower(), nfd.swapcase()]


@given(registries(), st.data())
def test_name_lookup_invariant_under_case_and_normal_form(
    built: tuple[UnitRegistry, list[AdminUnit], list[tuple[str, str]]], data: st.DataObject
) -> None:
    registry, units, _ = built
    unit = data.draw(st.sampled_from(units))
    expected = registry.find_all(unit.name, era=unit.era)
    assert unit in expected
    for text in variants(unit.name):
        assert unit in registry.find_all(text, era=unit.era)
    for text in variants(unit.full_name):
        assert unit in registry.find_all(text, era=unit.era)
    assert unit in registry.find_all(loose_key(unit.name), era=unit.era)
    assert unit in registry.find_all(loose_key(unit.full_name), era=unit.era)


def test_errors_are_library_errors(small: UnitRegistry) -> None:
    for bad in (None, 1.5, object(), b"93", "", "€", "93" * 40):
        for call in (small.get, small.find):
            with contextlib.suppress(HoiQuanChungError):
                call(bad)  # type: ignore[arg-type]


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.from_regex(r"[0-9]{1,5}", fullmatch=True),
    st.sampled_from([t.value for t in UnitType]),
    st.sampled_from(list(UnitType)),
    st.dates(),
    st.datetimes(),
    st.builds(object),
)


@given(junk, junk, junk, junk, junk, junk)
def test_junk_fields_raise_only_model_validation_errors(
    code: object, name: object, unit_type: object, parent: object, first: object, last: object
) -> None:
    fields = {"code", "name", "type", "parent_code", "valid_from", "valid_to"}
    try:
        unit = AdminUnit(code, name, unit_type, parent, first, last)
    except ModelValidationError as error:
        problem: ModelValidationError | None = error
    else:
        problem = None
        assert isinstance(unit.code, str)
        assert unit.code.isascii()
        assert unit.code.isdigit()
        assert isinstance(unit.type, UnitType)
        assert unit.name == unicodedata.normalize("NFC", unit.name).strip()
    assert problem is None or problem.field in fields


def test_a_name_is_kept_as_given_even_when_it_starts_with_a_type_word() -> None:
    unit = AdminUnit("19780", "Phường Đúc", UnitType.WARD, "474", valid_to=OLD_DAY)
    assert unit.name == "Phường Đúc"
    assert unit.full_name == "Phường Phường Đúc"
