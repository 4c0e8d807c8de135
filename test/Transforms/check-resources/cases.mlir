// RUN: aie-opt %s --split-input-file --verify-diagnostics --aie-check-resources=target=npu1

// A placeable 2x2 program: no diagnostics (report.mlir checks its numbers).
air.channel @a [2, 1] {broadcast_shape = [2, 2]}
air.channel @c [2, 2]
func.func @fits(%A: memref<64x64xi32>, %C: memref<64x64xi32>) {
  air.segment @seg args(%sa=%A, %sc=%C) : memref<64x64xi32>, memref<64x64xi32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %a0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<32x64xi32, 1>
    %a1 = memref.alloc() {herdflow.memtile = 1 : i64} : memref<32x64xi32, 1>
    air.dma_memcpy_nd (%a0[] [] [], %sa[0, 0] [32, 64] [64, 1]) : (memref<32x64xi32, 1>, memref<64x64xi32>)
    air.dma_memcpy_nd (%a1[] [] [], %sa[32, 0] [32, 64] [64, 1]) : (memref<32x64xi32, 1>, memref<64x64xi32>)
    air.channel.put @a[%c0, %c0] (%a0[0, 0, 0] [8, 32, 8] [8, 64, 1]) : (memref<32x64xi32, 1>)
    air.channel.put @a[%c1, %c0] (%a1[0, 0, 0] [8, 32, 8] [8, 64, 1]) : (memref<32x64xi32, 1>)
    %c2 = arith.constant 2 : index
    air.herd @herd tile (%x, %y) in (%sx=%c2, %sy=%c2) {
      %l1 = memref.alloc() : memref<32x64xi32, 2>
      air.channel.get @a[%x, %y] (%l1[] [] []) : (memref<32x64xi32, 2>)
      air.channel.put @c[%x, %y] (%l1[0, 0] [32, 32] [64, 1]) : (memref<32x64xi32, 2>)
    }
    %o0 = memref.alloc() {herdflow.memtile = 0 : i64} : memref<64x32xi32, 1>
    air.channel.get @c[%c0, %c0] (%o0[0, 0] [32, 32] [32, 1]) : (memref<64x32xi32, 1>)
    air.channel.get @c[%c1, %c0] (%o0[0, 1024] [32, 32] [32, 1]) : (memref<64x32xi32, 1>)
    air.dma_memcpy_nd (%sc[0, 0] [64, 32] [64, 1], %o0[] [] []) : (memref<64x64xi32>, memref<64x32xi32, 1>)
  }
  return
}

// -----

func.func @l1_over(%A: memref<64x64xi32>) {
  air.segment @seg args(%sa=%A) : memref<64x64xi32> {
    %c1 = arith.constant 1 : index
    // expected-error @below {{each core needs 81920 bytes of L1 (buffers live at once, times their depth); a npu1 core has 65536}}
    air.herd @herd tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64x64xi32> {
      // expected-note @below {{16384 bytes x depth 2}}
      %in = memref.alloc() : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%in[] [] [], %ha[] [] []) : (memref<64x64xi32, 2>, memref<64x64xi32>)
      // expected-note @below {{16384 bytes x depth 2}}
      %out = memref.alloc() : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%ha[] [] [], %out[] [] []) : (memref<64x64xi32>, memref<64x64xi32, 2>)
      // expected-note @below {{16384 bytes x depth 1}}
      %acc = memref.alloc() : memref<64x64xi32, 2>
    }
  }
  return
}

// -----

// A herdflow.depth on an allocation (the schedule's single-buffered
// accumulator) decides its depth: the same buffers as @l1_over, with the
// written-back one at depth 1, need 65536 bytes and fit.
func.func @l1_depth_attribute(%A: memref<64x64xi32>) {
  air.segment @seg args(%sa=%A) : memref<64x64xi32> {
    %c1 = arith.constant 1 : index
    air.herd @herd tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64x64xi32> {
      %in = memref.alloc() : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%in[] [] [], %ha[] [] []) : (memref<64x64xi32, 2>, memref<64x64xi32>)
      %out = memref.alloc() {herdflow.depth = 1 : i64} : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%ha[] [] [], %out[] [] []) : (memref<64x64xi32>, memref<64x64xi32, 2>)
      %acc = memref.alloc() : memref<64x64xi32, 2>
    }
  }
  return
}

// -----

