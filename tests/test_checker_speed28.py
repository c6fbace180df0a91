"""Round 21 speed work (helper speed28): each faster way gives exactly what the slower one gave.

* the prizes by grade search the paragraph for a word of sport only for a total of winners
  whose list opens (most paragraphs that say *giải* say *giải quyết*, *giải ngân*), and skip a
  figure without a unit at once (neither prizes nor winners);
* rule 2 looks for the words of medals, OCOP stars and prizes only in a paragraph of three
  figures or more (a total and two parts);
* rule 2 finds a sentence's markers once, for its own test and for the reading of the sentence.

The whole of the findings is held by ``tests/test_checker_golden.py`` and the oracle of the
round (every finding of 30,775 texts identical); these tests hold each piece on real text.
"""

from __future__ import annotations

import re

import pytest
from _checker_helpers import corpus

from hoiquanchung.checker import _prizes, _totals, check_text
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._text import Splitter
from hoiquanchung.findings import Finding

# hanoi.gov.vn (Hà Nội, kỳ thi học sinh giỏi quốc gia 2020): "có 144 học sinh đạt giải, trong
# đó, có 15 giải Nhất, 44 giải Nhì, 44 giải Ba và 41 giải Khuyến khích".
_HANOI = "h45-hanoi-hsg-quocgia-2020"


def _prize_findings(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for para in Splitter().feed(text):
        context = ParagraphContext.of(para)
        out += [
            (f.code, f.stated, f.computed)
            for f in _prizes.prize_grades(para, context.mentions, None)
        ]
    return out


class _SportSpy:
    """``_SPORT`` with a count of its searches."""

    def __init__(self) -> None:
        self.searches = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return _SPORT.search(text)


_SPORT = _prizes._SPORT


def test_prizes_of_winners_still_read_and_sport_still_honoured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _SportSpy()
    monkeypatch.setattr(_prizes, "_SPORT", spy)
    assert _prize_findings(corpus(_HANOI)) == []  # 15 + 44 + 44 + 41 = 144
    slip = corpus(_HANOI, "có 15 giải Nhất", "có 22 giải Nhất")
    assert _prize_findings(slip) == [("total-mismatch", "144 học sinh", "151 học sinh")]
    assert spy.searches > 0  # a list of winners opened: the word of sport was looked for
    # Near miss: in a paragraph about sport, winners are read by the medal rules, not here.
    sport = slip.replace("kỳ thi", "kỳ thi thể thao", 1)
    assert _prize_findings(sport) == []


def test_prizes_do_not_search_for_sport_without_a_list_of_winners(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _SportSpy()
    monkeypatch.setattr(_prizes, "_SPORT", spy)
    # "giải" in "giải quyết", "giải ngân": no total of prizes or winners with a list.
    text = "Đã giải quyết 45 đơn, giải ngân 120 tỷ đồng cho 3.200 hộ, đạt 96%."
    assert _prize_findings(text) == []
    assert spy.searches == 0


def _rule_2(text: str) -> list[Finding]:
    return [
        f for para in Splitter().feed(text) for f in _totals.check_totals(ParagraphContext.of(para))
    ]


def test_rule_2_with_few_figures_reads_no_tally(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def tallies(paragraph: object, mentions: object, file: object) -> list[Finding]:
        read.append("medals")
        return []

    monkeypatch.setattr(_totals, "medal_tallies", tallies)
    # Two figures and a medal word: no tally of medals is read, rule 2 alone.
    assert _rule_2("Đoàn giành 12 huy chương, trong đó 5 HCV.") == []
    assert read == []
    # baophutho.vn (IJSO 2025): "đều đoạt huy chương, trong đó có 3 huy chương Bạc và 3 huy
    # chương Đồng": three figures or more, the tally is read.
    assert _rule_2(corpus("h51-baophutho-ijso-2025")) == []
    assert read


def test_rule_2_reads_every_marker_of_a_sentence() -> None:
    # hanoi.gov.vn: the first marker's list (the winners by grade) is read once the sentence's
    # markers are found once; a slip in it is still found by the whole checker.
    slip = corpus(_HANOI, "có 15 giải Nhất", "có 22 giải Nhất")
    found = [(f.code, f.stated, f.computed) for f in check_text(slip)]
    assert ("total-mismatch", "144 học sinh", "151 học sinh") in found
    assert not [f for f in check_text(corpus(_HANOI)) if f.code == "total-mismatch"]


def test_markers_are_those_a_search_of_the_sentence_finds() -> None:
    # hanoi.gov.vn: every sentence's markers, the same list again for the same text and bounds.
    text = corpus(_HANOI)
    for s_start, s_end in _totals.sentences(text):
        found = _totals._markers(text, s_start, s_end)
        assert [m.span() for m in found] == [
            m.span() for m in _totals._MARKER.finditer(text, s_start, s_end)
        ]
        assert _totals._markers(text, s_start, s_end) is found


def test_whole_numbers_as_before_on_real_figures() -> None:
    # Every figure of a real paragraph: a whole number by its integral value, as by int().
    from decimal import Decimal

    from hoiquanchung.checker import extract
    from hoiquanchung.checker._counts import is_count

    figures = extract(corpus(_HANOI)) + extract("có 2,5 ha, 0 hộ, 12 hội viên, 1.000,0 tỷ đồng")
    assert any(m.value != int(m.value) for m in figures)
    for m in figures:
        old = not (m.unit == "%" or m.value < 0) and not (m.value <= 0 or m.value != int(m.value))
        assert is_count(m, exact=False, whole_number=True) is old
    assert Decimal("1000.0") == Decimal("1000.0").to_integral_value()


def test_breakdown_markers_of_the_paragraph_are_those_of_its_sentences() -> None:
    # Rule 2b finds a paragraph's markers once and gives each sentence those that start in it:
    # on every real paragraph of the corpus, what a search of each sentence alone finds.
    import sys
    from pathlib import Path

    from hoiquanchung.checker import _breakdowns

    sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
    import corpus_harness as harness

    texts = harness.every_text()
    assert len(texts) > 1000
    for text in texts:
        whole = [m.span() for m in _breakdowns._MARKER_AT.finditer(text, 0, len(text))]
        by_sentence = [
            m.span()
            for s_start, s_end in _totals.sentences(text)
            for m in _breakdowns._MARKER_AT.finditer(text, s_start, s_end)
        ]
        assert whole == by_sentence
