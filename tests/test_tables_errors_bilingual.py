"""Every error of the spreadsheets (tables/), the table rule and the .docx reader has a catalogue
code and reads in Vietnamese (issue 11): the code, the Vietnamese wording and the English one."""

from __future__ import annotations

import datetime as _dt
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from hoiquanchung.checker import ReportReadError, check_file, check_table
from hoiquanchung.errors import HoiQuanChungError, ValidationError
from hoiquanchung.messages import error_text
from hoiquanchung.tables import (
    CellValueError,
    ResultColumn,
    ResultTable,
    TableError,
    as_table,
    read_associations,
    read_sheet,
    write_csv,
    write_xlsx,
)
from hoiquanchung.tables._cells import read_count, read_levels
from hoiquanchung.tables._problems import RowProblemError

_COUNT = ResultColumn("n", "Số hội", "Associations", "count")
_TEXT = ResultColumn("t", "Tên", "Name", "text")


def _table(*rows: tuple[Any, ...], columns: tuple[ResultColumn, ...] = (_COUNT,)) -> ResultTable:
    return ResultTable("Bảng", "Table", columns, rows)


def _raised(call: Callable[[], object]) -> HoiQuanChungError:
    with pytest.raises(HoiQuanChungError) as info:
        call()
    return info.value


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "hoi.csv"
    path.write_text("Tên hội,Cấp,Loại hội\nHội Luật gia,tỉnh,khác\n", encoding="utf-8")
    return path


def test_result_tables(tmp_path: Path) -> None:
    cases: list[tuple[Callable[[], object], str, str, str]] = [
        (lambda: _table().title("fr"),  # type: ignore[arg-type]
         "language", "ngôn ngữ phải là 'vi' hoặc 'en', nhận được 'fr' (trường 'lang')",
         "language must be 'vi' or 'en', got 'fr' (field 'lang')"),
        (lambda: ResultColumn("x", "X", "X", "float"),  # type: ignore[arg-type]
         "result-column-kind",
         "không có loại cột 'float' (chọn một trong text, count, money, decimal, percent, date)"
         " (trường 'kind')",
         "unknown column kind 'float' (one of text, count, money, decimal, percent, date)"
         " (field 'kind')"),
        (lambda: _table((1.5,)), "result-cell-kind",
         "cột 'n' (count) không chứa được giá trị 1.5 (trường 'rows[0]')",
         "column 'n' (count) cannot hold 1.5 (field 'rows[0]')"),
        (lambda: _table(columns=(_COUNT, _COUNT)), "result-repeated-column",
         "khóa cột bị lặp trong ['n', 'n'] (trường 'columns')",
         "repeated column key in ['n', 'n'] (field 'columns')"),
        (lambda: _table((1, 2)), "result-row-length",
         "dòng 0 có 2 giá trị cho 1 cột (trường 'rows[0]')",
         "row 0 has 2 values for 1 columns (field 'rows[0]')"),
        (lambda: _table((1,)).column("m"), "result-no-column",
         "không có cột 'm'; các cột: n (trường 'key')", "no column 'm'; columns: n (field 'key')"),
        (lambda: as_table([]), "result-empty-list",
         "danh sách rỗng không có cột: cho biết đó là danh sách gì bằng of= (trường 'result')",
         "an empty list has no columns: say what it is a list of with of= (field 'result')"),
        (lambda: as_table(5), "result-not-a-table",
         "không lập được bảng từ int: cần các số đếm (tallies), danh sách hội, phát hiện"
         " (findings), một CrossTab, Reconciliation, ListComparison, Report hoặc EraMapping"
         " (trường 'result')",
         "cannot make a table of int: expected tallies, associations, findings, a CrossTab, a"
         " Reconciliation, a ListComparison, a Report or an EraMapping (field 'result')"),
    ]  # fmt: skip
    for call, code, vi, en in cases:
        err = _raised(call)
        assert isinstance(err, ValidationError)
        assert (err.code, err.render("vi"), str(err)) == (code, vi, en)


