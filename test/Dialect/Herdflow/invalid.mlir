// RUN: aie-opt %s --split-input-file --verify-diagnostics | FileCheck %s

// The discardable attributes the passes exchange are verified.

// CHECK-LABEL: func.func @valid(
// CHECK:         memref.alloc() {herdflow.depth = 2 : i64, herdflow.memtile = 3 : i64}
func.func @valid() {
  %b = memref.alloc() {herdflow.memtile = 3 : i64, herdflow.depth = 2 : i64} : memref<8xi32, 1>
  memref.dealloc %b : memref<8xi32, 1>
  return
}

// -----

func.func @negative_memtile() {
  // expected-error @+1 {{'herdflow.memtile' must be an integer >= 0, got -1 : i64}}
  %b = memref.alloc() {herdflow.memtile = -1 : i64} : memref<8xi32, 1>
  return
}

// -----

func.func @zero_depth() {
  // expected-error @+1 {{'herdflow.depth' must be an integer >= 1, got 0 : i64}}
  %b = memref.alloc() {herdflow.depth = 0 : i64} : memref<8xi32, 1>
  return
}

// -----

func.func @string_channel(%a: memref<8xi32>, %b: memref<8xi32, 1>) {
  // expected-error @+1 {{'herdflow.dma_channel' must be an integer >= 0, got "two"}}
  air.dma_memcpy_nd (%b[] [] [], %a[] [] []) {herdflow.dma_channel = "two"} : (memref<8xi32, 1>, memref<8xi32>)
  return
}

// -----

func.func @unknown() {
  // expected-error @+1 {{unknown herdflow attribute 'herdflow.memtiles'}}
  %b = memref.alloc() {herdflow.memtiles = 1 : i64} : memref<8xi32, 1>
  return
}

// -----

// An exported module names the target and schedule it was checked for.
// CHECK: module attributes {herdflow.schedule = "64x64x64 i32->i32 on npu4", herdflow.target = "npu4"}
module attributes {herdflow.target = "npu4", herdflow.schedule = "64x64x64 i32->i32 on npu4"} {
}

// -----

func.func @target_on_a_function() attributes {herdflow.target = "npu4"} {
  // expected-error @-1 {{'herdflow.target' must be a string on a module}}
  return
}

// -----

// expected-error @+1 {{'herdflow.target' must be a string on a module}}
module attributes {herdflow.target = 4 : i64} {
}
