"""Findings: figures that do not hold, as data.

A :class:`Finding` is what every rule of hoiquanchung returns when a figure breaks a rule: the
domain model's policy rules, the reconciliation of a report's totals and rates, and the report
checker.  It is data, not an exception: a user needs the whole list.  It carries a machine
``code`` (lower-case, hyphenated, stable: ``rate-mismatch``), a :class:`Severity`, where it was
found (``path``, ``field``, ``file``, ``line``, ``column``), the stated and computed values, and
a message in Vietnamese and in English.  :meth:`Finding.create` words the message from the
catalogue (:mod:`hoiquanchung.messages`) and keeps the facts it was worded from:

>>> f = Finding.create("impossible-date", {"written": "30/02/2024", "why": "..."}, line=3)
>>> f.severity, f.message_en, f.facts["written"]
(<Severity.ERROR: 'error'>, "Impossible date: '30/02/2024' (...)", '30/02/2024')

>>> from decimal import Decimal
>>> f = Finding(
...     code="rate-mismatch",
...     severity=Severity.ERROR,
...     message_vi="Tỷ lệ 515/565 là 91,15%, báo cáo ghi 91,53%",
...     message_en="515/565 is 91.15%, the report states 91.53%",
...     path="II.4.3 > Đơn vị học tập",
...     stated="91,53%", computed="91,15%",
...     stated_value=Decimal("91.53"), computed_value=Decimal("91.15"),
... )
>>> f.difference
Decimal('0.38')
>>> f.message("en")
'515/565 is 91.15%, the report states 91.53%'
>>> f.render("vi")
'II.4.3 > Đơn vị học tập: rate-mismatch Tỷ lệ 515/565 là 91,15%, báo cáo ghi 91,53%'
"""

from __future__ import annotations

import decimal
import enum
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from hoiquanchung._checks import instance_of
from hoiquanchung._nfc import nfc_text, nfc_text_optional
from hoiquanchung.errors import ValidationError
from hoiquanchung.messages import FINDINGS, Fact, Language, error_text, fragment, localized
from hoiquanchung.numbers._parse import check_size

__all__ = ["Finding", "Language", "Severity", "sort_findings"]

_CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


class Severity(enum.Enum):
    """How serious a finding is.  Ordered: ``INFO < WARNING < ERROR``."""

    INFO = "info"
    """Worth knowing; not wrong (a date not written the way Nghị định 30/2020 asks)."""
    WARNING = "warning"
    """Probably wrong, or wrong under some reading (a rate that holds only when truncated)."""
    ERROR = "error"
    """Does not hold (a total that differs from the sum of its parts)."""

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _exact_difference(a: Decimal, b: Decimal) -> Decimal:
    """``a - b`` exactly, whatever the caller's :mod:`decimal` context."""
    exponents = [int(x.as_tuple().exponent) for x in (a, b)]
    digits = max(x.adjusted() for x in (a, b) if x) if (a or b) else 0
    prec = max(digits - min(exponents), 0) + 3
    return decimal.Context(prec=prec).subtract(a, b)


def _frozen_facts(value: Mapping[str, Fact]) -> Mapping[str, Fact]:
    return MappingProxyType(dict(value))


def _check_code(_inst: object, _attr: object, value: str) -> None:
    if not _CODE.match(value):
        raise ValidationError(error_text("finding-code", value=value), field="code")


