// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-hoist-pack-unpack | FileCheck %s

// A lone copy of a loop-invariant region into a buffer the loop allocates
// moves out with its allocation and dealloc; the copy of the varying region
// stays.
// CHECK-LABEL: func.func @invariant_copy(
// CHECK:         %[[INV:.*]] = memref.alloc() : memref<8x8xi32, 1>
// CHECK-NEXT:    linalg.copy ins(%{{.*}} : memref<8x8xi32, strided<[64, 1]>>) outs(%[[INV]] : memref<8x8xi32, 1>)
// CHECK-NEXT:    scf.for %[[K:.*]] =
// CHECK-NEXT:      %[[SV:.*]] = memref.subview %arg0[0, %[[K]]]
// CHECK-NEXT:      %[[VAR:.*]] = memref.alloc() : memref<8x8xi32, 1>
// CHECK-NEXT:      linalg.copy ins(%[[SV]] : {{.*}}) outs(%[[VAR]] : memref<8x8xi32, 1>)
// CHECK-NEXT:      linalg.add ins(%[[INV]], %[[VAR]] : {{.*}}) outs(%arg1 : memref<8x8xi32>)
// CHECK-NEXT:      memref.dealloc %[[VAR]]
// CHECK-NEXT:    }
// CHECK-NEXT:    memref.dealloc %[[INV]]
func.func @invariant_copy(%A: memref<8x64xi32>, %out: memref<8x8xi32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  scf.for %k = %c0 to %c64 step %c8 {
    %inv = memref.alloc() : memref<8x8xi32, 1>
    %a0 = memref.subview %A[0, 0] [8, 8] [1, 1] : memref<8x64xi32> to memref<8x8xi32, strided<[64, 1]>>
    linalg.copy ins(%a0 : memref<8x8xi32, strided<[64, 1]>>) outs(%inv : memref<8x8xi32, 1>)
    %a = memref.subview %A[0, %k] [8, 8] [1, 1] : memref<8x64xi32> to memref<8x8xi32, strided<[64, 1], offset: ?>>
    %var = memref.alloc() : memref<8x8xi32, 1>
    linalg.copy ins(%a : memref<8x8xi32, strided<[64, 1], offset: ?>>) outs(%var : memref<8x8xi32, 1>)
    linalg.add ins(%inv, %var : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%out : memref<8x8xi32>)
    memref.dealloc %var : memref<8x8xi32, 1>
    memref.dealloc %inv : memref<8x8xi32, 1>
  }
  return
}

// -----

// The loop writes the copy's source: the copy must stay.
// CHECK-LABEL: func.func @source_written(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      linalg.copy
// CHECK-NEXT:      linalg.fill
func.func @source_written(%A: memref<8x8xi32>, %v: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %k = %c0 to %c4 step %c1 {
    %l2 = memref.alloc() : memref<8x8xi32, 1>
    linalg.copy ins(%A : memref<8x8xi32>) outs(%l2 : memref<8x8xi32, 1>)
    linalg.fill ins(%v : i32) outs(%A : memref<8x8xi32>)
  }
  return
}

// -----

// The accumulator's read and write of an invariant view leave the loop
// together, the L1 buffer carried across iterations.
// CHECK-LABEL: func.func @read_write_pair(
// CHECK:         %[[L1:.*]] = memref.alloc() : memref<8x8xi32, 2>
// CHECK-NEXT:    linalg.copy ins(%arg2 : memref<8x8xi32, 1>) outs(%[[L1]] : memref<8x8xi32, 2>)
// CHECK-NEXT:    scf.for
// CHECK-NEXT:      linalg.matmul {{.*}} outs(%[[L1]] : memref<8x8xi32, 2>)
// CHECK-NEXT:    }
// CHECK-NEXT:    linalg.copy ins(%[[L1]] : memref<8x8xi32, 2>) outs(%arg2 : memref<8x8xi32, 1>)
// CHECK-NEXT:    memref.dealloc %[[L1]]
func.func @read_write_pair(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %k = %c0 to %c4 step %c1 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 2>
  }
  return
}

// -----

