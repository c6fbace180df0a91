"""Speed round 11 (speed7): the fast paths of rules 2d and 2f hold to the old behaviour.

* ``check_section_totals`` and ``check_paired_totals`` are plain functions that return at once
  (no generator made) on a paragraph where nothing can be read, and hand the rest to a
  generator;
* ``check_count_and_amount`` searches a sentence for its marker only when the sentence holds one
  of the marker's words (``may_contain_between``);
* ``_paired_totals._start_list`` lowers each label once for the three pairs of measures;
* ``_count_and_amount._pair_of`` reads a sentence's figures in one pass (out at the third with a
  unit) instead of listing its counts and amounts;
* ``indicators._stated.compare`` rounds in integers (``_round_to``), not in fractions with the
  checks of ``quantize_fraction`` (``_round_to_slowly``, the old code).

On the reference, every corpus paragraph (measured and waiting) and every one-figure mutation of
them, the findings are those of the old functions, copied below verbatim (their docstrings
left out, names qualified by their module).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung import rounding
from hoiquanchung.checker import _check, _registry, check_text
from hoiquanchung.checker import _count_and_amount as _ca
from hoiquanchung.checker import _paired_totals as _pt
from hoiquanchung.checker import _section_totals as _st
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import _stated
from hoiquanchung.rounding import Rounding, quantize_fraction

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


def _old_section_totals(context: ParagraphContext) -> Iterator[Finding]:
    tables = context.state.figures
    section = tables.feed(context)
    if not context.mentions and tables.continued is None and not context.paragraph.footnote:
        # No figure and no list going on from the paragraph above: the rules below read
        # nothing here, and no list can open without a figure (speed).
        return
    yield from _st._continued_totals.check_continued(context)
    yield from _st._continued_totals.check_fraction_parts(context)
    if not tables.changed or not any(section.counts.get(m, 0) > 1 for m in tables.measures):
        return  # no figure added beside another of its measure: nothing new to reconcile
    # Only the measures whose figures or layout changed since they were last reconciled: the
    # others would give the findings they gave then, all settled (speed: a long section).
    layout = section.layout()
    stale = []
    for measure, count in section.counts.items():
        if count > 1 and section.reconciled.get(measure) != (layout, count):
            section.reconciled[measure] = (layout, count)
            stale.append(measure)
    if not stale:
        return
    # Only the findings about stated figures: the totals reconciliation derives beyond them
    # only add breakdown-conflict findings, which this rule keeps none of (speed).
    # Each period apart (round 18's rule, not a speed change: kept in both ways).
    periods = sorted(section.periods) if section.periods else [None]
    findings = [f for p in periods for f in _st.reconcile_totals(section.table(stale, p))]
    for finding in findings:
        if finding.code not in _st._CODES:
            continue  # a repeat or two derived totals: not read reliably enough from prose
        figure = section.locate(finding)
        if figure is None:
            continue
        if finding.code == "parts-exceed-total" and _st._lone_part_elsewhere(figure, section):
            continue
        if finding.code == "total-mismatch" and not figure.labels and _st._central_level(section):
            continue  # (a rule, not a speed change: kept in both ways)
        if finding.code == "total-mismatch" and _st._parts_of_a_nearer_total(figure, section):
            continue  # (a rule of round 22, not a speed change: kept in both ways)
        key = (finding.code, figure.mention.start)
        if key in tables.reported:
            continue
        tables.reported.add(key)
        if _st._reported_in_sentence(figure, context, section):
            continue
        yield _st._placed(finding, figure, section, context.file)


def _old_paired_totals(context: ParagraphContext) -> Iterator[Finding]:
    state = _pt._state(context.state)
    para = context.paragraph
    listed = state.open
    if listed is not None and (para.line != listed.next_line or context.section != listed.section):
        state.open = None
        yield from _pt._evaluate(listed, context.state)
        listed = None
    waiting = state.waiting
    state.waiting = None
    if waiting is not None and (
        para.line != waiting.next_line or context.section != waiting.section
    ):
        waiting = None
    if para.footnote:
        if listed is not None:
            state.open = None
            yield from _pt._evaluate(listed, context.state)
        return
    # The same reading in one sentence, for a count and its amount, and for a count and its
    # amount restated after their items (see _count_and_amount).
    mentions = context.mentions
    if len(mentions) >= _pt.MIN_MENTIONS:  # fewer: it finds nothing (no generator made; speed)
        yield from _pt.check_count_and_amount(context)
    yield from _pt.check_restated_pairs(context)
    if (
        listed is None
        and waiting is None
        and (
            len(mentions) < 2
            or not _pt._two_of_a_measure(mentions)
            or not _pt._may_start(para.text)
        )
    ):
        return  # nothing to go on with, and no two totals here
    text, base = para.text, para.offset
    spans = _pt.sentence_spans(text)
    depth = _pt._LazyDepths(text)
    for n, (s_start, s_end, local) in enumerate(_pt.by_sentence(spans, mentions, base)):
        if waiting is not None:
            opener = _pt._OPENER.match(text, s_start, s_end)
            if opener is not None and not _pt._EXAMPLES.search(text, s_start, s_end):
                # The sentence after two totals opens their breakdown.
                if listed is not None:
                    yield from _pt._evaluate(listed, context.state)
                listed, waiting = waiting, None
                _pt._read_items(listed, para, (s_start, s_end), local, opener.end(), depth)
                continue
            waiting = None
        if listed is not None:
            _pt._read_items(listed, para, (s_start, s_end), local, s_start, depth)
            if listed.broken:
                listed = None
            continue
        if len(local) < 2:
            continue
        started = _pt._start_list(context, (s_start, s_end), local, depth)
        if started is None:
            continue
        if text[s_start:s_end].rstrip().endswith(":"):
            listed = started  # "..., đã phân bổ 80 tỷ đồng:" and the items below
        elif n + 1 == len(spans):
            state.waiting = started  # the opener may come on the next line
        else:
            waiting = started
    if listed is not None and not listed.broken:
        listed.next_line = para.line + 1 + text.count("\n")
        state.open = listed
    else:
        state.open = None


def _old_count_and_amount(context: ParagraphContext) -> Iterator[Finding]:
    mentions = context.mentions
    if len(mentions) < _ca.MIN_MENTIONS:
        return
    text, base = context.text, context.paragraph.offset
    if not any(_ca._money(m) for m in mentions):
        return
    depths = None
    for s_start, s_end, local in _ca.by_sentence(_ca.sentence_spans(text), mentions, base):
        if len(local) < 2 + 2 * _ca._MIN_ITEMS or len(local) > 2 + 2 * _ca._MAX_ITEMS:
            continue
        markers = list(_ca._MARKER.finditer(text, s_start, s_end))
        if len(markers) != 1 or _ca._EXAMPLES.search(text, s_start, s_end):
            continue
        if depths is None:
            depths = _ca.bracket_depths(text)
        at = markers[0].end()
        if depths[markers[0].start()] != 0:
            continue
        head = [m for m in local if m.end - base <= markers[0].start()]
        tail = [m for m in local if m.start - base >= at]
        if len(head) + len(tail) != len(local):
            continue
        yield from _ca._sentence(context, head, tail, depths)


def _old_measure_side(label: str, pair: int = 0) -> int | None:
    _name, first, second = _pt._PAIRS[pair]
    stems_first, stems_second = _pt._STEMS[pair]
    low = label.lower()
    a = any(w in low for w in stems_first) and first.search(label) is not None
    b = any(w in low for w in stems_second) and second.search(label) is not None
    if a and b:
        return -1
    if a:
        return 0
    if b:
        return 1
    return None


def _every_text(reference_text: str) -> list[str]:
    """The reference, every real paragraph, then every mutation of each."""
    paragraphs = harness.every_paragraph()
    mutated = [
        m.apply(paragraphs[m.paragraph].text) for m in harness.mutations(paragraphs.values())
    ]
    return [reference_text, *(p.text for p in paragraphs.values()), *mutated]


def _old_way(monkeypatch: pytest.MonkeyPatch, calls: dict[str, int]) -> None:
    """Run the checker with the old functions in place of the new."""

    def counted_section(context: ParagraphContext) -> Iterator[Finding]:
        calls["section"] += 1
        return _old_section_totals(context)

    def counted_paired(context: ParagraphContext) -> Iterator[Finding]:
        calls["paired"] += 1
        return _old_paired_totals(context)

    old = {"section-totals": counted_section, "paired-totals": counted_paired}
    checks = tuple(
        attrs.evolve(c, run=old[c.name]) if c.name in old else c for c in _registry.CHECKS
    )
    monkeypatch.setattr(_check, "CHECKS", checks)
    monkeypatch.setattr(_check, "WITHOUT_DIGITS", tuple(c for c in checks if c.every_paragraph))
    monkeypatch.setattr(_check, "WITHOUT_FIGURES", tuple(c for c in checks if not c.needs_figures))
    monkeypatch.setattr(_pt, "check_count_and_amount", _old_count_and_amount)
    monkeypatch.setattr(_pt, "_side", lambda label, _low, pair: _old_measure_side(label, pair))
    monkeypatch.setattr(_stated, "_round_to", _stated._round_to_slowly)


def test_findings_as_the_old_functions_on_every_corpus_text_and_mutation(
    monkeypatch: pytest.MonkeyPatch, reference_text: str
) -> None:
    """Every finding, its message and values included, is the old functions' one."""
    texts = _every_text(reference_text)
    new = [check_text(text) for text in texts]
    calls = {"section": 0, "paired": 0}
    with monkeypatch.context() as patched:
        _old_way(patched, calls)
        old = [check_text(text) for text in texts]
    assert calls["section"] > 1000  # the old way really ran
    assert calls["paired"] > 1000
    for text, got, expected in zip(texts, new, old, strict=True):
        assert got == expected, text
        assert [f.message_en for f in got] == [f.message_en for f in expected]
    # And the rules of 2d and 2f found something (the comparison is not of empty lists).
    codes = {f.code for found in new for f in found}
    assert {"total-mismatch", "parts-exceed-total"} <= codes


