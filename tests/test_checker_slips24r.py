"""Round 24, helper slips24r: a truncated rate names its own base.

:mod:`hoiquanchung.checker._truncated_bases`: a rate attached to a count that holds only under
truncation against exactly one count of the section of its noun, and rounded against no figure,
is reported ``rate-rounding`` (real slips of nine sites); the near misses below stay quiet.
A standard's level named by its number between a fraction and its rate (``mức độ 3``) is read
as a word by rule fractions (:func:`hoiquanchung.checker._rates._fraction_level_rate`).
"""

from __future__ import annotations

import pytest
from _checker_helpers import corpus

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


class TestTruncationNamesTheBase:
    def test_base_on_the_line_before(self) -> None:
        # https://vietnamnet.vn/duong-an-tang-toc-so-hoa-nang-cao-hieu-qua-giai-quyet-thu-tuc-hanh-chinh-2471114.html
        # 7.600/8.930 is 85,106 %: 85,11 % rounded, the page truncated to 85,10 %.
        assert rates(corpus("vietnamnet-duongan-2025")) == [
            ("rate-rounding", "85,10%", "7.600/8.930 = 85,11%")
        ]

    def test_base_before_an_aside_of_change(self) -> None:
        # https://baoquangbinh.vn/phap-luat/201807/giai-quyet-392430-tin-bao-to-giac-toi-pham-2157998/
        # "430 tin báo, tố giác tội phạm (tăng 12 tin so với cùng kỳ năm 2017), trong đó đã giải
        # quyết 392 tin báo, đạt tỷ lệ 91,1%": 392/430 is 91,163 %.
        assert rates(corpus("quangbinh-vks-tinbao-6t-2018")) == [
            ("rate-rounding", "91,1%", "392/430 = 91,2%")
        ]

    def test_base_in_the_sentence_before_with_other_slips(self) -> None:
        # https://vienktxh.hanoi.gov.vn/nghien-cuu-trao-doi/nid-98938.html
        # 25/52 is 48,077 %; the 52 candidates are named in the sentence before, beside the 57
        # of the round before and the 31 seats.
        found = rates(corpus("r15h-hanoi-vienktxh-aluoi-hiep-thuong-3-2021"))
        assert ("rate-rounding", "48,07%", "25/52 = 48,08%") in found

    def test_base_of_a_count_repeated_from_a_fraction(self) -> None:
        # https://baoquangnam.vn/xa-hoi/cai-dat-ung-dung-vneid-tai-nui-thanh-kinh-nghiem-tu-dot-cao-diem-145239.html
        # "52.000/62.600 tài khoản ... Trong đó, ... đã thu nhận 52.000 tài khoản (tỷ lệ
        # 83,06%)": 83,067 %.
        found = rates(corpus("h74-baoquangnam-vneid-nui-thanh-2023"))
        assert ("rate-rounding", "83,06%", "52.000/62.600 = 83,07%") in found

    @pytest.mark.parametrize(
        ("pid", "old", "new"),
        [
            # http://baolamdong.vn/chinhtri/202001/tren-28-dang-vien-la-doan-vien-thanh-nien-2983242/
            ("lamdong-dangvien-2019-46265", "10,75%", "10,76%"),
            # https://vietnamnet.vn/duong-an-tang-toc-so-hoa-nang-cao-hieu-qua-giai-quyet-thu-tuc-hanh-chinh-2471114.html
            ("vietnamnet-duongan-2025", "85,10%", "85,11%"),
            # https://baoquangbinh.vn/phap-luat/201807/giai-quyet-392430-tin-bao-to-giac-toi-pham-2157998/
            ("quangbinh-vks-tinbao-6t-2018", "91,1%", "91,2%"),
        ],
    )
    def test_quiet_once_rounded(self, pid: str, old: str, new: str) -> None:
        assert rates(corpus(pid, old, new)) == []


