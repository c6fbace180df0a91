"""Cross-tabulations from the domain model, and tallies reconciled as tables."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import ValidationError
from hoiquanchung.indicators import crosstab, reconcile, tally_table
from hoiquanchung.model import (
    ActivityScope,
    AdminLevel,
    Association,
    AssociationCategory,
    AssociationTally,
    tally_associations,
)

associations = st.builds(
    Association,
    name=st.sampled_from(
        ["Hội Khuyến học", "Hội Chữ thập đỏ", "Hội Làm vườn", "Hội Cựu giáo chức"]
    ),
    scope=st.sampled_from([ActivityScope.PROVINCE, ActivityScope.DISTRICT, ActivityScope.COMMUNE]),
    category=st.sampled_from(list(AssociationCategory)),
    members=st.one_of(st.none(), st.integers(0, 10**6)),
)


@given(st.lists(associations, max_size=40), st.sampled_from(["level", "scope"]))
def test_margins_are_exact_sums(records: list[Association], rows: str) -> None:
    table = crosstab(records, rows=rows)  # type: ignore[arg-type]
    assert table.total == len(records)
    for r in table.rows:
        assert table.row_total(r) == sum(table.cell(r, c) or 0 for c in table.columns)
    for c in table.columns:
        assert table.column_total(c) == sum(table.cell(r, c) or 0 for r in table.rows)


@given(st.lists(associations, max_size=40))
def test_member_sums_are_unknown_when_any_term_is(records: list[Association]) -> None:
    table = crosstab(records, measure="members")
    if any(a.members is None for a in records):
        assert table.total is None
    else:
        assert table.total == sum(a.members or 0 for a in records)


@given(st.lists(associations, min_size=1, max_size=40))
def test_computed_tallies_reconcile_without_findings(records: list[Association]) -> None:
    tallies = [
        *tally_associations(records, by=()),
        *tally_associations(records, by=("level",)),
        *tally_associations(records, by=("category",)),
        *tally_associations(records, by=("level", "category")),
    ]
    assert reconcile(tally_table(tallies, path="P")) == []


@given(st.lists(associations, min_size=1, max_size=40), st.integers(1, 50))
def test_a_wrong_stated_total_is_found(records: list[Association], delta: int) -> None:
    computed = tally_associations(records, by=("level",))
    stated_total = AssociationTally(count=len(records) + delta, source="báo cáo")
    (finding,) = reconcile(tally_table([stated_total, *computed], path="P"))
    assert finding.code == "total-mismatch"
    assert finding.difference == delta


def test_hau_giang_tallies() -> None:
    hx = (AdminLevel.DISTRICT, AdminLevel.COMMUNE)
    stated = [
        AssociationTally(count=99, staff_working=171),
        AssociationTally(levels=(AdminLevel.PROVINCE,), count=40),
        AssociationTally(levels=hx, count=59),
        AssociationTally(
            levels=(AdminLevel.PROVINCE,),
            category=AssociationCategory.ASSIGNED,
            count=13,
            staff_working=98,
        ),
        AssociationTally(
            levels=hx, category=AssociationCategory.ASSIGNED, count=28, staff_working=73
        ),
        AssociationTally(category=AssociationCategory.OTHER, count=57),
        AssociationTally(
            levels=(AdminLevel.PROVINCE,), category=AssociationCategory.OTHER, count=26
        ),
        AssociationTally(levels=hx, category=AssociationCategory.OTHER, count=31),
    ]
    findings = reconcile(tally_table(stated, path="II.1.1 Về tổ chức"))
    assert [(f.path, f.stated_value, f.computed_value) for f in findings] == [
        ("II.1.1 Về tổ chức > tổng số", Decimal(99), Decimal(98)),
        ("II.1.1 Về tổ chức > cấp tỉnh", Decimal(40), Decimal(39)),
    ]


def test_bad_crosstabs() -> None:
    with pytest.raises(ValidationError):
        crosstab([], rows="level", columns="level")
    with pytest.raises(ValidationError):
        crosstab([], rows="ward")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        crosstab([object()])  # type: ignore[list-item]
    with pytest.raises(ValidationError):
        crosstab([]).cell("cấp tỉnh", "khác")
    with pytest.raises(ValidationError):
        tally_table([object()])  # type: ignore[list-item]
