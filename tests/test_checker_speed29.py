"""Round 21, speed29: the cheap tests before dear searches find what the searches found.

Each test below holds one of the round's faster readings to the one it replaced, on every
corpus paragraph (real report text) and on generated text, and the rules to their findings on
the real paragraphs that go through the changed code.
"""

from __future__ import annotations

import re

from _checker_helpers import CORPUS, corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import (
    _changes,
    _numerator_totals,
    _per_unit,
    _place_allocations,
    _shares,
    check_text,
)

TEXTS = [p.text for p in CORPUS.values()]

# The patterns as they were before the round (the oracle of the faster readings).
_OLD_SENTENCE_END = re.compile(r"[.!?…](?=\s|\Z)|\n")
_OLD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OLD_EACH_PLACE = re.compile(r"mỗi\s+(?:tỉnh|địa\s+phương)", re.IGNORECASE)
_OLD_CONTRIBUTION = re.compile(r"\b(?:đóng\s+)?góp\b(?!\s+phần)", re.IGNORECASE)
_OLD_CHANGES_END = re.compile(r"[!?\n]|\.(?!\d)")
_OLD_NUMERATOR_END = re.compile(r"[.!?](?=\s|\Z)|\n")

# Characters that make the shapes of the changed readings (digits, signs, the words they
# look for in either case, and the letters a case-blind search folds unlike str.lower()).
_ALPHABET = st.sampled_from(
    [
        *"0123459/.-–, \n!?…",
        *("\u2060", "ı", "ſ", "İ", "a", "T", "x", "_", "²", "\t", "٣", " con", " hộ", "hỗ"),
        *("ngõ", "NGÕ", "ngày", "Ngày", "hôm", "tổng", "TỔNG", "tỔng", "mỗi", "MỖI", "tỉnh"),
        *(
            "góp",
            "GÓP",
            "đóng",
            "Đóng",
            " phần",
            "chiếm",
            "trọng",
            "cấu",
            "theo",
            "gồm",
            "trong",
            "tăng",
            "2019",
            "20",
            "19",
        ),
    ]
)
_TEXT = st.lists(_ALPHABET, max_size=24).map("".join)


def _old_gives_places(text: str) -> bool:
    """_place_allocations._gives_places as written before the round (a case-blind search)."""
    if ("ỗ" in text or "Ỗ" in text) and _OLD_EACH_PLACE.search(text) is not None:
        return True
    for m in _place_allocations._SLASH_PLACE.finditer(text):
        end = m.start()
        while end and text[end - 1].isspace():
            end -= 1
        if end >= 4 and _place_allocations._DONG.fullmatch(text, end - 4, end) is not None:
            return True
    return False


def _same_readings(text: str, every: bool = True) -> None:
    """Every faster reading of the round agrees with the search it stands for on *text* (and
    the list marker's gate at every span of it when *every*)."""
    assert [m.span() for m in _shares._SENTENCE_END.finditer(text)] == [
        m.span() for m in _OLD_SENTENCE_END.finditer(text)
    ]
    assert [m.span() for m in _shares._YEAR.finditer(text)] == [
        m.span() for m in _OLD_YEAR.finditer(text)
    ]
    assert _place_allocations._gives_places(text) == _old_gives_places(text)
    for new, old in (
        (_shares._CONTRIBUTION, _OLD_CONTRIBUTION),
        (_changes._SENTENCE_END, _OLD_CHANGES_END),
        (_numerator_totals._SENTENCE_END, _OLD_NUMERATOR_END),
    ):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    each, found = _per_unit._each_search(text), _per_unit._EACH.search(text)
    assert (each and each.span()) == (found and found.span()), text
    old_split = re.compile(r"\s*,\s*|\s+và\s+|\s+cùng\s+", re.IGNORECASE)
    assert _per_unit._NAME_SPLIT.split(text) == old_split.split(text)
    if every:
        for at in range(len(text)):
            for stop in range(at, len(text) + 1):
                if _per_unit._LIST_MARKER.search(text[at:stop]) is not None:
                    assert _per_unit.may_contain_between(text, ("gồm", "trong"), at, stop)


def test_faster_readings_agree_on_every_corpus_paragraph() -> None:
    for text in TEXTS:
        _same_readings(text, every=False)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_faster_readings_agree_on_generated_text(text: str) -> None:
    _same_readings(text)


def test_shares_gates_agree_on_every_corpus_sentence() -> None:
    # The words each search's matches hold: a sentence without them has no match.
    for text in TEXTS:
        for start, end in _shares._sentences(text):
            sentence = text[start:end]
            if _shares._SHARE_CUE.search(text, start, end) is not None:
                assert _shares.may_contain_between(text, _shares._SHARE_CUE_WORDS, start, end)
            for pattern, words in (
                (_shares._CONTRIBUTION, ("góp",)),
                (_shares._SECTOR_CUE, ("chiếm", "trọng")),
                (_shares._STRUCTURE, ("cấu",)),
                (_shares._LEVELS_HEAD, ("theo",)),
            ):
                if pattern.search(sentence) is not None:
                    assert _shares.may_contain_between(text, words, start, end), pattern


def test_scale_levels_still_judged() -> None:
    # corpus tth-nuocsach-2019-chiso (Thừa Thiên Huế, 2019): "theo các cấp độ: Bền vững 46%;
    # tương đối bền vững 27%; kém bền vững 24%; không hoạt động 3%".
    assert "share-sum-mismatch" not in {
        f.code for f in check_text(corpus("tth-nuocsach-2019-chiso"))
    }
    slip = corpus("tth-nuocsach-2019-chiso", "Bền vững 46%", "Bền vững 56%")
    assert "share-sum-mismatch" in {f.code for f in check_text(slip)}


def test_place_allocation_still_read() -> None:
    # corpus tw-ctd-2025-flood-allocation: "mỗi tỉnh được hỗ trợ 300 triệu đồng".
    text = corpus("tw-ctd-2025-flood-allocation")
    assert _place_allocations._gives_places(text)
    assert not _place_allocations._gives_places(text.replace("mỗi tỉnh", "mỗi xã"))
