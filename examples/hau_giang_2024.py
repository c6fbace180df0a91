"""Hậu Giang 2024: rebuild the report's totals and rates from its figures, and find what fails.

The figures of Part One of the Tỉnh ủy Hậu Giang report (2024) on Kết luận 102-KL/TW are
transcribed, each with its section and a quoted phrase, in the packaged dataset
``hoiquanchung/datasets/hau_giang_2024.toml``.  This script uses the public API only:

1. load the dataset;
2. check the administrative structure it states against the national register of units
   (needs the ``units`` extra; skipped with a note without it);
3. reconcile every total with its parts (by level and by category, examples included) and every
   stated rate with its fraction;
4. print the table  figure | stated | computed | status,  members per 1.000 inhabitants for each
   population measure, and the findings.

Nothing here or in the data says which figures are wrong: the findings come from the general
rules of :func:`hoiquanchung.indicators.reconcile`.

Run:  python examples/hau_giang_2024.py [--en]
"""

from __future__ import annotations

import sys

from hoiquanchung import MissingDependencyError
from hoiquanchung.datasets import load, render
from hoiquanchung.indicators import Reconciliation, Status, check_structure, reconcile_report


def main(argv: list[str]) -> int:
    lang = "en" if "--en" in argv else "vi"
    report = load("hau-giang-2024")

    result = reconcile_report(report)
    try:
        structure_rows, structure_findings = check_structure(report)
    except MissingDependencyError as exc:
        print(f"(structure not checked: {exc})")
        structure_rows, structure_findings = [], []
    checked = {(row.path, row.measure) for row in structure_rows}
    rows = [*structure_rows, *(r for r in result.rows if (r.path, r.measure) not in checked)]
    combined = Reconciliation(rows=tuple(rows), findings=(*structure_findings, *result.findings))

    print(render(report, combined, lang=lang))
    print()
    stated = [r for r in rows if r.stated is not None]
    checked = [r for r in stated if r.status != Status.UNCHECKED]
    derived = [r for r in rows if r.status == Status.DERIVED]
    print(
        f"{len(stated)} figures stated, {len(checked)} checked, {len(derived)} totals derived, "
        f"{len(combined.findings)} findings."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
