"""Hypothesis strategies for hoiquanchung.numbers tests."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

#: Integers up to and beyond 10^18 (the words must hold at least that far).
big_ints = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.integers(min_value=-(10**21), max_value=10**21),
    st.sampled_from([0, 1, 10, 100, 1000, 10**9, 10**12, 10**15, 10**18, 10**18 + 1]),
)


@st.composite
def decimals(draw: st.DrawFn, max_int_digits: int = 20, max_frac_digits: int = 8) -> Decimal:
    """Finite Decimals built from digit strings (exact, any exponent the digits give)."""
    whole = draw(st.integers(min_value=0, max_value=10**max_int_digits))
    places = draw(st.integers(min_value=0, max_value=max_frac_digits))
    frac = draw(st.integers(min_value=0, max_value=10**places - 1)) if places else 0
    sign = draw(st.sampled_from(["", "-"]))
    if places:
        return Decimal(f"{sign}{whole}.{frac:0{places}d}")
    return Decimal(f"{sign}{whole}")


#: Two-decimal amounts, as reports write rates and money.
two_decimals = st.integers(min_value=-(10**15), max_value=10**15).map(
    lambda n: Decimal(n).scaleb(-2)
)

#: Arbitrary text rich in the characters numbers are made of.
number_like_text = st.lists(
    st.sampled_from(
        [
            *list("0123456789.,-−/% \xa0\t\nđ²"),
            "tỷ",
            "triệu",
            "nghìn",
            "hơn ",
            "trên ",
            "từ ",
            " trở lên",
            "đồng",
            "lượt người",
        ]
    ),
    max_size=30,
).map("".join)
