// aie-opt's driver: version, help, and clean failure on bad input.
// RUN: aie-opt --version | FileCheck %s --check-prefix=VERSION
// RUN: aie-opt --help | FileCheck %s --check-prefix=HELP
// RUN: not aie-opt %S/Inputs/malformed.mlir 2>&1 | FileCheck %s --check-prefix=MALFORMED
// RUN: not aie-opt %S/Inputs/wrong-operand-count.mlir 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not aie-opt %S/Inputs/non-memref.mlir 2>&1 | FileCheck %s --check-prefix=NONMEMREF

// VERSION: LLVM version 22.1.8
// VERSION: herdflow 0.1.0

// HELP: OVERVIEW: herdflow optimizer driver: upstream MLIR plus AIR
// HELP-DAG: --test-aie-target-description
// HELP-DAG: --canonicalize

// MALFORMED: malformed.mlir:{{[0-9]+}}:{{[0-9]+}}: error: expected ')'

// COUNT: wrong-operand-count.mlir:{{[0-9]+}}:{{[0-9]+}}: error: custom op 'air.herd' expected 2 sizes to match the ids, got 1

// NONMEMREF: non-memref.mlir:{{[0-9]+}}:{{[0-9]+}}: error: custom op 'air.dma_memcpy_nd' invalid kind of type specified: expected builtin.memref, but found 'i32'
