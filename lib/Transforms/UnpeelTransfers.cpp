//===- UnpeelTransfers.cpp - Fold peeled transfers back into their loop ---===//
//
// Peeling the first K iteration leaves, after aie-dma-to-channel and
// aie-share-peeled-dmas, a transfer before a loop that is the loop's own
// iteration at `lb - step` (or, at the other end, after it). On a DMA the
// loop is one more dimension of the address pattern, so folding the peeled
// transfer back (the loop starts a step earlier) saves its buffer
// descriptor, when the longer pattern still fits the target's address
// generator (the shared DMA-pattern fit).
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/DmaPattern.h"
#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/Support/Debug.h"
#include "llvm/Support/MathExtras.h"

namespace herdflow {
#define GEN_PASS_DEF_UNPEELTRANSFERSPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

#define DEBUG_TYPE "aie-unpeel-transfers"

/// The value of `value` when `iv` is `ivValue`, for index arithmetic.
static std::optional<int64_t> evaluate(Value value, Value iv, int64_t ivValue) {
  if (value == iv)
    return ivValue;
  if (std::optional<int64_t> constant = getConstantIntValue(value))
    return constant;
  Operation *def = value.getDefiningOp();
  if (!def)
    return std::nullopt;
  SmallVector<int64_t> operands;
  for (Value operand : def->getOperands()) {
    std::optional<int64_t> evaluated = evaluate(operand, iv, ivValue);
    if (!evaluated)
      return std::nullopt;
    operands.push_back(*evaluated);
  }
  if (auto apply = dyn_cast<affine::AffineApplyOp>(def)) {
    SmallVector<Attribute> attrs;
    for (int64_t v : operands)
      attrs.push_back(IntegerAttr::get(IndexType::get(def->getContext()), v));
    SmallVector<Attribute> results;
    if (failed(apply.getAffineMap().constantFold(attrs, results)))
      return std::nullopt;
    return cast<IntegerAttr>(results.front()).getInt();
  }
  int64_t result;
  if (isa<arith::AddIOp>(def) &&
      !llvm::AddOverflow(operands[0], operands[1], result))
    return result;
  if (isa<arith::SubIOp>(def) &&
      !llvm::SubOverflow(operands[0], operands[1], result))
    return result;
  if (isa<arith::MulIOp>(def) &&
      !llvm::MulOverflow(operands[0], operands[1], result))
    return result;
  return std::nullopt;
}

/// The access pattern operands of a transfer, in a fixed order, with its
/// buffer and (for channels) its indices.
static SmallVector<OpFoldResult> getPatternEntries(Operation *op) {
  SmallVector<OpFoldResult> entries;
  auto append = [&](ArrayRef<OpFoldResult> list) {
    entries.append(list.begin(), list.end());
  };
  if (auto transfer = dyn_cast<air::TransferOpInterface>(op);
      transfer && transfer.getNumSides() == 1) {
    air::TransferSide side = transfer.getSide(0);
    append(side.offsets);
    append(side.sizes);
    append(side.strides);
  }
  return entries;
}

/// `peeled` is `looped` at the iteration `iv = ivValue`: same channel, stream
/// and buffer, and equal patterns.
static bool isIterationOf(Operation *peeled, Operation *looped, Value iv,
                          int64_t ivValue) {
  if (peeled->getName() != looped->getName() ||
      peeled->getAttr("chan_name") != looped->getAttr("chan_name") ||
      cast<air::ChannelInterface>(peeled).getMemref() !=
          cast<air::ChannelInterface>(looped).getMemref())
    return false;
  ValueRange peeledIndices = cast<air::ChannelInterface>(peeled).getIndices();
  ValueRange loopedIndices = cast<air::ChannelInterface>(looped).getIndices();
  if (peeledIndices.size() != loopedIndices.size())
    return false;
  for (auto [p, l] : llvm::zip_equal(peeledIndices, loopedIndices))
    if (p != l && (!getConstantIntValue(p) ||
                   getConstantIntValue(p) != evaluate(l, iv, ivValue)))
      return false;
  SmallVector<OpFoldResult> p = getPatternEntries(peeled);
  SmallVector<OpFoldResult> l = getPatternEntries(looped);
  if (p.size() != l.size())
    return false;
  for (auto [pe, le] : llvm::zip_equal(p, l)) {
    if (pe == le)
      continue;
    std::optional<int64_t> pc = getConstantIntValue(pe);
    std::optional<int64_t> lc;
    if (auto value = dyn_cast<Value>(le))
      lc = evaluate(value, iv, ivValue);
    else
      lc = getConstantIntValue(le);
    if (!pc || pc != lc)
      return false;
  }
  return true;
}

/// True if `value` is computed from `iv` (through its defining ops).
static bool dependsOn(Value value, Value iv) {
  SmallVector<Value> worklist{value};
  DenseSet<Value> seen;
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    if (current == iv)
      return true;
    if (!seen.insert(current).second)
      continue;
    if (Operation *def = current.getDefiningOp())
      llvm::append_range(worklist, def->getOperands());
  }
  return false;
}

