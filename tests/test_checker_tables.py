"""Rule 6: Word tables, their total rows and columns and their rate columns (check_table).

Tables are written the way provincial reports write them; the level table uses the reference
document's figures (99 associations stated, 13 + 28 + 57 = 98 by level).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import grid
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import RULES, check_table
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import format_figure


def places(findings: list[Finding]) -> list[tuple[str, object, object]]:
    return [(f.code, f.facts["row"], f.facts["column"]) for f in findings]


LEVELS = grid(
    """
    STT | Cấp       | Số hội
    1   | Cấp tỉnh  | 13
    2   | Cấp huyện | 28
    3   | Cấp xã    | 57
        | Tổng cộng | 99
    """
)


def test_the_reference_documents_levels_do_not_add_up() -> None:
    [f] = check_table(LEVELS, table=3, file="bao-cao.docx")
    assert (f.code, f.severity) == ("table-total-mismatch", Severity.ERROR)
    assert (f.facts["table"], f.facts["row"], f.facts["column"], f.facts["cell"]) == (3, 5, 3, "99")
    assert f.file == "bao-cao.docx"
    assert f.stated_value == 99
    assert f.computed_value == 98
    assert f.message("vi") == (
        "Bảng 3, dòng 5, cột 3: ô tổng '99' ghi 99, nhưng các dòng 2–4 của cột 3 cộng lại là 98"
        " (13 + 28 + 57)"
    )
    assert f.message("en") == (
        "Table 3, row 5, column 3: the total cell '99' states 99, but rows 2–4 of column 3 add up"
        " to 98 (13 + 28 + 57)"
    )


def test_consistent_levels_are_quiet() -> None:
    rows = [list(r) for r in LEVELS]
    rows[4][2] = "98"
    assert check_table(rows) == []


def test_total_row_first_toan_tinh() -> None:
    rows = grid(
        """
        Đơn vị             | Số hội viên | Số chi hội
        Toàn tỉnh          | 4.350       | 120
        Thành phố Vị Thanh | 1.200       | 30
        Huyện Long Mỹ      | 1.650       | 40
        Huyện Phụng Hiệp   | 1.500       | 49
        """
    )
    assert places(check_table(rows)) == [("table-total-mismatch", 2, 3)]
    assert check_table(rows)[0].computed_value == 119


def test_total_column_row_by_row() -> None:
    rows = grid(
        """
        TT | Đơn vị             | Nam   | Nữ  | Cộng
        1  | Hội Nông dân       | 1.020 | 980 | 2.000
        2  | Hội Cựu chiến binh | 750   | 50  | 810
        """
    )
    assert places(check_table(rows)) == [("table-total-mismatch", 3, 5)]
    [f] = check_table(rows)
    assert f.message("en").endswith("columns 3, 4 of row 3 add up to 800 (750 + 50)")


MISMATCH = "table-total-mismatch"


@pytest.mark.parametrize(
    ("table", "written", "cells", "changed"),
    [
        pytest.param(
            """
            STT | Đơn vị    | Nam | Nữ | Tổng cộng
            1   | Hội A     | 12  | 30 | 42
            2   | Hội B     | 20  | 26 | 45
                | Tổng cộng | 32  | 55 | 87
            """,
            [(MISMATCH, 3, 5), (MISMATCH, 4, 4)],
            {},
            [(MISMATCH, 3, 5), (MISMATCH, 4, 4)],
            id="one wrong part points at both totals",
        ),
        pytest.param(
            """
            Đơn vị | Hội viên | Hội viên | Hội viên | Tỷ lệ nữ (%)
            Đơn vị | Nam      | Nữ       | Tổng số  | Tỷ lệ nữ (%)
            Xã A   | 40       | 60       | 100      | 60
            Xã B   | 30       | 20       | 50       | 40
            """,
            [],
            {(3, 3): "51"},
            [(MISMATCH, 4, 4)],
            id="two header rows group the total column",
        ),
        pytest.param(
            """
            Đơn vị | Hội viên | ~  | Tổng cộng
            ~      | Nam      | Nữ | ~
            Xã A   | 40       | 60 | 101
            Xã B   | 30       | 20 | 50
            """,
            [(MISMATCH, 3, 4)],
            {},
            [(MISMATCH, 3, 4)],
            id="merged slots given as None",
        ),
        pytest.param(
            """
              | Tên hội        | Năm thành lập | Số hội viên
            1 | Hội Khuyến học | 2005          | 1.200
            2 | Hội Luật gia   | 1998          | 300
              | Tổng cộng      |               | 1.500
            """,
            [],
            {(3, 2): "4003"},  # a year cell in the total row is still not a sum
            [],
            id="stt and year columns are not summed",
        ),
        pytest.param(
            """
            Đơn vị    | Số hội viên
            Xã A      | 40
            Xã B      | -
            Tổng cộng | 40
            """,
            [],
            {(3, 1): "41"},
            [(MISMATCH, 4, 2)],
            id="a dash is zero",
        ),
        pytest.param(
            """
            Nguồn      | Kinh phí (tỷ đồng)
            Ngân sách  | 1,2
            Xã hội hóa | 1,2
            Tổng cộng  | 2,5
            """,
            [],  # 1,24 + 1,24 = 2,48 → 2,5
            {(3, 1): "2,6"},
            [(MISMATCH, 4, 2)],
            id="rounded money within half a unit per cell",
        ),
        pytest.param(
            """
            STT | Đơn vị    | Số hội
            I   | Cấp tỉnh  | 13
            II  | Cấp huyện | 28
            III | Cấp xã    | 57
                | Tổng cộng | 99
            """,
            [(MISMATCH, 5, 3)],
            {},
            [(MISMATCH, 5, 3)],
            id="rows numbered in one style are parts",
        ),
        pytest.param(
            """
            Đơn vị | Tổng số | Nữ | Đảng viên
            Xã A   | 100     | 60 | 10
            Xã B   | 50      | 20 | 5
            """,
            [],
            {(0, 2): "Nam", (0, 3): "Nữ", (1, 2): "40", (1, 3): "59", (2, 2): "30", (2, 3): "20"},
            [(MISMATCH, 2, 2)],
            id="a total column first heads characteristics",
        ),
        pytest.param(
            """
            Chỉ tiêu  | Số người
            Tổng số   | 500
            Nữ        | 200
            Đảng viên | 100
            """,
            [],
            {(2, 0): "Nam", (2, 1): "280", (3, 0): "Nữ", (3, 1): "200"},
            [(MISMATCH, 2, 2)],
            id="a total row first heads characteristics",
        ),
    ],
)
def test_tables_as_written_and_with_cells_changed(
    table: str,
    written: list[tuple[str, int, int]],
    cells: dict[tuple[int, int], str],
    changed: list[tuple[str, int, int]],
) -> None:
    rows = grid(table)
    assert places(check_table(rows)) == written
    for (r, c), value in cells.items():
        rows[r][c] = value
    assert places(check_table(rows)) == changed


# --- what is not a part ------------------------------------------------------------------------


def test_trong_do_rows_are_not_parts() -> None:
    rows = grid(
        """
        STT | Chỉ tiêu               | Số lượng
        1   | Hội cấp tỉnh           | 13
            | Trong đó:              |
            | - Hội đặc thù          | 8
            | - Hội giao nhiệm vụ    | 3
        2   | Hội cấp huyện          | 28
            | - trong đó hội đặc thù | 10
        3   | Hội cấp xã             | 57
            | Tổng cộng              | 98
        """
    )
    assert check_table(rows) == []
    rows[8][2] = "99"
    [f] = check_table(rows)
    assert f.facts["parts"].en == "rows 2, 6, 8 of column 3"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            """
            Chỉ tiêu      | Số lượng
            Hội cấp tỉnh  | 13
            Trong đó:     |
            Hội đặc thù   | 8
            Hội cấp huyện | 28
            Tổng cộng     | 99
            """,
            id="trong do block of unknown extent is left alone",
        ),
        pytest.param(
            """
            Đơn vị | Tổng số | Trong đó nữ | Đảng viên
            Xã A   | 100     | 60          | 10
            Xã B   | 50      | 20          | 5
            """,
            id="trong do column is not a part",
        ),
        pytest.param(
            """
            STT | Đơn vị | Năm 2023 | Năm 2024
            A   | B      | 1        | 2
            1   | Xã A   | 10       | 12
            2   | Xã B   | 20       | 21
                | Cộng   | 30       | 33
            """,
            id="header and column number rows are skipped",
        ),
        pytest.param(
            """
            Đơn vị    | Số hội viên
            Xã A      | 40
            Cộng      | 41
            Xã B      | 10
            Tổng cộng | 52
            """,
            id="two total rows are left alone",
        ),
        pytest.param(
            """
            Đơn vị    | Số hội viên | Tỷ lệ (%) | Bình quân/chi hội
            Xã A      | 40          | 40        | 10
            Xã B      | 60          | 60        | 12
            Tổng cộng | 100         | 100       | 11
            """,
            id="rate and average columns are not summed",
        ),
        # a rate of something else (the population, say)
        pytest.param(
            """
            Đơn vị    | Số hội viên | Tỷ lệ (%)
            Huyện A   | 412         | 12
            Huyện B   | 233         | 7
            Toàn tỉnh | 645         | 9
            """,
            id="rate without a share mark is left alone",
        ),
        # 66/78 = 84,615...: 84,62 half up, 84,61 truncated; a table is left the benefit of the
        # doubt.
        pytest.param(
            """
            Đơn vị | Thực hiện | Kế hoạch | Tỷ lệ so với kế hoạch (%)
            Xã A   | 66        | 78       | 84,61
            """,
            id="a rate that holds under truncation is not flagged",
        ),
        # the ragged row silences the column sum, not a crash
        pytest.param(
            """
            Đơn vị    | Số hội viên | Tỷ lệ
            Huyện A   | 412         | 63,88%
            Huyện B   | 233         | 36,12%
            Huyện C
            Toàn tỉnh | 645         | 100%
            """,
            id="percent signs in cells and a ragged row",
        ),
        # 12 = 5 + 7 and 600 = 250 + 350: Huyện A is a group
        pytest.param(
            """
            Đơn vị    | Số chi hội | Số hội viên
            Toàn tỉnh | 20         | 1.000
            Huyện A   | 12         | 600
            Xã A1     | 5          | 250
            Xã A2     | 7          | 350
            Huyện B   | 8          | 400
            Xã B1     | 8          | 400
            """,
            id="groups and their members without numbering are left alone",
        ),
        pytest.param(
            """
            Đơn vị | Tổng số | Trong đó | Trong đó
            Đơn vị | Tổng số | Nữ       | Đảng viên
            Xã A   | 100     | 60       | 10
            Xã B   | 50      | 20       | 5
            Cộng   | 150     | 80       | 15
            """,
            id="a trong do group header is not a set of parts",
        ),
    ],
)
def test_tables_that_stay_quiet(table: str) -> None:
    assert check_table(grid(table)) == []


@pytest.mark.parametrize(
    "cell",
    ["", "x", "khoảng 30", "hơn 30", "30 người", "(30)", None],
)
def test_a_part_that_is_not_a_plain_number_silences_its_column(cell: str | None) -> None:
    rows = grid(
        """
        Đơn vị    | Số hội viên | Số chi hội
        Xã A      | 40          | 3
        Xã B      | ~           | 4
        Tổng cộng | 99          | 8
        """
    )
    rows[2][1] = cell
    assert places(check_table(rows)) == [("table-total-mismatch", 4, 3)]


# --- rates -------------------------------------------------------------------------------------


def test_share_of_the_total_row() -> None:
    rows = grid(
        """
        Đơn vị    | Số hội viên | Tỷ lệ (%)
        Huyện A   | 412         | 63,88
        Huyện B   | 233         | 35,12
        Toàn tỉnh | 645         | 100
        """
    )
    [f] = check_table(rows, table=2)
    assert (f.code, f.facts["row"], f.facts["column"], f.facts["cell"]) == (
        "table-rate-mismatch",
        3,
        3,
        "35,12",
    )
    assert f.computed_value == Decimal("36.12")
    assert f.message("vi") == (
        "Bảng 2, dòng 3, cột 3: tỷ lệ '35,12' không khớp: 233/645 = 36,12%, bảng ghi 35,12%"
        " (chênh lệch -1,00)"
    )
    rows[2][2] = "36,12"
    assert check_table(rows) == []


def test_rate_against_a_named_base_column() -> None:
    rows = grid(
        """
        Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ so với kế hoạch (%)
        Xã A   | 50       | 45        | 90
        Xã B   | 40       | 40        | 100
        Cộng   | 90       | 85        | 95,6
        """
    )
    assert places(check_table(rows)) == [("table-rate-mismatch", 4, 4)]
    assert check_table(rows)[0].computed == "85/90 = 94,4%"
    rows[3][3] = "94,4"
    assert check_table(rows) == []


def test_codes_are_rules_of_the_checker() -> None:
    assert RULES["table-total-mismatch"].severity is Severity.ERROR
    assert RULES["table-rate-mismatch"].severity is Severity.ERROR


@pytest.mark.parametrize(
    ("rows", "kwargs"),
    [
        ("Tổng cộng 99", {}),
        ([["a"], "b"], {}),
        ([["a", 1]], {}),
        ([["a"]], {"table": 0}),
        ([["a"]], {"file": 3}),
    ],
)
def test_bad_input_is_refused_with_the_librarys_error(
    rows: object, kwargs: dict[str, object]
) -> None:
    with pytest.raises(ValidationError):
        check_table(rows, **kwargs)  # type: ignore[arg-type]


def test_empty_tables() -> None:
    assert check_table([]) == []
    assert check_table([[]]) == []
    assert check_table([["Tổng cộng"]]) == []


# --- properties --------------------------------------------------------------------------------

_LABELS = [f"Xã {chr(ord('A') + i)}" for i in range(8)]


#: Part values in one band [1000, 1999]: no part can be the sum of two or more others, so no
#: generated table looks like groups and their members (which the rule leaves alone, and which
#: depends on the order of the rows by nature).
BAND = (1000, 1999)


@st.composite
def tables(draw: st.DrawFn, band: bool = False) -> tuple[list[list[str]], dict[str, object]]:
    """A consistent table: STT, label, count columns, maybe a total column, a total row at the
    top or the bottom or none, maybe a share column; with *band*, part values in :data:`BAND`."""
    n = draw(st.integers(2, 6))
    m = draw(st.integers(1, 4))
    total_row = draw(st.sampled_from(["top", "bottom", None]))
    total_col = m >= 2 and draw(st.booleans())
    if total_row is None and not total_col:
        total_row = "bottom"
    share = total_row is not None and draw(st.booleans())
    values = draw(
        st.lists(
            st.lists(
                st.integers(*BAND) if band else st.integers(0, 2_000_000), min_size=m, max_size=m
            ),
            min_size=n,
            max_size=n,
        )
    )
    if share:
        values[0][-1] += 1  # a share needs a positive base
    body: list[list[int]] = [row + ([sum(row)] if total_col else []) for row in values]
    sums = [sum(col) for col in zip(*body, strict=True)]
    header = ["STT", "Đơn vị"] + [f"Số liệu {j + 1}" for j in range(m)]
    header += ["Tổng cộng"] if total_col else []
    header += ["Tỷ lệ (%)"] if share else []

    def line(stt: str, label: str, nums: list[int], rate: str | None) -> list[str]:
        cells = [stt, label] + [format_figure(v) for v in nums]
        return cells + ([rate] if rate is not None else [])

    def rate_of(x: int) -> str | None:
        if not share:
            return None
        from hoiquanchung.indicators import Rate

        return format_figure(Rate(x, sums[-1]).percent(2))

    parts = [line(str(i + 1), _LABELS[i], body[i], rate_of(body[i][-1])) for i in range(n)]
    total = line("", "Tổng cộng", sums, "100" if share else None)
    rows = [header]
    rows += ([total] if total_row == "top" else []) + parts
    rows += [total] if total_row == "bottom" else []
    first_part = 2 if total_row == "top" else 1
    info = {
        "n": n,
        "m": m,
        "total_row": None if total_row is None else (1 if total_row == "top" else n + 1),
        "total_col": 2 + m if total_col else None,
        "first_part": first_part,
    }
    return rows, info


@given(tables())
def test_a_consistent_table_gives_no_finding(
    table: tuple[list[list[str]], dict[str, object]],
) -> None:
    rows, _ = table
    assert check_table(rows) == []


@given(tables(band=True), st.data())
def test_one_changed_part_points_at_its_totals(
    table: tuple[list[list[str]], dict[str, object]], data: st.DataObject
) -> None:
    rows, info = table
    n, m = int(str(info["n"])), int(str(info["m"]))
    header_width = 2 + m + (1 if info["total_col"] else 0)
    rows = [row[:header_width] for row in rows]  # no rate column: it would follow the change
    i = data.draw(st.integers(0, n - 1))
    j = data.draw(st.integers(0, m - 1))
    r = int(str(info["first_part"])) + i
    c = 2 + j
    old = int(rows[r][c].replace(".", ""))
    delta = data.draw(st.integers(BAND[0] - old, BAND[1] - old).filter(lambda d: d != 0))
    rows[r][c] = format_figure(old + delta)
    expected = set()
    if info["total_row"] is not None:
        expected.add(("table-total-mismatch", int(str(info["total_row"])) + 1, c + 1))
    if info["total_col"] is not None:
        expected.add(("table-total-mismatch", r + 1, int(str(info["total_col"])) + 1))
    found = places(check_table(rows))
    assert len(found) == len(expected)
    assert set(found) == expected


@given(tables(band=True), st.data(), st.booleans())
def test_permuting_rows_does_not_change_findings(
    table: tuple[list[list[str]], dict[str, object]], data: st.DataObject, break_one: bool
) -> None:
    rows, info = table
    n = int(str(info["n"]))
    first = int(str(info["first_part"]))
    if break_one:
        old = int(rows[first][2].replace(".", ""))
        rows[first][2] = format_figure(old - 7 if old - 7 >= BAND[0] else old + 7)
    order = data.draw(st.permutations(list(range(n))))
    shuffled = [list(row) for row in rows]
    for k, source in enumerate(order):
        shuffled[first + k] = rows[first + source]

    def by_label(table_rows: list[list[str]]) -> set[tuple[str, str, object, str]]:
        out = set()
        for f in check_table(table_rows):
            row = int(str(f.facts["row"]))
            out.add((f.code, table_rows[row - 1][1], f.facts["column"], str(f.facts["cell"])))
        return out

    assert by_label(shuffled) == by_label(rows)


_CELL_TEXT = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "",
            "-",
            "Tổng cộng",
            "Cộng",
            "Trong đó:",
            "- trong đó nữ",
            "STT",
            "Tỷ lệ (%)",
            "2024",
            "1",
            "2",
            "100",
            "99,5%",
            "1.250",
            "hơn 30",
            "992.0000",
            "x",
            "Năm",
            "Nam",
            "Nữ",
        ]
    ),
    st.text(alphabet="0123456789.,%- Tổngcộđ:", max_size=8),
)


@given(st.lists(st.lists(_CELL_TEXT, max_size=6), max_size=8))
def test_any_grid_gives_findings_or_nothing_never_a_crash(rows: list[list[str | None]]) -> None:
    for f in check_table(rows):
        assert f.code in ("table-total-mismatch", "table-rate-mismatch")
        assert 1 <= int(str(f.facts["row"])) <= len(rows)
        assert f.message("vi")
        assert f.message("en")


def test_decomposed_text_reads_like_composed() -> None:
    import unicodedata

    rows = [[unicodedata.normalize("NFD", str(cell)) for cell in row] for row in LEVELS]
    assert places(check_table(rows)) == [("table-total-mismatch", 5, 3)]


@pytest.mark.parametrize(
    "labels",
    [
        (["I", "Cấp tỉnh"], ["1", "Hội A"], ["2", "Hội B"], ["II", "Cấp huyện"], ["1", "Hội C"]),
        (["", "Khối A"], ["", "- Hội A"], ["", "- Hội B"], ["", "Khối B"], ["", "- Hội C"]),
        (
            ["1", "Cấp tỉnh"],
            ["1.1", "Hội A"],
            ["1.2", "Hội B"],
            ["2", "Cấp huyện"],
            ["2.1", "Hội C"],
        ),
    ],
)
def test_two_levels_of_rows_are_left_alone(labels: tuple[list[str], ...]) -> None:
    values = ["13", "5", "8", "28", "28"]  # each group and its members: summed, twice the total
    rows = [["STT", "Đơn vị", "Số hội"]]
    rows += [[*label, value] for label, value in zip(labels, values, strict=True)]
    rows += [["", "Tổng cộng", "41"]]
    assert check_table(rows) == []


def test_a_rate_column_that_fails_on_most_rows_is_another_reading() -> None:
    # growth written as +10 %, not as 110 %
    rows = grid(
        """
        Đơn vị | Cùng kỳ | Năm 2024 | So với cùng kỳ (%)
        Xã A   | 50      | 55       | 10
        Xã B   | 40      | 42       | 5
        Cộng   | 90      | 97       | 7,8
        """
    )
    assert check_table(rows) == []
    rows[1][3], rows[2][3], rows[3][3] = "110", "105", "107,8"
    assert check_table(rows) == []
    rows[3][3] = "108,8"
    assert places(check_table(rows)) == [("table-rate-mismatch", 4, 4)]


@given(st.lists(st.integers(0, 6), max_size=12))
def test_group_heads_are_the_rows_that_sum_their_neighbours(values: list[int]) -> None:
    from fractions import Fraction

    from hoiquanchung.checker._tables import _group_heads

    expected = set()
    for i, head in enumerate(values):
        if not head:
            continue
        if any(sum(values[i + 1 : j + 1]) == head for j in range(i + 2, len(values))):
            expected.add((i, "below"))
        if any(sum(values[j:i]) == head for j in range(0, i - 1)):
            expected.add((i, "above"))
    assert _group_heads([Fraction(v) for v in values]) == expected


def test_a_long_table_is_still_checked() -> None:
    rows = [["STT", "Đơn vị", "Số hội viên"]]
    rows += [[str(i + 1), f"Tổ {i + 1}", str(1000 + i)] for i in range(2000)]
    total = sum(1000 + i for i in range(2000))
    rows += [["", "Tổng cộng", format_figure(total + 1)]]
    assert places(check_table(rows)) == [("table-total-mismatch", 2002, 3)]
