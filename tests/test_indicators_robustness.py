"""Junk into every public constructor and function of hoiquanchung.indicators: only the
library's errors escape, and text is NFC-normalised at every boundary."""

from __future__ import annotations

import datetime as dt
import decimal
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest

from hoiquanchung.datasets import run_example
from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators import (
    Dimension,
    Figure,
    PerCapita,
    PointChange,
    Population,
    PopulationMeasure,
    Rate,
    RateFigure,
    Report,
    StatedFigure,
    Structure,
    Table,
    absolute_change,
    check_structure,
    compare,
    crosstab,
    load_report,
    per_capita,
    point_change,
    reconcile,
    reconcile_report,
    relative_change,
    shares,
    tally_table,
)
from hoiquanchung.numbers import Bound

ONE = StatedFigure(Decimal(1))
POP = Population(1000, PopulationMeasure.REPORTED, "x")

BAD_CALLS: list[tuple[str, Callable[[], object]]] = [
    ("unit", lambda: StatedFigure(Decimal(1), unit=5)),
    ("text", lambda: StatedFigure(Decimal(1), text=b"x")),
    (
        "tolerance",
        lambda: compare(StatedFigure(Decimal(100), bound=Bound.ABOUT), 95, tolerance=0.1),  # type: ignore[arg-type]
    ),
    ("tolerance", lambda: StatedFigure(Decimal(100), bound=Bound.ABOUT).admits(tolerance=0.1)),  # type: ignore[arg-type]
    ("other_rules", lambda: compare(StatedFigure(Decimal(3)), 95, other_rules=("x",))),  # type: ignore[arg-type]
    ("complete", lambda: Dimension("a", ["x"], complete="no")),  # type: ignore[arg-type]
    ("label", lambda: Dimension("a", ["x"], label=5)),
    ("stated", lambda: Figure(5, measure="hội")),  # type: ignore[arg-type]
    ("label", lambda: Figure(ONE, measure="hội", label=5)),
    ("figures", lambda: Table(name="t", path="p", figures=[5])),  # type: ignore[list-item]
    ("dimensions", lambda: Table(name="t", path="p", dimensions=[5])),  # type: ignore[list-item]
    ("figures", lambda: Table(name="t", path="p", figures=5)),  # type: ignore[arg-type]
    ("tables", lambda: Report(title="t", tables=[5])),  # type: ignore[list-item]
    ("rates", lambda: Report(title="t", rates=[5])),  # type: ignore[list-item]
    ("populations", lambda: Report(title="t", populations=[5])),  # type: ignore[list-item]
    ("structure", lambda: Report(title="t", structure=5)),  # type: ignore[arg-type]
    ("as_of", lambda: Structure(province="p", as_of="2024-01-01", table="t")),  # type: ignore[arg-type]
    ("stated", lambda: RateFigure(label="x", stated=5)),  # type: ignore[arg-type]
    (
        "denominator",
        lambda: RateFigure(
            label="x", stated=ONE, numerator=ONE, denominator=StatedFigure(Decimal(0))
        ),
    ),
    ("report", lambda: reconcile(5)),  # type: ignore[arg-type]
    ("report", lambda: reconcile_report("abc")),  # type: ignore[arg-type]
    ("report", lambda: check_structure(5)),  # type: ignore[arg-type]
    ("after", lambda: PointChange(Rate(1, 2), 5)),  # type: ignore[arg-type]
    ("measure", lambda: Population(5, "x", "s")),  # type: ignore[arg-type]
    ("as_of", lambda: Population(5, PopulationMeasure.REPORTED, "s", "2019")),  # type: ignore[arg-type]
    ("population", lambda: PerCapita(5, 5)),  # type: ignore[arg-type]
    ("population", lambda: per_capita(5, 5)),  # type: ignore[arg-type]
    ("associations", lambda: crosstab(5)),  # type: ignore[arg-type]
    ("tallies", lambda: tally_table(5)),  # type: ignore[arg-type]
    ("parts", lambda: shares({"Ho\u0300i": 1, "Hòi": 2})),
]


