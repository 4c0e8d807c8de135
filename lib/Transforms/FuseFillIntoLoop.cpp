//===- FuseFillIntoLoop.cpp - Initialize the accumulator in L1 ------------===//
//
// The front end initializes the accumulator with a linalg.fill of its L2 view
// before the K loops, and packs that view into L1 on every inner iteration.
// This rewrite makes the first iteration fill the L1 buffer instead, either
// under a condition (mode=conditional) or by peeling the first iteration of
// the K loops (mode=peel); the L2 fill is then dead when the loops provably
// overwrite the whole view before anyone else reads it, and is erased.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "llvm/Support/MathExtras.h"

#include <cmath>

namespace herdflow {
#define GEN_PASS_DEF_FUSEFILLINTOLOOPPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

namespace {
/// What the rewrite works on, found by `matchFillFusion`.
struct FillFusion {
  linalg::FillOp fill;
  /// The pack of the filled view into L1, in the innermost K loop.
  Operation *pack;
  /// The pack's destination (an L1 buffer or view of one).
  Value l1Destination;
  /// The K loops around the pack, outermost first.
  SmallVector<scf::ForOp> kLoops;
  /// True if the fill can be erased after the rewrite.
  bool fillIsDead;
  std::string fillKeptReason;
};
} // namespace

static bool isViewOp(Operation *op) { return isa<ViewLikeOpInterface>(op); }

static FailureOr<FillFusion> matchFillFusion(linalg::FillOp fill,
                                             AccessPatternContext &context,
                                             std::string &whyNot) {
  if (!fill.hasPureBufferSemantics()) {
    whyNot = "the fill is not on a memref";
    return failure();
  }
  Value view = fill.getOutputs()[0];
  FailureOr<AccessPattern> filled =
      computeAccessPattern(view, context, &whyNot);
  if (failed(filled))
    return failure();
  if (filled->getMemoryLevel() == air::MemoryLevel::L1) {
    whyNot = "the fill already writes L1";
    return failure();
  }

  // The first later op of the block that contains a pack of the filled
  // elements is the nest; nothing in between may touch memory.
  Operation *pack = nullptr;
  Operation *nestRoot = nullptr;
  for (Operation *op = fill->getNextNode(); op && !nestRoot;
       op = op->getNextNode()) {
    op->walk([&](Operation *nested) {
      if (pack || !isCopyLike(nested))
        return;
      FailureOr<Transfer> transfer = analyzeTransfer(nested, context);
      if (succeeded(transfer) && transfer->kind != TransferKind::Unpack &&
          transfer->target.getMemoryLevel() == air::MemoryLevel::L1 &&
          touchSameElements(transfer->source, *filled))
        pack = nested;
    });
    if (pack) {
      nestRoot = op;
      break;
    }
    if (!isMemoryEffectFree(op) && !isa<memref::AllocOp>(op) &&
        !(isViewOp(op))) {
      whyNot = "an op between the fill and the loops has memory effects";
      return failure();
    }
  }
  if (!pack) {
    whyNot = "no later pack of the filled view into L1";
    return failure();
  }

  // The pack sits in a nest of loops: K loops (scf.for) and one-trip foralls.
  FillFusion fusion{fill, pack, getCopyDestination(pack), {}, true, ""};
  for (Operation *parent = pack->getParentOp(); parent;
       parent = parent->getParentOp()) {
    if (auto forOp = dyn_cast<scf::ForOp>(parent)) {
      fusion.kLoops.insert(fusion.kLoops.begin(), forOp);
    } else if (auto forall = dyn_cast<scf::ForallOp>(parent)) {
      if (getStaticTripCount(forall) != 1) {
        whyNot = "the pack is in a multi-iteration scf.forall below the fill";
        return failure();
      }
    } else {
      whyNot = (Twine("the pack is under '") +
                parent->getName().getStringRef() + "', not only loops")
                   .str();
      return failure();
    }
    if (parent == nestRoot)
      break;
  }
  if (fusion.kLoops.empty() || pack->getParentOp() != fusion.kLoops.back()) {
    whyNot = "the pack is not directly in a K loop (scf.for)";
    return failure();
  }
  if (llvm::any_of(fusion.kLoops, [](scf::ForOp loop) {
        return hasNonPositiveConstantStep(loop);
      })) {
    whyNot = "a K loop has a step <= 0";
    return failure();
  }

  // Inside the nest the filled elements are read only by the pack; other
  // uses of the base must be copies that overwrite exactly those elements
  // after the pack in the innermost body.
  Value base = filled->base;
  Operation *overwriter = nullptr;
  WalkResult walk = nestRoot->walk([&](Operation *op) {
    if (op == pack || isViewOp(op))
      return WalkResult::advance();
    bool usesBase = llvm::any_of(op->getOperands(), [&](Value operand) {
      return isa<MemRefType>(operand.getType()) && getViewBase(operand) == base;
    });
    if (!usesBase)
      return WalkResult::advance();
    FailureOr<Transfer> transfer = failure();
    if (isCopyLike(op))
      transfer = analyzeTransfer(op, context);
    if (succeeded(transfer) && transfer->target.base == base &&
        transfer->source.base != base &&
        touchSameElements(transfer->target, *filled)) {
      if (op->getBlock() == pack->getBlock() && pack->isBeforeInBlock(op))
        overwriter = op;
      return WalkResult::advance();
    }
    whyNot = (Twine("the filled buffer is also used by '") +
              op->getName().getStringRef() + "' in the loops")
                 .str();
    return WalkResult::interrupt();
  });
  if (walk.wasInterrupted())
    return failure();

  // The L2 fill is dead if the innermost body always overwrites the whole
  // view and every loop of the nest runs at least once; what runs after the
  // nest then never sees the fill's values.
  if (!overwriter) {
    fusion.fillIsDead = false;
    fusion.fillKeptReason = "no copy in the innermost loop overwrites the "
                            "whole filled view";
  }
  for (Operation *parent = pack->getParentOp(); fusion.fillIsDead && parent;
       parent = parent->getParentOp()) {
    if (!runsAtLeastOnce(parent)) {
      fusion.fillIsDead = false;
      fusion.fillKeptReason = "a loop of the nest is not proven to run";
    }
    if (parent == nestRoot)
      break;
  }
  return fusion;
}

/// Replaces `pack` by a fill of its L1 destination with `fill`'s value.
static void replacePackByFill(RewriterBase &rewriter, Operation *pack,
                              linalg::FillOp fill) {
  rewriter.setInsertionPoint(pack);
  linalg::FillOp::create(rewriter, pack->getLoc(), fill.getInputs()[0],
                         getCopyDestination(pack));
  rewriter.eraseOp(pack);
}

static void rewriteConditional(RewriterBase &rewriter, FillFusion &fusion) {
  Location loc = fusion.pack->getLoc();
  rewriter.setInsertionPoint(fusion.pack);
  // First iteration of every enclosing K loop.
  Value first;
  for (scf::ForOp loop : fusion.kLoops) {
    if (getStaticTripCount(loop) == 1)
      continue;
    Value isFirst =
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                              loop.getInductionVar(), loop.getLowerBound());
    first =
        first ? arith::AndIOp::create(rewriter, loc, first, isFirst).getResult()
              : isFirst;
  }
  if (!first) {
    // Every K loop runs once: the fill replaces the pack in place.
    replacePackByFill(rewriter, fusion.pack, fusion.fill);
    return;
  }
  auto ifOp = scf::IfOp::create(rewriter, loc, first, /*withElseRegion=*/true);
  rewriter.setInsertionPointToStart(ifOp.thenBlock());
  linalg::FillOp::create(rewriter, loc, fusion.fill.getInputs()[0],
                         fusion.l1Destination);
  rewriter.moveOpBefore(fusion.pack, ifOp.elseBlock()->getTerminator());
}