def test_writing(tmp_path: Path) -> None:
    big = Decimal("1234567890123456.78")
    money = ResultColumn("m", "Số tiền", "Amount", "money")
    cases: list[tuple[Callable[[], object], str, str]] = [
        (lambda: write_csv(_table((1,)), 5),  # type: ignore[arg-type]
         "expected-type",
         "cần một đường dẫn tệp (str hoặc os.PathLike), nhận được int (trường 'path')"),
        (lambda: write_xlsx({}, tmp_path / "a.xlsx"), "table-nothing-to-write",
         "không có gì để ghi: không có kết quả nào (trường 'results')"),
        (lambda: write_xlsx(_table(("a\x01",), columns=(_TEXT,)), tmp_path / "b.xlsx"),
         "table-excel-control-character",
         "Bảng!A2: không ghi được ký tự điều khiển vào Excel: 'a\\x01' (trường 't')"),
        (lambda: write_xlsx(_table((big,), columns=(money,)), tmp_path / "c.xlsx",
                            strict_numbers=True),
         "table-excel-too-many-digits",
         "Bảng!A2: 1.234.567.890.123.456,78 có hơn 15 chữ số có nghĩa, Excel không giữ được"
         " trong ô số (trường 'm')"),
        (lambda: write_csv(_table((1,)), tmp_path / "d.csv", numbers="en"),  # type: ignore[arg-type]
         "table-csv-numbers",
         "numbers phải là 'plain' hoặc 'vi', nhận được 'en' (trường 'numbers')"),
        (lambda: write_csv(_table((1,)), tmp_path / "e.csv", delimiter=";;"),
         "table-bad-delimiter",
         "dấu phân cách phải là một ký tự, không phải ';;' (trường 'delimiter')"),
    ]  # fmt: skip
    for call, code, vi in cases:
        err = _raised(call)
        assert (err.code, err.render("vi")) == (code, vi), str(err)
    assert "control character cannot be written to Excel" in str(_raised(cases[2][0]))


def test_reading(sheet: Path, tmp_path: Path) -> None:
    cases: list[tuple[Callable[[], object], str, str]] = [
        (lambda: read_associations(sheet, columns=5),  # type: ignore[arg-type]
         "table-columns-not-mapping",
         "columns phải gắn một tiêu đề với một tên trường (hoặc None để bỏ qua cột)"
         " (trường 'columns')"),
        (lambda: read_associations(sheet, columns={"Cấp": "nope"}), "table-columns-bad-field",
         "columns: 'Cấp' → 'nope': trường phải là một trong"),
        (lambda: read_associations(sheet, header_row=0), "table-header-row-number",
         "header_row là số dòng Excel, từ 1, nhận được 0 (trường 'header_row')"),
        (lambda: read_associations(sheet, on="30/06/2024"),  # type: ignore[arg-type]
         "expected-type",
         "cần một datetime.date (ngày, không có giờ), nhận được str (trường 'on')"),
        (lambda: read_associations(sheet, on=_dt.datetime(2024, 6, 30)),
         "expected-type",
         "cần một datetime.date (ngày, không có giờ), nhận được datetime (trường 'on')"),
        (lambda: read_sheet(5),  # type: ignore[arg-type]
         "expected-type",
         "cần một đường dẫn tệp (str hoặc os.PathLike), nhận được int (trường 'source')"),
        (lambda: TableError(()), "table-error-without-problems",
         "một TableError cần ít nhất một lỗi (trường 'problems')"),
    ]  # fmt: skip
    for call, code, vi in cases:
        err = _raised(call)
        assert err.code == code
        assert err.render("vi").startswith(vi), err.render("vi")
    assert isinstance(_raised(cases[-1][0]), ValueError)  # as before: a ValueError


def test_a_sheet_named_by_something_else(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    pytest.importorskip("python_calamine")
    path = tmp_path / "hoi.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Tên hội"])
    book.save(path)
    err = _raised(lambda: read_sheet(path, sheet=1.5))  # type: ignore[arg-type]
    assert err.code == "expected-type"
    assert err.render("vi") == (
        "cần tên trang tính (str) hoặc số thứ tự từ 0 (int), nhận được float (trường 'sheet')"
    )


def test_cells_and_rows_keep_their_codes() -> None:
    with pytest.raises(CellValueError) as info:
        read_count(120.5)
    assert (info.value.code, info.value.message_vi) == (
        "cell-count-not-whole",
        "số đếm phải là số nguyên, ô chứa 120.5",
    )
    assert info.value.render("en") == "a count must be a whole number, got 120.5"
    assert dict(info.value.facts) == {"shown": "120.5"}
    with pytest.raises(CellValueError) as info:
        read_levels("cấp vũ trụ")
    assert str(info.value.code).startswith("word-")
    plain = CellValueError("chữ", "text")  # two texts: no code
    assert (plain.code, plain.message_vi, str(plain)) == (None, "chữ", "text")
    row = RowProblemError(error_text("row-scope-missing"), field="scope")
    assert (row.code, row.field) == ("row-scope-missing", "scope")
    assert row.message.vi == error_text("row-scope-missing").text("vi")


