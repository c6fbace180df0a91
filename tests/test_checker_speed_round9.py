"""Round 9 speed work (helper speed3): each faster way gives exactly what the slower one gave.

* the engine and rules 2d and 2f place a finding again with :func:`evolved` (what
  ``attrs.evolve`` makes, converting and validating only the fields it changes);
* the figure table takes the figures of a paragraph's last sentence by reading its mentions
  back from the end (:func:`_figures_table._from`), as a filter over all of them did;
* the numbers' grammar reads a ``%`` right after a number, or a spaced percent only after
  white space, before trying :data:`_SPACED_PERCENT` (which needs one or the other);
* the outline rejects a paragraph ending like a sentence before trying the heading pattern.

The whole of the findings is held by ``tests/test_checker_golden.py`` (no difference) and the
corpus bench; these tests hold each piece on real text and on generated text.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hoiquanchung.checker import _figures_table, check_text
from hoiquanchung.checker._context import evolved
from hoiquanchung.checker._mentions import mentions_in
from hoiquanchung.checker._sections import (
    _HEADING,
    _MAX_HEADING,
    _OPENING,
    _PART,
    _ROMAN,
    Outline,
)
from hoiquanchung.checker._text import BLANK, Paragraph, paragraphs, split_lines
from hoiquanchung.errors import ValidationError
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import _grammar as g
from hoiquanchung.numbers._parse import SPACES

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS))
import corpus_harness as harness  # noqa: E402

_corpus_texts = harness.every_text  # measured, then waiting


# ------------------------------------------------------------------ evolved()
def test_evolved_is_evolve_on_every_finding_of_real_text(reference_text: str) -> None:
    """Every finding of the reference and of the corpus, placed again as the engine and the
    rules place them, is the finding ``attrs.evolve`` makes (facts included)."""
    documents = [reference_text, "\n".join(_corpus_texts())]
    findings = [f for text in documents for f in check_text(text)]
    assert findings
    for f in findings:
        for changes in (
            {"path": "II.1 Về tổ chức > cấp tỉnh"},
            {"path": None},
            {"severity": Severity.WARNING, "file": "bc.txt", "line": 3, "column": 7},
        ):
            fast, slow = evolved(f, **changes), attrs.evolve(f, **changes)
            assert fast == slow
            assert dict(fast.facts) == dict(slow.facts)
            assert type(fast) is Finding


_TEXTS = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["Hội", "Ho\u0302\u0323i"]))


@given(path=_TEXTS, file=_TEXTS, line=st.one_of(st.none(), st.integers(-2, 5)))
def test_evolved_converts_and_validates_as_evolve(
    path: str | None, file: str | None, line: int | None
) -> None:
    """The fields changed are converted (NFC) and checked as the constructor does: the same
    finding, or the same error."""
    base = Finding.create(
        "total-mismatch",
        {"label": "x", "stated": "1", "sum": "2", "dimension": "d", "formula": "", "also": ""},
        line=2,
        stated="99 hội",
        stated_value=Decimal(99),
    )
    changes = {"path": path, "file": file, "line": line}
    said: tuple[str, str | None] | None = None
    try:
        slow = attrs.evolve(base, **changes)
    except ValidationError as err:
        said = (err.message, err.field)
    if said is not None:
        with pytest.raises(ValidationError) as caught:
            evolved(base, **changes)
        assert (caught.value.message, caught.value.field) == said
        return
    assert evolved(base, **changes) == slow


def test_evolved_refuses_a_name_that_is_no_field() -> None:
    base = Finding.create(
        "total-mismatch",
        {"label": "x", "stated": "1", "sum": "2", "dimension": "d", "formula": "", "also": ""},
    )
    with pytest.raises(TypeError):
        evolved(base, colour="red")


# ------------------------------------------------------------------ the last sentence
def test_the_last_sentences_figures_as_filtered(reference_text: str) -> None:
    """The mentions of a paragraph are in text order, so reading them back from the end gives
    what the filter over all of them gave, for every sentence start."""
    for text in [reference_text, *_corpus_texts()]:
        for para in paragraphs(split_lines(text)):
            mentions = mentions_in(para)
            starts = [m.start for m in mentions]
            assert starts == sorted(starts)
            for s_start, _s_end in _figures_table.sentence_spans(para.text):
                tail = s_start + para.offset
                expected = tuple(m for m in mentions if m.start >= tail)
                assert _figures_table._from(mentions, tail) == expected


@given(st.lists(st.integers(0, 50), max_size=8).map(sorted), st.integers(-1, 52))
def test_the_figures_from_a_start_as_filtered(starts: list[int], start: int) -> None:
    """On generated mentions (of increasing starts, repeats allowed)."""
    [para] = list(paragraphs(split_lines("Có 5 hội.")))
    [model] = mentions_in(para)
    mentions = [attrs.evolve(model, start=s, end=s + 1) for s in starts]
    expected = tuple(m for m in mentions if m.start >= start)
    assert _figures_table._from(mentions, start) == expected


# ------------------------------------------------------------------ the percent after a number
def _read_unit_before(text: str, pos: int, rest: bool) -> tuple[int, str | None]:
    """:func:`g._read_unit` as it was: the percent pattern tried first, at every position."""
    if pos < len(text):
        m = g._SPACED_PERCENT.match(text, pos)
        if m is not None:
            return m.end(), "%"
    return g._read_unit(text, pos, rest=rest)


_PIECES = st.sampled_from(
    ["%", " %", "  %", "\u00a0%", "\t%", " phần trăm", " Phần Trăm", " phần trămx", "phần trăm",
     " hội", "hội", "m2", " ", "", "5", ",", " người", "%x", " tỷ", " phần"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=5), st.booleans())
def test_the_percent_after_a_number_as_before(pieces: list[str], rest: bool) -> None:
    text = "có 12" + "".join(pieces)
    for pos in range(5, len(text) + 1):
        try:
            before = _read_unit_before(text, pos, rest)
        except Exception as err:  # the rest read whole may be no unit: the same error
            with pytest.raises(type(err)):
                g._read_unit(text, pos, rest=rest)
            continue
        assert g._read_unit(text, pos, rest=rest) == before


def test_the_percent_after_a_number_as_before_on_real_text(reference_text: str) -> None:
    for text in [reference_text, *_corpus_texts()]:
        for m in g._NUM.finditer(text):
            assert g._read_unit(text, m.end(), rest=False) == _read_unit_before(
                text, m.end(), False
            )
            if m.end() < len(text) and text[m.end()] in SPACES + "%":
                assert g._read_unit(text, m.end() + 1, rest=False) == _read_unit_before(
                    text, m.end() + 1, False
                )


# ------------------------------------------------------------------ headings
def _feed_before(outline: Outline, para: Paragraph) -> None:
    """:meth:`Outline.feed` as it was: the heading pattern tried before the test of the
    sentence's end."""
    if para.footnote or _OPENING.match(para.text) is None:
        return
    text = para.text.replace(BLANK, "").strip()
    if len(text) > _MAX_HEADING or not text:
        return
    part = _PART.match(text)
    if part is not None:
        outline._part = " ".join(part.group("part").split())
        outline._roman = outline._number = outline._title = None
        outline._path = outline._written()
        return
    m = _HEADING.match(text)
    if m is None or text.endswith((".", ";", "…")):
        return
    num, title = m.group("num"), " ".join(m.group("title").split()).rstrip(":").strip()
    if _ROMAN.match(num):
        outline._roman, outline._number = num, None
    else:
        outline._number = num
    outline._title = title
    outline._path = outline._written()


