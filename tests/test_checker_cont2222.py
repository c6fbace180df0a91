"""Round 22 (helper cont22): parallel items of a continued breakdown are distinct.

Rule 2d reads a total broken down after it ("Trong đó, ...", "Trong số này ...") only when it
has evidence that the parts do not overlap.  Items named alike, one kind each ("vốn ngân sách
trung ương ...; vốn ngân sách địa phương ..."), are such evidence, as rule 2 already reads them
in one sentence (hoiquanchung.checker._continued_parallel).  Tested on real paragraphs, with the
near misses where the parts may overlap.
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text
from hoiquanchung.checker._continued_parallel import parallel_items


def _totals(text: str) -> list[tuple[str, str]]:
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


# https://thoibaotaichinhvietnam.vn/infographics-hon-15054-ty-dong-von-dau-tu-cac-chuong-trinh-muc-tieu-quoc-gia-da-duoc-giai-ngan-161651.html
TBTC = "h65-tbtc-12-du-an-trong-diem-giai-ngan-7-2025"


def test_parts_named_alike_after_trong_do_that_exceed_their_total_are_reported() -> None:
    # "... là 22.579,5 tỷ đồng, ... Trong đó, vốn ngân sách trung ương là 20.057,3 tỷ đồng, ...;
    # vốn ngân sách địa phương là 2.522,2 tỷ đồng": central and local budget, one each.
    assert _totals(corpus(TBTC)) == []
    assert _totals(corpus(TBTC, "2.522,2", "2.532,2")) == [
        ("22.579,5 tỷ đồng", "22.589.500.000.000 đồng")
    ]
    assert _totals(corpus(TBTC, "20.057,3", "25.057,3")) == [
        ("22.579,5 tỷ đồng", "27.579.500.000.000 đồng")
    ]


def test_parts_named_alike_short_of_their_total_say_nothing() -> None:
    # "Trong đó" may name some kinds only: less than the total is no error.
    assert _totals(corpus(TBTC, "2.522,2", "2.122,2")) == []


def test_a_budget_broken_down_by_source_of_revenue_is_read() -> None:
    # https://vneconomy.vn/thanh-hoa-grdp-tang-819-doanh-nghiep-moi-dan-dau-bac-trung-bo.htm
    # "Thu ngân sách nhà nước trên địa bàn đạt 44.067 tỷ đồng, ... Trong đó, thu nội địa 28.661
    # tỷ đồng, ...": the revenue's items each open with "thu".
    pid = "h59-vneconomy-thanh-hoa-9-thang-2025"
    assert _totals(corpus(pid)) == []
    found = _totals(corpus(pid, "28.661", "28.666"))
    assert [stated for stated, _computed in found] == ["44.067 tỷ đồng"]


def test_items_without_a_frame_in_common_are_no_list() -> None:
    # The near miss of rule 2d's stray-comma total (test_checker_far_3): "1.100.000.000 đồng
    # tiền mặt; 900.000.000 đồng hàng hóa đã nhận" share no word: not read as kinds of one set.
    text = (
        "Chi hỗ trợ từ Quỹ Cứu trợ tỉnh: 1.890.000.000, đồng. Trong đó, 1.100.000.000 đồng tiền "
        "mặt; 900.000.000 đồng hàng hóa đã nhận."
    )
    assert _totals(text) == []


def test_a_total_of_two_kinds_named_together_is_their_union() -> None:
    # https://baonghean.vn (h55-baonghean-bhxh-bhyt-12-2024): "3.105.812 người tham gia BHXH,
    # BHYT. Trong đó, số người tham gia BHYT là 2.970.132 người, ...; Số người tham gia BHXH là
    # 430.771 người": one person pays both; the parts exceed the total and are no slip.
    text = corpus("h55-baonghean-bhxh-bhyt-12-2024")
    assert "tham gia BHXH, BHYT" in text
    assert _totals(text) == []


def test_fires_and_explosions_counted_together_are_left_alone() -> None:
    # https://beta-hn.tek4tv.vn (hanoi-chay-9t): "925 vụ cháy, nổ" / "Trong đó, 6 vụ cháy gây
    # thiệt hại nghiêm trọng, 3 vụ cháy lớn, 133 vụ cháy trung bình, 783 vụ cháy nhỏ, 2 vụ nổ":
    # the total names both kinds; the grades of the fires make it alone.
    assert _totals(corpus("hanoi-chay-9t")) == []


def test_the_same_kind_twice_and_traits_are_no_parallel_items() -> None:
    # The guards rule 2 holds (round 21's lesson: "100 triệu đồng từ Quỹ và 50 triệu đồng từ
    # Quỹ" is one source twice, no two parts).
    assert not parallel_items([" từ Quỹ ", " và "], [" từ Quỹ và ", " từ Quỹ."])
    assert not parallel_items(["Trong đó, có ", ", "], [" nữ, ", " dân tộc thiểu số."])
    assert not parallel_items(["Trong đó, cấp phường ", ", các ban "], [", các ban ", "."])
    assert parallel_items(
        ["Trong đó, vốn ngân sách trung ương là ", "; vốn ngân sách địa phương là "],
        [", đạt 23,6%; vốn", ", đạt 22,3%."],
    )
