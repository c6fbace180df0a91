"""Rule 2c (per unit), round 11: a bare total in đồng of amounts given each is held to the đồng.

"trao tặng 150 suất quà (520 ngàn đồng/suất) ... Tổng trị giá quà tặng là 78 triệu đồng": the
78 triệu are 150 × 520 ngàn exactly.  A report that rounds such a total says so (*hơn*, *trên*,
*gần*, *khoảng*: "Tổng kinh phí quà tặng trên 77 triệu đồng" for 110 suất of 500.000 đồng and
"gần 205.000 đồng"), and every total of the corpus read by the rule holds to the đồng; a bare
total that holds its products only by rounding ("78 triệu đồng" for 150 × 521 ngàn) is now a
warning, one that does not hold them at its written precision stays an error.  A value each
in its own sentence also finds its count when the other counts before only detail it ("70 suất
quà ... gồm xã Xuân Đài 20 suất, xã Thu Cúc 20 suất và Lai Đồng 30 suất").
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

# https://baogialai.com.vn/tren-1000-suat-qua-cho-nguoi-ngheo-hoc-sinh-kho-khan-gia-lai-post291314.html
# (corpus p19_near_2.toml, gialai-hoasen-150-gifts)
HOASEN = (
    "Theo đó, Hội Chữ thập đỏ (CTĐ) tỉnh Gia Lai, Hội CTĐ huyện Chư Păh phối hợp với Nhóm "
    "Nhân ái Hoa Sen (TP. Hồ Chí Minh) trao tặng 150 suất quà (520 ngàn đồng/suất) cho 150 hộ"
    " dân tộc thiểu số nghèo, người già bệnh tật, khó khăn của xã Ia Kreng. Mỗi suất quà gồm "
    "có 10 kg gạo, 1 thùng mỳ tôm, 1 chiếc màn, quần áo và một số nhu yếu phẩm khác kèm theo "
    "50 ngàn đồng tiền mặt. Tổng trị giá quà tặng là 78 triệu đồng do Nhóm Nhân ái Hoa Sen "
    "(TP. Hồ Chí Minh) vận động, tài trợ."
)

# https://baogialai.com.vn/tren-1000-suat-qua-cho-nguoi-ngheo-hoc-sinh-kho-khan-gia-lai-post291314.html
# (corpus p19_near_2.toml, gialai-chuse-alba-gifts)
ALBA = (
    "* Cùng ngày, Hội CTĐ huyện Chư Sê phối hợp với Chùa Mỹ Thạch (thị trấn Chư Sê) và Đoàn "
    "thiện nguyện Phật giáo Hòa Hảo (tỉnh An Giang) trao tặng 100 suất quà (350 ngàn "
    "đồng/suất) gồm nhu yếu phẩm cho 100 hộ nghèo, khó khăn trên địa bàn xã AlBá. Đồng thời, "
    "tặng 100 suất quà Trung thu sớm (100 ngàn đồng/suất) gồm lồng đèn, bánh kẹo, sữa cho học"
    " sinh trên địa bàn xã AlBá. Tổng trị giá quà tặng 45 triệu đồng do Đoàn thiện nguyện "
    "Phật giáo Hòa Hảo tỉnh An Giang vận động, tài trợ."
)

# https://baogialai.com.vn/trao-200-suat-qua-tet-cho-nguoi-dan-ngheo-kho-khan-xa-ia-khuol-post578367.html
# (corpus p23_pending_entered.toml, gialai-iakhuol-200-gifts)
IAKHUOL = (
    "Tại chương trình, Đoàn thiện nguyện đã trực tiếp trao tặng 200 suất quà, mỗi suất trị "
    "giá 350.000 đồng, cho 200 hộ nghèo là đồng bào dân tộc thiểu số, người khuyết tật và "
    "người già neo đơn. Mỗi suất quà gồm: 10 kg gạo, 1 thùng mì tôm, 1 chai dầu ăn, 1 bịch "
    "bột ngọt, 1 kg đường, nước mắm, quần áo, một số nhu yếu phẩm thiết yếu cùng 100.000 đồng"
    " tiền mặt.\n"
    "Tổng kinh phí thực hiện chương trình là 70 triệu đồng, do Đoàn thiện nguyện Chùa Long "
    "Quang vận động các nhà hảo tâm tại TP. Hồ Chí Minh hỗ trợ."
)

# https://baophutho.vn/trao-100-suat-qua-tet-cho-nguoi-yeu-the-tai-xa-da-bac-246730.htm
# (corpus p23_pending_entered.toml, phutho-dabac-100-cash-gifts)
DABAC = (
    "Tại chương trình, Hội Bảo trợ người khuyết tật và trẻ mồ côi cùng Quỹ Thiện Tâm đã trao "
    "tặng 100 suất quà bằng tiền mặt, mỗi suất trị giá 600 nghìn đồng, với tổng kinh phí 60 "
    "triệu đồng cho hộ nghèo, đối tượng bảo trợ trên địa bàn."
)

# http://daidoanket.vn/tp-hcm-hon-33-ty-dong-ho-tro-dong-bao-cac-tinh-mien-trung-bi-thien-tai-382874.html
# (corpus p23_bounds.toml, hcm-mttq-2017-central-relief)
HCM_RELIEF = (
    "Tổng số tiền nhận được tính đến nay là gần 3,33 tỷ đồng, trong đó tiền mặt hơn 970 "
    "triệu, chuyển khoản gần 2,36 tỷ đồng.\n"
    "Tổng số tiền đã phân phối hỗ trợ các tỉnh miền Trung là 7 tỷ đồng (được trích từ Quỹ cứu"
    " trợ Thành phố). Cụ thể: các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị mỗi tỉnh được "
    "nhận 1,5 tỷ đồng; hai tỉnh Thanh Hóa, Thừa Thiên - Huế mỗi tỉnh 500 triệu đồng."
)

# https://baocamau.com.vn/chinh-tri/dua-nghi-quyet-vao-cuoc-song/lan-toa-yeu-thuong-den-nguoi-dan-kho-khan-a125968.html
# (corpus p29_gifts5_entered.toml, camau-uminh-2026-100suat)
UMINH = (
    "Nhân dịp Tết Nguyên đán Bính Ngọ 2026, nhiều hoạt động chăm lo an sinh xã hội đã được "
    "các địa phương, doanh nghiệp trên địa bàn tỉnh triển khai, kịp thời trao quà Tết, sẻ "
    "chia khó khăn với các hộ nghèo, cận nghèo và gia đình có hoàn cảnh khó khăn.\n"
    "* Sáng 2/2, UBND xã U Minh tổ chức chương trình trao quà Tết Xuân Bính Ngọ năm 2026 cho "
    "các hộ nghèo, cận nghèo và hộ có hoàn cảnh khó khăn trên địa bàn xã.\n"
    "Đến dự và trực tiếp trao quà cho bà con có đồng chí Nguyễn Minh Luân, Uỷ viên Ban Thường"
    " vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh Cà Mau.\n"
    "Tại chương trình, Ban tổ chức trao 100 suất quà Tết, mỗi suất gồm gạo, bánh, mứt và các "
    "nhu yếu phẩm trị giá 500.000 đồng, kèm 500.000 đồng tiền mặt. Tổng trị giá các phần quà "
    "là 100 triệu đồng, do Phó Chủ tịch UBND tỉnh Nguyễn Minh Luân và bà Nguyễn Thị Ánh "
    "Tuyết, Phó Ban Từ thiện - Xã hội Phật giáo tỉnh Cà Mau, vận động các doanh nghiệp, nhà "
    "hảo tâm trong và ngoài tỉnh hỗ trợ."
)

# https://baophutho.vn/trao-70-suat-qua-cho-cac-ho-dan-bi-anh-huong-thien-tai-243255.htm
# (corpus p01_associations.toml, phutho-ctd-storm-gifts)
STORM = (
    "Tại chương trình, đoàn đã trao tặng 70 suất quà cho các hộ có hoàn cảnh khó khăn bị ảnh "
    "hưởng nặng bởi cơn bão số 10 gồm xã Xuân Đài 20 suất, xã Thu Cúc 20 suất và Lai Đồng 30 "
    "suất. Mỗi suất quà trị giá 1 triệu đồng tiền mặt, tổng trị giá 70 triệu đồng từ nguồn TW"
    " Hội Chữ thập đỏ Việt Nam hỗ trợ."
)

# https://baogialai.com.vn/tang-900-suat-qua-cho-nguoi-ngheo-hoc-sinh-kho-khan-huyen-chu-puh-va-kbang-post267894.html
# (corpus p18_unseen_pending.toml, gialai-chupuh-kbang-gifts)
CHUPUH = (
    "* Sáng 1-3, Hội Chữ thập đỏ huyện Chư Pưh phối hợp với đoàn từ thiện tỉnh Tây Ninh do bà"
    " Huỳnh Thị Bạch Tuyết làm trưởng đoàn cùng chính quyền địa phương xã Chư Don trao 200 "
    "suất quà (350.000 đồng/suất) cho 200 hộ nghèo, cận nghèo, hộ đồng bào dân tộc thiểu số "
    "khó khăn của xã. Ngoài ra, đoàn còn tặng 300 suất quà là bánh trứng bông lan và bánh kẹo"
    " (50.000 đồng/suất) cho 300 học sinh, trẻ em của xã Chư Don. Tổng trị giá quà tặng là 85"
    " triệu đồng do đoàn từ thiện tỉnh Tây Ninh vận động, tài trợ.\n"
    "* Cùng ngày, Hội Chữ thập đỏ huyện Kbang phối hợp với Hội Showbiz Gia Lai do ông Lê Đăng"
    " Minh đại diện (phường Đống Đa, TP. Pleiku) cùng xã Kông Lơng Khơng tổ chức chương trình"
    " “Mùa Xuân Yêu thương”, tặng 100 suất quà (200.000 đồng/suất) cho 100 hộ nghèo, cận "
    "nghèo, hộ đồng bào dân tộc thiểu số khó khăn của 3 làng: Pngăl, Mơ Tôn và làng Chư Pâu. "
    "Ngoài ra, Hội còn tặng 1 tấn quần áo đã qua sử dụng cho bà con của 3 làng trên. Tổng trị"
    " giá quà tặng là 20 triệu đồng do Hội Showbiz Gia Lai vận động, tài trợ.\n"
    "* Trước đó (ngày 29-2), Hội Chữ thập đỏ huyện Kbang cùng đã phối hợp với Hội Từ Thiện Từ"
    " Tâm Nauy-Thụy Điển do ông Thiện Minh đại diện (địa chỉ thị xã An Khê) và chính quyền "
    "địa phương tổ chức Chương trình “Kết nối yêu thương”, tặng 200 suất quà (350.000 "
    "đồng/suất) cho 150 hộ đồng bào dân tộc thiểu số nghèo, khó khăn của xã Krong và 50 học "
    "sinh nghèo, khó khăn của Trung tâm Giáo dục nghề nghệp-Giáo dục thường xuyên huyện "
    "Kbang."
)


# https://baonamdinh.vn/channel/5083/201009/Nam-2010-Hoi-Khuyen-hoc-tinh-trao-1000-suat-hoc-bong-2004433
# (corpus p24_unseen_4_pending.toml, namdinh-khuyenhoc-2010-1000suat)
NAMDINH = (
    "Chào mừng Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XVIII, hướng tới Đại lễ 1000 "
    "năm Thăng Long - Hà Nội, ngay từ đầu năm Hội Khuyến học tỉnh đã tổ chức vận động Quỹ để "
    "trao học bổng. Đến nay, Hội Khuyến học tỉnh đã trao 7 đợt cho 777 em học sinh nghèo, "
    "vượt khó, học khá, học giỏi với tổng số tiền 2 tỷ 2 triệu 500 nghìn đồng. Từ nay đến "
    "cuối năm, Hội Khuyến học tỉnh sẽ phối hợp với Hội LHPN tỉnh, Hội Cựu chiến binh tỉnh và "
    'nhà tài trợ "Giải Golf" tiếp tục trao 3 đợt với 223 suất học bổng, mỗi suất 500 nghìn '
    "đồng, đưa tổng số suất học bổng trao trong năm là 1000 suất với tổng số tiền 2 tỷ 114 "
    "triệu đồng.\n"
    "Hiện nay, Hội Khuyến học các huyện, thành phố đang phối hợp với ngành giáo dục triển "
    'khai các hoạt động nhân "Tháng khuyến học". Số dư quỹ khuyến học của các huyện, thành '
    "phố trong tỉnh đã đạt 15 tỷ 600 triệu đồng trao học bổng cho học sinh đầu năm học "
    "2010-2011./."
)

# https://baogialai.com.vn/hoi-chu-thap-do-gia-lai-trao-110-suat-qua-den-doi-tuong-chinh-sach-gia-dinh-kho-khan-post575688.html
# (a public page, not in the corpus: a total that rounds its products says so, "trên")
IAKO = (
    "Theo đó, đại diện lãnh đạo Hội Chữ thập đỏ tỉnh đã trao 55 suất quà đến các đối tượng "
    "chính sách, gia đình khó khăn, các hộ dân bị ảnh hưởng mưa bão tại xã Ia Ko và 55 suất tại "
    "xã Ia Hrú.\n"
    "Mỗi suất quà gồm 500.000 đồng tiền mặt và gần 205.000 đồng tiền quà. Tổng kinh phí quà "
    "tặng trên 77 triệu đồng do Hội Chữ thập đỏ tỉnh trích từ nguồn kinh phí ngân sách được cấp "
    "và kinh phí vận động hỗ trợ nhân dân bị thiệt hại do mưa bão."
)

REAL = (HOASEN, ALBA, IAKHUOL, DABAC, HCM_RELIEF, UMINH, STORM, CHUPUH, IAKO, NAMDINH)


def _totals(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.severity.name, f.stated or "", f.computed)
        for f in check_text(text)
        if f.code == "total-mismatch"
    ]


def test_real_paragraphs_are_quiet() -> None:
    for text in REAL:
        assert _totals(text) == [], text[:80]


def test_a_price_changed_within_the_total_s_rounding_is_a_warning() -> None:
    assert _totals(HOASEN.replace("520 ngàn", "521 ngàn")) == [
        ("WARNING", "78 triệu đồng", "78.150.000 đồng")
    ]
    assert _totals(IAKHUOL.replace("350.000", "350.004")) == [
        ("WARNING", "70 triệu đồng", "70.000.800 đồng")
    ]
    # truncation held it before: 60,7 triệu written "60 triệu"
    assert _totals(DABAC.replace("600 nghìn", "607 nghìn")) == [
        ("WARNING", "60 triệu đồng", "60.700.000 đồng")
    ]
    # places counted in words, each given an amount: 4 × 1,5 tỷ + 2 × 580 triệu
    assert _totals(HCM_RELIEF.replace("mỗi tỉnh 500", "mỗi tỉnh 580")) == [
        ("WARNING", "7 tỷ đồng", "7.160.000.000 đồng")
    ]


def test_a_count_changed_is_found_as_before() -> None:
    # 103 × 350 + 100 × 100 ngàn = 46,05 triệu: not 45 at its written precision, an error
    assert _totals(ALBA.replace("tặng 100 suất quà (350", "tặng 103 suất quà (350")) == [
        ("ERROR", "45 triệu đồng", "46.050.000 đồng")
    ]
    # 101 × 350 + 100 × 100 ngàn = 45,35 triệu: held only by rounding, a warning
    assert _totals(ALBA.replace("tặng 100 suất quà (350", "tặng 101 suất quà (350")) == [
        ("WARNING", "45 triệu đồng", "45.350.000 đồng")
    ]


def test_value_and_cash_each_are_held_to_the_dong() -> None:
    # the goods each and the cash each, 100 × (500.040 + 500.000) đồng: neither reading (the
    # value alone, 50.004.000; with the cash, 100.004.000) makes the bare 100 triệu
    changed = UMINH.replace("trị giá 500.000 đồng", "trị giá 500.040 đồng")
    assert _totals(changed) == [("WARNING", "100 triệu đồng", "100.004.000 đồng")]


def test_counts_that_detail_the_count_before_a_value_each() -> None:
    assert _totals(STORM.replace("tổng trị giá 70", "tổng trị giá 75")) == [
        ("ERROR", "75 triệu đồng", "70.000.000 đồng")
    ]
    assert _totals(STORM.replace("trị giá 1 triệu", "trị giá 1,1 triệu")) == [
        ("ERROR", "70 triệu đồng", "77.000.000 đồng")
    ]
    # the communes' counts do not make the 70: which count the value each is of is unclear,
    # the money is left alone (the count's own finding is the totals rule's)
    assert _totals(STORM.replace("Lai Đồng 30", "Lai Đồng 40").replace("giá 70", "giá 75")) == [
        ("ERROR", "70 suất", "80 suất")
    ]
    # two counts joined, no detail: quiet
    joined = (
        "Tại chương trình, đoàn đã trao tặng 70 suất quà cho các hộ khó khăn và 30 suất quà cho "
        "học sinh. Mỗi suất quà trị giá 1 triệu đồng tiền mặt, tổng trị giá 80 triệu đồng."
    )
    assert _totals(joined) == []


def test_near_misses_stay_quiet() -> None:
    changed = HOASEN.replace("520 ngàn", "521 ngàn")
    # a total said to be rounded, or of more than the products
    for bound in ("hơn 78", "trên 78", "gần 78", "khoảng 78"):
        assert _totals(changed.replace("là 78", f"là {bound}")) == [], bound
    # a price each approximate, a range, a ceiling
    for price in ("khoảng 521 ngàn đồng/suất", "trên 521 ngàn đồng/suất"):
        assert _totals(changed.replace("521 ngàn đồng/suất", price)) == [], price
    dabac = DABAC.replace("600 nghìn", "607 nghìn")
    for each in ("mỗi suất trị giá từ 500 đến 607", "mỗi suất trị giá tối đa 607"):
        assert _totals(dabac.replace("mỗi suất trị giá 607", each)) == [], each
    # an average is no price each
    assert _totals(dabac.replace("mỗi suất trị giá", "bình quân mỗi suất trị giá")) == []
    # a count approximate
    assert _totals(dabac.replace("tặng 100 suất", "tặng hơn 100 suất")) == []
    # a total that holds goods not priced (1 tấn quần áo): the products are a lower bound only
    assert _totals(CHUPUH.replace("(200.000 đồng/suất)", "(200.400 đồng/suất)")) == []


def test_a_plain_amount_among_the_terms_keeps_the_written_precision() -> None:
    # a running total: 2 tỷ 2 triệu 500 nghìn đồng given before, 223 × 500 nghìn đồng more,
    # "2 tỷ 114 triệu đồng" in all; with 222 suất, 2.113.500.000 đồng rounds to it
    assert _totals(NAMDINH.replace("với 223 suất", "với 222 suất")) == []
    assert _totals(NAMDINH.replace("với 223 suất", "với 203 suất")) == [
        ("ERROR", "2 tỷ 114 triệu đồng", "2.104.000.000 đồng")
    ]


def test_goods_weighed_are_not_held_to_the_gram() -> None:
    text = "Hội đã trao 153 suất quà cho 153 hộ nghèo, mỗi suất 10 kg gạo, tổng cộng 1,5 tấn gạo."
    assert [f for f in check_text(text) if f.code == "total-mismatch"] == []


@given(
    count=st.integers(min_value=2, max_value=900),
    price=st.integers(min_value=50, max_value=2_000),  # nghìn đồng
)
def test_products_and_their_bare_total(count: int, price: int) -> None:
    assume(count * price >= 1000)  # a whole triệu to write
    product = Decimal(count * price) * 1000
    written = f"{count * price // 1000:,}".replace(",", ".")
    exact = count * price % 1000 == 0
    text = (
        f"Đoàn đã trao tặng {count} suất quà, mỗi suất trị giá {price} nghìn đồng, với tổng "
        f"kinh phí {written} triệu đồng cho hộ nghèo."
    )
    found = _totals(text)
    if exact:
        assert found == []
    else:
        assert len(found) == 1
        severity, _stated, computed = found[0]
        assert computed == f"{product:,.0f}".replace(",", ".") + " đồng"
        assert severity == "WARNING"  # truncated, so within one triệu: held only by rounding
    # a total a whole triệu away from a whole product is an error at its written precision
    if exact:
        off = f"{count * price // 1000 + 1:,}".replace(",", ".")
        wrong = text.replace(f"phí {written} triệu", f"phí {off} triệu")
        assert [s for s, _, _ in _totals(wrong)] == ["ERROR"]
