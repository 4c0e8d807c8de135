// Forms mlir-air's own passes print: a 0-d channel (`[]`, one stream) used
// without indices, and broadcast shapes with index-typed entries. They
// parse, print as given, round-trip, and lower to loops.
// RUN: aie-opt %s --split-input-file | FileCheck %s
// RUN: aie-opt %s --split-input-file -o %t.1.mlir
// RUN: aie-opt %t.1.mlir --split-input-file -o %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir
// RUN: aie-opt %s --split-input-file --verify-each --aie-air-to-loops | FileCheck %s --check-prefix=LOOPS

// CHECK-LABEL: air.channel @one []
// CHECK:       func.func @zero_d(
// CHECK:         air.channel.put @one[] (%{{.*}}[] [] [])
// CHECK:           air.channel.get @one[] (%{{.*}}[] [] [])
// LOOPS-LABEL: func.func @zero_d(
// LOOPS-NOT:     air.channel
// LOOPS:         memref.copy
air.channel @one []
func.func @zero_d(%in: memref<16xi32>, %out: memref<16xi32>) {
  air.segment @s args(%si=%in, %so=%out) : memref<16xi32>, memref<16xi32> {
    %c1 = arith.constant 1 : index
    %l2 = memref.alloc() : memref<16xi32, 1>
    air.dma_memcpy_nd (%l2[] [] [], %si[] [] []) : (memref<16xi32, 1>, memref<16xi32>)
    air.channel.put @one[] (%l2[] [] []) : (memref<16xi32, 1>)
    air.herd @h tile (%x) in (%sx=%c1) args(%ho=%so) : memref<16xi32> {
      %l1 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @one[] (%l1[] [] []) : (memref<16xi32, 2>)
      air.dma_memcpy_nd (%ho[] [] [], %l1[] [] []) : (memref<16xi32>, memref<16xi32, 2>)
    }
  }
  return
}

// -----

// CHECK: air.channel @bcast [2, 1] {broadcast_shape = [2 : index, 2 : index]}
air.channel @bcast [2, 1] {broadcast_shape = [2 : index, 2 : index]}
