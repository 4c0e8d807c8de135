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

namespace herdflow {
#define GEN_PASS_DEF_HOISTPACKUNPACKPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

/// The memory effects `op` (and, for ops with recursive effects, what it
/// contains) may have on buffers based on `base`: {reads, writes}. Unknown
/// effects count as both.
static std::pair<bool, bool> getEffectsOnBase(Operation *op, Value base) {
  bool reads = false, writes = false;
  op->walk([&](Operation *nested) {
    if (isa<ViewLikeOpInterface>(nested))
      return;
    auto effects = dyn_cast<MemoryEffectOpInterface>(nested);
    if (!effects) {
      if (!nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>()) {
        reads = writes = true;
      }
      return;
    }
    SmallVector<MemoryEffects::EffectInstance> instances;
    effects.getEffects(instances);
    for (const MemoryEffects::EffectInstance &instance : instances) {
      Value value = instance.getValue();
      if (value && getViewBase(value) != base)
        continue;
      if (!value && !isa<SideEffects::DefaultResource>(instance.getResource()))
        continue;
      if (isa<MemoryEffects::Read>(instance.getEffect()))
        reads = true;
      else if (isa<MemoryEffects::Write, MemoryEffects::Free>(
                   instance.getEffect()))
        writes = true;
    }
  });
  return {reads, writes};
}

static bool isDefinedOutside(Value value, scf::ForOp loop) {
  return !loop->isAncestor(value.getParentBlock()->getParentOp()) &&
         value.getParentBlock()->getParentOp() != loop.getOperation();
}

/// The dealloc of `alloc` in `block`, if any.
static Operation *findDealloc(Value alloc, Block *block) {
  for (Operation *user : alloc.getUsers())
    if (isa<memref::DeallocOp>(user) && user->getBlock() == block)
      return user;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Unpack through an L1 temporary
//===----------------------------------------------------------------------===//

/// `copy` (collapse_shape(T) -> V) after `fill` (X -> T, all of T) becomes
/// one op X -> expand_shape(V).
static LogicalResult foldUnpackThroughTemporary(RewriterBase &rewriter,
                                                Operation *copy,
                                                AccessPatternContext &context) {
  if (!isa<linalg::CopyOp, memref::CopyOp>(copy))
    return failure();
  auto collapse = getCopySource(copy).getDefiningOp<memref::CollapseShapeOp>();
  if (!collapse)
    return failure();
  Value temporary = collapse.getSrc();
  auto alloc = temporary.getDefiningOp<memref::AllocOp>();
  if (!alloc || !alloc.getType().getLayout().isIdentity())
    return failure();
  // T: written once, completely, by a copy-like op in the same block, read
  // only through this collapse, freed only in its own block.
  Operation *writer = nullptr;
  SmallVector<Operation *> deallocs;
  for (Operation *user : temporary.getUsers()) {
    if (user == collapse)
      continue;
    if (isa<memref::DeallocOp>(user)) {
      if (user->getBlock() != alloc->getBlock())
        return failure();
      deallocs.push_back(user);
      continue;
    }
    if (writer || !isCopyLike(user) || getCopyDestination(user) != temporary)
      return failure();
    writer = user;
  }
  if (!writer || !collapse->hasOneUse() ||
      writer->getBlock() != copy->getBlock() || !writer->isBeforeInBlock(copy))
    return failure();
  FailureOr<Transfer> write = analyzeTransfer(writer, context);
  if (failed(write) || !write->target.coversWholeBase())
    return failure();
  // No dealloc of T between the writer and the copy (that input reads freed
  // memory; leave it alone).
  for (Operation *dealloc : deallocs)
    if (dealloc->getBlock() == copy->getBlock() &&
        writer->isBeforeInBlock(dealloc) && dealloc->isBeforeInBlock(copy))
      return failure();
  // The writer's source must not change before the copy.
  Value source = getViewBase(getCopySource(writer));
  for (Operation *op = writer->getNextNode(); op != copy;
       op = op->getNextNode())
    if (getEffectsOnBase(op, source).second)
      return failure();
  // V must take T's shape: not every strided layout can be expanded.
  Value destination = getCopyDestination(copy);
  auto destinationType = dyn_cast<MemRefType>(destination.getType());
  if (!destinationType || failed(memref::ExpandShapeOp::computeExpandedType(
                              destinationType, alloc.getType().getShape(),
                              collapse.getReassociationIndices())))
    return failure();

  rewriter.setInsertionPoint(copy);
  auto expanded = memref::ExpandShapeOp::create(
      rewriter, copy->getLoc(), alloc.getType().getShape(), destination,
      collapse.getReassociationIndices());
  IRMapping mapping;
  mapping.map(temporary, expanded.getResult());
  rewriter.clone(*writer, mapping);
  rewriter.eraseOp(copy);
  rewriter.eraseOp(collapse);
  rewriter.eraseOp(writer);
  for (Operation *dealloc : deallocs)
    rewriter.eraseOp(dealloc);
  rewriter.eraseOp(alloc);
  return success();
}

//===----------------------------------------------------------------------===//
// Fill then pack
//===----------------------------------------------------------------------===//

/// `fill V` followed by `pack V -> X` (nothing touching V or X in between)
/// becomes `fill V; fill X`; the fill of V is left to dead-write removal.
static LogicalResult foldFillIntoPack(RewriterBase &rewriter,
                                      linalg::FillOp fill,
                                      AccessPatternContext &context) {
  if (!fill.hasPureBufferSemantics())
    return failure();
  FailureOr<AccessPattern> filled =
      computeAccessPattern(fill.getOutputs()[0], context);
  if (failed(filled))
    return failure();
  for (Operation *op = fill->getNextNode(); op; op = op->getNextNode()) {
    if (isCopyLike(op)) {
      FailureOr<Transfer> transfer = analyzeTransfer(op, context);
      if (succeeded(transfer) && transfer->source.base == filled->base &&
          transfer->target.base != filled->base &&
          touchSameElements(transfer->source, *filled)) {
        rewriter.setInsertionPoint(op);
        linalg::FillOp::create(rewriter, op->getLoc(), fill.getInputs()[0],
                               getCopyDestination(op));
        rewriter.eraseOp(op);
        return success();
      }
    }
    auto [reads, writes] = getEffectsOnBase(op, filled->base);
    if (reads || writes)
      return failure();
  }
  return failure();
}

//===----------------------------------------------------------------------===//
// Buffer reuse
//===----------------------------------------------------------------------===//

/// Replaces the buffer `fresh` (an alloc) by `kept`: its uses become uses of
/// `kept` and its alloc goes. `kept`'s deallocs in the block go too, so the
/// buffer lives until `fresh`'s deallocs (which now free it), if any.
static void reuseBuffer(RewriterBase &rewriter, memref::AllocOp fresh,
                        Value kept) {
  Block *block = fresh->getBlock();
  SmallVector<Operation *> keptDeallocs;
  for (Operation *user : kept.getUsers())
    if (isa<memref::DeallocOp>(user) && user->getBlock() == block)
      keptDeallocs.push_back(user);
  for (Operation *dealloc : keptDeallocs)
    rewriter.eraseOp(dealloc);
  rewriter.replaceAllUsesWith(fresh.getResult(), kept);
  rewriter.eraseOp(fresh);
}

/// True if no op strictly between `first` and `last` (one block) writes a
/// buffer based on one of `bases`. Deallocs do not count: reuseBuffer
/// removes the reused buffer's.
static bool noWritesBetween(Operation *first, Operation *last,
                            ArrayRef<Value> bases) {
  for (Operation *op = first->getNextNode(); op && op != last;
       op = op->getNextNode())
    for (Value base : bases)
      if (!isa<memref::DeallocOp>(op))
        if (getEffectsOnBase(op, base).second)
          return false;
  return true;
}

/// `later` (S -> fresh buffer B2) repeats `earlier` (S -> B1, same type,
/// same element placement) while S and B1 are unchanged: reuse B1.
/// `earlier` (X -> V, unpack) followed by `later` (V -> fresh X', pack) that
/// pairs the same elements, V and X unchanged in between and X unused
/// afterwards: reuse X.
static LogicalResult reuseEarlierCopy(RewriterBase &rewriter, Operation *later,
                                      AccessPatternContext &context) {
  auto fresh = getCopyDestination(later).getDefiningOp<memref::AllocOp>();
  if (!fresh || fresh->getBlock() != later->getBlock())
    return failure();
  FailureOr<Transfer> copy = analyzeTransfer(later, context);
  if (failed(copy) || copy->target.base != fresh.getResult() ||
      !copy->target.coversWholeBase())
    return failure();
  for (Operation *op = later->getPrevNode(); op; op = op->getPrevNode()) {
    if (!isCopyLike(op))
      continue;
    FailureOr<Transfer> earlier = analyzeTransfer(op, context);
    if (failed(earlier))
      continue;
    // The same data copied again into a buffer of the same type.
    if (earlier->source == copy->source &&
        earlier->target.base != copy->target.base &&
        earlier->target.base.getType() == fresh.getType() &&
        earlier->target.coversWholeBase() &&
        earlier->target.sizes == copy->target.sizes &&
        earlier->target.strides == copy->target.strides &&
        noWritesBetween(op, later, {copy->source.base, earlier->target.base})) {
      rewriter.eraseOp(later);
      reuseBuffer(rewriter, fresh, earlier->target.base);
      return success();
    }
    // The pack undoes the unpack just before it.
    Value buffer = earlier->source.base;
    if (earlier->target.base == copy->source.base &&
        buffer.getType() == fresh.getType() &&
        touchSameElements(earlier->target, copy->source) &&
        undoesTransfer(*earlier, *copy) &&
        noWritesBetween(op, later, {copy->source.base, buffer}) &&
        llvm::all_of(buffer.getUsers(), [&](Operation *user) {
          return isa<memref::DeallocOp>(user) ||
                 user->getBlock() != later->getBlock() ||
                 !later->isBeforeInBlock(user);
        })) {
      rewriter.eraseOp(later);
      reuseBuffer(rewriter, fresh, buffer);
      return success();
    }
  }
  return failure();
}

//===----------------------------------------------------------------------===//
// Dead writes
//===----------------------------------------------------------------------===//

/// The elements `op` writes when it is a fill or a copy-like op.
static FailureOr<AccessPattern>
getWrittenPattern(Operation *op, AccessPatternContext &context) {
  if (auto fill = dyn_cast<linalg::FillOp>(op)) {
    if (!fill.hasPureBufferSemantics())
      return failure();
    return computeAccessPattern(fill.getOutputs()[0], context);
  }
  if (!isCopyLike(op))
    return failure();
  FailureOr<Transfer> transfer = analyzeTransfer(op, context);
  if (failed(transfer))
    return failure();
  return transfer->target;
}

/// Erases `op` if a later op of its block overwrites every element it wrote
/// before anything reads them. Only buffers allocated in the function count:
/// a function argument's final contents are observable.
static LogicalResult eraseDeadWrite(RewriterBase &rewriter, Operation *op,
                                    AccessPatternContext &context) {
  FailureOr<AccessPattern> written = getWrittenPattern(op, context);
  if (failed(written))
    return failure();
  for (Operation *next = op->getNextNode(); next; next = next->getNextNode()) {
    FailureOr<AccessPattern> overwrite = getWrittenPattern(next, context);
    if (succeeded(overwrite) && overwrite->base == written->base &&
        touchSameElements(*overwrite, *written)) {
      // The overwrite must not read what `op` wrote.
      if (isCopyLike(next) && getViewBase(getCopySource(next)) == written->base)
        return failure();
      rewriter.eraseOp(op);
      return success();
    }
    auto [reads, writes] = getEffectsOnBase(next, written->base);
    if (reads || writes)
      return failure();
  }
  return failure();
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
  Operation *dealloc = findDealloc(destination, body);
  rewriter.moveOpBefore(alloc, loop);
  rewriter.moveOpBefore(copy, loop);
  if (dealloc)
    rewriter.moveOpAfter(dealloc, loop);
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

  Operation *dealloc = bufferInBody ? findDealloc(buffer, body) : nullptr;
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
  if (dealloc)
    rewriter.moveOpAfter(dealloc, write);
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
                hoistReadWritePair(rewriter, loop, &op, context, folds)) ||
            succeeded(hoistInvariantCopy(rewriter, loop, &op, context))) {
          moved = changed = true;
          break;
        }
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
    FailureOr<AccessPattern> written = getWrittenPattern(op, context);
    // Only buffers this function allocates: others are observable.
    if (succeeded(written) && written->base.getDefiningOp<memref::AllocOp>())
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
