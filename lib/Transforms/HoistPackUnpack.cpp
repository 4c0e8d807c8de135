//===- HoistPackUnpack.cpp - Data movement at the right loop level --------===//
//
// Moves copies out of K loops to the outermost level where they are still
// exact, and removes the round trips the front end leaves:
//
// - an unpack through an L1 temporary (transpose into a temporary, collapse,
//   copy) becomes one transpose into an expanded view of the destination;
// - a read and a write of the same loop-invariant view that pair the same
//   elements (the accumulator's pack and unpack) leave the loop together:
//   the read before it, the write after it, the L1 buffer carried across
//   iterations;
// - a lone copy whose source is loop-invariant and whose destination is a
//   buffer the loop allocates (the L3 -> L2 staging) moves out of the loop;
// - "fill V, then pack V into L1" becomes a fill of the L1 buffer;
// - a write that is completely overwritten before anything reads it is
//   erased (the fills and unpacks the other rewrites make dead).
//
// Legality comes from the shared access-pattern analysis: which elements each
// copy touches, what the loop may write, trip counts.
//
//===----------------------------------------------------------------------===//

#include "PackUnpackFolds.h"

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "llvm/Support/Debug.h"

namespace herdflow {
#define GEN_PASS_DEF_HOISTPACKUNPACKPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

#define DEBUG_TYPE "aie-hoist-pack-unpack"

static bool isDefinedOutside(Value value, scf::ForOp loop) {
  return !loop->isAncestor(value.getParentBlock()->getParentOp()) &&
         value.getParentBlock()->getParentOp() != loop.getOperation();
}

//===----------------------------------------------------------------------===//
// Loop hoisting
//===----------------------------------------------------------------------===//

/// A copy in `loop`'s body whose source does not change in the loop and
/// whose destination is a buffer the body allocates and only this copy
/// writes: every iteration copies the same data, so copy once before the
/// loop (the buffer and its dealloc move with it).
static LogicalResult hoistInvariantCopy(RewriterBase &rewriter, scf::ForOp loop,
                                        Operation *copy,
                                        AccessPatternContext &context) {
  FailureOr<Transfer> transfer = analyzeTransfer(copy, context);
  if (failed(transfer) || !transfer->source.isInvariantIn(loop, context))
    return failure();
  Value destination = getCopyDestination(copy);
  auto alloc = destination.getDefiningOp<memref::AllocOp>();
  Block *body = loop.getBody();
  if (!alloc || alloc->getBlock() != body ||
      !isDefinedOutside(getCopySource(copy), loop))
    return failure();
  if (alloc.getType() != destination.getType())
    return failure();
  // Nothing else in the loop writes the source or the destination.
  Value sourceBase = transfer->source.base;
  for (Operation &op : body->without_terminator()) {
    if (&op == copy || &op == alloc.getOperation() ||
        isa<memref::DeallocOp>(op))
      continue;
    if (getEffectsOnBase(&op, sourceBase).second ||
        getEffectsOnBase(&op, destination).second)
      return failure();
  }
  FailureOr<Operation *> dealloc = findDealloc(destination, body);
  if (failed(dealloc))
    return failure();
  rewriter.moveOpBefore(alloc, loop);
  rewriter.moveOpBefore(copy, loop);
  if (*dealloc)
    rewriter.moveOpAfter(*dealloc, loop);
  return success();
}

/// True if cloneAtFirstIteration can rebuild `value` before `loop`: it
/// depends only on values from outside, the induction variable and pure ops
/// without regions. Changes nothing.
static bool isComputableAtFirstIteration(scf::ForOp loop, Value value) {
  if (value == loop.getInductionVar() || isDefinedOutside(value, loop))
    return true;
  Operation *def = value.getDefiningOp();
  if (!def || !isMemoryEffectFree(def) || def->getNumRegions() != 0)
    return false;
  return llvm::all_of(def->getOperands(), [&](Value operand) {
    return isComputableAtFirstIteration(loop, operand);
  });
}

/// Clones the ops of `loop`'s body that `value` depends on (pure ops only)
/// before the loop with the induction variable replaced by its lower bound.
/// Check isComputableAtFirstIteration first: a failure here leaves clones.
static FailureOr<Value>
cloneAtFirstIteration(RewriterBase &rewriter, scf::ForOp loop, Value value,
                      IRMapping &mapping,
                      SmallVectorImpl<Operation *> &clones) {
  if (mapping.contains(value))
    return mapping.lookup(value);
  if (value == loop.getInductionVar())
    return loop.getLowerBound();
  if (isDefinedOutside(value, loop))
    return value;
  Operation *def = value.getDefiningOp();
  if (!def || !isMemoryEffectFree(def) || def->getNumRegions() != 0)
    return failure();
  for (Value operand : def->getOperands()) {
    FailureOr<Value> cloned =
        cloneAtFirstIteration(rewriter, loop, operand, mapping, clones);
    if (failed(cloned))
      return failure();
    mapping.map(operand, *cloned);
  }
  Operation *clone = rewriter.clone(*def, mapping);
  clones.push_back(clone);
  return clone->getResult(cast<OpResult>(value).getResultNumber());
}

/// True if `condition` is false on every iteration of `loop` but the first:
/// a conjunction (arith.andi) with a conjunct `iv == lb`.
static bool isFirstIterationOnly(Value condition, scf::ForOp loop) {
  if (auto conjunction = condition.getDefiningOp<arith::AndIOp>())
    return isFirstIterationOnly(conjunction.getLhs(), loop) ||
           isFirstIterationOnly(conjunction.getRhs(), loop);
  auto compare = condition.getDefiningOp<arith::CmpIOp>();
  if (!compare || compare.getPredicate() != arith::CmpIPredicate::eq)
    return false;
  Value iv = loop.getInductionVar();
  Value other = compare.getLhs() == iv   ? compare.getRhs()
                : compare.getRhs() == iv ? compare.getLhs()
                                         : Value();
  if (!other)
    return false;
  if (other == loop.getLowerBound())
    return true;
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  return lb && getConstantIntValue(other) == lb;
}

/// The accumulator's round trip: `read` (V -> X, possibly inside an scf.if
/// whose other branch fills X) before and `write` (X -> V) after the rest of
/// the loop body, pairing the same elements, V invariant and touched by
/// nothing else: read once before the loop, write once after it.
static LogicalResult hoistReadWritePair(RewriterBase &rewriter, scf::ForOp loop,
                                        Operation *write,
                                        AccessPatternContext &context,
                                        const FrozenRewritePatternSet &folds) {
  FailureOr<Transfer> out = analyzeTransfer(write, context);
  if (failed(out) || !out->target.isInvariantIn(loop, context) ||
      out->source.getMemoryLevel() != air::MemoryLevel::L1 ||
      out->target.getMemoryLevel() == air::MemoryLevel::L1)
    return failure();
  if (!runsAtLeastOnce(loop))
    return failure();
  Value view = out->target.base;
  Value buffer = out->source.base;
  Block *body = loop.getBody();

  // The read: the first op of the body touching V.
  Operation *readTop = nullptr;
  Operation *read = nullptr;
  for (Operation &op : body->without_terminator()) {
    auto [reads, writes] = getEffectsOnBase(&op, view);
    if (!reads && !writes)
      continue;
    readTop = &op;
    break;
  }
  if (!readTop || readTop == write)
    return failure();
  scf::IfOp guard = dyn_cast<scf::IfOp>(readTop);
  if (guard) {
    // The then branch only fills X, the else branch reads V into X, and the
    // condition holds on the first iteration only: every later iteration
    // reads what the previous one wrote, which is X itself once hoisted.
    if (!isFirstIterationOnly(guard.getCondition(), loop))
      return failure();
    for (Block *branch : {guard.thenBlock(), guard.elseBlock()}) {
      if (!branch)
        return failure();
      for (Operation &op : branch->without_terminator()) {
        if (auto fill = dyn_cast<linalg::FillOp>(op)) {
          if (!fill.hasPureBufferSemantics() ||
              getViewBase(fill.getOutputs()[0]) != buffer)
            return failure();
          continue;
        }
        if (read || branch != guard.elseBlock() || !isCopyLike(&op))
          return failure();
        read = &op;
      }
    }
  } else {
    read = readTop;
  }
  if (!read || !isCopyLike(read))
    return failure();
  FailureOr<Transfer> in = analyzeTransfer(read, context);
  if (failed(in) || in->source.base != view || in->target.base != buffer ||
      !touchSameElements(in->source, out->target) ||
      !pairSameElements(*in, *out))
    return failure();
  // Nothing between the read and the write touches V, nothing after the
  // write touches X, and nothing before the read touches X.
  bool between = false, after = false;
  for (Operation &op : body->without_terminator()) {
    if (&op == readTop) {
      between = true;
      continue;
    }
    if (&op == write) {
      between = false;
      after = true;
      continue;
    }
    if (isa<memref::DeallocOp>(op) || isa<ViewLikeOpInterface>(op) ||
        (buffer.getDefiningOp() == &op))
      continue;
    auto [readsV, writesV] = getEffectsOnBase(&op, view);
    auto [readsX, writesX] = getEffectsOnBase(&op, buffer);
    if (readsV || writesV)
      return failure();
    if (!between && (readsX || writesX))
      return failure();
    (void)after;
  }
  // Every value the read, the guard and the write use must be available
  // outside the loop, except the induction variable (the first iteration's).
  auto alloc = buffer.getDefiningOp<memref::AllocOp>();
  bool bufferInBody = alloc && alloc->getBlock() == body;
  if (!bufferInBody && !isDefinedOutside(buffer, loop))
    return failure();
  auto availableOutside = [&](Operation *op) {
    bool ok = true;
    op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands())
        if (!isDefinedOutside(operand, loop) && operand != buffer &&
            !op->isAncestor(operand.getParentBlock()->getParentOp()))
          ok = false;
    });
    return ok;
  };
  if (!availableOutside(write) || (!guard && !availableOutside(read)))
    return failure();
  if (guard && !isComputableAtFirstIteration(loop, guard.getCondition()))
    return failure();

  FailureOr<Operation *> dealloc = bufferInBody
                                       ? findDealloc(buffer, body)
                                       : FailureOr<Operation *>(nullptr);
  if (failed(dealloc))
    return failure();
  if (bufferInBody)
    rewriter.moveOpBefore(alloc, loop);
  if (guard) {
    rewriter.setInsertionPoint(loop);
    IRMapping mapping;
    SmallVector<Operation *> toFold;
    FailureOr<Value> condition = cloneAtFirstIteration(
        rewriter, loop, guard.getCondition(), mapping, toFold);
    assert(succeeded(condition) && "checked by isComputableAtFirstIteration");
    mapping.map(guard.getCondition(), *condition);
    Operation *hoisted = rewriter.clone(*guard, mapping);
    rewriter.eraseOp(guard);
    // `iv == lb` is now `lb == lb`: fold the condition and the scf.if.
    toFold.push_back(hoisted);
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    (void)applyOpPatternsGreedily(toFold, folds, config);
  } else {
    rewriter.moveOpBefore(read, loop);
  }
  rewriter.moveOpAfter(write, loop);
  if (*dealloc)
    rewriter.moveOpAfter(*dealloc, write);
  return success();
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

