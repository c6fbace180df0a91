"""The figures of a section as an :mod:`hoiquanchung.indicators` table, read from prose.

A report states a total once and breaks it down later in the same section, often in another
sentence or paragraph ("Tổng số hội trên địa bàn 99 hội ... trong đó cấp tỉnh: 40 hội (có 13
tổ chức hội ... giao nhiệm vụ ...). Cấp huyện, xã: 59 hội ..." and, a paragraph later, "Hội
quần chúng khác: ... 57 hội; trong đó ... cấp tỉnh là 26 Hội; ... cấp huyện là 31 hội").
:class:`FigureTables` reads a document paragraph by paragraph and keeps, for the current
section (the :class:`~hoiquanchung.checker._sections.Outline` path), the figures that take part
in such breakdowns, each keyed by its **measure** (the counted noun, ``tổ chức hội`` and ``hội``
alike) and its **labels** over the dimensions of the domain model:

* ``level`` (cấp): *cấp tỉnh*, *cấp huyện*, *cấp xã*, *cấp huyện, xã* ... written before the
  figure in its clause ("cấp tỉnh: 40 hội", "phạm vi hoạt động cấp tỉnh là 26 Hội") or right
  after its noun ("40 hội cấp tỉnh");
* ``category`` (loại hội): *giao nhiệm vụ* ("hội ... do Đảng, Nhà nước giao nhiệm vụ") or
  *khác* ("hội quần chúng khác");
* ``examples``: the figures of a footnote that begins *Cụ thể* (examples of the figures of the
  sentence that carries the footnote's reference; never a complete list).

Each figure is also of a **period**: the last one named before it in its sentence, else the
last one the section named ("ước tính tháng 9-2020, vốn đầu tư ... là 510,4 tỷ đồng ... Ước
quý III năm 2020, tổng vốn ... là 1.370,4 tỷ đồng ... Tính chung 9 tháng đầu năm 2020 ..."):
a month, a quarter, a run of months, a term, a school year, a year (:func:`period_in`; not a
date, a comparison "so với cùng kỳ năm 2024" or a bound in time "từ năm 2020"). Figures of two
periods are never added together nor compared (a month's levels are no parts of the quarter's
total); a figure of no period named is compared with those of every period.

A figure inside brackets takes the labels of the figure the brackets follow ("40 hội (có 13
...)" : 13 is at level *cấp tỉnh*); a part after *trong đó* / *gồm* takes the labels of its
total.  Only figures that can be totals or parts enter the table: a figure with a label, a
figure after *tổng số* or before *trong đó* / *gồm*, and a figure with examples.  The first
statement of a key is kept (a repeat is never compared: the same words may count another thing).

:meth:`SectionFigures.table` gives the :class:`~hoiquanchung.indicators.Table`
(:func:`~hoiquanchung.indicators.reconcile` checks it) and :meth:`SectionFigures.locate` finds
the figure a reconciliation finding is about, for its line and column.

>>> from hoiquanchung.checker._context import ParagraphContext
>>> from hoiquanchung.checker._text import Splitter
>>> tables, s = FigureTables(), Splitter()
>>> text = ("Tổng số 99 hội, trong đó cấp tỉnh: 40 hội. Cấp huyện, xã: 58 hội.\\n"
...         "Hội khác: tổng số 57 hội.")
>>> for para in s.feed(text):
...     section = tables.feed(ParagraphContext.of(para, section="II.1.1 Về tổ chức"))
>>> [(f.mention.text, f.measure, f.labels) for f in section.figures]
[('99 hội', 'hội', ()), ('40 hội', 'hội', (('level', 'cấp tỉnh'),)), ('58 hội', 'hội', \
(('level', 'cấp huyện, xã'),)), ('57 hội', 'hội', (('category', 'khác'),))]
>>> from hoiquanchung.indicators import reconcile
>>> [(f.stated, f.computed) for f in reconcile(section.table())]
[('99 hội', '98 hội')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Protocol

import attrs

from hoiquanchung.checker._abbreviations import abbreviation_before
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import (
    has_case_twin,
    led_by,
    lowered,
    may_contain,
    may_contain_between,
    remembered,
    word_starts,
)
from hoiquanchung.checker._text import BLANK, Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import Dimension, Figure, Table
from hoiquanchung.indicators._reconcile import (
    FigureIndex,
    exact_figure,
    exact_table,
    figure_index,
)
from hoiquanchung.indicators._stated import exact_stated
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._quantity import slot_setters

__all__ = [
    "ContinuedBreakdown",
    "Depths",
    "FigureTables",
    "NOT_COUNTS",
    "OpenList",
    "SectionFigures",
    "TableFigure",
    "bracket_depths",
    "by_sentence",
    "sentence_spans",
]

# ------------------------------------------------------------------ the vocabulary (Vietnamese)
# Nouns that count the same thing as a shorter noun (a sub-kind's words, a "times" prefix).
_SAME_MEASURE = {
    "tổ chức hội": "hội",
    "hội quần chúng": "hội",
    "tổ chức hội quần chúng": "hội",
}
_TIMES_PREFIX = "lượt "  # "31 lượt dự án" and "01 dự án" count projects alike
# Units that are durations, dates or shares: never totals or parts of a breakdown.
NOT_COUNTS = frozenset(
    {"%", "năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "lần", "tuổi", "km", "m2", "ha"}
)
_NOT_COUNTS = NOT_COUNTS
_LEVEL = led_by(
    "c",
    re.compile(
        r"\bcấp\s+(trung\s+ương|tỉnh|huyện(?:\s*,\s*xã|\s+và\s+xã|\s*-\s*xã)?|xã|cơ\s+sở)\b",
        re.IGNORECASE,
    ),
)
_LEVEL_NAMES = {
    "trung ương": "cấp trung ương",
    "tỉnh": "cấp tỉnh",
    "huyện": "cấp huyện",
    "xã": "cấp xã",
    "cơ sở": "cấp xã",
    "huyện, xã": "cấp huyện, xã",
}
_CATEGORY = (
    ("giao nhiệm vụ", led_by("g", re.compile(r"\bgiao\s+nhiệm\s+vụ\b", re.IGNORECASE))),
    (
        "khác",
        led_by(
            "ht",
            re.compile(r"\b(?:hội|tổ\s+chức)(?:\s+quần\s+chúng)?\s+khác\b", re.IGNORECASE),
        ),
    ),
)
# A word each pattern of _CATEGORY needs (lower case, in its order: str.lower maps every letter
# a case-blind search takes for one of its letters onto it, the Kelvin sign onto k too).
_CATEGORY_WORDS = ("vụ", "khác")
# "Tổng" that begins the name of a body or a title is no total: "Cấp Tổng LĐLĐ Việt Nam chi 195,6 tỉ
# đồng; cấp tỉnh ... 760 tỉ đồng" (nld.com.vn, 2026: three levels side by side), "Tổng cục",
# "Tổng công ty", "Tổng Bí thư".
_TOTAL_BEFORE = led_by(
    "t",
    re.compile(
        r"\b(?:tổng\s+số|tổng\s+cộng|tổng(?!\s+(?:LĐLĐ|liên\s+đoàn|cục|công\s+ty|bí\s+thư|"
        r"thư\s+ký|giám\s+đốc|biên\s+tập|kiểm\s+toán|tham\s+mưu|lãnh\s+sự|hội)\b))\b",
        re.IGNORECASE,
    ),
)
_MARKER_AFTER = re.compile(
    r"\A[^;()]{0,40}?\b(?:trong\s+đó|bao\s+gồm|gồm\s+có|gồm)\b", re.IGNORECASE
)
_PARTS_MARKER = led_by(
    "tbg", re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm\s+có|gồm)\b", re.IGNORECASE)
)
# The words every match of _PARTS_MARKER and _MARKER_AFTER, of _CHANGE and of _TOTAL_BEFORE
# holds (lower case).
_MARKER_WORDS = ("trong", "gồm")
# The words a match of _PARTS_MARKER starts with (lower case: str.lower maps every letter the
# case-blind pattern takes for one of theirs onto it).
_MARKER_STARTS = ("trong", "bao", "gồm")
_CHANGE_WORDS = ("tăng", "giảm", "vượt", "chênh")
_TOTAL_WORDS = ("tổng",)
_TOTAL_WORD = _TOTAL_WORDS[0]
_EXAMPLES = re.compile(r"[\s\u2060]*cụ\s+thể\b", re.IGNORECASE)
_CHANGE = led_by(
    "tgvc", re.compile(r"\b(?:tăng|giảm|vượt|chênh\s+lệch)\s*(?:thêm\s*)?\Z", re.IGNORECASE)
)
# A footnote reference "[[footnoteRef:4]]" is blanked into 16 + digits BLANK characters.
# (The first BLANK is matched before the look-behind, which checks that none is before it: the
# search skips ahead to a BLANK in C instead of trying the look-behind at every character.)
_FOOTNOTE_REF = re.compile(f"{BLANK}(?<!{BLANK}{BLANK}){BLANK}{{16,19}}(?!{BLANK})")
# A full stop ends a sentence before a space, or the end; also right before a breakdown's opener
# with its capital letter when the space was left out ("(...).Trong đó, ..."), but never
# inside a number or an abbreviation ("T.Ư", "1.250").
# One alternation after the end mark itself (not a look-behind first), so that the search jumps
# from mark to mark instead of trying the look-behind at every character of the paragraph.
_SENTENCE_END = re.compile(
    r"[.!?…](?:(?=\s+\S|\s*\Z)|(?<=[)\w”\"]\.)(?=(?:Trong|Theo)\s+đó\b|Cụ\s+thể\b))"
)
_SENTENCE_MARKS = ".!?…"  # the characters a match of _SENTENCE_END starts with (and takes)
_FRACTIONAL = ("tấn", "kg")  # the measures a section's table counts in fractions
_MAX_FIGURES = 400  # per section: a bound on the work of one section, whatever its length
_WINDOW = 400  # characters of a clause read for labels
_RULE_2_KEPT = 64  # paragraphs whose rule-2 findings are kept (a bound on the memory)
#: Totals whose report is remembered (:attr:`FigureTables.reported`); past it, all but the
#: latest half of it (by offset: totals far above the paragraph read) are forgotten.  A bound on
#: the memory: the set grew by every total reported in the document.
_REPORTED_KEPT = 256
_LOOKBACK = 8  # figures looked back at for a bracket's owner or a part's total
_MAX_BEFORE_MARKER = 40  # figures of a sentence before its marker (a bound on the work)
_MAX_UNREAD = 64  # parts of the text kept unsearched for the running period (a bound on memory)


# The period a figure is of: a run of months of a year ("9 tháng đầu năm 2020", "chung 6
# tháng"), a quarter, a month, a term, a school year, a year.  A month or year after a day
# ("ngày 15 tháng 3 năm 2021") is a date; after a comparison ("so với cùng kỳ năm 2024") or a
# bound in time ("từ năm 2020", "đến tháng 9") it is not the figure's period.
_PERIOD = re.compile(
    r"(?<!\w)(?:"
    r"(?P<months>(?:\d{1,2}|sáu|chín|ba)\s+tháng(?:\s+(?:đầu|cuối)\s+năm|\s+năm)"
    r"|(?<=chung\s)\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm|\s+năm)?)"
    r"|(?P<quarter>quý\s+(?:IV|I{1,3}|[1-4]))(?!\w)"
    r"|(?P<month>tháng\s+(?:1[0-2]|0?[1-9]))(?![\d/.])"
    r"|(?P<term>(?:nhiệm\s+kỳ|giai\s+đoạn|năm\s+học)\s+\d{4}\s*[-–]\s*\d{4})"
    r"|(?P<year>năm\s+\d{4})(?!\d)"
    r")(?:\s*[-/]\s*\d{4}|\s+năm\s+\d{4})?",
    re.IGNORECASE,
)
# (In the order a report most often holds them: the test of a paragraph stops at the first found;
# speed.)
_PERIOD_WORDS = ("năm", "tháng", "quý", "kỳ", "đoạn")
# What makes a period named right before it no period of the figures: a day (a date), a
# comparison, a bound in time.
_NOT_PERIOD = re.compile(
    r"(?:(?<!\w)ngày\s+\d{1,2}\s*|(?<!\w)(?:so\s+với|cùng\s+kỳ|với|từ|đến|hết|sau|trước|"
    r"hơn|kể\s+từ|tính\s+từ)(?:\s+(?:hết|cuối|đầu))?\s*)\Z",
    re.IGNORECASE,
)


def period_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The periods named in ``text[start:end]``, each with where it ends, normalised ("quý
    III", "tháng 9", "9 tháng", "nhiệm kỳ 2020-2025", "năm 2025"; a month or quarter keeps no
    year: a report names the year once).

    >>> period_in("Ước quý III năm 2020, tổng vốn ... là 1.370,4 tỷ đồng", 0, 60)
    [(20, 'quý iii')]
    >>> [p for _, p in period_in("Tính chung 9 tháng đầu năm 2020, tổng vốn", 0, 40)]
    ['9 tháng']
    >>> [p for _, p in period_in("ước tính tháng 9-2020, vốn đầu tư", 0, 33)]
    ['tháng 9']
    >>> period_in("tăng 12,9% so với cùng kỳ năm 2024; ngày 15 tháng 3 năm 2021", 0, 60)
    []
    """
    found = []
    for m in _period_matches(text, start, end):
        if _NOT_PERIOD.search(text, max(start, m.start() - 16), m.start()):
            continue
        kind = m.lastgroup or ""
        words = " ".join(m.group(kind).casefold().split())
        if kind == "months":
            words = words.split()[0] + " tháng"
        elif kind == "month":
            words = "tháng " + str(int(words.split()[1]))
        elif kind == "quarter":
            n = words.split()[1]
            words = "quý " + {"1": "i", "2": "ii", "3": "iii", "4": "iv"}.get(n, n)
        elif kind == "term":
            words = re.sub(r"\s*[-–]\s*", "-", words)
        found.append((m.end(), words))
    return found


