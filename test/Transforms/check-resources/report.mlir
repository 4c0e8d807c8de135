// The usage report of a placeable 2x2 program, as a remark and as JSON.
// RUN: aie-opt %s --aie-check-resources="target=npu1 report=true report-file=%t.json" -o /dev/null 2>&1 | FileCheck %s
// RUN: FileCheck %s --check-prefix=JSON --input-file=%t.json

// CHECK:      remark: resource usage on npu1 (used / available):
// CHECK-NEXT:  segment @seg, herd @herd 2x2
// CHECK-NEXT:   core (each)  bytes 16384 / 65536  S2MM 1 / 2  MM2S 1 / 2  BDs 4 / 16
// CHECK-NEXT:   memtile 0  bytes 32768 / 524288  S2MM 3 / 6  MM2S 2 / 6  BDs 10 / 48
// CHECK-NEXT:   memtile 1  bytes 16384 / 524288  S2MM 1 / 6  MM2S 1 / 6  BDs 4 / 48
// CHECK-NEXT:   shim col 0  S2MM 1 / 2  MM2S 1 / 2  BDs 4 / 16
// CHECK-NEXT:   shim col 1  S2MM 0 / 2  MM2S 1 / 2  BDs 2 / 16

// JSON:      "fits": true,
// JSON:      "segments": [
// JSON:          "core": {
// JSON-NEXT:       "bufferDescriptors": 4,
// JSON-NEXT:       "bufferDescriptorsAvailable": 16,
// JSON-NEXT:       "bytes": 16384,
// JSON-NEXT:       "bytesAvailable": 65536,
// JSON-NEXT:       "index": 0,
// JSON-NEXT:       "kind": "core",
// JSON-NEXT:       "mm2s": 1,
// JSON-NEXT:       "mm2sAvailable": 2,
// JSON-NEXT:       "s2mm": 1,
// JSON-NEXT:       "s2mmAvailable": 2
// JSON:        "herdShape": [
// JSON-NEXT:     2,
// JSON-NEXT:     2
// JSON:      "target": "npu1"

air.channel @a [2, 1] {broadcast_shape = [2, 2]}
air.channel @c [2, 2]
func.func @fits(%A: memref<64x64xi32>, %C: memref<64x64xi32>) {
  air.segment @seg args(%sa=%A, %sc=%C) : memref<64x64xi32>, memref<64x64xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %a0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<32x64xi32, 1>
    %a1 = memref.alloc() {herdflow.memtile = 1 : i64} : memref<32x64xi32, 1>
    air.dma_memcpy_nd (%a0[] [] [], %sa[0, 0] [32, 64] [64, 1]) : (memref<32x64xi32, 1>, memref<64x64xi32>)
    air.dma_memcpy_nd (%a1[] [] [], %sa[32, 0] [32, 64] [64, 1]) : (memref<32x64xi32, 1>, memref<64x64xi32>)
    air.channel.put @a[%c0, %c0] (%a0[0, 0, 0] [8, 32, 8] [8, 64, 1]) : (memref<32x64xi32, 1>)
    air.channel.put @a[%c1, %c0] (%a1[0, 0, 0] [8, 32, 8] [8, 64, 1]) : (memref<32x64xi32, 1>)
    %c2 = arith.constant 2 : index
    air.herd @herd tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %l1 = memref.alloc() : memref<32x64xi32, 2>
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<32x64xi32, 2>)
      air.channel.put @c[%x, %y] (%l1[0, 0] [32, 32] [64, 1]) : (memref<32x64xi32, 2>)
    }
    %o0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<64x32xi32, 1>
    air.channel.get @c[%c0, %c0] (%o0[0, 0] [32, 32] [32, 1]) : (memref<64x32xi32, 1>)
    air.channel.get @c[%c1, %c0] (%o0[0, 1024] [32, 32] [32, 1]) : (memref<64x32xi32, 1>)
    air.dma_memcpy_nd (%sc[0, 0] [64, 32] [64, 1], %o0[] [] []) : (memref<64x64xi32>, memref<64x32xi32, 1>)
  }
  return
}

