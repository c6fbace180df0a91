"""The typed JSON path of :func:`hoiquanchung.io.load_json` (msgspec, an optional dependency).

With msgspec installed, ``load_json`` first decodes straight into msgspec Structs mirroring the
model classes and falls back, on any problem, to the path without msgspec.  These tests check
that the two accept exactly the same documents, give equal objects and identical errors, on
chosen edge cases (big ints, duplicate keys, NaN, surrogates, NFC/NFD, wrong types) and on
generated documents; and that the library works without msgspec.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from typing import Annotated, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import LoadError
from hoiquanchung import io as io_module
from hoiquanchung.io import dump_json, load_json
from hoiquanchung.model import Association, UnitRef
from tests.strategies import associations

msgspec = pytest.importorskip("msgspec")  # in the dev extra: the CI runs these

DOC = list[Association]


def _outcome(text: str, cls: Any = DOC, key: str | None = "associations") -> object:
    """What load_json does with *text*: the objects, or everything the error says."""
    try:
        return ("ok", load_json(text, cls, key=key))
    except LoadError as err:
        return ("error", str(err), err.path, err.errors, getattr(err, "__notes__", []))


def _without_msgspec(fn: Callable[[], object]) -> object:
    """*fn* run as if msgspec were not installed."""
    saved = io_module._typed_json
    io_module._typed_json = io_module._TypedJson(use_msgspec=False)
    try:
        return fn()
    finally:
        io_module._typed_json = saved


def _both(text: str, cls: Any = DOC, key: str | None = "associations") -> tuple[object, object]:
    return _outcome(text, cls, key), _without_msgspec(lambda: _outcome(text, cls, key))


@pytest.fixture
def json_loads_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the path without msgspec fail loudly: what loads now went the typed way."""

    def refuse(*_: object, **__: object) -> object:
        raise AssertionError("the path without msgspec was taken")

    monkeypatch.setattr(io_module.json, "loads", refuse)


def _record(**fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "name": "Hội Khuyến học xã Vị Tân",
        "scope": "xã",
        "category": "hội quần chúng khác",
        "unit": {"code": "31321", "level": "xã", "on": "2024-06-30"},
        "members": 1200,
        "leaders": [{"role": "chủ tịch", "full_time": True, "terms": 2}],
    }
    record.update(fields)
    return record


def _doc(*records: dict[str, object]) -> str:
    return json.dumps({"associations": list(records)}, ensure_ascii=False)


def test_associations_take_the_typed_path(json_loads_refused: None) -> None:
    found = load_json(_doc(_record(), _record(members=None)), DOC, key="associations")
    assert [a.members for a in found] == [1200, None]
    assert type(found[0].unit) is UnitRef
    assert found[0].leaders[0].terms == 2


def test_the_typed_path_shares_equal_units_within_one_load(json_loads_refused: None) -> None:
    first, second = load_json(_doc(_record(), _record()), DOC, key="associations")
    assert first.unit is second.unit
    assert first.leaders[0] is second.leaders[0]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_doc(_record(members=-(2**63) - 1)), id="int below int64, negative"),
        pytest.param(_doc(_record(members=10**1000)), id="int beyond the magnitude limit"),
        pytest.param(
            '{"associations": [{"name": "Hội", "scope": "xã", "category": "hội quần chúng khác",'
            ' "members": ' + "9" * 5000 + "}]}",
            id="int literal beyond Python's 4300 digits",
        ),
        pytest.param(_doc(_record(members=float("nan"))), id="NaN"),
        pytest.param(_doc(_record(members=float("inf"))), id="Infinity"),
        pytest.param(_doc(_record(members=12.0)), id="float for an int"),
        pytest.param(_doc(_record(members=True)), id="bool for an int"),
        pytest.param(_doc(_record(members="12")), id="text for an int"),
        pytest.param(_doc(_record(party_delegation=1)), id="int for a bool"),
        pytest.param(_doc(_record(name=5)), id="int for a text"),
        pytest.param(_doc(_record(name="  ")), id="blank name (model invariant)"),
        pytest.param(_doc(_record(founded_on="2024-02-30")), id="impossible date"),
        pytest.param(_doc(_record(founded_on="2024-6-30")), id="short date"),
        pytest.param(_doc(_record(founded_on="2024-06-30T00:00:00")), id="datetime"),
        pytest.param(_doc(_record(founded_on="２０２４-06-30")), id="fullwidth digits"),
        pytest.param(_doc(_record(scope="tinh")), id="unknown enum value"),
        pytest.param(_doc(_record(extra=1)), id="unknown key"),
        pytest.param(_doc({"name": "Hội", "scope": "xã"}), id="missing key"),
        pytest.param(_doc(_record(unit={"code": "930", "level": "huyện"})), id="wrong unit level"),
        pytest.param(_doc(_record(unit={"code": "31321"})), id="unit without level or type"),
        pytest.param(_doc(_record(leaders=[{"role": "chủ tịch", "terms": 0}])), id="terms 0"),
        pytest.param(_doc(_record(leaders={"role": "chủ tịch"})), id="table for a list"),
        pytest.param('{"associations": [], "other": 1}', id="unknown top-level key"),
        pytest.param("[]", id="list for the document"),
        pytest.param('{"associations": [1, 2', id="malformed JSON"),
        pytest.param('{"associations": []} x', id="trailing characters"),
        pytest.param("[" * 5000 + "]" * 5000, id="nested too deeply"),
    ],
)
def test_refused_documents_get_the_same_error_either_way(text: str) -> None:
    typed, plain = _both(text)
    assert typed[0] == "error"
    assert typed == plain


