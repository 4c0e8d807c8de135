// dma-to-channel, sharing, unpeeling and the resource check as transform ops, on the
// discussion's peeled schedule: same channels as the passes give.
// RUN: cat %S/../Inputs/streamk-1024x512x2048-peel-dma.mlir %s > %t.script.mlir
// RUN: aie-opt %t.script.mlir --transform-interpreter --verify-each | FileCheck %s
// RUN: aie-opt %S/../Inputs/streamk-1024x512x2048-peel-dma.mlir --aie-dma-to-channel --aie-share-peeled-dmas --aie-unpeel-transfers | FileCheck %s

// CHECK:       air.channel @channel_0 [1, 2] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_1 [2, 1] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_6 [2, 2]
// CHECK-NOT:   air.channel @
// CHECK:       air.herd
// CHECK-NOT:     air.dma_memcpy_nd
// CHECK:       }
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %herd = transform.structured.match ops{["air.herd"]} in %root : (!transform.any_op) -> !transform.any_op
    %module = transform.get_parent_op %herd {op_name = "builtin.module"} : (!transform.any_op) -> !transform.any_op
    transform.aie.dma_to_channel %herd : !transform.any_op
    transform.aie.share_peeled_dmas %module : !transform.any_op
    transform.aie.unpeel_transfers %module {target = "npu1"} : !transform.any_op
    transform.aie.check_resources %module {target = "npu1"} : !transform.any_op
    transform.yield
  }
}
