"""Rule rate-bases: the rate of the cases settled, of the cases received, across the asides that
reports write between the figures (helper of :mod:`._rate_bases`).

Courts, procuracies, inspectorates and the offices that take complaints report their work in one
shape: the cases received (*thụ lý*, *phải giải quyết*), the cases settled (*đã giải quyết*,
*giải quyết, xét xử*), and the rate of those settled, of those received.  A careful reader
knows the base from the verbs, whatever stands between the figures: "án hình sự ngành thụ lý là
1.319 vụ, với 2.318 bị cáo (giảm 26 vụ SCK); đã giải quyết 1.312 vụ với 2.286 bị cáo (giảm 17
vụ SCK), đạt tỷ lệ 99,74%" (baotayninh.vn, 2012): 1.312/1.319 is 99,47 %, the two digits of the
rate swapped.  :func:`hoiquanchung.checker._rate_bases._settled_rates` reads the shape when
nothing but words stands between the figures; this reading lets through the asides of such
reports, each bounded:

* a bracket ("(tăng 776 vụ SCK)", "(chiếm 51,8% số lượng án dân sự)");
* the persons of the cases ("với 2.318 bị cáo", ", 1.172 bị can");
* a change on another period (", tăng 2.029 vụ = 7% so với năm 2016", ", tăng 67 vụ, việc so
  với cùng kỳ").

"TAND 2 cấp TP đã thụ lý 30.777 vụ, tăng 2.029 vụ = 7% so với năm 2016; đã giải quyết 27.755
vụ, đạt tỉ lệ 90,1%" (nguoiduatin.vn): 27.755/30.777 is 90,18 %, 90,2 % rounded; the report
truncated (``rate-rounding``).

Near-misses, where it stays quiet: the cases settled on time (*giải quyết đúng hạn 1.447 hồ
sơ*: the verb must take the count right after it, and the rate is then of the cases settled),
the cases still being settled (*đang giải quyết*), the new cases only (*thụ lý mới 58 tin*: the
base counts those carried over), another clause or subject between the two counts (*trong đó
án dân sự 200 vụ*), a rate naming another base after it (*so với chỉ tiêu*, *kế hoạch*, *về số
bị cáo*), counts of different nouns (*393 tố giác* and *367 tin*), and more cases settled than
received.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from hoiquanchung.checker._context import ParagraphContext, evolved
from hoiquanchung.checker._counts import is_whole_count_of_noun
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, compare

__all__ = ["settled_across_asides"]

# The words of the count's noun after it ("vụ án các loại", "vụ, việc").
_REST = (
    r"(?:\s*,\s*việc\b)?"
    r"(?:\s+(?!(?:đạt|tỷ|tỉ|so|tăng|giảm|trong|với|và|đã|giải|xét)\b)[^\W\d_]+){0,5}"
)
# Asides between the figures, each bounded: a bracket, the persons of the cases, a change.
_NUMBER = r"\d+(?:[.,]\d+)*"
_ASIDE = (
    r"(?:\s*\([^()\n]{0,100}\)"
    rf"|(?:\s*,\s*|\s+)(?:với\s+)?{_NUMBER}\s+bị\s+(?:cáo|can)\b"
    rf"|\s*,\s*(?:tăng|giảm)(?:\s+(?:{_NUMBER}\s*%?|[^\W\d_]+|=)|\s*,\s*việc\b){{1,14}})"
)
_ASIDES = rf"(?:{_ASIDE}){{0,4}}"
# From the cases received to the verb of the cases settled.
_TO_SETTLED = re.compile(
    rf"\A{_REST}{_ASIDES}(?:\s*[,;]\s*|\s+)(?:trong\s+đó\s*[,:]?\s*)?\Z", re.IGNORECASE
)
_ENDS_CLAUSE = re.compile(r"[,;:]\s*\Z")
# From the cases settled to their rate: ", đạt tỷ lệ", "(đạt".
_TO_RATE = re.compile(
    rf"\A{_REST}{_ASIDES}(?:\s*[,;]\s*|\s*\(\s*|\s+)đạt(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# The verb of the cases settled, right before their count: "đã giải quyết", ", giải quyết, xét
# xử được", "và đã giải quyết"; the verb alone only after a comma or a semicolon (not "đang
# giải quyết", "phải giải quyết", "việc giải quyết").
_VERB = (
    r"(?:giải\s+quyết|xét\s+xử)(?:\s*(?:,|và)\s*(?:giải\s+quyết|xét\s+xử))?"
    r"(?:\s+(?:được|xong))?\s*:?\s*\Z"
)
_SETTLED = re.compile(rf"(?:(?<![^\s,;(])(?:và\s+)?đã\s+|(?<![^\s,;])và\s+)?{_VERB}", re.I)
# The verb of the cases received, right before their count ("thụ lý là", "thụ lý tổng cộng",
# "phải giải quyết"); not "thụ lý mới" (the new cases only).
_RECEIVED = re.compile(
    r"(?:\bthụ\s+lý|\bphải\s+giải\s+quyết)(?:\s+(?:là|tổng\s+cộng|tổng\s+số|được))?\s*:?\s*\Z",
    re.IGNORECASE,
)
# After the rate: the clause ends, or a bracket on the change on last year follows ("(so với
# cùng kỳ các loại vụ việc phải giải quyết tăng 1.183 vụ)", no plan in it); not a base named
# after it ("so với chỉ tiêu", "kế hoạch", "về số bị cáo", "(tăng 5% so với chỉ tiêu giao)").
_OTHER_BASE_AFTER = re.compile(
    r"\s*\)?\s*(?:so\s+với|kế\s+hoạch|chỉ\s+tiêu|về\b|của\b|trên\b)", re.IGNORECASE
)
_CLOSES = re.compile(
    r"\s*(?:[;,.)\n]|\Z|\(\s*so\s+với\s+cùng\s+kỳ\b(?![^()]{0,150}?(?:chỉ\s+tiêu|kế\s+hoạch))[^()]{0,150}\))",
    re.IGNORECASE,
)
_BEFORE = 200  # characters searched back for the cases received and their asides
_BACK = 8  # mentions searched back from a rate


def _is_count(m: Mention) -> bool:
    """A positive whole count of something named (:func:`is_whole_count_of_noun`), not of the
    defendants (*bị cáo*, *bị can*), who are the cases' persons, not cases."""
    return is_whole_count_of_noun(m) and not (m.unit or "").casefold().startswith("bị ")


