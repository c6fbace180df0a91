"""Serialization: strict hooks, JSON and TOML round trips, errors with paths."""

from __future__ import annotations

import contextlib
import json
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from _helpers import finding
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import HoiQuanChungError, LoadError, ValidationError
from hoiquanchung import io as io_module
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.io import (
    dump_json,
    dump_toml,
    load_json,
    load_toml,
    make_converter,
    structure,
    unstructure,
)
from hoiquanchung.model import (
    ASSIGNED_RULES,
    FOUNDING_MINIMUMS,
    ActivityScope,
    AdminLevel,
    AdminUnit,
    AssignedRules,
    Association,
    AssociationCategory,
    AssociationTally,
    FoundingMinimum,
    Leader,
    LeaderRole,
    ReferenceEntry,
    ReferenceList,
    UnitRef,
    default_reference_lists,
)
from tests.strategies import (
    association_units,
    associations,
    findings,
    leaders,
    reference_entries,
    reference_lists,
    tallies,
    unit_refs,
)

OK = {"name": "Hội Luật gia", "scope": "tỉnh", "category": "hội quần chúng khác"}


def with_(**changes: object) -> dict[str, Any]:
    return {**OK, **changes}


# --- round trips ------------------------------------------------------------------------------

ROUND_TRIPS: list[tuple[type, st.SearchStrategy[Any]]] = [
    (Association, associations()),
    (Leader, leaders()),
    (UnitRef, unit_refs()),
    (AdminUnit, st.sampled_from(list(AdminLevel)[1:]).flatmap(association_units)),
    (AssociationTally, tallies()),
    (Finding, findings()),
    (ReferenceEntry, reference_entries()),
    (ReferenceList, reference_lists()),
    (FoundingMinimum, st.sampled_from(FOUNDING_MINIMUMS)),
    (AssignedRules, st.just(ASSIGNED_RULES)),
]


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=lambda x: getattr(x, "__name__", ""))
def test_json_round_trip(cls: type, strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(obj: Any) -> None:
        text = dump_json(obj)
        assert load_json(text, cls) == obj
        assert load_json(text.encode(), cls) == obj

    check()


@pytest.mark.parametrize(("cls", "strategy"), ROUND_TRIPS, ids=lambda x: getattr(x, "__name__", ""))
def test_toml_round_trip(cls: type, strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def check(obj: Any) -> None:
        assert load_toml(dump_toml(obj), cls) == obj

    check()


@given(st.lists(associations(), max_size=5))
def test_lists_round_trip_under_a_key(records: list[Association]) -> None:
    text = dump_json(records, key="associations")
    assert load_json(text, list[Association], key="associations") == records
    assert (
        load_toml(dump_toml(records, key="associations"), list[Association], key="associations")
        == records
    )


def test_shipped_reference_lists_round_trip() -> None:
    for lst in default_reference_lists().lists:
        assert load_json(dump_json(lst), ReferenceList) == lst
        assert load_toml(dump_toml(lst), ReferenceList) == lst


def test_file_paths(tmp_path: Path) -> None:
    a = structure(OK, Association)
    path = tmp_path / "a.json"
    path.write_text(dump_json(a), encoding="utf-8")
    assert load_json(path, Association) == a
    tpath = tmp_path / "a.toml"
    tpath.write_text(dump_toml(a), encoding="utf-8")
    assert load_toml(tpath, Association) == a
    with pytest.raises(LoadError, match="cannot read"):
        load_json(tmp_path / "missing.json", Association)


def test_unstructure_values() -> None:
    f = finding(
        code="rate-mismatch", message_vi="Tỷ lệ", message_en="Rate", stated_value=Decimal("91.53")
    )
    data = unstructure(f)
    assert data["severity"] == "error"
    assert data["stated_value"] == "91.53"
    a = structure(with_(founded_on="2024-01-12"), Association)
    assert unstructure(a)["founded_on"] == "2024-01-12"
    assert unstructure(a)["scope"] == "tỉnh"


def test_dates_from_toml_native_dates() -> None:
    a = load_toml(
        'name = "Hội Luật gia"\nscope = "tỉnh"\ncategory = "hội quần chúng khác"\n'
        "founded_on = 2024-01-12\n",
        Association,
    )
    assert a.founded_on == date(2024, 1, 12)


def test_nfc_at_the_boundary() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Hội Người mù")
    a = structure(with_(name=decomposed, scope=unicodedata.normalize("NFD", "tỉnh")), Association)
    assert a.name == "Hội Người mù"
    assert a.scope is ActivityScope.PROVINCE


def test_unit_union() -> None:
    ref = structure(with_(unit={"code": "93", "level": "tỉnh"}), Association)
    assert isinstance(ref.unit, UnitRef)
    unit = structure(
        with_(unit={"code": "93", "name": "Hậu Giang", "type": "tỉnh", "valid_to": "2025-06-30"}),
        Association,
    )
    assert isinstance(unit.unit, AdminUnit)
    assert unit.unit.parent_code is None
    with pytest.raises(LoadError, match="'type'") as info:
        structure(with_(unit={"code": "93"}), Association)
    assert info.value.path == "$.unit"


# --- strictness -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "path", "fragment"),
    [
        ({"members": 12.0}, "$.members", "expected an int"),
        ({"members": True}, "$.members", "expected an int"),
        ({"members": "12"}, "$.members", "expected an int"),
        ({"members": -1}, "$.members", "non-negative"),
        ({"party_delegation": "false"}, "$.party_delegation", "expected true or false"),
        ({"party_delegation": 0}, "$.party_delegation", "expected true or false"),
        ({"founded_on": "12/01/2024"}, "$.founded_on", "ISO date"),
        ({"founded_on": "2024-01-12T00:00:00"}, "$.founded_on", "ISO date"),
        ({"founded_on": "2024-02-30"}, "$.founded_on", "not a valid date"),
        ({"founded_on": 20240112}, "$.founded_on", "ISO date"),
        ({"scope": "Tỉnh"}, "$.scope", "expected one of"),
        ({"scope": "PROVINCE"}, "$.scope", "expected one of"),
        ({"category": None}, "$.category", "expected one of"),
        ({"name": 5}, "$.name", "expected a str"),
        ({"leaders": "chủ tịch"}, "$.leaders", "expected a list"),
        ({"leaders": [{"role": "chủ tịch", "terms": 0}]}, "$.leaders[0].terms", ">= 1"),
        ({"leaders": [{"role": "chủ tịch"}, 5]}, "$.leaders[1]", "expected a table"),
        ({"colour": "red"}, "$", "unknown key 'colour'"),
        ({"unit": {"code": "930", "level": "huyện"}}, "$.unit", "needs a unit of level"),
    ],
)
def test_errors_name_the_path(changes: dict[str, object], path: str, fragment: str) -> None:
    with pytest.raises(LoadError) as info:
        structure(with_(**changes), Association)
    err = info.value
    assert isinstance(err, ValidationError)
    assert (path, err.errors[0][1]) == err.errors[0]
    assert fragment in err.errors[0][1]
    assert err.path == path


def test_missing_required_keys() -> None:
    with pytest.raises(LoadError) as info:
        structure({"scope": "tỉnh"}, Association)
    assert {p for p, _ in info.value.errors} == {"$.name", "$.category"}


def test_every_problem_is_collected_with_its_path() -> None:
    doc = {
        "associations": [
            OK,
            OK,
            OK,
            with_(members=12.5, party_delegation="false", scope="x"),
        ]
    }
    with pytest.raises(LoadError) as info:
        load_json(json.dumps(doc), list[Association], key="associations")
    paths = sorted(p for p, _ in info.value.errors)
    assert paths == [
        "$.associations[3].members",
        "$.associations[3].party_delegation",
        "$.associations[3].scope",
    ]
    assert str(info.value).startswith("3 problems: ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("74.87", Decimal("74.87")), (5, Decimal(5)), ("-1e3", Decimal("-1e3"))],
)
def test_decimal_from_str_or_int(value: object, expected: Decimal) -> None:
    assert structure(value, Decimal) == expected


@pytest.mark.parametrize("value", [74.87, True, "NaN", "Infinity", "1_000", " 5", "5,2", None])
def test_decimal_never_from_float_or_junk(value: object) -> None:
    with pytest.raises(LoadError):
        structure(value, Decimal)


def test_decimal_fields_in_findings() -> None:
    data = unstructure(Finding(code="x", severity=Severity.INFO, message_vi="", message_en=""))
    data["stated_value"] = 91.53
    with pytest.raises(LoadError) as info:
        structure(data, Finding)
    assert info.value.path == "$.stated_value"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{", "not JSON"),
        ("[1]", "expected a table with the key"),
        ('{"other": []}', "key 'associations' missing"),
        ('{"associations": [], "x": 1}', "unknown key 'x'"),
        ('{"associations": "abc"}', "expected a list"),
        ('{"associations": [NaN]}', "expected a table"),
    ],
)
def test_document_errors(text: str, fragment: str) -> None:
    with pytest.raises(LoadError, match=fragment):
        load_json(text, list[Association], key="associations")


