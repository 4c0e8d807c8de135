// The passes as transform ops on a loop handle.
// RUN: cat %S/../Inputs/streamk-256x128x512-baseline.mlir %s > %t.script.mlir
// RUN: aie-opt %t.script.mlir --transform-interpreter --verify-each | FileCheck %s

// Same result as the passes: L1 fill before the K loops, two L3 -> L2 copies
// in the outer loop, two packs in the inner loop, one unpack after.
// CHECK-NOT:      linalg.fill {{.*}}, 1>)
// CHECK:          scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// CHECK:            linalg.fill ins(%c0_i32 : i32) outs(%[[L1:.*]] : memref<4x8x4x8xi32, 2>)
// CHECK-NEXT:       scf.for %{{.*}} = %c0 to %c512 step %c256 {
// CHECK-COUNT-2:      linalg.copy
// CHECK:              scf.for %{{.*}} = %c0 to %c256 step %c32 {
// CHECK-COUNT-2:        linalg.transpose {{.*}} permutation = [2, 0, 1, 3]
// CHECK-NEXT:           linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// CHECK:            linalg.transpose ins(%[[L1]] : memref<4x8x4x8xi32, 2>) outs(%{{.*}}) permutation = [1, 2, 0, 3]
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %herd = transform.structured.match ops{["scf.forall"]} attributes {mapping = [#gpu.thread<y>, #gpu.thread<x>]} in %root : (!transform.any_op) -> !transform.any_op
    %loops = transform.structured.match ops{["scf.for"]} in %herd : (!transform.any_op) -> !transform.any_op
    // structured.match lists ops in post-order: the inner loop first.
    %inner, %outer = transform.split_handle %loops : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.aie.fuse_fill_into_loop %outer : !transform.any_op
    transform.aie.hoist_pack_unpack %herd : !transform.any_op
    transform.yield
  }
}
