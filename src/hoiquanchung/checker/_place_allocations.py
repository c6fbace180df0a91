"""Rule 2p: an allocation to a counted set of places, detailed place by place after it.

"... đã phân bổ đợt 1 cho 17 tỉnh, thành phố ... với tổng số tiền là 265 tỷ đồng. Trong đó,
phân bổ cho 3 tỉnh Nghệ An, Hà Tĩnh và Quảng Trị mỗi tỉnh 30 tỷ đồng; 2 tỉnh Ninh Bình và Thanh
Hóa mỗi tỉnh 20 tỷ đồng; 3 tỉnh Lào Cai, Phú Thọ, Tuyên Quang mỗi tỉnh 15 tỷ đồng; 6 tỉnh ... và
3 thành phố Hải Phòng, Huế và Đà Nẵng mỗi tỉnh, thành phố 10 tỷ đồng": the 265 tỷ are 3 × 30 +
2 × 20 + 3 × 15 + 9 × 10 tỷ.  "... số tiền phân bổ lần 1 cho 20 địa phương là 385 tỷ đồng. Cụ
thể, đã chuyển 30 tỷ đồng/tỉnh cho các tỉnh Lào Cai, ..., Cao Bằng và 20 tỷ đồng cho tỉnh Tuyên
Quang. Các tỉnh Thái Bình, ..., Bắc Kạn mỗi tỉnh nhận 15 tỷ đồng. Các tỉnh Ninh Bình, Bắc Ninh,
Nam Định, Hà Giang mỗi tỉnh nhận 5 tỷ đồng." (8 × 30 + 20 + 7 × 15 + 4 × 5 = 385).

The reading: a sentence with one amount of money and one count of the places it goes to
(*cho N tỉnh*, *cho N địa phương*, *cho N tỉnh, thành phố*; *N* in figures or in words); then the
detail, opened in the next sentence by *Trong đó*, *Cụ thể* or *Theo đó* and going on in the
sentences right after that hold nothing but allocations; every amount of money of the detail is
an allocation to places it names: a group given the same each (*mỗi tỉnh A*, *A mỗi tỉnh*,
*A/tỉnh cho các tỉnh ...*), counted by its figure (*3 tỉnh ...*, *6 tỉnh ... và 3 thành phố ...*)
or by the names listed, or one place (*A cho tỉnh X*, *tỉnh X A*).  When the places of the detail
are exactly the *N* of the total, the detail is the whole: the allocations must make the total
(``total-mismatch``, error, at its written precision).

Why it is general: this is how the allocations of relief, of the central budget, of gifts to
provinces are written (a total to *N* places, then the groups that share an amount); the count
of places is what tells a complete detail from examples.  Quiet (near-misses): a detail whose
places are not the *N* of the total (a first round of a wider plan, some places only); a detail
sentence holding money that goes to no place named (*tổng nguồn hỗ trợ ... là 400 tỷ đồng*, a
donor, a fund), or a place piece that is no name (*các hộ dân*, *các địa phương khác*); an
amount with a qualifier (*hơn*, *khoảng*) or per period (*/tháng*); an amount given goods
besides (*và 2.000 tấn gạo* is read as no money, but the rule needs every allocation in đồng).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._counted_places import COUNT_WORDS
from hoiquanchung.checker._figures_table import sentence_spans
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._rules import sum_contradicts, total_mismatch, write_number
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound

__all__ = ["CHECK", "check_place_allocations"]

# The cheap test of a paragraph: a share each of a place, "mỗi tỉnh", "mỗi địa phương" or
# "đồng/tỉnh" (case-blind).  Each shape is looked for only where its sign is: "ỗ" (the only
# letters a case-blind "ỗ" takes are "ỗ" and "Ỗ"; the tests hold it) or a slash, found by a
# search that jumps from slash to slash, the amount's word then read back from it (speed: a
# case-blind search tries every position of the paragraph).
_EACH_PLACE = re.compile(r"mỗi\s+(?:tỉnh|địa\s+phương)", re.IGNORECASE)
_SLASH_PLACE = re.compile(r"/\s*(?i:tỉnh)")
_DONG = re.compile(r"(?i:đồng)")


def _gives_places(text: str) -> bool:
    """Whether *text* has "mỗi tỉnh", "mỗi địa phương" or "đồng/tỉnh" (case-blind, any white
    space between the words: ``mỗi\\s+(?:tỉnh|địa\\s+phương)|đồng\\s*/\\s*tỉnh``).

    >>> _gives_places("mỗi tỉnh 10 tỷ"), _gives_places("50 triệu ĐỒNG /  Tỉnh")
    (True, True)
    >>> _gives_places("mỗi xã 5 triệu đồng"), _gives_places("45/50 tỉnh"), _gives_places("")
    (False, False, False)
    """
    # _EACH_PLACE.search(text), tried only right before each "ỗ" or "Ỗ" (every match starts
    # with "m" or "M" and that letter, found by str.find in C; the case-blind search would try
    # every position of the paragraph; speed).
    for letter in ("ỗ", "Ỗ"):
        at = text.find(letter, 1)
        while at >= 0:
            if _EACH_PLACE.match(text, at - 1) is not None:
                return True
            at = text.find(letter, at + 1)
    if "/" in text:
        for m in _SLASH_PLACE.finditer(text):
            end = m.start()
            while end and text[end - 1].isspace():  # \s: what str.isspace() says
                end -= 1
            if end >= 4 and _DONG.fullmatch(text, end - 4, end) is not None:
                return True
    return False


_WORDS = COUNT_WORDS  # "cho bốn tỉnh": the counts in words of a noun of places
_PLACE_NOUN = r"(?:tỉnh,\s*thành\s+phố|tỉnh,\s*thành|tỉnh|địa\s+phương)"
# The count of places of the total: "cho 17 tỉnh, thành phố", "cho bốn tỉnh".
_COUNTED = re.compile(
    rf"\bcho\s+(?:(?P<n>\d{{1,3}})|(?P<w>{'|'.join(_WORDS)}))\s+{_PLACE_NOUN}(?!\w)",
    re.IGNORECASE,
)
_OPENER = re.compile(r"\s*(?:trong\s+đó|cụ\s+thể|theo\s+đó)\s*[,:]", re.IGNORECASE)
# A group's share each, before its amount: "mỗi tỉnh 30 tỷ", "mỗi tỉnh nhận 15 tỷ", "mỗi tỉnh,
# thành phố 10 tỷ", "mỗi địa phương được hỗ trợ 5 tỷ".
_EACH_BEFORE = re.compile(
    rf"[,\s]*mỗi\s+{_PLACE_NOUN}(?:\s+(?:được|đã))?(?:\s+(?:nhận|cấp|hỗ\s+trợ|phân\s+bổ))?"
    r"(?:\s+số\s+tiền)?\s*:?\s*\Z",
    re.IGNORECASE,
)
# ... or after it: "được nhận 50 tỷ đồng mỗi tỉnh".
_EACH_AFTER = re.compile(rf"\s*mỗi\s+{_PLACE_NOUN}(?!\w)", re.IGNORECASE)
# "30 tỷ đồng/tỉnh cho các tỉnh Lào Cai, ..., Cao Bằng": the names after the amount.
_SLASH_FOR = re.compile(r"\s*/\s*tỉnh\s+cho\s+(?:các\s+)?(?:tỉnh\s+)?", re.IGNORECASE)
# One place after its amount: "20 tỷ đồng cho tỉnh Tuyên Quang", "8 tỷ đồng cho TP Huế".
_ONE_FOR = re.compile(
    r"\s*cho\s+(?:tỉnh|thành\s+phố|TP\.?)\s+(?P<name>[A-ZĐÀ-Ỹ][\w\-]*(?:\s+[A-ZĐÀ-Ỹ][\w\-]*){0,3})"
    r"\s*(?=[;.,]|\s+và\s|\Z)",
)
# The explicit counts of a group: "3 tỉnh", "6 tỉnh ... và 3 thành phố".
_GROUP_COUNT = re.compile(r"(?<![\d,.])(\d{1,2})\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?!\w)")
# Words before a group's names that name no place.
_LEAD = re.compile(
    r"\A[\s,;:]*(?:(?:trong\s+đó|cụ\s+thể|theo\s+đó)\s*[,:]\s*)?(?:và\s+)?"
    r"(?:(?:đã\s+)?(?:phân\s+bổ|chuyển|hỗ\s+trợ)\s+)?(?:cho\s+)?(?:các\s+)?"
    r"(?:tỉnh,\s*thành\s+phố|tỉnh|thành\s+phố|địa\s+phương)?\s*:?\s*",
    re.IGNORECASE,
)
_PIECE_PREFIX = re.compile(r"\A(?:tỉnh|thành\s+phố|TP\.?)\s+", re.IGNORECASE)
_NAME = re.compile(r"\A[A-ZĐÀ-Ỹ][\w\-]*(?:\s+[A-ZĐÀ-Ỹ][\w\-]*){0,3}\Z")
_SEPARATORS = re.compile(r"\s*(?:,|\bvà\b)\s*")
_MAX_DETAIL_SENTENCES = 4
_KEY = "place-allocations"


def _money(m: Mention) -> bool:
    return m.unit == "đồng" and m.bound is Bound.EXACT and m.range_end is None and m.value > 0


def _names(piece: str) -> int | None:
    """How many places *piece* names ("Nghệ An, Hà Tĩnh và Quảng Trị": 3), None when a piece
    of it is no name."""
    count = 0
    for part in _SEPARATORS.split(piece.strip(" ,;:")):
        part = _PIECE_PREFIX.sub("", part.strip())
        if not part:
            continue
        if _NAME.match(part) is None:
            return None
        count += 1
    return count or None


def _group(before: str) -> int | None:
    """The places of a group named before its share each: the counts written ("3 tỉnh ...",
    "6 tỉnh ... và 3 thành phố ..."), else the names listed."""
    counts = [int(c) for c in _GROUP_COUNT.findall(before)]
    if counts:
        return sum(counts)
    lead = _LEAD.match(before)
    return _names(before[lead.end() if lead else 0 :])


def check_place_allocations(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2p in the paragraph of *context*.

    >>> from hoiquanchung.checker import check_text
    >>> [(f.code, f.stated, f.computed) for f in check_text(
    ...     "Đã phân bổ cho 5 tỉnh với tổng số tiền là 100 tỷ đồng. Trong đó, 2 tỉnh Nghệ An và "
    ...     "Hà Tĩnh mỗi tỉnh 30 tỷ đồng; 3 tỉnh Lào Cai, Phú Thọ, Yên Bái mỗi tỉnh 15 tỷ đồng.")]
    [('total-mismatch', '100 tỷ đồng', '105.000.000.000 đồng')]
    """
    text = context.paragraph.text
    states = context.state.rule_states
    going_on = states.pop(_KEY, None) if states else None
    if ("ỗi" not in text and "/" not in text) or not _gives_places(text):
        return  # (a substring first: most paragraphs give no place a share)
    base = context.paragraph.offset
    money = [m for m in context.mentions if m.unit == "đồng"]
    if not money:
        return
    spans = sentence_spans(text)
    if isinstance(going_on, _Open) and 0 <= base - going_on.ends <= 2:
        o = going_on
        yield from _detail(context, o.where, o.total, o.places, spans, money, going_on=o)
        return
    if _COUNTED.search(text) is not None:
        for k, (s, e) in enumerate(spans[:-1]):
            head = _total(text, base, s, e, money)
            if head is not None:
                yield from _detail(context, context.paragraph, *head, spans[k + 1 :], money)
    # The total may end the paragraph above, the detail open this one.
    tables = context.state.figures
    tables.feed(context)
    if not spans or tables.previous_sentence is None or _OPENER.match(text, spans[0][0]) is None:
        return
    prev_para, prev_mentions = tables.previous_sentence
    prev_spans = sentence_spans(prev_para.text)
    if not prev_spans or _COUNTED.search(prev_para.text) is None:
        return
    p_money = [m for m in prev_mentions if m.unit == "đồng"]
    head = _total(prev_para.text, prev_para.offset, *prev_spans[-1], p_money)
    if head is not None:
        yield from _detail(context, prev_para, *head, spans, money)


