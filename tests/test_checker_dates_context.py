"""Rule 4 on days and months the way a careful reader takes them (issue 9, item 6).

A day and month without a year (``Ngày 25/11``, ``Ngày 23-12``, ``Sáng 2.4``) are a date only in
a date's context — after *ngày*, *hôm*, a time of day, in a list or range of dates — and only
followed by what may follow a date; elsewhere ``1/3`` may be a fraction, ``14-3`` a range or a
score, ``27.10`` a number.  The real cases below are sentences of the measuring corpus
(``tests/corpus/``) with one figure changed.
"""

from __future__ import annotations

import calendar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text


def impossible(text: str) -> list[str]:
    return [f.stated or "" for f in check_text(text) if f.code == "impossible-date"]


REAL_SLIPS = [
    # (text, the date reported)
    ("Ngày 25/13, Hội Chữ thập đỏ tỉnh tổ chức", "25/13"),
    ("(GLO)- Ngày 32-12, Hội Chữ thập đỏ tỉnh Gia Lai trao 110 suất quà", "32-12"),
    ("Ngày 31-4, Hội Cựu chiến binh xã Chiến Sơn", "31-4"),
    ("Sáng 32.4, Hội Phụ nữ xã Định Sơn", "32.4"),
    ("Chiều 31.9, tại xã Tam Quan Nam", "31.9"),
    ("ngày 14.13, Hội Phụ nữ xã", "14.13"),
    ("được công bố hôm 31/6.", "31/6"),
    ("lấy ngày 32/10 hàng năm là Ngày Quốc tế Người cao tuổi", "32/10"),
    ("cao điểm là từ ngày 17/13 đến ngày 18/11.", "17/13"),
    ("Tính từ ngày 5/1 đến 34/2, Hội CTĐ tỉnh đã vận động", "34/2"),
    ("Thực hiện trong 4 ngày (ngày 7-10, 8-10, 6-11 và ngày 32-11), từ 8h-11h30", "32-11"),
    ("Thực hiện trong 4 ngày (ngày 7-10, 32-10, 6-11 và ngày 7-11), từ 8h-11h30", "32-10"),
    ("tại Nhà hát Lớn (Hà Nội) trong 2 ngày 27 và 28 - 13 - 2004.", "28 - 13 - 2004"),
    ("Chỉ thị 45-CT/TW ngày 11 - 13 - 1998 của Bộ Chính trị", "11 - 13 - 1998"),
    ("trong thời gian đó, ngày 32 - 7 - 2004, Ban Bí thư Trung ương", "32 - 7 - 2004"),
    ("sáng ngày 09.13.2024, Hội Người cao tuổi xã Hòa Hội", "09.13.2024"),
    ("Ngày 25/13 có 300 đoàn viên tham gia", "25/13"),  # a function word after the date
]


@pytest.mark.parametrize(("text", "date"), REAL_SLIPS)
def test_a_slip_in_a_date_is_reported(text: str, date: str) -> None:
    assert impossible(text) == [date]


NEAR_MISSES = [
    "mỗi ngày 2-3 lần",  # a range of counts per day
    "Trong hai ngày 15-16, tại Hà Nội",  # the days 15 to 16
    "Ngày 6-13, Hội Cựu chiến binh tỉnh",  # maybe the days 6 to 13
    "từ ngày 14-20/3 tại hội trường",  # days 14 to 20 of March
    "ngày 10 - 11/10, đoàn công tác",
    "ngày 29-30/3, Ủy ban MTTQ",
    "Tính đến ngày 15/6, 28/30 quận, huyện",  # a fraction after a date
    "ngày 1/2 số hội viên",  # half of the members
    "mỗi ngày 15/20 hộ",
    "sáng 7-8 giờ",
    "tối 30-31, Hội",  # no month 31: not a slip of a date
    "Chiều 14.13, tại xã Tam Quan Nam",  # maybe the time 14:13
    "sáng 9.15, Hội",  # maybe the time 9:15
    "có 25/13 chi hội",  # no date context
    "tỷ số 14-32",
    "tỷ lệ 3/13 chi hội",
    "Ngày 29/2, Hội nghị tổng kết năm 2023",  # the conference of 2024 on the year 2023
    "từ ngày 15/11/2023 đến 29/2, Hội",  # 29/2/2024
    "ngày 29/2 năm 2024, Hội",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_alarm_where_a_careful_reader_is_not_sure(text: str) -> None:
    assert [f.code for f in check_text(text) if f.severity.value != "info"] == []


@pytest.mark.parametrize(
    "text",
    [
        "ngày 29/2 năm 2023, Hội",
        "từ ngày 29/2 đến ngày 15/3/2023, Hội",
        "từ ngày 15/1/2023 đến 29/2, Hội",
    ],
)
def test_29_february_in_a_year_known_not_leap(text: str) -> None:
    [f] = [f for f in check_text(text) if f.code == "impossible-date"]
    assert f.stated == "29/2"
    assert "tháng 2/2023 không có ngày 29" in f.message_vi
    assert "month 2/2023 has no day 29" in f.message_en


def test_finding_names_the_place() -> None:
    [f] = check_text("Báo cáo\n(GLO)- Ngày 32-12, Hội Chữ thập đỏ tỉnh")
    assert (f.code, f.line, f.column, f.severity.value) == ("impossible-date", 2, 13, "error")
    assert "không có ngày 32" in f.message_vi


def _exists(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]


@given(
    st.integers(1, 39),
    st.integers(1, 19),
    st.sampled_from(["/", "-", ".", " - "]),
    st.sampled_from(["Ngày", "Sáng", "Chiều ngày", "hôm", "tính đến 17 giờ ngày"]),
    st.sampled_from([", Hội Nông dân tỉnh", ".", " vừa qua", " tại Hà Nội"]),
)
def test_a_day_and_month_in_context_against_the_calendar(
    day: int, month: int, sep: str, lead: str, after: str
) -> None:
    text = f"{lead} {day}{sep}{month}{after}"
    a_range = "-" in sep and day < month  # "ngày 6-13": maybe the days 6 to 13
    a_time = sep == "." and month > 12 and lead == "Sáng"  # "Sáng 9.15": maybe 9:15
    expected = not _exists(day, month) and not a_range and not a_time
    assert bool(impossible(text)) == expected, text


@given(
    st.integers(1, 39),
    st.integers(1, 19),
    st.sampled_from(["/", "-", "."]),
    st.sampled_from(["lần", "người", "giờ", "suất quà", "triệu đồng", "%"]),
)
def test_a_quantity_after_ngay_is_no_date(day: int, month: int, sep: str, noun: str) -> None:
    assert impossible(f"mỗi ngày {day}{sep}{month} {noun}") == []


@given(st.integers(1, 39), st.integers(1, 19), st.sampled_from(["/", "-", "."]))
def test_without_a_date_context_nothing_is_judged(day: int, month: int, sep: str) -> None:
    assert impossible(f"Kết quả {day}{sep}{month}, Hội tổ chức") == []
