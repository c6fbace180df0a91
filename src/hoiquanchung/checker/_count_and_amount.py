"""Rule 2f, one sentence: a count and its amount stated together, broken down item by item.

"Hội Khuyến học tỉnh còn trao 343 suất học bổng tỉnh hội với số tiền 253 triệu đồng; trong đó 93
triệu đồng cho 93 sinh viên nghèo hiếu học; 15 triệu đồng cho 15 học sinh trường Phổ thông DTNT
tỉnh; 140 triệu đồng cho 230 học sinh tiểu học, THCS, THPT và 5 triệu đồng học bổng Sunosuka cho
5 học sinh trường THPT chuyên Nguyễn Bỉnh Khiêm" (baoquangnam.vn): the head of the sentence
states a count (343 suất) and an amount (253 triệu đồng); each item after *trong đó* gives an
amount and a count.  The items are two columns, the counts and the amounts, which must make the
two totals.  An item may give its amount each ("5 sinh viên gia đình chính sách được tặng 3,5
triệu đồng mỗi em"): its amount is then the count times the amount each.

*Trong đó* may list some items only, so the sum is checked only on proof that the items are all
there, given by the text itself: **one column makes its total exactly** (at the total's written
precision).  Then the other column must make its total too: ``total-mismatch`` (error) at that
total when it does not.  This is the reading of rule 2f (:mod:`._paired_totals`) in one sentence,
for two totals of two measures, a count and an amount of money.

The counts are of the head's noun (*sinh viên*, *sinh viên*), or the head counts portions
(*suất*) and the items count recipients (*sinh viên*, *học sinh*, *hộ*): one may then receive two
portions, so a recipients' column proves nothing when it falls short of the portions, and
contradicts them only when it exceeds them (a warning).

When it stays quiet:

* the head holds another figure than its one count and one amount, or either is not exact (*hơn*,
  *khoảng*), or the breakdown's marker (*trong đó*, *gồm*, *cụ thể*) is not alone in the sentence;
* a figure after the marker is not one of an item's two (a date, a rate, a third figure of an
  item, a figure in brackets), the items are not all written in one order (amount then count, or
  count then amount), or two items are not parted by ``,``, ``;`` or *và*;
* the sentence gives examples (*như*, *chẳng hạn*, *điển hình*, *ví dụ*);
* the counts are of another noun than the head's (and not recipients of its portions);
* neither column makes its total, or both do.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Final

import attrs

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._figures_table import (
    Depths,
    bracket_depths,
    by_sentence,
    sentence_spans,
)
from hoiquanchung.checker._kinds import names_recipient, portion_nouns
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import Gated, led_by, may_contain_between
from hoiquanchung.checker._rules import total_mismatch, write_number
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound

__all__ = ["MIN_MENTIONS", "check_count_and_amount", "check_restated_pairs"]

# (Led by the first letters of the marker's words: the look-behinds are tried at a position only
# when one of them stands there; speed.)
_MARKER = led_by(
    "tgc",
    re.compile(
        r"(?:(?<=[;,:])|(?<=\s))(?:trong\s+đó|gồm|cụ\s+thể)(?!\w)\s*(?:có\s+)?[,:]?",
        re.IGNORECASE,
    ),
)
_MARKER_AT = Gated(_MARKER, ("trong", "gồm", "cụ"))  # where its first words start (speed)
# The words one of which every match of _MARKER holds (lower case): a sentence without any is
# not searched (the pattern has no literal prefix: its search tries every position; speed).
_MARKER_WORDS = ("trong", "gồm", "cụ")
_EXAMPLES = led_by(
    "ncđv",
    re.compile(r"(?<!\w)(?:như|chẳng\s+hạn|điển\s+hình|ví\s+dụ)(?!\w)", re.IGNORECASE),
)
# An amount given each: "3,5 triệu đồng mỗi em", "3 triệu đồng/em", "mỗi em 3 triệu đồng".
_EACH_AFTER = re.compile(r"\s*(?:/\s*[^\W\d_]|mỗi\s+[^\W\d_])", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:?\s*\Z", re.IGNORECASE)
_BETWEEN_ITEMS = re.compile(r"[,;]|(?<!\w)và(?!\w)", re.IGNORECASE)
_MIN_ITEMS = 2
_MAX_ITEMS = 30
#: The fewest figures of a paragraph in which :func:`check_count_and_amount` may find anything
#: (two totals and two items of two figures each): the caller may skip it below (speed).
MIN_MENTIONS: Final = 2 + 2 * _MIN_ITEMS


def _unit(m: Mention) -> str:
    """The unit of *m*, case-folded, its words set apart by one space (``""`` for none).

    Made once for each unit written (a paragraph's rules ask again and again for the few units
    of a report; at most :data:`_UNITS_KEPT` kept, so memory stays flat).
    """
    unit = m.quantity.unit
    found = _UNITS.get(unit)
    if found is None:
        if len(_UNITS) >= _UNITS_KEPT:
            _UNITS.clear()
        found = _UNITS[unit] = " ".join((unit or "").casefold().split())
    return found


_UNITS: dict[str | None, str] = {}
_UNITS_KEPT = 512


def _money(m: Mention) -> bool:
    return _unit(m) == "đồng"


def _any_money(mentions: Sequence[Mention]) -> bool:
    """Whether one of *mentions* is an amount of money (:func:`_money`; a plain loop, no
    generator, one call a figure fewer: asked of every paragraph with figures; speed)."""
    for m in mentions:  # noqa: SIM110 (a loop, not any() over a generator: speed)
        if _unit(m) == "đồng":
            return True
    return False


def _count(m: Mention) -> bool:
    return bool(m.unit) and not _money(m) and _unit(m) != "%"


def _plain(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.fraction is None and m.range_end is None


def _kind_of_counts(head: Mention, counts: Sequence[Mention]) -> str | None:
    """``"same"`` when the counts are of the head's noun (first word), ``"recipients"`` when
    the head counts portions and the items recipients, else ``None``."""
    first = _unit(head).split(" ")[0]
    if all(_unit(m).split(" ")[0] == first for m in counts):
        return "same"
    if first in portion_nouns() and all(names_recipient(_unit(m)) for m in counts):
        return "recipients"
    return None


def check_count_and_amount(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2f, one sentence, in the paragraph of *context*.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Hội trao 40 suất học bổng với số tiền 50 triệu đồng; trong đó 30 triệu đồng "
    ...         "cho 30 học sinh, 10 triệu đồng cho 10 sinh viên.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '50 triệu đồng', '40.000.000 đồng')]
    """
    mentions = context.mentions
    if len(mentions) < MIN_MENTIONS:
        return
    text, base = context.text, context.paragraph.offset
    if not _any_money(mentions):
        return
    depths = None
    for s_start, s_end, local in by_sentence(sentence_spans(text), mentions, base):
        if len(local) < 2 + 2 * _MIN_ITEMS or len(local) > 2 + 2 * _MAX_ITEMS:
            continue
        if not may_contain_between(text, _MARKER_WORDS, s_start, s_end):
            continue  # no marker in the sentence (what the search below would find; speed)
        markers = list(_MARKER_AT.finditer(text, s_start, s_end))
        if len(markers) != 1 or _EXAMPLES.search(text, s_start, s_end):
            continue
        if depths is None:
            depths = bracket_depths(text)
        at = markers[0].end()
        if depths[markers[0].start()] != 0:
            continue
        head = [m for m in local if m.end - base <= markers[0].start()]
        tail = [m for m in local if m.start - base >= at]
        if len(head) + len(tail) != len(local):
            continue
        yield from _sentence(context, head, tail, depths)


