"""Dữ liệu đóng gói (packaged data): how the model reads its own data files.

The model's knowledge of the law (reference lists, founding minimums, leadership limits) lives
in JSON files under ``hoiquanchung/model/data/<folder>/``; each file names its legal source,
issuer, dates and where it was seen.  A folder's files are found by listing it (a new file is
picked up without editing any table) and read here, strictly: only the model's simple field
types (text, int, bool, ISO dates, enums by their Vietnamese value, literals, optional values and
lists), unknown keys refused, text NFC-normalised, every problem reported with its path as one
:class:`~hoiquanchung.errors.LoadError`.

This reader belongs to the model layer so that the model never imports :mod:`hoiquanchung.io`
(which imports the model): the layers stay numbers → model → io.  :mod:`hoiquanchung.io` reads
the same classes with its own general converter; both use the strict hooks of
:mod:`hoiquanchung._strict`.  Unlike :mod:`hoiquanchung.io`, this reader refuses a JSON key written
twice in one object (a data file is edited by hand, and the second value would silently win).

>>> from hoiquanchung.model._reference_lists import ReferenceEntry
>>> read_json('{"name": "Hội Nhà báo Việt Nam", "number": 7}', ReferenceEntry).number
7
>>> read_json('{"name": "Hội Nhà báo Việt Nam", "number": "7"}', ReferenceEntry)
Traceback (most recent call last):
...
hoiquanchung.errors.LoadError: 1 problem: expected an int, got str '7' @ $.number
>>> sorted(packaged_names("lists"))[:2]
['central_118_2023.json', 'central_230_2026.json']
"""

from __future__ import annotations

import functools
from typing import Any, Literal

from hoiquanchung._catalogue import ErrorText, Localized, error_text, fragment
from hoiquanchung._strict import (
    ProblemError,
    expected,
    parse_document,
    read_text,
    strict_converter,
    too_deep,
)
from hoiquanchung.errors import DataFileError, LoadError, ValidationError

__all__ = ["packaged", "packaged_names", "read", "read_json"]

_DATA_PACKAGE = "hoiquanchung.model"


class _ItemsError(Exception):
    """The problems of the items of one list, each with its index in a note."""

    def __init__(self, errors: list[Exception]) -> None:
        super().__init__(errors)
        self.errors = errors


def _is_sequence_type(tp: object) -> bool:
    origin = getattr(tp, "__origin__", None)
    return origin in (tuple, list)


@functools.cache
def _converter() -> Any:
    conv = strict_converter()
    conv.register_structure_hook_func(_is_sequence_type, _SequenceGuard(conv))
    return conv


class _SequenceGuard:
    """Refuses a string (or any non-list) where a list is wanted, then structures items."""

    def __init__(self, conv: Any) -> None:
        self._conv = conv

    def __call__(self, value: object, tp: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise expected(fragment("a-list"), value)
        (item,) = tp.__args__[:1]
        items = []
        errors: list[Exception] = []
        for index, raw in enumerate(value):
            try:
                items.append(self._conv.structure(raw, item))
            except Exception as exc:  # collected and reported with their index
                notes: list[Any] = [*getattr(exc, "__notes__", []), _Index(index)]
                exc.__notes__ = notes
                errors.append(exc)
        if errors:
            raise _ItemsError(errors)
        return tuple(items) if tp.__origin__ is tuple else items


class _Index:
    def __init__(self, index: int) -> None:
        self.index = index


def _problems(exc: BaseException, path: str) -> list[tuple[str, str]]:
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, ForbiddenExtraKeysError):
        return [(path, error_text("unknown-key", key=key)) for key in sorted(exc.extra_fields)]
    subs: list[BaseException] | None = None
    if isinstance(exc, _ItemsError):
        subs = list(exc.errors)
    elif isinstance(exc, BaseExceptionGroup):
        subs = list(exc.exceptions)
    if subs is not None:
        out: list[tuple[str, str]] = []
        for sub in subs:
            out.extend(_problems(sub, _child_path(sub, path)))
        return out
    if isinstance(exc, ValidationError):
        field = getattr(exc, "field", None)
        return [(f"{path}.{field}" if field else path, exc.message)]
    if isinstance(exc, KeyError):
        return [(path, error_text("required-key-missing"))]
    if isinstance(exc, ProblemError):
        return [(path, exc.text)]
    if isinstance(exc, TypeError | AttributeError):
        return [(path, error_text("expected-table"))]
    return [(path, f"{type(exc).__name__}: {exc}")]


def _both(message: str) -> Localized:
    """A problem's message in both languages (as written, when it has no code)."""
    if isinstance(message, ErrorText):
        return Localized(message.text("vi"), message.text("en"))
    return Localized(message, message)


def _child_path(exc: BaseException, path: str) -> str:
    for note in getattr(exc, "__notes__", []):
        name = getattr(note, "name", None)
        if name is not None:
            return f"{path}.{name}"
        index = getattr(note, "index", None)
        if index is not None:
            return f"{path}[{index}]"
    return path


def structure[T](data: object, cls: type[T], *, path: str = "$") -> T:
    """*data* (plain dicts, lists, str, int, bool) as *cls*; :class:`LoadError` on any problem."""
    try:
        result: T = _converter().structure(data, cls)
    except RecursionError:
        raise LoadError(too_deep("document"), path=path) from None
    except Exception as exc:
        problems = _problems(exc, path) or [(path, str(exc))]
        n = len(problems)
        first = _both(problems[0][1])
        head = (
            error_text("load-problem", first=first)
            if n == 1
            else error_text("load-problems", count=n, first=first)
        )
        raise LoadError(head, path=problems[0][0], errors=tuple(problems)) from exc
    return result


def read[T](source: object, cls: type[T], *, format: Literal["json", "toml"] = "json") -> T:
    """Read JSON or TOML (text, bytes or a path) into *cls*, strictly."""
    if format not in ("json", "toml"):
        choices = fragment("one-of", choices="'json', 'toml'")
        message = error_text("value-must-be", field="format", expected=choices, value=repr(format))
        raise ValidationError(message, field="format")
    shown: Literal["JSON", "TOML"] = "JSON" if format == "json" else "TOML"
    data = parse_document(read_text(source), shown, refuse_duplicates=True)
    return structure(data, cls)


def read_json[T](source: object, cls: type[T]) -> T:
    """:func:`read` for JSON."""
    return read(source, cls, format="json")


def _folder(folder: str) -> Any:
    import importlib.resources  # imported when first needed: importing hoiquanchung stays cheap

    return importlib.resources.files(_DATA_PACKAGE) / "data" / folder


def packaged_names(folder: str) -> list[str]:
    """The JSON files in ``hoiquanchung/model/data/<folder>``, sorted (found by listing it)."""
    return sorted(p.name for p in _folder(folder).iterdir() if p.name.endswith(".json"))


def packaged[T](folder: str, cls: type[T]) -> list[T]:
    """Every data file of ``hoiquanchung/model/data/<folder>`` read as *cls*, by file name.

    A shipped file that does not read raises :class:`~hoiquanchung.errors.DataFileError`
    naming it (the shipped data are tested, so this means a broken installation).
    """
    root = _folder(folder)
    out: list[T] = []
    for name in packaged_names(folder):
        try:
            out.append(read_json((root / name).read_text(encoding="utf-8"), cls))
        except LoadError as exc:  # pragma: no cover - the shipped data are tested
            detail = Localized(exc.render("vi"), exc.render("en"))
            message = error_text("data-file-broken", name=f"{folder}/{name}", detail=detail)
            raise DataFileError(message) from exc
    return out
