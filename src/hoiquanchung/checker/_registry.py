"""The registry of the checker's rules: every :class:`Check`, in the order they run.

A rule is one module with a ``check_...(context)`` function and its ``CHECK``; adding one means
adding its ``CHECK`` here, its finding codes to the message catalogue
(``hoiquanchung/data/messages.toml``) and its tests (see the guide, *How to add a rule*).
:data:`RULES` (code → :class:`~hoiquanchung.checker.Rule`) is built from this list and the
catalogue, so the two cannot disagree.

>>> [check.name for check in CHECKS]  # doctest: +NORMALIZE_WHITESPACE
['dates', 'year-spans', 'malformed', 'fractions', 'rate-bases', 'part-of-whole', 'totals',
 'breakdowns', 'per-unit', 'numerator-totals', 'bullet-lists', 'section-totals', 'prize-grades',
 'paired-totals', 'changes', 'shares', 'words']
>>> RULES["parts-exceed-total"].severity
<Severity.WARNING: 'warning'>
>>> RULES["table-total-mismatch"].title_en
"A table's total cell differs from the sum of its part cells"
"""

from __future__ import annotations

import attrs

from hoiquanchung.checker import (
    _breakdowns,
    _bullet_lists,
    _changes,
    _dates,
    _malformed,
    _numerator_totals,
    _paired_totals,
    _part_of_whole,
    _per_unit,
    _prize_grades,
    _rate_bases,
    _rates,
    _section_totals,
    _shares,
    _tables,
    _totals,
    _words,
    _year_spans,
)
from hoiquanchung.checker._context import Check, ParagraphContext
from hoiquanchung.checker._rules import Rule
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.messages import FINDINGS

__all__ = ["CHECKS", "FEW_FIGURES", "MIN_FIGURES", "RULES", "WITHOUT_DIGITS", "WITHOUT_FIGURES"]


def _totals_noted(context: ParagraphContext) -> list[Finding]:
    """Rule 2's findings in the paragraph of *context*, kept in the document's figure tables
    for rule 2d (which would otherwise read the paragraph again to say nothing twice)."""
    found = list(_totals.check_totals(context))
    context.state.figures.note_rule_2(context.paragraph, len(context.mentions), found)
    return found


#: Every rule of the checker, in the order it runs on a paragraph (findings of one paragraph
#: come in this order before :func:`~hoiquanchung.findings.sort_findings`).
CHECKS: tuple[Check, ...] = (
    _dates.CHECK,
    _year_spans.CHECK,
    _malformed.CHECK,
    _rates.CHECK,
    _rate_bases.CHECK,
    _part_of_whole.CHECK,
    attrs.evolve(_totals.CHECK, run=_totals_noted),
    _breakdowns.CHECK,
    _per_unit.CHECK,
    _numerator_totals.CHECK,
    _bullet_lists.CHECK,
    _section_totals.CHECK,
    _prize_grades.CHECK,
    _paired_totals.CHECK,
    _changes.CHECK,
    _shares.CHECK,
    _words.CHECK,
)
#: The checks that also run on a paragraph without a digit (which can hold no figure).
WITHOUT_DIGITS: tuple[Check, ...] = tuple(check for check in CHECKS if check.every_paragraph)
#: The checks that run on a paragraph with a digit but no figure (a date, a malformed number).
WITHOUT_FIGURES: tuple[Check, ...] = tuple(check for check in CHECKS if not check.needs_figures)

# The rules that find nothing and change no state in a paragraph of fewer figures than these
# (each returns before anything else below that count: a total and two parts, a pair of
# figures, two shares, a numerator and its denominator).  The tests hold each rule to it.
MIN_FIGURES: dict[str, int] = {
    "breakdowns": 3,
    "changes": 3,
    "part-of-whole": 2,
    "numerator-totals": 2,
    "shares": 2,
}
#: The checks that run on a paragraph of one figure, and of two (``FEW_FIGURES[n - 1]``): those
#: of :data:`CHECKS` that may find something there (decided once, not a paragraph; speed).
FEW_FIGURES: tuple[tuple[Check, ...], ...] = tuple(
    tuple(check for check in CHECKS if MIN_FIGURES.get(check.name, 0) <= count)
    for count in range(1, max(MIN_FIGURES.values()))
)


def _rule(code: str, wording: str | None) -> Rule:
    entry = FINDINGS[code]
    worded = entry if wording is None else entry.variants[wording]
    assert entry.title_vi is not None  # the catalogue's loader checks it
    assert entry.title_en is not None
    return Rule(code, Severity(worded.severity or entry.severity), entry.title_vi, entry.title_en)


# The order of the documentation (rules 1, 1b, 1c, 2, 2b-2e, 3 to 5); a code not listed comes after.
_ORDER = (
    "fractions",
    "rate-bases",
    "part-of-whole",
    "totals",
    "breakdowns",
    "per-unit",
    "numerator-totals",
    "bullet-lists",
    "section-totals",
    "paired-totals",
    "shares",
    "malformed",
    "dates",
    "words",
)


def _rules() -> dict[str, Rule]:
    rank = {name: i for i, name in enumerate(_ORDER)}
    ordered = sorted(CHECKS, key=lambda check: rank.get(check.name, len(rank)))
    rules = {code: _rule(code, check.wording) for check in ordered for code in check.codes}
    # Rule 6 reads tables, not paragraphs: check_table, with codes of its own.
    rules.update((code, _rule(code, None)) for code in _tables.CODES)
    return rules


#: Every rule of the checker, by finding code (in the order of the documentation).
RULES: dict[str, Rule] = _rules()
