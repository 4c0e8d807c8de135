// Sizes that are not multiples of the tiles: A and B are zero-padded to whole
// blocks and L2 K tiles, the result is sliced back.
// RUN: herdflow compile --schedule default --m 100 --n 37 --k 300 --dtype i8 --emit tensor | FileCheck %s --check-prefix=TENSOR
// RUN: herdflow compile --schedule default --m 100 --n 37 --k 300 --dtype i8 | FileCheck %s --check-prefix=BASELINE

// TENSOR-LABEL: func.func @matmul_i8(%A: tensor<100x300xi8>, %B: tensor<300x37xi8>) -> tensor<100x37xi32> {
// TENSOR:         %[[AP:.*]] = tensor.pad %A low[0, 0] high[28, 212]
// TENSOR:         } : tensor<100x300xi8> to tensor<128x512xi8>
// TENSOR:         %[[BP:.*]] = tensor.pad %B low[0, 0] high[212, 27]
// TENSOR:         } : tensor<300x37xi8> to tensor<512x64xi8>
// TENSOR:         %[[C0:.*]] = linalg.fill ins(%{{.*}} : i32) outs(%{{.*}} : tensor<128x64xi32>) -> tensor<128x64xi32>
// TENSOR-NEXT:    %[[C:.*]] = linalg.matmul ins(%[[AP]], %[[BP]] : tensor<128x512xi8>, tensor<512x64xi8>)
// TENSOR-NEXT:                         outs(%[[C0]] : tensor<128x64xi32>) -> tensor<128x64xi32>
// TENSOR-NEXT:    %[[S:.*]] = tensor.extract_slice %[[C]][0, 0] [100, 37] [1, 1] : tensor<128x64xi32> to tensor<100x37xi32>
// TENSOR-NEXT:    return %[[S]] : tensor<100x37xi32>

// BASELINE:       scf.forall (%{{.*}}, %{{.*}}) in (2, 1) {
// BASELINE:         scf.forall (%{{.*}}, %{{.*}}) in (2, 2) {
// BASELINE:           scf.for %{{.*}} = %c0 to %c512 step %c256 {
// BASELINE:             scf.for %{{.*}} = %c0 to %c256 step %c32 {
// BASELINE:               linalg.generic
// BASELINE:                 arith.extsi %{{.*}} : i8 to i32
// BASELINE:                 arith.extsi %{{.*}} : i8 to i32
// BASELINE-NEXT:            arith.muli
// The sliced result is a view of the padded C.
// BASELINE:       %[[SLICE:.*]] = memref.subview %{{.*}}[0, 0] [100, 37] [1, 1] : memref<128x64xi32> to memref<100x37xi32, strided<[64, 1]>>
// BASELINE-NEXT:  %[[R:.*]] = bufferization.to_tensor %[[SLICE]]
// BASELINE-NEXT:  return %[[R]] : tensor<100x37xi32>
