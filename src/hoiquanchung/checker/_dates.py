"""Rule 4: dates that cannot exist, and dates not written the way Nghị định 30/2020 asks.

Dates are found by :func:`hoiquanchung.numbers.find_dates` (the grammar that keeps them out of
the quantities); this rule judges them:

* ``22/9/2014`` (also ``14-3-2019``, ``27.10.2022``), ``ngày 25 tháng 3 năm 2022``: day, month
  and year, checked for existence and for the way they are written;
* ``tháng 8/2018``: month and year, checked for an impossible month only;
* ``ngày 30/4``, ``Ngày 23-12``, ``Sáng 2.4``: day and month without a year, checked for an
  impossible date only, and only where a careful reader is sure they are a date: right after
  *ngày*, *hôm* or a time of day (*sáng*, *chiều*, *trưa*, *tối*, *đêm*), as the last day of a
  list after *ngày* (``ngày 12, 13/5``), or as the next date of a list or range
  (``từ ngày 5/1 đến 14/2``, ``ngày 7-10, 8-10 và ngày 7-11``); and only when what follows may
  follow a date (punctuation, a name, *vừa qua*, *tại*, *hàng năm*...; not a noun: ``mỗi ngày
  2-3 lần``).  A bare ``5/6`` (``Ngày Môi trường Thế giới 5/6``) is never reported: it may as
  well be a fraction or a ratio, and a day and month without a year are a recurring date, which
  Nghị định 30/2020 does not regulate.  ``ngày 6-13`` may be the days 6 to 13 (a dash going
  forwards is a range); ``Chiều 14.13`` may be the time 14:13 (after a time of day, a dot and a
  month past 12 are hours and minutes); ``42/54`` is no slip of a date (day above 39 or month
  above 19);
  ``29/2`` is impossible only in a year known not to be leap — written right after it
  (``29/2 năm 2023``) or on the date it is paired with (``từ ngày 29/2 đến ngày 15/3/2023``),
  not a year named elsewhere (``Hội nghị tổng kết năm 2023`` is held in 2024);
* ``11 - 13 - 1998``, ``09.13.2024`` (spaced dashes; dots with an impossible month), which the
  grammar does not take for dates, are judged in the same date context;
* two dates joined by a dash, the second (at least) with its year (``(27.2.1955-27.2.2017)``,
  ``(17.10 - 18.11.2021)``), which the grammar does not take for dates when one side is
  impossible: the other side, a date that can exist, says they are dates, and the side with a
  year that cannot exist is reported (``(21.13.1950-21.4.2022)``); a side without a year is not
  judged (``17.13 - 18.11.2021`` may start at a time of day), nor two impossible sides;
* a year alone (``năm 2024``, ``giai đoạn 2021 - 2030``) is not judged.

``impossible-date`` (error): a month outside 1–12, a day the month does not have (``31/02/2024``,
``29/02/2023``), a year of one or three digits (``02/02/218``).

``date-format`` (information): Nghị định 30/2020/NĐ-CP, Phụ lục I, asks for a leading zero on days
below 10 and on months 1 and 2 only: ``05/8/2023``, ``12/01/2024``, ``ngày 25 tháng 3 năm 2022``.
``ngày 25 tháng 03 năm 2022`` and ``5/8/2023`` are reported as information; two-digit years too.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._rules import make_finding
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized, fragment
from hoiquanchung.numbers import DateMatch
from hoiquanchung.numbers._vocabulary import alternation, day_words, stop_words, times_of_day

__all__ = ["CHECK", "check_dates"]

_DIGITS = re.compile(r"[0-9]+")
_SEPARATOR = re.compile(r"[0-9]+([/.-])")


def _days_in(month: int, year: int | None) -> int:
    """The days of *month* (1-12) in *year*; 29 for February when the year is unknown
    (``calendar.monthrange(year, month)[1]``, without the weekday it also finds; speed)."""
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return _MONTH_DAYS[month]


# The days of each month outside February (index 1-12).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


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

    A day and a month after *ngày*, written with a dash or a dot, or impossible (which the
    grammar leaves as a fraction or a range), are read here:

    >>> [para] = Splitter().feed("Ngày 32-12, Hội Chữ thập đỏ tỉnh trao 110 suất quà")
    >>> [(f.code, f.stated) for f in check_dates(ParagraphContext.of(para))]
    [('impossible-date', '32-12')]
    >>> [para] = Splitter().feed("Trong hai ngày 6-13, Hội tổ chức tập huấn")  # days 6 to 13
    >>> list(check_dates(ParagraphContext.of(para)))
    []
    """
    text = context.paragraph.text
    known = context.day_months
    starts = known[1] if known is not None and known[0] is text else None
    if not context.dates and not context.errors and not _may_hold_candidate(text, starts):
        # No date, no day and month left aside, no malformed number: nothing to judge (a
        # plain function, not a generator: none is made for most paragraphs; speed).
        return _NOTHING
    return _dates(context, text, starts)