/// True if upstream's peelForLoopFirstIteration peels `loop` (which has a
/// static trip count above 1): it computes ub - lb in int64_t and the count
/// in float, so huge bounds can overflow or round down to one iteration.
static bool canPeelFirstIteration(scf::ForOp loop) {
  int64_t lb = *getConstantIntValue(loop.getLowerBound());
  int64_t ub = *getConstantIntValue(loop.getUpperBound());
  int64_t step = *getConstantIntValue(loop.getStep());
  int64_t distance;
  if (llvm::SubOverflow(ub, lb, distance))
    return false;
  return std::ceil(float(distance) / step) > 1;
}

static constexpr StringLiteral kLoopMarker = "herdflow.fill_fusion_loop";
static constexpr StringLiteral kPackMarker = "herdflow.fill_fusion_pack";

static void rewritePeeled(RewriterBase &rewriter, FillFusion &fusion) {
  // Peeling clones the loop bodies; markers find the clones that run the
  // first iteration of every loop.
  MLIRContext *ctx = rewriter.getContext();
  for (auto [index, loop] : llvm::enumerate(fusion.kLoops))
    loop->setAttr(kLoopMarker, IntegerAttr::get(IndexType::get(ctx), index));
  fusion.pack->setAttr(kPackMarker, UnitAttr::get(ctx));
  Operation *scope = fusion.kLoops.front()->getParentOp();

  SmallVector<scf::ForOp> firstIterations;
  Operation *current = fusion.kLoops.front();
  for (unsigned index = 0; index < fusion.kLoops.size(); ++index) {
    scf::ForOp loop;
    if (index == 0) {
      loop = cast<scf::ForOp>(current);
    } else {
      current->walk([&](scf::ForOp nested) {
        auto marker = nested->getAttrOfType<IntegerAttr>(kLoopMarker);
        if (!loop && marker && marker.getInt() == index)
          loop = nested;
      });
    }
    // Trip counts were checked before anything changed.
    if (*getStaticTripCount(loop) == 1) {
      // Not peeled: its only iteration is the first.
      current = loop;
      continue;
    }
    scf::ForOp firstIteration;
    // Cannot fail: canPeelFirstIteration held before anything changed.
    (void)scf::peelForLoopFirstIteration(rewriter, loop, firstIteration);
    firstIterations.push_back(firstIteration);
    current = firstIteration;
  }

  Operation *firstPack = nullptr;
  current->walk([&](Operation *op) {
    if (op->hasAttr(kPackMarker))
      firstPack = op;
  });
  replacePackByFill(rewriter, firstPack, fusion.fill);
  // One-trip loops left by peeling are inlined.
  for (scf::ForOp loop : llvm::reverse(firstIterations))
    (void)loop.promoteIfSingleIteration(rewriter);
  scope->walk([&](Operation *op) {
    op->removeAttr(kLoopMarker);
    op->removeAttr(kPackMarker);
  });
}

