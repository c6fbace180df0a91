"""Round 17 speed work (helper speed20): each faster way gives exactly what the slower one gave.

* rule rate-bases reads nothing of a paragraph without a figure (a heading, a date) unless it
  holds a word whose reading keeps a table of the section by name; it only notes the paragraph
  among the section's (:func:`_rate_bases._reads_nothing`);
* rule part-of-whole reads no pair of a paragraph without a fraction's numerator and without
  *tổng* (each part it reads is one or the other);
* the numbers' grammar tries its scale-word pattern only when the character after the number,
  or after one space, may open a scale word (:data:`_grammar._SCALE_LEAD`), and tells whether a
  number may open its line by one look-up of the character before it
  (:data:`_grammar._HEAD_AFTER`);
* the document state finds the last amount of money from the end; the engine keeps its
  said-set only once a paragraph has a finding.

The whole of the findings is held by ``tests/test_checker_golden.py`` (no difference) and the
corpus bench; these tests hold each piece on the real corpus and on generated text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import _part_of_whole, _rate_bases, check_text, extract
from hoiquanchung.checker._context import DocumentState
from hoiquanchung.numbers import _grammar as g
from hoiquanchung.numbers._parse import SPACES
from hoiquanchung.numbers._vocabulary import scale_words

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


def _findings(texts: list[str]) -> list[tuple[object, ...]]:
    return [
        (f.code, f.line, f.column, f.stated, f.computed, f.path)
        for text in texts
        for f in check_text(text)
    ]


@pytest.fixture(scope="module")
def documents(reference_text: str) -> list[str]:
    """The reference document and the corpus, each real paragraph a document, and the corpus
    as one document (sections and headings carried from one paragraph to the next)."""
    texts = harness.every_text()
    return [reference_text, "\n".join(texts), *texts]


# ------------------------------------------------------------------ the rules' gates
def test_rate_bases_gate_changes_no_finding(
    documents: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every finding of the reference and the corpus is the same with the gate and without it
    (every paragraph read whole)."""
    gated = _findings(documents)
    monkeypatch.setattr(_rate_bases, "_reads_nothing", lambda context: False)
    assert _findings(documents) == gated


# What rule rate-bases keeps of a section in the document state (besides its rule_states).
_SECTION_FIELDS = (
    "bases_section",
    "section_counts",
    "section_rates",
    "section_pending",
    "section_holds",
    "section_support",
    "section_where",
    "section_named",
)


def test_rate_bases_gate_keeps_the_same_state(reference_text: str) -> None:
    """The state rule rate-bases keeps of a section is the same after a paragraph it does not
    read: a heading without figure between counts and their rates changes nothing."""
    from hoiquanchung.checker._context import ParagraphContext
    from hoiquanchung.checker._text import paragraphs, split_lines

    gated, whole = DocumentState(), DocumentState()
    read = 0
    for para in paragraphs(split_lines(reference_text)):
        for state, gate in ((gated, True), (whole, False)):
            context = ParagraphContext.of(para, state=state, section="II.1")
            if not gate and _rate_bases._reads_nothing(context):
                read += 1
                # What the reading below the gate does with the paragraph, whole.
                original = _rate_bases._reads_nothing
                _rate_bases._reads_nothing = lambda context: False  # type: ignore[assignment]
                try:
                    list(_rate_bases.check_rate_bases(context))
                finally:
                    _rate_bases._reads_nothing = original  # type: ignore[assignment]
            else:
                list(_rate_bases.check_rate_bases(context))
        for field in _SECTION_FIELDS:
            assert getattr(gated, field) == getattr(whole, field)
        assert gated.rule_states.keys() == whole.rule_states.keys()
        for key in gated.rule_states:
            assert gated.rule_states[key][1] == whole.rule_states[key][1]
    assert read > 10  # the reference has many paragraphs without a figure


