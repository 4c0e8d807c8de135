// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-fuse-epilogue-into-unpack | FileCheck %s

// Bias per column + relu, i32 -> i8 (the core's tail after
// aie-hoist-pack-unpack): the epilogue runs on the packed accumulator, the
// bias read through the unpack's layout, the dealloc of the accumulator moves
// after it, and the unpack moves the i8 result to where the copy wrote; the
// unpacked i32 buffer is gone. The packed tile keeps the tile's depth.
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[COL:.*]] = affine_map<(d0, d1, d2, d3) -> (d0 * 8 + d3)>
// CHECK-LABEL: func.func @bias_relu_trunc(
// CHECK-SAME:      %[[OUT:[^:]*]]: memref<32x32xi8, strided<[64, 1], offset: ?>, 1>
// CHECK:         %[[ACC:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:    linalg.fill ins(%{{.*}} : i32) outs(%[[ACC]]
// CHECK-NEXT:    %[[BIAS:.*]] = memref.alloc() : memref<32xi32, 2>
// CHECK-NEXT:    linalg.fill ins(%{{.*}} : i32) outs(%[[BIAS]]
// CHECK-NEXT:    %[[TILE:.*]] = memref.alloc() {herdflow.depth = 1 : i64} : memref<4x8x4x8xi8, 2>
// CHECK-NEXT:    linalg.generic {indexing_maps = [#[[ID]], #[[COL]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME:        ins(%[[ACC]], %[[BIAS]] : memref<4x8x4x8xi32, 2>, memref<32xi32, 2>) outs(%[[TILE]] : memref<4x8x4x8xi8, 2>) attrs = {keep}
// CHECK:           arith.addi
// CHECK-NEXT:      arith.maxsi
// CHECK-NEXT:      arith.trunci
// CHECK-NEXT:      linalg.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    memref.dealloc %[[ACC]]
// CHECK-NEXT:    memref.dealloc %[[BIAS]]
// CHECK-NEXT:    %[[VIEW:.*]] = memref.expand_shape %[[OUT]] {{\[}}[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xi8, strided<[64, 1], offset: ?>, 1> into memref<8x4x4x8xi8, strided<[256, 64, 8, 1], offset: ?>, 1>
// CHECK-NEXT:    linalg.transpose ins(%[[TILE]] : memref<4x8x4x8xi8, 2>) outs(%[[VIEW]] : {{.*}}) permutation = [1, 2, 0, 3]
// CHECK-NEXT:    memref.dealloc %[[TILE]]
// CHECK-NEXT:    return
// CHECK-NOT:     memref<32x32xi32
func.func @bias_relu_trunc(%out: memref<32x32xi8, strided<[64, 1], offset: ?>, 1>) {
  %c0 = arith.constant 0 : i32
  %c7 = arith.constant 7 : i32
  %acc = memref.alloc() : memref<4x8x4x8xi32, 2>
  linalg.fill ins(%c7 : i32) outs(%acc : memref<4x8x4x8xi32, 2>)
  %unpacked = memref.alloc() : memref<32x32xi32, 1>
  %view = memref.expand_shape %unpacked [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xi32, 1> into memref<8x4x4x8xi32, 1>
  linalg.transpose ins(%acc : memref<4x8x4x8xi32, 2>) outs(%view : memref<8x4x4x8xi32, 1>) permutation = [1, 2, 0, 3]
  memref.dealloc %acc : memref<4x8x4x8xi32, 2>
  %bias = memref.alloc() : memref<32xi32, 2>
  linalg.fill ins(%c7 : i32) outs(%bias : memref<32xi32, 2>)
  %tile = memref.alloc() {herdflow.depth = 1 : i64} : memref<32x32xi8, 2>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked, %bias : memref<32x32xi32, 1>, memref<32xi32, 2>) outs(%tile : memref<32x32xi8, 2>) attrs = {keep} {
  ^bb0(%in: i32, %b: i32, %o: i8):
    %s = arith.addi %in, %b : i32
    %r = arith.maxsi %s, %c0 : i32
    %t = arith.trunci %r : i32 to i8
    linalg.yield %t : i8
  }
  memref.dealloc %bias : memref<32xi32, 2>
  memref.copy %tile, %out : memref<32x32xi8, 2> to memref<32x32xi8, strided<[64, 1], offset: ?>, 1>
  memref.dealloc %tile : memref<32x32xi8, 2>
  return
}

// -----

