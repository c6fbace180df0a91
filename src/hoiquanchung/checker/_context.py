"""The interface of the checker's rules: what a rule receives, and how it is described.

Every rule of the checker is a function ``check(context) -> Iterable[Finding]`` over a
:class:`ParagraphContext`, described by a :class:`Check` (its name, the function, the finding
codes it may emit); :mod:`hoiquanchung.checker._registry` lists the checks in the order they run.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

import attrs

from hoiquanchung.checker._figures_table import FigureTables
from hoiquanchung.checker._mentions import Mention, scan
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.errors import NumberFormatError
from hoiquanchung.findings import Finding
from hoiquanchung.numbers import DateMatch
from hoiquanchung.numbers._quantity import open_twin, slot_setters

__all__ = [
    "Check",
    "DocumentState",
    "ParagraphContext",
    "ParagraphIndex",
    "evolved",
    "exact_context",
    "paragraph_index",
]


@attrs.define
class DocumentState:
    """What the rules carry from one paragraph to the next (one per document).

    ``last_money``: the last amount of money in digits, for an amount in words on the next line;
    ``age``: paragraphs since it was seen; ``figures``: the figure table of the current
    section (:class:`~hoiquanchung.checker._figures_table.FigureTables`, shared by the rules
    that read figures across sentences);
    ``bases_section``, ``section_counts``,
    ``section_rates``, ``section_pending`` (rates still without a base), ``section_holds``
    (the pairs of count and rate offsets that hold), ``section_support`` (how many rates
    hold against each count), ``section_where`` (the text and offset of the paragraph of each
    count, read when a rate needs the words around it) and ``section_named`` (the totals
    written after *tổng số*, with their noun): what rule rate-bases remembers of the current
    section.
    """

    last_money: Mention | None = None
    age: int = 0
    figures: FigureTables = attrs.Factory(FigureTables)
    #: For rule rate-bases: the section the counts below belong to, the counts stated in it
    #: (possible bases) and the rates attached to counts, ``(count, rate)``, seen so far.
    bases_section: str | None = None
    section_counts: list[Mention] = attrs.Factory(list)
    section_rates: list[tuple[Mention, Mention]] = attrs.Factory(list)
    section_pending: list[tuple[Mention, Mention]] = attrs.Factory(list)
    section_holds: set[tuple[int, int]] = attrs.Factory(set)
    section_support: dict[int, int] = attrs.Factory(dict)
    section_where: dict[int, tuple[str, int]] = attrs.Factory(dict)
    section_named: list[tuple[str, Mention]] = attrs.Factory(list)
    #: What a rule keeps of its own from one paragraph to the next, by the rule's name (made by
    #: the rule when it first needs it; found again by one dictionary look-up a paragraph, not
    #: a weak dictionary keyed by the document: speed).  Not compared, not shown.
    rule_states: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    def advance(self, mentions: Sequence[Mention]) -> None:
        """Move on to the next paragraph, remembering its last amount of money."""
        # The last amount of money, found from the end (no list of them made; speed).
        for m in reversed(mentions):
            if m.unit == "đồng":
                self.last_money, self.age = m, 0
                return
        self.age += 1
        if self.age > 1:
            self.last_money = None


class ParagraphIndex:
    """What several rules read of one paragraph's figures, made once for all of them.

    The rules of a paragraph with figures each made the same lists again: where each figure
    starts and ends in the paragraph's text (``[m.start - base for m in mentions]``), the
    figures that are no side of a fraction, the figures of one sentence or clause (a test of
    every figure against its bounds).  The index holds them for the paragraph (made by the first
    rule that asks, :func:`paragraph_index`; one list a paragraph, not one a rule), and finds
    the figures of a span by two halvings of the starts (the figures are in text order).
    ``starts`` and ``ends`` are offsets into the paragraph's text (not the document's);
    ``plain`` the figures with no ``fraction``, ``plain_starts`` and ``plain_ends`` theirs.
    Shared: not to be modified.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 45/50 chi hội. Trong đó 30 hội viên, 95%")
    >>> index = paragraph_index(ParagraphContext.of(para))
    >>> index.starts, index.ends, [m.text for m in index.plain], index.plain_starts
    ([3, 6, 27, 40], [5, 16, 38, 43], ['30 hội viên', '95%'], [27, 40])
    >>> [m.text for m in index.between(17, 43)], index.span(17, 43)
    (['30 hội viên', '95%'], (2, 4))
    """

    __slots__ = ("ends", "mentions", "plain", "plain_ends", "plain_starts", "starts")

    def __init__(self, mentions: Sequence[Mention], base: int) -> None:
        self.mentions = mentions
        self.starts = [m.start - base for m in mentions]
        self.ends = [m.end - base for m in mentions]
        self.plain: Sequence[Mention] = mentions
        if any(m.fraction is not None for m in mentions):
            self.plain = [m for m in mentions if m.fraction is None]
            self.plain_starts = [m.start - base for m in self.plain]
            self.plain_ends = [m.end - base for m in self.plain]
        else:  # most paragraphs: the same lists
            self.plain_starts, self.plain_ends = self.starts, self.ends

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """The indices ``first, last`` of the figures that start in ``text[start:stop]``
        (``mentions[first:last]``), by two halvings."""
        starts = self.starts
        first = bisect_left(starts, start)
        return first, bisect_left(starts, stop, first)

    def between(self, start: int, stop: int) -> list[Mention]:
        """The figures that start in ``text[start:stop]``, in order (what
        ``[m for m in mentions if start <= m.start - base < stop]`` gives)."""
        starts = self.starts
        first = bisect_left(starts, start)
        return list(self.mentions[first : bisect_left(starts, stop, first)])


def paragraph_index(context: ParagraphContext) -> ParagraphIndex:
    """The :class:`ParagraphIndex` of *context*'s paragraph, made at the first call and kept on
    the context for the other rules."""
    index = context.index
    if index is None:
        index = ParagraphIndex(context.mentions, context.paragraph.offset)
        object.__setattr__(context, "index", index)
    return index


@attrs.frozen
class ParagraphContext:
    """One paragraph as every rule sees it.

    ``paragraph`` (its ``text``, NFC, and the positions in the original text), the quantities
    found in it (``mentions``), its ``dates``, its malformed numbers (``errors``), the document's
    ``state`` (shared by the paragraphs of one document), the ``file`` that labels findings and
    the ``section`` path of headings above the paragraph (``None`` before the first heading).

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 45/50 chi hội, đạt 95%; ngày 31/02/2024")
    >>> ctx = ParagraphContext.of(para)
    >>> [m.text for m in ctx.mentions], [d.text for d in ctx.dates]
    (['45', '50 chi hội', '95%'], ['31/02/2024'])
    """

    paragraph: Paragraph
    mentions: Sequence[Mention]
    dates: Sequence[DateMatch]
    errors: Sequence[NumberFormatError]
    state: DocumentState
    file: str | None = None
    section: str | None = None
    #: Where a day and a month may start in the paragraph's text, and that text (offsets, in
    #: order: a superset of the starts of the date shapes, noted by the numbers' grammar as it
    #: scans), for the dates rule, which searches the text itself when they are not given or
    #: were found in another text (a context evolved with another paragraph).  Not compared,
    #: not shown.
    day_months: tuple[str, Sequence[int]] | None = attrs.field(default=None, eq=False, repr=False)
    # The paragraph's text, copied once when the context is made: the rules read it thousands
    # of times a megabyte, and a slot is read faster than a property.  Derived, never passed:
    # ``attrs.evolve`` makes it again from the new paragraph.
    text: str = attrs.field(init=False, repr=False, eq=False)
    """The paragraph's text (NFC)."""
    #: The paragraph's index (:func:`paragraph_index`), made by the first rule that asks for
    #: it and kept for the others.  Derived: ``attrs.evolve`` leaves it to be made again.
    index: ParagraphIndex | None = attrs.field(init=False, default=None, repr=False, eq=False)

    @text.default
    def _text(self) -> str:
        return self.paragraph.text

    @classmethod
    def of(
        cls,
        paragraph: Paragraph,
        *,
        state: DocumentState | None = None,
        file: str | None = None,
        section: str | None = None,
    ) -> ParagraphContext:
        """The context of *paragraph*: its quantities, dates and malformed numbers, found once."""
        found = scan(paragraph)
        return exact_context(
            paragraph,
            found.mentions,
            found.dates,
            found.errors,
            DocumentState() if state is None else state,
            file,
            section,
        )


