// RUN: aie-opt %s --split-input-file --verify-diagnostics --verify-each --aie-air-to-loops | FileCheck %s

// Tile ids used as affine symbols are valid in a herd (an affine scope) but
// not once the herd is a loop nest: those affine ops lower with it.
// CHECK-LABEL: func.func @affine_if_on_tile_ids(
// CHECK:         scf.for %[[X:.*]] =
// CHECK-NEXT:      scf.for %[[Y:.*]] =
// CHECK:             arith.cmpi eq, %[[X]], %{{.*}} : index
// CHECK:             scf.if
// CHECK-NEXT:          memref.store
// CHECK-NOT:     affine.if
func.func @affine_if_on_tile_ids(%out: memref<2x2xi32>) {
  %c2 = arith.constant 2 : index
  air.herd @herd_0 tile (%tx, %ty) in (%sx=%c2, %sy=%c2) args(%o=%out) : memref<2x2xi32> {
    %c1_i32 = arith.constant 1 : i32
    affine.if affine_set<()[s0, s1] : (s0 == 0, s1 >= 0)>()[%tx, %ty] {
      memref.store %c1_i32, %o[%tx, %ty] : memref<2x2xi32>
    }
  }
  return
}

// -----

// The FIFO of a channel is sized by its streams: 2^62 of them are refused
// at once, not enumerated.
// expected-error @+1 {{'air.channel' op cannot be lowered to loops: it has more streams than a CPU FIFO holds (4294967296)}}
air.channel @c [4611686018427387904]
func.func @huge_channel(%A: memref<64xi32, 1>) {
  air.segment @seg args(%sa=%A) : memref<64xi32, 1> {
    %c1 = arith.constant 1 : index
    air.channel.put @c[] (%sa[] [] []) : (memref<64xi32, 1>)
    air.herd @herd tile (%x) in (%sx=%c1) {
      %l1 = memref.alloc() : memref<64xi32, 2>
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
    }
  }
  return
}

// -----

// expected-error @+1 {{'air.channel' op cannot be lowered to loops: it broadcasts to 4611686018427387904 consumers, more than any described target has cores (32)}}
air.channel @b [1] {broadcast_shape = [4611686018427387904]}
func.func @huge_broadcast(%A: memref<64xi32, 1>) {
  air.segment @seg args(%sa=%A) : memref<64xi32, 1> {
    %c1 = arith.constant 1 : index
    air.channel.put @b[] (%sa[] [] []) : (memref<64xi32, 1>)
    air.herd @herd tile (%x) in (%sx=%c1) {
      %l1 = memref.alloc() : memref<64xi32, 2>
      air.channel.get @b[%x] (%l1[] [] []) : (memref<64xi32, 2>)
    }
  }
  return
}

// -----

// A negative size held in an SSA constant (the verifier checks literals
// only): no view or FIFO can have it, so the op is refused before anything
// changes.
air.channel @chan [1]
func.func @negative_ssa_size(%l1: memref<16xi32, 2>) {
  %c0 = arith.constant 0 : index
  %m1 = arith.constant -1 : index
  // expected-error @below {{'air.channel.get' op cannot be lowered to loops: its pattern has the negative size -1}}
  air.channel.get @chan[] (%l1[%m1] [%m1] [%c0]) : (memref<16xi32, 2>)
  return
}

// -----

func.func @negative_dma_size(%a: memref<16xi32>, %l1: memref<16xi32, 2>) {
  %m4 = arith.constant -4 : index
  %c1 = arith.constant 1 : index
  // expected-error @below {{'air.dma_memcpy_nd' op cannot be lowered to loops: its pattern has the negative size -4}}
  air.dma_memcpy_nd (%l1[] [] [], %a[%c1] [%m4] [%c1]) : (memref<16xi32, 2>, memref<16xi32>)
  return
}
