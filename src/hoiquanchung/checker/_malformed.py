"""Rule 3: numbers not written the Vietnamese way (``992.0000``, ``1.40``, ``1,234.5``).

The numbers' grammar finds the malformed numbers
(:func:`hoiquanchung.numbers.find_number_errors`: the errors of
:func:`~hoiquanchung.numbers.parse_number`, which say what is wrong and suggest what the writer
meant).  This rule keeps those that are evidently quantities; the others stay quiet: section
numbers (``1.1.``, ``4.3`` at the start of a paragraph, ``mục 2.3``, ``1.2.3``; but
``1.40 tỷ đồng`` opening a paragraph is an amount), dates written
with dots (``22.9.2014``), telephone numbers (``0293.3876.543``), a leading zero before a
thousands group, a generation (``công nghiệp 4.0``).  A run is judged only when a unit, a
counted noun or ``%`` follows it, or a word such as *là*, *đạt*, *có*, *tổng*, *được* comes
before it: a false alarm costs more than a miss.

Two shapes of a count are judged besides (round 6, issue 9):

* a run followed by a *counted noun* (``sinh hoạt tại 3.17 chi hội``: a number of branches holds
  no fraction, so ``3.17`` is malformed as a grouping and as a decimal), even after *tại*, which
  otherwise points at a numbered place (``quy định tại 3.2``); the structural references (*mục*,
  *khoản*, *Điều*...) stay quiet;
* a run whose thousands groups are right but for the last one, of 1, 2 or 4 digits and not a
  section number (``113.1836``, ``50.7308``), closing a clause whose words name a counted noun
  (``hội viên nòng cốt 50.7308, ...``; ``hội viên tham gia kháng chiến chống Pháp 113.1836;``):
  the label of a list item.  A code (``số 113.1836``), a name (``tổ 5``, ``khu phố``) or a
  coordinate (``kinh độ 106.6601``: no counted noun) stays quiet;
* a number written with a comma and exactly three digits after it right before a counted noun
  (``có 12,683 lượt đoàn viên thanh niên tham dự``): a number of visits holds no thousandths,
  so the comma is the English thousands separator (``12.683``).  An average (*bình quân*,
  *trung bình*, ``người/hộ``) or a scale word (``1,250 nghìn người``) stays quiet;
* the numerator of a fraction whose denominator is a count written with its thousands groups
  (``đại biểu HĐND cấp xã đạt 2.77/2.816``, ``903.72/715.159 hộ dân``): a count of the same
  thing, which holds no fraction.  A reference (``mục 2.3/1.000``), a code (``số 12.34/1.234``,
  a leading zero) or a date's word before it (``ngày 2.12/2.016``) stays quiet;
* a side of a fraction or of a per-unit figure whose last thousands group is wrong: a
  group of four digits beside a count written with its groups (``đã tiếp 1.012 lượt/1.0915 lượt
  người``, ``784.172 triệu đồng/29.6461 hộ``), or a short last group after two dots before a unit
  (``bình quân 1.300.00/người``).  A decimal with one dot (``15.530 ha/22.36 ha``), a coordinate,
  a code or a reference stays quiet.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._rules import make_finding
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.errors import NumberFormatError
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized, fragment
from hoiquanchung.numbers._vocabulary import (
    alternation,
    amount_after,
    bound_words,
    day_words,
    label_nouns,
    person_nouns,
    scale_alternation,
    stop_words,
    times_of_day,
    unit_nouns,
)

__all__ = ["CHECK", "check_malformed"]

_NUMBER_CHARS = frozenset("0123456789.,")
_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})+\Z")
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\Z")
# A month and its year after "tháng": "từ tháng 1.2014 đến tháng 12.2016", "cuối tháng 12.2006".
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}\Z")
_MONTH_BEFORE = re.compile(r"\btháng\s*\Z", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(
    r"(?:mục|tiểu\s+mục|điểm|khoản|điều|tiết|phần|chương|phụ\s+lục|bảng|biểu|hình|mẫu|"
    r"số\s+hiệu|phiên\s+bản|version|điện\s+thoại|đt|fax|sđt|ip|tại)\s*[:.]?\s*\Z",
    re.IGNORECASE,
)
# A bound word (hơn, trên, gần, khoảng...: numbers/data/bound_words.toml) is such a word too.
_CUE_BEFORE = re.compile(
    r"\b(?:là|đạt|có|gồm|tổng|tổng\s+số|được|với|trị\s+giá|số\s+tiền|kinh\s+phí|"
    + alternation([w for w, b in bound_words("before").items() if b is not None], r"\s+")
    + r"|cho|tăng|giảm|chiếm|trao|tặng|trao\s+tặng)\s*[:]?\s*\Z",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"\s?(?:%|[^\W\d_])")
# Words after a number that are no unit: "4.0 trong hoạt động", "2.1 của Quy chế" (the function
# words of numbers/data/stop_words.toml).
_NO_UNIT_AFTER = re.compile(rf"\s?(?:{alternation(stop_words())})\b", re.IGNORECASE)
# At the start of a paragraph, what makes a number an amount rather than a heading's number: "%"
# or a lower-case scale word ("1.40 tỷ đồng"; numbers/data/scale_words.toml); a heading's title
# starts with a capital ("2.3 Tỷ lệ hội viên", "2.1 Công tác").
_AMOUNT_AFTER = amount_after(r"\s")
# A generation or a version, not an amount: "công nghiệp 4.0", "Web 3.0".
_GENERATION = re.compile(r"[1-9]\.0\Z")
# The references that a counted noun after the number does not overrule: "tại" points at a
# numbered place ("quy định tại 3.2") but "tại 3.17 chi hội" counts branches.
_STRUCTURE_BEFORE = re.compile(
    r"(?:mục|tiểu\s+mục|điểm|khoản|điều|tiết|phần|chương|phụ\s+lục|bảng|biểu|hình|mẫu|"
    r"số\s+hiệu|phiên\s+bản|version|điện\s+thoại|đt|fax|sđt|ip)\s*[:.]?\s*\Z",
    re.IGNORECASE,
)
# One-word nouns of things counted whole (numbers/data/unit_nouns.toml lists them with units of
# measure and time, which hold fractions: "1.5 ha", "2.5 tháng", "8.5 điểm").
_WHOLE_SINGLE = (
    "hội", "hộ", "người", "xã", "phường", "huyện", "tỉnh", "cuộc", "suất", "lượt", "lần",
    "lớp", "buổi", "đợt", "chiếc", "cái", "con", "căn", "ngôi", "gói", "thùng", "đoàn", "đội",
    "nhóm", "em", "cháu", "vị", "vụ", "cuốn", "quyển", "ấp", "khóm", "thôn", "xóm", "chị", "cụ",
    "khu vực", "thanh thiếu niên",
)  # fmt: skip


def _counted_nouns() -> str:
    nouns = {*unit_nouns(), *person_nouns(), *_WHOLE_SINGLE}
    return alternation(sorted(nouns, key=len, reverse=True), r"\s+")


# A counted noun, lower-case (a heading's title starts with a capital: "2.1 Hội viên").
_COUNTED_AFTER = re.compile(rf"\s(?:{_counted_nouns()})(?![^\W\d_])")
# The label starts with the counted noun (after "trong đó", "số", "tổng số"...): its head.
_COUNTED_HEAD = re.compile(
    r"\s*(?:(?:trong\s+đó|tổng\s+số|số|có|gồm|còn\s+lại)\s*,?\s+)*"
    rf"(?:{_counted_nouns()})(?![^\W\d_])",
    re.IGNORECASE,
)
# Words of a measure or a code in the label: "kinh độ 106.6601", "mã số 12.3456".
_NOT_A_COUNT = re.compile(
    r"\b(?:kinh\s+độ|vĩ\s+độ|tọa\s+độ|toạ\s+độ|độ\s+cao|mã|phiên\s+bản|điện\s+thoại)\b",
    re.IGNORECASE,
)
# A time of day: "lúc 7.30", "7.30 sáng", "từ 13.30 đến 17.00", "13.30 - 17.00".
_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d\Z")
_TIME_BEFORE = re.compile(r"\blúc\s*\Z", re.IGNORECASE)
_TIME_AFTER = re.compile(
    rf"\s?(?:{alternation([*times_of_day(), 'giờ', 'h'], r'\s+')})(?![^\W\d_])"
    r"|\s*(?:-|–|đến|tới)\s*(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,])",
    re.IGNORECASE,
)
_TIME_RANGE_BEFORE = re.compile(
    r"(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:-|–|đến|tới)\s*\Z", re.IGNORECASE
)
# Thousands groups right but for the last: "113.1836", "50.7308", "1.234.56" (a section
# number, "3.17", "2.1.3", is no such run).
_BAD_LAST_GROUP = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})*\.(?:\d{1,2}|\d{4})\Z")
# The run closes its clause: a comma, a semicolon, a bracket, a full stop, the line's end.
_CLAUSE_CLOSED = re.compile(r"\s*(?:[,;)\]\n]|\.(?!\d)|\Z)")
_CLAUSE_START = re.compile(r"[,;()\[\].!?\n]")
_LABEL_REACH = 80
# Right before the run, a word that makes it a code or a name: "số 113.1836", "mã 12.3456".
_CODE_BEFORE = re.compile(
    rf"(?:\bsố|\bmã|\bký\s+hiệu|\bhiệu|(?<![^\W\d_])(?:{alternation(label_nouns(), r'\s+')}))"
    r"\s*[:.]?\s*\Z",
    re.IGNORECASE,
)


# "12,683 lượt": a comma and three digits, a counted noun after it.
_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2},\d{3}(?![\d.,])")
# An average may hold decimals: "bình quân 3,125 người/hộ", "trung bình mỗi hộ 4,250 người".
_AVERAGE_BEFORE = re.compile(r"\b(?:bình\s+quân|trung\s+bình|mỗi|hệ\s+số)\b", re.IGNORECASE)
_PER_AFTER = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/")
# After "N,000": a unit or a noun (a word, no scale word), or "đến" and the range's high end.
_ZEROS_UNIT_AFTER = re.compile(
    rf"\s?(?!(?:{scale_alternation()})(?![^\W\d_]))[^\W\d_]", re.IGNORECASE
)
_RANGE_TO_ZEROS = re.compile(r"\s*(?:-|–|đến|tới)\s*[1-9]\d{0,2},000(?![\d.,])", re.IGNORECASE)


def _comma_counts(context: ParagraphContext) -> Iterator[tuple[int, int, str]]:
    """``12,683 lượt``: counts written with a comma for thousands (start, stop, noun), among
    the paragraph's quantities with three decimals."""
    text, base = context.text, context.paragraph.offset
    for q in context.mentions:
        if q.quantity.decimals != 3 or q.fraction is not None:
            continue
        m = _COMMA_THOUSANDS.search(text, q.start - base, q.end - base)
        if m is None:
            continue
        noun = _COUNTED_AFTER.match(text, m.end())
        zeros = noun is None and text.startswith(",000", m.end() - 4)
        if zeros:
            # "tái canh 60,000ha cà phê", "từ 150,000 đến 180,000 tấn" (corpus
            # h79-giacaphe-lam-dong-tai-canh-60000ha, h79-vietbao-vai-thieu-luc-ngan-2014): a
            # decimal is never written with three zeros after its comma, so before any unit (no
            # scale word: "1,000 tỷ" may be read as one tỷ) the comma groups thousands.
            noun = _RANGE_TO_ZEROS.match(text, m.end()) or _ZEROS_UNIT_AFTER.match(text, m.end())
            if noun is None or (
                noun.re is _ZEROS_UNIT_AFTER and _NO_UNIT_AFTER.match(text, m.end())
            ):
                continue
        if noun is None or _PER_AFTER.match(text, noun.start() + 1):
            continue
        clause = _CLAUSE_START.split(text[max(0, m.start() - 60) : m.start()])[-1]
        if _AVERAGE_BEFORE.search(clause) or _REFERENCE_BEFORE.search(clause):
            continue
        yield m.start(), m.end(), "" if zeros else noun.group().strip()


