"""What the checker's test modules share: the corpus by id, one figure changed, the alarms.

The corpus (tests/corpus/, public report text read by id) is loaded once for every module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import reference_path

from hoiquanchung.checker import _text as text_module
from hoiquanchung.checker import check_text
from hoiquanchung.checker._text import paragraphs, split_lines
from hoiquanchung.findings import Finding, Severity

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import corpus_harness as harness

CORPUS = harness.every_paragraph()  # measured or waiting in pending/: named by id only
TOTALS = frozenset({"total-mismatch", "parts-exceed-total"})


def reference_document() -> str | None:
    """The reference document's text as stored, or ``None`` where this machine lacks it.

    Under ``CI=true`` a missing document fails the test instead: a test that reads the reference
    beside the corpus must never pass silently on the corpus alone in CI.
    """
    path = reference_path()
    if path.is_file():
        return path.read_text(encoding="utf-8")
    if os.environ.get("CI") == "true":
        pytest.fail(f"reference document not found at {path} (CI=true: it is required)")
    return None


def real_texts(reference: str = "paragraphs") -> list[str]:
    """Every corpus text (measured, pending, their mutations), then the reference document cut
    into its ``"paragraphs"``, its ``"lines"`` or ``"whole"``, where the machine holds it."""
    texts = list(harness.every_text())
    document = reference_document()
    if document is not None:
        if reference == "paragraphs":
            texts += [p.text for p in paragraphs(split_lines(document))]
        elif reference == "lines":
            texts += document.splitlines()
        else:
            texts.append(document)
    return texts


def nfc_whole(line: str) -> tuple[str, list[int], type]:
    """What :func:`~hoiquanchung.checker._text.nfc_with_columns` gives *line* normalised whole,
    never in pieces (the slow reading the piecewise one must reproduce)."""
    saved = text_module._LONG
    text_module._LONG = 10**9
    try:
        text, columns = text_module.nfc_with_columns(line)
    finally:
        text_module._LONG = saved
    return text, list(columns), type(columns)


def corpus(pid: str, old: str | None = None, new: str | None = None, *, once: bool = False) -> str:
    """The corpus paragraph *pid*, its first *old* (which it must hold; exactly once when
    *once*) replaced by *new* when both are given."""
    text = CORPUS[pid].text
    if old is not None and new is not None:
        if once:
            assert text.count(old) == 1, old
        else:
            assert old in text
        text = text.replace(old, new, 1)
    return text


def paragraph(pid: str, old: str | None = None, new: str | None = None) -> str:
    """The corpus paragraph *pid*, its one *old* (exactly once) replaced by *new* when both are
    given."""
    return corpus(pid, old, new, once=True)


def changed(pid: str, old: str, new: str) -> str:
    """The corpus paragraph *pid* with its one *old* replaced by *new*."""
    return corpus(pid, old, new, once=True)


def alarm_findings(text: str, codes: Collection[str] | None = None) -> list[Finding]:
    """The alarms (warning or error) of *text*, only those of *codes* when given."""
    return [
        f
        for f in check_text(text)
        if f.severity >= Severity.WARNING and (codes is None or f.code in codes)
    ]


def alarms(text: str) -> list[tuple[str, Severity, str | None, Decimal | None]]:
    """Every alarm of *text*: (code, severity, stated, computed value)."""
    return [(f.code, f.severity, f.stated, f.computed_value) for f in alarm_findings(text)]


def totals(text: str) -> list[tuple[str, Severity, str | None, Decimal | None]]:
    """The totals alarms of *text*: (code, severity, stated, computed value)."""
    return [(f.code, f.severity, f.stated, f.computed_value) for f in alarm_findings(text, TOTALS)]


# ---- dedupe-tests-checker: tables written as text, sums checked by properties, case tables

# (imported here, apart from the imports above, so that merges stay apart)
from collections.abc import Sequence  # noqa: E402


def grid(text: str) -> list[list[str | None]]:
    """The table *text* written one row a line, its cells between ``|`` (a cell ``~`` is an
    empty merged slot, None); blank lines are passed over.

    >>> grid('''
    ...     Đơn vị | Số hội viên | ~
    ...            | 40          | 3
    ... ''')
    [['Đơn vị', 'Số hội viên', None], ['', '40', '3']]
    """
    return [
        [None if cell.strip() == "~" else cell.strip() for cell in line.split("|")]
        for line in text.splitlines()
        if line.strip()
    ]


def sum_is_checked(
    found: list[tuple[str, Severity, str | None, Decimal | None]],
    total: int,
    parts: int,
    computed: int | None = None,
) -> None:
    """The total-mismatch among the alarms *found* comes exactly when *total* is not the sum
    of the *parts*; it computes *computed* when given."""
    mismatch = [f for f in found if f[0] == "total-mismatch"]
    assert bool(mismatch) == (total != parts)
    if mismatch and computed is not None:
        assert mismatch[0][3] == computed


def total_error(stated: str, computed: int | str) -> tuple[str, Severity, str, Decimal]:
    """The alarm of a total-mismatch error: the total *stated*, its parts adding up to
    *computed* (as :func:`alarms` and :func:`totals` give it)."""
    return ("total-mismatch", Severity.ERROR, stated, Decimal(computed))


def total_warning(stated: str, computed: int | str) -> tuple[str, Severity, str, Decimal]:
    """The alarm of a total-mismatch warning: the total *stated*, its parts adding up to
    *computed*."""
    return ("total-mismatch", Severity.WARNING, stated, Decimal(computed))


def case_table(
    names: str | tuple[str, ...], rows: Sequence[tuple[object, ...]]
) -> pytest.MarkDecorator:
    """Parametrize a test by the rows of a case table, each ``(id, *values)``: the id names the
    case in pytest's report, the values are the test's arguments *names*."""
    return pytest.mark.parametrize(
        names, [row[1:] for row in rows], ids=[str(row[0]) for row in rows]
    )


def mismatches(text: str) -> list[tuple[str | None, str | None]]:
    """The ``total-mismatch`` findings of *text*, any severity: (stated, computed)."""
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


def alarm_codes(text: str) -> list[str]:
    """The codes of the alarms (warning or error) of *text*."""
    return [f.code for f in alarm_findings(text)]


def stated_alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    """The alarms (warning or error) of *text*: (code, stated, computed)."""
    return [(f.code, f.stated, f.computed) for f in alarm_findings(text)]


def rule_2_alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    """The alarms of rule 2 alone on *text* (its paragraphs read one by one, no section state):
    (code, stated, computed)."""
    from hoiquanchung.checker._context import ParagraphContext
    from hoiquanchung.checker._text import Splitter
    from hoiquanchung.checker._totals import check_totals

    return [
        (f.code, f.stated, f.computed)
        for para in Splitter().feed(text)
        for f in check_totals(ParagraphContext.of(para))
        if f.severity >= Severity.WARNING
    ]
