"""Reference lists: the data files, completeness, queries by date and name matching."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, timedelta
from importlib.resources import files
from typing import Literal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import LoadError, ModelValidationError, NotFoundError, ValidationError, model
from hoiquanchung.io import dump_json
from tests.strategies import reference_lists

LISTS = model.default_reference_lists()
PROVINCE = LISTS.get("hau-giang-03-HD-TU-2024-province")
DISTRICT = LISTS.get("hau-giang-03-HD-TU-2024-district")
C118 = LISTS.get("central-118-QD-TW-2023")
C230 = LISTS.get("central-230-KL-TW-2026")


def footnote_1(text: str) -> str:
    start = text.index("[1: []")
    return text[start : text.index("]", start + 6)]


# --- the data files ---------------------------------------------------------------------------


def test_every_data_file_records_source_date_and_completeness() -> None:
    folder = files("hoiquanchung.model") / "data" / "lists"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    assert len(names) == len(LISTS.lists)
    for name in names:
        raw = json.loads((folder / name).read_text(encoding="utf-8"))
        for key in ("legal_source", "issuer", "issued_on", "where_seen"):
            assert raw[key], (name, key)
        assert isinstance(raw["expected_count"], int)
        assert isinstance(raw["complete"], bool)


def test_central_118_is_the_whole_appendix_in_translation() -> None:
    assert C118.legal_source == "Quyết định 118-QĐ/TW"
    assert C118.issuer == "Ban Bí thư"
    assert C118.issued_on == date(2023, 8, 22)
    assert C118.replaces == ("Quy định 284-QĐ/TW (05/02/2010)", "Kết luận 32-KL/TW (30/3/2022)")
    assert C118.expected_count == len(C118.entries) == 30
    assert C118.complete
    assert [e.number for e in C118.entries] == list(range(1, 31))
    # Read in an English translation only: every entry carries its gloss, and none was read in
    # Vietnamese; a Vietnamese name comes from the 230 list or from the association's usage.
    assert all(e.name_en and e.name_en.startswith("Vietnam ") for e in C118.entries)
    assert all("lawnet.vn/en" in (e.evidence or "") for e in C118.entries)
    by = {
        c: [e.number for e in C118.entries if e.certainty == c]
        for c in ("vi-name-from-list", "vi-name-from-usage", "gloss-only")
    }
    # The ten bodies absent from items 1-21 of the 230 list are named as they name themselves.
    assert by["vi-name-from-usage"] == [16, 18, 19, 20, 21, 23, 24, 25, 28, 29]
    assert len(by["vi-name-from-list"]) == 20
    assert by["gloss-only"] == []
    assert all(e.name for e in C118.entries)
    assert C118.entries[11].name == "Hội Đông y Việt Nam"  # item 12, item 18 of the 230 list


def test_118_names_from_the_230_list_are_names_of_that_list() -> None:
    for entry in C118.entries:
        if entry.certainty == "vi-name-from-list":
            assert entry.name in C230.names, entry.number
            assert "230-KL/TW" in (entry.evidence or "")
    # Hội Cựu Công an nhân dân (230 item 12) was not on the 118 list.
    assert C230.entries[11].name not in C118.names


def test_central_230_items_seen() -> None:
    assert C230.legal_source == "Kết luận 230-KL/TW"
    assert C230.valid_from == date(2026, 1, 5)
    assert C230.expected_count == 29
    assert not C230.complete
    assert C230.missing_count == 8
    assert [e.number for e in C230.entries] == list(range(1, 22))
    assert C230.names[0] == "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
    assert C230.names[16] == "Hội Nạn nhân chất độc da cam/dioxin Việt Nam"
    assert [e.certainty for e in C230.entries] == ["read"] * 19 + ["read-by-position"] * 2
    assert all(e.evidence for e in C230.entries)


def test_hau_giang_province_list_is_footnote_1(reference_text: str) -> None:
    note = footnote_1(reference_text)
    assert "có 13 tổ chức" in note
    assert PROVINCE.complete
    assert PROVINCE.expected_count == len(PROVINCE.entries) == 13
    assert PROVINCE.missing_count == 0
    assert PROVINCE.legal_source == "Hướng dẫn 03-HD/TU"
    assert PROVINCE.issued_on == date(2024, 1, 12)
    assert PROVINCE.area_code == "93"
    # The names are copied as the report writes them, in its order.
    province_part = note[note.index("giao nhiệm vụ:") : note.index("Cấp huyện")]
    positions = [province_part.index(name) for name in PROVINCE.names]
    assert positions == sorted(positions)


def test_hau_giang_district_kinds(reference_text: str) -> None:
    note = footnote_1(reference_text)
    assert "có 28 tổ chức" in note
    assert DISTRICT.entry_kind == "kind"
    assert DISTRICT.association_count == 28
    assert DISTRICT.level is model.AdminLevel.DISTRICT
    district_part = note[note.index("Cấp huyện") :]
    for name in DISTRICT.names:
        assert name in district_part


def test_reference_totals_in_the_report(reference_text: str) -> None:
    # II.1.1 says the province has 13 such associations and the district level 28.
    assert re.search(r"cấp tỉnh: 40 hội \(có 13 tổ chức hội", reference_text)
    assert re.search(r"Cấp huyện, xã: 59 hội, \(có 28 hội", reference_text)


# --- queries by date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "list_id"),
    [
        (date(2023, 8, 22), "central-118-QD-TW-2023"),
        (date(2024, 3, 1), "central-118-QD-TW-2023"),
        (date(2026, 1, 4), "central-118-QD-TW-2023"),
        (date(2026, 1, 5), "central-230-KL-TW-2026"),
        (date(2030, 1, 1), "central-230-KL-TW-2026"),
    ],
)
def test_central_list_by_date(on: date, list_id: str) -> None:
    assert model.central_list(on=on).id == list_id


def test_no_central_list_before_118() -> None:
    with pytest.raises(NotFoundError, match="earliest starts 2023-08-22"):
        model.central_list(on=date(2023, 8, 21))
    with pytest.raises(ValidationError):
        model.central_list(on="2024-03-01")  # type: ignore[arg-type]


def test_local_lists_by_area_and_date() -> None:
    for area in (
        "Hậu Giang",
        "hau giang",
        "HẬU GIANG",
        unicodedata.normalize("NFD", "Hậu Giang"),
        "93",
    ):
        assert LISTS.local(area, date(2024, 6, 30)) is PROVINCE
    assert LISTS.local("Hậu Giang", date(2024, 6, 30), model.AdminLevel.DISTRICT) is DISTRICT
    with pytest.raises(NotFoundError, match="applies on 2025-07-01"):
        LISTS.local("Hậu Giang", date(2025, 7, 1))
    with pytest.raises(NotFoundError, match="earliest starts 2024-01-12"):
        LISTS.local("Hậu Giang", date(2023, 12, 31))
    with pytest.raises(NotFoundError, match="no province level list"):
        LISTS.local("Sóc Trăng", date(2024, 6, 30))
    with pytest.raises(NotFoundError):
        LISTS.get("nope")


# --- matching local names to central kinds ------------------------------------------------------


@pytest.mark.parametrize("on", [date(2024, 3, 1), date(2026, 2, 1)])
def test_every_hau_giang_name_matches_its_central_kind(on: date) -> None:
    for entry in (*PROVINCE.entries, *DISTRICT.entries):
        found = model.match_central_kind(entry.name, on=on)
        assert (found.name if found else None) == entry.central_kind, entry.name


@pytest.mark.parametrize(
    ("name", "central"),
    [
        ("Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ Việt Nam"),
        ("Hội Chữ thập đỏ tỉnh Hậu Giang", "Hội Chữ thập đỏ Việt Nam"),
        ("HỘI CHỮ THẬP ĐỎ", "Hội Chữ thập đỏ Việt Nam"),
        ("hoi chu thap do", "Hội Chữ thập đỏ Việt Nam"),
        ("Hội Chữ thập đỏ xã Vị Đông", "Hội Chữ thập đỏ Việt Nam"),
        ("Ban đại diện Hội người cao tuổi", "Hội Người cao tuổi Việt Nam"),
        ("Ban đại diện người cao tuổi", "Hội Người cao tuổi Việt Nam"),
        ("Hội Nạn nhân chất độc gia cam/Dioxin", "Hội Nạn nhân chất độc da cam/dioxin Việt Nam"),
        ("Liên minh hợp tác xã tỉnh", "Liên minh Hợp tác xã Việt Nam"),
        ("Hội Liên hiệp các tổ chức hữu nghị", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("Hội Văn học - Nghệ thuật", "Liên hiệp các Hội Văn học nghệ thuật Việt Nam"),
        ("Hội Luật gia huyện Phụng Hiệp", "Hội Luật gia Việt Nam"),
    ],
)
def test_match_central_kind(name: str, central: str) -> None:
    for form in ("NFC", "NFD"):
        found = model.match_central_kind(unicodedata.normalize(form, name), on=date(2024, 3, 1))
        assert found is not None
        assert found.name == central


@pytest.mark.parametrize(
    "name",
    [
        "Hội Người mù - chất độc da cam - khuyết tật và bảo vệ quyền trẻ em",  # several kinds
        "Hội Cựu chiến binh",  # a political-social organisation, not on the list
        "Hội Cựu giáo chức",
        "Hội",
        "",
        "Hội Nạn nhân",
        "Hội Nhà",
    ],
)
def test_unsure_matches_give_none(name: str) -> None:
    assert model.match_central_kind(name, on=date(2024, 3, 1)) is None


def test_lists_differ_by_date() -> None:
    # Hội Cựu Công an nhân dân is item 12 of the 230 list and not on the 118 list.  (This test
    # used "Hội Nhà văn", which the 13 inferred entries lacked; the appendix has it, item 8.)
    assert model.match_central_kind("Hội Cựu Công an nhân dân", on=date(2024, 3, 1)) is None
    found = model.match_central_kind("Hội Cựu Công an nhân dân tỉnh", on=date(2026, 2, 1))
    assert found is not None
    assert found.verified
    assert model.match_central_kind("Hội Nhà văn", on=date(2024, 3, 1)) == C118.entries[7]


def test_english_glosses_match_nothing() -> None:
    for entry in C118.entries:
        assert C118.match(entry.name_en or "") is None
    gloss = model.ReferenceEntry(number=16, name_en="Vietnam Photographers Association",
                           certainty="gloss-only", evidence="lawnet.vn/en")  # fmt: skip
    assert gloss.names == ()
    assert gloss.label == "Vietnam Photographers Association"
    lst = attrs.evolve(C118, entries=(*C118.entries[:15], gloss, *C118.entries[16:]))
    assert lst.match("Hội Nghệ sĩ Nhiếp ảnh") is None
    assert len(lst.names) == 29


def test_names_from_usage_match_local_counterparts() -> None:
    found = model.match_central_kind("Hội Nhạc sĩ Việt Nam", on=date(2024, 3, 1))
    assert found is C118.entries[17]
    found = model.match_central_kind(
        "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh", date(2024, 3, 1)
    )
    assert found is C118.entries[25]


def test_match_rejects_junk() -> None:
    with pytest.raises(ValidationError):
        model.match_central_kind(None, on=date(2024, 3, 1))  # type: ignore[arg-type]


def test_name_key() -> None:
    assert model.association_key("Liên minh Hợp tác xã Việt Nam") == "liên minh hợp tác xã"
    assert model.association_key("Liên minh hợp tác xã tỉnh Hậu Giang") == "liên minh hợp tác xã"
    assert model.association_key("Hội Nhà báo thành phố Vị Thanh") == "nhà báo"
    assert model.association_key("Hội Khuyến học thị xã Long Mỹ") == "khuyến học"


@given(st.text(max_size=60))
def test_match_never_raises_on_text(name: str) -> None:
    found = model.match_central_kind(name, on=date(2024, 3, 1))
    assert found is None or found in C118.entries


@given(st.sampled_from(C230.entries), st.sampled_from(["NFC", "NFD"]), st.booleans())
def test_every_central_name_matches_itself(
    entry: model.ReferenceEntry, form: Literal["NFC", "NFD"], upper: bool
) -> None:
    name = unicodedata.normalize(form, entry.name.upper() if upper else entry.name)
    assert C230.match(name) == entry
    assert C230.match(name + " tỉnh Hậu Giang") == entry


# --- building and loading lists -----------------------------------------------------------------


def test_incomplete_list_cannot_be_padded_and_complete_list_must_be_full() -> None:
    with pytest.raises(ModelValidationError, match="fewer than expected_count") as info:
        attrs.evolve(C230, expected_count=len(C230.entries))
    assert info.value.field == "entries"
    with pytest.raises(ModelValidationError, match="complete list has expected_count"):
        attrs.evolve(PROVINCE, expected_count=14)
    guessed = model.ReferenceEntry(name="Hội Cựu giáo chức", verified=False, evidence="a guess")
    with pytest.raises(ModelValidationError, match="only verified"):
        attrs.evolve(PROVINCE, entries=(*PROVINCE.entries[:12], guessed))


def test_unverified_entries_need_evidence() -> None:
    with pytest.raises(ModelValidationError) as info:
        model.ReferenceEntry(name="Hội Nhà văn Việt Nam", verified=False)
    assert info.value.field == "evidence"


def test_duplicate_names_are_refused() -> None:
    twin = model.ReferenceEntry(name="Hội Chữ thập đỏ tỉnh Hậu Giang")
    with pytest.raises(ModelValidationError, match="same name"):
        attrs.evolve(PROVINCE, entries=(*PROVINCE.entries[:12], twin))


def test_overlapping_lists_for_one_slot_are_refused() -> None:
    other = attrs.evolve(C230, id="central-other")
    with pytest.raises(ModelValidationError, match="same level and area"):
        LISTS.with_lists(other)
    with pytest.raises(ModelValidationError, match="repeat"):
        model.ReferenceLists((C230, C230))


def test_a_province_adds_its_own_list() -> None:
    can_tho = attrs.evolve(PROVINCE, id="can-tho-2024", area="Cần Thơ", area_code="92")
    lists = LISTS.with_lists(model.load_reference_list(dump_json(can_tho)))
    assert lists.local("Cần Thơ", date(2024, 6, 30)).id == "can-tho-2024"
    assert lists.central(date(2024, 6, 30)) is C118


def test_load_reference_list_errors_name_the_path() -> None:
    raw = json.loads(dump_json(PROVINCE))
    raw["entries"][2]["verified"] = "yes"
    raw["expected_count"] = 13.0
    with pytest.raises(LoadError) as info:
        model.load_reference_list(json.dumps(raw))
    assert sorted(p for p, _ in info.value.errors) == ["$.entries[2].verified", "$.expected_count"]
    with pytest.raises(ValidationError):
        model.load_reference_list("{}", format="yaml")  # type: ignore[arg-type]


@given(reference_lists())
def test_generated_lists_report_completeness(lst: model.ReferenceList) -> None:
    assert lst.missing_count == lst.expected_count - len(lst.entries)
    assert (lst.missing_count == 0) == lst.complete
    assert lst.in_force(lst.valid_from)
    assert not lst.in_force(lst.valid_from - timedelta(days=1))
    for entry in lst.entries:
        assert lst.match(entry.name) == entry


def test_applies_on_is_a_deprecated_alias_of_in_force() -> None:
    with pytest.warns(DeprecationWarning, match="in_force"):
        assert C118.applies_on(date(2024, 1, 1)) is C118.in_force(date(2024, 1, 1)) is True


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": None}, "name"),
        ({"certainty": "gloss-only", "evidence": "x"}, "name"),
        ({"certainty": "sure"}, "certainty"),
        ({"certainty": "inferred"}, "certainty"),
        ({"certainty": "read-by-position"}, "evidence"),
        ({"name": None, "certainty": "gloss-only", "evidence": "x"}, "name_en"),
    ],
)
def test_entry_certainty_rules(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ModelValidationError) as info:
        model.ReferenceEntry(**{"name": "Hội Nhà văn Việt Nam", **changes})  # type: ignore[arg-type]
    assert info.value.field == field


def test_entry_numbers_must_be_unique_and_within_the_count() -> None:
    last = C230.entries[20]
    with pytest.raises(ModelValidationError, match="repeat"):
        attrs.evolve(C230, entries=(*C230.entries[:20], attrs.evolve(last, number=1)))
    with pytest.raises(ModelValidationError, match="above expected_count"):
        attrs.evolve(C230, entries=(*C230.entries[:20], attrs.evolve(last, number=30)))


@given(reference_lists())
def test_lists_round_trip_through_the_model_reader(lst: model.ReferenceList) -> None:
    assert model.load_reference_list(dump_json(lst)) == lst


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@given(st.fixed_dictionaries({}, optional={"id": _JSON, "entries": _JSON, "level": _JSON}) | _JSON)
def test_the_model_reader_raises_only_load_errors(value: object) -> None:
    # No such value is a whole list: each is refused with the library's own error.
    with pytest.raises(LoadError):
        model.load_reference_list(json.dumps(value))


def test_name_key_is_a_deprecated_alias_of_association_key() -> None:
    from hoiquanchung.model import name_key

    with pytest.warns(DeprecationWarning, match="association_key"):
        key = name_key("Hội Khuyến học thị xã Long Mỹ")
    assert key == model.association_key("Hội Khuyến học thị xã Long Mỹ") == "khuyến học"
