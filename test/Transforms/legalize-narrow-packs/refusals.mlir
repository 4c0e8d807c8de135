// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-legalize-narrow-packs | FileCheck %s

// The source's contiguous rows are 2 i8 elements (half a word): no
// staging order makes a DMA walk them, so the pack stays for
// aie-check-resources to refuse.
// CHECK-LABEL: func.func @half_word_rows(
// CHECK-NEXT:    memref.subview
// CHECK-NEXT:    linalg.transpose
// CHECK-NEXT:    return
func.func @half_word_rows(%a: memref<8x4xi8, 1>, %dst: memref<2x8xi8, 2>) {
  %s = memref.subview %a[0, 0] [8, 2] [1, 1] : memref<8x4xi8, 1> to memref<8x2xi8, strided<[4, 1]>, 1>
  // expected-remark @below {{pack into L1 left as is by aie-legalize-narrow-packs (no DMA can walk it): the source's contiguous rows are not whole 32-bit words}}
  linalg.transpose ins(%s : memref<8x2xi8, strided<[4, 1]>, 1>) outs(%dst : memref<2x8xi8, 2>) permutation = [1, 0]
  return
}

// -----

// A row stride of 2 i8 elements (half a word): no DMA addresses it.
// CHECK-LABEL: func.func @half_word_stride(
// CHECK-NEXT:    linalg.transpose
// CHECK-NEXT:    return
func.func @half_word_stride(%a: memref<8x2xi8, 1>, %dst: memref<2x8xi8, 2>) {
  // expected-remark @below {{pack into L1 left as is by aie-legalize-narrow-packs (no DMA can walk it): a source stride is not a whole number of 32-bit words}}
  linalg.transpose ins(%a : memref<8x2xi8, 1>) outs(%dst : memref<2x8xi8, 2>) permutation = [1, 0]
  return
}

// -----

// Every other bf16 element (strides of 16 and 4 bytes, whole words): no
// dimension of the source is contiguous.
// CHECK-LABEL: func.func @no_contiguous_dim(
// CHECK-NEXT:    memref.subview
// CHECK-NEXT:    linalg.transpose
// CHECK-NEXT:    return
func.func @no_contiguous_dim(%a: memref<4x8xbf16, 1>, %dst: memref<4x4xbf16, 2>) {
  %s = memref.subview %a[0, 0] [4, 4] [1, 2] : memref<4x8xbf16, 1> to memref<4x4xbf16, strided<[8, 2]>, 1>
  // expected-remark @below {{pack into L1 left as is by aie-legalize-narrow-packs (no DMA can walk it): no dimension of the source is contiguous}}
  linalg.transpose ins(%s : memref<4x4xbf16, strided<[8, 2]>, 1>) outs(%dst : memref<4x4xbf16, 2>) permutation = [1, 0]
  return
}

// -----

// Dynamic strides (a function argument's layout): nothing proves a
// contiguous dimension.
// CHECK-LABEL: func.func @dynamic_strides(
// CHECK-NEXT:    linalg.transpose
// CHECK-NEXT:    return
func.func @dynamic_strides(%a: memref<8x8xi8, strided<[?, ?], offset: ?>, 1>, %dst: memref<8x8xi8, 2>) {
  // expected-remark @below {{pack into L1 left as is by aie-legalize-narrow-packs (no DMA can walk it): the source's strides are not constants}}
  linalg.transpose ins(%a : memref<8x8xi8, strided<[?, ?], offset: ?>, 1>) outs(%dst : memref<8x8xi8, 2>) permutation = [1, 0]
  return
}
