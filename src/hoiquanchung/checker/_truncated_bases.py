"""Reading of rule rate-bases: a truncated rate names its own base.

A careful reader who meets "Trong đó có 4.976 đảng viên người dân tộc thiểu số, tỷ lệ 10,75%"
after "46.265 đảng viên" a sentence before (baolamdong.vn, 2019) divides: 4.976/46.265 is
10,755 %, which rounds to 10,76 % and truncates to 10,75 %.  The report cut the rate instead of
rounding it.  No other rate of the paragraph confirms the base and no *trong đó* ties the count
to it in one sentence, so the readings of :mod:`hoiquanchung.checker._rate_bases` leave the rate
alone; but the truncation itself says which figure is the base.  A rate written to two decimals
equals the *truncation* of its count over an unrelated count of the same noun about once in ten
thousand pairs (once in a thousand to one decimal); when it does, and the rate holds (rounded)
against no figure of the section, the base is the one the truncation names, and the rate is
reported as ``rate-rounding`` (warning: it holds only when truncated).  Real slips found by this
reading alone (round 24, nine pages of nine sites):

* "Tổng số hồ sơ tiếp nhận là 8.930 hồ sơ" then, on the next line, "7.600 hồ sơ được nộp qua
  mạng, chiếm 85,10% tổng số hồ sơ" (vietnamnet.vn: 85,106 %);
* "đã giải quyết 430 tin báo, tố giác tội phạm (tăng 12 tin so với cùng kỳ năm 2017), trong đó
  đã giải quyết 392 tin báo, đạt tỷ lệ 91,1%" (baoquangbinh.vn: 91,163 %);
* "là 52 người ứng cử tại 10 đơn vị bầu cử để bầu 31 đại biểu. Tỷ lệ cơ cấu: Đại biểu nữ 25
  người (48,07%)" (25/52 is 48,077 %); "63 người ... Đại biểu nữ là 30 người chiếm 47,61%";
  "47 người/1.212 biên chế ... 10 người có trình độ trung cấp lý luận chính trị, đạt 21,27%";
  "52.000/62.600 tài khoản ... đã thu nhận 52.000 tài khoản (tỷ lệ 83,06%)".

The reading asks, for each rate attached to a count (``x <noun>, chiếm z%``, ``x <noun>
(z%)``: the pairs of :func:`hoiquanchung.checker._rate_bases._every_attached`) that no other
reading of the rule has judged:

* the rate is exact (no *trên*, *gần*, *khoảng*) and written with one or two decimals (a whole
  percent is the truncation of too many fractions);
* the count is an exact whole number of at least 2, with its noun;
* among the counts of the section (before or after the rate) and the written wholes of its
  fractions, of the count's own noun (the persons' nouns are one), larger than the count,
  with no rate of their own (a part) and no rate right after them (a figure measured against
  a plan: "4.409 căn nhà (đạt 99,9% kế hoạch); 3.578 căn nhà ... (chiếm 81,1%)", whose rate is
  of the plan, baotintuc.vn), exactly one value makes the rate hold only under truncation;
* no figure of the section larger than the count, whatever its noun, makes it hold rounded;
* the other rates of the paragraph's counts of the noun agree (:func:`_siblings_agree`).

Quiet, then, on "2.706 hộ sức khỏe (chiếm 99,55%)" next to "2.390 hộ (chiếm 80,36%)" of the
2.974 households and "2.506 hộ ... (chiếm 92,2%)" of the 2.718 registered (baovinhlong.com.vn:
the list mixes bases; 2.706/2.718 truncated is 99,55 % by chance), on "36.626 người, chiếm
17,62%" whose sibling "167.919 người, chiếm 82,38%" holds against nothing (the shares forced
to make 100 % over counts that do not make their whole), on a base that is itself a part of
the list ("dân tộc Kinh 3 người, chiếm 0,08 %" beside "dân tộc Thái 3395 người, chiếm
99,09 %"), and wherever another figure explains the rate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._partition_shares import rate_verdict
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Verdict
from hoiquanchung.numbers import Bound

__all__ = ["truncated_bases"]

_FINEST = Decimal("0.1")  # one decimal at least
_MIN_COUNT = 2
_MAX_FIGURES = 200


def truncated_bases(
    context: ParagraphContext,
    judged: set[tuple[int | None, int | None]],
    pairs: Sequence[tuple[Mention, Mention]],
    same_noun: Callable[[Mention, Mention], bool],
    finding: Callable[[Mention, Mention, Mention, str | None], Finding | None],
    wholes: Sequence[Mention] = (),
) -> Iterator[Finding]:
    """The ``rate-rounding`` findings of the attached *pairs* whose truncation names the base.

    *same_noun* (whole, part) says whether a count may be the whole of the part's noun;
    *finding* (count, rate, total, file) makes the finding (both from the rule's module, passed
    in to keep one definition of each); *wholes* are the written wholes of the section's
    fractions (a rate that holds against one of them is explained).
    """
    state = context.state
    counts = state.section_counts
    if not pairs or not counts:
        return
    # The figures that may explain a rate: the first ones of the paragraph (bounded, so that a
    # paragraph of thousands of figures costs no more than a few hundred per rate: speed).
    others = [m for m in (*wholes, *context.mentions[:_MAX_FIGURES]) if _plain_figure(m)]
    # The counts that have a rate of their own are parts, not wholes.
    rated = {c.start for c, _ in state.section_rates} | {c.start for c, _ in pairs}
    for count, rate in pairs:
        if (rate.line, rate.column) in judged:
            continue
        if rate.quantity.resolution > _FINEST or rate.bound is not Bound.EXACT:
            continue
        if rate.value <= 0:
            continue  # "0,00%": every small enough fraction truncates to it; it names no base
        if count.bound is not Bound.EXACT or count.unit is None or count.fraction is not None:
            continue
        part = count.value
        if part != int(part) or part < _MIN_COUNT:
            continue
        truncated: set[int] = set()
        chosen: Mention | None = None
        explained = False
        for total in (*counts, *others):
            if total.value <= part or total.value != int(total.value):
                continue
            verdict = rate_verdict(int(part), rate, int(total.value))
            if verdict is Verdict.CONSISTENT:
                explained = True
                break
            if (
                verdict is Verdict.CONSISTENT_UNDER_OTHER_RULE
                and total.unit is not None
                and total.fraction is None
                and total.bound is Bound.EXACT
                and total.start not in rated
                and not _rate_follows(context, total)
                and same_noun(total, count)
            ):
                truncated.add(int(total.value))
                chosen = total
        if explained or len(truncated) != 1 or chosen is None:
            continue
        if _another_count_explains(context, count, rate, (*counts, *others)):
            continue
        if not _siblings_agree(count, chosen, pairs, (*counts, *others), same_noun):
            continue
        found = finding(count, rate, chosen, context.file)
        if found is not None:
            judged.add((rate.line, rate.column))
            yield found


def _another_count_explains(
    context: ParagraphContext, count: Mention, rate: Mention, wholes: Sequence[Mention]
) -> bool:
    """Whether a count written right before *count*, in its clause, makes *rate* hold rounded
    against some whole: "giải quyết 3 vụ/17 bị cáo, đạt 0,03%" may be the cases' rate (3 of
    8.572 vụ), whatever 17 of the defendants truncates to (hypothesis found it:
    ``tests/test_checker_rates7.py::test_cases_and_defendants``)."""
    text, base = context.text, context.paragraph.offset
    for m in context.mentions:
        if m is count or m.end > count.start or count.start - m.end > _BEFORE_REACH:
            continue
        if _CLAUSE_BREAK.search(text, m.end - base, count.start - base):
            continue
        if m.bound is not Bound.EXACT or m.value != int(m.value) or m.value < _MIN_COUNT:
            continue
        for total in wholes:
            if (
                total.value > m.value
                and total.value == int(total.value)
                and rate_verdict(int(m.value), rate, int(total.value)) is Verdict.CONSISTENT
            ):
                return True
    return False


_BEFORE_REACH = 40  # characters between a count and the one right before it in its clause
_CLAUSE_BREAK = re.compile(r"[;.!?\n]")


def _plain_figure(m: Mention) -> bool:
    """A figure of the paragraph that may be some rate's whole: not a rate, not a year."""
    return m.quantity.unit != "%" and m.bound is Bound.EXACT and not _year(m)


