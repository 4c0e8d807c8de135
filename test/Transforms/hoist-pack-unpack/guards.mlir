// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-hoist-pack-unpack | FileCheck %s

// The accumulator's round trip under a guard leaves the loop only when the
// guard provably selects the fill on the first iteration and the read on
// every later one; otherwise the loop is left exactly as it was (no alloc
// moved out ahead of a failure).

// A guard read from memory: not computable before the loop.
// CHECK-LABEL: func.func @guard_from_load(
// CHECK:         scf.for
// CHECK-NEXT:      %[[X:.*]] = memref.alloc() : memref<8x8xi32, 2>
// CHECK-NEXT:      memref.load
// CHECK-NEXT:      scf.if
// CHECK:           linalg.matmul
// CHECK-NEXT:      linalg.copy ins(%[[X]]
// CHECK-NEXT:      memref.dealloc %[[X]]
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @guard_from_load(%V: memref<8x8xi32, 1>, %flags: memref<4xi1>, %B: memref<8x8xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i32
  scf.for %k = %c0 to %c4 step %c1 {
    %x = memref.alloc() : memref<8x8xi32, 2>
    %first = memref.load %flags[%k] : memref<4xi1>
    scf.if %first {
      linalg.fill ins(%zero : i32) outs(%x : memref<8x8xi32, 2>)
    } else {
      linalg.copy ins(%V : memref<8x8xi32, 1>) outs(%x : memref<8x8xi32, 2>)
    }
    linalg.matmul ins(%B, %B : memref<8x8xi32, 2>, memref<8x8xi32, 2>) outs(%x : memref<8x8xi32, 2>)
    linalg.copy ins(%x : memref<8x8xi32, 2>) outs(%V : memref<8x8xi32, 1>)
    memref.dealloc %x : memref<8x8xi32, 2>
  }
  return
}

// -----

// The guard fills on the first two iterations: hoisting would skip the
// second fill.
// CHECK-LABEL: func.func @guard_two_iterations(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      arith.cmpi ult
// CHECK-NEXT:      scf.if
func.func @guard_two_iterations(%V: memref<8x8xi32, 1>, %B: memref<8x8xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i32
  scf.for %k = %c0 to %c4 step %c1 {
    %x = memref.alloc() : memref<8x8xi32, 2>
    %early = arith.cmpi ult, %k, %c2 : index
    scf.if %early {
      linalg.fill ins(%zero : i32) outs(%x : memref<8x8xi32, 2>)
    } else {
      linalg.copy ins(%V : memref<8x8xi32, 1>) outs(%x : memref<8x8xi32, 2>)
    }
    linalg.matmul ins(%B, %B : memref<8x8xi32, 2>, memref<8x8xi32, 2>) outs(%x : memref<8x8xi32, 2>)
    linalg.copy ins(%x : memref<8x8xi32, 2>) outs(%V : memref<8x8xi32, 1>)
    memref.dealloc %x : memref<8x8xi32, 2>
  }
  return
}

// -----

// Reversed branches: the read on the first iteration, the fill on the others.
// CHECK-LABEL: func.func @guard_reversed(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      arith.cmpi eq
// CHECK-NEXT:      scf.if
func.func @guard_reversed(%V: memref<8x8xi32, 1>, %B: memref<8x8xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i32
  scf.for %k = %c0 to %c4 step %c1 {
    %x = memref.alloc() : memref<8x8xi32, 2>
    %first = arith.cmpi eq, %k, %c0 : index
    scf.if %first {
      linalg.copy ins(%V : memref<8x8xi32, 1>) outs(%x : memref<8x8xi32, 2>)
    } else {
      linalg.fill ins(%zero : i32) outs(%x : memref<8x8xi32, 2>)
    }
    linalg.matmul ins(%B, %B : memref<8x8xi32, 2>, memref<8x8xi32, 2>) outs(%x : memref<8x8xi32, 2>)
    linalg.copy ins(%x : memref<8x8xi32, 2>) outs(%V : memref<8x8xi32, 1>)
    memref.dealloc %x : memref<8x8xi32, 2>
  }
  return
}

// -----

// The first-iteration guard, written `lb == iv` and and-ed with an
// invariant condition: the pair leaves the loop, the guard folds to its fill.
// CHECK-LABEL: func.func @guard_first_iteration(
// CHECK:         %[[X:.*]] = memref.alloc() : memref<8x8xi32, 2>
// CHECK:         scf.if %arg2 {
// CHECK-NEXT:      linalg.fill
// CHECK-NEXT:    } else {
// CHECK-NEXT:      linalg.copy
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.for
// CHECK-NEXT:      linalg.matmul
// CHECK-NEXT:    }
// CHECK-NEXT:    linalg.copy ins(%[[X]]
// CHECK-NEXT:    memref.dealloc %[[X]]
func.func @guard_first_iteration(%V: memref<8x8xi32, 1>, %B: memref<8x8xi32, 2>, %outer_first: i1) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i32
  scf.for %k = %c0 to %c4 step %c1 {
    %x = memref.alloc() : memref<8x8xi32, 2>
    %first = arith.cmpi eq, %c0, %k : index
    %both = arith.andi %outer_first, %first : i1
    scf.if %both {
      linalg.fill ins(%zero : i32) outs(%x : memref<8x8xi32, 2>)
    } else {
      linalg.copy ins(%V : memref<8x8xi32, 1>) outs(%x : memref<8x8xi32, 2>)
    }
    linalg.matmul ins(%B, %B : memref<8x8xi32, 2>, memref<8x8xi32, 2>) outs(%x : memref<8x8xi32, 2>)
    linalg.copy ins(%x : memref<8x8xi32, 2>) outs(%V : memref<8x8xi32, 1>)
    memref.dealloc %x : memref<8x8xi32, 2>
  }
  return
}

