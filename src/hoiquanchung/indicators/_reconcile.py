"""Đối chiếu số liệu (reconciliation): do a report's totals equal the sum of their parts?

A report's figures are laid out as a :class:`Table` per subject: every figure has a *measure*
(hội, người làm việc, hội viên, đồng...) and coordinates over the table's declared
:class:`Dimension` s (level ∈ {cấp tỉnh, cấp huyện, xã}; category ∈ {giao nhiệm vụ, khác}; a
hierarchy of units).  A dimension left out of a figure's coordinates means "all of it".

The rules are general; nothing tells them where to look:

* whenever every value of a dimension is present (stated, or derived) under a stated figure's
  coordinates, their sum must equal it (``total-mismatch``).  A total broken down by level *and*
  by category is checked against both, so the same group counted in two breakdowns must agree;
* a total the report does not state is derived from its parts; when two breakdowns derive it
  differently, that is a ``breakdown-conflict``;
* parts never exceed their total, whether or not all of them are given (``parts-exceed-total``);
  a dimension declared incomplete (*cụ thể như*: examples) is only checked this way;
* the same figure stated twice must agree (``figure-conflict``);
* a stated rate must match its fraction at its stated precision (``rate-mismatch``, or the
  warning ``rate-rounding`` when it holds only when truncated), via :func:`compare`.

Figures are compared as intervals of what they admit: ``"99 hội"`` admits 99 only,
``"14,6 tỷ đồng"`` admits 14,55–14,65 tỷ, ``"hơn 34 tỷ"`` anything above 34 tỷ.

>>> level = Dimension("level", ("cấp tỉnh", "cấp huyện, xã"))
>>> category = Dimension("category", ("giao nhiệm vụ", "khác"))
>>> def fig(v, **at):
...     return Figure(StatedFigure(v, path="II.1.1"), measure="hội", at=at)
>>> table = Table(name="Hội", path="II.1.1 Về tổ chức", dimensions=(level, category), figures=(
...     fig(99), fig(40, level="cấp tỉnh"), fig(59, level="cấp huyện, xã"),
...     fig(13, level="cấp tỉnh", category="giao nhiệm vụ"),
...     fig(28, level="cấp huyện, xã", category="giao nhiệm vụ"),
...     fig(57, category="khác"), fig(26, level="cấp tỉnh", category="khác"),
...     fig(31, level="cấp huyện, xã", category="khác")))
>>> for f in reconcile(table):
...     print(f.path, "|", f.stated, "|", f.computed)
II.1.1 > tổng số | 99 hội | 98 hội
II.1.1 > cấp tỉnh | 40 hội | 39 hội
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, NamedTuple

import attrs

from hoiquanchung._catalogue import a_type, wrong_type
from hoiquanchung._checks import (
    instance_of,
    optional_instance_of,
    tuple_of,
)
from hoiquanchung._nfc import nfc_text, nfc_text_optional
from hoiquanchung.errors import NotFoundError, ValidationError
from hoiquanchung.findings import Finding
from hoiquanchung.indicators._interval import Exact, Interval
from hoiquanchung.indicators._population import Population
from hoiquanchung.indicators._rate import Rate
from hoiquanchung.indicators._stated import (
    Comparison,
    StatedFigure,
    Verdict,
    _path,
    compare,
    nfc_kept,
)
from hoiquanchung.indicators._text import decimal_of, strip, write
from hoiquanchung.messages import Fact, Localized, error_text, fragment
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._quantity import slot_setters
from hoiquanchung.numbers._vocabulary import written_bound

__all__ = [
    "Dimension",
    "Figure",
    "RateFigure",
    "Reconciliation",
    "Report",
    "Row",
    "Status",
    "Structure",
    "Table",
    "exact_figure",
    "FigureIndex",
    "exact_table",
    "figure_index",
    "reconcile",
    "reconcile_report",
    "reconcile_totals",
]

Coords = tuple[str | None, ...]
Key = tuple[str, Coords]
_EXACT: Final = Bound.EXACT
# Whole numbers below this are written by grouping their digits (far below the writer's limits).
_PLAIN_LIMIT: Final = 10**12
_ALL: Final = "tổng số"
_ALL_EN: Final = "total"


def _nfc_tuple(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise ValidationError(error_text("table-values-one-text"), field="values")
    return tuple(nfc_text(v, "values") for v in values)


def _nfc_children(children: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    if not isinstance(children, Mapping):
        raise ValidationError(error_text("table-children-mapping"), field="children")
    return {nfc_text(k, "children"): _nfc_tuple(v) for k, v in children.items()}


def _label(value: object) -> str | None:
    return nfc_text_optional(value, "label")


def _label_en(value: object) -> str | None:
    return nfc_text_optional(value, "label_en")


def _meta(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValidationError(error_text("table-meta-mapping"), field="meta")
    return {nfc_text(k, "meta"): nfc_text(v, f"meta.{k}") for k, v in value.items()}


@attrs.frozen
class Dimension:
    """Chiều phân tổ: a way a total is broken down (by level, by category, by unit...).

    ``values`` are the top-level parts of the whole; ``children`` optionally breaks a value
    further (a province into its communes), making the dimension a tree.  ``complete=False``
    declares the parts to be examples (*cụ thể như*): they must not exceed their total but are
    never required to add up to it.  ``label`` names the dimension in messages.

    >>> unit = Dimension("unit", ("A", "B"), children={"A": ("A1", "A2")})
    >>> unit.parts(None), unit.parts("A"), unit.parts("A1")
    (('A', 'B'), ('A1', 'A2'), ())
    """

    name: str = attrs.field(converter=nfc_text)
    values: tuple[str, ...] = attrs.field(converter=_nfc_tuple)
    children: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=dict, converter=_nfc_children, eq=False
    )
    complete: bool = attrs.field(default=True, validator=instance_of(bool))
    label: str | None = attrs.field(default=None, converter=_label)
    label_en: str | None = attrs.field(default=None, converter=_label_en)
    _parts: dict[str | None, tuple[str, ...]] = attrs.field(
        init=False, eq=False, repr=False, alias="_parts"
    )
    _nodes: frozenset[str] = attrs.field(init=False, eq=False, repr=False, alias="_nodes")
    _up: dict[str, str | None] = attrs.field(init=False, eq=False, repr=False, alias="_up")
    _inner: frozenset[str | None] = attrs.field(init=False, eq=False, repr=False, alias="_inner")

    def __attrs_post_init__(self) -> None:
        parts: dict[str | None, tuple[str, ...]] = {None: self.values}
        seen: set[str] = set()
        queue: list[str | None] = [None]
        while queue:  # breadth first from the whole: every node reachable once
            node = queue.pop()
            kids = self.values if node is None else self.children.get(node, ())
            for kid in kids:
                if kid in seen:
                    raise ValidationError(
                        error_text("table-value-twice", value=kid, dimension=self.name),
                        field=self.name,
                    )
                seen.add(kid)
                queue.append(kid)
            parts[node] = kids
        up = {kid: node for node, kids in parts.items() for kid in kids}
        object.__setattr__(self, "_up", up)
        object.__setattr__(self, "_inner", frozenset(n for n, kids in parts.items() if kids))
        for parent in self.children:
            if parent not in seen:
                raise ValidationError(
                    error_text("table-children-of-unknown", parent=parent, dimension=self.name),
                    path=f"{self.name}.children",
                )
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "_nodes", frozenset(seen))

    @property
    def inner(self) -> frozenset[str | None]:
        """The nodes that have parts (``None``, the whole, among them when there are values)."""
        return self._inner

    def parent(self, node: str) -> str | None:
        """The node *node* is a part of (``None``: the whole)."""
        return self._up.get(node)

    def parts(self, node: str | None) -> tuple[str, ...]:
        """The parts of *node* (``None``: the whole); ``()`` for a leaf."""
        return self._parts.get(node, ())

    def __contains__(self, node: object) -> bool:
        return (
            node is None
            or node in self._parts
            or any(node in kids for kids in self._parts.values())
        )

    @property
    def title(self) -> str:
        """``label`` or ``name``."""
        return self.label or self.name


def _freeze_at(
    at: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    if isinstance(at, Mapping):
        pairs = list(at.items())
    elif isinstance(at, tuple | list) and all(isinstance(p, tuple) and len(p) == 2 for p in at):
        pairs = list(at)
    else:
        raise ValidationError(error_text("table-at-mapping"), field="at")
    return tuple(sorted((nfc_text(k, "at"), nfc_text(v, "at")) for k, v in pairs))


@attrs.frozen(kw_only=True)
class Figure:
    """Một số liệu trong bảng: a stated figure with its measure and coordinates.

    ``at`` maps dimension names to values (``{"level": "cấp tỉnh"}``); dimensions left out mean
    "all".  ``label`` overrides the label built from the coordinates.
    """

    stated: StatedFigure = attrs.field(validator=instance_of(StatedFigure), kw_only=False)
    measure: str = attrs.field(converter=nfc_text)
    at: tuple[tuple[str, str], ...] = attrs.field(factory=tuple, converter=_freeze_at)
    label: str | None = attrs.field(default=None, converter=_label)


def exact_figure(stated: StatedFigure, measure: str, at: Iterable[tuple[str, str]]) -> Figure:
    """``Figure(stated, measure=measure, at=at)`` without the constructor's checks, for the
    figures a program makes from parsed quantities (*at*: pairs of texts; the checker's section
    tables make one a figure; speed).  The texts are NFC-normalised and *at* sorted, as by the
    constructor.

    >>> s = StatedFigure(Decimal(40), unit="hội")
    >>> exact_figure(s, "hội", [("level", "cấp tỉnh")]) == Figure(
    ...     s, measure="hội", at={"level": "cấp tỉnh"})
    True
    """
    figure = _new(Figure)
    _f_stated(figure, stated)
    _f_measure(figure, nfc_kept(measure, "measure"))
    _f_at(figure, tuple(sorted((nfc_kept(k, "at"), nfc_kept(v, "at")) for k, v in at)))
    _f_label(figure, None)
    return figure


_new: Final = object.__new__
_f_stated, _f_measure, _f_at, _f_label = slot_setters(Figure, "stated", "measure", "at", "label")


def _dims(values: Iterable[Dimension]) -> tuple[Dimension, ...]:
    return tuple_of(Dimension, "dimensions")(values)


def _figs(values: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple_of(Figure, "figures")(values)


def _tables(values: Iterable[Table]) -> tuple[Table, ...]:
    return tuple_of(Table, "tables")(values)


def _rates(values: Iterable[RateFigure]) -> tuple[RateFigure, ...]:
    return tuple_of(RateFigure, "rates")(values)


def _pops(values: Iterable[Population]) -> tuple[Population, ...]:
    return tuple_of(Population, "populations")(values)


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(nfc_text(v, "fractional") for v in tuple_of(str, "fractional")(values))


class _Value(NamedTuple):
    interval: Interval
    point: Exact
    exact: bool


def _value(stated: StatedFigure, integral: bool) -> _Value:
    """What a stated figure admits, with a fast path for whole numbers written in full."""
    if integral and stated.bound is _EXACT and stated.resolution == 1:
        v = stated.value
        n = int(v)
        if n == v:
            return _Value(Interval(n, n), n, True)
    iv = stated.admits(integral=integral)
    return _Value(iv, Fraction(stated.value), iv.lo is not None and iv.lo == iv.hi)


@attrs.frozen(kw_only=True)
class Table:
    """Bảng số liệu: the figures of one subject over its dimensions.

    >>> table = Table(name="Hội", path="II.1.1", figures=[
    ...     Figure(StatedFigure.parse("99 hội"), measure="hội")])
    >>> table.figures[0].stated.value, table.coords(table.figures[0])
    (Decimal('99'), ())

    ``path`` (``"II.1.1 Về tổ chức"``) heads the paths of findings about figures that do not
    say where they were stated.  Measures are counted in whole units (hội, người, đồng) unless
    listed in ``fractional`` (tấn, m2).  Every value must be non-negative.
    """

    name: str = attrs.field(converter=nfc_text)
    path: str = attrs.field(converter=nfc_text)
    dimensions: tuple[Dimension, ...] = attrs.field(converter=_dims, factory=tuple)
    figures: tuple[Figure, ...] = attrs.field(converter=_figs, factory=tuple)
    fractional: frozenset[str] = attrs.field(converter=_names, factory=frozenset)
    # Computed once: each figure's key (measure, coordinates) and what it admits.
    _keys: tuple[Key, ...] = attrs.field(init=False, eq=False, repr=False, alias="_keys")
    _values: tuple[_Value, ...] = attrs.field(init=False, eq=False, repr=False, alias="_values")

    def __attrs_post_init__(self) -> None:
        names = [d.name for d in self.dimensions]
        if len(set(names)) != len(names):
            raise ValidationError(
                error_text("table-dimensions-repeat", table=self.name), field="dimensions"
            )
        index = {d.name: d for d in self.dimensions}
        keys: list[Key] = []
        values: list[_Value] = []
        fractional = self.fractional
        for i, fig in enumerate(self.figures):
            stated = fig.stated
            if stated.value < 0:
                where = f"{self.name}.figures[{i}]"
                raise ValidationError(error_text("table-negative-figure"), path=where)
            for dim_name, node in fig.at:
                dim = index.get(dim_name)
                if dim is None or node not in dim:
                    where = f"{self.name}.figures[{i}].at"
                    if dim is None:
                        raise ValidationError(
                            error_text("table-unknown-dimension", dimension=dim_name), path=where
                        )
                    raise ValidationError(
                        error_text("table-unknown-value", value=node, dimension=dim_name),
                        path=where,
                    )
            keys.append((fig.measure, self.coords(fig)))
            values.append(_value(stated, fig.measure not in fractional))
        object.__setattr__(self, "_keys", tuple(keys))
        object.__setattr__(self, "_values", tuple(values))

    def _index(self) -> None:
        """Each figure's key and what it admits (the figures are valid)."""
        pairs = [figure_index(self.dimensions, fig, self.fractional) for fig in self.figures]
        object.__setattr__(self, "_keys", tuple(key for key, _value in pairs))
        object.__setattr__(self, "_values", tuple(value for _key, value in pairs))

    def coords(self, figure: Figure) -> Coords:
        """The figure's coordinates, one per dimension in order (``None``: all)."""
        return _coords(self.dimensions, figure)

    def label(self, coords: Coords, lang: str = "vi") -> str:
        """``"cấp tỉnh · giao nhiệm vụ"``; ``"tổng số"`` for the whole."""
        named = [c for c in coords if c is not None]
        if not named:
            return _ALL if lang == "vi" else _ALL_EN
        return " · ".join(named)


