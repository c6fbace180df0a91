"""Rule 2, OCOP products by star rating: a total of products and its parts by their stars.

The OCOP programme (Chương trình Mỗi xã một sản phẩm, Quyết định 148/QĐ-TTg of 24/02/2023 on
its rating) rates a product 1 to 5 stars and recognises those of 3 stars and more as OCOP
products; each product holds one rating at a time.  Reports count them by stars: *173 sản phẩm
đạt tiêu chuẩn OCOP, trong đó: 91 sản phẩm 3 sao; 80 sản phẩm 4 sao; 02 sản phẩm 5 sao*; *6
sản phẩm OCOP (5 sản phẩm đạt 4 sao, 1 sản phẩm đạt 3 sao)*.  Parts of distinct ratings cannot
overlap:

* parts of distinct ratings that add up to more than their total contradict it;
* the three ratings of an OCOP product (3, 4 and 5 stars) adding up to less contradict it too;
  so do two ratings listed as the whole (after *gồm*, *bao gồm*, a colon, or alone in a bracket
  right after the total), while two ratings after *trong đó* may be some of the products only
  (a 5-star product left unsaid) and say nothing when they fall short.

The paragraph names OCOP; the total counts products (*sản phẩm*, with no stars of its own); its
parts follow it in the same sentence, after *trong đó* (*có*), *gồm* (*có*), *bao gồm*, a colon
or a bracket opened right after the total (a few words with no figure may come between: *đạt
tiêu chuẩn OCOP*), each *N sản phẩm* followed by a few words and its stars (*đạt 4 sao*, *xếp
hạng 3 sao*, *đạt chuẩn 5 sao*), joined by a comma, a semicolon or *và*.

The total may say which products it counts before its list, with a figure that is no part of
it: the scale of ratings it covers (*437 sản phẩm OCOP đạt từ 3 sao trở lên, gồm 326 sản phẩm
3 sao, 103 sản phẩm 4 sao và 8 sản phẩm 5 sao*; *346 sản phẩm đạt chuẩn OCOP từ 3 đến 5 sao,
bao gồm ...*), the year (*44 sản phẩm ... lần đầu năm 2022, gồm ...*) or a bracket with no
figure (*199 sản phẩm OCOP (Chương trình mỗi xã một sản phẩm), trong đó có ...*).  A scale
named is the whole the parts must make: every part's rating must lie in it, and parts that
name every rating of it make the total even after *trong đó*.  The list may open the sentence
after its total (*... 64 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên. Trong đó,
có 10 sản phẩm đạt chuẩn 4 sao và 54 sản phẩm đạt chuẩn 3 sao*: the total ends its sentence,
the next opens with *Trong đó*, *Trong số này*, *Cụ thể*), or follow a total that opens its
sentence (*Trong số 11 sản phẩm, có 1 sản phẩm đạt hạng 4 sao, 10 sản phẩm đạt hạng 3 sao*);
both are read as *trong đó*: some only, unless every rating of the scale is named.

It stays quiet (near-misses): a cumulative rating in a part (*trong đó có 118 sản phẩm OCOP cấp
tỉnh đạt từ 3 - 4 sao*: it overlaps the others), a scale below OCOP's (*từ 1 sao*), a part rated
outside the scale its total names, a potential rating (*tiềm năng 5 sao*, a 4-star product put
forward for 5); a list that goes on with an item of no stars; a rating named twice; shares instead
of counts (*62,6% sản phẩm 3 sao*); one part alone (*trong đó có 6 sản phẩm đạt chuẩn 5 sao*); a
total with a figure between it and its list (*38 sản phẩm với 09 chủ thể, trong đó ...*: whose
list?).
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
from hoiquanchung.numbers._vocabulary import bound_words

__all__ = ["OCOP_WORDS", "ocop_stars"]

#: Cheap test on the lower-case paragraph before any reading (speed).
OCOP_WORDS = ("ocop",)

_PRODUCTS = "sản phẩm"
# After a part's figure: its noun, a few words with no figure, then its stars ("sản phẩm đạt
# hạng 4 sao", "sản phẩm phẩm 3 sao" as a page writes it).  Group 1: the words; group 2: stars.
_RATED = re.compile(
    r"[\d.]+[ \t\u00a0]+sản[ \t\u00a0]+phẩm((?:[ \t\u00a0]+[^\W\d_]+){0,4}?)[ \t\u00a0]+([1-5])"
    r"[ \t\u00a0]*sao(?!\w)(?![ \t\u00a0]+trở)",
    re.IGNORECASE,
)
# Words before a rating that make it no one rating: a potential one ("tiềm năng 5 sao"), a
# range's start ("từ 3 sao"), a bound ("trên 3 sao"): the bound words of the number grammar.
_NOT_A_RATING = frozenset(
    {"tiềm", "từ", *(w for w in (*bound_words("before"), *bound_words("after")) if " " not in w)}
)


def _stars(text: str, m: Mention, base: int) -> tuple[int, int] | None:
    """The stars of the part *m* and where its reading ends, or ``None``."""
    if m.bound is not Bound.EXACT or m.fraction is not None or m.range_end is not None:
        return None
    if not (m.unit or "").casefold().startswith(_PRODUCTS):
        return None
    found = _RATED.match(text, m.start - base, min(len(text), m.end - base + 60))
    if found is None or _NOT_A_RATING & set(found.group(1).casefold().split()):
        return None
    return int(found.group(2)), found.end()


def ocop_stars(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of the OCOP products counted by stars in one paragraph."""
    text, base = paragraph.text, paragraph.offset
    # The figures that are no rating ("3 sao" is the label of the part before it; "3" of "từ 3
    # đến 5 sao" the low end of a scale).
    counts = [
        m
        for m in mentions
        if not (m.unit or "").casefold().startswith("sao")
        and m.range_end is None
        and not _YEAR.search(text, max(0, m.start - base - 5), m.start - base)
    ]
    for i, total in enumerate(counts[:-1]):
        unit = " ".join((total.unit or "").casefold().split())
        if not (unit == _PRODUCTS or unit.startswith(_PRODUCTS + " ")) or total.fraction:
            continue
        if _stars(text, total, base) is not None or total.range_end is not None:
            continue  # "10 sản phẩm 4 sao": a total of one rating
        first = counts[i + 1]
        opened = _opener(text, base, total, first, mentions)
        if opened is None:
            continue
        opener, scale = opened
        rated = _stars(text, first, base)
        if rated is None:
            continue
        # an item of no stars after the list's join: the list goes on, not read
        parts, stars, end, k = rated_run(text, base, counts, i + 2, first, rated, _stars)
        if len(parts) < 2 or len(set(stars)) != len(stars) or not set(stars) <= scale:
            continue  # a rating outside the scale the total names: not its breakdown
        following = counts[k] if k < len(counts) else None
        in_bracket = opener.groupdict().get("bracket") is not None
        if in_bracket and _CLOSE.match(text, end) is None:
            continue
        if following is not None and LIST_JOIN.fullmatch(text, end, following.start - base):
            continue  # one more item joined to the list
        lead = (opener.group("marker") or opener.groupdict().get("inner") or "").casefold()
        # "trong đó 15 sản phẩm 4 sao và 33 sản phẩm 3 sao": some only
        some_only = lead.startswith(("trong", "cụ", "có")) and (
            not scale <= set(stars) or owned_after(text, parts[-1], base)
        )
        found = scale_verdict(paragraph, total, parts, file, some_only)
        if found is not None:
            yield found


