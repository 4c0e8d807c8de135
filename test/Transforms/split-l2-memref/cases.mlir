// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-split-l2-memref | FileCheck %s

// Each core of a herd of 1 row x 2 columns (sizes (2, 1): dimension 0 runs
// along the columns, as in mlir-air) writes back its 8x4 half of the accumulator: the
// L2 buffer becomes one piece per column, each write-back lands in its own
// piece, and the whole-buffer move to L3 becomes one DMA per piece.
// CHECK-LABEL: func.func @two_columns(
// CHECK:         %[[P0:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<8x4xi32, 1>
// CHECK-NEXT:    %[[P1:.*]] = memref.alloc() {herdflow.memtile = 1 : i64} : memref<8x4xi32, 1>
// CHECK-NOT:     memref<8x8xi32, 1>
// CHECK:         air.herd
// CHECK:         air.channel.get @c[%{{.*}}, %{{.*}}] (%[[P0]][0, 0] [8, 4] [4, 1])
// CHECK-NEXT:    air.channel.get @c[%{{.*}}, %{{.*}}] (%[[P1]][0, 0] [8, 4] [4, 1])
// CHECK-NEXT:    air.dma_memcpy_nd (%{{.*}}[0, 0] [8, 4] [8, 1], %[[P0]][] [] [])
// CHECK-NEXT:    air.dma_memcpy_nd (%{{.*}}[0, 4] [8, 4] [8, 1], %[[P1]][] [] [])
// CHECK-NEXT:    memref.dealloc %[[P0]]
// CHECK-NEXT:    memref.dealloc %[[P1]]
air.channel @c [2, 1]
func.func @two_columns(%out: memref<8x8xi32>) {
  air.segment @seg args(%o=%out) : memref<8x8xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %acc = memref.alloc() : memref<8x8xi32, 1>
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c1) {
      %l1 = memref.alloc() : memref<8x4xi32, 2>
      air.channel.put @c[%x, %y] (%l1[] [] []) : (memref<8x4xi32, 2>)
      memref.dealloc %l1 : memref<8x4xi32, 2>
    }
    air.channel.get @c[%c0, %c0] (%acc[0, 0] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    air.channel.get @c[%c1, %c0] (%acc[0, 4] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    air.dma_memcpy_nd (%o[] [] [], %acc[] [] []) : (memref<8x8xi32>, memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 1>
  }
  return
}

// -----

// The segment also reads the buffer through a pattern: not only whole
// moves, so it stays whole.
// CHECK-LABEL: func.func @partial_read(
// CHECK:         memref.alloc() : memref<8x8xi32, 1>
// CHECK-NOT:     herdflow.memtile
air.channel @c [2, 1]
func.func @partial_read(%out: memref<8x8xi32>) {
  air.segment @seg args(%o=%out) : memref<8x8xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %acc = memref.alloc() : memref<8x8xi32, 1>
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c1) {
      %l1 = memref.alloc() : memref<8x4xi32, 2>
      air.channel.put @c[%x, %y] (%l1[] [] []) : (memref<8x4xi32, 2>)
      memref.dealloc %l1 : memref<8x4xi32, 2>
    }
    air.channel.get @c[%c0, %c0] (%acc[0, 0] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    air.channel.get @c[%c1, %c0] (%acc[0, 4] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    air.dma_memcpy_nd (%o[0, 0] [4, 8] [8, 1], %acc[0, 0] [4, 8] [8, 1]) : (memref<8x8xi32>, memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 1>
  }
  return
}

// -----

// Per-column work is bounded by the largest described array.
func.func @huge_herd(%out: memref<8x8xi32>) {
  air.segment @seg args(%o=%out) : memref<8x8xi32> {
    %c1 = arith.constant 1 : index
    %big = arith.constant 4611686018427387904 : index
    // expected-remark @+1 {{L2 buffers not split: the herd's column count is not a constant of at most 32}}
    air.herd @h tile (%x, %y) in (%sx=%big, %sy=%c1) {
    }
  }
  return
}

// -----

// The async form (mlir-air's): each get keeps its token and dependencies;
// the whole-buffer DMA becomes one async DMA per piece after the same
// dependencies, joined by a wait_all that its users now wait for. The pieces
// keep the buffer's depth.
// CHECK-LABEL: func.func @async_form(
// CHECK:         %[[P0:.*]] = memref.alloc() {herdflow.depth = 1 : i64, herdflow.memtile = 0 : i64} : memref<8x4xi32, 1>
// CHECK-NEXT:    %[[P1:.*]] = memref.alloc() {herdflow.depth = 1 : i64, herdflow.memtile = 1 : i64} : memref<8x4xi32, 1>
// CHECK:         %[[G0:.*]] = air.channel.get async @c[%{{.*}}, %{{.*}}] (%[[P0]][0, 0] [8, 4] [4, 1])
// CHECK-NEXT:    %[[G1:.*]] = air.channel.get async [%[[G0]]] @c[%{{.*}}, %{{.*}}] (%[[P1]][0, 0] [8, 4] [4, 1])
// CHECK:         %[[D0:.*]] = air.dma_memcpy_nd async [%[[G1]]] (%{{.*}}[0, 0] [8, 4] [8, 1], %[[P0]][] [] [])
// CHECK:         %[[D1:.*]] = air.dma_memcpy_nd async [%[[G1]]] (%{{.*}}[{{.*}}4] [8, 4] [8, 1], %[[P1]][] [] [])
// CHECK-NEXT:    %[[W:.*]] = air.wait_all async [%[[D0]], %[[D1]]]
// CHECK-NEXT:    air.wait_all [%[[W]]]
air.channel @c [2, 1]
func.func @async_form(%out: memref<8x8xi32>) {
  air.segment @seg args(%o=%out) : memref<8x8xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %acc = memref.alloc() {herdflow.depth = 1 : i64} : memref<8x8xi32, 1>
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c1) {
      %l1 = memref.alloc() : memref<8x4xi32, 2>
      air.channel.put @c[%x, %y] (%l1[] [] []) : (memref<8x4xi32, 2>)
      memref.dealloc %l1 : memref<8x4xi32, 2>
    }
    %g0 = air.channel.get async @c[%c0, %c0] (%acc[0, 0] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    %g1 = air.channel.get async [%g0] @c[%c1, %c0] (%acc[0, 4] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    %d = air.dma_memcpy_nd async [%g1] (%o[] [] [], %acc[] [] []) : (memref<8x8xi32>, memref<8x8xi32, 1>)
    air.wait_all [%d]
    memref.dealloc %acc : memref<8x8xi32, 1>
  }
  return
}

// -----

// A 0-d buffer has nothing to split: it stays whole (a write-back pattern
// with a size on a 0-d buffer once indexed its strides past the end).
// CHECK-LABEL: func.func @zero_d_buffer(
// CHECK:         memref.alloc() : memref<f32, 1>
// CHECK-NOT:     herdflow.memtile
// CHECK:         air.channel.get @c[%{{.*}}, %{{.*}}] (%{{.*}}[] [1] [1]) : (memref<f32, 1>)
air.channel @c [2, 1]
func.func @zero_d_buffer(%out: memref<f32>) {
  air.segment @seg args(%o=%out) : memref<f32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %acc = memref.alloc() : memref<f32, 1>
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c1) {
      %l1 = memref.alloc() : memref<f32, 2>
      air.channel.put @c[%x, %y] (%l1[] [] []) : (memref<f32, 2>)
      memref.dealloc %l1 : memref<f32, 2>
    }
    air.channel.get @c[%c0, %c0] (%acc[] [1] [1]) : (memref<f32, 1>)
    air.channel.get @c[%c1, %c0] (%acc[] [] []) : (memref<f32, 1>)
    air.dma_memcpy_nd (%o[] [] [], %acc[] [] []) : (memref<f32>, memref<f32, 1>)
    memref.dealloc %acc : memref<f32, 1>
  }
  return
}

