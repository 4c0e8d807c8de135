// RUN: aie-opt %S/../../Inputs/pack-peel-order-1core.mlir --verify-each --aie-sink-reduction-loop-into-herd | FileCheck %s
// RUN: aie-opt %s --verify-each --split-input-file --aie-sink-reduction-loop-into-herd | FileCheck %s --check-prefix=LOCAL

// The pack-peel order of test/Inputs/pack-peel-order-1core.mlir: the forall
// now holds the accumulator's allocation and fill, the K loop with the
// staging and the forall's old body, then the unpack into the block's L2
// tile; the L2 -> L3 copy stays with the block.
// CHECK-LABEL: func.func @pack_peel_order(
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (64, 64) step (32, 32) {
// CHECK:           %[[C_L2:.*]] = memref.alloc() : memref<32x32xi32, 1>
// CHECK-NEXT:      scf.forall (%[[Y:.*]], %[[X:.*]]) in (1, 1) {
// CHECK-NEXT:        %[[C_L1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:        linalg.fill ins(%{{.*}} : i32) outs(%[[C_L1]] : memref<4x8x4x8xi32, 2>)
// CHECK-NEXT:        scf.for
// CHECK:               memref.copy %{{.*}}, %[[A_L2:.*]] : memref<32x16xi32, strided<[64, 1], offset: ?>> to memref<32x16xi32, 1>
// CHECK:               memref.copy %{{.*}}, %[[B_L2:.*]] : memref<16x32xi32, strided<[64, 1], offset: ?>> to memref<16x32xi32, 1>
// CHECK-NEXT:          memref.expand_shape %[[A_L2]]
// CHECK:               linalg.generic {{.*}} outs(%[[C_L1]] : memref<4x8x4x8xi32, 2>)
// CHECK:               memref.dealloc %[[A_L2]]
// CHECK-NEXT:          memref.dealloc %[[B_L2]]
// CHECK-NEXT:        }
// CHECK-NEXT:        %[[TMP:.*]] = memref.alloc() : memref<8x4x4x8xi32, 2>
// CHECK-NEXT:        linalg.transpose ins(%[[C_L1]] : memref<4x8x4x8xi32, 2>) outs(%[[TMP]] : memref<8x4x4x8xi32, 2>)
// CHECK-NEXT:        %[[FLAT:.*]] = memref.collapse_shape %[[TMP]]
// CHECK-NEXT:        linalg.copy ins(%[[FLAT]] : memref<32x32xi32, 2>) outs(%[[C_L2]] : memref<32x32xi32, 1>)
// CHECK-NEXT:        memref.dealloc %[[TMP]]
// CHECK-NEXT:        memref.dealloc %[[C_L1]]
// CHECK-NEXT:      } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK-NEXT:      memref.subview
// CHECK-NEXT:      memref.copy %[[C_L2]]
// CHECK-NEXT:      memref.dealloc %[[C_L2]]
// CHECK-NEXT:    } {mapping = [#gpu.block<y>, #gpu.block<x>]}
// CHECK-NOT:     scf.forall

// A loop without L1 work around it: only the loop moves; the forall's
// induction variables are the new forall's.
// LOCAL-LABEL: func.func @loop_only(
// LOCAL-NEXT:    %{{.*}} = arith.constant 0 : index
// LOCAL-NEXT:    %{{.*}} = arith.constant 1 : index
// LOCAL-NEXT:    %{{.*}} = arith.constant 3 : index
// LOCAL-NEXT:    scf.forall (%[[I:.*]]) in (1) {
// LOCAL-NEXT:      scf.for %[[K:.*]] =
// LOCAL-NEXT:        %[[T:.*]] = memref.alloc() : memref<8xi32, 1>
// LOCAL-NEXT:        memref.copy %{{.*}}, %[[T]]
// LOCAL-NEXT:        %[[L1:.*]] = memref.alloc() : memref<8xi32, 2>
// LOCAL-NEXT:        memref.copy %[[T]], %[[L1]]
// LOCAL-NEXT:        memref.store %{{.*}}, %{{.*}}[%[[I]]]
// LOCAL-NEXT:        memref.dealloc %[[L1]]
// LOCAL-NEXT:        memref.dealloc %[[T]]
// LOCAL-NEXT:      }
// LOCAL-NEXT:    } {mapping = [#gpu.thread<x>]}
// LOCAL-NEXT:    return
func.func @loop_only(%src: memref<8xi32>, %flag: memref<1xi32>, %v: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  scf.for %k = %c0 to %c3 step %c1 {
    %t = memref.alloc() : memref<8xi32, 1>
    memref.copy %src, %t : memref<8xi32> to memref<8xi32, 1>
    scf.forall (%i) in (1) {
      %l1 = memref.alloc() : memref<8xi32, 2>
      memref.copy %t, %l1 : memref<8xi32, 1> to memref<8xi32, 2>
      memref.store %v, %flag[%i] : memref<1xi32>
      memref.dealloc %l1 : memref<8xi32, 2>
    } {mapping = [#gpu.thread<x>]}
    memref.dealloc %t : memref<8xi32, 1>
  }
  return
}

// -----

// The forall's bound is a constant defined in the loop: the new forall has
// static bounds, not the moved value.
// LOCAL-LABEL: func.func @bound_in_loop(
// LOCAL:         scf.forall (%{{.*}}) in (1) {
// LOCAL-NEXT:      scf.for
// LOCAL-NEXT:        arith.constant 1 : index
// LOCAL-NEXT:        memref.store
func.func @bound_in_loop(%flag: memref<4xi32>, %v: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %k = %c0 to %c4 step %c1 {
    %one = arith.constant 1 : index
    scf.forall (%i) in (%one) {
      memref.store %v, %flag[%k] : memref<4xi32>
    } {mapping = [#gpu.thread<x>]}
  }
  return
}

// -----

// The accumulator is written through a view offset by k / 4 (the same view
// in each of the four iterations): a reduction, sunk like any other.
// LOCAL-LABEL: func.func @offset_by_quotient(
// LOCAL:         scf.forall (%{{.*}}) in (1) {
// LOCAL-NEXT:      memref.alloc() : memref<8xi32, 2>
// LOCAL-NEXT:      scf.for
// LOCAL-NEXT:        arith.divui
// LOCAL-NEXT:        memref.subview
// LOCAL-NEXT:        linalg.add
func.func @offset_by_quotient(%x: memref<4xi32, 2>, %out: memref<8xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<8xi32, 2>
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      %q = arith.divui %k, %c4 : index
      %part = memref.subview %acc[%q] [4] [1] : memref<8xi32, 2> to memref<4xi32, strided<[1], offset: ?>, 2>
      linalg.add ins(%part, %x : memref<4xi32, strided<[1], offset: ?>, 2>, memref<4xi32, 2>) outs(%part : memref<4xi32, strided<[1], offset: ?>, 2>)
    } {mapping = [#gpu.thread<x>]}
  }
  memref.copy %acc, %out : memref<8xi32, 2> to memref<8xi32, 1>
  return
}

// -----

// Tiles that move by their size but are strided (elements 2k and 2k + 2):
// the next iteration's first element is this one's last, so a reduction.
// LOCAL-LABEL: func.func @strided_tiles_meet(
// LOCAL:         scf.forall (%{{.*}}) in (1) {
// LOCAL-NEXT:      memref.alloc() : memref<16xi32, 2>
// LOCAL-NEXT:      scf.for
func.func @strided_tiles_meet(%x: memref<2xi32, 2>, %out: memref<16xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<16xi32, 2>
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      %at = affine.apply affine_map<(d0) -> (d0 * 2)>(%k)
      %pair = memref.subview %acc[%at] [2] [2] : memref<16xi32, 2> to memref<2xi32, strided<[2], offset: ?>, 2>
      linalg.add ins(%pair, %x : memref<2xi32, strided<[2], offset: ?>, 2>, memref<2xi32, 2>) outs(%pair : memref<2xi32, strided<[2], offset: ?>, 2>)
    } {mapping = [#gpu.thread<x>]}
  }
  memref.copy %acc, %out : memref<16xi32, 2> to memref<16xi32, 1>
  return
}

// -----

// Two tiles per iteration, each moving by its size, at k and k + 1 tiles:
// the second is the next iteration's first, so a reduction.
// LOCAL-LABEL: func.func @two_tiles_meet(
// LOCAL:         scf.forall (%{{.*}}) in (1) {
// LOCAL-NEXT:      memref.alloc() : memref<32xi32, 2>
// LOCAL-NEXT:      scf.for
func.func @two_tiles_meet(%x: memref<4xi32, 2>, %out: memref<32xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<32xi32, 2>
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      %at = affine.apply affine_map<(d0) -> (d0 * 4)>(%k)
      %next = affine.apply affine_map<(d0) -> (d0 * 4 + 4)>(%k)
      %this_tile = memref.subview %acc[%at] [4] [1] : memref<32xi32, 2> to memref<4xi32, strided<[1], offset: ?>, 2>
      %next_tile = memref.subview %acc[%next] [4] [1] : memref<32xi32, 2> to memref<4xi32, strided<[1], offset: ?>, 2>
      linalg.add ins(%this_tile, %x : memref<4xi32, strided<[1], offset: ?>, 2>, memref<4xi32, 2>) outs(%this_tile : memref<4xi32, strided<[1], offset: ?>, 2>)
      linalg.add ins(%next_tile, %x : memref<4xi32, strided<[1], offset: ?>, 2>, memref<4xi32, 2>) outs(%next_tile : memref<4xi32, strided<[1], offset: ?>, 2>)
    } {mapping = [#gpu.thread<x>]}
  }
  memref.copy %acc, %out : memref<32xi32, 2> to memref<32xi32, 1>
  return
}

// -----

// Rows of a view that repeats one row (stride 0): each iteration's row is
// the same memory, so a reduction.
// LOCAL-LABEL: func.func @rows_of_a_repeated_row(
// LOCAL:         scf.forall (%{{.*}}) in (1) {
// LOCAL-NEXT:      memref.alloc() : memref<4x4xi32, 2>
// LOCAL-NEXT:      memref.subview
// LOCAL-NEXT:      scf.for
func.func @rows_of_a_repeated_row(%x: memref<4xi32, 2>, %out: memref<4x4xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<4x4xi32, 2>
  %repeated = memref.subview %acc[0, 0] [4, 4] [0, 1] : memref<4x4xi32, 2> to memref<4x4xi32, strided<[0, 1]>, 2>
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      %row = memref.subview %repeated[%k, 0] [1, 4] [1, 1] : memref<4x4xi32, strided<[0, 1]>, 2> to memref<4xi32, strided<[1]>, 2>
      linalg.add ins(%row, %x : memref<4xi32, strided<[1]>, 2>, memref<4xi32, 2>) outs(%row : memref<4xi32, strided<[1]>, 2>)
    } {mapping = [#gpu.thread<x>]}
  }
  memref.copy %acc, %out : memref<4x4xi32, 2> to memref<4x4xi32, 1>
  return
}