def test_marker_prefilter_passes_every_sentence_with_a_marker(reference_text: str) -> None:
    """A sentence the prefilter passes over holds no match of ``_MARKER`` (real text)."""
    from hoiquanchung.checker._figures_table import sentence_spans
    from hoiquanchung.checker._patterns import may_contain_between

    skipped = 0
    for text in [reference_text, *harness.every_text()]:
        for start, end in sentence_spans(text):
            if not may_contain_between(text, _ca._MARKER_WORDS, start, end):
                skipped += 1
                assert _ca._MARKER.search(text, start, end) is None
    assert skipped > 100


_ALPHABET = "trongTRONGđóĐÓgồmGỒMcụCỤthểTHỂ ,;:\u00a0\nıſİaz"


@given(st.text(alphabet=_ALPHABET, max_size=40))
@example("X, trong đó 5")
@example("X; GỒM:")
@example(" cụ  thể")
@example(" İtrong đó")
def test_marker_prefilter_is_sound(text: str) -> None:
    """Wherever ``_MARKER`` matches, the prefilter lets the sentence be searched."""
    from hoiquanchung.checker._patterns import may_contain_between

    if _ca._MARKER.search(text) is not None:
        assert may_contain_between(text, _ca._MARKER_WORDS, 0, len(text))


