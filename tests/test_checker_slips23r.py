"""Round 23, helper slips23r: real slips of rates read from the structure a careful reader uses.

* the rate of the cases settled, of the cases received, read across the asides reports write
  between the figures (:mod:`hoiquanchung.checker._settled_cases`);
* a share of a complete breakdown that holds only when truncated, once its whole is sure
  (:func:`hoiquanchung.checker._partition_shares._truncated_slip`).
"""

from __future__ import annotations

import pytest
from _checker_helpers import corpus

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


class TestSettledAcrossAsides:
    def test_persons_and_changes_between(self) -> None:
        # https://baotayninh.vn/a-n-hon-nhan-gia-dinh-va-an-lao-dong-tang-dot-bien-a43837.html
        # 1.312/1.319 is 99,47 %: the two digits of 99,74 % swapped (a real slip); every other
        # rate of the paragraph, read across its "(tăng 776 vụ SCK)" asides, holds.
        found = rates(corpus("h37-baotayninh-toaan-2012-11041"))
        assert found == [("rate-mismatch", "99,74%", "1.312/1.319 = 99,47%")]

    @pytest.mark.parametrize(
        ("old", "new"),
        [("97,24%", "97,28%"), ("98,64%", "98,60%"), ("đạt tỷ lệ 100%", "đạt tỷ lệ 109%")],
    )
    def test_each_rate_of_the_courts_is_read(self, old: str, new: str) -> None:
        # https://baotayninh.vn/a-n-hon-nhan-gia-dinh-va-an-lao-dong-tang-dot-bien-a43837.html
        found = rates(corpus("h37-baotayninh-toaan-2012-11041", old, new))
        assert any(stated == new.rsplit(" ", 1)[-1] for _, stated, _ in found)

    def test_a_change_with_its_own_rate_between(self) -> None:
        # http://www.nguoiduatin.vn/vu-an-trinh-xuan-thanh-se-duoc-dua-ra-xet-xu-vao-dau-nam-2018-a349875.html
        # "thụ lý 30.777 vụ, tăng 2.029 vụ = 7% so với năm 2016; đã giải quyết 27.755 vụ, đạt
        # tỉ lệ 90,1%": 90,18 %, truncated (a real slip).
        found = rates(corpus("nguoiduatin-tandhn-2017"))
        assert ("rate-rounding", "90,1%", "27.755/30.777 = 90,2%") in found

    def test_defendants_and_changes_after_phai_giai_quyet(self) -> None:
        # https://baodienbienphu.info.vn (corpus dienbien-vks-2017): "phải giải quyết 880 vụ,
        # 1.172 bị can, giảm 20 vụ, tăng 59 bị can so với cùng kỳ năm 2016, đã giải quyết 874
        # vụ, 1.172 bị can, đạt tỷ lệ 99,3%": 874/880 is 99,32 %.
        assert rates(corpus("dienbien-vks-2017")) == []
        found = rates(corpus("dienbien-vks-2017", "99,3%", "99,8%"))
        assert ("rate-mismatch", "99,8%", "874/880 = 99,3%") in found

    def test_a_bracket_on_last_year_after_the_rate(self) -> None:
        # https://plo.vn (corpus h43-plo-cantho-tand-33353-vu): "đạt tỉ lệ 92,67% (so với cùng
        # kỳ các loại vụ việc phải giải quyết tăng 1.183 vụ)".
        assert rates(corpus("h43-plo-cantho-tand-33353-vu")) == []
        found = rates(corpus("h43-plo-cantho-tand-33353-vu", "92,67%", "22,67%"))
        assert ("rate-mismatch", "22,67%", "30.907/33.353 = 92,67%") in found

    @pytest.mark.parametrize(
        "text",
        [
            # the cases settled on time: a rate of the cases settled, not of those received
            "thụ lý 1.500 hồ sơ (tăng 20 hồ sơ), đã giải quyết đúng hạn 1.447 hồ sơ, đạt 80%.",
            # the cases still being settled
            "thụ lý 500 vụ (tăng 20 vụ), đang giải quyết 100 vụ, đạt 50%.",
            # the new cases only: the base counts those carried over too
            "thụ lý mới 58 tin (tăng 9 tin); đã giải quyết 40 tin (tăng 3 tin), đạt 90%.",
            # another subject between the two counts
            "thụ lý 500 vụ (tăng 20 vụ), trong đó án dân sự 200 vụ; đã giải quyết 180 vụ, đạt 90%.",
            # a plan named after the rate, in its bracket
            "thụ lý 500 vụ (tăng 20 vụ), đã giải quyết 300 vụ, đạt 80% (so với cùng kỳ, vượt chỉ "
            "tiêu).",
            # counts of different nouns
            "thụ lý 393 tố giác (giảm 38 tin); đã giải quyết 300 tin (tăng 5 tin), đạt 93,4%.",
            # more settled than received
            "thụ lý 100 vụ (tăng 2 vụ), đã giải quyết 120 vụ (tăng 3 vụ), đạt 50%.",
        ],
    )
    def test_near_misses_stay_quiet(self, text: str) -> None:
        assert rates(text) == []


