"""Rule shares (far-4): *thành phần đại biểu* ("the make-up of the deputies") says the
percentages that follow are shares of one whole.

Real sentence from the corpus (p23_pending_entered.toml; it waited in pending/ until round 6),
the seats of the 15th National Assembly: "Thành phần đại biểu Quốc hội ở các cơ quan Trung ương
là 207 đại biểu (41,4%) và đại biểu Quốc hội ở các địa phương là 293 đại biểu (58,6%).", the
near-misses that must stay quiet,
and a hypothesis property: two shares of distinct parts are reported exactly when no values
that round to them make 100 % or less.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness

SEATS = (
    "Thành phần đại biểu Quốc hội ở các cơ quan Trung ương là 207 đại biểu ({a}%) và đại biểu"
    " Quốc hội ở các địa phương là 293 đại biểu ({b}%)."
)


SHARES = "share-sum-mismatch"
TOTAL = "total-mismatch"


def found(code: str, text: str) -> list[tuple[str | None, str | None]]:
    """The findings of *code* in *text*: stated, computed."""
    return [(f.stated, f.computed) for f in check_text(text) if f.code == code]


def test_the_real_sentence_is_quiet() -> None:
    assert found(SHARES, SEATS.format(a="41,4", b="58,6")) == []


def test_a_share_changed_is_reported() -> None:
    assert found(SHARES, SEATS.format(a="41,8", b="58,6")) == [("41,8% + 58,6%", "100%")]
    assert found(SHARES, SEATS.format(a="41,4", b="78,6")) == [("41,4% + 78,6%", "100%")]


def test_the_finding_is_bilingual() -> None:
    [finding] = list(check_text(SEATS.format(a="41,8", b="58,6")))
    assert finding.code == "share-sum-mismatch"
    assert finding.render("vi") != finding.render("en")
    assert "100,4" in finding.render("vi")


def test_near_misses_stay_quiet() -> None:
    # Less than 100 %: a central body and a local one need not be all (others work elsewhere:
    # "126 đại biểu ... ở Trung ương (chiếm 25%), 67 ... ở địa phương (chiếm 14%). Còn lại 61%").
    assert found(SHARES, SEATS.format(a="31,4", b="58,6")) == []
    # Without the cue, nothing says the percentages are shares of one whole.
    plain = SEATS.replace("Thành phần đại biểu", "Đại biểu")
    assert found(SHARES, plain.format(a="41,8", b="58,6")) == []
    # A change beside a percentage: rates of different bases.
    changed = SEATS.format(a="41,8", b="58,6")
    changed = changed.replace("(41,8%)", "(41,8%), tăng 2% so với khóa trước,")
    assert "tăng 2%" in changed
    assert found(SHARES, changed) == []
    # The make-up of something else than a body of persons ("thành phần kinh tế") is no cue.
    economy = "Thành phần kinh tế nhà nước ở Trung ương 60,5% và ở địa phương 45,5%."
    assert found(SHARES, economy) == []
    # Parts of no one dimension (farmers, party members) may overlap.
    assert found(SHARES, "Thành phần hội viên: 60,5% là nông dân, 45,5% là đảng viên.") == []


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=0, max_value=1000))
def test_reported_exactly_when_more_than_the_whole(a: int, b: int) -> None:
    # Two shares at one decimal admit ± 0,05 each: they contradict the whole when even the
    # smallest values that round to them exceed 100 %; less than 100 % is no evidence here.
    def tenths(n: int) -> str:
        return f"{n // 10},{n % 10}"

    reported = found(SHARES, SEATS.format(a=tenths(a), b=tenths(b)))
    assert bool(reported) == (a + b > 1001)


# ---------------------------------------------------------------- counts of shares, whole before
# "Trong số 499 trường hợp trúng cử đại biểu Quốc hội khoá XV ..." and, lines below, the
# deputies by ethnicity, age, education: shares of a complete dimension, each with its count,
# the whole not named again (pending/p18_unseen_pending.toml, tw-qh15-499-structure).
STRUCTURE = {p.id: p for p in harness.load(Path(__file__).parent / "corpus" / "pending")}[
    "tw-qh15-499-structure"
].text
ETHNICITY = (
    "Trong số {w} đại biểu Quốc hội khoá XV có nhiều thành phần.\n"
    "Về cơ cấu thành phần dân tộc, có {p}% là người dân tộc Kinh ({a} người) và {q}% đại biểu"
    " thuộc các dân tộc thiểu số ({b} người)."
)


def _changed(text: str, old: str, new: str) -> str:
    [(start, end)] = harness.occurrences(text, old)
    return text[:start] + new + text[end:]


def test_the_real_structure_is_quiet() -> None:
    assert found(TOTAL, STRUCTURE) == []


@pytest.mark.parametrize(
    ("old", "new", "computed"),
    [
        ("(410 người)", "(460 người)", 549),
        ("(89 người)", "(39 người)", 449),
        ("452 trường hợp", "852 trường hợp", 899),
        ("47 người", "87 người", 539),
        ("392 người", "492 người", 599),
    ],
)
def test_a_count_changed_is_reported_against_the_whole(old: str, new: str, computed: int) -> None:
    # The whole is written "499 trường hợp" in the first line, "499 đại biểu" in the fifth.
    text = _changed(STRUCTURE, old, new)
    values = [(f.stated_value, f.computed_value) for f in check_text(text) if f.code == TOTAL]
    assert values == [(499, computed)]


def test_counts_of_a_part_of_the_whole_stay_quiet() -> None:
    # 82 % and 18 % of the 151 women: the counts make their own whole, not the 499.
    assert found(TOTAL, ETHNICITY.format(w=499, p=82, a=124, q=18, b=27)) == []
    # The counts contradict their shares, but no count of the section is their whole.
    assert found(TOTAL, ETHNICITY.format(w=499, p=82, a=124, q=18, b=37)) == []
    # Two wholes of different values fit: which one is broken down is not guessed.
    two = ETHNICITY.replace("có nhiều", "và 501 đại biểu khoá XIV có nhiều")
    assert found(TOTAL, two.format(w=499, p=82, a=410, q=18, b=39)) == []
    # A central and a local body need not be all: no complete dimension, no sum.
    central = (
        "Trong số 499 đại biểu có nhiều thành phần.\n"
        "Có 25% ở Trung ương (126 người) và 14% ở địa phương (97 người)."
    )
    assert found(TOTAL, central) == []


@given(
    st.integers(min_value=20, max_value=999),
    st.fractions(min_value=0, max_value=1),
    st.integers(min_value=-50, max_value=50),
)
def test_reported_exactly_when_the_counts_leave_their_shares(
    whole: int, ratio: Fraction, change: int
) -> None:
    # Shares written to the unit (half up) from a whole, its counts a + b; b then changed.
    a = int(whole * ratio)
    b = whole - a
    p = int(Fraction(100 * a, whole) + Fraction(1, 2))
    q = 100 - p
    b2 = b + change
    assume(b2 >= 0 and a + b2 > 0)
    text = ETHNICITY.format(w=whole, p=p, a=a, q=q, b=b2)
    reported = [(f.stated_value, f.computed_value) for f in check_text(text) if f.code == TOTAL]

    def fits(share: int, count: int, base: int) -> bool:
        return abs(Fraction(100 * count, base) - share) <= Fraction(1, 2)

    contradicts = not (fits(p, a, a + b2) and fits(q, b2, a + b2))
    assert (reported != []) == (change != 0 and contradicts)
    if reported:
        assert reported == [(whole, a + b2)]
