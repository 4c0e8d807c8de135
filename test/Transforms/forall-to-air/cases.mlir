// RUN: aie-opt %s --verify-each --split-input-file --verify-diagnostics --aie-forall-to-air | FileCheck %s

// A 1-D herd without a launch; a value from above becomes an arg, a
// constant is re-created inside.
// CHECK-LABEL: func.func @one_dim_herd(
// CHECK:         %[[C4:.*]] = arith.constant 4 : index
// CHECK-NEXT:    air.herd @herd_0 tile (%[[T:.*]]) in (%{{.*}}=%[[C4]]) args(%[[V:.*]]=%arg1, %[[M:.*]]=%arg0) : i32, memref<4xi32, 1> {
// CHECK-NEXT:      %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-NEXT:      %[[SUM:.*]] = arith.addi %[[V]], %[[ONE]] : i32
// CHECK-NEXT:      memref.store %[[SUM]], %[[M]][%[[T]]] : memref<4xi32, 1>
// CHECK-NEXT:    }
func.func @one_dim_herd(%m: memref<4xi32, 1>, %v: i32) {
  %one = arith.constant 1 : i32
  scf.forall (%t) in (4) {
    %sum = arith.addi %v, %one : i32
    memref.store %sum, %m[%t] : memref<4xi32, 1>
  } {mapping = [#gpu.thread<x>]}
  return
}

// -----

// The herd's dimension 0 is the forall's #gpu.thread<x> dim (mlir-air's herd
// runs dimension 0 along the array's columns): [y, x] over (2, 4) is a herd
// of 4 x 2 whose first id indexes the forall's second dim; [x, y] keeps the
// forall's order.
// CHECK-LABEL: func.func @mapping_order(
// CHECK:         air.herd @herd_0 tile (%[[X:.*]], %[[Y:.*]]) in (%{{.*}}=%c4{{.*}}, %{{.*}}=%c2{{.*}})
// CHECK-NEXT:      memref.store %{{.*}}, %{{.*}}[%[[Y]], %[[X]]] : memref<2x4xi32, 1>
// CHECK:         air.herd @herd_1 tile (%[[P:.*]], %[[Q:.*]]) in (%{{.*}}=%c2{{.*}}, %{{.*}}=%c4{{.*}})
// CHECK-NEXT:      memref.store %{{.*}}, %{{.*}}[%[[P]], %[[Q]]] : memref<2x4xi32, 1>
func.func @mapping_order(%m: memref<2x4xi32, 1>, %v: i32) {
  scf.forall (%i, %j) in (2, 4) {
    memref.store %v, %m[%i, %j] : memref<2x4xi32, 1>
  } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
  scf.forall (%i, %j) in (2, 4) {
    memref.store %v, %m[%i, %j] : memref<2x4xi32, 1>
  } {mapping = [#gpu.thread<x>, #gpu.thread<y>]}
  return
}

// -----

// Non-normalized bounds are normalized first; an unmapped forall stays
// (unless innermost-as-herd takes it).
// CHECK-LABEL: func.func @normalize_and_unmapped(
// CHECK:         air.herd @herd_0 tile (%{{.*}}) in (%{{.*}}=%c3{{.*}})
// CHECK:         scf.forall (%{{.*}}) in (2)
func.func @normalize_and_unmapped(%m: memref<16xi32, 1>, %v: i32) {
  scf.forall (%t) = (4) to (16) step (4) {
    memref.store %v, %m[%t] : memref<16xi32, 1>
  } {mapping = [#gpu.thread<x>]}
  // expected-remark @+1 {{scf.forall left unchanged: not mapped to #gpu.block or #gpu.thread}}
  scf.forall (%u) in (2) {
    memref.store %v, %m[%u] : memref<16xi32, 1>
  }
  return
}

// -----

// A launch of herds: the block's buffer goes to the segment, the core's to
// the herd; the launch id reaches the herd through the segment's args.
// CHECK-LABEL: func.func @nested(
// CHECK:         air.launch (%[[I:.*]]) in (%{{.*}}=%c4{{.*}}) args(%[[A:.*]]=%arg0) : memref<4x2x8xi32> {
// CHECK-NEXT:      air.segment @segment_0 args(%[[SA:.*]]=%[[A]], %[[SI:.*]]=%[[I]]) : memref<4x2x8xi32>, index {
// CHECK-NEXT:        %[[L2:.*]] = memref.alloc() : memref<2x8xi32, 1>
// CHECK:             air.herd @herd_0 tile (%[[T:.*]]) in (%{{.*}}=%c2{{.*}}) args(%[[HA:.*]]=%[[SA]], %[[HI:.*]]=%[[SI]], %[[HL2:.*]]=%[[L2]]) : memref<4x2x8xi32>, index, memref<2x8xi32, 1> {
// CHECK-NEXT:          %[[L1:.*]] = memref.alloc() : memref<8xi32, 2>
// CHECK:               memref.subview %[[HA]][%[[HI]], %[[T]], 0]
// CHECK:             }
// CHECK-NEXT:        memref.dealloc %[[L2]]
func.func @nested(%A: memref<4x2x8xi32>) {
  scf.forall (%i) in (4) {
    %l2 = memref.alloc() : memref<2x8xi32, 1>
    scf.forall (%t) in (2) {
      %l1 = memref.alloc() : memref<8xi32, 2>
      %row = memref.subview %A[%i, %t, 0] [1, 1, 8] [1, 1, 1] : memref<4x2x8xi32> to memref<8xi32, strided<[1], offset: ?>>
      memref.copy %row, %l1 : memref<8xi32, strided<[1], offset: ?>> to memref<8xi32, 2>
      %dst = memref.subview %l2[%t, 0] [1, 8] [1, 1] : memref<2x8xi32, 1> to memref<8xi32, strided<[1], offset: ?>, 1>
      memref.copy %l1, %dst : memref<8xi32, 2> to memref<8xi32, strided<[1], offset: ?>, 1>
    } {mapping = [#gpu.thread<x>]}
    memref.dealloc %l2 : memref<2x8xi32, 1>
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @three_dim_herd(%m: memref<8xi32, 1>, %v: i32) {
  // expected-error @+1 {{a herd has at most 2 dimensions, this scf.forall mapped to cores has 3}}
  scf.forall (%a, %b, %c) in (2, 2, 2) {
    memref.store %v, %m[%a] : memref<8xi32, 1>
  } {mapping = [#gpu.thread<z>, #gpu.thread<y>, #gpu.thread<x>]}
  return
}

// -----

// Tensor results: not bufferized yet, left unchanged.
// CHECK-LABEL: func.func @tensor_results(
// CHECK:         scf.forall
func.func @tensor_results(%t: tensor<4xi32>) -> tensor<4xi32> {
  // expected-remark @+1 {{scf.forall left unchanged: it has tensor results; bufferize first}}
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<4xi32>) {
    %s = tensor.extract_slice %o[%i] [1] [1] : tensor<4xi32> to tensor<1xi32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i] [1] [1] : tensor<1xi32> into tensor<4xi32>
    }
  } {mapping = [#gpu.thread<x>]}
  return %r : tensor<4xi32>
}

// -----

// A block-mapped forall that already holds a segment becomes a launch
// around it, without a segment of its own (AIR has no segment in a
// segment).
// CHECK-LABEL: func.func @holds_a_segment(
// CHECK:         air.launch (%{{.*}}) in (%{{.*}}=%c1{{.*}}) args(%[[A:.*]]=%{{.*}}) : memref<4x64xi32> {
// CHECK-NEXT:      air.segment @s args(%{{.*}}=%[[A]]) : memref<4x64xi32> {
// CHECK:             air.herd @h
// CHECK:           }
// CHECK-NEXT:    }
// CHECK-NOT:     air.segment
func.func @holds_a_segment(%a: memref<4x64xi32>) {
  scf.forall (%i) in (1) {
    air.segment @s args(%sa=%a) : memref<4x64xi32> {
      %c4 = arith.constant 4 : index
      air.herd @h tile (%x) in (%sx=%c4) args(%ha=%sa) : memref<4x64xi32> {
        %l1 = memref.alloc() : memref<64xi32, 2>
        air.dma_memcpy_nd (%l1[] [] [], %ha[%x, 0] [1, 64] [64, 1]) : (memref<64xi32, 2>, memref<4x64xi32>)
      }
    }
  } {mapping = [#gpu.block<x>]}
  return
}
