"""Round 18 (far13): the period of a section's figures, and what the section table compares.

Each test reads a real paragraph of the corpus (by its id, with its address in the corpus file)
and its near misses."""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.checker._figures_table import period_in


def alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.severity.name != "INFO"]


def test_figures_of_two_periods_are_never_compared() -> None:
    # http://baonamdinh.vn/channel/5083/202009/tong-von-dau-tu-thuc-hien-tren-dia-ban-9-thang-...
    # (pending/p38_hunt49_pending.toml): September's levels make September's 510,4 tỷ, the
    # third quarter's levels its 1.370,4 tỷ, the nine months' levels their 2.607,6 tỷ.
    text = paragraph("h49-baonamdinh-von-dau-tu-9t-2020")
    assert alarms(text) == []
    # September's total written wrong: that total is reported, and only it (the section table,
    # which kept no period, also set the quarter's 1.370,4 against September's levels).
    assert alarms(text.replace("510,4 tỷ", "210,4 tỷ")) == [
        ("total-mismatch", "210,4 tỷ đồng", "510.400.000.000 đồng")
    ]
    # Each period's levels are still read against their own total.
    assert alarms(text.replace("134,2 tỷ", "184,2 tỷ")) == [
        ("total-mismatch", "1.370,4 tỷ đồng", "1.420.400.000.000 đồng")
    ]
    assert alarms(text.replace("2.607,6 tỷ", "2.207,6 tỷ")) == [
        ("total-mismatch", "2.207,6 tỷ đồng", "2.607.600.000.000 đồng")
    ]


def test_the_period_named_before_a_figure() -> None:
    assert [p for _, p in period_in("Ước quý III năm 2020, tổng vốn", 0, 31)] == ["quý iii"]
    assert [p for _, p in period_in("Quý 3/2020, tổng vốn", 0, 20)] == ["quý iii"]
    assert [p for _, p in period_in("Tính chung 9 tháng đầu năm 2020, tổng", 0, 37)] == ["9 tháng"]
    assert [p for _, p in period_in("6 tháng đầu năm, Hội đã", 0, 23)] == ["6 tháng"]
    assert [p for _, p in period_in("nhiệm kỳ 2020 - 2025, toàn tỉnh", 0, 31)] == [
        "nhiệm kỳ 2020-2025"
    ]
    # A comparison, a date, a bound in time name no period of the figures.
    assert period_in("tăng 5% so với cùng kỳ năm 2024", 0, 31) == []
    assert period_in("Nghị định ban hành ngày 15 tháng 3 năm 2021", 0, 44) == []
    assert period_in("từ năm 2020 đến nay, Hội đã", 0, 27) == []
    # A month's count of people, a plan for the year: no period.
    assert period_in("hỗ trợ 3 tháng lương, đạt 11,9% kế hoạch năm", 0, 45) == []


# ------------------------------------------------------------------ "Trong đó" the next sentence
def test_a_list_after_trong_do_above_its_total_is_a_slip() -> None:
    # https://baodongkhoi.vn/giai-quyet-25-don-khieu-nai-kien-nghi-cua-cong-dan-05092021-a90682.html
    # (pending/p37_hunt44_pending.toml): 66 petitions, of which 41 passed on and 25 handled.
    text = paragraph("h44-baodongkhoi-66-don-thang-8")
    assert alarms(text) == []
    assert alarms(text.replace("41 đơn", "42 đơn", 1)) == [("total-mismatch", "66 đơn", "67 đơn")]
    assert alarms(text.replace("66 đơn", "64 đơn", 1)) == [("total-mismatch", "64 đơn", "66 đơn")]
    # Less than the total: "Trong đó" (among them) may leave some out; never told.
    assert alarms(text.replace("66 đơn", "70 đơn", 1)) == []
    assert alarms(text.replace("25 đơn", "20 đơn", 1)) == []


def test_a_list_after_trong_do_in_a_2026_call_up() -> None:
    # https://baophutho.vn/toan-tinh-tien-6-095-cong-dan-tham-gia-nhap-ngu-248864.htm
    # (pending/p35_hunt28_pending.toml): 6.095 recruits, 5.350 to the army, 745 to the police.
    text = paragraph("baophutho-giaoquan-6095-2026")
    assert alarms(text) == []
    assert [a[0] for a in alarms(text.replace("5.350", "9.350"))] == ["total-mismatch"]
    assert alarms(text.replace("6.095", "7.095")) == []


def test_the_real_slip_of_a_list_of_schools_is_told() -> None:
    # http://baovinhlong.com.vn/xa-hoi/201802/cuoi-nam-hoc-2017-2018-phan-dau-46-so-truong-dat-
    # chuan-quoc-gia-2880083/ (pending/p30_hunt20_pending.toml, annotated inconsistent):
    # 43 + 109 + 38 + 9 = 199 schools, the text says 190.
    assert alarms(paragraph("baovinhlong-truongchuan-2018")) == [
        ("total-mismatch", "190 trường", "199 trường")
    ]


def test_traits_after_trong_do_stay_quiet_even_above_the_total() -> None:
    # http://sondong.bacgiang.gov.vn/node/8001 (held-out): new members who are of an ethnic
    # minority, village heads: traits that overlap, never summed, whatever their figures.
    text = paragraph("far13h-sondong-135-dang-vien-2017")
    assert alarms(text) == []
    assert alarms(text.replace("70 đảng viên", "700 đảng viên")) == []


def test_the_same_kind_twice_after_trong_do_stays_quiet() -> None:
    # Near misses of the reading (older tests hold them too): one kind named twice, a cause,
    # a source, an addition.
    for text in (
        "Liên đoàn đã trao tặng 32 nhà cho đoàn viên.\nTrong đó, 30 nhà xây mới; 11 nhà xây "
        "dựng mới.",
        "Các cấp hội đã trao 90 suất học bổng. Trong đó, Hội KH tỉnh trao 30 suất học bổng; "
        "Hội KH tỉnh trao thêm 70 suất học bổng.",
        "Hội đã chi 120 triệu đồng. Trong đó, 100 triệu đồng từ Quỹ và 50 triệu đồng từ Quỹ.",
    ):
        assert alarms(text) == [], text


def test_grades_numbered_after_trong_do_are_read() -> None:
    # https://baophutho.vn/hoan-thanh-cong-tac-kham-tuyen-cong-dan-san-sang-nhap-ngu-nam-2026-
    # 245342.htm (hunt51's copy; far13's held-out took the same page later): 10.050 fit
    # recruits, "Trong đó, ... loại 1 có 1.098 công dân; loại 2 có 4.949 công dân; loại 3 có
    # 4.003 công dân." The grades' numbers are no figures; a part written with a grouping dot
    # ends no sentence.
    text = paragraph("h51-baophutho-khamtuyen-nvqs-2026")  # far13h-... held the same page
    assert alarms(text) == []
    assert [a[:2] for a in alarms(text.replace("4.949", "9.949"))] == [
        ("total-mismatch", "10.050 công")
    ]
    # less than the total: quiet ("Trong đó" may name some of them)
    assert alarms(text.replace("4.949", "4.049")) == []
