"""Round 20 speed work on rule 2 (helper speed23): each faster way reads what the slower one read.

* the bracket depths of a paragraph (:func:`_totals._depths`) from :meth:`str.find` of each
  bracket, not from a search of a character class;
* the sentences of rule 2 (:func:`_totals._sentences`) by a search led by a full stop when the
  text holds no ``!``, ``?`` nor ``…`` (:data:`_totals._FULL_STOP`);
* the change before a quantity (:func:`_totals._is_change`) searched only when the letter before
  it (but white space) may end a change's word, or an ``ơ`` of *hơn so với* is in the look-back
  (:data:`_totals._CHANGE_LAST`).

Each is held against the slower way it replaces (written out here as it was) on generated text
made of the characters that matter (brackets, sentence ends, white spaces of every kind, the
letters of the change words in both cases and their case twins), on the reference document and
on every paragraph of the corpus.  The whole of the findings is held by
``tests/test_checker_golden.py``; every finding of the checker on 67,948 texts (every corpus
paragraph and mutation, the reference and its lines, every test string with a digit) was
compared byte for byte with the start of the round's after each step (see the round's notes).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import _totals
from hoiquanchung.checker._abbreviations import abbreviation_before

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
from _checker_helpers import real_texts  # noqa: E402

# The slower ways, as they were before the round.
_OLD_BRACKET = re.compile(r"[()\[\]{}]")
_OLD_SENTENCE_END = re.compile(r"[.!?…](?=\s+\S|\s*\Z)")


def _old_depths(text: str) -> list[int]:
    if "(" not in text and "[" not in text and "{" not in text:
        return [0] * (len(text) + 1)
    depth = done = 0
    out: list[int] = []
    for m in _OLD_BRACKET.finditer(text):
        i = m.start()
        out.extend([depth] * (i - done))
        if text[i] in "([{":
            out.append(depth)
            depth += 1
        else:
            depth = max(depth - 1, 0)
            out.append(depth)
        done = i + 1
    out.extend([depth] * (len(text) - done + 1))
    return out


def _old_sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _OLD_SENTENCE_END.finditer(text):
        nxt = _totals._NEXT_CHAR.match(text, m.end())
        if nxt is not None and (nxt.group(1).islower() or abbreviation_before(text, m.start())):
            continue
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _old_is_change(text: str, start: int, end: int) -> bool:
    return bool(
        _totals._CHANGE_BEFORE.search(text, max(0, start - _totals._CHANGE_LOOKBACK), start)
        or _totals._CHANGE_AFTER.match(text, end)
    )


def _depths(text: str) -> list[int]:
    _totals._last_depths = ("", [0])  # not the depths of the text asked for before
    return list(_totals._depths(text))


# The characters that matter to the three readings, and some that do not.
_SPACES = " \t\n\u00a0\u2009\u3000\u200b\x0b\x1c"
_ALPHABET = (
    "()[]{}.!?…"
    + _SPACES
    + "tăngiảmêđvượlệchơnsokíùềuaoấpTĂNGIẢMÊĐVƯỢLỆCHƠNSOKÍ"
    + "\u0130\u0131\u0307xX5,;:-"
)
_CHANGES = (
    "tăng",
    "giảm",
    "tăng thêm",
    "giảm đi",
    "vượt",
    "chênh lệch",
    "ít hơn",
    "nhiều hơn",
    "cao hơn so với năm trước",
    "thấp hơn so với cùng kỳ",
    "TĂNG",
    "GIẢM ĐI",
    "Nhiều Hơn",
    "gi\u0130ảm đ\u0130",
    "gi\u0131ảm đ\u0131",
    "xã",
    "có",
)
_PIECES = st.one_of(
    st.sampled_from(_CHANGES),
    st.text(alphabet=_ALPHABET, max_size=6),
    st.sampled_from([" 5 hộ", " 12 người", ". Trong đó", " (gồm", ")", "; ", "TP. Huế", "…"]),
)
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


def _real_texts() -> list[str]:
    return real_texts("lines")


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("a(b)c")
@example(")]( [x{")
@example("Có 5 hội. Trong đó 3 hội! Và 2? Nữa… hết")
def test_depths_and_sentences_as_before(text: str) -> None:
    assert _depths(text) == _old_depths(text)
    assert list(_totals._sentences(text)) == list(_old_sentences(text))


@settings(max_examples=600, deadline=None)
@given(_TEXTS, st.integers(0, 80), st.integers(0, 6))
@example("tăng  5 hộ", 6, 10)
@example("cao hơn so với năm trước 5 hộ", 25, 29)
@example("gi\u0130ảm đ\u0130 5 hộ", 9, 13)
@example("GIẢM ĐI\u3000\u30005", 9, 10)
def test_is_change_as_before(text: str, at: int, width: int) -> None:
    start = min(at, len(text))
    end = min(start + width, len(text))
    assert _totals._is_change(text, start, end) == _old_is_change(text, start, end)


def test_on_real_text() -> None:
    """Every paragraph of the corpus and every line of the reference, each figure's place."""
    for text in _real_texts():
        assert _depths(text) == _old_depths(text)
        assert list(_totals._sentences(text)) == list(_old_sentences(text))
        for m in re.finditer(r"\d+", text):
            assert _totals._is_change(text, m.start(), m.end()) == _old_is_change(
                text, m.start(), m.end()
            ), (text, m.start())