/// One sweep over `root`; true if anything changed.
static bool hoistOnce(RewriterBase &rewriter, Operation *root,
                      const FrozenRewritePatternSet &folds) {
  bool changed = false;
  AccessPatternContext context(root->getContext());

  SmallVector<Operation *> copies;
  root->walk([&](Operation *op) {
    if (isCopyLike(op))
      copies.push_back(op);
  });
  for (Operation *copy : copies)
    changed |= succeeded(foldUnpackThroughTemporary(rewriter, copy, context));

  // Loops innermost first: what leaves an inner loop may leave the next.
  SmallVector<scf::ForOp> loops;
  root->walk([&](scf::ForOp loop) { loops.push_back(loop); });
  for (scf::ForOp loop : loops) {
    moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
    bool moved = true;
    while (moved) {
      moved = false;
      for (Operation &op :
           llvm::make_early_inc_range(loop.getBody()->without_terminator())) {
        if (!isCopyLike(&op))
          continue;
        if (succeeded(
                hoistReadWritePair(rewriter, loop, &op, context, folds))) {
          LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] read/write pair "
                                     "hoisted out of the loop at "
                                  << loop.getLoc() << "\n");
          moved = changed = true;
          break;
        }
        if (succeeded(hoistInvariantCopy(rewriter, loop, &op, context))) {
          LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] invariant copy "
                                     "hoisted out of the loop at "
                                  << loop.getLoc() << "\n");
          moved = changed = true;
          break;
        }
        LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] copy at " << op.getLoc()
                                << " stays: not an invariant copy into a "
                                   "loop-local buffer, nor the read of a "
                                   "round trip whose view nothing else in "
                                   "the loop touches\n");
      }
    }
  }

  copies.clear();
  root->walk([&](Operation *op) {
    if (isCopyLike(op))
      copies.push_back(op);
  });
  for (Operation *copy : copies)
    if (succeeded(reuseEarlierCopy(rewriter, copy, context))) {
      // Erasing ops invalidates the rest of this sweep's list.
      return true;
    }

  SmallVector<linalg::FillOp> fills;
  root->walk([&](linalg::FillOp fill) { fills.push_back(fill); });
  for (linalg::FillOp fill : fills)
    changed |= succeeded(foldFillIntoPack(rewriter, fill, context));

  SmallVector<Operation *> writes;
  root->walk([&](Operation *op) {
    if (isa<linalg::FillOp>(op) || isCopyLike(op))
      writes.push_back(op);
  });
  for (Operation *op : writes) {
    changed |= succeeded(eraseDeadWrite(rewriter, op, context));
  }
  return changed;
}

