"""Round 10 (speed5): each faster reading of the figures table gives exactly what the slower one
gave, on every real paragraph of the corpus and on the reference document.

* the labels of a clause are read once for each clause text (:func:`_labels_in`, a bounded
  memo of :func:`_labels`);
* the label words of a paragraph are found by :meth:`str.find` loops, not a generator
  (:class:`_LabelWords`);
* the search for *tổng* before a figure runs only where the word is between the start of its
  clause and the figure, in the paragraph's lower-case text (or anywhere, when lowering changed
  the length of the text or a case twin is in it: as :func:`may_contain_between`);
* the table's figures are made without the constructor (object.__new__ and slot setters);
* a paragraph without a bracket gets no bracket depths (every depth is 0);
* a word of a line not in NFC is composed once for each word (a bounded memo), with its columns;
* the clause after a figure is read inline (what :func:`_clause_after` reads).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import _figures_table, _text, check_text, extract
from hoiquanchung.checker._figures_table import (
    _FLAT,
    _INSIDE_STOP,
    _LABEL_WORDS,
    _OUTSIDE_STOP,
    _TOTAL_BEFORE,
    _TOTAL_WORDS,
    _WINDOW,
    Depths,
    SectionFigures,
    TableFigure,
    _after_limit,
    _clause_after,
    _clause_before,
    _has_bracket,
    _labels,
    _labels_in,
    _LabelWords,
    sentence_spans,
)
from hoiquanchung.checker._patterns import has_case_twin, lowered, may_contain_between
from hoiquanchung.checker._text import nfc_with_columns

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


@pytest.fixture(scope="module")
def texts(reference_text: str) -> list[str]:
    """Every real paragraph of the corpus (measured and waiting), then the reference."""
    return [*harness.every_text(), reference_text]


def _windows(text: str) -> list[tuple[int, int, int]]:
    """For each figure of *text*: the start of its clause (as far back as the table reads), its
    start and its end."""
    return [(max(0, m.start - _WINDOW), m.start, m.end) for m in extract(text)]


def test_labels_in_is_labels_on_every_real_clause(texts: list[str]) -> None:
    """The memo gives what :func:`_labels` reads, the first time and again (a memo hit)."""
    checked = 0
    for text in texts:
        for clause, a, b in _windows(text):
            window = _clause_before(text, clause, a) + " " + text[b : b + _WINDOW]
            slow = tuple(_labels(window))
            assert _labels_in(window) == slow
            assert _labels_in(window) == slow
            checked += bool(slow)
    assert checked > 50  # the clauses hold labels: the test reads some


@given(st.text(alphabet="cấpvụkhácCẤPVỤKHÁC tỉnhuyệnxã,:İ", max_size=40))
@example("Cấp tỉnh: 40 hội, cấp huyện 9")
@example("hội khác vụ việc CẤP XÃ")
def test_labels_in_is_labels(window: str) -> None:
    assert _labels_in(window) == tuple(_labels(window))


def _label_words_before(text: str) -> tuple[bool, list[int], list[int]]:
    """What :class:`_LabelWords` found with its generator of occurrences (before round 10)."""
    folded = lowered(text)
    spans = sorted(
        (at, at + len(word))
        for word in _LABEL_WORDS
        for at in range(len(folded))
        if folded.startswith(word, at)
    )
    return len(folded) != len(text), [s for s, _e in spans], [e for _s, e in spans]


def test_label_words_as_before_on_real_text(texts: list[str]) -> None:
    for text in texts:
        words = _LabelWords(text)
        assert (words.everywhere, words.starts, words.ends) == _label_words_before(text)


@given(st.text(alphabet="cấpvụkhácCẤPVỤKHÁC İ", max_size=30))
def test_label_words_as_before(text: str) -> None:
    words = _LabelWords(text)
    assert (words.everywhere, words.starts, words.ends) == _label_words_before(text)


def _total_word_may_be(text: str, start: int, stop: int) -> bool:
    """The test made before the search for *tổng* in ``text[start:stop]`` (as _running makes
    it)."""
    folded = lowered(text)
    loose = len(folded) != len(text) or has_case_twin(text)
    found = loose or folded.find("tổng", start, stop) >= 0
    assert found == may_contain_between(text, _TOTAL_WORDS, start, stop)
    return found


def test_total_search_needs_its_word_on_real_text(texts: list[str]) -> None:
    """Wherever the search for *tổng* before a figure finds it, the word is between the start
    of the figure's clause and the figure (the test before the search never hides a match)."""
    found = 0
    for text in texts:
        for clause, a, _b in _windows(text):
            if _TOTAL_BEFORE.search(_clause_before(text, clause, a)):
                found += 1
                assert _total_word_may_be(text, clause, a)
    assert found > 20


