"""Rule 2c (amounts each × counts) on gifts: lists of products in one sentence, a summary count
of portions, a total after *với mức X đồng/hộ*, portions given to groups of two recipient nouns,
a total named by what it bought.

The real paragraphs are read from the corpus (``tests/corpus/pending/*.toml``, copied verbatim
from the page at their ``url``); the near misses are those paragraphs changed where the rule must
stay quiet; the property builds a list of products around an exact Decimal oracle.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Severity

CORPUS = Path(__file__).parent / "corpus"


def paragraph(pid: str) -> str:
    """The text of the corpus paragraph *pid* (measured or pending)."""
    for path in sorted(CORPUS.glob("*.toml")) + sorted((CORPUS / "pending").glob("*.toml")):
        for p in tomllib.loads(path.read_text(encoding="utf-8")).get("paragraph", []):
            if p["id"] == pid:
                return str(p["text"])
    raise LookupError(pid)


def alarms(text: str) -> list[tuple[str, str | None, Severity]]:
    return [
        (f.code, f.stated, f.severity)
        for f in check_text(text)
        if f.severity in (Severity.WARNING, Severity.ERROR)
    ]


def totals(text: str) -> list[tuple[str | None, Severity]]:
    return [(s, sev) for c, s, sev in alarms(text) if c == "total-mismatch"]


# https://svhtt.thuathienhue.gov.vn/?cn=195&gd=27&tc=38759
PHONGDIEN = "hue-phongdien-150-gifts"
# http://thuvienkiengiang.vn/news.php?id=2668
KIENGIANG_TET = "kiengiang-tet-2019-poor-households"
# https://baogialai.com.vn/tang-900-suat-qua-cho-nguoi-ngheo-hoc-sinh-kho-khan-huyen-chu-puh-va-kbang-post267894.html
CHUPUH = "gialai-chupuh-kbang-gifts"
# https://lite.baomoi.com/tang-xe-lan-cho-nguoi-khuyet-tat-benh-nhan-ngheo-c51605923.epi
WHEELCHAIRS = "kiengiang-baotro-2025-wheelchairs"


@pytest.mark.parametrize("pid", [PHONGDIEN, KIENGIANG_TET, CHUPUH, WHEELCHAIRS])
def test_real_paragraphs_are_quiet(pid: str) -> None:
    assert alarms(paragraph(pid)) == []


def test_products_listed_in_sentences_against_their_total() -> None:
    text = paragraph(PHONGDIEN)
    wrong = text.replace("là 310 triệu", "là 330 triệu")
    assert totals(wrong) == [("330 triệu đồng", Severity.ERROR)]
    # 35 × 4 triệu → 35 × 1 triệu: the products make 205 triệu, not 310
    wrong = text.replace("mỗi suất 4 triệu", "mỗi suất 1 triệu")
    assert totals(wrong) == [("310 triệu đồng", Severity.ERROR)]


def test_summary_count_of_portions() -> None:
    text = paragraph(PHONGDIEN)
    assert totals(text.replace("tổng cộng 150", "tổng cộng 140")) == [
        ("140 suất", Severity.WARNING)
    ]
    # the second group of 50 written 30: 130 portions, not the 150 stated
    second = text.replace("50 suất quà cho các em", "30 suất quà cho các em")
    assert ("150 suất", Severity.WARNING) in totals(second)


def test_shared_out_beyond_the_head() -> None:
    text = paragraph(PHONGDIEN).replace("35 suất cho sinh viên", "37 suất cho sinh viên")
    assert ("50 suất", Severity.WARNING) in totals(text)


def test_shared_out_some_only_is_quiet() -> None:
    # 10 + 33 + 5 = 48 of the 50: "trong đó" may give some only, and then the money is unclear
    text = paragraph(PHONGDIEN).replace("35 suất cho sinh viên", "33 suất cho sinh viên")
    assert totals(text) == []


def test_summary_with_things_without_worth_is_quiet() -> None:
    text = paragraph(PHONGDIEN).replace("tổng cộng 150", "tổng cộng 170")
    text = text.replace(
        " Tổng kinh phí", " Ngoài ra, đoàn còn tặng 20 suất quà là sách vở. Tổng kinh phí"
    )
    assert [s for s, _ in totals(text)] == []


def test_approximate_price_each_is_quiet() -> None:
    text = paragraph(PHONGDIEN).replace("là 310 triệu", "là 330 triệu")
    text = text.replace("mỗi suất 4 triệu", "mỗi suất khoảng 4 triệu")
    assert totals(text) == []


def test_level_each_then_total() -> None:
    text = paragraph(KIENGIANG_TET)
    assert totals(text.replace("9,126 tỷ", "9,826 tỷ")) == [("9,826 tỷ đồng", Severity.ERROR)]
    assert totals(text.replace("500.000 đồng/hộ, tổng", "500.400 đồng/hộ, tổng")) == [
        ("9,126 tỷ đồng", Severity.ERROR)
    ]


@pytest.mark.parametrize(
    "change",
    [
        # another group beside the households: the total may hold theirs
        ("18.252 hộ nghèo,", "18.252 hộ nghèo và 300 học sinh,"),
        # another count before: the total may hold it
        ("quà Tết cho", "quà Tết và 50 xe đạp cho"),
    ],
)
def test_level_each_with_more_given_is_quiet(change: tuple[str, str]) -> None:
    text = paragraph(KIENGIANG_TET).replace("9,126 tỷ", "9,826 tỷ").replace(*change)
    assert totals(text) == []


def test_portions_to_two_recipient_nouns() -> None:
    text = paragraph(CHUPUH)
    assert totals(text.replace("và 50 học sinh nghèo", "và 90 học sinh nghèo")) == [
        ("200 suất", Severity.WARNING)
    ]


@pytest.mark.parametrize(
    "change",
    [
        # fewer recipients than portions: one may receive two
        ("và 50 học sinh nghèo", "và 30 học sinh nghèo"),
        # the same noun without a label of its own: "150 hộ ..., 90 hộ" may nest
        ("và 50 học sinh nghèo", "và 90 hộ"),
    ],
)
def test_portions_to_groups_quiet(change: tuple[str, str]) -> None:
    assert totals(paragraph(CHUPUH).replace(*change)) == []


def test_total_named_by_what_it_bought() -> None:
    text = paragraph(WHEELCHAIRS)
    assert totals(text.replace("xe lăn 32 triệu", "xe lăn 33 triệu")) == [
        ("33 triệu đồng", Severity.ERROR)
    ]
    assert totals(text.replace("1,6 triệu đồng/xe", "3,6 triệu đồng/xe")) == [
        ("32 triệu đồng", Severity.ERROR)
    ]


@pytest.mark.parametrize(
    "changes",
    [
        # the total of the gifts, not of the wheelchairs: no count of "quà" alone
        [("trao xe lăn 32 triệu", "trao quà 33 triệu")],
        # two counts of wheelchairs before: which one is unclear
        [
            ("xe lăn 32 triệu", "xe lăn 33 triệu"),
            ("tặng 20 xe lăn (", "tặng 5 xe lăn, 20 xe lăn ("),
        ],
        # the price not each wheelchair's (and not the total of the gifts after it)
        [("xe lăn 32 triệu", "xe lăn 33 triệu"), ("1,6 triệu đồng/xe)", "1,6 triệu đồng)")],
    ],
)
def test_total_named_quiet(changes: list[tuple[str, str]]) -> None:
    text = paragraph(WHEELCHAIRS)
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    assert totals(text) == []


GROUPS = ["hộ nghèo", "người già neo đơn", "học sinh vượt khó", "sinh viên"]


@settings(max_examples=60, deadline=None)
@given(
    items=st.lists(st.tuples(st.integers(1, 400), st.integers(1, 20)), min_size=2, max_size=4),
    delta=st.integers(-50, 50),
    extra=st.integers(-5, 5),
)
def test_listed_products_property(items: list[tuple[int, int]], delta: int, extra: int) -> None:
    """A summary count, a list of products, a total: a finding exactly when a figure is off."""
    counted = sum(c for c, _ in items)
    value = sum(Decimal(c) * p for c, p in items)  # in triệu đồng
    listed = "; ".join(
        f"{c} suất quà cho {GROUPS[k]}, mỗi suất trị giá {p} triệu đồng"
        for k, (c, p) in enumerate(items)
    )
    total = value + delta
    summary = counted + extra
    if total <= 0 or summary <= 0:
        return
    text = (
        f"Đoàn đã trao tổng cộng {summary} suất quà. Cụ thể, {listed}. "
        f"Tổng kinh phí trao quà là {total} triệu đồng."
    )
    stated = {s for s, _ in totals(text)}
    # a summary the portions do not make: perhaps more was given, so only products beyond
    # the total contradict it
    money_wrong = delta < 0 if extra else delta != 0
    assert (f"{total} triệu đồng" in stated) == money_wrong
    assert (f"{summary} suất" in stated) == (extra != 0)


# https://baogialai.com.vn/tang-hon-800-suat-qua-cho-nguoi-kho-khan-o-gia-lai-post234960.html
CHUPONG = (
    "Theo đó, đoàn đã trao tặng 50 suất quà (trị giá 200.000 đồng/suất) cho 50 hộ nghèo, cận "
    "nghèo, người khuyết tật, đồng bào dân tộc thiểu số khó khăn trên địa bàn xã Chư Pơng, mỗi "
    "suất quà bao gồm: 100 ngàn đồng tiền mặt, 1 thùng mì tôm và nước mắm; đồng thời tặng 100 "
    "suất quà (trị giá 150.000 đồng/suất) cho học sinh nghèo, khó khăn Trường Tiểu học và THCS "
    "Huỳnh Thúc Kháng, xã Chư Pơng, quà tặng gồm: 50 ngàn đồng tiền mặt, 10 quyển vở, sữa và "
    "bánh kẹo. Toàn bộ số quà trên do gia đình bà Cao Thị My tài trợ."
)


def test_what_each_portion_holds_is_no_list_of_a_total() -> None:
    # "(trị giá 200.000 đồng/suất) ..., mỗi suất quà bao gồm: 100 ngàn đồng tiền mặt, ...; 100
    # suất quà (trị giá 150.000 đồng/suất)": a price each and what each holds, not a total and
    # its parts (it was a total-mismatch error)
    assert alarms(CHUPONG) == []


# https://tuoitre.vn/du-kien-chi-hon-18-ti-dong-tang-qua-tet-cho-nguoi-ngheo-can-ngheo-20221230131433439.htm
PLAN = paragraph("tw-mttq-2023-tet-gifts-plan")
# http://cand.com.vn/Su-kien-Binh-luan-thoi-su/22-cu-100-tuoi-duoc-nhan-qua-cua-Chu-tich-nuoc-381118/
ELDERS = (
    "Cũng trong dịp này, tỉnh cũng có 145 cụ trên 90 tuổi được Chủ tịch UBND tỉnh tặng quà với "
    "định mức 200.000 đồng/suất (gồm 100.000 đồng tiền quà và 100.000 đồng tiền mặt)."
)


def test_price_each_made_of_amounts() -> None:
    assert alarms(PLAN) == []
    assert alarms(ELDERS) == []
    assert totals(PLAN.replace("mức 1,2 triệu", "mức 1,6 triệu")) == [
        ("1,6 triệu đồng", Severity.ERROR)
    ]
    assert totals(ELDERS.replace("100.000 đồng tiền mặt", "150.000 đồng tiền mặt")) == [
        ("200.000 đồng", Severity.ERROR)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a piece without its worth: the price may hold it
        PLAN.replace("1 triệu tiền mặt và", "1 triệu tiền mặt, 10 kg gạo và"),
        ELDERS.replace("100.000 đồng tiền mặt)", "vở học tập)"),
        # the clause goes on to the recipients: not a piece of the price
        PLAN.replace("200.000 đồng.", "100.000 đồng, cho 200 hộ nghèo."),
    ],
)
def test_price_each_made_of_quiet(text: str) -> None:
    assert totals(text) == []


# https://baohaiduong.vn/tu-ky-hoan-thanh-trao-1-482-suat-qua-tet-372423.html
TUKY = paragraph("haiduong-tuky-1482-tet-gifts")


def test_priced_groups_beyond_the_portions_before() -> None:
    assert alarms(TUKY) == []
    more = TUKY.replace("và 264 trẻ em", "và 364 trẻ em")
    assert totals(more) == [("1.482 suất", Severity.WARNING)]


@pytest.mark.parametrize(
    "change",
    [
        # fewer: "trong đó" may give some groups only
        ("và 264 trẻ em", "và 260 trẻ em"),
        # another count in the sentence between: which count the groups share is unclear
        ("hơn 520 triệu đồng", "hơn 520 triệu đồng cho 1.600 người"),
    ],
)
def test_priced_groups_quiet(change: tuple[str, str]) -> None:
    text = TUKY.replace(*change)
    if change[0] != "và 264 trẻ em":
        text = text.replace("và 264 trẻ em", "và 364 trẻ em")
    assert totals(text) == []
