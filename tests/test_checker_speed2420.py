"""The fast paths of round 20's speed24 (figure tables, section totals, bullet lists, paired
totals) read exactly what the slow paths they replace read.

* :func:`hoiquanchung.checker._figures_table._period_matches`: the period search tried only
  where a period's word starts (and a run of months' number before *tháng*) finds what
  ``_PERIOD.finditer`` finds, on every real paragraph of the corpus (and each of its sentences),
  on the reference document and on generated text with odd white space and case twins;
* the central level's figure (:data:`hoiquanchung.checker._section_totals._CENTRAL_FIGURE_AT`)
  is found where the plain search finds it;
* the years of a sentence (:func:`hoiquanchung.checker._continued_totals._year_matches`) are
  found where ``_YEAR.finditer`` finds them;
* rule bullet-lists reads a paragraph with no list going on without a generator, and still
  reports on the real list of the corpus.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import (
    _bullet_lists,
    _continued_totals,
    _figures_table,
    _section_totals,
    check_text,
)
from hoiquanchung.checker._patterns import _CASE_TWINS
from hoiquanchung.checker._text import paragraphs, split_lines

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
from _checker_helpers import real_texts  # noqa: E402


def _texts() -> list[str]:
    return real_texts("paragraphs")


def _spans(found: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in found]  # type: ignore[attr-defined]


def _same_periods(text: str, start: int, end: int) -> None:
    plain = _figures_table._PERIOD.finditer(text, start, end)
    assert _spans(_figures_table._period_matches(text, start, end)) == _spans(plain)


def test_period_matches_are_the_pattern_s_on_the_corpus() -> None:
    texts = _texts()
    assert len(texts) > 1000
    found = 0
    for text in texts:
        n = len(text)
        for start, end in [(0, n), (n // 3, n), (0, 2 * n // 3)]:
            _same_periods(text, start, end)
        for start, end in _figures_table.sentence_spans(text):
            _same_periods(text, start, end)
        found += len(_figures_table._period_matches(text, 0, n))
    assert found > 100  # not a test that cannot fail: the corpus names many periods


def test_a_run_of_months_is_found_from_its_number() -> None:
    # "chung 9 tháng": the match starts at the number, before the word the search looks for.
    text = "Tính chung 9 tháng đầu năm 2020, tổng vốn đạt 1.370,4 tỷ đồng; sáu\u00a0 tháng năm"
    assert _spans(_figures_table._period_matches(text, 0, len(text))) == [
        ((11, 26), "9 tháng đầu năm"),
        ((63, 77), "sáu\u00a0 tháng năm"),
    ]
    assert _figures_table.period_in(text, 0, len(text)) == [(26, "9 tháng"), (77, "sáu tháng")]


_PERIOD_BITS = st.one_of(
    st.sampled_from(
        ["tháng", "quý", "năm", "nhiệm", "kỳ", "giai", "đoạn", "học", "chung", "so với", "từ"]
    ).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()])),
    st.sampled_from(["9", "12", "1", "２", "sáu", "chín", "ba", "III", "IV", "2024", "2020"]),
    st.sampled_from([" ", "  ", "\u00a0", "\n", "\t", "-", "–", "/", ",", ".", "x", "đầu", "cuối"]),
    st.sampled_from(["ı", "ſ", "İ", "\u0307", "K", "Đ", "THÁNG", "ſáu"]),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PERIOD_BITS, max_size=16).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_period_matches_are_the_pattern_s(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    _same_periods(text, start, end)
    _same_periods(text, 0, len(text))


def test_no_other_letter_matches_a_period_or_central_word_letter() -> None:
    """The words are looked for in the lower-case text: a letter that a case-blind search takes
    for one of theirs must lower onto it, or be a case twin (then the plain search is made)."""
    words = (*_figures_table._PERIOD_STARTS, *_section_totals._CENTRAL_FIGURE_AT.words)
    letters = {c for word in words for c in word}
    for letter in sorted(letters):
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for code in range(sys.maxunicode + 1):
            c = chr(code)
            if 0xD800 <= code <= 0xDFFF or c.lower() == letter or not pattern.fullmatch(c):
                continue
            assert c.lower() in _CASE_TWINS or len(c.lower()) != 1, (letter, hex(code))


def test_central_level_figures_are_found_where_the_pattern_finds_them() -> None:
    gate = _section_totals._CENTRAL_FIGURE_AT
    plain = _section_totals._CENTRAL_FIGURE
    texts = _texts()
    hits = 0
    for text in texts:
        fast = gate.search(text, 0, len(text))
        slow = plain.search(text)
        assert (fast and fast.span()) == (slow and slow.span())
        hits += slow is not None
    # danviet.vn (2020), as the rule's docstring quotes it: a central fund named without "cấp".
    text = "nguồn vốn Quỹ HTND T.Ư đạt 732,759 tỷ đồng; TRUNG ƯƠNG là 5 tỷ đồng"
    assert gate.search(text, 0, len(text)) is not None
    assert hits > 0 or plain.search(text) is not None


def test_bullet_lists_without_a_list_makes_no_generator() -> None:
    """A paragraph read with no list going on (a fresh document: every real paragraph of the
    corpus) is fed and may open a list; no generator is made for it."""
    from hoiquanchung.checker._context import DocumentState, ParagraphContext

    opened = 0
    for text in _texts()[:400]:
        [para, *_] = paragraphs(split_lines(text))
        context = ParagraphContext.of(para, state=DocumentState())
        found = _bullet_lists.check_bullet_lists(context)
        assert found is _bullet_lists._NOTHING
        assert list(found) == []
        opened += context.state.figures.open_list is not None
    assert opened > 0  # not a test that cannot fail: real paragraphs open lists


def test_bullet_lists_still_reports_a_list() -> None:
    """The reading is the same when a list is going on (the rule's own example)."""
    found = check_text("Tổng số 50 chi hội, gồm:\n- 20 chi hội ấp;\n- 25 chi hội khóm.\nHết.")
    assert [(f.code, f.line, f.stated, f.computed) for f in found] == [
        ("total-mismatch", 1, "50 chi hội", "45 chi hội")
    ]


def _same_years(text: str, start: int, stop: int) -> None:
    plain = _continued_totals._YEAR.finditer(text, start, stop)
    assert _spans(_continued_totals._year_matches(text, start, stop)) == _spans(plain)


def test_year_matches_are_the_pattern_s_on_the_corpus() -> None:
    found = 0
    for text in _texts():
        n = len(text)
        for start, stop in [(0, n), (n // 3, n), (0, 2 * n // 3)]:
            _same_years(text, start, stop)
        for start, stop in _figures_table.sentence_spans(text):
            _same_years(text, start, stop)
        found += len(_continued_totals._year_matches(text, 0, n))
    assert found > 100  # not a test that cannot fail: the corpus names many years


_YEAR_BITS = st.sampled_from(
    [
        *("năm", "NĂM", "Năm", " ", "  ", "\n", "\u00a0", "19", "20", "2020", "1999", "0"),
        *("5", "/", "-", ".", "２", "x", "ı", "12", "ngày"),
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_YEAR_BITS, max_size=14).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_year_matches_are_the_pattern_s(text: str, a: int, b: int) -> None:
    start, stop = min(a, b, len(text)), min(max(a, b), len(text))
    _same_years(text, start, stop)
    _same_years(text, 0, len(text))
