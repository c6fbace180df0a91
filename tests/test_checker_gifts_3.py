"""Rule 2c (per unit), round 9: goods in kind given each and their total.

A total of goods each given in the same measure ("mỗi cụ ... 5m vải lụa", then "355m vải lụa")
is a whole number of that measure: the recipients need not be counted to see that 358m could
not be 5m each.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text

# http://www.baokhanhhoa.vn/chinh-tri/201701/trao-qua-chuc-tho-cua-chu-tich-nuoc-cho-nguoi-cao-tuoi-5003382/
# (corpus pending/p25_unseen_5_pending.toml, khanhhoa-nct-2017-71cu; second paragraph)
KHANHHOA = (
    "Tại những nơi đến thăm, đoàn đã ân cần thăm hỏi sức khỏe các cụ. Thừa ủy quyền của Chủ "
    "tịch nước và lãnh đạo tỉnh, đại diện đoàn đã trao cho mỗi cụ một suất quà gồm 500.000 đồng "
    "tiền mặt, 5m vải lụa và thiệp chúc thọ của Chủ tịch nước. Tổng trị giá đợt trao quà hơn 35 "
    "triệu đồng và 355m vải lụa."
)

# http://baodongthap.com.vn/xa-hoi/huyen-tam-nong-tham-tang-qua-nguoi-cao-tuoi-72403.aspx
# (corpus pending/p25_unseen_5_pending.toml, dongthap-tamnong-nct-2017-1131; third paragraph):
# what a portion is made of, with no total of the goods.
TAMNONG = (
    "Đoàn đã trao tặng giấy mừng thọ và 200 ngàn đồng/cụ cho các cụ tròn 70, 75, 80, 85, 95 và "
    "trên 100. Riêng các cụ tròn 100 tuổi được nhận thiếp mừng thọ của Chủ tịch nước và quà gồm "
    "5m vải lụa, 500 ngàn đồng; cụ tròn 90 tuổi được nhận quà UBND tỉnh tặng (400 ngàn tiền mặt)."
)


def _totals(text: str) -> list[tuple[str, str | None]]:
    return [(f.stated or "", f.computed) for f in check_text(text) if f.code == "total-mismatch"]


def test_real_paragraph_is_quiet() -> None:
    assert _totals(KHANHHOA) == []
    assert _totals(TAMNONG) == []


def test_a_total_that_is_no_whole_number_of_the_measure_each() -> None:
    assert _totals(KHANHHOA.replace("355m", "358m")) == [("358m", "355 m")]
    assert _totals(KHANHHOA.replace(" 5m ", " 9m ")) == [("355m", "351 m")]
    finding = next(f for f in check_text(KHANHHOA.replace("355m", "358m")))
    assert "5m" in finding.message_en
    assert "5m" in finding.message_vi


def test_another_whole_number_of_them_is_quiet() -> None:
    # 72 elders instead of 71: nothing tells how many there were.
    assert _totals(KHANHHOA.replace("355m", "360m")) == []


def test_near_misses_stay_quiet() -> None:
    base = "Trao cho mỗi hộ 10 kg gạo. Tổng cộng đã trao 1.005 kg gạo."
    assert _totals(base) == [("1.005 kg", "1.000 kg")]
    quiet = [
        # a measure per time, not per recipient
        base.replace("mỗi hộ", "mỗi tháng"),
        # the goods named again: the total may hold more of them than the amounts each
        base.replace("Tổng cộng", "Ngoài ra, trao gạo cho các trường. Tổng cộng"),
        # a bound: "hơn 1.005 kg"
        base.replace("đã trao 1.005", "đã trao hơn 1.005"),
        # a total before the amount each, or not opening its sentence with "Tổng"
        "Tổng cộng đã trao 1.005 kg gạo. Trao cho mỗi hộ 10 kg gạo.",
        "Trao cho mỗi hộ 10 kg gạo. Đoàn đã trao 1.005 kg gạo.",
        # another clause between "mỗi" and the measure
        "Trao cho mỗi hộ một suất quà; 10 kg gạo cho nhà văn hóa. Tổng cộng đã trao 1.005 kg gạo.",
        # money: totals in đồng often hold what has no stated value
        "Trao cho mỗi hộ 10 nghìn đồng tiền. Tổng cộng đã trao 1.005 nghìn đồng tiền.",
        # three figures of the goods: the total may add the third
        "Trao cho mỗi hộ 10 kg gạo, cho nhà văn hóa 5 kg gạo. Tổng cộng đã trao 1.005 kg gạo.",
    ]
    for text in quiet:
        assert _totals(text) == [], text


def _vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(st.integers(2, 50), st.integers(1, 5000))
def test_whole_multiples_are_never_reported(each: int, count: int) -> None:
    text = f"Trao cho mỗi hộ {each} kg gạo. Tổng cộng đã trao {_vi(each * count)} kg gạo."
    assert _totals(text) == []


@given(st.integers(2, 50), st.integers(1, 5000), st.integers(1, 49))
def test_a_remainder_at_the_units_is_reported(each: int, count: int, rest: int) -> None:
    total = each * count + rest % each
    if total % each == 0 or total % 10 == 0:
        return  # a multiple, or a total whose written precision may be tens
    text = f"Trao cho mỗi hộ {each} kg gạo. Tổng cộng đã trao {_vi(total)} kg gạo."
    found = _totals(text)
    assert len(found) == 1
    assert found[0][0] == f"{_vi(total)} kg"
    assert found[0][1] == f"{_vi(total // each * each)} kg"
