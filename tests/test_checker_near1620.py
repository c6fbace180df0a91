"""Round 20, helper near16: rule 2b (``_breakdowns``) on the shapes its cause table found missed
on many sites, each reading on its real paragraph (corpus id and address) with the near misses
where the checker stays quiet: a total's own rate between it and its list, a change or a count
of another thing inside an item, amounts in USD, a list that is one item of a ``;``-list, and a
result clause after a list."""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.severity.name != "INFO"]


def test_a_total_followed_by_its_rate_takes_the_list_after_it() -> None:
    # https://baogialai.com.vn/chu-se-tong-gia-tri-san-xuat-dat-9959-ke-hoach-post258877.html
    # "tổng giá trị sản xuất ước đạt 14.759,03 tỷ đồng, đạt 99,59% kế hoạch và bằng 108,44% so
    # với năm 2022; trong đó, ngành nông-lâm nghiệp ... 4.598,03 tỷ đồng, ...; ngành công
    # nghiệp-xây dựng đạt 5.395,80 tỷ đồng, ...; ngành thương mại-dịch vụ đạt 4.765,20 tỷ đồng"
    pid = "gialai-chuse-2023-14759ty"
    assert codes(corpus(pid)) == []
    assert "total-mismatch" in codes(corpus(pid, "5.395,80", "8.395,80"))
    assert "total-mismatch" in codes(corpus(pid, "4.765,20", "4.769,20"))


def test_a_count_followed_by_its_growth_takes_the_list_after_it() -> None:
    # https://vietnam.vnanet.vn/ (Khánh Hòa, Tết 2026): "Khách lưu trú đạt 320.000 lượt, tăng
    # 112,28%, trong đó có 120.000 lượt khách quốc tế và 200.000 lượt khách nội địa."
    pid = "h51-vnanet-khanhhoa-tet-binhngo-2026"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "320.000", "310.000")) == ["total-mismatch"]
    assert codes(corpus(pid, "200.000 lượt khách", "500.000 lượt khách")) != []


def test_a_denominator_before_the_rate_is_no_total_of_the_list() -> None:
    # Near miss, https://nld.com.vn/ (Thanh Hóa, 2026): "86/90 học sinh đoạt giải (chiếm tỉ lệ
    # 96,63%) gồm: 8 giải Nhất, 26 giải Nhì, 32 giải Ba và 20 giải Khuyến khích": the prizes
    # are the 86's, not the 90's (the rate, 86/90 = 95,56 %, is a real slip of the page).
    assert "total-mismatch" not in codes(corpus("far12h-nld-thanhhoa-86-2026"))
    # Near miss, http://ubmttqvn.binhthuan.dcs.vn/ (2019): "14.714.669.968/9,5 tỷ đồng, đạt
    # 154,9% kế hoạch năm (trong đó, cấp tỉnh 5.299.856.928 đồng/2,2 tỷ đồng ...)".
    assert codes(corpus("binhthuan-qvnn-2019-14714669968")) == []


def test_a_change_between_a_total_and_its_list_stops_the_reading() -> None:
    # What a list after "tăng 1.000 tỷ đồng" breaks down is unclear (the total or its change).
    text = (
        "Tổng thu đạt 20.000 tỷ đồng, tăng 1.000 tỷ đồng so với cùng kỳ; trong đó thu nội địa "
        "15.200 tỷ đồng, thu xuất nhập khẩu 5.800 tỷ đồng."
    )
    assert codes(text) == []
    assert codes(text.replace(", tăng 1.000 tỷ đồng", ", tăng 5%")) == ["total-mismatch"]


