"""Benchmark of ``import hoiquanchung``: import time against ``import json``, fresh interpreters.

Each measurement starts a new interpreter with ``python -X importtime`` and reads the cumulative
time of the package's own line (so interpreter start-up is left out); the best of several runs
is kept, the baseline (``import json``, a standard-library package) is measured the same way
between them, and the ratio is printed.  Also measured: the first use of the numbers' grammar
(``hoiquanchung.find_quantities``, which loads the vocabulary) and of ``__version__`` (which
reads the installed metadata), both loaded on first use rather than at import.

    python benchmarks/bench_import.py           # 15 runs each
    python benchmarks/bench_import.py --quick   # 3 runs each (CI runs this)

Target: ``import hoiquanchung`` under 100 ms.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

_LINE = re.compile(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|\s*(\S+)\s*$")


def import_ms(statement: str, module: str) -> float:
    """Cumulative import time (ms) of *module* when a fresh interpreter runs *statement*, plus
    that of every module imported after it (on first use, inside *statement*)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    counting = False
    for line in done.stderr.splitlines():
        m = _LINE.match(line)
        if m is None or line.split("|")[2].startswith("  "):
            continue  # a header, or a module imported by another (counted in its parent's line)
        counting = counting or m.group(2) == module
        if counting:
            total += int(m.group(1))
    if not counting:
        sys.exit(f"{module} not imported by {statement!r}")
    return total / 1000


def best(statement: str, module: str, runs: int) -> float:
    """The best of *runs* measurements of :func:`import_ms`."""
    return min(import_ms(statement, module) for _ in range(runs))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each (CI)")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 15

    baseline = best("import json", "json", runs)
    package = best("import hoiquanchung", "hoiquanchung", runs)
    grammar = best(
        "import hoiquanchung; hoiquanchung.find_quantities('99 hội')", "hoiquanchung", runs
    )
    version = best("import hoiquanchung; hoiquanchung.__version__", "hoiquanchung", runs)
    print(f"best of {runs} fresh interpreters, python -X importtime (cumulative ms)")
    print(f"  import json (baseline)                         {baseline:8.1f} ms")
    print(
        f"  import hoiquanchung                            {package:8.1f} ms"
        f"   {package / baseline:6.1f}x json"
    )
    print(
        f"  ... then find_quantities (grammar, vocabulary) {grammar:8.1f} ms"
        f"   {grammar / baseline:6.1f}x json"
    )
    print(
        f"  ... then __version__ (installed metadata)      {version:8.1f} ms"
        f"   {version / baseline:6.1f}x json"
    )
    status = "met" if package < 100 else "NOT met"
    print(f"target: import hoiquanchung < 100 ms: {status}")


if __name__ == "__main__":
    main()
