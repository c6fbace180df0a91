"""Quantities as reports write them: a number, its unit and its qualifier (hơn, gần, khoảng...)."""

from __future__ import annotations

import decimal
import enum
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung._checks import instance_of
from hoiquanchung.errors import ValidationError
from hoiquanchung.numbers._vocabulary import bound_words
from hoiquanchung.rounding import exact_decimal

__all__ = [
    "Bound",
    "DEFAULT_TOLERANCE",
    "DateMatch",
    "Quantity",
    "QuantityMatch",
    "exact_date",
    "exact_match",
    "exact_quantity",
    "open_twin",
    "slot_setters",
]

#: Relative tolerance of :attr:`Bound.ABOUT` and :attr:`Bound.NEARLY` unless one is given: 10 %.
DEFAULT_TOLERANCE: Final = Decimal("0.1")

# Exact arithmetic for products of exact decimals (never the caller's context).
_EXACT: Final = decimal.Context(
    prec=decimal.MAX_PREC,
    rounding=decimal.ROUND_HALF_UP,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.Inexact, decimal.Overflow],
)


class Bound(enum.Enum):
    """Cận (qualifier): how a written figure relates to the true one.

    The value of each member is the Vietnamese word it is usually written with; :attr:`words`
    lists every word the parser accepts for it.

    >>> Bound.MORE_THAN.value, Bound.MORE_THAN.words
    ('hơn', ('hơn', 'trên', 'trên mốc', 'vượt mốc', 'vượt ngưỡng'))
    >>> Bound.MORE_THAN.admits(Decimal("34000000001"), Decimal("34000000000"))
    True
    >>> Bound.ABOUT.admits(Decimal("105"), Decimal("100"))
    True
    >>> Bound.NEARLY.admits(Decimal("101"), Decimal("100"))
    False
    """

    EXACT = "đúng"
    """No qualifier: the figure as written, at its written precision."""
    MORE_THAN = "hơn"
    """*hơn*, *trên*: strictly more than the written figure."""
    LESS_THAN = "dưới"
    """*dưới*: strictly less than the written figure."""
    NEARLY = "gần"
    """*gần*: a little below the written figure (at most the tolerance below, never above)."""
    ABOUT = "khoảng"
    """*khoảng*, *ước*, *ước tính*, *xấp xỉ*, *chừng*: within the tolerance either side."""
    AT_LEAST = "trở lên"
    """*... trở lên*, *từ ... trở lên*, *ít nhất*, *tối thiểu*: the figure or more."""
    AT_MOST = "tối đa"
    """*tối đa*, *không quá*, *... trở xuống*: the figure or less."""

    @property
    def words(self) -> tuple[str, ...]:
        """Every Vietnamese word or phrase the parser reads as this bound (from
        ``hoiquanchung/numbers/data/bound_words.toml``)."""
        return tuple(
            word
            for place in ("before", "after")
            for word, name in bound_words(place).items()
            if name == self.name
        )

    def admits(
        self,
        value: int | Decimal,
        stated: int | Decimal,
        *,
        tolerance: Decimal = DEFAULT_TOLERANCE,
    ) -> bool:
        """Whether a true *value* is compatible with a figure *stated* with this bound.

        ``EXACT`` compares exactly (compare at the written precision with
        :attr:`Quantity.resolution` before calling it); ``MORE_THAN``/``LESS_THAN`` are strict,
        ``AT_LEAST``/``AT_MOST`` inclusive.  ``NEARLY`` admits ``stated·(1 − tolerance) ≤ value ≤
        stated`` ("gần 1 triệu" is a little under a million), ``ABOUT`` admits ``|value − stated|
        ≤ tolerance·|stated|``.  *tolerance* is relative (default 10 %), exact arithmetic only.
        """
        v = exact_decimal(value, field="value")
        s = exact_decimal(stated, field="stated")
        tol = exact_decimal(tolerance, field="tolerance")
        if tol < 0:
            raise ValidationError(
                error_text("not-negative", name="tolerance", value=tol), field="tolerance"
            )
        if self is Bound.EXACT:
            return v == s
        if self is Bound.MORE_THAN:
            return v > s
        if self is Bound.LESS_THAN:
            return v < s
        if self is Bound.AT_LEAST:
            return v >= s
        if self is Bound.AT_MOST:
            return v <= s
        margin = _EXACT.multiply(s.copy_abs(), tol)
        if self is Bound.NEARLY:
            return _EXACT.subtract(s, margin) <= v <= s
        return _EXACT.subtract(v, s).copy_abs() <= margin


