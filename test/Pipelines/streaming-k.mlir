// aie-streaming-k is the passes in order, in both fill modes.
// RUN: herdflow compile --m 256 --n 128 --k 512 -o %t.mlir 2>/dev/null
// RUN: aie-opt %t.mlir --verify-each --aie-streaming-k -o %t.pipeline.mlir
// RUN: aie-opt %t.mlir --verify-each --aie-fuse-fill-into-loop --aie-hoist-pack-unpack --aie-forall-to-air --aie-copy-to-dma -o %t.passes.mlir
// RUN: diff %t.pipeline.mlir %t.passes.mlir
// RUN: aie-opt %t.mlir --verify-each --aie-streaming-k=fill-mode=peel -o %t.peel.pipeline.mlir
// RUN: aie-opt %t.mlir --verify-each --aie-fuse-fill-into-loop=mode=peel --aie-hoist-pack-unpack --aie-forall-to-air --aie-copy-to-dma -o %t.peel.passes.mlir
// RUN: diff %t.peel.pipeline.mlir %t.peel.passes.mlir
// RUN: FileCheck %s --input-file=%t.pipeline.mlir

// CHECK:     air.launch
// CHECK:       air.segment @segment_0
// CHECK:         air.herd @herd_0
// CHECK-NOT:   linalg.copy
// CHECK:       air.dma_memcpy_nd
