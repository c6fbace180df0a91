"""The Word-table part of the measuring corpus: real tables, their sums, one-cell mutations.

``tests/corpus/tables/*.toml`` hold real statistical tables of provincial bodies, copied cell by
cell from public web pages (the format is described in each file's header).  This module loads
them, verifies their hand-checked ``sums`` (so the annotation is arithmetic, not trust), builds
a ``.docx`` of a table (the smallest WordprocessingML package, with the standard library: merged
slots as ``w:gridSpan``), derives the one-cell mutations (a digit of a total
or of a part changed; seeded, committed in ``tables_mutations.jsonl``) and measures the
checker: false alarms on the real tables, and the mutations whose ``.docx`` raises one more
``table-*`` finding.

>>> check_sum([["", "A"], ["Tổng", "5"], ["x", "2"], ["y", "3"]], "rows 2 = 3 + 4 @ 2-2")
True
"""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from corpus_files import (
    Entry,
    MutationScore,
    digest,
    frozen,
    mutate_digit,
    read_jsonl,
    toml_entries,
    write_jsonl,
)
from docx_builder import word_document  # beside this file (run as a script or imported)

from hoiquanchung.checker import check_file
from hoiquanchung.findings import Finding, Severity

HERE = Path(__file__).resolve().parent
TABLES_DIR = HERE / "tables"
MUTATIONS_FILE = HERE / "tables_mutations.jsonl"
MERGED = "<>"
CODES = frozenset({"table-total-mismatch", "table-rate-mismatch"})
_MAX_PER_SUM = 3
_SUM = re.compile(r"(rows|cols)\s+(\d+)\s*=\s*([\d\s+]+?)\s*@\s*(\d+)-(\d+)")


@dataclass(frozen=True)
class Table(Entry):
    """One real table and its truth."""

    title: str
    rows: tuple[tuple[str, ...], ...]
    sums: tuple[str, ...] = ()
    inconsistent: tuple[dict[str, str], ...] = ()
    note: str = ""

    def grid(self) -> list[list[str | None]]:
        """The rows as :func:`~hoiquanchung.checker.check_table` takes them."""
        return [[None if c == MERGED else c for c in row] for row in self.rows]


@dataclass(frozen=True)
class CellMutation:
    """A variant of a table that changes exactly one digit of one cell (1-based row, column)."""

    table: str
    row: int
    column: int
    old: str
    new: str
    relation: str

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)

    def apply(self, table: Table) -> Table:
        rows = [list(r) for r in table.rows]
        assert rows[self.row - 1][self.column - 1] == self.old, (self.table, self.row)
        rows[self.row - 1][self.column - 1] = self.new
        return Table(table.id, table.url, table.province, table.title, tuple(map(tuple, rows)))


def load(directory: Path = TABLES_DIR) -> list[Table]:
    """Every corpus table, in file then entry order."""
    return [Table(**frozen(entry)) for _, entry in toml_entries(directory.glob("*.toml"), "table")]


def value(cell: str) -> Decimal:
    """A cell's number: ``.`` groups thousands, ``,`` marks decimals, ``-`` is 0."""
    cell = cell.strip()
    if cell in ("-", "–", "—"):
        return Decimal(0)
    if "," in cell:
        whole, _, frac = cell.rpartition(",")
        return Decimal(whole.replace(".", "") + "." + frac)
    return Decimal(cell.replace(".", ""))


def _resolution(cell: str) -> Decimal:
    cell = cell.strip()
    return Decimal(1).scaleb(-len(cell.rpartition(",")[2])) if "," in cell else Decimal(1)


@dataclass(frozen=True)
class Sum:
    """``rows T = P1 + ... @ a-b`` or ``cols T = P1 + ... @ a-b``."""

    by_rows: bool
    total: int
    parts: tuple[int, ...]
    first: int
    last: int

    def cells(self, k: int) -> tuple[tuple[int, int], list[tuple[int, int]]]:
        """(total cell, part cells) at position *k* of the range (row, column; 1-based)."""
        if self.by_rows:
            return (self.total, k), [(p, k) for p in self.parts]
        return (k, self.total), [(k, p) for p in self.parts]


def parse_sum(spec: str) -> Sum:
    m = _SUM.fullmatch(spec.strip())
    if m is None:
        raise ValueError(f"not a table sum: {spec!r}")
    parts = tuple(int(p) for p in m.group(3).split("+"))
    return Sum(m.group(1) == "rows", int(m.group(2)), parts, int(m.group(4)), int(m.group(5)))


