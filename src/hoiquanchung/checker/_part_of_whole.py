"""Rule part-of-whole: a fraction whose part exceeds its whole where the text says it is a part.

"có 55/50 chi hội chiếm ...", "55 chi hội trên tổng số 50 chi hội", "trong số 50 xã có 55 xã":
a part of a whole cannot be larger than the whole, whatever rate is written beside it.  The
rule reports ``parts-exceed-total`` (worded for prose, warning) for

* a fraction ``x/y`` with ``x > y`` whose clause says it is a part: *chiếm*, *trong số*,
  *trên tổng số*, *trong tổng số*, *tỷ lệ ... trên*;
* ``x ... trên tổng số y`` / ``x ... trong tổng số y`` with ``x > y`` and the same noun.

A fraction followed by what its numerator lacks of its denominator ("đạt 241/243 (thiếu 2 đại
biểu)", "còn 148/184, giảm 36 đơn vị": the elected and the seats left empty, the units left and
those merged away) makes its denominator: ``total-mismatch`` (prose wording) when the numerator
and the shortfall do not add up to it (:func:`_shortfalls`).  The shortfall is in brackets right
after the fraction (*thiếu*), or follows it after a comma (*giảm*) when *còn* opens the
fraction (what remains of the whole); a decrease compared with another time (*so với*, *cùng
kỳ*) or a percentage is no shortfall.

It stays quiet when nothing says the fraction is a part (``551/500 đơn vị máu, đạt 110,2%``:
*đạt* alone may be against a plan); when the whole can be a plan, a target or a reference (*kế
hoạch*, *chỉ tiêu*, *giao*, *vượt*, *so với*, *đăng ký* in the clause); for school years and
ratios (``2023/2024``, ``tỷ số 3/2``); and for fractions that read as a day and a month
(``15/4``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._counts import is_exact_count
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by, may_contain
from hoiquanchung.checker._rules import make_finding, sum_of_terms, total_mismatch
from hoiquanchung.findings import Finding

__all__ = ["CHECK", "check_part_of_whole"]

_CLAUSE_END = re.compile(r"[;.!?\n]")
_CLAUSE_CHARS = 120
# Words that make the fraction a part of its whole.
_PART = led_by(
    "ct",
    re.compile(r"\b(?:chiếm|trong\s+số|(?:trên|trong)\s+tổng\s+số|trên\s+tổng)\b", re.IGNORECASE),
)
# Words that make the whole a plan, a target or a reference: a part may exceed it.
_PLAN = re.compile(
    r"\b(?:kế\s+hoạch|chỉ\s+tiêu|giao|vượt|dự\s+kiến|mục\s+tiêu|so\s+với|tăng|đăng\s+ký|"
    r"tỷ\s+số|tỉ\s+số|năm\s+học|niên\s+khóa)\b",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\A[^\d;.!?\n]{0,60}\b(?:trên|trong)\s+tổng\s+số\s*\Z", re.IGNORECASE)
_YEAR = re.compile(r"[0-9]{4}\Z")


# Any exact figure but a percentage, amounts and zero included (``is_count(m)``, without the
# call with keywords for each figure; speed).
_is_count = is_exact_count


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]`` (to the nearest clause ends, at most a window)."""
    lo = max(0, start - _CLAUSE_CHARS)
    ends = list(_CLAUSE_END.finditer(text, lo, start))
    if ends:
        lo = ends[-1].end()
    stop = _CLAUSE_END.search(text, end)
    hi = min(len(text), end + _CLAUSE_CHARS, stop.start() if stop else len(text))
    return text[lo:hi]


def _same_noun(a: Mention, b: Mention) -> bool:
    return a.unit is None or b.unit is None or a.unit.casefold() == b.unit.casefold()


