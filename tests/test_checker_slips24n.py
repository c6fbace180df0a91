"""Round 24 (helper slips24n): totals whose parts come in the next sentences.

Two readings, with the near misses where the checker must stay quiet:

* parts after *Trong đó* / *Cụ thể* that each carry their own share or change ("..., tăng 3,9%",
  "(chiếm 1,2%)"): the opener's one-sentence list of :mod:`~hoiquanchung.checker._continued_totals`
  reads them (the share or change masked), unless an item restates another ("thu nội địa không
  kể tiền sử dụng đất");
* parts in the sentences after a total that each give their share, the shares making 100 %
  (:mod:`~hoiquanchung.checker._share_parts`), with or without a marker.
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _totals(text: str) -> list[tuple[str, str]]:
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


# https://nongnghiephuuco.vn/hung-yen-chuyen-dich-manh-me-tu-duy-san-xuat-nong-nghiep-cong-nghe-cao-san-xuat-huu-co-11492.html
HUNG_YEN_AGRI = "h62-nongnghiephuuco-hung-yen-tong-ket-2025"


def test_parts_with_their_growth_that_exceed_the_total_are_a_real_slip() -> None:
    # "Tổng giá trị sản xuất toàn ngành năm 2025 ước đạt 44.918 tỷ đồng, tăng 4,1% ... Trong đó,
    # lĩnh vực trồng trọt đóng góp 28.689 tỷ đồng với mức tăng trưởng 4,4%; chăn nuôi đạt 18.387
    # tỷ đồng, tăng 3,9%; và thủy sản đạt 7.893,7 tỷ đồng, tăng 3,3%": 54.969,7 tỷ, a slip.
    assert _totals(corpus(HUNG_YEN_AGRI)) == [("44.918 tỷ đồng", "54.969.700.000.000 đồng")]


# https://thoibaotaichinhvietnam.vn/hung-yen-thu-ngan-sach-10-thang-dat-13304-ke-hoach-nam-187087.html
HUNG_YEN_BUDGET = "h55-thoibaotaichinh-hung-yen-thu-ngan-sach-10-thang-2025"


def test_revenue_by_source_with_its_growth_holds_and_a_part_changed_is_found() -> None:
    # "... đạt 73.712 tỷ đồng, ... Trong đó, thu nội địa 68.576 tỷ đồng, tăng 73,66%; thuế xuất
    # nhập khẩu 5.136 tỷ đồng, tăng 14,01%."
    assert _totals(corpus(HUNG_YEN_BUDGET)) == []
    assert _totals(corpus(HUNG_YEN_BUDGET, "5.136", "5.139")) == [
        ("73.712 tỷ đồng", "73.715.000.000.000 đồng")
    ]


# https://thuanthanh.bacninh.gov.vn/web/so-tai-chinh/trang-chu?p_p_id=newsbycategory_WAR_bacninhportlet&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_newsbycategory_WAR_bacninhportlet_cateId=31854916&p_p_auth=arnkTYv7
def test_an_item_that_restates_another_is_no_partition() -> None:
    # "Trong đó: Thu nội địa 20.107 tỷ đồng, đạt 84,41% dự toán ...; thu nội địa không kể tiền sử
    # dụng đất, thu xổ xố kiến thiết 19.836 tỷ đồng, ...": the second is part of the first.
    assert _totals(corpus("thuanthanh-thungansach-11-2023")) == []


# http://plo.vn/xa-hoi/giao-duc/tuyen-sinh-dh-cd-2012-nhieu-nganh-thieu-thi-sinh-55580.html
PLO_2012 = "s24nh-plo-hoso-dh-cd-2012"


def test_parts_whose_shares_make_the_whole_in_the_next_sentences() -> None:
    # "... có 1.812.592 hồ sơ ... Lượng hồ sơ vào ĐH là 1.358.381, chiếm 75%, ... Còn hồ sơ dự
    # thi vào CĐ là 454.211, chiếm 25% ...": no marker; bare parts of the noun named before.
    assert _totals(corpus(PLO_2012)) == []
    assert _totals(corpus(PLO_2012, "454.211", "464.211")) == [
        ("1.812.592 hồ sơ", "1.822.592 hồ sơ")
    ]


# http://cuchi.hochiminhcity.gov.vn/tin_tuc_su_kien/default.aspx?ItemID=3015&Mode=1&Source=%2Ftin_tuc_su_kien
def test_grades_with_shares_break_down_the_numerator_before() -> None:
    # "... có 50/52 cơ sở Đảng ... được đánh giá ... Kết quả, có 14 cơ sở Đảng ... (chiếm tỷ lệ
    # 28%, so với năm 2016 tăng 4,48%), 33 cơ sở Đảng ... (chiếm 66%, ...), ... 2 cơ sở Đảng
    # (chiếm 4%), 1 cơ sở Đảng yếu kém (chiếm 2%)".
    text = corpus("cuchi-danhgia-2017")
    assert _totals(text) == []
    changed = text.replace("33 cơ sở Đảng hoàn", "35 cơ sở Đảng hoàn")
    assert ("50", "52 cơ sở") in _totals(changed)


# https://ttthlak.gov.vn/tin-tuc/co-quan-dang-doan-the-tong-ket-cong-tac-xay-dung-dang-2019
def test_shares_of_another_whole_than_the_figure_before_say_nothing() -> None:
    # "... kết nạp 01 đảng viên, ... lên 73 đồng chí. ... 15 đảng viên, chiếm tỷ lệ 21%; ... 55
    # đảng viên chiếm tỉ lệ 76,3 %; 02 đảng viên ... 2,7%": the shares are of the members
    # assessed, not of the one admitted.
    assert _totals(corpus("lak-dangdoanthe-2019")) == []


# https://baodantoc.vn/du-kien-co-500-dai-bieu-quoc-hoi-khoa-xv-1614564191646.htm
def test_shares_that_fit_no_figure_before_say_nothing() -> None:
    # "Tiếp theo là Hà Nội, với 29 đại biểu. Thành phần đại biểu ... Trung ương là 207 đại biểu
    # (41,4%) và ... địa phương là 293 đại biểu (58,6%)": 207 + 293 = 500, not Hà Nội's 29.
    assert _totals(corpus("tw-qh15-500-seats-by-province")) == []


# http://baolamdong.vn/kinhte/201802/du-no-tin-dung-chinh-sach-gan-97-ngan-ho-2880252/
def test_some_programmes_after_trong_do_are_no_whole() -> None:
    # Five loan programmes after "Trong đó" make 530.809 of the 758.489 triệu lent.
    assert _totals(corpus("s24nh-baolamdong-nhcsxh-doanhso-2017")) == []
