"""Round 6 (issue 9): rates whose base a careful reader can establish, and malformed counts.

Real sentences are quoted verbatim (their address in a comment); near-misses are the shapes the
rules must stay quiet on; the properties say what holds for any figures.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.indicators import Rate

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


def malformed(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "malformed-number"]


def written(value: Decimal) -> str:
    return str(value).replace(".", ",")


# --- rates: the one count of the noun that can be the base ------------------------------------

# https://baomoi.net.vn/doan-dai-bieu-tphcm-du-dai-hoi-lan-thu-xiii-cua-dang-c37744117.epi
_HCM_AGES = (
    "Với độ tuổi 40-50 (sinh từ năm 1971-1981) có 13 đồng chí, chiếm tỷ lệ {}%.\n"
    "Độ tuổi trên 50 (sinh từ 1970 trở về trước) có 29 đồng chí, chiếm tỷ lệ 67,44%.\n"
    "Tuổi trung bình của 43 đại biểu đoàn TPHCM là 52,05 tuổi."
)

# https://huengaynay.vn/chinh-tri-xa-hoi/danh-sach-89-nguoi-ung-cu-dai-bieu-hdnd-thanh-pho-khoa-ix-nhiem-ky-2026-2031-163261.html
_HUE = (
    "Sau hội nghị hiệp thương lần thứ 3, có 89 người đủ tiêu chuẩn ứng cử đại biểu Hội đồng "
    "nhân dân thành phố Huế, nhiệm kỳ 2026 - 2031.\n"
    "Về cơ cấu, số người ứng cử là nữ là 37 người, tỷ lệ 41.57%; số người ngoài đảng là 8 "
    "người, tỷ lệ 8,98%, số người trẻ tuổi (dưới 40 tuổi) là 22 người, tỷ lệ 24,71%.\n"
    "Số người ứng cử là người dân tộc thiểu số là 4 người, tỷ lệ 4.44%; số người ứng cử là tôn "
    "giáo 5 người, tỷ lệ 5,56%; số người tự ứng cử là 0 người, tỷ lệ 0%...\n"
    "Về trình độ của người ứng cử: có 57 người có trình độ trên đại học, tỷ lệ {}%; có 30 người "
    "có trình độ đại học, tỷ lệ 33,70% và có 2 người có trình độ dưới đại học, tỷ lệ 2.24%."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_HCM_AGES.format("30,23"), [], id="real: the rates hold against the 43"),
        pytest.param(
            _HCM_AGES.format("30,73"),
            [("rate-mismatch", "30,73%", "13/43 = 30,23%")],
            id="real, one rate moved: the other rate confirms the 43",
        ),
        pytest.param(
            _HUE.format("64,04"),
            [
                ("rate-rounding", "8,98%", "8/89 = 8,99%"),
                ("rate-rounding", "24,71%", "22/89 = 24,72%"),
                ("rate-mismatch", "5,56%", "5/89 = 5,62%"),
                ("rate-rounding", "33,70%", "30/89 = 33,71%"),
            ],
            id="real: four slips against the 89 candidates that 64,04 % confirms",
        ),
        # Once its only holding rate is moved, the 89 is still confirmed by the rates that hold
        # against it when truncated (8,98 %, 24,71 %, 33,70 %): the moved rate is judged (round 7).
        pytest.param(
            _HUE.format("34,04"),
            [
                ("rate-rounding", "8,98%", "8/89 = 8,99%"),
                ("rate-rounding", "24,71%", "22/89 = 24,72%"),
                ("rate-mismatch", "5,56%", "5/89 = 5,62%"),
                ("rate-mismatch", "34,04%", "57/89 = 64,04%"),
                ("rate-rounding", "33,70%", "30/89 = 33,71%"),
            ],
            id="truncated rates confirm the base: the moved rate is judged",
        ),
    ],
)
def test_the_sole_base(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rates(text) == expected


# https://znews.vn/nhung-con-so-thu-vi-ve-ban-chap-hanh-trung-uong-dang-khoa-xiv-post1622320.html
_XIV = (
    "Danh sách 200 ủy viên Ban Chấp hành Trung ương Đảng khóa XIV vừa được công bố gồm 180 ủy "
    "viên chính thức và 20 ủy viên dự khuyết. Trong đó, có 113 nhân sự tái cử, chiếm gần 57% "
    "tổng số.\nVề giới tính, Ban Chấp hành Trung ương khóa XIV có 21 nữ ủy viên, chiếm {}%, so "
    "với 19 nữ ủy viên của khóa XIII."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_XIV.format("10,5"), [], id="real: 21 of the 200 stated as a whole"),
        pytest.param(
            _XIV.format("10,1"),
            [("rate-mismatch", "10,1%", "21/200 = 10,5%")],
            id="real, moved: the 200 followed by 'gồm' is the whole",
        ),
        # Near-misses: another rated count of the noun that does not hold; two possible bases;
        # a part of a part.
        pytest.param(
            "Danh sách 200 ủy viên gồm 180 ủy viên chính thức và 20 ủy viên dự khuyết.\n"
            "Có 21 nữ ủy viên, chiếm 10,1%; tái cử 30 ủy viên, chiếm 12%.",
            [],
            id="another rate of the noun holds against no base: quiet",
        ),
        pytest.param(
            "Tổng số 200 hội viên.\nNăm trước có 150 hội viên.\nCó 21 hội viên nữ, chiếm 12%.",
            [],
            id="two counts of the noun can be the base: quiet",
        ),
        pytest.param(
            "Tổng số 200 hội viên.\n"
            "Có 50 hội viên nữ, chiếm 25,00%, trong đó 10 hội viên dân tộc, chiếm 20%.",
            [],
            id="a part of a rated part has another base: quiet",
        ),
        # A plan's rate after a count of new members (https://tinhdoantravinh.vn/thuc-hien-tot-
        # cong-tac-cham-lo-phat-trien-hoi-vien-moi/ wrote "phát triển thêm 9.942 hội viên mới
        # (đạt 164,88%) so với chỉ tiêu đề ra ... Tổng số hội viên ... là 60.935 hội viên").
        pytest.param(
            "Toàn huyện có 5.000 hội viên, gồm 3 chi hội. "
            "Năm nay kết nạp 500 hội viên (đạt 80%) so với kế hoạch.",
            [],
            id="the plan named after the bracket",
        ),
        pytest.param(
            "Toàn huyện có 5.000 hội viên, gồm 3 chi hội. Năm nay kết nạp 500 hội viên, đạt 80%.",
            [],
            id="'đạt' after a count of new members: no share of the whole",
        ),
        pytest.param(
            "Tổng số hội viên là 60.935 hội viên. "
            "Phát triển thêm 9.942 hội viên mới (đạt 164,88%).",
            [],
            id="more than the whole: a plan's rate",
        ),
    ],
)
def test_a_whole_stated_once(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rates(text) == expected


# https://baocantho.com.vn/phu-nu-tham-chinh-a47594.html (tests/corpus/p23_rates.toml)
_CANTHO = (
    "- Tỷ lệ nữ trong Ban Chấp hành Đảng bộ các cấp nhiệm kỳ 2015-2020:\n"
    "+ Cấp thành phố: có 8 người (15%)\n"
    "+ Cấp quận, huyện: 74 người (20,33%)\n"
    "- Tỷ lệ nữ trong HĐND các cấp nhiệm kỳ 2016-2021:\n"
    "+ Cấp thành phố: 13/ 55 ({}%)\n"
    "+ Cấp quận, huyện: 79/ 278 (28,42%)\n"
    "- Có 6 cán bộ nữ là phó bí thư, chủ tịch, phó chủ tịch HĐND, UBND quận, huyện; cấp xã, "
    "phường, thị trấn là 62 người."
)


def test_a_rate_ends_its_item_before_the_next_one() -> None:
    # "... tỷ lệ 33,70% và có 2 người ...": the next item of the list follows the rate.
    text = "Có 89 người ứng cử. Có 57 người, tỷ lệ 64,04%; có 30 người, tỷ lệ 35,70% và có 2 người."
    assert rates(text) == [("rate-mismatch", "35,70%", "30/89 = 33,71%")]
    # "và" before another figure of the same clause is no next item: quiet.
    quiet = "Có 89 người ứng cử. Có 57 người, tỷ lệ 64,04%; có 30 người, tỷ lệ 35,70% và 40% số hộ."
    assert rates(quiet) == []


def test_rates_of_unstated_bases_stay_quiet_and_a_spaced_fraction_is_read() -> None:
    assert rates(_CANTHO.format("23,64")) == []
    assert rates(_CANTHO.format("43,64")) == [("rate-mismatch", "43,64%", "13/55 = 23,64%")]


# --- rule fractions: "x ... trong tổng số y, chiếm z%" ------------------------------------------

# https://thuonghieucongluan.com.vn/danh-sach-21-nu-uy-vien-trung-uong-dang-khoa-xiv-tri-tue-ban-linh-va-ke-thua-v1485.html
_THCL = (
    "THCL | Việc bầu ra 21 nữ Ủy viên Trung ương Đảng khóa XIV trong tổng số 200 ủy viên thu hút "
    "sự chú ý đặc biệt của dư luận. Dù chiếm {}%, đội ngũ cán bộ nữ lần này để lại dấu ấn rõ "
    "nét với nhiều gương mặt giữ trọng trách lớn ở Trung ương và địa phương."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_THCL.format("10,5"), [], id="real: 21 of 200 is 10,5 %"),
        pytest.param(
            _THCL.format("10,7"),
            [("rate-mismatch", "10,7%", "21/200 = 10,5%")],
            id="real, moved: the share opens the next sentence",
        ),
        # https://phunuvietnam.vn/ung-cu-vien-la-nu.html: bounded figures.
        pytest.param(
            "Hơn 2.500 ứng cử viên (trong tổng số gần 6.200 ứng viên) là phụ nữ tham gia tranh cử "
            "đại biểu HĐND cấp tỉnh, nhiệm kỳ 2021 - 2026, chiếm tỉ lệ gần 41%.",
            [],
            id="real: bounds are not recomputed",
        ),
        pytest.param(
            "Kết nạp 50 hội viên mới trong tổng số 400 hội viên. Hội viên nữ chiếm 60%.",
            [],
            id="a new subject before 'chiếm' names another part",
        ),
        pytest.param(
            "Kết nạp 50 hội viên mới trong tổng số 400 hội viên, hội viên nữ chiếm 60%.",
            [],
            id="a new subject after the comma",
        ),
        pytest.param(
            "Có 50 hội viên mới trong tổng số 400 hội viên chiếm 60% dân số.",
            [],
            id="another base after the rate",
        ),
        pytest.param(
            "Kết nạp 50 hội viên mới trong tổng số 400 hội viên, tăng 12%.",
            [],
            id="a change, not a share",
        ),
    ],
)
def test_part_in_total(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert rates(text) == expected


# --- rule rate-bases: a base named by its noun; a part named by its noun -----------------------

# https://baotayninh.vn/cac-cap-hoi-phu-nu-9-thang-ket-nap-hon-5-300-hoi-vien-moi-a39247.html
_TAYNINH = (
    "(BTNO) - Theo Hội Liên hiệp Phụ nữ tỉnh, trong 9 tháng năm 2011, Hội Phụ nữ các cấp đã kết "
    "nạp được 5.314 hội viên, đạt 82,91% so với chỉ tiêu, nâng tổng số hội viên toàn tỉnh "
    "206.391/255.086 người (tổng số phụ nữ từ 18 tuổi trở lên đủ điều kiện vào hội). Trong đó "
    "hội viên nòng cốt 50.730, đạt 24,76% so với tổng số hội viên."
)
# http://xanhx.vn/viet-nam-ewec/trung-quoc-ty-le-nu-trong-bch-trung-uong-xx-tang-20515.html
_CPC = (
    "Trong tổng số 205 ủy viên chính thức thuộc Ban Chấp hành Trung ương Khóa XX của Đảng Cộng "
    "sản Trung Quốc, số ủy viên nữ chiếm 5,36%, tăng 0,46% so với khóa trước.\n"
    "Theo danh sách chính thức, Ban Chấp hành Trung ương Khóa XX được bầu ra tại Đại hội đại "
    "biểu toàn quốc lần thứ XX Đảng Cộng sản Trung Quốc có 11 ủy viên nữ.\n"
    "Như vậy, số ủy viên nữ chiếm 5,36% trong tổng số 205 ủy viên chính thức của Ban Chấp hành "
    "Trung ương Khóa XX, cao hơn so với tỷ lệ ủy viên nữ của khóa trước là 4,9%."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _TAYNINH,
            [("rate-mismatch", "24,76%", "50.730/206.391 = 24,58%")],
            id="real slip: the base named by its noun after the rate",
        ),
        pytest.param(
            _CPC,
            [("rate-rounding", "5,36%", "11/205 = 5,37%")],
            id="real slip: the part named by its noun, its count stated once",
        ),
        pytest.param(
            "Tổng số hội viên nữ 500 người. Có 50 hội viên dân tộc, chiếm 20% tổng số hội viên.",
            [],
            id="the total named is another group (hội viên nữ)",
        ),
        pytest.param(
            "Tổng số hội viên 500 người, năm trước tổng số hội viên 450 người. "
            "Có 50 hội viên dân tộc, chiếm 11% tổng số hội viên.",
            [],
            id="two totals of the noun: quiet",
        ),
        pytest.param(
            "Có 11 ủy viên nữ trẻ. Như vậy, số ủy viên nữ chiếm 5,63% trong tổng số 205 ủy viên.",
            [],
            id="the count's noun goes on: another group",
        ),
        pytest.param(
            "Có 11 ủy viên nữ, khóa trước có 9 ủy viên nữ. "
            "Như vậy, số ủy viên nữ chiếm 5,63% trong tổng số 205 ủy viên.",
            [],
            id="two counts of the part: quiet",
        ),
    ],
)
def test_named_bases_and_parts(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert rates(text) == expected


# http://hoinongdanag.org.vn/ho%E1%BA%A1t-%C4%91%E1%BB%99ng-h%E1%BB%99i/nam-2018/7435.aspx
def test_a_terms_years_between_a_fraction_and_its_rate() -> None:
    text = (
        "Tính đến cuối tháng 2/2018, toàn tỉnh có 120/152 cơ sở Hội tổ chức Đại hội Hội Nông dân "
        "nhiệm kỳ 2018 - 2023 (đạt 78,94%)."
    )
    assert rates(text) == [("rate-rounding", "78,94%", "120/152 = 78,95%")]
    # Another term's rate after the years: quiet.
    other = "có 120/152 cơ sở Hội tổ chức Đại hội nhiệm kỳ 2018 - 2023 (nhiệm kỳ trước đạt 70%)."
    assert rates(other) == []


# --- malformed counts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://www.hoinongdan.sonla.gov.vn (tests/corpus: sonla-hnd-2011-members), a digit lost.
        (
            "nâng tổng số hội viên nông dân của toàn tỉnh lên 140.240, sinh hoạt tại 3.17 chi hội.",
            ["3.17"],
        ),
        # https://baotayninh.vn/... (tayninh-women-2011-members), a digit added.
        ("Trong đó hội viên nòng cốt 50.7308, đạt 24,76% so với tổng số hội viên.", ["50.7308"]),
        # tw-ccb-dh6-2017-members, a digit added.
        (
            "hội viên tham gia kháng chiến chống Pháp 113.1836; hội viên tham gia kháng chiến "
            "chống Mỹ",
            ["113.1836"],
        ),
        # http://cuuchienbinh.vn/tien-giang-quy-i-2011-nhieu-hoat-dong-phoi-hop-co-hieu-qua-19-04-2011/
        (
            "ngày thành lập Đảng được 153 cuộc, có 12,683 lượt đoàn viên thanh niên tham dự.",
            ["12,683"],
        ),
        # Near-misses: references, dates, times, codes, coordinates, names, averages, scales.
        ("Theo Điều 3.2 hội viên có quyền", []),
        ("quy định tại khoản 3.2 của Điều lệ", []),
        ("quy định tại 3.2 của Quy chế", []),
        ("Quyết định 118-QĐ/TW", []),
        ("mục 2.1.3 hội viên", []),
        ("ngày 27.10.2022 có 5 hội viên", []),
        ("lúc 7.30 sáng có 30 người dự", []),
        ("từ 13.30 đến 17.00 có 30 người dự", []),
        ("điện thoại 0293.3876.543", []),
        ("hội viên ở kinh độ 106.6601, vĩ độ 10.7626", []),
        ("hội viên của tổ 113.1836, khu phố 2", []),
        ("văn bản số 113.1836, hội viên", []),
        ("Thành lập tháng 2.1993. Có 14 chi hội với 405 hội viên", []),
        ("bình quân 3,125 người/hộ", []),
        ("có 1,250 nghìn người", []),
        ("đạt 12,683 tỷ đồng", []),
    ],
)
def test_malformed_counts(text: str, expected: list[str]) -> None:
    assert malformed(text) == expected


_COUNTED = st.sampled_from(["chi hội", "hội viên", "người", "hộ", "tổ hội", "đoàn viên", "lượt"])
_BEFORE = st.sampled_from(["có", "sinh hoạt tại", "gồm", "tổng số"])


@st.composite
def grouped(draw: st.DrawFn) -> tuple[str, int]:
    """A number grouped the Vietnamese way and its value."""
    value = draw(st.integers(min_value=0, max_value=10**12))
    return f"{value:,}".replace(",", "."), value


@given(grouped(), st.one_of(st.none(), st.integers(min_value=1, max_value=99)), _COUNTED, _BEFORE)
def test_a_well_written_number_is_never_malformed(
    number: tuple[str, int], decimals: int | None, noun: str, before: str
) -> None:
    token = number[0] if decimals is None else f"{number[0]},{decimals}"
    assert malformed(f"Năm 2024, {before} {token} {noun}.") == []


@given(
    st.integers(min_value=1, max_value=999),
    st.lists(st.integers(min_value=0, max_value=999), max_size=3),
    st.sampled_from([1, 2, 4]),
    st.data(),
    _COUNTED,
    _BEFORE,
)
def test_a_wrong_last_group_before_a_counted_noun_is_malformed(
    head: int, middle: list[int], width: int, data: st.DataObject, noun: str, before: str
) -> None:
    last = data.draw(st.integers(min_value=0, max_value=10**width - 1))
    token = ".".join([str(head), *(f"{g:03d}" for g in middle), f"{last:0{width}d}"])
    assert malformed(f"Năm 2024, {before} {token} {noun}.") == [token]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999), _COUNTED)
def test_an_english_thousands_comma_before_a_counted_noun_is_malformed(
    head: int, tail: int, noun: str
) -> None:
    token = f"{head},{tail:03d}"
    assert malformed(f"Năm 2024 có {token} {noun} tham gia.") == [token]


# --- properties of the rate shapes ------------------------------------------------------------


@given(
    st.integers(min_value=2, max_value=5000),
    st.integers(min_value=1, max_value=10**4),
    st.integers(min_value=1, max_value=10**4),
)
@example(whole=180, a=536, b=1)  # 179 of 180 = 99,44 % moved to 100,44 %: judged (round 7)
def test_the_sole_base_confirmed_judges_the_other_rate(whole: int, a: int, b: int) -> None:
    p1, p2 = 1 + a % (whole - 1), 1 + b % (whole - 1)
    r1, r2 = Rate(p1, whole).percent(2), Rate(p2, whole).percent(2)
    text = (
        f"Đoàn có {_dotted(whole)} đại biểu.\nCó {_dotted(p1)} đại biểu nữ, chiếm tỷ lệ "
        f"{written(r1)}%.\nCó {_dotted(p2)} đại biểu trẻ, chiếm tỷ lệ {written(r2)}%."
    )
    assert rates(text) == []
    moved = text.replace(f"chiếm tỷ lệ {written(r1)}%", f"chiếm tỷ lệ {written(r1 + 1)}%", 1)
    # The moved rate may hold against the other figures stated (then whose rate it is cannot
    # be told, and the rule stays quiet); a share (chiếm) above 100 % is judged like any other.
    if p1 == p2 or r1 + 1 == r2 or (p2 > p1 and Rate(p1, p2).percent(2) == r1 + 1):
        return
    found = rates(moved)
    assert found == [
        ("rate-mismatch", f"{written(r1 + 1)}%", f"{_dotted(p1)}/{_dotted(whole)} = {written(r1)}%")
    ]


@given(st.integers(min_value=2, max_value=10**5), st.integers(min_value=1, max_value=10**5))
def test_part_in_total_holds_exactly_when_the_rate_is_the_fraction(whole: int, n: int) -> None:
    part = 1 + n % (whole - 1)
    rate = Rate(part, whole).percent(1)
    text = (
        f"Đã kết nạp {_dotted(part)} hội viên mới trong tổng số {_dotted(whole)} hội viên, "
        f"chiếm {written(rate)}%."
    )
    assert rates(text) == []
    moved = text.replace(f"chiếm {written(rate)}%", f"chiếm {written(rate + 2)}%")
    assert [code for code, _, _ in rates(moved)] == ["rate-mismatch"]


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")
