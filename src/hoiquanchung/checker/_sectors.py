"""Rule 2, a province's product by economic sector: GRDP and the amounts of its four parts.

The statistics offices measure the gross regional domestic product (GRDP, *tổng sản phẩm trên
địa bàn*) by production: the value added of three sectors, *nông, lâm nghiệp và thủy sản*,
*công nghiệp và xây dựng*, *dịch vụ*, plus *thuế sản phẩm trừ trợ cấp sản phẩm* (Nghị định
62/2024/NĐ-CP, Hệ thống chỉ tiêu thống kê quốc gia, chỉ tiêu 0501; Quyết định 715/QĐ-TCTK on the
method of compiling GRDP, at current prices and at the fixed prices of 2010).  Every đồng of
GRDP is in exactly one of the four, so a careful reader adds the amounts a report gives for
them: *GRDP ... theo giá hiện hành đạt 6.961,99 tỷ đồng, ..., trong đó: Khu vực nông, lâm
nghiệp và thủy sản đạt 638,76 tỷ đồng, ...; khu vực công nghiệp - xây dựng đạt 1.339,58 tỷ
đồng, ...; khu vực dịch vụ đạt 4.461,59 tỷ đồng, ...; thuế sản phẩm trừ trợ cấp sản phẩm đạt
342,06 tỷ đồng* make 6.781,99 tỷ, 180 short (pending corpus
tapchitaichinh-dienbien-grdp-quy1-2025, a real slip: 4.641,59 written 4.461,59).  Sector
amounts above their GRDP contradict it; the four of them below it too.

Read: a total in đồng whose sentence names the GRDP (*GRDP*, *tổng sản phẩm*) before it, with
no other amount in đồng between; then, up to the next such total, each amount in đồng whose
clause (the words since the figure before it) names one sector and nothing else, each sector
once.  A clause that names a branch of a sector (*riêng khu vực công nghiệp*, *trong đó công
nghiệp đạt*, *xây dựng*) is inside its sector's amount: it is skipped.

It stays quiet (near-misses): an amount per head (*GRDP bình quân đầu người*) or of another
measure between (*vốn đầu tư*, *thu ngân sách*: the list is not read further); a sector named
twice before another total (two price bases with one total: whose parts?); a sector's share
or growth in % (no amount); fewer than two sectors; three sectors or fewer adding up to less
(the taxes or a sector left unsaid).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from hoiquanchung.checker._medals import scale_verdict
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.numbers import Bound

__all__ = ["SECTOR_WORDS", "sector_amounts"]

#: Cheap test on the lower-case paragraph before any reading (speed).
SECTOR_WORDS = ("grdp", "tổng sản phẩm")

_TOTAL_WORDS = re.compile(r"(?<!\w)(?:grdp|tổng\s+sản\s+phẩm)(?!\w)", re.IGNORECASE)
# Per head or per worker: no amount of the whole economy.
_PER_HEAD = re.compile(r"bình\s+quân|đầu\s+người|năng\s+suất", re.IGNORECASE)
_SECTORS = (
    ("agriculture", re.compile(r"(?<!\w)nông(?!\w)[^;.]*?(?:thủy|thuỷ)\s+sản|ngư\s+nghiệp", re.I)),
    (
        "industry",
        re.compile(r"(?<!\w)công\s+nghiệp\s*(?:-|–|,|và)?\s*xây\s+dựng(?!\w)", re.IGNORECASE),
    ),
    ("services", re.compile(r"(?<!\w)dịch\s+vụ(?!\w)", re.IGNORECASE)),
    ("taxes", re.compile(r"(?<!\w)thuế\s+sản\s+phẩm(?!\w)", re.IGNORECASE)),
)
# A branch inside a sector (*riêng khu vực công nghiệp*, *trong đó công nghiệp đạt*, *ngành xây
# dựng*): skipped, neither a part nor the end of the list.
_BRANCH = re.compile(
    r"(?<!\w)(?:riêng|công\s+nghiệp|xây\s+dựng)(?!\w)",
    re.IGNORECASE,
)
_ALL = frozenset(name for name, _ in _SECTORS)
# The figures that end a clause: amounts and rates (a sector's growth, its share).
_CLAUSE_ENDS = frozenset({"đồng", "%", "điểm phần trăm"})


def _money(m: Mention) -> bool:
    return m.unit == "đồng" and m.fraction is None and m.range_end is None


def _sector(clause: str) -> str | None:
    """The one sector *clause* names, ``"branch"`` for a branch of one, or ``None``.

    >>> _sector("; khu vực dịch vụ đạt "), _sector(", riêng khu vực công nghiệp ước đạt ")
    ('services', 'branch')
    >>> _sector(", trong đó: Khu vực nông, lâm nghiệp và thủy sản đạt "), _sector(" vốn đầu tư ")
    ('agriculture', None)
    """
    named = [name for name, pattern in _SECTORS if pattern.search(clause)]
    if len(named) > 1:
        return None
    if not named:
        return "branch" if _BRANCH.search(clause) else None
    rest = _SECTORS[1][1].sub(" ", clause) if named[0] == "industry" else clause
    return "branch" if _BRANCH.search(rest) else named[0]


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(": ", 0, at)) + 1


def sector_amounts(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of a GRDP and the amounts of its sectors in one paragraph."""
    text, base = paragraph.text, paragraph.offset
    i, n = 0, len(mentions)
    while i < n:
        total = mentions[i]
        i += 1
        if not _money(total) or total.bound is not Bound.EXACT:
            continue
        start = total.start - base
        lead = text[_sentence_start(text, start) : start]
        named = list(_TOTAL_WORDS.finditer(lead))
        if not named or _PER_HEAD.search(lead, named[-1].start()):
            continue
        previous = mentions[i - 2].end - base if i >= 2 else 0
        if _sector(text[previous:start]) is not None:
            continue  # a sector's amount, no total
        parts: dict[str, Mention] = {}
        j, last = i, total.end - base
        while j < n:
            m = mentions[j]
            if m.unit not in _CLAUSE_ENDS:
                j += 1  # "6 tháng", "năm 2024": inside a clause
                continue
            at = m.start - base
            clause = text[max(last, _sentence_start(text, at)) : at]
            last = m.end - base
            if not _money(m):
                j += 1
                continue
            if _TOTAL_WORDS.search(clause):
                break  # another total
            sector = _sector(clause)
            if sector == "branch":
                j += 1
                continue
            if sector is None or sector in parts or m.bound is not Bound.EXACT:
                if sector in parts:
                    parts = {}  # a sector twice: whose parts?
                break
            parts[sector] = m
            j += 1
        i = max(i, j) if len(parts) >= 2 else i
        if len(parts) < 2:
            continue
        found_ = scale_verdict(
            paragraph, total, list(parts.values()), file, set(parts) != _ALL, rounded=True
        )
        if found_ is not None:
            yield found_
