"""Tallies and cross-tabulations by unit, district and province; a list against stated totals."""

from __future__ import annotations

import functools
from datetime import date

import attrs
import pytest
from _helpers import assert_worded
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import datasets
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Severity
from hoiquanchung.indicators import NO_UNIT, Status, compare_with_list, crosstab
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    AdminUnit,
    Association,
    AssociationCategory,
    AssociationTally,
    UnitRef,
    default_registry,
    tally_associations,
)
from tests.strategies import counts

ON = date(2024, 6, 30)
_SCOPE = {
    AdminLevel.PROVINCE: ActivityScope.PROVINCE,
    AdminLevel.DISTRICT: ActivityScope.DISTRICT,
    AdminLevel.COMMUNE: ActivityScope.COMMUNE,
}


@functools.cache
def hau_giang_units() -> tuple[AdminUnit, ...]:
    registry = default_registry()
    province = registry.find("Hậu Giang", on=ON)
    return (province, *registry.units_in(province, on=ON))


@st.composite
def located_associations(draw: st.DrawFn) -> Association:
    """An association of Hậu Giang on 30/6/2024 with its unit (a reference or the unit itself)."""
    unit = draw(st.sampled_from(hau_giang_units()))
    ref: AdminUnit | UnitRef = draw(
        st.sampled_from([unit, UnitRef(code=unit.code, level=unit.level, on=ON)])
    )
    return Association(
        name="Hội Khuyến học",
        scope=_SCOPE[unit.level],
        category=draw(st.sampled_from(AssociationCategory)),
        unit=draw(st.none() | st.just(ref)),
        members=draw(st.none() | counts),
    )


KEYS = ("unit", "district", "province")


@given(
    st.lists(located_associations(), max_size=30),
    st.sampled_from(KEYS),
    st.sets(st.sampled_from(("level", "category", "scope"))),
)
def test_unit_tallies_add_up_to_the_list(
    items: list[Association], unit_key: str, others: set[str]
) -> None:
    by = (*sorted(others), unit_key)
    rows = tally_associations(items, by=by, on=ON)  # type: ignore[arg-type]
    assert sum(r.count for r in rows) == len(items)
    assert len({(r.key, r.unit) for r in rows}) == len(rows)
    # Each row covers exactly the associations it counts.
    for r in rows:
        assert r.count == sum(1 for a in items if _in_row(r, a))


def _in_row(row: AssociationTally, a: Association) -> bool:
    if row.unit is None:
        return a.unit is None and row.covers(attrs.evolve(a, unit=None))
    return row.covers(a)


@given(
    st.lists(located_associations(), max_size=30),
    st.sampled_from(KEYS),
    st.sampled_from([(), ("level",), ("category",), ("level", "category", "scope")]),
)
def test_a_list_agrees_with_its_own_tally(
    items: list[Association], unit_key: str, others: tuple[str, ...]
) -> None:
    by = (*others, unit_key)
    stated = [
        r
        for r in tally_associations(items, by=by, on=ON)  # type: ignore[arg-type]
        if r.unit is not None
    ]
    result = compare_with_list(stated, items, on=ON)
    assert [f for f in result.findings if f.code == "list-differs"] == []
    assert all(r.status in (Status.CONSISTENT, Status.UNCHECKED) for r in result.rows)


@given(
    st.lists(located_associations(), min_size=1, max_size=30),
    st.integers(min_value=1, max_value=50),
)
def test_a_changed_stated_count_is_found(items: list[Association], delta: int) -> None:
    rows = tally_associations(items, by=("level", "district"), on=ON)
    changed = attrs.evolve(rows[0], count=rows[0].count + delta, members=None)
    result = compare_with_list([changed], items, on=ON)
    differs = [f for f in result.findings if f.code == "list-differs"]
    assert len(differs) == 1
    assert differs[0].stated_value - differs[0].computed_value == delta  # type: ignore[operator]


def test_district_tally_of_hau_giang() -> None:
    units = {u.code: u for u in hau_giang_units()}
    items = [
        Association(name="Hội Khuyến học tỉnh", scope=ActivityScope.PROVINCE,
                    category=AssociationCategory.ASSIGNED, unit=units["93"]),
        Association(name="Hội Khuyến học thành phố", scope=ActivityScope.DISTRICT,
                    category=AssociationCategory.ASSIGNED,
                    unit=UnitRef(code="930", level=AdminLevel.DISTRICT, on=ON)),
        Association(name="Hội Người cao tuổi phường", scope=ActivityScope.COMMUNE,
                    category=AssociationCategory.OTHER,
                    unit=UnitRef(code="31321", level=AdminLevel.COMMUNE, on=ON)),
        Association(name="Hội Cựu giáo chức", scope=ActivityScope.DISTRICT,
                    category=AssociationCategory.OTHER),
    ]  # fmt: skip
    rows = tally_associations(items, by=("district",), on=ON)
    assert [(r.unit_label, r.count) for r in rows] == [
        ("Tỉnh Hậu Giang", 1),
        ("Thành phố Vị Thanh", 2),
        ("", 1),
    ]
    by_province = tally_associations(items, by=("province",), on=ON)
    assert [(r.unit_label, r.count) for r in by_province] == [("Tỉnh Hậu Giang", 3), ("", 1)]
    table = crosstab(items, rows="district", columns="category", on=ON)
    assert table.rows == ("Tỉnh Hậu Giang", "Thành phố Vị Thanh", NO_UNIT)
    assert table.cell("Thành phố Vị Thanh", "khác") == 1
    assert table.total == 4


