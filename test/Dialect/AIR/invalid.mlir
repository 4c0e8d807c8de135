// RUN: aie-opt %s -split-input-file -verify-diagnostics

func.func @herd_three_dims() {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{'air.herd' op expects 1 or 2 dimensions, got 3}}
  air.herd tile (%x, %y, %z) in (%sx=%c2, %sy=%c2, %sz=%c2) {
  }
  return
}

// -----

func.func @herd_no_dims() {
  // expected-error @+1 {{'air.herd' op expects 1 or 2 dimensions, got 0}}
  air.herd tile () in () {
  }
  return
}

// -----

func.func @segment_three_dims() {
  %c1 = arith.constant 1 : index
  // expected-error @+1 {{'air.segment' op expects 0 to 2 dimensions, got 3}}
  air.segment unroll (%x, %y, %z) in (%sx=%c1, %sy=%c1, %sz=%c1) {
  }
  return
}

// -----

func.func @launch_five_dims() {
  %c1 = arith.constant 1 : index
  // expected-error @+1 {{'air.launch' op expects 0 to 4 dimensions, got 5}}
  air.launch (%a, %b, %c, %d, %e) in (%sa=%c1, %sb=%c1, %sc=%c1, %sd=%c1, %se=%c1) {
  }
  return
}

// -----

func.func @herd_zero_size() {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{'air.herd' op expects positive sizes, but size #1 is 0}}
  air.herd tile (%x, %y) in (%sx=%c2, %sy=%c0) {
  }
  return
}

// -----

func.func @launch_negative_size() {
  %c-1 = arith.constant -1 : index
  // expected-error @+1 {{'air.launch' op expects positive sizes, but size #0 is -1}}
  air.launch (%x) in (%sx=%c-1) {
  }
  return
}

// -----

func.func @ids_sizes_mismatch() {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{expected 2 sizes to match the ids, got 1}}
  air.herd tile (%x, %y) in (%sx=%c2) {
  }
  return
}

// -----

func.func @args_types_mismatch(%m: memref<4xi32>) {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{expected 1 types for the args, got 2}}
  air.herd tile (%x) in (%sx=%c2) args(%a=%m) : memref<4xi32>, memref<4xi32> {
  }
  return
}

// -----

func.func @args_missing_types(%m: memref<4xi32>) {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{expected ':'}}
  air.herd tile (%x) in (%sx=%c2) args(%a=%m) {
  }
  return
}

// -----

func.func @not_isolated(%m: memref<4xi32>) {
  %c2 = arith.constant 2 : index
  // expected-note @+1 {{required by region isolation constraints}}
  air.herd tile (%x) in (%sx=%c2) {
    // expected-error @+1 {{using value defined outside the region}}
    %v = memref.load %m[%x] : memref<4xi32>
  }
  return
}

// -----

func.func @segment_in_herd() {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{'air.herd' op may not contain 'air.segment': the hierarchy is launch > segment > herd}}
  air.herd tile (%x) in (%sx=%c2) {
    // expected-note @+1 {{nested op is here}}
    air.segment {
    }
  }
  return
}

// -----

func.func @launch_in_launch() {
  // expected-error @+1 {{'air.launch' op may not contain 'air.launch'}}
  air.launch {
    // expected-note @+1 {{nested op is here}}
    air.launch {
    }
  }
  return
}

// -----

func.func @herd_in_herd() {
  %c1 = arith.constant 1 : index
  // expected-error @+1 {{'air.herd' op may not contain 'air.herd'}}
  air.herd tile (%x) in (%sx=%c1) {
    %c2 = arith.constant 2 : index
    // expected-note @+1 {{nested op is here}}
    air.herd tile (%y) in (%sy=%c2) {
    }
  }
  return
}

// -----

// The generic form can state what the custom form cannot: a body whose
// arguments do not match the operands.
func.func @kernel_argument_type(%m: memref<4xi32>) {
  // expected-error @+1 {{'air.segment' op kernel argument #0 has type 'memref<8xi32>' but its operand has type 'memref<4xi32>'}}
  "air.segment"(%m) <{operandSegmentSizes = array<i32: 0, 0, 1>}> ({
  ^bb0(%a: memref<8xi32>):
    "air.segment_terminator"() : () -> ()
  }) : (memref<4xi32>) -> ()
  return
}

// -----

