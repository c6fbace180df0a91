"""Another province: plug your own report's figures in as data, with no library change.

The figures live in ``examples/data/another_province.toml`` (INVENTED data for a province that
does not exist, clearly labelled as such).  The file declares its tables, their dimensions
(here a unit hierarchy: province level and the communes, and the association category) and its
stated rates; :func:`hoiquanchung.indicators.load_report_file` reads it and the same general
reconciliation as for Hậu Giang finds what does not add up:

* the communes add up to 86, not the 85 stated for "các xã" (a total-mismatch);
* 66/78 is 84,62 % half up; 84,61 % holds only when truncated (a rate-rounding warning);
* 4.512/6.000 = 75,2 % holds.

Run:  python examples/another_province.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from hoiquanchung.datasets import render
from hoiquanchung.indicators import load_report_file, reconcile_report, shares

DATA = Path(__file__).resolve().parent / "data" / "another_province.toml"


def main() -> int:
    report = load_report_file(DATA)
    result = reconcile_report(report)
    print(render(report, result))
    # Any indicator of the library works on the same figures, e.g. shares that sum to 100 %:
    print()
    print("Cơ cấu hội theo cấp (%):", shares({"cấp tỉnh": 35, "các xã": 85}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
