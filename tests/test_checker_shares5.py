"""Rule shares (round 10, shares5): the economic sectors' shares and contributions to growth,
and the levels of one scale listed after *theo các cấp độ:*.

Real paragraphs of the corpus (``tests/corpus/pending``) with one figure changed are found; the
near misses (a sector's growth rate, taxes named beside the sectors, a structure that may leave
the taxes out, overlapping sectors, a list that does not say it has all the levels) stay quiet;
a hypothesis property checks the rounding bound against exact fractions.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness

from hoiquanchung.checker import check_text


def shares_found(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.code == "share-sum-mismatch"]


REAL = [
    # (paragraph, figure as written, its mutation)
    ("gdp-quy2-2025-donggop", "5,19%", "4,19%"),
    ("gdp-quy2-2025-donggop", "43,63%", "43,60%"),
    ("gdp-quy2-2025-donggop", "51,18%", "51,15%"),
    ("gdp-6thang-2025-donggop", "5,59%", "5,53%"),
    ("gdp-6thang-2025-donggop", "42,20%", "42,22%"),
    ("gdp-6thang-2025-donggop", "52,21%", "52,71%"),
    ("haiduong-kyhop-2024-grdp", "91,7%", "97,7%"),
    ("tth-nuocsach-2019-chiso", "46%", "16%"),
    ("tth-nuocsach-2019-chiso", "27%", "23%"),
    ("tth-nuocsach-2019-chiso", "24%", "14%"),
    ("tth-nuocsach-2019-chiso", "không hoạt động 3%", "không hoạt động 6%"),
]


@pytest.mark.parametrize(("pid", "figure", "changed"), REAL)
def test_real_paragraph_quiet_and_its_mutation_found(pid: str, figure: str, changed: str) -> None:
    text = harness.text_of(pid)
    assert shares_found(text) == []
    assert text.count(figure) == 1
    assert shares_found(text.replace(figure, changed)) == ["share-sum-mismatch"]


def test_real_slip_of_a_district_structure_is_found() -> None:
    # nông, lâm, thuỷ sản 51%; thương mại - dịch vụ 15%; công nghiệp - xây dựng 36%: 102 %.
    assert shares_found(harness.text_of("quangngai-bato-2023-cocau")) == ["share-sum-mismatch"]


def test_structure_below_100_stays_quiet() -> None:
    # The structure may leave the taxes on products out: only a sum above 100 % is wrong.
    text = harness.text_of("haiduong-kyhop-2024-grdp")
    assert shares_found(text.replace("8,3%", "3,3%")) == []


GDP = (
    "Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,89%, đóng góp {a}% vào tăng trưởng "
    "chung; khu vực công nghiệp và xây dựng tăng mạnh 8,97%, đóng góp {b}%; khu vực dịch vụ "
    "tăng 8,46%, chiếm tới {c}% tổng mức tăng giá trị của toàn nền kinh tế."
)

NEAR_MISSES = [
    # Growth rates only: no shares.
    "Khu vực nông, lâm nghiệp và thủy sản tăng 3,89%; khu vực công nghiệp và xây dựng tăng "
    "8,97%; khu vực dịch vụ tăng 8,46%.",
    # The taxes on products are named: the three sectors are not the whole.
    GDP.format(a="5,19", b="43,63", c="41,18")
    + " Thuế sản phẩm trừ trợ cấp sản phẩm đóng góp 10%.",
    # Two sectors only: a subset.
    "Khu vực công nghiệp và xây dựng đóng góp 43,63%; khu vực dịch vụ đóng góp 41,18%.",
    # Overlapping parts: a sector and the chain that holds it.
    "Khu vực công nghiệp và xây dựng chiếm 60%; khu vực công nghiệp xây dựng và dịch vụ chiếm 90%.",
    # Sector words without 'khu vực' and no structure named: branches, not sectors.
    "Ngành dịch vụ chiếm 60% số doanh nghiệp; ngành công nghiệp và xây dựng chiếm 50% vốn.",
    # A list of levels that does not say it has all of them ('các').
    "Theo cấp độ: bền vững 46%; tương đối bền vững 27%; kém bền vững 14%.",
    # A level with another figure in its item.
    "Theo các cấp độ: bền vững 46% (12 công trình); tương đối bền vững 27%; kém bền vững 14%.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_quiet(text: str) -> None:
    assert shares_found(text) == []


def test_contributions_sum_exactly() -> None:
    assert shares_found(GDP.format(a="5,19", b="43,63", c="51,18")) == []
    assert shares_found(GDP.format(a="5,19", b="43,63", c="41,18")) == ["share-sum-mismatch"]


def _written(value: Fraction, decimals: int) -> str:
    """*value* rounded half up to *decimals*, written with a decimal comma."""
    q = Decimal(1).scaleb(-decimals)
    d = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        q, rounding="ROUND_HALF_UP"
    )
    return f"{d:f}".replace(".", ",")


LEVELS = ("tốt", "trung bình", "kém", "không hoạt động", "chưa xếp mức")


@given(
    cuts=st.lists(st.integers(min_value=1, max_value=9999), min_size=2, max_size=4, unique=True),
    decimals=st.integers(min_value=0, max_value=2),
    shift=st.integers(min_value=-30, max_value=30),
)
def test_levels_rounding_bound(cuts: list[int], decimals: int, shift: int) -> None:
    """n levels at d decimals are quiet exactly when the values they admit (± ½·10⁻ᵈ each)
    can make 100 %: oracle in exact fractions."""
    edges = [0, *sorted(cuts), 10000]
    exact = [Fraction(b - a, 100) for a, b in pairwise(edges)]
    written = [_written(v, decimals) for v in exact]
    step = Fraction(1, 10**decimals)
    # Move the first share by a whole number of its last digit (possibly none).
    first = Fraction(Decimal(written[0].replace(",", "."))) + shift * step
    if first < 0 or first > 100:
        return
    written[0] = _written(first, decimals)
    values = [Fraction(Decimal(w.replace(",", "."))) for w in written]
    if any(v > 100 for v in values):
        return
    n = len(values)
    quiet = abs(sum(values) - 100) <= n * step / 2
    items = "; ".join(f"{LEVELS[i]} {w}%" for i, w in enumerate(written))
    text = f"Các chi hội được đánh giá theo các cấp độ: {items}."
    assert shares_found(text) == ([] if quiet else ["share-sum-mismatch"])


def rates_found(text: str) -> list[tuple[str, str | None]]:
    return [
        (f.code, f.stated)
        for f in check_text(text)
        if f.code in ("rate-mismatch", "rate-rounding", "bound-violated")
    ]


RATE_REAL = [
    # The total restated after the rates ("tất cả 96 người ứng cử") is the same base.
    ("daknong-ungcu-2021-96nguoi", "43,75%", "46,75%"),
    ("daknong-ungcu-2021-96nguoi", "37,5%", "37,9%"),
    ("daknong-ungcu-2021-96nguoi", "10,4%", "10,1%"),
    # "46 nữ", "19 nữ": a word of sex alone counts persons.
    ("hcm-hdnd-2016-105daibieu", "43,81%", "43,84%"),
    ("daklak-hdnd-2016-85daibieu", "22,35%", "20,35%"),
]


@pytest.mark.parametrize(("pid", "figure", "changed"), RATE_REAL)
def test_rate_of_a_base_named_elsewhere(pid: str, figure: str, changed: str) -> None:
    text = harness.text_of(pid)
    before = rates_found(text)
    assert text.count(figure) == 1
    after = rates_found(text.replace(figure, changed))
    assert [s for _, s in after if s == changed] == [changed]
    assert len(after) == len(before) + 1


def test_real_slips_of_the_96_candidates_are_found() -> None:
    # 21/96 = 21,875 % written 21,8 % (cut); 10 of 96 written 3,1 %.
    found = rates_found(harness.text_of("daknong-ungcu-2021-96nguoi"))
    assert found == [("rate-rounding", "21,8%"), ("rate-mismatch", "3,1%")]


RATE_NEAR_MISSES = [
    # The whole counts households, not persons: "46 nữ" is no part of it.
    "Trong số 105 hộ được hỗ trợ, có 46 nữ (43,84%); 15 người dưới 35 tuổi (14,29%); 33 người "
    "tái cử (31,43%).",
    # Two different totals of the noun that the rates could be of: whose is not told.
    "Trong 96 người, có 42 người là nữ, chiếm 35%; 36 người trẻ tuổi, chiếm 30%. Tất cả 120 "
    "người ứng cử đều đủ tiêu chuẩn.",
]


@pytest.mark.parametrize("text", RATE_NEAR_MISSES)
def test_rate_near_misses_stay_quiet(text: str) -> None:
    assert rates_found(text) == []
