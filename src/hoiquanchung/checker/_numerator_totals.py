"""Rule 2g: totals whose parts are the numerators of fractions ``a/b``.

A fraction ``a/b`` of a count says *a of b*; two readings make its numerator a part of a total:

* **The rest**: the fraction, then in the same clause *còn lại c*, *còn c* or *thiếu c* of the
  same noun: *a* done and *c* left (or missing) make *b*.  "Kết quả đã kiểm tra, rà soát
  806/1.003 vụ việc (80,4%), còn 197 vụ việc (19,6%) các địa phương chưa có kết quả" (806 + 197
  = 1.003); "bầu được 15.759/16.031 đại biểu HĐND cấp xã, thiếu 272 đại biểu"; or the rest
  named after its count: "đã giải quyết được 19/33 vụ việc ..., 14 vụ còn lại đang giải
  quyết".  Bare *còn c* (without *lại*) is read only when the clause says the *c* are not done
  yet (*chưa*, *đang*) or gives their share in brackets; only percentages may stand between the
  fraction and *còn*.  The rest named after its count may also open the next clause after
  ``;`` or the next sentence ("đã có 9/23 địa phương hoàn thành kiểm đếm; 14 địa phương còn lại
  ...", "mới thực hiện được 3/5 chỉ tiêu ... . 2 chỉ tiêu còn lại là ..."), and the cases
  still in hand may follow those settled without *còn* ("giải quyết xong 1/23 vụ việc, đang
  tiếp tục thụ lý giải quyết 22 vụ việc": *đang (tiếp tục) (thụ lý) giải quyết / xem xét / xử
  lý*, right after a fraction of cases *giải quyết (xong)*).  Both are quiet when another
  fraction of the same whole stands before in the sentence ("5/23 xã ...; 9/23 xã ...; 9 xã
  còn lại": the rest of both), and on a part of the rest ("đang xác minh 2 vụ").
* **Fractions detailed by fractions**: "giải quyết 40/67 đơn ..., trong đó khiếu nại 21/38 đơn
  và tố cáo 19/29 đơn": after *trong đó* / *gồm*, every figure of the sentence is a fraction of
  the same noun (or a percentage); when the denominators make the total's denominator
  (38 + 29 = 67), the parts are the whole, and the numerators must make its numerator.

* **Fractions detailed in the next sentence**: "toàn tỉnh có 442/479 trường học đạt chuẩn Quốc
  gia, chiếm 92,27%. Trong đó, bậc Mầm non có 148/166 trường ...; bậc Tiểu học có 154/155
  trường ...; bậc THCS có 117/135 trường ...; bậc THPT công lập có 23/23 trường ...": a sentence
  that opens with *Trong đó*, *Trong số đó*, *Cụ thể* or *Gồm* (in the same paragraph, or the
  first of the paragraph right below) and holds nothing but fractions of the noun of the one
  fraction of the sentence before (and percentages).  When the denominators make the total's
  (166 + 155 + 135 + 23 = 479) the numerators must make its numerator; when the numerators make
  it, the denominators may not exceed the total's (a group with none done may be left out).

``total-mismatch`` (error) at the total (the denominator of the rest, the numerator detailed);
the rest is worded as rule 5's complements, which read some of these too (one finding, the same,
whichever rule reads it).  Until :mod:`hoiquanchung.checker._registry` lists :data:`CHECK`,
rule 2c (:func:`hoiquanchung.checker._per_unit.check_per_unit`) runs it.

Quiet: on a date (``22/5``, no noun after it), on *giảm còn*, *mỗi*, on a figure other than a
percentage between the fraction and *còn*, on bounds (*hơn*, *khoảng*), on a list of fractions
whose denominators do not make the total's (some parts only) or where a plain count stands among
them, on fractions with the same denominator one after the other (criteria that may overlap:
"41/43 tỉnh có ...; 41/43 tỉnh có ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._figures_table import sentence_spans
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._rules import make_finding, sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._format import write_figure as write_number

__all__ = ["CHECK", "check_numerator_totals", "rest_makes_whole"]

_REST_GAP = re.compile(
    r"[^.;:!?\d]{0,80}?(?:[,;(–-]\s*|\s)(?P<kw>còn\s+lại|còn|thiếu)\s*(?:là\s+)?\Z",
    re.IGNORECASE,
)
_NOT_REST = re.compile(
    r"(?<!\w)(?:mỗi|giảm|tăng|xuống|lên|trong\s+đó|gồm|bình\s+quân|trung\s+bình)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_GAP = re.compile(r"\A[^.;:!?\d]{0,80}?,\s*\Z")
# The rest named after its count in the next clause after ";" or in the next sentence: "đã có
# 9/23 địa phương hoàn thành kiểm đếm; 14 địa phương còn lại ...", "mới thực hiện được 3/5 chỉ
# tiêu ... . 2 chỉ tiêu còn lại là ...": the rest's count opens its clause.
_NEXT_CLAUSE_GAP = re.compile(r"\A[^.;:!?\d]{0,120}?(?:;|\.(?=\s))\s*\Z")
# The rest still in hand, right after the fraction of those settled: "giải quyết xong 1/23 vụ
# việc, đang tiếp tục thụ lý giải quyết 22 vụ việc" (not "đang xác minh 2 vụ": a part of the
# rest may be said so).
_SETTLED = re.compile(
    r"(?<!\w)(?:giải\s+quyết|xử\s+lý)(?:\s+xong|\s+dứt\s+điểm)?\s*\Z", re.IGNORECASE
)
_IN_HAND_GAP = re.compile(
    r"\A\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s*)?[,;]\s*(?:đang|còn)\s+(?:tiếp\s+tục\s+)?"
    r"(?:thụ\s+lý\s+)?(?:giải\s+quyết|xem\s+xét(?:,?\s+giải\s+quyết)?|xử\s+lý)\s*\Z",
    re.IGNORECASE,
)
_REST_AFTER = re.compile(r"\s*còn\s+lại(?!\w)", re.IGNORECASE)
_NOT_DONE = re.compile(r"(?<!\w)(?:chưa|đang)(?!\w)|\A\s*\(", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?](?!\d)")
_DETAIL = re.compile(r"\s*[,(:]?\s*(?:trong\s+đó|gồm)(?:\s+có)?\s*[,:]?\s*\Z", re.IGNORECASE)
# ``[.!?](?=\s|\Z)|\n`` with the set of its four signs first: a search skips to the next of them
# in C (speed; the same matches: a line break passes the look-behind, the others the look-ahead).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s|\Z))")
_SLASH = re.compile(r"\s*/\s*\Z")
_MAX_GAP = 160
# What opens a sentence that details the fraction of the sentence before.
_DETAIL_OPENER = re.compile(
    r"[\s\-–—+*•]*(?:trong\s+(?:số\s+)?đó|cụ\s+thể|(?:bao\s+)?gồm(?:\s+có)?)(?!\w)",
    re.IGNORECASE,
)
_OPENER_WORDS = ("trong", "cụ thể", "gồm", "bao gồm")  # (a cheap test of the paragraph)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A noun of units of any kind a detail may count the total's units in ("495/629 cơ sở đoàn.
# Trong đó, khối xã, phường, thị trấn là 199/244 đơn vị; ...").
_UNITS = "đơn"


def rest_makes_whole(done: Decimal, rest: Decimal, whole: Decimal) -> bool:
    """Whether *done* of *whole* and the *rest* make *whole* (the reading *a/b, còn lại c*).

    >>> rest_makes_whole(Decimal(806), Decimal(197), Decimal(1003))
    True
    >>> rest_makes_whole(Decimal(238), Decimal(35), Decimal(316))
    False
    """
    return done + rest == whole


def _first_word(unit: str | None) -> str:
    return "" if not unit else unit.split()[0].casefold()


def _plain(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.value == m.value.to_integral_value() and m.value >= 0


def _fractions(mentions: Sequence[Mention], text: str, base: int) -> Iterator[int]:
    """Indexes *i* of the numerators whose denominator is mention *i + 1*."""
    for i in range(len(mentions) - 1):
        n, d = mentions[i], mentions[i + 1]
        if n.unit is None and _SLASH.match(text, n.end - base, d.start - base) is not None:
            yield i


def check_numerator_totals(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2g in the paragraph of *context*.

    >>> from hoiquanchung.checker import check_text
    >>> [(f.code, f.stated, f.computed) for f in check_text(
    ...     "Đã rà soát 806/1.003 vụ việc (80,4%), còn 297 vụ việc (19,6%) chưa có kết quả.")]
    [('total-mismatch', '1.003 vụ việc', '1.103 vụ việc')]
    """
    para = context.paragraph
    text = para.text
    if "/" not in text:
        return
    mentions = context.mentions
    base = para.offset
    fractions = list(_fractions(mentions, text, base))
    for i in fractions:
        yield from _rest(context, mentions, i)
        yield from _detailed(context, mentions, i)
    if len(fractions) >= 2:  # (a cheap test: two parts at least, then a marker's words)
        folded = text.casefold()
        if any(word in folded for word in _OPENER_WORDS):
            yield from _detailed_after(context)


