"""Lỗi trong bảng (problems in a table): each located as the user sees it in the spreadsheet.

A :class:`CellProblem` names the file, the sheet, the Excel row number (1-based, the header rows
counted), the column letter and its header, the cell's text, and says what is wrong in Vietnamese
and English.  Every problem found in one file is collected into one :class:`TableError`.

>>> p = CellProblem(file="ds.xlsx", sheet="Hội", row=7, column="D", header="Số hội viên",
...                 text="120,5", message_vi="số hội viên phải là số nguyên",
...                 message_en="a count must be a whole number")
>>> p.render("vi")
"ds.xlsx, trang 'Hội', dòng 7, cột D (Số hội viên), ô '120,5': số hội viên phải là số nguyên"
>>> p.render("en")
"ds.xlsx, sheet 'Hội', row 7, column D (Số hội viên), cell '120,5': a count must be a whole number"
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from hoiquanchung._catalogue import ErrorText, Localized, error_text, fragment
from hoiquanchung.errors import LoadError, ValidationError
from hoiquanchung.tables._cells import MISSING

__all__ = ["CellProblem", "TableError", "column_letter"]

Language = Literal["vi", "en"]


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column *index*: 0 → ``A``, 26 → ``AA``.

    >>> column_letter(0), column_letter(25), column_letter(26), column_letter(701)
    ('A', 'Z', 'AA', 'ZZ')
    """
    letters = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("A") + r) + letters
    return letters


@attrs.frozen(kw_only=True)
class CellProblem:
    """One problem in a table, where the user sees it.

    ``row`` is the Excel row number (1-based, header rows counted; for a CSV file the record
    number, as a spreadsheet program shows it); ``column`` the letter (``"D"``) and ``header`` the
    header text as written.  Any of ``sheet``, ``row``, ``column``, ``header`` and ``text`` is
    ``None`` when the problem is not about one (a missing column has no row).
    """

    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    header: str | None = None
    text: str | None = None
    message_vi: str
    message_en: str

    def location(self, lang: Language = "vi") -> str:
        """Where the problem is: ``"ds.xlsx, sheet 'Hội', row 7, column D (Số hội viên)"``."""
        parts = [self.file]
        if self.sheet is not None:
            parts.append(fragment("table-location-sheet", sheet=self.sheet).text(lang))
        if self.row is not None:
            parts.append(fragment("table-location-row", row=self.row).text(lang))
        if self.column is not None:
            head = f" ({self.header})" if self.header else ""
            parts.append(
                fragment("table-location-column", column=self.column, header=head).text(lang)
            )
        elif self.header is not None:
            parts.append(fragment("table-location-header", header=self.header).text(lang))
        if self.text is not None:
            shown = self.text if len(self.text) <= 60 else self.text[:59] + "…"
            parts.append(fragment("table-location-cell", text=shown).text(lang))
        return ", ".join(parts)

    def message(self, lang: Language = "vi") -> str:
        """What is wrong, in Vietnamese (``"vi"``) or English (``"en"``)."""
        return self.message_vi if lang == "vi" else self.message_en

    def render(self, lang: Language = "vi") -> str:
        """``location: message`` in the language *lang*."""
        return f"{self.location(lang)}: {self.message(lang)}"


class TableError(LoadError):
    """Bảng có lỗi: every problem found in one table, each a :class:`CellProblem`.

    ``problems`` lists them in the order of the sheet; ``errors`` (as for every
    :class:`~hoiquanchung.errors.LoadError`) gives the same as ``(location, message)`` pairs in
    English.  ``rows_read``, ``rows_skipped`` (blank) and ``rows_refused`` count the data rows
    (all 0 when the file or its header could not be read).
    """

    def __init__(
        self,
        problems: tuple[CellProblem, ...],
        *,
        rows_read: int = 0,
        rows_skipped: int = 0,
        rows_refused: int = 0,
    ) -> None:
        if not problems:
            raise ValidationError(error_text("table-error-without-problems"), field="problems")
        self.problems = tuple(problems)
        self.rows_read = rows_read
        self.rows_skipped = rows_skipped
        self.rows_refused = rows_refused
        n = len(self.problems)
        first = self.problems[0]
        head = error_text(
            "table-problems",
            problems=fragment("table-n-problems", count=n)
            if n > 1
            else fragment("table-one-problem"),
            first=Localized(first.render("vi"), first.render("en")),
            more=fragment("table-and-more", count=n - 1) if n > 1 else Localized("", ""),
        )
        super().__init__(
            head,
            path=self.problems[0].location("en"),
            errors=tuple((p.location("en"), p.message_en) for p in self.problems),
        )

    def __str__(self) -> str:
        return self.message

    def render(self, lang: Language = "vi") -> str:
        """Every problem on its own line, then the counts, in the language *lang*."""
        lines = [p.render(lang) for p in self.problems]
        if self.rows_read or self.rows_skipped or self.rows_refused:
            counted = fragment(
                "table-rows-counted",
                read=self.rows_read,
                skipped=self.rows_skipped,
                refused=self.rows_refused,
            )
            lines.append(counted.text(lang))
        return "\n".join(lines)


# --- building located problems (for the readers) ---------------------------------------------


def cell_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def is_blank(value: object) -> bool:
    return value is None or (type(value) is str and not value.strip())


class Place:
    """Where the table is: builds located problems."""

    def __init__(self, file: str, sheet: str | None) -> None:
        self.file = file
        self.sheet = sheet

    def problem(
        self,
        message: Localized,
        *,
        row: int | None = None,
        column: int | None = None,
        header: str | None = None,
        value: object = MISSING,
    ) -> CellProblem:
        return CellProblem(
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=None if column is None else column_letter(column),
            header=header,
            text=None if value is MISSING else cell_text(value),
            message_vi=message.vi,
            message_en=message.en,
        )


class RowProblemError(Exception):
    """A row that cannot be built, about *field*: *message* from the catalogue
    (:func:`~hoiquanchung.messages.error_text`), kept in both languages with its ``code``."""

    def __init__(self, message: ErrorText, /, *, field: str | None) -> None:
        self.message = Localized(message.text("vi"), message.text("en"))
        self.code = message.code
        super().__init__(self.message.en)
        self.field = field
