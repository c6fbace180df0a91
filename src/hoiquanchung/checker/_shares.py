"""Rule shares: the percentages of one complete breakdown must make 100 % within their rounding.

"70% thành viên trong độ tuổi từ 55 tuổi trở lên và 30% thành viên dưới 55 tuổi": the
percentages of one sentence, each attached to one part of a single dimension, are the shares
of one whole.  Each stated share admits the values that round to it
(:meth:`hoiquanchung.indicators.StatedFigure.admits`: ``± ½`` of its last digit), so *n* shares
at *d* decimals may miss 100 by ``n · ½ · 10⁻ᵈ`` at most; beyond that the rule reports
``share-sum-mismatch`` (error).

The dimensions recognised (the part's words, before each percentage or after each one, the same
side for all of them):

* grades (*xuất sắc*, *tốt*, *khá*, *trung bình*, *yếu*, *kém*);
* sex (*nam*, *nữ*, lower case: *Việt Nam*, *Quảng Nam* are no sex);
* ethnicity (*dân tộc Kinh*, *dân tộc thiểu số*);
* age groups (*từ 55 tuổi trở lên*, *tuổi 55 trở lên*, *dưới 55 tuổi*, *trên 70 tuổi*);
* education (*trên đại học*, *đại học*, *dưới đại học*);
* a congress's delegates (*được bầu*, *đương nhiên*, *chỉ định*; *bầu* alone is none).

Two lists are read on their own: the economic sectors (*khu vực nông, lâm nghiệp và thủy sản*,
*công nghiệp và xây dựng*, *dịch vụ*; :func:`_sector_shares`) and the levels of one scale after
*theo các cấp độ:* (:func:`_scale_levels`); the structure of two periods sector by sector, "từ
X% ... lên Y%", one line or one bullet a sector (:func:`_sector_series`); the parts of one kind
each after *chiếm*, the later ones named by the kind's word only ("bằng đường hàng không ...,
chiếm 85,2%; bằng đường bộ ..., chiếm 13,1%", :func:`_kind_shares`, above 100 % only).

Dimensions can also be data (``data/share_dimensions.toml``,
:mod:`hoiquanchung.checker._share_dimensions`): the ways international visitors arrive (air,
road, sea), films by origin, loans by term; each share of a sentence after *chiếm*, its
item's words naming one value, the changes after *tăng* / *giảm* left out ("dư nợ cho vay
ngắn hạn chiếm tới 62,4%, giảm 2,3% ...; dư nợ cho vay trung, dài hạn chiếm 37,6%, tăng
0,01%", baogialai.com.vn 2021).  When the whole named before the parts carries a label of its
own, the first part's label is read after *trong đó* ("lực lượng lao động từ 15 tuổi trở
lên ..., trong đó lao động nam chiếm 53,19% và lao động nữ chiếm 46,81%", vneconomy.vn 2025).

A percentage above 100 % written as a share (*chiếm* right before it: "nữ chiếm 155%") is read
among the shares of its sentence; any other percentage above 100 % makes no breakdown.

Shares that add up to **more** than 100 % are reported whenever the parts are different values
of one dimension (a thing has one grade, one sex, one age).  Shares that add up to **less** are
reported only when the breakdown is evidently complete: *nam* and *nữ*; *dân tộc Kinh* and *dân
tộc thiểu số*; *từ N tuổi trở lên* and
*dưới N tuổi*; *trên đại học*, *đại học* and *dưới đại học*; *được bầu*, *đương nhiên* and
*chỉ định*; or grades from the best to the
worst (*tốt* ... *yếu*).  The rule stays quiet
unless the sentence says the percentages are shares (*chiếm*, *trong đó*, *gồm*, *cơ cấu*,
*thành phần đại biểu* (the make-up of a body), *xếp loại*, the dimension named before a
colon: *Trình độ:*, or the same noun right after every percentage), when a word of change or
of another base is near a percentage (*tăng*, *giảm*, *so với*, *kế hoạch*, *chỉ tiêu*: rates
of different bases never sum), when a percentage has a bound (*trên 90%*), when two
percentages name the same part (*tỷ lệ nữ ... 45%, cán bộ nữ ... 60%*), and when the
percentages are followed by different nouns (*95% chi hội xếp loại tốt, 90% hội viên xếp loại
khá*: two bases).

The counts written beside the shares of a complete breakdown that make 100 % must make their
whole: the whole named before them in their sentence (*trong số 499 đại biểu*), or, when the
sentence names none and its counts contradict their shares, the one count of the section
before it that every share but one fits (:func:`_whole_before`).  Either is ``total-mismatch``
(error).

Conversely, counts can show a breakdown complete whatever its words: when each share of a run
has its own count ("33 ngày (chiếm 23%), ủy quyền tiếp 111 ngày (chiếm 77%)") and every share
but one is its count's part of the counts' sum (rounded either way or truncated), the counts
are the whole and the shares must make 100 %; the one share left is no part of any whole the
others admit (:func:`_counted_breakdown`).  A whole written in the section equal to the counts'
sum leaves the shares to rule rates (a rate each of the named whole).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._kinds import age_group_words, label_dimensions, nomination_pattern
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._ownership_shares import ownership_shares
from hoiquanchung.checker._patterns import led_by, may_contain_between
from hoiquanchung.checker._rules import make_finding, sum_of_terms, total_mismatch, write_number
from hoiquanchung.checker._share_dimensions import (
    complete_values,
    data_dimension_shares,
    dimension_words,
)
from hoiquanchung.checker._survey_shares import survey_shares
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import StatedFigure
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._vocabulary import alternation, bound_words

__all__ = [
    "CHECK",
    "check_shares",
    "completes",
    "counted_shares",
    "part_labels",
    "shares_make_whole",
]

# A sentence's end: one of ".!?…" before a space or the end, or a line break.  Written with
# the set of all five first (``[.!?…](?=\s|\Z)|\n`` as a set and look-arounds): a search skips
# to the next of them in C instead of trying the whole pattern at every position (speed;
# the same matches: a line break passes the look-behind, the others the look-ahead).
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|(?=\s|\Z))")
_CLAUSE_START = re.compile(r"[;:]")
_MAX_BEFORE = 90
_MAX_AFTER = 60
_AFTER_STOP = re.compile(r"[,;:()\[\]]")
# Words of change or of another base: these percentages are not shares of one whole.
# In a share's clause before it, a written fraction ("57/63 địa phương, đạt 90%"): the rate is
# the fraction's.
_FRACTION_BEFORE = re.compile(r"\d\s*/\s*\d[\d.,]*[^\d%;/]{0,40}\Z")
_OTHER_BASE = led_by(
    "tgsvkcbm",
    re.compile(
        r"\b(?:tăng|giảm|so\s+với|vượt|kế\s+hoạch|chỉ\s+tiêu|cùng\s+kỳ|bình\s+quân|mỗi)\b",
        re.IGNORECASE,
    ),
)
_SHARE_CUE = led_by(
    "ctgxpđh",
    re.compile(
        r"\b(?:chiếm|trong\s+đó|gồm|cơ\s+cấu|xếp\s+loại|phân\s+loại)\b"
        # "Thành phần đại biểu ... là 207 đại biểu (41,4%) và ...": the make-up of a body.
        r"|\b(?:thành\s+phần\s+(?:đại\s+biểu|hội\s+viên|ủy\s+viên|uỷ\s+viên))\b"
        r"|\b(?:trình\s+độ|giới\s+tính|độ\s+tuổi)\s*:"  # the dimension named, then the list
        # "học lực giỏi ..., học lực khá ...": a pupil's grade of learning, one each.
        r"|\bhọc\s+lực\b",
        re.IGNORECASE,
    ),
)
# A word that every match of _SHARE_CUE holds, lower case (``may_contain_between``: a search
# of a long sentence tries the pattern at each position; most sentences hold none; speed).
_SHARE_CUE_WORDS = ("chiếm", "trong", "gồm", "cấu", "loại", "phần", ":", "lực")
# "giỏi" is the best grade of a pupil's learning (học lực giỏi, khá, trung bình, yếu, kém) and
# of a degree (tốt nghiệp loại giỏi, khá, trung bình): the rank of *tốt* in a review.
_GRADES = {
    "xuất sắc": 0,
    "tốt": 1,
    "giỏi": 1,
    "khá": 2,
    "trung bình": 3,
    "yếu": 4,
    "kém": 5,
}
_GRADE = led_by(
    "xtkyg",
    re.compile(
        r"(?<!\w)(xuất\s+sắc|tốt(?!\s+nghiệp)|giỏi|khá|(?<!tuổi\s)trung\s+bình|yếu|kém)(?!\w)"
    ),
)
_SEX = led_by("n", re.compile(r"(?<![\w])(?<!Việt\s)(?<!miền\s)(?<!phía\s)(nam|nữ)(?!\w)"))
# Ethnicity: the Kinh and the ethnic minorities (các dân tộc thiểu số) make the whole of the
# Vietnamese ethnic groups ("82% là người dân tộc Kinh (410 người) và 18% đại biểu thuộc các dân
# tộc thiểu số (89 người)").
_ETHNICITY = led_by("dD", re.compile(r"(?<!\w)dân\s+tộc\s+(kinh|thiểu\s+số)(?!\w)", re.IGNORECASE))
# Age groups: "từ 55 tuổi trở lên" / "tuổi 55 trở lên", "dưới 55 tuổi", "trên 70 tuổi", and
# education: above, at and below a university degree (the three make the whole); their words
# are the data's (``[age_groups]`` and the dimension "education" of data/breakdown_kinds.toml).
# Who nominated a delegate or candidate to the National Assembly: a central body, a local body,
# or the candidate (Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015, Điều 35:
# "người được giới thiệu ứng cử" by the bodies of Trung ương or of địa phương, and "người tự ứng
# cử"); the three make the whole.
_NOMINATION = nomination_pattern()
# Residence: urban and rural (thành thị, nông thôn) make the whole of a population (the
# statistics offices' breakdown "phân theo thành thị, nông thôn"); "nông thôn mới" (the new rural
# areas programme) is no residence.
_RESIDENCE = led_by(
    "tnTN",
    re.compile(r"(?<!\w)(thành\s+thị|nông\s+thôn)(?!\w)(?!\s+mới)", re.IGNORECASE),
)
# A share written in brackets right after its count: "182 người trúng cử (tỉ lệ 36,70%)".
# How a congress's delegate comes: elected (được bầu), ex officio (đương nhiên), appointed (được
# chỉ định); the three make the whole (Quy chế bầu cử trong Đảng, the associations' congress
# rules: the dimension "delegate" of data/breakdown_kinds.toml).  "bầu" alone is no label ("bầu
# thiếu 4 ĐBQH", "bầu cử").
_DELEGATE = led_by(
    "đcĐC",
    re.compile(r"(?<!\w)(được\s+bầu|đương\s+nhiên|chỉ\s+định)(?!\w)(?!\s+cử)", re.IGNORECASE),
)
# The four organisations that take the loans of the Bank for Social Policies in trust (Ngân hàng
# Chính sách xã hội: "dư nợ ủy thác qua 4 tổ chức chính trị xã hội (Hội Nông dân, Hội Phụ nữ,
# Hội Cựu chiến binh, Đoàn thanh niên)", anhp.vn 2019; Quyết định 16/2003/QĐ-TTg): a loan in
# trust is held through one of them, and the four are the whole of the loans in trust.
_ENTRUSTING = led_by(
    "hHđĐ",
    re.compile(
        r"(?<!\w)(?:(hội\s+(?:nông\s+dân|nd))|(hội\s+(?:liên\s+hiệp\s+phụ\s+nữ|lhpn|phụ\s+nữ|pn))"
        r"|(hội\s+(?:cựu\s+chiến\s+binh|ccb))|(đoàn\s+(?:thanh\s+niên|tn)|đtn))(?!\w)",
        re.IGNORECASE,
    ),
)
_ENTRUSTING_VALUES = ("nông dân", "phụ nữ", "cựu chiến binh", "thanh niên")
_IN_TRUST = re.compile(r"\b(?:ủy|uỷ)\s+thác\b", re.IGNORECASE)
_BRACKETED_SHARE = re.compile(r"\(\s*(?:chiếm\s+)?(?:(?:tỷ|tỉ)\s*lệ\s+)?\Z", re.IGNORECASE)
_SEMICOLON = re.compile(";")
_MAX_BRACKET = 24  # "(chiếm tỷ lệ " and the like
_MAX_ITEM_LABEL = 160  # the words of an item before its bracketed share
_DIMENSION_WORDS = {
    "nomination": Localized("nơi giới thiệu", "nominating body"),
    "entrusting": Localized("tổ chức nhận ủy thác", "entrusted organisation"),
    "delegate": Localized("loại đại biểu", "kind of delegate"),
    "education": Localized("trình độ", "education"),
    "grade": Localized("xếp loại", "grade"),
    "party-grade": Localized("xếp loại", "grade"),
    "qualification": Localized("trình độ", "qualification"),
    "sex": Localized("giới tính", "sex"),
    "ethnicity": Localized("dân tộc", "ethnicity"),
    "residence": Localized("thành thị, nông thôn", "urban or rural residence"),
    "age": Localized("độ tuổi", "age group"),
    "allocation": Localized("nơi được phân bổ", "recipient of the allocation"),
    "sector": Localized("khu vực kinh tế", "economic sector"),
    "ownership": Localized("khu vực kinh tế theo sở hữu", "ownership sector"),
    "level": Localized("cấp độ", "level"),
    "rest": Localized("các phần và phần còn lại", "the parts and the rest"),
    "counted": Localized("các phần có số lượng kèm theo", "parts given with their counts"),
    "kind": Localized("các phần cùng một loại", "the parts of one kind"),
    "survey": Localized(
        "câu trả lời khảo sát (tốt hơn, ổn định, khó khăn hơn)",
        "survey answer (better, stable, worse)",
    ),
}
_FIRST_WORD = re.compile(r"\s*(\w+)(?:\s+(\w+))?")
# The count of a share written right after it: "30% là nữ giới (tương đương 151 người)", "82%
# là người dân tộc Kinh (410 người)", "chiếm 91%, tương đương 452 trường hợp".
_COUNT_AFTER = re.compile(
    r"[^\d%;:()]{0,40}?(?:\(\s*(?:tương\s+đương\s+|với\s+)?|,\s*tương\s+đương\s+)\Z",
    re.IGNORECASE,
)
_COUNT_CLOSE = re.compile(r"\s*(?:\w+\s*){0,2}\)")
# The whole the shares are of, named before them in their sentence: "trong số 499 đại biểu".
_WHOLE_BEFORE = re.compile(r"\b(?:trong\s+(?:tổng\s+)?số|tổng\s+số)\s*\Z", re.IGNORECASE)
_MAX_COUNT_GAP = 60
# A sentence that goes on with the shares of the sentence before: the rest ("Còn lại 61% đại
# biểu ..."), its share before any other figure.
_REST_OPENER = re.compile(r"\s*còn\s+lại\b[^\d;]{0,40}\Z", re.IGNORECASE)
# Nouns of persons: a whole of *đại biểu* may be counted in *người* and *trường hợp*.
_PERSON_NOUNS = frozenset(
    {"người", "trường hợp", "đại biểu", "hội viên", "đoàn viên", "thành viên", "cán bộ"}
)


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _age_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns of the three kinds of age group, the age captured (group 1 or 2)."""
    w = {key: _words(value) for key, value in age_group_words().items()}
    age = r"(\d{1,3})"
    return (
        (
            ">=",
            re.compile(
                rf"(?:{w['from']}\s+)?{age}\s+{w['unit']}\s+{w['up']}"
                rf"|{w['unit']}\s+(?:{w['from']}\s+)?{age}\s+{w['up']}"
            ),
        ),
        (
            "<",
            re.compile(rf"{w['below']}\s+{age}\s+{w['unit']}|{w['unit']}\s+{w['below']}\s+{age}"),
        ),
        (
            ">",
            re.compile(rf"{w['above']}\s+{age}\s+{w['unit']}|{w['unit']}\s+{w['above']}\s+{age}"),
        ),
        # A band between two ages: "45-55 tuổi", "từ 45 - 55 tuổi" (the ages joined by "-").
        (
            "",
            re.compile(rf"(?<![\d.,])(\d{{1,3}}\s*[-–]\s*\d{{1,3}})\s+{w['unit']}(?!\s+{w['up']})"),
        ),
    )


