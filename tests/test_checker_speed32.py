"""Round 22, speed32: the faster readings find what the slower ones found.

Each test holds one of the round's faster readings to the one it replaced, on every corpus
paragraph (real report text) and on generated text, and the rules to their findings on real
paragraphs that go through the changed code (and stay quiet on the near misses).
"""

from __future__ import annotations

import re

from _checker_helpers import CORPUS, corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from hoiquanchung.checker import _counts, _dates, _per_unit, _rate_bases, check_text, extract

TEXTS = [p.text for p in CORPUS.values()]

# The pattern as it was before the round (the oracle of the faster one).
_OLD_NAMED_BEFORE = re.compile(
    r"\btổng\s+số\s+(?P<noun>[^\W\d_][^\d;.!?\n()\[\],:]{0,40}?)\s*(?:là|có|lên|đạt)?\s*:?\s*\Z",
    re.IGNORECASE,
)


def _named(pattern: re.Pattern[str], window: str) -> tuple[tuple[int, int], str] | None:
    found = pattern.search(window)
    return None if found is None else (found.span(), found.group("noun"))


def _windows(text: str) -> list[str]:
    """The windows _remember_named reads: the 60 characters before each place of *text* up to
    70 characters after a "tổng" (any case)."""
    out = []
    low = text.lower()
    at = low.find("tổng")
    while at >= 0:
        out.extend(text[max(0, end - 60) : end] for end in range(at, min(len(text), at + 70)))
        at = low.find("tổng", at + 1)
    return out


def test_named_before_reads_every_corpus_window_as_before() -> None:
    windows = [w for text in TEXTS for w in _windows(text)]
    found = [_named(_OLD_NAMED_BEFORE, w) for w in windows]
    assert sum(f is not None for f in found) > 100  # the real windows do name totals
    assert [_named(_rate_bases._NAMED_BEFORE, w) for w in windows] == found


_PIECES = st.sampled_from(
    [
        *("tổng", "TỔNG", "Tổng", "tỔng", "số", "SỐ", "Số", " ", "  ", "\n", "\t", "\u2060"),
        *("là", "LÀ", "Là", "có", "CÓ", "lên", "LÊN", "đạt", "ĐẠT", ":", "l", "c", "đ", "Đ"),
        *("hội", "viên", "a", "_", "5", "²", ",", "(", ";", "ı", "ſ", "İ"),
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=16))
def test_named_before_reads_generated_text_as_before(pieces: list[str]) -> None:
    window = "".join(pieces)
    assert _named(_rate_bases._NAMED_BEFORE, window) == _named(_OLD_NAMED_BEFORE, window)


def test_named_total_of_a_real_paragraph() -> None:
    # http://hoinongdan.camau.gov.vn/ca-mau-phat-trien-4781-hoi-vien-moi.333
    text = corpus("camau-hnd-2019-members")
    at = text.index("123.111")
    found = _rate_bases._NAMED_BEFORE.search(text[at - 60 : at])
    assert found is not None
    assert found.group("noun") == "hội viên toàn tỉnh"
    # A figure between the words and the number: no total named.
    assert _rate_bases._NAMED_BEFORE.search(text[at - 60 : at] + "5 hội viên ") is None


def test_count_tests_answer_as_is_count_on_every_corpus_figure() -> None:
    mentions = [m for text in TEXTS for m in extract(text)]
    assert len(mentions) > 5000
    for m in mentions:
        assert _counts.is_exact_count(m) == _counts.is_count(m)
        assert _counts.is_whole_count_of_noun(m) == _counts.is_count(
            m, noun=True, whole_number=True, alone=True
        )
        assert _counts.is_changed_count(m) == _counts.is_count(
            m, exact=False, noun=True, alone=True, plain=True
        )


def _date_codes(text: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.stated) for f in check_text(text) if f.code in _dates.CHECK.codes]