def test_toml_errors() -> None:
    with pytest.raises(LoadError, match="not TOML"):
        load_toml("a = ", Association)
    with pytest.raises(ValidationError, match="key="):
        dump_toml([structure(OK, Association)])
    with pytest.raises(LoadError, match="not UTF-8"):
        load_toml(b"\xff", Association)
    with pytest.raises(LoadError):
        load_json(12, Association)  # type: ignore[arg-type]


def test_deep_nesting_is_a_load_error() -> None:
    with pytest.raises(LoadError):
        load_json("[" * 100_000 + "]" * 100_000, list[Association])


def test_make_converter_is_independent() -> None:
    conv = make_converter()
    conv.register_structure_hook(int, lambda v, _: int(v))
    assert conv.structure("5", int) == 5
    with pytest.raises(LoadError):
        structure("5", int)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | st.sampled_from(["tỉnh", "huyện", "chủ tịch", "2024-01-12", "hội quần chúng khác"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from([*(a.name for a in attrs.fields(Association)), "code", "level", "x"]),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@pytest.mark.parametrize(
    "cls",
    [Association, list[Association], AssociationTally, Finding, ReferenceList, AdminUnit],
    ids=str,
)
def test_arbitrary_json_raises_only_library_errors(cls: Any) -> None:
    @given(JSON_VALUES)
    def check(value: object) -> None:
        with contextlib.suppress(HoiQuanChungError):
            load_json(json.dumps(value), cls)

    check()


@given(
    st.fixed_dictionaries(
        {"name": st.text(max_size=8), "scope": st.text(max_size=8)},
        optional={
            "category": st.sampled_from(["hội quần chúng khác", "x"]),
            "members": st.integers() | st.floats() | st.text(max_size=3),
            "leaders": st.lists(
                st.dictionaries(
                    st.sampled_from(["role", "terms", "full_time", "birth_date"]),
                    st.integers() | st.text(max_size=5) | st.booleans(),
                ),
                max_size=3,
            ),
        },
    )
)
def test_near_valid_documents_raise_only_load_errors(value: dict[str, object]) -> None:
    errors: tuple[tuple[str, str], ...] = ()
    try:
        structure(value, Association)
    except LoadError as err:
        errors = err.errors or (("", ""),)
    assert all(p.startswith("$") for p, _ in errors)


def test_leader_role_by_value() -> None:
    leader = structure({"role": "phó chủ tịch", "full_time": False}, Leader)
    assert leader.role is LeaderRole.VICE_CHAIR
    assert not leader.full_time


def test_tally_levels_by_value() -> None:
    t = structure({"levels": ["xã", "huyện"], "count": 59, "staff_working": 73}, AssociationTally)
    assert t.levels == (AdminLevel.DISTRICT, AdminLevel.COMMUNE)
    assert t.category is None
    t2 = structure(
        {"count": 13, "category": "hội quần chúng do Đảng, Nhà nước giao nhiệm vụ"},
        AssociationTally,
    )
    assert t2.category is AssociationCategory.ASSIGNED


# --- the fast path ------------------------------------------------------------------------------
#
# structure() first tries functions generated once per class, then (on anything unexpected) the
# detailed converter, which names every problem.  The fast path must never accept what the
# converter refuses, must build the same objects, and must leave the errors unchanged.

TRICKY = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        1,
        -1,
        1.0,
        12.5,
        "",
        " ",
        "false",
        "12",
        "2024-02-30",
        "2024-W01-1",
        "20240112",
        "2024-01-12T00:00:00",
        "２０２４-01-12",
        "tỉnh",
        unicodedata.normalize("NFD", "tỉnh"),
        unicodedata.normalize("NFD", "Hội Người mù"),
        "chủ tịch",
        unicodedata.normalize("NFD", "phó chủ tịch"),
        "hội quần chúng khác",
        [],
        {},
        {"code": "93", "level": "tỉnh"},
        {"code": "930", "level": "huyện", "on": "2024-06-30"},
        [{"role": "chủ tịch"}, {"role": "chủ tịch"}],
        [{"role": "phó chủ tịch", "full_time": "true"}],
    ]
)


