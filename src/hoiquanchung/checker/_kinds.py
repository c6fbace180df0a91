"""Kinds and dimensions that make a whole, read from ``hoiquanchung/data/breakdown_kinds.toml``.

The rules ``totals`` and ``breakdowns`` read a list of parts as a whole when its items name
every kind of one set (*hộ nghèo*, *hộ cận nghèo* of a total of poor households) or every value
of one dimension (a congress's delegates: *đương nhiên*, *bầu*, *chỉ định*).

>>> [name for name, *_ in label_dimensions()]
['delegate', 'body', 'membership', 'education', 'form']
>>> ("nghèo", frozenset({"nghèo", "cận nghèo"})) in kinds_of_wholes()
True
>>> sorted(nested_values("body")), sorted(nested_values("delegate"))
(['tự ứng cử'], [])
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from typing import Any

__all__ = [
    "canonical_value",
    "kinds_of_wholes",
    "label_dimensions",
    "nested_values",
    "portion_nouns",
    "recipient_nouns",
]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.cache
def _data() -> dict[str, Any]:
    resource = importlib.resources.files("hoiquanchung") / "data" / "breakdown_kinds.toml"
    return tomllib.loads(resource.read_text(encoding="utf-8"))


@functools.cache
def kinds_of_wholes() -> tuple[tuple[str, frozenset[str]], ...]:
    """``(qualifier, kinds)``: parts naming every kind are the whole of a total qualified so."""
    return tuple(
        (_norm(entry["qualifier"]), frozenset(_norm(v) for v in entry["values"]))
        for entry in _data()["kinds"]
    )


@functools.cache
def label_dimensions() -> tuple[tuple[str, frozenset[str], re.Pattern[str], frozenset[str]], ...]:
    """``(name, nouns, pattern, complete)``: a dimension for totals of one of *nouns* (of any
    noun when empty), the pattern finding its values in an item's label, and the values that
    together are the whole."""
    out = []
    for entry in _data()["dimensions"]:
        values = sorted((_norm(v) for v in entry["values"]), key=len, reverse=True)
        words = "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in values)
        # "đại học trở lên" is cumulative (it holds "trên đại học"): no value of its own.
        pattern = re.compile(rf"(?<!\w)({words})(?!\w)(?!\s+trở\s+(?:lên|xuống))", re.IGNORECASE)
        out.append(
            (
                str(entry["name"]),
                frozenset(_norm(n) for n in entry["nouns"]),
                pattern,
                frozenset(_norm(v) for v in entry["complete"]),
            )
        )
    return tuple(out)


@functools.cache
def nested_values(name: str) -> frozenset[str]:
    """The values of dimension *name* that a report may count inside another of its values
    (*tự ứng cử* inside *địa phương*): parts that add up to the total without them agree."""
    for entry in _data()["dimensions"]:
        if entry["name"] == name:
            return frozenset(_norm(v) for v in entry.get("may_nest", ()))
    return frozenset()


@functools.cache
def _same(name: str) -> dict[str, str]:
    for entry in _data()["dimensions"]:
        if entry["name"] == name:
            return {_norm(k): _norm(v) for k, v in entry.get("same", {}).items()}
    return {}


def canonical_value(name: str, value: str) -> str:
    """The value of dimension *name* that *value* (as found in a label) names: a label may name
    a value in other words (``same`` in ``breakdown_kinds.toml``: *tiền quà*, the money's worth
    of the goods of a gift, is *hiện vật*).

    >>> canonical_value("form", "Tiền  quà"), canonical_value("form", "tiền mặt")
    ('hiện vật', 'tiền mặt')
    """
    key = _norm(value)
    return _same(name).get(key, key)


@functools.cache
def portion_nouns() -> frozenset[str]:
    """Nouns of a share given to one recipient (*suất*): ``[portions]`` of the data file."""
    return frozenset(_norm(n) for n in _data()["portions"]["nouns"])


@functools.cache
def recipient_nouns() -> tuple[str, ...]:
    """Nouns of recipients counted one by one (*hộ*, *người*, *học sinh*), longest first."""
    nouns = (_norm(n) for n in _data()["portions"]["recipients"])
    return tuple(sorted(nouns, key=len, reverse=True))
