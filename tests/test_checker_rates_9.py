"""Round 9 (issue 9): rates and shares of the fifth unseen batch (rates3).

Real paragraphs are quoted verbatim with their address (from
``tests/corpus/pending/p25_unseen_5_pending.toml``); near-misses are the shapes the rules must
stay quiet on; the properties say what holds for any figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


def shares(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "share-sum-mismatch"]


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


def rate_of(part: int, whole: int, places: int = 1) -> Decimal:
    exp = Decimal(1).scaleb(-places)
    return (Decimal(100) * part / whole).quantize(exp, rounding=ROUND_HALF_UP)


# --- a threshold or a band between the count and its rate ------------------------------------

# http://baovinhlong.vn/thoi-su/201810/binh-quan-moi-xa-dat-133-tieu-chi-2917088
_VINHLONG = (
    "Hiện 89 xã xây dựng nông thôn mới trong tỉnh đã tăng 3 tiêu chí so cùng kỳ năm trước. Số "
    "tiêu chí bình quân xã đạt được là 13,3 tiêu chí.\n"
    "Có 15 xã đạt dưới 10 tiêu chí, chiếm {}%, giảm 3 xã so cùng kỳ. Có 38 xã đạt 10-14 tiêu "
    "chí, chiếm {}%, tăng 2 xã so cùng kỳ. Có 26 xã đạt 15-18 tiêu chí, chiếm {}%, tăng 8 xã "
    "so cùng kỳ."
)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        pytest.param(("16,9", "42,7", "29,2"), [], id="real: each band of the 89 communes"),
        pytest.param(("16,1", "42,7", "29,2"), ["16,1%"], id="below a threshold"),
        pytest.param(("16,9", "45,7", "29,2"), ["45,7%"], id="a band 10-14"),
        pytest.param(("16,9", "42,7", "29,4"), ["29,4%"], id="a band 15-18"),
    ],
)
def test_a_threshold_after_the_count_is_skipped(
    figures: tuple[str, ...], expected: list[str]
) -> None:
    assert [s for _, s, _ in rates(_VINHLONG.format(*figures))] == expected


def test_one_rate_past_a_threshold_stays_quiet_without_confirmation() -> None:
    # Near-miss: a single band and no other rate to confirm the 89 as its base.
    text = (
        "Hiện 89 xã xây dựng nông thôn mới trong tỉnh. Có 15 xã đạt dưới 10 tiêu chí, chiếm 26,9%."
    )
    assert rates(text) == []


def test_a_threshold_of_the_same_noun_is_no_qualifier() -> None:
    # Near-miss: "trên 10 xã" is a count of the noun itself, not a threshold of another one.
    text = (
        "Toàn tỉnh có 89 xã. Có 15 xã, trên 10 xã, chiếm 36,9%; 38 xã chiếm 42,7%; 26 xã chiếm "
        "29,2%."
    )
    assert rates(text) == []


# --- committee members count persons; "đạt z%" right after a count ---------------------------

# https://www.sggp.org.vn/400-dai-bieu-du-dai-hoi-dai-bieu-mttq-viet-nam-tinh-lam-dong-lan-thu-i-post822228.html
_LAMDONG = (
    "Hiện toàn tỉnh Lâm Đồng hiệp thương cử ra 6.774 Ủy viên Ủy ban MTTQ Việt Nam cấp xã, nhiệm "
    "kỳ 2025-2030 (giảm 25,3% so với trước khi chưa thực hiện mô hình chính quyền địa phương 2 "
    "cấp nhiệm kỳ 2024-2029).\n"
    "Trong đó, ủy viên là nữ có 2.088 người, chiếm 30,82%; ủy viên là người ngoài đảng có 2.472 "
    "người, chiếm {}%; ủy viên là người dân tộc thiểu số có 1.502 người, chiếm 22,17%; ủy viên "
    "là tôn giáo có 1.567 người, chiếm 23,13%..."
)


def test_the_real_slip_of_lamdong_is_found() -> None:
    # 2.472 / 6.774 = 36,49 %: the page writes 36,8 %.
    assert rates(_LAMDONG.format("36,8")) == [("rate-mismatch", "36,8%", "2.472/6.774 = 36,5%")]
    assert rates(_LAMDONG.format("36,49")) == []


# https://baokhanhhoa.vn/kinh-te/taichinh-nganhang/202107/89-to-tiet-kiem-va-vay-von-xep-loai-tot-8222511/
_KHANHHOA = (
    "Theo báo cáo của Ngân hàng Chính sách xã hội chi nhánh Khánh Hòa, toàn tỉnh có 2.584 tổ "
    "tiết kiệm và vay vốn. Qua hoạt động đánh giá xếp loại 6 tháng đầu năm, có 2.300 tổ xếp "
    "loại tốt, đạt {}%; 195 tổ xếp loại khá (7,5 %), 81 tổ xếp loại trung bình (3,1%) và 8 tổ "
    "xếp loại yếu, chiếm {}% (trong đó, Hội Nông dân có 4 tổ, Hội Liên hiệp Phụ nữ 2 tổ, Đoàn "
    "Thanh niên 2 tổ)."
)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        pytest.param(("89", "0,3"), [], id="real"),
        pytest.param(("49", "0,3"), ["49%"], id="đạt after the count"),
        pytest.param(("89", "0,5"), ["0,5%"], id="a bracket after the rate"),
    ],
)
def test_dat_and_a_bracket_after_the_rate(figures: tuple[str, ...], expected: list[str]) -> None:
    assert [s for _, s, _ in rates(_KHANHHOA.format(*figures))] == expected


def test_dat_of_a_plan_stays_quiet() -> None:
    # Near-miss: "đạt 95%" of a count with no whole of its noun stated: a plan's rate.
    text = "Năm 2024 kết nạp 2.300 hội viên mới, đạt 95%; 195 hội viên chuyển sinh hoạt."
    assert rates(text) == []


# http://www.baodaknong.org.vn/kinh-te/hon-1-1440-to-tiet-kiem-va-vay-von-xep-loai-tot-82646.html
_DAKNONG = (
    "Đến hết tháng 9/2020, toàn tỉnh Đắk Nông có 1.559 tổ tiết kiệm và vay vốn (TK&VV), tăng 8 "
    "tổ so với đầu năm 2020. Trong đó, có 1.446 tổ TK&VV xếp loại tốt, chiếm {}%; 113 tổ TK&VV "
    "xếp loại khá, không còn tổ xếp loại trung bình và yếu kém."
)


def test_a_whole_whose_parts_open_the_next_sentence() -> None:
    assert rates(_DAKNONG.format("92,75")) == []
    assert [s for _, s, _ in rates(_DAKNONG.format("92,73"))] == ["92,73%"]


def test_a_whole_without_trong_do_stays_quiet() -> None:
    # Near-miss: the next sentence does not open the whole's parts.
    text = _DAKNONG.format("92,73").replace("Trong đó, có", "Năm nay có")
    assert rates(text) == []


# https://la34.com.vn/ben-luc-215-to-tiet-kiem-va-vay-von-thuc-hien-dat-hieu-qua-98368.html
_LONGAN = (
    "Huyện Bến Lức hiện có 215 tổ tiết kiệm và vay vốn (TK&VV) đang hoạt động hiệu quả, rộng "
    "khắp tại 100% ấp, khu phố, trực thuộc sự quản lý của 04 tổ chức chính trị - xã hội nhận ủy "
    "thác với tổng số 9.121 tổ viên.\n"
    "Bình quân mỗi Tổ có 42 thành viên, quản lý dư nợ 1.452 triệu đồng/tổ. Trong đó, Tổ xếp "
    "loại tốt là 212 tổ ({}%), loại khá 3 tổ (1,4%), không có Tổ xếp loại trung bình, yếu."
)


def test_members_of_a_group_are_no_group() -> None:
    # "9.121 tổ viên" is read as one noun: 215 is the one whole of "tổ".
    assert rates(_LONGAN.format("98,6")) == []
    assert [s for _, s, _ in rates(_LONGAN.format("68,6"))] == ["68,6%"]


# --- a written fraction whose rate names its own whole without "số" --------------------------

# https://tuyphong.binhthuan.dcs.vn/Trang-chu/post/88386/tuy-phong-day-manh-hoat-dong-cua-cac-to-chuc-hoi-quan-chung.aspx
_BINHTHUAN = (
    "Trong 05 năm qua, toàn huyện đã kết nạp được 04 đảng viên trong các hội quần chúng; tổng "
    "số đảng viên trong các hội quần chúng hiện có 136/2.860 đảng viên, chiếm {} % so với tổng "
    "đảng viên toàn Đảng bộ huyện."
)


def test_a_fraction_with_so_voi_tong_its_noun() -> None:
    assert rates(_BINHTHUAN.format("4,76")) == []
    assert rates(_BINHTHUAN.format("4,70")) == [("rate-mismatch", "4,70 %", "136/2.860 = 4,76%")]


def test_so_voi_tong_of_another_noun_stays_quiet() -> None:
    # Near-miss: the rate is of another whole (all the members, not the Party members).
    text = _BINHTHUAN.format("4,70").replace("so với tổng đảng viên", "so với tổng hội viên")
    assert rates(text) == []


# --- shares of an allocation ------------------------------------------------------------------

# http://molisa.gov.vn/Pages/tintuc/chitiet.aspx?TinTucID=212850&page=3
_THAIBINH = (
    "Số tiền này được phân bổ cho Hội khuyến học tỉnh: {}%, Hội khuyến học huyện, thành phố: "
    "{}%, Hội khuyến học xã, phường, thị trấn, trường THPT, đại học, cao đẳng, THCN: {}%. Hiện "
    "nay, tất cả các xã, phường, thị trấn ở tỉnh Thái Bình đều có hội khuyến học."
)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        pytest.param((10, 20, 70), [], id="real"),
        pytest.param((90, 20, 70), ["90% + 20% + 70%"], id="180"),
        pytest.param((10, 20, 78), ["10% + 20% + 78%"], id="108"),
        pytest.param((10, 20, 60), [], id="less than 100: a rest may be unnamed"),
    ],
)
def test_an_allocation_by_recipient(figures: tuple[int, ...], expected: list[str]) -> None:
    assert shares(_THAIBINH.format(*figures)) == expected


def test_an_allocation_with_another_base_stays_quiet() -> None:
    text = "Kinh phí được phân bổ cho cấp tỉnh: 60%, cấp huyện tăng so với năm trước: 50%."
    assert shares(text) == []


@given(st.lists(st.integers(1, 95), min_size=2, max_size=5))
@example([10, 20, 70])
def test_allocations_more_than_100_are_reported(portions: list[int]) -> None:
    names = ["tỉnh", "huyện", "xã", "trường", "chi hội"]
    items = ", ".join(f"Hội cấp {names[i]}: {p}%" for i, p in enumerate(portions))
    found = shares(f"Số tiền này được phân bổ cho {items}.")
    # Each whole percent admits ± ½: n portions may miss 100 by n/2 and still be right.
    slack = Decimal(len(portions)) / 2
    if sum(portions) - slack == 100:
        return  # on the edge of what rounding admits
    assert bool(found) == (sum(portions) - slack > 100)


@given(
    st.integers(200, 5000),
    st.lists(st.integers(1, 60), min_size=3, max_size=3),
    st.integers(0, 2),
    st.sampled_from(["-3", "+4", "+0,6"]),
)
@example(whole=286, counts=[1, 1, 23], slipped=0, delta="+4")
def test_bands_hold_or_are_reported(
    whole: int, counts: list[int], slipped: int, delta: str
) -> None:
    figures = [rate_of(c, whole) for c in counts]
    slip = figures[slipped] + Decimal(delta.replace(",", "."))
    if slip <= 0:
        return
    stated = [written(f) for f in figures]
    stated[slipped] = written(slip)
    if stated.count(stated[slipped]) > 1:
        return  # the slipped rate written as another one: which is which is not told
    others = [c for k, c in enumerate(counts) if k != slipped]
    if any(o >= counts[slipped] and rate_of(counts[slipped], o) == slip for o in others):
        return  # the slipped rate fits another count stated (1/23 is 4,3 %): perhaps its base
    text = (
        f"Hiện {whole} xã xây dựng nông thôn mới.\n"
        f"Có {counts[0]} xã đạt dưới 10 tiêu chí, chiếm {stated[0]}%. "
        f"Có {counts[1]} xã đạt 10-14 tiêu chí, chiếm {stated[1]}%. "
        f"Có {counts[2]} xã đạt 15-18 tiêu chí, chiếm {stated[2]}%."
    )
    found = [s for _, s, _ in rates(text)]
    assert found == [f"{stated[slipped]}%"]
    slipped_at, restored = f"chiếm {stated[slipped]}%", f"chiếm {written(figures[slipped])}%"
    assert rates(text.replace(slipped_at, restored, 1)) == []


# --- a whole written after its noun, the figures of its clause after it -----------------------

# https://tinhuyquangtri.vn/quang-tri-day-manh-phong-trao-hoc-tap-suot-doi-trong-gia-dinh-dong-ho-cong-dong-
_QUANGTRI = (
    "Kết quả, qua 5 năm triển khai đại trà các mô hình học tập cộng đồng đã có: Mô hình “Gia "
    "đình học tập”, tổng số gia đình 167.687, đăng ký 139.605, số gia đình được công nhận "
    "122.151, đạt tỷ lệ {}%; Mô hình “Đơn vị học tập” cấp cơ sở do chính quyền cấp xã quản lý, "
    "tổng số đơn vị 819, đăng ký 801, công nhận 712, đạt tỷ lệ {}%."
)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        pytest.param(("72,84", "86,94"), [], id="both hold"),
        pytest.param(
            ("72,84", "86,93"),
            [("rate-rounding", "86,93%")],
            id="real: truncated, a warning as everywhere in prose",
        ),
        pytest.param(("72,14", "86,94"), [("rate-mismatch", "72,14%")], id="a slip"),
        pytest.param(("87,50", "86,94"), [], id="of the registered: whose rate is unclear"),
    ],
)
def test_a_whole_named_first_in_its_clause(
    figures: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert [(c, s) for c, s, _ in rates(_QUANGTRI.format(*figures))] == expected


def test_a_clause_without_tong_so_stays_quiet() -> None:
    text = _QUANGTRI.format("72,14", "86,94").replace("tổng số gia đình", "gia đình")
    assert rates(text) == []


# http://www.baodaknong.org.vn/kinh-te/toan-tinh-co-82-76-to-tiet-kiem-va-vay-von-xep-loai-tot-52771.html
_DAKNONG_2017 = (
    "Theo Chi nhánh Ngân hàng Chính sách Xã hội (NHCSXH) tỉnh Đắk Nông, đến hết tháng 2/2017, "
    "toàn tỉnh có 1.491 tổ tiết kiệm và vay vốn (TK&VV), tăng 7 tổ so với đầu năm 2017; trong "
    "đó, có 1.234 tổ TK&VV xếp loại tốt, chiếm {}%; 222 tổ TK&VV xếp loại khá, chiếm gần 15%; "
    "23 tổ TK&VV xếp loại trung bình và 12 tổ TK&VV xếp loại yếu."
)


def test_a_whole_whose_parts_open_the_next_clause() -> None:
    assert rates(_DAKNONG_2017.format("82,76")) == []
    assert [s for _, s, _ in rates(_DAKNONG_2017.format("85,76"))] == ["85,76%"]


# http://xsdinh.com/chinhtri/202204/tren-62-hoi-cuu-chien-binh-co-so-hoan-thanh-dai-hoi-nhiem-ky-2022-2027-3109944
_DONGNAI = (
    "(ĐN)- Phó chủ tịch thường trực Hội Cựu chiến binh (CCB) tỉnh Huỳnh Công Phúc cho biết, tính "
    "đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ "
    "2022-2027 (chiếm tỷ lệ {}%)."
)


def test_a_term_in_a_long_gap_is_no_figure() -> None:
    assert rates(_DONGNAI.format("62,88")) == []
    assert rates(_DONGNAI.format("62,85")) == [("rate-mismatch", "62,85%", "144/229 = 62,88%")]


def test_another_figure_in_a_long_gap_stays_quiet() -> None:
    # Near-miss: a count, not a term, between the fraction and its rate.
    text = _DONGNAI.format("62,85").replace("nhiệm kỳ 2022-2027", "với 2.027 hội viên")
    assert rates(text) == []


# https://baovinhlong.vn/xa-hoi/202207/317-cuu-chien-binh-tham-gia-cong-tac-chinh-quyen-doan-the-3126598/
_VINHLONG_CCB = (
    "Toàn hội có 251 hội viên, trong đó có 179 đảng viên, chiếm {}%, 40 đồng chí tham gia cấp "
    "ủy, chiếm 16%; trong số này có 2 đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy, 1 đồng chí là "
    "Tỉnh ủy viên, 5 đồng chí là Bí thư, Phó Bí thư Đảng bộ, chi bộ cơ sở."
)


def test_persons_among_the_members_after_trong_do() -> None:
    # The real slip: 179 / 251 = 71,3 %, the page writes 69,3 %.
    assert rates(_VINHLONG_CCB.format("69,3")) == [("rate-mismatch", "69,3%", "179/251 = 71,3%")]
    assert rates(_VINHLONG_CCB.format("71,3")) == []


def test_another_kind_of_count_after_trong_do_stays_quiet() -> None:
    # Near-miss: associations are not members; "trong đó" counts their members, no part.
    text = "Toàn huyện có 251 hội, trong đó có 179 hội viên, chiếm 69,3%."
    assert rates(text) == []


# http://hoinhacsi.net/content/chi-hoi-soc-trang-bao-cao-hoat-dong-nhiem-ki-i-2008-2015?qt-khoi_am_nhac_phai=0
_SOCTRANG = (
    "Toàn tỉnh Sóc Trăng hiện nay có dân số chung là 1.295.064 người, trong đó dân tộc Kinh có "
    "836.513 người, chiếm 65,16%; dân tộc Khmer có 371.305 người, chiếm 28,92%; dân tộc Hoa có "
    "75.534 người, chiếm 3,88%; còn lại là các dân tộc anh em khác."
)


def test_the_items_of_one_trong_do_list_across_semicolons() -> None:
    # The real slips: the rates were computed on the three groups' sum, not the population.
    assert [(s, c) for _, s, c in rates(_SOCTRANG)] == [
        ("65,16%", "836.513/1.295.064 = 64,59%"),
        ("28,92%", "371.305/1.295.064 = 28,67%"),
        ("3,88%", "75.534/1.295.064 = 5,83%"),
    ]
    fixed = _SOCTRANG.replace("65,16", "64,59").replace("28,92", "28,67").replace("3,88", "5,83")
    assert rates(fixed) == []


def test_parts_of_a_part_after_a_semicolon_stay_quiet() -> None:
    # Near-miss: "trong số này" opens the parts of the 40, not of the 251.
    text = (
        "Toàn hội có 251 hội viên, trong đó có 40 đồng chí tham gia cấp ủy, chiếm 15,9%; trong "
        "số này có 20 đồng chí là Bí thư, chiếm 50%."
    )
    assert rates(text) == []
