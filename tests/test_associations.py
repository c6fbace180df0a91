"""Associations: categories, scopes, structural invariants, policy rules and tallies.

Names are the ones the reference document (Hậu Giang 2024 report) uses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung import ModelValidationError, Severity, ValidationError
from hoiquanchung.model import (
    ASSIGNED_RULES,
    FOUNDING_MINIMUMS,
    ActivityScope,
    AdminLevel,
    Association,
    AssociationCategory,
    AssociationTally,
    Leader,
    LeaderRole,
    LegalType,
    UnitRef,
    age_on,
    check_association,
    check_associations,
    founding_minimum,
    special_nature_in_force,
    tally_associations,
)
from tests.strategies import associations, leaders

ASSIGNED = AssociationCategory.ASSIGNED
OTHER = AssociationCategory.OTHER
HAU_GIANG = UnitRef(code="93", level=AdminLevel.PROVINCE, on=date(2024, 6, 30), name="Hậu Giang")
PHUNG_HIEP = UnitRef(code="934", level=AdminLevel.DISTRICT, on=date(2024, 6, 30))


def invalid_field(make: Callable[..., object], kwargs: dict[str, object]) -> str | None:
    """The field the model names when ``make(**kwargs)`` is rejected (it must be rejected)."""
    with pytest.raises(ModelValidationError) as info:
        make(**kwargs)
    return info.value.field


def provincial(name: str, **fields: Any) -> Association:
    """A provincial association the Party and State assign tasks to (giao nhiệm vụ)."""
    return Association(name=name, scope=ActivityScope.PROVINCE, category=ASSIGNED, **fields)


def founded(
    name: str, scope: ActivityScope, on: date, members: int, provinces: int | None = None
) -> Association:
    """An association of the other category (khác) founded *on* a date by so many members."""
    return Association(
        name=name,
        scope=scope,
        category=OTHER,
        founded_on=on,
        founding_members=members,
        founding_provinces=provinces,
    )


def codes(findings: list[object]) -> list[str]:
    return [f.code for f in findings]  # type: ignore[attr-defined]


# --- categories and scopes ------------------------------------------------------------------


def test_category_values_are_the_vietnamese_terms() -> None:
    assert AssociationCategory("hội quần chúng do Đảng, Nhà nước giao nhiệm vụ") is ASSIGNED
    assert AssociationCategory("hội quần chúng khác") is OTHER


@pytest.mark.parametrize(
    ("scope", "level"),
    [
        (ActivityScope.NATIONAL, AdminLevel.CENTRAL),
        (ActivityScope.PROVINCE, AdminLevel.PROVINCE),
        (ActivityScope.DISTRICT, AdminLevel.DISTRICT),
        (ActivityScope.COMMUNE, AdminLevel.COMMUNE),
    ],
)
def test_scope_matches_level(scope: ActivityScope, level: AdminLevel) -> None:
    assert scope.level is level
    assert ActivityScope.for_level(level) is scope


def test_district_scope_ends_with_the_district_level() -> None:
    assert ActivityScope.DISTRICT.in_force(date(2025, 6, 30))
    assert not ActivityScope.DISTRICT.in_force(date(2025, 7, 1))
    assert ActivityScope.COMMUNE.in_force(date(2025, 7, 1))
    assert ActivityScope.NATIONAL.in_force(date(2025, 7, 1))


def test_for_level_rejects_junk() -> None:
    with pytest.raises(ValidationError):
        ActivityScope.for_level("tỉnh")  # type: ignore[arg-type]


def test_special_nature_abolished_by_decree_126() -> None:
    assert special_nature_in_force(date(2024, 11, 25))
    assert not special_nature_in_force(date(2024, 11, 26))
    with pytest.raises(ValidationError):
        special_nature_in_force("2024-11-26")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tổ chức chính trị - xã hội", LegalType.POLITICAL_SOCIAL),
        ("Chính trị - xã hội - nghề nghiệp", LegalType.POLITICAL_SOCIAL_PROFESSIONAL),
        ("xã hội-nghề nghiệp", LegalType.SOCIAL_PROFESSIONAL),
        ("KINH TẾ", LegalType.ECONOMIC),
        (unicodedata.normalize("NFD", "tổ chức xã hội"), LegalType.SOCIAL),
    ],
)
def test_legal_type_parse(text: str, expected: LegalType) -> None:
    assert LegalType.parse(text) is expected


def test_legal_type_parse_rejects_unknown() -> None:
    with pytest.raises(ValidationError, match="unknown legal type"):
        LegalType.parse("tổ chức phi chính phủ")
    with pytest.raises(ValidationError):
        LegalType.parse(None)  # type: ignore[arg-type]


# --- structural invariants ------------------------------------------------------------------


def test_reference_document_association_builds() -> None:
    a = provincial("Hội Chữ thập đỏ tỉnh", unit=HAU_GIANG, special_nature=True)
    assert a.level is AdminLevel.PROVINCE
    assert a.chair is None
    assert a.full_time_vice_chairs == 0


def test_name_is_nfc_and_stripped() -> None:
    decomposed = unicodedata.normalize("NFD", " Hội Người mù ")
    a = Association(name=decomposed, scope=ActivityScope.PROVINCE, category=ASSIGNED)
    assert a.name == "Hội Người mù"
    assert unicodedata.is_normalized("NFC", a.name)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", ""),
        ("name", 5),
        ("scope", "tỉnh"),
        ("category", "hội quần chúng khác"),
        ("members", -1),
        ("members", 1.0),
        ("members", True),
        ("members", "440977"),
        ("staff_assigned", -3),
        ("staff_working", Decimal(98)),
        ("founded_on", "2024-01-12"),
        ("founding_members", -1),
        ("founding_provinces", -2),
        ("party_delegation", 1),
        ("party_delegation", "false"),
        ("special_nature", None),
        ("legal_type", "tổ chức xã hội"),
        ("congress_on", 20240112),
        ("term_years", 0),
        ("leaders", ["chair"]),
        ("unit", "93"),
    ],
)
def test_structural_invariants_name_the_field(field: str, value: object) -> None:
    kwargs: dict[str, object] = {
        "name": "Hội Luật gia",
        "scope": ActivityScope.PROVINCE,
        "category": ASSIGNED,
    }
    kwargs[field] = value
    with pytest.raises(ModelValidationError) as info:
        Association(**kwargs)  # type: ignore[arg-type]
    assert info.value.field is not None
    assert info.value.field.split("[")[0] == field


def test_datetime_is_not_a_date() -> None:
    from datetime import datetime

    with pytest.raises(ModelValidationError, match="founded_on"):
        provincial("Hội Khuyến học", founded_on=datetime(2024, 1, 12))


def test_scope_must_match_the_units_level() -> None:
    with pytest.raises(ModelValidationError, match="needs a unit of level") as info:
        Association(
            name="Hội Khuyến học", scope=ActivityScope.PROVINCE, category=ASSIGNED, unit=PHUNG_HIEP
        )
    assert info.value.field == "unit"
    a = Association(
        name="Hội Khuyến học", scope=ActivityScope.DISTRICT, category=ASSIGNED, unit=PHUNG_HIEP
    )
    assert a.unit == PHUNG_HIEP


def test_one_chair_at_most() -> None:
    chair = Leader(role=LeaderRole.CHAIR)
    with pytest.raises(ModelValidationError, match="chairs") as info:
        provincial("Hội Nhà báo", leaders=(chair, chair))
    assert info.value.field == "leaders"


def test_leaders_list_becomes_tuple() -> None:
    a = provincial(
        "Hội Nhà báo",
        leaders=[Leader(role=LeaderRole.CHAIR)],  # type: ignore[arg-type]
    )
    assert isinstance(a.leaders, tuple)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"role": "chủ tịch"}, "role"),
        ({"role": LeaderRole.CHAIR, "full_time": "yes"}, "full_time"),
        ({"role": LeaderRole.CHAIR, "terms": 0}, "terms"),
        ({"role": LeaderRole.CHAIR, "terms": True}, "terms"),
        ({"role": LeaderRole.CHAIR, "retired": 0}, "retired"),
        ({"role": LeaderRole.CHAIR, "birth_date": "1960-01-01"}, "birth_date"),
        ({"role": LeaderRole.CHAIR, "name": ""}, "name"),
        ({"role": LeaderRole.CHAIR, "special_case": None}, "special_case"),
        (
            {
                "role": LeaderRole.CHAIR,
                "birth_date": date(1960, 1, 1),
                "nominated_on": date(1959, 1, 1),
            },
            "nominated_on",
        ),
    ],
)
def test_leader_invariants(kwargs: dict[str, object], field: str) -> None:
    assert invalid_field(Leader, kwargs) == field


def test_unit_ref_invariants() -> None:
    with pytest.raises(ModelValidationError) as info:
        UnitRef(code="", level=AdminLevel.PROVINCE)
    assert info.value.field == "code"
    with pytest.raises(ModelValidationError) as info:
        UnitRef(code="93", level="tỉnh")  # type: ignore[arg-type]
    assert info.value.field == "level"


@given(st.dates(), st.dates())
def test_age_on_oracle(birth: date, on: date) -> None:
    # Oracle: count the birthdays reached.
    age = age_on(birth, on)
    years = on.year - birth.year
    reached = (on.month, on.day) >= (birth.month, birth.day)
    assert age == years - (0 if reached else 1)


# --- policy rules: founding minimums (NĐ 126/2024) ------------------------------------------


@pytest.mark.parametrize(
    ("scope", "minimum"),
    [
        (ActivityScope.NATIONAL, 100),
        (ActivityScope.PROVINCE, 50),
        (ActivityScope.DISTRICT, 20),
        (ActivityScope.COMMUNE, 10),
    ],
)
def test_founding_minimums_of_decree_126(scope: ActivityScope, minimum: int) -> None:
    rule = founding_minimum(scope, date(2024, 11, 26))
    assert rule is not None
    assert rule.minimum == minimum
    assert rule.source == "Nghị định 126/2024/NĐ-CP"
    below = founded("Hội Cựu giáo chức", scope, date(2025, 3, 1), minimum - 1, provinces=2)
    at = attrs_evolve(below, founding_members=minimum)
    found = check_association(below, on=date(2025, 3, 1))
    assert codes(found) == ["founding-members-below-minimum"]
    f = found[0]
    assert f.severity is Severity.ERROR
    assert f.field == "founding_members"
    assert f.stated_value == minimum - 1
    assert f.computed_value == minimum
    assert check_association(at, on=date(2025, 3, 1)) == []


def attrs_evolve(a: Association, **changes: object) -> Association:
    import attrs

    return attrs.evolve(a, **changes)


def test_national_scope_needs_two_provinces() -> None:
    a = founded(
        "Hội Cựu thanh niên xung phong", ActivityScope.NATIONAL, date(2025, 1, 1), 150, provinces=1
    )
    assert codes(check_association(a, on=date(2025, 1, 1))) == ["founding-provinces-below-minimum"]


def test_commune_minimum_of_decree_45() -> None:
    # Nghị định 45/2010 set 10 for commune scope too (law-portal summary, DOMAIN.md research
    # update); this test said the opposite while that figure was unconfirmed.
    a = founded("Chi hội Người cao tuổi", ActivityScope.COMMUNE, date(2020, 1, 1), 3)
    found = check_association(a, on=date(2024, 1, 1))
    assert codes(found) == ["founding-members-below-minimum"]
    assert "Nghị định 45/2010/NĐ-CP" in found[0].message_en
    assert founding_minimum(ActivityScope.PROVINCE, date(2020, 1, 1)) is not None
    assert founding_minimum(ActivityScope.PROVINCE, date(2010, 6, 30)) is None
    early = attrs_evolve(a, founded_on=date(2010, 6, 30))
    assert check_association(early, on=date(2024, 1, 1)) == []


def test_founding_minimums_are_data_with_sources() -> None:
    for rule in FOUNDING_MINIMUMS:
        assert rule.source.startswith("Nghị định ")
        assert rule.minimum > 0
    # No two rules for one scope overlap in time.
    for rule in FOUNDING_MINIMUMS:
        same = [
            r
            for r in FOUNDING_MINIMUMS
            if r.scope is rule.scope and r is not rule and r.in_force(rule.valid_from)
        ]
        assert same == []


# --- policy rules: 118-QĐ/TW ----------------------------------------------------------------


def vice(full_time: bool = True, **kw: object) -> Leader:
    return Leader(role=LeaderRole.VICE_CHAIR, full_time=full_time, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("delegation", "full_time", "flagged"),
    [(True, 3, False), (True, 4, True), (False, 2, False), (False, 3, True)],
)
def test_full_time_vice_chairs(delegation: bool, full_time: int, flagged: bool) -> None:
    a = provincial(
        "Liên hiệp các Hội khoa học và Kỹ thuật",
        party_delegation=delegation,
        leaders=(*(vice() for _ in range(full_time)), vice(False), vice(False)),
    )
    found = check_association(a, on=date(2024, 6, 30))
    assert codes(found) == (["too-many-full-time-vice-chairs"] if flagged else [])
    if flagged:
        assert found[0].stated_value == full_time
        assert found[0].computed_value == (3 if delegation else 2)


def test_vice_chair_rule_only_for_assigned_associations() -> None:
    a = Association(
        name="Hội Doanh nhân trẻ",
        scope=ActivityScope.PROVINCE,
        category=OTHER,
        leaders=tuple(vice() for _ in range(5)),
    )
    assert check_association(a, on=date(2024, 6, 30)) == []


@pytest.mark.parametrize(
    ("role", "age", "special", "expected"),
    [
        (LeaderRole.VICE_CHAIR, 65, False, []),
        (LeaderRole.VICE_CHAIR, 66, False, ["leader-over-age"]),
        (LeaderRole.VICE_CHAIR, 66, True, ["leader-over-age"]),
        (LeaderRole.CHAIR, 65, False, []),
        (LeaderRole.CHAIR, 68, False, ["chair-age-needs-special-case"]),
        (LeaderRole.CHAIR, 70, True, []),
        (LeaderRole.CHAIR, 71, True, ["leader-over-age"]),
    ],
)
def test_age_at_nomination(role: LeaderRole, age: int, special: bool, expected: list[str]) -> None:
    nominated = date(2024, 3, 1)
    leader = Leader(
        role=role,
        retired=True,
        birth_date=date(2024 - age, 3, 1),
        nominated_on=nominated,
        special_case=special,
    )
    assert leader.age_at_nomination() == age
    a = provincial("Ban đại diện Hội người cao tuổi", leaders=(leader,))
    found = check_association(a, on=date(2024, 6, 30))
    assert codes(found) == expected
    for f in found:
        assert f.field == "leaders[0].birth_date"
        assert f.stated_value == age


def test_age_rule_only_for_retired_and_while_a_source_is_in_force() -> None:
    # The age limits come from Kết luận 32-KL/TW (from 30/3/2022), which 118-QĐ/TW replaced on
    # 22/8/2023; this test said "only after 118" while they were thought to come from 118.
    working = Leader(
        role=LeaderRole.VICE_CHAIR,
        birth_date=date(1950, 1, 1),
        nominated_on=date(2024, 1, 1),
        retired=False,
    )
    before = Leader(
        role=LeaderRole.VICE_CHAIR,
        birth_date=date(1950, 1, 1),
        nominated_on=date(2022, 3, 29),
        retired=True,
    )
    a = provincial("Hội Luật gia", leaders=(working, before))
    assert check_association(a, on=date(2024, 6, 30)) == []
    under_32 = attrs_evolve(a, leaders=(attrs_evolve(before, nominated_on=date(2023, 8, 21)),))
    found = check_association(under_32, on=date(2024, 6, 30))
    assert codes(found) == ["leader-over-age"]
    assert "Kết luận 32-KL/TW" in found[0].message_en


def test_rules_of_118_apply_only_while_it_is_in_force() -> None:
    a = provincial(
        "Hội Nhà báo",
        term_years=4,
        leaders=(Leader(role=LeaderRole.CHAIR, terms=3), *(vice() for _ in range(4))),
    )
    assert check_association(a, on=date(2023, 8, 21)) == []
    assert codes(check_association(a, on=date(2023, 8, 22))) == [
        "too-many-full-time-vice-chairs",
        "too-many-consecutive-terms",
        "congress-term-not-five-years",
    ]


def test_consecutive_terms() -> None:
    a = provincial("Hội Nhà báo", leaders=(Leader(role=LeaderRole.CHAIR, terms=3), vice(terms=2)))
    found = check_association(a, on=date(2024, 6, 30))
    assert codes(found) == ["too-many-consecutive-terms"]
    assert found[0].field == "leaders[0].terms"
    assert found[0].severity is Severity.ERROR


def test_congress_term_and_overdue() -> None:
    a = provincial("Hội Khuyến học", term_years=4, congress_on=date(2019, 6, 1))
    assert codes(check_association(a, on=date(2024, 6, 1))) == ["congress-term-not-five-years"]
    assert codes(check_association(a, on=date(2024, 6, 2))) == [
        "congress-term-not-five-years",
        "congress-overdue",
    ]
    assert ASSIGNED_RULES.congress_term_years == 5


def test_district_scope_after_reform_is_a_finding_not_an_error() -> None:
    a = Association(
        name="Hội Khuyến học", scope=ActivityScope.DISTRICT, category=ASSIGNED, unit=PHUNG_HIEP
    )
    assert check_association(a, on=date(2025, 6, 30)) == []
    found = check_association(a, on=date(2025, 7, 1), path="$.associations[3]")
    assert codes(found) == ["district-scope-after-reform"]
    assert found[0].severity is Severity.WARNING
    assert found[0].path == "$.associations[3].scope"
    assert "Hội Khuyến học" in found[0].message_vi


def test_special_nature_after_abolition() -> None:
    a = provincial("Hội Chữ thập đỏ tỉnh", special_nature=True)
    assert check_association(a, on=date(2024, 6, 30)) == []
    found = check_association(a, on=date(2024, 11, 26))
    assert codes(found) == ["special-nature-abolished"]
    assert found[0].severity is Severity.INFO


def test_check_associations_paths() -> None:
    ok = Association(name="Hội Luật gia", scope=ActivityScope.PROVINCE, category=ASSIGNED)
    bad = Association(
        name="Hội Người mù",
        scope=ActivityScope.DISTRICT,
        category=ASSIGNED,
    )
    found = check_associations([ok, bad], on=date(2025, 7, 1), path="$.associations")
    assert [f.path for f in found] == ["$.associations[1].scope"]


def test_check_rejects_junk() -> None:
    with pytest.raises(ValidationError):
        check_association("Hội Luật gia", on=date(2024, 1, 1))  # type: ignore[arg-type]
    ok = Association(name="Hội Luật gia", scope=ActivityScope.PROVINCE, category=ASSIGNED)
    with pytest.raises(ValidationError):
        check_association(ok, on="2024-01-01")  # type: ignore[arg-type]


@given(associations(), st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))
def test_findings_are_well_formed(a: Association, on: date) -> None:
    for f in check_association(a, on=on, path="$"):
        assert f.path is not None
        assert f.path.startswith("$.")
        assert f.message_vi
        assert f.message_en
        if f.stated_value is not None and f.computed_value is not None:
            # Every numeric finding states a value beyond its limit.
            assert f.stated_value != f.computed_value


@given(leaders())
def test_leader_strategy_builds_valid_leaders(leader: Leader) -> None:
    assert leader.terms >= 1


# --- tallies ----------------------------------------------------------------------------------


def test_reference_totals_as_tallies() -> None:
    # II.1.1 of the reference report: 99 associations, 171 working; province 40 (13 assigned,
    # 98 working), district and commune 59 (28 assigned, 73 working).
    source = "Hậu Giang 2024, II.1.1"
    total = AssociationTally(count=99, members=440977, staff_working=171, source=source)
    province = AssociationTally(
        levels=(AdminLevel.PROVINCE,), count=40, staff_working=98, source=source
    )
    province_assigned = AssociationTally(
        levels=[AdminLevel.PROVINCE],  # type: ignore[arg-type]
        category=ASSIGNED,
        count=13,
        source=source,
    )
    lower = AssociationTally(
        levels=(AdminLevel.COMMUNE, AdminLevel.DISTRICT), count=59, staff_working=73, source=source
    )
    assert lower.levels == (AdminLevel.DISTRICT, AdminLevel.COMMUNE)
    assert lower.label_vi == "cấp huyện, xã"
    assert total.label_vi == "tổng số"
    assert province_assigned.key == ((AdminLevel.PROVINCE,), (), ASSIGNED)
    assert province.count + lower.count == total.count
    assert province.staff_working is not None
    assert lower.staff_working is not None
    assert province.staff_working + lower.staff_working == total.staff_working
    scoped = AssociationTally(
        scopes=(ActivityScope.DISTRICT,), category=OTHER, count=31, source=source
    )
    assert scoped.label_vi == "phạm vi huyện"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"count": -1}, "count"),
        ({"count": 1.0}, "count"),
        ({"count": 1, "members": -5}, "members"),
        ({"count": 1, "staff_assigned": True}, "staff_assigned"),
        ({"count": 1, "levels": ("tỉnh",)}, "levels"),
        ({"count": 1, "scopes": "tỉnh"}, "scopes"),
        ({"count": 1, "category": "khác"}, "category"),
        ({"count": 1, "source": 5}, "source"),
        (
            {"count": 1, "levels": (AdminLevel.PROVINCE,), "scopes": (ActivityScope.DISTRICT,)},
            "scopes",
        ),
    ],
)
def test_tally_invariants(kwargs: dict[str, object], field: str) -> None:
    assert invalid_field(AssociationTally, kwargs) == field


def test_tally_associations_rejects_bad_keys() -> None:
    with pytest.raises(ValidationError):
        tally_associations([], by=("ward",))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        tally_associations([], by=("unit", "district"))
    with pytest.raises(ValidationError):
        tally_associations([], by=("level", "level"))
    with pytest.raises(ValidationError):
        tally_associations(["Hội Luật gia"])  # type: ignore[list-item]


GROUPINGS = [
    (),
    ("level",),
    ("scope",),
    ("category",),
    ("level", "category"),
    ("scope", "category"),
]


def tally_records(**extra: st.SearchStrategy[object]) -> st.SearchStrategy[Association]:
    """Associations of any scope and category with optional members and working staff."""
    return st.builds(
        Association,
        name=st.just("Hội Khuyến học"),
        scope=st.sampled_from(ActivityScope),
        category=st.sampled_from(AssociationCategory),
        members=st.none() | st.integers(0, 10**6),
        staff_working=st.none() | st.integers(0, 50),
        **extra,
    )


LIGHT_ASSOCIATIONS = tally_records()


@given(st.lists(LIGHT_ASSOCIATIONS, max_size=30), st.sampled_from(GROUPINGS))
def test_tallies_partition_the_input(records: list[Association], by: tuple[str, ...]) -> None:
    rows = tally_associations(records, by=by)  # type: ignore[arg-type]
    assert sum(r.count for r in rows) == len(records)
    for r in rows:
        covered = [a for a in records if r.covers(a)]
        assert len(covered) == r.count
        known = [a.members for a in covered]
        if None in known:
            assert r.members is None
        else:
            assert r.members == sum(m for m in known if m is not None)
    assert len({r.key for r in rows}) == len(rows)
    total = tally_associations(records, by=())
    assert (total[0].count if total else 0) == len(records)


def test_association_on_a_real_unit_of_the_register() -> None:
    pytest.importorskip("vietnam_provinces")
    from hoiquanchung.model import default_registry

    phung_hiep = default_registry().get("934", on=date(2024, 6, 30))
    assert phung_hiep.level is AdminLevel.DISTRICT
    a = Association(
        name="Hội Khuyến học", scope=ActivityScope.DISTRICT, category=ASSIGNED, unit=phung_hiep
    )
    assert a.unit is phung_hiep
    with pytest.raises(ModelValidationError) as info:
        Association(
            name="Hội Khuyến học", scope=ActivityScope.COMMUNE, category=ASSIGNED, unit=phung_hiep
        )
    assert info.value.field == "unit"
    # After the reform the same association is reported, not refused.
    assert [f.code for f in check_association(a, on=date(2025, 7, 1))] == [
        "district-scope-after-reform"
    ]


def _naive_tally(records: list[Association], by: tuple[str, ...]) -> list[tuple[object, ...]]:
    """The plain definition: group, then sum each figure (None when any is unknown)."""
    level_order = {level: i for i, level in enumerate(AdminLevel)}
    category_order = {c: i for i, c in enumerate(AssociationCategory)}
    groups: dict[tuple[object, object, object], list[Association]] = {}
    for a in records:
        key = (
            a.level if "level" in by else None,
            a.scope if "scope" in by else None,
            a.category if "category" in by else None,
        )
        groups.setdefault(key, []).append(a)

    def total(values: list[int | None]) -> int | None:
        return None if None in values else sum(v for v in values if v is not None)

    def order(key: tuple[object, object, object]) -> tuple[int, int, int]:
        level, scope, category = key
        return (
            -1 if level is None else level_order[level],  # type: ignore[index]
            -1 if scope is None else level_order[scope.level],  # type: ignore[attr-defined]
            -1 if category is None else category_order[category],  # type: ignore[index]
        )

    return [
        (
            key,
            len(group),
            total([a.members for a in group]),
            total([a.staff_assigned for a in group]),
            total([a.staff_working for a in group]),
        )
        for key, group in sorted(groups.items(), key=lambda kv: order(kv[0]))
    ]


TALLY_RECORDS = tally_records(staff_assigned=st.none() | st.integers(0, 20))


@given(st.lists(TALLY_RECORDS, max_size=40), st.sampled_from(GROUPINGS))
def test_tallies_match_the_plain_definition(
    records: list[Association], by: tuple[str, ...]
) -> None:
    rows = tally_associations(records, by=by)  # type: ignore[arg-type]
    got = [
        (
            (
                r.levels[0] if r.levels else None,
                r.scopes[0] if r.scopes else None,
                r.category,
            ),
            r.count,
            r.members,
            r.staff_assigned,
            r.staff_working,
        )
        for r in rows
    ]
    assert got == _naive_tally(records, by)
    assert all(r.source == "computed" for r in rows)


def test_tally_names_the_bad_item_after_good_ones() -> None:
    good = Association(name="Hội Luật gia", scope=ActivityScope.PROVINCE, category=ASSIGNED)
    with pytest.raises(ValidationError) as info:
        tally_associations([good, good, "Hội Luật gia"])  # type: ignore[list-item]
    assert info.value.field == "associations[2]"


def test_construction_names_the_bad_leader_and_the_unit_level() -> None:
    chair = Leader(role=LeaderRole.CHAIR)
    vice = Leader(role=LeaderRole.VICE_CHAIR)
    base = {"name": "Hội Luật gia", "scope": ActivityScope.PROVINCE, "category": ASSIGNED}
    with pytest.raises(ModelValidationError) as info:
        Association(**base, leaders=(chair, vice, "phó chủ tịch"))  # type: ignore[arg-type]
    assert info.value.field == "leaders[2]"
    with pytest.raises(ModelValidationError, match="2 chairs") as info:
        Association(**base, leaders=(vice, chair, vice, chair))  # type: ignore[arg-type]
    assert info.value.field == "leaders"
    for scope in ActivityScope:
        for level in AdminLevel:
            unit = UnitRef(code="93", level=level)
            if level is scope.level:
                assert Association(**{**base, "scope": scope}, unit=unit).level is level  # type: ignore[arg-type]
            else:
                with pytest.raises(ModelValidationError, match="needs a unit of level"):
                    Association(**{**base, "scope": scope}, unit=unit)  # type: ignore[arg-type]