// Not hoisted: the view varies with the loop, the loop may not run, or
// something else in the loop reads the view.
// CHECK-LABEL: func.func @pair_must_stay(
// CHECK-COUNT-3: scf.for
// CHECK-NOT:     linalg.copy {{.*}}outs(%arg2
// CHECK:         return
func.func @pair_must_stay(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x32xi32, 1>, %n: index, %D: memref<8x8xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  scf.for %k = %c0 to %c32 step %c8 {
    %v = memref.subview %C[0, %k] [8, 8] [1, 1] : memref<8x32xi32, 1> to memref<8x8xi32, strided<[32, 1], offset: ?>, 1>
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%v : memref<8x8xi32, strided<[32, 1], offset: ?>, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%v : memref<8x8xi32, strided<[32, 1], offset: ?>, 1>)
  }
  %w = memref.subview %C[0, 0] [8, 8] [1, 1] : memref<8x32xi32, 1> to memref<8x8xi32, strided<[32, 1]>, 1>
  scf.for %k = %c0 to %n step %c1 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%w : memref<8x8xi32, strided<[32, 1]>, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%w : memref<8x8xi32, strided<[32, 1]>, 1>)
  }
  scf.for %k = %c0 to %c4 step %c1 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%w : memref<8x8xi32, strided<[32, 1]>, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%w : memref<8x8xi32, strided<[32, 1]>, 1>) outs(%D : memref<8x8xi32>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%w : memref<8x8xi32, strided<[32, 1]>, 1>)
  }
  return
}

// -----

// "fill V, then pack V into L1" becomes a fill of the L1 buffer; the L2 fill
// is dead once the unpack overwrites V; the unpack through an L1 temporary
// becomes one transpose into the expanded view.
// CHECK-LABEL: func.func @fill_pack_and_temporary(
// CHECK-NOT:     linalg.fill {{.*}}memref<8x8xi32, 1>
// CHECK:         %[[L1:.*]] = memref.alloc() : memref<2x4x4x2xi32, 2>
// CHECK-NEXT:    linalg.fill ins(%{{.*}} : i32) outs(%[[L1]] : memref<2x4x4x2xi32, 2>)
// CHECK-NEXT:    linalg.add
// CHECK-NEXT:    %[[EXP:.*]] = memref.expand_shape %[[V:.*]] {{\[\[}}0, 1], [2, 3]] output_shape [4, 2, 2, 4]
// CHECK-NEXT:    linalg.transpose ins(%[[L1]] : memref<2x4x4x2xi32, 2>) outs(%[[EXP]] : memref<4x2x2x4xi32, 1>) permutation = [2, 3, 0, 1]
// CHECK-NOT:     memref.collapse_shape
// CHECK:         return
func.func @fill_pack_and_temporary(%zero: i32) {
  %v = memref.alloc() : memref<8x8xi32, 1>
  linalg.fill ins(%zero : i32) outs(%v : memref<8x8xi32, 1>)
  %e = memref.expand_shape %v [[0, 1], [2, 3]] output_shape [4, 2, 2, 4] : memref<8x8xi32, 1> into memref<4x2x2x4xi32, 1>
  %l1 = memref.alloc() : memref<2x4x4x2xi32, 2>
  linalg.transpose ins(%e : memref<4x2x2x4xi32, 1>) outs(%l1 : memref<2x4x4x2xi32, 2>) permutation = [2, 3, 0, 1]
  linalg.add ins(%l1, %l1 : memref<2x4x4x2xi32, 2>, memref<2x4x4x2xi32, 2>) outs(%l1 : memref<2x4x4x2xi32, 2>)
  %tmp = memref.alloc() : memref<4x2x2x4xi32, 2>
  linalg.transpose ins(%l1 : memref<2x4x4x2xi32, 2>) outs(%tmp : memref<4x2x2x4xi32, 2>) permutation = [2, 3, 0, 1]
  %flat = memref.collapse_shape %tmp [[0, 1], [2, 3]] : memref<4x2x2x4xi32, 2> into memref<8x8xi32, 2>
  linalg.copy ins(%flat : memref<8x8xi32, 2>) outs(%v : memref<8x8xi32, 1>)
  memref.dealloc %tmp : memref<4x2x2x4xi32, 2>
  func.call @keep(%v) : (memref<8x8xi32, 1>) -> ()
  return
}
func.func private @keep(memref<8x8xi32, 1>)

// -----

// A write to a function argument is observable: never erased as dead.
// CHECK-LABEL: func.func @argument_writes(
// CHECK:         linalg.fill
// CHECK-NEXT:    linalg.fill
func.func @argument_writes(%out: memref<8xi32>, %a: i32, %b: i32) {
  linalg.fill ins(%a : i32) outs(%out : memref<8xi32>)
  linalg.fill ins(%b : i32) outs(%out : memref<8xi32>)
  return
}

