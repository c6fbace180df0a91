"""Dòng tiêu đề (the header): where it is, what each column means, merged header cells.

The header row is the row among the first 30 that matches most known headers (or the row the
caller gives).  A merged cell that starts on it and goes down makes the header several rows high:
a group header (``Số lượng`` over ``Hội viên`` and ``Biên chế``) names the columns under it, and
a column's header is its own text joined under its group's.  A merged cell that is wide in the
last header row names its first column only; the others are its continuation, columns without a
header, whose cells must be empty.  Unknown, duplicate and missing required columns are all
reported in one :class:`~hoiquanchung.tables.TableError` before any row is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from hoiquanchung._catalogue import Localized, error_text, localized
from hoiquanchung.errors import ValidationError
from hoiquanchung.tables._columns import IGNORED_HEADERS, Column, header_key
from hoiquanchung.tables._problems import (
    CellProblem,
    Place,
    TableError,
    cell_text,
    column_letter,
    is_blank,
)
from hoiquanchung.tables._source import RawSheet

__all__ = ["HEADER_SEARCH_ROWS", "Header", "Layout", "read_layout"]

#: How many rows from the top are searched for the header row.
HEADER_SEARCH_ROWS: Final = 30


@attrs.frozen
class Header:
    """The header found: its first and last row (0-based), each column's header text as written
    (merged cells spread) and the texts to match it by, best first (empty: no header)."""

    first_row: int  # 0-based
    last_row: int  # 0-based, the last row of a header split by merged cells
    texts: tuple[str, ...]  # per column, as written (merged cells spread)
    candidates: tuple[tuple[str, ...], ...]  # per column, texts to match, best first


def _spread_merged(raw: RawSheet, first: int, last: int) -> list[list[str]]:
    width = max((len(raw.rows[r]) for r in range(first, last + 1)), default=0)
    grid = [
        [_header_text(raw.rows[r][c]) if c < len(raw.rows[r]) else "" for c in range(width)]
        for r in range(first, last + 1)
    ]
    for r0, c0, r1, c1 in raw.merged:
        if r1 < first or r0 > last:
            continue
        top = raw.rows[r0][c0] if r0 < len(raw.rows) and c0 < len(raw.rows[r0]) else ""
        text = _header_text(top)
        for r in range(max(r0, first), min(r1, last) + 1):
            for c in range(c0, min(c1 + 1, width)):
                grid[r - first][c] = text
    return grid


def _continuations(raw: RawSheet, last: int) -> set[int]:
    """Columns whose last header row is covered by a merged cell that starts in a column to
    their left: a wide cell's continuation, not a column of its own (a group header's
    sub-columns have their own cells in the last header row)."""
    out: set[int] = set()
    for r0, c0, r1, c1 in raw.merged:
        if r0 <= last <= r1:
            out.update(range(c0 + 1, c1 + 1))
    return out


def _header_text(value: object) -> str:
    if value is None:
        return ""
    return " ".join(cell_text(value).split())


def _header_at(raw: RawSheet, first: int) -> Header:
    last = first
    for r0, _c0, r1, _c1 in raw.merged:
        if r0 == first and r1 > last:
            last = r1
    grid = _spread_merged(raw, first, last)
    width = len(grid[0]) if grid else 0
    texts: list[str] = []
    candidates: list[tuple[str, ...]] = []
    continuations = _continuations(raw, last)
    for c in range(width):
        if c in continuations:
            texts.append("")
            candidates.append(())
            continue
        column = [grid[r][c] for r in range(len(grid))]
        distinct: list[str] = []
        for text in column:
            if text and text not in distinct:
                distinct.append(text)
        if not distinct:
            texts.append("")
            candidates.append(())
            continue
        joined = " ".join(distinct)
        texts.append(distinct[-1] if len(distinct) == 1 else joined)
        candidates.append(tuple(dict.fromkeys((distinct[-1], joined))))
    return Header(first, last, tuple(texts), tuple(candidates))


class _Matcher:
    def __init__(
        self, spec: Sequence[Column], overrides: Mapping[str, str | None] | None, place: Place
    ) -> None:
        self.spec = {c.field: c for c in spec}
        self.keys: dict[str, Column | None] = {}
        for column in spec:
            for h in column.headers:
                self.keys.setdefault(header_key(h), column)
        for h in IGNORED_HEADERS:
            self.keys.setdefault(header_key(h), None)
        if overrides is not None:
            if not isinstance(overrides, Mapping):
                raise ValidationError(error_text("table-columns-not-mapping"), field="columns")
            for header, field in overrides.items():
                if not isinstance(header, str) or (field is not None and field not in self.spec):
                    known = ", ".join(sorted(self.spec))
                    raise ValidationError(
                        error_text(
                            "table-columns-bad-field",
                            header=repr(header),
                            field=repr(field),
                            known=known,
                        ),
                        field="columns",
                    )
                self.keys[header_key(header)] = None if field is None else self.spec[field]

    def match(self, candidates: tuple[str, ...]) -> tuple[bool, Column | None]:
        """``(known, column)``: whether a header is known, and its column (None: ignored)."""
        for text in candidates:
            key = header_key(text)
            if key in self.keys:
                return True, self.keys[key]
        return False, None

    def score(self, raw_row: list[Any]) -> int:
        return sum(
            1
            for value in raw_row
            if not is_blank(value) and self.keys.get(header_key(_header_text(value))) is not None
        )


def _locate_header(raw: RawSheet, matcher: _Matcher, header_row: int | None, place: Place) -> int:
    if header_row is not None:
        if type(header_row) is not int or header_row < 1:
            raise ValidationError(
                error_text("table-header-row-number", shown=repr(header_row)), field="header_row"
            )
        if header_row > len(raw.rows):
            raise TableError(
                (
                    place.problem(
                        localized(
                            "table-header-row-past-end",
                            {"row": header_row, "rows": len(raw.rows)},
                            kind="error",
                        )
                    ),
                )
            )
        return header_row - 1
    best, best_score = -1, 0
    for r in range(min(HEADER_SEARCH_ROWS, len(raw.rows))):
        score = matcher.score(raw.rows[r])
        if score > best_score:
            best, best_score = r, score
    if best < 0:
        wanted = ", ".join(c.headers[0] for c in matcher.spec.values() if c.required)
        raise TableError(
            (
                place.problem(
                    localized(
                        "table-no-header-row",
                        {"searched": HEADER_SEARCH_ROWS, "wanted": wanted},
                        kind="error",
                    )
                ),
            )
        )
    return best


@attrs.frozen
class Layout:
    """What the header says: the columns used as ``(index, column, header text)`` and the columns
    without a header (their cells must be empty)."""

    header: Header
    used: tuple[tuple[int, Column, str], ...]  # (column index, column, header text)
    unnamed: tuple[int, ...]  # columns without a header: their cells must be empty


def read_layout(
    raw: RawSheet,
    spec: Sequence[Column],
    overrides: Mapping[str, str | None] | None,
    header_row: int | None,
    place: Place,
    one_of: Iterable[tuple[str, ...]] = (),
) -> Layout:
    """Find the header of *raw* and match its columns to *spec* (and the caller's *overrides*);
    *one_of* lists groups of fields of which one at least is required.  Every header problem is
    raised at once, in one :class:`~hoiquanchung.tables.TableError`."""
    matcher = _Matcher(spec, overrides, place)
    first = _locate_header(raw, matcher, header_row, place)
    header = _header_at(raw, first)
    problems: list[CellProblem] = []
    used: list[tuple[int, Column, str]] = []
    unnamed: list[int] = []
    seen: dict[str, tuple[int, str]] = {}
    for c, (text, candidates) in enumerate(zip(header.texts, header.candidates, strict=True)):
        if not candidates:
            unnamed.append(c)
            continue
        known, column = matcher.match(candidates)
        if not known:
            problems.append(
                place.problem(
                    localized("table-unknown-column", kind="error"),
                    row=first + 1,
                    column=c,
                    header=text,
                )
            )
            continue
        if column is None:
            continue
        if column.field in seen:
            other, other_text = seen[column.field]
            problems.append(
                place.problem(
                    localized(
                        "table-duplicate-column",
                        {
                            "other": column_letter(other),
                            "other_text": other_text,
                            "header": Localized(column.headers[0], column.header_en),
                        },
                        kind="error",
                    ),
                    row=first + 1,
                    column=c,
                    header=text,
                )
            )
            continue
        seen[column.field] = (c, text)
        used.append((c, column, text))
    missing = [col for col in spec if col.required and col.field not in seen]
    for group in one_of:
        if not any(f in seen for f in group):
            missing.append(matcher.spec[group[0]])
    if missing:
        names_vi = "; ".join(
            " hoặc ".join(
                repr(h) for f in _group_of(col.field, one_of) for h in matcher.spec[f].headers[:2]
            )
            for col in missing
        )
        names_en = ", ".join(
            " or ".join(matcher.spec[f].header_en for f in _group_of(col.field, one_of))
            for col in missing
        )
        problems.append(
            place.problem(
                localized(
                    "table-missing-columns",
                    {"names": Localized(names_vi, names_en)},
                    kind="error",
                ),
                row=first + 1,
            )
        )
    if problems:
        raise TableError(tuple(problems))
    return Layout(header, tuple(used), tuple(unnamed))


def _group_of(field: str, one_of: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    for group in one_of:
        if field in group:
            return group
    return (field,)
