"""Rule 2b: a total and the list of its kinds in one sentence, in brackets or not.

Rule 2 (``totals``) sums parts that repeat the total's noun.  Reports as often name the parts
as kinds of the total: "333 tổ chức Hội được thành lập mới gồm: 10 chi hội và 323 tổ hội";
"11 công trình dân sinh gồm: 6 giếng nước sạch, 3 bể nước sạch tự chảy và 2 nhà tình nghĩa";
"880 hộ nông dân nghèo (trong đó: 523 hộ nghèo, 357 hộ cận nghèo)".  This rule reads such a
list:

* the marker is *gồm*, *bao gồm*, *gồm có* (the list is the whole: ``total-mismatch``, an
  error, when the parts add up to more or less) or *trong đó* (the list may be a few of the
  kinds: only parts adding up to **more** than the total are reported, as a warning, and only
  when every part is a distinct kind named with the total's head noun: *hộ nghèo*, *hộ cận
  nghèo* of 880 *hộ nông dân nghèo*);
* the total is the figure right before the marker (or before the bracket the marker opens),
  exact or qualified (*hơn 9,1 tỷ đồng, gồm ...*: judged by the inequality it states at its
  written precision, :func:`hoiquanchung.checker._rules.sum_contradicts`), a count or an
  amount of money and not a change (*tăng 3 hội*); a whole list (*gồm:*)
  with no figure before its marker takes the one figure of its parts' noun in the sentence (or
  the line) just before ("Sẽ có 1.252 đại biểu ...\nVề thành phần dân tộc ... gồm: Dân tộc
  Bănar: 30 đại biểu, Bố Y: 6 đại biểu, ...");
* the list runs to the end of the sentence, of the bracket, or the next marker; its items are
  split by ``;`` (else by ``,`` and *và*; a comma between digits is a decimal one: "33,3 tỷ
  đồng tiền mặt và 3 tỷ đồng hàng hóa" is two items); **every** item has exactly one figure of
  the total's kind (a count for a count, money for money); a second one is allowed only when it
  is per unit (*mỗi suất 1 triệu đồng*, ``1.100.000đ/suất``).

After *trong đó* the list is the whole too when its parts are every kind of a set of
``breakdown_kinds.toml`` and the total carries the set's qualifier (*880 hộ nông dân nghèo
(trong đó: 523 hộ nghèo, 357 hộ cận nghèo)*); and parts of one noun are distinct when each has
its own price (*20 suất trị giá 1.100.000đ/suất, 80 suất (800.000đ/suất)*).  A list of money
whose marker follows a count takes the amount a few figures before (*833,152 tỷ đồng ... của
23 tỉnh, thành phố; trong đó, ...*).  A figure right after *tổng số tiền*, *tổng số*, *tổng trị
giá*, *tổng giá trị*, *tổng kinh phí* or *tổng cộng* is the total of a whole list after the
colon that follows it (*tổng số tiền 360 triệu đồng và 500 kg gạo của các đơn vị: A (300 triệu
đồng); B (50 triệu đồng); ...*).

Why it stays quiet on near-misses: parts that repeat the total's noun next to parts that do
not ("12 tổ hội, gồm 8 tổ hội ấp và 6 tổ hợp tác": the 6 are no tổ hội); an item without a
figure ("gồm tiền và hiện vật": the goods are counted in boxes, not in đồng), so the list
cannot be summed; examples (*như*, *cụ thể như*, *điển hình*); amounts of another kind inside
the items (a count's money value); a part with *hơn*, *khoảng* or *gần*; a qualified total
whose parts agree with its inequality (*hơn 1,2 tỷ đồng* over 1,25 tỷ); a part whose
own number is malformed (it is no figure, so its item has none: rule ``malformed`` reports
it).  What rule 2 already reports on the same total is not reported twice.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker import _totals
from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._kinds import (
    kinds_of_wholes,
    names_group,
    names_recipient,
    person_nouns,
)
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import Gated, led_by, occurrences, per_unit
from hoiquanchung.checker._rules import sum_contradicts
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import Bound

__all__ = ["CHECK", "check_breakdowns"]

_MARKER = led_by(
    "tbgc",
    re.compile(
        r"\b(?P<m>trong\s+(?:số\s+)?đó|bao\s+gồm|gồm\s+có|gồm|cụ thể(?=:))\b\s*(?:có\s+)?[:,]?",
        re.I,
    ),
)
# The composition of a whole by several criteria (women, minorities, the young, re-running):
# traits that overlap, not kinds; "cơ cấu kết hợp" says so of any whole, "cơ cấu" of persons.
_COMPOSITION = re.compile(r"(?<!\w)cơ\s+cấu(?P<combined>\s+kết\s+hợp)?(?!\w)", re.IGNORECASE)
# "trong số đó" ("among them") reads like "trong đó" (thanhnien.vn, 2021: "85.500 DN rời khỏi thị
# trường. Đáng chú ý, trong số đó, 43.200 DN tạm ngừng ..., 30.100 DN ... và 12.200 doanh
# nghiệp ..."; p45_hunt80): a list of some kinds, only a sum above the total is told.
_AMONG_THEM = "trong số đó"
_MARKER_WORDS = ("đó", "gồm", "cụ thể:")  # what any match of _MARKER holds, in lower case
_MARKER_AT = Gated(_MARKER, ("trong", "bao", "gồm", "cụ"))  # where its first words start (speed)
# "cụ thể:" lists every part, like "gồm:" (Tiền Giang, 2023: "31 giải pháp dự thi, cụ thể: Công
# nghệ thông tin: 1 giải pháp; Cơ khí: 1 giải pháp; ..."; corpus h82); "cụ thể như" gives
# examples (_EXAMPLES), "cụ thể," a sentence's detail, no marker.
_WHOLE = frozenset({"gồm", "bao gồm", "gồm có", "cụ thể"})
# A figure said to be a total, followed (before a colon) by the list of its parts.
_SUM = re.compile(
    r"\btổng\s+(?:số\s+tiền|số|trị\s+giá|giá\s+trị|kinh\s+phí|cộng)(?:\s+là)?\s*[:,]?\s*",
    re.IGNORECASE,
)
_SUM_AT = Gated(_SUM, ("tổng",))  # where its first word starts (speed)
_WORD = re.compile(r"[^\W\d_]+")
# A clause of a total after a list: ", với tổng giá trị 1 tỷ đồng" (the list ends before it).
_TOTAL_CLAUSE = re.compile(
    r",\s*(?:với\s+)?tổng\s+(?:giá\s+trị|trị\s+giá|số\s+tiền|kinh\s+phí|cộng)(?!\w)",
    re.IGNORECASE,
)
# A clause after a list that tells what it brought about or a difference of its parts, never
# one more part: "..., 64 sản phẩm đạt OCOP 3 sao, nâng tổng số sản phẩm đạt OCOP lên 144
# sản phẩm"; "xuất khẩu đạt 10,81 tỷ USD, nhập khẩu đạt 7,58 tỷ USD, giúp địa phương đạt thặng
# dư thương mại lên tới 3,23 tỷ USD".
_RESULT = re.compile(
    r"[,;]\s*(?:(?:qua|từ|nhờ)\s+đó\b|góp\s+phần\b|(?:đưa|nâng)\b(?=[^,;.\n]{0,80}\blên\b)"
    r"|[^,;.\d\n]{0,40}?\b(?:xuất\s+siêu|nhập\s+siêu|thặng\s+dư|cán\s+cân|chênh\s+lệch)\b)",
    re.IGNORECASE,
)
_SUM_WORDS = ("tổng", "Tổng", "TỔNG")  # what any match of _SUM holds, as it is written
_EXAMPLES = led_by(
    "nđtv", re.compile(r"\b(?:như|điển\s+hình|tiêu\s+biểu|ví\s+dụ)\b", re.IGNORECASE)
)
_PER_UNIT_BEFORE = led_by("m", re.compile(r"\bmỗi\b[^;,]{0,40}\Z", re.IGNORECASE))
# What an item of a tier by price holds besides its count and its price.
_TIER_WORDS = re.compile(
    r"\b(?:trị\s+giá|giá\s+trị|mỗi\s+\w+|loại|mức|với|và|là|có)\b|/\s*[^\W\d_]+", re.IGNORECASE
)
_CHANGE = led_by(
    "tgvc", re.compile(r"\b(?:tăng|giảm|vượt|chênh\s+lệch)\s*(?:thêm\s*)?\Z", re.IGNORECASE)
)
_AND = re.compile(r"\s+và\s+", re.IGNORECASE)
# Units that measure (weight, volume, length, area, time, shares): never a kind of a count.
_MEASURES = frozenset(
    {
        "%",
        "kg",
        "tấn",
        "tạ",
        "yến",
        "lít",
        "m",
        "m2",
        "m3",
        "km",
        "ha",
        "năm",
        "tháng",
        "ngày",
        "giờ",
        "phút",
        "tuần",
        "quý",
        "tuổi",
        "lần",
    }
)
_MAX_GAP = 80  # characters between a total and its marker
# A total with any qualifier is judged by the inequality it states (checker._rules).
_TOTAL_BOUNDS = frozenset(Bound)
_MAX_FAR = 160  # ... when an amount's list follows a count that follows the amount
_MAX_SKIPPED = 3  # figures of another kind between such an amount and the list's marker
_MAX_LIST = 2000  # characters of a list read after its marker (a bound on the work)
_MAX_BEFORE = 12  # figures of the sentence before a list whose total it may hold
# The first words of a sentence that lists the parts of the figure before it.
_LIST_OPENS = re.compile(r"[\s\-–•+*]*(?:trong\s+đó|cụ\s+thể)\b", re.IGNORECASE)


def _kind(m: Mention) -> str | None:
    """``'money'`` (đồng), ``'money usd'`` or ``'money eur'`` (a foreign currency: summed
    only with amounts of its own currency), ``'count'`` or ``None`` (a measure, a share, a
    bare number).

    >>> from hoiquanchung.checker import extract
    >>> [_kind(m) for m in extract("5 tỷ đồng, 2 triệu USD, 3 triệu EUR, 4 dự án, 5 ha")]
    ['money', 'money usd', 'money eur', 'count', None]
    """
    unit = m.unit.casefold() if m.unit else None
    if unit is None or m.fraction is not None:
        return None
    if unit == "đồng":
        return "money"
    if unit in _MEASURES:
        return None
    return _CURRENCIES.get(unit, "count")


# Foreign currencies by the unit the reader gives them: an amount in one is money, never a count
# ("349 dự án FDI với tổng vốn đầu tư 5.685,09 triệu USD" holds one count).
_CURRENCIES = {
    "usd": "money usd",
    "đô la": "money usd",
    "đô la mỹ": "money usd",
    "đôla": "money usd",
    "eur": "money eur",
    "euro": "money eur",
}


def _is_money(m: Mention) -> bool:
    """Whether *m* is an amount of money, in đồng or in a foreign currency."""
    kind = _kind(m)
    return kind is not None and kind.startswith("money")


def _head(m: Mention) -> str:
    return (m.unit or "").casefold().split(" ")[0]


def _counts_persons(m: Mention) -> bool:
    """Whether *m* counts persons or households (*người khuyết tật*, *hộ*, *đại biểu*): a
    recipient or person noun of ``breakdown_kinds.toml`` opens its unit.

    >>> from hoiquanchung.checker import extract
    >>> [_counts_persons(m) for m in extract("275 người khuyết tật, 32 xe lăn, 20 ủy viên")]
    [True, False, True]
    """
    unit = " ".join((m.unit or "").casefold().split())
    return names_recipient(unit) or any(
        unit == n or unit.startswith(n + " ") for n in person_nouns()
    )


def _akin(part: Mention, total: Mention) -> bool:
    """Whether *part* is named as a kind of *total*: the same first or last word."""
    a, b = (part.unit or "").casefold().split(), (total.unit or "").casefold().split()
    return bool(a and b) and (a[0] == b[0] or a[-1] == b[-1])


def check_breakdowns(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2b in one paragraph.

    >>> from hoiquanchung.checker import check_text
    >>> text = "Đã thành lập mới 333 tổ chức Hội gồm: 10 chi hội và 313 tổ hội."
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '333 tổ chức Hội', '323 tổ chức hội')]
    >>> check_text("Hỗ trợ 20 hộ gồm tiền và hiện vật, 5 hộ nhận nhà.")
    []
    """
    mentions = context.mentions
    if len(mentions) < 3:
        return
    text, base = context.text, context.paragraph.offset
    # Every marker of the paragraph, found once: no match holds a sentence's end (a letter, a
    # space, ":" or ","; never "." "!" "?" "…"), so those of a sentence are the ones that start
    # in it, as a search of the sentence alone finds them (speed: one search, not one a
    # sentence and one more to know whether there is any).
    markers = (
        list(_MARKER_AT.finditer(text, 0, len(text)))
        if _totals.may_hold(text, _MARKER_WORDS)
        else []
    )
    marked = bool(markers)
    summed = (
        ":" in text
        and any(word in text for word in _SUM_WORDS)
        and _SUM_AT.search(text, 0, len(text)) is not None
    )
    if not marked and not summed:
        return
    tables = context.state.figures
    tables.feed(context)
    depth = _totals._depths(text)
    starts = [m.start - base for m in mentions]
    reported: list[Finding] | None = None
    before: tuple[Paragraph, Sequence[Mention]] | None = tables.previous_sentence
    k = 0  # the first marker not read yet
    for s_start, s_end in _totals.sentences(text):
        candidates: list[Finding | None] = []
        if marked:
            while k < len(markers) and markers[k].start() < s_end:
                candidates.append(
                    _breakdown(context, markers[k], s_start, s_end, depth, starts, before)
                )
                k += 1
        if summed:
            candidates.append(_colon_list(context, s_start, s_end, depth, starts))
        for found in candidates:
            if found is None:
                continue
            if reported is None:
                reported = list(_totals.check_totals(context))
            if any(
                (r.line, r.column) == (found.line, found.column) or r.computed == found.stated
                for r in reported
            ):
                continue
            yield found
        first = bisect.bisect_left(starts, s_start)
        before = (context.paragraph, mentions[first : bisect.bisect_left(starts, s_end)])


