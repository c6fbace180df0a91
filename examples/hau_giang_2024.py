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
from typing import Literal

from hoiquanchung.datasets import check, load, render
from hoiquanchung.indicators import Status


def main(argv: list[str]) -> int:
    lang: Literal["vi", "en"] = "en" if "--en" in argv else "vi"
    report = load("hau-giang-2024")
    # reconcile_report + check_structure against the national register (skipped, with the
    # table still printed, when the ``units`` extra is not installed).
    result = check(report)
    print(render(report, result, lang=lang))
    print()
    stated = [r for r in result.rows if r.stated is not None]
    checked = [r for r in stated if r.status != Status.UNCHECKED]
    derived = [r for r in result.rows if r.status == Status.DERIVED]
    print(
        f"{len(stated)} figures stated, {len(checked)} checked, {len(derived)} totals derived, "
        f"{len(result.findings)} findings."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
