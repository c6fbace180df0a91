"""Round 25 (lead): false alarms the hunts found on unseen text, each fixed, on its real paragraph,
with the near miss that must still be found.

Real paragraphs are read from the corpus by id (their addresses are in the corpus files and in
the comments below).
"""

from __future__ import annotations

from _checker_helpers import alarm_codes, corpus

from hoiquanchung.checker import check_text


def test_a_list_after_a_fraction_is_the_fractions_not_an_earlier_totals() -> None:
    # https://baoquangngai.vn/channel/9245/ (pending h88-baoquangngai-ntm-muc-tieu-2025): "có
    # thêm 31 xã ..., nâng tổng số xã đạt chuẩn NTM toàn tỉnh lên 119/148 xã; trong đó có 48 xã
    # đạt chuẩn NTM nâng cao": the 48 are of the 119, not of the 31 more.
    assert alarm_codes(corpus("h88-baoquangngai-ntm-muc-tieu-2025")) == []
    assert alarm_codes("Có thêm 31 xã, nâng lên 119/148 xã; trong đó có 48 xã nâng cao.") == []
    # The near misses: a fraction in brackets (an aside of the total) or of another noun leaves
    # the total before it the list's whole.
    for near in (
        "Có 31 xã, trong đó có 48 xã nâng cao.",
        "Có 31 xã (đạt 20/30 xã), trong đó có 48 xã nâng cao.",
        "Có 31 xã, 2/3 huyện; trong đó có 48 xã nâng cao.",
    ):
        assert [f.code for f in check_text(near)] == ["parts-exceed-total"], near
