"""The law's data files agree with themselves, with their sources' shape and with the docs.

The holidays pattern: every packaged data file is checked by the same rules, and the item tables
on the docs page are compared with the data, so that neither drifts from the other.
"""

from __future__ import annotations

import itertools
import json
import re
import typing
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import ValidationError
from hoiquanchung.model import (
    ActivityScope,
    LimitKey,
    ReferenceList,
    default_reference_lists,
    founding_minimum,
    founding_minimums,
    leadership_limit,
    leadership_limits,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "api" / "model-associations.rst"
LISTS = default_reference_lists().lists
CENTRAL = sorted((x for x in LISTS if x.area is None), key=lambda x: x.valid_from)


def test_every_file_of_the_lists_folder_is_a_shipped_list() -> None:
    folder = files("hoiquanchung.model") / "data" / "lists"
    ids = set()
    for path in folder.iterdir():
        if path.name.endswith(".json"):
            ids.add(json.loads(path.read_text(encoding="utf-8"))["id"])
    assert ids == {x.id for x in LISTS}


@pytest.mark.parametrize("lst", LISTS, ids=lambda x: x.id)
def test_numbering_follows_the_source(lst: ReferenceList) -> None:
    numbers = [e.number for e in lst.entries]
    if lst.complete:
        assert numbers == list(range(1, lst.expected_count + 1))
    else:
        # An incomplete list keeps the source's numbers: increasing, unique, within the count.
        known = [n for n in numbers if n is not None]
        assert known == sorted(set(known))
        assert all(1 <= n <= lst.expected_count for n in known)


@pytest.mark.parametrize("lst", CENTRAL, ids=lambda x: x.id)
def test_every_central_entry_has_evidence_and_certainty(lst: ReferenceList) -> None:
    for entry in lst.entries:
        assert entry.number is not None
        assert entry.evidence, entry.number
        assert entry.certainty != "inferred", entry.number
        if entry.name is None:
            assert entry.certainty == "gloss-only"
            assert entry.name_en


@pytest.mark.parametrize("lst", LISTS, ids=lambda x: x.id)
def test_validity_periods_are_well_formed(lst: ReferenceList) -> None:
    assert lst.issued_on <= lst.valid_from
    assert lst.valid_to is None or lst.valid_from <= lst.valid_to
    assert lst.where_seen


def test_central_lists_follow_each_other_without_gap() -> None:
    for before, after in itertools.pairwise(CENTRAL):
        assert before.valid_to is not None
        assert before.valid_to + timedelta(days=1) == after.valid_from
    assert CENTRAL[-1].valid_to is None
    assert CENTRAL[0].valid_from == date(2023, 8, 22)


def _docs_table(list_id: str) -> list[tuple[int, str | None, str | None, str]]:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(f":name: list-{list_id}")
    end = text.find(".. ", start)
    block = text[start : end if end != -1 else len(text)]
    rows = re.findall(r"\* - (\d+)\n\s+- (.+)\n\s+- (.+)\n\s+- ``([a-z-]+)``", block)
    return [
        (int(n), None if vi == "—" else vi, None if en == "—" else en, certainty)
        for n, vi, en, certainty in rows
    ]


@pytest.mark.parametrize("lst", CENTRAL, ids=lambda x: x.id)
def test_the_docs_page_lists_the_data(lst: ReferenceList) -> None:
    expected = [(e.number, e.name, e.name_en, e.certainty) for e in lst.entries]
    assert _docs_table(lst.id) == expected
    caption = f"{len(lst.entries)} of {lst.expected_count} items"
    assert caption in DOCS.read_text(encoding="utf-8")


# --- thresholds ---------------------------------------------------------------------------------

RULES = files("hoiquanchung.model") / "data" / "rules"
RULE_FILES = sorted(p.name for p in RULES.iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_rules_file_names_its_document_and_period(name: str) -> None:
    raw = json.loads((RULES / name).read_text(encoding="utf-8"))
    for key in ("legal_source", "issued_on", "valid_from", "where_seen"):
        assert raw[key], (name, key)
    valid_from = date.fromisoformat(raw["valid_from"])
    assert date.fromisoformat(raw["issued_on"]) <= valid_from
    if raw["valid_to"] is not None:
        assert valid_from <= date.fromisoformat(raw["valid_to"])
    items = raw["founding_minimums"] + raw["leadership_limits"]
    assert items, name
    for item in items:
        assert item["evidence"]
        assert item["certainty"] in {"reported", "unverified"}


def test_no_two_documents_set_one_threshold_on_the_same_day() -> None:
    slots = [(m.scope.value, m) for m in founding_minimums()]
    slots += [(limit.key, limit) for limit in leadership_limits()]
    for key, a in slots:
        for other_key, b in slots:
            if a is not b and key == other_key:
                assert not a.in_force(b.valid_from), key
                assert not b.in_force(a.valid_from), key


def test_every_limit_is_set_from_118() -> None:
    on = date(2023, 8, 22)
    keys = {limit.key for limit in leadership_limits() if limit.in_force(on)}
    assert keys == set(typing.get_args(LimitKey))


def test_the_docs_page_lists_the_thresholds() -> None:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(":name: thresholds-table")
    block = text[start : text.index(".. autofunction::", start)]
    rows = re.findall(
        r"\* - (.+)\n\s+- (\d+)\n\s+- (.+)\n\s+- (.+)\n\s+- (.+)\n\s+- ``([a-z-]+)``", block
    )

    def end(day: date | None) -> str:
        return day.isoformat() if day else "—"

    expected = [
        (f"founding minimum, {m.scope.value}", str(m.minimum), m.source,
         m.valid_from.isoformat(), end(m.valid_to), m.certainty)
        for m in founding_minimums()
    ] + [
        (x.key, str(x.value), x.source, x.valid_from.isoformat(), end(x.valid_to), x.certainty)
        for x in leadership_limits()
    ]  # fmt: skip
    assert rows == expected


def test_founding_minimum_applies_on_is_a_deprecated_alias() -> None:
    rule = founding_minimums()[0]
    with pytest.warns(DeprecationWarning, match="in_force"):
        assert rule.applies_on(rule.valid_from) is rule.in_force(rule.valid_from) is True


def test_thresholds_refuse_junk() -> None:
    with pytest.raises(ValidationError, match="unknown limit"):
        leadership_limit("max_members", date(2024, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        leadership_limit("max_consecutive_terms", "2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="ActivityScope"):
        founding_minimum("tỉnh", date(2024, 1, 1))  # type: ignore[arg-type]


@given(st.sampled_from(list(ActivityScope)), st.dates())
def test_a_founding_minimum_is_the_one_in_force(scope: ActivityScope, on: date) -> None:
    rule = founding_minimum(scope, on)
    in_force = [m for m in founding_minimums() if m.scope is scope and m.in_force(on)]
    assert in_force == ([] if rule is None else [rule])


@given(st.sampled_from(typing.get_args(LimitKey)), st.dates())
def test_a_leadership_limit_is_the_one_in_force(key: LimitKey, on: date) -> None:
    limit = leadership_limit(key, on)
    in_force = [x for x in leadership_limits() if x.key == key and x.in_force(on)]
    assert in_force == ([] if limit is None else [limit])
    if on < date(2022, 3, 30):
        assert limit is None