// A per-row operand and a full-tile operand, f32 -> bf16, the unpack
// writing the unpacked buffer directly (no expand_shape): rows come from the
// permutation, the full operand is read through it. The unpacked buffer is
// read again after the epilogue, so it and its unpack stay.
// CHECK-DAG:   #[[ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG:   #[[SWAP:.*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-LABEL: func.func @row_and_full_operand(
// CHECK:         %[[ACC:.*]] = memref.alloc() : memref<16x8xf32, 2>
// CHECK:         %[[UNPACKED:.*]] = memref.alloc() : memref<8x16xf32, 1>
// CHECK-NEXT:    linalg.transpose ins(%[[ACC]] : memref<16x8xf32, 2>) outs(%[[UNPACKED]] : memref<8x16xf32, 1>) permutation = [1, 0]
// CHECK:         %[[TILE:.*]] = memref.alloc() : memref<16x8xbf16, 2>
// CHECK-NEXT:    linalg.generic {indexing_maps = [#[[ID2]], #[[ROW]], #[[SWAP]], #[[ID2]]]
// CHECK-SAME:        ins(%[[ACC]], %{{.*}}, %{{.*}} : memref<16x8xf32, 2>, memref<8xf32, 2>, memref<8x16xf32, 2>) outs(%[[TILE]] : memref<16x8xbf16, 2>)
// CHECK:         linalg.transpose ins(%[[TILE]] : memref<16x8xbf16, 2>) outs(%{{.*}} : memref<8x16xbf16, 1>) permutation = [1, 0]
// CHECK-NEXT:    memref.dealloc %[[TILE]]
// CHECK-NEXT:    linalg.copy ins(%[[UNPACKED]]
func.func @row_and_full_operand(%out: memref<8x16xbf16, 1>, %keep: memref<8x16xf32, 1>) {
  %one = arith.constant 1.0 : f32
  %acc = memref.alloc() : memref<16x8xf32, 2>
  linalg.fill ins(%one : f32) outs(%acc : memref<16x8xf32, 2>)
  %unpacked = memref.alloc() : memref<8x16xf32, 1>
  linalg.transpose ins(%acc : memref<16x8xf32, 2>) outs(%unpacked : memref<8x16xf32, 1>) permutation = [1, 0]
  %row = memref.alloc() : memref<8xf32, 2>
  linalg.fill ins(%one : f32) outs(%row : memref<8xf32, 2>)
  %full = memref.alloc() : memref<8x16xf32, 2>
  linalg.fill ins(%one : f32) outs(%full : memref<8x16xf32, 2>)
  %tile = memref.alloc() : memref<8x16xbf16, 2>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked, %row, %full : memref<8x16xf32, 1>, memref<8xf32, 2>, memref<8x16xf32, 2>) outs(%tile : memref<8x16xbf16, 2>) {
  ^bb0(%in: f32, %r: f32, %f: f32, %o: bf16):
    %s = arith.addf %in, %r : f32
    %m = arith.mulf %s, %f : f32
    %t = arith.truncf %m : f32 to bf16
    linalg.yield %t : bf16
  }
  memref.copy %tile, %out : memref<8x16xbf16, 2> to memref<8x16xbf16, 1>
  memref.dealloc %tile : memref<8x16xbf16, 2>
  linalg.copy ins(%unpacked : memref<8x16xf32, 1>) outs(%keep : memref<8x16xf32, 1>)
  return
}

// -----

// The unpacked buffer is freed through its expanded view after the
// epilogue: the buffer, its view and that dealloc all go.
// CHECK-LABEL: func.func @freed_through_its_view(
// CHECK-NOT:     memref<32x32xi32, 1>
// CHECK-NOT:     memref<8x4x4x8xi32, 1>
// CHECK:         return
func.func @freed_through_its_view(%out: memref<32x32xi32>) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<4x8x4x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<4x8x4x8xi32, 2>)
  %unpacked = memref.alloc() : memref<32x32xi32, 1>
  %view = memref.expand_shape %unpacked [[0, 1], [2, 3]] output_shape [8, 4, 4, 8] : memref<32x32xi32, 1> into memref<8x4x4x8xi32, 1>
  linalg.transpose ins(%acc : memref<4x8x4x8xi32, 2>) outs(%view : memref<8x4x4x8xi32, 1>) permutation = [1, 2, 0, 3]
  %tile = memref.alloc() : memref<32x32xi32, 2>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked : memref<32x32xi32, 1>) outs(%tile : memref<32x32xi32, 2>) {
  ^bb0(%in: i32, %o: i32):
    %s = arith.addi %in, %c1 : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<32x32xi32, 2> to memref<32x32xi32>
  memref.dealloc %view : memref<8x4x4x8xi32, 1>
  return
}
