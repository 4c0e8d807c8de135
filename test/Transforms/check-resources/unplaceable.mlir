// RUN: aie-opt %s --split-input-file --verify-diagnostics --aie-check-resources=target=npu1

// Programs the check must not call "fits": buffers it cannot count, L1
// outside any core, a herd computing on memory its cores cannot reach, and
// DMA patterns below 32 bits that the address generators cannot walk.

func.func @index_elements() {
  %c1 = arith.constant 1 : index
  air.herd @h tile (%x) in (%sx=%c1) {
    // expected-error @+1 {{cannot count the bytes of 'memref<10xindex, 2>': its element type has no size in memory}}
    %l1 = memref.alloc() : memref<10xindex, 2>
    memref.dealloc %l1 : memref<10xindex, 2>
  }
  return
}

// -----

func.func @dynamic_shape(%n: index) {
  %c1 = arith.constant 1 : index
  air.herd @h tile (%x) in (%sx=%c1) args(%hn=%n) : index {
    // expected-error @+1 {{cannot count the bytes of 'memref<?xi32, 2>': its shape is dynamic}}
    %l1 = memref.alloc(%hn) : memref<?xi32, 2>
    memref.dealloc %l1 : memref<?xi32, 2>
  }
  return
}

// -----

func.func @l1_in_segment() {
  air.segment @s {
    // expected-error @+1 {{L1 buffer allocated outside a herd: no core's memory holds it}}
    %big = memref.alloc() : memref<262144xi32, 2>
    %c1 = arith.constant 1 : index
    air.herd @h tile (%x) in (%sx=%c1) args(%b=%big) : memref<262144xi32, 2> {
      %c0 = arith.constant 0 : index
      %v = arith.constant 1 : i32
      memref.store %v, %b[%c0] : memref<262144xi32, 2>
    }
    memref.dealloc %big : memref<262144xi32, 2>
  }
  return
}

// -----

func.func @herd_computes_on_l3(%a: memref<8x8xi32>, %c: memref<8x8xi32>) {
  %c1 = arith.constant 1 : index
  air.herd @h tile (%x) in (%sx=%c1) args(%ha=%a, %hc=%c) : memref<8x8xi32>, memref<8x8xi32> {
    // expected-error @+1 {{a herd computes on an L3 buffer; a core reaches only its own L1 (move the data with a DMA or channel)}}
    linalg.matmul ins(%ha, %ha : memref<8x8xi32>, memref<8x8xi32>) outs(%hc : memref<8x8xi32>)
  }
  return
}

// -----

// A transposed i8 read: the innermost dimension strides by 32 elements.
func.func @i8_strided_innermost(%a: memref<32x32xi8, 1>) {
  %c1 = arith.constant 1 : index
  air.herd @h tile (%x) in (%sx=%c1) args(%ha=%a) : memref<32x32xi8, 1> {
    %l1 = memref.alloc() : memref<8x4x4x8xi8, 2>
    // expected-error @+1 {{access pattern's innermost dimension has stride 32 on 'i8' elements; AIE DMAs move 32-bit words, so below 32 bits it must be 1}}
    air.dma_memcpy_nd (%l1[] [] [], %ha[0, 0, 0, 0] [8, 4, 4, 8] [4, 256, 1, 32]) : (memref<8x4x4x8xi8, 2>, memref<32x32xi8, 1>)
    memref.dealloc %l1 : memref<8x4x4x8xi8, 2>
  }
  return
}

// -----

// Rows of 6 bf16 elements are 12 bytes: not whole words... of 4 bytes they
// are; rows of 3 are 6 bytes, which are not.
func.func @bf16_partial_word(%a: memref<8x3xbf16, 1>) {
  %c1 = arith.constant 1 : index
  air.herd @h tile (%x) in (%sx=%c1) args(%ha=%a) : memref<8x3xbf16, 1> {
    %l1 = memref.alloc() : memref<4x3xbf16, 2>
    // expected-error @+1 {{access pattern's innermost dimension moves 6 bytes; AIE DMAs move 32-bit words, so it must be a multiple of 4}}
    air.dma_memcpy_nd (%l1[] [] [], %ha[0, 0] [4, 3] [6, 1]) : (memref<4x3xbf16, 2>, memref<8x3xbf16, 1>)
    memref.dealloc %l1 : memref<4x3xbf16, 2>
  }
  return
}

// -----

// Two cores get from stream 0 of a channel without a broadcast.
air.channel @one_stream [1]
func.func @stream_split_between_cores(%a: memref<16xi32, 1>) {
  air.segment @seg args(%l2=%a) : memref<16xi32, 1> {
    %c2 = arith.constant 2 : index
    air.channel.put @one_stream[] (%l2[] [] []) : (memref<16xi32, 1>)
    air.channel.put @one_stream[] (%l2[] [] []) : (memref<16xi32, 1>)
    air.herd @herd_0 tile (%tx) in (%hx=%c2) {
      %b0 = memref.alloc() : memref<16xi32, 2>
      // expected-error @+1 {{several cores of the herd use one stream of @one_stream without a broadcast: hardware routes a stream to one core (index it by the tile ids, or broadcast)}}
      air.channel.get @one_stream[] (%b0[] [] []) : (memref<16xi32, 2>)
      memref.dealloc %b0 : memref<16xi32, 2>
    }
  }
  return
}