# "tăng.032 triệu đồng": a thousands group glued to the word of change or of a figure before it,
# its leading digits lost (24.136 − 7.463 − 12.065 − 2.575 = 2.033 was meant).
_LOST_HEAD = re.compile(r"\.(?<=[^\W\d_]\.)\d{3}(?:\.\d{3})*(?![\d.,])")  # the dot first: fast
_LOST_CUE = re.compile(r"(?<![^\W\d_])(?:tăng|giảm|đạt|là|có|gồm|với|chiếm|thêm)\Z", re.IGNORECASE)


def _lost_heads(context: ParagraphContext) -> Iterator[tuple[int, int]]:
    """``tăng.032 triệu``: a number that opens with its thousands dot right after a word of
    change or of a figure (*tăng*, *đạt*, *là*...), a unit or a counted noun after it."""
    text = context.text
    for m in _LOST_HEAD.finditer(text):
        if _LOST_CUE.search(text, max(0, m.start() - 8), m.start()) is None:
            continue
        if _UNIT_AFTER.match(text, m.end()) is None or _NO_UNIT_AFTER.match(text, m.end()):
            continue
        yield m.start(), m.end()


# A side of a fraction or of a per-unit figure with its last thousands group wrong:
# "đã tiếp 1.012 lượt/1.0915 lượt người", "784.172 triệu đồng/29.6461 hộ" (a group of four digits
# beside a count written with its thousands groups), "bình quân 1.300.00/người" (two dots, the
# last group short: no decimal in either notation).  The numbers' grammar reads the fraction whole
# and reports neither.
_GROUPED = r"[1-9]\d{0,2}(?:\.\d{3})+"
_FOUR_LAST = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})*\.\d{4}(?![\d.,]?\d)")
_SHORT_LAST = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+\.\d{1,2}(?![\d.,]?\d)")
# The other side: a count with its groups, at most a unit of two or three words between.
_GROUPED_THEN_SLASH = re.compile(rf"(?<![\d.,]){_GROUPED}(?:\s+[^\W\d_]+){{0,3}}\s?/\s?\Z")
_SLASH_THEN_GROUPED = re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}\s?/\s?{_GROUPED}(?![\d.,]?\d)")
_BAD_TAIL = re.compile(r"\.(?:\d{4}|\d{3}\.\d{1,2})(?![\d.,]?\d)")
_SLASH_THEN_WORD = re.compile(r"\s?/\s?[^\W\d_]")


