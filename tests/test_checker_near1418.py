"""Round 18, helper near14: totals in one sentence or in a bracket (rule 2), each reading on its
real paragraph (corpus id and address) with the near misses where the checker stays quiet."""

from __future__ import annotations

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text


def codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.severity.name != "INFO"]


def test_party_badges_by_years_are_disjoint_parts_of_their_total() -> None:
    # https://www.sggp.org.vn/ (phường Phú Thọ, TP.HCM, 2025): "12 đồng chí được trao tặng Huy
    # hiệu Đảng, trong đó: Huy hiệu 65 năm tuổi Đảng có 1 đồng chí; ...; Huy hiệu 40 năm tuổi
    # Đảng có 3 đồng chí và Huy hiệu 30 năm tuổi Đảng có 4 đồng chí": 1 + 1 + 3 + 3 + 4 = 12.
    text = paragraph("h34-sggp-huyhieu-phutho-2025")
    assert codes(text) == []
    # The last item, joined by "và" right after its part, is a part of its own: above the
    # total the list is wrong.
    assert codes(text.replace("có 4 đồng chí.", "có 5 đồng chí.")) == ["total-mismatch"]
    # A round may leave some badges out of the report: a list short of its total says nothing.
    assert codes(text.replace("có 4 đồng chí.", "có 2 đồng chí.")) == []


def test_party_badges_counted_in_members_after_trong_so() -> None:
    # https://huengaynay.vn/ (phường An Cựu, Huế, 2026): "Trong 29 đảng viên được tặng Huy hiệu
    # Đảng đợt này có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng; 2 ...; 17 đảng viên nhận Huy
    # hiệu 30 năm tuổi Đảng": 3 + 2 + 2 + 2 + 3 + 17 = 29.
    text = paragraph("h34-huengaynay-huyhieu-ancuu-2026")
    assert codes(text) == []
    assert codes(text.replace("có 3 đảng viên", "có 13 đảng viên")) == ["total-mismatch"]
    # Near miss: members by how they were given a badge (tặng, truy tặng, tặng sớm), not by its
    # years, stay unread (https://baophutho.vn/, 3.401 đảng viên, 2026).
    assert codes(paragraph("h34-baophutho-3401-huyhieu-2026")) == []


def test_a_count_after_cua_names_an_owner_not_a_total_of_prizes() -> None:
    # https://baophutho.vn/ (Hội Nhà báo Phú Thọ, 2026): "lựa chọn 58 tác phẩm xuất sắc của 5
    # loại hình báo chí để trao giải, trong đó có 10 giải A, 10 giải B, 13 giải C và 25 giải
    # Khuyến khích": the 5 kinds of press own the 58 works; they are no total of 58 prizes.
    text = paragraph("n14h-baophutho-bao-chi-58-giai-2026")
    assert codes(text) == []
    # A total of prizes right before its list is still read (rule 2f's own example).
    prizes = (
        "Tỉnh có 229 học sinh đạt giải. Trong đó 11 giải Nhất; 64 giải Nhì; 65 giải Ba và 79"
        " giải Khuyến khích."
    )
    assert codes(prizes) == ["total-mismatch"]


def test_members_and_alternates_of_an_elected_body_are_its_whole() -> None:
    # https://thanhnien.vn/ (Ban Chấp hành Trung ương khóa XIV, 2026): "quân đội có 26 ủy viên
    # Trung ương (gồm 25 ủy viên chính thức và 1 ủy viên dự khuyết)".
    text = paragraph("thanhnien-tw14-coca")
    assert codes(text) == []
    assert codes(text.replace("gồm 25 ủy viên", "gồm 24 ủy viên")) == ["total-mismatch"]


def test_the_head_trong_tong_so_may_follow_a_lead_in_clause() -> None:
    # https://backan.gov.vn/ (dân số Bắc Kạn, 2022): "Năm 2021, trong tổng số 323.712 người, có
    # 73.114 người ở khu vực thành thị, 250.598 người khu vực nông thôn": by residence.
    text = paragraph("h49-backan-dan-so-2022")
    assert codes(text) == []
    assert codes(text.replace("250.598 người", "250.599 người")) == ["total-mismatch"]
    # https://thanhnien.vn/ (2026): "Về cơ cấu giới tính, trong tổng số 200 ủy viên Trung ương
    # khóa XIV có 21 ủy viên là nữ, 179 ủy viên là nam": by sex.
    tw = paragraph("thanhnien-tw14-coca")
    assert codes(tw.replace("179 ủy viên là nam", "189 ủy viên là nam")) == ["total-mismatch"]
    # Near miss: a lead-in that holds a figure is no lead-in ("(PLO)- Theo Nghị quyết 1891 ...,
    # trong tổng số 500 đại biểu ..."): the sentence is read as before (plo.vn, 2026).
    assert codes(paragraph("h47-plo-du-kien-500-dbqh-khoa-xvi")) == []


def test_livestock_by_species_are_disjoint_parts() -> None:
    # https://baothaibinh.com.vn/ (2020): "tổng đàn trâu, bò toàn tỉnh ước đạt 56.200 con ...,
    # trong đó: đàn trâu ước đạt 6.400 con ...; đàn bò ước đạt 49.800 con".
    text = paragraph("baothaibinh-trau-bo-5-2020")
    assert codes(text) == []
    assert codes(text.replace("49.800 con", "49.900 con")) == ["total-mismatch"]
