"""Round 13 (issue 9): rates whose base is a written fraction's part, a vote's rate repeated on a
later line, voter turnout in the next clause, cases settled of those received, and shares closed
by the rest (*còn lại*).

Real paragraphs are read from the corpus by id (each with its address there; quoted below);
near misses are the shapes the rules must stay quiet on; the properties say what holds for any
figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from _checker_helpers import changed, paragraph
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.stated) for f in check_text(text) if f.code in _RATES]


def shares(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "share-sum-mismatch"]


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


def rate_of(part: int, whole: int, places: int) -> Decimal:
    exp = Decimal(1).scaleb(-places)
    return (Decimal(100) * part / whole).quantize(exp, rounding=ROUND_HALF_UP)


# --- a vote's rate of all the deputies, repeated on a later line -----------------------------

# https://vietnamplus.vn/infographics-tieu-su-chu-tich-nuoc-chxhcn-viet-nam-vo-van-thuong-post848910.amp
# "... với 487/488 đại biểu tham gia biểu quyết tán thành, chiếm 98,38% tổng số đại biểu Quốc
# hội. ... với kết quả 487/488 đại biểu Quốc hội tán thành (bằng 98,38%)."
THUONG = "vietnamplus-ctn-thuong-2023"


def test_vote_rate_repeated_after_its_whole_is_quiet() -> None:
    assert rates(paragraph(THUONG)) == []


def test_vote_rate_repeated_with_a_slip_is_found() -> None:
    text = changed(THUONG, "(bằng 98,38%)", "(bằng 98,88%)")
    assert ("rate-mismatch", "98,88%") in rates(text)


def test_vote_rate_alone_of_a_few_more_deputies_is_quiet() -> None:
    """The last line alone: 98,38 % is 487 of 495, seven deputies more than voted (at most 3 %
    more are read as all the deputies with no whole named); a rate no such whole gives is
    still 487/488's."""
    last = paragraph(THUONG).splitlines()[-1]
    assert rates(last) == []
    assert ("rate-mismatch", "98,88%") in rates(last.replace("98,38%", "98,88%"))


def test_whole_named_in_another_section_is_forgotten() -> None:
    # 93,65 % is 487 of 520, too many more deputies to be read without the whole named
    first, _, last = (line.replace("98,38%", "93,65%") for line in paragraph(THUONG).splitlines())
    assert rates(f"{first}\n{last}") == []
    assert ("rate-mismatch", "93,65%") in rates(f"I. KẾT QUẢ\n{first}\nII. KHÁC\n{last}")


# --- the parts of a written fraction's numerator --------------------------------------------

# http://cuchi.hochiminhcity.gov.vn/tin_tuc_su_kien/default.aspx?ItemID=3015&Mode=1&Source=%2Ftin_tuc_su_kien
# "Có 7.132/8.274 đảng viên được đánh giá chất lượng trong năm qua. Kết quả có 489 đảng viên hoàn
# thành xuất sắc nhiệm vụ (tỷ lệ 6,85%), 5.050 ... (tỷ lệ 70,8%), 1.525 ... (tỷ lệ 21,38%), 68
# ... (tỷ lệ 0,95%)."
CUCHI = "cuchi-danhgia-2017"


def test_parts_of_the_assessed_real_truncation() -> None:
    assert ("rate-rounding", "6,85%") in rates(paragraph(CUCHI))


def test_parts_of_the_assessed_mutation() -> None:
    assert ("rate-mismatch", "21,58%") in rates(changed(CUCHI, "21,38%", "21,58%"))


# https://dantocmiennui.vn/luu/ket-qua-bau-cu-tai-cac-dia-phuong/81093.html
# "Có 9/15 ứng cử viên đã trúng cử ... 2 đại biểu nữ, chiếm tỷ lệ 22,2%; ... 5 người, chiếm tỷ
# lệ 55,56%; ... sau đại học 7 người, chiếm tỷ lệ 77,7%" (7/9 is 77,78 %).
def test_parts_of_the_elected_real_truncation() -> None:
    assert ("rate-rounding", "77,7%") in rates(paragraph("dantocmiennui-daklak-baucu-2016"))