def _coords(dimensions: Sequence[Dimension], figure: Figure) -> Coords:
    """:meth:`Table.coords` in a table of *dimensions*."""
    if not figure.at:
        return (None,) * len(dimensions)
    if len(dimensions) == 1:
        return (figure.at[0][1],)
    at = dict(figure.at)
    return tuple(at.get(d.name) for d in dimensions)


#: A figure's key in a table and what it admits (:func:`figure_index`).
FigureIndex = tuple[Key, _Value]


def figure_index(
    dimensions: Sequence[Dimension], figure: Figure, fractional: Collection[str]
) -> FigureIndex:
    """A valid figure's key (measure, coordinates) in a table of *dimensions* and what it
    admits (its measure counted in whole units unless in *fractional*): what a
    :class:`Table` computes of each of its figures, for a program that keeps them from one
    table to the next (:func:`exact_table`'s *index*)."""
    return (figure.measure, _coords(dimensions, figure)), _value(
        figure.stated, figure.measure not in fractional
    )


def exact_table(
    name: str,
    path: str,
    dimensions: tuple[Dimension, ...],
    figures: tuple[Figure, ...],
    fractional: frozenset[str],
    index: Sequence[FigureIndex] | None = None,
) -> Table:
    """``Table(name=name, path=path, dimensions=dimensions, figures=figures,
    fractional=fractional)`` without the constructor's conversions and checks, for a program
    whose tables are valid by construction (NFC texts, distinct dimensions, every coordinate a
    value of its dimension, no negative figure: the checker's section tables, several a section;
    speed).  *index*: each figure's :func:`figure_index` in this table, when the caller has
    kept them (else they are computed).

    >>> level = Dimension("level", ("cấp tỉnh", "cấp huyện, xã"))
    >>> figures = (exact_figure(StatedFigure(Decimal(99)), "hội", ()),
    ...            exact_figure(StatedFigure(Decimal(40)), "hội", [("level", "cấp tỉnh")]))
    >>> exact_table("Hội", "II.1.1", (level,), figures, frozenset()) == Table(
    ...     name="Hội", path="II.1.1", dimensions=(level,), figures=figures)
    True
    """
    table = _new(Table)
    _t_name(table, name)
    _t_path(table, path)
    _t_dimensions(table, dimensions)
    _t_figures(table, figures)
    _t_fractional(table, fractional)
    if index is None:
        table._index()
    else:
        object.__setattr__(table, "_keys", tuple(key for key, _value in index))
        object.__setattr__(table, "_values", tuple(value for _key, value in index))
    return table


