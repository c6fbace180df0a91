"""Rules fractions, rate-bases, shares and malformed, round 8 (helper rates2).

* a share's written base must be able to be its whole: "7.675 hộ ..., chiếm 70% so với tổng số
  hộ đăng ký, trong đó 169 hộ ..." names the whole in words and leaves its figure out; 169 is a
  part of the 7.675 (after its *trong đó*) and smaller than it;
* shares whose own counts imply a whole larger than the counts' sum are no partition;
* a count's own change between it and its rate ("262 tổ, tăng 131 tổ so với năm 2023, tỷ lệ
  10,34%"), and a change is never a base;
* shares written *khoảng* and age bands between two ages ("45-55 tuổi");
* "tăng.032 triệu": a number that lost the digits before its thousands dot.

Real text from the corpus (tests/corpus/pending/p24_unseen_4_pending.toml, addresses below),
near-misses that must stay quiet, and hypothesis properties.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._shares import _age_chain

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def codes(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.stated) for f in check_text(text)]


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(c, s) for c, s in codes(text) if c in _RATES]


# --------------------------------------------------------------------------- a base named in words
# https://baothaibinh.com.vn/tin-tuc/4/17822/bieu-duong-nong-dan-dien-hinh-tien-tien-giai-doan-2010-2013
_THAIBINH = (
    "Riêng năm 2012, Thành phố có 7.675 hộ đạt danh hiệu sản xuất, kinh doanh giỏi, chiếm 70% "
    "so với tổng số hộ đăng ký, trong đó 169 hộ giỏi cấp tỉnh, 936 hộ giỏi cấp Thành phố và "
    "6.570 hộ giỏi cấp cơ sở."
)


def test_real_base_named_in_words_is_quiet() -> None:
    assert rates(_THAIBINH) == []


def test_base_named_then_parts_by_gom_is_quiet() -> None:
    text = _THAIBINH.replace("trong đó", "gồm")
    assert rates(text) == []


def test_written_base_smaller_than_count_is_quiet() -> None:
    assert rates("Có 7.675 hộ giỏi, chiếm 70% so với tổng số 169 hộ.") == []


def test_written_base_still_judged() -> None:
    # The shape itself still works: "x ... chiếm z% trong tổng số y".
    assert rates("Có 45 hội viên nữ, chiếm 60% trong tổng số 50 hội viên.") == [
        ("rate-mismatch", "60%")
    ]
    assert rates("Có 30 hội viên nữ, chiếm 60% trong tổng số 50 hội viên.") == []


def test_real_share_of_written_total_still_found() -> None:
    # http://xanhx.vn/viet-nam-ewec/trung-quoc-ty-le-nu-trong-bch-trung-uong-xx-tang-20515.html
    # (the 11 women moved into the sentence, the share changed: 11/205 = 5,37 %)
    text = "Như vậy, 11 ủy viên nữ chiếm 7,36% trong tổng số 205 ủy viên chính thức."
    assert rates(text) == [("rate-mismatch", "7,36%")]


# --------------------------------------------------------------------- shares of a larger whole
def test_shares_of_larger_whole_are_quiet() -> None:
    text = "Cán bộ nam 45 người, chiếm 4,5%; nữ 55 người, chiếm 5,5%."
    assert [c for c, _ in codes(text) if c == "share-sum-mismatch"] == []


def test_shares_of_their_own_sum_still_judged() -> None:
    # 45 + 55 = 100: the counts make the whole, so 45 % + 35 % is wrong.
    text = "Cán bộ nam 45 người, chiếm 45%; nữ 55 người, chiếm 35%."
    assert [c for c, _ in codes(text) if c == "share-sum-mismatch"] == ["share-sum-mismatch"]


@given(
    men=st.integers(1, 400),
    women=st.integers(1, 400),
    extra=st.integers(1, 5000),
)
def test_shares_of_a_larger_whole_never_fire(men: int, women: int, extra: int) -> None:
    # A whole more than twice the parts: each count, at its share's rounding, implies a whole
    # above the counts' sum (a whole barely larger may not be told from a miswritten share).
    whole = 2 * (men + women) + extra
    share = [
        (Decimal(100 * n) / whole).quantize(Decimal("0.1"), ROUND_HALF_UP) for n in (men, women)
    ]
    if min(share) == 0:
        return
    text = (
        f"Cán bộ nam {men} người, chiếm {str(share[0]).replace('.', ',')}%; "
        f"nữ {women} người, chiếm {str(share[1]).replace('.', ',')}%."
    )
    assert "share-sum-mismatch" not in [c for c, _ in codes(text)]


# ------------------------------------------------------------------ a count's change in between
# https://etime.danviet.vn/nhcsxh-tinh-khanh-hoa-du-no-uy-thac-dat-tren-4295-ty-dong-20240417090644776.htm
_KHANHHOA = (
    "Toàn tỉnh có 2.535 tổ, giảm 1 tổ so với năm 2023. Trong đó, xếp loại tốt 2.179 tổ, giảm "
    "177 tổ so với 2023, tỷ lệ 88,96%; Tổ khá 262 tổ, tăng 131 tổ so với năm 2023, tỷ lệ "
    "{}% và tổ trung bình 86 tổ tăng 37 tổ so với năm 2023, tỷ lệ 3,39%, 8 tổ xếp loại yếu, "
    "tăng 8 tổ so với đầu năm, tỷ lệ 3,16%.\n"
    "Đến 31/3/2024, tổng số dư tiền gửi qua tổ TK&VV đạt trên 248.889 triệu đồng, tăng 24.136 "
    "triệu đồng, trong đó Hội nông dân 85.563 triệu đồng, tăng 7.463 triệu đồng, Hội LHPN "
    "122.056 triệu đồng, tăng 12.065 triệu đồng, Hội CCB 23.054 triệu đồng, tăng 2.575 triệu "
    "đồng, ĐTN 18.216 triệu đồng, tăng.032 triệu đồng."
)


def test_real_slips_of_khanhhoa_found() -> None:
    found = codes(_KHANHHOA.format("10,34"))
    assert ("rate-mismatch", "88,96%") in found  # 2.179 / 2.535 = 85,96 %
    assert ("rate-mismatch", "3,16%") in found  # 8 / 2.535 = 0,32 %
    assert ("share-sum-mismatch", "88,96% + 10,34% + 3,39% + 3,16%") in found  # 105,85 %
    assert ("malformed-number", ".032") in found
    assert ("rate-mismatch", "10,34%") not in found
    assert ("rate-mismatch", "3,39%") not in found


def test_khanhhoa_rate_moved_is_found() -> None:
    assert ("rate-mismatch", "10,30%") in codes(_KHANHHOA.format("10,30"))


def test_one_rate_after_a_change_stays_quiet() -> None:
    # One rate: whose it is (the count's, the change's) is not confirmed by any other.
    text = "Toàn tỉnh có 200 tổ. Trong đó tổ tốt 150 tổ, tăng 30 tổ so với năm 2023, tỷ lệ 20%."
    assert rates(text) == []


def test_change_in_percent_keeps_shares_quiet() -> None:
    # "tăng 5%" is a change in percent, not a count's change: the shares have another base.
    text = (
        "Trong đó, xếp loại tốt 80 chi hội, tăng 5%, tỷ lệ 80%; khá 15 chi hội, tỷ lệ 15%; "
        "trung bình 3 chi hội, tỷ lệ 3%; yếu 1 chi hội, tỷ lệ 1%."
    )
    assert "share-sum-mismatch" not in [c for c, _ in codes(text)]


def test_lost_digits_near_misses_are_quiet() -> None:
    assert codes("Theo văn bản số.032 ngày 5 tháng 3.") == []
    assert codes("Tại TP.HCM có 1.234 hội viên.") == []
    assert ("malformed-number", ".500") in codes("Số hộ nghèo giảm.500 hộ so với năm trước.")


# ------------------------------------------------------------------------- age bands, khoảng
# https://baobackan.com.vn/dong-chi-cao-minh-hai-duoc-bau-vao-ban-chap-hanh-trung-uong-hoi-nong-dan-viet-nam-nhiem-ky-2023-2028-post59356.html
_AGES = (
    "Về cơ cấu độ tuổi, có tỷ lệ hợp lý giữa 3 độ tuổi để bảo đảm tính kế thừa, liên tục và "
    "phát triển, theo đó tỷ lệ dưới 45 tuổi khoảng {}%, 45-55 tuổi khoảng {}% và trên 55 tuổi "
    "khoảng {}%."
)


def test_real_age_bands_quiet() -> None:
    assert codes(_AGES.format(15, 50, 35)) == []


def test_age_bands_moved_found() -> None:
    for a, b, c in ((18, 50, 35), (15, 56, 35), (15, 50, 38), (15, 50, 30)):
        assert [x for x, _ in codes(_AGES.format(a, b, c))] == ["share-sum-mismatch"]


def test_age_bands_with_a_gap_below_100_quiet() -> None:
    text = _AGES.replace("45-55", "46-50").format(15, 50, 30)
    assert codes(text) == []


@given(
    start=st.integers(18, 40),
    widths=st.lists(st.integers(1, 15), min_size=1, max_size=4),
    inclusive=st.booleans(),
)
def test_age_chain_property(start: int, widths: list[int], inclusive: bool) -> None:
    values = {f"<{start}"}
    edge = start
    for k, w in enumerate(widths):
        lo = edge if k == 0 else edge + 1
        values.add(f"{lo}-{lo + w}")
        edge = lo + w
    top = f">={edge + 1}" if inclusive else f">{edge}"
    assert _age_chain({*values, top})
    # The same chain with a gap before the oldest group is no whole.
    gap = f">={edge + 2}" if inclusive else f">{edge + 1}"
    assert not _age_chain({*values, gap})


# ----------------------------------------------------- real rates of women of different bases
# http://phunu.cantho.gov.vn/article/Thanh-pho-Can-Tho--727-nu-trung-cu-dai-bieu-HDND-cac-cap-nhiem-ky-2016-2021/707.htm
_CANTHO = (
    "(CT)- Theo Hội Liên hiệp Phụ nữ (LHPN) TP Cần Thơ, toàn thành phố có 727 nữ trúng cử đại "
    "biểu HĐND các cấp nhiệm kỳ 2016-2021. Trong đó, có 13 nữ trúng cử đại biểu HĐND thành phố, "
    "đạt tỷ lệ 23,64%; 91 nữ trúng cử đại biểu HĐND cấp huyện, đạt tỷ lệ 29,07% và 623 chị em "
    "trúng cử đại biểu HĐND cấp xã, đạt tỷ lệ 27,40%."
)
# https://baocantho.com.vn/phu-nu-tham-chinh-a47594.html
_CANTHO_LEVELS = (
    "- Tỷ lệ nữ trong Ban Chấp hành Đảng bộ các cấp nhiệm kỳ 2015-2020:\n"
    "+ Cấp thành phố: có 8 người (15%)\n"
    "+ Cấp quận, huyện: 74 người (20,33%)"
)


def test_real_rates_of_women_by_level_quiet() -> None:
    # Each level's women against that level's seats (not written): no share of one whole, and
    # the 727 women are no base of their rates.
    assert codes(_CANTHO) == []
    assert codes(_CANTHO_LEVELS) == []


# ------------------------------------------------------- the four organisations of loans in trust
# https://etime.danviet.vn/nhcsxh-tinh-khanh-hoa-du-no-uy-thac-dat-tren-4295-ty-dong-20240417090644776.htm
_IN_TRUST = (
    "Trong đó: Hội nông dân quản lý dư nợ trên 1.526 tỷ đồng, tăng trên 27 tỷ đồng, chiếm {}% "
    "tổng dư nợ nhận ủy thác; Hội phụ nữ quản lý dư nợ trên 2.000 tỷ đồng, tăng trên 24 tỷ "
    "đồng, chiếm {}% tổng dư nợ nhận ủy thác; Hội cựu chiến binh quản lý dư nợ trên 403 tỷ "
    "đồng, tăng trên 8,2 tỷ đồng, chiếm {}% tổng dư nợ nhận ủy thác; Đoàn thanh niên quản lý "
    "dư nợ trên 320,9 tỷ đồng, tăng trên 7,7 tỷ đồng, chiếm {}% tổng dư nợ nhận ủy thác."
)


def _shares_found(text: str) -> list[str]:
    return [c for c, _ in codes(text) if c == "share-sum-mismatch"]


def test_real_loans_in_trust_quiet() -> None:
    assert codes(_IN_TRUST.format("35,5", "47,4", "9,6", "7,5")) == []


def test_loans_in_trust_moved_found() -> None:
    for shares in (("35,0", "47,4", "9,6", "7,5"), ("35,5", "57,4", "9,6", "7,5")):
        assert _shares_found(_IN_TRUST.format(*shares)) == ["share-sum-mismatch"]


def test_four_organisations_of_another_whole_quiet() -> None:
    # Not loans in trust: other bodies may hold the rest, or each share is of the
    # organisation's own members ("Hội Nông dân chiếm 80%, Hội Phụ nữ chiếm 75%").
    below = (
        "Trong đó: Hội Nông dân chiếm 30%; Hội Phụ nữ chiếm 40%; Hội Cựu chiến binh chiếm 10%; "
        "Đoàn Thanh niên chiếm 15%."
    )
    above = (
        "Tỷ lệ hội viên tham gia bảo hiểm y tế: Hội Nông dân chiếm 80%, Hội Phụ nữ chiếm 75%, "
        "Hội Cựu chiến binh chiếm 90%, Đoàn Thanh niên chiếm 60%."
    )
    assert _shares_found(below) == []
    assert _shares_found(above) == []
    # The same shares of the loans in trust: found.
    assert _shares_found(below.replace("15%", "15% tổng dư nợ ủy thác")) == ["share-sum-mismatch"]


@given(
    cuts=st.lists(st.integers(1, 997), min_size=3, max_size=3, unique=True),
    moved=st.integers(0, 3),
    delta=st.sampled_from([-30, -5, -3, 3, 5, 30]),
)
def test_loans_in_trust_property(cuts: list[int], moved: int, delta: int) -> None:
    edges = [0, *sorted(cuts), 1000]
    tenths = [b - a for a, b in pairwise(edges)]

    def written(t: int) -> str:
        return f"{t // 10},{t % 10}"

    assert _shares_found(_IN_TRUST.format(*(written(t) for t in tenths))) == []
    if tenths[moved] + delta <= 0:
        return
    tenths[moved] += delta
    assert _shares_found(_IN_TRUST.format(*(written(t) for t in tenths))) == ["share-sum-mismatch"]


# https://baodaklak.vn/kinh-te/202201/du-no-cho-vay-uy-thac-dat-hon-5616-ty-dong-f783c01/
_DAKLAK = (
    "Cụ thể, dư nợ ủy thác thông qua Hội Nông dân: hơn 1.764 tỷ đồng, chiếm tỷ trọng {}% dư nợ "
    "cho vay ủy thác, tăng hơn 112 tỷ đồng so với cuối năm 2020; Hội Phụ nữ gần 1.817 tỷ đồng, "
    "chiếm {}%, tăng 107 tỷ đồng; Hội Cựu chiến binh 1.033 tỷ đồng, chiếm {}%, tăng 75,3 tỷ "
    "đồng; Đoàn Thanh niên 986,3 tỷ đồng, chiếm {}%, tăng 80,8 tỷ đồng."
)


def test_real_slip_of_daklak_found() -> None:
    # 31,37 + 32,6 + 18,5 + 16,4 = 98,87 (of 5.616 tỷ the amounts give 31,4, 32,4, 18,4, 17,6):
    # the first organisation is named before a colon.
    assert _shares_found(_DAKLAK.format("31,37", "32,6", "18,5", "16,4")) == ["share-sum-mismatch"]
    assert _shares_found(_DAKLAK.format("31,4", "32,4", "18,4", "17,8")) == []
