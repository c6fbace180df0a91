"""Reading of rule rate-bases: rates of counts in a sentence opened by its whole, *Trong số N*.

"Trong số 665 người ứng cử ..., người ứng cử là phụ nữ: 348 người (tỷ lệ 52,33%), ... 163 người
(tỷ lệ 24,51%)"; "Trong 44 đảng viên mới kết nạp của tháng 3, có 16 đảng viên nữ (36,36%), 27
đảng viên là đoàn viên (61,36%)"; "trong 52 đại biểu trúng cử, có 15 đại biểu nữ, chiếm tỷ lệ
28,85%; 9 đại biểu là dân tộc thiểu số ...".  Reports open a sentence (or a clause after a
comma) with the whole the sentence breaks down, *trong (tổng) số N <noun>*, and then give counts
of it, each with its rate in a bracket or after *chiếm (tỷ lệ)* / *tỷ lệ*.  Each such rate is
the count's share of N and is judged like a written fraction (``rate-mismatch``,
``rate-rounding``, ``bound-violated``).

The whole is the figure right after the opening words, exact and not a rate; a count is the
figure right before its rate (nothing but its noun's words between, and the cue); it must be
smaller than the whole.  When the sentence gives two rates or more, the whole is taken only if
at least one other of them holds against it exactly (the sentence shows that N is their base);
a sentence with one rate is read only when its count is the first figure after the whole (*Trong
số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, chiếm tỷ lệ 4,25%*).

Near-misses where it stays quiet: the opening names no figure or a bound (*Trong hơn 6.750 thí
sinh*, the rate cannot be recomputed); a rate of a sub-total of the sentence (*trong đó có 30
người có trình độ đại học trở lên, trong đó 11 tiến sĩ (36,7%)*): when the rate holds against
any figure of the sentence between the whole and its count, nothing is said; a rate that names
another base after it (*kế hoạch*, *so với*, *cùng kỳ*, *tăng*), or that is a change (*tăng
5%*); a sentence whose other rates do not hold against the opening figure (its base is
elsewhere); a rate already judged by another reading of the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from fractions import Fraction

from hoiquanchung.checker._context import ParagraphContext, evolved
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound

__all__ = ["GATE", "rates_among_whole"]

#: The cheap gate: a clause opened by *trong (tổng) số* and a figure.  A bare *trong N* opens
#: no whole ("Trong 96 người, có 42 người là nữ, chiếm 35%; ... Tất cả 120 người ứng cử": the
#: base follows; tests/test_checker_rates11.py).
GATE = re.compile(r"[Tt]rong\s+(?:tổng\s+)?số\s+\d")
# Right before the whole: the opening words at the start of a sentence or clause.
_OPENS = re.compile(
    r"(?:\A|[.;:!?,]\s*|\n\s*)[Tt]rong\s+(?:tổng\s+)?số\s+\Z",
)
# Between a count and its rate: its noun's words, then the cue.
_ATTACH = re.compile(
    r"\A[^\d;.!?\n()%,]{0,60}?(?:\(\s*(?:(?:chiếm|đạt)\s+)?(?:(?:tỷ|tỉ)\s*lệ\s*)?:?\s*"
    r"|,\s*(?:chiếm|đạt)(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*|,?\s*(?:tỷ|tỉ)\s*lệ\s*:?\s*)\Z",
    re.IGNORECASE,
)
# Words that make a rate another base's or a change.
_OTHER_BASE = re.compile(
    r"\A\s*\)?\s*(?:so\s+với|kế\s+hoạch|chỉ\s+tiêu|cùng\s+kỳ|dự\s+toán|mục\s+tiêu)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"\b(?:tăng|giảm|vượt)\s*\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n")
_MAX_SENTENCE = 600


_TIME = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "kỳ", "lần", "đợt"})


def _exact_count(m: Mention) -> bool:
    return m.unit != "%" and m.fraction is None and m.bound is Bound.EXACT and m.value > 0


def _is_whole(m: Mention) -> bool:
    """A count that can be a whole: exact, with a noun that is not a span of time ("Trong 6
    tháng", "trong 5 năm" open a period, not a whole)."""
    return _exact_count(m) and m.unit is not None and m.unit.split()[0].casefold() not in _TIME


def _near(rate: Mention, count: Mention, whole: Mention) -> bool:
    """Whether *rate* is the exact share rounded down or up at its last digit: shares of one
    whole are often rounded to add up to 100 % (largest remainders), and one may then be a
    unit off the half-up rounding ("25%, 14%, 61%" of 499: 126, 67, 306)."""
    n, d = rate.value.as_integer_ratio()
    rn, rd = rate.quantity.resolution.as_integer_ratio()
    # |100·count/whole − n/d| < rn/rd, in integers.
    part, total = Fraction(count.value), Fraction(whole.value)
    return abs(part * 100 / total - Fraction(n, d)) < Fraction(rn, rd)


def _verdict(rate: Mention, part: Mention, whole: Mention) -> tuple[Verdict, Finding | None] | None:
    try:
        stated = StatedFigure.from_quantity(rate.quantity, quote=rate.text)
        # In the whole's scale, as the text writes them ("7.444/11.906" of "tỷ đồng").
        scale = whole.quantity.resolution * 10**whole.quantity.decimals
        comparison = compare(stated, Rate(part.value / scale, whole.value / scale))
    except HoiQuanChungError:
        return None
    return comparison.verdict, comparison.to_finding()


def _attached_rates(
    context: ParagraphContext, ms: Sequence[Mention], first: int, last: int
) -> list[tuple[int, int]]:
    """(count, rate) indices of ``ms[first:last]``: each rate with the count right before it."""
    text, base = context.text, context.paragraph.offset
    pairs: list[tuple[int, int]] = []
    for k in range(first + 2, last):
        rate, count = ms[k], ms[k - 1]
        if rate.unit != "%" or rate.fraction is not None or not _exact_count(count):
            continue
        gap = text[count.end - base : rate.start - base]
        if _ATTACH.match(gap) is None:
            continue
        after = text[rate.end - base : rate.end - base + 30]
        if _OTHER_BASE.match(after):
            continue
        if _CHANGE.search(text[max(0, rate.start - base - 12) : rate.start - base]):
            continue
        pairs.append((k - 1, k))
    return pairs


def rates_among_whole(
    context: ParagraphContext, judged: Set[tuple[int | None, int | None]]
) -> Iterator[Finding]:
    """Findings of the reading in the paragraph of *context* (rates not in *judged*).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Trong số 44 đảng viên mới kết nạp, có 16 đảng viên nữ (36,36%), 27 đảng viên là "
    ...         "đoàn viên (64,36%).")
    >>> [(f.code, f.computed) for f in check_text(text) if f.code.startswith("rate")]
    [('rate-mismatch', '27/44 = 61,36%')]
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    for w, whole in enumerate(ms):
        if not _is_whole(whole):
            continue
        before = text[max(0, whole.start - base - 20) : whole.start - base]
        if _OPENS.search(before) is None:
            continue
        stop = _SENTENCE_END.search(text, whole.end - base, whole.end - base + _MAX_SENTENCE)
        end = stop.start() + base if stop else whole.end + _MAX_SENTENCE
        last = w + 1
        while last < len(ms) and ms[last].start < end:
            last += 1
        pairs = _attached_rates(context, ms, w, last)
        if not pairs:
            continue
        verdicts = [_verdict(ms[r], ms[c], whole) for c, r in pairs]
        holding = [v is not None and v[0] is Verdict.CONSISTENT for v in verdicts]
        for (c, r), v in zip(pairs, verdicts, strict=True):
            count, rate = ms[c], ms[r]
            if v is None or v[1] is None or count.value >= whole.value:
                continue
            if _near(rate, count, whole):
                continue
            if (rate.line, rate.column) in judged:
                continue
            if len(pairs) > 1:
                if sum(holding) < 1:
                    continue  # no other rate of the sentence shows the whole is their base
            elif c != w + 1:
                continue
            # A figure between the whole and the count the rate holds against: its base.
            if any(
                _exact_count(m)
                and m.value > count.value
                and (u := _verdict(rate, count, m)) is not None
                and u[0] is not Verdict.INCONSISTENT
                for m in ms[w + 1 : c]
            ):
                continue
            yield evolved(v[1], file=context.file, line=rate.line, column=rate.column)
