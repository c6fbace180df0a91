"""Two false alarms of the round-11 hunt (hunt12) on real report prose, fixed by their general
shape, with the near misses that must still be found:

* rule malformed: a month and its year written with a dot after *tháng* ("từ tháng 1.2014 đến
  tháng 12.2016", "trong tháng 5.2015 tổng lượt khách") is a date, not a number whose last group
  has four digits;
* rule fractions: a day and month after a time of day or a weekday ("Chiều 17/6, ...") is a date,
  as after *ngày*, not a fraction to judge against the next rate.

The real paragraphs are those of ``tests/corpus/pending/p29_hunt12_pending.toml`` (by id).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness


def _codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.severity.value != "info"]


@pytest.mark.parametrize(
    "pid", ["hungyen-tocao-2016-1142", "quangnam-dulich-2015t5-349000", "cpi-9-2007-051"]
)
def test_month_year_after_thang_is_a_date(pid: str) -> None:
    assert "malformed-number" not in _codes(corpus_harness.text_of(pid))


def test_time_of_day_date_is_no_fraction() -> None:
    assert "rate-mismatch" not in _codes(corpus_harness.text_of("totnghiep-2010-quangngai-9624"))


@pytest.mark.parametrize("word", ["Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Thứ Hai", "Chủ nhật"])
def test_dates_after_times_and_weekdays(word: str) -> None:
    assert _codes(f"{word} 17/6, tỉnh công bố kết quả thi tốt nghiệp với tỷ lệ 96,24%.") == []


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a malformed count, and a month.year after another word, are still found.
        "Tổng số hội viên là 5.2015 người.",
        "trong năm 5.2015 hội viên",
        # A fraction of units with a wrong rate, no date word before it.
        "Có 17/20 xã đạt chuẩn, đạt tỷ lệ 96,24%.",
    ],
)
def test_near_misses_still_found(text: str) -> None:
    assert _codes(text) != []


@given(
    month=st.integers(1, 12),
    year=st.integers(1990, 2099),
    lead=st.sampled_from(["trong tháng", "từ tháng", "cuối tháng", "đầu tháng", "Tháng"]),
)
def test_any_month_year_after_thang_is_quiet(month: int, year: int, lead: str) -> None:
    assert _codes(f"{lead} {month}.{year} tổng lượt khách ước đạt 349.000 lượt.") == []


@given(month=st.integers(13, 99), year=st.integers(1990, 2099))
def test_no_month_no_date(month: int, year: int) -> None:
    # "tháng 13.2015" names no month: still a number with a four-digit last group.
    assert "malformed-number" in _codes(f"trong tháng {month}.{year} tổng lượt khách đạt")


# --- "N tháng YYYY": the months of a year (rule dates; hunt16) --------------------------------


@pytest.mark.parametrize("pid", ["quangnam-vks-10t-2023", "toquoc-9thang-2023"])
def test_months_of_a_year_are_no_impossible_month(pid: str) -> None:
    # "trong 10 tháng 2023, đã thực hành quyền công tố ...": ten months of 2023.
    assert "impossible-date" not in _codes(corpus_harness.text_of(pid))


@given(months=st.integers(1, 12), year=st.integers(1900, 2100))
def test_any_months_of_a_year_are_quiet(months: int, year: int) -> None:
    assert _codes(f"Trong {months} tháng {year}, toàn tỉnh có 5 vụ.") == []


@pytest.mark.parametrize(
    "text", ["tháng 13/2024 có 5 vụ", "ngày 5 tháng 13 năm 2024", "tháng 20231"]
)
def test_impossible_months_still_found(text: str) -> None:
    assert "impossible-date" in _codes(text)