def check_sum(rows: Sequence[Sequence[str | None]], spec: str) -> bool:
    """Whether the sum *spec* holds in *rows*, within the rounding of the cells' decimals."""
    s = parse_sum(spec)
    for k in range(s.first, s.last + 1):
        (tr, tc), parts = s.cells(k)
        cells = [rows[tr - 1][tc - 1], *(rows[r - 1][c - 1] for r, c in parts)]
        if any(c is None for c in cells):
            raise ValueError(f"{spec}: a merged slot at position {k}")
        texts = [c for c in cells if c is not None]
        slack = (
            sum((_resolution(c) / 2 for c in texts), Decimal(0))
            if any("," in c for c in texts)
            else Decimal(0)
        )
        if abs(value(texts[0]) - sum((value(c) for c in texts[1:]), Decimal(0))) > slack:
            return False
    return True


# --- a .docx of a table -------------------------------------------------------------------------


def _paragraphs(text: str) -> str:
    return "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )


def _row_xml(row: Sequence[str]) -> str:
    """One row: a slot marked merged widens the cell on its left (``w:gridSpan``); the grid
    that Word gives back has the same empty slots whichever way the page merged them."""
    cells, j = [], 0
    while j < len(row):
        span = 1
        while j + span < len(row) and row[j + span] == MERGED:
            span += 1
        props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{_paragraphs(row[j])}</w:tc>")
        j += span
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def docx_bytes(table: Table) -> bytes:
    """A ``.docx`` holding the table's title and the table."""
    rows = table.rows
    body = _paragraphs(table.title) + "<w:tbl>" + "".join(_row_xml(r) for r in rows) + "</w:tbl>"
    return word_document(body)


def table_findings(table: Table) -> list[Finding]:
    """The table findings (warning or error) of the table read from its ``.docx``."""
    stream = io.BytesIO(docx_bytes(table))
    stream.name = f"{table.id}.docx"
    return [f for f in check_file(stream) if f.code in CODES and f.severity >= Severity.WARNING]


# --- mutations ----------------------------------------------------------------------------------


def _mutate_digit(cell: str, rng: random.Random) -> str:
    """*cell* with one digit changed (never a new leading zero); the last digit of a decimal
    moves by 2 or more, beyond the rounding of the cells around it."""
    return mutate_digit(cell, rng, far="," in cell)


def mutations(tables: Iterable[Table]) -> list[CellMutation]:
    """Per sum of each table, a few cells (the total's and the parts', chosen by seed) each
    changed in one digit; a cell of two sums once.  A '-' (zero) is never mutated."""
    out: list[CellMutation] = []
    for t in tables:
        seen: set[tuple[int, int]] = set()
        for n, spec in enumerate(t.sums):
            s = parse_sum(spec)
            rng = random.Random(f"{t.id}|{n}|choose")
            candidates: list[tuple[int, int]] = []
            for k in range(s.first, s.last + 1):
                total, parts = s.cells(k)
                candidates += [total, *parts]
            candidates = [rc for rc in candidates if value(t.rows[rc[0] - 1][rc[1] - 1]) != 0]
            for r, c in rng.sample(candidates, min(_MAX_PER_SUM, len(candidates))):
                if (r, c) in seen:
                    continue
                seen.add((r, c))
                old = t.rows[r - 1][c - 1]
                new = _mutate_digit(old, random.Random(f"{t.id}|{n}|{r}|{c}"))
                out.append(CellMutation(t.id, r, c, old, new, spec))
    return out


def read_committed() -> list[CellMutation]:
    return read_jsonl(MUTATIONS_FILE, CellMutation)


def write_committed(items: Iterable[CellMutation]) -> None:
    write_jsonl(MUTATIONS_FILE, items)


# --- measuring ----------------------------------------------------------------------------------


@dataclass
class TableScore(MutationScore[CellMutation]):
    """False alarms on the real tables, and mutations found."""

    tables: int = 0
    false_alarms: list[str] = field(default_factory=list)
    by_table: dict[str, list[int]] = field(default_factory=dict)  # id -> [found, total]


def measure(tables: Sequence[Table], variants: Sequence[CellMutation]) -> TableScore:
    """Run the checker on each table's ``.docx`` and on every mutation's."""
    score = TableScore(tables=len(tables))
    by_id = {t.id: t for t in tables}
    base: dict[str, int] = {}
    for t in tables:
        found = table_findings(t)
        base[t.id] = len(found)
        score.false_alarms += [f"{t.id}: {f.message_en}" for f in found]
    for m in variants:
        tally = score.by_table.setdefault(m.table, [0, 0])
        tally[1] += 1
        score.mutations_total += 1
        if len(table_findings(m.apply(by_id[m.table]))) > base[m.table]:
            score.mutations_found += 1
            tally[0] += 1
        else:
            score.missed.append(m)
    return score


# Regenerate the committed mutations:  python tests/corpus/tables_harness.py
if __name__ == "__main__":
    write_committed(mutations(load()))
    print(MUTATIONS_FILE, digest(read_committed()))
