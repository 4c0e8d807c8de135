// The discussion's case after the front end, fill-into-loop and hoisting:
// launch (16, 8) > segment > herd (2, 2), buffers at the level that
// allocates them.
// RUN: aie-opt %S/../../Inputs/streamk-1024x512x2048-hoisted.mlir --verify-each --aie-forall-to-air | FileCheck %s

// CHECK-NOT:  scf.forall
// CHECK:      %[[C:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1024x512xi32>
// CHECK:      air.launch (%[[X:.*]], %[[Y:.*]]) in (%{{.*}}=%c16, %{{.*}}=%c8) args(%[[LC:.*]]=%[[C]], %[[LA:.*]]=%{{.*}}, %[[LB:.*]]=%{{.*}}) : memref<1024x512xi32>, memref<1024x2048xi32, strided<[?, ?], offset: ?>>, memref<2048x512xi32, strided<[?, ?], offset: ?>> {
// CHECK-NEXT:   air.segment @segment_0 args(%[[SX:.*]]=%[[X]], %[[SY:.*]]=%[[Y]], %{{.*}}=%[[LC]], %{{.*}}=%[[LA]], %{{.*}}=%[[LB]]) : index, index, memref<1024x512xi32>, {{.*}} {
// The block's L2 accumulator is allocated in the segment.
// CHECK:          %[[L2:.*]] = memref.alloc() : memref<64x64xi32, 1>
// CHECK:          %[[C2:.*]] = arith.constant 2 : index
// CHECK-NEXT:     air.herd @herd_0 tile (%[[TX:.*]], %[[TY:.*]]) in (%{{.*}}=%[[C2]], %{{.*}}=%[[C2]]) args({{.*}}%[[HL2:.*]]=%[[L2]]) : {{.*}}, memref<64x64xi32, 1> {
// Constants are re-created inside the herd, not passed.
// CHECK:            arith.constant 0 : i32
// CHECK:            memref.subview %[[HL2]][%{{.*}}, %{{.*}}] [32, 32] [1, 1] : memref<64x64xi32, 1>
// The per-core L1 accumulator and the per-core L2 staging stay in the herd.
// CHECK:            %[[L1:.*]] = memref.alloc() : memref<4x8x4x8xi32, 2>
// CHECK-NEXT:       linalg.fill ins(%{{.*}} : i32) outs(%[[L1]] : memref<4x8x4x8xi32, 2>)
// CHECK-NEXT:       scf.for
// CHECK:              memref.alloc() : memref<32x256xi32, 1>
// CHECK:            linalg.transpose ins(%[[L1]] : memref<4x8x4x8xi32, 2>)
// CHECK:          }
// The block's write-back to L3 stays in the segment.
// CHECK-NEXT:     linalg.copy ins(%[[L2]] : memref<64x64xi32, 1>)
// CHECK:        }
// CHECK-NEXT: }
