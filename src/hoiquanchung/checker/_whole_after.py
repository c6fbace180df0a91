"""Reading of rule rate-bases: a rate whose whole is named, with its figure, right after it.

"TP.HCM đã giải ngân vốn đầu tư công đạt 109.996 tỷ đồng, đạt tỷ lệ 91,4% kế hoạch vốn Thủ
tướng Chính phủ giao năm 2025 là 120.353 tỷ đồng"; "xây mới 2.077 và sửa chữa 545 [nhà cho 2.622
hộ], đạt tỷ lệ 95% trong tổng số 2.752 hộ"; "giải quyết 338.756 vụ (đạt 87,5%) trong tổng số
387.051 vụ"; "1,2 tỷ USD, chiếm khoảng 28% tổng kim ngạch xuất khẩu tôm cả nước (đạt 4,3 tỷ
USD)".  Reports write a part, its rate and then the whole the rate is taken of, in one clause:

* the part: a figure with its unit (*hộ*, *tỷ đồng*, *USD*, *tấn*...), the nearest before the
  rate in the clause with the whole's unit;
* the rate right after a word that makes it the part's (*chiếm*, *đạt*, *bằng*, perhaps *tỷ
  lệ* or *tỷ trọng* and a bound: *khoảng*, *gần*, *hơn*);
* right after the rate, the whole: *trong / trên / so với tổng số* and its figure, or the name
  of a whole (*tổng ...*, *kế hoạch ...*, *dự toán ...*, *chỉ tiêu ...*, *nghị quyết ...*, *mục
  tiêu ...*: words only, a year allowed) and its figure after *là* / *đạt*, in a bracket of its
  own (*(11.906 tỷ đồng)*, *(cả nước đạt 132,1 tỉ USD)*) or right after the words.

The part and the whole must be written with the same unit (money with money, households with
households): the figure read after the words is then the whole the rate names, not another
quantity of the clause.  The rate is judged like a written fraction (``rate-mismatch``,
``rate-rounding``, ``bound-violated``, :func:`hoiquanchung.indicators.compare`).

Near-misses where it stays quiet: a part larger than a total it is a share of (*7.675 hộ giỏi,
chiếm 70% so với tổng số 169 hộ*: the figures are of two things; only a plan may be exceeded);
a span of time for a part or a whole (*6 tháng ... đạt 106% chỉ tiêu 6 tháng*); a word of
change before the rate (*tăng 11% so với cùng kỳ
(3.000 tỷ đồng)* is a growth, not a part); the whole's words cut by a comma, a clause end or a
figure that is not a year (*đạt 55% kế hoạch, tổng thu là ...*); a part or a whole written as a
bound (*trên 115,7 tỉ USD*, *từ 125.000 người*: the rate cannot be recomputed); units that
differ (*1.332,3 nghìn tỷ* with no unit against *tỷ đồng*); a rate the part's clause gives
another reading of: when any other figure of the clause before the rate holds against the
whole, the rate may be that figure's and nothing is said; a rate already judged by another
reading of the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from hoiquanchung.checker._context import ParagraphContext, evolved
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound

__all__ = ["WHOLE_WORDS", "may_have_whole", "rates_of_whole_after"]

# The cheap gate: a word naming a whole (substring tests, no scan of the paragraph).  A paragraph
# without one has no rate of this reading (speed).
WHOLE_WORDS = ("tổng", "kế hoạch", "dự toán", "chỉ tiêu", "nghị quyết", "mục tiêu")


def may_have_whole(text: str) -> bool:
    """Whether *text* may hold a rate of this reading (cheap: substrings only)."""
    return "%" in text and any(word in text for word in WHOLE_WORDS)


# Right before the rate: the word that makes it the part's.
_CUE = re.compile(
    r"(?:\A|[\s(,])(?:chiếm|đạt|bằng)(?:\s+(?:tỷ|tỉ)\s*(?:lệ|trọng))?(?:\s+là)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# A change or a comparison between the part and the rate makes the rate another's.
_CHANGE = re.compile(r"\b(?:tăng|giảm|vượt|hơn|kém|gấp|cùng\s+kỳ)\b", re.IGNORECASE)
_YEAR = r"(?:19|20)\d\d"
_WORD = r"[^\W\d_]+"
# Right after the rate, the whole: "trong tổng số 2.752 hộ", "(đạt 87,5%) trong tổng số ...".
_OUT_OF = re.compile(
    r"\s*\)?\s*(?:trong|trên|so\s+với)\s+tổng\s+số\s*(?:là\s*|:\s*)?\Z", re.IGNORECASE
)
# ... or the words of a whole and its figure: "kế hoạch vốn ... giao năm 2025 là 120.353 tỷ
# đồng", "kế hoạch vốn được giao đầu năm (11.906 tỷ đồng)", "tổng kim ngạch XK của cả nước năm
# 2013 (cả nước đạt 132,1 tỉ USD)", "tổng thu của cả nước 1.332,3 nghìn tỷ".
_NAMED = re.compile(
    rf"\s*(?:(?:trong|trên|so\s+với|của)\s+)?(?:tổng|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết"
    rf"|mục\s+tiêu)\b(?:\s+(?:{_WORD}|{_YEAR})){{0,14}}?"
    rf"(?:\s+(?:là|đạt|:)\s*|\s*\(\s*(?:(?:cả\s+nước|toàn\s+{_WORD})\s+)?"
    rf"(?:(?:đạt|là|có|xuất\s+khẩu|nhập\s+khẩu)\s+)?|\s+)\Z",
    re.IGNORECASE,
)
# A whole that is another time's or a change: "kế hoạch năm trước", "tổng ... tăng"; or a clause
# of its own joined by *và*, its subject stated with *là*: "chi ngân sách huyện là 369,767 tỷ
# đồng, đạt 60% dự toán giao và chi ngân sách xã là 51,097 tỷ đồng" (Lâm Đồng, 2020; corpus
# f24t-baolamdong-bao-lam-thu-ngan-sach-6-thang-2020): the communes' spending, no plan.
_NOT_WHOLE = re.compile(
    r"\b(?:tăng|giảm|cùng\s+kỳ|năm\s+trước|trong\s+đó|gồm)\b"
    r"|\bvà\s+(?:[^\W\d_]+\s+){1,8}?là\s*\Z",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;.!?\n](?!\d)")
_MAX_GAP = 160  # characters between the part and its rate
_MAX_AFTER = 120  # characters between the rate and its whole


_TIME = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "kỳ", "lần", "đợt"})
# A whole that a part may exceed: a plan, an estimate, a target ("đạt 114% kế hoạch").
_PLAN = re.compile(
    r"\s*\)?\s*(?:(?:trong|trên|so\s+với|của)\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết"
    r"|mục\s+tiêu)\b",
    re.IGNORECASE,
)


def _exact_count(m: Mention) -> bool:
    """An exact figure with a noun that is no span of time ("6 tháng" is a period)."""
    return (
        m.unit is not None
        and m.unit != "%"
        and m.unit.split()[0].casefold() not in _TIME
        and m.fraction is None
        and m.bound is Bound.EXACT
        and m.value > 0
    )


def _verdict(rate: Mention, part: Mention, whole: Mention) -> tuple[Verdict, Finding | None] | None:
    try:
        stated = StatedFigure.from_quantity(rate.quantity, quote=rate.text)
        # In the whole's scale, as the text writes them ("7.444/11.906" of "tỷ đồng").
        scale = whole.quantity.resolution * 10**whole.quantity.decimals
        comparison = compare(stated, Rate(part.value / scale, whole.value / scale))
    except HoiQuanChungError:
        return None
    return comparison.verdict, comparison.to_finding()


def _whole(context: ParagraphContext, j: int) -> Mention | None:
    """The whole named right after the rate ``mentions[j]``, if the words say so."""
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    if j + 1 >= len(ms):
        return None
    rate, whole = ms[j], ms[j + 1]
    gap = text[rate.end - base : whole.start - base]
    if len(gap) > _MAX_AFTER or not _exact_count(whole):
        return None
    if _OUT_OF.match(gap) is None and (_NAMED.match(gap) is None or _NOT_WHOLE.search(gap)):
        return None
    return whole


def _part(
    context: ParagraphContext, j: int, whole: Mention
) -> tuple[Mention, list[Mention]] | None:
    """The part of the rate ``mentions[j]`` (the nearest figure before it in its clause with the
    whole's unit) and the clause's other figures before the rate."""
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    rate = ms[j]
    unit = (whole.unit or "").casefold()
    part: Mention | None = None
    others: list[Mention] = []
    for k in range(j - 1, -1, -1):
        m = ms[k]
        between = text[m.end - base : rate.start - base]
        if len(between) > _MAX_GAP or _CLAUSE_END.search(between):
            break
        if m.unit == "%":
            if part is None:
                return None  # another rate between the part and this one
            continue
        aside = between.count(")") > between.count("(")  # "(40.938 lao động nữ), bằng"
        if part is None and not aside and _exact_count(m) and (m.unit or "").casefold() == unit:
            part = m
            if _CHANGE.search(between):
                return None
        elif m.fraction is None and m.bound is Bound.EXACT and m.value > 0:
            others.append(m)
    if part is None:
        return None
    return part, others


def rates_of_whole_after(
    context: ParagraphContext, judged: Set[tuple[int | None, int | None]]
) -> Iterator[Finding]:
    """Findings of the reading in the paragraph of *context* (rates not in *judged*).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Đã hỗ trợ xóa nhà tạm cho 2.622 hộ, đạt tỷ lệ 98% trong tổng số 2.752 hộ cần xóa "
    ...         "nhà tạm.")
    >>> [(f.code, f.computed) for f in check_text(text) if f.code.startswith("rate")]
    [('rate-mismatch', '2.622/2.752 = 95%')]
    >>> text = ("Doanh thu đạt 3.300 tỷ đồng, tăng 11% so với cùng kỳ (3.000 tỷ đồng).")
    >>> [f.code for f in check_text(text) if f.code.startswith("rate")]
    []
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    for j, rate in enumerate(ms):
        if j == 0 or rate.unit != "%" or rate.fraction is not None:
            continue
        if (rate.line, rate.column) in judged:
            continue
        before = text[max(0, rate.start - base - 40) : rate.start - base]
        if _CUE.search(before) is None:
            continue
        whole = _whole(context, j)
        if whole is None:
            continue
        found = _part(context, j, whole)
        if found is None:
            continue
        part, others = found
        if part.value > whole.value and not _PLAN.match(text, rate.end - base):
            continue  # a share of a total cannot exceed it ("7.675 hộ ... tổng số 169 hộ")
        verdict = _verdict(rate, part, whole)
        if verdict is None or verdict[1] is None:
            continue
        # Another figure of the clause the rate holds against: the rate may be its.
        if any(
            (v := _verdict(rate, m, whole)) is not None and v[0] is not Verdict.INCONSISTENT
            for m in others
            if m.value != part.value
        ):
            continue
        yield evolved(verdict[1], file=context.file, line=rate.line, column=rate.column)
