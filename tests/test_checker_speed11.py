"""Round 13 speed work (helper speed11): each faster way gives exactly what the slower one gave.

* Objects made as the *open twin* of their frozen class (:func:`open_twin`: ordinary stores,
  then ``__class__``) equal, field for field, the objects the constructor makes.
* The scanner's token search (:data:`_grammar._TOKEN`, which passes over the tokens after a
  letter, a digit, ``_``, ``/``, ``.`` or ``,`` in C) finds exactly the tokens of
  :data:`_grammar._NUM` that the scanner read before, on every corpus paragraph and on generated
  text.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker._context import DocumentState, ParagraphContext, exact_context
from hoiquanchung.checker._mentions import Mention, scan_with_digits
from hoiquanchung.checker._text import Paragraph, Splitter, paragraphs, split_lines
from hoiquanchung.numbers import _grammar
from hoiquanchung.numbers._quantity import (
    Bound,
    DateMatch,
    Quantity,
    QuantityMatch,
    exact_date,
    exact_match,
    exact_quantity,
    open_twin,
)

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402
from _checker_helpers import real_texts  # noqa: E402


def _old_tokens(text: str) -> list[tuple[int, int]]:
    """The tokens the scanner read before _TOKEN: _NUM's, less those after [\\w/.,]."""
    spans = []
    for m in _grammar._NUM.finditer(text):
        s = m.start()
        prev = text[s - 1] if s else ""
        if prev and (prev.isalnum() or prev in "/.,_"):
            continue
        spans.append(m.span())
    return spans


def _new_tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _grammar._TOKEN.finditer(text)]


@pytest.mark.parametrize("text", harness.every_text(), ids=lambda _t: "")
def test_token_search_agrees_on_the_corpus(text: str) -> None:
    assert _new_tokens(text) == _old_tokens(text)


# Digits, separators, letters Vietnamese and other (and other letter-likes: superscripts,
# other scripts' digits, which str.isalnum() counts), spaces and punctuation.
_ALPHABET = "0123456789.,/_-: aAđĐệỆ²³٣Ⅻ\u0301\u2060\n%"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_token_search_agrees_on_generated_text(text: str) -> None:
    assert _new_tokens(text) == _old_tokens(text)


@settings(max_examples=200, deadline=None)
@given(st.characters())
def test_the_search_passes_over_what_isalnum_does(ch: str) -> None:
    """The look-behind's ``\\w`` is str.isalnum() or "_", for every character."""
    text = f"{ch}5"
    skipped = ch.isalnum() or ch in "/.,_"
    assert (_new_tokens(text) == [(1, 2)]) is (not skipped)


def _fields(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, a.name) for a in attrs.fields(type(obj)))


def test_twins_make_what_the_constructors_make() -> None:
    q = exact_quantity(Decimal(5), "hội", Bound.EXACT, "5 hội", Decimal(1), 0)
    assert type(q) is Quantity
    assert _fields(q) == _fields(Quantity(5, "hội", Bound.EXACT, "5 hội", 1, 0))
    m = exact_match(3, 8, q, "numerator", None)
    assert type(m) is QuantityMatch
    assert _fields(m) == _fields(QuantityMatch(3, 8, q, "numerator", None))
    d = exact_date(5, 14, "22/9/2014", 22, 9, 2014, "numeric")
    assert type(d) is DateMatch
    assert _fields(d) == _fields(DateMatch(5, 14, "22/9/2014", 22, 9, 2014, "numeric"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.value = Decimal(6)  # type: ignore[misc]


def test_a_twin_of_another_layout_is_refused() -> None:
    @attrs.frozen
    class Other:
        a: int

    twin = open_twin(Other)
    with pytest.raises(TypeError):
        twin().__class__ = Quantity


@pytest.mark.parametrize("text", harness.every_text()[::7], ids=lambda _t: "")
def test_paragraphs_mentions_and_contexts_equal_the_constructed(text: str) -> None:
    state = DocumentState()
    for para in Splitter().feed(text.replace("\n", " ")):
        assert type(para) is Paragraph
        assert para == Paragraph(para.text, para.line, para.columns, para.offset, para.footnote)
        mentions, dates, errors = scan_with_digits(para)
        for mention in mentions:
            assert type(mention) is Mention
            made = Mention(
                mention.quantity,
                mention.start,
                mention.end,
                mention.line,
                mention.column,
                mention.fraction,
                mention.footnote,
                mention.range_end,
            )
            assert _fields(mention) == _fields(made)
        context = exact_context(para, mentions, dates, errors, state, None, None)
        assert type(context) is ParagraphContext
        assert _fields(context) == _fields(
            ParagraphContext(para, mentions, dates, errors, state, None, None)
        )


def _fed(text: str) -> list[tuple[object, ...]]:
    """The paragraphs of *text* as Splitter.feed makes them, one line after another."""
    splitter = Splitter()
    return [
        (*_fields(para), type(para))
        for line, sep in split_lines(text)
        for para in splitter.feed(line, sep)
    ]


def _split(text: str) -> list[tuple[object, ...]]:
    return [(*_fields(para), type(para)) for para in paragraphs(split_lines(text))]


def test_paragraphs_agree_with_feed_on_the_corpus() -> None:
    texts = real_texts("whole")
    for text in texts:
        assert _split(text) == _fed(text)
    # All the paragraphs as one document: lines, footnote bodies over several lines, offsets.
    joined = "\n".join(texts)
    assert _split(joined) == _fed(joined)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 5[]:\n\r\u0301\u2060.", max_size=60))
def test_paragraphs_agree_with_feed_on_generated_text(text: str) -> None:
    assert _split(text) == _fed(text)


def test_paragraphs_agree_with_feed_on_long_lines() -> None:
    """Lines longer than MAX_LINE come in pieces (CONTINUED), footnote bodies among them."""
    for piece in ("Có 5 hội [1: [] chú thích 7] và ", "Có 5 hội, 6 chi hội; ", "a[b"):
        text = piece * 2000 + "\nCó 7 hội\n" + piece * 1000
        assert _split(text) == _fed(text)