def _education() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of the levels of education (the value captured) and the levels that make the
    whole (the dimension "education" of data/breakdown_kinds.toml)."""
    ((pattern, complete),) = (
        (pattern, complete)
        for name, _, pattern, complete in label_dimensions()
        if name == "education"
    )
    first = "".join(sorted({c for v in complete for c in (v[0], v[0].upper())}))
    return led_by(first + "sS", pattern), complete


_AGE = _age_patterns()
_EDUCATION, _EDUCATION_WHOLE = _education()


def _labels(text: str) -> set[tuple[str, str]]:
    """The parts (dimension, value) named in *text*."""
    found: set[tuple[str, str]] = set()
    if "ội" in text or "oàn" in text or "ĐTN" in text:  # "Hội", "Đoàn"
        masked = text
        for m in _ENTRUSTING.finditer(text):
            found.add(("entrusting", _ENTRUSTING_VALUES[(m.lastindex or 1) - 1]))
            # "Hội Phụ nữ" names an organisation, not the sex of a part.
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
        text = masked
    for m in _GRADE.finditer(text):
        found.add(("grade", " ".join(m.group(1).split())))
    for m in _SEX.finditer(text):
        found.add(("sex", m.group(1)))
    for m in _ETHNICITY.finditer(text):
        found.add(("ethnicity", " ".join(m.group(1).casefold().split())))
    for m in _EDUCATION.finditer(text):
        found.add(("education", " ".join(m.group(1).casefold().split())))
    for m in _NOMINATION.finditer(text):
        found.add(("nomination", " ".join(m.group(1).casefold().split())))
    for m in _RESIDENCE.finditer(text):
        found.add(("residence", " ".join(m.group(1).casefold().split())))
    for m in _DELEGATE.finditer(text):
        found.add(("delegate", " ".join(m.group(1).casefold().split())))
    for op, pattern in _AGE:
        for m in pattern.finditer(text):
            age = m.group(1) or m.group(m.lastindex or 1)
            found.add(("age", op + re.sub(r"\s*[-–]\s*", "-", age)))
    return found


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _complete(dimension: str, values: set[str]) -> bool:
    """Whether the parts evidently make the whole (so shares below 100 % are wrong too)."""
    from_data = complete_values(dimension, values)
    if from_data is not None:
        return from_data
    if dimension == "sex":
        return values == {"nam", "nữ"}
    if dimension == "ethnicity":
        return values == {"kinh", "thiểu số"}
    if dimension == "residence":
        return values == {"thành thị", "nông thôn"}
    if dimension == "entrusting":
        return values == set(_ENTRUSTING_VALUES)
    if dimension == "delegate":
        return values == {"được bầu", "đương nhiên", "chỉ định"}
    if dimension == "nomination":
        return values == {"trung ương", "địa phương", "tự ứng cử"}
    if dimension == "education":
        return values == _EDUCATION_WHOLE
    if dimension in (
        "allocation",
        "sector",
        "level",
        "party-grade",
        "qualification",
        "ownership",
        "kind",
    ):
        return False  # a sum's portions may leave a rest unnamed: only more than 100 % is wrong
    if dimension == "age":
        limits = {v.lstrip("<>=") for v in values}
        ops = {v.rstrip("0123456789") for v in values}
        return (len(values) == 2 and len(limits) == 1 and ops == {">=", "<"}) or _age_chain(values)
    ranks = sorted(_GRADES[v] for v in values)
    return len(ranks) >= 3 and ranks[0] <= 1 and ranks[-1] >= 4


def _age_chain(values: set[str]) -> bool:
    """Whether the age groups run from the youngest to the oldest with no gap: below an age,
    bands each starting where the one before ends ("dưới 45 tuổi", "45-55 tuổi", "trên 55
    tuổi"), then above (or from) the last age.

    >>> _age_chain({"<45", "45-55", ">55"}), _age_chain({"<45", "46-55", ">55"})
    (True, False)
    >>> _age_chain({"<35", "35-45", "46-55", ">=56"}), _age_chain({"<45", ">55"})
    (True, False)
    """
    below = [int(v[1:]) for v in values if v.startswith("<")]
    above = [v for v in values if v.startswith(">")]
    bands = sorted(tuple(int(a) for a in v.split("-")) for v in values if "-" in v)
    if len(below) != 1 or len(above) != 1 or not bands or len(values) != len(bands) + 2:
        return False
    edge = below[0]
    for k, (lo, hi) in enumerate(bands):
        # Below 45 ends at 44: the first band starts at 45; a band ending at 55 is followed by
        # one from 55 or 56 (both are written).
        if (lo != edge if k == 0 else lo not in (edge, edge + 1)) or hi <= lo:
            return False
        edge = hi
    last = int(above[0].lstrip(">="))
    return last == edge if above[0][1] != "=" else last == edge + 1


def completes(parts: Sequence[tuple[str, str]]) -> bool:
    """Whether *parts* (one dimension's, from :func:`part_labels`) evidently make the whole.

    >>> completes([("sex", "nam"), ("sex", "nữ")]), completes([("sex", "nữ")])
    (True, False)
    """
    return bool(parts) and _complete(parts[0][0], {v for _, v in parts})


def _assign(texts: Sequence[str]) -> list[tuple[str, str]] | None:
    """One part of one dimension for each text, all different, or ``None``."""
    parts: list[tuple[str, str]] = []
    for t in texts:
        found = _labels(t)
        if len(found) != 1:
            return None
        parts.append(found.pop())
    if len({d for d, _ in parts}) != 1 or len(set(parts)) != len(parts):
        return None
    return parts


def part_labels(befores: Sequence[str], afters: Sequence[str]) -> list[tuple[str, str]] | None:
    """The parts ``(dimension, value)`` that the words before each figure (*befores*), or else
    those after each one (*afters*), name: one part of one dimension each, all different.

    >>> part_labels(["Trình độ: trên đại học ", "); đại học ", "); dưới đại học "], ["", "", ""])
    [('education', 'trên đại học'), ('education', 'đại học'), ('education', 'dưới đại học')]
    >>> part_labels(["nữ ", "đảng viên "], ["", ""]) is None
    True
    """
    for side in (befores, afters):
        parts = _assign(side)
        if parts is not None:
            return parts
    return None


def shares_make_whole(rates: Sequence[Mention]) -> tuple[Fraction, Fraction] | None:
    """The sum of the *rates* (exact shares) as the interval of the values they admit (100,1 % ±
    0,15 % below), when that interval holds 100 % (the shares of a complete breakdown), else
    ``None``.

    >>> from hoiquanchung.checker import extract
    >>> shares_make_whole(extract("62,5% 36,3% 1,3%"))
    (Fraction(1999, 20), Fraction(401, 4))
    >>> shares_make_whole(extract("62,5% 36,3%")) is None
    True
    """
    lo, hi = Fraction(0), Fraction(0)
    for r in rates:
        if not _is_share(r):
            return None
        admitted = StatedFigure.from_quantity(r.quantity).admits()
        assert admitted.lo is not None  # exact figures only
        assert admitted.hi is not None
        lo, hi = lo + admitted.lo, hi + admitted.hi
    return (lo, hi) if lo <= 100 <= hi else None


# A count's own change, with its figure and noun, set off before its share ("Tổ khá 262 tổ, tăng
# 131 tổ so với năm 2023, tỷ lệ 10,34%"): no other base of the share (a change in percent,
# "tăng 5%", is left as it is).
# A bound word may come before the figure ("tăng trên 27 tỷ đồng": numbers/data/bound_words.toml).
_BOUND = alternation([w for w, b in bound_words("before").items() if b is not None], r"\s+")
_COUNT_CHANGE = re.compile(
    rf"\b(?:tăng|giảm)(?:\s+thêm)?\s+(?:(?:{_BOUND})\s+)?\d[\d.,]*\s+[^\W\d_][^\d,;:()%]{{0,30}}?"
    r"(?:\s+so\s+với\s+(?:(?:cùng\s+kỳ|đầu\s+năm|năm|cuối\s+năm)\s*)?(?:(?:19|20)\d\d)?)?"
    r"(?=\s*,\s*(?:chiếm|(?:tỷ|tỉ)\s*lệ)\b|\s*;|\s*\Z)",  # (the words after a share end at a comma)
    re.IGNORECASE,
)


# The words that open the parts of a whole named before them: "lực lượng lao động từ 15 tuổi trở
# lên ... đạt hơn 1,63 triệu người, trong đó lao động nam chiếm 53,19% ...".
_PARTS_START = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm)(?!\w)\s*:?", re.IGNORECASE)


def _after_parts_start(before: str) -> str:
    """The words of the first share's clause after the last *trong đó* / *gồm* of *before*,
    when the whole named before it carries a label of its own and the first part another:
    "lực lượng lao động từ 15 tuổi trở lên ... đạt hơn 1,63 triệu người, trong đó lao động nam
    chiếm 53,19% và lao động nữ chiếm 46,81%" (vneconomy.vn, 2025: the age qualifies the whole,
    the sex names the part).  *before* itself when it names one label or none, when no such
    word opens the parts, or when the words after it name no label."""
    if len(_labels(before)) < 2:
        return before
    opened = [m.end() for m in _PARTS_START.finditer(before)]
    if not opened:
        return before
    own = before[opened[-1] :]
    return own if len(_labels(own)) == 1 else before


def _first_clause(before: str, opened: Sequence[re.Match[str]]) -> str:
    """The words of the first share's clause: after the last ``;`` or ``:``, or, when they name
    no part and a colon opens them, with the label before that colon too ("... thông qua Hội
    Nông dân: hơn 1.764 tỷ đồng, chiếm tỷ trọng 31,37%")."""
    last = opened[-1]
    own = before[last.end() :]
    if last.group() != ":" or _labels(own):
        return own
    head = before[opened[-2].end() if len(opened) > 1 else 0 : last.start()]
    return head + ":" + own if len(_labels(head)) == 1 else own


def _group(
    text: str, base: int, start: int, rates: Sequence[Mention]
) -> tuple[list[tuple[str, str]], bool] | None:
    """The parts the rates of one sentence (from *start*) are shares of, and whether the
    sentence says so; ``None`` when they are not one breakdown."""
    befores: list[str] = []
    afters: list[str] = []
    prev = start
    for i, r in enumerate(rates):
        s, e = r.start - base, r.end - base
        before = text[prev:s]
        clause = list(_CLAUSE_START.finditer(before))
        if clause and i == 0:
            before = _first_clause(before, clause)
        if i == 0:
            before = _after_parts_start(before[-_MAX_BEFORE:])
        befores.append(before[-_MAX_BEFORE:])
        stop = rates[i + 1].start - base if i + 1 < len(rates) else len(text)
        after = text[e:stop]
        if after.lstrip().startswith(")"):  # "564 người (chiếm 64,98%) có trình độ ..."
            after = after.lstrip()[1:]
        cut = _AFTER_STOP.search(after)
        afters.append(after[: cut.start() if cut else _MAX_AFTER][:_MAX_AFTER])
        prev = e
    if any(_OTHER_BASE.search(_COUNT_CHANGE.sub(" ", t)) for t in (*befores, *afters)):
        return None
    if any(_FRACTION_BEFORE.search(t) for t in befores):
        # "tại 34 bộ, cơ quan Trung ương, đạt 90% số đầu mối; ... tại 57/63 địa phương, đạt
        # 90%" (24h.com.vn, 2025, Kiểm toán Nhà nước): a rate of its own written fraction is
        # coverage of its own whole, not a share of one breakdown (found by a hunt).
        return None
    nouns = {_noun_after(a) for a in afters}
    if len(nouns - {None}) > 1:  # "95% chi hội ... tốt, 90% hội viên ... khá": two bases
        return None
    for side in (befores, afters):
        parts = _assign(side)
        if parts is not None:
            if parts[0][0] == "entrusting" and not _in_trust(text, base, rates):
                return None  # "Hội Nông dân chiếm 80%, Hội Phụ nữ 75%": each its own members
            stop = rates[-1].end - base
            cued = (
                may_contain_between(text, _SHARE_CUE_WORDS, start, stop)
                and _SHARE_CUE.search(text[start:stop]) is not None
            ) or (len(nouns) == 1 and None not in nouns)
            return parts, cued
    return None


def _bracketed_items(
    text: str, base: int, start: int, end: int, shares: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]]] | None:
    """The shares of a breakdown spread over the items of a list, one bracketed share an item.

    "Trong đó, ĐB do ... Trung ương giới thiệu có 182 người trúng cử (tỉ lệ 36,70%), ít hơn so
    với dự kiến 15 người (khóa XIII là 33,4%); ĐB do ... địa phương giới thiệu 312 người (tỉ lệ
    62,90%); ĐB tự ứng cử 2 người (tỉ lệ 0,4%), giảm 0,4% so với khóa XIII.": items end at a
    semicolon; in each, the one share written in brackets right after its count, and the part
    named before it.  Every item of the sentence with a bracketed share names one part of one
    dimension, all different, or there is no breakdown; the sentence must say it lists parts
    (*trong đó*, *gồm*...).  The other percentages of an item (a change, another term's rate)
    are no shares and are left out.
    """
    if (
        not may_contain_between(text, _SHARE_CUE_WORDS, start, end)
        or _SHARE_CUE.search(text, start, end) is None
    ):
        return None
    chosen: list[Mention] = []
    labels: list[str] = []
    items: list[int] = []
    item_start = start
    # The semicolons of the sentence, found once (linear time whatever the number of shares).
    semicolons = iter(m.end() for m in _SEMICOLON.finditer(text, start, end))
    next_item = next(semicolons, end)
    for m in shares:
        s = m.start - base
        while next_item <= s:
            item_start, next_item = next_item, next(semicolons, end)
        # The bracket is right before the share, the part's name a clause before the bracket.
        opened = text.rfind("(", max(item_start, s - _MAX_BRACKET), s)
        if opened < 0 or not _BRACKETED_SHARE.match(text, opened, s) or not _is_share(m):
            continue
        if items and items[-1] == item_start:
            return None  # two bracketed shares in one item
        items.append(item_start)
        chosen.append(m)
        labels.append(text[max(item_start, opened - _MAX_ITEM_LABEL) : opened])
    if len(chosen) < 2:
        return None
    parts = _assign(labels)
    if parts is None or (parts[0][0] == "entrusting" and not _in_trust(text, base, chosen)):
        return None
    return chosen, parts


