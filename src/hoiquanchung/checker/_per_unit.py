"""Rule 2c: amounts given *each* (*mỗi*): a count times an amount per unit.

"phân bổ số tiền 30 tỷ đồng cho 3 tỉnh Quảng Ngãi, Gia Lai, Đắk Lắk (mỗi tỉnh 10 tỷ đồng)":
the 30 tỷ are 3 × 10 tỷ.  "Nghệ An, Hà Tĩnh và Quảng Trị mỗi tỉnh nhận 30 tỷ đồng" is 3 × 30
tỷ: the provinces are named, not counted.  The rule finds each amount after *mỗi X* or
written per unit (``25 triệu đồng/nhà``, ``1.100.000đ/suất``), the number it applies to, and
checks:

* a **direct** total: in the same item (between ``;``), the one figure of the same unit before
  the count ("30 tỷ đồng cho 3 tỉnh ... mỗi tỉnh 10 tỷ đồng");
* a **list** of such items, every item a product or one plain amount (at least one product),
  against its total: the one figure of that unit before *gồm* in the sentence; the one figure
  of that unit in the sentence before, when the list begins *Cụ thể,* / *Cụ thể:*
  (not *Cụ thể như*, which gives examples); or the figure a next sentence beginning *Tổng*
  states ("... 121 suất ..., mỗi suất trị giá 1 triệu đồng; 8 suất ..., mỗi suất trị giá 3 triệu
  đồng. Tổng giá trị các suất học bổng là 145 triệu đồng").

A **value each in its own sentence**: a sentence that opens *Mỗi X trị giá* (*có giá trị*,
*giá trị*, *là*) and its amount, the one exact count of X outside brackets in the sentence
before, the first figure of the next sentence when it opens with *Tổng*, in the amount's unit:
"... trao 400 suất quà ... (mỗi xã 100 suất). Mỗi suất quà trị giá 600.000 đồng, ... Tổng kinh
phí chương trình là 240 triệu đồng" (400 × 600.000 đồng).  "Mỗi suất gồm 1 triệu đồng tiền
mặt và vở học tập" is not the value of a suất: nothing is multiplied.

**Products one a sentence**: every sentence of the paragraph before one that opens with *Tổng*
holds one count and its price each and no other amount (or tells what each portion holds, *Mỗi
suất quà gồm có ...*, passed over): the products make the *Tổng* sentence's first amount.

A sentence of the products may itself be a **list** of them (:func:`_listed`: "Cụ thể, 50
suất quà ..., mỗi suất trị giá 1 triệu đồng; 50 suất quà ..., mỗi suất trị giá 1 triệu đồng"),
and a sentence without an amount may state the count of all the portions ("Đoàn đã trao tổng
cộng 150 suất quà"), checked against the products' portions (a warning).

**A total named by what it bought** ("Tổng kinh phí trao xe lăn 32 triệu đồng"): the one count
of that noun in the sentence before and its price each in brackets (20 xe lăn × 1,6 triệu).

**Recipients counted per place** ("trao 120 suất học bổng cho học sinh thuộc 40 phường, xã
..., mỗi địa phương 3 em"): a suất each at least, so more recipients than portions is a warning.

A list that begins *Trong đó,* or follows *trong đó* may give some items only: it is reported
only when its products already exceed the total (a warning).  Items are split by ``;``, or by
``,`` when there is neither ``;`` nor *mỗi*.

More readings: the total **spent before the count** and the value each in the next
sentence ("chi 400 triệu đồng để xây dựng 5 căn nhà ..." / "Mỗi căn nhà trị giá 80 triệu đồng";
quiet when that sentence holds other money, a share of the cost, or when a value is set against
a support, *hỗ trợ*); the value each **alone in its brackets** or **after the total** ("50 suất
(mỗi suất 2 triệu đồng), tổng trị giá ...", "100 suất quà với tổng trị giá 60 triệu đồng, mỗi
suất trị giá 500.000 đồng"); places **named after *các xã*** or counted **in words** ("hai tỉnh
Thanh Hóa, Thừa Thiên - Huế mỗi tỉnh ..."); a **value and cash each** read both ways (a warning
when the total holds under neither).  Never a product: an amount each per period (``/tháng``,
*mỗi năm*, *trong 2 năm*), an average (*bình quân*), a floor or a ceiling (*từ*, *đến*); a
total over several periods or of a wider scope (*cả năm*, *toàn tỉnh*) is no total of them; a
product whose sentence gives more besides is a lower bound.

The count of X is the count(s) of X (first word) before *mỗi* in the item (for an amount per
unit, the count of that unit, else the one count before it in the item); for *mỗi địa
phương* / *mỗi đơn vị*, every count of places there ("6 tỉnh ... cùng 3 thành phố"); with no
count, the names listed before *mỗi*, each with a capital letter.  When any of these is unclear
the rule says nothing.  ``total-mismatch`` (error) when the total differs from the products at
its written precision.

A **bare total in đồng is held to the đồng** when every term is a product.  A report
that rounds the products of what it gave each says so ("Tổng kinh phí quà tặng trên 77 triệu
đồng" for 110 suất of 500.000 đồng and *gần* 205.000 đồng), and every total in đồng that the
rule reads in the corpus holds exactly; so a bare total that holds its products only by
rounding ("78 triệu đồng" for 150 × 521 ngàn đồng) is a warning (never for *hơn*, *gần*,
*khoảng* ..., nor for goods weighed: "1,5 tấn" for 153 × 10 kg; nor when a plain amount is
among the terms, which keeps the written precision).  The value and the cash each are read
both ways to the đồng too.  A value each in its own sentence finds its count when the other
counts of the sentence before only **detail** it: "70 suất quà ... gồm xã Xuân Đài 20 suất,
xã Thu Cúc 20 suất và Lai Đồng 30 suất" / "Mỗi suất quà trị giá 1 triệu đồng tiền mặt, tổng trị
giá 70 triệu đồng".

Places may be named right after the noun of *mỗi X*, without *các* or after a colon ("hỗ trợ
tỉnh Thanh Hóa, Nghệ An, Quảng Trị, Sơn La mỗi tỉnh 1 tỷ đồng", "5.000 tấn gạo từ nguồn dự trữ
quốc gia cho các tỉnh: Quảng Bình, ..., Quảng Nam và Hà Tĩnh, mỗi tỉnh 1.000 tấn"); a percentage
counts no units ("252 hộ có nhà bị tốc mái trên 70%, mức hỗ trợ 15 triệu đồng/nhà"); a list
opened by *Theo đó,* is the detail of the sentence before, as one opened by *Cụ thể,*; after the
one ``;`` of a sentence, *mỗi X ...* belongs to the item before ("... trên địa bàn 2 huyện Kbang
và Kông Chro; mỗi huyện 50 suất quà"); what a value each is made of, alone in brackets right
after it, is passed over before the total ("mỗi phần quà trị giá 600.000đ (gồm tiền mặt
500.000đ, hiện vật 100.000đ), tổng trị giá 780.000.000đ"), and a *và* after *cho* joins those
the portions went to, it adds no goods.  The total spent before its count may be spent *to
support* or *to give* the portions ("thành phố dành 5,28 tỷ đồng để hỗ trợ 5.280 suất quà Tết
cho các hộ cận nghèo và hộ có hoàn cảnh đặc biệt khó khăn ..." / "Mỗi suất quà trị giá 1 triệu
đồng tiền mặt; ..."): a *và* that joins recipients adds nothing, a value each in cash ends there,
and a support towards portions is their value (only a support towards houses or cows may be
less than what each is worth).  A value each may be said *được nhận / trao / tặng / cấp*.
Places given the same each may be counted by *mỗi nơi* too, named after *cho* or *trên địa
bàn*, each perhaps with its own noun ("phân bổ 1 tỷ đồng khắc phục thiệt hại do mưa lũ gây ra
năm 2020 trên địa bàn huyện Phước Sơn và Nam Trà My, mỗi đơn vị nhận hỗ trợ 500 triệu đồng":
2 × 500 triệu); a piece that is no name ("cho các hộ dân ở Đà Nẵng mỗi nơi ...") leaves it
unread.
"""

from __future__ import annotations

import bisect
import decimal
import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker import _totals
from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._counted_places import COUNT_WORDS
from hoiquanchung.checker._kinds import (
    measure_units,
    names_recipient,
    portion_nouns,
    recipient_nouns,
)
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import (
    Gated,
    led_by,
    may_contain_between,
    occurrences,
    per_unit,
)
from hoiquanchung.checker._place_allocations import check_place_allocations
from hoiquanchung.checker._rules import make_finding, sum_contradicts, total_mismatch, write_number
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._vocabulary import bound_alternation

__all__ = ["CHECK", "check_per_unit"]

_EACH = led_by("m", re.compile(r"\bmỗi\s+[“\"]?(?P<x>\w+(?:\s+phương|\s+vị)?)", re.IGNORECASE))
_SLASH_UNIT = led_by(
    r"\dđ", re.compile(r"(?:\d\s*đ|đồng)\s*/\s*(?:0?1\s+)?[^\W\d_]", re.IGNORECASE)
)
_EACH_AT = Gated(_EACH, ("mỗi",))  # where its first word starts, only (speed)
# What follows the slash of an amount each ("300.000 đồng/hộ", "1 triệu đồng/01 suất").
_AFTER_SLASH = re.compile(r"\s*(?:0?1\s+)?[^\W\d_]")
# The letter every match of _EACH holds right after its first letter (either case).
_EACH_LETTER = re.compile("[ỗỖ]")
_PLACES = frozenset({"địa phương", "đơn vị", "nơi"})
_DETAIL = re.compile(
    r"[\s\u2060\-–•*+]*(?:(?P<whole>cụ\s+thể|theo\s+đó)|trong\s+đó)\s*[,:](?!\s*như)",
    re.IGNORECASE,
)
_LIST_MARKER = led_by("gt", re.compile(r"\b(?P<m>gồm|trong\s+đó)\b\s*(?:có\s+)?:?", re.IGNORECASE))
# A sentence that opens with the total of what came before; not one of a wider scope ("Tổng
# kinh phí cả năm của Hội ...", "Tổng trị giá quà tặng năm 2025 ...", "... toàn tỉnh ...").
_SUM_NEXT = re.compile(
    r"[\s\u2060]*tổng\b(?![^\d.;:]{0,60}?(?<!\w)(?:cả\s+năm|trong\s+năm|năm\s+(?:19|20)\d\d"
    r"|toàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|quốc|ngành|hội)|lũy\s+kế|từ\s+đầu)(?!\w))",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^\s*(?:cụ\s+thể|trong\s+đó|riêng)\s*[,:]?\s*", re.IGNORECASE)
# Led by a white space or a comma, which every match starts with (speed: see led_by).
_NAME_SPLIT = led_by(r"\s,", re.compile(r"\s*,\s*|\s+và\s+|\s+cùng\s+", re.IGNORECASE))
_MAX_WORDS_IN_NAME = 4
# A bound on the work of one sentence (lists of allocations are far shorter).
_MAX_FIGURES = 120
_MAX_SENTENCE = 4000


@attrs.frozen
class _Item:
    """One item of a list: its product (or plain amount), the unit, the figures it used."""

    value: Decimal
    unit: str
    terms: str
    each: Mention | None
    count: Decimal | None = None  # the number the amount each applies to


def _unit(m: Mention) -> str:
    return (m.unit or "").casefold()


def _first(m: Mention) -> str:
    """The first word of *m*'s unit, case-folded (``""`` for none): made once for each unit
    written (the rule asks for it of every figure of a list again and again; at most
    :data:`_FIRSTS_KEPT` short units kept, so memory stays flat).

    >>> from hoiquanchung.checker import extract
    >>> [_first(m) for m in extract("trao 120 Suất học bổng cho 40 xã, 5%")]
    ['suất', 'xã', '%']
    """
    unit = m.unit
    found = _FIRSTS.get(unit)
    if found is None:
        found = (unit or "").casefold().split(" ")[0]
        if unit is None or len(unit) <= _MAX_KEPT_UNIT:
            if len(_FIRSTS) >= _FIRSTS_KEPT:
                _FIRSTS.clear()
            _FIRSTS[unit] = found
    return found


_FIRSTS: dict[str | None, str] = {}
_FIRSTS_KEPT = 512
_MAX_KEPT_UNIT = 100


def _each_search(text: str, start: int = 0, stop: int | None = None) -> re.Match[str] | None:
    """``_EACH.search(text, start, stop)``, tried only where its match can start: right before
    an *ỗ* (every match starts "mỗi"; the search would try every "m"; speed).

    >>> _each_search("Tặng 5 suất, MỖI suất 1 triệu đồng").group("x")
    'suất'
    """
    stop = len(text) if stop is None else stop
    if "Ỗ" in text:  # (rare) the capital too: both letters, in order
        for letter in _EACH_LETTER.finditer(text, start + 1, stop):
            found = _EACH.match(text, letter.start() - 1, stop)
            if found is not None:
                return found
        return None
    # The small letter only: found by str.find, a loop in C that needs no match object (speed).
    # A match opens with "m" or "M" (the only letters a case-blind "m" takes) right before it:
    # the "ỗ" of "hỗ trợ", "chỗ", "lỗi" is not tried (a match costs more than the test).
    at = text.find("ỗ", start + 1, stop)
    while at >= 0:
        if text[at - 1] in "mM":
            found = _EACH.match(text, at - 1, stop)
            if found is not None:
                return found
        at = text.find("ỗ", at + 1, stop)
    return None


def _has_amount_per_unit(text: str) -> bool:
    """Whether ``_SLASH_UNIT.search(text)`` finds a match (an amount each written with a slash),
    read from each slash of *text* instead of trying every digit (speed).

    >>> _has_amount_per_unit("300.000 đồng / hộ"), _has_amount_per_unit("5đ/01 suất")
    (True, True)
    >>> _has_amount_per_unit("ngày 12/5, 30/4"), _has_amount_per_unit("ĐỒNG/2")
    (False, False)
    """
    at = text.find("/")
    while at >= 0:
        # The amount's word first: a test in Python, cheaper than a match (speed).
        if _amount_before(text, at) and _AFTER_SLASH.match(text, at + 1) is not None:
            return True
        at = text.find("/", at + 1)
    return False


def _amount_before(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends with ``(?:\\d\\s*đ|đồng)\\s*`` (case-blind)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end >= 4 and text[end - 4 : end].lower() == "đồng":
        return True
    if end == 0 or text[end - 1] not in "đĐ":
        return False
    end -= 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1].isdecimal()


def check_per_unit(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2c in one paragraph, then of rule 2p
    (:mod:`hoiquanchung.checker._place_allocations`, allocations to a counted set of places
    detailed place by place), which reports only a total 2c left unread.

    >>> from hoiquanchung.checker import check_text
    >>> text = "Phân bổ 35 tỷ đồng cho 3 tỉnh Quảng Ngãi, Gia Lai, Đắk Lắk (mỗi tỉnh 10 tỷ đồng)."
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '35 tỷ đồng', '30.000.000.000 đồng')]

    A plain function, not a generator: the paragraph is fed at the call, and rule 2c is read
    only when its words may be there (what :func:`_per_unit` reads first: " cho ", *mỗi*, a
    sum of the items above, an amount each with a slash; most paragraphs have none, and no
    generator is made for them; speed).  Rule 2p reads on after it, as its generator is made
    here but runs only once rule 2c's findings are out.
    """
    context.state.figures.feed(context)
    text = context.text
    if (
        " cho " not in text
        and "ỗ" not in text
        and "Ỗ" not in text
        and _SUM_NEXT.match(text) is None
        and not _has_amount_per_unit(text)
    ):
        return check_place_allocations(context)
    return itertools.chain(_per_unit(context), check_place_allocations(context))


def _per_unit(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2c in one paragraph (see :func:`check_per_unit`)."""
    tables = context.state.figures
    tables.feed(context)
    previous = tables.previous_sentence
    text, base = context.text, context.paragraph.offset
    if " cho " in text:
        yield from _portions(context)
        if "ỗ" in text or "Ỗ" in text:
            yield from _recipients_each(context)
    # The searches try every position; a letter or sign they need is looked for first.
    if "ỗ" in text or "Ỗ" in text:
        yield from _measure_each(context)
    if _SUM_NEXT.match(text):
        yield from _products_above(context)
        yield from _some_above(context)
        if _TOTAL_OF.match(text):
            head = next(iter(_totals.sentences(text)))
            heads = [m for m in context.mentions if m.start - base < head[1]]
            yield from _total_of_one(context, heads, 0, [head], 0)
    each = ("ỗ" in text or "Ỗ" in text) and _each_search(text) is not None
    if not each and not _has_amount_per_unit(text):
        return  # no amount given each
    depth = _totals._depths(text)
    spans = list(_totals.sentences(text))
    seen: list[Finding] | None = None
    starts = [m.start - base for m in context.mentions]
    for n, (s_start, s_end) in enumerate(spans):
        first, stop = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        local = context.mentions[first:stop]
        if not local or len(local) > _MAX_FIGURES or s_end - s_start > _MAX_SENTENCE:
            continue  # no figure, or a sentence too long to be a list of allocations
        found = _carried(context, starts, s_start, s_end, depth, spans, n)
        if _DETAIL_OF_BEFORE.match(text, s_start):
            found += _places_before(context, local, s_start, s_end, depth, spans, n)
            found += _shares_each_before(context, local, s_start, s_end, spans, n)
        if _SOME_PRICED.match(text, s_start):
            found += _some_priced(context, local, s_start, s_end, depth, spans, n)
        if _DETAIL_OR_SOME.match(text, s_start) and "còn lại" in text[s_start:s_end]:
            found += _rest_each(context, local, s_start, s_end, depth, spans, n)
        if n > 0 and _SUM_NEXT.match(text, s_start):
            found += _sentence_products(context, starts, spans, n)
        if not found and _EACH_NEXT_OPENS.match(text, s_start, s_end):
            found += _each_next(context, starts, depth, spans, n)
        if len(local) >= 3 and "tiền mặt" in text[s_start:s_end]:
            found += _value_and_cash(context, local, s_start, s_end, spans, n)
        if not found and "tiền mặt" in text[s_start:s_end]:
            found += _portions_made_of(context, starts, depth, spans, n)
        if n > 0 and _TOTAL_OF.match(text, s_start):
            found += _total_of_one(context, local, s_start, spans, n)
        if n > 0 and len(local) >= 3 and _RUNNING.search(text, s_start, s_end):
            found += _running_total(context, local, s_start, s_end, spans, n)
        if len(local) >= 3 and "gồm" in text[s_start:s_end]:
            found += _composed(context, local, s_end, depth)
        if len(local) >= 2:  # a list or a direct total needs two figures at least
            found += _sentence(context, local, s_start, s_end, depth)
            found += _list(context, local, s_start, s_end, depth, spans, n, previous)
        if not found and len(local) >= 4:
            found += _counts_priced(context, local, s_start, s_end, depth, spans, n)
        for f in found:
            if seen is None:
                seen = list(_totals.check_totals(context))
            if any((r.line, r.column) == (f.line, f.column) for r in seen):
                continue
            yield f


# After the one ";" of a sentence, what each of its item's units got: "trao 100 suất quà ...
# trên địa bàn 2 huyện Kbang và Kông Chro; mỗi huyện 50 suất quà" (one item, not two).  Not
# when the item before is itself an amount each, or the item after holds a product of its own
# (a second *mỗi*): "mỗi đơn vị cấp xã thành lập 1 Tổ công nghệ số cấp xã; mỗi đơn vị cấp xã lựa
# chọn 2 thôn, mỗi thôn thành lập 1 Tổ" (Quảng Trị, 2022; corpus
# h82-vietnamnet-quangtri-to-cns-2022): two items, the first no total of the second's 2 × 1.
_EACH_AFTER_CUT = re.compile(r"\s*mỗi\s", re.IGNORECASE)


def _segments(text: str, start: int, stop: int, depth: Sequence[int]) -> list[tuple[int, int]]:
    cuts = [i for i in occurrences(text, ";", start, stop) if depth[i] == depth[start]]
    if (
        len(cuts) == 1
        and (after := _EACH_AFTER_CUT.match(text, cuts[0] + 1)) is not None
        and _each_search(text, start, cuts[0]) is None
        and _each_search(text, after.end(), stop) is None
    ):
        cuts = []
    edges = [start - 1, *cuts, stop]
    return [(edges[i] + 1, edges[i + 1]) for i in range(len(edges) - 1)]


def _commas(text: str, start: int, stop: int, depth: Sequence[int]) -> list[tuple[int, int]]:
    """Items split by ``,`` outside brackets (a list with no ``;`` and no *mỗi*)."""
    cuts = [i for i in occurrences(text, ",", start, stop) if depth[i] == depth[start]]
    edges = [start - 1, *cuts, stop]
    return [(edges[i] + 1, edges[i + 1]) for i in range(len(edges) - 1)]


