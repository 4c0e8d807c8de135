// The discussion's case: the accumulator is initialized in L1 and the L2 fill
// disappears, in both modes.
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-baseline.mlir --verify-each --aie-fuse-fill-into-loop | FileCheck %s --check-prefix=COND
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-baseline.mlir --verify-each --aie-fuse-fill-into-loop=mode=peel | FileCheck %s --check-prefix=PEEL

// COND-NOT:     linalg.fill {{.*}}, 1>)
// COND:         scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// COND:           %[[ACC:.*]] = memref.subview %{{.*}} : memref<64x64xi32, 1> to memref<32x32xi32, strided<[64, 1], offset: ?>, 1>
// COND-NEXT:      scf.for %[[K2:.*]] = %c0 to %c2048 step %c256 {
// COND:             scf.for %[[K1:.*]] = %c0 to %c256 step %c32 {
// COND:               %[[EXP:.*]] = memref.expand_shape %[[ACC]]
// COND-NEXT:          %[[L1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// COND-NEXT:          %[[F2:.*]] = arith.cmpi eq, %[[K2]], %c0 : index
// COND-NEXT:          %[[F1:.*]] = arith.cmpi eq, %[[K1]], %c0 : index
// COND-NEXT:          %[[FIRST:.*]] = arith.andi %[[F2]], %[[F1]] : i1
// COND-NEXT:          scf.if %[[FIRST]] {
// COND-NEXT:            linalg.fill ins(%c0_i32 : i32) outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// COND-NEXT:          } else {
// COND-NEXT:            linalg.transpose ins(%[[EXP]] : {{.*}}) outs(%[[L1]] : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
// COND-NEXT:          }
// COND-NEXT:          linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// COND:               linalg.copy ins(%{{.*}} : memref<32x32xi32, 2>) outs(%[[ACC]] : memref<32x32xi32, strided<[64, 1], offset: ?>, 1>)

// PEEL-NOT:     linalg.fill {{.*}}, 1>)
// PEEL-NOT:     scf.if
// PEEL:         scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// The peeled first step of both K loops fills L1 instead of packing.
// PEEL:           linalg.copy {{.*}} outs(%{{.*}} : memref<32x256xi32, 1>)
// PEEL:           linalg.copy {{.*}} outs(%{{.*}} : memref<256x32xi32, 1>)
// PEEL:           memref.expand_shape %{{.*}} output_shape [8, 4, 4, 8] : memref<32x32xi32, strided<[64, 1], offset: ?>, 1>
// PEEL-NEXT:      %[[L1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// PEEL-NEXT:      linalg.fill ins(%c0_i32 : i32) outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// PEEL-NEXT:      linalg.generic {{.*}} outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// The rest of the first outer step, then the main loops, pack as before.
// PEEL:           scf.for %{{.*}} = %c32{{.*}} to %c256 step %c32 {
// PEEL:             linalg.transpose {{.*}} outs(%{{.*}} : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
// PEEL:           scf.for %{{.*}} = %c256{{.*}} to %c2048 step %c256 {
// PEEL-NEXT:        memref.subview
// PEEL-NEXT:        memref.subview
// PEEL-NEXT:        scf.for %{{.*}} = %c0 to %c256 step %c32 {
// PEEL:               linalg.transpose {{.*}} outs(%{{.*}} : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