def test_no_district_in_the_two_tier_era() -> None:
    new = UnitRef(code="31321", level=AdminLevel.COMMUNE, on=date(2025, 7, 1))
    item = Association(name="Hội Khuyến học", scope=ActivityScope.COMMUNE,
                       category=AssociationCategory.ASSIGNED, unit=new)  # fmt: skip
    with pytest.raises(ValidationError, match="two-tier"):
        tally_associations([item], by=("district",))
    assert [r.unit_label for r in tally_associations([item], by=("province",))] == [
        "Thành phố Cần Thơ"
    ]


def test_an_undated_code_of_both_eras_is_an_error_naming_the_date() -> None:
    item = Association(name="Hội Khuyến học", scope=ActivityScope.COMMUNE,
                       category=AssociationCategory.ASSIGNED,
                       unit=UnitRef(code="31321", level=AdminLevel.COMMUNE))  # fmt: skip
    with pytest.raises(ValidationError) as info:
        tally_associations([item], by=("district",))
    assert info.value.field == "on"
    assert [r.count for r in tally_associations([item], by=("district",), on=ON)] == [1]


def test_list_against_the_hau_giang_report() -> None:
    report = datasets.load("hau-giang-2024")
    items = [
        Association(name=f"Hội {i}", scope=ActivityScope.DISTRICT,
                    category=AssociationCategory.ASSIGNED, staff_working=2)
        for i in range(13)
    ] + [
        Association(name=f"Hội tỉnh {i}", scope=ActivityScope.PROVINCE,
                    category=AssociationCategory.ASSIGNED, staff_working=7)
        for i in range(13)
    ]  # fmt: skip
    result = compare_with_list(report, items)
    by_path = {(r.path, r.measure): r for r in result.rows}
    assert by_path["II.1.1 Về tổ chức > cấp tỉnh > giao nhiệm vụ", "hội"].status == "khớp"
    district = by_path["II.1.1 Về tổ chức > cấp huyện, xã > giao nhiệm vụ", "hội"]
    assert (district.stated.value, district.listed, district.status) == (28, 13, "không khớp")
    messages = [f.message_vi for f in result.findings]
    assert "báo cáo ghi 28 hội cấp huyện, xã, giao nhiệm vụ, danh sách có 13" in messages
    assert (
        "the report states 28 associations at district level and commune level"
        " (category: assigned tasks), the list has 13" in [f.message_en for f in result.findings]
    )
    members = by_path["II.1.1 Về tổ chức", "hội viên"]
    assert (members.listed, members.missing, members.status) == (None, 26, Status.UNCHECKED)
    unknown = [f for f in result.findings if f.code == "list-measure-unknown"]
    assert [f.severity for f in unknown] == [Severity.INFO]
    assert_worded(
        unknown[0],
        "báo cáo ghi 440.977 hội viên; danh sách không ghi hội viên của 26 hội nên không đối"
        " chiếu được",
        "the report states 440,977 members; the list does not give the members of 26"
        " associations, so it cannot be checked",
    )
    # Figures of other tables (units, money, activities) are not about the list.
    assert {r.measure for r in result.rows} <= {"hội", "hội viên", "người làm việc"}


def test_bounded_stated_figures_are_compared_as_bounds() -> None:
    from hoiquanchung.indicators import Figure, Report, StatedFigure, Table
    from hoiquanchung.indicators._reconcile import Dimension

    table = Table(
        name="Hội",
        path="II",
        dimensions=[Dimension("level", ("cấp tỉnh",))],
        figures=[Figure(StatedFigure.parse("hơn 10 hội"), measure="hội", at={"level": "cấp tỉnh"})],
    )
    report = Report(title="t", tables=[table])
    eleven = [
        Association(name="Hội", scope=ActivityScope.PROVINCE, category=AssociationCategory.OTHER)
    ] * 11
    assert compare_with_list(report, eleven).findings == ()
    assert [f.code for f in compare_with_list(report, eleven[:10]).findings] == ["list-differs"]


def test_compare_with_list_refuses_bad_input() -> None:
    with pytest.raises(ValidationError):
        compare_with_list("99 hội", [])  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        compare_with_list([object()], [])  # type: ignore[list-item]
    with pytest.raises(ValidationError):
        compare_with_list([], [object()])  # type: ignore[list-item]


@given(st.lists(located_associations(), max_size=30), st.sampled_from(KEYS))
def test_crosstab_on_a_unit_axis_matches_the_tally(items: list[Association], unit_key: str) -> None:
    table = crosstab(items, rows=unit_key, columns="category", on=ON)  # type: ignore[arg-type]
    assert table.total == len(items)
    rows = tally_associations(items, by=(unit_key,), on=ON)  # type: ignore[arg-type]
    assert [table.row_total(r) for r in table.rows] == [r.count for r in rows]
    assert len(set(table.rows)) == len(table.rows)