void herdflow::hoistPackUnpack(RewriterBase &rewriter, Operation *root) {
  MLIRContext *ctx = root->getContext();
  RewritePatternSet patterns(ctx);
  arith::CmpIOp::getCanonicalizationPatterns(patterns, ctx);
  arith::AndIOp::getCanonicalizationPatterns(patterns, ctx);
  scf::IfOp::getCanonicalizationPatterns(patterns, ctx);
  FrozenRewritePatternSet folds(std::move(patterns));
  bool changed = false;
  while (hoistOnce(rewriter, root, folds))
    changed = true;
  if (!changed)
    return;
  // What the moves left behind: conditions of hoisted guards, views of
  // erased copies.
  eraseTriviallyDeadOps(rewriter, root);
}

namespace {
struct HoistPackUnpackPass
    : public herdflow::impl::HoistPackUnpackPassBase<HoistPackUnpackPass> {
  void runOnOperation() override {
    // Independent loop nests are rewritten one at a time, so a change in one
    // does not make the others be swept again: the work stays linear in the
    // number of nests. A nest's root is the parent of its outermost loop,
    // where hoisted transfers land; a function without loops is its own root.
    SmallVector<Operation *> roots;
    llvm::SmallPtrSet<Operation *, 8> seen;
    getOperation()->walk([&](FunctionOpInterface function) {
      bool hasLoop = false;
      function->walk([&](scf::ForOp loop) {
        hasLoop = true;
        if (loop->getParentOfType<scf::ForOp>())
          return;
        Operation *parent = loop->getParentOp();
        if (seen.insert(parent).second)
          roots.push_back(parent);
      });
      if (!hasLoop && seen.insert(function).second)
        roots.push_back(function);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *root : roots)
      hoistPackUnpack(rewriter, root);
  }
};
} // namespace
