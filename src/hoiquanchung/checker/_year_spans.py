"""Rule year-spans: a number of years followed by the span it counts, in a bracket.

Reports date their anniversaries and reviews twice: in words and in a bracket of two years or
two dates.  *Kỷ niệm 40 năm thành lập Hội (24-5-1979 - 24-5-2019)*; *kỷ niệm 95 năm Ngày thành
lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)*; *tổng kết 10 năm thực hiện Kết luận 102-KL/TW
(2014 - 2024)*; *5 năm qua (2020-2025)*.  The two must agree, and a careful reader checks that
they do: a slip of one digit in a year (*24-5-2079* for 1979) or of the count (*45 năm*)
leaves a span that no reading explains.

How the count is read.  A review may count its years inclusively (*giai đoạn 2021-2025*, five
years of plans; *2 năm (2015 - 2016)*) or as elapsed time (*3 năm (2018-2021)*), so for a span
of two years *N* may be the difference of the years or one more.  An anniversary dated on both
sides by the same day and month (*14/10/1930 - 14/10/2020*) counts whole years: *N* is the
difference.  A span that ends before it starts is wrong under either reading.

Where it is read, and where it stays quiet (near misses):

* the bracket holds nothing but its two ends, each a four-digit year or a whole date with a
  four-digit year, joined by a dash: a bracket with a word (*(nhiệm kỳ 2020 - 2025)*, *(giai
  đoạn 2021-2025)*) names a term or a period, which another count of years may well sit in
  (*sơ kết 3 năm thực hiện Nghị quyết (nhiệm kỳ 2020 - 2025)*);
* *N năm* is the last count of years before the bracket, and nothing between them holds a
  digit, a bracket or the end of a sentence or clause (*80 năm Quốc khánh và 64 năm Ngày thảm
  họa da cam (10/8/1961-10/8/2025)*: the bracket dates the 64 years, not the 80);
* a count written as a range or with a qualifier (*hơn 20 năm*, *gần 30 năm*, *20-25 năm*) is
  no exact count: quiet.

On every real paragraph of the corpus (3 974 measured, 1 567 pending) and the reference
document, 123 such counts are read; 122 hold and one is the real slip of a Sơn La report
(*40 năm* of *24-5-2079 - 24-5-2019*).

>>> from hoiquanchung.checker import check_text
>>> [f.code for f in check_text("Kỷ niệm 40 năm thành lập Hội (24-5-2079 - 24-5-2019).")]
['year-span-mismatch']
>>> check_text("Kỷ niệm 40 năm thành lập Hội (24-5-1979 - 24-5-2019).")
[]
>>> check_text("Sơ kết 3 năm thực hiện Nghị quyết (nhiệm kỳ 2020 - 2025).")
[]
>>> check_text("Sau 5 năm (2021-2025), sau 4 năm (2021-2025).")  # inclusive or elapsed
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final, NamedTuple

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._rules import make_finding
from hoiquanchung.findings import Finding
from hoiquanchung.messages import fragment
from hoiquanchung.numbers._vocabulary import bound_alternation

__all__ = ["CHECK", "YearSpan", "check_year_spans", "span_counts", "year_spans"]

_END = r"(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*)?(\d{4})"
# A bracket of two ends and a dash, nothing else (a word names a term or a period).
_SPAN = re.compile(r"\(\s*" + _END + r"\s*[-–—]\s*" + _END + r"\s*\)")
# The count: a whole number of one to three digits, not the end of a longer number, a range
# or a decimal ("20-25 năm", "1,5 năm"), then "năm".
_COUNT = re.compile(r"(?<![\d.,\-–/])(\d{1,3})\s+năm\b", re.IGNORECASE)
# What may not stand between the count and its bracket: another figure, a bracket, the end of
# a sentence or a clause.
_BETWEEN_STOP = re.compile(r"[\d()\[\];.!?:\n]")
# A count with a qualifier (the bound words of the vocabulary, ``numbers/data/bound_words.toml``:
# "hơn 20 năm", "gần 30 năm"), an indefinite one ("hàng chục năm", "vài năm") or the high end of
# a range ("20 - 25 năm", "từ 20 đến 25 năm"): not an exact count.
_QUALIFIED = re.compile(
    rf"(?:\b(?:{bound_alternation('before')}|hàng|vài|mấy|đến|tới)|\d\s*[-–—])\s*\Z",
    re.IGNORECASE,
)
_LOOKBACK = 160  # characters before the bracket where its count may stand


def span_counts(first: int, last: int, same_day: bool) -> tuple[int, ...]:
    """The counts of years that a span from year *first* to year *last* admits: the difference
    of the years when both ends are the same day of the year (an anniversary), else the
    difference or one more (years counted inclusively); none when it ends before it starts.

    >>> span_counts(1930, 2020, True), span_counts(2021, 2025, False), span_counts(2079, 2019, True)
    ((90,), (4, 5), ())
    """
    years = last - first
    if years < 0:
        return ()
    return (years,) if same_day else (years, years + 1)


def check_year_spans(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule year-spans in one paragraph (a plain function that returns at once when
    the paragraph has no bracket after *năm*; speed)."""
    text = context.text
    # The letter "ă" or "Ă" of each form looked for first: found by a scan many times faster
    # than a word's, and where it is not, neither is the word (speed).
    if "(" not in text or not (
        ("ă" in text and ("năm" in text or "Năm" in text)) or ("Ă" in text and "NĂM" in text)
    ):
        return _NOTHING
    return _spans(context)


