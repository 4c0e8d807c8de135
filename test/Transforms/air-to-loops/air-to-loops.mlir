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

air.channel @c [1]
func.func @channels(%a: memref<8xi32, 1>) {
  // expected-error @+1 {{'air.channel.put' op cannot be lowered to loops yet: channels are not supported by aie-air-to-loops}}
  air.channel.put @c[] (%a[] [] []) : (memref<8xi32, 1>)
  return
}
