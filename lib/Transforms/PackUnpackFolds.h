//===- PackUnpackFolds.h - Round trips of the accumulator, folded --------===//
//
// The folds aie-hoist-pack-unpack applies between its hoists, each a check
// that changes nothing on failure and a rewrite; also available as patterns
// (populatePackUnpackFoldPatterns). Internal to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_LIB_TRANSFORMS_PACKUNPACKFOLDS_H
#define HERDFLOW_LIB_TRANSFORMS_PACKUNPACKFOLDS_H

#include "herdflow/Analysis/AccessPattern.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

#include <utility>

namespace herdflow {

/// Whether `op` (and what it contains) may read or write buffers based on
/// `base`: {reads, writes}. Unknown effects count as both.
std::pair<bool, bool> getEffectsOnBase(mlir::Operation *op, mlir::Value base);

/// The dealloc of `alloc`, if any, when it is the only one and in `block`;
/// failure otherwise (a buffer freed twice, or freed elsewhere, cannot move
/// with its dealloc).
mlir::FailureOr<mlir::Operation *> findDealloc(mlir::Value alloc,
                                               mlir::Block *block);

/// `copy` (collapse_shape(T) -> V) after the only write of the L1 temporary
/// T (X -> T, all of T) becomes one op X -> expand_shape(V).
mlir::LogicalResult foldUnpackThroughTemporary(mlir::RewriterBase &rewriter,
                                               mlir::Operation *copy,
                                               AccessPatternContext &context);

/// `fill V` followed by `pack V -> X` (nothing touching V or X between)
/// becomes `fill V; fill X`.
mlir::LogicalResult foldFillIntoPack(mlir::RewriterBase &rewriter,
                                     mlir::linalg::FillOp fill,
                                     AccessPatternContext &context);

/// A copy into a fresh buffer that repeats an earlier copy, or a pack that
/// undoes the unpack before it, reuses the earlier buffer.
mlir::LogicalResult reuseEarlierCopy(mlir::RewriterBase &rewriter,
                                     mlir::Operation *later,
                                     AccessPatternContext &context);

/// Erases a fill or copy into an allocated buffer that a later op of its
/// block overwrites before anything reads it.
mlir::LogicalResult eraseDeadWrite(mlir::RewriterBase &rewriter,
                                   mlir::Operation *op,
                                   AccessPatternContext &context);

} // namespace herdflow

#endif // HERDFLOW_LIB_TRANSFORMS_PACKUNPACKFOLDS_H
