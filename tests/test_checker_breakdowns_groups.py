"""Rules 2 and 2b on amounts listed after *trong đó* by groups of people, which may overlap.

"Tổng dư nợ ..., trong đó hộ nghèo ..., phụ nữ ...": a poor household may be a woman's, so the
amounts may add up to more than the total with no slip in the report.  Amounts by source
(*ngân sách tỉnh*, *ngân sách huyện*) or by form (*kinh phí*, *sản phẩm*), and groups that are
distinct kinds of one set (*hộ nghèo*, *hộ cận nghèo*), cannot overlap and are still checked.
"""

from __future__ import annotations

import pytest

from hoiquanchung.checker import check_text
from hoiquanchung.checker._kinds import names_group
from hoiquanchung.findings import Severity

QUIET = [
    # groups of borrowers that overlap (poor households, women, ethnic minorities)
    "Tổng dư nợ đạt 100 tỷ đồng, trong đó hộ nghèo 60 tỷ đồng, phụ nữ 50 tỷ đồng.",
    "Tổng dư nợ đạt 100 tỷ đồng, trong đó hộ nghèo 60 tỷ đồng, đồng bào dân tộc thiểu số 50 tỷ"
    " đồng.",
    "Tổng dư nợ đạt 100 tỷ đồng, trong đó dư nợ hộ nghèo 60 tỷ đồng; dư nợ cho đồng bào dân tộc"
    " thiểu số 50 tỷ đồng; dư nợ hộ cận nghèo 30 tỷ đồng.",
    "Hội đã giải ngân 12 tỷ đồng, trong đó thanh niên 7 tỷ đồng, lao động nữ 6 tỷ đồng.",
    # rule 2: amounts each ("/hộ") are no parts of a whole amount
    "Năm 2024, tỉnh hỗ trợ 10 triệu đồng, trong đó hộ nghèo 6 triệu đồng/hộ, hộ cận nghèo 5"
    " triệu đồng/hộ.",
    "Tổng kinh phí hỗ trợ là 10 triệu đồng, trong đó hộ nghèo được hỗ trợ 6 triệu đồng / hộ, hộ"
    " cận nghèo 5 triệu đồng / hộ.",
]
LOUD = [
    # distinct kinds of one set: a poor household is no near-poor one
    "Tổng dư nợ đạt 100 tỷ đồng, trong đó dư nợ hộ nghèo 60 tỷ đồng; dư nợ hộ cận nghèo 50 tỷ"
    " đồng.",
    # sources of the money cannot overlap
    "Quỹ đã chi 100 tỷ đồng, trong đó ngân sách tỉnh 60 tỷ đồng, ngân sách huyện 50 tỷ đồng.",
    # whole amounts of distinct kinds are summed (rule 2)
    "Tổng kinh phí hỗ trợ là 10 triệu đồng, trong đó hộ nghèo 6 triệu đồng, hộ cận nghèo 5 triệu"
    " đồng.",
]


@pytest.mark.parametrize("text", QUIET)
def test_overlapping_groups_stay_quiet(text: str) -> None:
    assert [f for f in check_text(text) if f.severity >= Severity.WARNING] == []


@pytest.mark.parametrize("text", LOUD)
def test_parts_that_cannot_overlap_are_still_summed(text: str) -> None:
    assert [f.code for f in check_text(text)] == ["total-mismatch"]


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("dư nợ hộ nghèo", True),
        (" cho phụ nữ", True),
        ("đồng bào dân tộc thiểu số", True),
        ("Ủy ban MTTQ Việt Nam ủng hộ", False),
        ("ngân sách quận, huyện, thị xã", False),
        ("phân bổ các sản phẩm hỗ trợ là", False),
        ("Hộ NGHÈO", True),
        ("ho\u0323\u0302 nghe\u0300o", True),  # decomposed: NFD reads as NFC
    ],
)
def test_names_group(label: str, group: bool) -> None:
    assert names_group(label) is group
