"""Rule 2d: totals and their parts across the sentences and paragraphs of one section.

A report often states a total once and breaks it down later: "Tổng số hội trên địa bàn 99 hội
..., trong đó cấp tỉnh: 40 hội (có 13 tổ chức hội ... giao nhiệm vụ ...). Cấp huyện, xã: 59 hội
(có 28 hội ...)" and, in the next paragraph, "Hội quần chúng khác: ... 57 hội; trong đó ... cấp
tỉnh là 26 Hội; ... cấp huyện là 31 hội".  The rule keeps the section's figures as a table
(:mod:`hoiquanchung.checker._figures_table`: measure × level × category × examples) and
reconciles it with :func:`hoiquanchung.indicators.reconcile`, the same reconciliation as the
hand-built datasets: 13 + 28 + 57 = 98 hội, not the 99 stated (``total-mismatch``); at level
*cấp tỉnh*, 13 + 26 = 39, not 40; the examples of a footnote *Cụ thể như* (6 + 20 + 1 + ... = 38
dự án) more than the 31 they illustrate (``parts-exceed-total``, a warning, as in the rest of
the checker's prose rules).

Why it stays quiet on near-misses:

* a breakdown must be complete to be summed: the level dimension covers *tỉnh*, *huyện* and *xã*,
  the category dimension *giao nhiệm vụ* and *khác* (the rest).  Parts of an incomplete
  breakdown (two levels of three, the examples of *Cụ thể như*) are only checked not to exceed
  their total;
* only a figure with a label, after *tổng số* or right before *trong đó* / *gồm*, or with
  examples, enters the table; a figure stated twice under the same key is read once (the
  second may count another thing: a repeat is never a finding of this rule);
* a change (*tăng 3 hội*) is no total or part; nor are durations, dates and percentages;
* one figure by level in another sentence than a total is never reported as exceeding it (it
  more likely belongs to another total: *tổng số tiền 300 triệu đồng* granted, then *Quỹ cơ
  sở do cấp huyện ... quản lý 18,7 tỷ đồng*);
* a total and parts within one sentence are the business of rule 2 (``totals``): what that
  rule reports on the same figure is not reported twice.

The same rule also reads a total broken down by the sentence or the next-line paragraph that
opens with *Trong đó*, *Theo đó* or *Cụ thể*, and a fraction's numerator shared out by grade
with the figures after it: :mod:`hoiquanchung.checker._continued_totals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from hoiquanchung.checker import _continued_totals, _totals
from hoiquanchung.checker._context import Check, DocumentState, ParagraphContext, evolved
from hoiquanchung.checker._figures_table import FigureTables, SectionFigures, TableFigure
from hoiquanchung.checker._patterns import Gated
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators._reconcile import reconcile_totals

__all__ = ["CHECK", "check_section_totals"]

_CODES = ("total-mismatch", "parts-exceed-total")
# The prose rules' severity of a part exceeding its total (the catalogue's "prose" variant).
_SEVERITY = {"total-mismatch": Severity.ERROR, "parts-exceed-total": Severity.WARNING}


def check_section_totals(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2d once the paragraph of *context* is added to its section's table.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("1. Về tổ chức\\nTổng số 99 hội, trong đó cấp tỉnh: 40 hội.\\n"
    ...         "Cấp huyện, xã: 58 hội.")
    >>> [(f.code, f.line, f.column, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', 2, 9, '99 hội', '98 hội')]

    The paragraph is added at the call (a plain function, not a generator: none is made for
    the many paragraphs that add nothing to read; speed); the rest is read as the findings are
    asked for.
    """
    tables = context.state.figures
    section = tables.feed(context)
    if not context.mentions and tables.continued is None and not context.paragraph.footnote:
        # No figure and no list going on from the paragraph above: the rules below read
        # nothing here, and no list can open without a figure (speed).
        return _NOTHING
    return _section_findings(context, tables, section)


_NOTHING: Final[Iterator[Finding]] = iter(())


