"""A tour of hoiquanchung.numbers on the figures of the Hậu Giang 2024 report.

Prints the report's numbers formatted, parsed back and in words.  The figures are embedded (copied
from the report: Tỉnh ủy Hậu Giang, "Tổng kết 10 năm thực hiện Kết luận số 102-KL/TW", 2024), so
this script reads nothing outside the package.

    python examples/numbers_tour.py
"""

from __future__ import annotations

from hoiquanchung.numbers import (
    amount_in_words,
    find_dates,
    find_quantities,
    format_count,
    format_money,
    format_number,
    parse_number,
    parse_quantity,
    to_words,
)
from hoiquanchung.rounding import Rounding, quantize_fraction

#: Counts and sums as the report states them.
COUNTS = {
    "dân số (người)": 729888,
    "tổ chức hội": 99,
    "hội viên": 440977,
    "lượt người được tư vấn pháp luật": 9649,
    "đơn vị máu": 100045,
    "lượt người khám bệnh": 3500000,
}
MONEY = {
    "học bổng (tổng trị giá)": 140457182000,
    "chương trình Khát vọng sống (hơn)": 14600000000,
    "khắc phục thiên tai": 1201000000,
    "hỗ trợ Covid-19": 26960000000,
    "VNSF (Mỹ)": 1286600000,
}
#: Fractions with the rate the report writes next to them.
RATES = [
    ("gia đình học tập", 113453, 151530, "74,87%"),
    ("dòng họ học tập", 375, 648, "57,87 %"),
    ("cộng đồng học tập", 397, 397, "100%"),
    ("đơn vị học tập", 515, 565, "91,53%"),
]
#: Expressions as written, to be parsed.
EXPRESSIONS = [
    "hơn 14,6  tỷ đồng",
    "1 tỷ 286,6 triệu đồng",
    "1 tỷ 040 triệu đồng",
    "650.000.000đ",
    "trên 90% trở lên",
    "hơn 16 triệu lượt người",
    "2.147m2",
    "1,3 tấn",
    "01 cuộc",
    "57,87 %",
]
PASSAGE = (
    "Thực hiện Kế hoạch số 277-KH/TU, ngày 17/6/2024 ... số gia đình học tập đăng ký: "
    "113.453/151.530, đạt tỷ lệ 74,87%; ... hỗ trợ trị giá 1 tỷ 201 triệu đồng và hơn 1,3 tấn gạo"
)


def main() -> int:
    print("1. Số đếm (counts): formatted, parsed back, in words")
    for label, n in COUNTS.items():
        text = format_number(n)
        assert parse_number(text) == n
        print(f"   {label:<34} {text:>12}  {to_words(n)}")
    print(
        f"   Hậu Giang: {format_count(2)} thành phố, {format_count(1)} thị xã, "
        f"{format_count(5)} huyện"
    )

    print("\n2. Tiền (money): full, short, mixed; amount in words")
    for label, amount in MONEY.items():
        full, short, mixed = (
            format_money(amount),
            format_money(amount, "short"),
            format_money(amount, "mixed"),
        )
        assert parse_quantity(full).value == amount
        assert parse_quantity(mixed).value == amount
        print(f"   {label:<34} {full:>24} | {short:>16} | {mixed}")
        print(f"   {'':<34} {amount_in_words(amount)}")

    print("\n3. Tỷ lệ (rates): recomputed exactly from the fraction, half up and truncated")
    for label, part, whole, stated in RATES:
        half_up = quantize_fraction(part * 100, whole, 2)
        down = quantize_fraction(part * 100, whole, 2, Rounding.DOWN)
        q = parse_quantity(stated)
        verdict = "khớp (matches)" if q.value == half_up else "KHÔNG khớp (does not match)"
        print(
            f"   {label:<20} {format_number(part)}/{format_number(whole)} = "
            f"{format_number(half_up, 2)}% (truncated {format_number(down, 2)}%); "
            f"stated {stated:<8} → {verdict}"
        )

    print("\n4. Expressions as written → value, unit, bound, resolution")
    for text in EXPRESSIONS:
        q = parse_quantity(text)
        print(
            f"   {text!r:<26} → {format_number(q.value):>16} {q.unit or '':<11} "
            f"{q.bound.name:<9} resolution {format_number(q.resolution)}"
        )

    print("\n5. Scanning prose: quantities and dates (document numbers are skipped)")
    for m in find_quantities(PASSAGE):
        role = f" ({m.fraction})" if m.fraction else ""
        print(f"   [{m.start:>3}:{m.end:<3}] {m.text!r}{role} = {format_number(m.quantity.value)}")
    for d in find_dates(PASSAGE):
        print(f"   date {d.text!r}: day {d.day}, month {d.month}, year {d.year}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
