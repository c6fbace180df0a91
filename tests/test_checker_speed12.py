"""Round 13 speed work (helper speed12): each faster way gives exactly what the slower one gave.

* :mod:`hoiquanchung.checker._patterns` folds a paragraph once (its lower-case text and whether
  its offsets can be trusted, :class:`~hoiquanchung.checker._patterns._Folded`) and finds the
  last one folded by identity first: the answers of :func:`lowered`, :func:`has_case_twin`,
  :func:`may_contain`, :func:`may_contain_between` and :func:`word_starts` are held to their
  definitions on every corpus text;
* :func:`hoiquanchung.indicators.compare` spares the checks of its default arguments and makes
  a rate in percent as one fraction (:meth:`~hoiquanchung.indicators.Rate.percent_fraction`);
* the reconciliation writes a whole stated figure without the writer's checks
  (``_bare_written``), as the writer writes it.
"""

from __future__ import annotations

import itertools
import re
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker._patterns import (
    _CASE_TWINS,
    has_case_twin,
    lowered,
    may_contain,
    may_contain_between,
    word_starts,
)
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.indicators import Rate, StatedFigure, compare
from hoiquanchung.indicators._reconcile import _bare_written
from hoiquanchung.indicators._text import decimal_of, write
from hoiquanchung.numbers import Bound, parse_quantity
from hoiquanchung.numbers._vocabulary import written_bound
from hoiquanchung.rounding import Rounding

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

WORDS = [("trong", "gồm"), ("trong", "bao", "gồm"), ("tổng",), ("cấp", "vụ", "khác"), ("mỗi",)]


def _slow_word_starts(text: str, words: tuple[str, ...], start: int, end: int) -> list[int] | None:
    folded = text.lower()
    if len(folded) != len(text) or any(c in folded for c in _CASE_TWINS):
        return None
    heads = "|".join(re.escape(w) for w in words)
    return [m.start() for m in re.finditer(f"(?=(?:{heads}))", folded[:end]) if m.start() >= start]


def _held(text: str) -> None:
    folded = text.lower()
    twinned = any(c in folded for c in _CASE_TWINS)
    assert lowered(text) == folded
    assert has_case_twin(text) is twinned
    half = len(text) // 2
    for words in WORDS:
        assert may_contain(text, words) == (any(w in folded for w in words) or twinned)
        for start, end in ((0, len(text)), (0, half), (half, len(text))):
            assert word_starts(text, words, start, end) == _slow_word_starts(
                text, words, start, end
            )
            if len(folded) == len(text):
                inside = any(folded.find(w, start, end) >= 0 for w in words) or twinned
                assert may_contain_between(text, words, start, end) == inside


def test_folding_agrees_on_every_corpus_text() -> None:
    texts = harness.every_text()
    assert len(texts) > 1000
    for text in texts:
        _held(text)
    # Asked again in turn (the memo and the last text folded answer, not a new folding).
    for a, b in itertools.pairwise(texts):
        _held(a)
        _held(b)


@given(st.text(alphabet="Trong đóGỒMgồm tổngİıſ5, ", max_size=40))
def test_folding_agrees_on_generated_text(text: str) -> None:
    _held(text)
    _held(text.upper())


@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_percent_fraction_is_the_fraction_in_percent(numerator: int, denominator: int) -> None:
    rate = Rate(numerator, denominator)
    assert rate.fraction == Fraction(numerator) / Fraction(denominator)
    assert rate.percent_fraction() == rate.fraction * 100
    money = Rate(Decimal(numerator) / 100, denominator)
    assert money.percent_fraction() == Fraction(money.numerator) / Fraction(denominator) * 100


def test_compare_with_defaults_as_given_explicitly() -> None:
    # Every stated rate of the corpus against a few fractions: the defaults spared their checks
    # give what the same values given as new objects (checked) give.
    tolerance = Fraction(1, 10)
    rules = (Rounding.DOWN, Rounding.HALF_EVEN, Rounding.HALF_DOWN)
    seen = 0
    for text in harness.every_text():
        for token in text.split():
            if not token.rstrip(".,;)").endswith("%"):
                continue
            try:
                stated = StatedFigure.from_quantity(parse_quantity(token.rstrip(".,;)")))
            except HoiQuanChungError:  # not a figure the parser reads alone
                continue
            for rate in (Rate(66, 78), Rate(515, 565), Rate(1, 3), Rate(Decimal("1.5"), 6)):
                fast = compare(stated, rate)
                slow = compare(
                    stated, rate, rounding=Rounding.HALF_UP, other_rules=rules, tolerance=tolerance
                )
                assert fast == slow
                seen += 1
    assert seen > 100


def _slow_bare(s: StatedFigure, lang: str) -> str:
    words = written_bound(s.bound.name, lang)
    body = write(decimal_of(s.value, s.decimals), lang, None)
    return f"{words} {body}" if words else body


@given(
    st.decimals(min_value=0, max_value=10**13, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal(1), Decimal("0.1"), Decimal(1000), Decimal("1E+3"), Decimal("1.0")]),
    st.sampled_from(list(Bound)),
)
def test_bare_written_as_the_writer(value: Decimal, resolution: Decimal, bound: Bound) -> None:
    stated = StatedFigure(value, resolution=resolution, bound=bound)
    for lang in ("vi", "en"):
        assert _bare_written(stated, lang) == _slow_bare(stated, lang)


def test_bare_written_of_corpus_figures() -> None:
    from hoiquanchung.checker import extract

    seen = 0
    for text in harness.every_text()[:400]:
        for mention in extract(text):
            stated = StatedFigure.from_quantity(mention.quantity)
            for lang in ("vi", "en"):
                assert _bare_written(stated, lang) == _slow_bare(stated, lang)
            seen += 1
    assert seen > 500
