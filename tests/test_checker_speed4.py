"""Round 10 (speed4).

* The state of rule paired-totals and of the restated pairs is kept in the document's state
  (one dictionary look-up a paragraph, not a weak dictionary): two documents must not share it.
* The numbers' grammar ends an unknown noun's phrase where a verb after it begins ("14 HTX hoạt
  động": the unit is "htx"), whole words only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_text, extract
from hoiquanchung.checker._context import DocumentState


def test_restated_pairs_state_lives_in_the_document_state() -> None:
    """Real shape (rule 2f, restated pairs): the state of the items read on the lines above is
    kept per document, so two documents checked in turn do not mix their items."""
    items = (
        "Hội trao 310 suất quà với tổng trị giá 124 triệu đồng.\n"
        "Hội trao tiếp 250 suất quà với tổng trị giá 100 triệu đồng.\n"
    )
    total = "Tổng cộng đã trao 560 suất quà với tổng trị giá 234 triệu đồng."
    assert [f.stated for f in check_text(items + total)] == ["234 triệu đồng"]
    assert check_text(total) == []  # the items of the other document are not read here
    assert "rule_states" not in repr(DocumentState())  # not shown


# --- the unit of "14 HTX hoạt động": the verb after a noun is not part of it -----------------

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402


def _units(text: str) -> dict[str, str | None]:
    return {m.text: m.unit for m in extract(text)}


def test_verb_after_a_cooperative_is_no_part_of_its_unit() -> None:
    """http://baolamdong.vn/kinhte/201705/so-luong-hop-tac-xa-tang-gan-gap-doi-so-voi-cung-ky-2810598/
    (corpus lamdong-htx-2017-new15): "15 HTX đăng ký mới ..., trong đó 14 HTX hoạt động trong
    lĩnh vực nông nghiệp, 1 HTX hoạt động trong lĩnh vực giao thông vận tải": the parts count
    the total's noun, "htx" (before: "htx hoạt động", another noun)."""
    units = _units(harness.text_of("lamdong-htx-2017-new15"))
    assert units["15 HTX"] == units["14 HTX"] == units["1 HTX"] == "htx"
    assert units["2 liên hiệp"] == "liên hiệp"  # "2 liên hiệp HTX hoạt động ...": before too


def test_phrase_ender_is_whole_words_only() -> None:
    """https://thanhpho.laichau.gov.vn/tin-tuc-su-kien/trao-nha-dai-doan-ket-tai-huyen-phong-tho.html
    (laichau-phongtho-mttq-nha370): "01 phòng sinh hoạt chung" keeps its noun "phòng sinh
    hoạt" ("hoạt" alone ends no phrase); https://vietgiaitri.com/van-dong-duoc-tren-610-ty-dong-
    cho-cac-hoat-dong-nhan-dao-tu-thien-20191205i4509681 (dongnambo-ctd-2019): "7 chương trình
    hoạt động của Hội" counts programmes (before: the cut phrase "chương trình hoạt")."""
    assert _units(harness.text_of("laichau-phongtho-mttq-nha370"))["01 phòng sinh hoạt"] == (
        "phòng sinh hoạt"
    )
    assert _units(harness.text_of("dongnambo-ctd-2019"))["7 chương trình"] == "chương trình"


_NOUN_WORDS = st.sampled_from(["htx", "tổ", "hợp", "tác", "nhóm", "câu", "lạc", "bộ", "sinh"])


@given(st.lists(_NOUN_WORDS, min_size=1, max_size=3), st.integers(1, 999))
def test_hoat_dong_never_inside_a_unit_after_its_first_word(words: list[str], n: int) -> None:
    """Whatever noun comes first, "hoạt động" after it ends the unit; the unit is the words
    before it, read as without the verb (the same text cut before "hoạt động")."""
    noun = " ".join(words)
    with_verb = extract(f"Có {n} {noun} hoạt động hiệu quả")
    without = extract(f"Có {n} {noun}")
    assert [m.unit for m in with_verb] == [m.unit for m in without]
    for m in with_verb:
        assert m.unit is None or "hoạt động" not in m.unit


def test_hoat_dong_first_is_still_a_counted_noun() -> None:
    """Right after the number, "hoạt động" is the noun counted ("20 hoạt động": activities)."""
    assert [m.unit for m in extract("tổ chức 20 hoạt động")] == ["hoạt động"]
