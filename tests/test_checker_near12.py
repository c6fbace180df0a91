"""Totals with their parts, round 16 (near12): when parts cannot overlap, more than the total is
an error.

1. Parallel kinds (checker._parallel): parts that repeat the total's noun, each followed by its
   own kind after the words they share ("doanh nghiệp nhỏ, ... vừa, ... lớn"; "vụ hòa giải
   thành, ... hòa giải không thành"; "người chết, người mất tích"): an excess is reported, a
   shortfall is not (a *trong đó* list may name some kinds).
2. (Casualty kinds, "người chết, người mất tích", are left to the rules of tolls.)
4. Kinds with nouns of their own closed by the rest in the total's noun ("1.286 phương tiện
   các loại (832 ô tô, 133 tàu xuồng, ..., 219 phương tiện khác)"): the whole, both ways.
3. The dimensions "discipline" (khiển trách, cảnh cáo, cách chức, khai trừ) and "petition"
   (khiếu nại, tố cáo, kiến nghị phản ánh) of ``breakdown_kinds.toml``, with bare counts after
   their value in a bracket ("80 tổ chức Đảng (khiển trách 57, cảnh cáo 23)") and parts whose
   noun is the total's with a kind ("2.886 đơn (gồm 359 đơn khiếu nại; ...)").

Real paragraphs from the corpus, read by id wherever they stand (tests/corpus/pending/):
lamdong-khieunai-2023-7156 (https://baolamdong.vn/phap-luat/202402/toan-tinh-da-tiep-nhan-7156-don-khieu-nai-to-cao-kien-nghi-phan-anh-8ae12d5/),
h34-trithucvn-kyluat-dang-6thang-2023 (https://trithucvn.co/tin-tuc-vn/182-to-chuc-dang-va-hon-7-000-dang-vien-bi-ky-luat-trong-6-thang-dau-nam.html),
kenhtina-yagi-thuong-vong-8-9-2024 (tests/corpus/pending/p32_hunt24_pending.toml),
thanhhoa-thanhtra-127ty, quangbinh-truongchuan-2017, thanhnien-mualu-108-nha-2025 (their
addresses in the corpus files);
public pages quoted verbatim with their address; near misses that must stay quiet, and
hypothesis properties.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))

from _checker_helpers import paragraph

from hoiquanchung.checker import check_text
from hoiquanchung.checker._parallel import parallel_kinds
from hoiquanchung.findings import Severity

# The storm Yagi's tolls by province, quoted with their addresses in test_checker_near7.
# https://plo.vn/thoi-su/ong-vo-van-thuong-hoat-dong-cua-ubkt-cac-cap-cung-co-niem-tin-trong-dan-1038659.html
PLO_UBKT = (
    "quyết định thi hành kỷ luật theo thẩm quyền đối với 63 đảng viên (Khiển trách 15, cảnh cáo "
    "20, cách chức 10, khai trừ 18) và 13 tổ chức đảng (Khiển trách 1, cảnh cáo 12)"
)


def alarms(text: str) -> list[str]:
    """The stated totals of the alarms (warning or error) of rule 2 on *text*."""
    return [
        (f.stated if f.code == "total-mismatch" else f.computed) or ""
        for f in check_text(text)
        if f.code in ("total-mismatch", "parts-exceed-total") and f.severity >= Severity.WARNING
    ]


@pytest.mark.parametrize(
    ("text", "old", "new", "total"),
    [
        # grades of discipline, bare counts after their value
        (PLO_UBKT, "khai trừ 18", "khai trừ 28", "63 đảng viên"),
        (PLO_UBKT, "cảnh cáo 12", "cảnh cáo 22", "13 tổ chức"),
    ],
)
def test_parts_that_cannot_overlap_exceeding_are_found(
    text: str, old: str, new: str, total: str
) -> None:
    assert text.count(old) == 1
    assert alarms(text) == []
    assert total in alarms(text.replace(old, new))


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        # kinds of petition, the total's noun with a kind of its own ("đơn khiếu nại")
        ("lamdong-khieunai-2023-7156", "2.405 đơn", "2.415 đơn", "2.886 đơn"),
        ("lamdong-khieunai-2023-7156", "2.405 đơn", "2.395 đơn", "2.886 đơn"),
        # grades of discipline: both grades of an organisation are its whole list
        ("h34-trithucvn-kyluat-dang-6thang-2023", "cảnh cáo 23)", "cảnh cáo 33)", "80 tổ chức"),
        ("h34-trithucvn-kyluat-dang-6thang-2023", "cảnh cáo 23)", "cảnh cáo 13)", "80 tổ chức"),
        # provinces by their name alone
        ("kenhtina-yagi-thuong-vong-8-9-2024", "Hà Nội 8 người", "Hà Nội 9 người", "176 người"),
        # kinds with nouns of their own, closed by the rest in the total's noun: the whole
        (
            "thanhnien-mualu-108-nha-2025",
            "219 phương tiện khác",
            "229 phương tiện khác",
            "1.286 phương tiện",
        ),
        (
            "thanhnien-mualu-108-nha-2025",
            "219 phương tiện khác",
            "209 phương tiện khác",
            "1.286 phương tiện",
        ),
        # parallel kinds in a bracket ("cuộc theo kế hoạch", "cuộc đột xuất")
        ("thanhhoa-thanhtra-127ty", "239 cuộc", "249 cuộc", "332 cuộc"),
        # ("trường mầm non", "trường tiểu học", "trường THCS")
        ("quangbinh-truongchuan-2017", "9 trường tiểu", "19 trường tiểu", "23 trường"),
    ],
)
def test_real_paragraphs_mutated_are_found(pid: str, old: str, new: str, total: str) -> None:
    text = paragraph(pid)
    assert text.count(old) == 1
    assert total not in alarms(text)
    assert total in alarms(text.replace(old, new))


@pytest.mark.parametrize(
    ("pid", "old", "new"),
    [
        # some kinds or some provinces: less than the total says nothing
        # "Quân khu ba" is no province: the list of the dead is not read
        ("kenhtina-yagi-thuong-vong-8-9-2024", "Hà Nội 3 người", "Hà Nội 5 người"),
        ("thanhhoa-thanhtra-127ty", "239 cuộc", "229 cuộc"),
        ("quangbinh-truongchuan-2017", "9 trường tiểu", "8 trường tiểu"),
    ],
)
def test_some_kinds_short_of_the_total_stay_quiet(pid: str, old: str, new: str) -> None:
    text = paragraph(pid)
    assert text.count(old) == 1
    assert alarms(text.replace(old, new)) == alarms(text)


@pytest.mark.parametrize(
    "text",
    [
        # traits of two dimensions (sex, ethnicity) may overlap
        "Đại hội có 249 đại biểu, trong đó 151 đại biểu nữ, 130 đại biểu dân tộc thiểu số.",
        # a possession beside a kind
        "Xã có 100 hộ, trong đó 60 hộ nghèo, 50 hộ có người khuyết tật.",
        # one kind nested in another
        "Xảy ra 41 vụ cháy, trong đó 33 vụ cháy nhà, 18 vụ cháy nhà dân.",
        # "không X" without "X": a trait
        "Có 50 hộ, trong đó 30 hộ không có đất, 25 hộ thiếu đất.",
        # a place the data does not know as a province, a province with more words
        "Có 14 người chết (Quảng Ninh 4 người, Sa Pa 13 người).",
        "Có 14 người chết (chủ yếu tại Quảng Ninh 10 người, Hà Nội 13 người).",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert alarms(text) == []


KIND_TRIPLES = st.sampled_from(
    [("nhỏ", "vừa", "lớn"), ("cháy nhà", "cháy rừng", "cháy xe"), ("tốt", "khá", "kém")]
)


def written(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@given(
    kinds=KIND_TRIPLES,
    parts=st.lists(st.integers(min_value=1, max_value=5000), min_size=3, max_size=3),
    gap=st.integers(min_value=-3000, max_value=3000).filter(lambda g: g != 0),
)
def test_parallel_kinds_excess_found_shortfall_quiet(
    kinds: tuple[str, str, str], parts: list[int], gap: int
) -> None:
    total = sum(parts) + gap
    if total < 1:
        return
    a, b, c = (f"{written(n)} hợp tác xã {k}" for n, k in zip(parts, kinds, strict=True))
    text = f"Tỉnh có {written(total)} hợp tác xã, trong đó {a}, {b} và {c}."
    found = f"{written(total)} hợp tác xã" in alarms(text)
    assert found == (gap < 0)


@given(
    kinds=st.permutations(["nhỏ", "vừa", "lớn", "siêu nhỏ"]),
    trait=st.sampled_from(["nữ", "dân tộc thiểu số", "có đất", "là đảng viên", "trên 5 năm"]),
    at=st.integers(min_value=0, max_value=3),
)
def test_parallel_kinds_any_order_and_any_trait(kinds: list[str], trait: str, at: int) -> None:
    heads = [""] * len(kinds)
    tails = [f" {k}" for k in kinds]
    assert parallel_kinds(heads, tails) == parallel_kinds(heads, list(reversed(tails)))
    tails[at] = f" {trait}"
    assert not parallel_kinds(heads, tails)
