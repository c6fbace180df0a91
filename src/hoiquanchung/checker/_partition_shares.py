"""Rule rate-bases, shares of a whole their counts add up to (helper of :mod:`._rate_bases`).

"tổng số hồ sơ đăng kí dự thi năm nay là 1.812.592, trong đó hồ sơ ĐH 1.358.381, chiếm tỷ lệ
75%; ... Hồ sơ phân theo khối thi, hệ ĐH, Khối A: 640.954 chiếm tỷ lệ 47,2% ...; Khối A1:
74.412 chiếm tỷ lệ 5,2%; Khối B: 289.321 chiếm tỷ lệ 21,3%; ...; Khối khác: 49.717 chiếm tỷ lệ
3,7%": a run of counts, each with its share, whose counts add up exactly to a count stated
before them in the paragraph.  The sum says what the whole is, whatever the words (no noun
needed: "Khối A: 640.954").  The whole is taken only when the shares confirm it too: at least
two shares of the run (one written with decimals) hold against it.  Each other share of the
run is then judged against it, and reported only when it holds under no rounding rule
(``rate-mismatch``): 74.412 of 1.358.381 is 5,5 %, not 5,2 %.

A share here is a percentage right after its count, tied by *chiếm* (*tỷ lệ*), *tỷ lệ* or an
opening bracket, with no digit or clause end between; a count is an exact whole number, not a
year after *năm*.  A run lies in one sentence (its items parted by commas or semicolons): the
groups of two sentences may overlap ("20 đại biểu nữ ... Có 40 đại biểu dân tộc thiểu số"), and
its nouns count the whole's ("217 đại biểu" are no part of "500 hộ").  The shortest runs are
read first and a share belongs to one run: a longer run that adds up to a larger whole
("1.812.592", the ĐH and CĐ blocks together) is not confirmed by shares of another whole.
Quiet when fewer than two shares hold, or than one of a run of two (the rates of each part's
own base: "TAND tỉnh giải quyết 334 vụ (68,9%); TAND cấp huyện giải quyết 3.469 vụ (62,2%)" of
the cases each court took up), and for the rates a rule has already judged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence, Set

from hoiquanchung.checker._context import ParagraphContext, evolved
from hoiquanchung.checker._counts import is_count
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound

__all__ = ["partition_shares", "rate_verdict"]

# Between a count and its share: a few words of no digit and no clause end, then the tie.
_TIE = re.compile(
    r"\A[^\d;.!?\n%()]{0,30}?(?:\(\s*)?(?:\bchiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?|\b(?:tỷ|tỉ)\s*lệ|\()\s*:?\s*\Z"
    r"|\A[^\d;.!?\n%()]{0,30}?\(\s*\Z",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
_YEAR_BEFORE = re.compile(r"\bnăm\s*\Z", re.IGNORECASE)
_MAX_PAIRS = 24
_MAX_RUN = 8
_MIN_HOLDING = 2
_MIN_WHOLE_PERCENTS = 3


def _is_count(m: Mention) -> bool:
    """A positive whole number, no term of a written fraction, named or not (a run's whole may
    be a bare "28"): :func:`hoiquanchung.checker._counts.is_count`."""
    return is_count(m, whole_number=True, alone=True)


def _is_fraction_term(m: Mention) -> bool:
    """A term of a written fraction may be the whole of a run too: "có 147/147 tổ chức được
    đánh giá, xếp loại, đạt 100%; trong đó: Hoàn thành xuất sắc nhiệm vụ 28, chiếm 19,04%; ...
    Không hoàn thành nhiệm vụ 09, chiếm 6,12%" (28 + 100 + 10 + 9 make the 147 assessed)."""
    return (
        m.fraction is not None
        and m.bound is Bound.EXACT
        and m.unit != "%"
        and m.value > 0
        and m.value == int(m.value)
    )


def _is_share(m: Mention) -> bool:
    return m.unit == "%" and m.bound is Bound.EXACT and 0 < m.value <= 100


def _pairs(context: ParagraphContext) -> list[tuple[Mention, Mention]]:
    """Each count with its share right after it, in the paragraph's order."""
    text, base = context.text, context.paragraph.offset
    mentions = context.mentions
    out: list[tuple[Mention, Mention]] = []
    for count, share in itertools.pairwise(mentions):
        if not (_is_count(count) and _is_share(share)):
            continue
        at = count.start - base
        if 1900 <= count.value <= 2100 and _YEAR_BEFORE.search(text, max(0, at - 8), at):
            continue
        if _TIE.match(text[count.end - base : share.start - base]) is None:
            continue
        out.append((count, share))
        if len(out) >= _MAX_PAIRS:
            break
    return out


