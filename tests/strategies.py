"""Hypothesis strategies for every model class.

Sections: associations (categories, scopes, leaders, associations, tallies, findings) first;
administrative units are appended below by their owner.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from hoiquanchung import model
from hoiquanchung.findings import Finding, Severity

# --- associations ---------------------------------------------------------------------------

_VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_ALPHABET = _VI_LETTERS + _VI_LETTERS.upper() + " -/"

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
counts = st.integers(min_value=0, max_value=10**7)


@st.composite
def names(draw: st.DrawFn) -> str:
    """Vietnamese-looking names, NFC, stripped and non-empty (composed or not on input)."""
    text = draw(st.text(_ALPHABET, min_size=1, max_size=24)).strip()
    if not text:
        text = "Hội"
    return unicodedata.normalize("NFC", "Hội " + text)


def unit_refs(level: model.AdminLevel | None = None) -> st.SearchStrategy[model.UnitRef]:
    """Unit references, optionally at one level."""
    return st.builds(
        model.UnitRef,
        code=st.from_regex(r"[0-9]{2,5}", fullmatch=True),
        level=st.just(level) if level is not None else st.sampled_from(model.AdminLevel),
        on=st.none() | dates,
        name=st.none() | names(),
    )


@st.composite
def association_units(draw: st.DrawFn, level: model.AdminLevel) -> model.AdminUnit:
    """Administrative units of *level* (not central) in either era, for associations."""
    types = [t for t in model.UnitType if t.level is level]
    unit_type = draw(st.sampled_from(types))
    two_tiers = unit_type.in_force(model.TWO_TIERS_FROM) and (
        not unit_type.in_force(date(2025, 6, 30)) or draw(st.booleans())
    )
    digits = {
        model.AdminLevel.PROVINCE: 2,
        model.AdminLevel.DISTRICT: 3,
        model.AdminLevel.COMMUNE: 5,
    }[level]
    return model.AdminUnit(
        code=draw(st.from_regex(rf"[0-9]{{{digits}}}", fullmatch=True)),
        name=draw(names()),
        type=unit_type,
        parent_code=None
        if level is model.AdminLevel.PROVINCE
        else draw(st.from_regex(rf"[0-9]{{2,{digits - 1 if digits == 3 else 3}}}", fullmatch=True)),
        valid_from=model.TWO_TIERS_FROM if two_tiers else None,
        valid_to=None if two_tiers else date(2025, 6, 30),
    )


@st.composite
def leaders(draw: st.DrawFn, role: model.LeaderRole | None = None) -> model.Leader:
    """Chairs and vice-chairs with consistent dates."""
    birth = draw(st.none() | st.dates(min_value=date(1930, 1, 1), max_value=date(1995, 12, 31)))
    nominated = draw(st.none() | st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)))
    return model.Leader(
        role=role if role is not None else draw(st.sampled_from(model.LeaderRole)),
        full_time=draw(st.booleans()),
        name=draw(st.none() | names()),
        birth_date=birth,
        terms=draw(st.integers(min_value=1, max_value=5)),
        retired=draw(st.booleans()),
        nominated_on=nominated,
        special_case=draw(st.booleans()),
    )


@st.composite
def associations(draw: st.DrawFn) -> model.Association:
    """Associations that satisfy every structural invariant (policy rules may break)."""
    scope = draw(st.sampled_from(model.ActivityScope))
    chair = draw(st.lists(leaders(model.LeaderRole.CHAIR), max_size=1))
    vices = draw(st.lists(leaders(model.LeaderRole.VICE_CHAIR), max_size=4))
    optional_count = st.none() | counts
    return model.Association(
        name=draw(names()),
        scope=scope,
        category=draw(st.sampled_from(model.AssociationCategory)),
        unit=draw(
            st.none()
            | unit_refs(scope.level)
            | (
                association_units(scope.level)
                if scope.level is not model.AdminLevel.CENTRAL
                else st.nothing()
            )
        ),
        members=draw(optional_count),
        staff_assigned=draw(st.none() | st.integers(0, 500)),
        staff_working=draw(st.none() | st.integers(0, 500)),
        founded_on=draw(st.none() | dates),
        founding_members=draw(st.none() | st.integers(0, 500)),
        founding_provinces=draw(st.none() | st.integers(0, 63)),
        party_delegation=draw(st.booleans()),
        leaders=tuple(chair + vices),
        special_nature=draw(st.booleans()),
        legal_type=draw(st.none() | st.sampled_from(model.LegalType)),
        congress_on=draw(st.none() | dates),
        term_years=draw(st.none() | st.integers(1, 10)),
    )


@st.composite
def tallies(draw: st.DrawFn) -> model.AssociationTally:
    """Tally rows: any levels, scopes within those levels, any category."""
    levels = draw(st.lists(st.sampled_from(model.AdminLevel), unique=True, max_size=4))
    allowed = [s for s in model.ActivityScope if not levels or s.level in levels]
    scopes = draw(st.lists(st.sampled_from(allowed), unique=True, max_size=4))
    return model.AssociationTally(
        levels=tuple(levels),
        scopes=tuple(scopes),
        category=draw(st.none() | st.sampled_from(model.AssociationCategory)),
        count=draw(counts),
        members=draw(st.none() | counts),
        staff_assigned=draw(st.none() | counts),
        staff_working=draw(st.none() | counts),
        source=draw(
            st.none() | st.text(max_size=30).map(lambda s: unicodedata.normalize("NFC", s))
        ),
    )


_CODES = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,3}", fullmatch=True)
_DECIMALS = st.none() | st.decimals(allow_nan=False, allow_infinity=False, places=4).map(
    lambda d: d if d != 0 else Decimal(0)
)
_NFC_TEXT = st.text(max_size=40).map(lambda s: unicodedata.normalize("NFC", s))


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """Findings with every optional part present or not."""
    return Finding(
        code=draw(_CODES),
        severity=draw(st.sampled_from(Severity)),
        message_vi=draw(_NFC_TEXT),
        message_en=draw(st.text(max_size=40)),
        path=draw(st.none() | _NFC_TEXT),
        field=draw(st.none() | st.text(max_size=20)),
        file=draw(st.none() | st.text(max_size=20)),
        line=draw(st.none() | st.integers(1, 10**6)),
        column=draw(st.none() | st.integers(1, 10**4)),
        stated=draw(st.none() | _NFC_TEXT),
        computed=draw(st.none() | _NFC_TEXT),
        stated_value=draw(_DECIMALS),
        computed_value=draw(_DECIMALS),
    )


@st.composite
def reference_entries(draw: st.DrawFn, verified: bool | None = None) -> model.ReferenceEntry:
    """Reference list entries; unverified ones carry evidence."""
    is_verified = draw(st.booleans()) if verified is None else verified
    return model.ReferenceEntry(
        name=draw(names()),
        number=draw(st.none() | st.integers(1, 100)),
        aliases=tuple(draw(st.lists(names(), max_size=2))),
        verified=is_verified,
        evidence=draw(names()) if not is_verified else draw(st.none() | names()),
        central_kind=draw(st.none() | names()),
        note=draw(st.none() | names()),
    )


@st.composite
def reference_lists(draw: st.DrawFn) -> model.ReferenceList:
    """Reference lists, complete or not, central or local, with names that do not collide."""
    complete = draw(st.booleans())
    raw = draw(st.lists(reference_entries(True if complete else None), max_size=6))
    entries: list[model.ReferenceEntry] = []
    seen: set[str] = set()
    for entry in raw:
        keys = {model.association_key(n) for n in entry.names}
        if len(keys) == len(entry.names) and not keys & seen:
            seen |= keys
            # A number is the entry's position in its source: unique, within the count.
            number = None if entry.number is None else len(entries) + 1
            entries.append(attrs.evolve(entry, number=number))
    expected = len(entries) if complete else len(entries) + draw(st.integers(1, 30))
    if complete and not entries:
        expected, complete = 1, False
    level = draw(st.sampled_from(model.AdminLevel))
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
    return model.ReferenceList(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
        title=draw(names()),
        level=level,
        legal_source=draw(names()),
        issuer=draw(names()),
        issued_on=start,
        valid_from=start,
        valid_to=draw(st.none() | st.dates(min_value=start, max_value=date(2040, 1, 1))),
        area=None if level is model.AdminLevel.CENTRAL else draw(names()),
        area_code=None
        if level is model.AdminLevel.CENTRAL
        else draw(st.none() | st.from_regex(r"[0-9]{2}", fullmatch=True)),
        where_seen=tuple(draw(st.lists(names(), min_size=1, max_size=2))),
        complete=complete,
        expected_count=expected,
        entry_kind=draw(st.sampled_from(["association", "kind"])),
        association_count=draw(st.none() | st.integers(0, 100)),
        note=draw(st.none() | names()),
        entries=tuple(entries),
    )


# --- registries across the reform of 01/7/2025 (tables-out) -----------------------------------


@st.composite
def two_era_registries(draw: st.DrawFn) -> model.UnitRegistry:
    """An invented province of the three-tier era (districts and communes) and its successor.

    Every old commune went into one to three new communes (drawn), so districts and communes are
    split or whole at random; the old province became the one new province.
    """
    old_end, new_start = date(2025, 6, 30), model.TWO_TIERS_FROM
    units = [
        model.AdminUnit("90", "Cũ", model.UnitType.PROVINCE, None, valid_to=old_end),
        model.AdminUnit("91", "Mới", model.UnitType.PROVINCE, None, valid_from=new_start),
    ]
    n_new = draw(st.integers(min_value=1, max_value=6))
    new_codes = [f"{50000 + i}" for i in range(n_new)]
    units += [
        model.AdminUnit(code, f"Xã Mới {i}", model.UnitType.COMMUNE, "91", valid_from=new_start)
        for i, code in enumerate(new_codes)
    ]
    successions = [("90", "91")]
    n_districts = draw(st.integers(min_value=1, max_value=4))
    for d in range(n_districts):
        district = f"{900 + d}"
        units.append(model.AdminUnit(district, f"Huyện {d}", model.UnitType.RURAL_DISTRICT, "90"))
        for c in range(draw(st.integers(min_value=1, max_value=3))):
            code = f"{40000 + d * 10 + c}"
            units.append(
                model.AdminUnit(
                    code, f"Xã {d}-{c}", model.UnitType.COMMUNE, district, valid_to=old_end
                )
            )
            for new in draw(st.lists(st.sampled_from(new_codes), min_size=1, max_size=3)):
                successions.append((code, new))
    return model.UnitRegistry(units, successions=successions)
