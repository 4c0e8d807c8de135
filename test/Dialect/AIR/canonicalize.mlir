// RUN: aie-opt %s -canonicalize -split-input-file | FileCheck %s

// Constant SSA offsets, sizes and strides fold into literals, the canonical
// form of an access pattern; SSA values that are not constants stay.
// CHECK-LABEL: func.func @fold_dma(
// CHECK-SAME:      %[[A:.*]]: memref<64x256xi32>, %[[B:.*]]: memref<32x32xi32, 2>, %[[I:.*]]: index)
// CHECK-NEXT:  air.dma_memcpy_nd (%[[B]][] [] [], %[[A]][%[[I]], 0] [32, 32] [256, 1]) : (memref<32x32xi32, 2>, memref<64x256xi32>)
// CHECK-NEXT:  return
func.func @fold_dma(%a: memref<64x256xi32>, %b: memref<32x32xi32, 2>, %i: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c256 = arith.constant 256 : index
  air.dma_memcpy_nd (%b[] [] [], %a[%i, %c0] [%c32, %c32] [%c256, %c1]) : (memref<32x32xi32, 2>, memref<64x256xi32>)
  return
}

// -----

// Both sides fold; the async form is kept.
// CHECK-LABEL: func.func @fold_both_sides(
// CHECK:       %[[T:.*]] = air.dma_memcpy_nd async (%{{.*}}[0, 0] [32, 32] [32, 1], %{{.*}}[0, 0] [32, 32] [256, 1]) : (memref<32x32xi32, 2>, memref<64x256xi32>)
// CHECK-NEXT:  air.wait_all [%[[T]]]
func.func @fold_both_sides(%a: memref<64x256xi32>, %b: memref<32x32xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c256 = arith.constant 256 : index
  %t = air.dma_memcpy_nd async (%b[%c0, %c0] [%c32, %c32] [%c32, %c1], %a[%c0, %c0] [%c32, %c32] [%c256, %c1]) : (memref<32x32xi32, 2>, memref<64x256xi32>)
  air.wait_all [%t]
  return
}

// -----

// Invalid constants are not folded into literals the verifier would reject.
// CHECK-LABEL: func.func @keep_invalid_constants(
// CHECK:       %[[ZERO:.*]] = arith.constant 0 : index
// CHECK:       air.channel.put @chan[] (%{{.*}}[0] [%[[ZERO]]] [1]) : (memref<16xi32, 1>)
// CHECK:       air.channel.get @chan[] (%{{.*}}[0] [16] [1]) : (memref<16xi32, 2>)
air.channel @chan [1]
func.func @keep_invalid_constants(%m: memref<16xi32, 1>, %n: memref<16xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  air.channel.put @chan[] (%m[%c0] [%c0] [%c1]) : (memref<16xi32, 1>)
  air.channel.get @chan[] (%n[%c0] [%c16] [%c1]) : (memref<16xi32, 2>)
  return
}
