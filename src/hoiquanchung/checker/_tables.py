"""Rule 6: the tables of a report (Word tables), their totals and their rates.

A table comes as a grid of cell texts, row by row, as a Word user sees it; a slot covered by a
merged cell whose text is in another slot is ``None``.  The rule checks only what the table
says of itself:

* the **total row**, labelled *Tổng*, *Tổng cộng*, *Cộng*, *Tổng số*, *Toàn tỉnh* ...
  (``hoiquanchung/data/table_words.toml``), against the part rows above it (when it is last)
  or below it (when it is first), column by column;
* the **total column**, headed the same way, against the other columns of its header group,
  row by row; before several breakdowns (*Tổng số | Nam | Nữ | Thành thị | Nông thôn*), against
  each group whose headers are the values of one complete dimension;
* a **numbered outline** under a total row (*TỔNG SỐ*, *I. Khu vực ...* over *1. Huyện ...*),
  or a total row first over unnumbered rows, when the numbers prove it: each of its sums is read
  as meant only when it adds up exactly (a non-zero total) in at least three columns and twice
  as many as it fails, and the columns where it fails are reported; so are **sub-totals**
  (*Cộng* after each group's rows, then *Tổng cộng* summing them);
* a **rate column** (*Tỷ lệ (%)*) against its count column, the column just left of it: as a
  share of the total row when the total row's rate is 100, or of a base column named in its
  header (*Tỷ lệ so với kế hoạch (%)* against the column *Kế hoạch*), through
  :func:`hoiquanchung.indicators.compare` at the precision written, when most rows bear that
  reading out (else the column is read another way: a completion rate, a growth as ``+5``).

Labels in two languages are read by their Vietnamese part (*TỔNG SỐ - TOTAL*, *Nam Male*); a
heading row over a block of rates or indices (*Tỷ lệ tăng - Growth rate (%)*) opens rows that
are never summed, up to the next heading row (a block of structure, *Cơ cấu*, is summed).

A false alarm costs more than a miss, so it stays quiet unless sure: header rows (no number but
years), a column-number row (*1, 2, 3 ...*), the STT and year columns, rate columns and columns of
averages or changes are never summed; a sum is checked only when every part and the total are
numbers of the same kind (same unit, exact, no *hơn*/*khoảng*); a blank, a text or a merged
slot among them silences that sum (``-``, ``–`` and ``—`` are read as 0); *trong đó* rows (a
row labelled *Trong đó:* and the bulleted rows under it, or a row labelled *trong đó ...*) are
components of the row above, never parts; a table with a total row with parts on both sides,
or sub-totals or part rows in two levels that the numbers do not prove (or a row that is, in
every column, the sum of the unnumbered rows just below or above it) has its columns left
alone.  A total before its parts often heads a list of characteristics (*Tổng số |
Nữ | Đảng viên*): a total column before its members is checked only when they are the values of
one dimension (*Nam*, *Nữ*), and a total row above its parts at once only when it is a whole
territory (*Toàn tỉnh*), or its parts are numbered or such values, else only when proven.
Columns of densities, averages, indices and growth are never summed.  Money columns (a header
with *đồng*, *triệu*, *tỷ* ...) and cells with decimals are compared within half a unit of the
last digit of every cell involved (rounded parts may not add up to their rounded total).

>>> rows = [
...     ["STT", "Đơn vị", "Nam", "Nữ", "Tổng cộng"],
...     ["1", "Hội A", "12", "30", "42"],
...     ["2", "Hội B", "20", "25", "45"],
...     ["", "Tổng cộng", "32", "55", "86"],
... ]
>>> [(f.code, f.facts["row"], f.facts["column"], f.facts["cell"]) for f in check_table(rows)]
[('table-total-mismatch', 4, 5, '86'), ('table-total-mismatch', 4, 5, '86')]
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import re
import tomllib
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from hoiquanchung._nfc import collapsed_text, stripped_text
from hoiquanchung.errors import HoiQuanChungError, ValidationError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, Verdict, compare
from hoiquanchung.indicators._text import decimal_of
from hoiquanchung.messages import Localized, error_text, fragment
from hoiquanchung.numbers import Bound, format_figure, parse_quantity
from hoiquanchung.numbers._vocabulary import dimension_labels

__all__ = ["CODES", "check_table"]

#: The finding codes of the table rule.
CODES: Final = ("table-total-mismatch", "table-rate-mismatch")

_DASHES: Final = frozenset({"-", "–", "—", "--"})
_BULLET = re.compile(r"^\s*(?:[-–—+*•·]|\.\.\.)\s*")
_ORDINAL = re.compile(r"^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/]\s*", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d\Z")
_MAX_TERMS: Final = 12


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    resource = importlib.resources.files("hoiquanchung") / "data" / "table_words.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return {
        key: tuple(_norm(word) for word in value)
        for key, value in data.items()
        if isinstance(value, list)
    }


def _norm(text: str) -> str:
    """Lower-case, NFC, spaces collapsed."""
    return collapsed_text(text).lower()


def _label_key(text: str) -> str:
    """A label without its leading ordinal or bullet and its trailing colon: ``'II. Cộng:'`` →
    ``'cộng'``."""
    key = _norm(text)
    key = _BULLET.sub("", key)
    key = _ORDINAL.sub("", key)
    return key.rstrip(" :.").strip()


def _readings(key: str) -> tuple[str, ...]:
    """A label and its Vietnamese part when it is bilingual: ``'tổng số - total'`` and
    ``'tổng số total'`` (two lines, read as one) also read ``'tổng số'``; the part dropped is
    written in plain ASCII (an English translation) and begins with a word of four letters or
    more (not an abbreviation: *Tổng số HV* is not bilingual), after ``' - '`` or after the
    last Vietnamese word.

    >>> _readings("tổng số - total")
    ('tổng số - total', 'tổng số')
    >>> _readings("nam male")
    ('nam male', 'nam')
    >>> _readings("huyện đà bắc"), _readings("tổng số hv")
    (('huyện đà bắc',), ('tổng số hv',))
    """
    out = [key]
    head, dash, tail = key.partition(" - ")
    if dash and head and _english(tail):
        out.append(head.strip())
    words = key.split(" ")
    for i in range(1, len(words)):
        if all(w.isascii() for w in words[i:]):
            if _english(" ".join(words[i:])):
                out.append(" ".join(words[:i]).rstrip(" -"))
            break
    return tuple(dict.fromkeys(w for w in out if w))


def _english(tail: str) -> bool:
    first = tail.strip().split(" ")[0].strip("().,:")
    return tail.isascii() and len(first) >= 4 and first.isalpha()


def _is_total(key: str) -> bool:
    """Whether *key* (a row label or a column header) names a total, in either language."""
    return any(reading in _words()["total_labels"] for reading in _readings(key))


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    return any(
        text == word or text.startswith(word + " ") or text.startswith(word + ":") for word in words
    )


@attrs.frozen
class _Cell:
    """One slot of the grid: its text as written and, when it is a number, its value."""

    text: str | None  # None: covered by a merged cell
    value: Decimal | None = None
    unit: str | None = None
    resolution: Decimal = Decimal(1)
    decimals: int = 0

    @property
    def number(self) -> bool:
        return self.value is not None

    @property
    def year(self) -> bool:
        return self.value is not None and self.text is not None and bool(_YEAR.match(self.text))

    @property
    def label(self) -> bool:
        return self.value is None and bool(self.text)


def _cell(raw: str | None) -> _Cell:
    if raw is None:
        return _Cell(None)
    text = stripped_text(raw)
    if text in _DASHES:
        return _Cell(text, Decimal(0))
    if not text or not any(ch.isdigit() for ch in text):
        return _Cell(text)
    try:
        q = parse_quantity(text)
    except HoiQuanChungError:
        return _Cell(text)
    if q.bound is not Bound.EXACT or q.value < 0:
        return _Cell(text)
    return _Cell(text, q.value, q.unit, q.resolution, q.decimals)


def _grid(rows: object) -> list[list[_Cell]]:
    if isinstance(rows, str) or not isinstance(rows, Sequence):
        raise ValidationError(error_text("table-rows-not-sequence"), field="rows")
    out: list[list[_Cell]] = []
    for r, row in enumerate(rows):
        if isinstance(row, str) or not isinstance(row, Sequence):
            raise ValidationError(
                error_text("table-row-not-sequence", row=r + 1, type=type(row).__name__),
                field="rows",
            )
        cells = []
        for c, raw in enumerate(row):
            if raw is not None and not isinstance(raw, str):
                raise ValidationError(
                    error_text(
                        "table-cell-not-text", row=r + 1, column=c + 1, type=type(raw).__name__
                    ),
                    field="rows",
                )
            cells.append(_cell(raw))
        out.append(cells)
    width = max((len(row) for row in out), default=0)
    for row in out:
        row.extend(_Cell("") for _ in range(width - len(row)))
    return out


def _numbering_row(row: list[_Cell]) -> bool:
    """A row numbering the columns (``A | B | 1 | 2 | 3``): consecutive integers, left to right."""
    values = [cell.value for cell in row if cell.value is not None and cell.text not in _DASHES]
    others = [cell.text for cell in row if cell.label]
    if len(values) < 2 or any(len(t or "") > 3 for t in others):
        return False
    return all(b == a + 1 for a, b in itertools.pairwise(values))


@attrs.frozen
class _Column:
    index: int
    path: tuple[str, ...]  # header texts, top to bottom (merged slots inherit from the left)
    own: str  # the lowest header text of the column
    group: tuple[str, ...]  # the header texts above its own
    kind: str  # "count", "rate", "skip", "label"


@attrs.frozen
class _Layout:
    header_end: int  # first row after the header
    columns: tuple[_Column, ...]
    kinds: tuple[str, ...]  # per row: "part", "sub", "total", "of-which", "skip"
    unsure: bool  # where the "trong đó" rows end is unknown
    blocks: frozenset[int] = frozenset()  # rows of blocks of rates (never summed), with headings


def _header_end(grid: list[list[_Cell]]) -> int:
    for r, row in enumerate(grid):
        if any(cell.number and not cell.year for cell in row) and not _numbering_row(row):
            return r
    return len(grid)


def _header_paths(grid: list[list[_Cell]], end: int, width: int) -> list[tuple[str, ...]]:
    """Each column's header texts, top to bottom.  A merged slot (``None``) takes the text above
    it (a vertical merge), or in the first header row the text on its left (a horizontal one)."""
    paths: list[list[str]] = [[] for _ in range(width)]
    for row in grid[:end]:
        if _numbering_row(row):
            continue
        left = ""
        for c, cell in enumerate(row):
            text = _norm(cell.text) if cell.text is not None else paths[c][-1] if paths[c] else left
            left = text
            paths[c].append(text)
    return [tuple(p) for p in paths]


def _column(index: int, path: tuple[str, ...], data: list[_Cell]) -> _Column:
    words = _words()
    texts = [t for t in path if t]
    own = texts[-1] if texts else ""
    first = path.index(own) if texts else 0
    group = tuple(t for t in path[:first] if t)
    header = " ".join(dict.fromkeys(texts))
    numbers = [cell for cell in data if cell.number and cell.text not in _DASHES]
    if (
        own in words["ordinal_headers"]
        or own in words["year_headers"]
        or (numbers and all(cell.year for cell in numbers))
    ):
        kind = "skip"
    elif _has_word(header, words["rate_words"]) or any(cell.unit == "%" for cell in numbers):
        kind = "rate"
    elif _has_word(header, words["not_additive_words"]) or any(
        _starts_with(text, words["of_which"]) for text in texts
    ):
        kind = "skip"
    elif not numbers:
        kind = "label"
    else:
        kind = "count"
    return _Column(index, path, own, group, kind)


def _row_kinds(grid: list[list[_Cell]], start: int) -> tuple[list[str], bool, frozenset[int]]:
    words = _words()
    kinds = ["skip"] * len(grid)
    in_block, block_start, unsure, skipping = False, False, False, False
    blocks: set[int] = set()
    for r in range(start, len(grid)):
        row = grid[r]
        if _numbering_row(row) or not any(cell.text for cell in row):
            continue
        raw = next((cell.text for cell in row if cell.label and cell.text), "")
        key = _label_key(raw)
        bulleted = bool(_BULLET.match(raw)) or raw[:1].isspace()
        has_numbers = any(cell.number for cell in row)
        heading = not has_numbers and bool(key) and sum(1 for cell in row if cell.text) == 1
        if heading and not _has_word(key, words["block_shares"]):
            # A heading row over a block of rates (growth, indices): never summed.
            skipping = _has_word(key, words["block_not_additive"])
        elif heading:
            skipping = False
        if skipping:
            blocks.add(r)
            continue
        if _is_total(key):
            kinds[r], in_block = "total", False
        elif _starts_with(key, words["of_which"]):
            kinds[r] = "sub" if has_numbers else "of-which"
            in_block, block_start = not has_numbers, not has_numbers
        elif in_block and bulleted:
            kinds[r], block_start = "sub", False
        else:
            if in_block and block_start:
                unsure = True  # "Trong đó:" followed by rows that do not say where they end
            in_block = False
            kinds[r] = "part" if has_numbers or key else "skip"
    return kinds, unsure, frozenset(blocks)


def _layout(grid: list[list[_Cell]]) -> _Layout:
    width = len(grid[0]) if grid else 0
    end = _header_end(grid)
    paths = _header_paths(grid, end, width)
    data = grid[end:]
    columns = tuple(_column(c, paths[c], [row[c] for row in data]) for c in range(width))
    # An unlabelled first numeric column numbering the rows 1, 2, 3 ... is the STT column.
    for column in columns:
        if column.kind == "label":
            continue
        if column.kind == "count":
            values = [row[column.index].value for row in data if row[column.index].number]
            if len(values) >= 2 and values == list(range(1, len(values) + 1)):
                columns = tuple(
                    attrs.evolve(c, kind="skip") if c.index == column.index else c for c in columns
                )
        break
    kinds, unsure, blocks = _row_kinds(grid, end)
    return _Layout(end, columns, tuple(kinds), unsure, blocks)


_STYLES: Final = (
    ("roman", re.compile(r"[ivxlc]+\b\.?|[ivx]*v[ivx]*\.", re.IGNORECASE)),
    ("dotted", re.compile(r"\d+(?:\.\d+)+\b\.?")),
    ("arabic", re.compile(r"\d+\b\.?")),
    ("letter", re.compile(r"[a-zđ][.)]", re.IGNORECASE)),
    ("bullet", re.compile(r"[-–—+*•·]")),
)


def _style(row: list[_Cell]) -> str:
    """How a row is numbered (``I.``, ``1``, ``1.1``, ``a)``, ``-``): by its first cell with text.

    Part rows numbered in two styles are two levels (*I. Cấp tỉnh* with *1. Hội A* under it), and
    their sum would count the lower level twice.
    """
    first = next((cell.text for cell in row if cell.text), "")
    for name, pattern in _STYLES:
        if pattern.match(first.strip()):
            return name
    return "none"


def _same_kind(cells: list[_Cell]) -> bool:
    units = {cell.unit for cell in cells if cell.text not in _DASHES}
    return all(cell.number for cell in cells) and len(units) <= 1


def _span(numbers: list[int]) -> str:
    if numbers == list(range(numbers[0], numbers[-1] + 1)) and len(numbers) > 2:
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(str(n) for n in numbers)


def _both(value: Decimal, unit: str | None = None) -> Localized:
    return Localized(format_figure(value, unit, lang="vi"), format_figure(value, unit, lang="en"))


def _terms(values: list[Decimal]) -> Localized:
    shown = values if len(values) <= _MAX_TERMS else values[: _MAX_TERMS - 1]
    tail = [] if len(values) <= _MAX_TERMS else ["…"]
    vi = " + ".join([format_figure(v, lang="vi") for v in shown] + tail)
    en = " + ".join([format_figure(v, lang="en") for v in shown] + tail)
    return Localized(vi, en)


def _written_sum(values: list[Decimal]) -> Decimal:
    digits = max((max(0, -int(v.as_tuple().exponent)) for v in values), default=0)
    return decimal_of(sum((Fraction(v) for v in values), Fraction(0)), digits)


@attrs.frozen
class _Place:
    """Which table of which file."""

    table: int
    file: str | None


@attrs.frozen
class _Sum:
    """One total against its parts: where the total is and where the parts are (0-based)."""

    total: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    along: str  # "column": parts are rows of the total's column; "row": columns of its row
    money: bool
    relation: int | None = None  # a structure read from the numbers: proven over its columns


def _check_sum(grid: list[list[_Cell]], s: _Sum, place: _Place) -> Finding | None:
    total = grid[s.total[0]][s.total[1]]
    parts = [grid[r][c] for r, c in s.parts]
    if not _same_kind([total, *parts]) or total.value is None:
        return None
    values = [cell.value for cell in parts if cell.value is not None]
    exact = sum((Fraction(v) for v in values), Fraction(0))
    gap = abs(exact - Fraction(total.value))
    involved = [total, *parts]
    if s.money or any(cell.decimals for cell in involved):
        slack = sum((Fraction(cell.resolution) / 2 for cell in involved), Fraction(0))
    else:
        slack = Fraction(0)
    if gap <= slack:
        return None
    row, column = s.total[0] + 1, s.total[1] + 1
    if s.along == "column":
        numbers = _span([r + 1 for r, _ in s.parts])
        where = Localized(
            f"các dòng {numbers} của cột {column}", f"rows {numbers} of column {column}"
        )
    else:
        numbers = _span([c + 1 for _, c in s.parts])
        where = Localized(f"các cột {numbers} của dòng {row}", f"columns {numbers} of row {row}")
    total_sum = _written_sum(values)
    return Finding.create(
        "table-total-mismatch",
        {
            "table": place.table,
            "row": row,
            "column": column,
            "cell": total.text or "",
            "stated": _both(total.value, total.unit),
            "parts": where,
            "sum": _both(total_sum, total.unit),
            "terms": _terms(values),
        },
        path=None,
        file=place.file,
        stated=total.text,
        computed=format_figure(total_sum, total.unit),
        stated_value=total.value,
        computed_value=total_sum,
    )


def _group_heads(values: list[Fraction]) -> set[tuple[int, str]]:
    """Rows *i* whose value (non-zero) is the sum of two or more rows just below it (``"below"``)
    or just above it (``"above"``); linear, with prefix sums (values are not negative)."""
    prefix = [Fraction(0)]
    for value in values:
        prefix.append(prefix[-1] + value)
    last: dict[Fraction, int] = {}
    first: dict[Fraction, int] = {}
    for k, total in enumerate(prefix):
        last[total] = k
        first.setdefault(total, k)
    heads: set[tuple[int, str]] = set()
    for i, head in enumerate(values):
        if not head:
            continue
        # rows i+1 .. j-1 (j a prefix index) sum to prefix[j] - prefix[i+1]
        if last.get(prefix[i + 1] + head, -1) >= i + 3:
            heads.add((i, "below"))
        # rows j .. i-1 sum to prefix[i] - prefix[j]
        if first.get(prefix[i] - head, len(prefix)) <= i - 2:
            heads.add((i, "above"))
    return heads


def _grouped(grid: list[list[_Cell]], rows: list[int], counts: list[_Column]) -> bool:
    """Whether some part row is, in every count column, the sum of the part rows just below it
    (or just above it): a group and its members, written without numbering (*Huyện A* over its
    communes).  Summing both would count the members twice."""
    common: set[tuple[int, str]] | None = None
    for column in counts:
        cells = [grid[r][column.index].value for r in rows]
        if any(v is None for v in cells):
            continue
        heads = _group_heads([Fraction(v or 0) for v in cells])  # exact, whatever the context
        common = heads if common is None else common & heads
        if not common:
            return False
    return bool(common)


def _row_label(row: list[_Cell]) -> str:
    return _label_key(next((cell.text for cell in row if cell.label and cell.text), ""))


@functools.cache
def _dimensions() -> tuple[frozenset[str], ...]:
    """The complete dimensions: ``partitions`` of ``table_words.toml`` and the sex and area
    labels of ``hoiquanchung/numbers/data/dimension_labels.toml``."""
    sets = [frozenset(values.split("|")) for values in _words()["partitions"]]
    sets += [frozenset(dimension_labels(name)) for name in ("sex", "area")]
    return tuple(dict.fromkeys(sets))


def _partition(labels: list[str]) -> bool:
    """Whether *labels* are the values of one dimension: sex, area, or administrative level;
    a bilingual label is read by its Vietnamese part (``'nam male'``, ``'nữ - female'``).

    >>> _partition(["nam male", "nữ female"]), _partition(["nam", "nữ", "đảng viên"])
    (True, False)
    """
    for values in _dimensions():
        matched = set()
        for label in labels:
            hits = [reading for reading in _readings(label) if reading in values]
            if not hits:
                break
            matched.add(hits[0])
        else:
            if matched == values and len(labels) == len(values):
                return True
    return len(labels) >= 2 and all(label.startswith("cấp ") for label in labels)


def _tree(grid: list[list[_Cell]], total: int, rows: list[int]) -> list[tuple[int, list[int]]]:
    """The parts of a total row as a numbered outline: (row, its direct parts) for the total
    and for every part with parts of its own.  Levels come from the numbering styles in the
    order they first appear (*I.* over *1.* over *a)*); no outline (``[]``) when numbered and
    unnumbered rows mix or a level is skipped.

    >>> grid = _grid([["", "A"], ["Tổng số", "9"], ["I. X", "5"], ["1. x", "5"], ["II. Y", "4"]])
    >>> _tree(grid, 1, [2, 3, 4])
    [(1, [2, 4]), (2, [3])]
    """
    styles = [_style(grid[r]) for r in rows]
    order = list(dict.fromkeys(styles))
    if "none" in order and len(order) > 1:
        return []
    levels = [order.index(style) for style in styles]
    if not levels or levels[0] != 0 or any(b > a + 1 for a, b in itertools.pairwise(levels)):
        return []
    out = [(total, [r for r, level in zip(rows, levels, strict=True) if level == 0])]
    for i, (r, level) in enumerate(zip(rows, levels, strict=True)):
        children = []
        for r2, level2 in zip(rows[i + 1 :], levels[i + 1 :], strict=True):
            if level2 <= level:
                break
            if level2 == level + 1:
                children.append(r2)
        if children:
            out.append((r, children))
    return out


def _down_columns(
    head: int,
    under: Sequence[int],
    counts: Sequence[_Column],
    money_words: tuple[str, ...],
    relation: int | None = None,
) -> Iterator[_Sum]:
    """In each count column, the row *head* against the rows *under* it."""
    for column in counts:
        yield _Sum(
            (head, column.index),
            tuple((r, column.index) for r in under),
            "column",
            _has_word(" ".join(column.path), money_words),
            relation=relation,
        )


def _sums(grid: list[list[_Cell]], layout: _Layout) -> Iterator[_Sum]:
    words = _words()
    counts = [c for c in layout.columns if c.kind == "count"]
    # Column by column, against the one total row.
    totals = [r for r, kind in enumerate(layout.kinds) if kind == "total"]
    parts = [r for r, kind in enumerate(layout.kinds) if kind == "part"]
    if len(totals) == 1 and not layout.unsure:
        t = totals[0]
        above, below = [r for r in parts if r < t], [r for r in parts if r > t]
        rows = above if not below else below if not above else []
        flat = len({_style(grid[r]) for r in rows}) == 1 and not _grouped(grid, rows, counts)
        if rows and rows[0] > t:
            # A total row above its parts may head a list of characteristics (Tổng số, then
            # Nữ, Đảng viên ...): the parts must be units (Toàn tỉnh ...), numbered rows or the
            # values of one dimension.
            label = _label_key(next((c.text for c in grid[t] if c.label and c.text), ""))
            flat = flat and (
                _starts_with(label, words["area_totals"])
                or _style(grid[rows[0]]) in ("roman", "arabic", "letter", "dotted")
                or _partition([_row_label(grid[r]) for r in rows])
            )
        span = range(min(t, *rows), max(t, *rows) + 1) if rows else range(0)
        if any(r in layout.blocks for r in span):
            rows = []  # a block of rates among the parts: its rows are not parts, nor left out
        if len(rows) >= 2 and flat:
            yield from _down_columns(t, rows, counts, words["money_words"])
        elif rows and (
            len({_style(grid[r]) for r in rows}) > 1 or not _grouped(grid, rows, counts)
        ):
            # Not sure from the labels (a total first over unnumbered rows, parts in levels):
            # the outline of the numbering is a structure that the numbers must prove.
            for n, (head, under) in enumerate(_tree(grid, t, rows)):
                yield from _down_columns(head, under, counts, words["money_words"], n)
    elif len(totals) >= 2 and not layout.unsure:
        for n, (head, under) in enumerate(_subtotals(grid, layout)):
            yield from _down_columns(head, under, counts, words["money_words"], n)
    # Row by row, against the one total column of a header group.
    total_columns = [c for c in counts if _is_total(c.own)]
    for tc in total_columns:
        same = [c for c in total_columns if c.group == tc.group]
        members = [
            c for c in counts if c.index != tc.index and c.group[: len(tc.group)] == tc.group
        ]
        if len(same) != 1 or len(members) < 2 or any(_is_total(c.own) for c in members):
            continue
        money = _has_word(" ".join(tc.path), words["money_words"])
        groups = list(dict.fromkeys(c.group for c in members))
        if len(groups) > 1:
            # A total column before several breakdowns (Tổng số | Nam | Nữ | Thành thị | Nông
            # thôn): each group of headers that are the values of one dimension adds up to it.
            for group in groups:
                breakdown = [c for c in members if c.group == group]
                if len(breakdown) >= 2 and _partition([c.own for c in breakdown]):
                    yield from _row_sums(layout, tc, breakdown, money)
            continue
        # A total column before its members lists characteristics (Tổng số | Nữ | Đảng viên)
        # unless the members are the values of one dimension (Nam | Nữ).
        if tc.index < max(c.index for c in members) and not _partition([c.own for c in members]):
            continue
        yield from _row_sums(layout, tc, members, money)


def _subtotals(grid: list[list[_Cell]], layout: _Layout) -> list[tuple[int, list[int]]]:
    """Several total rows, each after its parts (*Cộng* under each group): each sums the part
    rows since the total row before it; a last total row right after another total sums the
    total rows before it (*Tổng cộng*).  Nothing (``[]``) when a part row follows the last
    total, a total but the last has no parts of its own, or a group's rows mix numbering styles.

    >>> rows = [["", "A"], ["Hội A", "1"], ["Hội B", "2"], ["Cộng", "3"], ["Hội C", "4"],
    ...         ["Cộng", "4"], ["Tổng cộng", "7"]]
    >>> grid = _grid(rows)
    >>> _subtotals(grid, _layout(grid))
    [(3, [1, 2]), (5, [4]), (6, [3, 5])]
    """
    out: list[tuple[int, list[int]]] = []
    segment: list[int] = []
    heads: list[int] = []
    for r, kind in enumerate(layout.kinds):
        if kind == "part":
            segment.append(r)
        elif kind == "total":
            if segment:
                if len({_style(grid[p]) for p in segment}) != 1:
                    return []
                out.append((r, segment))
                heads.append(r)
            elif r == max(i for i, k in enumerate(layout.kinds) if k == "total") and len(heads) > 1:
                out.append((r, heads))
            else:
                return []
            segment = []
    return [] if segment else out


def _row_sums(
    layout: _Layout, total: _Column, members: list[_Column], money: bool
) -> Iterator[_Sum]:
    for r, kind in enumerate(layout.kinds):
        if kind in ("part", "sub", "total"):
            yield _Sum((r, total.index), tuple((r, c.index) for c in members), "row", money)


def _rate_pairs(layout: _Layout) -> Iterator[tuple[_Column, _Column, _Column | None]]:
    """(rate column, count column, base column or None for a share of the total row)."""
    words = _words()
    by_index = {c.index: c for c in layout.columns}
    for rate in (c for c in layout.columns if c.kind == "rate"):
        header = " ".join(dict.fromkeys(t for t in rate.path if t))
        base: _Column | None = None
        for marker in words["base_markers"]:
            at = header.find(marker)
            if at < 0:
                continue
            named = header[at + len(marker) :]
            found = [
                c
                for c in layout.columns
                if c.kind == "count"
                and len(c.own) >= 3
                and c.own in named
                and c.index != rate.index
            ]
            if len(found) == 1:
                base = found[0]
        left = by_index.get(rate.index - 1)
        if left is None or left.kind != "count" or (base is not None and left.index == base.index):
            continue
        yield rate, left, base


def _check_rates(grid: list[list[_Cell]], layout: _Layout, place: _Place) -> Iterator[Finding]:
    totals = [r for r, kind in enumerate(layout.kinds) if kind == "total"]
    for rate, count, base in _rate_pairs(layout):
        if base is None:
            if len(totals) != 1:
                continue
            t = totals[0]
            share_mark = grid[t][rate.index]
            if share_mark.value != 100 or grid[t][count.index].value in (None, 0):
                continue
            rows = [(r, t) for r, kind in enumerate(layout.kinds) if kind == "part"]
        else:
            rows = [
                (r, r) for r, kind in enumerate(layout.kinds) if kind in ("part", "sub", "total")
            ]
        found, agree = [], 0
        for r, b in rows:
            stated, part = grid[r][rate.index], grid[r][count.index]
            whole = grid[b][base.index if base is not None else count.index]
            if stated.value is None or part.value is None or not whole.value:
                continue
            if part.unit != whole.unit or stated.unit not in (None, "%") or stated.text in _DASHES:
                continue
            figure = StatedFigure(stated.value, resolution=stated.resolution, unit="%")
            try:
                comparison = compare(figure, Rate(part.value, whole.value))
            except HoiQuanChungError:
                continue
            if comparison.verdict is not Verdict.INCONSISTENT:
                agree += 1
                continue
            row, column = r + 1, rate.index + 1
            computed = Localized(
                f"{format_figure(part.value, lang='vi')}/{format_figure(whole.value, lang='vi')}"
                f" = {format_figure(comparison.expected, '%', lang='vi')}",
                f"{format_figure(part.value, lang='en')}/{format_figure(whole.value, lang='en')}"
                f" = {format_figure(comparison.expected, '%', lang='en')}",
            )
            found.append(
                Finding.create(
                    "table-rate-mismatch",
                    {
                        "table": place.table,
                        "row": row,
                        "column": column,
                        "cell": stated.text or "",
                        "stated": _both(figure.value, "%"),
                        "computed": computed,
                        "difference": _both(comparison.difference),
                    },
                    path=None,
                    file=place.file,
                    stated=stated.text,
                    computed=computed.vi,
                    stated_value=figure.value,
                    computed_value=comparison.expected,
                )
            )
        # The count is read off the column on the left of the rate: only when most rows bear
        # that reading out is a row that does not a mistake rather than another reading (a
        # completion rate, a growth written as +5 % rather than 105 %).
        if agree >= 1 and agree >= len(found):
            yield from found


def check_table(
    rows: Sequence[Sequence[str | None]], *, file: str | None = None, table: int | None = None
) -> list[Finding]:
    """Check one table given as rows of cell texts; findings name table, row and column.

    *rows* are the table's rows as a Word user sees them, each a sequence of cell texts; a slot
    covered by a merged cell whose text is in another slot is ``None`` (rows may be ragged).
    *table* is the table's number in the document (1-based, default 1) and *file* labels the
    findings.  Codes: ``table-total-mismatch`` (a total row or column that its parts do not add
    up to) and ``table-rate-mismatch`` (a rate column that its count and base do not give).
    Rows and columns in findings (``facts["row"]``, ``facts["column"]``) are 1-based.

    >>> rows = [
    ...     ["Đơn vị", "Số hội viên", "Tỷ lệ (%)"],
    ...     ["Huyện A", "412", "63,88"],
    ...     ["Huyện B", "233", "35,12"],
    ...     ["Toàn tỉnh", "645", "100"],
    ... ]
    >>> [f] = check_table(rows, table=2)
    >>> print(f.message("en"))
    Table 2, row 3, column 3: the rate '35,12' does not match: 233/645 = 36.12%, the table states
    35.12% (difference -1.00)
    >>> rows[2][2] = "36,12"
    >>> check_table(rows, table=2)
    []
    """
    if table is not None and (isinstance(table, bool) or not isinstance(table, int) or table < 1):
        raise ValidationError(error_text("table-number-positive", shown=repr(table)), field="table")
    if file is not None and not isinstance(file, str):
        raise ValidationError(
            error_text(
                "expected-type", expected=fragment("a-str-or-none"), type=type(file).__name__
            ),
            field="file",
        )
    grid = _grid(rows)
    if not grid or not grid[0]:
        return []
    number = 1 if table is None else table
    place = _Place(number, file)
    layout = _layout(grid)
    found: list[Finding] = []
    proofs: dict[int, tuple[list[int], list[Finding]]] = {}
    for s in _sums(grid, layout):
        finding = _check_sum(grid, s, place)
        if s.relation is None:
            found.extend([finding] if finding is not None else [])
            continue
        agree, misses = proofs.setdefault(s.relation, ([0], []))
        if finding is not None:
            misses.append(finding)
        elif grid[s.total[0]][s.total[1]].value and _same_kind(
            [grid[r][c] for r, c in (s.total, *s.parts)]
        ):
            agree[0] += 1  # the structure adds up exactly in this column (a non-zero total)
    for (agree_count,), misses in proofs.values():
        # Proven: it adds up in at least three columns, twice as many as it does not.
        if agree_count >= max(3, 2 * len(misses)):
            found.extend(misses)
    found.extend(_check_rates(grid, layout, place))
    return sorted(found, key=_order)


def _order(finding: Finding) -> tuple[int, int, str]:
    return (int(str(finding.facts["row"])), int(str(finding.facts["column"])), finding.code)