// -----

// A buffer the loop frees twice (or anywhere but in the loop's body) cannot
// move out with its dealloc: leaving one behind freed it before the hoisted
// read. Both copies stay.
// CHECK-LABEL: func.func @freed_twice(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc() : memref<8x8xi32, 1>
// CHECK-NEXT:      linalg.copy
// CHECK-NEXT:      linalg.add
// CHECK-NEXT:      memref.dealloc
// CHECK-NEXT:      memref.dealloc
// CHECK-NEXT:    }
func.func @freed_twice(%A: memref<8x64xi32>, %out: memref<8x8xi32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  scf.for %k = %c0 to %c64 step %c8 {
    %inv = memref.alloc() : memref<8x8xi32, 1>
    %a0 = memref.subview %A[0, 0] [8, 8] [1, 1] : memref<8x64xi32> to memref<8x8xi32, strided<[64, 1]>>
    linalg.copy ins(%a0 : memref<8x8xi32, strided<[64, 1]>>) outs(%inv : memref<8x8xi32, 1>)
    linalg.add ins(%inv, %inv : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%out : memref<8x8xi32>)
    memref.dealloc %inv : memref<8x8xi32, 1>
    memref.dealloc %inv : memref<8x8xi32, 1>
  }
  return
}

// -----

// The same for a round trip through an L1 buffer freed twice in the loop.
// CHECK-LABEL: func.func @round_trip_freed_twice(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc() : memref<4x4xi32, 2>
// CHECK-NEXT:      linalg.copy
// CHECK-NEXT:      linalg.add
// CHECK-NEXT:      linalg.copy
// CHECK-NEXT:      memref.dealloc
// CHECK-NEXT:      memref.dealloc
// CHECK-NEXT:    }
func.func @round_trip_freed_twice(%acc: memref<4x4xi32>, %b: memref<4x4xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %k = %c0 to %c4 step %c1 {
    %t = memref.alloc() : memref<4x4xi32, 2>
    linalg.copy ins(%acc : memref<4x4xi32>) outs(%t : memref<4x4xi32, 2>)
    linalg.add ins(%t, %b : memref<4x4xi32, 2>, memref<4x4xi32>) outs(%t : memref<4x4xi32, 2>)
    linalg.copy ins(%t : memref<4x4xi32, 2>) outs(%acc : memref<4x4xi32>)
    memref.dealloc %t : memref<4x4xi32, 2>
    memref.dealloc %t : memref<4x4xi32, 2>
  }
  return
}

// -----

// 0-d buffers (a scalar staged L3 -> L2 -> L1): the loop-invariant copies
// hoist like any other (an unsigned rank once wrapped to 2^32 - 1 in the
// contiguity check and read past the sizes).
// CHECK-LABEL: func.func @zero_d(
// CHECK:         %[[L2:.*]] = memref.alloc() : memref<f32, 1>
// CHECK-NEXT:    linalg.copy ins(%{{.*}} : memref<f32>) outs(%[[L2]] : memref<f32, 1>)
// CHECK-NEXT:    %[[L1:.*]] = memref.alloc() : memref<f32, 2>
// CHECK-NEXT:    linalg.copy ins(%[[L2]] : memref<f32, 1>) outs(%[[L1]] : memref<f32, 2>)
// CHECK-NEXT:    scf.for
// CHECK-NEXT:      memref.load %[[L1]][]
// CHECK-NEXT:      memref.store
// CHECK-NEXT:    }
// CHECK-NEXT:    memref.dealloc %[[L1]]
// CHECK-NEXT:    memref.dealloc %[[L2]]
func.func @zero_d(%src: memref<f32>, %out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c4 step %c1 {
    %l2 = memref.alloc() : memref<f32, 1>
    linalg.copy ins(%src : memref<f32>) outs(%l2 : memref<f32, 1>)
    %l1 = memref.alloc() : memref<f32, 2>
    linalg.copy ins(%l2 : memref<f32, 1>) outs(%l1 : memref<f32, 2>)
    %v = memref.load %l1[] : memref<f32, 2>
    memref.store %v, %out[%i] : memref<4xf32>
    memref.dealloc %l1 : memref<f32, 2>
    memref.dealloc %l2 : memref<f32, 1>
  }
  return
}
