"""Programs that passes used to miscompile (valid IR the front end does not
make): each runs on the CPU before and after the pass, with the same result.
The lit tests next to each pass check the IR; these check the numbers."""

from __future__ import annotations

import numpy as np

from herdflow.passes import run_passes
from herdflow.runner import execute

# The herd writes the L3 buffer it then stages into L2 (every core the same
# data): staging in the segment, ahead of the herd, read it before the write.
STAGE_AFTER_WRITE = """
func.func @stage_after_write(%a: memref<16xi32>) -> memref<16xi32> {
  %p = memref.alloc() : memref<16xi32>
  %out = memref.alloc() : memref<16xi32>
  %c1 = arith.constant 1 : index
  air.launch (%lx) in (%lsx=%c1) args(%la=%a, %lp=%p, %lo=%out) : memref<16xi32>, memref<16xi32>, memref<16xi32> {
    air.segment @seg args(%sa=%la, %sp=%lp, %so=%lo) : memref<16xi32>, memref<16xi32>, memref<16xi32> {
      %c2 = arith.constant 2 : index
      air.herd @h tile (%x) in (%sx=%c2) args(%ha=%sa, %hp=%sp, %ho=%so) : memref<16xi32>, memref<16xi32>, memref<16xi32> {
        air.dma_memcpy_nd (%hp[] [] [], %ha[] [] []) : (memref<16xi32>, memref<16xi32>)
        %l2 = memref.alloc() : memref<8xi32, 1>
        %off = affine.apply affine_map<(d0) -> (d0 * 8)>(%x)
        air.dma_memcpy_nd (%l2[] [] [], %hp[%off] [8] [1]) : (memref<8xi32, 1>, memref<16xi32>)
        %l1 = memref.alloc() : memref<8xi32, 2>
        air.dma_memcpy_nd (%l1[] [] [], %l2[] [] []) : (memref<8xi32, 2>, memref<8xi32, 1>)
        air.dma_memcpy_nd (%ho[%off] [8] [1], %l1[] [] []) : (memref<16xi32>, memref<8xi32, 2>)
        memref.dealloc %l1 : memref<8xi32, 2>
        memref.dealloc %l2 : memref<8xi32, 1>
      }
    }
  }
  return %out : memref<16xi32>
}
"""


def test_dma_to_channel_keeps_staging_after_the_herd_write_it_reads() -> None:
    a = np.arange(1, 17, dtype=np.int32)
    after = run_passes(STAGE_AFTER_WRITE, "aie-dma-to-channel")
    assert (execute(STAGE_AFTER_WRITE, [a]) == a).all()
    assert (execute(after, [a]) == a).all()


# The guard fills the accumulator on the first two iterations: hoisting the
# round trip out of the loop evaluated the guard once and lost the second
# fill.
GUARD_TWO_ITERATIONS = """
func.func @guard(%V: memref<4x4xi32, 1>, %B: memref<4x4xi32, 2>) -> memref<4x4xi32, 1> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i32
  scf.for %k = %c0 to %c4 step %c1 {
    %x = memref.alloc() : memref<4x4xi32, 2>
    %early = arith.cmpi ult, %k, %c2 : index
    scf.if %early {
      linalg.fill ins(%zero : i32) outs(%x : memref<4x4xi32, 2>)
    } else {
      linalg.copy ins(%V : memref<4x4xi32, 1>) outs(%x : memref<4x4xi32, 2>)
    }
    linalg.add ins(%x, %B : memref<4x4xi32, 2>, memref<4x4xi32, 2>) outs(%x : memref<4x4xi32, 2>)
    linalg.copy ins(%x : memref<4x4xi32, 2>) outs(%V : memref<4x4xi32, 1>)
    memref.dealloc %x : memref<4x4xi32, 2>
  }
  return %V : memref<4x4xi32, 1>
}
"""


def test_hoisting_keeps_a_guard_that_fills_on_more_than_the_first_iteration() -> None:
    v = np.full((4, 4), 100, dtype=np.int32)
    b = np.arange(16, dtype=np.int32).reshape(4, 4)
    # Iterations 0 and 1 start from zero, 2 and 3 accumulate: 3 * B.
    expected = 3 * b
    after = run_passes(GUARD_TWO_ITERATIONS, "aie-hoist-pack-unpack")
    assert (execute(GUARD_TWO_ITERATIONS, [v.copy(), b]) == expected).all()
    assert (execute(after, [v.copy(), b]) == expected).all()


