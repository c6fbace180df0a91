"""Reading a report's figures from data (TOML or plain mappings).

The format is the one of ``hoiquanchung/datasets/hau_giang_2024.toml``: a ``[meta]`` table
(title, source, dates, completeness), optional ``[structure]`` and ``[[population]]``, then
``[[table]]`` entries (``name``, ``section``, ``dimensions``, ``figures``, ``fractional``) and
``[[rate]]`` entries.  Every figure is written as the report writes it (``text = "hơn 34 tỷ
đồng"``) and parsed with :func:`hoiquanchung.numbers.parse_quantity`, so its precision and bound
come from the writing.  Errors name the place: ``$.table[1].figures[4].text``.

>>> from hoiquanchung.indicators import reconcile
>>> report = load_report({
...     "meta": {"title": "Ví dụ"},
...     "table": [{"name": "Hội", "section": "1", "figures": [{"text": "99 hội"}]}],
...     "rate": [{"label": "Đơn vị", "numerator": "515", "denominator": "565",
...               "stated": "91,53%"}],
... })
>>> report.tables[0].figures[0].measure, [f.code for f in reconcile(report)]
('hội', ['rate-mismatch'])
>>> load_report({"meta": {"title": "x"}, "table": [{"name": "T", "figures": [{"text": "9,9,9"}]}]})
Traceback (most recent call last):
...
hoiquanchung.errors.LoadError: ... @ $.table[0].figures[0].text
"""

from __future__ import annotations

import datetime as _dt
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from hoiquanchung._catalogue import Localized, error_text, fragment
from hoiquanchung._limits import decimal_in_range, int_in_range, load_error
from hoiquanchung.errors import HoiQuanChungError, LoadError, ValidationError
from hoiquanchung.indicators._population import Population, PopulationMeasure
from hoiquanchung.indicators._reconcile import (
    Dimension,
    Figure,
    RateFigure,
    Report,
    Structure,
    Table,
)
from hoiquanchung.indicators._stated import StatedFigure

__all__ = ["load_report", "load_report_file"]

#: The deepest nesting accepted in report data (the format itself needs fewer than ten levels).
MAX_DEPTH: Final = 100


def _check_values(root: Mapping[str, Any]) -> None:
    """Refuse, with its path, a number beyond the one magnitude limit or data nested deeper
    than :data:`MAX_DEPTH` anywhere in *root* (keys included), before anything is built.

    Iterative (no recursion, whatever the depth); each container is visited once, so shared or
    cyclic data costs its size, not more.
    """
    seen: set[int] = set()
    stack: list[tuple[object, str, int]] = [(root, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if type(value) is int or (isinstance(value, int) and not isinstance(value, bool)):
            if not int_in_range(value):
                raise load_error(code="number-too-long", path=path)
        elif isinstance(value, Decimal):
            if value.is_finite() and not decimal_in_range(value):
                raise load_error(code="number-too-long", path=path)
        elif isinstance(value, Mapping | list | tuple | set | frozenset):
            if depth >= MAX_DEPTH:
                raise load_error(code="report-nested-too-deeply", path=path, depth=MAX_DEPTH)
            if id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, Mapping):
                for key, item in value.items():
                    where = f"{path}.{key}" if type(key) is str else path
                    stack.append((key, path, depth + 1))
                    stack.append((item, where, depth + 1))
            elif isinstance(value, set | frozenset):  # no order, no index: the set's path
                stack.extend((item, path, depth + 1) for item in value)
            else:
                stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))


def _get(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], path: str) -> Any:
    if key not in data:
        raise LoadError(error_text("key-missing", key=key), path=path)
    value = data[key]
    if not isinstance(value, kind):
        text = error_text("key-wrong-type", key=key, type=type(value).__name__)
        raise LoadError(text, path=f"{path}.{key}")
    return value


def _opt(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], path: str) -> Any:
    return _get(data, key, kind, path) if key in data else None