def _one_unit_off(part: int, rate: Mention, whole: int) -> bool:
    """Whether *rate* is at most one unit of its last place from ``100·part/whole``: "182
    người trúng cử (tỉ lệ 36,70%)" of 496 (36,69 %) when the shares of the run are written so
    that they make exactly 100 % (36,70 + 62,90 + 0,4), as the election guidance asks."""
    n, d = rate.value.as_integer_ratio()
    rn, rd = rate.quantity.resolution.as_integer_ratio()
    # |100·part/whole − n/d| <= rn/rd + rn/(2·rd), in integers (a unit, plus rounding's half).
    return abs(part * 100 * d - n * whole) * rd * 2 <= 3 * rn * whole * d


def rate_verdict(part: int, rate: Mention, whole: int) -> Verdict | None:
    """How the *rate* stands against *part* of *whole* (``None`` when it cannot be read as a
    rate); shared with :mod:`hoiquanchung.checker._rate_bases`.

    >>> from hoiquanchung.checker import extract
    >>> [rate] = extract("chiếm 5,5%")
    >>> rate_verdict(74412, rate, 1358381), rate_verdict(74412, rate, 1000000)
    (<Verdict.CONSISTENT: 'consistent'>, <Verdict.INCONSISTENT: 'inconsistent'>)
    """
    # A cheap test first: a rate farther than one unit of its last digit from the exact value
    # holds under no rounding rule (the rates here are exact figures).
    # |100·part/total − n/d| > rn/rd, in integers.
    n, d = rate.value.as_integer_ratio()
    rn, rd = rate.quantity.resolution.as_integer_ratio()
    if abs(part * 100 * d - n * whole) * rd > rn * whole * d:
        return Verdict.INCONSISTENT
    try:
        stated = StatedFigure.from_quantity(rate.quantity, quote=rate.text)
        return compare(stated, Rate(part, whole)).verdict
    except HoiQuanChungError:
        return None


def partition_shares(
    context: ParagraphContext,
    judged: Set[tuple[int | None, int | None]] = frozenset(),
    same_noun: Callable[[Mention, Mention], bool] = lambda whole, part: True,
) -> Iterator[Finding]:
    """The findings of the shares of runs whose counts add up to a whole stated before them
    (*judged*: the places, line and column, of the rates another reading has judged: left;
    *same_noun*: whether a part's noun may count the whole's, "217 đại biểu" not of "500 hộ").

    >>> from hoiquanchung.checker._text import Splitter
    >>> [p] = Splitter().feed("Tổng số hồ sơ là 1.000. Khối A: 600 chiếm tỷ lệ 60,0%; "
    ...     "Khối B: 300 chiếm tỷ lệ 30,0%; Khối C: 100 chiếm tỷ lệ 12,0%.")
    >>> [(f.code, f.computed) for f in partition_shares(ParagraphContext.of(p))]
    [('rate-mismatch', '100/1.000 = 10,0%')]
    """
    pairs = _pairs(context)
    if len(pairs) < 2:
        return
    wholes: dict[int, Mention] = {}
    for m in context.mentions:
        if _is_count(m) or _is_fraction_term(m):
            wholes.setdefault(int(m.value), m)
    # The counts of the section's earlier paragraphs (rule rate-bases remembers them): "... thi
    # hành kỷ luật 62 đảng viên, ...\nHình thức kỷ luật đảng viên: khiển trách 28 (chiếm 45%),
    # cảnh cáo 21 (34%), cách chức 1 (2%), khai trừ 12 (19%)".
    for m in context.state.section_counts:
        if m.start < context.paragraph.offset and _is_count(m):
            wholes.setdefault(int(m.value), m)
    used: set[int] = set()
    for size in range(2, min(_MAX_RUN, len(pairs)) + 1):
        for i in range(len(pairs) - size + 1):
            run = pairs[i : i + size]
            if any(share.start in used for _, share in run):
                continue
            start = run[0][0].end - context.paragraph.offset
            stop = run[-1][0].start - context.paragraph.offset
            if _SENTENCE_STOP.search(context.text, start, stop) and not _parallel_sentences(
                context.text, start, stop, size
            ):
                continue  # one sentence: "... 20 đại biểu nữ, chiếm 33,93%. Có 40 đại biểu ..."
            total = sum(int(count.value) for count, _ in run)
            whole = wholes.get(total)
            if whole is None or whole.start >= run[0][0].start:
                continue
            if not all(same_noun(whole, count) for count, _ in run):
                continue
            yield from _judged_run(context, run, total, judged, used)