@st.composite
def mutated_records(draw: st.DrawFn) -> list[Any]:
    """Valid association records, some of them changed in one place (a value replaced, a key
    dropped or added, text decomposed)."""
    records = draw(st.lists(associations(), min_size=1, max_size=4))
    data: list[Any] = unstructure(records)
    for _ in range(draw(st.integers(0, 2))):
        record = draw(st.sampled_from(data))
        targets = [record]
        if isinstance(record.get("unit"), dict):
            targets.append(record["unit"])
        leaders = record.get("leaders", [])  # (an earlier mutation may have replaced it)
        if isinstance(leaders, list):
            targets.extend(x for x in leaders if isinstance(x, dict))
        target = draw(st.sampled_from(targets))
        keys = sorted(target) or ["name"]
        action = draw(st.sampled_from(["set", "drop", "add", "nfd"]))
        if action == "set":
            target[draw(st.sampled_from(keys))] = draw(TRICKY | JSON_VALUES)
        elif action == "drop":
            target.pop(draw(st.sampled_from(keys)), None)
        elif action == "add":
            target[draw(st.sampled_from(["x", "level", "type", "members", "role"]))] = draw(TRICKY)
        else:
            for k, v in target.items():
                if isinstance(v, str):
                    target[k] = unicodedata.normalize("NFD", v)
    return data