def test_change_last_letters() -> None:
    """Every character a case-blind search matches to the last letter of a change word is in
    :data:`_totals._CHANGE_LAST` (checked on all of Unicode), and the words end with them."""
    last_letters = {"g", "m", "i", "t", "h", "n"}
    for word in ("tăng", "giảm", "thêm", "đi", "vượt", "lệch", "hơn"):
        assert word[-1] in last_letters
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any(re.fullmatch(letter, char, re.IGNORECASE) for letter in last_letters):
            assert char in _totals._CHANGE_LAST, hex(code)


def test_medal_words_hold_hc_or_huy_chuong() -> None:
    """Rule 2 looks for the medal words only where "hc" or "huy chương" is (two scans of a
    paragraph, not five): every word of :data:`_medals.MEDAL_WORDS` must hold one of them."""
    from hoiquanchung.checker._medals import MEDAL_WORDS

    assert MEDAL_WORDS
    assert all("hc" in word or "huy chương" in word for word in MEDAL_WORDS)


def test_plain_functions_run_their_rule() -> None:
    """Rules 5 and 2f are plain functions that give an empty iterator for most paragraphs:
    their findings where they read something are still given, and rule 5 still notes the last
    amount of money of a paragraph without *chữ* for the next one."""
    from hoiquanchung.checker import check_text

    text = "Số tiền: 150.000.000 đồng\nBằng chữ: Một trăm triệu đồng"
    assert [f.code for f in check_text(text)] == ["amount-words-mismatch"]
    grades = (
        "Tỉnh có 229 học sinh đạt giải. Trong đó 11 giải Nhất; 64 giải Nhì; 65 giải Ba"
        " và 79 giải Khuyến khích."
    )
    assert [(f.code, f.computed) for f in check_text(grades)] == [
        ("total-mismatch", "219 học sinh")
    ]


def test_opening_first_characters() -> None:
    """A bracket right after a total (:data:`_totals._OPENING`) is looked for only after a
    character of :data:`_totals._OPENING_FIRST`: every character a match can start with."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if _totals._OPENING.match(char + "(") or _totals._OPENING.match(char + " ("):
            assert char in _totals._OPENING_FIRST, hex(code)


def _old_open_before(text: str, at: int) -> bool:
    return _totals._OPEN_BEFORE.search(text, max(0, at - 20), at) is not None


def _open_gate(text: str, at: int) -> bool:
    """The gate of :func:`_totals._seats` before its search, as written there."""
    lo = max(0, at - 20)
    last = at
    while last > lo and text[last - 1].isspace():
        last -= 1
    return not (last in (at, lo) or text[last - 1] not in _totals._OPEN_LAST)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["khuyết", "thiếu", "KHUYẾT", "Thiếu", "còn ", "dự ", "5 người"]),
            st.text(alphabet=_ALPHABET + "khuyếtKHUYẾT", max_size=5),
        ),
        max_size=10,
    ).map("".join),
    st.integers(0, 60),
)
@example("bầu 7 đồng chí, khuyết 01 đồng chí", 23)
@example("còn thiếu\u3000 2", 12)
def test_open_gate_passes_every_match(text: str, at: int) -> None:
    """Where the slower search finds *khuyết* / *thiếu* right before a figure, the gate lets
    it through (the seats' reading then searches as before)."""
    at = min(at, len(text))
    if _old_open_before(text, at):
        assert _open_gate(text, at)


def test_open_last_letters() -> None:
    """Every character a case-blind search matches to t or u is in :data:`_totals._OPEN_LAST`."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if re.fullmatch("[tu]", char, re.IGNORECASE):
            assert char in _totals._OPEN_LAST, hex(code)