# One dot and one or two digits: "2.50", "22.36", "368.99".
_ONE_SHORT = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{1,2}(?![\d.,]?\d)")
# Over a count with its groups, perhaps after "tổng số": "368.99/tổng số 370.409 cử tri".
_SLASH_THEN_TOTAL = re.compile(
    rf"\s?/\s?(?:tổng\s+số\s+|tổng\s+|trên\s+)?{_GROUPED}(?![\d.,]?\d)", re.IGNORECASE
)
# A number and its unit (one to three words), then the slash: "10 tỷ đồng/", "987 vụ/".
_NUMBER_UNIT_SLASH = re.compile(
    r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})*(?P<unit>(?:\s?[^\W\d_]+)(?:\s+[^\W\d_]+){0,2})"
    r"\s?/\s?\Z"
)
# A count of things counted whole, then the slash: "987 vụ/", "804 hộ/".
_COUNT_SLASH = re.compile(
    rf"(?<![\d.,])[1-9]\d{{0,2}}(?:\.\d{{3}})*\s(?:{_counted_nouns()})\s?/\s?\Z"
)


def _fraction_sides(text: str) -> Iterator[tuple[int, int, bool]]:
    """``1.012 lượt/1.0915 lượt``, ``1.300.00/người``: runs with a wrong last group on either side
    of a slash (start, stop, whether a decimal written with a dot), beside a count with its
    thousands groups or before a unit.

    Also a run of one dot and one or two digits beside a count with its groups
    (``2.443/2.50``, ``1.318 vụ/2.04 bị can``, ``368.99/tổng số 370.409 cử tri``: no decimal
    beside a count of the same thing; but ``15.530 ha/22.36 ha``, one unit of measure on both
    sides, may be two decimals written the English way) or after a number without groups and
    with the same unit (``10 tỷ đồng/13.1 tỷ đồng``: the decimal dot of English), and a group of
    four digits after a count of things counted whole (``987 vụ/1.2968 bị cáo``)."""
    if "." not in text:
        return
    if _BAD_TAIL.search(text) is not None:  # the dot first: fast
        for run, after in ((_FOUR_LAST, _SLASH_THEN_GROUPED), (_SHORT_LAST, _SLASH_THEN_WORD)):
            for m in run.finditer(text):
                start, stop = m.span()
                before = text[max(0, start - 40) : start]
                if (
                    after.match(text, stop)
                    or _GROUPED_THEN_SLASH.search(before)
                    or (run is _FOUR_LAST and _COUNT_SLASH.search(before))
                ) and not _code_or_reference(_before_fraction(before)):
                    yield start, stop, False
    for start, stop in _short_runs_at_slashes(text):
        slash_after = _SLASH_THEN_TOTAL.match(text, stop) is not None
        if not slash_after and not text.endswith(("/", "/ "), 0, start):
            continue
        before = text[max(0, start - 40) : start]
        decimal = False
        grouped = None if slash_after else _GROUPED_THEN_SLASH.search(before)
        if grouped is not None and (
            _same_measure(text, stop, grouped.group()) or _MEASURE_AFTER.match(text, stop)
        ):
            continue  # "15.530 ha/22.36 ha", "2.500.000 đồng/1.5 năm": measures hold decimals
        if not slash_after and grouped is None:
            unit = _NUMBER_UNIT_SLASH.search(before)
            if unit is None or not text.startswith(unit.group("unit"), stop):
                continue
            if _NO_UNIT_AFTER.match(text, stop):
                continue
            decimal = True  # "10 tỷ đồng/13.1 tỷ đồng": a decimal, the dot of English
        head = _before_fraction(before)
        if _code_or_reference(head) or _DATE_WORD_BEFORE.search(head):
            continue
        yield start, stop, decimal