_t_name, _t_path, _t_dimensions, _t_figures, _t_fractional = slot_setters(
    Table, "name", "path", "dimensions", "figures", "fractional"
)


@attrs.frozen(kw_only=True)
class RateFigure:
    """Một tỷ lệ được nêu: ``numerator/denominator`` with the rate the report states."""

    label: str = attrs.field(converter=nfc_text)
    stated: StatedFigure = attrs.field(validator=instance_of(StatedFigure))
    numerator: StatedFigure | None = attrs.field(
        default=None, validator=optional_instance_of(StatedFigure)
    )
    denominator: StatedFigure | None = attrs.field(
        default=None, validator=optional_instance_of(StatedFigure)
    )
    path: str | None = attrs.field(default=None, converter=_path)

    def __attrs_post_init__(self) -> None:
        self.rate()  # a zero or negative term is refused here, not when reconciling

    def rate(self) -> Rate | None:
        """The exact :class:`Rate` of the stated numerator and denominator (``None``: the
        report gives the rate alone, which cannot be checked)."""
        if self.numerator is None or self.denominator is None:
            return None
        return Rate(self.numerator.value, self.denominator.value)


def _structure_or_none(_inst: Any, _attr: Any, value: Any) -> None:
    if value is not None and not isinstance(value, Structure):
        raise ValidationError(
            wrong_type("structure", a_type("Structure"), value),
            field="structure",
        )


