"""Round 11 (issue 9): rates, dates and malformed numbers of the waiting paragraphs (rates5).

Real paragraphs are quoted verbatim with their address (from ``tests/corpus/pending/``); near
misses are the shapes the rules must stay quiet on; the properties say what holds for any
figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


def impossible(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "impossible-date"]


def malformed(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "malformed-number"]


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


def rate_of(part: int, whole: int, places: int = 1) -> Decimal:
    exp = Decimal(1).scaleb(-places)
    return (Decimal(100) * part / whole).quantize(exp, rounding=ROUND_HALF_UP)


def grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- rates: a whole after "tổng số" closes its sentence, "Trong đó" opens its parts ---------------

# https://thoibaotaichinhvietnam.vn/cong-bo-danh-sach-864-nguoi-ung-cu-dai-bieu-quoc-hoi-khoa-xvi-192187.html
_HDBCQG = (
    "Theo Nghị quyết, Hội đồng Bầu cử quốc gia quyết nghị, công bố danh sách 864 người ứng cử "
    "đại biểu Quốc hội khoá XVI tại 182 đơn vị bầu cử trong cả nước để bầu 500 đại biểu Quốc hội "
    "khoá XVI.\n"
    "Tại cuộc bầu cử tới đây, các cử tri sẽ bỏ phiếu để bầu 500 đại biểu Quốc hội khóa XVI trong "
    "số 846 ứng cử viên có tên trong danh sách chính thức. Theo cơ cấu, tổng số đại biểu Quốc hội "
    "khóa XVI là 500 người. Trong đó, số đại biểu ở các cơ quan Trung ương là 217 người ({}%), số "
    "lượng đại biểu Quốc hội ở địa phương là 283 người ({}%).\n"
    "Về cơ cấu giới, tỷ lệ nữ giới tham gia ứng cử rất cao, với 392 người, chiếm 45,37% tổng số "
    "ứng cử viên. Ứng cử viên là người dân tộc thiểu số là 188 người, chiếm tỷ lệ 21,76%. Có 65 "
    "ứng cử viên là người ngoài Đảng, chiếm 7,52%."
)

# https://tracuuquyhoach.com/tin-tuc/danh-sach-chinh-thuc-500-dai-bieu-quoc-hoi-khoa-xvi-54747567
_QH16 = (
    "Theo đó, tổng số đại biểu Quốc hội khóa XVI là 500 người. Trong đó, số đại biểu do các cơ "
    "quan, tổ chức ở trung ương giới thiệu có 214 người trúng cử, số đại biểu Quốc hội ở địa "
    "phương là 286 người (56,6%).\n"
    "Đáng chú ý, đây là lần đầu tiên Quốc hội nước ta có thêm đại diện của người dân tộc Ơ Đu - "
    "một trong những dân tộc ít người nhất tại Việt Nam; tỷ lệ đại biểu là phụ nữ trúng cử tiếp "
    "tục đạt mức cao (30%).\n"
    "Dự kiến, kỳ họp đầu tiên của Quốc hội khóa XVI sẽ họp ngày 6/4 để kiện toàn nhân sự và tiến "
    "hành công tác xây dựng pháp luật./."
)


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        pytest.param(("43,4", "56,6"), [], id="real: 217 and 283 of the 500"),
        pytest.param(("43,0", "56,6"), ["43,0%"], id="the first share miswritten"),
        pytest.param(("43,4", "56,9"), ["56,9%"], id="the second share miswritten"),
    ],
)
def test_parts_open_the_sentence_after_their_whole(
    figures: tuple[str, str], expected: list[str]
) -> None:
    assert [s for _, s, _ in rates(_HDBCQG.format(*figures))] == expected


def test_a_real_slip_against_the_whole_of_the_sentence_before() -> None:
    # 286 of the 500 deputies is 57,2 %, not 56,6 % (corpus qh16-2026-500daibieu).
    assert rates(_QH16) == [("rate-mismatch", "56,6%", "286/500 = 57,2%")]


@pytest.mark.parametrize(
    "text",
    [
        # The sentence of the whole goes on with another figure: which count is broken down
        # is not sure.
        pytest.param(
            "Có 864 người ứng cử và 846 ứng cử viên. Tổng số đại biểu là 500 người, tăng 4 "
            "người. Trong đó, ở địa phương là 283 người (59,6%), ở Trung ương 217 người (41,4%).",
            id="a change after the whole",
        ),
        # Without "tổng số", two counts of the noun in the sentence before "Trong đó": which
        # one is broken down is not sure (one count alone is read: test_checker_rates12).
        pytest.param(
            "Có 864 người ứng cử và 846 ứng cử viên. Đại hội bầu 500 người trong số 846 người. "
            "Trong đó, ở địa phương là 283 người (59,6%), ở Trung ương 217 người (41,4%).",
            id="no tổng số, two counts",
        ),
        # The next sentence does not open the parts with "Trong đó".
        pytest.param(
            "Có 864 người ứng cử và 846 ứng cử viên. Tổng số đại biểu là 500 người. Ở địa "
            "phương là 283 người (59,6%), ở Trung ương 217 người (41,4%).",
            id="no trong đó",
        ),
        # A part of a part: its rate fits the part it follows (200), not the whole.
        pytest.param(
            "Tổng số hội viên là 500 người. Trong đó, 200 người là nữ (40%), trong số đó có 50 "
            "người là dân tộc thiểu số (25%).",
            id="a part of a part",
        ),
        # A year between "tổng số" and the whole: which total of which year is not guessed.
        pytest.param(
            "Tổng số hội viên năm 2023 là 500 người. Trong đó, 200 người là nữ (45%).",
            id="a year in the whole's words",
        ),
        # A word of change or another base with the rate.
        pytest.param(
            "Tổng số hội viên là 500 người. Trong đó, 200 người là nữ (tăng 45%).",
            id="a change",
        ),
        # The parts count another noun than the whole's.
        pytest.param(
            "Có 864 chi hội và 846 chi hội. Tổng số hội viên là 500 người. Trong đó, 283 chi "
            "hội (59,6%), 217 chi hội (41,4%).",
            id="another noun",
        ),
    ],
)
def test_parts_after_a_whole_near_misses(text: str) -> None:
    assert rates(text) == []


_TEMPLATE = (
    "Có 9.000 người ứng cử và 8.000 ứng cử viên. Theo cơ cấu, tổng số đại biểu là {w} người. "
    "Trong đó, số đại biểu ở Trung ương là {p} người ({r}%), số đại biểu ở địa phương là {q} "
    "người ({s}%)."
)


@given(
    whole=st.integers(min_value=20, max_value=5_000),
    share=st.integers(min_value=1, max_value=99),
    places=st.integers(min_value=0, max_value=2),
    off=st.integers(min_value=2, max_value=30),
)
@example(whole=500, share=43, places=1, off=4)
def test_parts_after_a_whole_property(whole: int, share: int, places: int, off: int) -> None:
    p = max(1, min(whole - 1, whole * share // 100))
    q = whole - p
    r, s = rate_of(p, whole, places), rate_of(q, whole, places)
    text = _TEMPLATE.format(
        w=grouped(whole), p=grouped(p), q=grouped(q), r=written(r), s=written(s)
    )
    assert rates(text) == []
    # The first share off by more than one unit of its last digit: a mismatch, at that share.
    wrong = r + Decimal(off).scaleb(-places)
    if wrong > 100:
        wrong = r - Decimal(off).scaleb(-places)
    if wrong < 0:
        return
    unit = Decimal(1).scaleb(-places)
    if any(abs(Decimal(100 * p) / x - wrong) <= unit for x in (q, 8_000, 9_000) if x >= p):
        return  # the rate fits another count stated: perhaps its base (the rule stays quiet)
    text = _TEMPLATE.format(
        w=grouped(whole), p=grouped(p), q=grouped(q), r=written(wrong), s=written(s)
    )
    assert [(c, st_) for c, st_, _ in rates(text)] == [("rate-mismatch", written(wrong) + "%")]


# --- dates: a range of two dates, one of them impossible ------------------------------------------

# http://hoinhabaohcm.vn/index/detail_content/13881
_TAYNINH = (
    "Nhân kỷ niệm 72 năm thành lập Hội Nhà báo Việt Nam ({}-{}), chiều 25.4, Hội Nhà báo tỉnh "
    "Tây Ninh tổ chức lễ trao thẻ hội viên Hội Nhà báo Việt Nam giai đoạn (2021-2026) cho lãnh đạo "
    "Ban Tuyên giáo Tỉnh ủy, lãnh đạo Đài PT-TH tỉnh, Báo Tây Ninh, Tạp chí Văn nghệ, các Ủy viên "
    "BCH Hội và Thư ký các Chi hội."
)
# https://baoquangnam.vn/xa-hoi/gan-10-ty-dong-ung-ho-quy-vi-nguoi-ngheo-trong-thang-cao-diem-120714.html
_QUANGNAM = (
    "Số tiền trên được các cơ quan, đơn vị, doanh nghiệp và nhân dân ủng hộ vào Quỹ vì người "
    "nghèo các cấp nhân Tháng cao điểm “Vì người nghèo” (17.10 - {}); trong đó cấp tỉnh hơn 4 tỷ "
    "đồng, cấp huyện 5,6 tỷ đồng."
)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param("21.4.1950", "21.4.2022", [], id="real: both dates exist"),
        pytest.param("21.13.1950", "21.4.2022", ["21.13.1950"], id="the first date's month"),
        pytest.param("21.4.1950", "21.13.2022", ["21.13.2022"], id="the second date's month"),
        pytest.param("31.4.1950", "21.4.2022", ["31.4.1950"], id="a day April has not"),
    ],
)
def test_a_range_of_two_dates(first: str, second: str, expected: list[str]) -> None:
    assert impossible(_TAYNINH.format(first, second)) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        pytest.param("18.11.2021", [], id="real: 17 October to 18 November"),
        pytest.param("18.13.2021", ["18.13.2021"], id="a thirteenth month"),
    ],
)
def test_a_range_from_a_day_and_month_to_a_date(second: str, expected: list[str]) -> None:
    assert impossible(_QUANGNAM.format(second)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Giá từ 1.500.000-2.000.000 đồng mỗi suất.", id="a range of amounts"),
        pytest.param("Từ 17.13 - 18.11.2021, hội tổ chức", id="a time of day first (17:13?)"),
        pytest.param("Giai đoạn (21.13.1650-21.4.2022) nói trên", id="a year of no report"),
        pytest.param("đạt 21.40.1950-21.4.2022 điểm", id="a month above 19: no slip of a date"),
        pytest.param("(21.13.1950-21.14.2022)", id="both sides impossible: no dates"),
    ],
)
def test_a_range_of_dates_near_misses(text: str) -> None:
    assert impossible(text) == []


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=1900, max_value=2100),
    length=st.integers(min_value=1, max_value=80),
    bad=st.integers(min_value=13, max_value=19),
    sep=st.sampled_from([".", "/"]),
    dash=st.sampled_from(["-", " - ", "–"]),
)
def test_a_range_of_dates_property(
    day: int, month: int, year: int, length: int, bad: int, sep: str, dash: str
) -> None:
    first = f"{day}{sep}{month}{sep}{year}"
    second = f"{day}{sep}{month}{sep}{year + length}"
    text = "Kỷ niệm ngày thành lập ({}{}{}), hội tổ chức gặp mặt."
    assert impossible(text.format(first, dash, second)) == []
    wrong = f"{day}{sep}{bad}{sep}{year}"
    assert impossible(text.format(wrong, dash, second)) == [wrong]


# --- malformed: the numerator of a fraction over a count written with thousands dots -------------

# http://toquoc.vn/Thoi_su/sau-tinh-thanh-cong-bo-ket-qua-bau-cu-146718.html
_BACKAN = (
    "Tại tỉnh Bắc Kạn, Ủy ban bầu tỉnh đã bầu đủ 6 đại biểu Quốc hội; số đại biểu HĐND tỉnh trúng "
    "cử đủ 50/50. Đại biểu HĐND cấp huyện đạt 241/243 (thiếu 2 đại biểu); đại biểu HĐND cấp xã "
    "đạt {}/2.816 (thiếu 39 đại biểu)."
)
# https://baovinhlong.com.vn/xa-hoi/202206/day-manh-cong-tac-xuat-khau-lao-dong-3119753
_VINHLONG = (
    "Dịch bệnh COVID-19 thời gian qua khiến XKLĐ gặp khó khăn, cụ thể trong năm 2021 đã tạo thêm "
    "việc làm mới cho 23.436 lao động, trong đó gồm XKLĐ 546 người (chỉ tiêu tương ứng {}/1.700 "
    "người)."
)
# https://www.vjol.info/index.php/tcct/article/view/25760/0
_THANHHOA = (
    "Thanh Hóa đã đạt mục tiêu đưa điện lưới quốc gia đến 27/27 huyện, thị xã, thành phố, đạt "
    "100%; {}/715.159 hộ dân đang được sử dụng điện, đạt 98,75%, trong đó có 805.073/816.505 hộ "
    "dân nông thôn, bằng 98,6% (cao hơn so với bình quân cả nước là 97,7%)."
)


@pytest.mark.parametrize(
    ("template", "numerator", "expected"),
    [
        pytest.param(_BACKAN, "2.777", [], id="real: 2.777/2.816"),
        pytest.param(_BACKAN, "2.77", ["2.77"], id="a digit lost: 2.77/2.816"),
        pytest.param(_VINHLONG, "20.000", [], id="real: 20.000/1.700"),
        pytest.param(_VINHLONG, "20.00", ["20.00"], id="a digit lost: 20.00/1.700"),
        pytest.param(_THANHHOA, "903.727", [], id="real: 903.727/715.159"),
        pytest.param(_THANHHOA, "903.72", ["903.72"], id="a digit lost: 903.72/715.159"),
        pytest.param(_THANHHOA, "903.7271", ["903.7271"], id="a digit more: 903.7271/715.159"),
    ],
)
def test_a_malformed_numerator_over_a_grouped_count(
    template: str, numerator: str, expected: list[str]
) -> None:
    assert malformed(template.format(numerator)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("theo mục 2.3/1.000 của quy định", id="a section's number"),
        pytest.param("văn bản số 12.34/1.234 của tỉnh", id="a document's number"),
        pytest.param("hội nghị ngày 2.12/2.016 đã", id="a date"),
        pytest.param("đạt 2.77/281 đại biểu", id="a denominator below one thousand"),
        pytest.param("mã 02.77/2.816", id="a leading zero: a code"),
    ],
)
def test_a_numerator_over_a_grouped_count_near_misses(text: str) -> None:
    assert malformed(text) == []


@given(
    whole=st.integers(min_value=1_001, max_value=9_999_999),
    cut=st.sampled_from([1, 2, 4]),
)
@example(whole=2_816, cut=2)
def test_a_numerator_over_a_grouped_count_property(whole: int, cut: int) -> None:
    part = whole - 1
    right = grouped(part)
    text = "đại biểu HĐND cấp xã đạt {}/{} (thiếu 1 đại biểu)."
    assert malformed(text.format(right, grouped(whole))) == []
    head, _, last = right.rpartition(".")
    wrong = f"{head}.{(last + '7')[:cut]}"
    assert malformed(text.format(wrong, grouped(whole))) == [wrong]


# --- totals: a fraction and its shortfall make the denominator ----------------------------------

_TOTALS = {"total-mismatch", "parts-exceed-total"}


def totals(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _TOTALS]


# http://toquoc.vn/Thoi_su/sau-tinh-thanh-cong-bo-ket-qua-bau-cu-146718.html
_BACKAN_LACKS = (
    "Tại tỉnh Bắc Kạn, Ủy ban bầu tỉnh đã bầu đủ 6 đại biểu Quốc hội; số đại biểu HĐND tỉnh trúng "
    "cử đủ 50/50. Đại biểu HĐND cấp huyện đạt {}/{} (thiếu {} đại biểu); đại biểu HĐND cấp xã "
    "đạt 2.777/2.816 (thiếu 39 đại biểu). Theo quyết định, Bắc Kạn phải bầu thêm 39 đại biểu "
    "HĐND xã tại 22 đơn vị bầu cử, dự kiến sẽ hoàn thành vào đầu tháng 6/2016."
)
# https://danviet.vn/hoi-nong-dan-hai-phong-giam-36-co-so-hoi-sau-thuc-hien-sap-nhap-2025020616400617.htm
_HAIPHONG = (
    "Sau khi thực hiện kế hoạch định hướng sắp xếp, tinh gọn tổ chức bộ máy do Phó Thủ tướng "
    "Thường trực Nguyễn Hòa Bình ký tại văn bản số 141/KH-BCĐTKNQ18 ngày 6/12/2024, hiện tổng các "
    "cơ sở hội tại thành phố Hải Phòng còn {}/{}, giảm {} đơn vị cơ sở hội."
)


@pytest.mark.parametrize(
    ("template", "figures", "expected"),
    [
        pytest.param(_BACKAN_LACKS, ("241", "243", "2"), [], id="real: 241 elected, 2 seats empty"),
        pytest.param(_BACKAN_LACKS, ("241", "203", "2"), [("total-mismatch", "203", "243")]),
        pytest.param(_BACKAN_LACKS, ("291", "243", "2"), [("total-mismatch", "243", "293")]),
        pytest.param(_BACKAN_LACKS, ("241", "243", "9"), [("total-mismatch", "243", "250")]),
        pytest.param(_HAIPHONG, ("148", "184", "36"), [], id="real: 148 left of 184, 36 fewer"),
        pytest.param(_HAIPHONG, ("148", "194", "36"), [("total-mismatch", "194", "184")]),
        pytest.param(_HAIPHONG, ("148", "184", "33"), [("total-mismatch", "184", "181")]),
    ],
)
def test_a_fraction_and_its_shortfall(
    template: str, figures: tuple[str, str, str], expected: list[tuple[str, str, str]]
) -> None:
    assert totals(template.format(*figures)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Có 45/50 xã đạt chuẩn, giảm 3 xã so với năm 2023.", id="a change in time"),
        pytest.param("Hiện còn 45/50 xã, giảm 3 xã so với cùng kỳ.", id="còn, but compared"),
        pytest.param("Có 45/50 xã đạt chuẩn, giảm 3 xã.", id="no còn: a change, not the rest"),
        pytest.param("Hiện còn 45/50 xã, giảm 3% hộ nghèo.", id="a percentage"),
        pytest.param("đạt 241/243 (thiếu 3 đại biểu nữ, 2 đại biểu dân tộc).", id="a list"),
        pytest.param("đạt 241/243 đại biểu (thiếu 3 xã).", id="another noun"),
        pytest.param("đạt 241/243 (tăng 3 đại biểu).", id="no shortfall"),
    ],
)
def test_a_fraction_and_its_shortfall_near_misses(text: str) -> None:
    assert totals(text) == []


@given(
    whole=st.integers(min_value=13, max_value=99_999),  # "1/2" may be a date
    data=st.data(),
    reduced=st.booleans(),
)
@example(whole=243, data=None, reduced=False)
def test_a_fraction_and_its_shortfall_property(
    whole: int, data: st.DataObject | None, reduced: bool
) -> None:
    part = whole - 2 if data is None else data.draw(st.integers(min_value=1, max_value=whole - 1))
    lack = whole - part if data is None else data.draw(st.integers(min_value=1, max_value=whole))
    if reduced:
        text = f"Hiện còn {grouped(part)}/{grouped(whole)}, giảm {grouped(lack)} đơn vị."
    else:
        text = f"Đại biểu đạt {grouped(part)}/{grouped(whole)} (thiếu {grouped(lack)} đại biểu)."
    expected = (
        [] if part + lack == whole else [("total-mismatch", grouped(whole), grouped(part + lack))]
    )
    assert totals(text) == expected
