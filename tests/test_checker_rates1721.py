"""Round 21 (issue 9, helper rates17): two readings of rule rate-bases, on real paragraphs.

* The whole stated again before its parts ("toàn tỉnh kết nạp được 44 đảng viên mới, ... Trong
  44 đảng viên mới kết nạp của tháng 3, có 16 đảng viên nữ (36,36%)") is one base, not two
  (:func:`hoiquanchung.checker._rate_bases._confirmed_base`).
* Persons of every kind, one whole:

  a whole of persons counted by one noun (*đảng viên*, *tân cử nhân*, *người*) and its parts by
  another noun of persons (*đồng chí*, *sinh viên*, *ĐB tái cử*): the rule takes the whole when
at least two other attached rates of persons hold against it
(:func:`hoiquanchung.checker._rate_bases._kin_base`, :mod:`hoiquanchung.checker._person_wholes`).

Real paragraphs are read from the corpus by id (the address is in the comment above each id);
a mutation changes one digit of one rate, as the corpus harness does.  The near misses are
real paragraphs (and the round-20 near miss of households) on which the reading stays quiet.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import corpus

from hoiquanchung.checker import check_text
from hoiquanchung.checker._mentions import mentions_in
from hoiquanchung.checker._person_wholes import PERSONS, kin, of_persons, shares_of_own_sum
from hoiquanchung.checker._text import Splitter

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


# https://xaydungdang.org.vn/dang-vien/quan-binh-thanh-tp-ho-chi-minh-53-3-so-dang-vien-moi-ket-nap-co-trinh-do-dai-hoc-cao-dang-1998
# "kết nạp 152 đảng viên ... nữ có 73 đồng chí (chiếm 48,02%); ... 91 đồng chí (chiếm 59,9%)"
BINH_THANH = "h45-xaydungdang-binhthanh-ketnap-2009"
# https://truongdaihocvietnam.com/tin-tuc/ty-le-sinh-vien-tot-nghiep-dh-loai-gioi-va-xuat-sac-cao/
# "Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, chiếm tỷ lệ 4,25%"
LUAT = "h37s6-truongdhvn-luat-2023"
NEU = "h37s6-truongdhvn-neu-2023"
# http://www.thtg.vn/tien-giang-cong-bo-danh-sach-64-nguoi-trung-cu-dai-bieu-hdnd-tinh/
# "64 người trúng cử ..., trong đó có 14 ĐB nữ (21,88%), 6 ĐB ngoài đảng (9,38%), 17 ĐB tái cử"
TIEN_GIANG = "h40-thtg-tiengiang-64-trung-cu-2011"


def test_the_real_slips_of_the_152_members_are_found() -> None:
    # 73/152 = 48,03 % and 1/152 = 0,66 %, both truncated by the page (annotated real slips).
    assert rates(corpus(BINH_THANH)) == [
        ("rate-rounding", "48,02%", "73/152 = 48,03%"),
        ("rate-rounding", "0,65%", "1/152 = 0,66%"),
    ]


@pytest.mark.parametrize(
    ("pid", "old", "new", "computed"),
    [
        (BINH_THANH, "(chiếm 59,9%)", "(chiếm 99,9%)", "91/152 = 59,9%"),
        (BINH_THANH, "(chiếm 30,9%)", "(chiếm 30,1%)", "47/152 = 30,9%"),
        (LUAT, "(tỷ lệ 17,41%)", "(tỷ lệ 13,41%)", "258/1.482 = 17,41%"),
        (LUAT, "tỷ lệ 4,25%", "tỷ lệ 4,23%", "63/1.482 = 4,25%"),
        (NEU, "(chiếm 26,04%)", "(chiếm 29,04%)", "1.192/4.577 = 26,04%"),
        (TIEN_GIANG, "(26,56%)", "(28,56%)", "17/64 = 26,56%"),
    ],
)
def test_a_part_of_persons_is_judged_against_the_whole_of_another_noun(
    pid: str, old: str, new: str, computed: str
) -> None:
    assert corpus(pid).count(old) == 1
    found = rates(corpus(pid, old, new))
    assert [c for _, _, c in found if c == computed] == [computed], found


@pytest.mark.parametrize("pid", [LUAT, NEU, TIEN_GIANG])
def test_the_real_paragraphs_hold(pid: str) -> None:
    assert rates(corpus(pid)) == []


def test_shares_of_their_own_sum_are_not_judged_against_the_whole() -> None:
    # https://ttthlak.gov.vn/tin-tuc/co-quan-dang-doan-the-tong-ket-cong-tac-xay-dung-dang-2019
    # "... lên 73 đồng chí. ... 15 đảng viên, chiếm tỷ lệ 21%; ... 55 đảng viên chiếm tỉ lệ
    # 76,3 % ; 02 đảng viên ... chiếm tỷ lệ 2,7%": 21 + 76,3 + 2,7 = 100 of the 72 assessed.
    assert rates(corpus("lak-dangdoanthe-2019")) == []


def test_a_list_of_another_whole_after_same_noun_parts_stays_quiet() -> None:
    # https://baodanang.vn/channel/5399/201812/huyen-hoa-vang-quy-hoach-can-bo-nu-trong-cap-uy-huyen-giai-doan-2020-2025-chiem-407-3125382/
    # "324/867 cán bộ nữ ... 231 cán bộ nữ ... (chiếm 71,3%), ... 29 người (chiếm 9%) ... 6 cán
    # bộ nữ tham gia cấp ủy huyện (chiếm 14,28%)": the committees' shares are of their seats;
    # the part of the whole's own noun is read as before (only 231 confirms the 324).
    assert rates(corpus("r13h-baodanang-hoavang-canbonu-2018")) == [
        ("rate-rounding", "32,3%", "11/34 = 32,4%")
    ]


def test_households_are_no_persons() -> None:
    # The round-20 near miss (test_checker_shares5): the whole counts households.
    text = (
        "Trong số 105 hộ được hỗ trợ, có 46 nữ (43,84%); 15 người dưới 35 tuổi (14,29%); 33 "
        "người tái cử (31,43%)."
    )
    assert rates(text) == []
    assert not kin("hộ", PERSONS)


def test_nouns_of_persons() -> None:
    assert all(of_persons(n) for n in (PERSONS, "đảng viên", "thí sinh đỗ"))
    assert not any(of_persons(n) for n in ("hộ", "hồ sơ", "vụ"))
    assert all(kin(w, p) for w, p in (("tân cử nhân", "sinh viên"), (PERSONS, "đb tái cử")))
    assert not kin(PERSONS, "hội viên")  # a body's members: no part of persons as such
    assert not any(kin(w, p) for w, p in (("đơn vị", "tổ chức"), ("hộ dân", "nhân khẩu")))


def test_shares_of_own_sum() -> None:
    (para,) = Splitter().feed("15 đảng viên, 21%; 55 đảng viên, 76,3%; 2 đảng viên, 2,7%")
    ms = mentions_in(para)
    counts = [m for m in ms if m.quantity.unit != "%"]
    shares = [m for m in ms if m.quantity.unit == "%"]
    run = list(zip(counts, shares, strict=True))
    assert sum(r.value for _, r in run) == Decimal(100)
    assert shares_of_own_sum(run, 73)
    assert not shares_of_own_sum(run, 72)  # their own sum: the whole itself
    assert not shares_of_own_sum(run[:1], 73)  # one share is no breakdown


# https://baodongnai.com.vn/chinhtri/202004/ket-nap-162-dang-vien-moi-trong-3-thang-dau-nam-2998710
# "kết nạp được 44 đảng viên mới, nâng tổng số ... là 162 đảng viên ... Trong 44 đảng viên mới
# kết nạp của tháng 3, có 16 đảng viên nữ (36,36%), ... 9 đảng viên có trình độ trung cấp (20,45%)"
DONG_NAI = "h49-baodongnai-ket-nap-162-dang-vien-2020"
# https://dantri.com.vn/thoi-su/nghe-an-bau-16-dai-bieu-quoc-hoi-tu-28-nguoi-ung-cu-20260215151944602.htm
# "danh sách 21 người đủ tiêu chuẩn ứng cử ... Trong 21 người ứng cử ..., có 13 người ứng cử là
# nữ (chiếm 61,9%); 5 người ... (tỷ lệ 23,8%)"
NGHE_AN = "h52-dantri-nghe-an-16-dbqh-28-ung-cu"


def test_the_whole_stated_again_is_one_base() -> None:
    # 6/44 = 13,636 % and 2/44 = 4,545 %, truncated by the page (annotated real slips).
    assert rates(corpus(DONG_NAI)) == [
        ("rate-rounding", "13,63%", "6/44 = 13,64%"),
        ("rate-rounding", "4,54%", "2/44 = 4,55%"),
    ]
    assert ("rate-mismatch", "29,45%", "9/44 = 20,45%") in rates(
        corpus(DONG_NAI, "(20,45%)", "(29,45%)", once=True)
    )
    assert rates(corpus(NGHE_AN)) == []
    assert rates(corpus(NGHE_AN, "(tỷ lệ 23,8%)", "(tỷ lệ 28,8%)", once=True)) == [
        ("rate-mismatch", "28,8%", "5/21 = 23,8%")
    ]
