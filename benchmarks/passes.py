#!/usr/bin/env python3
"""Benchmark: compile time of herdflow's passes on the discussion's case, and
their scaling with the number of matmuls in a module.

Prints, from one run (best of N): the MLIR timing of each pass on the
1024x512x2048 i32 stage 0, then the aie-streaming-k passes (fill-into-loop,
hoisting, forall-to-air, copy-to-dma, dma-to-channel, sharing, resource check)
on modules of 1, 10, 100, 1000 matmuls of mixed shapes (time per matmul must stay
flat: no pass may be quadratic in the module).

    python benchmarks/passes.py [--repeat 3] [--sizes 1,10,100,1000]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

from timing import best_command

from herdflow.frontend import generate
from herdflow.schedule import Schedule
from herdflow.tools import tool_path

PIPELINE = ["--aie-fuse-fill-into-loop", "--aie-hoist-pack-unpack", "--aie-forall-to-air", "--aie-copy-to-dma",
            "--aie-dma-to-channel", "--aie-share-peeled-dmas", "--aie-unpeel-transfers", "--aie-check-resources"]
SHAPES = [(1024, 512, 2048, "i32"), (256, 256, 512, "i8"), (97, 131, 257, "bf16"), (128, 64, 1024, "f32")]


def module_of(count: int) -> str:
    """`count` stage-0 functions of mixed shapes in one module, renamed apart."""
    bodies = []
    aliases = {}
    for index in range(count):
        m, n, k, dtype = SHAPES[index % len(SHAPES)]
        text = generate(Schedule(m, n, k, dtype=dtype))
        lines = text.splitlines()
        for line in lines:
            if line.startswith("#"):
                name, _, value = line.partition(" = ")
                aliases.setdefault(value, name)
        body = "\n".join(l for l in lines if not l.startswith("#"))
        body = body.strip()
        assert body.startswith("module {") and body.endswith("}")
        body = body[len("module {"):-1]
        body = re.sub(r"func\.func @(\w+)", rf"func.func @\1_{index}", body)
        bodies.append(body)
    # Attribute aliases are identical across functions of one generator.
    header = "\n".join(f"{name} = {value}" for value, name in aliases.items())
    return header + "\nmodule {\n" + "\n".join(bodies) + "\n}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1,10,100,1000")
    args = parser.parse_args()
    aie_opt = str(tool_path("aie-opt"))
    with tempfile.TemporaryDirectory() as tmp:
        case = Path(tmp) / "case.mlir"
        case.write_text(generate(Schedule(1024, 512, 2048)))
        timing = subprocess.run([aie_opt, str(case), *PIPELINE, "--mlir-timing", "-o", "/dev/null"],
                                capture_output=True, text=True, check=True).stderr
        print("1024x512x2048 i32, aie-opt --mlir-timing:")
        for line in timing.splitlines():
            if re.search(r"Pass|Parser|Output|Total", line) and "Execution" not in line:
                print("  " + line.strip())
        empty = Path(tmp) / "empty.mlir"
        empty.write_text("module {}\n")
        startup = best_command([aie_opt, str(empty)], args.repeat)
        print(f"\naie-opt start-up {startup * 1e3:.1f} ms (subtracted)\n")
        print(f"{'matmuls':>8} {'parse+print ms':>15} {'passes ms':>10} {'passes ms/matmul':>17}")
        for count in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"m{count}.mlir"
            path.write_text(module_of(count))
            parse = best_command([aie_opt, str(path)], args.repeat) - startup
            full = best_command([aie_opt, str(path), *PIPELINE], args.repeat) - startup
            passes = max(full - parse, 0.0)
            print(f"{count:>8} {parse * 1e3:>15.1f} {passes * 1e3:>10.1f} {passes / count * 1e3:>17.2f}")


if __name__ == "__main__":
    main()
