"""``import hoiquanchung`` is light: the grammar, the installed metadata, the checker and the
model load on first use, and every exported name still resolves, typed."""

from __future__ import annotations

import subprocess
import sys

import pytest

import hoiquanchung
from hoiquanchung import AmbiguousLookupError, HoiQuanChungError, NotFoundError

HEAVY = (
    "importlib.metadata",
    "hoiquanchung.numbers",
    "hoiquanchung.findings",
    "hoiquanchung.checker",
    "hoiquanchung.model",
    "hoiquanchung.io",
    "hoiquanchung.indicators",
    "babel",
    "vietnam_provinces",
)


def _loaded_after(statement: str) -> list[str]:
    code = f"import sys; {statement}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_import_loads_nothing_heavy() -> None:
    assert _loaded_after("import hoiquanchung") == []


def test_first_use_loads_what_it_needs() -> None:
    loaded = _loaded_after("import hoiquanchung; hoiquanchung.find_quantities('99 hội')")
    assert "hoiquanchung.numbers" in loaded
    assert "importlib.metadata" not in loaded
    assert "hoiquanchung.checker" not in loaded
    assert "importlib.metadata" in _loaded_after("import hoiquanchung; hoiquanchung.__version__")


def test_version_is_a_string() -> None:
    version: str = hoiquanchung.__version__
    assert isinstance(version, str)
    assert version[0].isdigit()


def test_every_exported_name_resolves_and_is_listed() -> None:
    for name in hoiquanchung.__all__:
        assert getattr(hoiquanchung, name) is not None, name
    assert set(hoiquanchung.__all__) <= set(dir(hoiquanchung))
    namespace: dict[str, object] = {}
    exec("from hoiquanchung import *", namespace)
    assert set(hoiquanchung.__all__) - {"__version__"} <= set(namespace)


def test_unknown_names_are_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        hoiquanchung.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_ambiguous_lookup_error_is_exported() -> None:
    assert issubclass(AmbiguousLookupError, NotFoundError)
    assert issubclass(AmbiguousLookupError, HoiQuanChungError)


def test_datasets_use_only_public_paths_of_other_packages() -> None:
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "src" / "hoiquanchung" / "datasets"
    private = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[0] == "hoiquanchung" and parts[1:2] != ["datasets"]:
                    private += [f"{path.name}: {node.module}" for p in parts if p.startswith("_")]
    assert private == []
