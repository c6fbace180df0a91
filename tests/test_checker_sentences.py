"""Breakdowns within one sentence that a careful reader knows to be whole (issue 9, item 1).

Each pattern is tested on a real corpus paragraph (tests/corpus/, read by id: real report text,
with one figure changed as the mutation harness does), on the near-misses the checker must stay
quiet on, and by a hypothesis property where there is a calculation: a finding exactly when the
figures do not add up.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from _checker_helpers import (
    CORPUS,
    case_table,
    changed,
    sum_is_checked,
    total_error,
    total_warning,
    totals,
)
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.checker._totals import _range, _tiled
from hoiquanchung.findings import Severity

CLUB = "laichau-thanthuoc-club-members"
POOR = "camau-hnd-2019-members"
DONORS = "phutho-mttq-2025-donors"
ROUNDS = "tw-relief-2025-ten-rounds"
SPONSOR = "gialai-iarsai-ctd-sponsor"
GIFTS = "haiduong-tw-ctd-tet-gifts"
PARTY = "tw-party-xiii-delegates"
CITY = "hcm-party-xiii-delegation"
CONGRESS = "tw-mttq-2024-congress-delegates"


# What each real paragraph says (in short), then the figure changed and the alarms expected.
# CLUB: "với 43 thành viên trong đó tuổi 55 trở lên là 23 thành viên, ..., tuổi dưới 55 là 20"
# POOR: "880 hộ nông dân nghèo (trong đó: 523 hộ nghèo, 357 hộ cận nghèo)"
# DONORS: "với tổng số tiền 360 triệu đồng và 500 kg gạo của các đơn vị: Ngân hàng chính sách xã
#   hội (300 triệu đồng); Trường ... (50 triệu đồng); Hệ thống ... (10 triệu đồng) và ..."
# ROUNDS: "phân bổ 10 đợt với kinh phí là 833,152 tỷ đồng qua ... của 23 tỉnh, thành phố; trong
#   đó, phân bổ kinh phí là 828,382 tỷ đồng; phân bổ các sản phẩm hỗ trợ là 4,77 tỷ đồng."
# SPONSOR: "20 triệu đồng được gửi tiết kiệm ... trong 4 năm học (2025-2029), mỗi năm 5 triệu
#   đồng"
# PARTY: "1.587 đại biểu, trong đó có 1.381 đại biểu chính thức do Đại hội ... bầu, 15 đại biểu
#   ngoài nước được Bộ Chính trị chỉ định, 191 đại biểu đương nhiên là ..."
# CITY: "43 đại biểu, trong đó có 5 đại biểu đương nhiên ..., 38 đại biểu được bầu ...": no one
#   is both, so more than 43 is wrong; fewer may leave out the appointed ones (information).
# CONGRESS: "chọn cử là 583 người (91 đại biểu do các tổ chức thành viên ở Trung ương cử và 492
#   đại biểu của các địa phương do Đại hội MTTQ Việt Nam các tỉnh, thành phố hiệp thương cử)"
MUTATIONS = [
    (
        "age ranges that tile: total",
        CLUB,
        "với 43 thành viên",
        "với 33 thành viên",
        [total_error("33 thành viên", 43)],
    ),
    (
        "age ranges that tile: part",
        CLUB,
        "là 20 thành viên",
        "là 16 thành viên",
        [total_error("43 thành viên", 39)],
    ),
    (
        "poor and near-poor of a poor total: total",
        POOR,
        "880 hộ",
        "883 hộ",
        [total_error("883 hộ", 880)],
    ),
    (
        "poor and near-poor of a poor total: part",
        POOR,
        "357 hộ",
        "157 hộ",
        [total_error("880 hộ", 680)],
    ),
    (
        "a sum word total and the list after its colon: total",
        DONORS,
        "360 triệu",
        "368 triệu",
        [total_error("368 triệu đồng", 360_000_000)],
    ),
    (
        "a sum word total and the list after its colon: part",
        DONORS,
        "(50 triệu",
        "(56 triệu",
        [total_error("360 triệu đồng", 366_000_000)],
    ),
    (
        "an amount listed after the count that follows it",
        ROUNDS,
        "4,77",
        "7,77",
        [total_warning("833,152 tỷ đồng", "836152000000")],
    ),
    (
        "an amount each year times the years",
        SPONSOR,
        "mỗi năm 5",
        "mỗi năm 1",
        [total_error("20 triệu đồng", 4_000_000)],
    ),
    (
        "delegates elected, appointed and ex officio: part",
        PARTY,
        "1.381",
        "1.301",
        [total_error("1.587 đại biểu", 1507)],
    ),
    (
        "delegates elected, appointed and ex officio: total",
        PARTY,
        "có 1.587",
        "có 1.557",
        [total_error("1.557 đại biểu", 1587)],
    ),
    (
        "two kinds of delegates: more is wrong",
        CITY,
        "38 đại biểu",
        "40 đại biểu",
        [total_error("43 đại biểu", 45)],
    ),
    (
        "parts in the bracket after a total: total",
        CONGRESS,
        "là 583 người",
        "là 883 người",
        [total_error("883 người", 583)],
    ),
    (
        "parts in the bracket after a total: part",
        CONGRESS,
        "(91 đại biểu",
        "(31 đại biểu",
        [total_error("583 người", 523)],
    ),
    # "trong đó" may give some items only: less than the total says nothing.
    (
        "an amount listed after a count: less is no alarm",
        ROUNDS,
        "828,382",
        "628,382",
        [],
    ),
    (
        "two kinds of delegates: fewer may be not all",
        CITY,
        "38 đại biểu",
        "28 đại biểu",
        [],
    ),
]


@pytest.mark.parametrize("pid", sorted({case[1] for case in MUTATIONS}))
def test_real_paragraphs_as_written_add_up(pid: str) -> None:
    assert totals(CORPUS[pid].text) == []


@case_table(("pid", "old", "new", "expected"), MUTATIONS)
def test_real_paragraphs_with_one_figure_changed(
    pid: str, old: str, new: str, expected: list[tuple[str, Severity, str, Decimal]]
) -> None:
    assert totals(changed(pid, old, new)) == expected


BOTH_KINDS = "Tổng số 645 hộ nghèo và cận nghèo, trong đó 412 hộ nghèo, {} hộ cận nghèo."
SENTENCES = [
    # ---- parts named by age ranges: a gap (no one of 55 to 59), two ranges that overlap, or
    # one range only: no whole.
    (
        "age ranges with a gap",
        "Câu lạc bộ có 50 thành viên, trong đó tuổi dưới 55 là 20 thành "
        "viên, tuổi 60 trở lên là 20 thành viên.",
        [],
    ),
    (
        "age ranges that overlap",
        "Câu lạc bộ có 50 thành viên, trong đó tuổi dưới 60 là 20 thành "
        "viên, tuổi 55 trở lên là 20 thành viên.",
        [],
    ),
    (
        "one age range only",
        "Câu lạc bộ có 50 thành viên, trong đó tuổi 55 trở lên là 20 thành "
        "viên, nữ là 20 thành viên.",
        [],
    ),
    # ---- kinds that make a whole. All households: the poor and near-poor are some of them,
    # not a whole; but more poor households than households is still wrong (a warning).
    (
        "poor of all households: fewer",
        "Ấp có 880 hộ (trong đó: 523 hộ nghèo, 157 hộ cận nghèo).",
        [],
    ),
    (
        "poor of all households: more",
        "Ấp có 880 hộ (trong đó: 723 hộ nghèo, 357 hộ cận nghèo).",
        [total_warning("880 hộ", 1080)],
    ),
    # The total reads "hộ nghèo" (its first kind) yet names both: every kind of it.
    ("a total named by both kinds: adds up", BOTH_KINDS.format(233), []),
    (
        "a total named by both kinds: less",
        BOTH_KINDS.format(203),
        [total_error("645 hộ nghèo", 615)],
    ),
    # ---- a total said to be one: list
    (
        "sum word list with an item of goods",
        "Tiếp nhận tổng số tiền 360 triệu đồng của các đơn vị: Ngân hàng A (300 triệu đồng); "
        "Trường B (50 triệu đồng); Công ty C ủng hộ 500 kg gạo.",
        [],
    ),
    (
        "sum word list of examples",
        "Tiếp nhận tổng số tiền 360 triệu đồng của các đơn vị như: Ngân hàng A (300 triệu "
        "đồng); Trường B (20 triệu đồng).",
        [],
    ),
    (
        "sum word list after trong do: some donors only",
        "Tiếp nhận tổng số tiền 360 triệu đồng, trong đó các đơn vị lớn: Ngân hàng A (300 "
        "triệu đồng); Trường B (20 triệu đồng).",
        [],
    ),
    (
        "sum word not followed by its figure at once",
        "Tổng số tiền năm 2024 của hội đạt 360 triệu đồng từ các đơn vị: Ngân hàng A (300 "
        "triệu đồng); Trường B (20 triệu đồng).",
        [],
    ),
    (
        "sum word and a time of day, not a list",
        "Tổng số tiền 360 triệu đồng được trao lúc 14:30 cho 2 hộ (100 triệu đồng, 20 triệu).",
        [],
    ),
    # ---- an amount, a count, a list: the count right before the list stays the total
    (
        "a count right before its list stays the total",
        "Chi 50 triệu đồng hỗ trợ 20 hộ, trong đó 12 hộ nghèo, 9 hộ cận nghèo.",
        [total_warning("20 hộ", 21)],
    ),
    # ---- the same noun at the same price: parts may overlap
    (
        "parts of one noun at the same price",
        "Hội tặng 100 suất quà, trong đó 60 suất trị giá 500.000đ/suất, "
        "50 suất trị giá 500.000đ/suất.",
        [],
    ),
    # ---- delegates by other qualities: women and ethnic minorities overlap; a list naming one
    # value twice is no breakdown.
    (
        "delegates: women and ethnic minorities",
        "Đại hội có 120 đại biểu, trong đó 70 đại biểu nữ, 60 đại biểu dân tộc thiểu số.",
        [],
    ),
    (
        "delegates elected at two levels",
        "Đại hội có 120 đại biểu, trong đó 70 đại biểu được bầu ở xã, 60 đại biểu được bầu "
        "ở huyện.",
        [],
    ),
    (
        "members ex officio and elected",
        "Hội có 120 hội viên, trong đó 70 hội viên đương nhiên, 60 hội viên được bầu.",
        [],
    ),
    # ---- brackets that are no whole breakdown
    (
        "bracket of qualities that overlap",
        "Đại hội có 120 đại biểu (40 đại biểu nữ, 15 đại biểu dân tộc thiểu số).",
        [],
    ),
    (
        "bracket of examples",
        "Đại hội có 120 đại biểu (như 40 đại biểu Trung ương, 15 đại biểu địa phương).",
        [],
    ),
    (
        "bracket with a figure of another noun",
        "Đại hội có 120 đại biểu (40 đại biểu Trung ương, 15 đại biểu địa phương, 3 đoàn).",
        [],
    ),
    (
        "bracket of parts of another noun than the total",
        "Tỉnh có 120 hội (40 chi hội Trung ương, 15 chi hội địa phương).",
        [],
    ),
    (
        "bracket after a change, not a total",
        "Đại hội tăng 120 đại biểu (40 đại biểu Trung ương và 15 đại biểu địa phương).",
        [],
    ),
]


@case_table(("text", "expected"), SENTENCES)
def test_invented_sentences(text: str, expected: list[tuple[str, Severity, str, Decimal]]) -> None:
    assert totals(text) == expected


# ---------------------------------------------------------------- parts named by age ranges
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
    parts=st.lists(st.integers(min_value=1, max_value=900), min_size=2, max_size=5),
    total=st.integers(min_value=1, max_value=5_000),
)
def test_sum_word_list_property(parts: list[int], total: int) -> None:
    names = ["Ngân hàng An Bình", "Trường Tân Phú", "Công ty Long Hòa", "Chi hội A", "Ấp B"]
    items = "; ".join(f"{name} ({n} triệu đồng)" for name, n in zip(names, parts, strict=False))
    text = f"Hội tiếp nhận tổng số tiền {total} triệu đồng của các đơn vị: {items}."
    sum_is_checked(totals(text), total, sum(parts), computed=sum(parts) * 1_000_000)


def test_mỗi_năm_is_no_year_but_a_year_stays_one() -> None:
    assert [m.text for m in extract("Trao học bổng trong 4 năm, mỗi năm 5 triệu đồng.")] == [
        "4 năm",
        "5 triệu đồng",
    ]
    assert [m.text for m in extract("Hằng năm 2024 hội có 12 chi hội.")] == ["12 chi hội"]
    assert [m.text for m in extract("Năm 2024 hội có 12 chi hội.")] == ["12 chi hội"]


# ---------------------------------------------------------------- the same noun at distinct prices
def test_parts_of_one_noun_at_distinct_prices_cannot_overlap() -> None:
    # "180 suất quà, trong đó 20 suất trị giá 1.100.000đ/suất, 80 suất (800.000đ/suất), 80
    # suất trị giá 500.000đ/suất": a gift has one price, so more gifts than 180 is wrong.
    real = totals(CORPUS[GIFTS].text)  # its real inconsistency: 126 triệu đồng, not 110
    assert real == [total_warning("110 triệu đồng", 126_000_000)]
    assert totals(changed(GIFTS, "đó 20 suất", "đó 27 suất")) == [
        total_warning("180 suất", 187),
        total_warning("110 triệu đồng", 133_700_000),
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


# A finding exactly when the figures do not add up: each shape with its parts {0}, {1}, ...
# (drawn up to the bounds given) and its total (drawn from 1); the alarm's computed value is
# checked where the parts are all in the total's unit.
SUM_PROPERTIES = [
    pytest.param(
        "Câu lạc bộ có {total} thành viên, trong đó tuổi dưới {age} là {0} thành viên, "
        "tuổi {age} trở lên là {1} thành viên.",
        (400, 400),
        800,
        True,
        id="age ranges",
    ),
    pytest.param(
        "Giúp {total} hộ nông dân nghèo (trong đó: {0} hộ nghèo, {1} hộ cận nghèo).",
        (3_000, 3_000),
        6_000,
        False,
        id="poverty kinds",
    ),
    pytest.param(
        "Đại hội có {total} đại biểu, trong đó {0} đại biểu do đại hội cấp dưới bầu, "
        "{1} đại biểu được chỉ định, {2} đại biểu đương nhiên.",
        (2_000, 200, 300),
        3_000,
        False,
        id="delegates elected, appointed, ex officio",
    ),
    pytest.param(
        "Số đại biểu được triệu tập là {total} người ({0} đại biểu ở Trung ương và "
        "{1} đại biểu của các địa phương).",
        (900, 900),
        2_000,
        True,
        id="bracket breakdown",
    ),
]


@pytest.mark.parametrize(("template", "bounds", "most", "computed"), SUM_PROPERTIES)
@given(data=st.data())
def test_sum_property(
    template: str, bounds: tuple[int, ...], most: int, computed: bool, data: st.DataObject
) -> None:
    parts = [data.draw(st.integers(0, bound)) for bound in bounds]
    total = data.draw(st.integers(1, most))
    text = template.format(*parts, total=total, age=data.draw(st.integers(18, 90)))
    sum_is_checked(totals(text), total, sum(parts), computed=sum(parts) if computed else None)
