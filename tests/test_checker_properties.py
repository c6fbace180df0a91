"""Property tests of the checker: it never raises, positions hold, and rules agree with oracles."""

from __future__ import annotations

import datetime
import itertools
import unicodedata
from decimal import Decimal
from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text, extract
from hoiquanchung.findings import Finding
from hoiquanchung.indicators import OTHER_RULES
from hoiquanchung.rounding import Rounding, quantize_fraction

FRAGMENTS = [
    "0",
    "1",
    "2",
    "5",
    "9",
    "01",
    "02",
    "12",
    "31",
    "218",
    "2024",
    "440.977",
    "74,87",
    "992.0000",
    "1.40",
    "1,234.5",
    ".",
    ",",
    "/",
    "%",
    " %",
    "-",
    "–",
    " ",
    "  ",
    "\u00a0",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " tỷ",
    " triệu",
    " nghìn",
    " đồng",
    "đ",
    " hội",
    " hội viên",
    " người",
    "m2",
    "hơn ",
    "trên ",
    "gần ",
    "khoảng ",
    "trở lên",
    "từ ",
    "ngày ",
    " tháng ",
    " năm ",
    "tổng số ",
    "Tổng cộng ",
    ", trong đó ",
    " gồm ",
    " bao gồm: ",
    " với ",
    " là ",
    "; ",
    ": ",
    "(",
    ")",
    "[",
    "]",
    "cấp tỉnh ",
    "cấp huyện ",
    "cấp xã ",
    "nam ",
    "nữ ",
    " khác",
    "chiếm ",
    " đạt tỷ lệ ",
    " đạt tỉ lệ ",
    " trên tổng số ",
    "Bằng chữ: ",
    "một trăm ",
    "lẻ năm ",
    "[[footnoteRef:1]]",
    "[1: [] ",
    "[bookmark: _Hlk1]",
    "102-KL/TW",
    "126/2024/NĐ-CP",
    "\u0301",
    "\u0323",
    "\u0300",
    "e\u0302\u0301",
    "Việt Nam",
    "ﬁ",
    "𝟗",
    "٣",
    "\u200b",
    "\ufeff",
    "Ω",
    " kế hoạch",
    " chỉ tiêu",
    " so với cùng kỳ",
    " có tỷ lệ ",
    "tỷ số ",
    "năm học ",
    "2023/2024",
    "4.0",
    " trong ",
    " của ",
    "\u0130",
    "\u0131",
    "\u017f",
    "dướ",
    "tr",
    "ệu ",
]

vietnamese_number_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=200), vietnamese_number_text)


@given(any_text)
def test_check_text_never_raises(text: str) -> None:
    findings = check_text(text)
    for f in findings:
        assert isinstance(f, Finding)
        assert f.line is not None
        assert f.line >= 1
        assert f.column is not None
        assert f.column >= 1


@given(any_text)
def test_mentions_point_into_nfc_text_and_original(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for m in extract(text):
        assert nfc[m.start : m.end] == m.text
        original = lines[m.line - 1]
        assert 1 <= m.column <= len(original) + 1
        head = unicodedata.normalize("NFC", original[m.column - 1 :])
        assert head[:1] == m.text[:1]


def _vi(value: int | Decimal) -> str:
    sign = "-" if value < 0 else ""
    whole, _, frac = format(abs(Decimal(value)), "f").partition(".")
    groups = []
    while len(whole) > 3:
        groups.append(whole[-3:])
        whole = whole[:-3]
    groups.append(whole)
    return sign + ".".join(reversed(groups)) + ("," + frac if frac else "")


@st.composite
def fractions_and_digits(draw: st.DrawFn) -> tuple[int, int, int]:
    den = draw(st.integers(min_value=1, max_value=2_000_000))
    num = draw(st.integers(min_value=0, max_value=den))
    digits = draw(st.integers(min_value=0, max_value=3))
    return num, den, digits


def _rounded(num: int, den: int, digits: int, rule: Rounding) -> Decimal:
    f = Fraction(num * 100, den)
    return quantize_fraction(f.numerator, f.denominator, digits, rule)


@given(fractions_and_digits(), st.sampled_from([", đạt tỷ lệ {}%", " ({}%)", ", đạt tỉ lệ {} %"]))
def test_a_right_rate_is_never_reported(case: tuple[int, int, int], shape: str) -> None:
    num, den, digits = case
    pct = _rounded(num, den, digits, Rounding.HALF_UP)
    text = f"số đơn vị đăng ký: {_vi(num)}/{_vi(den)}" + shape.format(_vi(pct))
    assert check_text(text) == []


@given(fractions_and_digits(), st.integers(min_value=-3, max_value=3).filter(bool))
def test_a_wrong_rate_is_reported(case: tuple[int, int, int], steps: int) -> None:
    num, den, digits = case
    unit = Decimal(1).scaleb(-digits)
    stated = _rounded(num, den, digits, Rounding.HALF_UP) + steps * unit
    if stated < 0:
        return
    text = f"số đơn vị đăng ký: {_vi(num)}/{_vi(den)}, đạt tỷ lệ {_vi(stated)}%."
    codes = [f.code for f in check_text(text)]
    # The other rules the indicators' comparison accepts (truncation first).
    others = {_rounded(num, den, digits, rule) for rule in OTHER_RULES}
    assert codes == (["rate-rounding"] if stated in others else ["rate-mismatch"])


@given(
    st.integers(min_value=1, max_value=31),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1000, max_value=2999),
)
def test_dates_against_the_calendar(day: int, month: int, year: int) -> None:
    written_month = f"{month:02d}" if month <= 2 else str(month)
    text = f"ban hành ngày {day:02d}/{written_month}/{year}."
    try:
        datetime.date(year, month, day)
    except ValueError:
        expected = ["impossible-date"]
    else:
        expected = []
    assert [f.code for f in check_text(text)] == expected


@given(
    st.lists(st.integers(min_value=0, max_value=10_000), min_size=3, max_size=3),
    st.integers(min_value=-5, max_value=5),
)
def test_partition_by_levels(parts: list[int], delta: int) -> None:
    total = sum(parts) + delta
    if total < 0:
        return
    a, b, c = (_vi(p) for p in parts)
    text = (
        f"Tổng số hội trên địa bàn {_vi(total)} hội, trong đó cấp tỉnh: {a} hội; "
        f"cấp huyện: {b} hội; cấp xã: {c} hội."
    )
    codes = [f.code for f in check_text(text)]
    if delta == 0:
        assert codes == []
    else:
        assert "total-mismatch" in codes


combining_text = st.text(
    alphabet=st.sampled_from(
        [
            *"aeiouAEIOUyđĐ 0123456789,.%/",
            *("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"),
            *("\u1100", "\u1161", "\u11a8", "\u0f71", "\u0f72", "\U0001d165", "\U0001d16d"),
        ]
    ),
    max_size=60,
)


@given(combining_text)
@example("01\U0001d16d\U0001d16d\U0001d165")  # astral marks that canonical ordering swaps
def test_nfc_with_columns_is_a_monotone_map(line: str) -> None:
    from hoiquanchung.checker._text import nfc_with_columns

    text, cols = nfc_with_columns(line)
    assert text == unicodedata.normalize("NFC", line)
    assert len(cols) == len(text) + 1
    assert cols[-1] == len(line)
    assert all(0 <= a <= b <= len(line) for a, b in itertools.pairwise(cols))
    for i, ch in enumerate(text):
        if ch.isdigit() or ch in ",.%/ ":
            assert line[cols[i]] == ch