def _year(m: Mention) -> bool:
    return m.unit is None and 1900 <= m.value <= 2100 and m.value == int(m.value)


def _siblings_agree(
    count: Mention,
    chosen: Mention,
    pairs: Sequence[tuple[Mention, Mention]],
    figures: Sequence[Mention],
    same_noun: Callable[[Mention, Mention], bool],
) -> bool:
    """Whether the other rates of the paragraph's counts of the noun leave *chosen* the base.

    Quiet when one of them holds against another whole of the noun and not against *chosen*
    (the list mixes bases: "2.390 hộ (chiếm 80,36%)" of the 2.974 households, "2.506 hộ ...
    (chiếm 92,2%)" of the 2.718 registered, baovinhlong.com.vn), and when one holds against
    no figure at all while none holds against *chosen* (the list's base is unwritten, or its
    rates were forced to make 100 %: "36.626 người, chiếm 17,62%, ... 167.919 người, chiếm
    82,38%", whose counts do not make their whole)."""
    whole = int(chosen.value)
    unexplained = False
    supported = False
    for other, rate in pairs:
        if other is count or other.unit is None or not same_noun(chosen, other):
            continue
        part = other.value
        if part != int(part) or part <= 0 or part >= whole:
            continue
        if rate_verdict(int(part), rate, whole) is Verdict.CONSISTENT:
            supported = True
            continue
        held = [
            t
            for t in figures
            if t.value > part
            and t.value == int(t.value)
            and rate_verdict(int(part), rate, int(t.value)) is Verdict.CONSISTENT
        ]
        # A rate of whole percents holds against too many figures to name another base.
        if held and rate.quantity.resolution < 1:
            return False
        if not held:
            unexplained = True
    return supported or not unexplained


# A rate right after a figure, in its clause ("4.409 căn nhà (đạt 99,9% kế hoạch)"): the figure
# is measured against a whole of its own (here a plan the text does not give), and the rates of
# its parts may be of that whole too (baotintuc.vn: "3.578 căn nhà hoàn thành ... (chiếm
# 81,1%)" is of the plan, 3.578/4.409 being 81,15 %).
_RATE_AFTER = re.compile(r"[^\d;.!?\n]{0,30}?\d+(?:,\d+)?\s*%")


def _rate_follows(context: ParagraphContext, total: Mention) -> bool:
    where = context.state.section_where.get(total.start)
    text, offset = where if where is not None else (context.text, context.paragraph.offset)
    at = total.end - offset
    return 0 <= at <= len(text) and _RATE_AFTER.match(text, at) is not None
