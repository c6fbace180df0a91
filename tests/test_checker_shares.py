"""Rule shares: the percentages of one complete breakdown make 100 % within their rounding.

Real phrasing (the corpus's paragraphs, figures changed only where a case says so) and
hypothesis properties: a consistent generated breakdown never fires; one share moved beyond
the rounding bound always does.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text
from hoiquanchung.indicators import shares


def codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.code == "share-sum-mismatch"]


CASES = [
    # Real (Hòa Bình): age groups, labels after the shares; 70 + 30 = 100.
    (
        "Câu lạc bộ gồm 50 thành viên, trong đó có 5 thành viên trong Ban Chủ nhiệm, 70% thành "
        "viên trong độ tuổi từ 55 tuổi trở lên và 30% thành viên dưới 55 tuổi.",
        [],
    ),
    (
        "Câu lạc bộ gồm 50 thành viên, trong đó có 5 thành viên trong Ban Chủ nhiệm, 70% thành "
        "viên trong độ tuổi từ 55 tuổi trở lên và 20% thành viên dưới 55 tuổi.",
        ["share-sum-mismatch"],
    ),
    # Real (Hà Tĩnh): grades, labels before; 62 + 38 = 100 (a breakdown not shown complete).
    (
        "Năm 2025, toàn hội có 18 chi hội đạt đơn vị xuất sắc chiếm 62% và 11 đơn vị đạt loại "
        "tốt nhiệm vụ đạt 38%.",
        [],
    ),
    (
        "Năm 2025, toàn hội có 18 chi hội đạt đơn vị xuất sắc chiếm 67% và 11 đơn vị đạt loại "
        "tốt nhiệm vụ đạt 38%.",
        ["share-sum-mismatch"],
    ),
    # ... below 100 with two grades: another grade may be left out, so quiet.
    (
        "Năm 2025, toàn hội có 18 chi hội đạt đơn vị xuất sắc chiếm 52% và 11 đơn vị đạt loại "
        "tốt nhiệm vụ đạt 38%.",
        [],
    ),
    # Real (Lai Châu): the report's own 53,4% + 48,7% = 102,1% of one club.
    (
        "Câu lạc bộ được thành lập với 43 thành viên trong đó tuổi 55 trở lên là 23 thành viên, "
        "chiếm 53,4% , tuổi dưới 55 là 20 thành viên, chiếm 48,7%, tất cả đều là hội viên.",
        ["share-sum-mismatch"],
    ),
    # Sex, complete: 2 parts at 1 decimal may miss 100 by 0,1 at most.
    ("Trong đó nam chiếm 45,1%, nữ chiếm 54,8%.", []),
    ("Trong đó nam chiếm 45,1%, nữ chiếm 54,7%.", ["share-sum-mismatch"]),
    # Real (canhco.net, candidates of the 15th National Assembly): education, labels after the
    # brackets; 64,98 + 33,87 + 1,15 = 100.
    (
        "Về trình độ chuyên môn, có 564 người (chiếm 64,98%) có trình độ trên Đại học, 294 người "
        "(chiếm 33,87%) có trình độ Đại học, 10 người (chiếm 1,15%) có trình độ dưới Đại học.",
        [],
    ),
    (
        "Về trình độ chuyên môn, có 564 người (chiếm 64,98%) có trình độ trên Đại học, 294 người "
        "(chiếm 33,87%) có trình độ Đại học, 10 người (chiếm 3,15%) có trình độ dưới Đại học.",
        ["share-sum-mismatch"],
    ),
    # Real (plo.vn, the 14th): the dimension named before a colon; 100,1 is within 0,15.
    (
        "+ Trình độ: trên đại học 310 người (tỉ lệ 62,5%); đại học 180 người (tỉ lệ 36,3%); "
        "dưới đại học 6 người (tỉ lệ 1,3%).",
        [],
    ),
    # ... and a list cut short ("...") is no complete breakdown: below 100 stays quiet.
    ("trình độ trên đại học: 564 người (64,8%), trình độ đại học: 294 người (33,87%)...", []),
    # Near-misses that must stay quiet: rates of different bases, changes, bounds, same part.
    ("Tỷ lệ hội viên nữ đạt 95%, tăng 10% so với cùng kỳ.", []),
    ("Cán bộ nữ chiếm 45%, cán bộ nữ trong ban chấp hành chiếm 60%.", []),
    ("Xếp loại tốt đạt 95% kế hoạch, khá đạt 20% kế hoạch.", []),
    ("Trong đó nam chiếm trên 60%, nữ chiếm 50%.", []),
    ("Tỷ lệ nam biết chữ 97%, nữ biết chữ 95%.", []),  # no word says they are shares
    ("Tại Việt Nam, 60% hội viên tham gia, 70% hội viên nữ được tập huấn.", []),
    ("Năm 2024 có 95% chi hội xếp loại tốt, 90% hội viên xếp loại khá.", []),  # two bases
    ("Năm 2024 có 75% chi hội xếp loại tốt, 30% chi hội xếp loại khá.", ["share-sum-mismatch"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_real_phrasing(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_the_finding_names_the_shares_and_the_bound_in_both_languages() -> None:
    [f] = [
        f
        for f in check_text("Trong đó nam chiếm 45,1%, nữ chiếm 54,7%.")
        if f.code == "share-sum-mismatch"
    ]
    assert f.severity.value == "error"
    assert "45,1% + 54,7%" in f.message_vi
    assert "99,8%" in f.message_vi
    assert "0,1%" in f.message_vi
    assert "add up to 99.8%" in f.message_en
    assert f.column == len("Trong đó nam chiếm ") + 1


# --- properties ------------------------------------------------------------------------------

_DIMENSIONS = {
    "sex": ("nam", "nữ"),
    "grades": ("tốt", "khá", "trung bình", "yếu"),
    "grades5": ("xuất sắc", "tốt", "khá", "trung bình", "yếu"),
}


def _written(d: Decimal) -> str:
    return str(d).replace(".", ",")


def _sentence(labels: tuple[str, ...], values: list[Decimal]) -> str:
    pairs = zip(labels, values, strict=True)
    body = ", ".join(f"{label} chiếm {_written(v)}%" for label, v in pairs)
    return f"Kết quả xếp loại năm 2024 như sau: {body}."


breakdowns = st.tuples(
    st.sampled_from(sorted(_DIMENSIONS)),
    st.integers(min_value=0, max_value=2),
    st.data(),
)


def _counts(data: st.DataObject, n: int) -> list[int]:
    return data.draw(
        st.lists(st.integers(min_value=1, max_value=10**6), min_size=n, max_size=n), label="counts"
    )


@given(breakdowns)
def test_a_consistent_breakdown_never_fires(case: tuple[str, int, st.DataObject]) -> None:
    name, digits, data = case
    labels = _DIMENSIONS[name]
    values = list(shares(_counts(data, len(labels)), digits=digits))
    assert codes(_sentence(labels, values)) == []
    # Each share rounded half up on its own (not adjusted to 100) still holds within the bound.
    assert sum(values) == 100


@given(breakdowns)
def test_one_share_moved_beyond_the_bound_always_fires(
    case: tuple[str, int, st.DataObject],
) -> None:
    name, digits, data = case
    labels = _DIMENSIONS[name]
    values = list(shares(_counts(data, len(labels)), digits=digits))
    unit = Decimal(1).scaleb(-digits)
    bound = len(labels) * unit / 2
    steps = data.draw(st.integers(min_value=1, max_value=20), label="steps")
    delta = (bound // unit + steps) * unit  # strictly beyond n·½·10^-d
    i = data.draw(st.integers(min_value=0, max_value=len(labels) - 1), label="part")
    if values[i] + delta <= 100:
        values[i] = (values[i] + delta).quantize(unit)
    elif values[i] - delta >= 0:
        values[i] = (values[i] - delta).quantize(unit)
    else:
        return
    assert codes(_sentence(labels, values)) == ["share-sum-mismatch"]