_NOTHING: Final[Iterator[Finding]] = iter(())


def _dates(context: ParagraphContext, text: str, starts: Sequence[int] | None) -> Iterator[Finding]:
    """The findings of :func:`check_dates` in a paragraph that may hold a date."""
    paragraph, file = context.paragraph, context.file
    claimed = [(d.start, d.end) for d in context.dates]
    items: list[DateMatch | _Candidate] = [*context.dates, *_candidates(text, claimed, starts)]
    items.sort(key=lambda item: item.start)
    full = [
        (d.start, d.end, d.month, d.year)
        for d in context.dates
        if d.day is not None and d.month is not None and d.year is not None
    ]
    last_end = -1  # the end of the last day-and-month date: a list of dates goes on after it
    told: set[int] = set()  # the starts of the candidates reported
    for item in items:
        if isinstance(item, _Candidate):
            dated = _in_context(text, item.start, last_end) or _dated_by_year(text, item)
            if dated:
                last_end = item.end
                year = _year_of(text, item.start, item.end, full) if _leap_day(item) else None
                why = _candidate_problem(text, item, year)
                if why is not None:
                    told.add(item.start)
                    yield _impossible(paragraph, item.start, item.written, why, file)
            continue
        date, written = item, item.text
        if date.day is not None and date.month is not None and date.year is not None:
            last_end = date.end
            parts = _DIGITS.findall(written)  # only a full date's (speed: a search is dear)
            if len(parts) != 3:  # pragma: no cover - a DateMatch always shows its parts
                continue
            sep_match = _SEPARATOR.match(written) if date.style == "numeric" else None
            sep = sep_match.group(1) if sep_match else None
            if sep == "/" and _ADDRESS_LEAD.search(text, max(0, date.start - 20), date.start):
                continue  # "số 1 ngõ 43/98/31, phố Trung Kính": a lane, an alley, a sub-alley
            d, mo, y = parts
            if len(y) == 4 and len(d) == 2 and (len(mo) == 2 if int(mo) <= 2 else mo[0] != "0"):
                # Written as it should be (what _judge tests: two digits of a day, a month
                # 1 or 2 of two, a later one without a zero, four of a year): only whether
                # it can exist is left (most dates; no generator made; speed).
                why = _problem(int(d), int(mo), y)
                if why is not None:
                    yield _impossible(paragraph, date.start, written, why, file)
                continue
            yield from _judge(paragraph, date.start, written, d, mo, y, sep, file)
        elif date.month is not None and date.day is None:
            if not 1 <= date.month <= 12:
                yield _impossible(paragraph, date.start, written, _month_problem(date.month), file)
        elif date.day is not None and date.month is not None:
            dated = date.style == "words" or _in_context(text, date.start, last_end)
            if dated:
                last_end = date.end
            if dated and (date.style == "words" or _ends_like_date(text, date.end)):
                year = _year_of(text, date.start, date.end, full) if _leap_day(date) else None
                why = _yearless_problem(date.day, date.month, year)
                if why is not None:
                    yield _impossible(paragraph, date.start, written, why, file)
    if context.errors and ("-" in text or "–" in text):
        # The grammar reads an impossible dotted date as a malformed number: look there only.
        at = [e.offset for e in context.errors if e.offset is not None]
        for start, written, why in _range_dates(text, claimed, at):
            if start not in told:
                yield _impossible(paragraph, start, written, why, file)


# Two dates joined by a dash, the second (at least) with its year: "(27.2.1955-27.2.2017)",
# "(17.10 - 18.11.2021)", "(21/4/1950-21/4/2022)".  Each side starts and ends a number.
_DATE_RANGE = re.compile(
    r"(?<![\w.,/])(?P<a>(?P<ad>[0-9]{1,2})(?P<s>[./])(?P<am>[0-9]{1,2})(?:(?P=s)(?P<ay>[0-9]{4}))?)"
    r"[ ]?[-–][ ]?"
    r"(?P<b>(?P<bd>[0-9]{1,2})(?P=s)(?P<bm>[0-9]{1,2})(?P=s)(?P<by>[0-9]{4}))(?![0-9]|[.,/][0-9])"
)