@pytest.mark.parametrize(
    ("text", "check"),
    [
        pytest.param(
            '{"associations": [{"name": "Hội A", "name": "Hội B", "scope": "xã",'
            ' "category": "hội quần chúng khác"}]}',
            lambda found: found[0].name == "Hội B",
            id="duplicate keys: the last one wins, as with the json module",
        ),
        pytest.param(
            _doc(_record(name=unicodedata.normalize("NFD", "Hội Nông dân"))),
            lambda found: found[0].name == unicodedata.normalize("NFC", "Hội Nông dân"),
            id="NFD text is normalised",
        ),
        pytest.param(
            _doc(_record(scope=unicodedata.normalize("NFD", "xã"))),
            lambda found: found[0].scope.value == "xã",
            id="NFD enum value is accepted",
        ),
        pytest.param(
            _doc(_record(name="  Hội Luật gia  ")),
            lambda found: found[0].name == "Hội Luật gia",
            id="surrounding spaces stripped by the model",
        ),
        pytest.param(
            _doc(_record(members=2**64 + 1)),
            lambda found: found[0].members == 2**64 + 1,
            id="int beyond 64 bits, within the magnitude limit",
        ),
        pytest.param(
            _doc(_record(members=10**999)),
            lambda found: found[0].members == 10**999,
            id="int of 1000 digits",
        ),
        pytest.param(
            _doc(_record(name="Hội \ud800")),
            lambda found: found[0].name == "Hội \ud800",
            id="lone surrogate escape (accepted by the json module, kept as it was)",
        ),
        pytest.param(
            _doc(_record(name="Hội 😀 \u0000")),
            lambda found: found[0].name == "Hội 😀 \u0000",
            id="astral and control characters as escapes",
        ),
        pytest.param(
            _doc(
                _record(
                    scope="huyện",
                    unit={
                        "code": "930",
                        "name": "Vị Thanh",
                        "type": "thành phố",
                        "parent_code": "93",
                        "valid_to": "2025-06-30",
                    },
                )
            ),
            lambda found: found[0].unit.name == "Vị Thanh",
            id="an AdminUnit (not mirrored: the plain path builds it)",
        ),
        pytest.param(
            _doc(_record(leaders=[], unit=None, members=None)),
            lambda found: found[0].unit is None and found[0].leaders == (),
            id="explicit nulls and empty lists",
        ),
    ],
)
def test_accepted_documents_give_equal_objects_either_way(
    text: str, check: Callable[[Any], bool]
) -> None:
    typed, plain = _both(text)
    assert typed[0] == "ok", typed
    assert typed == plain
    assert check(typed[1])


def test_without_msgspec_nothing_is_typed_and_loading_works() -> None:
    def run() -> object:
        assert io_module._typed_json.decoder(DOC, "associations") is None
        return load_json(_doc(_record()), DOC, key="associations")

    (found,) = _without_msgspec(run)  # type: ignore[misc]
    assert found.members == 1200


def test_msgspec_is_imported_on_first_use_only() -> None:
    code = (
        "import sys, hoiquanchung.io as io; from hoiquanchung.model import Association;"
        " assert 'msgspec' not in sys.modules;"
        " io.load_json('[]', list[Association]); assert 'msgspec' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_msgspec_installed_json_loads_the_same() -> None:
    # sys.modules["msgspec"] = None makes "import msgspec" fail as if it were not installed.
    code = (
        "import sys; sys.modules['msgspec'] = None\n"
        "import hoiquanchung.io as io\n"
        "from hoiquanchung.model import Association\n"
        "assert io._import_msgspec() is None\n"
        "assert io._typed_json.decoder(list[Association], 'associations') is None\n"
        f"found = io.load_json({_doc(_record())!r}, list[Association], key='associations')\n"
        "assert found[0].members == 1200, found\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unmirrored_types_use_the_plain_path() -> None:
    # Keys that are not field names, types the mirror does not cover: no typed decoder.
    assert io_module._typed_json.decoder(dict[str, int], None) is None
    assert io_module._typed_json.decoder(list[str], None) is None
    unhashable = Annotated[list[Association], []]  # (no key of a cache)
    assert io_module._typed_json.decoder(unhashable, None) is None


@given(st.lists(associations(), max_size=4))
def test_generated_documents_round_trip_the_same_either_way(records: list[Association]) -> None:
    text = dump_json(records, key="associations")
    typed, plain = _both(text)
    assert typed == plain == ("ok", records)


_FIELDS = ("name", "scope", "category", "unit", "members", "founded_on", "leaders", "role")
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["xã", "huyện", "tỉnh", "chủ tịch", "hội quần chúng khác", "2024-06-30"])
    | st.text(max_size=6)
)


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    keys = st.sampled_from(_FIELDS)
    return st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=4)


_values = st.recursive(_scalars, _containers, max_leaves=12)


@st.composite
def _mutated_documents(draw: st.DrawFn) -> str:
    record = _record()
    for field in draw(st.lists(st.sampled_from(_FIELDS), max_size=3)):
        if draw(st.booleans()):
            record.pop(field, None)
        else:
            record[field] = draw(_values)
    return _doc(record)


@given(_mutated_documents())
def test_mutated_documents_get_the_same_outcome_either_way(text: str) -> None:
    typed, plain = _both(text)
    assert typed == plain
