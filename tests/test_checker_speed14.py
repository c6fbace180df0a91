"""Round 14 speed work (helper speed14): each faster way gives exactly what the slower one gave.

* the scanner notes the tokens where a day and a month may start by a token's size (a dot can
  only come third or later) where it tested every token's slices;
* a fraction's two quantities are made exact (:func:`~hoiquanchung.numbers._quantity.
  exact_quantity`) where the constructor converted and checked them;
* a mention's column is read without :meth:`Paragraph.position`'s clamp when its offset is in
  the paragraph.

Each is compared with the plain form on every real paragraph of the corpus and on generated
text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker._mentions import scan_with_digits
from hoiquanchung.checker._text import Splitter
from hoiquanchung.numbers import Quantity, QuantityMatch
from hoiquanchung.numbers._grammar import _TOKEN, scan_items

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

_SEPARATORS = ("/", "-", "–")
_SPACED = (" -", " –")


def _plain_day_months(text: str) -> list[int]:
    """The tokens where a day and a month may start, as the scanner first tested them."""
    found = []
    for m in _TOKEN.finditer(text):
        token, e = m.group(), m.end()
        if (
            token[1:2] == "."
            or token[2:3] == "."
            or (len(token) <= 2 and (text[e : e + 1] in _SEPARATORS or text[e : e + 2] in _SPACED))
        ):
            found.append(m.start())
    return found


def _scanned_day_months(text: str) -> list[int]:
    starts: list[int] = []
    scan_items(text, day_months=starts)
    return starts


def test_day_months_as_the_plain_test_on_the_corpus() -> None:
    texts = harness.every_text()
    found = [_scanned_day_months(t) for t in texts]
    assert found == [_plain_day_months(t) for t in texts]
    assert any(found)  # the comparison is not of empty lists only


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,/-– hngàyHtháng", max_size=40))
def test_day_months_as_the_plain_test_on_generated_text(text: str) -> None:
    assert _scanned_day_months(text) == _plain_day_months(text)


def _fractions(text: str) -> list[QuantityMatch]:
    return [
        item
        for item in scan_items(text)
        if isinstance(item, QuantityMatch) and item.fraction is not None
    ]


def test_fractions_as_the_constructor_makes_them_on_the_corpus() -> None:
    seen = 0
    for text in harness.every_text():
        for match in _fractions(text):
            q = match.quantity
            made = Quantity(q.value, q.unit, q.bound, q.text, q.resolution, q.decimals)
            assert (q, type(q.value), type(q.resolution)) == (
                made,
                type(made.value),
                type(made.resolution),
            )
            assert str(q.value) == str(made.value)
            seen += 1
    assert seen


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 10**7),
    st.integers(1, 10**7),
    st.sampled_from(["", " hội", " người", ",5", ".000"]),
)
def test_fractions_as_the_constructor_makes_them_on_generated_text(
    numerator: int, denominator: int, tail: str
) -> None:
    for match in _fractions(f"đạt {numerator}/{denominator}{tail} chỉ tiêu"):
        q = match.quantity
        made = Quantity(q.value, q.unit, q.bound, q.text, q.resolution, q.decimals)
        assert q == made
        assert str(q.value) == str(made.value)


def test_mention_columns_as_paragraph_position_on_the_corpus() -> None:
    seen = 0
    for text in harness.every_text():
        for para in Splitter().feed(text):
            mentions = scan_with_digits(para)[0]
            for mention in mentions:
                where = para.position(mention.start - para.offset)
                assert (mention.line, mention.column) == where
                seen += 1
    assert seen
