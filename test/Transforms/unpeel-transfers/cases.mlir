// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-unpeel-transfers=target=npu1 | FileCheck %s

// A peeled first iteration: the segment's transfer-only loop takes the
// peeled put back and starts one step earlier; the herd's loop, which also
// computes, keeps its peeled get.
// CHECK-LABEL: func.func @peeled_first(
// CHECK:         air.segment
// CHECK-NOT:       air.channel.put
// CHECK:           scf.for %[[I:.*]] = %c0{{.*}} to %c4 step %c1 {
// CHECK-NEXT:        air.channel.put @a[%c0] (%{{.*}}[%[[I]]] [16] [1])
// CHECK-NEXT:      }
// CHECK:           air.herd
// CHECK:             air.channel.get @a[%{{.*}}] (%[[L1:.*]][] [] [])
// CHECK-NEXT:        linalg.fill
// CHECK-NEXT:        scf.for
// CHECK-NEXT:          air.channel.get @a[%{{.*}}] (%[[L1]][] [] [])
// CHECK-NEXT:          linalg.fill
air.channel @a [1]
func.func @peeled_first(%l2: memref<64xi32, 1>) {
  air.segment @s args(%b=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.channel.put @a[%c0] (%b[0] [16] [1]) : (memref<64xi32, 1>)
    scf.for %i = %c1 to %c4 step %c1 {
      air.channel.put @a[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.herd @h tile (%x) in (%sx=%c1) {
      %one = arith.constant 1 : index
      %four = arith.constant 4 : index
      %v = arith.constant 7 : i32
      %l1 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      linalg.fill ins(%v : i32) outs(%l1 : memref<16xi32, 2>)
      scf.for %i = %one to %four step %one {
        air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
        linalg.fill ins(%v : i32) outs(%l1 : memref<16xi32, 2>)
      }
    }
  }
  return
}

// -----

// A peeled last iteration folds back too, on both sides (both loops hold
// only transfers): the loops end one step later.
// CHECK-LABEL: func.func @peeled_last(
// CHECK:         %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT:    scf.for %[[I:.*]] = %c0 to %[[C4]] step %c1 {
// CHECK-NEXT:      air.channel.put @a[%c0] (%{{.*}}[%[[I]]] [16] [1])
// CHECK-NEXT:    }
// CHECK-NOT:     air.channel.put
// CHECK:         air.herd
// CHECK:           %[[H4:.*]] = arith.constant 4 : index
// CHECK-NEXT:      scf.for %{{.*}} = %{{.*}} to %[[H4]]
// CHECK-NEXT:        air.channel.get @a[
// CHECK-NEXT:      }
// CHECK-NOT:       air.channel.get
air.channel @a [1]
func.func @peeled_last(%l2: memref<64xi32, 1>) {
  air.segment @s args(%b=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c3 = arith.constant 3 : index
    scf.for %i = %c0 to %c3 step %c1 {
      air.channel.put @a[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.channel.put @a[%c0] (%b[%c3] [16] [1]) : (memref<64xi32, 1>)
    air.herd @h tile (%x) in (%sx=%c1) {
      %z = arith.constant 0 : index
      %one = arith.constant 1 : index
      %three = arith.constant 3 : index
      %l1 = memref.alloc() : memref<16xi32, 2>
      scf.for %i = %z to %three step %one {
        air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      }
      air.channel.get @a[%x] (%l1[] [] []) : (memref<16xi32, 2>)
    }
  }
  return
}

// -----

// Shaped like Xilinx/mlir-air#1508: two sibling loops stream one L2 buffer,
// refilled between them (two phases with different data) and sharing a
// channel. Neither loop takes the other's puts: both loops stay as they are.
// CHECK-LABEL: func.func @sibling_loops_refilled(
// CHECK-NOT:     scf.for {{.*}} to %c8
// CHECK:         air.dma_memcpy_nd
// CHECK-NEXT:    scf.for %{{.*}} = %c0 to %c4
// CHECK-NEXT:      air.channel.put @phase1[%c0] (%[[BUF:.*]][%{{.*}}] [16] [1])
// CHECK-NEXT:    }
// CHECK-NEXT:    air.dma_memcpy_nd
// CHECK-NEXT:    scf.for %{{.*}} = %c0 to %c4
// CHECK-NEXT:      air.channel.put @phase1[%c0] (%[[BUF]][%{{.*}}] [16] [1])
// CHECK-NEXT:    }
// CHECK-NOT:     air.channel.put
air.channel @phase1 [1]
func.func @sibling_loops_refilled(%gate: memref<64xi32>, %up: memref<64xi32>, %l2: memref<64xi32, 1>) {
  air.segment @s args(%g=%gate, %u=%up, %b=%l2) : memref<64xi32>, memref<64xi32>, memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.dma_memcpy_nd (%b[] [] [], %g[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64xi32, 1>, memref<64xi32>)
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @phase1[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.dma_memcpy_nd (%b[] [] [], %u[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64xi32, 1>, memref<64xi32>)
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @phase1[%c0] (%b[%i] [16] [1]) : (memref<64xi32, 1>)
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
        air.channel.get @phase1[%x] (%l1[] [] []) : (memref<16xi32, 2>)
      }
    }
  }
  return
}

// -----

// The loop would be a fifth dimension of a 4-D memtile pattern: the peeled
// put stays, with a remark naming the limit and its source.
// CHECK-LABEL: func.func @over_dimension_limit(
// CHECK:         air.channel.put @a[%c0] (%{{.*}}[0, 0, 0, 0] [2, 2, 2, 2] [64, 16, 4, 1])
// CHECK-NEXT:    scf.for %{{.*}} = %c1 to %c4
// CHECK-NEXT:      air.channel.put @a[%c0]
air.channel @a [1]
func.func @over_dimension_limit(%l2: memref<4x64xi32, 1>) {
  air.segment @s args(%m=%l2) : memref<4x64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.channel.put @a[%c0] (%m[0, 0, 0, 0] [2, 2, 2, 2] [64, 16, 4, 1]) : (memref<4x64xi32, 1>)
    // expected-remark @below {{peeled transfers not folded into the loop: access pattern needs 5 dimensions after merging contiguous ones; a npu1 memtile DMA has 4}}
    scf.for %i = %c1 to %c4 step %c1 {
      air.channel.put @a[%c0] (%m[%i, 0, 0, 0] [2, 2, 2, 2] [64, 16, 4, 1]) : (memref<4x64xi32, 1>)
    }
  }
  return
}

// -----

// The loop dimension's stride (the offset moves 1 << 21 elements per step)
// is past the memtile's stride limit: no fold.
// CHECK-LABEL: func.func @over_stride_limit(
// CHECK:         air.channel.put @a[%c0] (%{{.*}}[0] [16] [1])
// CHECK-NEXT:    scf.for %{{.*}} = %c1 to %c2
air.channel @a [1]
func.func @over_stride_limit(%l2: memref<4194304xi32, 1>) {
  air.segment @s args(%m=%l2) : memref<4194304xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %far = arith.constant 2097152 : index
    air.channel.put @a[%c0] (%m[0] [16] [1]) : (memref<4194304xi32, 1>)
    // expected-remark @below {{peeled transfers not folded into the loop: access pattern stride of 2097152 words exceeds the npu1 memtile DMA limit of}}
    scf.for %i = %c1 to %c2 step %c1 {
      %o = arith.muli %i, %far : index
      air.channel.put @a[%c0] (%m[%o] [16] [1]) : (memref<4194304xi32, 1>)
    }
  }
  return
}

// -----

// Contiguous with the loop: the offset advances 128 elements per step,
// the span of the pattern's outermost dimension, so the loop dimension
// merges into it and a pattern already at the memtile's 4 dimensions folds.
// CHECK-LABEL: func.func @merges_with_loop(
// CHECK-NOT:     air.channel.put
// CHECK:         scf.for %[[I:.*]] = %c0{{.*}} to %c4 step %c1 {
// CHECK-NEXT:      %[[O:.*]] = arith.muli %[[I]]
// CHECK-NEXT:      air.channel.put @a[%c0] (%{{.*}}[%[[O]], 0, 0, 0] [2, 2, 2, 2] [64, 16, 4, 1])
// CHECK-NEXT:    }
air.channel @a [1]
func.func @merges_with_loop(%l2: memref<512xi32, 1>) {
  air.segment @s args(%m=%l2) : memref<512xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    air.channel.put @a[%c0] (%m[0, 0, 0, 0] [2, 2, 2, 2] [64, 16, 4, 1]) : (memref<512xi32, 1>)
    scf.for %i = %c1 to %c4 step %c1 {
      %o = arith.muli %i, %c2 : index
      air.channel.put @a[%c0] (%m[%o, 0, 0, 0] [2, 2, 2, 2] [64, 16, 4, 1]) : (memref<512xi32, 1>)
    }
  }
  return
}

// -----

// The peeled put is not the loop's iteration at lb - step (another
// offset): nothing changes, and no remark.
// CHECK-LABEL: func.func @not_an_iteration(
// CHECK:         air.channel.put @a[%c0] (%{{.*}}[5] [16] [1])
// CHECK-NEXT:    scf.for %{{.*}} = %c1 to %c4
air.channel @a [1]
func.func @not_an_iteration(%l2: memref<64xi32, 1>) {
  air.segment @s args(%m=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    air.channel.put @a[%c0] (%m[5] [16] [1]) : (memref<64xi32, 1>)
    scf.for %i = %c1 to %c4 step %c1 {
      air.channel.put @a[%c0] (%m[%i] [16] [1]) : (memref<64xi32, 1>)
    }
  }
  return
}

// -----

// A loop whose bound after the fold would overflow int64 stays.
// CHECK-LABEL: func.func @bound_overflow(
// CHECK:         scf.for
// CHECK-NEXT:      air.channel.put
// CHECK-NEXT:    }
// CHECK-NEXT:    air.channel.put
air.channel @a [1]
func.func @bound_overflow(%l2: memref<64xi32, 1>) {
  air.segment @s args(%m=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %lb = arith.constant 9223372036854775806 : index
    %ub = arith.constant 9223372036854775807 : index
    %c1 = arith.constant 1 : index
    scf.for %i = %lb to %ub step %c1 {
      air.channel.put @a[%c0] (%m[0] [16] [1]) : (memref<64xi32, 1>)
    }
    air.channel.put @a[%c0] (%m[0] [16] [1]) : (memref<64xi32, 1>)
  }
  return
}

// -----

// Async transfers order through their tokens: the peeled put's token is
// waited for, so nothing is folded.
// CHECK-LABEL: func.func @async_peeled(
// CHECK:         %[[T:.*]] = air.channel.put async @a[%c0] (%{{.*}}[0] [16] [1])
// CHECK-NEXT:    scf.for %{{.*}} = %c1 to %c4
// CHECK:         air.wait_all [%[[T]]]
air.channel @a [1]
func.func @async_peeled(%l2: memref<64xi32, 1>) {
  air.segment @s args(%m=%l2) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %t = air.channel.put async @a[%c0] (%m[0] [16] [1]) : (memref<64xi32, 1>)
    scf.for %i = %c1 to %c4 step %c1 {
      air.channel.put @a[%c0] (%m[%i] [16] [1]) : (memref<64xi32, 1>)
    }
    air.wait_all [%t]
  }
  return
}
