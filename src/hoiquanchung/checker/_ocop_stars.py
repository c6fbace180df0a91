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

It stays quiet (near-misses): a cumulative rating (*từ 3 sao trở lên*) or a potential one
(*tiềm năng 5 sao*, a 4-star product put forward for 5); a list that goes on with an item of
no stars; a rating named twice; shares instead of counts (*62,6% sản phẩm 3 sao*); one part
alone (*trong đó có 6 sản phẩm đạt chuẩn 5 sao*); a total with a figure between it and its
list (*38 sản phẩm với 09 chủ thể, trong đó ...*: whose list?).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._medals import LIST_JOIN, LIST_OPENER, owned_after
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._rules import sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import Bound

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
_NOT_A_RATING = frozenset({"tiềm", "từ", "trên", "dưới", "hơn", "gần", "khoảng"})


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
    # The figures that are no rating ("3 sao" is the label of the part before it).
    counts = [m for m in mentions if (m.unit or "").casefold() != "sao"]
    for i, total in enumerate(counts[:-1]):
        unit = " ".join((total.unit or "").casefold().split())
        if unit not in (_PRODUCTS, _PRODUCTS + " ocop") or total.fraction is not None:
            continue
        if _stars(text, total, base) is not None or total.range_end is not None:
            continue  # "10 sản phẩm 4 sao": a total of one rating
        first = counts[i + 1]
        opener = LIST_OPENER.fullmatch(text, total.end - base, first.start - base)
        if opener is None or _digit_between(mentions, total, first):
            continue
        rated = _stars(text, first, base)
        if rated is None:
            continue
        parts, stars, end = [first], [rated[0]], rated[1]
        k = i + 2
        while k < len(counts):
            nxt = counts[k]
            if LIST_JOIN.fullmatch(text, end, nxt.start - base) is None:
                break
            rated = _stars(text, nxt, base)
            if rated is None:
                parts = []  # the list goes on with an item of no stars: not read
                break
            parts.append(nxt)
            stars.append(rated[0])
            end = rated[1]
            k += 1
        if len(parts) < 2 or len(set(stars)) != len(stars):
            continue
        following = counts[k] if k < len(counts) else None
        in_bracket = opener.group("bracket") is not None
        if in_bracket and _CLOSE.match(text, end) is None:
            continue
        if following is not None and LIST_JOIN.fullmatch(text, end, following.start - base):
            continue  # one more item joined to the list
        total_sum = Decimal(0)
        for p in parts:
            total_sum = _EXACT.add(total_sum, p.value)
        side = sum_contradicts(total.quantity, total_sum)
        if side is None:
            continue
        lead = (opener.group("marker") or opener.group("inner") or "").casefold()
        some_only = not {3, 4, 5} <= set(stars) or owned_after(text, parts[-1], base)
        if side == "below" and lead.startswith("trong") and some_only:
            continue  # "trong đó 15 sản phẩm 4 sao và 33 sản phẩm 3 sao": some only
        yield total_mismatch(
            paragraph,
            total.start - base,
            total,
            total_sum,
            sum_of_terms([p.value for p in parts]),
            file=file,
            severity=Severity.ERROR,
        )


_CLOSE = re.compile(r"[^\d;.!?()\n]{0,120}?\)")


def _digit_between(mentions: Sequence[Mention], total: Mention, first: Mention) -> bool:
    """Whether a figure stands between the total and its first part."""
    return any(total.end <= m.start < first.start for m in mentions)
