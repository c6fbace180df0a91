"""Dân số (population) with its measure, and per-capita indicators that carry it.

A province has several populations: the 2019 census count (Hậu Giang: 733.017), the population a
report quotes (729.888 in the 2024 report), an annual average estimate.  They are different
measures; an indicator per 1.000 inhabitants records which one it used, and two indicators built
on different measures are never silently compared.

>>> import datetime
>>> census = Population(733017, PopulationMeasure.CENSUS, "Tổng điều tra dân số 2019",
...                     datetime.date(2019, 4, 1))
>>> reported = Population(729888, PopulationMeasure.REPORTED, "Báo cáo Tỉnh ủy Hậu Giang 2024")
>>> per_capita(440977, reported).value()
Decimal('604.17')
>>> per_capita(440977, census).value()
Decimal('601.59')
>>> population_share(440977, reported).value(1)
Decimal('60.4')
>>> per_capita(440977, census).difference(per_capita(440977, reported))
Traceback (most recent call last):
...
hoiquanchung.errors.ValidationError: per-capita figures use different population measures ...
"""

from __future__ import annotations

import datetime as _dt
import enum
from decimal import Decimal
from fractions import Fraction

import attrs

from hoiquanchung._catalogue import error_text, fragment
from hoiquanchung._checks import instance_of, optional_instance_of
from hoiquanchung._nfc import nfc_text
from hoiquanchung.errors import ValidationError
from hoiquanchung.rounding import Rounding, exact_decimal, quantize_fraction

__all__ = ["PerCapita", "Population", "PopulationMeasure", "per_capita", "population_share"]


def _source(value: object) -> str:
    return nfc_text(value, "source")


class PopulationMeasure(enum.Enum):
    """Loại số liệu dân số: which population a figure is."""

    CENSUS = "tổng điều tra"
    """Counted by a population and housing census (Tổng điều tra dân số và nhà ở)."""
    AVERAGE = "dân số trung bình"
    """Annual average population published by the statistics office."""
    REPORTED = "số liệu báo cáo"
    """As quoted by the report itself, without a stated source."""
    ESTIMATE = "ước tính"
    """An estimate or projection."""


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        exact_decimal(value, field="value")  # refuses floats with the usual message
        raise ValidationError(error_text("population-whole"), field="value")
    if value <= 0:
        raise ValidationError(error_text("population-positive", value=value), field="value")
    return value


def _amount(value: object) -> Decimal:
    return exact_decimal(value, field="count")


@attrs.frozen
class Population:
    """Dân số: ``value`` people by ``measure``, from ``source``, as of ``as_of`` (if known)."""

    value: int = attrs.field(converter=_count)
    measure: PopulationMeasure = attrs.field(validator=instance_of(PopulationMeasure))
    source: str = attrs.field(converter=_source)
    as_of: _dt.date | None = attrs.field(default=None, validator=optional_instance_of(_dt.date))


@attrs.frozen
class PerCapita:
    """``count`` per ``per`` inhabitants of ``population`` (per 1.000 by default; 100 = share)."""

    count: Decimal = attrs.field(converter=_amount)
    population: Population = attrs.field(validator=instance_of(Population))
    per: int = 1000

    def __attrs_post_init__(self) -> None:
        if self.count < 0:
            raise ValidationError(
                error_text("not-negative", name="count", value=self.count), field="count"
            )
        if isinstance(self.per, bool) or not isinstance(self.per, int) or self.per <= 0:
            raise ValidationError(
                error_text("must-be", name="per", expected=fragment("positive-int")), field="per"
            )

    @property
    def exact(self) -> Fraction:
        """``count * per / population`` as an exact fraction."""
        return Fraction(self.count) * self.per / self.population.value

    def value(self, digits: int = 2, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
        """The indicator rounded to *digits* decimals."""
        f = self.exact
        return quantize_fraction(f.numerator, f.denominator, digits, rounding)

    def difference(self, other: PerCapita) -> Fraction:
        """``self - other``, exact; refused unless both use the same measure and scale."""
        if not isinstance(other, PerCapita):
            raise ValidationError(error_text("per-capita-other"), field="other")
        if other.population.measure is not self.population.measure:
            raise ValidationError(
                error_text(
                    "per-capita-measures",
                    one=self.population.measure.value,
                    other=other.population.measure.value,
                ),
                field="population",
            )
        if other.per != self.per:
            raise ValidationError(error_text("per-capita-scales"), field="per")
        return self.exact - other.exact


def per_capita(count: int | Decimal, population: Population, per: int = 1000) -> PerCapita:
    """*count* per *per* (default 1.000) inhabitants of *population*.

    The result keeps the population it was computed on, so figures on different measures are
    never compared silently.

    >>> pop = Population(729888, PopulationMeasure.REPORTED, "Báo cáo 2024, mục I.1")
    >>> members = per_capita(440977, pop)
    >>> members.value(), members.population.measure.value
    (Decimal('604.17'), 'số liệu báo cáo')
    """
    return PerCapita(count, population, per)


def population_share(count: int | Decimal, population: Population) -> PerCapita:
    """*count* as a percentage of *population* (``per=100``).

    >>> pop = Population(729888, PopulationMeasure.REPORTED, "Báo cáo 2024, mục I.1")
    >>> population_share(440977, pop).value()
    Decimal('60.42')
    """
    return PerCapita(count, population, 100)
