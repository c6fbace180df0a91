"""Guards on the attrs internals that :mod:`hoiquanchung.io`'s fast path relies on.

``benchmarks/bench_model.py`` measured the hand-written generator of structuring functions
against cattrs' own fast mode (a converter with ``detailed_validation=False``): it is clearly
faster (see CHANGELOG), so it stays.  It builds a slotted attrs class without calling its
``__init__`` (``object.__new__``, one slot write a field, then ``__attrs_post_init__``) when it
recognises attrs' generated ``__init__`` by its code's file name.  These tests fail loudly if an
attrs release changes any of that, instead of the fast path silently going slow or, worse,
skipping something a new ``__init__`` does.
"""

from __future__ import annotations

import datetime as _dt
import linecache
import re
from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from cattrs.errors import StructureHandlerNotFoundError
from hypothesis import given
from hypothesis import strategies as st

import hoiquanchung.model as model_module
from hoiquanchung import io as io_module
from hoiquanchung.findings import Finding
from hoiquanchung.io import converter, unstructure
from hoiquanchung.model import Association, Leader, UnitRef
from tests.strategies import associations, findings, leaders, reference_lists, tallies, unit_refs

#: The classes a load of associations spends its time building: they must be built directly.
HOT = (Association, UnitRef, Leader)
_EXPORTED = (getattr(model_module, n) for n in sorted(model_module.__all__))


def _loadable(cls: type) -> bool:
    # Result-only classes (EraMapping, Unplaced: fields typed ``int | Decimal``) are not
    # documents io reads; the guards concern the classes io can build.
    try:
        converter.get_structure_hook(cls)
    except StructureHandlerNotFoundError:
        return False
    return True


MODEL_CLASSES = (
    *(c for c in _EXPORTED if isinstance(c, type) and attrs.has(c) and _loadable(c)),
    Finding,
)


def _fast_source(cls: type) -> str:
    io_module._fast_path.get(cls)
    name = f"<hoiquanchung fast structure {cls.__module__}.{cls.__qualname__}>"
    return "".join(linecache.getlines(name))


def _built_directly(cls: type) -> bool:
    return "obj = _new(_cls)" in _fast_source(cls)


@pytest.mark.parametrize("cls", HOT, ids=lambda c: c.__name__)
def test_hot_classes_are_built_without_their_init(cls: type) -> None:
    # If this fails after an attrs upgrade, _build_lines no longer recognises attrs' __init__:
    # loading still works (the class is called) but is much slower.  Update _build_lines.
    assert cls.__init__.__code__.co_filename.startswith("<attrs generated")
    assert _built_directly(cls), _fast_source(cls)


# The statements attrs' generated __init__ of a directly built class may hold; anything else
# is a new behaviour of attrs that the fast path would skip.
_INIT_LINES = (
    re.compile(r"_setattr = _cached_setattr_get\(self\)"),
    re.compile(
        r"_setattr\('(?P<name>\w+)', (?:(?P=name)|__attr_converter_(?P=name)\((?P=name)\))\)"
    ),
    re.compile(r"self\.__attrs_post_init__\(\)"),
)


def _init_body(cls: type) -> list[str]:
    code = cls.__init__.__code__
    lines = linecache.getlines(code.co_filename)
    start = code.co_firstlineno  # 1-based line of "def __init__": the body follows
    body = []
    for line in lines[start:]:
        if not line.startswith((" ", "\t")):
            break
        if line.strip():
            body.append(line.strip())
    return body


@pytest.mark.parametrize(
    "cls", [c for c in MODEL_CLASSES if _built_directly(c)], ids=lambda c: c.__name__
)
def test_attrs_init_does_only_what_the_fast_path_repeats(cls: type) -> None:
    body = _init_body(cls)
    assert body, f"no source for {cls.__name__}.__init__: attrs changed how it generates code"
    stored = []
    for line in body:
        match = next((m for p in _INIT_LINES if (m := p.fullmatch(line))), None)
        assert match is not None, f"attrs' __init__ of {cls.__name__} does something new: {line}"
        if match.groupdict().get("name"):
            stored.append(match["name"])
    assert stored == [a.name for a in attrs.fields(cls)]
    if hasattr(cls, "__attrs_post_init__"):
        assert body[-1] == "self.__attrs_post_init__()"
    # The slot descriptors the fast path writes through are the class's own.
    for a in attrs.fields(cls):
        assert type(cls.__dict__[a.name]).__name__ == "member_descriptor"
    assert "__new__" not in vars(cls)
    assert not hasattr(cls, "__attrs_pre_init__")


