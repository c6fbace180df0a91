"""Đơn vị của hội (the unit of an association): the names and codes in rows looked up in the
register, within the sheet's province and on its date, and the scope worked out from the scope or
the level columns."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any, Final

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung.errors import AmbiguousLookupError, NotFoundError, ValidationError
from hoiquanchung.model import ActivityScope, AdminLevel, AdminUnit, UnitRegistry
from hoiquanchung.tables._cells import MISSING
from hoiquanchung.tables._problems import RowProblemError

__all__ = ["ASSOCIATION_SPECIAL", "UnitLookup", "association_assembler", "find_province"]


class UnitLookup:
    """Looks the units named in rows up in the register, within a province and on a date."""

    def __init__(self, registry: UnitRegistry, province: AdminUnit | None, on: _dt.date) -> None:
        self.registry = registry
        self.province = province
        self.on = on
        self.found: dict[str, AdminUnit] = {}
        self._cache: dict[tuple[str | None, str | None, AdminLevel], AdminUnit] = {}

    def resolve(self, code: str | None, name: str | None, level: AdminLevel) -> AdminUnit:
        key = (code, name, level)
        unit = self._cache.get(key)
        if unit is None:
            unit = self._resolve(code, name, level)
            self._cache[key] = unit
            self.found[unit.code] = unit
        return unit

    def _resolve(self, code: str | None, name: str | None, level: AdminLevel) -> AdminUnit:
        on = self.on
        where = fragment("unit-on", on=on)
        if self.province is not None:
            inside = fragment("unit-in", province=self.province.full_name)
            where = Localized(where.vi + inside.vi, where.en + inside.en)
        field = "unit_code" if code is not None else "unit_name"
        try:
            if code is not None:
                unit = self.registry.get(code, on=on)
            else:
                assert name is not None
                within = None
                if self.province is not None and level is not AdminLevel.PROVINCE:
                    within = self.province
                unit = self.registry.find(name, on=on, level=level, within=within)
        except AmbiguousLookupError as exc:
            shown = ", ".join(
                f"{u.full_name} ({u.code})" for u in exc.candidates[:10] if isinstance(u, AdminUnit)
            ) + (", ..." if len(exc.candidates) > 10 else "")
            raise RowProblemError(
                error_text("unit-ambiguous", where=where, shown=shown), field=field
            ) from None
        except NotFoundError:
            what = (
                fragment("unit-by-code", code=code)
                if code is not None
                else fragment("unit-by-name", unit_name=name or "")
            )
            raise RowProblemError(
                error_text(
                    "unit-not-found",
                    level=Localized(level.label_vi, level.label_en),
                    what=what,
                    where=where,
                ),
                field=field,
            ) from None
        except ValidationError as exc:  # pragma: no cover - codes and names are checked cells
            raise RowProblemError(
                error_text("table-model-invalid", detail=Localized(exc.render("vi"), str(exc))),
                field=field,
            ) from None
        if unit.level is not level:
            raise RowProblemError(
                error_text(
                    "unit-wrong-level",
                    unit=unit.full_name,
                    code=unit.code,
                    level=Localized(unit.level.label_vi, unit.level.label_en),
                    wanted=Localized(level.label_vi, level.label_en),
                ),
                field=field,
            )
        if self.province is not None and self.registry.province_of(unit) != self.province:
            raise RowProblemError(
                error_text(
                    "unit-outside-province",
                    unit=unit.full_name,
                    code=unit.code,
                    province=self.province.full_name,
                ),
                field=field,
            )
        if code is not None and name is not None:
            found = self.registry.find_all(name, on=on, level=level)
            if unit not in found:
                raise RowProblemError(
                    error_text("unit-name-not-code", name=name, code=code, unit=unit.full_name),
                    field="unit_name",
                )
        return unit


#: The fields of an association row that :func:`association_assembler` reads apart.
ASSOCIATION_SPECIAL: Final = ("scope", "level", "unit_code", "unit_name")


def association_assembler(
    units: UnitLookup | None, province: AdminUnit | None, on: _dt.date | None
) -> Callable[[dict[str, Any], tuple[Any, ...]], dict[str, Any]]:
    """Puts the scope (from the scope or the level) and the unit into a row's plain data.

    Scope, level and unit repeat down a list: each distinct combination is worked out once
    (keyed by the members' identities: an enum member's hash is a Python-level function)."""
    refs: dict[str, dict[str, Any]] = {}
    memo: dict[tuple[int, int, object, object], tuple[str, dict[str, Any] | None]] = {}
    refused: dict[tuple[int, int, object, object], RowProblemError] = {}

    def work_out(scope: Any, level: Any, code: Any, name: Any) -> tuple[str, dict[str, Any] | None]:
        scope = None if scope is MISSING else scope
        level = None if level is MISSING else level
        code = None if code is MISSING else code
        name = None if name is MISSING else name
        if scope is None and level is None:
            raise RowProblemError(error_text("row-scope-missing"), field="scope")
        if scope is None:
            scope = ActivityScope.for_level(level)
        elif level is not None and scope.level is not level:
            raise RowProblemError(
                error_text(
                    "row-level-not-scope",
                    level=Localized(level.value, level.label_en),
                    scope=Localized(scope.value, scope.label_en),
                ),
                field="level",
            )
        unit: AdminUnit | None = None
        if code is not None or name is not None:
            if scope is ActivityScope.NATIONAL:
                raise RowProblemError(
                    error_text("row-national-has-no-unit"),
                    field="unit_code" if code is not None else "unit_name",
                )
            assert units is not None
            unit = units.resolve(code, name, scope.level)
        elif scope is ActivityScope.PROVINCE and province is not None:
            unit = province
            if units is not None:
                units.found[province.code] = province
        if unit is None:
            return scope.value, None
        ref = refs.get(unit.code)
        if ref is None:  # one plain dict a unit, shared by its rows (read, never changed)
            ref = refs[unit.code] = {
                "code": unit.code,
                "level": unit.level.value,
                "on": on,
                "name": unit.name,
            }
        return scope.value, ref

    def assemble(values: dict[str, Any], special: tuple[Any, ...]) -> dict[str, Any]:
        scope, level, code, name = special
        key = (id(scope), id(level), code, name)
        done = memo.get(key)
        if done is None:
            problem = refused.get(key)
            if problem is None:
                try:
                    done = memo[key] = work_out(scope, level, code, name)
                except RowProblemError as exc:
                    problem = refused[key] = exc
            if problem is not None:
                problem.__traceback__ = None  # raised again for each row: no growing traceback
                raise problem
            assert done is not None
        values["scope"] = done[0]
        if done[1] is not None:
            values["unit"] = done[1]
        return values

    return assemble


def find_province(registry: UnitRegistry, province: AdminUnit | str, on: _dt.date) -> AdminUnit:
    """The province *province* (a unit, a code or a name) on the date *on*, from *registry*."""
    if isinstance(province, AdminUnit):
        unit = province
    elif isinstance(province, str):
        if province.isascii() and province.isdigit():
            unit = registry.get(province, on=on)
        else:
            unit = registry.find(province, on=on, level=AdminLevel.PROVINCE)
    else:
        raise ValidationError(
            error_text("province-type", type=type(province).__name__), field="province"
        )
    if unit.level is not AdminLevel.PROVINCE:
        raise ValidationError(
            error_text("province-not-a-province", unit=repr(unit)), field="province"
        )
    if not unit.in_force(on):
        raise ValidationError(
            error_text("province-not-in-force", unit=repr(unit), on=on), field="province"
        )
    return unit
