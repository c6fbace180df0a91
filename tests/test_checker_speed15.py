"""Round 14 speed work (helper speed15): each faster way gives exactly what the slower one gave.

* :func:`~hoiquanchung.checker._figures_table.by_sentence` finds each sentence's mentions by
  bisection: the same as the walk over every mention, on every corpus paragraph (its mentions,
  every other one of them, none);
* :class:`~hoiquanchung.checker._figures_table.FigureTables` tells a paragraph on the line
  right below another by a test for a newline where it can (``_just_below``), not by counting
  them: the same answer as the count, for any text and any two lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.checker._figures_table import _just_below, by_sentence, sentence_spans
from hoiquanchung.checker._mentions import Mention

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


def _walked(
    spans: list[tuple[int, int]], mentions: list[Mention], base: int
) -> list[tuple[int, int, list[Mention]]]:
    """What by_sentence gave before: a walk over the mentions, tested one by one."""
    out = []
    k = 0
    for s_start, s_end in spans:
        local = []
        while k < len(mentions) and mentions[k].start - base < s_end:
            if mentions[k].start - base >= s_start:
                local.append(mentions[k])
            k += 1
        out.append((s_start, s_end, local))
    return out


def test_by_sentence_on_corpus() -> None:
    """Every corpus paragraph, at offset 0 and 7, its sentences and ragged spans."""
    found = 0
    for text in harness.every_text():
        mentions = extract(text)
        spans = sentence_spans(text)
        ragged = [(a + 1, b - 1) for a, b in spans]
        for base in (0, 7):
            moved = extract(" " * base + text) if base else mentions
            for some in (moved, moved[::2], []):
                for cut in (spans, ragged):
                    got = list(by_sentence(cut, some, base))
                    assert got == _walked(cut, some, base)
                    found += sum(len(local) for _a, _b, local in got)
    assert found > 1000


class _Above:
    """What _just_below reads of a paragraph: its first line and its text."""

    def __init__(self, line: int, text: str) -> None:
        self.line = line
        self.text = text


@given(st.text(alphabet="a\nđ", max_size=12), st.integers(1, 6), st.integers(-2, 8))
def test_just_below_is_the_count_of_newlines(text: str, line: int, gap: int) -> None:
    above = _Above(line, text)
    below = line + gap
    assert _just_below(above, below) == (below == line + 1 + text.count("\n"))  # type: ignore[arg-type]
