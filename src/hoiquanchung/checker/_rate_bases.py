"""Rule rate-bases: a rate attached to a count, whose base is a total named elsewhere.

"Hội đồng Bầu cử quốc gia ... xác nhận tư cách đại biểu của 499 người ..." and, a sentence or a
paragraph later, "đại biểu là phụ nữ có 151 người, đạt tỷ lệ 30,26%; ... có 89 người, đạt tỷ lệ
17,84%": each rate is attached to a count (``x <noun>, đạt tỷ lệ z%``, ``x <noun> (z%)``,
``x <noun> (chiếm z%)``, ``x <noun>, chiếm tỷ lệ z%``) and its base is a total of the same noun
stated before it in the section.  No fraction is written, so the base is taken only when the
text shows it:

* **the base is confirmed by the other rates**: a count of the same noun, larger than the part,
  stated earlier in the section and with no rate of its own (that makes it a part), with
  which at least two *other* attached rates of that noun
  hold exactly (:func:`hoiquanchung.indicators.compare`), and no other candidate does as well;
* or **the base is named after its rates** ("393 người, tỷ lệ 45,28%; ... trong 868 người ứng
  cử"): a later count of the noun with no rate of its own, against which at least two other
  rates (one written with decimals) hold, and no other count of the noun with a rate holding
  against it (:func:`_later_bases`); a rate waits for it within its section;
* or **the part follows its total's *trong đó* or *gồm*** in the same sentence ("43 thành viên
  trong đó tuổi 55 trở lên là 23 thành viên, chiếm 53,4%"), or in the next sentence when the
  total, stated after *tổng số*, closes its own and *Trong đó* opens the next ("tổng số đại biểu
  Quốc hội khóa XVI là 500 người. Trong đó, ... là 217 người (43,4%), ...").

A rate may also come before its count ("30% là nữ giới (tương đương 151 người)",
:func:`_attached_after`; after *tương đương* the count may be described to its clause's end:
"61% đại biểu - tương đương 306 người đang hoạt động, ...").  A share (*chiếm*) above 100 % is
judged like any other; a rate above 100 % attached otherwise may be a plan's and is left alone.
Two rates that hold against the sole base only when truncated confirm it as well.

Each attached rate that does not hold against the base is then judged like a written fraction:
``rate-mismatch`` (error), ``rate-rounding`` (warning, holds only when truncated),
``bound-violated`` (error).  The rule stays quiet when a word of change or of another base is
between the count and the rate or right after the rate (*tăng*, *so với*, *kế hoạch*: another
base), when two candidate bases are each confirmed (or a later total of the noun has a rate
holding against it), when the rate holds against any other count
stated before it, when the rate is already a written
fraction's (rule fractions), and when the nouns differ (*13 hộ* is not counted among *43 hội
viên*).  The nouns of persons (*người*, *đại biểu*, *đồng chí*, *ứng viên*...: ``persons`` in
``numbers/data/unit_nouns.toml``) count one thing: "393 ứng viên nữ, chiếm 45,28%" is judged
against the "868 người ứng cử" that the section's other rates confirm.  A whole of persons
counted by another noun than its parts ("kết nạp 152 đảng viên ... nữ có 73 đồng chí (chiếm
48,02%)", xaydungdang.org.vn) is taken when two other rates of persons confirm it and the
part's own noun gives no base (:func:`_kin_base`, :mod:`hoiquanchung.checker._person_wholes`).  The
whole stated again before its parts is one base ("toàn tỉnh kết nạp được 44 đảng viên mới, ...
Trong 44 đảng viên mới kết nạp của tháng 3, có 16 đảng viên nữ (36,36%)", baodongnai.com.vn).
The rate of the cases settled, of the cases received, is read with the verbs that name them
(*thụ lý*, *đã giải quyết*), across the asides between the figures
(:mod:`hoiquanchung.checker._settled_cases`: "thụ lý là 1.319 vụ, với 2.318 bị cáo (giảm 26
vụ SCK); đã giải quyết 1.312 vụ ..., đạt tỷ lệ 99,74%" is 99,47 %, baotayninh.vn).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import islice

import attrs

from hoiquanchung.checker import _totals, _whole_after
from hoiquanchung.checker._context import Check, DocumentState, ParagraphContext, evolved
from hoiquanchung.checker._counts import is_whole_count_of_noun
from hoiquanchung.checker._figures_table import sentence_spans
from hoiquanchung.checker._mentions import HAS_DIGIT, Mention
from hoiquanchung.checker._partition_shares import partition_shares, rate_verdict
from hoiquanchung.checker._patterns import led_by
from hoiquanchung.checker._person_wholes import kin, of_persons, shares_of_own_sum
from hoiquanchung.checker._rules import sum_of_terms, total_mismatch
from hoiquanchung.checker._settled_cases import settled_across_asides
from hoiquanchung.checker._shares import completes, part_labels, shares_make_whole
from hoiquanchung.checker._truncated_bases import truncated_bases
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Rate, StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._vocabulary import alternation, bound_words, person_nouns, unit_nouns
from hoiquanchung.rounding import quantize_fraction

__all__ = ["CHECK", "check_rate_bases", "check_shares_of_base"]

# Between a count and its rate: a few words of one clause, with a word that attaches the rate.
_ATTACH_GAP = re.compile(r"[^\d;.!?\n]{0,60}\Z")
_ATTACH_CUE = re.compile(r"chiếm|(?:tỷ|tỉ)\s*lệ|\(|,\s*đạt\s*\Z", re.IGNORECASE)
# A longer clause when the rate closes it in a bracket of its own: "126 đại biểu đang hoạt
# động, làm nhiệm vụ chuyên trách ở Trung ương (chiếm 25%)".
_ATTACH_BRACKET = re.compile(
    r"[^\d;.!?\n()]{0,100}\(\s*(?:chiếm|(?:tỷ|tỉ)\s*lệ)\s*\Z", re.IGNORECASE
)
_CLOSES = re.compile(r"\s*\)")
# After the clause's last comma, words before the share that name a subject of their own: "73
# người, trong đó 71 người có trình độ đại học, nữ chiếm 17,8%" (the women, their count not
# written), not the count before the comma; words that refer back to it ("số này chiếm", "con
# số này chiếm") or none (", chiếm 25%") keep it.
_OWN_SUBJECT = re.compile(
    r",\s*(?!(?:con\s+)?số\s+(?:này|đó|trên)\b|như\s+vậy\b|tức\s+là\b|và\b|đạt\b|với\b)"
    r"[^\W\d_][^,()]*?\s+chiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z",
    re.IGNORECASE,
)
# A longer clause when the share names its whole by the count's noun right after it ("78 hội
# viên tham gia công tác chính quyền, đoàn thể trong khối ..., chiếm 31,7% tổng số hội viên").
_ATTACH_NAMED = re.compile(r"[^\d;.!?\n]{0,120},\s*chiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z", re.IGNORECASE)
# After a bracketed rate, words that name its base: "(đạt 164,88%) so với chỉ tiêu đề ra".
_BASE_AFTER_BRACKET = re.compile(
    r"\s*\)\s*(?:so\s+với|kế\s+hoạch|chỉ\s+tiêu|cùng\s+kỳ)\b", re.IGNORECASE
)
# A share: "chiếm 10,5%", "chiếm tỷ lệ 30,23%" (an "đạt" after a count is often a plan's).
_SHARE_CUE = re.compile(r"\bchiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*(?:là\s*)?:?\s*\Z", re.IGNORECASE)
_CHANGE = led_by(
    "tgsvhkcmb",
    re.compile(
        r"\b(?:tăng|giảm|so\s+với|vượt|hơn|kém|kế\s+hoạch|chỉ\s+tiêu|mỗi|bình\s+quân)\b",
        re.IGNORECASE,
    ),
)
# Another term, year or period: "(khóa XIII có 42 người, tỷ lệ 8,4%)" is a rate of another base.
_OTHER_REFERENCE = led_by(
    "knct",
    re.compile(
        r"\b(?:khóa|nhiệm\s+kỳ|kỳ\s+trước|cùng\s+kỳ|năm\s+trước|trước(?!\s+hạn\b))\b",
        re.IGNORECASE,
    ),
)
# After the rate: the clause ends (a bracket, a comma, a semicolon, a full stop, the line),
_AFTER = re.compile(
    r"\s*(?:[)\],;.!?\n]|\Z|và\s+(?:có\s+)?\d[\d.,]*\s+[^\W\d_]|\(\s*trong\s+đó\b"
    # the next item named before its count ("53 người, chiếm 3,9% và trình độ trung cấp 223
    # người"), an aside on the same rate in another year ("chiếm 9,2% (tỷ lệ này năm 2008 là")
    r"|và\s+(?:có\s+)?[^\W\d_][^\d;.!?\n()%]{0,40}?\s(?:là\s+|có\s+)?\d[\d.,]*\s+[^\W\d_]"
    r"|\(\s*(?:tỷ|tỉ)\s*lệ\s+này\b)",
    re.IGNORECASE,
)  # or the next item of a list: "30 người, tỷ lệ 33,70% và có 2 người ..."
# Between a rate and the count after it: "(tương đương", ", tương ứng", "với", "là ... (".
_EQUAL = r"tương\s+(?:đương|ứng)(?:\s+với)?"
_RATE_THEN_COUNT = re.compile(
    rf"\A[^\d;.!?\n()]{{0,40}}?(?:\(\s*(?:{_EQUAL})?|\b{_EQUAL}|\bvới)\s*\Z", re.IGNORECASE
)
_AFTER_COUNT = re.compile(r"\s*(?:[)\],;.!?\n]|và\b|\Z)", re.IGNORECASE)
# After a count that *tương đương* ties to the rate before it: words that say what the count
# does, to the clause's end ("61% đại biểu - tương đương 306 người đang hoạt động, làm việc ...").
_EQUAL_GAP = re.compile(rf"\b{_EQUAL}\s*\Z", re.IGNORECASE)
_DESCRIBED = re.compile(r"\s+(?:đang|đã|là|được|có|hiện)\b[^\d;.!?\n()%]{0,80}?(?=[,;.!?\n]|\Z)")
_CLAUSE_END = re.compile(r"[;.!?\n]")
# After a whole, the words that open its parts: "43 thành viên trong đó ...", "đã giải quyết
# 643.272 hồ sơ; trong đó, số hồ sơ ... có 635.593 hồ sơ, chiếm tỷ lệ 98,81%" (a semicolon
# right before *trong đó* still leaves the whole's clause open to its parts).
_PARTS = re.compile(
    r"\A[^\d;.!?\n]{0,12}(?:;\s*)?\b(?:trong\s+đó|(?:bao\s+)?gồm)\b[^;.!?\n]*\Z", re.IGNORECASE
)
_QUALIFIERS = frozenset({"tuổi"})
_MAX_QUALIFIERS = 2
_MIN_CONFIRMING = 2
# Bounds on the work of one section, whatever its length: counts kept as possible bases,
# attached rates kept as confirmations, rates judged per paragraph, rates awaiting a base.
_MAX_REMEMBERED = 100
_MAX_RATES = 60
_MAX_PAIRS = 20
_MAX_PENDING = 20


def _measure(m: Mention) -> str:
    """What a count counts: its noun, or one class for all the nouns of persons.

    A word of sex before or after the noun (*nữ ủy viên*, *đại biểu nữ*) names a part of the
    same whole: it is dropped ("21 nữ ủy viên" are counted among the "200 ủy viên"); alone
    (*46 nữ*) it counts persons.
    """
    assert m.unit is not None
    words = m.unit.casefold().split()
    if len(words) > 1 and words[0] in _SEX:
        words = words[1:]
    elif len(words) > 1 and words[-1] in _SEX:
        words = words[:-1]
    noun = " ".join(words)
    # A word of sex alone counts persons too ("có 46 nữ (43,81%)" of the "105 đại biểu"), and
    # so do the words that count persons by their form of address ("492 vị", "122 chị").
    if noun in person_nouns() or noun in _SEX or noun in _ADDRESSED:
        return _PERSONS
    return noun


_SEX = frozenset({"nữ", "nam"})
# Persons counted by a form of address (round 23, slips23r): "có 1.052 đại biểu chính thức.
# ... có 324 đại biểu là nữ (tỷ lệ 30,7%); đại biểu là người ngoài Đảng: 492 vị (tỷ lệ
# 46,7%); ... Đại biểu là tôn giáo: 198 vị (tỷ lệ 18,8%)" (baovanhoa.vn, the Front's
# congress of 2024): the 492 *vị* are delegates among the 1.052, as the other rates confirm;
# "122 chị (47,28%)" are women among the chairwomen.  (The shared list of persons,
# ``persons`` in ``numbers/data/unit_nouns.toml``, may take them later.)  Not *em* (pupils,
# children): "1.286 em dự thi, ... 741 em được công nhận học sinh giỏi, đạt tỷ lệ 57,62%" is
# read as a count of its own noun, and read among persons it loses its base.
_ADDRESSED = frozenset({"vị", "chị"})


_PERSONS = "\x00persons"


# A count of persons, cases, households...: named, a positive whole number, no term of a
# written fraction (``is_count(m, noun=True, whole_number=True, alone=True)``, without the call
# with keywords for each figure; speed).
_is_count = is_whole_count_of_noun


def _counts(state: DocumentState, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """The counts of a paragraph that may be the base of a rate: each count, and the numerator
    of a written fraction of a noun, read as a count of it ("Có 7.132/8.274 đảng viên được
    đánh giá ... 5.050 đảng viên hoàn thành tốt nhiệm vụ (tỷ lệ 70,8%)": the parts of the
    7.132 assessed).  The numerator is remembered with its whole (:func:`_fraction_wholes`):
    it is a base only when other rates confirm it and none holds against that whole."""
    for i, m in enumerate(mentions):
        if _is_count(m):
            yield m
        elif m.fraction == "numerator" and i + 1 < len(mentions):
            whole = mentions[i + 1]
            if (
                whole.fraction == "denominator"
                and whole.unit is not None
                and whole.unit != "%"
                and m.unit is None
                and m.bound is Bound.EXACT
                and 0 < m.value < whole.value
                and m.value == int(m.value)
                and whole.value == int(whole.value)
            ):
                part = attrs.evolve(
                    m, quantity=attrs.evolve(m.quantity, unit=whole.unit), fraction=None
                )
                _fraction_wholes(state)[part.start] = attrs.evolve(whole, fraction=None)
                yield part


_FRACTIONS_KEY = "rate-bases.fractions"


def _fraction_wholes(state: DocumentState) -> dict[int, Mention]:
    """The written whole of each fraction's numerator remembered as a count in the section."""
    kept: tuple[str | None, dict[int, Mention]] | None = state.rule_states.get(_FRACTIONS_KEY)
    if kept is None or kept[0] != state.bases_section:
        kept = state.rule_states[_FRACTIONS_KEY] = (state.bases_section, {})
    return kept[1]


def _whole_of_fraction_holds(state: DocumentState, total: Mention) -> bool:
    """Whether *total* is a fraction's numerator and some attached rate of the section holds
    against the fraction's written whole instead (the parts may be of either)."""
    whole = _fraction_wholes(state).get(total.start)
    if whole is None:
        return False
    return any(
        c.value < whole.value and _verdict(c, r, whole) is Verdict.CONSISTENT
        for c, r in state.section_rates
    )


# A threshold or a band that says which of the count are meant: "15 xã đạt dưới 10 tiêu chí,
# chiếm 16,9%", "38 xã đạt 10-14 tiêu chí, chiếm 42,7%" (a bound, or a range's two ends, of
# another noun, right after the count with a few words and no comma between).
_TO_THRESHOLD = re.compile(r"\s+[^\W\d_][^\d,;.!?\n()%]{0,30}\Z")


def _past_threshold(text: str, base: int, ms: Sequence[Mention], k: int) -> int:
    """The index of the count before a threshold or band at *k*, or *k* itself."""
    q = ms[k]
    if q.unit is None or q.unit == "%" or q.fraction is not None:
        return k
    first = k
    if q.bound is Bound.EXACT:
        low = ms[k - 1] if k > 0 else None
        if (
            low is None
            or low.unit is not None
            or text[low.end - base : q.start - base].strip() not in {"-", "–"}
        ):
            return k
        first = k - 1
    elif q.bound not in (Bound.LESS_THAN, Bound.MORE_THAN, Bound.AT_LEAST, Bound.AT_MOST):
        return k
    if first < 1:
        return k
    count = ms[first - 1]
    if not _is_count(count) or count.unit == q.unit:
        return k
    if not _TO_THRESHOLD.match(text[count.end - base : ms[first].start - base]):
        return k
    return first - 1


