#!/usr/bin/env python3
"""Benchmark: parse + verify + print of AIR programs with aie-opt, by size.

Generates modules with 1, 10, 100 and 1000 launch > segment > herd nests (each
with DMAs and channel put/get) and times `aie-opt` on them (best of N runs),
then canonicalizes them. Prints a table with the time per nest, which must
stay flat (no pass or verifier that grows quadratically with the module).

    python benchmarks/air_dialect.py [--repeat 5] [--sizes 1,10,100,1000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from timing import best_command

NEST = """
  air.channel @chan_{i} [2, 2]
  func.func @nest_{i}(%a: memref<128x256xi32>, %c: memref<128x128xi32>) {{
    %c2 = arith.constant 2 : index
    %t = air.launch async (%x, %y) in (%sx=%c2, %sy=%c2) args(%la=%a, %lc=%c) : memref<128x256xi32>, memref<128x128xi32> {{
      air.segment @seg_{i} args(%sx2=%x, %sa=%la, %sc=%lc) : index, memref<128x256xi32>, memref<128x128xi32> {{
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c2s = arith.constant 2 : index
        %c256 = arith.constant 256 : index
        %l2 = memref.alloc() : memref<64x256xi32, 1>
        %d = air.dma_memcpy_nd async (%l2[] [] [], %sa[%sx2, %c0] [64, 256] [%c256, %c1]) : (memref<64x256xi32, 1>, memref<128x256xi32>)
        %p = air.channel.put async [%d] @chan_{i}[%c0, %c0] (%l2[0, 0] [32, 32] [256, 1]) : (memref<64x256xi32, 1>)
        air.herd @herd_{i} tile (%tx, %ty) in (%hx=%c2s, %hy=%c2s) args(%hc=%sc) : memref<128x128xi32> {{
          %l1 = memref.alloc() : memref<32x32xi32, 2>
          %g = air.channel.get async @chan_{i}[%tx, %ty] (%l1[] [] []) : (memref<32x32xi32, 2>)
          air.dma_memcpy_nd [%g] (%hc[%tx, %ty] [32, 32] [128, 1], %l1[] [] []) : (memref<128x128xi32>, memref<32x32xi32, 2>)
        }}
      }}
    }}
    air.wait_all [%t]
    return
  }}
"""


def module_text(nests: int) -> str:
    return "module {\n" + "".join(NEST.format(i=i) for i in range(nests)) + "}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best is kept")
    parser.add_argument("--sizes", default="1,10,100,1000", help="comma-separated nest counts")
    parser.add_argument("--aie-opt", default=None, help="aie-opt binary (default: the one bundled in the installed herdflow)")
    args = parser.parse_args()
    if args.aie_opt is None:
        try:
            from herdflow.tools import tool_path

            args.aie_opt = str(tool_path("aie-opt"))
        except (ImportError, FileNotFoundError) as error:
            parser.error(f"{error}; install herdflow or pass --aie-opt")
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.mlir"
        empty.write_text("module {}\n")
        base = best_command([args.aie_opt, str(empty)], args.repeat)
        print(f"aie-opt start-up (empty module): {base * 1e3:.1f} ms; times below exclude it\n")
        print(f"{'nests':>6} {'ops':>7} {'round-trip ms':>14} {'us/nest':>9} {'canonicalize ms':>16} {'us/nest':>9}")
        for n in sizes:
            path = Path(tmp) / f"air_{n}.mlir"
            path.write_text(module_text(n))
            ops = sum(line.count("air.") for line in path.read_text().splitlines())
            parse = max(best_command([args.aie_opt, str(path)], args.repeat) - base, 0.0)
            canon = max(best_command([args.aie_opt, str(path), "-canonicalize"], args.repeat) - base, 0.0)
            print(f"{n:>6} {ops:>7} {parse * 1e3:>14.2f} {parse / n * 1e6:>9.1f} {canon * 1e3:>16.2f} {canon / n * 1e6:>9.1f}")


if __name__ == "__main__":
    main()
