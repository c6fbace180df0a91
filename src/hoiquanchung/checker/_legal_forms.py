"""Rule 2, economic units by legal form: a count of units and its parts by their forms.

A unit that produces or trades has one legal form at a time: an enterprise (*doanh nghiệp*, any
*công ty*; Luật Doanh nghiệp 2020, Điều 4), a cooperative (*hợp tác xã*, *HTX*), a union of
cooperatives, a cooperative group (*tổ hợp tác*; Luật Hợp tác xã 2023, Điều 4) or a household
business (*hộ kinh doanh*, *hộ sản xuất*; Nghị định 01/2021/NĐ-CP, Điều 79).  Reports count the
units of a commune, of a programme (the producers of OCOP products, *chủ thể*) or of an
association by form: *toàn xã hiện có 1.928 đơn vị kinh tế đang hoạt động, gồm 138 công
ty/doanh nghiệp, 5 hợp tác xã và 1.785 hộ kinh doanh cá thể* (sggp.org.vn, 2025).  Parts of
distinct forms cannot overlap, so a careful reader knows that *212 đơn vị, trong đó có 55 doanh
nghiệp, 85 hợp tác xã và 74 hộ sản xuất* (214, pending corpus
h48-thuonghieuquangninh-ocop-chuthe-2023) or *10.000 đơn vị kinh tế hoạt động, trong đó 2.270
doanh nghiệp, 7.752 hộ kinh doanh và 12 hợp tác xã* (10.034, tphcm-tamthang-2025) cannot hold.
The rule of totals leaves such lists unread: their parts are counted in other nouns than the
total's, which in general may overlap (*92 đại biểu nữ, 20 đại biểu dân tộc thiểu số*).

Read: a total counted in a noun of ``[legal_forms] totals`` (*đơn vị*, *chủ thể*, *tổ chức*,
*cơ sở*, *mô hình*), its list opened in the same sentence as the other scales of rule 2 open
theirs (*trong đó* (*có*), *gồm* (*có*), *bao gồm*, a colon, a bracket, a few words with no
figure between), two parts or more each counted in the noun of one form (``forms``), every form
once, joined by a comma, a semicolon or *và*.  Parts above the total contradict it; parts
below it too when the list is given as the whole (*gồm*, a colon, a bracket), not after *trong
đó* (some of the units only) nor when the sentence goes on to say whose the parts are.

It stays quiet (near-misses): a form named twice (*14 doanh nghiệp nhà nước, 3.544 doanh nghiệp
ngoài nhà nước*: kinds of one form, read elsewhere or not at all); a list that goes on with an
item of no form (*5 làng nghề*, *203 trang trại*: not read at all); forms listed with no total
(*185 doanh nghiệp ..., có 417 hộ kinh doanh cá thể*); a total with a figure between it and its
list; a total that is itself one form (*456 hợp tác xã; trong đó, 357 HTX nông nghiệp*: kinds of
cooperatives, the rule of totals reads them); a part or the total with a bound word (*hơn*,
*gần*).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from hoiquanchung.checker._kinds import legal_forms
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

__all__ = ["FORM_WORDS", "has_units_total", "legal_form_lists"]

#: Cheap test on the lower-case paragraph before any reading (speed): two distinct forms are
#: never both enterprises, so a list of forms names one of these.
FORM_WORDS = ("hợp tác", "htx", "tht", "hộ kinh doanh", "hộ sản xuất", "hộ cá thể")


@functools.cache
def _form_pattern() -> re.Pattern[str]:
    """A part's figure and the noun of its form right after it (group 1), the longest first."""
    _, forms = legal_forms()
    words = "|".join(
        r"[ \t\u00a0]+".join(re.escape(w) for w in f.split())
        for f in sorted(forms, key=len, reverse=True)
    )
    return re.compile(rf"[\d.,]+[ \t\u00a0]+({words})(?!\w)", re.IGNORECASE)


def _form(text: str, m: Mention, base: int) -> tuple[str, int] | None:
    """The legal form the part *m* counts and where its noun ends, or ``None``."""
    if m.bound is not Bound.EXACT or m.fraction is not None or m.range_end is not None:
        return None
    found = _form_pattern().match(text, m.start - base)
    if found is None:
        return None
    _, forms = legal_forms()
    return forms[" ".join(found.group(1).casefold().split())], found.end()


def _is_total(m: Mention) -> bool:
    """Whether *m* counts units whatever their form (*1.928 đơn vị*, *46 chủ thể*)."""
    totals, _ = legal_forms()
    # the extractor's units are lower case, their words one space apart
    return m.unit in totals and m.fraction is None and m.range_end is None


def has_units_total(mentions: Sequence[Mention]) -> bool:
    """Whether one of *mentions* counts units whatever their form (a cheap test: its noun)."""
    totals, _ = legal_forms()
    for m in mentions:  # noqa: SIM110 (a loop, not any() over a generator: speed)
        if m.unit in totals:
            return True
    return False


def legal_form_lists(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of the economic units counted by legal form in one paragraph."""
    text, base = paragraph.text, paragraph.offset
    for i, total in enumerate(mentions[:-1]):
        if not _is_total(total):
            continue
        first = mentions[i + 1]
        opener = LIST_OPENER.fullmatch(text, total.end - base, first.start - base)
        if opener is None:
            continue
        rated = _form(text, first, base)
        if rated is None:
            continue
        # an item of no form after the list's join: the list goes on, not read
        parts, forms, end, k = rated_run(text, base, mentions, i + 2, first, rated, _form)
        if len(parts) < 2 or len(set(forms)) != len(forms):
            continue
        in_bracket = opener.group("bracket") is not None
        if in_bracket and _CLOSE.match(text, end) is None:
            continue
        following = mentions[k] if k < len(mentions) else None
        if following is not None and LIST_JOIN.fullmatch(text, end, following.start - base):
            continue  # one more item joined to the list
        lead = (opener.group("marker") or opener.group("inner") or "").casefold()
        some_only = lead.startswith("trong") or owned_after(text, parts[-1], base)
        found = scale_verdict(paragraph, total, parts, file, some_only)
        if found is not None:
            yield found


_CLOSE = re.compile(r"[^\d;.!?()\n]{0,120}?\)")
