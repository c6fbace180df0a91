"""Rule 1: a fraction with a stated rate, recomputed at the stated precision.

The shapes recognised, each inside one clause (no digit, ``;``, ``.`` or ``!``/``?`` between the
figures, and at most a few words):

* ``x/y, đạt tỷ lệ z%``, ``x/y đơn vị, đạt tỉ lệ z %``, ``x/y (z%)``, ``x/y = z%``;
* ``z% (x/y)``, ``z%, với x/y <noun>`` (no word of change before the rate), and
  ``z% số <noun> ... (x/y <noun>)`` when the noun is the fraction's own; the fraction in that
  bracket may be written round, its scale after the denominator only or *khoảng* before it
  ("84,15% số hộ nông thôn (khoảng 14,9/18,43 triệu hộ)", cand.com.vn 2014, a real slip: 80,6
  to 81,1 %), and is then judged against every value its rounded figures admit (81 % holds);
  quiet after a word of change, with another noun or more than the fraction in the bracket
  (:func:`_round_bracket_of_rate_before`);
* ``x ... trên tổng số y ..., đạt z%``;
* ``x ... chiếm z% ... (trên|so với|trong) tổng số y``;
* ``x ... trong tổng số y ..., chiếm z%``, the share also at the start of the next sentence
  when only a few words open it (``21 nữ Ủy viên ... trong tổng số 200 ủy viên thu hút sự
  chú ý ... Dù chiếm 10,5%, ...``);
* ``x <noun>, đạt z% kế hoạch`` (or *chỉ tiêu*) after the one count of the noun stated as the
  plan before it in the sentence (``563 đơn vị theo chỉ tiêu tỉnh giao; hiện thu được 688 đơn
  vị máu, đạt 122,2% kế hoạch năm``), no other count of the noun and no change between them;
* ``tổng số <noun> ... là y; số <noun> ... là: x (đạt tỉ lệ z%)``: the whole closes its clause
  and the next opens with *số* and the whole's noun of two words;
* ``x/y ... mức độ n, đạt z%``: a standard's level between the fraction and its rate is read as
  a word (:func:`_fraction_level_rate`); ``a/b, trong đó ... c/a đạt z%``: the second fraction,
  of the first one's numerator, is not a second fraction before one rate
  (:func:`_part_of_the_numerator`);
* ``thụ lý y vụ, (đã) giải quyết x vụ, đạt z%`` (or *tiếp nhận*, *xử lý*, ``(đạt z%)``): the
  cases or letters settled among those received, both exact counts of the same noun, the rate
  closing its clause or its bracket (``đạt 98% đúng hạn`` is the rate of another whole).

The words between a fraction and its rate must say that the rate is the fraction's (*đạt*,
*tỷ lệ*, *chiếm*, *bằng*, ``=``, ``:``, a bracket, a dash; a bare comma is not enough); words of
change (*tăng*, *giảm*, *so với*, *vượt*) mean another figure, and the rule stays quiet; so
it does when a word right after the rate names another base (``112,5% so với cùng kỳ``; a
plan, ``100% kế hoạch``, is the fraction's own whole: :func:`_plan_base`), when each unit has a
rate of its own (``có tỷ lệ``), when two fractions come before one rate in a clause, and for
school years (``2023/2024``) and ratios (``tỷ số 3/2``).
The comparison itself is :func:`hoiquanchung.indicators.compare`: consistent → nothing; holds
only under another rounding rule (truncation) → ``rate-rounding`` (warning); does not hold →
``rate-mismatch`` (error); a bound that does not hold (``trên 90%``) → ``bound-violated`` (error).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._context import Check, ParagraphContext, evolved
from hoiquanchung.checker._counts import is_exact_count
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, compare
from hoiquanchung.numbers import Bound, DateMatch, Quantity, find_quantities
from hoiquanchung.numbers._vocabulary import (
    alternation,
    bound_words,
    day_words,
    person_nouns,
    scale_pattern,
    scale_words,
    times_of_day,
    weekdays,
)

__all__ = ["CHECK", "check_fractions"]

_MAX_GAP = 60
# Text allowed between a fraction and its rate: no digit, no clause end.
_GAP = re.compile(r"[^\d;.!?\n]*\Z")  # "|" may separate the cells of a table row
_CUE = re.compile(
    r"đạt|tỷ\s*lệ|tỉ\s*lệ|chiếm|bằng|=|\(|\[|:|tương\s+ứng|tương\s+đương|là\b", re.IGNORECASE
)
# Punctuation alone links a rate only with a bracket, "=", ":", a dash or a table cell: after a
# bare comma ("15/20 hội, 85% cán bộ ...") the percentage is usually another figure.
_PUNCT_ONLY = re.compile(r"[\s,]*[(\[=:–|-][\s(\[=:–|-]*\Z")
_CHANGE = re.compile(
    r"\b(?:tăng|giảm|so\s+với|vượt|hơn|kém|cao|thấp|còn\s+lại|chưa)\b", re.IGNORECASE
)
_OUT_OF = re.compile(r"\btrên\s+(?:tổng\s+số|tổng)\b[^\d;.!?\n]{0,15}\Z", re.IGNORECASE)
_SHARE = re.compile(r"\bchiếm(?:\s+tỷ\s*lệ|\s+tỉ\s*lệ)?\s*\Z", re.IGNORECASE)
_OF_TOTAL = re.compile(
    r"\A\s*(?:trên|so\s+với|trong|của)?\s*(?:tổng\s+số|tổng)\b[^\d;.!?\n]{0,30}\Z",
    re.IGNORECASE,
)
# After "tổng số <noun>": a comma, or a word that opens a breakdown or another clause; the
# whole was named without its figure.
_WHOLE_LEFT_OUT = re.compile(
    r"\btổng(?:\s+số)?\b[^\d]*(?:,|\b(?:trong\s+đó|(?:bao\s+)?gồm|cụ\s+thể|với|riêng)\b)",
    re.IGNORECASE,
)
# "21 nữ Ủy viên ... trong tổng số 200 ủy viên": the part, then the whole it is counted in.
_IN_TOTAL = re.compile(r"\b(?:trong|trên)\s+tổng\s+số\s*\Z", re.IGNORECASE)
# After the whole, up to its share: the words of its clause (no digit, no clause end), a comma
# or the sentence's end (without one, "400 hội viên chiếm 60%" may be the whole's share), then
# "chiếm" at once or after a word that refers back ("Dù chiếm", "Con số này chiếm"; a new
# subject, "Hội viên nữ chiếm 60%", is a share of another part).
_SHARE_NEXT = re.compile(
    r"\A(?:[^\d;.!?\n,]{0,100}[,.!?]\s*"
    r"(?:(?:dù|mặc\s+dù|tuy|tuy\s+nhiên|con\s+số\s+này|số\s+này|như\s+vậy|tức\s+là)"
    r"(?:\s+chỉ)?\s*,?\s*)?)\s*"
    r"chiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z",
    re.IGNORECASE,
)
_MAX_SHARE_GAP = 160
# "8.167 trường ... trong tổng số 15.081 trường (chiếm tỷ lệ 55,1%)", "726 trường đạt chuẩn
# trong tổng số 2.800 trường THPT (28,5%)": the whole's noun and a few words of its clause, then
# a bracket that opens with the share (a share word or nothing else) and closes right after it.
_SHARE_BRACKET = re.compile(
    r"\A(?:\s+[^\W\d_][^\d;.!?\n,()\[\]]{0,60}?)?\s*\(\s*"
    r"(?:(?:chiếm|đạt)(?:\s+(?:tỷ|tỉ)\s*lệ)?|(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"\s*\)")
# "40/45 chi hội có tỷ lệ hội viên tham gia đạt 90%": each unit has a rate of its own.
_OWN_RATE = re.compile(r"\bcó\s+(?:tỷ|tỉ)\s*lệ\b", re.IGNORECASE)
# After a rate, words that still leave the fraction's denominator as its base; any other word
# names another base ("100% kế hoạch", "112,5% so với cùng kỳ", "100% hội viên đóng hội phí").
_WHOLE_AFTER = re.compile(
    r"\s*(?:(?:(?:so\s+với|trên|trong|của)\s+)?tổng\s+số\b|và\b|trở\s+(?:lên|xuống)\b)",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")
# In a rate's own clause (after the last comma or semicolon before it), a word or a bracket that
# makes it the rate of the figures before: "chiếm", "đạt", "bằng", "tỷ lệ", "(".
_LINKED_BEFORE = re.compile(
    r"(?:\b(?:chiếm|đạt|bằng|là)\b|\b(?:tỷ|tỉ)\s*lệ\b|\()[^,;]*\Z", re.IGNORECASE
)
# "... so với tổng <the fraction's noun>": its own whole, "số" left out.
_TOTAL_OF = re.compile(r"\s*(?:so\s+với|trên|trong|của)\s+tổng\s+", re.IGNORECASE)
_OF_NUMBER = re.compile(r"\Asố\s+", re.IGNORECASE)
# A day and month after "ngày", a time of day or a weekday ("Chiều 17/6, ...", "thứ Hai 3/6"):
# a date, not a fraction.
_DAY_WORD = re.compile(
    rf"\b(?:{alternation([*day_words(), *times_of_day(), *weekdays()], r'\s+')})\b",
    re.IGNORECASE,
)
# "tỷ số 3/2" is a ratio between two groups, not the rate of a part in a whole.
_RATIO_WORD = re.compile(r"\b(?:tỷ|tỉ)\s+số\s*:?\s*\Z", re.IGNORECASE)
_YEAR = re.compile(r"[0-9]{4}(?![0-9.,])")
_BRACKETED = re.compile(r"\A\s*[(\[]\s*\Z")
# "28,96% số hộ được hỗ trợ (345/1.234 hộ)": after the rate, its noun (the fraction's own),
# a few words of one clause and the bracket that opens the fraction.
_NOUN_THEN_BRACKET = re.compile(r"\A\s+(?:số\s+)?(?P<noun>[^\d;.,:!?\n()\[\]]+?)\s*[(\[]\s*\Z")
_MAX_NOUN_WORDS = 8
_MAX_LONG_GAP = 160
_STRONG_CUE_END = re.compile(r"\b(?:đạt|chiếm)\s+(?:tỷ|tỉ)\s*lệ\s*\Z", re.IGNORECASE)
# "đạt 17,8 %, với 89/499 đại biểu": the fraction after the rate, introduced by "với" (or
# "tương đương", "tương ứng") right after a comma.
_WITH_FRACTION = re.compile(
    r"\A\s*,?\s*(?:với|tương\s+(?:đương|ứng)(?:\s+(?:với|là))?)\s*\Z", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[;.!?\n]")
_PLAN_BEFORE = re.compile(r"\b(?:kế\s+hoạch|chỉ\s+tiêu|cùng\s+kỳ)\b", re.IGNORECASE)
# After a rate: the plan or target it is measured against, in the same clause.
_PLAN_AFTER = re.compile(
    r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|(?-i:KH)(?!\w))|[^\d;.!?\n]{0,80}\bgiao\b",
    re.IGNORECASE,
)


# A term or a period named between a fraction and its rate is no other figure: "120/152 cơ sở
# Hội tổ chức Đại hội nhiệm kỳ 2018 - 2023 (đạt 78,94%)".
_PERIOD = re.compile(
    r"\b(?:nhiệm\s+kỳ|giai\s+đoạn)\s+\(?\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*\)?",
    re.IGNORECASE,
)


def _gap(text: str, a: Mention, b: Mention, base: int) -> str | None:
    """The text between *a* and *b* if it can be inside one clause, else ``None`` (a term's
    years, ``nhiệm kỳ 2018 - 2023``, read as words)."""
    start, stop = a.end - base, b.start - base
    if stop < start or stop - start > _MAX_GAP:
        return None
    gap = text[start:stop]
    if _GAP.match(gap):
        return gap
    if "kỳ" not in gap and "đoạn" not in gap:
        return None
    masked = _PERIOD.sub(_as_words, gap)
    return masked if masked != gap and _GAP.match(masked) else None


def _as_words(m: re.Match[str]) -> str:
    return re.sub(r"\d", "x", m.group())


# Another term or period: "(nhiệm kỳ trước đạt 70%)" is the rate of another whole.
_EARLIER = re.compile(r"\b(?:(?:kỳ|năm|khóa|khoá|nhiệm\s+kỳ)\s+trước|cùng\s+kỳ)\b", re.IGNORECASE)


def _links_rate(gap: str) -> bool:
    """Whether the words between a fraction and a percentage make it the fraction's rate."""
    if _CHANGE.search(gap) or _OWN_RATE.search(gap) or _EARLIER.search(gap):
        return False
    return bool(_PUNCT_ONLY.match(gap) or _CUE.search(gap))


