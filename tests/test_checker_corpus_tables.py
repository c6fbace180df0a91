"""The checker's Word-table rule measured on real tables (tests/corpus/tables/).

Real statistical tables of provincial bodies, copied cell by cell from public web pages, each
with its hand-checked sums; every table is written as a ``.docx`` and read back by
:func:`hoiquanchung.checker.check_file`.  The tests assert that the sums hold (the annotation is
arithmetic), that the ``.docx`` gives back the table's grid, that the committed one-cell
mutations are the ones generation gives, that no real table raises an alarm and that the recall
on the mutations does not fall below the floor of ``tests/corpus/floors.toml``.
"""

from __future__ import annotations

import io
import random
import re
import sys
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_table
from hoiquanchung.checker._docx import docx_lines

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import corpus_harness
import tables_harness as harness

TABLES = harness.load()
FLOORS = tomllib.loads(corpus_harness.FLOORS_FILE.read_text(encoding="utf-8"))["tables"]


def test_the_tables_are_there_and_real() -> None:
    assert len(TABLES) >= 5
    assert len({t.id for t in TABLES}) == len(TABLES)
    assert len({t.url for t in TABLES}) == len(TABLES)
    assert all(t.url.startswith(("http://", "https://")) for t in TABLES)
    assert not any("Hậu Giang" in t.province or "haugiang" in t.url for t in TABLES)
    for t in TABLES:
        assert all(unicodedata.is_normalized("NFC", c) for row in t.rows for c in row), t.id
        assert len({len(row) for row in t.rows}) == 1, t.id  # a rectangle, merged slots marked


@pytest.mark.parametrize(("tid", "spec"), [(t.id, s) for t in TABLES for s in t.sums])
def test_annotated_sums_hold(tid: str, spec: str) -> None:
    table = next(t for t in TABLES if t.id == tid)
    assert harness.check_sum(table.grid(), spec)


def test_a_changed_cell_breaks_its_sum() -> None:
    """The relation check can fail (a test that cannot fail proves nothing)."""
    for m in harness.read_committed():
        table = next(t for t in TABLES if t.id == m.table)
        assert not harness.check_sum(m.apply(table).grid(), m.relation), m


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.id)
def test_the_docx_gives_back_the_grid(table: harness.Table) -> None:
    grids: list[list[list[str | None]]] = []
    list(docx_lines(io.BytesIO(harness.docx_bytes(table)), on_table=lambda n, g: grids.append(g)))
    expected = [[None if c is None else c.replace("\n", " ") for c in r] for r in table.grid()]
    assert [list(r) for r in grids[0]] == expected


def test_committed_mutations_are_regenerated() -> None:
    assert harness.digest(harness.mutations(TABLES)) == harness.digest(harness.read_committed())


def test_no_alarm_on_the_real_tables_and_recall_does_not_fall() -> None:
    score = harness.measure(TABLES, harness.read_committed())
    assert score.false_alarms == []
    assert len(score.false_alarms) <= FLOORS["max_false_alarms"]
    assert score.recall is not None
    assert score.recall >= Decimal(FLOORS["recall"])


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.id)
def test_the_docx_and_the_grid_agree(table: harness.Table) -> None:
    """check_file on the .docx finds what check_table finds on the grid."""
    on_grid = [f for f in check_table(table.grid()) if f.severity.value != "info"]
    assert len(harness.table_findings(table)) == len(on_grid)


@given(st.data())
def test_any_one_digit_change_keeps_a_rectangle_and_its_place(data: st.DataObject) -> None:
    table = data.draw(st.sampled_from(TABLES))
    cells = [
        (r, c)
        for r, row in enumerate(table.rows, 1)
        for c, cell in enumerate(row, 1)
        if re.fullmatch(r"-?[0-9][0-9.,]*", cell)
    ]
    r, c = data.draw(st.sampled_from(cells))
    seed = data.draw(st.integers(0, 10**6))
    old = table.rows[r - 1][c - 1]
    new = harness._mutate_digit(old, random.Random(seed))
    assert len(new) == len(old)
    assert new != old
    assert harness.value(new) != harness.value(old)
    m = harness.CellMutation(table.id, r, c, old, new, "")
    changed = m.apply(table)
    assert [len(row) for row in changed.rows] == [len(row) for row in table.rows]