def _sentence(
    context: ParagraphContext,
    head: Sequence[Mention],
    tail: Sequence[Mention],
    depths: Depths,
) -> Iterator[Finding]:
    text, base = context.text, context.paragraph.offset
    if len(head) != 2 or not all(_plain(m) for m in head):
        return
    money_total = next((m for m in head if _money(m)), None)
    count_total = next((m for m in head if _count(m)), None)
    if money_total is None or count_total is None:
        return
    if len(tail) % 2 or not all(_plain(m) and depths[m.start - base] == 0 for m in tail):
        return
    pairs = [(tail[i], tail[i + 1]) for i in range(0, len(tail), 2)]
    orders = {_money(a) for a, _ in pairs}
    if len(orders) != 1 or any(_money(a) == _money(b) for a, b in pairs):
        return  # every item an amount and a count, in one order
    if not all(_count(a) or _count(b) for a, b in pairs):
        return
    for (_, b), (c, _) in itertools.pairwise(pairs):
        if not _BETWEEN_ITEMS.search(text, b.end - base, c.start - base):
            return
    for a, b in pairs:
        inside = text[a.end - base : b.start - base]
        if ";" in inside:
            return
    counts = [a if _count(a) else b for a, b in pairs]
    kind = _kind_of_counts(count_total, counts)
    if kind is None:
        return
    amounts: list[Decimal] = []
    for count, (a, b) in zip(counts, pairs, strict=True):
        money = b if count is a else a
        each = _EACH_AFTER.match(text, money.end - base) is not None or (
            _EACH_BEFORE.search(text, max(0, money.start - base - 30), money.start - base)
            is not None
        )
        amounts.append(_EXACT.multiply(count.value, money.value) if each else money.value)
    count_sum = sum((m.value for m in counts), Decimal(0))
    money_sum = sum(amounts, Decimal(0))
    counts_make = count_sum == count_total.value
    money_makes = _makes(money_total, money_sum)
    if counts_make == money_makes:
        return  # neither column proves the items all there, or both agree
    reported = context.state.figures.reported
    if counts_make:
        if not _contradicts(money_total, money_sum):
            return
        total, value, terms = money_total, money_sum, amounts
        severity = Severity.ERROR
    else:
        if kind == "recipients" and count_sum <= count_total.value:
            return  # one recipient may receive two portions
        total, value, terms = count_total, count_sum, [m.value for m in counts]
        severity = Severity.ERROR if kind == "same" else Severity.WARNING
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return  # another rule said it already
    reported.update(keys)
    written = " + ".join(write_number(v) for v in terms)
    written_en = " + ".join(write_number(v, "en") for v in terms)
    yield total_mismatch(
        context.paragraph,
        total.start - base,
        total,
        value,
        Localized(written, written_en),
        file=context.file,
        severity=severity,
    )


