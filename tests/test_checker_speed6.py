"""Round 11 (speed6): each faster way gives exactly what the slower one gave, on every real
paragraph of the corpus (measured and waiting), on every committed mutation of them, on the
reference document and on generated text.

* the checker's engine makes a paragraph's mentions as the grammar yields its quantities
  (:func:`scan_with_digits`), not from a list of matches afterwards (:func:`_mentions`, then the
  low end of a range as written: :func:`_as_written`);
* the grammar asks whether a figure with a unit is an ordinal (``lần thứ 1 nhiệm kỳ``) only
  when the word before it may end like an ordinal word (the lower case of its last character);
* the context of a paragraph holds its text in a slot (what the property gave).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import DocumentState, ParagraphContext, exact_context
from hoiquanchung.checker._mentions import (
    HAS_DIGIT,
    Mention,
    _as_written,
    _mentions,
    scan_with_digits,
)
from hoiquanchung.checker._text import Paragraph, paragraphs, split_lines
from hoiquanchung.errors import NumberFormatError
from hoiquanchung.numbers import DateMatch, QuantityMatch
from hoiquanchung.numbers import _grammar as grammar
from hoiquanchung.numbers._grammar import scan_items, scan_nfc

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


def _mutated() -> list[str]:
    """Every committed mutation of the corpus, applied to its paragraph."""
    texts = {p.id: p.text for p in harness.every_paragraph().values()}
    out = []
    with (CORPUS / "mutations.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            m = json.loads(line)
            text = texts[m["paragraph"]]
            out.append(text[: m["start"]] + m["new"] + text[m["end"] :])
    return out


@pytest.fixture(scope="module")
def texts(reference_text: str) -> list[str]:
    """Every real paragraph of the corpus, every mutation of them, then the reference."""
    return [*harness.every_text(), *_mutated(), reference_text]


def _paragraphs(text: str) -> list[Paragraph]:
    return [p for p in paragraphs(split_lines(text)) if HAS_DIGIT.search(p.text)]


def _mention_fields(m: Mention) -> tuple[object, ...]:
    """Every field of a mention, the derived ones too (which ``==`` does not compare)."""
    return (*attrs.astuple(m, recurse=False), m.text, m.value, m.unit, m.bound)


def _error_fields(e: NumberFormatError) -> tuple[object, ...]:
    return (type(e), e.message, e.offset, e.suggestions, str(e))


def _slow_scan(para: Paragraph) -> tuple[list[Mention], list[DateMatch], list[NumberFormatError]]:
    """What the engine read before round 11: the grammar's three lists, the mentions made from
    the list of quantities, then each low end of a range as written."""
    found = scan_nfc(para.text)
    mentions = [_as_written(m) for m in _mentions(para, found.quantities)]
    return mentions, found.dates, found.errors


def _assert_same_scan(para: Paragraph) -> int:
    fast = scan_with_digits(para)
    slow = _slow_scan(para)
    assert [_mention_fields(m) for m in fast[0]] == [_mention_fields(m) for m in slow[0]]
    assert fast[1] == slow[1]
    assert [_error_fields(e) for e in fast[2]] == [_error_fields(e) for e in slow[2]]
    return len(fast[0])


def test_mentions_made_as_scanned_on_every_real_text(texts: list[str]) -> None:
    figures = lows = 0
    for text in texts:
        for para in _paragraphs(text):
            figures += _assert_same_scan(para)
            lows += sum(m.range_end == "low" for m in scan_with_digits(para)[0])
    assert figures > 10_000  # the corpus holds figures: the test reads them
    assert lows > 0  # and ranges, whose low end is read as written


_REPORTISH = st.text(
    alphabet="0123456789.,/-–% \ntừđếnvàtriệuđồngtỷhộihộiviênngàytháng năm thứ THỨ (:)[]",
    max_size=80,
)


@given(_REPORTISH)
@example("từ 20 đến 50 triệu đồng, lần thứ 2 hội viên, ngày 31/02/2024, 1.40 tỷ")
@example("có 1,2,3 hội; 113.453/151.530 hộ; 5.230 người/ 5.500 người")
def test_mentions_made_as_scanned(text: str) -> None:
    for para in _paragraphs(text):
        _assert_same_scan(para)


def _items(text: str) -> list[tuple[object, ...]]:
    return [
        _error_fields(item) if isinstance(item, NumberFormatError) else (item,)
        for item in scan_items(text)
    ]


def _assert_ordinal_test_sound(text: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """The grammar's items of *text* with the test before the ordinal reading, and without it
    (every last letter allowed: the ordinal reading tried after every figure with a unit)."""
    fast = _items(text)
    with monkeypatch.context() as patched:
        patched.setattr(grammar, "_ORDINAL_LAST", ("",))
        slow = _items(text)
    assert fast == slow
    return fast != _items(text.replace("thứ", "thu"))


def test_ordinal_test_sound_on_every_real_text(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in texts:
        _assert_ordinal_test_sound(text, monkeypatch)
    # The ordinal reading does claim figures in the corpus: the fast way keeps them.
    claimed = [
        text for text in texts if "thứ" in text and _assert_ordinal_test_sound(text, monkeypatch)
    ]
    assert claimed


@given(st.text(alphabet="0123456789 lầnthứTHỨỨứhộiviênnhiệmkỳ,.İ", max_size=40))
@example("lần thứ 1 nhiệm kỳ, LẦN THỨ 2 hội viên")
@example("Lần Thứ 3 hội; thứ  4 người")
def test_ordinal_test_sound(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _assert_ordinal_test_sound(text, monkeypatch)


def test_context_text_is_the_paragraphs(texts: list[str]) -> None:
    state = DocumentState()
    for text in texts[:200]:
        for para in paragraphs(split_lines(text)):
            made = exact_context(para, [], [], [], state, None, None)
            assert made.text is para.text
            assert ParagraphContext.of(para, state=state).text is para.text
            assert ParagraphContext(para, [], [], [], state).text is para.text


def test_context_text_follows_an_evolved_paragraph() -> None:
    first, second = paragraphs(split_lines("Có 5 hội\nCó 6 hội viên"))
    context = ParagraphContext.of(first)
    assert attrs.evolve(context, paragraph=second).text == "Có 6 hội viên"
    assert context == exact_context(
        first, context.mentions, context.dates, context.errors, context.state, None, None
    )
    assert repr(context).endswith("section=None)")  # the text is derived: not shown


def test_ordinal_figure_still_no_figure() -> None:
    """``lần thứ 2``: an ordinal, no figure, whatever follows it (the fast test lets it through)."""
    assert [m.text for m in scan_nfc("Đại hội lần thứ 2 nhiệm kỳ có 5 hội").quantities] == ["5 hội"]
    assert [m.text for m in scan_nfc("ĐẠI HỘI LẦN THỨ 2 nhiệm kỳ").quantities] == []
    assert check_text("Đại hội lần thứ 2 nhiệm kỳ 2024-2029.") == []


def test_quantity_matches_only_as_quantities() -> None:
    """The engine sorts the grammar's items by their type: a quantity is a QuantityMatch."""
    items = scan_items("có 5 hội, ngày 5/6, 1.40 tỷ")
    assert [type(i) for i in items] == [QuantityMatch, DateMatch, NumberFormatError]
