"""AIR programs on the CPU: the chain front end -> fill-into-loop -> hoisting
-> forall-to-air -> copy-to-dma (-> dma-to-channel), executed through
aie-air-to-loops, matches numpy (bit-exact integers); and the semantics of
air.dma_memcpy_nd and of channels (FIFOs, broadcast)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest

from herdflow.check import compare, random_inputs
from herdflow.frontend import generate
from herdflow.passes import run_passes
from herdflow.runner import execute
from herdflow.schedule import Schedule
from test_accumulator_passes import SCHEDULES


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["copy-to-dma", "dma-to-channel", "streaming-k"])
@pytest.mark.parametrize("mode", ["conditional", "peel"])
@pytest.mark.parametrize("schedule", SCHEDULES, ids=[f"{s.case}-{s.dtype}-{s.herd[0]}x{s.herd[1]}-{s.target}" for s in SCHEDULES])
def test_air_program_matches_numpy(schedule: Schedule, mode: str, stage: str) -> None:
    fill = "{mode=peel}" if mode == "peel" else ""
    passes = f"aie-fuse-fill-into-loop{fill},aie-hoist-pack-unpack,aie-forall-to-air,aie-copy-to-dma"
    if stage == "dma-to-channel":
        passes += ",aie-dma-to-channel"
    if stage == "streaming-k":
        # The whole pipeline: channels shared and the resource check passed.
        passes = f"aie-streaming-k{{target={schedule.target} fill-mode={mode}}}"
    air = run_passes(generate(schedule), passes)
    assert "air.herd @herd_0" in air and "scf.forall" not in air
    assert "air.dma_memcpy_nd" in air and "linalg.copy" not in air
    if stage != "copy-to-dma":
        # Placeable: every transfer in the herd has L1 on one side.
        herd = air[air.index("air.herd @herd_0"):]
        assert "air.channel.get" in herd and "air.channel.put" in herd
        assert "memref.alloc() {herdflow.memtile" in air
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


BROADCAST = """
air.channel @rows [2, 1] {broadcast_shape = [2, 2]}
func.func @broadcast(%a: memref<8x8xi32, 1>) -> memref<2x2x3x4x4xi32, 1> {
  %out = memref.alloc() : memref<2x2x3x4x4xi32, 1>
  air.segment @seg args(%s=%a, %o=%out) : memref<8x8xi32, 1>, memref<2x2x3x4x4xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    scf.for %k = %c0 to %c3 step %c1 {
      air.channel.put @rows[%c0, %c0] (%s[0, %k] [4, 4] [8, 1]) : (memref<8x8xi32, 1>)
      air.channel.put @rows[%c1, %c0] (%s[4, %k] [4, 4] [8, 1]) : (memref<8x8xi32, 1>)
    }
    %c2 = arith.constant 2 : index
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) args(%ho=%o) : memref<2x2x3x4x4xi32, 1> {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %three = arith.constant 3 : index
      %l1 = memref.alloc() : memref<4x4xi32, 2>
      scf.for %k = %z to %three step %one {
        air.channel.get @rows[%x, %y] (%l1[] [] []) : (memref<4x4xi32, 2>)
        %off = affine.apply affine_map<(d0, d1, d2) -> (d0 * 96 + d1 * 48 + d2 * 16)>(%x, %y, %k)
        air.dma_memcpy_nd (%ho[%off] [16] [1], %l1[] [] []) : (memref<2x2x3x4x4xi32, 1>, memref<4x4xi32, 2>)
      }
    }
  }
  return %out : memref<2x2x3x4x4xi32, 1>
}
"""


def test_broadcast_channel_delivers_every_message_to_every_consumer_in_order() -> None:
    a = np.arange(64, dtype=np.int32).reshape(8, 8)
    got = execute(BROADCAST, [a])
    for x in range(2):
        for y in range(2):
            for k in range(3):
                assert (got[x, y, k] == a[4 * x:4 * x + 4, k:k + 4]).all(), (x, y, k)


def test_get_before_put_aborts_instead_of_reading_garbage() -> None:
    swapped = BROADCAST.replace("air.channel.put @rows[%c1, %c0] (%s[4, %k]", "air.channel.put @rows[%c0, %c0] (%s[4, %k]")
    # Stream 1 never receives anything: the herd's get on it must abort.
    code = textwrap.dedent(f"""
        import numpy as np
        from herdflow.runner import execute
        execute({swapped!r}, [np.zeros((8, 8), np.int32)])
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode != 0
    # cf.assert's lowering prints the message on stdout, then aborts.
    assert "air.channel.get on @rows runs before its put in the sequential order" in run.stdout


