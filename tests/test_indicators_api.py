"""The public surface of hoiquanchung.indicators and hoiquanchung.datasets."""

from __future__ import annotations

import hoiquanchung.datasets
import hoiquanchung.indicators


def test_all_is_sorted_documented_and_resolvable() -> None:
    for module in (hoiquanchung.indicators, hoiquanchung.datasets):
        assert module.__all__ == sorted(module.__all__), module.__name__
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj):
                assert obj.__doc__, f"{module.__name__}.{name} has no docstring"
