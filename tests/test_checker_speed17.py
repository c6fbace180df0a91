"""Round 15 speed work (helper speed17): each faster way gives exactly what the slower one gave.

* the registry does not call a rule on a paragraph of fewer figures than it needs
  (:data:`~hoiquanchung.checker._registry.MIN_FIGURES`): each such rule finds nothing there, and
  the checker's findings are those it gives when every rule is called.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import hoiquanchung.checker._check as check_module
from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import DocumentState, ParagraphContext
from hoiquanchung.checker._registry import CHECKS, FEW_FIGURES, MIN_FIGURES
from hoiquanchung.checker._text import Splitter

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


def _texts() -> list[str]:
    return [p.text for p in harness.load()] + [p.text for p in harness.load(CORPUS / "pending")]


def _contexts(text: str) -> list[ParagraphContext]:
    state = DocumentState()
    return [ParagraphContext.of(para, state=state) for para in Splitter().feed(text)]


@pytest.mark.parametrize("name", sorted(MIN_FIGURES))
def test_a_rule_finds_nothing_below_its_figures(name: str) -> None:
    check = next(c for c in CHECKS if c.name == name)
    below = 0
    for text in _texts():
        for context in _contexts(text):
            if 0 < len(context.mentions) < MIN_FIGURES[name]:
                below += 1
                assert list(check.run(context)) == [], (name, context.text[:60])
    assert below > 0  # the corpus has such paragraphs: the test reads some


def test_few_figures_skip_only_what_min_figures_names() -> None:
    for count, checks in enumerate(FEW_FIGURES, start=1):
        skipped = {c.name for c in CHECKS if c not in checks}
        assert skipped == {name for name, least in MIN_FIGURES.items() if least > count}


def test_findings_are_those_of_every_rule_called(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for t in _texts() if len(t) < 4000]
    gated = [check_text(t) for t in texts]
    joined = check_text("\n".join(texts))
    monkeypatch.setattr(check_module, "FEW_FIGURES", tuple(CHECKS for _ in FEW_FIGURES))
    assert [check_text(t) for t in texts] == gated
    assert check_text("\n".join(texts)) == joined