def _fast(value: object, cls: Any) -> tuple[bool, object]:
    try:
        return True, io_module._fast_path.get(cls)(value)
    except Exception:
        return False, None
    finally:
        io_module._fast_path.forget()


def _detailed(value: object, cls: Any) -> tuple[bool, object]:
    try:
        return True, io_module.converter.structure(value, cls)
    except Exception:
        return False, None


@given(mutated_records())
def test_fast_path_never_accepts_more_than_the_converter(data: list[Any]) -> None:
    fast_ok, fast = _fast(data, list[Association])
    slow_ok, slow = _detailed(data, list[Association])
    if fast_ok:
        assert slow_ok
        assert fast == slow
    if not slow_ok:
        assert not fast_ok


@pytest.mark.parametrize("cls", [Association, Leader, UnitRef, list[Association]], ids=str)
def test_fast_path_on_arbitrary_json(cls: Any) -> None:
    @given(JSON_VALUES | TRICKY)
    def check(value: object) -> None:
        fast_ok, fast = _fast(value, cls)
        if fast_ok:
            assert _detailed(value, cls) == (True, fast)

    check()


_CATTRS_FAST = make_converter(detailed_validation=False)


@given(mutated_records())
def test_cattrs_fast_mode_accepts_exactly_what_the_detailed_converter_does(
    data: list[Any],
) -> None:
    slow_ok, slow = _detailed(data, list[Association])
    try:
        fast: object = _CATTRS_FAST.structure(data, list[Association])
    except Exception:
        assert not slow_ok
    else:
        assert slow_ok
        assert fast == slow


