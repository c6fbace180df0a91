"""Từ chỉ loại đơn vị hành chính (unit-type words): the vocabulary of unit types, as data.

The words written for each type of administrative unit live in one data file,
``hoiquanchung/model/data/words/unit_types.toml`` (with its source and the date it was compiled),
read once, strictly, on first use.  Each record is keyed by the type's Vietnamese value (the
value of :class:`~hoiquanchung.model.UnitType`), so that this module imports nothing of the model:
:mod:`~hoiquanchung.model._levels` (parsing a typed type), :mod:`~hoiquanchung.model._units` (a
unit's full name), :mod:`~hoiquanchung.model._registry` (a name written with its type prefix) and
the loader of the national lists each build what they need from it.

>>> [(w.type, w.word) for w in unit_type_words()][:2]
[('tỉnh', 'Tỉnh'), ('thành phố trực thuộc trung ương', 'Thành phố')]
>>> by_type("thị trấn").prefixes
('thị trấn', 'TT.', 'TT', 'T.T.')
"""

from __future__ import annotations

import functools
import importlib.resources

import attrs

from hoiquanchung._catalogue import Localized, error_text
from hoiquanchung.errors import DataFileError, LoadError
from hoiquanchung.model import _data_files

__all__ = ["UnitTypeWords", "by_type", "unit_type_words"]

_FILE = "unit_types.toml"


@attrs.frozen(kw_only=True)
class UnitTypeWords:
    """The words of one type of unit.

    ``type`` is the type's Vietnamese value (``'thị xã'``); ``word`` the word its units' full
    names start with (``'Thị xã'``); ``spellings`` what a user may type for the type; ``prefixes``
    what a unit's name may be written with in front (``'TX.'``, ``'thị xã'``); and
    ``vietnam_provinces`` the name the package vietnam-provinces gives the type.
    """

    type: str
    word: str
    spellings: tuple[str, ...]
    prefixes: tuple[str, ...]
    vietnam_provinces: str


@attrs.frozen(kw_only=True)
class _UnitTypesFile:
    source: str
    compiled: str
    completeness: str
    types: tuple[UnitTypeWords, ...]


@functools.cache
def unit_type_words() -> tuple[UnitTypeWords, ...]:
    """Every type's words, in the order of the data file (read once)."""
    resource = importlib.resources.files("hoiquanchung.model") / "data" / "words" / _FILE
    try:
        data = _data_files.read(resource.read_text(encoding="utf-8"), _UnitTypesFile, format="toml")
    except LoadError as exc:  # pragma: no cover - the shipped data are tested
        detail = Localized(exc.render("vi"), exc.render("en"))
        raise DataFileError(
            error_text("data-file-broken", name=f"words/{_FILE}", detail=detail)
        ) from exc
    return data.types


@functools.cache
def by_type(value: str) -> UnitTypeWords:
    """The words of the type whose Vietnamese value is *value*."""
    for words in unit_type_words():
        if words.type == value:
            return words
    raise DataFileError(error_text("unit-type-not-in-words", type=value, file=f"words/{_FILE}"))