// -----

// The unpack's L1 temporary is freed twice in its block: the fold through
// the temporary removes every dealloc with it (it used to assert).
// CHECK-LABEL: func.func @temporary_two_deallocs(
// CHECK:         %[[E:.*]] = memref.expand_shape %{{.*}} {{\[\[}}0, 1], [2, 3]] output_shape [8, 4, 4, 8]
// CHECK-NEXT:    linalg.transpose ins(%{{.*}} : memref<4x8x4x8xi32, 2>) outs(%[[E]] : {{.*}}) permutation = [1, 2, 0, 3]
// CHECK-NOT:     memref.dealloc %{{.*}} : memref<8x4x4x8xi32, 2>
// CHECK:         return
func.func @temporary_two_deallocs(%l1: memref<4x8x4x8xi32, 2>, %l2: memref<32x32xi32, 1>) {
  %tmp = memref.alloc() : memref<8x4x4x8xi32, 2>
  linalg.transpose ins(%l1 : memref<4x8x4x8xi32, 2>) outs(%tmp : memref<8x4x4x8xi32, 2>) permutation = [1, 2, 0, 3]
  %c = memref.collapse_shape %tmp [[0, 1], [2, 3]] : memref<8x4x4x8xi32, 2> into memref<32x32xi32, 2>
  linalg.copy ins(%c : memref<32x32xi32, 2>) outs(%l2 : memref<32x32xi32, 1>)
  memref.dealloc %tmp : memref<8x4x4x8xi32, 2>
  memref.dealloc %tmp : memref<8x4x4x8xi32, 2>
  return
}

// -----

// The temporary is freed before the copy reads it: undefined, left alone.
// CHECK-LABEL: func.func @temporary_freed_early(
// CHECK:         linalg.transpose
// CHECK-NEXT:    memref.collapse_shape
// CHECK-NEXT:    memref.dealloc
// CHECK-NEXT:    linalg.copy
func.func @temporary_freed_early(%l1: memref<4x8x4x8xi32, 2>, %l2: memref<32x32xi32, 1>) {
  %tmp = memref.alloc() : memref<8x4x4x8xi32, 2>
  linalg.transpose ins(%l1 : memref<4x8x4x8xi32, 2>) outs(%tmp : memref<8x4x4x8xi32, 2>) permutation = [1, 2, 0, 3]
  %c = memref.collapse_shape %tmp [[0, 1], [2, 3]] : memref<8x4x4x8xi32, 2> into memref<32x32xi32, 2>
  memref.dealloc %tmp : memref<8x4x4x8xi32, 2>
  linalg.copy ins(%c : memref<32x32xi32, 2>) outs(%l2 : memref<32x32xi32, 1>)
  return
}

// -----

// The buffer a repeated copy fills is read before that copy: reusing the
// earlier buffer would move its uses ahead of the earlier buffer's
// definition (found by the fuzzer). Both copies stay.
// CHECK-LABEL: func.func @fresh_buffer_used_before(
// CHECK:         %[[B:.*]] = memref.alloc() : memref<4x8x4x4xf32, 2>
// CHECK:         linalg.transpose ins(%[[B]]
// CHECK:         linalg.transpose ins(%{{.*}} : {{.*}}) outs(%[[A:.*]] : memref<4x8x4x4xf32, 2>)
// CHECK:         linalg.transpose ins(%{{.*}} : {{.*}}) outs(%[[B]] : memref<4x8x4x4xf32, 2>)
func.func @fresh_buffer_used_before(%l2: memref<32x16xf32, 1>, %out: memref<8x4x4x4xf32, 2>) {
  %b = memref.alloc() : memref<4x8x4x4xf32, 2>
  linalg.transpose ins(%b : memref<4x8x4x4xf32, 2>) outs(%out : memref<8x4x4x4xf32, 2>) permutation = [1, 2, 0, 3]
  %e = memref.expand_shape %l2 [[0, 1], [2, 3]] output_shape [8, 4, 4, 4] : memref<32x16xf32, 1> into memref<8x4x4x4xf32, 1>
  %a = memref.alloc() : memref<4x8x4x4xf32, 2>
  linalg.transpose ins(%e : memref<8x4x4x4xf32, 1>) outs(%a : memref<4x8x4x4xf32, 2>) permutation = [2, 0, 1, 3]
  linalg.transpose ins(%e : memref<8x4x4x4xf32, 1>) outs(%b : memref<4x8x4x4xf32, 2>) permutation = [2, 0, 1, 3]
  return
}
