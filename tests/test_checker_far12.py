"""Rule 2f (``prize-grades``): prizes counted by grade against their total, on real paragraphs.

Each text is a real paragraph (or its sentences that hold the figures), copied verbatim from
the page named above it; a figure changed from the page's is said so.  The reading and why it
stays quiet on the near-misses: :mod:`hoiquanchung.checker._prize_grades`.
"""

from __future__ import annotations

import pytest

from hoiquanchung.checker import check_text
from hoiquanchung.checker._prize_grades import grade_of


def _totals(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.code, f.stated, f.computed)
        for f in check_text(text)
        if f.code in ("total-mismatch", "parts-exceed-total")
    ]


# far12h-baophutho-229-2026, https://baophutho.vn/phu-tho-229-hoc-sinh-dat-giai-tai-ky-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-246081.htm
PHUTHO = (
    "Ngày 19/1, Bộ GD&ĐT công bố kết quả kỳ thi học sinh giỏi Quốc gia THPT năm học 2025-2026. "
    "Tỉnh Phú Thọ có 229 học sinh đạt giải. Trong đó 11 giải Nhất; 64 giải Nhì; 65 giải Ba và "
    "89 giải Khuyến khích, tiếp tục khẳng định chất lượng mũi nhọn của giáo dục tỉnh nhà."
)
# same page, next paragraph: a school with no first prize (three grades of four)
HOANG_VAN_THU = (
    "Trường THPT Chuyên Hoàng Văn Thụ đạt 26 giải, gồm: 5 giải Nhì, 7 giải Ba và 14 giải "
    "Khuyến khích."
)


def test_the_real_paragraph_holds() -> None:
    assert _totals(PHUTHO) == []
    assert _totals(HOANG_VAN_THU) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("89 giải", "79 giải", "219 học sinh"),  # a part below: the four grades are the whole
        ("89 giải", "99 giải", "239 học sinh"),  # a part above
        ("229 học sinh", "269 học sinh", "229 học sinh"),  # the total changed
    ],
)
def test_a_changed_figure_of_the_whole_scale_is_found(old: str, new: str, computed: str) -> None:
    found = _totals(PHUTHO.replace(old, new))
    assert [(code, sum_) for code, _, sum_ in found] == [("total-mismatch", computed)]


def test_three_grades_of_four_only_may_not_exceed() -> None:
    # Thanh Thủy (below): 7 + 24 + 3 = 34 > 26 winners: found; 7 + 14 + 1 = 22 < 26: the
    # consolation prizes may be left out (the page names none), quiet
    assert _totals(NO_CONSOLATION.replace("14 giải", "24 giải")) == [("total-mismatch", "26", "34")]
    assert _totals(NO_CONSOLATION.replace("3 giải Ba", "1 giải Ba")) == []


# far12h-baoquangnam-hsgqg-2025, https://baoquangnam.vn/quang-nam-co-4-hoc-sinh-duoc-bo-gd-dt-lua-chon-tham-du-ky-thi-chon-doi-tuyen-olympic-3148014.html
QUANGNAM = (
    "Tại Kỳ thi học sinh giỏi quốc gia năm học 2024 - 2025, Quảng Nam giành được 70 giải; gồm "
    "2 giải nhất, 12 giải nhì, 28 giải ba và 28 giải khuyến khích."
)
# far12h-nhiepanh-namtrungbo-2023, https://nhiepanhdoisong.vn/cac-tac-pham-doat-giai-trong-lien-hoan-anh-nghe-thuat-khu-vuc-nam-trung-bo-va-tay-nguyen-lan-thu-28-nam-2023-10695.html
MEDALS = (
    "Qua 4 vòng chấm, Hội đồng giám khảo đã chọn ra 15 tác phẩm xuất sắc để trao giải thưởng, "
    "gồm 1 tác phẩm đạt Huy chương Vàng; 3 tác phẩm đạt Huy chương Bạc; 4 tác phẩm đạt Huy "
    "chương Đồng và 7 tác phẩm đạt Giải Khuyến khích."
)
# hocsinh-dna-2013-101hc (measured corpus), http://tienphong.vn/The-Thao/634361/Viet-Nam-nhat---------toan-doan-tpp.html
SHORT_MEDALS = (
    "Sau 6 ngày tranh tài ở 9 môn thi đấu, đoàn Việt Nam giành được 101 huy chương các loại, "
    "trong đó có 50 HCV, 27 HCB và 24 HCĐ."
)


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (QUANGNAM, "28 giải ba", "23 giải ba"),
        (MEDALS, "7 tác phẩm", "5 tác phẩm"),
        (SHORT_MEDALS, "24 HCĐ", "21 HCĐ"),
    ],
)
def test_in_the_totals_own_sentence(text: str, old: str, new: str) -> None:
    assert _totals(text) == []
    assert [code for code, _, _ in _totals(text.replace(old, new))] == ["total-mismatch"]