# The words a match of _PERIOD starts with (lower case: str.lower maps every letter the
# case-blind pattern takes for one of theirs onto it), and the word before which a run of months
# ends ("9 tháng", "sáu  tháng"): its number starts 1 to 4 characters before the white space.
_PERIOD_STARTS = ("tháng", "quý", "năm", "nhiệm", "giai")
_MONTHS_WORD = _PERIOD_STARTS[0]
_MONTHS_NUMBER = 4  # the longest number of months: "chín"


def _period_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(_PERIOD.finditer(text, start, end))``, tried only where a match can start: where
    a word of :data:`_PERIOD_STARTS` starts in the lower-case text, and the 1 to 4 characters
    before the white space in front of *tháng* (a run of months' number).  The search would try
    every position of the sentence, each with a case-blind test of every branch (~800
    instructions a character; speed).  When those offsets may miss a match (lowering changed
    the length of the text, a letter of :data:`~hoiquanchung.checker._patterns._CASE_TWINS`),
    the pattern's own search.

    >>> t = "Ước quý III năm 2020, tính chung 9  tháng đầu năm 2020, tháng 10"
    >>> [m.group() for m in _period_matches(t, 0, len(t))]
    ['quý III năm 2020', '9  tháng đầu năm', 'tháng 10']
    """
    places = word_starts(text, _PERIOD_STARTS, start, end)
    if places is None:
        return list(_PERIOD.finditer(text, start, end))
    if not places:
        return []
    # Before "tháng": back over the white space (\s: what str.isspace takes), then the number.
    numbers: list[int] = []
    folded = lowered(text)
    at = folded.find(_MONTHS_WORD, start, end)
    while at >= 0:
        gap = at
        while gap > start and text[gap - 1].isspace():
            gap -= 1
        if gap < at:
            numbers.extend(range(max(start, gap - _MONTHS_NUMBER), gap))
        at = folded.find(_MONTHS_WORD, at + 1, end)
    if numbers:
        places = sorted({*places, *numbers})
    found = []
    done = start
    match = _PERIOD.match
    for at in places:
        if at < done:
            continue  # inside the last match (finditer goes on after it)
        m = match(text, at, end)
        if m is not None:
            found.append(m)
            done = m.end()
    return found


def measure_of(unit: str) -> str:
    """The measure a unit counts: ``'tổ chức hội'`` and ``'Hội'`` both count ``'hội'``.

    >>> measure_of("Tổ chức hội"), measure_of("lượt dự án"), measure_of("hội viên")
    ('hội', 'dự án', 'hội viên')
    """
    measure = _MEASURES.get(unit)
    if measure is None:
        # Kept for the last units asked for: a few nouns, asked for again and again (a long
        # one, from a hostile text, is not kept: a bound on the memory; speed).
        noun = " ".join(unit.casefold().split())
        if noun.startswith(_TIMES_PREFIX) and len(noun) > len(_TIMES_PREFIX):
            noun = noun[len(_TIMES_PREFIX) :]
        measure = _SAME_MEASURE.get(noun, noun)
        if len(unit) <= _MAX_KEPT_UNIT:
            if len(_MEASURES) >= _MAX_MEASURES:
                _MEASURES.clear()
            _MEASURES[unit] = measure
    return measure


_MEASURES: dict[str, str] = {}
_MAX_MEASURES = 1024
_MAX_KEPT_UNIT = 100


@attrs.frozen
class TableFigure:
    """A figure of a section's table: its ``mention``, ``measure``, ``labels`` (sorted pairs
    dimension → value), the ``paragraph`` it is in, the ``sentence`` (start, end offsets in
    the paragraph) it belongs to and the paragraph's figures (``neighbours``)."""

    mention: Mention
    measure: str
    labels: tuple[tuple[str, str], ...]
    paragraph: Paragraph
    sentence: tuple[int, int]
    #: Every figure of the paragraph (for a rule that re-reads it).
    neighbours: tuple[Mention, ...] = ()
    #: The period the figure is of ("tháng 9", "quý III", "9 tháng", "năm 2025"; "" when the
    #: section has named none before it): see :func:`period_in`.
    period: str = ""


