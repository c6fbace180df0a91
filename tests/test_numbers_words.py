"""to_words, from_words, amount_in_words."""

from __future__ import annotations

import contextlib
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from numbers_strategies import big_ints, decimals

from hoiquanchung import HoiQuanChungError, NumberFormatError, ValidationError
from hoiquanchung.numbers import amount_in_words, from_words, to_words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (15, "mười lăm"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (11, "mười một"),
        (14, "mười bốn"),
        (31, "ba mươi mốt"),
        (105, "một trăm lẻ năm"),
        (110, "một trăm mười"),
        (1024, "một nghìn không trăm hai mươi bốn"),
        (1005, "một nghìn không trăm lẻ năm"),
        (10000, "mười nghìn"),
        (1000005, "một triệu không trăm lẻ năm"),
        (440977, "bốn trăm bốn mươi nghìn chín trăm bảy mươi bảy"),
        (729888, "bảy trăm hai mươi chín nghìn tám trăm tám mươi tám"),
        (1201000000, "một tỷ hai trăm lẻ một triệu"),
        (10**12, "một nghìn tỷ"),
        (10**15, "một triệu tỷ"),
        (10**18, "một tỷ tỷ"),
        (-7, "âm bảy"),
        (Decimal("74.87"), "bảy mươi tư phẩy tám mươi bảy"),
        (Decimal("0.05"), "không phẩy không năm"),
        (Decimal("-1.5"), "âm một phẩy năm"),
    ],
)
def test_to_words_examples(value: int | Decimal, words: str) -> None:
    assert to_words(value) == words
    assert from_words(words) == value


def test_to_words_options() -> None:
    assert to_words(24, four="bốn") == "hai mươi bốn"
    assert to_words(1024, four="tư") == "một nghìn không trăm hai mươi tư"
    assert to_words(105, zero="linh") == "một trăm linh năm"
    with pytest.raises(ValidationError):
        to_words(5, four="four")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        to_words(0.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        to_words(Decimal("NaN"))


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("một trăm linh năm", 105),
        ("một trăm lẻ năm", 105),
        ("hai mươi bốn", 24),
        ("hai mươi tư", 24),
        ("hai mươi năm", 25),
        ("một ngàn", 1000),
        ("Một Nghìn Không Trăm Hai Mươi Bốn", 1024),
        ("hai mươi một", 21),
        ("mười tư", 14),
        ("một tỉ", 10**9),
        ("ba phẩy một bốn", Decimal("3.14")),
        (
            "Một trăm bốn mươi tỷ bốn trăm năm mươi bảy triệu một trăm tám mươi hai nghìn đồng",
            140457182000,
        ),
        ("năm trăm nghìn đồng chẵn", 500000),
    ],
)
def test_from_words_variants(words: str, value: int | Decimal) -> None:
    assert from_words(words) == value


def test_from_words_accepts_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "một nghìn không trăm hai mươi bốn")
    assert from_words(decomposed) == 1024


@given(big_ints)
def test_words_round_trip_integers(value: int) -> None:
    assert from_words(to_words(value)) == value


@given(st.integers(min_value=0, max_value=10**18))
def test_words_round_trip_whole_range_to_10_18(value: int) -> None:
    words = to_words(value)
    assert from_words(words) == value
    assert from_words(to_words(value, four="bốn", zero="linh")) == value


@given(decimals())
def test_words_round_trip_decimals(value: Decimal) -> None:
    back = from_words(to_words(value))
    assert back == value
    if isinstance(back, Decimal):
        # The written decimals come back (trailing zeros included).
        assert back.as_tuple().exponent == value.as_tuple().exponent


@given(st.text(max_size=60))
def test_from_words_raises_only_library_errors(text: str) -> None:
    with contextlib.suppress(HoiQuanChungError):
        from_words(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "không",
                "một",
                "mốt",
                "hai",
                "ba",
                "bốn",
                "tư",
                "năm",
                "lăm",
                "sáu",
                "bảy",
                "tám",
                "chín",
                "mười",
                "mươi",
                "trăm",
                "lẻ",
                "linh",
                "nghìn",
                "ngàn",
                "triệu",
                "tỷ",
                "tỉ",
                "âm",
                "phẩy",
                "đồng",
            ]
        ),
        max_size=12,
    )
)
def test_from_words_on_word_salad_raises_only_library_errors(words: list[str]) -> None:
    try:
        value = from_words(" ".join(words))
    except NumberFormatError:
        return
    # Whatever is accepted reads back to itself in canonical words.
    assert from_words(to_words(value)) == value


def test_amount_in_words() -> None:
    assert amount_in_words(1201000000) == "Một tỷ hai trăm lẻ một triệu đồng"
    assert amount_in_words(0) == "Không đồng"
    assert amount_in_words(-5) == "Âm năm đồng"
    assert amount_in_words(650000000) == "Sáu trăm năm mươi triệu đồng"
    assert from_words(amount_in_words(1040000000)) == 1040000000


@given(st.integers(min_value=0, max_value=10**15))
def test_amount_in_words_round_trip(amount: int) -> None:
    text = amount_in_words(amount)
    assert text.endswith(" đồng")
    assert text[0].isupper()
    assert from_words(text) == amount
