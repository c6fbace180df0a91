"""From a spreadsheet to a checked report, on an INVENTED province (Tỉnh Sông Xanh).

Everything about Tỉnh Sông Xanh is invented (``examples/data/song_xanh.toml``: its units before and
after the reform of 01/7/2025, its list of associations as its staff typed it;
``examples/data/song_xanh_2024_report.toml``: the figures its report states).  The script:

1. writes the list into an .xlsx workbook, as a province would keep it (text as typed);
2. reads it back with :func:`hoiquanchung.tables.read_associations` (units looked up in the
   province's register on 30/6/2024);
3. tallies it by level and category, and by district;
4. puts the report's stated figures beside the list (``báo cáo ghi 16 hội cấp huyện, xã, danh
   sách có 13``);
5. maps the figures by district onto the two-tier units of 01/7/2025: nothing is placed where a
   district was split, until the population of each part is given;
6. writes every result into one .xlsx workbook.

Files go to a temporary folder, removed at the end, or to the folder given as the first argument.

Run:  python examples/province_from_excel.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from hoiquanchung.indicators import compare_with_list, crosstab, load_report_file
from hoiquanchung.model import (
    AdminLevel,
    AdminUnit,
    UnitRegistry,
    UnitType,
    map_to_two_tiers,
    tally_associations,
)
from hoiquanchung.tables import as_table, read_associations, write_xlsx

DATA = Path(__file__).resolve().parent / "data"
ON = date(2024, 6, 30)
HEADERS = [
    "Tên hội",
    "Cấp",
    "Loại hội",
    "Số hội viên",
    "Người làm việc",
    "Ngày thành lập",
    "Đơn vị hành chính",
]


def load_province() -> tuple[UnitRegistry, dict[tuple[str, str], int], list[list[str]]]:
    """The invented province: its register (both eras), population weights, typed rows."""
    with (DATA / "song_xanh.toml").open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    units = [
        AdminUnit(
            u["code"],
            u["name"],
            UnitType.parse(u["type"]),
            u.get("parent"),
            valid_from=u.get("valid_from"),
            valid_to=u.get("valid_to"),
        )
        for u in data["unit"]
    ]
    pairs = [tuple(p) for s in data["succession"] for p in s["pairs"]]
    registry = UnitRegistry(units, successions=pairs, source="Tỉnh Sông Xanh (invented)")
    weights = {(old, new): people for w in data["weight"] for old, new, people in w["parts"]}
    return registry, weights, [a["row"] for a in data["association"]]


def write_list(rows: list[list[str]], path: Path) -> None:
    """The list as a province keeps it: one sheet, a header row, cells as typed."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách hội"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([cell or None for cell in row])
    book.save(path)


def main(argv: list[str]) -> int:
    if argv:
        folder = Path(argv[0])
        folder.mkdir(parents=True, exist_ok=True)
        return run(folder)
    with tempfile.TemporaryDirectory(prefix="hoiquanchung-") as temporary:
        return run(Path(temporary))


def run(folder: Path) -> int:
    """Write, read, tally, compare, map and write again, in *folder*."""
    registry, weights, rows = load_province()

    # 1-2. The list, written and read back.
    listing = folder / "danh-sach-hoi.xlsx"
    write_list(rows, listing)
    result = read_associations(listing, province="Sông Xanh", on=ON, registry=registry)
    print(f"{listing.name}: {result.summary('vi')}")
    items = result.items

    # 3. Tallies.
    by_level = tally_associations(items, by=("level", "category"))
    by_district = tally_associations(items, by=("district",), registry=registry, on=ON)
    print("\nTheo cấp và loại hội:")
    print(as_table(by_level).render())
    print("\nTheo huyện (hội cấp tỉnh đứng dưới tên tỉnh):")
    print(crosstab(items, rows="district", columns="level", registry=registry, on=ON).render())

    # 4. The report against the list.
    report = load_report_file(DATA / "song_xanh_2024_report.toml")
    comparison = compare_with_list(report, items)
    print("\nBáo cáo và danh sách:")
    for finding in comparison.findings:
        print("  " + finding.render("vi"))

    # 5. Across the reform: the associations of each district (with their communes).
    districts = {
        t.unit.code: t.count
        for t in by_district
        if t.unit is not None and t.unit.level is AdminLevel.DISTRICT
    }
    unweighted = map_to_two_tiers(districts, registry=registry)
    weighted = map_to_two_tiers(districts, registry=registry, weights=weights)
    to_province = map_to_two_tiers(districts, registry=registry, to="province")
    print("\nSau 01/7/2025, không có trọng số:")
    for u in unweighted.unplaced:
        print(f"  {u.unit.full_name}: {u.value} hội chưa xếp được ({u.reason_vi})")
    print("Theo dân số từng phần (chia theo phần dư lớn nhất):")
    for unit, count in weighted.placed:
        print(f"  {unit.full_name}: {count} hội")
    print("Gộp lên tỉnh mới:")
    for unit, count in to_province.placed:
        print(f"  {unit.full_name}: {count} hội")
    assert weighted.placed_total == unweighted.total == to_province.placed_total

    # 6. Every result in one workbook.
    out = folder / "ket-qua.xlsx"
    warnings = write_xlsx(
        {
            "Theo cấp và loại": by_level,
            "Theo huyện": by_district,
            "Báo cáo và danh sách": comparison,
            "Phát hiện": list(comparison.findings),
            "Sau 2025 (dân số)": weighted,
            "Sau 2025 (chưa xếp)": unweighted,
        },
        out,
    )
    for warning in warnings:
        print(warning.render("vi"))
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    print(f"\nĐã ghi {out} ({len(sheets)} trang tính)")
    print(f"Written {out} ({len(sheets)} sheets); Tỉnh Sông Xanh is an invented province.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