def _noun_after(after: str) -> str | None:
    m = _FIRST_WORD.match(after)
    if m is None or not after[:1].isspace():
        return None
    word = m.group(1).casefold()
    if word in {"và", "còn", "là", "nam", "nữ", "so", "trong", "trên", "dưới", "của"}:
        return None
    return f"{word} {(m.group(2) or '').casefold()}".strip()


def _judge(
    context: ParagraphContext,
    rates: Sequence[Mention],
    parts: Sequence[tuple[str, str]],
    *,
    rest: bool = False,
    at: Mention | None = None,
) -> Finding | None:
    judged = context.state.rule_states.get(_JUDGED)
    if isinstance(judged, set):
        judged.update(r.start for r in rates)
    lo, hi = Fraction(0), Fraction(0)
    for r in rates:
        admitted = StatedFigure.from_quantity(r.quantity).admits()
        assert admitted.lo is not None  # exact figures only
        assert admitted.hi is not None
        lo, hi = lo + admitted.lo, hi + admitted.hi
    if lo <= 100 <= hi:
        return None
    dimension = parts[0][0]
    if dimension == "residence" and not _residence_shares(context, rates):
        return None
    if hi < 100 and not (rest or _complete(dimension, {v for _, v in parts})):
        return None
    if hi < 100 and _shares_of_larger_whole(context, rates):
        return None
    total = sum((r.value for r in rates), start=Decimal(0))
    slack = (hi - lo) / 2
    terms = " + ".join(r.text for r in rates)
    para = context.paragraph
    return make_finding(
        para,
        (rates[0] if at is None else at).start - para.offset,
        "share-sum-mismatch",
        {
            "terms": terms,
            "sum": Localized(write_number(total, "vi", "%"), write_number(total, "en", "%")),
            "bound": Localized(
                write_number(_decimal(slack), "vi", "%"), write_number(_decimal(slack), "en", "%")
            ),
            "dimension": _words_of(dimension),
        },
        file=context.file,
        stated=terms,
        computed="100%",
        stated_value=total,
    )


_RATE_WORD = re.compile(r"(?<!chiếm\s)\b(?:tỷ|tỉ)\s*lệ\b", re.IGNORECASE)
_CHIEM_RIGHT_BEFORE = re.compile(r"\bchiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z", re.IGNORECASE)


def _words_of(dimension: str) -> Localized:
    """The words of *dimension* in a finding's message (the code's, else the data's)."""
    words = _DIMENSION_WORDS.get(dimension) or dimension_words(dimension)
    return words if words is not None else Localized(dimension, dimension)


def _residence_shares(context: ParagraphContext, rates: Sequence[Mention]) -> bool:
    """Whether urban and rural percentages are shares: each written right after *chiếm* ("195
    vụ xảy ra tại địa bàn thành thị, chiếm 52% và 180 vụ ... nông thôn, chiếm 48%"), and no rate
    named before them in their sentence ("tỷ lệ thất nghiệp ở thành thị là 1,46%, ...; ở khu
    vực nông thôn ..., chiếm tỷ lệ 0,33%": the unemployment rates of two populations)."""
    text, base = context.text, context.paragraph.offset
    first = rates[0].start - base
    for r in rates:
        if not _CHIEM_RIGHT_BEFORE.search(text, max(0, r.start - base - 20), r.start - base):
            return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, first)]
    start = ends[-1] if ends else 0
    return _RATE_WORD.search(text, start, rates[-1].start - base) is None


def _in_trust(text: str, base: int, rates: Sequence[Mention]) -> bool:
    """Whether the shares speak of loans in trust (*ủy thác* near them): the four organisations
    are a dimension of those only ("Hội Nông dân chiếm 80%, Hội Phụ nữ chiếm 75%" may each be
    the share of an organisation's own members)."""
    start = max(0, rates[0].start - base - 200)
    return _IN_TRUST.search(text, start, rates[-1].end - base + 60) is not None


# Between a count and its share in one clause: "nam 45 người, chiếm 4,5%", "45 người (4,5%)".
_OWN_SHARE_GAP = re.compile(
    r"\A[^\d;:%()]{0,30}?(?:chiếm|(?:tỷ|tỉ)\s*lệ|\()[^\d;:%()]{0,12}\Z", re.IGNORECASE
)


def _own_count(context: ParagraphContext, at: int) -> Mention | None:
    """The count written right beside the share ``context.mentions[at]``: before it in its
    clause with a word that attaches the share ("45 người, chiếm 4,5%"), or after it in
    brackets ("4,5% (45 người)")."""
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    share = mentions[at]
    if at > 0 and _is_count(mentions[at - 1]):
        count = mentions[at - 1]
        if _OWN_SHARE_GAP.match(text[count.end - base : share.start - base]):
            return count
    after = mentions[at + 1] if at + 1 < len(mentions) else None
    return _count_after(text, base, share, after)


def _shares_of_larger_whole(context: ParagraphContext, rates: Sequence[Mention]) -> bool:
    """Whether the shares' own counts say the whole is larger than the parts' sum.

    "Cán bộ nam 45 người, chiếm 4,5%; nữ 55 người, chiếm 5,5%": 45 is 4,5 % of 1.000, and so is
    55 of 5,5 %; the men and women named are a part of a larger whole, no partition of it.
    Every share must have its count, and every count, read at the largest value its share
    admits, must imply a whole above the counts' sum (a miswritten share implies one near it).
    """
    index = {id(m): i for i, m in enumerate(context.mentions)}
    counts: list[Decimal] = []
    for r in rates:
        at = index.get(id(r))
        count = None if at is None else _own_count(context, at)
        if count is None:
            return False
        counts.append(count.value)
    total = Fraction(sum(counts, start=Decimal(0)))
    if total <= 0:
        return False
    for r, c in zip(rates, counts, strict=True):
        hi = StatedFigure.from_quantity(r.quantity).admits().hi
        if hi is None or hi <= 0 or Fraction(c) * 100 / hi <= total:
            return False
    return True


def _decimal(f: Fraction) -> Decimal:
    # The slack is a sum of halves of powers of ten: exact in decimal.
    return Decimal(f.numerator) / Decimal(f.denominator)


def _is_share(m: Mention) -> bool:
    return m.unit == "%" and m.bound is Bound.EXACT and 0 <= m.value <= 100 and m.fraction is None


def _nearly_share(m: Mention) -> bool:
    """A share written *gần* ("chiếm gần 48%"): it admits the values just below its figure."""
    return m.unit == "%" and m.bound is Bound.NEARLY and 0 < m.value <= 100 and m.fraction is None


def _about_shares(shares: Sequence[Mention]) -> list[Mention] | None:
    """The shares of a sentence all written *khoảng* ("dưới 45 tuổi khoảng 15%, 45-55 tuổi
    khoảng 50% và trên 55 tuổi khoảng 35%"), read at their written rounding (a breakdown of
    round figures still makes 100 %), or ``None`` when one of them is neither *khoảng* nor
    exact, or none is *khoảng*."""
    if not any(m.bound is Bound.ABOUT for m in shares):
        return None
    out: list[Mention] = []
    for m in shares:
        if m.bound is Bound.ABOUT:
            m = attrs.evolve(m, quantity=attrs.evolve(m.quantity, bound=Bound.EXACT))
        if not _is_share(m):
            return None
        out.append(m)
    return out


# "nữ chiếm 155%": a share (chiếm right before it) above 100 %, impossible for a part.
_CHIEM_BEFORE = re.compile(r"\bchiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*(?:là\s*)?:?\s*\Z", re.IGNORECASE)


def _share_above_whole(text: str, base: int, m: Mention) -> bool:
    """Whether *m* is a percentage above 100 % written as a share (*chiếm* right before it):
    read among the shares of its sentence, whose sum it then takes above 100 %."""
    if m.unit != "%" or m.bound is not Bound.EXACT or m.fraction is not None or m.value <= 100:
        return False
    at = m.start - base
    return _CHIEM_BEFORE.search(text, max(0, at - 24), at) is not None


def _count_after(text: str, base: int, share: Mention, after: Mention | None) -> Mention | None:
    """The count written right after *share* (*after*, the next figure), or ``None``."""
    if after is None or not _is_count(after):
        return None
    gap = text[share.end - base : after.start - base]
    if len(gap) > _MAX_COUNT_GAP or not _COUNT_AFTER.match(gap):
        return None
    if "(" in gap:
        bracketed = gap[gap.rfind("(") :]
        if len(bracketed) > _MAX_BRACKET or not _COUNT_CLOSE.match(text, after.end - base):
            return None
    return after


def _count_before(text: str, base: int, share: Mention, before: Mention | None) -> Mention | None:
    """The count whose share is written in brackets right after it ("151 đại biểu nữ (chiếm
    30%)"), or ``None``."""
    if before is None or not _is_count(before):
        return None
    gap = text[before.end - base : share.start - base]
    opened = gap.rfind("(")
    if len(gap) > _MAX_COUNT_GAP or opened < 0 or not _BRACKETED_SHARE.match(gap, opened):
        return None
    if any(c in gap[:opened] for c in "%;:()"):
        return None
    return before