PHASES = """
air.channel @phase1 [1]
air.channel @phase2 [1]
func.func @phases(%gate: memref<64xi32>, %up: memref<64xi32>) -> memref<2x4x16xi32> {
  %out = memref.alloc() : memref<2x4x16xi32>
  %l2 = memref.alloc() : memref<64xi32, 1>
  air.segment @s args(%g=%gate, %u=%up, %b=%l2, %o=%out) : memref<64xi32>, memref<64xi32>, memref<64xi32, 1>, memref<2x4x16xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.dma_memcpy_nd (%b[] [] [], %g[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    scf.for %i = %c0 to %c4 step %c1 {
      %off = arith.muli %i, %c4 : index
      air.channel.put @phase1[%c0] (%b[%off] [16] [1]) : (memref<64xi32, 1>)
    }
    air.dma_memcpy_nd (%b[] [] [], %u[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    scf.for %i = %c0 to %c4 step %c1 {
      %off = arith.muli %i, %c4 : index
      air.channel.put @phase2[%c0] (%b[%off] [16] [1]) : (memref<64xi32, 1>)
    }
    air.herd @h tile (%x) in (%sx=%c1) args(%ho=%o) : memref<2x4x16xi32> {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %four = arith.constant 4 : index
      %sixteen = arith.constant 16 : index
      %l1 = memref.alloc() : memref<16xi32, 2>
      scf.for %i = %z to %four step %one {
        air.channel.get @phase1[%x] (%l1[] [] []) : (memref<16xi32, 2>)
        %at = arith.muli %i, %sixteen : index
        air.dma_memcpy_nd (%ho[%at] [16] [1], %l1[] [] []) : (memref<2x4x16xi32>, memref<16xi32, 2>)
      }
      scf.for %i = %z to %four step %one {
        air.channel.get @phase2[%x] (%l1[] [] []) : (memref<16xi32, 2>)
        %at = arith.muli %i, %sixteen : index
        %second = arith.addi %at, %c64 : index
        air.dma_memcpy_nd (%ho[%second] [16] [1], %l1[] [] []) : (memref<2x4x16xi32>, memref<16xi32, 2>)
      }
    }
  }
  return %out : memref<2x4x16xi32>
}
"""


def test_sharing_keeps_both_phases_of_a_refilled_buffer() -> None:
    """Shaped like Xilinx/mlir-air#1508 (two sibling loops stream one L2
    buffer, refilled between them): after aie-share-peeled-dmas the two
    phases share a channel but each still delivers its own data."""
    program = PHASES.replace("%second = arith.addi %at, %c64", "%c64 = arith.constant 64 : index\n        %second = arith.addi %at, %c64")
    gate = np.arange(64, dtype=np.int32)
    up = np.arange(1000, 1064, dtype=np.int32)
    expected = np.stack([np.stack([gate[4 * i:4 * i + 16] for i in range(4)]),
                         np.stack([up[4 * i:4 * i + 16] for i in range(4)])])
    shared = run_passes(program, "aie-share-peeled-dmas")
    assert "@phase2" not in shared  # one hardware channel...
    assert shared.count("air.channel.put") == 2  # ...and both phases kept
    for text in (program, shared):
        assert (execute(text, [gate, up]) == expected).all()


def test_a_zero_d_channel_carries_its_stream() -> None:
    """mlir-air's single-stream channel (`air.channel @one []`, put and get
    without indices) lowers to loops and moves the data."""
    program = """
air.channel @one []
func.func @zero_d(%in: memref<16xi32>) -> memref<16xi32> {
  %out = memref.alloc() : memref<16xi32>
  air.segment @s args(%si=%in, %so=%out) : memref<16xi32>, memref<16xi32> {
    %c1 = arith.constant 1 : index
    %l2 = memref.alloc() : memref<16xi32, 1>
    air.dma_memcpy_nd (%l2[] [] [], %si[] [] []) : (memref<16xi32, 1>, memref<16xi32>)
    air.channel.put @one[] (%l2[] [] []) : (memref<16xi32, 1>)
    air.herd @h tile (%x) in (%sx=%c1) args(%ho=%so) : memref<16xi32> {
      %l1 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @one[] (%l1[] [] []) : (memref<16xi32, 2>)
      air.dma_memcpy_nd (%ho[] [] [], %l1[] [] []) : (memref<16xi32>, memref<16xi32, 2>)
    }
  }
  return %out : memref<16xi32>
}
"""
    data = np.arange(16, dtype=np.int32) * 7 - 3
    assert (execute(program, [data]) == data).all()
