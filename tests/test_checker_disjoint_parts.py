"""Rule 2 (totals): parts that are disjoint by name after *trong đó* may not exceed their total.

After *trong đó* a list may name only some parts, so fewer than the total says nothing; but
parts named by distinct administrative units of one tier, each with its proper name (*xã Long
Hưng*, *xã Mỹ Tú*), or by distinct kinds of one set of ``breakdown_kinds.toml`` (*hộ nghèo*,
*hộ cận nghèo*) cannot overlap, so more than the total is an error.  Real paragraphs come from
tests/corpus/p21_disjoint.toml; the near-misses (units of two tiers, unnamed units, the same
unit twice, overlapping groups) must stay quiet; a hypothesis property checks both sides.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import CORPUS, total_error, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._kinds import named_places
from hoiquanchung.findings import Severity
from hoiquanchung.numbers import format_number

P21 = [p for p in CORPUS.values() if p.file == "p21_disjoint.toml"]


def test_real_paragraphs_as_written_stay_quiet() -> None:
    assert len(P21) == 4
    assert {p.id: totals(p.text) for p in P21} == {p.id: [] for p in P21}


def test_the_real_share_out_between_two_communes_in_one_sentence() -> None:
    # The Cần Thơ paragraph's total and parts (tienphong.vn, 2026), written in one sentence.
    text = (
        "Các nhà tài trợ đã hỗ trợ tổng cộng 500 suất quà Tết, trong đó xã Long Hưng được phân "
        "bổ {} suất, xã Mỹ Tú 100 suất."
    )
    assert totals(text.format(400)) == []
    assert totals(text.format(450)) == [total_error("500 suất", 550)]
    assert totals(text.format(350)) == []  # fewer: other communes may have had the rest
    # ... and no information either: a list after "trong đó" may name some communes only.
    assert [f for f in check_text(text.format(350)) if f.code == "total-mismatch"] == []


# Disjoint parts above their total: (the sentence, the total as written, the parts' sum).
FLAGGED = {
    "communes": ("Hội trao 100 suất quà, trong đó 60 suất tại xã A, 50 suất tại xã B.", "100 suất"),
    "poverty-kinds": (
        "Hội trao 100 suất quà, trong đó 60 suất cho hộ nghèo, 50 suất cho hộ cận nghèo.",
        "100 suất",
    ),
    "classifier-alone": (
        "Hội xây 100 căn nhà, trong đó 60 căn tại xã A, 50 căn tại xã B.",
        "100 căn nhà",
    ),
    "classifier-with-noun": (
        "Hội xây 100 căn, trong đó 60 căn nhà tại xã A, 50 căn nhà tại xã B.",
        "100 căn",
    ),
    "districts": (
        "Tỉnh hỗ trợ 100 hộ, trong đó huyện Phụng Hiệp 20 hộ, thị xã Long Mỹ 90 hộ.",
        "100 hộ",
    ),
}


@pytest.mark.parametrize("case", sorted(FLAGGED))
def test_disjoint_parts_above_their_total_are_an_error(case: str) -> None:
    text, stated = FLAGGED[case]
    assert totals(text) == [total_error(stated, 110)]


def test_distinct_named_schools() -> None:
    text = (
        "Hội Khuyến học trao 100 suất học bổng, trong đó 60 suất cho Trường THCS Phú Thọ, {} "
        "suất cho Trường THCS Phú Mỹ."
    )
    assert totals(text.format(50)) == [total_error("100 suất học bổng", 110)]
    assert totals(text.format(40)) == []
    # A school without a name, a person named Trường: no evidence.
    assert totals(text.replace("Trường THCS Phú Thọ", "trường học vùng sâu").format(50)) == []
    assert (
        totals("Hội trao 100 suất, trong đó 60 suất do ông Trường trao, 50 suất do bà Lan.") == []
    )


def test_three_words_of_one_tier() -> None:
    text = (
        "Hội trao 100 suất quà, trong đó 40 suất tại xã Tân Phú, 35 suất tại phường Vị Tân và 30 "
        "suất tại thị trấn Ngã Sáu."
    )
    assert totals(text) == [total_error("100 suất", 105)]


# Near-misses: no evidence that the parts cannot overlap (each adds up to 110 of 100).
QUIET = [
    # Units of two tiers may nest; "thành phố" is a province or a district.
    "Hội xây 100 căn nhà, trong đó 60 căn tại huyện Phụng Hiệp, 50 căn tại xã Tân Phước Hưng.",
    "Hội trao 100 suất quà, trong đó 60 suất tại thành phố Vị Thanh, 50 suất tại TP. Ngã Bảy.",
    # Units without a proper name; one name twice (huyện and thị xã Long Mỹ were two units, but
    # a name twice is read as one); the same unit twice.
    "Hội trao 100 suất quà, trong đó 60 suất tại các xã vùng sâu, 50 suất tại xã Tân Phú.",
    "Hội trao 100 suất quà, trong đó 60 suất tại xã nghèo, 50 suất tại xã biên giới.",
    "Tỉnh hỗ trợ 100 hộ, trong đó huyện Long Mỹ 60 hộ, thị xã Long Mỹ 50 hộ.",
    "Hội trao 100 suất quà, trong đó 60 suất cho hộ nghèo xã A, 50 suất cho trẻ em xã A.",
    # Overlapping groups; one kind twice; no kind; two kinds in one part.
    "Hội có 100 hội viên, trong đó 60 hội viên nữ, 50 hội viên trẻ.",
    "Hội trao 100 suất quà, trong đó 60 suất cho hộ nghèo, 50 suất cho người nghèo.",
    "Hội hỗ trợ 100 hộ, trong đó 60 hộ cho vay hộ nghèo, 50 hộ cho vay hộ thoát nghèo.",
    "Hội trao 100 suất quà, trong đó 60 suất cho hộ nghèo và cận nghèo, 50 suất cho hộ cận nghèo.",
    # Examples; a lower bound; parts of another noun.
    "Hội trao 100 suất quà, trong đó như 60 suất tại xã A, 50 suất tại xã B.",
    "Hội trao hơn 100 suất quà, trong đó 60 suất tại xã A, 50 suất tại xã B.",
    "Hội viên góp 100 ngày công, trong đó 60 hội viên xã A, 50 hội viên xã B.",
]


def test_near_misses_stay_quiet() -> None:
    assert {text: totals(text) for text in QUIET} == {text: [] for text in QUIET}


def test_named_places_reads_one_unit_per_word() -> None:
    assert named_places("tại các thị xã và xã Hòa An") == [("commune", "Hòa An")]
    assert named_places("tại TP. Vị Thanh") == [(None, "Vị Thanh")]
    assert named_places("tại Phường 3") == [("commune", None)]  # a number is no proper name


# ---------------------------------------------------------------- properties
_NAMES = ["Tân Phú", "Long Mỹ", "Mỹ Tú", "Long Hưng", "Vị Thủy", "Ngã Sáu", "Hòa An", "Tân Bình"]
_UNITS = [("xã", "phường", "thị trấn"), ("huyện", "quận", "thị xã"), ("tỉnh",), ("Trường",)]
_NOUNS = [("suất quà", "suất"), ("căn nhà", "căn"), ("hộ", "hộ"), ("hội viên", "hội viên")]


@st.composite
def _lists(draw: st.DrawFn) -> tuple[str, int, list[int]]:
    """A total and its parts by distinct named units of one tier, or by poverty kind."""
    total_noun, part_noun = draw(st.sampled_from(_NOUNS))
    if draw(st.booleans()):
        words = draw(st.sampled_from(_UNITS))
        names = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=5, unique=True))
        labels = [f"tại {draw(st.sampled_from(words))} {name}" for name in names]
    else:
        labels = ["cho hộ nghèo", "cho hộ cận nghèo"]
    parts = draw(st.lists(st.integers(1, 5000), min_size=len(labels), max_size=len(labels)))
    total = draw(st.integers(1, 25000))
    items = ", ".join(
        f"{format_number(n)} {part_noun} {label}" for n, label in zip(parts, labels, strict=True)
    )
    return f"Hội trao {format_number(total)} {total_noun}, trong đó {items}.", total, parts


@given(_lists())
def test_disjoint_parts_above_the_total_always_flag_and_never_below(
    case: tuple[str, int, list[int]],
) -> None:
    text, total, parts = case
    errors = [f for f in check_text(text) if f.severity is Severity.ERROR]
    mismatches = [f for f in errors if f.code == "total-mismatch"]
    if sum(parts) > total:
        assert [f.computed_value for f in mismatches] == [Decimal(sum(parts))]
    else:
        assert errors == []