@given(mutated_records())
def test_errors_are_the_detailed_converters(data: list[Any]) -> None:
    """The errors through structure() are exactly those of the detailed converter alone."""

    def outcome() -> object:
        try:
            return structure(data, list[Association], path="$.associations")
        except LoadError as err:
            return (str(err), err.path, err.errors)

    with_fast = outcome()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(io_module, "_fast_path", _NoFastPath())
        assert outcome() == with_fast


class _NoFastPath:
    def get(self, cls: object) -> Any:
        def refuse(value: object) -> Any:
            raise io_module._SlowPathError

        return refuse

    def forget(self) -> None:
        pass


class _NoConverter:
    def structure(self, value: object, cls: object) -> Any:
        raise AssertionError("the detailed converter was used")


def test_valid_documents_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [with_(members=5, unit={"code": "93", "level": "tỉnh", "on": "2024-06-30"})] * 3
    expected = io_module.converter.structure(records, list[Association])
    monkeypatch.setattr(io_module, "converter", _NoConverter())
    assert structure(records, list[Association]) == expected
    with pytest.raises(LoadError, match="detailed converter was used"):
        structure([*records, with_(members=-1)], list[Association])


def test_errors_on_the_fast_path_keep_their_paths() -> None:
    good = with_(unit={"code": "93", "level": "tỉnh"}, leaders=[{"role": "chủ tịch"}])
    bad = [good, good, good, with_(members=[1]), good, with_(leaders=[{"role": "x"}])]
    with pytest.raises(LoadError) as info:
        load_json(json.dumps({"associations": bad}), list[Association], key="associations")
    assert info.value.errors == (
        ("$.associations[3].members", "expected an int, got list [1]"),
        ("$.associations[5].leaders[0].role", info.value.errors[1][1]),
    )
    assert "expected one of 'chủ tịch', 'phó chủ tịch', got str 'x'" in info.value.errors[1][1]
    assert info.value.path == "$.associations[3].members"


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"members": True}, "expected an int"),
        ({"members": 3.0}, "expected an int"),
        ({"party_delegation": "false"}, "expected true or false"),
        ({"founded_on": "2024-W01-1"}, "ISO date"),
        ({"founded_on": "２０２４-01-12"}, "ISO date"),
        ({"founded_on": "2023-02-29"}, "not a valid date"),
        ({"unit": {"code": "93", "level": "tỉnh", "on": "2024-6-30"}}, "ISO date"),
        ({"leaders": [{"role": "chủ tịch", "terms": True}]}, "expected an int"),
        ({"leaders": [{"role": "chủ tịch"}, {"role": "chủ tịch"}]}, "2 chairs"),
        ({"leaders": [{"role": "chủ tịch", "colour": 1}]}, "unknown key 'colour'"),
    ],
)
def test_strict_after_valid_records(changes: dict[str, object], fragment: str) -> None:
    """A bad record after valid ones (dates, units and leaders already seen and shared) is still
    refused with the converter's message."""
    unit = {"code": "93", "level": "tỉnh", "on": "2024-06-30"}
    good = with_(unit=unit, founded_on="2024-01-12", leaders=[{"role": "chủ tịch", "terms": 1}])
    with pytest.raises(LoadError, match=fragment):
        structure([good, good, {**good, **changes}], list[Association])


