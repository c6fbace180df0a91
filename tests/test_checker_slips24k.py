"""Round 24 (helper slips24k): totals whose parts are kinds of one dimension.

Real slips of the corpus that rule 2 missed because their parts are named by kinds whose
disjointness only the meaning shows: economic units by legal form
(:mod:`hoiquanchung.checker._legal_forms`), a GRDP by economic sector
(:mod:`hoiquanchung.checker._sectors`) and a population by residence (the dimension
``residence`` of ``breakdown_kinds.toml``); with the near misses where the checker must stay
quiet.
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _totals(text: str) -> list[tuple[str, str]]:
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


# https://www.sggp.org.vn/dong-chi-tran-thuy-cam-le-giu-chuc-bi-thu-dang-uy-phuong-tam-thang-post808392.html
TAMTHANG = "tphcm-tamthang-2025"
# https://thuonghieuquangninh.gov.vn/?p=3964
QUANGNINH = "h48-thuonghieuquangninh-ocop-chuthe-2023"
# https://baomoi.com/them-68-san-pham-duoc-cong-nhan-ocop-c49199559.epi
CAOBANG = "o14h-baomoi-caobang-ocop-2023-68"
# https://www.sggp.org.vn/lanh-dao-xa-kim-long-tham-chuc-mung-doanh-nghiep-nhan-ngay-doanh-nhan-viet-nam-post816772.html
KIMLONG = "s24kh-sggp-kim-long-1928-don-vi-kinh-te"


def test_units_by_legal_form_above_their_total_are_reported() -> None:
    # "10.000 đơn vị kinh tế hoạt động, trong đó 2.270 doanh nghiệp, 7.752 hộ kinh doanh và 12
    # hợp tác xã" makes 10.034; "212 đơn vị, trong đó có 55 doanh nghiệp, 85 hợp tác xã và 74
    # hộ sản xuất" makes 214: two real slips on two sites.
    assert ("10.000 đơn vị", "10.034 đơn vị") in _totals(corpus(TAMTHANG))
    assert ("212 đơn vị", "214 đơn vị") in _totals(corpus(QUANGNINH))


def test_units_by_legal_form_that_add_up_say_nothing_and_a_changed_part_is_found() -> None:
    # "46 chủ thể, bao gồm: 14 hợp tác xã, 6 tổ hợp tác, 2 công ty và 24 hộ sản xuất, kinh
    # doanh" holds; "gồm" gives the whole, so a part made smaller is found too.
    assert _totals(corpus(CAOBANG)) == []
    assert _totals(corpus(KIMLONG)) == []
    assert _totals(corpus(CAOBANG, "24 hộ sản xuất", "27 hộ sản xuất")) == [
        ("46 chủ thể", "49 chủ thể")
    ]
    assert _totals(corpus(KIMLONG, "138 công ty", "130 công ty")) == [
        ("1.928 đơn vị", "1.920 đơn vị")
    ]


def test_units_by_legal_form_below_a_total_after_trong_do_say_nothing() -> None:
    # After "trong đó" some units may be left out (a religious or public body is no form of
    # the list): parts below the total are no error.
    text = corpus(KIMLONG, "gồm 138", "trong đó 138").replace("138 công ty", "130 công ty")
    assert _totals(text) == []


def test_a_form_named_twice_or_an_item_of_no_form_is_not_read() -> None:
    # Kinds of one form may nest ("doanh nghiệp" twice), a farm is no legal form of the list:
    # neither list is read as units by form (the forms alone, 25, are not the 30 after "gồm").
    assert _totals("Toàn tỉnh có 100 đơn vị, trong đó có 55 doanh nghiệp, 85 doanh nghiệp.") == []
    assert (
        _totals("Toàn huyện có 30 đơn vị, gồm 10 hợp tác xã, 15 doanh nghiệp và 5 trang trại.")
        == []
    )
    # http://cuuchienbinh.vn/hoi-ccb-viet-nam-va-lien-minh-htx-viet-nam-phoi-hop-hoat-dong-hieu-qua/
    # forms listed with no total of them
    assert _totals(corpus("s24kh-cuuchienbinh-1300-htx-ccb")) == []


# https://tapchitaichinh.vn/kinh-te-xa-hoi-tinh-dien-bien-phat-trien.html
DIENBIEN_Q1 = "tapchitaichinh-dienbien-grdp-quy1-2025"
# https://thongkedienbien.gov.vn/bao-cao-tinh-hinh-kinh-te-xa-hoi-quy/tinh-hinh-kinh-te-xa-hoi-tinh-dien-bien-thang-9-va-9-thang-nam-2024-526.html
DIENBIEN_9T = "thongkedienbien-grdp-9thang-2024"
# https://vneconomy.vn/quang-ngai-grdp-tang-11-51-trong-6-thang-dau-nam.htm
QUANGNGAI = "h55-vneconomy-quang-ngai-grdp-6-thang-2025"


def test_a_grdp_whose_four_sectors_fall_short_is_reported() -> None:
    # GRDP 6.961,99 tỷ đồng; its four sectors 638,76 + 1.339,58 + 4.461,59 + 342,06 make
    # 6.781,99 (services 4.641,59 written 4.461,59): a real slip.
    found = [f for f in check_text(corpus(DIENBIEN_Q1)) if f.code == "total-mismatch"]
    assert [f.stated for f in found] == ["6.961,99 tỷ đồng"]
    assert found[0].computed_value == 6_781_990_000_000


def test_grdps_whose_sectors_add_up_say_nothing_and_a_changed_sector_is_found() -> None:
    # Two price bases in one paragraph, each total with its sectors, a branch ("trong đó công
    # nghiệp đạt ...") inside one of them: all hold.
    assert _totals(corpus(QUANGNGAI)) == []
    assert _totals(corpus(DIENBIEN_9T)) == []
    changed = corpus(DIENBIEN_9T, "7.006,35 tỷ đồng", "7.106,35 tỷ đồng")
    assert [s for s, _ in _totals(changed)] == ["11.423,4 tỷ đồng"]


def test_sectors_below_a_grdp_with_one_unsaid_or_of_an_amount_per_head_say_nothing() -> None:
    # Three sectors may leave the taxes out: below the total is no error.
    three = corpus(DIENBIEN_Q1).split("; thuế sản phẩm")[0] + "."
    assert _totals(three) == []
    # An amount per head is no GRDP of the province: its "sectors" are not its parts.
    per_head = corpus(DIENBIEN_Q1, "GRDP trên địa bàn", "GRDP bình quân đầu người trên địa bàn")
    assert _totals(per_head) == []


# https://vi.wikipedia.org/wiki/Th%C3%A0nh_vi%C3%AAn:Hu%E1%BB%B3nh_Ho%C3%A0ng_Nh%E1%BA%ADt_Duy/nh%C3%A1p
HANOI = "hanoi-sapxep-2022-30huyen"


def test_a_population_by_residence_is_its_whole() -> None:
    # "quy mô dân số (gồm dân số thường trú và dân số tạm trú quy đổi) ... là 7.963.797 người,
    # trong đó dân số thường trú là 7.245.392 người và dân số tạm trú quy đổi là 892.438 người":
    # the two make 8.137.830, a real slip.
    assert ("7.963.797 người", "8.137.830 người") in _totals(corpus(HANOI))
    fixed = corpus(HANOI, "892.438 người", "718.405 người")
    assert ("7.963.797 người", "8.137.830 người") not in _totals(fixed)
