#!/usr/bin/env python3
"""Benchmark: stage-0 generation by both front ends, and CPU execution.

For the discussion's case (1024x512x2048 i32, or --m/--n/--k) prints the best
of N runs of: the embedded MLIR 22 front end (in-process transform
interpreter), the IREE 3.13 front end (iree-opt subprocess + reading its
generic output back), the CPU execution of the stage-0 IR (lowering + JIT +
run) and numpy's matmul of the same inputs; and the ratios between them.

    python benchmarks/frontend.py [--repeat 3] [--m 1024 --n 512 --k 2048 --dtype i32]
"""

from __future__ import annotations

import argparse
import importlib.util

from timing import best

from herdflow.check import random_inputs, reference
from herdflow.frontend import generate
from herdflow.runner import execute
from herdflow.schedule import Schedule


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--m", type=int, default=1024)
    parser.add_argument("--n", type=int, default=512)
    parser.add_argument("--k", type=int, default=2048)
    parser.add_argument("--dtype", default="i32")
    args = parser.parse_args()
    schedule = Schedule(args.m, args.n, args.k, dtype=args.dtype)
    rows: list[tuple[str, float]] = []
    rows.append(("embedded front end (MLIR 22, in-process)", best(lambda: generate(schedule, "mlir"), args.repeat)))
    if importlib.util.find_spec("iree") and importlib.util.find_spec("iree.compiler"):
        rows.append(("IREE front end (iree-opt 3.13 subprocess)", best(lambda: generate(schedule, "iree"), args.repeat)))
    baseline = generate(schedule)
    a, b = random_inputs(schedule)
    rows.append(("CPU execution of stage 0 (lower + JIT + run)", best(lambda: execute(baseline, [a, b]), args.repeat)))
    rows.append(("numpy matmul of the same inputs", best(lambda: reference(schedule, a, b), args.repeat)))
    print(f"{schedule.describe()}; best of {args.repeat}\n")
    first = rows[0][1]
    print(f"{'step':<48} {'ms':>10} {'x embedded':>11}")
    for name, seconds in rows:
        print(f"{name:<48} {seconds * 1e3:>10.1f} {seconds / first:>11.1f}")


if __name__ == "__main__":
    main()
