"""Round 10 (issue 9, helper rates4): rates whose base is stated after them, and rates that
name their base after them.

Real paragraphs are quoted verbatim (their address in a comment); near-misses are the shapes the
rules must stay quiet on; the properties say what holds for any figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

_RATES = {"rate-mismatch", "rate-rounding", "bound-violated"}


def rates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.computed) for f in check_text(text) if f.code in _RATES]


# --- a base stated after its rates: the rates before it confirm it -------------------------

# https://www.sggp.org.vn/400-dai-bieu-du-dai-hoi-dai-bieu-mttq-viet-nam-tinh-lam-dong-lan-thu-i-post822228.html
_LAMDONG = (
    "Theo đó, đại hội được tổ chức từ ngày 24 đến 25-11 tại phường Xuân Hương – Đà Lạt (tỉnh "
    "Lâm Đồng). Trong tổng số 400 đại biểu tham dự có 208 đại biểu đương nhiên, đại biểu do "
    "MTTQ Việt Nam các xã, phường, đặc khu hiệp thương cử là 174 người (chiếm {} %), đại biểu "
    "đại diện tổ chức thành viên là 12 người, đại biểu chỉ định là 6 người.\n"
    "Hiện toàn tỉnh Lâm Đồng hiệp thương cử ra 6.774 Ủy viên Ủy ban MTTQ Việt Nam cấp xã, "
    "nhiệm kỳ 2025-2030 (giảm 25,3% so với trước khi chưa thực hiện mô hình chính quyền địa "
    "phương 2 cấp nhiệm kỳ 2024-2029).\n"
    "Trong đó, ủy viên là nữ có 2.088 người, chiếm 30,82%; ủy viên là người ngoài đảng có 2.472 "
    "người, chiếm 36,8%; ủy viên là người dân tộc thiểu số có 1.502 người, chiếm 22,17%; ủy viên "
    "là tôn giáo có 1.567 người, chiếm 23,13%..."
)


def test_a_total_confirmed_only_by_the_rates_after_it_is_no_base_of_a_rate_before_it() -> None:
    # The 6.774 committee members are confirmed by their own list (30,82 %, 22,17 %, 23,13 %,
    # all after them): they are not the base of the 174 delegates' share of the 400.  Before
    # round 10 a slip there was reported as "174/6.774 = 2,6%".
    assert not any(
        computed is not None and "6.774" in computed and computed.startswith("174/")
        for _, _, computed in rates(_LAMDONG.format("53,5"))
    )
    # The real slip of the list after the base is still found, against the 6.774.
    assert ("rate-mismatch", "36,8%", "2.472/6.774 = 36,5%") in rates(_LAMDONG.format("43,5"))


# https://742869.elmit.asia/chi-tiet-co-cau-dai-bieu-quoc-hoi-khoa-xv-ar617647.html
_QH15 = (
    "Trong số 499 trường hợp trúng cử đại biểu Quốc hội khoá XV (nhiệm kỳ 2021 - 2026) có 126 "
    "đại biểu đang hoạt động, làm nhiệm vụ chuyên trách ở Trung ương (chiếm {}%), 67 đại biểu "
    "hoạt động chuyên trách ở địa phương (chiếm 14%). Còn lại 61% đại biểu Quốc hội- tương "
    "đương 306 người đang hoạt động, làm việc ở các cơ quan, đơn vị sự nghiệp khác.\n"
    "Về cơ cấu thành phần dân tộc của các đại biểu trúng cử Quốc hội khoá XV, có 82% là người "
    "dân tộc Kinh (410 người) và 18% đại biểu thuộc các dân tộc thiểu số (89 người).\n"
    "Về tỷ lệ giới tính, trong số 499 đại biểu Quốc hội mới trúng cử khoá XV có 30% là nữ giới "
    "(tương đương 151 người) và 70% nam giới (tương đương 348 người).\n"
    "Về trình độ chuyên môn của các đại biểu Quốc hội khoá XV, trên đại học: 392 người (tỷ lệ "
    "78,55% trong tổng số người trúng cử (trong đó Tiến sĩ 144 người, Thạc sĩ 248 người); đại "
    "học 106 người (chiếm 21,24%); dưới đại học: 1 người (tỷ lệ 0,20%)."
)


def test_a_later_total_confirmed_by_rates_before_it_and_one_with_decimals_after_it() -> None:
    # The "499 đại biểu" of the fourth line is stated after the 126 delegates' rate; the
    # whole-percent rates before it (61 %, 82 %, 18 %) hold against it, and the rates with
    # decimals after it (21,24 %, 0,20 %) too: it is the base.
    assert ("rate-mismatch", "75%", "126/499 = 25%") in rates(_QH15.format("75"))
    assert not any(
        computed and computed.startswith("126/") for _, _, computed in rates(_QH15.format("25"))
    )


# --- a rate that names its whole after it, by the count's own noun ---------------------------


def test_a_rate_naming_its_whole_by_the_counts_noun_is_judged() -> None:
    # Real slip: 392/499 = 78,557 %, truncated to 78,55 % (the other rates are rounded).
    found = rates(_QH15.format("25"))
    assert ("rate-rounding", "78,55%", "392/499 = 78,56%") in found


def test_a_rate_of_another_whole_named_after_it_stays_quiet() -> None:
    # Near-misses: the words after the rate name another whole (another noun, a part by sex,
    # another term): the rate is not the count's share of the section's base.
    for other in ("tổng số cán bộ", "tổng số đại biểu nữ", "tổng số người trúng cử khóa trước"):
        text = _QH15.format("25").replace("tổng số người trúng cử", other)
        assert not any(s == "78,55%" for _, s, _ in rates(text)), other


# https://baovinhlong.vn/xa-hoi/202207/317-cuu-chien-binh-tham-gia-cong-tac-chinh-quyen-doan-the-3126598/
_VINHLONG = (
    "Hội Cựu chiến binh (CCB) Khối Cơ quan và Doanh nghiệp tỉnh có 78 hội viên tham gia công tác "
    "chính quyền, đoàn thể trong khối hành chính sự nghiệp, doanh nghiệp, chiếm {}% tổng số hội "
    "viên. Trong đó, có 64 CCB là trưởng, phó phòng và tương đương, 14 CCB là giám đốc, phó giám "
    "đốc và tương đương trong các cơ quan, ban, ngành, đoàn thể cấp tỉnh.\n"
    "Toàn hội có {} hội viên, trong đó có 179 đảng viên, chiếm 69,3%, 40 đồng chí tham gia cấp "
    "ủy, chiếm 16%; trong số này có 2 đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy, 1 đồng chí là "
    "Tỉnh ủy viên, 5 đồng chí là Bí thư, Phó Bí thư Đảng bộ, chi bộ cơ sở. Giai đoạn 2017- 2022, "
    "Hội CCB cơ sở trong toàn khối đã bồi dưỡng 225 hội viên và quần chúng, đoàn viên ưu tú được "
    "kết nạp vào Đảng, đạt 128,5% chỉ tiêu."
)


def test_a_share_of_the_members_named_after_it_is_judged_against_the_whole_stated_later() -> None:
    # Real slip: 78 of the 251 members ("Toàn hội có 251 hội viên, trong đó ...", the one
    # count of members stated as a whole) is 31,1 %, not 31,7 %.
    assert ("rate-mismatch", "31,7%", "78/251 = 31,1%") in rates(_VINHLONG.format("31,7", "251"))
    # 78/246 = 31,7 %: with the whole that fits, nothing is said of the 78.
    assert not any(s == "31,7%" for _, s, _ in rates(_VINHLONG.format("31,7", "246")))


def test_a_share_named_after_it_stays_quiet_when_two_wholes_are_stated() -> None:
    # Near-miss: two counts of members stated as wholes (the 251, and 300 with its own
    # *trong đó*): which one the rate's "tổng số hội viên" is cannot be told.
    text = _VINHLONG.format("31,7", "251").replace(
        "bồi dưỡng 225 hội viên và quần chúng,", "có 300 hội viên, trong đó 225 hội viên,"
    )
    assert not any(s == "31,7%" for _, s, _ in rates(text))


def test_a_share_of_another_noun_named_after_it_is_not_attached() -> None:
    # Near-miss: "tổng số cán bộ" is not the members' whole.
    text = _VINHLONG.format("31,7", "251").replace("tổng số hội viên", "tổng số cán bộ")
    assert not any(s == "31,7%" for _, s, _ in rates(text))


# --- "Trong (tổng) số N ... có" opens the parts of N ------------------------------------------


def test_the_parts_of_a_total_opened_by_trong_tong_so_are_judged_against_it() -> None:
    # One-figure mutation of the real paragraph: 174 of the 400 delegates is 43,5 %.
    assert ("rate-mismatch", "53,5 %", "174/400 = 43,5%") in rates(_LAMDONG.format("53,5"))
    assert not any(s == "43,5 %" for _, s, _ in rates(_LAMDONG.format("43,5")))


def test_trong_tong_so_near_misses_stay_quiet() -> None:
    lamdong = _LAMDONG.format("53,5")
    for whole, other in (
        # another noun: households are no delegates
        ("Trong tổng số 400 đại biểu tham dự có", "Trong tổng số 400 hộ tham dự có"),
        # another figure between the whole and its parts (a year, a term): not read
        ("Trong tổng số 400 đại biểu tham dự có", "Trong tổng số 400 đại biểu năm 2020 có"),
        # another list inside: the 174 are counted among the 208
        (
            "có 208 đại biểu đương nhiên, đại biểu",
            "có 208 đại biểu đương nhiên, trong số này đại biểu",
        ),
    ):
        text = lamdong.replace(whole, other)
        assert text != lamdong
        assert not any(s == "53,5 %" for _, s, _ in rates(text)), other


# --- a complete breakdown in shares whose counts miss their base by one slip -----------------

# https://baokhanhhoa.vn/kinh-te/taichinh-nganhang/202107/89-to-tiet-kiem-va-vay-von-xep-loai-tot-8222511/
_KHANHHOA = (
    "Theo báo cáo của Ngân hàng Chính sách xã hội chi nhánh Khánh Hòa, toàn tỉnh có 2.584 tổ "
    "tiết kiệm và vay vốn. Qua hoạt động đánh giá xếp loại 6 tháng đầu năm, có {} tổ xếp loại "
    "tốt, đạt 89%; 195 tổ xếp loại khá (7,5 %), {} tổ xếp loại trung bình (3,1%) và {} tổ xếp "
    "loại yếu, chiếm 0,3% (trong đó, Hội Nông dân có 4 tổ, Hội Liên hiệp Phụ nữ 2 tổ, Đoàn Thanh "
    "niên 2 tổ). So với đầu năm, tăng 4 tổ xếp loại yếu."
)


def totals(text: str) -> list[tuple[str | None, str | None]]:
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


def test_one_count_that_contradicts_its_rate_and_the_sum_is_reported_as_the_totals() -> None:
    assert totals(_KHANHHOA.format("2.300", "81", "8")) == []
    # 81 -> 91: 2.594 groups, and 91 is 3,5 % where the page says 3,1 %; the 81 that closes
    # the sum holds.  Within the shares' rounding alone (± 0,65 % of 2.584) it passed.
    assert totals(_KHANHHOA.format("2.300", "91", "8")) == [("2.584 tổ", "2.594 tổ")]
    assert totals(_KHANHHOA.format("2.300", "81", "5")) == [("2.584 tổ", "2.581 tổ")]


def test_counts_off_by_what_their_rates_allow_or_by_two_slips_are_one_sum() -> None:
    # Since round 10 the four grades are read as the whole of the groups by the grades rule
    # (2d continued, "Qua hoạt động đánh giá xếp loại ..."): any count off the sum is reported
    # once, as the sum of the grades, whatever the rates allow; the rates' own reading adds no
    # second total.  2.306 is still 89 % of 2.584 (rounded), 2.314 is 89 % only when cut, and
    # two counts off their rates (91 and 5) cannot be told apart: each is one sum.
    assert totals(_KHANHHOA.format("2.306", "81", "8")) == [("2.584 tổ", "2.590 tổ")]
    assert totals(_KHANHHOA.format("2.314", "81", "8")) == [("2.584 tổ", "2.598 tổ")]
    assert ("rate-rounding", "89%", "2.314/2.584 = 90%") in rates(
        _KHANHHOA.format("2.314", "81", "8")
    )
    assert totals(_KHANHHOA.format("2.300", "91", "5")) == [("2.584 tổ", "2.591 tổ")]
    # An incomplete dimension: the weak groups named as "chưa xếp loại" (not a grade).
    text = _KHANHHOA.format("2.300", "91", "8").replace("tổ xếp loại yếu", "tổ chưa xếp loại")
    assert ("2.584 tổ", "2.594 tổ") not in totals(text)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _share(part: int, whole: int) -> Decimal:
    return (Decimal(100 * part) / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


_GRADES = ("tốt", "khá", "trung bình", "yếu")


def _graded(counts: list[int]) -> str:
    whole = sum(counts)
    items = [
        f"{_grouped(c)} tổ xếp loại {g}, chiếm {str(_share(c, whole)).replace('.', ',')}%"
        for c, g in zip(counts, _GRADES, strict=True)
    ]
    return f"Toàn tỉnh có {_grouped(whole)} tổ tiết kiệm và vay vốn. Có {'; '.join(items)}."


@settings(max_examples=100, deadline=None)
@given(
    counts=st.lists(st.integers(min_value=20, max_value=5000), min_size=4, max_size=4),
    i=st.integers(min_value=0, max_value=3),
    delta=st.integers(min_value=-400, max_value=400),
)
def test_property_one_slip_in_a_complete_graded_breakdown(
    counts: list[int], i: int, delta: int
) -> None:
    whole = sum(counts)
    assert totals(_graded(counts)) == []  # rates computed from the counts: all hold
    slipped = counts[i] + delta
    assume(0 < slipped < whole and delta != 0)
    assume(abs(Decimal(100 * slipped) / whole - _share(counts[i], whole)) > Decimal("0.1"))
    stated = [*counts[:i], slipped, *counts[i + 1 :]]
    # The counts' shares of their own sum leave the stated ones (else that sum may be the whole).
    assume(
        any(
            abs(Decimal(100 * n) / sum(stated) - _share(c, whole)) > Decimal("0.05")
            for n, c in zip(stated, counts, strict=True)
        )
    )
    text = _graded(counts).replace(
        f"{_grouped(counts[i])} tổ xếp loại {_GRADES[i]}",
        f"{_grouped(slipped)} tổ xếp loại {_GRADES[i]}",
    )
    # Its rate no longer holds, the others do, the count that closes the sum is the original
    # one, whose rate holds: the total is reported with the sum of the counts.
    assert (f"{_grouped(whole)} tổ", f"{_grouped(whole + delta)} tổ") in totals(text)


def test_a_part_of_a_whole_stated_in_its_sentence_is_no_share_of_a_later_count() -> None:
    # One-figure mutation: 40 of the 251 members is 16 %; 18 % fits the 225 trained members of
    # the next sentence (40/225 = 17,8 %), which are no base of the 251's parts.
    found = rates(_VINHLONG.format("31,1", "251").replace("chiếm 16%", "chiếm 18%"))
    assert ("rate-mismatch", "18%", "40/251 = 16%") in found
    # Near-miss: the same 225 stated before the rate may be its base: quiet, as before.
    text = _VINHLONG.format("31,1", "251").replace("chiếm 16%", "chiếm 18%")
    text = "Hội đã bồi dưỡng 225 hội viên.\n" + text
    assert not any(s == "18%" for _, s, _ in rates(text))


# --- a group named in words that is the whole stated before it ------------------------------

# https://www.vietnamplus.vn/ba-tinh-cong-bo-ket-qua-bau-cu-dai-bieu-quoc-hoi-va-hdnd/388953.vnp
_HAGIANG = (
    "Theo Ủy ban Bầu cử tỉnh Hà Giang, cử tri của tỉnh đã bầu đủ 6 đại biểu Quốc hội khóa XIV, "
    "trong đó có 1 đại biểu nữ, 6 đại biểu tộc thiểu số; người có số phiếu bầu đạt tỷ lệ cao "
    "nhất là 93,53%.\n"
    "Đối với bầu cử đại biểu Hội đồng Nhân dân tỉnh khóa XVII, cử tri bầu đủ 60 đại biểu. Trong "
    "số người trúng cử có 20 đại biểu nữ, chiếm tỷ lệ {}%; 40 đại biểu dân tộc thiểu số, chiếm "
    "{}%; số đại biểu có trình độ chuyên môn đại học và trên đại học chiếm 95%; số đại biểu có "
    "trình độ lý luận chính trị cao cấp, cử nhân chiếm 86,66."
)


def test_a_named_group_whose_sibling_rate_holds_on_the_whole_is_that_whole() -> None:
    assert rates(_HAGIANG.format("33,33", "66,67")) == []
    # One-figure mutation: 20 of the 60 elected is 33,33 %; the 40's 66,67 % says the elected
    # ("người trúng cử") are the 60.
    assert ("rate-mismatch", "33,93%", "20/60 = 33,33%") in rates(_HAGIANG.format("33,93", "66,67"))


def test_a_named_group_without_a_sibling_that_says_its_size_stays_a_part_of_a_part() -> None:
    # The sibling's rate in whole percents fits too many wholes; in another sentence it is no
    # sibling: the named group may be a part of the 60, quiet as before.
    assert rates(_HAGIANG.format("33,93", "67")) == []
    text = _HAGIANG.format("33,93", "66,67").replace("33,93%; 40", "33,93%. Có 40")
    assert not any(s == "33,93%" for _, s, _ in rates(text))


# --- malformed: a run with a wrong last group among a list of whole counts -------------------

# https://tinhdoantravinh.vn/thuc-hien-tot-cong-tac-cham-lo-phat-trien-hoi-vien-moi/
_TRAVINH = (
    "Kết quả, trong năm 2020, các cấp bộ Hội đã phát triển thêm 9.942 hội viên mới (đạt "
    "164,88%) so với chỉ tiêu đề ra. Đồng thời, giảm 8.787 hội viên (trong đó làm ăn xa 859, "
    "xóa {}, trưởng thành 4.223).Tổng số hội viên đến thời điểm này là 60.935 hội viên, sinh "
    "hoạt tại các cơ sở hội trên địa bàn tỉnh."
)


def malformed(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "malformed-number"]


def test_a_short_last_group_among_whole_counts_is_malformed() -> None:
    assert malformed(_TRAVINH.format("3.705")) == []
    # One-figure mutation: "3.70" reads like a section number, but it is an item of the parts
    # of 8.787 members, whose other items are whole counts.
    assert malformed(_TRAVINH.format("3.70")) == ["3.70"]


def test_a_short_last_group_outside_a_list_of_counts_stays_quiet() -> None:
    for near in (
        "Có 87 hội viên (trong đó nữ 30, tuổi bình quân 3.70, đảng viên 12).",  # an average
        "Có 87 hội viên (trong đó nữ 30, xem mục 3.2).",  # a reference
        "Có 87 hội viên (trong đó nữ 1,5, xóa 3.70, đảng viên 12).",  # no whole count before
        "Đồng thời, xóa 3.70, trưởng thành 4.223.",  # no list of a count opened
        "Có 87 hội viên (trong đó nữ 30 người, điểm 3.70, đảng viên 12).",  # a score
    ):
        assert malformed(near) == [], near


@settings(max_examples=60, deadline=None)
@given(
    head=st.integers(min_value=1, max_value=99),
    tail=st.integers(min_value=0, max_value=99),
    whole=st.booleans(),
)
def test_property_an_item_of_whole_counts(head: int, tail: int, whole: bool) -> None:
    # A run with three digits after the dot is a grouped count (no finding); with two, it is
    # neither a count nor a number of members (a finding).
    run = f"{head}.{tail:03d}" if whole else f"{head}.{tail:02d}"
    assert malformed(_TRAVINH.format(run)) == ([] if whole else [run])


def test_a_rate_before_its_count_after_trong_so_is_left_to_rule_shares() -> None:
    # https://742869.elmit.asia/chi-tiet-co-cau-dai-bieu-quoc-hoi-khoa-xv-ar617647.html, the 499
    # mutated to 479: the counts after their rates make 499, which rule shares tells once, at
    # the whole; the rates are not told again against the 479.
    text = (
        "Về tỷ lệ giới tính, trong số 479 đại biểu Quốc hội mới trúng cử khoá XV có 30% là nữ "
        "giới (tương đương 151 người) và 70% nam giới (tương đương 348 người)."
    )
    assert [f.code for f in check_text(text)] == ["total-mismatch"]


def test_a_share_of_the_members_of_another_scope_is_not_judged_against_the_whole() -> None:
    # Near-miss: "tổng số hội viên toàn quốc" is the whole of another scope than the 251
    # members stated: the one stated whole of the section is not its base.
    text = _VINHLONG.format("31,7", "251").replace(
        "tổng số hội viên.", "tổng số hội viên toàn quốc."
    )
    assert not any(s == "31,7%" for _, s, _ in rates(text))
