"""Rule 2c (per unit), round 13: gifts and relief given each, read on real paragraphs.

* a percentage counts no units: "trích 3,78 tỷ đồng hỗ trợ 252 hộ có nhà bị tốc mái trên 70%,
  mức hỗ trợ 15 triệu đồng/nhà" is 252 × 15 triệu (the 70 % tells which houses);
* places named right after the noun of *mỗi X*, without *các* or after a colon: "hỗ trợ tỉnh
  Thanh Hóa, Nghệ An, Quảng Trị, Sơn La mỗi tỉnh 1 tỷ đồng", "5.000 tấn gạo từ nguồn dự trữ
  quốc gia cho các tỉnh: Quảng Bình, ..., Quảng Nam và Hà Tĩnh, mỗi tỉnh 1.000 tấn";
* a list opened by *Theo đó,* is read against the one total of the sentence before, as one
  opened by *Cụ thể,*;
* after the one ``;`` of a sentence, *mỗi X ...* belongs to the item before ("trao 100 suất quà
  ... trên địa bàn 2 huyện Kbang và Kông Chro; mỗi huyện 50 suất quà");
* what a value each is made of, in brackets right after it, is passed over before the total
  ("mỗi phần quà trị giá 600.000đ (gồm tiền mặt 500.000đ, hiện vật 100.000đ), tổng trị giá
  780.000.000đ"), and a *và* after *cho* joins recipients, it adds no goods.
"""

from __future__ import annotations

from decimal import Decimal

from _checker_helpers import changed, paragraph, totals
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Severity

# https://kienthuc.net.vn (corpus pending p29_hunt15_pending.toml)
HATINH = "kienthuc-hatinh-851ty"
# https://tienphong.vn/gia-lai-ho-tro-6-ty-dong-cho-cac-tinh-bi-thiet-hai-do-bao-bualoi-gay-ra-post1783088.tpo
# (corpus p32_perunit9_entered.toml)
BUALOI = "tienphong-gialai-6ty-bualoi"
# cuuchienbinh.vn (corpus pending p31_hunt22_pending.toml)
RICE = "cuuchienbinh-gao-5000"
# baogialai.com.vn (corpus pending p29_hunt13_pending.toml)
KBANG = "gialai-kbang-nkt-100suat"
# hnncddc.camau.gov.vn (corpus pending p25_unseen_5_pending.toml)
CAMAU = "camau-ctd-1300suat-600000"


