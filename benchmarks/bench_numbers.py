"""Benchmark of hoiquanchung.numbers against babel, in the same process.

Formats 100 000 ints and 100 000 two-decimal Decimals with ``format_number`` and with babel's
``format_decimal(..., locale="vi")`` (under an explicit half-up context, babel's output is the
oracle), checks the outputs are identical and prints the throughput ratio (target: at least 10x
babel).  Also measures ``parse_number`` and ``find_quantities`` (the report checker needs at
least 1 MB/s).

    python benchmarks/bench_numbers.py           # full sizes
    python benchmarks/bench_numbers.py --quick   # tiny sizes, seconds (CI runs this)
"""

from __future__ import annotations

import argparse
import decimal
import random
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

from babel.numbers import format_decimal

from hoiquanchung.numbers import find_quantities, format_number, parse_number

PROSE = (
    "Tổng số hội viên trong toàn tỉnh là 440.977 hội viên; số gia đình học tập đăng ký: "
    "113.453/151.530, đạt tỷ lệ 74,87%; trị giá hơn 14,6  tỷ đồng; hỗ trợ trị giá 1 tỷ 201 triệu "
    "đồng và hơn 1,3 tấn gạo; Kết luận số 102-KL/TW ngày 22/9/2014; 650.000.000đ; trên 90% trở "
    "lên; khám bệnh cho 3.500.000 lượt người dân, diện tích 2.147m2.\n"
)


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The best wall time of *repeat* runs of *func*, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def compare(name: str, values: Sequence[int | Decimal], digits: int | None, repeat: int) -> float:
    pattern = None if digits is None else "#,##0." + "0" * digits
    ctx = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_UP)

    def ours() -> list[str]:
        return [format_number(v, digits) for v in values]

    def theirs() -> list[str]:
        with decimal.localcontext(ctx):
            return [format_decimal(v, format=pattern, locale="vi") for v in values]

    mine, babel_out = ours(), theirs()
    if mine != babel_out:
        bad = next(i for i, (a, b) in enumerate(zip(mine, babel_out, strict=True)) if a != b)
        sys.exit(
            f"{name}: output differs from babel at {values[bad]!r}: {mine[bad]!r} != "
            f"{babel_out[bad]!r}"
        )
    t_ours = best_of(repeat, ours)
    t_babel = best_of(repeat, theirs)
    ratio = t_babel / t_ours
    print(
        f"{name:<36} n={len(values):>7}  format_number {t_ours * 1e3:8.1f} ms   "
        f"babel {t_babel * 1e3:8.1f} ms   ratio {ratio:6.1f}x   identical output"
    )
    return ratio


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (seconds)")
    args = parser.parse_args(argv)
    n = 1_000 if args.quick else 100_000
    repeat = 1 if args.quick else 3
    rng = random.Random(20240617)
    ints = [rng.randrange(-(10**12), 10**12) for _ in range(n)]
    two = [Decimal(rng.randrange(-(10**14), 10**14)).scaleb(-2) for _ in range(n)]
    four = [Decimal(rng.randrange(-(10**16), 10**16)).scaleb(-4) for _ in range(n)]

    print(f"hoiquanchung.numbers benchmark ({'quick' if args.quick else 'full'})")
    r1 = compare("ints, digits=None", ints, None, repeat)
    r2 = compare("two-decimal Decimals, digits=2", two, 2, repeat)
    r3 = compare("four-decimal Decimals, rounded to 2", four, 2, repeat)
    print(
        f"ratio vs babel: ints {r1:.1f}x, two-decimal Decimals {r2:.1f}x (target >= 10x); "
        f"Decimals that need rounding {r3:.1f}x"
    )

    texts = [format_number(v) for v in ints]
    t_parse = best_of(repeat, lambda: [parse_number(t) for t in texts])
    print(
        f"parse_number                       n={n:>7}  {t_parse * 1e3:8.1f} ms   "
        f"{n / t_parse / 1e6:6.2f} M numbers/s"
    )

    copies = 20 if args.quick else 4_000
    prose = PROSE * copies
    size_mb = len(prose.encode("utf-8")) / 1e6
    found = len(find_quantities(prose))
    t_find = best_of(repeat, lambda: find_quantities(prose))
    print(
        f"find_quantities                    {size_mb:6.2f} MB {t_find * 1e3:8.1f} ms   "
        f"{size_mb / t_find:6.2f} MB/s ({found} quantities)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
