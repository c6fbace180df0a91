"""Round 17 (perunit13): the rest of a fraction in the next clause or sentence, the cases still
in hand after those settled, and a total spent to support portions of a value each.

Every text is a real paragraph (corpus id and address given), checked as written (quiet) and
with one figure changed (found); the near-misses stay quiet.
"""

from __future__ import annotations

from hoiquanchung.checker import check_text

TOTALS = {"total-mismatch", "part-exceeds-total", "parts-exceed-total"}


def _totals(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in TOTALS]


# baodongnai-xulychatthai-7-2020, http://baodongnai.com.vn/kinhte/moitruong/
DONGNAI = (
    "Tính đến hết tháng 7-2020, các huyện, thành phố trong tỉnh mới thực hiện được 3/5 chỉ tiêu "
    "nghị quyết của Tỉnh ủy về xử lý chất thải. 2 chỉ tiêu còn lại là thu gom, xử lý 100% chất "
    "thải rắn sinh hoạt và giảm tỷ lệ chôn lấp chất thải rắn sinh hoạt xuống dưới 15% chưa đạt."
)

# h42-plo-hai-phong-9-23-dia-phuong (second paragraph), https://plo.vn/san-sang-khoi-cong-tuyen-
# duong-sat-lao-cai-ha-noi-hai-phong-post885460.html
HAIPHONG = (
    "Nhờ đó, đến ngày 6-11, toàn thành phố đã có 9/23 địa phương hoàn thành kiểm đếm; 14 địa "
    "phương còn lại cơ bản hoàn thành rà soát tài sản gắn liền với đất."
)

# h40-thanhtra-daknong-23-vu-khieu-nai (third paragraph), https://thanhtra.com.vn/thanh-tra/hoat-
# dong-nganh/dak-nong-thuc-hien-30-cuoc-thanh-tra-hanh-chinh-tai-60-don-vi-218481.html
DAKNONG = (
    "Trong tháng, thủ trưởng các cơ quan, đơn vị trong tỉnh đã thụ lý giải quyết 23 vụ việc khiếu "
    "nại (20 vụ việc từ kỳ trước chuyển sang), giải quyết xong 1/23 vụ việc, đang tiếp tục thụ lý "
    "giải quyết 22 vụ việc; đã thụ lý giải quyết 5/5 vụ tố cáo (4 vụ việc từ kỳ trước chuyển "
    "sang), giải quyết xong 1/5 vụ, đang tiếp tục thụ lý giải quyết 4 vụ việc."
)

# pu13h-vietnamplus-hanoi-5280-suat-2026, https://www.vietnamplus.vn/ha-noi-ho-tro-hon-54-ty-dong-
# cham-lo-tet-cho-ho-can-ngheo-hoan-canh-kho-khan-post1088634.vnp (first line)
HANOI = (
    "Theo phương án phân bổ, thành phố dành 5,28 tỷ đồng để hỗ trợ 5.280 suất quà Tết cho các hộ "
    "cận nghèo và hộ có hoàn cảnh đặc biệt khó khăn tại các xã, phường. Mỗi suất quà trị giá 1 "
    "triệu đồng tiền mặt; trong đó, mỗi phường được nhận 30 suất, mỗi xã được nhận 50 suất quà."
)

# pu13h-vancanh-40-bo-doiung-2017, https://vancanh.binhdinh.gov.vn/vi/news/kinh-te/van-canh-cap-
# 40-bo-cai-giong-cho-dong-bao-dan-toc-thieu-so-28.html
VANCANH = (
    "Tổng kinh phí mua bò giống là 400 triệu đồng, từ nguồn kinh phí xây dựng nông thôn mới và "
    "nguồn vốn Chương trình 135 của năm 2017.\nVới phương châm Nhà nước và nhân dân cùng làm, mỗi "
    "hộ dân được nhận 1 bò giống đối ứng gần 2 triệu đồng."
)

# pu13h-danviet-nha-congtrinh-binhquan, https://danviet.vn/print-777762095.htm (second line)
DANVIET = (
    "Song song với việc xây dựng nhà ở, chương trình này còn xây dựng 272 công trình dân sinh. "
    "Các công trình trị giá từ 150 triệu đến 1 tỷ đồng, trung bình mỗi công trình 150 triệu đồng. "
    "Tổng kinh phí để xây dựng các công trình dân sinh là 40,8 tỷ đồng."
)


def test_rest_in_the_next_sentence() -> None:
    assert _totals(DONGNAI) == []
    assert _totals(DONGNAI.replace("2 chỉ tiêu còn", "3 chỉ tiêu còn")) == [
        ("total-mismatch", "5 chỉ tiêu", "6 chỉ tiêu")
    ]


def test_rest_after_a_semicolon() -> None:
    assert _totals(HAIPHONG) == []
    found = _totals(HAIPHONG.replace("14 địa", "15 địa"))
    assert [(code, computed) for code, _, computed in found] == [
        ("total-mismatch", "24 địa phương hoàn")
    ]


def test_cases_still_in_hand_after_those_settled() -> None:
    assert _totals(DAKNONG) == []
    assert _totals(DAKNONG.replace("giải quyết 22 vụ", "giải quyết 21 vụ")) == [
        ("total-mismatch", "23 vụ việc", "22 vụ việc")
    ]


