"""Associations counted by scope of activity (phạm vi hoạt động), as the Sở Nội vụ reports them.

A province's associations each have one scope, the level of the authority that licensed them
(Nghị định 126/2024/NĐ-CP; before it 45/2010): *trong tỉnh*, *trong huyện*, *trong xã* (until
30/6/2025) name the levels as *cấp tỉnh*, *cấp huyện*, *cấp xã* do, and the counts written bare
after them (*trong tỉnh là 68*) count the total's noun when every value is named.  The real
paragraphs are in tests/corpus (pending/p28_hunt6_pending.toml), read by id.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import harness, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._kinds import level_pattern
from hoiquanchung.findings import Severity
from hoiquanchung.numbers import format_count

ERROR = Severity.ERROR


def _changed(pid: str, old: str, new: str) -> str:
    text = harness.text_of(pid)
    assert text.count(old) == 1, old
    return text.replace(old, new)


# ---- real paragraphs: quiet as written, one slipped figure found


@pytest.mark.parametrize(
    "pid", ["kiengiang-snv-2023-780hoi", "langson-snv-2019-1586hoi", "haiduong-snv-2020-2330hoi"]
)
def test_real_counts_by_scope_are_quiet(pid: str) -> None:
    assert totals(harness.text_of(pid)) == []


def test_scope_written_label_is_count() -> None:
    # "hội có phạm vi hoạt động trong xã là 576": bare counts after 'là'.
    text = _changed("kiengiang-snv-2023-780hoi", "trong xã là 576", "trong xã là 573")
    assert totals(text) == [("total-mismatch", ERROR, "780 hội", Decimal("777"))]
    text = _changed("kiengiang-snv-2023-780hoi", "780 hội", "980 hội")
    assert totals(text) == [("total-mismatch", ERROR, "980 hội", Decimal("780"))]


def test_scope_label_colon_count() -> None:
    # "trong tỉnh: 52 hội, trong huyện: 113 hội và trong xã: 1.421 hội".
    text = _changed("langson-snv-2019-1586hoi", "1.421 hội", "1.422 hội")
    assert totals(text) == [("total-mismatch", ERROR, "1.586 hội", Decimal("1587"))]


# ---- what a scope word is, and is not


def test_scope_words_name_levels() -> None:
    found = level_pattern().findall(
        "phạm vi hoạt động trong tỉnh là 68; trong huyện: 113; phạm vi toàn tỉnh 83; phạm vi xã"
    )
    assert [" ".join(f.casefold().split()) for f in found] == ["tỉnh", "huyện", "tỉnh", "xã"]


def test_a_proper_name_after_the_level_is_a_place_not_a_scope() -> None:
    assert level_pattern().findall("50 hộ trong xã Tân Hòa, 30 hộ trong huyện Phú Tân") == []
    text = "Tổng 70 hộ, trong đó 50 hộ trong xã Tân Hòa, 30 hộ trong huyện Phú Tân."
    assert totals(text) == []  # a commune may lie in the district: nothing is a whole


def test_two_scopes_of_three_below_the_total_say_nothing_at_error() -> None:
    text = (
        "Toàn tỉnh có 1.586 hội, trong đó hội có phạm vi hoạt động trong tỉnh: 52 hội,"
        " trong huyện: 113 hội."
    )
    assert totals(text) == []  # the communes' associations may simply be left out


def test_two_scopes_above_the_total_are_wrong() -> None:
    text = (
        "Toàn tỉnh có 150 hội, trong đó hội có phạm vi hoạt động trong tỉnh: 52 hội,"
        " trong huyện: 113 hội."
    )
    assert totals(text) == [("total-mismatch", ERROR, "150 hội", Decimal("165"))]


@pytest.mark.parametrize(
    "text",
    [
        # some levels only, bare: a bare number may count something else
        "Toàn tỉnh có 780 hội, trong đó cấp tỉnh 68; cấp huyện 136.",
        # a year among the bare figures
        "Toàn tỉnh có 780 hội, trong đó cấp tỉnh 2023; cấp huyện 136; cấp xã 576.",
        # an item with two figures
        "Toàn tỉnh có 780 hội, trong đó cấp tỉnh 68 với 5.000 hội viên; cấp huyện 136; cấp xã 577.",
        # examples, not the parts
        "Toàn tỉnh có 780 hội, trong đó như cấp tỉnh 68; cấp huyện 136; cấp xã 577.",
        # a qualified total
        "Toàn tỉnh có hơn 780 hội, trong đó cấp tỉnh là 68; cấp huyện là 136; cấp xã là 600.",
    ],
)
def test_bare_counts_stay_quiet_unless_a_whole(text: str) -> None:
    assert totals(text) == []


# ---- the sum, whatever the counts (oracle: integer arithmetic)

COUNTS = st.integers(min_value=1, max_value=99_999)


@given(COUNTS, COUNTS, COUNTS, st.integers(min_value=-50, max_value=50), st.booleans())
def test_bare_counts_by_scope_are_summed(a: int, b: int, c: int, slip: int, colon: bool) -> None:
    total = a + b + c + slip
    if total <= 0:
        return
    sep = ": " if colon else " là "
    text = (
        f"Tổng số hội trên địa bàn tỉnh: {format_count(total)} hội, trong đó hội có phạm vi hoạt"
        f" động trong tỉnh{sep}{format_count(a)}; hội có phạm vi hoạt động trong"
        f" huyện{sep}{format_count(b)}; hội có phạm vi hoạt động trong xã{sep}{format_count(c)}."
    )
    errors = [f for f in check_text(text) if f.severity is ERROR and f.code == "total-mismatch"]
    if slip == 0:
        assert errors == []
    else:
        assert [f.computed_value for f in errors] == [Decimal(a + b + c)]
