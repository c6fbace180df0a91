"""Kinds and dimensions that make a whole, read from ``hoiquanchung/data/breakdown_kinds.toml``.

The rules ``totals`` and ``breakdowns`` read a list of parts as a whole when its items name
every kind of one set (*hộ nghèo*, *hộ cận nghèo* of a total of poor households) or every value
of one dimension (a congress's delegates: *đương nhiên*, *bầu*, *chỉ định*).

>>> [name for name, *_ in label_dimensions()]
['delegate', 'body', 'membership', 'education']
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

__all__ = ["kinds_of_wholes", "label_dimensions", "nested_values"]


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