def _is_count(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.unit != "%" and m.fraction is None and m.value >= 0


def _same_kind(whole: Mention, counts: Sequence[Mention]) -> bool:
    units = {(m.unit or "").casefold() for m in (whole, *counts)}
    return len(units) == 1 or units <= _PERSON_NOUNS


def _share_counts(
    text: str, base: int, mentions: Sequence[Mention], shares: Sequence[Mention]
) -> list[Mention] | None:
    """The count written right beside each of *shares* (all after their share, or all before it
    with the share in brackets), one count a share, or ``None``."""
    index = {id(m): i for i, m in enumerate(mentions)}
    if any(id(s) not in index for s in shares):
        return None
    positions = [index[id(s)] for s in shares]
    for offset, pick in ((1, _count_after), (-1, _count_before)):
        counts = []
        for i, share in zip(positions, shares, strict=True):
            j = i + offset
            count = pick(text, base, share, mentions[j] if 0 <= j < len(mentions) else None)
            if count is None:
                break
            counts.append(count)
        else:
            return counts if len({id(c) for c in counts}) == len(counts) else None
    return None


def counted_shares(
    text: str, base: int, start: int, mentions: Sequence[Mention], shares: Sequence[Mention]
) -> tuple[Mention, list[Mention]] | None:
    """The whole and the counts of *shares*, each share with its count written right beside it
    (all after their share, or all before it with the share in brackets), the whole named
    before the first of them in their sentence (*trong số*, *tổng số*), or ``None``.

    The caller passes the shares of one complete dimension that make 100 % (its evidence that
    no part is missing): their counts must then make the whole.  The *mentions* are those of the
    sentence that opens at *start*; age groups (*từ 40 tuổi trở lên*) may sit among them, any
    other figure before the parts leaves the whole unknown.

    >>> from hoiquanchung.checker import extract
    >>> t = ("trong số 499 đại biểu có 30% là nữ giới (tương đương 151 người) "
    ...      "và 70% nam giới (tương đương 348 người).")
    >>> ms = extract(t)
    >>> whole, counts = counted_shares(t, 0, 0, ms, [m for m in ms if m.unit == "%"])
    >>> whole.text, [c.text for c in counts]
    ('499 đại biểu', ['151 người', '348 người'])
    >>> t = "Trong số 499 đại biểu có 151 đại biểu nữ (chiếm 30%) và 348 đại biểu nam (chiếm 70%)."
    >>> ms = extract(t)
    >>> [c.text for c in counted_shares(t, 0, 0, ms, [m for m in ms if m.unit == "%"])[1]]
    ['151 đại biểu', '348 đại biểu']
    """
    index = {id(m): i for i, m in enumerate(mentions)}
    found = _share_counts(text, base, mentions, shares)
    if found is None:
        return None
    first = min(index[id(shares[0])], index[id(found[0])])
    before = [m for m in mentions[:first] if m.start - base >= start and m.unit != "tuổi"]
    if len(before) != 1 or not _is_count(before[0]):
        return None  # no whole, or which one is broken down is not guessed
    whole = before[0]
    if not _WHOLE_BEFORE.search(text, max(start, whole.start - base - 30), whole.start - base):
        return None
    if not _same_kind(whole, found):
        return None
    return whole, found


def _counts_mismatch(
    context: ParagraphContext, start: int, end: int, shares: Sequence[Mention]
) -> Finding | None:
    """``total-mismatch`` when the counts of a complete breakdown in shares do not make their
    whole (:func:`counted_shares`)."""
    para = context.paragraph
    text, base = context.text, para.offset
    inside = [m for m in context.mentions if start <= m.start - base < end]
    found = counted_shares(text, base, start, inside, shares)
    if found is None:
        return None
    whole, counts = found
    values = [c.value for c in counts]
    total = sum(values, start=Decimal(0))
    if total == whole.value:
        return None
    reported = context.state.figures.reported
    key = ("total-mismatch", whole.start)
    if key in reported:
        return None
    reported.add(key)
    return total_mismatch(
        para, whole.start - base, whole, total, sum_of_terms(values), file=context.file
    )


def _continued(
    text: str,
    base: int,
    sentence: tuple[int, int],
    shares: Sequence[Mention],
    parts: Sequence[tuple[str, str]],
) -> tuple[Mention, tuple[str, str], bool] | None:
    """The share that the next *sentence* adds to an incomplete breakdown of *parts*, its part
    and whether it is the rest, or ``None``.

    The sentence's first clause (to a semicolon) holds one share, before any other figure, and
    either opens with *Còn lại* (the rest: the shares must then make 100 %) or names the one
    value of the parts' dimension that completes it ("... đương nhiên chiếm tỷ lệ 12,04%, ...
    được bầu ... 87,02%. Đại biểu chỉ định chiếm tỷ lệ 0,95%; ...").

    >>> from hoiquanchung.checker import extract
    >>> t = "Nam chiếm 45%. Còn lại 55% là nữ; 20% là đảng viên."
    >>> share, part, rest = _continued(t, 0, (14, len(t)), extract(t)[1:], [("sex", "nam")])
    >>> share.text, part, rest
    ('55%', ('sex', 'nữ'), True)
    """
    dimension = parts[0][0]
    values = {v for _, v in parts}
    if _complete(dimension, values):
        return None
    start, end = sentence
    semicolon = _SEMICOLON.search(text, start, end)
    stop = semicolon.start() if semicolon else end
    inside = [m for m in shares if start <= m.start - base < stop]
    if len(inside) != 1 or not _is_share(inside[0]):
        return None
    share = inside[0]
    before, after = text[start : share.start - base], text[share.end - base : stop]
    if any(c.isdigit() for c in before) or _OTHER_BASE.search(before + after):
        return None
    found = _labels(before + " " + after)
    if _REST_OPENER.match(before):
        # The rest names no part of another dimension, nor one the sentence before has.
        if len(found) > 1 or any(d != dimension or v in values for d, v in found):
            return None
        return share, (found.pop() if found else (dimension, "rest")), True
    if len(found) != 1:
        return None
    part = found.pop()
    if part[0] != dimension or part[1] in values or not _complete(dimension, values | {part[1]}):
        return None
    return share, part, False


# A whole named in a sentence ("Trong 200 cán bộ, nữ chiếm 30%"): its share is of that whole.
_NAMES_WHOLE = re.compile(r"\b(?:trong|tổng|của|so\s+với)\b", re.IGNORECASE)


def _next_share(
    context: ParagraphContext,
    sentence: tuple[int, int],
    parts: Sequence[tuple[str, str]],
) -> tuple[Mention, tuple[str, str]] | None:
    """The share of the next *sentence* that completes the one-share breakdown *parts*.

    "Đại biểu là nam có 45 người, chiếm 50,56%. Đại biểu nữ có 44 người, chiếm 49,43%.": the
    sentence's first clause (to a semicolon) holds one share after *chiếm* and at most its own
    count before it, names the value of the dimension that completes it, and names no whole of
    its own (*trong*, *tổng*, *của*, *so với*) nor a word of change or of another base.
    """
    text, base = context.text, context.paragraph.offset
    start, end = sentence
    semicolon = _SEMICOLON.search(text, start, end)
    stop = semicolon.start() if semicolon else end
    inside = [m for m in context.mentions if start <= m.start - base < stop]
    shares = [m for m in inside if m.unit == "%"]
    if len(shares) != 1 or not _is_share(shares[0]):
        return None
    share = shares[0]
    counts = [m for m in inside if m.start < share.start]
    if len(counts) > 1 or any(not _is_count(c) for c in counts):
        return None
    before, after = text[start : share.start - base], text[share.end - base : stop]
    if _CHIEM_BEFORE.search(before) is None or _NAMES_WHOLE.search(before + after):
        return None
    if _OTHER_BASE.search(before + after):
        return None
    found = _labels(before + " " + after)
    if len(found) != 1:
        return None
    part = found.pop()
    values = {v for _, v in parts}
    if part[0] != parts[0][0] or part[1] in values or not completes([*parts, part]):
        return None
    return share, part


def _counted(
    context: ParagraphContext,
    start: int,
    end: int,
    shares: Sequence[Mention],
    parts: Sequence[tuple[str, str]],
) -> Finding | None:
    """:func:`_counts_mismatch` for shares that make 100 % of a complete dimension."""
    if shares_make_whole(shares) is None or not _complete(parts[0][0], {v for _, v in parts}):
        return None
    return _counts_mismatch(context, start, end, shares) or _whole_before(
        context, start, end, shares
    )


def _fits(share: Mention, count: Decimal, whole: Decimal) -> bool:
    """Whether *share* admits *count* out of *whole* (± half its last digit)."""
    admitted = StatedFigure.from_quantity(share.quantity).admits()
    assert admitted.lo is not None  # exact figures only
    assert admitted.hi is not None
    return admitted.lo <= Fraction(count) * 100 / Fraction(whole) <= admitted.hi


def _whole_before(
    context: ParagraphContext, start: int, end: int, shares: Sequence[Mention]
) -> Finding | None:
    """``total-mismatch`` when the counts of a complete breakdown in shares, whose sentence
    names no whole, do not make the whole stated before them in the section.

    "Trong số 499 trường hợp trúng cử ..." and, paragraphs later, "có 82% là người dân tộc Kinh
    (460 người) và 18% ... dân tộc thiểu số (89 người)": the shares make 100 % of a complete
    dimension, so their counts make their whole; 460 + 89 = 549, and 82 % is not 460 of 549 nor
    18 % 89 of it, so the sentence contradicts itself.  The whole is the one count of the
    section before the sentence (same noun, or nouns of persons) that every share but one
    admits as its base: 89 of 499 is 18 %.  Counts whose shares fit their own sum (a part of
    the whole broken down: "82% ... (124 người) và 18% ... (27 người)" of 151 women) are
    quiet, and so is a sentence when no count, or several, fit as its whole.
    """
    para = context.paragraph
    text, base = context.text, para.offset
    inside = [m for m in context.mentions if start <= m.start - base < end]
    if counted_shares(text, base, start, inside, shares) is not None:
        return None  # the whole is named in the sentence
    counts = _share_counts(text, base, inside, shares)
    if counts is None:
        return None
    total = sum((c.value for c in counts), start=Decimal(0))
    if total <= 0 or all(_fits(s, c.value, total) for s, c in zip(shares, counts, strict=True)):
        return None
    wholes = {
        w.value: w
        for w in context.state.section_counts
        if w.start < base + start
        and _is_count(w)
        and w.value > 0
        and w.value != total
        and _same_kind(w, counts)
        and sum(_fits(s, c.value, w.value) for s, c in zip(shares, counts, strict=True))
        >= len(counts) - 1
    }
    if len(wholes) != 1:
        return None
    [whole] = wholes.values()
    # One total is reported once, whichever rule reads it (any of its mentions in the section).
    reported = context.state.figures.reported
    keys = {
        ("total-mismatch", w.start)
        for w in context.state.section_counts
        if w.value == whole.value and w.start < base + start
    }
    if keys & reported:
        return None
    reported.update(keys)
    values = [c.value for c in counts]
    return total_mismatch(
        para, counts[0].start - base, whole, total, sum_of_terms(values), file=context.file
    )


def check_shares(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule shares in one paragraph: each sentence's breakdown in percent.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 50 thành viên, 70% thành viên từ 55 tuổi trở lên "
    ...                          "và 40% thành viên dưới 55 tuổi.")
    >>> [f.code for f in check_shares(ParagraphContext.of(para))]
    ['share-sum-mismatch']
    >>> [para] = Splitter().feed("Tỷ lệ hộ nghèo giảm 2%, tỷ lệ hội viên nữ đạt 45%.")
    >>> list(check_shares(ParagraphContext.of(para)))
    []
    """
    seen = _counts_written(context)
    judged: set[int] = set()
    context.state.rule_states[_JUDGED] = judged
    found = False
    for finding in _check_sentences(context):
        found = True
        yield finding
    owned = ownership_shares(context)
    if owned is not None and not any(m.start in judged for m in owned[0]):
        # The ownership sectors' shares, one clause or one sentence each (_ownership_shares).
        judged_owned = _judge(context, owned[0], owned[1], rest=owned[2])
        if judged_owned is not None:
            found = True
            yield judged_owned
    for run, answers in survey_shares(context):
        # The answers of the business-trend survey (_survey_shares): all three make the whole.
        if not any(m.start in judged for m in run):
            surveyed = _judge(context, run, answers, rest=True)
            if surveyed is not None:
                found = True
                yield surveyed
    if not found and sum(1 for m in context.mentions if m.unit == "%") > 1:
        for chosen, parts, whole in _sector_series(context, judged):
            here = [m for m in chosen if m.start >= context.paragraph.offset]
            series = _judge(context, chosen, parts, rest=whole, at=here[0] if here else None)
            if series is not None:
                found = True
                yield series
    if not found and "chiếm" in context.text:
        for start, end in _sentences(context.text):
            base = context.paragraph.offset
            inside = [m for m in context.mentions if start <= m.start - base < end]
            if sum(1 for m in inside if m.unit == "%") < 2 or any(
                m.start in judged for m in inside
            ):
                continue
            kinds = _kind_shares(context, start, end, [m for m in inside if m.unit == "%"])
            if kinds is not None:
                listed = _judge(context, kinds[0], kinds[1])
                if listed is not None:
                    found = True
                    yield listed
    if not found and sum(1 for m in context.mentions if m.unit == "%") > 1:
        counted = _counted_breakdown(context, seen, judged)
        if counted is not None:
            yield counted


def _check_sentences(context: ParagraphContext) -> Iterator[Finding]:
    text, base = context.text, context.paragraph.offset
    shares = [m for m in context.mentions if m.unit == "%"]
    if len(shares) < 2:
        return
    sentences = list(_sentences(text))
    reviewed = "hoàn thành" in text  # the grades of a party review (a fast test)
    remaining = "còn lại" in text or "Còn lại" in text  # a share of the rest (a fast test)
    corresponding = "ương ứng" in text  # "cơ cấu tương ứng" (a fast test)
    for k, (start, end) in enumerate(sentences):
        inside = [m for m in shares if start <= m.start - base < end]
        if len(inside) == 1 and reviewed and k + 1 < len(sentences) and _graded(text, start, end):
            run = _graded_run(context, sentences, k)
            if run is not None:
                found = _judge(context, run[0], run[1], rest=run[2])
                if found is not None:
                    yield found
                continue
        if len(inside) == 1 and remaining and k > 0:
            closed = _rest_of_shares(context, sentences, k, inside)
            if closed is not None:
                found = _judge(context, closed, [("rest", "")] * len(closed), rest=True)
                if found is not None:
                    yield found
                continue
        if len(inside) == 1 and k + 1 < len(sentences):
            found = _one_share_then_next(context, (start, end), sentences[k + 1], inside[0])
            if found is not None:
                yield found
            continue
        if len(inside) < 2:
            continue
        closed = _rest_of_shares(context, sentences, k, inside) if remaining else None
        if closed is not None:
            found = _judge(context, closed, [("rest", "")] * len(closed), rest=True)
            if found is not None:
                yield found
            continue
        graded = _party_grades(text, base, start, end, inside) if reviewed else None
        if graded is not None:
            found = _judge(context, graded[0], graded[1], rest=graded[2])
            if found is not None:
                yield found
            continue
        listed = _others_close(text, base, start, inside) if "khác" in text[start:end] else None
        if listed is not None:
            found = _judge(context, listed, [("rest", "")] * len(listed), rest=True)
            if found is not None:
                yield found
            continue
        likewise = _corresponding(context, start, end, inside) if corresponding else None
        if likewise is not None:
            yield from likewise
            continue
        valued = data_dimension_shares(context, sentences, k, inside)
        if valued is not None:
            found = _judge(context, valued[0], valued[1])
            if found is not None:
                yield found
            continue
        sectors = _sector_shares(context, start, end, inside)
        if sectors is not None:
            chosen, parts, whole = sectors
            found = _judge(context, chosen, parts, rest=whole)
            if found is not None:
                yield found
            continue
        ladder = _qualification_ladder(text, base, start, end, inside)
        if ladder is not None:
            found = _judge(context, inside, ladder[0], rest=ladder[1])
            if found is not None:
                yield found
            continue
        levels = _scale_levels(text, base, start, end, inside)
        if levels is not None:
            found = _judge(context, inside, levels, rest=True)
            if found is not None:
                yield found
            continue
        allocated = _allocation(text, base, start, inside)
        if allocated is not None:
            found = _judge(context, inside, allocated)
            if found is not None:
                yield found
            continue
        if any(m.bound is Bound.ABOUT for m in inside):
            inside = _about_shares(inside) or inside
        if _two_years(text, start, inside[-1].start - base):
            continue  # "Năm 2019 có 20% ... xuất sắc ...; năm 2020 có 85% ... tốt": two reviews
        grouped = (
            _group(text[:end], base, start, inside)
            if all(_is_share(m) or _share_above_whole(text, base, m) for m in inside)
            else None
        )
        if grouped is not None and not grouped[1]:
            # "trong số 499 đại biểu có 30% là nữ (151 người) và 70% nam (348 người)": the whole
            # named before the shares, each with its count, says they are its shares.
            counted = _counted(context, start, end, inside, grouped[0])
            if counted is not None:
                yield counted
                continue
        if grouped is None or not grouped[1]:
            items = _bracketed_items(text, base, start, end, inside)
            if items is None:
                continue
            inside, parts = items
            grouped = parts, True
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        more = None if nxt is None else _continued(text, base, nxt, shares, grouped[0])
        if more is not None:
            share, part, rest = more
            found = _judge(context, [*inside, share], [*grouped[0], part], rest=rest)
        else:
            found = _judge(context, inside, grouped[0])
        if found is not None:
            yield found
        else:
            counted = _counted(context, start, end, inside, grouped[0])
            if counted is not None:
                yield counted


# A share that says it is the rest of the whole, last of its breakdown: "Còn lại 61% đại biểu
# Quốc hội ...", "...; còn lại 10,3% là nông, lâm nghiệp, thủy sản".
_REST_BEFORE = re.compile(r"(?<!\w)còn\s+lại(?:\s+là)?\s*:?\s*\Z", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"[;.!?](?=\s|\Z)|\n")
# Before each other share of such a breakdown: *chiếm* ("(chiếm 25%)", "chiếm tỷ trọng 58%").
_SHARE_VERB_BEFORE = re.compile(
    r"\bchiếm(?:\s+(?:tỷ|tỉ)\s*(?:lệ|trọng))?(?:\s+là)?\s*:?\s*\Z", re.IGNORECASE
)


def _rest_of_shares(
    context: ParagraphContext,
    sentences: Sequence[tuple[int, int]],
    k: int,
    inside: Sequence[Mention],
) -> list[Mention] | None:
    """The shares of a breakdown closed by the share of the rest (*còn lại*), or ``None``.

    "126 đại biểu ... (chiếm 25%), 67 đại biểu ... (chiếm 14%). Còn lại 61% đại biểu Quốc hội
    ..." (corpus tw-qh15-499-structure): the rest is what the shares before it leave, so they
    make 100 % together.  The share of the rest is the last percentage of its sentence, right
    after *còn lại*; the other shares are the percentages before it in its sentence, or when
    none (and no figure is before it in its sentence), all those of the sentence before; each
    of them is written after *chiếm* (a share, not a rate of change or of a plan), and every
    one is exact and at most 100 %; the rest's clause names no other base and no part that
    the shares before it name.
    """
    text, base = context.text, context.paragraph.offset
    start, _ = sentences[k]
    rest = inside[-1]
    if not _REST_BEFORE.search(text, max(start, rest.start - base - 20), rest.start - base):
        return None
    if any(
        _REST_BEFORE.search(text, max(start, m.start - base - 20), m.start - base)
        for m in inside[:-1]
    ):
        return None
    before = list(inside[:-1])
    if not before:
        if k == 0 or any(c.isdigit() for c in text[start : rest.start - base]):
            return None  # a figure before the rest ("Năm 2024 còn lại 10%"): another whole
        first, last = sentences[k - 1]
        before = [m for m in context.mentions if m.unit == "%" and first <= m.start - base < last]
    if not before:
        return None
    for m in (*before, rest):
        if not _is_share(m):
            return None
    for m in before:
        lead = text[max(0, m.start - base - 30) : m.start - base]
        if _SHARE_VERB_BEFORE.search(lead) is None:
            return None
    # The rest's clause names no other base, nor a part the shares before it name ("... tốt
    # chiếm 20%. Còn lại 10% xếp loại tốt": no rest).
    end = _CLAUSE_END_AFTER.search(text, rest.end - base)
    clause = text[rest.end - base : end.start() if end else len(text)]
    if _OTHER_BASE.search(clause):
        return None
    named = _labels(clause)
    if named and named & _labels(text[max(0, before[0].start - base - 60) : before[-1].end - base]):
        return None
    return [*before, rest]


# The last part of a list named "the others" of the parts' kind: "khiếu nại thuộc lĩnh vực hành
# chính chiếm 97,1%; lĩnh vực tư pháp chiếm 1,3% và lĩnh vực khác chiếm 1,6%" (baolamdong.vn
# 2022), "Đại biểu ngành kinh tế chiếm 32,7 %; ... và các lĩnh vực khác chiếm 16,5 %"
# (vietnamplus.vn 2025): the others are what the parts before leave, so they make 100 % together.
_OTHERS_BEFORE = re.compile(
    r"(?<!\w)(?:các\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+khác\s+chiếm"
    r"(?:\s+(?:tỷ|tỉ)\s*(?:lệ|trọng))?(?:\s+là)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# The kinds of parts whose others are the rest of one whole (a place's others are not: "các
# tỉnh khác chiếm 40%" may follow shares of other wholes).
_KIND_NOUNS = frozenset(
    {
        "lĩnh vực",
        "ngành",
        "loại",
        "nhóm",
        "đối tượng",
        "thành phần",
        "nguồn",
        "hình thức",
        "nội dung",
    }
)
# Between two parts of the list: a word of change or of another base, a bracket, a subset, or
# another figure ends it.
_LIST_BREAK = re.compile(r"[()\d]|\btrong\s+(?:đó|số)\b", re.IGNORECASE)
# What opens the list, between the last percentage before it and its first part.
_LIST_OPEN = re.compile(r"\btrong\s+đó\b|\bgồm\b|:", re.IGNORECASE)


def _others_close(
    text: str, base: int, start: int, inside: Sequence[Mention]
) -> list[Mention] | None:
    """The shares of a list closed by the share of the others of the parts' kind, or ``None``.

    The last percentage of the sentence follows "[các] NOUN khác chiếm", NOUN a kind of parts
    (*lĩnh vực*, *ngành*, *loại*, *nhóm*...); the parts before it are the percentages right
    before, each after *chiếm*, with nothing between two of them but words (no figure, no
    bracket, no *trong đó*, no word of change or of another base); a percentage of the sentence
    before the first part is cut off from the list by *trong đó*, *gồm* or a colon.
    """
    last = inside[-1]
    others = _OTHERS_BEFORE.search(text, max(start, last.start - base - 60), last.start - base)
    if others is None or " ".join(others.group(1).casefold().split()) not in _KIND_NOUNS:
        return None
    chosen = [last]
    for m in reversed(inside[:-1]):
        between = text[m.end - base : chosen[0].start - base]
        lead = text[max(start, m.start - base - 30) : m.start - base]
        if (
            _SHARE_VERB_BEFORE.search(lead) is None
            or _LIST_BREAK.search(between)
            or _OTHER_BASE.search(between)
        ):
            break
        chosen.insert(0, m)
    # "ngành nông, lâm nghiệp chiếm gần 2,5%": a share *gần* a figure admits the values just
    # below it (its bound's interval), still one part of the list.
    if len(chosen) < 2 or not all(_is_share(m) or _nearly_share(m) for m in chosen):
        return None
    earlier = [m for m in inside if m.start < chosen[0].start]
    if earlier:
        gap = text[earlier[-1].end - base : chosen[0].start - base]
        opened = _LIST_OPEN.search(gap)
        if opened is None or _OTHER_BASE.search(gap[opened.end() :]):
            return None
    return chosen


# A sum allocated by recipient, each named before a colon: "Số tiền này được phân bổ cho Hội
# khuyến học tỉnh: 10%, Hội khuyến học huyện, thành phố: 20%, ...: 70%".
_ALLOCATED = re.compile(
    r"\b(?:phân\s+bổ|phân\s+chia)(?:\s+(?:cho|về|tới|đến))?\s+"
    r"([^\W\d_][^\d%:;]{0,100}?)\s*:\s*\Z",
    re.IGNORECASE,
)
_ALLOCATION_LABEL = re.compile(r"(?:\A|[,;]\s+)([^\W\d_][^\d%:;]{0,100}?)\s*:\s*\Z")
_ALLOCATION_AFTER = re.compile(r"\s*(?:[,;.!?\n]|\Z)")


def _allocation(
    text: str, base: int, start: int, shares: Sequence[Mention]
) -> list[tuple[str, str]] | None:
    """The recipients of an allocation in percent, one per share, or ``None``.

    The sentence says the sum is allocated (*phân bổ*, *phân chia*) right before the first
    recipient; each share follows its recipient's colon and ends its item; nothing else is
    between them (no figure, no word of change or of another base).
    """
    if "phân" not in text[start : shares[0].start - base]:
        return None
    parts: list[tuple[str, str]] = []
    at = start
    for m in shares:
        if m.bound is not Bound.EXACT or not _is_share(m):
            return None
        before = text[at : m.start - base]
        label = (_ALLOCATION_LABEL if parts else _ALLOCATED).search(before)
        if label is None or _OTHER_BASE.search(before):
            return None
        if parts and label.start() != 0:
            return None  # another clause between two items
        if not _ALLOCATION_AFTER.match(text, m.end - base):
            return None
        parts.append(("allocation", label.group(1).strip().casefold()))
        at = m.end - base
    if len({v for _, v in parts}) != len(parts):
        return None
    return parts


def _one_share_then_next(
    context: ParagraphContext,
    sentence: tuple[int, int],
    nxt: tuple[int, int],
    share: Mention,
) -> Finding | None:
    """A sentence with one share after *chiếm* (and at most its count) naming one part, and the
    next sentence's share that completes the breakdown (:func:`_next_share`): their sum."""
    text, base = context.text, context.paragraph.offset
    start, end = sentence
    if not _is_share(share):
        return None
    before = text[start : share.start - base]
    if _CHIEM_BEFORE.search(before) is None or _NAMES_WHOLE.search(before):
        return None
    inside = [m for m in context.mentions if start <= m.start - base < end]
    counts = [m for m in inside if m.start < share.start]
    if len(inside) - len(counts) != 1 or len(counts) > 1:
        return None
    grouped = _group(text[:end], base, start, [share])
    if grouped is None or not grouped[1]:
        return None
    more = _next_share(context, nxt, grouped[0])
    if more is None:
        return None
    second, part = more
    return _judge(context, [share, second], [*grouped[0], part])


# The economic sectors of the national accounts (Tổng cục Thống kê, Hệ thống tài khoản quốc gia):
# agriculture, forestry and fishery; industry and construction; services; and the taxes on
# products less subsidies, which with the three make GDP (GRDP).  "khu vực nông, lâm nghiệp và
# thủy sản", "khu vực công nghiệp và xây dựng", "khu vực dịch vụ"; one "khu vực" may name two
# ("khu vực công nghiệp xây dựng và dịch vụ chiếm 91,7%").
# A commune's or a district's report may write the fishery "ngư nghiệp", the industry with the
# crafts "tiểu thủ công nghiệp - xây dựng" (either order), the services with trade ("thương mại
# dịch vụ", "dịch vụ - thương mại").
_FISHERY = r"(?:(?:thủy|thuỷ)\s+sản|ngư\s+nghiệp)"
_AGRICULTURE = (
    rf"nông(?=\s+nghiệp|\s*[,–-]?\s*lâm|\s*[,–-]?\s*(?:và\s+)?{_FISHERY})"
    rf"(?:\s+nghiệp)?(?:\s*[,–-]?\s*lâm(?:\s+nghiệp)?)?(?:\s*[,–-]?\s*(?:và\s+)?{_FISHERY})?"
)
_CRAFTS = r"(?:tiểu\s+thủ\s+)?công\s+nghiệp"
# The sectors by number in a text about the structure: "Cơ cấu kinh tế KV.I chiếm 20,72%, KV.II
# (28,55%), KV.III (45,48%), thuế sản phẩm ..." (khu vực I, II, III: agriculture, industry and
# construction, services).
_BY_NUMBER = r"(?:KV\.?\s*|khu\s+vực\s+)(?:{})(?![\w.])"
_SECTOR_NAMES = (
    ("nông lâm thủy sản", rf"{_AGRICULTURE}|{_BY_NUMBER.format('I|1')}"),
    (
        "công nghiệp xây dựng",
        rf"{_CRAFTS}(?:\s*[,–-]\s*tiểu\s+thủ\s+công\s+nghiệp)?\s*(?:[,–-]|và)?\s*xây\s+dựng"
        rf"|xây\s+dựng\s*(?:[,–-]|và)\s*{_CRAFTS}|{_BY_NUMBER.format('II|2')}",
    ),
    ("dịch vụ", rf"(?:thương\s+mại\s*(?:[,–-]|và)?\s*)?dịch\s+vụ|{_BY_NUMBER.format('III|3')}"),
    ("thuế", r"thuế\s+sản\s+phẩm(?:\s+trừ\s+trợ\s+cấp(?:\s+sản\s+phẩm)?)?"),
)
_SECTOR = re.compile(
    "|".join(f"({pattern})" for _, pattern in _SECTOR_NAMES) + r"(?!\w)", re.IGNORECASE
)
_SECTOR_LEAD = re.compile(r"(?<!\w)khu\s+vực\s+", re.IGNORECASE)
_SECTOR_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)", re.IGNORECASE)
_SECTOR_WHOLE = frozenset(name for name, _ in _SECTOR_NAMES[:3])
_STRUCTURE = re.compile(r"\bcơ\s+cấu\s+(?:kinh\s+tế|GRDP|GDP)\b", re.IGNORECASE)
# The share of a sector written right after its verb; a rate after a word of change is its growth.
_SECTOR_SHARE_BEFORE = re.compile(
    r"(?:\b(?:đóng\s+)?góp|\bchiếm(?:\s+(?:tỷ|tỉ)\s*(?:lệ|trọng))?)(?:\s+(?:tới|khoảng|là))?\s*:?\s*\Z",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:tăng|giảm)(?:\s+(?:mạnh|nhẹ|thêm|trưởng|đạt|{_BOUND}))*\s*\Z", re.IGNORECASE
)
# "đóng góp 5,36% vào tăng trưởng chung", "góp 9,7% vào mức tăng trưởng chung" ("góp phần" is none).
# Written ``\b(?:đóng\s+)?góp\b(?!\s+phần)`` (case-blind) with its first letter in either case
# first and the rest case-blind: a search skips to the next "đ" or "g" in C instead of trying
# the pattern at every position (speed; "đ" and "g" take no other letter case-blind).
_CONTRIBUTION = re.compile(
    r"[đĐgG](?<!\w[đĐgG])(?:(?<=[đĐ])(?i:óng\s+góp)|(?<=[gG])(?i:óp))\b(?!(?i:\s+phần))"
)
# "Cơ cấu kinh tế chuyển dịch ... Hiện tỷ trọng giá trị sản xuất nông - lâm - thuỷ sản chiếm 34%;
# ...": the weights of a sentence right after the structure named are its shares.
_WEIGHT = re.compile(r"\b(?:tỷ|tỉ)\s+trọng\b", re.IGNORECASE)
_STRUCTURE_REACH = 300
# "tỉ lệ lao động ở khu vực nông lâm ngư nghiệp chiếm 45,3%, ...": the labour force by sector.
_LABOUR = re.compile(r"\blao\s+động\b", re.IGNORECASE)
_PRODUCTIVITY = re.compile(r"\bnăng\s+suất\b|\bthu\s+nhập\b|\bgiá\s+trị\b", re.IGNORECASE)
_SECTOR_CUE = re.compile(r"\b(?:chiếm|tỷ\s+trọng|tỉ\s+trọng)\b", re.IGNORECASE)


