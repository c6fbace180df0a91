"""The packaged datasets: finding, loading, checking and rendering them (private)."""

from __future__ import annotations

import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Final, Literal

from hoiquanchung.errors import MissingDependencyError, NotFoundError, ValidationError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import (
    PopulationMeasure,
    Reconciliation,
    Report,
    Row,
    Status,
    check_structure,
    load_report,
    per_capita,
    reconcile_report,
)
from hoiquanchung.messages import error_text, fragment, wrong_type
from hoiquanchung.numbers import format_figure

if TYPE_CHECKING:
    from hoiquanchung.model import UnitRegistry

__all__ = ["available", "check", "load", "path", "render", "run_example"]

_PACKAGE = "hoiquanchung.datasets"

_SUFFIX = ".toml"


def available() -> tuple[str, ...]:
    """The names of the packaged datasets (``"hau-giang-2024"``), sorted."""
    root = resources.files(_PACKAGE)
    names = (
        entry.name.removesuffix(_SUFFIX).replace("_", "-")
        for entry in root.iterdir()
        if entry.name.endswith(_SUFFIX)
    )
    return tuple(sorted(names))


def path(name: str) -> Traversable:
    """The packaged file of dataset *name*; :class:`NotFoundError` lists the known names."""
    if name not in available():
        raise NotFoundError(error_text("no-dataset", name=name, available=", ".join(available())))
    return resources.files(_PACKAGE).joinpath(name.replace("-", "_") + _SUFFIX)


def load(name: str) -> Report:
    """Dataset *name* as a :class:`~hoiquanchung.indicators.Report`."""
    with path(name).open("rb") as fh:
        return load_report(tomllib.load(fh))


def check(
    report: Report | str, *, registry: UnitRegistry | Literal[False] | None = None
) -> Reconciliation:
    """Reconcile *report* (or dataset name) and check its structure against the units register.

    *registry*: a :class:`~hoiquanchung.model.UnitRegistry`; ``None`` uses the national one
    (needs the ``units`` extra: without it the structure is not checked, and an info finding
    ``structure-not-checked`` says so and what to install); ``False`` skips it.
    """
    if isinstance(report, str):
        report = load(report)
    if not isinstance(report, Report):
        raise ValidationError(
            wrong_type("report", fragment("dataset-or-report"), report),
            field="report",
        )
    from hoiquanchung.model import UnitRegistry

    if registry is not None and registry is not False and not isinstance(registry, UnitRegistry):
        raise ValidationError(
            wrong_type("registry", fragment("registry-or-none"), registry),
            field="registry",
        )
    result = reconcile_report(report)
    rows: list[Row] = []
    findings: list[Finding] = []
    if registry is not False and report.structure is not None:
        try:
            rows, findings = check_structure(report, registry)
        except MissingDependencyError as exc:
            # Said, not silently skipped: the reader must know the structure went unchecked.
            rows, findings = (
                [],
                [
                    Finding.create(
                        "structure-not-checked",
                        {"extra": exc.extra},
                        path=f"{report.structure.table} ({report.structure.province})",
                    )
                ],
            )
    checked = {(row.path, row.measure) for row in rows}
    others = tuple(row for row in result.rows if (row.path, row.measure) not in checked)
    return Reconciliation(rows=(*rows, *others), findings=(*findings, *result.findings))


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if n == 0:
            out.append("-+-".join("-" * w for w in widths))
    return out


_STATUS_EN: Final = {
    Status.CONSISTENT: "consistent",
    Status.OTHER_RULE: "consistent if truncated",
    Status.INCONSISTENT: "mismatch",
    Status.UNCHECKED: "—",
    Status.DERIVED: "derived",
}
_MEASURE_EN: Final = {
    PopulationMeasure.CENSUS: "census",
    PopulationMeasure.AVERAGE: "annual average",
    PopulationMeasure.REPORTED: "reported",
    PopulationMeasure.ESTIMATE: "estimate",
}


def render(report: Report, result: Reconciliation, *, lang: Literal["vi", "en"] = "vi") -> str:
    """The report's figures as a table (figure | stated | computed | status), then indicators
    per population measure, then the findings, in *lang* (``"vi"`` or ``"en"``).

    Section paths, labels and measures are the report's own words and stay Vietnamese; the
    stated figure is shown as the report wrote it.
    """
    if lang not in ("vi", "en"):
        raise ValidationError(error_text("language", lang=lang), field="lang")
    if not isinstance(report, Report):
        raise ValidationError(
            wrong_type("report", fragment("a-type", type="Report"), report),
            field="report",
        )
    if not isinstance(result, Reconciliation):
        raise ValidationError(
            wrong_type("result", fragment("a-type", type="Reconciliation"), result),
            field="result",
        )
    vi = lang == "vi"
    lines = [report.title, f"{'Nguồn' if vi else 'Source'}: {report.source}", ""]
    header = (
        ("Mục", "Số liệu", "Báo cáo ghi", "Tính lại", "Kết quả")
        if vi
        else ("Section", "Measure", "Stated", "Computed", "Status")
    )
    rows: list[tuple[str, ...]] = [header]
    for row in result.rows:
        stated = "" if row.stated is None else row.stated.text or row.stated.written()
        status = row.status if vi else _STATUS_EN.get(row.status, row.status)
        rows.append((row.path, row.measure, stated, row.computed or "", status))
    lines.extend(_table(rows))
    members = [
        f.stated.value
        for t in report.tables
        for f in t.figures
        if f.measure == "hội viên" and not f.at
    ]
    if members and report.populations:
        lines.append("")
        lines.append(
            "Hội viên trên 1.000 dân (theo từng loại số liệu dân số):"
            if vi
            else "Members per 1,000 inhabitants (for each population measure):"
        )
        for population in report.populations:
            value = per_capita(members[0], population)
            note = (
                ""
                if population.measure is PopulationMeasure.REPORTED
                else f" — {population.source}"
            )
            measure = population.measure.value if vi else _MEASURE_EN[population.measure]
            lines.append(
                f"  {format_figure(value.value(), lang=lang)} ({'dân số' if vi else 'population'} "
                f"{format_figure(population.value, lang=lang)}, {measure}{note})"
            )
    lines.append("")
    if result.findings:
        title = "Phát hiện" if vi else "Findings"
        lines.append(f"{title} ({len(result.findings)}):")
        lines.extend(f"  [{f.severity.value}] {f.render(lang)}" for f in result.findings)
    else:
        lines.append("Không có phát hiện." if vi else "No findings.")
    return "\n".join(lines)


def run_example(name: str = "hau-giang-2024", *, lang: Literal["vi", "en"] = "vi") -> str:
    """Load dataset *name*, reconcile it, check its structure, and render the result.

    This is what ``hoiquanchung example hau-giang-2024`` and ``examples/hau_giang_2024.py``
    print.
    """
    report = load(name)
    return render(report, check(report), lang=lang)
