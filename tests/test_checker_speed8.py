"""Round 12, helper speed8: the checker's engine and the number scan do less for the same findings.

* a paragraph's digit is looked for by ten searches for one character (:func:`has_digit`), not by
  the pattern ``[0-9]``: the same answer;
* the grammar makes each quantity as its caller asks (:data:`MatchMaker`): the checker's
  mentions straight away, no :class:`~hoiquanchung.numbers.QuantityMatch` made to be dropped;
  the quantities are those of the default matches, span for span;
* the dates rule looks for a day and a month only where the grammar saw a number that may open
  one (``ParagraphContext.day_months``): the same shapes as its search of the whole text, the
  same findings;
* ``_quantity`` reads the bounds of a figure in :func:`_bounds` only when a bound word is there:
  the same bound, word kept and suffix kept as the reading it replaced (kept below as the
  oracle), for every bound word before and every bound after.

That the findings are the same is shown by the corpus and golden tests (and was checked on
every corpus paragraph, mutation and the reference when the changes were made).
"""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import _dates
from hoiquanchung.checker._context import DocumentState, exact_context
from hoiquanchung.checker._mentions import HAS_DIGIT, Mention, has_digit, scan_with_digits
from hoiquanchung.checker._text import paragraphs, split_lines
from hoiquanchung.numbers import Bound, Quantity, QuantityMatch
from hoiquanchung.numbers._grammar import (
    _PREFIX_BOUND,
    _SUFFIX_BOUND,
    _bounds,
    _combine,
    scan_items,
)

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


@given(st.text(max_size=60))
@example("năm hai nghìn không trăm")
@example("٣ hội, ³ m, ① lần")  # digits of other scripts, superscripts: not what the grammar reads
@example("số 9")
def test_has_digit_is_the_pattern(text: str) -> None:
    assert has_digit(text) == (HAS_DIGIT.search(text) is not None)


def test_has_digit_on_the_corpus() -> None:
    texts = harness.every_text()
    assert [has_digit(t) for t in texts] == [HAS_DIGIT.search(t) is not None for t in texts]


def _spans(
    start: int, end: int, quantity: Quantity, fraction: str | None, range_end: str | None
) -> tuple[object, ...]:
    return (start, end, quantity, fraction, range_end)


def _as_spans(item: object) -> object:
    if isinstance(item, QuantityMatch):
        return (item.start, item.end, item.quantity, item.fraction, item.range_end)
    return item if not isinstance(item, Exception) else (type(item), str(item))


def _same_items(text: str) -> int:
    default = [_as_spans(item) for item in scan_items(text)]
    made = [
        item if not isinstance(item, Exception) else (type(item), str(item))
        for item in scan_items(text, _spans)
    ]
    assert made == default
    return sum(isinstance(item, QuantityMatch) for item in scan_items(text))


_REPORTISH = st.text(
    alphabet="0123456789.,/-–% \ntừđếnvàtriệuđồngtỷhơntrêngầnkhoảngtrởlênxuốnghộiviênngày",
    max_size=80,
)


@given(_REPORTISH)
@example("từ 20 đến 50 triệu đồng; hơn 5 trở xuống; từ 90% trở lên; 28 hội viên/35 hội viên")
@example("1.250 buổi/48.300 lượt người, 113.453/151.530 hộ, 5.230 người/ 5.500 người, 1.40 tỷ")
def test_the_maker_makes_each_quantity_the_grammar_finds(text: str) -> None:
    _same_items(text)


def test_the_maker_on_the_corpus() -> None:
    figures = sum(_same_items(t) for t in harness.every_text())
    assert figures > 10_000  # the corpus holds figures: the test reads them


def test_the_checker_s_mentions_are_made_by_the_grammar() -> None:
    text = "Có 45/50 chi hội, từ 20 đến 50 triệu đồng; ngày 31/02/2024; 74.87%"
    [para] = list(paragraphs(split_lines(text)))
    mentions, dates, errors = scan_with_digits(para)
    assert all(type(m) is Mention for m in mentions)
    assert [m.text for m in mentions] == ["45", "50 chi hội", "20", "50 triệu đồng"]
    assert [d.text for d in dates] == ["31/02/2024"]
    assert [e.suggestions for e in errors] == [("74,87", "7.487")]