@given(st.text(alphabet="tiếp nhận phân bổ chi hội thu TIẾP NHẬN kế hoạch đạt giao,;", max_size=50))
@example("đã tiếp nhận ")
@example("; đã phân bổ sử dụng ")
@example("thu chi ")
def test_side_reads_as_measure_side(label: str) -> None:
    """``_side`` given the lower-case label reads every label as the old ``measure_side``."""
    for pair in range(len(_pt._PAIRS)):
        assert _pt._side(label, label.lower(), pair) == _old_measure_side(label, pair)
        assert _pt.measure_side(label, pair) == _old_measure_side(label, pair)


_INTS = st.integers(min_value=-(10**30), max_value=10**30)


@given(
    _INTS, st.integers(min_value=1, max_value=10**12), st.integers(0, 8), st.sampled_from(Rounding)
)
@example(1, 8, 2, Rounding.HALF_EVEN)
@example(-1, 8, 2, Rounding.HALF_UP)
@example(-1, 3, 0, Rounding.FLOOR)
@example(-1, 3, 0, Rounding.CEILING)
@example(0, 7, 3, Rounding.UP)
def test_rounded_is_quantize_fraction(
    numerator: int, denominator: int, digits: int, rule: Rounding
) -> None:
    """``rounded_units`` is ``quantize_fraction`` scaled to an int, its written form included."""
    made = Decimal(f"{rounding.rounded_units(numerator, denominator, digits, rule)}E-{digits}")
    assert made.as_tuple() == quantize_fraction(numerator, denominator, digits, rule).as_tuple()


