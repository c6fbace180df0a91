"""Bộ dữ liệu mẫu (packaged example datasets): real reports' figures, ready to reconcile.

The datasets are TOML files shipped inside the package (so ``hoiquanchung example
hau-giang-2024`` works from an installed wheel, without the source tree), read through
:mod:`importlib.resources`.  Each names its source, date and completeness at its top.

>>> available()
('hau-giang-2024',)
>>> report = load("hau-giang-2024")
>>> report.meta["document"]
'000_bb730d81e38469fa.txt'
>>> sorted({f.code for f in check(report, registry=False).findings})
['parts-exceed-total', 'rate-mismatch', 'total-mismatch']
"""

from __future__ import annotations

from hoiquanchung.datasets._datasets import available, check, load, path, render, run_example

__all__ = ["available", "check", "load", "path", "render", "run_example"]
