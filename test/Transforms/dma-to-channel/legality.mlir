// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-dma-to-channel | FileCheck %s

// aie-dma-to-channel runs the segment side of every moved transfer before
// (reads) or after (write-backs) the whole herd, once per core instance. It
// leaves a herd unchanged, with a remark, when that is not the same program
// or cannot be enumerated; and it works on herds nested in segment loops.

// The herd writes the L3 buffer it then stages: staging ahead of the herd
// would read it before the write.
// CHECK-LABEL: func.func @stage_after_write(
// CHECK:         air.herd
// CHECK-NEXT:      air.dma_memcpy_nd (%{{.*}}[] [] [], %{{.*}}[] [] []) : (memref<16xi32>, memref<16xi32>)
// CHECK-NOT:     air.channel.get
func.func @stage_after_write(%a: memref<16xi32>, %p: memref<16xi32>, %out: memref<16xi32>) {
  air.segment @seg args(%sa=%a, %sp=%p, %so=%out) : memref<16xi32>, memref<16xi32>, memref<16xi32> {
    %c2 = arith.constant 2 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: 'air.dma_memcpy_nd' in the herd writes a buffer whose transfer would move out of the herd}}
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
  return
}

// -----

// The same herd writing a buffer that is a distinct allocation: staging may
// move, the herd keeps its own write.
// CHECK-LABEL: func.func @write_to_other_allocation(
// CHECK:         air.segment
// CHECK:           %[[P0:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<8xi32, 1>
// CHECK-NEXT:      %[[P1:.*]] = memref.alloc() {herdflow.memtile = 1 : i64} : memref<8xi32, 1>
// CHECK-NEXT:      air.dma_memcpy_nd (%[[P0]][] [] [], %{{.*}}[0] [8] [1])
// CHECK-NEXT:      air.dma_memcpy_nd (%[[P1]][] [] [], %{{.*}}[8] [8] [1])
// CHECK:           air.herd
// CHECK:             air.channel.get
// CHECK-NEXT:        air.dma_memcpy_nd
func.func @write_to_other_allocation(%a: memref<16xi32>) {
  %p = memref.alloc() : memref<16xi32>
  %q = memref.alloc() : memref<16xi32>
  air.segment @seg args(%sa=%a, %sp=%p, %sq=%q) : memref<16xi32>, memref<16xi32>, memref<16xi32> {
    %c2 = arith.constant 2 : index
    air.herd @h tile (%x) in (%sx=%c2) args(%ha=%sa, %hp=%sp, %hq=%sq) : memref<16xi32>, memref<16xi32>, memref<16xi32> {
      %l2 = memref.alloc() : memref<8xi32, 1>
      %off = affine.apply affine_map<(d0) -> (d0 * 8)>(%x)
      air.dma_memcpy_nd (%l2[] [] [], %hp[%off] [8] [1]) : (memref<8xi32, 1>, memref<16xi32>)
      %l1 = memref.alloc() : memref<8xi32, 2>
      air.dma_memcpy_nd (%l1[] [] [], %l2[] [] []) : (memref<8xi32, 2>, memref<8xi32, 1>)
      air.dma_memcpy_nd (%hq[%off] [8] [1], %l1[] [] []) : (memref<16xi32>, memref<8xi32, 2>)
      memref.dealloc %l1 : memref<8xi32, 2>
      memref.dealloc %l2 : memref<8xi32, 1>
    }
  }
  return
}

// -----

// Cores 2 and 3 would stage past the end of the 16-element buffer.
// CHECK-LABEL: func.func @per_core_out_of_bounds(
// CHECK-NOT:     air.channel.get
func.func @per_core_out_of_bounds(%a: memref<16xi32>) {
  air.segment @seg args(%sa=%a) : memref<16xi32> {
    %c4 = arith.constant 4 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: on core (2) a transfer's pattern is out of bounds: the access reaches elements 16 to 23 of a buffer of elements 0 to 15}}
    air.herd @h tile (%x) in (%sx=%c4) args(%ha=%sa) : memref<16xi32> {
      %l2 = memref.alloc() : memref<8xi32, 1>
      %off = affine.apply affine_map<(d0) -> (d0 * 8)>(%x)
      air.dma_memcpy_nd (%l2[] [] [], %ha[%off] [8] [1]) : (memref<8xi32, 1>, memref<16xi32>)
      memref.dealloc %l2 : memref<8xi32, 1>
    }
  }
  return
}

// -----

// Per-core work is bounded by the largest described array, not by the
// herd's size operand.
// CHECK-LABEL: func.func @huge_herd(
func.func @huge_herd(%a: memref<16xi32>) {
  air.segment @seg args(%sa=%a) : memref<16xi32> {
    %big = arith.constant 4611686018427387904 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: the herd is 4611686018427387904x4611686018427387904 cores, more than any described target has (32)}}
    air.herd @h tile (%x, %y) in (%sx=%big, %sy=%big) args(%ha=%sa) : memref<16xi32> {
      %l2 = memref.alloc() : memref<16xi32, 1>
      air.dma_memcpy_nd (%l2[] [] [], %ha[] [] []) : (memref<16xi32, 1>, memref<16xi32>)
      memref.dealloc %l2 : memref<16xi32, 1>
    }
  }
  return
}

// -----

// A herd inside a loop of the segment (valid AIR): the segment region is
// where the folds run, not the loop's.
// CHECK-LABEL: func.func @herd_in_loop(
// CHECK:         scf.for
// CHECK-NEXT:      %[[L2:.*]] = memref.alloc() {herdflow.memtile = 0 : i64}
// CHECK-NEXT:      air.dma_memcpy_nd (%[[L2]][] [] [], %{{.*}}[] [] [])
// CHECK-NEXT:      air.channel.put @channel_0
// CHECK:           air.herd
// CHECK:             air.channel.get @channel_0
func.func @herd_in_loop(%A: memref<64xi32>) {
  air.segment @seg args(%sa=%A) : memref<64xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    scf.for %i = %c0 to %c2 step %c1 {
      air.herd @herd tile (%tx) in (%stx=%c1) args(%b=%sa) : memref<64xi32> {
        %l2 = memref.alloc() : memref<64xi32, 1>
        air.dma_memcpy_nd (%l2[] [] [], %b[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
        %l1 = memref.alloc() : memref<64xi32, 2>
        air.dma_memcpy_nd (%l1[] [] [], %l2[] [] []) : (memref<64xi32, 2>, memref<64xi32, 1>)
        memref.dealloc %l1 : memref<64xi32, 2>
        memref.dealloc %l2 : memref<64xi32, 1>
      }
    }
  }
  return
}