/// Elements the transfer's linear offset advances per step of `loop`, from
/// its offsets at two consecutive iterations; nullopt when an offset that
/// depends on the induction variable cannot be evaluated.
static std::optional<int64_t> getLoopStride(const air::TransferSide &side,
                                            scf::ForOp loop, int64_t first,
                                            int64_t step) {
  Value iv = loop.getInductionVar();
  int64_t stride = 0;
  for (auto [offset, dimStride] : llvm::zip_equal(side.offsets, side.strides)) {
    auto value = dyn_cast<Value>(offset);
    if (!value || !dependsOn(value, iv))
      continue;
    std::optional<int64_t> dimStrideValue = getConstantIntValue(dimStride);
    std::optional<int64_t> at = evaluate(value, iv, first);
    int64_t next;
    if (llvm::AddOverflow(first, step, next))
      return std::nullopt;
    std::optional<int64_t> atNext = evaluate(value, iv, next);
    int64_t delta, term;
    if (!dimStrideValue || !at || !atNext ||
        llvm::SubOverflow(*atNext, *at, delta) ||
        llvm::MulOverflow(delta, *dimStrideValue, term) ||
        llvm::AddOverflow(stride, term, stride))
      return std::nullopt;
  }
  return stride;
}

/// The transfer's pattern with the loop as one more, outermost dimension
/// (`tripCount` iterations), fitted to the address generator of the tile
/// kind of its buffer.
static bool fitsWithLoopDimension(Operation *op, scf::ForOp loop, int64_t first,
                                  int64_t step, int64_t tripCount,
                                  const TargetDescription &target,
                                  std::string &whyNot) {
  air::TransferSide side = cast<air::TransferOpInterface>(op).getSide(0);
  std::optional<air::MemoryLevel> level = air::getMemoryLevel(side.memref);
  if (!level) {
    whyNot = "its buffer is in no memory level";
    return false;
  }
  MemRefType type = side.getMemRefType();
  SmallVector<int64_t> sizes, strides;
  if (side.isWholeMemref()) {
    if (!type.hasStaticShape()) {
      whyNot = "its buffer has a dynamic shape";
      return false;
    }
    sizes.push_back(type.getNumElements());
    strides.push_back(1);
  } else {
    std::optional<SmallVector<int64_t>> constSizes =
        getConstantIntValues(side.sizes);
    std::optional<SmallVector<int64_t>> constStrides =
        getConstantIntValues(side.strides);
    if (!constSizes || !constStrides) {
      whyNot = "its pattern has dynamic sizes or strides";
      return false;
    }
    sizes = *constSizes;
    strides = *constStrides;
  }
  std::optional<int64_t> loopStride =
      side.isWholeMemref() ? std::optional<int64_t>(0)
                           : getLoopStride(side, loop, first, step);
  if (!loopStride) {
    whyNot = "its offsets are not computable per iteration";
    return false;
  }
  sizes.insert(sizes.begin(), tripCount);
  strides.insert(strides.begin(), *loopStride);
  return succeeded(fitDmaPattern(sizes, strides, type.getNumElements(),
                                 type.getElementType(), target,
                                 getTileKind(*level), whyNot));
}

/// The last `count` transfers before `loop` (or first after it, `after`),
/// with only side-effect-free ops between them and the loop, in program
/// order; empty if there are fewer.
static SmallVector<Operation *> getAdjacentTransfers(scf::ForOp loop,
                                                     size_t count, bool after) {
  SmallVector<Operation *> transfers;
  for (Operation *op = after ? loop->getNextNode() : loop->getPrevNode();
       op && transfers.size() < count;
       op = after ? op->getNextNode() : op->getPrevNode()) {
    if (isa<air::ChannelPutOp, air::ChannelGetOp>(op)) {
      transfers.push_back(op);
      continue;
    }
    if (!isMemoryEffectFree(op) || op->getNumRegions() != 0)
      break;
  }
  if (transfers.size() != count)
    return {};
  if (!after)
    std::reverse(transfers.begin(), transfers.end());
  return transfers;
}