def _range_dates(
    text: str, claimed: list[tuple[int, int]], around: Sequence[int]
) -> Iterator[tuple[int, str, Localized]]:
    """The impossible sides of the ranges of two dates that the grammar does not take for
    dates, (start, as written, why): "(27.13.1955-27.2.2017)".  The range says they are dates
    when its other side is a date that can exist (a slip of one figure leaves the other
    side as written); each side as a slip of a date only (day up to 39, month up to 19, a
    year from 1800 to 2200), like :func:`_candidate_problem`.  Only the ranges that reach
    one of the offsets *around* (the grammar's malformed numbers) are read."""
    seen: set[int] = set()
    for m in _ranges_around(text, around):
        if m.start() in seen:
            continue
        seen.add(m.start())
        sides = [("a", m.group("ay")), ("b", m.group("by"))]
        problems: list[tuple[int, str, Localized | None]] = []
        for side, year in sides:
            day, month = int(m.group(side + "d")), int(m.group(side + "m"))
            if not (1 <= day <= 39 and 1 <= month <= 19):
                break
            if year is None:
                why = _yearless_problem(day, month, None)
                if why is not None:
                    break  # "17.13 - 18.11.2021": perhaps a time of day; only a dated side
            elif not 1800 <= int(year) <= 2200:
                break
            else:
                why = _problem(day, month, year)
            problems.append((m.start(side), m.group(side), why))
        else:
            wrong = [p for p in problems if p[2] is not None]
            if len(wrong) != 1:
                continue  # both sides possible: no slip
            start, written, why = wrong[0]
            end = start + len(written)
            if any(s < end and start < e for s, e in claimed):
                continue  # the grammar's date: judged above
            assert why is not None
            yield start, written, why


_RANGE_REACH = 26  # the longest range: two dates of 10 characters and a spaced dash


def _ranges_around(text: str, around: Sequence[int]) -> Iterator[re.Match[str]]:
    for at in around:
        lo, hi = max(0, at - _RANGE_REACH), min(len(text), at + _RANGE_REACH)
        for m in _DATE_RANGE.finditer(text, lo, hi):
            if m.start() <= at < m.end():
                yield m


class _Candidate(NamedTuple):
    """A day and month (and maybe a year) the grammar did not take for a date."""

    start: int
    end: int
    written: str
    day: int
    month: int
    sep: str
    year: str | None


# "25/13", "32-12", "6.6", "11 - 13 - 1998", "09.13.2024": not inside a longer number, not
# the first half of a range with its month ("14-20/3", "10 - 11/10").  The look-behind comes
# after the first digit, so that the search jumps from digit to digit (speed).
_CANDIDATE = re.compile(
    r"(?P<d>[0-9](?<![\w.,/–-][0-9])[0-9]?)(?P<s>/|\.|[ ]?[-–][ ]?)(?P<m>[0-9]{1,2})"
    # With its year, a date may open a range: "(27.13.1955-27.2.2017)".
    r"(?:(?P=s)(?P<y>[0-9]{4})(?![0-9]|[/.][0-9]|,[0-9])|(?![0-9]|[/.–-][ ]?[0-9]|,[0-9]))"
)
# What a careful reader takes for the start of a date: "ngày", "hôm", a time of day.
_LEAD = re.compile(
    rf"(?<!\w)(?:{alternation([*day_words(), *times_of_day()], r'\s+')})\s+\Z", re.IGNORECASE
)
_TIME_LEAD = re.compile(rf"(?<!\w)(?:{alternation(times_of_day(), r'\s+')})\s+\Z", re.IGNORECASE)
# The last of a list of days: "ngày 27 và 28 - 7 - 2004", "ngày 12, 13/5".
_LIST_LEAD = re.compile(
    r"(?<!\w)(?:ngày|hôm)\s+[0-9]{1,2}(?:\s*,\s*[0-9]{1,2})*\s*(?:,|và|hoặc)\s*\Z",
    re.IGNORECASE,
)
# Between two dates of a list: "ngày 7-10, 8-10 và ngày 7-11", "từ ngày 5/1 đến 14/2".
_CHAIN = re.compile(r"\s*(?:,|;|và|hoặc|đến|tới|[-–])\s*(?:(?:ngày|hôm)\s+)?", re.IGNORECASE)
# What may follow a day and month without a year: punctuation, the end, a capital (a name), or
# a word that goes on after a date — a function word (numbers/data/stop_words.toml: never the
# counted noun after a number) or one of _AFTER_DATE (*năm 2023*, *vừa qua*, *hàng năm*); a noun
# makes it a quantity ("ngày 2-3 lần", "ngày 1/2 số").
_AFTER_DATE = frozenset({"năm", "vừa", "hàng", "hằng"})
_FOLLOW = re.compile(
    r"\s*(?:[,;:)\]!?…\"”’]|\.(?![0-9])|\Z)"
    rf"|\s+(?:{alternation(stop_words() | _AFTER_DATE)})(?!\w)"
    r"|\s+[-–(\[]",
    re.IGNORECASE,
)
_CAPITAL = re.compile(r"\s+(\w)")