# The numerator of a fraction and its unit, right before the run: "số 1.234/" -> "số ".
_NUMERATOR_BEFORE = re.compile(r"[\d.,]+(?:\s+[^\W\d_]+){0,3}\s?/\s?\Z")


def _before_fraction(before: str) -> str:
    """The text before the fraction whose side ends *before*: what names it (``văn bản số
    1.234/2.3456``: a code), the numerator and its unit left out; *before* itself when the
    run opens the fraction."""
    numerator = _NUMERATOR_BEFORE.search(before)
    return before if numerator is None else before[: numerator.start()]


# A run of _ONE_SHORT ending right before a slash (and a space): "2.443/", "368.99 /".
_ONE_SHORT_BEFORE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{1,2}(?=\s?\Z)")


# A slash with a dot and one or two digits before it, or a number and a dot after it; it
# opens with the slash, which the search finds fast (speed).
_SHORT_AT_SLASH = re.compile(
    r"/(?:(?<=\.\d/)|(?<=\.\d\d/)|(?<=\.\d /)|(?<=\.\d\d /)|\s?[1-9]\d{0,2}\.\d)"
)


def _short_runs_at_slashes(text: str) -> Iterator[tuple[int, int]]:
    """The runs of :data:`_ONE_SHORT` right before or right after a slash, in order (speed:
    read at each slash, not searched in the whole text)."""
    if _SHORT_AT_SLASH.search(text) is None:
        return
    last = -1
    at = text.find("/")
    while at >= 0:
        # Before: "2.50/", "2.5 /" (a dot two or three characters before the end).
        end = at - 1 if text[at - 1 : at] == " " else at
        if "." in text[max(0, end - 3) : end - 1]:
            m = _ONE_SHORT_BEFORE.search(text, max(0, end - 8), end)
            if m is not None and m.start() > last:
                last = m.start()
                yield m.span()
        # After: "/2.50", "/ 2.50" (a dot within the next four characters).
        begin = at + 2 if text[at + 1 : at + 2] == " " else at + 1
        if "." in text[begin + 1 : begin + 4]:
            m = _ONE_SHORT.match(text, begin)
            if m is not None and m.start() > last:
                last = m.start()
                yield m.span()
        at = text.find("/", at + 1)


