"""A whole broken down in shares of one complete dimension, each share with its count.

"trong số 499 đại biểu ... có 30% là nữ giới (tương đương 151 người) và 70% nam giới (tương
đương 348 người)": the shares make 100 % of a dimension that has no other value (*nam*, *nữ*),
so the counts beside them must make the whole named before them (rule shares, ``total-mismatch``).
A real sentence (a national report on the deputies of the 15th National Assembly, kept in
tests/corpus/pending/p18_unseen_pending.toml: ``tw-qh15-499-structure``), the near-misses that
must stay quiet, and a hypothesis property.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Severity

# The real sentence (tw-qh15-499-structure, its fifth line), as the page writes it.
REAL = (
    "Về tỷ lệ giới tính, trong số 499 đại biểu Quốc hội mới trúng cử khoá XV có 30% là nữ giới "
    "(tương đương 151 người) và 70% nam giới (tương đương 348 người)."
)


def totals(text: str) -> list[tuple[str | None, str | None]]:
    """The total-mismatch findings of *text*: stated total, computed sum."""
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


def test_real_sentence_is_quiet() -> None:
    assert check_text(REAL) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("499 đại biểu", "479 đại biểu", "499 đại biểu"),  # the whole
        ("151 người", "153 người", "501 đại biểu"),  # a count
        ("348 người", "343 người", "494 đại biểu"),
    ],
)
def test_real_sentence_mutated(old: str, new: str, computed: str) -> None:
    text = REAL.replace(old, new)
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert [(f.stated, f.computed) for f in found] == [
        (new if old.startswith("499") else "499 đại biểu", computed)
    ]
    assert found[0].severity is Severity.ERROR
    assert "151" in found[0].message_vi or "153" in found[0].message_vi


@pytest.mark.parametrize(
    "text",
    [
        # Counts before their bracketed shares.
        "Trong số 499 đại biểu có 151 đại biểu nữ (chiếm 30%) và 345 đại biểu nam (chiếm 70%).",
        # Age groups: the age figures are labels, the counts after ", tương đương".
        "Trong số 499 đại biểu, đại biểu từ 40 tuổi trở lên chiếm 91%, tương đương 452 người "
        "và đại biểu dưới 40 tuổi chiếm 9%, tương đương 40 người.",
        # Education: above, at and below a degree.
        "Trong số 499 đại biểu, có 78,55% trên đại học (392 người), 21,24% đại học (106 người), "
        "0,20% dưới đại học (3 người).",
        "Trong tổng số 650 đại biểu, 48% là nữ (313 người), 52% là nam (330 người).",
    ],
)
def test_variants_are_reported(text: str) -> None:
    assert len(totals(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The counts make the whole.
        "Trong số 499 đại biểu có 151 đại biểu nữ (chiếm 30%) và 348 đại biểu nam (chiếm 70%).",
        "Trong số 499 đại biểu, đại biểu từ 40 tuổi trở lên chiếm 91%, tương đương 452 người "
        "và đại biểu dưới 40 tuổi chiếm 9%, tương đương 47 người.",
        # Two dimensions: nothing says the list is complete.
        "Trong số 499 đại biểu có 30% nữ (151 người), 14% dân tộc thiểu số (70 người).",
        # One part only.
        "Trong số 499 đại biểu có 30% là nữ (151 người).",
        # Counts of another noun than the whole's (households of 50 communes).
        "Trong số 50 xã, 30% hộ do nữ làm chủ (120 hộ) và 70% do nam làm chủ (280 hộ).",
        # Nothing says the figure before the shares is their whole.
        "Năm 2024 có 499 đại biểu, 30% nữ (151 người) và 70% nam (345 người).",
        # Two figures before the shares: which one they break down is not guessed.
        "Trong số 499 đại biểu, 12 người vắng mặt, 30% là nữ (151 người) và 70% là nam "
        "(345 người).",
        # Shares that do not make 100 %: no evidence that the counts make the whole.
        "Trong số 499 đại biểu có 30% là nữ (151 người) và 60% là nam (300 người).",
        # Counts with a bound are no exact parts.
        "Trong số 499 đại biểu có 30% là nữ (khoảng 151 người) và 70% là nam (khoảng 345 người).",
        # A change beside a share: not a share of one whole.
        "Trong số 499 đại biểu có 30% là nữ (151 người), tăng 2% và 70% là nam (345 người).",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert totals(text) == []


def _share(part: int, whole: int) -> Decimal:
    return (Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(
    st.integers(min_value=1, max_value=5000),
    st.integers(min_value=1, max_value=5000),
    st.integers(min_value=-40, max_value=40),
    st.booleans(),
)
def test_counts_of_complete_shares_are_reported_exactly_when_they_miss_the_whole(
    women: int, men: int, change: int, counts_first: bool
) -> None:
    whole = women + men
    stated = whole + change
    assume(stated > 0)
    s_women, s_men = _share(women, whole), _share(men, whole)
    assume(0 < s_women < 100 and 0 < s_men < 100)
    if counts_first:
        items = (
            f"{_grouped(women)} đại biểu nữ (chiếm {s_women}%) và "
            f"{_grouped(men)} đại biểu nam (chiếm {s_men}%)"
        )
    else:
        items = (
            f"{s_women}% là nữ (tương đương {_grouped(women)} người) và "
            f"{s_men}% là nam (tương đương {_grouped(men)} người)"
        )
    text = f"Trong số {_grouped(stated)} đại biểu có {items}."
    found = totals(text)
    if change == 0:
        assert found == []
    else:
        assert found
        assert found[0][0] == f"{_grouped(stated)} đại biểu"


# ---------------------------------------------------------- shares going on in the next sentence
# The real paragraph tw-xiii-delegate-kinds-shares (tests/corpus/p18_unseen.toml), its second line.
XIII = (
    "Trong tổng số 1587 đại biểu dự Đại hội, đại biểu đương nhiên chiếm tỷ lệ 12,04%, đại biểu "
    "được bầu tại các Đại hội trực thuộc Trung ương 87,02%. Đại biểu chỉ định chiếm tỷ lệ 0,95%; "
    "Đại biểu nữ chiếm tỷ lệ 13,99%; Đại biểu là người dân tộc thiểu số chiếm tỷ lệ 11,03%"
)
# The real paragraph tw-qh15-499-structure (pending), its first line (cut).
REST = (
    "Trong số 499 trường hợp trúng cử đại biểu Quốc hội khoá XV (nhiệm kỳ 2021 - 2026) có 126 "
    "đại biểu đang hoạt động, làm nhiệm vụ chuyên trách ở Trung ương (chiếm 25%), 67 đại biểu "
    "hoạt động chuyên trách ở địa phương (chiếm 14%). Còn lại 61% đại biểu Quốc hội- tương đương "
    "306 người đang hoạt động, làm việc ở các cơ quan, đơn vị sự nghiệp khác."
)


def shares_found(text: str) -> list[str | None]:
    return [f.stated for f in check_text(text) if f.code == "share-sum-mismatch"]


@pytest.mark.parametrize("text", [XIII, REST])
def test_real_continued_shares_are_quiet(text: str) -> None:
    assert shares_found(text) == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (XIII, "12,04%", "12,08%"),
        (XIII, "87,02%", "87,12%"),
        (XIII, "0,95%;", "0,55%;"),  # the share the next sentence adds
        (REST, "14%", "44%"),  # above 100 % with the rest
        (REST, "61%", "51%"),  # the rest makes 90 %: short of the whole
    ],
)
def test_real_continued_shares_mutated(text: str, old: str, new: str) -> None:
    assert text.count(old) == 1
    assert len(shares_found(text.replace(old, new))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The next sentence's share is of another dimension (sex), not the missing kind.
        XIII.replace("Đại biểu chỉ định chiếm tỷ lệ 0,95%", "Đại biểu nữ chiếm tỷ lệ 0,55%"),
        # Two kinds of three, and nothing after them: they may leave the third out.
        "Đại biểu đương nhiên chiếm tỷ lệ 12,04%, đại biểu được bầu chiếm 80,02%.",
        # The rest named with a value the sentence before has ("tốt" twice): no rest.
        "Trong đó hội viên xuất sắc chiếm 30%, tốt chiếm 20%. Còn lại 10% xếp loại tốt.",
        # A figure before the next sentence's share: no continuation.
        "Trong đó hội viên xuất sắc chiếm 30%, tốt chiếm 20%. Năm 2024 còn lại 10% khá.",
        # A word of another base beside the rest.
        "Trong đó hội viên xuất sắc chiếm 30%, tốt chiếm 20%. Còn lại 10% so với kế hoạch.",
        # "trực thuộc Trung ương" is no nomination: two shares of the delegates only.
        "Đại biểu đương nhiên chiếm 12%, đại biểu được bầu tại các Đại hội trực thuộc Trung ương "
        "80%.",
    ],
)
def test_continued_near_misses_stay_quiet(text: str) -> None:
    assert shares_found(text) == []


@given(
    st.lists(st.integers(min_value=1, max_value=97), min_size=2, max_size=2),
    st.integers(min_value=-20, max_value=20),
)
def test_the_rest_makes_the_whole_exactly_when_reported(first: list[int], change: int) -> None:
    a, b = first
    rest = 100 - a - b
    assume(rest > 0 and 0 <= rest + change <= 100)
    text = (
        f"Trong đó hội viên xuất sắc chiếm {a}%, hội viên tốt chiếm {b}%. "
        f"Còn lại {rest + change}% hội viên xếp loại khá."
    )
    # Three whole percents admit ± 1,5 % together: a change of 1 is within their rounding.
    assert bool(shares_found(text)) == (abs(change) >= 2)