def _product(
    context: ParagraphContext, local: Sequence[Mention], a: int, b: int
) -> tuple[Mention, Decimal, str] | None:
    """The amount each, the number it applies to and how it was counted, in ``text[a:b]``."""
    text, base = context.text, context.paragraph.offset
    inside = [m for m in local if a <= m.start - base < b]
    for each_word in _EACH_AT.finditer(text, a, b):
        after = [m for m in inside if m.start - base >= each_word.end()]
        if not after or after[0].start - base - each_word.end() > 40:
            continue
        each = after[0]
        if _unit(each) != "đồng" and _portion_or_noun(each) not in ("portions", "recipients"):
            # "mỗi phần gồm 10 kg gạo trị giá 200 nghìn đồng": what a portion holds, then its
            # worth; "mỗi phần gồm 10 kg gạo và nhu yếu phẩm, mỗi phần quà trị giá 350 nghìn
            # đồng": the worth each after the next "mỗi".
            if len(after) > 1 and _WORTH.fullmatch(text, each.end - base, after[1].start - base):
                each = after[1]
            elif _EACH_AT.search(text, each.end - base, b):
                continue
        if _UP_TO.search(text, max(a, each.start - base - 12), each.start - base):
            return None  # "mỗi xã được hỗ trợ đến 50 triệu đồng": a ceiling, not the value
        if _PERIOD.match(text, each.end - base):
            return None  # "mỗi người 2 triệu đồng/tháng": the total may be of many months
        if _AVERAGE.search(text, max(a, each_word.start() - 30), each.start - base):
            return None  # "bình quân mỗi xã 12 suất": an average, perhaps rounded
        x = each_word.group("x").casefold()
        before = [m for m in inside if m.end - base <= each_word.start() and m is not each]
        counts = [m for m in before if _counts_units(m, each)]
        chosen = counts if x in _PLACES else [m for m in counts if _first(m) == x.split(" ")[0]]
        if chosen:
            if any(m.bound is not Bound.EXACT for m in chosen):
                return None
            if len(chosen) > 1 and _LIST_MARKER.search(
                text, chosen[0].end - base, chosen[-1].start - base
            ):
                return None  # "300 suất quà, trong đó 100 suất mỗi suất ...": a part, not more
            number = sum((m.value for m in chosen), Decimal(0))
            how = " + ".join(write_number(m.value) for m in chosen)
            return each, number, how
        if counts:
            return None  # counts of something else before "mỗi": unclear
        names = _names(text[a : each_word.start()])
        if names is None and x in _PLACES:
            names = _places_named(text, a, each_word.start())
        worded = _WORDED.match(text, a, each_word.start())
        if (
            names is None
            and worded
            and worded.group("x").casefold() == x.split(" ")[0]
            and not any(c.isdigit() for c in text[worded.end() : each_word.start()])
        ):
            # "hai tỉnh Thanh Hóa, Thừa Thiên - Huế mỗi tỉnh 500 triệu đồng": a count in words
            n = _SMALL.get(worded.group("n").casefold())
            if n is None:
                return None  # a case twin of a count word ("haı", dotless ı): no count
            return each, Decimal(n), str(n)
        if names is None:
            # "Hỗ trợ 150 triệu đồng cho các xã An Bình, Tân Phú và Long Hòa, mỗi xã 50 triệu
            # đồng": the names after "các xã", the noun of "mỗi xã".
            named = (
                max(
                    _NAMED_AS.finditer(text, a, each_word.start()),
                    key=lambda m: m.start(),
                    default=None,
                )
                if text.find("các", a, each_word.start()) >= 0  # in every match (speed)
                else None
            )
            if named is None or named.group("x").casefold() != x.split(" ")[0]:
                named = _named_after_noun(text, a, each_word.start(), x.split(" ")[0])
            if named is None:
                return None
            names = _names(text[named.end() : each_word.start()])
            if names is None:
                return None
        return each, Decimal(names), str(names)
    for each in inside:
        x = per_unit(text, each.end - base)
        if not x or _breakdowns_kind(each) != "money":
            continue
        if _UP_TO.search(text, max(a, each.start - base - 12), each.start - base):
            return None  # "hỗ trợ đến 40 triệu đồng/nhà": a ceiling
        if _AVERAGE.search(text, max(a, each.start - base - 30), each.start - base):
            return None  # "dư nợ bình quân 80 triệu đồng/hộ": an average, perhaps rounded
        # "25 triệu đồng/nhà", "1.100.000đ/suất": an amount per unit of the count before it.
        counts = [m for m in inside if m.end <= each.start and _counts_units(m, each)]
        chosen = [m for m in counts if _first(m) == x] or (counts if len(counts) == 1 else [])
        if not counts:
            # "30 triệu đồng/ nhà cho 36 nhà": the price first, the count of its unit after cho.
            to = _FOR_COUNT.match(text, each.end - base)
            later = [m for m in inside if m.start > each.start]
            if to and later and later[0].start - base == to.end() and _first(later[0]) == x:
                chosen = later[:1]
        if len(chosen) != 1 or chosen[0].bound is not Bound.EXACT:
            return None
        return each, chosen[0].value, write_number(chosen[0].value)
    return None


# A period after an amount each: "2 triệu đồng/tháng", "50 triệu đồng mỗi năm", "... trong 2
# năm", "5 triệu đồng/em/năm": a total may be of several periods.
_PERIOD = re.compile(
    r"(?:\s*/\s*(?:[^\W\d_]+\s*/\s*)?|\s+(?:mỗi|một|hằng|hàng|trong(?:\s+\d+)?)\s+)"
    r"(?:năm|tháng|tuần|ngày|quý|kỳ|học\s+kỳ)(?!\w)",
    re.IGNORECASE,
)
# An average: "bình quân mỗi xã 12 suất", "dư nợ bình quân 80 triệu đồng/hộ".
_AVERAGE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)", re.IGNORECASE)
# A total over several periods: "... cho 4 năm học", "... trong 3 năm".
_SPAN = re.compile(
    r"\s+(?:cho|trong|của)\s+(?:\d+|cả|các)\s+(?:năm|tháng|tuần|quý|kỳ|học\s+kỳ)(?!\w)",
    re.IGNORECASE,
)
# A ceiling before an amount each: "được hỗ trợ đến 50 triệu đồng", "lên tới 2 triệu đồng".
_UP_TO = re.compile(r"(?<!\w)(?:đến|tới|từ)\s*\Z", re.IGNORECASE)
# A small count in words opening an item: "hai tỉnh Thanh Hóa, Thừa Thiên - Huế mỗi tỉnh ...".
_SMALL = COUNT_WORDS
_WORDED = re.compile(
    r"[\s\u2060]*(?:(?:cụ\s+thể|trong\s+đó|riêng)\s*[,:]?\s*)?(?P<n>"
    + "|".join(_SMALL)
    + r")\s+(?P<x>[^\W\d_]+)\s+(?=[A-ZĐ])",
    re.IGNORECASE,
)
# Places named after their noun: "các xã An Bình, Tân Phú và Long Hòa".
_NAMED_AS = led_by("cC", re.compile(r"(?<!\w)các\s+(?P<x>[^\W\d_]+)\s+(?=[A-ZĐ])"))
# The noun of "mỗi X" right before the names it counts, with no "các" or after a colon:
# "hỗ trợ tỉnh Thanh Hóa, Nghệ An, Quảng Trị, Sơn La mỗi tỉnh 1 tỷ đồng", "cho các tỉnh: Quảng
# Bình, Quảng Trị, ... và Hà Tĩnh, mỗi tỉnh 1.000 tấn".
_NOUN_NAMED = re.compile(r"(?<!\w)(?P<x>[^\W\d_]+)\s*:?\s+(?=[A-ZĐ])")


def _named_after_noun(text: str, a: int, b: int, x: str) -> re.Match[str] | None:
    """The last place in ``text[a:b]`` where the noun *x* (in small letters: a name's own word
    is capitalised) stands right before capitalised names, perhaps after a colon."""
    found = None
    at = text.find(x, a, b)
    while at >= 0:
        match = _NOUN_NAMED.match(text, at, b)
        if match is not None and match.group("x") == x:
            found = match
        at = text.find(x, at + 1, b)
    return found


# Between a total and the places it went to, named: "150 triệu đồng cho các xã ...", "5.000
# tấn gạo từ nguồn dự trữ quốc gia cho các tỉnh: Quảng Bình, ..." (a few words, no figure).
_TO_NAMED = re.compile(
    r"(?:\s+(?:[^\W\d_]+|năm\s+(?:19|20)\d\d)){0,10}?\s+(?:cho|trên\s+địa\s+bàn)\s+(?:các\s+)?[^\W\d_]+\.?\s*:?\s+"
    r"(?=[A-ZĐ])",
    re.IGNORECASE,
)
# Between what a portion holds and its worth: "10 kg gạo trị giá 200 nghìn đồng".
_WORTH = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+trị\s+giá\s*:?\s*", re.IGNORECASE)
# After a price each, the count it is paid for: "30 triệu đồng/ nhà cho 36 nhà".
_FOR_COUNT = re.compile(r"\s*/\s*(?:0?1\s+)?[^\W\d_]+\s+cho\s+", re.IGNORECASE)


def _counts_units(m: Mention, each: Mention) -> bool:
    """Whether *m* may count the units an amount *each* is given to: a figure with a unit other
    than the amount's, no fraction, and no percentage ("hỗ trợ 252 hộ có nhà bị tốc mái trên
    70%, mức hỗ trợ 15 triệu đồng/nhà": the 70 % tells which houses, it counts none)."""
    return bool(m.unit) and _unit(m) not in (_unit(each), "%") and m.fraction is None


def _breakdowns_kind(m: Mention) -> str | None:
    return "money" if _unit(m) == "đồng" and m.fraction is None else None


# Where the places a total went to begin to be named, before "mỗi nơi" (*mỗi địa phương*, *mỗi
# đơn vị*): "cho TP. Đà Nẵng, tỉnh Quảng Nam mỗi nơi 3 tỉ đồng", "trên địa bàn huyện Phước Sơn
# và Nam Trà My, mỗi đơn vị nhận hỗ trợ 500 triệu đồng".
_TO_PLACES = re.compile(r"(?<!\w)(?:cho|tại|trên\s+địa\s+bàn)\s+(?=\S)", re.IGNORECASE)
# The noun of one place named, before its name: "tỉnh Quảng Nam", "TP. Đà Nẵng".
_PLACE_NOUN = re.compile(
    r"^(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+(?=[A-ZĐ])",
    re.IGNORECASE,
)


def _places_named(text: str, a: int, b: int) -> int | None:
    """How many places are named in ``text[a:b]`` after the last *cho* (*tại*, *trên địa bàn*),
    each perhaps after its own noun ("cho TP. Đà Nẵng, tỉnh Quảng Nam "), for *mỗi nơi* (*mỗi địa
    phương*, *mỗi đơn vị*); ``None`` when any piece is not a name.

    >>> t = "hỗ trợ kinh phí cho TP. Đà Nẵng, tỉnh Quảng Nam mỗi nơi 3 tỉ đồng"
    >>> _places_named(t, 0, t.index("mỗi"))
    2
    >>> t = "hỗ trợ cho các hộ dân ở Đà Nẵng mỗi nơi 3 tỉ đồng"
    >>> _places_named(t, 0, t.index("mỗi")) is None
    True
    """
    start = max(_TO_PLACES.finditer(text, a, b), key=lambda m: m.start(), default=None)
    if start is None:
        return None
    segment = text[start.end() : b].strip(" ,:")
    pieces = [_PLACE_NOUN.sub("", p.strip()) for p in _NAME_SPLIT.split(segment)]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        words = piece.split()
        if not words or len(words) > _MAX_WORDS_IN_NAME or not all(w[:1].isupper() for w in words):
            return None
    return len(pieces)


def _names(segment: str) -> int | None:
    """How many capitalised names are listed in *segment* ("Nghệ An, Hà Tĩnh và Quảng Trị")."""
    segment = _LEAD.sub("", segment.replace("\u2060", " ")).strip(" ,:(")
    words = segment.split()
    if words and words[0].casefold() in ("các", "những"):
        # "các xã An Bình, Tân Phú và Long Hòa": the names start at the first capital (after
        # "Các" itself, at the start of a sentence).
        words.pop(0)
        while words and not words[0][:1].isupper():
            words.pop(0)
        segment = " ".join(words)
    if not segment:
        return None
    pieces = [p.strip() for p in _NAME_SPLIT.split(segment)]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        words = piece.split()
        if not words or len(words) > _MAX_WORDS_IN_NAME or not all(w[:1].isupper() for w in words):
            return None
    return len(pieces)


def _sentence(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
) -> Iterator[Finding]:
    """Direct totals: "30 tỷ đồng cho 3 tỉnh ... (mỗi tỉnh 10 tỷ đồng)"."""
    text, base = context.text, context.paragraph.offset
    segments = _segments(text, s_start, s_end, depth)
    products = [_product(context, local, a, b) for a, b in segments]
    alone = [  # a product with no other figure of its unit in its item (no total of its own)
        p is not None
        and not any(
            a <= m.start - base < b and _unit(m) == _unit(p[0]) and m is not p[0] for m in local
        )
        for (a, b), p in zip(segments, products, strict=True)
    ]
    for k, (a, b) in enumerate(segments):
        found = products[k]
        if found is None:
            continue
        each, number, _how = found
        if each.bound is not Bound.EXACT:
            continue
        made_of = _MADE_OF_VALUE.match(text, each.end - base)
        inner = (each.end, made_of.end() + base) if made_of else (each.end, each.end)
        same = [
            m
            for m in local
            if a <= m.start - base < b
            and _unit(m) == _unit(each)
            and m is not each
            and not inner[0] <= m.start < inner[1]
        ]
        if len(same) == 1 and same[0].start > each.start:
            yield from _total_after(context, local, a, each, number, same[0])
            continue
        if len(same) != 1 or any(alone[k + 1 :]):
            # "Tổng trị giá 35 triệu đồng, gồm: 20 suất ..., mỗi suất 1 triệu đồng; 30 suất
            # quà, mỗi suất 500.000 đồng": the items after, with no total of their own, are
            # of the same total (a list, rule :func:`_list`).
            continue
        total = same[0]
        between = [m for m in local if total.end <= m.start < each.start and m.unit]
        if not between:
            if _named_total(context, local, a, each, total):
                value = _EXACT.multiply(number, each.value)
                terms = f"{number} × {each.text}"
                yield from _report(context.paragraph, context.file, total, value, terms)
                continue
            yield from _total_then_price(context, local, a, each, total)
            yield from _total_then_each(context, local, a, each, total)
            continue
        if total.bound is not Bound.EXACT or per_unit(text, total.end - base):
            continue  # "... 1 triệu đồng/suất, 50 suất mỗi suất 500.000 đồng": two prices
        if _ITEM_ADDED.match(text, total.end - base, between[0].start - base):
            # "sách ... với tổng trị giá 5 triệu đồng, cùng 50 suất học bổng (700.000
            # đồng/suất)": the total closes its own item; *cùng* adds a second item, priced
            # each, whose total is not written (50 × 700.000 is not of the 5 triệu).
            continue
        at = total.start - base
        if depth[at] > depth[a] and ")" in text[total.end - base : between[0].start - base]:
            continue  # "20 xe lăn (trị giá 1,6 triệu đồng) và 20 suất quà (...)": its own note
        if _more_given_after(text, base, local, each, b):
            continue
        value = _EXACT.multiply(number, each.value)
        yield from _report(context.paragraph, context.file, total, value, f"{number} × {each.text}")


# "... trích kinh phí 14 triệu đồng ... tặng 131 phần quà ..., mỗi phần quà trị giá 100 nghìn
# đồng và tặng 18 phần quà cho trẻ em đồng bào dân tộc Bana" (Bình Định; corpus
# h85-binhdinh-gov-phu-cat-tuy-phuoc-quy-btte-1-6): a count given besides, after the value each
# and *và* (*cùng*), unpriced, is paid from the same total.
_MORE_GIVEN = re.compile(
    r"(?<!\w)(?:và|cùng)\s+(?:(?:đã\s+)?(?:trao\s+tặng|trao|tặng|hỗ\s+trợ|cấp|phát)\s+)?\Z",
    re.IGNORECASE,
)


def _more_given_after(
    text: str, base: int, local: Sequence[Mention], each: Mention, stop: int
) -> bool:
    """Whether a count is given besides after the value *each*, in its item (up to *stop*):
    *và* (*cùng*) and a count of what *mỗi* named before the value each, right after it ("mỗi
    suất quà trị giá 1 triệu đồng tiền mặt và 1 túi quà": what each holds, no more portions).

    >>> from hoiquanchung.checker import extract
    >>> t = "tặng 131 phần quà, mỗi phần quà trị giá 100 nghìn đồng và tặng 18 phần quà"
    >>> ms = extract(t)
    >>> _more_given_after(t, 0, ms, ms[1], len(t))
    True
    """
    named: list[str] = []
    for found in _EACH.finditer(text, max(0, each.start - base - 80), each.start - base):
        noun = _EACH_NOUN.match(text, found.start("x"))
        named = noun.group().casefold().split() if noun is not None else []
    if not named:
        return False
    for m in local:
        at = m.start - base
        if m.start <= each.start or at >= stop or m.bound is not Bound.EXACT:
            continue
        # The same noun, or one of two words whose last word is the same (the page's "18 phàn
        # quà" for "phần quà").
        words = _unit(m).split()
        same = words[:1] == named[:1] or (len(words) == len(named) == 2 and words[1] == named[1])
        if same and _MORE_GIVEN.search(text, max(0, at - 24), at):
            return True
    return False


# The noun after "mỗi": one or two words, no figure ("mỗi phần quà trị giá": "phần quà").
_EACH_NOUN = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?")


# Right after a total, a word that adds a second item beside it (not one it is made of):
# "... tổng trị giá 5 triệu đồng, cùng 50 suất học bổng (700.000 đồng/suất)".
_ITEM_ADDED = re.compile(
    r"\s*,?\s*(?:cùng(?:\s+với)?|kèm(?:\s+theo)?|và|ngoài\s+ra)\s+(?:\S+\s+){0,2}?\Z",
    re.IGNORECASE,
)


def _named_total(
    context: ParagraphContext, local: Sequence[Mention], a: int, each: Mention, total: Mention
) -> bool:
    """Whether *total* is given to places named, each given *each*: "Hỗ trợ 150 triệu đồng
    cho các xã An Bình, Tân Phú và Long Hòa, mỗi xã 50 triệu đồng" (the total the only figure
    before the value each in its item, right before *cho các xã* and the names)."""
    base = context.paragraph.offset
    before = [m for m in local if a <= m.start - base and m.end <= each.start]
    if before != [total] or not _plain_exact(total) or not _plain_exact(each):
        return False
    return _TO_NAMED.match(context.text, total.end - base) is not None


# The total, then the price each in brackets right after it: "... tổng trị giá 45 triệu đồng
# (600 ngàn đồng/suất)", "45 triệu đồng (trị giá 600 ngàn đồng/suất)".
_PRICE_AFTER_TOTAL = re.compile(
    r"\s*\(\s*(?:(?:trị\s+giá|giá\s+trị|mức|định\s+mức)\s*:?\s*)?", re.IGNORECASE
)


def _total_then_price(
    context: ParagraphContext, local: Sequence[Mention], a: int, each: Mention, total: Mention
) -> Iterator[Finding]:
    """A count, its total, then the price each in brackets: "trao tặng 75 suất quà Tết có
    tổng trị giá 45 triệu đồng (600 ngàn đồng/suất) cho các hộ ..." (75 × 600 ngàn).

    The item holds, before the price, exactly two figures: one exact count of the unit of the
    price (*suất* of *đồng/suất*) and the total after it, named *tổng trị giá* (*tổng kinh
    phí*, *tổng số tiền*...) with nothing added between ("75 suất quà và 20 xe đạp, tổng trị
    giá ..." may cost more); the price follows the total right away, alone in its brackets.
    """
    text, base = context.text, context.paragraph.offset
    unit = per_unit(text, each.end - base)
    before = [m for m in local if a <= m.start - base and m.end <= each.start]
    if not unit or len(before) != 2 or before[1] is not total or not _plain_exact(total):
        return
    count = before[0]
    if not _plain_exact(count) or _first(count) != unit or not _plain_exact(each):
        return
    gap = text[count.end - base : total.start - base]
    if not _TOTAL_WITH_COUNT.fullmatch(gap) or _ADDED.search(gap):
        return
    if not _PRICE_AFTER_TOTAL.fullmatch(text, total.end - base, each.start - base):
        return
    if not re.match(r"\s*/\s*(?:0?1\s+)?[^\W\d_]+\s*\)", text[each.end - base :]):
        return  # something else in the brackets: perhaps not the price of every portion
    value = _EXACT.multiply(count.value, each.value)
    terms = f"{write_number(count.value)} × {each.text}"
    yield from _report(context.paragraph, context.file, total, value, terms)


