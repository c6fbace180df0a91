"""Junk into the public functions of the domain model modules this suite owns (levels, units,
registry, categories, reference lists, policy rules): only the library's errors escape."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable
from decimal import Decimal

import pytest

import hoiquanchung.model as m
from hoiquanchung.errors import HoiQuanChungError, ValidationError

JUNK: list[object] = [
    None,
    5,
    1.5,
    True,
    "",
    "x",
    [],
    {},
    dt.date(2025, 7, 1),
    dt.datetime(2024, 1, 1),
    Decimal("NaN"),
    m.AdminLevel.PROVINCE,
    b"x",
]


def test_check_associations_refuses_what_is_not_a_list() -> None:
    for junk in (None, 5, "abc", b"x"):
        with pytest.raises(ValidationError, match="associations"):
            m.check_associations(junk, on=dt.date(2024, 1, 1))  # type: ignore[arg-type]


CALLS: list[tuple[str, Callable[[object, object], object]]] = [
    ("levels_in_force", lambda a, b: m.levels_in_force(a)),  # type: ignore[arg-type]
    ("special_nature_in_force", lambda a, b: m.special_nature_in_force(a)),  # type: ignore[arg-type]
    ("founding_minimum", lambda a, b: m.founding_minimum(a, b)),  # type: ignore[arg-type]
    ("central_list", lambda a, b: m.central_list(a)),  # type: ignore[arg-type]
    ("match_central_kind", lambda a, b: m.match_central_kind(a, on=b)),  # type: ignore[arg-type]
    ("association_key", lambda a, b: m.association_key(a)),  # type: ignore[arg-type]
    ("check_association", lambda a, b: m.check_association(a, on=b)),  # type: ignore[arg-type]
    ("check_associations", lambda a, b: m.check_associations(a, on=b)),  # type: ignore[arg-type]
    (
        "AdminUnit",
        lambda a, b: m.AdminUnit(code=a, name="x", type=b, parent_code=a, valid_from=b),
    ),
]


@pytest.mark.parametrize(("name", "call"), CALLS, ids=[n for n, _ in CALLS])
def test_junk_raises_only_the_librarys_errors(
    name: str, call: Callable[[object, object], object]
) -> None:
    for a, b in itertools.product(JUNK, repeat=2):
        with contextlib.suppress(HoiQuanChungError):
            call(a, b)
