// The discussion's case after copy-to-dma, made placeable: the segment stages
// A once per herd row and B once per herd column (4 L3 -> L2 DMAs per outer K
// iteration), puts the L1 tiles on broadcast channels (A along herd rows, B
// along herd columns; herd dimension 0 is the column, as in mlir-air, so A's
// channel is [1, 2] indexed by the row), and gets each core's accumulator into its column's
// half of the L2 tile, written back with one L2 -> L3 DMA per column. The
// herd keeps only transfers with L1 on one side.
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-dma.mlir --verify-each --aie-dma-to-channel | FileCheck %s
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-peel-dma.mlir --verify-each --aie-dma-to-channel | FileCheck %s --check-prefix=PEEL
// RUN: aie-opt %S/../../Inputs/streamk-256x256x512-1x1-dma.mlir --verify-each --aie-dma-to-channel | FileCheck %s --check-prefix=ONE
// RUN: aie-opt %S/../../Inputs/streamk-512x512x512-4x4-dma.mlir --verify-each --aie-dma-to-channel | FileCheck %s --check-prefix=FOUR

// CHECK:       air.channel @channel_0 [1, 2] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_1 [2, 1] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @channel_2 [2, 2]{{$}}
// CHECK:       air.segment @segment_0
// CHECK:         %[[C0:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<64x32xi32, 1>
// CHECK-NEXT:    %[[C1:.*]] = memref.alloc() {herdflow.memtile = 1 : i64} : memref<64x32xi32, 1>
// CHECK-NEXT:    scf.for %{{.*}} = %c0 to %c2048 step %c256 {
// CHECK-NEXT:      %[[A0:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<32x256xi32, 1>
// CHECK-NEXT:      %[[A1:.*]] = memref.alloc() {herdflow.memtile = 1 : i64} : memref<32x256xi32, 1>
// CHECK-NEXT:      affine.apply
// CHECK-NEXT:      air.dma_memcpy_nd (%[[A0]][] [] [], %{{.*}}[0, %{{.*}}] [32, 256] [2048, 1]) : (memref<32x256xi32, 1>, memref<1024x2048xi32>)
// CHECK-NEXT:      affine.apply
// CHECK-NEXT:      air.dma_memcpy_nd (%[[A1]][] [] [], %{{.*}}[0, %{{.*}}] [32, 256] [2048, 1])
// CHECK-NEXT:      %[[B0:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<256x32xi32, 1>
// CHECK-NEXT:      %[[B1:.*]] = memref.alloc() {herdflow.memtile = 1 : i64} : memref<256x32xi32, 1>
// CHECK-NEXT:      affine.apply
// CHECK-NEXT:      air.dma_memcpy_nd (%[[B0]][] [] [], %{{.*}}[0, %{{.*}}] [256, 32] [512, 1]) : (memref<256x32xi32, 1>, memref<2048x512xi32>)
// CHECK-NEXT:      affine.apply
// CHECK-NEXT:      air.dma_memcpy_nd (%[[B1]][] [] [], %{{.*}}[0, %{{.*}}] [256, 32] [512, 1])
// CHECK-NEXT:      scf.for %[[KK:.*]] = %c0 to %c256 step %c32 {
// CHECK-NEXT:        air.channel.put @channel_0[%c0, %c0] (%[[A0]][0, 0, %[[KK]]] [4, 32, 8] [8, 256, 1]) : (memref<32x256xi32, 1>)
// CHECK-NEXT:        air.channel.put @channel_0[%c0, %c1] (%[[A1]][0, 0, %[[KK]]] [4, 32, 8] [8, 256, 1]) : (memref<32x256xi32, 1>)
// CHECK-NEXT:        %[[BK:.*]] = affine.apply
// CHECK-NEXT:        air.channel.put @channel_1[%c0, %c0] (%[[B0]][0, 0, %[[BK]]] [4, 32, 8] [8, 32, 1]) : (memref<256x32xi32, 1>)
// CHECK-NEXT:        air.channel.put @channel_1[%c1, %c0] (%[[B1]][0, 0, %[[BK]]] [4, 32, 8] [8, 32, 1]) : (memref<256x32xi32, 1>)
// CHECK-NEXT:      }
// CHECK-COUNT-4:   memref.dealloc
// CHECK-NEXT:    }
// CHECK-NEXT:    air.herd @herd_0 tile (%[[TX:.*]], %[[TY:.*]]) in (%{{.*}}=%c2, %{{.*}}=%c2) {
// CHECK-NOT:       air.dma_memcpy_nd
// CHECK:           linalg.fill
// CHECK:           scf.for
// CHECK-NEXT:        scf.for
// CHECK-NEXT:          memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:          air.channel.get @channel_0[%[[TX]], %[[TY]]] (%{{.*}}[] [] []) : (memref<4x8x4x8xi32, 2>)
// CHECK-NEXT:          memref.alloc() : memref<4x4x8x8xi32, 2>
// CHECK-NEXT:          air.channel.get @channel_1[%[[TX]], %[[TY]]] (%{{.*}}[] [] []) : (memref<4x4x8x8xi32, 2>)
// CHECK-NEXT:          linalg.generic
// CHECK-NOT:       air.dma_memcpy_nd
// CHECK:           air.channel.put @channel_2[%[[TX]], %[[TY]]] (%{{.*}}[0, 0, 0] [32, 4, 8] [8, 256, 1]) : (memref<4x8x4x8xi32, 2>)
// CHECK-NOT:       air.dma_memcpy_nd
// CHECK:         }
// CHECK-NEXT:    air.channel.get @channel_2[%c0, %c0] (%[[C0]][0, 0] [32, 32] [32, 1]) : (memref<64x32xi32, 1>)
// CHECK-NEXT:    air.channel.get @channel_2[%c0, %c1] (%[[C0]][0, 1024] [32, 32] [32, 1])
// CHECK-NEXT:    air.channel.get @channel_2[%c1, %c0] (%[[C1]][0, 0] [32, 32] [32, 1])
// CHECK-NEXT:    air.channel.get @channel_2[%c1, %c1] (%[[C1]][0, 1024] [32, 32] [32, 1])
// CHECK-NEXT:    %[[OUT:.*]] = affine.apply
// CHECK-NEXT:    air.dma_memcpy_nd (%{{.*}}[0, %[[OUT]]] [64, 32] [512, 1], %[[C0]][] [] []) : (memref<1024x512xi32>, memref<64x32xi32, 1>)
// CHECK-NEXT:    %[[OUT1:.*]] = arith.addi %[[OUT]], %c32 : index
// CHECK-NEXT:    air.dma_memcpy_nd (%{{.*}}[0, %[[OUT1]]] [64, 32] [512, 1], %[[C1]][] [] [])
// CHECK-NEXT:    memref.dealloc %[[C0]]
// CHECK-NEXT:    memref.dealloc %[[C1]]
// CHECK-NEXT:  }
// CHECK-NOT:   air.dma_memcpy_nd