def _attached(context: ParagraphContext) -> list[tuple[Mention, Mention]]:
    """The ``(count, rate)`` pairs of the paragraph.

    An age between them qualifies the count (``57 đại biểu dưới 40 tuổi (chiếm 3,59%)``).
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    # Every pair holds a rate (a figure in %): a paragraph without one holds none, and the
    # loop below reads the rates only.
    rates = [j for j, m in enumerate(ms) if m.quantity.unit == "%"]
    if not rates:
        return []
    out: list[tuple[Mention, Mention]] = []
    for j in rates:
        rate = ms[j]
        found = _count_before(text, base, ms, j)
        if found is None:
            continue
        count, written = found
        if (
            (
                (_ATTACH_GAP.match(written) and _ATTACH_CUE.search(written))
                or (_ATTACH_BRACKET.match(written) and _CLOSES.match(text, rate.end - base))
            )
            and not _CHANGE.search(written)
            and not _OWN_SUBJECT.search(written)
            and not _rate_of_trait(count, written)
            and _AFTER.match(text, rate.end - base)
            and not _BASE_AFTER_BRACKET.match(text, rate.end - base)
        ):
            out.append((count, rate))
    taken = {r.start for _, r in out}
    if "tăng" in text or "giảm" in text:
        out.extend(_attached_across_change(context, taken))
        taken = {r.start for _, r in out}
    out.extend(_attached_after(context, taken))
    out.sort(key=lambda pair: pair[0].start)
    return out


# A rate named by a trait of its own: "tỷ lệ đúng hạn đạt 91%", "tỷ lệ hài lòng là 97%".
_TRAIT_RATE = re.compile(
    r"(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?P<trait>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*"
    r"(?:đạt|là|bằng|chiếm|:)",
    re.IGNORECASE,
)


def _rate_of_trait(count: Mention, written: str) -> bool:
    """Whether the words between *count* and its rate name the rate by a trait that neither
    the count's noun nor its words name: "34 địa phương tiếp nhận 29,4 triệu hồ sơ, trong đó
    24 triệu hồ sơ trực tuyến, tỷ lệ đúng hạn đạt 91%" (tienphong.vn, 2026) is the rate of the
    files settled on time, not the online files' share.  "120 hộ nghèo, tỷ lệ hộ nghèo là 2%"
    names the count's own noun: its rate.

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Tiếp nhận 2.400 hồ sơ, trong đó 2.000 hồ sơ trực tuyến, tỷ lệ đúng hạn "
    ...            "đạt 91%.")
    []
    """
    found = _TRAIT_RATE.search(written)
    if found is None:
        return False
    own = set(_WORD.findall(f"{count.unit or ''} {written[: found.start()]}".casefold()))
    return any(word not in own for word in found.group("trait").casefold().split())


_WORD = re.compile(r"[^\W\d_]+")


def _count_before(
    text: str, base: int, ms: Sequence[Mention], j: int
) -> tuple[Mention, str] | None:
    """The count that the rate ``ms[j]`` may be attached to, and the words between them (the
    qualifiers' digits blanked), or ``None``."""
    rate = ms[j]
    if rate.fraction is not None or rate.bound is not Bound.EXACT or j == 0:
        return None
    k = j - 1
    while k > 0 and ms[k].unit in _QUALIFIERS and j - k <= _MAX_QUALIFIERS:
        k -= 1
    k = _past_threshold(text, base, ms, k)
    count = ms[k]
    if not _is_count(count) or count.unit in _QUALIFIERS:
        return None
    gap = list(text[count.end - base : rate.start - base])
    for q in ms[k + 1 : j]:  # the qualifiers' digits are no other figure
        for i in range(q.start - count.end, q.end - count.end):
            gap[i] = " "
    written = "".join(gap)
    if _OTHER_REFERENCE.search(written) or _in_other_reference(text, count.start - base):
        return None
    return count, written


# "258 hộ nghèo (trong đó 113 hộ nghèo thuộc diện bảo trợ), chiếm 0,6%": a count in a bracket
# that opens with the parts of what comes before it; the words up to the rate close it.
_PARTS_BRACKET = re.compile(
    r"\(\s*(?:trong\s+(?:số\s+)?đó|(?:bao\s+)?gồm(?:\s+có)?|riêng)\b[^()\d]{0,30}\Z",
    re.IGNORECASE,
)


def _outside_parts_brackets(
    context: ParagraphContext, pairs: list[tuple[Mention, Mention]]
) -> list[tuple[Mention, Mention]]:
    """*pairs* without those whose count is inside a bracket of parts that closes before its
    rate (:func:`_in_parts_bracket`)."""
    if "(" not in context.text:
        return pairs
    text, base = context.text, context.paragraph.offset
    return [
        (count, rate)
        for count, rate in pairs
        if not (
            count.start < rate.start
            and _in_parts_bracket(
                text, count.start - base, text[count.end - base : rate.start - base]
            )
        )
    ]


def _in_parts_bracket(text: str, at: int, written: str) -> bool:
    """Whether the count at *at* is inside a bracket of parts (*(trong đó ...*, *(gồm ...*) that
    *written* (the words up to the rate) closes: the rate after the bracket is the share of what
    the bracket breaks down, not of the part (Vĩnh Long, 2020: "còn 258 hộ nghèo (trong đó 113
    hộ nghèo thuộc diện bảo trợ), chiếm 0,6%", 258 of all households; corpus
    baovinhlong-tpvinhlong-ngheo-2020).

    >>> t = "258 hộ nghèo (trong đó 113 hộ nghèo thuộc diện bảo trợ), chiếm 0,6%"
    >>> _in_parts_bracket(t, t.index("113"), " hộ nghèo thuộc diện bảo trợ), chiếm ")
    True
    >>> t = "258 hộ nghèo (trong đó 113 hộ nghèo thuộc diện bảo trợ, chiếm 43,8%)"
    >>> _in_parts_bracket(t, t.index("113"), " hộ nghèo thuộc diện bảo trợ, chiếm ")
    False

    Any part of the bracket, not only its first: "giải quyết ... 15.539 hồ sơ (trong đó có 370
    hồ sơ ... trong hạn và 9 hồ sơ ... quá hạn), đạt tỷ lệ 97,93%" (baolamdong.vn, 2023).

    >>> t = "1.000 hồ sơ (trong đó 40 hồ sơ trong hạn và 9 hồ sơ quá hạn), đạt 97%"
    >>> _in_parts_bracket(t, t.index("9 hồ"), " hồ sơ quá hạn), đạt ")
    True
    """
    if ")" not in written:
        return False
    if _PARTS_BRACKET.search(text, max(0, at - 40), at) is not None:
        return True
    opened = text.rfind("(", 0, at)
    return (
        opened >= 0
        and ")" not in text[opened:at]
        and _PARTS_OPENING.match(text, opened) is not None
    )


# The opening of a bracket of parts, whatever stands in it before the count.
_PARTS_OPENING = re.compile(
    r"\(\s*(?:trong\s+(?:số\s+)?đó|(?:bao\s+)?gồm(?:\s+có)?|riêng)\b", re.IGNORECASE
)


def _every_attached(context: ParagraphContext) -> list[tuple[Mention, Mention]]:
    """:func:`_attached`, and the shares that name their whole by their count's noun after them
    (:func:`_attached_to_named_whole`)."""
    pairs = _outside_parts_brackets(context, _attached(context))
    if "tổng" not in context.text and "Tổng" not in context.text:
        return pairs
    named = _attached_to_named_whole(context, {r.start for _, r in pairs})
    if not named:
        return pairs
    return sorted([*pairs, *named], key=lambda pair: pair[0].start)


def _attached_to_named_whole(
    context: ParagraphContext, taken: set[int]
) -> list[tuple[Mention, Mention]]:
    """``78 hội viên ..., chiếm 31,7% tổng số hội viên``, ``392 người (tỷ lệ 78,55% trong tổng
    số người trúng cử (...``: a rate not attached otherwise, the whole it is a share of named
    right after it by its count's noun (:func:`_names_own_whole`), the count in the same clause
    (a short gap with a cue, a bracket, or a longer one closed by *chiếm*)."""
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    out: list[tuple[Mention, Mention]] = []
    for j, rate in enumerate(ms):
        if rate.unit != "%" or rate.start in taken:
            continue
        found = _count_before(text, base, ms, j)
        if found is None:
            continue
        count, written = found
        if not _names_own_whole(text, rate.end - base, count) or _CHANGE.search(written):
            continue
        if (
            (_ATTACH_GAP.match(written) and _ATTACH_CUE.search(written))
            or _ATTACH_BRACKET.match(written)
            or _ATTACH_NAMED.match(written)
        ):
            out.append((count, rate))
    return out


# After a rate, the whole it is a share of, named by the count's own noun, to the clause's end:
# "392 người (tỷ lệ 78,55% trong tổng số người trúng cử (trong đó ...)", "78 hội viên ...,
# chiếm 31,7% tổng số hội viên."
_NAMED_WHOLE_AFTER = re.compile(
    r"\s*(?:(?:trong|trên|so\s+với|của)\s+)?tổng\s+số\s+"
    r"(?P<noun>[^\W\d_][^\d;.!?\n()\[\],:]{0,40}?)\s*(?=[()\],;.!?\n]|\Z)",
    re.IGNORECASE,
)
_MAX_NOUN = 3  # words of the named whole's noun (the words after it say which of it: "trúng cử")


def _names_own_whole(text: str, at: int, count: Mention, exact: bool = False) -> bool:
    """Whether the words at *at*, right after a rate, name its whole by the count's noun
    (*tổng số người trúng cử* after "392 người"), with no word of sex, change or another
    reference among them (*tổng số hội viên nữ* is another whole)."""
    if "tổng" not in text[at : at + 20].casefold():
        return False
    m = _NAMED_WHOLE_AFTER.match(text, at)
    if m is None:
        return False
    words = m.group("noun").casefold().split()
    if _SEX.intersection(words) or _CHANGE.search(m.group()) or _OTHER_REFERENCE.search(m.group()):
        return False
    noun = _measure(count)
    if exact:  # the noun alone: "tổng số hội viên toàn quốc" may be another scope's whole
        return _noun_of(words) == noun
    return any(_noun_of(words[:n]) == noun for n in range(1, min(_MAX_NOUN, len(words)) + 1))


def _noun_of(words: Sequence[str]) -> str:
    """What words count, as :func:`_measure` says of a count's unit."""
    noun = " ".join(words)
    return _PERSONS if noun in person_nouns() else noun


# "2.179 tổ, giảm 177 tổ so với 2023, tỷ lệ 88,96%": between a count and its rate, the count's
# own change (the same noun, a word of change right before it, a year or a period compared
# with), set off by commas; then "tỷ lệ" or "chiếm" opens the rate.
_CHANGE_ASIDE_HEAD = re.compile(r"\A[^\d;.!?\n]{0,40}?(?:,\s*|\s+)(?:tăng|giảm)(?:\s+thêm)?\s+\Z")
_CHANGE_ASIDE_TAIL = re.compile(
    r"\A(?:\s+so\s+với\s+(?:(?:cùng\s+kỳ|đầu\s+năm|năm|cuối\s+năm)\s*)?(?:(?:19|20)\d\d)?)?"
    r"\s*,\s*(?:chiếm\s+)?(?:tỷ|tỉ)\s*lệ\s*:?\s*\Z|\A\s*,\s*chiếm\s*\Z",
    re.IGNORECASE,
)


def _attached_across_change(
    context: ParagraphContext, taken: set[int]
) -> list[tuple[Mention, Mention]]:
    """The ``(count, rate)`` pairs with the count's own change between them: "Tổ khá 262 tổ,
    tăng 131 tổ so với năm 2023, tỷ lệ 10,34%".  The change counts the count's noun (so it
    is the count's change, not the rate's), and only a year compared with may follow it."""
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    out: list[tuple[Mention, Mention]] = []
    for j in range(2, len(ms)):
        rate = ms[j]
        if rate.start in taken or rate.unit != "%" or rate.fraction is not None:
            continue
        if rate.bound is not Bound.EXACT:
            continue
        k = j - 1
        if ms[k].unit is None and _YEAR_FIGURE.fullmatch(ms[k].text):
            k -= 1  # "so với năm 2023": the year compared with
        if k < 1:
            continue
        change, count = ms[k], ms[k - 1]
        if not (_is_count(count) and _is_count(change)) or change.unit != count.unit:
            continue
        if count.unit in _QUALIFIERS:
            continue
        head = text[count.end - base : change.start - base]
        tail = text[change.end - base : rate.start - base]
        if k != j - 1:
            year = ms[j - 1]
            tail = (
                text[change.end - base : year.start - base]
                + "2000"
                + text[year.end - base : rate.start - base]
            )
        if (
            _CHANGE_ASIDE_HEAD.match(head)
            and _CHANGE_ASIDE_TAIL.match(tail)
            and not _OTHER_REFERENCE.search(head)
            and _AFTER_COUNT.match(text, rate.end - base)
        ):
            out.append((count, rate))
    return out


_YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")


def _is_change(state: DocumentState, m: Mention) -> bool:
    """Whether the count *m* is a change ("giảm 177 tổ"): no whole of its noun."""
    text, _, at = _where(state, m)
    return _CHANGE_BEFORE.search(text, max(0, at - 14), at) is not None


_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm)(?:\s+thêm)?\s+\Z", re.IGNORECASE)


def _attached_after(context: ParagraphContext, taken: set[int]) -> list[tuple[Mention, Mention]]:
    """The ``(count, rate)`` pairs whose rate comes first: ``30% là nữ giới (tương đương 151
    người)``, ``chiếm 91%, tương đương 452 trường hợp``, ``chiếm 29,5 phần trăm với 191 ĐB``.

    The words between say that the count is the rate's (*tương đương*, *tương ứng*, *với*, a
    bracket after a few words), the clause ends right after the count, and no word of change or
    of another term or period is between the clause's start and the rate ("tăng 5%, tương
    đương 20 hội viên" is a change, not a share).
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    out: list[tuple[Mention, Mention]] = []
    for j, rate in enumerate(ms[:-1]):
        if (
            rate.start in taken
            or rate.unit != "%"
            or rate.fraction is not None
            or rate.bound is not Bound.EXACT
        ):
            continue
        count = ms[j + 1]
        if not _is_count(count) or count.unit in _QUALIFIERS:
            continue
        gap = text[rate.end - base : count.start - base]
        before_start = max(ms[j - 1].end - base if j > 0 else 0, rate.start - base - 60)
        before = text[before_start : rate.start - base]
        before = _CLAUSE_END.split(before)[-1]
        if (
            _RATE_THEN_COUNT.match(gap)
            and not _CHANGE.search(gap)
            and not _CHANGE.search(before)
            and not _OTHER_REFERENCE.search(before)
            and not _OTHER_REFERENCE.search(gap)
            and (
                _AFTER_COUNT.match(text, count.end - base)
                or (_EQUAL_GAP.search(gap) and _described(text, count.end - base))
            )
        ):
            out.append((count, rate))
    return out


def _described(text: str, at: int) -> bool:
    """Whether words that describe the count at *at* run to its clause's end, with no word of
    change or of another reference among them."""
    m = _DESCRIBED.match(text, at)
    if m is None:
        return False
    words = m.group()
    return not _CHANGE.search(words) and not _OTHER_REFERENCE.search(words)


def _in_other_reference(text: str, at: int) -> bool:
    """Whether the count at *at* is inside brackets that speak of another term or period."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or ")" in text[opened:at]:
        return False
    return _OTHER_REFERENCE.search(text, opened, at) is not None


def _verdict(count: Mention, rate: Mention, total: Mention) -> Verdict | None:
    return rate_verdict(int(count.value), rate, int(total.value))


def _judged_rate(
    file: str | None, rate: Mention, part: int | Decimal, whole: int | Decimal
) -> Finding | None:
    """The finding of *rate* stated for *part* of *whole* (at the rate's place), if it does not
    hold; ``None`` when it holds or cannot be read as a rate."""
    try:
        stated = StatedFigure.from_quantity(rate.quantity, quote=rate.text)
        found = compare(stated, Rate(part, whole)).to_finding()
    except HoiQuanChungError:
        return None
    if found is None:
        return None
    return evolved(found, file=file, line=rate.line, column=rate.column)


def _finding(count: Mention, rate: Mention, total: Mention, file: str | None) -> Finding | None:
    found = _judged_rate(file, rate, int(count.value), int(total.value))
    if found is not None and _rounded_operands_admit(count, rate, total):
        return None
    return found


def _rounded_operands_admit(count: Mention, rate: Mention, total: Mention) -> bool:
    """Whether *rate* holds for some values that *count* and *total* round to, when either is
    itself rounded (written with decimals or a scale word: ``2,88 tỷ USD``, ``12,39 tỷ USD``).

    "Vốn đăng ký đạt 12,39 tỷ USD ...; Trung Quốc 2,88 tỷ USD, chiếm 23,3%" (cafef.vn, FDI of
    nine months of 2025, found by a hunt on unseen text): 2,88/12,39 is 23,24 %, but the report
    computed its shares from the amounts before they were rounded to 0,01 tỷ (2,884/12,386 is
    23,28 %); a careful reader allows each amount half a unit of its last digit, and then
    cannot say the rate is wrong, nor that it was truncated.  A count written whole (*10 of
    13*) is exact and gets no such allowance."""
    if count.quantity.resolution == 1 and total.quantity.resolution == 1:
        return False
    if count.bound is not Bound.EXACT or total.bound is not Bound.EXACT:
        return False
    try:
        part = StatedFigure.from_quantity(count.quantity).admits()
        whole = StatedFigure.from_quantity(total.quantity).admits()
        stated = StatedFigure.from_quantity(rate.quantity).admits()
    except HoiQuanChungError:
        return False
    if part.lo is None or part.hi is None or whole.lo is None or whole.hi is None:
        return False
    if whole.lo <= 0 or stated.lo is None or stated.hi is None:
        return False
    low = part.lo / whole.hi * 100
    high = part.hi / whole.lo * 100
    return low <= stated.hi and stated.lo <= high


