// aie-streaming-k written as transform ops, one per pass, on the front end's
// baseline: the same placeable AIR as the pass pipeline.
// RUN: cat %S/../Inputs/streamk-256x128x512-peel-baseline.mlir %s > %t.script.mlir
// RUN: aie-opt %t.script.mlir --transform-interpreter --verify-each | FileCheck %s
// RUN: aie-opt %S/../Inputs/streamk-256x128x512-peel-baseline.mlir --aie-streaming-k=fill-mode=peel | FileCheck %s

// CHECK:       air.channel @channel_0 [1, 2] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_1 [2, 1] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_{{[0-9]+}} [2, 2]
// CHECK-NOT:   air.channel @
// CHECK:       air.launch
// CHECK:         air.segment @segment_0
// CHECK-COUNT-4:   air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = {{[0-3]}} : i64}
// CHECK:           air.herd @herd_0
// CHECK-NOT:         air.dma_memcpy_nd
// CHECK-NOT:         scf.forall
// CHECK-NOT:         linalg.copy
// CHECK:           }
// CHECK-COUNT-4:   air.channel.get @channel_{{[0-9]+}}[
// CHECK-COUNT-2:   air.dma_memcpy_nd ({{.*}}, %{{.*}}[] [] [])
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %forall = transform.structured.match ops{["scf.forall"]} attributes {mapping = [#gpu.thread<y>, #gpu.thread<x>]} in %root : (!transform.any_op) -> !transform.any_op
    %module = transform.get_parent_op %forall {op_name = "builtin.module"} : (!transform.any_op) -> !transform.any_op
    %loops = transform.structured.match ops{["scf.for"]} in %forall : (!transform.any_op) -> !transform.any_op
    %inner, %outer = transform.split_handle %loops : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.aie.fuse_fill_into_loop %outer {mode = "peel"} : !transform.any_op
    transform.aie.hoist_pack_unpack %forall : !transform.any_op
    transform.aie.forall_to_air %module : !transform.any_op
    transform.aie.copy_to_dma %module : !transform.any_op
    %herd = transform.structured.match ops{["air.herd"]} in %module : (!transform.any_op) -> !transform.any_op
    transform.aie.dma_to_channel %herd : !transform.any_op
    transform.aie.share_peeled_dmas %module : !transform.any_op
    transform.aie.unpeel_transfers %module {target = "npu1"} : !transform.any_op
    transform.aie.check_resources %module {target = "npu1"} : !transform.any_op
    transform.yield
  }
}
