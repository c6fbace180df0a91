"""Round 22 (shares22): near-misses of rule shares where the parts do not partition a whole.

Round 22 tried to read the counted shares of rule shares through each item's growth ("...,
chiếm 85,2% ... và tăng 22,7% ...; bằng đường bộ ..., chiếm 13,1% ...") and to let the counts
judge shares a reading of their words left undecided; the reading was withdrawn (it broke older
near-misses: nested kinds, grades named partly).  These near-misses stay for the next attempt:
counted traits of a larger whole, counted shares among other figures' growth rates, and a sector
structure whose product taxes are not written.
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _shares_findings(text: str) -> list[str]:
    return [f.stated or "" for f in check_text(text) if f.code == "share-sum-mismatch"]


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
