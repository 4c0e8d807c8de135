//===- ForallToAIR.cpp - scf.forall to air.launch/segment/herd ------------===//
//
// The bufferized schedule distributes work with two scf.forall levels: one
// mapped to #gpu.block (work items of the whole array) and one mapped to
// #gpu.thread (the cores of a herd). This conversion turns the first into an
// air.launch whose body is one air.segment, and the second into an air.herd.
// Hierarchy ops are isolated from above: every value a body uses from outside
// becomes an `args` operand, except constants, which are re-created inside.
// Ops move with their buffers, so a buffer allocated per core stays in the
// herd and one allocated per block lands in the segment.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/SetVector.h"

#include <functional>

namespace herdflow {
#define GEN_PASS_DEF_FORALLTOAIRPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

/// True if `value` is defined by one of `ops` or inside one of them.
static bool isDefinedIn(Value value, const llvm::SmallPtrSetImpl<Operation *> &ops) {
  Operation *owner = value.getDefiningOp();
  if (!owner)
    owner = value.getParentBlock()->getParentOp();
  for (Operation *op = owner; op; op = op->getParentOp())
    if (ops.contains(op))
      return true;
  return false;
}

/// Creates `OpTy` at the rewriter's insertion point with iteration space
/// `sizes`, and moves `ops` (one block's ops, in order) into its body: uses
/// of `ids[i]` become the body's i-th id, values from outside become kernel
/// operands, constants and views from outside are cloned into the body.
template <typename OpTy>
static OpTy outlineIntoHierarchy(RewriterBase &rewriter, Location loc,
                                 ArrayRef<Operation *> ops, ValueRange sizes,
                                 ValueRange ids) {
  llvm::SmallPtrSet<Operation *, 16> moved(ops.begin(), ops.end());
  // Values from outside: constants and views (subview, expand_shape, cast,
  // ...) are re-created inside, so kernel operands are base buffers and
  // indices; the rest become kernel operands.
  llvm::SetVector<Value> kernelOperandSet;
  llvm::SetVector<Operation *> rematerialized; // operands before users
  std::function<void(Value)> capture = [&](Value value) {
    if (isDefinedIn(value, moved) || llvm::is_contained(ids, value))
      return;
    Operation *def = value.getDefiningOp();
    bool isView = def && isa<ViewLikeOpInterface>(def) &&
                  isMemoryEffectFree(def) && def->getNumRegions() == 0;
    if (def && (matchPattern(value, m_Constant()) || isView)) {
      if (rematerialized.contains(def))
        return;
      for (Value operand : def->getOperands())
        capture(operand);
      rematerialized.insert(def);
      return;
    }
    kernelOperandSet.insert(value);
  };
  for (Operation *op : ops)
    op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands())
        capture(operand);
    });
  SmallVector<Value> kernelOperands = kernelOperandSet.takeVector();

  auto hierarchy = rewriter.create<OpTy>(loc, sizes, kernelOperands);
  Block &body = hierarchy.getBody().front();
  Operation *terminator = body.getTerminator();
  for (Operation *op : ops)
    rewriter.moveOpBefore(op, terminator);

  auto isInside = [&](OpOperand &use) {
    return hierarchy->isProperAncestor(use.getOwner());
  };
  // Clones first (operands before users), then every inside use is rebound:
  // clones' operands included.
  rewriter.setInsertionPointToStart(&body);
  SmallVector<std::pair<Value, Value>> rebind;
  for (Operation *def : rematerialized) {
    Operation *clone = rewriter.clone(*def);
    for (auto [result, cloned] :
         llvm::zip_equal(def->getResults(), clone->getResults()))
      rebind.push_back({result, cloned});
  }
  for (auto [id, arg] : llvm::zip_equal(ids, hierarchy.getIds()))
    rebind.push_back({id, arg});
  for (auto [value, arg] :
       llvm::zip_equal(kernelOperands, hierarchy.getKernelArguments()))
    rebind.push_back({value, arg});
  for (auto [from, to] : rebind)
    rewriter.replaceUsesWithIf(from, to, isInside);
  return hierarchy;
}