def _names_another_base(text: str, base: int, rate: Mention, whole: Mention) -> bool:
    """Whether words right after *rate* name what it is a rate of (a plan, another group).

    Naming the fraction's own noun (``45/50 chi hội ... 90% số chi hội``) is no other base.
    """
    end = rate.end - base
    if _WORD_AFTER.match(text, end) is None:
        return False
    after = _WHOLE_AFTER.match(text, end)
    if after is not None:
        # "Có 80/102 cơ quan, đơn vị đạt chuẩn văn hóa, gần 76,2% tổng số hộ gia đình ... đạt
        # chuẩn gia đình văn hóa" (Lâm Đồng, 2017; corpus h83-baolamdong-dam-rong-thon-van-hoa-
        # 2017): the noun after *tổng số* names the rate's whole, here not the fraction's.
        # Not when a word links the rate to the clause before ("24/84 bí thư chi bộ ..., chiếm
        # 28,57% so với tổng số thôn"; "4.427/6.283 dịch vụ công (chiếm 70,3% tổng số thủ tục
        # hành chính)"): there the fraction's whole is named in other words.
        return (
            "ổng" in after.group()
            and whole.unit is not None
            and whole.unit != "%"
            and _WORD_AFTER.match(text, after.end()) is not None
            and not _names_unit(text, after.end(), whole.unit)
            and _LINKED_BEFORE.search(text, max(0, rate.start - base - 40), rate.start - base)
            is None
        )
    if whole.unit is None or whole.unit == "%":
        return True
    total_of = _TOTAL_OF.match(text, end)  # "chiếm 4,76 % so với tổng đảng viên toàn Đảng bộ"
    if total_of is not None:
        end = total_of.end()
    return not _names_unit(text, end, whole.unit)


def _names_unit(text: str, end: int, unit: str) -> bool:
    """Whether the words at *end* (after a *số*, maybe) name the noun *unit*, whole words.

    >>> _names_unit(" số hộ nghèo", 0, "hộ"), _names_unit(" hộ gia đình", 0, "cơ quan")
    (True, False)
    """
    named = _OF_NUMBER.sub("", text[end : end + len(unit) + 12].lstrip(), count=1)
    following = named[len(unit) : len(unit) + 1]
    return named.casefold().startswith(unit) and not (following.isalnum() or following == "_")


def _follows_a_fraction(text: str, base: int, mentions: Sequence[Mention], i: int) -> bool:
    """Whether another fraction comes just before ``mentions[i]`` in the same clause.

    "Có 12/15 xã, 3/4 huyện đạt chuẩn, đạt tỷ lệ 80%": whose rate it is cannot be told.
    """
    if i < 2:
        return False
    p, q = mentions[i - 2], mentions[i - 1]
    if not (p.fraction == "numerator" and q.fraction == "denominator"):
        return False
    gap = _gap(text, q, mentions[i], base)
    return gap is not None and not _part_of_the_numerator(gap, p, mentions, i)


# "số trúng cử là 3.218/5.397, trong đó nữ trúng cử là 1.198/3.218 đạt 37,22%" (hoilhpn.org.vn,
# Lào Cai 2021: 1.198/3.218 is 37,228 %, truncated): after *trong đó*, a fraction of the first
# fraction's numerator (its whole is the 3.218 elected) is a part of it, and the rate right
# after it is its own (round 24, slips24r).
_AMONG_THEM = re.compile(r"\btrong\s+(?:số\s+)?đó\b", re.IGNORECASE)


def _part_of_the_numerator(gap: str, first: Mention, mentions: Sequence[Mention], i: int) -> bool:
    """Whether the fraction at *i* follows *trong đó* and counts among *first* (its whole is
    *first*, the numerator of the fraction before)."""
    return (
        i + 1 < len(mentions)
        and mentions[i + 1].fraction == "denominator"
        and mentions[i + 1].value == first.value
        and _AMONG_THEM.search(gap) is not None
    )


# Any exact figure but a percentage, amounts and zero included (``is_count(m)``, without the
# call with keywords for each figure; speed).
_is_count = is_exact_count


def _is_rate(m: Mention) -> bool:
    return m.unit == "%"


def _not_a_part_of_a_whole(text: str, base: int, a: Mention, b: Mention) -> bool:
    """Fractions that are no part of a whole: a school year, a ratio between two groups.

    ``năm học 2023/2024`` (two years written without a thousands dot, the second just after the
    first) and ``tỷ số 3/2``.
    """
    if (
        _YEAR.fullmatch(a.text)
        and _YEAR.match(b.text)
        and 1900 <= a.value < b.value <= a.value + 5 <= 2200
    ):
        return True
    start = a.start - base
    return _RATIO_WORD.search(text, max(0, start - 20), start) is not None


def _rate_of_bracketed_fraction(gap: str, whole: Mention) -> bool:
    """Whether *gap*, between a rate and a fraction, makes the bracketed fraction the rate's.

    Either only the bracket (``87,5% (350/400)``) or the fraction's own noun first, then a few
    words and the bracket (``28,96% số hộ được hỗ trợ (345/1.234 hộ)``); no words of change.
    """
    if _BRACKETED.match(gap):
        return True
    m = _NOUN_THEN_BRACKET.match(gap)
    if m is None or whole.unit is None or whole.unit == "%":
        return False
    words = m.group("noun")
    if _CHANGE.search(words) or len(words.split()) > _MAX_NOUN_WORDS:
        return False
    following = words[len(whole.unit) : len(whole.unit) + 1]
    return words.casefold().startswith(whole.unit) and not (following.isalnum() or following == "_")


def _holds_half_up(numerator: Mention, denominator: Mention, rate: Mention) -> bool:
    """Whether the exact percentage *rate* is the fraction rounded half up at the rate's own
    precision (``515/515, 100%``; ``375/648, 57,87%``): what :func:`compare` calls consistent,
    and :func:`_judge` then says nothing.  Most rates of a report hold: they are told so in
    integers, without the stated figure, the rate and the comparison being made (speed).
    ``False`` sends the rate to the full comparison (a rate that does not hold this way, a
    bound, a zero or negative side: each is judged there, as before).

    >>> from hoiquanchung.checker import extract
    >>> a, b, r = extract("375/648 hội viên, đạt 57,87%")
    >>> _holds_half_up(a, b, r), _holds_half_up(a, b, extract("57,88%")[0])
    (True, False)
    >>> _holds_half_up(*extract("20/30 hội, đạt 66,7%")), _holds_half_up(*extract("0/50 hội, 0%"))
    (True, True)
    >>> _holds_half_up(*extract("10/80 hội, 12,5%")), _holds_half_up(*extract("10/80 hội, 12%"))
    (True, False)
    """
    quantity = rate.quantity
    if quantity.unit != "%" or quantity.bound is not Bound.EXACT:
        return False
    n, d = numerator.value, denominator.value
    if n < 0 or d <= 0 or not (n.is_finite() and d.is_finite()):
        return False
    # The exact percentage a/b * e/c * 100, in steps of the resolution rn/rd, rounded half up
    # (a non-negative value: floor of x + 1/2), then compared with the stated value vn/vd.
    a, b = n.as_integer_ratio()
    c, e = d.as_integer_ratio()
    rn, rd = quantity.resolution.as_integer_ratio()
    vn, vd = quantity.value.as_integer_ratio()
    if rn <= 0:
        return False
    top, bottom = a * e * 100 * rd, b * c * rn
    steps = (2 * top + bottom) // (2 * bottom)
    return steps * rn * vd == vn * rd


def _judge(
    paragraph: Paragraph,
    numerator: Mention,
    denominator: Mention,
    rate: Mention,
    file: str | None,
) -> Finding | None:
    if _holds_half_up(numerator, denominator, rate):
        return None  # consistent: no finding (speed: no comparison made)
    try:
        stated = StatedFigure.from_quantity(rate.quantity, quote=rate.text)
        comparison = compare(stated, Rate(numerator.value, denominator.value))
        finding = comparison.to_finding()
    except HoiQuanChungError:  # a zero denominator, a negative count: not a rate to judge
        return None
    if finding is None:
        return None
    return evolved(finding, file=file, line=rate.line, column=rate.column)


def _fractions_read_as_dates(paragraph: Paragraph, dates: Sequence[DateMatch]) -> list[Mention]:
    """``1/1``, ``3/5``: small fractions the numbers' grammar reads as a day and a month.

    They are offered to this rule as fractions unless the word *ngày* comes shortly before
    them (``Ngày Môi trường Thế giới 5/6``); the rule still needs a linked rate after them.
    """
    out: list[Mention] = []
    text = paragraph.text
    for date in dates:
        if date.style != "numeric" or date.year is not None or date.day is None:
            continue
        if _DAY_WORD.search(text, max(0, date.start - 40), date.start):
            continue
        num_text, _, den_text = date.text.partition("/")
        for start, written, role in (
            (date.start, num_text, "numerator"),
            (date.start + len(num_text) + 1, den_text, "denominator"),
        ):
            line, column = paragraph.position(start)
            quantity = Quantity(
                value=Decimal(int(written)),
                unit=None,
                bound=Bound.EXACT,
                text=written,
                resolution=Decimal(1),
                decimals=0,
            )
            out.append(
                Mention(
                    quantity=quantity,
                    start=paragraph.offset + start,
                    end=paragraph.offset + start + len(written),
                    line=line,
                    column=column,
                    fraction="numerator" if role == "numerator" else "denominator",
                    footnote=paragraph.footnote,
                )
            )
    return out


@attrs.define
class _Scan:
    """One paragraph's quantities as the shapes below read them, and the rates already judged."""

    paragraph: Paragraph
    mentions: Sequence[Mention]
    file: str | None
    used: set[int] = attrs.field(factory=set)  # indices of percentages already judged
    # The wholes larger than a fraction's own that rates of the section named ("487/488 ...,
    # chiếm 98,38% tổng số đại biểu Quốc hội": 495), kept from one paragraph to the next.
    declared: set[int] = attrs.field(factory=set)

    @property
    def text(self) -> str:
        return self.paragraph.text

    @property
    def base(self) -> int:
        return self.paragraph.offset

    def gap(self, a: Mention, b: Mention) -> str | None:
        return _gap(self.text, a, b, self.base)

    def judge(self, rate_at: int, numerator: Mention, denominator: Mention) -> Iterator[Finding]:
        """Mark the rate at *rate_at* used and judge it against the fraction."""
        self.used.add(rate_at)
        found = _judge(self.paragraph, numerator, denominator, self.mentions[rate_at], self.file)
        if (
            found is not None
            and not _rate_of_another_total(self, rate_at, numerator, denominator)
            and not _rate_of_the_rest(self, numerator, denominator, self.mentions[rate_at])
        ):
            yield found


# What a count that is left says before it: "Trắng sóng còn 91/3.802 thôn", "chưa có", "thiếu".
_LEFT_BEFORE = re.compile(
    r"(?<!\w)(?:còn(?:\s+lại)?|chưa|không|trắng|lõm|thiếu)(?!\w)[^,;:()\d]*\Z", re.IGNORECASE
)


def _rate_of_the_rest(s: _Scan, numerator: Mention, denominator: Mention, rate: Mention) -> bool:
    """Whether the rate is the share of the rest of the whole, 100 % less the fraction's, of a
    count said to be left or lacking: "trắng sóng di động còn 91/3.802 thôn, bản (tỷ lệ phủ sóng
    đạt 97,6% ...)" (baotuyenquang.com.vn, 2026: 3.711/3.802 villages are covered).  The rate
    must be the rest's to its last digit, one unit of it apart at most (both are rounded).

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Trắng sóng còn 91/3.802 thôn (tỷ lệ phủ sóng đạt 97,6%).")
    []
    >>> [f.computed for f in check_text("Đã phủ sóng 3.711/3.802 thôn (tỷ lệ đạt 2,4%).")]
    ['3.711/3.802 = 97,6%']
    """
    start = numerator.start - s.base
    if _LEFT_BEFORE.search(s.text, max(0, start - 40), start) is None:
        return False
    if denominator.value <= 0:
        return False
    # |100 - 100·n/d - r| <= u, times d: exact, no division.
    d, unit = denominator.value, Decimal(1).scaleb(-rate.quantity.decimals)
    gap = _EXACT.subtract(
        _EXACT.multiply(100, _EXACT.subtract(d, numerator.value)), _EXACT.multiply(rate.value, d)
    )
    return _EXACT.abs(gap) <= _EXACT.multiply(unit, d)


def _long_gap(s: _Scan, a: Mention, b: Mention) -> str | None:
    """The words of one clause between *a* and *b*, longer than usual, when they end with
    *đạt tỷ lệ* / *chiếm tỷ lệ* (``111/152 xã, phường, thị trấn đã hoàn thành ..., đạt tỷ lệ
    73%``)."""
    start, stop = a.end - s.base, b.start - s.base
    if stop < start or stop - start > _MAX_LONG_GAP:
        return None
    gap = s.text[start:stop]
    if not _GAP.match(gap) and ("kỳ" in gap or "đoạn" in gap):
        gap = _PERIOD.sub(_as_words, gap)  # "... đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ"
    return gap if _GAP.match(gap) and _STRONG_CUE_END.search(gap) else None


def _plan_base(s: _Scan, numerator: Mention, denominator: Mention, rate: Mention) -> bool:
    """``551/500 đơn vị máu, đạt 110,2% kế hoạch``: the written whole is the plan.

    Taken when the words right after the rate name one (*kế hoạch*, *KH*, *chỉ tiêu*, *...
    giao*): the fraction is what was done over what was planned, whether the part exceeds the
    whole or not.  "Lạc hè thu trồng được 1.440,08 ha/1.593 ha, đạt 82,29% KH" (Cao Bằng, crops
    of ten months of 2022, found by a hunt on unseen text) is 90,40 %: the page repeats the
    82,29 % of the line above.  On every real paragraph of the corpus (round 21) this reading
    made nine comparisons whose part does not exceed the whole: seven hold, the two that do
    not are that page's real slips.
    """
    end = rate.end - s.base
    return _PLAN_AFTER.match(s.text, end) is not None


