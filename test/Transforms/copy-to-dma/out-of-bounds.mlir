// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-copy-to-dma | FileCheck %s

// Views that constants prove to leave their buffer (undefined to access), or
// views of buffers without a static identity layout, are never folded into a
// DMA: the copy stays, with a remark, and nothing else is created.

// CHECK-LABEL: func.func @offset_past_the_end(
// CHECK-NOT:     air.dma_memcpy_nd
// CHECK:         linalg.copy
func.func @offset_past_the_end(%l2: memref<8x32xi32, 1>, %l1: memref<8x8xi32, 2>) {
  %big = arith.constant 2147483647 : index
  %s = memref.subview %l2[0, %big] [8, 8] [1, 1] : memref<8x32xi32, 1> to memref<8x8xi32, strided<[32, 1], offset: ?>, 1>
  // expected-remark @+1 {{copy not converted to air.dma_memcpy_nd: the view is out of bounds: the access reaches elements 2147483647 to 2147483878 of a buffer of elements 0 to 255}}
  linalg.copy ins(%s : memref<8x8xi32, strided<[32, 1], offset: ?>, 1>) outs(%l1 : memref<8x8xi32, 2>)
  return
}

// -----

// CHECK-LABEL: func.func @negative_offset(
// CHECK-NEXT:    arith.constant -8
// CHECK-NEXT:    memref.subview
// CHECK-NEXT:    linalg.copy
// CHECK-NEXT:    return
func.func @negative_offset(%l2: memref<8x32xi32, 1>, %l1: memref<8x8xi32, 2>) {
  %neg = arith.constant -8 : index
  %s = memref.subview %l2[0, %neg] [8, 8] [1, 1] : memref<8x32xi32, 1> to memref<8x8xi32, strided<[32, 1], offset: ?>, 1>
  // expected-remark @+1 {{copy not converted to air.dma_memcpy_nd: the view is out of bounds: the access starts at element -8, before its buffer}}
  linalg.copy ins(%s : memref<8x8xi32, strided<[32, 1], offset: ?>, 1>) outs(%l1 : memref<8x8xi32, 2>)
  return
}

// -----

// The last row reads past the end although the offset is in bounds.
// CHECK-LABEL: func.func @extent_past_the_end(
// CHECK-NOT:     air.dma_memcpy_nd
func.func @extent_past_the_end(%l2: memref<8x32xi32, 1>, %l1: memref<8x8xi32, 2>) {
  %c200 = arith.constant 200 : index
  %flat = memref.collapse_shape %l2 [[0, 1]] : memref<8x32xi32, 1> into memref<256xi32, 1>
  %s = memref.subview %flat[%c200] [64] [1] : memref<256xi32, 1> to memref<64xi32, strided<[1], offset: ?>, 1>
  %e = memref.expand_shape %s [[0, 1]] output_shape [8, 8] : memref<64xi32, strided<[1], offset: ?>, 1> into memref<8x8xi32, strided<[8, 1], offset: ?>, 1>
  // expected-remark @+1 {{copy not converted to air.dma_memcpy_nd: the view is out of bounds: the access reaches elements 200 to 263 of a buffer of elements 0 to 255}}
  linalg.copy ins(%e : memref<8x8xi32, strided<[8, 1], offset: ?>, 1>) outs(%l1 : memref<8x8xi32, 2>)
  return
}

// -----

// A reinterpret_cast addresses its source from the allocation's start: the
// DMA would need the unranked buffer itself as its memref.
// CHECK-LABEL: func.func @unranked_source(
// CHECK-NOT:     air.dma_memcpy_nd
// CHECK:         memref.copy
func.func @unranked_source(%arg0: memref<*xf32>, %off: index) {
  %rc = memref.reinterpret_cast %arg0 to offset: [%off], sizes: [32, 32], strides: [64, 1] : memref<*xf32> to memref<32x32xf32, strided<[64, 1], offset: ?>>
  %l1 = memref.alloc() : memref<32x32xf32, 2>
  // expected-remark @+1 {{copy not converted to air.dma_memcpy_nd: a reinterpret_cast of a buffer that is not a static, identity-layout memref}}
  memref.copy %rc, %l1 : memref<32x32xf32, strided<[64, 1], offset: ?>> to memref<32x32xf32, 2>
  memref.dealloc %l1 : memref<32x32xf32, 2>
  return
}

// -----

// A linalg.copy that converts i8 to i32 is a computation, not a DMA.
// CHECK-LABEL: func.func @converting_copy(
// CHECK-NOT:     air.dma_memcpy_nd
// CHECK:         linalg.copy
func.func @converting_copy(%l2: memref<8x8xi8, 1>, %l1: memref<8x8xi32, 2>) {
  linalg.copy ins(%l2 : memref<8x8xi8, 1>) outs(%l1 : memref<8x8xi32, 2>)
  return
}
