"""Readings added for the pending paragraphs (issue 9, round 6): real sentences and near-misses.

Rule 2c (per-unit): a total right after the value each; products on the line above a line that
opens with *Tổng*; gifts without a worth, which make the products a lower bound; shares each of
places counted in the sentence before a *Cụ thể* / *Theo đó* detail; a total stated with its
count before *Mỗi X trị giá*.  Rule 2f in one sentence (checker._count_and_amount): a count and
its amount broken down item by item, one column proving the items all there.

The real text is read from the corpus by id (tests/corpus/p23_pending_entered.toml,
p23_pending.toml, pending/p18_unseen_pending.toml); each test names the page.  A near-miss
built from a real sentence says what was changed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _checker_helpers import changed, corpus, harness, total_error, total_warning, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.numbers import format_number

WAITING = {p.id: p for p in harness.load(harness.HERE / "pending")}


def waiting(pid: str, old: str | None = None, new: str | None = None) -> str:
    """The pending paragraph *pid*, its one *old* replaced by *new* when given."""
    text = WAITING[pid].text
    if old is not None and new is not None:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# ---- a total right after the value each
# https://baophutho.vn/trao-100-suat-qua-tet-cho-nguoi-yeu-the-tai-xa-da-bac-246730.htm


def test_total_after_the_value_each_real_is_quiet() -> None:
    assert totals(corpus("phutho-dabac-100-cash-gifts")) == []


@pytest.mark.parametrize(
    ("old", "new", "alarm"),
    [
        ("tổng kinh phí 60", "tổng kinh phí 67", total_error("67 triệu đồng", 60_000_000)),
        ("tặng 100 suất", "tặng 300 suất", total_error("60 triệu đồng", 180_000_000)),
        ("trị giá 600 nghìn", "trị giá 700 nghìn", total_error("60 triệu đồng", 70_000_000)),
    ],
)
def test_total_after_the_value_each_changed(
    old: str, new: str, alarm: tuple[str, object, str, Decimal]
) -> None:
    assert totals(changed("phutho-dabac-100-cash-gifts", old, new)) == [alarm]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # something else given with the portions: the total may hold it
        ("100 suất quà bằng tiền mặt,", "100 suất quà và 50 thùng mì,"),
        ("100 suất quà bằng tiền mặt,", "50 thùng mì và 100 suất quà bằng tiền mặt,"),
        # the value each a lower bound
        ("trị giá 600 nghìn", "trị giá trên 600 nghìn"),
    ],
)
def test_total_after_the_value_each_near_misses(old: str, new: str) -> None:
    text = changed("phutho-dabac-100-cash-gifts", old, new).replace("60 triệu", "67 triệu")
    assert totals(text) == []


# ---- products on the line above a line that opens with "Tổng"
# https://baogialai.com.vn/trao-200-suat-qua-tet-cho-nguoi-dan-ngheo-kho-khan-xa-ia-khuol-post578367.html


def test_products_on_the_line_above_real_is_quiet() -> None:
    assert totals(corpus("gialai-iakhuol-200-gifts")) == []


def test_products_on_the_line_above_changed() -> None:
    text = changed("gialai-iakhuol-200-gifts", "là 70 triệu", "là 40 triệu")
    assert totals(text) == [total_error("40 triệu đồng", 70_000_000)]


def test_products_on_the_line_above_near_misses() -> None:
    # A blank line between: another paragraph, not the line right above.
    text = changed("gialai-iakhuol-200-gifts", "\nTổng kinh phí", "\n\nTổng kinh phí")
    assert totals(text.replace("là 70 triệu", "là 40 triệu")) == []
    # An approximate total ("gần 50 triệu": 49,8 triệu; nhandaoonline.vn/print-15920.html).
    assert totals(corpus("hatinh-ctd-hoaiduc-123-gifts")) == []
    # The line above gives another amount than the products: the total may hold it.
    text = changed(
        "gialai-iakhuol-200-gifts", "cho 200 hộ nghèo", "và 5 triệu đồng cho 200 hộ nghèo"
    )
    assert totals(text.replace("là 70 triệu", "là 40 triệu")) == []


# ---- gifts without a worth: the products are a lower bound
# https://baogialai.com.vn/tang-900-suat-qua-cho-nguoi-ngheo-hoc-sinh-kho-khan-huyen-chu-puh-va-kbang-post267894.html


def test_goods_without_worth_real_is_quiet() -> None:
    assert totals(waiting("gialai-chupuh-kbang-gifts")) == []


def test_goods_without_worth_products_above_total() -> None:
    text = waiting("gialai-chupuh-kbang-gifts", "tặng 100 suất quà", "tặng 105 suất quà")
    assert totals(text) == [total_warning("20 triệu đồng", 21_000_000)]


def test_goods_without_worth_products_below_total_is_quiet() -> None:
    # 1 tấn quần áo has no worth written: 20 triệu may hold it.
    text = waiting("gialai-chupuh-kbang-gifts", "là 20 triệu", "là 21 triệu")
    assert totals(text) == []


# ---- shares each of places counted in the sentence before a "Cụ thể:" detail
# https://www.baoquangbinh.vn/xa-hoi/201909/doan-dai-bieu-quoc-hoi-tinh-trao-qua-cho-hoc-sinh-va-gia-dinh-chinh-sach-2170732/


def test_places_before_real_is_quiet() -> None:
    assert totals(corpus("quangbinh-na-delegation-gifts")) == []


@pytest.mark.parametrize(
    ("old", "new", "alarms"),
    [
        ("trao 400 triệu", "trao 406 triệu", [total_error("406 triệu đồng", 400_000_000)]),
        ("40 chiếc xe đạp (", "45 chiếc xe đạp (", [total_error("45 chiếc", 40)]),
        (
            "tại 2 huyện",
            "tại 3 huyện",
            [total_error("400 triệu đồng", 600_000_000), total_error("40 chiếc", 60)],
        ),
    ],
)
def test_places_before_changed(
    old: str, new: str, alarms: list[tuple[str, object, str, Decimal]]
) -> None:
    assert totals(changed("quangbinh-na-delegation-gifts", old, new)) == alarms


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "Trong đó" may name some of the places only
        ("Cụ thể: đoàn", "Trong đó, đoàn"),
        # the places counted in the detail itself
        ("hỗ trợ xây dựng nhà ở", "cho 3 huyện hỗ trợ xây dựng nhà ở"),
        # no count of the places before: the names are not read across the sentence
        ("tại 2 huyện Tuyên Hóa", "tại các huyện Tuyên Hóa"),
    ],
)
def test_places_before_near_misses(old: str, new: str) -> None:
    text = changed("quangbinh-na-delegation-gifts", old, new)
    assert totals(text.replace("trao 400 triệu", "trao 406 triệu")) == []


# ---- shares each told in a "Theo đó" sentence
# http://qrt.vn/thong-tin-tong-hop/ho-tro-800-trieu-dong-xay-dung-nha-tam/


def test_shares_each_real_is_quiet() -> None:
    assert totals(corpus("quangnam-mttq-800-million-20-houses")) == []


@pytest.mark.parametrize(
    ("old", "new", "alarm"),
    [
        ("mỗi huyện 5 nhà", "mỗi huyện 8 nhà", total_error("20 ngôi nhà", 32)),
        ("mỗi nhà 40 triệu", "mỗi nhà 45 triệu", total_error("800 triệu đồng", 900_000_000)),
        ("phân bổ 800 triệu", "phân bổ 810 triệu", total_error("810 triệu đồng", 800_000_000)),
    ],
)
def test_shares_each_changed(old: str, new: str, alarm: tuple[str, object, str, Decimal]) -> None:
    assert totals(changed("quangnam-mttq-800-million-20-houses", old, new)) == [alarm]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # tiers: two shares of one kind of place
        ("mỗi huyện 5 nhà, mỗi nhà 40", "mỗi huyện miền núi 8 nhà, mỗi huyện còn lại 4"),
        # one thing of what each received
        ("mỗi nhà 40 triệu đồng.", "mỗi nhà 45 triệu đồng tiền mặt."),
        # a figure that is no share each
        ("Theo đó , mỗi huyện 5 nhà,", "Theo đó , 2 huyện nhận 10 nhà,"),
    ],
)
def test_shares_each_near_misses(old: str, new: str) -> None:
    assert totals(changed("quangnam-mttq-800-million-20-houses", old, new)) == []


# ---- a total stated with its count, the value each in the next sentence
# https://baogialai.com.vn/hoi-bao-tro-benh-nhan-ngheo-tinh-gia-lai-trao-560-suat-qua-cho-nguoi-dan-co-hoan-canh-kho-khan-post568626.html


def _two_lines(old: str | None = None, new: str | None = None) -> str:
    """The first two lines of the page's paragraph: the count with its total, the value each."""
    text = "\n".join(corpus("gialai-bao-tro-560-mid-autumn-gifts").split("\n")[:2])
    if old is not None and new is not None:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_total_with_its_count_real_is_quiet() -> None:
    assert totals(_two_lines()) == []


