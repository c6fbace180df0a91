"""Giới hạn đầu vào (input limits): what the loaders refuse, and the words they refuse it with.

Every door through which plain data becomes model objects, or model objects become text
(:func:`hoiquanchung.io.structure`, :func:`~hoiquanchung.io.unstructure` and the dumps,
:func:`hoiquanchung.indicators.load_report`, :class:`~hoiquanchung.findings.Finding` fields)
applies one magnitude limit, the numbers module's :data:`MAX_NUMBER_DIGITS`: no number with more
than that many digits before (or after) its decimal point.  It is far beyond any report and below
Python's limit on int-to-text conversion (4,300 digits), so no value that gets in can later fail
with a bare ``ValueError`` in ``repr``, ``str`` or a dump.

Messages are kept here, one entry a problem, each in Vietnamese and English; the English text is
the :class:`~hoiquanchung.errors.LoadError` message, the Vietnamese is added to the error as a
note (:pep:`678`, shown with the traceback).

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

from hoiquanchung.errors import LoadError, ValidationError
from hoiquanchung.numbers._parse import MAX_NUMBER_DIGITS, check_size

__all__ = [
    "INT_LIMIT",
    "MAX_NUMBER_DIGITS",
    "MESSAGES",
    "decimal_in_range",
    "int_in_range",
    "load_error",
    "message",
]

#: Integers strictly between ``-INT_LIMIT`` and ``INT_LIMIT`` have at most MAX_NUMBER_DIGITS digits.
INT_LIMIT: Final[int] = 10**MAX_NUMBER_DIGITS

#: code -> (Vietnamese, English); the facts fill the ``{fields}`` (``limit`` is always given).
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "number-too-long": (
        "số có hơn {limit} chữ số (giới hạn của hoiquanchung)",
        "a number with more than {limit} digits (the limit of hoiquanchung)",
    ),
    "literal-too-long": (
        "{format} có một số nguyên viết bằng hơn {limit} chữ số (giới hạn của hoiquanchung)",
        "{format} holds an integer written with more than {limit} digits"
        " (the limit of hoiquanchung)",
    ),
    "nested-too-deeply": ("{format} lồng nhau quá sâu", "{format} nested too deeply"),
    "report-nested-too-deeply": (
        "dữ liệu báo cáo lồng nhau sâu hơn {depth} tầng",
        "report data nested deeper than {depth} levels",
    ),
    "cannot-unstructure": (
        "không chuyển được {type} thành dữ liệu: {reason}",
        "cannot unstructure {type}: {reason}",
    ),
}


def message(code: str, lang: Literal["vi", "en"] = "en", **facts: object) -> str:
    """The message for *code* in Vietnamese (``'vi'``) or English (``'en'``)."""
    vi, en = MESSAGES[code]
    return (vi if lang == "vi" else en).format(limit=MAX_NUMBER_DIGITS, **facts)


def load_error(code: str, *, path: str | None = None, **facts: object) -> LoadError:
    """A :class:`~hoiquanchung.errors.LoadError` for *code*: English message, Vietnamese note."""
    en, vi = message(code, "en", **facts), message(code, "vi", **facts)
    err = LoadError(en, path=path, errors=((path or "$", en),))
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
