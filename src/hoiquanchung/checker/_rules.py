"""A rule of the checker by finding code, and the helpers that word and place a finding."""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

import attrs

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.indicators import StatedFigure, Verdict, compare
from hoiquanchung.messages import Fact, Localized
from hoiquanchung.numbers import DEFAULT_TOLERANCE, Bound, Quantity
from hoiquanchung.numbers._format import write_figure as write_number

if TYPE_CHECKING:
    from hoiquanchung.checker._mentions import Mention

__all__ = [
    "Rule",
    "Side",
    "make_finding",
    "sum_contradicts",
    "sum_of_terms",
    "total_mismatch",
    "write_number",
]

#: Where an exact sum of parts lies when it contradicts its total: ``"above"`` what the total
#: admits (wrong for any parts that do not overlap) or ``"below"`` it (wrong only when the parts
#: are the whole).
Side = Literal["above", "below"]

# Exact arithmetic, never the caller's decimal context.
_EXACT = decimal.Context(
    prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.Inexact]
)
# Bounds that say the true figure is the written one or more: no upper end.
_FROM_BELOW = frozenset({Bound.MORE_THAN, Bound.AT_LEAST})
# Bounds that say it is the written one or less: no lower end read (see sum_contradicts).
_FROM_ABOVE = frozenset({Bound.LESS_THAN, Bound.AT_MOST, Bound.NEARLY})


@attrs.frozen
class Rule:
    """One rule of the checker: its finding ``code``, usual ``severity`` and a short title.

    :data:`hoiquanchung.checker.RULES` holds one for every code the checker may emit, built from
    the message catalogue.

    >>> from hoiquanchung.checker import RULES
    >>> RULES["impossible-date"].severity
    <Severity.ERROR: 'error'>
    """

    code: str
    severity: Severity
    title_vi: str
    title_en: str


class FindingDetails(TypedDict, total=False):
    """What :func:`make_finding` passes on to :meth:`~hoiquanchung.findings.Finding.create`."""

    file: str | None
    severity: Severity | None
    variant: str | None
    stated: str | None
    computed: str | None
    stated_value: Decimal | None
    computed_value: Decimal | None


def make_finding(
    paragraph: Paragraph,
    index: int,
    code: str,
    facts: Mapping[str, Fact],
    **details: Unpack[FindingDetails],
) -> Finding:
    """A finding of rule *code* at ``paragraph.text[index]``, placed in the original text.

    Its messages are worded by the catalogue (:mod:`hoiquanchung.messages`) from *facts*; the
    *details* (file, severity, variant, stated and computed values) are the finding's own.
    """
    line, column = paragraph.position(index)
    return Finding.create(code, facts, line=line, column=column, **details)


def sum_of_terms(values: Iterable[Decimal]) -> Localized:
    """The terms of a sum as a reader writes them, in both languages.

    >>> sum_of_terms([Decimal(1200), Decimal("3.5")]).en
    '1,200 + 3.5'
    """
    listed = list(values)
    return Localized(
        " + ".join(write_number(v) for v in listed),
        " + ".join(write_number(v, "en") for v in listed),
    )


def total_mismatch(
    paragraph: Paragraph,
    index: int,
    total: Mention,
    computed: Decimal,
    terms: Localized,
    *,
    file: str | None,
    severity: Severity | None = None,
) -> Finding:
    """``total-mismatch`` (prose wording) at ``paragraph.text[index]``: the stated *total* is not
    the *computed* sum of *terms*. Without *severity*, the catalogue's."""
    unit = total.unit
    written = Localized(write_number(computed, "vi", unit), write_number(computed, "en", unit))
    return make_finding(
        paragraph,
        index,
        "total-mismatch",
        {"total": total.text, "terms": terms, "sum": written},
        variant="prose",
        file=file,
        severity=severity,
        stated=total.text,
        computed=write_number(computed, "vi", unit),
        stated_value=total.value,
        computed_value=computed,
    )