// Peeling the first K iterations clones the stream of L1 tiles: one channel
// per clone (channel_0/1 for the first L1 step, 2/3 for the rest of the
// first L2 step, 4/5 for the loop) and the L3 -> L2 staging of the peeled
// L2 step before the loop; aie-share-peeled-dmas folds them back.
// PEEL-COUNT-6: air.channel @channel_{{[0-5]}} [{{[12]}}, {{[12]}}] {broadcast_shape = [2, 2]}
// PEEL-NEXT:    air.channel @channel_6 [2, 2]{{$}}
// PEEL:         air.segment
// PEEL-COUNT-4:   air.dma_memcpy_nd
// PEEL-COUNT-4:   air.channel.put @channel_{{[01]}}
// PEEL-NEXT:      scf.for
// PEEL-COUNT-4:     air.channel.put @channel_{{[23]}}
// PEEL:           scf.for
// PEEL-COUNT-4:     air.dma_memcpy_nd
// PEEL-NEXT:        scf.for
// PEEL-COUNT-4:       air.channel.put @channel_{{[45]}}
// PEEL:           air.herd
// PEEL-NOT:         air.dma_memcpy_nd
// PEEL:           }
// PEEL-COUNT-4:   air.channel.get @channel_6
// PEEL-COUNT-2:   air.dma_memcpy_nd

// A 1x1 herd: nothing to broadcast or split.
// ONE:       air.channel @channel_0 [1, 1]{{$}}
// ONE-NEXT:  air.channel @channel_1 [1, 1]{{$}}
// ONE-NEXT:  air.channel @channel_2 [1, 1]{{$}}
// ONE:       air.segment
// ONE:         %[[C:.*]] = memref.alloc() : memref<32x32xi32, 1>
// ONE:         scf.for
// ONE-COUNT-2:   air.dma_memcpy_nd
// ONE-NOT:       air.dma_memcpy_nd
// ONE:         air.herd
// ONE-NOT:       air.dma_memcpy_nd
// ONE:         air.channel.get @channel_2[%c0, %c0] (%[[C]][] [] []) : (memref<32x32xi32, 1>)
// ONE-NEXT:    affine.apply
// ONE-NEXT:    air.dma_memcpy_nd ({{.*}}, %[[C]][] [] [])
// ONE-NOT:     air.dma_memcpy_nd

// A 4x4 herd: 8 L3 -> L2 DMAs per outer K iteration, 4 row pieces of A and
// 4 column pieces of B and of the accumulator; 16 gets of the write-back,
// 4 L2 -> L3 DMAs.
// FOUR:       air.channel @channel_0 [1, 4] {broadcast_shape = [4, 4]}
// FOUR-NEXT:  air.channel @channel_1 [4, 1] {broadcast_shape = [4, 4]}
// FOUR-NEXT:  air.channel @channel_2 [4, 4]{{$}}
// FOUR:       air.segment
// FOUR-COUNT-4: memref.alloc() {herdflow.memtile = {{[0-3]}} : i64} : memref<128x32xi32, 1>
// FOUR-NEXT:    scf.for
// FOUR-COUNT-4:   memref.alloc() {herdflow.memtile = {{[0-3]}} : i64} : memref<32x256xi32, 1>
// FOUR-COUNT-4:   air.dma_memcpy_nd
// FOUR-COUNT-4:   memref.alloc() {herdflow.memtile = {{[0-3]}} : i64} : memref<256x32xi32, 1>
// FOUR-COUNT-4:   air.dma_memcpy_nd
// FOUR-NEXT:      scf.for
// FOUR-COUNT-4:     air.channel.put @channel_0
// FOUR-COUNT-4:     air.channel.put @channel_1
// FOUR:         air.herd
// FOUR-NOT:       air.dma_memcpy_nd
// FOUR:         }
// FOUR-COUNT-16: air.channel.get @channel_2
// FOUR-COUNT-4:  air.dma_memcpy_nd ({{.*}} [128, 32] [512, 1], %{{.*}}[] [] [])
// FOUR-NOT:      air.dma_memcpy_nd
