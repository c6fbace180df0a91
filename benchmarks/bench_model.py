"""Benchmark: associations loaded from JSON, validated and aggregated, against bare cattrs.

For each size (10,000, 100,000 and 1,000,000 associations spread over synthetic units of both
levels below the centre), it times in the same process:

* **bare cattrs**: ``json.loads`` and a default :class:`cattrs.Converter` structuring the same
  records (given only an ISO-date hook, which it lacks); the model classes' own invariants run
  in both, since both build the same classes;
* **bare cattrs, gc paused**: the same with the cyclic garbage collector disabled, as
  :mod:`hoiquanchung.io` does while it builds objects (so the ratio is not flattered by it);
* **load**: :func:`hoiquanchung.io.load_json` (strict hooks, error paths, NFC text);
* **load + check + tally**: load, then :func:`~hoiquanchung.model.check_associations` and
  :func:`~hoiquanchung.model.tally_associations` by level x category.

It prints the best of several runs, the time per association and the ratios.  Targets for
100,000: load + check + tally under 1 s; load within 1.5x of bare cattrs.

    python benchmarks/bench_model.py            # 10k, 100k, 1M
    python benchmarks/bench_model.py --quick    # 2k only, a few seconds
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import cattrs

from hoiquanchung.io import load_json
from hoiquanchung.model import Association, check_associations, tally_associations

ASSIGNED = "hội quần chúng do Đảng, Nhà nước giao nhiệm vụ"
OTHER = "hội quần chúng khác"
KINDS = (
    "Hội Khuyến học",
    "Hội Chữ thập đỏ",
    "Hội Người cao tuổi",
    "Hội Cựu giáo chức",
    "Hội Luật gia",
)


def synthetic_records(n: int, seed: int = 2024) -> list[dict[str, Any]]:
    """*n* association records over 34 provinces, 700 districts and 10,000 communes."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        kind = rng.random()
        if kind < 0.1:
            scope, level, code = "tỉnh", "tỉnh", f"{rng.randrange(1, 35):02d}"
        elif kind < 0.4:
            scope, level, code = "huyện", "huyện", f"{rng.randrange(100, 800):03d}"
        else:
            scope, level, code = "xã", "xã", f"{rng.randrange(10000, 20000):05d}"
        record: dict[str, Any] = {
            "name": f"{KINDS[i % len(KINDS)]} {i}",
            "scope": scope,
            "category": ASSIGNED if rng.random() < 0.4 else OTHER,
            "unit": {"code": code, "level": level, "on": "2024-06-30"},
            "members": rng.randrange(0, 5000),
            "staff_working": rng.randrange(0, 5),
            "founded_on": f"{rng.randrange(1990, 2025)}-{rng.randrange(1, 13):02d}-15",
            "party_delegation": rng.random() < 0.2,
        }
        if rng.random() < 0.5:
            record["leaders"] = [
                {"role": "chủ tịch", "full_time": True, "terms": rng.randrange(1, 4)},
                {"role": "phó chủ tịch", "full_time": rng.random() < 0.5},
            ]
        out.append(record)
    return out


def bare_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(date, lambda v, _: date.fromisoformat(v))
    return conv


def best_of(runs: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench(n: int, runs: int) -> None:
    text = json.dumps({"associations": synthetic_records(n)}, ensure_ascii=False)
    bare = bare_converter()
    on = date(2024, 6, 30)

    def run_bare() -> object:
        return bare.structure(json.loads(text)["associations"], list[Association])

    def run_bare_no_gc() -> object:
        gc.disable()
        try:
            return run_bare()
        finally:
            gc.enable()

    def run_load() -> object:
        return load_json(text, list[Association], key="associations")

    def run_all() -> object:
        records = load_json(text, list[Association], key="associations")
        findings = check_associations(records, on=on)
        return tally_associations(records, by=("level", "category")), findings

    # Same result both ways: the comparison is fair.
    assert run_bare() == run_load()
    t_bare = best_of(runs, run_bare)
    t_bare_no_gc = best_of(runs, run_bare_no_gc)
    t_load = best_of(runs, run_load)
    t_all = best_of(runs, run_all)
    per = 1e6 / n
    print(
        f"{n:>9,} associations | bare cattrs {t_bare:7.3f} s"
        f" (gc paused: {t_bare_no_gc:7.3f} s) | load {t_load:7.3f} s"
        f" ({t_load / t_bare:4.2f}x bare, {t_load / t_bare_no_gc:4.2f}x bare gc-paused)"
        f" | load+check+tally {t_all:7.3f} s ({t_all / t_bare:4.2f}x bare,"
        f" {t_all * per:5.2f} µs each)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny size, for CI")
    args = parser.parse_args()
    sizes = [(2_000, 1)] if args.quick else [(10_000, 5), (100_000, 3), (1_000_000, 1)]
    print(f"bench_model: sizes {[n for n, _ in sizes]}, best of runs")
    for n, runs in sizes:
        bench(n, runs)


if __name__ == "__main__":
    main()