def test_a_list_in_one_item_of_a_semicolon_list_ends_with_its_item() -> None:
    # https://vneconomy.vn/quang-ngai-grdp-tang-11-51-trong-6-thang-dau-nam.htm: "Khu vực công
    # nghiệp - xây dựng đạt 34.433,4 tỷ đồng, chiếm 40,09%, trong đó công nghiệp đạt 28.947,4
    # tỷ đồng, chiếm 33,71%; Khu vực dịch vụ đạt 26.098,1 tỷ đồng, ...": services are the next
    # sector, no part of industry and construction.
    pid = "h55-vneconomy-quang-ngai-grdp-6-thang-2025"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "26.098,1", "46.098,1")) != []  # the GRDP's own sum still holds


def test_a_count_of_another_thing_inside_an_item_is_no_part() -> None:
    # https://vietbao.vn/hang-trieu-nguoi-don-tin-vui-khi-canh-cua-mua-nha-o-xa-hoi-mo-ra-557033
    # "633.559 căn gồm: 146 dự án hoàn thành với quy mô 103.717 căn; 144 dự án ... với quy mô
    # 127.261 căn; 402 dự án ..., quy mô 402.581 căn": the projects are counted beside the flats.
    pid = "h48-vietbao-noxh-7thang-2025"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "127.261", "127.661")) == ["total-mismatch"]
    assert codes(corpus(pid, "633.559", "633.556")) == ["total-mismatch"]


def test_a_count_joined_by_va_inside_an_item_is_one_more_part() -> None:
    # Near miss, https://daidoanket.vn/tag/tram-y-te-e5867a00: "74 trạm y tế và điểm trạm y tế,
    # gồm: xây mới 24 trạm y tế; cải tạo, sửa chữa 29 trạm y tế và sửa chữa 21 điểm trạm y
    # tế": the 21 points are a third part, not a count beside the 29.
    assert codes(corpus("h38-daidoanket-quangninh-74-tram-y-te-2026")) == []


def test_a_complement_count_after_a_part_is_no_part() -> None:
    # https://vtc.vn/ (bão số 10, 2025): "22 người mất tích. Gồm: ...; Quảng Trị 10 người trên 2
    # tàu tại Cửa Việt, Cửa Gianh và người bị lũ cuốn": the 2 boats carry the 10 missing.
    pid = "vtc-bao10-26chet-22mattich"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "Tuyên Quang 4 người", "Tuyên Quang 0 người")) != []


def test_amounts_in_usd_are_money_and_a_surplus_is_no_part() -> None:
    # https://doanhnghiephoinhap.vn/ (Đồng Nai, 5 tháng 2025): "kim ngạch xuất nhập khẩu toàn
    # tỉnh ước đạt 18,39 tỷ USD; trong đó xuất khẩu đạt 10,81 tỷ USD (tăng 16,37% ...), nhập
    # khẩu đạt 7,58 tỷ USD (tăng 14,24%), giúp địa phương đạt thặng dư thương mại lên tới 3,23
    # tỷ USD": the surplus is the difference of the two parts, never a third one.
    pid = "h59-doanhnghiephoinhap-dong-nai-5-thang-2025"
    assert codes(corpus(pid)) == []
    assert "total-mismatch" in codes(corpus(pid, "18,39", "18,36"))
    # https://cafef.vn/ (Vĩnh Phúc, 2022): "446 dự án, bao gồm 97 dự án DDI với tổng vốn đầu tư
    # 26.558,18 tỷ đồng; 349 dự án FDI với tổng vốn đầu tư 5.685,09 triệu USD": the capital
    # in USD is no second count of projects.
    pid = "n14h-cafef-vinhphuc-kcn-2022"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "349 dự án", "399 dự án")) == ["total-mismatch"]


def test_a_result_clause_after_a_list_is_no_part() -> None:
    text = (
        "Toàn tỉnh có 68 sản phẩm được công nhận OCOP, trong đó có 4 sản phẩm đạt 4 sao, 64 "
        "sản phẩm đạt 3 sao, nâng tổng số sản phẩm OCOP của tỉnh lên 144 sản phẩm."
    )
    assert codes(text) == []
    assert codes(text.replace("64 sản phẩm", "69 sản phẩm")) != []