# far12h-bariavungtau-hsgqg-2025, https://baobariavungtau.com.vn/xa-hoi/202501/chu-tich-ubnd-tinh-gui-thu-khen-56-hoc-sinh-gioi-quoc-gia-1032985/
BARIA = (
    "Năm học 2024-2025, đội tuyển học sinh giỏi lớp 12 THPT của tỉnh dự kỳ thi chọn HS giỏi "
    "quốc gia với 99 học sinh. Kết quả, có 56/99 học sinh dự thi đoạt giải chiếm tỷ lệ 56,57%, "
    "tăng 12 giải so với năm 2024 (tăng 7,17%). Trong đó, 12 giải Nhì, 14 giải Ba và 30 giải "
    "Khuyến khích."
)


def test_a_change_is_no_total_and_the_numerator_is() -> None:
    # "tăng 12 giải" is the last count of the sentence before: a change, not the total
    assert _totals(BARIA) == []
    assert _totals(BARIA.replace("30 giải", "10 giải")) == []  # no first prize named: quiet
    # 56/99 ... "tăng 12 giải": the total of the sentence before is then no count of prizes
    # read (the change is its last count), so nothing is claimed either way
    assert _totals(BARIA.replace("30 giải", "40 giải")) == []


# Near-misses: each real, each must stay quiet as it is and when a grade's count is changed.

