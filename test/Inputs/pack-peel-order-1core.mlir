// A 64x64x64 i32 matmul in the loop order of iree-amd-aie's pack-peel
// pipeline after bufferization, with a herd of one core: per 32x32 block the
// reduction loop (K tiles of 16) stages A and B in L2 at the block level and
// runs the core forall inside it; the L1 accumulator is allocated and filled
// by the block before the loop and unpacked (through an L1 temporary, into
// the block's L2 tile) after it. Written for aie-sink-reduction-loop-into-herd
// and the pipeline after it (lit and the numerical test in test_pass_semantics).
// Packed layouts: A [K/8][M/4][4][8], B [N/8][K/8][8][8], C [N/8][M/4][4][8].
#pack_a = affine_map<(n, m, k, mi, ni, ki) -> (k, m, mi, ki)>
#pack_b = affine_map<(n, m, k, mi, ni, ki) -> (n, k, ki, ni)>
#pack_c = affine_map<(n, m, k, mi, ni, ki) -> (n, m, mi, ni)>
func.func @pack_peel_order(%a: memref<64x64xi32>, %b: memref<64x64xi32>) -> memref<64x64xi32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  %zero = arith.constant 0 : i32
  %c = memref.alloc() : memref<64x64xi32>
  scf.forall (%i, %j) = (0, 0) to (64, 64) step (32, 32) {
    %a_rows = memref.subview %a[%i, 0] [32, 64] [1, 1] : memref<64x64xi32> to memref<32x64xi32, strided<[64, 1], offset: ?>>
    %b_cols = memref.subview %b[0, %j] [64, 32] [1, 1] : memref<64x64xi32> to memref<64x32xi32, strided<[64, 1], offset: ?>>
    %c_l2 = memref.alloc() : memref<32x32xi32, 1>
    %c_l1 = memref.alloc() : memref<4x8x4x8xi32, 2>
    linalg.fill ins(%zero : i32) outs(%c_l1 : memref<4x8x4x8xi32, 2>)
    scf.for %kk = %c0 to %c4 step %c1 {
      %k = arith.muli %kk, %c16 : index
      %a_tile = memref.subview %a_rows[0, %k] [32, 16] [1, 1] : memref<32x64xi32, strided<[64, 1], offset: ?>> to memref<32x16xi32, strided<[64, 1], offset: ?>>
      %a_l2 = memref.alloc() : memref<32x16xi32, 1>
      memref.copy %a_tile, %a_l2 : memref<32x16xi32, strided<[64, 1], offset: ?>> to memref<32x16xi32, 1>
      %b_tile = memref.subview %b_cols[%k, 0] [16, 32] [1, 1] : memref<64x32xi32, strided<[64, 1], offset: ?>> to memref<16x32xi32, strided<[64, 1], offset: ?>>
      %b_l2 = memref.alloc() : memref<16x32xi32, 1>
      memref.copy %b_tile, %b_l2 : memref<16x32xi32, strided<[64, 1], offset: ?>> to memref<16x32xi32, 1>
      scf.forall (%y, %x) in (1, 1) {
        %a_exp = memref.expand_shape %a_l2 [[0, 1], [2, 3]] output_shape [8, 4, 2, 8] : memref<32x16xi32, 1> into memref<8x4x2x8xi32, 1>
        %a_l1 = memref.alloc() : memref<2x8x4x8xi32, 2>
        linalg.transpose ins(%a_exp : memref<8x4x2x8xi32, 1>) outs(%a_l1 : memref<2x8x4x8xi32, 2>) permutation = [2, 0, 1, 3]
        %b_exp = memref.expand_shape %b_l2 [[0, 1], [2, 3]] output_shape [2, 8, 4, 8] : memref<16x32xi32, 1> into memref<2x8x4x8xi32, 1>
        %b_l1 = memref.alloc() : memref<4x2x8x8xi32, 2>
        linalg.transpose ins(%b_exp : memref<2x8x4x8xi32, 1>) outs(%b_l1 : memref<4x2x8x8xi32, 2>) permutation = [2, 0, 1, 3]
        linalg.generic {indexing_maps = [#pack_a, #pack_b, #pack_c], iterator_types = ["parallel", "parallel", "reduction", "parallel", "parallel", "reduction"]} ins(%a_l1, %b_l1 : memref<2x8x4x8xi32, 2>, memref<4x2x8x8xi32, 2>) outs(%c_l1 : memref<4x8x4x8xi32, 2>) {
        ^bb0(%x0: i32, %y0: i32, %acc: i32):
          %p = arith.muli %x0, %y0 : i32
          %s = arith.addi %acc, %p : i32
          linalg.yield %s : i32
        }
        memref.dealloc %a_l1 : memref<2x8x4x8xi32, 2>
        memref.dealloc %b_l1 : memref<4x2x8x8xi32, 2>
      } {mapping = [#gpu.thread<y>, #gpu.thread<x>]}
      memref.dealloc %a_l2 : memref<32x16xi32, 1>
      memref.dealloc %b_l2 : memref<16x32xi32, 1>
    }
    %c_tmp = memref.alloc() : memref<8x4x4x8xi32, 2>
    linalg.transpose ins(%c_l1 : memref<4x8x4x8xi32, 2>) outs(%c_tmp : memref<8x4x4x8xi32, 2>) permutation = [1, 2, 0, 3]
    %c_flat = memref.collapse_shape %c_tmp [[0, 1], [2, 3]] : memref<8x4x4x8xi32, 2> into memref<32x32xi32, 2>
    linalg.copy ins(%c_flat : memref<32x32xi32, 2>) outs(%c_l2 : memref<32x32xi32, 1>)
    memref.dealloc %c_tmp : memref<8x4x4x8xi32, 2>
    memref.dealloc %c_l1 : memref<4x8x4x8xi32, 2>
    %c_block = memref.subview %c[%i, %j] [32, 32] [1, 1] : memref<64x64xi32> to memref<32x32xi32, strided<[64, 1], offset: ?>>
    memref.copy %c_l2, %c_block : memref<32x32xi32, 1> to memref<32x32xi32, strided<[64, 1], offset: ?>>
    memref.dealloc %c_l2 : memref<32x32xi32, 1>
  } {mapping = [#gpu.block<y>, #gpu.block<x>]}
  return %c : memref<64x64xi32>
}
