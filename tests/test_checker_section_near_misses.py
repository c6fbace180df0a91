"""Rule 2d's near-misses on real text.

The cost of an item just counted ("2.530 căn nhà ... với tổng kinh phí 73,87 tỷ đồng") is not a
total of the section's amounts by level. Real text: An Giang, 2018
(tests/corpus/p15_two_measures.toml): the amounts raised by level, then the uses side by side,
each with its own cost. Until 2026-12-01 rule 2d read the first cost as the total of the amounts
by level (``parts-exceed-total``, a false alarm). Likewise the level of a council ("đại biểu HĐND
cấp tỉnh") is not the level of the figure (tests/corpus/p18_unseen.toml).
"""

from __future__ import annotations

from _checker_helpers import corpus
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

ANGIANG = "angiang-mttq-2018-poor-fund-received-spent"


def test_the_real_uses_are_siblings_only_the_real_slip_is_reported() -> None:
    found = [(f.code, f.stated, f.computed) for f in check_text(corpus(ANGIANG))]
    # The page's own slip (22,28 + 31,68 + 145,16 = 199,12, not 199,52), nothing else.
    assert found == [("total-mismatch", "199,52 tỷ đồng", "199.120.000.000 đồng")]


def test_a_cost_after_its_count_is_no_total_of_the_levels() -> None:
    text = (
        "Các cấp vận động được 199 tỷ đồng. Trong đó cấp tỉnh 22 tỷ đồng, cấp huyện 31 tỷ đồng "
        "và cấp xã 146 tỷ đồng. Quỹ xây 250 căn nhà với tổng kinh phí 30 tỷ đồng; sửa chữa 487 "
        "căn, tổng số tiền 3,9 tỷ đồng."
    )
    assert check_text(text) == []


def test_a_total_still_a_total_when_its_parts_follow() -> None:
    # "tổng số" before "trong đó" is the total of what follows, whatever came before it.
    text = (
        "Hội có 1.200 hội viên, tổng số 12 chi hội; trong đó cấp xã 5 chi hội, "
        "cấp huyện 4 chi hội, cấp tỉnh 2 chi hội."
    )
    assert [(f.code, f.stated, f.computed) for f in check_text(text)] == [
        ("total-mismatch", "12 chi hội", "11 chi hội")
    ]


def test_a_wrong_level_is_still_found_beside_the_costs() -> None:
    text = corpus(ANGIANG, "cấp xã là 145,16 tỷ đồng", "cấp xã là 145,56 tỷ đồng")
    assert [(f.code, f.stated) for f in check_text(text)] == []  # 22,28 + 31,68 + 145,56 = 199,52
    text = corpus(ANGIANG, "cấp huyện 31,68 tỷ đồng", "cấp huyện 81,68 tỷ đồng")
    assert [(f.code, f.stated, f.computed) for f in check_text(text)] == [
        ("total-mismatch", "199,52 tỷ đồng", "249.120.000.000 đồng")
    ]


@given(
    levels=st.lists(st.integers(1, 500), min_size=3, max_size=3),
    uses=st.lists(st.tuples(st.integers(2, 9_999), st.integers(1, 999)), min_size=1, max_size=5),
)
def test_costs_of_counted_uses_never_count_as_parts_or_totals(
    levels: list[int], uses: list[tuple[int, int]]
) -> None:
    a, b, c = levels
    spent = "; ".join(
        f"{'xây' if i % 2 == 0 else 'sửa chữa'} {n} căn nhà, "
        f"{'với tổng kinh phí' if i % 2 == 0 else 'tổng số tiền'} {x} tỷ đồng"
        for i, (n, x) in enumerate(uses)
    )
    text = (
        f"Các cấp vận động được {a + b + c} tỷ đồng. Trong đó cấp tỉnh {a} tỷ đồng, cấp huyện "
        f"{b} tỷ đồng và cấp xã {c} tỷ đồng. Từ nguồn vận động được, Quỹ đã {spent}."
    )
    assert [(f.code, f.stated) for f in check_text(text) if f.code != "date-format"] == []


# ---- the level of a council is not the level of the figure (fa-hunt, real text)

QH15 = "tw-qh15-nominations-1084"


def test_a_council_s_level_does_not_make_its_candidates_a_part() -> None:
    # "Về ứng cử đại biểu HĐND cấp tỉnh ..., tổng số người được giới thiệu ứng cử là 7.448
    # người": candidates of another election, not a provincial part of the 1.084 before.
    assert [f for f in check_text(corpus(QH15)) if f.severity.value != "info"] == []


def test_a_lone_level_of_its_own_is_no_part_across_sentences() -> None:
    # Until round 10 the 7.448 "cấp tỉnh" was a part exceeding the 1.084 before it; one figure
    # by level in another sentence than a total is no longer reported as exceeding it (it more
    # likely counts something else: test_checker_lead_fa).
    text = corpus(QH15, "đại biểu HĐND cấp tỉnh", "đại biểu cấp tỉnh")
    assert [f for f in check_text(text) if f.severity.value != "info"] == []


# ---- what each unit holds is not a breakdown (fa-hunt, real text)


def test_what_each_gift_holds_opens_no_breakdown() -> None:
    # "43 suất quà, mỗi suất gồm các nhu yếu phẩm ... ; 80 suất quà ...": the 80 are no part.
    found = check_text(corpus("hatinh-ctd-hoaiduc-123-gifts"))
    assert [(f.code, f.stated) for f in found if f.severity.value != "info"] == []


def test_a_real_breakdown_after_what_each_holds_is_still_read() -> None:
    text = "Hội trao 100 suất quà gồm 60 suất cho xã A và 50 suất cho xã B, mỗi suất gồm 10 kg gạo."
    assert [(f.code, f.stated) for f in check_text(text)] == [("total-mismatch", "100 suất")]


# ---- a breakdown in the next sentence by distinct named communes (rule 2d, continued)

CANTHO = "cantho-longhung-500-gifts"


def test_named_communes_in_the_next_sentence_cannot_exceed_their_total() -> None:
    assert check_text(corpus(CANTHO)) == []
    more = corpus(CANTHO, "Mỹ Tú 100 suất", "Mỹ Tú 150 suất")
    assert [(f.code, f.severity.value, f.stated, f.computed) for f in check_text(more)] == [
        ("total-mismatch", "error", "500 suất", "550 suất")
    ]
    # Fewer says nothing: "Trong đó" may name only some communes.
    fewer = corpus(CANTHO, "Mỹ Tú 100 suất", "Mỹ Tú 50 suất")
    assert [f for f in check_text(fewer) if f.severity.value != "info"] == []


def test_communes_and_a_district_may_nest_and_stay_quiet() -> None:
    nested = corpus(CANTHO, "xã Mỹ Tú 100 suất", "huyện Mỹ Tú 150 suất")
    assert [f for f in check_text(nested) if f.severity.value != "info"] == []
