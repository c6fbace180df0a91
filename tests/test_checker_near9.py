"""Totals with their parts, round 13 (near9): totals listed by province.

1. Parts listed by province written with a colon or *có* between the name and the figure
   (*124 nhà bị đổ (Hà Giang: 38 nhà; Lai Châu: 55 nhà; ...)*, *5 người chết (Đắk Lắk có 3
   người, Gia Lai có 2 người)*): more than the total is an error, less says nothing.
2. A total shared among the provinces the sentence counts, each named in the bracket with its
   amount (*hỗ trợ 700 tỷ đồng ... cho 4 địa phương ... (trong đó tỉnh Khánh Hòa 200 tỷ đồng,
   ...)*): as many distinct provinces as counted are the whole, neither more nor less.

Real paragraphs of the corpus, read by id wherever they stand (tests/corpus/pending/):
dantri-2018-30nguoi (dantri.com.vn), dantri-kalmaegi-5chet (dantri.com.vn),
vietnamplus-700ty-4tinh-2549, vietnamplus-52nguoi-2111 (vietnamplus.vn),
giadinh-1100ty-4tinh-2572 (giadinh.suckhoedoisong.vn); public pages no corpus file holds, quoted
verbatim with their address; near misses that must stay quiet, and hypothesis properties.
"""

from __future__ import annotations

import pytest
from _checker_helpers import paragraph, totals
from hypothesis import given
from hypothesis import strategies as st


def stated(text: str) -> list[str | None]:
    return [stated for _code, _severity, stated, _value in totals(text)]


# ---- 1. provinces written "Hà Giang: 38 nhà", "Đắk Lắk có 3 người"


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("dantri-2018-30nguoi", "124 nhà", "122 nhà", "122 nhà"),
        ("dantri-2018-30nguoi", "Hà Giang: 38 nhà", "Hà Giang: 40 nhà", "124 nhà"),
        ("dantri-kalmaegi-5chet", "5 người chết", "4 người chết", "4 người"),
    ],
)
def test_province_lists_with_a_colon_or_co(pid: str, old: str, new: str, total: str) -> None:
    # Round 23 (slips23t): two real slips of dantri-2018-30nguoi now found (annotated in
    # pending/p29_hunt15_pending.toml): 597 nhà of five provinces that make 573, 486 ha that
    # make 485.
    real = {"dantri-2018-30nguoi": ["597 nhà", "486 ha"]}
    assert stated(paragraph(pid)) == real.get(pid, [])
    assert total in stated(paragraph(pid, old, new))


# https://viettimes.vn/vuot-dinh-lu-lich-su-nam-1979-gan-1m-mua-lu-nhan-chim-121-694-nha-dan-tu-ha-tinh-den-quang-tri-post139455.html
VIETTIMES_90 = (
    "Tính từ ngày 6/10 đến nay, mưa lũ đã làm 90 người chết (Quảng Bình: 2 người, Quảng Trị: 41 "
    "người, Thừa Thiên Huế: 27 người, Quảng Nam: 11 người, Đà Nẵng: 3 người, Quảng Ngãi: 1 người, "
    "Gia Lai: 1 người, Đắk Lắk: 1 người, Lâm Đồng: 1 người và Kon Tum: 2 người); làm mất tích 34 "
    "người (Nghệ An: 1 người, Quảng Trị: 16 người, Thừa Thiên Huế: 15 người, Đà Nẵng: 1 người, Gia "
    "Lai: 1 người)."
)


def test_province_list_with_colons_and_va() -> None:
    assert totals(VIETTIMES_90) == []
    assert stated(VIETTIMES_90.replace("làm 90 người", "làm 88 người")) == ["88 người"]
    assert stated(VIETTIMES_90.replace("Kon Tum: 2", "Kon Tum: 4")) == ["90 người"]
    assert stated(VIETTIMES_90.replace("tích 34", "tích 33")) == ["33 người"]


@pytest.mark.parametrize(
    "text",
    [
        # a level by province is no share of a total
        "Lượng mưa phổ biến 300 mm (Hà Giang: 250 mm; Lai Châu: 180 mm).",
        # parts of another unit
        "Bão làm 5 người chết (Đắk Lắk có 3 xã, Gia Lai có 4 xã bị ảnh hưởng).",
    ],
)
def test_province_near_misses(text: str) -> None:
    assert totals(text) == []


@given(
    parts=st.lists(st.integers(min_value=1, max_value=300), min_size=2, max_size=4),
    extra=st.integers(min_value=-30, max_value=30),
    colon=st.booleans(),
)
def test_province_property(parts: list[int], extra: int, colon: bool) -> None:
    """A bracket of provinces right after the toll is the whole toll: more or less is an error."""
    names = ["Hà Giang", "Lai Châu", "Thái Nguyên", "Điện Biên"]
    sep = ": " if colon else " có "
    items = "; ".join(f"{n}{sep}{v} nhà" for n, v in zip(names, parts, strict=False))
    total = sum(parts) + extra
    if total <= max(parts):
        return
    text = f"Mưa lũ làm {total} nhà bị đổ ({items})."
    assert bool(totals(text)) == (extra != 0)


