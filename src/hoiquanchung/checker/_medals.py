"""Rule 2, medal tallies: a total of medals and its parts by colour.

A sports report counts the medals a delegation won and breaks them down by colour: *giành được
101 huy chương các loại, trong đó có 50 HCV, 27 HCB và 24 HCĐ*; *đạt 18 huy chương các loại (04
Huy chương Vàng, 06 Huy chương Bạc, 8 Huy chương Đồng)*; *tổng cộng 49 huy chương, gồm: 26 huy
chương vàng, 15 huy chương bạc và 8 huy chương đồng*.  A medal is gold, silver or bronze, one
colour each (the three places of an event), so the colours cannot overlap and the three of them
are the whole:

* parts of distinct colours that add up to more than their total contradict it;
* the three colours adding up to less contradict it too; so do two colours listed as the whole
  (after *gồm*, *bao gồm*, a colon, or alone in a bracket right after the total), while two
  colours after *trong đó* may be some of the medals only and say nothing when they fall short.

The total is a count of medals with no colour of its own (*huy chương*, *tấm huy chương*, *HC*,
with *các loại* or *(HC)* after it); its parts follow it in the same sentence, after *trong đó*
(*có*), *gồm* (*có*), *bao gồm*, a colon or a bracket opened right after the total, each a
figure followed by its colour (*huy chương vàng*, *HC Bạc*, *HCĐ*, or the bare colour in the
list: *13 vàng, 7 bạc, 5 đồng*), joined by a comma, a semicolon, *và* or *cùng*; words may follow
a part (the events it was won in) up to the next part.

It stays quiet (near-misses):

* sets of medals (*bộ huy chương*) broken down by form of contest (*22 bộ huy chương (12 đối
  kháng, 10 biểu diễn)*): no colours, no reading;
* tallies by colour with no total (*xếp nhất toàn đoàn với 39 HCV, 9 HCB và 15 HCĐ*) or a total
  of one colour (*205 huy chương vàng*);
* a list that goes on with an item of no colour (*2 HCV, 1 HCB và 3 giải khuyến khích*), a
  colour named twice, a part with a qualifier (*hơn 20 HCV*), team medals (*đồng đội* is no
  bronze), one part alone (*trong đó có 33 HCV*);
* a total with a qualifier is read by what it states (*hơn 100 huy chương*: only a sum below it
  is wrong; :func:`hoiquanchung.checker._rules.sum_contradicts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._rules import sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import Bound

__all__ = [
    "LIST_JOIN",
    "LIST_OPENER",
    "MEDAL_WORDS",
    "medal_tallies",
    "owned_after",
    "rated_run",
    "scale_verdict",
]

#: Cheap test on the lower-case paragraph before any reading (speed): one of these is in it.
MEDAL_WORDS = ("huy chương", "hc ", "hcv", "hcb", "hcđ")

#: Units of a total of medals with no colour (the first words of the mention's unit).
_TOTAL_UNITS = frozenset({"huy chương", "tấm huy chương", "hc", "tấm hc", "chiếc huy chương"})
_COLOUR_WORDS = {"vàng": "vàng", "bạc": "bạc", "đồng": "đồng", "v": "vàng", "b": "bạc", "đ": "đồng"}
# A figure (with no qualifier) then its colour: "50 HCV", "38 HC Vàng", "4 huy chương Đồng",
# "13 hu chương vàng" (a slip of the pen), "13 vàng".  "đồng đội" (a team event) is no colour.
_PART = re.compile(
    r"[\d.,]+[ \t\u00a0]*(?:tấm[ \t\u00a0]+)?"
    r"(?:(?:(?:huy|hu|uy)[ \t\u00a0]+chương|hc)[ \t\u00a0]*)?"
    r"(?:(vàng|bạc|đồng)(?![ \t\u00a0]+đội)|(?<=hc)(v|b|đ))(?!\w)",
    re.IGNORECASE,
)
# Between a total and its list: "các loại", "(HC)", a few words with no figure ("giành được"),
# then the opener.
LIST_OPENER = re.compile(
    r"(?:[ \t\u00a0]+các[ \t\u00a0]+loại)?(?:[ \t\u00a0]*\(HC\))?"
    r"[^\d;:.!?()\n]{0,40}?"
    r"(?:(?P<bracket>[ \t\u00a0]*\()[ \t\u00a0]*"
    r"(?:(?P<inner>trong[ \t\u00a0]+đó|gồm|bao[ \t\u00a0]+gồm)"
    r"(?:[ \t\u00a0]+có)?[ \t\u00a0]*[:,]?[ \t\u00a0]*)?"
    r"|[ \t\u00a0]*,?[ \t\u00a0]*(?P<marker>trong[ \t\u00a0]+đó|gồm|bao[ \t\u00a0]+gồm)"
    r"(?:[ \t\u00a0]*[,:]?[ \t\u00a0]+có)?[ \t\u00a0]*[:,]?[ \t\u00a0]*"
    r"|[ \t\u00a0]*:[ \t\u00a0]*)",
    re.IGNORECASE,
)
# What joins two parts: a separator, and the words a part may carry after its colour (the events
# it was won in), with no figure, no bracket, no sentence end.
LIST_JOIN = re.compile(
    r"[^\d;.!?()\n]{0,120}?(?:[ \t\u00a0]*[,;][ \t\u00a0]*(?:và[ \t\u00a0]+|cùng[ \t\u00a0]+)?"
    r"|[ \t\u00a0]+(?:và|cùng)[ \t\u00a0]+)\Z",
    re.IGNORECASE,
)
_EACH = re.compile(r"\bmỗi[ \t\u00a0]+\Z", re.IGNORECASE)


def _colour(text: str, m: Mention, base: int) -> str | None:
    """The colour of the part *m* (*vàng*, *bạc*, *đồng*), or ``None``."""
    if m.bound is not Bound.EXACT or m.fraction is not None or m.range_end is not None:
        return None
    start = m.start - base
    found = _PART.match(text, start, min(len(text), m.end - base + 24))
    if found is None:
        return None
    word = (found.group(1) or found.group(2)).casefold()
    return _COLOUR_WORDS[word]


def _is_total(text: str, m: Mention, base: int) -> bool:
    """Whether *m* counts medals with no colour of its own."""
    unit = " ".join((m.unit or "").casefold().split())
    if unit not in _TOTAL_UNITS or m.fraction is not None or m.range_end is not None:
        return False
    if _colour(text, m, base) is not None:
        return False
    return not _EACH.search(text, max(0, m.start - base - 12), m.start - base)


def medal_tallies(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of the medal tallies of one paragraph whose figures are *mentions*."""
    text, base = paragraph.text, paragraph.offset
    for i, total in enumerate(mentions[:-1]):
        if not _is_total(text, total, base):
            continue
        first = mentions[i + 1]
        opener = LIST_OPENER.fullmatch(text, total.end - base, first.start - base)
        if opener is None:
            continue
        in_bracket = opener.group("bracket") is not None
        rated = _coloured(text, first, base)
        if rated is None:
            continue
        # an item of no colour after the list's join: the list goes on, not read
        parts, colours, _end, k = rated_run(text, base, mentions, i + 2, first, rated, _coloured)
        if len(parts) < 2 or len(set(colours)) != len(colours):
            continue
        following = mentions[k] if k < len(mentions) else None
        if not _list_ends(text, base, parts[-1], following, in_bracket):
            continue
        lead = (opener.group("marker") or opener.group("inner") or "").casefold()
        # "trong đó có 2 HCV và 3 HCĐ": some of the medals only; "trong đó 62 HCV, 35 HCB, 54
        # HCĐ của đoàn Hà Nội": another's tally inside the total
        some_only = lead.startswith("trong") and (
            len(colours) < 3 or owned_after(text, parts[-1], base)
        )
        found = scale_verdict(paragraph, total, parts, file, some_only)
        if found is not None:
            yield found