@pytest.mark.parametrize(
    ("field", "call"), BAD_CALLS, ids=[f"{i}-{f}" for i, (f, _) in enumerate(BAD_CALLS)]
)
def test_bad_input_is_a_validation_error_naming_the_field(
    field: str, call: Callable[[], object]
) -> None:
    with pytest.raises(ValidationError, match=field):
        call()


def _decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_text_is_nfc_at_every_boundary() -> None:
    dim = Dimension(
        _decomposed("cấp"), [_decomposed("cấp tỉnh")], label=_decomposed("cấp"), label_en="level"
    )
    assert dim.name == "cấp"
    assert dim.values == ("cấp tỉnh",)
    assert dim.label == "cấp"
    fig = Figure(ONE, measure=_decomposed("hội"), label=_decomposed("tổng số hội"))
    assert fig.label == "tổng số hội"
    rate = RateFigure(label="x", stated=ONE, path=_decomposed("II.4.3 Tham gia"))
    assert rate.path == "II.4.3 Tham gia"
    assert list(shares({_decomposed("cấp tỉnh"): 1})) == ["cấp tỉnh"]
    report = Report(title="t", meta={_decomposed("nguồn"): _decomposed("Tỉnh ủy")})
    assert report.meta == {"nguồn": "Tỉnh ủy"}


def test_tolerance_accepts_exact_values() -> None:
    about = StatedFigure(Decimal(100), bound=Bound.ABOUT)
    assert compare(about, 95, tolerance=Fraction(1, 20)).ok
    assert not compare(about, 94, tolerance=Decimal("0.05")).ok


def test_structure_with_unknown_level_or_type_is_a_validation_error() -> None:
    pytest.importorskip("vietnam_provinces")
    for measure, at in (("đơn vị cấp trời", {}), ("đơn vị cấp huyện", {"loại": "làng"})):
        data = {
            "meta": {"title": "x"},
            "structure": {"province": "Hậu Giang", "as_of": dt.date(2024, 6, 17), "table": "S"},
            "table": [
                {
                    "name": "S",
                    "dimensions": [{"name": "loại", "values": ["làng", "huyện"]}],
                    "figures": [{"text": "5", "measure": measure, "at": at}],
                }
            ],
        }
        with pytest.raises(ValidationError, match="S"):
            check_structure(load_report(data))


HOSTILE = [
    decimal.Context(prec=3, rounding=decimal.ROUND_DOWN),
    decimal.Context(prec=5, rounding=decimal.ROUND_CEILING, traps=[decimal.Inexact]),
]


def _results() -> list[str]:
    big = Decimal("123456789012345678901234567890123")
    c = compare(StatedFigure(big), int(big) + 1)
    out = [run_example("hau-giang-2024"), run_example("hau-giang-2024", lang="en")]
    out.append(repr((c.verdict, c.difference, c.expected, c.to_finding(label="x"))))
    wide = absolute_change(Decimal("12345678901234567890123456789.5"), 1)
    out.append(repr((wide + absolute_change(10**33, 2)).value))
    out.append(StatedFigure(Decimal("140457182000.55"), resolution=Decimal("0.1")).written("en"))
    out.append(
        repr(StatedFigure(big, resolution=Decimal("0.1234567890123456789012345678900")).decimals)
    )
    out.append(repr(shares([1, 2, 3, 10**40])))
    out.append(repr(relative_change(3, Decimal("7.123456789012345678901234567891")).percent(5)))
    out.append(repr(point_change(Rate(1, 3), Rate(2, 3)).points(30)))
    return out


@pytest.mark.parametrize("context", HOSTILE, ids=["prec3-down", "prec5-ceiling-inexact"])
def test_results_do_not_depend_on_the_callers_decimal_context(context: decimal.Context) -> None:
    expected = _results()
    with decimal.localcontext(context):
        assert _results() == expected


def test_datasets_functions_refuse_junk() -> None:
    from hoiquanchung.datasets import check, load, render

    report = load("hau-giang-2024")
    result = check(report, registry=False)
    with pytest.raises(ValidationError, match="report"):
        render(5, result)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="result"):
        render(report, 5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="registry"):
        check(report, registry=5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="report"):
        check(5)  # type: ignore[arg-type]
