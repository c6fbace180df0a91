"""Benchmark: building the unit register and looking units up.

Prints measured times and ratios against baselines run in the same process:

* importing vietnam-provinces' data modules (what the package itself costs);
* building the national UnitRegistry from those data, against a bare dict of tuples built from
  the same data (the least any register must do);
* the name index (built on the first name lookup);
* lookups by code and date, by name, the units of a province, successors, against a plain dict
  lookup and against vietnam-provinces' own ``Ward.search``;
* building registries of 1k, 10k and 100k synthetic units, to show how the time grows, with the
  garbage collector on and off.  There is no quadratic step (one pass, dict inserts and one
  sort); per unit the time still rises with size (about 1.0 to 1.8 us/unit with the collector
  off on the reference machine): dict resizing, cache misses and the n log n sort.

Run ``python benchmarks/bench_units.py`` (``--quick`` for tiny sizes, used by CI).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from hoiquanchung.model import AdminLevel, AdminUnit, Era, UnitRegistry, UnitType

OLD_DAY = dt.date(2025, 6, 30)
NEW_DAY = dt.date(2025, 7, 1)


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def best_of(repeats: int, function: Callable[[], Any]) -> float:
    return min(timed(function)[0] for _ in range(repeats))


def per_call(function: Callable[[Any], Any], items: list[Any], repeats: int) -> float:
    def run() -> None:
        for item in items:
            function(item)

    return best_of(repeats, run) / max(len(items), 1)


def synthetic_units(count: int, seed: int = 3) -> list[AdminUnit]:
    """About *count* three-tier units: provinces of 10 districts of 12 communes."""
    rng = random.Random(seed)
    units: list[AdminUnit] = []
    serial = 0
    while len(units) < count:
        serial += 1
        province = AdminUnit(
            f"{serial:02d}", f"Tỉnh số {serial}", UnitType.PROVINCE, None, None, OLD_DAY
        )
        units.append(province)
        for d in range(10):
            serial += 1
            district = AdminUnit(
                f"{serial:03d}", f"Huyện {serial} {d}", UnitType.RURAL_DISTRICT, province.code
            )
            units.append(district)
            for c in range(12):
                serial += 1
                kind = rng.choice([UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP])
                units.append(
                    AdminUnit(
                        f"{serial:05d}", f"Xã {serial} {c}", kind, district.code, None, OLD_DAY
                    )
                )
    return units[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, finishes in seconds")
    args = parser.parse_args(argv)
    repeats = 1 if args.quick else 5
    sample = 50 if args.quick else 2000

    print(f"bench_units ({'quick' if args.quick else 'full'}), Python {sys.version.split()[0]}")

    def import_data() -> Any:
        import vietnam_provinces
        from vietnam_provinces import _lookup, _province_conversion_2025, _ward_conversion_2025
        from vietnam_provinces.legacy import _lookup as _legacy

        return vietnam_provinces, _lookup, _legacy, _ward_conversion_2025, _province_conversion_2025

    seconds, (package, new_lists, old_lists, ward_map, _) = timed(import_data)
    print(f"import vietnam-provinces {package.__version__} data modules: {seconds * 1e3:8.1f} ms")

    def bare() -> dict[tuple[str, int], tuple[str, str, str | None]]:
        out: dict[tuple[str, int], tuple[str, str, str | None]] = {}
        for p in old_lists.PROVINCE_MAPPING.values():
            out[(f"{p.code:02d}", 0)] = (p.name, p.division_type.value, None)
        for d in old_lists.DISTRICT_MAPPING.values():
            out[(f"{d.code:03d}", 0)] = (d.name, d.division_type.value, f"{d.province_code:02d}")
        for w in old_lists.WARD_MAPPING.values():
            out[(f"{w.code:05d}", 0)] = (w.name, w.division_type.value, f"{w.district_code:03d}")
        for p in new_lists.PROVINCE_MAPPING.values():
            out[(f"{p.code:02d}", 1)] = (p.name, p.division_type.value, None)
        for w in new_lists.WARD_MAPPING.values():
            out[(f"{w.code:05d}", 1)] = (w.name, w.division_type.value, f"{w.province_code:02d}")
        return out

    baseline = best_of(repeats, bare)
    build = best_of(repeats, UnitRegistry.from_vietnam_provinces)
    registry = UnitRegistry.from_vietnam_provinces()
    print(
        f"build national register ({len(registry)} units):  {build * 1e3:8.1f} ms"
        f"   bare dict of tuples: {baseline * 1e3:6.1f} ms   ratio {build / baseline:5.1f}x"
    )
    index_time, _ = timed(lambda: registry.find_all("Hậu Giang"))
    print(f"name index (first name lookup):       {index_time * 1e3:8.1f} ms")

    rng = random.Random(1)
    units = rng.sample(list(registry), min(sample, len(registry)))
    day = {Era.THREE_TIERS: OLD_DAY, Era.TWO_TIERS: NEW_DAY}
    plain = {u.key: u for u in registry}
    get_time = per_call(lambda u: registry.get(u.code, on=day[u.era]), units, repeats)
    dict_time = per_call(lambda u: plain[u.key], units, repeats)
    print(
        f"get(code, on=date):                   {get_time * 1e6:8.2f} us/call"
        f"   plain dict: {dict_time * 1e6:6.3f} us   ratio {get_time / dict_time:5.1f}x"
    )
    find_time = per_call(lambda u: registry.find_all(u.full_name, era=u.era), units, repeats)
    loose_time = per_call(lambda u: registry.find_all(u.name.upper(), era=u.era), units, repeats)
    print(f"find_all(full name, era=):            {find_time * 1e6:8.2f} us/call")
    print(f"find_all(NAME IN CAPITALS, era=):     {loose_time * 1e6:8.2f} us/call")
    wards = [u for u in units if u.era is Era.TWO_TIERS and u.level is AdminLevel.COMMUNE][:20]
    if wards:
        ours = per_call(lambda u: registry.find_all(u.name, era=Era.TWO_TIERS), wards, repeats)
        theirs = per_call(lambda u: package.Ward.search(u.name), wards, 1)
        print(
            f"name search, two-tier communes:       {ours * 1e6:8.2f} us/call"
            f"   vietnam_provinces.Ward.search: {theirs * 1e6:8.1f} us"
            f"   ratio 1/{theirs / ours:.0f}"
        )
    provinces = registry.provinces(OLD_DAY)
    units_in_time = per_call(
        lambda p: registry.units_in(p, on=OLD_DAY, level=AdminLevel.COMMUNE),
        list(provinces),
        repeats,
    )
    print(f"units_in(province, level=commune):    {units_in_time * 1e6:8.1f} us/call")
    communes = [u for u in units if u.era is Era.THREE_TIERS and u.level is AdminLevel.COMMUNE]
    mapped = [u for u in communes if int(u.code) in ward_map.OLD_TO_NEW]
    succ_time = per_call(registry.successors, mapped, repeats)
    print(f"successors(old commune):              {succ_time * 1e6:8.2f} us/call")

    print("scaling: registry from synthetic three-tier units")
    sizes = [1_000, 5_000] if args.quick else [1_000, 10_000, 100_000]
    previous: tuple[int, float] | None = None
    for size in sizes:
        made, synthetic = timed(partial(synthetic_units, size))
        built = best_of(min(repeats, 3), partial(UnitRegistry, synthetic))
        gc.disable()
        try:
            built_no_gc = best_of(min(repeats, 3), partial(UnitRegistry, synthetic))
        finally:
            gc.enable()
        line = (
            f"  {len(synthetic):>7} units: make AdminUnits {made * 1e3:8.1f} ms,"
            f" build register {built * 1e3:8.1f} ms ({built / len(synthetic) * 1e6:5.2f} us/unit;"
            f" gc off {built_no_gc / len(synthetic) * 1e6:5.2f} us/unit)"
        )
        if previous is not None:
            line += (
                f", x{len(synthetic) / previous[0]:.0f} units -> x{built / previous[1]:.1f} time"
            )
        print(line)
        previous = (len(synthetic), built)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
