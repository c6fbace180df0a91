"""Checking a report's administrative structure against a register of units.

"Tỉnh Hậu Giang hiện có 02 thành phố, 01 thị xã, 05 huyện, với 75 xã, phường, thị trấn": the
figures of a report's :class:`Structure` table are compared with the units the register has for
that province on that date.  A measure ``"đơn vị cấp huyện"`` counts units of that level
(:class:`~hoiquanchung.model.AdminLevel` value after ``"đơn vị cấp "``); a coordinate whose value
is a unit type (``"thành phố"``, ``"thị xã"``, ``"huyện"``) narrows the count to that type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoiquanchung._catalogue import a_type, error_text, wrong_type
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators._reconcile import Report, Row, Status
from hoiquanchung.indicators._stated import Verdict, compare
from hoiquanchung.indicators._text import write
from hoiquanchung.model import AdminLevel, UnitType

if TYPE_CHECKING:
    from hoiquanchung.model import UnitRegistry

__all__ = ["check_structure"]

_PREFIX = "đơn vị cấp "


def check_structure(
    report: Report, registry: UnitRegistry | None = None
) -> tuple[list[Row], list[Finding]]:
    """Compare the report's structure figures with *registry* (default: the national one).

    Returns a row per figure (stated, count in the register, status) and a
    ``structure-mismatch`` finding per figure that differs.  A report without a structure
    gives two empty lists.

    >>> from hoiquanchung.datasets import load
    >>> rows, findings = check_structure(load("hau-giang-2024"))
    >>> for row in rows:
    ...     print(row.label, "|", row.stated.text, "|", row.computed, "|", row.status)
    thành phố | 02 thành phố | 2 đơn vị cấp huyện | khớp
    thị xã | 01 thị xã | 1 đơn vị cấp huyện | khớp
    huyện | 05 huyện | 5 đơn vị cấp huyện | khớp
    tổng số | 75 | 75 đơn vị cấp xã | khớp
    >>> findings
    []
    """
    if not isinstance(report, Report):
        raise ValidationError(
            wrong_type("report", a_type("Report"), report),
            field="report",
        )
    if report.structure is None:
        return [], []
    if registry is None:
        from hoiquanchung.model import default_registry

        registry = default_registry()
    claim = report.structure
    table = report.table(claim.table)
    province = registry.find(claim.province, on=claim.as_of)
    rows: list[Row] = []
    findings: list[Finding] = []
    for fig in table.figures:
        if not fig.measure.startswith(_PREFIX):
            raise ValidationError(
                error_text("structure-measure", measure=fig.measure),
                path=f"{table.name} > {fig.measure}",
            )
        where = f"{table.name} > {fig.measure}"
        try:
            level = AdminLevel(fig.measure.removeprefix(_PREFIX))
        except ValueError:
            known = ", ".join(repr(_PREFIX + lv.value) for lv in AdminLevel)
            raise ValidationError(
                error_text("structure-unknown-level", measure=fig.measure, known=known), path=where
            ) from None
        types = []
        for _, value in fig.at:
            try:
                types.append(UnitType(value))
            except ValueError:
                raise ValidationError(
                    error_text("structure-unit-type", value=value), path=where
                ) from None
        counts = registry.type_counts(province, on=claim.as_of, level=level)
        actual = sum(n for t, n in counts.items() if not types or t in types)
        label = table.label(table.coords(fig))
        comparison = compare(fig.stated, actual)
        finding = comparison.to_finding(
            label=f"{label} ({fig.measure})",
            path=f"{fig.stated.path} > {label}",
            code="structure-mismatch",
        )
        if finding is not None:
            findings.append(finding)
        rows.append(
            Row(
                path=f"{fig.stated.path} > {label}",
                label=label,
                measure=fig.measure,
                stated=fig.stated,
                computed=write(actual, "vi", fig.measure),
                status=Status.CONSISTENT
                if comparison.verdict is Verdict.CONSISTENT
                else Status.INCONSISTENT,
            )
        )
    return rows, findings