/// The mapping kind of a forall: 1 for #gpu.block, 2 for #gpu.thread, 0 for
/// none or anything else.
static int getMappingLevel(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  if (!mapping || mapping->empty())
    return 0;
  if (llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUBlockMappingAttr>))
    return 1;
  if (llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUThreadMappingAttr>))
    return 2;
  return 0;
}

LogicalResult herdflow::convertForallsToAIR(RewriterBase &rewriter,
                                            ModuleOp module,
                                            const ForallToAIROptions &options) {
  SmallVector<scf::ForallOp> foralls;
  module.walk([&](scf::ForallOp forall) { foralls.push_back(forall); });
  unsigned herds = 0, segments = 0;
  // Post-order: herds are outlined before the launch that contains them.
  for (scf::ForallOp forall : foralls) {
    int level = getMappingLevel(forall);
    bool innermost = !forall->walk([&](scf::ForallOp nested) {
                               return nested == forall
                                          ? WalkResult::advance()
                                          : WalkResult::interrupt();
                             }).wasInterrupted();
    if (level == 0 && options.innermostAsHerd && innermost)
      level = 2;
    if (level == 0) {
      forall->emitRemark("scf.forall left unchanged: not mapped to "
                         "#gpu.block or #gpu.thread");
      continue;
    }
    if (forall.getNumResults() != 0) {
      forall->emitRemark("scf.forall left unchanged: it has tensor "
                         "results; bufferize first");
      continue;
    }
    if (level == 2 && forall.getRank() > 2) {
      forall->emitError("a herd has at most 2 dimensions, this scf.forall "
                        "mapped to cores has ")
          << forall.getRank();
      return failure();
    }
    rewriter.setInsertionPoint(forall);
    if (!forall.isNormalized()) {
      FailureOr<scf::ForallOp> normalized =
          normalizeForallOp(rewriter, forall);
      if (failed(normalized)) {
        forall->emitRemark("scf.forall left unchanged: cannot normalize "
                           "its bounds");
        continue;
      }
      forall = *normalized;
      rewriter.setInsertionPoint(forall);
    }
    std::optional<SmallVector<int64_t>> bounds =
        getConstantIntValues(forall.getMixedUpperBound());
    if (!bounds) {
      forall->emitRemark("scf.forall left unchanged: dynamic bounds");
      continue;
    }
    Location loc = forall.getLoc();
    SmallVector<Value> sizes;
    llvm::SmallDenseMap<int64_t, Value> constants;
    for (int64_t bound : *bounds) {
      Value &size = constants[bound];
      if (!size)
        size = rewriter.create<arith::ConstantIndexOp>(loc, bound);
      sizes.push_back(size);
    }
    SmallVector<Operation *> ops;
    for (Operation &op : forall.getBody()->without_terminator())
      ops.push_back(&op);
    SmallVector<Value> ids(forall.getInductionVars());
    if (level == 2) {
      auto herd = outlineIntoHierarchy<air::HerdOp>(rewriter, loc, ops,
                                                    sizes, ids);
      herd.setSymNameAttr(rewriter.getStringAttr(
          options.herdName + "_" + std::to_string(herds++)));
    } else {
      auto launch = outlineIntoHierarchy<air::LaunchOp>(rewriter, loc, ops,
                                                        sizes, ids);
      SmallVector<Operation *> segmentOps;
      for (Operation &op : launch.getBody().front().without_terminator())
        segmentOps.push_back(&op);
      rewriter.setInsertionPointToStart(&launch.getBody().front());
      auto segment = outlineIntoHierarchy<air::SegmentOp>(
          rewriter, loc, segmentOps, ValueRange(), ValueRange());
      segment.setSymNameAttr(rewriter.getStringAttr(
          options.segmentName + "_" + std::to_string(segments++)));
    }
    rewriter.eraseOp(forall);
  }
  return success();
}

namespace {
struct ForallToAIRPass
    : public herdflow::impl::ForallToAIRPassBase<ForallToAIRPass> {
  using ForallToAIRPassBase::ForallToAIRPassBase;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    ForallToAIROptions options{innermostAsHerd, herdName, segmentName};
    if (failed(convertForallsToAIR(rewriter, getOperation(), options)))
      signalPassFailure();
  }
};
} // namespace
