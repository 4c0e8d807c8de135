// RUN: aie-opt %s --verify-each --split-input-file --transform-interpreter | FileCheck %s

// aie-hoist-pack-unpack's folds as patterns, applied to a function.

// The unpack through an L1 temporary: one transpose into an expanded view of
// the L2 destination, the temporary gone.
// CHECK-LABEL: func.func @unpack_through_temporary(
// CHECK-NEXT:    %[[E:.*]] = memref.expand_shape %{{.*}} {{\[\[}}0, 1], [2, 3]] output_shape [8, 4, 4, 8]
// CHECK-NEXT:    linalg.transpose ins(%{{.*}} : memref<4x8x4x8xi32, 2>) outs(%[[E]] : {{.*}}) permutation = [1, 2, 0, 3]
// CHECK-NEXT:    return
func.func @unpack_through_temporary(%l1: memref<4x8x4x8xi32, 2>, %l2: memref<32x32xi32, 1>) {
  %tmp = memref.alloc() : memref<8x4x4x8xi32, 2>
  linalg.transpose ins(%l1 : memref<4x8x4x8xi32, 2>) outs(%tmp : memref<8x4x4x8xi32, 2>) permutation = [1, 2, 0, 3]
  %c = memref.collapse_shape %tmp [[0, 1], [2, 3]] : memref<8x4x4x8xi32, 2> into memref<32x32xi32, 2>
  linalg.copy ins(%c : memref<32x32xi32, 2>) outs(%l2 : memref<32x32xi32, 1>)
  memref.dealloc %tmp : memref<8x4x4x8xi32, 2>
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.aie.pack_unpack_folds
    } : !transform.any_op
    transform.yield
  }
}

// -----

// Fill then pack: the packed buffer is filled; the fill of the allocated L2
// view, now overwritten by nothing and read by nothing, stays (it is not
// overwritten, so it is not a dead write).
// CHECK-LABEL: func.func @fill_then_pack(
// CHECK:         linalg.fill ins(%{{.*}} : i32) outs(%[[V:.*]] : memref<8x8xi32, 1>)
// CHECK-NEXT:    linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : memref<8x8xi32, 2>)
// CHECK-NOT:     linalg.copy
func.func @fill_then_pack(%l1: memref<8x8xi32, 2>) {
  %zero = arith.constant 0 : i32
  %v = memref.alloc() : memref<8x8xi32, 1>
  linalg.fill ins(%zero : i32) outs(%v : memref<8x8xi32, 1>)
  linalg.copy ins(%v : memref<8x8xi32, 1>) outs(%l1 : memref<8x8xi32, 2>)
  memref.dealloc %v : memref<8x8xi32, 1>
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.aie.pack_unpack_folds
    } : !transform.any_op
    transform.yield
  }
}

// -----

// A write to a function argument is observable: never a dead write.
// CHECK-LABEL: func.func @argument_write_kept(
// CHECK-NEXT:    arith.constant
// CHECK-NEXT:    linalg.fill
// CHECK-NEXT:    linalg.copy
func.func @argument_write_kept(%out: memref<8x8xi32, 1>, %src: memref<8x8xi32, 1>) {
  %zero = arith.constant 0 : i32
  linalg.fill ins(%zero : i32) outs(%out : memref<8x8xi32, 1>)
  linalg.copy ins(%src : memref<8x8xi32, 1>) outs(%out : memref<8x8xi32, 1>)
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %f {
      transform.apply_patterns.aie.pack_unpack_folds
    } : !transform.any_op
    transform.yield
  }
}