def _slots(obj: object) -> dict[str, Any]:
    missing = object()
    out = {}
    for klass in type(obj).__mro__:
        for name in getattr(klass, "__slots__", ()):
            if name != "__weakref__":
                out[name] = getattr(obj, name, missing)
    return out


def _same_either_way(cls: type, obj: object) -> None:
    data = unstructure(obj)
    fast = io_module._fast_path.get(cls)(data)
    io_module._fast_path.forget()
    slow = converter.structure(data, cls)
    assert type(fast) is type(slow) is cls
    assert fast == slow == obj
    assert _slots(fast).keys() == _slots(slow).keys()
    for name, value in _slots(slow).items():
        if name == "__attrs_cached_hash":  # pragma: no cover - no model class caches its hash
            continue
        assert _slots(fast)[name] == value, name
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)


@given(st.one_of(associations(), leaders(), unit_refs()))
def test_fast_built_objects_equal_init_built_ones_slot_by_slot(obj: Any) -> None:
    _same_either_way(type(obj), obj)


@given(st.one_of(findings(), tallies(), reference_lists()))
def test_other_model_classes_too(obj: Any) -> None:
    _same_either_way(type(obj), obj)


def test_an_init_not_made_by_attrs_is_called() -> None:
    @attrs.frozen
    class Own:
        x: int

    def own_init(self: Any, x: int) -> None:  # same effect, not attrs' code
        object.__setattr__(self, "x", x + 1)

    Own.__init__ = own_init  # type: ignore[method-assign]
    conv = io_module.make_converter()
    fast = io_module._FastPath(conv)
    assert fast.get(Own)({"x": 1}).x == 2  # called, not bypassed


def test_a_validator_makes_the_fast_path_call_the_class() -> None:
    @attrs.frozen
    class Checked:
        on: _dt.date = attrs.field(validator=attrs.validators.instance_of(_dt.date))

    fast = io_module._FastPath(io_module.make_converter())
    assert fast.get(Checked)({"on": "2024-01-02"}) == Checked(_dt.date(2024, 1, 2))
    source = "".join(
        linecache.getlines(
            f"<hoiquanchung fast structure {Checked.__module__}.{Checked.__qualname__}>"
        )
    )
    assert "obj = _cls(" in source
    assert "_new(" not in source


def test_a_factory_that_takes_self_makes_the_fast_path_use_the_converter() -> None:
    @attrs.frozen
    class Derived:
        x: int
        y: int = attrs.field(default=attrs.Factory(lambda self: self.x * 2, takes_self=True))

    fast = io_module._FastPath(io_module.make_converter())
    assert fast.get(Derived)({"x": 2}) == Derived(2, 4)
    assert fast.get(Derived)({"x": 2, "y": 1}) == Derived(2, 1)


@attrs.frozen
class Opaque:
    """In a union with text, as ``Finding.facts``' values may be: no hook structures it."""

    vi: str
    en: str


def _frozen(value: Mapping[str, Opaque | str | int]) -> Mapping[str, Opaque | str | int]:
    return dict(value)


@attrs.frozen
class Holder:
    x: int
    # cattrs hands a value it has no hook for to the field's own converter
    extra: Mapping[str, Opaque | str | int] = attrs.field(factory=dict, converter=_frozen)


def test_a_field_type_without_a_hook_makes_the_fast_path_use_the_converter() -> None:
    conv = io_module.make_converter()
    fast = io_module._FastPath(conv)
    assert fast.get(Holder)({"x": 2}) == Holder(2) == conv.structure({"x": 2}, Holder)
    assert fast.get(Holder)({"x": 2, "extra": {"a": 1}}) == Holder(2, {"a": 1})
