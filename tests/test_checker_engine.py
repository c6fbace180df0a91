"""The checker's engine skips, on a paragraph without figures, the rules that need figures.

Skipping is only for speed: the findings must be those of running every rule everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import _check, check_text
from hoiquanchung.checker._context import DocumentState, ParagraphContext
from hoiquanchung.checker._continued_totals import check_continued
from hoiquanchung.checker._registry import CHECKS, WITHOUT_DIGITS, WITHOUT_FIGURES
from hoiquanchung.checker._text import Splitter
from hoiquanchung.findings import Finding

REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "source"
REFERENCE = REFERENCE / "000_bb730d81e38469fa.txt"

# Pieces of report text: figures, dates, headings, list openers and items, malformed numbers.
_PIECES = (
    "Tổng số 50 chi hội",
    ", gồm:",
    "\n- 20 chi hội ấp;",
    "\n- 25 chi hội khóm.",
    "\n",
    "\n",
    "ngày 5/3/2024",
    "ngày 32-12",
    "trị giá là 1.40 tỷ đồng",
    "Cụ thể như sau:",
    "Theo đó, ",
    " trong đó ",
    "45/50 chi hội",
    ", đạt 90%",
    " năm 2024",
    "\n1. Về tổ chức\n",
    "\n2.1. Kết quả\n",
    "Quyết định số 102-KL/TW",
    " (",
    ")",
    ". ",
    "mỗi xã 10 hội",
    "Hội trao 110 suất quà tại 2 xã.",
    "[[footnoteRef:1]]",
    " [1: [] Cấp tỉnh: 13 hội.]",
    "5.000 đồng (Bằng chữ: năm nghìn đồng)",
    "chiếm 30%",
    "Điều 12",
)


def _rows(findings: list[Finding]) -> list[tuple[object, ...]]:
    return [
        (f.code, f.severity, f.line, f.column, f.path, f.stated, f.computed, f.message_en)
        for f in findings
    ]


def _every_rule_everywhere(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    with monkeypatch.context() as patched:
        patched.setattr(_check, "WITHOUT_FIGURES", CHECKS)
        return check_text(text)


def test_the_rules_that_report_without_figures_run_there() -> None:
    assert {"dates", "malformed", "words", "bullet-lists"} <= {c.name for c in WITHOUT_FIGURES}
    assert set(WITHOUT_DIGITS) <= set(WITHOUT_FIGURES)
    assert [f.code for f in check_text("Ngày 32/13/2024, trị giá là 1.40 tỷ")] == [
        "impossible-date",
        "malformed-number",
    ]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_skipping_changes_no_finding(pieces: list[str]) -> None:
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as patched:
        assert _rows(check_text(text)) == _rows(_every_rule_everywhere(text, patched))


@pytest.mark.skipif(
    not REFERENCE.is_file() and os.environ.get("CI") != "true", reason="no reference document"
)
def test_skipping_changes_no_finding_on_the_reference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    with pytest.MonkeyPatch.context() as patched:
        assert _rows(check_text(text)) == _rows(_every_rule_everywhere(text, patched))


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10))
def test_no_continued_list_opens_without_a_figure(pieces: list[str]) -> None:
    # What lets rule section-totals return at once on such a paragraph.
    state = DocumentState()
    for para in Splitter().feed("".join(pieces).replace("\n", " ")):
        context = ParagraphContext.of(para, state=state)
        state.figures.continued = None
        found = list(check_continued(context))
        if not context.mentions:
            assert found == []
            assert state.figures.continued is None