def _old_bounds(
    pm: tuple[int, str] | None, suffix: Bound | None
) -> tuple[tuple[int, str] | None, Bound | None, Bound]:
    """The reading ``_quantity`` made before round 12, whole (the oracle)."""
    prefix: Bound | None = None
    from_word = False
    if pm is not None:
        word = pm[1]
        prefix = _PREFIX_BOUND[word]
        from_word = word == "từ"
    bound = Bound.EXACT if suffix is None and pm is None else _combine(prefix, from_word, suffix)
    if bound is None and suffix is not None and not from_word:
        suffix = None
        bound = _combine(prefix, from_word, None)
    if bound is None:
        pm = None
        bound = _combine(None, False, suffix)
    assert bound is not None
    return pm, suffix, bound


def test_bounds_read_as_before() -> None:
    words: list[tuple[int, str] | None] = [None, *((3, w) for w in _PREFIX_BOUND)]
    suffixes: list[Bound | None] = [None, *_SUFFIX_BOUND.values()]  # the bounds read after
    for pm in words:
        for suffix in suffixes:
            if pm is None and suffix is None:
                continue  # _quantity reads Bound.EXACT itself
            assert _bounds(pm, suffix) == _old_bounds(pm, suffix), (pm, suffix)


# The dates rule looks for a day and a month where the grammar saw a number that may open one
# (ParagraphContext.day_months), not in the whole paragraph: it finds what its search finds.

_DATEISH = st.text(alphabet="0123456789./-–, :ngàyhộiSáng\u00a0_a", max_size=60)


def _day_months_cover(text: str) -> None:
    starts: list[int] = []
    scan_items(text, _spans, starts)
    assert starts == sorted(set(starts))
    searched = [m.span() for m in _dates._CANDIDATE.finditer(text)]
    assert {s for s, _ in searched} <= set(starts)
    assert [m.span() for m in _dates._matches_at(text, starts)] == searched


@given(_DATEISH)
@example("ngày 11 - 13 - 1998, 32-12, 6.6, 25/13, 09.13.2024, 14-20/3, 1.234, 12,5")
@example("(27.13.1955-27.2.2017), (17.10 - 18.11.2021), a1-2, _3/4, x.5.6")
def test_day_months_hold_every_date_shape(text: str) -> None:
    _day_months_cover(text)


def _dates_found(text: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The dates rule's findings on each paragraph of *text*, with the grammar's starts and
    with its own search."""
    with_starts, searched = [], []
    for para in paragraphs(split_lines(text)):
        if not has_digit(para.text):
            continue
        starts: list[int] = []
        mentions, dates, errors = scan_with_digits(para, starts)
        state = DocumentState()
        for found, day_months in ((with_starts, (para.text, starts)), (searched, None)):
            context = exact_context(para, mentions, dates, errors, state, None, None, day_months)
            found.extend(
                (f.code, f.line, f.column, f.stated, f.message_en)
                for f in _dates.check_dates(context)
            )
    return with_starts, searched


def test_the_dates_rule_finds_what_its_search_finds_on_the_corpus() -> None:
    texts = [*harness.every_text(), *_mutated()]
    for text in texts:
        _day_months_cover(text)
    with_starts, searched = _dates_found("\n".join(texts))
    assert with_starts == searched
    assert len(searched) > 100  # the corpus's dates are judged: the test reads findings


@given(_DATEISH)
@example("Ngày 32-12, Hội; ngày 7-10, 8-10 và ngày 7-13; Sáng 6.13; ngày 29/2 năm 2023")
def test_the_dates_rule_finds_what_its_search_finds(text: str) -> None:
    with_starts, searched = _dates_found(text)
    assert with_starts == searched


def _mutated() -> list[str]:
    texts = {p.id: p.text for p in harness.every_paragraph().values()}
    out = []
    for m in harness.read_committed():
        out.append(m.apply(texts[m.paragraph]))
    return out


def test_an_evolved_context_searches_its_own_paragraph() -> None:
    """Starts noted in one paragraph are not read in another (a context evolved with it)."""
    first, second = paragraphs(split_lines("Có 5 hội\nNgày 32-12, Hội trao 110 suất quà"))
    starts: list[int] = []
    mentions, dates, errors = scan_with_digits(first, starts)
    context = exact_context(
        first, mentions, dates, errors, DocumentState(), None, None, (first.text, starts)
    )
    moved = attrs.evolve(context, paragraph=second)
    assert [f.stated for f in _dates.check_dates(moved)] == ["32-12"]