def test_total_with_its_count_changed() -> None:
    text = _two_lines("giá 124 triệu", "giá 224 triệu")
    assert totals(text) == [total_error("224 triệu đồng", 124_000_000)]


def test_total_with_its_count_near_miss() -> None:
    # Other things given with the portions: the total may hold them.
    text = _two_lines("310 suất quà Trung thu cho", "310 suất quà Trung thu cùng 20 bao gạo cho")
    assert totals(text.replace("giá 124 triệu", "giá 224 triệu")) == []


# ---- rule 2f in one sentence: a count and its amount broken down together
# http://baoquangnam.vn/giao-duc/trao-102-suat-hoc-bong-dat-quang-nam-2012-7759.html

QUANGNAM = "quangnam-datquang-2012-102-scholarships"


def test_count_and_amount_real_is_quiet() -> None:
    assert totals(waiting(QUANGNAM)) == []


@pytest.mark.parametrize(
    ("old", "new", "alarm"),
    [
        # the counts make their total: the amounts must make theirs
        ("số tiền 253 triệu", "số tiền 353 triệu", total_error("353 triệu đồng", 253_000_000)),
        ("; 140 triệu", "; 141 triệu", total_error("253 triệu đồng", 254_000_000)),
        ("3,5 triệu", "3,4 triệu", total_error("308,5 triệu đồng", 308_000_000)),
        # the amounts make theirs: the counts must make theirs (of one noun)
        ("102 sinh viên", "105 sinh viên", total_error("105 sinh viên", 102)),
        # recipients of portions: more recipients than portions
        ("cho 230 học sinh", "cho 231 học sinh", total_warning("343 suất học bổng", 344)),
    ],
)
def test_count_and_amount_changed(
    old: str, new: str, alarm: tuple[str, object, str, Decimal]
) -> None:
    assert totals(waiting(QUANGNAM, old, new)) == [alarm]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # fewer recipients than portions: one may receive two
        ("trao 343 suất", "trao 373 suất"),
        # an item's count that is also its multiplier: neither column makes its total
        ("trong đó 5 sinh viên", "trong đó 1 sinh viên"),
        # examples, not the items
        ("; trong đó 93 triệu", "; trong đó có các suất như 93 triệu"),
        # an item without its count
        ("cho 15 học sinh", "cho học sinh"),
    ],
)
def test_count_and_amount_near_misses(old: str, new: str) -> None:
    assert totals(waiting(QUANGNAM, old, new)) == []


