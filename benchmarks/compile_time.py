#!/usr/bin/env python3
"""Benchmark: end-to-end compile time of the discussion's case, side by side
with iree-opt, and the CPU execution time of what comes out.

From one run (best of N wall times, tool start-up included and also shown):
  - iree-opt 3.13 applying the tensor-level streaming-K schedule (the IREE
    front end's transform script) to the matmul;
  - aie-opt applying the same schedule (MLIR 22 transform interpreter), then
    the same plus the whole aie-streaming-k pipeline, with the ratios to
    iree-opt;
  - the per-pass breakdown of that aie-opt run (--mlir-timing);
  - CPU execution of stage 0 and of the final AIR program, and numpy.

    python benchmarks/compile_time.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import time

from timing import best

from herdflow import compile_matmul
from herdflow.check import random_inputs, reference
from herdflow.frontend import matmul_payload
from herdflow.frontend.iree import IREE_OPT_FLAGS, find_iree_opt, iree_available
from herdflow.frontend.script import render_script
from herdflow.runner import execute
from herdflow.schedule import Schedule
from herdflow.tools import tool_path

FRONT_END_FLAGS = ["--transform-interpreter", "--canonicalize", "--cse"]


def run_tool(command: list[str], source: str) -> str:
    completed = subprocess.run(command, input=source, capture_output=True, text=True, check=True)
    return completed.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    schedule = Schedule(1024, 512, 2048)
    aie_opt = str(tool_path("aie-opt"))
    ours = matmul_payload(schedule) + render_script(schedule, "mlir22")
    pipeline = [*FRONT_END_FLAGS, "--aie-streaming-k=target=npu1 fill-mode=conditional"]
    rows: list[tuple[str, float]] = []
    if iree_available():
        iree_opt = find_iree_opt()
        theirs = matmul_payload(schedule) + render_script(schedule, "iree313")
        rows.append(("iree-opt 3.13: start-up (empty module)",
                     best(lambda: run_tool([iree_opt, "-"], "module {}\n"), args.repeat)))
        rows.append(("iree-opt 3.13: tensor-level schedule",
                     best(lambda: run_tool([iree_opt, *IREE_OPT_FLAGS, "-"], theirs), args.repeat)))
    rows.append(("aie-opt: start-up (empty module)", best(lambda: run_tool([aie_opt, "-"], "module {}\n"), args.repeat)))
    rows.append(("aie-opt: same tensor-level schedule",
                 best(lambda: run_tool([aie_opt, *FRONT_END_FLAGS, "-"], ours), args.repeat)))
    rows.append(("aie-opt: schedule + aie-streaming-k",
                 best(lambda: run_tool([aie_opt, *pipeline, "-"], ours), args.repeat)))
    print(f"{schedule.describe()}; best of {args.repeat} wall times\n")
    reference_row = next((seconds for name, seconds in rows if name == "iree-opt 3.13: tensor-level schedule"), None)
    print(f"{'compile':<42} {'ms':>8} {'x iree-opt':>11}")
    for name, seconds in rows:
        ratio = f"{seconds / reference_row:>11.2f}" if reference_row else f"{'-':>11}"
        print(f"{name:<42} {seconds * 1e3:>8.1f} {ratio}")

    timing = run_tool([aie_opt, *pipeline, "--mlir-timing", "-o", "/dev/null", "-"], ours)
    print("\naie-opt --mlir-timing of schedule + aie-streaming-k:")
    for line in timing.splitlines():
        if re.search(r"Pass|Parser|Output|Total|Interpreter", line) and "Execution" not in line:
            print("  " + line.strip())

    result = compile_matmul(schedule)
    a, b = random_inputs(schedule)
    executions = [
        ("stage 0 on the CPU (lower + JIT + run)", best(lambda: execute(result.stages["baseline"], [a, b]), args.repeat)),
        ("final AIR on the CPU (air-to-loops, FIFOs)", best(lambda: execute(result.air, [a, b]), args.repeat)),
        ("numpy matmul of the same inputs", best(lambda: reference(schedule, a, b), args.repeat)),
    ]
    print(f"\n{'execution':<42} {'ms':>8} {'x stage 0':>10}")
    for name, seconds in executions:
        print(f"{name:<42} {seconds * 1e3:>8.1f} {seconds / executions[0][1]:>10.2f}")


if __name__ == "__main__":
    main()