# Two cores split one non-broadcast stream per phase: each core takes one
# message of each phase. Merging the two channels handed core 0 both
# messages of phase 1.
SPLIT_STREAM = """
air.channel @phase1 [1]
air.channel @phase2 [1]
func.func @split(%a: memref<64xi32>) -> memref<2x2x16xi32> {
  %out = memref.alloc() : memref<2x2x16xi32>
  air.segment @seg args(%sa=%a, %so=%out) : memref<64xi32>, memref<2x2x16xi32> {
    %c2 = arith.constant 2 : index
    %l2 = memref.alloc() : memref<64xi32, 1>
    air.dma_memcpy_nd (%l2[] [] [], %sa[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    air.channel.put @phase1[] (%l2[0] [16] [1]) : (memref<64xi32, 1>)
    air.channel.put @phase1[] (%l2[16] [16] [1]) : (memref<64xi32, 1>)
    air.channel.put @phase2[] (%l2[32] [16] [1]) : (memref<64xi32, 1>)
    air.channel.put @phase2[] (%l2[48] [16] [1]) : (memref<64xi32, 1>)
    air.herd @h tile (%x) in (%sx=%c2) args(%ho=%so) : memref<2x2x16xi32> {
      %b0 = memref.alloc() : memref<16xi32, 2>
      %b1 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @phase1[] (%b0[] [] []) : (memref<16xi32, 2>)
      air.channel.get @phase2[] (%b1[] [] []) : (memref<16xi32, 2>)
      air.dma_memcpy_nd (%ho[%x, 0, 0] [1, 1, 16] [32, 16, 1], %b0[] [] []) : (memref<2x2x16xi32>, memref<16xi32, 2>)
      air.dma_memcpy_nd (%ho[%x, 1, 0] [1, 1, 16] [32, 16, 1], %b1[] [] []) : (memref<2x2x16xi32>, memref<16xi32, 2>)
      memref.dealloc %b0 : memref<16xi32, 2>
      memref.dealloc %b1 : memref<16xi32, 2>
    }
    memref.dealloc %l2 : memref<64xi32, 1>
  }
  return %out : memref<2x2x16xi32>
}
"""


def test_sharing_keeps_the_messages_each_core_receives_from_a_split_stream() -> None:
    a = np.arange(64, dtype=np.int32)
    before = execute(SPLIT_STREAM, [a])
    after = execute(run_passes(SPLIT_STREAM, "aie-share-peeled-dmas"), [a])
    assert (before == after).all()


# A peeled first and last put around a transfer-only loop, with the core
# taking one message per step: unpeeling folds both ends into the loop (the
# loop then runs from 0 to 4), and the core still sees the same four
# messages in order.
PEELED_BOTH_ENDS = """
air.channel @a [1]
func.func @peeled(%in: memref<64xi32>) -> memref<4x16xi32> {
  %out = memref.alloc() : memref<4x16xi32>
  air.segment @seg args(%si=%in, %so=%out) : memref<64xi32>, memref<4x16xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %c16 = arith.constant 16 : index
    %l2 = memref.alloc() : memref<64xi32, 1>
    air.dma_memcpy_nd (%l2[] [] [], %si[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    air.channel.put @a[%c0] (%l2[0] [16] [1]) : (memref<64xi32, 1>)
    scf.for %i = %c1 to %c3 step %c1 {
      %o = arith.muli %i, %c16 : index
      air.channel.put @a[%c0] (%l2[%o] [16] [1]) : (memref<64xi32, 1>)
    }
    %last = arith.constant 48 : index
    air.channel.put @a[%c0] (%l2[%last] [16] [1]) : (memref<64xi32, 1>)
    air.herd @h tile (%x) in (%sx=%c1) args(%ho=%so) : memref<4x16xi32> {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %four = arith.constant 4 : index
      %l1 = memref.alloc() : memref<16xi32, 2>
      scf.for %j = %z to %four step %one {
        air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
        air.dma_memcpy_nd (%ho[%j, 0] [1, 16] [16, 1], %l1[] [] []) : (memref<4x16xi32>, memref<16xi32, 2>)
      }
      memref.dealloc %l1 : memref<16xi32, 2>
    }
    memref.dealloc %l2 : memref<64xi32, 1>
  }
  return %out : memref<4x16xi32>
}
"""


