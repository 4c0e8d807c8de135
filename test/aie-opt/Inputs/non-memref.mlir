func.func @f(%m: memref<4xi32>, %v: i32) {
  air.dma_memcpy_nd (%v[] [] [], %m[] [] []) : (i32, memref<4xi32>)
  return
}
