"""The guide's page on the checker's rules follows the registry: a section per rule, in order.

docs/guide/checker-rules.md is organised by rule (one ``(rule-NAME)=`` section per check of
:data:`hoiquanchung.checker._registry.CHECKS`, in the order they run, and one for the tables);
its examples run under ``sphinx-build -b doctest``.  These tests keep the structure from drifting
when a rule is added or renamed.
"""

from __future__ import annotations

import re
from pathlib import Path

from hoiquanchung.checker import RULES
from hoiquanchung.checker._registry import CHECKS

PAGE = Path(__file__).resolve().parents[1] / "docs" / "guide" / "checker-rules.md"
NAMES = [check.name for check in CHECKS] + ["tables"]


def _text() -> str:
    return PAGE.read_text(encoding="utf-8")


def _section(text: str, name: str) -> str:
    start = text.index(f"(rule-{name})=")
    following = [text.find(f"(rule-{other})=", start + 1) for other in NAMES]
    ends = [at for at in following if at > start]
    return text[start : min(ends) if ends else len(text)]


def test_a_section_per_rule_in_the_registrys_order() -> None:
    text = _text()
    labels = re.findall(r"^\(rule-([a-z-]+)\)=$", text, re.MULTILINE)
    assert labels == NAMES


def test_the_table_at_the_top_lists_every_rule_with_its_codes() -> None:
    text = _text()
    table = text[text.index("## The rules at a glance") : text.index("## Reading the findings")]
    rows = {row.split("|")[1].strip(): row for row in table.splitlines() if row.startswith("| ")}
    for check in CHECKS:
        row = rows[f"`{check.name}`"]
        assert f"{{ref}}`rule-{check.name}`" in row
        for code in check.codes:
            assert f"`{code}`" in row, (check.name, code)


def test_every_code_is_listed_with_its_titles_in_its_rules_section() -> None:
    text = _text()
    for check in CHECKS:
        section = _section(text, check.name)
        for code in check.codes:
            rule = RULES[code]
            assert f"| `{code}` |" in section, (check.name, code)
            assert rule.title_vi in section, code
            assert rule.title_en in section, code
    tables = _section(text, "tables")
    for code in ("table-total-mismatch", "table-rate-mismatch"):
        assert RULES[code].title_en in tables


def test_no_heading_names_a_round_or_a_helper() -> None:
    headings = [line for line in _text().splitlines() if line.startswith("#")]
    assert headings
    for heading in headings:
        assert not re.search(r"\bround \d|helper|\b(?:far|near|gifts|rates)-?\d", heading), heading