def test_nfc_on_the_fast_path() -> None:
    nfd = unicodedata.normalize("NFD", "Hội Người mù tỉnh Hậu Giang")
    record = with_(
        name=nfd,
        unit={"code": "93", "level": "tỉnh", "name": unicodedata.normalize("NFD", "Hậu Giang")},
        leaders=[{"role": "chủ tịch", "name": unicodedata.normalize("NFD", "Nguyễn Văn Ân")}],
    )
    (a,) = structure([record], list[Association])
    assert a.name == "Hội Người mù tỉnh Hậu Giang"
    assert isinstance(a.unit, UnitRef)
    assert a.unit.name == "Hậu Giang"
    assert a.leaders[0].name == "Nguyễn Văn Ân"
    assert all(unicodedata.is_normalized("NFC", s) for s in (a.name, a.unit.name))


def test_equal_units_and_leaders_are_shared_within_one_load() -> None:
    unit = {"code": "93", "level": "tỉnh", "on": "2024-06-30"}
    records = [with_(unit=unit, leaders=[{"role": "chủ tịch"}]) for _ in range(3)]
    first, second, third = structure(records, list[Association])
    assert first.unit is second.unit is third.unit
    assert first.leaders[0] is second.leaders[0]
    assert all(not memo for memo in io_module._fast_path._memos)  # nothing kept afterwards
    (again,) = structure(records[:1], list[Association])
    assert again.unit == first.unit


@attrs.frozen(kw_only=True)
class _Checked:
    """A class with a validator: the fast path calls it as usual, so the validator runs."""

    count: int = attrs.field(validator=attrs.validators.le(10))
    label: str | None = None


@attrs.frozen(kw_only=True)
class _Converted:
    """A class with a converter and a post-init check, built without binding keywords."""

    label: str = attrs.field(converter=lambda value: value.strip())
    count: int = 0

    def __attrs_post_init__(self) -> None:
        if not self.label:
            raise ValidationError("label must not be empty", field="label")


def test_fast_path_keeps_validators_converters_and_post_init() -> None:
    assert structure({"count": 3, "label": "a"}, _Checked) == _Checked(count=3, label="a")
    with pytest.raises(LoadError, match="must be <= 10") as info:
        structure([{"count": 3}, {"count": 11}], list[_Checked])
    assert info.value.path == "$[1]"
    assert structure({"label": " a "}, _Converted) == _Converted(label="a")
    with pytest.raises(LoadError, match="label must not be empty") as info:
        structure([{"label": "x"}, {"label": "  ", "count": 2}], list[_Converted])
    assert info.value.path == "$[1].label"


@attrs.frozen(kw_only=True)
class _Node:
    """A class that contains itself."""

    label: str
    children: tuple[_Node, ...] = ()


def test_fast_path_for_a_class_that_contains_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = {"label": "a", "children": [{"label": "b", "children": [{"label": "c"}]}]}
    expected = io_module.converter.structure(doc, _Node)
    with monkeypatch.context() as mp:
        mp.setattr(io_module, "converter", _NoConverter())
        tree = structure(doc, _Node)  # built by the fast path alone
    assert tree == expected
    assert tree.children[0].children[0].label == "c"
    with pytest.raises(LoadError) as info:
        structure({"label": "a", "children": [{"label": "b", "children": [{"label": 3}]}]}, _Node)
    assert info.value.path == "$.children[0].children[0].label"


@pytest.mark.parametrize(
    ("value", "cls", "expected"),
    [
        (5, int, 5),
        ("74.87", Decimal, Decimal("74.87")),
        ({"a": 1}, dict[str, int], {"a": 1}),
        (["2024-01-12"], list[date], [date(2024, 1, 12)]),
        (None, int | None, None),
    ],
    ids=str,
)
def test_fast_path_for_other_types(value: object, cls: Any, expected: object) -> None:
    assert structure(value, cls) == expected == io_module.converter.structure(value, cls)
