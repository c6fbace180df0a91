"""Rule 6 on the shapes of real statistical tables (check_table): bilingual labels, a total row
before parts in two numbered levels, a total column before two breakdowns, blocks of rates.

The real tables are those of ``tests/corpus/tables/`` (provincial statistics offices); the
near-misses are the shapes a careful reader does not sum (a list of characteristics under a
total, a density column, growth rates, a structure the numbers do not prove).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from _checker_helpers import grid
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_table
from hoiquanchung.findings import Finding

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import tables_harness as harness

TABLES = {t.id: t for t in harness.load()}


def places(findings: list[Finding]) -> list[tuple[object, object]]:
    return sorted({(f.facts["row"], f.facts["column"]) for f in findings})  # type: ignore[type-var]


def changed(tid: str, row: int, column: int, new: str) -> list[list[str | None]]:
    grid = TABLES[tid].grid()
    grid[row - 1][column - 1] = new
    return grid


@pytest.mark.parametrize("tid", sorted(TABLES))
def test_the_real_tables_raise_nothing(tid: str) -> None:
    assert check_table(TABLES[tid].grid()) == []


def test_a_district_in_two_numbered_levels_is_found_in_its_group() -> None:
    # Quảng Ngãi 2016: 4. Huyện Tư Nghĩa, 2015: 128.004 -> 128.104; group I. (row 3) breaks.
    grid = changed("quangngai-2016-population-districts", 7, 5, "128.104")
    [f] = check_table(grid, table=4)
    assert (f.code, f.facts["table"], f.facts["row"], f.facts["column"]) == (
        "table-total-mismatch",
        4,
        3,
        5,
    )
    assert f.stated_value == 1015539
    assert f.computed_value == 1015639
    assert "các dòng 4–10 của cột 5" in f.message("vi")


def test_a_group_row_breaks_the_total_and_its_own_sum() -> None:
    grid = changed("quangngai-2016-population-districts", 11, 2, "202.370")
    assert places(check_table(grid)) == [(2, 2), (11, 2)]


def test_a_total_first_over_unnumbered_districts() -> None:
    grid = changed("hoabinh-2021-population-districts", 6, 3, "114.893")  # Huyện Kim Bôi
    assert places(check_table(grid)) == [(2, 3)]


def test_a_total_column_before_two_breakdowns() -> None:
    grid = changed("binhdinh-2023-population-sex-residence", 6, 5, "474289")  # Thành thị 2017
    [f] = check_table(grid)
    assert (f.facts["row"], f.facts["column"], f.stated_value, f.computed_value) == (
        6,
        2,
        1487719,
        1487819,
    )
    assert "các cột 5, 6 của dòng 6" in f.message("vi")
    assert "columns 5, 6 of row 6" in f.message("en")


def test_a_structure_block_adds_up_within_its_rounding() -> None:
    tid = "vinhphuc-2019-population-sex-residence"
    # 2016: 100,00 = 49,18 + 50,82
    assert places(check_table(changed(tid, 17, 3, "49,58"))) == [(17, 2)]
    assert check_table(changed(tid, 17, 3, "49,19")) == []  # within 3 × 0,005


def test_growth_rates_and_indices_are_never_summed() -> None:
    # Growth rates that do not add up: the careful reader knows a rate of a total is no sum.
    tid = "nienggiam2023-page83-population-sex-residence"
    assert check_table(changed(tid, 15, 3, "-0,99")) == []
    assert check_table(changed("vinhphuc-2019-population-sex-residence", 11, 4, "109,45")) == []


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            """
                             | 2019  | 2020  | 2021  | 2022  | 2023
            Tổng số - Total  | 1.250 | 1.300 | 1.320 | 1.410 | 1.450
            Nữ               | 610   | 640   | 655   | 700   | 731
            Đảng viên        | 330   | 341   | 350   | 362   | 370
            Dân tộc thiểu số | 120   | 118   | 125   | 130   | 128
            """,
            id="a list of characteristics under a total",
        ),
        # "Tổng số HV" (hội viên) is no bilingual "Tổng số": a list of characteristics follows.
        pytest.param(
            """
                         | 2019 | 2020 | 2021 | 2022 | 2023
            Tổng số HV   | 500  | 510  | 520  | 530  | 540
            Hội viên mới | 200  | 210  | 220  | 230  | 240
            Hội viên nữ  | 300  | 300  | 300  | 300  | 300
            """,
            id="an abbreviation after a total is no translation",
        ),
        pytest.param(
            """
                            | 2022 | 2023
            TỔNG SỐ - TOTAL | 300  | 330
            Huyện A         | 100  | 110
            Huyện B         | 200  | 221
            """,
            id="adds up in one column only: two columns are no proof",
        ),
        pytest.param(
            """
                            | 2019 | 2020 | 2021 | 2022 | 2023
            TỔNG SỐ - TOTAL | 300  | 330  | 340  | 350  | 360
            Huyện A         | 100  | 110  | 115  | 120  | 125
            Huyện B         | 200  | 221  | 226  | 231  | 236
            """,
            id="adds up in one of five columns",
        ),
        pytest.param(
            """
            Đơn vị                       | Số hội | Số hội viên | Số chi hội
            Huyện A                      | 10     | 1.000       | 40
            Các đơn vị đạt 100% chỉ tiêu | ~      | ~           | ~
            Huyện B                      | 12     | 1.200       | 45
            Tổng cộng                    | 22     | 2.200       | 85
            """,
            id="a rate block among the parts silences the total row",
        ),
    ],
)
def test_structures_a_careful_reader_does_not_sum_stay_quiet(table: str) -> None:
    assert check_table(grid(table)) == []


def test_a_density_column_is_not_summed() -> None:
    rows = grid(
        """
                        | Diện tích (km2) | Dân số (người) | Số hộ   | Số xã | Mật độ (người/km2)
        Tổng số - Total | 4.590           | 871.724        | 230.100 | 151   | 190
        Huyện A         | 2.000           | 400.000        | 100.100 | 70    | 200
        Huyện B         | 2.590           | 471.724        | 130.000 | 81    | 182
        """
    )
    assert check_table(rows) == []
    rows[2][2] = "410.000"
    assert places(check_table(rows)) == [(2, 3)]


def test_a_breakdown_that_is_no_dimension_is_not_summed() -> None:
    rows = grid(
        """
             | Tổng số | Phân theo | ~         | Phân theo khu vực | ~
             | ~       | Nữ        | Đảng viên | Thành thị         | Nông thôn
        2022 | 5.000   | 2.600     | 1.000     | 1.500             | 3.500
        2023 | 5.200   | 2.700     | 1.100     | 1.600             | 3.600
        """
    )
    assert check_table(rows) == []
    rows[3][4] = "1.700"
    assert places(check_table(rows)) == [(4, 2)]
    rows[3][4], rows[3][2] = "1.600", "2.800"
    assert check_table(rows) == []


ROMAN = ["I", "II", "III", "IV"]


@st.composite
def outlines(draw: st.DrawFn) -> tuple[list[list[str | None]], list[int]]:
    """A consistent table: a total row first, groups I., II. ... each over numbered members;
    4 to 6 count columns (values 1..99, totals far from a year).  Also the data rows of the
    members (0-based)."""
    columns = draw(st.integers(4, 6))
    groups = draw(st.lists(st.integers(1, 4), min_size=2, max_size=4))
    rows: list[list[str | None]] = [["", *(f"Cột {chr(65 + c)}" for c in range(columns))]]
    body: list[list[str | None]] = []
    members: list[int] = []
    totals = [0] * columns
    n = 0
    for g, size in enumerate(groups):
        values = [draw(st.lists(st.integers(1, 99), min_size=columns, max_size=columns))]
        values += [
            draw(st.lists(st.integers(1, 99), min_size=columns, max_size=columns))
            for _ in range(size - 1)
        ]
        sums = [sum(col) for col in zip(*values, strict=True)]
        totals = [a + b for a, b in zip(totals, sums, strict=True)]
        body.append([f"{ROMAN[g]}. Khu vực {g + 1}", *map(str, sums)])
        for v in values:
            n += 1
            members.append(len(body) + 2)  # header row + total row, 0-based
            body.append([f"{n}. Huyện {n}", *map(str, v)])
    rows.append(["Tổng số - Total", *map(str, totals)])
    return rows + body, members


@given(outlines(), st.data())
def test_a_consistent_outline_is_quiet_and_one_changed_member_is_found(
    table: tuple[list[list[str | None]], list[int]], data: st.DataObject
) -> None:
    rows, members = table
    assert check_table(rows) == []
    r = data.draw(st.sampled_from(members))
    c = data.draw(st.integers(1, len(rows[0]) - 1))
    rows[r][c] = str(int(rows[r][c] or "0") + data.draw(st.integers(1, 50)))
    found = check_table(rows)
    assert found
    assert {f.facts["column"] for f in found} == {c + 1}
    group = max(i for i in range(2, r) if str(rows[i][0]).split(".")[0] in ROMAN)
    assert (group + 1, c + 1) in places(found)


@given(
    st.lists(st.tuples(st.integers(2100, 99999), st.integers(2100, 99999)), min_size=1, max_size=6),
    st.data(),
)
def test_a_total_column_before_sex_and_area_breakdowns(
    pairs: list[tuple[int, int]], data: st.DataObject
) -> None:
    rows: list[list[str | None]] = [
        ["", "Tổng số\nTotal", "Phân theo giới tính", None, "Phân theo thành thị, nông thôn", None],
        ["", None, "Nam - Male", "Nữ - Female", "Thành thị - Urban", "Nông thôn - Rural"],
    ]
    for k, (male, female) in enumerate(pairs):
        total = male + female
        urban = data.draw(st.integers(2100, total - 2100))
        rural = total - urban
        rows.append([str(2010 + k), str(total), str(male), str(female), str(urban), str(rural)])
    assert check_table(rows) == []
    r = data.draw(st.integers(2, len(rows) - 1))
    c = data.draw(st.integers(1, 5))
    rows[r][c] = str(int(str(rows[r][c])) + data.draw(st.integers(1, 1000)))
    assert places(check_table(rows)) == [(r + 1, 2)]


SUBTOTALS = grid(
    """
    Đơn vị             | Số hội | Số chi hội | Số hội viên | Số hội viên nữ
    Hội Nông dân       | 1      | 12         | 3.400       | 1.210
    Hội Cựu chiến binh | 1      | 10         | 2.100       | 150
    Cộng               | 2      | 22         | 5.500       | 1.360
    Hội Người cao tuổi | 1      | 15         | 4.000       | 2.300
    Hội Chữ thập đỏ    | 1      | 9          | 1.800       | 1.020
    Hội Khuyến học     | 1      | 11         | 2.500       | 1.400
    Cộng               | 3      | 35         | 8.300       | 4.720
    Tổng cộng          | 5      | 57         | 13.800      | 6.080
    """
)


def test_sub_totals_and_their_grand_total() -> None:
    rows: list[list[str | None]] = [list(r) for r in SUBTOTALS]
    assert check_table(rows) == []
    rows[5][3] = "1.900"  # a member of the second group
    assert places(check_table(rows)) == [(8, 4)]
    rows[5][3] = "1.800"
    rows[3][2] = "32"  # a sub-total: it and the grand total
    assert places(check_table(rows)) == [(4, 3), (9, 3)]


def test_sub_totals_in_too_few_columns_stay_quiet() -> None:
    rows: list[list[str | None]] = [[r[0], r[3]] for r in SUBTOTALS]
    rows[5][1] = "1.900"
    assert check_table(rows) == []  # one column proves nothing: a miss, not an alarm


def test_a_total_row_without_parts_of_its_own_stays_quiet() -> None:
    rows: list[list[str | None]] = [list(r) for r in SUBTOTALS]
    rows.insert(4, ["Cộng", "9", "99", "9.999", "9.999"])  # a second total right after one
    assert check_table(rows) == []


@st.composite
def grouped(draw: st.DrawFn) -> tuple[list[list[str | None]], list[tuple[int, int]]]:
    """A consistent table of groups, each closed by a *Cộng* row, and a *Tổng cộng*; 4 to 6
    count columns.  Also (member row, its Cộng row), 0-based."""
    columns = draw(st.integers(4, 6))
    sizes = draw(st.lists(st.integers(1, 4), min_size=2, max_size=4))
    rows: list[list[str | None]] = [["Đơn vị", *(f"Cột {chr(65 + c)}" for c in range(columns))]]
    grand = [0] * columns
    members: list[tuple[int, int]] = []
    n = 0
    for size in sizes:
        block = [
            draw(st.lists(st.integers(1, 99), min_size=columns, max_size=columns))
            for _ in range(size)
        ]
        start = len(rows)
        for values in block:
            n += 1
            rows.append([f"Hội {chr(64 + n) if n <= 26 else n}", *map(str, values)])
        sums = [sum(col) for col in zip(*block, strict=True)]
        grand = [a + b for a, b in zip(grand, sums, strict=True)]
        members += [(r, len(rows)) for r in range(start, len(rows))]
        rows.append(["Cộng", *map(str, sums)])
    rows.append(["Tổng cộng", *map(str, grand)])
    return rows, members


@given(grouped(), st.data())
def test_consistent_sub_totals_are_quiet_and_a_changed_member_is_found(
    table: tuple[list[list[str | None]], list[tuple[int, int]]], data: st.DataObject
) -> None:
    rows, members = table
    assert check_table(rows) == []
    r, head = data.draw(st.sampled_from(members))
    c = data.draw(st.integers(1, len(rows[0]) - 1))
    rows[r][c] = str(int(rows[r][c] or "0") + data.draw(st.integers(1, 50)))
    assert places(check_table(rows)) == [(head + 1, c + 1)]