# A unit of measure or of time right after the run, which holds decimals: "đồng/1.5 năm".
_MEASURE_AFTER = re.compile(
    r"\s?(?:năm|tháng|tuần|ngày|giờ|phút|lần|ha|km|m|m2|m²|m3|kg|tạ|tấn|lít|%)(?![^\W\d_])",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(r"[\d.]+\s*(?P<unit>[^\W\d_][^/]*?)\s?/\s?\Z")


def _same_measure(text: str, stop: int, grouped: str) -> bool:
    """Whether the run ending at *stop* is followed by the unit of the grouped number before
    the slash (*grouped*: ``15.530 ha/``), a unit of measure (not a noun of things counted
    whole): the two sides may be decimals written the English way."""
    unit = _UNIT_WORDS.match(grouped)
    if unit is None:
        return False
    words = unit.group("unit").strip()
    rest = text[stop : stop + len(words) + 3].lstrip()
    return (
        rest.startswith(words)
        and not rest[len(words) : len(words) + 1].isalpha()
        and _COUNTED_AFTER.match(" " + words) is None
    )


def _code_or_reference(before: str) -> bool:
    return bool(_REFERENCE_BEFORE.search(before) or _CODE_BEFORE.search(before))


# A percentage with a decimal dot glued to the word of change before it, which the numbers'
# grammar does not read (a number inside a word): "hơi nướctăng1.06%;" (1,06 % meant).
_GLUED_PERCENT = re.compile(
    r"(?:tăng|giảm|đạt|chiếm)(?P<run>[0-9]{1,3}\.[0-9]{1,2})\s?\Z", re.IGNORECASE
)


# A count opening its paragraph (a line broken inside a sentence), its last group wrong and a
# noun of things counted whole after it, lower-case: "30.73 con gia súc, gia cầm bị chết" (a
# heading's number is followed by its title, with a capital: "2.1 Công tác hội viên").  The
# grammar takes a number at the start of a line for a heading's and reports nothing there.  A
# number of one digit before its dot ("2.13 hộ ...") may still be a heading's: not judged.
_HEAD_COUNT = re.compile(
    r"[ \t]*(?P<run>[1-9]\d{1,2}\.\d{1,2}|[1-9]\d{0,2}(?:\.\d{3})*\.\d{4})"
    rf" (?:{_counted_nouns()})(?![^\W\d_])"
)


_HEAD_CHARS = frozenset("123456789 \t")


def check_malformed(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 3 in one paragraph.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("tổng trị giá 992.0000 đồng")
    >>> [(f.code, f.column, f.stated) for f in check_malformed(ParagraphContext.of(para))]
    [('malformed-number', 14, '992.0000')]
    >>> [para] = Splitter().feed("4.3. Tham gia các chương trình")
    >>> list(check_malformed(ParagraphContext.of(para)))
    []
    >>> [para] = Splitter().feed("có 12,683 lượt đoàn viên thanh niên tham dự")
    >>> [(f.stated, f.computed) for f in check_malformed(ParagraphContext.of(para))]
    [('12,683', '12.683')]
    """
    paragraph, file = context.paragraph, context.file
    text = paragraph.text
    seen: set[int] = set()  # the starts reported
    tried: set[int] = set()  # the starts of the grammar's errors judged
    for err in context.errors or ():
        start, stop = _token_span(text, err.offset or 0)
        token = text[start:stop]
        if start in tried or not token:
            continue
        tried.add(start)
        if not _judged(text, start, stop):
            continue
        seen.add(start)
        yield make_finding(
            paragraph,
            start,
            "malformed-number",
            {"token": token, "reason": _reason(err), "suggestion": _did_you_mean(err)},
            file=file,
            stated=token,
            computed=err.suggestions[0] if err.suggestions else None,
        )
    if "." in text:
        for start, stop in _lost_heads(context):
            token = text[start:stop]
            yield make_finding(
                paragraph,
                start,
                "malformed-number",
                {
                    "token": token,
                    "reason": fragment("lost-leading-digits"),
                    "suggestion": "",
                },
                file=file,
                stated=token,
            )
    if text[:1] in _HEAD_CHARS:
        head = _HEAD_COUNT.match(text)
        if head is not None and head.start("run") not in seen:
            start, stop = head.span("run")
            seen.add(start)
            token = head.group("run")
            yield make_finding(
                paragraph,
                start,
                "malformed-number",
                {"token": token, "reason": fragment("bad-last-group"), "suggestion": ""},
                file=file,
                stated=token,
            )
    if "%" in text:
        at = text.find("%")
        while at >= 0:
            m = _GLUED_PERCENT.search(text, max(0, at - 14), at)
            at = text.find("%", at + 1)
            if m is None or m.start("run") in seen:
                continue
            seen.add(m.start("run"))
            yield _decimal_dot(paragraph, m.start("run"), m.group("run"), file)
    if "/" in text:
        for start, stop, decimal in _fraction_sides(text):
            if start in seen:
                continue
            seen.add(start)
            token = text[start:stop]
            if decimal:
                yield _decimal_dot(paragraph, start, token, file)
                continue
            yield make_finding(
                paragraph,
                start,
                "malformed-number",
                {"token": token, "reason": fragment("bad-last-group"), "suggestion": ""},
                file=file,
                stated=token,
            )
    for start, stop, noun in _comma_counts(context):
        if start in seen:
            continue
        token = text[start:stop]
        grouped = token.replace(",", ".")
        yield make_finding(
            paragraph,
            start,
            "malformed-number",
            {
                "token": token,
                "reason": (
                    fragment("count-with-decimals", noun=noun)
                    if noun
                    else fragment("three-zero-decimals")
                ),
                "suggestion": fragment(
                    "did-you-mean", suggestions=Localized(repr(grouped), repr(grouped))
                ),
            },
            file=file,
            stated=token,
            computed=grouped,
        )


def _decimal_dot(paragraph: Paragraph, start: int, token: str, file: str | None) -> Finding:
    """A decimal written with the dot of English: ``1.06`` for ``1,06``."""
    comma = token.replace(".", ",")
    return make_finding(
        paragraph,
        start,
        "malformed-number",
        {
            "token": token,
            "reason": fragment("not-the-vietnamese-way"),
            "suggestion": fragment("did-you-mean", suggestions=Localized(repr(comma), repr(comma))),
        },
        file=file,
        stated=token,
        computed=comma,
    )


def _reason(err: NumberFormatError) -> Localized:
    """What is wrong with the number, from its error's code (without where it is)."""
    if err.code is None:
        return Localized(fragment("not-the-vietnamese-way").vi, err.describe("en"))
    return Localized(err.describe("vi"), err.describe("en"))


def _did_you_mean(err: NumberFormatError) -> Localized | str:
    if not err.suggestions:
        return ""
    either = fragment("or").join([Localized(repr(s), repr(s)) for s in err.suggestions])
    return fragment("did-you-mean", suggestions=either)


def _token_span(text: str, offset: int) -> tuple[int, int]:
    """The run of digits, dots and commas around *offset* (trailing punctuation dropped)."""
    offset = min(max(offset, 0), len(text))
    start = offset
    while start > 0 and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    stop = offset
    while stop < len(text) and text[stop] in _NUMBER_CHARS:
        stop += 1
    while stop > start and text[stop - 1] in ".,":
        stop -= 1
    while start < stop and text[start] in ".,":
        start += 1
    return start, stop


# Over a count written with thousands dots: "đạt 2.77/2.816", "903.72/715.159 hộ dân" (the
# denominator a count of one thousand or more, its groups right).
_OVER_GROUPED_COUNT = re.compile(r"\s?/\s?[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]?\d)")
# A word of a date right before: "ngày 2.12/2.016" may be a date miswritten.
_DATE_WORD_BEFORE = re.compile(r"(?<!\w)(?:ngày|hôm|tháng|năm)\s*\Z", re.IGNORECASE)
# A day and a month after a day's word or a time of day (``day_words``, ``times_of_day`` of
# numbers/data/label_nouns.toml): "đến 22 giờ ngày 9.9 mưa bão số 3 đã làm ...", "sáng 9.9 tại
# ..." is a date whatever word follows it (a word after a decimal would be its unit).
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\Z")
_DAY_LEAD_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation([*day_words(), *times_of_day()], r'\s+')})\s+\Z", re.IGNORECASE
)


