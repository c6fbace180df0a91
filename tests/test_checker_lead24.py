"""Round 24 (lead): false alarms the hunts found on unseen text, each fixed, on its real paragraph,
with the near miss that must still be found.

Real paragraphs are read from the corpus by id (their addresses are in the corpus files and in
the comments below).
"""

from __future__ import annotations

from _checker_helpers import alarm_codes, corpus

from hoiquanchung.checker import check_text


def test_the_sum_of_money_of_everything_is_no_part_of_the_list_before_it() -> None:
    # https://mttq.vinhlong.gov.vn/index.php/node/1634 (pending h78-mttq-vinhlong-da-cam-tet-2026):
    # "mỗi suất trị giá 1.200.000 đồng gồm: một số nhu yếu phẩm và tiền mặt 1.000.000 đồng, tổng
    # trị giá là 60.000.000 đồng": the 60.000.000 of the 50 gifts was read as a part of one gift.
    assert alarm_codes(corpus("h78-mttq-vinhlong-da-cam-tet-2026")) == []
    minimal = (
        "Mỗi suất trị giá 1.200.000 đồng gồm nhu yếu phẩm và tiền mặt 1.000.000 đồng, tổng trị "
        "giá là 60.000.000 đồng."
    )
    assert alarm_codes(minimal) == []
    # The near misses: the list before the grand total is still read whole, and a list whose
    # own items are each worded "tổng ..." is no list cut at its second item.
    near = (
        "Quỹ có 1.200.000 đồng gồm tiền mặt 1.000.000 đồng và 300.000 đồng hiện vật, tổng trị giá "
        "là 60.000.000 đồng."
    )
    assert [(f.code, f.stated) for f in check_text(near)] == [("total-mismatch", "1.200.000 đồng")]
    items = (
        "Kinh phí 500 triệu đồng, gồm: tổng kinh phí tỉnh 300 triệu đồng, tổng kinh phí huyện 250 "
        "triệu đồng."
    )
    assert [f.code for f in check_text(items)] == ["total-mismatch"]


def test_an_amount_each_is_no_total_of_the_next_items_product() -> None:
    # https://vietnamnet.vn/quang-tri-dua-cong-nghe-so-den-moi-ngo-ngach-canh-tay-noi-dai-chuyen-doi-so-2225596.html
    # (pending h82-vietnamnet-quangtri-to-cns-2022): "mỗi đơn vị cấp xã thành lập 1 Tổ công nghệ
    # số cấp xã; mỗi đơn vị cấp xã lựa chọn 2 thôn, mỗi thôn thành lập 1 Tổ ...": the first
    # "1 Tổ", a count each, was read as the total of 2 × 1 Tổ.
    assert alarm_codes(corpus("h82-vietnamnet-quangtri-to-cns-2022")) == []
    assert alarm_codes("Mỗi xã thành lập 1 tổ; mỗi xã chọn 2 thôn, mỗi thôn thành lập 1 tổ.") == []
    assert alarm_codes("Huyện thành lập 1 tổ; mỗi xã chọn 2 thôn, mỗi thôn thành lập 1 tổ.") == []
    # The near miss: what each unit got, after the one ";", still belongs to the item before.
    near = "Trao 100 suất quà trên địa bàn 2 huyện Kbang và Kông Chro; mỗi huyện 60 suất quà."
    assert [(f.code, f.stated, f.computed) for f in check_text(near)] == [
        ("total-mismatch", "100 suất", "120 suất")
    ]
