"""Kiểm tra báo cáo (report checker): find the figures of a report that do not hold.

The checker reads a report's prose (plain text in UTF-8 or UTF-16/32 with a byte order mark, or
a Word ``.docx``; a file, a pipe or a binary stream), finds every quantity with the grammar of
:mod:`hoiquanchung.numbers`, and applies its rules (see :data:`RULES`):

1. a fraction with a stated rate, recomputed at the stated precision
   (``rate-mismatch``, ``rate-rounding``, ``bound-violated``);
2. a total with parts that evidently partition it (``total-mismatch``, ``parts-exceed-total``);
3. malformed numbers (``malformed-number``);
4. impossible dates and dates not written the Nghị định 30/2020 way (``impossible-date``,
   ``date-format``);
5. an amount in digits whose words say another amount (``amount-words-mismatch``);
6. a table's total row or column against its parts, and a rate column against its count and
   base (``table-total-mismatch``, ``table-rate-mismatch``): :func:`check_table` over a table
   given as rows of cell texts.

It works one paragraph at a time, so memory does not grow with the document.  Text is
NFC-normalised, but every line and column points into the original text (the reference document
mixes composed and decomposed Vietnamese).  Footnote artefacts of Word exports
(``[[footnoteRef:1]]``, ``[1: [] ...]``) never glue numbers together, and a footnote body is a
paragraph of its own.  A false alarm costs more trust than a miss: when unsure, a rule stays
quiet.

>>> [f.code for f in check_text("Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%.")]
['rate-mismatch']
>>> [(m.text, m.unit) for m in extract("có 99 tổ chức hội, dân số 729.888 người")]
[('99 tổ chức hội', 'tổ chức hội'), ('729.888 người', 'người')]
"""

from __future__ import annotations

from hoiquanchung.checker._check import (
    check_file,
    check_text,
    extract,
    iter_findings,
    read_mentions,
)
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._reading import ReportReadError
from hoiquanchung.checker._registry import RULES
from hoiquanchung.checker._rules import Rule
from hoiquanchung.checker._tables import check_table

__all__ = [
    "Mention",
    "RULES",
    "ReportReadError",
    "Rule",
    "check_file",
    "check_table",
    "check_text",
    "extract",
    "iter_findings",
    "read_mentions",
]
