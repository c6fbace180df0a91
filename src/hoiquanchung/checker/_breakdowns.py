"""Rule 2b: a total and the list of its kinds in one sentence, in brackets or not.

Rule 2 (``totals``) sums parts that repeat the total's noun.  Reports as often name the parts
as kinds of the total: "333 tổ chức Hội được thành lập mới gồm: 10 chi hội và 323 tổ hội";
"11 công trình dân sinh gồm: 6 giếng nước sạch, 3 bể nước sạch tự chảy và 2 nhà tình nghĩa";
"880 hộ nông dân nghèo (trong đó: 523 hộ nghèo, 357 hộ cận nghèo)".  This rule reads such a
list:

* the marker is *gồm*, *bao gồm*, *gồm có* (the list is the whole: ``total-mismatch``, an
  error, when the parts add up to more or less) or *trong đó* (the list may be a few of the
  kinds: only parts adding up to **more** than the total are reported, as a warning, and only
  when every part is a distinct kind named with the total's head noun: *hộ nghèo*, *hộ cận
  nghèo* of 880 *hộ nông dân nghèo*);
* the total is the figure right before the marker (or before the bracket the marker opens),
  exact, a count or an amount of money and not a change (*tăng 3 hội*); a whole list (*gồm:*)
  with no figure before its marker takes the one figure of its parts' noun in the sentence (or
  the line) just before ("Sẽ có 1.252 đại biểu ...\nVề thành phần dân tộc ... gồm: Dân tộc
  Bănar: 30 đại biểu, Bố Y: 6 đại biểu, ...");
* the list runs to the end of the sentence, of the bracket, or the next marker; its items are
  split by ``;`` (else by ``,`` and *và*); **every** item has exactly one figure of the total's
  kind (a count for a count, money for money); a second one is allowed only when it is per unit
  (*mỗi suất 1 triệu đồng*, ``1.100.000đ/suất``).

Why it stays quiet on near-misses: parts that repeat the total's noun next to parts that do
not ("12 tổ hội, gồm 8 tổ hội ấp và 6 tổ hợp tác": the 6 are no tổ hội); an item without a
figure ("gồm tiền và hiện vật": the goods are counted in boxes, not in đồng), so the list
cannot be summed; examples (*như*, *cụ thể như*, *điển hình*); amounts of another kind inside
the items (a count's money value); a total or part with *hơn*, *khoảng* or *gần*; a part whose
own number is malformed (it is no figure, so its item has none: rule ``malformed`` reports
it).  What rule 2 already reports on the same total is not reported twice.
"""

from __future__ import annotations

import bisect
import decimal
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker import _totals
from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by, occurrences
from hoiquanchung.checker._rules import make_finding, write_number
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound

__all__ = ["CHECK", "check_breakdowns"]

_MARKER = led_by(
    "tbg", re.compile(r"\b(?P<m>trong\s+đó|bao\s+gồm|gồm\s+có|gồm)\b\s*(?:có\s+)?[:,]?", re.I)
)
_MARKER_WORDS = ("đó", "gồm")  # what any match of _MARKER holds, in lower case
_WHOLE = frozenset({"gồm", "bao gồm", "gồm có"})
_EXAMPLES = led_by(
    "nđtv", re.compile(r"\b(?:như|điển\s+hình|tiêu\s+biểu|ví\s+dụ)\b", re.IGNORECASE)
)
_PER_UNIT_BEFORE = led_by("m", re.compile(r"\bmỗi\b[^;,]{0,40}\Z", re.IGNORECASE))
_PER_UNIT_AFTER = re.compile(r"\s*/", re.IGNORECASE)
_CHANGE = led_by(
    "tgvc", re.compile(r"\b(?:tăng|giảm|vượt|chênh\s+lệch)\s*(?:thêm\s*)?\Z", re.IGNORECASE)
)
_AND = re.compile(r"\s+và\s+", re.IGNORECASE)
# Units that measure (weight, volume, length, area, time, shares): never a kind of a count.
_MEASURES = frozenset(
    {
        "%",
        "kg",
        "tấn",
        "tạ",
        "yến",
        "lít",
        "m",
        "m2",
        "m3",
        "km",
        "ha",
        "năm",
        "tháng",
        "ngày",
        "giờ",
        "phút",
        "tuần",
        "quý",
        "tuổi",
        "lần",
    }
)
_MAX_GAP = 80  # characters between a total and its marker
_MAX_LIST = 2000  # characters of a list read after its marker (a bound on the work)
_MAX_BEFORE = 12  # figures of the sentence before a list whose total it may hold
_EXACT = decimal.Context(
    prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact]
)


def _kind(m: Mention) -> str | None:
    """``'money'``, ``'count'`` or ``None`` (a measure, a share, a bare number)."""
    unit = m.unit.casefold() if m.unit else None
    if unit is None or m.fraction is not None:
        return None
    if unit == "đồng":
        return "money"
    if unit in _MEASURES:
        return None
    return "count"


