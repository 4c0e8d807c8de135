// RUN: aie-opt %s --aie-erase-memory-spaces --split-input-file | FileCheck %s
// The pass has no failure mode: every memref type can lose its memory space.
// This run proves it emits no diagnostic on the awkward cases below.
// RUN: aie-opt %s --aie-erase-memory-spaces --split-input-file --verify-diagnostics -o /dev/null

// CHECK-LABEL: func.func @values_and_signature(
// CHECK-SAME:      %{{.*}}: memref<32x32xi32>, %{{.*}}: memref<*xf32>) -> memref<32x32xi32> {
// CHECK-NEXT:    %[[L1:.*]] = memref.alloc() : memref<32x32xi32>
// CHECK-NEXT:    linalg.copy ins(%{{.*}} : memref<32x32xi32>) outs(%[[L1]] : memref<32x32xi32>)
// CHECK-NEXT:    %[[SV:.*]] = memref.subview %[[L1]][0, 0] [4, 4] [1, 1] : memref<32x32xi32> to memref<4x4xi32, strided<[32, 1]>>
// CHECK-NEXT:    memref.copy %[[SV]], %[[SV]] : memref<4x4xi32, strided<[32, 1]>> to memref<4x4xi32, strided<[32, 1]>>
// CHECK-NEXT:    return %[[L1]] : memref<32x32xi32>
func.func @values_and_signature(%a: memref<32x32xi32, 1>, %u: memref<*xf32, 2>) -> memref<32x32xi32, 2> {
  %l1 = memref.alloc() : memref<32x32xi32, 2>
  linalg.copy ins(%a : memref<32x32xi32, 1>) outs(%l1 : memref<32x32xi32, 2>)
  // A cast between spaces becomes an identity and is folded away.
  %c = memref.memory_space_cast %l1 : memref<32x32xi32, 2> to memref<32x32xi32>
  %s = memref.subview %c[0, 0] [4, 4] [1, 1] : memref<32x32xi32> to memref<4x4xi32, strided<[32, 1]>>
  memref.copy %s, %s : memref<4x4xi32, strided<[32, 1]>> to memref<4x4xi32, strided<[32, 1]>>
  return %l1 : memref<32x32xi32, 2>
}

// -----

// Type attributes (globals) and nested regions, with a non-integer space.
// CHECK:       memref.global "private" @g : memref<4xi32> = dense<0>
// CHECK-LABEL: func.func @globals_and_regions(
// CHECK:         memref.get_global @g : memref<4xi32>
// CHECK:         scf.forall
// CHECK-NEXT:      memref.alloc() : memref<8xf32>
// CHECK-NOT:     #gpu.address_space
memref.global "private" @g : memref<4xi32, 1> = dense<0>
func.func @globals_and_regions() {
  %g = memref.get_global @g : memref<4xi32, 1>
  scf.forall (%i) in (2) {
    %w = memref.alloc() : memref<8xf32, #gpu.address_space<workgroup>>
  }
  return
}
