"""Round 20 speed work (helper speed25): each faster way reads what the slower one read.

* rule 2p's gate (:func:`_place_allocations._gives_places`) looks for *mỗi tỉnh* only where an
  *ỗ* is and for *đồng/tỉnh* from each slash, instead of one case-blind search of the paragraph;
* rule 2c finds *mỗi* from each *ỗ* by :meth:`str.find` (:func:`_per_unit._each_search`) and
  begins the search of the total after a list's items (:func:`_per_unit._trailing_total`) at
  the first place a match may begin;
* rule 1 tells a percentage that is its fraction rounded half up in integers
  (:func:`_rates._holds_half_up`), without the comparison, which would find nothing;
* a line not in NFC longer than :data:`_text._LONG` (now 1,000) is split into words only where
  NFC changed it (:func:`_text.nfc_with_columns`).

Each is held here against the way it replaces: on every character Unicode has (the letters a
case-blind pattern takes), on the reference and every real paragraph of the corpus, and on
generated text.  The whole of the findings is held by ``tests/test_checker_golden.py``; every
finding (all fields, in order) was compared byte for byte with the start of the round's on
67,948 texts (every corpus paragraph and mutation, the reference and its lines, every test
string with a digit; see the round's notes).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from _checker_helpers import nfc_whole
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import _per_unit as pu
from hoiquanchung.checker import _place_allocations as pa
from hoiquanchung.checker import _rates as rates
from hoiquanchung.checker import _text as text_module
from hoiquanchung.checker import extract
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._text import Paragraph

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

# The gate of rule 2p as it was (one case-blind search of the paragraph).
_OLD_GATE = re.compile(r"mỗi\s+(?:tỉnh|địa\s+phương)|đồng\s*/\s*tỉnh", re.IGNORECASE)


def _old_each_search(text: str, start: int = 0, stop: int | None = None) -> re.Match[str] | None:
    stop = len(text) if stop is None else stop
    for letter in pu._EACH_LETTER.finditer(text, start + 1, stop):
        found = pu._EACH.match(text, letter.start() - 1, stop)
        if found is not None:
            return found
    return None


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


# ------------------------------------------------------------------ every character
def _case_blind_twins(letter: str) -> set[str]:
    pattern = re.compile(re.escape(letter), re.IGNORECASE)
    return {chr(i) for i in range(sys.maxunicode + 1) if pattern.fullmatch(chr(i))}


def test_letters_the_gates_look_for_are_all_a_case_blind_letter_takes() -> None:
    """A case-blind "ỗ" takes "ỗ" and "Ỗ" only, "ổ" takes "ổ" and "Ổ" only, and the letters of
    *với* take those of pu._WITH_CHARS only: a text without them has no match."""
    assert _case_blind_twins("ỗ") == {"ỗ", "Ỗ"}
    assert _case_blind_twins("ổ") == {"ổ", "Ổ"}
    twins = _case_blind_twins("v") | _case_blind_twins("ớ") | _case_blind_twins("i")
    assert twins | {","} == set(pu._WITH_CHARS)


def test_white_space_of_the_patterns_is_what_isspace_says() -> None:
    """``\\s`` of a text pattern takes exactly the characters :meth:`str.isspace` takes (the
    readings back from a slash or an "ổ" walk over white space by isspace)."""
    space = re.compile(r"\s")
    assert all(
        chr(i).isspace() == (space.fullmatch(chr(i)) is not None) for i in range(sys.maxunicode + 1)
    )


# ------------------------------------------------------------------ real text
@pytest.fixture(scope="module")
def documents(reference_text: str) -> list[str]:
    """The reference document, each of its lines, and every real paragraph of the corpus."""
    return [reference_text, *reference_text.split("\n"), *harness.every_text()]


def test_place_gate_reads_real_text_as_the_search(documents: list[str]) -> None:
    opened = 0
    for text in documents:
        old = ("ỗi" not in text and "/" not in text) or _OLD_GATE.search(text) is None
        new = ("ỗi" not in text and "/" not in text) or not pa._gives_places(text)
        assert new == old, text
        opened += not new
    assert opened > 10  # real paragraphs that give each place a share are read


def test_each_search_reads_real_text_as_the_search(documents: list[str]) -> None:
    found = 0
    for text in documents:
        if "ỗ" not in text and "Ỗ" not in text:
            continue
        for start in (0, 1, len(text) // 3, len(text) // 2):
            for stop in (None, len(text) - 1, len(text) // 2 + 7):
                new = pu._each_search(text, start, stop)
                assert _span(new) == _span(_old_each_search(text, start, stop)), text
                found += new is not None
    assert found > 100


def test_trailing_total_reads_real_text_as_the_search(documents: list[str]) -> None:
    """At every digit of every real text holding "tổng" (the end of a list's items is a figure's
    start), from the text's start and from its middle."""
    found = 0
    for text in documents:
        if "ổ" not in text and "Ổ" not in text:
            continue
        ends = [m.start() for m in re.finditer(r"[0-9]+", text)][:200]
        for stop in ends:
            for start in (0, stop // 2):
                new = pu._trailing_total(text, start, stop)
                old = pu._TRAILING_TOTAL.search(text, start, stop)
                assert _span(new) == _span(old), (text, start, stop)
                found += new is not None
    assert found > 5


# ------------------------------------------------------------------ generated text
_PIECES = st.sampled_from(
    [
        "mỗi",
        "MỖI",
        "Mỗi",
        " ",
        "  ",
        "\u00a0",
        "\n",
        "tỉnh",
        "TỈNH",
        "địa",
        "phương",
        "đồng",
        "ĐỒNG",
        "/",
        " / ",
        ",",
        ", ",
        "với",
        "VỚI",
        "tổng",
        "Tổng",
        "TỔNG",
        "giá",
        "trị",
        "kinh phí",
        "số tiền",
        "là",
        ":",
        "100",
        "triệu",
        "suất",
        "xã",
        "hộ",
        "ổ",
        "ỗ",
        "İı",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 60), st.integers(0, 60))
@example("50 triệu ĐỒNG  /\u00a0Tỉnh", 0, 20)
@example("100 suất, với tổng giá trị là 150", 0, 30)
@example("100 suất với  , VỚI TỔNG SỐ TIỀN LÀ: 150", 3, 37)
def test_generated_text_reads_as_the_searches(text: str, a: int, b: int) -> None:
    assert pa._gives_places(text) == (_OLD_GATE.search(text) is not None)
    start, stop = min(a, b, len(text)), min(max(a, b), len(text))
    assert _span(pu._each_search(text, start, stop)) == _span(_old_each_search(text, start, stop))
    assert _span(pu._trailing_total(text, start, stop)) == _span(
        pu._TRAILING_TOTAL.search(text, start, stop)
    )


# ------------------------------------------------------------------ rates that hold
def _unchecked_judge(text: str, numerator: Mention, denominator: Mention, rate: Mention) -> object:
    """Rule 1's judgement of a fraction and its rate without the fast test of a rate that
    holds (the comparison always made, as before)."""
    para = Paragraph(text, 1, range(len(text) + 1), 0)
    saved = rates._holds_half_up
    rates._holds_half_up = lambda *_: False  # type: ignore[assignment]
    try:
        return rates._judge(para, numerator, denominator, rate, None)
    finally:
        rates._holds_half_up = saved  # type: ignore[assignment]


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # thousands dots, the Vietnamese way


@settings(max_examples=600, deadline=None)
@given(st.integers(0, 200_000), st.integers(0, 200_000), st.integers(0, 3), st.integers(-1, 1))
@example(375, 648, 2, 0)
@example(1, 8, 1, 0)
@example(10, 80, 0, 0)
@example(0, 0, 0, 0)
@example(5, 0, 0, 1)
def test_a_rate_said_to_hold_is_one_the_comparison_finds_nothing_in(
    n: int, d: int, decimals: int, nudge: int
) -> None:
    """Whenever the fast test says a rate holds, the full comparison finds nothing; and it says
    so for every rate written half up (the commonest rate of a report)."""
    step = Decimal(1).scaleb(-decimals)
    exact = Decimal(n) * 100 / Decimal(d) if d else Decimal(n)
    value = exact.quantize(step, rounding=ROUND_HALF_UP) + nudge * step
    text = f"có {_grouped(n)}/{_grouped(d)} hội viên, đạt {f'{value:f}'.replace('.', ',')}%"
    found = extract(text)
    if len(found) != 3 or found[0].fraction != "numerator" or found[2].unit != "%":
        return  # not read as a fraction and its rate
    holds = rates._holds_half_up(*found)
    if holds:
        assert _unchecked_judge(text, *found) is None, text
    if d and nudge == 0 and found[2].value == value:
        assert holds, text


def test_rates_of_real_text_said_to_hold_find_nothing(documents: list[str]) -> None:
    """Every fraction of real text followed by a percentage: the fast test says it holds only
    when the full comparison finds nothing."""
    said = 0
    for text in documents[1:]:
        if "%" not in text or "/" not in text:
            continue
        found = extract(text)
        for k in range(len(found) - 2):
            a, b, r = found[k : k + 3]
            if a.fraction != "numerator" or b.fraction != "denominator" or r.unit != "%":
                continue
            if rates._holds_half_up(a, b, r):
                said += 1
                assert _unchecked_judge(text, a, b, r) is None, text
    assert said > 50


# ------------------------------------------------------------------ lines not in NFC
def test_lines_not_in_nfc_read_by_their_changed_stretch_as_split_whole(
    reference_text: str,
) -> None:
    """A line longer than _LONG reads the stretch NFC changed first: the same text and columns
    (and the same kind of columns) as the line split into words whole, on the reference's
    lines with some words decomposed (near the start, the middle, the end, everywhere)."""
    tried = 0
    for line in reference_text.split("\n"):
        if len(line) < 200:
            continue
        words = line.split(" ")
        n = len(words)
        for chosen in ({0}, {n // 2}, {n - 1}, {n // 4, n // 3}, set(range(0, n, 7)), set()):
            decomposed = " ".join(
                unicodedata.normalize("NFD", w) if i in chosen else w for i, w in enumerate(words)
            )
            text, columns = text_module.nfc_with_columns(decomposed)
            assert (text, list(columns), type(columns)) == nfc_whole(decomposed)
            tried += len(decomposed) > text_module._LONG
    assert tried > 20


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["tháng", "năm", "hội", "a", "ĐỒNG", "x\u0301", " ", ""]), max_size=400
    )
)
def test_generated_lines_read_by_their_changed_stretch_as_split_whole(words: list[str]) -> None:
    line = " ".join(
        unicodedata.normalize("NFD", w) if k % 5 == 0 else w for k, w in enumerate(words)
    )
    text, columns = text_module.nfc_with_columns(line)
    assert (text, list(columns), type(columns)) == nfc_whole(line)
