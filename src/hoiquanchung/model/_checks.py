"""Kiểm tra trường (field checks): the errors the model raises about one field, in two languages.

Every model class checks its fields with these, so that a bad field reads the same in every
class, in Vietnamese and in English, from the catalogue (``data/messages.toml``):

>>> err = must_be(fragment("a-non-negative-int"), -1, field="members")
>>> str(err)
"members must be a non-negative int, got -1 (field 'members')"
>>> err.code, err.render("vi")
('value-must-be', "members phải là một số nguyên (int) không âm, nhận được -1 (trường 'members')")

Counts and amounts are refused beyond the library's limit on numbers
(:data:`hoiquanchung._limits.MAX_NUMBER_DIGITS` digits), as :mod:`hoiquanchung.io` refuses them:

>>> check_count("members", 10**5000)
Traceback (most recent call last):
...
hoiquanchung.errors.ModelValidationError: a number with more than 1000 digits (the limit of
hoiquanchung) (field 'members')
"""

from __future__ import annotations

import datetime as _dt
from typing import Final

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._limits import INT_LIMIT, MAX_NUMBER_DIGITS
from hoiquanchung.errors import ModelValidationError, ValidationError

__all__ = [
    "INT_LIMIT",
    "check_count",
    "check_date",
    "expected_type",
    "instance_of",
    "item_error",
    "must_be",
    "shown",
    "too_large",
    "wrong_level",
]

_REPR_LIMIT: Final = 200


def shown(value: object) -> str | Localized:
    """*value* as an error shows it: its ``repr``, cut short, never failing on a huge int."""
    if type(value) is int and not -INT_LIMIT < value < INT_LIMIT:
        return fragment("huge-int", limit=MAX_NUMBER_DIGITS)
    text = repr(value)
    return text if len(text) <= _REPR_LIMIT else text[: _REPR_LIMIT - 3] + "..."


def instance_of(name: str, *, or_none: bool = False) -> Localized:
    """ "an AdminLevel", "a UnitRef or None" ... in both languages."""
    article = "an" if name[:1] in "AEIO" else "a"  # "a UnitRef"
    code = "instance-of-or-none" if or_none else "instance-of"
    return fragment(code, cls=name, article=article)


def must_be(expected: Localized, value: object, *, field: str) -> ModelValidationError:
    """The error for a *field* that is not *expected* (a fragment), showing *value*."""
    message = error_text("value-must-be", field=field, expected=expected, value=shown(value))
    return ModelValidationError(message, field=field)


def expected_type(
    expected: Localized,
    value: object,
    field: str,
    *,
    model: bool = False,
    path: str | None = None,
) -> ValidationError:
    """The error for an argument of the wrong type (``expected-type``: only its type is shown).

    A :class:`~hoiquanchung.errors.ModelValidationError` when *model* (a field of an object),
    else a :class:`~hoiquanchung.errors.ValidationError` (an argument of a function); *path*
    places it in a collection.
    """
    message = error_text("expected-type", expected=expected, type=type(value).__name__)
    cls = ModelValidationError if model else ValidationError
    return cls(message, field=field, path=path)


def item_error(
    value: object, expected: str, item: str, field: str, cls: type[ValidationError]
) -> ValidationError:
    """``units[3] is a str, not an AdminUnit``: an item of a collection of the wrong type
    (*expected* is a class name), as a *cls* error naming *field*."""
    message = error_text(
        "item-wrong-type", item=item, type=type(value).__name__, expected=instance_of(expected)
    )
    return cls(message, field=field)


def wrong_level(unit_code: str, level: str, wanted: str, field: str) -> ValidationError:
    """The error for a unit reference whose level is not the level of the unit it names."""
    message = error_text("era-unit-wrong-level", unit_code=unit_code, level=level, wanted=wanted)
    return ValidationError(message, field=field)


def too_large(field: str) -> ModelValidationError:
    """The error for a number of *field* with more digits than the library reads."""
    return ModelValidationError(error_text("number-too-long", limit=MAX_NUMBER_DIGITS), field=field)


def check_count(field: str, value: object, *, minimum: int = 0, optional: bool = True) -> None:
    """Refuse *value* unless it is an int from *minimum* within the limit (or ``None`` when
    *optional*)."""
    if value is None and optional:
        return
    if type(value) is int and value >= minimum:
        if value >= INT_LIMIT:
            raise too_large(field)
        return
    if minimum == 0:
        expected = fragment("a-non-negative-int")
    elif optional:
        expected = fragment("an-int-from-one-or-none")
    else:
        expected = fragment("an-int-from-one")
    raise must_be(expected, value, field=field)


def check_date(field: str, value: object, *, optional: bool = True, model: bool = True) -> None:
    """Refuse *value* unless it is a :class:`datetime.date` (not a datetime), or ``None`` when
    *optional*."""
    if value is None and optional:
        return
    if type(value) is not _dt.date:
        if model:
            raise must_be(fragment("a-date"), value, field=field)
        raise expected_type(fragment("a-date"), value, field)
