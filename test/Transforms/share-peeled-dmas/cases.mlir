// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-share-peeled-dmas | FileCheck %s

// A peeled first iteration: its channels share with the loop's (renamed,
// the later declarations erased). Folding the peeled transfers back into
// the loop is aie-unpeel-transfers' job: they stay.
// CHECK-LABEL: air.channel @a [1]
// CHECK-NOT:   air.channel @a_loop
// CHECK-LABEL: func.func @peeled_first(
// CHECK:         air.segment
// CHECK:           air.channel.put @a[%c0] (%{{.*}}[0] [16] [1])
// CHECK-NEXT:      scf.for %[[I:.*]] = %c1 to %c4 step %c1 {
// CHECK-NEXT:        air.channel.put @a[%c0] (%{{.*}}[%[[I]]] [16] [1])
// CHECK-NEXT:      }
// CHECK:           air.herd
// CHECK:             air.channel.get @a[%{{.*}}] (%[[L1:.*]][] [] [])
// CHECK-NEXT:        linalg.fill
// CHECK-NEXT:        scf.for
// CHECK-NEXT:          air.channel.get @a[%{{.*}}] (%[[L1]][] [] [])
// CHECK-NEXT:          linalg.fill
air.channel @a [1]
air.channel @a_loop [1]
func.func @peeled_first(%l2: memref<64xi32, 1>) {
  air.segment @s args(%b=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.channel.put @a[%c0] (%b[0] [16] [1]) : (memref<64xi32, 1>)
    scf.for %i = %c1 to %c4 step %c1 {
      air.channel.put @a_loop[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.herd @h tile (%x) in (%sx=%c1) {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %four = arith.constant 4 : index
      %v = arith.constant 7 : i32
      %l1 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      linalg.fill ins(%v : i32) outs(%l1 : memref<16xi32, 2>)
      scf.for %i = %one to %four step %one {
        air.channel.get @a_loop[%x] (%l1[] [] []) : (memref<16xi32, 2>)
        linalg.fill ins(%v : i32) outs(%l1 : memref<16xi32, 2>)
      }
    }
  }
  return
}

// -----

// A peeled last iteration shares the loop's channel too, on both sides.
// CHECK-LABEL: air.channel @a [1]
// CHECK-NOT:   air.channel @a_last
// CHECK-LABEL: func.func @peeled_last(
// CHECK:         scf.for %[[I:.*]] = %c0 to %c3 step %c1 {
// CHECK-NEXT:      air.channel.put @a[%c0] (%{{.*}}[%[[I]]] [16] [1])
// CHECK-NEXT:    }
// CHECK-NEXT:    air.channel.put @a[%c0]
// CHECK:         air.herd
// CHECK:           scf.for
// CHECK-NEXT:        air.channel.get @a[
// CHECK-NEXT:      }
// CHECK-NEXT:      air.channel.get @a[
air.channel @a [1]
air.channel @a_last [1]
func.func @peeled_last(%l2: memref<64xi32, 1>) {
  air.segment @s args(%b=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    %c3i = arith.constant 3 : index
    scf.for %i = %c0 to %c3 step %c1 {
      air.channel.put @a[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.channel.put @a_last[%c0] (%b[%c3i] [16] [1]) : (memref<64xi32, 1>)
    air.herd @h tile (%x) in (%sx=%c1) {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %three = arith.constant 3 : index
      %l1 = memref.alloc() : memref<16xi32, 2>
      scf.for %i = %z to %three step %one {
        air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      }
      air.channel.get @a_last[%x] (%l1[] [] []) : (memref<16xi32, 2>)
    }
  }
  return
}

// -----

// Shaped like Xilinx/mlir-air#1508: two sibling loops stream the same L2
// buffer, refilled between them (two phases with different data). They may
// share a hardware channel (one after the other): both loops and both
// puts stay.
// CHECK-LABEL: func.func @sibling_loops_refilled(
// CHECK-NOT:     scf.for {{.*}} to %c8
// CHECK:         air.dma_memcpy_nd
// CHECK-NEXT:    scf.for
// CHECK-NEXT:      air.channel.put @phase1[%c0] (%[[BUF:.*]][%{{.*}}] [16] [1])
// CHECK-NEXT:    }
// CHECK-NEXT:    air.dma_memcpy_nd
// CHECK-NEXT:    scf.for
// CHECK-NEXT:      air.channel.put @phase1[%c0] (%[[BUF]][%{{.*}}] [16] [1])
// CHECK-NEXT:    }
// CHECK-NOT:     air.channel.put
// CHECK:         air.herd
// CHECK:           scf.for
// CHECK-NEXT:        air.channel.get @phase1
// CHECK:           scf.for
// CHECK-NEXT:        air.channel.get @phase1
air.channel @phase1 [1]
air.channel @phase2 [1]
func.func @sibling_loops_refilled(%gate: memref<64xi32>, %up: memref<64xi32>, %l2: memref<64xi32, 1>) {
  air.segment @s args(%g=%gate, %u=%up, %b=%l2) : memref<64xi32>, memref<64xi32>, memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.dma_memcpy_nd (%b[] [] [], %g[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @phase1[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.dma_memcpy_nd (%b[] [] [], %u[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @phase2[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.herd @h tile (%x) in (%sx=%c1) {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %four = arith.constant 4 : index
      %l1 = memref.alloc() : memref<16xi32, 2>
      scf.for %i = %z to %four step %one {
        air.channel.get @phase1[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      }
      scf.for %i = %z to %four step %one {
        air.channel.get @phase2[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      }
    }
  }
  return
}

// -----

// Channels used in the same loop are in flight together: not shared. Nor
// are channels whose streams start in different memtiles.
// CHECK-LABEL: air.channel @x [1]
// CHECK-NEXT:  air.channel @y [1]
// CHECK-NEXT:  air.channel @z [1]
// CHECK-LABEL: func.func @not_shared(
// CHECK:         air.channel.put @x
// CHECK:         air.channel.put @y
// CHECK:         air.channel.put @z
air.channel @x [1]
air.channel @y [1]
air.channel @z [1]
func.func @not_shared() {
  air.segment @s {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %b0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<16xi32, 1>
    %b1 = memref.alloc() {herdflow.memtile = 1 : i64} : memref<16xi32, 1>
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @x[%c0] (%b0[] [] []) : (memref<16xi32, 1>)
      air.channel.put @y[%c0] (%b0[] [] []) : (memref<16xi32, 1>)
    }
    air.channel.put @z[%c0] (%b1[] [] []) : (memref<16xi32, 1>)
    %c2 = arith.constant 2 : index
    air.herd @h tile (%t) in (%st=%c1) {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %four = arith.constant 4 : index
      %l1 = memref.alloc() : memref<16xi32, 2>
      scf.for %i = %z to %four step %one {
        air.channel.get @x[%t] (%l1[] [] []) : (memref<16xi32, 2>)
        air.channel.get @y[%t] (%l1[] [] []) : (memref<16xi32, 2>)
      }
      air.channel.get @z[%t] (%l1[] [] []) : (memref<16xi32, 2>)
    }
  }
  return
}

// -----

// One after the other with the same endpoints, but i8 then i32 elements (a
// matmul's i8 B then an epilogue's i32 bias): a channel carries one element
// type, so they stay apart.
// CHECK-LABEL: air.channel @b [1]
// CHECK-NEXT:  air.channel @bias [1]
// CHECK-LABEL: func.func @different_element_types(
// CHECK:         air.channel.put @b
// CHECK:         air.channel.put @bias
// CHECK:         air.channel.get @b
// CHECK:         air.channel.get @bias
air.channel @b [1]
air.channel @bias [1]
func.func @different_element_types() {
  air.segment @s {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %b = memref.alloc() : memref<64xi8, 1>
    %bias = memref.alloc() : memref<16xi32, 1>
    air.channel.put @b[%c0] (%b[] [] []) : (memref<64xi8, 1>)
    air.channel.put @bias[%c0] (%bias[] [] []) : (memref<16xi32, 1>)
    air.herd @h tile (%t) in (%st=%c1) {
      %l1b = memref.alloc() : memref<64xi8, 2>
      %l1bias = memref.alloc() : memref<16xi32, 2>
      air.channel.get @b[%t] (%l1b[] [] []) : (memref<64xi8, 2>)
      air.channel.get @bias[%t] (%l1bias[] [] []) : (memref<16xi32, 2>)
    }
  }
  return
}

// -----

// The segment's peeled L3 -> L2 DMA shares the shim channel of its loop's.
// CHECK-LABEL: func.func @segment_dmas(
// CHECK:         air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = 0 : i64}
// CHECK:         scf.for
// CHECK-NEXT:      air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = 0 : i64}
func.func @segment_dmas(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %b = memref.alloc() : memref<16xi32, 1>
    air.dma_memcpy_nd (%b[] [] [], %sa[0] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
    scf.for %i = %c1 to %c4 step %c1 {
      air.dma_memcpy_nd (%b[] [] [], %sa[%i] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
    }
  }
  return
}

// -----

// Three streams into one memtile: A's two halves loaded once before the loop
// over tiles, and B's slices in the two read loops (the first reads A's
// first half, the second its second). Each pair runs one before the other,
// but a channel serves its phases in order: A's second half shares with the
// loop that reads it, so B's first slices never queue behind data the
// second loop needs.
// CHECK-LABEL: func.func @phases_in_need_order(
// CHECK:         air.dma_memcpy_nd (%[[A0:.*]][] [] [], {{.*}}) {herdflow.dma_channel = [[SECOND:[0-9]+]] : i64}
// CHECK-NEXT:    air.dma_memcpy_nd (%[[A1:.*]][] [] [], {{.*}}) {herdflow.dma_channel = [[SECOND]] : i64}
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK-NEXT:        air.dma_memcpy_nd (%[[B:.*]][] [] [], {{.*}}) :
// CHECK-NEXT:        air.channel.put @a[] (%[[A0]]
// CHECK:           scf.for
// CHECK-NEXT:        air.dma_memcpy_nd (%[[B]][] [] [], {{.*}}) {herdflow.dma_channel = [[SECOND]] : i64}
// CHECK-NEXT:        air.channel.put @a[] (%[[A1]]
air.channel @a [1]
air.channel @b [1]
func.func @phases_in_need_order(%a: memref<64x64xi32>, %b: memref<64x64xi32>) {
  air.segment @s args(%sa=%a, %sb=%b) : memref<64x64xi32>, memref<64x64xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %a0 = memref.alloc() : memref<16x32xi32, 1>
    %a1 = memref.alloc() : memref<16x32xi32, 1>
    %bs = memref.alloc() : memref<16x16xi32, 1>
    air.dma_memcpy_nd (%a0[] [] [], %sa[0, 0] [16, 32] [64, 1]) : (memref<16x32xi32, 1>, memref<64x64xi32>)
    air.dma_memcpy_nd (%a1[] [] [], %sa[0, 32] [16, 32] [64, 1]) : (memref<16x32xi32, 1>, memref<64x64xi32>)
    scf.for %n = %c0 to %c4 step %c1 {
      scf.for %k = %c0 to %c2 step %c1 {
        air.dma_memcpy_nd (%bs[] [] [], %sb[%k, %n] [16, 16] [64, 1]) : (memref<16x16xi32, 1>, memref<64x64xi32>)
        air.channel.put @a[] (%a0[%k, 0] [16, 16] [32, 1]) : (memref<16x32xi32, 1>)
        air.channel.put @b[] (%bs[] [] []) : (memref<16x16xi32, 1>)
      }
      scf.for %k = %c2 to %c4 step %c1 {
        air.dma_memcpy_nd (%bs[] [] [], %sb[%k, %n] [16, 16] [64, 1]) : (memref<16x16xi32, 1>, memref<64x64xi32>)
        air.channel.put @a[] (%a1[%k, 0] [16, 16] [32, 1]) : (memref<16x32xi32, 1>)
        air.channel.put @b[] (%bs[] [] []) : (memref<16x16xi32, 1>)
      }
    }
  }
  return
}

// -----

// Need order would pair the first and third streams (the second is needed
// before the first) and leave the second on a channel of its own; program
// order puts all three on one. The merge with fewer channels wins: the
// schedule has to fit before it can run well.
// CHECK-LABEL: func.func @fewer_channels_over_need_order(
// CHECK:         air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = 0 : i64}
// CHECK-NEXT:    air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = 0 : i64}
// CHECK-NEXT:    air.channel.put
// CHECK-NEXT:    air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = 0 : i64}
air.channel @to_herd [1]
func.func @fewer_channels_over_need_order(%p: memref<32xi32>, %q: memref<32xi32>, %r: memref<32xi32>) {
  air.segment @s args(%sp=%p, %sq=%q, %sr=%r) : memref<32xi32>, memref<32xi32>, memref<32xi32> {
    %lp = memref.alloc() : memref<8xi32, 1>
    %lq = memref.alloc() : memref<8xi32, 1>
    %lr = memref.alloc() : memref<8xi32, 1>
    air.dma_memcpy_nd (%lp[] [] [], %sp[0] [8] [1]) : (memref<8xi32, 1>, memref<32xi32>)
    air.dma_memcpy_nd (%lq[] [] [], %sq[8] [8] [1]) : (memref<8xi32, 1>, memref<32xi32>)
    air.channel.put @to_herd[] (%lq[] [] []) : (memref<8xi32, 1>)
    air.dma_memcpy_nd (%lr[] [] [], %sr[16] [8] [1]) : (memref<8xi32, 1>, memref<32xi32>)
    air.channel.put @to_herd[] (%lp[] [] []) : (memref<8xi32, 1>)
    air.channel.put @to_herd[] (%lr[] [] []) : (memref<8xi32, 1>)
  }
  return
}

// -----

// The next use of a buffer is found through its views: A's second half is
// read through a subview made before the loop, and still joins the second
// read loop's stream.
// CHECK-LABEL: func.func @need_through_views(
// CHECK:         air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = [[SECOND:[0-9]+]] : i64}
// CHECK-NEXT:    air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = [[SECOND]] : i64}
// CHECK:         scf.for
// CHECK-NEXT:      scf.for
// CHECK-NEXT:        air.dma_memcpy_nd {{.*}}[%{{.*}}] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
// CHECK:           scf.for
// CHECK-NEXT:        air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = [[SECOND]] : i64}
air.channel @h [1]
func.func @need_through_views(%a: memref<64xi32>, %b: memref<64xi32>) {
  air.segment @s args(%sa=%a, %sb=%b) : memref<64xi32>, memref<64xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %a0 = memref.alloc() : memref<32xi32, 1>
    %a1 = memref.alloc() : memref<32xi32, 1>
    %a1_tail = memref.subview %a1[16] [16] [1] : memref<32xi32, 1> to memref<16xi32, strided<[1], offset: 16>, 1>
    %b0 = memref.alloc() : memref<16xi32, 1>
    %b1 = memref.alloc() : memref<16xi32, 1>
    air.dma_memcpy_nd (%a0[] [] [], %sa[0] [32] [1]) : (memref<32xi32, 1>, memref<64xi32>)
    air.dma_memcpy_nd (%a1[] [] [], %sa[32] [32] [1]) : (memref<32xi32, 1>, memref<64xi32>)
    scf.for %n = %c0 to %c2 step %c1 {
      scf.for %k = %c0 to %c2 step %c1 {
        air.dma_memcpy_nd (%b0[] [] [], %sb[%k] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
        air.channel.put @h[] (%a0[] [] []) : (memref<32xi32, 1>)
        air.channel.put @h[] (%b0[] [] []) : (memref<16xi32, 1>)
      }
      scf.for %k = %c0 to %c2 step %c1 {
        air.dma_memcpy_nd (%b1[] [] [], %sb[%k] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
        air.channel.put @h[] (%a1_tail[] [] []) : (memref<16xi32, strided<[1], offset: 16>, 1>)
        air.channel.put @h[] (%b1[] [] []) : (memref<16xi32, 1>)
      }
    }
  }
  return
}
