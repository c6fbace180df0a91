"""Reading figures (``find_quantities``, ``hoiquanchung figures``): ranges, counts after a slash,
labels and years, multi-word nouns — real phrases of reports, and properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text, extract
from hoiquanchung.checker._mentions import scan
from hoiquanchung.checker._text import Splitter
from hoiquanchung.numbers import find_dates, find_quantities
from hoiquanchung.numbers._vocabulary import label_nouns, scale_words, single_nouns, unit_nouns


def _read(text: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    return [(m.text, m.quantity.value, m.quantity.unit, m.fraction) for m in find_quantities(text)]


# --- a range's low end takes the scale and unit of its high end ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hỗ trợ mỗi hộ từ 20 đến 50 triệu đồng để sửa chữa nhà",
            [("20", 20_000_000, "đồng"), ("50 triệu đồng", 50_000_000, "đồng")],
        ),
        (
            "mức vay từ 1,5 đến 2 tỷ đồng",
            [("1,5", 1_500_000_000, "đồng"), ("2 tỷ đồng", 2_000_000_000, "đồng")],
        ),
        (
            "Mỗi chi hội có từ 20 đến 30 hội viên.",
            [("20", 20, "hội viên"), ("30 hội viên", 30, "hội viên")],
        ),
        ("Hội viên độ tuổi từ 18 - 35 tuổi", [("18", 18, "tuổi"), ("35 tuổi", 35, "tuổi")]),
        ("Khoảng 3 - 5% số hộ", [("Khoảng 3", 3, "%"), ("5%", 5, "%")]),
        (
            "từ 500 nghìn đến 1 triệu đồng",
            [("500 nghìn", 500_000, "đồng"), ("1 triệu đồng", 1_000_000, "đồng")],
        ),
    ],
)
def test_range_low_end(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(t, v, u) for t, v, u, _ in _read(text)] == [(t, Decimal(v), u) for t, v, u in expected]


def test_range_low_end_keeps_its_precision() -> None:
    [low, _] = find_quantities("từ 20 đến 50 triệu đồng")
    assert low.quantity.resolution == 1_000_000
    assert low.quantity.interval() == (Decimal(19_500_000), Decimal(20_500_000))


@pytest.mark.parametrize(
    "text",
    [
        "giai đoạn 2021 - 2025",
        "từ 2020 đến 2025",
        "Điều 5 - 7 của Luật",
        "từ ngày 20 đến 25/3/2024",
    ],
)
def test_no_range_without_scale_or_unit_at_the_high_end(text: str) -> None:
    assert all(u is None for _, _, u, _ in _read(text))


@given(
    st.integers(1, 499),
    st.integers(500, 999),
    st.sampled_from(sorted(scale_words())),
    st.sampled_from(["đồng", "hội viên", "%", "người"]),
    st.sampled_from(["đến", "tới", "-", " - ", "–"]),
)
def test_every_range_shares_its_scale_and_unit(
    low: int, high: int, scale: str, unit: str, between: str
) -> None:
    sep = between if between.strip() != between or between in "-–" else f" {between} "
    text = f"từ {low}{sep}{high} {scale} {unit}".replace("  ", " ")
    first, second = find_quantities(text)
    mult = scale_words()[scale]
    assert (first.quantity.value, first.quantity.unit) == (low * mult, second.quantity.unit)
    assert second.quantity.value == high * mult
    assert first.quantity.resolution == second.quantity.resolution == mult


# --- a count after a slash -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tổ chức 1.250 buổi/48.300 lượt người tham dự",
            [("1.250 buổi", 1250, "buổi", None), ("48.300 lượt người", 48300, "lượt người", None)],
        ),
        (
            "tổ chức 12 cuộc/ 560 hội viên tham gia",
            [("12 cuộc", 12, "cuộc", None), ("560 hội viên", 560, "hội viên", None)],
        ),
        # Not two counts: a fraction, a per-person rate, money per household.
        (
            "Có 28 hội viên/35 hội viên",
            [
                ("28 hội viên", 28, "hội viên", "numerator"),
                ("35 hội viên", 35, "hội viên", "denominator"),
            ],
        ),
        ("hỗ trợ 500.000 đồng/01 hộ", [("500.000 đồng", 500000, "đồng", None)]),
        ("bình quân 2 lượt/01 người", [("2 lượt", 2, "lượt", None)]),
        (
            "đạt 8.245/8.760 hộ",
            [("8.245", 8245, None, "numerator"), ("8.760 hộ", 8760, "hộ", "denominator")],
        ),
    ],
)
def test_count_after_a_slash(
    text: str, expected: list[tuple[str, int, str | None, str | None]]
) -> None:
    assert _read(text) == [(t, Decimal(v), u, f) for t, v, u, f in expected]


@given(
    st.integers(2, 10**6),
    st.integers(2, 10**6),
    st.sampled_from(sorted(unit_nouns())),
    st.sampled_from(sorted(unit_nouns())),
)
def test_two_counts_with_their_own_nouns(a: int, b: int, left: str, right: str) -> None:
    text = f"tổ chức {a} {left}/{b} {right} tham gia"
    matches = find_quantities(text)
    if left == right:  # the noun on both sides: a fraction
        assert [m.fraction for m in matches] == ["numerator", "denominator"]
    else:
        assert [(m.quantity.value, m.fraction) for m in matches] == [(a, None), (b, None)]
        assert matches[0].quantity.unit is not None
        assert matches[1].quantity.unit is not None


# --- labels and years are no quantities ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hội tổ chức thăm hỏi tại tổ dân phố 27, phường 5",
        "trong mùa mưa bão 2023 đã hỗ trợ",
        "Đại hội Hội Nông dân lần thứ 9",
        "Ban Chấp hành khóa 12",
        "vui Tết 2024 và đón Xuân",
    ],
)
def test_labels_and_years_are_no_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_a_year_after_a_noun_is_a_date() -> None:
    [date] = find_dates("trong mùa mưa bão 2023 đã hỗ trợ")
    assert (date.text, date.day, date.month, date.year) == ("2023", None, None, 2023)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("ấp 3 có 120 hộ nghèo", ["120 hộ nghèo"]),  # the label, then a count
        ("tổng số hội viên là 2023", ["2023"]),  # after a function word: a count
        ("xây dựng 2023 mô hình", ["2023 mô hình"]),  # a noun after it: a count
        ("khoảng 2000 lượt người", ["khoảng 2000 lượt người"]),
        ("đạt 1999", ["1999"]),
    ],
)
def test_counts_next_to_labels_and_years_stay(text: str, figures: list[str]) -> None:
    assert [m.text for m in find_quantities(text)] == figures


@given(st.sampled_from(sorted(label_nouns())), st.integers(1, 999), st.integers(2, 10**5))
def test_a_label_names_and_the_count_after_it_counts(label: str, n: int, m: int) -> None:
    assert find_quantities(f"tại {label} {n}, nơi ở") == []
    assert [q.quantity.value for q in find_quantities(f"tại {label} {n} có {m} hộ")] == [m]


@given(st.integers(1900, 2100), st.sampled_from(["mùa mưa bão", "Tết", "kế hoạch", "Hội thi"]))
def test_a_year_after_a_noun_is_no_count(year: int, noun: str) -> None:
    text = f"trong {noun} {year}, Hội đã"
    assert find_quantities(text) == []
    assert [d.year for d in find_dates(text)] == [year]


# --- the checker stays quiet on all of these --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hội hỗ trợ mỗi hộ từ 20 đến 50 triệu đồng, tổng số 1,2 tỷ đồng.",
        "Tổ chức 1.250 buổi/48.300 lượt người tham dự, đạt 105% kế hoạch.",
        "Tại tổ dân phố 27 có 45 hội viên, trong đó 20 nam và 25 nữ.",
        "Trong mùa mưa bão 2023, Hội đã hỗ trợ 120 hộ, trong đó 80 hộ nghèo và 40 hộ cận nghèo.",
        # Correct dates with dashes or dots, and near misses of dates.
        "Ngày 14-3-2019, Hội tổ chức Đại hội",
        "ngày 27.10.2022 tại hội trường",
        "số 12-KH/TU ngày 05/8/2023",
        "từ 1-2 hội mỗi xã",
        "Quyết định 1.2.3 năm 2020",
        "29-02-2024",
    ],
)
def test_no_alarm(text: str) -> None:
    assert [f.code for f in check_text(text) if f.severity.value != "info"] == []


def test_range_ends_are_marked_and_listed_whole() -> None:
    low, high = find_quantities("hỗ trợ từ 20 đến 50 triệu đồng")
    assert (low.range_end, high.range_end) == ("low", "high")
    [mention_low, mention_high] = extract("hỗ trợ từ 20 đến 50 triệu đồng")
    assert (mention_low.value, mention_low.unit, mention_low.range_end) == (
        20_000_000,
        "đồng",
        "low",
    )
    assert mention_high.range_end == "high"
    assert [m.range_end for m in find_quantities("có 20 hội và 50 triệu đồng")] == [None, None]


def test_the_rules_read_a_low_end_as_written() -> None:
    [para] = Splitter().feed("hỗ trợ từ 20 đến 50 triệu đồng")
    low, high = scan(para).mentions
    assert (low.value, low.unit, low.range_end) == (20, None, "low")
    assert (high.value, high.unit) == (50_000_000, "đồng")


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kinh phí 100 triệu đồng, gồm: hỗ trợ từ 20 đến 50 triệu đồng mỗi hộ.",
        "Tổng số 120 hội viên, trong đó từ 20 đến 30 hội viên mỗi chi hội.",
    ],
)
def test_range_ends_are_no_parts(text: str) -> None:
    assert [f.code for f in check_text(text) if f.severity.value != "info"] == []


# --- nouns: multi-word nouns whole, an unknown noun's phrase up to a boundary ---------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "xây dựng 15 mô hình kinh tế, 3 công trình thanh niên, 120 thành viên, "
            "45 gia đình văn hóa",
            ["mô hình", "công trình", "thành viên", "gia đình"],
        ),
        ("vận động 300 bình nước lọc, 15 ghế đá cho trường", ["bình nước lọc", "ghế đá"]),
        ("Tỷ lệ bác sĩ 8/10.000 dân, tăng 0,5 bác sĩ so với năm 2023", [None, "dân", "bác sĩ"]),
        # Counted nouns of one word stay alone: the words after them qualify them.
        ("có 40 hội cấp tỉnh, 57 hội khác và 120 hộ chăn nuôi", ["hội", "hội", "hộ"]),
        ("hỗ trợ 2 tấn gạo và 1 chiếc ghe", ["tấn", "chiếc"]),
        # A phrase stops at a name, a function word, a label or a scale word.
        ("trao 5 ghế đá Công ty tài trợ", ["ghế đá"]),
        ("trao 5 ghế đá cho hội viên", ["ghế đá"]),
    ],
)
def test_nouns(text: str, units: list[str | None]) -> None:
    assert [m.quantity.unit for m in find_quantities(text)] == units


@given(st.integers(2, 10**5), st.sampled_from(sorted(unit_nouns())))
def test_every_known_noun_is_read_whole(n: int, noun: str) -> None:
    [match] = find_quantities(f"có {n} {noun} và nhiều hơn nữa")
    assert match.quantity.unit == noun


# "lượt" takes the noun after it ("lượt người"): it is the one exception.
@given(st.integers(2, 10**5), st.sampled_from(sorted(single_nouns() - {"lượt"})))
def test_every_single_noun_is_read_alone(n: int, noun: str) -> None:
    [match] = find_quantities(f"có {n} {noun} mới thành lập")
    assert match.quantity.unit == noun