def _same_outline(text: str) -> int:
    """Feed both outlines every paragraph of *text*; the number of paths compared."""
    fast, slow = Outline(), Outline()
    n = 0
    for para in paragraphs(split_lines(text)):
        fast.feed(para)
        _feed_before(slow, para)
        assert fast.path == slow.path
        n += 1
    return n


def test_the_outline_as_before_on_real_text(reference_text: str) -> None:
    assert _same_outline(reference_text) > 0
    # Headings, and what would be headings but for their end (a sentence's, a list's).
    assert _same_outline("II. KẾT QUẢ\n4.3. Tham gia…\n4.4 Tham gia;\n4.5. Về tổ chức.") == 4
    assert _same_outline("\n".join(_corpus_texts())) > 0


_HEAD_PIECES = st.sampled_from(
    ["II.", "4.3.", "4.3", "Phần thứ nhất", "a)", " Về tổ chức", " KẾT QUẢ", ".", ";", "…", ":",
     " 5 hội", "\n", " ", "1."]
)  # fmt: skip


@given(st.lists(st.lists(_HEAD_PIECES, max_size=5).map("".join), max_size=6))
@example(["II. KẾT QUẢ", "4.3. Tham gia…", "4.4 Tham gia;", "4.5 Về tổ chức."])
def test_the_outline_as_before(lines: list[str]) -> None:
    _same_outline("\n".join(lines))