# A position in degrees and decimal minutes: "có tọa độ 20-51.03N, 107-05.10E",
# "vĩ độ 17°15.5' Bắc": the minutes (under 60) after the degrees and a hyphen or a degree sign,
# a hemisphere letter right after, or a word of coordinates just before.
_MINUTES = re.compile(r"[0-5]?\d\.\d{1,4}\Z")
_DEGREES_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}\s?[-°º]\s?\Z")
_HEMISPHERE_AFTER = re.compile(r"\s?['′]?\s?[NSEW](?![^\W\d_])")
_COORDINATES_BEFORE = re.compile(
    r"\b(?:tọa|toạ)\s+độ\b[^;.!?\n]{0,40}\Z|\b(?:vĩ|kinh)\s+độ\b[^;!?\n]{0,12}\Z", re.IGNORECASE
)


def _coordinate(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is the minutes of a position in degrees and minutes.

    >>> t = "có tọa độ 20-51.03N, 107-05.10E"
    >>> _coordinate(t, t.index("51.03"), t.index("51.03") + 5)
    True
    >>> t = "tăng 20-51.03 người"
    >>> _coordinate(t, t.index("51.03"), t.index("51.03") + 5)
    False
    """
    if not _MINUTES.match(text, start, stop):
        return False
    before = text[max(0, start - 60) : start]
    if _DEGREES_BEFORE.search(before) and _HEMISPHERE_AFTER.match(text, stop):
        return True
    return _COORDINATES_BEFORE.search(before) is not None


class _Memo(threading.local):
    """What :func:`_judged` and :func:`_count_among_groups` found in the last paragraph read:
    the rule and rule continued-totals ask the same of every malformed run of a paragraph, and
    a paragraph (a long line) may have many runs, each of which would search its whole text
    for the Vietnamese notation (speed; linear time).  One paragraph's text is held (so that
    its identity is not taken by another text), with one answer a run of it; one memo a thread
    (two threads checking two texts never share answers)."""

    def __init__(self) -> None:
        self.text = ""
        self.judged: dict[tuple[int, int], bool] = {}
        self.notation: bool | None = None

    def of(self, text: str) -> _Memo:
        """This memo, emptied first unless it holds *text* already."""
        if text is not self.text:
            self.text = text
            self.judged = {}
            self.notation = None
        return self


_MEMO = _Memo()
# A day named by the same number as its month ("9.9", "11.11", "12.12": shopping days).
_TWIN_DAY = re.compile(r"(\d{1,2})\.\1")
_TWIN_DAY_IN = re.compile(r"(?<![\d.,])(\d{1,2})\.\1(?![\d.,]?\d)")


def _judged(text: str, start: int, stop: int) -> bool:
    """Whether the malformed run ``text[start:stop]`` is evidently meant as a quantity (found
    once for each run of a paragraph; see :class:`_Memo`)."""
    judged = _MEMO.of(text).judged
    found = judged.get((start, stop))
    if found is None:
        found = judged[start, stop] = _judge_run(text, start, stop)
    return found


def _judge_run(text: str, start: int, stop: int) -> bool:
    """:func:`_judged`, made anew."""
    token = text[start:stop]
    if _coordinate(text, start, stop):
        return False  # "tọa độ 20-51.03N": minutes of a position, no thousands
    if token.count(",") >= 2 and _AND_A_NUMBER.match(text, stop) and not _COMMA_GROUPS.match(token):
        # "các kỳ họp 7,11,14,17,20,24 và 31" (baothanhhoa.vn, 2025): numbers listed without
        # spaces and closed by "và 31", no number with its groups of three ("1,234,567").
        return False
    if _DAY_MONTH.match(token) and _DAY_LEAD_BEFORE.search(text, max(0, start - 20), start):
        return False  # a day and month after its word: "đến 22 giờ ngày 9.9 mưa bão đã làm ..."
    twin = _TWIN_DAY.fullmatch(token)
    if (
        twin is not None
        and int(twin.group(1)) <= 12
        and not _AMOUNT_AFTER.match(text, stop)
        and not _COUNTED_AFTER.match(text, stop)
        and not text.startswith("%", stop)
        and not text.startswith(" %", stop)
        and len(_TWIN_DAY_IN.findall(text)) >= 2
    ):
        # "sale hè 6.6, ... siêu sale 9.9, ngày độc thân 11.11, ... sale cuối năm 12.12"
        # (thanhnien.vn, 2026): days named by a day equal to their month, several in a row.
        return False
    if _OVER_GROUPED_COUNT.match(text, stop) and "." in token:
        # The numerator of a fraction whose denominator is a count written with its thousands
        # groups: a count of the same thing, no section number nor date ("đạt 2.77/2.816").
        before = text[max(0, start - 30) : start]
        return not (
            _DOTTED_DATE.match(token)
            or (token.startswith("0") and token[1:2].isdigit())
            or _REFERENCE_BEFORE.search(before)
            or _CODE_BEFORE.search(before)
            or _DATE_WORD_BEFORE.search(before)
        )
    if _SECTION.match(token) and not _looks_like_decimal(text, stop):
        # 1.1, 4.3, 1.2.3: section numbers, unless a unit follows (1.40 tỷ) or the run is an
        # item of a list of counts ("(trong đó làm ăn xa 859, xóa 3.70, ...)")
        before = text[max(0, start - 30) : start]
        return (
            _CLAUSE_CLOSED.match(text, stop) is not None
            or _RANGE_AFTER.match(text, stop) is not None
        ) and (
            not _REFERENCE_BEFORE.search(before)
            and not _CODE_BEFORE.search(before)
            and (_item_of_counts(text, start) or _count_among_groups(text, start, stop))
        )
    counted = _COUNTED_AFTER.match(text, stop) is not None
    if _DOTTED_DATE.match(token) or (_GENERATION.match(token) and not counted):
        return False
    before = text[max(0, start - 30) : start]
    if _MONTH_YEAR.match(token) and _MONTH_BEFORE.search(before):
        return False  # a month of a year: "trong tháng 5.2015 tổng lượt khách ..."
    if (
        _TIME.match(token)
        and not counted
        and (
            _TIME_BEFORE.search(before)
            or _TIME_AFTER.match(text, stop)
            or _TIME_RANGE_BEFORE.search(before)
        )
    ):
        return False  # a time of day: "lúc 7.30", "7.30 sáng", "13.30 - 17.00"
    head = token.split(".")[0].split(",")[0]
    if head.startswith("0") and len(head) >= 2:
        return False  # telephone numbers, codes: 0293.3876.543
    if not before.strip() and not _AMOUNT_AFTER.match(text, stop):
        return False  # at the start of a paragraph: a heading number, unless "1.40 tỷ đồng"
    if counted and not _STRUCTURE_BEFORE.search(before):
        return True  # "tại 3.17 chi hội": branches hold no fraction
    if _REFERENCE_BEFORE.search(before):
        return False
    if _UNIT_AFTER.match(text, stop) or _CUE_BEFORE.search(before):
        return True
    return _labelled_count(text, start, stop) or _count_among_groups(text, start, stop)


# A list of numbers closed by its last one; a run grouped by commas in threes (English style).
_AND_A_NUMBER = re.compile(r"\s+(?:và|hoặc)\s+\d")
_COMMA_GROUPS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+\Z")


def _labelled_count(text: str, start: int, stop: int) -> bool:
    """``hội viên nòng cốt 50.7308,``: a run with a wrong last group closing a clause whose
    words name a counted noun (a list item's label), not a code or a name."""
    if not _BAD_LAST_GROUP.match(text, start, stop) or not _CLAUSE_CLOSED.match(text, stop):
        return False
    reach = text[max(0, start - _LABEL_REACH) : start]
    label = _CLAUSE_START.split(reach)[-1]
    if _CODE_BEFORE.search(label) or _NOT_A_COUNT.search(label):
        return False
    return _COUNTED_HEAD.match(label) is not None or _item_of_counts(text, start)


# Round 14: a run with a wrong last group where a count stands, in a paragraph that writes its
# numbers the Vietnamese way.  The paragraph's notation: a decimal comma ("tăng 7,25%", "là
# 90,02;"), two thousands dots ("1.559.250"), round thousands ("9.000") or a count of things
# counted whole written with its groups ("18.828 nhà", "1.120 hộ"): a dot there groups
# thousands, so a short group is a slip, whichever notation the writer meant.
_VIETNAMESE_NOTATION = re.compile(
    r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,]?\d)"
    r"|(?<![\d.,])[1-9]\d{0,2}\.\d{3}\.\d{3}(?![\d.,]?\d)"
    r"|(?<![\d.,])[1-9]\d{0,2}\.000(?![\d.,]?\d)"
    rf"|(?<![\d.,])[1-9]\d{{0,2}}\.\d{{3}}\s(?:{_counted_nouns()})(?![^\W\d_])"
)
# Where a count stands: after a cue (là, đạt, có, tổng...: _CUE_BEFORE), before its share
# ("24.27, chiếm 66,47%"), at one end of a range whose other end is a count with its groups
# ("khoảng 7.20 – 7.500 tấn"), or as the figure of a named item among named counts
# ("(Nghệ An 17.48, Hà Tĩnh 1.339)", "Tuyên Quang 3.7749, Lạng Sơn 604").
# An index, a score or a measure of nature, which may hold decimals: "chỉ số PCI đạt 65.31",
# "mực nước là 7.25", "GRDP bình quân đầu người".
_INDEX = re.compile(
    r"\b(?:chỉ\s+số|tỷ\s+số|tỉ\s+số|nhiệt\s+độ|lượng\s+mưa|mực\s+nước|PCI|PAPI|PAR|SIPAS|"
    r"GRDP|GDP|CPI|HDI|ICOR)\b",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(r"\s*,?\s*(?:chiếm|bằng)\s", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:-|–|đến|tới)\s*[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]?\d)")