def test_the_table_rule_arguments() -> None:
    cases: list[tuple[Callable[[], object], str, str]] = [
        (lambda: check_table("a | b"),  # type: ignore[arg-type]
         "table-rows-not-sequence",
         "rows phải là một dãy các dòng, mỗi dòng là các văn bản ô (trường 'rows')"),
        (lambda: check_table([["a"], 5]),  # type: ignore[list-item]
         "table-row-not-sequence",
         "dòng 2 phải là một dãy văn bản ô, nhận được int (trường 'rows')"),
        (lambda: check_table([["a", 5]]),  # type: ignore[list-item]
         "table-cell-not-text",
         "ô ở dòng 1, cột 2 phải là str hoặc None, nhận được int (trường 'rows')"),
        (lambda: check_table([["a"]], table=0), "table-number-positive",
         "table phải là số nguyên dương (đếm từ 1), nhận được 0 (trường 'table')"),
        (lambda: check_table([["a"]], file=5),  # type: ignore[arg-type]
         "expected-type", "cần một chuỗi (str) hoặc None, nhận được int (trường 'file')"),
    ]  # fmt: skip
    for call, code, vi in cases:
        err = _raised(call)
        assert (err.code, err.render("vi")) == (code, vi)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_docx_reasons_in_both_languages(tmp_path: Path) -> None:
    missing = tmp_path / "thieu.docx"
    with zipfile.ZipFile(missing, "w") as z:
        z.writestr("word/other.xml", "<x/>")
    broken = tmp_path / "vo.docx"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>')
    damaged = tmp_path / "hong.docx"
    with zipfile.ZipFile(damaged, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body/></w:document>')
    data = bytearray(damaged.read_bytes())
    at = data.index(b"<w:body/>")
    data[at + 1 : at + 5] = b"XXXX"  # the stored bytes no longer match their CRC
    damaged.write_bytes(bytes(data))
    expected = {
        missing: (
            "report-docx-no-main",
            f"{missing}: không phải tệp .docx đọc được (không có phần word/document.xml)",
            f"{missing}: not a readable .docx file (there is no word/document.xml)",
        ),
        broken: (
            "report-docx-xml",
            f"{broken}: không phải tệp .docx đọc được (word/document.xml: XML hỏng ở dòng 1:"
            " no element found)",
            f"{broken}: not a readable .docx file (word/document.xml: no element found at line 1)",
        ),
    }
    for path, (code, vi, en) in expected.items():
        with pytest.raises(ReportReadError) as info:
            check_file(path)
        assert (info.value.code, info.value.render("vi"), str(info.value)) == (code, vi, en)
    with pytest.raises(ReportReadError) as info:
        check_file(damaged)
    assert info.value.code == "report-docx-broken-part"
    assert info.value.render("vi").startswith(
        f"{damaged}: không phải tệp .docx đọc được (phần word/document.xml: "
    )
    assert "CRC" in str(info.value)


def test_the_column_maps_come_from_their_data_file() -> None:
    import tomllib
    from importlib.resources import files

    from hoiquanchung.errors import DataFileError
    from hoiquanchung.tables import (
        ASSOCIATION_COLUMNS,
        FIGURE_COLUMNS,
        IGNORED_HEADERS,
        TALLY_COLUMNS,
        UNIT_COLUMNS,
        _cells,
        _columns,
    )

    data = tomllib.loads(
        (files("hoiquanchung.tables") / "data" / "columns.toml").read_text("utf-8")
    )
    assert {"source", "compiled", "completeness"} <= set(data)
    for table, columns in (
        ("associations", ASSOCIATION_COLUMNS),
        ("tallies", TALLY_COLUMNS),
        ("figures", FIGURE_COLUMNS),
        ("units", UNIT_COLUMNS),
    ):
        assert [c.field for c in columns] == [e["field"] for e in data[table]]
        for column, entry in zip(columns, data[table], strict=True):
            assert column.headers == tuple(entry["headers"])
            assert column.read is getattr(_cells, entry["read"])
            assert column.required is entry.get("required", False)
    assert IGNORED_HEADERS == ("STT", "TT", "Số TT", "Số thứ tự", "Ghi chú")
    good = {"field": "name", "headers": ["Tên"], "en": "Name", "read": "read_text"}
    assert _columns._column("units", 1, good).read is _cells.read_text
    for bad in (
        {**good, "read": "open"},  # not a cell reader
        {**good, "headers": []},
        {**good, "required": "yes"},
        {**good, "note": "?"},
        ["name"],
    ):
        with pytest.raises(DataFileError) as info:
            _columns._column("units", 3, bad)
        assert info.value.code == "table-columns-bad-entry"
        assert info.value.render("vi").startswith(
            "columns.toml: cột thứ 3 của bảng 'units' không hợp lệ"
        )
