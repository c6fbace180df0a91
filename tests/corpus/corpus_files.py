"""The measuring corpus's files: TOML entries, committed mutations (JSON lines), their digest.

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
import tomllib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol


class AsJson(Protocol):
    """An item written as one line of JSON."""

    def as_json(self) -> str: ...


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
