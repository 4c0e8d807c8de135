// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-fuse-fill-into-loop=mode=peel | FileCheck %s
// RUN: aie-opt %s --verify-each --split-input-file --aie-fuse-fill-into-loop=mode=conditional 2>&1 | FileCheck %s --check-prefix=COND

// K loops that verify but have no first iteration to peel (zero trips), are
// undefined (step <= 0) or too large to peel exactly: the fill and the loop
// stay as they are, with a remark, in both modes where it applies.

// CHECK-LABEL: func.func @zero_trips(
// CHECK-NEXT:    arith.constant
// CHECK-NEXT:    arith.constant
// CHECK-NEXT:    arith.constant
// CHECK-NEXT:    linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : memref<8x8xi32, 1>)
// CHECK-NEXT:    scf.for
// CHECK-NOT:     linalg.fill
// The conditional form needs no first iteration: it fuses and keeps the L2
// fill, since the loop is not proven to run.
// COND-LABEL: remark: L2 fill kept: a loop of the nest is not proven to run
func.func @zero_trips(%A: memref<8x64xi32, 1>, %B: memref<64x8xi32, 1>, %C: memref<8x8xi32, 1>) {
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{fill not fused into the loop: a K loop runs zero times: there is no first iteration}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c64 to %c64 step %c8 {
    %a = memref.subview %A[0, %k] [8, 8] [1, 1] : memref<8x64xi32, 1> to memref<8x8xi32, strided<[64, 1], offset: ?>, 1>
    %b = memref.subview %B[%k, 0] [8, 8] [1, 1] : memref<64x8xi32, 1> to memref<8x8xi32, strided<[8, 1], offset: ?>, 1>
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%a, %b : memref<8x8xi32, strided<[64, 1], offset: ?>, 1>, memref<8x8xi32, strided<[8, 1], offset: ?>, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 2>
  }
  return
}

// -----

// CHECK-LABEL: func.func @negative_step(
// CHECK:         linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : memref<8x8xi32, 1>)
// CHECK-NEXT:    scf.for
// CHECK-NOT:     scf.if
// COND:          remark: fill not fused into the loop: a K loop has a step <= 0
// COND-LABEL:    func.func @negative_step(
// COND-NOT:      scf.if
func.func @negative_step(%A: memref<8x64xi32, 1>, %B: memref<64x8xi32, 1>, %C: memref<8x8xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c64 = arith.constant 64 : index
  %cm32 = arith.constant -32 : index
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{fill not fused into the loop: a K loop has a step <= 0}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %c64 step %cm32 {
    %a = memref.subview %A[0, %k] [8, 8] [1, 1] : memref<8x64xi32, 1> to memref<8x8xi32, strided<[64, 1], offset: ?>, 1>
    %b = memref.subview %B[%k, 0] [8, 8] [1, 1] : memref<64x8xi32, 1> to memref<8x8xi32, strided<[8, 1], offset: ?>, 1>
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%a, %b : memref<8x8xi32, strided<[64, 1], offset: ?>, 1>, memref<8x8xi32, strided<[8, 1], offset: ?>, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 2>
  }
  return
}

// -----

// Two trips whose distance does not fit in int64_t: upstream peeling would
// overflow computing it.
// CHECK-LABEL: func.func @huge_bounds(
// CHECK:         linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : memref<8x8xi32, 1>)
// CHECK-NEXT:    scf.for
// Conditional mode compares the induction variable: nothing to overflow.
// COND-LABEL: func.func @huge_bounds(
// COND:         scf.if
func.func @huge_bounds(%C: memref<8x8xi32, 1>) {
  %lb = arith.constant -4611686018427387904 : index
  %ub = arith.constant 4611686018427387904 : index
  %step = arith.constant 4611686018427387904 : index
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{fill not fused into the loop: a K loop's bounds are too large to peel exactly}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %lb to %ub step %step {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
    memref.dealloc %acc : memref<8x8xi32, 2>
  }
  return
}
