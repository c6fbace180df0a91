"""Rule 2e: a total whose parts are listed on the lines below it, one bullet a part.

"Tổng số 50 chi hội, gồm:" then "- 20 chi hội ấp;" and "- 25 chi hội khóm." on the next lines:
the line that opens the list ends with *gồm:*, *bao gồm:*, *gồm có:*, *như sau:* or *cụ thể:*
right after its total (a count or money, exact, not a change); each following line that starts
with a bullet (``-``, ``–``, ``+``, ``•``, ``*``) holds one part.  The list ends at the first
line that is not a bullet: then the parts must add up to the total (``total-mismatch``, an
error); parts that already add up to more are reported at once.

It stays quiet when a bullet holds no figure of the total's kind or two of them, when a bullet's
part is not named as a kind of the total ("- thăm 3 trường"), when parts repeating the total's
noun stand next to parts that do not, on examples (*như:*, *cụ thể như:* do not open a list),
and when the list is interrupted (a blank line, the end of the document: a list that is not seen
to end is not summed).  What rule 2d (``section-totals``) reports on the same total is not
reported again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Final

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker import _breakdowns
from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._figures_table import FigureTables, OpenList
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import led_by
from hoiquanchung.checker._rules import sum_of_terms, total_mismatch
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.numbers import Bound

__all__ = ["CHECK", "check_bullet_lists"]

_OPENER = led_by(
    "gbnc",
    re.compile(
        r"(?<!như )\b(?:gồm|bao\s+gồm|gồm\s+có|như\s+sau|cụ\s+thể)\s*:[\s\u2060]*\Z", re.IGNORECASE
    ),
)
_BULLET = re.compile(r"[\s\u2060]*[-–+•*][\s\u2060]+")
_MAX_GAP = 80
_MAX_PARTS = 200


def check_bullet_lists(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2e when *context*'s line continues, ends or opens a list.

    >>> from hoiquanchung.checker import check_text
    >>> text = "Tổng số 50 chi hội, gồm:\\n- 20 chi hội ấp;\\n- 25 chi hội khóm.\\nHết."
    >>> [(f.code, f.line, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', 1, '50 chi hội', '45 chi hội')]
    """
    tables = context.state.figures
    listed = tables.open_list
    if listed is None:
        # No list going on: the paragraph is only fed and may open one (a plain function, not
        # a generator: none is made for the many paragraphs that end no list; speed).
        tables.feed(context)
        opened = _open(context)
        if opened is not None:
            tables.open_list = opened
        return _NOTHING
    return _listed(context, tables, listed)


_NOTHING: Final[Iterator[Finding]] = iter(())


def _listed(context: ParagraphContext, tables: FigureTables, listed: OpenList) -> Iterator[Finding]:
    """The findings of :func:`check_bullet_lists` when a list is going on (*listed*)."""
    para = context.paragraph
    tables.open_list = None
    if para.line == listed.line + 1 and not para.footnote:
        bullet = _BULLET.match(context.text)
        if bullet is not None:
            found = _add(context, listed, bullet.end())
            if found is not None:
                yield found
            return
        found = _end(context, listed)
        if found is not None:
            yield found
    tables.feed(context)
    opened = _open(context)
    if opened is not None:
        tables.open_list = opened


def _open(context: ParagraphContext) -> OpenList | None:
    text, base = context.text, context.paragraph.offset
    if not context.mentions or not _ends_with_colon(text):
        return None
    marker = _OPENER.search(text)
    if marker is None:
        return None
    before = [m for m in context.mentions if m.end - base <= marker.start()]
    if not before:
        return None
    total = before[-1]
    t_start = total.start - base
    if (
        marker.start() - (total.end - base) > _MAX_GAP
        or total.bound is not Bound.EXACT
        or _breakdowns._kind(total) is None
        or _breakdowns._CHANGE.search(text, max(0, t_start - 20), t_start)
    ):
        return None
    return OpenList(total=total, paragraph=context.paragraph, line=context.paragraph.line)


def _ends_with_colon(text: str) -> bool:
    """Whether *text* ends with ``:`` and white space only (what :data:`_OPENER` needs).

    A cheap test before the search, which would otherwise try every position of the line.

    >>> _ends_with_colon("gồm: \u2060"), _ends_with_colon("gồm: 5"), _ends_with_colon("gồm")
    (True, False, False)
    """
    colon = text.rfind(":")
    return colon >= 0 and _BLANK_TAIL.match(text, colon + 1) is not None


# White space and word joiners to the end (one match, not a generator over the characters).
_BLANK_TAIL = re.compile(r"[\s\u2060]*\Z")


def _add(context: ParagraphContext, listed: OpenList, start: int) -> Finding | None:
    """Take the part of a bullet line; report at once when the parts exceed the total."""
    text, base, total = context.text, context.paragraph.offset, listed.total
    wanted = _breakdowns._kind(total)
    same = [m for m in context.mentions if _breakdowns._kind(m) == wanted]
    if len(same) != 1 or len(listed.parts) >= _MAX_PARTS:
        return None  # no part, or two: the list cannot be summed
    part = same[0]
    lead = text[start : part.start - base].strip(" \u2060.:")
    if part.bound is not Bound.EXACT:
        return None
    if wanted == "count" and lead and not _breakdowns._akin(part, total):
        return None
    parts = [*listed.parts, part]
    if not _nouns_agree(total, parts):
        return None
    value = _sum(parts)
    if value > total.value and _inconsistent(total, value):
        return _finding(context, listed, parts, value)
    listed.parts = parts
    listed.line = context.paragraph.line
    context.state.figures.open_list = listed
    return None


def _end(context: ParagraphContext, listed: OpenList) -> Finding | None:
    """The line after the last bullet: the parts must make the total."""
    if len(listed.parts) < 2:
        return None
    value = _sum(listed.parts)
    if not _inconsistent(listed.total, value):
        return None
    return _finding(context, listed, listed.parts, value)


def _nouns_agree(total: Mention, parts: Sequence[Mention]) -> bool:
    own = (total.unit or "").casefold()
    nouns = [(p.unit or "").casefold() for p in parts]
    return not (own in nouns and any(noun != own for noun in nouns))


def _sum(parts: Sequence[Mention]) -> Decimal:
    value = Decimal(0)
    for p in parts:
        value = _EXACT.add(value, p.value)
    return value


def _inconsistent(total: Mention, value: Decimal) -> bool:
    stated = StatedFigure.from_quantity(total.quantity, quote=total.text)
    return compare(stated, value).verdict is Verdict.INCONSISTENT


def _finding(
    context: ParagraphContext, listed: OpenList, parts: Sequence[Mention], value: Decimal
) -> Finding | None:
    total = listed.total
    reported = context.state.figures.reported
    keys = {(code, total.start) for code in ("total-mismatch", "parts-exceed-total")}
    if keys & reported:
        return None  # rule 2d said it already
    reported.update(keys)
    return total_mismatch(
        listed.paragraph,
        total.start - listed.paragraph.offset,
        total,
        value,
        sum_of_terms(p.value for p in parts),
        file=context.file,
    )


#: Rule bullet-lists: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "bullet-lists",
    check_bullet_lists,
    ("total-mismatch",),
    wording="prose",
    every_paragraph=True,
)
