"""Totals broken down by a complete pair of values (round 17, dims14).

A visitor is foreign or domestic (*khách quốc tế* / *khách nội địa*, *trong nước*), and a
project, an amount of capital or of exports is of the domestic sector or the foreign-invested
one (*trong nước* / *nước ngoài*, *FDI*): ``breakdown_kinds.toml`` names both pairs as
dimensions whose two values are the whole of such a total (``exhaustive = true``), so a list
naming each once in the sentence after its total ("Trong đó, ...") must add up to it, less as
well as more.  The checker stays quiet where a value is named alone, twice (a part of a part
listed between them), or where the pair has no total.  Every paragraph is real, named by its
corpus id (tests/corpus/pending/p38_hunt48_pending.toml, p38_dims14_heldout.toml and the
files they cite, each with its address).
"""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.checker._kinds import canonical_value, exhaustive, label_dimensions
from hoiquanchung.findings import Severity

SUMS = {"total-mismatch", "parts-exceed-total"}


def alarms(text: str) -> list[tuple[str, str | None, str | None]]:
    """The alarms about sums (warning or error) of *text*: code, stated, computed."""
    return [
        (f.code, f.stated, f.computed)
        for f in check_text(text)
        if f.code in SUMS and f.severity >= Severity.WARNING
    ]


# https://tienphong.vn/khach-den-phu-quoc-can-tho-tang-manh-dip-tet-duong-lich-post1810144.tpo
# "toàn tỉnh ước đón 348.778 lượt khách, ... Trong đó, khách quốc tế đạt 30.284 lượt, tăng
# 48,6%; khách nội địa đạt 318.494 lượt, tăng 52,8%."
AN_GIANG = "h48-tienphong-phuquoc-tetduonglich-2026"


def test_the_pair_of_origins_is_read_and_holds() -> None:
    assert alarms(paragraph(AN_GIANG)) == []


def test_a_part_raised_is_more_than_the_visitors() -> None:
    text = paragraph(AN_GIANG, "30.284 lượt, tăng", "30.484 lượt, tăng")
    assert [code for code, *_ in alarms(text)] == ["total-mismatch"]


def test_a_part_lowered_is_less_than_the_visitors_because_the_pair_is_whole() -> None:
    # Less than the total is a slip only because the two origins are all the visitors: the
    # changes beside each figure ("tăng 48,6%") do not make the list some of them.
    text = paragraph(AN_GIANG, "318.494 lượt", "317.494 lượt")
    assert [code for code, *_ in alarms(text)] == ["total-mismatch"]


# https://etime.danviet.vn/5-thang-tong-thu-tu-khach-du-lich-khanh-hoa-dat-gan-20000-ty-dong-20240529083722467.htm
# (pending corpus next13h-danviet-khanhhoa-5-thang-2024): "830.000 lượt khách lưu trú ... Trong đó,
# khách quốc tế ... 400.000 lượt ...; khách nội địa ... 430.000 lượt";
# staying guests split by origin: the pair is whole of any count of visitors.
def test_staying_guests_by_origin() -> None:
    pid = "next13h-danviet-khanhhoa-5-thang-2024"
    assert alarms(paragraph(pid)) == []
    assert alarms(paragraph(pid, "430.000", "430.060")) != []


# Hưng Yên, 6 months of 2025 (kinhtechungkhoan.vn; pending corpus): "205 dự án đầu tư mới ...
# Trong đó, có 123 dự án trong nước ... và 82 dự án FDI".
def test_projects_by_origin_of_capital() -> None:
    pid = "kinhtechungkhoan-hungyen-dautu-6thang-2025"
    assert alarms(paragraph(pid)) == []
    assert alarms(paragraph(pid, "123 dự án", "163 dự án")) != []
    assert alarms(paragraph(pid, "82 dự án", "88 dự án")) != []


# ---------------------------------------------------------------- near misses: quiet
def test_a_value_named_twice_is_not_read() -> None:
    # https://vietbao.com/a278011/bieu-tinh-chong-ly-di: "Trong đó, khách quốc tế ... 124.560
    # lượt khách ...; khách du lịc quốc tế đến có lưu trú ... 89.690 lượt khách ...; khách nội
    # địa ... 250.000 lượt khách": the staying foreign visitors are a part of the foreign ones.
    assert alarms(paragraph("d14-vietbao-hanoi-tet-2018-khach")) == []


def test_one_value_alone_is_a_part() -> None:
    # "ước tính đón 77.392 lượt khách ... Trong đó, có 4.865 lượt khách quốc tế" (dantri.com.vn)
    # and "khoảng 8 triệu lượt khách ...; trong đó khoảng 3,6 triệu lượt khách có lưu trú".
    assert alarms(paragraph("h48-dantri-angiang-le-2-9-ngaydau-2025")) == []
    assert alarms(paragraph("d14-baothaibinh-le-30-4-2024-luutru")) == []


def test_the_pair_without_a_total_says_nothing() -> None:
    # "khách du lịch quốc tế ... 17,5 triệu lượt ... Khách nội địa ... 110 triệu lượt".
    for pid in (
        "d14-viettimes-dulich-2024-quocte-noidia",
        "d14-hanoionline-khachquocte-5thang-2024",
    ):
        assert alarms(paragraph(pid)) == []


def test_the_data_names_each_pair_whole() -> None:
    dims = {name: (nouns, complete) for name, nouns, _, complete in label_dimensions()}
    assert dims["visitor-origin"][1] == {"quốc tế", "nội địa"}
    assert dims["capital-origin"][1] == {"trong nước", "nước ngoài"}
    assert canonical_value("visitor-origin", "Trong nước") == "nội địa"
    assert canonical_value("capital-origin", "FDI") == "nước ngoài"
    # Persons at home and abroad are no value of the capital's origin.
    assert "người" not in dims["capital-origin"][0]
    assert exhaustive("capital-origin")
    assert not exhaustive("ownership")


# https://www.sggp.org.vn (pending corpus next13h-sggp-lamdong-10-trieu-khach-2024): "đón 10 triệu
# lượt khách du lịch (...). Trong đó, khách quốc tế ước đạt: 600.000 lượt (...), khách nội địa
# ước đạt: 9,4 triệu lượt (...)": each part named before its colon.
def test_parts_named_before_their_colon() -> None:
    pid = "next13h-sggp-lamdong-10-trieu-khach-2024"
    assert alarms(paragraph(pid)) == []
    assert [code for code, *_ in alarms(paragraph(pid, "9,4 triệu", "6,4 triệu"))] == [
        "total-mismatch"
    ]