def check_part_of_whole(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule part-of-whole in one paragraph.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 55/50 chi hội, chiếm 100% tổng số chi hội.")
    >>> [(f.code, f.severity.value) for f in check_part_of_whole(ParagraphContext.of(para))]
    [('parts-exceed-total', 'warning')]
    >>> [para] = Splitter().feed("Tiếp nhận 551/500 đơn vị máu, đạt 110,2% kế hoạch.")
    >>> list(check_part_of_whole(ParagraphContext.of(para)))
    []
    """
    text, base = context.text, context.paragraph.offset
    # Each part read below is a fraction's numerator or stands before "tổng số" (_OUT_OF): a
    # paragraph with neither has none, and no pair is read (speed).
    if not may_contain(text, ("tổng",)) and all(
        m.fraction != "numerator" for m in context.mentions
    ):
        return
    # Small fractions read as dates (5/3) are left alone: "Từ 15/4, hội viên chiếm ..." is a day.
    for a, b in itertools.pairwise(context.mentions):
        if not (_is_count(a) and _is_count(b)) or a.value <= b.value or not _same_noun(a, b):
            continue
        if a.fraction == "numerator" and b.fraction == "denominator":
            if _YEAR.match(a.text) and _YEAR.match(b.text):
                continue
            clause = _clause(text, a.start - base, b.end - base)
        elif a.fraction is None and b.fraction is None:
            if not _OUT_OF.match(text[a.end - base : b.start - base]):
                continue
            clause = _clause(text, a.start - base, b.end - base)
        else:
            continue
        if not _PART.search(clause) or _PLAN.search(clause):
            continue
        yield make_finding(
            context.paragraph,
            a.start - base,
            "parts-exceed-total",
            {"part": a.text, "total": b.text},
            variant="prose",
            file=context.file,
            stated=b.text,
            computed=a.text,
            stated_value=b.value,
            computed_value=a.value,
        )


# Between a fraction and its shortfall: "241/243 (thiếu 2 đại biểu)", "148/184, giảm 36 đơn vị".
_LACKS = re.compile(r"\s*\(\s*(?:còn\s+)?thiếu\s*\Z", re.IGNORECASE)
_REDUCED = re.compile(r"\s*,\s*giảm(?:\s+được)?\s*\Z", re.IGNORECASE)
# Before the fraction reduced: "còn 148/184" (what remains of the whole).
_REMAINS = re.compile(r"(?<!\w)còn(?:\s+lại)?\s*(?:là\s*)?:?\s*\Z", re.IGNORECASE)
# After the shortfall: its bracket closes (a few words of its noun first).
_LACK_CLOSES = re.compile(r"[^\d();.!?\n]{0,30}\)")
# After the reduction, to its clause's end: no other time compared with.
_REDUCTION_END = re.compile(r"[^\d;.!?\n()]{0,60}(?:[;.!?\n]|\Z)")
_COMPARED = re.compile(r"\b(?:so\s+với|so\s+cùng|cùng\s+kỳ|so\s+năm|so\s+đầu)\b", re.IGNORECASE)


def _whole_count(m: Mention) -> bool:
    return _is_count(m) and m.value == int(m.value) and m.value > 0


def _shortfalls(context: ParagraphContext) -> Iterator[Finding]:
    """``total-mismatch`` when a fraction and the shortfall written right after it do not make
    its denominator ("đạt 241/243 (thiếu 3 đại biểu)": 241 + 3 is 244, not 243).

    >>> from hoiquanchung.checker import check_text
    >>> [(f.code, f.stated, f.computed) for f in check_text("đạt 241/243 (thiếu 3 đại biểu).")]
    [('total-mismatch', '243', '244')]
    >>> check_text("đạt 241/243 (thiếu 2 đại biểu).")
    []
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    for i in range(len(ms) - 2):
        part, whole, lack = ms[i], ms[i + 1], ms[i + 2]
        if part.fraction != "numerator" or whole.fraction != "denominator":
            continue
        if not (_whole_count(part) and _whole_count(whole) and _whole_count(lack)):
            continue
        if lack.fraction is not None or (
            lack.unit is not None and whole.unit is not None and lack.unit != whole.unit
        ):
            continue
        gap = text[whole.end - base : lack.start - base]
        after = lack.end - base
        if _LACKS.match(gap):
            if not _LACK_CLOSES.match(text, after):
                continue
        elif _REDUCED.match(gap):
            at = part.start - base
            end = _REDUCTION_END.match(text, after)
            if (
                _REMAINS.search(text, max(0, at - 12), at) is None
                or end is None
                or _COMPARED.search(end.group())
            ):
                continue
        else:
            continue
        made = part.value + lack.value
        key = ("total-mismatch", whole.start)
        if made == whole.value or key in context.state.figures.reported:
            continue
        context.state.figures.reported.add(key)  # one total is reported once, by one rule
        yield total_mismatch(
            context.paragraph,
            whole.start - base,
            whole,
            made,
            sum_of_terms([part.value, lack.value]),
            file=context.file,
        )


def _check(context: ParagraphContext) -> Iterator[Finding]:
    yield from check_part_of_whole(context)
    if "/" in context.text:
        yield from _shortfalls(context)


#: Rule part-of-whole: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "part-of-whole",
    _check,
    # "total-mismatch": a fraction and its shortfall (:func:`_shortfalls`).
    ("parts-exceed-total", "total-mismatch"),
    wording="prose",
    needs_figures=True,
)
