"""Cột (columns): the headers real forms use, and how a header is matched to a field.

Each kind of table has a default column map: for every field, the Vietnamese headers forms use
for it (the first is the one written back), an English header, how its cells are read and whether
it is required.  A header matches when it is equal to one of them ignoring case, Unicode
composition (NFC/NFD), surrounding and repeated spaces, a trailing ``:`` or ``*``, and a trailing
note in parentheses (``"Số hội viên (người)"``).  A caller's own headers come first:
``columns={"Tên tổ chức": "name", "Mã số": None}`` (``None``: a column to ignore).

>>> header_key("  SỐ HỘI   VIÊN (người) :")
'số hội viên'
>>> [c.headers[0] for c in ASSOCIATION_COLUMNS][:4]
['Tên hội', 'Phạm vi hoạt động', 'Cấp', 'Loại hội']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

import attrs

from hoiquanchung.tables import _cells

__all__ = [
    "ASSOCIATION_COLUMNS",
    "Column",
    "FIGURE_COLUMNS",
    "IGNORED_HEADERS",
    "TALLY_COLUMNS",
    "UNIT_COLUMNS",
    "header_key",
]

_NOTE: Final = re.compile(r"\s*\([^()]*\)\Z")


def header_key(text: str) -> str:
    """The key a header is matched by: NFC, case-folded, spaces collapsed, a trailing ``:`` or
    ``*`` and a trailing parenthesised note dropped."""
    key = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    key = key.rstrip(":*").rstrip()
    stripped = _NOTE.sub("", key)
    return stripped.rstrip(":*").rstrip() if stripped else key


@attrs.frozen
class Column:
    """One column a table may have.

    ``field`` is the model field it fills (``"members"``) or, for the unit of an association,
    ``"unit_name"`` / ``"unit_code"``, and for its level ``"level"``; ``headers`` the Vietnamese
    headers accepted (the first is the one written); ``header_en`` the English header; ``read``
    the cell reader; ``required`` whether a table must have the column (and its cells a value).
    """

    field: str
    headers: tuple[str, ...]
    header_en: str
    read: Callable[[object], object] = attrs.field(repr=False)
    required: bool = False


def _c(
    field: str,
    headers: tuple[str, ...],
    header_en: str,
    read: Callable[[object], object],
    required: bool = False,
) -> Column:
    return Column(field, headers, header_en, read, required)


#: Columns of a list of associations (danh sách hội).  ``Phạm vi hoạt động`` or ``Cấp`` gives the
#: scope (one of them is required; when both are there they must agree).  ``Đơn vị hành chính``
#: and ``Mã đơn vị`` name the association's unit, looked up in the register.
ASSOCIATION_COLUMNS: Final = (
    _c(
        "name",
        ("Tên hội", "Tên tổ chức hội", "Tên tổ chức", "Tên hội quần chúng", "Tên"),
        "Name",
        _cells.read_text,
        required=True,
    ),
    _c(
        "scope",
        ("Phạm vi hoạt động", "Phạm vi"),
        "Scope of activity",
        _cells.read_scope,
    ),
    _c("level", ("Cấp", "Cấp hội", "Cấp hành chính"), "Level", _cells.read_level),
    _c(
        "category",
        ("Loại hội", "Loại", "Phân loại", "Phân loại hội"),
        "Category",
        _cells.read_category,
        required=True,
    ),
    _c(
        "members",
        ("Số hội viên", "Hội viên", "Số lượng hội viên", "Tổng số hội viên"),
        "Members",
        _cells.read_count,
    ),
    _c(
        "staff_assigned",
        ("Biên chế giao", "Biên chế được giao", "Số biên chế được giao", "Biên chế"),
        "Staff assigned",
        _cells.read_count,
    ),
    _c(
        "staff_working",
        ("Người làm việc", "Số người làm việc", "Số người làm việc thực tế"),
        "Staff working",
        _cells.read_count,
    ),
    _c(
        "founded_on",
        ("Ngày thành lập", "Ngày thành lập hội", "Ngày quyết định thành lập"),
        "Founded on",
        _cells.read_date,
    ),
    _c(
        "founding_members",
        ("Số hội viên khi thành lập", "Hội viên khi thành lập"),
        "Founding members",
        _cells.read_count,
    ),
    _c(
        "founding_provinces",
        ("Số tỉnh có hội viên sáng lập", "Số tỉnh khi thành lập"),
        "Founding provinces",
        _cells.read_count,
    ),
    _c("party_delegation", ("Đảng đoàn", "Có đảng đoàn"), "Party delegation", _cells.read_bool),
    _c(
        "special_nature",
        ("Hội đặc thù", "Tính chất đặc thù", "Hội có tính chất đặc thù"),
        "Special nature",
        _cells.read_bool,
    ),
    _c(
        "legal_type",
        ("Loại hình tổ chức", "Loại hình"),
        "Legal type",
        _cells.read_legal_type,
    ),
    _c(
        "congress_on",
        ("Ngày đại hội", "Đại hội gần nhất", "Ngày đại hội gần nhất"),
        "Congress on",
        _cells.read_date,
    ),
    _c(
        "term_years",
        ("Nhiệm kỳ", "Số năm nhiệm kỳ"),
        "Term (years)",
        _cells.read_positive,
    ),
    _c(
        "unit_name",
        ("Đơn vị hành chính", "Đơn vị", "Tên đơn vị hành chính", "Địa bàn"),
        "Administrative unit",
        _cells.read_text,
    ),
    _c(
        "unit_code",
        ("Mã đơn vị", "Mã đơn vị hành chính", "Mã ĐVHC", "Mã"),
        "Unit code",
        _cells.read_code,
    ),
)

#: Columns of a report's stated figures (số liệu báo cáo), one :class:`AssociationTally` a row.
TALLY_COLUMNS: Final = (
    _c("levels", ("Cấp", "Cấp hành chính"), "Levels", _cells.read_levels),
    _c("scopes", ("Phạm vi hoạt động", "Phạm vi"), "Scopes", _cells.read_scopes),
    _c("category", ("Loại hội", "Loại", "Phân loại"), "Category", _cells.read_category_or_all),
    _c(
        "count",
        ("Số hội", "Số lượng hội", "Số lượng", "Tổng số hội"),
        "Associations",
        _cells.read_count,
        required=True,
    ),
    _c("members", ("Số hội viên", "Hội viên", "Tổng số hội viên"), "Members", _cells.read_count),
    _c(
        "staff_assigned",
        ("Biên chế giao", "Biên chế được giao", "Biên chế"),
        "Staff assigned",
        _cells.read_count,
    ),
    _c(
        "staff_working", ("Người làm việc", "Số người làm việc"), "Staff working", _cells.read_count
    ),
    _c("source", ("Nguồn", "Nguồn số liệu"), "Source", _cells.read_text),
)

#: Columns of a report's figures (số liệu báo cáo), one :class:`StatedFigure` a row: the figure as
#: written or as a number cell, its unit of measure, where the report states it and a quote.
FIGURE_COLUMNS: Final = (
    _c(
        "value",
        ("Số liệu", "Giá trị", "Số liệu báo cáo", "Số tiền"),
        "Figure",
        _cells.read_figure,
        required=True,
    ),
    _c("unit", ("Đơn vị tính", "ĐVT", "Đơn vị đo"), "Unit", _cells.read_text),
    _c("path", ("Mục", "Mục báo cáo", "Phần"), "Section", _cells.read_text),
    _c("quote", ("Trích dẫn", "Nguyên văn"), "Quote", _cells.read_text),
)

#: Columns of a list of administrative units (danh mục đơn vị hành chính).
UNIT_COLUMNS: Final = (
    _c(
        "code",
        ("Mã đơn vị", "Mã đơn vị hành chính", "Mã ĐVHC", "Mã"),
        "Code",
        _cells.read_code,
        required=True,
    ),
    _c(
        "name",
        ("Tên đơn vị", "Tên đơn vị hành chính", "Đơn vị hành chính", "Tên"),
        "Name",
        _cells.read_text,
        required=True,
    ),
    _c(
        "type",
        ("Loại đơn vị", "Loại đơn vị hành chính", "Loại"),
        "Type",
        _cells.read_unit_type,
        required=True,
    ),
    _c(
        "parent_code",
        ("Mã đơn vị cấp trên", "Mã cấp trên", "Mã đơn vị trực thuộc"),
        "Parent code",
        _cells.read_code,
    ),
    _c("valid_from", ("Hiệu lực từ", "Từ ngày"), "Valid from", _cells.read_date),
    _c("valid_to", ("Hiệu lực đến", "Đến ngày"), "Valid to", _cells.read_date),
)

#: Headers of columns that are read past: row numbers and notes.
IGNORED_HEADERS: Final = ("STT", "TT", "Số TT", "Số thứ tự", "Ghi chú")
