"""Mentions: the quantities of a document, with where they are in the original text."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, Literal

import attrs

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.errors import NumberFormatError
from hoiquanchung.numbers import (
    Bound,
    DateMatch,
    Quantity,
    QuantityMatch,
    parse_quantity,
)
from hoiquanchung.numbers._grammar import scan_nfc, scan_sorted
from hoiquanchung.numbers._quantity import open_twin

__all__ = [
    "HAS_DIGIT",
    "Mention",
    "Scan",
    "has_digit",
    "mentions_in",
    "scan",
    "scan_with_digits",
]

#: Whether a text has a digit the numbers' grammar reads (ASCII digits only).
HAS_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """Whether *text* has a digit the numbers' grammar reads: what ``HAS_DIGIT.search`` finds,
    by ten searches for one character, each a loop in C over the text, several times faster
    than the pattern's test of every character (made for every paragraph; speed).

    >>> has_digit("Báo cáo năm 2024"), has_digit("Báo cáo năm hai nghìn"), has_digit("٣ hội")
    (True, False, False)
    """
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


@attrs.frozen
class Mention:
    """Số liệu (a figure) found in a report: a :class:`~hoiquanchung.numbers.Quantity` and where.

    ``start`` and ``end`` are offsets into the NFC text of the whole document (lines joined by
    their own separators; for a ``.docx``, its text rendering); ``line`` and ``column`` the
    1-based position of the first character in the original text.  ``fraction`` is
    ``'numerator'`` or ``'denominator'`` for the two sides of ``113.453/151.530``;
    ``footnote`` is true inside a footnote body; ``range_end`` is ``'low'`` or ``'high'`` for the
    two ends of a range (``từ 20 đến 50 triệu đồng``; the low end takes the high end's scale and
    unit).

    >>> from hoiquanchung.checker import extract
    >>> [m] = extract("hơn 14,6 tỷ đồng")
    >>> m.value, m.unit, m.bound.name, (m.line, m.column), m.fraction
    (Decimal('14600000000'), 'đồng', 'MORE_THAN', (1, 1), None)
    """

    quantity: Quantity
    start: int
    end: int
    line: int
    column: int
    fraction: Literal["numerator", "denominator"] | None = None
    footnote: bool = False
    range_end: Literal["low", "high"] | None = None

    # The quantity's own fields, copied once when the mention is made: the rules read them
    # hundreds of thousands of times a megabyte, and a slot is read faster than a property.
    # Derived, never passed: ``attrs.evolve`` makes them again from the new quantity.
    text: str = attrs.field(init=False, repr=False, eq=False)
    """The quantity as written (NFC)."""
    value: Decimal = attrs.field(init=False, repr=False, eq=False)
    """The exact value, in base units (đồng, persons, percent points...)."""
    unit: str | None = attrs.field(init=False, repr=False, eq=False)
    """The normalised unit or counted noun (``'đồng'``, ``'%'``, ``'hội'``), or ``None``."""
    bound: Bound = attrs.field(init=False, repr=False, eq=False)
    """The qualifier (*hơn*, *gần*, *khoảng*...), :attr:`Bound.EXACT` when none."""

    @text.default
    def _text(self) -> str:
        return self.quantity.text

    @value.default
    def _value(self) -> Decimal:
        return self.quantity.value

    @unit.default
    def _unit(self) -> str | None:
        return self.quantity.unit

    @bound.default
    def _bound(self) -> Bound:
        return self.quantity.bound


@attrs.frozen
class Scan:
    """What the numbers' grammar finds in one paragraph: quantities, dates, malformed numbers."""

    mentions: list[Mention]
    dates: list[DateMatch]
    errors: list[NumberFormatError]


def scan(paragraph: Paragraph) -> Scan:
    """The quantities (as :class:`Mention` objects), dates and malformed numbers of a paragraph,
    as the checker's rules read them (a range's low end as written: see :func:`_as_written`)."""
    if not has_digit(paragraph.text):
        return Scan([], [], [])
    return Scan(*scan_with_digits(paragraph))


