"""Rule 2d continued (far-6): more evidence that parts in another sentence do not overlap.

* the values of a dimension of ``breakdown_kinds.toml`` (houses *xây mới* / *sửa chữa*, members
  *tái cử* / *lần đầu*, cash and goods), one in each part's words: the parts cannot overlap (a
  sum above the total is a slip); they are the whole only when the total's own sentence names
  every value too ("hỗ trợ xây mới, sửa chữa 8 mái ấm"), since a subgroup may be split by the
  same words;
* a sentence that names money and goods as one whole after them ("Toàn bộ số tiền và hàng hóa
  có tổng trị giá 330 triệu đồng") sums the amounts of the sentence before, one in each form;
* portions whose total names the kinds of recipient ("334 suất học bổng cho học sinh, sinh
  viên") and parts each naming one of them.

The real paragraphs are read from the corpus (``tests/corpus``, each with its address), then one
figure is changed; the near-misses must stay quiet; hypothesis properties check the sums.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import corpus_harness as harness
from _checker_helpers import alarm_codes, mismatches

corpus_text = harness.text_of  # measured or pending


totals = mismatches
alarms = alarm_codes


def changed(text: str, old: str, new: str) -> str:
    """*text* with the one occurrence of *old* replaced by *new*."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


# ------------------------------------------------------------------ real paragraphs
# baocamau.vn (Bạc Liêu, LĐLĐ 2021): "hỗ trợ xây mới, sửa chữa 8 mái ấm công đoàn ...\nTheo
# đó, có 5 mái ấm ... xây mới ...; 3 mái ấm ... sửa chữa ...": the total names both works.
# daklak (Hội Chữ thập đỏ Đắk Lắk 2020): "50 triệu tiền mặt và hàng hóa ... trị giá 280 triệu
# đồng ... Toàn bộ số tiền và hàng hóa có tổng trị giá 330 triệu đồng".
# travinh (Hội Khuyến học Trà Vinh 2022): "trao 334 suất học bổng cho học sinh, sinh viên ...\n
# Cụ thể, 302 suất được trao cho học sinh ... và 32 suất được trao cho sinh viên".
DAKLAK = "daklak-ctd-2020-hatinh-flood"
FOUND = [
    ("baclieu-ldld-2021-maiam-8", "3 mái ấm", "9 mái ấm", ("8 mái ấm công", "14 mái ấm công")),
    ("baclieu-ldld-2021-maiam-8", "có 5 mái", "có 4 mái", ("8 mái ấm công", "7 mái ấm công")),
    ("baclieu-ldld-2021-maiam-8", "sửa chữa 8", "sửa chữa 2", ("2 mái ấm công", "8 mái ấm công")),
    (DAKLAK, "280 triệu", "290 triệu", ("330 triệu đồng", "340.000.000 đồng")),
    (DAKLAK, "50 triệu", "40 triệu", ("330 triệu đồng", "320.000.000 đồng")),
    (DAKLAK, "330 triệu", "930 triệu", ("930 triệu đồng", "330.000.000 đồng")),
    (
        "travinh-khuyenhoc-2022-334suat",
        "334 suất",
        "339 suất",
        ("339 suất học bổng", "334 suất học bổng"),
    ),
    (
        "travinh-khuyenhoc-2022-334suat",
        "32 suất",
        "42 suất",
        ("334 suất học bổng", "344 suất học bổng"),
    ),
]


@pytest.mark.parametrize("pid", sorted({pid for pid, *_ in FOUND}))
def test_the_real_paragraphs_are_quiet(pid: str) -> None:
    assert alarms(corpus_text(pid)) == []


@pytest.mark.parametrize(("pid", "old", "new", "finding"), FOUND)
def test_one_figure_changed_is_found(
    pid: str, old: str, new: str, finding: tuple[str, str]
) -> None:
    assert totals(changed(corpus_text(pid), old, new)) == [finding]


