"""Round 18 speed work (helper speed21): each faster way gives exactly what the slower one gave.

* the grammar puts the quantities, dates and malformed numbers each in a list of its own as it
  finds them (:func:`_grammar.scan_sorted`), no sorting of one list into three afterwards; the
  checker's maker makes a range's low end as the rules read it;
* the paragraph index (:class:`_context.ParagraphIndex`, :func:`_context.paragraph_index`):
  where the figures start and end in the paragraph, the figures that are no side of a
  fraction, the figures of a span by halving; made once a paragraph and kept on the context;
  rule words reads its ends.

The whole of the findings is held by ``tests/test_checker_golden.py`` (no difference) and the
corpus bench; these tests hold each piece on the real corpus and on generated text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import ParagraphContext, ParagraphIndex, paragraph_index
from hoiquanchung.checker._mentions import Mention, _as_written, _Maker, scan_with_digits
from hoiquanchung.checker._text import Splitter, paragraphs, split_lines
from hoiquanchung.numbers import DateMatch, QuantityMatch
from hoiquanchung.numbers._grammar import scan_items, scan_sorted

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


@pytest.fixture(scope="module")
def texts(reference_text: str) -> list[str]:
    """Every real paragraph of the corpus and the reference's paragraphs (NFC, as the checker
    reads them)."""
    found = [para.text for para in paragraphs(split_lines(reference_text))]
    for text in harness.every_text():
        found.extend(para.text for para in paragraphs(split_lines(text)))
    return found


# Text made of what the grammar's decisions turn on: digits, dots, commas, slashes, dashes,
# white space of several kinds, new lines, letters and words of dates and units.
_PIECES = st.sampled_from(
    ["1", "12", "2024", "0293", "4.3", "1.234", "5/6", "-", "–", ".", ",", "/", "h", " ", "  ",
     "\t", "\u00a0", "\n", " \n ", "ngày ", "tháng ", "năm ", "hội", " người", "%", "(", "a"]
)  # fmt: skip
_GENERATED = st.lists(_PIECES, max_size=30).map("".join)


# ------------------------------------------------------------------ one list a kind
def _kinds(items: list[object]) -> tuple[list[object], list[object], list[object]]:
    return (
        [i for i in items if isinstance(i, QuantityMatch)],
        [i for i in items if isinstance(i, DateMatch)],
        [i for i in items if not isinstance(i, QuantityMatch | DateMatch)],
    )


def _same_sorted(text: str) -> None:
    quantities, dates, errors = scan_sorted(text)
    q, d, e = _kinds(scan_items(text))
    assert quantities == q
    assert dates == d
    assert [(x.offset, x.suggestions) for x in errors] == [
        (x.offset, x.suggestions)  # type: ignore[attr-defined]
        for x in e
    ]


def test_scan_sorted_is_scan_items_sorted(texts: list[str]) -> None:
    """The three lists are the ordered list's items of each kind, in the same order."""
    for text in texts:
        _same_sorted(text)


@given(_GENERATED)
@example("ngày 5/6, có 1.40 tỷ, 12/45 hội, từ 20 đến 50 triệu đồng")
def test_scan_sorted_on_generated_text(text: str) -> None:
    _same_sorted(text)


def test_the_checker_reads_a_range_low_end_as_written(texts: list[str]) -> None:
    """The checker's mentions: what the grammar makes, a range's low end made again from its
    own text (as it was when they were sorted out of the ordered list)."""
    lows = 0
    for text in texts:
        if "\n" in text or not re.search(r"[0-9]", text):
            continue
        [para] = Splitter().feed(text)
        if para.text != text:
            continue
        mentions, dates, _errors = scan_with_digits(para)
        made = [i for i in scan_items(text, _Maker(para).mention) if type(i) is Mention]
        assert mentions == [m if m.range_end != "low" else _as_written(m) for m in made]
        assert dates == [i for i in scan_items(text) if isinstance(i, DateMatch)]
        lows += sum(m.range_end == "low" for m in mentions)
    assert lows > 0  # the corpus has ranges ("từ 20 đến 50 triệu đồng")


# ------------------------------------------------------------------ the paragraph index
def _context(text: str) -> ParagraphContext:
    [para] = Splitter().feed(text)
    return ParagraphContext.of(para)


def test_index_is_what_each_rule_made_of_the_figures(texts: list[str]) -> None:
    """On every real paragraph: the starts, ends, plain figures and the figures of every
    sentence-like span are what the comprehensions of the rules give."""
    spans = re.compile(r"[^.;:]*[.;:]?")
    checked = 0
    for text in texts:
        context = _context(text) if "\n" not in text else None
        if context is None or context.text != text or not context.mentions:
            continue
        base = context.paragraph.offset
        mentions = context.mentions
        index = paragraph_index(context)
        assert index.starts == [m.start - base for m in mentions]
        assert index.ends == [m.end - base for m in mentions]
        plain = [m for m in mentions if m.fraction is None]
        assert list(index.plain) == plain
        assert index.plain_starts == [m.start - base for m in plain]
        assert index.plain_ends == [m.end - base for m in plain]
        for m in spans.finditer(text):
            a, b = m.span()
            expected = [x for x in mentions if a <= x.start - base < b]
            assert index.between(a, b) == expected
            first, last = index.span(a, b)
            assert list(mentions[first:last]) == expected
        checked += 1
    assert checked > 1000


def test_index_is_made_once_and_not_carried_to_another_paragraph() -> None:
    """The first rule that asks makes it; the others get the same object; a context evolved
    with another paragraph makes its own (real paragraph: corpus, habeco-khuyenmai-2020)."""
    context = _context(harness.text_of("habeco-khuyenmai-2020"))
    assert context.index is None
    index = paragraph_index(context)
    assert isinstance(index, ParagraphIndex)
    assert paragraph_index(context) is index
    [other] = Splitter().feed("Có 45/50 chi hội, đạt 90%.")
    moved = attrs.evolve(context, paragraph=other, mentions=_context(other.text).mentions)
    assert moved.index is None
    assert paragraph_index(moved).starts == [3, 6, 22]
    assert context == attrs.evolve(context)  # the index takes no part in equality


def test_words_rule_reads_the_index() -> None:
    """Rule words finds the amount in digits before the words by the index's ends: a slip of
    the words is still told, an amount spelled right is not (real paragraph: corpus,
    sunhouse-khuyenmai-2025; the slip: the same with one word changed)."""
    text = harness.text_of("sunhouse-khuyenmai-2025")
    assert not [f for f in check_text(text) if f.code == "amount-words-mismatch"]
    slipped = text.replace("Chín mươi bảy triệu", "Chín mươi tám triệu")
    assert [f.code for f in check_text(slipped) if f.code == "amount-words-mismatch"] == [
        "amount-words-mismatch"
    ]