# "mỗi suất gồm gạo, bánh, mứt ... trị giá 500.000 đồng, kèm 500.000 đồng tiền mặt", "mỗi suất
# trị giá 500 nghìn đồng và 400 nghìn đồng tiền mặt": a value and cash each (read both ways).
_EACH_WORTH = re.compile(
    r"[^;.:()\d]{0,80}?(?<!\w)(?:trị\s+giá|giá\s+trị)\s*:?\s*\Z", re.IGNORECASE
)
_AND_CASH = re.compile(r"\s*,?\s*(?:kèm(?:\s+theo)?|và|cùng(?:\s+với)?)\s+\Z", re.IGNORECASE)
_CASH = re.compile(r"\s+tiền\s+mặt\b", re.IGNORECASE)


def _value_and_cash(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """Portions each worth a value and given cash besides, against their total: "trao 100 suất
    quà Tết, mỗi suất gồm gạo, bánh, mứt và các nhu yếu phẩm trị giá 500.000 đồng, kèm 500.000
    đồng tiền mặt. Tổng trị giá các phần quà là 100 triệu đồng" (100 × 1 triệu); "150 suất quà
    ..., mỗi suất trị giá 500 nghìn đồng và 400 nghìn đồng tiền mặt; với tổng kinh phí 75 triệu
    đồng" (150 × 500 nghìn: the cash is inside the value).

    Reports write both: the total is checked against the count × the value and the count × the
    value and the cash, and reported (a warning) only when it holds under neither.  The count
    is the one exact count of portions before *mỗi* in the sentence (no other figure before
    it but recipients); the total is named right after the cash (*với tổng kinh phí* ...) or
    opens the next sentence (*Tổng* ...)."""
    text, base = context.text, context.paragraph.offset
    portions = portion_nouns()
    for each_word in _EACH_AT.finditer(text, s_start, s_end):
        if each_word.group("x").casefold().split(" ")[0] not in portions:
            continue
        after = [m for m in local if m.start - base >= each_word.end()]
        before = [m for m in local if m.end - base <= each_word.start()]
        if len(after) < 2 or not before:
            return []
        value, cash = after[0], after[1]
        if not all(_unit(m) == "đồng" and _plain_exact(m) for m in (value, cash)):
            return []
        if not _EACH_WORTH.search(text, each_word.end(), value.start - base):
            return []
        if not _AND_CASH.search(text, value.end - base, cash.start - base):
            return []
        cash_end = _CASH.match(text, cash.end - base)
        if cash_end is None:
            return []
        counts = [m for m in before if _first(m) in portions]
        others = [m for m in before if m not in counts and _portion_or_noun(m) != "recipients"]
        if len(counts) != 1 or others or not _plain_exact(counts[0]):
            return []
        total: Mention | None = None
        if len(after) >= 3 and _CASH_TOTAL.fullmatch(text, cash_end.end(), after[2].start - base):
            total = after[2]
        elif len(after) == 2 and n + 1 < len(spans) and _SUM_NEXT.match(text, spans[n + 1][0]):
            total = _sum_next(context, spans, n, "đồng")
        if total is None or not _plain_exact(total) or _SPAN.match(text, total.end - base):
            return []
        count = counts[0].value
        alone = _EXACT.multiply(count, value.value)
        whole = _EXACT.multiply(count, _EXACT.add(value.value, cash.value))
        if total.value in (alone, whole):  # a bare total of money: exact (see _report)
            return []
        if _unit(total) != "đồng" and any(
            sum_contradicts(total.quantity, v) is None for v in (alone, whole)
        ):
            return []
        # the reading nearer the total in the message
        if abs(alone - total.value) < abs(whole - total.value):
            near, terms = alone, f"{write_number(count)} × {value.text}"
        else:
            near, terms = whole, f"{write_number(count)} × ({value.text} + {cash.text})"
        found = _report(
            context.paragraph, context.file, total, near, terms, Severity.WARNING, exact=True
        )
        return list(found)
    return []


# "mỗi suất", "Mỗi phần quà Tết": what each portion holds is told after it.
_EACH_PORTION = re.compile(r"(?<!\w)mỗi\s+(?:suất|phần)(?!\w)", re.IGNORECASE)
# Where the portion's contents end and its total begins: ", như vậy tổng số", " với tổng ...".
_CONTENTS_END = re.compile(r"\s*,?\s*(?:như\s+vậy\s+)?(?:với\s+)?tổng(?!\w)|\s*[;:]", re.IGNORECASE)
# A further piece of a portion, not valued: "..., 5m vải lụa và thiệp chúc thọ".
_MORE_PIECES = re.compile(r"(?<!\w)(?:và|cùng|kèm|,)(?!\w)", re.IGNORECASE)
# A count of portions shared out by another unit ("mỗi tỉnh 300 suất quà"): no count of all.
_SHARE_BEFORE = re.compile(r"(?<!\w)mỗi\s+(?:[^\W\d_]+\s+){1,2}\Z", re.IGNORECASE)
# What names a total of money: "tổng trị giá", "tổng số tiền", "với số tiền" after "tổng số là".
_TOTAL_NEAR = re.compile(r"(?<!\w)tổng(?!\w)", re.IGNORECASE)
_VALUE_BEFORE = re.compile(r"(?<!\w)(?:trị\s+giá|giá\s+trị)\s*(?:là\s*)?:?\s*\Z", re.IGNORECASE)


def _portions_made_of(
    context: ParagraphContext,
    starts: Sequence[int],
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """Portions worth what each holds, cash and a gift valued, against their total: "... trao
    400 phần quà Tết tới 400 hộ dân ..., với tổng trị giá 240 triệu đồng." / "Mỗi phần quà Tết
    gồm tiền mặt (500.000 đồng) và quà trị giá 100.000 đồng ..." (400 × 600.000 đồng); "... là
    10.200 suất quà với tổng số tiền 13,26 tỷ đồng gồm mỗi tỉnh 300 suất quà, mỗi suất quà trị
    giá 1 triệu đồng tiền mặt và 1 túi quà trị giá 300.000 đồng" (10.200 × 1,3 triệu); "Mỗi
    suất quà trị giá 1.000.000 đồng, gồm 600.000 đồng tiền mặt và 400.000 đồng quà Tết, với
    tổng giá trị 1 tỷ đồng" (a value each and its two pieces, which make it).

    After *mỗi suất* / *mỗi phần* (any portion: *suất quà*, *phần quà*), up to the total's word
    (*tổng*) or the clause's end, exactly two amounts in đồng, one of them cash (*tiền mặt*),
    joined by *và* or a comma, and no other figure but a *1* ("1 túi quà"); or a value each
    then those two pieces, which must make it.  A first amount named as the value (*trị
    giá*) and not as cash is the value each, which may hold the cash ("mỗi suất trị giá 500
    nghìn đồng và 400 nghìn đồng tiền mặt; với tổng kinh phí 75 triệu đồng" is 150 × 500
    nghìn; "Mỗi phần quà trị giá 400 nghìn đồng, gồm nhu yếu phẩm và 100 nghìn đồng tiền
    mặt"): nothing is said.  Nothing unvalued may follow ("500.000 đồng tiền
    mặt, 5m vải lụa và thiệp": the portion holds more than its amounts).  The count is the one
    exact count of portions outside brackets in the sentence, not shared out (*mỗi tỉnh 300
    suất*), or, with none there, in the sentence before; the total the one other amount in
    đồng of the two sentences, exact, outside brackets, named by *tổng* within 40 letters
    before it.  Anything unclear, and nothing is said."""
    text, base = context.text, context.paragraph.offset
    s_start, s_end = spans[n]
    each = _EACH_PORTION.search(text, s_start, s_end)
    if each is None or depth[each.start()]:
        return []
    mentions = context.mentions
    here = mentions[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
    stop = _CONTENTS_END.search(text, each.end(), s_end)
    c_end = stop.start() if stop else s_end
    inside = [m for m in here if each.end() <= m.start - base < c_end]
    money = [m for m in inside if _unit(m) == "đồng"]
    if any(m not in money and m.value != 1 for m in inside):
        return []  # another figure among the contents (a weight, a count): unclear
    if not all(_plain_exact(m) and not per_unit(text, m.end - base) for m in money):
        return []
    if "tiền mặt" not in text[each.end() : c_end]:
        return []
    tail = text[money[-1].end - base : c_end] if money else ""
    if _MORE_PIECES.search(tail.replace(")", " ")):
        return []  # a piece not valued after the amounts: the portion is worth more
    if len(money) == 3 and _VALUE_BEFORE.search(text, each.end(), money[0].start - base):
        stated, pieces = money[0], money[1:]
        if _EXACT.add(pieces[0].value, pieces[1].value) != stated.value:
            return []  # pieces that do not make the value: which is it?
        worth, terms_each = stated.value, stated.text
    elif len(money) == 2:
        pieces = money
        if _VALUE_BEFORE.search(text, each.end(), money[0].start - base) and not _CASH.match(
            text, money[0].end - base
        ):
            # "mỗi suất trị giá 500 nghìn đồng và 400 nghìn đồng tiền mặt", "Mỗi phần quà trị
            # giá 400 nghìn đồng, gồm nhu yếu phẩm và 100 nghìn đồng tiền mặt": a value each,
            # which may hold the cash; not a piece
            return []
        worth = _EXACT.add(pieces[0].value, pieces[1].value)
        terms_each = f"({pieces[0].text} + {pieces[1].text})"
    else:
        return []
    if not _AND_PIECE.fullmatch(text, pieces[0].end - base, pieces[1].start - base):
        return []
    portions = portion_nouns()

    def counts_in(group: Sequence[Mention], p_text: str, p_base: int) -> list[Mention]:
        return [
            m
            for m in group
            if m.unit
            and _first(m) in portions
            and m not in inside
            and m.fraction is None
            and not _SHARE_BEFORE.search(p_text, max(0, m.start - p_base - 30), m.start - p_base)
        ]

    outside = [m for m in here if m not in inside]
    # The sentence before: in this paragraph, or the last of the line right above.
    b_paragraph, b_text, b_base, b_depth = context.paragraph, text, base, depth
    before: list[Mention] = []
    if n > 0:
        b_start, b_end = spans[n - 1]
        before = list(
            mentions[bisect.bisect_left(starts, b_start) : bisect.bisect_left(starts, b_end)]
        )
    elif context.state.figures.previous_sentence is not None:
        b_paragraph, above = context.state.figures.previous_sentence
        b_text, b_base = b_paragraph.text, b_paragraph.offset
        b_depth = _totals._depths(b_text)
        last = list(_totals.sentences(b_text))[-1][0]
        before = [m for m in above if m.start - b_base >= last]
    counts = counts_in(outside, text, base)
    c_depth, c_base = depth, base
    if not counts:
        counts = counts_in(before, b_text, b_base)
        c_depth, c_base = b_depth, b_base
    if len(counts) != 1 or not _plain_exact(counts[0]) or c_depth[counts[0].start - c_base]:
        return []
    totals = [m for m in outside if _unit(m) == "đồng"]
    t_paragraph, t_text, t_base, t_depth = context.paragraph, text, base, depth
    if not totals:
        totals = [m for m in before if _unit(m) == "đồng"]
        t_paragraph, t_text, t_base, t_depth = b_paragraph, b_text, b_base, b_depth
    if len(totals) != 1:
        return []
    total = totals[0]
    t_at = total.start - t_base
    if not _plain_exact(total) or t_depth[t_at] or per_unit(t_text, total.end - t_base):
        return []
    if not _TOTAL_NEAR.search(t_text, max(0, t_at - 40), t_at):
        return []
    number = counts[0].value
    value = _EXACT.multiply(number, worth)
    terms = f"{write_number(number)} × {terms_each}"
    return list(_report(t_paragraph, context.file, total, value, terms))


# Between the two pieces of a portion: "và", a comma, words (no figure): "tiền mặt và 1 túi quà
# trị giá", "(500.000 đồng) và quà trị giá".
_AND_PIECE = re.compile(r"[^\d;.]{0,40}?(?:\s+và\s+|\s*,\s*)(?:1\s+)?[^\d;.]{0,40}", re.IGNORECASE)


# After a total, the value each of the counted unit: ", mỗi suất trị giá ", " (mỗi suất ".
_EACH_AFTER_TOTAL = re.compile(
    r"\s*(?P<open>[,(])\s*mỗi\s+(?P<x>[^\W\d_]+)(?:\s+(?!gồm|bao|có)[^\W\d_]+){0,2}?"
    r"(?:\s+(?:trị\s+giá|giá\s+trị|là|(?:được\s+)?hỗ\s+trợ))?\s*:?\s*",
    re.IGNORECASE,
)


def _total_then_each(
    context: ParagraphContext, local: Sequence[Mention], a: int, each: Mention, total: Mention
) -> Iterator[Finding]:
    """A count, its total, then the value each after *mỗi*: "trao 100 suất quà với tổng trị
    giá 60 triệu đồng, mỗi suất trị giá 500.000 đồng" (100 × 500.000 đồng).

    The same reading as :func:`_total_then_price` (one exact count of the unit, the total
    named *tổng trị giá* ... with nothing added between), the value each right after the total
    (after a comma, or alone in brackets) and ending its clause."""
    text, base = context.text, context.paragraph.offset
    before = [m for m in local if a <= m.start - base and m.end <= each.start]
    if len(before) != 2 or before[1] is not total or not _plain_exact(total):
        return
    count = before[0]
    if not _plain_exact(count) or not _plain_exact(each) or _money(count):
        return
    after = _EACH_AFTER_TOTAL.fullmatch(text, total.end - base, each.start - base)
    if after is None or _first(count) != after.group("x").casefold():
        return
    gap = text[count.end - base : total.start - base]
    if not _TOTAL_WITH_COUNT.fullmatch(gap) or _ADDED.search(gap):
        return
    close = r"\s*\)" if after.group("open") == "(" else r"\s*(?:[,.;]|\Z)"
    if not re.match(close, text[each.end - base :]):
        return  # "mỗi suất 500.000 đồng tiền mặt và ...": more than the value each
    value = _EXACT.multiply(count.value, each.value)
    terms = f"{write_number(count.value)} × {each.text}"
    yield from _report(context.paragraph, context.file, total, value, terms)


# "400 triệu đồng (mỗi huyện 200 triệu đồng)", "40 chiếc xe đạp (mỗi huyện 20 chiếc)": a
# figure (and the rest of its noun), then in brackets its share each.
_SHARE_EACH = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s*\(\s*mỗi\s+(?P<x>[^\W\d_]+)\s+(?=\d)", re.IGNORECASE
)


def _same_measure(a: Mention, b: Mention) -> bool:
    """Whether *a* and *b* count the same thing (money, or the same first noun)."""
    if _unit(a) == "đồng" or _unit(b) == "đồng":
        return _unit(a) == _unit(b)
    return bool(_unit(a)) and _first(a) == _first(b)


def _places_before(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """Shares each of places counted in the sentence before the detail: "... trao quà cho học
    sinh và gia đình chính sách tại 2 huyện Tuyên Hóa, Minh Hóa." / "Cụ thể: đoàn đã trao 400
    triệu đồng (mỗi huyện 200 triệu đồng) ...; 40 chiếc xe đạp (mỗi huyện 20 chiếc)" (2 × 200
    triệu, 2 × 20 chiếc).

    The sentence opens with *Cụ thể* (the detail of the one before: the same places; not
    *Trong đó*, which may name some of them); a figure is followed by a bracket that opens
    with *mỗi X* and its share, of the same measure; the sentence counts no X; the sentence
    before (or the last sentence of the line above) holds exactly one exact count of X outside
    brackets, not itself a share each.  Anything else and nothing is said.
    """
    text, base = context.text, context.paragraph.offset
    found: list[Finding] = []
    places: dict[str, Mention | None] = {}
    for k, total in enumerate(local[:-1]):
        share = local[k + 1]
        opens = _SHARE_EACH.match(text, total.end - base)
        if opens is None or opens.end() != share.start - base or not _same_measure(total, share):
            continue
        if total.bound is not Bound.EXACT or share.bound is not Bound.EXACT:
            continue
        if total.fraction is not None or share.fraction is not None:
            continue
        x = opens.group("x").casefold()
        if any(_first(m) == x for m in local):
            return []  # the places are counted here: not the sentence before's
        if x not in places:
            places[x] = _count_before(context, x, spans, n)
        count = places[x]
        if count is None:
            continue
        value = _EXACT.multiply(count.value, share.value)
        terms = f"{write_number(count.value)} × {share.text}"
        found += _report(context.paragraph, context.file, total, value, terms)
    return found


def _sentence_before(
    context: ParagraphContext, spans: Sequence[tuple[int, int]], n: int
) -> tuple[Paragraph, int, int, Sequence[Mention]] | None:
    """The sentence before sentence *n* (the last sentence of the line above for the first):
    its paragraph, its span in the paragraph's text and its figures."""
    if n > 0:
        base = context.paragraph.offset
        a, b = spans[n - 1]
        return context.paragraph, a, b, [m for m in context.mentions if a <= m.start - base < b]
    previous = context.state.figures.previous_sentence
    if previous is None or not previous[1]:
        return None
    para = previous[0]
    *_, (last, _) = _totals.sentences(para.text)
    return para, last, len(para.text), previous[1]


def _count_before(
    context: ParagraphContext, x: str, spans: Sequence[tuple[int, int]], n: int
) -> Mention | None:
    """The one exact count of *x* outside brackets in the sentence before sentence *n* (the
    last sentence of the line above for the first), not a share each (*mỗi x*)."""
    before = _sentence_before(context, spans, n)
    if before is None:
        return None
    para, _, _, mentions = before
    text, base = para.text, para.offset
    depth = _totals._depths(text)
    counts = [m for m in mentions if _counts_of(m, x)]
    if len(counts) != 1:
        return None
    count = counts[0]
    at = count.start - base
    if depth[at] != 0 or count.bound is not Bound.EXACT or count.fraction is not None:
        return None
    if re.search(r"mỗi\s*\Z", text[max(0, at - 12) : at], re.IGNORECASE):
        return None
    return count


def _counts_of(m: Mention, x: str) -> bool:
    """Whether *m* counts *x* ("20 ngôi nhà" counts *nhà*: a classifier before the noun)."""
    unit = " ".join(_unit(m).split())
    return bool(unit) and (unit.split(" ")[0] == x or unit.endswith(" " + x))


# A detail sentence, which tells how the figures of the sentence before were shared out.
_DETAIL_OF_BEFORE = re.compile(r"[\s\u2060\-–•*+]*(?:cụ\s+thể|theo\s+đó)\s*[,:]", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.:()]")
_PART_OF_SHARE = re.compile(
    r"(?<!\w)(?:và|cùng|kèm|gồm|tiền\s+mặt|hiện\s+vật|trở\s+lên|trở\s+xuống)(?!\w)", re.IGNORECASE
)
_PLACES_NAMED = re.compile(r"(?<!\w)các\s+(?P<x>[^\W\d_]+)\s+(?=[A-ZĐ])")


def _shares_each_before(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """Shares each told in a detail sentence, the totals and the counts in the sentence before:
    "Mặt trận tỉnh phân bổ 800 triệu đồng để xây dựng 20 ngôi nhà ở tại các huyện Phước Sơn,
    Tây Giang, Nam Giang và Nam Trà My." / "Theo đó, mỗi huyện 5 nhà, mỗi nhà 40 triệu đồng"
    (4 districts named × 5 = 20 houses; 20 houses × 40 triệu = 800 triệu).

    The sentence opens with *Theo đó* or *Cụ thể* and every figure in it is a share each (*mỗi
    X* right before it), each of its own X.  For each share, the total is the one figure of its
    measure in the sentence before (money, or the same noun: *nhà* and *ngôi nhà*), and the
    number of X is the one count of X there, or the names listed after *các X* there.  Any of
    these unclear (two figures of the measure, two *mỗi* of one X: tiers) and nothing is said;
    nor when a share names one thing of what each received (*tiền mặt*, *hiện vật*, *và* ...:
    the total may hold the rest).
    """
    text, base = context.text, context.paragraph.offset
    shares: list[tuple[str, Mention]] = []
    for m in local:
        at = m.start - base
        each_word = None
        for candidate in _EACH_AT.finditer(text, max(s_start, at - _EACH_GAP), at):
            each_word = candidate
        if each_word is None or m.bound is not Bound.EXACT or m.fraction is not None:
            return []  # a figure that is not a share each: not a detail of shares
        if any(each_word.end() <= o.start - base < at for o in local):
            return []
        if (
            _UP_TO.search(text, max(s_start, at - 12), at)
            or _AVERAGE.search(text, max(s_start, each_word.start() - 30), at)
            or _PERIOD.match(text, m.end - base)
        ):
            return []  # "mỗi hộ được hỗ trợ từ 20 triệu đồng", "... 20 triệu đồng/năm"
        rest = _CLAUSE_END.search(text, m.end - base, s_end)
        if _PART_OF_SHARE.search(text, m.end - base, rest.start() if rest else s_end):
            return []  # "mỗi hộ 2 triệu đồng tiền mặt": one thing of what each received
        x = each_word.group("x").casefold()
        if _names_its_own(text, s_start, each_word.start(), x):
            return []  # "Theo đó, ... tại các tỉnh Thanh Hóa, ..., mỗi tỉnh 1.000 bộ"
        shares.append((x, m))
    xs = [x for x, _ in shares]
    if not shares or len(set(xs)) != len(xs):
        return []
    before = _sentence_before(context, spans, n)
    if before is None:
        return []
    para, b_start, b_end, mentions = before
    found: list[Finding] = []
    for x, share in shares:
        totals = [m for m in mentions if _same_measure(m, share) or _counts_of(m, _unit(share))]
        counts = [m for m in mentions if _counts_of(m, x)]
        if not totals:
            continue  # no total of this share's measure before: nothing to check it against
        if len(totals) != 1 or len(counts) > 1 or totals[0] in counts:
            return []
        total = totals[0]
        if total.bound is not Bound.EXACT or total.fraction is not None:
            return []
        if counts:
            if counts[0].bound is not Bound.EXACT or counts[0].fraction is not None:
                return []
            number, how = counts[0].value, write_number(counts[0].value)
        else:
            named = [
                m for m in _PLACES_NAMED.finditer(para.text, b_start, b_end) if m.group("x") == x
            ]
            if len(named) != 1:
                return []
            stop = min(
                (i for i in (para.text.find(c, named[0].end(), b_end) for c in ".;(") if i >= 0),
                default=b_end,
            )
            names = _names(para.text[named[0].end() : stop])
            if names is None:
                return []
            number, how = Decimal(names), str(names)
        value = _EXACT.multiply(number, share.value)
        found += _report(para, context.file, total, value, f"{how} × {share.text}")
    return found


def _names_its_own(text: str, start: int, stop: int, x: str) -> bool:
    """Whether the detail sentence names X itself before its *mỗi X* ("Theo đó, chương trình
    sẽ trao tặng cho ngư dân nghèo tại các tỉnh Thanh Hóa, Nghệ An, ..., Khánh Hòa, mỗi tỉnh
    1.000 bộ" after "... 15.000 bộ áo phao ... tại 12 tỉnh"): the share is then of the places
    it names, some of those counted before, not of all of them.  X counted or shared in the
    sentence ("Theo đó, mỗi huyện 5 nhà, mỗi nhà 40 triệu đồng") names nothing."""
    noun = re.compile(rf"(?<!\w){re.escape(x)}(?!\w)", re.IGNORECASE)
    return any(
        _COUNTED_OR_EACH.search(text, max(start, m.start() - 16), m.start()) is None
        for m in noun.finditer(text, start, stop)
    )


# What makes a noun no name of places: a count of it or *mỗi* right before it.
_COUNTED_OR_EACH = re.compile(r"(?:\d|(?<!\w)mỗi)\s*\Z", re.IGNORECASE)


_DETAIL_OR_SOME = re.compile(
    r"[\s\u2060\-–•*+]*(?:cụ\s+thể|theo\s+đó|trong\s+đó)\s*[,:]", re.IGNORECASE
)
_REST = re.compile(r"(?<!\w)còn\s+lại(?!\w)", re.IGNORECASE)
# The words of a bound before a number ("từ 4 suất", "khoảng 5 suất"), from the vocabulary.
_NOT_EXACT_BEFORE = re.compile(rf"(?<!\w)(?:{bound_alternation('before')})(?!\w)", re.IGNORECASE)


def _rest_each(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """Places named with their share each, then *the rest of them*: "Hội Khuyến học tỉnh ...
    trao 70 suất học bổng ... tại 10 huyện, thành phố." / "Trong đó, các huyện Sơn Động, Lục
    Ngạn, Lục Nam, Yên Thế, mỗi huyện có 10 học sinh được trao học bổng; các huyện, thành phố
    còn lại, mỗi huyện trao 5 suất." (4 × 10 + (10 − 4) × 5 = 70).

    *Còn lại* (the rest) makes the items cover all the places counted in the sentence before,
    so even after *Trong đó* the shares must make its total.  Every item (between ``;``) is
    *các X* and names, or the rest, then *mỗi X* and one exact figure; the rest comes last and
    leaves at least one place; the sentence before holds one count of X and one total of the
    shares' measure and no other count ("10 huyện và 3 thành phố": the total may hold the
    cities'); a share after *từ*, *tối thiểu*, *khoảng*... is no exact share.  When the shares
    count recipients (*học sinh*) and the total portions (*suất*), one may receive two: only
    shares above the total are reported (a warning).
    """
    text, base = context.text, context.paragraph.offset
    items: list[tuple[int | None, Mention]] = []
    x: str | None = None
    for a, b in _segments(text, s_start, s_end, depth):
        inside = [m for m in local if a <= m.start - base < b]
        each_words = list(_EACH_AT.finditer(text, a, b))
        if len(inside) != 1 or len(each_words) != 1:
            return []
        share, each_word = inside[0], each_words[0]
        word = each_word.group("x").casefold()
        if (x is not None and word != x) or share.start - base < each_word.end():
            return []
        if share.start - base - each_word.end() > _EACH_GAP or not _plain_exact(share):
            return []
        if _NOT_EXACT_BEFORE.search(text, each_word.end(), share.start - base):
            return []  # "mỗi huyện từ 4 suất": at least 4
        x = word
        head = text[a : each_word.start()]
        if _REST.search(head):
            items.append((None, share))
            continue
        named = _PLACES_NAMED.search(head)
        if named is None or named.group("x").casefold() != x:
            return []
        names = _names(head[named.end() :])
        if names is None:
            return []
        items.append((names, share))
    if x is None or len(items) < 2 or [p for p, _ in items].count(None) != 1:
        return []
    if items[-1][0] is not None:
        return []  # the rest comes last
    count = _count_before(context, x, spans, n)
    before = _sentence_before(context, spans, n)
    if count is None or before is None:
        return []
    para, _, _, mentions = before
    if sum(1 for m in mentions if m.unit) != 2:
        return []  # other counts there ("10 huyện và 3 thành phố"): the total may hold more
    named_places = sum(p for p, _ in items if p is not None)
    rest = count.value - named_places
    if rest < 1:
        return []
    shares = [m for _, m in items]
    kinds = {_portion_or_noun(m) for m in shares}
    totals = [m for m in mentions if m is not count and _portion_or_noun(m) in kinds and m.unit]
    if len(kinds) != 1 and not kinds <= {"portions", "recipients"}:
        return []
    if len(totals) != 1 or not _plain_exact(totals[0]):
        return []
    total = totals[0]
    value = Decimal(0)
    terms = []
    for places, share in items:
        number = rest if places is None else Decimal(places)
        value = _EXACT.add(value, _EXACT.multiply(number, share.value))
        terms.append(f"{write_number(number)} × {share.text}")
    lenient = len(kinds | {_portion_or_noun(total)}) > 1
    if lenient and value <= total.value:
        return []  # recipients fewer than portions: one may receive two
    severity = Severity.WARNING if lenient else Severity.ERROR
    return list(_report(para, context.file, total, value, " + ".join(terms), severity))


def _plain_exact(m: Mention) -> bool:
    return m.bound is Bound.EXACT and m.fraction is None and m.range_end is None


def _portion_or_noun(m: Mention) -> str:
    """*portions* for a count of portions (*suất*), *recipients* for a count of recipients
    (*học sinh*, *hộ*), else the count's first noun (money: *đồng*)."""
    first = _first(m)
    if first in portion_nouns():
        return "portions"
    unit = " ".join(_unit(m).split())
    if names_recipient(unit):
        return "recipients"
    return first


# Words that add something else to the counted portions ("100 suất quà và 50 thùng mì, mỗi
# suất ..."): the total after them may hold more than the products.
_BESIDES = re.compile(r"(?<!\w)(?:và|cùng|kèm|với(?!\s+mức)|gồm|ngoài)(?!\w)", re.IGNORECASE)
# A year named with its holiday or "năm" ("Tết Kỷ Hợi 2019", "năm 2025"): no thing given.
_YEAR = re.compile(r"(?:năm|[A-ZĐ]\w*)\s+(?:19|20)\d\d(?!\d)\s*\Z")


def _total_after(
    context: ParagraphContext,
    local: Sequence[Mention],
    a: int,
    each: Mention,
    number: Decimal,
    total: Mention,
) -> Iterator[Finding]:
    """The total right after the value each, in its item: "trao tặng 100 suất quà bằng tiền
    mặt, mỗi suất trị giá 600 nghìn đồng, với tổng kinh phí 60 triệu đồng" (100 × 600 nghìn).

    Only *tổng kinh phí* (*tổng trị giá*, *tổng giá trị*, *tổng số tiền*) right after the
    value each (or its unit, "với mức 500.000 đồng/hộ, tổng số tiền 9,126 tỷ đồng") names the
    total, and only of what was counted: the item holds no figure before
    the value each but its count(s) (a year named with its holiday, "Tết Kỷ Hợi 2019", is no
    thing given), and nothing added to the portions between the count and *mỗi* (*và*, *cùng*,
    *kèm*...: "100 suất quà và 50 thùng mì, mỗi suất ..." may cost more; *với mức* is the
    level each, not more).
    """
    text, base = context.text, context.paragraph.offset
    at = bisect.bisect_left([m.start for m in local], each.start)
    # "mỗi phần quà trị giá 600.000đ (gồm tiền mặt 500.000đ, hiện vật 100.000đ), tổng trị giá
    # 780.000.000đ": what the value each is made of, in its brackets, is passed over.
    made_of = _MADE_OF_VALUE.match(text, each.end - base)
    value_end = each.end - base if made_of is None else made_of.end()
    while made_of is not None and at + 1 < len(local) and local[at + 1].end - base <= value_end:
        at += 1
    if at + 1 >= len(local) or local[at + 1] is not total or total.bound is not Bound.EXACT:
        return
    if _PERIOD.match(text, total.end - base) or _SPAN.match(text, total.end - base):
        return  # "tổng trị giá 200 triệu đồng cho 4 năm học": the total of several periods
    closed = not _WITH_TOTAL.fullmatch(text, value_end, total.start - base)
    if closed and (
        made_of is not None
        or not _CLOSED_WITH_TOTAL.fullmatch(text, each.end - base, total.start - base)
    ):
        return
    # the figures before "mỗi" (those after it tell what a portion holds: "mỗi phần gồm 10
    # kg gạo trị giá 200 nghìn đồng")
    each_at = text.casefold().find("mỗi", a, each.start - base)
    each_at = each.start - base if each_at < 0 else each_at
    before = [
        m
        for m in local
        if a <= m.start - base
        and m.end - base <= each_at
        and not _YEAR.search(text, max(a, m.start - base - 30), m.start - base + 4)
    ]
    counts = [m for m in before if m.unit and _unit(m) != _unit(each) and m.fraction is None]
    # "124 hộ ... của 26 xã ... được hỗ trợ mỗi hộ 20 triệu đồng": the places of the counted
    # are not given things.
    where = [
        m for m in counts if _OF_PLACE.search(text, max(a, m.start - base - 8), m.start - base)
    ]
    counts = [m for m in counts if m not in where]
    # "50 suất quà cho 50 hộ nghèo, mỗi suất trị giá ...": the one count of recipients the
    # portions go to is no thing given.
    to = [
        m
        for m in counts
        if _portion_or_noun(m) == "recipients"
        and _TO_WHOM.search(text, max(a, m.start - base - 6), m.start - base)
    ]
    if len(to) == 1 and len(counts) == 2 and counts[0] is not to[0] and counts[0].value == number:
        where.append(to[0])
        counts = [counts[0]]
    if not before and _EACH.match(text, each_at):
        # "Các xã An Bình, Tân Phú và Long Hòa mỗi xã được hỗ trợ 50 triệu đồng, tổng cộng
        # 150 triệu đồng": places named, no figure before the value each.
        value = _EXACT.multiply(number, each.value)
        yield from _report(context.paragraph, context.file, total, value, f"{number} × {each.text}")
        return
    if (
        not counts
        or len(counts) + len(where) != len(before)
        or sum(m.value for m in counts) != number
    ):
        return  # another figure before the value each: the total may hold it
    if _HOLDS.search(text, each_at, each.start - base):
        return  # "mỗi suất gồm 500.000 đồng tiền mặt, ...": what a portion holds, not its worth
    gap = text[counts[-1].end - base : each_at]
    if closed:
        opened = _OPENED.search(gap)
        if opened is None:
            return  # the brackets hold more than the value each
        gap = gap[: opened.start()]
    # "1.300 phần quà tết cho người nghèo và nạn nhân chất độc da cam ...": a "và" after "cho"
    # joins those who got the portions, none of them counted ("cho 50 hộ nghèo và trẻ em": the
    # 50 portions may be the households' only).
    parts = _CHO.split(gap, maxsplit=1)
    given, whom = parts[0], parts[1] if len(parts) > 1 else ""
    if any(c.isdigit() for c in whom):
        given = gap
    if _BESIDES.search(given) or "(" in gap:
        return
    value = _EXACT.multiply(number, each.value)
    yield from _report(
        context.paragraph, context.file, total, value, f"{write_number(number)} × {each.text}"
    )


# Right after a value each, what it is made of, alone in brackets: " (gồm tiền mặt 500.000đ,
# hiện vật 100.000đ)"; or after *gồm* up to the comma that opens the total ("mỗi suất trị giá
# 1.200.000 đồng gồm: một số nhu yếu phẩm và tiền mặt 1.000.000 đồng, tổng trị giá là
# 60.000.000 đồng": Vĩnh Long, 2026; corpus h78-mttq-vinhlong-da-cam-tet-2026).
_MADE_OF_VALUE = re.compile(
    r"\s*\(\s*(?:bao\s+)?gồm(?:\s+có)?\s*:?[^()]*\)"
    r"|\s+(?:bao\s+)?gồm(?:\s+có)?\s*:?(?:[^()\[\];.!?\n]|(?<=\d)\.(?=\d))*?"
    r"(?=,\s*(?:với\s+)?tổng\s+(?:trị\s+giá|giá\s+trị|số\s+tiền|kinh\s+phí|cộng)\b)",
    re.IGNORECASE,
)
_OF_PLACE = re.compile(r"(?<!\w)(?:của|tại|thuộc)\s+\Z", re.IGNORECASE)
_HOLDS = re.compile(r"(?<!\w)gồm(?:\s+có)?\s*:?\s*\Z", re.IGNORECASE)
_TO_WHOM = re.compile(r"(?<!\w)cho\s+\Z", re.IGNORECASE)


def _list(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
    previous: tuple[Paragraph, Sequence[Mention]] | None,
) -> list[Finding]:
    """A list of products against the total of the sentence before or after it."""
    text, base = context.text, context.paragraph.offset
    detail = _DETAIL.match(text, s_start)
    start = detail.end() if detail else s_start
    # Every match holds "gồm" or "trong": searched only when the sentence does (speed).
    marker = (
        _LIST_MARKER.search(text[start:s_end])
        if may_contain_between(text, ("gồm", "trong"), start, s_end)
        else None
    )
    if marker is not None and depth[start + marker.end()] == 0:
        start += marker.end()
    else:
        marker = None
    # "trong đó" may list some items only: their amounts may fall short of the total.
    partial = (detail is not None and detail.group("whole") is None) or (
        marker is not None and marker.group("m").casefold().startswith("trong")
    )
    # The total after the items, in their sentence: "100 suất học bổng (1 triệu đồng/suất) cho
    # ... và 50 suất học bổng (1,5 triệu đồng/suất) cho ..., tổng giá trị học bổng là 175 triệu
    # đồng": the last figure of the sentence, after a comma; the items end before the comma.
    trailing: Mention | None = None
    if marker is None and detail is None and "ổng" in text[start:s_end]:
        last = local[-1]
        cut = _trailing_total(text, start, last.start - base)
        if (
            cut is not None
            and depth[cut.start()] == 0
            and _SENTENCE_TAIL.fullmatch(text, last.end - base, s_end)
        ):
            trailing, s_end = last, cut.start()
    segments = _segments(text, start, s_end, depth)
    if len(segments) < 2 and not _EACH_AT.search(text, start, s_end):
        segments = _commas(text, start, s_end, depth)
        if trailing is not None and any(
            not any(a <= m.start - base < b for m in local) for a, b in segments
        ):
            # "... cho các học sinh cấp 2 có nhà bị lũ lụt, thiên tai gây thiệt hại, tổng giá
            # trị ...": a comma that cuts no item; the "và" between two items may
            segments = [(start, s_end)]
        elif len(segments) == 2 and _OPENING.fullmatch(text, segments[0][0], segments[0][1]):
            # "Qua xét chọn, học bổng đã trao tặng 100 suất cho sinh viên (15 triệu đồng/ suất)
            # và 50 suất ... (2 triệu đồng/ suất)": an opening phrase, not an item
            start = segments[1][0]
            segments = [segments[1]]
    if len(segments) < 2:
        # "302 suất ... (trị giá 2 triệu đồng/suất) và 32 suất ... (mỗi suất 3 triệu đồng)":
        # two items joined by the one "và" outside brackets that a figure follows.
        cuts = [
            m
            for m in _AND.finditer(text, start, s_end)
            if depth[m.start()] == depth[start] and _FIGURE_NEXT.match(text, m.end())
        ]
        if len(cuts) == 1:
            segments = [(start, cuts[0].start()), (cuts[0].end(), s_end)]
    if len(segments) < 2:
        return []
    items: list[_Item | None] = []
    for a, b in segments:
        found = _product(context, local, a, b)
        if found is None:
            items.append(None)  # perhaps a plain amount: read once the unit is known
            continue
        each, number, how = found
        if each.bound is not Bound.EXACT:
            return []
        if any(_unit(m) == _unit(each) and m is not each for m in local if a <= m.start - base < b):
            return []  # an item with its own total: a total after may be of the last item only
        items.append(
            _Item(
                _EXACT.multiply(number, each.value),
                _unit(each),
                f"{how} × {each.text}",
                each,
                number,
            )
        )
    units = {i.unit for i in items if i is not None}
    if len(units) != 1:
        return []
    if trailing is not None and any(i is None or i.count is None for i in items):
        return []  # "mỗi suất trị giá 500.000 đồng và 500.000 đồng tiền mặt, tổng trị giá ...":
        # with the total after them, every item must be a count times its price
    unit = units.pop()
    extra: dict[int, list[_Item]] = {}  # the plain amounts of an item that holds several
    for k, (a, b) in enumerate(segments):
        if items[k] is not None:
            continue
        plain = [m for m in local if a <= m.start - base < b and _unit(m) == unit]
        if len(plain) > 1 and _amounts_by_commas(text, base, a, b, plain, depth):
            # "... mỗi tỉnh 5 tỷ đồng; tỉnh Quảng Nam 3 tỷ đồng, tỉnh Hà Tĩnh 2 tỷ đồng"
            if any(per_unit(text, m.end - base) for m in plain):
                return []
            extra[k] = [_Item(m.value, unit, m.text, None) for m in plain]
            continue
        if len(plain) != 1 or plain[0].bound is not Bound.EXACT:
            return []  # an item with no amount, or several: the list cannot be summed
        if _EACH_AT.search(text, a, plain[0].start - base) or per_unit(text, plain[0].end - base):
            return []  # an amount each not read (a floor, an average, per month): unclear
        items[k] = _Item(plain[0].value, unit, plain[0].text, None)
    done = [j for k, i in enumerate(items) for j in ([i] if i is not None else extra[k])]
    value = sum((i.value for i in done), Decimal(0))
    terms = " + ".join(i.terms for i in done)
    total: Mention | None = None
    paragraph = context.paragraph
    if marker is not None and detail is None:
        head = [
            m
            for m in local
            if s_start <= m.start - base < start and _unit(m) == unit and m.fraction is None
        ]
        if len(head) == 1 and not per_unit(text, head[0].end - base):
            total = head[0]  # not a price each ("(trị giá 200.000 đồng/suất) ..., mỗi suất gồm")
        if _EACH_HOLDS.search(text, max(s_start, start - 40), start):
            return []  # "mỗi suất quà bao gồm: 100 ngàn đồng tiền mặt, ...": what each holds
    if total is not None:
        pass
    elif trailing is not None:
        total = trailing if _unit(trailing) == unit else None
    elif detail is not None:
        if n > 0:
            before = spans[n - 1]
            cands = [m for m in context.mentions if before[0] <= m.start - base < before[1]]
        elif previous is not None:
            paragraph, cands = previous[0], list(previous[1])
        else:
            cands = []
        same = [m for m in cands if _unit(m) == unit]
        if len(same) == 1:
            total = same[0]
        elif not same and detail.group("whole") is not None:
            # "... trao 334 suất học bổng ..." / "Cụ thể, 302 suất ... và 32 suất ..." / "Tổng
            # số tiền ... là 700 triệu đồng": the items make the one count of the sentence
            # before, so they are the whole of what the total paid for.
            things = [m for m in cands if not _money(m)]
            numbers = [i.count for i in items if i is not None]
            if (
                len(things) == 1
                and _plain_exact(things[0])
                and all(c is not None for c in numbers)
                and sum((c for c in numbers if c is not None), Decimal(0)) == things[0].value
            ):
                total = _sum_next(context, spans, n, unit)
    elif n >= 2 and _LEVEL.match(text, s_start) and all(i.each for i in done):
        total = _sum_before(context, spans, n, unit, done)
    elif n + 1 < len(spans) and _SUM_NEXT.match(text, spans[n + 1][0]):
        after = [m for m in context.mentions if spans[n + 1][0] <= m.start - base < spans[n + 1][1]]
        if after and _unit(after[0]) == unit:
            total = after[0]
    if total is None or total.bound is not Bound.EXACT:
        return []
    if partial:
        if value <= total.value:
            return []  # some items only: less than the total says nothing
        return list(_report(paragraph, context.file, total, value, terms, Severity.WARNING))
    return list(_report(paragraph, context.file, total, value, terms))


def _amounts_by_commas(
    text: str, base: int, a: int, b: int, amounts: Sequence[Mention], depth: Sequence[int]
) -> bool:
    """Whether the item ``text[a:b]`` is several plain amounts, each ended by a comma, the
    next named after it ("tỉnh Quảng Nam 3 tỷ đồng, tỉnh Hà Tĩnh 2 tỷ đồng"): the amounts of
    places one after another, not a total and its parts (*trong đó*, *gồm*, *tổng*, *còn
    lại*, *riêng*, *thêm* in the item), each exact and outside brackets."""
    if _NOT_ONLY_AMOUNTS.search(text, a, b):
        return False
    for m, after in itertools.pairwise(amounts):
        comma = _COMMA_AFTER.match(text, m.end - base)
        if comma is None or depth[comma.end() - 1] != depth[a]:
            return False
        gap = text[comma.end() : after.start - base]
        if any(ch.isdigit() for ch in gap) or "(" in gap:
            return False
    return all(m.bound is Bound.EXACT and not depth[m.start - base] for m in amounts)


_COMMA_AFTER = re.compile(r"\s*,")
_NOT_ONLY_AMOUNTS = re.compile(
    r"(?<!\w)(?:trong\s+đó|gồm|tổng|còn\s+lại|riêng|thêm|ngoài\s+ra|mỗi)(?!\w)", re.IGNORECASE
)


# A sentence's opening phrase before its first comma: a few words, no figure ("Qua xét chọn",
# "Năm nay", "Tại buổi lễ", "Dịp này").
_OPENING = re.compile(r"[\s\u2060]*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*")


# Before the total after the items of a list, in their sentence: ", tổng giá trị học bổng là",
# " với tổng số tiền là" (*với* joins the total without a comma as often as with one).
_TRAILING_TOTAL = re.compile(
    r"(?:,\s*(?:với\s+)?|\s+với\s+)tổng\s+(?:giá\s+trị|trị\s+giá|kinh\s+phí|số\s+tiền)"
    r"(?:\s+[^\W\d_]+){0,4}?\s*(?:là\s*)?:?\s*\Z",
    re.IGNORECASE,
)
# What _TRAILING_TOTAL's opening (", với ", " với ") may hold besides white space: the comma
# and the letters of *với* in either case (the only letters a case-blind "v", "ớ" or "i" takes:
# the tests hold it).
_WITH_CHARS = frozenset(",vVớỚiIİı")


def _trailing_total(text: str, start: int, stop: int) -> re.Match[str] | None:
    """``_TRAILING_TOTAL.search(text, start, stop)``, begun where its first match may begin at
    the earliest (speed: the pattern, anchored at *stop*, is tried at every space and comma
    of a long sentence).

    Every match holds *tổng* (either case), with only white space, a comma and *với* between
    the match's start and its *t*: a match starts in the run of those characters that comes
    right before the letter before an *ổ* (or *Ổ*), and nowhere else.  The pattern is tried at
    those places only, the *ổ* in order and each run from its start (the leftmost match
    first, as the search finds it; speed: the search tried every place from the first *ổ* on,
    and "tổ chức" has one).

    >>> t = "100 suất (1 triệu đồng/suất), 50 suất, với tổng giá trị là 150 triệu đồng"
    >>> _trailing_total(t, 0, 59).start(), _TRAILING_TOTAL.search(t, 0, 59).start()
    (37, 37)
    >>> _trailing_total("cho 5 hộ, tổng cộng", 0, 19) is None
    True
    """
    small, capital = text.find("ổ", start, stop), text.find("Ổ", start, stop)
    while small >= 0 or capital >= 0:
        at = small if capital < 0 else capital if small < 0 else min(small, capital)
        t = at - 1  # where its "t" would be
        begin = t
        while begin > start and (text[begin - 1].isspace() or text[begin - 1] in _WITH_CHARS):
            begin -= 1
        for where in range(max(start, begin), t):
            found = _TRAILING_TOTAL.match(text, where, stop)
            if found is not None:
                return found
        if at == small:
            small = text.find("ổ", at + 1, stop)
        else:
            capital = text.find("Ổ", at + 1, stop)
    return None


# After that total, to the end of its sentence: words without figures, brackets or clauses.
_SENTENCE_TAIL = re.compile(r"[^\d(),;:]*")
# A sentence of levels each: "Mức hỗ trợ 30 triệu đồng/ nhà cho 36 nhà ... và hỗ trợ 10 ...".
_LEVEL = re.compile(r"[\s\u2060]*(?:mức|định\s+mức)\s+(?:hỗ\s+trợ|chi|tặng)\b", re.IGNORECASE)
# A "và" that opens an item: a figure within two words after it ("và hỗ trợ 10 triệu đồng").
_FIGURE_NEXT = re.compile(r"(?:[^\W\d_]+\s+){0,2}\d")


def _sum_before(
    context: ParagraphContext,
    spans: Sequence[tuple[int, int]],
    n: int,
    unit: str,
    items: Sequence[_Item],
) -> Mention | None:
    """The total of a sentence of levels each (*Mức hỗ trợ* ...): the one figure of the
    sentence before when it opens with *Tổng* and is in *unit*, and only when the items' counts
    make the one count of the sentence before that: "... sửa chữa 40 mái ấm Công đoàn ... Tổng
    số kinh phí hỗ trợ ... là 1,12 tỷ đồng. Mức hỗ trợ 30 triệu đồng/ nhà cho 36 nhà ... và hỗ
    trợ 10 triệu đồng/ nhà cho 4 nhà ..." (36 + 4 = 40)."""
    text, base = context.text, context.paragraph.offset
    if not _SUM_NEXT.match(text, spans[n - 1][0]):
        return None
    a, b = spans[n - 1]
    sums = [m for m in context.mentions if a <= m.start - base < b]
    a, b = spans[n - 2]
    things = [m for m in context.mentions if a <= m.start - base < b and not _money(m)]
    numbers = [i.count for i in items]
    if len(sums) != 1 or _unit(sums[0]) != unit or len(things) != 1:
        return None
    if not _plain_exact(things[0]) or any(c is None for c in numbers):
        return None
    if sum((c for c in numbers if c is not None), Decimal(0)) != things[0].value:
        return None
    return sums[0]


def _sum_next(
    context: ParagraphContext, spans: Sequence[tuple[int, int]], n: int, unit: str
) -> Mention | None:
    """The first figure of the sentence after sentence *n* when that sentence opens with *Tổng*
    and the figure is in *unit*."""
    if n + 1 >= len(spans) or not _SUM_NEXT.match(context.text, spans[n + 1][0]):
        return None
    base = context.paragraph.offset
    a, b = spans[n + 1]
    after = [m for m in context.mentions if a <= m.start - base < b]
    return after[0] if after and _unit(after[0]) == unit else None


# "mỗi suất quà bao gồm:" right before a list: the list tells what each portion holds.
_EACH_HOLDS = re.compile(
    r"(?<!\w)mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+(?:bao\s+)?gồm\s*(?:có\s*)?:?\s*\Z",
    re.IGNORECASE,
)


# A sentence that opens with the value of each unit ("Mỗi suất quà trị giá 600.000 đồng"):
# the value must be said to be the unit's whole value (trị giá, giá trị, là), not one thing of
# what it holds ("Mỗi suất gồm 1 triệu đồng tiền mặt và vở học tập": goods besides the money).
_EACH_OPENS = re.compile(
    r"[\s\u2060]*(?:theo\s+đó\s*,\s*)?mỗi\s+(?:[“\"](?P<q>[^\W\d_]+(?:\s+[^\W\d_]+){0,5})[”\"]"
    r"|(?P<x>[^\W\d_]+)(?P<more>(?:\s+[^\W\d_]+){0,3}?))"
    r"\s+(?P<verb>trị\s+giá|có\s+giá\s+trị|giá\s+trị|là"
    r"|(?:được\s+)?(?:hỗ\s+trợ|nhận|trao|tặng|cấp))\s*:?\s*\Z",
    re.IGNORECASE,
)
_CARRY_LOOK = 120  # characters of the sentence read for "Mỗi X trị giá" before its amount
_CARRY_SKIP = 3  # sentences back to the count (those between without any figure)
# The total right after the value each, in its sentence: ", với tổng kinh phí 120 triệu đồng".
# "tổng cộng 120 triệu đồng" names the total too; "mỗi suất 500.000 đồng tiền mặt, ..." is a
# value each in cash.
_TOTAL_NAMED = (
    r"\s*,?\s*(?:với\s+)?tổng\s+"
    r"(?:kinh\s+phí|trị\s+giá|giá\s+trị|số\s+tiền|tiền|cộng)(?:\s+hỗ\s+trợ)?(?:\s+là)?\s*:?\s*"
)
_WITH_TOTAL = re.compile(
    r"(?:\s*/\s*(?:0?1\s+)?[^\W\d_]+)?(?:\s+tiền\s+mặt)?"
    r"(?:\s+cho\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,10}?)?" + _TOTAL_NAMED,
    re.IGNORECASE,
)
# After the cash each, the total: "...; với tổng kinh phí 75 triệu đồng".
_CASH_TOTAL = re.compile(r"\s*[;,]?\s*" + _TOTAL_NAMED, re.IGNORECASE)
# The value each alone in its brackets, the total right after them: "50 suất học bổng (mỗi suất
# 2 triệu đồng), tổng trị giá 100 triệu đồng", "100 suất quà (500.000 đồng/suất), tổng ...".
_CLOSED_WITH_TOTAL = re.compile(
    r"(?:\s*/\s*(?:0?1\s+)?[^\W\d_]+)?\s*\)" + _TOTAL_NAMED, re.IGNORECASE
)
_OPENED = re.compile(r"\(\s*(?:(?:trị\s+giá|giá\s+trị)\s*:?\s*)?\Z", re.IGNORECASE)


# Between a count and the counts that detail it: "70 suất quà cho các hộ ... gồm xã Xuân Đài
# 20 suất, ...".
_DETAILED_BY = re.compile(r"(?<!\w)(?:gồm(?:\s+có)?|trong\s+đó|cụ\s+thể)(?!\w)", re.IGNORECASE)


def _detailed(counts: list[Mention], text: str, base: int) -> list[Mention]:
    """*counts*, or only the first when the others detail it: they follow *gồm* (*trong đó*,
    *cụ thể*) after it, every one exact, and make it exactly ("70 suất quà ... gồm xã Xuân Đài
    20 suất, xã Thu Cúc 20 suất và Lai Đồng 30 suất")."""
    if len(counts) < 3:
        return counts
    head, parts = counts[0], counts[1:]
    if not _DETAILED_BY.search(text, head.end - base, parts[0].start - base):
        return counts
    if not all(_plain_exact(m) for m in counts):
        return counts
    if sum((m.value for m in parts), Decimal(0)) != head.value:
        return counts
    return [head]


def _carried(
    context: ParagraphContext,
    starts: Sequence[int],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """A count, the value of each unit in the next sentence, the total in the one after:
    "... trao 400 suất quà ... (mỗi xã 100 suất). Mỗi suất quà trị giá 600.000 đồng, ... Tổng
    kinh phí chương trình là 240 triệu đồng" (400 × 600.000 đồng = 240 triệu đồng).

    The count is the one exact figure of the unit outside brackets in the sentence before
    (none other of that unit there; a sentence between without any figure is passed over; for
    a paragraph that opens with the value each, the last sentence of the line right above);
    *phần* and *suất* (quà) are one unit.  The total is the first figure of the sentence right
    after, which opens with *Tổng*, in the amount's unit, or the figure right after *tổng kinh
    phí* (*tổng trị giá*...) that follows the value each in its own sentence ("Mỗi suất học
    bổng trị giá 1 triệu đồng, với tổng kinh phí 120 triệu đồng").
    """
    text, base = context.text, context.paragraph.offset
    mentions = context.mentions  # *starts*: their offsets in the paragraph, made once
    inside = mentions[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
    if not inside or inside[0].start - base - s_start > _CARRY_LOOK:
        return []
    each = inside[0]
    opens = _EACH_OPENS.match(text[s_start : each.start - base])
    if opens is None or _breakdowns_kind(each) != "money" or each.bound is not Bound.EXACT:
        return []
    if _PERIOD.match(text, each.end - base):
        return []  # "Mỗi hộ được hỗ trợ 2 triệu đồng/tháng": the total may be of many months
    if opens.group("q") is not None:
        noun = " ".join(opens.group("q").casefold().split())
        x = noun.split()[0]
    else:
        x = opens.group("x").casefold()
        noun = " ".join([x, *opens.group("more").casefold().split()])
    portions = portion_nouns()
    before: Sequence[Mention] = ()
    k = n
    while not before and k > 0 and n - k < _CARRY_SKIP:
        k -= 1  # "Đây là những trường hợp ...": a sentence without figures between
        p_start, p_end = spans[k]
        before = mentions[bisect.bisect_left(starts, p_start) : bisect.bisect_left(starts, p_end)]
    b_text, b_base, b_depth = text, base, depth
    b_paragraph = context.paragraph
    if not before and k == 0:
        # The paragraph opens with the value each: the count ends the paragraph right before
        # ("... trao tặng 130 suất quà ... TP. Phan Thiết" / "Mỗi phần quà trị giá 500.000 đồng").
        previous = context.state.figures.previous_sentence
        if previous is None or not previous[1]:
            return []
        b_paragraph, before = previous
        b_text, b_base = b_paragraph.text, b_paragraph.offset
        b_depth = _totals._depths(b_text)
        p_start = list(_totals.sentences(b_text))[-1][0]
    counts = [
        m
        for m in before
        if m.unit
        and (_first(m) == x or (x in portions and _first(m) in portions) or _classed(m, noun))
        and m.fraction is None
    ]
    if opens.group("q") and not counts:
        # "trao 800 “Túi an sinh công đoàn” ..." / "Mỗi “Túi an sinh công đoàn” trị giá ...":
        # the quoted name counted is no unit of the number; the same name, quoted, is.
        quoted = re.compile(r"\s*[“\"]" + re.escape(noun) + r"[”\"]", re.IGNORECASE)
        counts = [
            m
            for m in before
            if m.unit is None
            and m.fraction is None
            and quoted.match(" ".join(b_text[m.end - b_base : m.end - b_base + 80].split()))
        ]
    outside = _detailed([m for m in counts if b_depth[m.start - b_base] == 0], b_text, b_base)
    if len(outside) != 1 or outside[0].bound is not Bound.EXACT:
        return []
    count = outside[0]
    at = count.start - b_base
    clause = max(p_start, *(b_text.rfind(c, p_start, at) + 1 for c in ",;:("))
    if _EACH_AT.search(b_text, clause, at):
        return []  # "mỗi xã 100 suất": a count each, not the count
    after = inside[1:2]
    if not after or not _WITH_TOTAL.fullmatch(text, each.end - base, after[0].start - base):
        if n + 1 >= len(spans) or not _SUM_NEXT.match(text, spans[n + 1][0]):
            # "trao 310 suất quà ... với tổng trị giá 124 triệu đồng." / "Mỗi phần quà trị giá
            # 400 nghìn đồng": the total stated with the count, in the sentence before.
            money = [m for m in before if _unit(m) == _unit(each)]
            if money and money[0].end <= count.start:
                # "chi 400 triệu đồng để xây dựng 5 căn nhà ..." / "Mỗi căn nhà trị giá 80
                # triệu đồng": the total spent on the count, before it.
                total = _spent_on(b_text, b_base, b_depth, p_start, before, money[0], count)
                rest = text[s_start : spans[n + 1][1] if n + 1 < len(spans) else s_end]
                if total is None or _SHARED_COST.search(rest):
                    return []  # "phần còn lại do gia đình đối ứng": the value each is not paid
                if any(_unit(m) == _unit(each) for m in inside[1:]):
                    return []  # "Mỗi căn nhà trị giá 100 triệu đồng, Quỹ hỗ trợ 80 triệu đồng"
                if not _EACH_ENDS.match(text, each.end - base):
                    return []  # "Mỗi hộ được hỗ trợ 70 triệu đồng từ ngân sách tỉnh": more
                verb = " ".join(opens.group("verb").casefold().split())
                worth = verb in _WORTH_VERBS and _first(count) not in portions
                if worth and _SUPPORT.search(b_text, p_start, count.start - b_base):
                    return []  # "hỗ trợ 400 triệu đồng ... 5 căn nhà" / "Mỗi căn nhà trị giá
                    # 100 triệu đồng": a support towards houses worth more
                value = _EXACT.multiply(count.value, each.value)
                terms = f"{write_number(count.value)} × {each.text}"
                return list(_report(b_paragraph, context.file, total, value, terms))
            if len(money) != 1 or money[0].start < count.end or money[0].bound is not Bound.EXACT:
                return []
            gap = b_text[count.end - b_base : money[0].start - b_base]
            if (
                not _TOTAL_WITH_COUNT.fullmatch(gap)
                or _added(gap)
                or any(count.end <= m.start < money[0].start for m in before)
            ):
                return []  # other things given with the portions: the total may hold them
            value = _EXACT.multiply(count.value, each.value)
            terms = f"{write_number(count.value)} × {each.text}"
            return list(_report(b_paragraph, context.file, money[0], value, terms))
        t_start, t_end = spans[n + 1]
        after = mentions[bisect.bisect_left(starts, t_start) : bisect.bisect_left(starts, t_end)]
    if not after or _unit(after[0]) != _unit(each) or after[0].bound is not Bound.EXACT:
        return []
    value = _EXACT.multiply(count.value, each.value)
    at = after[0].start - base
    if value < after[0].value and _RUNNING_COST.search(
        text, max(0, at - 80, text.rfind(". ", 0, at)), at
    ):
        return []  # "Tổng kinh phí thực hiện đợt trao quà là 65 triệu đồng": more than the gifts
    terms = f"{write_number(count.value)} × {each.text}"
    return list(_report(context.paragraph, context.file, after[0], value, terms))


# A sentence that details the one before by what each unit got: "Theo đó, mỗi hộ được vay 45
# triệu đồng ...", "Mỗi tỉnh, thành phố được hỗ trợ 1 tỷ đồng.", "Theo đó, Tân Yên trích 65
# triệu đồng ... trao cho mỗi hộ 5 triệu đồng."
_EACH_NEXT_OPENS = re.compile(r"[\s\u2060]*(?:theo\s+đó\s*,|mỗi\s)", re.IGNORECASE)
# "mỗi X" (perhaps "X, Y": "mỗi tỉnh, thành phố"), a few words of what it got, and the amount.
_EACH_GOT = re.compile(
    r"(?<!\w)mỗi\s+(?P<x>[^\W\d_]+)(?P<y>\s+[^\W\d_]+)?(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    r"\s+(?P<verb>(?:được\s+)?(?:hỗ\s+trợ|vay|nhận|trao|tặng|cấp)|trị\s+giá|giá\s+trị"
    r"|có\s+giá\s+trị)\s*:?\s*\Z",
    re.IGNORECASE,
)
# "trao cho mỗi hộ 5 triệu đồng": the amount right after the noun.
_EACH_BARE = re.compile(r"(?<!\w)mỗi\s+(?P<x>[^\W\d_]+)\s+\Z", re.IGNORECASE)
# Nouns that only classify the next word: "mỗi con bò" counts "con bò", not any "con".
_CLASSIFIERS = frozenset({"con", "căn", "chiếc", "ngôi", "cái", "bộ"})
# A term after the amount: "45 triệu đồng trong thời gian 36 tháng" (a loan's term: the amount
# is its principal; of a support, perhaps a sum over the months: quiet).
_TERM_AFTER = re.compile(
    r"\s+trong(?:\s+thời\s+gian)?\s+\d+\s+(?:năm|tháng|tuần|ngày|quý)(?!\w)", re.IGNORECASE
)
# A total named in the sentence of the value each, after it: "..., với tổng kinh phí 5,2 tỷ".
_TOTAL_WORD = re.compile(r"(?<!\w)tổng(?!\w)[^\d.;]{0,30}\Z", re.IGNORECASE)
_CAP_BEFORE = re.compile(
    r"(?<!\w)(?:tối\s+đa|lên\s+(?:đến|tới)|đến|tới|từ|bình\s+quân|trung\s+bình)\s*\Z",
    re.IGNORECASE,
)


# A source named for the amount each ("từ ngân sách tỉnh", "từ nguồn ...", "từ Quỹ ...").
_FROM_SOURCE = re.compile(r"\s+(?:từ|do)\s+(?:ngân\s+sách|nguồn|quỹ)(?!\w)", re.IGNORECASE)
_PORTIONS = frozenset({"suất", "xuất", "phần"})
# Money received, not given: "UBMTTQ tỉnh nhận 400 triệu đồng, xây dựng 5 căn nhà".
_RECEIVED_BEFORE = re.compile(
    r"(?<!\w)(?:nhận|thu|huy\s+động|vận\s+động|quyên\s+góp)(?:\s+được)?\s*\Z", re.IGNORECASE
)


def _handled_before(text: str, at: int) -> str | None:
    """How the money of a total at *at* is handled, by the verb right before it: ``"spent"``
    (*chi*, *trích*, *hỗ trợ*, *phân bổ*, *dành*, *cấp*, *đầu tư*: given out), ``"received"``
    (*nhận*, *thu*, *huy động*, *vận động*, *quyên góp*: taken in, not what the portions cost)
    or ``None``.  The one guard every per-unit reading uses: a total received is never the sum
    of what was given each; a total spent on a count may be."""
    start = max(0, at - 24)
    if _SPEND.search(text, start, at):
        return "spent"
    if _RECEIVED_BEFORE.search(text, start, at):
        return "received"
    return None


def _joined(gap: str) -> bool:
    """Whether *gap* (after a count, to its sentence's end) joins something else to what the
    money paid for: the one guard of :func:`_adds`, shared by every per-unit reading."""
    return _adds(gap)


# The rest of a cost borne by another, said in the sentence after the value each.
_REST_SHARED = re.compile(r"(?<!\w)(?:còn\s+lại|đối\s+ứng|tự\s+lo)(?!\w)", re.IGNORECASE)


def _each_next(
    context: ParagraphContext,
    starts: Sequence[int],
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """A count and its total in one sentence, what each unit got in the next, which opens
    *Theo đó,* or *Mỗi*: "Hội Nông dân huyện Sơn Dương giải ngân 450 triệu đồng ... cho 10 hộ
    hội viên xã Hợp Hòa." / "Theo đó, mỗi hộ được vay 45 triệu đồng trong thời gian 36 tháng
    ..." (10 × 45 triệu); the total may stand in the second sentence instead ("... cho 13 hộ
    nghèo" / "Theo đó, Tân Yên trích 65 triệu đồng ... trao cho mỗi hộ 5 triệu đồng", "Mỗi con
    bò giá trị 15 triệu đồng, với tổng kinh phí 255 triệu đồng").

    The amount each is the first figure after *mỗi X* and its verb (*được hỗ trợ, vay, nhận,
    trị giá* ...), exact, in đồng, not a ceiling or an average (*tối đa, lên đến, từ, bình
    quân*), not per period (``/tháng``, *mỗi năm*), no term after it but a loan's; the count is
    the one exact figure of X outside brackets in the sentence before (*con bò*, not any *con*),
    none in the sentence of the amount; the total is the one other amount in đồng of the two
    sentences (in the second: before *mỗi*, or after *tổng*), exact, outside brackets.  Quiet
    when a cost is shared (*còn lại, đối ứng, góp, thêm*) or a list or other money stands in
    either sentence."""
    text, base = context.text, context.paragraph.offset
    mentions = context.mentions
    s_start, s_end = spans[n]
    here = mentions[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
    b_paragraph, b_text, b_base, b_depth = context.paragraph, text, base, depth
    if n > 0:
        p_start, p_end = spans[n - 1]
        before = mentions[bisect.bisect_left(starts, p_start) : bisect.bisect_left(starts, p_end)]
    else:
        # The line right above ends with the count: "... cho 13 hộ nghèo trên địa bàn." /
        # "Theo đó, Tân Yên trích 65 triệu đồng ... trao cho mỗi hộ 5 triệu đồng."
        previous = context.state.figures.previous_sentence
        if previous is None or not previous[1]:
            return []
        b_paragraph, before = previous
        b_text, b_base = b_paragraph.text, b_paragraph.offset
        b_depth = _totals._depths(b_text)
        p_start = list(_totals.sentences(b_text))[-1][0]
        before = [m for m in before if m.start - b_base >= p_start]
    if not here or not before or len(here) + len(before) > 12:
        return []
    if _SHARED_COST.search(b_text, p_start) or _SHARED_COST.search(text, s_start, s_end):
        return []
    if n + 1 < len(spans) and _REST_SHARED.search(text, *spans[n + 1]):
        return []  # "Mỗi căn nhà trị giá 100 triệu đồng. Phần còn lại do gia đình tự lo."
    b_end = p_end if n > 0 else len(b_text)
    for k, each in enumerate(here):
        if _unit(each) != "đồng" or each.bound is not Bound.EXACT or each.fraction is not None:
            continue
        at = each.start - base
        head = text[max(s_start, at - 60) : at]
        got = _EACH_GOT.search(head) or _EACH_BARE.search(head)
        if got is None:
            continue
        if k > 0 and here[k - 1].start - base > max(s_start, at - 60) + got.start():
            return []  # a figure between "mỗi X" and the amount
        verb = got.groupdict().get("verb") or ""
        if _CAP_BEFORE.search(text, s_start, at) and _CAP_BEFORE.search(head):
            return []
        if _AVERAGE.search(head) or _PERIOD.match(text, each.end - base):
            return []
        term = _TERM_AFTER.match(text, each.end - base)
        if term is not None and "vay" not in verb.casefold():
            return []
        if _FROM_SOURCE.match(text, each.end - base):
            return []  # "mỗi hộ được hỗ trợ 70 triệu đồng từ ngân sách tỉnh": another purse
        clause = _CLAUSE_END.search(text, each.end - base, s_end)
        if _ADDED.search(text, each.end - base, clause.start() if clause else s_end):
            return []  # "mỗi hộ được hỗ trợ 5 triệu đồng và 1 bao gạo": the total may hold more
        x = got.group("x").casefold()
        y = (got.groupdict().get("y") or "").strip().casefold()
        worth = " ".join(verb.casefold().split()) in _WORTH_VERBS
        if worth and x not in _PORTIONS and _SUPPORT.search(b_text, p_start):
            # "trích 400 triệu đồng hỗ trợ xây dựng 5 căn nhà" / "Mỗi căn nhà trị giá 100 triệu
            # đồng": a support towards houses worth more; a portion's worth is what was given.
            return []
        counts = [
            m
            for m in before
            if m.unit
            and m.fraction is None
            and _first(m) == x
            and (x not in _CLASSIFIERS or _classified(m, b_text, b_base) == y)
        ]
        number: Decimal | None = None
        if not counts and x in _PLACES:
            # "Theo đó, ... cho TP. Đà Nẵng, tỉnh Quảng Nam mỗi nơi 3 tỉ đồng": places named
            named = _places_named(text, s_start, max(s_start, at - 60) + got.start())
            number = None if named is None else Decimal(named)
        elif (
            len(counts) == 1
            and not b_depth[counts[0].start - b_base]
            and counts[0].bound is Bound.EXACT
        ):
            if _joined(b_text[counts[0].end - b_base : b_end]):
                return []  # "chi 400 triệu đồng để xây dựng 5 căn nhà và mua sắm thiết bị"
            number = counts[0].value
        if number is None:
            return []
        if any(m.unit and _first(m) == x for m in here if m is not each):
            return []  # a count of X in the sentence of the amount: which is it?
        money = [m for m in (*before, *here) if m is not each and _unit(m) == "đồng"]
        if len(money) != 1:
            return []
        total = money[0]
        t_text, t_base = (text, base) if total in here else (b_text, b_base)
        if _handled_before(t_text, total.start - t_base) == "received":
            return []
        inside = depth[total.start - base] if total in here else b_depth[total.start - b_base]
        if total.bound is not Bound.EXACT or inside or total.fraction:
            return []
        if total in here and total.start > each.start:
            if not _TOTAL_WORD.search(text, s_start, total.start - base):
                return []
        elif total in here and total.start - base > at - len(head) + got.start():
            return []
        value = _EXACT.multiply(number, each.value)
        terms = f"{write_number(number)} × {each.text}"
        where = context.paragraph if total in here else b_paragraph
        return list(_report(where, context.file, total, value, terms))
    return []


def _classified(m: Mention, text: str, base: int) -> str:
    """The word a classifier counts after *m* ("17 con bò giống" counts *bò*), in its unit or
    right after it in *text* when the unit is the classifier alone (``"17 con"``).

    >>> from hoiquanchung.checker import extract
    >>> t = "trao 17 con bò giống"
    >>> _classified(extract(t)[0], t, 0)
    'bò'
    """
    words = _unit(m).split(" ")
    if len(words) > 1:
        return words[1]
    after = text[m.end - base : m.end - base + 30].split()
    return after[0].casefold() if after else ""


# The cost of carrying out what was given, which may hold more than the gifts (transport, the
# ceremony): "200 phần quà ... Mỗi phần quà trị giá 300.000 đồng ... Tổng kinh phí thực hiện đợt
# trao quà là 65 triệu đồng" (vnanet.vn, 2026; 200 × 300.000 = 60 triệu).  Less than the gifts is
# still a contradiction.
_RUNNING_COST = re.compile(
    r"(?<!\w)(?:kinh\s+phí\s+(?:thực\s+hiện|tổ\s+chức)|chi\s+phí)(?!\w)", re.IGNORECASE
)


# Between a count and its total in one sentence: "310 suất quà Trung thu cho các hộ ... với tổng
# trị giá 124 triệu đồng" (words without figures, no end of clause).
_TOTAL_WITH_COUNT = re.compile(
    r"[^\d;:()]*?(?<!\w)(?:với\s+)?tổng\s+(?:kinh\s+phí|trị\s+giá|giá\s+trị|số\s+tiền)"
    r"(?:\s+là)?\s*:?\s*",
    re.IGNORECASE,
)


_ADDED = re.compile(r"(?<!\w)(?:và|cùng|kèm|gồm|ngoài)(?!\w)", re.IGNORECASE)


def _added(gap: str) -> bool:
    """Whether *gap* (words between a count of recipients and its total) adds something to
    what was given: the one guard of :func:`_adds`, shared by every per-unit reading."""
    return _adds(gap)


def _adds(gap: str) -> bool:
    """Whether *gap* (words after a count, up to its total or its clause's end) adds something
    to what the money paid for, the one guard every per-unit reading uses: *và*, *cùng*, *kèm*
    (more given), *gồm*, *ngoài* (more held, more besides); but not a *và* or *gồm* that
    joins one more kind of the recipients counted ("cho 23 hộ gia đình nghèo, cận nghèo và hộ
    khó khăn với tổng số tiền ...": the 23 households are all of them), nor one before a
    capitalised name, the last of the count's names or the list of them ("..., Sóc Trăng và
    Cần Thơ", "gồm: Bá Thước, Thiết Ống, ...")."""
    for m in _ADDED.finditer(gap):
        word = m.group().casefold()
        after = gap[m.end() :].lstrip(" :")
        if word in ("và", "gồm") and after[:1].isupper():
            continue
        rest = " ".join(after.casefold().split())
        if word in ("và", "gồm") and names_recipient(rest):
            continue
        return True
    return False


def _classed(m: Mention, noun: str) -> bool:
    """Whether *m* counts *noun* of two words or more after a classifier ("23 hộ gia đình"
    counts *gia đình*: "Mỗi gia đình được hỗ trợ 15 triệu đồng")."""
    return " " in noun and " ".join(_unit(m).split()).endswith(" " + noun)


# Before a total spent on a count: "(quyết định) chi 400 triệu đồng", "hỗ trợ 864 triệu đồng".
_SPEND = re.compile(
    r"(?<!\w)(?:chi|trích|hỗ\s+trợ|phân\s+bổ|dành|cấp|đầu\s+tư)\s*\Z", re.IGNORECASE
)
# Between that total and its count: "để xây dựng", "xây dựng", "để làm", "hỗ trợ làm nhà ở
# cho", "cho" (words only, no end of clause).
_SPENT_ON = re.compile(
    r"[^\W\d_]*(?:\s+[^\W\d_]+){0,6}?\s*(?<!\w)"
    r"(?:xây\s+dựng|làm(?:\s+mới)?|sửa\s+chữa|mua|cho|hỗ\s+trợ|tặng|trao(?:\s+tặng)?)"
    r"\s+",
    re.IGNORECASE,
)
# After a value each, the end of its clause or what it is for ("80 triệu đồng, cho ...", "15
# triệu đồng để lựa chọn mua một con bò").
_EACH_ENDS = re.compile(r"(?:\s+tiền\s+mặt)?\s*(?:[,.;:]|\Z|(?:để|cho)(?!\w))", re.IGNORECASE)
_SUPPORT = re.compile(r"(?<!\w)hỗ\s+trợ(?!\w)", re.IGNORECASE)
# The verbs of a value each that say what a unit is worth, not what was paid towards it.
_WORTH_VERBS = frozenset({"trị giá", "có giá trị", "giá trị", "là"})
# A cost shared with others: the value each need not all come from the total spent.
_SHARED_COST = re.compile(r"(?<!\w)(?:còn\s+lại|đối\s+ứng|góp|thêm)(?!\w)", re.IGNORECASE)
# The money that follows the count in its sentence is the total's own breakdown only after
# "trong đó" ("..., trong đó, 300 triệu đồng do ... và 100 triệu đồng từ ...").
_OF_WHICH = re.compile(r"(?<!\w)trong\s+đó(?!\w)", re.IGNORECASE)


def _spent_on(
    text: str,
    base: int,
    depth: Sequence[int],
    s_start: int,
    mentions: Sequence[Mention],
    total: Mention,
    count: Mention,
) -> Mention | None:
    """*total* when it is the sum spent on *count* in their sentence (the sentence holds no
    other figure, but the total's breakdown after *trong đó*): "UBMTTQ ... chi 400 triệu đồng
    để xây dựng 5 căn nhà đại đoàn kết tại các địa phương, trong đó, 300 triệu đồng do ... và
    100 triệu đồng từ ...".  The count's clause must add nothing ("... 5 căn nhà và trang thiết
    bị": the total may pay for more)."""
    if total.bound is not Bound.EXACT or depth[total.start - base] or depth[count.start - base]:
        return None
    if _handled_before(text, total.start - base) != "spent":
        return None
    if not _SPENT_ON.fullmatch(text, total.end - base, count.start - base):
        return None
    clause = _CLAUSE_END.search(text, count.end - base)
    stop = clause.start() if clause else len(text)
    if _added(text[count.end - base : stop]):
        return None  # "... 5 căn nhà và trang thiết bị"; not "cho các hộ nghèo và hộ khó khăn"
    of_which = _OF_WHICH.search(text, count.end - base)
    for m in mentions:
        if m is total or m is count:
            continue
        if m.start < total.start:
            return None  # a figure before the total: the sentence says more than one sum
        if of_which is None or m.start - base < of_which.end() or _unit(m) != _unit(total):
            return None
    return total


# What each portion holds ("Mỗi suất quà gồm có 10 kg gạo, ... kèm theo 50 ngàn đồng tiền mặt"):
# a sentence of the portion's contents, whose amounts are inside the portion's price.
_CONTENTS = re.compile(
    r"[\s\u2060]*mỗi\s+(?P<x>[^\W\d_]+)(?:\s+[^\W\d_]+){0,3}?\s+(?:gồm|bao\s+gồm)\b",
    re.IGNORECASE,
)
_MAX_PRODUCT_SENTENCES = 4  # sentences read back from a total for one product each


def _sentence_products(
    context: ParagraphContext, starts: Sequence[int], spans: Sequence[tuple[int, int]], n: int
) -> list[Finding]:
    """Products one a sentence, their total in the sentence that opens with *Tổng* after them:
    "... trao tặng 100 suất quà (350 ngàn đồng/suất) ... Đồng thời, tặng 100 suất quà Trung thu
    sớm (100 ngàn đồng/suất) ... Tổng trị giá quà tặng 45 triệu đồng" (100 × 350 ngàn + 100 ×
    100 ngàn đồng).

    Each sentence from the paragraph's start to the total holds one count and its price each
    and no other amount, or tells what each portion holds ("Mỗi suất quà gồm có 10 kg gạo, ...
    50 ngàn đồng tiền mặt": inside the price, not added).  Any other sentence before the total
    with an amount (another amount, a list) and nothing is reported: the total may be of more
    than the products.  A sentence without any amount ("Ngoài ra, Hội còn tặng 1 tấn quần áo
    ..."; not one that details, *Trong đó*, *Riêng*, *Cụ thể*) may give things whose worth is
    not written: the products are then a lower bound of the total, contradicted only when they
    exceed it (a warning).
    """
    t_start, t_end = spans[n]
    mentions = context.mentions
    after = mentions[bisect.bisect_left(starts, t_start) : bisect.bisect_left(starts, t_end)]
    if not after or n > _MAX_PRODUCT_SENTENCES:
        return []
    return _against(context, after[0], _products(context, starts, spans[:n]))


def _against(
    context: ParagraphContext,
    total: Mention,
    products: _Read | None,
) -> list[Finding]:
    """The findings of *products* (value, terms, whether a lower bound) against *total*, and
    those of their counts."""
    if products is None:
        return []
    if total.bound is not Bound.EXACT or _unit(total) != "đồng" or products.value is None:
        return products.counts
    value, terms, lower = products.value, products.terms, products.lower
    if lower and value <= total.value:
        return products.counts
    severity = Severity.WARNING if lower else Severity.ERROR
    found = _report(context.paragraph, context.file, total, value, " + ".join(terms), severity)
    return [*products.counts, *found]


@attrs.frozen
class _Read:
    """Products read one a sentence: their sum (``None``: some item's amount is unclear), terms,
    whether the sum is a lower bound only, and the findings of their counts."""

    value: Decimal | None
    terms: list[str]
    lower: bool
    counts: list[Finding]


# A sentence that details what came before: its counts may be of the portions already counted.
_DETAILS = re.compile(r"[\s\u2060\-–•*+]*(?:trong\s+đó|riêng|cụ\s+thể|gồm)\b", re.IGNORECASE)


def _products(
    context: ParagraphContext, starts: Sequence[int], spans: Sequence[tuple[int, int]]
) -> _Read | None:
    """The sum of the products one a sentence of *spans*, their terms and whether the sum is a
    lower bound only (a sentence gives things without an amount); ``None`` when a sentence
    holds anything else (see :func:`_sentence_products`).

    A sentence may also be a list of products (:func:`_listed`), and a sentence without an
    amount may state the count of all the portions ("Đoàn đã trao tổng cộng 150 suất quà"):
    when the products' portions make that count, the sentence is their summary, not things
    without their worth.  When every other sentence is a product or a list of them, and their
    portions do not make the summary's count, that count is reported (a warning)."""
    text, mentions = context.text, context.mentions
    value: Decimal | None = Decimal(0)
    terms: list[str] = []
    lower = False
    counts: list[Finding] = []
    parts: list[str] = []  # the products' counts of portions
    portions = portion_nouns()
    summary: Mention | None = None
    counted: Decimal | None = Decimal(0)  # the products' portions (None: not all portions)
    for s_start, s_end in spans:
        local = mentions[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        contents = _CONTENTS.match(text, s_start)
        if contents is not None and contents.group("x").casefold() in portions:
            continue  # what each portion holds: inside its price
        money = [m for m in local if _unit(m) == "đồng"]
        if len(money) > 1:
            local, s_end = _before_contents(context, local, money[0], s_end)
            money = [m for m in local if _unit(m) == "đồng"]
        if not money and not _DETAILS.match(text, s_start):
            whole = _summary(context, local)
            if whole is not None and summary is None:
                summary = whole
                continue
            lower = True  # things without their worth (or no figure at all)
            continue
        if len(money) > 1:
            listed = _listed(context, local, s_start, s_end)
            if listed is None:
                return None
            sub, sub_terms, sub_counted, sub_found = listed
            value = None if value is None or sub is None else _EXACT.add(value, sub)
            terms += sub_terms
            counts += sub_found
            counted = None if counted is None or sub_counted is None else counted + sub_counted
            parts.append(write_number(sub_counted) if sub_counted is not None else "")
            continue
        found = _product(context, local, s_start, s_end) if money else None
        if found is None or found[0] is not money[0] or found[0].bound is not Bound.EXACT:
            return None  # another amount, a list or no price each: the total may hold more
        each, number, how = found
        if value is not None:
            value = _EXACT.add(value, _EXACT.multiply(number, each.value))
        terms.append(f"{how} × {each.text}")
        rest = text[each.end - context.paragraph.offset : s_end]
        if _GIVEN_TOO.search(rest) or any(
            m.start > each.start
            and not names_recipient(" ".join(_unit(m).split()))
            and not _OF_PLACE.search(
                text,
                max(0, m.start - context.paragraph.offset - 8),
                m.start - context.paragraph.offset,
            )
            for m in local
        ):
            # "..., mỗi suất trị giá 500.000 đồng và 50 thùng mì", "...; ngoài ra, Hội còn
            # tặng áo ấm": things given besides, without their worth
            lower = True
        others = [m for m in local if m is not each]
        if counted is not None and all(_first(m) in portions for m in others):
            counted += number
            parts.append(how)
        else:
            counted = None
    if not terms:
        return None
    if summary is not None and counted != summary.value:
        # The summary's count not made by the products: perhaps more was given; when nothing
        # else was (every sentence a product), the counts contradict it.
        if counted is not None and not lower:
            how = " + ".join(parts)
            counts += _report(
                context.paragraph, context.file, summary, counted, how, Severity.WARNING
            )
        lower = True
    return _Read(value, terms, lower, counts)


# Words that give more after a product in its sentence.
_GIVEN_TOO = re.compile(
    r"(?<!\w)(?:tặng|trao|ngoài\s+ra|cùng\s+với|kèm\s+theo)(?!\w)", re.IGNORECASE
)


# What each portion holds, later in the sentence of its price: "..., mỗi suất quà bao gồm, gạo,
# mì tôm ..., kèm theo 100.000 đồng tiền mặt".
_HOLDS_IN = re.compile(
    r"[,;]\s*mỗi\s+(?P<x>[^\W\d_]+)(?:\s+[^\W\d_]+){0,2}?\s+(?:bao\s+)?gồm\b", re.IGNORECASE
)


def _before_contents(
    context: ParagraphContext, local: Sequence[Mention], price: Mention, s_end: int
) -> tuple[Sequence[Mention], int]:
    """*local* and *s_end* cut before what each portion holds, when the sentence goes on to
    it after the price each ("200 suất quà (650.000 đồng/suất) cho hộ nghèo ..., mỗi suất quà
    bao gồm, gạo, ..., kèm theo 100.000 đồng tiền mặt"): the amounts there are inside the price
    (each smaller than it), not added.  Unchanged otherwise."""
    base = context.paragraph.offset
    holds = _HOLDS_IN.search(context.text, price.end - base, s_end)
    if holds is None or holds.group("x").casefold() not in portion_nouns():
        return local, s_end
    inside = [m for m in local if m.start - base >= holds.start()]
    if not all(_money(m) and m.value < price.value for m in inside):
        return local, s_end
    return [m for m in local if m.start - base < holds.start()], holds.start()


# The count of all the portions, in a sentence of its own: "Đoàn đã trao tổng cộng 150 suất quà".
_ALL_OF = re.compile(
    r"(?<!\w)(?:tổng\s+cộng|tổng\s+số|tất\s+cả|cả\s+thảy)\s*:?\s*\Z", re.IGNORECASE
)


def _summary(context: ParagraphContext, local: Sequence[Mention]) -> Mention | None:
    """The one figure of *local* when it is an exact count of portions right after *tổng
    cộng* (*tổng số*, *tất cả*)."""
    if len(local) != 1 or not _plain_exact(local[0]) or _first(local[0]) not in portion_nouns():
        return None
    at = local[0].start - context.paragraph.offset
    return local[0] if _ALL_OF.search(context.text, max(0, at - 20), at) else None


_SOME_OF = re.compile(r"[\s\u2060]*trong\s+đó\s*[,:]?\s*", re.IGNORECASE)
_AND = re.compile(r"\s+và\s+", re.IGNORECASE)


def _listed(
    context: ParagraphContext, local: Sequence[Mention], s_start: int, s_end: int
) -> tuple[Decimal | None, list[str], Decimal | None, list[Finding]] | None:
    """A sentence that is a list of products: its sum, terms and count of portions (``None``
    when a product counts something else), or ``None`` when it is not such a list.

    Items are split by ``;`` (and by *và* between two products each with its *mỗi*); every
    item is one count and its price each, and nothing else: "Cụ thể, 50 suất quà cho hộ nghèo,
    ..., mỗi suất trị giá 1 triệu đồng; 50 suất quà cho các em học sinh ..., mỗi suất trị giá
    1 triệu đồng".  An item may be one count of portions without a price ("đoàn trao 50 suất
    quà cho sinh viên có hoàn cảnh khó khăn"), then *trong đó* and the items that share it
    out ("10 suất ..., mỗi suất trị giá 2 triệu đồng; 35 suất ..., mỗi suất 4 triệu đồng và 5
    suất ..., mỗi suất 10 triệu đồng"): only when their counts make the head's (10 + 35 + 5 =
    50) is the list the whole of it; else *trong đó* may give some only, and nothing is said.
    """
    text, base = context.text, context.paragraph.offset
    depth = _totals._depths(text)
    value, terms = Decimal(0), []
    counted: Decimal | None = Decimal(0)
    head: Mention | None = None
    shared: Decimal | None = None  # the counts after "trong đó"
    shares: list[str] = []
    portions = portion_nouns()
    for a, b in _segments(text, s_start, s_end, depth):
        some = _SOME_OF.match(text, a)
        if some is not None:
            if head is None or shared is not None:
                return None
            shared, a = Decimal(0), some.end()
        parts = [(a, b)]
        if len(list(_EACH_AT.finditer(text, a, b))) > 1:
            cuts = [m for m in _AND.finditer(text, a, b) if depth[m.start()] == depth[a]]
            if len(cuts) != 1:
                return None
            parts = [(a, cuts[0].start()), (cuts[0].end(), b)]
        for pa, pb in parts:
            inside = [m for m in local if pa <= m.start - base < pb]
            if len(inside) == 1 and head is None and shared is None:
                if not _plain_exact(inside[0]) or _first(inside[0]) not in portions:
                    return None
                head = inside[0]  # shared out after "trong đó"
                continue
            found = _product(context, local, pa, pb)
            if found is None or len(inside) != 2 or found[0].bound is not Bound.EXACT:
                return None
            each, number, how = found
            count = next(m for m in inside if m is not each)
            if not _plain_exact(count) or _unit(count) == "đồng":
                return None
            value = _EXACT.add(value, _EXACT.multiply(number, each.value))
            terms.append(f"{how} × {each.text}")
            if shared is not None:
                shared += number
                shares.append(how)
            elif counted is not None and _first(count) in portions:
                counted += number
            else:
                counted = None
    beyond: list[Finding] = []
    money: Decimal | None = value
    if head is not None:
        if shared is None:
            return None
        if shared != head.value:
            money = None  # "trong đó" may give some only
        if shared > head.value:
            # more than the head's portions shared out: a contradiction (a warning)
            how = " + ".join(shares)
            beyond += _report(context.paragraph, context.file, head, shared, how, Severity.WARNING)
        counted = None if counted is None else counted + head.value
    if not terms:
        return None
    return money, terms, counted, beyond


def _products_above(context: ParagraphContext) -> list[Finding]:
    """Products one a sentence on the line right above, their total opening this paragraph:
    "... trao tặng 200 suất quà, mỗi suất trị giá 350.000 đồng, cho 200 hộ nghèo ... Mỗi suất
    quà gồm: ..." / "Tổng kinh phí thực hiện chương trình là 70 triệu đồng" (200 × 350.000).

    The same reading as :func:`_sentence_products`, the line above read whole (every sentence
    of it a product, what each portion holds, or things without an amount).
    """
    previous = context.state.figures.previous_sentence
    if previous is None or not context.mentions:
        return []
    above = previous[0]
    if not (_each_search(above.text) or _has_amount_per_unit(above.text)):
        return []
    spans = list(_totals.sentences(above.text))
    _, first_end = next(iter(_totals.sentences(context.text)))
    head = [m for m in context.mentions if m.start - context.paragraph.offset < first_end]
    if not head or len(spans) > _MAX_PRODUCT_SENTENCES + 1:
        return []
    read = ParagraphContext.of(above, file=context.file)
    starts = [m.start - above.offset for m in read.mentions]
    return _against(context, head[0], _products(read, starts, spans))


def _some_above(context: ParagraphContext) -> list[Finding]:
    """A *Trong đó* list of products on the line right above, made whole by the count its total
    names: "Trong đó, 21 nhà ... với 20 triệu đồng/ nhà; 11 nhà xây mới với số tiền hỗ trợ 50
    triệu đồng/ nhà." / "Tổng kinh phí ... cho 32 đoàn viên, người lao động là 970.000.000
    đồng" (21 + 11 = 32 houses, so 21 × 20 triệu + 11 × 50 triệu is the whole).

    The line above is one sentence that opens with *Trong đó*, its items (split by ``;``) each
    one exact count and its price each and nothing else; this line's first sentence holds
    exactly one exact count, then one exact amount.  Only when the items' counts make that
    count are the products checked against the amount.
    """
    previous = context.state.figures.previous_sentence
    if previous is None or not context.mentions:
        return []
    above = previous[0]
    some = _SOME_OF.match(above.text)
    spans = list(_totals.sentences(above.text))
    if some is None or not some.group(0).strip(" \u2060") or len(spans) != 1:
        return []
    _, first_end = next(iter(_totals.sentences(context.text)))
    head = [m for m in context.mentions if m.start - context.paragraph.offset < first_end]
    if len(head) != 2 or not all(_plain_exact(m) for m in head):
        return []
    count, total = head
    if _money(count) or _unit(total) != "đồng":
        return []
    read = ParagraphContext.of(above, file=context.file)
    depth = _totals._depths(above.text)
    segments = _segments(above.text, some.end(), len(above.text), depth)
    if len(segments) < 2:
        return []
    value, number, terms = Decimal(0), Decimal(0), []
    for a, b in segments:
        inside = [m for m in read.mentions if a <= m.start - above.offset < b]
        found = _product(read, inside, a, b)
        if found is None or len(inside) != 2 or not all(_plain_exact(m) for m in inside):
            return []
        each, n, how = found
        if _unit(each) != "đồng":
            return []
        value = _EXACT.add(value, _EXACT.multiply(n, each.value))
        number += n
        terms.append(f"{how} × {each.text}")
    if number != count.value:
        return []  # some items only, or of something else: the total may hold more
    return list(_report(context.paragraph, context.file, total, value, " + ".join(terms)))


# Portions given to a list of counted recipients: "tặng 18.796 suất quà cho 17.269 hộ gia đình
# nghèo, 1.527 hộ gia đình nạn nhân chất độc da cam".
_TO = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s+cho\s+", re.IGNORECASE)
# A price each in brackets between the portions and "cho": "200 suất quà (350.000 đồng/suất) cho".
_PRICE_OPENS = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*\(\s*")
_PRICE_CLOSES = re.compile(r"\s*/\s*[^\W\d_]+\s*\)(?:\s+[^\W\d_]+){0,4}\s+cho\s+", re.IGNORECASE)
_OTHER_GROUP = re.compile(r"[^\d;:()\n.]*?\s+và\s+", re.IGNORECASE)
_LABEL = re.compile(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)")  # a group's first words
_NEXT_ITEM = re.compile(r"(?:\s+(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)*))?\s*(?:,|\s+và)\s+", re.I)


def _recipient(m: Mention) -> str | None:
    """The recipient noun *m* counts (*hộ*, *học sinh*), if it counts recipients exactly."""
    unit = " ".join(_unit(m).split())
    if m.bound is not Bound.EXACT or m.fraction is not None:
        return None
    for noun in recipient_nouns():
        if unit == noun or unit.startswith(noun + " "):
            return noun
    return None


def _portions(context: ParagraphContext) -> Iterator[Finding]:
    """Rule 2c, one portion each: N *suất* given *cho* a list of counted recipients of one
    noun, each with its own label; every recipient counted receives a suất at least, so
    recipients beyond N contradict it (a warning).  Fewer recipients than portions are no
    contradiction (one may receive two), nor are places ("500 suất quà cho 3 xã").  A price
    each in brackets may come between ("200 suất quà (350.000 đồng/suất) cho 150 hộ"), and the
    list may end with one group of another recipient noun after *và* ("... của xã Krong và 50
    học sinh"): pupils are not households, the groups cannot nest."""
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    for k, total in enumerate(mentions[:-2]):
        if (
            _first(total) not in portion_nouns()
            or total.bound is not Bound.EXACT
            or total.fraction is not None
        ):
            continue
        at = k + 1
        price = mentions[at]
        if (
            _unit(price) == "đồng"
            and at + 1 < len(mentions)
            and _PRICE_OPENS.fullmatch(text, total.end - base, price.start - base)
            and _PRICE_CLOSES.fullmatch(text, price.end - base, mentions[at + 1].start - base)
        ):
            at += 1  # "200 suất quà (350.000 đồng/suất) cho 150 hộ": the price each passed over
        first = mentions[at]
        if at == k + 1 and _TO.fullmatch(text, total.end - base, first.start - base) is None:
            continue  # "tặng 18.796 suất quà cho 17.269 hộ": the words, then "cho", then a count
        noun = _recipient(first)
        parts, words = [first], []
        nouns = [noun]
        for m in mentions[at + 1 :]:
            gap = _NEXT_ITEM.fullmatch(text, parts[-1].end - base, m.start - base)
            other = _recipient(m)
            if gap is None or other != noun:
                # "cho 150 hộ ... nghèo, khó khăn của xã Krong và 50 học sinh": recipients of
                # another noun after "và" (pupils are not households: the groups cannot nest).
                if (
                    other is None
                    or other in nouns
                    or not _OTHER_GROUP.fullmatch(text, parts[-1].end - base, m.start - base)
                ):
                    break
                words.append("")
                nouns.append(other)
                parts.append(m)
                break
            words.append(gap.group("label") or "")
            nouns.append(noun)
            parts.append(m)
        tail = _LABEL.match(text, parts[-1].end - base)
        words.append(tail.group(1) if tail else "")
        # A group's label: its unit's words after the recipient noun, then the words after it
        # ("17.269 hộ gia đình nghèo": "gia đình nghèo"; "1 hộ cận nghèo": "cận nghèo").
        labels = [
            " ".join(f"{_unit(p)[len(n or '') :]} {w}".casefold().split())
            for p, w, n in zip(parts, words, nouns, strict=True)
        ]
        mine = [label for label, n in zip(labels, nouns, strict=True) if n == noun]
        if noun is None or len(parts) < 2:
            continue
        if len(mine) > 1 and ("" in mine or len(set(mine)) < len(mine)):
            continue  # each group named by its own words: "200 hộ, 50 hộ nghèo" may nest
        value = Decimal(0)
        for p in parts:
            value = _EXACT.add(value, p.value)
        if value <= total.value:
            continue  # several portions to one recipient may explain the rest
        terms = " + ".join(write_number(p.value) for p in parts)
        yield from _report(context.paragraph, context.file, total, value, terms, Severity.WARNING)


_CHO = re.compile(r"\s+cho\s+", re.IGNORECASE)
_EACH_GAP = 40  # characters between "mỗi X" and its count


def _recipients_each(context: ParagraphContext) -> Iterator[Finding]:
    """Rule 2c, one portion each, recipients counted per place: "trao 120 suất học bổng cho học
    sinh thuộc 40 phường, xã ..., mỗi địa phương 3 em" (40 × 3 = 120 pupils, a suất each).

    Every recipient receives a suất at least, so recipients beyond the portions contradict them
    (a warning); fewer do not (one may receive two).  The places are every count between the
    portions and *mỗi* (for *mỗi địa phương* / *mỗi đơn vị*), or those of the noun after *mỗi*;
    any other figure between, and nothing is said.
    """
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    portions = portion_nouns()
    spans = list(_totals.sentences(text))
    starts = [m.start - base for m in mentions]  # in text order
    for s_start, s_end in spans:
        local = mentions[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        for k, total in enumerate(local):
            if (
                _first(total) not in portions
                or total.bound is not Bound.EXACT
                or total.fraction is not None
            ):
                continue
            t_end = total.end - base
            stop = text.find(";", t_end, s_end)
            stop = s_end if stop == -1 else stop
            each_word = _EACH_AT.search(text, t_end, stop)
            cho = _CHO.search(text, t_end, stop)
            if each_word is None or cho is None or cho.start() > each_word.start():
                continue
            between = [m for m in local[k + 1 :] if m.end - base <= each_word.start()]
            after = [m for m in local[k + 1 :] if m.start - base >= each_word.end()]
            if not between or not after or after[0].start - base - each_word.end() > _EACH_GAP:
                continue
            each = after[0]
            x = each_word.group("x").casefold()
            places = [m for m in between if x in _PLACES or _first(m) == x.split(" ")[0]]
            if (
                _recipient(each) is None
                or len(places) != len(between)
                or any(_recipient(m) or _first(m) in portions for m in places)
                or any(m.bound is not Bound.EXACT or m.fraction is not None for m in places)
            ):
                continue  # another figure between, or recipients counted there: unclear
            number = sum((m.value for m in places), Decimal(0))
            value = _EXACT.multiply(number, each.value)
            if value <= total.value:
                continue  # several portions to one recipient may explain the rest
            how = " + ".join(write_number(m.value) for m in places)
            terms = f"{how} × {write_number(each.value)}"
            yield from _report(
                context.paragraph, context.file, total, value, terms, Severity.WARNING
            )


# A running total: "..., đưa tổng số suất học bổng trao trong năm là 1000 suất với tổng số tiền".
_RUNNING = re.compile(r",?\s*(?:đưa|nâng)\s+tổng(?:\s+số)?\b", re.IGNORECASE)


def _running_total(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """The amount so far, more portions at a price each, and the running total they bring:
    "Đến nay, Hội ... đã trao 7 đợt cho 777 em ... với tổng số tiền 2 tỷ 2 triệu 500 nghìn
    đồng. ... tiếp tục trao 3 đợt với 223 suất học bổng, mỗi suất 500 nghìn đồng, đưa tổng số
    suất học bổng trao trong năm là 1000 suất với tổng số tiền 2 tỷ 114 triệu đồng" (2 tỷ 2
    triệu 500 nghìn + 223 × 500 nghìn).

    The sentence holds, before *đưa tổng* (*nâng tổng*), one product and no other amount, and
    after it one amount, the running total; the sentence before holds exactly one amount, the
    amount so far.  Anything else, and nothing is said.
    """
    text, base = context.text, context.paragraph.offset
    running = _RUNNING.search(text, s_start, s_end)
    if running is None:
        return []
    head = [m for m in local if m.start - base < running.start()]
    tail = [m for m in local if m.start - base >= running.end() and _money(m)]
    found = _product(context, head, s_start, running.start())
    if found is None or len(tail) != 1 or not _plain_exact(tail[0]):
        return []
    each, number, how = found
    if [m for m in head if _money(m)] != [each] or not _plain_exact(each):
        return []
    a, b = spans[n - 1]
    so_far = [m for m in context.mentions if a <= m.start - base < b and _money(m)]
    if len(so_far) != 1 or not _plain_exact(so_far[0]) or _unit(so_far[0]) != _unit(each):
        return []
    value = _EXACT.add(so_far[0].value, _EXACT.multiply(number, each.value))
    terms = f"{so_far[0].text} + {how} × {each.text}"
    return list(_report(context.paragraph, context.file, tail[0], value, terms))


# A price each, then what it is made of: "mức 1,2 triệu đồng/suất, bao gồm 1 triệu tiền mặt và
# túi quà trị giá 200.000 đồng", "200.000 đồng/suất (gồm 100.000 đồng tiền quà và ...)".
_MADE_OF = re.compile(r"\s*/\s*[^\W\d_]+\s*[,(]?\s*(?:bao\s+)?gồm\s*(?:có\s*)?:?\s*", re.IGNORECASE)
_PIECES = re.compile(r"\s*,\s*|\s+và\s+|\s+cùng\s+", re.IGNORECASE)


def _money(m: Mention) -> bool:
    """An amount of money: in *đồng*, or with the money named ("1 triệu tiền mặt")."""
    unit = _unit(m)
    return unit == "đồng" or unit.startswith("tiền ")


def _composed(
    context: ParagraphContext, local: Sequence[Mention], s_end: int, depth: Sequence[int]
) -> list[Finding]:
    """A price each and what it is made of: "mức 1,2 triệu đồng/suất, bao gồm 1 triệu tiền mặt
    và túi quà trị giá 200.000 đồng" (1 triệu + 200.000 = 1,2 triệu).

    Right after the price each (*đồng/suất*) comes *gồm* (*bao gồm*), then pieces split by
    ``,``, *và*, *cùng* up to the end of the clause (``;``, ``)``, the sentence's end); every
    piece holds exactly one exact amount of money and no other figure (at least two pieces).  A
    piece without its worth ("1 triệu đồng tiền mặt và vở học tập"), and nothing is said: the
    price may hold it.  A piece not smaller than the price ("mức 300.000 đồng/hộ, gồm 2 tỷ đồng
    ngân sách tỉnh và 1 tỷ đồng ngân sách huyện") is of all the portions, not of one: nothing is
    said either.
    """
    text, base = context.text, context.paragraph.offset
    found: list[Finding] = []
    for k, price in enumerate(local):
        if _unit(price) != "đồng" or not _plain_exact(price):
            continue
        opens = _MADE_OF.match(text, price.end - base)
        if opens is None or not per_unit(text, price.end - base):
            continue
        start = opens.end()
        level = depth[start]
        stop = start
        while stop < s_end and not (text[stop] in ";)" or depth[stop] < level):
            stop += 1
        pieces = [(m.start(), m.end()) for m in _PIECES.finditer(text, start, stop)]
        if any(depth[a] != level for a, _ in pieces):
            return []
        edges = [start, *(x for a, b in pieces for x in (a, b)), stop]
        parts: list[Mention] = []
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            inside = [m for m in local[k + 1 :] if a <= m.start - base < b]
            if len(inside) != 1 or not _money(inside[0]) or not _plain_exact(inside[0]):
                return []  # a piece without its worth, or two amounts: unclear
            if inside[0].value >= price.value:
                return []  # "300.000 đồng/hộ, gồm 2 tỷ đồng ...": all the portions, not one
            parts.append(inside[0])
        if len(parts) < 2:
            continue
        value = sum((m.value for m in parts), Decimal(0))
        terms = " + ".join(m.text for m in parts)
        found += _report(context.paragraph, context.file, price, value, terms)
    return found


_SOME_PRICED = re.compile(r"[\s\u2060\-–•*+]*trong\s+đó\s*[,:]\s*", re.IGNORECASE)
_ITEM_CUT = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+", re.IGNORECASE)
_PRICE_EACH = re.compile(r"\s*\(\s*mỗi\s+[^\W\d_]+", re.IGNORECASE)


def _some_priced(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """Groups of portions with their price each after *Trong đó*, beyond the portions counted
    before: "... đã hoàn thành trao 1.482 suất quà Tết ..." / "Các suất quà có tổng trị giá hơn
    520 triệu đồng ... Trong đó, 8 suất quà dành tặng ..., 46 suất ... (mỗi suất trị giá 800.000
    đồng), 1.164 suất cho hộ cận nghèo (mỗi suất 300.000 đồng) và 264 trẻ em ... (mỗi suất
    500.000 đồng)" (8 + 46 + 1.164 + 264 portions at least).

    *Trong đó* may give some groups only, so only groups beyond the count are reported (a
    warning).  Every item (split by ``,``, ``;``, *và* outside brackets) holds one exact count
    of portions or of recipients (a suất each at least) outside brackets, two items at least
    with their price each in brackets (*(mỗi suất ...)*); the count is the one exact count of
    portions outside brackets in the sentence before, or in the one before it when the sentence
    between holds amounts only ("Các suất quà có tổng trị giá ...").  Anything else, and nothing
    is said.
    """
    text, base = context.text, context.paragraph.offset
    start = _SOME_PRICED.match(text, s_start)
    if start is None:
        return []
    level = depth[s_start]
    cuts = [m for m in _ITEM_CUT.finditer(text, start.end(), s_end) if depth[m.start()] == level]
    edges = [start.end(), *(x for m in cuts for x in (m.start(), m.end())), s_end]
    portions = portion_nouns()
    counts: list[Mention] = []
    priced = 0
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        top = [m for m in local if a <= m.start - base < b and depth[m.start - base] == level]
        if len(top) != 1 or not _plain_exact(top[0]):
            return []
        count = top[0]
        if _first(count) not in portions and _recipient(count) is None:
            return []
        counts.append(count)
        if _PRICE_EACH.search(text, count.end - base, b):
            priced += 1
    if len(counts) < 2 or priced < 2:
        return []
    total = _portions_before(context, spans, n)
    if total is None:
        return []
    value = sum((m.value for m in counts), Decimal(0))
    if value <= total[1].value:
        return []  # some groups only: fewer says nothing
    terms = " + ".join(write_number(m.value) for m in counts)
    return list(_report(total[0], context.file, total[1], value, terms, Severity.WARNING))


def _portions_before(
    context: ParagraphContext, spans: Sequence[tuple[int, int]], n: int
) -> tuple[Paragraph, Mention] | None:
    """The one exact count of portions outside brackets in the sentence before sentence *n*,
    or in the one before it when the sentence between holds amounts only."""
    k = n
    for _ in range(2):
        before = _sentence_before(context, spans, k)
        if before is None:
            return None
        para, b_start, _, mentions = before
        b_text, b_base = para.text, para.offset
        things = [
            m
            for m in mentions
            if not _money(m)
            and not _YEAR.search(b_text, max(0, m.start - b_base - 30), m.start - b_base + 4)
        ]
        if not things:
            if para is not context.paragraph or k == 0:
                return None
            k -= 1  # "Các suất quà có tổng trị giá hơn 520 triệu đồng ...": amounts only
            continue
        b_depth = _totals._depths(b_text)
        counts = [m for m in things if _first(m) in portion_nouns()]
        if len(things) != 1 or len(counts) != 1 or not _plain_exact(counts[0]):
            return None
        if b_depth[counts[0].start - b_base] != 0:
            return None
        if re.search(
            r"mỗi\s*\Z",
            b_text[max(b_start, counts[0].start - b_base - 12) : counts[0].start - b_base],
            re.IGNORECASE,
        ):
            return None
        return para, counts[0]
    return None


# A total named by what it bought: "Tổng kinh phí trao xe lăn 32 triệu đồng".
_TOTAL_OF = re.compile(
    r"[\s\u2060]*tổng\s+(?:kinh\s+phí|trị\s+giá|giá\s+trị|số\s+tiền)\s+"
    r"(?:trao\s+tặng|trao|tặng|mua|hỗ\s+trợ)\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
    r"\s*(?:là\s*)?:?\s*",
    re.IGNORECASE,
)
_PRICE_OF = re.compile(r"\s*\(\s*(?:trị\s+giá|giá\s+trị)?\s*:?\s*", re.IGNORECASE)


def _total_of_one(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """A total named by the thing it bought, its count and price each in the sentence before:
    "... tặng 20 xe lăn (trị giá 1,6 triệu đồng/xe) và 20 suất quà (trị giá 100.000
    đồng/suất) ..." / "Tổng kinh phí trao xe lăn 32 triệu đồng" (20 × 1,6 triệu).

    The sentence opens with *Tổng kinh phí* (*trị giá*...) *trao* (*tặng*, *mua*) and the
    thing's words, then its first figure, an exact amount; the sentence before (or the last
    sentence of the line above) holds exactly one count whose noun is those words, followed
    right after by its price each in brackets (*đồng/xe*).  Anything else, and nothing is said.
    """
    text, base = context.text, context.paragraph.offset
    opens = _TOTAL_OF.match(text, s_start)
    if opens is None or not local or local[0].start - base != opens.end():
        return []
    total = local[0]
    if _unit(total) != "đồng" or not _plain_exact(total):
        return []
    noun = " ".join(opens.group("noun").casefold().split())
    before = _sentence_before(context, spans, n)
    if before is None:
        return []
    para, _, _, mentions = before
    counts = [k for k, m in enumerate(mentions) if " ".join(_unit(m).split()) == noun]
    if len(counts) != 1 or counts[0] + 1 >= len(mentions):
        return []
    count, price = mentions[counts[0]], mentions[counts[0] + 1]
    if not _plain_exact(count) or not _plain_exact(price) or _unit(price) != "đồng":
        return []
    p_text, p_base = para.text, para.offset
    if not _PRICE_OF.fullmatch(p_text, count.end - p_base, price.start - p_base):
        return []
    if per_unit(p_text, price.end - p_base) != noun.split(" ")[0]:
        return []
    value = _EXACT.multiply(count.value, price.value)
    terms = f"{write_number(count.value)} × {price.text}"
    return list(_report(context.paragraph, context.file, total, value, terms))


def _report(
    paragraph: Paragraph,
    file: str | None,
    total: Mention,
    value: Decimal,
    terms: str,
    severity: Severity = Severity.ERROR,
    *,
    exact: bool | None = None,
) -> Iterator[Finding]:
    """A ``total-mismatch`` when *total* does not hold *value*.  An *exact* check (by default
    when the finding is an error and every term is a product: the products are the whole) also
    reports a bare total that holds *value* only by rounding, as a warning.  A plain amount among
    the terms keeps the written precision ("Hỗ trợ 1,3 tỷ đồng, gồm: huyện A 300 triệu đồng;
    ... các xã A, B và C mỗi xã 233 triệu đồng" holds 1.299 triệu)."""
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    if compare(stated, value).verdict is not Verdict.INCONSISTENT:
        if exact is None:
            exact = severity is Severity.ERROR and all(" × " in t for t in terms.split(" + "))
        if not exact:
            return
        if stated.bound is not Bound.EXACT or stated.value == value or _unit(total) != "đồng":
            return
        # A bare total of money given each is its exact product (and sum): a report that
        # rounds it says so (*trên* 77 triệu đồng for 110 suất of 705.000 đồng), and every such
        # total of the corpus holds to the đồng.  Held only by rounding: a warning.  (Goods
        # weighed are rounded bare: "1,5 tấn" for 153 hộ × 10 kg; not held to the gram.)
        severity = Severity.WARNING
    yield total_mismatch(
        paragraph,
        total.start - paragraph.offset,
        total,
        value,
        Localized(terms, terms),
        file=file,
        severity=severity,
    )


# What follows a figure of goods in kind: the goods' first word ("5m vải lụa" → "vải").
_GOODS = re.compile(r"\s+(?P<noun>[^\W\d_]+)")
_EACH_REACH = 80  # characters between "mỗi X" and its measure each
_CLAUSE_CUT = re.compile(r"[;!?\n]|[.:](?!\d)")  # not the dot of "500.000"


def _measure_each(context: ParagraphContext) -> Iterator[Finding]:
    """Goods in kind given *each*, and their total: a whole number of the measure each.

    "... trao cho mỗi cụ một suất quà gồm 500.000 đồng tiền mặt, 5m vải lụa và thiệp chúc thọ
    ... Tổng trị giá đợt trao quà hơn 35 triệu đồng và 355m vải lụa" (355 = 71 × 5): the
    recipients are not counted there, but 358m could not be 5m each.  Only a measure of goods
    (``[measures]``: *m*, *kg*, *tấn*...; never money, whose totals often hold costs or goods of
    no stated value), written twice in the paragraph, each time before the same goods, their
    word nowhere else: once after *mỗi X* (a portion or a recipient, in the same clause, no
    other *mỗi* between) and once in a later sentence that opens with *Tổng*.  Quiet when a
    whole number of the amount each makes the total at its written precision.

    >>> from hoiquanchung.checker import check_text
    >>> t = "Trao cho mỗi hộ 10 kg gạo. Tổng cộng đã trao 1.005 kg gạo."
    >>> [(f.code, f.stated, f.computed) for f in check_text(t)]
    [('total-mismatch', '1.005 kg', '1.000 kg')]
    >>> check_text("Trao cho mỗi hộ 10 kg gạo. Tổng cộng đã trao 1.000 kg gạo.")
    []
    """
    text, base = context.text, context.paragraph.offset
    measures = measure_units()
    goods: dict[tuple[str, str], list[Mention]] = {}
    for m in context.mentions:
        if _unit(m) not in measures or m.fraction is not None or m.range_end is not None:
            continue
        after = _GOODS.match(text, m.end - base)
        if after is not None:
            goods.setdefault((_unit(m), after.group("noun").casefold()), []).append(m)
    for (_u, noun), figures in goods.items():
        if len(figures) != 2:
            continue
        each, total = figures
        if each.bound is not Bound.EXACT or not each.value > 0 or total.value <= each.value:
            continue
        at = each.start - base
        head = text[max(0, at - _EACH_REACH) : at]
        words = list(_EACH.finditer(head))
        if not words or _CLAUSE_CUT.search(head, words[-1].end()):
            continue
        wanted = portion_nouns() | {r.split(" ")[0] for r in recipient_nouns()}
        if words[-1].group("x").casefold().split(" ")[0] not in wanted:
            continue  # "mỗi tháng 5 kg": a measure per time, not per recipient
        if len(re.findall(rf"(?<!\w){re.escape(noun)}(?!\w)", text, re.IGNORECASE)) != 2:
            continue  # the goods named elsewhere: the total may hold more of them
        named = _GOODS.match(text, each.end - base)
        if (
            named is None
            or _UP_TO.search(text, max(0, at - 12), at)
            or _AVERAGE.search(text, max(0, at - 30), at)
            or _PERIOD.match(text, each.end - base)
            or _PERIOD.match(text, named.end())
            or any(each.end <= m.start < total.start and _unit(m) == _u for m in context.mentions)
        ):
            continue  # a floor, an average, a measure per time, or another amount of it between
        spans = [s for s in _totals.sentences(text) if s[0] <= total.start - base < s[1]]
        if not spans or spans[0][1] <= at or not _SUM_NEXT.match(text, spans[0][0]):
            continue
        low = (total.value / each.value).to_integral_value(decimal.ROUND_FLOOR)
        if any(
            sum_contradicts(total.quantity, _EXACT.multiply(n, each.value)) is None
            for n in (low, low + 1)
            if n >= 1
        ):
            continue
        n = low if low >= 1 else low + 1
        value = _EXACT.multiply(n, each.value)
        terms = f"{write_number(n)} × {each.text}"
        unit = total.unit
        written = Localized(write_number(value, "vi", unit), write_number(value, "en", unit))
        yield make_finding(
            context.paragraph,
            total.start - base,
            "total-mismatch",
            {"total": total.text, "each": each.text, "terms": terms, "sum": written},
            variant="multiple",
            file=context.file,
            stated=total.text,
            computed=write_number(value, "vi", unit),
            stated_value=total.value,
            computed_value=value,
        )


#: Rule per-unit: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("per-unit", check_per_unit, ("total-mismatch",), wording="prose", needs_figures=True)


def _counts_priced(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
) -> list[Finding]:
    """:func:`_priced_counts` after a sentence's *Trong đó*, else after its *; trong đó*: tried
    last, when no other reading of the sentence found anything.  Not after *Cụ thể* / *Theo
    đó*: such a list is read as the whole by the section totals (an error), which a warning
    here would stand in front of; and it may go on in the next sentence ("Cụ thể, 50 suất ...;
    50 suất ... . Đặc biệt, đoàn trao 50 suất ...")."""
    text = context.text
    if _SOME_PRICED.match(text, s_start):
        found = _priced_counts(context, local, s_start, s_end, depth, spans, n)
        if found:
            return found
    if len(local) < 5 or ";" not in text[s_start:s_end]:
        return []
    inner = _SEMI_SOME.search(text, s_start, s_end)
    if inner is None or depth[inner.start()] != depth[s_start]:
        return []
    return _priced_counts(context, local, s_start, s_end, depth, spans, n, inner=inner)


# The items of a detail list: at ";" (same depth), else before a count after "," or "và".
_COUNT_CUT = re.compile(r"(?<!\d),\s+(?:và\s+)?(?=\d)|\s+và\s+(?:có\s+)?(?=\d)", re.IGNORECASE)
_ITEM_OPEN = re.compile(r"[\s,:]*(?:có\s+)?", re.IGNORECASE)
# "...; trong đó 53.032 người ...": a list after the total in its own sentence.
_SEMI_SOME = re.compile(r";\s*trong\s+đó\s*[,:]?\s*", re.IGNORECASE)
_EACH_END = re.compile(r"mỗi\s*\Z", re.IGNORECASE)


def _priced_per(text: str, end: int) -> str | None:
    """The first word of the unit of an amount each right after ``text[:end]`` ("đồng/người")."""
    unit = per_unit(text, end)
    return unit.split()[0] if unit else None


def _priced_counts(
    context: ParagraphContext,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    spans: Sequence[tuple[int, int]],
    n: int,
    *,
    inner: re.Match[str] | None = None,
) -> list[Finding]:
    """Portions counted item by item, each with its price, against the count of the sentence
    before: "Hội LHPN tỉnh đã trao 170 suất quà ..." / "Trong đó, có 8 suất quà ..., mỗi suất
    trị giá 1,5 triệu đồng và 162 suất quà ..., mỗi suất trị giá 1 triệu đồng" (8 + 162 suất;
    the price each keeps the older readings of a count list from reading the items).

    Every item (between ``;``, else before a count after ``,`` or *và*) opens with one exact
    count of X, holds *mỗi X* after it and no figure besides money; two items at least, all of
    one X; the sentence before holds one exact count of X outside brackets.  After *Trong đó*
    the items may be a few of the portions: only counts above the total are told (a
    warning), unless the last item is *the rest* (*còn lại*: "...; 5 suất quà còn
    lại ..., mỗi suất gồm 2 triệu đồng ..."), which makes them the whole (an error either way).
    Nothing is said of the money: the price each may leave goods unvalued beside it.

    The list may follow *; trong đó* in the sentence of its total (*inner*), the price each
    written per unit: "... 53.559 người có công với cách mạng được nhận quà Tết của Chủ tịch
    nước với tổng kinh phí 16,225 tỷ đồng; trong đó 53.032 người nhận mức 300 nghìn
    đồng/người, 527 người nhận mức 600 nghìn đồng/người" (the total: the one exact count of X
    outside brackets before *; trong đó*; only an excess is told).
    """
    text, base = context.text, context.paragraph.offset
    marker = inner or _SOME_PRICED.match(text, s_start)
    if marker is None:
        return []
    top = depth[s_start]
    cuts = [i for i in occurrences(text, ";", marker.end(), s_end) if depth[i] == top]
    bounds: list[tuple[int, int]] = []
    if cuts:
        edges = [marker.end(), *[c + 1 for c in cuts], s_end]
        bounds = [
            (edges[i], edges[i + 1] - (1 if i + 1 < len(edges) - 1 else 0))
            for i in range(len(edges) - 1)
        ]
    else:
        a = marker.end()
        for cut in _COUNT_CUT.finditer(text, marker.end(), s_end):
            if depth[cut.start()] == top:
                bounds.append((a, cut.start()))
                a = cut.end()
        bounds.append((a, s_end))
    if len(bounds) < 2:
        return []
    x: str | None = None
    counts: list[Mention] = []
    for a, b in bounds:
        opened = _ITEM_OPEN.match(text, a)
        at = opened.end() if opened else a
        inside = [m for m in local if a <= m.start - base < b]
        if not inside or inside[0].start - base != at:
            return []
        count = inside[0]
        word = _first(count)
        if not word or word == "đồng" or not _plain_exact(count) or count.value != int(count.value):
            return []
        if x is not None and word != x:
            return []
        x = word
        each = _each_search(text, count.end - base, b)
        priced = each is not None and each.group("x").casefold().split()[0] == x
        if not priced and not any(_priced_per(text, m.end - base) == x for m in inside[1:]):
            return []  # no price each of X ("mỗi suất ...", "... đồng/người")
        if any(_unit(m) != "đồng" for m in inside[1:]):
            return []  # a figure besides the count and its money
        counts.append(count)
    if x is None:
        return []
    if inner is not None:
        heads = [m for m in local if m.start - base < inner.start() and _counts_of(m, x)]
        if len(heads) != 1 or depth[heads[0].start - base] != top:
            return []
        if not _plain_exact(heads[0]) or _EACH_END.search(
            text, max(0, heads[0].start - base - 12), heads[0].start - base
        ):
            return []
        total: Mention | None = heads[0]
        before: tuple[Paragraph, int, int, Sequence[Mention]] | None = (
            context.paragraph,
            s_start,
            inner.start(),
            heads,
        )
    else:
        total = _count_before(context, x, spans, n)
        before = _sentence_before(context, spans, n)
    if total is None or before is None or total.value != int(total.value):
        return []
    value = sum((m.value for m in counts), Decimal(0))
    whole = _REST.search(text, bounds[-1][0], bounds[-1][1]) is not None
    if value == total.value or (not whole and value < total.value):
        return []
    severity = Severity.ERROR if whole else Severity.WARNING
    terms = " + ".join(m.text for m in counts)
    return list(_report(before[0], context.file, total, value, terms, severity, exact=False))