_new = object.__new__
(
    _tf_mention,
    _tf_measure,
    _tf_labels,
    _tf_paragraph,
    _tf_sentence,
    _tf_neighbours,
    _tf_period,
) = slot_setters(
    TableFigure, "mention", "measure", "labels", "paragraph", "sentence", "neighbours", "period"
)


@attrs.define
class OpenList:
    """A list being read line by line: its ``total``, the ``paragraph`` of the total, the
    ``parts`` taken so far and the ``line`` of the last one (see rule ``bullet-lists``)."""

    total: Mention
    paragraph: Paragraph
    line: int
    parts: list[Mention] = attrs.Factory(list)


@attrs.define
class ContinuedBreakdown:
    """A breakdown that continues the sentence of its ``total`` (rule 2d, see
    :mod:`hoiquanchung.checker._continued_totals`), while it is being read: the parts'
    ``measure``, the ``places`` the total's sentence names, the words that open its first part
    (``lead``: a sentence opening the same way goes on with the list), the line a paragraph
    must start on to go on with it (``next_line``), the ``marker`` that opened it (lower case),
    the ``parts`` so far (each with its paragraph), the words after and before each
    (``labels``, ``befores``), and whether a figure of the measure that is no part was met
    (``broken``: then no sum is claimed complete)."""

    total: TableFigure
    measure: str
    places: tuple[str, ...]
    lead: str | None
    next_line: int
    marker: str
    parts: list[tuple[Mention, Paragraph]] = attrs.Factory(list)
    labels: list[str] = attrs.Factory(list)
    befores: list[str] = attrs.Factory(list)
    broken: bool = False


@attrs.define
class SectionFigures:
    """The figures of one section (``path``; ``None`` before the first heading)."""

    path: str | None
    figures: list[TableFigure] = attrs.Factory(list)
    _keys: set[tuple[str, tuple[tuple[str, str], ...]]] = attrs.Factory(set)
    #: The periods its figures name ("" not among them): each is reconciled apart.
    periods: set[str] = attrs.Factory(set)
    #: How many figures of each measure the section holds.
    counts: dict[str, int] = attrs.Factory(dict)
    # The level values its figures name and whether one names a category, kept as figures are
    # added (read for each table and layout: not from every figure again; speed).
    _level_values: set[str] = attrs.Factory(set)
    _categorised: bool = False
    _examples: int = 0
    # The table's figure of each figure (by its index: figures are only appended) and its
    # coordinates, made once for the many tables of a growing section (again if the
    # coordinates change: a level mapped onto a group of levels).
    _made: dict[int, tuple[tuple[object, ...], Figure, dict[bool, FigureIndex]]] = attrs.Factory(
        dict
    )
    #: What each measure was last reconciled with: the :meth:`layout` and its count of figures.
    reconciled: dict[str, tuple[tuple[object, ...], int]] = attrs.Factory(dict)
    #: Where rule 2 reports in a paragraph of the section and the computed values it reports
    #: (by the paragraph's offset and number of figures; read once however many totals it has).
    sentence_findings: dict[tuple[int, int], tuple[set[tuple[int, int]], set[str]]] = attrs.Factory(
        dict
    )

    def add(self, figure: TableFigure) -> bool:
        """Add *figure* unless its key is already there (or the section is full).

        The key is the measure and the labels, whatever the period: a figure of another period
        with the same key is a repeat, never compared (the period only keeps figures of two
        periods apart; it never lets more figures in: a long section's repeats stay out).

        A negative figure (``−5 hội``: a decrease) is no total or part of a breakdown: never
        added (a table refuses it).
        """
        key = (figure.measure, figure.labels)
        if key in self._keys or len(self.figures) >= _MAX_FIGURES or figure.mention.value < 0:
            return False
        self._keys.add(key)
        self.figures.append(figure)
        if figure.period:
            self.periods.add(figure.period)
        self.counts[figure.measure] = self.counts.get(figure.measure, 0) + 1
        for dimension, value in figure.labels:
            if dimension == "level":
                self._level_values.add(value)
            elif dimension == "category":
                self._categorised = True
        return True

    def untouched(self) -> bool:
        """Whether nothing was read into the section yet (no figure, example, reconciliation
        or finding of rule 2 noted): it is then the same as a new one of another path."""
        return not (
            self.figures
            or self._examples
            or self.reconciled
            or self.sentence_findings
            or self._made
        )

    def next_example(self) -> str:
        """A new value of the ``examples`` dimension."""
        self._examples += 1
        return f"ví dụ {self._examples}"

    def _levels(self) -> dict[str, str]:
        """How each level label maps onto the level values of this section.

        A report that groups the district and commune levels ("Cấp huyện, xã: 59 hội") and
        later names a district-level part ("cấp huyện là 31 hội") means the group.
        """
        seen = self._level_values
        mapping = {v: v for v in seen}
        if "cấp huyện, xã" in seen:
            for single in ("cấp huyện", "cấp xã"):
                if single in seen:
                    mapping[single] = "cấp huyện, xã"
        return mapping

    def layout(self) -> tuple[object, ...]:
        """What shapes the table's dimensions and coordinates beside the figures themselves
        (the level mapping, whether categories are named, the number of examples): while it
        stays the same, a measure whose figures stay the same reconciles the same."""
        return (
            tuple(sorted(self._levels().items())),
            self._categorised,
            self._examples,
            len(self.periods),
        )

    def table(self, measures: Collection[str] | None = None, period: str | None = None) -> Table:
        """The section's figures as an :class:`~hoiquanchung.indicators.Table` (those of
        *measures* only, when given: the dimensions stay those of the whole section).

        With *period*, only the figures of that period and those of no period named: figures
        of two periods ("tháng 9" and "quý III", "9 tháng" and "năm 2025") are never added
        together nor compared (a month's levels are no parts of the quarter's total); without
        it, every figure (a section that names no period)."""
        levels = self._levels()
        values = tuple(sorted(set(levels.values())))
        dimensions = _dimensions(values, self._categorised, self._examples)
        names = tuple(d.name for d in dimensions)
        # The measures counted in fractions that the figures (of *measures*) count: read from
        # the counts by measure, not from every figure (speed).
        fractional = frozenset(
            measure
            for measure in _FRACTIONAL
            if measure in self.counts and (measures is None or measure in measures)
        )
        figures = []
        index = []
        seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
        for i, f in enumerate(self.figures):
            if measures is not None and f.measure not in measures:
                continue  # reconciliation never adds figures of two measures together
            if period is not None and f.period and f.period != period:
                continue  # nor figures of two periods
            at = tuple(sorted((d, levels[v] if d == "level" else v) for d, v in f.labels))
            if (f.measure, at) in seen:
                continue  # two labels mapped onto one value: keep the first statement
            seen.add((f.measure, at))
            made = self._made.get(i)
            if made is None or made[0] != (at, names):
                # Made without the constructors' checks: the mention's quantity is exact
                # already; kept while its coordinates and the table's dimensions stay, with its
                # key and what it admits (by whether its measure is counted in whole units)
                # (one a figure of each table; speed).
                stated = exact_stated(f.mention.quantity, self.path, f.mention.text)
                made = (at, names), exact_figure(stated, f.measure, at), {}
                self._made[i] = made
            whole = made[1].measure not in fractional
            indexed = made[2].get(whole)
            if indexed is None:
                indexed = made[2][whole] = figure_index(dimensions, made[1], fractional)
            figures.append(made[1])
            index.append(indexed)
        # Made without the constructor's checks: the table is valid by construction (every
        # coordinate a value of its dimension, no negative figure: see add; speed).
        name = self.path or "văn bản"
        return exact_table(name, name, dimensions, tuple(figures), fractional, index)

    def locate(self, finding: Finding) -> TableFigure | None:
        """The figure a reconciliation *finding* states (its ``stated`` text and label)."""
        label = (finding.path or "").rpartition(" > ")[2]
        levels = self._levels()
        found = []
        for f in self.figures:
            if f.mention.text != finding.stated:
                continue
            named = " · ".join(
                levels[v] if d == "level" else v
                for d, v in sorted(f.labels, key=lambda p: _DIM_ORDER.get(p[0], 9))
            )
            if (named or "tổng số") == label:
                found.append(f)
        return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _dimensions(levels: tuple[str, ...], categories: bool, examples: int) -> tuple[Dimension, ...]:
    """The dimensions of a section's table: its *levels* (complete when they cover the three
    tiers), the categories when a figure names one, and *examples* values of the examples
    dimension.  Made once for each shape (a few: the vocabulary's levels, a count; speed)."""
    covered = {w for v in levels for w in v.removeprefix("cấp ").replace(",", " ").split()}
    dimensions = []
    if levels:
        complete = {"tỉnh", "huyện", "xã"} <= covered
        dimensions.append(Dimension("level", levels, label="cấp", complete=complete))
    if categories:
        dimensions.append(Dimension("category", ("giao nhiệm vụ", "khác"), label="loại hội"))
    if examples:
        dimensions.append(
            Dimension(
                "examples",
                tuple(f"ví dụ {n}" for n in range(1, examples + 1)),
                label="ví dụ",
                label_en="examples",
                complete=False,
            )
        )
    return tuple(dimensions)


