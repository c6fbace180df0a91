"""Round 12, second wave (issue 9): real rate slips of the hunts read more generally (rates8).

Three shapes, each seen on at least two sites: a share in a bracket right after the whole of
*trong tổng số* ("8.167 trường ... trong tổng số 15.081 trường (chiếm tỷ lệ 55,1%)"); a part
named by its whole's noun and a few qualifying words after *trong đó* ("17.651 hồ sơ, trong đó
có 13.767 hồ sơ trước hạn, chiếm 78%"); the plan of "đạt z% kế hoạch" stated in the sentence
before or after the rate.  Real paragraphs are quoted verbatim with their address; near misses
(real text on which the checker is right to stay quiet, and the shapes next to the readings)
say where the rules stop; the properties say what holds for any figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

_RATES = frozenset({"rate-mismatch", "rate-rounding", "bound-violated"})


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.stated) for f in check_text(text) if f.code in _RATES]


def grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


def percent(part: int, whole: int, places: str = "0.01") -> Decimal:
    return (Decimal(100) * part / whole).quantize(Decimal(places), rounding=ROUND_HALF_UP)


# --- a share in a bracket after the whole of "trong tổng số" ---------------------------------

# http://nhandan.com.vn/giaoduc/item/33700602-13-466-truong-pho-thong-dat-chuan-quoc-gia.html
NHANDAN = (
    "Kết quả xây dựng trường đạt chuẩn quốc gia có chuyển biến tích cực, số lượng tăng lên, "
    "chất lượng được bảo đảm. Ðến hết năm học 2016-2017, cả nước có 13.466 trường phổ thông đạt "
    "chuẩn quốc gia.\nTrong đó, cấp tiểu học có 8.167 trường chuẩn quốc gia trong tổng số 15.081 "
    "trường (chiếm tỷ lệ 55,1%); cấp THCS có 4.573 trường chuẩn quốc gia trong tổng số 10.928 "
    "trường (chiếm tỷ lệ 41,85%); cấp THPT có 726 trong tổng số 2.813 trường (chiếm tỷ lệ "
    "28,51%)."
)
# (laodongthudo.vn, 2017, the same figures rounded; its first count is a bound: "gần 4.600")
LAODONGTHUDO = (
    "Cấp THCS có gần 4.600 trường được công nhận đạt chuẩn quốc gia trong tổng số gần 11 nghìn "
    "trường THCS hiện có (42%), tăng 5% so với cùng kỳ năm học trước. Ở cấp THPT, cả nước có 726 "
    "trường đạt chuẩn trong tổng số 2.800 trường THPT (28,5%), tăng 6,5%."
)


def test_bracketed_share_after_the_whole_real_slips() -> None:
    # 8.167/15.081 = 54,15 %, 726/2.813 = 25,81 %: the ministry's two slips; 41,85 % holds
    assert rates(NHANDAN) == [("rate-mismatch", "55,1%"), ("rate-mismatch", "28,51%")]
    # 726/2.800 = 25,9 %, not 28,5 %; the bound "gần 4.600 ... gần 11 nghìn (42%)" stays quiet
    assert rates(LAODONGTHUDO) == [("rate-mismatch", "28,5%")]


def test_bracketed_share_one_figure_slip_in_the_held_rate() -> None:
    assert rates(NHANDAN.replace("41,85%", "48,15%")) == [
        ("rate-mismatch", "55,1%"),
        ("rate-mismatch", "48,15%"),
        ("rate-mismatch", "28,51%"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a word of change in the bracket: a change, not the share
        "Cả nước có 726 trường đạt chuẩn trong tổng số 2.800 trường THPT (tăng 28,5%).",
        # the bracket goes on after the rate: another base may be named
        "Cả nước có 726 trường đạt chuẩn trong tổng số 2.800 trường THPT (28,5% so với năm "
        "học trước).",
        # a count without its noun far from the whole
        "Cấp THPT có 726 đã đạt chuẩn trong tổng số 2.800 trường THPT (28,5%).",
        # the part is a bound
        "Cả nước có gần 726 trường đạt chuẩn trong tổng số 2.800 trường (28,5%).",
    ],
)
def test_bracketed_share_near_misses(text: str) -> None:
    assert rates(text) == []


@given(
    whole=st.integers(min_value=20, max_value=200_000),
    data=st.data(),
)
def test_bracketed_share_property(whole: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(min_value=1, max_value=whole - 1))
    right = percent(part, whole)
    text = (
        f"Toàn tỉnh có {grouped(part)} trường đạt chuẩn trong tổng số {grouped(whole)} trường "
        f"(chiếm tỷ lệ {written(right)}%)."
    )
    assert rates(text) == []
    wrong = right + 3 if right < 90 else right - 3
    assert rates(text.replace(f"{written(right)}%", f"{written(wrong)}%")) == [
        ("rate-mismatch", f"{written(wrong)}%")
    ]


# --- a part of the whole's noun with qualifying words after "trong đó" ----------------------

# https://baolamdong.vn/xahoi/201911/luong-ho-so-qua-han-cap-huyen-thanh-con-nhieu-2975513/
LAMDONG = (
    "Ở cấp huyện, tổng số hồ sơ giải quyết trong tháng 10 vừa qua trên hệ thống một cửa điện tử "
    "bao gồm số liệu của xã là 21.686 hồ sơ, trong đó tiếp nhận mới 18.477 hồ sơ, số còn lại từ "
    "trước chuyển sang. Trong số này đã giải quyết được 17.651 hồ sơ, trong đó có 13.767 hồ sơ "
    "trước hạn, chiếm 78%; có 3.254 hồ sơ giải quyết đúng hạn, chiếm 18,4% và số quá hạn còn 634 "
    "hồ sơ, chiếm đến 3,6%."
)


def test_qualified_part_real_paragraph() -> None:
    assert rates(LAMDONG) == []  # every rate holds
    assert rates(LAMDONG.replace("chiếm 78%", "chiếm 76%")) == [("rate-mismatch", "76%")]


@pytest.mark.parametrize(
    "text",
    [
        # the part's words make a listed noun of their own: members are no associations
        "Huyện có 43 hội, trong đó 20 hội viên mới, chiếm 46%.",
        # another period named with the part: its rate is of another whole
        "Huyện đã giải quyết 17.651 hồ sơ, trong đó có 13.767 hồ sơ kỳ trước, chiếm 76%.",
        # a change between the part and the rate
        "Huyện đã giải quyết 17.651 hồ sơ, trong đó có 13.767 hồ sơ trực tuyến, tăng 76%.",
    ],
)
def test_qualified_part_near_misses(text: str) -> None:
    assert rates(text) == []


@given(
    whole=st.integers(min_value=20, max_value=500_000),
    qualifier=st.sampled_from(["trực tuyến", "trước hạn", "đúng hạn", "mới", "quá hạn"]),
    data=st.data(),
)
def test_qualified_part_property(whole: int, qualifier: str, data: st.DataObject) -> None:
    part = data.draw(st.integers(min_value=1, max_value=whole - 1))
    right = percent(part, whole, "0.1")
    text = (
        f"Huyện đã giải quyết {grouped(whole)} hồ sơ, trong đó có {grouped(part)} hồ sơ "
        f"{qualifier}, chiếm {written(right)}%."
    )
    assert rates(text) == []
    wrong = right + 5 if right < 90 else right - 5
    assert rates(text.replace(f"{written(right)}%", f"{written(wrong)}%")) == [
        ("rate-mismatch", f"{written(wrong)}%")
    ]


# --- the plan of "đạt z% kế hoạch" in the sentence before or after --------------------------

# https://tapchitaichinh.vn/tag/hon-quan
HONQUAN = (
    "Tổng kế hoạch vốn điều chỉnh giao năm 2021 cho huyện Hớn Quản (Tỉnh Bình Phước) là 357,792 "
    "tỷ đồng. Kết quả giải ngân vốn đầu tư công đến ngày 24/11/2021 là 203,592 tỷ đồng, đạt 57% "
    "kế hoạch năm, chưa đáp ứng yêu cầu chỉ đạo của UBND tỉnh Bình Phước, Huyện ủy và UBND huyện "
    "Hớn Quản…"
)
# https://kinhtemoitruong.vn/tong-so-von-122611.tag
THANHHOA = (
    "Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng nguồn kế hoạch đầu tư công do tỉnh Thanh Hóa "
    "quản lý năm 2024 đã được phê duyệt là 12.836,445 tỉ đồng. Đến ngày 19/5, tổng số vốn đã "
    "được giải ngân là 4.093,002 tỉ đồng, bằng 31,9% kế hoạch."
)
# https://thuonghieucongluan.com.vn/giai-ngan-von-dau-tu-cong-moi-dat-hon-20-a226630.html
NO_PLAN_WRITTEN = (
    "Đến hết ngày 31/5, tổng số vốn giải ngân của 9 dự án quan trọng quốc gia ngành giao thông "
    "vận tải là 21.920 tỷ đồng, đạt tỷ lệ 23% kế hoạch năm 2024 được giao."
)


def test_plan_in_the_sentence_before_real_paragraphs() -> None:
    assert rates(HONQUAN) == []  # 203,592/357,792 = 56,9 %
    assert rates(THANHHOA) == []  # 4.093,002/12.836,445 = 31,89 %
    assert rates(HONQUAN.replace("đạt 57%", "đạt 51%")) == [("rate-mismatch", "51%")]
    assert rates(THANHHOA.replace("31,9%", "31,0%")) == [("rate-mismatch", "31,0%")]


def test_plan_in_the_sentence_after() -> None:
    text = (
        "Ban chỉ đạo thu nhận 596 đơn vị máu, đạt 51% kế hoạch cả năm. Năm nay, huyện dự kiến "
        "tổ chức 3 đợt hiến máu tình nguyện với chỉ tiêu 1.100 đơn vị máu."
    )
    assert rates(text) == [("rate-mismatch", "51%")]  # 596/1.100 = 54,2 %


@pytest.mark.parametrize(
    "text",
    [
        NO_PLAN_WRITTEN,  # no plan stated at all
        # a part of the plan named after the rate ("kế hoạch vốn tỉnh"): another base
        HONQUAN.replace("kế hoạch năm,", "kế hoạch vốn tỉnh,").replace("đạt 57%", "đạt 51%"),
        # two counts of the noun in the plan's sentence: which is the plan cannot be told
        "Tổng kế hoạch vốn năm 2021 là 357,792 tỷ đồng, trong đó vốn tỉnh 200 tỷ đồng. Đến nay "
        "giải ngân 203,592 tỷ đồng, đạt 51% kế hoạch năm.",
        # the plan of another period: "kế hoạch năm" against a plan whose sentence names none
        "Kế hoạch vốn quý I là 357,792 tỷ đồng. Đến nay giải ngân 203,592 tỷ đồng, đạt 51% kế "
        "hoạch năm.",
        # a change between the plan word and the figure: not the plan
        "Kế hoạch vốn năm 2021 tăng 357,792 tỷ đồng. Đến nay giải ngân 203,592 tỷ đồng, đạt 51% "
        "kế hoạch năm.",
        # another count of the noun in the rate's own sentence
        "Kế hoạch vốn năm 2021 là 357,792 tỷ đồng. Đến nay giải ngân 203,592 tỷ đồng, trong đó "
        "vốn tỉnh 100 tỷ đồng, đạt 51% kế hoạch năm.",
    ],
)
def test_plan_next_door_near_misses(text: str) -> None:
    assert rates(text) == []


@given(
    plan=st.integers(min_value=100, max_value=900_000),
    data=st.data(),
)
def test_plan_next_door_property(plan: int, data: st.DataObject) -> None:
    done = data.draw(st.integers(min_value=plan // 2 + 1, max_value=plan * 2 - 1))
    right = percent(done, plan, "1")
    text = (
        f"Kế hoạch năm nay là {grouped(plan)} đơn vị máu. Đến nay đã thu nhận {grouped(done)} "
        f"đơn vị máu, đạt {right}% kế hoạch năm."
    )
    assert rates(text) == []
    wrong = right + 4
    assert rates(text.replace(f"{right}%", f"{wrong}%")) == [("rate-mismatch", f"{wrong}%")]
