"""Chỉ tiêu (indicators): rates, stated figures, shares, growth, per-capita and reconciliation.

Everything here is exact: counts are ``int``, money ``int`` or ``Decimal``, fractions are kept
whole and rounded only when written, by an explicit rule (half up by default).

>>> from decimal import Decimal
>>> Rate(113453, 151530).percent()
Decimal('74.87')
>>> compare(StatedFigure.parse("91,53%"), Rate(515, 565)).verdict.value
'inconsistent'
>>> shares([40, 59])
(Decimal('40.40'), Decimal('59.60'))
"""

from __future__ import annotations

from hoiquanchung.indicators._crosstab import NO_UNIT, CrossTab, crosstab, tally_table
from hoiquanchung.indicators._growth import (
    AbsoluteChange,
    PointChange,
    RelativeChange,
    absolute_change,
    point_change,
    relative_change,
)
from hoiquanchung.indicators._list_check import ListCheckRow, ListComparison, compare_with_list
from hoiquanchung.indicators._load import load_report, load_report_file
from hoiquanchung.indicators._population import (
    PerCapita,
    Population,
    PopulationMeasure,
    per_capita,
    population_share,
)
from hoiquanchung.indicators._rate import Rate, as_fraction
from hoiquanchung.indicators._reconcile import (
    Dimension,
    Figure,
    RateFigure,
    Reconciliation,
    Report,
    Row,
    Status,
    Structure,
    Table,
    reconcile,
    reconcile_report,
)
from hoiquanchung.indicators._shares import shares
from hoiquanchung.indicators._stated import (
    APPROXIMATION,
    OTHER_RULES,
    Comparison,
    StatedFigure,
    Verdict,
    compare,
)
from hoiquanchung.indicators._structure import check_structure

__all__ = [
    "APPROXIMATION",
    "AbsoluteChange",
    "Comparison",
    "CrossTab",
    "Dimension",
    "Figure",
    "ListCheckRow",
    "ListComparison",
    "NO_UNIT",
    "OTHER_RULES",
    "PerCapita",
    "PointChange",
    "Population",
    "PopulationMeasure",
    "Rate",
    "RateFigure",
    "Reconciliation",
    "RelativeChange",
    "Report",
    "Row",
    "StatedFigure",
    "Status",
    "Structure",
    "Table",
    "Verdict",
    "absolute_change",
    "as_fraction",
    "check_structure",
    "compare",
    "compare_with_list",
    "crosstab",
    "load_report",
    "load_report_file",
    "per_capita",
    "point_change",
    "population_share",
    "reconcile",
    "reconcile_report",
    "relative_change",
    "shares",
    "tally_table",
]