def _total(
    text: str, base: int, s: int, e: int, money: Sequence[Mention]
) -> tuple[Mention, int] | None:
    """The total of a sentence and the count of its places: one amount of money and one count
    (*cho N tỉnh*) in the sentence, else None."""
    counted = list(_COUNTED.finditer(text, s, e))
    in_s = [m for m in money if s <= m.start - base < e]
    if len(counted) != 1 or len(in_s) != 1 or not _money(in_s[0]):
        return None
    c = counted[0]
    return in_s[0], int(c["n"]) if c["n"] else _WORDS[c["w"].casefold()]


@attrs.define
class _Open:
    """A detail still short of its places at the end of a paragraph (it may go on in the next)."""

    where: Paragraph
    total: Mention
    places: int
    found: int
    value: Decimal
    terms: list[tuple[int, Decimal]]
    ends: int  # where the paragraph of the last detail sentence ends


def _detail(
    context: ParagraphContext,
    where: Paragraph,
    total: Mention,
    places: int,
    after: Sequence[tuple[int, int]],
    money: Sequence[Mention],
    *,
    going_on: _Open | None = None,
) -> Iterator[Finding]:
    text, base = context.paragraph.text, context.paragraph.offset
    if not after:
        return
    if going_on is None:
        opener = _OPENER.match(text, after[0][0])
        if opener is None:
            return
        found, total_value = 0, Decimal(0)
        terms: list[tuple[int, Decimal]] = []
        first_start = opener.end()
    else:
        found, total_value, terms = going_on.found, going_on.value, list(going_on.terms)
        first_start = after[0][0]
    read_all = True
    for i, (s, e) in enumerate(after[:_MAX_DETAIL_SENTENCES]):
        items = [m for m in money if s <= m.start - base < e]
        if not items:
            read_all = False
            break
        read = _sentence(text, base, first_start if i == 0 else s, e, items)
        if read is None:
            return  # money to no place named: not a detail of places only
        for count, amount in read:
            found += count
            total_value += count * amount
            terms.append((count, amount))
    if read_all and len(after) > _MAX_DETAIL_SENTENCES:
        read_all = False
    if found < places and read_all and found:
        # The detail may go on in the next paragraph ("... và 20 tỷ đồng cho tỉnh Tuyên Quang."
        # / "Các tỉnh Thái Bình, ... mỗi tỉnh nhận 15 tỷ đồng. ...").
        context.state.rule_states[_KEY] = _Open(
            where, total, places, found, total_value, terms, base + len(text)
        )
        return
    if found != places or len(terms) < 2:
        return
    if sum_contradicts(total.quantity, total_value) is None:
        return
    reported = context.state.figures.reported
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return
    reported.update(keys)
    yield total_mismatch(
        where,
        total.start - where.offset,
        total,
        total_value,
        _products(terms),
        file=context.file,
    )


