"""The model's imports point one way: numbers → model → io → indicators → checker.

Every import in the model package is read from the source, those inside functions included,
so that a cycle hidden by a function-level import is found too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parent.parent / "src" / "hoiquanchung" / "model"
HIGHER = ("hoiquanchung.io", "hoiquanchung.indicators", "hoiquanchung.checker", "hoiquanchung.cli")


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", sorted(MODEL.glob("*.py")), ids=lambda p: p.name)
def test_the_model_imports_no_higher_layer(path: Path) -> None:
    higher = {name for name in imports(path) if name.startswith(HIGHER)}
    assert higher == set(), path.name


def test_the_unit_loader_does_not_import_the_registry() -> None:
    assert not any("_registry" in name for name in imports(MODEL / "_vietnam_provinces.py"))
    assert "hoiquanchung.model._vietnam_provinces" in imports(MODEL / "_registry.py")


def test_the_reference_lists_do_not_import_io() -> None:
    found = imports(MODEL / "_reference_lists.py")
    assert not any(name == "hoiquanchung.io" or name.endswith(".io") for name in found)
    assert "hoiquanchung.model._data_files" in found or "hoiquanchung.model" in found
