"""Totals with their parts, round 12 (near8): kinds that make a whole, read as data.

1. Parts named by the total's noun and one kind of a set of ``[[kinds]]`` (*hộ nghèo*, *hộ cận
   nghèo*, with *hộ khác* last, of a total in *hộ*): the kind is the part's label.
2. Persons by sex in a bracket right after a total of athletes or pupils (*25 VĐV (15 nam, 10
   nữ)*): ``[sexed]`` in ``breakdown_kinds.toml``.
3. Schools by ownership (dimension "ownership": *công lập*, *ngoài công lập*, *tư thục*) and
   patients by form of treatment (dimension "treatment": *nội trú*, *ngoại trú*).
4. Base organisations of the Party by kind (``[party_base]``): a *tổ chức cơ sở đảng* is a
   *đảng bộ cơ sở* or a *chi bộ cơ sở* (Điều lệ Đảng, Điều 21).

Real paragraphs of the corpus, read by id wherever they stand (tests/corpus/pending/ or
tests/corpus/p31_near8_entered.toml): bacyen-yte-thang10
(https://bacyen.sonla.gov.vn/y-te/3-273-luot-nguoi-duoc-kham-va-dieu-tri-tai-cac-co-so-y-te-730811),
kimson-tccsd (https://kimson.ninhbinh.gov.vn/tren-13-to-chuc-co-so-dang-hoan-thanh-xuat-sac-nhiem-vu-2733.html),
dongthap-dang-2012-787 (https://baodongthap.vn/chinh-tri/20-59-co-so-dang-dat-trong-sach-vung-manh-tieu-bieu-29592.aspx),
dongnai-dangvien-2018-78047 (http://baodongnai.com.vn/tintuc/201810/toan-tinh-co-78047-dang-vien-2914448/),
tuyenquang-dao-huychuong (https://baotuyenquang.com.vn/tuyen-quang-gianh-10-huy-chuong-cac-loai-tai-giai-the-thao-cac-mon-thi-dau-truyen-thong-cua-dong-bao-dan-toc-dao-164599.html);
public pages no corpus file holds, quoted verbatim with their address; near misses that must stay
quiet, and hypothesis properties.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Severity


def stated(text: str) -> list[str | None]:
    """The stated totals of the ``total-mismatch`` alarms (warning or error) on *text*."""
    return [
        f.stated
        for f in check_text(text)
        if f.code == "total-mismatch" and f.severity >= Severity.WARNING
    ]


def alarms(text: str) -> list[str]:
    """Every warning or error on *text*."""
    return [f.code for f in check_text(text) if f.severity >= Severity.WARNING]


# ---- 1. kinds of the total's noun: "890 hộ, gồm 523 hộ nghèo, 357 hộ cận nghèo và 11 hộ khác"


@pytest.mark.parametrize(
    "text",
    [
        "Toàn huyện có 890 hộ, gồm 523 hộ nghèo, 357 hộ cận nghèo và 10 hộ khác.",
        "Toàn huyện có 890 hộ (523 hộ nghèo, 357 hộ cận nghèo, 10 hộ khác).",
        "Toàn huyện có 890 hộ, gồm 523 hộ nghèo và 367 hộ cận nghèo.",
    ],
)
def test_kinds_of_the_totals_noun_that_hold_are_quiet(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Toàn huyện có 890 hộ, gồm 523 hộ nghèo, 357 hộ cận nghèo và 11 hộ khác.",
        "Toàn huyện có 890 hộ (523 hộ nghèo, 357 hộ cận nghèo, 11 hộ khác).",
        "Toàn huyện có 880 hộ, gồm 523 hộ nghèo và 367 hộ cận nghèo.",
    ],
)
def test_kinds_of_the_totals_noun_are_read(text: str) -> None:
    assert len(stated(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # "trong đó" with the two kinds only: other households are not listed.
        "Toàn xã có 1.500 hộ, trong đó 523 hộ nghèo, 357 hộ cận nghèo.",
        # A bracket of the two kinds without the rest: some of the households.
        "Toàn xã có 1.500 hộ (523 hộ nghèo, 357 hộ cận nghèo).",
        # Groups that may overlap a kind (a poor household may be of an ethnic minority).
        "Toàn xã có 1.500 hộ, trong đó 523 hộ dân tộc thiểu số, 357 hộ cận nghèo và 11 hộ khác.",
    ],
)
def test_kinds_that_may_be_some_stay_quiet(text: str) -> None:
    assert alarms(text) == []


# http://baolamdong.vn/xahoi/201710/lac-duong-phat-sinh-6-ho-ngheo-va-23-ho-can-ngheo-2850086/
LAC_DUONG = (
    "Hiện trên địa bàn huyện Lạc Dương, tỷ lệ hộ nghèo chiếm 11% dân số toàn huyện (tương đương "
    "669 hộ). Trong đó, hộ đồng bào dân tộc thiểu số là 649 hộ, chiếm tỷ lệ 97% số hộ nghèo toàn "
    "huyện. Hộ cận nghèo chiếm 11,9% (tương đương với 715 hộ). Trong đó, hộ cận nghèo đồng bào dân "
    "tộc thiểu số là 699 hộ, chiếm 97,8% hộ cận nghèo toàn huyện."
)


def test_poor_households_by_ethnicity_stay_quiet() -> None:
    assert stated(LAC_DUONG) == []


# ---- 2. athletes by sex: "25 VĐV (15 nam, 10 nữ)"


def test_athletes_by_sex_real_paragraph() -> None:
    pid = "tuyenquang-dao-huychuong"
    assert stated(paragraph(pid)) == []
    assert stated(paragraph(pid, "có 25 VĐV", "có 29 VĐV")) == ["29 VĐV"]
    assert stated(paragraph(pid, "(15 nam, 10 nữ)", "(15 nam, 15 nữ)")) == ["25 VĐV"]


# https://nghean24h.vn/doan-the-thao-viet-nam-tham-du-sea-games-31-voi-luc-luong-hung-hau-nhat-a665746.html
SEA_GAMES = (
    "Theo danh sách đăng ký, đoàn chủ nhà Việt Nam là đoàn có số lượng thành viên tham dự đông "
    "nhất với 1.372 người. Trong số này có: 407 cán bộ, bác sĩ, huấn luyện viên, chuyên gia; 965 "
    "vận động viên (534 nam, 431 nữ)."
)
# https://baodongnai.com.vn/thethao/201207/van-dong-vien-dong-nai-len-duong-du-hoi-khoe-phu-dong-toan-quoc-2173264
DONG_NAI_HKPD = (
    "Sau đó, các nhóm VĐV ở những môn tiếp theo của Đồng Nai sẽ lên đường. Tại HKPĐ toàn quốc, "
    "Đồng Nai tham dự với 273 VĐV (118 nữ) gồm 3 khối: tiểu học, THCS và THPT, dự tranh 14/19 môn."
)


def test_athletes_by_sex_public_page() -> None:
    assert stated(SEA_GAMES) == []
    assert stated(SEA_GAMES.replace("431 nữ", "421 nữ")) == ["965 vận động viên"]


def test_one_sex_alone_and_households_by_sex_stay_quiet() -> None:
    assert alarms(DONG_NAI_HKPD) == []
    assert alarms(DONG_NAI_HKPD.replace("273 VĐV", "263 VĐV")) == []
    # The sex of whom? A household has none.
    assert alarms("Có 26 hộ (15 nam, 10 nữ).") == []


@given(st.integers(2, 999), st.integers(1, 999), st.integers(1, 999))
def test_athletes_by_sex_property(total: int, men: int, women: int) -> None:
    text = f"Đoàn tham gia giải đấu có {total} VĐV ({men} nam, {women} nữ), thi đấu ở 3 môn."
    assert (stated(text) == [f"{total} VĐV"]) == (men + women != total)


# ---- 3. schools by ownership, patients by treatment


def test_schools_by_ownership() -> None:
    text = "Có 880 trường (trong đó: 523 trường công lập, 367 trường tư thục)."
    assert stated(text) == ["880 trường"]
    assert stated(text.replace("367", "357")) == []
    # "công lập" and "tư thục" may leave the dân lập schools out: less says nothing.
    assert alarms(text.replace("367", "347")) == []
    # "ngoài công lập" completes "công lập".
    whole = "Có 880 trường, trong đó 523 trường công lập, 347 trường ngoài công lập."
    assert stated(whole) == ["880 trường"]


def test_patients_by_treatment_real_paragraph() -> None:
    pid = "bacyen-yte-thang10"
    assert stated(paragraph(pid)) == []
    assert stated(paragraph(pid, "điều trị cho 2.494", "điều trị cho 2.490")) == [
        "2.490 lượt người"
    ]
    assert stated(paragraph(pid, "nội trú cho 695", "nội trú cho 696")) == ["2.494 lượt người"]


def test_patients_examined_are_more_than_those_treated() -> None:
    text = (
        "các cơ sở khám chữa bệnh trên địa bàn huyện đã khám cho 3.273 lượt người, trong đó: Điều"
        " trị nội trú cho 695 lượt người, điều trị ngoại trú cho 1.799 lượt người."
    )
    assert alarms(text) == []


# https://benhvienhuulung.vn/gan-90-nghin-luot-nguoi-duoc-kham-benh-trong-9-thang-dau-nam-2018/
HUU_LUNG = (
    "Điều trị ngoại trú: 10.661/3.318 lượt bệnh nhân, đạt 321,3% chỉ tiêu kế hoạch, tăng 44,2% so "
    "với cùng kỳ (năm 2017 đạt 277,1%). Trong đó, bệnh nhân điều trị ngoại trú tăng huyết áp: "
    "4.290, bệnh nhân điều trị ngoại trú tiểu đường: 4.149, bệnh nhân điều trị ngoại trú các bệnh "
    "khác: 2.222."
)


def test_outpatients_by_disease_stay_quiet() -> None:
    assert alarms(HUU_LUNG) == []


# ---- 4. base organisations of the Party: đảng bộ cơ sở / chi bộ cơ sở

PARTY = [
    ("kimson-tccsd", "có 72 tổ chức", "có 73 tổ chức", "73 tổ chức"),
    ("kimson-tccsd", "43 chi bộ cơ sở", "42 chi bộ cơ sở", "72 tổ chức"),
    ("dongthap-dang-2012-787", "có 787 tổ chức", "có 789 tổ chức", "789 tổ chức"),
    ("dongthap-dang-2012-787", "518 chi bộ cơ sở", "118 chi bộ cơ sở", "787 tổ chức"),
    ("dongnai-dangvien-2018-78047", "gồm 369 chi bộ", "gồm 359 chi bộ", "755 tổ chức"),
    ("dongnai-dangvien-2018-78047", "và 386 Đảng bộ", "và 986 Đảng bộ", "755 tổ chức"),
]


@pytest.mark.parametrize(("pid", "old", "new", "total"), PARTY)
def test_party_bases_real_paragraphs(pid: str, old: str, new: str, total: str) -> None:
    assert stated(paragraph(pid)) == []
    assert stated(paragraph(pid, old, new)) == [total]


# http://baolamdong.vn/chinhtri/202210/bao-lam-giam-3-chi-bo-co-so-3138343/
BAO_LAM = (
    "Huyện ủy Bảo Lâm cho biết, tính đến tháng 9/2022, toàn Đảng bộ có 58 tổ chức cơ sở đảng, bao "
    "gồm 16 đảng bộ cơ sở và 42 chi bộ cơ sở trực thuộc (giảm 3 chi bộ cơ sở so với năm 2021)."
)
# http://baolamdong.vn/chinhtri/201708/da-huoai-phan-dau-hang-nam-phat-trien-tu-55-60-dang-vien-moi-tro-len-2836923/
DA_HUOAI = (
    "Thống kê đến cuối năm 2016, toàn Đảng bộ huyện Đạ Huoai có 33 tổ chức cơ sở Đảng trực thuộc "
    "với tổng số 1.480 đảng viên (gồm: 15 Đảng bộ cơ sở với 146 chi bộ trực thuộc và 18 Chi bộ cơ "
    "sở đảng); đã nâng cấp 3 Chi bộ cơ sở đảng (Chi bộ xã Đạ Tồn, Chi bộ xã Đạ Mri, Chi bộ Trung "
    "tâm Y tế Đạ Huoai) thành Đảng bộ cơ sở đảng"
)


def test_party_bases_public_page() -> None:
    assert stated(BAO_LAM) == []
    assert stated(BAO_LAM.replace("có 58 tổ chức", "có 59 tổ chức")) == ["59 tổ chức"]


@pytest.mark.parametrize(
    "text",
    [
        DA_HUOAI,
        DA_HUOAI.replace("có 33 tổ chức", "có 35 tổ chức"),  # the list is the members'
        # Graded organisations of each kind are some of it.
        "có 755 tổ chức cơ sở Đảng, trong đó 369 chi bộ cơ sở và 300 Đảng bộ cơ sở đạt trong sạch"
        " vững mạnh.",
        # "đảng bộ cơ sở" holds "đảng bộ xã".
        "có 755 tổ chức cơ sở Đảng, trong đó 369 chi bộ cơ sở, 300 Đảng bộ cơ sở, 50 đảng bộ xã.",
        # A body that is no kind ends the list: whose are the branches?
        "có 755 tổ chức cơ sở Đảng, trong đó 369 chi bộ cơ sở, 300 Đảng bộ cơ sở, 50 chi bộ trực"
        " thuộc.",
        # One kind alone after "trong đó" is some of them.
        "có 755 tổ chức cơ sở Đảng, trong đó 369 chi bộ cơ sở, với 3.000 đảng viên.",
    ],
)
def test_party_bases_near_misses_stay_quiet(text: str) -> None:
    assert alarms(text) == []


@given(st.integers(2, 999), st.integers(1, 999), st.integers(1, 999))
def test_party_bases_property(total: int, committees: int, cells: int) -> None:
    text = (
        f"Toàn Đảng bộ có {total} tổ chức cơ sở đảng, bao gồm {committees} đảng bộ cơ sở và "
        f"{cells} chi bộ cơ sở."
    )
    assert (stated(text) == [f"{total} tổ chức"]) == (committees + cells != total)


# ---- 5. a province's line of a toll named before it: "Lào Cai 172 người (113 người chết, ...)"


def test_province_lines_of_a_named_toll_real_paragraph() -> None:
    pid = "nld-yagi-352-nguoi"
    assert stated(paragraph(pid)) == []
    assert stated(paragraph(pid, "Lào Cai 172 người", "Lào Cai 122 người")) == ["122 người"]
    assert stated(paragraph(pid, "Bằng 58 người (53", "Bằng 58 người (55")) == ["58 người"]


@pytest.mark.parametrize(
    "text",
    [
        # Kinds the total did not name: the injured are not in the toll.
        "đã có 352 người chết và mất tích do bão số 3. Trong đó, Lào Cai 170 người (113 người chết,"
        " 59 người bị thương).",
        # No province's name before the figure.
        "đã có 352 người chết và mất tích do bão số 3. Trong đó, huyện Bảo Yên 170 người (113 người"
        " chết, 59 người mất tích).",
    ],
)
def test_province_lines_near_misses_stay_quiet(text: str) -> None:
    assert alarms(text) == []