_new = object.__new__
_OpenContext: Final = open_twin(ParagraphContext)


def exact_context(
    paragraph: Paragraph,
    mentions: Sequence[Mention],
    dates: Sequence[DateMatch],
    errors: Sequence[NumberFormatError],
    state: DocumentState,
    file: str | None,
    section: str | None,
    day_months: tuple[str, Sequence[int]] | None = None,
) -> ParagraphContext:
    """A :class:`ParagraphContext` made without the constructor (the checker's own, one a
    paragraph; speed).

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 5 hội")
    >>> state = DocumentState()
    >>> exact_context(para, [], [], [], state, None, None) == ParagraphContext(
    ...     para, [], [], [], state)
    True
    """
    building = _OpenContext()
    building.paragraph = paragraph
    building.mentions = mentions
    building.dates = dates
    building.errors = errors
    building.state = state
    building.file = file
    building.section = section
    building.day_months = day_months
    building.text = paragraph.text
    building.index = None
    building.__class__ = ParagraphContext
    context: ParagraphContext = building
    return context


# The fields of a finding: its name, converter, validator and slot setter (see evolved()).
# A converter is a plain function (an attrs.Converter, which may read the instance, is not).
_FIELDS: tuple[attrs.Attribute[Any], ...] = tuple(attrs.fields(Finding))
_FINDING_FIELDS: tuple[tuple[str, Any, Any, attrs.Attribute[Any], Any], ...] = tuple(
    (f.name, f.converter, f.validator, f, setter)
    for f, setter in zip(_FIELDS, slot_setters(Finding, *(f.name for f in _FIELDS)), strict=True)
)
assert not any(isinstance(conv, attrs.Converter) for _, conv, *_rest in _FINDING_FIELDS)