# ------------------------------------------------------------------ near-misses
NEAR_MISSES = [
    # Works named in the parts only: a subgroup may be split so (fewer says nothing).
    "Liên đoàn đã trao tặng 32 nhà cho đoàn viên.\nTrong đó, 10 nhà được hỗ trợ sửa chữa; "
    "11 nhà xây mới.",
    # One work named twice: no two values.
    "Liên đoàn đã trao tặng 32 nhà cho đoàn viên.\nTrong đó, 30 nhà xây mới; 11 nhà xây dựng mới.",
    # An amount each among the amounts before the whole: not a part.
    "Hội nhận 50 triệu tiền mặt, mỗi suất 500.000 đồng, và hàng hóa trị giá 280 triệu đồng. "
    "Toàn bộ số tiền và hàng hóa trị giá 350 triệu đồng.",
    # Two amounts in cash and none in goods: not every form.
    "Hội nhận 50 triệu tiền mặt và 280 triệu tiền mặt. Toàn bộ số tiền và hàng hóa trị giá "
    "350 triệu đồng.",
    # A change beside the amounts ("tăng 10 triệu"): no part.
    "Hội nhận 50 triệu tiền mặt, tăng 10 triệu đồng, và hàng hóa trị giá 280 triệu đồng. "
    "Toàn bộ số tiền và hàng hóa trị giá 350 triệu đồng.",
    # The sentence before is itself a breakdown: its amounts may be a few of another total's.
    "Trong đó, Hội nhận 50 triệu tiền mặt và hàng hóa trị giá 280 triệu đồng. Toàn bộ số tiền "
    "và hàng hóa trị giá 350 triệu đồng.",
    # A recipient the total does not name: no evidence.
    "Hội trao 334 suất học bổng cho học sinh, sinh viên nghèo.\nCụ thể, 302 suất cho học sinh "
    "THCS và 42 suất cho em nhỏ.",
    # The total names one kind of recipient only.
    "Hội trao 334 suất học bổng cho học sinh nghèo.\nCụ thể, 302 suất cho học sinh THCS và "
    "42 suất cho học sinh THPT.",
    # "Trong đó" (among them) may name a few: fewer says nothing.
    "Hội trao 334 suất học bổng cho học sinh, sinh viên nghèo.\nTrong đó, 200 suất cho học "
    "sinh THCS và 32 suất cho sinh viên.",
    # Not portions: people may be pupils and students of a programme at once.
    "Hội hỗ trợ 334 người cho học sinh, sinh viên nghèo.\nCụ thể, 302 người là học sinh và "
    "42 người là sinh viên.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_quiet(text: str) -> None:
    assert totals(text) == []


# ------------------------------------------------------------------ properties
counts = st.integers(min_value=1, max_value=900)


def vn(n: int) -> str:
    """*n* grouped as the checker writes a computed count ("1.000")."""
    return f"{n:,}".replace(",", ".")


@given(counts, counts, counts, st.booleans())
def test_houses_by_work(total: int, new: int, repaired: int, whole_named: bool) -> None:
    """Parts by work are distinct: a sum above the total is found; below it only when the
    total's sentence names both works."""
    said = "xây mới, sửa chữa " if whole_named else ""
    text = (
        f"Liên đoàn đã hỗ trợ {said}{total} mái ấm cho đoàn viên.\n"
        f"Theo đó, có {new} mái ấm được hỗ trợ xây mới; {repaired} mái ấm được sửa chữa."
    )
    found = totals(text)
    parts = new + repaired
    if parts > total or (whole_named and parts < total):
        assert found == [(f"{total} mái ấm", f"{vn(parts)} mái ấm")]
    else:
        assert found == []


@given(counts, counts, counts)
def test_money_and_goods_then_their_whole(cash: int, goods: int, total: int) -> None:
    text = (
        f"Các cấp Hội đã huy động được {cash} triệu tiền mặt và hàng hóa, nhu yếu phẩm trị giá "
        f"{goods} triệu đồng. Toàn bộ số tiền và hàng hóa có tổng trị giá {total} triệu đồng."
    )
    found = totals(text)
    if cash + goods == total:
        assert found == []
    else:
        assert len(found) == 1
        stated, computed = found[0]
        assert stated == f"{total} triệu đồng"
        assert computed is not None
        assert int(computed.removesuffix(" đồng").replace(".", "")) == (cash + goods) * 10**6


@given(counts, counts, counts, st.sampled_from(["Cụ thể", "Trong đó"]))
def test_portions_by_recipient(total: int, pupils: int, students: int, marker: str) -> None:
    text = (
        f"Hội trao {total} suất học bổng cho học sinh, sinh viên nghèo.\n"
        f"{marker}, {pupils} suất cho học sinh THCS và {students} suất cho sinh viên."
    )
    found = totals(text)
    parts = pupils + students
    if parts > total or (marker == "Cụ thể" and parts < total):
        assert found == [(f"{total} suất học bổng", f"{vn(parts)} suất học bổng")]
    else:
        assert found == []
