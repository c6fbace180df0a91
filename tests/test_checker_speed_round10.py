"""Speed round 10 (speed4): the fast paths hold to the old behaviour.

* ``_rate_bases._attached`` reads the rates (figures in %) of a paragraph only, and returns at
  once when there is none: on every corpus paragraph it pairs exactly what the old loop over
  every figure paired.
* ``_totals`` compiles once the patterns it used to pass as strings to ``re.sub``/``re.search``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import _count_and_amount, _rate_bases, _totals, check_text, extract
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.numbers import Bound

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

_corpus_texts = harness.every_text  # measured, then waiting


def _old_attached(context: ParagraphContext) -> list[tuple[Mention, Mention]]:
    """``_attached`` as it was before round 10 (a loop over every figure), copied verbatim, with
    the readings added since (rounds 11 and 19)."""
    rb = _rate_bases
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    out: list[tuple[Mention, Mention]] = []
    for j, rate in enumerate(ms):
        if rate.unit != "%" or rate.fraction is not None or rate.bound is not Bound.EXACT or j == 0:
            continue
        k = j - 1
        while k > 0 and ms[k].unit in rb._QUALIFIERS and j - k <= rb._MAX_QUALIFIERS:
            k -= 1
        k = rb._past_threshold(text, base, ms, k)
        count = ms[k]
        if not rb._is_count(count) or count.unit in rb._QUALIFIERS:
            continue
        gap = list(text[count.end - base : rate.start - base])
        for q in ms[k + 1 : j]:
            for i in range(q.start - count.end, q.end - count.end):
                gap[i] = " "
        written = "".join(gap)
        if rb._OTHER_REFERENCE.search(written) or rb._in_other_reference(text, count.start - base):
            continue
        if (
            (
                (rb._ATTACH_GAP.match(written) and rb._ATTACH_CUE.search(written))
                or (rb._ATTACH_BRACKET.match(written) and rb._CLOSES.match(text, rate.end - base))
            )
            and not rb._CHANGE.search(written)
            # Round 11 (a reading, not a speed path): a share whose own subject is named after
            # the clause's last comma takes no count before it.
            and not rb._OWN_SUBJECT.search(written)
            # Round 19 (a reading): a rate named by a trait of its own ("tỷ lệ đúng hạn đạt
            # 91%") is not the share of the count before it.
            and not rb._rate_of_trait(count, written)
            and rb._AFTER.match(text, rate.end - base)
            and not rb._BASE_AFTER_BRACKET.match(text, rate.end - base)
        ):
            out.append((count, rate))
    taken = {r.start for _, r in out}
    if "tăng" in text or "giảm" in text:
        out.extend(rb._attached_across_change(context, taken))
        taken = {r.start for _, r in out}
    out.extend(rb._attached_after(context, taken))
    out.sort(key=lambda pair: pair[0].start)
    return out


def test_attached_pairs_as_the_old_loop_on_real_text(
    monkeypatch: pytest.MonkeyPatch, reference_text: str
) -> None:
    """On the reference and every corpus paragraph, each call pairs what the old loop paired."""
    new = _rate_bases._attached
    calls = {"all": 0, "paired": 0}

    def both(context: ParagraphContext) -> list[tuple[Mention, Mention]]:
        got = new(context)
        assert got == _old_attached(context)
        calls["all"] += 1
        calls["paired"] += bool(got)
        return got

    monkeypatch.setattr(_rate_bases, "_attached", both)
    for text in [reference_text, *_corpus_texts()]:
        check_text(text)
    assert calls["all"] > 100  # the comparison really ran
    assert calls["paired"] > 10  # and on paragraphs that pair


@given(st.text(alphabet=" \t\n\u00a0ab mỗiMỖI,.", max_size=40))
@example("mỗi  \n tỉnh")
@example("Mỗi\u00a0hội")
def test_compiled_patterns_read_as_the_strings(s: str) -> None:
    """The patterns compiled once read every text as the pattern strings did."""
    assert _totals._SPACES.sub(" ", s) == re.sub(r"\s+", " ", s)
    assert (_totals._EACH.search(s) is None) == (re.search(r"\bmỗi\b", s, re.IGNORECASE) is None)


def test_sentence_slices_are_the_sentence_figures_on_real_text(
    monkeypatch: pytest.MonkeyPatch, reference_text: str
) -> None:
    """``_check_sentence`` is given, as slices of the paragraph's lists, the figures the old code
    listed for the sentence (those no fraction's terms) and where they start and end."""
    new = _totals._check_sentence
    calls = []

    def checked(paragraph, local, s_start, s_end, depth, file, starts, ends):  # type: ignore[no-untyped-def]
        base = paragraph.offset
        old = [m for m in paragraph_mentions[0] if s_start <= m.start - base < s_end]
        assert local == [m for m in old if m.fraction is None]
        assert list(starts) == [m.start - base for m in local]
        assert list(ends) == [m.end - base for m in local]
        calls.append(len(local))
        return new(paragraph, local, s_start, s_end, depth, file, starts, ends)

    paragraph_mentions: list[list[Mention]] = [[]]
    totals = _totals.check_totals

    def remember(context: ParagraphContext):  # type: ignore[no-untyped-def]
        paragraph_mentions[0] = list(context.mentions)
        return totals(context)

    monkeypatch.setattr(_totals, "_check_sentence", checked)
    monkeypatch.setattr(_totals, "check_totals", remember)
    for text in [reference_text, *_corpus_texts()]:
        check_text(text)
    assert len(calls) > 100  # the comparison really ran


@given(st.lists(st.none() | st.text(alphabet="aĐđồngNG \t\u00a0%", max_size=12), max_size=30))
@example([None, "Đồng", " triệu  đồng ", "%"])
def test_units_kept_read_as_made_anew(units: list[str | None]) -> None:
    """``_count_and_amount._unit`` gives, kept or not, what it made anew for every mention."""
    for unit in units * 2:  # the second time from what was kept
        m = SimpleNamespace(quantity=SimpleNamespace(unit=unit))
        assert _count_and_amount._unit(m) == " ".join((unit or "").casefold().split())  # type: ignore[arg-type]


def test_units_kept_stay_few() -> None:
    """Memory stays flat: past the limit the kept units are forgotten."""
    for n in range(3 * _count_and_amount._UNITS_KEPT):
        m = SimpleNamespace(quantity=SimpleNamespace(unit=f"hội {n}"))
        assert _count_and_amount._unit(m) == f"hội {n}"  # type: ignore[arg-type]
        assert len(_count_and_amount._UNITS) <= _count_and_amount._UNITS_KEPT


def test_a_mention_holds_its_quantity_s_fields() -> None:
    """The fast constructor of the engine copies the quantity's text, value, unit and bound
    into the mention as the attrs constructor does (and ``attrs.evolve`` with a new quantity
    makes them again): every figure of the corpus, and a changed quantity."""
    seen = 0
    for text in _corpus_texts():
        for m in extract(text):
            q = m.quantity
            assert (m.text, m.value, m.unit, m.bound) == (q.text, q.value, q.unit, q.bound)
            made = Mention(q, m.start, m.end, m.line, m.column, m.fraction, m.footnote)
            assert (made.text, made.value, made.unit, made.bound) == (
                m.text,
                m.value,
                m.unit,
                m.bound,
            )
            seen += 1
    assert seen > 5000
    [m] = extract("hơn 14,6 tỷ đồng")
    [other] = extract("khoảng 20 hội viên")
    moved = attrs.evolve(m, quantity=other.quantity)
    assert (moved.value, moved.unit, moved.bound) == (20, "hội viên", Bound.ABOUT)
