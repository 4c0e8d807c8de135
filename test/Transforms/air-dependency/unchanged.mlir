// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-air-dependency | FileCheck %s

// Already async: left as it is, with a remark.
// CHECK-LABEL: func.func @already_async(
// CHECK:         air.launch {
// CHECK-NEXT:      air.wait_all
func.func @already_async() {
  // expected-remark @below {{launch left synchronous by aie-air-dependency: it is already (partly) in the async form}}
  air.launch {
    %t = air.wait_all async
    air.wait_all [%t]
  }
  return
}

// -----

// A transfer under scf.if: only scf.for carries tokens; nothing changes.
// CHECK-LABEL: func.func @transfer_under_if(
// CHECK:         air.launch args
// CHECK:           scf.if
// CHECK-NEXT:        air.dma_memcpy_nd (
air.channel @c []
func.func @transfer_under_if(%x: memref<16xi32>, %flag: i1) {
  // expected-remark @below {{a region other than scf.for holds transfers or compute}}
  air.launch args(%lx=%x, %f=%flag) : memref<16xi32>, i1 {
    %b = memref.alloc() : memref<16xi32, 1>
    scf.if %f {
      air.dma_memcpy_nd (%b[] [] [], %lx[] [] []) : (memref<16xi32, 1>, memref<16xi32>)
    }
  }
  return
}
