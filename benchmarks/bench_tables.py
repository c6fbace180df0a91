"""Benchmark: association lists read from CSV and Excel into validated model objects.

For each size (10,000 and 100,000 rows; ``--quick``: 2,000) it writes, once, a synthetic list of
associations of an invented spread over the real units of Hậu Giang on 30/6/2024 (name, scope,
category, members written the Vietnamese way, staff, founding date ``dd/mm/yyyy``, unit code),
as a UTF-8 CSV file and as an .xlsx workbook (openpyxl, write-only).  It then times, in this
process, each from the same file:

* **bare CSV reader**: decoding the file and :mod:`csv` splitting it into rows
  (:func:`hoiquanchung.tables.read_sheet`), nothing more;
* **hand glue (CSV)**: the bare reader and the least code that builds the same objects from
  those rows (``Association(...)`` with enums by value, ``int(text.replace(".", ""))``,
  ``strptime`` for dates, a ``UnitRef`` from a dict of the province's units): no header
  matching, no located errors, no register lookups;
* **read_associations (CSV)**: the same file into validated
  :class:`~hoiquanchung.model.Association` objects with their units looked up in the register;
* **bare calamine** and **bare openpyxl read-only**: the two Excel readers alone, every cell of
  the sheet into Python values (the choice between them: speed here, fidelity in the tests);
* **read_associations (xlsx)**: the workbook into validated objects (through python-calamine).

Then it times the tallies of the list read from CSV: by level and category, by unit, by
district (each unit's district looked up in the register once) and a district × level
cross-tabulation, each with its ratio to the CSV read.

It prints the best of several runs (wall clock and CPU time; the machine may be shared: the load
average is printed, and the ratios are of CPU times), rows per second, and the ratios of each
full read to its bare reader and to the hand glue.  Goals for 100,000 rows: CSV under 1 s; the
library's cost over the bare reader as small as it can be (printed, not judged).

    python benchmarks/bench_tables.py            # 10k and 100k
    python benchmarks/bench_tables.py --quick    # 2k only, a few seconds
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import gc
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hoiquanchung.indicators import crosstab
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    Association,
    AssociationCategory,
    UnitRef,
    default_registry,
    tally_associations,
)
from hoiquanchung.numbers import format_number
from hoiquanchung.tables import read_associations, read_sheet

ON = _dt.date(2024, 6, 30)
HEADERS = [
    "STT",
    "Tên hội",
    "Phạm vi hoạt động",
    "Loại hội",
    "Số hội viên",
    "Biên chế giao",
    "Ngày thành lập",
    "Mã đơn vị",
]
KINDS = ("Hội Khuyến học", "Hội Chữ thập đỏ", "Hội Người cao tuổi", "Hội Cựu giáo chức")


def synthetic_rows(n: int, seed: int = 2024) -> list[list[Any]]:
    """*n* rows over the province, its districts and its communes (invented associations)."""
    registry = default_registry()
    province = registry.find("Hậu Giang", on=ON)
    districts = registry.units_in(province, on=ON, level=AdminLevel.DISTRICT)
    communes = registry.units_in(province, on=ON, level=AdminLevel.COMMUNE)
    rng = random.Random(seed)
    rows: list[list[Any]] = []
    for i in range(n):
        pick = rng.random()
        if pick < 0.1:
            scope, code = "tỉnh", province.code
        elif pick < 0.4:
            scope, code = "huyện", rng.choice(districts).code
        else:
            scope, code = "xã", rng.choice(communes).code
        founded = _dt.date(1990, 1, 1) + _dt.timedelta(days=rng.randrange(12_000))
        rows.append(
            [
                i + 1,
                f"{rng.choice(KINDS)} số {i + 1}",
                scope,
                "giao nhiệm vụ" if rng.random() < 0.3 else "khác",
                rng.randrange(10, 20_000),
                rng.randrange(0, 5),
                founded,
                code,
            ]
        )
    return rows


def write_csv(rows: list[list[Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for r in rows:
            out.writerow(
                [r[0], r[1], r[2], r[3], format_number(r[4]), r[5], f"{r[6]:%d/%m/%Y}", r[7]]
            )


def write_xlsx(rows: list[list[Any]], path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách hội")
    sheet.append(HEADERS)
    for r in rows:
        sheet.append(r)
    book.save(path)


def hand_glue(path: Path) -> list[Association]:
    """The least code that turns the CSV rows into the same objects (no checks of its own)."""
    registry = default_registry()
    province = registry.find("Hậu Giang", on=ON)
    refs = {
        u.code: UnitRef(code=u.code, level=u.level, on=ON, name=u.name)
        for u in (province, *registry.units_in(province, on=ON))
    }
    scopes = {
        "tỉnh": ActivityScope.PROVINCE,
        "huyện": ActivityScope.DISTRICT,
        "xã": ActivityScope.COMMUNE,
    }
    categories = {"giao nhiệm vụ": AssociationCategory.ASSIGNED, "khác": AssociationCategory.OTHER}
    rows = read_sheet(path).rows
    return [
        Association(
            name=row[1],
            scope=scopes[row[2]],
            category=categories[row[3]],
            members=int(row[4].replace(".", "")),
            staff_assigned=int(row[5]),
            founded_on=_dt.datetime.strptime(row[6], "%d/%m/%Y").date(),
            unit=refs[row[7]],
        )
        for row in rows[1:]
    ]


def bare_openpyxl(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return n


def best(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(runs):
        gc.collect()
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start_wall)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def print_tallies(items: tuple[Association, ...], runs: int, read_cpu: float) -> None:
    """Time the tallies of the list just read, against the time it took to read it."""
    registry = default_registry()
    n = len(items)
    timings = {
        "tally level, category": best(
            lambda: tally_associations(items, by=("level", "category")), runs
        ),
        "tally by unit": best(lambda: tally_associations(items, by=("unit",)), runs),
        "tally by district": best(
            lambda: tally_associations(items, by=("district",), registry=registry, on=ON), runs
        ),
        "crosstab district x level": best(
            lambda: crosstab(items, rows="district", columns="level", registry=registry, on=ON),
            runs,
        ),
    }
    for label, (wall, cpu) in timings.items():
        print(
            f"  {label:<26} {wall:8.3f} s wall {cpu:8.3f} s cpu  {n / wall:>10,.0f} rows/s"
            f"  ({cpu / read_cpu:.2f}x the CSV read)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny size, for CI")
    args = parser.parse_args()
    sizes = [(2_000, 1)] if args.quick else [(10_000, 5), (100_000, 3)]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"bench_tables: sizes {[n for n, _ in sizes]}, best of runs; load average {load}")
    province = default_registry().find("Hậu Giang", on=ON)
    with tempfile.TemporaryDirectory() as tmp:
        for n, runs in sizes:
            rows = synthetic_rows(n)
            csv_path, xlsx_path = Path(tmp, f"hoi-{n}.csv"), Path(tmp, f"hoi-{n}.xlsx")
            write_csv(rows, csv_path)
            write_xlsx(rows, xlsx_path)

            def full_csv(path: Path = csv_path, n: int = n) -> None:
                result = read_associations(path, province=province, on=ON)
                assert len(result.items) == n, result.summary("en")

            def full_xlsx(path: Path = xlsx_path, n: int = n) -> None:
                result = read_associations(path, province=province, on=ON)
                assert len(result.items) == n, result.summary("en")

            timings = {
                "bare CSV reader": best(lambda p=csv_path: read_sheet(p), runs),
                "hand glue (CSV)": best(lambda p=csv_path: hand_glue(p), runs),
                "read_associations (CSV)": best(full_csv, runs),
                "bare calamine": best(lambda p=xlsx_path: read_sheet(p), runs),
                "bare openpyxl read-only": best(lambda p=xlsx_path: bare_openpyxl(p), runs),
                "read_associations (xlsx)": best(full_xlsx, runs),
            }
            print(
                f"\n{n:,} rows (CSV {csv_path.stat().st_size:,} bytes,"
                f" xlsx {xlsx_path.stat().st_size:,} bytes)"
            )
            for label, (wall, cpu) in timings.items():
                print(
                    f"  {label:<26} {wall:8.3f} s wall {cpu:8.3f} s cpu  {n / wall:>10,.0f} rows/s"
                )
            cpu = {label: c for label, (_, c) in timings.items()}
            full_csv_cpu = cpu["read_associations (CSV)"]
            print(
                f"  CSV: full read / bare reader = {full_csv_cpu / cpu['bare CSV reader']:.2f}x;"
                f" full read / hand glue = {full_csv_cpu / cpu['hand glue (CSV)']:.2f}x (CPU)"
            )
            print(
                "  xlsx: full read / bare calamine ="
                f" {cpu['read_associations (xlsx)'] / cpu['bare calamine']:.2f}x (CPU)"
            )
            print(
                "  bare openpyxl read-only / bare calamine ="
                f" {cpu['bare openpyxl read-only'] / cpu['bare calamine']:.2f}x (CPU)"
            )
            items = read_associations(csv_path, province=province, on=ON).items
            print_tallies(items, runs, full_csv_cpu)


if __name__ == "__main__":
    main()
