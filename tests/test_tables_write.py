"""Results as tables: plain rows, .xlsx (read back with openpyxl), CSV, pandas."""

from __future__ import annotations

import csv
import unicodedata
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from _helpers import assert_worded
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoiquanchung import datasets
from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators import compare_with_list, crosstab
from hoiquanchung.model import (
    ActivityScope,
    Association,
    AssociationCategory,
    default_registry,
    map_to_two_tiers,
    tally_associations,
)
from hoiquanchung.tables import (
    EXCEL_DIGITS,
    ResultColumn,
    ResultTable,
    as_table,
    read_associations,
    write_csv,
    write_xlsx,
)
from tests.strategies import associations, dates, names

COLUMNS = (
    ResultColumn("name", "Tên", "Name"),
    ResultColumn("count", "Số hội", "Associations", "count"),
    ResultColumn("money", "Số tiền (đồng)", "Amount (đồng)", "money"),
    ResultColumn("rate", "Tỷ lệ", "Rate", "percent"),
    ResultColumn("day", "Ngày", "Date", "date"),
)

money = st.decimals(
    min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False
) | st.integers(min_value=0, max_value=10**14)
percents = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)
rows = st.tuples(
    st.none() | names(),
    st.none() | st.integers(min_value=0, max_value=10**14),
    st.none() | money,
    st.none() | percents,
    st.none() | dates,
)
tmp = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def _exact(value: object) -> object:
    """A number read back from a cell (a float) as the Decimal it shows (15 digits at most)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


@tmp
@given(st.lists(rows, max_size=12))
def test_xlsx_holds_every_value_as_a_typed_cell(tmp_path: Path, data: list[tuple]) -> None:  # type: ignore[type-arg]
    table = ResultTable("Bảng", "Table", COLUMNS, tuple(data))
    path = tmp_path / "t.xlsx"
    assert write_xlsx(table, path) == ()
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == table.headers()
    assert sheet.freeze_panes == "A2"
    for i, row in enumerate(data, start=2):
        cells = {c.column: c for c in sheet[i]} if sheet.max_row >= i else {}
        for j, (column, value) in enumerate(zip(COLUMNS, row, strict=True), start=1):
            cell = cells.get(j)
            got = None if cell is None else cell.value
            if value is None:
                assert got is None
            elif column.kind == "text":
                assert got == value
                assert cell is not None
                assert cell.data_type == "s"
            elif column.kind == "date":
                assert got.date() == value  # type: ignore[union-attr]
                assert cell is not None
                assert cell.number_format == "dd/mm/yyyy"
            elif column.kind == "percent":
                assert _exact(got) == Decimal(value) / 100
                assert cell is not None
                assert cell.number_format.endswith("%")
            else:
                assert _exact(got) == value
                assert cell is not None
                assert cell.number_format.startswith("#,##0")
                assert cell.data_type == "n"


def test_formats_and_widths(tmp_path: Path) -> None:
    table = ResultTable(
        "Bảng",
        "Table",
        COLUMNS,
        (("Hội Khuyến học", 440977, Decimal("140457182000"), Decimal("74.87"), date(2024, 6, 30)),
         ("Tổng", 3, Decimal("12.50"), Decimal("100"), None)),
    )  # fmt: skip
    path = tmp_path / "t.xlsx"
    write_xlsx(table, path, lang="en")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["Name", "Associations", "Amount (đồng)", "Rate", "Date"]
    assert all(c.font.b for c in sheet[1])
    assert [c.number_format for c in sheet[2]][1:4] == ["#,##0", "#,##0", "0.00%"]
    assert [c.number_format for c in sheet[3]][2:4] == ["#,##0.00", "0%"]
    assert sheet["D2"].value == pytest.approx(0.7487)
    assert sheet.column_dimensions["A"].width == len("Hội Khuyến học") + 2
    # The number is stored as a number: Excel's SUM adds it.
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>440977</v>" in xml
    assert "<v>140457182000</v>" in xml


def test_more_than_15_digits_is_text_with_a_warning(tmp_path: Path) -> None:
    big = Decimal("1234567890123456.78")
    table = ResultTable("Tiền", "Money", (ResultColumn("m", "Số tiền", "Amount", "money"),),
                        ((big,), (Decimal("999999999999999"),)))  # fmt: skip
    warnings = write_xlsx(table, tmp_path / "t.xlsx")
    assert [w.code for w in warnings] == ["xlsx-number-as-text"]
    assert warnings[0].path == "Tiền!A2"
    assert_worded(
        warnings[0],
        "1.234.567.890.123.456,78 có hơn 15 chữ số có nghĩa, Excel không giữ được trong ô số:"
        " ghi thành chữ (không cộng được bằng SUM)",
        "1,234,567,890,123,456.78 has more than 15 significant digits, which Excel cannot keep"
        " in a number cell: written as text (SUM will not add it)",
    )
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None
    assert sheet["A2"].value == "1.234.567.890.123.456,78"
    assert sheet["A3"].value == 999999999999999
    with pytest.raises(ValidationError, match="15"):
        write_xlsx(table, tmp_path / "u.xlsx", strict_numbers=True)
    assert EXCEL_DIGITS == 15


def test_text_is_never_a_formula_and_control_characters_are_refused(tmp_path: Path) -> None:
    table = ResultTable("T", "T", (ResultColumn("n", "Tên", "Name"),), (("=SUM(A1:A9)",),))
    write_xlsx(table, tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("=SUM(A1:A9)", "s")
    bad = ResultTable("T", "T", (ResultColumn("n", "Tên", "Name"),), (("a\x01b",),))
    with pytest.raises(ValidationError, match="A2"):
        write_xlsx(bad, tmp_path / "u.xlsx")


def test_result_table_checks_kinds_and_normalises_text() -> None:
    with pytest.raises(ValidationError):
        ResultTable("T", "T", (ResultColumn("n", "Số", "N", "count"),), ((1.5,),))
    with pytest.raises(ValidationError):
        ResultTable("T", "T", (ResultColumn("n", "Số", "N", "money"),), ((True,),))
    with pytest.raises(ValidationError):
        ResultTable("T", "T", (ResultColumn("n", "Số", "N"),), ((1, 2),))
    with pytest.raises(ValidationError):
        ResultColumn("n", "Số", "N", "float")  # type: ignore[arg-type]
    nfd = unicodedata.normalize("NFD", "Hội Khuyến học")
    table = ResultTable("T", "T", (ResultColumn("n", nfd, "Name"),), ((nfd,),))
    assert table.rows[0][0] == unicodedata.normalize("NFC", nfd) == table.headers()[0]


def _two_associations() -> list[Association]:
    """A provincial association with its members and a district one without."""
    return [
        Association(name="Hội Khuyến học", scope=ActivityScope.PROVINCE,
                    category=AssociationCategory.ASSIGNED, members=1200),
        Association(name="Hội Cựu giáo chức", scope=ActivityScope.DISTRICT,
                    category=AssociationCategory.OTHER),
    ]  # fmt: skip


def test_every_result_is_a_table_and_a_workbook(tmp_path: Path) -> None:
    report = datasets.load("hau-giang-2024")
    items = _two_associations()
    comparison = compare_with_list(report, items)
    results = {
        "Số hội": tally_associations(items),
        "Bảng chéo": crosstab(items),
        "Đối chiếu": datasets.check(report, registry=False),
        "Danh sách và báo cáo": comparison,
        "Phát hiện": list(comparison.findings),
        "Số liệu báo cáo": report,
        "Danh sách hội": items,
        "Sau sắp xếp": map_to_two_tiers({"930": 3, "931": 2}, registry=default_registry()),
    }
    for result in results.values():
        table = as_table(result)
        assert table.rows
        assert as_table(result, "en").headers("en") != table.headers("vi")
    write_xlsx(results, tmp_path / "all.xlsx")
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert book.sheetnames == list(results)
    listing = book["Danh sách và báo cáo"]
    statuses = [c.value for c in listing["I"][1:]]
    assert "không khớp" in statuses
    with pytest.raises(ValidationError):
        as_table("99 hội")
    with pytest.raises(ValidationError):
        as_table([])
    assert as_table([], of="tallies").rows == ()


def test_csv_plain_and_vietnamese(tmp_path: Path) -> None:
    row = ("Hội", 440977, Decimal("12.50"), Decimal("74.87"), date(2024, 6, 30))
    table = ResultTable("T", "T", COLUMNS, (row,))
    write_csv(table, tmp_path / "plain.csv")
    raw = (tmp_path / "plain.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines()))
    assert lines == [table.headers(), ["Hội", "440977", "12.50", "74.87", "2024-06-30"]]
    write_csv(table, tmp_path / "vi.csv", numbers="vi", lang="en")
    text = (tmp_path / "vi.csv").read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines(), delimiter=";"))
    assert lines == [table.headers("en"), ["Hội", "440.977", "12,50", "74,87", "30/06/2024"]]
    with pytest.raises(ValidationError):
        write_csv(table, tmp_path / "x.csv", numbers="fr")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        write_csv(table, tmp_path / "x.csv", lang="fr")  # type: ignore[arg-type]


@tmp
@given(st.lists(associations(), min_size=1, max_size=8))
def test_association_lists_round_trip_through_xlsx_and_csv(
    tmp_path: Path, items: list[Association]
) -> None:
    # The written columns: name, scope, category, counts, founding date (no unit: units need
    # a register and a date; that path is tested with the reader).
    plain = [
        Association(name=a.name, scope=a.scope, category=a.category, members=a.members,
                    staff_assigned=a.staff_assigned, staff_working=a.staff_working,
                    founded_on=a.founded_on)
        for a in items
    ]  # fmt: skip
    write_xlsx(plain, tmp_path / "l.xlsx")
    assert read_associations(tmp_path / "l.xlsx").items == tuple(plain)
    write_csv(plain, tmp_path / "l.csv", numbers="vi")
    assert read_associations(tmp_path / "l.csv").items == tuple(plain)


def test_to_dataframe_types() -> None:
    items = _two_associations()
    frame = as_table(tally_associations(items, by=("scope", "category"))).to_dataframe()
    assert str(frame["count"].dtype) == "Int64"
    assert frame["members"].isna().tolist() == [False, True]
    assert isinstance(frame["category"].dtype, pd.CategoricalDtype)
    assert list(frame["category"].cat.categories) == ["giao nhiệm vụ", "khác"]
    money_table = ResultTable("T", "T", COLUMNS[:3], (("Hội", 1, Decimal("140457182000.50")),))
    frame = money_table.to_dataframe(lang="en")
    assert list(frame.columns) == ["Name", "Associations", "Amount (đồng)"]
    assert frame["Amount (đồng)"][0] == Decimal("140457182000.50")
    assert isinstance(frame["Amount (đồng)"][0], Decimal)
