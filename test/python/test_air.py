"""AIR programs on the CPU: the chain front end -> fill-into-loop -> hoisting
-> forall-to-air -> copy-to-dma, executed through aie-air-to-loops, matches
numpy (bit-exact integers); and air.dma_memcpy_nd's semantics."""

from __future__ import annotations

import numpy as np
import pytest

from herdflow.check import compare, random_inputs
from herdflow.frontend import generate
from herdflow.passes import run_passes
from herdflow.runner import execute
from herdflow.schedule import Schedule
from test_accumulator_passes import SCHEDULES


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["conditional", "peel"])
@pytest.mark.parametrize("schedule", SCHEDULES, ids=[f"{s.case}-{s.dtype}-{s.herd[0]}x{s.herd[1]}-{s.target}" for s in SCHEDULES])
def test_air_program_matches_numpy(schedule: Schedule, mode: str) -> None:
    fill = "{mode=peel}" if mode == "peel" else ""
    air = run_passes(
        generate(schedule),
        f"aie-fuse-fill-into-loop{fill},aie-hoist-pack-unpack,aie-forall-to-air,aie-copy-to-dma",
    )
    assert "air.herd @herd_0" in air and "scf.forall" not in air
    assert "air.dma_memcpy_nd" in air and "linalg.copy" not in air
    a, b = random_inputs(schedule, seed=13)
    result = compare(schedule, a, b, execute(air, [a, b]))
    assert result.ok, result


DMA = """
func.func @dma(%a: memref<8x8xi32, 1>) -> memref<2x4x8xi32, 2> {
  %b = memref.alloc() : memref<2x4x8xi32, 2>
  %c1 = arith.constant 1 : index
  air.herd tile (%x) in (%sx=%c1) args(%ha=%a, %hb=%b) : memref<8x8xi32, 1>, memref<2x4x8xi32, 2> {
    air.dma_memcpy_nd (%hb[] [] [], %ha[0, 0, 0] [4, 8, 2] [2, 8, 1]) : (memref<2x4x8xi32, 2>, memref<8x8xi32, 1>)
  }
  return %b : memref<2x4x8xi32, 2>
}
"""


def test_dma_moves_element_k_of_the_source_pattern_to_element_k_of_the_destination() -> None:
    a = np.arange(64, dtype=np.int32).reshape(8, 8)
    # Source pattern: element (i, j, k) at linear (0 + i) * 2 + (0 + j) * 8 + k.
    flat = a.reshape(-1)
    expected = np.array([flat[i * 2 + j * 8 + k] for i in range(4) for j in range(8) for k in range(2)],
                        dtype=np.int32).reshape(2, 4, 8)
    assert (execute(DMA, [a]) == expected).all()
