"""The measuring corpus's files: TOML entries, committed mutations (JSON lines), their digest;
the fields every entry has (:class:`Entry`), the one-digit change both derive their mutations
with (:func:`mutate_digit`) and the count of mutations found that both harnesses
score with (:class:`MutationScore`).

Written once for the harnesses beside this file (``corpus_harness.py``, ``tables_harness.py``);
each harness keeps its own entry and mutation classes.

>>> import tempfile
>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Item:
...     n: int
...     def as_json(self) -> str:
...         return json.dumps(self.__dict__)
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = Path(tmp) / "items.jsonl"
...     write_jsonl(path, [Item(1), Item(2)])
...     read_jsonl(path, Item) == [Item(1), Item(2)]
True
>>> digest([Item(1)]) == digest([Item(1)]) != digest([Item(2)])
True
"""

from __future__ import annotations

import hashlib
import json
import random
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse


class AsJson(Protocol):
    """An item written as one line of JSON."""

    def as_json(self) -> str: ...


@dataclass(frozen=True)
class Entry:
    """What every corpus entry (a paragraph, a table) has: its id, the public page it was copied
    from, its province.

    >>> Entry("x", "https://www.example.vn/a/b", "Hậu Giang").source
    'example.vn'
    """

    id: str
    url: str
    province: str

    @property
    def source(self) -> str:
        """The web site (host without ``www.``, ``m.``, ``amp.``...)."""
        host = urlparse(self.url).netloc.lower()
        for prefix in ("www.", "m.", "amp.", "beta.", "lite.", "tab."):
            host = host.removeprefix(prefix)
        return host


def mutate_digit(token: str, rng: random.Random, *, far: bool) -> str:
    """*token* with one digit changed (never a new leading zero); the last digit by 2 or more
    when *far* (a rate or a decimal cell then moves beyond its rounding).

    >>> mutate_digit("07", random.Random(1), far=False) != "07"
    True
    """
    positions = [i for i, c in enumerate(token) if c.isdigit()]
    i = rng.choice(positions)
    old = int(token[i])
    choices = [d for d in range(10) if d != old]
    if i == positions[0] and len(positions) > 1:
        choices = [d for d in choices if d != 0]
    if far and i == positions[-1]:
        choices = [d for d in choices if abs(d - old) >= 2]
    return token[:i] + str(rng.choice(choices)) + token[i + 1 :]


def toml_entries(paths: Iterable[Path], key: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each entry of the array of tables *key* in each file, files in name order."""
    for path in sorted(paths):
        with path.open("rb") as f:
            yield from ((path, entry) for entry in tomllib.load(f)[key])


def frozen(value: Any) -> Any:
    """*value* with every list, at any depth, turned into a tuple (dicts stay dicts).

    >>> frozen({"rows": [["a", "1"]], "notes": [{"k": ["v"]}]})
    {'rows': (('a', '1'),), 'notes': ({'k': ('v',)},)}
    """
    if isinstance(value, list):
        return tuple(frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: frozen(v) for k, v in value.items()}
    return value


def digest(items: Iterable[AsJson]) -> str:
    """The SHA-256 of the items as their JSON lines: a committed file is stale when it differs."""
    h = hashlib.sha256()
    for item in items:
        h.update(item.as_json().encode() + b"\n")
    return h.hexdigest()


def write_jsonl(path: Path, items: Iterable[AsJson]) -> None:
    """Write the items to *path*, one JSON line each (``\\n`` line ends everywhere)."""
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(item.as_json() + "\n" for item in items)


def read_jsonl[T](path: Path, make: Callable[..., T]) -> list[T]:
    """The items of *path*, each line's JSON object passed to *make* as keywords."""
    with path.open(encoding="utf-8") as f:
        return [make(**json.loads(line)) for line in f if line.strip()]


@dataclass
class MutationScore[M]:
    """The mutations a harness ran, those the checker found, those it missed; its recall.

    >>> score = MutationScore[str](mutations_total=16, mutations_found=1)
    >>> score.recall  # 6.25 %, rounded half up whatever the decimal context
    Decimal('6.3')
    >>> MutationScore[str]().recall is None
    True
    """

    mutations_total: int = 0
    mutations_found: int = 0
    missed: list[M] = field(default_factory=list)

    @property
    def recall(self) -> Decimal | None:
        """Per cent of the mutations found, to one decimal (half up); ``None`` without any."""
        if not self.mutations_total:
            return None
        return (Decimal(self.mutations_found) / self.mutations_total * 100).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