@attrs.frozen(kw_only=True)
class Report:
    """Một báo cáo: its tables, its stated rates and populations, and where they come from.

    ``meta`` holds the data file's provenance (source, date, completeness) as texts;
    ``structure`` the administrative structure the report claims, checked against a register of
    units by :func:`check_structure`.
    """

    title: str = attrs.field(converter=nfc_text)
    source: str = attrs.field(default="", converter=nfc_text)
    tables: tuple[Table, ...] = attrs.field(converter=_tables, factory=tuple)
    rates: tuple[RateFigure, ...] = attrs.field(converter=_rates, factory=tuple)
    populations: tuple[Population, ...] = attrs.field(converter=_pops, factory=tuple)
    structure: Structure | None = attrs.field(default=None, validator=_structure_or_none)
    meta: Mapping[str, str] = attrs.field(factory=dict, eq=False, converter=_meta)

    def table(self, name: str) -> Table:
        """The table called *name* (NFC-normalised); :class:`NotFoundError` when absent."""
        wanted = nfc_text(name, "name")
        for table in self.tables:
            if table.name == wanted:
                return table
        raise NotFoundError(error_text("no-such-table", name=name, report=self.title))


@attrs.frozen(kw_only=True)
class Structure:
    """Cơ cấu hành chính a report claims: the figures of ``table`` for ``province`` on ``as_of``.

    The table's measures name a level (``"đơn vị cấp huyện"``, ``"đơn vị cấp xã"``) and its
    coordinates unit types (``"thành phố"``, ``"huyện"``); see :func:`check_structure`.
    """

    province: str = attrs.field(converter=nfc_text)
    as_of: _dt.date = attrs.field(validator=instance_of(_dt.date))
    table: str = attrs.field(converter=nfc_text)


class Status:
    """Trạng thái of a row in :class:`Reconciliation` (text constants)."""

    CONSISTENT: Final = "khớp"
    OTHER_RULE: Final = "khớp nếu cắt bớt"
    INCONSISTENT: Final = "không khớp"
    UNCHECKED: Final = "—"
    DERIVED: Final = "suy ra"


