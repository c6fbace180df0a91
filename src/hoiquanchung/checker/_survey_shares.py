"""The answers of the business-trend survey: better, stable and worse make all the enterprises.

The statistics offices survey the enterprises every quarter (*Điều tra xu hướng sản xuất kinh
doanh*); each enterprise answers each question with one of three answers: the business went (or
will go) better, stayed stable, or went worse ("tốt hơn" / "tốt lên", "ổn định" / "giữ nguyên",
"khó khăn hơn"); the volume of production and the orders went up, stayed or went down ("tăng",
"ổn định", "giảm").  The reports give each answer's share of the enterprises, one after the
other in one sentence, the share first and its answer after it:

    "có 30,1% số doanh nghiệp đánh giá tình hình quý III/2023 tốt hơn so với quý II/2023; 37,5%
    số doanh nghiệp cho rằng, tình hình sản xuất kinh doanh ổn định và 32,4% số doanh nghiệp
    đánh giá gặp khó khăn"

or two answers merged into one share, their own shares in brackets after it:

    "75,8% số doanh nghiệp nhận định hoạt động sản xuất kinh doanh trong quý này tốt hơn và giữ
    ổn định so với quý trước (25,4% tốt hơn và 50,4% giữ ổn định); 24,2% số doanh nghiệp đánh
    giá hoạt động sản xuất kinh doanh khó khăn hơn"

:func:`survey_shares` reads such runs: in a sentence naming the enterprises (*doanh nghiệp*,
*DN*) and a stable answer (*ổn định*, *giữ nguyên*, *không (thay) đổi*: "56% DN nhận định lao
động không đổi", the construction survey's labour), each percentage outside brackets takes the
answers named between it and the next percentage (the sentence's end); consecutive percentages
whose answers are disjoint and together all three make one run, the shares of one question, which
must make 100 % (each at its own rounding).  The percentages in brackets after a merged answer
are its parts, not parts of the run.

It stays quiet on its near misses: two answers of three ("55,4% số DN dự báo khối lượng sản xuất
tăng; ... 9,3% số DN cho rằng khối lượng sản xuất giảm": the stable share is not written); a
percentage with no answer after it ("... tốt lên, trong khi đó, ở Quý II chỉ số này chỉ đạt 24%;
...", "tốt hơn và giữ ổn định ...; tỷ lệ này ở khu vực ... lần lượt là 71,8% và 68,8%": the
same merged answer of other wholes), which ends the reading of its sentence; two percentages
naming the same answer before the run is complete; a percentage right after a word of change
("tăng 5,2%": a growth, not a share); a percentage with a bound (*hơn 40%*); a sentence without
the enterprises or without the stable answer (*tăng trưởng ổn định* of an economy is no answer:
*tăng trưởng* is no answer word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.numbers import Bound

__all__ = ["survey_shares"]

_SENTENCE_END = re.compile(r"[.!?…](?=\s|\Z)|\n")
_ANSWER_REACH = 240  # the most characters between a share and its stable answer
_MAX_SENTENCE = 1200  # the farthest a sentence's start is looked for before its stable answer
# The enterprises surveyed, and the stable answer (searched only after a share: the cheap gate).
_ENTERPRISES = re.compile(r"doanh\s+nghiệp|(?<!\w)DN(?!\w)", re.IGNORECASE)
_STABLE_GATE = ("ổn định", "giữ nguyên", "không đổi", "không thay đổi")
# The three answers.  "tăng" is an answer unless it is a growth's word ("tăng trưởng"), and
# "cao hơn" / "thấp hơn" are the orders' words ("đơn đặt hàng quý I cao hơn quý IV").
_ANSWER = re.compile(
    r"(?<!\w)(?:(tốt\s+(?:lên|hơn)|tăng(?!\s+trưởng)(?:\s+lên)?|cao\s+hơn|khả\s+quan\s+hơn)"
    r"|((?:giữ\s+(?:vững\s+)?)?ổn\s+định|giữ\s+nguyên|không\s+(?:thay\s+)?đổi)"
    r"|(khó\s+khăn(?:\s+hơn)?|giảm(?:\s+(?:xuống|đi))?|thấp\s+hơn|kém\s+(?:đi|hơn)))(?!\w)",
    re.IGNORECASE,
)
_VALUES = ("better", "stable", "worse")
_BRACKETED = re.compile(r"\([^()]*(?:\)|\Z)")
# An answer's clause ends at a semicolon or a full stop, even one a careless text glues to the
# next sentence ("... sẽ ổn định.Về xu hướng ..."); a dot between digits groups them.
_CLAUSE_END = re.compile(r";|\.(?!\d)")
_WHOLE = frozenset(_VALUES)
# A word of change right before a percentage: the percentage is a growth, not a share.
_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|lên|xuống|đi))?\s*\Z", re.IGNORECASE)


def _stable_sentences(text: str, after: Sequence[int]) -> list[tuple[int, int]]:
    """The sentences of *text* that name the stable answer within reach after one of the
    offsets *after* (the ends of the paragraph's percentages: an answer follows its share, so
    only the text after a share is searched; the whole paragraph never is), in order."""
    out: list[tuple[int, int]] = []
    for offset in after:
        for word in _STABLE_GATE:
            at = text.find(word, offset, offset + _ANSWER_REACH)
            if at < 0 or any(start <= at < end for start, end in out):
                continue
            window = max(0, at - _MAX_SENTENCE)
            start = window
            for end in _SENTENCE_END.finditer(text, window, at):
                start = end.end()
            stop = _SENTENCE_END.search(text, at)
            out.append((start, stop.end() if stop is not None else len(text)))
    return sorted(out)


def _unbracketed(text: str) -> str:
    """*text* with every bracketed part blanked (same length; an unclosed bracket blanks the
    rest)."""
    text = _BRACKETED.sub(lambda m: " " * len(m.group()), text)
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


def _answers(segment: str) -> frozenset[str]:
    return frozenset(_VALUES[(m.lastindex or 1) - 1] for m in _ANSWER.finditer(segment))


def _is_share(m: Mention) -> bool:
    return m.unit == "%" and m.bound is Bound.EXACT and 0 <= m.value <= 100 and m.fraction is None


def survey_shares(
    context: ParagraphContext,
) -> list[tuple[list[Mention], list[tuple[str, str]]]]:
    """The runs of the survey's answer shares of the paragraph, each with its parts (the
    dimension ``survey`` and the answers of each share), every run naming all three answers.

    >>> from hoiquanchung.checker._text import Splitter
    >>> [para] = Splitter().feed("Có 42,1% số doanh nghiệp đánh giá tình hình sản xuất kinh "
    ...     "doanh tốt hơn; 36,3% số doanh nghiệp cho rằng ổn định và 21,6% số doanh nghiệp "
    ...     "đánh giá gặp khó khăn.")
    >>> [[m.text for m in run] for run, _ in survey_shares(ParagraphContext.of(para))]
    [['42,1%', '36,3%', '21,6%']]
    """
    percents = [m for m in context.mentions if m.unit == "%"]
    if len(percents) < 2:
        return []
    text, base = context.text, context.paragraph.offset
    runs: list[tuple[list[Mention], list[tuple[str, str]]]] = []
    for start, end in _stable_sentences(text, [m.end - base for m in percents]):
        sentence = text[start:end]
        inside = [m for m in percents if start <= m.start - base < end]
        if len(inside) < 2 or _ENTERPRISES.search(sentence) is None:
            continue
        flat = _unbracketed(sentence)
        inside = [m for m in inside if flat[m.start - base - start] != " "]
        if len(inside) < 2:
            continue
        runs.extend(_runs(text, base, start, end, flat, inside))
    return runs


def _runs(
    text: str, base: int, start: int, end: int, flat: str, inside: Sequence[Mention]
) -> list[tuple[list[Mention], list[tuple[str, str]]]]:
    """The complete runs of one sentence; the reading stops at the first percentage that is
    no answer's share."""
    out: list[tuple[list[Mention], list[tuple[str, str]]]] = []
    run: list[Mention] = []
    labels: list[frozenset[str]] = []
    covered: frozenset[str] = frozenset()
    for i, m in enumerate(inside):
        at, stop = m.end - base, (inside[i + 1].start - base if i + 1 < len(inside) else end)
        segment = flat[at - start : stop - start]
        cut = _CLAUSE_END.search(segment)
        answers = _answers(segment if cut is None else segment[: cut.start()])
        if (
            not answers
            or not _is_share(m)
            or _CHANGE_BEFORE.search(text, max(start, m.start - base - 20), m.start - base)
            or answers & covered
        ):
            return out
        run.append(m)
        labels.append(answers)
        covered |= answers
        if covered == _WHOLE:
            if len(run) < 2:
                return out  # one share naming every answer: no breakdown
            parts = [("survey", " + ".join(v for v in _VALUES if v in label)) for label in labels]
            out.append((run, parts))
            run, labels, covered = [], [], frozenset()
    return out
