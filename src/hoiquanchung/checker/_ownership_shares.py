"""The shares of the ownership sectors of the economy: a breakdown that may span sentences.

The statistics offices break the investment of the whole economy (and the exports, the
enterprises, the output) down by who owns the capital, into three sectors: the State sector
(*khu vực Nhà nước*), the non-State sector (*khu vực ngoài Nhà nước*) and the sector of foreign
direct investment (*khu vực có vốn đầu tư trực tiếp nước ngoài*, *FDI*); or into two, the
domestic sector (*khu vực kinh tế trong nước*) and the FDI sector.  Each is a part of one whole,
and the three (or the two) are all of it.  A report names each sector, its amount, then its share
after *chiếm* (or *bằng*), often followed by its growth, one clause or one sentence each:

    "vốn khu vực Nhà nước ước đạt 162,7 nghìn tỷ đồng, chiếm 26,5% tổng vốn đầu tư và tăng 4,9%
    so với cùng kỳ năm trước; khu vực ngoài Nhà nước đạt 340,7 nghìn tỷ đồng, chiếm 55,5%, tăng
    4,2%; khu vực có vốn đầu tư trực tiếp nước ngoài đạt 110,5 nghìn tỷ đồng, chiếm 18% và tăng
    8,9%."

:func:`ownership_shares` reads such a run: the sectors named in the paragraph in a row, each with
exactly one percentage after a share verb before the next sector is named (within the sentence
of its name); the growth (*tăng 4,9%*) is no share (no share verb before it).  The parts are
disjoint, so shares above 100 % are wrong; shares below 100 % are wrong only when the run names
the whole partition (State, non-State, FDI; or domestic and FDI) and the paragraph names no
taxes on products (the output by ownership has a fourth part, *thuế sản phẩm*).

It stays quiet on its near misses: one sector's share alone ("vốn đầu tư thực hiện của khu vực
nhà nước chiếm 26,2%"); the shares of different wholes (the words after the shares differ: "chiếm
74,2% tổng kim ngạch xuất khẩu", "chiếm 65,3% tổng kim ngạch nhập khẩu"); a rate of a plan ("bằng
85,2% kế hoạch năm": *bằng* is a share verb only when no plan, estimate or period follows); a
sector with two shares (two periods); *khu vực tư nhân* (the private sector, a part of the
non-State one beside the collective and household sectors: never the whole partition); *vốn
ngân sách Nhà nước* (the State budget, not the State sector: the sector's name must come right
after *khu vực*, *vốn*, *kinh tế* or *doanh nghiệp*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by
from hoiquanchung.numbers import Bound

__all__ = ["ownership_shares"]

# The sector's name right after its lead word ("khu vực Nhà nước", "vốn ngoài Nhà nước", "kinh
# tế trong nước", "khu vực có vốn đầu tư trực tiếp nước ngoài", "vốn đầu tư trực tiếp tư nước
# ngoài" (sic), "khu vực FDI").  Groups: non-State, State, domestic, FDI, private.
_OWNER = led_by(
    "kvd",
    re.compile(
        r"(?<!\w)(?:khu\s+vực|vốn|kinh\s+tế|doanh\s+nghiệp)\s+(?:kinh\s+tế\s+)?"
        r"(?:(ngoài\s+nhà\s+nước)|(nhà\s+nước)|(trong\s+nước)"
        r"|((?:có\s+)?(?:vốn\s+)?đầu\s+tư\s+(?:trực\s+tiếp\s+)?(?:của\s+)?(?:tư\s+)?nước\s+ngoài"
        r"|FDI)|(tư\s+nhân))(?!\w)",
        re.IGNORECASE,
    ),
)
_VALUES = ("non-state", "state", "domestic", "fdi", "private")
_WHOLES = (frozenset({"state", "non-state", "fdi"}), frozenset({"domestic", "fdi"}))
_OVERLAPS = (frozenset({"domestic", "state"}), frozenset({"domestic", "non-state"}))
# The share verb right before the percentage ("chiếm 26,5%", "chiếm tỷ trọng 29,6%", "chiếm
# gần 48%", "bằng 58,2%").
_SHARE_VERB = re.compile(
    r"\b(chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s*(?:trọng|lệ))?(?:\s+(?:khoảng|gần|là|tới))?\s*\Z",
    re.IGNORECASE,
)
# *bằng* followed by a plan, an estimate, a period or an aggregate: a rate of another base.
_OTHER_BASE_AFTER = re.compile(
    r"\s*(?:của\s+)?(?:kế\s+hoạch|dự\s+toán|so\s+với|cùng\s+kỳ|GDP|GRDP|mức|năm|tháng|quý)\b",
    re.IGNORECASE,
)
# The whole named after a share, up to a comma, a semicolon, a bracket or *và*.
_WHOLE_AFTER = re.compile(r"\s*([^\d,;.()%]*?)\s*(?:[,;.()]|\svà\s|\Z)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|\Z)|\n")
_MAX_GAP = 260  # from one sector's name to the next one's
_TAXES = re.compile(r"\bthuế\s+sản\s+phẩm\b", re.IGNORECASE)


def _share_verb(text: str, base: int, m: Mention) -> str | None:
    """The share verb right before *m* (``"chiếm"`` or ``"bằng"``), or ``None``."""
    before = text[max(0, m.start - base - 30) : m.start - base]
    verb = _SHARE_VERB.search(before)
    if verb is None:
        return None
    word = verb.group(1).casefold()
    if word == "bằng" and _OTHER_BASE_AFTER.match(text, m.end - base):
        return None
    return word


def _readable(m: Mention) -> bool:
    return (
        m.unit == "%"
        and m.bound in (Bound.EXACT, Bound.NEARLY, Bound.ABOUT)
        and 0 <= m.value <= 100
        and m.fraction is None
    )


def ownership_shares(
    context: ParagraphContext,
) -> tuple[list[Mention], list[tuple[str, str]], bool] | None:
    """The shares of a run of ownership sectors in the paragraph, their parts ``("ownership",
    sector)``, and whether they name the whole partition; ``None`` when the paragraph holds no
    such run of two sectors or more.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Vốn khu vực Nhà nước đạt 634 nghìn tỷ đồng, chiếm 28% tổng "
    ...     "vốn và tăng 15%. Khu vực ngoài Nhà nước đạt 1,25 triệu tỷ đồng, chiếm 55% và tăng "
    ...     "2%. Khu vực có vốn đầu tư trực tiếp nước ngoài đạt 375 nghìn tỷ đồng, chiếm 16%.")
    >>> shares, parts, whole = ownership_shares(ParagraphContext.of(para))
    >>> [m.text for m in shares], whole
    (['28%', '55%', '16%'], True)
    """
    text, base = context.text, context.paragraph.offset
    if text.count("%") < 2:
        return None  # no two shares (the fastest test: an ASCII character)
    percents = [m for m in context.mentions if m.unit == "%"]
    if len(percents) < 2:
        return None
    if "chiếm" not in text and "bằng" not in text:
        return None  # no share verb (a fast test)
    if "hà nước" not in text and "ước ngoài" not in text and "FDI" not in text:
        return None  # a run of two sectors names the State's or the foreign one (a fast test)
    names = list(_OWNER.finditer(text))
    if len(names) < 2:
        return None
    best: tuple[list[Mention], list[str]] | None = None
    run: list[Mention] = []
    values: list[str] = []
    previous_end = -1
    for i, name in enumerate(names):
        value = _VALUES[(name.lastindex or 1) - 1]
        stop = _SENTENCE_END.search(text, name.end())
        limit = stop.start() if stop is not None else len(text)
        if i + 1 < len(names):
            limit = min(limit, names[i + 1].start())
        shares = [
            m
            for m in percents
            if name.end() <= m.start - base < limit and _share_verb(text, base, m) is not None
        ]
        # Another share between this run and this name (of no sector): the run is broken.
        between = [
            m
            for m in percents
            if previous_end <= m.start - base < name.start()
            and _share_verb(text, base, m) is not None
        ]
        contiguous = bool(run) and not between and name.start() - previous_end <= _MAX_GAP
        if len(shares) != 1 or not _readable(shares[0]):
            if len(run) > len(best[0] if best else []):
                best = (run, values)
            run, values = [], []
            previous_end = limit
            continue
        share = shares[0]
        if not contiguous:
            if len(run) > len(best[0] if best else []):
                best = (run, values)
            run, values = [], []
        run.append(share)
        values.append(value)
        previous_end = share.end - base
    if len(run) > len(best[0] if best else []):
        best = (run, values)
    if best is None or len(best[0]) < 2:
        return None
    chosen, sectors = best
    named = frozenset(sectors)
    if len(named) != len(sectors) or any(pair <= named for pair in _OVERLAPS):
        return None  # one sector twice, or the domestic sector beside a part of it
    if "private" in named and "non-state" in named:
        return None
    if not _same_whole(text, base, chosen):
        return None
    complete = (
        named in _WHOLES
        and _TAXES.search(text) is None
        and not _other_share_beside(text, base, percents, chosen, names)
    )
    return chosen, [("ownership", v) for v in sectors], complete


def _other_share_beside(
    text: str,
    base: int,
    percents: Sequence[Mention],
    chosen: Sequence[Mention],
    names: Sequence[re.Match[str]],
) -> bool:
    """Whether a share of no sector sits in the run's first or last sentence ("đoàn viên khu
    vực hành chính sự nghiệp chiếm 35%, doanh nghiệp nhà nước chiếm 15%, ..."): the sectors are
    then parts of a larger breakdown, not its whole."""
    first = chosen[0].start - base
    last = chosen[-1].end - base
    named_before = [n.start() for n in names if n.start() < first]
    lead = named_before[-1] if named_before else first
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, lead)]
    opened = ends[-1] if ends else 0
    stop = _SENTENCE_END.search(text, last)
    closed = stop.start() if stop is not None else len(text)
    kept = {m.start for m in chosen}
    return any(
        (opened <= m.start - base < lead or last <= m.start - base < closed)
        and m.start not in kept
        and _share_verb(text, base, m) is not None
        for m in percents
    )


def _same_whole(text: str, base: int, shares: Sequence[Mention]) -> bool:
    """Whether the words after the shares name one whole (or none): "chiếm 29,6% tổng vốn",
    "chiếm 53,3% tổng vốn"; not "tổng kim ngạch xuất khẩu" and "tổng kim ngạch nhập khẩu"."""
    named: list[str] = []
    for m in shares:
        after = _WHOLE_AFTER.match(text, m.end - base)
        words = " ".join(after.group(1).casefold().split()) if after else ""
        # The growth or a change after the share ("chiếm 55,5%, tăng 4,2%") is no whole.
        if words and not words.startswith(("tăng", "giảm")):
            named.append(words)
    return all(a.startswith(b) or b.startswith(a) for a in named for b in named)
