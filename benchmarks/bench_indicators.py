"""Benchmark: reconcile a national-scale report.

34 provinces and 3.321 communes (the two-tier units from 01/7/2025), 20 indicators at every
unit and at national level: 20 × (1 + 34 + 3.321) = 67.120 stated figures in one table with a
hierarchical unit dimension.  A few figures are made wrong so that the findings path runs too.

Printed: the time to build the table (validation), the time of ``reconcile`` (target < 200 ms),
and, as a baseline in the same run, a bare loop that adds plain ints per parent and compares
(the least work any checker must do), with the ratio.  Timings are the best of several runs.

Run:  python benchmarks/bench_indicators.py [--quick]
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from decimal import Decimal

from hoiquanchung.indicators import Dimension, Figure, StatedFigure, Table, reconcile


def build_data(
    provinces: int, communes: int, indicators: int, seed: int = 2025
) -> tuple[Dimension, list[tuple[str, str | None, int]]]:
    rng = random.Random(seed)
    names = [f"P{p:02d}" for p in range(provinces)]
    children: dict[str, tuple[str, ...]] = dict.fromkeys(names, ())
    for c in range(communes):
        parent = names[c % provinces]
        children[parent] = (*children[parent], f"{parent}-X{c:04d}")
    dim = Dimension("unit", tuple(names), children=children)
    rows: list[tuple[str, str | None, int]] = []
    for i in range(indicators):
        measure = f"chỉ tiêu {i + 1}"
        national = 0
        for p in names:
            total = 0
            for commune in children[p]:
                v = rng.randrange(0, 5000)
                total += v
                rows.append((measure, commune, v))
            rows.append((measure, p, total))
            national += total
        rows.append((measure, None, national))
    # Make a few figures wrong (a province total, a national total).
    for k in range(0, len(rows), max(1, len(rows) // 5)):
        measure, unit, v = rows[k]
        rows[k] = (measure, unit, v + 1)
    return dim, rows


def build_table(dim: Dimension, rows: list[tuple[str, str | None, int]]) -> Table:
    figures = [
        Figure(
            StatedFigure(Decimal(v)),
            measure=measure,
            at={} if unit is None else {"unit": unit},
        )
        for measure, unit, v in rows
    ]
    return Table(name="Toàn quốc", path="Phụ lục", dimensions=(dim,), figures=figures)


def baseline(dim: Dimension, rows: list[tuple[str, str | None, int]]) -> int:
    """Plain ints in a dict, one pass per parent: the least work a checker must do."""
    value = {(m, u): v for m, u, v in rows}
    bad = 0
    for m, u, v in rows:
        parts = dim.parts(u)
        if parts and sum(value[(m, p)] for p in parts) != v:
            bad += 1
    return bad


def best_of(runs: int, fn: Callable[[], object]) -> tuple[float, object]:
    best = float("inf")
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    provinces, communes, indicators = (3, 30, 2) if quick else (34, 3321, 20)
    runs = 2 if quick else 5
    dim, rows = build_data(provinces, communes, indicators)
    t_build, table = best_of(runs, lambda: build_table(dim, rows))
    assert isinstance(table, Table)
    t_rec, findings = best_of(runs, lambda: reconcile(table))
    t_base, bad = best_of(runs, lambda: baseline(dim, rows))
    assert isinstance(findings, list)
    print(
        f"national report: {provinces} provinces, {communes} communes, {indicators} indicators, "
        f"{len(rows)} figures"
    )
    print(f"build Table (validate):   {t_build * 1000:8.1f} ms")
    print(
        f"reconcile:                {t_rec * 1000:8.1f} ms  (target < 200 ms)  "
        f"{len(findings)} findings"
    )
    print(f"baseline (bare int sums): {t_base * 1000:8.1f} ms  {bad} mismatches")
    print(f"ratio reconcile / baseline: {t_rec / t_base:6.1f}x")
    if len(findings) != bad:
        print("MISMATCH between reconcile and baseline", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