# ---- 2. a total shared among the provinces the sentence counts


@pytest.mark.parametrize(
    ("pid", "old", "new", "total"),
    [
        ("vietnamplus-700ty-4tinh-2549", "hỗ trợ 700 tỷ", "hỗ trợ 710 tỷ", "710 tỷ đồng"),
        ("vietnamplus-700ty-4tinh-2549", "Gia Lai 150 tỷ", "Gia Lai 140 tỷ", "700 tỷ đồng"),
        ("vietnamplus-52nguoi-2111", "Đắk Lắk 150 tỷ", "Đắk Lắk 160 tỷ", "700 tỷ đồng"),
        ("giadinh-1100ty-4tinh-2572", "Lâm Đồng 300 tỷ", "Lâm Đồng 200 tỷ", "1.100 tỷ đồng"),
    ],
)
def test_counted_provinces(pid: str, old: str, new: str, total: str) -> None:
    assert totals(paragraph(pid)) == []
    assert total in stated(paragraph(pid, old, new))


# https://www.vietnamplus.vn/ho-tro-khan-cap-140-ty-dong-cho-4-tinh-khac-phuc-hau-qua-mua-lu-post1068887.vnp
VIETNAMPLUS_140 = (
    "Thủ tướng Chính phủ quyết định hỗ trợ 140 tỷ đồng từ nguồn dự phòng ngân sách trung ương "
    "năm 2025 cho 4 địa phương để kịp thời cứu trợ, hỗ trợ nhân dân và bước đầu khắc phục hậu "
    "quả mưa lũ, trong đó: Thái Nguyên 50 tỷ đồng, Cao Bằng 30 tỷ đồng, Lạng Sơn 30 tỷ đồng và "
    "Bắc Ninh 30 tỷ đồng như đề nghị của Bộ Tài chính tại văn bản số 15559/BTC-NSNN ngày "
    "8/10/2025./."
)


def test_counted_provinces_after_trong_do() -> None:
    assert totals(VIETNAMPLUS_140) == []
    assert stated(VIETNAMPLUS_140.replace("hỗ trợ 140", "hỗ trợ 150")) == ["150 tỷ đồng"]
    assert stated(VIETNAMPLUS_140.replace("Cao Bằng 30", "Cao Bằng 40")) == ["140 tỷ đồng"]


@pytest.mark.parametrize(
    "text",
    [
        # a further item that is no province: the list is not the counted provinces alone
        "Hỗ trợ 150 tỷ đồng cho 4 địa phương, trong đó: Thái Nguyên 50 tỷ đồng, Cao Bằng 30 tỷ "
        "đồng, Lạng Sơn 30 tỷ đồng và Bắc Ninh 30 tỷ đồng, Bộ Quốc phòng 10 tỷ đồng.",
        # fewer provinces named than counted: some of them only
        "Hỗ trợ 700 tỷ đồng cho 4 địa phương (Khánh Hòa 200 tỷ đồng, Lâm Đồng 200 tỷ đồng, "
        "Gia Lai 150 tỷ đồng).",
        # a province given something else beside its money: not the list alone
        "Hỗ trợ 100 tỷ đồng cho 2 tỉnh (Quảng Trị 15 tỷ đồng và 2.000 tấn gạo, Hà Tĩnh 50 tỷ "
        "đồng).",
        # an amount with a qualifier: no exact total
        "Hỗ trợ hơn 100 tỷ đồng cho 2 tỉnh (Quảng Trị 50 tỷ đồng, Hà Tĩnh 49 tỷ đồng).",
    ],
)
def test_counted_near_misses(text: str) -> None:
    assert totals(text) == []


@given(
    amounts=st.lists(st.integers(min_value=1, max_value=900), min_size=2, max_size=4),
    extra=st.integers(min_value=-30, max_value=30),
    word=st.booleans(),
)
def test_counted_property(amounts: list[int], extra: int, word: bool) -> None:
    """Found wrong exactly when the counted provinces' amounts do not add up to the total."""
    names = ["Khánh Hòa", "Lâm Đồng", "Gia Lai", "Đắk Lắk"]
    words = {2: "hai", 3: "ba", 4: "bốn"}
    count = words[len(amounts)] if word else str(len(amounts))
    items = ", ".join(f"{n} {v} tỷ đồng" for n, v in zip(names, amounts, strict=False))
    total = sum(amounts) + extra
    if total <= 0:
        return
    text = f"Hỗ trợ {total} tỷ đồng cho {count} địa phương (trong đó {items})."
    assert bool(totals(text)) == (extra != 0)
