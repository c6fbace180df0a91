"""Traffic accidents broken down by mode of transport in the sentences after their total.

Reports on road safety state the accidents of a period ("toàn quốc đã xảy ra 308 vụ tai nạn
giao thông khiến 137 người chết và 257 người bị thương") and then, in the next sentences or on
the next line, the same three counts by mode: "Trong đó, đường bộ xảy ra 306 vụ, làm chết 136
người và bị thương 256 người. ... Trên đường sắt xảy ra 1 vụ làm bị thương 1 người. Tại đường
thủy nội địa cũng xảy ra 1 vụ làm chết 1 người."  The modes (*đường bộ*, *đường sắt*, *đường
thủy*, *hàng không*) are disjoint: the accidents, deaths or injured of the modes may not add up
to more than the total's. Less is no slip, even when the three modes of the ground and water
each give the measure: national figures count accidents no mode names ("4.733 vụ TNGT" of which
road 4.683, rail 30 and water 16 vụ: 4 vụ and 12 deaths left to no mode).

How it is read:

* the **parts**: each mode named once, its clause running to the next mode or the end of its
  sentence; in it the first count of accidents (*N vụ*), of deaths (*chết N người*, *N người
  chết*, *tử vong*, *thiệt mạng*) and of injured (*bị thương N người*, *N người bị thương*);
* the **total**: the sentence right before the first mode's (in the paragraph, or the last
  sentence of the paragraph right above when this one opens with its first mode or *Trong
  đó*; a sentence of changes only, "So với cùng kỳ ... giảm 189 vụ ...", passed over), which
  names accidents (*tai nạn*, *TNGT*, *va chạm*) and no mode, with exactly one count
  of each measure.

Why it stays quiet on the near-misses: a figure after *tăng*, *giảm*, *so với* or inside brackets
is a change or a comparison, no part; a mode named twice with counts (which period each is of
is not guessed), a total sentence with two counts of a measure ("1.734 vụ ... 798 vụ"), a
mode in the total's own sentence, or only one mode giving the measure: nothing is summed.
Violations by mode ("xử lý 10.000 trường hợp vi phạm, đường bộ ...") name no accident and are
not read. A total written as a bound (*hơn 300 vụ*) is compared as one
(:func:`~hoiquanchung.checker._continued_totals.sum_verdict`). Called by
:func:`~hoiquanchung.checker._continued_totals.check_continued` (rule section-totals).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker import _continued_totals
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._figures_table import (
    _FLAT,
    Depths,
    _has_bracket,
    _just_below,
    bracket_depths,
    sentence_spans,
)
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import lowered
from hoiquanchung.checker._rules import sum_of_terms, total_mismatch
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding

__all__ = ["check_accident_modes"]

# The modes of transport (lower case, after NFC): "thủy" and "thuỷ" both written.
_MODE = re.compile(
    r"(?<!\w)đường\s+(bộ|sắt|th(?:ủy|uỷ))(?!\w)|(?<!\w)(hàng\s+không)(?!\w)", re.IGNORECASE
)
_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)"
_CASES = re.compile(_NUMBER + r"\s+vụ(?!\s+việc)(?!\w)", re.IGNORECASE)
_DEATHS = re.compile(
    r"(?:chết|tử\s+vong|thiệt\s+mạng)\s+" + _NUMBER + r"\s+người"
    r"|" + _NUMBER + r"\s+người\s+(?:chết|tử\s+vong|thiệt\s+mạng)",
    re.IGNORECASE,
)
_INJURED = re.compile(
    r"thương\s+(?:nhẹ\s+)?" + _NUMBER + r"\s+người|" + _NUMBER + r"\s+người\s+bị\s+thương",
    re.IGNORECASE,
)
_MEASURES = (("cases", _CASES), ("deaths", _DEATHS), ("injured", _INJURED))
# A change or a comparison right before a figure: no count of the period.
_CHANGE_BEFORE = re.compile(
    r"(?:tăng|giảm|so\s+với|hơn|ít\s+hơn|nhiều\s+hơn)[^,;.\d]{0,24}\Z", re.IGNORECASE
)
_ACCIDENT = re.compile(r"tai\s+nạn|tngt|va\s+chạm", re.IGNORECASE)
_OPENS_LIST = re.compile(r"[\s\-–—*•+]*(?:trong\s+đó|trong\s+số\s+đó)\b", re.IGNORECASE)


def _may_hold(text: str) -> bool:
    """The cheap gate: two modes' words in the paragraph (lower case)."""
    low = lowered(text)
    if "đường" not in low:
        return False
    return sum(1 for w in ("đường bộ", "đường sắt", "đường thủy", "đường thuỷ") if w in low) >= 2


def _mode_name(m: re.Match[str]) -> str:
    if m.group(2) is not None:
        return "hàng không"
    word = m.group(1).casefold()
    return "thủy" if word.startswith("th") else word