def _confirmed_base(state: DocumentState, count: Mention, rate: Mention) -> Mention | None:
    """The one candidate that at least two other attached rates of the noun hold against."""
    if count.start not in state.section_where:
        return None  # a count past the section's bound (not remembered): its words are unread
    noun = _measure(count)
    parts = {c.start for c, _ in state.section_rates}  # a count with a rate of its own
    best: list[Mention] = []
    for total in state.section_counts:
        if (
            _measure(total) != noun
            or total.value <= count.value
            or total.start >= count.start
            or (total.start in parts and not _rated_whole(state, total))
        ):
            continue
        if any(total.value == b.value for b in best):
            continue
        if _support_without(state, total, rate) >= _MIN_CONFIRMING:
            best.append(total)
    # The same total stated again after the rates ("trong 96 người, có 42 người là nữ, chiếm
    # 43,75%; ... tất cả 96 người ứng cử ...") is one base, not two.
    later = [
        t for t in _later_bases(state, count, rate, parts) if all(t.value != b.value for b in best)
    ]
    if not best and not later:
        found = _sole_base(state, count, rate, parts)
        return found if found is not None else _kin_base(state, count, rate, parts)
    if len(best) + len(later) != 1:
        return None
    if later:
        return None if _whole_of_fraction_holds(state, later[0]) else later[0]
    # A later total of the noun that some rate holds against ("Năm 2024 có 600 hội viên: ...")
    # may be this rate's base as well: then whose rate it is cannot be told.  Not the same
    # total stated again before its parts: "kết nạp được 44 đảng viên mới, ... Trong 44 đảng
    # viên mới kết nạp của tháng 3, có 16 đảng viên nữ (36,36%), ..." is one base.
    for other in state.section_counts:
        if (
            other.start not in parts
            and best[0].start < other.start < count.start
            and other.value > count.value
            and other.value != best[0].value
            and _measure(other) == noun
            and _support_without(state, other, rate) >= 1
            and not _part_of_a_part(state, other)  # "520 ĐB (80%), trong đó 517 ...": a part
        ):
            return None
    if _whole_of_fraction_holds(state, best[0]) or _run_exceeds(state, count, best[0]):
        return None
    return best[0]


def _kin_base(
    state: DocumentState, count: Mention, rate: Mention, parts: set[int]
) -> Mention | None:
    """The whole of persons counted by another noun than the part's that the other rates of
    persons confirm (:mod:`hoiquanchung.checker._person_wholes`): "... kết nạp 152 đảng viên. ...
    nữ có 73 đồng chí (chiếm 48,02%); là cán bộ, công chức, viên chức có 91 đồng chí (chiếm
    59,9%); ... 47 đồng chí (chiếm 30,9%)": the *đồng chí* are of the 152 *đảng viên*.

    Read only when the part's own noun gives no base (:func:`_confirmed_base`,
    :func:`_sole_base`), the part counts persons, and one value of the earlier counts of
    persons of another noun, stated as no part (no rate of its own, no change, no fraction's
    figure), has at least two other attached rates of persons after it holding against it.
    Near-misses, left alone: a part of a part; parts whose rates make a whole breakdown (100 %)
    of their own sum when that sum is not the whole ("nâng tổng số đảng viên ... lên 73 đồng
    chí. ... 15 đảng viên, chiếm tỷ lệ 21%; ... 55 đảng viên chiếm tỉ lệ 76,3 %; 02 đảng viên
    ... chiếm tỷ lệ 2,7%": 72 were assessed, not 73; :func:`_person_wholes.shares_of_own_sum`);
    households, files or cases, which are no persons.
    """
    noun = _measure(count)
    if not of_persons(noun):
        return None
    # The whole of another noun is taken in the part's own paragraph only: a section may run
    # on for pages, and a count of members stated far above is no whole of persons counted
    # later ("Thời gian từ 7h30 đến 11h00, có 200 người dự, đạt 100%" is no share of "1.000
    # hội viên" eighty lines up; round 21, found by the full suite).
    here = state.section_where.get(count.start, (None,))[0]
    if here is None:
        return None
    found: list[Mention] = []
    for total in state.section_counts:
        whole = _measure(total)
        if (
            whole == noun
            or state.section_where.get(total.start, (None,))[0] is not here
            or not kin(whole, noun)
            or total.start >= count.start
            or total.value <= count.value
            or total.start in parts
            or any(total.value == t.value for t in found)
            or _has_own_rate(state, total)
            or _is_change(state, total)
            or total.start in _fraction_wholes(state)
        ):
            continue
        support = sum(
            1
            for c, r in state.section_rates
            if r.start != rate.start
            and total.start < c.start
            and c.value < total.value
            and kin(whole, _measure(c))
            and _verdict(c, r, total) is Verdict.CONSISTENT
        )
        if support >= _MIN_CONFIRMING:
            found.append(total)
    if len(found) != 1:
        return None
    total = found[0]
    if (
        _part_of_a_part(state, count, total)
        or _whole_of_fraction_holds(state, total)
        or _run_exceeds(state, count, total)
        or shares_of_own_sum(_sentence_run(state, count, rate), int(total.value))
    ):
        return None
    return total


def _sentence_run(
    state: DocumentState, count: Mention, rate: Mention
) -> list[tuple[Mention, Mention]]:
    """The attached pairs of the section in the sentence of *count*'s pair, in order."""
    text, base, _ = _where(state, count)
    run: list[tuple[Mention, Mention]] = []
    for c, r in state.section_rates:
        if state.section_where.get(c.start, (None,))[0] is not text:
            continue
        lo, hi = sorted((c.start - base, count.start - base))
        if _SENTENCE_STOP.search(text, lo, hi) is None:
            run.append((c, r))
    return run


def _run_exceeds(state: DocumentState, count: Mention, total: Mention) -> bool:
    """Whether a rated count of *count*'s sentence and measure is larger than *total*: the
    shares of that sentence are of another whole. "vốn ... vào ngành công nghiệp chế biến, chế
    tạo đạt 13,64 tỷ USD, chiếm 62,9% tổng vốn đăng ký cấp mới và tăng thêm; hoạt động kinh
    doanh bất động sản đạt 4,98 tỷ USD, chiếm 23,0%; ..." (cafef.vn, 2025, FDI of 8 months):
    the 11,03 tỷ USD of new capital alone, which the shares of an earlier sentence confirm,
    is no base of 4,98 (found by a hunt on unseen text)."""
    text, base, at = _where(state, count)
    noun = _measure(count)
    for other in state.section_counts:
        if other.value <= total.value or _measure(other) != noun:
            continue
        if state.section_where.get(other.start, (None,))[0] is not text:
            continue
        lo, hi = sorted((other.start - base, at))
        if _SENTENCE_STOP.search(text, lo, hi) is not None:
            continue
        # Its share right after it (", chiếm 62,9%": the words of the civil judgments' reading).
        rate_at = HAS_DIGIT.search(text, other.end - base, other.end - base + 40)
        if rate_at is not None and _SHARE_AFTER_COUNT.match(
            text[other.end - base : rate_at.start()]
        ):
            return True
    return False


def _rated_whole(state: DocumentState, total: Mention) -> bool:
    """Whether *total*, a count with a rate of its own, opens its parts after that rate
    (*trong đó* in its clause, or *Trong đó* opening the next sentence): "Toàn tỉnh hiện có
    1.346 công chức cấp xã, đạt tỷ lệ 96,3% số vị trí ... được giao. Trong đó, 1.070 người
    ..., đạt tỷ lệ 79,5%".  Its own rate is of another base; its parts' rates may be of it,
    when the other rates confirm it (:func:`_confirmed_base`)."""
    text, base, _ = _where(state, total)
    if (
        _WHOLE_AFTER.match(text, total.end - base) is not None
        or _WHOLE_NEXT_SENTENCE.match(text, total.end - base) is not None
    ):
        return True
    # "Số đảng viên mới kết nạp ... là 1.932 đảng viên, đạt tỷ lệ 96,6%, .... Trong số đảng viên
    # mới kết nạp: có 930 đảng viên nữ, chiếm 48,14%": the next sentence opens on the group
    # that the total's own words name before it.
    assert total.unit is not None
    noun = r"\s+".join(re.escape(w) for w in total.unit.split())
    among = re.compile(
        rf"(?:[^.!?\n;]|\.(?=\d)){{0,160}}?[.!?]\s+Trong\s+số\s+(?P<group>{noun}\b[^\d,:;.!?\n]{{0,60}}?)\s*[:,]",
        re.IGNORECASE,
    ).match(text, total.end - base)
    if among is None:
        return False
    group = " ".join(among["group"].casefold().split())
    at = total.start - base
    return group in " ".join(text[max(0, at - 120) : at].casefold().split())


def _sole_base(
    state: DocumentState, count: Mention, rate: Mention, parts: set[int]
) -> Mention | None:
    """The one count of the noun in the section that can be the rate's base, when nothing else
    can: "có 89 người đủ tiêu chuẩn ứng cử ... 8 người, tỷ lệ 8,98%; ... 57 người ..., tỷ lệ
    64,04%"; "13 đồng chí, chiếm tỷ lệ 30,23%; 29 đồng chí, chiếm tỷ lệ 67,44%. Tuổi trung
    bình của 43 đại biểu ...".

    Every count of the noun larger than the part and with no rate of its own has one value (the
    same total stated again counts once), and either another attached rate of the section
    written with decimals holds against it (whole percents fit too many bases), or no other
    rate of the noun is attached in the section and the total is stated as a whole before the
    rate (*tổng số*, *trong số*, or *gồm*, *trong đó* after it: "Danh sách 200 ủy viên ... gồm
    180 ủy viên chính thức và 20 ủy viên dự khuyết ... có 21 nữ ủy viên, chiếm 10,5%").
    A part of a part (after *trong đó* that follows another rated count) has another base.
    """
    # More than the whole: a plan's rate ("đạt 100,44%" of a target), not a share; but a share
    # (*chiếm*) above 100 % is impossible, and is judged against its base like any other.
    if rate.value > 100 and not _is_share(state, count, rate):
        return None
    noun = _measure(count)
    candidates = [
        t
        for t in state.section_counts
        if t.start not in parts
        and _measure(t) == noun
        and t.value > count.value
        and not _has_own_rate(state, t)
        and not _is_change(state, t)
        and t.start not in _fraction_wholes(state)  # a numerator: only when confirmed
    ]
    if _names_whole(state, count, rate):  # "chiếm 31,7% tổng số hội viên": the one whole
        wholes = [t for t in candidates if _stated_whole(state, t)]
        if len({t.value for t in wholes}) == 1 and not _part_of_a_part(state, count):
            return wholes[0]
    if not candidates:
        return _near_base(state, count, rate, parts)
    if len({t.value for t in candidates}) != 1:
        return None
    if _part_of_a_part(state, count, candidates[0]):
        return None
    others = [r for c, r in state.section_rates if r.start != rate.start and _measure(c) == noun]
    confirmed = any(
        r.quantity.decimals > 0 and (t.start, r.start) in state.section_holds
        for r in others
        for t in candidates
    )
    if confirmed or _truncated_confirm(state, rate, noun, candidates[0]):
        return candidates[0]
    if others:
        return None
    if _is_share(state, count, rate):
        wholes = [t for t in candidates if t.start < count.start and _stated_whole(state, t)]
        if wholes:
            return wholes[0]
    return _near_base(state, count, rate, parts)


def _akin(whole: str, part: str) -> bool:
    """Whether two nouns read after counts name one thing: equal, or one the other's first
    words ("77 đơn thuộc thẩm quyền" and "66 đơn", "14.506 thí sinh" and "12.847 thí sinh đậu"),
    unless the next word makes another noun of it (*viên*: "hội viên" is no kind of "hội")."""
    if whole == part:
        return True
    if whole == _PERSONS or part == _PERSONS:
        return False
    short, long = (whole, part) if len(whole) < len(part) else (part, whole)
    if not long.startswith(short + " "):
        return False
    return long[len(short) + 1 :].split()[0] != "viên" and long not in _MEMBERS


def _near_base(
    state: DocumentState, count: Mention, rate: Mention, parts: set[int]
) -> Mention | None:
    """The base of a lone rate: the one count of the part's noun stated before it, in its
    sentence or the sentence before, when no other rate of the noun is read in the section.

    "các tổ hòa giải đã thụ lý 1.517 vụ việc. Trong đó, đã hòa giải thành công 1.276 vụ việc
    (đạt tỷ lệ 84%)"; "Trong tổng số đơn nhận được, có 77 đơn thuộc thẩm quyền giải quyết của
    tỉnh. Đến nay đã giải quyết 66 đơn (đạt 85,71%)": a report states a whole, then the part
    done of it with its rate.  Nouns match when one is the other's first words (:func:`_akin`).

    Near-misses, left alone: a second count of the noun before the part (which is the base
    cannot be told), a whole with a rate of its own or that is itself a part (*trong đó*,
    *gồm* before it in its sentence: "Trong đó, hộ nghèo về thu nhập thấp là 50.868 hộ; ...
    Số hộ cận nghèo 43.316 hộ, chiếm tỷ lệ 9,12%"), a figure of a written fraction, a change
    or a bound before the part ("giảm 554 vụ (-4,2%)", "trên 4.820 lượt hộ ... (chiếm tỷ lệ
    52,6%)"), a rate named by other words ("tỷ lệ hộ nghèo toàn hội là 5,03%"), 100 % or more,
    and a sentence that names another base (*kế hoạch*, *chỉ tiêu*, *so với*, the votes of
    *tán thành*: "trong 91 đại biểu tham gia biểu quyết thì có 90 đại biểu tán thành, ... đạt
    tỷ lệ 94,74%" is of all 95).
    """
    text, base, at = _where(state, count)
    noun = _measure(count)
    # Persons are counted in many groups of one report (voters, deputies, delegates by kind):
    # their rates are read only when other rates confirm the base.
    if noun == _PERSONS or any(
        r.start != rate.start and _akin(_measure(c), noun) for c, r in state.section_rates
    ):
        return None
    # A figure between the part and its rate ("15 xã đạt dưới 10 tiêu chí, chiếm 26,9%").
    if HAS_DIGIT.search(text, count.end - base, rate.start - base):
        return None
    window = [
        t
        for t in state.section_counts
        if t.start < count.start
        and t.start in state.section_where
        and state.section_where[t.start][0] is text
        and len(_SENTENCE_STOP.findall(text, t.end - base, at)) <= 1
    ]
    wholes = [
        t
        for t in window
        if t.start not in parts
        and _akin(_measure(t), noun)
        and t.value > count.value
        and not _has_own_rate(state, t)
        and not _is_change(state, t)
        and t.start not in _fraction_wholes(state)
    ]
    if len({t.value for t in wholes}) != 1:
        return None
    total = wholes[-1]
    if _PLAN_RATE_AFTER.match(text, total.end - base):
        # "khởi công 8.006 căn nhà, đạt 98,84% so với kế hoạch. Trong đó, đã hoàn thành 6.824
        # căn, chiếm tỷ lệ 84,25%" (baotintuc.vn, 2025; a hunt on unseen text): the whole is
        # stated against a plan, and its part's rate may be of the plan (6.824/8.100).
        return None
    # A fraction's figure ("có 147.740 tín đồ/208.934 tín đồ"): the fraction is its own rate.
    if "/" in text[max(0, total.start - base - 2) : total.start - base] or _SLASH_AFTER.match(
        text, total.end - base
    ):
        return None
    between = text[total.end - base : at]
    stops = list(_SENTENCE_STOP.finditer(between))
    # The sentence before counts only when the part's sentence opens the whole's parts ("...
    # thụ lý 1.517 vụ việc. Trong đó, đã hòa giải thành công 1.276 vụ việc (đạt tỷ lệ 84%)"),
    # or says what was done of it ("... 77 đơn thuộc thẩm quyền giải quyết của tỉnh. Đến nay đã
    # giải quyết 66 đơn (đạt 85,71%)"); not a new count of the noun ("Năm nay có 1.446 tổ").
    if len(stops) > 1 or (
        stops
        and not _PARTS_NEXT.match(between, stops[0].end())
        and not _DONE_OF_WHOLE.search(text, max(0, at - 60), at)
    ):
        return None
    # The whole's clause: a year or a term ("Tổng số hội viên năm 2023 là 500 người"), a
    # negation ("3.000 việc chưa có điều kiện thi hành"): another whole than the part's.
    clause_at = total.start - base
    clause = _NEAR_CLAUSE_OPEN.split(text[max(0, clause_at - 60) : clause_at])[-1]
    whole_words = clause + text[total.end - base : total.end - base + 40].split(",")[0]
    if _YEAR_OR_NOT.search(whole_words):
        return None
    if _TO_ENFORCE.search(clause):
        # "Tổng số toàn hệ thống phải thi hành là 977.700 việc; đã thi hành xong 446.842 việc,
        # đạt tỉ lệ 63,14%" (cafef.vn, 2025): the whole is the cases to enforce (the role
        # "total" of _enforcement_rates), and the rate of cases enforced is of those that can
        # be (có điều kiện), which the whole leaves out.
        return None
    if not _near_whole_reads(text, base, count, rate):
        return None
    # A whole that is itself a part ("Trong đó, hộ nghèo về thu nhập thấp là 50.868 hộ; ... Số
    # hộ cận nghèo 43.316 hộ, chiếm tỷ lệ 9,12%"): the rate is of the larger whole.
    opened = (
        max(text.rfind(".", 0, total.start - base), text.rfind("\n", 0, total.start - base)) + 1
    )
    if _PARTS_OPEN.search(text, opened, total.start - base):
        return None
    return total


# Right after a whole: its rate against a plan ("8.006 căn nhà, đạt 98,84% so với kế hoạch").
_PLAN_RATE_AFTER = re.compile(
    r"[^\d;.!?\n]{0,80}?\b(?:đạt|bằng|tương\s+đương|hoàn\s+thành)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?"
    r"[\d.,]+\s*%\s*(?:so\s+với\s+|của\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)",
    re.IGNORECASE,
)
# Before the part in its clause: a change ("giảm 554 vụ (-4,2%)" is the change's rate), a pair
# of one tally ("1.367 vụ/2.420 bị cáo").
_NEAR_CLAUSE_OPEN = re.compile(r"[;:,()]|[.!?](?=\s)|\n")
_NEAR_CHANGE = re.compile(
    r"\b(?:tăng|giảm|so\s+với|vượt|kém|còn\s+lại|chưa|"
    # a bound ("hơn", "trên", "gần", "khoảng", ...: numbers/data/bound_words.toml)
    + alternation([w for w, b in bound_words("before").items() if b is not None], r"\s+")
    + r")\b|[/–-]\s*\Z",
    re.IGNORECASE,
)
# Between the part and its rate: a rate named by its words ("tỷ lệ hộ nghèo toàn hội là 5,03%",
# "tỷ lệ tập hợp hội viên đạt 93,4%") is the rate of another measure.
_NAMED_RATE = re.compile(r"(?:tỷ|tỉ)\s*lệ\s+(?!(?:là|đạt|:)\b)[^\W\d_]", re.IGNORECASE)
# Another base in the sentence: a plan or target, a vote (of all the deputies, not those present).
_NEAR_OTHER_BASE = re.compile(
    r"\b(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|mục\s+tiêu|cùng\s+kỳ|so\s+với|"
    r"tán\s+thành|đồng\s+ý|biểu\s+quyết|phiếu)\b",
    re.IGNORECASE,
)


