"""Rule 2d (continued), far5 (round 11): a total broken down in a later sentence or paragraph.

* A sentence that opens with a marker and states a total ("Theo đó, tổng số đại biểu Quốc hội
  khóa XVI là 500 người.") is a total's sentence, not a breakdown of the one before.
* Each part followed by its share ("217 người (43,4%)", "231 đồng chí, chiếm 68,75%"), the shares
  making 100 % within their written rounding: the parts are the whole.
* A sentence that opens with the facet it breaks its total down by ("Về giới tính: đại biểu nam
  có 231 đồng chí, ...; đại biểu nữ có 105 đồng chí, ...") is read only when its parts are the
  whole, and never on a total whose own sentence gives a share (that figure is a part itself).
  Persons counted by *đồng chí* or *vị* are the persons of the total (*đại biểu*).

Real paragraphs (public pages, the address in their corpus entry):
- tw-doan-2018-thanhnientientien-336 (measured, p29_far5_entered.toml),
  https://giaoducthoidai.vn/tre/dai-hoi-thanh-nien-tien-tien-lam-theo-loi-bac-se-dien-ra-tai-tp-hcm-3928368-v.html
- qh16-2026-500daibieu (pending: a real slip of its rates waits),
  https://tracuuquyhoach.com/tin-tuc/danh-sach-chinh-thuc-500-dai-bieu-quoc-hoi-khoa-xvi-54747567
- tw-hdbcqg-2026-864ungcu (pending: its rates wait),
  https://thoibaotaichinhvietnam.vn/cong-bo-danh-sach-864-nguoi-ung-cu-dai-bieu-quoc-hoi-khoa-xvi-192187.html
- tw-qh15-candidates-education (measured, near miss),
  the address in tests/corpus/p14_shares_rates.toml
- tw-bithu-2020-13bithu-tyle (pending, near miss), https://cungcau.vn/chan-dung-4-nu-bi-thu-tinh-uy-khoa-2020-2025-1745895.htm
- tw-lhpn-2022-163uyvien (measured, p29_far5_entered.toml),
  https://lite.baomoi.com/ba-ha-thi-nga-tai-dac-cu-chu-tich-hoi-lien-hiep-phu-nu-viet-nam-khoa-xiii-c41985932.epi
- hcm-dangbo-2020-72ungvien (pending: other relations wait),
  https://plo.vn/bau-ban-chap-hanh-dang-bo-tp-hcm-khoa-xi-nhiem-ky-2020-2025-post597561.html
- laocai-mttq-2021-337nha (measured, p29_far5_entered.toml),
  http://daidoanket.vn/lao-cai-xay-dung-va-sua-chua-337-nha-dai-doan-ket-558815.html
- phutho-2025-xoanhatam-10760can (pending: its programmes wait),
  https://baophutho.vn/phu-tho-phan-dau-xoa-100-so-nha-tam-nha-dot-nat-truoc-ngay-20-8-236478.htm
- lamdong-thatnghiep-2021-6014 (pending: a real slip in another sentence waits),
  http://baolamdong.vn/toasoan-bandoc/202106/ty-le-that-nghiep-chung-076-tai-thoi-diem-thang-62021-3062997/
- qh15-2021-499daibieu (measured, p29_far5_entered.toml),
  http://nguoikinhbac.vn/detailnews/HOI-DONG-BAU-CU-QUOC-GIA-CONG-BO-KET-QUA-BAU-CU-VA-DANH-SACH-NHUNG-NGUOI-TRUNG-CU--DAI-BIEU-QUOC-HOI-KHOA-XV--4751-65
- gialai-ctd-2025-100suat-pleiku (measured, p29_far5_entered.toml),
  https://baogialai.com.vn/hoi-chu-thap-do-gia-lai-tang-100-suat-qua-cho-doi-tuong-chinh-sach-gia-dinh-kho-khan-post575603.html

* The seats of a committee ("ban chấp hành khóa mới sẽ có 163 ủy viên") are the members elected
  and the seats left vacant that the next sentence names ("Đại hội đã bầu ra 155 ủy viên, còn
  khuyết 8 ủy viên").
* The places a total names with their noun said again ("trên địa bàn phường Pleiku và phường
  Thống Nhất") are all the places of its parts after *Theo đó*.
* A total written as a fraction ("10.760/10.760 căn nhà (đạt 100%)") is broken down by its
  numerator, a count of its denominator's noun; parts that name nothing but the values of a
  dimension ("Trong đó xây mới 7.475 căn, sửa chữa 3.285 căn") are all of them.
* Parts in one sentence, each in its own item between semicolons, are read by their whole item
  ("Trong đó, tỷ lệ thất nghiệp ở thành thị là 1,46%, tương đương với 4.375 người; ở khu vực
  nông thôn 1.639 người ..."): urban and rural are all of the unemployed.
* "Trong số đó", "Trong số những người trúng cử" (among them, with no figure) open a breakdown
  as *Trong đó* does.
* A figure said to be a total ("...; hỗ trợ ... 200 nhà với tổng trị giá 4,2 tỷ đồng") is no
  part of a list: the list ends before it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import changed, corpus, harness, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker._continued_totals import _OPENER, _shares_whole
from hoiquanchung.findings import Severity

# The waiting paragraphs, and those of them that entered the measure since.
PENDING = {p.id: p for p in [*harness.load(harness.HERE / "pending"), *harness.load(harness.HERE)]}
MISMATCH = "total-mismatch"
DOAN = "tw-doan-2018-thanhnientientien-336"


def pending(pid: str, old: str | None = None, new: str | None = None) -> str:
    text = PENDING[pid].text
    if old is not None and new is not None:
        assert text.count(old) == 1, old
        text = text.replace(old, new, 1)
    return text


# ------------------------------------------------------------------ "Theo đó, tổng số ... là"
def test_a_total_stated_after_an_opener_is_broken_down_by_the_next_sentence() -> None:
    """qh16: "Theo đó, tổng số đại biểu Quốc hội khóa XVI là 500 người. Trong đó, số đại biểu
    do các cơ quan, tổ chức ở trung ương giới thiệu có 214 người ..., số đại biểu Quốc hội ở
    địa phương là 286 người (56,6%)." (the two tiers of nomination are the whole)."""
    assert totals(pending("qh16-2026-500daibieu")) == []
    text = pending("qh16-2026-500daibieu", "có 214 người", "có 224 người")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "500 người", Decimal(510))]
    text = pending("qh16-2026-500daibieu", "là 500 người", "là 570 người")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "570 người", Decimal(500))]


