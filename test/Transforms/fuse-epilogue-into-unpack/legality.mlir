// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-fuse-epilogue-into-unpack | FileCheck %s

// The accumulator is written between the unpack and the epilogue: the
// epilogue must see the unpacked values, so it stays.
// CHECK-LABEL: func.func @accumulator_written_between(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<8x16xi32, 1>)
func.func @accumulator_written_between(%out: memref<8x16xi32, 1>) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<16x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32, 2>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %tile = memref.alloc() : memref<8x16xi32, 2>
  // expected-remark @below {{epilogue left on the unpacked accumulator by aie-fuse-epilogue-into-unpack: an op between the unpack and the epilogue writes the accumulator}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked : memref<8x16xi32, 1>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %o: i32):
    %s = arith.addi %in, %c1 : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  return
}

// -----

// The epilogue reads its own output (an accumulate into the tile): its
// iteration space cannot change under it.
// CHECK-LABEL: func.func @reads_its_output(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<8x16xi32, 1>)
func.func @reads_its_output(%out: memref<8x16xi32, 1>) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<16x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32, 2>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  %tile = memref.alloc() : memref<8x16xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%tile : memref<8x16xi32, 2>)
  // expected-remark @below {{epilogue left on the unpacked accumulator by aie-fuse-epilogue-into-unpack: it reads its own output}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked : memref<8x16xi32, 1>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %o: i32):
    %s = arith.addi %in, %o : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  return
}

// -----

// The tile is copied out twice: there is no single write-back to take over.
// CHECK-LABEL: func.func @two_copies_out(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<8x16xi32, 1>)
func.func @two_copies_out(%out: memref<8x16xi32, 1>, %other: memref<8x16xi32, 1>) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<16x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32, 2>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  %tile = memref.alloc() : memref<8x16xi32, 2>
  // expected-remark @below {{its output is used by more than one copy after it}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked : memref<8x16xi32, 1>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %o: i32):
    %s = arith.addi %in, %c1 : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  memref.copy %tile, %other : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  return
}

// -----

// A bias that is a function argument may alias the accumulator: left alone.
// CHECK-LABEL: func.func @bias_may_alias(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : memref<8x16xi32, 1>, memref<16xi32>)
func.func @bias_may_alias(%out: memref<8x16xi32, 1>, %acc: memref<16x8xi32>, %bias: memref<16xi32>) {
  %c1 = arith.constant 1 : i32
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  %tile = memref.alloc() : memref<8x16xi32, 2>
  // expected-remark @below {{another operand may alias the accumulator}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked, %bias : memref<8x16xi32, 1>, memref<16xi32>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %b: i32, %o: i32):
    %s = arith.addi %in, %b : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  return
}

// -----

// Not an epilogue of an unpack (the input was filled, not transposed): no
// remark, nothing changes.
// CHECK-LABEL: func.func @not_an_unpack(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<8x16xi32, 1>)
func.func @not_an_unpack(%out: memref<8x16xi32, 1>) {
  %c1 = arith.constant 1 : i32
  %in = memref.alloc() : memref<8x16xi32, 1>
  linalg.fill ins(%c1 : i32) outs(%in : memref<8x16xi32, 1>)
  %tile = memref.alloc() : memref<8x16xi32, 2>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%in : memref<8x16xi32, 1>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%x: i32, %o: i32):
    %s = arith.addi %x, %c1 : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  return
}

// -----

// The epilogue also reads its own tile: its values would be read at other
// elements after the rewrite.
// CHECK-LABEL: func.func @reads_its_tile(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : memref<8x16xi32, 1>, memref<8x16xi32, 2>)
func.func @reads_its_tile(%out: memref<8x16xi32, 1>) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<16x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32, 2>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  %tile = memref.alloc() : memref<8x16xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%tile : memref<8x16xi32, 2>)
  // expected-remark @below {{it also reads its output}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked, %tile : memref<8x16xi32, 1>, memref<8x16xi32, 2>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %t: i32, %o: i32):
    %s = arith.addi %in, %t : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  return
}

// -----

// The copy-out writes a dynamically shaped view: the unpack cannot take
// its place with a static layout.
// CHECK-LABEL: func.func @dynamic_copy_out(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<8x16xi32, 1>)
func.func @dynamic_copy_out(%out: memref<?x?xi32, 1>) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<16x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32, 2>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  %tile = memref.alloc() : memref<8x16xi32, 2>
  // expected-remark @below {{its copy-out writes another shape or element type}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked : memref<8x16xi32, 1>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %o: i32):
    %s = arith.addi %in, %c1 : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<?x?xi32, 1>
  return
}

// -----

// The tile's dealloc sits in another block: not the single copy-out form.
// CHECK-LABEL: func.func @dealloc_in_a_branch(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : memref<8x16xi32, 1>)
func.func @dealloc_in_a_branch(%out: memref<8x16xi32, 1>, %flag: i1) {
  %c1 = arith.constant 1 : i32
  %acc = memref.alloc() : memref<16x8xi32, 2>
  linalg.fill ins(%c1 : i32) outs(%acc : memref<16x8xi32, 2>)
  %unpacked = memref.alloc() : memref<8x16xi32, 1>
  linalg.transpose ins(%acc : memref<16x8xi32, 2>) outs(%unpacked : memref<8x16xi32, 1>) permutation = [1, 0]
  %tile = memref.alloc() : memref<8x16xi32, 2>
  // expected-remark @below {{its output is used by more than one copy after it}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%unpacked : memref<8x16xi32, 1>) outs(%tile : memref<8x16xi32, 2>) {
  ^bb0(%in: i32, %o: i32):
    %s = arith.addi %in, %c1 : i32
    linalg.yield %s : i32
  }
  memref.copy %tile, %out : memref<8x16xi32, 2> to memref<8x16xi32, 1>
  scf.if %flag {
    memref.dealloc %tile : memref<8x16xi32, 2>
  }
  return
}