_RANGE_BEFORE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+\s*(?:-|–|đến|tới)\s*\Z")
_WHOLE = r"(?:[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{2,})"
_NAME = r"(?:[^\W\d_]+\s+){0,3}"  # the words of a name after its capital
_NAMED_BEFORE = re.compile(rf"(?:[,;(:]|\bvà|\blà)\s*(?P<name>[^\W\d_]{_NAME})\Z")
_SIBLING_AFTER = re.compile(
    rf"\s*(?:[,;]|\svà)\s*(?P<name>[^\W\d_]\w*\s+{_NAME}){_WHOLE}(?![\d.,]?\d)"
    r"\s*(?:[,;)\n]|\.(?!\d)|\svà\s|\Z)"
)
_SIBLING_BEFORE = re.compile(rf"(?<![\d.,]){_WHOLE}\s*[,;]\s*(?P<name>[^\W\d_]{_NAME})\Z")


def _capitalised(name: str) -> bool:
    return name[:1].isupper()


def _count_among_groups(text: str, start: int, stop: int) -> bool:
    """``là 73.37,`` (beside "tăng 7,25%"), ``Nghệ An 869.78, Hà Tĩnh 349.370``: a run with a
    wrong last group where a count stands, in a paragraph that writes its numbers the
    Vietnamese way (:data:`_VIETNAMESE_NOTATION`).  A measure, an average or a rate in its
    clause (``tỷ lệ là 73.37``), a code, a reference or a date's word stays quiet.

    >>> t = "Số đảng viên nữ là 73.37, tăng 7,25%."
    >>> _count_among_groups(t, t.index("73"), t.index("73") + 5)
    True
    >>> t = "Điểm trung bình là 7.25, tăng 0,5 điểm."
    >>> _count_among_groups(t, t.index("7.25"), t.index("7.25") + 4)
    False
    """
    if not _BAD_LAST_GROUP.match(text, start, stop):
        return False
    before = text[max(0, start - 40) : start]
    if _code_or_reference(before) or _DATE_WORD_BEFORE.search(before):
        return False
    clause = _CLAUSE_START.split(text[max(0, start - _LABEL_REACH) : start])[-1]
    if _MEASURE_LABEL.search(clause) or _NOT_A_COUNT.search(clause) or _INDEX.search(clause):
        return False
    closed = _CLAUSE_CLOSED.match(text, stop) is not None
    if not (
        (closed and _CUE_BEFORE.search(before))
        or _SHARE_AFTER.match(text, stop)
        or _RANGE_AFTER.match(text, stop)
        or _RANGE_BEFORE.search(before)
        or (closed and _named_item(text, start, stop, before))
    ):
        return False
    if stop - start >= 6 and text[stop - 5] == "." and _named_item(text, start, stop, before):
        return True  # "Tuyên Quang 3.7749, Lạng Sơn 604": four decimals among counts
    memo = _MEMO.of(text)
    if memo.notation is None:  # searched once a paragraph
        memo.notation = _VIETNAMESE_NOTATION.search(text) is not None
    return memo.notation


