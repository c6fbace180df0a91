"""What the hunts of round 19 (2026-12-02, sixth stop of the day) found on unseen text and was
fixed, each on its real paragraph with the near misses still found."""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text


def codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.severity.name != "INFO"]


def test_the_whole_after_trong_tong_so_is_no_part() -> None:
    # https://giadinh.suckhoedoisong.vn/ (Kon Tum, 2025): "cho 2.622 hộ, trong đó xây mới 2.077
    # và sửa chữa 545 đạt tỷ lệ 95% trong tổng số 2.752 hộ cần xoá nhà tạm": the 2.752 is the
    # whole of the rate, not one more part of the 2.622.
    text = paragraph("h57-giadinh-kon-tum-1300-nha-tam-phat-sinh")
    assert "parts-exceed-total" not in codes(text)
    # Parts that repeat the noun and exceed the total are still told.
    assert codes(
        "Tỉnh đã hỗ trợ cho 2.622 hộ, trong đó 2.077 hộ xây mới và 646 hộ sửa chữa, đạt 95%"
        " trong tổng số 2.752 hộ."
    ) == ["total-mismatch"]


def test_a_count_of_one_level_is_no_whole_of_levels() -> None:
    # https://thanhnien.vn/ (Bộ Công an, 2025): "sắp xếp lại 52 công an cấp tỉnh thành 23 đầu
    # mối ... Theo đó, toàn quốc có 34 công an cấp tỉnh và 3.319 công an cấp xã": the 52 is the
    # count before the regrouping, of one level; the tiers after it are no parts of it.
    text = paragraph("h56-thanhnien-3319-cong-an-cap-xa-2025")
    assert codes(text) == []
    # A total that names no level is still the whole of its levels.
    assert codes(
        "Toàn tỉnh có 120 hội. Trong đó, cấp tỉnh có 20 hội, cấp huyện có 40 hội, cấp xã có 70 hội."
    ) == ["total-mismatch"]


def test_a_rest_of_two_kinds_is_no_part_of_one() -> None:
    # https://homenow.vn/ (2025): "34 ..., bao gồm 28 tỉnh và 6 thành phố ... Trong số này, 19
    # tỉnh và 4 thành phố được hình thành ..., còn lại 11 tỉnh, thành phố giữ nguyên": the 11
    # counts provinces and cities together, so 19 + 11 is no sum of the 28 provinces.
    text = paragraph("h56-homenow-34-don-vi-hanh-chinh-cap-tinh")
    assert codes(text) == []
    # A rest of the total's own kind still closes its list.
    assert "total-mismatch" in codes(
        "Tỉnh có 28 xã. Trong số này, 19 xã được sáp nhập, còn lại 11 xã giữ nguyên."
    )


def test_a_rate_named_by_another_trait_is_not_the_parts_share() -> None:
    # https://tienphong.vn/ (Đề án 06, 2026): "29,4 triệu hồ sơ, trong đó 24 triệu hồ sơ trực
    # tuyến, tỷ lệ đúng hạn đạt 91%": the rate of the files settled on time.
    text = paragraph("h56-tienphong-94-trieu-ho-so-vneid-2026")
    assert "rate-mismatch" not in codes(text)
    # A bare rate after the part is still its share.
    assert codes("Tiếp nhận 2.400 hồ sơ, trong đó 2.000 hồ sơ trực tuyến, tỷ lệ 91%.") == [
        "rate-mismatch"
    ]


def test_a_count_after_thuoc_is_no_whole_of_the_list() -> None:
    # https://kienthuc.net.vn/ (Phú Thọ, 2025): "trao 74 công trình, giải pháp xuất sắc thuộc
    # 6 lĩnh vực, gồm 6 giải Nhất, 6 giải Nhì, 18 giải Ba và 44 giải Khuyến khích": the prizes
    # are the 74 works', the 6 fields a complement.
    text = paragraph("h58-kienthuc-phu-tho-74-giai-sang-tao-ky-thuat")
    assert codes(text) == []
    # A list of the fields themselves is still summed.
    assert codes("Trao 74 công trình thuộc 6 lĩnh vực, gồm 2 lĩnh vực A và 3 lĩnh vực B.") == [
        "total-mismatch"
    ]


def test_shopping_days_are_no_numbers() -> None:
    # https://thanhnien.vn/ (thương mại điện tử, 2026): "sale hè 6.6, đại lễ hội 8.8, siêu
    # sale 9.9, ngày độc thân 11.11, và đặc biệt là chuỗi sale cuối năm 12.12".
    text = paragraph("h59-thanhnien-tmdt-4-san-2025")
    assert "malformed-number" not in codes(text)
    # With a unit after it, the same run is still malformed.
    assert codes("Có 11.11 tỷ đồng và 12.12 tỷ đồng.") == ["malformed-number"] * 2


def test_traits_that_cut_across_are_no_partition() -> None:
    # https://ttthlak.gov.vn/ (Lắk, 2021): "57 ứng cử viên ... có thành phần cơ cấu gồm: Đại
    # biểu nữ là 27 người (...); Dân tộc thiểu số có 18 người (...); ngoài Đảng có 06 người
    # (...); dưới 40 tuổi có 27 người (...);tái cử có 17 người (...)": the traits overlap.
    text = paragraph("r15h-daklak-lak-hiep-thuong-3-2021")
    assert "total-mismatch" not in codes(text)
    # Men and women are still the whole of the candidates.
    assert codes("Danh sách 57 ứng cử viên gồm: nam là 30 người; nữ là 28 người.") == [
        "total-mismatch"
    ]
