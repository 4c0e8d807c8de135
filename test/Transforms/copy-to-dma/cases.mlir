// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-copy-to-dma | FileCheck %s

// Views fold into the base buffer; a side that covers its buffer in order is
// written [] [] []; copies within one level stay.
// CHECK-LABEL: func.func @copies(
// CHECK-NEXT:    %[[L2:.*]] = memref.alloc() : memref<8x16xi32, 1>
// CHECK-NEXT:    air.dma_memcpy_nd (%[[L2]][] [] [], %arg0[0, 8] [8, 16] [64, 1]) : (memref<8x16xi32, 1>, memref<16x64xi32>)
// CHECK-NEXT:    %[[OTHER:.*]] = memref.alloc() : memref<8x16xi32, 1>
// CHECK-NEXT:    memref.copy %[[L2]], %[[OTHER]]
// CHECK-NEXT:    return
func.func @copies(%A: memref<16x64xi32>) {
  %l2 = memref.alloc() : memref<8x16xi32, 1>
  %a = memref.subview %A[0, 8] [8, 16] [1, 1] : memref<16x64xi32> to memref<8x16xi32, strided<[64, 1], offset: 8>>
  linalg.copy ins(%a : memref<8x16xi32, strided<[64, 1], offset: 8>>) outs(%l2 : memref<8x16xi32, 1>)
  %other = memref.alloc() : memref<8x16xi32, 1>
  memref.copy %l2, %other : memref<8x16xi32, 1> to memref<8x16xi32, 1>
  return
}

// -----

// A copy of a view onto itself (as bufferization leaves them) does nothing:
// it goes, with its view.
// CHECK-LABEL: func.func @self_copy(
// CHECK-NEXT:    return
func.func @self_copy(%A: memref<16x64xi32, 1>) {
  %v = memref.subview %A[0, 8] [8, 16] [1, 1] : memref<16x64xi32, 1> to memref<8x16xi32, strided<[64, 1], offset: 8>, 1>
  memref.copy %v, %v : memref<8x16xi32, strided<[64, 1], offset: 8>, 1> to memref<8x16xi32, strided<[64, 1], offset: 8>, 1>
  return
}

// -----

// A transpose over expanded views (a pack) and a permute-only generic (an
// unpack); the offset sits in the stride-1 dimension.
// CHECK-LABEL: func.func @pack_unpack(
// CHECK:         air.dma_memcpy_nd (%{{.*}}[] [] [], %arg0[0, 0, %arg2] [2, 8, 4] [4, 32, 1]) : (memref<2x2x4x4xi32, 2>, memref<8x32xi32, 1>)
// CHECK:         air.dma_memcpy_nd (%arg1[] [] [], %{{.*}}[0, 0] [4, 8] [1, 4]) : (memref<4x8xi32, 1>, memref<8x4xi32, 2>)
func.func @pack_unpack(%l2: memref<8x32xi32, 1>, %out: memref<4x8xi32, 1>, %k: index) {
  %s = memref.subview %l2[0, %k] [8, 8] [1, 1] : memref<8x32xi32, 1> to memref<8x8xi32, strided<[32, 1], offset: ?>, 1>
  %e = memref.expand_shape %s [[0, 1], [2, 3]] output_shape [2, 4, 2, 4] : memref<8x8xi32, strided<[32, 1], offset: ?>, 1> into memref<2x4x2x4xi32, strided<[128, 32, 4, 1], offset: ?>, 1>
  %l1 = memref.alloc() : memref<2x2x4x4xi32, 2>
  linalg.transpose ins(%e : memref<2x4x2x4xi32, strided<[128, 32, 4, 1], offset: ?>, 1>) outs(%l1 : memref<2x2x4x4xi32, 2>) permutation = [2, 0, 1, 3]
  %t = memref.alloc() : memref<8x4xi32, 2>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%t : memref<8x4xi32, 2>) outs(%out : memref<4x8xi32, 1>) {
  ^bb0(%x: i32, %y: i32):
    linalg.yield %x : i32
  }
  return
}

// -----

// A copy the analysis cannot express is left unchanged with a remark.
// CHECK-LABEL: func.func @refused(
// CHECK:         memref.copy
func.func @refused(%d: memref<?xi32>, %out: memref<?xi32, 1>) {
  // expected-remark @+1 {{copy not converted to air.dma_memcpy_nd: the base has a dynamic shape}}
  memref.copy %d, %out : memref<?xi32> to memref<?xi32, 1>
  return
}