def _breakdown(
    context: ParagraphContext,
    marker: re.Match[str],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    starts: Sequence[int],
    before: tuple[Paragraph, Sequence[Mention]] | None,
) -> Finding | None:
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    kind = " ".join(marker.group("m").casefold().split())
    if kind == _AMONG_THEM:
        kind = "trong đó"
    at = marker.start()
    d = depth[at]
    k = bisect.bisect_left(starts, at) - 1
    if (
        (k < 0 or starts[k] < s_start)
        and kind in _WHOLE
        and kind != _SPECIFIED  # "26 người chết.\nCụ thể: Lào Cai 3 người ...": maybe a few
        and d == 0
        and before is not None
    ):
        # "Về thành phần ... gồm: Dân tộc A: 30 đại biểu, ...": no figure before the marker in
        # its sentence; the total is the sentence (or line) just before.
        return _from_before(context, marker, s_start, s_end, depth, starts, kind, before)
    # The total: right before the marker, or before the bracket the marker opens.
    opening = text[:at].rstrip()
    anchor = at
    total_depth = d
    if d > 0 and opening.endswith("("):
        anchor = len(opening) - 1
        total_depth = d - 1
    elif opening.endswith(")"):
        anchor = _aside_before(text, s_start, len(opening) - 1, d, depth, anchor)
    k = bisect.bisect_left(starts, anchor) - 1
    if k < 0:
        return None
    total = mentions[k]
    if not _may_total(context, total, s_start, anchor, total_depth, depth, _MAX_GAP):
        # "đạt 76,5 nghìn tỷ đồng, tăng 30,1% so với cùng kỳ năm trước; trong đó ...": the
        # total's own rate stands between it and the marker.
        k = _before_rates(context, k, s_start, anchor, total_depth, depth)
        if k < 0:
            return None
        total = mentions[k]
    if kind == _SPECIFIED and not _specifies(text, total.end - base, at):
        return None  # "50.000 đồng/em và định mức học bổng, cụ thể: ...": not the 50.000's list
    composition = _COMPOSITION.search(text, total.end - base, at)
    noun = _totals._noun(total)
    if composition is not None and (
        composition.group("combined") is not None
        or noun in _totals._ANY_PERSONS
        or _totals._of_persons(noun)
    ):
        # "danh sách 29 hồ sơ ..., cơ cấu kết hợp gồm 13 đại biểu nữ; 3 ... dân tộc thiểu số;
        # 5 ... ngoài Đảng; 5 ... trẻ; 5 ... tái cử" (vietnamplus.vn, 2026; a hunt on unseen
        # text): a composition by several criteria, whose traits overlap, is no breakdown.
        return None
    # "Cấp huyện có 2 hội; cấp xã gồm 12 hội, 5 hội loại khá": a clause after ';' with a
    # subject of its own lists that subject's parts, not the figure before the ';'.
    subject = _totals._own_subject(text, s_start, at, depth)
    if total.start - base <= subject:
        return None
    # The list: to the end of the sentence or the bracket, or the next marker at its depth.
    stop = min(s_end, marker.end() + _MAX_LIST)
    for i in range(marker.end(), stop if d > 0 else marker.end()):
        if depth[i] < d or (text[i] in ")]}" and depth[i] == d - 1):
            stop = i
            break
    nxt = _MARKER_AT.search(text, marker.end(), stop)
    while nxt is not None and depth[nxt.start()] != d:
        nxt = _MARKER_AT.search(text, nxt.end(), stop)
    if nxt is not None:
        stop = nxt.start()
    if text.find(";", s_start, at) != -1:
        stop = _item_end(text, s_start, at, stop, total.start - base, d, depth)
    # "Mỗi suất quà trị giá 1.000.000 đồng, gồm 600.000 đồng tiền mặt và 400.000 đồng quà Tết,
    # với tổng giá trị 1 tỷ đồng" (huengaynay.vn, 2026): a total of another thing ends the list.
    closing = _TOTAL_CLAUSE.search(text, marker.end(), stop)
    if closing is not None and depth[closing.start()] == d:
        stop = closing.start()
    result = _RESULT.search(text, marker.end(), stop)
    while result is not None and depth[result.start()] != d:
        result = _RESULT.search(text, result.end(), stop)
    if result is not None:
        stop = result.start()
    if _EXAMPLES.search(text, marker.end(), min(stop, marker.end() + 30)):
        return None
    phrase = text[total.start - base : at]
    parts = _parts(context, total, marker.end(), stop, d, depth, starts, kind, phrase)
    if (parts is None or len(parts) < 2) and not _is_money(total):
        # "phân bổ 833,152 tỷ đồng cho 23 tỉnh, thành phố; trong đó, ... là 828,382 tỷ đồng;
        # ... là 4,77 tỷ đồng": the amount, not the count just before the marker, is the total.
        money = _money_before(context, k, s_start, anchor, total_depth, depth)
        if money is not None:
            total = money
            parts = _parts(context, total, marker.end(), stop, d, depth, starts, kind)
    if parts is None or len(parts) < 2:
        return None
    if (_paired_before(text, base, total) or _complement(text, base, s_start, total)) and any(
        p.unit != total.unit for p in parts
    ):
        # "4 dự án/8 HS đoạt giải, bao gồm: 1 giải Nhì, 1 giải Ba và 2 giải Khuyến khích": two
        # counts of one thing joined by a slash; the prizes are the projects', not the pupils'.
        return None
    listed = mentions[bisect.bisect_left(starts, marker.end()) : bisect.bisect_left(starts, stop)]
    if _totals._in_kind(text, base, total, parts, listed) and (
        sum_contradicts(total.quantity, _totals.sum_of_parts(parts)) == "below"
    ):
        return None  # "hơn 4,8 tỷ đồng, bao gồm tiền mặt, gói bột lọc nước": the packets too
    columns = _columns(text, base, parts)
    if columns is not None:
        # "910 người, với 336 hội viên ..., gồm: A 102 hội viên, với 14 hội viên ...": each
        # column against its own total, the two named in the same order, or nothing.
        return _column_verdicts(context, context.paragraph, mentions[: k + 1], columns, kind)
    if _complete_kinds(phrase, total, parts):
        return _verdict(context.paragraph, context.file, total, parts, kind, whole=True)
    if kind in _WHOLE and _counts_persons(total) and not any(_counts_persons(p) for p in parts):
        # "trao quà ... đến 275 người khuyết tật bao gồm: 200 phần quà ...; 32 xe lăn ...":
        # things given to persons, not kinds of them; what else they got may follow ("Bên cạnh
        # đó, ... 8 hộ"): only more than the total is told, as after "trong đó".
        kind = "trong đó"
    if kind not in _WHOLE and _priced_tiers(context, total, parts, stop, phrase):
        # Tiers by price are the whole by their shape only (no marker says so): a warning.
        return _verdict(context.paragraph, context.file, total, parts, kind, whole=True,
                        severity=Severity.WARNING)  # fmt: skip
    return _verdict(context.paragraph, context.file, total, parts, kind)


