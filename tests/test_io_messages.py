"""Errors of :mod:`hoiquanchung.io` and of report loading in both languages (issue 11).

Each error carries its catalogue code; a :class:`~hoiquanchung.errors.LoadError` with problems
carries ``load-problem`` / ``load-problems`` and each ``(path, message)`` pair of its ``errors``
its own code, so a caller can show every problem in Vietnamese.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from hoiquanchung import LoadError, ValidationError
from hoiquanchung import io as io_module
from hoiquanchung.indicators import load_report, load_report_file
from hoiquanchung.io import dump_toml, load_json, load_toml, structure, unstructure
from hoiquanchung.model import AdminLevel, AdminUnit, Association, Leader, LeaderRole, UnitRef

DOC = list[Association]


def _record(**fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "name": "Hội Khuyến học",
        "scope": "xã",
        "category": "hội quần chúng khác",
        "members": 12,
    }
    record.update(fields)
    return record


def _load_error(call: Any) -> LoadError:
    with pytest.raises(LoadError) as info:
        call()
    return info.value


def _doc(*records: dict[str, object]) -> str:
    return json.dumps({"associations": list(records)}, ensure_ascii=False)


def test_one_problem_with_its_path_in_both_languages() -> None:
    text = _doc(_record(), _record(), _record(), _record(members=12.0))
    err = _load_error(lambda: load_json(text, DOC, key="associations"))
    assert err.code == "load-problem"
    assert err.path == "$.associations[3].members"
    assert err.render("en") == str(err)
    assert str(err) == "1 problem: expected an int, got float 12.0 @ $.associations[3].members"
    assert err.render("vi") == (
        "1 lỗi: cần một số nguyên (int), nhận được float 12.0 @ $.associations[3].members"
    )
    ((path, message),) = err.errors
    assert path == "$.associations[3].members"
    assert message.code == "expected-type"  # type: ignore[attr-defined]
    assert message.text("vi") == "cần một số nguyên (int), nhận được float 12.0"  # type: ignore[attr-defined]
    assert err.__notes__ == ["[vi] cần một số nguyên (int), nhận được float 12.0 @ " + path]


def test_several_problems_each_with_its_code() -> None:
    text = _doc(_record(members=[1], extra=2), _record(party_delegation="false"))
    err = _load_error(lambda: load_json(text, DOC, key="associations"))
    assert err.code == "load-problems"
    assert err.facts["count"] == 3
    assert err.render("vi") == (
        "3 lỗi: cần một số nguyên (int), nhận được list [1] @ $.associations[0].members"
    )
    assert str(err).startswith("3 problems: expected an int, got list [1] @ ")
    found = {(path, message.code) for path, message in err.errors}  # type: ignore[attr-defined]
    assert found == {
        ("$.associations[0].members", "expected-type"),
        ("$.associations[0]", "unknown-key"),
        ("$.associations[1].party_delegation", "expected-type"),
    }
    vi = {message.text("vi") for _, message in err.errors}  # type: ignore[attr-defined]
    assert "khóa không rõ 'extra'" in vi
    assert "cần true hoặc false, nhận được str 'false'" in vi


@pytest.mark.parametrize(
    ("record", "code", "vi"),
    [
        pytest.param(_record(name=5), "expected-type", "cần một chuỗi (str), nhận được int 5"),
        pytest.param(
            _record(founded_on="2024-02-30"),
            "date-invalid",
            "ngày không hợp lệ: '2024-02-30'",
        ),
        pytest.param(
            _record(founded_on="30/02/2024"),
            "expected-type",
            "cần một ngày dạng ISO 'YYYY-MM-DD', nhận được str '30/02/2024'",
        ),
        pytest.param(
            _record(scope="tinh"),
            "expected-type",
            "cần một trong 'toàn quốc hoặc liên tỉnh', 'tỉnh', 'huyện', 'xã', nhận được str 'tinh'",
        ),
        pytest.param(
            _record(unit="31321"),
            "expected-type",
            "cần một đơn vị (bảng có 'type' hoặc 'level'), nhận được str '31321'",
        ),
        pytest.param(
            _record(unit={"code": "31321"}),
            "load-unit-kind",
            "đơn vị cần có 'type' (một AdminUnit) hoặc 'level' (một UnitRef)",
        ),
        pytest.param(
            _record(leaders={"role": "chủ tịch"}),
            "expected-type",
            "cần một danh sách, nhận được dict {'role': 'chủ tịch'}",
        ),
        pytest.param(
            {"scope": "xã", "category": "hội quần chúng khác"},
            "required-key-missing",
            "thiếu khóa bắt buộc",
        ),
        pytest.param(
            _record(members=10**1000),
            "number-too-long",
            "số có hơn 1000 chữ số (giới hạn của hoiquanchung)",
        ),
        pytest.param(
            _record(members=-1),
            "value-must-be",  # (the model's own code, kept)
            "members phải là một số nguyên (int) không âm, nhận được -1",
        ),
    ],
)
def test_each_kind_of_problem_has_its_code_and_vietnamese(
    record: dict[str, object], code: str, vi: str
) -> None:
    err = _load_error(lambda: load_json(_doc(record), DOC, key="associations"))
    ((_, message),) = err.errors
    assert message.code == code  # type: ignore[attr-defined]
    assert message.text("vi") == vi  # type: ignore[attr-defined]
    assert err.render("vi").startswith("1 lỗi: " + vi)


def test_a_table_for_a_class_with_nullable_fields() -> None:
    err = _load_error(lambda: structure(5, AdminUnit))
    ((_, message),) = err.errors
    assert message.code == "expected-type"  # type: ignore[attr-defined]
    assert message == "expected a table for AdminUnit, got int 5"
    assert message.text("vi") == "cần một bảng cho AdminUnit, nhận được int 5"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("call", "code", "en", "vi"),
    [
        pytest.param(
            lambda: load_json("[1, 2", DOC),
            "not-json",
            "not JSON: Expecting ',' delimiter at line 1 column 6",
            "không phải JSON: Expecting ',' delimiter ở dòng 1, cột 6",
        ),
        pytest.param(
            lambda: load_json(b"\xff", DOC),
            "not-utf8",
            "not UTF-8: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
            "không phải UTF-8: 'utf-8' codec can't decode byte 0xff in position 0:"
            " invalid start byte",
        ),
        pytest.param(
            lambda: load_json(5, DOC),  # type: ignore[arg-type]
            "expected-type",
            "expected text, bytes or a path, got int",
            "cần văn bản (str), bytes hoặc đường dẫn tệp, nhận được int",
        ),
        pytest.param(
            lambda: load_json('{"other": []}', DOC, key="associations"),
            "key-missing",
            "key 'associations' missing @ $",
            "thiếu khóa 'associations' @ $",
        ),
        pytest.param(
            lambda: load_json("[]", DOC, key="associations"),
            "expected-type",
            "expected a table with the key 'associations', got list [] @ $",
            "cần một bảng có khóa 'associations', nhận được list [] @ $",
        ),
        pytest.param(
            lambda: load_json('{"associations": [], "x": 1}', DOC, key="associations"),
            "load-problem",
            "1 problem: unknown key 'x' @ $.x",
            "1 lỗi: khóa không rõ 'x' @ $.x",
        ),
        pytest.param(
            lambda: load_json("[" * 100_000 + "]" * 100_000, DOC),
            "nested-too-deeply",
            "JSON nested too deeply",
            "JSON lồng nhau quá sâu",
        ),
        pytest.param(
            lambda: load_toml("a = ", DOC, key="a"),
            "not-toml",
            "not TOML: Invalid value (at end of document)",
            "không phải TOML: Invalid value (at end of document)",
        ),
        pytest.param(
            lambda: structure([[[[]]]], list[list[list[list[Association]]]]),  # (no problem)
            None,
            None,
            None,
        ),
    ],
)
def test_document_errors(call: Any, code: str | None, en: str | None, vi: str | None) -> None:
    if code is None:
        assert call() == [[[[]]]]
        return
    err = _load_error(call)
    assert err.code == code
    assert err.render("en") == str(err) == en
    assert err.render("vi") == vi


@attrs.frozen
class Node:
    """A class that contains itself: data can nest it as deep as they like."""

    children: list[Node] = attrs.Factory(list)


def test_a_document_nested_too_deeply_for_the_structuring() -> None:
    data: dict[str, object] = {}
    for _ in range(100_000):
        data = {"children": [data]}
    err = _load_error(lambda: structure(data, Node))
    assert err.code == "load-problem"
    ((path, message),) = err.errors
    assert path.startswith("$.children[0].children[0].")
    assert message.code == "nested-too-deeply"  # type: ignore[attr-defined]
    assert err.render("vi").startswith("1 lỗi: tài liệu lồng nhau quá sâu @ $.children[0].")
    assert str(err).startswith("1 problem: document nested too deeply @ $.children[0].")


def test_a_recursion_error_escaping_the_converter_is_a_load_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class TooDeep:
        def structure(self, *_: object) -> object:
            raise RecursionError

    monkeypatch.setattr(io_module, "converter", TooDeep())
    err = _load_error(lambda: structure({"children": 5}, Node))
    assert err.code == "nested-too-deeply"
    assert err.render("vi") == "tài liệu lồng nhau quá sâu @ $"
    assert str(err) == "document nested too deeply @ $"


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    missing = tmp_path / "none.json"
    err = _load_error(lambda: load_json(missing, DOC))
    assert err.code == "file-unreadable"
    assert err.render("vi").startswith(f"không đọc được {str(missing)!r}: [Errno 2]")
    assert str(err).startswith(f"cannot read {str(missing)!r}: [Errno 2]")


def test_dump_errors_in_both_languages() -> None:
    with pytest.raises(ValidationError) as info:
        dump_toml([Leader(role=LeaderRole.CHAIR)])
    assert info.value.code == "toml-needs-key"
    assert info.value.render("vi") == (
        "tài liệu TOML là một bảng: hãy cho key= để ghi một list (trường 'key')"
    )
    with pytest.raises(ValidationError) as info:
        io_module._drop_none({"a": [1, None]}, "$")
    assert info.value.code == "toml-null-in-list"
    assert info.value.render("vi") == (
        "TOML không có giá trị null: một phần tử của danh sách là None @ $.a[1]"
    )


def test_unstructuring_a_number_beyond_the_limit_in_both_languages() -> None:
    ref = UnitRef(code="31321", level=AdminLevel.COMMUNE)
    assert unstructure(ref)["code"] == "31321"
    with pytest.raises(ValidationError) as info:
        unstructure(10**1000)
    assert info.value.code == "cannot-unstructure"
    assert info.value.render("vi") == (
        "không chuyển được int thành dữ liệu: số có hơn 1000 chữ số (giới hạn của hoiquanchung)"
    )


# --- report loading (hoiquanchung.indicators.load_report) --------------------------------------


def _report(**table: object) -> dict[str, object]:
    base: dict[str, object] = {"name": "Hội", "figures": [{"text": "99 hội"}]}
    base.update(table)
    return {"meta": {"title": "x"}, "table": [base]}


@pytest.mark.parametrize(
    ("data", "code", "path", "vi"),
    [
        pytest.param(
            {"table": [{"figures": []}]},
            "key-missing",
            "$.table[0]",
            "thiếu khóa 'name' @ $.table[0]",
        ),
        pytest.param(
            _report(name=5),
            "key-wrong-type",
            "$.table[0].name",
            "'name' có kiểu sai (int) @ $.table[0].name",
        ),
        pytest.param(
            {"table": [5]},
            "expected-type",
            "$.table[0]",
            "cần một bảng, nhận được int @ $.table[0]",
        ),
        pytest.param(
            _report(figures=[{"text": "9,9,9"}]),
            "report-figure-unreadable",
            "$.table[0].figures[0].text",
            None,
        ),
        pytest.param(
            _report(dimensions=[{"name": "d", "values": ["a"], "children": {"a": "b"}}]),
            "report-children-not-lists",
            "$.table[0].dimensions[0].children.a",
            "children phải là danh sách các giá trị @ $.table[0].dimensions[0].children.a",
        ),
        pytest.param(
            _report(figures=[{"text": "99"}]),
            "report-figure-no-measure",
            "$.table[0].figures[0]",
            "số liệu cần có measure (hoặc một đơn vị tính trong văn bản của nó)"
            " @ $.table[0].figures[0]",
        ),
        pytest.param(
            _report(fractional=[5]),
            "report-fractional-not-text",
            "$.table[0].fractional[0]",
            "một đơn vị tính trong fractional phải là văn bản, nhận được int"
            " @ $.table[0].fractional[0]",
        ),
        pytest.param(
            {"rate": [{"label": "x", "numerator": "5"}]},
            "key-missing",
            "$.rate[0]",
            "thiếu khóa 'stated' @ $.rate[0]",
        ),
        pytest.param(
            {"rate": [{"label": "x", "stated": "5%", "numerator": "-5"}]},
            "not-negative",
            "$.rate[0].numerator",
            "numerator không được âm (nhận được -5) @ $.rate[0].numerator",
        ),
        pytest.param(
            {"rate": [{"label": "x", "stated": "5%", "numerator": "5", "denominator": "0"}]},
            "denominator-zero",
            "$.rate[0].denominator",
            "mẫu số không được bằng 0 @ $.rate[0].denominator",
        ),
        pytest.param(
            {"population": [{"measure": "x", "value": 5, "source": "s"}]},
            "report-unknown-population-measure",
            "$.population[0].measure",
            None,
        ),
        pytest.param(
            {"table": [{"name": "T", "figures": [{"text": "1" * 1001 + " hội"}]}]},
            "report-figure-unreadable",
            "$.table[0].figures[0].text",
            None,
        ),
        pytest.param(
            {"x": 10**1000},
            "number-too-long",
            "$.x",
            "số có hơn 1000 chữ số (giới hạn của hoiquanchung) @ $.x",
        ),
    ],
)
def test_report_errors_in_both_languages(
    data: dict[str, object], code: str, path: str, vi: str | None
) -> None:
    err = _load_error(lambda: load_report(data))
    assert err.code == code
    assert err.path == path
    if vi is not None:
        assert err.render("vi") == vi


def test_an_unreadable_figure_reads_wholly_in_vietnamese() -> None:
    err = _load_error(lambda: load_report(_report(figures=[{"text": "9,9,9"}])))
    vi, en = err.render("vi"), err.render("en")
    assert vi.startswith("không đọc được số liệu '9,9,9': ")
    assert en.startswith("cannot read figure '9,9,9': ")
    assert "@ $.table[0].figures[0].text" in vi
    reason = err.facts["reason"]
    assert reason.vi != reason.en  # type: ignore[union-attr]


def test_report_file_errors_in_both_languages(tmp_path: Path) -> None:
    err = _load_error(lambda: load_report_file(tmp_path / "none.toml"))
    assert err.code == "file-unreadable"
    none = str(tmp_path / "none.toml")
    assert err.render("vi").startswith(f"không đọc được {none!r}: No such file")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'a = "\xe9"')
    err = _load_error(lambda: load_report_file(latin))
    assert err.code == "file-not-utf8"
    assert err.render("vi").startswith(f"{latin} không phải văn bản UTF-8 (byte thứ 5)")
    bad = tmp_path / "bad.toml"
    bad.write_text("a = ", encoding="utf-8")
    err = _load_error(lambda: load_report_file(bad))
    assert err.code == "file-not-toml"
    assert err.render("vi").startswith(f"{bad} không phải TOML hợp lệ: ")
    err = _load_error(lambda: load_report_file(5))  # type: ignore[arg-type]
    assert err.code == "expected-type"
    assert err.render("vi") == "cần một đường dẫn tệp, nhận được int @ path"
