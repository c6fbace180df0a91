"""Round 19 (far14): traffic accidents broken down by mode, a 'Cụ thể' sentence of nothing but
parts, and the trait 'nam' against the place names that hold it.

Each test reads a real paragraph of the corpus (by its id, with its address in the corpus file)
and its near misses."""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text


def alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.severity.name != "INFO"]


def test_accidents_by_mode_may_not_exceed_their_total() -> None:
    # https://vietnamnet.vn/tai-xe-xe-khach-ngo-ngang-khi-nhan-phieu-phat-dem-mung-2-tet-2367522.html
    # (pending/p34_hunt27_pending.toml): 308 vụ = road 306 + rail 1 + water 1, with a sentence
    # of changes only ("So với cùng kỳ ... giảm 189 vụ ...") between the total and "Trong đó".
    text = paragraph("vietnamnet-tngt-tet-at-ty-2025")
    assert alarms(text) == []
    assert alarms(text.replace("đường bộ xảy ra 306 vụ", "đường bộ xảy ra 376 vụ")) == [
        ("total-mismatch", "308 vụ", "378 vụ")
    ]
    assert alarms(text.replace("làm chết 136 người", "làm chết 139 người")) == [
        ("total-mismatch", "137 người", "140 người")
    ]
    # The changes of a mode ("giảm 189 vụ") are no parts: a changed change says nothing.
    assert alarms(text.replace("đã giảm 189 vụ", "đã giảm 989 vụ")) == []


def test_accidents_by_mode_on_the_line_below_their_total() -> None:
    # https://www.quochoitv.vn/152-vu-tai-nan-giao-thong-trong-7-ngay-tet
    # (pending/p38_next13_heldout.toml): the total on its line, the modes on the next.
    text = paragraph("next13h-quochoitv-152-vu-tet-quy-mao")
    assert alarms(text) == []
    assert alarms(text.replace("đã xảy ra 152 vụ", "đã xảy ra 151 vụ")) == [
        ("total-mismatch", "151 vụ", "152 vụ")
    ]


def test_modes_short_of_the_total_are_no_slip() -> None:
    # https://www.24h.com.vn/tin-tuc-trong-ngay/csgt-ha-noi-xu-phat-hon-5000-lai-xe-vi-pham-trong-
    # dip-sea-games-31-c46a1362313.html (p30_hunt18.toml): 4.733 vụ TNGT, of which road 4.683,
    # rail 30 and water 16 vụ (4.729), deaths 2.699 + 20 + 30 of 2.761: national figures count
    # accidents no mode names, even when the three modes are all given. Less is not reported.
    text = paragraph("24h-tngt-5t-2022")
    assert alarms(text) == []
    assert alarms(text.replace("làm chết 2.699 người", "làm chết 2.609 người")) == []
    # More is.
    assert alarms(text.replace("làm chết 2.699 người", "làm chết 2.799 người")) == [
        ("total-mismatch", "2.761 người", "2.849 người")
    ]


def test_modes_on_separate_lines_are_not_summed() -> None:
    # https://baogialai.com.vn/channel/1601/202010/580-nguoi-thiet-mang-do-tai-nan-giao-thong-...
    # (pending): the road on one line, rail and water on the next ones, and the total counting
    # collisions (va chạm) too: no mode list in one paragraph, nothing summed.
    text = paragraph("baogialai-tngt-10-2020")
    assert alarms(text) == []
    assert alarms(text.replace("Đường sắt xảy ra 2 vụ", "Đường sắt xảy ra 902 vụ")) == []


def test_a_cu_the_sentence_of_nothing_but_parts() -> None:
    # https://tienphong.vn/kien-toan-nhan-su-ban-chap-hanh-trung-uong-hoi-lien-hiep-phu-nu-viet-
    # nam-post1776454.tpo (pending/p28_hunt7_pending.toml): "bầu bổ sung 17 người ... Cụ thể, có 5
    # người ...; 12 người ...": more than the total is a slip (the place name "Việt Nam" in both
    # sentences is no trait "nam").
    text = paragraph("tw-lhpn-2025-bosung17")
    assert alarms(text) == []
    assert alarms(text.replace("12 người", "32 người")) == [
        ("total-mismatch", "17 người", "37 người")
    ]
    # Less is not (a "Cụ thể" list may name some of the whole only).
    assert alarms(text.replace("12 người", "10 người")) == []
    # Men and women are traits, not kinds: such a list is not read.
    men = text.replace("thuộc khối chuyên trách", "nam thuộc khối chuyên trách")
    assert alarms(men.replace("12 người", "32 người")) == []
