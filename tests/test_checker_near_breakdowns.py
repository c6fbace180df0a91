"""Near breakdowns (issue 9): tiers by price, cash and goods, a total each with parts each,
portions given to counted recipients, a value each with its total in the same sentence.

Real sentences of the corpus (tests/corpus/, read by id) and the near-misses where the checker
must stay quiet; hypothesis properties for each reading.
"""

from __future__ import annotations

from decimal import Decimal

from _checker_helpers import CORPUS, TOTALS, alarm_findings, changed
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._kinds import canonical_value, portion_nouns, recipient_nouns
from hoiquanchung.findings import Severity
from hoiquanchung.numbers import format_number


def totals(text: str) -> list[tuple[str, Severity, str | None, Decimal | None]]:
    return [
        (f.code, f.severity, f.stated, f.computed_value)
        for f in alarm_findings(text)
        if f.code in TOTALS
    ]


# ---------------------------------------------------------------- tiers by price
GIFTS = "haiduong-tw-ctd-tet-gifts"


def test_tiers_by_price_are_the_whole_both_ways() -> None:
    more = totals(changed(GIFTS, "tặng 180 suất", "tặng 680 suất"))
    assert ("total-mismatch", Severity.WARNING, "680 suất", Decimal(180)) in more
    fewer = totals(changed(GIFTS, "(800.000đ/suất), 80 suất", "(800.000đ/suất), 40 suất"))
    assert ("total-mismatch", Severity.WARNING, "180 suất", Decimal(140)) in fewer


def test_tiers_at_one_price_or_naming_a_donor_stay_quiet() -> None:
    one_price = "Hội tặng 180 suất quà, trong đó 20 suất 500.000đ/suất, 80 suất 500.000đ/suất."
    assert totals(one_price) == []
    donors = (
        "Hội trao 300 suất quà, trong đó 50 suất trị giá 1 triệu đồng/suất của Công ty A, "
        "50 suất trị giá 500.000 đồng/suất của Ngân hàng B."
    )
    assert totals(donors) == []
    unpriced = (
        "Hội trao 300 suất quà, trong đó 50 suất trị giá 1 triệu đồng/suất, 50 suất cho trẻ em."
    )
    assert totals(unpriced) == []


@given(
    st.lists(st.integers(min_value=1, max_value=900), min_size=2, max_size=4),
    st.integers(min_value=-5, max_value=5),
)
def test_tiers_are_reported_exactly_when_they_do_not_make_the_total(
    counts: list[int], delta: int
) -> None:
    total = sum(counts) + delta
    if total < 1:
        return
    items = ", ".join(
        f"{format_number(n)} suất trị giá {format_number((k + 1) * 100_000)}đ/suất"
        for k, n in enumerate(counts)
    )
    stated = f"{format_number(total)} suất"
    text = f"Hội đã tặng {stated} quà, trong đó {items}."
    alarms = totals(text)
    found = [f for f in alarms if f[0] == "total-mismatch" and f[2] == stated]
    if delta == 0:
        assert alarms == []
    elif max(counts) > total:  # one alarm for the total: rule 2's, a part above it
        assert len(alarms) == 1
        assert found or alarms[0][0] == "parts-exceed-total"
    else:
        assert found == [("total-mismatch", Severity.WARNING, stated, Decimal(sum(counts)))]


# ---------------------------------------------------------------- cash and goods
def test_a_gifts_cash_and_goods_are_its_whole_value() -> None:
    assert totals(CORPUS["gialai-ctd-400-gifts"].text) == []
    fewer = totals(
        changed("gialai-ctd-400-gifts", "500.000 đồng tiền mặt", "100.000 đồng tiền mặt")
    )
    assert fewer == [("total-mismatch", Severity.ERROR, "600.000 đồng", Decimal(200_000))]
    assert canonical_value("form", "tiền  Quà") == "hiện vật"
    assert canonical_value("form", "tiền mặt") == "tiền mặt"


def test_cash_alone_or_two_sources_stay_quiet() -> None:
    # One form only: the rest may be goods not listed.
    assert totals("Trị giá 600.000 đồng, trong đó có 100.000 đồng tiền mặt và 50.000 đồng.") == []
    sources = "Tổng kinh phí 120 triệu đồng, trong đó 100 triệu đồng từ Quỹ A và 10 triệu đồng."
    assert totals(sources) == []


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_cash_and_goods_against_the_value_each(cash: int, goods: int) -> None:
    value = 600
    text = (
        f"Mỗi suất quà trị giá {value}.000 đồng, trong đó có {goods}.000 đồng tiền quà và "
        f"{cash}.000 đồng tiền mặt."
    )
    found = totals(text)
    mismatch = [f for f in found if f[0] == "total-mismatch"]
    if cash + goods == value:
        assert found == []
    else:
        assert mismatch == [
            ("total-mismatch", Severity.ERROR, f"{value}.000 đồng", Decimal((cash + goods) * 1000))
        ]


