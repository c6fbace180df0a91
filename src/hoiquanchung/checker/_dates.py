"""Rule 4: dates that cannot exist, and dates not written the way Nghị định 30/2020 asks.

Dates are found by :func:`hoiquanchung.numbers.find_dates` (the grammar that keeps them out of
the quantities); this rule judges them:

* ``22/9/2014`` (also ``14-3-2019``, ``27.10.2022``), ``ngày 25 tháng 3 năm 2022``: day, month
  and year, checked for existence and for the way they are written;
* ``tháng 8/2018``: month and year, checked for an impossible month only;
* ``ngày 30/4``: day and month without a year, checked for an impossible date only, and only
  right after the word *ngày*.  A bare ``5/6`` (``Ngày Môi trường Thế giới 5/6``) is never
  reported: without *ngày* before it, it may as well be a fraction or a ratio, and a day and month
  without a year are a recurring date, which Nghị định 30/2020 does not regulate;
* a year alone (``năm 2024``, ``giai đoạn 2021 - 2030``) is not judged.

``impossible-date`` (error): a month outside 1–12, a day the month does not have (``31/02/2024``,
``29/02/2023``), a year of one or three digits (``02/02/218``).

``date-format`` (information): Nghị định 30/2020/NĐ-CP, Phụ lục I, asks for a leading zero on days
below 10 and on months 1 and 2 only: ``05/8/2023``, ``12/01/2024``, ``ngày 25 tháng 3 năm 2022``.
``ngày 25 tháng 03 năm 2022`` and ``5/8/2023`` are reported as information; two-digit years too.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._patterns import led_by
from hoiquanchung.checker._rules import make_finding
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized, fragment

__all__ = ["CHECK", "check_dates"]

_DIGITS = re.compile(r"[0-9]+")
_SEPARATOR = re.compile(r"[0-9]+([/.-])")
_NGAY_BEFORE = led_by("n", re.compile(r"\bngày\s*\Z", re.IGNORECASE))


def _days_in(month: int, year: int | None) -> int:
    if year is None:
        return 29 if month == 2 else calendar.monthrange(2000, month)[1]
    return calendar.monthrange(year, month)[1]


def _problem(day: int, month: int, year_text: str | None) -> Localized | None:
    """Why the date cannot exist, in Vietnamese and English; ``None`` when it can."""
    if not 1 <= month <= 12:
        return _month_problem(month)
    year: int | None = None
    if year_text is not None:
        if len(year_text) in (1, 3):
            return fragment("year-digits", year=year_text, digits=len(year_text))
        year = int(year_text)
        if year == 0:
            return fragment("no-year-zero")
        if len(year_text) == 2:
            year = None  # an abbreviated year: the century is unknown
    if not 1 <= day <= _days_in(month, year):
        where = f"/{year_text}" if year_text else ""
        return fragment("no-such-day", month=month, where=where, day=day)
    return None


def _proper_day(day: int) -> str:
    return f"{day:02d}"


def _proper_month(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def check_dates(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 4 in one paragraph.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Quy định 124-QĐ/TW ngày 02/02/218 của Ban Bí thư")
    >>> [(f.code, f.column, f.stated) for f in check_dates(ParagraphContext.of(para))]
    [('impossible-date', 25, '02/02/218')]
    >>> [para] = Splitter().feed("hưởng ứng Ngày Môi trường Thế giới 5/6")
    >>> list(check_dates(ParagraphContext.of(para)))
    []
    """
    paragraph, file = context.paragraph, context.file
    text = paragraph.text
    for date in context.dates:
        written = date.text
        parts = _DIGITS.findall(written)
        if date.day is not None and date.month is not None and date.year is not None:
            if len(parts) != 3:  # pragma: no cover - a DateMatch always shows its parts
                continue
            sep_match = _SEPARATOR.match(written) if date.style == "numeric" else None
            sep = sep_match.group(1) if sep_match else None
            d, mo, y = parts
            yield from _judge(paragraph, date.start, written, d, mo, y, sep, file)
        elif date.month is not None and date.day is None:
            if not 1 <= date.month <= 12:
                yield _impossible(paragraph, date.start, written, _month_problem(date.month), file)
        elif date.day is not None and date.month is not None:
            ngay = date.style == "words" or _NGAY_BEFORE.search(text, 0, date.start)
            why = _problem(date.day, date.month, None)
            if ngay and why is not None:
                yield _impossible(paragraph, date.start, written, why, file)


def _month_problem(month: int) -> Localized:
    return fragment("no-such-month", month=month)


def _impossible(
    paragraph: Paragraph, index: int, written: str, why: Localized, file: str | None
) -> Finding:
    return make_finding(
        paragraph,
        index,
        "impossible-date",
        {"written": written, "why": why},
        file=file,
        stated=written,
    )


def _judge(
    paragraph: Paragraph,
    index: int,
    written: str,
    d: str,
    mo: str,
    y: str,
    sep: str | None,
    file: str | None,
) -> Iterator[Finding]:
    day, month = int(d), int(mo)
    why = _problem(day, month, y)
    if why is not None:
        yield _impossible(paragraph, index, written, why, file)
        return
    proper_d, proper_m = _proper_day(day), _proper_month(month)
    if (d, mo) == (proper_d, proper_m) and len(y) == 4:
        return
    year = y if len(y) == 4 else f"(năm {y})"
    if sep is None:
        proper = f"ngày {proper_d} tháng {proper_m} năm {year}"
    else:
        proper = f"{proper_d}{sep}{proper_m}{sep}{year}"
    reasons: list[Localized] = []
    if d != proper_d:
        reasons.append(fragment("day-leading-zero"))
    if mo != proper_m:
        if month <= 2:
            reasons.append(fragment("month-leading-zero"))
        else:
            reasons.append(fragment("month-no-leading-zero", month=month))
    if len(y) != 4:
        reasons.append(fragment("four-digit-year"))
    yield make_finding(
        paragraph,
        index,
        "date-format",
        {
            "written": written,
            "proper": proper,
            "reasons": fragment("reasons-separator").join(reasons),
        },
        file=file,
        stated=written,
        computed=proper,
    )


#: Rule dates: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("dates", check_dates, ("impossible-date", "date-format"))
