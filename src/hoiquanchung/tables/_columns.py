"""Cột (columns): the headers real forms use, and how a header is matched to a field.

Each kind of table has a default column map, kept as data in ``tables/data/columns.toml`` (with
its source): for every field, the Vietnamese headers forms use
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

import importlib.resources
import re
import tomllib
from collections.abc import Callable
from typing import Any, Final

import attrs

from hoiquanchung._catalogue import error_text
from hoiquanchung._nfc import match_key
from hoiquanchung.errors import DataFileError
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
    key = match_key(text)
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


_DATA: Final = "columns.toml"
_KEYS: Final = frozenset({"field", "headers", "en", "read", "required"})
#: The cell readers a column of the data file may name.
_READERS: Final[dict[str, Callable[[object], object]]] = {
    name: getattr(_cells, name) for name in dir(_cells) if name.startswith("read_")
}


def _texts(value: object) -> tuple[str, ...] | None:
    """*value* as a non-empty tuple of texts, or ``None``."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        return None
    return tuple(value)


def _column(table: str, index: int, entry: object) -> Column:
    """The *index*-th (from 1) column of *table* in the data file."""
    if isinstance(entry, dict) and set(entry) <= _KEYS:
        field, en, required = entry.get("field"), entry.get("en"), entry.get("required", False)
        headers, read = _texts(entry.get("headers")), _READERS.get(str(entry.get("read")))
        if (
            isinstance(field, str)
            and isinstance(en, str)
            and headers is not None
            and read is not None
            and type(required) is bool
        ):
            return Column(field, headers, en, read, required)
    raise DataFileError(error_text("table-columns-bad-entry", file=_DATA, table=table, index=index))


def _load(table: str) -> tuple[Column, ...]:
    """The columns of *table* (``associations``, ``tallies``, ``figures``, ``units``)."""
    entries = _DATA_TABLES.get(table)
    if not isinstance(entries, list) or not entries:
        raise DataFileError(error_text("table-columns-bad-entry", file=_DATA, table=table, index=1))
    return tuple(_column(table, i, entry) for i, entry in enumerate(entries, start=1))


_DATA_TABLES: Final[dict[str, Any]] = tomllib.loads(
    (importlib.resources.files("hoiquanchung.tables") / "data" / _DATA).read_text("utf-8")
)

#: Columns of a list of associations (danh sách hội).  ``Phạm vi hoạt động`` or ``Cấp`` gives the
#: scope (one of them is required; when both are there they must agree).  ``Đơn vị hành chính``
#: and ``Mã đơn vị`` name the association's unit, looked up in the register.
ASSOCIATION_COLUMNS: Final = _load("associations")

#: Columns of a report's stated figures (số liệu báo cáo), one :class:`AssociationTally` a row.
TALLY_COLUMNS: Final = _load("tallies")

#: Columns of a report's figures (số liệu báo cáo), one :class:`StatedFigure` a row: the figure as
#: written or as a number cell, its unit of measure, where the report states it and a quote.
FIGURE_COLUMNS: Final = _load("figures")

#: Columns of a list of administrative units (danh mục đơn vị hành chính).
UNIT_COLUMNS: Final = _load("units")

#: Headers of columns that are read past: row numbers and notes.
IGNORED_HEADERS: Final = _texts(_DATA_TABLES.get("ignored", {}).get("headers")) or ()