class TestTruncatedShareOfASureWhole:
    def test_shares_of_the_cells_assessed(self) -> None:
        # https://namcan.camau.gov.vn (corpus namcan-camau-danhgia-2018): 28 + 100 + 10 + 9 make
        # the 147 cells assessed; 28/147 is 19,048 % and 100/147 is 68,027 %, written 19,04 %
        # and 68,02 % (annotated real slips); 6,80 % and 6,12 % hold.
        found = rates(corpus("namcan-camau-danhgia-2018"))
        assert ("rate-rounding", "19,04%", "28/147 = 19,05%") in found
        assert ("rate-rounding", "68,02%", "100/147 = 68,03%") in found

    def test_shares_that_make_exactly_100_stay_quiet(self) -> None:
        # The writer cut one share so that the run makes 100 %: 1/3 written 33,33 % beside
        # 66,67 %.  (Near-miss shape of tw-daihoi-xiv-2026-1586daibieu.)
        text = (
            "Tổng số 300 đại biểu. Trong đó: nam 200 người, chiếm 66,67%; nữ 100 người, chiếm "
            "33,33%."
        )
        assert rates(text) == []

    def test_a_share_rounded_half_up_is_no_slip(self) -> None:
        # The same run of Năm Căn with its shares rounded half up.
        text = corpus("namcan-camau-danhgia-2018", "chiếm 19,04%", "chiếm 19,05%")
        text = text.replace("chiếm 68,02%", "chiếm 68,03%")
        assert not any(stated in ("19,05%", "68,03%") for _, stated, _ in rates(text))


class TestPersonsByAddress:
    def test_delegates_counted_as_vi(self) -> None:
        # https://baovanhoa.vn (corpus h50-baovanhoa-dai-hoi-mttq-x-1052-dai-bieu): of the 1.052
        # official delegates, "492 vị (tỷ lệ 46,7%)" is 46,77 %, truncated (a real slip); the
        # 198, 20, 152 and 912 "vị" hold against 1.052 and confirm it.
        found = rates(corpus("h50-baovanhoa-dai-hoi-mttq-x-1052-dai-bieu"))
        assert ("rate-rounding", "46,7%", "492/1.052 = 46,8%") in found
        assert len(found) == 4

    def test_pupils_keep_their_own_noun(self) -> None:
        # https://baonghean.vn (corpus r17h-baonghean-hsg-1286-2046-2017): "1.286 em dự thi, ...
        # 741 em ..., đạt tỷ lệ 57,62%" is judged against the 1.286 em (em is not read as a
        # form of address of persons).
        text = corpus("r17h-baonghean-hsg-1286-2046-2017", "57,62", "57,02")
        assert ("rate-mismatch", "57,02%", "741/1.286 = 57,62%") in rates(text)