// -----

// A write-back from column 2^62 of a 2-column herd (a constant index beyond
// the channel, whose piece offset wraps around to 0 in 64 bits): it names
// no piece, so the buffer stays whole.
// CHECK-LABEL: func.func @column_beyond_herd(
// CHECK:         memref.alloc() : memref<8x8xi32, 1>
// CHECK-NOT:     herdflow.memtile
air.channel @c [2, 1]
func.func @column_beyond_herd(%out: memref<8x8xi32>) {
  air.segment @seg args(%o=%out) : memref<8x8xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %cbig = arith.constant 4611686018427387904 : index
    %acc = memref.alloc() : memref<8x8xi32, 1>
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c1) {
      %l1 = memref.alloc() : memref<8x4xi32, 2>
      air.channel.put @c[%x, %y] (%l1[] [] []) : (memref<8x4xi32, 2>)
      memref.dealloc %l1 : memref<8x4xi32, 2>
    }
    air.channel.get @c[%c0, %c0] (%acc[0, 0] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    air.channel.get @c[%cbig, %c0] (%acc[0, 0] [8, 4] [8, 1]) : (memref<8x8xi32, 1>)
    air.dma_memcpy_nd (%o[] [] [], %acc[] [] []) : (memref<8x8xi32>, memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 1>
  }
  return
}
