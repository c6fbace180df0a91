"""parse_number: strict reading, errors with offsets and suggestions, robustness; the offsets of
the other readers' errors (parse_quantity, from_words)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from numbers_strategies import number_like_text

from hoiquanchung import HoiQuanChungError, NumberFormatError
from hoiquanchung.numbers import format_number, from_words, parse_number, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("440.977", 440977),
        ("74,87", Decimal("74.87")),
        ("1.234.567,5", Decimal("1234567.5")),
        ("0,5", Decimal("0.5")),
        ("-1.234", -1234),
        ("\u22121.234", -1234),
        ("01", 1),
        ("0", 0),
        ("729.888", 729888),
        ("140.457.182.000", 140457182000),
        ("  3.505\u00a0", 3505),
        ("1234", 1234),
        ("74,80", Decimal("74.80")),
    ],
)
def test_parse_number_examples(text: str, value: int | Decimal) -> None:
    result = parse_number(text)
    assert result == value
    assert type(result) is type(value)
    if isinstance(value, Decimal):
        assert str(result) == str(value)


@pytest.mark.parametrize(
    ("text", "offset", "suggestions"),
    [
        ("992.0000", 3, ("992,0000", "9.920.000")),
        ("1.40", 1, ("1,40", "140")),
        ("74.87", 2, ("74,87", "7.487")),
        ("1,234.5", 1, ("1.234,5",)),
        ("1,234,567", 5, ("1.234.567",)),
        ("1234.567", 0, ("1.234.567",)),
        ("01.234", 0, ("1.234",)),
        ("1 234", 1, ("1.234",)),
        ("12.", 2, ("12",)),
        ("", 0, ()),
        ("   ", 0, ()),
        ("-", 1, ()),
        ("12a", 2, ()),
        (".5", 0, ()),
        ("1..2", 2, ()),
        ("1.234.56", 5, ("123.456",)),
        ("  74.87", 4, ("74,87", "7.487")),
    ],
)
def test_parse_number_rejects_with_offset_and_suggestions(
    text: str, offset: int, suggestions: tuple[str, ...]
) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    err = info.value
    assert err.offset == offset
    assert err.suggestions == suggestions
    assert isinstance(err, ValueError)
    for suggestion in suggestions:
        parse_number(suggestion)  # every suggestion is itself a valid number


# The other readers of numbers (a quantity, a number in words) say where reading stopped too.
@pytest.mark.parametrize(
    ("read", "text", "offset"),
    [
        (parse_quantity, "", 0),
        (parse_quantity, "hơn", 0),
        (parse_quantity, "1.40 người", 1),
        (parse_quantity, "22/9/2014", 2),
        (parse_quantity, "5 người, 6 hộ", 2),
        (parse_quantity, "từ 5 người", 0),
        (parse_quantity, "hơn 5 người trở xuống", 0),
        (parse_quantity, "1 tỷ 1500 triệu", 5),
        (parse_quantity, "74.87%", 2),
        (parse_quantity, "abc", 0),
        (from_words, "", 0),
        (from_words, "một trăm xyz", 9),
        (from_words, "mươi", 0),
        (from_words, "một mươi", 0),
        (from_words, "một triệu hai triệu", 10),
        (from_words, "năm nghìn ba triệu", 10),
        (from_words, "hai phẩy", 8),
        (from_words, "mốt", 0),
        (from_words, "một trăm năm", 9),
    ],
)
def test_quantities_and_words_rejected_with_offset(
    read: Callable[[str], object], text: str, offset: int
) -> None:
    with pytest.raises(NumberFormatError) as info:
        read(text)
    assert info.value.offset == offset


def test_parse_number_normalises_to_nfc() -> None:
    # Digits are ASCII; the boundary still normalises (a decomposed minus-free text parses).
    assert parse_number(unicodedata.normalize("NFD", "1.234")) == 1234


def test_parse_number_refuses_non_ascii_digits_and_non_str() -> None:
    with pytest.raises(NumberFormatError):
        parse_number("١٢٣")
    with pytest.raises(NumberFormatError):
        parse_number(123)  # type: ignore[arg-type]


@given(st.text(max_size=30))
def test_parse_number_raises_only_library_errors(text: str) -> None:
    error: HoiQuanChungError | None = None
    try:
        value = parse_number(text)
    except HoiQuanChungError as err:
        error = err
    if error is None:
        assert parse_number(format_number(value)) == value
        return
    assert isinstance(error, NumberFormatError)
    assert error.offset is not None
    assert 0 <= error.offset <= len(unicodedata.normalize("NFC", text))


@given(number_like_text)
def test_parse_number_on_number_like_text(text: str) -> None:
    try:
        value = parse_number(text)
    except NumberFormatError as err:
        for suggestion in err.suggestions:
            parse_number(suggestion)
        return
    assert isinstance(value, int | Decimal)


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99))
def test_dot_decimal_is_always_rejected(whole: int, cents: int) -> None:
    # "74.87" (English decimal point, two digits after the dot) is never read as a number.
    with pytest.raises(NumberFormatError) as info:
        parse_number(f"{whole}.{cents:02d}")
    assert f"{format_number(whole)},{cents:02d}" in info.value.suggestions
