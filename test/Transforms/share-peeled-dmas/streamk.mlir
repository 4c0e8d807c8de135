// The discussion's case with fill-mode=peel: without sharing, the core tiles
// would need 6 input channels and the shims 4 output channels, and
// aie-check-resources refuses it; with sharing each core uses 2 inputs and 1
// output, each shim column 2 + 1, and the check passes. The conditional
// pipeline passes as it is.
// RUN: not aie-opt %S/../../Inputs/streamk-1024x512x2048-peel-dma.mlir --aie-dma-to-channel --aie-check-resources=target=npu1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNSHARED
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-peel-dma.mlir --verify-each --aie-dma-to-channel --aie-share-peeled-dmas --aie-unpeel-transfers --aie-check-resources="target=npu1 report=true" -o %t.shared.mlir 2>&1 | FileCheck %s --check-prefix=REPORT
// RUN: FileCheck %s --input-file=%t.shared.mlir
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-baseline.mlir --aie-streaming-k="target=npu1 fill-mode=conditional" --aie-check-resources="target=npu1 report=true" -o /dev/null 2>&1 | FileCheck %s --check-prefix=CONDITIONAL

// UNSHARED-DAG: error: each core tile of the herd needs 6 input (S2MM) DMA channels; a npu1 core tile has 2
// UNSHARED-DAG: error: shim DMA of column 0 needs 4 output (MM2S) DMA channels; a npu1 shim tile has 2

// REPORT:      core (each)  bytes 24576 / 65536  S2MM 2 / 2  MM2S 1 / 2  BDs 14 / 16
// REPORT-NEXT: memtile 0  bytes 147456 / 524288  S2MM 4 / 6  MM2S 3 / 6
// REPORT-NEXT: memtile 1  bytes 147456 / 524288  S2MM 4 / 6  MM2S 3 / 6
// REPORT-NEXT: shim col 0  S2MM 1 / 2  MM2S 2 / 2
// REPORT-NEXT: shim col 1  S2MM 1 / 2  MM2S 2 / 2

// CONDITIONAL: core (each)  bytes 24576 / 65536  S2MM 2 / 2  MM2S 1 / 2  BDs 6 / 16
// CONDITIONAL: shim col 0  S2MM 1 / 2  MM2S 2 / 2

// The peeled L1 steps share the loop's channels; the segment's first inner
// loop takes its peeled puts back (it starts at 0), the peeled L3 -> L2
// DMAs share their loops' shim channels.
// CHECK:       air.channel @channel_0 [1, 2] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_1 [2, 1] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_6 [2, 2]
// CHECK-NOT:   air.channel @
// CHECK:       air.segment
// CHECK-COUNT-4: air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = {{[0-3]}} : i64}
// CHECK-NOT:     air.channel.put
// CHECK:         scf.for %[[KK:.*]] = %c0{{.*}} to %c256 step %c32 {
// CHECK-NEXT:      air.channel.put @channel_0[%c0, %c0] (%{{.*}}[0, 0, %[[KK]]] [4, 32, 8] [8, 256, 1])
// CHECK:         scf.for
// CHECK-COUNT-4:   air.dma_memcpy_nd {{.*}} {herdflow.dma_channel = {{[0-3]}} : i64}
// CHECK:         air.herd
// CHECK-NOT:       air.channel.get @channel_{{[2-5]}}
// CHECK:         }
