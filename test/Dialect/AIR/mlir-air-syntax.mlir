// An AIR program written the way Xilinx/mlir-air prints it (SSA constants in
// the access patterns, double spaces after empty async lists, `id`
// attributes): aie-opt reads it, prints it in herdflow's canonical form, and
// printing is stable from there on.
// RUN: aie-opt %s | FileCheck %s
// RUN: aie-opt %s -o %t.1.mlir
// RUN: aie-opt %t.1.mlir -o %t.2.mlir
// RUN: diff %t.1.mlir %t.2.mlir

module {
  air.channel @channel_0 [1, 1] {broadcast_shape = [2, 1]}
  air.channel @channel_1 [2, 2]
  func.func @matmul(%arg0: memref<128x256xi32>, %arg1: memref<128x128xi32>) {
    %c2 = arith.constant 2 : index
    %0 = air.launch async (%arg2, %arg3) in (%arg4=%c2, %arg5=%c2) args(%arg6=%arg0, %arg7=%arg1) : memref<128x256xi32>, memref<128x128xi32> attributes {id = 1 : i32} {
      %1 = air.segment @segment_0 async  args(%arg8=%arg2, %arg9=%arg6, %arg10=%arg7) : index, memref<128x256xi32>, memref<128x128xi32> attributes {id = 2 : i32} {
        %c0 = arith.constant 0 : index
        %c1 = arith.constant 1 : index
        %c2_0 = arith.constant 2 : index
        %c32 = arith.constant 32 : index
        %c64 = arith.constant 64 : index
        %c256 = arith.constant 256 : index
        %alloc = memref.alloc() : memref<64x256xi32, 1>
        %2 = air.dma_memcpy_nd async (%alloc[] [] [], %arg9[%arg8, %c0] [%c64, %c256] [%c256, %c1]) {id = 1 : i32} : (memref<64x256xi32, 1>, memref<128x256xi32>)
        %3 = air.channel.put async [%2]  @channel_0[] (%alloc[%c0, %c0] [%c32, %c32] [%c256, %c1]) {id = 2 : i32} : (memref<64x256xi32, 1>)
        %4 = air.herd @herd_0 async [%2]  tile (%arg11, %arg12) in (%arg13=%c2_0, %arg14=%c2_0) args(%arg15=%arg10) : memref<128x128xi32> attributes {id = 3 : i32} {
          %alloc_1 = memref.alloc() : memref<32x32xi32, 2>
          %5 = air.channel.get async  @channel_0[%arg11, %arg12] (%alloc_1[] [] []) {id = 3 : i32} : (memref<32x32xi32, 2>)
          %6 = air.channel.put async [%5]  @channel_1[%arg11, %arg12] (%alloc_1[] [] []) {id = 4 : i32} : (memref<32x32xi32, 2>)
          %7 = air.wait_all async [%5, %6]  {id = 5 : i32}
          air.dma_memcpy_nd [%7] (%arg15[%arg11, %arg12] [32, 32] [128, 1], %alloc_1[] [] []) {id = 5 : i32} : (memref<128x128xi32>, memref<32x32xi32, 2>)
          air.herd_terminator
        }
        %8 = air.wait_all async [%3, %4]
        air.segment_terminator
      }
      air.launch_terminator
    }
    air.wait_all [%0]
    return
  }
}

// CHECK:      air.channel @channel_0 [1, 1] {broadcast_shape = [2, 1]}
// CHECK-NEXT: air.channel @channel_1 [2, 2]
// CHECK:      %[[LAUNCH:.*]] = air.launch async (%{{.*}}, %{{.*}}) in (%{{.*}}=%c2, %{{.*}}=%c2) args({{.*}}) : memref<128x256xi32>, memref<128x128xi32> attributes {id = 1 : i32} {
// CHECK-NEXT:   %{{.*}} = air.segment @segment_0 async args(%[[ROW:.*]]=%{{.*}}, %[[A:.*]]=%{{.*}}, %[[C:.*]]=%{{.*}}) : index, memref<128x256xi32>, memref<128x128xi32> attributes {id = 2 : i32} {
// CHECK:          %[[DMA:.*]] = air.dma_memcpy_nd async (%[[L2:.*]][] [] [], %[[A]][%[[ROW]], %c0] [%c64, %c256] [%c256, %c1]) {id = 1 : i32} : (memref<64x256xi32, 1>, memref<128x256xi32>)
// CHECK-NEXT:     %[[PUT:.*]] = air.channel.put async [%[[DMA]]] @channel_0[] (%[[L2]][%c0, %c0] [%c32, %c32] [%c256, %c1]) {id = 2 : i32} : (memref<64x256xi32, 1>)
// CHECK-NEXT:     %[[HERD:.*]] = air.herd @herd_0 async [%[[DMA]]] tile (%[[TX:.*]], %[[TY:.*]]) in (%{{.*}}=%c2_0, %{{.*}}=%c2_0) args(%[[HC:.*]]=%[[C]]) : memref<128x128xi32> attributes {id = 3 : i32} {
// CHECK-NEXT:       %[[L1:.*]] = memref.alloc() : memref<32x32xi32, 2>
// CHECK-NEXT:       %[[GET:.*]] = air.channel.get async @channel_0[%[[TX]], %[[TY]]] (%[[L1]][] [] []) {id = 3 : i32} : (memref<32x32xi32, 2>)
// CHECK-NEXT:       %[[PUT1:.*]] = air.channel.put async [%[[GET]]] @channel_1[%[[TX]], %[[TY]]] (%[[L1]][] [] []) {id = 4 : i32} : (memref<32x32xi32, 2>)
// CHECK-NEXT:       %[[W:.*]] = air.wait_all async [%[[GET]], %[[PUT1]]] {id = 5 : i32}
// CHECK-NEXT:       air.dma_memcpy_nd [%[[W]]] (%[[HC]][%[[TX]], %[[TY]]] [32, 32] [128, 1], %[[L1]][] [] []) {id = 5 : i32} : (memref<128x128xi32>, memref<32x32xi32, 2>)
// CHECK-NEXT:     }
// CHECK-NEXT:     %{{.*}} = air.wait_all async [%[[PUT]], %[[HERD]]]
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK-NEXT: air.wait_all [%[[LAUNCH]]]