def _makes(total: Mention, value: Decimal) -> bool:
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    return compare(stated, value).verdict is Verdict.CONSISTENT


def _contradicts(total: Mention, value: Decimal) -> bool:
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    return compare(stated, value).verdict is Verdict.INCONSISTENT


# ------------------------------------------------------------- a total restated after its items
# "... trao 310 suất quà ... với tổng trị giá 124 triệu đồng." / "Mỗi phần quà trị giá 400 nghìn
# đồng ..." / "Trước đó, ... trao tặng 250 phần quà với tổng trị giá 100 triệu đồng ..." /
# "Tổng cộng 2 chương trình đã mang đến 560 phần quà với tổng trị giá 224 triệu đồng".
_RESTATED = re.compile(
    r"[\s\u2060\-–•*+]*(?:tổng\s+cộng|tính\s+chung|cộng\s+chung|tổng\s+hợp\s+lại)(?!\w)",
    re.IGNORECASE,
)
_EACH_OPENS = re.compile(r"[\s\u2060\-–•*+]*mỗi\s+[^\W\d_]", re.IGNORECASE)
_MAX_RESTATED_ITEMS = 12


@attrs.define
class _Items:
    """The (count, amount) items read so far on consecutive lines of one section."""

    section: str | None = None
    next_line: int = -1
    items: list[tuple[Mention, Mention]] = attrs.Factory(list)


# The items read so far, per document: kept in the document's state (forgotten with it).
_KEY = "restated-pairs"


def _noun_class(m: Mention) -> str:
    first = _unit(m).split(" ")[0]
    return "portions" if first in portion_nouns() else first


def _pair_of(context: ParagraphContext, local: Sequence[Mention]) -> tuple[Mention, Mention] | None:
    """The one count and the one amount (not an amount each) of a sentence, if that is all
    (a bare number, without a unit, is no count: "chiều 6-10" is a date)."""
    text, base = context.text, context.paragraph.offset
    # One pass, out at the third figure with a unit (of the figures with a unit, exactly two:
    # one count, one amount; what the lists of counts and amounts and their sizes tested; speed).
    count: Mention | None = None
    amount: Mention | None = None
    units = 0
    for m in local:
        if not m.unit:
            continue
        units += 1
        if units > 2:
            return None
        unit = _unit(m)
        if unit == "đồng":
            amount = m
        elif unit != "%":
            count = m
    if units != 2 or count is None or amount is None:
        return None
    if _EACH_AFTER.match(text, amount.end - base) or _EACH_BEFORE.search(
        text, max(0, amount.start - base - 30), amount.start - base
    ):
        return None
    if not _plain(count) or not _plain(amount) or count.start > amount.start:
        return None
    return count, amount


