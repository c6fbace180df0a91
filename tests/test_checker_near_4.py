"""Totals near their parts, issue 9 (round 6): a bracket of parts after the total's clause or
opening with a marker, a total in *người* with its parts in one noun of persons, and a label
cut by a comma inside it.

Real sentences from the corpus (tests/corpus/p20_unseen_2.toml kiengiang-hnd-2022-members,
p18_unseen.toml tw-qh16-500-seats-plan; figures changed only where a case says so), near-misses
that must stay quiet, and hypothesis properties: such lists are reported exactly when their
parts do not make the total.
"""

from __future__ import annotations

import pytest
from _checker_helpers import changed, corpus, sum_is_checked, total_error, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker._kinds import person_nouns
from hoiquanchung.numbers import format_number

LEVELS = "kiengiang-hnd-2022-members"
SEATS = "tw-qh16-500-seats-plan"
CLAUSE = "Kết quả đã có 554 hộ nông dân đăng ký, đạt 100,3% chỉ tiêu giao ({})."


# ------------------------------------------------------------------ real paragraphs
def test_the_real_paragraphs_are_quiet() -> None:
    assert totals(corpus(LEVELS)) == []
    assert totals(corpus(SEATS)) == []


def test_a_level_bracket_after_the_totals_clause_is_summed() -> None:
    text = changed(LEVELS, "cấp xã 538 hộ", "cấp xã 530 hộ")
    assert totals(text) == [total_error("554 hộ", 546)]


@pytest.mark.parametrize(
    ("old", "new", "stated", "computed"),
    [
        (
            "dự kiến 17 đại biểu",
            "dự kiến 16 đại biểu",
            "38 người",
            37,
        ),  # TP.HCM, "với ..., trong đó"
        ("11 đại biểu do", "12 đại biểu do", "21 người", 22),  # An Giang, "; trong đó"
    ],
)
def test_persons_of_one_kind_after_a_total_in_nguoi_are_summed(
    old: str, new: str, stated: str, computed: int
) -> None:
    assert totals(changed(SEATS, old, new)) == [total_error(stated, computed)]


# ------------------------------------------------------------------ brackets
@pytest.mark.parametrize(
    "inside",
    [
        "trong đó: cấp tỉnh có 3 hộ, cấp huyện có 13 hộ, cấp xã 530 hộ",
        "gồm cấp tỉnh 3 hộ, cấp huyện 13 hộ, cấp xã 530 hộ",
        "cấp tỉnh có 3 hộ; cấp huyện có 13 hộ; cấp xã 530 hộ",
    ],
)
def test_a_bracket_of_levels_is_summed_with_or_without_a_marker(inside: str) -> None:
    assert totals(CLAUSE.format(inside)) == [total_error("554 hộ", 546)]
    assert totals(f"Đã có 554 hộ ({inside}).") == [total_error("554 hộ", 546)]


# ------------------------------------------------------------------ persons


def test_the_person_nouns_are_persons() -> None:
    assert {"đại biểu", "hội viên", "ủy viên"} <= person_nouns()
    assert not {"hộ", "suất", "người"} & person_nouns()


# ------------------------------------------------------------------ properties
counts = st.integers(min_value=1, max_value=99_999)


@given(counts, counts, counts, counts, st.booleans())
def test_a_level_bracket_is_reported_exactly_when_it_does_not_add_up(
    total: int, a: int, b: int, c: int, marked: bool
) -> None:
    inside = (
        f"cấp tỉnh có {format_number(a)} hộ, cấp huyện có {format_number(b)} hộ, "
        f"cấp xã {format_number(c)} hộ"
    )
    if marked:
        inside = "trong đó: " + inside
    text = (
        f"Kết quả đã có {format_number(total)} hộ nông dân đăng ký, đạt 98,5% chỉ tiêu "
        f"giao ({inside})."
    )
    sum_is_checked(totals(text), total, a + b + c, a + b + c)


@given(counts, counts, counts, st.sampled_from(sorted(person_nouns())))
def test_persons_split_by_body_are_reported_exactly_when_they_do_not_add_up(
    total: int, central: int, local: int, noun: str
) -> None:
    text = (
        f"Tỉnh dự kiến có {format_number(total)} người, trong đó {format_number(central)} "
        f"{noun} do các cơ quan, tổ chức ở trung ương giới thiệu, {format_number(local)} "
        f"{noun} do các cơ quan, tổ chức ở địa phương giới thiệu."
    )
    sum_is_checked(totals(text), total, central + local, central + local)


