func.func @f(%m: memref<4xi32>) {
  %c2 = arith.constant 2 : index
  air.herd tile (%x in (%sx=%c2) {
  }
  return
}
