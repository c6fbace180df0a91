"""Danh mục thông báo (the message catalogue): every finding and error, in Vietnamese and English.

Findings and errors carry a machine ``code`` and the *facts* of the case; their text is rendered
from one catalogue, ``hoiquanchung/data/messages.toml`` (as babel keeps its locale strings in
data, not in code).  An entry has a Vietnamese and an English template (:meth:`str.format`
templates over the facts); a finding's entry also has its usual severity and a one-line title,
and may have *variants*: the same meaning worded for another source (the checker reads prose,
reconciliation reads tables).  *Fragments* are pieces filled into templates (a reason, a tail).

A fact that reads differently by language (a number written the Vietnamese or the English way, a
word) is a :class:`Localized` pair; any other fact (text, a number, a date) is the same in both.

>>> why = fragment("no-such-day", month=2, where="/2024", day=31)
>>> render("impossible-date", "en", {"written": "31/02/2024", "why": why})
"Impossible date: '31/02/2024' (month 2/2024 has no day 31)"
>>> render("impossible-date", "vi", {"written": "31/02/2024", "why": why})
"Ngày tháng không tồn tại: '31/02/2024' (tháng 2/2024 không có ngày 31)"
>>> FINDINGS["date-format"].severity, FINDINGS["date-format"].title_en
('info', 'A date not written the way Nghị định 30/2020/NĐ-CP asks')
>>> canonical("part-exceeds-total")  # a deprecated code and the code that replaced it
'parts-exceed-total'

A code that is not in the catalogue is a :class:`~hoiquanchung.errors.NotFoundError`, a language
other than ``"vi"`` and ``"en"`` a :class:`~hoiquanchung.errors.ValidationError`; each carries
its own code, and reads in both languages:

>>> render("no-such-code", "vi")
Traceback (most recent call last):
...
hoiquanchung.errors.NotFoundError: no finding 'no-such-code' in the message catalogue
>>> try:
...     render("rate-mismatch", "fr")
... except ValidationError as err:
...     print(err.code, "|", err.render("vi"))
language | ngôn ngữ phải là 'vi' hoặc 'en', nhận được 'fr' (trường 'lang')
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Final

from hoiquanchung import _catalogue
from hoiquanchung._catalogue import (
    ALIASES,
    ERRORS,
    FINDINGS,
    FRAGMENTS,
    ErrorText,
    Fact,
    Language,
    Localized,
    Message,
    a_type,
    canonical,
    either,
    wrong_type,
)
from hoiquanchung.errors import NotFoundError, ValidationError

__all__ = [
    "ALIASES",
    "ERRORS",
    "FINDINGS",
    "FRAGMENTS",
    "ErrorText",
    "Fact",
    "Language",
    "Localized",
    "Message",
    "a_type",
    "canonical",
    "either",
    "error_text",
    "fragment",
    "localized",
    "render",
    "wrong_type",
]

# The field an argument error of the catalogue names, by its code.
_FIELDS: Final = {"language": "lang", "catalogue-kind": "kind"}


def _library_errors[**P, R](lookup: Callable[P, R]) -> Callable[P, R]:
    """*lookup* of :mod:`hoiquanchung._catalogue`, raising the library's errors: an unknown code
    a :class:`~hoiquanchung.errors.NotFoundError`, a bad language or kind a
    :class:`~hoiquanchung.errors.ValidationError` (each keeping its code)."""

    @functools.wraps(lookup)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return lookup(*args, **kwargs)
        except KeyError as exc:
            raise NotFoundError(exc.args[0]) from None
        except ValueError as exc:
            text = exc.args[0] if exc.args else None
            if not isinstance(text, ErrorText):
                raise
            raise ValidationError(text, field=_FIELDS.get(text.code)) from None

    checked.__module__ = __name__
    return checked


render = _library_errors(_catalogue.render)
localized = _library_errors(_catalogue.localized)
fragment = _library_errors(_catalogue.fragment)
error_text = _library_errors(_catalogue.error_text)