def test_count_and_amount_other_nouns_is_quiet() -> None:
    # Houses counted, then households: another noun than the head's, and not recipients of
    # portions (the head counts no portions).
    text = (
        "Hội hỗ trợ xây dựng 10 căn nhà với số tiền 500 triệu đồng; trong đó 300 triệu đồng "
        "cho 6 hộ nghèo, 200 triệu đồng cho 5 hộ cận nghèo."
    )
    assert totals(text) == []


# ---- properties


def _scholarships(total: int, money: int, items: list[tuple[int, int]]) -> str:
    listed = "; ".join(
        f"{format_number(a)} triệu đồng cho {format_number(c)} học sinh" for a, c in items
    )
    return (
        f"Hội trao {format_number(total)} suất học bổng với số tiền {format_number(money)} "
        f"triệu đồng; trong đó {listed}."
    )


_ITEMS = st.lists(st.tuples(st.integers(1, 999), st.integers(1, 999)), min_size=2, max_size=6)


@given(_ITEMS, st.integers(-50, 50))
def test_counts_proving_the_list_check_the_amounts(
    items: list[tuple[int, int]], shift: int
) -> None:
    """The counts make their total: a finding exactly when the amounts do not make theirs (an
    error; parts above a total after *trong đó* are also rule 2's warning, said once)."""
    count = sum(c for _, c in items)
    money = sum(a for a, _ in items)
    stated = max(1, money + shift)
    found = totals(_scholarships(count, stated, items))
    if stated == money:
        assert found == []
    else:
        expected = total_error(f"{format_number(stated)} triệu đồng", money * 10**6)
        at_total = [f for f in found if f[0] == "total-mismatch"]
        assert [(f[0], f[2], f[3]) for f in at_total] == [(expected[0], expected[2], expected[3])]
        if stated > money:
            assert found == [expected]
        else:  # a part above the whole total is also a part-exceeds-total (rule 2)
            assert all(f in at_total or f[0] == "parts-exceed-total" for f in found)


@given(_ITEMS, st.integers(-50, 50).filter(lambda s: s != 0))
def test_amounts_proving_the_list_check_the_recipients(
    items: list[tuple[int, int]], shift: int
) -> None:
    """The amounts make their total: more recipients than portions is a warning, fewer is not
    a contradiction (one may receive two portions)."""
    count = sum(c for _, c in items)
    money = sum(a for a, _ in items)
    portions = max(1, count + shift)
    found = totals(_scholarships(portions, money, items))
    if count > portions:
        assert found == [total_warning(f"{format_number(portions)} suất học bổng", count)]
    else:
        assert found == []


