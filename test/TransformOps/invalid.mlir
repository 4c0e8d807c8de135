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

// -----

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    // expected-error @+1 {{'transform.aie.unpeel_transfers' op unknown target 'npu9' (one of: npu1, npu4)}}
    transform.aie.unpeel_transfers %root {target = "npu9"} : !transform.any_op
    transform.yield
  }
}

// -----

func.func @async(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c1 = arith.constant 1 : index
    // expected-note @+1 {{target herd}}
    air.herd @h tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32> {
      %l2 = memref.alloc() : memref<64xi32, 1>
      %t = air.dma_memcpy_nd async (%l2[] [] [], %ha[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    }
  }
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %herd = transform.structured.match ops{["air.herd"]} in %root : (!transform.any_op) -> !transform.any_op
    // expected-error @+1 {{herd left unchanged: it uses async tokens}}
    transform.aie.dma_to_channel %herd : !transform.any_op
    transform.yield
  }
}

// -----

func.func @too_big() {
  air.segment @s {
    %c8 = arith.constant 8 : index
    // expected-error @+1 {{herd of 8x8 cores (rows x columns) does not fit the npu1 array of 4x4}}
    air.herd @h tile (%x, %y) in (%sx=%c8, %sy=%c8) {
    }
  }
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %herd = transform.structured.match ops{["air.herd"]} in %root : (!transform.any_op) -> !transform.any_op
    %module = transform.get_parent_op %herd {op_name = "builtin.module"} : (!transform.any_op) -> !transform.any_op
    // expected-error @+1 {{the program does not fit npu1 (errors at the ops above)}}
    transform.aie.check_resources %module : !transform.any_op
    transform.yield
  }
}

// -----

func.func @wide(%a: memref<8xi32>) {
  // expected-error @+1 {{a herd has at most 2 dimensions, this scf.forall mapped to cores has 3}}
  scf.forall (%i, %j, %k) in (2, 2, 2) {
  } {mapping = [#gpu.thread<z>, #gpu.thread<y>, #gpu.thread<x>]}
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %f = transform.structured.match ops{["func.func"]} in %root : (!transform.any_op) -> !transform.any_op
    %module = transform.get_parent_op %f {op_name = "builtin.module"} : (!transform.any_op) -> !transform.any_op
    // expected-error @+1 {{scf.forall to AIR failed (see the error above)}}
    transform.aie.forall_to_air %module : !transform.any_op
    transform.yield
  }
}