# What is done of a whole: settled, cleared up, recovered, activated, carried out.
_DONE_OF_WHOLE = re.compile(
    r"\b(?:giải\s+quyết|làm\s+rõ|khám\s+phá|hòa\s+giải|thu\s+hồi|kích\s+hoạt|xử\s+lý|"
    r"thi\s+hành|khắc\s+phục|hoàn\s+thành|chi\s+trả)\b[^\d;.!?\n]{0,40}\Z",
    re.IGNORECASE,
)
_PARTS_NEXT = re.compile(r"\s*Trong\s+(?:số\s+)?(?:đó|này)\b", re.IGNORECASE)
_YEAR_OR_NOT = re.compile(
    r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])|\b(?:chưa|không|nhiệm\s+kỳ|khóa)\b", re.IGNORECASE
)
_RATE_WORDS = re.compile(r"(?:tỷ|tỉ)\s*lệ", re.IGNORECASE)
_SLASH_AFTER = re.compile(r"[^\d,;.()]{0,20}/\s*\d")
_PARTS_OPEN = re.compile(r"\b(?:trong\s+(?:số\s+)?đó|gồm|bao\s+gồm)\b", re.IGNORECASE)


def _near_whole_reads(text: str, base: int, count: Mention, rate: Mention) -> bool:
    """Whether the words around a part and its rate let the whole before them be its base."""
    if rate.value <= 0 or rate.value >= 100:
        return False
    # A bare "đạt z%" after a count is often a plan's rate with the plan left unsaid ("kết nạp
    # 500 hội viên, đạt 80%"): a rate that is not a share is read only in a bracket or after
    # "tỷ lệ".
    gap = text[count.end - base : rate.start - base]
    if not (_SHARE_CUE.search(gap) or _RATE_WORDS.search(gap) or "(" in gap):
        return False
    at = count.start - base
    head = _NEAR_CLAUSE_OPEN.split(text[max(0, at - 80) : at])[-1]
    if _NEAR_CHANGE.search(head) or text[max(0, at - 2) : at].strip() in ("/", "-", "–", "+"):
        return False
    if _NAMED_RATE.search(text[count.end - base : rate.start - base]):
        return False
    if text[max(0, rate.start - base - 1) : rate.start - base] in ("+", "-"):
        return False
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    stop = _SENTENCE_STOP.search(text, rate.end - base)
    sentence = text[start : stop.start() if stop else len(text)]
    return _NEAR_OTHER_BASE.search(sentence) is None


def _names_whole(state: DocumentState, count: Mention, rate: Mention) -> bool:
    """Whether the rate attached to *count* names its whole after it by the count's noun
    alone ("chiếm 31,7% tổng số hội viên.")."""
    text, base, _ = _where(state, count)
    return rate.end - base <= len(text) and _names_own_whole(
        text, rate.end - base, count, exact=True
    )


def _truncated_confirm(state: DocumentState, rate: Mention, noun: str, total: Mention) -> bool:
    """Whether at least two other attached rates of the noun, written with decimals, hold
    against *total* only when truncated ("8 người, tỷ lệ 8,98%; ... 30 người, tỷ lệ 33,70%" of
    89: 8,988 % and 33,708 % cut, not rounded): computed on that base, rounded by another rule."""
    held = 0
    for c, r in state.section_rates:
        if r.start == rate.start or r.quantity.decimals == 0 or _measure(c) != noun:
            continue
        if c.value < total.value and _verdict(c, r, total) is Verdict.CONSISTENT_UNDER_OTHER_RULE:
            held += 1
            if held >= _MIN_CONFIRMING:
                return True
    return False


# After a count, in its clause: a rate of its own, even one the grammar does not read
# ("37 người, tỷ lệ 41.57%"; "30 người có trình độ đại học, tỷ lệ 33,70% và ...").
_RATE_FOLLOWS = re.compile(
    r"[^\d;.!?\n]{0,60}?\b(?:chiếm|(?:tỷ|tỉ)\s*lệ)\s*(?:là\s*)?:?\s*\d", re.IGNORECASE
)
# Before a count: the words that state it as a whole ("trong tổng số 200 ủy viên").
_WHOLE_BEFORE = re.compile(
    r"\b(?:tổng\s+số|tổng\s+cộng|trong\s+số|toàn\s+bộ)\s*(?:là|có)?\s*:?\s*\Z", re.IGNORECASE
)
# After a count, in its clause: the words that open its parts ("200 ủy viên ... gồm 180 ...").
_WHOLE_AFTER = re.compile(r"[^\d;.!?\n]{0,80}?\b(?:gồm|bao\s+gồm|trong\s+đó)\b", re.IGNORECASE)
# Between a rated count and the next count of its sentence: the next is a part of the first.
_SUBPART_GAP = re.compile(
    r"\A[^.!?\n]*\b(?:trong\s+đó|trong\s+số\s+đó|gồm|bao\s+gồm)\b", re.IGNORECASE
)
# "Trong số hội viên nữ, 10 hội viên ..." : a group named in words, the base of the clause.
_NAMED_GROUP = re.compile(r"\btrong\s+số\s+(?![\d\s])[^\d;.!?\n]*\Z", re.IGNORECASE)


def _where(state: DocumentState, m: Mention) -> tuple[str, int, int]:
    """The text of the paragraph of the remembered count *m*, its offset, and *m*'s offset
    in it (the words around a count are read only when a rate needs them)."""
    text, base = state.section_where[m.start]
    return text, base, m.start - base


def _is_share(state: DocumentState, count: Mention, rate: Mention) -> bool:
    """Whether the rate attached to *count* is written as a share (*chiếm*)."""
    text, base, _ = _where(state, count)
    return (
        rate.start - base <= len(text)
        and _SHARE_CUE.search(text, max(0, rate.start - base - 30), rate.start - base) is not None
    )


def _has_own_rate(state: DocumentState, m: Mention) -> bool:
    """Whether a rate follows the count *m* in its clause (read or not: "tỷ lệ 41.57%")."""
    text, base, _ = _where(state, m)
    return _RATE_FOLLOWS.match(text, m.end - base) is not None


def _stated_whole(state: DocumentState, m: Mention) -> bool:
    """Whether the count *m* is stated as a whole: *tổng số*, *trong số* before it, *gồm*,
    *trong đó* after it in its clause."""
    text, base, at = _where(state, m)
    before = _CLAUSE_END.split(text[max(0, at - 30) : at])[-1]
    return bool(
        _WHOLE_BEFORE.search(before)
        or _WHOLE_AFTER.match(text, m.end - base)
        or _WHOLE_NEXT_SENTENCE.match(text, m.end - base)
    )


# Its parts open the next sentence or clause: "có 1.559 tổ ..., tăng 8 tổ so với đầu năm 2020.
# Trong đó, có 1.446 tổ ... chiếm 92,75%" ("...; trong đó, có 1.234 tổ ...").
_WHOLE_NEXT_SENTENCE = re.compile(
    r"[^.!?\n;]{0,120}(?:[.!?]\s+Trong|;\s*[Tt]rong)\s+(?:số\s+)?đó\b"
)


def _part_of_a_part(state: DocumentState, count: Mention, total: Mention | None = None) -> bool:
    """Whether *count* is a part of a part: after *trong đó* (or *gồm*) that follows another
    rated count of its sentence ("50 hội viên nữ (25%), trong đó 10 hội viên dân tộc (20%)"
    is 20 % of the 50), or in a clause opened by a group named in words ("Trong số hội viên
    nữ, 10 hội viên ...").  The group named in words is *total* itself when another rate of
    the count's sentence, written with decimals, holds against it ("cử tri bầu đủ 60 đại biểu.
    Trong số người trúng cử có 20 đại biểu nữ, chiếm tỷ lệ 33,33%; 40 đại biểu dân tộc thiểu
    số, chiếm 66,67%": the elected are the 60)."""
    text, base, at = _where(state, count)
    if _NAMED_GROUP.search(_CLAUSE_END.split(text[max(0, at - 80) : at])[-1]) and (
        total is None or not _sibling_holds(state, count, total)
    ):
        return True
    rates = [r for _, r in state.section_rates if base <= r.start and r.end <= count.start]
    if not rates:
        return False
    last = max(rates, key=lambda r: r.start)
    return _SUBPART_GAP.match(text[last.end - base : at]) is not None


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _sibling_holds(state: DocumentState, count: Mention, total: Mention) -> bool:
    """Whether another attached rate of *count*'s sentence, written with decimals, holds
    against *total*."""
    text, base, _ = _where(state, count)
    for c, r in state.section_rates:
        if c.start == count.start or r.quantity.decimals == 0 or c.start not in state.section_where:
            continue
        if (total.start, r.start) not in state.section_holds or state.section_where[c.start][
            1
        ] != base:
            continue
        lo, hi = sorted((count.start - base, c.start - base))
        if _SENTENCE_STOP.search(text, lo, hi) is None:
            return True
    return False


def _later_bases(
    state: DocumentState, count: Mention, rate: Mention, parts: set[int]
) -> list[Mention]:
    """The count of the noun stated *after* the rate that the other rates confirm, if one.

    "Người ứng cử là phụ nữ: 393 người, tỷ lệ 45,28%; ... (tính trung bình trong 868 người
    ứng cử)": the base is named after its rates.  It is taken when at least two other rates
    stated before it hold against it, when one rate holding against it, before or after it, is
    written with decimals (whole percents alone fit too many bases: "Còn lại 61% ... 306 người
    ... 82% ... (410 người)" of the "499 đại biểu" stated later, with "106 người (chiếm
    21,24%)" after it), when it has no rate of its own, and when no other count of the noun,
    before or after, has a rate holding against it (then whose base it is cannot be told).
    Rates after it alone do not make it the base of a rate before it: they are its own list
    ("174 người (chiếm 43,5 %)" of the 400 delegates is no rate of the "6.774 Ủy viên" that
    "2.088 người, chiếm 30,82%" and the rates after it hold against).
    """
    noun = _measure(count)
    found: list[Mention] = []
    for total in state.section_counts:
        if (
            total.start <= rate.start
            or total.start in parts
            or _measure(total) != noun
            or total.value <= count.value
            or any(total.value == b.value for b in found)
        ):
            continue
        holding = [
            r
            for _, r in state.section_rates
            if r.start != rate.start and (total.start, r.start) in state.section_holds
        ]
        before = sum(1 for r in holding if r.start < total.start)
        if before >= _MIN_CONFIRMING and any(r.quantity.decimals > 0 for r in holding):
            found.append(total)
    if len(found) != 1:
        return found
    for other in state.section_counts:  # another count of the noun some rate holds against
        if (
            other.start not in parts
            and other.value != found[0].value
            and other.value > count.value
            and _measure(other) == noun
            and any(
                (other.start, r.start) in state.section_holds
                for _, r in state.section_rates
                if r.start != rate.start
            )
        ):
            return [found[0], other]
    return found


def _support_later(state: DocumentState, pair: tuple[Mention, Mention], total: Mention) -> None:
    """Record that the rate of *pair* holds against *total*, a count of its noun after it."""
    count, rate = pair
    if (
        total.start > rate.start
        and total.value > count.value
        and _measure(total) == _measure(count)
        and _verdict(count, rate, total) is Verdict.CONSISTENT
    ):
        state.section_holds.add((total.start, rate.start))
        state.section_support[total.start] = state.section_support.get(total.start, 0) + 1


def _support_without(state: DocumentState, total: Mention, rate: Mention) -> int:
    """How many attached rates other than *rate* hold against *total*."""
    support = state.section_support.get(total.start, 0)
    if (total.start, rate.start) in state.section_holds:
        support -= 1
    return support


def _support(state: DocumentState, pair: tuple[Mention, Mention]) -> None:
    """Record which earlier counts of its noun the attached rate *pair* holds against."""
    count, rate = pair
    noun = _measure(count)
    for total in state.section_counts:
        if (
            total.start < count.start
            and total.value > count.value
            and _measure(total) == noun
            and _verdict(count, rate, total) is Verdict.CONSISTENT
        ):
            state.section_holds.add((total.start, rate.start))
            state.section_support[total.start] = state.section_support.get(total.start, 0) + 1


def _total_before_parts(
    context: ParagraphContext, count: Mention, rate: Mention, wide: bool = False
) -> Mention | None:
    """The count right before *trong đó* whose part *count* is, in the same sentence (or after
    *trong (tổng) số* when the count comes before its rate: a rate before its count, "trong số
    479 đại biểu ... có 30% là nữ giới (tương đương 151 người)", is rule shares' to read)."""
    text, base = context.text, context.paragraph.offset
    among = count.start < rate.start
    for total in context.mentions:
        if total.start >= count.start:
            break
        if (
            _is_count(total)
            and _same_members(_measure(total), _measure(count))
            and total.value > count.value
            and (
                _opens_parts(text[total.end - base : count.start - base])
                or (
                    among
                    and _among_total(
                        text, total.start - base, count.start - base, rate.start - base
                    )
                )
                or _parts_next_sentence(
                    text, total.start - base, total.end - base, count.start - base
                )
                or (wide and _whole_before_parts_sentence(context, total, count))
            )
        ):
            return total
    return None


# "Năm 2017, các tổ hòa giải đã thụ lý 1.517 vụ việc. Trong đó, đã hòa giải thành công 1.276 vụ
# việc (đạt tỷ lệ 84%)": the one count of the parts' noun in its sentence, the next sentence
# opening with *Trong (số) đó* the parts of it.
_SENTENCE_THEN_PARTS = re.compile(r"[^.!?\n;%]{0,160}?[.!?]\s+(?=Trong\s+(?:số\s+)?đó\b)")
# "có 1.896 doanh nghiệp có từ 30 lao động trở lên, trong đó có 1.026 doanh nghiệp đã thành lập
# được tổ chức Công đoàn cơ sở (tỷ lệ 54%)": the whole described to a comma, then *trong đó*.
_DESCRIBED_THEN_PARTS = re.compile(r"[^.!?\n;%]{0,120}?,\s*(?=trong\s+(?:số\s+)?đó\b)", re.I)


def _changed_between(context: ParagraphContext, count: Mention, rate: Mention) -> bool:
    """Whether *count* is a change or a word of change comes between it and *rate* ("150 tổ,
    tăng 30 tổ so với năm 2023, tỷ lệ 20%": the rate's own count is not sure)."""
    text, base = context.text, context.paragraph.offset
    at = count.start - base
    return (
        _CHANGE_BEFORE.search(text, max(0, at - 14), at) is not None
        or _CHANGE.search(text, count.end - base, rate.start - base) is not None
    )


