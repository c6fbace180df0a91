"""Every number expression of the reference document (tests/data/reference_numbers.toml)."""

from __future__ import annotations

import itertools
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from hoiquanchung.numbers import (
    Bound,
    find_dates,
    find_number_errors,
    find_quantities,
    format_money,
    format_number,
    parse_quantity,
)

DATA = Path(__file__).parent / "data" / "reference_numbers.toml"
EXPECTED: dict[str, list[dict[str, Any]]] = tomllib.loads(DATA.read_text(encoding="utf-8"))
QUANTITIES = EXPECTED["quantity"]
DATES = EXPECTED["date"]


def as_row(match: Any) -> dict[str, Any]:
    q = match.quantity
    row: dict[str, Any] = {
        "text": q.text,
        "value": str(q.value),
        "bound": q.bound.name,
        "resolution": str(q.resolution),
    }
    if q.unit is not None:
        row["unit"] = q.unit
    if match.fraction is not None:
        row["fraction"] = match.fraction
    return row


def test_find_quantities_reads_the_whole_reference_document(reference_text: str) -> None:
    found = find_quantities(reference_text)
    assert [as_row(m) for m in found] == QUANTITIES
    for m in found:
        assert reference_text[m.start : m.end] == m.quantity.text


def test_decomposed_and_composed_input_give_the_same_quantities(
    reference_raw: str, reference_text: str
) -> None:
    assert reference_raw != reference_text  # the document mixes NFD and NFC
    assert find_quantities(reference_raw) == find_quantities(reference_text)
    decomposed = unicodedata.normalize("NFD", reference_text)
    assert find_quantities(decomposed) == find_quantities(reference_text)


def test_fractions_are_adjacent_pairs(reference_text: str) -> None:
    found = find_quantities(reference_text)
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(found)
        if a.fraction == "numerator" and b.fraction == "denominator"
    ]
    assert [(a.text, b.text) for a, b in pairs] == [
        ("113.453", "151.530"),
        ("375", "648"),
        ("397", "397"),
        ("515", "565"),
    ]
    for a, b in pairs:
        assert reference_text[a.end] == "/"
        assert b.start == a.end + 1


def test_no_malformed_number_in_the_reference_document(reference_text: str) -> None:
    assert find_number_errors(reference_text) == []


def test_dates_of_the_reference_document(reference_text: str) -> None:
    rows = []
    for d in find_dates(reference_text):
        row: dict[str, Any] = {"text": d.text}
        for key in ("day", "month", "year"):
            if getattr(d, key) is not None:
                row[key] = getattr(d, key)
        rows.append(row)
    assert rows == DATES
    # Document numbers are neither quantities nor dates.
    texts = {m.text for m in find_quantities(reference_text)} | {d["text"] for d in DATES}
    for docnum in ("102-KL/TW", "126/2024/NĐ-CP", "46/2011/QĐ-UBND", "702/QĐ-UBND", "1082"):
        assert not any(docnum in t for t in texts)


@pytest.mark.parametrize("row", QUANTITIES, ids=lambda r: r["text"])
def test_each_expression_parses_alone(row: dict[str, Any]) -> None:
    q = parse_quantity(row["text"])
    assert q.value == Decimal(row["value"])
    assert q.unit == row.get("unit")
    assert q.bound is Bound[row["bound"]]
    assert q.resolution == Decimal(row["resolution"])


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound", "resolution"),
    [
        ("hơn 14,6  tỷ đồng", "14600000000", "đồng", Bound.MORE_THAN, "100000000"),
        ("1 tỷ 286,6 triệu đồng", "1286600000", "đồng", Bound.EXACT, "100000"),
        ("1 tỷ 040 triệu đồng", "1040000000", "đồng", Bound.EXACT, "1000000"),
        ("1 tỷ 201 triệu đồng", "1201000000", "đồng", Bound.EXACT, "1000000"),
        ("26 tỷ 960 triệu đồng", "26960000000", "đồng", Bound.EXACT, "1000000"),
        ("650.000.000đ", "650000000", "đồng", Bound.EXACT, "1"),
        ("140.457.182.000 đồng", "140457182000", "đồng", Bound.EXACT, "1"),
        ("trên 90%", "90", "%", Bound.MORE_THAN, "1"),
        ("từ 90% trở lên", "90", "%", Bound.AT_LEAST, "1"),
        ("trên 90% trở lên", "90", "%", Bound.AT_LEAST, "1"),
        ("hơn 16 triệu lượt người", "16000000", "lượt người", Bound.MORE_THAN, "1000000"),
        ("2.147m2", "2147", "m2", Bound.EXACT, "1"),
        ("1,3 tấn", "1.3", "tấn", Bound.EXACT, "0.1"),
        ("01 cuộc", "1", "cuộc", Bound.EXACT, "1"),
        ("57,87 %", "57.87", "%", Bound.EXACT, "0.01"),
        ("74,87%", "74.87", "%", Bound.EXACT, "0.01"),
        ("97,9%", "97.9", "%", Bound.EXACT, "0.1"),
        ("3.500.000 lượt người", "3500000", "lượt người", Bound.EXACT, "1"),
        ("100.045 đơn vị máu", "100045", "đơn vị máu", Bound.EXACT, "1"),
        ("440.977 hội viên", "440977", "hội viên", Bound.EXACT, "1"),
        ("trên 197 tỷ đồng", "197000000000", "đồng", Bound.MORE_THAN, "1000000000"),
    ],
)
def test_brief_examples(text: str, value: str, unit: str, bound: Bound, resolution: str) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit, q.bound, q.resolution) == (
        Decimal(value),
        unit,
        bound,
        Decimal(resolution),
    )
    assert q.text == text


def test_reference_money_written_back() -> None:
    assert format_money(140457182000) == "140.457.182.000 đồng"
    assert format_money(14600000000, "short") == "14,6 tỷ đồng"
    assert format_money(1201000000, "mixed") == "1 tỷ 201 triệu đồng"
    assert format_number(440977) == "440.977"
