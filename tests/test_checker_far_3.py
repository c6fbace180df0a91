"""Rule 2d continued and rule shares (far-3): a total written with a stray comma before its unit
and broken down into amounts given to distinct recipients; a total after its parts ("Tổng cộng
trong 2 ngày ..."); the shares of the Kinh and the ethnic minorities.

Real sentences from the corpus (tests/corpus/p15_two_measures.toml, the Thái Nguyên fund's
spending; p20_unseen_2.toml, a collection over two days; pending/p18_unseen_pending.toml, the
deputies of the 15th National Assembly by ethnicity), the near-misses that must stay quiet, and
hypothesis properties: each shape is reported exactly when its figures contradict the total.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness

CORPUS = {p.id: p for p in harness.load()}
FUND = "thainguyen-mttq-2021-covid-received-spent"
DONATIONS = "hanoi-doanngochai-2021-donations"


def totals(text: str) -> list[tuple[str | None, str | None]]:
    """The total-mismatch and share-sum-mismatch findings of *text*: stated, computed."""
    codes = ("total-mismatch", "share-sum-mismatch")
    return [(f.stated, f.computed) for f in check_text(text) if f.code in codes]


def _mutated(pid: str, old: str, new: str) -> str:
    text = CORPUS[pid].text
    [(start, end)] = harness.occurrences(text, old)
    return text[:start] + new + text[end:]


@pytest.mark.parametrize("pid", [FUND, DONATIONS])
def test_the_real_paragraphs_are_quiet(pid: str) -> None:
    assert totals(CORPUS[pid].text) == []


# One figure changed: "old>new" and the finding "stated = computed".  The fund: "1.890.000.000,
# đồng. Trong đó, hỗ trợ Sở Y tế: 1.100.000.000 đồng; ..." (amounts given to distinct recipients,
# the total with a stray comma before its unit; the last recipient's name holds a ";").  The
# donations: the day's amounts, one a sentence (the first at the end of the line above), then
# "Tổng cộng trong 2 ngày (1/3 và 25/2), ... 652.960.000 đồng."
CHANGED = {
    FUND: """
        1.890.000.000>1.690.000.000  1.690.000.000 = 1.890.000.000
        1.100.000.000>1.100.002.000  1.890.000.000 = 1.890.002.000
        500.000.000>500.600.000      1.890.000.000 = 1.890.600.000
        50.000.000>50.500.000        1.890.000.000 = 1.890.500.000
        40.000.000>49.000.000        1.890.000.000 = 1.899.000.000
    """,
    DONATIONS: """
        652.960.000>651.960.000  651.960.000 đồng = 652.960.000 đồng
        488.450.000>489.450.000  652.960.000 đồng = 653.960.000 đồng
        164.510.000>164.513.000  652.960.000 đồng = 652.963.000 đồng
    """,
}


@pytest.mark.parametrize(
    ("pid", "case"),
    [(pid, line.strip()) for pid, table in CHANGED.items() for line in table.strip().splitlines()],
)
def test_a_changed_figure_is_reported(pid: str, case: str) -> None:
    change, finding = case.split(maxsplit=1)
    old, new = change.split(">")
    stated, computed = (side.strip() for side in finding.split("="))
    assert totals(_mutated(pid, old, new)) == [(stated, computed)]


LEAD = "Chi hỗ trợ từ Quỹ Cứu trợ tỉnh: 1.890.000.000, đồng. Trong đó, "
DAYS = "Ngày 1/3, Hội nhận được {a} triệu đồng.\nNgày 25/2, Hội nhận được {b} triệu đồng. "
ETHNIC = (
    "Trong số 499 đại biểu có 82% là người dân tộc Kinh ({kinh} người) và 18% đại biểu thuộc "
    "các dân tộc thiểu số ({minor} người)."
)


@pytest.mark.parametrize(
    "text",
    [
        # a part less than the total: some recipients may be left out
        LEAD + "hỗ trợ Sở Y tế: 1.100.000.000 đồng; hỗ trợ huyện Phú Bình: 500.000.000 đồng.",
        # one recipient's name holds another's: the second may be inside the first
        LEAD + "hỗ trợ hộ nghèo: 1.100.000.000 đồng; hỗ trợ hộ nghèo xã Tân Đức: 900.000.000 đồng.",
        # two verbs: not one list of gifts
        LEAD + "hỗ trợ Sở Y tế: 1.100.000.000 đồng; chuyển huyện Phú Bình: 900.000.000 đồng.",
        # no recipient named before the amounts
        LEAD + "1.100.000.000 đồng tiền mặt; 900.000.000 đồng hàng hóa đã nhận.",
        # "đồng thời" is no unit after a stray comma: no total of money
        "Năm 2021 Quỹ chi 1.890.000.000, đồng thời vận động thêm. Trong đó, hỗ trợ Sở Y tế: "
        "1.100.000.000 đồng; hỗ trợ huyện Phú Bình: 900.000.000 đồng.",
        # the parts' unit differs from the word after the comma
        "Quỹ đã trao 1.890, suất. Trong đó, hỗ trợ Sở Y tế: 1.100.000.000 đồng; hỗ trợ huyện "
        "Phú Bình: 900.000.000 đồng.",
        # three sentences of amounts before a total of two days: which two is not guessed
        "Ngày 28/2, Hội nhận được 90 triệu đồng. "
        + DAYS.format(a=400, b=160)
        + "Tổng cộng trong 2 ngày, Hội nhận được 650 triệu đồng.",
        # no count of the occasions summed
        DAYS.format(a=400, b=160) + "Tổng cộng, Hội nhận được 650 triệu đồng.",
        # a bound: "khoảng" 650 triệu
        DAYS.format(a=400, b=160) + "Tổng cộng trong 2 ngày, Hội nhận được khoảng 650 triệu đồng.",
        # a sentence of two amounts ends the run before it has two sentences
        "Ngày 1/3, Hội nhận được 400 triệu đồng và 20 triệu đồng hàng hóa.\nNgày 25/2, Hội nhận "
        "được 160 triệu đồng. Tổng cộng trong 2 ngày, Hội nhận được 650 triệu đồng.",
        # the two sentences say different things (an amount given, an amount received)
        "Ngày 1/3, Hội chi hỗ trợ 400 triệu đồng.\nNgày 25/2, quỹ tiếp nhận thêm 160 triệu đồng. "
        "Tổng cộng trong 2 ngày, Hội nhận được 650 triệu đồng.",
        # the second amount is a part of the first ("Trong đó")
        "Ngày 1/3, Hội nhận được 400 triệu đồng. Trong đó, Hội nhận được 160 triệu đồng tiền mặt. "
        "Tổng cộng trong 2 ngày, Hội nhận được 650 triệu đồng.",
        # rates within each ethnic group, not shares of one whole
        "Tỷ lệ hộ nghèo dân tộc thiểu số là 30%, hộ nghèo dân tộc Kinh là 5%.",
        # two dimensions: the minorities and the women overlap
        "Hội viên dân tộc thiểu số chiếm 30%, hội viên nữ chiếm 55%.",
        # one group only: the rest is not said to be the other
        "Đại biểu dân tộc thiểu số chiếm 18%, đại biểu trẻ chiếm 9%.",
        ETHNIC.format(kinh=410, minor=89),
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert totals(text) == []


def test_shares_of_kinh_and_minorities_make_100() -> None:
    text = "Trong số 499 đại biểu, người dân tộc Kinh chiếm 80%, người dân tộc thiểu số chiếm 18%."
    assert totals(text) == [("80% + 18%", "100%")]


RECIPIENTS = ("Sở Y tế", "huyện Phú Bình", "tỉnh Cao Bằng", "sinh viên Lào", "Bệnh viện A")


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(
    total=st.integers(min_value=1, max_value=5000),
    amounts=st.lists(st.integers(min_value=1, max_value=2000), min_size=2, max_size=5),
    stray=st.booleans(),
)
def test_amounts_to_recipients_reported_exactly_when_they_exceed_the_total(
    total: int, amounts: list[int], stray: bool
) -> None:
    million = 1_000_000
    items = "; ".join(
        f"hỗ trợ {who}: {_grouped(a * million)} đồng"
        for who, a in zip(RECIPIENTS, amounts, strict=False)
    )
    comma = "," if stray else ""
    lead = f"Chi hỗ trợ từ Quỹ Cứu trợ tỉnh: {_grouped(total * million)}{comma} đồng."
    found = totals(f"{lead} Trong đó, {items}.")
    if sum(amounts) > total:
        stated = _grouped(total * million) + ("" if stray else " đồng")
        assert [s for s, _c in found] == [stated]
        assert found[0][1] is not None
        assert found[0][1].startswith(_grouped(sum(amounts) * million))
    else:
        assert found == []


@given(a=st.integers(1, 900), b=st.integers(1, 900), total=st.integers(2, 1800))
def test_a_total_after_its_parts_reported_exactly_when_they_differ(
    a: int, b: int, total: int
) -> None:
    text = DAYS.format(a=a, b=b) + f"Tổng cộng trong 2 ngày, Hội nhận được {total} triệu đồng."
    expected = [] if a + b == total else [f"{total} triệu đồng"]
    assert [s for s, _c in totals(text)] == expected


@given(kinh=st.integers(1, 600), minor=st.integers(1, 600))
def test_ethnic_counts_reported_exactly_when_they_miss_the_whole(kinh: int, minor: int) -> None:
    expected = (
        [] if kinh + minor == 499 else [("499 đại biểu", f"{_grouped(kinh + minor)} đại biểu")]
    )
    assert totals(ETHNIC.format(kinh=kinh, minor=minor)) == expected