@attrs.frozen(kw_only=True)
class Row:
    """A stated figure with what could be recomputed for it: for tables of results.

    ``stated`` is ``None`` for a total the report does not state, derived from its parts
    (status :attr:`Status.DERIVED`).
    """

    path: str
    label: str
    measure: str
    stated: StatedFigure | None
    computed: str | None
    status: str


@attrs.frozen(kw_only=True)
class Reconciliation:
    """The result of :func:`reconcile_report`: every ``row`` and every ``finding``."""

    rows: tuple[Row, ...]
    findings: tuple[Finding, ...]


def _point_decimal(point: Exact) -> Decimal:
    """The point of a sum as written: whole, or rounded half up to two decimals."""
    if point.denominator == 1:
        return Decimal(point.numerator)  # exact: what decimal_of(point, 0) gives, faster
    return decimal_of(point, 2)


def _written_sum(value: _Value, lang: str, measure: str, number: Decimal | None = None) -> str:
    """The sum *value* written in *lang* (*number*: its point as a Decimal, when known)."""
    iv = value.interval
    body = write(_point_decimal(value.point) if number is None else number, lang, measure)
    if value.exact or (iv.lo is not None and iv.lo == iv.hi):
        return body
    if iv.hi is None:
        if iv.lo is not None and iv.lo == value.point and iv.lo_closed:
            return f"{written_bound('AT_LEAST', lang)} {body}"
        if iv.lo is not None and iv.lo < value.point:
            return f"{written_bound('AT_LEAST', lang)} {written_bound('ABOUT', lang)} {body}"
        return f"{written_bound('MORE_THAN', lang)} {body}"
    return f"{written_bound('ABOUT', lang)} {body}"


def _stated_text(fig: Figure, lang: str) -> str:
    """The figure as written when the text names its unit, else value and measure."""
    s = fig.stated
    if lang == "vi" and s.text is not None and s.unit is not None:
        return s.text
    # The value and bound alone, then the measure (the written unit would repeat it).
    return f"{attrs.evolve(s, unit=None, text=None).written(lang)} {fig.measure}"


def _bare_written(s: StatedFigure, lang: str) -> str:
    """``attrs.evolve(s, unit=None, text=None).written(lang)``: the value and bound alone
    (without a copy of the figure; speed)."""
    decimals = s.decimals
    if s.bound is _EXACT and decimals == 0 and type(s.value) is Decimal:
        # A whole number written without decimals (the commonest): what write gives it,
        # without its checks (as _formula; speed: a finding writes each figure twice).
        numerator, denominator = s.value.as_integer_ratio()
        if denominator == 1 and 0 <= numerator < _PLAIN_LIMIT:
            grouped = f"{numerator:,}"
            return grouped.replace(",", ".") if lang == "vi" else grouped
    words = written_bound(s.bound.name, lang)
    body = write(decimal_of(s.value, decimals), lang, None)
    return f"{words} {body}" if words else body


def _stated_texts(fig: Figure) -> Localized:
    """:func:`_stated_text` in Vietnamese and English."""
    s = fig.stated
    en = f"{_bare_written(s, 'en')} {fig.measure}"
    if s.text is not None and s.unit is not None:
        return Localized(s.text, en)
    return Localized(f"{_bare_written(s, 'vi')} {fig.measure}", en)


