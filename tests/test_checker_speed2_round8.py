"""Round 8 speed work (helper speed2): each faster way gives exactly what the slower one gave.

* the engine scans a paragraph it knows to hold a digit with :func:`scan_with_digits` (what
  :func:`scan` gives, without a second search for a digit);
* rule 2d makes its section tables with :func:`exact_table` (what the ``Table`` constructor
  makes, without its checks) and reconciles them with :func:`reconcile_totals` (what
  :func:`reconcile` finds, without the totals derived beyond the stated ones, which only add
  ``breakdown-conflict`` findings the rule never keeps);
* the outline reads a paragraph as a heading only when it opens like one (:data:`_OPENING`);
* :func:`may_contain` looks for the case twins once a paragraph;
* the numbers' grammar reads the unit a run of words after a number makes once, and finds it
  again for the same run (``_READINGS``; a digit after a noun of time is still looked at).

The led patterns (``_ORGAN_BEFORE``) are held to the patterns as written by
``tests/test_checker_patterns.py`` (every entry of ``LED``).
"""

from __future__ import annotations

import json
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import _figures_table, _section_totals, check_text
from hoiquanchung.checker._mentions import (
    HAS_DIGIT,
    Scan,
    _as_written,
    _mentions,
    scan,
    scan_with_digits,
)
from hoiquanchung.checker._patterns import _CASE_TWINS, lowered, may_contain, may_contain_between
from hoiquanchung.checker._sections import _HEADING, _OPENING, _PART
from hoiquanchung.checker._text import BLANK, paragraphs, split_lines
from hoiquanchung.errors import NumberFormatError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Dimension, Figure, StatedFigure, Table, reconcile
from hoiquanchung.indicators._reconcile import exact_table, reconcile_totals
from hoiquanchung.numbers import _grammar as g
from hoiquanchung.numbers._grammar import scan_nfc
from hoiquanchung.numbers._parse import SPACES

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

_corpus_texts = harness.every_text  # measured, then waiting


def _mutated_texts() -> list[str]:
    """Every committed mutation of a measured corpus paragraph, applied."""
    by_id = {}
    for path in sorted(CORPUS.glob("p*.toml")):
        for p in tomllib.loads(path.read_text("utf-8"))["paragraph"]:
            by_id[p["id"]] = p["text"]
    texts = []
    for line in (CORPUS / "mutations.jsonl").read_text("utf-8").splitlines():
        m = json.loads(line)
        text = by_id.get(m["paragraph"])
        if text is not None:
            texts.append(text[: m["start"]] + m["new"] + text[m["end"] :])
    return texts


def _documents(reference_text: str) -> list[str]:
    """The reference, every corpus paragraph alone and all of them as one document, and every
    mutation of them."""
    corpus = _corpus_texts()
    return [reference_text, *corpus, "\n".join(corpus), *_mutated_texts()]


def test_scan_with_digits_is_scan(reference_text: str) -> None:
    """What the engine reads of a paragraph is what scan_nfc finds in it, made mentions as
    :func:`scan` made them before (a range's low end as written)."""
    for text in [reference_text, *_corpus_texts()]:
        for para in paragraphs(split_lines(text)):
            if not HAS_DIGIT.search(para.text):
                continue
            mentions, dates, errors = scan_with_digits(para)
            found = scan_nfc(para.text)
            before = [_as_written(m) for m in _mentions(para, found.quantities)]
            assert (mentions, dates) == (before, found.dates)
            assert [_error(e) for e in errors] == [_error(e) for e in found.errors]
            assert Scan(mentions, dates, errors).mentions == scan(para).mentions


def _error(err: NumberFormatError) -> tuple[object, ...]:
    """An error as compared (exceptions are equal only to themselves)."""
    return type(err), err.message, err.offset, err.suggestions


