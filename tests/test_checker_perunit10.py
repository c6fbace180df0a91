"""Rule 2g (totals whose parts are fractions' numerators) and rule 2c's quoted names, round 14.

* the rest of a fraction: "806/1.003 vụ việc (80,4%), còn 197 vụ việc (19,6%) ... chưa có kết
  quả" (806 + 197 = 1.003), "15.759/16.031 đại biểu ..., thiếu 272 đại biểu";
* a fraction detailed by fractions whose denominators make its own: "40/67 đơn ..., trong đó
  khiếu nại 21/38 đơn và tố cáo 19/29 đơn" (38 + 29 = 67, so 21 + 19 must be 40);
* a gift named in quotes, counted and priced each: "trao 800 “Túi an sinh công đoàn” ..." /
  "Mỗi “Túi an sinh công đoàn” trị giá 200.000 đồng ... Tổng giá trị ... là 160 triệu đồng".
"""

from __future__ import annotations

from decimal import Decimal

from _checker_helpers import changed, paragraph, totals
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.checker._numerator_totals import rest_makes_whole
from hoiquanchung.findings import Severity

# https://lite.baomoi.com/theo-doi-giam-sat-viec-giai-quyet-don-khieu-nai-to-cao-c51006022.epi
# (corpus pending p32_hunt24_pending.toml)
CASES = "baomoi-vu-viec-ton-dong-2024"
# https://1thegioi.vn/chu-tich-nguyen-duc-chung-trung-cu-db-hdnd-voi-so-phieu-cao-nhat-95818.html
# (corpus pending p31_hunt22_pending.toml)
HANOI = "1thegioi-hanoi-baucu-2016"
# https://baoquangbinh.vn/phap-luat/201804/giai-quyet-4067-don-khieu-nai-to-cao-cua-cong-dan-2155039/
# (corpus pending p31_hunt22_pending.toml)
LETTERS = "baoquangbinh-don-q1-2018"
# https://baoquangbinh.vn/dan-tri-nhan-luc/201712/hon-55-truong-hoc-dat-chuan-quoc-gia-2152248/
# (corpus pending p28_hunt8_pending.toml): 179 + 206 + 165 + 33 = 583 of 590 schools listed
SCHOOLS = "quangbinh-truongchuan-2017"
# https://thanhnien.vn/tai-chinh-kinh-doanh/thu-noi-dia-xuat-khau-sut-giam-manh-1222444.html
# (corpus p31_hunt21.toml): "47/63 ..., trong đó 32 địa phương ...; 28/63 ...; 35/63 ..."
REVENUE = "thanhnien-thunoidia-4-2020"
# hoilhpn.org.vn (corpus pending p18_unseen_pending.toml): "41/43 tỉnh ...; 41/43 tỉnh ..."
WOMEN = "tw-lhpn-2020-women-in-committees"
# http://thdt.vn/dong-thap-trao-800-tui-an-sinh-cho-doan-vien-nguoi-lao-dong-nganh-giao-duc.html
# (corpus pending p29_hunt13_pending.toml)
BAGS = "dongthap-tuiansinh-2021-800"


def test_the_real_paragraphs_are_quiet() -> None:
    for pid in (CASES, HANOI, LETTERS, SCHOOLS, REVENUE, WOMEN, BAGS):
        assert totals(paragraph(pid)) == [], pid


def test_the_rest_of_a_fraction() -> None:
    text = changed(CASES, "còn 197 vụ việc", "còn 297 vụ việc")
    assert totals(text) == [("total-mismatch", Severity.ERROR, "1.003 vụ việc", Decimal(1103))]
    text = changed(CASES, "806/1.003", "806/2.003")
    assert [t[2] for t in totals(text)] == ["2.003 vụ việc"]
    text = changed(HANOI, "thiếu 272 đại biểu", "thiếu 232 đại biểu")
    assert totals(text) == [
        ("total-mismatch", Severity.ERROR, "16.031 đại biểuHĐND", Decimal(15991))
    ]


def test_the_rest_near_misses() -> None:
    # bare "còn" without "chưa"/"đang" or a share: some of the rest, maybe
    text = changed(CASES, "(19,6%) các địa phương chưa có kết quả", "là vụ việc phức tạp")
    assert totals(changed_text(text, "còn 197", "còn 97")) == []
    # a date is no fraction; "giảm còn" is no rest
    assert totals("Ngày 22/5, mỗi đơn vị thiếu 2 đại biểu.") == []
    assert totals("Từ 1/7, 63 tỉnh thành sẽ sắp xếp giảm còn 28 tỉnh.") == []
    # another noun
    assert totals("Đã giải quyết 806/1.003 vụ việc, còn lại 97 đơn thư đang xác minh.") == []


