"""The third batch of unseen real paragraphs (tests/corpus/p22_unseen_3.toml and the paragraphs of
it that wait in tests/corpus/pending/p22_unseen_3_pending.toml).

The corpus tests (tests/test_checker_corpus_measure.py) verify the measured paragraphs' relations
and count false alarms on them; they do not look at pending/.  These tests add what that leaves
out for this batch: the waiting paragraphs are real text too, so their relations must hold, their
mutations must break them, and the checker must make no alarm on them either; and the batch keeps
its spread (many new sites and provinces, no page copied twice, nothing about Hậu Giang, the
reference document's province).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import corpus_harness as harness

from hoiquanchung.checker import check_text

# Waiting paragraphs of the batch that entered the measure later (p27_pending_entered.toml names
# each one's file of origin above it) are still the batch's.
ENTERED = set(
    re.findall(
        r'# from pending/p22_unseen_3_pending\.toml\n\[\[paragraph\]\]\nid = "([^"]+)"',
        (harness.HERE / "p27_pending_entered.toml").read_text(encoding="utf-8"),
    )
)
MEASURED = [p for p in harness.load() if p.file == "p22_unseen_3.toml"]
WAITING = [
    p
    for p in [*harness.load(), *harness.load(harness.HERE / "pending")]
    if p.file == "p22_unseen_3_pending.toml" or p.id in ENTERED
]
BATCH = [*MEASURED, *WAITING]
# The files collected before the batch or with it (a file's number is its round): a later hunt
# may meet one of its sites again, which makes it no less new when it was collected.
OTHERS = [
    p
    for p in [*harness.load(), *harness.load(harness.HERE / "pending")]
    if not p.file.startswith("p22_unseen_3")
    and p.id not in ENTERED
    and int(re.match(r"p(\d+)", p.file).group(1)) <= 22  # type: ignore[union-attr]
]


def test_the_batch_loads_with_its_spread() -> None:
    """At least 45 paragraphs with figures, 25 web sites no other corpus file uses, 20 provinces."""
    assert len(MEASURED) >= 40
    assert len(BATCH) >= 45
    new_sites = {p.source for p in BATCH} - {p.source for p in OTHERS}
    assert len(new_sites) >= 25
    provinces = {p.province for p in BATCH if not p.province.startswith("Trung ương")}
    assert len(provinces) >= 20
    assert "Hậu Giang" not in provinces


def test_no_page_is_copied_twice() -> None:
    """Each address once in the batch, none already in another corpus file; ids unique."""
    urls = [p.url for p in BATCH]
    assert len(urls) == len(set(urls))
    assert set(urls).isdisjoint(p.url for p in OTHERS)
    ids = [p.id for p in BATCH]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("paragraph", WAITING, ids=[p.id for p in WAITING])
def test_waiting_paragraphs_are_real_text_with_figures(paragraph: harness.Paragraph) -> None:
    assert paragraph.url.startswith(("http://", "https://"))
    assert any(c.isdigit() for c in paragraph.text)
    assert unicodedata.is_normalized("NFC", paragraph.text)
    assert paragraph.note
    # They wait because of missed totals mutations: each has a relation to measure.
    assert paragraph.relations


@pytest.mark.parametrize(("pid", "spec"), [(p.id, spec) for p in WAITING for spec in p.relations])
def test_waiting_relations_hold(pid: str, spec: str) -> None:
    paragraph = next(p for p in WAITING if p.id == pid)
    assert harness.relation_holds(paragraph.text, spec)


def test_waiting_mutations_break_their_relation() -> None:
    """A missed mutation on a waiting paragraph is a real miss: it breaks its relation."""
    texts = {p.id: p.text for p in WAITING}
    variants = [m for m in harness.mutations(WAITING) if m.relation]
    assert len(variants) >= 30
    for m in variants:
        relation = harness.parse_relation(m.relation)
        assert relation.holds()
        assert not harness.with_mutation(texts[m.paragraph], relation, m).holds(), m


def _explained(finding: object, paragraph: harness.Paragraph) -> bool:
    """Whether an alarm is one of the paragraph's annotated real slips: same family, and the
    finding quotes the slip's first figure."""
    quoted = f"{getattr(finding, 'stated', '') or ''} {getattr(finding, 'computed', '') or ''}"
    family = harness.FAMILY_OF.get(getattr(finding, "code", ""), "other")
    for entry in paragraph.inconsistent:
        token = harness.parse_relation(entry["relation"]).refs[0].token
        if entry["family"] == family and harness.occurrences(quoted, token):
            return True
    return False


@pytest.mark.parametrize("paragraph", BATCH, ids=[p.id for p in BATCH])
def test_no_alarm_on_the_real_text(paragraph: harness.Paragraph) -> None:
    """A false alarm costs more than a miss: no warning or error on any paragraph of the batch,
    measured or waiting, except on an annotated real slip."""
    alarms = harness.alarms(check_text(paragraph.text))
    assert [f for f in alarms if not _explained(f, paragraph)] == []


def test_the_real_slip_of_the_batch_is_one() -> None:
    """The batch's one annotated real slip: a part in brackets larger than its whole."""
    slips = [(p.id, e) for p in BATCH for e in p.inconsistent]
    assert [pid for pid, _ in slips] == ["angiang-kienthanh-dongy-2025-congress"]
    for pid, entry in slips:
        text = next(p.text for p in BATCH if p.id == pid)
        assert entry["family"] in harness.FAMILIES
        assert not harness.relation_holds(text, entry["relation"])


def test_the_batch_scores_without_false_alarm() -> None:
    """Measured the way the bench measures: no false alarm in any family, measured or waiting;
    the waiting paragraphs' totals mutations are still mostly missed (why they wait)."""
    measured = harness.measure(MEASURED, harness.mutations(MEASURED))
    waiting = harness.measure(WAITING, harness.mutations(WAITING))
    for scores in (measured, waiting):
        assert [a for s in scores.values() for a in s.false_alarms] == []
        assert [a for s in scores.values() for a in s.known_false_alarms] == []
    assert measured["totals"].mutations_total >= 4
    assert waiting["totals"].mutations_total >= 30
