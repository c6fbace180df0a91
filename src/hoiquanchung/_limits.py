"""Giới hạn đầu vào (input limits): what the loaders refuse, and the words they refuse it with.

Every door through which plain data becomes model objects, or model objects become text
(:func:`hoiquanchung.io.structure`, :func:`~hoiquanchung.io.unstructure` and the dumps,
:func:`hoiquanchung.indicators.load_report`, :class:`~hoiquanchung.findings.Finding` fields)
applies one magnitude limit, the numbers module's :data:`MAX_NUMBER_DIGITS`: no number with more
than that many digits before (or after) its decimal point.  It is far beyond any report and below
Python's limit on int-to-text conversion (4,300 digits), so no value that gets in can later fail
with a bare ``ValueError`` in ``repr``, ``str`` or a dump.

Messages live in the catalogue (``data/messages.toml``), one entry a problem, each in Vietnamese
and English; the English text is the :class:`~hoiquanchung.errors.LoadError` message, the error
renders in either language (``err.render("vi")``), and the Vietnamese is also added as a note
(:pep:`678`, shown with the traceback).

>>> int_in_range(10**1000 - 1), int_in_range(-(10**1000))
(True, False)
>>> message("nested-too-deeply", "vi", format="TOML")
'TOML lồng nhau quá sâu'
>>> err = load_error("number-too-long", path="$.members")
>>> str(err)
'a number with more than 1000 digits (the limit of hoiquanchung) @ $.members'
>>> err.__notes__
['[vi] số có hơn 1000 chữ số (giới hạn của hoiquanchung) @ $.members']
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from hoiquanchung._catalogue import Fact, error_text, render
from hoiquanchung.errors import LoadError, ValidationError
from hoiquanchung.numbers._parse import MAX_NUMBER_DIGITS, check_size

__all__ = [
    "INT_LIMIT",
    "MAX_NUMBER_DIGITS",
    "CODES",
    "decimal_in_range",
    "int_in_range",
    "load_error",
    "message",
]

#: Integers strictly between ``-INT_LIMIT`` and ``INT_LIMIT`` have at most MAX_NUMBER_DIGITS digits.
INT_LIMIT: Final[int] = 10**MAX_NUMBER_DIGITS

#: The codes of the catalogue (``data/messages.toml``, ``[error.<code>]``) that these limits raise;
#: ``limit`` is always given as a fact.
CODES: Final[tuple[str, ...]] = (
    "number-too-long",
    "literal-too-long",
    "nested-too-deeply",
    "report-nested-too-deeply",
    "cannot-unstructure",
)


def message(code: str, lang: Literal["vi", "en"] = "en", **facts: Fact) -> str:
    """The message for *code* in Vietnamese (``'vi'``) or English (``'en'``), from the catalogue."""
    return render(code, lang, {"limit": MAX_NUMBER_DIGITS, **facts}, kind="error")


def load_error(code: str, *, path: str | None = None, **facts: Fact) -> LoadError:
    """A :class:`~hoiquanchung.errors.LoadError` for *code*, rendered in either language
    (``err.render("vi")``); the Vietnamese is also a note, shown with the traceback."""
    text = error_text(code, limit=MAX_NUMBER_DIGITS, **facts)
    err = LoadError(text, path=path, errors=((path or "$", str(text)),))
    vi = text.text("vi")
    err.add_note(f"[vi] {vi}" + (f" @ {path}" if path is not None else ""))
    return err


def int_in_range(value: int) -> bool:
    """Whether *value* has at most :data:`MAX_NUMBER_DIGITS` digits."""
    return -INT_LIMIT < value < INT_LIMIT


def decimal_in_range(value: Decimal) -> bool:
    """Whether a finite *value* has at most :data:`MAX_NUMBER_DIGITS` digits on either side
    (the test of :func:`hoiquanchung.numbers._parse.check_size`)."""
    try:
        check_size(value)
    except ValidationError:
        return False
    return True
