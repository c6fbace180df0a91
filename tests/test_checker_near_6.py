"""Totals and their parts in one sentence, issue 9 (round 7, helper near): breakdowns by
renewal (*tái cử* / *lần đầu*, *bầu mới*), by work on houses (*xây mới* / *sửa chữa*), by form
with goods named *hàng hóa*; persons of a kind counted by a person word (*nhân sự*, *đồng chí*
after *chủ tịch*); the levels of a district's body made whole by a breakdown beside them; a list
item no longer cut at the comma of a decimal number.

The real paragraphs are read from the corpus by id (tests/corpus/, each with its address):
hanoi-party-2020-candidates (anninhthudo.vn), khanhhoa-dienkhanh-hnd-2023-congresses
(hoinongdankhanhhoa.org.vn), camau-namcan-decision-22-houses (baocamau.vn),
hatinh-mttq-covid-2021-62ty (mattran.org.vn), songhinh-hnd-2023-delegates (songhinh.phuyen.gov.vn)
and the near-miss thanhhoa-nhuxuan-women-2021 (baothanhhoa.vn).  Near-misses stay quiet;
hypothesis properties for the calculations.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import CORPUS, harness, sum_is_checked, total_error, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text, extract
from hoiquanchung.checker._paired_totals import _contradicts
from hoiquanchung.checker._rules import sum_contradicts
from hoiquanchung.checker._totals import _down_to_base, _in_number, _items
from hoiquanchung.findings import Severity
from hoiquanchung.numbers import format_number

PENDING = {p.id: p for p in harness.load(harness.HERE / "pending")}


def real(pid: str, old: str | None = None, new: str | None = None) -> str:
    """The paragraph *pid* (measured or pending), its one *old* replaced by *new*."""
    text = (CORPUS.get(pid) or PENDING[pid]).text
    if old is None or new is None:
        return text
    assert text.count(old) == 1, old
    return text.replace(old, new)


# ---------------------------------------------------------------- the real paragraphs
REAL = [
    "hanoi-party-2020-candidates",
    "khanhhoa-dienkhanh-hnd-2023-congresses",
    "camau-namcan-decision-22-houses",
    "hatinh-mttq-covid-2021-62ty",
    "songhinh-hnd-2023-delegates",
    "thanhhoa-nhuxuan-women-2021",
    "tw-xii-congress-1510-delegates",
    "tw-mttq-2023-tet-gifts-plan",
]


@pytest.mark.parametrize("pid", REAL)
def test_the_real_paragraphs_are_quiet(pid: str) -> None:
    assert totals(real(pid)) == []


@pytest.mark.parametrize(
    ("pid", "old", "new", "stated", "computed"),
    [
        # Renewal: re-standing + first time = the candidates (a total in đồng chí, parts in
        # nhân sự), both sides of the total.
        ("hanoi-party-2020-candidates", "81 đồng chí", "41 đồng chí", "41 đồng chí", 81),
        ("hanoi-party-2020-candidates", "47 nhân sự", "37 nhân sự", "81 đồng chí", 71),
        ("hanoi-party-2020-candidates", "34 nhân sự", "37 nhân sự", "81 đồng chí", 84),
        # Renewal in the bracket after a title (chủ tịch), parts counted in đồng chí.
        (
            "khanhhoa-dienkhanh-hnd-2023-congresses",
            "06 đồng chí được",
            "08 đồng chí được",
            "18 chủ tịch",
            20,
        ),
        (
            "khanhhoa-dienkhanh-hnd-2023-congresses",
            "04 đồng chí",
            "02 đồng chí",
            "18 phó chủ tịch",
            16,
        ),
        # Houses built new or repaired.
        ("camau-namcan-decision-22-houses", "sửa chữa 37 căn", "sửa chữa 35 căn", "114 căn", 112),
        ("camau-namcan-decision-22-houses", "xây mới 50 căn", "xây mới 70 căn", "69 căn nhà", 89),
        # Cash and goods ("hàng hóa") in a bracket, the first part a decimal number.
        (
            "hatinh-mttq-covid-2021-62ty",
            "33,3 tỷ đồng tiền",
            "23,3 tỷ đồng tiền",
            "36,3 tỷ đồng",
            26_300_000_000,
        ),
        # Members of the Central Committee declared ex officio delegates ("173 ủy viên ... và 24
        # ủy viên ... là đại biểu đương nhiên"), one part beside the appointed and the elected.
        (
            "tw-xii-congress-1510-delegates",
            "và 24 ủy viên",
            "và 84 ủy viên",
            "1.510 đại biểu",
            1570,
        ),
        ("tw-xii-congress-1510-delegates", "13 đại biểu", "11 đại biểu", "1.510 đại biểu", 1508),
        # What one portion is made of: cash ("1 triệu tiền mặt") and a gift bag.
        (
            "tw-mttq-2023-tet-gifts-plan",
            "mức 1,2 triệu",
            "mức 1,6 triệu",
            "1,6 triệu đồng",
            1_200_000,
        ),
        (
            "tw-mttq-2023-tet-gifts-plan",
            "bao gồm 1 triệu",
            "bao gồm 0 triệu",
            "1,2 triệu đồng",
            200_000,
        ),
        # Levels of a district's congress, whole beside the breakdowns that make the total.
        ("songhinh-hnd-2023-delegates", "139 đại biểu", "132 đại biểu", "150 đại biểu", 143),
    ],
)
def test_the_real_paragraphs_changed_are_reported(
    pid: str, old: str, new: str, stated: str, computed: int
) -> None:
    assert total_error(stated, computed) in totals(real(pid, old, new))


# ---------------------------------------------------------------- near-misses
NEAR_MISSES = [
    # The renewal of a subgroup (the chairs among the 184 committee members): real text,
    # thanhhoa-nhuxuan-women-2021 with its total changed stays quiet.
    real("thanhhoa-nhuxuan-women-2021", "184 đồng chí", "186 đồng chí"),
    # A trait alone (tái cử: some of the members), never the whole.
    "Ban Chấp hành gồm 35 đồng chí, trong đó có 20 đồng chí tái cử, 5 đồng chí nữ.",
    "Toàn huyện có 184 đồng chí tham gia Ban Chấp hành, trong đó có 15 đồng chí tái cử.",
    # Full members named (a body with alternates): a former alternate elected in full is
    # neither re-elected nor new, so fewer than the total says nothing.
    "Ban Chấp hành có 180 ủy viên chính thức, trong đó 109 người tái cử, 60 người tham gia lần "
    "đầu.",
    # Counts of another kind declared of another noun (đảng viên), or of a trait of the
    # total's noun (đại biểu nữ): no part of the kinds of delegate.
    "Đại hội có 1.510 đại biểu, trong đó 173 ủy viên Trung ương là đảng viên, 13 đại biểu chỉ "
    "định, và 1.300 đại biểu được bầu.",
    "Đại hội có 1.510 đại biểu, trong đó 173 ủy viên Trung ương là đại biểu nữ, 13 đại biểu chỉ "
    "định, và 1.300 đại biểu được bầu.",
    # Examples ("như"): not the parts.
    "Dự kiến có 81 đồng chí được giới thiệu, trong đó như 40 nhân sự tái cử, 30 nhân sự "
    "tham gia lần đầu.",
    # Parts with a qualifier ("khoảng"): never summed.
    "Dự kiến có 81 đồng chí được giới thiệu, trong đó có khoảng 40 nhân sự tái cử, khoảng 30 "
    "nhân sự tham gia lần đầu.",
    # Overlapping groups beside the renewal: the list is no breakdown by one dimension.
    "Dự kiến có 81 đồng chí được giới thiệu, trong đó có 47 nhân sự tái cử, 20 nhân sự nữ.",
    # A third kind of work on its own: the list says nothing of the whole.
    "Huyện được phê duyệt 114 căn, trong đó xây dựng mới 60 căn, sửa chữa 30 căn, nâng cấp 20 căn.",
    # Houses of one work only: a trait.
    "Huyện được phê duyệt 114 căn, trong đó sửa chữa 37 căn.",
    # Some levels of a district's body, no breakdown beside them that makes the total: a level
    # may have been left out (information, no alarm).
    "Đại hội lần này triệu tập 150 đại biểu, trong đó 11 đại biểu cấp huyện, 132 đại biểu cấp "
    "cơ sở.",
    # Levels of a fund beside a whole breakdown: the province's may have been left out.
    "Quỹ có 10 tỷ đồng, trong đó tiền mặt 6 tỷ đồng, hiện vật 4 tỷ đồng; cấp huyện 3 tỷ đồng, "
    "cấp xã 5 tỷ đồng.",
    # An amount each, then the amounts of all the portions (not what one is made of).
    "Hỗ trợ mức 300.000 đồng/hộ, gồm 2 tỷ đồng ngân sách tỉnh và 1 tỷ đồng ngân sách huyện.",
    # An amount each, then "trong đó" (not a complete marker) with one part only.
    "Mức 1,2 triệu đồng/suất, trong đó 1 triệu tiền mặt.",
    # An amount each, its marker after other words: the list may be of something else.
    "Mức 1,2 triệu đồng/suất cho 200 suất quà, bao gồm 1 triệu tiền mặt và 100.000 đồng quà.",
    # Cash and goods of a part, not of the total ("trong đó" after the part's own amount).
    "Tỉnh tiếp nhận 62,1 tỷ đồng, trong đó cấp tỉnh 36,3 tỷ đồng; cấp huyện 20,8 tỷ đồng.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_quiet(text: str) -> None:
    assert totals(text) == []


def test_levels_beside_a_breakdown_that_does_not_make_the_total_are_not_read_whole() -> None:
    # The sexes (complete) add up to 140, not 150: that list is wrong; nothing proves the two
    # levels whole, so their 143 is information only.
    text = (
        "Đại hội lần này triệu tập 150 đại biểu, trong đó 100 đại biểu nam, 40 đại biểu nữ; 11 "
        "đại biểu cấp huyện, 132 đại biểu cấp cơ sở."
    )
    assert totals(text) == [total_error("150 đại biểu", 140)]


def test_some_levels_below_the_total_are_information_only() -> None:
    text = NEAR_MISSES[11]
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert [f.severity for f in found] == [Severity.INFO]


# ---------------------------------------------------------------- properties
counts = st.integers(min_value=1, max_value=5000)


@given(counts, counts, counts)
def test_renewal_is_reported_exactly_when_it_does_not_add_up(
    total: int, old: int, new: int
) -> None:
    text = (
        f"Dự kiến sẽ có {format_number(total)} đồng chí được giới thiệu, trong đó có "
        f"{format_number(old)} nhân sự tái cử, {format_number(new)} nhân sự tham gia lần đầu."
    )
    sum_is_checked(totals(text), total, old + new, old + new)


@given(counts, counts, counts, counts)
def test_levels_beside_a_whole_breakdown_are_checked(
    men: int, women: int, district: int, base: int
) -> None:
    total = men + women
    text = (
        f"Đại hội triệu tập {format_number(total)} đại biểu, trong đó {format_number(men)} đại "
        f"biểu nam, {format_number(women)} đại biểu nữ; {format_number(district)} đại biểu cấp "
        f"huyện, {format_number(base)} đại biểu cấp cơ sở."
    )
    sum_is_checked(totals(text), total, district + base, district + base)


@given(counts, counts)
def test_houses_by_work_are_reported_exactly_when_they_do_not_add_up(
    built: int, repaired: int
) -> None:
    total = 114
    text = (
        f"Huyện được phê duyệt {total} căn, trong đó xây dựng mới {format_number(built)} căn, "
        f"sửa chữa {format_number(repaired)} căn."
    )
    sum_is_checked(totals(text), total, built + repaired, built + repaired)


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=9))
def test_a_decimal_comma_never_cuts_an_item(whole: int, tenth: int) -> None:
    text = f"trong đó, {whole},{tenth} tỷ đồng tiền mặt và 3 tỷ đồng hàng hóa"
    comma = text.index(",", len("trong đó,"))
    assert _in_number(text, comma)
    depth = [0] * len(text)
    items = _items(text, len("trong đó,"), len(text), depth)
    assert [text[a:b].strip() for a, b in items] == [
        f"{whole},{tenth} tỷ đồng tiền mặt",
        "3 tỷ đồng hàng hóa",
    ]


levels = st.sets(st.sampled_from(["tỉnh", "huyện", "xã", "sở", "cấp", "cơ"]))


@given(levels)
def test_down_to_base_is_the_district_and_the_commune_without_the_province(
    covered: set[str],
) -> None:
    expected = "huyện" in covered and bool({"xã", "sở"} & covered) and "tỉnh" not in covered
    assert _down_to_base(frozenset(covered)) is expected


amounts = st.decimals(min_value=Decimal(0), max_value=Decimal(10**6), places=3)


@given(amounts, st.sampled_from(["", "hơn ", "trên "]))
def test_paired_totals_ask_the_shared_test(value: Decimal, qualifier: str) -> None:
    """Rule 2f's column sum contradicts a total exactly when the test every totals rule
    shares says so; a lower bound holds for any sum that rounds to it or more."""
    (total,) = extract(f"{qualifier}806,407 tỷ đồng")
    computed = value * 10**6
    assert _contradicts(total, computed) is (sum_contradicts(total.quantity, computed) is not None)
    if qualifier and computed >= Decimal("806.4065") * 10**9:
        assert not _contradicts(total, computed)


@given(counts, counts, counts, counts, counts)
def test_a_declared_run_is_one_part_of_its_sum(
    full: int, alternate: int, appointed: int, elected: int, total: int
) -> None:
    text = (
        f"Đại hội có {format_number(total)} đại biểu, trong đó {format_number(full)} ủy viên "
        f"Trung ương chính thức và {format_number(alternate)} ủy viên Trung ương dự khuyết là "
        f"đại biểu đương nhiên, {format_number(appointed)} đại biểu chỉ định, và "
        f"{format_number(elected)} đại biểu do các đảng bộ bầu ra."
    )
    parts = full + alternate + appointed + elected
    sum_is_checked(totals(text), total, parts, parts)


@given(
    st.integers(min_value=2, max_value=50).map(lambda k: k * 100_000),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=99).map(lambda k: k * 10_000),
)
def test_what_one_portion_is_made_of_is_checked(each: int, cash: int, goods: int) -> None:
    cash_value = cash * 1_000_000
    if cash_value >= each or goods >= each:
        return  # a part as large as the portion: an amount of all, never read
    text = (
        f"Mức {format_number(each)} đồng/suất, bao gồm {cash} triệu tiền mặt và túi quà trị giá "
        f"{format_number(goods)} đồng."
    )
    sum_is_checked(totals(text), each, cash_value + goods, cash_value + goods)
