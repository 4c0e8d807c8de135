// The analysis on the front end's stage 0 for the discussion's case: every
// copy-like op is understood, with the kind the passes rely on.
// RUN: aie-opt %S/../Inputs/streamk-1024x512x2048-baseline.mlir --mlir-print-op-on-diagnostic=false --pass-pipeline='builtin.module(func.func(test-aie-access-patterns))' -o /dev/null 2>&1 \
// RUN:   | FileCheck %s

// CHECK-NOT: no access pattern
// L3 -> L2 staging of A and B, re-read on every inner K iteration.
// CHECK: remark: transfer #0 copy: {{.*}} L3 offset {{.*}} sizes [32, 256] {{.*}} -> {{.*}} L2 offset 0 sizes [32, 256] strides [256, 1]; source varies in [%arg6, %arg4, %arg5, %arg2, %arg3]; target varies in [%arg7, %arg6, %arg4, %arg5, %arg2, %arg3]
// CHECK: remark: transfer #1 copy: {{.*}} L3 offset {{.*}} sizes [256, 32] {{.*}} -> {{.*}} L2 offset 0 sizes [256, 32] strides [32, 1]
// Packs of A, B and the accumulator into L1.
// CHECK: remark: transfer #2 pack: {{.*}} L2 offset %arg7 sizes [4, 8, 4, 8] strides [8, 1024, 256, 1] -> {{.*}} L1 offset 0 sizes [4, 8, 4, 8] strides [256, 32, 8, 1]
// CHECK: remark: transfer #3 pack: {{.*}} L2 offset %arg7 * 32 sizes [4, 4, 8, 8] strides [8, 256, 32, 1] -> {{.*}} L1 offset 0 sizes [4, 4, 8, 8] strides [256, 64, 8, 1]
// The accumulator's pack reads a view invariant in both K loops.
// CHECK: remark: transfer #4 pack: %alloc_0 L2 offset %arg4 * 2048 + %arg5 * 32 sizes [4, 8, 4, 8] strides [8, 256, 64, 1] -> {{.*}} L1 {{.*}}; source varies in [%arg4, %arg5, %arg2, %arg3];
// The unpack through the L1 temporary, then back into the same L2 view.
// CHECK: remark: transfer #5 local permutation: {{.*}} L1 offset 0 sizes [8, 4, 4, 8] strides [32, 8, 256, 1] -> {{.*}} L1 offset 0 sizes [8, 4, 4, 8] strides [128, 32, 8, 1]
// CHECK: remark: transfer #6 copy: {{.*}} L1 offset 0 sizes [32, 32] strides [32, 1] -> %alloc_0 L2 offset %arg4 * 2048 + %arg5 * 32 sizes [32, 32] strides [64, 1]; source varies in [%arg7, %arg6, %arg4, %arg5, %arg2, %arg3]; target varies in [%arg4, %arg5, %arg2, %arg3]
// The self-copies bufferization leaves, and the block's write-back to L3.
// CHECK: remark: transfer #7 copy: %alloc_0 L2 {{.*}} -> %alloc_0 L2
// CHECK: remark: transfer #8 copy: %alloc_0 L2 offset 0 sizes [64, 64] strides [64, 1] -> %alloc L3 offset %arg2 * 32768 + %arg3 * 64 sizes [64, 64] strides [512, 1]
// CHECK: remark: transfer #9 copy: %alloc L3 {{.*}} -> %alloc L3
// CHECK-NOT: remark
