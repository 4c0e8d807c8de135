// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-air-to-loops | FileCheck %s

// Hierarchy ops become loop nests over their iteration spaces with the body
// cloned inside; args bind to their operands; tokens disappear.
// CHECK-LABEL: func.func @hierarchy(
// CHECK-NOT:     air.
// CHECK:         scf.for %[[I:.*]] = %c0 to %c2 step %c1 {
// CHECK:           scf.for %[[T:.*]] = %c0{{.*}} to %c3 step %c1{{.*}} {
// CHECK-NEXT:        %[[C7:.*]] = arith.constant 7 : i32
// CHECK-NEXT:        %[[IDX:.*]] = arith.addi %[[I]], %[[T]] : index
// CHECK-NEXT:        memref.store %[[C7]], %arg0[%[[IDX]]] : memref<8xi32>
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @hierarchy(%m: memref<8xi32>) {
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %t = air.launch async (%i) in (%si=%c2) args(%lm=%m, %lc=%c3) : memref<8xi32>, index {
    air.segment @seg args(%sm=%lm, %sc=%lc, %sid=%i) : memref<8xi32>, index, index {
      air.herd @herd tile (%x) in (%sx=%sc) args(%hm=%sm, %hi=%sid) : memref<8xi32>, index {
        %c7 = arith.constant 7 : i32
        %idx = arith.addi %hi, %x : index
        memref.store %c7, %hm[%idx] : memref<8xi32>
      }
    }
  }
  air.wait_all [%t]
  return
}

// -----