def test_unpeeling_keeps_the_message_order() -> None:
    a = np.arange(64, dtype=np.int32) * 3 - 50
    unpeeled = run_passes(PEELED_BOTH_ENDS, "aie-unpeel-transfers{target=npu1}")
    assert unpeeled.count("air.channel.put") == 1  # both peeled puts folded
    expected = a.reshape(4, 16)
    assert (execute(PEELED_BOTH_ENDS, [a]) == expected).all()
    assert (execute(unpeeled, [a]) == expected).all()


def test_pack_peel_loop_order_is_normalized_and_computes_the_same() -> None:
    """iree-amd-aie's loop order (the K loop outside a one-core forall, the L1
    accumulator the block's) through aie-sink-reduction-loop-into-herd alone
    and through the whole pipeline in both fill modes: the same product as
    the input, bit for bit."""
    from conftest import REPO

    from herdflow.passes import streaming_k

    source = (REPO / "test" / "Inputs" / "pack-peel-order-1core.mlir").read_text()
    rng = np.random.default_rng(7)
    a = rng.integers(-1000, 1000, (64, 64), dtype=np.int32)
    b = rng.integers(-1000, 1000, (64, 64), dtype=np.int32)
    expected = execute(source, [a, b])
    assert (expected == a @ b).all()
    sunk = run_passes(source, "aie-sink-reduction-loop-into-herd")
    assert sunk.index("scf.forall (%arg4, %arg5) in (1, 1)") < sunk.index("scf.for %")
    assert (execute(sunk, [a, b]) == expected).all()
    for fill_mode in ("conditional", "peel"):
        final = streaming_k(source, "npu1", fill_mode)
        assert "air.herd" in final and "air.channel.get" in final
        assert (execute(final, [a, b]) == expected).all(), fill_mode


# A transposed i8 A (stored K x M, 64 x 32) packed into L1 as
# [M/4][K/16][4][16]: the innermost dimension (K) strides across the stored
# rows, so aie-legalize-narrow-packs splits the pack into a transfer of whole
# rows of M (4 bytes) and a transpose in L1.
NARROW_TRANSPOSED_PACK = """
func.func @narrow_pack(%a: memref<64x32xi8>) -> memref<8x4x4x16xi8> {
  %l2 = memref.alloc() : memref<64x32xi8, 1>
  memref.copy %a, %l2 : memref<64x32xi8> to memref<64x32xi8, 1>
  %e = memref.expand_shape %l2 [[0, 1], [2, 3]] output_shape [4, 16, 8, 4] : memref<64x32xi8, 1> into memref<4x16x8x4xi8, 1>
  %l1 = memref.alloc() : memref<8x4x4x16xi8, 2>
  linalg.transpose ins(%e : memref<4x16x8x4xi8, 1>) outs(%l1 : memref<8x4x4x16xi8, 2>) permutation = [2, 0, 3, 1]
  %out = memref.alloc() : memref<8x4x4x16xi8>
  memref.copy %l1, %out : memref<8x4x4x16xi8, 2> to memref<8x4x4x16xi8>
  return %out : memref<8x4x4x16xi8>
}
"""


def test_legalize_narrow_packs_keeps_the_packed_layout() -> None:
    """The split pack (a whole-row transfer into a staging buffer, then a
    transpose in L1) puts every element where the single transpose did."""
    a = np.arange(64 * 32, dtype=np.int64).astype(np.int8).reshape(64, 32)
    after = run_passes(NARROW_TRANSPOSED_PACK, "func.func(aie-legalize-narrow-packs)")
    assert after.count("linalg.transpose") == 2
    before = execute(NARROW_TRANSPOSED_PACK, [a])
    assert (before == a.reshape(4, 16, 8, 4).transpose(2, 0, 3, 1)).all()
    assert (execute(after, [a]) == before).all()