def scan_with_digits(
    paragraph: Paragraph, day_months: list[int] | None = None
) -> tuple[list[Mention], list[DateMatch], list[NumberFormatError]]:
    """What :func:`scan` finds in a paragraph known to hold a digit, as three lists (the
    checker's engine, which has looked for a digit already: no second search, no
    :class:`Scan`; speed); with *day_months*, the offsets in its text where a day and a month
    may start are added to it (the grammar's :func:`~hoiquanchung.numbers._grammar.scan_items`).

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 45/50 chi hội; ngày 31/02/2024")
    >>> Scan(*scan_with_digits(para)) == scan(para)
    True
    """
    # One pass of the numbers' grammar yields quantities, dates and malformed numbers, each in
    # its own list (the paragraph's text is NFC already), each quantity made a mention by the
    # grammar as it is found, a range's low end as the rules read it (what _mentions makes of
    # the list of matches, without the matches; speed).
    return scan_sorted(paragraph.text, _Maker(paragraph, True).mention, day_months)


class _Maker:
    """The mentions of the quantities of one paragraph, made as the grammar finds them."""

    __slots__ = ("columns", "footnote", "last", "line", "low_as_written", "offset")

    def __init__(self, paragraph: Paragraph, low_as_written: bool = False) -> None:
        # With *low_as_written*, a range's low end is made as the rules read it
        # (:func:`_as_written`); without, as the figures list it.
        self.low_as_written = low_as_written
        self.offset, self.line, self.footnote = paragraph.offset, paragraph.line, paragraph.footnote
        self.columns = columns = paragraph.columns
        self.last = len(columns) - 1

    def mention(
        self,
        start: int,
        end: int,
        quantity: Quantity,
        fraction: Literal["numerator", "denominator"] | None,
        range_end: Literal["low", "high"] | None,
    ) -> Mention:
        """The :class:`Mention` of a quantity at ``start:end`` of the paragraph's text (the
        grammar's :data:`~hoiquanchung.numbers._grammar.MatchMaker`), made without the
        constructor (filled as its open twin, :func:`~hoiquanchung.numbers._quantity.open_twin`):
        no checks, one a figure; its column is Paragraph.position, inline (speed)."""
        building = _OpenMention()
        offset = self.offset
        building.quantity = quantity
        building.text = quantity.text
        building.value = quantity.value
        building.unit = quantity.unit
        building.bound = quantity.bound
        building.start = offset + start
        building.end = offset + end
        building.line = self.line
        # Paragraph.position's clamp, only for an offset outside the paragraph (never from the
        # grammar; a comparison, not two calls; speed).
        last = self.last
        building.column = (
            self.columns[start if 0 <= start <= last else min(max(start, 0), last)] + 1
        )
        building.fraction = fraction
        building.footnote = self.footnote
        building.range_end = range_end
        building.__class__ = Mention
        mention: Mention = building
        if range_end is not None and range_end == "low" and self.low_as_written:
            return _as_written(mention)
        return mention


def _as_written(mention: Mention) -> Mention:
    """The low end of a range as the rules have always read it: its own number only.

    ``từ 20 đến 50 triệu đồng``: the figures list ``20`` as 20 triệu đồng, but the rules read
    ``20`` alone (no unit), as before the grammar shared the high end's scale and unit — two
    ends of a range are no total and part, and a false alarm costs more than a miss.
    """
    if mention.range_end != "low":
        return mention
    try:
        quantity = parse_quantity(mention.text)
    except NumberFormatError:  # pragma: no cover - the text was read as a quantity
        return mention
    return attrs.evolve(mention, quantity=quantity)


def mentions_in(paragraph: Paragraph) -> list[Mention]:
    """The quantities of one paragraph, as :class:`Mention` objects (as the figures list them:
    a range's low end with the scale and unit of its high end)."""
    if not has_digit(paragraph.text):
        return []
    return _mentions(paragraph, scan_nfc(paragraph.text).quantities)


def _mentions(paragraph: Paragraph, matches: list[QuantityMatch]) -> list[Mention]:
    make = _Maker(paragraph).mention
    return [make(m.start, m.end, m.quantity, m.fraction, m.range_end) for m in matches]


_OpenMention: Final = open_twin(Mention)