def _report(
    context: ParagraphContext,
    total: Mention,
    parts: Sequence[Mention],
    *,
    rest: bool = False,
    where: Paragraph | None = None,
) -> Iterator[Finding]:
    computed = sum((p.value for p in parts), Decimal(0))
    if sum_contradicts(total.quantity, computed) is None:
        return
    reported = context.state.figures.reported
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return
    reported.update(keys)
    para = context.paragraph if where is None else where
    if rest:
        # Worded as rule 5's complements ("a/b ..., thiếu c", which it reads too): one finding,
        # the same, whichever rule reads the figures.
        unit = total.unit
        terms = Localized(
            " + ".join(write_number(p.value, "vi") for p in parts),
            " + ".join(write_number(p.value, "en") for p in parts),
        )
        written = Localized(write_number(computed, "vi", unit), write_number(computed, "en", unit))
        yield make_finding(
            para,
            total.start - para.offset,
            "total-mismatch",
            {"total": total.text, "terms": terms, "sum": written},
            variant="changes",
            file=context.file,
            stated=total.text,
            computed=write_number(computed, "vi", unit),
            stated_value=total.value,
            computed_value=computed,
        )
        return
    yield total_mismatch(
        para,
        total.start - para.offset,
        total,
        computed,
        sum_of_terms([p.value for p in parts]),
        file=context.file,
    )


