"""Rule 2, prizes by grade: a total of prizes (or of the prize-winners) and its parts by grade.

Contests of schools, teachers, science fairs and the press give each winner one prize of one
grade (*giải Nhất*, *Nhì*, *Ba*, *Tư*, *Khuyến khích*; *giải A*, *B*, *C*): *TP.Hà Nội có 184
học sinh đạt giải, trong đó có 14 giải Nhất, 61 giải Nhì, 54 giải Ba và 55 giải Khuyến khích*;
*Ban tổ chức đã trao 104 giải, trong đó có 5 giải Nhất, 16 giải Nhì, 26 giải Ba, 57 giải Tư*;
*có 39 giải, gồm: 3 giải A, 8 giải B, 9 giải C và 19 giải khuyến khích*.  Parts of distinct
grades cannot overlap:

* parts of distinct grades that add up to more than their total contradict it;
* less contradicts it when the list says it is whole (*gồm*, *bao gồm*, a colon, a bracket
  right after the total) or, after *trong đó*, when it names a whole scale: first, second and
  third prizes with the fourth or the consolation prizes (*nhất, nhì, ba, tư*; *nhất, nhì, ba,
  khuyến khích*; *A, B, C, khuyến khích*).  Fewer grades after *trong đó* may be some only
  (*trong đó có 1 em đoạt giải Nhất, 2 em đoạt giải Nhì*).

The total counts prizes (*giải*, *giải thưởng*) or the winners (*học sinh*, *em*, *thí sinh*,
*giáo viên*, *dự án*, *tác phẩm*...) with *giải* between it and the list (*184 học sinh đạt
giải, trong đó ...*; *36 tác phẩm để trao giải, trong đó ...*); the parts follow it in the
same sentence, after the openers of the medal tallies (:mod:`hoiquanchung.checker._medals`),
each *N giải* and its grade (or *N em đoạt giải Nhất*), joined by a comma, a semicolon or
*và*, words (the subjects) allowed after each.

It stays quiet (near-misses): prizes with no total (*trao 6 giải nhất, 21 giải nhì ...*); a
total in the sentence before (*41 giáo viên đạt danh hiệu ... Ngoài ra, ... trao 6 giải
Nhất ...*); a count of winners in a paragraph on sport (*thể thao*, *điền kinh*, *huy
chương*), where one athlete may win several events; a total paired with another count by a
slash (*5 dự án/9 học sinh đoạt giải*), or with a figure before its list (*71 giải (90 học sinh
dự thi), gồm ...*); a grade named twice; a *trong đó* list whose sentence then names whose the
prizes are (*của*, *do*, *thuộc*).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from hoiquanchung.checker._medals import (
    LIST_JOIN,
    LIST_OPENER,
    owned_after,
    rated_run,
    scale_verdict,
)
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.numbers import Bound

__all__ = ["PRIZE_WORDS", "prize_grades"]

#: Cheap test on the lower-case paragraph before any reading (speed).
PRIZE_WORDS = ("giải",)

_PRIZES = frozenset({"giải", "giải thưởng"})
_WINNERS = ("học sinh", "em", "thí sinh", "hs", "giáo viên", "dự án", "tác phẩm", "sản phẩm")
_SPORT = re.compile(r"(?<!\w)(?:thể\s+thao|điền\s+kinh|huy\s+chương|hội\s+khỏe)(?!\w)", re.I)
_S = r"[ \t\u00a0]+"
# A part: its figure, "giải" (or "em đoạt giải"), its grade.
_GRADED = re.compile(
    rf"[\d.,]+{_S}(?:(?:em|học{_S}sinh|thí{_S}sinh){_S}(?:đoạt|đạt){_S})?giải{_S}"
    rf"(nhất|nhì|ba|tư|khuyến{_S}khích|đặc{_S}biệt|a|b|c)(?!\w)",
    re.IGNORECASE,
)
_WHOLE_SCALES = (
    frozenset({"nhất", "nhì", "ba", "tư"}),
    frozenset({"nhất", "nhì", "ba", "khuyến khích"}),
    frozenset({"a", "b", "c", "khuyến khích"}),
)


def _grade(text: str, m: Mention, base: int) -> tuple[str, int] | None:
    """The grade of the part *m* and where its reading ends, or ``None``."""
    if m.bound is not Bound.EXACT or m.fraction is not None or m.range_end is not None:
        return None
    found = _GRADED.match(text, m.start - base, min(len(text), m.end - base + 40))
    if found is None:
        return None
    return " ".join(found.group(1).casefold().split()), found.end()


def _total_kind(unit: str) -> str | None:
    """``"prizes"``, ``"winners"`` or ``None`` for the unit of a would-be total."""
    if unit in _PRIZES:
        return "prizes"
    if any(unit == w or unit.startswith(w + " ") for w in _WINNERS):
        return "winners"
    return None


def prize_grades(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of the prizes counted by grade in one paragraph."""
    text, base = paragraph.text, paragraph.offset
    # Whether the paragraph is about sport: a search of the whole paragraph, made only for the
    # first total of winners whose list opens (most paragraphs that say "giải" have none: "giải
    # quyết", "giải ngân"; speed).
    sport: bool | None = None
    for i, total in enumerate(mentions[:-1]):
        if total.unit is None:
            continue  # no unit: neither prizes nor winners (what _total_kind("") says; speed)
        unit = " ".join(total.unit.casefold().split())
        kind = _total_kind(unit)
        if kind is None or total.fraction is not None or total.range_end is not None:
            continue
        if (
            _grade(text, total, base) is not None
            or text[total.start - base - 1 : total.start - base] == "/"
        ):
            continue  # "14 giải Nhất": one grade; "9/10 học sinh"
        first = mentions[i + 1]
        gap = text[total.end - base : first.start - base]
        opener = LIST_OPENER.fullmatch(text, total.end - base, first.start - base)
        if opener is None:
            continue
        if kind == "winners" and sport is None:
            sport = _SPORT.search(text) is not None
        if kind == "winners" and (sport or "giải" not in gap.casefold()):
            continue  # "184 học sinh đạt giải, trong đó ...": winners of prizes only
        rated = _grade(text, first, base)
        if rated is None:
            continue
        # an item of no grade after the list's join: the list goes on, not read
        parts, grades, end, k = rated_run(text, base, mentions, i + 2, first, rated, _grade)
        if len(parts) < 2 or len(set(grades)) != len(grades):
            continue
        following = mentions[k] if k < len(mentions) else None
        if opener.group("bracket") is not None and _CLOSE.match(text, end) is None:
            continue
        if following is not None and LIST_JOIN.fullmatch(text, end, following.start - base):
            continue  # one more item joined to the list
        lead = (opener.group("marker") or opener.group("inner") or "").casefold()
        # "trong đó có 1 em đoạt giải Nhất, 2 em đoạt giải Nhì": some only
        whole = any(scale <= set(grades) for scale in _WHOLE_SCALES)
        some_only = lead.startswith("trong") and (not whole or owned_after(text, parts[-1], base))
        found = scale_verdict(paragraph, total, parts, file, some_only)
        if found is not None:
            yield found


_CLOSE = re.compile(r"[^\d;.!?()\n]{0,120}?\)")