def test_a_breakdown_after_an_opener_is_still_no_total() -> None:
    """Near miss: a sentence that opens with *Trong đó* and states no *tổng số* is itself a
    breakdown; which of its figures the next one breaks down is not guessed."""
    text = (
        "Hội có 500 hội viên. Trong đó, có 300 hội viên nữ. "
        "Trong đó, có 120 hội viên nữ ở thành thị và 100 hội viên nữ ở nông thôn."
    )
    assert totals(text) == []


# ------------------------------------------------------------------ shares that make 100 %
def test_shares_beside_every_part_make_the_breakdown_whole() -> None:
    """tw-hdbcqg: "Trong đó, số đại biểu ở các cơ quan Trung ương là 217 người (43,4%), số
    lượng đại biểu Quốc hội ở địa phương là 283 người (56,6%)." (43,4 + 56,6 = 100)."""
    pid = "tw-hdbcqg-2026-864ungcu"
    assert totals(pending(pid)) == []
    text = pending(pid, "là 217 người", "là 207 người")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "500 người", Decimal(490))]


def test_shares_that_do_not_make_100_say_nothing() -> None:
    """Near miss, tw-bithu-2020-13bithu-tyle: "Trong đó, số tái cử 10 (chiếm 73%); tham gia lần
    đầu 3 (23%); cán bộ nữ 4 (30,76%); ...": overlapping groups, their shares make no whole."""
    pid = "tw-bithu-2020-13bithu-tyle"
    assert totals(pending(pid)) == []
    # the women (4) are not a part of the 13 beside the re-elected and the new
    assert totals(pending(pid, "cán bộ nữ 4", "cán bộ nữ 9")) == []


def test_shares_whole_reads_the_share_right_after_each_part() -> None:
    assert _shares_whole([" (43,4%), số lượng đại biểu ở địa phương là", " (56,6%)."])
    assert _shares_whole([", chiếm 68,75%;", ", chiếm 31,25%."])
    assert _shares_whole([" có trình độ đại học, chiếm tỉ lệ 78,5%;", ", tỷ lệ 21,5%"])
    # truncated shares that make 99,98 %: no whole proven (hue-2026-candidates-education)
    assert not _shares_whole([", tỷ lệ 64,04%;", ", tỷ lệ 33,70% và", ", tỷ lệ 2,24%."])
    # a percentage with no share word before it is no share ("tăng 5%")
    assert not _shares_whole([", tăng 50%", ", tăng 50%"])
    assert not _shares_whole([" (100%)"])  # one part is no breakdown