def _products(terms: Sequence[tuple[int, Decimal]]) -> Localized:
    """The allocations as a reader writes them: "3 × 30.000.000.000 + 20.000.000.000"."""

    def one(count: int, amount: Decimal, language: str) -> str:
        written = write_number(amount, language)
        return written if count == 1 else f"{count} × {written}"

    return Localized(
        " + ".join(one(c, a, "vi") for c, a in terms),
        " + ".join(one(c, a, "en") for c, a in terms),
    )


def _sentence(
    text: str, base: int, start: int, end: int, items: Sequence[Mention]
) -> list[tuple[int, Decimal]] | None:
    """The allocations of one detail sentence: (places, amount each), None when an amount of it
    goes to no place the sentence names."""
    out: list[tuple[int, Decimal]] = []
    cursor = start
    for j, m in enumerate(items):
        if not _money(m):
            return None
        a, b = m.start - base, m.end - base
        nxt = items[j + 1].start - base if j + 1 < len(items) else end
        before = text[cursor:a]
        cut = max(before.rfind(";"), before.rfind("."))
        if cut >= 0:
            before = before[cut + 1 :]
        each = _EACH_BEFORE.search(before)
        if each is not None:
            count = _group(before[: each.start()])
            if count is None:
                return None
            out.append((count, m.value))
            cursor = b
            continue
        if _EACH_AFTER.match(text, b) is not None:
            count = _group(before.split(" như ")[-1])
            if count is None:
                return None
            out.append((count, m.value))
            cursor = _EACH_AFTER.match(text, b).end()  # type: ignore[union-attr]
            continue
        slash = _SLASH_FOR.match(text, b)
        if slash is not None:
            tail = text[slash.end() : nxt]
            stop = re.search(r"\s+và\s+\Z|[;.]", tail)
            names = _names(tail[: stop.start()] if stop else tail)
            if names is None:
                return None
            out.append((names, m.value))
            cursor = slash.end() + (stop.start() if stop else len(tail))
            continue
        one = _ONE_FOR.match(text, b)
        if one is not None and _LEAD.fullmatch(before) is not None:
            out.append((1, m.value))
            cursor = one.end()
            continue
        lead = _LEAD.match(before)
        piece = before[lead.end() if lead else 0 :].strip(" :")
        if piece and _names(piece) == 1:
            out.append((1, m.value))
            cursor = b
            continue
        return None
    return out


#: Rule place-allocations (2p).
CHECK = Check(
    "place-allocations",
    check_place_allocations,
    ("total-mismatch",),
    wording="prose",
    needs_figures=True,
)
