func.func @f() {
  %c2 = arith.constant 2 : index
  air.herd tile (%x, %y) in (%sx=%c2) {
  }
  return
}