# A count right before a total, joined to it by a slash: "15 dự án/28 HS", "38.047 hộ/141.843
# người" (the same thing counted two ways).
_PAIR_BEFORE = re.compile(
    r"\d[\d.,]*[ \t\u00a0]+[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]*/[ \t\u00a0]*\Z"
)


# A count of another thing, then a preposition right before the figure: "trao 74 công trình,
# giải pháp xuất sắc thuộc 6 lĩnh vực, gồm 6 giải Nhất, ..." (kienthuc.net.vn, 2025): the figure
# is a complement of the first count, and a list of other things is that count's.
_COMPLEMENT_BEFORE = re.compile(
    r"\d[\d.,]*[ \t\u00a0]+[^\d;:()\[\]\n.!?]{1,60}?"
    r"[ \t\u00a0](?:thuộc|của|ở|tại|từ)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


def _complement(text: str, base: int, s_start: int, total: Mention) -> bool:
    """Whether *total* follows another count and a preposition in its sentence (*74 công trình
    ... thuộc 6 lĩnh vực*).

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Trao 74 công trình thuộc 6 lĩnh vực, gồm 6 giải Nhất, 6 giải Nhì, "
    ...            "18 giải Ba và 44 giải Khuyến khích.")
    []
    """
    start = total.start - base
    return _COMPLEMENT_BEFORE.search(text, max(s_start, start - 90), start) is not None


def _paired_before(text: str, base: int, total: Mention) -> bool:
    """Whether *total* is the second of two counts joined by a slash (*4 dự án/8 HS*).

    >>> from hoiquanchung.checker import extract
    >>> text = "có 4 dự án/8 HS đoạt giải"
    >>> [_paired_before(text, 0, m) for m in extract(text)]
    [False, True]
    """
    start = total.start - base
    return _PAIR_BEFORE.search(text, max(0, start - 40), start) is not None


def _colon_list(
    context: ParagraphContext,
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    starts: Sequence[int],
) -> Finding | None:
    """A total said to be one (*tổng số tiền*, *tổng trị giá*, *tổng cộng*...) and the list
    after the colon that follows it, every item with its own figure: "với tổng số tiền 360
    triệu đồng và 500 kg gạo của các đơn vị: Ngân hàng chính sách xã hội (300 triệu đồng);
    Trường Đại học Công nghiệp Việt Trì (50 triệu đồng); ..."."""
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    for said in _SUM_AT.finditer(text, s_start, s_end):
        k = bisect.bisect_left(starts, said.end())
        if depth[said.start()] != 0 or k >= len(mentions) or starts[k] != said.end():
            continue  # the figure must follow the words at once: "tổng số tiền 360 triệu đồng"
        total = mentions[k]
        t_end = total.end - base
        colon = text.find(":", t_end, min(s_end, t_end + _MAX_GAP))
        while colon != -1 and depth[colon] != 0:
            colon = text.find(":", colon + 1, min(s_end, t_end + _MAX_GAP))
        if colon == -1 or text[colon + 1 : colon + 2].isdigit():
            continue  # no list, or a time of day ("14:30")
        if not _may_total(context, total, s_start, colon, 0, depth, _MAX_GAP):
            continue
        if _MARKER_AT.search(text, t_end, colon) or _EXAMPLES.search(text, t_end, colon):
            continue  # "..., trong đó các đơn vị: ...": some of them, read elsewhere
        between = mentions[k + 1 : bisect.bisect_left(starts, colon)]
        if any(_kind(m) == _kind(total) for m in between):
            continue  # two figures of the kind before the colon: which one is listed is unclear
        stop = min(s_end, colon + 1 + _MAX_LIST)
        nxt = _MARKER_AT.search(text, colon + 1, stop)
        while nxt is not None and depth[nxt.start()] != 0:
            nxt = _MARKER_AT.search(text, nxt.end(), stop)
        if nxt is not None:
            stop = nxt.start()
        if _EXAMPLES.search(text, colon + 1, min(stop, colon + 31)):
            continue
        parts = _parts(context, total, colon + 1, stop, 0, depth, starts, "gồm")
        if parts is not None and len(parts) >= 2:
            # "trong tổng số 907,454 tỷ đồng đăng ký ủng hộ ..., có: 500 tỷ đồng ...; 100 tỷ
            # đồng ...; 2,5 tỷ đồng ..." (znews.vn, 2025): what is listed *in* the total may be
            # some of it (the pledges sent straight to the provinces), as after *trong đó*.
            inside = _totals.IN_TOTAL.search(text, max(0, said.start() - 8), said.end())
            kind = "trong đó" if inside else "gồm"
            return _verdict(context.paragraph, context.file, total, parts, kind)
    return None


# A bracket that says how a total changed or compares, between the total and its marker.
_ASIDE = re.compile(r"\(\s*(?:tăng|giảm|bằng|đạt|so\s+với)\b", re.IGNORECASE)


def _aside_before(
    text: str, s_start: int, close: int, d: int, depth: Sequence[int], anchor: int
) -> int:
    """Where the bracket closed at *close*, right before a marker at depth *d*, opens, when it
    is an aside on the total before it (a change, a comparison: Lâm Đồng, 2020: "toàn Đảng bộ
    có 36 TCCS đảng (giảm 1 đảng bộ, do Đảng bộ xã Đạ M’ri sáp nhập vào ...) gồm: 12 đảng bộ
    cơ sở và 24 chi bộ cơ sở"; corpus h81): the total is the figure before the bracket, not the
    change in it.  *anchor* (the marker) otherwise.

    >>> t = "Có 36 TCCS (giảm 1 đảng bộ) gồm: 12 đảng bộ và 24 chi bộ."
    >>> from hoiquanchung.checker._totals import _depths
    >>> t[: _aside_before(t, 0, t.index(")"), 0, _depths(t), t.index("gồm"))]
    'Có 36 TCCS '
    >>> t = "Có 36 TCCS (12 đảng bộ) gồm: 12 đảng bộ và 24 chi bộ."
    >>> _aside_before(t, 0, t.index(")"), 0, _depths(t), t.index("gồm")) == t.index("gồm")
    True
    """
    opened = close - 1
    while opened > s_start and depth[opened] > d:
        opened -= 1
    if opened < s_start or depth[close] != d or _ASIDE.match(text, opened) is None:
        return anchor
    return opened


_SPECIFIED = "cụ thể"
# Between a total and its "cụ thể:": the total's own noun phrase, a comma; no figure, no other
# subject joined by "và", no marker, no bracket.
_SPECIFIED_GAP = re.compile(r"(?:(?!\b(?:và|gồm|trong\s+đó)\b)[^\d;:()/\n.!?])*", re.IGNORECASE)


def _specifies(text: str, t_end: int, at: int) -> bool:
    """Whether a list after *cụ thể:* at *at* lists the parts of the total ending at *t_end*:
    only the total's noun phrase between them, the total no amount each (Quảng Trị: "tiền
    mừng tuổi ... là 50.000 đồng/em và định mức học bổng, cụ thể: học sinh Tiểu học và THCS:
    600.000 đồng/em; ..." lists the levels of another amount; corpus tinhuyquangtri-830suat-
    hocbong).

    >>> t = "Có 31 giải pháp dự thi, cụ thể: A: 1 giải pháp"
    >>> _specifies(t, t.index(" giải"), t.index("cụ thể"))
    True
    >>> t = "Mừng tuổi 50.000 đồng/em và định mức học bổng, cụ thể: A: 600.000 đồng/em"
    >>> _specifies(t, t.index(" đồng"), t.index("cụ thể"))
    False
    """
    return _SPECIFIED_GAP.fullmatch(text, t_end, at) is not None


def _may_total(
    context: ParagraphContext,
    total: Mention,
    s_start: int,
    anchor: int,
    total_depth: int,
    depth: Sequence[int],
    gap: int,
) -> bool:
    """Whether *total* may be the total of a list beginning at *anchor*: in the sentence, at
    the depth of the list's opening, at most *gap* characters before it, exact or
    qualified, a count or an amount of money, and not a change (*tăng 3 hội*)."""
    text, base = context.text, context.paragraph.offset
    t_start, t_end = total.start - base, total.end - base
    return not (
        t_start < s_start
        or depth[t_start] != total_depth
        or anchor - t_end > gap
        or total.bound not in _TOTAL_BOUNDS
        or _kind(total) is None
        or _CHANGE.search(text, max(0, t_start - 20), t_start)
    )


def _item_end(
    text: str, s_start: int, at: int, stop: int, t_start: int, d: int, depth: Sequence[int]
) -> int:
    """Where the list of a marker at *at* ends when its total (at *t_start*) stands in one item
    of a ``;``-list of its sentence: at the next ``;`` (of the list's depth *d*), the end of
    that item, not at *stop*.  "Trong đó, khu vực nông nghiệp đạt 13.895,9 tỷ đồng, chiếm
    16,18%; Khu vực công nghiệp - xây dựng đạt 34.433,4 tỷ đồng, chiếm 40,09%, trong đó công
    nghiệp đạt 28.947,4 tỷ đồng, chiếm 33,71%; Khu vực dịch vụ đạt 26.098,1 tỷ đồng, ..."
    (pending corpus h55-vneconomy-quang-ngai-grdp-6-thang-2025): the services are the next
    sector, no part of industry and construction.

    >>> t = "A 1 tỷ; B 9 tỷ, trong đó C 5 tỷ; D 4 tỷ; E 3 tỷ."
    >>> _item_end(t, 0, t.index("trong"), len(t) - 1, t.index("9"), 0, [0] * len(t))
    31
    >>> t = "B 9 tỷ; trong đó C 5 tỷ; D 4 tỷ."  # the total before the ';': a list of items
    >>> _item_end(t, 0, t.index("trong"), len(t) - 1, t.index("9"), 0, [0] * len(t))
    31
    """
    semi = text.rfind(";", s_start, at)
    while semi != -1 and depth[semi] != d:
        semi = text.rfind(";", s_start, semi)
    if semi == -1 or semi > t_start:
        return stop
    end = text.find(";", at, stop)
    while end != -1 and depth[end] != d:
        end = text.find(";", end + 1, stop)
    return stop if end == -1 else end


def _before_rates(
    context: ParagraphContext,
    k: int,
    s_start: int,
    anchor: int,
    total_depth: int,
    depth: Sequence[int],
) -> int:
    """The index of the total of a list at *anchor* when the *k*-th figure, right before the
    marker, is a rate or a multiple of that total (``%``, ``lần``) in a clause of its own: "ước
    đạt 77,52 triệu USD, tăng 13,1% so với cùng kỳ năm 2021; trong đó ..."; "giải quyết 1.683
    tin, đạt tỷ lệ 86,1% (tăng 8,3%); trong đó ...".  -1 when there is none.

    Only rates are stepped over, at most :data:`_MAX_RATES` of them: a count or an amount
    between ("tăng 1.454 HTX", "tăng 20 tỷ đồng") may be what the list breaks down, so the
    list is then not read.  The clause must hold, before its first rate, a word of a rate
    (*đạt*, *tăng*, *giảm*, *bằng*, *chiếm*, *vượt*, *so với*, *gấp*, *tỷ lệ*) after a few
    words of the total's own and no digit ("5 đảng viên mới đạt 100% kế hoạch"), hold no ``;``
    or ``:`` before the one that leads to the marker, and not end in *chưa* or *không* (*chưa
    bao gồm*: what the total leaves out); the candidate must be a total by
    :func:`_may_total` within :data:`_MAX_RATE_GAP` characters, and no denominator
    ("300/500 tỷ đồng, đạt 60%": the list may break down the 300).

    >>> from hoiquanchung.checker import check_text
    >>> [(f.stated, f.computed) for f in check_text("Tổng thu đạt 20.000 tỷ đồng, tăng 12% so "
    ...     "với cùng kỳ; trong đó thu nội địa 15.200 tỷ đồng, thu xuất nhập khẩu 5.800 tỷ đồng.")]
    [('20.000 tỷ đồng', '21.000.000.000.000 đồng')]
    >>> check_text("Tổng thu đạt 20.000 tỷ đồng, tăng 1.000 tỷ đồng so với cùng kỳ; trong đó thu "
    ...            "nội địa 15.200 tỷ đồng, thu xuất nhập khẩu 5.800 tỷ đồng.")  # a change between
    []
    >>> check_text("Đã giải ngân 300 tỷ đồng/500 tỷ đồng, đạt 60%; trong đó vốn tỉnh 100 tỷ "
    ...            "đồng, vốn huyện 250 tỷ đồng.")  # a denominator before the rate
    []
    """
    mentions, text, base = context.mentions, context.text, context.paragraph.offset
    j = k
    while j >= 0 and k - j < _MAX_RATES and (mentions[j].unit or "").casefold() in _RATE_UNITS:
        j -= 1
    if j == k or j < 0 or (mentions[j].unit or "").casefold() in _RATE_UNITS:
        return -1
    candidate = mentions[j]
    t_end = candidate.end - base
    if t_end < s_start or anchor - t_end > _MAX_RATE_GAP:
        return -1
    clause = text[t_end:anchor].rstrip(" ,;:\u2060")
    lead = text[t_end : mentions[j + 1].start - base]
    if ";" in clause or ":" in clause or not _RATE_CLAUSE.search(lead) or _DIGIT.search(lead):
        return -1
    if _NOT_INCLUDED.search(text, max(t_end, anchor - 12), anchor):
        return -1  # "(đạt tỷ lệ 22,33%, chưa bao gồm hồ sơ ...)": what the total leaves out
    if text[max(s_start, candidate.start - base - 2) : candidate.start - base].strip() == "/":
        return -1  # "300/500 tỷ đồng, đạt 60%": the denominator is no total of the list
    if not _may_total(context, candidate, s_start, anchor, total_depth, depth, _MAX_RATE_GAP):
        return -1
    return j


# Units of a rate or a multiple of a figure, which may stand between a total and its list.
_RATE_UNITS = frozenset({"%", "lần"})
_MAX_RATES = 3  # rates stepped over ("đạt 105% dự toán, tăng 12%")
_MAX_RATE_GAP = 160  # characters between a total and its marker over its rates
# The words that open a clause of a total's rate: ", tăng 13,1% so với cùng kỳ"; " (đạt 91%)".
_RATE_CLAUSE = re.compile(
    r"\b(?:đạt|tăng|giảm|bằng|chiếm|vượt|so\s+với|gấp|tương\s+đương|t[ỷỉ]\s+lệ)\b", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
_NOT_INCLUDED = re.compile(r"\b(?:chưa|không)\s*\Z", re.IGNORECASE)


def _money_before(
    context: ParagraphContext,
    k: int,
    s_start: int,
    anchor: int,
    total_depth: int,
    depth: Sequence[int],
) -> Mention | None:
    """The last amount of money among the few figures before the *k*-th (and the *k*-th
    itself is not one), when it may be the total of the list at *anchor*."""
    mentions = context.mentions
    for j in range(k - 1, max(-1, k - _MAX_SKIPPED - 1), -1):
        candidate = mentions[j]
        if _kind(candidate) == "money":
            if _may_total(context, candidate, s_start, anchor, total_depth, depth, _MAX_FAR):
                return candidate
            return None
    return None


def _complete_kinds(phrase: str, total: Mention, parts: Sequence[Mention]) -> bool:
    """Whether *parts* are every kind of one set of ``breakdown_kinds.toml`` named with the
    total's head noun, the total (its *phrase*, up to the list) carrying the set's qualifier:
    "880 hộ nông dân nghèo (trong đó: 523 hộ nghèo, 357 hộ cận nghèo)".

    >>> from hoiquanchung.checker import extract
    >>> total, poor, near = extract("880 hộ, 523 hộ nghèo, 357 hộ cận nghèo")
    >>> _complete_kinds("880 hộ nông dân nghèo (", total, [poor, near])
    True
    >>> _complete_kinds("880 hộ (", total, [poor, near])  # all households: not only the poor
    False
    >>> _complete_kinds("880 hộ nghèo, ", total, [poor, near])
    True
    """
    head = _head(total)
    if not head or _kind(total) != "count":
        return False
    rests = []
    for part in parts:
        words = (part.unit or "").casefold().split()
        if not words or words[0] != head:
            return False
        rests.append(" ".join(words[1:]))
    if len(set(rests)) != len(rests):
        return False
    said = " ".join(_WORD.findall(phrase.casefold()))
    return any(
        re.search(rf"(?<!\w){re.escape(qualifier)}(?!\w)", said) and set(rests) == values
        for qualifier, values in kinds_of_wholes()
    )


def _from_before(
    context: ParagraphContext,
    marker: re.Match[str],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    starts: Sequence[int],
    kind: str,
    before: tuple[Paragraph, Sequence[Mention]],
) -> Finding | None:
    """A whole list whose total is the one figure of its noun in the sentence before."""
    if not marker.group().rstrip().endswith(":") and not _LIST_OPENS.match(
        context.text, s_start, marker.start()
    ):
        # "Ban Thường trực ... gồm 6 người, ... là 8 người, tăng 2 người"; "Các thị trường
        # tiếp theo bao gồm Mỹ 522.000 lượt, ...": a sentence of its own subject, not the list
        # of the figure before, unless a colon or its first words ("Trong đó", "Cụ thể") say so.
        return None
    stop = min(s_end, marker.end() + _MAX_LIST)
    if _MARKER_AT.search(context.text, marker.end(), stop) is not None:
        return None
    if _EXAMPLES.search(context.text, marker.end(), min(stop, marker.end() + 30)):
        return None
    paragraph, figures = before
    if len(figures) > _MAX_BEFORE:
        return None  # a long list before: not the one-figure sentence that heads a list
    for total in figures:
        if total.bound is not Bound.EXACT or _kind(total) != "count":
            continue
        parts = _parts(context, total, marker.end(), stop, 0, depth, starts, kind)
        if parts is None or len(parts) < 2:
            continue
        noun = (total.unit or "").casefold()
        if any((p.unit or "").casefold() != noun for p in parts):
            continue  # across sentences, only parts counting the total's very noun
        if sum(1 for m in figures if (m.unit or "").casefold() == noun) != 1:
            return None  # two figures of the noun before: which is the total is unclear
        columns = _columns(context.text, context.paragraph.offset, parts)
        if columns is not None:
            return _column_verdicts(context, paragraph, figures, columns, kind)
        return _verdict(paragraph, context.file, total, parts, kind)
    return None


# What parts the two counts of an item, the second a subgroup of the first ("102 hội viên,
# với 14 hội viên Trung ương"; "..., trong đó 14 ..."; "..., có 14 ...").
_SUBGROUP = re.compile(r"[\s\u2060,;:(]*(?:với|trong\s+đó(?:\s+có)?|có)\s*[:,]?\s*", re.I)
_SUBGROUP_BEFORE = re.compile(r"\b(?:với|trong\s+đó)\s*[:,]?\s*\Z", re.IGNORECASE)


def _columns(text: str, base: int, parts: Sequence[Mention]) -> list[list[Mention]] | None:
    """The two interleaved columns of a list whose every item holds two counts of one noun,
    the second a subgroup of the first led by *với*, *trong đó* or *có* ("Hội Nhà văn 102
    hội viên, với 14 hội viên Trung ương, Hội Âm nhạc 71 hội viên, với 33 hội viên Trung
    ương"); ``[]`` when some part is led by *với* or *trong đó* but the columns cannot be
    read (no list of parts then); ``None`` when no part is led so.

    >>> from hoiquanchung.checker import extract
    >>> t = "gồm A 102 hội viên, với 14 hội viên, B 71 hội viên, với 33 hội viên"
    >>> [[int(m.value) for m in column] for column in _columns(t, 0, extract(t)) or []]
    [[102, 71], [14, 33]]
    >>> t = "gồm A 102 hội viên, với 14 hội viên, B 71 hội viên"
    >>> _columns(t, 0, extract(t))
    []
    """
    led = [
        i % 2 == 1
        and _SUBGROUP.fullmatch(text, parts[i - 1].end - base, parts[i].start - base) is not None
        for i in range(len(parts))
    ]
    if not any(led):
        if any(
            _SUBGROUP_BEFORE.search(text, max(0, p.start - base - 12), p.start - base)
            for p in parts[1:]
        ):
            return []  # "..., với 14 hội viên" after a label: a subgroup of the item before
        return None
    if (
        len(parts) % 2
        or len(parts) < 4
        or not all(led[1::2])
        or len({_head(m) for m in parts}) != 1
        or any(
            _SUBGROUP_BEFORE.search(text, max(0, p.start - base - 12), p.start - base)
            for p in parts[0::2]
        )
    ):
        return []
    return [list(parts[0::2]), list(parts[1::2])]


def _column_verdicts(
    context: ParagraphContext,
    paragraph: Paragraph,
    figures: Sequence[Mention],
    columns: Sequence[Sequence[Mention]],
    kind: str,
) -> Finding | None:
    """Each column of :func:`_columns` against its own total: the last two counts of
    *figures*, the second led by *với*, *trong đó* or *có* as the columns' second counts are
    ("là 910 người, với 336 hội viên ..."); nothing when the totals are not so named."""
    counts = [m for m in figures if _kind(m) == "count"]
    if not columns or len(counts) < 2:
        return None
    t1, t2 = counts[-2], counts[-1]
    base = paragraph.offset
    if _SUBGROUP.fullmatch(paragraph.text, t1.end - base, t2.start - base) is None:
        return None
    for total, parts in zip((t1, t2), columns, strict=True):
        found = _verdict(paragraph, context.file, total, parts, kind)
        if found is not None:
            return found
    return None


def _verdict(
    paragraph: Paragraph,
    file: str | None,
    total: Mention,
    parts: Sequence[Mention],
    kind: str,
    whole: bool = False,
    severity: Severity = Severity.ERROR,
) -> Finding | None:
    """``total-mismatch`` when *parts* do not add up to *total* (as *kind* says they must, or
    *whole*: the parts are every kind of the total whatever the marker, reported at
    *severity*)."""
    terms_sum = _totals.sum_of_parts(parts)
    # By the total's qualifier at its written precision ("hơn 9,1 tỷ": below 9,05 tỷ only).
    side = sum_contradicts(total.quantity, terms_sum, [p.quantity for p in parts])
    if side is None:
        return None
    if side == "above" and _totals.unfinished_rest(paragraph.text, paragraph.offset, total, parts):
        return None  # "..., không khởi tố 242 tin, đang giải quyết 194 tin": not yet settled
    if kind not in _WHOLE and not whole:
        if side == "below":
            return None  # "trong đó" may list a few kinds only
        severity = Severity.WARNING
    return _totals.mismatch(paragraph, total, parts, terms_sum, severity, file)


def _parts(
    context: ParagraphContext,
    total: Mention,
    start: int,
    stop: int,
    d: int,
    depth: Sequence[int],
    starts: Sequence[int],
    kind: str,
    phrase: str = "",
) -> list[Mention] | None:
    """One part per item of the list, or ``None`` when the list cannot be summed (*phrase*:
    the total's words up to the list, which may say the parts are every kind of it)."""
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    wanted = _kind(total)
    cuts = [i for i in occurrences(text, ";", start, stop) if depth[i] == d]
    spans: list[tuple[int, int]] = []
    if cuts:
        spans = [(a + 1, b) for a, b in zip([start - 1, *cuts], [*cuts, stop], strict=True)]
    else:
        # A comma between digits is a decimal one ("33,3 tỷ đồng"), no separator of items.
        marks = [
            (i, i + 1)
            for i in occurrences(text, ",", start, stop)
            if depth[i] == d and not (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit())
        ]
        marks += [
            (m.start(), m.end()) for m in _AND.finditer(text, start, stop) if depth[m.start()] == d
        ]
        marks.sort()
        bounds = [start]
        for a, b in marks:
            bounds += [a, b]
        bounds.append(stop)
        spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    parts: list[Mention] = []
    prices: list[Decimal | None] = []  # each part's amount each ("trị giá 500.000đ/suất")
    leads: list[str] = []  # each part's label, the words of its item before it
    # "300.000 đồng/hộ (trong đó, ngân sách TP: 250.000 đồng/hộ; ...)": a total each, whose
    # parts are amounts each of the same unit.
    each = per_unit(text, total.end - base)
    for a, b in spans:
        if not text[a:b].strip(" \u2060.:-–"):
            continue
        inside = mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        same = [m for m in inside if _kind(m) == wanted]
        if not same:
            return None  # an item without a figure of its kind: the list cannot be summed
        if len(same) > 1:
            same = _item_figures(text, base, a, same, total, wanted)
        part, rest = same[0], same[1:]
        p_start = part.start - base
        if per_unit(text, part.end - base) != each or (
            each is None and _PER_UNIT_BEFORE.search(text, a, p_start)
        ):
            return None  # the item's first figure is an amount each, not a part
        for other in rest:
            o_start, o_end = other.start - base, other.end - base
            if not (_PER_UNIT_BEFORE.search(text, a, o_start) or per_unit(text, o_end) is not None):
                return None  # two figures of the kind in one item: not a simple list
        if part.bound is not Bound.EXACT or depth[p_start] < d:
            return None
        if cuts and _named_unit_after(text, part, p_start, part.end - base, b):
            return None  # "17 huyện: A, ..., Ứng Hòa và thị xã Sơn Tây": one more unit, uncounted
        lead = text[a:p_start].strip(" \u2060.:-–+•*")
        if wanted == "count" and lead and not _akin(part, total):
            return None  # "thăm 3 trường": an item that is not "N kind" may be no part at all
        parts.append(part)
        prices.append(_price(context, inside, a))
        leads.append(" " + lead)
    # "Tổng dư nợ 100 tỷ đồng, trong đó hộ nghèo 60 tỷ đồng, phụ nữ 50 tỷ đồng": amounts of
    # groups of people that may overlap add up to more than their total without any slip; only
    # groups that are distinct kinds of one set (or units of one tier) cannot.  Amounts by
    # source or by form (ngân sách tỉnh / huyện; kinh phí / sản phẩm) are kept.
    if (
        wanted is not None
        and wanted.startswith("money")
        and kind not in _WHOLE
        and any(names_group(label) for label in leads)
        and _totals.disjoint_parts(leads, total.unit, text[max(0, start - 400) : start]) is None
    ):
        return None
    if wanted == "count":
        heads = {_head(p) for p in parts}
        nouns = [(p.unit or "").casefold() for p in parts]
        own = (total.unit or "").casefold()
        if phrase and _complete_kinds(phrase, total, parts):
            # "645 hộ nghèo và cận nghèo, trong đó 412 hộ nghèo, 233 hộ cận nghèo": the total
            # is read "hộ nghèo", and is every kind the parts name.
            return parts
        if own in nouns and any(noun != own for noun in nouns):
            return None  # "12 tổ hội, gồm 8 tổ hội ấp và 6 tổ hợp tác": the 6 are no tổ hội
        if kind not in _WHOLE:
            # "trong đó": distinct kinds, each named with the total's head noun; or the same
            # noun at a distinct price each ("180 suất quà, trong đó 20 suất trị giá
            # 1.100.000đ/suất, 80 suất (800.000đ/suất), ..."): a unit has one price.
            if heads != {_head(total)}:
                return None
            priced = None not in prices and len(set(prices)) == len(prices)
            if not priced and (len(set(nouns)) != len(nouns) or own in nouns):
                return None
    return parts


def _item_figures(
    text: str, base: int, a: int, same: list[Mention], total: Mention, wanted: str | None
) -> list[Mention]:
    """The figures of an item (starting at *a*) that may be its part, of the several of the
    total's kind it holds (*same*): its change is none ("Hội Nông dân 85.563 triệu đồng, tăng
    7.463 triệu đồng"; "BHXH bắt buộc là 239.011 người, tăng 10.513 người"), nor, in a list
    of counts, a count of another thing beside the one of the total's noun ("146 dự án hoàn
    thành với quy mô 103.717 căn" of a total of 633.559 căn; "Quảng Trị 10 người trên 2
    tàu" of a total of 22 người), unless joined to it by *và* or a comma.  *same* unchanged
    when that leaves no figure, or when its first figure is itself a change ("tăng 3 hội"), so
    that the checks of :func:`_parts` decide as before.

    >>> from hoiquanchung.checker import extract
    >>> t = "633.559 căn gồm: 146 dự án với quy mô 103.717 căn, tăng 20 căn"
    >>> total, *same = extract(t)
    >>> [m.text for m in _item_figures(t, 0, 17, same, total, "count")]
    ['103.717 căn']
    """
    first = same[0].start - base
    if _CHANGE.search(text, max(a, first - 20), first):
        return same
    kept = [
        m for m in same if not _CHANGE.search(text, max(a, m.start - base - 20), m.start - base)
    ]
    if wanted == "count" and len(kept) > 1:
        own = [m for m in kept if _akin(m, total)]
        if len(own) == 1 and not any(
            _JOINED.search(text, own[0].end - base, m.start - base)
            for m in kept
            if m.start > own[0].start
        ):
            # A count after it joined by "và" or a comma ("29 trạm y tế và sửa chữa 21
            # điểm trạm y tế") may be one more part; one its complement ("Quảng Trị 10
            # người trên 2 tàu") is none.
            kept = own
    return kept or same


_JOINED = re.compile(r",|;|\svà\s", re.IGNORECASE)


# After a colon that names a part's units, "và" then a unit of another kind by its proper name
# ("17 huyện: Ba Vì, ..., Ứng Hòa và thị xã Sơn Tây"): lower-case words, then a capital.
# The last "và" of an item's names, and the words after it up to the item's end.
_LAST_AND = re.compile(r"\svà\s+(?P<tail>[^,;:\s][^,;:]*)\Z")
_MAX_KIND_WORDS = 3  # words of a unit's kind before its proper name ("thị xã", "đặc khu")


def _named_unit_after(text: str, part: Mention, p_start: int, p_end: int, b: int) -> bool:
    """Whether the ``;``-item of *part* (ending at *b*) names its units after a colon and then,
    after its last "và", one unit of another kind by its proper name, which no figure counts:
    a few lower-case words (its kind), then a capital ("17 huyện: Ba Vì, ..., Ứng Hòa và thị
    xã Sơn Tây"); a kind that is the part's own ("và huyện Ứng Hòa") or a bare name ("và Ứng
    Hòa") is one of the part's units."""
    colon = text.find(":", p_end, b)
    if colon == -1:
        return False
    # The first "và" whose words run to the item's end ("A và B và thị xã C" is read from "B":
    # a capital first, so no other kind).
    last = _LAST_AND.search(text, colon, b)
    if last is None:
        return False
    words = last.group("tail").split()
    kind: list[str] = []
    for word in words:
        if not word[0].isalpha() or len(kind) > _MAX_KIND_WORDS:
            return False
        if word[0].isupper():
            break
        kind.append(word)
    else:
        return False  # no proper name: a kind's words only ("và các xã khác")
    if not kind:
        return False
    own = (part.unit or "").casefold()
    named = " ".join(kind).casefold()
    return not own or not (named == own or named.startswith(own + " "))


def _priced_tiers(
    context: ParagraphContext, total: Mention, parts: Sequence[Mention], stop: int, phrase: str
) -> bool:
    """Whether *parts* count the total's very noun, each at its own price: tiers of one thing
    by price, which make the whole ("180 suất quà, trong đó 20 suất trị giá 1.100.000đ/suất,
    80 suất (800.000đ/suất), 80 suất trị giá 500.000đ/suất": every suất has one price, so
    the three tiers are every suất; two tiers of 80 are distinct by their prices).

    >>> from hoiquanchung.checker import check_text
    >>> [f.computed for f in check_text("Đã tặng 180 suất quà, trong đó 20 suất trị giá "
    ...     "1.100.000đ/suất, 70 suất (800.000đ/suất), 80 suất trị giá 500.000đ/suất.")]
    ['170 suất']
    >>> check_text("Đã tặng 180 suất quà, trong đó 20 suất trị giá 500.000đ/suất, 70 suất "
    ...     "trị giá 500.000đ/suất.")  # one price: maybe a few of the suất only
    []
    """
    if _kind(total) != "count" or len(parts) < 2:
        return False
    noun = (total.unit or "").casefold()
    if any((p.unit or "").casefold() != noun for p in parts):
        return False
    text, base, mentions = context.text, context.paragraph.offset, context.mentions
    starts = [m.start - base for m in mentions]
    allowed = set(_WORD.findall(phrase.casefold()))  # "suất quà": the total's own words
    prices = []
    for i, part in enumerate(parts):
        a = part.start - base
        b = parts[i + 1].start - base if i + 1 < len(parts) else stop
        inside = mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        price = _price(context, inside, a)
        # Nothing but the count and its price: "80 suất (800.000đ/suất)".  An item naming
        # anything else (a donor, recipients) may be one of a few listed.
        rest = text[a:b]
        for m in reversed(inside):
            rest = rest[: m.start - base - a] + " " + rest[m.end - base - a :]
        words = set(_WORD.findall(_TIER_WORDS.sub(" ", rest.casefold())))
        if price is None or not words <= allowed:
            return False
        prices.append(price)
    return len(set(prices)) == len(prices)


def _price(context: ParagraphContext, inside: Sequence[Mention], a: int) -> Decimal | None:
    """The amount each of an item (``500.000đ/suất``, *mỗi suất 1 triệu đồng*), if one."""
    text, base = context.text, context.paragraph.offset
    for m in inside:
        if _kind(m) == "money" and (
            per_unit(text, m.end - base) is not None
            or _PER_UNIT_BEFORE.search(text, a, m.start - base)
        ):
            return m.value if m.bound is Bound.EXACT else None
    return None


#: Rule breakdowns: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "breakdowns", check_breakdowns, ("total-mismatch",), wording="prose", needs_figures=True
)