# https://baovinhlong.com.vn/thoi-su/201807/xa-tra-con-co-2590-ho-gia-dinh-dat-tieu-chuan-van-hoa-2900722
# "2.718/2.974 hộ đăng ký ... 2.390 hộ (chiếm 80,36%), 2.689 hộ an toàn (chiếm 99,26%), ...,
# 2.506 hộ đạt xanh- sạch- đẹp (chiếm 92,2%)": 80,36 % is of the 2.974 households, 92,2 % of
# the 2.718 registered; whose the others are cannot be told.
def test_rates_of_either_figure_of_the_fraction_stay_quiet() -> None:
    assert rates(paragraph("tracon-vh-2018-2590ho")) == []


def test_numerator_alone_is_not_a_base() -> None:
    """Near miss: one rate after the fraction's numerator, nothing confirming it, is quiet."""
    text = "Có 45/50 chi hội được đánh giá. Trong đó 20 chi hội xếp loại tốt, chiếm 42%."
    assert rates(text) == []


@given(
    whole=st.integers(min_value=60, max_value=5000),
    cut=st.lists(st.integers(min_value=1, max_value=10_000), min_size=3, max_size=3),
    extra=st.integers(min_value=1, max_value=500),
)
def test_rates_of_the_numerator_hold(whole: int, cut: list[int], extra: int) -> None:
    total = sum(cut)
    parts = [max(1, c * (whole - 3) // total) for c in cut]
    text = (
        f"Có {whole}/{whole + extra} đảng viên được đánh giá. Kết quả có "
        + ", ".join(
            f"{p} đảng viên {g} (tỷ lệ {written(rate_of(p, whole, 2))}%)"
            for p, g in zip(
                parts, ("xếp loại tốt", "xếp loại khá", "xếp loại trung bình"), strict=True
            )
        )
        + "."
    )
    assert rates(text) == []


# --- voter turnout in the next clause --------------------------------------------------------

# https://thuviensuckhoe.org/da-nang-cong-bo-ket-qua-bau-cu-dai-bieu-hdnd-thanh-pho-nhiem-ky-2021-2026-20210531160219678.htm
# "Tổng số cử tri trên địa bàn thành phố là 751.103 người; số lượng cử tri đi bỏ phiếu là
# 750.296 người, đạt tỷ lệ 99,9%."
DANANG = "thuviensuckhoe-danang-hdnd-2021"


def test_turnout_holds() -> None:
    assert rates(paragraph(DANANG)) == []


def test_turnout_mutation() -> None:
    assert ("rate-mismatch", "99,1%") in rates(
        changed(DANANG, "đạt tỷ lệ 99,9%", "đạt tỷ lệ 99,1%")
    )


# https://dantri.com.vn/chinh-tri/quang-tri-chu-tich-ubnd-tinh-trung-cu-voi-ty-le-cao-nhat-2016052609063186.htm
def test_turnout_after_tong_so_mutation() -> None:
    text = changed("dantri-quangtri-baucu-2016", "99,40%", "99,10%")
    assert ("rate-mismatch", "99,10%") in rates(text)


def test_turnout_of_another_noun_is_quiet() -> None:
    """Near miss: the next clause counts another thing (its noun is not the whole's)."""
    text = (
        "Tổng số cử tri trên địa bàn là 751.103 người; số đại biểu được bầu là 52 người, đạt tỷ "
        "lệ 99,1%."
    )
    assert rates(text) == []


@given(whole=st.integers(min_value=1000, max_value=10**6), share=st.integers(50, 999))
def test_turnout_property(whole: int, share: int) -> None:
    voted = whole * share // 1000
    rate = rate_of(voted, whole, 2)
    base = f"Tổng số cử tri của tỉnh là {whole} người; số cử tri đã đi bỏ phiếu là {voted} người, "
    assert rates(base + f"đạt tỷ lệ {written(rate)}%.") == []
    wrong = rate + Decimal(3) if rate < 90 else rate - Decimal(3)
    assert ("rate-mismatch", f"{written(wrong)}%") in rates(base + f"đạt tỷ lệ {written(wrong)}%.")


# --- cases settled of those received ---------------------------------------------------------


# http://baodongkhoi.vn/6-thang-dau-nam-2019-giai-quyet-hon-3-8-ngan-vu-an-11082019-a63335.html
# "Tổng số án hình sự TAND 2 cấp thụ lý là 259 vụ, đã giải quyết 203 vụ (đạt 78,4%)."
def test_received_after_la_mutation() -> None:
    text = changed("baodongkhoi-toaan-6t-2019", "(đạt 78,4%)", "(đạt 98,4%)")
    assert ("rate-mismatch", "98,4%") in rates(text)


# https://baoangiang.com.vn/tong-ket-5-nam-va-ky-ket-quy-che-phoi-hop-lien-nganh-tinh-a258839.html
# "tổng số vụ việc thụ lý kiểm sát giải quyết là 9.229 tin; đã giải quyết được 8.825 tin, tỷ lệ
# giải quyết đạt 95,62%, vượt chỉ tiêu ..."
ANGIANG = "angiang-vks-5nam-2019"


def test_settled_rate_named_after_it() -> None:
    assert rates(paragraph(ANGIANG)) == []
    assert ("rate-mismatch", "97,62%") in rates(changed(ANGIANG, "95,62%", "97,62%"))


# https://baoquangnam.vn/chinh-tri/vien-kiem-sat-nhan-dan-huyen-que-son-don-nhan-huan-chuong-lao-dong-hang-nhat-155064.html
def test_settled_by_xu_ly_giai_quyet() -> None:
    text = changed("quangnam-vks-queson-2023", "(đạt 93%)", "(đạt 97%)")
    assert ("rate-mismatch", "97%") in rates(text)


def test_settled_of_a_plan_is_quiet() -> None:
    """Near miss: the rate after the settled count names a plan."""
    text = "Tòa án thụ lý là 259 vụ, đã giải quyết 203 vụ (đạt 98,4% kế hoạch)."
    assert rates(text) == []


# --- shares closed by the rest ---------------------------------------------------------------

# https://742869.elmit.asia/chi-tiet-co-cau-dai-bieu-quoc-hoi-khoa-xv-ar617647.html
# "... có 126 đại biểu ... (chiếm 25%), 67 đại biểu ... (chiếm 14%). Còn lại 61% đại biểu Quốc
# hội- tương đương 306 người ..."
QH15 = "tw-qh15-499-structure"


def test_rest_in_the_next_sentence_mutation() -> None:
    assert shares(paragraph(QH15)) == []
    assert "25% + 14% + 66%" in shares(changed(QH15, "Còn lại 61%", "Còn lại 66%"))


# https://baothainguyen.vn/xa-hoi/201912/ty-trong-lao-dong-khu-vuc-cong-nghiep-xay-dung-va-dich-vu-tang-nhanh-36748BF
# "ngành công nghiệp, xây dựng chiếm tỷ trọng 58%; dịch vụ chiếm 31,7%; còn lại 10,3% là nông,
# lâm nghiệp, thủy sản."
COCAU = "thainguyen-cocau-2019"


def test_rest_in_its_sentence() -> None:
    assert shares(paragraph(COCAU)) == []
    assert "58% + 31,7% + 20,3%" in shares(changed(COCAU, "10,3%", "20,3%"))


def test_rest_after_a_rate_of_change_is_quiet() -> None:
    """Near miss: a share before the rest written without *chiếm* (a growth) is no part."""
    text = "Dịch vụ tăng 31,7%; công nghiệp chiếm 58%; còn lại 20,3% là nông nghiệp."
    assert shares(text) == []


# http://www.thtg.vn/quy-ho-tro-nong-dan-tinh-tien-giang-ho-tro-von-cho-hon-10-000-nong-dan/
def test_rest_with_a_bound_is_quiet() -> None:
    """Near miss: "khoảng 74,6 % vốn còn lại" is not read as the rest's exact share."""
    text = changed("tiengiang-hnd-2017-quyhtnd", "74,6 %", "70,6 %")
    assert shares(text) == []


# https://thainguyentv.vn/du-uoc-toc-do-tang-truong-kinh-te-6-thang-dau-nam-dat-65-85099.html
# "... khu vực dịch vụ và thuế sản phẩm chiếm 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm
# 12,35%./."
GRDP = "thainguyen-grdp-6t-b"


def test_sector_clause_ends_at_va_khu_vuc() -> None:
    assert shares(paragraph(GRDP)) == []
    assert "56,34% + 31,31% + 19,35%" in shares(changed(GRDP, "12,35%", "19,35%"))


@given(
    first=st.integers(min_value=1, max_value=600),
    second=st.integers(min_value=1, max_value=300),
    slip=st.sampled_from([-3, 2, 5]),
)
def test_rest_property(first: int, second: int, slip: int) -> None:
    a, b = Decimal(first) / 10, Decimal(second) / 10
    rest = Decimal(100) - a - b
    text = "Khối A chiếm {}%, khối B chiếm {}%. Còn lại {}% là các khối khác."
    assert shares(text.format(written(a), written(b), written(rest))) == []
    wrong = rest + slip
    if 0 <= wrong <= 100:
        assert shares(text.format(written(a), written(b), written(wrong)))


# --- a rate named by the verb of its part -----------------------------------------------------

# http://congan.nghean.gov.vn/thong-tin-chuyen-de/thong-ke/202203/so-lieu-ve-cong-tac-dau-tranh-phong-chong-toi-pham-thang-32022-947395/index.htm
# "Toàn quốc xảy ra 2.742 vụ; khám phá 2.313 vụ; bắt giữ, xử lý 4.974 đối tượng; tỷ lệ khám phá
# đạt 84,35%; ..."
NGHEAN = "congan-nghean-toipham-3-2022"


def test_rate_named_by_verb_holds() -> None:
    assert rates(paragraph(NGHEAN)) == []


def test_rate_named_by_verb_mutation() -> None:
    assert ("rate-mismatch", "84,85%") in rates(changed(NGHEAN, "84,35%", "84,85%"))


# https://plo.vn/bo-cong-an-toi-pham-trat-tu-xa-hoi-thang-12-2025-co-xu-huong-tang-post889361.html
def test_rate_named_by_verb_other_site() -> None:
    text = changed("plo-bca-toipham-12-2025", "khám phá 3.066 vụ", "khám phá 3.166 vụ")
    assert ("rate-mismatch", "75,63%") in rates(text)


def test_rate_named_by_another_verb_is_quiet() -> None:
    """Near miss: the rate names a verb no count of the sentence follows."""
    text = (
        "Toàn quốc xảy ra 2.742 vụ; khám phá 2.313 vụ; bắt giữ, xử lý 4.974 đối tượng; tỷ lệ "
        "giải quyết đạt 80,35%."
    )
    assert rates(text) == []


@given(
    occurred=st.integers(min_value=100, max_value=9999),
    per_mille=st.integers(min_value=300, max_value=999),
)
def test_rate_named_by_verb_property(occurred: int, per_mille: int) -> None:
    found = occurred * per_mille // 1000
    rate = rate_of(found, occurred, 2)
    text = (
        "Toàn quốc xảy ra {} vụ; khám phá {} vụ; bắt giữ, xử lý 99 đối tượng; tỷ lệ khám phá "
        "đạt {}%."
    )
    assert rates(text.format(occurred, found, written(rate))) == []
    wrong = rate - Decimal(7)
    assert ("rate-mismatch", f"{written(wrong)}%") in rates(
        text.format(occurred, found, written(wrong))
    )