# The bounds a figure of the table may have (not approximations).
_TABLE_BOUNDS = frozenset({"EXACT", "MORE_THAN", "AT_LEAST", "LESS_THAN", "AT_MOST"})

# The same, as members (a member's name is a slow property; speed).
# (A tuple: a member's hash is computed in Python, a test of identity is not; speed.)
_TABLE_BOUND_MEMBERS = tuple(Bound[name] for name in sorted(_TABLE_BOUNDS))

_DIM_ORDER = {"level": 0, "category": 1, "examples": 2}


def _from(mentions: Sequence[Mention], start: int) -> tuple[Mention, ...]:
    """The *mentions* (in text order) that start at *start* or after it: read back from the
    end, over the last sentence's figures only (a paragraph's last sentence; speed).

    >>> from hoiquanchung.checker._text import Splitter
    >>> from hoiquanchung.checker._mentions import mentions_in
    >>> [para] = Splitter().feed("Có 5 hội, 6 chi hội. Thêm 7 tổ.")
    >>> [m.text for m in _from(mentions_in(para), 21)]
    ['7 tổ']
    """
    k = len(mentions)
    while k and mentions[k - 1].start >= start:
        k -= 1
    return tuple(mentions[k:])


_BRACKET = re.compile(r"[()\[\]{}]")
_BRACKETS = "()[]{}"  # the characters of _BRACKET's class


class Depths:
    """Bracket depth at any index of a text, from its brackets alone (few in a paragraph).

    ``depths[i]`` is the depth of the text around ``text[i]``: an opening bracket is at the depth
    outside it, a closing one too; the text inside is one deeper.
    """

    def __init__(self, text: str) -> None:
        self.positions: list[int] = []
        self.after: list[int] = []  # the depth after each bracket
        self.closing: list[bool] = []
        # The brackets found by str.find, one character after another, then put in text
        # order: the places a search of _BRACKET finds, without testing every character of
        # the paragraph against its class (few brackets in a paragraph; speed).
        places = []
        for bracket in _BRACKETS:
            at = text.find(bracket)
            while at >= 0:
                places.append(at)
                at = text.find(bracket, at + 1)
        places.sort()
        depth = 0
        for at in places:
            c = text[at]
            if c in "([{":
                depth += 1
            else:
                depth = max(depth - 1, 0)
            self.positions.append(at)
            self.after.append(depth)
            self.closing.append(c not in "([{")

    def __getitem__(self, index: int) -> int:
        j = bisect.bisect_left(self.positions, index)
        if j < len(self.positions) and self.positions[j] == index and self.closing[j]:
            return self.after[j]
        return self.after[j - 1] if j > 0 else 0


_FLAT = Depths("")  # the depths of a text without brackets: 0 everywhere


def _has_bracket(text: str) -> bool:
    """Whether *text* holds a character of :data:`_BRACKET` (what :class:`Depths` reads).

    >>> _has_bracket("40 hội (có 13 hội)"), _has_bracket("40 hội, có 13 hội")
    (True, False)
    """
    return "(" in text or ")" in text or "[" in text or "]" in text or "{" in text or "}" in text


def bracket_depths(text: str) -> Depths:
    """The bracket depth at any index of *text* (``depths[i]``).

    >>> d = bracket_depths("40 hội (có 13 hội)")
    >>> d[0], d[11], d[17]
    (0, 1, 0)

    Not to be modified: the depths of the last texts asked for are shared by the rules that
    read the same paragraph (found again by the text's identity, never by its content).
    """
    return remembered(_depths_of, text, Depths)


