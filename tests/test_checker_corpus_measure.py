"""The checker measured on real report paragraphs (tests/corpus/): no false alarm, recall ratchet.

The corpus is real text that no one here wrote (public web pages of provincial bodies and
newspapers, addresses kept), so these tests catch what invented sentences cannot: a rule that cries
wolf on a real report.  See ``tests/corpus/corpus_harness.py`` for the annotations and mutations.
"""

from __future__ import annotations

import sys
import tomllib
import unicodedata
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.numbers import format_number

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

import corpus_harness as harness

PARAGRAPHS = harness.load()
FLOORS = tomllib.loads(harness.FLOORS_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores() -> dict[str, harness.Score]:
    return harness.measure(PARAGRAPHS, harness.read_committed())


def test_every_rule_code_has_a_family() -> None:
    """A renamed or new code must be placed in a family, or recall would fall silently."""
    from hoiquanchung.checker import RULES

    information_only = {"date-format"}
    assert set(RULES) - information_only <= set(harness.FAMILY_OF)


def test_corpus_size_and_spread() -> None:
    """At least 200 paragraphs from 40 web sites, none about Hậu Giang, ids unique."""
    assert len(PARAGRAPHS) >= 200
    assert len({p.source for p in PARAGRAPHS}) >= 40
    provinces = {p.province for p in PARAGRAPHS if not p.province.startswith("Trung ương")}
    assert len(harness.provinces_named(PARAGRAPHS)) >= 30
    assert "hậu giang" not in harness.provinces_named(PARAGRAPHS)
    assert "Hậu Giang" not in provinces
    assert not any("haugiang" in p.url for p in PARAGRAPHS)
    # Unique over the measured and the waiting paragraphs: a paragraph moves from one to the other.
    waiting = harness.load(harness.HERE / "pending")
    ids = Counter(p.id for p in [*PARAGRAPHS, *waiting])
    assert [i for i, n in ids.items() if n > 1] == []
    assert all(p.url.startswith(("http://", "https://")) for p in PARAGRAPHS)


def test_every_paragraph_has_figures_and_is_nfc() -> None:
    for p in PARAGRAPHS:
        assert any(c.isdigit() for c in p.text), p.id
        assert unicodedata.is_normalized("NFC", p.text), p.id


@pytest.mark.parametrize(
    ("pid", "spec"),
    [(p.id, spec) for p in PARAGRAPHS for spec in p.relations],
)
def test_annotated_relations_hold(pid: str, spec: str) -> None:
    """Every relation annotated by hand is checked: the figures exist and the arithmetic holds."""
    paragraph = next(p for p in PARAGRAPHS if p.id == pid)
    assert harness.relation_holds(paragraph.text, spec)


@pytest.mark.parametrize(
    ("pid", "entry"),
    [(p.id, e) for p in PARAGRAPHS for e in p.inconsistent],
)
def test_real_inconsistencies_do_not_hold(pid: str, entry: dict[str, str]) -> None:
    """A recorded real inconsistency is one: its relation fails, and it says why."""
    paragraph = next(p for p in PARAGRAPHS if p.id == pid)
    assert entry["family"] in harness.FAMILIES
    assert entry["note"]
    assert not harness.relation_holds(paragraph.text, entry["relation"])


def test_relation_checker_rejects_wrong_arithmetic() -> None:
    t = "Tổng số 180 suất, trong đó 20 suất, 80 suất, 80 suất; 75% và 25%; 45/50 đạt 90%"
    assert harness.relation_holds(t, "sum 180 = 20 + 80 + 80@2")
    assert not harness.relation_holds(t, "sum 180 = 20 + 80")
    assert harness.relation_holds(t, "shares 75% + 25% = 100")
    assert harness.relation_holds(t, "rate 90% = 45 / 50")
    assert not harness.relation_holds(t, "rate 75% = 45 / 50")
    with pytest.raises(ValueError, match="only 2"):
        harness.relation_holds(t, "sum 180 = 20 + 80@3")


def test_date_and_span_relations_are_annotated_not_mutated() -> None:
    """A real slip of a date (*ngày 15/20/2010*, no month 20) is written as a ``date`` relation
    that does not hold; a valid date holds; neither a date nor a span draws a mutation."""
    t = (
        "Thông báo ngày 15/20/2010; Hội thành lập ngày 29/2, kỷ niệm 92 năm (1930 - 2022); "
        "31-4-2020."
    )
    assert not harness.relation_holds(t, "date 15/20/2010")
    assert harness.relation_holds(t, "date 29/2")
    assert not harness.relation_holds(t, "date 31-4-2020")
    assert harness.relation_holds(t, "span 92 = 1930 - 2022")
    with pytest.raises(ValueError, match="no such date"):
        harness.relation_holds(t, "date 15/21/2010")
    with pytest.raises(ValueError, match="not a date"):
        harness.relation_holds(t, "date 15/20-2010")
    assert harness.mutations_of_relation("p", t, 0, "date 29/2") == []
    assert harness.mutations_of_relation("p", t, 0, "span 92 = 1930 - 2022") == []
    # The finding on the slip quotes the date, so the slip explains it (no false alarm).
    found = harness.alarms(harness.check_text(t))
    key = ("dates", harness.parse_relation("date 15/20/2010").refs[0].token)
    assert any(harness._explains(f, "dates", key) for f in found if f.stated == "15/20/2010")


def test_mutations_are_committed_and_stable() -> None:
    """Generation is deterministic, and the committed variants are exactly what it gives."""
    first = harness.mutations(PARAGRAPHS)
    assert harness.digest(first) == harness.digest(harness.mutations(PARAGRAPHS))
    assert [m.as_json() for m in first] == [m.as_json() for m in harness.read_committed()]


def test_each_mutation_changes_exactly_one_figure() -> None:
    texts = {p.id: p.text for p in PARAGRAPHS}
    for m in harness.read_committed():
        text = texts[m.paragraph]
        assert text[m.start : m.end] == m.old
        assert m.new != m.old
        mutated = m.apply(text)
        assert mutated[: m.start] == text[: m.start]
        assert mutated[m.start + len(m.new) :] == text[m.end :]
        assert m.family in harness.FAMILIES


def test_relation_mutations_break_their_relation() -> None:
    """A mutation of a related figure makes that relation false: a miss is a real miss."""
    texts = {p.id: p.text for p in PARAGRAPHS}
    for m in harness.read_committed():
        if m.relation:
            relation = harness.parse_relation(m.relation)
            assert relation.holds()
            changed = harness.with_mutation(texts[m.paragraph], relation, m)
            assert not changed.holds(), (m.paragraph, m.relation, m.old, m.new)


def test_no_false_alarm_on_real_paragraphs(scores: dict[str, harness.Score]) -> None:
    """A false alarm costs more than a miss: none on real, correct report text."""
    false_alarms = [label for s in scores.values() for label in s.false_alarms]
    assert false_alarms == []
    assert len(false_alarms) <= FLOORS["max_false_alarms"]
    known = [label for s in scores.values() for label in s.known_false_alarms]
    assert len(known) <= FLOORS["max_known_false_alarms"]


@pytest.mark.parametrize("family", sorted(FLOORS["recall"]))
def test_recall_does_not_fall(scores: dict[str, harness.Score], family: str) -> None:
    recall = scores[family].recall
    assert recall is not None
    assert recall >= Decimal(FLOORS["recall"][family]), (family, recall)


@pytest.mark.parametrize("family", sorted(FLOORS["real_found"]))
def test_real_inconsistencies_found_do_not_fall(
    scores: dict[str, harness.Score], family: str
) -> None:
    assert scores[family].real_found >= FLOORS["real_found"][family]


def test_figure_misreadings_do_not_grow() -> None:
    reading = harness.measure_figures(PARAGRAPHS)
    assert reading.expected >= 190
    assert reading.misreadings <= FLOORS["max_figure_misreadings"]


def test_figure_annotations_name_corpus_paragraphs() -> None:
    annotated = tomllib.loads(harness.FIGURES_FILE.read_text(encoding="utf-8"))["figures"]
    ids = {p.id for p in PARAGRAPHS}
    assert set(annotated) <= ids
    for figures in annotated.values():
        assert all(f.count("|") == 1 for f in figures)


def test_the_benchmark_prints_every_family() -> None:
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    import bench_checker_corpus

    assert bench_checker_corpus.main(["--quick"]) == 0


# --- properties of the harness itself ---------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_harness_reads_numbers_as_the_library_writes_them(n: int) -> None:
    assert harness.parse_number(format_number(n)) == n


@given(st.integers(min_value=0, max_value=10**12), st.text(min_size=1, max_size=20))
def test_one_digit_mutation_changes_one_digit(n: int, seed: str) -> None:
    token = format_number(n)
    rng = harness.random.Random(seed)
    new = harness.mutate_digit(token, rng, far=False)
    assert len(new) == len(token)
    assert sum(a != b for a, b in zip(token, new, strict=True)) == 1
    assert not (len(token.replace(".", "")) > 1 and new.startswith("0"))


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_a_rate_mutation_moves_beyond_rounding(part: int, whole: int) -> None:
    """A rate written at 2 decimals and mutated 'far' never still holds."""
    rate = (Decimal(part) / whole * 100).quantize(Decimal("0.01"), rounding=harness.ROUND_HALF_UP)
    token = format_number(rate, 2)
    text = f"{format_number(part)}/{format_number(whole)}, đạt {token}%"
    spec = f"rate {token}% = {format_number(part)} / {format_number(whole)}"
    assert harness.relation_holds(text, spec)
    for m in harness.mutations_of_relation("p", text, 0, spec):
        changed = harness.with_mutation(text, harness.parse_relation(spec), m)
        assert not changed.holds()


def test_every_mutation_has_a_shape(scores: dict[str, harness.Score]) -> None:
    for score in scores.values():
        assert sum(total for _found, total in score.by_shape.values()) == score.mutations_total
        assert sum(found for found, _total in score.by_shape.values()) == score.mutations_found


def test_shapes_describe_the_structure() -> None:
    text = "Tổng số 180 suất, trong đó 20 suất, 80 suất (80 suất cấp xã). Đạt 45/50, chiếm 90%."
    by_kind = {
        m.old: harness.shape(text, m)
        for spec in ("sum 180 = 20 + 80 + 80@2", "rate 90% = 45 / 50")
        for m in harness.mutations_of_relation("p", text, 0, spec)
    }
    assert by_kind["180"] == "sum, parts in brackets"
    assert by_kind["90"] == "rate, fraction written"
