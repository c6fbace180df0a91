"""Rule 2d (continued): totals broken down in the next sentence or paragraph, and fractions'
numerators that share out their denominator by grade.

Real paragraphs come from the corpus (tests/corpus/, read by id: public report text, never
the reference document's); the near-misses are short invented sentences; hypothesis
properties check the arithmetic: a finding exactly when the parts contradict the total.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import TOTALS, alarm_findings, case_table, corpus
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import extract
from hoiquanchung.checker._continued_totals import place_names, sum_verdict


def totals(text: str) -> list[tuple[str, int, str | None, Decimal | None]]:
    """The totals family's alarms: (code, line, stated, computed value)."""
    return [(f.code, f.line or 0, f.stated, f.computed_value) for f in alarm_findings(text, TOTALS)]


# ---------------------------------------------------------------- real paragraphs
def test_places_named_with_the_total_make_a_complete_breakdown() -> None:
    # "trao 110 suất quà ... trên địa bàn 2 xã Ia Ko và Ia Hrú." / "Theo đó, ... 55 suất quà
    # ... tại xã Ia Ko và 55 suất tại xã Ia Hrú."
    assert totals(corpus("gialai-ctd-110-gifts")) == []
    less = corpus("gialai-ctd-110-gifts", "và 55 suất", "và 50 suất")
    assert totals(less) == [("total-mismatch", 1, "110 suất", Decimal(105))]
    more = corpus("gialai-ctd-110-gifts", "trao 110 suất", "trao 100 suất")
    assert totals(more) == [("total-mismatch", 1, "100 suất", Decimal(110))]


def test_parallel_paragraphs_with_distinct_quoted_names_may_not_exceed_the_total() -> None:
    # "trao 53 suất học bổng ..." / "Trong đó trao 28 suất học bổng “...”" / "Trao 25 suất
    # học bổng “...”": two programmes, each on its own line, opening the same way.
    assert totals(corpus("binhdinh-hoainhon-scholarships")) == []
    more = corpus("binhdinh-hoainhon-scholarships", "Trao 25 suất", "Trao 85 suất")
    assert totals(more) == [("total-mismatch", 1, "53 suất học bổng", Decimal(113))]
    # "Trong đó" (among them) may name some programmes only: less is no finding.
    less = corpus("binhdinh-hoainhon-scholarships", "Trao 25 suất", "Trao 15 suất")
    assert totals(less) == []


def test_money_given_to_distinct_uses_may_not_exceed_the_total() -> None:
    # "tài trợ 100 triệu đồng. Trong đó, 20 triệu đồng ... để trao học bổng ..., mỗi năm 5
    # triệu đồng; 80 triệu đồng dùng để xây dựng căn nhà": the 5 triệu a year is no part.
    assert totals(corpus("gialai-iarsai-ctd-sponsor")) == []
    more = corpus("gialai-iarsai-ctd-sponsor", "Trong đó, 20 triệu", "Trong đó, 50 triệu")
    # The changed part also breaks its own "mỗi năm 5 triệu đồng" for 4 years (rule 2c).
    assert totals(more) == [
        ("total-mismatch", 1, "100 triệu đồng", Decimal(130_000_000)),
        ("total-mismatch", 1, "50 triệu đồng", Decimal(20_000_000)),
    ]
    assert totals(corpus("gialai-iarsai-ctd-sponsor", "; 80 triệu", "; 20 triệu")) == []


def test_numerators_share_out_the_denominator_by_grade() -> None:
    # "toàn huyện có 56/96 chi hội xuất sắc, 31 chi hội mạnh, 9 chi hội khá. ... không còn chi
    # hội trung bình. Riêng tổ hội, có 315/655 tổ hội đạt xuất sắc, 173 tổ hội mạnh và 104 tổ
    # hội khá." The tổ hội make 592 of 655: three grades of five, and nothing says the others
    # are empty for tổ hội, so the rule stays quiet on them.
    pid = "bentre-cholach-women-2011-grades"
    assert totals(corpus(pid)) == []
    assert totals(corpus(pid, "31 chi hội", "41 chi hội")) == [
        ("total-mismatch", 1, "96 chi hội", Decimal(106))
    ]
    # Less than the denominator: the grades below khá are said to be empty for chi hội.
    assert totals(corpus(pid, "9 chi hội", "8 chi hội")) == [
        ("total-mismatch", 1, "96 chi hội", Decimal(95))
    ]
    silent = corpus(pid, "không còn chi hội trung bình", "chi hội khá tăng")
    assert totals(silent.replace("9 chi hội", "8 chi hội", 1)) == []


