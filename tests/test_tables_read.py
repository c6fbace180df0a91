"""hoiquanchung.tables: lists from CSV and Excel into model objects, every problem located."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoiquanchung import model
from hoiquanchung.errors import LoadError, ValidationError
from hoiquanchung.numbers import Bound, format_number
from hoiquanchung.tables import (
    ASSOCIATION_COLUMNS,
    CellProblem,
    TableError,
    column_letter,
    header_key,
    read_associations,
    read_figures,
    read_tallies,
    read_units,
)
from hoiquanchung.tables._cells import read_money
from tests._helpers import table_rows
from tests.strategies import counts, dates, names

ON = dt.date(2024, 6, 30)
HEAD = ["Tên hội", "Phạm vi hoạt động", "Loại hội", "Số hội viên"]

# Tests write many small files: hypothesis's function-scoped-fixture check does not apply.
FILES = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """*text* as Windows-1258 writes Vietnamese: letters with their vowel marks precomposed
    (â, ê, ơ, ư, ă), the tone marks as combining characters after them."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def write_csv(
    path: Path, rows: list[list[Any]], *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    text = buffer.getvalue()
    path.write_bytes(windows_1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def write_xlsx(
    path: Path, rows: list[list[Any]], *, title: str = "Danh sách", merged: tuple[str, ...] = ()
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def problems_of(call: Any) -> tuple[CellProblem, ...]:
    with pytest.raises(TableError) as info:
        call()
    return info.value.problems


# --- reading ------------------------------------------------------------------------------------


def test_csv_semicolons_blank_rows_and_row_numbers(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hoi.csv",
        [
            ["STT", *HEAD, "Ngày thành lập", "Ghi chú"],
            ["1", "Hội Khuyến học", "tỉnh", "giao nhiệm vụ", "1.234", "12/03/2008", ""],
            ["", "", "", "", "", "", ""],
            ["2", "Hội Luật gia", "Cấp tỉnh", "khác", "", "", "đã giải thể?"],
            ["  ", " ", "", "", "", "", ""],
        ],
        delimiter=";",
    )
    result = read_associations(path)
    assert [a.name for a in result.items] == ["Hội Khuyến học", "Hội Luật gia"]
    assert result.items[0].members == 1234
    assert result.items[0].founded_on == dt.date(2008, 3, 12)
    assert result.items[1].members is None
    assert result.rows == (2, 4)
    assert (result.rows_read, result.rows_skipped, result.rows_refused) == (2, 2, 0)
    assert result.ok
    assert result.error() is None
    assert [c[2] for c in result.columns] == ["name", "scope", "category", "members", "founded_on"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = [HEAD, ["Hội Luật gia, tỉnh", "tỉnh", "khác", "40"], ["Hội B", "xã", "khác", "1.200"]]
    path = write_csv(tmp_path / "hoi.csv", rows, delimiter=delimiter)
    result = read_associations(path)
    assert [a.members for a in result.items] == [40, 1200]
    assert result.items[0].name == "Hội Luật gia, tỉnh"


def test_delimiter_given(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "hoi.txt", [HEAD, ["Hội A", "tỉnh", "khác", "4"]], delimiter="|")
    assert read_associations(path, delimiter="|").items[0].members == 4


@pytest.mark.parametrize(
    ("encoding", "given"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("cp1258", "windows-1258"), ("utf-16", "utf-16")],
)
def test_encodings(tmp_path: Path, encoding: str, given: str) -> None:
    rows = [HEAD, ["Hội Người cao tuổi Đồng Tháp", "tỉnh", "giao nhiệm vụ", "40"]]
    path = write_csv(tmp_path / "hoi.csv", rows, encoding=encoding)
    result = read_associations(path, encoding=given)
    assert result.items[0].name == "Hội Người cao tuổi Đồng Tháp"
    assert unicodedata.is_normalized("NFC", result.items[0].name)


def test_bytes_that_do_not_decode_name_the_encoding(tmp_path: Path) -> None:
    rows = [HEAD, ["Hội Người cao tuổi", "tỉnh", "khác", "40"]]
    path = write_csv(tmp_path / "hoi.csv", rows, encoding="cp1258")
    (problem,) = problems_of(lambda: read_associations(path))
    assert "UTF-8" in problem.message_en
    assert "line 1" in problem.message_en
    assert "windows-1258" in problem.message_en
    assert "UTF-8" in problem.message_vi
    utf16 = write_csv(tmp_path / "u16.csv", rows, encoding="utf-16")
    (problem,) = problems_of(lambda: read_associations(utf16))
    assert "encoding='utf-16'" in problem.message_en
    (problem,) = problems_of(lambda: read_associations(utf16, encoding="latin-9"))
    assert "unsupported encoding" in problem.message_en


def test_file_problems(tmp_path: Path) -> None:
    (problem,) = problems_of(lambda: read_associations(tmp_path / "none.csv"))
    assert problem.message_en == "no such file"
    assert problem.message_vi == "không có tệp này"
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (problem,) = problems_of(lambda: read_associations(tmp_path / "x.pdf"))
    assert ".pdf" in problem.message_en
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    (problem,) = problems_of(lambda: read_associations(tmp_path / "x.xlsx"))
    assert "not a readable workbook" in problem.message_en
    assert isinstance(TableError((problem,)), LoadError)


def test_xlsx_cells_as_excel_holds_them(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "hoi.xlsx",
        [
            ["Danh sách hội (invented)"],
            [],
            [*HEAD, "Ngày thành lập", "Đảng đoàn", "Nhiệm kỳ (năm)"],
            ["Hội A", "tỉnh", "khác", 120.0, dt.date(2008, 3, 12), "có", 5],
            ["Hội B", "huyện", "giao nhiệm vụ", "1.234", dt.datetime(2010, 1, 2), True, None],
            [None, None, None, None, None, None, None],
            ["Hội C", "xã", "khác", 7, "02/01/2011", "x", "5"],
        ],
        title="Hội 2024",
    )
    result = read_associations(path)
    a, b, c = result.items
    assert (a.members, b.members, c.members) == (120, 1234, 7)
    assert type(a.members) is int
    assert (a.founded_on, b.founded_on, c.founded_on) == (
        dt.date(2008, 3, 12),
        dt.date(2010, 1, 2),
        dt.date(2011, 1, 2),
    )
    assert (a.party_delegation, b.party_delegation, c.party_delegation) == (True, True, True)
    assert (a.term_years, b.term_years, c.term_years) == (5, None, 5)
    assert result.rows == (4, 5, 7)
    assert result.rows_skipped == 1
    assert result.sheet == "Hội 2024"


def test_sheet_choice(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Bìa"
    first.append(["Báo cáo"])
    second = book.create_sheet("Hội")
    second.append(HEAD)
    second.append(["Hội A", "tỉnh", "khác", 3])
    book.save(tmp_path / "b.xlsx")
    assert read_associations(tmp_path / "b.xlsx", sheet="Hội").items[0].members == 3
    assert read_associations(tmp_path / "b.xlsx", sheet=1).items[0].members == 3
    (problem,) = problems_of(lambda: read_associations(tmp_path / "b.xlsx", sheet="Khác"))
    assert "'Bìa'" in problem.message_en
    assert "'Hội'" in problem.message_en
    (problem,) = problems_of(lambda: read_associations(tmp_path / "b.xlsx"))
    assert "no header row" in problem.message_en
    assert "Tên hội" in problem.message_en


def test_merged_two_row_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "hoi.xlsx",
        [
            ["DANH SÁCH CÁC HỘI"],
            ["STT", "Tên hội", "Phạm vi hoạt động", "Loại hội", "Số lượng", None, "Ngày thành lập"],
            [None, None, None, None, "Hội viên", "Người làm việc", None],
            [1, "Hội A", "tỉnh", "khác", 50, 2, dt.date(2001, 1, 1)],
        ],
        merged=("A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"),
    )
    result = read_associations(path)
    (a,) = result.items
    assert (a.members, a.staff_working, a.founded_on) == (50, 2, dt.date(2001, 1, 1))
    assert result.rows == (4,)
    assert ("E", "Số lượng Hội viên", "members") in result.columns


def test_merged_header_cell_over_data_in_its_second_column(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "hoi.xlsx",
        [["Tên hội", None, "Phạm vi", "Loại hội"], ["Hội A", "ghi thêm", "tỉnh", "khác"]],
        merged=("A1:B1",),
    )
    (problem,) = problems_of(lambda: read_associations(path))
    assert (problem.row, problem.column, problem.text) == (2, "B", "ghi thêm")
    assert problem.message_en == "the cell has a value but its column has no header"


# --- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        ["Tên hội", "Phạm vi hoạt động", "Loại hội", "Số hội viên"],
        ["  TÊN HỘI ", "phạm vi", "LOẠI", "Số hội viên (người)"],
        [
            unicodedata.normalize("NFD", h)
            for h in ("Tên tổ chức hội", "Cấp", "Phân loại", "Tổng số hội viên")
        ],
        ["Tên hội:", "Phạm  vi\nhoạt động", "Loại hội *", "Hội viên"],
    ],
)
def test_real_header_variants(tmp_path: Path, headers: list[str]) -> None:
    path = write_csv(tmp_path / "h.csv", [headers, ["Hội A", "tỉnh", "khác", "12"]])
    (a,) = read_associations(path).items
    assert (a.scope, a.category, a.members) == (
        model.ActivityScope.PROVINCE,
        model.AssociationCategory.OTHER,
        12,
    )


def test_header_key() -> None:
    assert header_key(unicodedata.normalize("NFD", " Số Hội  Viên ")) == "số hội viên"
    assert header_key("(người)") == "(người)"


def test_every_default_header_is_recognised(tmp_path: Path) -> None:
    keys = [header_key(h) for column in ASSOCIATION_COLUMNS for h in column.headers]
    assert len(keys) == len(set(keys)), "a header means two fields"


def test_missing_and_unknown_columns_in_one_error_before_any_row(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "h.csv",
        [["Tên hội", "Số hội viên", "Màu cờ", "Số hội viên"], ["Hội A", "x", "đỏ", "1"]],
    )
    found = problems_of(lambda: read_associations(path))
    assert [(p.row, p.column) for p in found] == [(1, "C"), (1, "D"), (1, None)]
    unknown, duplicate, missing = found
    assert unknown.header == "Màu cờ"
    assert "unknown column" in unknown.message_en
    assert "duplicate column" in duplicate.message_en
    assert "Scope of activity or Level" in missing.message_en
    assert "Category" in missing.message_en
    assert "'Loại hội'" in missing.message_vi
    assert all(p.text is None for p in found)  # no row was read


def test_user_override(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "h.csv",
        [["Tổ chức", "Phạm vi", "Nhóm", "Màu cờ"], ["Hội A", "tỉnh", "khác", "đỏ"]],
    )
    result = read_associations(
        path, columns={"tổ chức": "name", "NHÓM": "category", "Màu cờ": None}
    )
    assert result.items[0].name == "Hội A"
    with pytest.raises(ValidationError, match="field must be one of"):
        read_associations(path, columns={"Tổ chức": "tên"})


def test_header_row_given(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [["Tên hội"], HEAD, ["Hội A", "tỉnh", "khác", "1"]])
    assert read_associations(path, header_row=2).rows == (3,)
    (problem,) = problems_of(lambda: read_associations(path, header_row=9))
    assert "past the end" in problem.message_en
    with pytest.raises(ValidationError):
        read_associations(path, header_row=0)


# --- malformed cells: each a located problem ----------------------------------------------------

BAD_CELLS = [
    # (column header, cell written, English message part)
    ("Số hội viên", 120.5, "whole number"),
    ("Số hội viên", "12,5", "whole number"),
    ("Số hội viên", "120.5", "Vietnamese way"),
    ("Số hội viên", "mười", "Vietnamese way"),
    ("Số hội viên", -3, "negative"),
    ("Số hội viên", "-3", "negative"),
    ("Số hội viên", True, "a whole number"),
    ("Ngày thành lập", "31/02/2024", "no such date"),
    ("Ngày thành lập", "2024/02/03", "dd/mm/yyyy"),
    ("Ngày thành lập", 45000.0, "not a date"),
    ("Ngày thành lập", dt.datetime(2024, 1, 2, 8, 30), "time of day"),
    ("Phạm vi hoạt động", "thôn", "not a scope of activity"),
    ("Loại hội", "đặc thù", "not an association category"),
    ("Đảng đoàn", "có lẽ", "'có' (yes)"),
    ("Nhiệm kỳ", 0, "at least 1"),
    ("Loại hình tổ chức", "hợp tác xã", "unknown legal type"),
    ("Tên hội", None, "required cell is empty"),
    ("Tên hội", dt.date(2024, 1, 1), "expected text"),
]


def _is_text_cell(cell: object) -> bool:
    return isinstance(cell, str | int | None) and not isinstance(cell, bool)


@pytest.mark.parametrize(
    ("kind", "header", "cell", "message"),
    [("xlsx", *case) for case in BAD_CELLS]
    + [("csv", *case) for case in BAD_CELLS if _is_text_cell(case[1])],  # a CSV cell is text
)
def test_malformed_cell_is_located(
    tmp_path: Path, kind: str, header: str, cell: object, message: str
) -> None:
    headers = [*HEAD, "Ngày thành lập", "Đảng đoàn", "Nhiệm kỳ", "Loại hình tổ chức"]
    good = ["Hội A", "tỉnh", "khác", 10, "01/02/2003", "không", 5, "tổ chức xã hội"]
    bad = list(good)
    index = headers.index(header)
    bad[index] = cell
    if kind == "csv":
        path = write_csv(tmp_path / "t.csv", [headers, good, bad, good])
        sheet = None
    else:
        path = write_xlsx(tmp_path / "t.xlsx", [headers, good, bad, good], title="Hội")
        sheet = "Hội"
    with pytest.raises(TableError) as info:
        read_associations(path)
    err = info.value
    (problem,) = err.problems
    assert (problem.file, problem.sheet, problem.row) == (str(path), sheet, 3)
    assert problem.column == column_letter(index)
    assert problem.header == header
    assert message in problem.message_en
    assert problem.message_vi
    assert problem.message_vi != problem.message_en
    if cell is not None:
        assert problem.text is not None
    assert (err.rows_read, err.rows_skipped, err.rows_refused) == (3, 0, 1)
    kept = read_associations(path, strict=False)
    assert kept.rows == (2, 4)
    assert kept.rows_refused == 1
    assert len(kept.problems) == 1
    assert "dòng 3" in err.render("vi")
    assert "1 rows refused" in err.render("en")


def test_every_problem_in_the_file_is_collected(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv",
        [
            [*HEAD, "Cấp"],
            ["Hội A", "tỉnh", "khác", "1,5", "huyện"],
            ["Hội B", "", "khác", "2", ""],
            ["", "xã", "", "3", ""],
        ],
    )
    found = problems_of(lambda: read_associations(path))
    assert [(p.row, p.column) for p in found] == [(2, "D"), (2, "E"), (3, "B"), (4, "A"), (4, "C")]
    assert "does not match the scope" in found[1].message_en
    assert "scope of activity (or the level) is missing" in found[2].message_en


def test_level_column_alone_gives_the_scope(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv", [["Tên hội", "Cấp", "Loại hội"], ["Hội A", "huyện", "khác"]]
    )
    assert read_associations(path).items[0].scope is model.ActivityScope.DISTRICT


# --- units --------------------------------------------------------------------------------------


def write_with_units(tmp_path: Path, rows: str) -> Path:
    """``t.csv`` in *tmp_path*: associations (name, scope, category) with the name and the code
    of their unit, one row of *rows* each (cells between ``|``)."""
    header = ["Tên hội", "Phạm vi", "Loại hội", "Đơn vị hành chính", "Mã đơn vị"]
    return write_csv(tmp_path / "t.csv", [header, *table_rows(rows)])


def test_units_resolved_within_the_province_and_date(tmp_path: Path) -> None:
    path = write_with_units(
        tmp_path,
        """
        Hội A | huyện     | khác | Châu Thành  |
        Hội B | huyện     | khác | TP Vị Thanh |
        Hội C | tỉnh      | khác |             |
        Hội D | huyện     | khác |             | 930
        Hội E | toàn quốc | khác |             |
        """,
    )
    result = read_associations(path, province="Hậu Giang", on=ON)
    units = [a.unit for a in result.items]
    assert all(u is None or isinstance(u, model.UnitRef) for u in units)
    assert [(u.code, u.level, u.on) if u else None for u in units] == [
        ("933", model.AdminLevel.DISTRICT, ON),
        ("930", model.AdminLevel.DISTRICT, ON),
        ("93", model.AdminLevel.PROVINCE, ON),
        ("930", model.AdminLevel.DISTRICT, ON),
        None,
    ]
    assert units[0] is not None
    assert units[0].name == "Châu Thành"
    assert result.units["933"] == model.default_registry().get("933", on=ON)
    assert sorted(result.units) == ["93", "930", "933"]


def test_unit_problems_are_located(tmp_path: Path) -> None:
    path = write_with_units(
        tmp_path,
        """
        Hội A | huyện     | khác | Châu Thành         |
        Hội B | huyện     | khác | Không Có Huyện Này |
        Hội C | xã        | khác |                    | 930
        Hội D | huyện     | khác |                    | 708
        Hội E | toàn quốc | khác | Vị Thanh           |
        Hội F | huyện     | khác | Long Mỹ            | 930
        Hội G | huyện     | khác |                    | 9.3
        """,
    )
    nationally = problems_of(lambda: read_associations(path, on=ON))
    assert (nationally[0].row, nationally[0].column) == (2, "D")
    assert "ambiguous unit name" in nationally[0].message_en
    assert "Huyện Châu Thành (933)" in nationally[0].message_en
    found = problems_of(lambda: read_associations(path, province="93", on=ON))
    assert [(p.row, p.column) for p in found] == [
        (3, "D"),
        (4, "E"),
        (5, "E"),
        (6, "D"),
        (7, "D"),
        (8, "E"),
    ]
    assert "no district level unit with the name" in found[0].message_en
    assert "is a district level unit" in found[1].message_en
    assert "is not in Tỉnh Hậu Giang" in found[2].message_en
    assert "belongs to no administrative unit" in found[3].message_en
    assert "does not match the code" in found[4].message_en
    assert "only the digits" in found[5].message_en


def test_units_need_a_date(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv",
        [["Tên hội", "Cấp", "Loại hội", "Mã đơn vị"], ["Hội A", "huyện", "khác", "930"]],
    )
    (problem,) = problems_of(lambda: read_associations(path))
    assert "on=" in problem.message_en


# --- stated figures and units -------------------------------------------------------------------


def test_read_tallies(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bc.xlsx",
        [
            ["Cấp", "Loại hội", "Số hội", "Người làm việc", "Nguồn"],
            ["cấp tỉnh", "", 40, 98, "II.1.1"],
            ["Cấp huyện, xã", "giao nhiệm vụ", 28, None, "II.1.1"],
            ["Tổng số", "", 99, None, None],
        ],
    )
    result = read_tallies(path)
    assert result.items == (
        model.AssociationTally(
            levels=(model.AdminLevel.PROVINCE,), count=40, staff_working=98, source="II.1.1"
        ),
        model.AssociationTally(
            levels=(model.AdminLevel.DISTRICT, model.AdminLevel.COMMUNE),
            category=model.AssociationCategory.ASSIGNED,
            count=28,
            source="II.1.1",
        ),
        model.AssociationTally(count=99),
    )


def test_read_units(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dv.csv",
        table_rows("""
            Mã đơn vị | Tên đơn vị | Loại đơn vị | Mã đơn vị cấp trên | Hiệu lực đến
            93        | Hậu Giang  | tỉnh        |                    | 30/06/2025
            930       | Vị Thanh   | TP          | 93                 |
            931       | Ngã Bảy    | TX.         |                    |
        """),
    )
    found = problems_of(lambda: read_units(path))
    assert [(p.row, p.column) for p in found] == [(4, "D")]
    assert "needs a parent_code" in found[0].message_en
    result = read_units(path, strict=False)
    assert result.items == (
        model.AdminUnit(
            "93", "Hậu Giang", model.UnitType.PROVINCE, None, valid_to=dt.date(2025, 6, 30)
        ),
        model.AdminUnit("930", "Vị Thanh", model.UnitType.CITY, "93"),
    )


# --- round trips --------------------------------------------------------------------------------


@st.composite
def flat_associations(draw: st.DrawFn) -> model.Association:
    """Associations with every field a flat list holds (no leaders, no unit)."""
    return model.Association(
        name=draw(names()),
        scope=draw(st.sampled_from(model.ActivityScope)),
        category=draw(st.sampled_from(model.AssociationCategory)),
        members=draw(st.none() | st.integers(0, 10**15)),
        staff_assigned=draw(st.none() | counts),
        staff_working=draw(st.none() | counts),
        founded_on=draw(st.none() | dates.filter(lambda d: d >= dt.date(1900, 3, 1))),
        founding_members=draw(st.none() | counts),
        party_delegation=draw(st.booleans()),
        special_nature=draw(st.booleans()),
        legal_type=draw(st.none() | st.sampled_from(model.LegalType)),
        congress_on=draw(st.none() | dates.filter(lambda d: d >= dt.date(1900, 3, 1))),
        term_years=draw(st.none() | st.integers(1, 10)),
    )


ROUND_TRIP_HEADERS = [
    "Tên hội",
    "Phạm vi hoạt động",
    "Loại hội",
    "Số hội viên",
    "Biên chế giao",
    "Người làm việc",
    "Ngày thành lập",
    "Số hội viên khi thành lập",
    "Đảng đoàn",
    "Hội đặc thù",
    "Loại hình tổ chức",
    "Ngày đại hội",
    "Nhiệm kỳ",
]


def as_row(a: model.Association, *, excel: bool, nfd: bool) -> list[Any]:
    def text(s: str) -> str:
        return unicodedata.normalize("NFD", s) if nfd else s

    def number(n: int | None) -> object:
        if n is None:
            return None if excel else ""
        if excel and n < 2**53:
            return n
        return format_number(n)

    def day(d: dt.date | None) -> object:
        if d is None:
            return None if excel else ""
        return d if excel else f"{d:%d/%m/%Y}"

    return [
        text(a.name),
        text(a.scope.value),
        text(a.category.value),
        number(a.members),
        number(a.staff_assigned),
        number(a.staff_working),
        day(a.founded_on),
        number(a.founding_members),
        "có" if a.party_delegation else "không",
        a.special_nature if excel else ("x" if a.special_nature else ""),
        text(a.legal_type.value) if a.legal_type else (None if excel else ""),
        day(a.congress_on),
        number(a.term_years),
    ]


@FILES
@given(st.lists(flat_associations(), min_size=1, max_size=8), st.booleans())
def test_round_trip_csv(tmp_path: Path, associations: list[model.Association], nfd: bool) -> None:
    headers = [unicodedata.normalize("NFD", h) if nfd else h for h in ROUND_TRIP_HEADERS]
    rows = [headers, *(as_row(a, excel=False, nfd=nfd) for a in associations)]
    path = write_csv(tmp_path / "rt.csv", rows)
    assert list(read_associations(path).items) == associations


@FILES
@given(st.lists(flat_associations(), min_size=1, max_size=8), st.booleans())
def test_round_trip_xlsx(tmp_path: Path, associations: list[model.Association], nfd: bool) -> None:
    rows = [ROUND_TRIP_HEADERS, *(as_row(a, excel=True, nfd=nfd) for a in associations)]
    path = write_xlsx(tmp_path / "rt.xlsx", rows)
    assert list(read_associations(path).items) == associations


@FILES
@given(
    st.lists(
        st.sampled_from(sorted(("930", "931", "932", "933", "934", "935", "936", "937"))),
        min_size=1,
        max_size=6,
    )
)
def test_round_trip_units(tmp_path: Path, codes: list[str]) -> None:
    registry = model.default_registry()
    units = [registry.get(code, on=ON) for code in codes]
    rows = [["Tên hội", "Cấp", "Loại hội", "Đơn vị hành chính"]]
    rows += [[f"Hội {i}", "huyện", "khác", u.full_name] for i, u in enumerate(units)]
    path = write_xlsx(tmp_path / "u.xlsx", rows)
    result = read_associations(path, province="Hậu Giang", on=ON)
    assert [a.unit for a in result.items] == [
        model.UnitRef(code=u.code, level=u.level, on=ON, name=u.name) for u in units
    ]


money = st.decimals(min_value=-(10**20), max_value=10**20, places=2, allow_nan=False)


@given(money)
def test_money_text_is_exact(amount: Decimal) -> None:
    assert read_money(format_number(amount, digits=2)) == amount


@given(st.decimals(min_value=0, max_value=10**13, places=2, allow_nan=False))
def test_money_from_an_excel_number_is_the_number_the_cell_holds(amount: Decimal) -> None:
    cell = float(amount)  # what a workbook stores for a number of up to 15 significant digits
    assert read_money(cell) == amount


def test_csv_bom_and_crlf(tmp_path: Path) -> None:
    text = "Tên hội,Cấp,Loại hội\r\nHội A,tỉnh,khác\r\n"
    (tmp_path / "b.csv").write_bytes(codecs.BOM_UTF8 + text.encode())
    assert read_associations(tmp_path / "b.csv").items[0].name == "Hội A"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Hội\x00A,tỉnh,khác,1", "control character"),
        ("Hội A,tỉnh,khác," + "1" * 5000, "more than 1000 digits"),
        ("Hội A,tỉnh,khác,1" + ".000" * 1500, "more than 1000 digits"),
        ("Hội A,tỉnh,khác,١٢", "Vietnamese way"),
        ("Hội A,tỉnh,khác,1,thừa", "no header"),
        ("Hội A,tỉnh,khác,1,,,,thừa", "no header"),
    ],
)
def test_hostile_cells_are_located_problems(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"Tên hội,Cấp,Loại hội,Số hội viên\n{body}\n", encoding="utf-8")
    (problem,) = problems_of(lambda: read_associations(path))
    assert problem.row == 2
    assert message in problem.message_en
    assert problem.text is not None
    assert len(problem.location()) < 300


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no header row"),
        (codecs.BOM_UTF8, "no header row"),
        ('Tên hội,Cấp,Loại hội\n"Hội A,tỉnh,khác\n'.encode(), "malformed CSV at line 2"),
        (("Tên hội,Cấp\n" + "a" * 200_000 + ",tỉnh\n").encode(), "field larger"),
    ],
)
def test_hostile_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes(data)
    (problem,) = problems_of(lambda: read_associations(path))
    assert message in problem.message_en