def _sector_label(clause: str, structure: bool) -> frozenset[str] | None:
    """The sectors one clause names (``None`` unless exactly one chain of them): after *khu
    vực*, or anywhere in a sentence about the structure of the economy."""
    chains: list[frozenset[str]] = []
    last_end = 0
    for m in _SECTOR.finditer(clause):
        lead = _SECTOR_LEAD.search(clause, max(0, m.start() - 12), m.start())
        joined = chains and _SECTOR_JOIN.fullmatch(clause, last_end, m.start())
        names = {_SECTOR_NAMES[(m.lastindex or 1) - 1][0]}
        if joined:
            chains[-1] = chains[-1] | names
        elif (lead is not None and lead.end() == m.start()) or structure or names == {"thuế"}:
            chains.append(frozenset(names))
        else:
            return None  # a sector's word without *khu vực*: a branch, not a sector
        last_end = m.end()
    # "tăng tỷ trọng khu vực dịch vụ, ... tỷ trọng ngành dịch vụ là 48,2%": one sector named twice
    return chains[0] if chains and all(c == chains[0] for c in chains) else None


# A share closing its sector's clause before a comma: "khu vực nông, lâm nghiệp và thủy sản chiếm
# 15,15%, khu vực công nghiệp và xây dựng chiếm 32,63%, ..." (or *và khu vực*: "... chiếm 31,31%
# và khu vực nông, lâm nghiệp, thủy sản chiếm 12,35%").
# The comma must open the next sector ("tăng 3,89%, đóng góp 5,19%" is one sector's clause).
_SHARE_THEN_COMMA = re.compile(
    r"%\s*\)?\s*(?:,|(?=và\s+khu\s+vực\s))(?=\s*(?:và\s+)?(?:khu\s+vực\s+|ngành\s+)?(?:"
    + "|".join(pattern for _, pattern in _SECTOR_NAMES)
    + r"))",
    re.IGNORECASE,
)
# In the contributions to growth, *và* before the last sector closes a clause too ("góp 48,9% và
# dịch vụ tăng 6,9%, góp 41,4%"), and a comma before the next "khu vực" ("góp 9,7% vào mức tăng
# trưởng chung, khu vực công nghiệp và xây dựng tăng 9,07%, ...").
_ANY_SECTOR = "|".join(pattern for _, pattern in _SECTOR_NAMES)
_CONTRIBUTION_THEN_AND = re.compile(
    rf"%\s*(?=và\s+(?:khu\s+vực\s+|ngành\s+)?(?:{_ANY_SECTOR}))"
    rf"|,\s*(?=(?:và\s+)?khu\s+vực\s+(?:{_ANY_SECTOR}))",
    re.IGNORECASE,
)


