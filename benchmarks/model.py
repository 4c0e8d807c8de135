#!/usr/bin/env python3
"""Benchmark: the performance model over the discussion's case and a sweep of
schedules (shapes x types x herds, npu1 and npu4).

For each schedule prints the modeled time, the roofline bound, their ratio,
the binding resource, the modeled throughput and % of peak, and how long the
model took; then names the schedule furthest from its bound.

    python benchmarks/model.py
"""

from __future__ import annotations

import time

from herdflow import compile_matmul
from herdflow.schedule import Schedule

CASES = [
    Schedule(1024, 512, 2048),
    Schedule(1024, 512, 2048, herd=(4, 4), block=(128, 128)),
    Schedule(2048, 2048, 2048),
    Schedule(2048, 2048, 2048, dtype="bf16", herd=(4, 4), block=(128, 128)),
]
for dtype in ("i8", "i16", "i32", "bf16", "f32"):
    for herd, block in (((1, 1), (32, 32)), ((2, 2), (64, 64)), ((4, 4), (128, 128))):
        CASES.append(Schedule(1024, 1024, 1024, dtype=dtype, herd=herd, block=block))
CASES += [
    Schedule(512, 4096, 512, dtype="bf16", herd=(4, 4), block=(128, 128)),
    Schedule(1024, 512, 16384, dtype="i8", target="npu4", herd=(4, 8), block=(128, 256)),
    Schedule(2048, 2048, 2048, dtype="bf16", target="npu4", herd=(4, 8), block=(128, 256)),
    Schedule(4096, 256, 4096, dtype="i8", herd=(2, 4), block=(64, 128)),
    Schedule(100, 37, 300, dtype="i16", herd=(2, 2)),
]


def main() -> None:
    print(f"{'schedule':<58} {'model ms':>10} {'bound ms':>10} {'ratio':>6} {'binding':<15} "
          f"{'T(FL)OPS':>9} {'% peak':>7} {'run s':>6}")
    worst = None
    for schedule in CASES:
        compiled = compile_matmul(schedule)
        start = time.perf_counter()
        result = compiled.model()
        elapsed = time.perf_counter() - start
        clock = result.params.clock_ghz * 1e9
        peak = result.peak_ops_per_cycle * clock / 1e12
        ratio = result.cycles / result.bound.cycles
        name = (f"{schedule.m}x{schedule.n}x{schedule.k} {schedule.dtype} {schedule.target} "
                f"{schedule.herd[0]}x{schedule.herd[1]} block {schedule.block[0]}x{schedule.block[1]}")
        print(f"{name:<58} {result.seconds * 1e3:>10.3f} {result.bound.cycles / clock * 1e3:>10.3f} {ratio:>6.3f} "
              f"{result.bound.resource:<15} {result.throughput:>9.3f} {100 * result.throughput / peak:>7.1f} "
              f"{elapsed:>6.2f}")
        if worst is None or ratio > worst[1]:
            worst = (name, ratio, result)
    assert worst is not None
    print(f"\nfurthest from its bound: {worst[0]} ({worst[1]:.3f}x)")
    print("\n".join(worst[2].describe().splitlines()[3:10]))


if __name__ == "__main__":
    main()
