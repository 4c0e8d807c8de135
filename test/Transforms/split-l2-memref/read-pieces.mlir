// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-split-l2-memref | FileCheck %s

// A segment L2 buffer filled whole from L3 and read by the herd's rows
// through channel puts in a loop (A staged once per block under L2 reuse):
// each row's reads stay in its half over every iteration, so the buffer
// becomes one piece per herd row, piece i in column i's memtile; each put
// reads its piece at the same pattern shifted by the piece's start, and the
// fill from L3 becomes one DMA per piece.
// CHECK-LABEL: func.func @rows(
// CHECK:         %[[P0:.*]] = memref.alloc() {herdflow.depth = 1 : i64, herdflow.memtile = 0 : i64} : memref<4x16xi32, 1>
// CHECK-NEXT:    %[[P1:.*]] = memref.alloc() {herdflow.depth = 1 : i64, herdflow.memtile = 1 : i64} : memref<4x16xi32, 1>
// CHECK-NOT:     memref<8x16xi32, 1>
// CHECK:         air.dma_memcpy_nd (%[[P0]][] [] [], %{{.*}}[0, 0] [4, 16] [16, 1])
// CHECK-NEXT:    air.dma_memcpy_nd (%[[P1]][] [] [], %{{.*}}[4, 0] [4, 16] [16, 1])
// CHECK-NEXT:    scf.for %[[K:.*]] =
// CHECK-NEXT:      air.channel.put @a[%{{.*}}, %{{.*}}] (%[[P0]][0, %[[K]]] [4, 8] [16, 1])
// CHECK-NEXT:      air.channel.put @a[%{{.*}}, %{{.*}}] (%[[P1]][0, %[[K]]] [4, 8] [16, 1])
// CHECK-NEXT:    }
// CHECK:         memref.dealloc %[[P0]] :
// CHECK-NEXT:    memref.dealloc %[[P1]] :
air.channel @a [1, 2] {broadcast_shape = [2, 2]}
func.func @rows(%in: memref<8x16xi32>) {
  air.segment @seg args(%i=%in) : memref<8x16xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %rows = memref.alloc() {herdflow.depth = 1 : i64} : memref<8x16xi32, 1>
    air.dma_memcpy_nd (%rows[] [] [], %i[] [] []) : (memref<8x16xi32, 1>, memref<8x16xi32>)
    scf.for %k = %c0 to %c16 step %c8 {
      air.channel.put @a[%c0, %c0] (%rows[0, %k] [4, 8] [16, 1]) : (memref<8x16xi32, 1>)
      air.channel.put @a[%c0, %c1] (%rows[4, %k] [4, 8] [16, 1]) : (memref<8x16xi32, 1>)
    }
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %h0 = arith.constant 0 : index
      %h8 = arith.constant 8 : index
      %h16 = arith.constant 16 : index
      %l1 = memref.alloc() : memref<4x8xi32, 2>
      scf.for %k = %h0 to %h16 step %h8 {
        air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x8xi32, 2>)
      }
      memref.dealloc %l1 : memref<4x8xi32, 2>
    }
    memref.dealloc %rows : memref<8x16xi32, 1>
  }
  return
}

// -----

// Over the loop, one put reads rows 0-3 and then rows 4-7: no piece holds
// all it reads, so the buffer stays whole.
// CHECK-LABEL: func.func @read_crosses_pieces(
// CHECK:         memref.alloc() : memref<8x16xi32, 1>
// CHECK-NOT:     herdflow.memtile
air.channel @a [1, 1] {broadcast_shape = [2, 2]}
func.func @read_crosses_pieces(%in: memref<8x16xi32>) {
  air.segment @seg args(%i=%in) : memref<8x16xi32> {
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c8 = arith.constant 8 : index
    %rows = memref.alloc() : memref<8x16xi32, 1>
    air.dma_memcpy_nd (%rows[] [] [], %i[] [] []) : (memref<8x16xi32, 1>, memref<8x16xi32>)
    scf.for %r = %c0 to %c8 step %c4 {
      air.channel.put @a[%c0, %c0] (%rows[%r, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>)
    }
    air.channel.put @a[%c0, %c0] (%rows[0, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>)
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %l1 = memref.alloc() : memref<4x16xi32, 2>
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x16xi32, 2>)
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x16xi32, 2>)
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x16xi32, 2>)
      memref.dealloc %l1 : memref<4x16xi32, 2>
    }
    memref.dealloc %rows : memref<8x16xi32, 1>
  }
  return
}

