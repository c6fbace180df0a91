"""Speed round 12 (speed9): the fast paths of the figure tables and rule 2c hold to the searches
they replace.

* ``_per_unit._has_amount_per_unit`` reads from each slash what ``_SLASH_UNIT.search`` finds by
  trying every digit; ``_per_unit._each_search`` tries ``_EACH`` only before an *ỗ*.
* ``indicators._text.decimal_of`` reads a Decimal's or an int's ratio without a Fraction, and
  ``strip`` returns a value without decimals as it is: the same Decimals (digits and exponent)
  as the old code, copied here.
* ``_figures_table._level`` matches a level only where "cấp" is in the lower-case window and
  looks for an organ before it only when an organ's word is there; ``_category`` searches each
  pattern only when its word is there; ``_LabelWords.around`` is ``within`` twice; the bullet
  lists' blank tail is one match: each as the old code on generated and real text.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import _bullet_lists, _figures_table, _per_unit
from hoiquanchung.indicators import _text
from hoiquanchung.rounding import Rounding, quantize_fraction

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

# Letters, signs and spaces that the replaced searches turn on (both cases, other spaces).
_PIECES = st.sampled_from(
    [
        "đ",
        "Đ",
        "đồng",
        "ĐỒNG",
        "Đồng",
        "ồ",
        "ng",
        "/",
        " ",
        "  ",
        "\u00a0",
        "\t",
        "\n",
        "0",
        "1",
        "01",
        "5",
        "٣",
        "x",
        "hộ",
        "suất",
        "_",
        "-",
        ".",
        ",",
        "mỗi",
        "MỖI",
        "Mỗi",
        "ỗi",
        "m",
        "ỗ",
        "Ỗ",
        "i",
        "phương",
        " vị",
        "a",
        "İ",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


@given(_TEXTS)
@example("300.000 đồng / hộ")
@example("5 đ/01 suất")
@example("5\u00a0Đ /1 hộ")
@example("ngày 12/5/2024, đồng/2")
def test_amount_per_unit_as_the_search(text: str) -> None:
    assert _per_unit._has_amount_per_unit(text) == (_per_unit._SLASH_UNIT.search(text) is not None)


@given(_TEXTS, st.integers(0, 30), st.integers(0, 30))
@example("mỗi xã 5, MỖI đơn vị 3", 0, 30)
@example("xmỗi hộ, mỗi hộ", 0, 16)
def test_each_search_as_the_search(text: str, start: int, stop: int) -> None:
    start, stop = min(start, len(text)), min(stop, len(text))
    found, expected = (
        _per_unit._each_search(text, start, stop),
        _per_unit._EACH.search(text, start, stop),
    )
    assert (found and (found.span(), found.group("x"))) == (
        expected and (expected.span(), expected.group("x"))
    )


def test_fast_searches_as_the_searches_on_real_text() -> None:
    for text in harness.every_text():
        assert _per_unit._has_amount_per_unit(text) == (
            _per_unit._SLASH_UNIT.search(text) is not None
        )
        found, expected = _per_unit._each_search(text), _per_unit._EACH.search(text)
        assert (found and found.span()) == (expected and expected.span())


def _old_decimal_of(value: Fraction | int | Decimal, digits: int) -> Decimal:
    """``indicators._text.decimal_of`` before round 12, verbatim."""
    f = Fraction(value)
    return quantize_fraction(f.numerator, f.denominator, digits, Rounding.HALF_UP)


def _old_strip(value: Decimal) -> Decimal:
    """``indicators._text.strip`` before round 12, verbatim."""
    sign, digits, raw_exponent = value.as_tuple()
    if not isinstance(raw_exponent, int):
        return value
    exponent: int = raw_exponent
    kept = list(digits)
    while exponent < 0 and len(kept) > 1 and kept[-1] == 0:
        kept.pop()
        exponent += 1
    if kept == [0]:
        exponent = max(exponent, 0)
    return Decimal((sign, tuple(kept), exponent))


_DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=None) | st.builds(
    lambda n, e: Decimal(n).scaleb(e), st.integers(-(10**30), 10**30), st.integers(-40, 40)
)


@given(_DECIMALS | st.integers(-(10**40), 10**40) | st.fractions(), st.integers(0, 12))
@example(Decimal("-0"), 0)
@example(Decimal("99E+3"), 2)
@example(Decimal("0.000"), 1)
def test_decimal_of_as_before(value: Fraction | int | Decimal, digits: int) -> None:
    new, old = _text.decimal_of(value, digits), _old_decimal_of(value, digits)
    assert (new.as_tuple(), str(new)) == (old.as_tuple(), str(old))


@given(_DECIMALS)
@example(Decimal("-0"))
@example(Decimal("1E+2"))
@example(Decimal("0.00"))
@example(Decimal("-5.100"))
def test_strip_as_before(value: Decimal) -> None:
    new, old = _text.strip(value), _old_strip(value)
    assert (new.as_tuple(), str(new)) == (old.as_tuple(), str(old))


@given(
    st.lists(st.sampled_from([":", " ", "\u2060", "\u3000", "\n", "gồm", "5", "\u00a0"])).map(
        "".join
    )
)
@example("gồm: \u2060")
@example("gồm: 5")
def test_ends_with_colon_as_before(text: str) -> None:
    colon = text.rfind(":")
    old = colon >= 0 and all(c.isspace() or c == "\u2060" for c in text[colon + 1 :])
    assert _bullet_lists._ends_with_colon(text) == old


@given(
    st.lists(st.sampled_from(["cấp", "vụ", "khác", "CẤP", " ", "x", "İ", "hội", "ấp"])).map(
        "".join
    ),
    st.lists(st.integers(0, 40), min_size=4, max_size=4),
)
@example("Có 40 hội cấp tỉnh, 5 hội viên", [0, 3, 5, 19])
def test_label_words_around_as_within(text: str, cuts: list[int]) -> None:
    start, end, after, stop = sorted(cuts)
    words = _figures_table._LabelWords(text)
    assert words.around(start, end, after, stop) == (
        words.within(start, end) or words.within(after, stop)
    )


def _old_level(window: str) -> str | None:
    """``_figures_table._level`` before round 12, verbatim (its searches tried every position)."""
    ft = _figures_table
    found = {
        " ".join(ft._LEVEL_SPLIT.split(m.group(1).casefold()))
        for m in ft._LEVEL.finditer(window)
        if not ft._ORGAN_BEFORE.search(window, 0, m.start())
    }
    names = {ft._LEVEL_NAMES.get(k.replace("huyện xã", "huyện, xã"), "") for k in found}
    names.discard("")
    return names.pop() if len(names) == 1 else None


_LEVEL_PIECES = st.sampled_from(
    [
        "cấp ",
        "CẤP ",
        "tỉnh",
        "huyện",
        ", xã",
        " và xã",
        "xã",
        "cơ sở",
        "trung ương",
        " ",
        "HĐND ",
        "hđnd ",
        "UBND ",
        "Hội đồng nhân dân ",
        "ủy ban nhân dân ",
        "Uỷ ban NHÂN DÂN ",
        "các ",
        "đại biểu ",
        "40 hội",
        ": ",
        "x",
        "İ",
    ]
)


@given(st.lists(_LEVEL_PIECES, max_size=16).map("".join))
@example("đại biểu HĐND cấp tỉnh, tổng số")
@example("UBND các cấp huyện: 5 hội")
def test_level_as_before(window: str) -> None:
    assert _figures_table._level(window) == _old_level(window)


def test_level_as_before_on_real_text() -> None:
    for text in harness.every_text():
        for at in range(0, len(text), 200):
            window = text[at : at + 800]
            assert _figures_table._level(window) == _old_level(window)


_CATEGORY_PIECES = st.sampled_from(
    [
        "hội",
        "Hội",
        "tổ chức",
        "TỔ CHỨC",
        " quần chúng",
        " khác",
        " KHÁC",
        " \u212ahác",
        "giao",
        " nhiệm",
        " vụ",
        " VỤ",
        " ",
        ",",
        "x",
        "İ",
    ]
)


@given(st.lists(_CATEGORY_PIECES, max_size=14).map("".join))
@example("hội quần chúng khác")
@example("do Đảng giao nhiệm vụ, hội khác")
def test_category_as_before(window: str) -> None:
    found = [name for name, pattern in _figures_table._CATEGORY if pattern.search(window)]
    old = found[0] if len(found) == 1 else None
    assert _figures_table._category(window) == old
    assert _figures_table._category(window, window.lower()) == old


_MARKER_PIECES = st.sampled_from(
    [
        "trong",
        "TRONG",
        " đó",
        " ĐÓ",
        "bao",
        "BAO",
        " gồm",
        "gồm",
        "GỒM",
        " có",
        " ",
        ":",
        "x",
        "İ",
        "5 hội",
        "ştrong",
    ]
)


@given(st.lists(_MARKER_PIECES, max_size=14).map("".join), st.integers(0, 60), st.integers(0, 60))
@example("Tổng 99 hội, TRONG ĐÓ 40 hội; gồm 2", 0, 35)
@example("xtrong đó; bao gồm", 0, 18)
def test_first_marker_as_the_search(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    found = _figures_table._first_marker(text, start, end)
    expected = _figures_table._PARTS_MARKER.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


def test_first_marker_as_the_search_on_real_text() -> None:
    for text in harness.every_text():
        for start in range(0, len(text), 97):
            found = _figures_table._first_marker(text, start, len(text))
            expected = _figures_table._PARTS_MARKER.search(text, start, len(text))
            assert (found and found.span()) == (expected and expected.span())
