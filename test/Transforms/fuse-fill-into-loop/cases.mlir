// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-fuse-fill-into-loop | FileCheck %s --check-prefix=COND
// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-fuse-fill-into-loop=mode=peel | FileCheck %s --check-prefix=PEEL

// One K loop: a plain L2 -> L1 copy is the "pack"; the unpack overwrites the
// whole view, so the L2 fill goes.
// COND-LABEL: func.func @one_loop(
// COND-NOT:     linalg.fill {{.*}}memref<8x8xi32, 1>
// COND:         scf.for %[[K:.*]] = %c0 to %c64 step %c8 {
// COND:           %[[ACC:.*]] = memref.alloc() : memref<8x8xi32, 2>
// COND-NEXT:      %[[FIRST:.*]] = arith.cmpi eq, %[[K]], %c0 : index
// COND-NEXT:      scf.if %[[FIRST]] {
// COND-NEXT:        linalg.fill ins(%{{.*}} : i32) outs(%[[ACC]] : memref<8x8xi32, 2>)
// COND-NEXT:      } else {
// COND-NEXT:        linalg.copy ins(%arg2 : memref<8x8xi32, 1>) outs(%[[ACC]] : memref<8x8xi32, 2>)
// COND-NEXT:      }
// COND-NEXT:      linalg.matmul
// PEEL-LABEL: func.func @one_loop(
// PEEL-NOT:     linalg.fill {{.*}}memref<8x8xi32, 1>
// PEEL:         %[[ACC:.*]] = memref.alloc() : memref<8x8xi32, 2>
// PEEL-NEXT:    linalg.fill ins(%{{.*}} : i32) outs(%[[ACC]] : memref<8x8xi32, 2>)
// PEEL-NEXT:    linalg.matmul
// PEEL:         scf.for %{{.*}} = %c8{{.*}} to %c64 step %c8 {
// PEEL:           linalg.copy ins(%arg2 : memref<8x8xi32, 1>)
func.func @one_loop(%A: memref<8x64xi32, 1>, %B: memref<64x8xi32, 1>, %C: memref<8x8xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0 : i32
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %c64 step %c8 {
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

// A K loop with one iteration: the fill replaces the pack in place, in both
// modes, without a condition or peeling.
// COND-LABEL: func.func @single_trip(
// COND-NOT:     scf.if
// COND:         scf.for
// COND:           linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : memref<8x8xi32, 2>)
// COND-NEXT:      linalg.matmul
// PEEL-LABEL: func.func @single_trip(
// PEEL-NOT:     linalg.fill {{.*}}memref<8x8xi32, 1>
// PEEL:         scf.for %{{.*}} = %c0 to %c8 step %c8 {
// PEEL:           linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : memref<8x8xi32, 2>)
// PEEL-NEXT:      linalg.matmul
func.func @single_trip(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0 : i32
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %c8 step %c8 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
  }
  return
}

// -----

// Another reader of the filled view in the loop: unchanged.
// COND-LABEL: func.func @other_reader(
// COND:         linalg.fill ins(%{{.*}} : i32) outs(%arg2 : memref<8x8xi32, 1>)
// COND-NOT:     scf.if
// PEEL-LABEL: func.func @other_reader(
// PEEL:         linalg.fill ins(%{{.*}} : i32) outs(%arg2 : memref<8x8xi32, 1>)
// PEEL:         scf.for %{{.*}} = %c0 to %c64
func.func @other_reader(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>, %D: memref<8x8xi32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{fill not fused into the loop: the filled buffer is also used by 'linalg.copy' in the loops}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %c64 step %c8 {
    %acc = memref.alloc() : memref<8x8xi32, 2>
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%D : memref<8x8xi32>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%acc : memref<8x8xi32, 2>)
    linalg.copy ins(%acc : memref<8x8xi32, 2>) outs(%C : memref<8x8xi32, 1>)
  }
  return
}

// -----

// No pack of the filled view into L1, and a fill on tensors: unchanged.
// COND-LABEL: func.func @nothing_to_fuse(
// COND:         linalg.fill ins(%{{.*}} : i32) outs(%arg0 : memref<8x8xi32, 1>)
// COND:         linalg.fill ins(%{{.*}} : i32) outs(%arg1 : tensor<8x8xi32>)
// PEEL-LABEL: func.func @nothing_to_fuse(
func.func @nothing_to_fuse(%C: memref<8x8xi32, 1>, %T: tensor<8x8xi32>) -> tensor<8x8xi32> {
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{fill not fused into the loop: no later pack of the filled view into L1}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  // expected-remark @+1 {{fill not fused into the loop: the fill is not on a memref}}
  %t = linalg.fill ins(%zero : i32) outs(%T : tensor<8x8xi32>) -> tensor<8x8xi32>
  return %t : tensor<8x8xi32>
}

// -----

// Dynamic trip count: the condition is still exact, but the L2 fill must stay
// (the loop may not run); peeling needs a static trip count.
// COND-LABEL: func.func @dynamic_bound(
// COND:         linalg.fill ins(%{{.*}} : i32) outs(%arg2 : memref<8x8xi32, 1>)
// COND:         scf.if
// PEEL-LABEL: func.func @dynamic_bound(
// PEEL:         linalg.fill ins(%{{.*}} : i32) outs(%arg2 : memref<8x8xi32, 1>)
// PEEL-NOT:     linalg.fill
func.func @dynamic_bound(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>, %n: index) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{}}
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

// The view is never copied back: the rewrite is still exact, the fill stays.
// COND-LABEL: func.func @no_write_back(
// COND:         linalg.fill ins(%{{.*}} : i32) outs(%arg2 : memref<8x8xi32, 1>)
// COND:         scf.if
// PEEL-LABEL: func.func @no_write_back(
// PEEL:         linalg.fill ins(%{{.*}} : i32) outs(%arg2 : memref<8x8xi32, 1>)
func.func @no_write_back(%A: memref<8x8xi32, 1>, %B: memref<8x8xi32, 1>, %C: memref<8x8xi32, 1>, %D: memref<8x8xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0 : i32
  // expected-remark @+1 {{L2 fill kept: no copy in the innermost loop overwrites the whole filled view}}
  linalg.fill ins(%zero : i32) outs(%C : memref<8x8xi32, 1>)
  scf.for %k = %c0 to %c64 step %c8 {
    linalg.copy ins(%C : memref<8x8xi32, 1>) outs(%D : memref<8x8xi32, 2>)
    linalg.matmul ins(%A, %B : memref<8x8xi32, 1>, memref<8x8xi32, 1>) outs(%D : memref<8x8xi32, 2>)
  }
  return
}
