"""The checker on the reference document (Hậu Giang 2024): what it must and must not say."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from hoiquanchung import Severity
from hoiquanchung.checker import check_text, extract


def test_every_finding_on_the_reference_document(reference_raw: str) -> None:
    found = check_text(reference_raw, file="hau-giang.txt")
    assert [(f.code, f.severity, f.line, f.stated) for f in found] == [
        # Section II.1.1, from prose alone (rule section-totals), as the hand-built dataset:
        # 99 associations, but 13 + 28 assigned tasks and 57 others make 98 ...
        ("total-mismatch", Severity.ERROR, 36, "99 hội"),
        # ... and 40 at the provincial level, but 13 assigned + 26 others make 39.
        ("total-mismatch", Severity.ERROR, 36, "40 hội"),
        # Quyết định số 387/QĐ-TTg "ngày 25 tháng 03 năm 2022": month 3 takes no leading zero.
        ("date-format", Severity.INFO, 59, "ngày 25 tháng 03 năm 2022"),
        # Quyết định số 677/QĐ-TTg "ngày 03 tháng 06 năm 2022": month 6 takes no leading zero.
        ("date-format", Severity.INFO, 59, "ngày 03 tháng 06 năm 2022"),
        # Section 4.3: 515/565 = 91,15 %, stated 91,53 %.
        ("rate-mismatch", Severity.ERROR, 59, "91,53%"),
        # Section 4.3: "31 lượt dự án", but the examples of footnote 4 ("Cụ thể như") already
        # count 6 + 20 + 1 + 1 + 2 + 1 + 1 + (1 + 2) + 1 + 1 + 1 = 38 projects.
        ("parts-exceed-total", Severity.WARNING, 63, "31 lượt dự án"),
        # Quy định 124-QĐ/TW "ngày 02/02/218": a three-digit year.
        ("impossible-date", Severity.ERROR, 99, "02/02/218"),
    ]
    rate = found[4]
    assert rate.path == (
        "Phần thứ nhất > II.4.3 Tham gia các chương trình phát triển kinh tế - xã hội của địa "
        "phương, đất nước"
    )
    assert found[6].path == "Phần thứ hai"
    assert rate.stated_value == Decimal("91.53")
    assert rate.computed_value == Decimal("91.15")
    assert "515/565" in (rate.computed or "")


def test_section_totals_match_the_hand_built_dataset(reference_raw: str) -> None:
    """From prose alone, the same totals contradictions as datasets/hau_giang_2024.toml."""
    found = [
        f for f in check_text(reference_raw) if f.code in {"total-mismatch", "parts-exceed-total"}
    ]
    assert [(f.stated_value, f.computed_value) for f in found] == [
        (Decimal(99), Decimal(98)),
        (Decimal(40), Decimal(39)),
        (Decimal(31), Decimal(38)),
    ]
    ninety_nine, forty, projects = found
    assert ninety_nine.path == "Phần thứ nhất > II.1.1 Về tổ chức > tổng số"
    assert forty.path == "Phần thứ nhất > II.1.1 Về tổ chức > cấp tỉnh"
    assert "13 + 26" in forty.message_vi
    assert "13 + 26" in forty.message_en
    assert projects.computed == "ít nhất 38 dự án"
    assert (ninety_nine.line, ninety_nine.column) == (36, 26)
    assert (forty.line, forty.column) == (36, 77)
    assert (projects.line, projects.column) == (63, 407)


def test_positions_point_into_the_original_text(reference_raw: str) -> None:
    lines = reference_raw.split("\n")
    for f in check_text(reference_raw):
        assert f.line is not None
        assert f.column is not None
        at = unicodedata.normalize("NFC", lines[f.line - 1][f.column - 1 :])
        assert f.stated is not None
        assert at.startswith(f.stated), (f.code, at[:30])


def test_the_right_rates_are_not_reported(reference_raw: str) -> None:
    found = check_text(reference_raw)
    stated = {f.stated for f in found}
    for right in ("74,87%", "57,87 %", "100%", "97,9%", "trên 90% trở lên"):
        assert right in reference_raw
        assert right not in stated


def test_reference_figures_are_extracted(reference_text: str) -> None:
    mentions = extract(reference_text)
    by_text = {m.text: m for m in mentions}
    assert by_text["729.888 người"].value == 729888
    assert by_text["440.977 hội viên"].unit == "hội viên"
    assert by_text["hơn 14,6  tỷ đồng"].value == Decimal("14600000000")
    assert by_text["1 tỷ 201 triệu đồng"].value == 1201000000
    assert by_text["140.457.182.000 đồng"].value == 140457182000
    assert by_text["650.000.000đ"].footnote is True
    fractions = [(m.text, m.fraction) for m in mentions if m.fraction]
    assert fractions == [
        ("113.453", "numerator"),
        ("151.530", "denominator"),
        ("375", "numerator"),
        ("648", "denominator"),
        ("397", "numerator"),
        ("397", "denominator"),
        ("515", "numerator"),
        ("565", "denominator"),
    ]
    texts = [m.text for m in mentions]
    # Dates, document numbers and Word artefacts are not quantities.
    for not_a_quantity in ("22", "2014", "102", "147495068", "218", "124", "1082"):
        assert not_a_quantity not in texts


def test_nfd_and_nfc_copies_give_the_same_findings(reference_raw: str) -> None:
    nfc = unicodedata.normalize("NFC", reference_raw)
    nfd = unicodedata.normalize("NFD", reference_raw)
    as_nfc = [(f.code, f.line, f.stated) for f in check_text(nfc)]
    as_nfd = [(f.code, f.line, f.stated) for f in check_text(nfd)]
    assert as_nfc == as_nfd
    # Columns differ (decomposed letters take more code points) but each points to its figure.
    nfd_lines = nfd.split("\n")
    for f in check_text(nfd):
        assert f.line is not None
        assert f.column is not None
        assert f.stated is not None
        at = unicodedata.normalize("NFC", nfd_lines[f.line - 1][f.column - 1 :])
        assert at.startswith(f.stated)