def _named_item(text: str, start: int, stop: int, before: str) -> bool:
    """The run is the figure of a named item (``Nghệ An 17.48``) beside another named item
    with a whole count (``, Hà Tĩnh 1.339``)."""
    named = _NAMED_BEFORE.search(before)
    if named is None or not _capitalised(named.group("name")):
        return False
    after = _SIBLING_AFTER.match(text, stop)
    if after is not None and _capitalised(after.group("name")):
        return True
    prior = _SIBLING_BEFORE.search(text, max(0, start - 60), start)
    return prior is not None and _capitalised(prior.group("name"))


# The parts of a count opened in brackets or after "trong đó" ("giảm 8.787 hội viên (trong đó
# làm ăn xa 859, xóa 3.705, trưởng thành 4.223)"): each item a few words and a whole number.
_COUNTS_OPEN = re.compile(
    rf"(?<![\d.,])[1-9]\d{{0,2}}(?:\.\d{{3}})*\s+(?:{_counted_nouns()})(?![^\W\d_])"
    r"[^\d;.!?\n()]{0,30}?(?:\(\s*(?:trong\s+đó|gồm|bao\s+gồm)\s*:?|[,:]?\s*trong\s+đó\s*:?)",
    re.IGNORECASE,
)
# An item before the run: a label of words (no unit or amount after its figure) and a count.
_COUNT_ITEM = re.compile(r"\s*[^\W\d_][^\d;.!?\n()%]{0,40}?\s(?:[1-9]\d{0,2}(?:\.\d{3})*|0)\s*,")
_ITEM_LABEL = re.compile(r"\s*[^\W\d_][^\d;.!?\n()%]{0,40}?\s\Z")
_LIST_REACH = 200
# A label of a measure, an average or a code, whose figure may hold decimals ("tuổi bình quân
# 3.70", "diện tích 3.70", "tỷ lệ 3.70", "điểm 8.25", "mã 12.34").
_MEASURE_LABEL = re.compile(
    r"\b(?:bình\s+quân|trung\s+bình|mỗi|hệ\s+số|tỷ\s+lệ|tỉ\s+lệ|diện\s+tích|điểm|tuổi|độ|"
    r"giá|mức|chiều|số\s+tiền|kinh\s+phí|mã|số\s+hiệu|ký\s+hiệu|trọng\s+lượng|khối\s+lượng)\b",
    re.IGNORECASE,
)


def _item_of_counts(text: str, start: int) -> bool:
    """``xóa 3.70,`` among "8.787 hội viên (trong đó làm ăn xa 859, xóa 3.70, ...)": a run with a
    wrong last group, labelled by words, after at least one item of whole counts of a list that
    opens after a count of a counted noun (its parts count the same thing: no fraction)."""
    reach = max(0, start - _LIST_REACH)
    opened = None
    for found in _COUNTS_OPEN.finditer(text, reach, start):
        opened = found  # the last list opened before the run
    if opened is None:
        return False
    at, items = opened.end(), 0
    while (item := _COUNT_ITEM.match(text, at, start)) is not None:
        at, items = item.end(), items + 1
    label = _ITEM_LABEL.fullmatch(text, at, start)
    return items > 0 and label is not None and _MEASURE_LABEL.search(label.group()) is None


def _looks_like_decimal(text: str, stop: int) -> bool:
    """``1.40 tỷ``, ``74.87%``: one dot and a unit or ``%`` right after it."""
    start = stop
    while start > 0 and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    if text.count(".", start, stop) != 1:
        return False
    return bool(_UNIT_AFTER.match(text, stop)) and not _NO_UNIT_AFTER.match(text, stop)


#: Rule malformed: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("malformed", check_malformed, ("malformed-number",))
