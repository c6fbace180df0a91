"""Round 24 (helper fix24t): shapes of totals the round's hunts (p45_hunt78-82) found missed.

Each reading is tested on its real paragraphs (read by id, the page's address in a comment),
on minimal sentences, and on the near misses where the checker must stay quiet:

* a list whose separators change on the way (commas, then a ``;`` before the last item), and
  a last ``;``-item of two parts whose second is the rest (*các loại thủy sản khác*):
  :func:`hoiquanchung.checker._totals._mixed_separators`;
* parts counted in an abbreviation with words after it (*174 HTX phi nông nghiệp*):
  :func:`hoiquanchung.checker._totals._abbreviated`;
* a bracket opened by *cụ thể (* and a list after *cụ thể:* (rule 2 and rule 2b);
* a bracketed aside between a total and its *gồm:* (rule 2b);
* *trong số đó* read like *trong đó* (rule 2b).
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _totals(text: str) -> list[tuple[str, str]]:
    return [
        (f.stated or "", f.computed or "")
        for f in check_text(text)
        if f.code in ("total-mismatch", "parts-exceed-total")
    ]


# http://baolamdong.vn/kinhte/201708/duc-trong-thu-ngan-sach-7-thang-dau-nam-tang-68-so-voi-cung-ky-2016-2832599/
DUC_TRONG = "h80-baolamdong-duc-trong-thu-ngan-sach-7-thang-2017"
# https://baokhanhhoa.vn/kinh-te/202105/san-luong-thuy-san-dat-hon-43117-tan-8215657/
KHANH_HOA = "h79-baokhanhhoa-thuy-san-4-thang-2021"
# https://bacson.langson.gov.vn/tin-tuc-su-kien/bac-son-41-htx-nong-nghiep-hoat-dong-co-hieu-qua2.html
BAC_SON = "h73-bacson-htx-nong-nghiep-2024"
# http://baovinhphuc.com.vn/kinh-te/51058/thanh-lap-moi-11-htx.html
VINH_PHUC = "f24t-baovinhphuc-11-htx-2018"
# http://baolamdong.vn/kinhte/202111/10-thang-toan-tinh-co-991-doanh-nghiep-thanh-lap-moi-3090750/
LAM_DONG_HTX = "h80-baolamdong-doanh-nghiep-htx-10-thang-2021"
# https://tinhuyquangtri.vn/-trao-830-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan
QUANG_TRI = "tinhuyquangtri-830suat-hocbong"


# 1. Separators that change within one list.


def test_a_closed_list_whose_last_item_follows_a_semicolon_is_one_list() -> None:
    # "197,7 tỷ đồng, ..., gồm: thu thuế và phí 123,7 tỷ đồng, ..., thu tiền cấp đất ... 60,5
    # tỷ đồng, ...; thu bằng biện pháp tài chính 8,4 tỷ đồng": 192,6 tỷ, a real slip.
    assert ("197,7 tỷ đồng", "192.600.000.000 đồng") in _totals(corpus(DUC_TRONG))


def test_a_list_closed_by_the_rest_after_a_semicolon_is_whole() -> None:
    # "2.066ha, ..., trong đó ... tôm nước lợ được 1.113ha, ...; cá được 305,5ha, ... và các
    # loại thủy sản khác 636ha": the rest closes the list, 2.054,5 ha, a real slip.
    assert ("2.066ha", "2.054,5 ha") in _totals(corpus(KHANH_HOA))
    assert ("2.066ha", "2.054,5 ha") not in _totals(corpus(KHANH_HOA, "2.066ha", "2.054,5ha"))


def test_mixed_separators_in_minimal_sentences() -> None:
    text = (
        "Thu ngân sách 197,7 tỷ đồng, gồm: thu thuế và phí 123,7 tỷ đồng, thu tiền cấp đất"
        " 60,5 tỷ đồng; thu bằng biện pháp tài chính 8,4 tỷ đồng."
    )
    assert _totals(text) == [("197,7 tỷ đồng", "192.600.000.000 đồng")]
    assert _totals(text.replace("197,7", "192,6")) == []
    # A mutated part of a real list with ";" and "," mixed (Bắc Sơn, 2024).
    assert _totals(corpus(BAC_SON)) == []
    assert _totals(corpus(BAC_SON, "29 HTX tổng hợp", "49 HTX tổng hợp")) != []


def test_several_breakdowns_of_one_total_keep_their_items() -> None:
    # A run of ";"-items that makes the total exactly is a breakdown of its own: the items
    # after it (a second dimension) are no more parts of the same list.
    assert (
        _totals(
            "Đại hội có 160 đại biểu, gồm 21 đại biểu đương nhiên; 139 đại biểu bầu; 60 đại biểu"
            " nam và 100 đại biểu nữ."
        )
        == []
    )
    assert (
        _totals(
            "Đại hội có 160 đại biểu, gồm 21 đại biểu đương nhiên, 139 đại biểu bầu;"
            " 30 đại biểu nữ."
        )
        == []
    )


# 2. An abbreviation as the counted noun, a modifier after it.


def test_parts_in_an_abbreviation_with_a_modifier_count_the_total() -> None:
    text = "Tỉnh hiện có 456 HTX; trong đó, 357 HTX nông nghiệp, 174 HTX phi nông nghiệp."
    assert _totals(text) == [("456 HTX", "531 htx")]
    assert _totals(text.replace("174", "99")) == []
    defined = text.replace("456 HTX;", "456 hợp tác xã (HTX);")
    assert _totals(defined) == [("456 hợp tác xã", "531 hợp tác xã")]


def test_real_cooperatives_by_kind() -> None:
    # "11 HTX được thành lập mới, trong đó có 8 HTX nông nghiệp, 1 HTX giao thông vận tải và
    # 2 HTX kinh doanh tổng hợp" holds; a part changed does not.
    assert _totals(corpus(VINH_PHUC)) == []
    assert _totals(corpus(VINH_PHUC, "1 HTX giao thông", "4 HTX giao thông")) == [
        ("11 HTX", "14 htx")
    ]
    # "456 hợp tác xã (HTX); trong đó, 357 HTX nông nghiệp, 74 HTX phi nông nghiệp và 25 quỹ
    # tín dụng nhân dân": parts above the total.
    assert _totals(corpus(LAM_DONG_HTX)) == []
    assert _totals(corpus(LAM_DONG_HTX, "456 hợp tác xã", "256 hợp tác xã")) != []


def test_an_abbreviation_counted_once_is_left_alone() -> None:
    assert _totals("Có 20 ĐV, trong đó 12 ĐV nữ, 15 ĐV dân tộc thiểu số.") == []


# 3. "cụ thể (" and "cụ thể:".


def test_a_bracket_opened_by_cu_the_lists_every_part() -> None:
    text = (
        "Tổng số 37 người được giới thiệu ứng cử, cụ thể (Ủy ban 02 người; HĐND 01 người;"
        " Đoàn thể 03 người; Đại diện 09 thôn 06 người)."
    )
    assert _totals(text) == [("37 người", "12 người")]
    assert _totals(text.replace("37 người", "12 người")) == []
    assert _totals(text.replace("cụ thể (", "cụ thể như (")) == []
    assert _totals(text.replace(", cụ thể (", " (")) == []


def test_a_list_after_cu_the_colon_is_whole() -> None:
    text = (
        "Hội thi có 31 giải pháp dự thi, cụ thể: Công nghệ thông tin: 1 giải pháp; Cơ khí: 1"
        " giải pháp; Y dược: 5 giải pháp."
    )
    assert _totals(text) == [("31 giải pháp dự", "7 giải pháp dự")]
    assert _totals(text.replace("31", "7")) == []
    assert _totals(text.replace("cụ thể:", "cụ thể như:")) == []


def test_cu_the_after_another_subject_is_not_the_totals_list() -> None:
    # "tiền mừng tuổi ... là 50.000 đồng/em và định mức học bổng, cụ thể: học sinh Tiểu học
    # và THCS: 600.000 đồng/em; ...": the levels of the scholarship, not of the 50.000 each.
    assert _totals(corpus(QUANG_TRI)) == []


# 4. A bracketed aside between the total and "gồm:".


def test_an_aside_in_brackets_before_gom_leaves_the_total_before_it() -> None:
    text = (
        "Toàn Đảng bộ có 34 TCCS đảng (giảm 1 đảng bộ, do sáp nhập) gồm: 12 đảng bộ cơ sở và"
        " 24 chi bộ cơ sở."
    )
    assert _totals(text) == [("34 TCCS đảng", "36 tccs đảng")]
    assert _totals(text.replace("34 TCCS", "36 TCCS")) == []
    # A bracket that holds a part, not an aside: no total before it is read through it.
    assert _totals(text.replace("(giảm 1 đảng bộ, do sáp nhập)", "(12 đảng bộ)")) == []


# 7. "trong số đó".


def test_trong_so_do_reads_like_trong_do() -> None:
    text = (
        "Có 85.500 DN rời khỏi thị trường, trong số đó 43.200 DN tạm ngừng, 50.100 DN chờ giải"
        " thể và 12.200 DN giải thể."
    )
    assert _totals(text) == [("85.500 DN rời khỏi", "105.500 dn rời khỏi")]
    assert _totals(text.replace("50.100", "30.100")) == []
    assert _totals("Trong số đó có 20 hội viên nữ, 30 hội viên nam.") == []
