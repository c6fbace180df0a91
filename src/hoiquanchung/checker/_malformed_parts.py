"""A list that holds a malformed number: the malformed number is reported, not its total.

Issue 9 asks that a part whose own number is malformed be reported as a malformed number, not
as a derived total mismatch.  *Tổng vốn là 5,11 tỷ USD, gồm 1.89 tỷ USD vốn mới, 2,95 tỷ USD
vốn tăng thêm và 0,27 tỷ USD vốn góp* (reatimes.vn, 2024; a hunt on unseen text): *1.89* is
no Vietnamese number (a thousands dot before two digits), so the grammar reads no quantity
there, and a totals rule adds up the two parts left, 3,22 tỷ against 5,11 tỷ.  Read as 1,89,
the three parts make the total exactly: the one slip is the malformed number, which rule
malformed reports; the mismatch of the total follows from it.

So a ``total-mismatch`` or ``parts-exceed-total`` in prose is not reported when a
``malformed-number`` is reported in the same sentence of the same paragraph, followed by the
total's noun (its first word after the scale: *1.89 tỷ USD* under *5,11 tỷ USD*, *19.95 người
khuyết tật* under *trên 40 nghìn người khuyết tật*): it may be a part.  A malformed number of
another noun (*thụ lý mới 5.621 việc (tăng 5.6% so với năm 2019)* under *8.169 việc*) is no part
of the list, and the total is still judged; so is a mismatch in another sentence, and every
other finding stays.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding
from hoiquanchung.numbers._vocabulary import scale_words

__all__ = ["without_derived_totals"]

_TOTALS = frozenset({"total-mismatch", "parts-exceed-total"})
_MALFORMED = "malformed-number"
# The end of a sentence: a full stop, "!" or "?" before a space or the end (a dot between
# digits groups thousands or is a malformed decimal, no end).
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)")
# A number as written (digits and separators), the last digit of one, a word, and how far
# after a number its noun is read.
_TOKEN = re.compile(r"[\d.,]*\d")
_LAST_DIGIT = re.compile(r"\d(?!.*\d)", re.DOTALL)
_WORD = re.compile(r"%|[^\W\d_]+")
_NOUN_CHARS = 30


def _index(paragraph: Paragraph, finding: Finding) -> int | None:
    """Where in the paragraph's text *finding* stands, or ``None`` when it is not in it."""
    if finding.line != paragraph.line or finding.column is None:
        return None
    return bisect.bisect_left(paragraph.columns, finding.column - 1)


def _noun(after: str) -> str | None:
    """The first word of the noun in *after* (the text after a number's digits), scale words
    passed over: ``" tỷ USD vốn mới"`` → ``"usd"``, ``"% so với"`` → ``"%"``."""
    words: list[str] = _WORD.findall(after[:_NOUN_CHARS].casefold())
    return next((word for word in words if word not in scale_words()), None)


def without_derived_totals(paragraph: Paragraph, findings: Sequence[Finding]) -> list[Finding]:
    """*findings* of one paragraph without the totals' mismatches of its sentences that hold a
    reported malformed number.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Tổng vốn là 5,11 tỷ USD, gồm 1.89 tỷ USD vốn mới, 2,95 tỷ USD vốn tăng thêm "
    ...         "và 0,27 tỷ USD vốn góp.")
    >>> [(f.code, f.stated) for f in check_text(text)]
    [('malformed-number', '1.89')]
    >>> [f.code for f in check_text(text + " Có 50 hộ, gồm 20 hộ nghèo và 31 hộ cận nghèo.")]
    ['malformed-number', 'total-mismatch']
    """
    if not any(f.code == _MALFORMED for f in findings):
        return list(findings)
    text = paragraph.text
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    # (sentence, noun) of each malformed number reported
    malformed: set[tuple[int, str | None]] = set()
    for f in findings:
        if f.code == _MALFORMED and (at := _index(paragraph, f)) is not None:
            token = _TOKEN.match(text, at)
            after = text[token.end() if token else at :]
            malformed.add((bisect.bisect_left(ends, at), _noun(after)))
    kept = []
    for f in findings:
        at = _index(paragraph, f) if f.code in _TOTALS and f.stated else None
        if at is not None and f.stated is not None:
            digits = _LAST_DIGIT.search(f.stated)
            noun = _noun(f.stated[digits.end() :]) if digits else None
            if noun is not None and (bisect.bisect_left(ends, at), noun) in malformed:
                continue
        kept.append(f)
    return kept
