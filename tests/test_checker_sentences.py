"""Breakdowns within one sentence that a careful reader knows to be whole (issue 9, item 1).

Each pattern is tested on a real corpus paragraph (tests/corpus/, read by id: real report text,
with one figure changed as the mutation harness does), on the near-misses the checker must stay
quiet on, and by a hypothesis property where there is a calculation: a finding exactly when the
figures do not add up.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from _checker_helpers import CORPUS, changed, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.checker._totals import _range, _tiled
from hoiquanchung.findings import Severity

# ---------------------------------------------------------------- parts named by age ranges
CLUB = "laichau-thanthuoc-club-members"


def test_age_ranges_that_tile_make_a_whole() -> None:
    # "với 43 thành viên trong đó tuổi 55 trở lên là 23 thành viên, ..., tuổi dưới 55 là 20"
    assert totals(CORPUS[CLUB].text) == []
    assert totals(changed(CLUB, "với 43 thành viên", "với 33 thành viên")) == [
        ("total-mismatch", Severity.ERROR, "33 thành viên", Decimal(43))
    ]
    assert totals(changed(CLUB, "là 20 thành viên", "là 16 thành viên")) == [
        ("total-mismatch", Severity.ERROR, "43 thành viên", Decimal(39))
    ]


def test_age_ranges_near_misses_stay_quiet() -> None:
    # A gap (no one of 55 to 59), two ranges that overlap, or one range only: no whole.
    for text in (
        "Câu lạc bộ có 50 thành viên, trong đó tuổi dưới 55 là 20 thành viên, "
        "tuổi 60 trở lên là 20 thành viên.",
        "Câu lạc bộ có 50 thành viên, trong đó tuổi dưới 60 là 20 thành viên, "
        "tuổi 55 trở lên là 20 thành viên.",
        "Câu lạc bộ có 50 thành viên, trong đó tuổi 55 trở lên là 20 thành viên, "
        "nữ là 20 thành viên.",
    ):
        assert totals(text) == [], text


def test_a_range_of_a_label() -> None:
    assert _range("tuổi dưới 30 là") == (0, 30)
    assert _range("từ 30 đến 45 tuổi") == (30, 46)
    assert _range("từ 30 tuổi đến dưới 45") == (30, 45)
    assert _range("60 tuổi trở lên") == (60, None)
    assert _range("khá trở lên") is None  # a grade, not a range of a measure
    assert _range("dưới 30 và từ 60 trở lên") is None  # two ranges in one label


@given(st.lists(st.integers(min_value=1, max_value=120), min_size=1, max_size=5, unique=True))
def test_ranges_cut_at_any_points_tile(cuts: list[int]) -> None:
    cuts = sorted(cuts)
    labels = [f"dưới {cuts[0]} tuổi"]
    labels += [f"từ {a} đến dưới {b} tuổi" for a, b in itertools.pairwise(cuts)]
    labels.append(f"từ {cuts[-1]} tuổi trở lên")
    assert _tiled(labels)
    assert _tiled(list(reversed(labels)))  # in any order
    assert not _tiled(labels[1:])  # nobody under the first cut: a gap
    assert not _tiled(labels[:-1])  # nobody from the last cut up: not a whole


@given(
    young=st.integers(min_value=0, max_value=400),
    old=st.integers(min_value=0, max_value=400),
    total=st.integers(min_value=1, max_value=800),
    age=st.integers(min_value=18, max_value=90),
)
def test_age_breakdown_property(young: int, old: int, total: int, age: int) -> None:
    text = (
        f"Câu lạc bộ có {total} thành viên, trong đó tuổi dưới {age} là {young} thành viên, "
        f"tuổi {age} trở lên là {old} thành viên."
    )
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    assert bool(found) == (total != young + old)
    if found:
        assert found[0][3] == young + old


# ---------------------------------------------------------------- kinds that make a whole
POOR = "camau-hnd-2019-members"


def test_poor_and_near_poor_households_of_a_poor_total() -> None:
    # "880 hộ nông dân nghèo (trong đó: 523 hộ nghèo, 357 hộ cận nghèo)"
    assert totals(CORPUS[POOR].text) == []
    assert totals(changed(POOR, "880 hộ", "883 hộ")) == [
        ("total-mismatch", Severity.ERROR, "883 hộ", Decimal(880))
    ]
    assert totals(changed(POOR, "357 hộ", "157 hộ")) == [
        ("total-mismatch", Severity.ERROR, "880 hộ", Decimal(680))
    ]


def test_poor_and_near_poor_of_all_households_stay_quiet_when_fewer() -> None:
    # All households: the poor and near-poor are some of them, not a whole.
    assert totals("Ấp có 880 hộ (trong đó: 523 hộ nghèo, 157 hộ cận nghèo).") == []
    # ... but more poor households than households is still wrong (a warning).
    assert totals("Ấp có 880 hộ (trong đó: 723 hộ nghèo, 357 hộ cận nghèo).") == [
        ("total-mismatch", Severity.WARNING, "880 hộ", Decimal(1080))
    ]


def test_a_total_named_by_both_kinds() -> None:
    # The total reads "hộ nghèo" (its first kind) yet names both: every kind of it.
    text = "Tổng số 645 hộ nghèo và cận nghèo, trong đó 412 hộ nghèo, {} hộ cận nghèo."
    assert totals(text.format(233)) == []
    assert totals(text.format(203)) == [
        ("total-mismatch", Severity.ERROR, "645 hộ nghèo", Decimal(615))
    ]


@given(
    poor=st.integers(min_value=0, max_value=3_000),
    near=st.integers(min_value=0, max_value=3_000),
    total=st.integers(min_value=1, max_value=6_000),
)
def test_poverty_kinds_property(poor: int, near: int, total: int) -> None:
    text = f"Giúp {total} hộ nông dân nghèo (trong đó: {poor} hộ nghèo, {near} hộ cận nghèo)."
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    assert bool(found) == (total != poor + near)


# ---------------------------------------------------------------- a total said to be one: list
DONORS = "phutho-mttq-2025-donors"


def test_a_sum_word_total_and_the_list_after_its_colon() -> None:
    # "với tổng số tiền 360 triệu đồng và 500 kg gạo của các đơn vị: Ngân hàng chính sách xã
    # hội (300 triệu đồng); Trường ... (50 triệu đồng); Hệ thống ... (10 triệu đồng) và ..."
    assert totals(CORPUS[DONORS].text) == []
    assert totals(changed(DONORS, "360 triệu", "368 triệu")) == [
        ("total-mismatch", Severity.ERROR, "368 triệu đồng", Decimal(360_000_000))
    ]
    assert totals(changed(DONORS, "(50 triệu", "(56 triệu")) == [
        ("total-mismatch", Severity.ERROR, "360 triệu đồng", Decimal(366_000_000))
    ]


def test_sum_word_lists_near_misses_stay_quiet() -> None:
    for text in (
        # an item with no amount (goods): the list cannot be summed
        "Tiếp nhận tổng số tiền 360 triệu đồng của các đơn vị: Ngân hàng A (300 triệu đồng); "
        "Trường B (50 triệu đồng); Công ty C ủng hộ 500 kg gạo.",
        # examples, not the list
        "Tiếp nhận tổng số tiền 360 triệu đồng của các đơn vị như: Ngân hàng A (300 triệu "
        "đồng); Trường B (20 triệu đồng).",
        # "trong đó" before the colon: some donors only
        "Tiếp nhận tổng số tiền 360 triệu đồng, trong đó các đơn vị lớn: Ngân hàng A (300 "
        "triệu đồng); Trường B (20 triệu đồng).",
        # the figure does not follow the sum word at once: which total is listed is unclear
        "Tổng số tiền năm 2024 của hội đạt 360 triệu đồng từ các đơn vị: Ngân hàng A (300 "
        "triệu đồng); Trường B (20 triệu đồng).",
        # a time of day, not a list
        "Tổng số tiền 360 triệu đồng được trao lúc 14:30 cho 2 hộ (100 triệu đồng, 20 triệu).",
    ):
        assert totals(text) == [], text


@given(
    parts=st.lists(st.integers(min_value=1, max_value=900), min_size=2, max_size=5),
    total=st.integers(min_value=1, max_value=5_000),
)
def test_sum_word_list_property(parts: list[int], total: int) -> None:
    names = ["Ngân hàng An Bình", "Trường Tân Phú", "Công ty Long Hòa", "Chi hội A", "Ấp B"]
    items = "; ".join(f"{name} ({n} triệu đồng)" for name, n in zip(names, parts, strict=False))
    text = f"Hội tiếp nhận tổng số tiền {total} triệu đồng của các đơn vị: {items}."
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    assert bool(found) == (total != sum(parts))
    if found:
        assert found[0][3] == sum(parts) * 1_000_000


# ---------------------------------------------------------------- an amount, a count, a list
ROUNDS = "tw-relief-2025-ten-rounds"


def test_an_amount_listed_after_the_count_that_follows_it() -> None:
    # "phân bổ 10 đợt với kinh phí là 833,152 tỷ đồng qua ... của 23 tỉnh, thành phố; trong đó,
    # phân bổ kinh phí là 828,382 tỷ đồng; phân bổ các sản phẩm hỗ trợ là 4,77 tỷ đồng."
    assert totals(CORPUS[ROUNDS].text) == []
    assert totals(changed(ROUNDS, "4,77", "7,77")) == [
        ("total-mismatch", Severity.WARNING, "833,152 tỷ đồng", Decimal("836152000000"))
    ]
    # "trong đó" may give some items only: less than the total says nothing.
    assert totals(changed(ROUNDS, "828,382", "628,382")) == []


def test_a_count_right_before_its_list_stays_the_total() -> None:
    text = "Chi 50 triệu đồng hỗ trợ 20 hộ, trong đó 12 hộ nghèo, 9 hộ cận nghèo."
    assert totals(text) == [("total-mismatch", Severity.WARNING, "20 hộ", Decimal(21))]


# ---------------------------------------------------------------- an amount each year
SPONSOR = "gialai-iarsai-ctd-sponsor"


def test_an_amount_each_year_times_the_years() -> None:
    # "20 triệu đồng được gửi tiết kiệm ... trong 4 năm học (2025-2029), mỗi năm 5 triệu đồng"
    assert totals(CORPUS[SPONSOR].text) == []
    assert totals(changed(SPONSOR, "mỗi năm 5", "mỗi năm 1")) == [
        ("total-mismatch", Severity.ERROR, "20 triệu đồng", Decimal(4_000_000))
    ]


def test_mỗi_năm_is_no_year_but_a_year_stays_one() -> None:
    assert [m.text for m in extract("Trao học bổng trong 4 năm, mỗi năm 5 triệu đồng.")] == [
        "4 năm",
        "5 triệu đồng",
    ]
    assert [m.text for m in extract("Hằng năm 2024 hội có 12 chi hội.")] == ["12 chi hội"]
    assert [m.text for m in extract("Năm 2024 hội có 12 chi hội.")] == ["12 chi hội"]


# ---------------------------------------------------------------- the same noun at distinct prices
GIFTS = "haiduong-tw-ctd-tet-gifts"


def test_parts_of_one_noun_at_distinct_prices_cannot_overlap() -> None:
    # "180 suất quà, trong đó 20 suất trị giá 1.100.000đ/suất, 80 suất (800.000đ/suất), 80
    # suất trị giá 500.000đ/suất": a gift has one price, so more gifts than 180 is wrong.
    real = totals(CORPUS[GIFTS].text)  # its real inconsistency: 126 triệu đồng, not 110
    assert real == [("total-mismatch", Severity.WARNING, "110 triệu đồng", Decimal(126_000_000))]
    assert totals(changed(GIFTS, "đó 20 suất", "đó 27 suất")) == [
        ("total-mismatch", Severity.WARNING, "180 suất", Decimal(187)),
        ("total-mismatch", Severity.WARNING, "110 triệu đồng", Decimal(133_700_000)),
    ]
    # Items that hold nothing but a count and its price are tiers of every suất: fewer is
    # wrong too (a warning: no marker says the list is whole).
    fewer = totals(changed(GIFTS, "đó 20 suất", "đó 10 suất"))
    assert [a for a in fewer if a[2] == "180 suất"] == [
        ("total-mismatch", Severity.WARNING, "180 suất", Decimal(170))
    ]


def test_priced_parts_that_name_a_donor_may_be_a_few_of_them() -> None:
    # An item naming anything besides its count and price (a donor, recipients) may be one
    # of a few listed: fewer says nothing.
    text = (
        "Hội trao 300 suất quà, trong đó 50 suất trị giá 1 triệu đồng/suất của Công ty A, "
        "50 suất trị giá 500.000 đồng/suất của Ngân hàng B."
    )
    assert totals(text) == []


def test_parts_of_one_noun_at_the_same_price_stay_quiet() -> None:
    text = (
        "Hội tặng 100 suất quà, trong đó 60 suất trị giá 500.000đ/suất, "
        "50 suất trị giá 500.000đ/suất."
    )
    assert totals(text) == []


# ---------------------------------------------------------------- a dimension of the total's noun
PARTY = "tw-party-xiii-delegates"
CITY = "hcm-party-xiii-delegation"


def test_delegates_elected_appointed_and_ex_officio_are_the_whole() -> None:
    # "1.587 đại biểu, trong đó có 1.381 đại biểu chính thức do Đại hội ... bầu, 15 đại biểu
    # ngoài nước được Bộ Chính trị chỉ định, 191 đại biểu đương nhiên là ..."
    assert totals(CORPUS[PARTY].text) == []
    assert totals(changed(PARTY, "1.381", "1.301")) == [
        ("total-mismatch", Severity.ERROR, "1.587 đại biểu", Decimal(1507))
    ]
    assert totals(changed(PARTY, "có 1.587", "có 1.557")) == [
        ("total-mismatch", Severity.ERROR, "1.557 đại biểu", Decimal(1587))
    ]


def test_two_kinds_of_delegates_are_disjoint_but_perhaps_not_all() -> None:
    # "43 đại biểu, trong đó có 5 đại biểu đương nhiên ..., 38 đại biểu được bầu ...": no one
    # is both, so more than 43 is wrong; fewer may leave out the appointed ones (information).
    assert totals(CORPUS[CITY].text) == []
    assert totals(changed(CITY, "38 đại biểu", "40 đại biểu")) == [
        ("total-mismatch", Severity.ERROR, "43 đại biểu", Decimal(45))
    ]
    assert totals(changed(CITY, "38 đại biểu", "28 đại biểu")) == []


def test_delegates_by_other_qualities_stay_quiet() -> None:
    # Women and ethnic minorities overlap; a list naming one value twice is no breakdown.
    for text in (
        "Đại hội có 120 đại biểu, trong đó 70 đại biểu nữ, 60 đại biểu dân tộc thiểu số.",
        "Đại hội có 120 đại biểu, trong đó 70 đại biểu được bầu ở xã, 60 đại biểu được bầu "
        "ở huyện.",
        "Hội có 120 hội viên, trong đó 70 hội viên đương nhiên, 60 hội viên được bầu.",
    ):
        assert totals(text) == [], text


@given(
    elected=st.integers(min_value=0, max_value=2_000),
    appointed=st.integers(min_value=0, max_value=200),
    ex_officio=st.integers(min_value=0, max_value=300),
    total=st.integers(min_value=1, max_value=3_000),
)
def test_delegates_property(elected: int, appointed: int, ex_officio: int, total: int) -> None:
    text = (
        f"Đại hội có {total} đại biểu, trong đó {elected} đại biểu do đại hội cấp dưới bầu, "
        f"{appointed} đại biểu được chỉ định, {ex_officio} đại biểu đương nhiên."
    )
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    assert bool(found) == (total != elected + appointed + ex_officio)


# ---------------------------------------------------------------- a bracket after a total
CONGRESS = "tw-mttq-2024-congress-delegates"


def test_parts_in_the_bracket_after_a_total_by_central_and_local() -> None:
    # "chọn cử là 583 người (91 đại biểu do các tổ chức thành viên ở Trung ương cử và 492 đại
    # biểu của các địa phương do Đại hội MTTQ Việt Nam các tỉnh, thành phố hiệp thương cử)"
    assert totals(CORPUS[CONGRESS].text) == []
    assert totals(changed(CONGRESS, "là 583 người", "là 883 người")) == [
        ("total-mismatch", Severity.ERROR, "883 người", Decimal(583))
    ]
    assert totals(changed(CONGRESS, "(91 đại biểu", "(31 đại biểu")) == [
        ("total-mismatch", Severity.ERROR, "583 người", Decimal(523))
    ]


def test_brackets_that_are_no_whole_breakdown_stay_quiet() -> None:
    for text in (
        # qualities that overlap, no dimension: composition, not a breakdown
        "Đại hội có 120 đại biểu (40 đại biểu nữ, 15 đại biểu dân tộc thiểu số).",
        # examples
        "Đại hội có 120 đại biểu (như 40 đại biểu Trung ương, 15 đại biểu địa phương).",
        # a figure of another noun inside: not only the parts
        "Đại hội có 120 đại biểu (40 đại biểu Trung ương, 15 đại biểu địa phương, 3 đoàn).",
        # parts of another noun than a total counted in hội
        "Tỉnh có 120 hội (40 chi hội Trung ương, 15 chi hội địa phương).",
        # a change, not a total
        "Đại hội tăng 120 đại biểu (40 đại biểu Trung ương và 15 đại biểu địa phương).",
    ):
        assert totals(text) == [], text


@given(
    central=st.integers(min_value=0, max_value=900),
    local=st.integers(min_value=0, max_value=900),
    total=st.integers(min_value=1, max_value=2_000),
)
def test_bracket_breakdown_property(central: int, local: int, total: int) -> None:
    text = (
        f"Số đại biểu được triệu tập là {total} người ({central} đại biểu ở Trung ương và "
        f"{local} đại biểu của các địa phương)."
    )
    found = [f for f in totals(text) if f[0] == "total-mismatch"]
    assert bool(found) == (total != central + local)
    if found:
        assert found[0][3] == central + local
