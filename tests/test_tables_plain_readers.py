"""read_tallies, read_figures and read_units are made by one factory from one signature: each must
still look and fail as a function of its own (signature, types, name, docstring, TypeError), and
the cell cache they read through must give what the uncached reader gives."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.indicators import StatedFigure
from hoiquanchung.model import AdminUnit, AssociationTally
from hoiquanchung.tables import TableResult, read_figures, read_tallies, read_units
from hoiquanchung.tables._read import _memo

READERS: list[tuple[Callable[..., object], object]] = [
    (read_tallies, TableResult[AssociationTally]),
    (read_figures, TableResult[StatedFigure]),
    (read_units, TableResult[AdminUnit]),
]
DEFAULTS = {
    "sheet": None,
    "columns": None,
    "header_row": None,
    "delimiter": None,
    "encoding": "utf-8",
    "format": None,
    "strict": True,
}


@pytest.mark.parametrize(("reader", "returned"), READERS)
def test_each_reader_has_the_signature_and_types_of_its_own(
    reader: Callable[..., object], returned: object
) -> None:
    assert inspect.isfunction(reader)
    assert reader.__module__ == "hoiquanchung.tables._read"
    assert reader.__qualname__ == reader.__name__
    assert (reader.__doc__ or "").startswith("Read ")
    parameters = list(inspect.signature(reader).parameters.values())
    assert parameters[0].name == "source"
    assert parameters[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters[1:])
    assert {p.name: p.default for p in parameters[1:]} == DEFAULTS
    hints = typing.get_type_hints(reader)
    assert hints["return"] == returned
    assert hints["strict"] is bool


@pytest.mark.parametrize("reader", [reader for reader, _ in READERS])
def test_a_wrong_call_names_the_reader(reader: Callable[..., object]) -> None:
    name = reader.__name__
    with pytest.raises(TypeError, match=rf"^{name}\(\) got an unexpected keyword argument 'x'$"):
        reader("a.csv", x=1)
    with pytest.raises(TypeError, match=rf"^{name}\(\) missing 1 required positional argument"):
        reader()
    with pytest.raises(TypeError, match=rf"^{name}\(\) takes 1 positional argument but 2 were"):
        reader("a.csv", "b")


# What a sheet's cells hold (tables._source): texts, numbers, booleans, dates, nothing.
_CELLS = st.one_of(
    st.text(max_size=3),
    st.integers(-3, 3),
    st.booleans(),
    st.sampled_from([1.0, 0.0, 2.5, None]),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 1, 3)),
    st.sampled_from([datetime(2024, 1, 1), datetime(2024, 1, 1, 12)]),
)


@given(st.lists(_CELLS, max_size=40))
def test_the_cell_cache_gives_what_the_reader_gives(cells: list[object]) -> None:
    # repr tells 1, 1.0, True, "1" and a date from its midnight apart though they are alike
    assert list(map(_memo(repr), cells)) == [repr(cell) for cell in cells]