// A DMA between patterns of the same shape: one strided copy between views
// of the flat buffers at the patterns' linear offsets.
// CHECK-LABEL: func.func @dma_same_shape(
// CHECK-DAG:     %[[SRC:.*]] = memref.reinterpret_cast %arg0 to offset: [0], sizes: [4096], strides: [1] : memref<64x64xi32> to memref<4096xi32>
// CHECK-DAG:     %[[DST:.*]] = memref.reinterpret_cast %arg1 to offset: [0], sizes: [1024], strides: [1] : memref<32x32xi32, 2> to memref<1024xi32, 2>
// CHECK-DAG:     %[[DSTV:.*]] = memref.reinterpret_cast %[[DST]] to offset: [%{{.*}}], sizes: [32, 32], strides: [32, 1] : memref<1024xi32, 2> to memref<32x32xi32, strided<[32, 1], offset: ?>, 2>
// CHECK-DAG:     %[[SRCV:.*]] = memref.reinterpret_cast %[[SRC]] to offset: [%{{.*}}], sizes: [32, 32], strides: [64, 1] : memref<4096xi32> to memref<32x32xi32, strided<[64, 1], offset: ?>>
// CHECK:         memref.copy %[[SRCV]], %[[DSTV]]
// CHECK-NOT:     scf.for
func.func @dma_same_shape(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  air.dma_memcpy_nd (%b[] [] [], %a[32, 0] [32, 32] [64, 1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

// Different shapes: element k of the source pattern goes to element k of
// the destination pattern, the counter delinearized over the destination.
// CHECK-LABEL: func.func @dma_reshape(
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK:             scf.for
// CHECK:               arith.remui
// CHECK:               arith.divui
// CHECK:               memref.load
// CHECK:               memref.store
func.func @dma_reshape(%a: memref<8x8xi32, 1>, %b: memref<2x4x8xi32, 2>) {
  air.dma_memcpy_nd (%b[] [] [], %a[0, 0, 0] [4, 8, 2] [2, 8, 1]) : (memref<2x4x8xi32, 2>, memref<8x8xi32, 1>)
  return
}

// -----

func.func @strided_layout(%a: memref<8x8xi32, strided<[16, 1]>>, %b: memref<8x8xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op cannot be lowered to loops: the source 'memref<8x8xi32, strided<[16, 1]>>' needs a static shape and the identity layout}}
  air.dma_memcpy_nd (%b[] [] [], %a[] [] []) : (memref<8x8xi32, 2>, memref<8x8xi32, strided<[16, 1]>>)
  return
}

// -----

// A channel becomes FIFOs allocated at function entry: a put appends its
// pattern's elements at the stream's write position, a get copies the oldest
// ones out from its consumer's read position; a drained stream starts over.
// The FIFO holds what one segment instance can put: 2 herd rows x 4 x 16.
// CHECK-LABEL: func.func @broadcast_fifo(
// CHECK-NOT:     air.
// CHECK:         %[[FIFO:.*]] = memref.alloc() : memref<256xi32>
// CHECK-NEXT:    %[[WRITE:.*]] = memref.alloc() : memref<2xindex>
// CHECK-NEXT:    %[[READ:.*]] = memref.alloc() : memref<4xindex>
// CHECK:         scf.for
// CHECK:           memref.load %[[WRITE]]
// CHECK:           cf.assert %{{.*}}, "air.channel.put overflows the FIFO of @a"
// CHECK:           memref.copy %{{.*}}, %{{.*}} : memref<4x4xi32, strided<[8, 1], offset: ?>, 1> to memref<4x4xi32, strided<[4, 1], offset: ?>>
// CHECK:           memref.store %{{.*}}, %[[WRITE]]
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK:             memref.load %[[READ]]
// CHECK:             cf.assert %{{.*}}, "air.channel.get on @a runs before its put in the sequential order"
// CHECK:             memref.copy %{{.*}}, %{{.*}} : memref<4x4xi32, strided<[4, 1], offset: ?>> to memref<4x4xi32, strided<[4, 1], offset: ?>, 2>
// CHECK:             scf.if
// CHECK:         memref.dealloc %[[FIFO]]
// CHECK-NEXT:    memref.dealloc %[[WRITE]]
// CHECK-NEXT:    memref.dealloc %[[READ]]
// CHECK-NEXT:    return
air.channel @a [2, 1] {broadcast_shape = [2, 2]}
func.func @broadcast_fifo(%l2: memref<8x8xi32, 1>, %out: memref<2x2x4x4xi32, 1>) {
  air.segment @seg args(%s=%l2, %o=%out) : memref<8x8xi32, 1>, memref<2x2x4x4xi32, 1> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    scf.for %row = %c0 to %c4 step %c1 {
      air.channel.put @a[%c0, %c0] (%s[0, 0] [4, 4] [8, 1]) : (memref<8x8xi32, 1>)
      air.channel.put @a[%c1, %c0] (%s[4, 4] [4, 4] [8, 1]) : (memref<8x8xi32, 1>)
    }
    %c2 = arith.constant 2 : index
    air.herd @h tile (%x, %y) in (%sx=%c2, %sy=%c2) args(%ho=%o) : memref<2x2x4x4xi32, 1> {
      %cst0 = arith.constant 0 : index
      %cst1 = arith.constant 1 : index
      %cst4 = arith.constant 4 : index
      %l1 = memref.alloc() : memref<4x4xi32, 2>
      scf.for %i = %cst0 to %cst4 step %cst1 {
        air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<4x4xi32, 2>)
      }
      %off = affine.apply affine_map<(d0, d1) -> (d0 * 32 + d1 * 16)>(%x, %y)
      air.dma_memcpy_nd (%ho[%off] [16] [1], %l1[] [] []) : (memref<2x2x4x4xi32, 1>, memref<4x4xi32, 2>)
    }
  }
  return
}

// -----

air.channel @c [1]
func.func @unbounded(%a: memref<8xi32, 1>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    // expected-error @+1 {{'air.channel.put' op cannot be lowered to loops: the number of messages it puts on "c" is unknown (a loop without a static trip count)}}
    air.channel.put @c[] (%a[] [] []) : (memref<8xi32, 1>)
  }
  air.channel.get @c[] (%a[] [] []) : (memref<8xi32, 1>)
  return
}

// -----

air.channel @c [1]
func.func @mixed_types(%a: memref<8xi32, 1>, %b: memref<8xf32, 2>) {
  air.channel.put @c[] (%a[] [] []) : (memref<8xi32, 1>)
  // expected-error @+1 {{'air.channel.get' op cannot be lowered to loops: it moves 'f32' elements on "c", which also carries 'i32'}}
  air.channel.get @c[] (%b[] [] []) : (memref<8xf32, 2>)
  return
}
