"""Rule 2f: prizes counted by grade, against the total of prizes (or of prize winners) stated
right before them.

"Tỉnh Phú Thọ có 229 học sinh đạt giải. Trong đó 11 giải Nhất; 64 giải Nhì; 65 giải Ba và 89
giải Khuyến khích": a contest gives each winner one prize, of one grade, so counts of distinct
grades are distinct parts of the winners (or of the prizes) counted before them.  The grades a
report names are those of one scale: *giải Nhất*, *Nhì*, *Ba*, *Khuyến khích*; *giải A*, *B*,
*C*, *Khuyến khích*; *huy chương Vàng*, *Bạc*, *Đồng* (*HCV*, *HCB*, *HCĐ*).

**The list.**  Two or more counts next to each other (only a comma, a semicolon, *và* between
one part's words and the next figure), each followed, in its own item, by exactly one grade
("11 giải Nhất", "11 em đoạt giải Nhất", "1 tác phẩm đạt Huy chương Vàng"), every grade a
different one of one scale.

**The total.**  Either in the list's own sentence, the last count before the list with only
words between them that open a list (*gồm*, *bao gồm*, *trong đó*, *cụ thể*, a colon: "giành
được 70 giải; gồm 2 giải nhất, ..."), or, when the list's sentence opens with *Trong đó*, *Cụ
thể*, *Theo đó*, *Gồm*, *Bao gồm*, the last count of the sentence right before it (same line).
The total must count prizes (*giải*, *huy chương*) or winners said to have won ("229 học sinh
đạt giải", "25 tác phẩm ... được trao giải", "86/90 học sinh đoạt giải": the numerator).

**What is compared.**  The parts may not add up to more than the total (``total-mismatch``).
They must make it exactly when their grades cover the whole scale (*Nhất*, *Nhì*, *Ba* and
*Khuyến khích*; *A*, *B*, *C* and *Khuyến khích*; *Vàng*, *Bạc* and *Đồng*).

Why it stays quiet on the near-misses:

* a list with no total right before it (the rules of a contest, "Trao 5 giải A, 15 giải B ...
  đối với Giải Gian trưng bày"), or whose total comes after it ("Trường này đóng góp 1 giải
  nhì, 1 giải ba và 7 giải khuyến khích trong thành tích 72 giải ...": a school's share of a
  province's prizes);
* a list that goes on with a figure of no grade ("31 Giải Khuyến khích 02 giải ngoài cơ cấu",
  "06 giải Khuyến khích; 02 giải phụ"): the grades are then not all the parts;
* the whole scale is not claimed when the text names prizes outside it (*đặc biệt*, *giải
  phụ*, *ngoài cơ cấu*, *tập thể*), nor when a grade is missing ("26/26 học sinh ... đoạt giải,
  trong đó có 7 giải Nhất, 14 giải Nhì, 3 giải Ba": the consolation prizes may be left out);
* a total of contestants ("54 học sinh dự thi"), a change ("tăng 12 giải so với năm 2024"), a
  bound (*hơn*, *gần*), a figure in brackets, a share or an amount is no total;
* the same grade twice ("3 giải Nhất; môn Vật lý: 2 giải Nhất": prizes by subject), a grade
  named with no count, amounts per grade ("giải Nhất 5 triệu đồng, giải Nhì 3 triệu") are no
  list;
* one total is reported once, whichever rule reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Final

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._figures_table import sentence_spans
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import lowered
from hoiquanchung.checker._rules import sum_of_terms, total_mismatch
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound

__all__ = ["CHECK", "check_prize_grades", "grade_of"]

# A cheap test before any reading: a grade's words in the paragraph's lower-case text (made
# once for the rules of a paragraph), by substring, then the grade after "giải" by a search
# of that text only.
_CHEAP = re.compile(r"giải\s+(?:nhất|nhì|ba|khuyến|[abc](?!\w))")
_CHEAP_MEDAL = re.compile(r"(?<!\w)hc(?:[vbđ](?!\w)|\s*(?:vàng|bạc|đồng))")  # not "TP.HCM"


def _may_hold_grades(text: str) -> bool:
    """Whether *text* may name a prize grade (``False``: it names none; speed).

    >>> _may_hold_grades("gồm 2 Giải Nhất"), _may_hold_grades("giải quyết 5 đơn, giải ngân")
    (True, False)
    """
    low = lowered(text)
    if "huy chương" in low or ("hc" in low and _CHEAP_MEDAL.search(low) is not None):
        return True
    return "giải" in low and _CHEAP.search(low) is not None


# One grade: (scale, value).  "giải Ba" is a grade only with its capital or right after "giải".
_GRADE = re.compile(
    r"(?<!\w)(?:"
    r"giải\s+(?P<rank>nhất|nhì|ba|khuyến\s+khích)"
    r"|giải\s+(?P<letter>[ABC])(?!\w)"
    r"|(?:huy\s+chương|HC)\s*(?P<medal>vàng|bạc|đồng)"
    r"|HC(?P<short>[VBĐ])"
    r")(?!\w)",
    re.IGNORECASE,
)
_LETTER_CASE = re.compile(r"giải\s+[ABC](?!\w)")  # the letters as written: capitals only
_MEDALS = {"v": "vàng", "b": "bạc", "đ": "đồng"}
_WHOLE = {
    "rank": frozenset({"nhất", "nhì", "ba", "khuyến khích"}),
    "letter": frozenset({"a", "b", "c", "khuyến khích"}),
    "medal": frozenset({"vàng", "bạc", "đồng"}),
}
# What stands between one part's item and the next figure of the list.
_ITEM_END = re.compile(r"[,;.(:)\n]|\svà\s")
_BETWEEN = re.compile(r"[\s,;]*(?:và\s+)?\Z", re.IGNORECASE)
# After the list's last grade: another figure, with or without a comma, goes on with the list.
_GOES_ON = re.compile(r"[\s,;]*(?:và\s+)?(?:\d|một\s|hai\s)", re.IGNORECASE)
# Words between a total and its list, in one sentence (matched from a position: no \\A).
_OPENS = re.compile(
    r"[^\d]{0,120}?(?:\b(?:bao\s+gồm|gồm\s+có|gồm|trong\s+đó|trong\s+số\s+đó|cụ\s+thể|với)\b|:)"
    r"[^\d]{0,40}\Z",
    re.IGNORECASE,
)
# A sentence that opens a list breaking down a figure of the sentence before.
_MARKER = re.compile(
    r"[\s\u2060\-–+•*]*(?:trong\s+đó|trong\s+số\s+(?:đó|này)|cụ\s+thể|theo\s+đó|bao\s+gồm|gồm)\b"
    r"[^\d]{0,80}\Z",
    re.IGNORECASE,
)
_PRIZES = frozenset({"giải", "giải thưởng", "huy chương", "hc", "bộ huy chương"})
_WON = re.compile(
    r"(?<!\w)(?:đạt|đoạt|giành|nhận|được\s+trao|trao|được\s+tặng)(?:\s+được)?\s+"
    r"(?:các\s+)?(?:giải|huy\s+chương)",
    re.IGNORECASE,
)
# "trao giải cho 23 tác phẩm": the winning said before the total.
_WON_BEFORE = re.compile(
    r"(?<!\w)(?:trao|tặng|đạt|đoạt|giành)\s+(?:giải|huy\s+chương)(?:\s+thưởng)?\s+cho\s+\Z",
    re.IGNORECASE,
)
# "Trong 1.355 học sinh đoạt các giải này, có 93 giải Nhất, ...": the total opens the sentence.
_AMONG = re.compile(r"[\s\u2060]*trong\s+(?:tổng\s+)?(?:số\s+)?\Z", re.IGNORECASE)
# "Trong số 40 học sinh lớp 10 đạt giải, có ...": the school year names the winners, no count.
_CLASS = re.compile(r"(?<!\w)(?:lớp|khối)\s+\d{1,2}(?!\d)", re.IGNORECASE)
_CONTESTANTS = re.compile(
    r"(?<!\w)(?:dự\s+thi|tham\s+dự|tham\s+gia|đăng\s+ký)(?!\w)", re.IGNORECASE
)
_CHANGE = re.compile(
    r"(?<!\w)(?:tăng|giảm|hơn|nhiều\s+hơn|ít\s+hơn|thêm|vượt)\s*(?:thêm\s*)?\Z", re.IGNORECASE
)
_OUTSIDE = re.compile(
    r"(?<!\w)(?:đặc\s+biệt|đặt\s+biệt|giải\s+phụ|ngoài\s+cơ\s+cấu|tập\s+thể|toàn\s+đoàn)(?!\w)",
    re.IGNORECASE,
)
_OWNER = re.compile(r"(?<!\w)(?:của|thuộc|đến\s+từ)\s+(?:các\s+)?\Z", re.IGNORECASE)
_NOT_COUNTS = frozenset({"%", "đồng", "usd", "năm", "tuổi", "điểm", "tháng", "ngày"})
_WINDOW = 60  # characters after a total where its winning is said
_MAX_PARTS = 12


def grade_of(label: str) -> tuple[str, str] | None:
    """The one grade named in *label* (the words after a count, up to its item's end), as
    ``(scale, value)``, or ``None`` (no grade, or two).

    >>> grade_of(" giải Nhất"), grade_of(" em đoạt giải Nhì"), grade_of(" HCĐ")
    (('rank', 'nhất'), ('rank', 'nhì'), ('medal', 'đồng'))
    >>> grade_of(" tác phẩm đạt Giải Khuyến khích"), grade_of(" giải A"), grade_of(" giải a")
    (('rank', 'khuyến khích'), ('letter', 'a'), None)
    >>> grade_of(" giải nhất, giải nhì"), grade_of(" giải quyết xong")
    (None, None)
    """
    found = list(_GRADE.finditer(label))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("rank"):
        return "rank", " ".join(m.group("rank").casefold().split())
    if m.group("letter"):
        if not _LETTER_CASE.match(label, m.start()):
            return None
        return "letter", m.group("letter").casefold()
    if m.group("medal"):
        return "medal", m.group("medal").casefold()
    return "medal", _MEDALS[m.group("short").casefold()]


def _countable(m: Mention) -> bool:
    unit = (m.unit or "").casefold()
    return (
        m.bound is Bound.EXACT
        and m.fraction != "denominator"
        and m.range_end is None
        and unit not in _NOT_COUNTS
        and m.value == m.value.to_integral_value()
    )


def _lists(
    text: str, mentions: Sequence[Mention], base: int
) -> Iterator[tuple[int, list[tuple[Mention, tuple[str, str]]], int]]:
    """Each list of counts by grade in *text*: (index of its first mention, its parts, the
    index in *text* where it ends)."""
    i, n = 0, len(mentions)
    while i < n:
        run: list[tuple[Mention, tuple[str, str]]] = []
        end = 0
        j = i
        while j < n:
            m = mentions[j]
            at = m.end - base
            if run and not _BETWEEN.match(text[end : m.start - base]):
                break
            cut = _ITEM_END.search(text, at)
            stop = cut.start() if cut is not None else len(text)
            # the item from the figure on: the count's noun may be the grade's ("11 giải Nhất")
            grade = grade_of(text[m.start - base : stop]) if _countable(m) else None
            if grade is None:
                break
            run.append((m, grade))
            end = stop
            j += 1
        if len(run) >= 2:
            yield i, run, end
            i = j
        else:
            i += 1


def _parts_agree(run: Sequence[tuple[Mention, tuple[str, str]]]) -> bool:
    """One scale (consolation prizes go with any), every grade a different one."""
    scales = {scale for _, (scale, value) in run if value != "khuyến khích"}
    values = [value for _, (_, value) in run]
    return len(scales) <= 1 and len(set(values)) == len(values) and len(run) <= _MAX_PARTS


def _winners(text: str, total: Mention, base: int, mentions: Sequence[Mention]) -> bool:
    """Whether *total* counts prizes, or winners said to have won."""
    unit = (total.unit or "").casefold()
    if total.fraction == "numerator":
        after = [m for m in mentions if m.start >= total.end]
        if after and after[0].fraction == "denominator":
            unit = (after[0].unit or "").casefold()
    at = total.end - base
    window = text[at : at + _WINDOW]
    if unit in _PRIZES or _WON_BEFORE.search(
        text, max(0, total.start - base - 30), total.start - base
    ):
        return True
    if total.fraction != "numerator" and _CONTESTANTS.search(window.split(",")[0]):
        return False
    return _WON.search(window) is not None


def _total_before(
    text: str, mentions: Sequence[Mention], base: int, start: int, stop: int
) -> Mention | None:
    """The last count of ``text[start:stop]`` that may be a total of prizes, or ``None``."""
    inside = [m for m in mentions if start <= m.start - base and m.end - base <= stop]
    # A bare number that is no fraction's numerator names rather than counts ("16 học sinh
    # khối 9 đạt giải": the 9 is the school year, the total is the 16).
    candidates = [
        m
        for m in inside
        if (m.unit or "").casefold() not in _NOT_COUNTS
        and m.fraction != "denominator"
        and (m.unit or m.fraction == "numerator")
    ]
    # "58 tác phẩm xuất sắc của 5 loại hình báo chí để trao giải, trong đó có 10 giải A, ..."
    # (baophutho.vn, 2026): a count after "của" (thuộc, đến từ) says whose the count before it
    # is, it counts no prize; the last count that is no owner's may be the total.
    while candidates and _OWNER.search(
        text, max(0, candidates[-1].start - base - 16), candidates[-1].start - base
    ):
        candidates.pop()
    if not candidates:
        return None
    total = candidates[-1]
    t = total.start - base
    if (
        not _countable(total)
        or _CHANGE.search(text, max(0, t - 16), t)
        or text.count("(", 0, t) > text.count(")", 0, t)
        or _graded(text, total, base)
    ):
        return None
    return total


def _graded(text: str, count: Mention, base: int) -> bool:
    """Whether *count* names its own grade, a part of another list rather than a total: "bảng
    A ... gồm 1 giải Nhất, 6 giải Nhì, 9 giải Ba; bảng B ... gồm 1 giải Nhất, 5 giải Nhì, 9 giải
    Ba" (vietnamplus.vn, 2025): board A's "9 giải Ba" is no total of board B's prizes.

    >>> from hoiquanchung.checker import check_text as check
    >>> check("Bảng A gồm 6 giải Nhì, 9 giải Ba; bảng B gồm 1 giải Nhất, 5 giải Nhì, 7 giải Ba")
    []
    >>> [f.computed for f in check("Có 12 giải; gồm 1 giải Nhất, 5 giải Nhì, 7 giải Ba.")]
    ['13 giải']
    """
    at = count.end - base
    cut = _ITEM_OR_FIGURE.search(text, at)
    return grade_of(text[count.start - base : cut.start() if cut else len(text)]) is not None


# The end of a count's own item: its list's punctuation, or the next figure ("60/10 HS đoạt
# giải với 2 giải nhất": the grade is the next count's).
_ITEM_OR_FIGURE = re.compile(r"[,;.(:)\n\d]|\svà\s")


def _past_denominator(total: Mention, mentions: Sequence[Mention]) -> int:
    """Where *total* ends, past its denominator when it is a numerator ("26/26 học sinh")."""
    if total.fraction == "numerator":
        for m in mentions:
            if m.start >= total.end:
                return m.end if m.fraction == "denominator" else total.end
    return total.end


def check_prize_grades(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2f in the paragraph of *context*.

    >>> from hoiquanchung.checker import check_text
    >>> t = ("Tỉnh có 229 học sinh đạt giải. Trong đó 11 giải Nhất; 64 giải Nhì; 65 giải Ba"
    ...      " và 79 giải Khuyến khích.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(t)]
    [('total-mismatch', '229 học sinh', '219 học sinh')]
    """
    if len(context.mentions) < 3 or not _may_hold_grades(context.text):
        return _NOTHING  # a plain function, no generator made for most paragraphs (speed)
    return _grades(context)


_NOTHING: Final[Iterator[Finding]] = iter(())


def _grades(context: ParagraphContext) -> Iterator[Finding]:
    """The findings of :func:`check_prize_grades` in a paragraph that may name a grade."""
    text = context.text
    mentions = context.mentions
    base = context.paragraph.offset
    spans: list[tuple[int, int]] | None = None
    for first, run, end in _lists(text, mentions, base):
        if not _parts_agree(run) or _GOES_ON.match(text, end):
            continue
        head = run[0][0].start - base
        if spans is None:
            spans = sentence_spans(text)
        k = next((k for k, (a, b) in enumerate(spans) if a <= head < b), None)
        if k is None:
            continue
        s_start = spans[k][0]
        total = None
        own = _total_before(text, mentions[:first], base, s_start, head)
        if own is not None and (
            _OPENS.match(text, _past_denominator(own, mentions) - base, head)
            or (
                _AMONG.match(text, s_start, own.start - base)
                and "," in text[own.end - base : head]
                and not any(c.isdigit() for c in _CLASS.sub("", text[own.end - base : head]))
            )
        ):
            total = own
        elif own is None and k > 0 and _MARKER.match(text, s_start, head):
            p_start, p_end = spans[k - 1]
            total = _total_before(text, mentions[:first], base, p_start, p_end)
            if total is not None and text[total.end - base : p_end].count(",") > 6:
                total = None  # far in a long sentence: which figure is broken down is a guess
        if total is None or not _winners(text, total, base, mentions):
            continue
        found = _compare(context, total, [m for m, _ in run], run, s_start, end)
        if found is not None:
            yield found


def _compare(
    context: ParagraphContext,
    total: Mention,
    parts: Sequence[Mention],
    run: Sequence[tuple[Mention, tuple[str, str]]],
    start: int,
    end: int,
) -> Finding | None:
    value = Decimal(0)
    for p in parts:
        value = _EXACT.add(value, p.value)
    base = context.paragraph.offset
    values = {grade for _, (_, grade) in run}
    scales = {scale for _, (scale, grade) in run if grade != "khuyến khích"}
    whole = (
        len(scales) == 1
        and _WHOLE[next(iter(scales))] <= values
        and _OUTSIDE.search(context.text, min(start, total.start - base), end + 40) is None
    )
    if value == total.value or (value < total.value and not whole):
        return None
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    if compare(stated, value).verdict is not Verdict.INCONSISTENT:
        return None
    reported = context.state.figures.reported
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return None
    reported.update(keys)
    return total_mismatch(
        context.paragraph,
        total.start - base,
        total,
        value,
        sum_of_terms(p.value for p in parts),
        file=context.file,
    )


#: Rule prize-grades: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("prize-grades", check_prize_grades, ("total-mismatch",), wording="prose")