def scale_verdict(
    paragraph: Paragraph,
    total: Mention,
    parts: Sequence[Mention],
    file: str | None,
    some_only: bool,
    *,
    rounded: bool = False,
) -> Finding | None:
    """``total-mismatch`` when the *parts* of a list of one dimension (medal colours, OCOP
    stars, prize grades, legal forms, economic sectors) contradict their *total* as written
    (:func:`sum_contradicts`): above it always; below it unless the list may name *some_only*
    of the total (a partial list after *trong đó*, another's tally inside it).  *rounded*
    parts are statistics each rounded at its last written digit (a GRDP's sectors in *tỷ
    đồng*), so their sum may miss the total by their rounding; counts are exact."""
    total_sum = Decimal(0)
    for p in parts:
        total_sum = _EXACT.add(total_sum, p.value)
    side = sum_contradicts(
        total.quantity, total_sum, [p.quantity for p in parts] if rounded else ()
    )
    if side is None or (side == "below" and some_only):
        return None
    return total_mismatch(
        paragraph,
        total.start - paragraph.offset,
        total,
        total_sum,
        sum_of_terms([p.value for p in parts]),
        file=file,
        severity=Severity.ERROR,
    )


def rated_run[L](
    text: str,
    base: int,
    items: Sequence[Mention],
    k: int,
    first: Mention,
    rated: tuple[L, int],
    rate: Callable[[str, Mention, int], tuple[L, int] | None],
) -> tuple[list[Mention], list[L], int, int]:
    """The run of a list of one scale from its *first* part (already *rated*: its label and
    where its item ends): each next item of *items* from index *k* joined to the last by
    :data:`LIST_JOIN` and rated by *rate* (a medal's colour, a product's stars, a prize's
    grade).  Returns the parts, their labels, where the last item ends and the index after the
    run; no part when the list goes on with an item *rate* does not read (the list is then not
    read at all)."""
    parts, labels, end = [first], [rated[0]], rated[1]
    while k < len(items):
        nxt = items[k]
        if LIST_JOIN.fullmatch(text, end, nxt.start - base) is None:
            break
        found = rate(text, nxt, base)
        if found is None:
            return [], labels, end, k
        parts.append(nxt)
        labels.append(found[0])
        end = found[1]
        k += 1
    return parts, labels, end, k