def _counts(text: str, start: int, stop: int, depth: Depths) -> dict[str, list[int]]:
    """The offsets of the counts of each measure in ``text[start:stop]`` (no change, no
    comparison, nothing in brackets)."""
    found: dict[str, list[int]] = {}
    for name, pattern in _MEASURES:
        for m in pattern.finditer(text, start, stop):
            group = 1 if m.group(1) is not None else 2
            at = m.start(group)
            if depth[at] > 0 or _CHANGE_BEFORE.search(text, max(start, at - 40), at):
                continue
            found.setdefault(name, []).append(at)
    return found


def check_accident_modes(context: ParagraphContext) -> Iterator[Finding]:
    """Findings on accident totals whose modes add up to more.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Trong 7 ngày Tết, toàn quốc đã xảy ra 152 vụ tai nạn giao thông, làm chết 89 "
    ...         "người, bị thương 111 người.\\nTrong đó, đường bộ xảy ra 147 vụ, chết 85 người, "
    ...         "bị thương 109 người, giảm 15 vụ. Đường sắt xảy ra 9 vụ, làm chết 4 người.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '152 vụ', '156 vụ')]
    """
    para = context.paragraph
    text = para.text
    tables = context.state.figures
    # The paragraph read last, kept with the document's tables (an attribute, not a weak
    # dictionary keyed by the tables, whose look-ups make a weak reference each; speed).
    last = tables.accidents_last
    tables.accidents_last = (para, context.mentions)
    if not _may_hold(text):
        return
    modes = list(_MODE.finditer(text))
    if len({_mode_name(m) for m in modes}) < 2:
        return
    spans = sentence_spans(text)
    depth = bracket_depths(text) if _has_bracket(text) else _FLAT
    first = modes[0].start()
    # The total's sentence: the one before the first mode's, here or on the line above.
    own = next((s for s in spans if s[0] <= first < s[1]), None)
    if own is None:
        return
    before = [s for s in spans if s[1] <= own[0]]
    total_text: str
    total_para: Paragraph
    total_mentions: Sequence[Mention]
    # A sentence of changes only between them ("So với cùng kỳ năm 2024 giảm 189 vụ, ...") is
    # passed over (one at most).
    if len(before) >= 2 and not _counts(text, *before[-1], depth):
        before = before[:-1]
    if before:
        t_start, t_end = before[-1]
        total_text, total_para, total_mentions = text, para, context.mentions
    else:
        if not _OPENS_LIST.match(text, own[0]) and text[own[0] : first].strip(" -–—*•+"):
            return
        if last is None or not _just_below(last[0], para.line):
            return
        total_para, total_mentions = last
        total_text = total_para.text
        p_spans = sentence_spans(total_text)
        if not p_spans:
            return
        t_start, t_end = p_spans[-1]
        if len(p_spans) >= 2 and not _counts(
            total_text,
            t_start,
            t_end,
            bracket_depths(total_text) if _has_bracket(total_text) else _FLAT,
        ):
            t_start, t_end = p_spans[-2]  # a sentence of changes only, passed over
    if _MODE.search(total_text, t_start, t_end) or not _ACCIDENT.search(total_text, t_start, t_end):
        return
    t_depth = (
        depth
        if total_text is text
        else bracket_depths(total_text)
        if _has_bracket(total_text)
        else _FLAT
    )
    totals = _counts(total_text, t_start, t_end, t_depth)
    # The parts: each mode once, its clause to the next mode or the end of its sentence.
    parts: dict[str, dict[str, int]] = {}
    for i, m in enumerate(modes):
        span = next((s for s in spans if s[0] <= m.start() < s[1]), None)
        if span is None:
            return
        stop = span[1]
        if i + 1 < len(modes) and modes[i + 1].start() < stop:
            stop = modes[i + 1].start()
        counts = _counts(text, m.end(), stop, depth)
        if not counts:
            continue
        name = _mode_name(m)
        if name in parts:
            return  # a mode given twice: which period each is of is not guessed
        parts[name] = {measure: offsets[0] for measure, offsets in counts.items()}
    by_start = {m.start - para.offset: m for m in context.mentions}
    t_by_start = {m.start - total_para.offset: m for m in total_mentions}
    reported = tables.reported
    for measure, _pattern in _MEASURES:
        t_offsets = totals.get(measure, [])
        if len(t_offsets) != 1:
            continue
        total = t_by_start.get(t_offsets[0])
        givers = [name for name in parts if measure in parts[name]]
        if total is None or len(givers) < 2:
            continue
        values: list[Decimal] = []
        for name in givers:
            part = by_start.get(parts[name][measure])
            if part is None or part.value is None:
                break
            values.append(part.value)
        else:
            total_sum = _continued_totals.sum_verdict(total, values, complete=False)
            if total_sum is None:
                continue
            key = ("total-mismatch", total.start)
            if key in reported:
                continue
            reported.add(key)
            yield total_mismatch(
                total_para,
                total.start - total_para.offset,
                total,
                total_sum,
                sum_of_terms(values),
                file=context.file,
            )
