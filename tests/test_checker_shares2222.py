"""Round 22 (shares22): the counted shares read through the items' growth rates.

Rule shares reads a run of shares each with its own count ("đạt 9,1 triệu lượt người, chiếm
85,2%") as a partition of the counts' sum when every share but one fits it
(``_counted_breakdown``).  Statistical prose writes each item's growth right after its share
("..., chiếm 85,2% lượng khách quốc tế đến và tăng 22,7% so với cùng kỳ năm trước; bằng đường bộ
..."): that percentage is the item's change, no share and no second breakdown, and it no longer
cuts the run.  Shares a reading of their words judged without knowing whether their parts are
all (a sum below 100 % it cannot call wrong) are left to their counts.
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _shares_findings(text: str) -> list[str]:
    return [f.stated or "" for f in check_text(text) if f.code == "share-sum-mismatch"]


# https://vov.vn/du-lich/khach-quoc-te-den-viet-nam-nua-dau-nam-2025-tang-20-so-cung-ky-post1212575.vov
def test_visitors_by_way_of_travel_with_their_growth_make_their_counts_whole() -> None:
    pid = "d14-vov-khachquocte-6thang-2025-duong"
    assert _shares_findings(corpus(pid)) == []
    # 181,4 nghìn of the 10,68 triệu counted is 1,7 %, not 1,4 %: 85,2 + 13,1 + 1,4 = 99,7 %.
    assert _shares_findings(corpus(pid, "chiếm 1,7%", "chiếm 1,4%")) == ["85,2% + 13,1% + 1,4%"]


# https://tapchidulich.net.vn/khach-quoc-te-den-viet-nam-8-thang-dau-nam-2017-dat-8472379-luot-khach.html
def test_counts_making_the_whole_written_leave_each_share_to_rates() -> None:
    pid = "near17h-tapchidulich-khach-quocte-thang8-2017"
    assert _shares_findings(corpus(pid)) == []
    # The counts make the whole written (1.229.163): each share is a rate of it, rule rates'; no
    # two of the three shares are a breakdown of their own counts' sum.
    changed = check_text(corpus(pid, "chiếm 13,3%", "chiếm 13,0%"))
    assert [f.code for f in changed if f.code == "share-sum-mismatch"] == []
    assert [f.stated for f in changed if f.code == "rate-mismatch"] == ["13,0%"]


# https://thanhnien.vn/trung-quoc-dan-dau-luong-khach-quoc-te-den-viet-nam-185250705181605668.htm
def test_first_item_changed_is_found() -> None:
    pid = "s8h-thanhnien-khachqt-6thang-2025"
    assert _shares_findings(corpus(pid)) == []
    assert len(_shares_findings(corpus(pid, "chiếm 85,2%", "chiếm 83,2%"))) == 1


# https://xaydungdang.org.vn/dang-vien/6-thang-dau-nam-2011-toan-dang-ket-nap-hon-88-nghin-dang-vien-4134
def test_counted_traits_of_a_larger_whole_stay_quiet() -> None:
    # The new members by trait (youth union members, women, minorities, ...), each with its count
    # and share of 88.029: traits overlap and do not partition, so no share is "the one off" and
    # a changed share is left to rule rates (its count over the whole).
    pid = "r17h-xaydungdang-ketnap-88029-2011"
    assert _shares_findings(corpus(pid)) == []
    changed = check_text(corpus(pid, "12,43%", "14,43%"))
    assert [f.code for f in changed if f.code == "share-sum-mismatch"] == []
    assert any(f.code == "rate-mismatch" for f in changed)


# https://vneconomy.vn/doanh-nghiep-thanh-lap-moi-thang-1-2024-tang-manh.htm
def test_counted_shares_between_growth_rates_of_other_figures_stay_quiet() -> None:
    pid = "h41-vneconomy-thang-1-2024-13536-dn"
    assert _shares_findings(corpus(pid)) == []
    assert _shares_findings(corpus(pid, "23,7%", "25,7%")) == []


# https://vneconomy.vn/hai-phong-grdp-6-thang-2024-tang-10-32-dung-thu-5-ca-nuoc.htm
def test_sector_structure_without_taxes_stays_quiet() -> None:
    # 3,7 + 50,49 + 40,06 = 94,25 %: the product taxes' share is not written.
    assert _shares_findings(corpus("s22h-vneconomy-hai-phong-co-cau-6-thang-2024")) == []