def _sector_shares(
    context: ParagraphContext, start: int, end: int, inside: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]], bool] | None:
    """The shares of the economic sectors in one sentence (:func:`_read_sectors`), or ``None``.

    A sentence that names no structure but gives each of the three sectors (and the taxes on
    products, maybe) its share after *chiếm* is read as the structure too: "Sản xuất nông, lâm
    nghiệp, thủy sản ..., chiếm 12%, ...; ngành công nghiệp - xây dựng chiếm 51%, ...; ngành
    dịch vụ chiếm 30%, ...; còn lại 7% là thuế sản phẩm" (a province's report, 2025), "Ngành
    nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm 1,19%; ngành công nghiệp, xây dựng chiếm
    44,93%, ..." (the structure named in the sentence before).  Two sectors, or sectors named
    each with a rate of growth, stay unread (a branch's words are no sector without *khu vực*).
    """
    read = _read_sectors(context, start, end, inside, named=False)
    if read is None and "chiếm" in context.text[start:end]:
        read = _read_sectors(context, start, end, inside, named=True)
    return read


def _read_sectors(
    context: ParagraphContext,
    start: int,
    end: int,
    inside: Sequence[Mention],
    *,
    named: bool,
) -> tuple[list[Mention], list[tuple[str, str]], bool] | None:
    """The shares of the economic sectors in one sentence, their parts, and whether the parts
    are the whole (so that shares below 100 % are wrong too), or ``None``.

    Each clause (to a semicolon) names one sector or a chain of them ("khu vực công nghiệp xây
    dựng và dịch vụ") and holds one share: the one percentage after *đóng góp* or *chiếm*, or
    its only percentage; its other percentages follow a word of change (the sector's growth,
    "tăng 3,89%") or there is no breakdown.  The sentence says the figures are shares (*đóng
    góp*, *chiếm*, *tỷ trọng*, *cơ cấu kinh tế*).  The three sectors' contributions to growth
    (*đóng góp*) make the whole when the paragraph names no taxes on products; shares of the
    structure may leave those taxes out, so only a sum above 100 % is wrong there, unless the
    taxes are named among the parts: the four parts of GRDP make its whole.  A comma
    after a share also closes a clause when the next sector follows it ("chiếm 15,15%, khu vực
    công nghiệp ..."), and one sector named twice in a clause is one label.
    """
    text, base = context.text, context.paragraph.offset
    if (
        not named
        and text.find("vực", start, end) < 0
        and text.find("cấu", start, end) < 0
        and text.find("ỷ trọng", start, end) < 0
        and text.find("ỉ trọng", start, end) < 0
    ):
        return None  # not one of "khu vực", "cơ cấu", "tỷ trọng": no sector (a fast test)
    sentence = text[start:end]
    # Each search below is made only when the sentence holds its word ("góp"; "chiếm",
    # "trọng"; "cấu"): a search tries every position of the sentence (speed).
    contribution = (
        may_contain_between(text, ("góp",), start, end)
        and _CONTRIBUTION.search(sentence) is not None
    )
    if (
        not contribution
        and not (
            may_contain_between(text, ("chiếm", "trọng"), start, end)
            and _SECTOR_CUE.search(sentence) is not None
        )
        and not (may_contain_between(text, ("cấu",), start, end) and _STRUCTURE.search(sentence))
    ):
        return None
    if named and contribution:
        return None
    structure = (
        named
        or _STRUCTURE.search(sentence) is not None
        or (
            _WEIGHT.search(sentence) is not None
            and _STRUCTURE.search(text, max(0, start - _STRUCTURE_REACH), start) is not None
        )
    )
    chosen: list[Mention] = []
    labels: list[frozenset[str]] = []
    clause_start = start
    stops = [m.end() for m in _SEMICOLON.finditer(text, start, end)]
    stops += [m.end() for m in _SHARE_THEN_COMMA.finditer(text, start, end)]
    if contribution:
        stops += [m.end() for m in _CONTRIBUTION_THEN_AND.finditer(text, start, end)]
    bounds = [*sorted(stops), end]
    for clause_end in bounds:
        mentions = [m for m in inside if clause_start <= m.start - base < clause_end]
        clause = text[clause_start:clause_end]
        clause_start = clause_end
        if not mentions:
            if _SECTOR.search(clause):
                return None
            continue
        shares: list[Mention] = []
        for m in mentions:
            before = text[max(start, m.start - base - 40) : m.start - base]
            if _SECTOR_SHARE_BEFORE.search(before) or not _CHANGE_BEFORE.search(before):
                shares.append(m)
        if not shares and contribution and not chosen and not _SECTOR.search(clause):
            continue  # "GDP quý I/2022 tăng 5,03% ..., khu vực ...": the growth before the list
        if len(shares) != 1 or not _is_share(shares[0]):
            return None
        share = shares[0]
        if len(mentions) > 1 and not _SECTOR_SHARE_BEFORE.search(
            text[max(start, share.start - base - 40) : share.start - base]
        ):
            return None
        # "khu vực nông, lâm nghiệp và thủy sản tăng 3,83%, đóng góp 5,36% ...; công nghiệp và
        # xây dựng tăng 8,69%, đóng góp 43,05%; ...": after a first sector named with *khu vực*,
        # the contributions' next clauses name theirs bare.
        label = _sector_label(
            text[clause_start - len(clause) : share.start - base],
            structure or (contribution and bool(chosen)),
        )
        if (
            label is None
            and named
            and _REST_BEFORE.search(text, max(start, share.start - base - 20), share.start - base)
        ):
            # "còn lại 7% là thuế sản phẩm": the rest's share, its part named after it.
            label = _sector_label(text[share.end - base : clause_start], True)
        if label is None:
            return None
        if (
            named
            and not _SECTOR_SHARE_BEFORE.search(
                text[max(start, share.start - base - 40) : share.start - base]
            )
            and not _REST_BEFORE.search(
                text, max(start, share.start - base - 20), share.start - base
            )
        ):
            return None  # named sectors without the structure: each share after *chiếm*
        chosen.append(share)
        labels.append(label)
    if len(chosen) < 2:
        return None
    union: set[str] = set()
    for label in labels:
        if union & label:
            return None  # overlapping parts
        union |= label
    if named and not union >= _SECTOR_WHOLE:
        return None  # without the structure named, only the three sectors named make it
    para_text = text.casefold()
    whole = (
        contribution
        and (union == _SECTOR_WHOLE or union == _SECTOR_WHOLE | {"thuế"})
        and ("thuế" in union or "thuế" not in para_text)
    ) or union == _SECTOR_WHOLE | {"thuế"}  # the four parts of GRDP named: its whole
    # The workers by sector: the three sectors are all of them (no taxes in a labour force).
    whole = whole or (
        union == _SECTOR_WHOLE
        and _LABOUR.search(text, start, chosen[0].start - base) is not None
        and _PRODUCTIVITY.search(text, start, chosen[0].start - base) is None
    )
    parts = [("sector", " + ".join(sorted(label))) for label in labels]
    return chosen, parts, bool(whole)


# The structure of two periods written sector by sector, each sector's share "from" the first
# period "to" the second: "lao động khu vực I từ 82,4% năm 2000 giảm còn 77,3%; lao động khu vực
# II từ 6,1% tăng lên 6,7% và lao động khu vực III từ 11,5% tăng lên 16% năm 2005" (a province's
# plan), "Năm 2005 tỷ trọng nông nghiệp chiếm 58,12% đến năm 2010 giảm xuống còn 47,77%; Công
# nghiệp & xây dựng từ 15,21% tăng lên 22,99% ...", one bullet a sector ("+ Tỉ lệ lao động khu vực
# nông - lâm - ngư nghiệp giảm dần, từ 65,1% năm 2000 xuống còn 57,3% năm 2005 ...").
_SERIES_FROM = re.compile(
    r"(?:\btừ|\bchiếm(?:\s+(?:tỷ|tỉ)\s*(?:lệ|trọng))?)\s*(?:mức\s+)?\Z", re.IGNORECASE
)
# Between the two shares of one sector: the first period, the second, and the way it went.
_SERIES_BETWEEN = re.compile(
    r"\s*(?:\(\s*(?:[^\W\d_]{1,6}\s*)?\d{4}\s*\)|năm\s*\d{4})?\s*,?\s*"
    r"(?:(?:đến|tới)\s+(?:năm\s+)?\d{4}\s*)?"
    r"(?:(?:giảm|tăng)(?:\s+(?:dần|nhẹ|mạnh))?\s*)?"
    r"(?P<way>(?:xuống|lên)(?:\s+còn)?|còn)\s*\Z",
    re.IGNORECASE,
)
_SERIES_GAP = 60  # the most characters between a sector's two shares
# The sectors by number ("khu vực I", "KV.II", "khu vực 3"), in a text about the structure.
_SECTOR_NUMBER = re.compile(r"(?:\bkhu\s+vực|\bKV\.?)\s*(III|II|I|[123])(?![\w.])", re.IGNORECASE)
_SECTOR_BY_NUMBER = {
    "i": "nông lâm thủy sản",
    "1": "nông lâm thủy sản",
    "ii": "công nghiệp xây dựng",
    "2": "công nghiệp xây dựng",
    "iii": "dịch vụ",
    "3": "dịch vụ",
}
# Where the words naming one sector's pair may start: a line, a clause, a list's colon.
_SERIES_CLAUSE = re.compile(r"[;:\n]")
_SERIES_CUE = re.compile(
    r"\bcơ\s+cấu\b|\b(?:tỷ|tỉ)\s+trọng\b|\b(?:tỷ|tỉ)\s+lệ\s+lao\s+động\b", re.IGNORECASE
)
_SERIES_REACH = 160  # the most characters from a pair's first share back to its sector's name


def _series_label(words: str) -> frozenset[str] | None:
    """The one sector (or chain of sectors) named last in *words*, by name or by number."""
    last: tuple[int, frozenset[str]] | None = None
    for m in _SECTOR_NUMBER.finditer(words):
        last = (m.start(), frozenset({_SECTOR_BY_NUMBER[m.group(1).casefold()]}))
    found = list(_SECTOR.finditer(words))
    if found:
        m = found[-1]
        names = {_SECTOR_NAMES[(m.lastindex or 1) - 1][0]}
        # "... xây dựng và dịch vụ": a chain ending with this sector.
        k = len(found) - 2
        while k >= 0 and _SECTOR_JOIN.fullmatch(words, found[k].end(), found[k + 1].start()):
            names.add(_SECTOR_NAMES[(found[k].lastindex or 1) - 1][0])
            k -= 1
        if last is None or m.start() > last[0]:
            last = (m.start(), frozenset(names))
    return None if last is None else last[1]


# The parts of one kind each with its share after *chiếm*, the later ones written with the kind's
# word only: "khách đến bằng đường hàng không đạt 9,1 triệu lượt người, chiếm 85,2% ... và tăng
# 22,7% ...; bằng đường bộ đạt 1,4 triệu lượt người, chiếm 13,1% và tăng 10,9%; bằng đường biển
# ..., chiếm 1,7% và tăng 10%" (vov.vn, 2025).  The kind is named by a noun of kinds.
_KIND_HEADS = frozenset(
    {"đường", "khu vực", "ngành", "lĩnh vực", "loại", "nhóm", "hình thức", "nguồn", "miền", "vùng"}
)
_KIND_HEAD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _KIND_HEADS), key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
_KIND_LEAD = re.compile(r"^\W*(?:(?:trong\s+đó|còn|và|riêng)\W+)*", re.IGNORECASE)
_KIND_CUT = re.compile(r"\s(?:đạt|là|có|với|ước|chiếm)\s|[\d(]", re.IGNORECASE)


def _kind_label(clause: str) -> tuple[str, str] | None:
    """The kind's word and the part's words of one item ("bằng đường bộ đạt 1,4 triệu ..." ->
    ("đường", "bộ")): from the kind's noun to the first verb or figure."""
    lead = _KIND_LEAD.match(clause)
    clause = clause[lead.end() :] if lead else clause
    cut = _KIND_CUT.search(clause)
    words = clause[: cut.start() if cut else len(clause)]
    heads = list(_KIND_HEAD.finditer(words))
    if len(heads) != 1:
        return None
    value = " ".join(re.sub(r"[^\w\s]", " ", words[heads[0].end() :]).split()).casefold()
    if not value:
        return None
    return " ".join(heads[0].group(0).casefold().split()), value


def _kind_shares(
    context: ParagraphContext, start: int, end: int, inside: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]]] | None:
    """The shares of the parts of one kind in one sentence (only above 100 % is wrong: a list of
    kinds may leave some out), or ``None``.

    Each share follows *chiếm* and ends its item at a semicolon (or the sentence's end); any
    other percentage of an item follows a word of change (the part's growth).  Each item names
    the kind by one noun of kinds (*đường*, *khu vực*, *ngành*, *lĩnh vực*, *loại*, *nhóm*, ...)
    followed by the part's own words, the same noun for all and different words for each, none
    within another's ("đạt chuẩn" and "đạt chuẩn nâng cao" overlap).
    """
    text, base = context.text, context.paragraph.offset
    stops = [m.end() for m in _SEMICOLON.finditer(text, start, end)]
    chosen: list[Mention] = []
    labels: list[tuple[str, str]] = []
    clause_start = start
    for clause_end in [*stops, end]:
        mentions = [m for m in inside if clause_start <= m.start - base < clause_end]
        at = clause_start
        clause_start = clause_end
        if not mentions:
            continue
        shares = [
            m
            for m in mentions
            if _SHARE_VERB_BEFORE.search(text, max(at, m.start - base - 30), m.start - base)
        ]
        if len(shares) != 1 or not _is_share(shares[0]):
            return None
        share = shares[0]
        for m in mentions:
            if m is not share and not _CHANGE_BEFORE.search(
                text, max(at, m.start - base - 30), m.start - base
            ):
                return None
        label = _kind_label(text[at : share.start - base])
        if label is None:
            return None
        chosen.append(share)
        labels.append(label)
    if len(chosen) < 2 or len({head for head, _ in labels}) != 1:
        return None
    # "chiếm 60% số doanh nghiệp; ... chiếm 50% vốn": shares of two bases.
    nouns = {_noun_after(text[m.end - base : m.end - base + 30]) for m in chosen} - {None}
    if len(nouns) > 1:
        return None
    values = [v for _, v in labels]
    words = [set(v.split()) - {"và"} for v in values]
    for a, b in itertools.combinations(words, 2):
        if a <= b or b <= a:
            return None  # one part within another ("công nghiệp và xây dựng", "... và dịch vụ")
    return chosen, [("kind", v) for v in values]


