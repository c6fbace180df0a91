"""Parts that give their share of a total, in the sentences right after it.

"PGS-TS Ngô Kim Khôi ... cho biết kỳ thi tuyển sinh ĐH, CĐ năm 2012 có 1.812.592 hồ sơ đăng ký
dự thi, giảm 7,74% so với năm ngoái. Lượng hồ sơ vào ĐH là 1.358.381, chiếm 75%, giảm 7,71% so
với năm ngoái. Còn hồ sơ dự thi vào CĐ là 454.211, chiếm 25% và giảm 7,83%." (plo.vn, 2012);
"Năm 2017, huyện Củ Chi có 50/52 cơ sở Đảng ... được đánh giá ... Kết quả, có 14 cơ sở Đảng đạt
trong sạch vững mạnh (chiếm tỷ lệ 28%, ...), 33 cơ sở Đảng hoàn thành tốt nhiệm vụ (chiếm 66%,
...), hoàn thành nhiệm vụ 2 cơ sở Đảng (chiếm 4%), 1 cơ sở Đảng yếu kém (chiếm 2%)".  Reports
state a total, then, with or without *Trong đó*, each part with its share right after it.  When
those shares make 100 % (within their written rounding), the writer says the parts are all of
one whole: a careful reader adds them up and holds them against the total of the sentence before.

What is read:

* the total: the one figure of the parts' noun in the sentence right before the first part
  (same paragraph; no bracket, no fraction, no range);
* the parts: every figure of that noun in the next sentences (at most three), each followed
  right away by its share (``(28%)``, ``, chiếm 75%``, ``(chiếm tỷ lệ 28%``, ``, tỷ lệ 41,8%``,
  ``(đạt 99,71%)``); the list ends when the shares reach 100 %; a figure of the noun with no
  share, a part or a share written as a bound (*hơn*, *gần*), or a year the total's sentence
  does not name leave the list unread.

Why it stays quiet on the near misses: shares that do not make 100 % ("Số phiếu đồng ý là 452
(bằng 91,50% tổng số đại biểu Quốc hội); số phiếu không đồng ý là 29 phiếu (bằng 5,87% ...)":
shares of another whole, or a list of some parts only); a share of a plan (*đạt 100% kế
hoạch*) or a change (*tăng 4,48%*) is no share; two figures of the noun in the total's
sentence (which one is the whole is not guessed); a total already reported by another reading.
A sum that breaks the rule is ``total-mismatch`` (error), at the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from hoiquanchung.checker._figures_table import NOT_COUNTS, FigureTables, measure_of
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._rules import sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.numbers import Bound

__all__ = ["check_share_parts", "countable"]

# Between a part and its share: "(", ", chiếm", "(chiếm tỷ lệ", ", tỷ lệ", "(đạt".
_BEFORE_SHARE = re.compile(
    r"[ \t\u00a0]*(?:\([ \t\u00a0]*|,[ \t\u00a0]*)?"
    r"(?:(?:chiếm|đạt)[ \t\u00a0]+)?(?:(?:tỷ|tỉ)[ \t\u00a0]+lệ[ \t\u00a0]+)?(?:là[ \t\u00a0]+)?"
    # or the part's label first, then the share in a bracket or after "chiếm" / "tỷ lệ":
    # "14 cơ sở Đảng đạt trong sạch vững mạnh (chiếm tỷ lệ 28%"
    r"|[ \t\u00a0][^\W\d_][^\d;:.()%]{0,60}?"
    r"(?:\([ \t\u00a0]*(?:chiếm[ \t\u00a0]+)?|,?[ \t\u00a0]*chiếm[ \t\u00a0]+|,[ \t\u00a0]*)"
    r"(?:(?:tỷ|tỉ)[ \t\u00a0]+lệ[ \t\u00a0]+)?(?:là[ \t\u00a0]+)?",
    re.IGNORECASE,
)
# After a share, what makes it a rate of something else: a plan, a change, a comparison, a
# whole it names.
_NOT_A_SHARE = re.compile(
    r"[ \t\u00a0]*(?:kế[ \t\u00a0]+hoạch|dự[ \t\u00a0]+toán|chỉ[ \t\u00a0]+tiêu|so[ \t\u00a0]+với"
    r"|so[ \t\u00a0]+cùng|cùng[ \t\u00a0]+kỳ|mục[ \t\u00a0]+tiêu|nghị[ \t\u00a0]+quyết"
    # a share of a whole it names ("chiếm 50% số hộ vay của xã", "bằng 5,87% tổng số đại biểu")
    r"|số(?!\w)|tổng(?!\w)|của(?!\w)|trong(?!\w)|trên(?!\w))",
    re.IGNORECASE,
)
# A part's share must follow it closely: no clause in between.
_MAX_GAP = 80
# A year named in a sentence ("năm 2016", "2008 – 2009").
_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/%])")
# How many sentences after the total's the parts may run over.
_MAX_SENTENCES = 3


def _share_after(text: str, base: int, part: Mention, following: Mention | None) -> Decimal | None:
    """The share written right after *part* (the next mention, *following*), or ``None``."""
    if following is None or following.unit != "%" or following.bound is not Bound.EXACT:
        return None
    gap = text[part.end - base : following.start - base]
    if len(gap) > _MAX_GAP or _BEFORE_SHARE.fullmatch(gap) is None:
        return None
    if _NOT_A_SHARE.match(text, following.end - base):
        return None  # "đạt 100% kế hoạch", "bằng 99,89% so với cùng kỳ": no share of a whole
    return following.value


def countable(m: Mention) -> bool:
    """Whether *m* is a count the continued breakdowns read: no fraction's side, no range's
    end, a unit that counts (not a measure of :data:`NOT_COUNTS`).  Shared with
    :mod:`~hoiquanchung.checker._continued_totals`."""
    return (
        m.fraction is None
        and m.range_end is None
        and m.unit is not None
        and m.unit.casefold() not in NOT_COUNTS
    )


def check_share_parts(
    tables: FigureTables,
    para: Paragraph,
    sentences: Sequence[tuple[int, int, list[Mention]]],
    file: str | None,
) -> Iterator[Finding]:
    """``total-mismatch`` on totals whose parts, in the sentences right after, give shares of
    100 % and add up to something else (see the module's docstring).

    *sentences* are the paragraph's sentences as ``(start, end, mentions)``.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Năm 2012 có 1.812.592 hồ sơ đăng ký dự thi. Lượng hồ sơ vào ĐH là 1.358.381 hồ sơ,"
    ...         " chiếm 75%. Còn hồ sơ dự thi vào CĐ là 464.211 hồ sơ, chiếm 25%.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '1.812.592 hồ sơ', '1.822.592 hồ sơ')]
    """
    for i in range(len(sentences) - 1):
        yield from _read_from(tables, para, sentences, i, file)


def _read_from(
    tables: FigureTables,
    para: Paragraph,
    sentences: Sequence[tuple[int, int, list[Mention]]],
    i: int,
    file: str | None,
) -> Iterator[Finding]:
    text, base = para.text, para.offset
    t_start, _end, t_local = sentences[i]
    t_local = _with_numerators(t_local)
    if not sentences[i + 1][2]:
        return
    measures: dict[str, list[Mention]] = {}
    for m in t_local:
        if countable(m) and text.count("(", t_start, m.start - base) == text.count(
            ")", t_start, m.start - base
        ):
            measures.setdefault(measure_of(m.unit or ""), []).append(m)
    for measure, candidates in measures.items():
        yield from _parts_of(tables, para, sentences, i, measure, candidates, file)


def _parts_of(
    tables: FigureTables,
    para: Paragraph,
    sentences: Sequence[tuple[int, int, list[Mention]]],
    i: int,
    measure: str,
    candidates: list[Mention],
    file: str | None,
) -> Iterator[Finding]:
    text, base = para.text, para.offset
    t_start, t_end, t_local = sentences[i]
    noun = (candidates[-1].unit or "").casefold()
    years = set(_years(text, t_start, t_end))
    parts: list[Mention] = []
    shares: list[Mention] = []
    done = False
    # the parts may open in the total's own sentence, after the last candidate
    runs = [(candidates[-1].end - base, t_end, _with_numerators(t_local))]
    runs += [(a, b, ms) for a, b, ms in sentences[i + 1 : i + 1 + _MAX_SENTENCES]]
    for n, (start, end, local) in enumerate(runs):
        if n and set(_years(text, start, end)) - years:
            return  # another year's figures
        ours = [
            k
            for k, m in enumerate(local)
            if m.start - base >= start
            and (
                (countable(m) and measure_of(m.unit or "") == measure)
                or (
                    m.unit is None
                    and m.fraction is None
                    and _named_before(text, start, m, base, noun)
                )
            )
        ]
        if not ours:
            if n:
                break
            continue
        for k in ours:
            m = local[k]
            share = _share_after(text, base, m, local[k + 1] if k + 1 < len(local) else None)
            if share is None or m.bound is not Bound.EXACT or done:
                return  # a figure of the noun with no share, a bound, or one after the whole
            parts.append(m)
            shares.append(local[k + 1])
            if _make_whole(shares):
                done = True
        if done:
            break
    if not done or len(parts) < 2 or not any(p.start - base >= t_end for p in parts):
        return  # (parts all in the total's sentence: rule 2's own reading)
    # The shares are of the total when one part at least gives its share of it ("... kết nạp 01
    # đảng viên ... nâng tổng số đảng viên ... lên 73 đồng chí ... 15 đảng viên, chiếm tỷ lệ
    # 21%; ...": the shares are of the 72 assessed, not of the 1 admitted); of several figures
    # of the noun ("... là 6.302 hồ sơ; đến hạn giải quyết là 4.169 hồ sơ. Đã có kết quả ...
    # 4.157 hồ sơ (đạt 99,71%) ..."), the one whose shares they are, when exactly one is.
    fits = [
        t for t in candidates if any(_fits(p, s, t) for p, s in zip(parts, shares, strict=True))
    ]
    if len(fits) != 1:
        return
    candidates = fits
    total = candidates[-1]
    values = [p.value for p in parts]
    total_sum = sum(values, Decimal(0))
    side = sum_contradicts(total.quantity, total_sum)
    if side is None:
        return
    key = ("total-mismatch", total.start)
    if key in tables.reported:
        return
    tables.reported.add(key)
    yield total_mismatch(
        para, total.start - base, total, total_sum, sum_of_terms(values), file=file
    )


def _with_numerators(local: list[Mention]) -> list[Mention]:
    """*local* with each fraction's numerator counting its denominator's noun ("50/52 cơ sở
    Đảng": 50 cơ sở Đảng) and the denominators left out."""
    out: list[Mention] = []
    for k, m in enumerate(local):
        if m.fraction == "numerator" and k + 1 < len(local) and local[k + 1].unit is not None:
            out.append(
                attrs.evolve(
                    m, fraction=None, quantity=attrs.evolve(m.quantity, unit=local[k + 1].unit)
                )
            )
        elif m.fraction is None:
            out.append(m)
    return out


def _named_before(text: str, start: int, m: Mention, base: int, noun: str) -> bool:
    """Whether a bare figure *m* is of *noun*: its sentence names the noun before it ("Lượng hồ
    sơ vào ĐH là 1.358.381")."""
    return bool(noun) and noun in text[start : m.start - base].casefold()


def _fits(part: Mention, share: Mention, total: Mention) -> bool:
    """Whether *share* is *part*'s share of *total* within the share's written rounding."""
    if total.value <= 0:
        return False
    return abs(part.value * 100 / total.value - share.value) <= share.quantity.resolution


def _years(text: str, start: int, end: int) -> list[str]:
    """The years a sentence names, but those of a comparison ("so với năm 2016")."""
    return [
        y.group()
        for y in _YEAR.finditer(text, start, end)
        if _COMPARED.search(text, max(start, y.start() - 14), y.start()) is None
    ]


_COMPARED = re.compile(r"(?:so\s+với|so)\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?\Z", re.IGNORECASE)


def _make_whole(shares: Sequence[Mention]) -> bool:
    """Whether the *shares* make 100 % within their written rounding."""
    written = sum((s.value for s in shares), Decimal(0))
    slack = sum((s.quantity.resolution / 2 for s in shares), Decimal(0))
    return abs(written - 100) <= slack
