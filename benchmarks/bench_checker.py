"""Benchmark of the report checker: throughput (MB/s, one core) and peak memory by input size.

The reference document (Hậu Giang 2024, ~40 KB) is repeated to 1, 5 and 10 MB and written to a
temporary UTF-8 file, which is checked with the streaming reader
(:func:`hoiquanchung.checker.check_file`, which reads one paragraph at a time).  Baselines in
the same run: reading the file alone (decoding and splitting lines: the floor of any checker), and
the whole-text way (read the file into memory, then ``check_text``), whose memory grows with the
input where the streaming checker's must not.  The sizes are timed in turn (a change of a shared
machine's load falls on all of them alike); "retained" is what the checker still holds at the
last line after a full collection (its state over the document), and the largest input is
also timed tenth by tenth in one pass.  Targets: at least 5 MB/s (issue 9); retained memory
flat; the time per MB of the last tenth that of the first.
First, adversarial lines (one long sentence with many parts, markers, fractions, amounts in
words, footnotes, sentences, numbers, long digit runs, deep brackets, amounts each) at 1x and 8x
their size: the time per MB must stay steady (linear), not grow eightfold (quadratic).

Last, hostile shapes at 5, 20 and 50 MB (``--quick``: 0.1, 0.2 and 0.5 MB): the same text as one
single line without a newline, and as a ``.docx`` (one paragraph a line), against the baseline of
the same text as ordinary lines.  Each size runs in a fresh process, which reports the reader's
MB/s alone, the whole checker's MB/s (CPU time) and its peak memory (``ru_maxrss``, the whole
process: the interpreter and the library are ~60 MB of it).  Time must grow linearly (MB/s
steady as the size grows) and memory stay flat.

Usage:  python benchmarks/bench_checker.py [--quick]

The reference document is read from ``$HOIQUANCHUNG_REFERENCE`` or ``../shared/source/`` beside
the checkout; when it is missing the benchmark says so and exits 0 in ``--quick`` mode, 1
otherwise.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
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


def retained(path: Path) -> int:
    """Memory the checker still holds when the last line of *path* has been read (its state
    over the document: caches, sets, lists of what it saw), after a full collection.

    A full collection also empties CPython's free lists (tuples, lists, dicts freed to be
    reused), which hold memory ``peak`` counts and which grow between full collections; what is
    left is what the checker keeps.  It must not grow with the input.
    """
    held: list[int] = []

    def lines() -> Iterator[str]:
        with path.open(encoding="utf-8", newline="") as fh:
            yield from fh
        gc.collect()  # the checker's state is alive: the last paragraph is still being read
        held.append(tracemalloc.get_traced_memory()[0])

    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        sum(1 for _ in iter_findings(lines(), file=str(path)))
        return held[0] - base
    finally:
        tracemalloc.stop()


def tenths(path: Path) -> list[float]:
    """CPU seconds per MB of each tenth of *path*, checked in one pass (streaming, no finding
    kept): the time per MB must not grow from the first tenth to the last (nothing the checker
    keeps makes a later paragraph slower)."""
    size = path.stat().st_size
    marks: list[tuple[int, float]] = []

    def lines() -> Iterator[str]:
        done, step, nxt = 0, size / 10, size / 10
        marks.append((0, time.process_time()))
        with path.open(encoding="utf-8", newline="") as fh:
            for line in fh:
                yield line
                done += len(line.encode("utf-8"))
                if done >= nxt:
                    marks.append((done, time.process_time()))
                    nxt += step
        marks.append((done, time.process_time()))

    gc.collect()
    sum(1 for _ in iter_findings(lines(), file=str(path)))
    return [
        (t1 - t0) / ((b1 - b0) / MB)
        for (b0, t0), (b1, t1) in itertools.pairwise(marks)
        if b1 - b0 > size / 20
    ]


#: One long paragraph without a sentence end, shaped to provoke quadratic work in the rules (or
#: the scanner, or the paragraph splitter): each is made of *n* repetitions of a small piece.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "one total, n parts": lambda n: "Tổng số 10 hội, gồm " + "1 hội cấp tỉnh, " * n + ".",
    "n markers": lambda n: "có 5 hội, trong đó " * n,
    "n changes before markers": lambda n: "tăng 3 tỷ đồng so với, trong đó " * n,
    "n fractions": lambda n: "45/50, " * n + "đạt 90%",
    "n amounts in words": lambda n: "trị giá 5.000 đồng (Bằng chữ: năm nghìn đồng) " * n,
    "n footnotes in a line": lambda n: "5[[footnoteRef:1]] hội [1: [] chú thích 7] " * n,
    "n sentences in a line": lambda n: "Có 5 hội. Trong đó 3 hội. " * n,
    "n numbers (no words)": lambda n: "12 " * n,
    "n numbers, each with a noun": lambda n: "Có 1.234 hội viên, 56 chi hội; " * n,
    "long digit runs": lambda n: ("Có " + "7" * 900 + " hội, trong đó ") * max(1, n // 30),
    "deep brackets": lambda n: "Có 10 hội (" * n + "5 hội" + ")" * n + ".",
    "each / per unit": lambda n: "mỗi xã 50 triệu đồng, 3 xã; 25 triệu đồng/nhà, " * n,
    "one huge paragraph": lambda n: "Có 45/50 chi hội, đạt tỷ lệ 90%; tổng số 99 hội. " * n,
}


def adversarial(quick: bool) -> None:
    """CPU time per MB of one long paragraph at 1x and 8x its size: ~1 is linear, ~8 quadratic.

    Baselines in the same process: the time per MB of the reference document's ordinary text
    (when present) and, for each shape, its own time per MB at 1x.
    """
    n = 150 if quick else 1500
    repeat = 1 if quick else 3

    def per_mb(text: str) -> float:
        best = float("inf")
        for _ in range(repeat):
            gc.collect()
            start = time.process_time()
            check_text(text)
            best = min(best, time.process_time() - start)
        return best / (len(text.encode("utf-8")) / MB)

    source = reference_path()
    ordinary = None
    if source.is_file():
        check_text(source.read_text(encoding="utf-8"))  # warm up: caches, compiled patterns
        ordinary = per_mb(source.read_text(encoding="utf-8") * (1 if quick else 4))
        print(f"baseline: the reference document, {ordinary:.2f} s per MB")
    print(f"adversarial paragraphs, n = {n:,} (1x) and {8 * n:,} (8x); one core, CPU time")
    print(f"  {'shape':28} {'1x size':>9} {'s/MB 1x':>8} {'s/MB 8x':>8} {'8x/1x':>6} {'vs doc':>7}")
    worst = 0.0
    for name, make in ADVERSARIAL.items():
        small, large = make(n), make(8 * n)
        t1, t8 = per_mb(small), per_mb(large)
        ratio = t8 / t1 if t1 > 0 else float("inf")
        worst = max(worst, ratio)
        versus = f"{t8 / ordinary:6.1f}x" if ordinary else "      -"
        size = len(small.encode("utf-8")) / 1000
        print(f"  {name:28} {size:7.0f}KB {t1:8.2f} {t8:8.2f} {ratio:5.1f}x {versus}")
    print(f"worst 8x/1x: {worst:.1f}x; target: near 1 (time per MB steady: linear), never near 8")
    print("(quadratic); 'vs doc': time per MB at 8x over the reference document's")
    print()


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_shape(seed: str, shape: str, size: int, directory: Path) -> Path:
    """*seed* repeated to about *size* bytes of text, as lines, one line, or a .docx."""
    lines = seed.rstrip("\n").split("\n")
    path = directory / f"{shape}-{size}.{'docx' if shape == 'docx' else 'txt'}"
    if shape == "docx":
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        paragraphs = "".join(
            f'<w:p><w:r><w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r></w:p>'
            for line in lines
        ).encode("utf-8")
        text_bytes = len(seed.encode("utf-8"))
        with (
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
            archive.open("word/document.xml", "w") as member,
        ):
            member.write(f'<w:document xmlns:w="{w}"><w:body>'.encode())
            for _ in range(max(1, size // text_bytes)):
                member.write(paragraphs)
            member.write(b"</w:body></w:document>")
        return path
    joiner = " " if shape == "one line" else "\n"
    chunk = (joiner.join(lines) + joiner).encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(max(1, size // len(chunk))):
            fh.write(chunk)
    return path


def measure(path: Path) -> dict[str, float]:
    """In this (fresh) process: the reader alone, then the whole checker, then peak memory."""
    import resource

    from hoiquanchung.checker._check import _findings  # streaming, no finding kept
    from hoiquanchung.checker._reading import read_lines

    start = time.process_time()
    pieces = sum(1 for _ in read_lines(path))
    read_cpu = time.process_time() - start
    start = time.process_time()
    findings = sum(1 for _ in _findings(read_lines(path), str(path)))
    check_cpu = time.process_time() - start
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {
        "pieces": pieces,
        "read_cpu": read_cpu,
        "check_cpu": check_cpu,
        "findings": findings,
        "peak_mb": rss_kb * 1024 / MB,
    }


def print_header(columns: str) -> None:
    """A table's header and a rule under it; *columns* is ``title:width|title:width|...``, each
    title right-aligned to its width."""
    titles = (column.rsplit(":", 1) for column in columns.split("|"))
    header = " | ".join(f"{title:>{width}}" for title, width in titles)
    print(header)
    print("-" * len(header))


def hostile_shapes(seed: str, quick: bool) -> None:
    """One long line and a .docx against ordinary lines, at growing sizes, each in a process."""
    sizes = [MB // 10, MB // 5, MB // 2] if quick else [5 * MB, 20 * MB, 50 * MB]
    print("hostile shapes: the same text as lines (baseline), one line, a .docx; one core;")
    print("each size checked in a fresh process")
    print_header("shape:9|size:8|read MB/s:9|check MB/s:10|vs lines:8|findings:8|peak RSS:9")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            baseline = None
            for shape in ("lines", "one line", "docx"):
                path = make_shape(seed, shape, size, Path(tmp))
                text_size = size // len(seed.encode("utf-8")) * len(seed.encode("utf-8"))
                done = subprocess.run(
                    [sys.executable, __file__, "--measure", str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                got = json.loads(done.stdout)
                path.unlink()
                check_rate = text_size / MB / max(got["check_cpu"], 1e-9)
                read_rate = text_size / MB / max(got["read_cpu"], 1e-9)
                if baseline is None:
                    baseline = got["check_cpu"]
                ratio = got["check_cpu"] / baseline if baseline else float("inf")
                print(
                    f"{shape:>9} | {text_size / MB:>6.1f}MB | {read_rate:>9.2f} | "
                    f"{check_rate:>10.2f} | {ratio:>7.2f}x | {int(got['findings']):>8} | "
                    f"{got['peak_mb']:>7.1f}MB"
                )
    print("MB/s: MB of text / CPU seconds; 'vs lines': check time over the same text as lines.")
    print("target: MB/s steady across sizes (linear time); peak RSS flat across sizes")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, a few seconds (CI)")
    parser.add_argument("--measure", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure))))
        return 0
    adversarial(args.quick)
    source = reference_path()
    if not source.is_file():
        print(f"bench_checker: reference document not found at {source}", file=sys.stderr)
        print("set HOIQUANCHUNG_REFERENCE to its path", file=sys.stderr)
        return 0 if args.quick else 1
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    hostile_shapes(source.read_text(encoding="utf-8"), args.quick)
    seed = source.read_text(encoding="utf-8")
    sizes = [MB // 20, MB // 10] if args.quick else [1 * MB, 5 * MB, 10 * MB]
    repeat = 1 if args.quick else 3
    print(f"reference document: {len(seed.encode('utf-8')):,} bytes, repeated; one core")
    print_header(
        "size:9|check MB/s cpu:14|(wall):7|read-only MB/s:14|check/read:10|"
        "findings:8|peak iter:9|retained:8|peak check_file:15|peak whole-text:15"
    )
    with tempfile.TemporaryDirectory() as tmp:
        paths = [make_input(seed, size, Path(tmp)) for size in sizes]
        # The sizes take turns, run after run: a change of the machine's load (it may be
        # shared) then falls on every size alike, not on the size timed last.
        best: dict[Path, tuple[float, float, int, float]] = {}
        for _ in range(repeat):
            for path in paths:
                wall_check, t_check, n_findings = timed(streaming, path, 1)
                _wall_read, t_read, _ = timed(read_only, path, 1)
                was = best.get(path, (float("inf"), float("inf"), 0, float("inf")))
                best[path] = (
                    min(was[0], wall_check),
                    min(was[1], t_check),
                    n_findings,
                    min(was[3], t_read),
                )
        for path in paths:
            wall_check, t_check, n_findings, t_read = best[path]
            actual = path.stat().st_size
            p_iter = peak(iterating, path)
            p_kept = retained(path)
            p_stream = peak(streaming, path)
            p_whole = peak(whole_text, path)
            print(
                f"{actual / MB:>7.2f}MB | {actual / MB / t_check:>14.2f} | "
                f"{actual / MB / wall_check:>7.2f} | "
                f"{actual / MB / t_read:>14.2f} | {t_check / t_read:>9.1f}x | "
                f"{n_findings:>8} | {p_iter / MB:>7.2f}MB | {p_kept / MB:>6.2f}MB | "
                f"{p_stream / MB:>13.2f}MB | {p_whole / MB:>13.2f}MB"
            )
        if not args.quick:  # (a tenth of a small input is a few paragraphs: no measure)
            per_tenth = tenths(paths[-1])
            shown = " ".join(f"{t:.3f}" for t in per_tenth)
            print(f"CPU s per MB by tenth of the largest input, one pass: {shown}")
            print(f"  last tenth / first tenth: {per_tenth[-1] / per_tenth[0]:.2f} (linear: ~1)")
        for path in paths:
            path.unlink()
    print("MB/s cpu: input size / CPU time of this process (one core; wall time suffers when")
    print("other processes share the machine); read-only: Python reading the file's lines alone;")
    print("peak iter: iter_findings over the open file, no finding kept (the checker alone);")
    print("retained: what the checker still holds at the last line, after a full collection")
    print("(its state; peak iter also counts CPython's free lists, emptied by a full collection);")
    print("peak check_file: the same, keeping the list of findings it returns (grows with them);")
    print("whole-text: read the file into memory, then check_text (memory grows with the input).")
    print("target: check >= 5 MB/s (issue 9); retained memory flat as the input grows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
