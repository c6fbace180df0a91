"""The harness's date mutations are dates a careful reader would call impossible.

Every committed date mutation of ``tests/corpus/mutations.jsonl`` is checked here against the
calendar and against the readings that would make it possible: a day and month written with a
dash and no year, the day smaller than the month, may be a range of days (``ngày 6-13``), so the
harness never seeds one; a mutated date after a noun-less context would be no date at all.
"""

from __future__ import annotations

import calendar
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import corpus_harness as harness

PARAGRAPHS = {p.id: p for p in harness.load()}
DATES = [m for m in harness.read_committed() if m.family == "dates"]
_AROUND = re.compile(
    r"(?P<d>\d{1,2})(?P<s>\s?[-/.]\s?)(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{4}))?"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+(?P<wy>\d{4}))?"
)


def _date_at(text: str, start: int, end: int) -> re.Match[str]:
    """The date that holds ``text[start:end]``: of the readings around it, one with a year
    first (``24 - 32/05/2018`` is the date 32/05/2018, not ``24 - 32``), then the longest."""
    found = []
    for pos in range(max(0, start - 12), start + 1):
        m = _AROUND.match(text, pos)
        if m is not None and m.start() <= start and end <= m.end():
            found.append(m)
    if not found:
        raise AssertionError(f"no date around {text[start:end]!r}")
    return max(found, key=lambda m: (bool(m["y"] or m["wy"]), len(m.group())))


def test_there_are_date_mutations() -> None:
    assert len(DATES) >= 90


@pytest.mark.parametrize("mutation", DATES, ids=lambda m: f"{m.paragraph}@{m.start}")
def test_a_date_mutation_is_impossible_to_a_careful_reader(mutation: harness.Mutation) -> None:
    text = mutation.apply(PARAGRAPHS[mutation.paragraph].text)
    m = _date_at(text, mutation.start, mutation.start + len(mutation.new))
    if m.group("d") is not None:
        day, month, year, sep = int(m["d"]), int(m["m"]), m["y"], m["s"].strip()
    else:
        day, month, year, sep = int(m["wd"]), int(m["wm"]), m["wy"], ""
    days = calendar.monthrange(int(year) if year else 2024, month)[1] if month <= 12 else 0
    assert month > 12 or day > days, m.group()
    if sep == "-" and year is None:
        assert day > month, f"{m.group()} may be a range of days"
    if (
        sep == "."
        and year is None
        and re.search(r"(?:sáng|chiều|tối)\s+\Z", text[: m.start()], re.I)
    ):
        assert month <= 12, f"{m.group()} may be a time of day"


def test_the_original_dates_were_possible() -> None:
    for mutation in DATES:
        text = PARAGRAPHS[mutation.paragraph].text
        m = _date_at(text, mutation.start, mutation.end)
        day = int(m["d"] or m["wd"])
        month = int(m["m"] or m["wm"])
        year = m["y"] or m["wy"]
        assert 1 <= month <= 12
        assert 1 <= day <= calendar.monthrange(int(year) if year else 2024, month)[1]