def test_quoted_newlines_and_quotes_inside_cells(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Tên hội,Cấp,Loại hội\n"Hội\nA",tỉnh,khác\nHội "B",xã,khác\n', encoding="utf-8")
    result = read_associations(path)
    assert [a.name for a in result.items] == ["Hội\nA", 'Hội "B"']
    assert result.rows == (2, 3)  # the record number, as a spreadsheet program shows it


def test_excel_errors_and_uncomputed_formulas_are_not_empty_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Hội"
    sheet.append(["STT", *HEAD])
    sheet.append([1, "Hội A", "tỉnh", "khác", 1])
    sheet.append(["=A2+1", "Hội B", "tỉnh", "khác", "#DIV/0!"])
    sheet["E3"].data_type = "e"
    sheet.append(["=A3+1", "Hội C", "tỉnh", "khác", "=E2*2"])
    book.save(tmp_path / "f.xlsx")
    found = problems_of(lambda: read_associations(tmp_path / "f.xlsx"))
    assert [(p.row, p.column, p.text) for p in found] == [(3, "E", "#DIV/0!"), (4, "E", None)]
    assert found[0].message_en == "the cell holds the Excel error #DIV/0!"
    assert "never computed" in found[1].message_en
    assert "công thức" in found[1].message_vi


# --- a report's figures -------------------------------------------------------------------------


def test_read_figures_csv_and_xlsx(tmp_path: Path) -> None:
    rows = [
        ["Mục", "Số liệu", "Đơn vị tính", "Trích dẫn"],
        ["II.4.3", "hơn 34 tỷ đồng", "", "kinh phí hơn 34 tỷ đồng"],
        ["II.1.1", "91,53%", "%", ""],
        ["II.4.3", "12.700.000.000,50", "đồng", ""],
    ]
    for path in (write_csv(tmp_path / "f.csv", rows), write_xlsx(tmp_path / "f.xlsx", rows)):
        more, rate, money_figure = read_figures(path).items
        assert (more.value, more.resolution, more.bound, more.unit) == (
            Decimal(34_000_000_000),
            Decimal(1_000_000_000),
            Bound.MORE_THAN,
            "đồng",
        )
        assert more.quote == "kinh phí hơn 34 tỷ đồng"
        assert (rate.value, rate.unit, rate.resolution) == (Decimal("91.53"), "%", Decimal("0.01"))
        assert money_figure.value == Decimal("12700000000.50")


def test_figures_from_number_cells_are_exact(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "f.xlsx",
        [["Số liệu", "Đơn vị tính"], [1234567.89, "đồng"], [440977, None], [0.1, None]],
    )
    values = [f.value for f in read_figures(path).items]
    assert values == [Decimal("1234567.89"), Decimal(440977), Decimal("0.1")]


def test_figure_problems(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "f.csv",
        [["Số liệu", "Đơn vị tính"], ["hơn 34 tỷ đồng", "người"], ["74.87%", ""], ["", "đồng"]],
    )
    found = problems_of(lambda: read_figures(path))
    assert [(p.row, p.column) for p in found] == [(2, "B"), (3, "A"), (4, "A")]
    assert "not the unit written" in found[0].message_en
    assert "74,87" in found[1].message_en  # the parser's suggestion
    assert found[2].message_en == "a required cell is empty"


@FILES
@given(st.lists(money, min_size=1, max_size=6))
def test_round_trip_money_figures(tmp_path: Path, amounts: list[Decimal]) -> None:
    rows = [["Số liệu", "Đơn vị tính"], *([format_number(a, digits=2), "đồng"] for a in amounts)]
    path = write_csv(tmp_path / "m.csv", rows)
    assert [f.value for f in read_figures(path).items] == amounts


def test_a_table_error_is_a_coded_library_error_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text("Tên hội;Cấp;Loại hội;Số hội viên\nHội A;tỉnh;khác;-1\nHội B;ấp;khác;2\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(TableError) as info:
        read_associations(path)
    err = info.value
    assert isinstance(err, LoadError)
    assert err.code == "table-problems"
    assert str(err).startswith(f"2 problems: {path}, row 2, column D (Số hội viên), cell '-1':")
    assert str(err).endswith(" (and 1 more)")
    assert err.describe("vi").startswith(f"2 lỗi: {path}, dòng 2, cột D (Số hội viên), ô '-1':")
    assert err.describe("vi").endswith(" (và 1 lỗi khác)")
    assert err.message_vi.splitlines() == [
        f"{path}, dòng 2, cột D (Số hội viên), ô '-1': số đếm không được âm, ô chứa '-1'",
        f"{path}, dòng 3, cột B (Cấp), ô 'ấp': 'ấp': không phải cấp hành chính; dùng một trong:"
        " 'trung ương', 'cấp trung ương', 'TW', 'cấp TW', 'tỉnh', 'cấp tỉnh', 'huyện',"
        " 'cấp huyện', 'xã', 'cấp xã'",
        "2 dòng đã đọc, 0 dòng trống bỏ qua, 2 dòng bị từ chối",
    ]
    assert err.message_en.splitlines()[-1] == "2 rows read, 0 blank rows skipped, 2 rows refused"
    assert err.errors[0][1] == "a count must not be negative, got '-1'"


def test_an_unknown_format_is_the_librarys_error(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text("Cấp;Số hội\ntỉnh;1\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        read_tallies(path, format="pdf")
    assert (info.value.code, info.value.field) == ("table-bad-format", "format")
    assert info.value.message_vi.startswith("format phải là 'csv' hoặc 'excel', nhận được 'pdf'")