@given(st.integers(1, 5000), st.integers(1, 2000), st.integers(-3, 3))
def test_total_after_the_value_each_is_the_product(count: int, each: int, shift: int) -> None:
    """'N suất quà, mỗi suất trị giá P nghìn đồng, với tổng kinh phí T nghìn đồng': reported
    exactly when T is not N × P."""
    product = count * each
    stated = max(1, product + shift)
    text = (
        f"Hội đã trao tặng {format_number(count)} suất quà, mỗi suất trị giá "
        f"{format_number(each)} nghìn đồng, với tổng kinh phí {format_number(stated)} nghìn đồng."
    )
    found = totals(text)
    if stated == product:
        assert found == []
    else:
        assert found == [total_error(f"{format_number(stated)} nghìn đồng", product * 1000)]


# ---- a count and its amount restated after their items, on the lines above
# https://baogialai.com.vn/hoi-bao-tro-benh-nhan-ngheo-tinh-gia-lai-trao-560-suat-qua-cho-nguoi-dan-co-hoan-canh-kho-khan-post568626.html

BAO_TRO = "gialai-bao-tro-560-mid-autumn-gifts"


@pytest.mark.parametrize(
    ("old", "new", "alarm"),
    [
        ("mang đến 560", "mang đến 565", total_error("565 phần quà", 560)),
        ("giá 224 triệu", "giá 274 triệu", total_error("274 triệu đồng", 224_000_000)),
        ("tặng 250 phần", "tặng 258 phần", total_error("560 phần quà", 568)),
    ],
)
def test_restated_pair_changed(old: str, new: str, alarm: tuple[str, object, str, Decimal]) -> None:
    assert totals(changed(BAO_TRO, old, new)) == [alarm]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # neither column makes its total: some items are elsewhere
        ("560 phần quà với tổng trị giá 224", "600 phần quà với tổng trị giá 250"),
        # a blank line: the items above are another paragraph's
        ("\nTổng cộng", "\n\nTổng cộng"),
        # another figure between the items and the restatement
        ("\nTổng cộng", "\nHội cũng trao 20 xe đạp.\nTổng cộng"),
    ],
)
def test_restated_pair_near_misses(old: str, new: str) -> None:
    text = changed(BAO_TRO, old, new)
    if "250" not in new:
        text = text.replace("giá 224 triệu", "giá 274 triệu")
    assert totals(text) == []


# ---- places named with their share each, then the rest of them
# https://congdankhuyenhoc.vn/bac-giang-hon-nua-ti-dong-hoc-bong-tang-hoc-sinh-vuot-kho-hieu-hoc-17923111508411557.htm

BACGIANG = "bacgiang-khuyenhoc-70-scholarships"


def test_the_rest_each_real_is_quiet() -> None:
    assert totals(waiting(BACGIANG)) == []


@pytest.mark.parametrize(
    ("old", "new", "alarm"),
    [
        ("trao 70 suất", "trao 30 suất", total_warning("30 suất học bổng", 70)),
        ("có 10 học sinh", "có 16 học sinh", total_warning("70 suất học bổng", 94)),
    ],
)
def test_the_rest_each_changed(old: str, new: str, alarm: tuple[str, object, str, Decimal]) -> None:
    assert totals(waiting(BACGIANG, old, new)) == [alarm]


def test_the_rest_each_same_noun_is_an_error() -> None:
    # The shares counted in portions, as the total: they must make it exactly.
    text = waiting(BACGIANG, "có 10 học sinh được trao học bổng", "trao 10 suất")
    assert totals(text.replace("mỗi huyện trao 5 suất", "mỗi huyện trao 4 suất")) == [
        total_error("70 suất học bổng", 64)
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # recipients fewer than the portions: one may receive two
        ("mỗi huyện trao 5 suất", "mỗi huyện trao 3 suất"),
        # no rest: "Trong đó" may name some places only
        ("các huyện, thành phố còn lại", "các huyện Việt Yên, Hiệp Hòa"),
        # another count of places before: the total may hold theirs
        ("tại 10 huyện, thành phố", "tại 10 huyện và 2 trường"),
        # an at-least share
        ("mỗi huyện trao 5 suất", "mỗi huyện trao từ 9 suất"),
    ],
)
def test_the_rest_each_near_misses(old: str, new: str) -> None:
    assert totals(waiting(BACGIANG, old, new)) == []
