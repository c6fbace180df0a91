"""The strict hooks shared by :mod:`hoiquanchung.io` and the model's data-file reader.

Both loaders structure the same simple types through :mod:`hoiquanchung._strict`; each keeps
what is its own: the data-file reader refuses a JSON key written twice, :mod:`hoiquanchung.io`
keeps the last value (as :func:`json.loads` does) and bounds the size of ints.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections.abc import Callable
from typing import Literal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import LoadError, _strict, io
from hoiquanchung.model import AdminLevel, _data_files
from hoiquanchung.model._reference_lists import ReferenceEntry


@attrs.frozen
class _Row:
    name: str
    count: int
    flag: bool
    day: _dt.date
    level: AdminLevel


_GOOD = '{"name": "Hội", "count": 3, "flag": true, "day": "2024-03-08", "level": "tỉnh"}'


def test_both_loaders_read_the_same_row() -> None:
    expected = _Row("Hội", 3, True, _dt.date(2024, 3, 8), AdminLevel("tỉnh"))
    assert io.load_json(_GOOD, _Row) == expected
    assert _data_files.read_json(_GOOD, _Row) == expected


def test_duplicate_keys_refused_by_the_data_file_reader_only() -> None:
    text = '{"name": "Hội X", "name": "Hội Y"}'
    with pytest.raises(LoadError) as caught:
        _data_files.read_json(text, ReferenceEntry)
    assert caught.value.code == "key-twice"
    assert caught.value.render("vi") == "khóa 'name' xuất hiện hai lần trong một đối tượng"
    assert io.load_json(text, ReferenceEntry).name == "Hội Y"  # the last value, as json does


def test_huge_int_bounded_by_io_only() -> None:
    huge = "9" * 1001  # more digits than MAX_NUMBER_DIGITS (1000); _Row has no validator
    text = _GOOD.replace('"count": 3', f'"count": {huge}')
    with pytest.raises(LoadError) as caught:
        io.load_json(text, _Row)
    assert getattr(caught.value.errors[0][1], "code", None) == "number-too-long"
    assert _data_files.read_json(text, _Row).count == int(huge)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", 1, "expected-type"),
        ("count", "3", "expected-type"),
        ("count", True, "expected-type"),
        ("flag", 1, "expected-type"),
        ("day", "2024-3-8", "expected-type"),
        ("day", "2024-02-30", "date-invalid"),
        ("level", "bang", "expected-type"),
    ],
)
def test_both_loaders_refuse_alike(field: str, value: object, code: str) -> None:
    import json

    data = json.loads(_GOOD)
    data[field] = value
    text = json.dumps(data, ensure_ascii=False)
    for load in (io.load_json, _data_files.read_json):
        with pytest.raises(LoadError) as caught:
            load(text, _Row)
        ((path, message),) = caught.value.errors
        assert path == f"$.{field}"
        assert getattr(message, "code", None) == code
        assert caught.value.render("vi").startswith("1 lỗi: ")


@given(st.text())
def test_structure_str_is_nfc(value: str) -> None:
    assert _strict.structure_str(value, str) == unicodedata.normalize("NFC", value)


@given(st.dates())
def test_structure_date_reads_iso(day: _dt.date) -> None:
    if day.year >= 1000:
        assert _strict.structure_date(day.isoformat(), None) == day
    assert _strict.structure_date(day, None) == day


def test_read_text_of_a_path(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "x.json"
    path.write_bytes('{"a": "Hiệp"}'.encode())
    assert _strict.read_text(path) == '{"a": "Hiệp"}'
    with pytest.raises(LoadError) as caught:
        _strict.read_text(b"\xff")
    assert caught.value.code == "not-utf8"


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_over_long_literal_is_a_load_error_in_both_loaders(fmt: str) -> None:
    """Python refuses an int of more than 4,300 digits from text: both loaders say so (the
    data-file reader used to let the bare ValueError out)."""
    digits = "9" * 5000
    text = f'{{"count": {digits}}}' if fmt == "json" else f"count = {digits}\n"
    fmt_literal: Literal["json", "toml"] = "json" if fmt == "json" else "toml"

    def data_file() -> object:
        return _data_files.read(text, _Row, format=fmt_literal)

    def document() -> object:
        return (io.load_json if fmt == "json" else io.load_toml)(text, _Row)

    loaders: list[Callable[[], object]] = [data_file, document]
    for load in loaders:
        with pytest.raises(LoadError) as caught:
            load()
        assert caught.value.code == "literal-too-long"
        assert caught.value.render("vi")
