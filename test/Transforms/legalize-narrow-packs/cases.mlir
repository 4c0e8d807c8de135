// RUN: aie-opt %s --verify-each --split-input-file --aie-legalize-narrow-packs | FileCheck %s

// A transposed bf16 B (stored N x K in L2) packed into L1 as [K/8][N/4][8][4]:
// the innermost dimension (N) has stride 32 in the source. The DMA moves
// rows of 8 contiguous K elements into a staging buffer; the core swaps the
// inner two dimensions.
// CHECK-LABEL: func.func @transposed_b_bf16(
// CHECK-SAME:      %[[B:.*]]: memref<32x32xbf16, 1>, %[[DST:.*]]: memref<4x8x8x4xbf16, 2>)
// CHECK-NEXT:    %[[EXP:.*]] = memref.expand_shape %[[B]]
// CHECK-NEXT:    %[[STAGING:.*]] = memref.alloc() : memref<4x8x4x8xbf16, 2>
// CHECK-NEXT:    linalg.transpose ins(%[[EXP]] : memref<8x4x4x8xbf16, 1>) outs(%[[STAGING]] : memref<4x8x4x8xbf16, 2>) permutation = [2, 0, 1, 3]
// CHECK-NEXT:    linalg.transpose ins(%[[STAGING]] : memref<4x8x4x8xbf16, 2>) outs(%[[DST]] : memref<4x8x8x4xbf16, 2>) permutation = [0, 1, 3, 2]
// CHECK-NEXT:    memref.dealloc %[[STAGING]] : memref<4x8x4x8xbf16, 2>
// CHECK-NEXT:    return
func.func @transposed_b_bf16(%b: memref<32x32xbf16, 1>, %dst: memref<4x8x8x4xbf16, 2>) {
  %e = memref.expand_shape %b [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xbf16, 1> into memref<8x4x4x8xbf16, 1>
  linalg.transpose ins(%e : memref<8x4x4x8xbf16, 1>) outs(%dst : memref<4x8x8x4xbf16, 2>) permutation = [2, 0, 3, 1]
  return
}

// -----

// A transposed i8 A (stored K x M) packed into L1 as [M/4][K/8][4][8]: the
// source is contiguous along M, which becomes the staging buffer's
// innermost dimension (4 bytes: one word); the staging buffer keeps the
// other dimensions in the destination's order.
// CHECK-LABEL: func.func @transposed_a_i8(
// CHECK-SAME:      %[[A:.*]]: memref<32x64xi8, strided<[128, 1], offset: ?>, 1>, %[[DST:.*]]: memref<16x4x4x8xi8, 2>)
// CHECK-NEXT:    %[[EXP:.*]] = memref.expand_shape %[[A]]
// CHECK-NEXT:    %[[STAGING:.*]] = memref.alloc() : memref<16x4x8x4xi8, 2>
// CHECK-NEXT:    linalg.transpose ins(%[[EXP]] : {{.*}}) outs(%[[STAGING]] : memref<16x4x8x4xi8, 2>) permutation = [2, 0, 1, 3]
// CHECK-NEXT:    linalg.transpose ins(%[[STAGING]] : memref<16x4x8x4xi8, 2>) outs(%[[DST]] : memref<16x4x4x8xi8, 2>) permutation = [0, 1, 3, 2]
// CHECK-NEXT:    memref.dealloc %[[STAGING]]
// CHECK-NEXT:    return
func.func @transposed_a_i8(%a: memref<32x64xi8, strided<[128, 1], offset: ?>, 1>, %dst: memref<16x4x4x8xi8, 2>) {
  %e = memref.expand_shape %a [[0, 1], [2, 3]] output_shape [4, 8, 16, 4] : memref<32x64xi8, strided<[128, 1], offset: ?>, 1> into memref<4x8x16x4xi8, strided<[1024, 128, 4, 1], offset: ?>, 1>
  linalg.transpose ins(%e : memref<4x8x16x4xi8, strided<[1024, 128, 4, 1], offset: ?>, 1>) outs(%dst : memref<16x4x4x8xi8, 2>) permutation = [2, 0, 3, 1]
  return
}

// -----

// Untouched: a pack whose innermost dimension is contiguous in the source
// (the usual A), a 32-bit transposing pack (the DMA strides over words), an
// unpack out of L1, and a transpose within L1.
// CHECK-LABEL: func.func @left_alone(
// CHECK-NOT:     memref.alloc
// CHECK-COUNT-4: linalg.transpose
// CHECK-NOT:     linalg.transpose
func.func @left_alone(%a: memref<32x32xbf16, 1>, %a_l1: memref<4x8x4x8xbf16, 2>, %b: memref<32x32xi32, 1>, %b_l1: memref<4x8x8x4xi32, 2>, %acc: memref<8x8x4x4xbf16, 2>, %out: memref<8x4x8x4xbf16, 1>, %local: memref<8x4x8x4xbf16, 2>) {
  %ea = memref.expand_shape %a [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xbf16, 1> into memref<8x4x4x8xbf16, 1>
  linalg.transpose ins(%ea : memref<8x4x4x8xbf16, 1>) outs(%a_l1 : memref<4x8x4x8xbf16, 2>) permutation = [2, 0, 1, 3]
  %eb = memref.expand_shape %b [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xi32, 1> into memref<8x4x4x8xi32, 1>
  linalg.transpose ins(%eb : memref<8x4x4x8xi32, 1>) outs(%b_l1 : memref<4x8x8x4xi32, 2>) permutation = [2, 0, 3, 1]
  linalg.transpose ins(%acc : memref<8x8x4x4xbf16, 2>) outs(%out : memref<8x4x8x4xbf16, 1>) permutation = [1, 2, 0, 3]
  linalg.transpose ins(%acc : memref<8x8x4x4xbf16, 2>) outs(%local : memref<8x4x8x4xbf16, 2>) permutation = [1, 2, 0, 3]
  return
}

// -----

// Sub-byte elements (i4) are not split: the word arithmetic counts whole
// bytes, so the pack stays for aie-check-resources to judge.
// CHECK-LABEL: func.func @sub_byte(
// CHECK-NEXT:    linalg.transpose
// CHECK-NEXT:    return
func.func @sub_byte(%a: memref<8x8xi4, 1>, %dst: memref<8x8xi4, 2>) {
  linalg.transpose ins(%a : memref<8x8xi4, 1>) outs(%dst : memref<8x8xi4, 2>) permutation = [1, 0]
  return
}
