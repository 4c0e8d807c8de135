// aie-streaming-k is the passes in order, in both fill modes and targets.
// RUN: aie-opt %S/../Inputs/streamk-256x128x512-baseline.mlir --verify-each --aie-streaming-k -o %t.pipeline.mlir
// RUN: aie-opt %S/../Inputs/streamk-256x128x512-baseline.mlir --verify-each --aie-fuse-fill-into-loop --aie-hoist-pack-unpack --aie-forall-to-air --aie-copy-to-dma --aie-dma-to-channel --aie-share-peeled-dmas --aie-unpeel-transfers --aie-check-resources -o %t.passes.mlir
// RUN: diff %t.pipeline.mlir %t.passes.mlir
// RUN: aie-opt %S/../Inputs/streamk-256x128x512-baseline.mlir --verify-each --aie-streaming-k="fill-mode=peel target=npu4" -o %t.peel.pipeline.mlir
// RUN: aie-opt %S/../Inputs/streamk-256x128x512-baseline.mlir --verify-each --aie-fuse-fill-into-loop=mode=peel --aie-hoist-pack-unpack --aie-forall-to-air --aie-copy-to-dma --aie-dma-to-channel --aie-share-peeled-dmas --aie-unpeel-transfers=target=npu4 --aie-check-resources=target=npu4 -o %t.peel.passes.mlir
// RUN: diff %t.peel.pipeline.mlir %t.peel.passes.mlir
// RUN: FileCheck %s --input-file=%t.pipeline.mlir
// An npu4 herd checked against npu1 fails the pipeline at its last pass.
// RUN: not aie-opt %S/../Inputs/streamk-256x256x64-npu4-4x8-baseline.mlir --aie-streaming-k -o /dev/null 2>&1 | FileCheck %s --check-prefix=BIG

// CHECK:     air.channel @channel_0 [1, 2] {broadcast_shape = [2, 2]}
// CHECK:     air.launch
// CHECK:       air.segment @segment_0
// CHECK:         air.herd @herd_0
// CHECK-NOT:       air.dma_memcpy_nd
// CHECK:         }
// CHECK-NOT:   linalg.copy

// BIG: error: herd of 4x8 cores (rows x columns) does not fit the npu1 array of 4x4
