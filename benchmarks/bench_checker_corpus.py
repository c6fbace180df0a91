"""How well the checker reads real reports: false alarms and recall per rule family.

The corpus (``tests/corpus/p*.toml``) holds real report paragraphs with figures, copied verbatim
from public web pages of provincial bodies and newspapers, each with its hand-checked relations
and real inconsistencies; ``tests/corpus/corpus_harness.py`` derives the one-figure mutations
(seeded, committed in ``tests/corpus/mutations.jsonl``) and measures.  This script prints, per
family (totals, shares, rates, dates, malformed numbers, amounts in words):

* false alarms: findings of severity warning or error on real paragraphs whose truth has none;
* real found: real inconsistencies of the corpus that the checker reports;
* mutations found / recall: one-figure mutations that raise a finding of their family;

the recall by the shape of what is mutated (a total in another paragraph, parts in brackets,
per-unit amounts, a rate whose base is named elsewhere, a date without its year...), and the
misreadings of ``extract`` on the paragraphs whose figures are annotated
(``tests/corpus/figures.toml``); the family "tables": real Word tables
(``tests/corpus/tables/``, written as ``.docx`` and read by ``check_file``), false alarms on
them and recall on their one-cell mutations (``tests/corpus/tables_mutations.jsonl``); then,
with ``--misses``, every missed mutation with its context and every misreading.  The numbers are
counts, not timings; ``--quick`` (what CI runs) prints the same tables, it is fast.

Usage:  python benchmarks/bench_checker_corpus.py [--quick] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

import corpus_harness as harness  # noqa: E402
import tables_harness  # noqa: E402


def _print_misses(
    paragraphs: list[harness.Paragraph], scores: dict[str, harness.Score], label: str
) -> None:
    """One line per missed mutation: its family and shape, the figure changed, its context."""
    texts = {p.id: p.text for p in paragraphs}
    for family, score in scores.items():
        for m in score.missed:
            t = texts[m.paragraph]
            before, after = t[max(0, m.start - 50) : m.start], t[m.end : m.end + 30]
            context = f"{before}[{m.new}]{after}"
            print(f"{label} [{family}/{m.kind}] {m.paragraph}: {m.old} -> {m.new}: {context!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="CI mode (same output; fast)")
    parser.add_argument("--misses", action="store_true", help="list every missed mutation")
    args = parser.parse_args(argv)

    paragraphs = harness.load()
    variants = harness.read_committed()
    regenerated = harness.mutations(paragraphs)
    if harness.digest(regenerated) != harness.digest(variants):
        print("mutations.jsonl is stale: python tests/corpus/corpus_harness.py", file=sys.stderr)
        return 1
    start = time.perf_counter()
    scores = harness.measure(paragraphs, variants)
    elapsed = time.perf_counter() - start

    provinces = harness.provinces_named(paragraphs)
    print(
        f"corpus: {len(paragraphs)} real paragraphs, {len({p.source for p in paragraphs})} "
        f"sources (web sites), {len(provinces)} provinces named (+ national bodies); "
        f"{len(variants)} one-figure mutations"
    )
    for line in harness.iter_summary(scores):
        print(line)
    print("recall by shape (what the misses have in common):")
    for family, score in scores.items():
        for name, (found, total) in sorted(score.by_shape.items()):
            print(f"  {family:<10} {name:<40} {found:>4}/{total:<4}")
    for family, score in scores.items():
        for label in score.false_alarms:
            print(f"FALSE ALARM [{family}] {label}")
        for label in score.known_false_alarms:
            print(f"known false alarm [{family}] {label}")
    if args.misses:
        _print_misses(paragraphs, scores, "miss")
    # The paragraphs that wait in pending/ are real text too: measured apart (they are not in
    # the ratchet of floors.toml), so that what the checker still misses on them stays in view.
    waiting = harness.load(harness.HERE / "pending")
    if waiting:
        waiting_scores = harness.measure(waiting, harness.mutations(waiting))
        print(
            f"pending (measured apart, not in the floors): {len(waiting)} real paragraphs, "
            f"{len({p.source for p in waiting})} sources"
        )
        for line in harness.iter_summary(waiting_scores):
            print(line)
        print("recall by shape (pending):")
        for family, score in waiting_scores.items():
            for name, (found, total) in sorted(score.by_shape.items()):
                print(f"  {family:<10} {name:<40} {found:>4}/{total:<4}")
        for family, score in waiting_scores.items():
            for label in score.false_alarms:
                print(f"FALSE ALARM (pending) [{family}] {label}")
        if args.misses:
            _print_misses(waiting, waiting_scores, "miss (pending)")
    reading = harness.measure_figures(paragraphs)
    print(
        f"figures: {reading.paragraphs} annotated paragraphs, {reading.expected} figures; "
        f"{len(reading.spurious)} read wrongly or not figures, {len(reading.missing)} not read "
        f"as written ({reading.misreadings} misreadings)"
    )
    if args.misses:
        for label in reading.spurious:
            print(f"misread (read as) {label}")
        for label in reading.missing:
            print(f"misread (expected) {label}")
    tables = tables_harness.load()
    cell_variants = tables_harness.read_committed()
    if tables_harness.digest(tables_harness.mutations(tables)) != tables_harness.digest(
        cell_variants
    ):
        print(
            "tables_mutations.jsonl is stale: python tests/corpus/tables_harness.py",
            file=sys.stderr,
        )
        return 1
    table_score = tables_harness.measure(tables, cell_variants)
    recall = "-" if table_score.recall is None else f"{table_score.recall}"
    muts = f"{table_score.mutations_found}/{table_score.mutations_total}"
    print(
        f"{'tables':<10} {len(table_score.false_alarms):>12} {0:>6} {'-':>11} {muts:>16} "
        f"{recall:>9}   ({table_score.tables} real Word tables, one-cell mutations)"
    )
    for tid, (found, total) in table_score.by_table.items():
        print(f"  tables     {tid:<48} {found:>4}/{total:<4}")
    for label in table_score.false_alarms:
        print(f"FALSE ALARM [tables] {label}")
    if args.misses:
        for cm in table_score.missed:
            print(
                f"miss [tables] {cm.table}: row {cm.row}, column {cm.column}: {cm.old} -> {cm.new}"
            )
    print(f"(checked {len(paragraphs) + len(variants)} texts in {elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
