// RUN: aie-opt %s --split-input-file --transform-interpreter --verify-diagnostics

func.func @no_fill(%A: memref<8x8xi32, 1>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  // expected-note @+1 {{target loop}}
  scf.for %k = %c0 to %c4 step %c1 {
  }
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %loop = transform.structured.match ops{["scf.for"]} in %root : (!transform.any_op) -> !transform.any_op
    // expected-error @+1 {{no fill before the loop could be fused}}
    transform.aie.fuse_fill_into_loop %loop : !transform.any_op
    transform.yield
  }
}

// -----

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %loop = transform.structured.match ops{["scf.for"]} in %root : (!transform.any_op) -> !transform.any_op
    // expected-error @+1 {{'transform.aie.fuse_fill_into_loop' op mode must be "conditional" or "peel", got "twice"}}
    transform.aie.fuse_fill_into_loop %loop {mode = "twice"} : !transform.any_op
    transform.yield
  }
}