// Buffers freed before the next is allocated are not live together (and
// DMAs with one herdflow.dma_channel share it).
func.func @l1_sequential(%A: memref<64x64xi32>) {
  air.segment @seg args(%sa=%A) : memref<64x64xi32> {
    %c1 = arith.constant 1 : index
    air.herd @herd tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64x64xi32> {
      %first = memref.alloc() : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%first[] [] [], %ha[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64x64xi32, 2>, memref<64x64xi32>)
      memref.dealloc %first : memref<64x64xi32, 2>
      %second = memref.alloc() : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%second[] [] [], %ha[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64x64xi32, 2>, memref<64x64xi32>)
      memref.dealloc %second : memref<64x64xi32, 2>
      %third = memref.alloc() : memref<64x64xi32, 2>
      air.dma_memcpy_nd (%third[] [] [], %ha[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64x64xi32, 2>, memref<64x64xi32>)
    }
  }
  return
}

// -----

func.func @l2_over(%A: memref<256x512xi32>) {
  // expected-error @below {{memtile 0 needs 1048576 bytes of L2 (buffers live at once, times their depth); a npu1 memtile has 524288}}
  air.segment @seg args(%sa=%A) : memref<256x512xi32> {
    // expected-note @below {{524288 bytes x depth 2}}
    %big = memref.alloc() : memref<256x512xi32, 1>
    air.dma_memcpy_nd (%big[] [] [], %sa[] [] []) : (memref<256x512xi32, 1>, memref<256x512xi32>)
  }
  return
}

// -----

air.channel @c0 [1]
air.channel @c1 [1]
air.channel @c2 [1]
func.func @core_channels(%A: memref<64xi32, 1>) {
  air.segment @seg args(%sa=%A) : memref<64xi32, 1> {
    air.channel.put @c0[] (%sa[] [] []) : (memref<64xi32, 1>)
    air.channel.put @c1[] (%sa[] [] []) : (memref<64xi32, 1>)
    air.channel.put @c2[] (%sa[] [] []) : (memref<64xi32, 1>)
    %c1 = arith.constant 1 : index
    // expected-error @below {{each core tile of the herd needs 3 input (S2MM) DMA channels; a npu1 core tile has 2}}
    air.herd @herd tile (%x) in (%sx=%c1) {
      %l1 = memref.alloc() : memref<64xi32, 2>
      // expected-note @below {{input (S2MM) channel 0: 1 transfer(s)}}
      air.channel.get @c0[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      // expected-note @below {{input (S2MM) channel 1: 1 transfer(s)}}
      air.channel.get @c1[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      // expected-note @below {{input (S2MM) channel 2: 1 transfer(s)}}
      air.channel.get @c2[%x] (%l1[] [] []) : (memref<64xi32, 2>)
    }
  }
  return
}

// -----

func.func @shim_channels(%A: memref<64xi32>) {
  // expected-error @below {{shim DMA of column 0 needs 3 output (MM2S) DMA channels; a npu1 shim tile has 2}}
  air.segment @seg args(%sa=%A) : memref<64xi32> {
    %b = memref.alloc() : memref<64xi32, 1>
    // expected-note @below {{output (MM2S) channel}}
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    // expected-note @below {{output (MM2S) channel}}
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    // expected-note @below {{output (MM2S) channel}}
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
  }
  return
}

// -----

// DMAs with one herdflow.dma_channel share it.
func.func @shared_shim_channel(%A: memref<64xi32>) {
  air.segment @seg args(%sa=%A) : memref<64xi32> {
    %b = memref.alloc() : memref<64xi32, 1>
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64xi32, 1>, memref<64xi32>)
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64xi32, 1>, memref<64xi32>)
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) {herdflow.dma_channel = 0 : i64} : (memref<64xi32, 1>, memref<64xi32>)
  }
  return
}

// -----

air.channel @c [1]
func.func @memtile_channels(%A: memref<64xi32>) {
  // expected-error @below {{memtile 0 needs 7 output (MM2S) DMA channels; a npu1 memtile has 6}}
  air.segment @seg args(%sa=%A) : memref<64xi32> {
    %b = memref.alloc() : memref<64xi32, 1>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %c4 = arith.constant 4 : index
    %c5 = arith.constant 5 : index
    %c6 = arith.constant 6 : index
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c0] (%b[] [] []) : (memref<64xi32, 1>)
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c1] (%b[] [] []) : (memref<64xi32, 1>)
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c2] (%b[] [] []) : (memref<64xi32, 1>)
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c3] (%b[] [] []) : (memref<64xi32, 1>)
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c4] (%b[] [] []) : (memref<64xi32, 1>)
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c5] (%b[] [] []) : (memref<64xi32, 1>)
    // expected-note @below {{output (MM2S) channel}}
    air.channel.put @c[%c6] (%b[] [] []) : (memref<64xi32, 1>)
  }
  return
}

// -----

air.channel @c [1]
func.func @core_dims(%A: memref<64xi32, 1>) {
  air.segment @seg args(%sa=%A) : memref<64xi32, 1> {
    air.channel.put @c[] (%sa[] [] []) : (memref<64xi32, 1>)
    %c1 = arith.constant 1 : index
    air.herd @herd tile (%x) in (%sx=%c1) {
      %l1 = memref.alloc() : memref<4x64xi32, 2>
      // expected-error @below {{access pattern needs 4 dimensions after merging contiguous ones; a npu1 core DMA has 3}}
      air.channel.get @c[%x] (%l1[0, 0, 0, 0] [2, 2, 2, 4] [128, 8, 32, 1]) : (memref<4x64xi32, 2>)
    }
  }
  return
}