def _fraction_then_rate(s: _Scan, i: int) -> bool:
    """``x/y ... z%``: whether the rate after the fraction at *i* is the fraction's."""
    m = s.mentions
    j = i + 2
    if j >= len(m) or j in s.used or not _is_rate(m[j]):
        return False
    gap = s.gap(m[i + 1], m[j])
    if gap is None:
        gap = _long_gap(s, m[i + 1], m[j])
    return (
        gap is not None
        and _links_rate(gap)
        and (
            not _names_another_base(s.text, s.base, m[j], m[i + 1])
            or _plan_base(s, m[i], m[i + 1], m[j])
        )
        and not _follows_a_fraction(s.text, s.base, m, i)
    )


def _rate_then_fraction(s: _Scan, i: int) -> bool:
    """``z% (x/y)``: whether the rate before the fraction at *i* is the fraction's."""
    m = s.mentions
    if i < 1 or i - 1 in s.used or not _is_rate(m[i - 1]):
        return False
    gap = s.gap(m[i - 1], m[i])
    if gap is None:
        return False
    if _WITH_FRACTION.match(gap):
        return not _change_before(s, i - 1)
    return _rate_of_bracketed_fraction(gap, m[i + 1])


def _change_before(s: _Scan, at: int) -> bool:
    """Whether a word of change or of another base comes before the rate at *at* in its
    clause ("tăng 5%, với 20/25 xã ..." is a change, not the fraction's rate)."""
    rate = s.mentions[at]
    start = s.mentions[at - 1].end - s.base if at > 0 else 0
    before = s.text[max(start, rate.start - s.base - _MAX_GAP) : rate.start - s.base]
    before = _CLAUSE_END.split(before)[-1]
    return _CHANGE.search(before) is not None or _PLAN_BEFORE.search(before) is not None


def _each_in_full(numerator: Mention, denominator: Mention, rate: Mention) -> bool:
    """Whether *rate* is what each of the units counted reached, not their share: "trong đó
    có 47/64 xã, phường đạt 100%" (Cà Mau, 2026: 47 of the 64 communes reached a turnout of
    100 %; corpus camau-baucu-2026-47xa).  A rate of exactly 100 % after a fraction far below
    it (under 95 %, so that no slip of one figure of a nearly whole fraction, *10.750/10.760
    căn, đạt 100%*, is passed over) cannot be the fraction's.

    >>> from hoiquanchung.checker import extract
    >>> a, b, r = extract("47/64 xã, phường đạt 100%")
    >>> _each_in_full(a, b, r)
    True
    >>> a, b, r = extract("10.750/10.760 căn, đạt 100%")
    >>> _each_in_full(a, b, r)
    False
    """
    return (
        rate.value == 100
        and denominator.value > 0
        and numerator.value * 100 < denominator.value * _EACH_IN_FULL_BELOW
    )


# Percent: a fraction under this share is no rounding or slip of "100%".
_EACH_IN_FULL_BELOW = 95


# "Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%": after the fraction, its units as the
# subject of "đạt tỷ lệ" (no comma before "đạt"), the rate's own words ("tỷ lệ hồ sơ trễ hạn")
# then a bound; "này" refers back to a rate named before.
_OWN_BOUND_GAP = re.compile(
    r"\A(?P<noun>[^\d;.!?\n]*?)(?P<comma>,)?\s+đạt\s+(?:tỷ|tỉ)\s*lệ(?P<back>\s+này)?"
    r"(?:\s+[^\W\d_][^\d;.,!?\n()]{0,40}?)?\s*\Z",
    re.IGNORECASE,
)
# How far outside its bound a fraction must be to be no slip of one figure of it: twice the
# bound over an upper bound ("dưới 3%" for 5/9 = 56 %), half the bound under a lower one.
_FAR_FACTOR = 2


def _own_rate_bound(s: _Scan, numerator: Mention, denominator: Mention, rate: Mention) -> bool:
    """Whether the bound *rate* after a fraction of units is what each unit reached, not the
    fraction: "Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3% và cả 9/9 huyện, thành phố
    đạt tỷ lệ dưới 10%" (Vĩnh Phúc, 8/2021: districts whose own rate of late files is below
    3 %; corpus vinhphuc-tthc-2021-19630).  Read so when *tỷ lệ này* refers back to a rate
    named before, or when the units are the subject of *đạt tỷ lệ* (no comma before *đạt*) and
    the fraction is far outside the bound (at least twice an upper bound, at most half a lower
    one); "96/100 hộ, đạt tỷ lệ trên 95%" stays the fraction's.

    >>> from hoiquanchung.checker import extract
    >>> def own(text):
    ...     a, b, r = extract(text)
    ...     return _own_rate_bound(_Scan(Paragraph(text, 1, [], 0), [], None), a, b, r)
    >>> own("5/9 huyện, thành phố đạt tỷ lệ này dưới 3%"), own("9/9 huyện đạt tỷ lệ dưới 10%")
    (True, True)
    >>> own("86/100 hộ, đạt tỷ lệ trên 95%"), own("86/100 hộ đạt tỷ lệ trên 95%")
    (False, False)
    >>> own("1/9 huyện, đạt tỷ lệ dưới 10%"), own("5/9 huyện đạt tỷ lệ 3%")
    (False, False)
    """
    if rate.bound is Bound.EXACT or denominator.value <= 0:
        return False
    gap = _OWN_BOUND_GAP.match(s.text[denominator.end - s.base : rate.start - s.base])
    if gap is None or not (denominator.unit or _WORD_AFTER.match(gap.group("noun"))):
        return False  # the units counted are named
    if gap.group("back"):
        return True
    if gap.group("comma"):
        return False
    share = numerator.value * 100 / denominator.value
    if rate.bound in (Bound.LESS_THAN, Bound.AT_MOST):
        return share >= rate.value * _FAR_FACTOR
    if rate.bound in (Bound.MORE_THAN, Bound.AT_LEAST):
        return share * _FAR_FACTOR <= rate.value
    return False


def _holds_in_base_unit(s: _Scan, i: int) -> bool:
    """Whether the rate after the fraction at *i* holds with the numerator read in the base unit
    of the scale written after the denominator: "vận động được 14.714.669.968/9,5 tỷ đồng, đạt
    154,9% kế hoạch năm" (Bình Thuận, 2019: đồng over tỷ đồng; corpus
    binhthuan-qvnn-2019-14714669968).  Only for a numerator with no unit nor scale of its own
    and a denominator followed by a scale word; the usual reading (both terms in the scale) is
    judged when this one does not hold either.

    >>> from hoiquanchung.checker import extract
    >>> def holds(text):
    ...     return _holds_in_base_unit(_Scan(Paragraph(text, 1, [], 0), extract(text), None), 0)
    >>> holds("14.714.669.968/9,5 tỷ đồng, đạt 154,9%")
    True
    >>> holds("771.000.000/650 triệu đồng, đạt 118,6%")
    True
    >>> holds("14.714.669.968/9,5 tỷ đồng, đạt 164,9%"), holds("9.414/7,3 tỷ đồng, đạt 128,97%")
    (False, False)
    """
    numerator, denominator, rate = s.mentions[i : i + 3]
    if numerator.unit is not None or denominator.unit is not None:
        return False
    scale = scale_pattern().match(s.text, denominator.end - s.base)
    if scale is None:
        return False
    if scale_pattern().match(s.text, numerator.end - s.base):
        return False  # "5,5 tỷ/9,5 tỷ đồng": both in the scale
    factor = scale_words().get(scale.group(1).casefold())
    if factor is None:
        return False
    scaled = attrs.evolve(
        denominator,
        quantity=attrs.evolve(
            denominator.quantity,
            value=denominator.value * factor,
            resolution=denominator.quantity.resolution * factor,
        ),
    )
    return _holds(numerator, scaled, rate, s.paragraph)


# "37/63 địa phương tỉ lệ giải ngân là 0%", "12/63 xã tỷ lệ hộ nghèo là 5%": units counted,
# then straight after their noun (no comma, no "đạt" or "chiếm" before it) a rate named by its
# own words ("tỷ lệ giải ngân") — each unit's own rate, not the fraction's.
_UNITS = (
    "địa phương|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đơn vị|trường|cơ sở|"
    "chi hội|tổ hội|chi bộ|đảng bộ|chi đoàn|hợp tác xã|doanh nghiệp|thôn|ấp|bản|khu phố|"
    "tổ dân phố|ngành|cơ quan|bệnh viện|trạm y tế|lớp"
)
_UNIT_NOUN = re.compile(rf"\s*(?:{_UNITS})\b", re.IGNORECASE)
_MORE_UNITS = re.compile(rf"(?:\s*,\s*(?:{_UNITS})\b)+", re.IGNORECASE)
_OWN_RATE_NAMED = re.compile(
    r"(?:\s+có)?\s+(?:tỷ|tỉ)\s*lệ\s+[^\W\d_][^\d;.,:!?\n()]{0,40}?\s*(?:là|đạt|ở\s+mức)?\s*:?\s*\Z",
    re.IGNORECASE,
)


def _units_own_rate(s: _Scan, denominator: Mention, rate: Mention) -> bool:
    """Whether *rate*, after a fraction of units, is each unit's own rate named by its own
    words: "Đặc biệt, hiện có tới 37/63 địa phương tỉ lệ giải ngân là 0%" (Nghệ An 24h, 2021:
    37 provinces whose disbursement rate is 0 %; corpus nghean24h-giaingan-2021).  The units
    (*địa phương*, *xã*, *huyện*, *trường*...) are followed at once by *tỷ lệ* and the rate's
    own words; "37/63 địa phương, tỷ lệ 58,7%" and "… đạt tỷ lệ 58,7%" stay the fraction's.

    >>> from hoiquanchung.checker import extract
    >>> def own(text):
    ...     a, b, r = extract(text)
    ...     return _units_own_rate(_Scan(Paragraph(text, 1, [], 0), [], None), b, r)
    >>> own("37/63 địa phương tỉ lệ giải ngân là 0%"), own("12/63 xã tỷ lệ hộ nghèo là 5%")
    (True, True)
    >>> own("37/63 địa phương, tỷ lệ giải ngân là 58,7%"), own("37/63 xã đạt tỷ lệ 58,7%")
    (False, False)
    >>> own("350/400 hội viên tỷ lệ tham gia đạt 87,5%"), own("12/15 xã tỷ lệ 80%")
    (False, False)
    """
    at, stop = denominator.end - s.base, rate.start - s.base
    unit = denominator.unit or ""
    if not _UNIT_NOUN.fullmatch(unit):  # the units' noun after the figure, not read as its unit
        named = _UNIT_NOUN.match(s.text, at, stop)
        if unit or named is None:
            return False
        at = named.end()
    more = _MORE_UNITS.match(s.text, at, stop)  # "xã, phường, thị trấn"
    if more is not None:
        at = more.end()
    return _OWN_RATE_NAMED.match(s.text[at:stop]) is not None


# After a bracketed fraction: a few words of its noun, then the bracket closes ("(3.389/3.599
# vụ)", "(8.481/9.669)").
_BRACKET_CLOSES = re.compile(r"\s*(?:[^\W\d_][^\d;.!?\n()\[\]]{0,30}?)?\s*[)\]]")
# Right before a rate: a word of change ("giảm 5,83%", "tăng thêm 2%").
_CHANGE_WORD = re.compile(r"\b(tăng|giảm)(?:\s+(?:được|thêm))?\s*:?\s*\Z", re.IGNORECASE)


def _bracket_of_rate_before(s: _Scan, i: int) -> bool:
    """Whether the fraction at *i* is in a bracket of its own right after a rate, which it
    belongs to: "xã Thuận Hạnh ... đạt 87,7% (8.481/9.669), xã Nam Bình đạt 85,7% (8.705/10.162),
    mức độ hài lòng ... đạt trên 90%" (Đắk Nông, 2019; corpus bhxh-daknong-daksong-2019): each
    fraction is the rate's before it, and no rate after it is paired with it again."""
    m = s.mentions
    if i < 1 or not _is_rate(m[i - 1]):
        return False
    gap = s.gap(m[i - 1], m[i])
    if gap is None or not _rate_of_bracketed_fraction(gap, m[i + 1]):
        return False
    return _BRACKET_CLOSES.match(s.text, m[i + 1].end - s.base) is not None


# A count linked to the rate after it ("03 vụ = 1,6%", "3 vụ, tương đương 1,6%") and, before
# the count, its word of change ("ít hơn 03 vụ", "giảm 3 vụ").
_LINKED_TO_RATE = re.compile(r"\s*(?:=|,?\s*(?:tương\s+đương|bằng)(?:\s+với)?)\s*\Z", re.I)
_CHANGE_OF_COUNT = re.compile(
    r"\b(tăng|giảm|ít\s+hơn|nhiều\s+hơn)(?:\s+(?:được|thêm|là))?\s*:?\s*\Z", re.IGNORECASE
)
_FALLS = frozenset({"giảm", "ít hơn"})
_FIRST_DIGIT = re.compile(r"\d")


