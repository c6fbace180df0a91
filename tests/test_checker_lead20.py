"""Round 20: false alarms the hunts found on unseen real text, fixed by the lead, each tested
on its real paragraph (corpus, with its address) and on the near miss that must still
be found."""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _codes(text: str) -> list[str]:
    return [f.code for f in check_text(text)]


def test_an_age_with_its_values_by_sex_in_brackets_is_no_total() -> None:
    # https://kienthuc.net.vn/ha-noi-nang-cao-chat-luong-cham-soc-suc-khoe-nguoi-cao-tuoi-post1592205.html
    # "tuổi thọ khỏe mạnh chỉ dừng ở 65,4 tuổi (nam 62,8 tuổi; nữ 68 tuổi)": an average and
    # the same measure for each sex, never a sum (it was read as 62,8 + 68 = 130,8 tuổi).
    text = corpus("h61-kienthuc-ha-noi-tuoi-tho-nguoi-cao-tuoi-2025")
    assert "65,4 tuổi (nam 62,8 tuổi; nữ 68 tuổi)" in text
    assert _codes(text) == []
    assert _codes("chỉ dừng ở 65,4 tuổi (nam 62,8 tuổi; nữ 68 tuổi).") == []


def test_a_count_with_its_parts_by_sex_in_brackets_is_still_a_total() -> None:
    assert "total-mismatch" in _codes("Hội có 120 người (nam 62 người; nữ 68 người).")
    assert _codes("Hội có 130 người (nam 62 người; nữ 68 người).") == []