@given(
    st.lists(st.integers(min_value=1, max_value=999), min_size=2, max_size=6),
)
def test_shares_whole_agrees_with_exact_arithmetic(tenths: list[int]) -> None:
    """Shares written with one decimal make a whole exactly when they add up to 100,0 within
    half a tenth each."""
    labels = [f" (chiếm {t // 10},{t % 10}%)" for t in tenths]
    total = sum(Decimal(t) / 10 for t in tenths)
    assert _shares_whole(labels) == (abs(total - 100) <= Decimal("0.05") * len(tenths))


# ------------------------------------------------------------------ "Về giới tính: ..."
def test_a_facet_sentence_breaks_down_the_total_before_it() -> None:
    """tw-doan-2018: "Tham dự Đại hội sẽ có 336 đại biểu ..." / "Về giới tính: đại biểu nam có
    231 đồng chí, chiếm 68,75%; đại biểu nữ có 105 đồng chí, chiếm 31,25%."."""
    assert totals(corpus(DOAN)) == []
    text = changed(DOAN, "nam có 231 đồng chí", "nam có 237 đồng chí")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "336 đại biểu", Decimal(342))]
    text = changed(DOAN, "có 336 đại biểu", "có 346 đại biểu")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "346 đại biểu", Decimal(336))]


def test_a_facet_of_parts_that_may_not_be_whole_says_nothing() -> None:
    """Near miss: age bands that may be a few of the bands (no shares), after a facet: quiet
    even when they add up to more than the total, unless the parts are the whole."""
    text = (
        "Tham dự Đại hội có 336 đại biểu.\n"
        "Về độ tuổi: có 200 đại biểu dưới 30 tuổi; 200 đại biểu từ 30 đến 40 tuổi."
    )
    assert totals(text) == []
    # two of the three levels of education: distinct, maybe not all (a facet is read whole only)
    text = (
        "Tham dự Đại hội có 336 đại biểu.\n"
        "Về trình độ: có 200 đại biểu có trình độ trên đại học; 200 đại biểu có trình độ đại học."
    )
    assert totals(text) == []
    assert totals(text.replace("Về trình độ: có", "Trong đó, có")) != []


def test_a_facet_never_breaks_down_a_figure_with_its_share() -> None:
    """Near miss, tw-qh15-candidates-education: "Ứng cử viên là người ngoài Đảng có 74 người,
    chiếm 8,53%, ..." / "Về trình độ chuyên môn, có 564 người (chiếm 64,98%) ..., 294 người
    (chiếm 33,87%) ..., 10 người (chiếm 1,15%) ...": the 74 is a part of the 868, not the
    whole the education levels break down."""
    assert totals(corpus("tw-qh15-candidates-education")) == []


@pytest.mark.parametrize("counter", ["đồng chí", "vị"])
def test_persons_counted_as_comrades_are_the_total_s_persons(counter: str) -> None:
    text = (
        "Đại hội có 120 đại biểu.\n"
        f"Về giới tính: nam có 80 {counter}, chiếm 66,7%; nữ có 50 {counter}, chiếm 33,3%."
    )
    assert totals(text) == [(MISMATCH, Severity.ERROR, "120 đại biểu", Decimal(130))]


# ------------------------------------------------------------------ seats: elected + vacant
LHPN = "tw-lhpn-2022-163uyvien"


def test_seats_are_the_members_elected_and_the_seats_left_vacant() -> None:
    """tw-lhpn-2022: "Theo đề án nhân sự, ban chấp hành khóa mới sẽ có 163 ủy viên. Đại hội đã
    bầu ra 155 ủy viên, còn khuyết 8 ủy viên sẽ được bổ sung sau đại hội ..."."""
    assert totals(corpus(LHPN)) == []
    text = changed(LHPN, "bầu ra 155 ủy viên", "bầu ra 151 ủy viên")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "163 ủy viên", Decimal(159))]
    text = changed(LHPN, "khuyết 8 ủy viên", "khuyết 3 ủy viên")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "163 ủy viên", Decimal(158))]


def test_seats_named_by_other_nouns() -> None:
    """hcm-dangbo-2020: "... gồm có 65 Ủy viên Ban Chấp hành." / "Trong số 72 ứng viên sẽ bầu
    ra 61 người vào Ban Chấp hành ..., khuyết 4 vị trí." (persons and seats are the members)."""
    pid = "hcm-dangbo-2020-72ungvien"
    assert totals(pending(pid)) == []
    text = pending(pid, "khuyết 4 vị trí", "khuyết 6 vị trí")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "65 Ủy viên", Decimal(67))]