_SENTENCE_START = re.compile(r"(?:[.!?](?=\s)|\n)[^.!?\n%]*\Z")
_YEAR_IN_CLAUSE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])[^,;:(.!?\n]*\Z")


def _whole_before_parts_sentence(context: ParagraphContext, total: Mention, part: Mention) -> bool:
    """Whether *total* is the whole of the parts opened by *trong đó* before *part*: after a
    description of the whole in its sentence, or at the start of the next sentence."""
    text, base = context.text, context.paragraph.offset
    end, part_at = total.end - base, part.start - base
    opened = _DESCRIBED_THEN_PARTS.match(text, end, part_at) or _SENTENCE_THEN_PARTS.match(
        text, end, part_at
    )
    if opened is None or not _opens_parts(text[opened.end() : part_at]):
        return False
    return _sole_whole(context, total, _measure(part), opened.end() + base)


def _sole_whole(context: ParagraphContext, total: Mention, noun: str, stop: int) -> bool:
    """Whether *total* is the one count of *noun* in its sentence up to *stop*, with no
    percentage before it and no word of change right before it.

    A rate of the whole ("giải quyết được 17.922 hồ sơ, chiếm tỷ lệ 97,26%. Trong đó, ...
    16.307 hồ sơ (chiếm tỷ lệ 88,5%)", of the 18.426 received) makes its parts' rates of the
    same kind, each of its own base (the percentage after the whole is refused by the patterns
    that lead to the parts); "tăng 20 hội viên. Trong đó ..." names no whole; "615 đại biểu ...
    và 1.045 đại biểu ... Trong đó" leaves the whole open."""
    text, base = context.text, context.paragraph.offset
    at = total.start - base
    if _CHANGE_BEFORE.search(text, max(0, at - 14), at) is not None:
        return False
    if _YEAR_IN_CLAUSE.search(text, max(0, at - 80), at) is not None:
        return False  # "Tổng số hội viên năm 2023 là 500": which year's parts is not sure
    began = _SENTENCE_START.search(text, max(0, at - 300), at)
    if began is None and (at > 300 or "%" in text[:at] or _SENTENCE_STOP.search(text, 0, at)):
        return False  # the sentence's start not found, or a percentage before the whole in it
    start = base + (began.start() if began is not None else 0)
    return not any(
        start <= m.start < stop
        and m is not total
        and _is_count(m)
        and _same_members(_measure(m), noun)
        for m in context.mentions
    )


# "Theo cơ cấu, tổng số đại biểu Quốc hội khóa XVI là 500 người. Trong đó, số đại biểu ở các
# cơ quan Trung ương là 217 người (43,4%), ...": a whole stated after *tổng số* closes its
# sentence, and the next sentence opens its parts with *Trong đó*.
_NAMED_TOTAL_BEFORE = re.compile(r"\btổng\s+số\b[^\d;.!?\n]{0,80}\Z", re.IGNORECASE)
_NEXT_SENTENCE_PARTS = re.compile(r"[^\d;.!?\n]{0,20}[.!?]\s+(?=Trong\s+(?:số\s+)?đó\b)")


def _parts_next_sentence(text: str, at: int, end: int, part_at: int) -> bool:
    """Whether the count at *at* (to *end*), stated as a whole after *tổng số*, ends its
    sentence, and the next sentence opens with *Trong đó* the parts that run to *part_at*."""
    opened = _NEXT_SENTENCE_PARTS.match(text, end, part_at)
    if opened is None or not _NAMED_TOTAL_BEFORE.search(text, max(0, at - 100), at):
        return False
    return _opens_parts(text[opened.end() : part_at])


# "Trong tổng số 400 đại biểu tham dự có 208 đại biểu đương nhiên, ... là 174 người (chiếm
# 43,5 %)": *trong (tổng) số* opens the clause before the total, *có* (or a comma) its parts, in
# one sentence with no other list inside.
_AMONG_BEFORE = re.compile(r"[.!?\n:;,(]\s*trong\s+(?:tổng\s+)?số\s*\Z", re.IGNORECASE)
# Its items may be parted by semicolons, in one sentence ("Trong tổng số 163 đồng chí trúng cử cấp
# ủy có 49 nữ, chiếm tỷ lệ 30,06%; người dân tộc thiểu số có 80 đồng chí, chiếm tỷ lệ 49,07%").
_AMONG_GAP = re.compile(
    r"\A[^\d;.!?\n()]{0,60}?(?:\bcó\b|,)(?:[^.!?\n]|(?<=\d)\.(?=\d))*\Z", re.IGNORECASE
)


def _among_total(text: str, at: int, part_at: int, rate_at: int) -> bool:
    """Whether the count at *at* is the whole of a clause opened by *trong (tổng) số* whose
    parts run to the part at *part_at* (*rate_at*: where the part's rate is, unused; a bare
    *trong* opens no whole: "Trong 96 người, có 42 người là nữ, chiếm 35%; ... Tất cả 120
    người ứng cử ..." takes its base after)."""
    before = text[at - 40 : at] if at >= 40 else "\n" + text[:at]
    if _AMONG_BEFORE.search(before) is None:
        return False
    gap = text[at:part_at]
    gap = gap[gap.find(" ") :]  # the total's own figure
    return _AMONG_GAP.match(gap) is not None and _INNER_LIST.search(gap) is None


# The items of one *trong đó* list may be parted by semicolons ("dân số chung là 1.295.064
# người, trong đó dân tộc Kinh có 836.513 người, chiếm 65,16%; dân tộc Khmer có 371.305 người,
# chiếm 28,92%; ..."), unless another list opens inside it (*trong số này*: parts of a part).
_PARTS_ACROSS = re.compile(
    r"\A[^\d;.!?\n]{0,12}(?:;\s*)?\b(?:trong\s+đó|(?:bao\s+)?gồm)\b(?:[^.!?\n]|(?<=\d)\.(?=\d))*\Z",
    re.IGNORECASE,
)
_INNER_LIST = re.compile(
    r"\b(?:trong\s+(?:số\s+)?(?:đó|này)|(?:bao\s+)?gồm|riêng|ngoài\s+ra)\b", re.IGNORECASE
)


# "các sở, ban ngành cấp tỉnh tiếp nhận 23.233 hồ sơ, với 6.596 hồ sơ trực tuyến (đạt tỷ lệ
# 28,39%)": *với* right after the whole's comma opens its part (of the same noun, as every part
# here must be).
_WITH_PART = re.compile(r"\A\s*,\s*với\s*\Z", re.IGNORECASE)


def _opens_parts(gap: str) -> bool:
    if _PARTS.match(gap) or _WITH_PART.match(gap):
        return True
    if ";" not in gap or not _PARTS_ACROSS.match(gap):
        return False
    opened = _INNER_LIST.search(gap)
    return opened is not None and _INNER_LIST.search(gap, opened.end()) is None


# Members of a body and the persons among them: after the whole's own *trong đó*, "251 hội viên,
# trong đó có 179 đảng viên, chiếm 69,3%, 40 đồng chí tham gia cấp ủy, chiếm 16%" counts persons
# of the 251 (and nothing else: "43 hội, trong đó 20 hội viên" is no part).
_MEMBERS = frozenset({"hội viên", "đoàn viên", "đảng viên", "thành viên", "cựu chiến binh", "ccb"})


def _same_members(whole: str, part: str) -> bool:
    if whole == part or _qualified(whole, part) or _head_of(whole, part):
        return True
    return all(noun == _PERSONS or noun in _MEMBERS for noun in (whole, part))


@functools.cache
def _listed_nouns() -> frozenset[str]:
    return unit_nouns() | person_nouns()


def _head_of(whole: str, part: str) -> bool:
    """Whether *part* is the head word of *whole*'s noun, repeated alone for the part: "264 đơn
    khiếu nại thuộc thẩm quyền, đã giải quyết được 235 đơn" counts letters among letters.  Not
    when the whole counts persons, nor when the word after the head makes a person of it
    (*viên*: "hội viên" is no kind of "hội", "xã viên" none of "xã")."""
    if part == _PERSONS or whole == _PERSONS or not whole.startswith(part + " "):
        return False
    after = whole[len(part) + 1 :].split()
    return bool(after) and after[0] != "viên" and whole not in _MEMBERS


def _qualified(whole: str, part: str) -> bool:
    """Whether *part* is the noun of *whole* (one not in the noun lists, kept whole up to its
    clause's boundary by the reading, such as *hồ sơ*) followed by words that qualify it:
    "17.651 hồ sơ, trong đó có 13.767 hồ sơ trước hạn" counts files among files.  Not when
    the words make a listed noun of their own ("43 hội, trong đó 20 hội viên")."""
    if not part.startswith(whole + " ") or whole == _PERSONS or " " not in whole:
        return False
    known = _listed_nouns()
    if whole in known:
        return False
    words = part.split()
    return not any(
        " ".join(words[:n]) in known for n in range(len(whole.split()) + 1, len(words) + 1)
    )


def _remember(state: DocumentState, section: str | None) -> None:
    if state.bases_section != section:
        state.bases_section = section
        state.section_counts.clear()
        state.section_rates.clear()
        state.section_pending.clear()
        state.section_holds.clear()
        state.section_support.clear()
        state.section_where.clear()
        state.section_named.clear()


def _judged(
    context: ParagraphContext, pair: tuple[Mention, Mention], here: bool
) -> tuple[bool, Finding | None]:
    """Whether *pair* has a base now, and the finding when its rate does not hold against it.

    A finding against the whole right before *trong đó* is held to the next paragraph of the
    section (:func:`_held_findings`): its parallel triples may show that the rates are of
    another base."""
    count, rate = pair
    total = _total_before_parts(context, count, rate) if here else None
    if total is not None and _rates_of_one_base(context, count, rate, total):
        return True, None
    if total is not None:
        found = _judged_against(context, pair, total, _sentence_end(context, rate), False)
        if found is not None:
            if found.path is None and context.section is not None:
                found = evolved(found, path=context.section)
            _held(context.state).append((found, _measure(count)))
        return True, None
    # The parts of a whole stated in their sentence ("251 hội viên, trong đó ... 40 đồng chí ...,
    # chiếm 16%"): a count of a later sentence is none of their bases.
    stop: int | None = None
    total = _confirmed_base(context.state, count, rate)
    # A whole read only through its description or the next sentence's *Trong đó* (wide): its
    # rates are judged when they hold under no rounding rule (a truncated rate is left).
    wide = False
    if total is None and here and not _changed_between(context, count, rate):
        total = _total_before_parts(context, count, rate, wide=True)
        # A share (*chiếm*), or a rate whose sibling holds against the whole: "727 nữ trúng
        # cử ... Trong đó, có 13 nữ trúng cử đại biểu HĐND thành phố, đạt tỷ lệ 23,64%; 91 nữ
        # ..., đạt tỷ lệ 29,07%" are the rates of women of each level's seats.
        if total is not None and not (
            count.start in context.state.section_where
            and (
                _is_share(context.state, count, rate) or _sibling_holds(context.state, count, total)
            )
        ):
            total = None
        wide = total is not None
        stop = _sentence_end(context, rate) if wide else None
    if total is None and here:  # the parts are read once, with their paragraph
        total = _base_of_parts(context.state, count)
    if total is None:
        return False, None
    return True, _judged_against(context, pair, total, stop, wide)


# A rate written right beside a count, in brackets either way: "50% (8 xã)", "8 xã (50%)".
_BESIDE = re.compile(r"\s*\(\s*\Z")
_BESIDE_AFTER = re.compile(
    r"\s*\(\s*(?:chiếm\s+|đạt\s+)?(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?\Z", re.IGNORECASE
)


def _own_rate(context: ParagraphContext, total: Mention) -> Mention | None:
    """The rate written beside *total* in brackets ("50% (8 xã)", "8 xã (50%)"), if any."""
    text, base = context.text, context.paragraph.offset
    mentions = context.mentions
    at = next((i for i, m in enumerate(mentions) if m is total), None)
    if at is None:
        return None
    if at > 0:
        before = mentions[at - 1]
        if before.unit == "%" and _BESIDE.fullmatch(text, before.end - base, total.start - base):
            return before
    if at + 1 < len(mentions):
        after = mentions[at + 1]
        if after.unit == "%" and _BESIDE_AFTER.fullmatch(
            text, total.end - base, after.start - base
        ):
            return after
    return None


def _rates_of_one_base(
    context: ParagraphContext, count: Mention, rate: Mention, total: Mention
) -> bool:
    """Whether *total* carries a rate of its own and *count*'s rate is of the same base as
    that rate: "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: Tỷ lệ số
    xã đạt chuẩn nông thôn mới nâng cao 6,25% (1 xã)" (baothanhhoa.vn, Như Xuân's targets of
    2020-2025, found by a hunt on unseen text): 8 and 1 of the district's 16 communes, not 1
    of the 8.  The base each implies (figure over rate, each rate within half a unit of its
    last digit) must be one; then the part's rate is not of the total."""
    own = _own_rate(context, total)
    if own is None or own.bound is not Bound.EXACT or rate.bound is not Bound.EXACT:
        return False
    try:
        whole_rate = StatedFigure.from_quantity(own.quantity).admits()
        part_rate = StatedFigure.from_quantity(rate.quantity).admits()
    except HoiQuanChungError:
        return False
    w_lo, w_hi, p_lo, p_hi = whole_rate.lo, whole_rate.hi, part_rate.lo, part_rate.hi
    if w_lo is None or w_hi is None or p_lo is None or p_hi is None:
        return False
    if w_lo <= 0 or p_lo <= 0:
        return False
    t, c = Fraction(total.value), Fraction(count.value)
    # The base each implies: [figure × 100 / highest rate, figure × 100 / lowest rate].
    return c * 100 / p_hi <= t * 100 / w_lo and t * 100 / w_hi <= c * 100 / p_lo


def _judged_against(
    context: ParagraphContext,
    pair: tuple[Mention, Mention],
    total: Mention,
    stop: int | None,
    wide: bool,
) -> Finding | None:
    """The finding of *pair*'s rate against its base *total*, if it does not hold and no
    other reading of the text explains it."""
    count, rate = pair
    if any(
        other is not count
        and other is not total
        and other.value >= count.value
        and (stop is None or other.start < stop)
        and _verdict(count, rate, other) is Verdict.CONSISTENT
        for other in context.state.section_counts
    ):  # the rate holds against another count stated: perhaps its real base
        return None
    found = _finding(count, rate, total, context.file)
    if (
        found is not None
        and found.code in ("rate-rounding", "rate-mismatch")
        and _made_whole(context.state, pair, total)
    ):
        return None  # one share adjusted so that a whole breakdown makes 100 %
    if found is not None and _rate_of_another_pair(context, count, rate):
        return None
    if wide and found is not None and found.code == "rate-rounding":
        return None
    if found is not None and _odd_precision(context.state, pair, total):
        return None
    return found


def _rate_of_another_pair(context: ParagraphContext, count: Mention, rate: Mention) -> bool:
    """Whether *count* goes with the count right before it (*với*: "1.312 vụ với 2.286 bị cáo")
    and the rate holds for that one against a count of its noun before it in the sentence:
    "Án hình sự thụ lý là 1.319 vụ, với 2.318 bị cáo; đã giải quyết 1.312 vụ với 2.286 bị cáo,
    đạt tỷ lệ 99,47%" is the rate of the cases (1.312/1.319), not of the defendants named with
    them (2.286/2.318 = 98,62 %).

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Thụ lý 1.319 vụ với 2.318 bị cáo; đã giải quyết 1.312 vụ với 2.286 bị cáo, "
    ...            "đạt tỷ lệ 99,47%.")
    []
    """
    text, base = context.text, context.paragraph.offset
    mentions = context.mentions
    k = next((k for k, m in enumerate(mentions) if m is count), 0)
    if k == 0:
        return False
    part = mentions[k - 1]
    if not _WITH_COUNT.fullmatch(text, part.end - base, count.start - base):
        return False
    at = rate.start - base
    start = next((a for a, b in sentence_spans(text) if a <= at < b), 0)
    return any(
        whole.value >= part.value
        and whole.unit == part.unit
        and _is_count(whole)
        and _verdict(part, rate, whole) is Verdict.CONSISTENT
        for whole in mentions[: k - 1]
        if whole.start - base >= start
    )


# A count named with the one before it: "1.312 vụ với 2.286 bị cáo".
_WITH_COUNT = re.compile(r"\s*,?\s*với\s+", re.IGNORECASE)


def _odd_precision(state: DocumentState, pair: tuple[Mention, Mention], total: Mention) -> bool:
    """Whether the rate of *pair* belongs to the other term its item names, written at another
    precision than its list: its item names another term (*khóa*, *nhiệm kỳ*, *năm trước*...)
    before the count in its clause, the rate is a whole number whose exact value against
    *total* is not, and two or more rates of its sentence, each written with decimals, hold
    against *total* while none written as a whole number does.  "người ứng cử là phụ nữ: 471
    người, tỷ lệ 45,24%; ... người ứng cử là đại biểu Quốc hội khóa 15 tái cử: 145 người, tỷ lệ
    29%" (vietnamnet.vn, 2026): 29 % is 145 of the 500 seats, not of the 1.041 candidates.
    Near-misses, still judged: a rate exactly a whole number ("7 đại biểu ngoài đảng, chiếm
    10%" of 70), a list that mixes whole numbers with decimals ("tôn giáo là 69 vị (tỷ lệ 17%)"
    among rates to one decimal), an item of the same term as its list ("Người ứng cử là đại
    biểu Quốc hội khóa XIV tái cử: 205 người, tỷ lệ 23,62%", written like its list)."""
    count, rate = pair
    if (
        rate.quantity.decimals != 0
        or (100 * int(count.value)) % int(total.value) == 0
        or count.start not in state.section_where  # past the section's bound: words unread
    ):
        return False
    text, base, at = _where(state, count)
    label = _LABEL_OPENS.split(text[max(0, at - _MAX_LABEL) : at])[-1]
    if _OTHER_REFERENCE.search(label) is None:
        return False
    with_decimals = 0
    for c, r in state.section_rates:
        if c.start == count.start or state.section_where.get(c.start, (None, -1))[1] != base:
            continue
        lo, hi = sorted((at, c.start - base))
        if _SENTENCE_STOP.search(text, lo, hi) or (total.start, r.start) not in state.section_holds:
            continue
        if r.quantity.decimals == 0:
            return False
        with_decimals += 1
    return with_decimals >= _MIN_CONFIRMING


# Where an item's label opens before its count: a semicolon, a bracket, a sentence's start.
_LABEL_OPENS = re.compile(r"[;()]|[.!?](?=\s)|\n")


# ------------------------------------------------------------------ findings held one paragraph
# "các Tổ hòa giải cơ sở đã tiến hành thụ lý hòa giải 12.896 vụ việc, trong đó hòa giải thành
# 9.201 vụ việc, đạt tỷ lệ 73,5%.\nCụ thể: năm 2014, thụ lý hòa giải 3.399 vụ việc, hòa giải
# thành 2.408 vụ việc, đạt tỷ lệ 73,5%; năm 2015, ..." (baolamdong.vn, 2019): no yearly rate
# holds against its own two counts either; the rates are of a base the text does not give.
_HELD_KEY = "rate-bases.held"
_MIN_PARALLEL = 2


def _held(state: DocumentState) -> list[tuple[Finding, str]]:
    """The findings against a whole before *trong đó* held to the next paragraph, with the
    measure of their part."""
    held: list[tuple[Finding, str]] = state.rule_states.setdefault(_HELD_KEY, [])
    return held


def _held_findings(context: ParagraphContext | None, state: DocumentState) -> Iterator[Finding]:
    """The held findings, but those that the paragraph of *context* (the next of the section)
    explains: two or more triples of the part's measure, a whole, a smaller count of it after
    it in its sentence and that count's rate, none of which holds (the rates are all of another
    base).  At the end of the document or of the section (*context* ``None`` or of another
    section), every held finding is given."""
    held = _held(state)
    if not held:
        return
    found = list(held)
    held.clear()
    for finding, noun in found:
        if context is None or not _rates_of_another_base(context, noun):
            yield finding


def _rates_of_another_base(context: ParagraphContext, noun: str) -> bool:
    """Whether two or more attached rates of *noun* in the paragraph of *context* each follow a
    larger count of *noun* of their sentence, and none holds against its count of that whole."""
    text, base = context.text, context.paragraph.offset
    failing = 0
    pairs = _every_attached(context)[:_MAX_PAIRS]
    rated = {c.start for c, _ in pairs}
    for count, rate in pairs:
        if count.unit is None or _measure(count) != noun:
            continue
        # The whole: the count of the noun right before, with no rate of its own and no
        # percentage between ("thụ lý hòa giải 3.399 vụ việc, hòa giải thành 2.408 vụ việc").
        whole = None
        for m in context.mentions:
            if m.start >= count.start:
                break
            if _is_count(m) and m.unit is not None and _measure(m) == noun:
                whole = m
        if (
            whole is None
            or whole.value <= count.value
            or whole.start in rated
            or _SENTENCE_STOP.search(text, whole.end - base, count.start - base) is not None
            or "%" in text[whole.end - base : count.start - base]
        ):
            continue
        verdict = _verdict(count, rate, whole)
        if verdict is Verdict.CONSISTENT:
            return False
        if verdict is not None:
            failing += 1
    return failing >= _MIN_PARALLEL


def _finish(state: DocumentState) -> Iterator[Finding]:
    yield from _held_findings(None, state)


_MAX_SHARES = 6


def _made_whole(state: DocumentState, pair: tuple[Mention, Mention], total: Mention) -> bool:
    """Whether the rate of *pair* (one unit of its last place below or above its value rounded
    half up) is one of the shares of a breakdown of *total* written so that they make exactly
    100 %, which the half-up values do not (33,3 + 33,3 + 33,4 for three thirds): "1.586 đại
    biểu. Trong đó, đại biểu đương nhiên là 163 đồng chí (chiếm tỷ lệ 10,28%); đại biểu được
    bầu là 353 đồng chí (chiếm tỷ lệ 22,25%); đại biểu được chỉ định là 1.070 đồng chí (chiếm
    tỷ lệ 67,47%)" (Đại hội XIV, corpus
    tw-daihoi-xiv-2026-1586daibieu): 10,28 + 22,26 + 67,47 = 100,01 half up, so the page
    lowered one share, as the election guidance asks ("làm tròn số để bảo đảm tổng tỷ lệ phần
    trăm của các tiêu chí, thành phần là 100%").  The breakdown is a run of the section's
    attached rates, *pair* among them, whose counts add up to *total*.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Đại hội có 1.586 đại biểu. Trong đó, đại biểu đương nhiên là 163 đồng chí (chiếm "
    ...         "tỷ lệ 10,28%); đại biểu được bầu là 353 đồng chí (chiếm tỷ lệ {}%); đại biểu "
    ...         "được chỉ định là 1.070 đồng chí (chiếm tỷ lệ 67,47%).")
    >>> check_text(text.format("22,25"))
    []
    >>> [(f.code, f.stated) for f in check_text(text.format("22,24"))]
    [('rate-mismatch', '22,24%')]
    """
    pairs = state.section_rates
    at = next((i for i, p in enumerate(pairs) if p is pair), None)
    if at is None:
        return False
    whole = int(total.value)
    count, rate = pair
    if abs(rate.value - _half_up(int(count.value), whole, rate)) != rate.quantity.resolution:
        return False  # only one unit of the last place, up or down, is an adjustment
    for size in range(2, _MAX_SHARES + 1):
        for first in range(max(0, at - size + 1), min(at, len(pairs) - size) + 1):
            run = pairs[first : first + size]
            if sum(int(c.value) for c, _ in run) != whole:
                continue
            written = sum((r.value for _, r in run), Decimal(0))
            rounded = sum((_half_up(int(c.value), whole, r) for c, r in run), Decimal(0))
            if written == 100 and rounded != 100:
                return True
    return False


def _half_up(part: int, whole: int, rate: Mention) -> Decimal:
    """``100·part/whole`` rounded half up at the written decimals of *rate* (exact, whatever
    the caller's decimal context: :func:`hoiquanchung.rounding.quantize_fraction`)."""
    return quantize_fraction(100 * part, whole, rate.quantity.decimals) if whole else Decimal(0)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_end(context: ParagraphContext, rate: Mention) -> int:
    """Where the sentence of *rate* ends, as an offset of the document."""
    base = context.paragraph.offset
    end = _SENTENCE_END.search(context.text, rate.end - base)
    return base + (end.start() if end else len(context.text))


# Before a count, in its clause: the words that may name its part ("Đại biểu là nam có 45 người").
_CLAUSE_OPEN = re.compile(r"[;:,()]|[.!?](?=\s)|\n")
_MAX_LABEL = 80


def _label_before(state: DocumentState, count: Mention) -> str:
    if count.start not in state.section_where:  # a count past the section's bound: no label
        return ""
    text, _, at = _where(state, count)
    before = text[max(0, at - _MAX_LABEL) : at]
    opened = list(_CLAUSE_OPEN.finditer(before))
    return before[opened[-1].end() :] if opened else before


def _base_of_parts(state: DocumentState, count: Mention) -> Mention | None:
    """The count that the parts of a complete dimension add up to, each part with its rate.

    "... có 89 đại biểu là người dân tộc thiểu số. ... Đại biểu là nam có 45 người, chiếm
    50,56%. Đại biểu nữ có 44 người, chiếm 49,43%": *nam* and *nữ* make the whole, and 45 + 44
    is the 89 stated before them (with no rate of its own): their base.  The parts are the
    attached counts of the noun next to *count* (two or three in a row, *count* among them), each
    naming one value of one dimension before it in its clause, all the values of it together.
    """
    noun = _measure(count)
    pairs = [p for p in state.section_rates if _measure(p[0]) == noun]
    at = next((i for i, (c, _) in enumerate(pairs) if c is count), None)
    if at is None:
        return None
    parts_of = {c.start for c, _ in state.section_rates}
    for size in (2, 3):
        for first in range(max(0, at - size + 1), min(at, len(pairs) - size) + 1):
            group = pairs[first : first + size]
            labels = part_labels([_label_before(state, c) for c, _ in group], [""] * size)
            if labels is None or not completes(labels):
                continue
            total = sum(int(c.value) for c, _ in group)
            wholes = {
                t.value: t
                for t in state.section_counts
                if t.value == total
                and t.start < group[0][0].start
                and t.start not in parts_of
                and _measure(t) == noun
            }
            if len(wholes) == 1:
                return next(iter(wholes.values()))
    return None


def check_rate_bases(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule rate-bases in one paragraph (and what it remembers of the section).

    A rate whose base is confirmed only by rates in a later paragraph of the section is
    judged there (its finding keeps its own line and column).

    >>> from hoiquanchung.checker._text import Splitter
    >>> paras = Splitter().feed("Có 1.252 đại biểu chính thức.\\n"
    ...     "Cơ quan Đảng: 240 đại biểu (19,17%), cơ quan Nhà nước: 307 đại biểu (24,52%), "
    ...     "đơn vị sự nghiệp: 74 đại biểu (5,51%)")
    >>> state = DocumentState()
    >>> [(f.code, f.computed) for p in paras
    ...  for f in check_rate_bases(ParagraphContext.of(p, state=state))]
    [('rate-mismatch', '74/1.252 = 5,91%')]
    """
    judged: set[tuple[int | None, int | None]] = set()
    given: set[tuple[str, int | None, int | None]] = set()
    attached: list[tuple[Mention, Mention]] = []
    for found in _rate_bases(context, judged, attached):
        judged.add((found.line, found.column))
        given.add((found.code, found.line, found.column))
        yield found
    if attached and context.state.section_counts:
        yield from truncated_bases(
            context,
            judged,
            attached,
            _counts_whole,
            _finding,
            list(_fraction_wholes(context.state).values()),
        )
    held = context.state.rule_states.get(_HELD_KEY)
    if held and given:
        # A rate another reading of the paragraph has reported (the cases to enforce) is not
        # held to be given again at the next paragraph.
        held[:] = [(f, noun) for f, noun in held if (f.code, f.line, f.column) not in given]
    if "%" in context.text and context.mentions:
        yield from partition_shares(context, judged, _counts_whole)


def _counts_whole(whole: Mention, part: Mention) -> bool:
    """Whether *part* may count *whole* (a noun missing on either side says nothing)."""
    if whole.unit is None or part.unit is None:
        return True
    return _same_members(_measure(whole), _measure(part))


def _reads_nothing(context: ParagraphContext) -> bool:
    """Whether the readings below find nothing in the paragraph of *context* and keep nothing
    of it but its place among the section's paragraphs: it has no figure (a heading, a date),
    and none of the words whose readings keep a table of the section by its name (the
    deputies, the cases to enforce), which a figure-less paragraph would make anew (speed)."""
    if context.mentions:
        return False
    text = context.text
    return not ("ổng số" in text or "ỔNG SỐ" in text or "có mặt" in text or "thi hành" in text)


def _rate_bases(
    context: ParagraphContext,
    judged: set[tuple[int | None, int | None]],
    attached: list[tuple[Mention, Mention]] | None = None,
) -> Iterator[Finding]:
    """The findings of the readings above; *judged* receives the place of each rate judged,
    *attached* the paragraph's ``(count, rate)`` pairs (read once, for
    :mod:`hoiquanchung.checker._truncated_bases`)."""
    state = context.state
    if _HELD_KEY in state.rule_states:
        yield from _held_findings(
            context if state.bases_section == context.section else None, state
        )
    _remember(state, context.section)
    if _reads_nothing(context):
        _section_paragraphs(context)  # noted among the section's, as _amount_shares notes it
        return
    pairs = _every_attached(context)[:_MAX_PAIRS]
    if attached is not None:
        attached[:] = pairs
    room = _MAX_REMEMBERED - len(state.section_counts)
    # The first counts that fit in the room left (none read past it: speed).
    new_counts = list(islice(_counts(state, context.mentions), max(0, room)))
    for pair in state.section_rates:  # the counts after the rates already read
        for total in new_counts:
            _support_later(state, pair, total)
    state.section_counts.extend(new_counts)
    for m in new_counts:
        state.section_where[m.start] = (context.text, context.paragraph.offset)
    if "ổng số" in context.text or "ỔNG SỐ" in context.text:  # "tổng số", "Tổng số"
        _remember_named(context)
        yield from _named_bases(context)
        yield from _named_parts(context)
    if "ổng số" in context.text or "ỔNG SỐ" in context.text or "có mặt" in context.text:
        yield from _votes_of_deputies(context)
    if "thi hành" in context.text:
        yield from _enforcement_rates(context)
    if "iải quyết" in context.text and (
        "hụ lý" in context.text or "phải giải quyết" in context.text
    ):  # "thụ lý", "giải quyết"
        settled = list(_settled_rates(context))
        yield from settled
        yield from settled_across_asides(context, {(f.line, f.column) for f in settled})
    yield from _amount_shares(context)
    kept = pairs[: max(0, _MAX_RATES - len(state.section_rates))]
    state.section_rates.extend(kept)
    for pair in kept:
        _support(state, pair)
        for total in new_counts:
            _support_later(state, pair, total)
    if pairs or (new_counts and state.section_pending):
        waiting: list[tuple[Mention, Mention]] = []
        for pair, in_paragraph in (
            *((p, False) for p in state.section_pending),
            *((p, True) for p in pairs),
        ):
            has_base, found = _judged(context, pair, in_paragraph)
            if has_base:
                judged.add((pair[1].line, pair[1].column))
            if found is not None:
                yield found
            if not has_base:
                waiting.append(pair)
        state.section_pending[:] = waiting[-_MAX_PENDING:]
    if _whole_after.may_have_whole(context.text):
        yield from _whole_after.rates_of_whole_after(context, judged)


# ------------------------------------------------------------------ votes of the deputies
# "Tổng số ĐBQH là 494, số có mặt là 477 ĐB, ... Số phiếu đồng ý là 431 phiếu, bằng 87,25% tổng
# số ĐBQH": a count of votes (or of deputies), its rate, and after the rate the base named, all
# the deputies or those present; the base's figure stated after those words in the paragraph.
_DEPUTIES = r"(?:đại\s+biểu(?:\s+Quốc\s+hội)?|ĐBQH|ĐB)"
_VOTES_GAP = re.compile(r"\A\s*[,(]?\s*(?:bằng|đạt|chiếm)(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z", re.I)
_OF_DEPUTIES = re.compile(
    rf"\s*(?:so\s+với\s+|trên\s+)?tổng\s+số\s+{_DEPUTIES}(?P<present>\s+có\s+mặt)?"
    r"\s*(?:[)\];,.!?\n]|\Z)",
    re.I,
)
_ALL_DEPUTIES_BEFORE = re.compile(rf"\btổng\s+số\s+{_DEPUTIES}\s*(?:là|có)?\s*:?\s*\Z", re.I)
_PRESENT_BEFORE = re.compile(rf"\bsố\s+(?:{_DEPUTIES}\s+)?có\s+mặt\s*(?:là)?\s*:?\s*\Z", re.I)
# "477 đại biểu (trên tổng số 480)": all the deputies, after those who voted.
_OUT_OF_BEFORE = re.compile(rf"\d\s+{_DEPUTIES}\s*\(\s*trên\s+tổng\s+số\s*\Z", re.I)


def _deputies_of(context: ParagraphContext, m: Mention) -> str | None:
    """Whether the count *m* is the number of all the deputies (``"all"``) or of those present
    (``"present"``) as the words before it say, or neither (``None``)."""
    if m.bound is not Bound.EXACT or m.value != int(m.value) or m.fraction is not None:
        return None
    if m.unit is not None and _measure(m) != _PERSONS:
        return None
    base = context.paragraph.offset
    at = m.start - base
    before = context.text[max(0, at - 40) : at]
    if _PRESENT_BEFORE.search(before):
        return "present"
    if _ALL_DEPUTIES_BEFORE.search(before) or _OUT_OF_BEFORE.search(before):
        return "all"
    return None


def _deputies_figures(context: ParagraphContext) -> dict[str, set[int]]:
    """The figures of all the deputies and of those present stated so far in the section, this
    paragraph's included (the count of the deputies is often stated a paragraph before the
    votes: "... tổng số đại biểu Quốc hội là 485 đại biểu, số có mặt 477 đại biểu ...")."""
    state = context.state
    kept: tuple[str | None, dict[str, set[int]]] | None = state.rule_states.get(_DEPUTIES_KEY)
    if kept is None or kept[0] != state.bases_section:
        empty: dict[str, set[int]] = {"all": set(), "present": set()}
        kept = state.rule_states[_DEPUTIES_KEY] = (state.bases_section, empty)
    figures = kept[1]
    if "biểu" in context.text or "ĐB" in context.text:
        for m in context.mentions:
            kind = _deputies_of(context, m)
            if kind is not None:
                figures[kind].add(int(m.value))
    return figures


_DEPUTIES_KEY = "rate-bases.deputies"


def _votes_of_deputies(context: ParagraphContext) -> Iterator[Finding]:
    """``N phiếu, bằng z% tổng số ĐBQH`` / ``(bằng z% tổng số đại biểu có mặt)``: the rate of a
    count of votes (or of deputies, or a bare count) whose base the words after the rate name,
    all the deputies or those present, judged against the one figure the section states for
    that base, in this paragraph or one before (``tổng số đại biểu Quốc hội là 494``, ``số có
    mặt là 477``, ``477 đại biểu (trên tổng số 480)``).  Quiet when no such figure is stated or
    two different ones are, when the count is a fraction's, and when the count is not less than
    the base."""
    figures = _deputies_figures(context)
    if not figures["all"] and not figures["present"]:
        return
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    for j in range(1, len(ms)):
        rate = ms[j]
        if rate.unit != "%" or rate.bound is not Bound.EXACT or rate.value > 100:
            continue
        named = _OF_DEPUTIES.match(text, rate.end - base)
        if named is None:
            continue
        part = ms[j - 1]
        if (
            part.bound is not Bound.EXACT
            or part.value != int(part.value)
            or part.fraction is not None
            or (
                part.unit is not None
                and not part.unit.startswith("phiếu")
                and _measure(part) != _PERSONS
            )
            or text[max(0, part.start - base - 1) : part.start - base] == "/"
            or not _VOTES_GAP.match(text[part.end - base : rate.start - base])
        ):
            continue
        values = figures["present" if named["present"] else "all"]
        if len(values) != 1:
            continue
        whole = next(iter(values))
        if whole <= part.value:
            continue
        found = _judged_rate(context.file, rate, int(part.value), whole)
        if found is not None:
            yield found


# ------------------------------------------------------------------ cases received and settled
# "các tòa án đã thụ lý 683.341 vụ việc, giải quyết 618.341 vụ, đạt 90,49%": the cases received
# (*thụ lý*), the cases settled (*giải quyết*) in the next clause, and the rate of those settled,
# of those received, after them.  Courts, procuracies, inspectorates and the offices that take
# complaints all report their work in this shape.
_RECEIVED = re.compile(r"\bthụ\s+lý(?:\s+là)?\s*:?\s*\Z", re.IGNORECASE)  # not "thụ lý mới"
# Between the cases received and those settled: the rest of the noun ("vụ án các loại"), an aside
# in brackets, and the verb that opens the next clause ("đã giải quyết được").
_TO_SETTLED = re.compile(
    r"\A[^\d;.!?\n,()%]{0,30}(?:\s*\([^()\d]*\))?\s*(?:[,;]\s*|\s+)(?:và\s+)?(?:đã\s+)?"
    r"(?:giải\s+quyết|xét\s+xử)(?:\s*,\s*xét\s+xử)?(?:\s+(?:được|xong))?\s*:?\s*\Z",
    re.IGNORECASE,
)
# "... với 872.582 bị cáo": the persons of the cases, a count of their own between.
_WITH_PERSONS = re.compile(r"\A\s+với\s+\Z", re.IGNORECASE)
# Between the cases settled and their rate: ", đạt tỷ lệ", "(đạt".
_TO_SETTLED_RATE = re.compile(
    r"\A[^\d;.!?\n,()%]{0,30}(?:,\s*|\s*\(\s*|\s+)đạt(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# After the rate (and its bracket), words that name another base: "đạt 95% chỉ tiêu", "(đạt
# 96%) kế hoạch", "98,6% về số bị cáo".
_OTHER_BASE_AFTER = re.compile(
    r"\s*\)?\s*(?:so\s+với|kế\s+hoạch|chỉ\s+tiêu|về\b|của\b)", re.IGNORECASE
)


# The rate closes its clause (or names the cases received): a bracket after it may say
# something else ("đạt 80% (vụ việc dân sự)", "(tăng 5% so với chỉ tiêu giao)").
_SETTLED_RATE_CLOSES = re.compile(r"\s*(?:[;,.)\n]|\Z|trên\s+tổng\s+số)", re.IGNORECASE)


def _is_whole_count(m: Mention) -> bool:
    return (
        m.bound is Bound.EXACT
        and m.fraction is None
        and m.value == int(m.value)
        and m.unit is not None
        and m.unit != "%"
    )


def _of_persons(m: Mention) -> bool:
    return (m.unit or "").casefold().startswith("bị ")


def _settled_rates(context: ParagraphContext) -> Iterator[Finding]:
    """``thụ lý N vụ, (đã) giải quyết M vụ, đạt z%``: the rate of the cases settled, of the cases
    received stated right before them (the same noun), judged like a written fraction *M/N*.
    A count of the persons of the cases may follow each ("461.603 vụ với 872.582 bị cáo").
    Quiet when the cases received are the new ones only (*thụ lý mới*: the base counts the cases
    carried over too), when a figure or another clause stands between the counts or before the
    rate, when words after the rate name another base (*chỉ tiêu*, *so với*, *về số bị cáo*),
    when a count is approximate (*gần 1.800 vụ việc*), and when the cases settled are not fewer
    than those received."""
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    for j in range(2, len(ms)):
        rate = ms[j]
        if (
            rate.unit != "%"
            or _OTHER_BASE_AFTER.match(text, rate.end - base)
            or not _SETTLED_RATE_CLOSES.match(text, rate.end - base)
        ):
            continue
        k = j - 1
        if (
            _of_persons(ms[k])
            and k >= 1
            and _WITH_PERSONS.match(text[ms[k - 1].end - base : ms[k].start - base])
        ):
            k -= 1
        part = ms[k]
        if not _is_whole_count(part) or not _TO_SETTLED_RATE.match(
            text[ms[j - 1].end - base : rate.start - base]
        ):
            continue
        i = k - 1
        if (
            i >= 1
            and _of_persons(ms[i])
            and _WITH_PERSONS.match(text[ms[i - 1].end - base : ms[i].start - base])
        ):
            i -= 1
        if i < 0:
            continue
        whole = ms[i]
        if (
            not _is_whole_count(whole)
            or whole.value <= part.value
            or (whole.unit or "").split()[0].casefold() != (part.unit or "").split()[0].casefold()
            or not _RECEIVED.search(text, max(0, whole.start - base - 20), whole.start - base)
            or not _TO_SETTLED.match(text[ms[k - 1].end - base : part.start - base])
        ):
            continue
        found = _judged_rate(context.file, rate, int(part.value), int(whole.value))
        if found is not None:
            yield found


# ------------------------------------------------------------------ shares of an amount
# "Lũy kế hết tháng 10, kim ngạch xuất khẩu đạt 391 tỉ USD, ... Bắc Ninh ... với 76,44 tỉ USD,
# chiếm 19,5% tổng kim ngạch xuất khẩu cả nước": an amount, its share, and after the share the
# whole named by its noun, whose amount the section states once before it.
_AMOUNT_UNITS = frozenset({"đồng", "usd", "ha", "tấn"})
# After the share: the whole's noun ("tổng kim ngạch xuất khẩu", "diện tích xuống giống").
_WHOLE_NAMED = re.compile(
    r"\s*(?:trên\s+|trong\s+|so\s+với\s+|của\s+)?(?:tổng\s+)?(?!số\b)"
    r"(?P<noun>[^\W\d_]+\s+[^\W\d_]+)\b",
    re.IGNORECASE,
)
# Between the amount and its share: asides of change ("tăng 15.410 tỷ đồng", "tăng 47,89% so với
# cùng kỳ năm trước"), then "chiếm".
_TO_AMOUNT_SHARE = re.compile(
    r"\A[^\d,;.!?\n()%]{0,60}(?:\s*,\s*(?:tăng|giảm)(?:\s+thêm)?\b(?:[^,;!?\n()]|(?<=\d)[,.](?=\d))*)*"
    r"\s*,\s*chiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z",
    re.IGNORECASE,
)
_CHANGED = re.compile(r"\b(?:tăng|giảm|hơn|kém|vượt)(?:\s+thêm)?\s*\Z", re.IGNORECASE)
# The subject of an amount's clause opens after these: "Lũy kế hết tháng 10, kim ngạch xuất khẩu
# đạt 391 tỉ USD" (its subject "kim ngạch xuất khẩu"), not "TP Hồ Chí Minh là địa phương thu hút
# nhiều vốn đầu tư nước ngoài nhất với tổng số vốn đăng ký 306,2 triệu USD" (a part's own).
_SUBJECT_OPENS = re.compile(r"[;:,()]|[.!?](?=\s)|\n")
_ESTIMATED = r"(?:ước\s+(?:tính\s+)?)?(?:tổng\s+(?:số\s+)?)?"
_AMOUNTS_KEY = "rate-bases.amounts"
_MAX_PARAGRAPHS = 40  # the paragraphs of a section searched for a whole
_NOUN_BEFORE = 60  # the words before an amount that may name it


def _is_amount(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.fraction is None and m.unit in _AMOUNT_UNITS


def _section_paragraphs(context: ParagraphContext) -> list[tuple[Sequence[Mention], str, int]]:
    """The paragraphs read so far in the section, this one included, each as its mentions,
    its text and its offset (kept as they are: their amounts are looked for only when a
    share needs a whole, which few paragraphs have; speed)."""
    state = context.state
    kept: tuple[str | None, list[tuple[Sequence[Mention], str, int]]] | None = (
        state.rule_states.get(_AMOUNTS_KEY)
    )
    if kept is None or kept[0] != state.bases_section:
        kept = state.rule_states[_AMOUNTS_KEY] = (state.bases_section, [])
    paragraphs = kept[1]
    if len(paragraphs) < _MAX_PARAGRAPHS:
        paragraphs.append((context.mentions, context.text, context.paragraph.offset))
    return paragraphs


def _subject_before(m: Mention, text: str, base: int) -> str | None:
    """The words before the amount *m* in its clause, from its subject's opening (casefolded,
    spaces made one), or ``None`` when the amount is a change (*tăng 2.375 tỷ đồng*)."""
    at = m.start - base
    before = _SUBJECT_OPENS.split(text[max(0, at - _NOUN_BEFORE) : at])[-1]
    if _CHANGED.search(before):
        return None
    return " ".join(before.casefold().split())


def _estimated(before: str) -> str:
    """The words that may open a whole's subject before its noun (*ước tính*, *tổng*)."""
    opened = _ESTIMATED_RE.match(before)
    return opened.group() if opened else ""