@attrs.frozen
class _Series:
    """The sectors' pairs of the lines just before (one bullet a sector), carried to the next."""

    pairs: tuple[tuple[Mention, Mention, frozenset[str]], ...]
    last_line: int
    cue: bool
    labour: bool


_SERIES_STATE = "shares-series"
_SERIES_LINES = 3  # the most lines from one sector's bullet to the next one's


def _sector_series(
    context: ParagraphContext, judged: set[int]
) -> list[tuple[list[Mention], list[tuple[str, str]], bool]]:
    """The two structures of a text that gives each sector's share in two periods ("từ X% ...
    lên Y%"), as (shares, parts, whether they are the whole) for each period, or nothing.

    Each pair is two exact shares of at most 100 %, the first after *từ* (or *chiếm*), the second
    after the way it went (*lên*, *xuống*, *còn*), with only the periods between them; its
    sector is the last one named before it in its clause (from the line's start, a semicolon, a
    colon, or the end of the pair before), by name or by number (*khu vực II*, *KV.II*).  Two pairs
    of different sectors at least, each sector once, none of whose shares another reading has
    judged, and a word of the structure before the first (*cơ cấu*, *tỷ trọng*, *tỷ lệ lao
    động*).  The parts make the whole like the sectors of one sentence
    (:func:`_sector_shares`): the four parts of GRDP, or the three sectors of a labour force;
    otherwise only a sum above 100 % is wrong (the taxes on products may be left out).

    Near-misses: rates of growth ("tăng từ 5% lên 7%") are not shares (no word of the
    structure, or a sector named twice); a pair without a sector, or a sector of two pairs
    (the workers and the product of one sector), makes no structure.
    """
    text, base = context.text, context.paragraph.offset
    states = context.state.rule_states
    carried = states.pop(_SERIES_STATE, None)
    if "từ" not in text and "chiếm" not in text:
        return []
    shares = [m for m in context.mentions if m.unit == "%"]
    pairs: list[tuple[Mention, Mention, frozenset[str]]] = []
    last_end = 0
    for first, second in itertools.pairwise(shares):
        a, b = first.start - base, second.start - base
        if b - (first.end - base) > _SERIES_GAP or a < last_end:
            continue
        if _SERIES_FROM.search(text, max(0, a - 24), a) is None:
            continue
        if _SERIES_BETWEEN.fullmatch(text, first.end - base, b) is None:
            continue
        if not (_is_share(first) and _is_share(second)):
            continue
        clause = max(
            (m.end() for m in _SERIES_CLAUSE.finditer(text, max(0, a - _SERIES_REACH), a)),
            default=max(0, a - _SERIES_REACH),
        )
        label = _series_label(text[max(clause, last_end) : a])
        if label is None:
            continue
        pairs.append((first, second, label))
        last_end = second.end - base
    if not pairs or any(m.start in judged for pair in pairs for m in pair[:2]):
        return []
    first_at = pairs[0][0].start - base
    cue = _SERIES_CUE.search(text, 0, first_at) is not None
    # The workers by sector: a pair's own sentence names them ("lao động khu vực I từ ..."), and
    # none names the product, its value or the structure of the economy.
    windows = []
    for first, _, _ in pairs:
        a = first.start - base
        windows.append(
            text[max((m.end() for m in _SENTENCE_END.finditer(text, 0, a)), default=0) : a]
        )
    labour = any(_LABOUR.search(w) for w in windows) and not any(
        _PRODUCTIVITY.search(w) or _STRUCTURE.search(w) for w in windows
    )
    para = context.paragraph
    here = len(pairs)
    if (
        carried is not None
        and isinstance(carried, _Series)
        and para.line - carried.last_line <= _SERIES_LINES
    ):
        # "+ Tỉ lệ lao động ở khu vực công nghiệp - xây dựng tăng từ 13,1% ... lên 18,2%": the
        # next sector's bullet, one line each.
        pairs = [*carried.pairs, *pairs]
        cue = cue or carried.cue
        labour = labour or carried.labour
    states[_SERIES_STATE] = _Series(tuple(pairs), para.line + text.count("\n"), cue, labour)
    if len(pairs) < 2 or not cue:
        return []
    union: set[str] = set()
    for _, _, label in pairs:
        if union & label:
            states.pop(_SERIES_STATE, None)
            return []  # a sector twice: not one structure
        union |= label
    whole = union == _SECTOR_WHOLE | {"thuế"} or (union == _SECTOR_WHOLE and labour)
    if len(pairs) > here and not whole:
        return []  # across lines, only the whole structure is judged (once, at its last line)
    parts = [("sector", " + ".join(sorted(label))) for _, _, label in pairs]
    return [
        ([p[0] for p in pairs], parts, whole),
        ([p[1] for p in pairs], parts, whole),
    ]


# "(Cơ cấu tương ứng của cùng kỳ năm 2020 là 42,82%; 35,86%; 11,66%; 9,66%)", "(cơ cấu GRDP 6
# tháng đầu năm 2024 tương ứng là: 2,18%; 20,3%; 66,91% và 10,61%)": after the
# sectors' shares, the same structure of another period, its shares in the same order, bare.
_CORRESPONDING = re.compile(
    r"\(\s*cơ\s+cấu(?:\s+[^()%;:]{0,50}?)?\s+tương\s+ứng\b[^()%;]{0,60}?\s?(?:là\s*:?|:)\s*",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"\s*(?:[;,–-]|và(?!\w))\s*")
_LIST_END = re.compile(r"\s*\)")


def _corresponding(
    context: ParagraphContext, start: int, end: int, inside: Sequence[Mention]
) -> Iterator[Finding] | None:
    """The shares of the sectors, then in a bracket the corresponding structure of another
    period (*cơ cấu tương ứng*), a bare list of as many shares: both judged as the same parts,
    or ``None`` when the sentence is not so written.

    The bracket's list is only percentages joined by ``;``, ``,`` or a dash up to the bracket's
    end.  Its parts are the sectors' of the shares before it when those are read
    (:func:`_sector_shares`), else the sectors named once each before it, in their order; the
    list makes the whole when the four parts of GRDP are named (taxes on products too).
    """
    text, base = context.text, context.paragraph.offset
    head = _CORRESPONDING.search(text, start, end)
    if head is None:
        return None
    listed = [m for m in inside if m.start - base >= head.end()]
    before = [m for m in inside if m.start - base < head.start()]
    if len(listed) < 2 or len(before) + len(listed) != len(inside):
        return None
    at = head.end()
    for m in listed:
        if m.start - base != at or not _is_share(m):
            return None
        joined = _LIST_JOIN.match(text, m.end - base)
        at = joined.end() if joined is not None else m.end - base
    if at != listed[-1].end - base or not _LIST_END.match(text, at):
        return None
    sectors = _sector_shares(context, start, head.start(), before) if len(before) > 1 else None
    if sectors is not None:
        chosen, parts, whole = sectors
    else:
        named = [
            _SECTOR_NAMES[(m.lastindex or 1) - 1][0]
            for m in _SECTOR.finditer(text, start, head.start())
        ]
        if len(set(named)) != len(named) or not _STRUCTURE_WORD.search(text, start, end):
            return None
        chosen, parts = [], [("sector", name) for name in named]
        whole = set(named) == _SECTOR_WHOLE | {"thuế"}
    if len(parts) != len(listed):
        return None
    return _both(context, (chosen, parts, whole), listed)


_STRUCTURE_WORD = re.compile(r"\bcơ\s+cấu\b", re.IGNORECASE)


def _both(
    context: ParagraphContext,
    sectors: tuple[list[Mention], list[tuple[str, str]], bool],
    listed: list[Mention],
) -> Iterator[Finding]:
    chosen, parts, whole = sectors
    for shares in (chosen, listed):
        if shares:
            found = _judge(context, shares, parts, rest=whole)
            if found is not None:
                yield found


# The grades of the yearly review of party organisations and members, best to worst (Quy định
# về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm): "trong sạch, vững mạnh" (the
# organisations' best grade before 2018) or "hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm
# vụ" ("... trở lên": the two best), "hoàn thành nhiệm vụ", and "yếu kém" or "không hoàn thành
# nhiệm vụ".  Their ranks: 0 to 3.
_PARTY_GRADE = re.compile(
    r"(?<!\w)(?:(trong\s+sạch,?\s+vững\s+mạnh)(?!,?\s+tiêu\s+biểu)"
    r"|(hoàn\s+thành\s+xuất\s+sắc)|(hoàn\s+thành\s+tốt(?:\s+nhiệm\s+vụ)?\s+trở\s+lên)"
    r"|(hoàn\s+thành\s+tốt)|(không\s+hoàn\s+thành|yếu\s+kém)|(hoàn\s+thành))(?!\w)",
    re.IGNORECASE,
)
_PARTY_RANKS = ((0,), (0,), (0, 1), (1,), (3,), (2,))
# After a grade, "and above" (its quotes between): "“Hoàn thành nhiệm vụ” trở lên".
_UPWARD = re.compile(r"[\s”“\"'’]*(?:nhiệm\s+vụ)?[\s”“\"'’]*trở\s+lên\b", re.IGNORECASE)
# A part of a grade said after it ("(trong đó, ... tiêu biểu chiếm 20,59%)", ", trong đó có
# 107 TCCSĐ đạt trong sạch vững mạnh tiêu biểu (chiếm 24,37%)"): left out, to its clause's end.
_SUBGRADE = re.compile(r"\(\s*trong\s+đó\b[^()]*\)|,\s*trong\s+đó\b[^;]*", re.IGNORECASE)
_GRADE_ITEMS = re.compile(r";|\s+và\s+(?=(?:có\s+|chỉ\s+có\s+)?\d)", re.IGNORECASE)


# The whole a party grade is a share of: its members or one kind of its organisations.  Two of
# them in one list are two wholes ("80% chi bộ hoàn thành tốt, 25% đảng viên hoàn thành xuất
# sắc"): only a list of all the grades says the shares are of one whole.
_PARTY_WHOLE = led_by(
    "đĐcCtTvV",
    re.compile(
        r"(?<!\w)(?:(đảng\s+viên)|(chi\s+bộ)|(đảng\s+bộ)|(tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng|TCCSĐ|TCĐ)"
        r"|(tập\s+thể)|(cá\s+nhân)|(cán\s+bộ)|(công\s+chức)|(viên\s+chức))(?!\w)",
        re.IGNORECASE,
    ),
)


def _graded(text: str, start: int, end: int) -> bool:
    """Whether a sentence may name a grade of the review (a fast test)."""
    return text.find("oàn thành", start, end) >= 0


def _party_wholes(item: str) -> set[int]:
    return {m.lastindex or 0 for m in _PARTY_WHOLE.finditer(item)}


# A target, or two years: grades of different reviews ("năm 2019 có 20% đảng viên hoàn thành xuất
# sắc nhiệm vụ; năm 2020 có 85% ... hoàn thành tốt nhiệm vụ", "phấn đấu 90% ...").
_TARGET = re.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|dự\s+kiến|đề\s+ra|nhiệm\s+kỳ)\b", re.IGNORECASE)
# ``\b(?:19|20)\d\d\b``, written with its first digits first and the word boundary before them
# as a look-behind after each: a search skips to the next "1" or "2" (speed; the same matches).
_YEAR = re.compile(r"(?:1(?<!\w1)9|2(?<!\w2)0)\d\d\b")


def _two_years(text: str, start: int, end: int) -> bool:
    """Whether two different years are named in ``text[start:end]``, from a sentence's start to
    its last share: the shares may be of two periods, no one breakdown.

    >>> _two_years("Năm 2019 có 20% đảng viên ...; năm 2020 có 85%", 0, 47)
    True
    >>> _two_years("Năm 2019 có 20% đảng viên ..., 75% ...", 0, 39)
    False
    """
    return len(set(_YEAR.findall(text, start, end))) > 1


def _one_review(span: str) -> bool:
    return _TARGET.search(span) is None and len(set(_YEAR.findall(span))) <= 1


def _party_grades(
    text: str, base: int, start: int, end: int, shares: Sequence[Mention]
) -> tuple[list[Mention], list[tuple[str, str]], bool] | None:
    """The grades of one yearly review, each with its one share (those shares, the grades, and
    whether they are all of them), or ``None``.

    The sentence is cut into items at semicolons and at *và* before a figure; a part of a grade
    said after it (*trong đó*, in a bracket or to the clause's end) is left out with its share;
    an item naming grades with no percentage (a count of another whole: "5 chi bộ hoàn thành
    xuất sắc nhiệm vụ") is left out; each other item names one grade and holds one share, with
    no word of change or of another base ("so với", "tăng", "kế hoạch"), each rank once.  When
    the items cover the ranks from the best to the worst the shares make 100 %; when they
    cover some of them, of one whole named the same in every item that names one (*đảng
    viên*, *chi bộ*...), their sum may not pass 100 %.
    """
    sentence = text[start:end]
    if len(shares) < 2 or _OTHER_BASE.search(sentence):
        return None
    kept = _SUBGRADE.sub(lambda m: " " * len(m.group()), sentence)
    offsets = [m.start - base - start for m in shares]
    cuts = [0, *(m.end() for m in _GRADE_ITEMS.finditer(kept)), len(kept)]
    parts: list[tuple[str, str]] = []
    chosen: list[Mention] = []
    ranks: list[int] = []
    wholes: set[int] = set()
    for lo, hi in itertools.pairwise(cuts):
        item = kept[lo:hi]
        held = [m for m, o in zip(shares, offsets, strict=True) if lo <= o < hi and kept[o] != " "]
        if not held:
            continue
        grades = list(_PARTY_GRADE.finditer(item))
        if len(held) != 1 or len(grades) != 1 or not _is_share(held[0]):
            return None
        rank = _party_rank(item, grades[0])
        if rank is None:
            return None
        ranks.extend(rank)
        wholes |= _party_wholes(item)
        parts.append(("party-grade", " ".join(grades[0].group().casefold().split())))
        chosen.append(held[0])
    if sorted(ranks) == [0, 1, 2, 3]:
        return chosen, parts, True
    if len(chosen) < 2 or len(set(ranks)) != len(ranks) or len(wholes) != 1:
        return None
    if not _one_review(sentence):
        return None
    return chosen, parts, False