# ---------------------------------------------------------------- near-misses: quiet
@pytest.mark.parametrize(
    "text",
    [
        # Examples, not the parts.
        "Hội trao 100 suất quà tại 2 xã An Bình và Tân Lộc. Cụ thể như: 30 suất quà tại xã"
        " An Bình và 20 suất tại xã Tân Lộc.",
        # Overlapping groups: nothing says the parts are distinct.
        "Toàn tỉnh có 500 hội viên. Trong đó, 300 hội viên nữ, 250 hội viên là đảng viên.",
        # Two figures of the noun before: which one is broken down is not guessed.
        "Năm 2023 trao 100 suất quà, năm 2024 trao 120 suất quà tại 2 xã An Bình và Tân Lộc."
        "\nTheo đó, trao 80 suất quà tại xã An Bình và 50 suất tại xã Tân Lộc.",
        # Another unit: kilograms of rice are no part of an amount in đồng.
        "Hội tiếp nhận 300 triệu đồng. Trong đó, 200 triệu đồng để xây nhà; 500 kg gạo để"
        " tặng hộ nghèo.",
        # A part in brackets, a part per unit: no sum claimed complete.
        "Hội trao 100 suất quà tại 2 xã An Bình và Tân Lộc. Theo đó, 60 suất tại xã An Bình"
        " (mỗi suất 500.000 đồng) và 20 suất tại xã Tân Lộc, mỗi xã 10 suất bổ sung.",
        # The sentence before is a breakdown itself.
        "Trong đó, Hội tặng 200 suất quà cho hộ nghèo.\nTheo đó, Hội trao 400 suất quà tại"
        " 2 xã An Bình và Tân Lộc.",
        # A malformed part: the malformed number is reported, not a sum built on it.
        "Hội trao 100 suất quà tại 2 xã An Bình và Tân Lộc. Theo đó, 55 suất tại xã An Bình"
        " và 4.55 suất tại xã Tân Lộc.",
        # Another year's figures.
        "Năm 2023, Hội trao 100 suất quà tại 2 xã An Bình và Tân Lộc.\nTheo đó, năm 2024 trao"
        " 60 suất quà tại xã An Bình và 30 suất tại xã Tân Lộc.",
        # Not on the next line: a blank line ends the reading.
        "Hội trao 110 suất quà tại 2 xã An Bình và Tân Lộc.\n\nTheo đó, trao 55 suất tại xã"
        " An Bình và 50 suất tại xã Tân Lộc.",
        # Grades with a part that is more than a grade (a change), and repeated grades.
        "Có 50/96 chi hội xuất sắc, tăng 60 chi hội khá so với năm trước.",
        "Có 56/96 chi hội xuất sắc, 31 chi hội xuất sắc năm trước, 29 chi hội khá.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert [c for c in totals(text) if c[0] == "total-mismatch"] == []


def test_one_total_is_reported_once() -> None:
    text = (
        "Hội trao 110 suất quà tại 2 xã An Bình và Tân Lộc.\n"
        "Theo đó, trao 55 suất tại xã An Bình và 50 suất tại xã Tân Lộc.\n"
        "Trao 5 suất tại xã An Bình."
    )
    found = totals(text)
    assert [c[:3] for c in found] == [("total-mismatch", 1, "110 suất")]


def test_place_names() -> None:
    assert place_names("trên địa bàn 2 xã Ia Ko và Ia Hrú.") == ("Ia Ko", "Ia Hrú")
    assert place_names("cho 3 huyện Mang Yang, Chư Păh và Đak Đoa") == (
        "Mang Yang",
        "Chư Păh",
        "Đak Đoa",
    )
    assert place_names("tại 3 xã Ia Ko và Ia Hrú") == ()  # the count disagrees
    assert place_names("tại xã Ia Ko") == ()  # one place is no breakdown


# ---------------------------------------------------------------- properties
counts = st.integers(min_value=1, max_value=5000)


@given(total=counts, a=counts, b=counts)
def test_complete_breakdown_by_places_property(total: int, a: int, b: int) -> None:
    text = (
        f"Hội trao {total} suất quà tại 2 xã An Bình và Tân Lộc.\n"
        f"Theo đó, trao {a} suất quà tại xã An Bình và {b} suất tại xã Tân Lộc."
    )
    expected = [] if a + b == total else [("total-mismatch", 1, f"{total} suất", a + b)]
    got = [(c, line, s, int(v or 0)) for c, line, s, v in totals(text) if c == "total-mismatch"]
    assert got == expected


@given(total=counts, a=counts, b=counts)
def test_distinct_programmes_property(total: int, a: int, b: int) -> None:
    text = (
        f"Ban tổ chức trao {total} suất học bổng.\n"
        f"Trong đó trao {a} suất học bổng “Vòng tay yêu thương”.\n"
        f"Trao {b} suất học bổng “Vì trẻ em biển đảo”."
    )
    found = [c for c in totals(text) if c[0] == "total-mismatch"]
    assert bool(found) == (a + b > total)


@given(
    total=st.integers(min_value=32, max_value=5000),  # "5/6" would be a date
    parts=st.lists(st.integers(min_value=0, max_value=3000), min_size=3, max_size=3),
)
def test_grades_property(total: int, parts: list[int]) -> None:
    first, second, third = parts
    first = min(first, total)  # a numerator within its denominator
    # Written as reports write them: "1.000", not "1000" ("1/1000" may be a number of a decision).
    first_, total_, second_, third_ = (
        f"{n:,}".replace(",", ".") for n in (first, total, second, third)
    )
    text = (
        f"Có {first_}/{total_} chi hội xuất sắc, {second_} chi hội vững mạnh, {third_} chi hội khá."
    )
    found = [c for c in totals(text) if c[0] == "total-mismatch"]
    assert bool(found) == (first + second + third > total)


@given(
    total=st.integers(min_value=0, max_value=10**6),
    parts=st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=8),
    complete=st.booleans(),
)
def test_sum_verdict_property(total: int, parts: list[int], complete: bool) -> None:
    [mention] = extract(f"{total:,} hội viên".replace(",", "."))
    got = sum_verdict(mention, [Decimal(p) for p in parts], complete=complete)
    wrong = sum(parts) > total or (complete and sum(parts) != total)
    assert got == (Decimal(sum(parts)) if wrong else None)


# ---------------------------------------------------------------- invented breakdowns
LEVELS = (
    "Năm 2024, Hội vận động được 1.200 triệu đồng. Trong đó, cấp tỉnh 500 triệu đồng;"
    " cấp huyện 400 triệu đồng; cấp xã 200 triệu đồng."
)
TWO_LEVELS = "Hội có 900 hội viên. Trong đó, cấp tỉnh 500 hội viên; cấp huyện 300 hội viên."
A_FEW_PLACES = (
    "Hội trao 100 suất quà tại 2 xã An Bình và Tân Lộc. Trong đó, 30 suất quà cho hộ"
    " nghèo xã An Bình, 20 suất quà cho hộ nghèo xã Tân Lộc."
)
MODELS = (
    "Đến nay, toàn huyện có 25 mô hình. Theo đó, 10 mô hình “Nhà sạch, vườn đẹp”, 8 mô hình"
    " “Tổ phụ nữ tiết kiệm” và 9 mô hình “5 không 3 sạch”."
)

#: (id, text, its totals alarms: code, line, stated, computed value).
CASES = [
    (
        "a new section ends the breakdown",
        "1. Quà Tết\nHội trao 110 suất quà tại 2 xã An Bình và Tân Lộc.\n"
        "2. Học bổng\nTheo đó, trao 55 suất tại xã An Bình và 50 suất tại xã Tân Lộc.",
        [],
    ),
    (
        "levels covering the whole after trong do are complete",
        LEVELS,
        [("total-mismatch", 1, "1.200 triệu đồng", Decimal(1_100_000_000))],
    ),
    ("levels covering the whole that add up", LEVELS.replace("cấp xã 200", "cấp xã 300"), []),
    # Two levels of three: "trong đó" may leave one out; only more than the total is wrong.
    ("two levels of three adding up to less", TWO_LEVELS, []),
    (
        "two levels of three adding up to more",
        TWO_LEVELS.replace("300 hội viên", "500 hội viên"),
        [("total-mismatch", 1, "900 hội viên", Decimal(1000))],
    ),
    ("places after trong do may be a few", A_FEW_PLACES, []),
    (
        "places after trong do adding up to more",
        A_FEW_PLACES.replace("20 suất", "80 suất"),
        [("total-mismatch", 1, "100 suất", Decimal(110))],
    ),
    # The 150 triệu disbursed are part of the 200 triệu for houses, not another use.
    (
        "a part of a part is no other use",
        "Năm 2024, Hội nhận 300 triệu đồng. Trong đó, 200 triệu đồng để xây nhà, đến nay đã"
        " giải ngân 150 triệu đồng để xây 3 căn.",
        [],
    ),
    (
        "two parallel uses adding up to more",
        "Hội nhận 300 triệu đồng. Trong đó, 200 triệu đồng để xây nhà; 150 triệu đồng để sửa nhà.",
        [("total-mismatch", 1, "300 triệu đồng", Decimal(350_000_000))],
    ),
    ("models named in quotes", MODELS, [("total-mismatch", 1, "25 mô hình", Decimal(27))]),
    ("models named in quotes that add up", MODELS.replace("9 mô hình", "7 mô hình"), []),
]


@case_table(("text", "expected"), CASES)
def test_invented_breakdowns(
    text: str, expected: list[tuple[str, int, str | None, Decimal | None]]
) -> None:
    assert totals(text) == expected
