"""Bảng tính (spreadsheets): association lists, stated figures and unit lists from CSV and Excel.

Read one sheet of a CSV file or a workbook into model objects, with every problem located as the
user sees it (file, sheet, Excel row, column letter and header, the cell's text) in Vietnamese and
English.  Excel files need the optional extra ``hoiquanchung[excel]``.

And back out: every result that is a table (tallies, cross-tabulations, reconciliations, a list
against a report, findings, figures) becomes a :class:`ResultTable` (:func:`as_table`), written
with :func:`write_xlsx` or :func:`write_csv`, or made a pandas DataFrame.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "hoi.csv").write_text(
...     "STT;Tên hội;Cấp;Loại hội;Số hội viên;Ngày thành lập\\n"
...     "1;Hội Khuyến học;tỉnh;giao nhiệm vụ;1.234;12/03/2008\\n"
...     ";;;;;\\n"
...     "2;Hội Cựu giáo chức;Cấp tỉnh;khác;;\\n", encoding="utf-8")
>>> result = read_associations(folder / "hoi.csv")
>>> [(a.name, a.scope.value, a.category.name, a.members) for a in result.items]
[('Hội Khuyến học', 'tỉnh', 'ASSIGNED', 1234), ('Hội Cựu giáo chức', 'tỉnh', 'OTHER', None)]
>>> result.rows, result.summary("en")
((2, 4), '2 rows read, 1 blank rows skipped, 0 rows refused')

A cell that cannot be read is an error at that cell:

>>> _ = (folder / "bad.csv").write_text(
...     "Tên hội,Cấp,Loại hội,Số hội viên\\nHội Luật gia,tỉnh,khác,\\"120,5\\"\\n",
...     encoding="utf-8")
>>> try:
...     read_associations(folder / "bad.csv")
... except TableError as err:
...     print(err.problems[0].render("vi"))
...     print(err.problems[0].message_en)
/.../bad.csv, dòng 2, cột D (Số hội viên), ô '120,5': số đếm phải là số nguyên, ô chứa '120,5'
a count must be a whole number, got '120,5'
"""

from __future__ import annotations

from hoiquanchung.tables._cells import CellValueError
from hoiquanchung.tables._columns import (
    ASSOCIATION_COLUMNS,
    FIGURE_COLUMNS,
    IGNORED_HEADERS,
    TALLY_COLUMNS,
    UNIT_COLUMNS,
    Column,
    header_key,
)
from hoiquanchung.tables._frame import ColumnKind, ResultColumn, ResultTable, as_table
from hoiquanchung.tables._problems import CellProblem, TableError, column_letter
from hoiquanchung.tables._read import (
    TableResult,
    read_associations,
    read_figures,
    read_tallies,
    read_units,
)
from hoiquanchung.tables._source import RawSheet, read_sheet
from hoiquanchung.tables._write import EXCEL_DIGITS, write_csv, write_xlsx

__all__ = [
    "ASSOCIATION_COLUMNS",
    "CellProblem",
    "CellValueError",
    "Column",
    "ColumnKind",
    "EXCEL_DIGITS",
    "FIGURE_COLUMNS",
    "IGNORED_HEADERS",
    "RawSheet",
    "ResultColumn",
    "ResultTable",
    "TALLY_COLUMNS",
    "TableError",
    "TableResult",
    "UNIT_COLUMNS",
    "as_table",
    "column_letter",
    "header_key",
    "read_associations",
    "read_figures",
    "read_sheet",
    "read_tallies",
    "read_units",
    "write_csv",
    "write_xlsx",
]
