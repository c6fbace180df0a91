"""The checker's fast paths give what the slow ones they replace give (issue 9, speed).

Each shortcut taken for speed is compared here with the way it replaces, on generated input:
objects made without their constructors' checks (``exact_stated``, ``exact_figure``,
``exact_date``), the whole parts of a reconciliation formula written directly, a month's days
from a table, the clusters of a word cut by a loop, and what the rules of a paragraph share by
the identity of its text (``remembered``: never by its content).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker._dates import _days_in
from hoiquanchung.checker._figures_table import Depths, _sentences, bracket_depths, sentence_spans
from hoiquanchung.checker._patterns import _REMEMBERED, lowered, remembered
from hoiquanchung.checker._text import _clusters, nfc_with_columns
from hoiquanchung.indicators import Figure, StatedFigure
from hoiquanchung.indicators._interval import Interval
from hoiquanchung.indicators._reconcile import _sum_text, _TableCheck, _Value, exact_figure
from hoiquanchung.indicators._stated import exact_stated
from hoiquanchung.numbers import DateMatch, find_quantities, parse_quantity
from hoiquanchung.numbers._quantity import exact_date

_UNITS = st.sampled_from(["hội", "hội viên", "tỷ đồng", "triệu đồng", "%", "người", "dự án", ""])
_BOUNDS = st.sampled_from(["", "hơn ", "gần ", "khoảng ", "trên ", "dưới "])


@st.composite
def quantity_texts(draw: st.DrawFn) -> str:
    """A quantity as a report writes it: a bound, a number with dots or a comma, a unit."""
    whole = draw(st.integers(min_value=0, max_value=10**9))
    number = f"{whole:,}".replace(",", ".")
    if draw(st.booleans()):
        number += "," + str(draw(st.integers(min_value=0, max_value=99)))
    unit = draw(_UNITS)
    return f"{draw(_BOUNDS)}{number} {unit}".strip()


@given(quantity_texts(), st.one_of(st.none(), st.text(max_size=20)), st.text(max_size=20))
def test_exact_stated_is_from_quantity(text: str, path: str | None, quote: str) -> None:
    quantity = parse_quantity(text)
    fast = exact_stated(quantity, path, quote)
    slow = StatedFigure.from_quantity(quantity, path=path, quote=quote)
    assert fast == slow
    assert (fast.value, fast.resolution, fast.bound, fast.unit, fast.text, fast.path) == (
        slow.value,
        slow.resolution,
        slow.bound,
        slow.unit,
        slow.text,
        slow.path,
    )


_LABELS = st.lists(
    st.tuples(
        st.sampled_from(["level", "category", "examples"]),
        st.sampled_from(["cấp tỉnh", "cấp huyện, xã", "giao nhiệm vụ", "khác", "ví dụ 1"]),
    ),
    max_size=3,
    unique_by=lambda pair: pair[0],
)


@given(quantity_texts(), st.sampled_from(["hội", "hội viên", "dự án", "đồng"]), _LABELS)
def test_exact_figure_is_figure(text: str, measure: str, at: list[tuple[str, str]]) -> None:
    stated = StatedFigure.from_quantity(parse_quantity(text))
    fast = exact_figure(stated, measure, at)
    slow = Figure(stated, measure=measure, at=at)
    assert fast == slow
    assert (fast.at, fast.measure, fast.label) == (slow.at, slow.measure, slow.label)


@given(st.text(alphabet="0123456789/.- ngàytháng", max_size=40))
def test_exact_date_is_date_match(text: str) -> None:
    from hoiquanchung.numbers import find_dates

    for found in find_dates(text):
        again = DateMatch(
            found.start, found.end, found.text, found.day, found.month, found.year, found.style
        )
        assert found == again
        made = exact_date(
            found.start, found.end, found.text, found.day, found.month, found.year, found.style
        )
        assert made == again


def _exact(n: int) -> _Value:
    return _Value(Interval(n, n), n, True)


@given(
    st.lists(
        st.one_of(
            st.integers(min_value=0, max_value=10**15).map(_exact),
            st.fractions(min_value=0, max_value=10**6, max_denominator=7).map(
                lambda f: _Value(Interval(Fraction(f), Fraction(f)), Fraction(f), True)
            ),
        ),
        min_size=1,
        max_size=14,
    )
)
def test_formula_writes_whole_parts_as_the_writer_does(values: list[_Value]) -> None:
    check = object.__new__(_TableCheck)
    formula = check._formula(values)
    if len(values) > 12:
        return  # "n parts": no figure written
    written = [_sum_text(v, "") for v in values]
    assert formula.vi == " + ".join(w.vi.rstrip() for w in written)
    assert formula.en == " + ".join(w.en.rstrip() for w in written)


@given(st.one_of(st.none(), st.integers(min_value=1, max_value=10**6)), st.integers(1, 12))
def test_days_in_is_calendar(year: int | None, month: int) -> None:
    expected = calendar.monthrange(2000 if year is None else year, month)[1]
    if year is None and month == 2:
        expected = 29
    assert _days_in(month, year) == expected


# The clusters as the regular expression over every mark's range cut them (the way replaced).
_MARKS = "".join(
    chr(c) for c in range(0x10000) if unicodedata.combining(chr(c)) and not 0xD800 <= c < 0xE000
)
_CLUSTER = re.compile(f"[^{re.escape(_MARKS)}][{re.escape(_MARKS)}]*|[{re.escape(_MARKS)}]+", re.S)
_LETTERS = st.sampled_from(
    [
        *"aeoAEđ 5.",
        *("\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u031b", "\u0323", "\u0309"),
        *("\U0001d165", "\U0001d16d", "\u1100", "\u1161", "\u0bc6", "\u0bbe"),
    ]
)


@given(st.lists(_LETTERS, max_size=16).map("".join))
def test_clusters_as_the_pattern_cut_them(text: str) -> None:
    assert _clusters(text) == [(m.start(), m.group()) for m in _CLUSTER.finditer(text)]


@given(st.lists(_LETTERS, max_size=30).map("".join))
def test_columns_point_into_the_original(line: str) -> None:
    text, columns = nfc_with_columns(line)
    assert text == unicodedata.normalize("NFC", line)
    assert len(columns) == len(text) + 1
    assert list(columns) == sorted(columns)
    assert columns[-1] == len(line)


@given(st.text(alphabet="Có 5 hội (trong đó 3). Cấp TỈNH; ", max_size=60))
def test_shared_by_identity_equal_to_made_anew(text: str) -> None:
    assert lowered(text) == text.lower()
    assert sentence_spans(text) == _sentences(text)
    assert sentence_spans(text) is sentence_spans(text)
    shared, fresh = bracket_depths(text), Depths(text)
    assert [shared[i] for i in range(len(text) + 1)] == [fresh[i] for i in range(len(text) + 1)]


def test_remembered_by_identity_not_content() -> None:
    memo: dict[int, tuple[str, list[str]]] = {}
    calls: list[str] = []

    def make(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    first = "".join(["Có 5 ", "hội"])
    again = "".join(["Có 5", " hội"])  # equal, another object
    assert first == again
    assert first is not again
    assert remembered(memo, first, make) is remembered(memo, first, make)
    assert len(calls) == 1
    assert remembered(memo, again, make) == remembered(memo, first, make)
    assert len(calls) == 2  # made anew for the other object: nothing is kept by content
    for n in range(2 * _REMEMBERED):  # a few texts at most are kept (round 24: 16, not 4)
        remembered(memo, f"đoạn {n}", make)
    assert len(memo) <= _REMEMBERED


def test_the_reference_shapes_read_alike() -> None:
    text = "Tổng số 99 hội, trong đó cấp tỉnh: 40 hội; hơn 14,6 tỷ đồng"
    for match in find_quantities(text):
        q = match.quantity
        assert exact_stated(q, None, q.text) == StatedFigure.from_quantity(q, quote=q.text)
    assert exact_stated(parse_quantity("40 hội"), "II", "40 hội").value == Decimal(40)
