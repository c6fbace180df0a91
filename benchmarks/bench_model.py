"""Benchmark: associations loaded from JSON, validated and aggregated, against bare cattrs.

For each size (10,000, 100,000 and 1,000,000 associations spread over synthetic units of both
levels below the centre), it times in the same process, each from the same JSON text:

* **bare cattrs**: ``json.loads`` and a plain :class:`cattrs.Converter` (defaults; given only
  an ISO-date hook, which it lacks) structuring the same records into the same classes, so the
  model classes' own invariants run in both;
* **bare cattrs, gc paused**: the same with the cyclic garbage collector disabled, as
  :mod:`hoiquanchung.io` does while it builds objects (so the ratio is not flattered by it);
* **detailed**: ``json.loads`` and the library's strict converter alone (gc paused): the path
  that names every problem, which :mod:`hoiquanchung.io` takes only when a document is wrong;
* **cattrs fast**: ``json.loads`` and a second strict converter from
  :func:`hoiquanchung.io.make_converter` with ``detailed_validation=False`` (gc paused): the
  same hooks and checks, cattrs' own fast mode; the candidate to replace the hand-written
  generator of :mod:`hoiquanchung.io` (falling back to the detailed converter for errors);
* **load**: :func:`hoiquanchung.io.load_json` (strict checks, NFC text; errors with paths),
  with msgspec's typed decoding when the extra ``fast`` is installed (it says which);
* **load, no msgspec**: the same as if msgspec were not installed (plain ``json.loads`` and the
  generated structuring functions);
* **pydantic v2** (baseline, when installed): ``model_validate_json`` of the same text into
  pydantic models of the same shape, strict, unknown keys forbidden (no NFC, no model
  invariants);
* **msgspec** (baseline, when installed): ``msgspec.json.decode`` of the same text into
  ``msgspec.Struct`` types of the same shape, unknown keys forbidden (no NFC, no invariants);
* **load + check + tally**: load, then :func:`~hoiquanchung.model.check_associations` and
  :func:`~hoiquanchung.model.tally_associations` by level x category.

It prints the best of several runs as wall-clock time and as this process's CPU time (the
machine may be shared: the load average is printed too), the time per association and the
ratios to bare cattrs, to pydantic and to msgspec.  Targets for 100,000: load + check + tally
under 1 s; load within 1.5x of bare cattrs, and no slower than pydantic v2.  pydantic is not a
dependency of hoiquanchung (not even of ``dev``) and msgspec only of the optional extras
``fast`` and ``dev``: install them to see the baselines (``pip install pydantic msgspec``);
without them the script says so and goes on.

    python benchmarks/bench_model.py            # 10k, 100k, 1M
    python benchmarks/bench_model.py --sizes 100000
    python benchmarks/bench_model.py --quick    # 2k only, a few seconds
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, Literal

import cattrs

from hoiquanchung import io
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


# --- baselines: what a user might pick instead (optional, not dependencies) -------------------
# The shape of the JSON document, written once and built by each baseline library: its records
# from the inside out, each field a type (required) or a (type, default) pair.
Level = Literal["tỉnh", "huyện", "xã"]
Role = Literal["chủ tịch", "phó chủ tịch"]
Category = Literal["hội quần chúng do Đảng, Nhà nước giao nhiệm vụ", "hội quần chúng khác"]
Record = Callable[..., Any]


def document_type(record: Record) -> Any:
    """The document's type as *record* (a name and fields → a class) builds it."""
    unit_ref = record(
        "UnitRef", code=str, level=Level, on=(date | None, None), name=(str | None, None)
    )
    leader = record(
        "Leader",
        role=Role,
        full_time=(bool, True),
        name=(str | None, None),
        birth_date=(date | None, None),
        terms=(int, 1),
        retired=(bool, False),
    )
    association = record(
        "Association",
        name=str,
        scope=Level,
        category=Category,
        unit=(unit_ref | None, None),
        members=(int | None, None),
        staff_working=(int | None, None),
        founded_on=(date | None, None),
        party_delegation=(bool, False),
        leaders=(tuple[leader, ...], ()),
    )
    return record("Document", associations=list[association])


try:
    import pydantic
except ImportError:  # pragma: no cover - optional baseline
    pydantic = None  # type: ignore[assignment]

try:
    import msgspec
except ImportError:  # pragma: no cover - optional baseline
    msgspec = None  # type: ignore[assignment]


