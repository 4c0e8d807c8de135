// Stage 0 of the discussion's case (1024x512x2048 i32, block 64x64, herd 2x2,
// K tiles 256 and 32, pack 4x8x8) from the embedded MLIR 22 front end. The
// IREE front end is checked against the same lines (streamk-baseline-iree.mlir).
// RUN: herdflow compile --schedule default --m 1024 --n 512 --k 2048 | FileCheck %s

// CHECK-LABEL: func.func @matmul_i32(
// CHECK-SAME:      %{{.*}}: tensor<1024x2048xi32>, %{{.*}}: tensor<2048x512xi32>) -> tensor<1024x512xi32>
// CHECK:         %[[C:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1024x512xi32>
// Block forall: one work item per 64x64 block of C.
// CHECK-NEXT:    scf.forall (%{{.*}}, %{{.*}}) in (16, 8) {
// CHECK:           %[[L2C:.*]] = memref.alloc() : memref<64x64xi32, 1>
// Herd forall: 2x2 cores, 32x32 each.
// CHECK:           scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// CHECK:             %[[ACC:.*]] = memref.subview %[[L2C]][%{{.*}}, %{{.*}}] [32, 32] [1, 1] : memref<64x64xi32, 1> to memref<32x32xi32, strided<[64, 1], offset: ?>, 1>
// The accumulator is initialized in L2 (problem 1 of the discussion).
// CHECK-NEXT:        linalg.fill ins(%{{.*}} : i32) outs(%[[ACC]] : memref<32x32xi32, strided<[64, 1], offset: ?>, 1>)
// CHECK-NEXT:        scf.for %[[K2:.*]] = %c0 to %c2048 step %c256 {
// CHECK:               scf.for %[[K1:.*]] = %c0 to %c256 step %c32 {
// L3 -> L2 staging of A and B inside the inner loop (problem 2).
// CHECK-NEXT:            %[[A2:.*]] = memref.alloc() : memref<32x256xi32, 1>
// CHECK-NEXT:            linalg.copy ins(%{{.*}} : memref<32x256xi32, strided<[?, ?], offset: ?>>) outs(%[[A2]] : memref<32x256xi32, 1>)
// CHECK:                 %[[B2:.*]] = memref.alloc() : memref<256x32xi32, 1>
// CHECK-NEXT:            linalg.copy ins(%{{.*}} : memref<256x32xi32, strided<[?, ?], offset: ?>>) outs(%[[B2]] : memref<256x32xi32, 1>)
// Packs L2 -> L1 of A, B and the accumulator (problem 3: the accumulator
// travels L2 -> L1 -> L2 every inner iteration).
// CHECK:                 %[[A1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:            linalg.transpose ins(%{{.*}} : memref<8x4x4x8xi32, {{.*}}, 1>) outs(%[[A1]] : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
// CHECK:                 %[[B1:.*]] = memref.alloc() : memref<4x4x8x8xi32, 2>
// CHECK-NEXT:            linalg.transpose ins(%{{.*}} : memref<4x8x4x8xi32, {{.*}}, 1>) outs(%[[B1]] : memref<4x4x8x8xi32, 2>) permutation = [2, 0, 1, 3]
// CHECK:                 %[[C1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:            linalg.transpose ins(%{{.*}} : memref<8x4x4x8xi32, {{.*}}, 1>) outs(%[[C1]] : memref<4x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
// CHECK-NEXT:            linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "parallel", "parallel", "reduction"]} ins(%[[A1]], %[[B1]] : memref<4x8x4x8xi32, 2>, memref<4x4x8x8xi32, 2>) outs(%[[C1]] : memref<4x8x4x8xi32, 2>)
// CHECK:                   arith.muli
// CHECK-NEXT:              arith.addi
// Unpack through an L1 temporary back into L2 (problem 4).
// CHECK:                 %[[U1:.*]] = memref.alloc() : memref<8x4x4x8xi32, 2>
// CHECK-NEXT:            linalg.transpose ins(%[[C1]] : memref<4x8x4x8xi32, 2>) outs(%[[U1]] : memref<8x4x4x8xi32, 2>) permutation = [1, 2, 0, 3]
// CHECK-NEXT:            %[[COLLAPSED:.*]] = memref.collapse_shape %[[U1]] {{\[\[}}0, 1], [2, 3]] : memref<8x4x4x8xi32, 2> into memref<32x32xi32, 2>
// CHECK-NEXT:            linalg.copy ins(%[[COLLAPSED]] : memref<32x32xi32, 2>) outs(%[[ACC]] : memref<32x32xi32, strided<[64, 1], offset: ?>, 1>)
// CHECK-COUNT-6:         memref.dealloc
// CHECK-NEXT:          }
// CHECK-NEXT:        }
// CHECK:           } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
// The block's accumulator goes L2 -> L3 once per block.
// CHECK-NEXT:      linalg.copy ins(%[[L2C]] : memref<64x64xi32, 1>) outs(%{{.*}} : memref<64x64xi32, strided<[512, 1], offset: ?>>)
// CHECK-NEXT:      memref.dealloc %[[L2C]] : memref<64x64xi32, 1>
// CHECK:         } {mapping = [#gpu.block<y>, #gpu.block<x>]}
// CHECK-NEXT:    %[[RESULT:.*]] = bufferization.to_tensor %[[C]]
// CHECK-NEXT:    return %[[RESULT]] : tensor<1024x512xi32>
