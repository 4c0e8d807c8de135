// RUN: aie-opt %s --split-input-file --verify-each --verify-diagnostics --aie-fuse-fill-into-loop | FileCheck %s
// RUN: aie-opt %s --split-input-file --verify-each --aie-hoist-pack-unpack -o /dev/null


// A dynamic trip count that ValueBoundsConstraintSet proves positive
// (%n + 8 > 0 for an index %n >= 0 from memref.dim): the fill goes.
// CHECK-LABEL: func.func @proven_bound(
// CHECK-NOT:     linalg.fill {{.*}}memref<8x8xi32, 1>
// CHECK:         scf.if
func.func @proven_bound(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>, %D: memref<?xi32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0 : i32
  %d = memref.dim %D, %c0 : memref<?xi32>
  %n = arith.addi %d, %c8 : index
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %n step %c8 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
  }
  return
}

// -----

// memref.dim of dimension 1 of a rank-1 memref verifies (it is undefined
// only when it runs) and makes ValueBoundsConstraintSet assert: such a bound
// is not analyzed, so the trip count is not proven and the fill stays.
// CHECK-LABEL: func.func @dim_out_of_range(
// CHECK:         linalg.fill {{.*}}memref<8x8xi32, 1>
// CHECK-NEXT:    scf.for
func.func @dim_out_of_range(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>, %D: memref<?xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0 : i32
  %d = memref.dim %D, %c1 : memref<?xi32>
  %n = arith.addi %d, %c8 : index
  // expected-remark @below {{L2 fill kept: a loop of the nest is not proven to run}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %n step %c8 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
  }
  return
}
