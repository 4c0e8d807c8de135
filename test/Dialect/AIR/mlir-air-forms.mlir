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
// LOOPS-NOT:     air.channel.{{put|get}} @
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

// -----

// An offset list shorter than the sizes: the missing leading offsets are 0,
// so the copy reads rows 32..95 of %l3 (offset 32 along the rows' stride).
// CHECK-LABEL: func.func @short_offsets(
// CHECK:         air.dma_memcpy_nd (%{{.*}}[] [] [], %{{.*}}[%{{.*}}] [64, 64] [256, 1])
// LOOPS-LABEL: func.func @short_offsets(
// LOOPS-NOT:     air.dma_memcpy_nd
// LOOPS:         %[[C32:.*]] = arith.constant 32 : index
// LOOPS:         arith.addi %[[C32]],
// LOOPS:         memref.reinterpret_cast %{{.*}} to offset: [%{{.*}}], sizes: [64, 64], strides: [256, 1]
// LOOPS-NEXT:    memref.copy
func.func @short_offsets(%l2: memref<64x64xi32, 1>, %l3: memref<256x256xi32>) {
  %c32 = arith.constant 32 : index
  air.dma_memcpy_nd (%l2[] [] [], %l3[%c32] [64, 64] [256, 1]) : (memref<64x64xi32, 1>, memref<256x256xi32>)
  return
}

// -----

// More indices than the channel's rank: the extra ones are 0 and ignored.
// CHECK-LABEL: air.channel @g [2]
// CHECK:       func.func @extra_indices(
// CHECK:         air.channel.put @g[%[[C1:.*]], %[[C0:.*]]] (
// CHECK:         air.channel.get @g[%[[C1]], %[[C0]]] (
// LOOPS-LABEL: func.func @extra_indices(
// LOOPS-NOT:     air.channel.{{put|get}} @
// LOOPS-NOT:     cf.assert {{.*}} past the rank
// LOOPS:         return
air.channel @g [2]
func.func @extra_indices(%in: memref<16xi32>, %out: memref<16xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  air.channel.put @g[%c1, %c0] (%in[] [] []) : (memref<16xi32>)
  air.channel.get @g[%c1, %c0] (%out[] [] []) : (memref<16xi32>)
  return
}

// -----

// An extra index that is not a constant: the lowered program asserts it is 0.
// LOOPS-LABEL: func.func @dynamic_extra_index(
// LOOPS:         cf.assert %{{.*}}, "an index past the rank of @d is not 0"
air.channel @d [2]
func.func @dynamic_extra_index(%in: memref<16xi32>, %out: memref<16xi32>, %i: index) {
  %c1 = arith.constant 1 : index
  air.channel.put @d[%c1, %i] (%in[] [] []) : (memref<16xi32>)
  air.channel.get @d[%c1, %i] (%out[] [] []) : (memref<16xi32>)
  return
}
