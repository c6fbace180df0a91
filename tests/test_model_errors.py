"""The model's errors in two languages (issue 11), and its limit on counts.

Every raise in ``hoiquanchung/model`` words its message from the catalogue: each error carries a
code, and renders in Vietnamese and in English.  Representative errors of each module are
asserted here by code and Vietnamese text; a scan keeps the count of messages written in place
at zero.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from _helpers import raises_worded_in_place
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import model as hm
from hoiquanchung._limits import INT_LIMIT, MAX_NUMBER_DIGITS
from hoiquanchung.errors import (
    AmbiguousLookupError,
    HoiQuanChungError,
    LoadError,
    ModelValidationError,
    NotFoundError,
    ValidationError,
)
from hoiquanchung.model import (
    Era,
    Leader,
    LeaderRole,
    ReferenceEntry,
    ReferenceLists,
    UnitCorrection,
    UnitRef,
    UnitRegistry,
    UnitType,
    _data_files,
    check_associations,
    default_reference_lists,
    default_registry,
    founding_minimum,
    leadership_limit,
    map_to_two_tiers,
    tally_associations,
)
from hoiquanchung.model._thresholds import FoundingMinimum

MODEL = Path(__file__).resolve().parent.parent / "src" / "hoiquanchung" / "model"
DAY = dt.date(2024, 6, 30)


def _raised(make: Callable[[], object]) -> HoiQuanChungError:
    with pytest.raises(HoiQuanChungError) as info:
        make()
    return info.value


def _assoc(**kwargs: object) -> hm.Association:
    base: dict[str, object] = {
        "name": "Hội Khuyến học",
        "scope": hm.ActivityScope.PROVINCE,
        "category": hm.AssociationCategory.ASSIGNED,
    }
    return hm.Association(**{**base, **kwargs})  # type: ignore[arg-type]


def _english_only_raises(folder: Path = MODEL) -> list[str]:
    """``raise X("...")`` / ``raise X(f"...")`` in *folder*: messages written in place."""
    return [
        f"{path.name}:{line}"
        for path in sorted(folder.rglob("*.py"))
        for line, _ in raises_worded_in_place(path)
    ]


def test_no_message_in_model_is_written_in_place() -> None:
    assert _english_only_raises() == []


def test_the_scan_sees_a_message_written_in_place(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(
        'raise ValueError(f"bad {x}")\nraise ValueError(error_text("x"))\n', encoding="utf-8"
    )
    assert _english_only_raises(tmp_path) == ["m.py:1"]


# --- fields: the shared checks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "code", "vi"),
    [
        (
            lambda: _assoc(members=-1),
            "value-must-be",
            "members phải là một số nguyên (int) không âm, nhận được -1 (trường 'members')",
        ),
        (
            lambda: _assoc(party_delegation="có"),
            "value-must-be",
            "party_delegation phải là một giá trị đúng/sai (bool), nhận được 'có'"
            " (trường 'party_delegation')",
        ),
        (
            lambda: _assoc(scope="tỉnh"),
            "value-must-be",
            "scope phải là một ActivityScope, nhận được 'tỉnh' (trường 'scope')",
        ),
        (
            lambda: Leader(role=LeaderRole.CHAIR, terms=0),
            "value-must-be",
            "terms phải là một số nguyên (int) từ 1 trở lên, nhận được 0 (trường 'terms')",
        ),
        (
            lambda: hm.AssociationTally(count=1, unit="93"),  # type: ignore[arg-type]
            "value-must-be",
            "unit phải là một UnitRef hoặc None, nhận được '93' (trường 'unit')",
        ),
    ],
    ids=["count", "bool", "enum", "terms", "tally unit"],
)
def test_field_errors(make: Callable[[], object], code: str, vi: str) -> None:
    err = _raised(make)
    assert isinstance(err, ModelValidationError)
    assert err.code == code
    assert err.render("vi") == vi


def test_an_english_message_keeps_its_wording() -> None:
    err = _raised(lambda: _assoc(members=-1))
    assert str(err) == "members must be a non-negative int, got -1 (field 'members')"


# --- associations and leaders -----------------------------------------------------------------


def test_association_errors() -> None:
    chairs = (Leader(role=LeaderRole.CHAIR), Leader(role=LeaderRole.CHAIR))
    err = _raised(lambda: _assoc(leaders=chairs))
    assert err.code == "too-many-chairs"
    assert err.render("vi") == "có 2 chủ tịch hội: nhiều nhất một (trường 'leaders')"

    ref = UnitRef(code="930", level=hm.AdminLevel.DISTRICT, on=DAY)
    err = _raised(lambda: _assoc(unit=ref))
    assert err.code == "scope-unit-level"
    assert err.render("vi").startswith(
        "phạm vi hoạt động 'tỉnh' cần đơn vị cấp 'tỉnh', đơn vị '930' là cấp 'huyện'"
    )

    err = _raised(
        lambda: Leader(
            role=LeaderRole.CHAIR, birth_date=dt.date(1960, 1, 2), nominated_on=dt.date(1960, 1, 1)
        )
    )
    assert err.code == "nominated-before-birth"
    assert err.render("vi") == (
        "ngày giới thiệu 01/01/1960 không sau ngày sinh 02/01/1960 (trường 'nominated_on')"
    )


# --- units ------------------------------------------------------------------------------------


def test_unit_errors() -> None:
    err = _raised(lambda: hm.AdminUnit("9a", "Hậu Giang", UnitType.PROVINCE, None))
    assert err.code == "unit-code-not-digits"
    assert (
        err.render("vi")
        == "mã đơn vị hành chính phải là chữ số (0-9), nhận được '9a' (trường 'code')"
    )

    err = _raised(lambda: hm.AdminUnit("92", "Cần Thơ", UnitType.MUNICIPALITY, None))
    assert err.code == "unit-era-unclear"
    assert err.render("vi") == (
        "mỗi đơn vị thuộc một thời kỳ: cho valid_to (đến ngày 30/06/2025) hoặc valid_from"
        " (từ ngày 01/07/2025) của 'Thành phố Cần Thơ' (92) (trường 'valid_from')"
    )

    err = _raised(lambda: hm.AdminUnit("930", "Vị Thanh", UnitType.CITY, None))
    assert err.code == "unit-needs-parent"
    assert err.render("vi").startswith("'Thành phố Vị Thanh' (930) là đơn vị cấp huyện, cần có")

    err = _raised(lambda: hm.AdminUnit("93", "Hậu Giang", "tỉnh lỵ", None))
    assert err.code == "word-unknown"
    assert "không phải loại đơn vị hành chính" in err.render("vi")


@pytest.fixture(scope="module")
def registry() -> UnitRegistry:
    return default_registry()


def test_registry_errors(registry: UnitRegistry) -> None:
    err = _raised(lambda: registry.get("99", on=DAY))
    assert isinstance(err, NotFoundError)
    assert err.code == "unit-code-not-found"
    assert err.render("vi").startswith(
        "không tìm thấy đơn vị hành chính có mã '99' ngày 30/06/2024 trong vietnam-provinces"
    )

    err = _raised(lambda: registry.get("31321"))
    assert isinstance(err, AmbiguousLookupError)
    assert err.code == "unit-code-ambiguous"
    assert err.render("vi").endswith("; hãy cho on= hoặc era=")

    err = _raised(lambda: registry.find("Không Có Nơi Này", on=DAY))
    assert err.code == "unit-name-not-found"
    assert err.render("vi").startswith("không tìm thấy đơn vị hành chính tên 'Không Có Nơi Này'")

    err = _raised(lambda: registry.get("93", on=DAY, era=Era.TWO_TIERS))
    assert err.code == "date-not-in-era"
    assert err.render("vi") == "ngày 30/06/2024 không thuộc thời kỳ 'hai cấp' (trường 'era')"

    err = _raised(lambda: registry.find_all("Vị Thanh", level="huyện"))  # type: ignore[arg-type]
    assert err.code == "expected-type"
    assert err.render("vi") == "cần một AdminLevel, nhận được str (trường 'level')"

    err = _raised(lambda: registry.corrected("x"))  # type: ignore[arg-type]
    assert err.code == "item-wrong-type"
    assert err.render("vi") == (
        "corrections[0] có kiểu str, không phải một UnitCorrection (trường 'corrections')"
    )

    new = registry.find("Cần Thơ", on=dt.date(2025, 7, 1))
    err = _raised(lambda: registry.successors(new))
    assert err.code == "successors-of-two-tier-unit"


def test_correction_errors() -> None:
    err = _raised(lambda: UnitCorrection(code="75", era=Era.TWO_TIERS, as_of=DAY, source="NQ 202"))
    assert err.code == "correction-changes-nothing"
    assert err.render("vi") == "bản đính chính phải sửa loại hoặc tên đơn vị (trường 'type')"


def test_unit_registry_construction_errors() -> None:
    hg = hm.AdminUnit("93", "Hậu Giang", UnitType.PROVINCE, None, valid_to=dt.date(2025, 6, 30))
    err = _raised(lambda: UnitRegistry([hg, hg], source="test"))
    assert err.code == "unit-code-twice"
    assert err.render("vi").startswith("hai đơn vị cùng mã '93' trong thời kỳ 'ba cấp'")


# --- tallies and eras -------------------------------------------------------------------------


def test_tally_errors() -> None:
    err = _raised(lambda: tally_associations([], by=("unit", "province")))
    assert err.code == "group-by-two-units"
    assert err.render("vi") == (
        "chỉ nhóm theo nhiều nhất một trong unit, district, province (trường 'by')"
    )
    err = _raised(lambda: tally_associations([], by=("huyện",)))  # type: ignore[arg-type]
    assert err.code == "group-by-unknown"
    assert err.render("vi").startswith("không nhóm được theo 'huyện': dùng ")
    err = _raised(lambda: tally_associations([1], by=()))  # type: ignore[list-item]
    assert err.code == "expected-type"
    assert err.render("vi") == "cần một Association (hội), nhận được int (trường 'associations[0]')"


def test_era_lookup_errors_keep_the_field() -> None:
    err = _raised(lambda: map_to_two_tiers({"99999": 1}))
    assert err.code in ("field-not-found", "era-unit-not-registered")
    assert err.render("vi") != err.render("en")


# --- reference lists and thresholds -----------------------------------------------------------


def test_reference_list_errors() -> None:
    err = _raised(lambda: ReferenceEntry(name="Hội X", verified=False))
    assert err.code == "entry-needs-evidence"
    assert err.render("vi") == (
        "mục chưa được xác minh phải ghi lý do có trong danh sách (evidence) (trường 'evidence')"
    )
    lists = default_reference_lists()
    err = _raised(lambda: lists.central(dt.date(2020, 1, 1)))
    assert err.code == "no-reference-list-yet"
    assert err.render("vi").startswith(
        "không có danh sách cấp trung ương hội được giao nhiệm vụ cho ngày 01/01/2020:"
        " danh sách sớm nhất áp dụng từ ngày 22/08/2023"
    )
    err = _raised(lambda: lists.get("no-such-list"))
    assert err.code == "reference-list-unknown"
    err = _raised(lambda: ReferenceLists([1]))  # type: ignore[list-item]
    assert err.code == "item-wrong-type"
    assert err.render("vi") == "lists[0] có kiểu int, không phải một ReferenceList (trường 'lists')"


def test_threshold_errors() -> None:
    err = _raised(lambda: leadership_limit("max_chairs", DAY))  # type: ignore[arg-type]
    assert err.code == "limit-unknown"
    assert err.render("vi").startswith("không có giới hạn 'max_chairs'; các giới hạn đã biết: ")
    err = _raised(lambda: founding_minimum("tỉnh", DAY))  # type: ignore[arg-type]
    assert err.code == "expected-type"
    assert err.render("vi") == "cần một ActivityScope, nhận được str (trường 'scope')"
    err = _raised(
        lambda: FoundingMinimum(
            scope=hm.ActivityScope.COMMUNE,
            minimum=10,
            source="x",
            valid_from=dt.date(2024, 1, 2),
            valid_to=dt.date(2024, 1, 1),
        )
    )
    assert err.code == "validity-reversed"
    assert err.render("vi") == (
        "ngày bắt đầu hiệu lực 02/01/2024 sau ngày hết hiệu lực 01/01/2024 (trường 'valid_to')"
    )


def test_policy_errors() -> None:
    err = _raised(lambda: check_associations("Hội", on=DAY))  # type: ignore[arg-type]
    assert err.code == "expected-type"
    assert (
        err.render("vi")
        == "cần một dãy các Association (hội), nhận được str (trường 'associations')"
    )


# --- data files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "vi"),
    [
        (
            '{"name": "Hội Nhà báo Việt Nam", "number": "7"}',
            "load-problem",
            "1 lỗi: cần một số nguyên (int), nhận được str '7' @ $.number",
        ),
        (
            '{"name": "Hội X", "aliases": [1, 2]}',
            "load-problems",
            "2 lỗi: cần một chuỗi (str), nhận được int 1 @ $.aliases[0]",
        ),
        (
            '{"name": "Hội X", "colour": "đỏ"}',
            "load-problem",
            "1 lỗi: khóa không rõ 'colour' @ $",
        ),
        ('{"name": "Hội X"', "not-json", None),
        (
            '{"name": "Hội X", "name": "Hội Y"}',
            "key-twice",
            "khóa 'name' xuất hiện hai lần trong một đối tượng",
        ),
    ],
    ids=["int", "two problems", "unknown key", "not json", "key twice"],
)
def test_data_file_errors(text: str, code: str, vi: str | None) -> None:
    err = _raised(lambda: _data_files.read_json(text, ReferenceEntry))
    assert isinstance(err, LoadError)
    assert err.code == code
    if vi is not None:
        assert err.render("vi") == vi
    else:
        assert err.render("vi").startswith("không phải JSON: ")


def test_data_file_problems_keep_their_codes() -> None:
    err = _raised(
        lambda: _data_files.read_json('{"name": "Hội X", "number": true}', ReferenceEntry)
    )
    assert isinstance(err, LoadError)
    ((path, message),) = err.errors
    assert path == "$.number"
    assert getattr(message, "code", None) == "expected-type"


def test_every_model_error_code_is_in_the_catalogue() -> None:
    from hoiquanchung.messages import ERRORS, FRAGMENTS

    used_errors: set[str] = set()
    used_fragments: set[str] = set()
    for path in MODEL.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "error_text":
                    used_errors.add(first.value)
                elif name == "fragment":
                    used_fragments.add(first.value)
    assert len(used_errors) > 60
    assert used_errors <= set(ERRORS)
    assert used_fragments <= set(FRAGMENTS)


# --- counts beyond the library's limit (issue 11, 2) ------------------------------------------

_COUNT_FIELDS = (
    "members",
    "staff_assigned",
    "staff_working",
    "founding_members",
    "founding_provinces",
)


def test_a_huge_count_is_refused_by_the_constructor() -> None:
    err = _raised(lambda: _assoc(members=10**5000))
    assert isinstance(err, ModelValidationError)
    assert (err.code, err.field) == ("number-too-long", "members")
    assert err.render("vi") == (
        f"số có hơn {MAX_NUMBER_DIGITS} chữ số (giới hạn của hoiquanchung) (trường 'members')"
    )
    assert str(err) == (
        f"a number with more than {MAX_NUMBER_DIGITS} digits (the limit of hoiquanchung)"
        " (field 'members')"
    )


@given(
    field=st.sampled_from(_COUNT_FIELDS),
    value=st.one_of(
        st.integers(min_value=0, max_value=10**6),
        st.integers(min_value=INT_LIMIT - 10**6, max_value=INT_LIMIT + 10**6),
        st.integers(min_value=INT_LIMIT, max_value=10**5000),
    ),
)
def test_hypothesis_counts_within_the_limit_and_only_those(field: str, value: int) -> None:
    if value < INT_LIMIT:
        assert getattr(_assoc(**{field: value}), field) == value
        return
    with pytest.raises(ModelValidationError) as info:
        _assoc(**{field: value})
    assert (info.value.code, info.value.field) == ("number-too-long", field)
    assert info.value.render("vi").endswith(f"(trường {field!r})")


@given(
    make=st.sampled_from(
        [
            lambda v: hm.AssociationTally(count=v),
            lambda v: hm.AssociationTally(count=1, members=v),
            lambda v: Leader(role=LeaderRole.CHAIR, terms=v),
            lambda v: _assoc(term_years=v),
        ]
    ),
    value=st.integers(min_value=INT_LIMIT - 3, max_value=INT_LIMIT + 3),
)
def test_hypothesis_every_count_of_the_model_has_the_limit(
    make: Callable[[int], object], value: int
) -> None:
    if value < INT_LIMIT:
        make(value)
    else:
        with pytest.raises(ValidationError) as info:
            make(value)
        assert info.value.code == "number-too-long"


def test_a_huge_negative_count_is_shown_without_its_digits() -> None:
    err = _raised(lambda: _assoc(members=-(10**5000)))
    assert err.code == "value-must-be"
    assert err.render("vi") == (
        "members phải là một số nguyên (int) không âm, nhận được"
        f" <số nguyên có hơn {MAX_NUMBER_DIGITS} chữ số> (trường 'members')"
    )