@pytest.fixture
def checked_tables(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every section table rule 2d makes is compared with the constructor's, and every
    reconciliation of one with :func:`reconcile`, while the fixture is active (the counts of
    comparisons made: tables, findings)."""
    made = [0, 0]

    def table(name, path, dimensions, figures, fractional, index=None) -> Table:  # type: ignore[no-untyped-def]
        fast = exact_table(name, path, dimensions, figures, fractional, index)
        slow = Table(
            name=name, path=path, dimensions=dimensions, figures=figures, fractional=fractional
        )
        assert fast == slow
        assert fast._keys == slow._keys
        assert fast._values == slow._values
        made[0] += 1
        return fast

    def totals(table: Table) -> list[Finding]:
        fast = reconcile_totals(table)
        slow = reconcile(table)
        assert slow[: len(fast)] == fast
        assert all(f.code == "breakdown-conflict" for f in slow[len(fast) :])
        made[1] += len(slow)
        return fast

    monkeypatch.setattr(_figures_table, "exact_table", table)
    monkeypatch.setattr(_section_totals, "reconcile_totals", totals)
    return made


def test_section_tables_as_the_constructor_makes_them(
    reference_text: str, checked_tables: list[int]
) -> None:
    for text in _documents(reference_text):
        check_text(text)
    assert checked_tables[0] > 60  # the comparisons were made, on many tables
    assert checked_tables[1] > 2


def test_reconcile_totals_keeps_every_stated_finding() -> None:
    """Two complete breakdowns of an unstated total that disagree: reconcile() says so after
    the stated totals' findings; reconcile_totals() stops before it."""
    level = Dimension("level", ("cấp tỉnh", "cấp huyện"), complete=True)
    sex = Dimension("sex", ("nam", "nữ"), complete=True)

    def fig(value: int, **at: str) -> Figure:
        return Figure(StatedFigure(Decimal(value)), measure="người", at=at)

    table = Table(
        name="t",
        path="t",
        dimensions=(level, sex),
        figures=(
            fig(10, level="cấp tỉnh"),
            fig(4, level="cấp tỉnh", sex="nam"),
            fig(5, level="cấp tỉnh", sex="nữ"),
            fig(20, level="cấp huyện"),
            fig(7, sex="nam"),
            fig(30, sex="nữ"),
        ),
    )
    slow = reconcile(table)
    fast = reconcile_totals(table)
    assert [f.code for f in fast] == ["total-mismatch"]
    assert slow[:1] == fast
    assert [f.code for f in slow[1:]] == ["breakdown-conflict"]


def test_a_negative_figure_is_no_part_of_a_section_table() -> None:
    """A decrease ("−5 hội") beside a total and its levels: before, the table refused it and
    the checker stopped with an error; it is now left out of the table."""
    # (Two parts by level after the decrease: one part alone in another sentence than its
    # total is never reported as exceeding it, since round 10.)
    text = (
        "1. Về tổ chức\nTổng số 10 hội, trong đó cấp tỉnh: −5 hội. Cấp huyện: 8 hội. Cấp xã: 7 hội."
    )
    found = [(f.code, f.stated, f.computed) for f in check_text(text)]
    assert found == [("parts-exceed-total", "10 hội", "ít nhất 15 hội")]
    text = "1. Về tổ chức\nTổng số 10 hội, trong đó cấp tỉnh: −5 hội. Cấp huyện, xã: 15 hội."
    assert check_text(text) == []
    text = "1. Về tổ chức\nTổng số 10 hội, trong đó cấp tỉnh: 4 hội.\n-5 hội cấp huyện, xã."
    assert check_text(text) == []


_OPENERS = st.sampled_from(
    [" ", "\t", "\u00a0", "\u3000", BLANK, "\n", "I", "V", "X", "L", "i", "P", "p", "Phần",
     "phần", "PHẦN", "thứ", "nhất", "4", "4.3", "٣", "١٢", ".", ". ", "a", "Đ", "-", "*", "II."]
)  # fmt: skip


@given(st.lists(_OPENERS, max_size=8))
def test_a_paragraph_that_does_not_open_like_a_heading_is_none(pieces: list[str]) -> None:
    text = "".join(pieces)
    stripped = text.replace(BLANK, "").strip()
    if _OPENING.match(text) is None:
        assert _PART.match(stripped) is None
        assert _HEADING.match(stripped) is None


def test_a_paragraph_that_does_not_open_like_a_heading_is_none_on_real_text(
    reference_text: str,
) -> None:
    for text in [reference_text, *_corpus_texts()]:
        for para in paragraphs(split_lines(text)):
            stripped = para.text.replace(BLANK, "").strip()
            if _OPENING.match(para.text) is None:
                assert _PART.match(stripped) is None
                assert _HEADING.match(stripped) is None


_FOLDING = ["trong", "TRONG", "gồm", "tăng", "İ", "ı", "ſ", "x", " ", "tổng", "a\u0307"]


@given(
    st.lists(st.sampled_from(_FOLDING), max_size=10),
    st.lists(st.sampled_from(["trong", "gồm", "tăng", "tổng", "i", "s"]), min_size=1, max_size=3),
)
def test_may_contain_as_before(pieces: list[str], words: list[str]) -> None:
    text = "".join(pieces)
    folded = lowered(text)
    before = any(w in folded for w in words) or any(c in folded for c in _CASE_TWINS)
    assert may_contain(text, tuple(words)) is before


def _read_unit_before(text: str, pos: int) -> tuple[int, str | None]:
    """:func:`_read_unit` (``rest=False``) as it was before its readings were kept: every run
    of words read afresh (the reference the faster one is held to)."""
    if pos >= len(text):
        return pos, None
    m = g._SPACED_PERCENT.match(text, pos)
    if m is not None:
        return m.end(), "%"
    if text[pos] not in SPACES:
        am = g._UNIT_WORD.match(text, pos)
        if am is None or g._lower(am.group()) in g._SCALES:
            return pos, None
        return am.end(), g._norm_unit(am.group())
    wm = g._WORDS.match(text, pos)
    if wm is None:
        return pos, None
    lowered = wm.group().lower()
    if "\u0131" in lowered or "\u017f" in lowered or "\u0307" in lowered:
        words = [g._lower(w) for w in wm.groups() if w is not None]
    else:
        words = lowered.split()
    first = words[0]
    if first in g._LEADS_NOUN:
        for k in range(min(len(words), g._MAX_NOUN_WORDS), 1, -1):
            noun = " ".join(words[:k])
            if noun in g.UNIT_NOUNS:
                return wm.end(k), noun
    if first in g._ATTACHED_UNITS:
        return wm.end(1), g._ATTACHED_UNITS[first]
    if first in g._STOP or first in g._SCALES:
        return pos, None
    if first in g._TIME_NOUNS and g._DIGIT_NEXT.match(text, wm.end(1)):
        return pos, None
    start = 0
    prefix = ""
    if first == "lượt" and len(words) > 1 and words[1] not in g._STOP:
        start = 1
        prefix = "lượt "
    best = start
    for k in g._NOUN_LENGTHS.get(words[start], ()):
        if start + k <= len(words):
            noun = " ".join(words[start : start + k])
            if noun in g.UNIT_NOUNS:
                return wm.end(start + k), prefix + noun
    if words[start] not in g._SINGLE:
        while (
            best + 1 < min(len(words), start + g._PHRASE_WORDS)
            and words[best + 1] not in g._NOUN_BOUNDARY
            and not wm.group(best + 2)[0].isupper()
            and not g._ends_phrase(words, best + 1)  # "14 HTX hoạt động" (added round 10)
        ):
            best += 1
    if best == start:
        return wm.end(best + 1), prefix + words[start]
    return wm.end(best + 1), prefix + " ".join(words[start : best + 1])


# Words that lead, end or make units: nouns of time, money, "lượt", function and scale words,
# nouns of one and several words, capitals, case twins; and what may follow them.
_UNIT_PIECES = st.sampled_from(
    ["ngày", "tháng", "năm", "đồng", "đồng chí", "lượt", "lượt người", "là", "và", "triệu",
     "hội", "hội viên", "bình", "nước", "lọc", "Hội", "Nước", "chỉ tiêu", "m2", "m²", "İ",
     "ı", "%", "phần trăm", "trở lên", "cấp", "tỉnh", "người", "dự án", "x"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", "  ", "\u00a0", "\t", ", ", ".", "5", " 27/6", "-"])


@given(st.lists(st.tuples(_SEPARATORS, _UNIT_PIECES), max_size=6), _SEPARATORS, st.booleans())
def test_units_read_as_before(pieces: list[tuple[str, str]], tail: str, cold: bool) -> None:
    """Whatever was read before (a warm or a cold store of readings), a unit reads as it did
    when every run of words was read afresh."""
    if cold:
        g._READINGS.clear()
    text = "có 12" + "".join(a + b for a, b in pieces) + tail
    for pos in range(5, len(text) + 1):
        assert g._read_unit(text, pos, rest=False) == _read_unit_before(text, pos)


def test_units_read_as_before_on_real_text(reference_text: str) -> None:
    g._READINGS.clear()
    for text in [reference_text, *_corpus_texts()]:
        for m in g._NUM.finditer(text):
            assert g._read_unit(text, m.end(), rest=False) == _read_unit_before(text, m.end())


_MARKER_PIECES = st.sampled_from(
    ["trong", "Trong", "TRONG", " đó", "gồm", "GỒM", "bao", "có", ". ", " ", "5", "İ", "ı", "x"]
)


@given(st.lists(_MARKER_PIECES, max_size=12), st.data())
def test_no_marker_word_in_a_sentence_no_marker(pieces: list[str], data: st.DataObject) -> None:
    """Where may_contain_between says no, the search for a breakdown's marker finds none."""
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not may_contain_between(text, _figures_table._MARKER_WORDS, start, end):
        assert list(_figures_table._PARTS_MARKER.finditer(text, start, end)) == []


def _bound_before_as_searched(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The bound word before a number as the search finds it (no stored answers)."""
    pm = g._PREFIX_BEHIND.search(text, lo, hi)
    return None if pm is None else (pm.start(), " ".join(g._lower(pm.group(1)).split()))


_BOUND_PIECES = st.sampled_from(
    ["hơn", "Hơn", "trên", "gần", "khoảng", "ước", "ước tính", "xấp xỉ", "từ", "dưới", "ít nhất",
     "tối đa", "không quá", "chừng", "đạt", "a", "ı", "\x00", " ", "  ", "\u00a0", "\t", "5"]
)  # fmt: skip


@given(st.lists(_BOUND_PIECES, max_size=8), st.data(), st.booleans())
def test_bound_words_before_as_searched(pieces: list[str], data: st.DataObject, cold: bool) -> None:
    """Whatever was searched before, the bound word before a number is what the search finds."""
    if cold:
        g._BOUNDS_BEFORE.clear()
    text = "".join(pieces) + " 5"
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(max(0, hi - 16), hi))
    assert g._bound_before(text, lo, hi) == _bound_before_as_searched(text, lo, hi)


def test_bound_words_before_as_searched_on_real_text(reference_text: str) -> None:
    g._BOUNDS_BEFORE.clear()
    for text in [reference_text, *_corpus_texts()]:
        for m in g._NUM.finditer(text):
            s = m.start()
            for lo in (max(0, s - 16), max(0, s - 5)):
                assert g._bound_before(text, lo, s) == _bound_before_as_searched(text, lo, s)


def test_the_letter_before_a_bound_word_is_read() -> None:
    """The same piece of text searched, once after a letter ("ahơn": no word "hơn") and once
    after a space: the answers differ (the character before the piece is part of what is kept)."""
    g._BOUNDS_BEFORE.clear()
    for text in ("ahơn 5", " hơn 5", "ahơn 5"):
        assert g._bound_before(text, 1, 5) == _bound_before_as_searched(text, 1, 5)
    assert g._bound_before("ahơn 5", 1, 5) is None
    assert g._bound_before(" hơn 5", 1, 5) == (1, "hơn")
