"""Round 20 (issue 9, helper rates16): a reading of rule rate-bases, on real paragraphs.

* A rate whose whole is named with its figure right after it in the same clause ("đạt tỷ lệ 95%
  trong tổng số 2.752 hộ", "đạt 62,5% kế hoạch vốn được giao đầu năm (11.906 tỷ đồng)"), its
  part the nearest figure before it with the whole's unit
  (:mod:`hoiquanchung.checker._whole_after`).
* (A second reading, the rates of counts in a sentence opened by its whole, *Trong (tổng) số
  N ...*, was withdrawn by the lead: it judged "46 nữ (43,84%)" against "Trong số 105 hộ", an
  older near miss of ``test_checker_shares5``.)

Real paragraphs are read from the corpus by id (their address is in the entry, and in the
comment above each id); a mutation changes one digit of one rate, as the corpus harness does.
The near misses are real paragraphs on which the readings must stay quiet.
"""

from __future__ import annotations

from _checker_helpers import corpus as text_of

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


def mutated(pid: str, old: str, new: str) -> str:
    """The paragraph with its one occurrence of *old* (a rate, ``%`` included) made *new*."""
    text = text_of(pid)
    assert text.count(old) == 1, (pid, old)
    return text.replace(old, new)


# https://giadinh.suckhoedoisong.vn/kon-tum-phat-sinh-hon-1300-nha-tam-nha-dot-nat-172250523193906438.htm
KONTUM = "h57-giadinh-kon-tum-1300-nha-tam-phat-sinh"
# https://thoibaotaichinhvietnam.vn/quang-ninh-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong-trong-nhung-ngay-cuoi-nam-188862.html
QUANGNINH = "h55-thoibaotaichinh-quang-ninh-giai-ngan-11-2025"
# https://vneconomy.vn/nhat-ban-hut-manh-lao-dong-viet-nam-xuat-ngoai.htm
XKLD = "vneconomy-xkld-10thang-2025"
# https://vneconomy.vn/can-tho-thu-hut-3-7-trieu-luot-du-khach-trong-6-thang-dau-nam-2024.htm
CANTHO = "h58-vneconomy-can-tho-6-thang-2024-3-7-trieu"
# https://tapchicongsan.org.vn/en_US/web/guest/hoat-ong-cua-lanh-ao-ang-nha-nuoc/-/2018/7280/tien-toi-bau-cu-dai-bieu-quoc-hoi-va-hoi-dong-nhan-dan-cac-cap-nhiem-ky-2011---2016--cac-dia-phuong-lap-danh-sach-chinh-thuc-nhung-nguoi-ung-cu.aspx
HANOI = "tapchicongsan-hanoi-ungcu-2011"
# https://truongdaihocvietnam.com/tin-tuc/ty-le-sinh-vien-tot-nghiep-dh-loai-gioi-va-xuat-sac-cao/
LUAT = "h37s6-truongdhvn-luat-2023"
# http://cujut.daknong.gov.vn/dak-nong-bau-du-6-dai-bieu-quoc-hoi-khoa-xv-va-52-dai-bieu-hdnd-tinh-nhiem-ky-2021-2026/
CUJUT = "cujut-daknong-baucu-2021"
# https://vietbao.vn/ha-noi-dau-tu-hon-1-800-ty-dong-khoi-thong-un-tac-301423.html
VIETBAO = "vietbao-hanoi-hdnd-2021"
# https://baolangson.vn/chinh-tri/21780-cac-dia-phuong-cong-bo-nhung-nguoi-trung-cu-dai-bieu-hdnd-tinh.html
DAKLAK = "daklak-baucu-2016-85nguoi"
# https://742869.elmit.asia/chi-tiet-co-cau-dai-bieu-quoc-hoi-khoa-xv-ar617647.html
QH15 = "tw-qh15-499-structure"
# http://cinet.vn/van-hoa-co-so/ky-son-hoa-binh-bieu-duong-cac-gia-dinh-van-hoa-tieu-bieu-320975.html
KYSON = "kyson-gdvh-2007-2012"


# ------------------------------------------------------------------ the whole named after


def test_whole_after_in_tong_so_holds_on_the_real_text_and_finds_a_changed_rate() -> None:
    """'... cho 2.622 hộ, trong đó xây mới 2.077 và sửa chữa 545 đạt tỷ lệ 95% trong tổng số
    2.752 hộ': the part is the 2.622 households (the nearest figure with the whole's unit)."""
    assert rates(text_of(KONTUM)) == []
    assert rates(mutated(KONTUM, "95%", "98%")) == [("rate-mismatch", "98%", "2.622/2.752 = 95%")]


def test_whole_after_in_a_bracket_after_the_plan_s_words() -> None:
    """'đã giải ngân được 7.444 tỷ đồng, đạt 62,5% kế hoạch vốn được giao đầu năm (11.906 tỷ
    đồng)'."""
    assert rates(text_of(QUANGNINH)) == []
    assert ("rate-mismatch", "42,5%", "7.444/11.906 = 62,5%") in rates(
        mutated(QUANGNINH, "62,5%", "42,5%")
    )


def test_bracketed_aside_after_the_count_is_not_the_part() -> None:
    """'121.190 người (40.938 lao động nữ), bằng 93,2% kế hoạch năm 2025 (130.000 lao động)':
    the women in the bracket share the plan's unit but are an aside; the rate holds against the
    121.190 and nothing is said."""
    assert rates(text_of(XKLD)) == []


def test_a_growth_rate_before_the_plan_is_no_part_of_it() -> None:
    """'3.300 tỷ đồng, tăng 11% so với cùng kỳ và đạt 55% kế hoạch năm': no whole is named with
    its figure after either rate; the real text stays quiet."""
    assert rates(text_of(CANTHO)) == []