def test_part_of_whole_gate_changes_no_finding(
    documents: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same findings when every pair of every paragraph is read."""
    gated = _findings(documents)
    monkeypatch.setattr(_part_of_whole, "may_contain", lambda text, words: True)
    assert _findings(documents) == gated


def test_part_of_whole_still_reads_its_shapes() -> None:
    """Both shapes of the rule pass the gate: a fraction, and a part before *trên tổng số*."""
    codes = [f.code for f in check_text("Có 55/50 chi hội, chiếm 100% tổng số chi hội.")]
    assert "parts-exceed-total" in codes
    text = "Kết nạp 120 hội viên mới, trên tổng số 100 hội viên của chi hội."
    assert [f.code for f in _part_of_whole.check_part_of_whole(_context(text))] == [
        "parts-exceed-total"
    ]


def _context(text: str) -> object:
    from hoiquanchung.checker._context import ParagraphContext
    from hoiquanchung.checker._text import Splitter

    [para] = Splitter().feed(text)
    return ParagraphContext.of(para)


# ------------------------------------------------------------------ the grammar
def test_scale_lead_holds_every_first_letter_a_case_blind_search_takes() -> None:
    """Every character the case-blind scale pattern can take for a scale word's first letter
    is in _SCALE_LEAD (none beyond the letters in both cases: no case twin)."""
    firsts = {w[0] for w in scale_words()}
    blind = re.compile(f"[{''.join(firsts)}]", re.IGNORECASE)
    taken = {chr(i) for i in range(sys.maxunicode + 1) if blind.match(chr(i))}
    assert taken == set(g._SCALE_LEAD)
    for word in scale_words():
        for ch in taken:
            if g._SCALE.match(" " + ch + word[1:]) is not None:
                assert ch in g._SCALE_LEAD


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\u00a0", "tỷ", "Tỷ", "TỶ", "tỉ", "triệu", "Triệu", "nghìn", "ngàn",
     "vạn", " lệ", "đồng", "người", "%", ",", ".", "5", "12", "1.234", "3,5", "n", "t", "v",
     "ha", "/", "-", "hội viên", "tỷ lệ", "triệu đồng", "\n"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=12).map("".join))
@example("Có 5 tỷ đồng, 3  triệu đồng, 7\u00a0nghìn người, 2tỷ, 9 tỷ lệ 5%")
def test_scale_gate_reads_as_the_pattern(text: str) -> None:
    """The quantities, dates and malformed numbers the grammar finds are the same with the
    scale gate and with the pattern tried after every number."""
    gated = _scanned(text)
    original = g._SCALE_LEAD
    g._SCALE_LEAD = _Everything()  # type: ignore[assignment,misc]
    try:
        whole = _scanned(text)
    finally:
        g._SCALE_LEAD = original  # type: ignore[misc]
    assert gated == whole


def _scanned(text: str) -> tuple[object, ...]:
    """What the grammar finds in *text*, comparable (an error compares by what it says)."""
    found = g.scan_nfc(text)
    errors = [(e.offset, e.suggestions, str(e)) for e in found.errors]
    return found.quantities, found.dates, errors


def test_scale_gate_on_the_corpus(documents: list[str]) -> None:
    """The same on every real paragraph: every figure read the same."""
    gated = [extract(text) for text in documents]
    original = g._SCALE_LEAD
    g._SCALE_LEAD = _Everything()  # type: ignore[assignment,misc]
    try:
        whole = [extract(text) for text in documents]
    finally:
        g._SCALE_LEAD = original  # type: ignore[misc]
    assert gated == whole


_BEFORE = ["", "\n", "\r", "a", "5", ".", "-", ":", "(", *SPACES]


@pytest.mark.parametrize("prev", _BEFORE)
@pytest.mark.parametrize("first", _BEFORE)
def test_line_head_lookup_is_the_test_it_replaces(prev: str, first: str) -> None:
    """``_HEAD_AFTER`` then the character before: what the expression it replaced gives."""
    text = first + prev + "5"
    s = len(text) - 1
    prev_char = text[s - 1] if s else ""
    expected = (
        not prev_char
        or prev_char == "\n"
        or (prev_char in SPACES and (s < 2 or text[s - 2] in g._LINE_HEAD))
    )
    head = g._HEAD_AFTER.get(prev_char, False)
    if head is None:
        head = s < 2 or text[s - 2] in g._LINE_HEAD
    assert head == expected


# ------------------------------------------------------------------ the state
def test_last_money_is_the_last_amount(reference_text: str) -> None:
    """The last amount of money in đồng of each paragraph, or its absence, as a filter finds."""
    from hoiquanchung.checker._text import paragraphs, split_lines

    state = DocumentState()
    seen = 0
    for para in paragraphs(split_lines(reference_text)):
        mentions = extract(para.text)
        before = (state.last_money, state.age)
        state.advance(mentions)
        money = [m for m in mentions if m.unit == "đồng"]
        if money:
            seen += 1
            assert (state.last_money, state.age) == (money[-1], 0)
        else:
            assert state.age == before[1] + 1
            assert state.last_money == (None if state.age > 1 else before[0])
    assert seen


# ------------------------------------------------------------------ rule 2c's "tổng cộng"
def test_only_o_with_circumflex_and_dot_folds_to_it() -> None:
    """Rule 2c folds a paragraph's case to look for *tổng cộng* only when it holds "ộ" or "Ộ":
    no other character folds to a text holding "ộ" (the paragraph is NFC: never decomposed)."""
    folding = {chr(i) for i in range(sys.maxunicode + 1) if "\u1ed9" in chr(i).casefold()}
    assert folding == {"ộ", "Ộ"}
