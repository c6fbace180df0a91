"""Rule rate-changes: a rate *from X % to Y %* and the change written beside it.

Reports on poverty, literacy, insurance coverage or forest cover write how a rate moved and by
how much: *tỷ lệ nghèo đa chiều giảm từ 73,26% (2021) xuống còn 61,04%, tương đương giảm
12,22%* (VietNamNet, Hà Giang, 2023), *tỷ lệ ... biết chữ ... tăng từ 97,85% lên 99,1%, tăng
1,25% so với đầu giai đoạn* (VietNamNet, 2025).  A careful reader subtracts: the change is the
difference of the two rates in percentage points.  Written with *%*, it may also be the change
relative to the first rate (*giảm 20%* of a rate from 50 % to 40 %), so a change in *%* holds
when it is either; one in *điểm phần trăm* (*điểm %*) only as the difference.  Every figure is
taken as rounded at its last written digit: the change holds when some values that round to the
written rates make it (*từ 5% lên 7%, tăng 3%* holds: 4,5 % to 7,5 %).

Part of rule changes (:mod:`hoiquanchung.checker._changes` calls it when the paragraph has *từ*,
*lên* or *xuống*, and a *%*).  It reports ``total-mismatch`` (worded ``changes``) at the
change.  It reads one sentence
shape only, and stays quiet (near misses) when:

* a figure is qualified (*hơn*, *gần*, *khoảng*) or a range;
* another percentage stands between the two rates or between the second rate and the change
  (whose change is it?), or a sentence or clause ends there (``;``, ``.``);
* the change is an average per year (*bình quân*, *mỗi năm*, *hằng năm*, ``%/năm``): the
  difference is spread over several years;
* the change is of something else (*giảm 1,2 triệu đồng*, *tăng 3 hộ*): only a change in *%* or
  in percentage points is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._rules import make_finding
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._format import write_figure as write_number

__all__ = ["rate_changes"]

_I = re.IGNORECASE
# Before the first rate: "từ" (the start of the movement).
_FROM = re.compile(r"(?<!\w)từ\s*\Z", _I)
# Between the rates: words, a year or a date in brackets or after "năm", then the verb of the
# movement ("xuống còn", "lên mức").  No figure but a year; no clause end.
_TO = re.compile(
    r"\A(?:[^\d;.!?%()]|\((?:[^()\d]|\d{4})*\)|(?:năm|cuối|hết|đầu)\s+\d{4})*?"
    r"(?<!\w)(?:xuống|lên)(?:\s+(?:còn|mức|đến|tới|được))*\s*\Z",
    _I,
)
# Between the second rate and the change: its year ("năm 2005", in brackets), a comma or an
# opening bracket, "tương đương", "tức là", "đã", then the verb of the change.
_CHANGE = re.compile(
    r"\A(?:\s*(?:năm|cuối\s+năm|hết\s+năm|đầu\s+năm)\s+\d{4})?(?:\s*\((?:[^()\d]|\d{4})*\))?"
    r"\s*(?:,\s*)?\(?\s*(?:(?:tương\s+đương|tương\s+ứng|tức\s+là|"
    r"hay|đã|và)\s+)*(?:giảm|tăng)(?:\s+(?:được|thêm|lên))?\s*\Z",
    _I,
)
# An average per year: the difference is spread over the years.
_PER_YEAR_BEFORE = re.compile(r"bình\s+quân|mỗi\s+năm|hằng\s+năm|hàng\s+năm|trung\s+bình", _I)
_PER_YEAR_AFTER = re.compile(r"\A\s*(?:/|mỗi\b|một\s+năm|bình\s+quân|hằng\b|hàng\b)", _I)
_POINTS_AFTER = re.compile(r"\A\s*(?:phần\s+trăm|%)", _I)
_PERCENT = "%"
_YEAR = re.compile(r"(?:19|20)\d\d")


def _half_unit(m: Mention) -> Decimal:
    """Half a unit of the last written digit of *m* (how far its value may be from the truth)."""
    digits = m.text.split()[0].rstrip("%")
    decimals = len(digits.split(",", 1)[1]) if "," in digits else 0
    return Decimal(5).scaleb(-decimals - 1)


def _holds(first: Mention, second: Mention, change: Mention, points_only: bool) -> bool:
    """Whether *change* is what *first* and *second* make, their rounding considered."""
    e1, e2, ec = _half_unit(first), _half_unit(second), _half_unit(change)
    diff = abs(_EXACT.subtract(first.value, second.value))
    slack = _EXACT.add(_EXACT.add(e1, e2), ec)
    if abs(_EXACT.subtract(diff, change.value)) <= slack:
        return True
    if points_only:
        return False
    # Relative to the first rate: the smallest and largest (|a - b| / a × 100) over the
    # values that round to the written rates, against what rounds to the written change.
    low_diff = max(Decimal(0), _EXACT.subtract(diff, _EXACT.add(e1, e2)))
    high_diff = _EXACT.add(diff, _EXACT.add(e1, e2))
    low_first, high_first = _EXACT.subtract(first.value, e1), _EXACT.add(first.value, e1)
    if low_first <= 0:
        return True  # a first rate of 0: any relative change
    # low_diff × 100 / high_first <= change + ec and high_diff × 100 / low_first >= change - ec,
    # multiplied out (no division: exact in Decimal whatever the caller's context).
    low_change, high_change = _EXACT.subtract(change.value, ec), _EXACT.add(change.value, ec)
    return _EXACT.multiply(low_diff, 100) <= _EXACT.multiply(
        high_change, high_first
    ) and _EXACT.multiply(high_diff, 100) >= _EXACT.multiply(low_change, low_first)


def _change_unit(text: str, change: Mention, base: int) -> str | None:
    """``"%"`` or ``"points"`` for a change in % or in percentage points, else ``None``."""
    after = text[change.end - base : change.end - base + 24]
    if _PER_YEAR_AFTER.match(after):
        return None
    if change.unit == _PERCENT:
        return _PERCENT
    if change.unit == "điểm" and _POINTS_AFTER.match(after):
        return "points"
    return None


def _plain(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.range_end is None and m.fraction is None


def rate_changes(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` (changes) of the rate changes of one paragraph.

    >>> from hoiquanchung.checker import extract
    >>> from hoiquanchung.checker._text import Splitter
    >>> def check(text):
    ...     [para] = Splitter().feed(text)
    ...     return [f.computed for f in rate_changes(para, extract(text), None)]
    >>> check("Tỷ lệ nghèo giảm từ 73,26% (2021) xuống còn 61,04%, tương đương giảm 12,22%.")
    []
    >>> check("Tỷ lệ nghèo giảm từ 73,26% (2021) xuống còn 61,04%, tương đương giảm 12,32%.")
    ['12,22%']
    >>> check("Tỷ lệ hộ nghèo giảm từ 50% xuống 40%, giảm 20%.")  # relative to 50 %
    []
    >>> check("Tỷ lệ hộ nghèo giảm từ 50% xuống 40%, giảm 20 điểm phần trăm.")
    ['10 điểm']
    >>> check("Tỷ lệ giảm từ 5,2% năm 2020 xuống 3,1% năm 2024, bình quân giảm 0,5%/năm.")
    []
    """
    text, base = paragraph.text, paragraph.offset
    n = len(mentions)
    for i in range(n - 2):
        first = mentions[i]
        if first.unit != _PERCENT or not _plain(first):
            continue
        if not _FROM.search(text, max(0, first.start - base - 8), first.start - base):
            continue
        # The second rate: the next percentage; only years between.
        j = i + 1
        while j < n and mentions[j].unit != _PERCENT:
            j += 1
        if j >= n - 1 or not _plain(mentions[j]):
            continue
        second = mentions[j]
        if not _TO.match(text[first.end - base : second.start - base]):
            continue
        k = j + 1
        while k < n - 1 and mentions[k].unit is None and _YEAR.fullmatch(mentions[k].text):
            k += 1  # "lên 44,1% (2024), tăng 1,6%": the year of the second rate
        change = mentions[k]
        between = text[second.end - base : change.start - base]
        if not _plain(change) or not _CHANGE.match(between) or _PER_YEAR_BEFORE.search(between):
            continue
        unit = _change_unit(text, change, base)
        if unit is None or _holds(first, second, change, points_only=unit == "points"):
            continue
        diff = abs(_EXACT.subtract(first.value, second.value))
        vi = f"{write_number(first.value, 'vi')} − {write_number(second.value, 'vi')}"
        en = f"{write_number(first.value, 'en')} − {write_number(second.value, 'en')}"
        written = Localized(
            write_number(diff, "vi", change.unit), write_number(diff, "en", change.unit)
        )
        yield make_finding(
            paragraph,
            change.start - base,
            "total-mismatch",
            {"total": change.text, "terms": Localized(vi, en), "sum": written},
            variant="changes",
            file=file,
            stated=change.text,
            computed=write_number(diff, "vi", change.unit),
            stated_value=change.value,
            computed_value=diff,
        )
