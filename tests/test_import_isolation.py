"""Every module of the model, the tables and the command line imports on its own, first.

A module imported in a fresh interpreter, before anything else of the package, fails when it
leans on an import order (a name another module was meant to have set up, a cycle that only
works one way round).  The imports are also read from the source, those inside functions
included, so that a cycle hidden by a function-level import among these modules is found.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "hoiquanchung"
FILES = sorted(
    [
        *(PACKAGE / "model").glob("*.py"),
        *(PACKAGE / "tables").glob("*.py"),
        PACKAGE / "cli.py",
        PACKAGE / "_cli_tally.py",
    ]
)


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in FILES}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_module_imports_alone_in_a_fresh_interpreter(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {name}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def imported(path: Path) -> set[str]:
    """The modules of :data:`MODULES` that *path* imports, anywhere in its source: a ``from
    package import _module`` counts as an import of the module, not of the package."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            subs = {f"{node.module}.{alias.name}" for alias in node.names}
            found.update(subs & MODULES.keys() or {node.module})
    return (found & MODULES.keys()) - {module_name(path)}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The cycles a depth-first walk of *graph* meets (each as the modules round it)."""
    cycles: list[list[str]] = []
    done: set[str] = set()

    def walk(name: str, trail: list[str]) -> None:
        for other in sorted(graph[name]):
            if other in trail:
                cycles.append([*trail[trail.index(other) :], other])
            elif other not in done:
                walk(other, [*trail, other])
        done.add(name)

    for name in sorted(graph):
        if name not in done:
            walk(name, [name])
    return cycles


def test_no_cycle_among_these_modules_even_through_function_level_imports() -> None:
    graph = {name: imported(path) for name, path in MODULES.items()}
    assert find_cycles(graph) == []


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_function_level_imports_are_read() -> None:
    # cli imports the tally command inside functions only; the tally command no longer
    # imports cli (it did, for ``error_message``: a cycle hidden in a function).
    assert "hoiquanchung._cli_tally" in imported(MODULES["hoiquanchung.cli"])
    assert "hoiquanchung.cli" not in imported(MODULES["hoiquanchung._cli_tally"])