@pytest.mark.parametrize(
    "before",
    [
        # a past term's committee, not the seats the congress decides
        "Ban chấp hành khóa trước có 150 ủy viên.",
        # the delegates of the congress are no seats of its committee
        "Theo đề án, đại hội sẽ có 300 đại biểu.",
        # a number of seats that is no decision ("hơn")
        "Theo đề án nhân sự, ban chấp hành khóa mới sẽ có hơn 150 ủy viên.",
        # two counts of members: which are the seats is not guessed
        "Theo đề án, ban chấp hành sẽ có 150 ủy viên và ban thường vụ 15 ủy viên.",
    ],
)
def test_seats_near_misses(before: str) -> None:
    text = f"{before} Đại hội đã bầu ra 155 ủy viên, còn khuyết 8 ủy viên."
    assert totals(text) == []


@given(st.integers(min_value=1, max_value=300), st.integers(min_value=0, max_value=30))
def test_seats_add_up_exactly(elected: int, vacant: int) -> None:
    text = (
        "Theo đề án nhân sự, ban chấp hành khóa mới sẽ có 163 ủy viên. "
        f"Đại hội đã bầu ra {elected} ủy viên, còn khuyết {vacant} ủy viên."
    )
    found = totals(text)
    if elected + vacant == 163:
        assert found == []
    else:
        assert found == [(MISMATCH, Severity.ERROR, "163 ủy viên", Decimal(elected + vacant))]


# ------------------------------------------------------------------ a total ends a list
def test_a_figure_said_to_be_a_total_ends_the_list() -> None:
    """laocai-mttq-2021: "... đạt trên 8 tỷ đồng. Trong đó, cấp tỉnh 2 tỷ đồng, cấp huyện và
    xã phấn đấu đạt 6 tỷ đồng; hỗ trợ làm mới và sửa chữa 200 nhà Đại đoàn kết với tổng trị giá
    4,2 tỷ đồng." (the levels tỉnh, huyện and xã are all of them: 2 + 6 meet "trên 8")."""
    pid = "laocai-mttq-2021-337nha"
    assert totals(corpus(pid)) == []
    text = changed(pid, "cấp tỉnh 2 tỷ đồng", "cấp tỉnh 1 tỷ đồng")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "trên 8 tỷ đồng", Decimal(7 * 10**9))]
    # more than the bound agrees with it
    assert totals(changed(pid, "cấp tỉnh 2 tỷ đồng", "cấp tỉnh 3 tỷ đồng")) == []


# ------------------------------------------------------------------ "phường A và phường B"
GIALAI = "gialai-ctd-2025-100suat-pleiku"


def test_places_named_with_their_noun_again_are_all_the_places() -> None:
    """gialai-ctd-2025: "... trao 100 suất quà ... trên địa bàn phường Pleiku và phường Thống
    Nhất." / "Theo đó, ... đã trao 50 suất quà ... tại phường Pleiku và 50 suất tại phường
    Thống Nhất."."""
    assert totals(corpus(GIALAI)) == []
    text = changed(GIALAI, "trao 100 suất", "trao 103 suất")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "103 suất", Decimal(100))]


def test_places_of_another_tier_are_no_list_of_places() -> None:
    """Near miss: "phường Pleiku và xã Ia Ko" names places of two tiers (not read as the list
    of the total's places): one part may be missing, a smaller sum says nothing."""
    text = corpus(GIALAI).replace("phường Pleiku và phường Thống Nhất", "phường Pleiku và xã Ia Ko")
    text = text.replace("trao 100 suất", "trao 103 suất")
    assert totals(text) == []


# ------------------------------------------------------------------ a fraction as the total
XOA = "phutho-2025-xoanhatam-10760can"


def test_the_numerator_of_a_fraction_is_the_total_broken_down() -> None:
    """phutho-2025: "... đã khởi công xây dựng, sửa chữa 10.760/10.760 căn nhà (đạt 100%) ...
    Trong đó xây mới 7.475 căn, sửa chữa 3.285 căn." (new and repaired: all the houses)."""
    assert totals(pending(XOA)) == []
    text = pending(XOA, "xây mới 7.475 căn", "xây mới 7.375 căn")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "10.760", Decimal(10660))]
    text = pending(XOA, "sửa chữa 3.285 căn", "sửa chữa 4.285 căn")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "10.760", Decimal(11760))]


