"""Abbreviations before a name (``TP. Phan Thiết``, ``ThS. Nguyễn Văn A``): no sentence end.

A full stop followed by white space and a capital ends a sentence, except after an abbreviation
of ``hoiquanchung/data/abbreviations.toml`` (an administrative unit, an academic title): there the
capital is the name's.  The sentence splitters of the checker ask :func:`abbreviation_before`.

>>> t = "Hội Khuyến học TP. Huế đã trao 120 suất."
>>> abbreviation_before(t, t.index(". Huế"))
True
>>> t = "Đã trao 120 suất. Trong đó 100 suất cho TP."
>>> abbreviation_before(t, t.index(". Trong"))
False
"""

from __future__ import annotations

import functools
import importlib.resources
import tomllib

__all__ = ["abbreviation_before"]

_LONGEST = 12  # characters looked back at from a full stop (longer than any abbreviation)


@functools.cache
def _abbreviations() -> frozenset[str]:
    resource = importlib.resources.files("hoiquanchung") / "data" / "abbreviations.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return frozenset(str(a) for a in data["abbreviations"])


@functools.cache
def _last_letters() -> frozenset[str]:
    """The last letters of the abbreviations: the character before a full stop that ends one."""
    return frozenset(a[-1] for a in _abbreviations())


def _in_word(char: str) -> bool:
    return char.isalpha() or char == "."


def abbreviation_before(text: str, dot: int) -> bool:
    """Whether the full stop at ``text[dot]`` ends an abbreviation of the data file, written as
    a word of its own (after white space, a bracket, a quote or the start of *text*).

    >>> abbreviation_before("tại TP.", 6), abbreviation_before("tại ATP.", 7)
    (True, False)
    >>> abbreviation_before("PGS.TS. Lê", 6), abbreviation_before("Đạt 5 TP.", 8)
    (True, True)
    """
    if dot <= 0 or text[dot] != "." or text[dot - 1] not in _last_letters():
        return False  # most full stops: after a letter no abbreviation ends with (speed)
    start = dot
    while start > 0 and dot - start < _LONGEST and _in_word(text[start - 1]):
        start -= 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False
    word = text[start:dot]
    return word in _abbreviations()
