"""The catalogue of the checker's rules, and the helper that places a finding in the text."""

from __future__ import annotations

from decimal import Decimal

import attrs

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers._format import write_figure as write_number

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


_ALL = (
    Rule(
        "rate-mismatch",
        Severity.ERROR,
        "Tỷ lệ ghi không khớp với phân số của nó",
        "A stated rate does not match its fraction",
    ),
    Rule(
        "rate-rounding",
        Severity.WARNING,
        "Tỷ lệ chỉ khớp khi làm tròn theo quy tắc khác (cắt bỏ, ...)",
        "A stated rate holds only under another rounding rule (truncation, ...)",
    ),
    Rule(
        "bound-violated",
        Severity.ERROR,
        "Tỷ lệ có cận (trên, hơn, gần...) không đúng với phân số",
        "A rate stated with a bound (more than, nearly...) that its fraction breaks",
    ),
    Rule(
        "total-mismatch",
        Severity.ERROR,
        "Tổng số khác tổng các thành phần liệt kê",
        "A total differs from the sum of the parts that make it up",
    ),
    Rule(
        "part-exceeds-total",
        Severity.WARNING,
        "Một thành phần lớn hơn tổng số",
        "A part is larger than its total",
    ),
    Rule(
        "malformed-number",
        Severity.WARNING,
        "Số viết sai quy cách (dấu chấm, dấu phẩy)",
        "A number not written the Vietnamese way (separators)",
    ),
    Rule(
        "impossible-date",
        Severity.ERROR,
        "Ngày tháng không tồn tại",
        "A date that cannot exist",
    ),
    Rule(
        "date-format",
        Severity.INFO,
        "Ngày tháng không viết theo Nghị định 30/2020/NĐ-CP",
        "A date not written the way Nghị định 30/2020/NĐ-CP asks",
    ),
    Rule(
        "amount-words-mismatch",
        Severity.ERROR,
        "Số tiền bằng chữ khác số tiền bằng số",
        "An amount in words differs from the amount in digits",
    ),
)

#: Every rule of the checker, by code.
RULES: dict[str, Rule] = {rule.code: rule for rule in _ALL}


def make_finding(
    paragraph: Paragraph,
    index: int,
    code: str,
    message_vi: str,
    message_en: str,
    *,
    file: str | None = None,
    severity: Severity | None = None,
    stated: str | None = None,
    computed: str | None = None,
    stated_value: Decimal | None = None,
    computed_value: Decimal | None = None,
) -> Finding:
    """A finding of rule *code* at ``paragraph.text[index]``, placed in the original text."""
    line, column = paragraph.position(index)
    return Finding(
        code=code,
        severity=RULES[code].severity if severity is None else severity,
        message_vi=message_vi,
        message_en=message_en,
        file=file,
        line=line,
        column=column,
        stated=stated,
        computed=computed,
        stated_value=stated_value,
        computed_value=computed_value,
    )
