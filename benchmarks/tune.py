#!/usr/bin/env python3
"""Benchmark: herdflow tune on the shapes with published hardware numbers.

For each shape (orders M x N x K here; the sources' orders are converted in
the table below, see ../shared/HARDWARE.md) prints the default schedule's
modeled throughput, the tuned schedule's, the published measurement with
its kernel kind, the physical limit, and the tuner's time with a cold cache
(2 worker processes), with the default `direct` kernel kind
(benchmarks/peers.py compares like with like, kernel kind by kernel kind).

    python benchmarks/tune.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from herdflow import compile_matmul
from herdflow.errors import HerdflowError
from herdflow.schedule import Schedule
from herdflow.tune import tune

# (M, N, K, dtype, target, published, source)
SHAPES = [
    (2048, 2048, 2048, "bf16", "npu4", "5.52 direct / 8.51 external TFLOPS", "mlir-air registry, herd 8x4"),
    (2048, 2048, 8192, "bf16", "npu4", "6.01 direct / 9.80 external TFLOPS", "mlir-air registry (MxKxN 2048x8192x2048)"),
    (512, 4096, 512, "bf16", "npu1", "930 us = 2.31 TFLOPS (ukernel, pre-packed)", "iree-amd-aie CI 4x4"),
    (2048, 2048, 2048, "bf16", "npu1", "2.0-2.3 TFLOPS plateau", "HARDWARE.md npu1 bf16"),
    (1024, 512, 2048, "i32", "npu1", "-", "the discussion's case"),
]


def main() -> None:
    print(f"{'shape (MxNxK)':<22} {'target':<6} {'default':>10} {'tuned':>10} {'limit':>10} {'tune s':>7}  "
          f"{'tuned schedule':<58} published")
    with tempfile.TemporaryDirectory() as cache:
        for m, n, k, dtype, target, published, source in SHAPES:
            unit = "TFLOPS" if dtype in ("bf16", "f32") else "TOPS"
            try:
                default = compile_matmul(Schedule(m, n, k, dtype=dtype, target=target)).model().throughput
                default_text = f"{default:.2f}"
            except HerdflowError as error:
                default_text = "-"
                print(f"  (default schedule: {str(error).splitlines()[0][:100]})")
            start = time.perf_counter()
            result = tune(m, n, k, dtype, target, cache_dir=Path(cache))
            seconds = time.perf_counter() - start
            best = result.best
            ops = 2 * m * n * k
            limit = ops / result.limit_seconds / 1e12
            print(f"{f'{m}x{n}x{k} {dtype}':<22} {target:<6} {default_text:>10} {best.throughput or 0:>10.2f} "
                  f"{limit:>10.2f} {seconds:>7.1f}  {best.describe():<58} {published} ({source}) [{unit}]")


if __name__ == "__main__":
    main()
