"""Three false alarms of the round-11 hunts (hunt10, hunt11) on real report prose, fixed by their
general shape, and one real slip now found, with the near misses that must still be found:

* rule 2 (totals): a level below the commune (*cấp thôn, xóm*, *tổ dân phố*, *ấp*...) is one more
  level of a list by level, not an item after a whole *tỉnh / huyện / xã* run;
* rule 1 (fractions): "x/y <units> đạt tỷ lệ (này) dưới z%": a bound each unit reached, not the
  fraction's (when *này* refers back, or the units lead *đạt* with no comma and the fraction is
  far outside the bound);
* rule 1: "14.714.669.968/9,5 tỷ đồng": a numerator with no unit nor scale over a denominator in
  a scale is also read in the base unit (đồng); quiet when either reading holds;
* rule 1: "5,565 tỷ/3,550 tỷ đạt 160%": a fraction whose terms both carry the scale word.

The real paragraphs are those of ``tests/corpus/pending/p29_hunt10_pending.toml`` and
``p29_hunt11_pending.toml`` (by id, through the corpus harness); each test quotes the sentence at
stake verbatim with its address.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.rounding import Rounding, quantize_fraction

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.code, f.stated or "", f.computed) for f in check_text(text) if f.severity.value != "info"
    ]


def _replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


# --- a level below the commune (rule 2) -------------------------------------------------------

# https://hoabinh.gov.vn/van-hoa?...INSTANCE_ixcm_cur=11 (h11-hoabinh-lehoi-2024-73)
HOABINH = "h11-hoabinh-lehoi-2024-73"
HOABINH_SENTENCE = (
    "Năm 2024, tỉnh Hòa Bình có 73 lễ hội đăng ký tổ chức, trong đó có 02 lễ hội cấp tỉnh; 09 lễ "
    "hội cấp huyện, thành phố; 37 lễ hội cấp xã; 25 lễ hội cấp thôn, xóm."
)


def test_level_below_commune_real_paragraph_is_quiet() -> None:
    text = corpus_harness.text_of(HOABINH)
    assert HOABINH_SENTENCE in text
    assert _found(text) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("02 lễ hội cấp tỉnh", "42 lễ hội cấp tỉnh", "113 lễ"),
        ("09 lễ hội", "01 lễ hội", "65 lễ"),
        ("37 lễ hội", "30 lễ hội", "66 lễ"),
        ("25 lễ hội", "26 lễ hội", "74 lễ"),
        ("25 lễ hội", "15 lễ hội", "63 lễ"),
    ],
)
def test_level_below_commune_a_changed_part_is_found(old: str, new: str, computed: str) -> None:
    text = _replaced(corpus_harness.text_of(HOABINH), old, new)
    assert ("total-mismatch", "73 lễ", computed) in _found(text)


LEVELS = (
    "Năm 2024 có 73 hội, {m} 02 hội cấp tỉnh{s} 09 hội cấp huyện{s} 37 hội cấp xã{last} hội {lv}."
)


@pytest.mark.parametrize("marker", ["trong đó", "gồm", "trong đó có"])
@pytest.mark.parametrize(("sep", "last"), [(";", "; 25"), (",", ", 25"), (",", " và 25")])
@pytest.mark.parametrize("level", ["cấp thôn", "cấp thôn, xóm", "ở các tổ dân phố", "cấp ấp"])
def test_level_below_commune_shapes(marker: str, sep: str, last: str, level: str) -> None:
    text = LEVELS.format(m=marker, s=sep, last=last, lv=level)
    assert _found(text) == []
    wrong = text.replace(last, last[:-2] + "35")
    assert ("total-mismatch", "73 hội", "83 hội") in _found(wrong)


def test_three_levels_alone_still_judged() -> None:
    # Near miss: without the fourth level, tỉnh + huyện + xã is the whole.
    text = "Năm 2024 có 73 hội, trong đó 02 hội cấp tỉnh, 09 hội cấp huyện, 47 hội cấp xã."
    assert ("total-mismatch", "73 hội", "58 hội") in _found(text)


@pytest.mark.parametrize(
    "after",
    [
        "; 25 hội ở thôn Đồng Tâm",  # a place named, no level
        "; 25 hội ở nông thôn",  # an area, no level
        "; 25 văn bản",  # "bản" only after "cấp"
    ],
)
def test_no_level_below_commune_keeps_the_whole_run(after: str) -> None:
    # Near misses: words that look like a level below the commune and are none.
    text = "Năm 2024 có 73 hội, trong đó 02 hội cấp tỉnh; 09 hội cấp huyện; 47 hội cấp xã" + after
    assert ("total-mismatch", "73 hội", "58 hội") in _found(text + ".")


# --- a bound each unit reached (rule 1) -------------------------------------------------------

# https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105
# (vinhphuc-tthc-2021-19630)
VINHPHUC = "vinhphuc-tthc-2021-19630"
VINHPHUC_SENTENCE = (
    "Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3% và cả 9/9 huyện, thành phố đạt tỷ lệ "
    "dưới 10%."
)


def test_units_own_bound_real_paragraph_is_quiet() -> None:
    text = corpus_harness.text_of(VINHPHUC)
    assert VINHPHUC_SENTENCE in text
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Có 86/100 hộ, đạt tỷ lệ trên 95%.", "trên 95%"),  # the fraction's rate, comma
        ("Có 86/100 hộ đạt tỷ lệ trên 95%.", "trên 95%"),  # close to its bound: a slip
        ("Có 5/9 huyện, đạt tỷ lệ dưới 3%.", "dưới 3%"),  # comma: the fraction's rate
        ("Có 4/9 huyện đạt tỷ lệ dưới 40%.", "dưới 40%"),  # 44 % is not twice 40 %
        ("Có 86/100 hộ đạt tỷ lệ hộ văn hóa trên 95%.", "trên 95%"),  # named, but close
    ],
)
def test_fraction_bound_still_judged(text: str, stated: str) -> None:
    assert [s for c, s, _ in _found(text) if c == "bound-violated"] == [stated]


@pytest.mark.parametrize(
    "text",
    [
        "Có 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%.",
        "Cả 9/9 huyện đạt tỷ lệ dưới 10%.",
        "Có 2/15 xã đạt tỷ lệ trên 90%.",
        "Có 12/15 xã, đạt tỷ lệ này trên 90%.",
        "Có 5/9 huyện đạt tỷ lệ hồ sơ trễ hạn dưới 3%.",  # the rate's own words
    ],
)
def test_units_own_bound_is_quiet(text: str) -> None:
    assert _found(text) == []


# --- a numerator in đồng over a denominator in tỷ đồng (rule 1) ----------------------------

# http://ubmttqvn.binhthuan.dcs.vn/Trang-ch%E1%BB%A7/20201/201185 (binhthuan-qvnn-2019-14714669968)
BINHTHUAN = "binhthuan-qvnn-2019-14714669968"
BINHTHUAN_SENTENCE = "vận động được 14.714.669.968/9,5 tỷ đồng, đạt 154,9% kế hoạch năm"


def test_base_unit_reading_real_paragraph_is_quiet() -> None:
    text = corpus_harness.text_of(BINHTHUAN)
    assert BINHTHUAN_SENTENCE in text
    assert _found(text) == []


def test_base_unit_reading_a_changed_rate_is_found() -> None:
    text = _replaced(corpus_harness.text_of(BINHTHUAN), "154,9%", "164,9%")
    assert [c for c, _, _ in _found(text)] == ["rate-mismatch"]


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        ("Đã vận động được 771.000.000/650 triệu đồng, đạt 118,6%.", True),
        ("Đã vận động được 771.000.000/650 triệu đồng, đạt 128,6%.", False),
        ("Đã vận động được 771/650 triệu đồng, đạt 118,6%.", True),  # both in the scale
        ("Đã vận động được 771/650 triệu đồng, đạt 128,6%.", False),
        ("Đã vận động được 5.299.856.928 đồng/2,2 tỷ đồng đạt 240,9%.", True),
        ("Đã vận động được 5.299.856.928 đồng/2,2 tỷ đồng đạt 250,9%.", False),
    ],
)
def test_base_unit_reading_near_misses(text: str, quiet: bool) -> None:
    assert (_found(text) == []) is quiet


@given(
    raised=st.integers(min_value=1_000_000, max_value=99_999_999_999),
    plan_tenths=st.integers(min_value=1, max_value=999),
    delta=st.integers(min_value=-50, max_value=50),
)
# 2.850.001 / 0,1 tỷ = 2,850001 %: "2,8%" is the truncated rate, which the checker accepts as
# reports write it (found by hypothesis).
@example(raised=2850001, plan_tenths=1, delta=-1)
def test_base_unit_reading_property(raised: int, plan_tenths: int, delta: int) -> None:
    # The rate written to one decimal (half up) from raised (đồng) / plan (tenths of tỷ đồng),
    # then shifted by *delta* tenths of a point: quiet exactly when it is the half-up or the
    # truncated rate (the bare reading, thousands of millions of percent, never holds).
    plan = Decimal(plan_tenths) / 10
    exact = Fraction(raised * 100, plan_tenths * 10**8)
    if exact >= 10_000:
        return
    half_up = quantize_fraction(exact.numerator, exact.denominator, 1)
    truncated = quantize_fraction(exact.numerator, exact.denominator, 1, Rounding.DOWN)
    rate = half_up + Decimal(delta) / 10
    if rate <= 0:
        return
    figures = f"{raised:,}".replace(",", "."), str(plan).replace(".", ",")
    written = str(rate).replace(".", ",")
    text = f"Quỹ vận động được {figures[0]}/{figures[1]} tỷ đồng, đạt {written}% kế hoạch năm."
    found = [c for c, _, _ in _found(text) if c in {"rate-mismatch", "rate-rounding"}]
    assert (found == []) is (rate in (half_up, truncated))


# --- "x tỷ/y tỷ" (rule 1) -------------------------------------------------------------------

# http://ubmttqvn.binhthuan.dcs.vn/Trang-ch%E1%BB%A7/20201/181008 (hamtan-qvnn-2019-5565ty)
HAMTAN = "hamtan-qvnn-2019-5565ty"
HAMTAN_SENTENCE = "vận động được 5,565 tỷ/3,550 tỷ đạt 160% chỉ tiêu được giao"


def test_scaled_fraction_real_slip_is_found() -> None:
    text = corpus_harness.text_of(HAMTAN)
    assert HAMTAN_SENTENCE in text
    assert ("rate-mismatch", "160%", "5.565.000.000/3.550.000.000 = 157%") in _found(text)


def test_scaled_fraction_right_rate_is_quiet() -> None:
    text = _replaced(corpus_harness.text_of(HAMTAN), "160%", "156,8%")
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hỗ trợ 5 triệu/3 tháng, đạt 100% kế hoạch.",  # a period, not a term
        "Vận động được 5,565 tỷ/3.550 triệu đạt 160% chỉ tiêu.",  # two scales: not read
        "Mức hỗ trợ 2 triệu/hộ, đạt 100%.",  # an amount each
    ],
)
def test_scaled_fraction_near_misses_stay_quiet(text: str) -> None:
    assert _found(text) == []


@given(
    num=st.integers(min_value=1, max_value=99_999),
    den=st.integers(min_value=1, max_value=99_999),
    scale=st.sampled_from(["tỷ", "triệu"]),
)
@example(num=1, den=400, scale="tỷ")
def test_scaled_fraction_property(num: int, den: int, scale: str) -> None:
    # Terms with three decimals in one scale: the fraction read is num/den, whatever the scale.
    def written(n: int) -> str:
        return f"{n // 1000},{n % 1000:03d}"

    # Half up, as the checker and Vietnamese official practice round (the default context's
    # half-even wrote 0,25 % as "0,2%": hypothesis found num=1, den=400).
    right = quantize_fraction(num * 100, den, 1)
    wrong = right + 5
    base = f"Đã vận động được {written(num)} {scale}/{written(den)} {scale}, đạt tỷ lệ {{}}%."
    assert [c for c, _, _ in _found(base.format(str(right).replace(".", ",")))] == []
    found = _found(base.format(str(wrong).replace(".", ",")))
    assert [c for c, _, _ in found] == ["rate-mismatch"]