_depths_of: dict[int, tuple[str, Depths]] = {}
_spans_of: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of *text* (a full stop before a lower-case word
    ends none).

    >>> t = "Có 99 hội. Trong đó 40 hội cấp tỉnh."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Có 99 hội.', ' Trong đó 40 hội cấp tỉnh.']
    >>> t = "Có 99 hội (T.Ư 2 hội).Trong đó 40 hội cấp tỉnh."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Có 99 hội (T.Ư 2 hội).', 'Trong đó 40 hội cấp tỉnh.']

    Not to be modified (shared, as :func:`bracket_depths`).
    """
    return remembered(_spans_of, text, _sentences)


def by_sentence(
    spans: Sequence[tuple[int, int]], mentions: Sequence[Mention], base: int
) -> Iterator[tuple[int, int, list[Mention]]]:
    """Each sentence span ``(start, end)`` of *spans* with the mentions that start in it (the
    mentions in text order, their offsets *base* ahead of the spans').

    >>> from hoiquanchung.checker import extract
    >>> t = "Có 99 hội. Trong đó 40 hội cấp tỉnh."
    >>> [(a, b, [str(m.value) for m in ms])
    ...  for a, b, ms in by_sentence(sentence_spans(t), extract(t), 0)]
    [(0, 10, ['99']), (10, 36, ['40'])]
    """
    # The mentions of each sentence found by bisection on their starts, not tested one by one
    # (they are in text order; speed).
    k, count = 0, len(mentions)
    for s_start, s_end in spans:
        first = bisect.bisect_left(mentions, s_start + base, k, count, key=_start_of)
        k = bisect.bisect_left(mentions, s_end + base, k, count, key=_start_of)
        yield s_start, s_end, list(mentions[first:k]) if first < k else []


_start_of = operator.attrgetter("start")  # a mention's start (in C: no Python call; speed)


def _sentences(text: str) -> list[tuple[int, int]]:
    # The end marks found by str.find, the pattern matched at each in order: a match of
    # _SENTENCE_END starts on one of them and takes that one character alone (the rest is
    # looks around, which see the text before and after it as a search does), so these are
    # the matches finditer gives; the search would test every character of the paragraph
    # (speed).
    marks: list[int] = []
    for mark in _SENTENCE_MARKS:
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    out, start = [], 0
    if marks:
        marks.sort()
        match = _SENTENCE_END.match
        for at in marks:
            if match(text, at) is None:
                continue
            end = at + 1
            nxt = text[end : end + 2].lstrip()
            if nxt and (nxt[0].islower() or abbreviation_before(text, at)):
                continue  # "TP. Huế": an abbreviation before a name ends no sentence
            out.append((start, end))
            start = end
    if start < len(text):
        out.append((start, len(text)))
    return out


# The level of a council or a people's committee, not of the figure: "ứng cử đại biểu HĐND cấp
# tỉnh ... 7.448 người" counts the candidates of another election, not a provincial part.
# (Led by the first letters of the organs' names: searched in every clause before a level.)
_ORGAN_BEFORE = led_by(
    "HUủ",
    re.compile(
        r"(?:\bHĐND|\bUBND|\bhội\s+đồng\s+nhân\s+dân|\bủy\s+ban\s+nhân\s+dân|\buỷ\s+ban\s+nhân\s+dân)"
        r"(?:\s+các)?\s*\Z",
        re.IGNORECASE,
    ),
)


# A word every match of _ORGAN_BEFORE holds (lower case; str.lower maps every letter a case-blind
# search takes for one of its letters onto it).
_ORGAN_WORDS = ("hđnd", "ubnd", "nhân")
# Between the words of a level ("huyện, xã", "huyện và xã", "huyện - xã").
_LEVEL_SPLIT = re.compile(r"\s*,\s*|\s+và\s+|\s*-\s*|\s+")


def _level(window: str, folded: str | None = None) -> str | None:
    """The one level named in *window*, if exactly one is (*folded*: the window in lower case,
    when made).

    >>> _level("cấp tỉnh: 40 hội"), _level("đại biểu HĐND cấp tỉnh, tổng số")
    ('cấp tỉnh', None)
    """
    # The case-blind searches try every position: a level is matched only where "cấp" is in
    # the lower-case window (at the same offsets unless lowering changed its length; no letter
    # of "cấp" has a case twin), the organ before it looked for only when the window holds a
    # word every organ's name holds (speed).
    folded = window.lower() if folded is None else folded
    organs = any(word in folded for word in _ORGAN_WORDS)
    if len(folded) == len(window):
        levels: Iterable[re.Match[str]] = [
            m for m in map(_LEVEL.match, itertools.repeat(window), _starts(folded, "cấp")) if m
        ]
    else:
        levels = _LEVEL.finditer(window)
    found = {
        " ".join(_LEVEL_SPLIT.split(m.group(1).casefold()))
        for m in levels
        if not (organs and _ORGAN_BEFORE.search(window, 0, m.start()))
    }
    names = {_LEVEL_NAMES.get(k.replace("huyện xã", "huyện, xã"), "") for k in found}
    names.discard("")
    return names.pop() if len(names) == 1 else None


def _category(window: str, folded: str | None = None) -> str | None:
    """The one category named in *window* (*folded*: the window in lower case, when made).

    >>> _category("hội quần chúng khác"), _category("do Đảng giao nhiệm vụ, hội khác")
    ('khác', None)
    """
    folded = window.lower() if folded is None else folded
    # Each pattern searched only when its word is in the lower-case window (speed).
    found = [
        name
        for (name, pattern), word in zip(_CATEGORY, _CATEGORY_WORDS, strict=True)
        if word in folded and pattern.search(window)
    ]
    return found[0] if len(found) == 1 else None


def _starts(folded: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where *word* starts in ``folded[start:end]`` (whole), in order (overlapping ones too)."""
    end = len(folded) if end is None else end
    at = folded.find(word, start, end)
    while at >= 0:
        yield at
        at = folded.find(word, at + 1, end)


def _first_marker(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_PARTS_MARKER.search(text, start, end)``, tried only where a match can start: where
    one of :data:`_MARKER_STARTS` starts in the lower-case text (the search tries every t, b
    and g; the offsets are the text's unless lowering changed its length; speed).

    >>> _first_marker("Tổng 99 hội, TRONG ĐÓ 40 hội; gồm 2", 0, 35).group()
    'TRONG ĐÓ'
    """
    folded = lowered(text)
    if len(folded) != len(text):
        return _PARTS_MARKER.search(text, start, end)
    # Where the words start, found by str.find without generators (speed).
    places = []
    for word in _MARKER_STARTS:
        at = folded.find(word, start, end)
        while at >= 0:
            places.append(at)
            at = folded.find(word, at + 1, end)
    places.sort()
    for at in places:
        found = _PARTS_MARKER.match(text, at, end)
        if found is not None:
            return found
    return None


class FigureTables:
    """The figure table of the current section, fed one paragraph at a time.

    :meth:`feed` is idempotent per paragraph, so several rules may feed the same document's
    tables and share them; it returns the current section's :class:`SectionFigures`.
    """

    def __init__(self) -> None:
        self.current = SectionFigures(None)
        self._fed: int | None = None
        self._changed = False
        #: The measures the last paragraph fed added figures of.
        self.measures: set[str] = set()
        #: A list of parts on the lines below its total, while it is being read.
        self.open_list: OpenList | None = None
        #: What the rules reading these tables have reported, ``(code, offset of the total)``
        #: (a section is reconciled more than once; two rules never report one total twice).
        self.reported: set[tuple[str, int]] = set()
        # The running paragraph before a footnote body: its candidate figures by sentence and
        # its footnote references not yet matched with a body.
        self._anchor: list[tuple[TableFigure, bool]] = []
        self._refs: list[tuple[tuple[int, int], int]] = []
        self._last: tuple[Paragraph, tuple[Mention, ...]] | None = None
        #: The last sentence of the running paragraph right before the one fed last (its
        #: paragraph and figures), for a list that begins "Cụ thể," under its total.
        self.previous_sentence: tuple[Paragraph, tuple[Mention, ...]] | None = None
        #: A breakdown continuing the sentence of its total, while it is being read.
        self.continued: ContinuedBreakdown | None = None
        # The period the running text is of: the last one named in the section ("" before),
        # read lazily (:attr:`period`): the last one known and the parts of the text read
        # since, not yet searched (most paragraphs feed no figure to the table: their periods
        # are never needed, and those of the last one naming one are all that counts; speed).
        self._period = ""
        self._unread: list[tuple[str, int, int]] = []
        #: What rule 2 (``totals``) found in the last paragraphs it read, by their offset: the
        #: number of figures it read there, the places it reports and the computed values (read
        #: again by rule 2d, which never says the same twice; a few dozen paragraphs kept).
        self.rule_2: dict[int, tuple[int, set[tuple[int, int]], set[str]]] = {}
        #: The paragraph rule 2d's reading of accidents by mode read last, with its figures (a
        #: total stated there is broken down on the next line: see
        #: :mod:`hoiquanchung.checker._accident_modes`).
        self.accidents_last: tuple[Paragraph, Sequence[Mention]] | None = None

    def note_rule_2(self, paragraph: Paragraph, figures: int, findings: Sequence[Finding]) -> None:
        """Keep what rule 2 found in *paragraph*, where it read *figures* figures."""
        if len(self.rule_2) >= _RULE_2_KEPT:
            self.rule_2.clear()
        self.rule_2[paragraph.offset] = (
            figures,
            {(f.line, f.column) for f in findings if f.line is not None and f.column is not None},
            {f.computed for f in findings if f.computed is not None},
        )

    def _forget_old_reports(self) -> None:
        """Forget all of :attr:`reported` but the latest half of its bound, by offset, in
        place (a rule may hold the set)."""
        offsets = sorted(offset for _code, offset in self.reported)
        cut = offsets[len(offsets) - _REPORTED_KEPT // 2]
        self.reported.difference_update([key for key in self.reported if key[1] < cut])

    @property
    def changed(self) -> bool:
        """Whether the last paragraph fed added a figure to the current section."""
        return self._changed

    def feed(self, context: _HasParagraph) -> SectionFigures:
        """Read the figures of *context*'s paragraph into its section's table."""
        para = context.paragraph
        if self._fed == para.offset:
            return self.current
        self._fed = para.offset
        self._changed = False
        if len(self.reported) > _REPORTED_KEPT:
            self._forget_old_reports()
        if self.measures:  # (an empty set is kept: most paragraphs add nothing; speed)
            self.measures = set()
        if context.section != self.current.path:
            if self.current.untouched():
                # A heading with nothing read under it: the empty section takes the new path
                # (reports have many headings without figures; speed).
                self.current.path = context.section
            else:
                self.current = SectionFigures(context.section)
            self._anchor, self._refs = [], []
            self.continued = None
            self._period, self._unread = "", []
        if para.footnote:
            self._footnote(context)
            return self.current
        last, self.previous_sentence = self._last, None
        if last is not None and _just_below(last[0], para.line):
            self.previous_sentence = last
        if not context.mentions:
            # No figure: no sentence to split, no anchor for a footnote's examples (a footnote
            # referred to from here finds none, whatever its sentence).
            self._last = (para, ())
            self._anchor, self._refs = [], []
            self._advance_period(para.text, 0, len(para.text))
            return self.current
        spans = sentence_spans(para.text)
        tail = spans[-1][0] + para.offset if spans else para.offset
        self._last = (para, _from(context.mentions, tail))
        self._running(context, spans)
        return self.current

    @property
    def period(self) -> str:
        """The period the running text is of: the last one named in the section ("" before
        any). The parts of the text read since the last one known are searched now, the latest
        first, up to the first that names one (what reading them all in order would leave)."""
        unread = self._unread
        if unread:
            for text, start, end in reversed(unread):
                if may_contain_between(text, _PERIOD_WORDS, start, end):
                    named = period_in(text, start, end)
                    if named:
                        self._period = named[-1][1]
                        break
            unread.clear()  # in place: a caller may hold the list
        return self._period

    def _advance_period(self, text: str, start: int, end: int) -> None:
        """The running period after ``text[start:end]``: the last one it names, if any (kept
        to be searched when a figure needs it; past a bound, searched now: a bound on the
        memory)."""
        unread = self._unread
        unread.append((text, start, end))
        if len(unread) > _MAX_UNREAD:
            _ = self.period

    # ------------------------------------------------------------------ running text
    def _running(self, context: _HasParagraph, spans: Sequence[tuple[int, int]]) -> None:
        para, text = context.paragraph, context.paragraph.text
        self._anchor = []
        # A footnote reference is a run of BLANK characters: none, no search (it tries every
        # position, having no literal to look for first).
        self._refs = (
            [(s, m.start()) for s in spans for m in _FOOTNOTE_REF.finditer(text, *s)]
            if BLANK in text
            else []
        )
        mentions = [
            m
            for m in context.mentions
            if m.fraction is None and m.unit is not None and m.unit.casefold() not in _NOT_COUNTS
        ]
        if not mentions:
            self._advance_period(text, 0, len(text))
            return
        # A label needs one of its words: where they are, to read only the clauses they are in.
        words = _LabelWords(text)
        # The words every match of these searches holds: none in the paragraph, no search.
        marked = may_contain(text, _MARKER_WORDS)
        totals = may_contain(text, _TOTAL_WORDS)
        if not (marked or totals or words.starts or words.everywhere or self._refs):
            # No label word, no total word, no marker and no footnote: no figure of the
            # paragraph has a label (its own, its bracket owner's or its total's) or is marked a
            # total, so none enters the table and none is an anchor (speed).
            self._advance_period(text, 0, len(text))
            return
        changes = may_contain(text, _CHANGE_WORDS)
        # Where "tổng" may be: in the lower-case text at the same offsets, or anywhere when
        # lowering changed the length or a letter a case-blind search takes for an ASCII one is
        # there (as may_contain_between, made once a paragraph; speed).
        folded = lowered(text) if totals else ""
        loose = totals and (len(folded) != len(text) or has_case_twin(text))
        # No bracket in the paragraph: every depth is 0, none to find (the depths are made
        # only for a paragraph with one, by the first rule that needs them; speed).
        depth = bracket_depths(text) if _has_bracket(text) else _FLAT
        bracketed = bool(depth.positions)  # else every depth is 0
        labelled = bool(words.starts) or words.everywhere  # else no clause holds a label word
        base = para.offset
        everything = tuple(context.mentions)
        starts = [m.start - base for m in mentions]
        count = len(mentions)
        labels_of: dict[int, tuple[tuple[str, str], ...]] = {}
        dated = may_contain(text, _PERIOD_WORDS)
        unread = self._unread
        refs = self._refs
        for s_start, s_end in spans:
            first = bisect.bisect_left(starts, s_start)
            stop = bisect.bisect_left(starts, s_end)
            # The periods the sentence names: a figure is of the last one before it, or of the
            # running text's; the sentence's last one runs on.  Searched only when a figure of
            # the sentence enters the table (else the sentence is left unread, to be searched
            # if a later figure needs the running period; speed).
            periods: list[tuple[int, str]] | None = None
            if dated:
                unread.append((text, s_start, s_end))
            if first == stop:
                continue  # no figure in the sentence: its markers are not needed
            # The sentence's first marker ("trong đó", "gồm"), searched only when it holds a
            # marker's word ("trong" alone is common: "trong năm", "trong lĩnh vực"). No marker
            # in the sentence: no match of _MARKER_AFTER either (its words are the marker's,
            # with the same \b on each side and the same end of the sentence), so no figure of
            # it is marked a total by one.
            found = (
                _first_marker(text, s_start, s_end)
                if marked and may_contain_between(text, _MARKER_WORDS, s_start, s_end)
                else None
            )
            if not (
                refs
                or found is not None
                or (labelled and (words.everywhere or words.within(s_start, s_end)))
                or (totals and (loose or folded.find(_TOTAL_WORD, s_start, s_end) >= 0))
                or (bracketed and any(depth[starts[k]] > 0 for k in range(first, stop)))
            ):
                # No label word, no "tổng" and no marker's word in the sentence, no figure of it
                # in brackets (whose owner may have labels) and no footnote reference in the
                # paragraph: none of its figures has a label (a part's labels would be its
                # total's, in the sentence), none is marked a total, none enters the table or
                # is an anchor: what the loop below would find, each figure's labels none
                # (labels_of's default; speed).
                continue
            # Only the first marker of the sentence is read: one search, not every match (speed).
            marker_end, marker_start = (-1, -1) if found is None else (found.end(), found.start())
            for k in range(first, stop):
                m = mentions[k]
                a, b = m.start - base, m.end - base
                prev_end = mentions[k - 1].end - base if k > first else s_start
                clause = max(prev_end, s_start, a - _WINDOW)
                labels: dict[str, str] = {}
                # The clause after the figure ends before _after_limit: no label word before it or
                # after it, no label (what _labels would find without reading the clauses).
                if labelled:
                    # _after_limit and _clause_after, inline (one figure after another; speed).
                    limit = min(s_end, b + _WINDOW)
                    if k + 1 < count and mentions[k + 1].start - base < limit:
                        limit = mentions[k + 1].start - base
                    if words.around(clause, a, b, limit):
                        stops = _INSIDE_STOP if bracketed and depth[b] > 0 else _OUTSIDE_STOP
                        stop_at = stops.search(text, b, limit)
                        after_end = stop_at.start() if stop_at is not None else limit
                        before_start = _clause_start(text, clause, a)
                        window = text[before_start:a] + " " + text[b:after_end]
                        # The window in lower case, cut from the paragraph's (see
                        # _LabelWords.sliceable), not lowered again (speed).
                        if words.sliceable:
                            _FOLDED_WINDOW[0] = (
                                window,
                                words.folded[before_start:a] + " " + words.folded[b:after_end],
                            )
                        labels = dict(_labels_in(window))
                # Inside brackets: the labels of the figure the brackets follow.
                inside = depth[a] if bracketed else 0
                if inside > 0:
                    owner = _owner(text, a, depth, mentions, k, base)
                    if owner is not None:
                        for d, v in labels_of.get(owner, ()):
                            labels.setdefault(d, v)
                # After "trong đó" / "gồm": the labels of the total before the marker.
                # The first marker of the sentence, if it ends before the figure.
                if 0 <= marker_end <= a and inside == 0:
                    total = _total_before(mentions, first, k, marker_start, base, m)
                    if total is not None:
                        for d, v in labels_of.get(total, ()):
                            labels.setdefault(d, v)
                frozen = tuple(sorted(labels.items())) if labels else ()
                labels_of[k] = frozen
                if m.bound not in _TABLE_BOUND_MEMBERS:
                    continue
                wanted = bool(frozen) or bool(
                    (
                        totals
                        # The clause before the figure lies within text[clause:a]: no "tổng"
                        # there, no match (a search of the clause, and its copy, spared; speed).
                        and (loose or folded.find(_TOTAL_WORD, clause, a) >= 0)
                        and _total_before_in(_clause_before(text, clause, a), text, a, loose)
                        and not _item_cost(text, mentions, k, first, base)
                    )
                    or (found is not None and _MARKER_AFTER.match(text, b, s_end))
                )
                if not wanted and not self._refs:
                    continue  # neither in the table nor the anchor of a footnote's examples
                # A change ("tăng 3 hội") is no total or part: tested only now, for the few
                # figures that would enter the table or be an anchor (the tests above read
                # nothing it changes and have no effect; most figures stop before it; speed).
                if changes and _change_before(text, max(0, a - 20), a):
                    continue
                # Made without the constructor (no checks; speed): the object it makes.
                figure = _new(TableFigure)
                _tf_mention(figure, m)
                _tf_measure(figure, measure_of(m.unit or ""))
                _tf_labels(figure, frozen)
                _tf_paragraph(figure, para)
                _tf_sentence(figure, (s_start, s_end))
                _tf_neighbours(figure, everything)
                if periods is None:
                    if dated:
                        unread.pop()  # this sentence, searched here
                    running = self.period
                    periods = period_in(text, s_start, s_end) if dated else []
                    if periods:
                        self._period = periods[-1][1]
                period = running
                for end, named in periods:
                    if end > a:
                        break
                    period = named
                _tf_period(figure, period)
                if self._refs:  # the anchors are only read by the footnotes referred to here
                    self._anchor.append((figure, wanted))
                if wanted and self.current.add(figure):
                    self._changed = True
                    self.measures.add(figure.measure)
        if len(unread) > _MAX_UNREAD:
            _ = self.period  # searched now: a bound on the memory

    # ------------------------------------------------------------------ footnotes
    def _footnote(self, context: _HasParagraph) -> None:
        para, text = context.paragraph, context.paragraph.text
        if not self._refs:
            return
        (s_start, s_end), _at = self._refs.pop(0)
        if not _EXAMPLES.match(text):
            return  # a footnote that is not a list of examples ("Cấp tỉnh: có 13 tổ chức")
        anchors = {
            f.measure: (f, wanted)
            for f, wanted in self._anchor
            if f.sentence == (s_start, s_end) and f.mention.bound is Bound.EXACT
        }
        for m in context.mentions:
            if m.fraction is not None or m.unit is None or m.bound is not Bound.EXACT:
                continue
            measure = measure_of(m.unit)
            anchor = anchors.get(measure)
            if anchor is None:
                continue
            total, wanted = anchor
            if not wanted:
                if not self.current.add(total):
                    anchors.pop(measure)  # its key holds another figure: no examples of it
                    continue
                anchors[measure] = (total, True)
            elif total not in self.current.figures:
                continue
            labels = (*total.labels, ("examples", self.current.next_example()))
            part = _new(TableFigure)  # the constructor's object, without its checks (speed)
            _tf_mention(part, m)
            _tf_measure(part, measure)
            _tf_labels(part, tuple(sorted(labels)))
            _tf_paragraph(part, para)
            _tf_sentence(part, (0, len(text)))
            _tf_neighbours(part, ())
            _tf_period(part, total.period)
            if self.current.add(part):
                self._changed = True
                self.measures.add(measure)


def _just_below(above: Paragraph, line: int) -> bool:
    """Whether *line* is the line right after the last line of *above*
    (``line == above.line + 1 + above.text.count("\\n")``); the newlines are counted only
    when *line* is not the line after *above*'s first (one line: a test for a newline, which
    stops at the first; speed).

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 5 hội.")
    >>> _just_below(para, para.line + 1), _just_below(para, para.line + 2)
    (True, False)
    """
    gap = line - above.line - 1
    if gap == 0:
        return "\n" not in above.text
    return gap > 0 and above.text.count("\n") == gap


class _HasParagraph(Protocol):
    """What :meth:`FigureTables.feed` reads of a context (a
    :class:`~hoiquanchung.checker._context.ParagraphContext`)."""

    @property
    def paragraph(self) -> Paragraph: ...
    @property
    def mentions(self) -> Sequence[Mention]: ...
    @property
    def section(self) -> str | None: ...


# The words one of which every label holds (lower case): "cấp" for a level, "vụ" or "khác" for
# a category (what :func:`_labels` looks for before its searches).
_LABEL_WORDS = ("cấp", "vụ", "khác")


class _LabelWords:
    """Where the words of :data:`_LABEL_WORDS` are in a paragraph, to know which of its clauses
    may hold a label (:func:`_labels` finds none in a clause without one of them; speed).

    The words are found once in the paragraph's lower-case text; when lowering changed the
    length of the text (a rare letter such as ``İ``), positions are not comparable and every
    clause may hold a label.

    >>> words = _LabelWords("Có 40 hội cấp tỉnh, 5 hội viên")
    >>> words.within(0, 3), words.within(10, 19), words.within(11, 19)
    (False, True, False)
    """

    def __init__(self, text: str) -> None:
        folded = lowered(text)
        #: The paragraph in lower case.
        self.folded = folded
        self.everywhere = len(folded) != len(text)
        #: Whether the lower case of a part of the text is the same part of :attr:`folded`:
        #: when lowering kept the length, each character became one character, the same
        #: whatever is around it but for the capital sigma (its small form depends on the
        #: letters around it: the only such case of str.lower).
        self.sliceable = not self.everywhere and "\u03a3" not in text
        spans = []
        for word in _LABEL_WORDS:  # str.find, no generator (speed)
            size = len(word)
            at = folded.find(word)
            while at >= 0:
                spans.append((at, at + size))
                at = folded.find(word, at + 1)
        spans.sort()
        self.starts = [start for start, _end in spans]
        self.ends = [end for _start, end in spans]

    def within(self, start: int, stop: int) -> bool:
        """Whether a word lies whole within ``text[start:stop]`` (always, when positions are
        not comparable)."""
        if self.everywhere:
            return True
        k = bisect.bisect_left(self.starts, start)
        while k < len(self.starts) and self.starts[k] < stop:
            if self.ends[k] <= stop:
                return True
            k += 1
        return False

    def around(self, start: int, end: int, after: int, stop: int) -> bool:
        """``within(start, end) or within(after, stop)`` for *end* <= *after* (the clauses
        before and after a figure), with one search of the words' starts where it can.

        >>> words = _LabelWords("Có 40 hội cấp tỉnh, 5 hội viên")
        >>> words.around(0, 3, 5, 9), words.around(0, 3, 5, 19), words.around(10, 19, 19, 30)
        (False, True, True)
        """
        if self.everywhere:
            return True
        starts, ends = self.starts, self.ends
        count = len(starts)
        k = bisect.bisect_left(starts, start)
        while k < count and starts[k] < end:
            if ends[k] <= end:
                return True
            k += 1
        # Every start before k is before *end*, so before *after*: the search goes on from k.
        k = bisect.bisect_left(starts, after, k)
        while k < count and starts[k] < stop:
            if ends[k] <= stop:
                return True
            k += 1
        return False


# The last label window whose lower case was cut from its paragraph's (see
# _LabelWords.sliceable), with that lower case: read by _labels_in for the same window object
# (found by identity; one window kept).
_FOLDED_WINDOW: list[tuple[str, str]] = [("", "")]


def _labels_in(window: str) -> tuple[tuple[str, str], ...]:
    """The labels :func:`_labels` finds in *window* (a clause around one figure).

    Not remembered by the window's text: each figure has its own clauses, read once a document
    (a memo by content only paid off when the same document was read again, as a benchmark
    that repeats it does).

    >>> _labels_in("hội cấp tỉnh") == tuple(_labels("hội cấp tỉnh"))
    True
    """
    # What _labels yields, made without a generator and with the window lowered once (speed);
    # not lowered when its lower case was cut from the paragraph's (_FOLDED_WINDOW).
    known = _FOLDED_WINDOW[0]
    folded = known[1] if known[0] is window else window.lower()
    level = _level(window, folded) if "cấp" in folded else None
    category = _category(window, folded) if "vụ" in folded or "khác" in folded else None
    if category is None:
        return () if level is None else (("level", level),)
    if level is None:
        return (("category", category),)
    return (("level", level), ("category", category))


def _labels(window: str) -> Iterator[tuple[str, str]]:
    # The case-blind searches try every position: first the words they need, in lower case.
    folded = window.lower()
    level = _level(window, folded) if "cấp" in folded else None
    if level is not None:
        yield "level", level
    category = _category(window, folded) if "vụ" in folded or "khác" in folded else None
    if category is not None:
        yield "category", category


def _item_cost(text: str, mentions: Sequence[Mention], k: int, first: int, base: int) -> bool:
    """Whether the figure *k*, after *tổng* (*với tổng kinh phí*, *tổng số tiền*), is what the
    item counted right before it in the same clause cost, not a total of the section: "cất mới
    2.530 căn nhà đại đoàn kết với tổng kinh phí 73,87 tỷ đồng; sửa chữa 487 căn cho hộ nghèo,
    tổng số tiền 3,9 tỷ đồng; ..." lists uses side by side, none the total of the amounts by
    level raised before them.  (Marked as a total it still is when *trong đó* / *gồm* follows.)

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Tỉnh vận động được 199,12 tỷ đồng, trong đó cấp tỉnh 22,28 tỷ đồng, "
    ...            "cấp huyện 31,68 tỷ đồng, cấp xã 145,16 tỷ đồng. Quỹ đã cất mới 2.530 căn "
    ...            "nhà với tổng kinh phí 73,87 tỷ đồng; sửa chữa 487 căn, tổng số tiền 3,9 tỷ "
    ...            "đồng.")
    []
    """
    if k <= first:
        return False
    previous, this = mentions[k - 1], mentions[k]
    between = text[previous.end - base : this.start - base]
    if not _TOTAL_BEFORE.search(between) or any(c in between for c in ";()"):
        return False
    return measure_of(previous.unit or "") != measure_of(this.unit or "")


def _change_before(text: str, start: int, end: int) -> bool:
    """Whether ``_CHANGE.search(text, start, end)`` finds a change word right before *end*,
    matched only where one of :data:`_CHANGE_WORDS` starts in the lower-case text (every
    match starts with one; the search would try each position with a case-blind test; speed).

    >>> _change_before("tăng thêm 5 hội", 0, 10), _change_before("có 5 hội", 0, 3)
    (True, False)
    """
    places = word_starts(text, _CHANGE_WORDS, start, end)
    if places is None:
        return _CHANGE.search(text, start, end) is not None
    match = _CHANGE.match
    for at in places:  # noqa: SIM110 (a loop, not any() over a generator: speed)
        if match(text, at, end) is not None:
            return True
    return False


def _total_before_in(before: str, text: str, end: int, loose: bool) -> bool:
    """Whether ``_TOTAL_BEFORE.search(before)`` finds "tổng", *before* being the text of
    *text* that ends at *end* (a figure's clause before it): matched only where "tổng" starts
    in the paragraph's lower-case text, at the same offsets unless *loose* (lowering changed
    the length of the text, or a letter a case-blind search takes for an ASCII one is there:
    then the search).  Every match starts with "tổng"; the search would try each position of
    the clause with a case-blind test (speed).

    >>> t = "Tổng số hội là 99 hội"
    >>> _total_before_in(t[:15], t, 15, False), _total_before_in(t[8:15], t, 15, False)
    (True, False)
    """
    if loose:
        return _TOTAL_BEFORE.search(before) is not None
    start = end - len(before)
    folded = lowered(text)
    match = _TOTAL_BEFORE.match
    at = folded.find(_TOTAL_WORD, start, end)
    while at >= 0:
        if match(before, at - start) is not None:
            return True
        at = folded.find(_TOTAL_WORD, at + 1, end)
    return False


def _clause_before(text: str, start: int, end: int) -> str:
    """The clause before a figure: back to ``;``, a bracket or the previous figure."""
    return text[_clause_start(text, start, end) : end]


def _clause_start(text: str, start: int, end: int) -> int:
    """Where :func:`_clause_before` starts."""
    cut = max(text.rfind(";", start, end), text.rfind("(", start, end), text.rfind(")", start, end))
    return max(start, cut + 1)


# Where the complement after a figure ends: inside brackets and outside them.
_INSIDE_STOP = re.compile(r"[;()]")
_OUTSIDE_STOP = re.compile(r"[,;:()]")


def _clause_after(
    text: str,
    start: int,
    stop: int,
    depth: Depths,
    mentions: Sequence[Mention],
    k: int,
    base: int,
) -> str:
    """Right after a figure: its noun's complement, to the next boundary or figure.

    Inside brackets the complement runs over commas (a long name of the category).
    (:meth:`FigureTables._running` reads it inline; this is the reading it is held to.)
    """
    limit = _after_limit(start, stop, mentions, k, base)
    stop_at = (_INSIDE_STOP if depth[start] > 0 else _OUTSIDE_STOP).search(text, start, limit)
    return text[start : stop_at.start() if stop_at is not None else limit]


def _after_limit(start: int, stop: int, mentions: Sequence[Mention], k: int, base: int) -> int:
    """Where the clause after the *k*-th figure (ending at *start*) ends at the latest: the end
    of its sentence (*stop*), :data:`_WINDOW` characters on, or the next figure."""
    limit = min(stop, start + _WINDOW)
    if k + 1 < len(mentions):
        limit = min(limit, mentions[k + 1].start - base)
    return limit


def _owner(
    text: str, at: int, depth: Depths, mentions: Sequence[Mention], k: int, base: int
) -> int | None:
    """The index of the figure just before the bracket that holds ``text[at]`` (among the
    figures before the *k*-th), or ``None``."""
    floor = max(0, at - _WINDOW)  # a bracket opened further back has no owner worth reading
    # The last opening bracket after the floor, up to *at*, that is less deep than *at* (read
    # from the brackets' positions, not character by character); else the floor itself.
    # (The depth at an opening bracket is the depth after the bracket before it: what
    # ``depth[...]`` gives there, read without its search; speed.)
    opening = floor
    inside = depth[at]
    positions, after, closing = depth.positions, depth.after, depth.closing
    j = bisect.bisect_right(positions, at) - 1
    while j >= 0 and positions[j] > floor:
        if not closing[j] and (after[j - 1] if j > 0 else 0) < inside:
            opening = positions[j]
            break
        j -= 1
    if text[opening] not in "([{":
        return None
    outside = depth[opening]
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        end = mentions[j].end - base
        if end <= opening and depth[mentions[j].start - base] == outside:
            return j if text[end:opening].strip(" ,:\u2060") == "" else None
    return None


def _total_before(
    mentions: Sequence[Mention], first: int, k: int, marker_at: int, base: int, part: Mention
) -> int | None:
    """The index of the total of *part*: the last figure of its measure before the marker."""
    measure = measure_of(part.unit or "")
    before = first
    while before < k and mentions[before].end - base <= marker_at:
        before += 1  # the figures before the marker: few, the first marker of the sentence
        if before - first > _MAX_BEFORE_MARKER:
            return None
    for j in range(before - 1, max(first, before - _LOOKBACK) - 1, -1):
        if measure_of(mentions[j].unit or "") == measure:
            return j
    return None