def _candidates(
    text: str, claimed: list[tuple[int, int]], starts: Sequence[int] | None = None
) -> Iterator[_Candidate]:
    """The day-and-month shapes of *text* that no date of the grammar covers (*claimed*: the
    grammar's dates, in order and apart: one pass over both); looked for at *starts* only
    when given (:attr:`ParagraphContext.day_months`), else in the whole text."""
    k = 0
    for m in _CANDIDATE.finditer(text) if starts is None else _matches_at(text, starts):
        while k < len(claimed) and claimed[k][1] <= m.start():
            k += 1
        if k < len(claimed) and claimed[k][0] < m.end():
            continue
        yield _Candidate(
            m.start(),
            m.end(),
            m.group(),
            int(m.group("d")),
            int(m.group("m")),
            m.group("s").strip(),
            m.group("y"),
        )


def _may_hold_candidate(text: str, starts: Sequence[int] | None) -> bool:
    """Whether a day-and-month shape (:data:`_CANDIDATE`) may be in *text*: one of *starts*
    when they are known (where every shape starts), else a search."""
    if starts is not None:
        return bool(starts)
    return _CANDIDATE.search(text) is not None


def _matches_at(text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """What ``_CANDIDATE.finditer(text)`` finds, when every match starts at one of *starts*
    (in order): the pattern is tried there only (its look-behind reads the text before;
    speed: a search tests every character of the paragraph).

    >>> t = "ngày 11 - 13 - 1998 và 5/6"
    >>> [m.group() for m in _matches_at(t, [5, 10, 15, 23])]
    ['11 - 13 - 1998', '5/6']
    """
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the last match, as finditer goes on after it
        m = _CANDIDATE.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _in_context(text: str, start: int, last_end: int) -> bool:
    """Whether what comes before *start* makes the numbers there a date: *ngày* (or *hôm*, a
    time of day) right before, the last day of a list after *ngày*, or the next date of a list
    whose previous date ended at *last_end*."""
    window = max(0, start - 40)
    if _LEAD.search(text, window, start) or _LIST_LEAD.search(text, window, start):
        return True
    return last_end >= 0 and _CHAIN.fullmatch(text, last_end, start) is not None


# A date of a range or a deadline: "từ 1 - 13 - 2022 đến 31 - 3 - 2023", "trước 30.13.2017".
_RANGE_LEAD = re.compile(r"(?<!\w)(?:từ|đến|tới|hết|trước|sau)\s+\Z", re.IGNORECASE)
# A code or a version: "phiên bản 2.13.2020", "mã số 12.13.2019".
_CODE_LEAD = re.compile(
    r"(?<!\w)(?:phiên\s+bản|version|ver|v|số\s+hiệu|ký\s+hiệu|mã(?:\s+số)?|số|ip)\s*[:.]?\s*\Z",
    re.IGNORECASE,
)


# An address of lanes and alleys joined by slashes: "ngõ 43/98/31", "ngách 12/25/31".
_ADDRESS_LEAD = re.compile(r"(?<!\w)(?:ngõ|ngách|hẻm|kiệt|số\s+nhà|nhà\s+số)\s*\Z", re.IGNORECASE)


# The other side of a range of two dotted dates: "(21.13.1950-21.14.2022)".
_DOTTED_AFTER = re.compile(r"[ ]?[-–][ ]?([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})(?![0-9])")
_DOTTED_BEFORE = re.compile(r"(?<![\w.,])([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})[ ]?[-–][ ]?\Z")


def _beside_impossible(text: str, c: _Candidate) -> bool:
    """Whether the dotted date *c* is a side of a range whose other side is a dotted date that
    cannot exist either: two impossible sides are no dates (``(21.13.1950-21.14.2022)``)."""
    other = _DOTTED_AFTER.match(text, c.end) or _DOTTED_BEFORE.search(
        text, max(0, c.start - 14), c.start
    )
    if other is None:
        return False
    return _problem(int(other.group(1)), int(other.group(2)), other.group(3)) is not None


def _dated_by_year(text: str, c: _Candidate) -> bool:
    """Whether a day, a month and a four-digit year that the grammar left aside are a date
    whatever comes before: written with dots (``(TNC 32.7.2018)``, ``trước 30.13.2017``: no
    number of the Vietnamese way has a group of one or two digits, and a section number no
    year), or with spaced dashes after a word of a range or a deadline (``từ 1 - 13 - 2022``:
    a bare ``5 - 6 - 2018`` may be something else).  Not after a word of a code or a version.

    >>> t = "(TNC 32.7.2018) Theo"
    >>> _dated_by_year(t, next(_candidates(t, [])))
    True
    >>> t = "phiên bản 2.13.2020"
    >>> _dated_by_year(t, next(_candidates(t, [])))
    False
    """
    if c.year is None:
        return False
    window = max(0, c.start - 20)
    if c.sep == ".":
        return _CODE_LEAD.search(text, window, c.start) is None and not _beside_impossible(text, c)
    return c.sep in "-–" and _RANGE_LEAD.search(text, window, c.start) is not None


def _ends_like_date(text: str, end: int) -> bool:
    if _FOLLOW.match(text, end):
        return True
    cap = _CAPITAL.match(text, end)
    return cap is not None and cap.group(1).isupper()


def _candidate_problem(text: str, c: _Candidate, known_year: int | None) -> Localized | None:
    """Why a day and month the grammar left aside cannot be a date, when a careful reader is
    sure they are one; ``None`` otherwise."""
    # Only a slip of a real date: "25/13", "32-12"; "42/54" is something else.
    if not (1 <= c.day <= 39 and 1 <= c.month <= 19):
        return None
    if c.year is not None:
        if not 1800 <= int(c.year) <= 2200:
            return None
        return _problem(c.day, c.month, c.year)
    if not _ends_like_date(text, c.end):
        return None
    # "ngày 6-13" may be the days 6 to 13: a dash is a range unless it goes backwards.
    if c.sep in "-–" and c.day < c.month:
        return None
    # "Chiều 14.13" may be the time 14:13: after a time of day, a dot and a month past 12 are
    # hours and minutes.
    if c.sep == "." and c.month > 12 and _TIME_LEAD.search(text, max(0, c.start - 12), c.start):
        return None
    return _yearless_problem(c.day, c.month, known_year)


def _yearless_problem(day: int, month: int, known_year: int | None) -> Localized | None:
    """A day and month without a year: impossible in every year, or 29/2 in a known non-leap
    year (see :func:`_year_of`)."""
    why = _problem(day, month, None)
    if why is None and (day, month) == (29, 2) and known_year is not None:
        why = _problem(day, month, str(known_year))
    return why


# "ngày 29/2 năm 2023": the year right after the day and month.
_YEAR_AFTER = re.compile(r"\s+năm\s+([0-9]{4})(?![0-9])", re.IGNORECASE)


def _year_of(
    text: str, start: int, end: int, full: Sequence[tuple[int, int, int, int]]
) -> int | None:
    """The year of a day and month written without one, when the text gives it for sure: right
    after (``29/2 năm 2023``), or from the full date it is paired with in a range or list
    (``từ ngày 29/2 đến ngày 15/3/2023``, ``ngày 15/1/2023 đến 29/2``).  A year named elsewhere
    (``ngày 29/2, Hội nghị tổng kết năm 2023``) is not the date's year."""
    after = _YEAR_AFTER.match(text, end)
    if after is not None:
        return int(after.group(1))
    # The full dates right after and right before it (they are in order).
    k = bisect.bisect_left(full, (end, 0, 0, 0))
    if k < len(full):
        f_start, _, f_month, f_year = full[k]
        if f_month >= 2 and _CHAIN.fullmatch(text, end, f_start):
            return f_year
    k = bisect.bisect_left(full, (start, 0, 0, 0)) - 1
    if k >= 0:
        _, f_end, f_month, f_year = full[k]
        if f_end <= start and f_month <= 2 and _CHAIN.fullmatch(text, f_end, start):
            return f_year
    return None


def _leap_day(date: DateMatch | _Candidate) -> bool:
    return (date.day, date.month) == (29, 2)


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
