//===- Passes.h - herdflow passes -------------------------------*- C++ -*-===//

#ifndef HERDFLOW_TRANSFORMS_PASSES_H
#define HERDFLOW_TRANSFORMS_PASSES_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "herdflow/Transforms/Transforms.h"

namespace herdflow {

#define GEN_PASS_DECL
#include "herdflow/Transforms/Passes.h.inc"

/// Rewrites every memref type under `root` to the default memory space and
/// folds the memory_space_cast ops that become identities.
void eraseMemorySpaces(mlir::Operation *root);

#define GEN_PASS_REGISTRATION
#include "herdflow/Transforms/Passes.h.inc"

} // namespace herdflow

#endif // HERDFLOW_TRANSFORMS_PASSES_H
