"""Every rule of the checker on real phrasing: the consistent case and the inconsistent one.

Phrases come from the reference document (Hậu Giang 2024) or are written the way such reports
write them; inconsistent variants change one figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hoiquanchung import Severity
from hoiquanchung.checker import RULES, check_text


def summary(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.value) for f in check_text(text)]


# --- rule 1: rates ---------------------------------------------------------------------------

RATE_CASES = [
    # The reference document's own phrasing, all right.
    ("số gia đình học tập đăng ký: 113.453/151.530, đạt tỷ lệ 74,87%;", []),
    ("số dòng họ học tập đăng ký: 375/648, đạt tỉ lệ 57,87 %;", []),
    ("số Cộng đồng học tập ấp, khu vực, tổ dân phố đăng ký: 397/397, đạt tỷ lệ 100%;", []),
    ("số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,15%.", []),
    # ... and wrong.
    ("số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%.", [("rate-mismatch", "error")]),
    ("số dòng họ học tập đăng ký: 375/648, đạt tỉ lệ 57,86 %;", [("rate-mismatch", "error")]),
    ("số Cộng đồng học tập đăng ký: 396/397, đạt tỷ lệ 100%;", []),  # 99,75 → 100 at 0 digits
    ("số Cộng đồng học tập đăng ký: 390/397, đạt tỷ lệ 100%;", [("rate-mismatch", "error")]),
    # Other shapes.
    ("kết nạp 66/78 hội viên mới (84,62%)", []),
    ("kết nạp 66/78 hội viên mới (84,61%)", [("rate-rounding", "warning")]),
    ("kết nạp 66/78 hội viên mới (80,00%)", [("rate-mismatch", "error")]),
    ("đạt 91,15% (515/565)", []),
    ("đạt 91,53% (515/565)", [("rate-mismatch", "error")]),
    ("có 515 đơn vị trên tổng số 565 đơn vị, đạt 91,15%", []),
    ("có 515 đơn vị trên tổng số 565 đơn vị, đạt 91,53%", [("rate-mismatch", "error")]),
    ("cấp huyện, xã có 28 hội, chiếm 47,46% trên tổng số 59 hội", []),
    ("cấp huyện, xã có 28 hội, chiếm 47% tổng số 59 hội", []),  # 47,46 → 47
    ("cấp huyện, xã có 28 hội, chiếm 45% tổng số 59 hội", [("rate-mismatch", "error")]),
    ("hòa giải thành 95/100 vụ việc, đạt tỷ lệ trên 90%", []),
    ("hòa giải thành 85/100 vụ việc, đạt tỷ lệ trên 90%", [("bound-violated", "error")]),
    # Not a rate of the fraction: stay quiet.
    ("đạt 375/648 dòng họ, tăng 5% so với năm trước", []),
    ("đạt 375/648 dòng họ; hộ nghèo giảm còn 2,1%", []),
    ("đạt 375/648 dòng họ. Tỷ lệ hộ nghèo 2,1%", []),
    ("0/0 hồ sơ, đạt 0%", []),  # a zero denominator is not a rate to judge
    ("đã kiện toàn 15/20 hội, 85% cán bộ hội có trình độ đại học", []),  # another figure
    ("đã kiện toàn 15/20 hội = 85%", [("rate-mismatch", "error")]),
    ("Năm 2023: 45/50 hội đạt vững mạnh, chiếm 90%", []),
    ("Năm 2023: 45/50 hội đạt vững mạnh, chiếm 95%", [("rate-mismatch", "error")]),
    ("có 120/150 xã, phường, thị trấn thành lập Hội (đạt 80%)", []),
    ("Ngày Môi trường Thế giới 5/6, đạt 90%", []),  # a date, not a fraction
]


def test_rate_finding_content() -> None:
    [f] = check_text("số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%.", file="bc.txt")
    assert f.file == "bc.txt"
    assert (f.line, f.column) == (1, 47)
    assert f.stated == "91,53%"
    assert f.computed == "515/565 = 91,15%"
    assert f.stated_value == Decimal("91.53")
    assert f.computed_value == Decimal("91.15")
    assert "91,15%" in f.message_vi
    assert "91.15%" in f.message_en


# --- rule 2: totals and parts --------------------------------------------------------------

HAU_GIANG_OTHER = (
    "Hội quần chúng khác: Tổng số hội quần chúng khác trên địa bàn được phép thành lập là "
    "57 hội; trong đó, hội có phạm vi hoạt động cấp tỉnh là 26 Hội; hội có phạm vi hoạt động "
    "cấp huyện là {} hội."
)
HAU_GIANG_TOTAL = (
    "Tổng số hội trên địa bàn 99 hội, có 171 người hoạt động, trong đó cấp tỉnh: 40 hội (có 13 "
    "tổ chức hội theo Quyết định số 118-QĐ/TW ngày 22/8/2023, tổng số người làm việc được giao "
    "trong năm 2024 là 98 người). Cấp huyện, xã: 59 hội, (có 28 hội, tổng số người làm việc "
    "được giao trong năm 2024 là 73 người)."
)

#: Breakdowns written right and with one part changed (a total-mismatch error): the text, the
#: part as written, the part changed.
TOTAL_PAIRS = [
    (
        "Tổng số hội trên địa bàn 99 hội, trong đó cấp tỉnh: 40 hội (có 13 tổ chức hội, 98 "
        "người); cấp huyện, xã: {} hội (có 28 hội, 73 người).",
        "59",
        "58",
    ),
    ("Tổng số 150 hội viên, trong đó nam 100 hội viên, nữ {} hội viên.", "50", "40"),
    ("Tổng số 150 hội viên, gồm 100 hội viên nam và {} hội viên nữ.", "50", "40"),
    ("Tổng cộng 20 cuộc, bao gồm: 12 cuộc tập huấn; {} cuộc hội thảo.", "8", "9"),
    ("có 30 hội, trong đó 10 hội cấp tỉnh, 15 hội cấp huyện, {} hội khác", "5", "4"),
]

TOTAL_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (HAU_GIANG_OTHER.format(31), []),
    (HAU_GIANG_OTHER.format(32), [("total-mismatch", "error")]),  # 58 > 57
    # Levels tỉnh + huyện only: a level may be missing, so less than the total is information.
    (HAU_GIANG_OTHER.format(30), [("total-mismatch", "info")]),
    # One part in the sentence (the other is in the next sentence): quiet.
    (HAU_GIANG_TOTAL, []),
    # Overlapping groups are not a partition: quiet, whatever the sum.
    ("Tổng số 440.977 hội viên, trong đó nữ 200.000 hội viên, đảng viên 50.000 hội viên.", []),
    ("Tổng số 100 hội viên, trong đó nữ 60 hội viên, đảng viên 70 hội viên.", []),
    # Different nouns: quiet.
    ("Tỉnh có 02 thành phố, 01 thị xã, 05 huyện, với 75 xã, phường, thị trấn.", []),
    (
        "có 31 lượt dự án, trị giá 12,7 tỷ đồng, trong đó 6 lượt dự án trị giá 1 tỷ 546 triệu đồng",
        [],
    ),
    ("Tỉnh có 40 hội, phối hợp với 45 hội của các tỉnh bạn và 10 hội khác", []),
    ("Tổng số 99 hội, với cấp tỉnh là 40 hội, cấp huyện là 30 hội, cấp xã là 29 hội.", []),
    (
        "Tổng số 99 hội, với cấp tỉnh là 40 hội, cấp huyện là 30 hội, cấp xã là 28 hội.",
        [("total-mismatch", "error")],
    ),
    # One part larger than the total, partition or not.
    ("Tổng số 50 hội viên, trong đó 60 hội viên nữ.", [("parts-exceed-total", "warning")]),
    # A rounded total holds at its written precision.
    ("tổng trị giá 14,6 tỷ đồng, gồm 10 tỷ 300 triệu đồng và 4 tỷ 330 triệu đồng", []),
    (
        "tổng trị giá 14,6 tỷ đồng, gồm 10 tỷ 300 triệu đồng và 4 tỷ 430 triệu đồng",
        [("total-mismatch", "error")],
    ),
    # A bounded total is a bound.
    ("tổng trị giá hơn 14 tỷ đồng, gồm 10 tỷ đồng và 4 tỷ 330 triệu đồng", []),
]
TOTAL_CASES += [(text.format(right), []) for text, right, _ in TOTAL_PAIRS]
TOTAL_CASES += [
    (text.format(wrong), [("total-mismatch", "error")]) for text, _, wrong in TOTAL_PAIRS
]


def test_total_finding_content() -> None:
    [f] = check_text(HAU_GIANG_OTHER.format(32))
    assert f.stated == "57 hội"
    assert f.computed == "58 hội"
    assert f.stated_value == 57
    assert f.computed_value == 58
    assert "26 + 32 = 58 hội" in f.message_vi
    assert f.column == HAU_GIANG_OTHER.index("57 hội") + 1


# --- rule 3: malformed numbers ---------------------------------------------------------------

MALFORMED_CASES = [
    ("tổng kinh phí là 992.0000 đồng", [("malformed-number", "warning")]),
    ("tăng 1.40 lần so với năm 2019", [("malformed-number", "warning")]),
    ("đạt 74.87% kế hoạch", [("malformed-number", "warning")]),
    ("trị giá 1,234.5 triệu đồng", [("malformed-number", "warning")]),
    ("trị giá 1,234,567 đồng", [("malformed-number", "warning")]),
    # Written right, or not a quantity: quiet.
    ("tổng kinh phí là 992.000 đồng", []),
    ("4.3. Tham gia các chương trình phát triển kinh tế - xã hội", []),
    ("theo mục 2.3 của Hướng dẫn", []),
    ("điện thoại 0293.3876.543", []),
    ("Bố trí trụ sở với diện tích xây dựng là 2.147m2", []),
]


def test_malformed_suggestion() -> None:
    [f] = check_text("tổng kinh phí là 992.0000 đồng")
    assert f.stated == "992.0000"
    assert f.computed is not None
    assert f.column == 18
    assert "có phải" in f.message_vi


# --- rule 4: dates ---------------------------------------------------------------------------

#: Each text with the findings it must give.
DATE_FINDINGS = {
    # Written right: quiet.
    "Quy định 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư": [],
    "ban hành ngày 29/02/2024": [],
    "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022": [],
    "Hướng dẫn số 03-HD/TU ngày 12/01/2024": [],
    "Chỉ thị số 04-CT/TW ngày 06/7/2011": [],
    "Kế hoạch số 277-KH/TU, ngày 17/6/2024": [],
    # A day and month without a year: never a format question, and no "ngày" before it.
    "hưởng ứng Ngày Môi trường Thế giới 5/6, Ngày Nước Thế giới": [],
    "đưa vào sử dụng từ tháng 8/2018": [],
    "giai đoạn 2021 - 2030": [],
    "Hậu Giang, ngày     tháng    năm 2024": [],
    # Impossible dates, and dates written otherwise than Nghị định 30/2020 says.
    "Quy định 124-QĐ/TW ngày 02/02/218 của Ban Bí thư": [("impossible-date", "error")],
    "ban hành ngày 31/02/2024": [("impossible-date", "error")],
    "ban hành ngày 29/02/2023": [("impossible-date", "error")],
    "ban hành ngày 31/4/2024": [("impossible-date", "error")],
    "Quyết định số 387/QĐ-TTg ngày 25 tháng 03 năm 2022": [("date-format", "info")],
    "Hướng dẫn số 03-HD/TU ngày 12/1/2024": [("date-format", "info")],
    "Chỉ thị số 04-CT/TW ngày 6/7/2011": [("date-format", "info")],
    "Kế hoạch số 277-KH/TU, ngày 17/06/2024": [("date-format", "info")],
    "hằng năm vào ngày 31/4": [("impossible-date", "error")],
    "đưa vào sử dụng từ tháng 13/2018": [("impossible-date", "error")],
    "đưa vào sử dụng từ tháng 0/2018": [("impossible-date", "error")],
}
DATE_CASES = list(DATE_FINDINGS.items())


def test_date_finding_content() -> None:
    [f] = check_text("Quyết định số 387/QĐ-TTg ngày 25 tháng 03 năm 2022")
    assert f.stated == "ngày 25 tháng 03 năm 2022"
    assert f.computed == "ngày 25 tháng 3 năm 2022"
    assert "Nghị định 30/2020" in f.message_vi
    [f] = check_text("ngày 02/02/218")
    assert "218" in f.message_en
    assert f.column == 6


# --- rule 5: amounts in words ----------------------------------------------------------------

WORDS_CASES = [
    (
        "hỗ trợ 01 dự án xây dựng trường mẫu giáo 650.000.000đ "
        "(Bằng chữ: Sáu trăm năm mươi triệu đồng).",
        [],
    ),
    (
        "hỗ trợ 01 dự án xây dựng trường mẫu giáo 650.000.000đ "
        "(Bằng chữ: Sáu trăm năm mươi lăm triệu đồng).",
        [("amount-words-mismatch", "error")],
    ),
    ("Số tiền: 1.201.000.000 đồng\nBằng chữ: Một tỷ hai trăm linh một triệu đồng chẵn./.", []),
    ("Số tiền: 1.201.000.000 đồng\nBằng chữ: Một tỷ hai trăm lẻ một triệu đồng chẵn./.", []),
    ("trị giá 1 tỷ 201 triệu đồng (bằng chữ: một tỷ hai trăm linh một triệu đồng)", []),
    (
        "trị giá 1 tỷ 286,6 triệu đồng (bằng chữ: một tỷ hai trăm tám mươi sáu triệu sáu trăm"
        " nghìn đồng)",
        [],
    ),
    # Nothing in digits before, words that are not a number, an approximate amount: quiet.
    ("Bằng chữ: một tỷ đồng", []),
    ("trị giá 5 triệu đồng (bằng chữ: xem phụ lục)", []),
    ("trị giá hơn 5 triệu đồng (bằng chữ: năm triệu đồng)", []),
    # Too far from the amount (two paragraphs between): quiet.
    ("Số tiền: 1.201.000.000 đồng\nGhi chú.\nNơi nhận.\nBằng chữ: Một tỷ đồng", []),
    # ... and one wrong in words.
    (
        "Số tiền: 1.201.000.000 đồng\nBằng chữ: Một tỷ hai trăm mười một triệu đồng chẵn./.",
        [("amount-words-mismatch", "error")],
    ),
]


def test_amount_in_words_finding_content() -> None:
    [f] = check_text("Số tiền: 1.201.000.000 đồng\nBằng chữ: Một tỷ đồng")
    assert (f.line, f.column) == (2, 11)
    assert f.stated == "Một tỷ đồng"
    assert f.computed == "1.201.000.000 đồng"
    assert f.stated_value == 1_000_000_000
    assert f.computed_value == 1_201_000_000


# --- every rule, every case --------------------------------------------------------------------

RULE_CASES = {
    "rates": RATE_CASES,
    "totals": TOTAL_CASES,
    "malformed": MALFORMED_CASES,
    "dates": DATE_CASES,
    "words": WORDS_CASES,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in RULE_CASES.values() for case in cases],
    ids=[f"{rule}-{i}" for rule, cases in RULE_CASES.items() for i in range(len(cases))],
)
def test_every_rule_on_its_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert summary(text) == expected


# --- the catalogue -----------------------------------------------------------------------------


def test_catalogue() -> None:
    for code, rule in RULES.items():
        assert rule.code == code
        assert rule.title_vi
        assert rule.title_en
        assert isinstance(rule.severity, Severity)
    made = {code for cases in RULE_CASES.values() for _, expected in cases for code, _ in expected}
    assert made <= set(RULES)


# --- where a finding is: the report's outline -------------------------------------------------


def test_findings_carry_the_section_path() -> None:
    text = "\n".join(
        [
            "Phần thứ nhất",
            "I. CÔNG TÁC LÃNH ĐẠO",
            "1. Đặc điểm tình hình",
            "Đơn vị học tập: 515/565, đạt tỷ lệ 91,53%.",
            "1.1. Về tổ chức:",
            "Tổng cộng 20 cuộc, bao gồm: 12 cuộc tập huấn; 9 cuộc hội thảo.",
            "Phần thứ hai",
            # A numbered task (a sentence), not a heading:
            "1. Các cấp ủy đảng tiếp tục triển khai Kết luận số 102-KL/TW.",
            "ban hành ngày 31/02/2024",
        ]
    )
    assert [(f.code, f.path) for f in check_text(text)] == [
        ("rate-mismatch", "Phần thứ nhất > I.1 Đặc điểm tình hình"),
        ("total-mismatch", "Phần thứ nhất > I.1.1 Về tổ chức"),
        ("impossible-date", "Phần thứ hai"),
    ]
    # No heading at all: no path.
    assert [f.path for f in check_text("ban hành ngày 31/02/2024")] == [None]
