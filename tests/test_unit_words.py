"""The unit-type vocabulary is data (model/data/words/unit_types.toml), read once (issue 11)."""

from __future__ import annotations

import tomllib
import unicodedata
from importlib import resources

import pytest

from hoiquanchung.errors import DataFileError
from hoiquanchung.model import AdminUnit, UnitType
from hoiquanchung.model._registry import split_type_prefix
from hoiquanchung.model._unit_words import by_type, unit_type_words
from hoiquanchung.model._units import type_words

FILE = resources.files("hoiquanchung.model") / "data" / "words" / "unit_types.toml"


def test_the_file_names_its_source_and_date() -> None:
    data = tomllib.loads(FILE.read_text(encoding="utf-8"))
    assert data["source"].strip()
    assert len(data["compiled"]) == 10
    assert data["completeness"].strip()


def test_every_unit_type_has_one_record_and_nfc_words() -> None:
    values = [w.type for w in unit_type_words()]
    assert sorted(values) == sorted(t.value for t in UnitType)
    for words in unit_type_words():
        for text in (words.word, *words.spellings, *words.prefixes, words.vietnam_provinces):
            assert text == unicodedata.normalize("NFC", text)
        assert words.spellings[0] == words.type  # the value itself is always accepted
    assert unit_type_words() is unit_type_words()  # read once


def test_the_words_are_what_the_model_uses() -> None:
    assert type_words()[UnitType.TOWNSHIP] == "Thị trấn"
    assert UnitType.parse("T.X.") is UnitType.TOWN
    assert AdminUnit("933", "Châu Thành", "huyện", "93").full_name == "Huyện Châu Thành"
    found = split_type_prefix("H. Châu Thành A")
    assert found == (frozenset({UnitType.RURAL_DISTRICT}), "Châu Thành A")
    found = split_type_prefix("TP Cần Thơ")
    assert found == (frozenset({UnitType.CITY, UnitType.MUNICIPALITY}), "Cần Thơ")


def test_an_unknown_type_is_the_librarys_error() -> None:
    with pytest.raises(DataFileError) as info:
        by_type("tổng")
    assert info.value.code == "unit-type-not-in-words"
    assert "không có từ cho loại đơn vị 'tổng'" in info.value.render("vi")
