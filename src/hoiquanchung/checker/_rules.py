"""A rule of the checker by finding code, and the helpers that word and place a finding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, TypedDict, Unpack

import attrs

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.messages import Fact, Localized
from hoiquanchung.numbers._format import write_figure as write_number

if TYPE_CHECKING:
    from hoiquanchung.checker._mentions import Mention

__all__ = ["Rule", "make_finding", "sum_of_terms", "total_mismatch", "write_number"]


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


class FindingDetails(TypedDict, total=False):
    """What :func:`make_finding` passes on to :meth:`~hoiquanchung.findings.Finding.create`."""

    file: str | None
    severity: Severity | None
    variant: str | None
    stated: str | None
    computed: str | None
    stated_value: Decimal | None
    computed_value: Decimal | None


def make_finding(
    paragraph: Paragraph,
    index: int,
    code: str,
    facts: Mapping[str, Fact],
    **details: Unpack[FindingDetails],
) -> Finding:
    """A finding of rule *code* at ``paragraph.text[index]``, placed in the original text.

    Its messages are worded by the catalogue (:mod:`hoiquanchung.messages`) from *facts*; the
    *details* (file, severity, variant, stated and computed values) are the finding's own.
    """
    line, column = paragraph.position(index)
    return Finding.create(code, facts, line=line, column=column, **details)


def sum_of_terms(values: Iterable[Decimal]) -> Localized:
    """The terms of a sum as a reader writes them, in both languages.

    >>> sum_of_terms([Decimal(1200), Decimal("3.5")]).en
    '1,200 + 3.5'
    """
    listed = list(values)
    return Localized(
        " + ".join(write_number(v) for v in listed),
        " + ".join(write_number(v, "en") for v in listed),
    )


def total_mismatch(
    paragraph: Paragraph,
    index: int,
    total: Mention,
    computed: Decimal,
    terms: Localized,
    *,
    file: str | None,
    severity: Severity | None = None,
) -> Finding:
    """``total-mismatch`` (prose wording) at ``paragraph.text[index]``: the stated *total* is not
    the *computed* sum of *terms*. Without *severity*, the catalogue's."""
    unit = total.unit
    written = Localized(write_number(computed, "vi", unit), write_number(computed, "en", unit))
    return make_finding(
        paragraph,
        index,
        "total-mismatch",
        {"total": total.text, "terms": terms, "sum": written},
        variant="prose",
        file=file,
        severity=severity,
        stated=total.text,
        computed=write_number(computed, "vi", unit),
        stated_value=total.value,
        computed_value=computed,
    )