def _head(m: Mention) -> str:
    return (m.unit or "").casefold().split(" ")[0]


def _akin(part: Mention, total: Mention) -> bool:
    """Whether *part* is named as a kind of *total*: the same first or last word."""
    a, b = (part.unit or "").casefold().split(), (total.unit or "").casefold().split()
    return bool(a and b) and (a[0] == b[0] or a[-1] == b[-1])


def check_breakdowns(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2b in one paragraph.

    >>> from hoiquanchung.checker import check_text
    >>> text = "Đã thành lập mới 333 tổ chức Hội gồm: 10 chi hội và 313 tổ hội."
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '333 tổ chức Hội', '323 tổ chức hội')]
    >>> check_text("Hỗ trợ 20 hộ gồm tiền và hiện vật, 5 hộ nhận nhà.")
    []
    """
    mentions = context.mentions
    if len(mentions) < 3:
        return
    text, base = context.text, context.paragraph.offset
    if not _totals.may_hold(text, _MARKER_WORDS) or not _MARKER.search(text):
        return
    tables = context.state.figures
    tables.feed(context)
    depth = _totals._depths(text)
    starts = [m.start - base for m in mentions]
    reported: list[Finding] | None = None
    before: tuple[Paragraph, Sequence[Mention]] | None = tables.previous_sentence
    for s_start, s_end in _totals.sentences(text):
        for marker in _MARKER.finditer(text, s_start, s_end):
            found = _breakdown(context, marker, s_start, s_end, depth, starts, before)
            if found is None:
                continue
            if reported is None:
                reported = list(_totals.check_totals(context))
            if any(
                (r.line, r.column) == (found.line, found.column) or r.computed == found.stated
                for r in reported
            ):
                continue
            yield found
        first = bisect.bisect_left(starts, s_start)
        before = (context.paragraph, mentions[first : bisect.bisect_left(starts, s_end)])


def _breakdown(
    context: ParagraphContext,
    marker: re.Match[str],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    starts: Sequence[int],
    before: tuple[Paragraph, Sequence[Mention]] | None,
) -> Finding | None:
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    kind = " ".join(marker.group("m").casefold().split())
    at = marker.start()
    d = depth[at]
    k = bisect.bisect_left(starts, at) - 1
    if (k < 0 or starts[k] < s_start) and kind in _WHOLE and d == 0 and before is not None:
        # "Về thành phần ... gồm: Dân tộc A: 30 đại biểu, ...": no figure before the marker in
        # its sentence; the total is the sentence (or line) just before.
        return _from_before(context, marker, s_end, depth, starts, kind, before)
    # The total: right before the marker, or before the bracket the marker opens.
    opening = text[:at].rstrip()
    anchor = at
    total_depth = d
    if d > 0 and opening.endswith("("):
        anchor = len(opening) - 1
        total_depth = d - 1
    k = bisect.bisect_left(starts, anchor) - 1
    if k < 0:
        return None
    total = mentions[k]
    t_start, t_end = total.start - base, total.end - base
    if (
        t_start < s_start
        or depth[t_start] != total_depth
        or anchor - t_end > _MAX_GAP
        or total.bound is not Bound.EXACT
        or _kind(total) is None
        or _CHANGE.search(text, max(0, t_start - 20), t_start)
    ):
        return None
    # The list: to the end of the sentence or the bracket, or the next marker at its depth.
    stop = min(s_end, marker.end() + _MAX_LIST)
    for i in range(marker.end(), stop if d > 0 else marker.end()):
        if depth[i] < d or (text[i] in ")]}" and depth[i] == d - 1):
            stop = i
            break
    nxt = _MARKER.search(text, marker.end(), stop)
    while nxt is not None and depth[nxt.start()] != d:
        nxt = _MARKER.search(text, nxt.end(), stop)
    if nxt is not None:
        stop = nxt.start()
    if _EXAMPLES.search(text, marker.end(), min(stop, marker.end() + 30)):
        return None
    parts = _parts(context, total, marker.end(), stop, d, depth, starts, kind)
    if parts is None or len(parts) < 2:
        return None
    return _verdict(context.paragraph, context.file, total, parts, kind)


def _from_before(
    context: ParagraphContext,
    marker: re.Match[str],
    s_end: int,
    depth: Sequence[int],
    starts: Sequence[int],
    kind: str,
    before: tuple[Paragraph, Sequence[Mention]],
) -> Finding | None:
    """A whole list whose total is the one figure of its noun in the sentence before."""
    stop = min(s_end, marker.end() + _MAX_LIST)
    if _MARKER.search(context.text, marker.end(), stop) is not None:
        return None
    if _EXAMPLES.search(context.text, marker.end(), min(stop, marker.end() + 30)):
        return None
    paragraph, figures = before
    if len(figures) > _MAX_BEFORE:
        return None  # a long list before: not the one-figure sentence that heads a list
    for total in figures:
        if total.bound is not Bound.EXACT or _kind(total) != "count":
            continue
        parts = _parts(context, total, marker.end(), stop, 0, depth, starts, kind)
        if parts is None or len(parts) < 2:
            continue
        noun = (total.unit or "").casefold()
        if any((p.unit or "").casefold() != noun for p in parts):
            continue  # across sentences, only parts counting the total's very noun
        if sum(1 for m in figures if (m.unit or "").casefold() == noun) != 1:
            return None  # two figures of the noun before: which is the total is unclear
        return _verdict(paragraph, context.file, total, parts, kind)
    return None


def _verdict(
    paragraph: Paragraph, file: str | None, total: Mention, parts: Sequence[Mention], kind: str
) -> Finding | None:
    """``total-mismatch`` when *parts* do not add up to *total* (as *kind* says they must)."""
    terms_sum = Decimal(0)
    for p in parts:
        terms_sum = _EXACT.add(terms_sum, p.value)
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    if compare(stated, terms_sum).verdict is not Verdict.INCONSISTENT:
        return None
    severity = Severity.ERROR
    if kind not in _WHOLE:
        if terms_sum <= total.value:
            return None  # "trong đó" may list a few kinds only
        severity = Severity.WARNING
    unit = total.unit
    terms = Localized(
        " + ".join(write_number(p.value) for p in parts),
        " + ".join(write_number(p.value, "en") for p in parts),
    )
    written = Localized(write_number(terms_sum, "vi", unit), write_number(terms_sum, "en", unit))
    return make_finding(
        paragraph,
        total.start - paragraph.offset,
        "total-mismatch",
        {"total": total.text, "terms": terms, "sum": written},
        variant="prose",
        file=file,
        severity=severity,
        stated=total.text,
        computed=write_number(terms_sum, "vi", unit),
        stated_value=total.value,
        computed_value=terms_sum,
    )


def _parts(
    context: ParagraphContext,
    total: Mention,
    start: int,
    stop: int,
    d: int,
    depth: Sequence[int],
    starts: Sequence[int],
    kind: str,
) -> list[Mention] | None:
    """One part per item of the list, or ``None`` when the list cannot be summed."""
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    wanted = _kind(total)
    cuts = [i for i in occurrences(text, ";", start, stop) if depth[i] == d]
    spans: list[tuple[int, int]] = []
    if cuts:
        spans = [(a + 1, b) for a, b in zip([start - 1, *cuts], [*cuts, stop], strict=True)]
    else:
        marks = [(i, i + 1) for i in occurrences(text, ",", start, stop) if depth[i] == d]
        marks += [
            (m.start(), m.end()) for m in _AND.finditer(text, start, stop) if depth[m.start()] == d
        ]
        marks.sort()
        bounds = [start]
        for a, b in marks:
            bounds += [a, b]
        bounds.append(stop)
        spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    parts: list[Mention] = []
    for a, b in spans:
        if not text[a:b].strip(" \u2060.:-–"):
            continue
        inside = mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        same = [m for m in inside if _kind(m) == wanted]
        if not same:
            return None  # an item without a figure of its kind: the list cannot be summed
        part, rest = same[0], same[1:]
        p_start = part.start - base
        if _PER_UNIT_BEFORE.search(text, a, p_start) or _PER_UNIT_AFTER.match(
            text, part.end - base
        ):
            return None  # the item's first figure is an amount each, not a part
        for other in rest:
            o_start, o_end = other.start - base, other.end - base
            if not (
                _PER_UNIT_BEFORE.search(text, a, o_start) or _PER_UNIT_AFTER.match(text, o_end)
            ):
                return None  # two figures of the kind in one item: not a simple list
        if part.bound is not Bound.EXACT or depth[p_start] < d:
            return None
        lead = text[a:p_start].strip(" \u2060.:-–+•*")
        if wanted == "count" and lead and not _akin(part, total):
            return None  # "thăm 3 trường": an item that is not "N kind" may be no part at all
        parts.append(part)
    if wanted == "count":
        heads = {_head(p) for p in parts}
        nouns = [(p.unit or "").casefold() for p in parts]
        own = (total.unit or "").casefold()
        if own in nouns and any(noun != own for noun in nouns):
            return None  # "12 tổ hội, gồm 8 tổ hội ấp và 6 tổ hợp tác": the 6 are no tổ hội
        if kind not in _WHOLE:
            # "trong đó": distinct kinds, each named with the total's head noun.
            if heads != {_head(total)} or len(set(nouns)) != len(nouns):
                return None
            if (total.unit or "").casefold() in nouns:
                return None
    return parts


#: Rule breakdowns: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("breakdowns", check_breakdowns, ("total-mismatch",), wording="prose")
