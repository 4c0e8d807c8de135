// The discussion's ideal, whichever order the two passes run in (conditional
// mode), and the peeled schedule's (peel mode then hoisting).
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-baseline.mlir --verify-each --aie-fuse-fill-into-loop --aie-hoist-pack-unpack | FileCheck %s
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-baseline.mlir --verify-each --aie-hoist-pack-unpack --aie-fuse-fill-into-loop 2>/dev/null | FileCheck %s
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-baseline.mlir --verify-each --aie-fuse-fill-into-loop=mode=peel --aie-hoist-pack-unpack | FileCheck %s --check-prefix=PEEL

// No fill on any L2 buffer, no L1 temporary for the unpack.
// CHECK-NOT:    linalg.fill {{.*}}, 1>)
// CHECK-NOT:    memref<8x4x4x8xi32, 2>
// CHECK:        scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// CHECK:          %[[ACC:.*]] = memref.subview %{{.*}} : memref<64x64xi32, 1> to memref<32x32xi32, strided<[64, 1], offset: ?>, 1>
// CHECK-NEXT:     %[[EXP:.*]] = memref.expand_shape %[[ACC]] {{\[\[}}0, 1], [2, 3]] output_shape [8, 4, 4, 8]
// CHECK-NOT:      memref.expand_shape %[[ACC]]
// The accumulator lives in L1 for the whole K reduction, filled once.
// CHECK:          %[[L1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:     linalg.fill ins(%c0_i32 : i32) outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// CHECK-NEXT:     scf.for %{{.*}} = %c0 to %c2048 step %c256 {
// Exactly two L3 -> L2 copies per outer K iteration.
// CHECK:            %[[A2:.*]] = memref.alloc() : memref<32x256xi32, 1>
// CHECK-NEXT:       linalg.copy ins(%{{.*}}) outs(%[[A2]] : memref<32x256xi32, 1>)
// CHECK-NEXT:       %[[B2:.*]] = memref.alloc() : memref<256x32xi32, 1>
// CHECK-NEXT:       linalg.copy ins(%{{.*}}) outs(%[[B2]] : memref<256x32xi32, 1>)
// CHECK-NOT:        linalg.copy
// CHECK:            scf.for %{{.*}} = %c0 to %c256 step %c32 {
// Exactly two L2 -> L1 packs per inner K iteration, then the compute.
// CHECK-NOT:          linalg.copy
// CHECK:              linalg.transpose ins(%{{.*}}) outs(%{{.*}} : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
// CHECK-NOT:          linalg.copy
// CHECK:              linalg.transpose ins(%{{.*}}) outs(%{{.*}} : memref<4x4x8x8xi32, 2>) permutation = [2, 0, 1, 3]
// CHECK-NOT:          linalg.transpose
// CHECK:              linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// CHECK-NOT:          linalg.transpose
// CHECK-NOT:          linalg.copy
// CHECK:            }
// CHECK-DAG:        memref.dealloc %[[A2]]
// CHECK-DAG:        memref.dealloc %[[B2]]
// CHECK:          }
// One unpack, straight into the L2 view, after the K reduction.
// CHECK-NEXT:     linalg.transpose ins(%[[L1]] : memref<4x8x4x8xi32, 2>) outs(%[[EXP]] : {{.*}}) permutation = [1, 2, 0, 3]
// CHECK-NEXT:     memref.dealloc %[[L1]]
// One L2 -> L3 copy per block.
// CHECK:        } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// CHECK-NEXT:   linalg.copy ins(%{{.*}} : memref<64x64xi32, 1>) outs(%{{.*}} : memref<64x64xi32, strided<[512, 1], offset: ?>>)

// PEEL-NOT:     linalg.fill {{.*}}, 1>)
// PEEL-NOT:     scf.if
// PEEL:         scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// The peeled first block: two L3 -> L2 copies, two packs, the L1 fill.
// PEEL:           linalg.copy {{.*}} outs(%{{.*}} : memref<32x256xi32, 1>)
// PEEL:           linalg.copy {{.*}} outs(%{{.*}} : memref<256x32xi32, 1>)
// PEEL-NOT:       linalg.copy
// PEEL:           linalg.transpose {{.*}} permutation = [2, 0, 1, 3]
// PEEL:           linalg.transpose {{.*}} permutation = [2, 0, 1, 3]
// PEEL:           %[[L1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// PEEL-NEXT:      linalg.fill ins(%c0_i32 : i32) outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// PEEL-NEXT:      linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// PEEL-NOT:       linalg.copy
// The rest of the first block's inner loop: two packs each.
// PEEL:           scf.for %{{.*}} = %c32{{.*}} to %c256 step %c32 {
// PEEL-COUNT-2:     linalg.transpose {{.*}} permutation = [2, 0, 1, 3]
// PEEL-NOT:         linalg.transpose
// PEEL:             linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// PEEL-NOT:       linalg.transpose {{.*}}outs(%[[L1]]
// The main loops: two L3 -> L2 copies per outer step, two packs per inner.
// PEEL:           scf.for %{{.*}} = %c256{{.*}} to %c2048 step %c256 {
// PEEL-COUNT-2:     linalg.copy
// PEEL:             scf.for %{{.*}} = %c0 to %c256 step %c32 {
// PEEL-COUNT-2:       linalg.transpose {{.*}} permutation = [2, 0, 1, 3]
// PEEL-NOT:           linalg.transpose
// PEEL:               linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// One unpack after everything.
// PEEL:           linalg.transpose ins(%[[L1]] : memref<4x8x4x8xi32, 2>) outs(%{{.*}}) permutation = [1, 2, 0, 3]
// PEEL-NOT:       permutation = [1, 2, 0, 3]
// PEEL:         } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
