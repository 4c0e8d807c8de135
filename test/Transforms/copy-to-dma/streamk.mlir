// The discussion's case after the full chain so far: every transfer between
// memory levels is one air.dma_memcpy_nd with exact patterns, per core:
// 2 L3 -> L2 DMAs in the outer K loop, 2 L2 -> L1 in the inner loop, 1
// L1 -> L2 after the loops, and 1 L2 -> L3 per block in the segment.
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-air.mlir --verify-each --aie-copy-to-dma | FileCheck %s

// CHECK-NOT:    linalg.copy
// The function boundary is contiguous: the launch takes identity-layout buffers.
// CHECK:        air.launch ({{.*}}) args({{.*}}) : memref<1024x512xi32>, memref<1024x2048xi32>, memref<2048x512xi32> {
// CHECK:          air.segment @segment_0
// CHECK:            %[[L2C:.*]] = memref.alloc() : memref<64x64xi32, 1>
// CHECK:            air.herd @herd_0 tile ({{.*}}) args(%[[A:.*]]=%{{.*}}, %{{.*}}=%{{.*}}, %[[B:.*]]=%{{.*}}, %{{.*}}=%{{.*}}, %[[HC:.*]]=%[[L2C]]) : memref<1024x2048xi32>, index, memref<2048x512xi32>, index, memref<64x64xi32, 1> {
// CHECK:              %[[ACC:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:         linalg.fill ins(%{{.*}} : i32) outs(%[[ACC]] : memref<4x8x4x8xi32, 2>)
// CHECK-NEXT:         scf.for %[[K:.*]] = %c0 to %c2048 step %c256 {
// A: rows of this core's 32 x 256 slice of A, row stride 2048.
// CHECK:                %[[A2:.*]] = memref.alloc() : memref<32x256xi32, 1>
// CHECK:                air.dma_memcpy_nd (%[[A2]][] [] [], %[[A]][0, %{{.*}}] [32, 256] [2048, 1]) : (memref<32x256xi32, 1>, memref<1024x2048xi32>)
// CHECK:                %[[B2:.*]] = memref.alloc() : memref<256x32xi32, 1>
// CHECK:                air.dma_memcpy_nd (%[[B2]][] [] [], %[[B]][0, %{{.*}}] [256, 32] [512, 1]) : (memref<256x32xi32, 1>, memref<2048x512xi32>)
// CHECK-NEXT:           scf.for %[[KK:.*]] = %c0 to %c256 step %c32 {
// The A pack: 4 blocks of 8 columns, 32 rows of 256, into a whole L1 buffer.
// CHECK:                  air.dma_memcpy_nd (%{{.*}}[] [] [], %[[A2]][0, 0, %[[KK]]] [4, 32, 8] [8, 256, 1]) : (memref<4x8x4x8xi32, 2>, memref<32x256xi32, 1>)
// The B pack: rows kk..kk+31 of the 256 x 32 slice, 8-column blocks.
// CHECK:                  air.dma_memcpy_nd (%{{.*}}[] [] [], %[[B2]][0, 0, %{{.*}}] [4, 32, 8] [8, 32, 1]) : (memref<4x4x8x8xi32, 2>, memref<256x32xi32, 1>)
// CHECK-NEXT:             linalg.generic
// CHECK-NOT:              air.dma_memcpy_nd
// CHECK:                memref.dealloc %[[A2]]
// CHECK-NEXT:         }
// The C unpack into the core's 32 x 32 quadrant of the block's L2 buffer:
// linear offset 2048 * row + 32 * column.
// CHECK-NEXT:         %[[OFF:.*]] = affine.apply #{{.*}}()[%{{.*}}, %{{.*}}]
// CHECK-NEXT:         air.dma_memcpy_nd (%[[HC]][0, %[[OFF]]] [32, 32] [64, 1], %[[ACC]][0, 0, 0] [32, 4, 8] [8, 256, 1]) : (memref<64x64xi32, 1>, memref<4x8x4x8xi32, 2>)
// CHECK:            }
// The block's write-back to L3.
// CHECK-NEXT:       affine.apply
// CHECK-NEXT:       air.dma_memcpy_nd (%{{.*}}[0, %{{.*}}] [64, 64] [512, 1], %[[L2C]][] [] []) : (memref<1024x512xi32>, memref<64x64xi32, 1>)