def _count_of_change(s: _Scan, at: int) -> re.Match[str] | None:
    """The word of change of the count right before the rate at *at*, when the two are linked:
    "xảy ra ít hơn 03 vụ = 1,6% (180/183 vụ)" (hoabinh.gov.vn, 2023; a hunt on unseen text):
    the rate is the fall 3/183, and the bracket gives the counts now and before."""
    count, rate = s.mentions[at - 1], s.mentions[at]
    if _LINKED_TO_RATE.match(s.text, count.end - s.base, rate.start - s.base) is None:
        return None
    start = s.mentions[at - 2].end - s.base if at > 1 else 0
    # Up to the count's first digit: its qualifier ("ít hơn 03 vụ" reads as "hơn 03 vụ") is
    # part of the words of change.
    digit = _FIRST_DIGIT.search(count.text)
    end = count.start - s.base + (digit.start() if digit else 0)
    lead = s.text[max(start, count.start - s.base - _MAX_GAP) : end]
    return _CHANGE_OF_COUNT.search(_CLAUSE_END.split(lead)[-1])


# A rate, its noun, then a bracket that opens on a fraction written round: "84,15% số hộ nông
# thôn (khoảng 14,9/18,43 triệu hộ)" (cand.com.vn, 2014; pending corpus, a real slip), the
# scale written once after the denominator, an approximation word (*khoảng*) before the
# numerator.
_ABOUT_WORDS = alternation(w for w, b in bound_words("before").items() if b == "ABOUT")
_ROUND_BRACKET = re.compile(
    r"\A\s+(?:số\s+)?(?P<noun>[^\d;.,:!?\n()\[\]]+?)\s*[(\[]\s*"
    rf"(?P<about>(?:{_ABOUT_WORDS})\s+)?\Z",
    re.IGNORECASE,
)
# After the denominator: its scale word, then its noun and the bracket's end.
_SCALED_NOUN = re.compile(
    rf"\s*(?P<scale>{alternation(scale_words())})?\s*(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?)"
    r"\s*[)\]]",
    re.IGNORECASE,
)


def _round_bracket_of_rate_before(s: _Scan, i: int) -> bool:
    """Whether the fraction at *i*, in a bracket right after a rate and its noun, is written
    round: its scale after the denominator only ("(14,9/18,43 triệu hộ)": millions of
    households) or *khoảng* before it.  The bracket holds the fraction and its noun only, the
    noun the rate's own ("84,15% số hộ nông thôn (khoảng 14,9/18,43 triệu hộ)"); with neither a
    scale nor *khoảng* the fraction is read by :func:`_bracket_of_rate_before`.

    Near misses: another noun in the bracket ("20% số xã (15/75 thôn)"), a word of change
    before the bracket ("giảm 5% số hộ (khoảng 1,2/1,3 triệu hộ)"), more than the bracket
    after the denominator ("(14,9/18,43 triệu hộ, tăng 2%)").
    """
    m = s.mentions
    if i < 1 or i - 1 in s.used or not _is_rate(m[i - 1]):
        return False
    gap = s.gap(m[i - 1], m[i])
    head = None if gap is None else _ROUND_BRACKET.match(gap)
    if head is None:
        return False
    noun = head.group("noun")
    if _CHANGE.search(noun) or len(noun.split()) > _MAX_NOUN_WORDS or _change_before(s, i - 1):
        return False
    denominator = m[i + 1]
    if denominator.unit is not None:  # the grammar read its noun: "(khoảng 149/184 hộ)"
        if head.group("about") is None or denominator.unit == "%":
            return False  # without *khoảng*: _bracket_of_rate_before's
        if _BRACKET_CLOSES.match(s.text, denominator.end - s.base) is None:
            return False
        own = denominator.unit.casefold()
    else:
        tail = _SCALED_NOUN.match(s.text, denominator.end - s.base)
        if tail is None or (tail.group("scale") is None and head.group("about") is None):
            return False
        own = " ".join(tail.group("noun").casefold().split())
    words = " ".join(noun.casefold().split())
    return words == own or words.startswith(own + " ")


def _judge_round(s: _Scan, i: int) -> Iterator[Finding]:
    """Judge the rate before the round fraction at *i* (:func:`_round_bracket_of_rate_before`)
    against every value the fraction's rounded figures admit: a figure written to its last
    digit stands for ``± ½`` of it, so 14,9/18,43 is anything from 80,55 % to 81,14 %.  The
    rate is reported (as any rate of a fraction) only when none of the values it admits is
    among them: 84,15 % is far outside; 81 % and 80,6 % are not."""
    a, b, at = s.mentions[i], s.mentions[i + 1], i - 1
    rate = s.mentions[at]
    s.used.add(at)
    half_a = Fraction(a.quantity.resolution) / 2
    half_b = Fraction(b.quantity.resolution) / 2
    low_b, high_b = Fraction(b.value) - half_b, Fraction(b.value) + half_b
    if low_b <= 0:
        return
    lo = (Fraction(a.value) - half_a) * 100 / high_b
    hi = (Fraction(a.value) + half_a) * 100 / low_b
    admitted = StatedFigure.from_quantity(rate.quantity).admits()
    if admitted.lo is None or admitted.hi is None:
        return
    if admitted.lo <= hi and lo <= admitted.hi:
        return
    found = _judge(s.paragraph, a, b, rate, s.file)
    if found is not None:
        yield found


def _judge_bracketed(s: _Scan, i: int) -> Iterator[Finding]:
    """Judge the rate before the bracketed fraction at *i* (:func:`_bracket_of_rate_before`).

    After a word of change (*giảm*, *tăng*), or after a count of change linked to the rate
    ("ít hơn 03 vụ = 1,6% (180/183 vụ)": :func:`_count_of_change`), the bracket may give the
    counts now and before ("giảm 5,83% (3.389/3.599 vụ)", Lâm Đồng; corpus
    lamdong-toipham-5nam): the rate is then
    either ``a/b`` or the change ``|a − b|/b`` (a fall when ``a < b``, a rise when ``a > b``);
    when neither holds, the nearer reading is judged.
    """
    a, b = s.mentions[i], s.mentions[i + 1]
    at = i - 1
    if at in s.used:
        return
    rate = s.mentions[at]
    start = s.mentions[at - 1].end - s.base if at > 0 else 0
    before = s.text[max(start, rate.start - s.base - _MAX_GAP) : rate.start - s.base]
    change = _CHANGE_WORD.search(_CLAUSE_END.split(before)[-1])
    if change is None and at > 0:
        change = _count_of_change(s, at)
    falls = change is not None and change.group(1).casefold() in _FALLS
    if change is None or a.value == b.value or (a.value < b.value) != falls:
        yield from s.judge(at, a, b)
        return
    moved = attrs.evolve(a, quantity=attrs.evolve(a.quantity, value=abs(b.value - a.value)))
    plain = _judge(s.paragraph, a, b, rate, s.file)
    as_change = _judge(s.paragraph, moved, b, rate, s.file)
    s.used.add(at)
    if plain is None or as_change is None:
        return
    if plain.code == "rate-rounding" or as_change.code == "rate-rounding":
        return
    off: list[Decimal] = [abs(f.difference or Decimal(0)) for f in (plain, as_change)]
    yield plain if off[0] < off[1] else as_change


def _fraction(s: _Scan, i: int) -> Iterator[Finding]:
    """A fraction ``x/y`` at *i*, with its rate after it or before it."""
    a, b = s.mentions[i], s.mentions[i + 1]
    if not (_is_count(a) and _is_count(b)) or _not_a_part_of_a_whole(s.text, s.base, a, b):
        return
    if _bracket_of_rate_before(s, i):
        yield from _judge_bracketed(s, i)
        return
    if _round_bracket_of_rate_before(s, i):
        yield from _judge_round(s, i)
        return
    if _fraction_then_rate(s, i):
        if _each_in_full(a, b, s.mentions[i + 2]) or _units_own_rate(s, b, s.mentions[i + 2]):
            return
        if _own_rate_bound(s, a, b, s.mentions[i + 2]) or _holds_in_base_unit(s, i):
            return
        yield from s.judge(i + 2, a, b)
    elif _rate_then_fraction(s, i):
        yield from s.judge(i - 1, a, b)
    elif _fraction_level_rate(s, i):
        rate = s.mentions[i + 3]
        if _each_in_full(a, b, rate) or _units_own_rate(s, b, rate):
            return
        if _own_rate_bound(s, a, b, rate):
            return
        yield from s.judge(i + 3, a, b)


# A standard's level named by its number between a fraction and its rate (round 24, slips24r):
# "35/63 tỉnh,thành phố được công nhận đạt chuẩn phổ cập giáo dục tiểu học mức độ 3, đạt tỷ lệ
# 54%" (35/63 is 55,6 %, a real slip, baomoi.net.vn), "25/38 trường trường chuẩn quốc gia mức độ
# 2, đạt tỷ lệ 65,78%" (65,789 %, truncated, baothanhhoa.vn): the number says which level, it
# is no figure of the clause.  Only a small whole number right after *mức (độ)* / *cấp độ*.
_LEVEL_BEFORE = re.compile(r"\b(?:mức(?:\s+độ)?|cấp\s+độ)\s*\Z", re.IGNORECASE)
_MAX_LEVEL = 5


def _fraction_level_rate(s: _Scan, i: int) -> bool:
    """``x/y ... mức độ n, đạt z%``: whether the rate after the level at ``i + 2`` is the
    fraction's (the level read as a word)."""
    m = s.mentions
    level, j = i + 2, i + 3
    if j >= len(m) or j in s.used or not _is_rate(m[j]):
        return False
    label = m[level]
    if not (
        label.unit is None
        and label.fraction is None
        and label.bound is Bound.EXACT
        and label.value == int(label.value)
        and 1 <= label.value <= _MAX_LEVEL
        and _LEVEL_BEFORE.search(s.text, 0, label.start - s.base) is not None
    ):
        return False
    start, stop = m[i + 1].end - s.base, m[j].start - s.base
    if stop - start > _MAX_LONG_GAP:
        return False
    gap = s.text[start : label.start - s.base] + "x" + s.text[label.end - s.base : stop]
    if not _GAP.match(gap) or (stop - start > _MAX_GAP and not _STRONG_CUE_END.search(gap)):
        return False
    return (
        _links_rate(gap)
        and (
            not _names_another_base(s.text, s.base, m[j], m[i + 1])
            or _plan_base(s, m[i], m[i + 1], m[j])
        )
        and not _follows_a_fraction(s.text, s.base, m, i)
    )


def _linked_three(s: _Scan, i: int, rate: int, link: re.Pattern[str]) -> str | None:
    """The gap after the second of the three quantities at *i*, when the one at ``i + rate`` is
    an unused rate, the others counts, and the gap before the second states *link* and no
    change."""
    three = s.mentions[i : i + 3]
    if i + rate in s.used or not all(
        _is_rate(m) if k == rate else _is_count(m) for k, m in enumerate(three)
    ):
        return None
    gap1, gap2 = s.gap(three[0], three[1]), s.gap(three[1], three[2])
    if gap1 is None or gap2 is None or link.search(gap1) is None or _CHANGE.search(gap1):
        return None
    return gap2


def _out_of_total(s: _Scan, i: int) -> bool:
    """``x ... trên tổng số y ..., đạt z%`` starting at *i*."""
    gap2 = _linked_three(s, i, 2, _OUT_OF)
    return (
        gap2 is not None
        and _links_rate(gap2)
        and not _names_another_base(s.text, s.base, s.mentions[i + 2], s.mentions[i + 1])
    )


def _share_of_total(s: _Scan, i: int) -> bool:
    """``x ... chiếm z% ... tổng số y`` starting at *i*.

    Not when the whole is named in words and its figure left out: "7.675 hộ ..., chiếm 70% so
    với tổng số hộ đăng ký, trong đó 169 hộ giỏi cấp tỉnh" (after a comma or a word that opens
    a breakdown, the next figure is a part of the count), nor when the figure is smaller than
    the count while the share is at most 100 % (it cannot be the whole of that share).
    """
    gap2 = _linked_three(s, i, 1, _SHARE)
    if gap2 is None or _OF_TOTAL.match(gap2) is None or _WHOLE_LEFT_OUT.search(gap2):
        return False
    count, rate, whole = s.mentions[i : i + 3]
    return not (whole.value < count.value and rate.value <= 100)


def _part_in_total(s: _Scan, i: int) -> bool:
    """``x ... trong tổng số y ..., chiếm z%`` starting at *i* (the share may open the next
    sentence: ``... trong tổng số 200 ủy viên thu hút sự chú ý. Dù chiếm 10,5%``)."""
    a, b, c = s.mentions[i : i + 3]
    if i + 2 in s.used or not (_is_count(a) and _is_count(b) and _is_rate(c)) or a.value >= b.value:
        return False
    gap1 = s.gap(a, b)
    if gap1 is None or _IN_TOTAL.search(gap1) is None or _CHANGE.search(gap1):
        return False
    # "có 726 trong tổng số 2.813 trường": a count without its noun only right before the whole.
    if a.unit is None and (b.unit is None or _IN_TOTAL.fullmatch(gap1.lstrip()) is None):
        return False
    start, stop = b.end - s.base, c.start - s.base
    if stop - start > _MAX_SHARE_GAP:
        return False
    gap2 = s.text[start:stop]
    if _SHARE_BRACKET.match(gap2) is not None:
        return _CHANGE.search(gap2) is None and _CLOSES.match(s.text, c.end - s.base) is not None
    if (
        a.unit is not None
        and _SHARE_NEXT.match(gap2) is not None
        and _CHANGE.search(gap2) is None
        and not _names_another_base(s.text, s.base, c, b)
    ):
        return True
    # Only for a count right before "trong tổng số" ("có 64 trong tổng số 93 thôn"): a count
    # with its noun and words of its own ("xét xử và giải quyết 622 vụ, việc trong tổng số 698
    # vụ, việc ..., đạt tỷ lệ 89,5%") may have a rate of the cases left once some are sent on.
    return a.unit is None and _whole_clause_then_rate(s, b, c, gap2)


