"""Round 12 speed work (helper speed10): each faster way gives exactly what the slower one gave.

:class:`~hoiquanchung.checker._patterns.Gated` searches a case-blind pattern only where one of
its first words starts in the paragraph's lower-case text.  It finds the same matches as the
pattern because

* every match of the pattern starts with one of the words (read from the parsed pattern:
  :func:`_heads`), and
* every character the case-blind search takes for a letter of the words is that letter in
  lower case, a case twin (the gate then searches plainly), or a letter whose lower case is
  longer (the offsets differ: plainly again) (:func:`test_no_other_letter_matches_a_gate_letter`);

and the tests compare each gated pattern with the pattern itself on every corpus paragraph and
on generated text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import (
    _breakdowns,
    _continued_totals,
    _count_and_amount,
    _per_unit,
    _totals,
    _words,
    check_text,
)
from hoiquanchung.checker._patterns import _CASE_TWINS, GATED, Gated, word_starts

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402
from _checker_helpers import real_texts  # noqa: E402

# The gated patterns of the rules (the doctest of Gated may add one more: it is held too).
RULE_GATES = {
    "totals marker": _totals._MARKER_AT,
    "totals new total": _totals._NEW_TOTAL_AT,
    "breakdowns marker": _breakdowns._MARKER_AT,
    "breakdowns sum": _breakdowns._SUM_AT,
    "per unit each": _per_unit._EACH_AT,
    "continued body level": _continued_totals._BODY_LEVEL_AT,
    "count and amount marker": _count_and_amount._MARKER_AT,
    "totals sibling before": _totals._SIBLING_BEFORE_AT,
    "words in words": _words._IN_WORDS_AT,
    "totals counted provinces": _totals._counted_provinces()[0],
}

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def _heads(items: list[Any]) -> set[str]:
    """The runs of literal characters the matches of the parsed *items* can start with (the
    zero-width tests skipped: they only restrict a match); ``""`` when a match can start with
    anything else."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO_WIDTH:
        i += 1
    if i == len(items):
        return {""}
    op, av = items[i]
    rest = list(items[i + 1 :])
    if op == sre_constants.LITERAL:
        return {chr(av) + head for head in _heads(rest)}
    if op == sre_constants.SUBPATTERN:
        return _heads(list(av[3]) + rest)
    if op == sre_constants.BRANCH:
        return set().union(*(_heads(list(alt) + rest) for alt in av[1]))
    return {""}


def _gate_heads(gate: Gated) -> set[str]:
    return _heads(list(sre_parse.parse(gate.pattern.pattern, gate.pattern.flags)))


@pytest.mark.parametrize("name", sorted(RULE_GATES))
def test_every_match_starts_with_a_gate_word(name: str) -> None:
    gate = RULE_GATES[name]
    assert gate.pattern.flags & re.IGNORECASE
    assert all(word == word.lower() and word for word in gate.words)
    heads = _gate_heads(gate)
    assert heads
    assert "" not in heads
    for head in heads:
        assert any(head.lower().startswith(word) for word in gate.words), (name, head)


def test_heads_are_read_from_the_pattern() -> None:
    gate = Gated(re.compile(r"\b(?:trong\s+đó|(?<!so )với|x?gồm)", re.I), ("trong",))
    GATED.remove(gate)
    assert _gate_heads(gate) == {"trong", "với", ""}


def test_no_other_letter_matches_a_gate_letter() -> None:
    letters = {c for gate in RULE_GATES.values() for word in gate.words for c in word}
    for letter in sorted(letters):
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for code in range(sys.maxunicode + 1):
            c = chr(code)
            if 0xD800 <= code <= 0xDFFF or c.lower() == letter or not pattern.fullmatch(c):
                continue
            assert c.lower() in _CASE_TWINS or len(c.lower()) != 1, (letter, hex(code))


def _spans(found: Any) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in found]


def _same(gate: Gated, text: str, start: int, end: int) -> None:
    plain = gate.pattern.search(text, start, end)
    fast = gate.search(text, start, end)
    assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))
    assert _spans(gate.finditer(text, start, end)) == _spans(
        gate.pattern.finditer(text, start, end)
    )


def _texts() -> list[str]:
    return real_texts("paragraphs")


def test_gated_searches_find_what_the_patterns_find_in_the_corpus() -> None:
    texts = _texts()
    assert len(texts) > 100
    gates = list(RULE_GATES.values())
    for text in texts:
        n = len(text)
        bounds = [(0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, 3 * n // 4)]
        for gate in gates:
            for start, end in bounds:
                _same(gate, text, start, end)


def test_the_gates_are_used_on_corpus_texts_with_matches() -> None:
    """Not a test that cannot fail: the corpus has matches of each gated pattern."""
    texts = _texts()
    for name, gate in RULE_GATES.items():
        assert any(gate.search(t, 0, len(t)) for t in texts), name


_WORDS = [
    *sorted({w for gate in RULE_GATES.values() for w in gate.words}),
    "đó",
    "gồm có",
    "chia ra",
    "đối với",
    "so với",
    "số tiền",
    "số",
    "trung ương",
    "tỉnh",
    "mặt trận",
    "liên đoàn",
    "ban",
    "suất",
    "cụ thể",
    "bằng chữ",
    "có",
    "5 hội và Chi",
]
_BITS = st.one_of(
    st.sampled_from(_WORDS).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w.capitalize()])
    ),
    st.sampled_from([" ", "  ", ", ", ": ", ".", "(", ")", "x", "5", "\n"]),
    st.sampled_from(["ı", "ſ", "İ", "\u0307", "K", "Đ", "TRONG", "chıa", "ſố"]),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_BITS, max_size=14).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from(sorted(RULE_GATES)),
)
def test_gated_searches_find_what_the_patterns_find(text: str, a: int, b: int, name: str) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    _same(RULE_GATES[name], text, start, end)
    _same(RULE_GATES[name], text, 0, len(text))


def test_word_starts_gives_up_when_offsets_or_letters_differ() -> None:
    assert word_starts("TRONG đó, gồm", ("gồm", "trong"), 0, 13) == [0, 10]
    assert word_starts("İ trong đó", ("trong",), 0, 10) is None  # lower() is longer
    assert word_starts("chıa ra", ("chia",), 0, 7) is None  # a dotless i: search plainly


def test_findings_are_the_same_with_the_gates_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """check_text with every gate searching plainly finds what it finds with them."""
    texts = list(harness.every_text())
    gated = [[repr(f) for f in check_text(t)] for t in texts]
    monkeypatch.setattr(Gated, "search", lambda self, t, a, b: self.pattern.search(t, a, b))
    monkeypatch.setattr(Gated, "finditer", lambda self, t, a, b: self.pattern.finditer(t, a, b))
    plain = [[repr(f) for f in check_text(t)] for t in texts]
    assert gated == plain
    assert any(gated)