_RESOLUTIONS = st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(exponent),
    st.integers(min_value=1, max_value=10**4),
    st.integers(min_value=-6, max_value=9),
)


@given(
    st.fractions(max_denominator=10**9).filter(lambda f: abs(f) < 10**15),
    _RESOLUTIONS,
    st.sampled_from(Rounding),
    st.integers(0, 8),
)
@example(Fraction(9115, 100), Decimal("0.01"), Rounding.HALF_UP, 2)
@example(Fraction(-1, 8), Decimal("0.01"), Rounding.HALF_EVEN, 2)
@example(Fraction(1, 3), Decimal("1E+8"), Rounding.DOWN, 0)
@example(Fraction(-1, 3), Decimal("0.5"), Rounding.FLOOR, 1)
def test_round_to_is_the_old_rounding(
    value: Fraction, resolution: Decimal, rule: Rounding, decimals: int
) -> None:
    """``_round_to`` gives the old ``_round_to``'s Decimal, to its exponent."""
    got = _stated._round_to(value, resolution, rule, decimals)
    assert got.as_tuple() == _stated._round_to_slowly(value, resolution, rule, decimals).as_tuple()


@given(st.lists(st.text(alphabet="ca\u0301p ti\u0309nh Tỉnh cấp ờ\u0300", max_size=12), max_size=8))
@example(["cấp tỉnh", "ca\u0301p", "ca\u0301p"])
def test_nfc_kept_is_nfc_text(texts: list[str]) -> None:
    """``nfc_kept`` gives what ``nfc_text`` gives, kept or made anew (decomposed texts too)."""
    from hoiquanchung._nfc import nfc_text

    for text in texts * 2:  # the second time from what was kept
        assert _stated.nfc_kept(text, "at") == nfc_text(text, "at")


def _old_pair_of(context: ParagraphContext, local: list[Mention]) -> tuple[Mention, Mention] | None:
    """``_count_and_amount._pair_of`` before round 11, copied verbatim (names qualified)."""
    text, base = context.text, context.paragraph.offset
    counts = [m for m in local if _ca._count(m)]
    money = [m for m in local if _ca._money(m)]
    if len(counts) != 1 or len(money) != 1 or sum(1 for m in local if m.unit) != 2:
        return None
    amount = money[0]
    if _ca._EACH_AFTER.match(text, amount.end - base) or _ca._EACH_BEFORE.search(
        text, max(0, amount.start - base - 30), amount.start - base
    ):
        return None
    if not _ca._plain(counts[0]) or not _ca._plain(amount) or counts[0].start > amount.start:
        return None
    return counts[0], amount


def test_pair_of_as_the_old_lists_on_every_corpus_text_and_mutation(
    monkeypatch: pytest.MonkeyPatch, reference_text: str
) -> None:
    """On every sentence read for a count and its amount, the one pass pairs what the old lists
    paired (and as often, none)."""
    new = _ca._pair_of
    calls = {"all": 0, "paired": 0}

    def both(context: ParagraphContext, local: list[Mention]) -> tuple[Mention, Mention] | None:
        got = new(context, local)
        assert got == _old_pair_of(context, local)
        calls["all"] += 1
        calls["paired"] += got is not None
        return got

    monkeypatch.setattr(_ca, "_pair_of", both)
    for text in _every_text(reference_text):
        check_text(text)
    assert calls["all"] > 1000  # the comparison really ran
    assert calls["paired"] > 50  # and on sentences that pair
