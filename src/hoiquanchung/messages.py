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
other than ``"vi"`` and ``"en"`` a :class:`~hoiquanchung.errors.ValidationError`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

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
    canonical,
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
    "canonical",
    "error_text",
    "fragment",
    "localized",
    "render",
]

_KINDS = ("finding", "error", "fragment")


@contextlib.contextmanager
def _lookup(lang: str | None, kind: str) -> Iterator[None]:
    """Check *lang* and *kind*, and turn the catalogue's :class:`KeyError` into the library's
    :class:`~hoiquanchung.errors.NotFoundError` (keeping its code)."""
    if lang is not None and lang not in ("vi", "en"):
        raise ValidationError(_catalogue.error_text("language", lang=lang), field="lang")
    if kind not in _KINDS:
        raise ValidationError(
            _catalogue.error_text("catalogue-kind", kinds=", ".join(_KINDS), kind=kind),
            field="kind",
        )
    try:
        yield
    except KeyError as exc:
        raise NotFoundError(exc.args[0]) from None


def render(
    code: str,
    lang: Language,
    facts: Mapping[str, Fact] | None = None,
    *,
    kind: str = "finding",
    variant: str | None = None,
) -> str:
    """The message of *code* (a finding, an error or a fragment: *kind*) in *lang*.

    *facts* fill the template; a :class:`Localized` fact gives its text in *lang*.

    >>> render("missing-dependency", "vi", {"feature": "đọc .docx", "package": "python-docx",
    ...                                     "extra": "docx"}, kind="error")
    "cần gói tùy chọn 'python-docx' (đọc .docx): cài đặt bằng  pip install 'hoiquanchung[docx]'"
    >>> render("no-such-code", "vi")
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.NotFoundError: no finding 'no-such-code' in the message catalogue
    """
    with _lookup(lang, kind):
        return _catalogue.render(code, lang, facts, kind=kind, variant=variant)


def localized(
    code: str,
    facts: Mapping[str, Fact] | None = None,
    *,
    kind: str = "finding",
    variant: str | None = None,
) -> Localized:
    """The message of *code* in both languages.

    >>> localized("date-format", {"written": "5/8/2023", "proper": "05/8/2023",
    ...                           "reasons": fragment("day-leading-zero")}).en
    "Date '5/8/2023' should be written '05/8/2023' under Nghị định 30/2020/NĐ-CP (days below 10 \
take a leading zero)"
    """
    with _lookup(None, kind):
        return _catalogue.localized(code, facts, kind=kind, variant=variant)


def fragment(name: str, **facts: Fact) -> Localized:
    """The fragment *name* filled with *facts*, in both languages.

    >>> fragment("month-no-leading-zero", month=3)
    Localized(vi='tháng 3 không cần số 0 ở trước', en='month 3 takes no leading zero')
    """
    return localized(name, facts, kind="fragment")


def error_text(code: str, **facts: Fact) -> ErrorText:
    """The message of error *code* with *facts*, to raise an error with.

    It is the English message (a :class:`str`) that keeps its code and facts, so that the error
    renders in either language:

    >>> from hoiquanchung.errors import ValidationError
    >>> err = ValidationError(error_text("table-unknown-dimension", dimension="giới"), path="$.t")
    >>> str(err), err.code
    ("unknown dimension 'giới' @ $.t", 'table-unknown-dimension')
    >>> err.render("vi")
    "không có chiều 'giới' @ $.t"
    """
    with _lookup(None, "error"):
        return _catalogue.error_text(code, **facts)
