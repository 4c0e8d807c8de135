// RUN: aie-opt %s --split-input-file --verify-each --canonicalize | FileCheck %s

// Constant SSA offsets, sizes and strides fold into literals, except where
// the literal pattern would leave its buffer: the verifier rejects that
// static form, so the op's run-time values stay SSA.

// CHECK-LABEL: func.func @out_of_bounds_offset_stays_ssa(
// CHECK:         %[[BIG:.*]] = arith.constant 4611686018427387904 : index
// CHECK:         air.dma_memcpy_nd (%{{.*}}[%[[BIG]]] [%{{.*}}] [1], %{{.*}}[] [] [])
func.func @out_of_bounds_offset_stays_ssa(%dst: memref<2x2x4x4xi32, 1>, %src: memref<4x4xi32, 2>) {
  %big = arith.constant 4611686018427387904 : index
  %c16 = arith.constant 16 : index
  air.dma_memcpy_nd (%dst[%big] [%c16] [1], %src[] [] []) : (memref<2x2x4x4xi32, 1>, memref<4x4xi32, 2>)
  return
}

// -----

// In bounds: every constant becomes a literal.
// CHECK-LABEL: func.func @in_bounds_folds(
// CHECK-NEXT:    air.dma_memcpy_nd (%{{.*}}[48] [16] [1], %{{.*}}[] [] [])
func.func @in_bounds_folds(%dst: memref<2x2x4x4xi32, 1>, %src: memref<4x4xi32, 2>) {
  %c48 = arith.constant 48 : index
  %c16 = arith.constant 16 : index
  air.dma_memcpy_nd (%dst[%c48] [%c16] [1], %src[] [] []) : (memref<2x2x4x4xi32, 1>, memref<4x4xi32, 2>)
  return
}

// -----

// Sizes whose literals would make the two sides' element counts differ
// (48 written, 16 read): the op keeps its SSA entries.
// CHECK-LABEL: func.func @count_mismatch_stays_ssa(
// CHECK:         %[[C48:.*]] = arith.constant 48 : index
// CHECK:         air.dma_memcpy_nd (%{{.*}}[%{{.*}}] [%[[C48]]] [1], %{{.*}}[] [] [])
func.func @count_mismatch_stays_ssa(%dst: memref<2x2x4x4xi32, 1>, %src: memref<4x4xi32, 2>) {
  %c48 = arith.constant 48 : index
  %c16 = arith.constant 16 : index
  air.dma_memcpy_nd (%dst[%c16] [%c48] [1], %src[] [] []) : (memref<2x2x4x4xi32, 1>, memref<4x4xi32, 2>)
  return
}

// -----

// One element past the end on a put: stays SSA.
// CHECK-LABEL: func.func @put_past_the_end(
// CHECK:         air.channel.put @c[] (%{{.*}}[%{{.*}}] [16] [1])
air.channel @c [1]
func.func @put_past_the_end(%src: memref<64xi32, 1>) {
  %c49 = arith.constant 49 : index
  air.channel.put @c[] (%src[%c49] [16] [1]) : (memref<64xi32, 1>)
  return
}