def evolved(finding: Finding, **changes: Any) -> Finding:
    """``attrs.evolve(finding, **changes)``: the same finding, the fields *changes* names
    converted and validated as the constructor would, the others copied as they are (they were
    converted and validated when *finding* was made; speed: the checker places most findings
    again, in its section or at its figure).

    >>> f = Finding.create("total-mismatch", {"label": "x", "stated": "1", "sum": "2",
    ...     "dimension": "d", "formula": "", "also": ""}, line=3)
    >>> evolved(f, path="II.1 Về tổ chức", column=4) == attrs.evolve(
    ...     f, path="II.1 Về tổ chức", column=4)
    True
    """
    copy = _new(Finding)
    for name, converter, validator, field, setter in _FINDING_FIELDS:
        if name in changes:
            value = changes.pop(name)
            if converter is not None:
                value = converter(value)
            if validator is not None:
                validator(copy, field, value)
            setter(copy, value)
        else:
            setter(copy, getattr(finding, name))
    if changes:  # a name that is no field: attrs.evolve says what is wrong (a TypeError)
        return attrs.evolve(finding, **changes)
    return copy


@attrs.frozen
class Check:
    """One rule of the checker: a ``name``, its function ``run`` and the ``codes`` it may emit.

    ``wording`` names the catalogue variant its findings are worded with when the code is shared
    with reconciliation (the checker reads prose: ``"prose"``); the variant's severity is then
    the rule's usual severity.  ``every_paragraph``: run it on paragraphs without a digit too
    (a rule that keeps document state); by default such paragraphs, which can hold no figure,
    are skipped.  ``needs_figures``: the rule finds nothing and changes no state in a paragraph
    without figures (no :attr:`ParagraphContext.mentions`), so such paragraphs are skipped too
    (a paragraph with a date or a malformed number but no figure; speed).  ``finish``: what the
    rule says once the document has ended (a list that the end of the document ends), given the
    document's state.
    """

    name: str
    run: Callable[[ParagraphContext], Iterable[Finding]]
    codes: tuple[str, ...]
    wording: str | None = None
    every_paragraph: bool = False
    needs_figures: bool = False
    finish: Callable[[DocumentState], Iterable[Finding]] | None = None
