"""format_number, format_percent, format_money, format_count: examples and babel as the oracle."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from babel.numbers import format_compact_decimal, format_decimal
from babel.numbers import format_percent as babel_percent
from hypothesis import given
from hypothesis import strategies as st
from numbers_strategies import big_ints, decimals, two_decimals

from hoiquanchung import ValidationError
from hoiquanchung.numbers import (
    format_count,
    format_money,
    format_number,
    format_percent,
    parse_number,
    parse_quantity,
)
from hoiquanchung.rounding import Rounding


def babel_context(rounding: str = decimal.ROUND_HALF_UP) -> decimal.Context:
    """The oracle's context: half up, and enough precision for every value tested."""
    return decimal.Context(prec=200, rounding=rounding, Emax=999999, Emin=-999999)


def babel_vi(value: int | Decimal, digits: int | None = None) -> str:
    with decimal.localcontext(babel_context()):
        if digits is None:
            return format_decimal(value, locale="vi", decimal_quantization=False)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(value, format=pattern, locale="vi")


@pytest.mark.parametrize(
    ("value", "digits", "expected"),
    [
        (440977, None, "440.977"),
        (Decimal("1234567.5"), None, "1.234.567,5"),
        (Decimal("0.5"), None, "0,5"),
        (-1234, None, "-1.234"),
        (0, None, "0"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (140457182000, None, "140.457.182.000"),
        (Decimal("74.865"), 2, "74,87"),
        (Decimal("74.875"), 2, "74,88"),
        (Decimal("-2.5"), 0, "-3"),
        (5, 2, "5,00"),
        (Decimal("1E+3"), None, "1.000"),
        (Decimal("1.50"), None, "1,5"),
    ],
)
def test_format_number_examples(value: int | Decimal, digits: int | None, expected: str) -> None:
    assert format_number(value, digits) == expected


def test_format_number_rounding_is_explicit_and_context_free() -> None:
    value = Decimal("0.125")
    with decimal.localcontext(decimal.Context(prec=1, rounding=decimal.ROUND_FLOOR)):
        assert format_number(value, 2) == "0,13"
        assert format_number(value, 2, rounding=Rounding.HALF_EVEN) == "0,12"
        assert format_number(value, 2, rounding=Rounding.DOWN) == "0,12"
        assert format_number(Decimal("123456789.123456789"), 5) == "123.456.789,12346"


@pytest.mark.parametrize("bad", [0.5, "12", None, True, Decimal("NaN"), Decimal("Infinity")])
def test_format_number_rejects_non_exact_input(bad: object) -> None:
    with pytest.raises(ValidationError):
        format_number(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("digits", [-1, 1001, 1.0, True])
def test_format_number_rejects_bad_digits(digits: object) -> None:
    with pytest.raises(ValidationError) as info:
        format_number(Decimal("1.5"), digits)  # type: ignore[arg-type]
    assert info.value.field == "digits"


@given(big_ints)
def test_format_int_equals_babel(value: int) -> None:
    assert format_number(value) == babel_vi(value)


@given(decimals())
def test_format_decimal_equals_babel(value: Decimal) -> None:
    assert format_number(value) == babel_vi(value)


@given(decimals(max_int_digits=15, max_frac_digits=6), st.integers(min_value=0, max_value=4))
def test_format_digits_equals_babel_half_up(value: Decimal, digits: int) -> None:
    assert format_number(value, digits) == babel_vi(value, digits)


@given(big_ints)
def test_parse_format_round_trip_int(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(decimals())
def test_parse_format_round_trip_decimal(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(two_decimals)
def test_parse_format_round_trip_two_decimals_keeps_digits(value: Decimal) -> None:
    text = format_number(value, 2)
    assert parse_number(text) == value
    assert text.rsplit(",", 1)[1].__len__() == 2


@pytest.mark.parametrize(
    ("ratio", "digits", "expected"),
    [
        (Decimal("0.7487"), 2, "74,87%"),
        (1, 0, "100%"),
        (Decimal("0.5787"), 2, "57,87%"),
        (Decimal("0.979"), 1, "97,9%"),
        (Decimal("0.74875"), 2, "74,88%"),
        (0, 2, "0,00%"),
    ],
)
def test_format_percent_examples(ratio: int | Decimal, digits: int, expected: str) -> None:
    assert format_percent(ratio, digits) == expected


@given(decimals(max_int_digits=3, max_frac_digits=8), st.integers(min_value=0, max_value=3))
def test_format_percent_equals_babel(ratio: Decimal, digits: int) -> None:
    pattern = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    with decimal.localcontext(babel_context()):
        expected = babel_percent(ratio, format=pattern, locale="vi")
    assert format_percent(ratio, digits) == expected


def test_format_percent_truncation_rule() -> None:
    # 66/78 = 0.846153...: half up 84,62 %, truncated 84,61 % (as some reports write it).
    ratio = Decimal(66) / Decimal(78)
    assert format_percent(ratio) == "84,62%"
    assert format_percent(ratio, rounding=Rounding.DOWN) == "84,61%"


@pytest.mark.parametrize(
    ("amount", "style", "expected"),
    [
        (140457182000, "full", "140.457.182.000 đồng"),
        (14600000000, "short", "14,6 tỷ đồng"),
        (123200000, "short", "123,2 triệu đồng"),
        (54800000000, "short", "54,8 tỷ đồng"),
        (999960000, "short", "1 tỷ đồng"),
        (500, "short", "500 đồng"),
        (1201000000, "mixed", "1 tỷ 201 triệu đồng"),
        (26960000000, "mixed", "26 tỷ 960 triệu đồng"),
        (1286600000, "mixed", "1 tỷ 286 triệu 600 nghìn đồng"),
        (1201500250, "mixed", "1 tỷ 201 triệu 500 nghìn 250 đồng"),
        (0, "mixed", "0 đồng"),
        (1234 * 10**9, "mixed", "1.234 tỷ đồng"),
    ],
)
def test_format_money_examples(amount: int, style: str, expected: str) -> None:
    assert format_money(amount, style) == expected  # type: ignore[arg-type]


def test_format_money_units() -> None:
    assert format_money(650000000, unit="đ") == "650.000.000đ"
    assert format_money(1201000000, "mixed", unit="đ") == "1 tỷ 201 triệu đ"
    assert format_money(14600000000, "short", unit="đ") == "14,6 tỷ đ"
    for style in ("full", "short", "mixed"):
        assert parse_quantity(format_money(1201000000, style, unit="đ")).unit == "đồng"
    assert format_money(5, unit="") == "5"
    assert format_money(5, unit="USD") == "5 USD"
    with pytest.raises(ValidationError):
        format_money(5, "long")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        format_money(5.0)  # type: ignore[arg-type]


# Up to where babel's coefficient stays below 1000: beyond, babel writes "1000 nghìn tỷ" without
# the thousands dot, and format_money groups it ("1.000 nghìn tỷ") as Luật Kế toán asks.
@given(st.integers(min_value=1000, max_value=999_949_999_999_999))
def test_format_money_short_agrees_with_babel_compact(amount: int) -> None:
    with decimal.localcontext(babel_context()):
        expected = format_compact_decimal(
            amount, format_type="long", locale="vi", fraction_digits=1
        )
    assert format_money(amount, "short", unit="") == expected
    assert format_money(-amount, "short", unit="") == "-" + expected


def test_format_money_short_groups_thousands_of_nghin_ty() -> None:
    assert format_money(10**15, "short") == "1.000 nghìn tỷ đồng"


@given(st.one_of(big_ints, decimals(max_int_digits=16, max_frac_digits=3)))
def test_format_money_round_trips_full_and_mixed(amount: int | Decimal) -> None:
    for style in ("full", "mixed"):
        text = format_money(amount, style)  # type: ignore[arg-type]
        quantity = parse_quantity(text)
        assert quantity.value == amount, text
        assert quantity.unit == "đồng"


def test_format_count() -> None:
    assert [format_count(n) for n in (2, 1, 5, 75)] == ["02", "01", "05", "75"]
    assert format_count(0) == "00"
    assert format_count(1234) == "1.234"
    with pytest.raises(ValidationError):
        format_count(-1)
    with pytest.raises(ValidationError):
        format_count(True)
    assert parse_quantity(format_count(2) + " thành phố").value == 2