# ------------------------------------------------------------------ "Trong N ..." heads
# VnExpress, Ban Chấp hành Trung ương khóa XIV (2026): tests/corpus/pending/p18_unseen_pending.toml.
COMMITTEE = (
    "Trong 180 ủy viên chính thức, các nhân sự Trung ương vẫn chiếm đa số với 123 người, còn "
    "địa phương {} người. So với nhiệm kỳ trước, khối địa phương giảm khoảng 10 người."
)


def test_a_head_trong_n_with_parts_in_nguoi_is_summed() -> None:
    assert totals(COMMITTEE.format(57)) == []
    assert totals(COMMITTEE.format(50)) == [total_error("180 ủy viên chính", 173)]


# ------------------------------------------------------------------ near-misses
# Brackets, persons and heads a careful reader would not sum, each named by the reason.
QUIET = (
    pytest.param(
        "Đã có 554 hộ đăng ký tại 12 xã (cấp tỉnh có 3 hộ, cấp huyện có 13 hộ, cấp xã 530 hộ).",
        id="Another count between the total and the bracket: the bracket may be its parts.",
    ),
    pytest.param(
        "Đã có 554 hộ đăng ký; tập huấn (cấp tỉnh có 3 hộ, cấp huyện 13 hộ, cấp xã 530 hộ).",
        id='A new clause after ";": the bracket is no list of the total before it.',
    ),
    pytest.param(
        "Đã có 554 hộ đăng ký, đạt 100,3% (trong đó như cấp tỉnh 3 hộ, cấp xã 530 hộ).",
        id="Examples, not the parts.",
    ),
    pytest.param(
        "Đã có 554 hộ đăng ký, đạt 100,3% (cấp tỉnh 3 người, cấp huyện 13 người, xã 530 người).",
        id="Parts of another noun.",
    ),
    pytest.param(
        "Đã có hơn 554 hộ đăng ký, đạt 100,3% (cấp tỉnh 3 hộ, cấp huyện 13 hộ, cấp xã 530 hộ).",
        id="A lower bound is never summed.",
    ),
    pytest.param(
        "Đã có 554 hộ đăng ký, đạt 100,3% (với cấp tỉnh là 3 hộ, cấp xã là 530 hộ).",
        id='"với" in a bracket is no list.',
    ),
    pytest.param(
        "Đã có 554 hộ đăng ký, đạt 100,3% (trong đó cấp tỉnh 3 hộ, cấp huyện 13 hộ).",
        id="Some levels only, fewer than the total: a level may have been left out.",
    ),
    pytest.param(
        "Tỉnh có 38 người, trong đó 17 hộ ở trung ương, 20 hộ ở địa phương.",
        id="Parts in households are no persons.",
    ),
    pytest.param(
        "Tỉnh có 38 người, trong đó 17 đại biểu ở trung ương, 20 hội viên ở địa phương.",
        id="Parts in two nouns of persons: not one breakdown.",
    ),
    pytest.param(
        "Tỉnh có 38 người, trong đó 17 đại biểu do các cơ quan, tổ chức ở trung ương giới "
        "thiệu, 20 đại biểu trẻ, các đại biểu ở địa phương.",
        id="An item after a comma that names the noun again is an entry of its own.",
    ),
    pytest.param(
        "Tỉnh có 38 người, trong đó 17 đại biểu trẻ, 20 đại biểu tái cử.",
        id="No dimension in the labels.",
    ),
    pytest.param(
        "Trong 3 năm, Hội vận động 300 triệu đồng, cấp tỉnh 100 triệu đồng, cấp huyện 150 "
        "triệu đồng, cấp xã 20 triệu đồng.",
        id="A span of time is no total of counts.",
    ),
    pytest.param(
        "Trong 180 ủy viên chính thức, có 123 người tái cử, 50 người tham gia lần đầu.",
        id="No dimension labels the parts.",
    ),
    pytest.param(
        "Trong 180 hộ, Trung ương có 123 người, còn địa phương 50 người.",
        id="Households are no persons of a kind.",
    ),
    pytest.param(
        "Trong 180 ủy viên, Trung ương có 123 người, còn địa phương 50 đại biểu.",
        id="Parts in two nouns.",
    ),
)


@pytest.mark.parametrize("text", QUIET)
def test_the_near_misses_stay_quiet(text: str) -> None:
    assert not totals(text), text
