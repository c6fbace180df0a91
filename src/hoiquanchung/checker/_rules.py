"""The catalogue of the checker's rules, and the helper that places a finding in the text."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.messages import FINDINGS, Fact
from hoiquanchung.numbers import format_figure

__all__ = ["RULES", "Rule", "make_finding", "write_number"]


@attrs.frozen
class Rule:
    """One rule of the checker: its finding ``code``, usual ``severity`` and a short title.

    >>> RULES["impossible-date"].severity
    <Severity.ERROR: 'error'>
    """

    code: str
    severity: Severity
    title_vi: str
    title_en: str


# The codes of the checker's findings and the wording each uses: titles and usual severities come
# from the message catalogue (a variant's severity, when it has one, is the checker's).
_CODES: tuple[tuple[str, str | None], ...] = (
    ("rate-mismatch", None),
    ("rate-rounding", None),
    ("bound-violated", None),
    ("total-mismatch", "prose"),
    ("parts-exceed-total", "prose"),
    ("malformed-number", None),
    ("impossible-date", None),
    ("date-format", None),
    ("amount-words-mismatch", None),
)


def _rule(code: str, variant: str | None) -> Rule:
    entry = FINDINGS[code]
    worded = entry if variant is None else entry.variants[variant]
    assert entry.title_vi is not None  # checked on loading
    assert entry.title_en is not None
    return Rule(code, Severity(worded.severity or entry.severity), entry.title_vi, entry.title_en)


_ALL = tuple(_rule(code, variant) for code, variant in _CODES)

#: Every rule of the checker, by code.
RULES: dict[str, Rule] = {rule.code: rule for rule in _ALL}


def make_finding(
    paragraph: Paragraph,
    index: int,
    code: str,
    facts: Mapping[str, Fact],
    *,
    file: str | None = None,
    severity: Severity | None = None,
    variant: str | None = None,
    stated: str | None = None,
    computed: str | None = None,
    stated_value: Decimal | None = None,
    computed_value: Decimal | None = None,
) -> Finding:
    """A finding of rule *code* at ``paragraph.text[index]``, placed in the original text.

    Its messages are worded by the catalogue (:mod:`hoiquanchung.messages`) from *facts*.
    """
    line, column = paragraph.position(index)
    return Finding.create(
        code,
        facts,
        variant=variant,
        severity=severity,
        file=file,
        line=line,
        column=column,
        stated=stated,
        computed=computed,
        stated_value=stated_value,
        computed_value=computed_value,
    )


def write_number(value: int | Decimal, lang: str = "vi", unit: str | None = None) -> str:
    """:func:`hoiquanchung.numbers.format_figure`: exact digits, Vietnamese or English.

    >>> write_number(Decimal("1234567.5"), "vi", "đồng"), write_number(1234567, "en")
    ('1.234.567,5 đồng', '1,234,567')
    """
    return format_figure(value, unit, lang="en" if lang == "en" else "vi")
