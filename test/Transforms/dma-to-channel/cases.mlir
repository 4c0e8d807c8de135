// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-dma-to-channel | FileCheck %s

// A 1-D herd of 4 cores: each core's own tile streams on its own stream, the
// tile all cores read is staged once and broadcast.
// CHECK: air.channel @existing [1]
// CHECK-NEXT: air.channel @channel_0 [1] {broadcast_shape = [4]}
// CHECK-NEXT: air.channel @channel_1 [4]{{$}}
// CHECK-LABEL: func.func @one_dim(
// CHECK:       air.segment @s args(%[[A:.*]]=%{{.*}}) : memref<4x64xi32> {
// CHECK:         %[[SHARED:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<64xi32, 1>
// CHECK-NEXT:    air.dma_memcpy_nd (%[[SHARED]][] [] [], %[[A]][0] [64] [1])
// CHECK-NEXT:    air.channel.put @channel_0[%c0] (%[[SHARED]][] [] []) : (memref<64xi32, 1>)
// CHECK-NEXT:    %[[OWN0:.*]] = memref.alloc() {herdflow.memtile = 0 : i64} : memref<64xi32, 1>
// CHECK-NEXT:    %[[OWN1:.*]] = memref.alloc() {herdflow.memtile = 1 : i64} : memref<64xi32, 1>
// CHECK-NEXT:    %[[OWN2:.*]] = memref.alloc() {herdflow.memtile = 2 : i64} : memref<64xi32, 1>
// CHECK-NEXT:    %[[OWN3:.*]] = memref.alloc() {herdflow.memtile = 3 : i64} : memref<64xi32, 1>
// CHECK-NEXT:    air.dma_memcpy_nd (%[[OWN0]][] [] [], %[[A]][0] [64] [1])
// CHECK-NEXT:    air.dma_memcpy_nd (%[[OWN1]][] [] [], %[[A]][64] [64] [1])
// CHECK-NEXT:    air.dma_memcpy_nd (%[[OWN2]][] [] [], %[[A]][128] [64] [1])
// CHECK-NEXT:    air.dma_memcpy_nd (%[[OWN3]][] [] [], %[[A]][192] [64] [1])
// CHECK-NEXT:    air.channel.put @channel_1[%c0] (%[[OWN0]][] [] [])
// CHECK-NEXT:    air.channel.put @channel_1[%c1] (%[[OWN1]][] [] [])
// CHECK-NEXT:    air.channel.put @channel_1[%c2] (%[[OWN2]][] [] [])
// CHECK-NEXT:    air.channel.put @channel_1[%c3] (%[[OWN3]][] [] [])
// CHECK-NEXT:    air.herd @h tile (%[[X:.*]]) in (%{{.*}}=%c4) {
// CHECK-NEXT:      %[[L1:.*]] = memref.alloc() : memref<64xi32, 2>
// CHECK-NEXT:      air.channel.get @channel_0[%[[X]]] (%[[L1]][] [] []) : (memref<64xi32, 2>)
// CHECK-NEXT:      air.channel.get @channel_1[%[[X]]] (%[[L1]][] [] []) : (memref<64xi32, 2>)
// CHECK-NEXT:    }
air.channel @existing [1]
func.func @one_dim(%a: memref<4x64xi32>) {
  air.segment @s args(%sa=%a) : memref<4x64xi32> {
    %c4 = arith.constant 4 : index
    air.herd @h tile (%x) in (%sx=%c4) args(%ha=%sa) : memref<4x64xi32> {
      %l1 = memref.alloc() : memref<64xi32, 2>
      %shared = memref.alloc() : memref<64xi32, 1>
      air.dma_memcpy_nd (%shared[] [] [], %ha[0] [64] [1]) : (memref<64xi32, 1>, memref<4x64xi32>)
      air.dma_memcpy_nd (%l1[] [] [], %shared[] [] []) : (memref<64xi32, 2>, memref<64xi32, 1>)
      %own = memref.alloc() : memref<64xi32, 1>
      %off = affine.apply affine_map<(d0) -> (d0 * 64)>(%x)
      air.dma_memcpy_nd (%own[] [] [], %ha[%off] [64] [1]) : (memref<64xi32, 1>, memref<4x64xi32>)
      air.dma_memcpy_nd (%l1[] [] [], %own[] [] []) : (memref<64xi32, 2>, memref<64xi32, 1>)
    }
  }
  return
}