def _noun(m: Mention) -> str:
    return (m.unit or "").split()[0].casefold()


def _settled_count(context: ParagraphContext, j: int) -> tuple[int, int] | None:
    """The index of the count of cases settled that the rate at *j* follows, and where its
    verb starts (an offset in the paragraph's text); ``None`` when the rate follows none."""
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    rate = ms[j]
    for k in range(j - 1, max(-1, j - _BACK), -1):
        part = ms[k]
        if part.end > rate.start or rate.start - part.end > _BEFORE:
            return None
        if not _is_count(part):
            continue
        at = part.start - base
        verb = _SETTLED.search(text, max(0, at - 60), at)
        if verb is None or verb.end() != at:
            continue
        if not _TO_RATE.match(text[part.end - base : rate.start - base]):
            return None
        return k, verb.start()
    return None


def settled_across_asides(
    context: ParagraphContext, judged: Set[tuple[int | None, int | None]] = frozenset()
) -> Iterator[Finding]:
    """The findings of the rates of cases settled, of the cases received before them, read
    across asides (*judged*: the places of the rates already reported: left).

    >>> from hoiquanchung.checker._text import Splitter
    >>> [p] = Splitter().feed("Án hình sự thụ lý là 1.319 vụ, với 2.318 bị cáo (giảm 26 vụ "
    ...     "SCK); đã giải quyết 1.312 vụ với 2.286 bị cáo (giảm 17 vụ SCK), đạt tỷ lệ 99,74%.")
    >>> [(f.code, f.computed) for f in settled_across_asides(ParagraphContext.of(p))]
    [('rate-mismatch', '1.312/1.319 = 99,47%')]
    """
    for rate, part, whole in comparisons(context):
        if (rate.line, rate.column) in judged:
            continue
        finding = _judged(context.file, rate, int(part.value), int(whole.value))
        if finding is not None:
            yield finding


def comparisons(context: ParagraphContext) -> Iterator[tuple[Mention, Mention, Mention]]:
    """Each rate of the paragraph read as cases settled of cases received: ``(rate, settled,
    received)``, whether it holds or not (for :func:`settled_across_asides` and the precision
    study of the reading)."""
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    for j in range(2, len(ms)):
        rate = ms[j]
        if rate.unit != "%":
            continue
        after = rate.end - base
        if _OTHER_BASE_AFTER.match(text, after) or not _CLOSES.match(text, after):
            continue
        found = _settled_count(context, j)
        if found is None:
            continue
        k, verb_at = found
        whole = _received(context, k, verb_at)
        if whole is not None:
            yield rate, ms[k], whole


def _received(context: ParagraphContext, k: int, verb_at: int) -> Mention | None:
    """The count of cases received before the verb at *verb_at* of the count *k* settled: the
    nearest count of the same noun after *thụ lý* or *phải giải quyết*, with nothing but asides
    between it and the verb."""
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    part = ms[k]
    for i in range(k - 1, max(-1, k - _BACK), -1):
        whole = ms[i]
        if verb_at - (whole.end - base) > _BEFORE:
            return None
        at = whole.start - base
        if (
            not _is_count(whole)
            or _noun(whole) != _noun(part)
            or not _RECEIVED.search(text, max(0, at - 40), at)
        ):
            continue
        gap = text[whole.end - base : verb_at]
        if not _TO_SETTLED.match(gap):
            return None
        if not text.startswith(("đã", "Đã", "và", "Và"), verb_at) and not _ENDS_CLAUSE.search(gap):
            return None
        return whole if whole.value >= part.value else None
    return None


def _judged(file: str | None, rate: Mention, part: int, whole: int) -> Finding | None:
    try:
        stated = StatedFigure.from_quantity(rate.quantity, quote=rate.text)
        found = compare(stated, Rate(part, whole)).to_finding()
    except HoiQuanChungError:
        return None
    if found is None:
        return None
    return evolved(found, file=file, line=rate.line, column=rate.column)
