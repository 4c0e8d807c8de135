// Options: innermost-as-herd takes an unmapped innermost forall; symbol
// prefixes are configurable and numbered in conversion order.
// RUN: aie-opt %s --verify-each --aie-forall-to-air="innermost-as-herd herd-name=core segment-name=seg" | FileCheck %s

// CHECK-LABEL: func.func @named(
// CHECK:         air.launch
// CHECK-NEXT:      air.segment @seg_0
// CHECK:             air.herd @core_0 tile
// CHECK:         air.herd @core_1 tile
// CHECK-NOT:     scf.forall
func.func @named(%m: memref<16xi32, 1>, %v: i32) {
  scf.forall (%i) in (2) {
    scf.forall (%t) in (4) {
      memref.store %v, %m[%t] : memref<16xi32, 1>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  scf.forall (%u) in (2) {
    memref.store %v, %m[%u] : memref<16xi32, 1>
  }
  return
}
