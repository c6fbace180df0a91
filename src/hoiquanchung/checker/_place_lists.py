"""Rule 2 (places listed after a total): a total, then each place that makes it, named once.

"597 nhà bị hư hỏng, thiệt hại và di dời khẩn cấp (Hà Giang: 130 nhà; Lai Châu: 259 nhà; Thái
Nguyên: 150 nhà; Lào Cai: 1 nhà; Tuyên Quang: 33 nhà)" (dantri.com.vn, 2018): the five provinces
make 573 houses, not 597.  "bão số 12 đã làm 23.755 ngôi nhà bị tốc mái và hư hỏng, trong đó:
Bình Định 54 nhà; Phú Yên: 7.917 nhà; Khánh Hòa: 15.838 nhà" (dantri.com.vn, 2017): 23.809, more
than the whole.  "Lào Cai: 155 người (53 người chết, 102 người mất tích), gồm: Bảo Yên 109, Sa
Pa 8, Bát Xát 13, Si Ma Cai 7, Bắc Hà 15, Văn Bàn 2" (ngaynay.vn, nld.com.vn, 2024): 154.

The reading: a figure counted in a noun (the total), then, after nothing but words (no figure,
no ``;``, no ``:``), a list opened by a bracket, by *trong đó* or by *gồm* (perhaps after a
bracket of other parts, as the Lào Cai line); every item of the list is a place and its figure
and nothing else: perhaps *tại*/*ở* and the tier (*tỉnh*, *huyện*, *xã* ...), a proper name, a
colon, *có* or *là* (or a verb every item repeats: "xã Mỹ Thành di dời 5 hộ; xã Ân Nghĩa di dời
6 hộ"), the figure in the total's noun or bare, and after it nothing but words of the total's
own clause ("19 người chết (Hà Giang: 5 người chết do sập nhà; ...)": *chết*, then a cause after
*do*).  Places named once each do not overlap: the list never exceeds its total.  A list in a
bracket or after *gồm* is the whole (every figure in it is a place's, nothing else is said): it
must make the total, at the total's written precision.  After *trong đó* some places may be
left out: only a sum above the total is wrong.

Why it is general: this is how damage, casualties, aid and counts are reported by province,
district or commune across sites and years (the real slips it finds are on six sites).  Quiet
(near-misses, each held by a test): a list that says it gives some only (*như*, *riêng*, an
ellipsis "Hưng Yên ngập 26.000ha, Ninh Bình ngập 74.017ha…", *các địa phương khác*); an item
that is no bare place (a body, *Hội Nông dân 20 hộ*; two figures, "Quảng Ngãi với 165 nhà bị sập
và gần 84.500 nhà tốc mái"; words the total does not say, "Huế 2 người chết, Đà Nẵng 1 người
mất tích" of "3 người bị nạn"); a place named twice; places of two tiers ("huyện An Lão 55
suất, xã An Trung 70 suất"; "Quảng Ninh 4 người, Sa Pa 13 người"); one place above a total of
two ("13 người mất tích (Sơn La 1 người; Quảng Trị 19 người)"); parts counted in another noun;
a measure or a level, not a count ("Lượng mưa 300 mm (...)", "Thu nhập bình quân ..."); a change
("tăng 36 người (Lào Cai 16, ...)"); a count of places before the list ("cho bốn địa phương
(...)", read by rule 2 itself); a total with a qualifier (*hơn*, *khoảng*) the sum does not
contradict; a figure, ``;``, ``:``, ``/`` or a sentence's end between the total and its list.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung.checker._context import ParagraphContext, paragraph_index
from hoiquanchung.checker._counted_places import counted_places
from hoiquanchung.checker._kinds import classifier_words, province_names
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import lowered
from hoiquanchung.checker._rules import sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import Bound

__all__ = ["place_lists"]

# The openers of a list: a bracket, "trong đó"/"trong số đó", "gồm"/"bao gồm" (case-blind).
_OPENER = re.compile(r"\(|(?<!\w)(?:trong\s+(?:số\s+)?đó|(?:bao\s+)?gồm(?:\s+có)?)(?!\w)", re.I)
# The words that may open a bracketed list before its first place.
_INNER_OPENER = re.compile(
    r"\s*(?:(?:trong\s+(?:số\s+)?đó|(?:bao\s+)?gồm(?:\s+có)?|cụ\s+thể)(?!\w)\s*[,:]?\s*)?", re.I
)
# Between a total and its list: words only (no figure, no list or clause break of its own).
_GAP_STOPS = re.compile(r"[\d;:()\[\]/\n]|[.!?…]\s")
_MAX_GAP = 100
# Measures and levels that do not add up over places: rainfall, scores, averages, prices.
_MEASURES = frozenset({"mm", "cm", "m", "km", "độ", "°c", "m3/s", "km/h"})  # "điểm": also sites
_LEVEL = re.compile(
    r"(?<!\w)(?:bình\s+quân|trung\s+bình|giá|lượng\s+mưa|chỉ\s+số|thu\s+nhập|mức|nhiệt\s+độ|"
    r"mực\s+nước|cao\s+nhất|thấp\s+nhất|tối\s+đa|tối\s+thiểu)(?!\w)",
    re.I,
)


_CHANGE = re.compile(r"(?<!\w)(?:tăng|giảm|thêm|hơn|ít\s+hơn|nhiều\s+hơn)(?:\s+thêm)?\s*\Z", re.I)


@functools.cache
def _counted() -> re.Pattern[str]:
    return re.compile(counted_places(), re.I)


# Two figures joined ("82 hộ dân, 397 nhân khẩu", "37 người chết và 3 mất tích").
_PAIRED = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*(?:,|và)\s*", re.I)
# Where items part: ";" always, "," when no digit is on both sides (not "0,25"), "và".
_ITEM_BREAK = re.compile(r";|(?<!\d),|,(?!\d)|\s+và\s+")
_LEAD = re.compile(r"\A\s*(?:(?:và|tại|ở)\s+)*", re.I)
_TIER = re.compile(
    r"(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|tx\.?|thị\s+trấn|xã|phường|đặc\s+khu)\s+",
    re.I,
)
# How a list of places opens: perhaps "và", "tại", "ở" and a tier, then a capital letter.
_FIRST_ITEM = re.compile(
    r"\s*(?i:(?:(?:và|tại|ở)\s+)*(?:(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|tx\.?|"
    r"thị\s+trấn|xã|phường|đặc\s+khu)\s+)?)[A-ZĐÀ-Ỹ]"
)
_NAME = re.compile(r"[A-ZĐÀ-Ỹ][\w’'\-]*(?:\s+[A-ZĐÀ-Ỹ][\w’'\-]*){0,3}")
_GLUE = re.compile(r"\s*(?::|(?<!\w)(?:có|là)(?!\w))?\s*", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# Words that open a cause or a place after a part's noun: the rest of its item is free.
_CAUSE = frozenset({"do", "vì", "bị", "tại", "ở", "trong", "thuộc"})
# First words of a name that say it is no place: a body (as ``_named_units``), or a word that
# says the list gives some places only, or is no name at all.
_NO_PLACE = frozenset(
    {
        "hội", "đoàn", "ban", "sở", "bộ", "ủy", "uỷ", "ubnd", "trường", "bệnh", "quỹ",
        "ngân", "cục", "tổ", "đảng", "mặt", "tòa", "toà", "viện", "phòng", "nhà", "tập",
        "tổng", "khối", "lực", "báo", "đài", "chương", "dự", "mttq", "hđnd", "riêng", "trong",
        "cụ", "ngoài", "toàn", "cả", "các", "những", "nhiều", "số", "còn", "đã", "chỉ", "như",
        "năm", "tháng", "ngày", "quý", "đợt", "lần", "khu", "vùng", "thôn", "ấp", "bản",
        "khóa", "khoá",
    }
)  # fmt: skip
# ... and the first two words of a body whose first word also opens places' names ("Văn
# Bàn", "Trung Khánh", "Liên Chiểu", "Công Hải").
_NO_PLACE_PAIRS = frozenset(
    {
        "văn phòng", "trung tâm", "trung ương", "liên đoàn", "liên minh", "liên hiệp",
        "quân khu", "quân đội", "công an", "công ty", "chi nhánh", "chi hội", "chi bộ",
        "chi cục", "cơ quan", "hợp tác", "văn hóa", "văn hoá",
    }
)  # fmt: skip
# A list that says it gives some only.
_SOME = re.compile(r"…|\.\.\.|(?<!\w)(?:như|v\.v|khác|riêng|chủ\s+yếu|nhiều\s+nhất)(?!\w)", re.I)
# Nouns a report writes alone for themselves with a word after: "82 hộ dân" then "5 hộ".
_HEAD_NOUNS = frozenset({"hộ", "tàu", "người", "nhà", "căn", "con", "ha"})
_MAX_LIST = 1200  # characters a list may span
# Places a list names at least to be read as the whole: two may be the two largest only
# ("391 ha ... (Hà Giang 70ha, Lai Châu: 214 ha)", soha.vn 2018); their sum may still not
# exceed the total.
_MIN_WHOLE = 3


def _noun_fits(total: str, part: str | None) -> bool:
    """Whether a part counted in *part* (``None``: bare) counts the total's noun *total*: the
    same noun, or one of them with a classifier before it (*ngôi nhà* and *nhà*, *căn nhà* and
    *căn*, *tàu cá* and *tàu*).

    >>> _noun_fits("ngôi nhà", "nhà"), _noun_fits("căn nhà", "căn"), _noun_fits("ha", None)
    (True, True, True)
    >>> _noun_fits("tàu cá", "tàu"), _noun_fits("hộ", "người"), _noun_fits("hội viên", "hội")
    (True, False, False)
    """
    if part is None or part == total:
        return True
    short, long = (part, total) if len(part) < len(total) else (total, part)
    if long.startswith(short + " ") and short in classifier_words():
        return True  # "căn" of "căn nhà"
    head, _, rest = long.partition(" ")
    if rest == short and head in classifier_words():
        return True  # "nhà" of "ngôi nhà"
    return short in _HEAD_NOUNS and long.startswith(short + " ")  # "hộ" of "hộ dân"


def _close(text: str, at: int) -> int:
    """Where the bracket opened at *at* closes (within ``_MAX_LIST`` characters), -1 when it
    does not (found by ``str.find`` from bracket to bracket, speed).

    >>> _close("a (b (c) d) e", 2), _close("a (b", 2)
    (10, -1)
    """
    stop = min(len(text), at + _MAX_LIST)
    depth, i = 1, at + 1
    while True:
        close = text.find(")", i, stop)
        if close == -1:
            return -1
        inner = text.find("(", i, close)
        if inner == -1:
            depth -= 1
            if depth == 0:
                return close
            i = close + 1
        else:
            depth += 1
            i = inner + 1


# A sentence's end: a line break, "!", "?", "…", or a full stop before white space or the end.
_STOP = re.compile(r"[\n!?…]|\.(?=\s|\Z)")


def _sentence_stop(text: str, at: int) -> int:
    """Where the sentence that holds *at* ends (within ``_MAX_LIST`` characters).

    >>> t = "gồm: Bảo Yên 109, Sa Pa 8. Cao Bằng"
    >>> t[: _sentence_stop(t, 5)]
    'gồm: Bảo Yên 109, Sa Pa 8'
    """
    stop = min(len(text), at + _MAX_LIST)
    found = _STOP.search(text, at, stop)
    return found.start() if found is not None else stop


def _item_name(head: str, verb: list[str | None]) -> tuple[str, str | None] | None:
    """The place an item's words before its figure name (case-folded) and its tier
    (``"province"``, ``"district"``, ``"commune"``; None when neither a tier word nor the
    name tells it), or None when they are no bare place; *verb* holds the words every item
    repeats between name and figure (the first item sets them)."""
    lead = _LEAD.match(head)
    at = lead.end() if lead is not None else 0
    tier = _TIER.match(head, at)
    if tier is not None:
        at = tier.end()
    name = _NAME.match(head, at)
    if name is None:
        return None
    words = name.group().split()
    if not words[0][0].isupper():
        return None  # "À-Ỹ" holds small letters too ("đã", "ở"); "Ba đồn" is a name
    if words[0].casefold() in _NO_PLACE or " ".join(words[:2]).casefold() in _NO_PLACE_PAIRS:
        return None
    if len(words[0]) < 2:
        return None  # "xã A", "xã B": no name
    rest = head[name.end() :]
    glue = _GLUE.match(rest)
    between = (rest[glue.end() :] if glue is not None else rest).strip()
    said = " ".join(between.casefold().split()) or None
    if said is not None and (len(said.split()) > 2 or not _WORD.fullmatch(said.replace(" ", "x"))):
        return None
    if not verb:
        verb.append(said)
    elif verb[0] != said:
        return None  # "xã A di dời 5 hộ; xã B nhận 6 hộ": not one verb repeated
    folded = " ".join(w.casefold() for w in words)
    if tier is not None:
        level = _TIER_LEVELS.get(" ".join(tier.group().casefold().split()).rstrip("."))
    else:
        level = "province" if _province().fullmatch(_tone_marks(folded)) else None
    return folded, level


@functools.cache
def _province() -> re.Pattern[str]:
    return re.compile(province_names(), re.I)


def _tone_marks(name: str) -> str:
    """*name* with the tone mark on the vowel the data writes it on ("khánh hoà" →
    "khánh hòa")."""
    for old, new in _OLD_TONES:
        name = name.replace(old, new)
    return name


def _tiers_agree(levels: Sequence[str | None]) -> bool:
    """Whether the places of a list are of one tier: a commune inside a district of the same
    list, a district beside provinces ("Quảng Ninh 4 người, Sa Pa 13 người"), may overlap.

    >>> _tiers_agree(["province", "province"]), _tiers_agree([None, None, "district"])
    (True, True)
    >>> _tiers_agree(["district", "commune"]), _tiers_agree(["province", None])
    (False, False)
    >>> _tiers_agree([None, None, "province", None])
    True
    """
    known = set(levels) - {None}
    if len(known) > 1:
        return False
    # A province's name among more names the data does not know is a district of that name
    # ("Bố Trạch 1.197, Ba Đồn 666, Quảng Ninh 16, ...", Quảng Bình); among as many provinces
    # or more, a name it does not know is a place of another tier.
    provinces = levels.count("province")
    return not provinces or provinces < levels.count(None) or None not in levels


_TIER_LEVELS = {
    "tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district",
    "tx": "district", "thành phố": "district", "tp": "district", "xã": "commune",
    "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
}  # fmt: skip
_OLD_TONES = (
    ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("uỳ", "ùy"),
    ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"), ("oè", "òe"), ("oé", "óe"),
)  # fmt: skip


def _tail_fits(tail: str, clause: frozenset[str]) -> bool:
    """Whether the words after a part's figure say nothing the total's clause does not: its
    own words ("chết"), then perhaps a cause or place (*do*, *tại* ...) in any words."""
    for word in _WORD.findall(tail):
        w = word.casefold()
        if w in _CAUSE:
            return True
        if w not in clause:
            return False
    return True


def _read_list(
    text: str,
    base: int,
    total: Mention,
    clause: str,
    start: int,
    stop: int,
    mentions: Sequence[Mention],
    starts: Sequence[int],
) -> list[Mention] | None:
    """The parts of the list ``text[start:stop]`` when every item is a bare place and its
    figure in *total*'s noun (see the module); None otherwise."""
    inside = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, stop)]
    if len(inside) < 2 or total.unit is None:
        return None
    words = frozenset(w.casefold() for w in _WORD.findall(total.text + " " + clause))
    parts: list[Mention] = []
    names: set[str] = set()
    verb: list[str | None] = []
    levels: list[str | None] = []
    above = False  # a place above the whole
    piece_start = start
    k = 0
    pieces: list[tuple[int, int]] = []
    for brk in _ITEM_BREAK.finditer(text, start, stop):
        pieces.append((piece_start, brk.start()))
        piece_start = brk.end()
    pieces.append((piece_start, stop))
    last_open = False  # the last item's tail ran into a cause: figure-less pieces go on with it
    for a, b in pieces:
        here = []
        while k < len(inside) and inside[k].start - base < b:
            here.append(inside[k])
            k += 1
        if not here:
            if last_open and not text[a:b].strip().startswith("("):
                continue  # "do sạt lở đất, lũ cuốn trôi": the cause of the item before
            if not text[a:b].strip():
                continue
            return None
        if len(here) > 1:
            return None
        m = here[0]
        if (
            m.bound is not Bound.EXACT
            or m.range_end is not None
            or m.fraction is not None
            or m.value <= 0
            or not _noun_fits(total.unit, m.unit)
            or m.start - base < a
            or m.end - base > b
        ):
            return None
        if m.unit is None and text.startswith("%", m.end - base):
            return None
        named = _item_name(text[a : m.start - base], verb)
        if named is None or named[0] in names:
            return None
        name, level = named
        levels.append(level)
        above = above or m.value > total.value
        tail = text[m.end - base : b]
        if "(" in tail or ")" in tail or not _tail_fits(tail, words):
            return None
        last_open = any(w.casefold() in _CAUSE for w in _WORD.findall(tail))
        names.add(name)
        parts.append(m)
    if k != len(inside) or len(parts) < 2 or not _tiers_agree(levels):
        return None
    if above and len(parts) < _MIN_WHOLE:
        return None  # "13 người mất tích (Sơn La 1 người; Quảng Trị 19 người)": no share of it
    return parts