# far12h-baotintuc-dienhong-2023, https://baotintuc.vn/video/giai-dien-hong-lan-thu-nhat-nam-2023-nhung-tac-pham-xuat-sac-duoc-vinh-danh-v20230610062149983.htm
DIEN_HONG = (
    "Hội đồng chấm giải đã lựa chọn 67 tác phẩm xuất sắc để trao Giải Diên Hồng lần thứ nhất, "
    "cụ thể: 05 Giải A, 13 Giải B, 16 Giải C, 31 Giải Khuyến khích 02 giải ngoài cơ cấu không "
    "có Giải đặt biệt."
)
# far12h-baobackan-lichsu-2023, https://baobackan.com.vn/co-giao-nguyen-thi-thien-sinh-doat-giai-nhat-cuoc-thi-tim-hieu-ve-lich-su-truyen-thong-yeu-nuoc-cua-dan-toc-viet-nam-post58914.html
SIDE_PRIZES = (
    "Tại buổi lễ, Ban tổ chức đã trao 02 giải tập thể cho Hà Nội và Hải Dương do có nhiều tác "
    "phẩm dự thi đạt chất lượng tốt. 14 giải cá nhân, gồm: 01 giải Nhất; 02 giải Nhì; 03 giải "
    "Ba; 06 giải Khuyến khích; 02 giải phụ."
)
# far12h-thactrang-daklak-dongdu-2025, https://www.thactrang.com/tin-tuc/nhieu-hoc-sinh-truong-huyen-dat-giai-cao-hoc-sinh-gioi-quoc-gia-185638.html
SCHOOL_SHARE = (
    "Đáng chú ý trong số này là Trường THCS-THPT Đông Du (Đắk Lắk) khi có đến 9 học sinh đạt "
    "giải học sinh giỏi quốc gia.\nTrường này đóng góp 1 giải nhì, 1 giải ba và 7 giải khuyến "
    "khích trong thành tích 72 giải học sinh giỏi quốc gia của đoàn học sinh Đắk Lắk năm nay."
)
# far12h-baophutho-hsg9-2026, https://baophutho.vn/phuong-vinh-phuc-dan-dau-bang-xep-hang-tai-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-tinh-nam-hoc-2025-2026-247488.htm
NO_CONSOLATION = (
    "Xếp thứ 2 là xã Thanh Thủy với 26/26 học sinh dự thi đoạt giải, trong đó có 7 giải Nhất, "
    "14 giải Nhì, 3 giải Ba."
)
# far12h-nld-thanhhoa-86-2026, https://nld.com.vn/86-hoc-sinh-gioi-va-24-giao-vien-mot-truong-o-thanh-hoa-duoc-chu-tich-tinh-tang-bang-khen-196260130165625367.htm
BY_SUBJECT = (
    "Trong đó, Thanh Hóa có 86/90 học sinh đoạt giải (chiếm tỉ lệ 96,63%) gồm: 8 giải Nhất, 26 "
    "giải Nhì, 32 giải Ba và 20 giải Khuyến khích. Cụ thể: môn Toán: 3 giải Nhất; môn Vật lý: 2 "
    "giải Nhất; các môn: Sinh, Ngữ văn và Tiếng Anh mỗi môn 1 giải Nhất."
)
# far12h-nld-hoibao-2024, https://nld.com.vn/bao-chi-dong-long-phung-su-dat-nuoc-phuc-vu-nhan-dan-196240317220135194.htm
NO_TOTAL = (
    "Trao 5 giải A, 15 giải B, 26 giải C và 36 giải khuyến khích đối với Giải Gian trưng bày "
    "xuất sắc. Trong đó, giải A gồm Liên Chi hội Nhà báo Đài Truyền hình Việt Nam."
)
# far12h-baophutho-hsg9-2026 (as above): contestants are no total of prizes
CONTESTANTS = (
    "Dẫn đầu bảng xếp hạng là phường Vĩnh Phúc với 54 học sinh dự thi và 100% học sinh đoạt "
    "giải, trong đó có 16 giải Nhất, 29 giải Nhì, 7 giải Ba và 2 giải Khuyến khích."
)


@pytest.mark.parametrize("text", [DIEN_HONG, SIDE_PRIZES])
def test_grades_that_are_not_all_the_prizes(text: str) -> None:
    # 65 of 67, 12 of 14 as written: prizes outside the grades make the rest (what the rule
    # of one-sentence lists sums with them is its own reading)
    assert _totals(text) == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (SCHOOL_SHARE, "7 giải", "9 giải"),  # the total after the list is the province's
        (NO_CONSOLATION, "3 giải Ba", "1 giải Ba"),  # no consolation prize named
        (BY_SUBJECT, "3 giải Nhất", "4 giải Nhất"),  # one grade by subject: no list of grades
        (NO_TOTAL, "36 giải", "37 giải"),  # no total
        (CONTESTANTS, "7 giải Ba", "3 giải Ba"),  # 54 contestants: not the winners' count
    ],
)
def test_near_misses_stay_quiet(text: str, old: str, new: str) -> None:
    assert _totals(text) == []
    assert _totals(text.replace(old, new)) == []


def test_grades() -> None:
    assert grade_of(" 11 giải Nhất") == ("rank", "nhất")
    assert grade_of(" 62 HCV") == ("medal", "vàng")
    assert grade_of(" 5 giải B,") == ("letter", "b")
    assert grade_of(" 4 giải ba tháng") is None or grade_of(" 4 giải ba tháng") == ("rank", "ba")
    assert grade_of(" 8 giải quyết") is None
    assert grade_of(" 2 giải Nhất và Nhì") == ("rank", "nhất")
    assert grade_of(" 3 giải nhất, giải nhì") is None
