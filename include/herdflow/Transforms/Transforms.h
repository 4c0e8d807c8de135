//===- Transforms.h - herdflow rewrites as functions ------------*- C++ -*-===//
//
// The rewrites behind herdflow's passes, reusable from other passes and from
// transform-dialect ops. Each returns failure, with the reason, when its
// input is not in the form it handles, and then leaves the IR unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_TRANSFORMS_TRANSFORMS_H
#define HERDFLOW_TRANSFORMS_TRANSFORMS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace herdflow {

/// How aie-fuse-fill-into-loop initializes the L1 accumulator.
enum class FillFusionMode {
  /// scf.if (first iteration of every K loop) { fill L1 } else { pack }.
  Conditional,
  /// Peel the first iteration of the K loops and fill L1 there.
  Peel,
};

/// Moves the accumulator initialization `fill` (of an L2 or L3 view, before
/// a K loop nest that packs that view into L1) into the nest, as a fill of
/// the L1 buffer on the first iteration; erases `fill` when the nest provably
/// overwrites the view before anything else reads it (otherwise remarks why
/// it is kept).
mlir::LogicalResult fuseFillIntoLoop(mlir::RewriterBase &rewriter,
                                     mlir::linalg::FillOp fill,
                                     FillFusionMode mode, std::string &whyNot);

/// Moves copies out of the loops under `root` to the outermost level where
/// they stay exact, and removes the round trips the front end leaves (see
/// aie-hoist-pack-unpack); repeats until nothing changes.
void hoistPackUnpack(mlir::RewriterBase &rewriter, mlir::Operation *root);

} // namespace herdflow

#endif // HERDFLOW_TRANSFORMS_TRANSFORMS_H
