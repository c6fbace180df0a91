"""Đọc chặt (strict reading): the structuring hooks both loaders share.

:mod:`hoiquanchung.io` (users' documents) and :mod:`hoiquanchung.model._data_files` (the
model's own data files) read the same simple field types the same strict way: text must be a
``str`` (NFC-normalised), an int an ``int`` (not a bool, not a text), a bool a ``bool``, a date
an ISO ``YYYY-MM-DD`` text, an enum one of its Vietnamese values.  The hooks live here, below
the model, so that the model never imports :mod:`hoiquanchung.io` (which imports the model).
Each loader adds what only it needs: :mod:`~hoiquanchung.io` decimals, bounded ints and its
fast path; the data files refuse a key written twice (:func:`refuse_duplicate_keys`).

A hook raises :class:`ProblemError` carrying catalogue text; the loaders turn it into one
``(path, message)`` problem of a :class:`~hoiquanchung.errors.LoadError`.

>>> structure_int(7, int)
7
>>> structure_int("7", int)
Traceback (most recent call last):
...
hoiquanchung._strict.ProblemError: expected an int, got str '7'
>>> structure_date("2024-03-08", None).isoformat()
'2024-03-08'
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import os
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from hoiquanchung._catalogue import ErrorText, Localized, error_text, fragment
from hoiquanchung._limits import int_in_range, load_error
from hoiquanchung._nfc import nfc_text
from hoiquanchung.errors import LoadError

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "ISO_DATE",
    "ProblemError",
    "enum_hook",
    "expected",
    "is_enum",
    "kind",
    "parse_document",
    "read_text",
    "refuse_duplicate_keys",
    "strict_converter",
    "structure_bool",
    "structure_date",
    "structure_int",
    "structure_str",
    "too_deep",
]

#: An ISO date as text, ``YYYY-MM-DD`` (ASCII digits only).
ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class ProblemError(Exception):
    """A leaf problem raised by a strict hook; becomes one ``(path, message)`` pair.

    ``text`` is its message from the catalogue (English as ``str``, any language with
    ``text.text(lang)``).
    """

    def __init__(self, text: ErrorText) -> None:
        super().__init__(text)
        self.text = text


def expected(what: Localized, value: object) -> ProblemError:
    """``expected <what>, got <value's type and repr>`` (*what* a fragment of the catalogue)."""
    return ProblemError(error_text("expected-type", expected=what, type=kind(value)))


def kind(value: object) -> str:
    """*value*'s type, with its repr when that is short (``str '7'``)."""
    if type(value) is int and not int_in_range(value):  # its repr would fail, or be huge
        return "int"
    try:
        text = repr(value)
    except (ValueError, RecursionError):  # a huge int or a deep list inside
        return type(value).__name__
    return f"{type(value).__name__} {text}" if len(text) <= 40 else type(value).__name__


def structure_str(value: object, _: object) -> str:
    """A ``str`` (not a subclass), NFC-normalised."""
    if type(value) is not str:  # (nfc_text below would accept a subclass of str)
        raise expected(fragment("a-string"), value)
    return nfc_text(value)


def structure_int(value: object, _: object) -> int:
    """An ``int`` (a bool is refused); its size is the caller's to bound."""
    if type(value) is not int:
        raise expected(fragment("an-int"), value)
    return value


def structure_bool(value: object, _: object) -> bool:
    """A ``bool``."""
    if type(value) is not bool:
        raise expected(fragment("true-or-false"), value)
    return value


