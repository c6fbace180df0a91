"""Argument checks that raise the library's errors (private).

``attrs.validators.instance_of`` raises a bare :class:`TypeError`; these raise
:class:`~hoiquanchung.errors.ValidationError` naming the field instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from hoiquanchung._catalogue import Localized, a_type, either, fragment, wrong_type
from hoiquanchung.errors import ValidationError

__all__ = ["instance_of", "optional_instance_of", "tuple_of"]


def _name(kind: type | tuple[type, ...]) -> Localized | str:
    names = [k.__name__ for k in _kinds(kind)]
    return either(*names) if len(names) > 1 else names[0]


def instance_of(kind: type | tuple[type, ...]) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: *value* must be a *kind* (``bool`` is not an ``int`` here)."""

    def check(_inst: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind)):
            raise ValidationError(
                wrong_type(attribute.name, _name(kind), value),
                field=attribute.name,
            )

    return check


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def optional_instance_of(kind: type | tuple[type, ...]) -> Callable[[Any, Any, Any], None]:
    """Like :func:`instance_of`, ``None`` allowed."""
    inner = instance_of(kind)

    def check(inst: Any, attribute: Any, value: Any) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


def tuple_of[T](kind: type[T], field: str) -> Callable[[object], tuple[T, ...]]:
    """An attrs converter: an iterable of *kind* (not a text) to a tuple, checked item by item."""

    def convert(values: object) -> tuple[T, ...]:
        if isinstance(values, str | bytes) or not isinstance(values, Iterable):
            raise ValidationError(
                wrong_type(field, fragment("list-of", type=kind.__name__), values),
                field=field,
            )
        out = tuple(values)
        for i, item in enumerate(out):
            if not isinstance(item, kind):
                raise ValidationError(
                    wrong_type(f"{field}[{i}]", a_type(kind.__name__), item),
                    field=f"{field}[{i}]",
                )
        return out

    return convert
