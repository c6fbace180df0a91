"""Benchmark of the report checker: throughput (MB/s, one core) and peak memory by input size.

The reference document (Hậu Giang 2024, ~40 KB) is repeated to 1, 5 and 10 MB and written to a
temporary UTF-8 file, which is checked with the streaming reader
(:func:`hoiquanchung.checker.check_file`, which reads one paragraph at a time).  Baselines in
the same run: reading the file alone (decoding and splitting lines: the floor of any checker), and
the whole-text way (read the file into memory, then ``check_text``), whose memory grows with the
input where the streaming checker's must not.  Targets: at least 1 MB/s; peak memory flat.
First, adversarial lines (one long sentence with many parts, markers, fractions, amounts in
words, footnotes or sentences) at two sizes: the time must grow linearly, not quadratically.

Usage:  python benchmarks/bench_checker.py [--quick]

The reference document is read from ``$HOIQUANCHUNG_REFERENCE`` or ``../shared/source/`` beside
the checkout; when it is missing the benchmark says so and exits 0 in ``--quick`` mode, 1
otherwise.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from hoiquanchung.checker import check_file, check_text, iter_findings

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_NAME = "000_bb730d81e38469fa.txt"
MB = 1_000_000


def reference_path() -> Path:
    override = os.environ.get("HOIQUANCHUNG_REFERENCE")
    if override:
        return Path(override)
    return ROOT.parent / "shared" / "source" / REFERENCE_NAME


def make_input(seed: str, size: int, directory: Path) -> Path:
    """A UTF-8 file of about *size* bytes: the reference document repeated."""
    path = directory / f"report-{size}.txt"
    chunk = (seed.rstrip("\n") + "\n").encode("utf-8")
    with path.open("wb") as fh:
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)
    return path


def streaming(path: Path) -> int:
    return len(check_file(path))


def iterating(path: Path) -> int:
    """The findings one at a time, none kept: memory of the checker alone."""
    with path.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in iter_findings(fh, file=str(path)))


def read_only(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def whole_text(path: Path) -> int:
    return len(check_text(path.read_text(encoding="utf-8"), file=str(path)))


def timed(fn: Callable[[Path], int], path: Path, repeat: int) -> tuple[float, float, int]:
    """Best wall-clock and best CPU time of *repeat* runs, and the result."""
    best_wall = best_cpu = float("inf")
    result = 0
    for _ in range(repeat):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn(path)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_wall, best_cpu, result


def peak(fn: Callable[[Path], int], path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


#: One long paragraph without a sentence end, shaped to provoke quadratic work in the rules.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "one total, n parts": lambda n: "Tổng số 10 hội, gồm " + "1 hội cấp tỉnh, " * n + ".",
    "n markers": lambda n: "có 5 hội, trong đó " * n,
    "n changes before markers": lambda n: "tăng 3 tỷ đồng so với, trong đó " * n,
    "n fractions": lambda n: "45/50, " * n + "đạt 90%",
    "n amounts in words": lambda n: "trị giá 5.000 đồng (Bằng chữ: năm nghìn đồng) " * n,
    "n footnotes in a line": lambda n: "5[[footnoteRef:1]] hội [1: [] chú thích 7] " * n,
    "n sentences in a line": lambda n: "Có 5 hội. Trong đó 3 hội. " * n,
}


def adversarial(quick: bool) -> None:
    """CPU time of one long paragraph at n and 2n repetitions: ~2x is linear, ~4x quadratic."""
    n = 500 if quick else 8000
    print(f"adversarial paragraphs (one sentence), n = {n:,} and {2 * n:,}; one core")
    for name, make in ADVERSARIAL.items():
        times = []
        for size in (n, 2 * n):
            text = make(size)
            start = time.process_time()
            check_text(text)
            times.append(time.process_time() - start)
        ratio = times[1] / times[0] if times[0] > 0 else float("inf")
        print(
            f"  {name:26} {times[0] * 1000:9.1f} ms  {times[1] * 1000:9.1f} ms   2n/n {ratio:5.1f}x"
        )
    print("target: 2n/n near 2 (linear), never near 4 (quadratic)")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, a few seconds (CI)")
    args = parser.parse_args(argv)
    adversarial(args.quick)
    source = reference_path()
    if not source.is_file():
        print(f"bench_checker: reference document not found at {source}", file=sys.stderr)
        print("set HOIQUANCHUNG_REFERENCE to its path", file=sys.stderr)
        return 0 if args.quick else 1
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    seed = source.read_text(encoding="utf-8")
    sizes = [MB // 20, MB // 10] if args.quick else [1 * MB, 5 * MB, 10 * MB]
    repeat = 1 if args.quick else 3
    print(f"reference document: {len(seed.encode('utf-8')):,} bytes, repeated; one core")
    header = (
        f"{'size':>9} | {'check MB/s cpu':>14} | {'(wall)':>7} | {'read-only MB/s':>14} | "
        f"{'check/read':>10} | {'findings':>8} | {'peak iter':>9} | {'peak check_file':>15} | "
        f"{'peak whole-text':>15}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = make_input(seed, size, Path(tmp))
            actual = path.stat().st_size
            wall_check, t_check, n_findings = timed(streaming, path, repeat)
            _wall_read, t_read, _ = timed(read_only, path, repeat)
            p_iter = peak(iterating, path)
            p_stream = peak(streaming, path)
            p_whole = peak(whole_text, path)
            print(
                f"{actual / MB:>7.2f}MB | {actual / MB / t_check:>14.2f} | "
                f"{actual / MB / wall_check:>7.2f} | "
                f"{actual / MB / t_read:>14.2f} | {t_check / t_read:>9.1f}x | "
                f"{n_findings:>8} | {p_iter / MB:>7.2f}MB | {p_stream / MB:>13.2f}MB | "
                f"{p_whole / MB:>13.2f}MB"
            )
            path.unlink()
    print("MB/s cpu: input size / CPU time of this process (one core; wall time suffers when")
    print("other processes share the machine); read-only: Python reading the file's lines alone;")
    print("peak iter: iter_findings over the open file, no finding kept (the checker alone);")
    print("peak check_file: the same, keeping the list of findings it returns (grows with them);")
    print("whole-text: read the file into memory, then check_text (memory grows with the input).")
    print("target: check >= 1 MB/s; streaming peak memory flat as the input grows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
