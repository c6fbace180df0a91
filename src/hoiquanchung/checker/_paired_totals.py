"""Rule 2f: two totals stated together and broken down item by item in two columns.

"Từ số tiền ủng hộ của các tổ chức, cá nhân (hơn 806,407 tỷ đồng), MTTQ Việt Nam đã phân bổ sử
dụng 466 tỷ đồng." and then "Cụ thể, MTTQ Việt Nam đã tiếp nhận bằng tiền 312,355 tỷ đồng; đã
phân bổ sử dụng 150,500 tỷ đồng. Tiếp nhận ... hiện vật tương đương 99,552 tỷ đồng; đã phân bổ
sử dụng 51 tỷ đồng." ... on the next lines: one sentence states two totals of one measure, told
apart by what they measure (what was received and what was allocated), and each item after it
gives its value of the first, then of the second.  The items are two columns that must add up to
the two totals.

What the two measures are is read from the words right before each figure (back to the figure
before it, a ``;``, a ``:`` or the start of the sentence), in one pair of measures:

* received / used: *tiếp nhận*, *ủng hộ*, *quyên góp*, *vận động*, *huy động*, *đóng góp*,
  *nhận được* against *phân bổ*, *sử dụng*, *giải ngân*, *cấp phát*, *chi*, *trao*;
* plan / done: *kế hoạch*, *chỉ tiêu*, *dự toán*, *giao* against *thực hiện*, *đạt*, *hoàn
  thành*;
* revenue / spending: *thu* against *chi*.

When the words of two pairs name the totals ("Ban Vận động ... thu ..., chi ..."), the pair
whose words stand nearest the figures is taken.

An item figure without such words, right before a figure of the second measure in its sentence,
is the first measure of that item ("chuyển tiền trực tiếp ... 245 tỷ đồng; đã phân bổ sử dụng
245 tỷ đồng").

**When it speaks.**  The structure must be proven by the text itself, twice:

* the totals' sentence has exactly two figures of the measure, one of each; the next sentence
  opens the breakdown (*Cụ thể*, *Trong đó*, *Theo đó*, *Chi tiết*), or the totals' sentence ends
  with ``:``;
* every figure of the measure after it, in that sentence and the sentences and next-line
  paragraphs that follow, is an item of one measure; a figure of the second measure comes right
  after one of the first, in its sentence (the items keep the totals' order); at least two items
  give both; an item may give the first alone ("Số tiền ủng hộ qua tin nhắn là 130 tỷ đồng.");
* the list ends at a blank line, a paragraph that is not on the next line, a heading or the end
  of the document; only then is it summed;
* one column adds up to its total (exactly, at the total's written precision; for a lower bound
  *hơn X*, to X or less than one unit of its last digit more): this proves that the items are all
  there.  Then the other column must add up to its total too: ``total-mismatch`` (error) at that
  total when it does not.

A lower-bound total (*hơn*, *trên*, *ít nhất*) is contradicted only by a sum below what rounds to
its bound at its last written digit (the parts cannot make *more than 806,407 tỷ* if they make
806,357 tỷ; 806,4066 tỷ, which a report may write *hơn 806,407 tỷ*, holds); a larger sum agrees
with it: the test every totals rule shares (:func:`hoiquanchung.checker._rules.sum_contradicts`).

Why it stays quiet on the near-misses:

* when neither column adds up (a few items named out of many: "Cụ thể" listing two channels of
  five), or both do;
* on an item figure that no measure word names and no pair explains, a figure in brackets that
  is not the bracket's only content, a bound, a range or a fraction among the items, a figure
  whose words name both measures ("số tiền ủng hộ đã được phân bổ"), examples (*như*, *chẳng
  hạn*, *điển hình* in the opening sentence), or an item of the second measure before the first:
  the list is not read;
* on totals of another bound (*khoảng*, *gần*), a second pair of totals in the totals' sentence;
* on a measure's words written with two spaces ("tiếp  nhận"): they are not read;
* one total is reported once, whichever rule reads it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._context import Check, DocumentState, ParagraphContext, evolved
from hoiquanchung.checker._count_and_amount import (
    MIN_MENTIONS,
    check_count_and_amount,
    check_restated_pairs,
)
from hoiquanchung.checker._figures_table import (
    Depths,
    bracket_depths,
    by_sentence,
    measure_of,
    sentence_spans,
)
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by, lowered
from hoiquanchung.checker._rules import sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound

__all__ = ["CHECK", "check_paired_totals", "finish_paired_totals", "measure_side"]

# ------------------------------------------------------------------ the vocabulary (Vietnamese)
_W = r"(?<!\w){}(?!\w)"
# "chi" spends; "chi hội", "chi bộ", "chi đoàn" are bodies, "chi tiết" details.
_SPEND = r"chi(?!\s+(?:hội|bộ|đoàn|nhánh|tiết|cục|nhánh))"
#: Pairs of measures a report states together: (name, first measure's words, second's).
# (Each led by the first letters of its words: the look-behind is tried at a position only when
# one of them stands there; speed.)
_PAIRS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "received-used",
        led_by(
            "tủqvhđn",
            re.compile(
                _W.format(
                    r"(?:tiếp\s+nhận|ủng\s+hộ|quyên\s+góp|vận\s+động|huy\s+động|đóng\s+góp|nhận\s+được)"
                ),
                re.IGNORECASE,
            ),
        ),
        led_by(
            "psgct",
            re.compile(
                _W.format(rf"(?:phân\s+bổ|sử\s+dụng|giải\s+ngân|cấp\s+phát|{_SPEND}|trao)"),
                re.IGNORECASE,
            ),
        ),
    ),
    (
        "plan-done",
        led_by(
            "kcdg",
            re.compile(_W.format(r"(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|giao)"), re.IGNORECASE),
        ),
        led_by("tđh", re.compile(_W.format(r"(?:thực\s+hiện|đạt|hoàn\s+thành)"), re.IGNORECASE)),
    ),
    (
        "revenue-spending",
        led_by("t", re.compile(_W.format(r"thu(?!\s+(?:nhập|hoạch|hút|hồi))"), re.IGNORECASE)),
        led_by("c", re.compile(_W.format(_SPEND), re.IGNORECASE)),
    ),
)
# The words of each measure, lower case, one space (a text holding none of one side's is not
# searched with the patterns; a word written with two spaces is then missed, never misread).
_STEMS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("tiếp nhận", "ủng hộ", "quyên góp", "vận động", "huy động", "đóng góp", "nhận được"),
        ("phân bổ", "sử dụng", "giải ngân", "cấp phát", "chi", "trao"),
    ),
    (("kế hoạch", "chỉ tiêu", "dự toán", "giao"), ("thực hiện", "đạt", "hoàn thành")),
    (("thu",), ("chi",)),
)
_OPENER = re.compile(
    r"[\s\u2060\-–—*•+]*(?:trong\s+đó|theo\s+đó|cụ\s+thể|chi\s+tiết)\b", re.IGNORECASE
)
_EXAMPLES = led_by(
    "ncđv",
    re.compile(r"(?<!\w)(?:như|chẳng\s+hạn|điển\s+hình|ví\s+dụ)(?!\w)", re.IGNORECASE),
)
# Tuples, not sets: a member's hash is computed in Python, a test of identity is not (speed).
_TOTAL_BOUNDS = (Bound.EXACT, Bound.MORE_THAN, Bound.AT_LEAST)
_LOWER = (Bound.MORE_THAN, Bound.AT_LEAST)
_MAX_ITEMS = 60  # figures of one list (a bound on the work and on what is read as one list)


def measure_side(label: str, pair: int = 0) -> int | None:
    """Which measure of pair *pair* the words *label* before a figure name: ``0`` (the first:
    received, plan, revenue), ``1`` (the second: used, done, spending), ``-1`` (both: unclear)
    or ``None`` (neither).

    >>> measure_side("Cụ thể, MTTQ Việt Nam đã tiếp nhận bằng tiền ")
    0
    >>> measure_side("; đã phân bổ sử dụng ")
    1
    >>> measure_side("số tiền ủng hộ đã được phân bổ ")
    -1
    >>> measure_side("tổng số chi hội là ", 2) is None
    True
    """
    return _side(label, label.lower(), pair)


def _side(label: str, low: str, pair: int) -> int | None:
    """:func:`measure_side` of *label*, given its lower-case text *low* (lowered once for the
    three pairs; speed)."""
    _name, first, second = _PAIRS[pair]
    stems_first, stems_second = _STEMS[pair]
    # A side's pattern is searched only when the label holds one of its words (loops, not
    # generators: three pairs for each figure of two totals; speed).
    a = b = False
    for w in stems_first:
        if w in low:
            a = first.search(label) is not None
            break
    for w in stems_second:
        if w in low:
            b = second.search(label) is not None
            break
    if a and b:
        return -1
    if a:
        return 0
    if b:
        return 1
    return None


# ------------------------------------------------------------------ the list being read
@attrs.define
class _PairedList:
    """Two totals (``totals[0]`` of the first measure) and the items read so far."""

    pair: int
    totals: tuple[Mention, Mention]
    paragraph: Paragraph  # the totals' paragraph
    section: str | None
    file: str | None
    measure: str
    next_line: int
    # (mention, side, sentence key) of every item figure, in order.
    items: list[tuple[Mention, int, tuple[int, int]]] = attrs.Factory(list)
    broken: bool = False


@attrs.define
class _State:
    open: _PairedList | None = None
    # The last sentence of the paragraph above: totals waiting for their opener on this line.
    waiting: _PairedList | None = None


# The rule's state, per document: kept in the document's state (forgotten with the document).
_KEY = "paired-totals"


def _state(document: DocumentState) -> _State:
    found: _State | None = document.rule_states.get(_KEY)
    if found is None:
        found = document.rule_states[_KEY] = _State()
    return found


# ------------------------------------------------------------------ reading
# The measure of a unit, remembered (a report repeats a few units).
_measure = functools.lru_cache(maxsize=512)(measure_of)


class _LazyDepths:
    """A paragraph's bracket depths, found when first asked for."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._depths: Depths | None = None

    def __getitem__(self, index: int) -> int:
        if self._depths is None:
            self._depths = bracket_depths(self._text)
        return self._depths[index]


