"""Reconciliation: trees and cubes of totals, cross-breakdowns, partial breakdowns."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import LoadError, NotFoundError, ValidationError
from hoiquanchung.findings import Severity
from hoiquanchung.indicators import (
    Dimension,
    Figure,
    RateFigure,
    Report,
    StatedFigure,
    Status,
    Table,
    load_report,
    reconcile,
    reconcile_report,
)
from hoiquanchung.numbers import Bound

PATH = "II.1.1 Về tổ chức"


def fig(value: int | str, measure: str = "hội", **at: str) -> Figure:
    stated = StatedFigure.parse(value) if isinstance(value, str) else StatedFigure(value)
    return Figure(stated, measure=measure, at=at)


Tree = tuple[Dimension, dict[str | None, int], dict[str, str | None]]


# --- random trees ----------------------------------------------------------------------------


@st.composite
def trees(draw: st.DrawFn) -> tuple[Dimension, dict[str | None, int], dict[str, str | None]]:
    """A hierarchical dimension, a value for every node (internal = sum) and parent links."""
    counter = iter(range(10**6))
    children: dict[str, tuple[str, ...]] = {}
    parent: dict[str, str | None] = {}

    def grow(node: str | None, depth: int) -> list[str]:
        width = draw(st.integers(min_value=1, max_value=4))
        kids = [f"n{next(counter)}" for _ in range(width)]
        for kid in kids:
            parent[kid] = node
            if depth < 3 and draw(st.booleans()):
                children[kid] = tuple(grow(kid, depth + 1))
        return kids

    top = grow(None, 1)
    dim = Dimension("unit", tuple(top), children=children)
    values: dict[str | None, int] = {}

    def value(node: str | None) -> int:
        kids = dim.parts(node)
        if not kids:
            values[node] = draw(st.integers(min_value=0, max_value=10**6))
        else:
            values[node] = sum(value(k) for k in kids)
        return values[node]

    value(None)
    return dim, values, parent


def _table(dim: Dimension, values: dict[str | None, int], stated: set[str | None]) -> Table:
    figures = []
    for node, v in values.items():
        if node in stated:
            at = {} if node is None else {"unit": node}
            figures.append(Figure(StatedFigure(v), measure="người", at=at))
    return Table(name="T", path="P", dimensions=(dim,), figures=figures)


def _label(node: str | None) -> str:
    return "P > " + ("tổng số" if node is None else node)


@given(trees(), st.data())
def test_a_tree_built_from_its_parts_reconciles(tree: Tree, data: st.DataObject) -> None:
    dim, values, _ = tree
    stated = {n for n in values if n is None or data.draw(st.booleans())}
    assert reconcile(_table(dim, values, stated)) == []


@given(trees(), st.data())
def test_changing_one_leaf_gives_findings_exactly_along_its_path(
    tree: Tree, data: st.DataObject
) -> None:
    dim, values, parent = tree
    leaves = [n for n in values if n is not None and not dim.parts(n)]
    internal = [n for n in values if n is not None and dim.parts(n)]
    stated_internal = {n for n in internal if data.draw(st.booleans())}
    stated = {None, *leaves, *stated_internal}
    leaf = data.draw(st.sampled_from(leaves))
    delta = data.draw(st.integers(min_value=-values[leaf], max_value=10**6).filter(bool))
    changed = dict(values)
    changed[leaf] += delta
    findings = reconcile(_table(dim, changed, stated))
    # The only failing check is at the nearest stated ancestor of the leaf.
    ancestor = parent[leaf]
    while ancestor not in stated:
        assert ancestor is not None  # the whole (None) is always stated
        ancestor = parent[ancestor]
    assert [f.path for f in findings] == [_label(ancestor)]
    (finding,) = findings
    assert finding.code == "total-mismatch"
    assert finding.difference == -delta
    assert finding.severity is Severity.ERROR


@given(
    st.lists(st.lists(st.integers(0, 1000), min_size=2, max_size=4), min_size=2, max_size=4),
    st.data(),
)
def test_a_cube_changed_in_one_cell_fails_its_row_and_its_column(
    grid: list[list[int]], data: st.DataObject
) -> None:
    width = min(len(row) for row in grid)
    grid = [row[:width] for row in grid]
    levels = tuple(f"L{i}" for i in range(len(grid)))
    cats = tuple(f"C{j}" for j in range(width))
    dims = (Dimension("level", levels), Dimension("category", cats))

    def table(cells: list[list[int]]) -> Table:
        figures = [fig(sum(map(sum, grid)))]
        figures += [fig(sum(grid[i]), level=levels[i]) for i in range(len(grid))]
        figures += [fig(sum(r[j] for r in grid), category=cats[j]) for j in range(width)]
        figures += [
            fig(cells[i][j], level=levels[i], category=cats[j])
            for i in range(len(grid))
            for j in range(width)
        ]
        return Table(name="T", path="P", dimensions=dims, figures=figures)

    assert reconcile(table(grid)) == []
    i = data.draw(st.integers(0, len(grid) - 1))
    j = data.draw(st.integers(0, width - 1))
    delta = data.draw(st.integers(-grid[i][j], 1000).filter(bool))
    cells = [list(r) for r in grid]
    cells[i][j] += delta
    paths = sorted(f.path or "" for f in reconcile(table(cells)))
    assert paths == sorted([f"P > {levels[i]}", f"P > {cats[j]}"])


# --- the rules one by one --------------------------------------------------------------------

LEVEL = Dimension("level", ("cấp tỉnh", "cấp huyện, xã"), label="cấp", label_en="level")
CATEGORY = Dimension("category", ("giao nhiệm vụ", "khác"), label="loại hội", label_en="category")


def table_of(
    *figures: Figure, dimensions: tuple[Dimension, ...], name: str = "Hội", path: str = PATH
) -> Table:
    """A table of the given figures, by default the associations (hội) under :data:`PATH`."""
    return Table(name=name, path=path, dimensions=dimensions, figures=list(figures))


def _by_level_and_category(
    levels: tuple[int, int], categories: tuple[int, int], *total: Figure
) -> Table:
    """Associations by level (provincial, district) and by category (assigned, other)."""
    return table_of(
        *total,
        fig(levels[0], level="cấp tỉnh"),
        fig(levels[1], level="cấp huyện, xã"),
        fig(categories[0], category="giao nhiệm vụ"),
        fig(categories[1], category="khác"),
        dimensions=(LEVEL, CATEGORY),
    )


def test_cross_breakdown_the_same_total_by_level_and_by_category() -> None:
    table = _by_level_and_category((40, 59), (41, 57), fig(99))
    (finding,) = reconcile(table)
    assert finding.path == f"{PATH} > tổng số"
    assert (finding.stated_value, finding.computed_value) == (Decimal(99), Decimal(98))
    assert "loại hội" in finding.message_vi
    assert "category" in finding.message_en
    assert "41 + 57" in finding.message_vi


def test_derived_totals_must_agree_across_breakdowns() -> None:
    # No grand total stated: by level it is 100, by category 98.
    table = _by_level_and_category((40, 60), (41, 57))
    (finding,) = reconcile(table)
    assert finding.code == "breakdown-conflict"
    assert finding.path == f"{PATH} > tổng số"
    assert {finding.stated_value, finding.computed_value} == {Decimal(100), Decimal(98)}


def test_partial_breakdown_may_fall_short_but_not_exceed() -> None:
    grants = (Dimension("grant", ("A", "B", "C"), complete=False),)
    a_and_b = (fig(31, "dự án"), fig(6, "dự án", grant="A"), fig(20, "dự án", grant="B"))
    short = table_of(*a_and_b, dimensions=grants, name="Dự án", path="II.4.3")
    assert reconcile(short) == []
    over = table_of(
        *a_and_b, fig(6, "dự án", grant="C"), dimensions=grants, name="Dự án", path="II.4.3"
    )
    (finding,) = reconcile(over)
    assert finding.code == "parts-exceed-total"
    assert (finding.stated_value, finding.computed_value) == (Decimal(31), Decimal(32))
    # A complete breakdown with a part missing is checked the same way.
    missing = table_of(fig(30), fig(40, level="cấp tỉnh"), dimensions=(LEVEL,))
    assert [f.code for f in reconcile(missing)] == ["parts-exceed-total"]


def test_partial_breakdown_counts_known_sub_parts() -> None:
    grants = Dimension("grant", ("A", "B"), children={"B": ("B1", "B2")}, complete=False)
    table = table_of(
        fig(5, "dự án"),
        fig(3, "dự án", grant="A"),
        fig(1, "dự án", grant="B1"),
        fig(2, "dự án", grant="B2"),
        dimensions=(grants,),
        name="Dự án",
        path="X",
    )
    (finding,) = reconcile(table)
    assert finding.computed == "ít nhất 6 dự án"


def _money(total: str, a: str, b: str) -> Table:
    """Money stated as a total and its two items, as text."""
    return table_of(
        fig(total, "đồng"),
        fig(a, "đồng", item="a"),
        fig(b, "đồng", item="b"),
        dimensions=(Dimension("item", ("a", "b")),),
        name="Tiền",
        path="X",
    )


def test_rounded_and_bounded_figures_compare_as_intervals() -> None:
    ok = _money("14,6 tỷ đồng", "10 tỷ 550 triệu đồng", "4 tỷ 040 triệu đồng")
    assert reconcile(ok) == []  # 14,59 tỷ is 14,6 tỷ at one decimal of a tỷ
    bounded = _money("34.000.000.000 đồng", "hơn 30 tỷ đồng", "hơn 4 tỷ đồng")
    (finding,) = reconcile(bounded)  # more than 30 + more than 4 is more than 34
    assert finding.code == "total-mismatch"
    assert finding.computed == "hơn 34.000.000.000 đồng"
    # "34 tỷ đồng" (to the nearest tỷ) admits 34,1 tỷ: no finding.
    loose = _money("34 tỷ đồng", "hơn 30 tỷ đồng", "hơn 4 tỷ đồng")
    assert reconcile(loose) == []


def test_the_same_figure_stated_twice_must_agree() -> None:
    s1 = StatedFigure(Decimal(99), path="I.1")
    s2 = StatedFigure(Decimal(98), path="II.1.1")
    table = Table(
        name="Hội",
        path=PATH,
        figures=[Figure(s1, measure="hội"), Figure(s2, measure="hội")],
    )
    (finding,) = reconcile(table)
    assert finding.code == "figure-conflict"
    assert "I.1" in finding.message_vi
    assert "II.1.1" in finding.message_vi
    rows = reconcile_report(table).rows
    assert len(rows) == 2


def test_measures_are_reconciled_apart() -> None:
    table = table_of(
        fig(10, "hội"),
        fig(171, "người"),
        fig(4, "hội", level="cấp tỉnh"),
        fig(6, "hội", level="cấp huyện, xã"),
        dimensions=(LEVEL,),
    )
    assert reconcile(table) == []


def test_rates_and_rows() -> None:
    rate = RateFigure(
        label="Đơn vị học tập",
        stated=StatedFigure.parse("91,53%"),
        numerator=StatedFigure(Decimal(515)),
        denominator=StatedFigure(Decimal(565)),
        path="II.4.3",
    )
    alone = RateFigure(label="Hòa giải", stated=StatedFigure.parse("trên 90% trở lên"))
    result = reconcile_report(Report(title="x", rates=[rate, alone]))
    (finding,) = result.findings
    assert finding.path == "II.4.3 > Đơn vị học tập"
    assert [r.status for r in result.rows] == [Status.INCONSISTENT, Status.UNCHECKED]
    assert alone.stated.bound is Bound.AT_LEAST


def test_reconcile_accepts_a_list_of_tables_and_rates() -> None:
    assert reconcile([Table(name="T", path="P", figures=[fig(1)])]) == []
    with pytest.raises(ValidationError, match=r"\[0\]"):
        reconcile([object()])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"dimensions": (LEVEL, LEVEL)}, "repeat"),
        ({"dimensions": (LEVEL,), "figures": [fig(1, level="cấp xã")]}, "not a value"),
        ({"figures": [fig(1, level="cấp tỉnh")]}, "unknown dimension"),
        ({"figures": [Figure(StatedFigure(Decimal(-1)), measure="hội")]}, "negative"),
    ],
)
def test_bad_tables(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Table(name="T", path="P", **kwargs)  # type: ignore[arg-type]


def test_bad_dimensions() -> None:
    with pytest.raises(ValidationError, match="twice"):
        Dimension("d", ("a", "a"))
    with pytest.raises(ValidationError, match="not a value"):
        Dimension("d", ("a",), children={"z": ("b",)})
    with pytest.raises(ValidationError):
        Dimension("d", "ab")


def test_decomposed_text_is_the_same_value() -> None:
    decomposed = "ca\u0302\u0301p ti\u0309nh"  # "cấp tỉnh" with combining marks
    table = table_of(
        fig(10), fig(4, level=decomposed), fig(6, level="cấp huyện, xã"), dimensions=(LEVEL,)
    )
    assert reconcile(table) == []


def test_loader_errors_name_the_path() -> None:
    with pytest.raises(LoadError) as info:
        load_report({"table": [{"name": "T", "figures": [{"text": "12", "at": {"x": "y"}}]}]})
    assert "$.table[0]" in str(info.value)
    with pytest.raises(LoadError, match=r"\$\.rate\[0\]"):
        load_report({"rate": [{"label": "x"}]})
    with pytest.raises(LoadError, match="measure"):
        load_report({"population": [{"value": 1, "measure": "??", "source": "x"}]})
    with pytest.raises(LoadError, match="wrong type"):
        load_report({"table": [{"name": 3}]})
    report = load_report({"meta": {"title": "x"}})
    with pytest.raises(NotFoundError):
        report.table("nothing")