# ---------------------------------------------------------------- a total each, parts each
HANOI = "hanoi-tet-poor-households-budget"


def test_parts_each_of_a_total_each() -> None:
    assert totals(CORPUS[HANOI].text) == []
    more = totals(changed(HANOI, "TP: 250.000", "TP: 450.000"))
    assert more == [("total-mismatch", Severity.WARNING, "300.000 đồng", Decimal(500_000))]
    # Parts per another unit are amounts each, no parts of an amount per household.
    other = (
        "Mức 300.000 đồng/hộ (trong đó, ngân sách TP: 450.000 đồng/người; quận: 50.000 đồng/người)."
    )
    assert totals(other) == []


# ---------------------------------------------------------------- portions to counted recipients
GIFTS_TO = "ninhthuan-ctd-gifts"


def test_recipients_beyond_the_portions_are_a_contradiction() -> None:
    assert totals(CORPUS[GIFTS_TO].text) == []
    fewer_portions = totals(changed(GIFTS_TO, "tặng 18.796", "tặng 18.736"))
    assert fewer_portions == [("total-mismatch", Severity.WARNING, "18.736 suất", Decimal(18_796))]
    # More portions than recipients: one may receive two.
    assert totals(changed(GIFTS_TO, "cho 17.269", "cho 17.266")) == []


def test_places_nested_groups_and_mixed_nouns_stay_quiet() -> None:
    assert totals("Hội tặng 5 suất quà cho 3 xã, 4 phường.") == []
    assert totals("Hội tặng 100 suất quà cho 80 hộ, 50 hộ nghèo.") == []  # may be inside
    assert totals("Hội tặng 100 suất quà cho 80 hộ nghèo, 50 khẩu.") == []
    assert totals("Hội tặng 100 suất quà cho 80 hộ nghèo.") == []  # one group: no list
    assert totals("Hội tặng khoảng 100 suất quà cho 80 hộ nghèo, 50 hộ cận nghèo.") == []
    assert "suất" in portion_nouns()
    assert "hộ" in recipient_nouns()


@given(
    st.integers(min_value=1, max_value=20_000),
    st.integers(min_value=1, max_value=20_000),
    st.integers(min_value=1, max_value=40_000),
)
def test_portions_warn_exactly_when_recipients_outnumber_them(
    poor: int, near: int, portions: int
) -> None:
    text = (
        f"Hội tặng {format_number(portions)} suất quà cho {format_number(poor)} hộ nghèo, "
        f"{format_number(near)} hộ cận nghèo."
    )
    found = totals(text)
    if poor + near <= portions:
        assert found == []
    else:
        stated = f"{format_number(portions)} suất"
        assert found == [("total-mismatch", Severity.WARNING, stated, Decimal(poor + near))]


# ---------------------------------------------------------------- a value each, its total after
HUE = "hue-khuyenhoc-120-scholarships"


def test_value_each_with_its_total_in_the_same_sentence() -> None:
    assert totals(CORPUS[HUE].text) == []
    found = totals(changed(HUE, "tổng kinh phí 120", "tổng kinh phí 820"))
    assert found == [("total-mismatch", Severity.ERROR, "820 triệu đồng", Decimal(120_000_000))]


def test_a_gift_called_phan_qua_is_a_suat_qua() -> None:
    text = (
        "Hội trao 130 suất quà cho hộ nghèo. Mỗi phần quà trị giá 500.000 đồng. "
        "Tổng giá trị các suất quà là 61 triệu đồng."
    )
    assert totals(text) == [
        ("total-mismatch", Severity.ERROR, "61 triệu đồng", Decimal(65_000_000))
    ]


def test_an_amount_each_is_no_total_of_the_next_items_each() -> None:
    # Two prices, not a total and its product (a false alarm before).
    text = (
        "Hội trao 300 suất quà, trong đó 50 suất quà trị giá 1 triệu đồng/suất của Công ty A, "
        "50 suất quà mỗi suất 500.000 đồng."
    )
    assert [f for f in check_text(text) if f.stated == "1 triệu đồng"] == []


def test_ti_and_ty_are_one_scale() -> None:
    text = "Tiếp nhận 20 tỉ đồng, gồm 15 tỷ đồng tiền mặt và 2 tỷ đồng hiện vật."
    assert totals(text) == [("total-mismatch", Severity.ERROR, "20 tỉ đồng", Decimal(17 * 10**9))]
    assert totals(CORPUS["tw-ctd-2014-bien-dao-sms"].text) == []
