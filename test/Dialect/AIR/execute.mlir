// air.execute, mlir-air's async wrapper around ordinary ops: parses in the
// forms mlir-air prints (with and without dependencies, results and
// attributes), prints the same way, round-trips, and lowers to loops.
// RUN: aie-opt %s --split-input-file | FileCheck %s
// RUN: aie-opt %s --split-input-file -o %t.1.mlir
// RUN: aie-opt %t.1.mlir --split-input-file -o %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir
// RUN: aie-opt %s --split-input-file --verify-each --aie-air-to-loops | FileCheck %s --check-prefix=LOOPS
// RUN: aie-opt %s --split-input-file --verify-each --canonicalize -o /dev/null

// CHECK-LABEL: func.func @async_form(
// CHECK:         %[[T0:.*]], %[[BUF:.*]] = air.execute -> (memref<16xi32, 2>) {
// CHECK-NEXT:      %[[A:.*]] = memref.alloc() : memref<16xi32, 2>
// CHECK-NEXT:      air.execute_terminator %[[A]] : memref<16xi32, 2>
// CHECK-NEXT:    } {id = 1 : i32}
// CHECK:         %[[T1:.*]] = air.dma_memcpy_nd async [%[[T0]]] (%[[BUF]][] [] [], %{{.*}}[] [] [])
// CHECK:         %[[T2:.*]] = air.execute [%[[T1]]] {
// CHECK-NEXT:      linalg.fill
// CHECK-NEXT:    }
// CHECK:         air.execute [%[[T2]]] {
// CHECK-NEXT:      memref.dealloc %[[BUF]]
// CHECK-NEXT:    }
// LOOPS-LABEL: func.func @async_form(
// LOOPS-NOT:     air.
// LOOPS:         memref.alloc() : memref<16xi32, 2>
// LOOPS:         linalg.fill
// LOOPS:         memref.dealloc
func.func @async_form(%in: memref<16xi32>) {
  %c7 = arith.constant 7 : i32
  %async_token, %results = air.execute -> (memref<16xi32, 2>) {
    %alloc = memref.alloc() : memref<16xi32, 2>
    air.execute_terminator %alloc : memref<16xi32, 2>
  } {id = 1 : i32}
  %0 = air.dma_memcpy_nd async [%async_token] (%results[] [] [], %in[] [] []) : (memref<16xi32, 2>, memref<16xi32>)
  %1 = air.execute [%0] {
    linalg.fill ins(%c7 : i32) outs(%results : memref<16xi32, 2>)
  }
  %2 = air.execute [%1] {
    memref.dealloc %results : memref<16xi32, 2>
  }
  air.wait_all [%2]
  return
}

// -----

// Two values and an empty dependency list, as mlir-air prints them.
// CHECK-LABEL: func.func @two_values(
// CHECK:         %{{.*}}, %{{.*}}:2 = air.execute -> (index, index) {
// CHECK:           air.execute_terminator %{{.*}}, %{{.*}} : index, index
func.func @two_values(%n: index) -> index {
  %t, %a, %b = air.execute [] -> (index, index) {
    %c1 = arith.constant 1 : index
    %s = arith.addi %n, %c1 : index
    air.execute_terminator %s, %c1 : index, index
  }
  air.wait_all [%t]
  return %a : index
}
