"""Rule shares (far-4): *thành phần đại biểu* ("the make-up of the deputies") says the
percentages that follow are shares of one whole.

Real sentence from the corpus (pending/p18_unseen_pending.toml, the seats of the 15th National
Assembly: "Thành phần đại biểu Quốc hội ở các cơ quan Trung ương là 207 đại biểu (41,4%) và đại
biểu Quốc hội ở các địa phương là 293 đại biểu (58,6%)."), the near-misses that must stay quiet,
and a hypothesis property: two shares of distinct parts are reported exactly when no values
that round to them make 100 % or less.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

SEATS = (
    "Thành phần đại biểu Quốc hội ở các cơ quan Trung ương là 207 đại biểu ({a}%) và đại biểu"
    " Quốc hội ở các địa phương là 293 đại biểu ({b}%)."
)


def shares(text: str) -> list[tuple[str | None, str | None]]:
    """The share-sum-mismatch findings of *text*: stated, computed."""
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "share-sum-mismatch"]


def test_the_real_sentence_is_quiet() -> None:
    assert shares(SEATS.format(a="41,4", b="58,6")) == []


def test_a_share_changed_is_reported() -> None:
    assert shares(SEATS.format(a="41,8", b="58,6")) == [("41,8% + 58,6%", "100%")]
    assert shares(SEATS.format(a="41,4", b="78,6")) == [("41,4% + 78,6%", "100%")]


def test_the_finding_is_bilingual() -> None:
    [finding] = list(check_text(SEATS.format(a="41,8", b="58,6")))
    assert finding.code == "share-sum-mismatch"
    assert finding.render("vi") != finding.render("en")
    assert "100,4" in finding.render("vi")


def test_near_misses_stay_quiet() -> None:
    # Less than 100 %: a central body and a local one need not be all (others work elsewhere:
    # "126 đại biểu ... ở Trung ương (chiếm 25%), 67 ... ở địa phương (chiếm 14%). Còn lại 61%").
    assert shares(SEATS.format(a="31,4", b="58,6")) == []
    # Without the cue, nothing says the percentages are shares of one whole.
    plain = SEATS.replace("Thành phần đại biểu", "Đại biểu")
    assert shares(plain.format(a="41,8", b="58,6")) == []
    # A change beside a percentage: rates of different bases.
    changed = SEATS.format(a="41,8", b="58,6")
    changed = changed.replace("(41,8%)", "(41,8%), tăng 2% so với khóa trước,")
    assert "tăng 2%" in changed
    assert shares(changed) == []
    # The make-up of something else than a body of persons ("thành phần kinh tế") is no cue.
    economy = "Thành phần kinh tế nhà nước ở Trung ương 60,5% và ở địa phương 45,5%."
    assert shares(economy) == []
    # Parts of no one dimension (farmers, party members) may overlap.
    assert shares("Thành phần hội viên: 60,5% là nông dân, 45,5% là đảng viên.") == []


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=0, max_value=1000))
def test_reported_exactly_when_more_than_the_whole(a: int, b: int) -> None:
    # Two shares at one decimal admit ± 0,05 each: they contradict the whole when even the
    # smallest values that round to them exceed 100 %; less than 100 % is no evidence here.
    def tenths(n: int) -> str:
        return f"{n // 10},{n % 10}"

    found = shares(SEATS.format(a=tenths(a), b=tenths(b)))
    assert bool(found) == (a + b > 1001)