def _fields(fields: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """``(name, type, default)`` of each field, the default ``...`` where there is none."""
    for name, field in fields.items():
        yield (name, *field) if isinstance(field, tuple) else (name, field, ...)


def _pydantic_record(name: str, /, **fields: Any) -> Any:
    """A pydantic model: strict, unknown keys forbidden."""
    return pydantic.create_model(  # type: ignore[call-overload]
        f"P{name}",
        __config__=pydantic.ConfigDict(strict=True, extra="forbid"),
        **{f: (t, default) for f, t, default in _fields(fields)},
    )


def _msgspec_record(name: str, /, **fields: Any) -> Any:
    """A msgspec struct: unknown keys forbidden."""
    return msgspec.defstruct(
        f"M{name}",
        [(f, t) if default is ... else (f, t, default) for f, t, default in _fields(fields)],
        forbid_unknown_fields=True,
    )


def pydantic_loader() -> Callable[[str], Any] | None:
    """pydantic v2 ``model_validate_json`` (strict, unknown keys forbidden), or None."""
    return None if pydantic is None else document_type(_pydantic_record).model_validate_json


def msgspec_loader() -> Callable[[str], Any] | None:
    """msgspec typed JSON decoding (unknown keys forbidden), or None."""
    if msgspec is None:
        return None
    return msgspec.json.Decoder(document_type(_msgspec_record)).decode


@contextlib.contextmanager
def msgspec_hidden() -> Iterator[None]:
    """Load as if msgspec were not installed (io's typed JSON path off)."""
    saved = io._typed_json
    io._typed_json = io._TypedJson(use_msgspec=False)
    try:
        yield
    finally:
        io._typed_json = saved


def bare_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_structure_hook(date, lambda v, _: date.fromisoformat(v))
    return conv


def best_of(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU time of *runs* calls of *fn*."""
    wall = cpu = float("inf")
    for _ in range(runs):
        gc.collect()
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall = min(wall, time.perf_counter() - start_wall)
        cpu = min(cpu, time.process_time() - start_cpu)
        del result
    return wall, cpu


def bench(n: int, runs: int) -> dict[str, tuple[float, float]]:
    text = json.dumps({"associations": synthetic_records(n)}, ensure_ascii=False)
    bare = bare_converter()
    fast = io.make_converter(detailed_validation=False)
    on = date(2024, 6, 30)
    pydantic_load, msgspec_load = pydantic_loader(), msgspec_loader()

    def run_bare() -> object:
        return bare.structure(json.loads(text)["associations"], list[Association])

    def run_bare_no_gc() -> object:
        gc.disable()
        try:
            return run_bare()
        finally:
            gc.enable()

    def run_detailed() -> object:
        gc.disable()
        try:
            return io.converter.structure(json.loads(text)["associations"], list[Association])
        finally:
            gc.enable()

    def run_cattrs_fast() -> object:
        gc.disable()
        try:
            return fast.structure(json.loads(text)["associations"], list[Association])
        finally:
            gc.enable()

    def run_load() -> object:
        return load_json(text, list[Association], key="associations")

    def run_load_plain() -> object:
        with msgspec_hidden():
            return load_json(text, list[Association], key="associations")

    def run_all() -> object:
        records = load_json(text, list[Association], key="associations")
        findings = check_associations(records, on=on)
        return tally_associations(records, by=("level", "category")), findings

    # Same result every way: the comparison is fair.
    assert run_bare() == run_detailed() == run_cattrs_fast() == run_load() == run_load_plain()
    times = {
        "bare": best_of(runs, run_bare),
        "bare_no_gc": best_of(runs, run_bare_no_gc),
        "detailed": best_of(runs, run_detailed),
        "cattrs_fast": best_of(runs, run_cattrs_fast),
        "load": best_of(runs, run_load),
        "load_plain": best_of(runs, run_load_plain),
        "all": best_of(runs, run_all),
    }
    for name, loader in (("pydantic", pydantic_load), ("msgspec", msgspec_load)):
        if loader is not None:
            assert len(loader(text).associations) == n  # type: ignore[attr-defined]
            times[name] = best_of(runs, lambda loader=loader: loader(text))
    for kind, index in (("wall", 0), ("cpu ", 1)):
        t = {k: v[index] for k, v in times.items()}
        print(
            f"{n:>9,} {kind} | bare cattrs {t['bare']:6.3f} s (gc paused {t['bare_no_gc']:6.3f})"
            f" | detailed {t['detailed']:6.3f} | load {t['load']:6.3f}"
            f" ({t['load'] / t['bare']:4.2f}x bare, {t['load'] / t['bare_no_gc']:4.2f}x gc-paused)"
            f" | load+check+tally {t['all']:6.3f} s ({t['all'] / t['bare']:4.2f}x bare,"
            f" {t['all'] * 1e6 / n:5.2f} µs each)"
        )
        print(
            f"{'':>9} {kind} | cattrs fast (no detailed validation) {t['cattrs_fast']:6.3f} s"
            f" | load / cattrs fast {t['load'] / t['cattrs_fast']:4.2f}x"
            f" | load, no msgspec {t['load_plain']:6.3f} s"
        )
        for name in ("pydantic", "msgspec"):
            if name in t:
                print(
                    f"{'':>9} {kind} | {name} {t[name]:6.3f} s"
                    f" | load / {name} {t['load'] / t[name]:4.2f}x"
                    f" | load, no msgspec / {name} {t['load_plain'] / t[name]:4.2f}x"
                )
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny size, for CI")
    parser.add_argument(
        "--sizes", help="comma-separated sizes, each run best of 5 (default 10000,100000,1000000)"
    )
    args = parser.parse_args()
    sizes = [(2_000, 1)] if args.quick else [(10_000, 5), (100_000, 5), (1_000_000, 1)]
    if args.sizes and not args.quick:
        sizes = [(int(x), 5 if int(x) < 1_000_000 else 1) for x in args.sizes.split(",")]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"bench_model: sizes {[n for n, _ in sizes]}, best of runs; load average {load}")
    for name, loader in (("pydantic v2", pydantic_loader), ("msgspec", msgspec_loader)):
        if loader() is None:
            print(f"{name} not installed: its baseline is skipped (pip install {name.split()[0]})")
    typed = io._typed_json.decoder(list[Association], "associations") is not None
    print(f"load: {'msgspec typed decoding' if typed else 'json.loads (msgspec not installed)'}")
    results = {n: bench(n, runs) for n, runs in sizes}
    if 100_000 in results:
        t = results[100_000]
        for kind, index in (("wall", 0), ("CPU", 1)):
            total, ratio = t["all"][index], t["load"][index] / t["bare"][index]
            print(
                f"targets at 100,000 ({kind}): load+check+tally {total:.3f} s"
                f" {'<' if total < 1 else '>='} 1 s;"
                f" load {ratio:.2f}x bare cattrs {'<=' if ratio <= 1.5 else '>'} 1.5x"
            )


if __name__ == "__main__":
    main()