def check_restated_pairs(context: ParagraphContext) -> Iterator[Finding]:
    """A count and its amount restated after the items that make them, on the lines above:
    items are sentences of one count and one amount ("... 310 suất quà ... với tổng trị giá 124
    triệu đồng"), a sentence that opens with *Mỗi X* (a value each) is passed over, and a
    sentence that opens with *Tổng cộng* (*Tính chung*) and holds one count of the items' noun
    and one amount restates them.  As in rule 2f, one column making its total proves the items
    all there, and the other must make its own (``total-mismatch``, error).  Anything else
    between (another figure, a blank line, a heading) and the items are forgotten.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Hội trao 310 suất quà với tổng trị giá 124 triệu đồng.\\n"
    ...         "Hội trao tiếp 250 suất quà với tổng trị giá 100 triệu đồng.\\n"
    ...         "Tổng cộng đã trao 560 suất quà với tổng trị giá 234 triệu đồng.")
    >>> [(f.code, f.line, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', 3, '234 triệu đồng', '224.000.000 đồng')]
    """
    states = context.state.rule_states
    state: _Items | None = states.get(_KEY)
    if state is None:
        state = states[_KEY] = _Items()
    para = context.paragraph
    if para.line != state.next_line or context.section != state.section:
        state.items = []
    state.section = context.section
    state.next_line = para.line + 1 + para.text.count("\n")
    mentions = context.mentions
    if not mentions:
        return _NOTHING
    if not _any_money(mentions):
        state.items = []  # figures and no amount: no item here, and none restated
        return _NOTHING
    # The state is brought up to date above, at the call (a plain function, not a generator:
    # no generator made for the many paragraphs that hold no amount; speed); the sentences are
    # read as the findings are asked for.
    return _restated_sentences(context, state)


_NOTHING: Final[Iterator[Finding]] = iter(())


def _restated_sentences(context: ParagraphContext, state: _Items) -> Iterator[Finding]:
    """The sentences of a paragraph with an amount: items read, restatements checked."""
    mentions, text, base = context.mentions, context.text, context.paragraph.offset
    for s_start, _s_end, local in by_sentence(sentence_spans(text), mentions, base):
        if not local:
            continue
        if _RESTATED.match(text, s_start):
            items, state.items = state.items, []
            yield from _restated(context, local, items)
            continue
        if _EACH_OPENS.match(text, s_start):
            continue  # "Mỗi phần quà trị giá 400 nghìn đồng": the value each, not an item
        pair = _pair_of(context, local)
        if pair is None or len(state.items) >= _MAX_RESTATED_ITEMS:
            state.items = []
            continue
        state.items.append(pair)


def _restated(
    context: ParagraphContext, local: Sequence[Mention], items: Sequence[tuple[Mention, Mention]]
) -> Iterator[Finding]:
    if len(items) < _MIN_ITEMS:
        return
    kind = _noun_class(items[0][0])
    if any(_noun_class(c) != kind for c, _ in items):
        return
    counts = [m for m in local if _count(m) and _noun_class(m) == kind]
    money = [m for m in local if _money(m)]
    if len(counts) != 1 or len(money) != 1 or not _plain(counts[0]) or not _plain(money[0]):
        return
    count_total, money_total = counts[0], money[0]
    count_sum = sum((c.value for c, _ in items), Decimal(0))
    money_sum = sum((a.value for _, a in items), Decimal(0))
    counts_make = count_sum == count_total.value
    money_makes = _makes(money_total, money_sum)
    if counts_make == money_makes:
        return
    if counts_make:
        if not _contradicts(money_total, money_sum):
            return
        total, value, terms = money_total, money_sum, [a.value for _, a in items]
    else:
        total, value, terms = count_total, count_sum, [c.value for c, _ in items]
    reported = context.state.figures.reported
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return
    reported.update(keys)
    base = context.paragraph.offset
    yield total_mismatch(
        context.paragraph,
        total.start - base,
        total,
        value,
        Localized(
            " + ".join(write_number(v) for v in terms),
            " + ".join(write_number(v, "en") for v in terms),
        ),
        file=context.file,
    )