_ESTIMATED_RE = re.compile(_ESTIMATED)


def _holds_within(part: Mention, rate: Mention, whole: Mention) -> bool:
    """Whether *rate* may be *part*'s share of *whole* when each figure stands for any value
    that rounds to it (an amount written "76,44 tỉ" is 76,435 to 76,445 tỉ; a rate written
    "19,5" is 19,45 to 19,6, rounded or cut)."""
    p, w, r = part.quantity, whole.quantity, rate.quantity
    low = (p.value - p.resolution / 2) * 100 / (w.value + w.resolution / 2)
    high = (p.value + p.resolution / 2) * 100 / (w.value - w.resolution / 2)
    return r.value - r.resolution / 2 <= high and low <= r.value + r.resolution


def _amount_shares(context: ParagraphContext) -> Iterator[Finding]:
    """``X tỷ đồng, chiếm z% tổng <noun>``: the share of an amount whose whole the words after
    the share name, judged against the one amount of the same unit, larger than the part, that
    the section states before it after those words ("tổng nguồn vốn của ngân hàng đạt 426.262
    tỷ đồng").  Each figure stands for the values that round to it: only a share that no
    such values give is reported.  Quiet when two amounts fit the named whole (a total and a
    sub-total, two periods), when the part is approximate or is a change (*tăng 15.410 tỷ
    đồng*), and when anything but a change aside stands between the part and *chiếm*
    ("chỉ kém Bắc Ninh 0,59 tỷ USD và chiếm 19,5%")."""
    paragraphs = _section_paragraphs(context)
    if "chiếm" not in context.text or not any(_is_amount(m) for m in context.mentions):
        return  # the part of a share is an amount of this paragraph
    amounts: list[tuple[Mention, str, int]] | None = None  # read when a part is found
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    for j in range(1, len(ms)):
        rate = ms[j]
        if rate.unit != "%" or rate.bound is not Bound.EXACT or rate.value >= 100:
            continue
        named = _WHOLE_NAMED.match(text, rate.end - base)
        if named is None:
            continue
        part = None
        for i in range(j - 1, max(-1, j - 6), -1):
            m = ms[i]
            if not _is_amount(m):
                continue
            at = m.start - base
            if _CHANGED.search(text, max(0, at - 12), at):
                continue
            if _TO_AMOUNT_SHARE.match(text[m.end - base : rate.start - base]):
                part = m
            break
        if part is None:
            continue
        noun = " ".join(named["noun"].casefold().split())
        if amounts is None:
            amounts = [(m, at, off) for ps, at, off in paragraphs for m in ps if _is_amount(m)]
        wholes = {
            w.value: w
            for w, where, offset in amounts
            if w.start < part.start
            and w.unit == part.unit
            and w.value > part.value
            and (before := _subject_before(w, where, offset)) is not None
            and before.startswith(noun, len(_estimated(before)))
        }
        if len(wholes) != 1:
            continue
        whole = next(iter(wholes.values()))
        if _holds_within(part, rate, whole):
            continue
        scale = whole.quantity.resolution * 10**whole.quantity.decimals
        found = _judged_rate(context.file, rate, part.value / scale, whole.value / scale)
        if found is not None:
            yield found