def _section_findings(
    context: ParagraphContext, tables: FigureTables, section: SectionFigures
) -> Iterator[Finding]:
    """The findings of :func:`check_section_totals` once its paragraph is fed."""
    yield from _continued_totals.check_continued(context)
    yield from _continued_totals.check_fraction_parts(context)
    if not tables.changed or not any(section.counts.get(m, 0) > 1 for m in tables.measures):
        return  # no figure added beside another of its measure: nothing new to reconcile
    # Only the measures whose figures or layout changed since they were last reconciled: the
    # others would give the findings they gave then, all settled (speed: a long section).
    layout = section.layout()
    stale = []
    for measure, count in section.counts.items():
        if count > 1 and section.reconciled.get(measure) != (layout, count):
            section.reconciled[measure] = (layout, count)
            stale.append(measure)
    if not stale:
        return
    # Only the findings about stated figures: the totals reconciliation derives beyond them
    # only add breakdown-conflict findings, which this rule keeps none of (speed).
    # Each period named apart, with the figures of no period named (figures of two periods are
    # never added together: a month's levels are no parts of the quarter's total).
    periods = sorted(section.periods) if section.periods else [None]
    findings = [f for p in periods for f in reconcile_totals(section.table(stale, p))]
    for finding in findings:
        if finding.code not in _CODES:
            continue  # a repeat or two derived totals: not read reliably enough from prose
        figure = section.locate(finding)
        if figure is None:
            continue
        if finding.code == "parts-exceed-total" and _lone_part_elsewhere(figure, section):
            continue
        if finding.code == "total-mismatch" and not figure.labels and _central_level(section):
            continue  # the levels of a whole system, the central fund named apart (T.Ư)
        if finding.code == "total-mismatch" and _parts_of_a_nearer_total(figure, section):
            continue
        key = (finding.code, figure.mention.start)
        if key in tables.reported:
            continue
        tables.reported.add(key)
        if _reported_in_sentence(figure, context, section):
            continue
        yield _placed(finding, figure, section, context.file)


# A central level's figure named without *cấp*: "nguồn vốn Quỹ HTND T.Ư đạt 732,759 tỷ đồng".
_CENTRAL_FIGURE = re.compile(
    r"(?<!\w)(?:T\.Ư|TƯ|Trung\s+ương)\s+(?:(?:đạt|là|có|được)\s+)?\d", re.IGNORECASE
)
# The same, tried only where one of its words starts in the lower-case paragraph (the search
# tries every position of every paragraph of the section; speed).
_CENTRAL_FIGURE_AT = Gated(_CENTRAL_FIGURE, ("t.ư", "tư", "trung"))


def _central_level(section: SectionFigures) -> bool:
    """Whether a paragraph of *section* gives a figure to a central level named without *cấp*
    (*Quỹ HTND T.Ư đạt 732,759 tỷ đồng*): the section's levels *tỉnh*, *huyện*, *xã* are then
    not the whole of a total of the whole system (*tổng nguồn vốn Quỹ HTND toàn hệ thống Hội
    đạt 3.624,255 tỷ đồng*; danviet.vn, 2020).

    >>> bool(_CENTRAL_FIGURE.search("nguồn vốn Quỹ HTND T.Ư đạt 732,759 tỷ đồng"))
    True
    >>> bool(_CENTRAL_FIGURE.search("thực hiện Kết luận 102-KL/TW của Bộ Chính trị"))
    False
    >>> bool(_CENTRAL_FIGURE.search("giao nhiệm vụ ở Trung ương, Hướng dẫn số 03-HD/TU"))
    False
    """
    seen: set[int] = set()
    for f in section.figures:
        paragraph = f.paragraph
        if paragraph.offset in seen:
            continue
        seen.add(paragraph.offset)
        if _CENTRAL_FIGURE_AT.search(paragraph.text, 0, len(paragraph.text)):
            return True
    return False


def _figures_below(total: TableFigure, section: SectionFigures) -> list[TableFigure]:
    """The figures of *section* below *total*: its measure, its labels and more."""
    below = set(total.labels)
    return [
        f
        for f in section.figures
        if f is not total and f.measure == total.measure and below < set(f.labels)
    ]


