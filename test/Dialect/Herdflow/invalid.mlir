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
