// Inputs written in the forms mlir-air's passes and tests print (written
// for herdflow, not copied), one form per chunk: scripts/air_coverage.py
// parses, prints and re-parses each and tables which forms and ops
// herdflow's AIR dialect takes. A chunk herdflow does not take yet stays
// here so the table shows it.

// form: channels (plain, broadcast i64 and index, 0-d, channel_type)
air.channel @a [2, 2]
air.channel @b [1, 2] {broadcast_shape = [2, 2]}
air.channel @c [2, 1] {broadcast_shape = [2 : index, 2 : index]}
air.channel @d []
air.channel @e [1] {channel_type = "dma_packet"}

// -----

// form: async hierarchy (launch, segment, herd with tokens and args)
func.func @async_hierarchy(%arg0: memref<256x256xbf16>) {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %0 = air.launch async (%x, %y) in (%sx=%c2, %sy=%c1) args(%a=%arg0) : memref<256x256xbf16> {
    %1 = air.segment @seg async args(%sa=%a) : memref<256x256xbf16> {
      %c2_0 = arith.constant 2 : index
      %2 = air.herd @herd_0 async tile (%tx, %ty) in (%hx=%c2_0, %hy=%c2_0) args(%h=%sa) : memref<256x256xbf16> {
      }
    }
  }
  air.wait_all [%0]
  return
}

// -----

// form: execute around alloc, compute and dealloc, joined by wait_all
func.func @execute_regions() {
  %t0, %buf = air.execute -> (memref<32x32xf32, 2>) {
    %alloc = memref.alloc() : memref<32x32xf32, 2>
    air.execute_terminator %alloc : memref<32x32xf32, 2>
  }
  %t1 = air.execute [%t0] {
    %cst = arith.constant 0.0 : f32
    linalg.fill ins(%cst : f32) outs(%buf : memref<32x32xf32, 2>)
  }
  %t2 = air.execute [%t1] {
    memref.dealloc %buf : memref<32x32xf32, 2>
  }
  %t3 = air.wait_all async [%t0, %t1, %t2]
  air.wait_all [%t3]
  return
}

// -----

// form: async channel put and get with dependencies
air.channel @f [1, 1]
func.func @async_channels(%l2: memref<64x64xi32, 1>, %l1: memref<32x32xi32, 2>) {
  %c0 = arith.constant 0 : index
  %t0 = air.wait_all async
  %t1 = air.channel.put async [%t0] @f[%c0, %c0] (%l2[0, 0] [32, 32] [64, 1]) : (memref<64x64xi32, 1>)
  %t2 = air.channel.get async [%t1] @f[%c0, %c0] (%l1[] [] []) : (memref<32x32xi32, 2>)
  air.wait_all [%t2]
  return
}

// -----

// form: scf.for carrying an async token
func.func @loop_carried_token(%l2: memref<64x256xi32, 1>, %l3: memref<64x1024xi32>) {
  %c0 = arith.constant 0 : index
  %c256 = arith.constant 256 : index
  %c1024 = arith.constant 1024 : index
  %t0 = air.wait_all async
  %last = scf.for %k = %c0 to %c1024 step %c256 iter_args(%t = %t0) -> (!air.async.token) {
    %d = air.dma_memcpy_nd async [%t] (%l2[] [] [], %l3[%c0, %k] [64, 256] [1024, 1]) : (memref<64x256xi32, 1>, memref<64x1024xi32>)
    scf.yield %d : !air.async.token
  }
  air.wait_all [%last]
  return
}

// -----

// form: herd placement and kernel attributes (x_loc, y_loc, link_with)
func.func @herd_attributes() {
  %c2 = arith.constant 2 : index
  air.herd @herd_0 tile (%tx, %ty) in (%sx=%c2, %sy=%c2) attributes {link_with = "mm.o", x_loc = 0 : i64, y_loc = 2 : i64} {
  }
  return
}

// -----

// form: offset list shorter than the sizes (leading offsets zero)
func.func @short_offsets(%l2: memref<64x64xi32, 1>, %l3: memref<256x256xi32>) {
  %c32 = arith.constant 32 : index
  air.dma_memcpy_nd (%l2[] [] [], %l3[%c32] [64, 64] [256, 1]) : (memref<64x64xi32, 1>, memref<256x256xi32>)
  return
}

// -----

// form: more channel indices than the channel's rank
air.channel @g [4]
func.func @extra_indices(%l1: memref<16xi32, 2>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  air.channel.get @g[%c1, %c0] (%l1[] [] []) : (memref<16xi32, 2>)
  return
}

// -----

// form: two herds sharing a name (mlir-air's way to share cores)
func.func @herds_share_a_name() {
  air.segment @seg {
    %c1 = arith.constant 1 : index
    air.herd @h tile (%x, %y) in (%sx=%c1, %sy=%c1) {
    }
    air.herd @h tile (%x, %y) in (%sx=%c1, %sy=%c1) {
    }
  }
  return
}

// -----

// form: explicit terminators and generic printing
func.func @explicit_terminators() {
  air.launch {
    air.segment {
      %c1 = arith.constant 1 : index
      air.herd tile (%x) in (%sx=%c1) {
        air.herd_terminator
      }
      air.segment_terminator
    }
    air.launch_terminator
  }
  return
}