def _lone_part_elsewhere(total: TableFigure, section: SectionFigures) -> bool:
    """Whether the figures of the section below *total* (its measure, its labels and more)
    are one figure in another sentence: "4/10 huyện ... được ngân sách địa phương cấp cho quỹ
    với tổng số tiền 300 triệu đồng. Quỹ cơ sở do cấp huyện, thành, thị quản lý 18,7 tỷ đồng"
    (corpus hnd-2013-quyhtnd-300trieu: what the districts granted, then what they manage of
    the whole fund).  One figure that names a level is weak evidence that it breaks down a
    total stated apart from it, and larger than that total it more likely belongs to another:
    never reported as exceeding it."""
    parts = _figures_below(total, section)
    return len(parts) == 1 and (parts[0].paragraph.offset, parts[0].sentence) != (
        total.paragraph.offset,
        total.sentence,
    )


def _parts_of_a_nearer_total(total: TableFigure, section: SectionFigures) -> bool:
    """Whether the figures below *total* (its measure, its labels and more) all stand in one
    sentence other than its own, after a figure of the same unit that is none of them: they
    break down that nearer figure, which is rule 2's to read.  "Tính đến ngày 31/5/2024, tổng
    nguồn vốn Quỹ HTND toàn tỉnh quản lý là 90.587,54 triệu đồng, trong đó ... Từ đầu năm đến
    nay, Quỹ HTND các cấp tăng 6.910 triệu đồng, ..., trong đó: ...; nguồn vận động, bổ sung
    1.091,1 triệu đồng, trong đó cấp tỉnh bổ sung 251,36 triệu đồng; cấp huyện ... 137,4 triệu
    đồng; cấp xã ... 702,4 triệu đồng" (Quỹ Hỗ trợ nông dân Bình Định, 2024; a hunt on unseen
    text): the levels make the 1.091,1, not the fund's 90.587,54.  Parts spread over several
    sentences (the reference document's 99 hội) are read as before."""
    parts = _figures_below(total, section)
    if len(parts) < 2:
        return False
    paragraph, sentence = parts[0].paragraph, parts[0].sentence
    if any(f.paragraph is not paragraph or f.sentence != sentence for f in parts):
        return False
    if total.paragraph is paragraph and total.sentence == sentence:
        return False
    base = paragraph.offset
    first = min(f.mention.start for f in parts)
    own = {id(f.mention) for f in parts}
    unit = parts[0].mention.unit
    return any(
        id(m) not in own and m.unit == unit and sentence[0] <= m.start - base and m.start < first
        for m in parts[0].neighbours
    )


def _placed(
    finding: Finding, figure: TableFigure, section: SectionFigures, file: str | None
) -> Finding:
    line, column = figure.paragraph.position(figure.mention.start - figure.paragraph.offset)
    return evolved(
        finding,
        severity=_SEVERITY[finding.code],
        file=file,
        line=line,
        column=column,
        path=finding.path if section.path is not None else None,
    )


def _reported_in_sentence(
    figure: TableFigure, context: ParagraphContext, section: SectionFigures
) -> bool:
    """Whether rule 2 reports on the same total within its sentence (never say it twice)."""
    paragraph = figure.paragraph
    line, column = paragraph.position(figure.mention.start - paragraph.offset)
    key = (paragraph.offset, len(figure.neighbours))
    found = section.sentence_findings.get(key)
    if found is None:
        # What rule 2 found when it read the paragraph (the same figures: the same findings),
        # else read it again.
        noted = context.state.figures.rule_2.get(paragraph.offset)
        if noted is not None and noted[0] == len(figure.neighbours):
            found = (noted[1], noted[2])
        else:
            found = _rule_2(figure, context)
        section.sentence_findings[key] = found
    places, computed = found
    return (line, column) in places or figure.mention.text in computed


def _rule_2(
    figure: TableFigure, context: ParagraphContext
) -> tuple[set[tuple[int, int]], set[str]]:
    """Where rule 2 reports in the paragraph of *figure* and the computed values it reports."""
    paragraph = figure.paragraph
    own = ParagraphContext(
        paragraph=paragraph,
        mentions=figure.neighbours,
        dates=(),
        errors=(),
        state=DocumentState(),
        file=context.file,
        section=context.section,
    )
    places: set[tuple[int, int]] = set()
    computed: set[str] = set()
    for found in _totals.check_totals(own):
        if found.line is not None and found.column is not None:
            places.add((found.line, found.column))
        if found.computed is not None:
            computed.add(found.computed)
    return places, computed


#: Rule section-totals: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("section-totals", check_section_totals, _CODES, wording="prose")
