"""Every public function of hoiquanchung.numbers fed junk raises only the library's own errors
(as python-stdnum's robustness test does for its modules)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import hoiquanchung.errors as numbers_errors
import hoiquanchung.numbers as numbers
from hoiquanchung import HoiQuanChungError, ValidationError
from tests._helpers import library_error_of

JUNK: list[Any] = [
    None,
    "€",
    "",
    object(),
    0.5,
    True,
    Decimal("NaN"),
    Decimal("-Infinity"),
    b"440.977",
    ["1"],
    "\x00\ufeff",
    "9" * 5000,
    "1." * 2000,
]
TEXT_FUNCTIONS: list[Callable[..., Any]] = [
    numbers.parse_number,
    numbers.parse_quantity,
    numbers.from_words,
    numbers.find_quantities,
    numbers.find_dates,
    numbers.find_number_errors,
    numbers.scan_numbers,
]
VALUE_FUNCTIONS: list[Callable[..., Any]] = [
    numbers.format_number,
    numbers.format_percent,
    numbers.format_money,
    numbers.format_count,
    numbers.format_figure,
    numbers.to_words,
    numbers.amount_in_words,
]


def test_every_public_function_is_covered() -> None:
    functions = {
        name
        for name in numbers.__all__
        if callable(getattr(numbers, name)) and not isinstance(getattr(numbers, name), type)
    }
    assert functions == {f.__name__ for f in TEXT_FUNCTIONS + VALUE_FUNCTIONS}


@pytest.mark.parametrize("junk", JUNK, ids=lambda j: repr(j)[:24])
@pytest.mark.parametrize("function", TEXT_FUNCTIONS + VALUE_FUNCTIONS, ids=lambda f: f.__name__)
def test_junk_raises_only_library_errors(function: Callable[..., Any], junk: Any) -> None:
    error = library_error_of(function, junk)
    assert error is None or isinstance(error, ValidationError)


HUGE: list[Any] = [10**1000, -(10**1000), Decimal("1E+1000"), Decimal("1E-1001"), 10**5000]
HUGE_CASES = [
    (function, huge)
    for function in VALUE_FUNCTIONS
    for huge in HUGE
    # format_count takes a non-negative int: its other refusals are tested elsewhere.
    if function is not numbers.format_count or (isinstance(huge, int) and huge > 0)
]


@pytest.mark.parametrize(
    ("function", "huge"),
    HUGE_CASES,
    ids=[f"{f.__name__}-{type(h).__name__}-{i}" for i, (f, h) in enumerate(HUGE_CASES)],
)
def test_numbers_beyond_1000_digits_are_refused(function: Callable[..., Any], huge: Any) -> None:
    with pytest.raises(ValidationError, match="1000 digits"):
        function(huge)


def test_the_largest_numbers_round_trip() -> None:
    biggest = 10**1000 - 1
    assert numbers.parse_number(numbers.format_number(biggest)) == biggest
    assert numbers.from_words(numbers.to_words(biggest)) == biggest
    with pytest.raises(numbers_errors.NumberFormatError):
        numbers.parse_number("1" + "0" * 1000)
    with pytest.raises(numbers_errors.NumberFormatError):
        numbers.from_words("một " + "tỷ " * 112)


@pytest.mark.parametrize("junk", [None, -1, 1001, 2.0, "2", True])
def test_bad_digits_and_rounding_name_the_argument(junk: Any) -> None:
    if junk is not None:  # digits=None is valid: the value as it is
        with pytest.raises(ValidationError) as info:
            numbers.format_number(Decimal("1.5"), junk)
        assert info.value.field == "digits"
    with pytest.raises(ValidationError) as info:
        numbers.format_number(Decimal("1.5"), 1, rounding=junk)
    assert info.value.field == "rounding"


def test_all_is_plain_sorted_in_numbers_checker_and_cli() -> None:
    """``__all__`` is in plain ``sorted()`` order, public packages and private modules alike."""
    import importlib
    import pkgutil

    import hoiquanchung.checker
    import hoiquanchung.numbers

    names = ["hoiquanchung.cli"]
    for package in (hoiquanchung.numbers, hoiquanchung.checker):
        names.append(package.__name__)
        names += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    for name in names:
        module = importlib.import_module(name)
        exported = list(getattr(module, "__all__", []))
        assert exported == sorted(exported), name


@pytest.mark.parametrize("twin", ["\u0130", "\u0131"])
@pytest.mark.parametrize(
    "template",
    ["dướI 5 người", "tốI thIểu 5 người", "có tốI đa 14,6 tỷ đồng, đạt 5%", "5 trIệu", "5 USD"],
)
def test_case_twins_of_ascii_letters(twin: str, template: str) -> None:
    """``İ`` and ``ı`` match ``i`` case-blindly (``ſ`` matches ``s``): never a bare KeyError."""
    from hoiquanchung.checker import check_text

    for text in (template.replace("I", twin), template.replace("S", "\u017f")):
        found = numbers.find_quantities(text)
        assert all(text[m.start : m.end] == m.quantity.text for m in found)
        numbers.scan_numbers(text)
        check_text(text)
        for words in (text, f"mườ{twin} lăm", f"hai mươ{twin} mốt"):
            with contextlib.suppress(HoiQuanChungError):
                numbers.from_words(words)


def test_scale_words_beyond_the_digit_limit_are_refused() -> None:
    """``5 tỷ tỷ tỷ ...`` beyond 1000 digits is a NumberFormatError, never a huge integer."""
    from hoiquanchung.numbers._parse import MAX_NUMBER_DIGITS

    text = "5 " + "tỷ " * (MAX_NUMBER_DIGITS // 9 + 1)
    with pytest.raises(numbers_errors.NumberFormatError, match="1000 digits"):
        numbers.parse_quantity(text)
    assert numbers.find_quantities(text) == []
    assert numbers.find_number_errors(text)[0].offset == 2  # the first scale word
    # Just under the limit, the value is read.
    fits = "5 " + "tỷ " * (MAX_NUMBER_DIGITS // 9 - 1)
    assert numbers.parse_quantity(fits).value == 5 * 10 ** (9 * (MAX_NUMBER_DIGITS // 9 - 1))
