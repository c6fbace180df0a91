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

from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._text import Splitter
from hoiquanchung.checker._totals import check_totals
from hoiquanchung.findings import Severity

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness

PENDING = {p.id: p for p in harness.load(Path(__file__).parent / "corpus" / "pending")}


def alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    """The findings of *text* that assert an error (warning or error)."""
    return [
        (f.code, f.stated, f.computed) for f in check_text(text) if f.severity >= Severity.WARNING
    ]


def rule_2(text: str) -> list[tuple[str, str | None, str | None]]:
    """The warnings and errors of rule 2 alone on *text* (one paragraph)."""
    return [
        (f.code, f.stated, f.computed)
        for para in Splitter().feed(text)
        for f in check_totals(ParagraphContext.of(para))
        if f.severity >= Severity.WARNING
    ]


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