# ------------------------------------------------------------------ civil judgments enforced
# The reports of civil judgment enforcement (thi hành án dân sự) name each count by its role:
# "Tổng số phải thi hành là 625.425 việc, trong đó: Số có điều kiện thi hành là 482.175 việc
# ...; chiếm 77,10% trong tổng số phải thi hành ...; Số chưa có điều kiện thi hành là 143.250
# việc, chiếm 22,90% ...  Trong số có điều kiện thi hành, số thi hành xong là 267.165 việc,
# ...; đạt tỉ lệ 55,41%": the cases to enforce, those that can be (with conditions) and not,
# and those enforced, whose rate is of the cases with conditions.
# The roles of the counts of civil judgments, by the words right before each count (read by
# _enforcement_rates, and by _near_base for the whole it must not take): the cases to enforce,
# a few words allowed between "tổng số" and "phải thi hành" ("Tổng số việc phải thi hành là",
# "Tổng số toàn hệ thống phải thi hành là"), those that can be enforced, those that cannot yet,
# those enforced.
_TO_ENFORCE = re.compile(
    r"\btổng\s+số\s+(?:[^\W\d_]+\s+){0,3}?phải\s+thi\s+hành(?:\s+án)?\s*(?:là)?\s*:?\s*\Z",
    re.I,
)
_WITH_CONDITIONS = re.compile(
    r"(?<!chưa\s)\bcó\s+điều\s+kiện\s+thi\s+hành(?:\s+án)?\s*(?:là)?\s*:?\s*\Z", re.I
)
_WITHOUT_CONDITIONS = re.compile(
    r"\bchưa\s+có\s+điều\s+kiện(?:\s+thi\s+hành)?(?:\s+án)?\s*(?:là)?\s*:?\s*\Z", re.I
)
_ENFORCED = re.compile(r"\bthi\s+hành\s+xong\s*(?:là|được)?\s*:?\s*\Z", re.I)
_ROLES = (
    ("total", _TO_ENFORCE),
    ("with", _WITH_CONDITIONS),
    ("without", _WITHOUT_CONDITIONS),
    ("done", _ENFORCED),
)
# After a share: its base named, the cases to enforce ("chiếm 77,10% trong tổng số phải thi hành").
_OF_TO_ENFORCE = re.compile(
    r"\s*(?:trong|so\s+với|trên|của)?\s*tổng\s+số\s+(?:việc\s+|án\s+)?phải\s+thi\s+hành\b", re.I
)
# A share right after its count: "13.409 việc (chiếm 71,25%)", "143.250 việc, chiếm 22,90%".
_SHARE_AFTER_COUNT = re.compile(r"\A\s*(?:\(\s*|,\s*)chiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*:?\s*\Z", re.I)
# The rate of those enforced: "đạt tỉ lệ 55,41%" (then the clause ends or a bracket opens).
_ENFORCED_RATE = re.compile(r"\bđạt\s+(?:tỷ|tỉ)\s*lệ\s*:?\s*\Z", re.I)
_RATE_CLOSES = re.compile(r"\s*(?:[;,.)\n(]|\Z)")
_BRACKET_ASIDE = re.compile(r"\([^()]*\)")
_ENFORCED_KEY = "rate-bases.enforced"
_AMONG_WITH = re.compile(r"\bTrong\s+số\s+(?:việc\s+|án\s+)?có\s+điều\s+kiện\s+thi\s+hành\b", re.I)


def _enforcement_rates(context: ParagraphContext) -> Iterator[Finding]:
    """The shares and the rate of a report of civil judgment enforcement, each count named by
    its role (:data:`_ROLES`, counts of *việc* only; amounts of money are left): a share of a
    count with or without conditions whose base is named (*trong tổng số phải thi hành*) or
    which follows its count (*(chiếm 71,25%)*) is of the cases to enforce; the rate *đạt tỉ lệ*
    after the count enforced, in its sentence, is of the cases with conditions.  Each base is
    taken only when the paragraph states one figure for its role, or, for the cases with
    conditions, when the sentence names them (*Trong số có điều kiện thi hành*) and the
    paragraphs before in the section state one figure; quiet when words after the rate name
    another base ("đạt tỉ lệ 48,49% so với chỉ tiêu"), when another percentage or an open
    bracket stands between the count enforced and its rate."""
    ms, text, base = context.mentions, context.text, context.paragraph.offset
    roles: dict[int, str] = {}
    state = context.state
    kept: tuple[str | None, dict[str, set[int]]] | None = state.rule_states.get(_ENFORCED_KEY)
    if kept is None or kept[0] != state.bases_section:
        empty: dict[str, set[int]] = {}
        kept = state.rule_states[_ENFORCED_KEY] = (state.bases_section, empty)
    figures = kept[1]  # the section's figures by role, of the paragraphs before this one
    local: dict[str, set[int]] = {}
    for i, m in enumerate(ms):
        if (m.unit or "").casefold() != "việc" or m.bound is not Bound.EXACT:
            continue
        if m.value != int(m.value):
            continue
        at = m.start - base
        before = text[max(0, at - 60) : at]
        for role, pattern in _ROLES:
            if pattern.search(before):
                roles[i] = role
                local.setdefault(role, set()).add(int(m.value))
                break
    earlier = {role: set(values) for role, values in figures.items()}
    for role, values in local.items():
        figures.setdefault(role, set()).update(values)
    if not roles:
        return

    def sole(role: str, stated: dict[str, set[int]]) -> int | None:
        values = stated.get(role, set())
        return next(iter(values)) if len(values) == 1 else None

    for j, rate in enumerate(ms):
        if rate.unit != "%" or rate.bound is not Bound.EXACT or rate.value > 100:
            continue
        at = rate.start - base
        # The count of its role before the rate, in its sentence, no other role between.
        k = max((i for i in roles if i < j), default=None)
        if k is None or _SENTENCE_STOP.search(text, ms[k].end - base, at):
            continue
        if any(
            (ms[i].unit or "").casefold() == "việc"
            and not _CHANGE_BEFORE.search(text, max(0, ms[i].start - base - 14), ms[i].start - base)
            for i in range(k + 1, j)
        ):
            # Another count of cases stands between, no change ("tăng 4.190 việc"), one whose
            # role words were not read ("chưa có điều kiện (trừ số ...) 17.034 việc, 31,98%"):
            # the rate is its own.
            continue
        role, part = roles[k], ms[k]
        gap = text[part.end - base : at]
        whole: int | None = None
        if role in ("with", "without") and (
            _OF_TO_ENFORCE.match(text, rate.end - base) or _SHARE_AFTER_COUNT.match(gap)
        ):
            whole = sole("total", local)
        elif (
            role == "done"
            and _ENFORCED_RATE.search(gap)
            and _RATE_CLOSES.match(text, rate.end - base)
            and "%" not in _BRACKET_ASIDE.sub("", gap)
            and "(" not in _BRACKET_ASIDE.sub("", gap)
        ):
            whole = sole("with", local)
            opened = text.rfind("\n", 0, part.start - base) + 1
            if whole is None and "with" not in local and _AMONG_WITH.search(text, opened, at):
                # "Trong số có điều kiện thi hành, số thi hành xong là ...": the group named,
                # its figure stated in a paragraph before.
                whole = sole("with", earlier)
        if whole is None or whole <= part.value:
            continue
        found = _judged_rate(context.file, rate, int(part.value), whole)
        if found is not None:
            yield found


