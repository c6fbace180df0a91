"""Round 13 speed work (helper speed13): each faster way gives exactly what the slower one gave.

* :func:`~hoiquanchung.checker._totals.check_totals` tests its groups of words with
  ``twin or _holds(lowered(text), words)`` (the lower-case text and the case twins read once a
  paragraph) where it called :func:`~hoiquanchung.checker._totals.may_hold` for each group;
* :func:`~hoiquanchung.checker._totals._of_persons` looks the noun up in the set and tries
  every prefix with one ``startswith`` where a generator tried each noun in turn.

Both are compared with the plain form on every real paragraph of the corpus (its mentions'
nouns for the second) and on generated text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import _totals, extract
from hoiquanchung.checker._kinds import person_nouns
from hoiquanchung.checker._patterns import _CASE_TWINS, has_case_twin, lowered

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

# The groups of words check_totals tests a paragraph for.
WORD_GROUPS = {
    "seats": _totals._SEATS_WORDS,
    "unit kinds": _totals._UNIT_WORDS,
    "provinces": _totals._PROVINCE_OPENERS,
    "counted": _totals._COUNTED_WORDS,
    "party": _totals._PARTY_WORDS,
    "markers": _totals._MARKER_WORDS,
    "heads": _totals._HEAD_WORDS,
}


def _fast_holds(text: str, words: tuple[str, ...]) -> bool:
    return has_case_twin(text) or _totals._holds(lowered(text), words)


def _plain_of_persons(noun: str | None) -> bool:
    return noun is not None and any(noun == n or noun.startswith(n + " ") for n in person_nouns())


@pytest.mark.parametrize("name", sorted(WORD_GROUPS))
def test_word_groups_as_may_hold_on_the_corpus(name: str) -> None:
    words = WORD_GROUPS[name]
    texts = harness.every_text()
    held = [_fast_holds(t, words) for t in texts]
    assert held == [_totals.may_hold(t, words) for t in texts]
    # The comparison tells both answers apart.
    assert any(held)
    assert not all(held)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab đĐóÓgGồỒmMvVớỚiIcChHtTrRnN()khuyếtKHUYẾTđơnvị,.", "\u0130", *_CASE_TWINS]
        ),
        max_size=60,
    )
)
def test_word_groups_as_may_hold_on_generated_text(text: str) -> None:
    for words in WORD_GROUPS.values():
        assert _fast_holds(text, words) == _totals.may_hold(text, words)


def test_of_persons_as_the_plain_test_on_the_corpus_nouns() -> None:
    nouns: set[str | None] = {None}
    for text in harness.every_text():
        nouns.update(m.unit.casefold() if m.unit else None for m in extract(text))
    answers = {noun: _totals._of_persons(noun) for noun in nouns}
    assert answers == {noun: _plain_of_persons(noun) for noun in nouns}
    assert any(answers.values())
    assert not all(answers.values())


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.none(),
        st.sampled_from(sorted(person_nouns())).flatmap(
            lambda n: st.sampled_from([n, n + " chính thức", n + "x", n[:-1], " " + n])
        ),
        st.text(max_size=12),
    )
)
def test_of_persons_as_the_plain_test_on_generated_nouns(noun: str | None) -> None:
    assert _totals._of_persons(noun) == _plain_of_persons(noun)