/// Folds the transfers right before (after) a transfer-only loop back into
/// it when they are its iteration at `lb - step` (at the iteration after its
/// last), widening the loop by one step.
void herdflow::unpeelTransfers(RewriterBase &rewriter, ModuleOp module,
                               const TargetDescription &target) {
  SmallVector<scf::ForOp> loops;
  module.walk([&](scf::ForOp loop) { loops.push_back(loop); });
  for (scf::ForOp loop : loops) {
    SmallVector<Operation *> bodyTransfers;
    bool onlyTransfers = loop.getNumResults() == 0;
    for (Operation &op : loop.getBody()->without_terminator()) {
      if (isa<air::ChannelPutOp, air::ChannelGetOp>(op))
        bodyTransfers.push_back(&op);
      else if (!isMemoryEffectFree(&op) || op.getNumRegions() != 0)
        onlyTransfers = false;
    }
    std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
    std::optional<int64_t> step = getConstantIntValue(loop.getStep());
    std::optional<int64_t> trips = getStaticTripCount(loop);
    if (!onlyTransfers || bodyTransfers.empty() || !lb || !step || !trips ||
        *trips == 0)
      continue;
    for (bool after : {false, true}) {
      // The iteration the peeled transfers would be, and the loop's new
      // bound; both in int64_t or the loop stays.
      int64_t iteration, newBound, span;
      if (after ? llvm::MulOverflow(*trips, *step, span) ||
                      llvm::AddOverflow(*lb, span, iteration) ||
                      llvm::AddOverflow(iteration, *step, newBound)
                : llvm::SubOverflow(*lb, *step, iteration))
        continue;
      if (!after)
        newBound = iteration;
      if (iteration < 0)
        continue;
      SmallVector<Operation *> peeled =
          getAdjacentTransfers(loop, bodyTransfers.size(), after);
      // Async transfers order through their tokens, not program order:
      // folding one would drop a token its users wait for.
      auto isAsync = [](Operation *op) {
        auto async = cast<air::AsyncOpInterface>(op);
        return async.getAsyncToken() || !async.getAsyncDependencies().empty();
      };
      if (peeled.empty() || llvm::any_of(peeled, isAsync) ||
          llvm::any_of(bodyTransfers, isAsync))
        continue;
      bool matches =
          llvm::all_of(llvm::zip_equal(peeled, bodyTransfers), [&](auto pair) {
            return isIterationOf(std::get<0>(pair), std::get<1>(pair),
                                 loop.getInductionVar(), iteration);
          });
      if (!matches)
        continue;
      // Same producer: nothing inside the loop writes what the peeled
      // transfers read (a put's buffer is only read by transfers here).
      bool refilled = llvm::any_of(peeled, [&](Operation *op) {
        return isa<air::ChannelPutOp>(op) &&
               llvm::any_of(
                   cast<air::ChannelInterface>(op).getMemref().getUsers(),
                   [&](Operation *user) {
                     return loop->isAncestor(user) &&
                            !isa<air::ChannelPutOp>(user);
                   });
      });
      if (refilled)
        continue;
      std::string whyNot;
      int64_t first = after ? *lb : iteration;
      if (llvm::any_of(bodyTransfers, [&](Operation *op) {
            return !fitsWithLoopDimension(op, loop, first, *step, *trips + 1,
                                          target, whyNot);
          })) {
        LLVM_DEBUG(llvm::dbgs() << "not unpeeling: " << whyNot << "\n");
        loop.emitRemark("peeled transfers not folded into the loop: ")
            << whyNot;
        continue;
      }
      rewriter.setInsertionPoint(loop);
      Value bound =
          arith::ConstantIndexOp::create(rewriter, loop.getLoc(), newBound);
      rewriter.modifyOpInPlace(loop, [&] {
        if (after)
          loop.getUpperBoundMutable().assign(bound);
        else
          loop.getLowerBoundMutable().assign(bound);
      });
      for (Operation *op : peeled)
        rewriter.eraseOp(op);
      lb = getConstantIntValue(loop.getLowerBound());
      trips = getStaticTripCount(loop);
      if (!lb || !trips)
        break;
    }
  }
}

namespace {
struct UnpeelTransfersPass
    : public WithTargetOptionCheck<
          herdflow::impl::UnpeelTransfersPassBase<UnpeelTransfersPass>> {
  using WithTargetOptionCheck::WithTargetOptionCheck;

  void runOnOperation() override {
    const TargetDescription *description = lookupTargetDescription(target);
    if (!description) {
      // At the location only: printing the op would dump the module.
      emitError(getOperation().getLoc()) << *diagnoseUnknownTarget(target);
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    unpeelTransfers(rewriter, getOperation(), *description);
  }
};
} // namespace
