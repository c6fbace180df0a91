"""Rule paired-totals: two totals stated together, broken down item by item in two columns.

Real text from the corpus (tests/corpus/p13_donations.toml, p15_two_measures.toml) with one
figure changed, near-misses where the rule must stay quiet, and properties over generated
two-column lists.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import corpus, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text, iter_findings
from hoiquanchung.checker._paired_totals import measure_side
from hoiquanchung.findings import Severity

FUND = "tw-mttq-2020-covid-fund"
TY = Decimal(10) ** 9


def _fund(old: str, new: str, occurrence: int = 1) -> str:
    text = corpus(FUND)
    at = -1
    for _ in range(occurrence):
        at = text.index(old, at + 1)
    return text[:at] + new + text[at + len(old) :]


def test_the_real_two_column_list_is_quiet() -> None:
    assert totals(corpus(FUND)) == []


@pytest.mark.parametrize(
    ("old", "new", "occurrence", "stated", "computed"),
    [
        # the received column: the lower bound "hơn 806,407 tỷ" and a sum below it
        ("312,355", "312,305", 1, "hơn 806,407 tỷ đồng", Decimal("806.357") * TY),
        ("130 tỷ", "120 tỷ", 1, "hơn 806,407 tỷ đồng", Decimal("796.407") * TY),
        ("806,407", "807,407", 1, "hơn 807,407 tỷ đồng", Decimal("806.407") * TY),
        # the allocated column, exact
        ("466 tỷ", "866 tỷ", 1, "866 tỷ đồng", Decimal(466) * TY),
        ("150,500", "151,500", 1, "466 tỷ đồng", Decimal(467) * TY),
        ("245 tỷ", "345 tỷ", 2, "466 tỷ đồng", Decimal(566) * TY),
        ("19,5 tỷ", "11,5 tỷ", 2, "466 tỷ đồng", Decimal(458) * TY),
    ],
)
def test_one_figure_changed_is_reported_at_its_total(
    old: str, new: str, occurrence: int, stated: str, computed: Decimal
) -> None:
    assert totals(_fund(old, new, occurrence)) == [
        ("total-mismatch", Severity.ERROR, stated, computed)
    ]


def test_a_sum_within_the_written_precision_of_its_total_agrees_with_it() -> None:
    # 466,005 tỷ is 466 tỷ to the whole tỷ the total is written in (as in every sum rule).
    assert totals(_fund("150,500", "150,505")) == []


def test_a_sum_above_a_lower_bound_agrees_with_it() -> None:
    # 312,455 makes the received column 806,507 tỷ: "more than 806,407 tỷ" holds.
    assert totals(_fund("312,355", "312,455")) == []


def test_the_finding_comes_when_the_document_ends() -> None:
    lines = corpus(FUND, "466 tỷ", "866 tỷ").splitlines(keepends=True)
    found = [(f.code, f.line, f.column) for f in iter_findings(lines)]
    assert found == [("total-mismatch", 1, 100)]


def test_measure_side_reads_the_words_before_a_figure() -> None:
    assert measure_side("Số tiền ủng hộ qua tin nhắn là ") == 0
    assert measure_side("; đã phân bổ sử dụng ") == 1
    assert measure_side("kế hoạch giao ", 1) == 0
    assert measure_side("thực hiện được ", 1) == 1
    assert measure_side("tổng thu ", 2) == 0
    assert measure_side(", tổng chi ", 2) == 1
    assert measure_side("tổng số chi hội có ", 2) is None  # "chi hội" is a body, not spending
    assert measure_side("số tiền ủng hộ đã được phân bổ ") == -1


# ------------------------------------------------------------------ near-misses: quiet
def test_quiet_when_neither_column_adds_up() -> None:
    # Without its third line, both columns lack 245 tỷ: a few channels named, not all.
    lines = corpus(FUND).split("\n")
    partial = "\n".join(lines[:2] + lines[3:])
    assert totals(partial) == []
    assert totals(partial.replace("150,500", "150,505")) == []


def test_quiet_on_examples() -> None:
    text = _fund("Cụ thể, MTTQ", "Cụ thể như, MTTQ").replace("466 tỷ", "866 tỷ")
    assert totals(text) == []


def test_quiet_without_an_opener() -> None:
    text = _fund("Cụ thể, MTTQ", "Ngoài ra, MTTQ").replace("466 tỷ", "866 tỷ")
    assert totals(text) == []


def test_quiet_when_a_blank_line_parts_totals_and_items() -> None:
    text = corpus(FUND, "466 tỷ đồng.\n", "866 tỷ đồng.\n\n")
    assert totals(text) == []


def test_quiet_on_an_item_figure_no_measure_names() -> None:
    # "... 245 tỷ đồng, 10 tỷ đồng; đã phân bổ ...": a figure no word names, not a pair.
    text = _fund("245 tỷ đồng;", "245 tỷ đồng, 10 tỷ đồng;").replace("466 tỷ", "866 tỷ")
    assert totals(text) == []


def test_quiet_when_the_second_measure_comes_first() -> None:
    text = (
        "Ban Vận động đã tiếp nhận 100 tỷ đồng, đã phân bổ 80 tỷ đồng.\n"
        "Cụ thể, tỉnh A phân bổ 50 tỷ đồng, tiếp nhận 60 tỷ đồng; "
        "tỉnh B phân bổ 20 tỷ đồng, tiếp nhận 40 tỷ đồng."
    )
    assert totals(text) == []


def test_quiet_on_an_approximate_total() -> None:
    text = (
        "Ban Vận động đã tiếp nhận 100 tỷ đồng, đã phân bổ khoảng 80 tỷ đồng.\n"
        "Cụ thể, tỉnh A tiếp nhận 60 tỷ đồng, phân bổ 50 tỷ đồng; "
        "tỉnh B tiếp nhận 40 tỷ đồng, phân bổ 20 tỷ đồng."
    )
    assert totals(text) == []


def test_quiet_on_one_item_with_both_measures() -> None:
    text = (
        "Ban Vận động đã tiếp nhận 100 tỷ đồng, đã phân bổ 80 tỷ đồng.\n"
        "Cụ thể, tỉnh A tiếp nhận 60 tỷ đồng, phân bổ 50 tỷ đồng. Tỉnh B tiếp nhận 40 tỷ đồng."
    )
    assert totals(text) == []


@pytest.mark.parametrize(
    "pid",
    [
        "quangnam-mttq-2020-flood-received-allocated",
        "quangnam-mttq-2021-covid-allocated",
        "thainguyen-mttq-2021-covid-received-spent",
        "angiang-mttq-2019-poor-fund-levels",
        "angiang-mttq-2019-poor-fund-cash",
    ],
)
def test_real_paragraphs_of_two_measures_are_quiet(pid: str) -> None:
    assert totals(corpus(pid)) == []


def test_other_pairs_of_measures() -> None:
    plan = (
        "Năm 2024, kế hoạch giao 500 hội viên mới, thực hiện 520 hội viên mới.\n"
        "Trong đó, Hội cấp huyện A kế hoạch 300 hội viên mới, thực hiện 320 hội viên mới; "
        "Hội cấp huyện B kế hoạch 200 hội viên mới, thực hiện 200 hội viên mới."
    )
    assert totals(plan) == []
    assert [f[2] for f in totals(plan.replace("thực hiện 320", "thực hiện 330"))] == [
        "520 hội viên"
    ]
    money = (
        "Quỹ Hội tổng thu 90 triệu đồng, tổng chi 70 triệu đồng:\n"
        "- Chi hội ấp 1 thu 50 triệu đồng, chi 40 triệu đồng;\n"
        "- Chi hội ấp 2 thu 40 triệu đồng, chi 35 triệu đồng."
    )
    assert [f[2] for f in totals(money)] == ["70 triệu đồng"]


# ------------------------------------------------------------------ properties
_NAMES = ("tỉnh An", "tỉnh Bình", "huyện Cát", "huyện Đông", "xã Tây", "phường Nam")


def _vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


_WORDS = (("tiếp nhận", "đã phân bổ"), ("kế hoạch", "thực hiện"), ("thu", "chi"))


def _text(
    received: list[int],
    used: list[int],
    totals_: tuple[int, int],
    words: tuple[str, str] = _WORDS[0],
    alone: int | None = None,
) -> str:
    """Two totals, then one item per value pair; *alone*: a last item of the first measure
    only (counted in the first total by the caller)."""
    first, second = words
    items = [
        f"{_NAMES[i]} {first} {_vi(a)} triệu đồng, {second} {_vi(b)} triệu đồng"
        for i, (a, b) in enumerate(zip(received, used, strict=True))
    ]
    if alone is not None:
        items.append(f"ngoài ra, Hội {first} {_vi(alone)} triệu đồng")
    return (
        f"Ban Vận động {first} {_vi(totals_[0])} triệu đồng, {second} "
        f"{_vi(totals_[1])} triệu đồng.\nCụ thể, {'; '.join(items)}."
    )


_COLUMNS = st.integers(min_value=2, max_value=len(_NAMES)).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(1, 999), min_size=n, max_size=n),
        st.lists(st.integers(1, 999), min_size=n, max_size=n),
    )
)
_SHAPES = st.tuples(st.sampled_from(_WORDS), st.none() | st.integers(1, 999))


@given(_COLUMNS, _SHAPES)
def test_consistent_two_column_lists_never_flag(
    columns: tuple[list[int], list[int]], shape: tuple[tuple[str, str], int | None]
) -> None:
    received, used = columns
    words, alone = shape
    text = _text(received, used, (sum(received) + (alone or 0), sum(used)), words, alone)
    assert [f for f in check_text(text) if f.severity >= Severity.WARNING] == []


@given(_COLUMNS, _SHAPES, st.data())
def test_one_value_changed_always_flags(
    columns: tuple[list[int], list[int]],
    shape: tuple[tuple[str, str], int | None],
    data: st.DataObject,
) -> None:
    received, used = (list(c) for c in columns)
    words, alone = shape
    sums = [sum(received) + (alone or 0), sum(used)]
    column = data.draw(st.integers(0, 1))
    delta = data.draw(st.integers(-500, 500).filter(bool))
    if data.draw(st.booleans()):  # a total
        sums[column] = sums[column] + delta if sums[column] + delta > 0 else sums[column] + 1
    else:  # a part, its total unchanged
        values = (received, used)[column]
        i = data.draw(st.integers(0, len(values) - 1))
        values[i] = values[i] + delta if values[i] + delta > 0 else values[i] + 1
    text = _text(received, used, (sums[0], sums[1]), words, alone)
    assert any(f.code == "total-mismatch" for f in check_text(text)), text