def _party_rank(item: str, grade: re.Match[str]) -> tuple[int, ...] | None:
    """The ranks one grade covers (two for "hoàn thành tốt nhiệm vụ trở lên"), or ``None``."""
    index = (grade.lastindex or 1) - 1
    if _UPWARD.match(item, grade.end()):  # 'hoàn thành "tốt nhiệm vụ" trở lên'
        if index not in (2, 3, 5):
            return None
        return tuple(range(3 if index == 5 else 2))
    return _PARTY_RANKS[index]


def _graded_run(
    context: ParagraphContext, sentences: Sequence[tuple[int, int]], k: int
) -> tuple[list[Mention], list[tuple[str, str]], bool] | None:
    """The grades of one review said one per sentence ("Tỷ lệ đảng viên hoàn thành xuất sắc
    nhiệm vụ chiếm 11,3%. Đảng viên hoàn thành tốt nhiệm vụ chiếm 75,5%. Đảng viên hoàn thành
    nhiệm vụ 12,7%. ..."), from sentence *k* on: each sentence holds one percentage, one
    grade and no word of change or of another base, every one names the same whole, and the
    sentence before *k* is no such sentence.  The shares, their grades and whether they are
    all the grades (else their sum may not pass 100 %), or ``None``.
    """
    text, base = context.text, context.paragraph.offset
    chosen: list[Mention] = []
    parts: list[tuple[str, str]] = []
    ranks: list[int] = []
    wholes: set[int] = set()
    for j in range(max(k - 1, 0), len(sentences)):
        start, end = sentences[j]
        sentence = text[start:end]
        inside = [m for m in context.mentions if start <= m.start - base < end]
        grades = list(_PARTY_GRADE.finditer(sentence))
        fits = (
            len(inside) == 1
            and inside[0].unit == "%"
            and _is_share(inside[0])
            and len(grades) == 1
            and _OTHER_BASE.search(sentence) is None
        )
        rank = _party_rank(sentence, grades[0]) if fits else None
        named = _party_wholes(sentence) if fits else set()
        if j < k:
            if rank is not None and named:
                return None  # the run starts before k
            continue
        if rank is None or len(named) != 1:
            break
        chosen.append(inside[0])
        ranks.extend(rank)
        wholes |= named
        parts.append(("party-grade", " ".join(grades[0].group().casefold().split())))
    if len(chosen) < 2 or len(wholes) != 1 or len(set(ranks)) != len(ranks):
        return None
    if not _one_review(text[sentences[k][0] : chosen[-1].end - base]):
        return None
    return chosen, parts, sorted(ranks) == [0, 1, 2, 3]


# The levels of a professional qualification, lowest to highest (Luật Giáo dục nghề nghiệp, Luật
# Giáo dục đại học): untrained, elementary (sơ cấp), intermediate (trung cấp), college (cao
# đẳng), university (đại học), postgraduate (sau / trên đại học); "dưới đại học" is the four
# below university; "X trở xuống" X and below, "X trở lên" X and above.
_QUALIFICATION = led_by(
    "cstđĐCSTD",
    re.compile(
        r"(?<!\w)(?:(chưa\s+qua\s+đào\s+tạo)|(sơ\s+cấp)|(trung\s+cấp)|(cao\s+đẳng)"
        r"|((?:sau|trên)\s+đại\s+học)|(dưới\s+đại\s+học)|(đại\s+học))(?!\w)",
        re.IGNORECASE,
    ),
)
_QUALIFICATION_RANKS = ((0,), (1,), (2,), (3,), (5,), (0, 1, 2, 3), (4,))
_QUALIFICATION_HEAD = re.compile(
    r"\btrình\s+độ(?:\s+(?:chuyên\s+môn|đào\s+tạo))?(?:\s+(?:nghiệp\s+vụ))?\s*[,:]",
    re.IGNORECASE,
)
_DOWNWARD = re.compile(r"\s*trở\s+xuống\b", re.IGNORECASE)
_UNIVERSITY_LEVELS = frozenset({"5", "4", "0 1 2 3"})
# In a level's label: a figure, a subset, a word of attainment ("đạt chuẩn": a rate).
_LABEL_BREAK = re.compile(r"\d|\btrong\s+(?:đó|số)\b|\bđạt\b|\bchuẩn\b", re.IGNORECASE)


def _qualification_ladder(
    text: str, base: int, start: int, end: int, shares: Sequence[Mention]
) -> tuple[list[tuple[str, str]], bool] | None:
    """The levels of qualification listed after "trình độ chuyên môn," (or *:*), one share each,
    and whether they are all the levels, or ``None``.

    "Về trình độ chuyên môn, sơ cấp 1,01%, trung cấp 22,12%, cao đẳng 3,1%, đại học 65,81%, sau
    đại học 3,51%, chưa qua đào tạo 4,45%" (baolamdong.vn 2021): every percentage of the
    sentence is after the head; the words before each (from the share before it) name one or
    more levels ("đại học, cao đẳng"), and no figure, subset, word of attainment (*đạt chuẩn*)
    or of change or another base; no level is named twice.  A person holds one highest
    qualification, so the shares may not pass 100 %; when the levels run from untrained (or
    "X trở xuống") to postgraduate they are the whole.  Above, at and below university alone are
    left to the dimension "education" (:func:`_complete`).
    """
    if len(shares) < 2 or text.find("rình độ", start, shares[0].start - base) < 0:
        return None  # no "trình độ" before the shares (a fast test)
    heads = list(_QUALIFICATION_HEAD.finditer(text, start, shares[0].start - base))
    if not heads:
        return None
    at = heads[-1].end()
    parts: list[tuple[str, str]] = []
    covered: set[int] = set()
    for m in shares:
        label = text[at : m.start - base]
        if not _is_share(m) or _LABEL_BREAK.search(label) or _OTHER_BASE.search(label):
            return None
        ranks: set[int] = set()
        for level in _QUALIFICATION.finditer(label):
            index = (level.lastindex or 1) - 1
            if _DOWNWARD.match(label, level.end()):
                ranks |= set(range(max(_QUALIFICATION_RANKS[index]) + 1))
            elif _UPWARD.match(label, level.end()):
                ranks |= set(range(min(_QUALIFICATION_RANKS[index]), 6))
            else:
                ranks |= set(_QUALIFICATION_RANKS[index])
        if not ranks or ranks & covered:
            return None
        covered |= ranks
        parts.append(("qualification", " ".join(sorted(str(r) for r in ranks))))
        at = m.end - base
    if {v for _, v in parts} <= _UNIVERSITY_LEVELS:
        return None  # above, at, below university: the dimension "education" reads them
    return parts, covered == set(range(6))


# A list of all the levels of one scale, each with its share: "hoạt động hiệu quả, bền vững theo
# các cấp độ: Bền vững 46%; tương đối bền vững 27%; kém bền vững 24%; không hoạt động 3%".
_LEVELS_HEAD = re.compile(r"\btheo\s+các\s+(?:cấp|mức)\s+độ\s*:\s*", re.IGNORECASE)
_LEVEL_ITEM = re.compile(r"\s*([^\W\d_][^\d;:%()]{0,60}?)\s*:?\s*\Z")
_LEVEL_END = re.compile(r"\s*(?:[;.!?…\n]|\Z)")
_MIN_LEVELS = 3


def _scale_levels(
    text: str, base: int, start: int, end: int, shares: Sequence[Mention]
) -> list[tuple[str, str]] | None:
    """The levels of a scale listed after *theo các cấp độ:* (all of them: *các*), one share
    each, or ``None``.

    The first level follows the colon; each level is words then its one share, and ends at a
    semicolon (the last at the sentence's end); nothing else is in the list.
    """
    if len(shares) < _MIN_LEVELS or text.find("độ", start, shares[0].start - base) < 0:
        return None  # "cấp độ", "mức độ"... (a fast test)
    if not may_contain_between(text, ("theo",), start, shares[0].start - base):
        return None  # every match opens with "theo" (a fast test)
    head = _LEVELS_HEAD.search(text, start, shares[0].start - base)
    if head is None:
        return None
    at = head.end()
    parts: list[tuple[str, str]] = []
    for m in shares:
        if not _is_share(m):
            return None
        label = _LEVEL_ITEM.fullmatch(text, at, m.start - base)
        if label is None or not _LEVEL_END.match(text, m.end - base):
            return None
        parts.append(("level", " ".join(label.group(1).casefold().split())))
        at = _LEVEL_END.match(text, m.end - base).end()  # type: ignore[union-attr]
    if len({v for _, v in parts}) != len(parts) or at < end - 1:
        return None
    return parts


#: Rule shares: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("shares", check_shares, ("share-sum-mismatch", "total-mismatch"), needs_figures=True)


# A breakdown shown complete by its own counts: "Số lượng bị bắt quả tang là 4.999 (chiếm 40% số
# lượng bị bắt giữ). Số lượng bị bắt khẩn cấp là 4.801 (chiếm 38,5 % ...). ... Số lượng bị bắt
# truy nã là 17 (chiếm 0,3% ...)" (parts written one a sentence); "317 triệu con gà chiếm 77,5% và
# 92 triệu con thủy cầm chiếm 22,5%".  Each share has its own count; when every share but one
# is its count's part of the counts' sum (read as the share admits: rounded either way or
# truncated), the counts are the whole those shares are of, and the shares must make 100 %.
_MAX_COUNTED_PARTS = 8
_RULE_STATE = "shares-counts-written"
_JUDGED = "shares-judged"


def _base_range(share: Mention, count: Decimal) -> tuple[Fraction, Fraction] | None:
    """The wholes *count* is *share* of, as the share admits them (``s - u/2`` to ``s + u``:
    rounded half up or down, or truncated, ``u`` its last digit), or ``None`` for a zero."""
    unit = Fraction(StatedFigure.from_quantity(share.quantity).resolution)
    value = Fraction(share.value)
    if count <= 0 or value - unit / 2 <= 0:
        return None
    c = Fraction(count) * 100
    return c / (value + unit), c / (value - unit / 2)


def _one_share_off(shares: Sequence[Mention], counts: Sequence[Decimal]) -> bool:
    """Whether every share but one is its count's part of the counts' sum, and that one is no
    part of any whole the others admit (so the counts are the whole, and one share is wrong)."""
    total = Fraction(sum(counts, start=Decimal(0)))
    lo, hi = Fraction(0), Fraction(-1)
    off: list[tuple[Fraction, Fraction]] = []
    fitting = 0
    for share, count in zip(shares, counts, strict=True):
        wholes = _base_range(share, count)
        if wholes is None:
            return False
        if wholes[0] <= total <= wholes[1]:
            lo, hi = wholes if fitting == 0 else (max(lo, wholes[0]), min(hi, wholes[1]))
            fitting += 1
        else:
            off.append(wholes)
    if len(off) != 1 or fitting == 0 or lo > hi:
        return False
    return off[0][1] < lo or off[0][0] > hi


def _counts_written(context: ParagraphContext) -> list[Sequence[Mention]]:
    """The figures of this paragraph and of the ones before it in its section (kept in the
    document's state for this rule; their counts are read only when a run needs them)."""
    kept = context.state.rule_states.get(_RULE_STATE)
    if not isinstance(kept, tuple) or kept[0] != context.section:
        kept = (context.section, [])
        context.state.rule_states[_RULE_STATE] = kept
    seen: list[Sequence[Mention]] = kept[1]
    seen.append(context.mentions)
    return seen


# The word that says a percentage is a share of a whole, right before it: "chiếm 23%", "(tỷ lệ
# 40,68%", "chiếm tỷ lệ 21%" (a bare "(41,8%)" says nothing of which whole).
_SHARE_WORD = re.compile(
    r"(?:\bchiếm|\b(?:tỷ|tỉ)\s*lệ)(?:\s+(?:là|khoảng))?\s*:?\s*\Z", re.IGNORECASE
)


def _said_share(context: ParagraphContext, share: Mention) -> bool:
    at = share.start - context.paragraph.offset
    return _SHARE_WORD.search(context.text, max(0, at - 24), at) is not None


def _named(seen: Sequence[Sequence[Mention]], total: Decimal) -> bool:
    return any(m.value == total and _is_count(m) for mentions in seen for m in mentions)


def _counted_breakdown(
    context: ParagraphContext, seen: Sequence[Sequence[Mention]], judged: set[int]
) -> Finding | None:
    """The first run of shares, each with its own count (:func:`_own_count`), in which every
    share but one fits the counts' sum and the shares miss 100 % beyond their rounding.

    A run whose counts make a whole written in the section (this paragraph or one before it)
    is left to rule rates: each share is a rate of that named whole, and the wrong one is its
    finding.  Shares a reading of their words has judged already (*judged*: their offsets) are
    not judged again by their counts: that reading knows whether their parts are all."""
    runs: list[list[tuple[Mention, Mention | None]]] = [[]]
    for at, m in enumerate(context.mentions):
        if m.unit != "%":
            continue
        if not (_is_share(m) and m.start not in judged and _said_share(context, m)):
            runs.append([])
            continue
        # A share said without its own count stays in the run and spoils it: the run is a list
        # of traits of which only some are counted ("... ngoài đảng là 12 chiếm 19%, tái cử là
        # 15 người chiếm 50%, dân tộc thiểu số 15 người chiếm 23,8%").
        runs[-1].append((m, _own_count(context, at)))
    for whole_run in runs:
        if any(count is None for _, count in whole_run):
            continue
        run = [(share, count) for share, count in whole_run if count is not None]
        run = [pair for k, pair in enumerate(run) if k == 0 or pair[1] is not run[k - 1][1]]
        for i in range(len(run) - 1):
            for j in range(min(len(run), i + _MAX_COUNTED_PARTS), i + 1, -1):
                window = run[i:j]
                if len(window) < len(run) and not all("," in s.text for s, _ in window):
                    # A window of a longer run fits by chance more easily than the run: its
                    # shares must have decimals ("tái cử ... 203 người (tỷ lệ 40,68%); ... lần
                    # đầu ... 296 người (tỷ lệ 59,32%)" after other traits of the deputies).
                    continue
                counts = [c for _, c in window]
                units = {(c.unit or "").casefold() for c in counts}
                if len(units) > 1 and not units <= _PERSON_NOUNS:
                    continue
                shares = [s for s, _ in window]
                values = [c.value for c in counts]
                if not _one_share_off(shares, values):
                    continue
                if _named(seen, sum(values, start=Decimal(0))):
                    continue  # the whole is named: its shares are rule rates' (a rate each)
                found = _judge(context, shares, [("counted", "")] * len(shares), rest=True)
                if found is not None:
                    return found
    return None
