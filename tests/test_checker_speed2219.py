"""Round 19 speed work (helper speed22): each faster way of the numbers' grammar reads what the
slower one read.

* the bound word after a number (*trở lên*, *trở xuống*) is tried only when the character after
  the unit's white space may open it (:data:`_grammar._SUFFIX_LEAD`);
* the last letter of a bound word before a number (*hơn*, *khoảng*...) is tested by a look-up of
  the character, remembered, not by a call of the pattern (:func:`_grammar._may_end_bound_word`);
* the dates after *ngày*, *tháng*, *năm*, *giai đoạn* are not tried for a number that cannot
  follow one of those words (:data:`_grammar._DISPATCH_UNDATED`).

Each gate is held here against the slower way it replaces (the old path, kept in the test by
switching the gate off): on every character Unicode has, on the reference and the corpus, and
on generated Vietnamese number text.  The whole of the findings is held by
``tests/test_checker_golden.py``; the grammar's whole output (every quantity, date and
malformed number with offsets, value, unit, scale, bound) was compared byte for byte with the
start of the round's on every corpus paragraph, mutation and test string (see the round's
notes).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoiquanchung.numbers import _grammar as g
from hoiquanchung.numbers._parse import SPACES
from hoiquanchung.numbers._vocabulary import bound_words

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


@contextmanager
def _old_path() -> Iterator[None]:
    """The grammar as it was before the gates: the bound word after a number always tried,
    the one before tested by the pattern, the dates after a word tried for every number."""
    saved = g._SUFFIX_LEAD, g._may_end_bound_word, g._DISPATCH_UNDATED
    g._SUFFIX_LEAD = _Everything()  # type: ignore[assignment,misc]
    g._may_end_bound_word = lambda ch: g._PREFIX_LAST.match(ch) is not None
    g._DISPATCH_UNDATED = g._DISPATCH  # type: ignore[misc]
    try:
        yield
    finally:
        g._SUFFIX_LEAD, g._may_end_bound_word, g._DISPATCH_UNDATED = saved  # type: ignore[misc]


def _scanned(text: str) -> tuple[object, ...]:
    """What the grammar finds in *text*, comparable (an error compares by what it says), with
    the offsets where a day and a month may start."""
    starts: list[int] = []
    quantities, dates, errors = g.scan_sorted(text, day_months=starts)
    said = [(e.offset, e.suggestions, str(e)) for e in errors]
    return quantities, dates, said, starts


def _both(text: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    new = _scanned(text)
    with _old_path():
        old = _scanned(text)
    return new, old


# ------------------------------------------------------------------ every character
def test_suffix_lead_holds_every_character_the_pattern_can_take() -> None:
    """Every character _SUFFIX can take after its first white space is in _SUFFIX_LEAD: white
    space, or a bound word's first letter in either case (no case twin: ``t`` and ``T``)."""
    words = list(bound_words("after"))
    taken = {
        chr(i)
        for i in range(sys.maxunicode + 1)
        if any(g._SUFFIX.match(" " + chr(i) + w[1:]) for w in words)
        or g._SUFFIX.match(" " + chr(i) + words[0])
    }
    assert taken <= set(g._SUFFIX_LEAD)
    assert set(g._SUFFIX_LEAD) - taken == set()  # nothing let through for nothing


def test_remembered_last_letter_reads_as_the_pattern() -> None:
    """The remembered test of the character before a number's white space says what the
    pattern says, for every character (asked twice: the second answer is the kept one)."""
    for i in range(sys.maxunicode + 1):
        ch = chr(i)
        expected = g._PREFIX_LAST.match(ch) is not None
        assert g._may_end_bound_word(ch) is expected
        assert g._may_end_bound_word(ch) is expected


def test_remembered_last_letters_are_bounded() -> None:
    """The characters kept are bounded (a hostile text of every character costs no memory)."""
    for i in range(3 * g._MAX_LAST_SEEN):
        g._may_end_bound_word(chr(0x4E00 + i))
    assert len(g._PREFIX_LAST_SEEN) <= g._MAX_LAST_SEEN


def test_undated_table_leaves_out_only_the_dates_after_a_word() -> None:
    """The table without the dates after a word is the whole table less that one recogniser."""
    assert g._DISPATCH_UNDATED.keys() == g._DISPATCH.keys()
    for key, recognisers in g._DISPATCH.items():
        assert g._DISPATCH_UNDATED[key] == tuple(
            r for r in recognisers if r is not g._date_after_word
        )


# ------------------------------------------------------------------ real text
@pytest.fixture(scope="module")
def documents(reference_text: str) -> list[str]:
    """The reference document, each of its lines, and every real paragraph of the corpus."""
    return [reference_text, *reference_text.split("\n"), *harness.every_text()]


def test_gates_read_the_corpus_as_the_old_path(documents: list[str]) -> None:
    """Every quantity, date and malformed number of the reference and the corpus is the same
    with the gates and without them."""
    for text in documents:
        new, old = _both(text)
        assert new == old, text[:120]


def test_gates_on_real_bound_words() -> None:
    """Real paragraphs with a bound word after a number (*trở lên*) and before one (*hơn*,
    *khoảng*) and a date after *ngày*: read as before, the bounds kept."""
    # the corpus's real paragraphs (measured and pending) that hold the words
    texts = [p.text for p in harness.every_paragraph().values() if "trở lên" in p.text][:20]
    texts += [p.text for p in harness.every_paragraph().values() if "hơn " in p.text][:20]
    assert texts
    found_after = found_before = 0
    for text in texts:
        new, old = _both(text)
        assert new == old
        quantities = new[0]
        assert isinstance(quantities, list)
        found_after += sum(q.quantity.bound.name == "AT_LEAST" for q in quantities)
        found_before += sum(q.quantity.bound.name == "MORE_THAN" for q in quantities)
    assert found_after > 0
    assert found_before > 0


# ------------------------------------------------------------------ generated text
_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\u00a0", "\n", "5", "12", "2024", "1.234", "3,5", "07", "0293.38",
     "/", "-", " - ", "%", ",", ".", "(", "hơn", "Hơn", "khoảng", "gần", "trên", "từ",
     "trở lên", "Trở lên", "trở xuống", "trở", "tr", "T", "t", "ngày", "Ngày", "tháng", "năm",
     "giai đoạn", "đến", "tỷ", "triệu", "nghìn", "đồng", "người", "hội viên", "hộ",
     "tổ dân phố", "lần thứ", "mỗi", "ha", "m2"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("Có hơn 5 hội viên, 90% trở lên, ngày 5 tháng 6 năm 2024, giai đoạn 2021 - 2030")
@example("từ 18 tuổi trở lên; khoảng 2 tỷ đồng;\n 3 hộ trở xuống, Trở lên 7")
@example("năm 2024 có 12 hộ, tháng 8/2018, ngày 7-10, 8-10 và 6-11")
def test_gates_read_generated_text_as_the_old_path(text: str) -> None:
    """Vietnamese number text made of the pieces the gates look at reads as before."""
    new, old = _both(text)
    assert new == old


def test_the_old_path_is_switched_back() -> None:
    """The reference path of these tests is the grammar's own once the test is over."""
    with _old_path():
        assert isinstance(g._SUFFIX_LEAD, _Everything)
    assert isinstance(g._SUFFIX_LEAD, frozenset)
    assert "t" in g._SUFFIX_LEAD
    assert "T" in g._SUFFIX_LEAD
    assert set(SPACES) <= g._SUFFIX_LEAD