def _swap(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_the_real_paragraphs_are_quiet() -> None:
    for pid in (HATINH, BUALOI, RICE, KBANG, CAMAU):
        assert totals(paragraph(pid)) == [], pid


def test_a_percentage_counts_no_houses() -> None:
    text = changed(HATINH, "252 hộ", "256 hộ")
    assert totals(text) == [
        ("total-mismatch", Severity.ERROR, "3,78 tỷ đồng", Decimal("3840000000"))
    ]
    text = changed(HATINH, "361 hộ", "761 hộ")
    assert [t[2] for t in totals(text)] == ["3,61 tỷ đồng"]


def test_a_percentage_alone_before_the_price_is_no_count() -> None:
    # near miss: with no count of houses, the percentage is not taken for one
    text = changed(HATINH, "252 hộ có nhà bị tốc mái", "các hộ có nhà bị tốc mái")
    assert totals(text) == []


def test_provinces_named_after_their_noun() -> None:
    text = changed(BUALOI, "tổng số tiền 6 tỷ đồng", "tổng số tiền 7 tỷ đồng")
    assert totals(text) == [("total-mismatch", Severity.ERROR, "7 tỷ đồng", Decimal("6000000000"))]
    text = changed(BUALOI, "tỉnh Hà Tĩnh 2 tỷ đồng", "tỉnh Hà Tĩnh 9 tỷ đồng")
    assert [t[2] for t in totals(text)] == ["6 tỷ đồng"]


def test_theo_do_with_examples_or_a_rough_total_is_quiet() -> None:
    # near misses: a total "khoảng" (any near value), and examples (Cụ thể như) are no list
    assert totals(changed(BUALOI, "tổng số tiền 6 tỷ", "tổng số tiền khoảng 7 tỷ")) == []
    text = changed(BUALOI, "Theo đó, Gia Lai hỗ trợ", "Cụ thể như, Gia Lai hỗ trợ")
    assert totals(_swap(text, "tổng số tiền 6 tỷ", "tổng số tiền 7 tỷ")) == []


def test_a_name_with_another_noun_is_not_counted() -> None:
    # near miss: "tỉnh Thanh Hóa, huyện ... mỗi tỉnh": the pieces are not all names of tỉnh
    text = changed(
        BUALOI,
        "Thanh Hóa, Nghệ An, Quảng Trị, Sơn La mỗi",
        "Thanh Hóa, huyện Nghệ An, Quảng Trị, Sơn La mỗi",
    )
    assert totals(_swap(text, "tổng số tiền 6 tỷ", "tổng số tiền 7 tỷ")) == []


def test_rice_for_provinces_named_after_a_colon() -> None:
    text = changed(RICE, "5.000 tấn", "5.005 tấn")
    assert [t[2] for t in totals(text)] == ["5.005 tấn"]
    text = changed(RICE, "mỗi tỉnh 1.000 tấn", "mỗi tỉnh 7.000 tấn")
    assert [t[2] for t in totals(text)] == ["5.000 tấn"]
    # near miss: a rough total
    assert totals(changed(RICE, "tiền 5.000 tấn", "tiền khoảng 5.005 tấn")) == []


def test_each_after_the_one_semicolon_belongs_to_the_item_before() -> None:
    text = changed(KBANG, "mỗi huyện 50 suất", "mỗi huyện 53 suất")
    assert [t[2] for t in totals(text)] == ["100 suất"]
    assert [t[2] for t in totals(changed(KBANG, "trao 100 suất", "trao 102 suất"))] == ["102 suất"]


def test_each_after_the_last_of_several_semicolons_stays_quiet() -> None:
    # near miss: two items before "; mỗi suất ...": the value each may be of both
    text = (
        "Đoàn đã trao 50 suất quà cho xã Kbang; 50 suất quà cho xã Kông Chro; mỗi suất trị "
        "giá 400 ngàn đồng, tổng trị giá 40 triệu đồng."
    )
    assert totals(text) == []


def test_value_made_of_in_brackets_then_its_total() -> None:
    text = changed(CAMAU, "780.000.000đ", "780.000.009đ")
    assert totals(text) == [
        ("total-mismatch", Severity.ERROR, "780.000.009đ", Decimal("780000000"))
    ]
    assert [t[2] for t in totals(changed(CAMAU, "1.300 phần", "6.300 phần"))] == ["780.000.000đ"]


def test_brackets_that_add_to_the_value_each_stay_quiet() -> None:
    # near miss: "(chưa kể ...)" is not what the value is made of: the total may hold more
    text = changed(
        CAMAU, "(gồm tiền mặt 500.000đ, hiện vật 100.000đ)", "(chưa kể tiền mặt 100.000đ)"
    )
    assert totals(_swap(text, "780.000.000đ", "910.000.000đ")) == []


_NAMES = ["Thanh Hóa", "Nghệ An", "Quảng Trị", "Sơn La", "Hà Tĩnh", "Yên Bái", "Lào Cai"]


@given(
    st.lists(st.sampled_from(_NAMES), min_size=2, max_size=7, unique=True),
    st.integers(min_value=1, max_value=50),
    st.integers(min_value=-3, max_value=3),
)
def test_places_named_after_the_noun_make_the_total(names: list[str], each: int, slip: int) -> None:
    """Places named after *tỉnh* and given *each* make the total; any slip is found."""
    listed = ", ".join(names[:-1]) + " và " + names[-1]
    total = len(names) * each + slip
    if total <= 0:
        return
    text = f"Hỗ trợ {total} tỷ đồng cho tỉnh {listed}, mỗi tỉnh {each} tỷ đồng."
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert bool(found) == (slip != 0)
