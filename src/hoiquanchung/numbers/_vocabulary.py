"""The words of the numbers' grammar, read from data files, and every pattern built from them.

The vocabulary lives in ``hoiquanchung/numbers/data`` (each file and each entry names its source):

* ``scale_words.toml``: *nghìn*, *ngàn*, *triệu*, *tỷ*, *tỉ*, *vạn* and the power of ten of each;
* ``bound_words.toml``: *hơn*, *trên*, *gần*, *khoảng*, ... *trở lên*, the
  :class:`~hoiquanchung.numbers.Bound` each stands for, and how the library writes a bound back;
* ``unit_nouns.toml``: the counted nouns of more than one word (*hội viên*, *mô hình*);
* ``stop_words.toml``: function words that are never a counted noun (*là*, *và*, *của*), and
  the verbs that end a counted noun's phrase after it (*hoạt* of *14 HTX hoạt động*);
* ``dimension_labels.toml``: the labels of a breakdown (*cấp tỉnh*, *nam*/*nữ*, *khác*);
* ``label_nouns.toml``: nouns a number after them names rather than counts (*tổ dân phố 27*).

Files are read on first use and cached; the patterns are compiled once.  Every module that
needs one of these words takes it from here (a test checks that no other module spells the
lists again).

>>> scale_words()["tỷ"]
1000000000
>>> scale_alternation()
'nghìn|ngàn|triệu|tỷ|tỉ|vạn'
>>> bound_words("before")["ước tính"]
'ABOUT'
>>> written_bound("AT_LEAST", "vi"), written_bound("AT_LEAST", "en")
('ít nhất', 'at least')
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

from hoiquanchung._catalogue import ErrorText, Fact, error_text, fragment
from hoiquanchung._nfc import nfc_text
from hoiquanchung.errors import DataFileError
from hoiquanchung.numbers._parse import SPACES

__all__ = [
    "LETTER",
    "WS",
    "alternation",
    "amount_after",
    "bound_alternation",
    "bound_words",
    "day_words",
    "dimension_alternation",
    "dimension_labels",
    "label_nouns",
    "level_alternation",
    "ordinal_words",
    "person_nouns",
    "phrase_enders",
    "range_words",
    "scale_alternation",
    "scale_pattern",
    "scale_words",
    "single_nouns",
    "stop_words",
    "times_of_day",
    "unit_nouns",
    "weekdays",
    "written_bound",
    "written_scales",
]

#: One space character of those the grammar accepts between words (no line break).
WS: Final = f"[{SPACES}]"
#: One letter (any script, no digit, no underscore).
LETTER: Final = r"[^\W\d_]"

_BOUND_NAMES: Final = frozenset(
    {"MORE_THAN", "LESS_THAN", "NEARLY", "ABOUT", "AT_LEAST", "AT_MOST"}
)
# Words that make a noun with a scale word: "tỷ lệ" (rate), "tỷ số" (ratio), "tỷ trọng" (share).
_SCALE_COMPOUND_KEY: Final = "compounds"


def _bad(file: str, problem: str, **facts: Fact) -> ErrorText:
    """What is wrong with the vocabulary *file*: *problem* is a fragment of the catalogue."""
    return error_text("vocabulary-file", file=file, problem=fragment(problem, **facts))


def _word(value: object, where: str) -> str:
    """An entry of a word list: a non-empty string, NFC, lower-case, single-spaced."""
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(_bad(where, "vocabulary-word"))
    return " ".join(nfc_text(value).lower().split())


@functools.cache
def _load(name: str) -> Mapping[str, Any]:
    """The TOML file ``data/<name>``, which must name its source."""
    resource = importlib.resources.files("hoiquanchung.numbers") / "data" / name
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise DataFileError(_bad(name, "vocabulary-unreadable", reason=str(err))) from err
    if not isinstance(data.get("source"), str) or not isinstance(data.get("compiled"), str):
        raise DataFileError(_bad(name, "vocabulary-source"))
    return data


def _entries(name: str) -> list[Mapping[str, Any]]:
    entries = _load(name).get("words")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("source"), str) for e in entries
    ):
        raise DataFileError(_bad(name, "vocabulary-entries"))
    return entries


@functools.cache
def scale_words() -> Mapping[str, int]:
    """Scale word → multiplier (``'nghìn'`` → 1000), in the order of the data file."""
    out: dict[str, int] = {}
    for entry in _entries("scale_words.toml"):
        power = entry.get("power")
        if not isinstance(power, int) or isinstance(power, bool) or not 0 < power <= 18:
            raise DataFileError(_bad("scale_words.toml", "vocabulary-bad-value", key="power"))
        out[_word(entry.get("word"), "scale_words.toml")] = 10**power
    return out


@functools.cache
def written_scales() -> tuple[tuple[int, str], ...]:
    """``(multiplier, word)`` of the spelling the library writes, largest first.

    >>> written_scales()
    ((1000000000, 'tỷ'), (1000000, 'triệu'), (1000, 'nghìn'))
    """
    chosen: dict[int, str] = {}
    for entry in _entries("scale_words.toml"):
        if entry.get("written") is True:
            chosen[10 ** int(entry["power"])] = _word(entry["word"], "scale_words.toml")
    return tuple(sorted(chosen.items(), reverse=True))


@functools.cache
def _scale_compounds() -> tuple[str, ...]:
    words = _load("scale_words.toml").get(_SCALE_COMPOUND_KEY)
    if not isinstance(words, list):
        raise DataFileError(_bad("scale_words.toml", "vocabulary-key-needed", key="compounds"))
    return tuple(_word(w, "scale_words.toml") for w in words)


def alternation(words: object, space: str = WS + "+") -> str:
    """A regular-expression alternation of *words* (an iterable of str), longest first.

    The spaces inside a word become *space*; everything else is escaped.

    >>> alternation(["ước", "ước tính"], r"\\s+")
    'ước\\\\s+tính|ước'
    """
    assert not isinstance(words, str)
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(space.join(re.escape(p) for p in w.split()) for w in items)


@functools.cache
def scale_alternation(space: str = WS + "+") -> str:
    """The scale words as an alternation, in the order of the data file (no word is another's
    prefix)."""
    return "|".join(space.join(re.escape(p) for p in w.split()) for w in scale_words())


@functools.cache
def scale_pattern() -> re.Pattern[str]:
    """White space and one scale word (group 1) that is not the start of a noun (*tỷ lệ*).

    >>> scale_pattern().match(" tỷ đồng").group(1), scale_pattern().match(" tỷ lệ")
    ('tỷ', None)
    """
    compounds = alternation(_scale_compounds())
    return re.compile(
        rf"{WS}*({scale_alternation()})(?!{LETTER})(?!{WS}+(?:{compounds})(?!{LETTER}))",
        re.IGNORECASE,
    )


@functools.cache
def amount_after(space: str = WS) -> re.Pattern[str]:
    """What makes a number opening a line an amount, not a section number: ``%`` or a
    lower-case scale word (``1.40 tỷ đồng``; a heading's title is capitalised: ``2.3 Tỷ lệ``).

    *space* is the class of one space character (the checker passes ``\\s``).
    """
    scales = scale_alternation(space + "+")
    compounds = alternation(_scale_compounds(), space + "+")
    return re.compile(
        rf"{space}*%|{space}+(?:{scales})(?!{LETTER})(?!{space}+(?:{compounds})(?!{LETTER}))"
    )


@functools.cache
def bound_words(place: Literal["before", "after"]) -> Mapping[str, str | None]:
    """Bound word → name of its :class:`~hoiquanchung.numbers.Bound` member, for the words
    written *before* the number or *after* it; ``None`` for *từ* (a bound only with *trở lên*).
    """
    out: dict[str, str | None] = {}
    for entry in _entries("bound_words.toml"):
        where = entry.get("place")
        if where not in ("before", "after"):
            raise DataFileError(_bad("bound_words.toml", "vocabulary-bad-value", key="place"))
        bound = entry.get("bound")
        if bound is not None and bound not in _BOUND_NAMES:
            raise DataFileError(_bad("bound_words.toml", "vocabulary-bad-bound", bound=repr(bound)))
        if bound is None and where == "after":
            raise DataFileError(_bad("bound_words.toml", "vocabulary-after-bound"))
        if where == place:
            out[_word(entry.get("word"), "bound_words.toml")] = bound
    return out


@functools.cache
def bound_alternation(place: Literal["before", "after"], space: str = WS + "+") -> str:
    """The bound words of *place* as an alternation, longest first."""
    return alternation(bound_words(place), space)


@functools.cache
def _written() -> Mapping[str, Mapping[str, str]]:
    table = _load("bound_words.toml").get("written")
    if not isinstance(table, dict) or set(table) != _BOUND_NAMES:
        raise DataFileError(_bad("bound_words.toml", "vocabulary-bad-table", table="written"))
    for forms in table.values():
        if not isinstance(forms, dict) or not all(
            isinstance(forms.get(lang), str) for lang in ("vi", "en")
        ):
            raise DataFileError(_bad("bound_words.toml", "vocabulary-bad-entry", table="written"))
    return table


def written_bound(bound: str, lang: str) -> str:
    """How the library writes the bound named *bound* (a :class:`~hoiquanchung.numbers.Bound`
    member's name) in Vietnamese when *lang* is ``'vi'``, else in English; ``''`` for
    ``EXACT``."""
    if bound == "EXACT":
        return ""
    return _written()[bound]["vi" if lang == "vi" else "en"]


def _word_list(file: str, key: str) -> Callable[[], frozenset[str]]:
    """A function giving the list *key* of the data *file* as words (each checked by
    :func:`_word`), read on its first call and cached."""

    @functools.cache
    def words() -> frozenset[str]:
        listed = _load(file).get(key)
        if not isinstance(listed, list):
            raise DataFileError(_bad(file, "vocabulary-list", key=key))
        return frozenset(_word(w, file) for w in listed)

    words.__doc__ = f"The words listed as {key!r} in ``{file}``."
    return words


#: Function words that are never the counted noun after a number (*là*, *và*, *của*).
stop_words: Final = _word_list("stop_words.toml", "words")
phrase_enders: Final = _word_list("stop_words.toml", "phrase_enders")
#: Counted nouns of more than one word (*hội viên*, *mô hình*, *tổ chức hội*).
unit_nouns: Final = _word_list("unit_nouns.toml", "nouns")
#: Counted nouns that count persons (*người*, *đại biểu*, *đồng chí*, *ứng viên*).
person_nouns: Final = _word_list("unit_nouns.toml", "persons")
#: Counted nouns of one word read alone, whatever follows (*hội*, *hộ*, *tấn*, *chiếc*).
single_nouns: Final = _word_list("unit_nouns.toml", "single")
#: Nouns that a number after them names rather than counts (*tổ dân phố*, *ấp*, *thứ*).
label_nouns: Final = _word_list("label_nouns.toml", "words")
#: Label nouns after which a number names whatever follows it (*lần thứ 1 nhiệm kỳ*).
ordinal_words: Final = _word_list("label_nouns.toml", "ordinals")
#: Words after which a day and month is a date: the day itself (*ngày*, *hôm*).
day_words: Final = _word_list("label_nouns.toml", "day_words")
#: The times of day, after which a day and month is a date (*Chiều 17/6*).
times_of_day: Final = _word_list("label_nouns.toml", "times_of_day")
#: The days of the week (*thứ Hai*, *chủ nhật*).
weekdays: Final = _word_list("label_nouns.toml", "weekdays")


@functools.cache
def range_words() -> frozenset[str]:
    """The words between the two ends of a range (*từ 20 đến 50 triệu đồng*)."""
    table = _load("bound_words.toml").get("range")
    if not isinstance(table, dict) or not isinstance(table.get("words"), list):
        raise DataFileError(_bad("bound_words.toml", "vocabulary-bad-table", table="range"))
    return frozenset(_word(w, "bound_words.toml") for w in table["words"])


def _dimension(name: str) -> Mapping[str, Any]:
    table = _load("dimension_labels.toml").get(name)
    if not isinstance(table, dict) or not isinstance(table.get("values"), list):
        raise DataFileError(_bad("dimension_labels.toml", "vocabulary-bad-table", table=name))
    return table


@functools.cache
def dimension_labels(name: str) -> tuple[str, ...]:
    """The labels of the dimension *name* (``'level'``, ``'sex'``, ``'area'``, ``'rest'``).

    >>> dimension_labels("area")
    ('thành thị', 'nông thôn')
    """
    return tuple(_word(v, "dimension_labels.toml") for v in _dimension(name)["values"])


@functools.cache
def dimension_alternation(name: str, space: str = r"\s+") -> str:
    """The labels of *name* as an alternation, longest first."""
    return alternation(dimension_labels(name), space)


@functools.cache
def level_alternation(space: str = r"\s+") -> tuple[str, str]:
    """``(prefix, values)``: the word before a level (*cấp*) and the levels as an alternation,
    a level that may be joined with another (*huyện, xã*, *huyện và xã*, *huyện - xã*)
    carrying the joined forms.

    >>> level_alternation()[0]
    'cấp'
    """
    table = _dimension("level")
    prefix = _word(table.get("prefix"), "dimension_labels.toml")
    joined: dict[str, list[str]] = {}
    for pair in table.get("joined", []):
        first, second = (_word(w, "dimension_labels.toml") for w in pair)
        joined.setdefault(first, []).append(second)

    def one(word: str) -> str:
        return space.join(re.escape(p) for p in word.split())

    parts = []
    for value in dimension_labels("level"):
        seconds = joined.get(value)
        if seconds:
            tails = "|".join(rf"\s*,\s*{one(s)}|\s+và\s+{one(s)}|\s*-\s*{one(s)}" for s in seconds)
            parts.append(f"{one(value)}(?:{tails})?")
        else:
            parts.append(one(value))
    return space.join(re.escape(p) for p in prefix.split()), "|".join(parts)
