"""Round 16 (issue 9): a breakdown shown complete by its own counts.

Each share written with its own count ("33 ngày (chiếm 23%)"), every share but one the part of
the counts' sum that its count is: the counts are the whole, and the shares must make 100 %.
Real sentences are quoted verbatim (their address in a comment); near misses are the shapes the
rule stays quiet on; the properties say what holds for any counts.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text


def shares(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "share-sum-mismatch"]


# https://thanhnien.vn/bo-truong-uy-quyen-cho-cap-pho-tiep-cong-dan-toi-77-185250908104932912.htm
_RECEPTION = (
    "Bộ trưởng, thủ trưởng cơ quan ngang bộ thực hiện tiếp công dân (hoặc ủy quyền) đạt 100% số "
    "ngày tiếp theo quy định với 186 lượt công dân được tiếp. Trong đó, bộ trưởng, thủ trưởng cơ "
    "quan ngang bộ trực tiếp tiếp công dân 33 ngày (chiếm {}), ủy quyền tiếp 111 ngày (chiếm {})."
)

# https://daibieunhandan.vn/ket-qua-bau-cu-dai-bieu-quoc-hoi-khoa-xv-2
_DEPUTIES = (
    "Về cơ cấu kết hợp, theo báo cáo tóm tắt, đại biểu là phụ nữ có 151 người (tỷ lệ 30,26% trong "
    "tổng số người trúng cử); đại biểu là người dân tộc thiểu số có 89 người (tỷ lệ 17,84%); đại "
    "biểu trẻ dưới 40 tuổi có 47 người (tỷ lệ 9,42%); đại biểu là người ngoài Đảng có 14 người; "
    "đại biểu Khóa XIV tái cử hoặc đã từng là đại biểu Quốc hội các Khóa trước có 203 người (tỷ lệ "
    "{}); đại biểu lần đầu tham gia Quốc hội có 296 người (tỷ lệ {} trong tổng số người trúng cử)."
)

# https://cungcau.vn/chan-dung-4-nu-bi-thu-tinh-uy-khoa-2020-2025-1745895.htm
_SECRETARIES = (
    "Theo Ban Tổ chức Trung ương, Tổng số Bí thư cấp ủy bầu được là 13 người. Trong đó, số tái cử "
    "10 (chiếm 73%); tham gia lần đầu 3 (23%); cán bộ nữ 4 (30,76%); cán bộ người dân tộc thiểu số "
    "1 (Gia Lai) (7,69%)."
)

# https://phatphapvobien.com/thong-ke-tin-do-ton-giao-nhung-con-so-biet-noi-thich-thanh-thang/10478
_RELIGIONS = (
    "Nhưng theo cuộc Tổng điều tra dân số năm 2009, thống kê của Tổng cục Thống kê, thì Phật giáo "
    "có 6.802.318 người, chiếm 43,5% trong tổng số người theo các tôn giáo; Công giáo có 5.677.086 "
    "người (36,3%), và Phật giáo Hoà Hảo có 1.433.252 người (9,2%)."
)


def test_real_counted_breakdowns_hold() -> None:
    assert shares(_RECEPTION.format("23%", "77%")) == []
    assert shares(_DEPUTIES.format("40,68%", "59,32%")) == []


def test_a_wrong_share_of_a_counted_breakdown_is_found() -> None:
    assert shares(_RECEPTION.format("23%", "72%")) == ["23% + 72%"]
    assert shares(_RECEPTION.format("28%", "77%")) == ["28% + 77%"]
    assert shares(_DEPUTIES.format("40,68%", "59,82%")) == ["40,68% + 59,82%"]


def test_a_share_within_its_rounding_is_no_finding() -> None:
    # 33/144 is 22,9 %: "22%" truncates it, 22 + 77 = 99 is within the rounding of two shares.
    assert shares(_RECEPTION.format("22%", "77%")) == []


def test_a_named_whole_is_left_to_rule_rates() -> None:
    # 10 + 3 = 13, the whole written: 73 % for 10/13 is rule rates' finding (a rate of 13), not
    # a second one here.
    assert shares(_SECRETARIES) == []


def test_counted_parts_of_a_larger_whole_are_quiet() -> None:
    # 43,5 + 36,3 + 9,2 = 89 %: three religions of many; 6.802.318 is 43,5 % of about 15,6
    # million, no share is its count's part of the three counts' sum.
    assert shares(_RELIGIONS) == []


def _percent(count: int, whole: int, places: int, rounding: str) -> str:
    value = (Decimal(count) * 100 / Decimal(whole)).quantize(
        Decimal(1).scaleb(-places), rounding=rounding
    )
    return str(value).replace(".", ",") + "%"


def _sentence(counts: list[int], written: list[str]) -> str:
    items = [
        f"nhóm {k + 1} có {c} người (chiếm {s})"
        for k, (c, s) in enumerate(zip(counts, written, strict=True))
    ]
    return "Trong đó, " + "; ".join(items) + "."


_COUNTS = st.lists(st.integers(min_value=5, max_value=5000), min_size=2, max_size=5)


@given(_COUNTS, st.integers(min_value=0, max_value=2), st.sampled_from([ROUND_HALF_UP, ROUND_DOWN]))
def test_shares_of_counts_rounded_or_truncated_are_quiet(
    counts: list[int], places: int, rounding: str
) -> None:
    whole = sum(counts)
    written = [_percent(c, whole, places, rounding) for c in counts]
    assert shares(_sentence(counts, written)) == []


@given(_COUNTS, st.data())
def test_one_share_far_from_its_count_is_found(counts: list[int], data: st.DataObject) -> None:
    whole = sum(counts)
    assume(all(c * 100 >= whole for c in counts))  # no share below 1 %
    written = [_percent(c, whole, 1, ROUND_HALF_UP) for c in counts]
    wrong = data.draw(st.integers(min_value=0, max_value=len(counts) - 1))
    share = Decimal(counts[wrong]) * 100 / Decimal(whole)
    shift = data.draw(st.sampled_from([Decimal(-5), Decimal(5), Decimal(20)]))
    assume(Decimal(1) < share + shift < Decimal(99))
    # The others pin the whole within a few per cent: a share 5 points off is no rounding.
    assume(any(Decimal(c) * 100 / Decimal(whole) >= 10 for k, c in enumerate(counts) if k != wrong))
    written[wrong] = str((share + shift).quantize(Decimal("0.1"))).replace(".", ",") + "%"
    assert len(shares(_sentence(counts, written))) == 1