def _openers(text: str, folded: str) -> list[int]:
    """Where a list may open in *text* (*folded*: its lower case): each bracket, each "trong đó"
    or "trong số đó" and each "gồm", in order (found by ``str.find``; the pattern is tried only
    there, speed).

    >>> t = "12 người (Lai Châu: 11 người; Sơn La: 1 người), trong đó ..."
    >>> _openers(t, t.lower())
    [9, 48]
    """
    found: list[int] = []
    for word in ("(", "trong đó", "trong số đó", "gồm"):
        at = folded.find(word)
        while at != -1:
            found.append(at)
            at = folded.find(word, at + 1)
    found.sort()
    return found


def place_lists(
    context: ParagraphContext, reported: set[tuple[int, int, str | None]]
) -> Iterator[Finding]:
    """``total-mismatch`` findings of the places listed after a total (see the module) in the
    paragraph of *context*, but those in *reported* (``(line, column, computed)`` of the sums
    already reported: a total another reading finds off from other parts is reported again,
    its places being another breakdown of it, "Lào Cai: 155 người (53 người chết, 102 người
    mất tích), gồm: ...").

    >>> from hoiquanchung.checker import check_text
    >>> t = "mưa lũ làm 597 nhà bị hư hỏng (Hà Giang: 130 nhà; Lai Châu: 259 nhà; Lào Cai: 1 nhà)."
    >>> [(f.code, f.stated, f.computed) for f in check_text(t)]
    [('total-mismatch', '597 nhà', '390 nhà')]
    >>> t = "mưa lũ làm 390 nhà bị hư hỏng (Hà Giang: 130 nhà; Lai Châu: 259 nhà; Lào Cai: 1 nhà)."
    >>> check_text(t)
    []
    """
    paragraph, mentions, file = context.paragraph, context.mentions, context.file
    text, base = paragraph.text, paragraph.offset
    if len(mentions) < 3:
        return
    candidates = _openers(text, lowered(text))
    if not candidates:
        return
    index = paragraph_index(context)
    starts, ends = index.starts, index.ends
    for at in candidates:
        opener = _OPENER.match(text, at)
        if opener is None:
            continue
        bracket = opener.group() == "("
        # The total: the last figure before the opener, perhaps before a bracket of other
        # parts that stands right before "gồm" ("155 người (53 người chết, ...), gồm: ...").
        look = at
        if not bracket:
            before = text[max(0, at - 3) : at].rstrip(" ,")
            if before.endswith(")"):
                close_at = text.rfind(")", 0, at)
                open_at = text.rfind("(", 0, close_at)
                if open_at == -1:
                    continue
                look = open_at
        n = bisect.bisect_right(ends, look)
        if n == 0:
            continue
        total = mentions[n - 1]
        gap = text[total.end - base : look]
        if len(gap) > _MAX_GAP or _GAP_STOPS.search(gap) is not None:
            continue  # a figure, a list or a sentence of its own between: no list of this total
        if bracket:
            close = _close(text, at)
            if close == -1:
                continue
            inner = _INNER_OPENER.match(text, at + 1, close)
            start, stop = (inner.end() if inner else at + 1), close
            whole = True
        else:
            start = opener.end()
            while start < len(text) and text[start] in " ,:\u00a0":
                start += 1
            stop = _sentence_stop(text, start)
            whole = opener.group().casefold().endswith(("gồm", "có")) and "trong" not in (
                opener.group().casefold()
            )
            if "(" in text[start:stop]:
                continue  # brackets inside the list: items that say more
        if _FIRST_ITEM.match(text, start, stop) is None:
            continue  # the list does not open with a place's name (most brackets; speed)
        if _CHANGE.search(text, max(0, total.start - base - 16), total.start - base):
            continue  # "tăng 36 người (Lào Cai 16, ...)": a change shared out, parts may be tolls
        if _counted().search(gap) is not None:
            continue  # "cho bốn địa phương (...)": rule 2 weighs the count against the names
        if total.unit in _MEASURES or _LEVEL.search(
            text, max(0, total.start - base - 40), total.start - base
        ):
            continue  # "Lượng mưa 300 mm (...)", "Thu nhập bình quân 60 triệu đồng (...)"
        # "di dời 82 hộ dân, 397 nhân khẩu ... (xã Mỹ Thành di dời 5 hộ; ...)": the list may
        # count the figure before the last, the two joined by a comma.
        twin = mentions[n - 2] if n > 1 else None
        if twin is not None and not _PAIRED.fullmatch(text, twin.end - base, total.start - base):
            twin = None
        if twin is not None and not (mentions[n].unit if n < len(mentions) else None):
            # "37 người chết và 3 mất tích do sạt lở đất, gồm: Lục Yên 13, ...": bare parts
            # after two joined figures may count both (vneconomy.vn, 2024).
            continue
        parts = None
        for whole_of in (total, twin):
            if (
                whole_of is None
                or whole_of.unit is None
                or whole_of.unit == "%"
                or whole_of.fraction is not None
                or whole_of.range_end is not None
            ):
                continue
            clause = text[whole_of.end - base : look]
            parts = _read_list(text, base, whole_of, clause, start, stop, mentions, starts)
            if parts is not None:
                total = whole_of
                break
        if parts is None:
            continue
        computed = sum((p.value for p in parts), Decimal(0))
        side = sum_contradicts(total.quantity, computed, [p.quantity for p in parts])
        if side is None or (side == "below" and (not whole or len(parts) < _MIN_WHOLE)):
            continue
        if _SOME.search(text, start, min(len(text), stop + 2)) is not None:
            continue  # "như ...", "riêng ...", "…": some places only
        finding = total_mismatch(
            paragraph,
            total.start - base,
            total,
            computed,
            sum_of_terms(p.value for p in parts),
            file=file,
            severity=Severity.ERROR,
        )
        key = (finding.line or 0, finding.column or 0, finding.computed)
        if key not in reported:
            reported.add(key)
            yield finding
