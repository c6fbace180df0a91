"""Round 19, helper near15: tolls listed by province in the bracket right after them (rule 2,
``_by_province``), each reading on its real paragraph (corpus id and address) with the near
misses where the checker stays quiet."""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text


def codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.severity.name != "INFO"]


def test_a_toll_that_is_a_part_reads_its_bracket_of_provinces_as_whole() -> None:
    # https://www.24h.com.vn/ (mưa lũ miền Trung, 2025): "102 người chết, mất tích, trong đó 90
    # người chết (Quảng Trị 1, Huế 2, Đà Nẵng 2, Gia Lai 3, Đắk Lắk 63, Khánh Hòa 14, Lâm Đồng
    # 5); 12 người mất tích": the 90 dead are a part of the 102, and the bracket right after
    # them names every province of theirs.
    text = paragraph("24h-mualu-102nguoi-2025")
    assert codes(text) == []
    # A province short: the bracket adds up to 89, one short of its 90.
    assert codes(text.replace("Gia Lai 3,", "Gia Lai 2,")) == ["total-mismatch"]
    assert codes(text.replace("trong đó 90 người chết", "trong đó 93 người chết")) == [
        "total-mismatch"
    ]


def test_a_sentence_opening_with_trong_do_reads_the_toll_after_it() -> None:
    # https://soha.vn/ (mưa lũ miền Trung, 2025): "... 52 người chết, mất tích ... / Trong đó,
    # 43 người chết (Huế 2, Đà Nẵng 2, Gia Lai 5, Đắk Lắk 16, Khánh Hòa 14, Lâm Đồng 4) và 9
    # người mất tích."
    text = paragraph("soha-lumientrung-52")
    assert codes(text) == []
    assert codes(text.replace("Lâm Đồng 4)", "Lâm Đồng 3)")) == ["total-mismatch"]


def test_a_bracket_that_names_the_main_provinces_only_stays_quiet_below() -> None:
    # Near miss, https://kinhtedothi.vn/ (bão số 10, 2017): "5.489 nhà (chủ yếu tại Hà Tĩnh:
    # 3.989 nhà; Quảng Bình: 1.500 nhà)": "chủ yếu" names the provinces hit hardest, a list
    # that may leave others out: a total above its bracket says nothing.
    text = paragraph("h36-kinhtedothi-bao10-5489-nha-ngap-2017")
    assert codes(text) == []
    assert codes(text.replace("5.489 nhà", "5.589 nhà")) == []


def test_a_province_as_large_as_its_toll_is_a_slip_not_the_end_of_the_list() -> None:
    # https://canhco.net/ (bão số 9, 2020): "56.163 nhà tốc mái (Quảng Ngãi: 53.390, Bình Định:
    # 2.588, Phú Yên: 44, Gia Lai: 109, Kon Tum: 32)": a slip in the largest province's figure
    # (or in the total) makes one part larger than the whole; the list is still read.
    text = paragraph("h36-canhco-bao9-34-nha-sap-2020")
    assert codes(text) == []
    assert codes(text.replace("Quảng Ngãi: 53.390", "Quảng Ngãi: 83.390")) == ["total-mismatch"]
    assert codes(text.replace("56.163 nhà", "16.163 nhà")) == ["total-mismatch"]


def test_a_change_by_province_with_a_part_above_it_stays_unread() -> None:
    # Near miss, https://nld.com.vn/ (bão số 3, 2024): "Số người chết tăng 36 người (Lào Cai 16,
    # Cao Bằng 9, Yên Bái 6, Tuyên Quang 3, Vĩnh Phúc 1, Phú Thọ 1) so với báo cáo ngày 11-9":
    # the bracket shares out the rise by province and holds.
    text = paragraph("nld-bao3-336nguoi-2024")
    assert codes(text) == []
    # A province's figure as large as a change is no part of it (a report may give a
    # province's whole toll beside the day's rise): the list ends there, as before.
    assert codes(text.replace("(Lào Cai 16,", "(Lào Cai 46,")) == []