def _rest(context: ParagraphContext, mentions: Sequence[Mention], i: int) -> Iterator[Finding]:
    text, base = context.paragraph.text, context.paragraph.offset
    n, d = mentions[i], mentions[i + 1]
    if not (_plain(n) and _plain(d)):
        return
    if d.unit is None or d.unit == "%":
        return
    j = i + 2
    while j < len(mentions) and mentions[j].unit == "%":
        j += 1
    if j >= len(mentions):
        return
    c = mentions[j]
    if not _plain(c) or _first_word(c.unit) != _first_word(d.unit):
        return
    gap = text[d.end - base : c.start - base]
    if len(gap) > _MAX_GAP or _NOT_REST.search(gap):
        return
    for k in range(i + 2, j):  # percentages between: drop their text
        m = mentions[k]
        gap = gap.replace(m.text, "", 1)
    found = _REST_GAP.match(gap)  # from the fraction on: one clause, no sentence end
    if found is None:
        # "19/33 vụ việc ..., 14 vụ còn lại đang giải quyết": the rest named after its count
        named_rest = _REST_AFTER.match(text, c.end - base) is not None
        if named_rest and _CLAUSE_GAP.search(gap) is not None:
            pass
        elif (named_rest and _NEXT_CLAUSE_GAP.search(gap) is not None) or _in_hand(
            text, base, n, gap
        ):
            if _sibling_fraction(mentions, text, base, i):
                return  # "5/23 xã ...; 9/23 xã ...; 9 xã còn lại": the rest of both
        else:
            return
    elif found["kw"].casefold() == "còn":
        after = text[c.end - base :]
        end = _CLAUSE_END.search(after)
        clause = after[: end.start() if end else len(after)][:120]
        if _NOT_DONE.search(clause) is None:
            return
    if (
        j + 1 < len(mentions)
        and mentions[j + 1].fraction == "numerator"
        and not _CLAUSE_END.search(text, c.end - base, mentions[j + 1].start - base)
    ):
        return  # "còn 3/5 ...": another fraction (not one of the next clause)
    if rest_makes_whole(n.value, c.value, d.value):
        return
    yield from _report(context, d, [n, c], rest=True)