func.func @body_argument_count() {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{'air.herd' op expects its body to have 2 arguments (1 ids, 1 sizes, 0 kernel arguments), got 1}}
  "air.herd"(%c2) <{operandSegmentSizes = array<i32: 0, 1, 0>}> ({
  ^bb0(%x: index):
    "air.herd_terminator"() : () -> ()
  }) : (index) -> ()
  return
}

// -----

func.func @id_type() {
  %c2 = arith.constant 2 : index
  // expected-error @+1 {{'air.herd' op expects id and size arguments of type index, got 'i32'}}
  "air.herd"(%c2) <{operandSegmentSizes = array<i32: 0, 1, 0>}> ({
  ^bb0(%x: i32, %s: index):
    "air.herd_terminator"() : () -> ()
  }) : (index) -> ()
  return
}

// -----

func.func @dma_list_lengths(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op expects the source sizes and strides to have the same length and at most as many offsets, got 2, 1 and 1}}
  air.dma_memcpy_nd (%b[] [] [], %a[0, 0] [1024] [1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_non_memref(%a: memref<64x64xi32>, %b: tensor<32x32xi32>) {
  // expected-error @+1 {{custom op 'air.dma_memcpy_nd' invalid kind of type specified: expected builtin.memref, but found 'tensor<32x32xi32>'}}
  air.dma_memcpy_nd (%b[] [] [], %a[] [] []) : (tensor<32x32xi32>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_non_memref_generic(%a: memref<64x64xi32>, %b: tensor<32x32xi32>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op operand #0 must be memref of any type values, but got 'tensor<32x32xi32>'}}
  "air.dma_memcpy_nd"(%b, %a) <{operandSegmentSizes = array<i32: 0, 1, 0, 0, 0, 1, 0, 0, 0>, static_dst_offsets = array<i64>, static_dst_sizes = array<i64>, static_dst_strides = array<i64>, static_src_offsets = array<i64>, static_src_sizes = array<i64>, static_src_strides = array<i64>}> : (tensor<32x32xi32>, memref<64x64xi32>) -> ()
  return
}

// -----

func.func @dma_element_types(%a: memref<32x32xi32>, %b: memref<32x32xf32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op expects source and destination element types to match, got 'i32' and 'f32'}}
  air.dma_memcpy_nd (%b[] [] [], %a[] [] []) : (memref<32x32xf32, 2>, memref<32x32xi32>)
  return
}

// -----

func.func @dma_element_count(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op reads 2048 elements from the source but writes 1024 to the destination}}
  air.dma_memcpy_nd (%b[] [] [], %a[0, 0] [32, 64] [64, 1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_negative_offset(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op expects non-negative source offsets, but offset #1 is -1}}
  air.dma_memcpy_nd (%b[] [] [], %a[0, -1] [32, 32] [64, 1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_zero_size(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op expects positive destination sizes, but size #0 is 0}}
  air.dma_memcpy_nd (%b[0] [0] [1], %a[] [] []) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_negative_stride(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op expects non-negative source strides, but stride #0 is -64}}
  air.dma_memcpy_nd (%b[] [] [], %a[0, 0] [32, 32] [-64, 1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_out_of_bounds(%a: memref<64x64xi32>, %b: memref<32x32xi32, 2>) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op has a source access pattern that reaches element 4159 of 'memref<64x64xi32>', which has 4096 elements}}
  air.dma_memcpy_nd (%b[] [] [], %a[33, 32] [32, 32] [64, 1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
  return
}

// -----

func.func @dma_dynamic_count(%a: memref<64x64xi32>, %b: memref<64x64xi32, 2>, %i: index) {
  // expected-error @+1 {{'air.dma_memcpy_nd' op expects 1 SSA values for the destination offsets, got 0}}
  "air.dma_memcpy_nd"(%b, %a) <{operandSegmentSizes = array<i32: 0, 1, 0, 0, 0, 1, 0, 0, 0>, static_dst_offsets = array<i64: -9223372036854775808>, static_dst_sizes = array<i64: 4096>, static_dst_strides = array<i64: 1>, static_src_offsets = array<i64>, static_src_sizes = array<i64>, static_src_strides = array<i64>}> : (memref<64x64xi32, 2>, memref<64x64xi32>) -> ()
  return
}

// -----

func.func @async_dependency_type() {
  %c0 = arith.constant 0 : index
  // expected-error @+2 {{use of value '%c0' expects different type than prior uses: '!air.async.token' vs 'index'}}
  // expected-note @-2 {{prior use here}}
  air.wait_all [%c0]
  return
}

// -----

func.func @put_unknown_channel(%m: memref<16xi32, 1>) {
  // expected-error @+1 {{'air.channel.put' op '@nope' does not reference an 'air.channel'}}
  air.channel.put @nope[] (%m[] [] []) : (memref<16xi32, 1>)
  return
}

// -----

func.func @not_a_channel(%m: memref<16xi32, 1>) {
  // expected-error @+1 {{'air.channel.get' op '@not_a_channel' does not reference an 'air.channel'}}
  air.channel.get @not_a_channel[] (%m[] [] []) : (memref<16xi32, 1>)
  return
}

// -----

air.channel @chan [2, 2]
func.func @put_index_count(%m: memref<16xi32, 1>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'air.channel.put' op expects 0 or at least 2 indices for channel '@chan', got 1}}
  air.channel.put @chan[%c0] (%m[] [] []) : (memref<16xi32, 1>)
  return
}

// -----

air.channel @chan [2]
func.func @get_list_lengths(%m: memref<16xi32, 2>) {
  // expected-error @+1 {{'air.channel.get' op expects the destination sizes and strides to have the same length and at most as many offsets, got 1, 1 and 0}}
  air.channel.get @chan[] (%m[0] [16] []) : (memref<16xi32, 2>)
  return
}

// -----

air.channel @chan [2]
func.func @put_non_memref(%t: tensor<16xi32>) {
  // expected-error @+1 {{custom op 'air.channel.put' invalid kind of type specified: expected builtin.memref, but found 'tensor<16xi32>'}}
  air.channel.put @chan[] (%t[] [] []) : (tensor<16xi32>)
  return
}

// -----

// expected-error @+1 {{'air.channel' op expects positive sizes, but size #1 is 0}}
air.channel @zero [2, 0]

// -----

// expected-error @+1 {{'air.channel' op attribute 'broadcast_shape' failed to satisfy constraint: array of 64-bit integer or index attributes}}
air.channel @bcast_i32 [2, 1] {broadcast_shape = [2 : i32, 2 : i32]}

// -----

// expected-error @+1 {{'air.channel' op expects broadcast_shape to have rank 2, got 1}}
air.channel @bcast_rank [2, 1] {broadcast_shape = [2]}

// -----

// expected-error @+1 {{'air.channel' op broadcast_shape dimension #0 (4) must equal the size (2) or the size must be 1}}
air.channel @bcast_extent [2, 1] {broadcast_shape = [4, 2]}

// -----

// expected-error @+1 {{'air.channel' op expects positive broadcast_shape entries, but entry #1 is 0}}
air.channel @bcast_zero [2, 1] {broadcast_shape = [2, 0]}

// -----

func.func @execute_yields_the_wrong_type() {
  // expected-error @+1 {{'air.execute' op yields 1 value(s) whose types do not match its result types}}
  %t, %v = air.execute -> (index) {
    %c = arith.constant 1 : i32
    air.execute_terminator %c : i32
  }
  return
}

// -----

func.func @terminator_outside_execute() {
  // expected-error @+1 {{'air.execute_terminator' op expects parent op 'air.execute'}}
  air.execute_terminator
  return
}

// -----

air.channel @chan [2]
func.func @nonzero_index_past_rank(%m: memref<16xi32, 1>) {
  %c1 = arith.constant 1 : index
  // expected-error @+1 {{'air.channel.put' op has index #1 = 1 on channel '@chan' of rank 1; an index past the rank must be 0}}
  air.channel.put @chan[%c1, %c1] (%m[] [] []) : (memref<16xi32, 1>)
  return
}

// -----

func.func @short_offsets_out_of_bounds(%a: memref<4x8xi32>, %b: memref<2x8xi32, 2>) {
  // The missing leading offset is 0: rows 3 and 4 of a 4-row memref.
  // expected-error @+1 {{'air.dma_memcpy_nd' op has a source access pattern that reaches element 39 of 'memref<4x8xi32>', which has 32 elements}}
  air.dma_memcpy_nd (%b[] [] [], %a[24] [2, 8] [8, 1]) : (memref<2x8xi32, 2>, memref<4x8xi32>)
  return
}
