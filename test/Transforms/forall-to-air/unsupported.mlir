// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-forall-to-air | FileCheck %s
// RUN: aie-opt %s --split-input-file --aie-forall-to-air=innermost-as-herd=true 2>/dev/null | aie-opt --verify-each | FileCheck %s --check-prefix=INNERMOST

// Foralls that verify but have no AIR equivalent stay as they are, with a
// remark, and nothing else in the function changes: the checks run before
// any rewrite (no normalization of bounds that are then refused).

// CHECK-LABEL: func.func @dynamic_upper_bound(
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : i32
// CHECK-NEXT:    scf.forall (%{{.*}}) = (2) to (%{{.*}}) step (2)
// CHECK-NOT:     air.
func.func @dynamic_upper_bound(%n: index, %A: memref<64xi32>) {
  %c1 = arith.constant 1 : i32
  // expected-remark @+1 {{scf.forall left unchanged: dynamic bounds}}
  scf.forall (%i) = (2) to (%n) step (2) {
    memref.store %c1, %A[%i] : memref<64xi32>
  } {mapping = [#gpu.thread<x>]}
  return
}

// -----

// CHECK-LABEL: func.func @zero_trips(
// CHECK:         scf.forall (%{{.*}}) = (8) to (8) step (1)
// CHECK-NOT:     air.herd
func.func @zero_trips(%m: memref<16xi32, 1>, %v: i32) {
  // expected-remark @+1 {{scf.forall left unchanged: it runs zero times}}
  scf.forall (%t) = (8) to (8) step (1) {
    memref.store %v, %m[%t] : memref<16xi32, 1>
  } {mapping = [#gpu.thread<x>]}
  return
}

// -----

// CHECK-LABEL: func.func @step_zero(
// CHECK:         scf.forall (%{{.*}}) = (4) to (16) step (0)
func.func @step_zero(%m: memref<16xi32, 1>, %v: i32) {
  // expected-remark @+1 {{scf.forall left unchanged: a step is not positive}}
  scf.forall (%t) = (4) to (16) step (0) {
    memref.store %v, %m[%t] : memref<16xi32, 1>
  } {mapping = [#gpu.thread<x>]}
  return
}

// -----

// A non-normalized forall: sizes are trip counts and the body sees lb + id * step.
// CHECK-LABEL: func.func @strided_ids(
// CHECK:         %[[C3:.*]] = arith.constant 3 : index
// CHECK:         air.herd @herd_0 tile (%[[T:.*]]) in (%{{.*}}=%[[C3]])
// CHECK:           %[[IV:.*]] = affine.apply #{{.*}}(%[[T]])
// CHECK:           memref.store %{{.*}}, %{{.*}}[%[[IV]]]
func.func @strided_ids(%m: memref<16xi32, 1>, %v: i32) {
  scf.forall (%t) = (4) to (16) step (5) {
    memref.store %v, %m[%t] : memref<16xi32, 1>
  } {mapping = [#gpu.thread<x>]}
  return
}

// -----

// Cores inside cores: the inner forall becomes the herd, the outer one stays
// (a herd may not contain a herd).
// CHECK-LABEL: func.func @thread_in_thread(
// CHECK:         scf.forall
// CHECK:           air.herd @herd_0
// CHECK-NOT:     air.herd
func.func @thread_in_thread(%m: memref<4x4xi32, 2>, %v: i32) {
  // expected-remark @+1 {{scf.forall left unchanged: AIR nests launch > segment > herd, and it would be nested with 'scf.forall'}}
  scf.forall (%i) in (4) {
    scf.forall (%j) in (4) {
      memref.store %v, %m[%i, %j] : memref<4x4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.thread<y>]}
  return
}

// -----

// Blocks inside cores: a launch may not sit in a herd.
// CHECK-LABEL: func.func @block_in_thread(
// CHECK:         scf.forall
// CHECK:           air.launch
func.func @block_in_thread(%m: memref<4x4xi32, 2>, %v: i32) {
  // expected-remark @+1 {{scf.forall left unchanged: AIR nests launch > segment > herd, and it would be nested with 'scf.forall'}}
  scf.forall (%i) in (4) {
    scf.forall (%j) in (4) {
      memref.store %v, %m[%i, %j] : memref<4x4xi32, 2>
    } {mapping = [#gpu.block<x>]}
  } {mapping = [#gpu.thread<y>]}
  return
}

// -----

// A forall inside an existing herd cannot become another herd.
// CHECK-LABEL: func.func @inside_existing_herd(
// CHECK:         air.herd
// CHECK:           scf.forall
func.func @inside_existing_herd(%m: memref<4xi32, 2>, %v: i32) {
  %c2 = arith.constant 2 : index
  air.herd tile (%x, %y) in (%sx=%c2, %sy=%c2) args(%mm=%m, %vv=%v) : memref<4xi32, 2>, i32 {
    // expected-remark @+1 {{scf.forall left unchanged: AIR nests launch > segment > herd, and it would be nested with 'air.herd'}}
    scf.forall (%j) in (4) {
      memref.store %vv, %mm[%j] : memref<4xi32, 2>
    } {mapping = [#gpu.thread<x>]}
  }
  return
}

// -----

// Only the innermost unmapped forall becomes a herd: the outer one is not
// innermost, even after the inner one is converted.
// INNERMOST-LABEL: func.func @innermost_only(
// INNERMOST-NEXT:    scf.forall
// INNERMOST-NEXT:      arith.constant 4
// INNERMOST-NEXT:      air.herd @herd_0
// INNERMOST-NOT:     air.herd
func.func @innermost_only(%a: memref<4x4xi32, 2>, %b: memref<4x4xi32, 2>) {
  // expected-remark @+1 {{scf.forall left unchanged: not mapped to #gpu.block or #gpu.thread}}
  scf.forall (%i) in (4) {
    // expected-remark @+1 {{scf.forall left unchanged: not mapped to #gpu.block or #gpu.thread}}
    scf.forall (%j) in (4) {
      %x = memref.load %a[%i, %j] : memref<4x4xi32, 2>
      memref.store %x, %b[%i, %j] : memref<4x4xi32, 2>
    }
  }
  return
}
