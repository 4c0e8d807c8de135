// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-sink-reduction-loop-into-herd | FileCheck %s

// Two cores share the block's L1 accumulator: splitting it per core is not
// done, so the loop stays around the forall.
// CHECK-LABEL: func.func @two_cores(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @two_cores(%out: memref<2x4xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %one = arith.constant 1 : i32
  %acc = memref.alloc() : memref<2x4xi32, 2>
  // expected-remark @below {{loop around the core forall left as is by aie-sink-reduction-loop-into-herd: the herd has 2 cores; sinking the loop needs the block's L1 buffers split per core, which herdflow does not do (a herd of one core is normalized)}}
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (2) {
      %row = memref.subview %acc[%i, 0] [1, 4] [1, 1] : memref<2x4xi32, 2> to memref<4xi32, strided<[1], offset: ?>, 2>
      linalg.fill ins(%one : i32) outs(%row : memref<4xi32, strided<[1], offset: ?>, 2>)
    } {mapping = [#gpu.thread<x>]}
  }
  memref.copy %acc, %out : memref<2x4xi32, 2> to memref<2x4xi32, 1>
  return
}

// -----

// The accumulator is read on the host after the loop (a value of an L1 op
// used outside the herd): nothing moves.
// CHECK-LABEL: func.func @l1_value_on_host(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @l1_value_on_host(%v: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<4xi32, 2>
  // expected-remark @below {{a value of an op on L1 is used outside the herd}}
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      memref.store %v, %acc[%k] : memref<4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  }
  %r = memref.load %acc[%c0] : memref<4xi32, 2>
  %s = arith.addi %r, %v : i32
  return %s : i32
}

// -----

// An L1 op after the loop reads an L2 buffer the host writes after the
// loop: moving it into the forall (ahead of that write) would read it early.
// CHECK-LABEL: func.func @host_write_in_between(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @host_write_in_between(%l2: memref<4xi32, 1>, %src: memref<4xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %v = arith.constant 3 : i32
  %acc = memref.alloc() : memref<4xi32, 2>
  // expected-remark @below {{an op that stays on the host touches a buffer of an op on L1 it would change places with}}
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      memref.store %v, %acc[%k] : memref<4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  }
  memref.copy %src, %l2 : memref<4xi32> to memref<4xi32, 1>
  memref.copy %l2, %acc : memref<4xi32, 1> to memref<4xi32, 2>
  return
}

// -----

// The loop carries a value: not the bufferized form the pass works on.
// CHECK-LABEL: func.func @carried(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @carried(%v: i32, %flag: memref<1xi32, 2>) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  // expected-remark @below {{the loop or the forall carries values (the form is not bufferized)}}
  %r = scf.for %k = %c0 to %c4 step %c1 iter_args(%s = %c0) -> (index) {
    scf.forall (%i) in (1) {
      memref.store %v, %flag[%i] : memref<1xi32, 2>
    } {mapping = [#gpu.thread<x>]}
    %n = arith.addi %s, %k : index
    scf.yield %n : index
  }
  return %r : index
}

// -----

// A generic on L1 after the loop captures a value the host computes after
// the loop: it cannot move ahead of it.
// CHECK-LABEL: func.func @captured_after_loop(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @captured_after_loop(%v: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<4xi32, 2>
  // expected-remark @below {{an op on L1 after the loop uses a value computed after the loop on the host}}
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      memref.store %v, %acc[%k] : memref<4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  }
  %seven = arith.addi %v, %v : i32
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%acc : memref<4xi32, 2>) {
  ^bb0(%o: i32):
    linalg.yield %seven : i32
  }
  return
}

// -----

// A host op writes (inside its region) the L2 buffer a moved prologue op
// reads: the op's own effects are on its operands only, its body's are
// walked too.
// CHECK-LABEL: func.func @nested_write_conflict(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @nested_write_conflict(%src: memref<4xi32>, %v: i32) {
  %host = memref.alloc() : memref<4xi32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c9 = arith.constant 9 : i32
  %l2 = memref.alloc() : memref<4xi32, 1>
  memref.copy %src, %l2 : memref<4xi32> to memref<4xi32, 1>
  %acc = memref.alloc() : memref<4xi32, 2>
  linalg.copy ins(%l2 : memref<4xi32, 1>) outs(%acc : memref<4xi32, 2>)
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%host : memref<4xi32>) {
  ^bb0(%o: i32):
    memref.store %c9, %l2[%c0] : memref<4xi32, 1>
    linalg.yield %o : i32
  }
  // expected-remark @below {{an op that stays on the host touches a buffer of an op on L1 it would change places with}}
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      memref.store %v, %acc[%k] : memref<4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  }
  return
}

// -----