def _check_position(_inst: object, attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValidationError(
            error_text("must-be", name=attr.name, expected=fragment("position")), field=attr.name
        )
    if value is not None:
        check_size(value, field=attr.name)  # the one magnitude limit (MAX_NUMBER_DIGITS)


def _check_exact(
    _inst: object, attr: attrs.Attribute[Decimal | None], value: Decimal | None
) -> None:
    if value is not None and (not isinstance(value, Decimal) or not value.is_finite()):
        raise ValidationError(
            error_text("must-be", name=attr.name, expected=fragment("finite-decimal-or-none")),
            field=attr.name,
        )
    if value is not None:
        check_size(value, field=attr.name)  # the one magnitude limit (MAX_NUMBER_DIGITS)


@attrs.frozen(kw_only=True)
class Finding:
    """One figure that does not hold, or one rule a record breaks.

    ``line`` and ``column`` are 1-based positions in the original text (for the checker);
    ``path`` is a human-readable place in a report or document (``II.1.1 Về tổ chức > cấp tỉnh``,
    ``$.associations[3]``); ``field`` the attribute of a model object a rule looked at.
    ``stated`` and ``computed`` are the values as text, written the Vietnamese way;
    ``stated_value`` and ``computed_value`` the same as exact numbers where they are numbers.
    """

    code: str = attrs.field(converter=nfc_text, validator=_check_code)
    severity: Severity = attrs.field(validator=instance_of(Severity))
    message_vi: str = attrs.field(converter=nfc_text)
    message_en: str = attrs.field(converter=nfc_text)
    path: str | None = attrs.field(default=None, converter=nfc_text_optional)
    field: str | None = attrs.field(default=None, converter=nfc_text_optional)
    file: str | None = attrs.field(default=None, converter=nfc_text_optional)
    line: int | None = attrs.field(default=None, validator=_check_position)
    column: int | None = attrs.field(default=None, validator=_check_position)
    stated: str | None = attrs.field(default=None, converter=nfc_text_optional)
    computed: str | None = attrs.field(default=None, converter=nfc_text_optional)
    stated_value: Decimal | None = attrs.field(default=None, validator=_check_exact)
    computed_value: Decimal | None = attrs.field(default=None, validator=_check_exact)
    #: The facts the message was worded from (empty for a finding not made by :meth:`create`).
    facts: Mapping[str, Fact] = attrs.field(
        factory=dict, converter=_frozen_facts, eq=False, repr=False
    )

    @classmethod
    def create(
        cls,
        code: str,
        facts: Mapping[str, Fact] | None = None,
        *,
        variant: str | None = None,
        wording: str | None = None,
        severity: Severity | None = None,
        path: str | None = None,
        field: str | None = None,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        stated: str | None = None,
        computed: str | None = None,
        stated_value: Decimal | None = None,
        computed_value: Decimal | None = None,
    ) -> Finding:
        """A finding of *code* whose messages are rendered from the catalogue with *facts*.

        *variant* picks another wording of the same code (and its severity, when it has one);
        *wording* the code whose wording to use when *code* is not in the catalogue (a code a
        caller chose); *severity* replaces the catalogue's.
        """
        given = dict(facts or {})
        key = code if code in FINDINGS or wording is None else wording
        entry = FINDINGS[key]
        chosen = entry if variant is None else entry.variants[variant]
        if severity is None:
            severity = Severity(chosen.severity or entry.severity)
        text = localized(key, given, variant=variant)
        return cls(
            code=code,
            severity=severity,
            message_vi=text.vi,
            message_en=text.en,
            path=path,
            field=field,
            file=file,
            line=line,
            column=column,
            stated=stated,
            computed=computed,
            stated_value=stated_value,
            computed_value=computed_value,
            facts=given,
        )

    @property
    def difference(self) -> Decimal | None:
        """``stated_value - computed_value`` when both are known, else ``None``."""
        if self.stated_value is None or self.computed_value is None:
            return None
        return _exact_difference(self.stated_value, self.computed_value)

    def message(self, lang: Language = "vi") -> str:
        """The message in Vietnamese (``"vi"``, the default) or English (``"en"``)."""
        if lang == "vi":
            return self.message_vi
        if lang == "en":
            return self.message_en
        raise ValidationError(error_text("language", lang=lang), field="lang")

    def location(self) -> str:
        """Where the finding is, as ``file:line:col``, ``path`` or ``field`` (may be empty)."""
        if self.line is not None:
            parts = [self.file or "<text>", str(self.line)]
            if self.column is not None:
                parts.append(str(self.column))
            return ":".join(parts)
        if self.path is not None:
            return self.path if self.file is None else f"{self.file}: {self.path}"
        return self.field or self.file or ""

    def render(self, lang: Language = "vi") -> str:
        """One line, like a linter: ``location: code message``."""
        where = self.location()
        head = f"{where}: " if where else ""
        return f"{head}{self.code} {self.message(lang)}"


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in reading order: by file, line, column, then path, then most severe first.

    >>> a = Finding(code="a", severity=Severity.INFO, message_vi="", message_en="", line=2)
    >>> b = Finding(code="b", severity=Severity.ERROR, message_vi="", message_en="", line=1)
    >>> [f.code for f in sort_findings([a, b])]
    ['b', 'a']
    """

    def key(f: Finding) -> tuple[str, int, int, str, int, str]:
        return (
            f.file or "",
            f.line or 0,
            f.column or 0,
            f.path or "",
            -f.severity.rank,
            f.code,
        )

    return sorted(findings, key=key)