def _in_hand(text: str, base: int, n: Mention, gap: str) -> bool:
    """Whether the fraction *n/d* counts what was settled and *gap* (its noun, then the next
    clause up to the rest's count) says the rest is still in hand ("giải quyết xong 1/23 vụ
    việc, đang tiếp tục thụ lý giải quyết 22 vụ việc")."""
    start = n.start - base
    return (
        _SETTLED.search(text, max(0, start - 40), start) is not None
        and _IN_HAND_GAP.match(gap) is not None
    )


def _sibling_fraction(mentions: Sequence[Mention], text: str, base: int, i: int) -> bool:
    """Whether another fraction of the same whole stands before fraction *i* in its sentence
    (then a rest named after it may be the rest of both)."""
    d = mentions[i + 1]
    stop = mentions[i].start - base
    cut = max(text.rfind(". ", 0, stop), text.rfind("\n", 0, stop))
    for k in _fractions(mentions[:i], text, base):
        if mentions[k].start - base > cut and mentions[k + 1].value == d.value:
            return True
    return False


def _detailed(context: ParagraphContext, mentions: Sequence[Mention], i: int) -> Iterator[Finding]:
    text, base = context.paragraph.text, context.paragraph.offset
    n, d = mentions[i], mentions[i + 1]
    if not (_plain(n) and _plain(d)) or n.value > d.value or d.unit in (None, "%"):
        return
    j = i + 2
    while j < len(mentions) and mentions[j].unit == "%":
        j += 1
    if j + 1 >= len(mentions):
        return
    start = d.end - base
    stop_at = _SENTENCE_END.search(text, start)
    stop = stop_at.start() if stop_at else len(text)
    head = text[start : mentions[j].start - base]
    opened = None
    for k in range(i + 2, j):
        head = head.replace(mentions[k].text, "", 1)
    # The keyword must stand right before the first part (its noun's words between).
    found = re.search(r"(?<!\w)(?:trong\s+đó|gồm)(?!\w)", head, re.IGNORECASE)
    if found is None or len(head) > _MAX_GAP or ";" in head[: found.start()]:
        return
    opened = "(" in head[: found.start()]
    if opened:
        close = text.find(")", mentions[j].start - base)
        if close != -1:
            stop = min(stop, close)
    pairs = _pairs(mentions, text, base, j, stop)
    if pairs is None:
        return  # a plain count among the parts: not a list of fractions
    for m, den in pairs:
        if not (_plain(m) and _plain(den)):
            return
        if den.unit is not None and _first_word(den.unit) != _first_word(d.unit):
            return
    nums = [m for m, _den in pairs]
    dens = [den for _m, den in pairs]
    if len(nums) < 2 or any(x.value == d.value for x in dens):
        return
    if sum((x.value for x in dens), Decimal(0)) != d.value:
        return  # the denominators are not the whole: some parts only
    yield from _report(context, n, nums)