def _list(data: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = _opt(data, key, list, path)
    return [] if value is None else value


def _mapping(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        text = error_text("expected-type", expected=fragment("a-table"), type=type(value).__name__)
        raise LoadError(text, path=path)
    return value


def _figure_text(text: str, path: str, section: str | None, quote: str | None) -> StatedFigure:
    try:
        return StatedFigure.parse(text, path=section, quote=quote)
    except HoiQuanChungError as exc:
        reason = Localized(exc.render("vi"), exc.render("en"))
        message = error_text("report-figure-unreadable", text=text, reason=reason)
        raise LoadError(message, path=path) from exc


def _dimension(raw: object, path: str) -> Dimension:
    data = _mapping(raw, path)
    children = _opt(data, "children", Mapping, path) or {}
    for parent, kids in children.items():
        if not isinstance(kids, list):
            raise LoadError(
                error_text("report-children-not-lists"), path=f"{path}.children.{parent}"
            )
    try:
        return Dimension(
            _get(data, "name", str, path),
            tuple(_get(data, "values", list, path)),
            children={k: tuple(v) for k, v in children.items()},
            complete=bool(_opt(data, "complete", bool, path) in (None, True)),
            label=_opt(data, "label", str, path),
            label_en=_opt(data, "label_en", str, path),
        )
    except ValidationError as exc:
        if isinstance(exc, LoadError):
            raise
        raise LoadError(str(exc), path=path) from exc


def _table(raw: object, path: str) -> Table:
    data = _mapping(raw, path)
    name = _get(data, "name", str, path)
    section = _opt(data, "section", str, path) or name
    dims = tuple(
        _dimension(d, f"{path}.dimensions[{i}]")
        for i, d in enumerate(_list(data, "dimensions", path))
    )
    figures = []
    for i, rf in enumerate(_list(data, "figures", path)):
        fpath = f"{path}.figures[{i}]"
        fd = _mapping(rf, fpath)
        fsection = _opt(fd, "section", str, fpath) or section
        stated = _figure_text(
            _get(fd, "text", str, fpath), f"{fpath}.text", fsection, _opt(fd, "quote", str, fpath)
        )
        measure = _opt(fd, "measure", str, fpath) or stated.unit
        if measure is None:
            raise LoadError(error_text("report-figure-no-measure"), path=fpath)
        at = _opt(fd, "at", Mapping, fpath) or {}
        try:
            figure = Figure(stated, measure=measure, at=at, label=_opt(fd, "label", str, fpath))
        except ValidationError as exc:
            if isinstance(exc, LoadError):
                raise
            raise LoadError(exc.message, path=f"{fpath}.at") from exc
        figures.append(figure)
    fractional = _list(data, "fractional", path)
    for i, unit in enumerate(fractional):
        if not isinstance(unit, str):
            raise LoadError(
                error_text("report-fractional-not-text", type=type(unit).__name__),
                path=f"{path}.fractional[{i}]",
            )
    try:
        return Table(
            name=name,
            path=section,
            dimensions=dims,
            figures=figures,
            fractional=frozenset(fractional),
        )
    except ValidationError as exc:
        if isinstance(exc, LoadError):
            raise
        where = path if exc.path is None else f"{path} ({exc.path})"
        raise LoadError(exc.message, path=where) from exc


def _rate(raw: object, path: str) -> RateFigure:
    data = _mapping(raw, path)
    section = _opt(data, "section", str, path)
    quote = _opt(data, "quote", str, path)

    def part(key: str) -> StatedFigure | None:
        text = _opt(data, key, str, path)
        return None if text is None else _figure_text(text, f"{path}.{key}", section, quote)

    stated = part("stated")
    if stated is None:
        raise LoadError(error_text("key-missing", key="stated"), path=path)
    terms = {"numerator": part("numerator"), "denominator": part("denominator")}
    for key, term in terms.items():
        if term is not None and term.value < 0:
            text = error_text("not-negative", name=key, value=term.value)
            raise LoadError(text, path=f"{path}.{key}")
    if terms["denominator"] is not None and terms["denominator"].value == 0:
        raise LoadError(error_text("denominator-zero"), path=f"{path}.denominator")
    try:
        return RateFigure(
            label=_get(data, "label", str, path),
            stated=stated,
            numerator=terms["numerator"],
            denominator=terms["denominator"],
            path=section,
        )
    except ValidationError as exc:
        raise LoadError(str(exc), path=path) from exc


def _population(raw: object, path: str) -> Population:
    data = _mapping(raw, path)
    try:
        measure = PopulationMeasure(_get(data, "measure", str, path))
    except ValueError as exc:
        known = ", ".join(repr(m.value) for m in PopulationMeasure)
        raise LoadError(
            error_text("report-unknown-population-measure", known=known), path=f"{path}.measure"
        ) from exc
    as_of = _opt(data, "as_of", _dt.date, path)
    try:
        return Population(
            _get(data, "value", int, path), measure, _get(data, "source", str, path), as_of
        )
    except ValidationError as exc:
        raise LoadError(str(exc), path=path) from exc


def load_report(data: Mapping[str, Any]) -> Report:
    """Build a :class:`Report` from a mapping (parsed TOML or JSON).

    Raises :class:`~hoiquanchung.errors.LoadError` naming the path of the first problem.
    """
    root = _mapping(data, "$")
    _check_values(root)
    meta_raw = _mapping(root.get("meta", {}), "$.meta")
    meta = {str(k): str(v) for k, v in meta_raw.items()}
    structure = None
    if "structure" in root:
        s = _mapping(root["structure"], "$.structure")
        structure = Structure(
            province=_get(s, "province", str, "$.structure"),
            as_of=_get(s, "as_of", _dt.date, "$.structure"),
            table=_get(s, "table", str, "$.structure"),
        )
    return Report(
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        tables=[_table(t, f"$.table[{i}]") for i, t in enumerate(_list(root, "table", "$"))],
        rates=[_rate(r, f"$.rate[{i}]") for i, r in enumerate(_list(root, "rate", "$"))],
        populations=[
            _population(p, f"$.population[{i}]")
            for i, p in enumerate(_list(root, "population", "$"))
        ],
        structure=structure,
        meta=meta,
    )


def load_report_file(path: str | Path) -> Report:
    """Read a report's figures from a TOML file (UTF-8; see :func:`load_report`).

    >>> load_report_file("nowhere.toml")
    Traceback (most recent call last):
    ...
    hoiquanchung.errors.LoadError: cannot read 'nowhere.toml': No such file or directory ...
    """
    if not isinstance(path, str | Path):
        raise LoadError(
            error_text("expected-type", expected=fragment("a-file-path"), type=type(path).__name__),
            path="path",
        )
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        text = error_text("file-unreadable", path=str(p), detail=str(exc.strerror or exc))
        raise LoadError(text, path=str(p)) from exc
    except UnicodeDecodeError as exc:
        text = error_text("file-not-utf8", file=str(p), offset=exc.start)
        raise LoadError(text, path=str(p)) from exc
    except tomllib.TOMLDecodeError as exc:
        text = error_text("file-not-toml", file=str(p), reason=str(exc))
        raise LoadError(text, path=str(p)) from exc
    except RecursionError:
        raise load_error(code="nested-too-deeply", path=str(p), format="TOML") from None
    except ValueError:  # Python's limit on int-from-text conversion (4,300 digits)
        raise load_error(code="literal-too-long", path=str(p), format="TOML") from None
    return load_report(data)