class _TableCheck:
    """The reconciliation of one table (memoised derivation, then checks)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.dims = table.dimensions
        self.findings: list[Finding] = []
        self.stated: dict[Key, Figure] = {}
        self.status: dict[Key, str] = {}
        self.computed: dict[Key, _Value] = {}
        self.memo: dict[Key, _Value | None] = {}
        self.repeats: list[tuple[Key, Figure]] = []
        keys = table._keys
        self.stated = dict(zip(keys, table.figures, strict=True))
        self.values = dict(zip(keys, table._values, strict=True))
        if len(self.stated) == len(keys):
            self.order: list[Key] = list(keys)
        else:  # the same figure stated more than once: keep the first, check the others
            self.stated, self.values, self.order = {}, {}, []
            for key, fig, value in zip(keys, table.figures, table._values, strict=True):
                if key in self.stated:
                    self._duplicate(key, self.stated[key], fig)
                    self.repeats.append((key, fig))
                    continue
                self.stated[key] = fig
                self.values[key] = value
                self.order.append(key)

    def _value_of(self, fig: Figure) -> _Value:
        return _value(fig.stated, fig.measure not in self.table.fractional)

    def _path(self, key: Key) -> str:
        fig = self.stated.get(key)
        base = fig.stated.path if fig is not None and fig.stated.path else self.table.path
        label = fig.label if fig is not None and fig.label else self.table.label(key[1])
        return f"{base} > {label}"

    def _duplicate(self, key: Key, first: Figure, again: Figure) -> None:
        a, b = self._value_of(first), self._value_of(again)
        if a.interval.meets(b.interval):
            return
        self.findings.append(
            Finding.create(
                "figure-conflict",
                {
                    "label": Localized(self.table.label(key[1]), self.table.label(key[1], "en")),
                    "first": Localized(first.stated.written("vi"), first.stated.written("en")),
                    "first_path": str(first.stated.path),
                    "again": Localized(again.stated.written("vi"), again.stated.written("en")),
                    "again_path": str(again.stated.path),
                },
                path=self._path(key),
                stated=_stated_text(again, "vi"),
                computed=_stated_text(first, "vi"),
                stated_value=again.stated.value,
                computed_value=first.stated.value,
            )
        )

    def _kids(self, key: Key, i: int) -> list[Key]:
        measure, coords = key
        parts = self.dims[i].parts(coords[i])
        if not parts:
            return []
        if len(coords) == 1:
            return [(measure, (part,)) for part in parts]
        head, tail = coords[:i], coords[i + 1 :]
        return [(measure, (*head, part, *tail)) for part in parts]

    def _sum(self, values: Sequence[_Value]) -> _Value:
        for v in values:  # a loop, not a generator (speed)
            if not (v.exact and v.interval.lo_closed):
                break
        else:
            total = sum(v.point for v in values)
            return _Value(Interval(total, total), total, True)
        lo: Fraction | int | None = 0
        hi: Fraction | int | None = 0
        lo_closed = hi_closed = True
        point: Exact = 0
        exact = True
        for v in values:
            iv = v.interval
            lo = None if lo is None or iv.lo is None else lo + iv.lo
            hi = None if hi is None or iv.hi is None else hi + iv.hi
            lo_closed = lo_closed and iv.lo_closed
            hi_closed = hi_closed and iv.hi_closed
            point += v.point
            exact = exact and v.exact
        return _Value(Interval(lo, hi, lo_closed, hi_closed), point, exact)

    def derive(self, key: Key) -> _Value | None:
        """The value of a cell: stated, or the sum of a complete breakdown."""
        stated = self.values.get(key)
        if stated is not None:
            return stated
        if key in self.memo:
            return self.memo[key]
        value: _Value | None
        self.memo[key] = None  # no cycle is possible (parts are strictly finer); guard anyway
        candidates: list[tuple[int, _Value]] = []
        for i, dim in enumerate(self.dims):
            if not dim.complete:
                continue
            kids = self._kids(key, i)
            if not kids:
                continue
            values = [self.derive(k) for k in kids]
            if all(v is not None for v in values):
                candidates.append((i, self._sum([v for v in values if v is not None])))
        if not candidates:
            return None
        first_dim, value = candidates[0]
        for other_dim, other in candidates[1:]:
            if not value.interval.meets(other.interval):
                self._conflict(key, first_dim, value, other_dim, other)
                break
        self.memo[key] = value
        self.computed[key] = value
        return value

    def _floor(self, key: Key, i: int) -> _Value | None:
        """A lower bound of an unknown cell from its known parts along dimension *i*."""
        value = self.derive(key)
        if value is not None:
            return value
        known = [v for v in (self._floor(k, i) for k in self._kids(key, i)) if v is not None]
        if not known:
            return None
        total = self._sum(known)
        return _Value(
            Interval(total.interval.lo, None, total.interval.lo_closed), total.point, False
        )

    def _conflict(self, key: Key, i: int, a: _Value, j: int, b: _Value) -> None:
        measure = key[0]
        di, dj = self.dims[i], self.dims[j]
        label_vi, label_en = self.table.label(key[1]), self.table.label(key[1], "en")
        self.findings.append(
            Finding.create(
                "breakdown-conflict",
                {
                    "label": Localized(label_vi, label_en),
                    "dimension": Localized(di.title, di.label_en or di.name),
                    "sum": _sum_text(a, measure),
                    "other_dimension": Localized(dj.title, dj.label_en or dj.name),
                    "other_sum": _sum_text(b, measure),
                },
                path=f"{self.table.path} > {label_vi}",
                stated=_written_sum(b, "vi", measure),
                computed=_written_sum(a, "vi", measure),
                stated_value=strip(decimal_of(b.point, 2))
                if not b.exact
                else Decimal(b.point.numerator),
                computed_value=strip(decimal_of(a.point, 2))
                if not a.exact
                else Decimal(a.point.numerator),
            )
        )

    def _formula(self, values: Sequence[_Value]) -> Localized:
        if len(values) > 12:
            return fragment("n-parts", count=len(values))
        vi: list[str] = []
        en: list[str] = []
        for v in values:
            point = v.point
            if v.exact and point.denominator == 1 and 0 <= point < _PLAIN_LIMIT:
                # A whole part (the commonest): what _sum_text writes, without its checks
                # (speed: a finding writes every part in both languages).
                grouped = f"{int(point):,}"
                vi.append(grouped.replace(",", "."))
                en.append(grouped)
                continue
            w = _sum_text(v, "")
            vi.append(w.vi.rstrip())
            en.append(w.en.rstrip())
        return Localized(" + ".join(vi), " + ".join(en))

    def check(self, *, derive_totals: bool = True) -> None:
        """Check every stated total against its parts; then, when *derive_totals*, derive the
        totals the table does not state (two complete breakdowns of one must agree)."""
        dims = list(enumerate(self.dims))
        inner = [dim.inner for dim in self.dims]
        single = inner[0] if len(inner) == 1 else None
        for key in self.order:
            coords = key[1]
            if single is not None:
                if coords[0] not in single:
                    continue  # a leaf: nothing to check
            elif not any(c in inner[i] for i, c in enumerate(coords)):
                continue
            fig = self.stated[key]
            total = self.derive(key)
            assert total is not None  # stated
            status = Status.UNCHECKED
            for i, dim in dims:
                kids = self._kids(key, i)
                if not kids:
                    continue
                values = [self.derive(k) for k in kids]
                present = [v for v in values if v is not None]
                if dim.complete and len(present) == len(values):
                    parts = self._sum(present)
                    if key not in self.computed:
                        self.computed[key] = parts
                    if parts.interval.meets(total.interval):
                        status = Status.CONSISTENT if status != Status.INCONSISTENT else status
                        continue
                    status = Status.INCONSISTENT
                    self.computed[key] = parts
                    self._mismatch(key, fig, dim, parts, present, "total-mismatch")
                    continue
                floors = [
                    v if v is not None else self._floor(k, i)
                    for k, v in zip(kids, values, strict=True)
                ]
                known = [v for v in floors if v is not None]
                if not known:
                    continue
                some = self._sum(known)  # the known parts: a lower bound of the whole
                parts = _Value(
                    Interval(some.interval.lo, None, some.interval.lo_closed), some.point, False
                )
                if not parts.interval.below(total.interval):
                    status = Status.INCONSISTENT
                    self.computed[key] = parts
                    self._mismatch(key, fig, dim, parts, known, "parts-exceed-total")
                else:
                    self.computed.setdefault(key, parts)
                    if status == Status.UNCHECKED:
                        status = Status.CONSISTENT
            self.status[key] = status
        # Totals the report does not state: derive them (all breakdowns must agree).  With a
        # single complete breakdown there is nothing two breakdowns could disagree on.
        if derive_totals and sum(dim.complete for dim in self.dims) >= 2:
            self._derive_totals(all_the_way=False)

    def _derive_totals(self, *, all_the_way: bool) -> None:
        """Derive the unstated totals above stated figures: the grand total of each measure and
        the next total up along each dimension (every total up when *all_the_way*)."""
        parents = [dim.parent for dim in self.dims]
        roots: set[str] = set()
        for key in self.order:
            measure, coords = key
            if measure not in roots:
                roots.add(measure)
                self.derive((measure, (None,) * len(coords)))
            for i, node in enumerate(coords):
                while node is not None:
                    node = parents[i](node)
                    up = (measure, (*coords[:i], node, *coords[i + 1 :]))
                    if up not in self.stated and up not in self.memo:
                        self.derive(up)
                    if not all_the_way:
                        break

    def _mismatch(
        self,
        key: Key,
        fig: Figure,
        dim: Dimension,
        parts: _Value,
        present: Sequence[_Value],
        code: str,
    ) -> None:
        measure = key[0]
        stated = _stated_texts(fig)
        sum_text = _sum_text(parts, measure)
        facts: dict[str, Fact] = {
            "label": Localized(
                fig.label or self.table.label(key[1]), fig.label or self.table.label(key[1], "en")
            ),
            "stated": stated,
            "dimension": Localized(dim.title, dim.label_en or dim.name),
            "sum": sum_text,
            "formula": self._formula(present),
            "also": "",
        }
        again = [
            f.stated.path or self.table.path
            for k, f in self.repeats
            if k == key and (f.stated.path or self.table.path) != fig.stated.path
        ]
        if again:  # the same total stated elsewhere too: name every place
            facts["also"] = fragment("also-stated-in", places=", ".join(dict.fromkeys(again)))
        point = parts.point
        computed_value = (
            Decimal(point.numerator) if point.denominator == 1 else decimal_of(point, 2)
        )
        self.findings.append(
            Finding.create(
                code,
                facts,
                path=self._path(key),
                stated=stated.vi,
                computed=sum_text.vi,
                stated_value=fig.stated.value,
                computed_value=computed_value,
            )
        )

    def rows(self) -> list[Row]:
        self._derive_totals(all_the_way=True)
        out = []
        repeats: dict[Key, list[Figure]] = {}
        for repeated, again in self.repeats:
            repeats.setdefault(repeated, []).append(again)
        pairs = [(k, f) for k in self.order for f in (self.stated[k], *repeats.get(k, ()))]
        for key, fig in pairs:
            value = self.computed.get(key)
            base = fig.stated.path or self.table.path
            out.append(
                Row(
                    path=f"{base} > {fig.label or self.table.label(key[1])}",
                    label=fig.label or self.table.label(key[1]),
                    measure=key[0],
                    stated=fig.stated,
                    computed=None if value is None else _written_sum(value, "vi", key[0]),
                    status=self.status.get(key, Status.UNCHECKED),
                )
            )
        for key, value in self.computed.items():  # totals derived from their parts only
            if key in self.stated:
                continue
            label = self.table.label(key[1])
            out.append(
                Row(
                    path=f"{self.table.path} > {label}",
                    label=label,
                    measure=key[0],
                    stated=None,
                    computed=_written_sum(value, "vi", key[0]),
                    status=Status.DERIVED,
                )
            )
        return out


def _sum_text(value: _Value, measure: str) -> Localized:
    number = _point_decimal(value.point)  # once for both languages
    return Localized(
        _written_sum(value, "vi", measure, number), _written_sum(value, "en", measure, number)
    )


def _is_collection(value: object) -> bool:
    return isinstance(value, Iterable) and not isinstance(value, str | bytes)


def _check_rate(rate: RateFigure) -> tuple[Row, Finding | None]:
    path = rate.path or rate.stated.path or ""
    full_path = f"{path} > {rate.label}" if path else rate.label
    fraction = rate.rate()
    if fraction is None:
        unchecked = Row(
            path=full_path,
            label=rate.label,
            measure="%",
            stated=rate.stated,
            computed=None,
            status=Status.UNCHECKED,
        )
        return unchecked, None
    comparison: Comparison = compare(rate.stated, fraction)
    finding = comparison.to_finding(label=rate.label, path=full_path)
    status = {
        Verdict.CONSISTENT: Status.CONSISTENT,
        Verdict.CONSISTENT_UNDER_OTHER_RULE: Status.OTHER_RULE,
        Verdict.INCONSISTENT: Status.INCONSISTENT,
    }[comparison.verdict]
    row = Row(
        path=full_path,
        label=rate.label,
        measure="%",
        stated=rate.stated,
        computed=write(comparison.expected, "vi", rate.stated.unit),
        status=status,
    )
    return row, finding


def reconcile_report(
    report: Report | Table | Iterable[Table | RateFigure], *, with_rows: bool = True
) -> Reconciliation:
    """Reconcile every table and every stated rate; return the rows and the findings.

    Findings come table by table in the order figures were given, then the rates.
    ``with_rows=False`` skips building a row per figure (faster for large reports).

    >>> rate = RateFigure(label="Đơn vị học tập", stated=StatedFigure.parse("91,53%"),
    ...                   numerator=StatedFigure(Decimal(515)),
    ...                   denominator=StatedFigure(Decimal(565)), path="II.4.3")
    >>> result = reconcile_report([rate])
    >>> [(row.path, row.computed, row.status) for row in result.rows]
    [('II.4.3 > Đơn vị học tập', '91,15%', 'không khớp')]
    >>> [finding.code for finding in result.findings]
    ['rate-mismatch']
    """
    if isinstance(report, Report):
        tables: list[Table] = list(report.tables)
        rates: list[RateFigure] = list(report.rates)
    elif isinstance(report, Table):
        tables, rates = [report], []
    elif not _is_collection(report):
        raise ValidationError(
            wrong_type("report", fragment("report-or-tables"), report),
            field="report",
        )
    else:
        tables, rates = [], []
        for i, item in enumerate(report):
            if isinstance(item, Table):
                tables.append(item)
            elif isinstance(item, RateFigure):
                rates.append(item)
            else:
                raise ValidationError(
                    error_text(
                        "expected-type",
                        expected=fragment("a-table-or-rate"),
                        type=type(item).__name__,
                    ),
                    path=f"[{i}]",
                )
    rows: list[Row] = []
    findings: list[Finding] = []
    for table in tables:
        check = _TableCheck(table)
        check.check()
        if with_rows:
            rows.extend(check.rows())
        findings.extend(check.findings)
    for rate in rates:
        row, finding = _check_rate(rate)
        rows.append(row)
        if finding is not None:
            findings.append(finding)
    return Reconciliation(rows=tuple(rows), findings=tuple(findings))


def reconcile_totals(table: Table) -> list[Finding]:
    """The findings of :func:`reconcile` on *table* that are about its stated figures
    (``figure-conflict``, ``total-mismatch``, ``parts-exceed-total`` and a
    ``breakdown-conflict`` met on the way), in the same order, without the totals it does not
    state: those are derived only to compare two complete breakdowns of them, which adds
    ``breakdown-conflict`` findings and nothing else (for a caller that keeps none of them:
    the checker's section tables; speed).

    >>> level = Dimension("level", ("cấp tỉnh", "cấp huyện, xã"))
    >>> table = Table(name="Hội", path="II.1.1", dimensions=(level,), figures=(
    ...     Figure(StatedFigure(Decimal(99)), measure="hội"),
    ...     Figure(StatedFigure(Decimal(40)), measure="hội", at={"level": "cấp tỉnh"}),
    ...     Figure(StatedFigure(Decimal(58)), measure="hội", at={"level": "cấp huyện, xã"})))
    >>> reconcile_totals(table) == reconcile(table)
    True
    """
    check = _TableCheck(table)
    check.check(derive_totals=False)
    return check.findings


def reconcile(report: Report | Table | Iterable[Table | RateFigure]) -> list[Finding]:
    """Every total that differs from its parts and every stated rate that differs from its
    fraction, as :class:`~hoiquanchung.findings.Finding` s (see the module documentation).

    >>> level = Dimension("level", ("cấp tỉnh", "cấp huyện, xã"))
    >>> table = Table(name="Hội", path="II.1.1", dimensions=(level,), figures=(
    ...     Figure(StatedFigure(Decimal(99)), measure="hội"),
    ...     Figure(StatedFigure(Decimal(40)), measure="hội", at={"level": "cấp tỉnh"}),
    ...     Figure(StatedFigure(Decimal(58)), measure="hội", at={"level": "cấp huyện, xã"})))
    >>> [(f.path, f.stated, f.computed, f.difference) for f in reconcile(table)]
    [('II.1.1 > tổng số', '99 hội', '98 hội', Decimal('1'))]
    """
    return list(reconcile_report(report, with_rows=False).findings)
