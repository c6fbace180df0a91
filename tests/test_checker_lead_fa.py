"""False alarms that the round-10 hunts found on real text, fixed, with their near misses.

Each real paragraph is in tests/corpus (read by id through the harness); the near misses are
written here and say what must still be reported.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import alarm_findings, harness, totals
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.findings import Severity
from hoiquanchung.numbers import format_count, format_percent

WARNING, ERROR = Severity.WARNING, Severity.ERROR


# ---- rule 2d (section-totals): one part by level in another sentence is no breakdown


def test_a_grant_is_not_the_total_of_what_districts_manage() -> None:
    # "... cấp cho quỹ với tổng số tiền 300 triệu đồng. Quỹ cơ sở do cấp huyện, thành, thị
    # quản lý 18,7 tỷ đồng ...": money granted, then the fund's capital by manager.
    assert totals(harness.text_of("hnd-2013-quyhtnd-300trieu")) == []


def test_one_part_by_level_after_its_total_is_quiet() -> None:
    text = "1. Quỹ\nTổng số tiền của quỹ là 300 triệu đồng. Quỹ do cấp huyện quản lý 1,5 tỷ đồng."
    assert totals(text) == []


def test_two_parts_by_level_above_their_total_are_still_reported() -> None:
    text = (
        "1. Quỹ\nTổng số tiền của quỹ là 300 triệu đồng. Cấp tỉnh quản lý 200 triệu đồng,"
        " cấp huyện quản lý 150 triệu đồng."
    )
    assert [(c, s, st) for c, s, st, _ in totals(text)] == [
        ("parts-exceed-total", WARNING, "300 triệu đồng")
    ]


def test_a_complete_breakdown_across_paragraphs_is_still_summed() -> None:
    text = "1. Về tổ chức\nTổng số 99 hội, trong đó cấp tỉnh: 40 hội.\nCấp huyện, xã: 60 hội."
    assert totals(text) == [("total-mismatch", ERROR, "99 hội", Decimal("100"))]


# ---- reading figures: a number after an ordinal word names, whatever follows it


def test_an_ordinal_congress_is_no_total() -> None:
    # "Đại hội đại biểu MTTQ Việt Nam lần thứ 1 nhiệm kỳ 2026 - 2031, gồm 30 đại biểu chính
    # thức ... và 2 đại biểu dự khuyết": the first congress, not a total of 1 "nhiệm".
    assert totals(harness.text_of("hcm-mttq-2025-daihoi-lan1")) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Đại hội lần thứ 1 nhiệm kỳ 2026 - 2031 gồm 30 đại biểu", ["30 đại biểu"]),
        ("Kỳ họp thứ 3 HĐND xã gồm 25 đại biểu và 4 khách mời", ["25 đại biểu", "4 khách mời"]),
        ("Đại hội lần thứ 9 gồm 30 đại biểu", ["30 đại biểu"]),
        # after the other label nouns a counted noun still makes a count
        ("ấp 3 có 120 hộ; tổ 5 hộ", ["120 hộ", "5 hộ"]),
    ],
)
def test_ordinals_are_read_as_names(text: str, read: list[str]) -> None:
    assert [m.text for m in extract(text)] == read


COUNTED = ("hội viên", "đại biểu", "người")
NOUNS = st.sampled_from(["nhiệm kỳ", "HĐND", "Ban Chấp hành", "hội viên", "đại biểu", "người"])


@given(st.integers(min_value=1, max_value=999), NOUNS)
def test_a_number_after_thu_is_never_a_quantity(n: int, noun: str) -> None:
    assert extract(f"Đại hội lần thứ {n} {noun}") == []
    if noun in COUNTED:  # the same number before a counted noun, no ordinal word: a count
        assert [(m.value, m.unit) for m in extract(f"Đại hội có {n} {noun}")] == [
            (Decimal(n), noun)
        ]


# ---- rate-bases: one share adjusted so that a whole breakdown makes 100 %

DAIHOI = "tw-daihoi-xiv-2026-1586daibieu"


def test_a_share_lowered_to_make_100_is_no_slip() -> None:
    # 163 + 353 + 1.070 = 1.586; 10,28 + 22,26 + 67,47 = 100,01 half up: the page wrote 22,25.
    assert alarm_findings(harness.text_of(DAIHOI)) == []


def test_a_truncation_that_breaks_100_is_still_reported() -> None:
    # 22,25 and 67,46 both truncated: the written shares make 99,99, not 100.
    text = harness.text_of(DAIHOI).replace("67,47%", "67,46%")
    assert [(f.code, f.stated) for f in alarm_findings(text)] == [
        ("rate-rounding", "22,25%"),
        ("rate-rounding", "67,46%"),
    ]


def test_a_share_two_units_off_is_still_wrong() -> None:
    text = harness.text_of(DAIHOI).replace("22,25%", "22,24%")
    assert [(f.code, f.stated) for f in alarm_findings(text)] == [("rate-mismatch", "22,24%")]


@given(
    st.lists(st.integers(min_value=1, max_value=5_000), min_size=2, max_size=5),
    st.sampled_from([1, 2]),
)
@example([95, 19, 3220], 1)  # 3,0 % is 95 of the 3.220: no slip the rule can tell
def test_shares_made_whole_are_quiet_and_only_they(counts: list[int], places: int) -> None:
    """Oracle: largest-remainder shares (each the half-up or the truncated value, making exactly
    100) give no rate finding; the half-up shares, whatever they sum to, give none either."""
    whole = sum(counts)
    unit = Decimal(1).scaleb(-places)
    exact = [Decimal(100 * c) / Decimal(whole) for c in counts]
    down = [e.quantize(unit, rounding="ROUND_DOWN") for e in exact]
    missing = int((Decimal(100) - sum(down)) / unit)
    order = sorted(range(len(counts)), key=lambda k: exact[k] - down[k], reverse=True)
    largest = list(down)
    for k in order[:missing]:
        largest[k] += unit
    half_up = [e.quantize(unit, rounding="ROUND_HALF_UP") for e in exact]

    def text(shares: list[Decimal]) -> str:
        items = "; ".join(
            f"nhóm {chr(65 + k)} là {format_count(c)} người (chiếm tỷ lệ"
            f" {format_percent(r / 100, digits=places)})"
            for k, (c, r) in enumerate(zip(counts, shares, strict=True))
        )
        return f"Đại hội có {format_count(whole)} đại biểu. Trong đó, {items}."

    rates = ("rate-mismatch", "rate-rounding")
    assert alarm_findings(text(largest), rates) == []
    assert alarm_findings(text(half_up), rates) == []
    slipped = [half_up[0] + 2 * unit, *half_up[1:]]
    # The rule keeps quiet on a rate that holds against another count as its base, or that is
    # another count's share: the slipped share must fit none of them to be reported.
    fits = {
        (Decimal(100 * a) / Decimal(b)).quantize(unit, rounding="ROUND_HALF_UP")
        for a in [*counts, whole]
        for b in [*counts, whole]
        if a <= b
    }
    if len(counts) >= 3 and min(counts) >= 2 and slipped[0] not in fits:
        # The base is found: a share two units off its value is reported.
        assert [f.stated for f in alarm_findings(text(slipped), rates)] == [
            format_percent(slipped[0] / 100, digits=places)
        ]


# ---- fractions: a rate each unit reached is not the fraction's


def test_units_that_each_reached_100_are_no_rate_of_their_fraction() -> None:
    # "trong đó có 47/64 xã, phường đạt 100%": 47 communes each reached a turnout of 100 %.
    assert alarm_findings(harness.text_of("camau-baucu-2026-47xa")) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Toàn tỉnh có 47/64 xã, phường đạt 100%.", []),
        ("Đã khởi công 10.260/10.760 căn nhà (đạt 100%).", ["rate-mismatch"]),
        ("Toàn tỉnh có 47/64 xã, phường đạt 80%.", ["rate-mismatch"]),
    ],
)
def test_a_rate_of_100_after_a_fraction(text: str, codes: list[str]) -> None:
    assert [f.code for f in alarm_findings(text)] == codes