def _coloured(text: str, m: Mention, base: int) -> tuple[str, int] | None:
    """The colour of the part *m* and the end of its figure, or ``None``."""
    colour = _colour(text, m, base)
    return None if colour is None else (colour, m.end - base)


_AFTER_BRACKET = re.compile(r"[^\d;.!?()\n]{0,120}?\)", re.IGNORECASE)


def _list_ends(
    text: str, base: int, last: Mention, following: Mention | None, in_bracket: bool
) -> bool:
    """Whether the list ends after its *last* part: the bracket closes (with no other figure in
    it), or the sentence (or clause) ends before any other figure is joined to the list."""
    at = last.end - base
    if in_bracket:
        return _AFTER_BRACKET.match(text, at) is not None
    # Joined to one more item (of no colour, or the loop would have read it): not the end.
    return following is None or LIST_JOIN.fullmatch(text, at, following.start - base) is None


# After the last part of a "trong đó" list, up to the end of its sentence: the parts belong to
# someone inside the total, named ("..., trong đó 62 HCV, 35 HCB, 54 HCĐ của đoàn Hà Nội"); "của
# từng cấp học" names no one.
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())
_OWNER = re.compile(
    r"[^.!?\n]{0,200}?(?<!\w)(?:của|do|thuộc|đóng[ \t\u00a0]+góp)[ \t\u00a0]+(?:các[ \t\u00a0]+)?"
    rf"(?:(?-i:[{_CAPITALS}])|(?:đoàn|đội|huyện|tỉnh|thành[ \t\u00a0]+phố|xã|phường|trường"
    r"|đơn[ \t\u00a0]+vị)(?!\w))",
    re.IGNORECASE,
)


def owned_after(text: str, last: Mention, base: int) -> bool:
    """Whether the sentence goes on after the *last* part of a list to name whose the parts are
    (*của*, *do*, *thuộc*, *đóng góp*): some of the total's, not its breakdown.

    >>> from hoiquanchung.checker import extract
    >>> text = "205 huy chương, trong đó 62 HCV, 35 HCB, 54 HCĐ của đoàn Hà Nội."
    >>> owned_after(text, extract(text)[-1], 0)
    True
    >>> text = "19 huy chương, trong đó có 12 HCV, 4 HCB và 3 HCĐ ở các môn thi."
    >>> owned_after(text, extract(text)[-1], 0)
    False
    >>> text = "104 giải, trong đó 5 giải Nhất, 57 giải Tư theo lĩnh vực của từng cấp học."
    >>> owned_after(text, extract(text)[-1], 0)
    False
    """
    return _OWNER.match(text, last.end - base) is not None