# "64 trong tổng số 93 thôn, khu dân cư có bí thư chi bộ kiêm trưởng thôn, khu dân cư, đạt 69%",
# "50 trong tổng số 88 thôn, khu dân cư (KDC) thực hiện mô hình ... (chiếm 56,8%)": after the
# whole, its clause to the end (commas and a bracketed abbreviation allowed, no figure, no end of
# sentence), then the rate right after a comma (", đạt", ", chiếm", ", tỷ lệ") or opening a
# bracket of its own.  The part is counted *in* the whole ("trong tổng số"), so the rate
# after the clause that describes them is the fraction's.
_CLAUSE_THEN_RATE = re.compile(
    r"\A(?:[^\d;.!?\n()\[\]%]|\([^\d;.!?\n()%]{1,20}\)){0,140}?"
    r"(?P<cue>,\s*(?:(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ)\s*lệ)?|(?:tỷ|tỉ)\s*lệ(?:\s+đạt)?)"
    r"|\(\s*(?:(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ)\s*lệ)?|(?:tỷ|tỉ)\s*lệ)?)\s*:?\s*\Z",
    re.IGNORECASE,
)
# After a rate that opens its own bracket: the bracket closes, or an aside of change follows
# in it ("(chiếm tỷ lệ 37,4%, tăng 4,8%)").
_BRACKET_RATE_ENDS = re.compile(r"\s*(?:\)|,\s*(?:tăng|giảm)\b)", re.IGNORECASE)
# After a rate that follows a comma: its clause ends (or a change of it follows).
_COMMA_RATE_ENDS = re.compile(r"\s*(?:[,;.)\n]|\Z)")


def _whole_clause_then_rate(s: _Scan, whole: Mention, rate: Mention, gap: str) -> bool:
    """Whether *gap*, from the whole of ``x trong tổng số y`` to *rate*, is the whole's clause
    and then the rate's cue (:data:`_CLAUSE_THEN_RATE`).  Quiet when the clause has a word of
    change or of a rate of its own (*có tỷ lệ*), when the rate is above 100 % (a plan's, not a
    part's), and when words after the rate name another base (``đạt 80% kế hoạch``)."""
    m = _CLAUSE_THEN_RATE.match(gap)
    if m is None or _CHANGE.search(gap) or _OWN_RATE.search(gap) or rate.value > 100:
        return False
    after = rate.end - s.base
    if m.group("cue") is None:  # the rate opens a bracket
        return _BRACKET_RATE_ENDS.match(s.text, after) is not None
    return _COMMA_RATE_ENDS.match(s.text, after) is not None and not _names_another_base(
        s.text, s.base, rate, whole
    )


def _in_words(s: _Scan, i: int) -> Iterator[Finding]:
    """Three quantities outside any fraction at *i*: a count, a total and a rate in words."""
    a, b, c = s.mentions[i : i + 3]
    if c.fraction is not None:
        return
    if _out_of_total(s, i):
        yield from s.judge(i + 2, a, b)
    elif _share_of_total(s, i):
        yield from s.judge(i + 1, a, c)
    elif _part_in_total(s, i):
        yield from s.judge(i + 2, a, b)


# "13/ 55 (23,64%)", "13 / 55": a fraction written with a space by the slash.
_SPACED_SLASH = re.compile(r"(?:\s+/\s*|/\s+)\Z")


def _spaced_fractions(context: ParagraphContext, mentions: Sequence[Mention]) -> list[Mention]:
    """The quantities with ``x/ y`` and ``x / y`` read as fractions (the numbers' grammar
    reads a fraction only when the slash touches both figures); not after *ngày*."""
    text, base = context.text, context.paragraph.offset
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.fraction is not None or b.fraction is not None or a.unit is not None:
            continue
        if not (_is_count(a) and _is_count(b)) or b.start - a.end > 4:
            continue
        if _SPACED_SLASH.match(text[a.end - base : b.start - base]) is None:
            continue
        if _DAY_WORD.search(text, max(0, a.start - base - 40), a.start - base):
            continue
        out[i] = attrs.evolve(a, fraction="numerator")
        out[i + 1] = attrs.evolve(b, fraction="denominator")
    return out


# How far after "tỷ/" the denominator is read: "3,550 tỷ đồng".
_MAX_SCALED_TERM = 40


def _scaled_fractions(context: ParagraphContext, mentions: Sequence[Mention]) -> list[Mention]:
    """The quantities with ``x tỷ/y tỷ`` read as a fraction: "vận động được 5,565 tỷ/3,550 tỷ
    đạt 160% chỉ tiêu" (Hàm Tân, 2019; corpus hamtan-qvnn-2019-5565ty).  The numbers' grammar
    reads the numerator and skips what follows its slash; the denominator is taken when it
    starts right after the slash, in the numerator's scale word, with no unit but đồng.

    >>> from hoiquanchung.checker._context import ParagraphContext
    >>> t = "vận động được 5,565 tỷ/3,550 tỷ đạt 160% chỉ tiêu"
    >>> c = ParagraphContext.of(Paragraph(t, 1, list(range(len(t) + 1)), 0))
    >>> [(m.text, m.fraction) for m in _scaled_fractions(c, c.mentions)][:2]
    [('5,565 tỷ', 'numerator'), ('3,550 tỷ', 'denominator')]
    >>> t = "hỗ trợ 5 triệu/3 tháng, đạt 100%"
    >>> c = ParagraphContext.of(Paragraph(t, 1, list(range(len(t) + 1)), 0))
    >>> [m.fraction for m in _scaled_fractions(c, c.mentions)]
    [None, None]
    """
    paragraph, base = context.paragraph, context.paragraph.offset
    text = context.text
    out = list(mentions)
    for i in range(len(out) - 1, -1, -1):
        a = out[i]
        at = a.end - base
        if a.fraction is not None or a.unit is not None or text[at : at + 1] != "/":
            continue
        words = a.text.casefold().split()
        if len(words) < 2 or words[-1] not in scale_words() or not text[at + 1 : at + 2].isdigit():
            continue
        found = find_quantities(text[at + 1 : at + 1 + _MAX_SCALED_TERM])
        if not found or found[0].start != 0 or found[0].quantity.unit not in (None, "đồng"):
            continue
        term = found[0]
        start = at + 1
        if i + 1 < len(out) and out[i + 1].start - base < start + term.end:
            continue  # the grammar read something there: leave it
        if words[-1] not in text[start : start + term.end].casefold().split():
            continue  # "5,565 tỷ/3.550 triệu": another scale, or none
        line, column = paragraph.position(start)
        b = Mention(
            quantity=term.quantity,
            start=base + start,
            end=base + start + term.end,
            line=line,
            column=column,
            fraction="denominator",
            footnote=paragraph.footnote,
        )
        out[i] = attrs.evolve(a, fraction="numerator")
        out.insert(i + 1, b)
    return out


def _with_dates(context: ParagraphContext) -> Sequence[Mention]:
    """The paragraph's quantities and the small fractions read as dates, in order (and the
    fractions written with a space by the slash)."""
    mentions: Sequence[Mention] = context.mentions
    if "/ " in context.text or " /" in context.text:
        mentions = _spaced_fractions(context, mentions)
    if "tỷ/" in context.text or "tỉ/" in context.text or "triệu/" in context.text:
        mentions = _scaled_fractions(context, mentions)
    extra = _fractions_read_as_dates(context.paragraph, context.dates)
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.start)


# "Chỉ tiêu kết nạp 500 hội viên; đã kết nạp 520 hội viên, đạt 104% chỉ tiêu": a count's rate
# of the plan or target stated before it in its sentence.
_PLAN_RATE_GAP = re.compile(
    r"\A\s*,?\s*(?:đạt|bằng)(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z", re.IGNORECASE
)
_PLAN_RATE_AFTER = re.compile(
    r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu)\b(?P<rest>[^\d;.,!?\n()]{0,40})",
    re.IGNORECASE,
)
_PLAN_WORD = re.compile(r"\b(?:kế\s+hoạch|chỉ\s+tiêu)\b", re.IGNORECASE)
# The period a plan is of ("kế hoạch năm", "chỉ tiêu đợt III"): the plan stated must name it.
_PLAN_PERIOD = re.compile(r"\s*(năm|quý|tháng|đợt|giai\s+đoạn)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[!?\n]|\.(?=\s))[^!?\n]*\Z")
_PLAN_CHANGE = re.compile(
    r"\b(?:tăng|giảm|vượt|hơn|kém|còn\s+lại|chưa|so\s+với\s+cùng\s+kỳ)\b", re.IGNORECASE
)
_CLAUSE_STOP = re.compile(r"[,;:()]")


def _same_unit(a: str, b: str) -> bool:
    """Whether the nouns *a* and *b* count one thing (*đơn vị* and *đơn vị máu*)."""
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    return long == short or long.startswith(short + " ")


def _plan_of(s: _Scan, j: int) -> Mention | None:
    """The plan of the count right before the rate at *j* (``x <noun>, đạt z% kế hoạch``): the
    one count of its noun stated before it in its sentence with *kế hoạch* or *chỉ tiêu* in its
    clause, no other count of the noun and no word of change between them."""
    m, text, base = s.mentions, s.text, s.base
    rate, done = m[j], m[j - 1]
    if not (_is_count(done) and done.unit is not None and rate.bound is Bound.EXACT):
        return None
    if not _PLAN_RATE_GAP.match(text[done.end - base : rate.start - base]):
        return None
    after = _PLAN_RATE_AFTER.match(text, rate.end - base)
    if after is None or _PLAN_CHANGE.search(after.group("rest")):
        return None
    if text[after.end() : after.end() + 1].isdigit():  # "kế hoạch 6 tháng": another period's
        return None
    opened = _SENTENCE_START.search(text, 0, done.start - base)
    start = opened.end() if opened else 0
    plans: list[Mention] = []
    for k in range(j - 2, -1, -1):
        plan = m[k]
        if plan.start - base < start:
            break
        if plan.unit is None or not _same_unit(plan.unit, done.unit):
            continue
        if plans or not _is_count(plan) or plan.fraction is not None:
            return None  # another count of the noun between the plan and the count
        between = text[plan.end - base : done.start - base]
        if _PLAN_CHANGE.search(between):
            return None
        before = text[m[k - 1].end - base if k > 0 else start : plan.start - base]
        stop = _CLAUSE_STOP.search(between)
        own = between[: stop.start()] if stop else between
        if not (_PLAN_WORD.search(before) or _PLAN_WORD.search(own)):
            return None
        if "%" in own:
            # "được 507 con đạt 169% so với kế hoạch; ...: 1.650 con đạt 60% kế hoạch"
            # (vinhlinh.quangtri.gov.vn, 2023): a count with its own rate of a plan is a count
            # done, not the plan of the next one.
            return None
        plans.append(plan)
    if not plans:
        return _plan_next_door(s, j, after)
    period = _PLAN_PERIOD.match(after.group("rest"))
    if period and period.group(1).casefold() not in text[start : done.start - base].casefold():
        return None
    return plans[0] if plans[0].value > 0 else None


# After "đạt z% kế hoạch" whose plan is stated in the sentence before or after: only the plan
# as a whole (of the year, as given), not a part of it ("kế hoạch đợt 1", "kế hoạch vốn tỉnh").
_WHOLE_PLAN_REST = re.compile(
    r"\s*(?:cả\s+)?(?:năm(?:\s+(?:19|20)\d\d)?)?\s*(?:được\s+giao|đã\s+giao|đề\s+ra)?\s*\Z",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s)|\n")


