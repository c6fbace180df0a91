"""Round 11 (issue 9): malformed numbers and rates of the waiting paragraphs (rates6).

Real paragraphs are quoted verbatim with their address (from ``tests/corpus/pending/``); a
one-figure slip is put into them the way the corpus harness does; near misses are the shapes the
rules must stay quiet on; the properties say what holds for any figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text


def malformed(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "malformed-number"]


def grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# https://thanhtratinh.ninhthuan.gov.vn/portal/pages/print.aspx?p=28215
NINHTHUAN = (
    "Trong 6 tháng đầu năm 2020, cơ quan hành chính các cấp đã tiếp 866 lượt/964 lượt người đến "
    "khiếu nại, tố cáo, phản ánh, kiến nghị. So với cùng kỳ năm trước giảm 146 lượt tiếp, 127 "
    "lượt người (6 tháng đầu năm 2019 đã tiếp 1.012 lượt/1.091 lượt người). Đối với đoàn đông "
    "người, có 05 lượt đoàn/75 lượt người. So với cùng kỳ năm trước giảm 07 lượt đoàn, 166 lượt "
    "người (6 tháng đầu năm 2019 có 12 lượt đoàn/241 lượt người)."
)
# http://baolamdong.vn/kinhte/201708/hon-98-ngan-ho-gia-dinh-chinh-sach-duoc-vay-von-2830545/
LAMDONG = (
    "Doanh số thu nợ đạt 362.861 triệu đồng, tăng 20.115 triệu đồng so với cùng kỳ năm 2016. "
    "Tổng dư nợ đến 30/6/2017 là 2.758.926 triệu đồng/98.081 hộ vay/2.592 tổ TK&VV, tăng 132.406 "
    "triệu đồng (+5,04%) so với đầu năm, đạt 99,1% kế hoạch, trong đó: dư nợ đầu tư tại các xã "
    "vùng sâu, vùng xa, xã đặc biệt khó khăn là 547.320 triệu đồng/17.862 hộ; dư nợ đầu tư cho "
    "đồng bào dân tộc thiểu số là 784.172 triệu đồng/29.646 hộ."
)
# https://baophutho.vn/dai-hoi-dai-bieu-hoi-cuu-chien-binh-xa-tien-lu-nhiem-ky-2025--2030-241448.htm
PHUTHO = (
    "Hội đã nhận ủy thác với Ngân hàng chính sách xã hội 7 tổ tiết kiệm vay vốn với số dư trên 22 "
    "tỷ đồng, quản lý sử dụng vốn vay đúng mục đích. Các chi hội duy trì có hiệu quả hoạt động "
    "của quỹ nội bộ, nhiệm kỳ qua đã tạo điều kiện cho hàng trăm lượt hội viên vay vốn, chân quỹ "
    "hiện có hơn 2,8 tỷ đồng, bình quân 1.300.000/người tăng 200.000đ/người so với đầu nhiệm kỳ"
)
# https://vietnammedia.vnanet.vn/video/pho-thu-tuong-pham-thi-thanh-tra-lam-viec-tai-ha-tinh-178709.htm
HATINH = (
    "Về công tác chuẩn bị bầu cử các cấp nhiệm kỳ 2026-2031, toàn tỉnh Hà Tĩnh có 3 đơn vị bầu cử "
    "đại biểu quốc hội và 12 đơn vị bầu cử đại biểu Hội đồng nhân dân tỉnh tỉnh; có trên 1,1 "
    "triệu cử tri tại 1.100 khu vực bỏ phiếu."
)
# http://chuthapdo.hanam.gov.vn/qua-trinh-phat-trien
HANAM = (
    "Toàn tỉnh hiện có 116 Hội CTĐ xã, phường, thị trấn, 82 chi Hội cơ quan; 296 Hội, chi Hội "
    "trường học, 1.993 chi Hội thôn xóm, tiểu khu với tổng số hội viên là 44.746; Thanh thiếu "
    "niên CTĐ: 58.698; Tình nguyện viên CTĐ: 4.895.\nCán bộ chuyên trách cấp tỉnh là 15 cán "
    "bộ; tại các huyện, thành phố là 23 cán bộ."
)


@pytest.mark.parametrize(
    ("text", "figure", "slip"),
    [
        (NINHTHUAN, "1.012 lượt/1.091 lượt", "1.012 lượt/1.0915 lượt"),
        (LAMDONG, "784.172 triệu đồng/29.646 hộ", "784.172 triệu đồng/29.6461 hộ"),
        (PHUTHO, "1.300.000/người", "1.300.00/người"),
        (HATINH, "tại 1.100 khu vực", "tại 1.1009 khu vực"),
        (HANAM, "CTĐ: 58.698;", "CTĐ: 58.6986;"),
    ],
)
def test_real_paragraph_quiet_and_slip_found(text: str, figure: str, slip: str) -> None:
    assert malformed(text) == []
    assert figure in text
    slipped = text.replace(figure, slip, 1)
    [stated] = malformed(slipped)
    assert stated is not None
    assert stated in slip


@pytest.mark.parametrize(
    "text",
    [
        # a decimal in English notation beside a grouped count: may be a measure, stays quiet
        "toàn tỉnh đã trồng được 15.530 ha/22.36 ha KH",
        # coordinates, codes, references
        "tọa độ 106.6601/10.7626",
        "văn bản số 1.234/2.3456",
        "theo mục 1.2345/1.000",
        # no grouped count beside the four-digit group, no unit after the short group
        "tỷ số 1.2345/7",
        "đạt 2.500.000 đồng/1.5 năm",
        # a date with dots, a section number before a slash
        "ngày 12.10.2019/ngày 13.10.2019",
        "xem 1.2.3/4.5.6",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert malformed(text) == []


_COUNTS = st.integers(min_value=1_000, max_value=99_999_999)
_NOUNS = st.sampled_from(["lượt", "hộ", "người", "triệu đồng", "lượt người"])


@given(_COUNTS, _COUNTS, _NOUNS)
@example(1_012, 1_091, "lượt")
def test_fraction_of_grouped_counts_is_quiet(left: int, right: int, noun: str) -> None:
    text = f"đã tiếp {grouped(left)} {noun}/{grouped(right)} {noun} đến khiếu nại"
    assert malformed(text) == []


@given(_COUNTS, _COUNTS, _NOUNS, st.integers(min_value=0, max_value=9), st.booleans())
@example(1_012, 1_091, "lượt", 5, False)
def test_four_digit_last_group_beside_a_grouped_count_is_found(
    left: int, right: int, noun: str, digit: int, on_the_left: bool
) -> None:
    bad = f"{grouped(right if not on_the_left else left)}{digit}"
    good = grouped(left if not on_the_left else right)
    pair = f"{bad} {noun}/{good}" if on_the_left else f"{good} {noun}/{bad}"
    text = f"đã tiếp {pair} {noun} đến khiếu nại"
    assert malformed(text) == [bad]


@given(st.integers(min_value=1_000_000, max_value=999_999_999), st.integers(1, 2))
@example(1_300_000, 1)
def test_short_last_group_before_a_unit_is_found(amount: int, cut: int) -> None:
    bad = grouped(amount)[:-cut]
    text = f"bình quân {bad}/người, tăng so với đầu nhiệm kỳ"
    assert malformed(text) == [bad]
    assert malformed(f"bình quân {grouped(amount)}/người, tăng so với đầu nhiệm kỳ") == []


_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.stated) for f in check_text(text) if f.code in _RATES]


# https://obsl.net/99-38-cu-tri-ca-nuoc-di-bo-phieu-bau-cu-dai-bieu-quoc-hoi-va-hdnd-cac-cap-24221.html
OBSL = (
    "Theo thông cáo của Trung tâm báo chí bầu cử, tính đến 20h ngày 15-3, tổng số cử tri của cả "
    "nước là 76.516.637; số cử tri đã tham gia bỏ phiếu là: 76.043.527 (đạt tỉ lệ 99,38%)."
)
# http://hoiluatgiavn.org.vn:8080/ket-thuc-ngay-bau-cu-ti-le-cu-tri-ca-nuoc-di-bo-phieu-dat-9938-d4973.html
HOILUATGIA = (
    "Về tình hình, tiến độ cử tri tham gia bỏ phiếu, tổng số cử tri của cả nước là 76.516.637; "
    "số cử tri đã tham gia bỏ phiếu là 76.043.527 (đạt tỉ lệ 99,38%)."
)
# https://baodauthau.vn/ket-thuc-bau-cu-ti-le-cu-tri-ca-nuoc-tham-gia-bo-phieu-dat-9968-post195325.html
BAODAUTHAU = (
    "Cụ thể, tổng số cử tri của cả nước là: 76.436.561; số cử tri đã tham gia bỏ phiếu là: "
    "76.188.970 (đạt tỉ lệ 99,68%). Cử tri cao tuổi nhất là cụ Hoàng Thị Tồng, 119 tuổi, dân tộc "
    "Mông tại xóm Lũng Liềm, xã Yên Thổ, tỉnh Cao Bằng."
)
# https://baobinhphuoc.com.vn/news/15/33989/8332-vu-viec-duoc-toa-an-nhan-dan-2-cap-giai-quyet
BINHPHUOC = (
    "Tòa án nhân dân 2 cấp cũng thụ lý 67 vụ án hành chính, đã giải quyết 51 vụ, đạt 76%; so "
    "cùng kỳ năm 2018 số án thụ lý và giải quyết đều giảm."
)
# https://123docz.net/trich-doan/3264625-ket-qua-dat-duoc.htm
DOCZ = (
    "Năm 2016, thụ lý 359.748 vụ, giải quyết 332.896 vụ (đạt 92,5%) so với cùng kì năm ngoái "
    "thụ lý tăng 26.598 vụ, giải quyết tăng 24.311 vụ."
)
DOCZ_2018 = (
    "Năm 2018, thụ lý 439.546 vụ, giải quyết 386.923 vụ (đạt 88,03%), thụ lý tăng 4829 vụ, "
    "giải quyết tăng 48.912 vụ so với cùng kì năm ngoái."
)


@pytest.mark.parametrize(
    ("text", "rate", "slip"),
    [
        (OBSL, "99,38%", "99,98%"),
        (HOILUATGIA, "99,38%", "91,38%"),
        (BAODAUTHAU, "99,68%", "97,68%"),
        (BINHPHUOC, "76%", "96%"),
        (DOCZ, "92,5%", "93,5%"),
        (DOCZ_2018, "88,03%", "83,03%"),
    ],
)
def test_real_rates_quiet_and_slip_found(text: str, rate: str, slip: str) -> None:
    assert rates(text) == []
    [(code, stated)] = rates(text.replace(rate, slip, 1))
    assert code == "rate-mismatch"
    assert stated is not None
    assert stated in slip


@pytest.mark.parametrize(
    "text",
    [
        # the next clause counts another noun
        "tổng số cử tri của cả nước là 76.516.637; số đại biểu đã tham gia là: 76.043.527 "
        "(đạt tỉ lệ 99,98%).",
        # cases and defendants in pairs: a rate that holds for the defendants may be theirs
        # (one that holds for neither is judged: tests/test_checker_rates7.py)
        "đã thụ lý 1.302 vụ - 2.286 bị cáo, giải quyết 1.153 vụ - 2.046 bị cáo, đạt 89,50%;",
        # the rate of a plan, of the cases on time, of another noun
        "thụ lý 67 vụ, đã giải quyết 51 vụ (đạt 96%) kế hoạch",
        "tiếp nhận 500 hồ sơ, giải quyết 480 hồ sơ, đạt 90% đúng hạn.",
        "thụ lý 67 vụ, đã giải quyết 51 việc, đạt 96%",
        # a bound: "gần 1.800 vụ việc ... gần 80%"
        "đã thụ lý gần 1.800 vụ việc, đã giải quyết gần 1.400 vụ việc, đạt tỉ lệ gần 70%.",
        # the part larger than the whole received: another whole
        "thụ lý 67 vụ, đã giải quyết 81 vụ, đạt 96%.",
        # the rate of those due (named after it), not of those received:
        # https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105
        "kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa cấp huyện, cấp xã trong tháng "
        "8/2021 đã tiếp nhận mới 19.630 hồ sơ, hồ sơ trả trước và đúng hạn là 19.255 hồ sơ (đạt "
        "96,55%), hồ sơ đến hạn giải quyết 19.944 hồ sơ, hồ sơ quá hạn giải quyết nhưng chưa có "
        "kết quả 689 hồ sơ chiếm 3,45 %, các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị "
        "rút hồ sơ là 16 hồ sơ (chiếm 0,08%).",
    ],
)
def test_rate_near_misses_stay_quiet(text: str) -> None:
    assert rates(text) == []


@given(st.integers(min_value=2, max_value=10**7), st.data())
@example(67, None)
def test_settled_of_received_rate_is_judged(whole: int, data: st.DataObject | None) -> None:
    part = whole * 3 // 4 if data is None else data.draw(st.integers(1, whole))
    exact = (Decimal(100) * part / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    stated = written(exact)
    text = f"Tòa án thụ lý {grouped(whole)} vụ, đã giải quyết {grouped(part)} vụ, đạt {stated}%;"
    assert rates(text) == []
    wrong = exact + 5 if exact < 90 else exact - 5
    [(code, _)] = rates(text.replace(f"{stated}%", f"{written(wrong)}%"))
    assert code == "rate-mismatch"


@given(st.integers(min_value=10, max_value=10**8), st.data())
def test_total_then_same_noun_next_clause(whole: int, data: st.DataObject) -> None:
    part = data.draw(st.integers(1, whole - 1))  # the part below the whole
    exact = (Decimal(100) * part / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = (
        f"tổng số cử tri của cả nước là {grouped(whole)}; số cử tri đã tham gia bỏ phiếu là: "
        f"{grouped(part)} (đạt tỉ lệ {written(exact)}%)."
    )
    assert rates(text) == []
    wrong = exact + 5 if exact < 90 else exact - 5
    [(code, _)] = rates(text.replace(f"{written(exact)}%", f"{written(wrong)}%"))
    assert code == "rate-mismatch"


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


def shares(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.code == "share-sum-mismatch"]


# https://vneconomy.vn/quang-tri-tang-truong-kinh-te-vuot-qua-kich-ban.htm
QUANGTRI = (
    "Cơ cấu kinh tế của tỉnh Quảng Trị trong quý I/2025 có sự thay đổi nhẹ. Khu vực nông, lâm "
    "nghiệp và thủy sản chiếm 15,15%, khu vực công nghiệp và xây dựng chiếm 32,63%, khu vực dịch "
    "vụ chiếm 48,29%, và thuế sản phẩm trừ trợ cấp sản phẩm chiếm 3,93%."
)
# https://dx.newsallq.com/?p=66455
NINHBINH = (
    "Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng khu vực dịch vụ, đến hết năm 2024 tỷ "
    "trọng ngành dịch vụ là 48,2%; công nghiệp-xây dựng là 41,7%; nông, lâm, thủy sản là 10,1%."
)


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (QUANGTRI, "32,63%", "32,68%"),
        (QUANGTRI, "48,29%", "48,24%"),  # below 100: the four parts of GRDP are its whole
        (QUANGTRI, "3,93%", "3,33%"),
        (NINHBINH, "10,1%", "18,1%"),
    ],
)
def test_real_sector_shares_quiet_and_slip_found(text: str, share: str, slip: str) -> None:
    assert shares(text) == []
    assert shares(text.replace(share, slip, 1)) == ["share-sum-mismatch"]


@pytest.mark.parametrize(
    "text",
    [
        # three sectors of a structure may leave the taxes out: a sum below 100 stays quiet
        NINHBINH.replace("41,7%", "41,0%"),
        QUANGTRI.replace(", và thuế sản phẩm trừ trợ cấp sản phẩm chiếm 3,93%", "").replace(
            "32,63%", "30,63%"
        ),
        # a growth rate then a contribution in one sector's clause
        "Khu vực nông, lâm nghiệp và thủy sản tăng 3,89%, đóng góp 5,19%; khu vực công nghiệp và "
        "xây dựng tăng 8,97%, đóng góp 43,63%; khu vực dịch vụ tăng 8,46%, chiếm 51,18%.",
        # the four growth rates are no shares
        "Khu vực nông, lâm nghiệp và thủy sản tăng 2,7%, khu vực công nghiệp và xây dựng tăng "
        "10,5%, khu vực dịch vụ tăng 9,5%, thuế sản phẩm trừ trợ cấp sản phẩm tăng 5,29%.",
    ],
)
def test_sector_near_misses_stay_quiet(text: str) -> None:
    assert shares(text) == []


_CENTS = st.integers(min_value=100, max_value=6000)


@given(_CENTS, _CENTS, _CENTS, st.integers(min_value=3, max_value=400), st.integers(0, 3))
@example(1515, 3263, 4829, 4, 1)
def test_four_parts_of_grdp_make_100(a: int, b: int, c: int, off: int, which: int) -> None:
    d = 10_000 - a - b - c
    if d <= 0:
        return
    parts = [Decimal(x).scaleb(-2) for x in (a, b, c, d)]

    def sentence(values: list[Decimal]) -> str:
        w = [written(v) for v in values]
        return (
            f"Khu vực nông, lâm nghiệp và thủy sản chiếm {w[0]}%, khu vực công nghiệp và xây "
            f"dựng chiếm {w[1]}%, khu vực dịch vụ chiếm {w[2]}%, và thuế sản phẩm trừ trợ cấp "
            f"sản phẩm chiếm {w[3]}%."
        )

    assert shares(sentence(parts)) == []
    wrong = list(parts)
    step = Decimal(off).scaleb(-2)
    wrong[which] = parts[which] - step if parts[which] > step else parts[which] + step
    assert shares(sentence(wrong)) == ["share-sum-mismatch"]