_NOTHING: Final[Iterator[Finding]] = iter(())


class YearSpan(NamedTuple):
    """A count of years and the bracket that dates it, as :func:`year_spans` reads them."""

    written: str  #: the count as written ("40 năm")
    at: int  #: where the count starts in the text
    years: int  #: its number
    span: str  #: the bracket's content ("24-5-1979 - 24-5-2019")
    first: int  #: the year the span starts
    last: int  #: the year it ends
    same_day: bool  #: both ends are whole dates of the same day and month

    def holds(self) -> bool:
        """Whether the count is one the span admits (:func:`span_counts`)."""
        return self.years in span_counts(self.first, self.last, self.same_day)


def year_spans(text: str) -> Iterator[YearSpan]:
    """Every count of years in *text* followed by the span it counts (see the module).

    >>> [s.holds() for s in year_spans("10 năm thực hiện (2014 - 2024); 40 năm (2079 - 2019)")]
    [True, False]
    >>> list(year_spans("hơn 20 năm (1990 - 2020), 3 năm thực hiện (nhiệm kỳ 2020 - 2025)"))
    []
    """
    for bracket in _SPAN.finditer(text):
        start = bracket.start()
        counts = list(_COUNT.finditer(text, max(0, start - _LOOKBACK), start))
        if not counts:
            continue
        count = counts[-1]
        if _BETWEEN_STOP.search(text, count.end(), start):
            continue
        if _QUALIFIED.search(text, max(0, count.start() - 12), count.start()):
            continue
        d1, _s1, m1, y1, d2, _s2, m2, y2 = bracket.groups()
        same_day = d1 is not None and d2 is not None and (int(d1), int(m1)) == (int(d2), int(m2))
        yield YearSpan(
            count.group(),
            count.start(),
            int(count.group(1)),
            bracket.group()[1:-1].strip(),
            int(y1),
            int(y2),
            same_day,
        )


def _spans(context: ParagraphContext) -> Iterator[Finding]:
    for read in year_spans(context.text):
        if read.holds():
            continue
        difference = read.last - read.first
        first, last = str(read.first), str(read.last)
        if difference < 0:
            why = fragment("span-reversed", first=first, last=last)
        else:
            why = fragment("span-years", first=first, last=last, years=difference)
        yield make_finding(
            context.paragraph,
            read.at,
            "year-span-mismatch",
            {"count": read.written, "span": read.span, "why": why},
            file=context.file,
            stated=read.written,
            computed=f"{difference} năm",
            stated_value=Decimal(read.years),
            computed_value=Decimal(difference),
        )


#: Rule year-spans: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("year-spans", check_year_spans, ("year-span-mismatch",))