def _countable(m: Mention) -> bool:
    return (
        m.unit is not None
        and m.unit != "%"
        and m.fraction is None
        and m.range_end is None
        and m.value >= 0
    )


def _alone_in_brackets(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is all its bracket holds: "(hơn 806,407 tỷ đồng)"."""
    return text[max(0, a - 4) : a].rstrip().endswith("(") and text[b : b + 4].lstrip().startswith(
        ")"
    )


def _labels(
    text: str, base: int, start: int, ours: Sequence[Mention], local: Sequence[Mention]
) -> list[str]:
    """The words before each figure of *ours*: back to the figure before it (any of *local*,
    the sentence's figures in order), a ``;``, a ``:`` or ``text[start]``."""
    ends = [m.end - base for m in local]
    out = []
    for m in ours:
        a = m.start - base
        i = bisect.bisect_right(ends, a)
        lo = max(start, ends[i - 1]) if i > 0 else start
        lo = max(lo, text.rfind(";", lo, a) + 1, text.rfind(":", lo, a) + 1)
        out.append(text[lo:a])
    return out


def _sides(labels: Sequence[str], pair: int) -> list[int | None] | None:
    """The measure of each figure of one sentence from its *labels*; ``None`` when a figure
    cannot be read (both measures named, or none and no pair explains it)."""
    sides = [measure_side(label, pair) for label in labels]
    if -1 in sides:
        return None
    # "... (đăng ký qua MTTQ Việt Nam) 245 tỷ đồng; đã phân bổ sử dụng 245 tỷ đồng": a figure
    # no word names, right before one of the second measure, is the first measure of its item.
    read: list[int | None] = [
        0 if side is None and i + 1 < len(sides) and sides[i + 1] == 1 else side
        for i, side in enumerate(sides)
    ]
    return None if None in read else read


def _two_of_a_measure(mentions: Sequence[Mention]) -> bool:
    """Whether two figures of *mentions* count one measure (a cheap test before the words)."""
    seen: set[str] = set()
    for m in mentions:
        if _countable(m):
            measure = _measure(m.unit or "")
            if measure in seen:
                return True
            seen.add(measure)
    return False


def _may_start(text: str) -> bool:
    """Whether *text* may name both measures of a pair (a cheap test before the patterns)."""
    low = lowered(text)
    # Loops rather than nested generators: called for most paragraphs with figures (speed).
    for first, second in _STEMS:
        for w in first:
            if w in low:
                for v in second:
                    if v in low:
                        return True
                break
    return False


def _start_list(
    context: ParagraphContext,
    sentence: tuple[int, int],
    local: Sequence[Mention],
    depth: _LazyDepths,
) -> _PairedList | None:
    """Two totals of one measure, one of each measure of a pair, in *sentence*."""
    para = context.paragraph
    text, base = para.text, para.offset
    by_measure: dict[str, list[Mention]] = {}
    for m in local:
        if _countable(m):
            by_measure.setdefault(_measure(m.unit or ""), []).append(m)
    for measure, figures in by_measure.items():
        if len(figures) != 2 or any(m.bound not in _TOTAL_BOUNDS for m in figures):
            continue
        if any(
            depth[m.start - base] != 0
            and not _alone_in_brackets(text, m.start - base, m.end - base)
            for m in figures
        ):
            continue
        labels = _labels(text, base, sentence[0], figures, local)
        # The pairs whose words name one figure each; the one whose words stand nearest the
        # figures when several do ("Ban Vận động thu ..., chi ...": revenue and spending).
        fits = []
        lows = [label.lower() for label in labels]
        for pair in range(len(_PAIRS)):
            sides = [_side(label, low, pair) for label, low in zip(labels, lows, strict=True)]
            if sides in ([0, 1], [1, 0]):
                _name, first_words, second_words = _PAIRS[pair]
                gap = sum(
                    _gap(label, second_words if s else first_words)
                    for label, s in zip(labels, sides, strict=True)
                )
                fits.append((gap, pair, sides[0] == 0))
        if fits:
            _, pair, in_order = min(fits)
            first, second = (figures[0], figures[1]) if in_order else (figures[1], figures[0])
            return _PairedList(
                pair=pair,
                totals=(first, second),
                paragraph=para,
                section=context.section,
                file=context.file,
                measure=measure,
                next_line=para.line + 1 + text.count("\n"),
            )
    return None


def _gap(label: str, pattern: re.Pattern[str]) -> int:
    """How far before the end of *label* its last word of *pattern* ends."""
    ends = [m.end() for m in pattern.finditer(label)]
    return len(label) - ends[-1] if ends else len(label)


def _read_items(
    listed: _PairedList,
    para: Paragraph,
    sentence: tuple[int, int],
    local: Sequence[Mention],
    start: int,
    depth: _LazyDepths,
) -> None:
    """Add the figures of the list's measure in ``para.text[start:sentence end]`` to it."""
    text, base = para.text, para.offset
    ours = [
        m
        for m in local
        if _countable(m) and _measure(m.unit or "") == listed.measure and m.start - base >= start
    ]
    if not ours:
        return
    for m in ours:
        a, b = m.start - base, m.end - base
        if m.bound is not Bound.EXACT or (depth[a] != 0 and not _alone_in_brackets(text, a, b)):
            listed.broken = True
            return
    if len(listed.items) + len(ours) > _MAX_ITEMS:
        listed.broken = True
        return
    sides = _sides(_labels(text, base, start, ours, local), listed.pair)
    if sides is None:
        listed.broken = True
        return
    key = (para.offset, sentence[0])
    for m, side in zip(ours, sides, strict=True):
        # The second measure comes right after the first, in its sentence.
        if side == 1 and (
            not listed.items or listed.items[-1][1] != 0 or listed.items[-1][2] != key
        ):
            listed.broken = True
            return
        listed.items.append((m, side if side is not None else 0, key))


# ------------------------------------------------------------------ the sums
def _sum(values: Sequence[Decimal]) -> Decimal:
    total = Decimal(0)
    for v in values:
        total = _EXACT.add(total, v)
    return total


def _adds_up(total: Mention, value: Decimal) -> bool:
    """Whether *value* makes *total* exactly (a lower bound: to less than one unit above it)."""
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    if total.bound in _LOWER:
        return stated.value <= value < stated.value + stated.resolution
    return compare(stated, value).verdict is Verdict.CONSISTENT


def _contradicts(total: Mention, value: Decimal) -> bool:
    """Whether *value*, the sum of all the total's parts, cannot be *total*: the one test of
    every totals rule (:func:`hoiquanchung.checker._rules.sum_contradicts`), either side (the
    other column proved the items whole).  A lower bound *hơn X* holds down to what rounds to
    *X* at its last written digit."""
    return sum_contradicts(total.quantity, value) is not None


def _evaluate(listed: _PairedList, document: DocumentState) -> Iterator[Finding]:
    if listed.broken:
        return
    items = listed.items
    both = sum(1 for i in range(1, len(items)) if items[i][1] == 1)
    if both < 2:
        return
    columns = [[m.value for m, side, _ in items if side == s] for s in (0, 1)]
    sums = [_sum(c) for c in columns]
    proven = [len(columns[s]) >= 2 and _adds_up(listed.totals[s], sums[s]) for s in (0, 1)]
    if proven[0] == proven[1]:
        return  # neither adds up (not all the items), or both do
    wrong = 0 if proven[1] else 1
    total = listed.totals[wrong]
    if not _contradicts(total, sums[wrong]):
        return
    reported = document.figures.reported
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return  # another rule said it already
    reported.update(keys)
    para = listed.paragraph
    finding = total_mismatch(
        para,
        total.start - para.offset,
        total,
        sums[wrong],
        sum_of_terms(columns[wrong]),
        file=listed.file,
    )
    if finding.path is None and listed.section is not None:
        finding = evolved(finding, path=listed.section)
    yield finding


# ------------------------------------------------------------------ the rule
def check_paired_totals(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2f on the lists that end before the paragraph of *context*, or in it.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Ban Vận động đã tiếp nhận 100 tỷ đồng, đã phân bổ 80 tỷ đồng.\\n"
    ...         "Cụ thể, tỉnh A tiếp nhận 60 tỷ đồng, phân bổ 50 tỷ đồng; "
    ...         "tỉnh B tiếp nhận 40 tỷ đồng, phân bổ 20 tỷ đồng.")
    >>> [(f.code, f.line, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', 1, '80 tỷ đồng', '70.000.000.000 đồng')]
    """
    state = _state(context.state)
    if (
        state.open is None
        and state.waiting is None
        and len(context.mentions) < 2
        and not context.paragraph.footnote
    ):
        # No list going on, none waiting for its opener, and no two totals here: only the
        # count and amount restated after their items may be read (a plain function, not a
        # generator: none is made for most paragraphs; speed).
        return check_restated_pairs(context)
    return _paired(context, state)


def _paired(context: ParagraphContext, state: _State) -> Iterator[Finding]:
    """The findings of :func:`check_paired_totals` (its reading, whole)."""
    para = context.paragraph
    listed = state.open
    if listed is not None and (para.line != listed.next_line or context.section != listed.section):
        state.open = None
        yield from _evaluate(listed, context.state)
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
            yield from _evaluate(listed, context.state)
        return
    # The same reading in one sentence, for a count and its amount, and for a count and its
    # amount restated after their items (see _count_and_amount).
    mentions = context.mentions
    if len(mentions) >= MIN_MENTIONS:  # fewer: it finds nothing (no generator made; speed)
        yield from check_count_and_amount(context)
    yield from check_restated_pairs(context)
    if (
        listed is None
        and waiting is None
        and (len(mentions) < 2 or not _two_of_a_measure(mentions) or not _may_start(para.text))
    ):
        return  # nothing to go on with, and no two totals here
    text, base = para.text, para.offset
    spans = sentence_spans(text)
    depth = _LazyDepths(text)
    for n, (s_start, s_end, local) in enumerate(by_sentence(spans, mentions, base)):
        if waiting is not None:
            opener = _OPENER.match(text, s_start, s_end)
            if opener is not None and not _EXAMPLES.search(text, s_start, s_end):
                # The sentence after two totals opens their breakdown.
                if listed is not None:
                    yield from _evaluate(listed, context.state)
                listed, waiting = waiting, None
                _read_items(listed, para, (s_start, s_end), local, opener.end(), depth)
                continue
            waiting = None
        if listed is not None:
            _read_items(listed, para, (s_start, s_end), local, s_start, depth)
            if listed.broken:
                listed = None
            continue
        if len(local) < 2:
            continue
        started = _start_list(context, (s_start, s_end), local, depth)
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


def finish_paired_totals(document: DocumentState) -> Iterator[Finding]:
    """Findings of rule 2f on a list that the end of the document ends."""
    state: _State | None = document.rule_states.pop(_KEY, None)
    if state is not None and state.open is not None:
        yield from _evaluate(state.open, document)


#: Rule paired-totals: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "paired-totals",
    check_paired_totals,
    ("total-mismatch",),
    wording="prose",
    every_paragraph=True,
    finish=finish_paired_totals,
)