def structure_date(value: object, _: object) -> _dt.date:
    """A date, or an ISO ``YYYY-MM-DD`` text naming one (TOML gives dates as dates)."""
    if type(value) is _dt.date:
        return value
    if type(value) is str and len(value) == 10 and ISO_DATE.match(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ProblemError(error_text("date-invalid", value=value, detail=str(exc))) from None
    raise expected(fragment("an-iso-date"), value)


def enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    """The hook for enum *cls*: one of its values, as text (NFC-normalised)."""
    by_value = {member.value: member for member in cls}
    choices = ", ".join(repr(v) for v in by_value)

    def hook(value: object, _: object) -> enum.Enum:
        if type(value) is str:
            member = by_value.get(value)  # the common case: already NFC
            if member is None:
                member = by_value.get(nfc_text(value))
            if member is not None:
                return member
        raise expected(fragment("one-of", choices=choices), value)

    return hook


def is_enum(tp: object) -> bool:
    """Whether *tp* is an enum class (the predicate the enum hook is registered under)."""
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def strict_converter(
    *,
    detailed_validation: bool = True,
    int_hook: Callable[[object, object], int] = structure_int,
) -> cattrs.Converter:
    """A cattrs converter refusing unknown keys, with the strict hooks for text, ints (*int_hook*),
    bools, dates and enums; each loader registers the rest of what it reads."""
    import cattrs  # a core dependency; imported on first use so that importing stays cheap

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed_validation)
    conv.register_structure_hook(str, structure_str)
    conv.register_structure_hook(int, int_hook)
    conv.register_structure_hook(bool, structure_bool)
    conv.register_structure_hook(_dt.date, structure_date)
    conv.register_structure_hook_factory(is_enum, enum_hook)
    return conv


def too_deep(what: str) -> ErrorText:
    """``nested-too-deeply`` for *what*: ``"JSON"``, ``"TOML"`` or ``"document"``."""
    shown = fragment("the-document") if what == "document" else what
    return error_text("nested-too-deeply", format=shown)


def read_text(source: object) -> str:
    """The text of *source*: a ``str`` as it is, ``bytes`` as UTF-8, a path's file as UTF-8.

    >>> read_text(b"Hi\\xe1\\xbb\\x87p")
    'Hiệp'
    >>> read_text(3)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.LoadError: expected text, bytes or a path, got int
    """
    if isinstance(source, os.PathLike):
        try:
            return Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            text = error_text("file-unreadable", path=os.fspath(source), detail=str(exc))
            raise LoadError(text) from exc
    if isinstance(source, bytes):
        try:
            return source.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(error_text("not-utf8", detail=str(exc))) from exc
    if isinstance(source, str):
        return source
    kind_name = type(source).__name__
    raise LoadError(
        error_text("expected-type", expected=fragment("text-bytes-or-path"), type=kind_name)
    )


def parse_document(
    text: str, format: Literal["JSON", "TOML"], *, refuse_duplicates: bool = False
) -> object:
    """*text* parsed as JSON or TOML by the standard library; its faults as :class:`LoadError`
    (``not-json``, ``not-toml``, ``nested-too-deeply``, ``literal-too-long``).  With
    *refuse_duplicates*, a JSON key written twice in one object is refused too.

    >>> parse_document('{"a": [1, 2]}', "JSON")
    {'a': [1, 2]}
    >>> parse_document("a = [1,", "TOML")
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.LoadError: not TOML: ...
    """
    try:
        if format == "TOML":
            return tomllib.loads(text)
        if refuse_duplicates:
            return json.loads(text, object_pairs_hook=refuse_duplicate_keys)
        return json.loads(text)
    except json.JSONDecodeError as exc:
        message = error_text("not-json", detail=exc.msg, line=exc.lineno, column=exc.colno)
        raise LoadError(message) from None
    except tomllib.TOMLDecodeError as exc:
        raise LoadError(error_text("not-toml", detail=str(exc))) from None
    except RecursionError:
        raise LoadError(too_deep(format)) from None
    except LoadError:  # a key written twice (a ValueError too: not the case below)
        raise
    except ValueError:  # Python's limit on int-from-text conversion (4,300 digits)
        raise load_error(code="literal-too-long", format=format) from None


def refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` for :func:`json.loads` refusing a key written twice in one object.

    >>> import json
    >>> json.loads('{"a": 1, "a": 2}', object_pairs_hook=refuse_duplicate_keys)
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.LoadError: the key 'a' appears twice in one object
    """
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise LoadError(error_text("key-twice", key=key))
        out[key] = value
    return out