# ------------------------------------------------------------------ a base named by its noun
# "tổng số hội viên toàn tỉnh 206.391" / "tổng số 205 ủy viên": a total and its noun's words.
# The noun is the shortest that the rest of the window completes: the words after it (the tail,
# ``\s*(?:là|có|lên|đạt)?\s*:?\s*\Z``, case-blind) are tried at each of its ends.  The tail is
# written here as ``\s*(?:(?:là|có|lên|đạt)\s*)?:?\s*\Z``, the same strings, behind a look-ahead
# that every string of it passes (a space, a colon, the first letter of one of its words, or
# the end), so that it is tried only where it may start; and only its words and "tổng số" are
# case-blind, the noun's classes having no letter of a case.  The same noun, found some five
# times faster (the tail, tried whole at each letter of the noun, cost ~20 µs a figure).
_NAMED_BEFORE = re.compile(
    r"(?i:\btổng\s+số)\s+(?P<noun>[^\W\d_][^\d;.!?\n()\[\],:]{0,40}?)"
    r"(?=(?i:[\s:lcđ])|\Z)\s*(?:(?i:là|có|lên|đạt)\s*)?:?\s*\Z"
)
_TOTAL_BEFORE = re.compile(r"\btổng\s+số\s*\Z", re.IGNORECASE)
# What may follow the noun in a named total without naming another group: its scope.
_SCOPE = re.compile(
    r"(?:toàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|quốc|hội|ngành)|hiện\s+(?:có|nay)"
    r"|trên\s+địa\s+bàn(?:\s+\S+){0,2}|của\s+(?:tỉnh|huyện|hội|thành\s+phố))",
    re.IGNORECASE,
)
# After a rate: "so với tổng số hội viên", "trên tổng số hộ", "tổng số đại biểu" and the clause's
# end: the base named by its noun, its figure stated before.
_NAMED_AFTER = re.compile(
    r"\s*(?:so\s+với|trên|trong|của)?\s*tổng\s+số\s+(?P<noun>[^\W\d_][^\d;.!?\n()\[\],:]{0,30}?)"
    r"\s*(?=[;.,!?\n)]|\Z)",
    re.IGNORECASE,
)
# Between the part and its rate: one clause, a word that attaches the rate, no change.
_NAMED_GAP = re.compile(r"\A[^\d;.!?\n]{0,40}\Z")
_NAMED_CUE = re.compile(r"đạt|chiếm|(?:tỷ|tỉ)\s*lệ|bằng|,|\(", re.IGNORECASE)
_MAX_NAMED = 60
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split())


def _remember_named(context: ParagraphContext) -> None:
    """Record the totals written after *tổng số* with the words of their noun; the section's
    latest :data:`_MAX_NAMED` are kept."""
    text, base, named = context.text, context.paragraph.offset, context.state.section_named
    for m in context.mentions:
        if m.unit == "%" or m.fraction == "denominator" or m.bound is not Bound.EXACT:
            continue
        before = text[max(0, m.start - base - 60) : m.start - base]
        if "ổng số" not in before and "ỔNG SỐ" not in before:
            continue
        found = _NAMED_BEFORE.search(before)
        if found is not None:
            named.append((found.group("noun"), m))
        elif m.unit is not None and m.fraction is None and _TOTAL_BEFORE.search(before):
            named.append((m.unit, m))
    del named[:-_MAX_NAMED]  # the section's latest totals


def _named_total(state: DocumentState, noun: tuple[str, ...], part: Mention) -> Mention | None:
    """The one total stated before *part* after *tổng số* with the noun *noun* (and perhaps
    its scope: "tổng số hội viên toàn tỉnh"); none when two values are so stated."""
    found: list[Mention] = []
    for written, total in state.section_named:
        if total.start >= part.start:
            continue
        words = _words(written)
        if words[: len(noun)] != noun:
            continue
        rest = " ".join(words[len(noun) :])
        if rest and _SCOPE.fullmatch(rest) is None:
            continue
        found.append(total)
    if len({t.value for t in found}) != 1:
        return None
    return found[0]


def _named_bases(context: ParagraphContext) -> Iterator[Finding]:
    """``hội viên nòng cốt 50.730, đạt 24,76% so với tổng số hội viên`` after "nâng tổng số
    hội viên toàn tỉnh 206.391 ...": a rate whose base is named by its noun right after it,
    the figure of that noun stated once before in the section after *tổng số*.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Tổng số hội viên toàn tỉnh 206.391 người. Trong đó hội viên nòng cốt 50.730, "
    ...         "đạt 24,76% so với tổng số hội viên.")
    >>> [(f.code, f.computed) for f in check_text(text) if f.code.startswith("rate")]
    [('rate-mismatch', '50.730/206.391 = 24,58%')]
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    for j, rate in enumerate(ms):
        if j == 0 or rate.unit != "%" or rate.fraction is not None:
            continue
        if rate.bound is not Bound.EXACT:
            continue
        named = _NAMED_AFTER.match(text, rate.end - base)
        if named is None:
            continue
        part = ms[j - 1]
        if (
            part.unit == "%"
            or part.fraction is not None
            or part.bound is not Bound.EXACT
            or part.value <= 0
            or part.value != int(part.value)
        ):
            continue
        gap = text[part.end - base : rate.start - base]
        if not (_NAMED_GAP.match(gap) and _NAMED_CUE.search(gap)) or _CHANGE.search(gap):
            continue
        noun = _words(named.group("noun"))
        if part.unit is not None and not _same_noun(_words(part.unit), noun):
            continue
        total = _named_total(context.state, noun, part)
        if total is None or total.value <= part.value:
            continue
        found = _finding(part, rate, total, context.file)
        if found is not None:
            yield found


# Before a rate: its part named in words, "số ủy viên nữ chiếm", at the start of a clause.
_PART_NAMED = re.compile(
    r"(?:\A|[,.;:]\s*|\b(?:thì|là|vậy)\s*,?\s+)số\s+(?P<noun>[^\W\d_][^\d;.!?\n,()]{0,30}?)"
    r"\s+chiếm(?:\s+(?:tỷ|tỉ)\s*lệ)?\s*\Z",
    re.IGNORECASE,
)
# After the rate, its whole: "chiếm 5,36% trong tổng số 205 ủy viên".
_WHOLE_NEXT = re.compile(r"\s*(?:trong|trên|so\s+với|của)\s+tổng\s+số\s*\Z", re.IGNORECASE)
# Opening the rate's sentence, its whole: "Trong tổng số 205 ủy viên ..., số ủy viên nữ chiếm".
_WHOLE_OPENS = re.compile(r"(?:\A|[.!?\n]\s*)trong\s+tổng\s+số\s*\Z", re.IGNORECASE)


def _named_parts(context: ParagraphContext) -> Iterator[Finding]:
    """``Trong tổng số 205 ủy viên ..., số ủy viên nữ chiếm 5,36%`` with "có 11 ủy viên nữ"
    in the paragraph: a rate whose part is named in words (*số* and its noun), its whole
    written next to it, and the part's count stated once in the paragraph, with its noun's
    words right after the figure.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Có 11 ủy viên nữ. Như vậy, số ủy viên nữ chiếm 5,63% trong tổng số 205 ủy viên "
    ...         "chính thức.")
    >>> [(f.code, f.computed) for f in check_text(text) if f.code.startswith("rate")]
    [('rate-mismatch', '11/205 = 5,37%')]
    """
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    for j, rate in enumerate(ms):
        if rate.unit != "%" or rate.fraction is not None or rate.bound is not Bound.EXACT:
            continue
        start = ms[j - 1].end - base if j > 0 else 0
        named = _PART_NAMED.search(text, max(start, rate.start - base - 60), rate.start - base)
        if named is None:
            continue
        whole = _whole_of_named(context, j, named.start())
        if whole is None or whole.unit is None:
            continue
        noun = _words(named.group("noun"))
        if _words(whole.unit)[:2] != noun[:2]:  # "ủy viên chính" and "ủy viên nữ"
            continue
        counts = [
            m
            for m in context.state.section_counts
            if m.start != whole.start and _names_part(context.state, m, noun)
        ]
        if len({m.value for m in counts}) != 1 or counts[0].value >= whole.value:
            continue
        found = _finding(counts[0], rate, whole, context.file)
        if found is not None:
            yield found


def _names_part(state: DocumentState, m: Mention, noun: tuple[str, ...]) -> bool:
    """Whether the words after the figure of the count *m* are the noun's and then the end of
    its phrase ("11 ủy viên nữ." but not "11 ủy viên nữ trẻ")."""
    text, _, at = _where(state, m)
    tokens = _TOKEN.findall(text[at : at + 60].casefold())[1:]
    if tuple(tokens[: len(noun)]) != noun:
        return False
    following = tokens[len(noun) : len(noun) + 1]
    return not following or not following[0].isalnum() or following[0] in _LINKS


_LINKS = frozenset({"là", "và", "được", "đã", "trong", "của", "chiếm", "có", "trên", "với"})


def _whole_of_named(context: ParagraphContext, j: int, clause_at: int) -> Mention | None:
    """The whole of the rate at *j*: the count right after it (*trong tổng số*), or the count
    that opens its sentence (*Trong tổng số 205 ủy viên ..., số ...*)."""
    text, base, ms = context.text, context.paragraph.offset, context.mentions
    rate = ms[j]
    if (
        j + 1 < len(ms)
        and _is_count(ms[j + 1])
        and _WHOLE_NEXT.fullmatch(text, rate.end - base, ms[j + 1].start - base)
    ):
        return ms[j + 1]
    for k in range(j - 1, -1, -1):
        m = ms[k]
        if m.start - base < clause_at - 200:
            break
        between = text[m.end - base : clause_at]
        if _is_count(m) and not re.search(r"[\d;.!?\n]", between):
            if _WHOLE_OPENS.search(text, 0, m.start - base):
                return m
            break
    return None


def _same_noun(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether a part counted in *part* words can be counted in the *whole*'s noun."""
    n = min(len(part), len(whole))
    return part[:n] == whole[:n]


# ------------------------------------------------------------------ the counts of a base's shares
_LABEL_BEFORE = 90  # characters before a count read for its part's name (and up to its rate)
_LABEL_AFTER = 60  # characters after a rate read for its part's name
_LABEL_STOP = re.compile(r"[,;:()\[\]]")
_MAX_GROUPS = 20  # sentences of rates read as a breakdown per paragraph (a bound on the work)


def check_shares_of_base(context: ParagraphContext) -> Iterator[Finding]:
    """``total-mismatch`` when the counts of a complete breakdown in shares of a base named
    elsewhere do not make that base.

    "... có 868 người ứng cử ..." and, paragraphs later, "Về trình độ chuyên môn, có 564 người
    (chiếm 64,98%) có trình độ trên Đại học, 294 người (chiếm 33,87%) có trình độ Đại học, 10
    người (chiếm 1,15%) có trình độ dưới Đại học": the attached rates of one sentence name one
    part each of one dimension, all different (:func:`~hoiquanchung.checker._shares.part_labels`),
    and their shares make 100 % within their rounding: the breakdown is complete.  Its base is
    the count of the noun, stated before the parts in the section, against which at least one
    of these rates holds (all but two at most), and two attached rates of the section at least
    (these or others); the rates hold so against no other count of the noun.
    The counts must then add up to the base, within what the shares' rounding allows (``Σ·100``
    between the base times the least and the most sum the shares admit): 564 + 294 + 10 = 868.
    Run by rule 2d (section totals) after rule rate-bases has read the paragraph; a total
    already reported is not reported again, nor one that rule 2 reports in its own sentence.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Có 500 người ứng cử; 150 người là nữ, chiếm 30%.\\n"
    ...         "Trình độ: đại học 400 người (chiếm 80%); dưới đại học 90 người (chiếm 20%).")
    >>> [(f.code, f.line, f.stated, f.computed) for f in check_text(text)
    ...  if f.code == "total-mismatch"]
    [('total-mismatch', 1, '500 người', '490 người')]
    """
    text = context.text
    if text.count("%") < 2:
        return
    pairs = _every_attached(context)
    if len(pairs) < 2:
        return
    state, base = context.state, context.paragraph.offset
    k = 0
    judged = 0
    for s_start, s_end in sentence_spans(text):
        if judged >= _MAX_GROUPS or k >= len(pairs):
            break
        group: list[tuple[Mention, Mention]] = []
        while k < len(pairs) and pairs[k][0].start - base < s_end:
            if pairs[k][0].start - base >= s_start:
                group.append(pairs[k])
            k += 1
        if not 2 <= len(group) <= _MAX_PAIRS or len({_measure(c) for c, _ in group}) != 1:
            continue
        judged += 1
        whole = shares_make_whole([r for _, r in group])
        labels = part_labels(*_part_words(text, base, s_start, s_end, group))
        if whole is None or labels is None:
            continue
        total = _base_of_shares(state, group)
        if total is None:
            continue
        lo, hi = whole
        counted = sum(int(c.value) for c, _ in group)
        within = lo * int(total.value) <= counted * 100 <= hi * int(total.value)
        if within and not (completes(labels) and _one_count_off(group, total, counted)):
            continue
        key = ("total-mismatch", total.start)
        if key in state.figures.reported:
            continue
        if total.start >= base + s_start and _rule_2_reports(context, total):
            continue  # "150 đại biểu, trong đó ... 123 đại biểu, chiếm 82%, ...": said once
        state.figures.reported.add(key)
        found = total_mismatch(
            context.paragraph,
            group[0][0].start - base,
            total,
            Decimal(counted),
            sum_of_terms(c.value for c, _ in group),
            file=context.file,
        )
        # Beyond the shares' rounding: told at the total (rule 2d); one count off its rate: at
        # the counts, where rule shares tells a breakdown that leaves its shares.
        yield found if within else evolved(found, line=total.line, column=total.column)


def _one_count_off(group: list[tuple[Mention, Mention]], total: Mention, counted: int) -> bool:
    """Whether the counts miss *total* by one slip: exactly one count's rate does not hold
    against it, and the value that would close the sum does.

    "2.584 tổ ... có 2.300 tổ xếp loại tốt, đạt 89%; 195 tổ xếp loại khá (7,5 %), 91 tổ xếp loại
    trung bình (3,1%) và 8 tổ xếp loại yếu, chiếm 0,3%": the grades are all there, 91 + the
    others is 2.594, and 91 is 3,52 % of the 2.584 where its 3,1 % says 80 or 81; the 81 that
    makes 2.584 is 3,13 %: one count is miswritten, and the sum says so with its rate (within
    the shares' rounding alone, ten groups more or less would pass unseen).  The counts' shares
    of their own sum must leave the stated ones too (91 of 2.594 is 3,5 %): shares that fit the
    sum of the counts may be of that sum.  Told at the counts, as rule shares tells the counts
    of a breakdown that leave their shares (one finding: the total is reported once).
    """
    if counted == int(total.value):
        return False
    if not any(_leaves(int(c.value), r, counted) for c, r in group):
        return False  # the shares are the counts' own: their sum may be the whole meant
    off = [(c, r) for c, r in group if _verdict(c, r, total) is not Verdict.CONSISTENT]
    if len(off) != 1:
        return False
    count, rate = off[0]
    needed = int(total.value) - (counted - int(count.value))
    if needed <= 0:
        return False
    return rate_verdict(needed, rate, int(total.value)) is Verdict.CONSISTENT


def _leaves(part: int, rate: Mention, whole: int) -> bool:
    """Whether *part* of *whole* is farther from the stated *rate* than half its last digit."""
    exact = Fraction(100 * part, whole)
    return abs(exact - Fraction(rate.value)) > Fraction(rate.quantity.resolution) / 2


def _part_words(
    text: str, base: int, start: int, stop: int, group: list[tuple[Mention, Mention]]
) -> tuple[list[str], list[str]]:
    """The words before each rate (from the previous rate, the count among them) and after
    each rate (to the next count), where the parts' names are."""
    befores, afters = [], []
    prev = start
    for i, (count, rate) in enumerate(group):
        befores.append(text[max(prev, count.start - base - _LABEL_BEFORE) : rate.start - base])
        end = group[i + 1][0].start - base if i + 1 < len(group) else stop
        after = text[rate.end - base : end].lstrip()
        after = after[1:] if after.startswith(")") else after  # "564 người (chiếm 64,98%) có ..."
        cut = _LABEL_STOP.search(after)
        afters.append(after[: cut.start() if cut else _LABEL_AFTER][:_LABEL_AFTER])
        prev = rate.end - base
    return befores, afters


def _rule_2_reports(context: ParagraphContext, total: Mention) -> bool:
    """Whether rule 2 reports *total* in its sentence (it reads the parts there)."""
    return any(
        f.code == "total-mismatch" and f.stated == total.text and f.line == total.line
        for f in _totals.check_totals(context)
    )


def _base_of_shares(state: DocumentState, group: list[tuple[Mention, Mention]]) -> Mention | None:
    """The one count stated before the *group*'s counts whose shares its rates are."""
    noun = _measure(group[0][0])
    parts = {c.start for c, _ in state.section_rates}  # a count with a rate of its own
    rates = {r.start for _, r in group}
    held: list[tuple[Mention, bool]] = []  # the counts the group's rates hold against
    for total in state.section_counts:
        if total.start >= group[0][0].start:
            break
        if total.start in parts or _measure(total) != noun:
            continue
        if any(total.value == b.value for b, _ in held):
            continue  # the same total stated again
        holds = sum(1 for c, r in group if _verdict(c, r, total) is Verdict.CONSISTENT)
        if holds < max(1, len(group) - 2):
            continue
        outside = state.section_support.get(total.start, 0) - sum(
            1 for r in rates if (total.start, r) in state.section_holds
        )
        held.append((total, holds + outside >= _MIN_CONFIRMING))
    # Two counts the rates may be shares of ("500 người", later "501 người" at whole percent):
    # whose shares they are cannot be told, even when only one is confirmed.
    return held[0][0] if len(held) == 1 and held[0][1] else None


#: Rule rate-bases: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "rate-bases",
    check_rate_bases,
    ("rate-mismatch", "rate-rounding", "bound-violated"),
    finish=_finish,
)