def test_a_fraction_s_numerator_with_parts_that_name_more_is_not_whole() -> None:
    """Near miss: parts that name more than the values ("xây mới cho hộ nghèo ...") may be a
    few of the houses: only more than the total is reported."""
    text = (
        "Toàn tỉnh đã khởi công 100/120 căn nhà. Trong đó xây mới cho hộ nghèo 50 căn, "
        "sửa chữa cho hộ cận nghèo 30 căn."
    )
    assert totals(text) == []
    # distinct values (xây mới, sửa chữa): more than the total is an error
    assert totals(text.replace("50 căn", "80 căn")) == [
        (MISMATCH, Severity.ERROR, "100", Decimal(110))
    ]


# ------------------------------------------------------------------ items between semicolons
THATNGHIEP = "lamdong-thatnghiep-2021-6014"


def test_parts_read_by_their_item_between_semicolons() -> None:
    """lamdong-2021: "... tương đương với 6.014 người thất nghiệp. Trong đó, tỷ lệ thất nghiệp
    ở thành thị là 1,46%, tương đương với 4.375 người; ở khu vực nông thôn 1.639 người thất
    nghiệp, chiếm tỷ lệ 0,33%."."""
    assert totals(pending(THATNGHIEP)) == []
    text = pending(THATNGHIEP, "tương đương với 4.375 người", "tương đương với 4.365 người")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "6.014 người", Decimal(6004))]


def test_two_parts_in_one_item_are_not_read_by_items() -> None:
    """Near miss: both areas in one item (no semicolon between the parts): the words before
    each part name no area of its own, nothing is claimed."""
    text = (
        "Toàn tỉnh có 6.014 người thất nghiệp. Trong đó, tỷ lệ ở thành thị và nông thôn là "
        "1,46%, tương đương với 4.365 người, 1.639 người."
    )
    assert totals(text) == []


# ------------------------------------------------------------------ "Trong số những ..."
QH15 = "qh15-2021-499daibieu"


def test_among_them_opens_a_breakdown() -> None:
    """qh15-2021: "Cả nước có 499 người trúng cử đại biểu Quốc hội khóa XV. Trong số những
    người trúng cử có 194 người do Trung ương giới thiệu, 301 người do địa phương giới thiệu và
    4 người tự ứng cử."."""
    assert totals(corpus(QH15)) == []
    text = changed(QH15, "có 194 người", "có 184 người")
    assert totals(text) == [(MISMATCH, Severity.ERROR, "499 người", Decimal(489))]


def test_among_a_counted_whole_is_no_opener() -> None:
    """Near miss: "Trong số 300 hội viên ..." counts its own whole (a figure in the opener):
    the sentence before is not the total broken down.  Its own breakdown (the two tiers that
    nominate, a whole by ``breakdown_kinds.toml``) is read against its own whole, 300."""
    text = (
        "Hội có 499 hội viên. Trong số 300 hội viên mới có 100 hội viên do Trung ương giới "
        "thiệu, 200 hội viên do địa phương giới thiệu."
    )
    assert totals(text) == []
    assert totals(text.replace("200 hội viên", "150 hội viên")) == [
        (MISMATCH, Severity.ERROR, "300 hội viên", Decimal(250))
    ]


def test_parts_that_make_the_denominator_break_down_the_whole() -> None:
    """Near miss: "100/120 căn nhà. Trong đó xây mới 80 căn, sửa chữa 40 căn": the parts make
    the denominator (the houses planned), not the numerator (those started)."""
    text = "Toàn tỉnh đã khởi công 100/120 căn nhà. Trong đó xây mới 80 căn, sửa chữa 40 căn."
    assert totals(text) == []
    assert totals(text.replace("40 căn", "30 căn")) == [
        (MISMATCH, Severity.ERROR, "100", Decimal(110))
    ]


def test_shares_of_a_whole_they_name_make_no_breakdown() -> None:
    """Near miss: each share of its own whole ("chiếm 50% số hộ vay của xã"): the shares make
    100 % by chance, the parts are not all of the total."""
    text = (
        "Hội hỗ trợ 120 hộ. Trong đó, 60 hộ được vay vốn (chiếm 50% số hộ vay của xã), 40 hộ "
        "được nhận giống (chiếm 50% số hộ nhận giống của xã)."
    )
    assert totals(text) == []
    # without the wholes named, the shares make the breakdown whole
    bare = text.replace(" số hộ vay của xã", "").replace(" số hộ nhận giống của xã", "")
    assert totals(bare) == [(MISMATCH, Severity.ERROR, "120 hộ", Decimal(100))]


def test_an_introduction_is_no_facet() -> None:
    """Near miss: "Về giới thiệu ..." (about introducing) names no facet of persons."""
    assert _OPENER.match("Về giới thiệu sản phẩm, có 5 người") is None
    assert _OPENER.match("Về giới tính: nam có 5 người") is not None
