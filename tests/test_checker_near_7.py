"""Totals near their parts, round 8: a marker (*gồm*) that follows a ``;`` and a subject of its
own introduces the parts of a count in its own clause, never those of the count before the
``;`` ("khuyết 02 đồng chí; BTV gồm 9 đồng chí, bầu 8 đồng chí, ...").

Real sentences from the corpus (tests/corpus/pending/p24_unseen_4_pending.toml; figures changed
only where a case says so), near-misses that must stay quiet, and hypothesis properties.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness
from _checker_helpers import rule_2_alarms, stated_alarms

# Measured or still waiting: a paragraph enters the measure once its misses are found.
PENDING = harness.every_paragraph()


alarms = stated_alarms
rule_2 = rule_2_alarms


# ------------------------------------------------------------------ a subject's own "gồm"
# http://hoinongdan-quangtri.org.vn/DesktopModules/tinvan/Print.aspx?id=2288
BCH33 = (
    "Số lượng BCH tỉnh Hội nhiệm kỳ 2018- 2023 là 33 đồng chí, tại Đại hội bầu 31 đồng chí, "
    "khuyết 02 đồng chí sẽ bầu bổ sung khi đủ điều kiện; BTV gồm 9 đồng chí, bầu 8 đồng chí, "
    "khuyết 01 đồng chí; Thường trực gồm 3 đồng chí, Chủ tịch và 02 Phó Chủ tịch."
)


def test_the_real_paragraph_is_quiet() -> None:
    assert alarms(PENDING["quangtri-hnd-2018-bch33"].text) == []
    assert alarms(BCH33) == []


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own before "gồm", after ";": the 9 are the BTV's
        "Ban Chấp hành khuyết 02 đồng chí; BTV gồm 9 đồng chí, bầu 8 đồng chí.",
        "Cấp huyện có 2 hội; cấp xã gồm 12 hội, 5 hội loại khá.",
        "Đã trao 3 suất quà; đợt hai bao gồm 40 suất cho hộ nghèo, 25 suất cho trẻ em.",
    ],
)
def test_a_gom_of_another_subject_after_a_semicolon_is_quiet(text: str) -> None:
    assert rule_2(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the marker right after ";" still lists the parts of the count before it
        ("Tổng số 50 đại biểu; gồm 30 đại biểu nam, 30 đại biểu nữ.", "total-mismatch"),
        ("Có 150 đại biểu; trong đó 100 đại biểu nam, 60 đại biểu nữ.", "total-mismatch"),
        # the subject's own total inside its clause is still checked
        ("Cấp huyện có 2 hội; cấp xã gồm 12 hội, trong đó 9 hội nam, 5 hội nữ.", None),
        ("Khuyết 02 đồng chí; BTV gồm 9 đồng chí, gồm 5 đồng chí nam, 5 đồng chí nữ.", None),
    ],
)
def test_the_marker_of_the_own_clause_still_reads(text: str, code: str | None) -> None:
    found = [c for c, _s, _c in rule_2(text)]
    assert found
    assert code is None or code in found


@given(
    st.integers(1, 9),
    st.integers(10, 500),
    st.integers(10, 500),
    st.sampled_from(["BTV", "Ban Thường vụ", "Thường trực", "cấp xã"]),
)
def test_property_no_part_of_a_count_across_its_subject(
    vacant: int, a: int, b: int, subject: str
) -> None:
    text = f"Khuyết {vacant:02d} đồng chí; {subject} gồm {a} đồng chí, {b} đồng chí."
    assert rule_2(text) == []


@given(st.integers(10, 500), st.integers(1, 300), st.integers(1, 300))
def test_property_a_bare_marker_after_a_semicolon_keeps_its_total(
    total: int, a: int, b: int
) -> None:
    text = f"Tổng số {total} đại biểu; gồm {a} đại biểu nam, {b} đại biểu nữ."
    codes = {code for code, _s, _c in rule_2(text)}
    assert ("total-mismatch" in codes) == (a + b != total)


# ------------------------------------------------------------------ seats: elected + left open
CORPUS = {p.id: p for p in harness.load()}


def _mutated(text: str, old: str, new: str, occurrence: int = 0) -> str:
    start, end = harness.occurrences(text, old)[occurrence]
    return text[:start] + new + text[end:]


@pytest.mark.parametrize(
    ("pid", "old", "new", "occurrence"),
    [
        ("quangtri-hnd-2018-bch33", "33", "31", 0),
        ("quangtri-hnd-2018-bch33", "02", "05", 0),
        ("quangtri-hnd-2018-bch33", "8", "7", 2),
        ("vinhphuc-bacninh-2011-local-councils", "277", "272", 0),
        ("vinhphuc-bacninh-2011-local-councils", "276", "286", 0),
    ],
)
def test_seats_elected_and_left_open_make_the_seats(
    pid: str, old: str, new: str, occurrence: int
) -> None:
    text = PENDING[pid].text
    assert harness.occurrences(text, old)[occurrence]  # the figure is there
    assert not [a for a in rule_2(text) if a[0] == "total-mismatch"]
    assert "total-mismatch" in {a[0] for a in rule_2(_mutated(text, old, new, occurrence))}


@pytest.mark.parametrize(
    "text",
    [
        # other persons: delegates at the congress, members elected to the committee
        "Đại hội có 150 đại biểu, bầu 31 đồng chí vào BCH, khuyết 2 đồng chí.",
        # alternate members (dự khuyết) are a kind of member, not seats left open
        "BCH có 200 ủy viên, bầu 180 ủy viên chính thức, dự khuyết 19 ủy viên.",
        # no clause break between the seats and the elected: the 31 is the seats' own verb
        "Ban Chấp hành 33 đồng chí bầu 31 đồng chí, khuyết 1 đồng chí.",
        # a qualified figure is no count of seats
        "BTV gồm khoảng 9 đồng chí, bầu 7 đồng chí, khuyết 01 đồng chí.",
        # the shortfall is of another noun
        "Có 277 đại biểu, trong đó trúng cử 276 đại biểu, thiếu 3 phiếu.",
    ],
)
def test_seats_near_misses_are_quiet(text: str) -> None:
    assert rule_2(text) == []


@given(st.integers(1, 300), st.integers(0, 300), st.integers(0, 20))
def test_property_seats_are_elected_plus_open(seats: int, elected: int, vacant: int) -> None:
    text = (
        f"Số lượng BCH là {seats} đồng chí, tại Đại hội bầu {elected} đồng chí, "
        f"khuyết {vacant:02d} đồng chí."
    )
    codes = [code for code, _s, _c in rule_2(text)]
    assert codes == ([] if elected + vacant == seats else ["total-mismatch"])


# ------------------------------------------------------------------ members of the Hội CCB
def test_ccb_members_by_what_they_served_as() -> None:
    text = CORPUS["tw-ccb-2022-members-flow"].text
    assert alarms(text) == []
    for old, new in (
        ("3.014.710", "3.014.712"),
        ("2.430.607", "2.433.607"),
        ("584.103", "284.103"),
    ):
        assert "total-mismatch" in {a[0] for a in alarms(_mutated(text, old, new))}, old


@pytest.mark.parametrize(
    "text",
    [
        # a trait beside one kind: not the whole
        "Toàn hội có 3.014.710 người, trong đó có 2.430.607 hội viên là CCB, 584.000 hội viên nữ.",
        # one kind alone is some of the members
        "Toàn hội có 3.014.710 hội viên, trong đó có 2.430.607 hội viên là CCB.",
        # a rival count of persons, the total's clause not naming the parts' noun
        "Có 36 cán bộ đại diện 3.014.710 người, trong đó 2.430.607 hội viên là CCB, "
        "584.000 hội viên là cựu quân nhân.",
    ],
)
def test_ccb_near_misses_are_quiet(text: str) -> None:
    assert rule_2(text) == []


@given(st.integers(1000, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_property_ccb_members_are_veterans_plus_former_soldiers(
    total: int, veterans: int, former: int
) -> None:
    text = (
        f"Nâng tổng số hội viên của toàn hội là {total} người, trong đó có {veterans} hội viên "
        f"là CCB, {former} hội viên là cựu quân nhân."
    )
    codes = [code for code, _s, _c in rule_2(text)]
    assert codes == ([] if veterans + former == total else ["total-mismatch"])


# ------------------------------------------------------------------ a bare count in a bracket
def test_houses_by_work_with_a_bare_last_count() -> None:
    text = PENDING["danang-ldld-2021-maiam-32"].text
    assert alarms(text) == []
    for old, new in (("54", "53"), ("39", "89"), ("15", "65")):
        assert "total-mismatch" in {a[0] for a in rule_2(_mutated(text, old, new))}, old


@pytest.mark.parametrize(
    "text",
    [
        # a place's number, not a count
        "Đã trao 53 nhà (sửa chữa 39 nhà, khu 15).",
        # labels that are no whole: a bare count is not read
        "Đã trao 53 nhà (tại xã A 39 nhà, xã B 15).",
        # a year
        "Đã trao 53 nhà (sửa chữa 39 nhà, xây mới 2015).",
    ],
)
def test_bare_count_near_misses_are_quiet(text: str) -> None:
    assert rule_2(text) == []


@given(st.integers(2, 500), st.integers(1, 300), st.integers(1, 300))
def test_property_houses_by_work_with_a_bare_count(total: int, repaired: int, new: int) -> None:
    text = f"Đã trao tặng {total} nhà (sửa chữa {repaired} nhà, xây mới {new}) trong năm."
    codes = [code for code, _s, _c in rule_2(text)]
    assert codes == ([] if repaired + new == total else ["total-mismatch"])


# ------------------------------------------------------------------ complements
def test_a_numerator_above_its_denominator_and_its_complement() -> None:
    text = PENDING["tw-lhpn-2020-women-in-committees"].text
    assert alarms(text) == []
    mutated = _mutated(text, "27", "97", 1)
    assert ("total-mismatch", "43 tỉnh") in {(a[0], a[1]) for a in alarms(mutated)}
