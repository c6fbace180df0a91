"""Totals with a qualifier (*hơn*, *trên*, *gần*, *khoảng* ...) against their exact parts.

One judgment, :func:`hoiquanchung.checker._rules.sum_contradicts`, says whether an exact sum of
parts contradicts a qualified total at its written precision, and on which side; rule 2 (one
sentence), rule 2b (kinds) and the rule that reads a total's parts in the sentences after it call
it.  Real sentences are quoted verbatim with their address (tests/corpus/p23_bounds.toml holds
the whole paragraphs); the properties compare the judgment, and the checker on a sentence built
around it, with an oracle computed from the written figures by exact Decimal arithmetic.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._rules import Side, sum_contradicts
from hoiquanchung.findings import Severity
from hoiquanchung.numbers import parse_quantity

TY = Decimal(10) ** 9


def alarms(text: str) -> list[tuple[str, str | None]]:
    """``total-mismatch`` / ``parts-exceed-total`` findings of warning level or above."""
    return [
        (f.code, f.stated)
        for f in check_text(text)
        if f.code in {"total-mismatch", "parts-exceed-total"} and f.severity >= Severity.WARNING
    ]


# ---------------------------------------------------------------- real sentences
# https://baoquangnam.vn/xa-hoi/ho-tro-binh-duong-500-trieu-dong-phong-chong-dich-covid-19-115248.html
# (tests/corpus/p15_two_measures.toml, quangnam-mttq-2021-covid-allocated): a "hơn" total met with
# equality by a whole list ("gồm").
QUANGNAM_ALLOCATED = (
    "Từ ngày 1.5 - 26.7.2021, Mặt trận tỉnh Quảng Nam vận động được 21,4 tỷ đồng ủng hộ công tác "
    "phòng chống dịch. Trong đó, kịp thời phân bổ hơn 9,1 tỷ đồng, gồm điều chuyển về Trung ương "
    "500 triệu đồng; chuyển hỗ trợ tỉnh Hải Dương, Bắc Giang, Bắc Ninh, TP.Hồ Chí Minh 5 tỷ đồng; "
    "phân bổ hỗ trợ các địa phương và lực lượng phòng chống dịch trên địa bàn Quảng Nam 3,6 tỷ "
    "đồng."
)


def test_a_lower_bound_met_with_equality_holds() -> None:
    assert alarms(QUANGNAM_ALLOCATED) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("hơn 9,1 tỷ", "hơn 9,3 tỷ", 9_100_000_000),  # the total raised
        ("Trung ương 500 triệu", "Trung ương 300 triệu", 8_900_000_000),  # a part lowered
        ("Quảng Nam 3,6 tỷ", "Quảng Nam 3,0 tỷ", 8_500_000_000),
    ],
)
def test_a_whole_list_below_its_lower_bound_is_an_error(old: str, new: str, computed: int) -> None:
    text = QUANGNAM_ALLOCATED.replace(old, new)
    assert text != QUANGNAM_ALLOCATED
    [finding] = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert finding.severity is Severity.ERROR
    assert finding.computed_value == computed
    assert finding.stated is not None
    assert finding.stated.startswith("hơn ")
    assert "hơn 9," in finding.message_vi


@pytest.mark.parametrize(
    "new", ["hơn 9 tỷ", "hơn 8,5 tỷ", "hơn 1,2 tỷ", "trên 9,1 tỷ", "9,1 tỷ", "gần 9,1 tỷ"]
)
def test_the_same_list_under_a_total_it_meets_stays_quiet(new: str) -> None:
    # "hơn 9 tỷ" over 9,1 tỷ: a "hơn" figure has no upper end, however far below the sum it is.
    assert alarms(QUANGNAM_ALLOCATED.replace("hơn 9,1 tỷ", new)) == []


def test_a_nearly_total_is_passed_only_beyond_its_last_digit() -> None:
    nearly = QUANGNAM_ALLOCATED.replace("hơn 9,1 tỷ", "gần 9,1 tỷ")
    # 9,14 tỷ rounds to 9,1 tỷ: "gần 9,1 tỷ" may be written for it.
    assert alarms(nearly.replace("3,6 tỷ", "3,64 tỷ")) == []
    # 9,2 tỷ does not.
    assert alarms(nearly.replace("3,6 tỷ", "3,7 tỷ")) == [("total-mismatch", "gần 9,1 tỷ đồng")]
    # A "gần" total is never contradicted from below.
    assert alarms(nearly.replace("3,6 tỷ", "1,6 tỷ")) == []


# https://baoquangnam.vn/quy-vi-nguoi-ngheo-van-dong-duoc-hon-12-ty-dong-3089692.html: exact parts
# by level adding up to 12,61 tỷ under "hơn 12 tỷ": holds (no upper end).
QUANGNAM_FUND = (
    "Từ đầu năm đến nay, Quỹ vì người nghèo toàn tỉnh đã vận động được hơn 12 tỷ đồng; trong đó "
    "Trung ương điều chuyển 100 triệu đồng, cấp tỉnh vận động 2,6 tỷ đồng, cấp huyện 5,41 tỷ đồng, "
    "cấp xã 4,5 tỷ đồng."
)


def test_a_lower_bound_far_below_its_exact_parts_holds() -> None:
    assert alarms(QUANGNAM_FUND) == []


def test_a_list_by_every_level_below_its_lower_bound_is_an_error() -> None:
    # Without the central transfer the levels tỉnh, huyện and xã are the whole (rule 2's levels).
    levels = QUANGNAM_FUND.replace("Trung ương điều chuyển 100 triệu đồng, ", "")
    assert alarms(levels) == []
    assert alarms(levels.replace("5,41 tỷ", "1,41 tỷ")) == [("total-mismatch", "hơn 12 tỷ đồng")]


# Near-misses, each quoted verbatim, by its id in tests/corpus/p23_bounds.toml (which holds the
# whole paragraphs) and with its address.
NEAR_MISSES = {
    # A partial list after "trong đó" adding up to less (2.825 triệu) than its lower bound.
    # http://www.baomoi.com/hoa-binh-thang-cao-diem-xay-dung-quy-vi-nguoi-ngheo-2016/c/20472875.epi
    "hoabinh-vnn-2016-spent": (
        "Tổng chi hơn 2.835 triệu đồng, trong đó, hỗ trợ xây dựng nhà Đại đoàn kết 2.690 triệu "
        "đồng; hỗ trợ người nghèo ăn tết: 95 triệu đồng, hỗ trợ mua bò cho hộ nghèo: 40 triệu "
        "đồng."
    ),
    # Parts that are themselves bounds.
    # https://baobariavungtau.com.vn/kinh-te/202505/giao-bo-sung-hon-614-ty-dong-von-dau-tu-cong-trung-han-1041846/
    "brvt-2025-two-projects": (
        "Cụ thể, UBND tỉnh chuyển từ chuẩn bị đầu tư lên mở mới và phân bổ dự phòng trung hạn cho "
        "2 dự án đã đủ điều kiện bố trí vốn với số vốn hơn 614 tỷ đồng, gồm: xây dựng, triển khai "
        "các dịch vụ, tiện ích thông minh phục vụ quản lý, giám sát xử lý vi phạm về trật tự an "
        "toàn giao thông, bảo đảm an ninh, trật tự an toàn xã hội gần 160 tỷ đồng và mua sắm "
        "thiết bị y tế bổ sung cho Bệnh viện Vũng Tàu và Bệnh viện Bà Rịa hơn 454 tỷ đồng."
    ),
    # http://daidoanket.vn/mat-tran/binh-dinh-quy-vi-nguoi-ngheo-cac-cap-thu-hon-12-ty-dong-tintuc459924
    "binhdinh-vnn-2019": (
        "Theo Ủy ban MTTQ Việt Nam tỉnh Bình Định, tính đến cuối năm 2019, Quỹ Vì người nghèo "
        "các cấp trên địa bàn tỉnh đã thu được hơn 12,64 tỷ đồng.\nTrong đó, quỹ cấp tỉnh thu "
        "gần 4,5 tỷ đồng, quỹ cấp huyện gần 3,6 tỷ đồng, quỹ cấp xã gần 4,6 tỷ đồng."
    ),
    # https://baogialai.com.vn/thu-tien-ty-tu-nghe-uom-cay-lam-nghiep-cay-mo-post242763.html
    "gialai-htnd-2023": (
        "(GLO)- Theo thống kê, Quỹ Hỗ trợ nông dân (HTND) Gia Lai hiện có trên 57 tỷ đồng, trong "
        "đó, hơn 8 tỷ đồng do Trung ương cấp, hơn 13 tỷ đồng do tỉnh cấp, hơn 24 tỷ đồng do các "
        "huyện, thị xã, thành phố cấp và hơn 11 tỷ đồng do các xã, phường, thị trấn vận động."
    ),
    # A "gần" total with one figured part and the rest unfigured.
    # https://baogialai.com.vn/ho-tro-kinh-phi-xay-nha-dai-doan-ket-cho-ho-kho-khan-tai-phuong-hoai-nhon-post576327.html
    "gialai-hoainhon-house": (
        "Căn nhà được khởi công xây dựng vào ngày 15-10-2025, với tổng kinh phí gần 500 triệu "
        "đồng. Trong đó, Công ty TNHH Xây dựng Đại Thu hỗ trợ 80 triệu đồng, phần còn lại do gia "
        "đình đối ứng."
    ),
    # A "gần" total whose bracket of provinces adds up to far less (12,3 tỷ).
    # https://baomoi.net.vn/tp-ho-chi-minh-tiep-nhan-hon-66-ty-dong-ung-ho-dong-bao-mien-trung-c36921904.epi
    "hcm-mttq-2020-central-relief": (
        "Thành phố cũng đã tiến hành các hoạt động hỗ trợ tổng số tiền và hàng hóa trị giá hơn "
        "22,7 tỷ đồng. Trong đó, thành phố đã trích từ Quỹ Cứu trợ thành phố số tiền gần 16 tỷ "
        "đồng hỗ trợ các tỉnh miền Trung (Thừa Thiên Huế: 4 tỷ đồng; Quảng Bình - 3 tỷ đồng; "
        "Quảng Nam: 2 tỷ; Quảng Trị: 1,8 tỷ đồng; Hà Tĩnh: 1 tỷ; Quảng Ngãi: 500 triệu đồng)."
    ),
}


@pytest.mark.parametrize("pid", sorted(NEAR_MISSES))
def test_real_near_misses_stay_quiet(pid: str) -> None:
    assert alarms(NEAR_MISSES[pid]) == []


def test_a_partial_list_under_a_lower_bound_says_nothing_even_far_below() -> None:
    text = NEAR_MISSES["hoabinh-vnn-2016-spent"].replace("2.690 triệu", "1.690 triệu")
    assert alarms(text) == []
    # Uses named by no dimension are not even known to be disjoint: nothing is read above either.
    assert alarms(NEAR_MISSES["hoabinh-vnn-2016-spent"].replace("hơn 2.835", "2.735")) == []


# http://baoquangnam.vn/giao-duc/gan-26-ty-dong-hoc-bong-khen-thuong-cho-hoc-sinh-8544.html: "tổng
# số tiền lên đến gần 26 tỷ đồng. Trong đó, ... 6,4 tỷ đồng; ... 19,6 tỷ đồng" (the parts in the
# next sentence; its labels name the levels without "cấp", so the rule that reads them does not
# take them as a breakdown yet).  The judgment itself:
def test_nearly_26_ty() -> None:
    nearly = parse_quantity("gần 26 tỷ đồng")
    assert sum_contradicts(nearly, Decimal("6.4") * TY + Decimal("19.6") * TY) is None
    assert sum_contradicts(nearly, Decimal("7.4") * TY + Decimal("19.6") * TY) == "above"
    assert sum_contradicts(parse_quantity("gần 16 tỷ đồng"), 26 * TY) == "above"
    assert sum_contradicts(nearly, 20 * TY) is None  # no lower end to "gần"


def test_across_sentences_the_same_judgment_applies() -> None:
    text = (
        "Năm qua các cấp hội toàn tỉnh đã trao học bổng với tổng số tiền gần 26 tỷ đồng. Trong "
        "đó, cấp tỉnh trao 6,4 tỷ đồng; cấp huyện trao 19,6 tỷ đồng."
    )
    assert alarms(text) == []
    assert alarms(text.replace("6,4 tỷ", "7,4 tỷ")) == [("total-mismatch", "gần 26 tỷ đồng")]
    assert alarms(text.replace("gần 26", "gần 16")) == [("total-mismatch", "gần 16 tỷ đồng")]
    assert alarms(text.replace("6,4 tỷ", "1,4 tỷ")) == []


# ---------------------------------------------------------------- the judgment, exactly
QUALIFIERS = {
    "": "EXACT",
    "hơn ": "MORE_THAN",
    "trên ": "MORE_THAN",
    "ít nhất ": "AT_LEAST",
    "gần ": "NEARLY",
    "dưới ": "LESS_THAN",
    "tối đa ": "AT_MOST",
    "khoảng ": "ABOUT",
    "xấp xỉ ": "ABOUT",
    "ước ": "ABOUT",
}


def written(units: int, decimals: int) -> tuple[str, Decimal]:
    """*units* units of the last digit of a figure in tỷ written at *decimals* decimals: the
    figure as written and its value in đồng."""
    value = Decimal(units).scaleb(-decimals)
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text, value * TY


def oracle(bound: str, stated: Decimal, resolution: Decimal, total: Decimal) -> Side | None:
    """What a careful reader concludes, from the written figure alone (exact Decimal)."""
    low, high = stated - resolution / 2, stated + resolution / 2
    if bound == "EXACT":
        # Half up, half down, half even or truncation may have written the figure.
        if low <= total <= high or stated <= total < stated + resolution:
            return None
        return "above" if total > stated else "below"
    if bound in {"MORE_THAN", "AT_LEAST"}:
        return "below" if total < low else None
    if bound in {"NEARLY", "LESS_THAN", "AT_MOST"}:
        return "above" if total > high else None
    margin = stated / 10
    if total > high + margin:
        return "above"
    return "below" if total < low - margin else None


@given(
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    units=st.integers(1, 99_999),
    decimals=st.integers(0, 3),
    parts=st.lists(st.integers(0, 10**12), min_size=2, max_size=6),
)
def test_the_judgment_agrees_with_the_oracle(
    qualifier: str, units: int, decimals: int, parts: list[int]
) -> None:
    figure, stated = written(units, decimals)
    total = parse_quantity(f"{qualifier}{figure} tỷ đồng")
    assert total.bound.name == QUALIFIERS[qualifier]
    exact = sum((Decimal(p) for p in parts), Decimal(0))
    resolution = Decimal(1).scaleb(-decimals) * TY
    assert sum_contradicts(total, exact) == oracle(total.bound.name, stated, resolution, exact)


@given(
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    units=st.integers(1, 9_999),
    decimals=st.integers(0, 2),
    offset=st.integers(-3, 3),
)
def test_the_edges_of_the_written_precision(
    qualifier: str, units: int, decimals: int, offset: int
) -> None:
    # Sums right at and around half a unit of the last digit, where rounding decides.
    figure, stated = written(units, decimals)
    total = parse_quantity(f"{qualifier}{figure} tỷ đồng")
    resolution = Decimal(1).scaleb(-decimals) * TY
    for edge in (stated - resolution / 2, stated + resolution / 2, stated + resolution):
        exact = edge + offset
        assert sum_contradicts(total, exact) == oracle(total.bound.name, stated, resolution, exact)


LEVELS = ("cấp tỉnh", "cấp huyện", "cấp xã")


@given(
    qualifier=st.sampled_from(["", "hơn ", "trên ", "gần ", "dưới ", "khoảng "]),
    units=st.integers(10, 999),
    parts=st.lists(st.integers(1, 500), min_size=3, max_size=3),
    whole=st.booleans(),
)
def test_the_checker_agrees_with_the_oracle_on_a_list_by_level(
    qualifier: str, units: int, parts: list[int], whole: bool
) -> None:
    # A total in tỷ at one decimal, its parts by level also at one decimal: a whole list (gồm
    # the three levels) is wrong on either side; after "trong đó" two levels of three are some
    # of the whole only, wrong only above.
    figure, stated = written(units, 1)
    values = [Decimal(p).scaleb(-1) for p in parts]
    items = [
        f"{label} {f'{v:.1f}'.replace('.', ',')} tỷ đồng"
        for label, v in zip(LEVELS, values, strict=True)
    ]
    if whole:
        listed = f"gồm {items[0]}, {items[1]} và {items[2]}"
    else:
        listed = f"trong đó {items[0]}, {items[1]}"
        values = values[:2]
    text = f"Quỹ đã thu được {qualifier}{figure} tỷ đồng, {listed}."
    total = parse_quantity(f"{qualifier}{figure} tỷ đồng")
    exact = sum(values, Decimal(0)) * TY
    side = oracle(total.bound.name, stated, Decimal("0.1") * TY, exact)
    expected = side is not None if whole else side == "above"
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert bool([f for f in found if f.severity >= Severity.WARNING]) == expected
    for f in found:
        assert f.computed_value == exact
        assert f.stated_value == stated


# ---------------------------------------------------------------- qualifiers read as such
@pytest.mark.parametrize(
    ("written", "bound"),
    [
        ("trên dưới 500 người", "ABOUT"),  # about 500, not "dưới 500" after a stray "trên"
        ("chưa đến 500 người", "LESS_THAN"),
        ("chưa tới 500 người", "LESS_THAN"),
        ("ngót 500 người", "NEARLY"),
        ("trên 500 người", "MORE_THAN"),
        ("dưới 500 người", "LESS_THAN"),
    ],
)
def test_the_qualifier_words(written: str, bound: str) -> None:
    quantity = parse_quantity(written)
    assert (quantity.value, quantity.bound.name, quantity.text) == (500, bound, written)


@pytest.mark.parametrize(
    ("qualifier", "men", "women", "wrong"),
    [
        ("trên dưới ", 260, 250, False),  # 510: about 500
        ("trên dưới ", 360, 250, True),  # 610: not about 500
        ("chưa đến ", 300, 180, False),  # 480: fewer than 500 (read as exactly 500 before)
        ("chưa đến ", 300, 280, True),  # 580
        ("ngót ", 300, 180, False),
        ("ngót ", 300, 210, True),  # 510: more than "a little under 500"
    ],
)
def test_a_whole_list_under_such_a_qualifier(
    qualifier: str, men: int, women: int, wrong: bool
) -> None:
    text = f"Hội có {qualifier}500 hội viên, gồm {men} hội viên nam và {women} hội viên nữ."
    assert bool(alarms(text)) == wrong


@pytest.mark.parametrize(
    ("total", "part", "wrong"),
    [
        ("khoảng 500", "540", False),  # within 10 % of an estimate
        ("khoảng 500", "560", True),
        ("gần 500", "500", False),
        ("gần 500", "520", True),
        ("hơn 500", "900", False),  # no upper end
        ("500", "502", True),
    ],
)
def test_one_part_above_a_qualified_total(total: str, part: str, wrong: bool) -> None:
    text = f"Hội có {total} hội viên, trong đó {part} hội viên nữ."
    found = [f.code for f in check_text(text)]
    assert ("parts-exceed-total" in found) == wrong


# Rule 2b (kinds of the total).  https://baomoi.com/cac-cap-hoi-nguoi-cao-tuoi-ket-nap-moi-hon-48-5-ngan-hoi-vien/c/39078758.epi
# (Hội Người cao tuổi, Đồng Nai): "Qua 5 năm thực hiện công tác phát triển Hội, đã có 333 tổ
# chức Hội được thành lập mới gồm: 10 chi hội và 323 tổ hội."  Its total written with qualifiers:
KINDS = (
    "Qua 5 năm thực hiện công tác phát triển Hội, đã có {} tổ chức Hội được thành lập mới gồm: "
    "10 chi hội và 323 tổ hội."
)


@pytest.mark.parametrize(
    ("total", "wrong"),
    [
        ("333", False),
        ("hơn 330", False),
        ("hơn 300", False),
        ("trên 333", False),  # met with equality
        ("hơn 340", True),
        ("gần 335", False),
        ("gần 330", True),
        ("khoảng 350", False),
        ("khoảng 400", True),
    ],
)
def test_rule_2b_judges_a_qualified_total_the_same_way(total: str, wrong: bool) -> None:
    assert bool(alarms(KINDS.format(total))) == wrong
