"""Đọc và ghi dữ liệu (serialization): model objects to and from JSON, TOML and plain data.

One strict :mod:`cattrs` converter serves every model class (units, associations, tallies,
reference lists, findings).  Its hooks accept only what the data means:

* ``Decimal`` from a ``str`` (``"74.87"``) or an ``int``, never from a float;
* ``int`` only from an int (not ``1.0``, not ``true``, not ``"5"``); ``bool`` only from a bool
  (``"false"`` is not ``False``);
* dates as ISO ``YYYY-MM-DD`` strings (or TOML dates), never datetimes;
* enums by their Vietnamese value (``"tỉnh"``, ``"hội quần chúng khác"``);
* text NFC-normalised; unknown keys refused.

Every problem becomes one :class:`~hoiquanchung.errors.LoadError` whose ``errors`` list each
``(path, message)`` found, with paths like ``$.associations[3].members``.  Every error is worded
from the message catalogue: ``err.code`` and ``err.render("vi")``, and each message of ``errors``
has its own ``code`` and ``text("vi")`` (the Vietnamese of each is also a note on the error).

Speed.  Valid documents go through structuring functions generated once per class that make
the same strict checks inline (equal units, leaders and dates within one load are built once and
shared: they are frozen values).  On anything unexpected the whole value is structured again by
the converter with detailed validation, which builds the error: the fast path never accepts what
the converter refuses, and the errors are the converter's.  While it parses and builds objects,
the cyclic garbage collector is paused (and re-enabled afterwards, unless the caller had
disabled it): the objects built form no cycles, and a collector scanning a million new
containers again and again took half the loading time.  With the optional extra ``fast``
(msgspec) installed, :func:`load_json` decodes JSON straight into typed mirrors of the model
classes before the same checks, skipping the plain dicts; on any problem at all it loads the
document again without it, so what is accepted, the objects and the errors are the same with or
without msgspec.  ``benchmarks/bench_model.py`` measures it against bare cattrs, pydantic v2
and msgspec.

>>> from hoiquanchung.model import ActivityScope, Association, AssociationCategory
>>> doc = '''{"associations": [
...   {"name": "Hội Khuyến học", "scope": "huyện",
...    "category": "hội quần chúng do Đảng, Nhà nước giao nhiệm vụ", "members": 1200}
... ]}'''
>>> [a.name for a in load_json(doc, list[Association], key="associations")]
['Hội Khuyến học']
>>> load_json('{"a": [{"name": "Hội Luật gia", "scope": "tỉnh", "category": "hội quần chúng khác",'
...           ' "members": 12.0}]}', list[Association], key="a")
Traceback (most recent call last):
...
hoiquanchung.errors.LoadError: 1 problem: expected an int, got float 12.0 @ $.a[0].members
[vi] cần một số nguyên (int), nhận được float 12.0 @ $.a[0].members
>>> print(dump_toml([Association(name="Hội Luật gia", scope=ActivityScope.PROVINCE,
...                              category=AssociationCategory.OTHER, members=40)],
...                 key="associations"))
[[associations]]
name = "Hội Luật gia"
scope = "tỉnh"
category = "hội quần chúng khác"
members = 40
party_delegation = false
leaders = []
special_nature = false
<BLANKLINE>
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import linecache
import os
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Literal

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from hoiquanchung._catalogue import ErrorText, Localized, error_text, fragment
from hoiquanchung._gc import gc_paused
from hoiquanchung._limits import (
    INT_LIMIT,
    MAX_NUMBER_DIGITS,
    decimal_in_range,
    int_in_range,
)
from hoiquanchung._strict import (
    ISO_DATE,
    ProblemError,
    expected,
    is_enum,
    kind,
    parse_document,
    read_text,
    strict_converter,
    structure_int,
    too_deep,
)
from hoiquanchung.errors import HoiQuanChungError, LoadError, ValidationError
from hoiquanchung.model import AdminUnit, Leader, UnitRef

__all__ = [
    "converter",
    "dump_json",
    "dump_toml",
    "load_json",
    "load_toml",
    "make_converter",
    "structure",
    "unstructure",
]

Source = str | bytes | os.PathLike[str]

_DECIMAL: Final = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")


def _too_long() -> ProblemError:
    return ProblemError(error_text("number-too-long", limit=MAX_NUMBER_DIGITS))


def _structure_int(value: object, tp: object) -> int:
    number = structure_int(value, tp)
    if not int_in_range(number):
        raise _too_long()
    return number


def _structure_decimal(value: object, _: object) -> Decimal:
    if type(value) is int:
        if not int_in_range(value):
            raise _too_long()
        return Decimal(value)
    if type(value) is str and _DECIMAL.match(value):
        try:
            result = Decimal(value)
        except InvalidOperation:  # pragma: no cover - excluded by the pattern
            pass
        else:
            if result.is_finite():
                if not decimal_in_range(result):
                    raise _too_long()
                return result
    raise expected(fragment("a-decimal-text-or-int"), value)


def _is_homogeneous_tuple(tp: object) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook_factory(tp: Any, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    item_type = typing.get_args(tp)[0]
    inner = conv.get_structure_hook(list[item_type])  # type: ignore[valid-type]

    def hook(value: object, _: object) -> tuple[Any, ...]:
        _require_list(value)
        return tuple(inner(value, list[item_type]))  # type: ignore[valid-type]

    return hook


def _list_factory(
    tp: Any, conv: cattrs.Converter, *, detailed: bool
) -> Callable[[object, object], Any]:
    """The hook for ``list[X]``: *detailed*, every item's problem collected with its index (for
    cattrs' walk of the errors); else built at once, stopping at the first problem."""
    item_type = typing.get_args(tp)[0] if typing.get_args(tp) else Any
    item_hook = conv.get_structure_hook(item_type)

    def plain(value: object, _: object) -> list[Any]:
        return [item_hook(item, item_type) for item in _require_list(value)]

    def hook(value: object, _: object) -> list[Any]:
        value = _require_list(value)
        out: list[Any] = []
        errors: list[Exception] = []
        for i, item in enumerate(value):
            try:
                out.append(item_hook(item, item_type))
            except Exception as exc:  # collected with its index
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"item at index {i}", i, item_type),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(error_text("load-structuring", type=repr(tp)), errors, tp)
        return out

    return hook if detailed else plain