// The accumulator is used in another block of the function.
// CHECK-LABEL: func.func @used_in_successor(
// CHECK:         scf.for
// CHECK-NEXT:      scf.forall
func.func @used_in_successor(%out: memref<4xi32, 1>, %v: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = memref.alloc() : memref<4xi32, 2>
  // expected-remark @below {{a value of an op on L1 is used outside the herd}}
  scf.for %k = %c0 to %c4 step %c1 {
    scf.forall (%i) in (1) {
      memref.store %v, %acc[%k] : memref<4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  }
  cf.br ^bb1
^bb1:
  memref.copy %acc, %out : memref<4xi32, 2> to memref<4xi32, 1>
  return
}

// -----

// A loop over output tiles (L2 reuse's loop over herd tiles): each
// iteration writes a fresh L2 tile and its own part of C, so it is not a
// reduction loop and the pass passes it by without a remark.
// CHECK-LABEL: func.func @loop_over_output_tiles(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      scf.forall
func.func @loop_over_output_tiles(%out: memref<2x16xi32>) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1 : i32
  scf.for %n = %c0 to %c16 step %c4 {
    %tile = memref.alloc() : memref<2x4xi32, 1>
    scf.forall (%i) in (2) {
      %row = memref.subview %tile[%i, 0] [1, 4] [1, 1] : memref<2x4xi32, 1> to memref<4xi32, strided<[1], offset: ?>, 1>
      linalg.fill ins(%one : i32) outs(%row : memref<4xi32, strided<[1], offset: ?>, 1>)
    } {mapping = [#gpu.thread<x>]}
    %part = memref.subview %out[0, %n] [2, 4] [1, 1] : memref<2x16xi32> to memref<2x4xi32, strided<[16, 1], offset: ?>>
    memref.copy %tile, %part : memref<2x4xi32, 1> to memref<2x4xi32, strided<[16, 1], offset: ?>>
    memref.dealloc %tile : memref<2x4xi32, 1>
  }
  return
}

// -----

// The same loop writing one part of C in every iteration accumulates into
// it: a reduction loop, so the herd of two cores is reported.
// CHECK-LABEL: func.func @loop_writing_one_tile(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      scf.forall
func.func @loop_writing_one_tile(%out: memref<2x16xi32>) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1 : i32
  // expected-remark @below {{the herd has 2 cores}}
  scf.for %n = %c0 to %c16 step %c4 {
    %tile = memref.alloc() : memref<2x4xi32, 1>
    scf.forall (%i) in (2) {
      %row = memref.subview %tile[%i, 0] [1, 4] [1, 1] : memref<2x4xi32, 1> to memref<4xi32, strided<[1], offset: ?>, 1>
      linalg.fill ins(%one : i32) outs(%row : memref<4xi32, strided<[1], offset: ?>, 1>)
    } {mapping = [#gpu.thread<x>]}
    %part = memref.subview %out[0, 0] [2, 4] [1, 1] : memref<2x16xi32> to memref<2x4xi32, strided<[16, 1]>>
    memref.copy %tile, %part : memref<2x4xi32, 1> to memref<2x4xi32, strided<[16, 1]>>
    memref.dealloc %tile : memref<2x4xi32, 1>
  }
  return
}

// -----

// One core, a loop over output tiles: not a reduction, so not sunk either
// (the herd runs once per tile, as it does with more cores).
// CHECK-LABEL: func.func @one_core_loop_over_output_tiles(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      scf.forall
func.func @one_core_loop_over_output_tiles(%out: memref<4x32xi32>) {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %seven = arith.constant 7 : i32
  scf.for %n = %c0 to %c32 step %c8 {
    %tile = memref.alloc() : memref<4x8xi32, 1>
    scf.forall (%i) in (1) {
      linalg.fill ins(%seven : i32) outs(%tile : memref<4x8xi32, 1>)
    } {mapping = [#gpu.thread<x>]}
    %part = memref.subview %out[0, %n] [4, 8] [1, 1] : memref<4x32xi32> to memref<4x8xi32, strided<[32, 1], offset: ?>>
    memref.copy %tile, %part : memref<4x8xi32, 1> to memref<4x8xi32, strided<[32, 1], offset: ?>>
    memref.dealloc %tile : memref<4x8xi32, 1>
  }
  return
}

// -----

// Tiles that overlap from one iteration to the next (offset n / 2 with a
// tile as wide as the step) are written again: treated as a reduction, so
// the herd of two cores is reported.
// CHECK-LABEL: func.func @overlapping_tiles(
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      scf.forall
func.func @overlapping_tiles(%out: memref<2x16xi32>) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1 : i32
  // expected-remark @below {{the herd has 2 cores}}
  scf.for %n = %c0 to %c16 step %c4 {
    %tile = memref.alloc() : memref<2x4xi32, 1>
    scf.forall (%i) in (2) {
      %row = memref.subview %tile[%i, 0] [1, 4] [1, 1] : memref<2x4xi32, 1> to memref<4xi32, strided<[1], offset: ?>, 1>
      linalg.fill ins(%one : i32) outs(%row : memref<4xi32, strided<[1], offset: ?>, 1>)
    } {mapping = [#gpu.thread<x>]}
    %half = arith.divui %n, %c2 : index
    %part = memref.subview %out[0, %half] [2, 4] [1, 1] : memref<2x16xi32> to memref<2x4xi32, strided<[16, 1], offset: ?>>
    memref.copy %tile, %part : memref<2x4xi32, 1> to memref<2x4xi32, strided<[16, 1], offset: ?>>
    memref.dealloc %tile : memref<2x4xi32, 1>
  }
  return
}
