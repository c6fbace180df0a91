"""Số liệu qua hai thời kỳ: figures of three-tier units mapped onto the two-tier units of 01/7/2025.

A figure kept by district or commune before the reform (associations per district of Hậu Giang in
2024) is wanted by the units that exist now (the communes of Cần Thơ).  The register knows what
each old unit became (:meth:`~hoiquanchung.model.UnitRegistry.successors`).  Where an old unit went
wholly into one new unit, its figure goes there.  Where it was split among several, the figure
cannot be placed without knowing how it divides, and nothing is invented:
:func:`map_to_two_tiers` lists it as :class:`Unplaced`, with the new units it may belong to,
until the caller gives weights (the population of each part, say).  Weights divide a count
exactly by the largest-remainder rule (:func:`apportion`), so the parts add up to the whole.

>>> from datetime import date
>>> from hoiquanchung.model import AdminUnit, UnitRegistry, UnitType
>>> old = [AdminUnit("93", "Hậu Giang", UnitType.PROVINCE, None, valid_to=date(2025, 6, 30)),
...        AdminUnit("930", "Vị Thanh", UnitType.CITY, "93"),
...        AdminUnit("931", "Châu Thành A", UnitType.RURAL_DISTRICT, "93")]
>>> new = [AdminUnit("92", "Cần Thơ", UnitType.MUNICIPALITY, None, valid_from=date(2025, 7, 1)),
...        AdminUnit("31321", "Vị Thanh", UnitType.WARD, "92", valid_from=date(2025, 7, 1)),
...        AdminUnit("31471", "Châu Thành A", UnitType.COMMUNE, "92", valid_from=date(2025, 7, 1)),
...        AdminUnit("31473", "Tân Hòa", UnitType.COMMUNE, "92", valid_from=date(2025, 7, 1))]
>>> registry = UnitRegistry([*old, *new], successions=[
...     ("93", "92"), ("930", "31321"), ("931", "31471"), ("931", "31473")])
>>> result = map_to_two_tiers({"930": 12, "931": 7}, registry=registry)
>>> [(u.full_name, n) for u, n in result.placed]
[('Phường Vị Thanh', 12)]
>>> [(u.unit.full_name, u.value, [s.code for s in u.successors]) for u in result.unplaced]
[('Huyện Châu Thành A', 7, ['31471', '31473'])]
>>> weighted = map_to_two_tiers({"930": 12, "931": 7}, registry=registry,
...                             weights={("931", "31471"): 20_000, ("931", "31473"): 15_000})
>>> [(u.code, n) for u, n in weighted.placed], weighted.unplaced
([('31321', 12), ('31471', 4), ('31473', 3)], ())
>>> [(u.name, n) for u, n in map_to_two_tiers({"930": 12, "931": 7}, registry=registry,
...                                            to="province").placed]
[('Cần Thơ', 19)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Literal

import attrs

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.errors import NotFoundError, ValidationError
from hoiquanchung.model._associations import UnitRef
from hoiquanchung.model._checks import wrong_level
from hoiquanchung.model._levels import Era
from hoiquanchung.model._registry import UnitRegistry, default_registry
from hoiquanchung.model._units import AdminUnit

__all__ = ["EraMapping", "Unplaced", "apportion", "map_to_two_tiers"]

Value = int | Decimal
Weight = int | Decimal | Fraction


def _add(a: Value, b: Value) -> Value:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return _EXACT.add(Decimal(a), Decimal(b))
    return a + b


def _sum(values: Iterable[Value], start: Value) -> Value:
    total = start
    for v in values:
        total = _add(total, v)
    return total


def _check_value(value: object, field: str) -> Value:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ValidationError(error_text("era-figure-type", type=type(value).__name__), field=field)
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValidationError(error_text("era-figure-not-finite", value=str(value)), field=field)
    if value < 0:
        raise ValidationError(error_text("era-figure-negative", value=str(value)), field=field)
    return value


def _check_weight(value: object, field: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | Decimal | Fraction):
        raise ValidationError(error_text("era-weight-type", type=type(value).__name__), field=field)
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValidationError(error_text("era-weight-not-finite", value=str(value)), field=field)
    if value < 0:
        raise ValidationError(error_text("era-weight-negative", value=str(value)), field=field)
    return Fraction(value)


def apportion(value: Value, weights: Sequence[Weight]) -> tuple[Value, ...]:
    """Divide *value* in proportion to *weights*, exactly, parts adding up to *value*.

    An ``int`` is divided into ints; a ``Decimal`` into Decimals of its own last digit (a sum
    in đồng stays in đồng, ``12.50`` in hundredths).  Each part first gets its exact share
    rounded down; what is left (fewer units than there are parts) goes one unit at a time to
    the largest remainders (the largest-remainder, or Hamilton, rule), ties to the earlier
    part.  A zero weight gets nothing.  Raises :class:`~hoiquanchung.errors.ValidationError`
    when every weight is zero.

    >>> apportion(7, [20_000, 15_000])
    (4, 3)
    >>> apportion(10, [1, 1, 1])
    (4, 3, 3)
    >>> apportion(Decimal("100.00"), [1, 2])
    (Decimal('33.33'), Decimal('66.67'))
    """
    number = _check_value(value, "value")
    if isinstance(weights, str | bytes) or not isinstance(weights, Sequence) or not weights:
        raise ValidationError(error_text("era-weights-empty"), field="weights")
    shares = [_check_weight(w, f"weights[{i}]") for i, w in enumerate(weights)]
    total = sum(shares, Fraction(0))
    if total == 0:
        raise ValidationError(error_text("era-weights-all-zero"), field="weights")
    if isinstance(number, Decimal):
        exponent = int(number.as_tuple().exponent)
        units = int(Fraction(number) / Fraction(10) ** exponent)
    else:
        exponent, units = 0, number
    quotas = [units * s / total for s in shares]
    parts = [q.numerator // q.denominator for q in quotas]
    left = units - sum(parts)
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    if isinstance(number, Decimal):
        return tuple(Decimal(f"{p}E{exponent}") for p in parts)
    return tuple(parts)


@attrs.frozen(kw_only=True)
class Unplaced:
    """A figure of an old unit split among several new ones, with no weights to divide it.

    ``successors`` are the new units (at the level asked for) the figure may belong to;
    ``reason_vi`` / ``reason_en`` say why it was not placed.
    """

    unit: AdminUnit
    value: Value
    successors: tuple[AdminUnit, ...]
    reason_vi: str
    reason_en: str


@attrs.frozen(kw_only=True)
class EraMapping:
    """The result of :func:`map_to_two_tiers`.

    ``placed`` are ``(new unit, value)`` pairs by level and code; ``unplaced`` the figures that
    could not be placed; ``weighted`` the old units whose figures were divided by weights.
    ``placed`` and ``unplaced`` together hold every input figure once: their totals add up to
    :attr:`total`.
    """

    placed: tuple[tuple[AdminUnit, Value], ...]
    unplaced: tuple[Unplaced, ...]
    weighted: tuple[AdminUnit, ...]
    total: Value

    @property
    def placed_total(self) -> Value:
        """The sum of the placed figures."""
        return _sum((v for _, v in self.placed), _zero(self.total))

    @property
    def unplaced_total(self) -> Value:
        """The sum of the figures that could not be placed."""
        return _sum((u.value for u in self.unplaced), _zero(self.total))

    def value(self, unit: AdminUnit) -> Value:
        """The figure placed on *unit* (0 when none)."""
        for placed, v in self.placed:
            if placed == unit:
                return v
        return _zero(self.total)


def _zero(like: Value) -> Value:
    return Decimal(0) if isinstance(like, Decimal) else 0


def _old_unit(key: object, registry: UnitRegistry, index: int) -> AdminUnit:
    field = f"figures[{index}]"
    try:
        if isinstance(key, AdminUnit):
            unit = key
            if unit not in registry:
                raise NotFoundError(
                    error_text(
                        "era-unit-not-registered",
                        field=field,
                        unit=repr(unit),
                        source=str(registry.source),
                    )
                )
        elif isinstance(key, UnitRef):
            unit = registry.get(key.code, era=Era.THREE_TIERS)
            if unit.level is not key.level:
                raise wrong_level(key.code, unit.level.value, key.level.value, field)
        elif isinstance(key, str):
            unit = registry.get(key, era=Era.THREE_TIERS)
        else:
            raise ValidationError(error_text("era-key-type", type=type(key).__name__), field=field)
    except NotFoundError as exc:
        if exc.code == "era-unit-not-registered":
            raise
        detail = Localized(exc.render("vi"), exc.render("en"))
        raise NotFoundError(error_text("field-not-found", field=field, detail=detail)) from exc
    if unit.era is not Era.THREE_TIERS:
        raise ValidationError(error_text("era-unit-two-tiers", unit=repr(unit)), field=field)
    return unit


def _targets(
    unit: AdminUnit, registry: UnitRegistry, to: Literal["successor", "province"]
) -> tuple[AdminUnit, ...]:
    found = registry.successors(unit)
    if to == "province":
        provinces = {registry.province_of(u) for u in found}
        return tuple(sorted(provinces, key=lambda u: u.code))
    return found


def _check_weights(
    weights: Mapping[tuple[str, str], Weight] | None, registry: UnitRegistry
) -> dict[tuple[str, str], Fraction]:
    if weights is None:
        return {}
    if not isinstance(weights, Mapping):
        raise ValidationError(error_text("era-weights-not-mapping"), field="weights")
    out: dict[tuple[str, str], Fraction] = {}
    for pair, weight in weights.items():
        field = f"weights[{pair!r}]"
        if not (
            isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(c, str) for c in pair)
        ):
            raise ValidationError(error_text("era-weight-key", pair=repr(pair)), field="weights")
        old = registry.get(pair[0], era=Era.THREE_TIERS)
        if not any(new.code == pair[1] for new in registry.successors(old)):
            raise ValidationError(
                error_text("era-not-a-successor", old=repr(old), new=pair[1]), field=field
            )
        out[pair] = _check_weight(weight, field)
    return out


def map_to_two_tiers(
    figures: Mapping[AdminUnit | UnitRef | str, Value],
    *,
    registry: UnitRegistry | None = None,
    weights: Mapping[tuple[str, str], Weight] | None = None,
    to: Literal["successor", "province"] = "successor",
) -> EraMapping:
    """Map *figures* of three-tier units onto the two-tier units they became on 01/7/2025.

    *figures* maps old units (an :class:`AdminUnit`, a :class:`UnitRef` or a code of the
    three-tier era) to counts (``int``) or exact sums (``Decimal``), not negative.  *registry*
    (the national one when ``None``) gives the successions.  ``to="successor"`` places each
    figure on the new units the old unit became (communes and wards for a district or commune,
    the new province for a province); ``to="province"`` on their provinces, where a district
    split among several communes of one new province is placed whole.

    An old unit with one new unit: its figure goes there whole.  With several: it is
    :class:`Unplaced` unless *weights* give a weight for every pair ``(old_code, new_code)`` of
    it (the population of each part, for instance); then it is divided by :func:`apportion`
    (to the province level, the weights of one province are added first).  A weight for a pair
    the register does not know is an error; the weights of units not in *figures* are ignored.
    """
    registry = _check_arguments(figures, registry, to)
    pairs = _check_weights(weights, registry)
    items = _old_figures(figures, registry)
    kinds = {type(v) for _, v in items}
    if len(kinds) > 1:
        raise ValidationError(error_text("era-mixed-kinds"), field="figures")
    total = _sum((v for _, v in items), Decimal(0) if Decimal in kinds else 0)
    placed: dict[AdminUnit, Value] = {}
    unplaced: list[Unplaced] = []
    weighted: list[AdminUnit] = []
    for unit, value in items:
        targets = _targets(unit, registry, to)
        if len(targets) == 1:
            parts: list[tuple[AdminUnit, Value]] | Unplaced = [(targets[0], value)]
        else:
            parts = _divided(unit, value, targets, registry, pairs, to)
        if isinstance(parts, Unplaced):
            unplaced.append(parts)
            continue
        for target, part in parts:
            placed[target] = _add(placed.get(target, _zero(total)), part)
        if len(targets) != 1:
            weighted.append(unit)
    return EraMapping(
        placed=tuple(sorted(placed.items(), key=lambda item: _unit_order(item[0]))),
        unplaced=tuple(unplaced),
        weighted=tuple(weighted),
        total=total,
    )


def _check_arguments(figures: object, registry: UnitRegistry | None, to: str) -> UnitRegistry:
    """The register to use (the national one when ``None``), once the arguments are checked."""
    if registry is None:
        registry = default_registry()
    if not isinstance(registry, UnitRegistry):
        raise ValidationError(
            error_text("era-registry-type", type=type(registry).__name__), field="registry"
        )
    if to not in ("successor", "province"):
        raise ValidationError(error_text("era-to", to=repr(to)), field="to")
    if not isinstance(figures, Mapping):
        raise ValidationError(error_text("era-figures-not-mapping"), field="figures")
    return registry


def _old_figures(
    figures: Mapping[AdminUnit | UnitRef | str, Value], registry: UnitRegistry
) -> list[tuple[AdminUnit, Value]]:
    """The figures by old unit, each unit once, each value checked."""
    items: list[tuple[AdminUnit, Value]] = []
    seen: set[AdminUnit] = set()
    for index, (key, value) in enumerate(figures.items()):
        unit = _old_unit(key, registry, index)
        if unit in seen:
            raise ValidationError(
                error_text("era-unit-twice", unit=repr(unit)), field=f"figures[{index}]"
            )
        seen.add(unit)
        items.append((unit, _check_value(value, f"figures[{index}]")))
    return items


def _divided(
    unit: AdminUnit,
    value: Value,
    targets: tuple[AdminUnit, ...],
    registry: UnitRegistry,
    pairs: Mapping[tuple[str, str], Fraction],
    to: str,
) -> list[tuple[AdminUnit, Value]] | Unplaced:
    """The parts of *value* for the several *targets* of *unit*, by the weights of its pairs,
    or :class:`Unplaced` when a weight is missing or all are zero."""
    successors = registry.successors(unit)
    missing = [s for s in successors if (unit.code, s.code) not in pairs]
    if missing:
        return _unplaced(unit, value, targets, missing, len(successors))
    by_target: dict[AdminUnit, Fraction] = {}
    for s in successors:
        target = registry.province_of(s) if to == "province" else s
        by_target[target] = by_target.get(target, Fraction(0)) + pairs[unit.code, s.code]
    if not any(by_target.values()):
        reason = fragment("era-weights-zero")
        return Unplaced(
            unit=unit, value=value, successors=targets, reason_vi=reason.vi, reason_en=reason.en
        )
    order = sorted(by_target, key=_unit_order)
    return list(zip(order, apportion(value, [by_target[t] for t in order]), strict=True))


def _unit_order(unit: AdminUnit) -> tuple[int, str]:
    return (unit.level.depth, unit.code)


def _unplaced(
    unit: AdminUnit,
    value: Value,
    targets: tuple[AdminUnit, ...],
    missing: list[AdminUnit],
    successors: int,
) -> Unplaced:
    codes = ", ".join(s.code for s in missing)
    reason = fragment(
        "era-weights-missing", unit=unit.full_name, successors=successors, codes=codes
    )
    return Unplaced(
        unit=unit,
        value=value,
        successors=targets,
        reason_vi=reason.vi,
        reason_en=reason.en,
    )
