"""A rule of the checker by finding code, and the helpers that word and place a finding."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.messages import Fact
from hoiquanchung.numbers._format import write_figure as write_number

__all__ = ["Rule", "make_finding", "write_number"]


@attrs.frozen
class Rule:
    """One rule of the checker: its finding ``code``, usual ``severity`` and a short title.

    :data:`hoiquanchung.checker.RULES` holds one for every code the checker may emit, built from
    the message catalogue.

    >>> from hoiquanchung.checker import RULES
    >>> RULES["impossible-date"].severity
    <Severity.ERROR: 'error'>
    """

    code: str
    severity: Severity
    title_vi: str
    title_en: str


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
