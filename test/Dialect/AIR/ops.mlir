// RUN: aie-opt %s | FileCheck %s
// Printing then parsing is the identity, in custom and in generic form.
// RUN: aie-opt %s | aie-opt | FileCheck %s
// RUN: aie-opt %s --mlir-print-op-generic | aie-opt | FileCheck %s

// CHECK-LABEL: air.channel @chan_a [2, 1] {broadcast_shape = [2, 2]}
// CHECK-NEXT:  air.channel @chan_b [1]
air.channel @chan_a [2, 1] {broadcast_shape = [2, 2]}
air.channel @chan_b [1]

// CHECK-LABEL: func.func @hierarchy(
// CHECK-SAME:      %[[A:.*]]: memref<1024x2048xi32>, %[[B:.*]]: memref<64x64xi32>)
func.func @hierarchy(%arg0: memref<1024x2048xi32>, %arg1: memref<64x64xi32>) {
  %c16 = arith.constant 16 : index
  %c8 = arith.constant 8 : index
  // CHECK:      %[[T0:.*]] = air.wait_all async
  // CHECK-NEXT: %[[L:.*]] = air.launch async [%[[T0]]] (%[[X:.*]], %[[Y:.*]]) in (%{{.*}}=%c16, %{{.*}}=%c8) args(%[[LA:.*]]=%[[A]], %[[LB:.*]]=%[[B]]) : memref<1024x2048xi32>, memref<64x64xi32> attributes {id = 1 : i32} {
  %t0 = air.wait_all async
  %tl = air.launch async [%t0] (%x, %y) in (%sx=%c16, %sy=%c8) args(%a=%arg0, %b=%arg1) : memref<1024x2048xi32>, memref<64x64xi32> attributes {id = 1 : i32} {
    // CHECK-NEXT: air.segment @seg args(%[[SA:.*]]=%[[LA]], %[[SB:.*]]=%[[LB]]) : memref<1024x2048xi32>, memref<64x64xi32> {
    air.segment @seg args(%sa=%a, %sb=%b) : memref<1024x2048xi32>, memref<64x64xi32> {
      %c2 = arith.constant 2 : index
      %c0 = arith.constant 0 : index
      %l2 = memref.alloc() : memref<64x256xi32, 1>
      // CHECK: %[[D:.*]] = air.dma_memcpy_nd async (%[[L2:.*]][] [] [], %[[SA]][%c0, 0] [64, 256] [2048, 1]) {id = 2 : i32} : (memref<64x256xi32, 1>, memref<1024x2048xi32>)
      %d = air.dma_memcpy_nd async (%l2[] [] [], %sa[%c0, 0] [64, 256] [2048, 1]) {id = 2 : i32} : (memref<64x256xi32, 1>, memref<1024x2048xi32>)
      // CHECK-NEXT: %{{.*}} = air.channel.put async [%[[D]]] @chan_a[%c0, %c0] (%[[L2]][0, 0] [32, 32] [256, 1]) : (memref<64x256xi32, 1>)
      %p = air.channel.put async [%d] @chan_a[%c0, %c0] (%l2[0, 0] [32, 32] [256, 1]) : (memref<64x256xi32, 1>)
      // CHECK-NEXT: air.herd @herd_0 tile (%[[TX:.*]], %[[TY:.*]]) in (%{{.*}}=%c2, %{{.*}}=%c2) args(%[[H:.*]]=%[[SB]]) : memref<64x64xi32> {
      air.herd @herd_0 tile (%tx, %ty) in (%hx=%c2, %hy=%c2) args(%h=%sb) : memref<64x64xi32> {
        // CHECK-NEXT: %[[L1:.*]] = memref.alloc() : memref<32x32xi32, 2>
        // CHECK-NEXT: air.channel.get @chan_a[%[[TX]], %[[TY]]] (%[[L1]][] [] []) : (memref<32x32xi32, 2>)
        // CHECK-NEXT: air.dma_memcpy_nd (%[[H]][%[[TX]], %[[TY]]] [32, 32] [64, 1], %[[L1]][] [] []) : (memref<64x64xi32>, memref<32x32xi32, 2>)
        // CHECK-NEXT: }
        %l1 = memref.alloc() : memref<32x32xi32, 2>
        air.channel.get @chan_a[%tx, %ty] (%l1[] [] []) : (memref<32x32xi32, 2>)
        air.dma_memcpy_nd (%h[%tx, %ty] [32, 32] [64, 1], %l1[] [] []) : (memref<64x64xi32>, memref<32x32xi32, 2>)
      }
      // CHECK-NEXT: }
    }
    // CHECK-NEXT: }
  }
  // CHECK-NEXT: air.wait_all [%[[L]]]
  air.wait_all [%tl]
  return
}

// Every optional part absent: a launch without dims, a segment without
// name, a 1-D herd without args, synchronous put/get without indices.
// CHECK-LABEL: func.func @minimal(
func.func @minimal(%buf: memref<16xi32, 1>) {
  // CHECK:      air.launch {
  // CHECK-NEXT:   air.segment {
  // CHECK-NEXT:     %[[C4:.*]] = arith.constant 4 : index
  // CHECK-NEXT:     air.herd tile (%{{.*}}) in (%{{.*}}=%[[C4]]) {
  // CHECK-NEXT:     }
  // CHECK-NEXT:   }
  // CHECK-NEXT: }
  air.launch {
    air.segment {
      %c4 = arith.constant 4 : index
      air.herd tile (%i) in (%n=%c4) {
      }
    }
  }
  // CHECK-NEXT: air.channel.put @chan_b[] (%{{.*}}[] [] []) : (memref<16xi32, 1>)
  // CHECK-NEXT: %[[G:.*]] = air.channel.get async @chan_b[] (%{{.*}}[0] [16] [1]) : (memref<16xi32, 1>)
  // CHECK-NEXT: air.wait_all [%[[G]], %[[G]]]
  air.channel.put @chan_b[] (%buf[] [] []) : (memref<16xi32, 1>)
  %g = air.channel.get async @chan_b[] (%buf[0] [16] [1]) : (memref<16xi32, 1>)
  air.wait_all [%g, %g]
  return
}

// A segment replicated with `unroll` and a launch with four dimensions.
// CHECK-LABEL: func.func @unroll(
func.func @unroll() {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  // CHECK: air.launch (%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}}=%c1, %{{.*}}=%c2, %{{.*}}=%c1, %{{.*}}=%c2) {
  air.launch (%a, %b, %c, %d) in (%sa=%c1, %sb=%c2, %sc=%c1, %sd=%c2) {
    %c3 = arith.constant 3 : index
    // CHECK: air.segment @replicated unroll (%[[UX:.*]], %[[UY:.*]]) in (%[[SX:.*]]=%{{.*}}, %[[SY:.*]]=%{{.*}}) attributes {x_loc = 0 : i64} {
    // CHECK-NEXT: arith.addi %[[UX]], %[[SY]] : index
    air.segment @replicated unroll (%ux, %uy) in (%sx=%c3, %sy=%c3) attributes {x_loc = 0 : i64} {
      %sum = arith.addi %ux, %sy : index
    }
  }
  return
}