_CLOSE = re.compile(r"[^\d;.!?()\n]{0,120}?\)")
_S = r"[ \t\u00a0]"
_WORDS = r"[^\d;:.!?()\n]{0,80}?"
# Between a total and its list, words that say which products it counts, with a figure that is
# no part: the scale of ratings it covers ("đạt từ 3 sao trở lên", "đạt chuẩn OCOP từ 3 đến 5
# sao", "từ 3 - 5 sao"), the year ("lần đầu năm 2022"), or a bracket with no figure ("(Chương
# trình mỗi xã một sản phẩm)").  Groups ``lo`` and ``hi``: the ratings of the scale.
_QUALIFIER = re.compile(
    rf"{_WORDS}(?<!\w)(?:"
    rf"(?:từ{_S}+)?(?:hạng{_S}+)?(?P<lo>[1-5]){_S}*(?:sao{_S}*)?"
    rf"(?:(?:đến|-|–){_S}*(?P<hi>[1-5]){_S}*sao|sao{_S}+trở{_S}+lên)"
    rf"|năm{_S}+(?:19|20)\d\d"
    r")(?!\w)"
    rf"|{_WORDS}\([^\d()\n]{{1,80}}\)",
    re.IGNORECASE,
)
# A list opened in the sentence after its total: the total's sentence ends with no other figure
# ("... 64 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên."), the next opens with
# "Trong đó,", "Trong số này" or "Cụ thể," (then "có").  Group ``marker``: the opener.
_NEXT_SENTENCE_OPENER = re.compile(
    r"[^\d;:!?()\n.]{0,80}?\.[ \t\u00a0]*\n?[ \t\u00a0]*"
    r"(?P<marker>(?-i:T)rong[ \t\u00a0]+(?:số[ \t\u00a0]+)?(?:đó|này)|(?-i:C)ụ[ \t\u00a0]+thể)"
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:có[ \t\u00a0]+)?",
    re.IGNORECASE,
)
# "Trong số 11 sản phẩm, có 1 sản phẩm đạt hạng 4 sao, ...": the total opens its sentence.
_AMONG = re.compile(rf"(?:^|(?<=[.!?\n]))[ \t\u00a0]*trong{_S}+(?:tổng{_S}+)?số{_S}+\Z", re.I)
_YEAR = re.compile(rf"(?<!\w)năm{_S}+\Z", re.IGNORECASE)  # "năm 2022": a date, no count
_AMONG_OPENER = re.compile(rf"{_S}*,{_S}*(?P<marker>có){_S}+", re.IGNORECASE)
_FULL_SCALE = frozenset({3, 4, 5})


def _opener(
    text: str, base: int, total: Mention, first: Mention, mentions: Sequence[Mention]
) -> tuple[re.Match[str], frozenset[int]] | None:
    """How the list of *total* opens before its *first* part, and the ratings the total covers
    (3, 4 and 5 stars unless it names its scale), or ``None``: not a list of the total."""
    at, stop = total.end - base, first.start - base
    scale = _FULL_SCALE
    qualified = _QUALIFIER.match(text, at, stop)
    if qualified is not None:
        at = qualified.end()
        if qualified.group("lo") is not None:
            lo, hi = int(qualified.group("lo")), int(qualified.group("hi") or 5)
            if not 3 <= lo <= hi:
                return None
            scale = frozenset(range(lo, hi + 1))
    if any(at <= m.start - base < stop for m in mentions):
        return None  # a figure between the total and its list: whose list is it?
    opener = LIST_OPENER.fullmatch(text, at, stop) or _NEXT_SENTENCE_OPENER.fullmatch(
        text, at, stop
    )
    if opener is None and _AMONG.search(text, max(0, total.start - base - 16), total.start - base):
        opener = _AMONG_OPENER.fullmatch(text, at, stop)
    return None if opener is None else (opener, scale)
