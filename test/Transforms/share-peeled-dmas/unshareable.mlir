// RUN: aie-opt %s --split-input-file --verify-each --aie-share-peeled-dmas | FileCheck %s

// Channels merge only when every consumer receives the same messages after
// as before, and only when their declarations agree on everything.

// Four cores get from one non-broadcast stream in two phases: merged, the
// cores would split the phases' messages differently.
// CHECK-LABEL: air.channel @channel_0 [1, 1]
// CHECK-NEXT:  air.channel @channel_1 [1, 1]
// CHECK-LABEL: func.func @shared_stream(
// CHECK:         air.channel.put @channel_0
// CHECK:         air.channel.put @channel_1
// CHECK:         air.herd
// CHECK:           air.channel.get @channel_0
// CHECK-NEXT:      air.channel.get @channel_1
air.channel @channel_0 [1, 1]
air.channel @channel_1 [1, 1]
func.func @shared_stream(%a: memref<16xi32, 1>) {
  air.segment @seg args(%l2=%a) : memref<16xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @channel_0[] (%l2[] [] []) : (memref<16xi32, 1>)
    }
    scf.for %i = %c0 to %c4 step %c1 {
      air.channel.put @channel_1[] (%l2[] [] []) : (memref<16xi32, 1>)
    }
    air.herd @herd_0 tile (%tx, %ty) in (%hx=%c2, %hy=%c2) {
      %b0 = memref.alloc() : memref<16xi32, 2>
      %b1 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @channel_0[] (%b0[] [] []) : (memref<16xi32, 2>)
      air.channel.get @channel_1[] (%b1[] [] []) : (memref<16xi32, 2>)
      memref.dealloc %b0 : memref<16xi32, 2>
      memref.dealloc %b1 : memref<16xi32, 2>
    }
  }
  return
}

// -----

// A stream channel and a packet channel (mlir-air's channel_type) stay apart
// although their endpoints agree.
// CHECK-LABEL: air.channel @stream [1] {channel_type = "npu_dma_stream"}
// CHECK-NEXT:  air.channel @packet [1] {channel_type = "npu_dma_packet"}
// CHECK-LABEL: func.func @stream_and_packet(
// CHECK:         air.channel.put @stream
// CHECK-NEXT:    air.channel.put @packet
// CHECK:           air.channel.get @stream
// CHECK-NEXT:      air.channel.get @packet
air.channel @stream [1] {channel_type = "npu_dma_stream"}
air.channel @packet [1] {channel_type = "npu_dma_packet"}
func.func @stream_and_packet(%a: memref<16xi32, 1>) {
  air.segment @seg args(%l2=%a) : memref<16xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    air.channel.put @stream[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @packet[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.herd @herd_0 tile (%tx) in (%hx=%c1) {
      %b0 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @stream[%tx] (%b0[] [] []) : (memref<16xi32, 2>)
      air.channel.get @packet[%tx] (%b0[] [] []) : (memref<16xi32, 2>)
      memref.dealloc %b0 : memref<16xi32, 2>
    }
  }
  return
}

// -----

// Control: the same two phases with one stream per core merge.
// CHECK-LABEL: air.channel @per_core_0 [2]
// CHECK-NOT:   air.channel @per_core_1
// CHECK-LABEL: func.func @per_core_streams(
// CHECK:           air.channel.get @per_core_0[%{{.*}}]
// CHECK-NEXT:      air.channel.get @per_core_0[%{{.*}}]
air.channel @per_core_0 [2]
air.channel @per_core_1 [2]
func.func @per_core_streams(%a: memref<16xi32, 1>) {
  air.segment @seg args(%l2=%a) : memref<16xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    air.channel.put @per_core_0[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @per_core_0[%c1] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @per_core_1[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @per_core_1[%c1] (%l2[] [] []) : (memref<16xi32, 1>)
    air.herd @herd_0 tile (%tx) in (%hx=%c2) {
      %b0 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @per_core_0[%tx] (%b0[] [] []) : (memref<16xi32, 2>)
      air.channel.get @per_core_1[%tx] (%b0[] [] []) : (memref<16xi32, 2>)
      memref.dealloc %b0 : memref<16xi32, 2>
    }
  }
  return
}

// -----

// Phase 1 puts one message more than the core gets (a program that would
// deadlock on hardware): merged, the leftover would reach phase 2's get.
// CHECK-LABEL: air.channel @extra_0 [1]
// CHECK-NEXT:  air.channel @extra_1 [1]
// CHECK-LABEL: func.func @unbalanced(
// CHECK:           air.channel.get @extra_0
// CHECK-NEXT:      air.channel.get @extra_1
air.channel @extra_0 [1]
air.channel @extra_1 [1]
func.func @unbalanced(%a: memref<16xi32, 1>) {
  air.segment @seg args(%l2=%a) : memref<16xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    air.channel.put @extra_0[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @extra_0[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @extra_1[%c0] (%l2[] [] []) : (memref<16xi32, 1>)
    air.herd @herd_0 tile (%tx) in (%hx=%c1) {
      %b0 = memref.alloc() : memref<16xi32, 2>
      air.channel.get @extra_0[%tx] (%b0[] [] []) : (memref<16xi32, 2>)
      air.channel.get @extra_1[%tx] (%b0[] [] []) : (memref<16xi32, 2>)
      memref.dealloc %b0 : memref<16xi32, 2>
    }
  }
  return
}
