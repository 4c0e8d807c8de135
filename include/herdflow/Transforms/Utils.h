//===- Utils.h - Helpers shared by herdflow's rewrites ----------*- C++ -*-===//

#ifndef HERDFLOW_TRANSFORMS_UTILS_H
#define HERDFLOW_TRANSFORMS_UTILS_H

#include "herdflow/Target/TargetDescription.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Value.h"
#include "mlir/Pass/Pass.h"

#include <optional>

namespace herdflow {

/// A pass with a `target` option that refuses an unknown target when its
/// options are parsed (one line naming the known targets).
template <typename Base> struct WithTargetOptionCheck : public Base {
  using Base::Base;
  mlir::LogicalResult
  initializeOptions(llvm::StringRef options,
                    llvm::function_ref<mlir::LogicalResult(const llvm::Twine &)>
                        errorHandler) override {
    if (failed(mlir::Pass::initializeOptions(options, errorHandler)))
      return mlir::failure();
    if (std::optional<std::string> error = diagnoseUnknownTarget(this->target))
      return errorHandler(*error);
    return mlir::success();
  }
};

/// The buffer `value` is a view of (through view-like ops), or `value`.
mlir::Value getViewBase(mlir::Value value);

/// Source and destination operands of a copy-like op (see isCopyLike).
mlir::Value getCopySource(mlir::Operation *op);
mlir::Value getCopyDestination(mlir::Operation *op);

/// Static trip count of an scf.for or (all dimensions of) an scf.forall;
/// nullopt when a bound or step is not constant, a step is not positive (the
/// loop is undefined) or the count overflows int64_t.
std::optional<int64_t> getStaticTripCount(mlir::Operation *loop);
/// The trip count of `lb` to `ub` by `step`; nullopt for a step <= 0.
std::optional<int64_t> getStaticTripCount(int64_t lb, int64_t ub, int64_t step);

/// The constant bounds of each dimension of an scf.forall with its trip
/// count.
struct StaticForallBounds {
  llvm::SmallVector<int64_t> lowerBounds, upperBounds, steps, tripCounts;
};
/// nullopt when a bound or step is not constant or a step is not positive.
std::optional<StaticForallBounds> getStaticBounds(mlir::scf::ForallOp forall);

/// True if an scf.for or scf.forall has a constant step <= 0: such a loop
/// verifies but does not terminate, so no pass may rewrite it.
bool hasNonPositiveConstantStep(mlir::Operation *loop);

/// How many times `op` runs per run of its ancestor `scope` (every ancestor
/// when `scope` is null): the product of the trip counts of the loops and the
/// sizes of the AIR hierarchy ops around it, counting both branches of a
/// conditional (an upper bound); nullopt when one of them is not static or
/// the product overflows.
std::optional<int64_t> getExecutionBound(mlir::Operation *op,
                                         mlir::Operation *scope = nullptr);

/// True if a herd's channel.put or channel.get (`op`) addresses a stream of
/// its own on every core: each herd dimension of extent > 1 is one of its
/// indices. Without a broadcast, several cores on one stream would split
/// its messages among them, which no hardware route does.
bool addressesStreamPerCore(mlir::Operation *op);

/// True if the loop provably runs at least once: from its static trip count,
/// or, for an scf.for, ValueBoundsConstraintSet proving lb < ub.
bool runsAtLeastOnce(mlir::Operation *loop);

/// Erases the ops under `root` (not `root` itself) that are trivially dead,
/// users before their operands' producers, nested ops before their parents.
void eraseTriviallyDeadOps(mlir::RewriterBase &rewriter, mlir::Operation *root);

} // namespace herdflow

#endif // HERDFLOW_TRANSFORMS_UTILS_H
