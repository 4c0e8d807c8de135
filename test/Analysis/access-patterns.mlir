// Each remark is followed by its source line, so checks are ordered CHECKs.
// RUN: aie-opt %s --split-input-file --mlir-print-op-on-diagnostic=false \
// RUN:   --pass-pipeline='builtin.module(func.func(test-aie-access-patterns))' -o /dev/null 2>&1 | FileCheck %s

// The discussion's inner K step, per core: L3 -> L2 staging, packs L2 -> L1,
// unpack through an L1 temporary. Offsets are affine in the loop IVs after
// affine.apply is inlined; strides are the base's (symbolic for the function
// argument with a dynamic layout).
// CHECK:      remark: transfer #0 copy: %arg0 L3 offset %arg2 * 65536 + %arg3 sizes [32, 256] strides [2048, 1] -> %alloc_1 L2 offset 0 sizes [32, 256] strides [256, 1]; source varies in [%arg3, %arg2]; target varies in [%arg3, %arg2]
// CHECK:      remark: transfer #1 pack: %alloc_1 L2 offset %arg4 sizes [4, 8, 4, 8] strides [8, 1024, 256, 1] -> %alloc L1 offset 0 sizes [4, 8, 4, 8] strides [256, 32, 8, 1]; source varies in [%arg4, %arg3, %arg2]; target varies in []
// CHECK:      remark: transfer #2 local permutation: %alloc L1 offset 0 sizes [8, 4, 4, 8] strides [32, 8, 256, 1] -> %alloc_0 L1 offset 0 sizes [8, 4, 4, 8] strides [128, 32, 8, 1]; source varies in []; target varies in []
// CHECK:      remark: transfer #3 copy: %alloc_0 L1 offset 0 sizes [32, 32] strides [32, 1] -> %arg1 L2 offset %arg2 * 2048 sizes [32, 32] strides [64, 1]; source varies in []; target varies in [%arg2]
#map = affine_map<(d0) -> (d0 * 32)>
func.func @inner_step(%A: memref<64x2048xi32>, %C: memref<64x64xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c32 = arith.constant 32 : index
  %c256 = arith.constant 256 : index
  %c2048 = arith.constant 2048 : index
  %l1 = memref.alloc() : memref<4x8x4x8xi32, 2>
  %tmp = memref.alloc() : memref<8x4x4x8xi32, 2>
  scf.forall (%i) in (2) {
    %row = affine.apply #map(%i)
    scf.for %k = %c0 to %c2048 step %c256 {
      %l2 = memref.alloc() : memref<32x256xi32, 1>
      %a = memref.subview %A[%row, %k] [32, 256] [1, 1] : memref<64x2048xi32> to memref<32x256xi32, strided<[2048, 1], offset: ?>>
      linalg.copy ins(%a : memref<32x256xi32, strided<[2048, 1], offset: ?>>) outs(%l2 : memref<32x256xi32, 1>)
      scf.for %kk = %c0 to %c256 step %c32 {
        %s = memref.subview %l2[0, %kk] [32, 32] [1, 1] : memref<32x256xi32, 1> to memref<32x32xi32, strided<[256, 1], offset: ?>, 1>
        %e = memref.expand_shape %s [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xi32, strided<[256, 1], offset: ?>, 1> into memref<8x4x4x8xi32, strided<[1024, 256, 8, 1], offset: ?>, 1>
        linalg.transpose ins(%e : memref<8x4x4x8xi32, strided<[1024, 256, 8, 1], offset: ?>, 1>) outs(%l1 : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
      }
      memref.dealloc %l2 : memref<32x256xi32, 1>
    }
    linalg.transpose ins(%l1 : memref<4x8x4x8xi32, 2>) outs(%tmp : memref<8x4x4x8xi32, 2>) permutation = [1, 2, 0, 3]
    %flat = memref.collapse_shape %tmp [[0, 1], [2, 3]] : memref<8x4x4x8xi32, 2> into memref<32x32xi32, 2>
    %c = memref.subview %C[%row, 0] [32, 32] [1, 1] : memref<64x64xi32, 1> to memref<32x32xi32, strided<[64, 1], offset: ?>, 1>
    linalg.copy ins(%flat : memref<32x32xi32, 2>) outs(%c : memref<32x32xi32, strided<[64, 1], offset: ?>, 1>)
  }
  return
}

// -----

// memref.copy through memref.transpose and reinterpret_cast views; a base
// with a dynamic layout keeps symbolic strides.
// CHECK:      remark: transfer #0 copy: %arg0 L3 offset %arg0.offset sizes [8, 16] strides [%arg0.stride1, %arg0.stride0] -> %alloc L2 offset 0 sizes [8, 16] strides [16, 1]; source varies in []; target varies in []
// CHECK:      remark: transfer #1 pack: %alloc L2 offset 4 sizes [2, 4] strides [1, 16] -> %arg1 L1 offset 0 sizes [2, 4] strides [4, 1]; source varies in []; target varies in []
func.func @views(%in: memref<16x8xf32, strided<[?, ?], offset: ?>>, %out: memref<2x4xf32, 2>) {
  %l2 = memref.alloc() : memref<8x16xf32, 1>
  %t = memref.transpose %in (i, j) -> (j, i) : memref<16x8xf32, strided<[?, ?], offset: ?>> to memref<8x16xf32, strided<[?, ?], offset: ?>>
  memref.copy %t, %l2 : memref<8x16xf32, strided<[?, ?], offset: ?>> to memref<8x16xf32, 1>
  %r = memref.reinterpret_cast %l2 to offset: [4], sizes: [2, 4], strides: [1, 16] : memref<8x16xf32, 1> to memref<2x4xf32, strided<[1, 16], offset: 4>, 1>
  memref.copy %r, %out : memref<2x4xf32, strided<[1, 16], offset: 4>, 1> to memref<2x4xf32, 2>
  return
}

// -----

// A permute-only linalg.generic is copy-like; one that computes is not.
// CHECK:      remark: transfer #0 unpack: %arg0 L1 offset 0 sizes [4, 8] strides [1, 4] -> %arg1 L2 offset 0 sizes [4, 8] strides [8, 1]
// CHECK-NOT:  remark
func.func @generic(%a: memref<8x4xi32, 2>, %b: memref<4x8xi32, 1>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<8x4xi32, 2>) outs(%b : memref<4x8xi32, 1>) {
  ^bb0(%x: i32, %y: i32):
    linalg.yield %x : i32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<8x4xi32, 2>) outs(%b : memref<4x8xi32, 1>) {
  ^bb0(%x: i32, %y: i32):
    %z = arith.addi %x, %y : i32
    linalg.yield %z : i32
  }
  return
}

// -----

// What the analysis refuses, with the reason.
// CHECK:      remark: no access pattern: a collapse_shape merges dimensions that are not contiguous
// CHECK:      remark: no access pattern: a subview has dynamic sizes
// CHECK:      remark: no access pattern: the base has a dynamic shape
func.func @refused(%s: memref<4x4xi32, strided<[?, 1]>>, %n: index, %static: memref<64xi32>, %d: memref<?xi32>, %out: memref<16xi32, 1>, %outd: memref<?xi32, 1>) {
  %f = memref.collapse_shape %s [[0, 1]] : memref<4x4xi32, strided<[?, 1]>> into memref<16xi32, strided<[1]>>
  memref.copy %f, %out : memref<16xi32, strided<[1]>> to memref<16xi32, 1>
  %v = memref.subview %static[0] [%n] [1] : memref<64xi32> to memref<?xi32, strided<[1]>>
  memref.copy %v, %outd : memref<?xi32, strided<[1]>> to memref<?xi32, 1>
  memref.copy %d, %outd : memref<?xi32> to memref<?xi32, 1>
  return
}

// -----

// A peeled first iteration reads the same stream as the loop: equal up to
// the loop's induction variable.
// CHECK:      remark: transfer #0 copy: %arg0 L3 offset 0 sizes [32, 256]
// CHECK:      remark: transfer #1 copy: %arg0 L3 offset %arg1 sizes [32, 256] {{.*}}; source is transfer #0's up to %arg1
func.func @peeled(%A: memref<32x2048xi32>) {
  %c256 = arith.constant 256 : index
  %c2048 = arith.constant 2048 : index
  %first = memref.alloc() : memref<32x256xi32, 1>
  %a0 = memref.subview %A[0, 0] [32, 256] [1, 1] : memref<32x2048xi32> to memref<32x256xi32, strided<[2048, 1]>>
  linalg.copy ins(%a0 : memref<32x256xi32, strided<[2048, 1]>>) outs(%first : memref<32x256xi32, 1>)
  scf.for %k = %c256 to %c2048 step %c256 {
    %l2 = memref.alloc() : memref<32x256xi32, 1>
    %a = memref.subview %A[0, %k] [32, 256] [1, 1] : memref<32x2048xi32> to memref<32x256xi32, strided<[2048, 1], offset: ?>>
    linalg.copy ins(%a : memref<32x256xi32, strided<[2048, 1], offset: ?>>) outs(%l2 : memref<32x256xi32, 1>)
  }
  return
}