def test_a_fraction_after_another_of_the_same_whole_is_not_read() -> None:
    # "5/5 vụ tố cáo ..., giải quyết xong 1/5 vụ, đang ... 4 vụ việc": the 1/5 follows 5/5 in
    # its sentence (a rest may then be of both): quiet, even when its rest is changed.
    assert _totals(DAKNONG.replace("giải quyết 4 vụ việc.", "giải quyết 7 vụ việc.")) == []


def test_total_spent_to_support_portions_of_a_value_each() -> None:
    assert _totals(HANOI) == []
    found = _totals(HANOI.replace("5.280 suất", "5.287 suất"))
    assert [(code, stated) for code, stated, _ in found] == [("total-mismatch", "5,28 tỷ đồng")]


def test_a_households_own_share_is_no_value_each() -> None:
    assert _totals(VANCANH) == []
    assert _totals(VANCANH.replace("gần 2 triệu", "gần 3 triệu")) == []


def test_an_average_each_is_not_read() -> None:
    assert _totals(DANVIET) == []
    assert _totals(DANVIET.replace("40,8 tỷ", "40,3 tỷ")) == []


# baoquangnam-phuocson-namtramy-1ty-2021 (first line), https://baoquangnam.vn/xa-hoi/phan-bo-1-
# ty-dong-khac-phuc-thiet-hai-thien-tai-o-phuoc-son-va-nam-tra-my-118816.html
QUANGNAM = (
    "Sáng 18.10, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Xuân Ca ký quyết định phân bổ 1 tỷ đồng "
    "khắc phục thiệt hại do mưa lũ gây ra năm 2020 trên địa bàn huyện Phước Sơn và Nam Trà My, "
    "mỗi đơn vị nhận hỗ trợ 500 triệu đồng."
)

# pu13h-kienthuc-mientrung-100ty-2020, https://kienthuc.net.vn/kinh-doanh/luong-kho-ung-ho-mien-
# trung-co-bi-nhay-gia-nhan-hang-nao-dam-bao-1451760.html
MIENTRUNG = (
    "Trong cuộc làm việc tại UBND tỉnh Quảng Trị về công tác khắc phục hậu quả mưa lũ, sáng 22/10, "
    "Phó Thủ tướng Trương Hòa Bình cho biết, Chính phủ tạm cấp cho các tỉnh Hà Tĩnh, Quảng Bình, "
    "Quảng Trị, Thừa Thiên Huế và Quảng Nam mỗi tỉnh 100 tỷ đồng để cứu hộ cứu nạn, an sinh xã hội."
)


def test_places_named_on_their_ground_each_given_the_same() -> None:
    assert _totals(QUANGNAM) == []
    found = _totals(QUANGNAM.replace("500 triệu", "400 triệu"))
    assert [(code, stated) for code, stated, _ in found] == [("total-mismatch", "1 tỷ đồng")]


def test_places_each_given_with_no_total_stay_quiet() -> None:
    assert _totals(MIENTRUNG) == []
    assert _totals(MIENTRUNG.replace("100 tỷ", "150 tỷ")) == []


# tanyen-vinguoingheo-2015-13ho, https://daidoanket.vn/print/10018482.html
TANYEN = (
    "UBND – UBMTTQ huyện Tân Yên (Bắc Giang) vừa tổ chức các đoàn đi thăm và trao tiền hỗ trợ xây "
    "dựng nhà ở cho 13 hộ nghèo trên địa bàn.\nTheo đó, Tân Yên trích 65 triệu đồng từ quỹ Vì "
    "người nghèo huyện trao cho mỗi hộ 5 triệu đồng. Ngoài ra, Quỹ Vì người nghèo các xã hỗ trợ "
    "thêm từ 10-20 triệu đồng/hộ. Được biết, các tổ chức, đoàn thể ở thôn đóng góp thêm ngày công "
    "lao động, thu dọn giải phóng mặt bằng, làm nền… Đến nay, 13 gia đình trên đã xây xong nhà mới "
    "với mức đầu tư từ 80-120 triệu đồng/nhà."
)

# h32-baotuyenquang-hnd-sonduong-trau-450tr, https://baotuyenquang.com.vn/kinh-te/tai-chinh-
# thuong-mai/giai-ngan-450-trieu-dong-du-an-chan-nuoi-trau-sinh-san-cho-hoi-vien-xa-hop-hoa-
# 148878.html
SONDUONG = (
    "- Chiều 31-8, Hội Nông dân huyện Sơn Dương giải ngân 450 triệu đồng cho dự án chăn nuôi trâu "
    "sinh sản từ nguồn vốn của quỹ Hỗ trợ nông dân của tỉnh cho 10 hộ hội viên xã Hợp Hòa.\nTheo "
    "đó, mỗi hộ được vay 45 triệu đồng trong thời gian 36 tháng từ nguồn Quỹ Hỗ trợ nông dân tỉnh "
    "để phát triển dự án chăn nuôi trâu sinh sản trên địa bàn xã."
)

