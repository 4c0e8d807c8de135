// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-split-l2-memref | FileCheck %s

// A buffer filled once and read again in each iteration of an outer loop
// (A's block rows under L2 reuse, read once per herd tile), its K loop
// reading the first half of its columns and then the second: the K loop is
// split there (a copy of it runs the first iterations) and the buffer into
// its two column halves, so one half can be refilled while the other is
// read. Both halves stay in the buffer's memtile; the fill from L3 becomes
// one DMA per half; the reads keep their pattern with rows half as far apart.
// (A 1-column herd: no row pieces, only the halves.)
// CHECK-LABEL: func.func @halves(
// CHECK:         %[[MID:.*]] = arith.constant 8 : index
// CHECK:         %[[H0:.*]] = memref.alloc() {herdflow.depth = 1 : i64} : memref<8x8xi32, 1>
// CHECK-NEXT:    %[[H1:.*]] = memref.alloc() {herdflow.depth = 1 : i64} : memref<8x8xi32, 1>
// CHECK-NOT:     memref<8x16xi32, 1>
// CHECK:         air.dma_memcpy_nd (%[[H0]][] [] [], %{{.*}}[0, 0] [8, 8] [16, 1])
// CHECK-NEXT:    air.dma_memcpy_nd (%[[H1]][] [] [], %{{.*}}[0, 8] [8, 8] [16, 1])
// CHECK-NEXT:    scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:      scf.for %[[K0:.*]] = %{{.*}} to %[[MID]] step %{{.*}} {
// CHECK-NEXT:        air.channel.put @a[%{{.*}}, %{{.*}}] (%[[H0]][0, %[[K0]]] [8, 4] [8, 1])
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.for %[[K1:.*]] = %[[MID]] to %{{.*}} step %{{.*}} {
// CHECK-NEXT:        %[[SHIFTED:.*]] = affine.apply #{{.*}}()[%[[K1]]]
// CHECK-NEXT:        air.channel.put @a[%{{.*}}, %{{.*}}] (%[[H1]][0, %[[SHIFTED]]] [8, 4] [8, 1])
// CHECK-NEXT:      }
// CHECK:         memref.dealloc %[[H0]] :
// CHECK-NEXT:    memref.dealloc %[[H1]] :
air.channel @a [1, 1] {broadcast_shape = [1, 2]}
func.func @halves(%in: memref<8x16xi32>) {
  air.segment @seg args(%i=%in) : memref<8x16xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c16 = arith.constant 16 : index
    %rows = memref.alloc() {herdflow.depth = 1 : i64} : memref<8x16xi32, 1>
    air.dma_memcpy_nd (%rows[] [] [], %i[] [] []) : (memref<8x16xi32, 1>, memref<8x16xi32>)
    scf.for %tile = %c0 to %c2 step %c1 {
      scf.for %k = %c0 to %c16 step %c4 {
        air.channel.put @a[%c0, %c0] (%rows[0, %k] [8, 4] [16, 1]) : (memref<8x16xi32, 1>)
      }
    }
    air.herd @h tile (%x, %y) in (%sx=%c1, %sy=%c2) {
      %h0 = arith.constant 0 : index
      %h8 = arith.constant 8 : index
      %h1 = arith.constant 1 : index
      %l1 = memref.alloc() : memref<8x4xi32, 2>
      scf.for %n = %h0 to %h8 step %h1 {
        air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<8x4xi32, 2>)
      }
      memref.dealloc %l1 : memref<8x4xi32, 2>
    }
    memref.dealloc %rows : memref<8x16xi32, 1>
  }
  return
}

// -----

// A K slice staged inside the loop that reads it (no outer loop reads it
// again): splitting it would only add DMAs, so it stays whole.
// CHECK-LABEL: func.func @staged_per_iteration(
// CHECK:         memref.alloc() : memref<8x16xi32, 1>
// CHECK-NOT:     memref<8x8xi32, 1>
air.channel @a [1, 1] {broadcast_shape = [1, 2]}
func.func @staged_per_iteration(%in: memref<8x32xi32>) {
  air.segment @seg args(%i=%in) : memref<8x32xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c16 = arith.constant 16 : index
    %c32 = arith.constant 32 : index
    scf.for %k2 = %c0 to %c32 step %c16 {
      %slice = memref.alloc() : memref<8x16xi32, 1>
      air.dma_memcpy_nd (%slice[] [] [], %i[0, %k2] [8, 16] [32, 1]) : (memref<8x16xi32, 1>, memref<8x32xi32>)
      scf.for %k = %c0 to %c16 step %c4 {
        air.channel.put @a[%c0, %c0] (%slice[0, %k] [8, 4] [16, 1]) : (memref<8x16xi32, 1>)
      }
      memref.dealloc %slice : memref<8x16xi32, 1>
    }
    air.herd @h tile (%x, %y) in (%sx=%c1, %sy=%c2) {
      %h0 = arith.constant 0 : index
      %h8 = arith.constant 8 : index
      %h1 = arith.constant 1 : index
      %l1 = memref.alloc() : memref<8x4xi32, 2>
      scf.for %n = %h0 to %h8 step %h1 {
        air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<8x4xi32, 2>)
      }
      memref.dealloc %l1 : memref<8x4xi32, 2>
    }
  }
  return
}