def test_dates_written_as_they_should_be_are_still_judged() -> None:
    # https://baothuathienhue.vn/chinh-tri-xa-hoi/an-sinh-xa-hoi/hon-663-trieu-dong-ung-ho-quy-vi-nguoi-ngheo-105640.html
    # The paragraph's "31/8/2021" is written as it should be; its "1/9/2020" is not.
    text = corpus("hue-mttq-2021-fund")
    assert "31/8/2021" in text
    unpadded = ("date-format", "1/9/2020")
    assert _date_codes(text) == [unpadded]
    # Written as it should be, but September has 30 days (the short way: no generator).
    assert _date_codes(corpus("hue-mttq-2021-fund", "31/8/2021", "31/9/2021")) == [
        unpadded,
        ("impossible-date", "31/9/2021"),
    ]
    # A month after February with its zero: the long way, a format finding.
    assert _date_codes(corpus("hue-mttq-2021-fund", "31/8/2021", "31/08/2021")) == [
        unpadded,
        ("date-format", "31/08/2021"),
    ]
    # February with its zero and a day it has not: impossible, said once.
    assert _date_codes(corpus("hue-mttq-2021-fund", "31/8/2021", "30/02/2021")) == [
        unpadded,
        ("impossible-date", "30/02/2021"),
    ]


def test_per_unit_still_reads_a_paragraph_with_each() -> None:
    text = "Phân bổ 35 tỷ đồng cho 3 tỉnh Quảng Ngãi, Gia Lai, Đắk Lắk (mỗi tỉnh 10 tỷ đồng)."
    assert [(f.code, f.stated) for f in check_text(text)] == [("total-mismatch", "35 tỷ đồng")]
    # Without the words rule 2c reads (no "cho", no "mỗi"), nothing.
    plain = "Phân bổ 35 tỷ đồng tới 3 tỉnh Quảng Ngãi, Gia Lai, Đắk Lắk (10 tỷ đồng)."
    assert [f.code for f in check_text(plain)] == []


def _trailing_cases(text: str) -> list[tuple[int, int]]:
    """The windows (start, stop) of *text* that end up to 60 characters after a "tổng"."""
    out = []
    low = text.lower()
    at = low.find("tổng")
    while at >= 0:
        for stop in range(at + 4, min(len(text), at + 60)):
            out.extend([(max(0, at - 30), stop), (0, stop)])
        at = low.find("tổng", at + 1)
    return out


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_trailing_total_finds_what_the_search_found_in_every_corpus_window() -> None:
    cases = [(text, a, b) for text in TEXTS for a, b in _trailing_cases(text)]
    old = [_span(_per_unit._TRAILING_TOTAL.search(t, a, b)) for t, a, b in cases]
    assert sum(s is not None for s in old) > 100
    assert [_span(_per_unit._trailing_total(t, a, b)) for t, a, b in cases] == old


_TRAILING_PIECES = st.sampled_from(
    [
        *(", ", "với ", "VỚI ", "Với ", " ", "  ", "\n", "tổng ", "TỔNG ", "Tổng ", "tỔng "),
        *("tổ ", "giá trị ", "trị giá ", "kinh phí", "số tiền", " là", ":", "hội ", "5 ", ","),
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_TRAILING_PIECES, max_size=14), st.integers(0, 40))
def test_trailing_total_finds_what_the_search_found_in_generated_text(
    pieces: list[str], cut: int
) -> None:
    text = "".join(pieces)
    start = min(cut, len(text))
    assert _span(_per_unit._trailing_total(text, start, len(text))) == _span(
        _per_unit._TRAILING_TOTAL.search(text, start, len(text))
    )


def test_trailing_total_of_a_list_is_still_read() -> None:
    # The docstring's list: the total after the items, in their sentence.
    text = (
        "Trao 100 suất học bổng (1 triệu đồng/suất) cho học sinh và 50 suất học bổng "
        "(1,5 triệu đồng/suất) cho sinh viên, tổng giá trị học bổng là 175 triệu đồng."
    )
    assert [(f.code, f.stated, f.computed) for f in check_text(text)] == []
    wrong = text.replace("175 triệu", "185 triệu")
    assert [(f.code, f.stated) for f in check_text(wrong)] == [("total-mismatch", "185 triệu đồng")]