def _pairs(
    mentions: Sequence[Mention], text: str, base: int, first: int = 0, stop: int | None = None
) -> list[tuple[Mention, Mention]] | None:
    """The fractions ``a/b`` of *mentions* (one sentence) from the *first*, those whose numerator
    starts before the offset *stop* in the text when it is given, or ``None`` when a figure other
    than a fraction's or a percentage stands among them."""
    pairs: list[tuple[Mention, Mention]] = []
    k = first
    while k < len(mentions) and (stop is None or mentions[k].start - base < stop):
        m = mentions[k]
        if m.unit == "%":
            k += 1
            continue
        if (
            k + 1 < len(mentions)
            and m.unit is None
            and _SLASH.match(text, m.end - base, mentions[k + 1].start - base) is not None
        ):
            pairs.append((m, mentions[k + 1]))
            k += 2
            continue
        return None
    return pairs


def _detailed_after(context: ParagraphContext) -> Iterator[Finding]:
    """Findings on a fraction detailed by the fractions of the next sentence (see the module).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Toàn tỉnh có 442/479 trường học đạt chuẩn Quốc gia. Trong đó, bậc "
    ...         "Mầm non có 148/166 trường đạt chuẩn; bậc Tiểu học có 154/155 trường đạt chuẩn; "
    ...         "bậc THCS có 127/135 trường đạt chuẩn; bậc THPT có 23/23 trường đạt chuẩn.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '442', '452')]
    >>> check_text(text.replace("23/23", "13/13").replace("127/", "117/"))  # a level left out
    []
    """
    para = context.paragraph
    text, base = para.text, para.offset
    mentions = context.mentions
    spans = sentence_spans(text)
    tables = context.state.figures
    tables.feed(context)
    before: tuple[Paragraph, Sequence[Mention], tuple[int, int]] | None = None
    if tables.previous_sentence is not None:
        prev_para, prev_mentions = tables.previous_sentence
        prev_spans = sentence_spans(prev_para.text)
        if prev_spans:
            before = (prev_para, prev_mentions, prev_spans[-1])
    j = 0
    for start, stop in spans:
        local: list[Mention] = []
        while j < len(mentions) and mentions[j].start - base < stop:
            if mentions[j].start - base >= start:
                local.append(mentions[j])
            j += 1
        previous, before = before, (para, local, (start, stop))
        if previous is None or not local or _DETAIL_OPENER.match(text, start, stop) is None:
            continue
        prev_para, prev_local, (p_start, p_stop) = previous
        p_base = prev_para.offset
        totals = _pairs(
            [m for m in prev_local if p_start <= m.start - p_base < p_stop], prev_para.text, p_base
        )
        parts = _pairs(local, text, base)
        if not totals or len(totals) != 1 or parts is None or len(parts) < 2:
            continue
        n, d = totals[0]
        if not (_plain(n) and _plain(d)) or n.value > d.value or d.unit in (None, "%"):
            continue
        noun = _first_word(d.unit)
        if any(
            not (_plain(a) and _plain(b))
            or a.value > b.value
            or b.value == d.value
            or (b.unit is not None and _first_word(b.unit) not in (noun, _UNITS))
            for a, b in parts
        ):
            continue
        said = set(_YEAR.findall(prev_para.text, p_start, p_stop))
        if set(_YEAR.findall(text, start, stop)) - said:
            continue  # another year's figures
        nums = [a for a, _b in parts]
        dens = [b for _a, b in parts]
        if sum((b.value for b in dens), Decimal(0)) == d.value:
            yield from _report(context, n, nums, where=prev_para)
        elif (
            sum((a.value for a in nums), Decimal(0)) == n.value
            and sum((b.value for b in dens), Decimal(0)) > d.value
        ):
            yield from _report(context, d, dens, where=prev_para)


#: Rule numerator-totals (2g), run right after rule 2c (``_registry.CHECKS``).
CHECK = Check(
    "numerator-totals",
    check_numerator_totals,
    ("total-mismatch",),
    wording="prose",
    needs_figures=True,
)