_SENTENCE_HEAD = re.compile(r"(?:[.!?]\s+|\n)((?:[^\W\d_]+\s+){3})")
_MIN_PARALLEL = 2


def _parallel_sentences(text: str, start: int, stop: int, size: int) -> bool:
    """Whether the sentences a run of at least three items crosses into each open with the same
    three words, one item a sentence: "Số lượng bị bắt khẩn cấp là 4.801 (chiếm 38,5 % số
    lượng bị bắt giữ). Số lượng bị bắt tạm giam là 2.636 (chiếm 21,2 % ...). Số lượng bị bắt
    truy nã là 17 (chiếm 0,3% ...)" (one list written as sentences)."""
    if size < _MIN_PARALLEL + 1:
        return False
    heads = [m.group(1).casefold() for m in _SENTENCE_HEAD.finditer(text, start, stop)]
    stops = len(_SENTENCE_STOP.findall(text, start, stop))
    return len(heads) >= _MIN_PARALLEL and len(heads) == stops and len(set(heads)) == 1


def _judged_run(
    context: ParagraphContext,
    run: Sequence[tuple[Mention, Mention]],
    total: int,
    judged: Set[tuple[int | None, int | None]],
    used: set[int],
) -> Iterator[Finding]:
    verdicts = [rate_verdict(int(count.value), share, total) for count, share in run]
    # A share that holds when truncated ("Hoàn thành tốt nhiệm vụ 100, chiếm 68,02%" of 147,
    # 68,027 %) confirms the whole as well, so long as one other holds exactly.
    holding = [
        share
        for (_, share), v in zip(run, verdicts, strict=True)
        if v in (Verdict.CONSISTENT, Verdict.CONSISTENT_UNDER_OTHER_RULE)
    ]
    exact = sum(1 for v in verdicts if v is Verdict.CONSISTENT)
    # Two shares of a whole are each other's complement: one holding confirms the whole.  Shares
    # written without decimals confirm it only when three of them hold exactly (a whole number
    # of percent holds against many wholes).
    if (
        exact < 1
        or len(holding) < min(_MIN_HOLDING, len(run) - 1)
        or not (any(s.quantity.decimals for s in holding) or exact >= _MIN_WHOLE_PERCENTS)
    ):
        return
    used.update(share.start for _, share in run)
    made_whole = sum(share.value for _, share in run) == 100
    for (count, share), verdict in zip(run, verdicts, strict=True):
        if (share.line, share.column) in judged:
            continue
        if verdict is Verdict.CONSISTENT_UNDER_OTHER_RULE:
            if not _truncated_slip(count, made_whole):
                continue
        elif verdict is not Verdict.INCONSISTENT:
            continue
        elif made_whole and _one_unit_off(int(count.value), share, total):
            continue  # a share adjusted so that the run makes 100 % (36,70 for 36,69)
        try:
            stated = StatedFigure.from_quantity(share.quantity, quote=share.text)
            found = compare(stated, Rate(int(count.value), total)).to_finding()
        except HoiQuanChungError:
            continue
        if found is not None:
            yield evolved(found, file=context.file, line=share.line, column=share.column)


def _truncated_slip(count: Mention, made_whole: bool) -> bool:
    """Whether a share of the run that holds only when truncated is reported
    (``rate-rounding``): the whole is sure (its parts add up to it, and another share holds
    exactly), so a share cut instead of rounded is a slip a careful reader marks: "Hoàn thành
    xuất sắc nhiệm vụ 28, chiếm 19,04%; Hoàn thành tốt nhiệm vụ 100, chiếm 68,02%; Hoàn thành
    nhiệm vụ 10, chiếm 6,80%; Không hoàn thành nhiệm vụ 09, chiếm 6,12%" of the 147 cells
    assessed (Năm Căn, Cà Mau, 2018): 28/147 is 19,048 %, 19,05 % rounded.

    Left alone: a share of shares that make exactly 100 % (the writer cut one to make the
    run's total: "353 đồng chí, chiếm 22,25%" of 1.586 when the others round up), and a share of
    a count written with decimals or a scale word (*17,4 triệu người*: the count is itself
    rounded, and the share was computed before it was)."""
    return not made_whole and count.quantity.resolution == 1