def _to_decimal(value: object) -> Decimal:
    return exact_decimal(value, field="value")


def _check_unit(_: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(
            error_text("must-be", name=attribute.name, expected=fragment("str-or-none")),
            field=attribute.name,
        )


@attrs.frozen
class Quantity:
    """Số lượng (a quantity as written): ``'hơn 14,6 tỷ đồng'``, ``'74,87%'``, ``'01 cuộc'``.

    ``value`` is exact and in base units: đồng (scale words applied), persons, percent points
    for ``%``, m2, tấn...; ``unit`` is the normalised unit or counted noun (``None`` when none
    follows); ``bound`` the qualifier; ``text`` the expression as written (NFC);
    ``resolution`` the value of one unit of the last written digit, in base units (``'14,6 tỷ
    đồng'`` → 100000000, ``'74,87%'`` → 0.01); ``decimals`` the digits written after the comma.

    >>> q = Quantity(value=Decimal("14600000000"), unit="đồng", bound=Bound.MORE_THAN,
    ...              text="hơn 14,6 tỷ đồng", resolution=Decimal("100000000"), decimals=1)
    >>> q.interval()
    (Decimal('14550000000'), Decimal('14650000000'))
    """

    value: Decimal = attrs.field(converter=_to_decimal)
    unit: str | None = attrs.field(validator=_check_unit)
    bound: Bound = attrs.field(validator=instance_of(Bound))
    text: str = attrs.field(validator=instance_of(str))
    resolution: Decimal = attrs.field(converter=_to_decimal)
    decimals: int = attrs.field(validator=instance_of(int))

    def interval(self) -> tuple[Decimal, Decimal]:
        """The values that round (half up) to the written figure: ``value ± resolution/2``.

        The qualifier is not applied: use :meth:`Bound.admits` for it.
        """
        half = _EXACT.divide(self.resolution, Decimal(2))
        return _EXACT.subtract(self.value, half), _EXACT.add(self.value, half)


def exact_quantity(
    value: Decimal, unit: str | None, bound: Bound, text: str, resolution: Decimal, decimals: int
) -> Quantity:
    """A :class:`Quantity` from parts already exact and of the right types (the grammar's own:
    ``Decimal`` value and resolution, ``str`` or ``None`` unit, ``str`` text, ``int``
    decimals), made without the constructor's conversions and checks (speed: one per figure).

    >>> q = exact_quantity(Decimal(5), "hội", Bound.EXACT, "5 hội", Decimal(1), 0)
    >>> q == Quantity(5, "hội", Bound.EXACT, "5 hội", 1, 0)
    True
    """
    building = _OpenQuantity()
    building.value = value
    building.unit = unit
    building.bound = bound
    building.text = text
    building.resolution = resolution
    building.decimals = decimals
    building.__class__ = Quantity
    quantity: Quantity = building
    return quantity


def slot_setters(cls: type, *names: str) -> tuple[Any, ...]:
    """The ``__set__`` of the slots *names* of the frozen attrs class *cls*: they store a value
    past the frozen ``__setattr__`` (an object made by ``object.__new__`` and filled by them is
    the one the constructor makes, without its checks; a call less a field than
    ``object.__setattr__``; speed).

    >>> [set_start] = slot_setters(QuantityMatch, "start")
    >>> set_start.__name__
    '__set__'
    """
    return tuple(cls.__dict__[name].__set__ for name in names)


def open_twin(cls: type) -> type[Any]:
    """A plain class with the slots of the frozen attrs class *cls*, in the same order (the same
    layout): an instance of it, filled by ordinary attribute stores and then given
    ``__class__ = cls``, is the object the constructor makes, without its checks.  A store is
    several times faster than a call of a slot's ``__set__`` (:func:`slot_setters`; speed: the
    grammar and the checker make one object a figure).  Python refuses the ``__class__`` of a
    class of another layout: tried here once, so that a change of *cls* fails at import.

    >>> Open = open_twin(QuantityMatch)
    >>> match = Open()
    >>> match.start, match.end, match.quantity = 0, 1, None
    >>> match.fraction = match.range_end = None
    >>> match.__class__ = QuantityMatch
    >>> match == QuantityMatch(0, 1, None)  # type: ignore[arg-type]
    True
    """
    # a class of the library's own: one deriving from another would have another layout
    assert cls.__bases__ == (object,), cls
    twin: type[Any] = type(
        f"_Open{cls.__name__}", (), {"__slots__": cls.__dict__["__slots__"], "__module__": __name__}
    )
    twin().__class__ = cls  # raises TypeError when the layouts differ
    return twin


_OpenQuantity: Final = open_twin(Quantity)


@attrs.frozen
class QuantityMatch:
    """A quantity found in a longer text: its span and the :class:`Quantity`.

    ``start`` and ``end`` are offsets into the NFC text searched (``text[start:end] ==
    quantity.text``).  A fraction such as ``'113.453/151.530'`` comes out as two matches with
    adjacent spans (``text[numerator.end] == '/'`` and ``denominator.start == numerator.end +
    1``); ``fraction`` says which part a match is: ``'numerator'``, ``'denominator'`` or ``None``.
    ``range_end`` is ``'low'`` or ``'high'`` for the two ends of a range (``từ 20 đến 50 triệu
    đồng``: the low end ``'20'`` takes the scale and unit of the high end, 20 triệu đồng), else
    ``None``.

    >>> from hoiquanchung.numbers import find_quantities
    >>> text = "đạt 375/648 dòng họ"
    >>> [(m.start, m.end, text[m.start : m.end], m.fraction) for m in find_quantities(text)]
    [(4, 7, '375', 'numerator'), (8, 19, '648 dòng họ', 'denominator')]
    """

    start: int
    end: int
    quantity: Quantity
    fraction: Literal["numerator", "denominator"] | None = None
    range_end: Literal["low", "high"] | None = None

    @property
    def text(self) -> str:
        """The expression as written (``quantity.text``)."""
        return self.quantity.text


def exact_match(
    start: int,
    end: int,
    quantity: Quantity,
    fraction: Literal["numerator", "denominator"] | None = None,
    range_end: Literal["low", "high"] | None = None,
) -> QuantityMatch:
    """A :class:`QuantityMatch` made without the constructor (the grammar's own, one per
    figure; speed).

    >>> q = exact_quantity(Decimal(5), "hội", Bound.EXACT, "5 hội", Decimal(1), 0)
    >>> exact_match(3, 8, q) == QuantityMatch(3, 8, q)
    True
    """
    building = _OpenMatch()
    building.start = start
    building.end = end
    building.quantity = quantity
    building.fraction = fraction
    building.range_end = range_end
    building.__class__ = QuantityMatch
    match: QuantityMatch = building
    return match


_OpenMatch: Final = open_twin(QuantityMatch)


@attrs.frozen
class DateMatch:
    """A date (ngày tháng) found in a text, components as written, not validated.

    ``'22/9/2014'`` → day 22, month 9, year 2014; ``'8/2018'`` → month and year; ``'5/6'`` →
    day and month; ``'ngày 25 tháng 03 năm 2022'`` → all three; ``'năm 2024'`` → the year only.
    Impossible dates (``'02/02/218'``, ``'31/02/2024'``) are found as written: checking them is
    the caller's business.  ``style`` is ``'numeric'`` or ``'words'``.

    >>> from hoiquanchung.numbers import find_dates
    >>> [(d.text, d.day, d.month, d.year, d.style) for d in find_dates("ngày 31/02/2024")]
    [('31/02/2024', 31, 2, 2024, 'numeric')]
    """

    start: int
    end: int
    text: str
    day: int | None
    month: int | None
    year: int | None
    style: Literal["numeric", "words"]


_OpenDate: Final = open_twin(DateMatch)


def exact_date(
    start: int,
    end: int,
    text: str,
    day: int | None,
    month: int | None,
    year: int | None,
    style: Literal["numeric", "words"],
) -> DateMatch:
    """A :class:`DateMatch` made without the constructor (the grammar's own, one a date;
    speed).

    >>> exact_date(5, 14, "22/9/2014", 22, 9, 2014, "numeric") == DateMatch(
    ...     5, 14, "22/9/2014", 22, 9, 2014, "numeric")
    True
    """
    building = _OpenDate()
    building.start = start
    building.end = end
    building.text = text
    building.day = day
    building.month = month
    building.year = year
    building.style = style
    building.__class__ = DateMatch
    date: DateMatch = building
    return date
