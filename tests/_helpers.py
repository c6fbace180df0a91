"""Assertions several test modules share."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding, Severity


def assert_all_sorted_and_documented(module: ModuleType) -> None:
    """*module*'s ``__all__`` is in plain ``sorted()`` order and every class and function in it
    has a docstring."""
    exported = list(module.__all__)
    name = module.__name__
    assert exported == sorted(exported), name
    for attr in exported:
        obj = getattr(module, attr)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert (obj.__doc__ or "").strip(), f"{name}.{attr} has no docstring"


def library_error_of(function: Callable[..., object], *args: object) -> HoiQuanChungError | None:
    """The library's own error *function* raises for *args*, or ``None`` when it returns; any
    other exception propagates (and fails the test calling this)."""
    try:
        function(*args)
    except HoiQuanChungError as err:
        return err
    return None


def raises_worded_in_place(path: Path) -> list[tuple[int, str]]:
    """The ``raise X("...")`` / ``raise X(f"...")`` sites of the module at *path*: (line, name of
    the exception called), in the order ``ast.walk`` meets them — messages written in place
    rather than taken from the catalogue."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if not node.exc.args or not isinstance(
            node.exc.args[0], ast.Constant | ast.JoinedStr | ast.BinOp
        ):
            continue
        func = node.exc.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "?")
        found.append((node.lineno, name))
    return found


class Worded(Protocol):
    """A finding or a warning: its message in Vietnamese and in English."""

    @property
    def message_vi(self) -> str: ...

    @property
    def message_en(self) -> str: ...


def assert_worded(item: Worded, vi: str, en: str) -> None:
    """*item* reads *vi* in Vietnamese and *en* in English."""
    assert item.message_vi == vi
    assert item.message_en == en


def finding(**fields: Any) -> Finding:
    """A finding with *fields*; code ``x``, severity error and empty messages unless given."""
    defaults: dict[str, Any] = {
        "code": "x",
        "severity": Severity.ERROR,
        "message_vi": "",
        "message_en": "",
    }
    return Finding(**(defaults | fields))


def table_rows(text: str) -> list[list[str]]:
    """The table *text* written one row a line, its cells between ``|``, each stripped of the
    spaces that align the columns; blank lines are passed over.

    >>> table_rows('''
    ...     Tên hội | Mã đơn vị
    ...     Hội A   |
    ... ''')
    [['Tên hội', 'Mã đơn vị'], ['Hội A', '']]
    """
    return [
        [cell.strip() for cell in line.split("|")] for line in text.splitlines() if line.strip()
    ]