def _require_list(value: object) -> list[Any] | tuple[Any, ...]:
    """*value* when it is a list (or tuple), else the ``expected a list`` problem."""
    if type(value) is not list and type(value) is not tuple:
        raise expected(fragment("a-list"), value)
    return value


def _is_list(tp: object) -> bool:
    return typing.get_origin(tp) is list


def _unit_hook_factory(conv: cattrs.Converter) -> Callable[[object, object], Any]:
    structure_ref = conv.get_structure_hook(UnitRef)
    structure_unit = conv.get_structure_hook(AdminUnit)

    def hook(value: object, _: object) -> AdminUnit | UnitRef | None:
        if value is None:
            return None
        if type(value) is not dict:
            raise expected(fragment("a-unit-table"), value)
        if "level" in value:
            return structure_ref(value, UnitRef)  # type: ignore[no-any-return]
        if "type" in value:
            return structure_unit(value, AdminUnit)  # type: ignore[no-any-return]
        raise ProblemError(error_text("load-unit-kind"))

    return hook


def _is_optional(tp: object) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_hook_factory(tp: Any, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    (inner_type,) = [a for a in typing.get_args(tp) if a is not type(None)]
    inner = conv.get_structure_hook(inner_type)

    def hook(value: object, _: object) -> Any:
        return None if value is None else inner(value, inner_type)

    return hook


def _optional_fields(cls: type) -> tuple[str, ...]:
    """Fields without a default whose type admits None: TOML cannot write them as null."""
    out = []
    attrs.resolve_types(cls)
    for a in attrs.fields(cls):
        if a.init and a.default is attrs.NOTHING and type(None) in typing.get_args(a.type):
            out.append(a.alias or a.name)
    return tuple(out)


def _attrs_hook_factory(cls: type, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    inner: Callable[[Any, Any], Any] = conv.gen_structure_attrs_fromdict(cls)
    nullable = _optional_fields(cls)
    if not nullable:
        return inner  # a non-table fails inside with a TypeError, reported as such

    def hook(value: object, tp: object) -> Any:
        if type(value) is not dict:
            raise expected(fragment("a-table-for", what=cls.__name__), value)
        missing = [k for k in nullable if k not in value]
        if missing:
            value = {**value, **dict.fromkeys(missing)}
        return inner(value, tp)

    return hook


def _unstructure_decimal(value: Decimal) -> str:
    if value.is_finite() and not decimal_in_range(value):
        raise _too_long()
    return str(value)


def _unstructure_int(value: int) -> int:
    if not int_in_range(value):  # (bools are ints in range)
        raise _too_long()
    return value


def _unstructure_date(value: _dt.date) -> str:
    return value.isoformat()


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """A new strict converter with the library's hooks (the module-level :data:`converter` is
    one; make your own to register hooks for your classes without touching it).

    With ``detailed_validation=False`` it accepts and refuses exactly the same values but stops
    at the first problem without locating it (cattrs' own fast mode; lists are then built
    without collecting each item's error).
    """
    conv = strict_converter(detailed_validation=detailed_validation, int_hook=_structure_int)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda t: _tuple_hook_factory(t, conv)
    )
    conv.register_structure_hook_factory(
        _is_list, lambda t: _list_factory(t, conv, detailed=detailed_validation)
    )
    conv.register_structure_hook_factory(attrs.has, lambda t: _attrs_hook_factory(t, conv))
    conv.register_structure_hook_factory(_is_optional, lambda t: _optional_hook_factory(t, conv))
    unit_hook = _unit_hook_factory(conv)
    conv.register_structure_hook(AdminUnit | UnitRef | None, unit_hook)
    conv.register_structure_hook(AdminUnit | UnitRef, unit_hook)
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_unstructure_hook(int, _unstructure_int)
    conv.register_unstructure_hook(_dt.date, _unstructure_date)
    conv.register_unstructure_hook_factory(is_enum, lambda t: _enum_value)
    return conv


def _enum_value(value: enum.Enum) -> Any:
    return value.value


#: The library's strict converter (with detailed validation: it names every problem).
#: :func:`structure` and the loaders compile fast functions from its hooks once: register hooks
#: for your own classes on a converter from :func:`make_converter`, not on this one.
converter: Final = make_converter()


# --- the fast path --------------------------------------------------------------------------------
#
# The converter above, with detailed validation, is the reference: it collects every problem with
# its path.  Loading spends most of its time in its generic machinery (a hook call, a try block
# and a note per field, a dict of keyword arguments per object), so valid documents first go
# through functions generated once per class that inline the same strict checks.  They may be
# more cautious than the converter but never less: on anything unexpected (a wrong type, a
# missing or unknown key, text that is not NFC for an enum, an invariant the class refuses) they
# raise, and the whole value is structured again by the converter, which builds the LoadError.
# A fast result is therefore always one the converter would also have returned.


class _SlowPathError(Exception):
    """Raised by the fast path: let the detailed converter do it (and name the problem)."""


_SIMPLE: Final[dict[object, str]] = {
    str: "if type(v) is not str: raise _SlowPathError\nv = _normalize('NFC', v)",
    int: "if type(v) is not int or not -_INT_LIMIT < v < _INT_LIMIT: raise _SlowPathError",
    bool: "if type(v) is not bool: raise _SlowPathError",
    _dt.date: (  # dates repeat: each distinct text is checked and parsed once a load
        "if type(v) is str:\n"
        "    d = _dates.get(v)\n"
        "    if d is None:\n"
        "        if len(v) != 10 or not _iso_date(v): raise _SlowPathError\n"
        "        d = _dates[v] = _date_fromiso(v)\n"
        "    v = d\n"
        "elif type(v) is not _date: raise _SlowPathError"
    ),
    Decimal: (
        "v = _Decimal(v) if type(v) is int and -_INT_LIMIT < v < _INT_LIMIT"
        " else _structure_decimal(v, None)"
    ),
}

#: Frozen value classes of which one load builds each distinct value once and shares it (a
#: hundred associations of one commune point to one ``UnitRef``).  Only classes whose fields are
#: all checked scalars (text, numbers, dates, enums): their field values are the whole object.
_SHARED_VALUES: Final = frozenset({UnitRef, Leader})


class _FastPath:
    """Fast structuring functions for the types of one converter, built on first use."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self._conv = conv
        self._cache: dict[object, Callable[[Any], Any]] = {}
        self._building: set[object] = set()
        self._dates: dict[str, _dt.date] = {}
        self._memos: list[dict[Any, Any]] = [self._dates]

    def forget(self) -> None:
        """Drop the objects shared during one load (they belong to its result only)."""
        for memo in self._memos:
            memo.clear()

    def get(self, tp: Any) -> Callable[[Any], Any]:
        fn = self._cache.get(tp)
        if fn is None:
            if tp in self._building:  # a class that contains itself: look it up when called
                cache = self._cache

                def later(value: Any) -> Any:
                    return cache[tp](value)

                return later
            self._building.add(tp)
            try:
                fn = self._build(tp)
            except cattrs.errors.StructureHandlerNotFoundError:
                # A field type only the converter knows how to structure (lazily): let it
                # build the whole class.  (If it cannot either, this raises again.)
                fn = self._hook(tp)
            finally:
                self._building.discard(tp)
            self._cache[tp] = fn
        return fn

    def _build(self, tp: Any) -> Callable[[Any], Any]:
        if _is_list(tp) or _is_homogeneous_tuple(tp):
            args = typing.get_args(tp)
            if not args:
                return self._hook(tp)
            return self._sequence(self.get(args[0]), to_tuple=not _is_list(tp))
        if tp == AdminUnit | UnitRef | None or tp == AdminUnit | UnitRef:
            return self._unit(optional=type(None) in typing.get_args(tp))
        if isinstance(tp, type) and attrs.has(tp) and _fast_fields(tp) is not None:
            return self._attrs(tp)
        return self._hook(tp)

    def _hook(self, tp: Any) -> Callable[[Any], Any]:
        hook = self._conv.get_structure_hook(tp)

        def fast(value: Any) -> Any:
            return hook(value, tp)

        return fast

    @staticmethod
    def _sequence(item: Callable[[Any], Any], *, to_tuple: bool) -> Callable[[Any], Any]:
        if to_tuple:

            def fast_tuple(value: Any) -> Any:
                if type(value) is not list and type(value) is not tuple:
                    raise _SlowPathError
                return tuple([item(x) for x in value])

            return fast_tuple

        def fast_list(value: Any) -> Any:
            if type(value) is not list and type(value) is not tuple:
                raise _SlowPathError
            return [item(x) for x in value]

        return fast_list

    def _unit(self, *, optional: bool) -> Callable[[Any], Any]:
        ref, unit = self.get(UnitRef), self.get(AdminUnit)

        def fast_unit(value: Any) -> Any:
            if value is None and optional:
                return None
            if type(value) is not dict:
                raise _SlowPathError
            if "level" in value:
                return ref(value)
            if "type" in value:
                return unit(value)
            raise _SlowPathError

        return fast_unit

    def _attrs(self, cls: type) -> Callable[[Any], Any]:
        fields = _fast_fields(cls)
        assert fields is not None
        names: dict[str, Any] = {
            "_SlowPathError": _SlowPathError,
            "_cls": cls,
            "_allowed": frozenset(a.name for a in fields),
            "_normalize": unicodedata.normalize,
            "_iso_date": ISO_DATE.match,
            "_date_fromiso": _dt.date.fromisoformat,
            "_date": _dt.date,
            "_dates": self._dates,
            "_Decimal": Decimal,
            "_structure_decimal": _structure_decimal,
            "_INT_LIMIT": INT_LIMIT,
        }
        lines = [
            f"def fast_{cls.__name__}(o):",
            "    if type(o) is not dict or not o.keys() <= _allowed: raise _SlowPathError",
        ]
        nullable = set(_optional_fields(cls))
        for i, a in enumerate(fields):
            check = self._check(a.type, i, names)
            if a.default is attrs.NOTHING:
                lines.append(
                    f"    v = o.get({a.name!r})" if a.name in nullable else f"    v = o[{a.name!r}]"
                )
                lines.extend("    " + line for line in check)
            else:
                # absent keys are the common case: a membership test, no method call
                lines.append(f"    if {a.name!r} in o:")
                lines.append(f"        v = o[{a.name!r}]")
                lines.extend("        " + line for line in check)
                lines.append("    else:")
                lines.append(_default_line(a.default, i, names))
            lines.append(f"    f{i} = v")
        lines.extend(_finish_lines(cls, fields, names, self._memos))
        return _compile(lines, names, f"fast_{cls.__name__}", "fast structure", cls)

    def _check(self, tp: Any, i: int, names: dict[str, Any]) -> list[str]:
        """Lines that check and convert ``v`` of type *tp* in place, or raise."""
        args = typing.get_args(tp)
        if _is_optional(tp):
            (inner,) = [t for t in args if t is not type(None)]
            if inner in _SIMPLE or (isinstance(inner, type) and issubclass(inner, enum.Enum)):
                return ["if v is not None:", *("    " + x for x in self._check(inner, i, names))]
        if tp in _SIMPLE:
            return _SIMPLE[tp].splitlines()
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            names[f"_members{i}"] = {member.value: member for member in tp}
            return ["if type(v) is not str: raise _SlowPathError", f"v = _members{i}[v]"]
        names[f"_fast{i}"] = self.get(tp)
        return [f"v = _fast{i}(v)"]


def _finish_lines(
    cls: type,
    fields: tuple[attrs.Attribute[Any], ...],
    names: dict[str, Any],
    memos: list[dict[Any, Any]],
) -> list[str]:
    """The function's last lines: build ``obj`` from ``f0, f1, ...`` (once per distinct value
    for the classes in :data:`_SHARED_VALUES`, with a memo appended to *memos*) and return it."""
    build = _build_lines(cls, fields, names)
    if cls not in _SHARED_VALUES:
        return [*("    " + line for line in build), "    return obj"]
    # Equal checked field values give equal objects: build each distinct one once.
    memo: dict[tuple[Any, ...], Any] = {}
    memos.append(memo)
    names["_memo"] = memo
    # (enum members by identity: their hash is a Python-level function)
    key = ", ".join(
        f"id(f{i})" if _enum_or_optional_enum(a.type) else f"f{i}" for i, a in enumerate(fields)
    )
    return [
        f"    key = ({key},)",
        "    obj = _memo.get(key)",
        "    if obj is None:",
        *("        " + line for line in build),
        "        _memo[key] = obj",
        "    return obj",
    ]


def _compile(
    lines: list[str], names: dict[str, Any], name: str, kind: str, cls: type
) -> Callable[[Any], Any]:
    """Compile the generated function *name* (its source kept for tracebacks and tests)."""
    source = "\n".join(lines) + "\n"
    filename = f"<hoiquanchung {kind} {cls.__module__}.{cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), names)
    fn: Callable[[Any], Any] = names[name]
    return fn


def _build_lines(
    cls: type, fields: tuple[attrs.Attribute[Any], ...], names: dict[str, Any]
) -> list[str]:
    """Lines that build ``obj`` of *cls* from the checked values ``f0, f1, ...``.

    A slotted attrs class whose ``__init__`` only converts, stores and calls
    ``__attrs_post_init__`` (no validators, no pre-init, no cached hash, no own ``__new__``) is
    built the same way without binding keyword arguments: its converters and its
    ``__attrs_post_init__`` (every invariant) still run.  Any other class is called as usual.
    """
    slots = cls.__dict__.get("__slots__", ())
    init = getattr(vars(cls).get("__init__"), "__code__", None)
    direct = (
        init is not None
        and init.co_filename.startswith("<attrs generated")
        and all("__new__" not in vars(k) for k in cls.__mro__[:-1])
        and not hasattr(cls, "__attrs_pre_init__")
        and "__attrs_cached_hash" not in slots
        and all(
            a.validator is None
            and _plain_function_or_none(a.converter)
            and isinstance(cls.__dict__.get(a.name), types.MemberDescriptorType)
            for a in fields
        )
    )
    if not direct:
        call = ", ".join(f"{a.name}=f{i}" for i, a in enumerate(fields))
        return [f"obj = _cls({call})"]
    names["_new"] = object.__new__
    lines = ["obj = _new(_cls)"]
    for i, a in enumerate(fields):
        names[f"_set{i}"] = cls.__dict__[a.name].__set__
        if a.converter is not None:
            names[f"_convert{i}"] = a.converter
            lines.append(f"_set{i}(obj, _convert{i}(f{i}))")
        else:
            lines.append(f"_set{i}(obj, f{i})")
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("obj.__attrs_post_init__()")
    return lines


def _default_line(default: Any, i: int, names: dict[str, Any]) -> str:
    """The line (indented for an ``else:`` block) that sets ``v`` to field *i*'s *default*,
    its factory or value bound in *names*."""
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        names[f"_factory{i}"] = default.factory  # (not takes_self: _fast_fields)
        return f"        v = _factory{i}()"
    names[f"_default{i}"] = default
    return f"        v = _default{i}"


def _plain_function_or_none(converter: object) -> bool:
    return converter is None or type(converter) is types.FunctionType


def _enum_or_optional_enum(tp: Any) -> bool:
    return any(
        isinstance(t, type) and issubclass(t, enum.Enum)
        for t in (typing.get_args(tp) if _is_optional(tp) else (tp,))
    )


def _fast_fields(cls: type) -> tuple[attrs.Attribute[Any], ...] | None:
    """The fields of *cls* if the fast path can build it (plain keyword fields), else None."""
    attrs.resolve_types(cls)
    fields: tuple[attrs.Attribute[Any], ...] = tuple(attrs.fields(cls))
    for a in fields:
        if not a.init or a.alias != a.name or a.name.startswith("_") or a.type is None:
            return None
        default: Any = a.default
        if isinstance(default, attrs.Factory) and default.takes_self:  # type: ignore[arg-type]
            return None  # its default depends on other fields: the converter builds it
    return fields


_fast_path: Final = _FastPath(converter)


# --- the typed JSON path (with msgspec, an optional dependency) -----------------------------------
#
# With msgspec installed, load_json first decodes the text straight into msgspec Structs that
# mirror the model classes (generated once per class: same field names, unknown keys forbidden,
# ints only from JSON integers, bools only from true/false, dates only as "YYYY-MM-DD", enums as
# their exact values, decimals as a string or an int), then turns them into the model objects
# with the same inline checks as the fast path above (NFC text, int range, converters,
# ``__attrs_post_init__``).  It skips the dicts of a plain decode.  Anything it cannot do, or
# any problem at all (malformed JSON, a big int, NaN, a lone surrogate, text that is not NFC
# for an enum, an AdminUnit where the mirror expects a UnitRef ...), makes load_json start
# again on the path without msgspec, which accepts and refuses exactly what it did before and
# builds every error: the typed path can only be stricter, never looser.


def _import_msgspec() -> types.ModuleType | None:
    """msgspec, imported on first use (it takes tens of milliseconds), or None."""
    try:
        import msgspec
    except ImportError:  # (tested in a subprocess without msgspec)
        return None
    return msgspec


class _UnsupportedError(Exception):
    """A type the typed JSON path does not mirror: load_json uses the path without msgspec."""


class _TypedJson:
    """Decoders from JSON text to model objects through msgspec Structs, built on first use."""

    def __init__(self, *, use_msgspec: bool = True) -> None:
        self._use_msgspec = use_msgspec
        self._ms: Any = None  # the msgspec module, once a decoder is made
        self._mirrors: dict[object, tuple[Any, Callable[[Any], Any] | None]] = {}
        self._decoders: dict[tuple[object, str | None], Callable[[str], Any] | None] = {}
        self._memos: list[dict[Any, Any]] = []

    def forget(self) -> None:
        """Drop the objects shared during one load (they belong to its result only)."""
        for memo in self._memos:
            memo.clear()

    def decoder(self, cls: Any, key: str | None) -> Callable[[str], Any] | None:
        """A function from JSON text to *cls* (inside ``{key: ...}``), or None if unsupported."""
        try:
            if (cls, key) in self._decoders:
                return self._decoders[(cls, key)]
        except TypeError:  # a type that cannot be a key: not mirrored
            return None
        fn: Callable[[str], Any] | None = None
        if self._use_msgspec:
            self._ms = self._ms or _import_msgspec()
        if self._ms is not None:
            try:
                fn = self._make_decoder(cls, key)
            except _UnsupportedError:
                fn = None
        self._decoders[(cls, key)] = fn
        return fn

    def _make_decoder(self, cls: Any, key: str | None) -> Callable[[str], Any]:
        mirror, convert = self._mirror(cls)
        if mirror is None:
            raise _UnsupportedError
        try:
            if key is not None:
                mirror = self._ms.defstruct(
                    "Document", [(key, mirror)], kw_only=True, forbid_unknown_fields=True
                )
            decode = self._ms.json.Decoder(mirror).decode
        except (TypeError, ValueError):  # a key msgspec cannot name a field
            raise _UnsupportedError from None
        attribute = key

        def typed_decode(text: str) -> Any:
            value = decode(text)
            if attribute is not None:
                value = getattr(value, attribute)
            return value if convert is None else convert(value)

        return typed_decode

    def _mirror(self, tp: Any) -> tuple[Any, Callable[[Any], Any] | None]:
        """The msgspec type for *tp* and the function from its decoded value to *tp*'s value
        (None: the decoded value is the value)."""
        if tp in self._mirrors:
            return self._mirrors[tp]
        if isinstance(tp, type) and attrs.has(tp) and _fast_fields(tp) is not None:
            self._mirrors[tp] = (None, None)  # a class inside itself: not mirrored
            result: tuple[Any, Callable[[Any], Any] | None] = self._attrs(tp)
        else:
            result = self._other(tp)
        self._mirrors[tp] = result
        return result

    def _other(self, tp: Any) -> tuple[Any, Callable[[Any], Any] | None]:
        if _is_list(tp) or _is_homogeneous_tuple(tp):
            args = typing.get_args(tp)
            if not args:
                raise _UnsupportedError
            item, convert = self._mirror(args[0])
            if item is None:
                raise _UnsupportedError
            if convert is None:
                return list[item], (tuple if not _is_list(tp) else None)  # type: ignore[valid-type]
            if _is_list(tp):
                return list[item], lambda v: [convert(x) for x in v]  # type: ignore[valid-type]
            return list[item], lambda v: tuple([convert(x) for x in v])  # type: ignore[valid-type]
        if tp == AdminUnit | UnitRef | None:
            return self._other(UnitRef | None)
        if tp == AdminUnit | UnitRef:
            return self._mirror(UnitRef)
        if _is_optional(tp):
            (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
            mirror, convert = self._mirror(inner)
            if mirror is None:
                raise _UnsupportedError
            if convert is None:
                return mirror | None, None
            return mirror | None, lambda v: None if v is None else convert(v)
        raise _UnsupportedError

    def _field(self, tp: Any, i: int, names: dict[str, Any]) -> tuple[Any, list[str]]:
        """The mirror type of a field of type *tp* and the lines that turn its decoded ``v``
        into the checked value, or raise."""
        if _is_optional(tp):
            (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
            if inner is not AdminUnit | UnitRef:
                mirror, lines = self._field(inner, i, names)
                if not lines:
                    return mirror | None, []
                return mirror | None, ["if v is not None:", *("    " + x for x in lines)]
        if tp is str:
            return str, ["v = _normalize('NFC', v)"]
        if tp is int:
            return int, ["if not -_INT_LIMIT < v < _INT_LIMIT: raise _SlowPathError"]
        if tp is bool:
            return bool, []
        if tp is _dt.date:
            return _dt.date, []
        if tp is Decimal:
            return str | int, ["v = _structure_decimal(v, None)"]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            values = tuple(member.value for member in tp)
            if not values or not all(type(x) is str for x in values):
                raise _UnsupportedError
            names[f"_members{i}"] = {member.value: member for member in tp}
            return typing.Literal[values], [f"v = _members{i}[v]"]
        mirror, convert = self._mirror(tp)
        if mirror is None:
            raise _UnsupportedError
        if convert is None:
            return mirror, []
        names[f"_convert_field{i}"] = convert
        return mirror, [f"v = _convert_field{i}(v)"]

    def _attrs(self, cls: type) -> tuple[Any, Callable[[Any], Any]]:
        ms = self._ms
        fields = _fast_fields(cls)
        assert fields is not None
        names: dict[str, Any] = {
            "_SlowPathError": _SlowPathError,
            "_UNSET": ms.UNSET,
            "_cls": cls,
            "_normalize": unicodedata.normalize,
            "_structure_decimal": _structure_decimal,
            "_INT_LIMIT": INT_LIMIT,
        }
        lines = [f"def typed_{cls.__name__}(s):"]
        spec: list[tuple[str, Any, Any]] = []
        nullable = set(_optional_fields(cls))
        for i, a in enumerate(fields):
            mirror, check = self._field(a.type, i, names)
            lines.append(f"    v = s.{a.name}")
            if a.default is attrs.NOTHING:
                if a.name in nullable:  # a missing key is None
                    spec.append((a.name, mirror, None))
                else:
                    spec.append((a.name, mirror, ms.NODEFAULT))
                lines.extend("    " + line for line in check)
            elif a.default is None or type(a.default) in (bool, int):
                # An immutable default the mirror accepts as is: absent and given alike
                spec.append((a.name, mirror, a.default))
                lines.extend("    " + line for line in check)
            else:
                spec.append((a.name, mirror | ms.UnsetType, ms.UNSET))
                lines.append("    if v is _UNSET:")
                lines.append(_default_line(a.default, i, names))
                if check:
                    lines.append("    else:")
                    lines.extend("        " + line for line in check)
            lines.append(f"    f{i} = v")
        lines.extend(_finish_lines(cls, fields, names, self._memos))
        struct = ms.defstruct(
            f"Typed{cls.__name__}", spec, kw_only=True, forbid_unknown_fields=True
        )
        return struct, _compile(lines, names, f"typed_{cls.__name__}", "typed structure", cls)


_typed_json: Final = _TypedJson()


# --- errors -----------------------------------------------------------------------------------


#: (path, message: English as a str, with its code and any language through ErrorText.text)
_Problem = tuple[str, ErrorText]


def _coded(exc: HoiQuanChungError) -> ErrorText:
    """The message of *exc* (a model's error) as catalogue text: its own when it has a code,
    else its class's wording around its English detail (``đối tượng không hợp lệ: ...``)."""
    detail = exc.message if isinstance(exc, ValidationError) else str(exc)
    if isinstance(detail, ErrorText):
        return detail
    return error_text(exc.kind_code, detail=detail)


def _problems(exc: BaseException, path: str, *, located: bool = False) -> list[_Problem]:
    """Every leaf problem of *exc* with its path.

    The groups are walked with cattrs' own ``group_exceptions()`` (the walk of
    :func:`cattrs.transform_error`, whose paths these are); that function is not called itself
    because it returns ``"message @ path"`` strings (a message may contain ``" @ "``), one string
    for all unknown keys, and no field for an invariant the class refuses after structuring.
    *located* says the exception came with a cattrs note naming its place.
    """
    if isinstance(exc, ForbiddenExtraKeysError):
        return [(path, error_text("unknown-key", key=key)) for key in sorted(exc.extra_fields)]
    if isinstance(exc, ClassValidationError | IterableValidationError):
        out: list[_Problem] = []
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                where = f"{path}.{note.name}"
            else:
                where = f"{path}[{note.index!r}]"
            out.extend(_problems(sub, where, located=True))
        for sub in without:
            out.extend(_problems(sub, path))
        return out
    if isinstance(exc, BaseExceptionGroup):  # pragma: no cover - cattrs raises the two above
        return [p for sub in exc.exceptions for p in _problems(sub, path)]
    if isinstance(exc, ValidationError):
        field = getattr(exc, "field", None)
        where = f"{path}.{field}" if field and not located else path
        return [(where, _coded(exc))]
    if isinstance(exc, KeyError):
        missing = error_text("required-key-missing")
        if located or not exc.args:
            return [(path, missing)]
        return [(f"{path}.{exc.args[0]}", missing)]
    if isinstance(exc, ProblemError):
        return [(path, exc.text)]
    if isinstance(exc, TypeError | AttributeError):
        return [(path, error_text("expected-table"))]
    if isinstance(exc, RecursionError):  # caught by cattrs deep inside a nested document
        return [(path, too_deep("document"))]
    return [(path, error_text("load-unexpected", type=type(exc).__name__, reason=str(exc)))]


def _load_error(problems: list[_Problem]) -> LoadError:
    """One LoadError for *problems*, placed at the first; each problem is a note in Vietnamese."""
    n = len(problems)
    first_path, first = problems[0]
    first_both = Localized(first.text("vi"), first.text("en"))
    if n == 1:
        head = error_text("load-problem", first=first_both)
    else:
        head = error_text("load-problems", count=n, first=first_both)
    err = LoadError(head, path=first_path, errors=tuple(problems))
    for where, text in problems:
        err.add_note(f"[vi] {text.text('vi')} @ {where}")
    return err


def structure[T](data: object, cls: type[T], *, path: str = "$") -> T:
    """Turn plain data (dicts, lists, str, int, bool) into *cls*, strictly.

    Raises :class:`~hoiquanchung.errors.LoadError` listing every problem with its path.
    """
    try:
        with gc_paused():
            try:
                result: T = _fast_path.get(cls)(data)
            except Exception:  # anything unexpected: the detailed converter names it
                result = converter.structure(data, cls)
            finally:
                _fast_path.forget()
    except RecursionError:
        text = too_deep("document")
        raise LoadError(text, path=path) from None
    except Exception as exc:
        problems = _problems(exc, path)
        if not problems:  # pragma: no cover - every branch above yields one
            text = error_text("load-unexpected", type=type(exc).__name__, reason=str(exc))
            problems = [(path, text)]
        raise _load_error(problems) from exc
    return result


def unstructure(obj: object) -> Any:
    """Plain data (dicts, lists, str, int, bool, None) for *obj*: decimals and dates as strings,
    enums as their Vietnamese values."""
    try:
        return converter.unstructure(obj)
    except HoiQuanChungError:
        raise
    except ProblemError as exc:  # a value beyond the magnitude limit
        reason = Localized(exc.text.text("vi"), exc.text.text("en"))
        text = error_text("cannot-unstructure", type=type(obj).__name__, reason=reason)
        err = ValidationError(text)
        err.add_note("[vi] " + text.text("vi"))
        raise err from None
    except Exception as exc:
        text = error_text("cannot-unstructure", type=type(obj).__name__, reason=str(exc))
        raise ValidationError(text) from exc


# --- documents ----------------------------------------------------------------------------------


def _unwrap(data: object, key: str | None) -> tuple[object, str]:
    if key is None:
        return data, "$"
    if not isinstance(data, dict):
        expected = fragment("a-table-with-key", key=key)
        text = error_text("expected-type", expected=expected, type=kind(data))
        raise LoadError(text, path="$", errors=(("$", text),))
    if key not in data:
        text = error_text("key-missing", key=key)
        raise LoadError(text, path="$", errors=(("$", text),))
    extra = sorted(k for k in data if k != key)
    if extra:
        raise _load_error([(f"$.{k}", error_text("unknown-key", key=k)) for k in extra])
    return data[key], f"$.{key}"


def _load_text[T](text: str, cls: type[T], key: str | None, format: Literal["JSON", "TOML"]) -> T:
    """Parse *text* (JSON or TOML) with the standard library and structure it (under *key*)."""
    value, path = _unwrap(parse_document(text, format), key)
    return structure(value, cls, path=path)


def load_json[T](source: Source, cls: type[T], *, key: str | None = None) -> T:
    """Read JSON text, bytes or a file (a :class:`~pathlib.Path`) into *cls*.

    With *key*, the document is an object ``{key: ...}`` and *cls* describes its value.
    """
    text = read_text(source)
    with gc_paused():  # one pause for parsing and building: no collection in between
        typed = _typed_json.decoder(cls, key)
        if typed is not None:
            try:
                typed_result: T = typed(text)
            except Exception:  # anything at all: the path below decides, and names it
                pass
            else:
                return typed_result
            finally:
                _typed_json.forget()
        result: T = _load_text(text, cls, key, "JSON")
    return result


def dump_json(obj: object, *, key: str | None = None, indent: int | None = 2) -> str:
    """JSON text for *obj* (inside ``{key: ...}`` when *key* is given); UTF-8 text, not escaped."""
    data = unstructure(obj)
    if key is not None:
        data = {key: data}
    return json.dumps(data, ensure_ascii=False, indent=indent)


def load_toml[T](source: Source, cls: type[T], *, key: str | None = None) -> T:
    """Read TOML text, bytes or a file into *cls*.  A TOML document is a table: lists need
    *key* (``[[associations]]`` with ``key="associations"``)."""
    text = read_text(source)
    with gc_paused():
        result: T = _load_text(text, cls, key, "TOML")
    return result


def _drop_none(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v, f"{path}.{k}") for k, v in value.items() if v is not None}
    if isinstance(value, list):
        for i, item in enumerate(value):
            if item is None:
                raise ValidationError(error_text("toml-null-in-list"), path=f"{path}[{i}]")
        return [_drop_none(item, f"{path}[{i}]") for i, item in enumerate(value)]
    return value


def dump_toml(obj: object, *, key: str | None = None) -> str:
    """TOML text for *obj*.  ``None`` values are left out (TOML has no null; loading gives the
    default ``None`` back).  A value that is not a table needs *key*."""
    import tomli_w

    data = unstructure(obj)
    if key is not None:
        data = {key: data}
    if not isinstance(data, dict):
        text = error_text("toml-needs-key", type=type(obj).__name__)
        raise ValidationError(text, field="key")
    return tomli_w.dumps(_drop_none(data, "$"))