def sum_contradicts(
    total: Quantity, computed: Decimal, parts: Iterable[Quantity] = ()
) -> Side | None:
    """Whether the exact sum *computed* of a total's parts contradicts the *total* as written,
    qualifier and written precision together, and on which side: ``"above"``, ``"below"`` or
    ``None`` (no contradiction).  Every totals rule asks this one question; the caller decides
    what a side means for its list (parts above their total are wrong whenever the parts do
    not overlap; below it only when they are the whole).

    * An exact total (no qualifier): :func:`hoiquanchung.indicators.compare` at its written
      precision, other rounding rules tried (``14,6 tỷ đồng`` holds for 14.630.000.000 đồng).
    * *hơn X*, *trên X*, *X trở lên*, *ít nhất X* (a lower bound): only a sum below what rounds
      to *X* at its last written digit contradicts it (``hơn 9,1 tỷ`` holds for parts adding up
      to exactly 9,1 tỷ, even 9,05 tỷ: reports write *hơn* before a figure already rounded);
      never a sum above, however far (*hơn 1,2 tỷ* is written for 1,25 tỷ and for 1,9 tỷ alike).
    * *gần X*, *dưới X*, *tối đa X* (an upper bound): only a sum above what rounds to *X*
      (``gần 26 tỷ`` holds for 26,0 tỷ and for 26,4 tỷ, not for 26,6 tỷ); no sum below is read
      as a contradiction (how far under *X* a report's *gần* may be is not settled by usage).
    * Under a lower bound, the *parts* given are taken as rounded as they are written, by at
      most half a unit of the total's last digit: a sum of parts written to the whole *tỷ* under
      *hơn 5.583 tỷ* may reach what rounds to 5.583 tỷ (``2.942 tỷ + 2.640 tỷ`` make 5.582 as
      written, up to 5.583 as rounded).
    * An exact total and three or more *parts* all written with decimals at one resolution
      (statistics rounded to *0,1 nghìn tỷ*) are each rounded: their sum may miss the total by
      one unit of that last decimal (``370,5 + 751,9 + 235,4 = 1.357,8`` under *1.357,7 nghìn
      tỷ đồng*, Tổng cục Thống kê, 2023), never by more.
    * *khoảng X*, *ước X*, *xấp xỉ X* (about): only a sum more than the library's tolerance
      (:data:`~hoiquanchung.numbers.DEFAULT_TOLERANCE`, 10 % of *X*) beyond what rounds to *X*,
      either side (``khoảng 26 tỷ`` holds from 22,9 tỷ to 29,1 tỷ).

    >>> from hoiquanchung.numbers import parse_quantity as q
    >>> tỷ = 10**9
    >>> sum_contradicts(q("hơn 9,1 tỷ đồng"), Decimal("9.1") * tỷ) is None
    True
    >>> sum_contradicts(q("hơn 9,1 tỷ đồng"), Decimal("8.9") * tỷ)
    'below'
    >>> sum_contradicts(q("hơn 1,2 tỷ đồng"), Decimal("1.25") * tỷ) is None
    True
    >>> parts = [q("2.942 tỷ đồng"), q("2.640 tỷ đồng")]
    >>> sum_contradicts(q("hơn 5.583 tỷ đồng"), Decimal(5582) * tỷ) is None  # bare sum
    False
    >>> sum_contradicts(q("hơn 5.583 tỷ đồng"), Decimal(5582) * tỷ, parts) is None
    True
    >>> sum_contradicts(q("hơn 5.584 tỷ đồng"), Decimal(5582) * tỷ, parts)
    'below'
    >>> sum_contradicts(q("gần 26 tỷ đồng"), Decimal("26.4") * tỷ) is None
    True
    >>> sum_contradicts(q("gần 26 tỷ đồng"), Decimal("27") * tỷ)
    'above'
    >>> sum_contradicts(q("khoảng 300 hội viên"), Decimal(325)) is None
    True
    >>> sum_contradicts(q("khoảng 300 hội viên"), Decimal(340))
    'above'
    >>> sum_contradicts(q("96 chi hội"), Decimal(95))
    'below'
    >>> parts = [q("370,5 nghìn tỷ đồng"), q("751,9 nghìn tỷ đồng"), q("235,4 nghìn tỷ đồng")]
    >>> sum_contradicts(q("1.357,7 nghìn tỷ đồng"), Decimal("1357.8") * 10**12, parts) is None
    True
    >>> sum_contradicts(q("1.357,6 nghìn tỷ đồng"), Decimal("1357.8") * 10**12, parts)
    'above'
    """
    bound = total.bound
    if bound is Bound.EXACT:
        stated = StatedFigure.from_quantity(total)
        if compare(stated, computed).verdict is not Verdict.INCONSISTENT:
            return None
        if _rounded_alike(total, computed, parts):
            return None
        return "above" if computed > total.value else "below"
    low, high = total.interval()  # what rounds to the written figure
    if bound in _FROM_BELOW:
        slack = Decimal(0)
        for part in parts:  # each part's own rounding, half its written resolution
            slack = _EXACT.add(slack, _EXACT.divide(part.resolution, Decimal(2)))
        # At most half a unit of the total's last digit: "hơn 9,1 tỷ đồng, gồm ... 5 tỷ đồng;
        # ... 3,0 tỷ đồng" is short whatever "5 tỷ" may round.
        slack = min(slack, _EXACT.divide(total.resolution, Decimal(2)))
        return "below" if _EXACT.add(computed, slack) < low else None
    if bound in _FROM_ABOVE:
        return "above" if computed > high else None
    margin = _EXACT.multiply(total.value.copy_abs(), DEFAULT_TOLERANCE)  # Bound.ABOUT
    if computed > _EXACT.add(high, margin):
        return "above"
    if computed < _EXACT.subtract(low, margin):
        return "below"
    return None


def _rounded_alike(total: Quantity, computed: Decimal, parts: Iterable[Quantity]) -> bool:
    """Whether an exact *total* and three or more *parts*, all written with decimals at the
    total's resolution, may differ from the parts' sum *computed* by their rounding: by at most
    one unit of that last decimal (n rounded parts may miss their rounded sum by up to
    (n + 1) / 2 units; one unit is the discrepancy statistics offices publish).  Two parts one
    unit off stay an error: a report's writer most often adds the parts as written."""
    if total.decimals == 0:
        return False
    listed = list(parts)
    if len(listed) < 3 or any(
        p.decimals == 0 or p.resolution != total.resolution or p.bound is not Bound.EXACT
        for p in listed
    ):
        return False
    return _EXACT.subtract(computed, total.value).copy_abs() <= total.resolution
