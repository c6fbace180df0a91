"""Rule part-of-whole: a fraction whose part exceeds its whole where the text says it is a part.

Cases written the way reports write them (the corpus's shapes), near-misses where the whole is a
plan or a target (it may be exceeded), and a property: a part no larger than its whole never
fires, a larger one always does.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.code, f.severity.value, f.computed)
        for f in check_text(text)
        if f.code == "parts-exceed-total"
    ]


CASES = [
    ("Có 55/50 chi hội, chiếm 100% tổng số chi hội.", [("parts-exceed-total", "warning", "55")]),
    (
        "có 1.320 hội viên trên tổng số 1.230 hội viên tham gia sinh hoạt.",
        [("parts-exceed-total", "warning", "1.320 hội viên")],
    ),
    ("Trong số 45/40 xã đã tổ chức đại hội.", [("parts-exceed-total", "warning", "45")]),
    # Quiet: the part does not exceed; the whole is a plan, a target, a comparison; years.
    ("Có 45/50 chi hội, chiếm 90% tổng số chi hội.", []),
    ("Tiếp nhận 551/500 đơn vị máu, đạt 110,2% kế hoạch.", []),
    ("Kết nạp 551/500 hội viên, vượt chỉ tiêu được giao.", []),
    ("có 551/500 hội viên đăng ký, chiếm tỷ lệ cao.", []),
    ("Năm học 2024/2023 chiếm vị trí đầu.", []),
    ("Kết nạp 55/50 hội viên mới.", []),  # nothing says it is a part (a plan of 50?)
    ("Từ 15/4, hội viên nữ chiếm đa số.", []),  # a day and a month
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A whole of 13 or more: x/12 and below can be read as a day and a month, left alone.
@given(st.integers(min_value=13, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_only_a_part_larger_than_its_whole_fires(whole: int, extra: int) -> None:
    def written(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    inside = max(0, whole - extra)
    assert found(f"Có {written(inside)}/{written(whole)} chi hội, chiếm phần lớn.") == []
    over = whole + extra + 1
    assert [
        code
        for code, _, _ in found(f"Có {written(over)}/{written(whole)} chi hội, chiếm phần lớn.")
    ] == ["parts-exceed-total"]