// -----

// A read at an offset the segment's arguments give (not a loop's bounds):
// its range is unknown, so the buffer stays whole.
// CHECK-LABEL: func.func @unknown_offset(
// CHECK:         memref.alloc() : memref<8x16xi32, 1>
// CHECK-NOT:     herdflow.memtile
air.channel @a [1, 2] {broadcast_shape = [2, 2]}
func.func @unknown_offset(%in: memref<8x16xi32>, %row: index) {
  air.segment @seg args(%i=%in, %r=%row) : memref<8x16xi32>, index {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %rows = memref.alloc() : memref<8x16xi32, 1>
    air.dma_memcpy_nd (%rows[] [] [], %i[] [] []) : (memref<8x16xi32, 1>, memref<8x16xi32>)
    air.channel.put @a[%c0, %c0] (%rows[%r, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>)
    air.channel.put @a[%c0, %c1] (%rows[4, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>)
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %l1 = memref.alloc() : memref<4x16xi32, 2>
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x16xi32, 2>)
      memref.dealloc %l1 : memref<4x16xi32, 2>
    }
    memref.dealloc %rows : memref<8x16xi32, 1>
  }
  return
}

// -----

// The segment also writes part of the buffer: not only filled whole, so it
// stays whole.
// CHECK-LABEL: func.func @partial_write(
// CHECK:         memref.alloc() : memref<8x16xi32, 1>
// CHECK-NOT:     herdflow.memtile
air.channel @a [1, 2] {broadcast_shape = [2, 2]}
func.func @partial_write(%in: memref<8x16xi32>) {
  air.segment @seg args(%i=%in) : memref<8x16xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %rows = memref.alloc() : memref<8x16xi32, 1>
    air.dma_memcpy_nd (%rows[0, 0] [4, 16] [16, 1], %i[0, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>, memref<8x16xi32>)
    air.channel.put @a[%c0, %c0] (%rows[0, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>)
    air.channel.put @a[%c0, %c1] (%rows[4, 0] [4, 16] [16, 1]) : (memref<8x16xi32, 1>)
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %l1 = memref.alloc() : memref<4x16xi32, 2>
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x16xi32, 2>)
      memref.dealloc %l1 : memref<4x16xi32, 2>
    }
    memref.dealloc %rows : memref<8x16xi32, 1>
  }
  return
}

// -----

// The offset is a value the loop carries, not its induction variable: its
// range is not the loop's bounds (rows 0 then 8), so the buffer stays whole.
// CHECK-LABEL: func.func @loop_carried_offset(
// CHECK:         memref.alloc() : memref<16x16xi32, 1>
// CHECK-NOT:     herdflow.memtile
air.channel @a [1, 2] {broadcast_shape = [2, 2]}
func.func @loop_carried_offset(%in: memref<16x16xi32>) {
  air.segment @seg args(%i=%in) : memref<16x16xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c8 = arith.constant 8 : index
    %rows = memref.alloc() : memref<16x16xi32, 1>
    air.dma_memcpy_nd (%rows[] [] [], %i[] [] []) : (memref<16x16xi32, 1>, memref<16x16xi32>)
    %end = scf.for %k = %c0 to %c2 step %c1 iter_args(%r = %c0) -> (index) {
      air.channel.put @a[%c0, %c0] (%rows[%r, 0] [4, 16] [16, 1]) : (memref<16x16xi32, 1>)
      %next = arith.addi %r, %c8 : index
      scf.yield %next : index
    }
    air.channel.put @a[%c0, %c1] (%rows[8, 0] [4, 16] [16, 1]) : (memref<16x16xi32, 1>)
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %l1 = memref.alloc() : memref<4x16xi32, 2>
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x16xi32, 2>)
      memref.dealloc %l1 : memref<4x16xi32, 2>
    }
    memref.dealloc %rows : memref<16x16xi32, 1>
  }
  return
}
