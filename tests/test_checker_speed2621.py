"""Round 21 speed work (helper speed26): each faster way gives what the slower one gave.

* a line longer than :data:`_text._LONG` is normalised in pieces cut before a space
  (:func:`_text._nfc_pieces`), which tells where NFC changed it;
* a line not in NFC keeps its columns as stretches below one changed word in
  :data:`_text._DENSE` (now 50) characters;
* the grammar makes the Decimal of a small whole number once (``_SMALL_DECIMALS``), multiplies a
  scaled amount as ints (:func:`_grammar._read_amount`), finds a scale word as written before
  lowering it (:func:`_grammar._read_scales`) and tells an exponent 0 by the string
  (:func:`_grammar._tidy`).

Each is held here against the way it replaces, on every character Unicode has, on the
reference, on real corpus paragraphs and on generated values.  The whole of the findings is held
by ``tests/test_checker_golden.py``; every finding (all fields, in order) and every mention of
``extract()`` was compared byte for byte with the start of the round's on 30,775 texts.
"""

from __future__ import annotations

import sys
import unicodedata
from decimal import Decimal

from _checker_helpers import corpus, nfc_whole
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import _text as text_module
from hoiquanchung.checker import extract
from hoiquanchung.numbers import _grammar as grammar
from hoiquanchung.numbers import parse_quantity


# ------------------------------------------------------------------ NFC in pieces
def test_a_space_composes_with_nothing_before_or_after_it() -> None:
    """The NFC of a text cut before a space is the NFC of its pieces joined: a space is in NFC
    on its own, of combining class 0, begins no canonical decomposition, and no character
    composes with it on either side."""
    assert unicodedata.is_normalized("NFC", " ")
    assert unicodedata.combining(" ") == 0
    for i in range(sys.maxunicode + 1):
        if 0xD800 <= i <= 0xDFFF:
            continue
        ch = chr(i)
        decomposition = unicodedata.decomposition(ch)
        assert not decomposition.startswith("0020"), hex(i)  # compatibility ones begin with <
        nfc = unicodedata.normalize("NFC", ch)
        assert unicodedata.normalize("NFC", " " + ch) == " " + nfc, hex(i)
        assert unicodedata.normalize("NFC", ch + " ") == nfc + " ", hex(i)


def test_the_references_line_not_in_nfc_read_in_pieces_as_whole(reference_raw: str) -> None:
    """The reference's one line not in NFC (1,594 characters, 17 words decomposed): the same
    text, columns and kind of columns in pieces as whole, now as stretches (17 × 50 < 1,594)."""
    lines = [ln for ln in reference_raw.splitlines() if not unicodedata.is_normalized("NFC", ln)]
    assert [len(ln) for ln in lines] == [1594]
    text, columns = text_module.nfc_with_columns(lines[0])
    assert (text, list(columns), type(columns)) == nfc_whole(lines[0])
    assert text == unicodedata.normalize("NFC", lines[0])
    assert isinstance(columns, text_module.Columns)
    # Each figure of the line keeps the column it had when the line was normalised whole.
    found = [(m.text, m.line, m.column) for m in extract(lines[0])]
    saved, saved_dense = text_module._LONG, text_module._DENSE
    text_module._LONG, text_module._DENSE = 10**9, 100
    try:
        assert found == [(m.text, m.line, m.column) for m in extract(lines[0])]
    finally:
        text_module._LONG, text_module._DENSE = saved, saved_dense
    assert len(found) > 5


def test_long_lines_of_the_corpus_decomposed_read_in_pieces_as_whole() -> None:
    """A real paragraph made long and decomposed here and there, at the cuts of the pieces too."""
    # https://baogialai.com.vn/hoi-chu-thap-do-gia-lai-trao-110-suat-qua-den-doi-tuong-chinh-sach-
    # gia-dinh-kho-khan-post575688.html (corpus "gialai-ctd-110-gifts"): repeated past
    # _LONG.
    line_words = corpus("gialai-ctd-110-gifts").split(" ") * 12
    tried = 0
    n = len(line_words)
    for chosen in ({0}, {n // 2}, {n - 1}, set(range(0, n, 9)), set(range(30, 60)), set()):
        line = " ".join(
            unicodedata.normalize("NFD", w) if i in chosen else w for i, w in enumerate(line_words)
        )
        assert len(line) > text_module._LONG
        text, columns = text_module.nfc_with_columns(line)
        assert (text, list(columns), type(columns)) == nfc_whole(line)
        tried += 1
    assert tried == 6


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["tháng", "năm", "hội", "a", "ĐỒNG", "x\u0301", "\u0301", " ", ""]),
        min_size=150,
        max_size=600,
    )
)
def test_generated_long_lines_read_in_pieces_as_whole(words: list[str]) -> None:
    line = " ".join(
        unicodedata.normalize("NFD", w) if k % 7 == 0 else w for k, w in enumerate(words)
    )
    text, columns = text_module.nfc_with_columns(line)
    assert (text, list(columns), type(columns)) == nfc_whole(line)


def test_a_line_in_nfc_is_given_back_itself() -> None:
    line = "Hội viên tham gia " * 100
    text, columns = text_module.nfc_with_columns(line)
    assert text is line
    assert columns == range(len(line) + 1)


# ------------------------------------------------------------------ the grammar's Decimals
def _old_tidy(value: Decimal) -> Decimal:
    if value.as_tuple().exponent == 0:
        return value
    if value == value.to_integral_value(context=grammar._EXACT):
        return Decimal(int(value))
    return value


@settings(max_examples=500, deadline=None)
@given(
    st.integers(-(10**20), 10**20),
    st.integers(-12, 12),
)
@example(0, 0)
@example(0, -3)
@example(0, 5)
def test_tidy_by_the_string_as_by_the_tuple(coefficient: int, exponent: int) -> None:
    for value in (Decimal(coefficient).scaleb(exponent), -Decimal(coefficient).scaleb(exponent)):
        new, old = grammar._tidy(value), _old_tidy(value)
        assert (str(new), new.as_tuple()) == (str(old), old.as_tuple())


def test_small_decimals_are_the_constructors() -> None:
    assert all(
        str(d) == str(i) and d.as_tuple() == Decimal(i).as_tuple()
        for i, d in enumerate(grammar._SMALL_DECIMALS)
    )


def test_scaled_amounts_read_as_before() -> None:
    """A scaled amount multiplied as ints: the value and its exponent as the Decimal product
    gave them, a negative zero too (real figures of the corpus's money)."""
    cases = {
        "14,6 tỷ đồng": "14600000000",
        "34 tỷ đồng": "34000000000",
        "1 tỷ 201 triệu đồng": "1201000000",
        "1 tỷ 286,6 triệu đồng": "1286600000",
        "-5 triệu đồng": "-5000000",
        "-0 tỷ đồng": "-0",
        "0,5 nghìn người": "500",
        "0,0015 nghìn hộ": "1.5000",
        "16 triệu lượt người": "16000000",
    }
    for written, value in cases.items():
        quantity = parse_quantity(written)
        assert str(quantity.value) == value, written


def test_a_scale_word_written_in_capitals_is_still_read() -> None:
    assert parse_quantity("5 TỶ đồng").value == Decimal(5 * 10**9)
    assert parse_quantity("5 Triệu đồng").value == Decimal(5 * 10**6)