# vtv-hanoi-19ty-2016, https://vtv.vn/trong-nuoc/ha-noi-ho-tro-19-ty-dong-cho-cac-dia-phuong-bi-
# han-han-ngap-man-20160320105436399.htm
HANOI19 = (
    'Số tiền 19 tỷ đồng được trích từ Quỹ "Cứu trợ" thiên tai của thành phố, dành để trợ giúp '
    "nhân dân 19 tỉnh, thành phố, gồm: Đăk Lăk, Đăk Nông, Kon Tum, Gia Lai, Lâm Đồng, Phú Yên, "
    "Khánh Hòa, Ninh Thuận, Bình Thuận, Long An, Tiền Giang, Vĩnh Long, Kiên Giang, Trà Vinh, Bến "
    "Tre, Bạc Liêu, Cà Mau, Sóc Trăng và Cần Thơ.\nMỗi tỉnh, thành phố được hỗ trợ 1 tỷ đồng."
)

# pu13h-cand-taynguyen-cap-bo, http://cand.com.vn/nhip-cau-nhan-ai/Cuc-An-ninh-Tay-Nguyen-tang-
# bo-giong-cho-ho-ngheo-448863/
TAYNGUYEN = (
    "Theo đó, mỗi hộ dân sẽ được nhận một cặp bò giống trị giá hơn 10 triệu đồng. Ngoài hỗ trợ bò "
    "giống, các hộ dân còn được tập huấn kỹ thuật chăn nuôi, chăm sóc, phòng bệnh và hỗ trợ làm "
    "chuồng trại."
)


def test_value_each_in_the_line_after_its_count_and_total() -> None:
    assert _totals(TANYEN) == []
    assert _totals(TANYEN.replace("65 triệu", "60 triệu")) == [
        ("total-mismatch", "60 triệu đồng", "65.000.000 đồng")
    ]
    assert _totals(TANYEN.replace("cho 13 hộ", "cho 12 hộ")) == [
        ("total-mismatch", "65 triệu đồng", "60.000.000 đồng")
    ]


def test_a_loans_term_is_no_period_of_the_amount() -> None:
    assert _totals(SONDUONG) == []
    assert _totals(SONDUONG.replace("45 triệu", "40 triệu")) == [
        ("total-mismatch", "450 triệu đồng", "400.000.000 đồng")
    ]


def test_each_place_counted_with_two_nouns() -> None:
    assert _totals(HANOI19) == []
    found = _totals(HANOI19.replace("được hỗ trợ 1 tỷ", "được hỗ trợ 2 tỷ"))
    assert [(code, stated) for code, stated, _ in found] == [("total-mismatch", "19 tỷ đồng")]


def test_a_bounded_value_each_without_count_stays_quiet() -> None:
    assert _totals(TAYNGUYEN) == []
    assert _totals(TAYNGUYEN.replace("hơn 10", "hơn 12")) == []


# quangngai-mttq-2016-17bo, https://baomoi.com/trao-17-con-bo-giong-cho-cac-ho-ngheo/c/20467903.epi
QUANGNGAI = (
    "Theo đó, lãnh đạo Mặt trận TP Quảng Ngãi đã trao tặng 17 con bò giống sinh sản cho 17 hộ "
    "nghèo trong thành phố Quảng Ngãi,\nMỗi con bò giá trị 15 triệu đồng, với tổng kính phí 255 "
    'triệu đồng, từ nguồn “Quỹ người nghèo" năm 2016 của TP Quảng Ngãi.'
)

# tto-dongnai-6ti-covid-2020, https://m.xosobinhdinh.org/dong-nai-ho-tro-6-ti-dong-tiep-suc-cho-
# da-nang-quang-nam-chong-dich-covid-19-20200807151114808.htm
DONGNAI6 = (
    "TTO- Ngày 7-8, UBND tỉnh Đồng Nai đã ký quyết định chi 6 tỉ đồng hỗ trợ kinh phí cho TP. Đà "
    "Nẵng và Quảng Nam phòng chống dịch bệnh COVID-19.\nTheo đó, UBND tỉnh Đồng Nai yêu cầu Sở "
    "Tài chính hỗ trợ kinh phí từ nguồn ngân sách cho TP. Đà Nẵng, tỉnh Quảng Nam mỗi nơi 3 tỉ "
    "đồng."
)


def test_a_classifier_counts_the_word_after_it() -> None:
    assert _totals(QUANGNGAI) == []
    assert _totals(QUANGNGAI.replace("255 triệu", "256 triệu")) == [
        ("total-mismatch", "256 triệu đồng", "255.000.000 đồng")
    ]
    # "17 hộ nghèo" is no count of "con bò": quiet when the cows are not counted.
    assert _totals(QUANGNGAI.replace("17 con bò", "những con bò").replace("255", "256")) == []


def test_places_named_in_the_line_after_their_total() -> None:
    assert _totals(DONGNAI6) == []
    found = _totals(DONGNAI6.replace("mỗi nơi 3 tỉ", "mỗi nơi 2 tỉ"))
    assert [(code, stated) for code, stated, _ in found] == [("total-mismatch", "6 tỉ đồng")]