def _plan_next_door(s: _Scan, j: int, after: re.Match[str]) -> Mention | None:
    """The plan of the count before the rate at *j* stated in the sentence just before or just
    after the rate's own (in the paragraph): the one count of the count's noun there, after
    *kế hoạch* or *chỉ tiêu* in its sentence and no word of change, when the rate names the
    whole plan (``đạt 51% kế hoạch cả năm``; "Năm nay, ... với chỉ tiêu 1.100 đơn vị máu").

    Quiet when the sentence of the plan holds another count of the noun, when the plan is
    a bound, and when the rate's own sentence holds another count of the noun."""
    m, text, base = s.mentions, s.text, s.base
    rate, done = m[j], m[j - 1]
    assert done.unit is not None
    if not _WHOLE_PLAN_REST.match(after.group("rest")):
        return None
    own_start = _sentence_start(text, done.start - base)
    own_end = _sentence_stop(text, rate.end - base)
    if own_end is None:
        return None
    before_start = _sentence_start(text, own_start - 1) if own_start > 0 else None
    after_end = _sentence_stop(text, own_end + 1) if own_end < len(text) else None
    found: list[Mention] = []
    plan_head = ""
    for k, other in enumerate(m):
        if other.unit is None or not _same_unit(other.unit, done.unit) or k in (j - 1, j):
            continue
        at = other.start - base
        if own_start <= at < own_end:
            return None  # another count of the noun in the rate's sentence
        if before_start is not None and before_start <= at < own_start:
            lo = before_start
        elif after_end is not None and own_end <= at < after_end:
            lo = own_end
        else:
            continue
        if not _is_count(other) or other.fraction is not None or found:
            return None
        head = text[lo:at]
        words = list(_PLAN_WORD.finditer(head))
        if not words:
            return None
        said = words[-1].end()  # the plan word nearest the plan
        if _PLAN_CHANGE.search(head, said) or "%" in head[said:]:
            return None
        found.append(other)
        plan_head = head
    period = _PLAN_PERIOD.match(after.group("rest"))
    if not found or found[0].value <= done.value / 2:
        return None
    named = f"{text[own_start : done.start - base]} {plan_head}".casefold()
    if period and period.group(1).casefold() not in named:
        return None
    return found[0]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding *at* begins."""
    start = 0
    for end in _SENTENCE_END.finditer(text, 0, at):
        start = end.end()
    return start


def _sentence_stop(text: str, at: int) -> int | None:
    """Where the sentence holding *at* ends (its last character's end), or ``None``."""
    end = _SENTENCE_END.search(text, at)
    return end.end() if end is not None else len(text)


def _plan_rates(s: _Scan) -> Iterator[Finding]:
    """The rates of a count against the plan stated before it (:func:`_plan_of`)."""
    for j in range(1, len(s.mentions)):
        if j in s.used or not _is_rate(s.mentions[j]) or s.mentions[j].fraction is not None:
            continue
        plan = _plan_of(s, j)
        if plan is not None:
            yield from s.judge(j, s.mentions[j - 1], plan)


# "đạt 121.190 người (40.938 lao động nữ), bằng 93,2% kế hoạch năm 2025 (130.000 lao động)",
# "thu ngân sách 5.000 tỷ đồng, đạt 105% dự toán (4.762 tỷ)": the plan named right after the
# rate, its figure in a bracket of its own; the count or amount right before the rate (an aside
# in brackets between them allowed), tied by "đạt" or "bằng".
_PLAN_NAMED_AFTER = re.compile(
    r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)"
    r"(?:\s+(?:năm\s+(?:19|20)\d\d|giao|được\s+giao|đề\s+ra))?\s*\(\s*\Z",
    re.IGNORECASE,
)
_PLAN_CLOSES = re.compile(r"\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*\)")
_TO_PLAN_RATE = re.compile(
    r"\A(?:\s*\([^()%]{0,40}\))?\s*,?\s*(?:đạt|bằng)(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z",
    re.IGNORECASE,
)


def _plans_after(s: _Scan) -> Iterator[Finding]:
    """The rates of a count or amount against the plan named right after them, its figure in
    a bracket (:data:`_PLAN_NAMED_AFTER`).  The plan and the part must count the same thing:
    the same noun, both persons, or an amount and a plan in the same scale with no noun of its
    own.  Quiet when the plan is named after the rate without its figure ("đạt 18,56% kế hoạch
    năm 2024. Năm 2024, kế hoạch ... là đưa từ 125.000 lao động": another sentence)."""
    ms = s.mentions
    for j in range(1, len(ms) - 1):
        rate, plan = ms[j], ms[j + 1]
        if j in s.used or not _is_rate(rate) or rate.fraction is not None:
            continue
        if rate.bound is not Bound.EXACT or plan.bound is not Bound.EXACT or plan.fraction:
            continue
        between = s.text[rate.end - s.base : plan.start - s.base]
        if _PLAN_NAMED_AFTER.fullmatch(between) is None:
            continue
        if _PLAN_CLOSES.match(s.text, plan.end - s.base) is None:
            continue
        k = j - 1
        while k >= 0 and ms[k].start > rate.start - 60 and _inside_bracket(s, ms[k], rate):
            k -= 1
        if k < 0:
            continue
        part = ms[k]
        if part.bound is not Bound.EXACT or part.fraction is not None or not _is_count(part):
            continue
        if _TO_PLAN_RATE.match(s.text[part.end - s.base : rate.start - s.base]) is None:
            continue
        if not _same_plan_unit(part, plan):
            continue
        yield from s.judge(j, part, plan)


def _inside_bracket(s: _Scan, m: Mention, rate: Mention) -> bool:
    """Whether *m* is inside a bracket closed before *rate* (an aside: "(40.938 lao động nữ)")."""
    before = s.text[max(0, m.start - s.base - 40) : m.start - s.base]
    after = s.text[m.end - s.base : rate.start - s.base]
    return "(" in before and ")" in after and before.rfind("(") > before.rfind(")")


def _same_plan_unit(part: Mention, plan: Mention) -> bool:
    if part.unit == "%" or plan.unit == "%":
        return False
    if part.unit is not None and part.unit == plan.unit:
        return True
    if part.unit == "đồng" and plan.unit is None:
        return plan.quantity.resolution >= 1_000_000  # "4.762 tỷ": the amount's scale
    persons = person_nouns()
    return part.unit in persons and plan.unit in persons


_DECLARED_KEY = "fractions.declared"
_DECLARED_MAX = 3


def _declared(context: ParagraphContext) -> set[int]:
    """The larger wholes the rates of the current section named so far (kept in the
    document's state, forgotten at a new section)."""
    states = context.state.rule_states
    kept: tuple[str | None, set[int]] | None = states.get(_DECLARED_KEY)
    if kept is None or kept[0] != context.section:
        kept = states[_DECLARED_KEY] = (context.section, set())
    return kept[1]