class TestNearMisses:
    def test_a_list_that_mixes_bases(self) -> None:
        # https://baovinhlong.com.vn/thoi-su/201807/xa-tra-con-co-2590-ho-gia-dinh-dat-tieu-chuan-van-hoa-2900722
        # 2.706/2.718 truncates to 99,55 %, but the list's rates are of the 2.974 households
        # (80,36 %) and of the 2.718 registered (92,2 %), and 99,26 % of neither: no base.
        assert rates(corpus("tracon-vh-2018-2590ho")) == []

    def test_a_base_with_a_rate_of_a_plan(self) -> None:
        # https://baotintuc.vn/tags/lòng+dân.htm
        # "4.409 căn nhà (đạt 99,9% kế hoạch); 3.578 căn nhà ... (chiếm 81,1%)": of the plan.
        assert rates(corpus("h38-baotintuc-binhdinh-4409-nha-tam")) == []

    def test_a_part_of_the_list_is_no_base(self) -> None:
        # http://thanhlam.bathuoc.thanhhoa.gov.vn/portal/KenhTin/Cong-dong-dan-cu.aspx
        # "dân tộc Thái 3395 người, chiếm 99,09 %; ... dân tộc Kinh 3 người, chiếm 0,08 %":
        # 3/3.395 truncates to 0,08 %, but the 3.395 are a part with a rate of their own.
        assert rates(corpus("s8h-thanhlam-bathuoc-dantoc")) == []

    def test_shares_forced_to_make_a_hundred(self) -> None:
        # https://backan.gov.vn/pages/ty-le-lao-dong-da-qua-dao-tao-nghe-dat-456-120c.aspx
        # 36.626/207.794 truncates to 17,62 %, but the sibling 82,38 % holds against nothing
        # (the two counts do not make the 207.794: the shares were forced to 100 %).
        assert rates(corpus("h38-backan-dao-tao-nghe-37267")) == []

    def test_whole_percent_is_left_alone(self) -> None:
        # http://baolamdong.vn/chinhtri/202001/tren-28-dang-vien-la-doan-vien-thanh-nien-2983242/
        # 4.976/46.265 truncated to a whole percent (10 %) names no base.
        assert rates(corpus("lamdong-dangvien-2019-46265", "10,75%", "10%")) == []

    def test_a_rate_explained_by_another_figure(self) -> None:
        text = (
            "Toàn huyện có 46.265 đảng viên và {other} hội viên. Trong đó có 4.976 đảng viên "
            "người dân tộc thiểu số, tỷ lệ 10,75%."
        )
        # 4.976/46.265 truncates to 10,75 %; 4.976/46.290 is 10,749 %, rounded 10,75 %: a
        # figure that explains the rate rounded (whatever its noun) keeps the reading quiet.
        assert rates(text.format(other="46.290")) == []
        assert rates(text.format(other="56.290")) == [
            ("rate-rounding", "10,75%", "4.976/46.265 = 10,76%")
        ]


class TestLevelBetweenFractionAndRate:
    def test_level_three(self) -> None:
        # https://baomoi.net.vn/63-tinh-thanh-pho-duy-tri-va-dat-chuan-pho-cap-giao-duc-tieu-hoc-c50003018.epi
        # "35/63 tỉnh,thành phố ... mức độ 3, đạt tỷ lệ 54%": 35/63 is 55,6 % (a real slip).
        found = rates(corpus("phocap-tieuhoc-2024-35tinh"))
        assert [code for code, stated, _ in found if stated == "54%"] == ["rate-mismatch"]

    def test_level_two_truncated(self) -> None:
        # https://baothanhhoa.vn/dong-son-17-chi-tieu-vuot-ke-hoach-233800.htm
        # "25/38 trường trường chuẩn quốc gia mức độ 2, đạt tỷ lệ 65,78%": 65,789 %.
        found = rates(corpus("h65-baothanhhoa-dong-son-17-chi-tieu-2024"))
        assert ("rate-rounding", "65,78%", "25/38 = 65,79%") in found
        assert rates(corpus("h65-baothanhhoa-dong-son-17-chi-tieu-2024", "65,78%", "65,79%")) == []

    def test_not_a_level_word(self) -> None:
        # Any other number between the fraction and the rate keeps the clause unread.
        text = "Có 25/38 trường có 2 phòng học, đạt tỷ lệ 60%."
        assert rates(text) == []
        assert rates(text.replace("có 2 phòng học", "đạt chuẩn mức độ 2")) == [
            ("rate-mismatch", "60%", "25/38 = 66%")
        ]

    def test_a_large_number_is_no_level(self) -> None:
        assert rates("Có 25/38 trường đạt mức 12, đạt tỷ lệ 60%.") == []


class TestFractionOfTheNumerator:
    def test_part_of_the_elected(self) -> None:
        # https://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/lao-cai-ty-le-nu-trung-cu-hoi-%C4%91ong-nhan-dan-cap-huyen-%C4%91at-41-95--38735-6101.html
        # "số trúng cử là 3.218/5.397, trong đó nữ trúng cử là 1.198/3.218 đạt 37,22%":
        # 37,228 %, truncated; the three other levels' rates (2/6, 21/55, 125/298) hold.
        found = rates(corpus("r16h-hoilhpn-laocai-nu-trung-cu-2021"))
        assert found == [("rate-rounding", "37,22%", "1.198/3.218 = 37,23%")]

    @pytest.mark.parametrize(("old", "new"), [("38,18%", "38,78%"), ("41,95%", "42,95%")])
    def test_each_level_is_read(self, old: str, new: str) -> None:
        # https://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/lao-cai-ty-le-nu-trung-cu-hoi-%C4%91ong-nhan-dan-cap-huyen-%C4%91at-41-95--38735-6101.html
        found = rates(corpus("r16h-hoilhpn-laocai-nu-trung-cu-2021", old, new))
        assert any(stated == new for _, stated, _ in found)

    def test_two_fractions_of_other_wholes_stay_unread(self) -> None:
        # Without "trong đó", or when the second whole is not the first part, whose rate it
        # is cannot be told.
        text = "Có 12/15 xã, trong đó 3/4 huyện đạt chuẩn, đạt tỷ lệ 80%."
        assert rates(text) == []
        assert rates("Có 12/15 xã, 3/12 xã đạt chuẩn, đạt tỷ lệ 80%.") == []