def changed_text(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_fractions_detailed_by_fractions() -> None:
    text = changed(LETTERS, "tố cáo 19/29 đơn", "tố cáo 99/29 đơn")
    assert totals(text) == [("total-mismatch", Severity.ERROR, "40", Decimal(120))]
    text = changed(LETTERS, "giải quyết 40/67", "giải quyết 44/67")
    assert [t[2] for t in totals(text)] == ["44"]


def test_fractions_detailed_near_misses() -> None:
    # the denominators do not make the whole (some kinds of school only): quiet
    assert totals(changed(SCHOOLS, "71/179 trường", "91/179 trường")) == []
    # a denominator changed: the numerators still hold, the parts are not proven whole
    assert totals(changed(LETTERS, "khiếu nại 21/38 đơn", "khiếu nại 21/39 đơn")) == []
    # a plain count among the parts, fractions with one denominator: criteria, not parts
    assert totals(changed(REVENUE, "28/63", "38/63")) == []
    assert totals(changed(WOMEN, "có 6/43 tỉnh", "có 9/43 tỉnh")) == []


def test_a_gift_named_in_quotes() -> None:
    text = changed(BAGS, "là 160 triệu đồng", "là 140 triệu đồng")
    assert totals(text) == [
        ("total-mismatch", Severity.ERROR, "140 triệu đồng", Decimal(160_000_000))
    ]
    text = changed(BAGS, "trao 800 “Túi", "trao 809 “Túi")
    assert [t[2] for t in totals(text)] == ["160 triệu đồng"]


def test_a_gift_named_in_quotes_near_miss() -> None:
    # another name quoted in the value each: not the portions counted
    text = changed(BAGS, "Mỗi “Túi an sinh công đoàn”", "Mỗi “Phần quà Tết”")
    assert totals(changed_text(text, "là 160 triệu", "là 140 triệu")) == []


counts = st.integers(min_value=1, max_value=99_999)


@given(counts, counts, st.integers(min_value=-50, max_value=50))
def test_rest_makes_whole_is_the_sum(done: int, rest: int, off: int) -> None:
    assert rest_makes_whole(Decimal(done), Decimal(rest), Decimal(done + rest + off)) == (off == 0)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(counts, counts, st.integers(min_value=-50, max_value=50))
def test_the_rest_is_checked_exactly(done: int, rest: int, off: int) -> None:
    whole = done + rest + off
    assume(whole >= 13)  # "3/5" may be a date; a denominator of 13 or more is not a month
    text = (
        f"Đã giải quyết {_grouped(done)}/{_grouped(whole)} vụ việc, "
        f"còn lại {_grouped(rest)} vụ việc đang xác minh."
    )
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert len(found) == (0 if off == 0 else 1)
    if found:
        assert found[0].computed_value == done + rest


dens = st.integers(min_value=13, max_value=99_999)  # "1/1" may be a date, "1/13" is not


@given(counts, dens, counts, dens, st.integers(min_value=-9, max_value=9))
def test_detailed_numerators_are_checked_when_denominators_hold(
    x1: int, y1: int, x2: int, y2: int, off: int
) -> None:
    a, b = x1 + x2 + off, y1 + y2
    assume(0 <= a <= b)  # a numerator above its denominator: no count of parts
    text = (
        f"Đã giải quyết {_grouped(a)}/{_grouped(b)} đơn, trong đó khiếu nại "
        f"{_grouped(x1)}/{_grouped(y1)} đơn và tố cáo {_grouped(x2)}/{_grouped(y2)} đơn."
    )
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert len(found) == (0 if off == 0 else 1)


# https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/Da-Nang-Tiep-1788-luot-nguoi-trong-quy-I-146613.html
DANANG = (
    "Kết quả, đã giải quyết được 19/33 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, 14 vụ còn "
    "lại đang giải quyết. Các quyết định giải quyết khiếu nại, kết luận xử lý tố cáo có hiệu "
    "lực pháp luật đã triển khai thực hiện đảm bảo đúng quy định."
)


def test_the_rest_named_after_its_count() -> None:
    assert totals(DANANG) == []
    text = changed_text(DANANG, "14 vụ còn", "24 vụ còn")
    assert totals(text) == [("total-mismatch", Severity.ERROR, "33 vụ việc", Decimal(43))]
    # near miss: without "còn lại" the 24 may be some of the rest only
    assert totals(changed_text(text, "vụ còn lại đang", "vụ đang")) == []


# https://xosogialai.org/tuoi-tre-trao-hoc-bong-cho-hoc-sinh-vung-lu-phu-yen-1241212.htm
# (corpus pending p29_hunt13_pending.toml)
SCHOLARSHIPS = "phuyen-tuoitre-2016-175"


def test_a_total_after_the_items_in_their_sentence() -> None:
    assert totals(paragraph(SCHOLARSHIPS)) == []
    text = changed(SCHOLARSHIPS, "là 175 triệu đồng", "là 176 triệu đồng")
    assert totals(text) == [
        ("total-mismatch", Severity.ERROR, "176 triệu đồng", Decimal(175_000_000))
    ]
    text = changed(SCHOLARSHIPS, "50 suất học bổng (1,5", "50 suất học bổng (1,2")
    assert [t[2] for t in totals(text)] == ["175 triệu đồng"]


def test_a_total_after_the_items_near_misses() -> None:
    # an item without its price: the list cannot be summed
    text = changed(SCHOLARSHIPS, "50 suất học bổng (1,5 triệu đồng/suất)", "50 suất học bổng")
    assert totals(changed_text(text, "là 175 triệu", "là 176 triệu")) == []
    # words with a figure after the total: the total may be of more
    text = changed(SCHOLARSHIPS, "là 175 triệu đồng.", "là 175 triệu đồng, kèm 400 suất quà.")
    assert totals(changed_text(text, "là 175 triệu", "là 176 triệu")) == []


@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=-3, max_value=3),
)
def test_a_total_after_the_items_is_their_products(
    n1: int, p1: int, n2: int, p2: int, off: int
) -> None:
    total = n1 * p1 + n2 * p2 + off
    assume(total > 0)
    text = (
        f"Hội trao {n1} suất học bổng ({p1} triệu đồng/suất) cho học sinh tiểu học và {n2} suất "
        f"học bổng ({p2} triệu đồng/suất) cho học sinh THCS, tổng giá trị học bổng là "
        f"{_grouped(total)} triệu đồng."
    )
    found = [f for f in check_text(text) if f.code == "total-mismatch"]
    assert [f.computed_value for f in found] == ([] if off == 0 else [(total - off) * 10**6])
