"""Every led pattern of the checker finds exactly what the pattern as written finds."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hoiquanchung.checker  # noqa: F401  (imports every rule: fills LED)
from hoiquanchung.checker._patterns import LED, led_by, occurrences

CORPUS = Path(__file__).resolve().parent / "corpus"
PAIRS = sorted(LED.items(), key=lambda pair: pair[1].pattern)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("p*.toml")):
        texts += [p["text"] for p in tomllib.loads(path.read_text("utf-8"))["paragraph"]]
    return texts


def _pieces(pattern: re.Pattern[str]) -> list[str]:
    """The words of *pattern* in three cases, and what may stand between them."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\\[a-zA-Z]", " ", pattern.pattern))
    cased = {w for word in words for w in (word, word.upper(), word.title())}
    between = [" ", "  ", ", ", ": ", "/", "(", ")", "5", "12 ", "\u0130", "\u0131", "\u017f"]
    return [*sorted(cased), *between]


def test_every_rule_module_registers_its_led_patterns() -> None:
    assert len(LED) >= 10


@pytest.mark.parametrize(("fast", "slow"), PAIRS, ids=[slow.pattern[:40] for _f, slow in PAIRS])
def test_same_matches_on_real_text(
    fast: re.Pattern[str], slow: re.Pattern[str], reference_text: str
) -> None:
    for text in [reference_text, *_corpus_texts()]:
        assert _spans(fast, text) == _spans(slow, text)


@pytest.mark.parametrize(("fast", "slow"), PAIRS, ids=[slow.pattern[:40] for _f, slow in PAIRS])
@given(data=st.data())
def test_same_matches_on_generated_text(
    fast: re.Pattern[str], slow: re.Pattern[str], data: st.DataObject
) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(slow)), max_size=30)))
    assert _spans(fast, text) == _spans(slow, text)


def test_a_wrong_lead_is_caught() -> None:
    """The comparison above can fail: a lead that misses a first letter loses matches."""
    slow = re.compile(r"\b(?:trong\s+đó|gồm)\b", re.IGNORECASE)
    fast = led_by("t", slow)
    LED.pop(fast)
    assert _spans(fast, "Gồm 5 hội") != _spans(slow, "Gồm 5 hội")


@given(
    text=st.text(alphabet=";,a b(", max_size=60),
    char=st.sampled_from([";", ","]),
    start=st.integers(0, 70),
    stop=st.integers(0, 70),
)
def test_occurrences_are_the_positions_of_the_character(
    text: str, char: str, start: int, stop: int
) -> None:
    stop = min(stop, len(text))
    assert occurrences(text, char, start, stop) == [
        i for i in range(start, stop) if text[i] == char
    ]