@given(
    st.text(alphabet="tổngTỔNGsốcộ ;()İſ", max_size=30),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
@example("TỔNG số (5", 0, 9)
@example("İ tổng", 0, 6)
def test_total_search_needs_its_word(text: str, start: int, stop: int) -> None:
    start, stop = sorted((min(start, len(text)), min(stop, len(text))))
    if _TOTAL_BEFORE.search(_clause_before(text, start, stop)):
        assert _total_word_may_be(text, start, stop)


def test_findings_as_with_unremembered_labels(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every real paragraph checked with the memo of labels, then with the labels read anew
    for each clause (the slow way): the same findings."""
    fast = [check_text(text) for text in texts]
    monkeypatch.setattr(_figures_table, "_labels_in", lambda window: tuple(_labels(window)))
    assert [check_text(text) for text in texts] == fast


def test_table_figures_as_the_constructor_makes_them(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each figure the table takes (running text and a footnote's examples) is whole: equal,
    field by field and by hash, to the one the constructor makes."""
    taken: list[TableFigure] = []
    add = SectionFigures.add

    def keep(self: SectionFigures, figure: TableFigure) -> bool:
        taken.append(figure)
        return add(self, figure)

    monkeypatch.setattr(SectionFigures, "add", keep)
    for text in texts:
        check_text(text)
    assert len(taken) > 100
    for figure in taken:
        made = TableFigure(**attrs.asdict(figure, recurse=False))
        assert made == figure
        assert hash(made) == hash(figure)


def test_bracket_test_as_the_depths_on_real_text(texts: list[str]) -> None:
    """A paragraph without a bracket has depth 0 everywhere (the table reads no depths for it):
    the test is the depths' own finding of brackets."""
    assert any(not _has_bracket(text) for text in texts)
    assert any(_has_bracket(text) for text in texts)
    for text in texts:
        assert _has_bracket(text) == bool(Depths(text).positions)
    assert not _FLAT.positions
    assert [_FLAT[i] for i in range(5)] == [0] * 5


@given(st.text(alphabet="()[]{}⟨⟩（）ab 5", max_size=20))
def test_bracket_test_as_the_depths(text: str) -> None:
    assert _has_bracket(text) == bool(Depths(text).positions)


def test_nfc_columns_as_without_the_memo(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every real paragraph written decomposed (NFD, as some editors save) and the reference as
    it is (one line of it is not NFC): the text and columns read with the memo of words are
    those read word by word anew (twice with the memo: a hit gives the same)."""
    lines = [unicodedata.normalize("NFD", text) for text in texts]
    lines += texts[-1].split("\n")
    fast = [nfc_with_columns(line) for line in lines]
    again = [nfc_with_columns(line) for line in lines]
    monkeypatch.setattr(_text, "_nfc_word_remembered", _text._nfc_word)
    slow = [nfc_with_columns(line) for line in lines]
    for (f_text, f_cols), (a_text, a_cols), (s_text, s_cols) in zip(fast, again, slow, strict=True):
        assert f_text == a_text == s_text
        assert list(f_cols) == list(a_cols) == list(s_cols)


def _inline_after(
    text: str, b: int, s_end: int, depth: Depths, starts: list[int], k: int
) -> tuple[int, str]:
    """The limit and the clause after the *k*-th figure as FigureTables._running reads them
    inline (*starts*: the figures' starts in the paragraph)."""
    limit = min(s_end, b + _WINDOW)
    if k + 1 < len(starts) and starts[k + 1] < limit:
        limit = starts[k + 1]
    bracketed = bool(depth.positions)
    stops = _INSIDE_STOP if bracketed and depth[b] > 0 else _OUTSIDE_STOP
    stop_at = stops.search(text, b, limit)
    return limit, text[b : stop_at.start() if stop_at is not None else limit]


def test_clause_after_inline_as_the_functions_on_real_text(texts: list[str]) -> None:
    """The limit and the clause after each figure, read inline, are what _after_limit and
    _clause_after read, in every sentence of every real paragraph (with the depths the table
    reads: none made for a paragraph without a bracket)."""
    read = 0
    for text in texts:
        mentions = extract(text)
        starts = [m.start for m in mentions]
        depth = Depths(text) if _has_bracket(text) else _FLAT
        for s_start, s_end in sentence_spans(text):
            for k, m in enumerate(mentions):
                if not s_start <= m.start < s_end:
                    continue
                limit, after = _inline_after(text, m.end, s_end, depth, starts, k)
                assert limit == _after_limit(m.end, s_end, mentions, k, 0)
                assert after == _clause_after(text, m.end, s_end, depth, mentions, k, 0)
                read += 1
    assert read > 1000
