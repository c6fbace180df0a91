"""Round 7 speed work: each faster reading gives exactly what the slower one gave.

* the number token is found by ``[0-9][0-9]*...`` (the same as ``[0-9]+...``), a footnote
  reference by a pattern that reads its first BLANK before the look-behind;
* a token without scale words is read by the scanner itself (not :func:`_read_amount`): the
  same value, resolution and decimals as that function reads, the same error when malformed;
* a bound word before a number is searched for only after a test of the character before the
  white space ahead of the number (:data:`_PREFIX_LAST`);
* the figures table reads a clause for labels only where a label word is
  (:class:`_LabelWords`), and runs its marker, change and total searches only in a paragraph
  holding their words (:func:`may_contain`).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker._figures_table import (
    _CHANGE,
    _CHANGE_WORDS,
    _FOOTNOTE_REF,
    _MARKER_AFTER,
    _MARKER_WORDS,
    _PARTS_MARKER,
    _TOTAL_BEFORE,
    _TOTAL_WORDS,
    _labels,
    _LabelWords,
)
from hoiquanchung.checker._patterns import may_contain
from hoiquanchung.checker._text import BLANK
from hoiquanchung.errors import NumberFormatError
from hoiquanchung.numbers import scan_numbers
from hoiquanchung.numbers._grammar import _NUM, _PREFIX_BEHIND, _PREFIX_LAST, _read_amount

CORPUS = Path(__file__).resolve().parent / "corpus"
# The patterns as they were written before (the reference the faster ones are held to).
_NUM_BEFORE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_FOOTNOTE_REF_BEFORE = re.compile(f"(?<!{BLANK}){BLANK}{{17,20}}(?!{BLANK})")


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("p*.toml")):
        texts += [p["text"] for p in tomllib.loads(path.read_text("utf-8"))["paragraph"]]
    return texts


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list:
    end = len(text) if endpos is None else endpos
    return [m.span() for m in pattern.finditer(text, pos, end)]


def test_number_tokens_as_before_on_real_text(reference_text: str) -> None:
    for text in [reference_text, *_corpus_texts()]:
        assert _spans(_NUM, text) == _spans(_NUM_BEFORE, text)


@given(st.text(alphabet="0123456789.,/ -a\u00a0", max_size=40))
def test_number_tokens_as_before(text: str) -> None:
    assert _spans(_NUM, text) == _spans(_NUM_BEFORE, text)


@given(
    st.lists(st.one_of(st.integers(1, 25).map(BLANK.__mul__), st.sampled_from("x 5(")), max_size=8),
    st.data(),
)
def test_footnote_references_as_before(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    assert _spans(_FOOTNOTE_REF, text, pos, endpos) == _spans(
        _FOOTNOTE_REF_BEFORE, text, pos, endpos
    )


_TOKENS = st.from_regex(r"\A[1-9][0-9]{0,6}(?:[.,][0-9]{1,4}){0,3}\Z", fullmatch=True)


@given(_TOKENS, st.sampled_from(["", "-"]), st.sampled_from([" hội viên", "%", " đồng", ""]))
def test_a_token_without_scale_reads_as_read_amount(token: str, sign: str, unit: str) -> None:
    """What the scanner reads of a token is what :func:`_read_amount` reads (value, resolution,
    decimals, exponent), and a malformed token the same error, wherever the scanner reads it
    as a quantity (not as a date or a heading's number)."""
    written = f"có {sign}{token}{unit}"
    at = written.index(token)
    found = scan_numbers(written)
    try:
        expected = _read_amount(written, at, sign == "-")
    except NumberFormatError as err:
        failure: NumberFormatError | None = err
    else:
        failure = None
    if failure is not None:
        if found.errors:
            assert [(e.message, e.offset) for e in found.errors] == [
                (failure.message, failure.offset)
            ]
        return
    for match in found.quantities:
        if match.start in (at, at - len(sign)):
            got = match.quantity
            assert (got.value, got.resolution, got.decimals) == expected[1:4]
            assert str(got.value) == str(expected.value)  # the same exponent too


_WORDS = ["cấp", "CẤP", "Cấp", "vụ", "VỤ", "khác", "KHÁC", "tỉnh", "hội", "giao nhiệm", "İ", "ı"]


@given(st.lists(st.sampled_from([*_WORDS, " ", ", ", "5 ", ";", "("]), max_size=20), st.data())
def test_label_words_find_every_clause_with_a_label(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    words = _LabelWords(text)
    if not words.within(start, stop):
        assert list(_labels(text[start:stop])) == []
    if not words.everywhere:
        folded = text.lower()
        assert words.within(start, stop) == any(
            w in folded[start:stop] for w in ("cấp", "vụ", "khác")
        )


_SEARCHES = [
    (_PARTS_MARKER, _MARKER_WORDS),
    (_MARKER_AFTER, _MARKER_WORDS),
    (_CHANGE, _CHANGE_WORDS),
    (_TOTAL_BEFORE, _TOTAL_WORDS),
]
_PIECES = [
    "trong đó", "TRONG ĐÓ", "bao gồm", "Gồm", "gồm có", "tăng", "GIẢM", "gıảm", "gİảm", "vượt",
    "chênh lệch", "tổng số", "Tổng", "thêm", " ", "5 ", ";", "hội", "có",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_may_contain_whenever_the_search_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern, words in _SEARCHES:
        if pattern.search(text) is not None:
            assert may_contain(text, words)


def test_may_contain_on_real_text(reference_text: str) -> None:
    for text in [reference_text, *_corpus_texts()]:
        for pattern, words in _SEARCHES:
            if pattern.search(text) is not None:
                assert may_contain(text, words)


_BOUND_PIECES = [
    "hơn", "HƠN", "Trên", "dưới", "gần", "ngót", "chưa đến", "trên dưới", "khoảng", "ước tính",
    "xấp xỉ", "chừng", "ít nhất", "tối thiểu", "tối đa", "không quá", "từ", "TỪ", "ı", "İ",
    "ſ", "x", " ", "  ", "\u00a0", "5", "hội",
]  # fmt: skip


@given(st.lists(st.sampled_from(_BOUND_PIECES), max_size=8))
def test_the_last_letter_test_keeps_every_bound_word_before_a_number(pieces: list[str]) -> None:
    """Where the search finds a bound word before a number, its last character passes the
    one-character test that now comes first (so the test never hides a bound word)."""
    text = "".join(pieces) + " "
    start = len(text)
    if _PREFIX_BEHIND.search(text, max(0, start - 16), start) is not None and start >= 2:
        assert _PREFIX_LAST.match(text, start - 2) is not None