LogicalResult herdflow::fuseFillIntoLoop(RewriterBase &rewriter,
                                         linalg::FillOp fill,
                                         FillFusionMode mode,
                                         std::string &whyNot) {
  AccessPatternContext context(fill.getContext());
  FailureOr<FillFusion> fusion = matchFillFusion(fill, context, whyNot);
  if (failed(fusion))
    return failure();
  if (mode == FillFusionMode::Peel) {
    for (scf::ForOp loop : fusion->kLoops) {
      std::optional<int64_t> trips = getStaticTripCount(loop);
      if (!trips) {
        whyNot = "a K loop has no static trip count to peel";
        return failure();
      }
      if (*trips == 0) {
        whyNot = "a K loop runs zero times: there is no first iteration";
        return failure();
      }
      if (*trips > 1 && !canPeelFirstIteration(loop)) {
        whyNot = "a K loop's bounds are too large to peel exactly";
        return failure();
      }
    }
  }
  if (mode == FillFusionMode::Conditional) {
    rewriteConditional(rewriter, *fusion);
  } else {
    rewritePeeled(rewriter, *fusion);
  }
  if (fusion->fillIsDead)
    rewriter.eraseOp(fill);
  else
    fill->emitRemark("L2 fill kept: ") << fusion->fillKeptReason;
  return success();
}

namespace {
struct FuseFillIntoLoopPass
    : public herdflow::impl::FuseFillIntoLoopPassBase<FuseFillIntoLoopPass> {
  using FuseFillIntoLoopPassBase::FuseFillIntoLoopPassBase;

  void runOnOperation() override {
    SmallVector<linalg::FillOp> fills;
    getOperation()->walk([&](linalg::FillOp fill) { fills.push_back(fill); });
    IRRewriter rewriter(&getContext());
    for (linalg::FillOp fill : fills) {
      std::string whyNot;
      if (failed(fuseFillIntoLoop(rewriter, fill, mode, whyNot)))
        fill->emitRemark("fill not fused into the loop: ") << whyNot;
    }
  }
};
} // namespace