// -----

air.channel @c [1]
func.func @core_wrap(%A: memref<2x2048xi32, 1>) {
  air.segment @seg args(%sa=%A) : memref<2x2048xi32, 1> {
    air.channel.put @c[] (%sa[] [] []) : (memref<2x2048xi32, 1>)
    %c1 = arith.constant 1 : index
    air.herd @herd tile (%x) in (%sx=%c1) {
      %l1 = memref.alloc() : memref<2x2048xi32, 2>
      // expected-error @below {{access pattern dimension of size 300 words exceeds the npu1 core DMA wrap of 255}}
      air.channel.get @c[%x] (%l1[0, 0] [2, 300] [2048, 1]) : (memref<2x2048xi32, 2>)
    }
  }
  return
}

// -----

func.func @shim_stride(%A: memref<4x2000000xi32>) {
  air.segment @seg args(%sa=%A) : memref<4x2000000xi32> {
    %b = memref.alloc() : memref<4x16xi32, 1>
    // expected-error @below {{access pattern stride of 2000000 words exceeds the npu1 shim DMA limit of 1048576}}
    air.dma_memcpy_nd (%b[] [] [], %sa[0, 0] [4, 16] [2000000, 1]) : (memref<4x16xi32, 1>, memref<4x2000000xi32>)
  }
  return
}

// -----

// The shim's repeat dimension allows one more, up to 63 repeats.
func.func @shim_repeat(%A: memref<64x8x8x8xi32>) {
  air.segment @seg args(%sa=%A) : memref<64x8x8x8xi32> {
    %b = memref.alloc() : memref<64x4x4x4xi32, 1>
    // expected-error @below {{access pattern repeats 64 times; a npu1 shim DMA repeats at most 63}}
    air.dma_memcpy_nd (%b[] [] [], %sa[0, 0, 0, 0] [64, 4, 4, 4] [512, 64, 8, 1]) : (memref<64x4x4x4xi32, 1>, memref<64x8x8x8xi32>)
  }
  return
}

// -----

func.func @herd_too_big() {
  air.segment @seg {
    %c5 = arith.constant 5 : index
    %c4 = arith.constant 4 : index
    // Dimension 0 runs along the columns: 5 columns x 4 rows.
    // expected-error @below {{herd of 4x5 cores (rows x columns) does not fit the npu1 array of 4x4}}
    air.herd @herd tile (%x, %y) in (%sx=%c5, %sy=%c4) {
    }
  }
  return
}

// -----

func.func @no_l1_side(%A: memref<64xi32>) {
  air.segment @seg args(%sa=%A) : memref<64xi32> {
    %c1 = arith.constant 1 : index
    air.herd @herd tile (%x) in (%sx=%c1) args(%ha=%sa) : memref<64xi32> {
      %l2 = memref.alloc() : memref<64xi32, 1>
      // expected-error @below {{herd DMA moves data from L3 to L2 without L1 on either side; a core's DMA can only reach its own memory (run aie-dma-to-channel)}}
      air.dma_memcpy_nd (%l2[] [] [], %ha[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    }
  }
  return
}

// -----

func.func @memtile_outside(%A: memref<64xi32>) {
  // expected-error @below {{memtile 3 is outside the herd's 2 column(s) on the npu1 array of 4 columns}}
  air.segment @seg args(%sa=%A) : memref<64xi32> {
    %b = memref.alloc() {herdflow.memtile = 3 : i64} : memref<64xi32, 1>
    air.dma_memcpy_nd (%b[] [] [], %sa[] [] []) : (memref<64xi32, 1>, memref<64xi32>)
    %c2 = arith.constant 2 : index
    air.herd @herd tile (%x) in (%sx=%c2) {
    }
  }
  return
}

// -----

// 9 transfers on one channel, each double-buffered: 18 buffer descriptors.
air.channel @c [1]
func.func @core_descriptors(%A: memref<64xi32, 1>) {
  air.segment @seg args(%sa=%A) : memref<64xi32, 1> {
    %c0 = arith.constant 0 : index
    %c9 = arith.constant 9 : index
    %c1 = arith.constant 1 : index
    scf.for %i = %c0 to %c9 step %c1 {
      air.channel.put @c[] (%sa[] [] []) : (memref<64xi32, 1>)
    }
    // expected-error @below {{each core tile needs 18 buffer descriptors; a npu1 core tile has 16}}
    air.herd @herd tile (%x) in (%sx=%c1) {
      %l1 = memref.alloc() : memref<64xi32, 2>
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
      air.channel.get @c[%x] (%l1[] [] []) : (memref<64xi32, 2>)
    }
  }
  return
}
