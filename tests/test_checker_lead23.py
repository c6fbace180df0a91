"""Round 23 (lead): false alarms the hunts found on unseen text, each fixed, on its real paragraph,
with the near miss that must still be found.

Real paragraphs are read from the corpus by id (their addresses are in the corpus files and in
the comments below).
"""

from __future__ import annotations

from _checker_helpers import alarm_codes, corpus

from hoiquanchung.checker import check_text


def test_a_grade_of_one_board_is_no_total_of_the_next() -> None:
    # https://www.vietnamplus.vn/doan-ha-noi-gianh-giai-nhat-hoi-thi-tin-hoc-tre-toan-quoc-post1054833.vnp
    # (pending h74-vietnamplus-tin-hoc-tre-2025): "bảng A ... gồm 1 giải Nhất, 6 giải Nhì, 9 giải
    # Ba; bảng B ... gồm 1 giải Nhất, 5 giải Nhì, 9 giải Ba; ...": board A's "9 giải Ba" was read
    # as the total of board B's prizes (1 + 5 + 9 = 15).
    text = corpus("h74-vietnamplus-tin-hoc-tre-2025")
    assert alarm_codes(text) == []
    minimal = "Bảng A gồm 6 giải Nhì, 9 giải Ba; bảng B gồm 1 giải Nhất, 5 giải Nhì, 7 giải Ba."
    assert alarm_codes(minimal) == []
    # The near miss: a total of prizes before the grades is still read.
    near = (
        "Bảng A gồm 6 giải Nhì, 9 giải Ba; bảng B có 12 giải, gồm 1 giải Nhất, 5 giải Nhì, 7 "
        "giải Ba."
    )
    assert [(f.code, f.stated, f.computed) for f in check_text(near)] == [
        ("total-mismatch", "12 giải", "13 giải")
    ]
    # A total whose own item goes on to the next count's grade is still a total ("10/10 HS đoạt
    # giải với 2 giải nhất, ..."): the grade belongs to the count after it.
    winners = "Môn Toán có 10/10 HS đoạt giải với 2 giải nhất, 3 giải nhì, 7 giải ba."
    assert [f.code for f in check_text(winners)] == ["total-mismatch"]


def test_numbers_listed_without_spaces_are_no_malformed_number() -> None:
    # https://baothanhhoa.vn/ket-qua-tham-tra-viec-giai-quyet-y-kien-kien-nghi-cua-cu-tri-gui-den-cac-ky-hop-hdnd-tinh-khoa-xviii-271101.htm
    # (pending h72-baothanhhoa-tham-tra-kien-nghi-cu-tri-2025): "các kỳ họp 7,11,14,17,20,24 và
    # 31" was read as one number with five decimal commas ("did you mean 71.114.172.024?").
    assert alarm_codes(corpus("h72-baothanhhoa-tham-tra-kien-nghi-cu-tri-2025")) == []
    assert alarm_codes("Các kỳ họp thứ 7,11,14 và 31.") == []
    # The near misses: thousands grouped by commas in threes, English style, are still found,
    # in a list too, and so is a run with several decimal commas that closes no list.
    assert [(f.stated, f.computed) for f in check_text("Có 1,234,567 và 2,345,678 người.")] == [
        ("1,234,567", "1.234.567"),
        ("2,345,678", "2.345.678"),
    ]
    assert alarm_codes("Tổng diện tích 12,5,3 ha.") == ["malformed-number"]