def check_fractions(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 1 in one paragraph: each fraction, then each rate in words."""
    for m in context.mentions:  # a loop, not any() over a generator (speed)
        if m.unit == "%":  # a rate (_is_rate)
            break
    else:
        return
    mentions = _with_dates(context)
    if len(mentions) < 3:
        return
    s = _Scan(context.paragraph, mentions, context.file, declared=_declared(context))
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.fraction == "numerator" and b.fraction == "denominator":
            yield from _fraction(s, i)
        elif a.fraction is None and b.fraction is None and i + 2 < len(mentions):
            yield from _in_words(s, i)
    # Each reading below needs its words in the paragraph; each word is looked for once (a
    # look reads the whole paragraph; speed).  A word's absence skips the longer ones that hold
    # it ("hoạch (" holds "hoạch"): exactly the tests as written one by one.
    text = context.text
    plan, target = "hoạch" in text, "tiêu" in text
    if plan or target:  # "kế hoạch", "chỉ tiêu"
        yield from _plan_rates(s)
    if (
        (plan and "hoạch (" in text)
        or "toán (" in text
        or (target and "tiêu (" in text)
        or (plan and "hoạch năm" in text and "(" in text)
    ):
        yield from _plans_after(s)
    total_of = "ổng số" in text  # "tổng số", "Tổng số"
    if total_of and "tổng số" in text:
        yield from _total_named_first(s)
    if total_of:
        yield from _part_next_clause(s)
    if "thụ lý" in text or "tiếp nhận" in text:
        yield from _settled_of_received(s)
    if "xảy ra" in text:
        yield from _rate_named_by_verb(s)
    if total_of:
        yield from _part_of_named_total(s)
    if "điều kiện" in text:
        yield from _settled_of_able(s)


# "tổng số đơn vị 819, đăng ký 801, công nhận 712, đạt tỷ lệ 86,93%": the whole written after
# its noun (*tổng số <noun> N*), the figures of the same clause after it, the last one with its
# rate (*, đạt tỷ lệ* / *, chiếm tỷ lệ*).
_TOTAL_NAMED = re.compile(r"\btổng\s+số\s+[^\W\d_][^\d,;.:()%]{0,30}?\s*:?\s*\Z", re.IGNORECASE)
_FIGURE_THEN_RATE = re.compile(r"\A\s*,\s*(?:đạt|chiếm)\s+(?:tỷ|tỉ)\s*lệ\s*:?\s*\Z", re.IGNORECASE)
_NEXT_FIGURE = re.compile(r"\A\s*,\s*[^\W\d_][^\d;.!?\n()%:]{0,60}\Z")
_MAX_FIGURES = 4


def _total_named_first(s: _Scan) -> Iterator[Finding]:
    """Rates of the last figure of a clause that opens with its whole, *tổng số <noun> N*.

    Every figure between is unitless, like the whole, and joined by a comma and a few words; the
    rate is judged against the whole only when it holds against none of the figures between
    (whose rate it is could not be told).
    """
    ms, text, base = s.mentions, s.text, s.base
    for j in range(2, len(ms)):
        if j in s.used or not _is_rate(ms[j]) or ms[j].bound is not Bound.EXACT:
            continue
        part = ms[j - 1]
        if part.unit is not None or not _is_count_value(part):
            continue
        gap = text[part.end - base : ms[j].start - base]
        if not (_FIGURE_THEN_RATE.match(gap) or _FIGURE_THEN_BRACKETED_RATE.match(gap)):
            continue
        k = j - 1
        while k > 0 and j - k <= _MAX_FIGURES:
            prev = ms[k - 1]
            if prev.unit is not None or not _is_count_value(prev):
                break
            if not _NEXT_FIGURE.match(text[prev.end - base : ms[k].start - base]):
                if _same_noun_next_clause(text, base, prev, ms[k]):
                    k -= 1
                break
            k -= 1
        whole = ms[k]
        if k == j - 1:
            continue
        start = whole.start - base
        if not _TOTAL_NAMED.search(text, max(0, start - 50), start):
            continue
        if whole.value <= part.value:
            continue
        between = ms[k + 1 : j - 1]
        if any(b.value > part.value and _holds(part, b, ms[j], s.paragraph) for b in between):
            continue
        yield from s.judge(j, part, whole)


def _rates_after_two_counts(s: _Scan) -> Iterator[tuple[int, Mention, Mention, Mention]]:
    """Each exact rate not yet used with the two counts right before it: ``(j, rate, part,
    whole)``, *rate* ``mentions[j]``, *part* ``mentions[j - 1]`` and *whole* ``mentions[j - 2]``,
    both values counts.  The loop head of :func:`_part_next_clause` and
    :func:`_settled_of_received`; a rate judged while the loop runs is skipped after."""
    ms = s.mentions
    for j in range(2, len(ms)):
        rate = ms[j]
        if j in s.used or not _is_rate(rate) or rate.bound is not Bound.EXACT:
            continue
        part, whole = ms[j - 1], ms[j - 2]
        if _is_count_value(part) and _is_count_value(whole):
            yield j, rate, part, whole


def _part_next_clause(s: _Scan) -> Iterator[Finding]:
    """``Tổng số cử tri ... là 751.103 người; số lượng cử tri đi bỏ phiếu là 750.296 người, đạt
    tỷ lệ 99,9%``: the whole named after *tổng số*, the next clause opening with *số* and the
    same noun, its count of the same unit as the whole's and the rate right after it
    (:func:`_same_noun_next_clause`); the counts written with a unit, which
    :func:`_total_named_first` leaves."""
    text, base = s.text, s.base
    for j, rate, part, whole in _rates_after_two_counts(s):
        if part.unit is None or part.unit != whole.unit or whole.value <= part.value:
            continue
        gap = text[part.end - base : rate.start - base]
        if not (_FIGURE_THEN_RATE.match(gap) or _FIGURE_THEN_BRACKETED_RATE.match(gap)):
            continue
        closes = _BRACKET_CLOSED if "(" in gap else _CLAUSE_CLOSED
        if not closes.match(text, rate.end - base):
            continue
        if _same_noun_next_clause(text, base, whole, part):
            yield from s.judge(j, part, whole)


# "tổng số cử tri của cả nước là 76.516.637; số cử tri đã tham gia bỏ phiếu là: 76.043.527 (đạt
# tỉ lệ 99,38%)": the whole closes its clause, the next one opens with *số* and the whole's noun,
# the rate in a bracket after the part.
_FIGURE_THEN_BRACKETED_RATE = re.compile(
    r"\A\s*\(\s*(?:đạt|chiếm)\s+(?:tỷ|tỉ)\s*lệ\s*:?\s*\Z", re.IGNORECASE
)
_NOUN_AFTER_TOTAL = re.compile(
    r"\btổng\s+số\s+(?P<noun>[^\W\d_]+\s+[^\W\d_]+)\b[^\d,;.:()%]{0,30}?\s*:?\s*\Z",
    re.IGNORECASE,
)


def _same_noun_next_clause(text: str, base: int, whole: Mention, part: Mention) -> bool:
    """``tổng số cử tri ... là N; số cử tri đã ... là: M``: *whole* named after *tổng số* with a
    noun of two words, the clause of *part* opening with *số* (*tổng số*, *số lượng*) and that
    noun."""
    start = whole.start - base
    named = _NOUN_AFTER_TOTAL.search(text, max(0, start - 50), start)
    if named is None:
        return False
    noun = r"\s+".join(re.escape(w) for w in named["noun"].split())
    gap = text[whole.end - base : part.start - base]
    opens = rf"\s*;\s*(?:tổng\s+)?số(?:\s+lượng)?\s+{noun}\b[^\d;.!?\n()%]{{0,60}}"
    return re.fullmatch(opens, gap, re.IGNORECASE) is not None


# "thụ lý 359.748 vụ, giải quyết 332.896 vụ (đạt 92,5%)", "thụ lý 67 vụ án hành chính, đã giải
# quyết 51 vụ, đạt 76%": cases or letters received, then those settled and their rate ("thụ lý
# là 259 vụ, đã giải quyết 203 vụ (đạt 78,4%)"; "thụ lý kiểm sát giải quyết là 9.229 tin; đã
# giải quyết được 8.825 tin, tỷ lệ giải quyết đạt 95,62%"; "đã xử lý giải quyết 105 nguồn tin").
_RECEIVED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:đã\s+)?(?:thụ\s+lý|tiếp\s+nhận)(?:\s+(?:mới|tổng\s+số))?"
    r"(?:\s+kiểm\s+sát\s+giải\s+quyết)?(?:\s+là)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# The noun after a count: its words, and the courts' pair "vụ, việc" (cases and matters) read
# as one noun ("thụ lý 2.412 vụ, việc các loại; đã giải quyết 1.787 vụ, việc, đạt 74,1%").
_CASES_AND_MATTERS = r"(?:\s*,\s*việc\b[^\d;.!?\n()%,]{0,40}?)?"
_RECEIVED_THEN_SETTLED = re.compile(
    r"\A(?P<noun>\s+[^\W\d_][^\d;.!?\n()%,]{0,40}?)?"
    + _CASES_AND_MATTERS
    + r"\s*[,;]\s*(?:và\s+)?(?:đã\s+)?"
    r"(?:(?:xử\s+lý\s+)?giải\s+quyết|xử\s+lý|xét\s+xử)(?:\s+(?:xong|được))?\s*:?\s*\Z",
    re.IGNORECASE,
)
# After the settled count, its rate: ", đạt", "(đạt", or "; đạt" ("5.209 vụ, việc; đạt 83,74%").
_SETTLED_THEN_RATE = re.compile(
    r"\A(?P<noun>\s+[^\W\d_][^\d;.!?\n()%,]{0,40}?)?"
    + _CASES_AND_MATTERS
    + r"\s*(?:[,;]\s*|\(\s*)(?:(?:tỷ|tỉ)\s*lệ\s+giải\s+quyết\s+)?"
    r"đạt(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# A bracket between the received count and the settled one, said aside ("thụ lý tổng số 6.795
# vụ việc các loại (trong đó thụ lý mới 6.325 vụ việc), đã giải quyết ..."): left out.
_ASIDE = re.compile(r"\s*\([^()]*\)")
_MAX_ASIDE_FIGURES = 3
# Two counts of one tally: cases and defendants ("1.367 vụ/2.420 bị cáo", "1.302 vụ - 2.286 bị
# cáo", "386.165 vụ với 650.546 bị cáo").
_PAIRED = re.compile(r"\A\s*(?:/|-|–|với)\s*\Z", re.IGNORECASE)


def _settled_of_received(s: _Scan) -> Iterator[Finding]:
    """``thụ lý y <noun>, đã giải quyết x <noun>, đạt z%``: the rate of the cases settled among
    those received, both counts exact and of the same first word of noun, nothing after the rate
    naming another base (a plan, the same period of last year).

    A bracket said aside after the received count is left out; when each count is a pair of
    cases and defendants (``thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 vụ/2.085 bị cáo, đạt
    88,22%``) the rate is the cases' unless it holds for the defendants."""
    ms, text, base = s.mentions, s.text, s.base
    for j, rate, part, whole in _rates_after_two_counts(s):
        settled = _SETTLED_THEN_RATE.match(text[part.end - base : rate.start - base])
        if settled is None:
            continue
        closes = _BRACKET_CLOSED if "(" in settled.group() else _CLAUSE_CLOSED
        if not closes.match(text, rate.end - base):
            aside = _CHANGE_IN_BRACKET if "(" in settled.group() else _CHANGE_ASIDE
            if not aside.match(text, rate.end - base):
                continue
        pair = _tally_of_pairs(s, j)
        if pair is not None:
            cases, defendants = pair
            if not _holds(defendants[0], defendants[1], rate, s.paragraph):
                yield from s.judge(j, *cases)
            continue
        found = _received_at(s, j - 1)
        if found is None:
            continue
        whole, received = ms[found[0]], found[1]
        if part.value > whole.value:
            continue
        if not _same_noun(whole, received["noun"], part, settled["noun"]):
            continue
        yield from s.judge(j, part, whole)


# "Toàn quốc xảy ra 2.742 vụ; khám phá 2.313 vụ; bắt giữ, xử lý 4.974 đối tượng; tỷ lệ khám phá
# đạt 84,35%": the rate named by the verb of its part, the whole the count that occurred.
_VERB_RATE = re.compile(
    r"(?:tỷ|tỉ)\s*lệ\s+(?P<verb>khám\s+phá|giải\s+quyết)(?:\s+án)?\s+đạt\s*:?\s*\Z", re.IGNORECASE
)
_OCCURRED_BEFORE = re.compile(r"(?<![^\W\d_])xảy\s+ra\s*:?\s*\Z", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _rate_named_by_verb(s: _Scan) -> Iterator[Finding]:
    """``xảy ra y vụ; khám phá x vụ; ...; tỷ lệ khám phá đạt z%``: the rate named by the verb
    of the part (*khám phá*, *giải quyết*), stated later in the sentence after other clauses;
    its part the count right after that verb, whose whole is the count of the same unit that
    occurred (*xảy ra*) in the clause just before.  No other percentage may stand between the
    part and the rate, and nothing after the rate may name another base."""
    ms, text, base = s.mentions, s.text, s.base
    for j in range(2, len(ms)):
        rate = ms[j]
        if j in s.used or not _is_rate(rate) or rate.bound is not Bound.EXACT:
            continue
        start = rate.start - base
        named = _VERB_RATE.search(text, max(0, start - 40), start)
        if named is None or not _CLAUSE_CLOSED.match(text, rate.end - base):
            continue
        verb = r"\s+".join(named["verb"].split())
        settled = re.compile(
            rf"\A\s*[;,]\s*(?:đã\s+)?(?:điều\s+tra\s*,?\s*)?{verb}(?:\s+được)?\s*:?\s*\Z",
            re.IGNORECASE,
        )
        for k in range(j - 1, 0, -1):
            part, whole = ms[k], ms[k - 1]
            between = text[part.end - base : start]
            if _SENTENCE_STOP.search(between) or _is_rate(part):
                break
            if not (_is_count_value(part) and _is_count_value(whole)):
                continue
            if part.unit is None or part.unit != whole.unit or part.value > whole.value:
                continue
            if not settled.match(text[whole.end - base : part.start - base]):
                continue
            at = whole.start - base
            if _OCCURRED_BEFORE.search(text, max(0, at - 20), at):
                yield from s.judge(j, part, whole)
            break


def _received_at(s: _Scan, i: int) -> tuple[int, re.Match[str]] | None:
    """The count received (after *thụ lý*, *tiếp nhận*) of the settled count ``mentions[i]``:
    its index and the words between (the received noun), the count just before it or the one
    before a bracket said aside."""
    ms, text, base = s.mentions, s.text, s.base
    part = ms[i]
    for k in range(i - 1, max(-1, i - 2 - _MAX_ASIDE_FIGURES), -1):
        whole = ms[k]
        gap = text[whole.end - base : part.start - base]
        told = _ASIDE.sub("", gap) if "(" in gap else gap
        if k < i - 1 and told == gap:
            return None  # a figure between the two counts, not inside a bracket
        received = _RECEIVED_THEN_SETTLED.match(told)
        if received is None or not _is_count_value(whole):
            continue
        start = whole.start - base
        if _RECEIVED_BEFORE.search(text, max(0, start - 45), start):
            return k, received
    return None


def _tally_of_pairs(
    s: _Scan, j: int
) -> tuple[tuple[Mention, Mention], tuple[Mention, Mention]] | None:
    """``thụ lý Y1 vụ/Y2 bị cáo, giải quyết X1 vụ/X2 bị cáo, đạt z%`` (rate at *j*): the
    fractions (X1, Y1) of the cases and (X2, Y2) of the defendants, each pair of two units."""
    if j < 4:
        return None
    ms, text, base = s.mentions, s.text, s.base
    y1, y2, x1, x2 = ms[j - 4 : j]
    if not all(_is_count_value(m) for m in (y1, y2, x1, x2)):
        return None
    if y1.unit is None or y2.unit is None or y1.unit == y2.unit:
        return None
    if (x1.unit, x2.unit) != (y1.unit, y2.unit) or x1.value > y1.value or x2.value > y2.value:
        return None
    if not (
        _PAIRED.match(text[y1.end - base : y2.start - base])
        and _PAIRED.match(text[x1.end - base : x2.start - base])
    ):
        return None
    start = y1.start - base
    if not _RECEIVED_BEFORE.search(text, max(0, start - 45), start):
        return None
    if _RECEIVED_THEN_SETTLED.match(text[y2.end - base : x1.start - base]) is None:
        return None
    return (x1, y1), (x2, y2)


# "Tổng số cử tri trong danh sách là 53.989 cử tri; số cử tri tham gia bỏ phiếu là 53.371 cử
# tri, đạt tỷ lệ cử tri tham gia bỏ phiếu là 98,85%": a whole after *tổng số* and its noun (two
# words), then a clause of the same noun after *số* (or *tổng số*), opened by a semicolon, a full
# stop or *trong đó*, whose count has its rate.
_NAMED_WHOLE = re.compile(
    r"\btổng\s+số\s+(?P<noun>[^\W\d_]+\s+[^\W\d_]+)\b[^\d;.!?\n()%:]{0,80}?(?:\s(?:là|có)|:)\s*\Z",
    re.IGNORECASE,
)
_PART_CLAUSE = re.compile(
    r"(?:[;.:]|\btrong\s+đó\s*,?)\s*(?:tổng\s+)?số\s+(?P<noun>[^\W\d_]+\s+[^\W\d_]+)\b"
    r"[^\d;.!?\n()%:]{0,80}?(?:\s(?:là|có)|:)\s*\Z",
    re.IGNORECASE,
)
# Between the whole and the part's clause: the whole's unit and a bracket said aside.
_WHOLE_TO_CLAUSE = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\Z")
# Between the part and its rate: its unit, ", đạt" or ", chiếm" (*tỷ lệ*, perhaps naming it: "đạt
# tỷ lệ cử tri tham gia bỏ phiếu là").
_PART_THEN_RATE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}\s*,\s*(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ)\s*lệ"
    r"(?:\s+[^\W\d_][^\d,;.!?\n()%:]{0,50}?\s+là)?)?\s*:?\s*\Z",
    re.IGNORECASE,
)
_MAX_PART_CLAUSE = 120


def _part_of_named_total(s: _Scan) -> Iterator[Finding]:
    """``Tổng số <noun> ... là N; số <noun> ... là M, đạt z%`` (or *:*, a full stop, *trong
    đó* between): the rate of the part counted in the next clause of the whole's noun.

    Both counts exact and whole, of one unit (or none), the part below the whole, nothing but
    the whole's unit and a bracket said aside between the whole and the part's clause, and the
    rate closing its clause (``đạt 95% nhu cầu`` is the rate of another base)."""
    ms, text, base = s.mentions, s.text, s.base
    for j in range(2, len(ms)):
        rate, part = ms[j], ms[j - 1]
        if j in s.used or not _is_rate(rate) or rate.bound is not Bound.EXACT or rate.value > 100:
            continue
        if not _is_count_value(part):
            continue
        if not _PART_THEN_RATE.fullmatch(text, part.end - base, rate.start - base):
            continue
        if not _CLAUSE_CLOSED.match(text, rate.end - base):
            continue
        at = part.start - base
        clause = _PART_CLAUSE.search(text, max(0, at - _MAX_PART_CLAUSE), at)
        if clause is None:
            continue
        noun = " ".join(clause["noun"].casefold().split())
        for k in range(j - 2, max(-1, j - 3 - _MAX_ASIDE_FIGURES), -1):
            whole = ms[k]
            if whole.end - base > clause.start():
                continue  # inside the part's clause: not the whole
            gap = text[whole.end - base : clause.start()]
            told = _ASIDE.sub("", gap) if "(" in gap else gap
            if ")" in told:
                continue  # a figure of the bracket said aside
            if not _WHOLE_TO_CLAUSE.fullmatch(told):
                break
            start = whole.start - base
            named = _NAMED_WHOLE.search(text, max(0, start - _MAX_PART_CLAUSE), start)
            if named is None or " ".join(named["noun"].casefold().split()) != noun:
                break
            if (
                _is_count_value(whole)
                and whole.value > part.value
                and (whole.unit == part.unit or None in (whole.unit, part.unit))
            ):
                yield from s.judge(j, part, whole)
            break


# Civil judgments: the rate of those enforced is over the cases (or the money) that can be
# enforced, "có (đủ) điều kiện thi hành / giải quyết" ("trong đó 5.422 việc có điều kiện giải
# quyết, đã giải quyết xong 4.918 việc, đạt tỷ lệ 90,7%"); "chưa có điều kiện" is the rest.
_ABLE_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?<!chưa\s)(?:có|đủ)\s+điều\s+kiện\s+(?:thi\s+hành|giải\s+quyết)\b",
    re.IGNORECASE,
)
_ABLE_THEN_SETTLED = re.compile(r"[^\d;.!?\n]{0,60}[,;.]\s*[^\d;.!?\n]{0,80}\Z")
_SETTLED_BEFORE = re.compile(
    r"\b(?:giải\s+quyết|thi\s+hành)\s+xong(?:\s+được)?\s*(?:là\s*)?:?\s*\Z", re.IGNORECASE
)


