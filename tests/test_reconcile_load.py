"""Reading reports from data: round trips through TOML, and junk never escapes as a crash."""

from __future__ import annotations

import contextlib
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.errors import HoiQuanChungError, LoadError
from hoiquanchung.indicators import load_report, load_report_file, reconcile
from hoiquanchung.numbers import format_number

names = st.sampled_from(["cấp tỉnh", "cấp huyện", "cấp xã", "khác", "giao nhiệm vụ"])


@st.composite
def report_data(draw: st.DrawFn) -> dict[str, object]:
    values = draw(st.lists(names, min_size=1, max_size=5, unique=True))
    parts = [draw(st.integers(0, 10**9)) for _ in values]
    total = sum(parts) + draw(st.sampled_from([0, 0, 1, -1]))
    figures: list[dict[str, object]] = [
        {"text": f"{format_number(max(total, 0))} hội", "measure": "hội"}
    ]
    figures += [
        {"text": f"{format_number(p)} hội", "measure": "hội", "at": {"level": v}}
        for v, p in zip(values, parts, strict=True)
    ]
    return {
        "meta": {"title": "Báo cáo thử", "source": "hypothesis"},
        "table": [
            {
                "name": "Hội",
                "section": "1",
                "dimensions": [{"name": "level", "values": values}],
                "figures": figures,
            }
        ],
    }


@given(report_data())
def test_toml_round_trip_and_the_findings_follow_the_figures(data: dict[str, object]) -> None:
    text = tomli_w.dumps(data)
    report = load_report(tomllib.loads(text))
    table = report.tables[0]
    stated = [int(f.stated.value) for f in table.figures]
    total, parts = stated[0], stated[1:]
    findings = reconcile(report)
    assert (findings == []) is (total == sum(parts))
    assert load_report(tomllib.loads(text)) == report


junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.floats(),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "meta",
                    "table",
                    "rate",
                    "population",
                    "structure",
                    "name",
                    "figures",
                    "text",
                    "at",
                    "dimensions",
                    "values",
                    "children",
                    "measure",
                    "stated",
                    "numerator",
                    "label",
                    "value",
                    "source",
                    "section",
                    "complete",
                    "fractional",
                    "province",
                    "as_of",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@given(junk)
def test_junk_is_a_load_error_never_a_crash(data: object) -> None:
    try:
        load_report(data)  # type: ignore[arg-type]
    except LoadError:
        pass
    except HoiQuanChungError as exc:  # pragma: no cover - would be a bug: wrong error type
        pytest.fail(f"expected LoadError, got {type(exc).__name__}: {exc}")


def test_files(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read"):
        load_report_file(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[meta\n", encoding="utf-8")
    with pytest.raises(LoadError, match="not valid TOML"):
        load_report_file(bad)
    example = Path(__file__).resolve().parent.parent / "examples" / "data" / "another_province.toml"
    report = load_report_file(example)
    assert "BỊA" in report.title
    assert sorted(f.code for f in reconcile(report)) == ["rate-rounding", "total-mismatch"]


def test_file_errors_are_load_errors(tmp_path: Path) -> None:
    # Bytes that are not UTF-8 and a path that is not a path: the library's error, not a crash.
    latin = tmp_path / "latin1.toml"
    latin.write_bytes(b'\xff\xfe[meta]\ntitle = "H\xe9"\n')
    with pytest.raises(LoadError, match="UTF-8"):
        load_report_file(latin)
    with pytest.raises(LoadError, match="path"):
        load_report_file(5)  # type: ignore[arg-type]


def _one_table(**extra: object) -> dict[str, object]:
    table: dict[str, object] = {"name": "T", "figures": [{"text": "9 hội"}], **extra}
    return {"meta": {"title": "x"}, "table": [table]}


@pytest.mark.parametrize("fractional", [[["tấn"]], [{"a": 1}], [1], "tấn"])
def test_fractional_must_be_a_list_of_texts(fractional: object) -> None:
    with pytest.raises(LoadError, match=r"\$\.table\[0\]\.fractional"):
        load_report(_one_table(fractional=fractional))


@pytest.mark.parametrize(
    ("key", "text"), [("denominator", "0"), ("denominator", "0 hội"), ("numerator", "-5")]
)
def test_a_rate_that_cannot_be_computed_is_refused_at_load(key: str, text: str) -> None:
    rate = {"label": "a", "stated": "5%", "numerator": "1", "denominator": "20", key: text}
    with pytest.raises(LoadError, match=rf"\$\.rate\[0\]\.{key}"):
        load_report({"meta": {"title": "x"}, "rate": [rate]})


def _places(node: object, at: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    out = [at] if at else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _places(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _places(value, (*at, i))
    return out


def _hau_giang() -> dict[str, object]:
    from hoiquanchung.datasets import path

    with path("hau-giang-2024").open("rb") as fh:
        return tomllib.load(fh)


_PLACES = _places(_hau_giang())
_JUNK_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.text(max_size=6),
    st.sampled_from(["0", "-5", "0%", "99 hội", "hơn", "1e999", "đơn vị cấp trời"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@given(st.lists(st.tuples(st.sampled_from(_PLACES), _JUNK_VALUES, st.booleans()), max_size=3))
def test_the_real_dataset_damaged_anywhere_gives_only_the_librarys_errors(
    damage: list[tuple[tuple[object, ...], object, bool]],
) -> None:
    from hoiquanchung.datasets import check

    data: Any = _hau_giang()
    for place, value, delete in damage:
        node = data
        try:
            for key in place[:-1]:
                node = node[key]
            if delete and isinstance(node, dict):
                del node[place[-1]]
            else:
                node[place[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    with contextlib.suppress(HoiQuanChungError):
        check(load_report(data))  # the structure too, against the national register
