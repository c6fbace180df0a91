"""A false alarm of the round-11 hunt (hunt13) on real report prose, fixed by its general shape:
rule rate-bases took the count of the clause before a comma for the count of a share whose own
subject is named after the comma ("73 người, trong đó 71 người có trình độ đại học, nữ chiếm
17,8%": the women, their count not written, are 17,8 %), with the near misses that must still be
found.  The real paragraph is ``camau-cainuoc-quyhoach-73`` of
``tests/corpus/pending/p29_hunt13_pending.toml``
(https://plo.vn/thoi-su/chinh-tri/ca-mau-thi-diem-dai-hoi-dang-cap-co-so-225444.html).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness


def _rates(text: str) -> list[str | None]:
    return [f.computed for f in check_text(text) if f.code.startswith("rate")]


def test_real_paragraph_is_quiet() -> None:
    assert _rates(corpus_harness.text_of("camau-cainuoc-quyhoach-73")) == []


@pytest.mark.parametrize("subject", ["nữ", "đảng viên", "người dân tộc thiểu số", "cán bộ trẻ"])
def test_a_share_with_its_own_subject_takes_no_count_before_the_comma(subject: str) -> None:
    text = f"Dự kiến 73 người, trong đó 71 người có trình độ đại học, {subject} chiếm 17,8%."
    assert _rates(text) == []


@pytest.mark.parametrize(
    ("text", "computed"),
    [
        # No subject after the comma: the share is the count's.
        ("Tổng số 73 người, trong đó 71 người có trình độ đại học, chiếm 17,8%.", "71/73 = 97,3%"),
        # Words that refer back to the count keep it.
        ("Tổng số 73 người, trong đó 13 người là nữ, số này chiếm 27,8%.", "13/73 = 17,8%"),
        ("Tổng số 73 người, trong đó 13 người là nữ, con số này chiếm 27,8%.", "13/73 = 17,8%"),
        # The share right after its count.
        ("Tổng số 73 người, trong đó 13 người là nữ (chiếm 27,8%).", "13/73 = 17,8%"),
    ],
)
def test_near_misses_still_found(text: str, computed: str) -> None:
    assert _rates(text) == [computed]


@given(part=st.integers(1, 72), share=st.integers(1, 99))
def test_own_subject_never_judged_against_the_count_before(part: int, share: int) -> None:
    text = f"Dự kiến 73 người, trong đó {part} người có trình độ đại học, nữ chiếm {share}%."
    assert _rates(text) == []
