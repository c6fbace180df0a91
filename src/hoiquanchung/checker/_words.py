"""Rule 5: an amount in digits whose words (``Bằng chữ: ...``) say another amount.

The words after *bằng chữ* (up to a bracket, a full stop, a semicolon or the end of the
paragraph; *đồng*, *chẵn*, ``./.`` dropped) are read with
:func:`hoiquanchung.numbers.from_words`.  They are compared with the last amount of money
written in digits before them, in the same paragraph or the one just before (forms put
``Số tiền: ...`` and ``Bằng chữ: ...`` on two lines).  Words that cannot be read are left alone,
and so are words that say an earlier amount of the paragraph ("Tổng cộng: 150.000.000 đồng,
trong đó ngân sách 100.000.000 đồng (Bằng chữ: Một trăm năm mươi triệu đồng)" spells the
total).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from hoiquanchung.checker._context import Check, ParagraphContext, paragraph_index
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._patterns import Gated
from hoiquanchung.checker._rules import make_finding, write_number
from hoiquanchung.errors import HoiQuanChungError
from hoiquanchung.findings import Finding
from hoiquanchung.messages import Localized
from hoiquanchung.numbers import Bound, from_words

__all__ = ["CHECK", "check_words"]

_LOOKBACK = 8  # quantities before the words that may be the amount they spell
_IN_WORDS = re.compile(r"\bbằng\s+chữ\s*[:：]?\s*", re.IGNORECASE)
_IN_WORDS_AT = Gated(_IN_WORDS, ("bằng",))  # where its first word starts, only (speed)
_WORDS_END = re.compile(r"[()\[\];.\n|]|\Z")
_TRAILER = re.compile(r"(?:\s*(?:đồng|vnđ|vnd|chẵn|\./\.|/))+\s*\Z", re.IGNORECASE)


def _read_words(words: str) -> int | Decimal | None:
    cleaned = _TRAILER.sub("", words).strip(" ,:–-\t").casefold()
    if not cleaned or any(c.isdigit() for c in cleaned):
        return None
    try:
        return from_words(cleaned)
    except HoiQuanChungError:
        return None


def _spells(value: int | Decimal, amount: Mention) -> bool:
    """Whether *value* is the amount written in digits (at its written precision)."""
    low, high = amount.quantity.interval()
    return amount.bound is Bound.EXACT and low <= value <= high


def check_words(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 5 in one paragraph; updates the document state for the next one (at
    the call: a plain function, no generator made for the many paragraphs without *chữ*;
    speed)."""
    previous = context.state.last_money
    context.state.advance(context.mentions)
    text = context.text
    # Its letter "ữ" first: found by a scan many times faster than the word's, and absent from
    # most paragraphs, where the word cannot be either (speed).
    if "ữ" not in text or "chữ" not in text:
        return _NOTHING
    return _words(context, previous)


_NOTHING: Final[Iterator[Finding]] = iter(())


def _words(context: ParagraphContext, previous: Mention | None) -> Iterator[Finding]:
    """The findings of :func:`check_words` in a paragraph that holds *chữ*; *previous* is the
    last amount of money of the paragraphs before it."""
    paragraph, mentions, file = context.paragraph, context.mentions, context.file
    text = paragraph.text
    ends = paragraph_index(context).ends  # in the paragraph's text
    for m in _IN_WORDS_AT.finditer(text, 0, len(text)):
        end = _WORDS_END.search(text, m.end())
        assert end is not None  # \Z always matches
        words = text[m.end() : end.start()]
        value = _read_words(words)
        if value is None:
            continue
        # The amounts in digits before the words (bisection and a short look-back keep a long
        # paragraph of many amounts linear).
        n_before = bisect.bisect_right(ends, m.start())
        before = [x for x in mentions[max(0, n_before - _LOOKBACK) : n_before] if x.unit == "đồng"]
        amount = before[-1] if before else (previous if n_before < _LOOKBACK else None)
        if amount is None or amount.bound is not Bound.EXACT:
            continue
        if any(_spells(value, x) for x in before or [amount]):
            continue
        written = words.strip()
        yield make_finding(
            paragraph,
            m.end(),
            "amount-words-mismatch",
            {
                "words": written,
                "value": Localized(
                    write_number(value, "vi", "đồng"), write_number(value, "en", "đồng")
                ),
                "amount": amount.text,
            },
            file=file,
            stated=written,
            computed=amount.text,
            stated_value=Decimal(value),
            computed_value=amount.value,
        )


#: Rule words: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check("words", check_words, ("amount-words-mismatch",), every_paragraph=True)
