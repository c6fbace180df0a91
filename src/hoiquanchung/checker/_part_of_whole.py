"""Rule part-of-whole: a fraction whose part exceeds its whole where the text says it is a part.

"có 55/50 chi hội chiếm ...", "55 chi hội trên tổng số 50 chi hội", "trong số 50 xã có 55 xã":
a part of a whole cannot be larger than the whole, whatever rate is written beside it.  The
rule reports ``parts-exceed-total`` (worded for prose, warning) for

* a fraction ``x/y`` with ``x > y`` whose clause says it is a part: *chiếm*, *trong số*,
  *trên tổng số*, *trong tổng số*, *tỷ lệ ... trên*;
* ``x ... trên tổng số y`` / ``x ... trong tổng số y`` with ``x > y`` and the same noun.

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
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by
from hoiquanchung.checker._rules import make_finding
from hoiquanchung.findings import Finding
from hoiquanchung.numbers import Bound

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


def _is_count(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.unit != "%" and m.value >= 0


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


#: Rule part-of-whole: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "part-of-whole",
    check_part_of_whole,
    ("parts-exceed-total",),
    wording="prose",
    needs_figures=True,
)