def _settled_of_able(s: _Scan) -> Iterator[Finding]:
    """``Y <noun> có điều kiện thi hành, (đã) giải quyết xong X <noun>, đạt z%``: the rate of
    the cases (or money) enforced among those that can be, the next count of the same unit
    after the whole, in its sentence or the next, its rate closing its clause."""
    ms, text, base = s.mentions, s.text, s.base
    for j in range(2, len(ms)):
        rate, part, whole = ms[j], ms[j - 1], ms[j - 2]
        if j in s.used or not _is_rate(rate) or rate.bound is not Bound.EXACT or rate.value > 100:
            continue
        if not (_is_count_value(part) and _is_count_value(whole)) or part.value > whole.value:
            continue
        if whole.unit != part.unit or whole.unit is None:
            continue
        settled = _SETTLED_THEN_RATE.match(text[part.end - base : rate.start - base])
        if settled is None or (settled["noun"] or "").strip():
            continue  # the part's unit is read with it: no other words before its rate
        at = part.start - base
        if not _SETTLED_BEFORE.search(text, max(0, at - 40), at):
            continue
        able = _ABLE_AFTER.match(text, whole.end - base)
        if able is None or not _ABLE_THEN_SETTLED.fullmatch(text, able.end(), at):
            continue
        closes = _BRACKET_CLOSED if "(" in settled.group() else _CLAUSE_CLOSED
        if closes.match(text, rate.end - base):
            yield from s.judge(j, part, whole)


def _same_noun(
    whole: Mention, after_whole: str | None, part: Mention, after_part: str | None
) -> bool:
    """Whether the two counts count one thing: the same unit, or no unit and the same first word
    after each."""
    if whole.unit is not None or part.unit is not None:
        return whole.unit == part.unit
    if after_whole is None or after_part is None:
        return False
    return after_whole.split()[0].casefold() == after_part.split()[0].casefold()


# Right after the rate, the end of its clause ("đạt 98% đúng hạn" is the rate of another
# whole) or of its bracket, then no word of a plan ("(đạt 92,5%) kế hoạch năm").
_CLAUSE_CLOSED = re.compile(r"\s*(?:[,;.!?\n]|\Z)")
_BRACKET_CLOSED = re.compile(
    r"\s*\)(?!\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu))", re.IGNORECASE
)
# After the rate, a change against another period said aside, in a bracket of its own ("đạt tỷ
# lệ 97,6% (so với nhiệm kỳ trước, số vụ việc đã thụ lý tăng ...)", "(tăng 8% so với kỳ trước)")
# or in the rate's bracket after a semicolon ("(đạt tỷ lệ 89,72%; cao hơn năm trước 0,56%)"),
# no plan named in it: the rate is still the fraction's.
_CHANGE_ASIDE = re.compile(
    r"\s*\(\s*(?:so\s+với\s+(?:cùng\s+kỳ|nhiệm\s+kỳ|kỳ|năm)\b[^()%]{0,40}?,|tăng\b|giảm\b)"
    r"(?![^()]*\b(?:kế\s+hoạch|chỉ\s+tiêu)\b)",
    re.IGNORECASE,
)
_CHANGE_IN_BRACKET = re.compile(
    r"\s*;\s*(?:tăng|giảm|(?:cao|thấp)\s+hơn)\b(?![^()]*\b(?:kế\s+hoạch|chỉ\s+tiêu)\b)[^()]*\)",
    re.IGNORECASE,
)


def _is_count_value(m: Mention) -> bool:
    return (
        m.bound is Bound.EXACT
        and m.fraction is None
        and m.value > 0
        and m.value == int(m.value)
        and m.quantity.decimals == 0
    )


def _holds(part: Mention, whole: Mention, rate: Mention, paragraph: Paragraph) -> bool:
    """Whether *rate* is *part* of *whole* under some rounding rule."""
    found = _judge(paragraph, part, whole, rate, None)
    return found is None or found.code == "rate-rounding"


#: Rule rates: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "fractions",
    check_fractions,
    ("rate-mismatch", "rate-rounding", "bound-violated"),
    needs_figures=True,
)


# A rate of ALL the members, named by words after it and not written, after a fraction over
# those present or voting: "473/473 đại biểu có mặt biểu quyết tán thành, bằng 98,54% tổng số
# đại biểu Quốc hội" (473/480).  The words of such a fraction's own count: present, voting.
_NAMED_TOTAL = re.compile(r"\btổng\s+số\s+(?P<noun>[^\W\d_][^\d,;.!?()\[\]\n]*)", re.IGNORECASE)
_PRESENT_OR_VOTING = re.compile(
    r"\b(?:có\s+mặt|tham\s+gia|tham\s+dự|dự\s+họp|biểu\s+quyết|bỏ\s+phiếu|phiếu)\b", re.IGNORECASE
)
# The fraction's own count may also say how its members voted ("101/103 đại biểu tán thành");
# after a named whole those words are the verb ("... 95,99% tổng số đại biểu tán thành").
_VOTED = re.compile(rf"{_PRESENT_OR_VOTING.pattern}|\b(?:tán\s+thành|tín\s+nhiệm)\b", re.I)
# A vote of deputies ("101/103 đại biểu tín nhiệm"): its rate may be of all the deputies, a few
# more than those who voted, with no whole named (HĐND TP.HCM, 2016: "101/103 đại biểu tín
# nhiệm, đạt tỷ lệ 96,19%", of its 105 deputies).
_DEPUTIES_VOTING = re.compile(
    r"^đại\s+biểu\b.*\b(?:biểu\s+quyết|bỏ\s+phiếu|tán\s+thành|tín\s+nhiệm|đồng\s+ý)\b"
)
_DEPUTIES = re.compile(r"đại\s+biểu\b|đbqh\b")
_ALL_DEPUTIES = re.compile(r"\btổng\s+số\s+(?:đại\s+biểu|đbqh)\b(?!\s+(?:có\s+mặt|tham))", re.I)
_ABSENT_AT_MOST = 3  # deputies absent from a vote, at least this many allowed
_ABSENT_SHARE = Decimal("0.05")  # ... or this share of those who voted
_IN_BRACKETS = re.compile(r"\([^()]*\)")
_NOUN_END = re.compile(r"[\d,;.!?\n]")
_MAX_WINDOW = 200
_NOUN_WORDS = 4


def _rate_window(s: _Scan, rate: Mention) -> str:
    """The text after *rate* to the end of its clause or of its bracket (a bracket opened after
    the rate is read whole: ``95,19% (475/475 đại biểu ..., tổng số ... là 499 đại biểu)``)."""
    start = rate.end - s.base
    text = s.text[start : start + _MAX_WINDOW]
    depth = 0
    for k, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return text[:k]
            depth -= 1
        elif char in ";!?\n" or (
            char in ".," and depth == 0 and k > 0 and not text[k + 1 : k + 2].isdigit()
        ):
            return text[:k]  # a comma right after the rate opens its base: "(94,94%, tổng số ...)"
    return text


def _fraction_noun(s: _Scan, denominator: Mention) -> str:
    """The fraction's noun and the words after it, its brackets left out, to the end of the
    clause."""
    start = denominator.end - s.base
    rest = _IN_BRACKETS.sub(" ", s.text[start : start + _MAX_WINDOW])
    words = f"{denominator.unit or ''} {_NOUN_END.split(rest, maxsplit=1)[0]}"
    return " ".join(words.split()).casefold()


def _named_total(
    s: _Scan, rate: Mention, denominator: Mention
) -> tuple[Decimal, Decimal | None] | None:
    """When the words after *rate* name a total that is not the fraction's own count, the
    rate's value and the written whole in the same bracket (``None`` when not written)."""
    window = _rate_window(s, rate)
    named = _NAMED_TOTAL.search(window)
    if named is None:
        return None
    noun = " ".join(named.group("noun").split()[:_NOUN_WORDS]).casefold()
    own = _fraction_noun(s, denominator)
    if own and (_PRESENT_OR_VOTING.search(noun) or not _VOTED.search(own)):
        return None  # "45/50 chi hội, đạt 90% tổng số chi hội": the fraction's own whole
    at = rate.end - s.base + named.end()
    written = [
        m.value
        for m in s.mentions
        if _is_count(m) and at <= m.start - s.base < rate.end - s.base + len(window)
    ]
    return rate.value, (written[0] if written else None)


def _bases_of(numerator: Decimal, rate: Mention, written: Decimal | None) -> list[int]:
    """The whole numbers *b* for which ``numerator / b`` is *rate* to its stated precision
    (one unit of the last decimal either side, as reports round loosely), or *written* alone."""
    digits = rate.text.split("%")[0].strip().replace(".", "").partition(",")[2]
    unit = Decimal(1).scaleb(-len(digits)) * Decimal("1.5")
    low, high = rate.value - unit, rate.value + unit
    if low <= 0 or numerator <= 0:
        return []
    if written is not None:
        return [int(written)] if low <= 100 * numerator / written <= high else []
    first = int((100 * numerator / high).to_integral_value(rounding="ROUND_CEILING"))
    last = int((100 * numerator / low).to_integral_value(rounding="ROUND_FLOOR"))
    return list(range(first, min(last, first + 50) + 1))


def _rate_of_another_total(
    s: _Scan, rate_at: int, numerator: Mention, denominator: Mention
) -> bool:
    """Whether the rate at *rate_at*, not that of the fraction, is the same count over a larger
    whole: one named by words after it (``473/473 đại biểu có mặt ..., bằng 98,54% tổng số đại
    biểu Quốc hội``), or one a parallel rate of the paragraph names (``469/487 (94,94%, tổng số
    đại biểu Quốc hội) ... 445/488 (90,08%)``, each over 494), or one a rate of an earlier
    paragraph of the section named (the vote's rate repeated on a later line: "487/488 đại
    biểu Quốc hội tán thành (bằng 98,38%)" after "487/488 ..., chiếm 98,38% tổng số đại biểu
    Quốc hội")."""
    if numerator.fraction != "numerator" or denominator.fraction != "denominator":
        return False
    rate = s.mentions[rate_at]
    named = _named_total(s, rate, denominator)
    if named is not None:
        bases = [b for b in _bases_of(numerator.value, rate, named[1]) if b > denominator.value]
        if len(bases) <= _DECLARED_MAX:  # a rate precise enough to name one whole
            s.declared.update(bases)
        return bool(bases)
    declared: set[int] = set(s.declared)
    m = s.mentions
    for k in range(len(m) - 1):
        if m[k].fraction != "numerator" or m[k + 1].fraction != "denominator":
            continue
        for at in (k - 1, k + 2):
            if at == rate_at or not 0 <= at < len(m) or not _is_rate(m[at]):
                continue
            other = _named_total(s, m[at], m[k + 1])
            if other is not None:
                bases = _bases_of(m[k].value, m[at], other[1])
                declared.update(b for b in bases if b > m[k + 1].value)
    own = _bases_of(numerator.value, rate, None)
    if any(b in declared and b > denominator.value for b in own):
        return True
    return _of_all_deputies(s, rate, numerator, denominator)


def _of_all_deputies(s: _Scan, rate: Mention, numerator: Mention, denominator: Mention) -> bool:
    """Whether a vote of deputies (:data:`_DEPUTIES_VOTING`) states, rounded half up to its
    precision exactly, its count over a few more deputies than voted (at most
    :data:`_ABSENT_AT_MOST` or :data:`_ABSENT_SHARE` more): the rate of all the deputies, a
    vote's legal base, with no whole named.  A rate above the fraction's is never one.

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Với 101/103 đại biểu tín nhiệm, đạt tỷ lệ 96,19%.")
    []
    >>> [f.code for f in check_text("Với 101/103 đại biểu tín nhiệm, đạt tỷ lệ 96,29%.")]
    ['rate-mismatch']
    >>> [f.code for f in check_text("Với 101/103 hội viên tham gia, đạt tỷ lệ 96,19%.")]
    ['rate-mismatch']
    """
    own = _fraction_noun(s, denominator)
    if not _DEPUTIES_VOTING.search(own) and not (
        _DEPUTIES.match(own) and _ALL_DEPUTIES.search(_rate_window(s, rate))
    ):
        # "479/480 đại biểu (bằng 96,96% tổng số đại biểu Quốc hội)": the deputies who voted
        # over all of them, the whole named by its noun alone.
        return False
    n, d = int(numerator.value), int(denominator.value)
    if n != numerator.value or d != denominator.value or not 0 < n <= d:
        return False
    digits = len(rate.text.split("%")[0].strip().replace(".", "").partition(",")[2])
    scaled = rate.value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        return False
    stated = int(scaled)
    reach = max(_ABSENT_AT_MOST, int(_ABSENT_SHARE * d))
    for whole in range(d + 1, d + reach + 1):
        # n / whole in percent, to *digits* decimals, rounded half up (integers: exact)
        if (2 * n * 100 * 10**digits + whole) // (2 * whole) == stated:
            return True
    return False