// -----

// A herd whose transfers already have L1 on one side is left as it is.
// CHECK-LABEL: func.func @already_placeable(
// CHECK:         air.herd
// CHECK-NEXT:      memref.alloc
// CHECK-NEXT:      air.dma_memcpy_nd
// CHECK-NOT:     air.channel
func.func @already_placeable(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c1 = arith.constant 1 : index
    air.herd @h tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32> {
      %l1 = memref.alloc() : memref<64xi32, 2>
      air.dma_memcpy_nd (%l1[] [] [], %ha[] [] []) : (memref<64xi32, 2>, memref<64xi32>)
    }
  }
  return
}

// -----

func.func @async(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c1 = arith.constant 1 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: it uses async tokens}}
    air.herd @h tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32> {
      %l2 = memref.alloc() : memref<64xi32, 1>
      %t = air.dma_memcpy_nd async (%l2[] [] [], %ha[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    }
  }
  return
}

// -----

func.func @carried(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c1 = arith.constant 1 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: a loop around a transfer carries values}}
    air.herd @h tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32> {
      %c0 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %one = arith.constant 1 : index
      %r = scf.for %i = %c0 to %c4 step %one iter_args(%acc = %c0) -> (index) {
        %l2 = memref.alloc() : memref<16xi32, 1>
        air.dma_memcpy_nd (%l2[] [] [], %ha[%acc] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
        %next = arith.addi %acc, %c4 : index
        scf.yield %next : index
      }
    }
  }
  return
}

// -----

func.func @per_core_bounds(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c2 = arith.constant 2 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: a loop around a transfer has bounds that differ per core}}
    air.herd @h tile (%x) in (%sx=%c2) args(%ha=%sa) : memref<64xi32> {
      %c0 = arith.constant 0 : index
      %one = arith.constant 1 : index
      scf.for %i = %c0 to %x step %one {
        %l2 = memref.alloc() : memref<16xi32, 1>
        air.dma_memcpy_nd (%l2[] [] [], %ha[0] [16] [1]) : (memref<16xi32, 1>, memref<64xi32>)
      }
    }
  }
  return
}

// -----

func.func @read_and_written(%a: memref<64xi32, 1>) {
  air.segment @s args(%sa=%a) : memref<64xi32, 1> {
    %c1 = arith.constant 1 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: it both reads and writes a segment L2 buffer; streaming both directions would need the segment to interleave with the herd}}
    air.herd @h tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32, 1> {
      %l1 = memref.alloc() : memref<64xi32, 2>
      air.dma_memcpy_nd (%l1[] [] [], %ha[] [] []) : (memref<64xi32, 2>, memref<64xi32, 1>)
      air.dma_memcpy_nd (%ha[] [] [], %l1[] [] []) : (memref<64xi32, 1>, memref<64xi32, 2>)
    }
  }
  return
}

// -----

func.func @computes_on_l2(%a: memref<64xi32>) {
  air.segment @s args(%sa=%a) : memref<64xi32> {
    %c1 = arith.constant 1 : index
    // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: its L2 buffer is used by 'linalg.fill'; only transfers can move to the segment}}
    air.herd @h tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32> {
      %c0_i32 = arith.constant 0 : i32
      %l2 = memref.alloc() : memref<64xi32, 1>
      air.dma_memcpy_nd (%l2[] [] [], %ha[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
      linalg.fill ins(%c0_i32 : i32) outs(%l2 : memref<64xi32, 1>)
    }
  }
  return
}

// -----

func.func @no_segment(%a: memref<64xi32>) {
  %c1 = arith.constant 1 : index
  // expected-remark @+1 {{herd left unchanged by aie-dma-to-channel: it is not inside an air.segment}}
  air.herd @h tile (%x) in (%sx=%c1) args(%ha=%a) : memref<64xi32> {
    %l2 = memref.alloc() : memref<64xi32, 1>
    air.dma_memcpy_nd (%l2[] [] [], %ha[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
  }
  return
}
