//===- PackUnpackFolds.cpp - Round trips of the accumulator, folded ------===//
//
// - an unpack through an L1 temporary (transpose into a temporary, collapse,
//   copy) becomes one transpose into an expanded view of the destination;
// - "fill V, then pack V into L1" becomes a fill of the L1 buffer;
// - a copy that repeats an earlier one, or a pack that undoes the unpack
//   before it, reuses the earlier buffer;
// - a write that is completely overwritten before anything reads it is
//   erased.
// Legality from the shared access-pattern analysis and memory effects.
//
//===----------------------------------------------------------------------===//

#include "PackUnpackFolds.h"

#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace herdflow;

/// The memory effects `op` (and, for ops with recursive effects, what it
/// contains) may have on buffers based on `base`: {reads, writes}. Unknown
/// effects count as both.
std::pair<bool, bool> herdflow::getEffectsOnBase(Operation *op, Value base) {
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

/// The dealloc of `alloc` in `block`, if any.
FailureOr<Operation *> herdflow::findDealloc(Value alloc, Block *block) {
  Operation *found = nullptr;
  for (Operation *user : alloc.getUsers()) {
    if (!isa<memref::DeallocOp>(user))
      continue;
    if (found || user->getBlock() != block)
      return failure();
    found = user;
  }
  return found;
}

//===----------------------------------------------------------------------===//
// Unpack through an L1 temporary
//===----------------------------------------------------------------------===//

/// `copy` (collapse_shape(T) -> V) after `fill` (X -> T, all of T) becomes
/// one op X -> expand_shape(V).
LogicalResult
herdflow::foldUnpackThroughTemporary(RewriterBase &rewriter, Operation *copy,
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
LogicalResult herdflow::foldFillIntoPack(RewriterBase &rewriter,
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
LogicalResult herdflow::reuseEarlierCopy(RewriterBase &rewriter,
                                         Operation *later,
                                         AccessPatternContext &context) {
  auto fresh = getCopyDestination(later).getDefiningOp<memref::AllocOp>();
  if (!fresh || fresh->getBlock() != later->getBlock())
    return failure();
  // The fresh buffer is first touched by `later`: every use comes at or
  // after it. Otherwise the earlier buffer would replace it where its
  // contents (or even its definition) are not there yet.
  if (!llvm::all_of(fresh->getUsers(), [&](Operation *user) {
        Operation *ancestor = later->getBlock()->findAncestorOpInBlock(*user);
        return ancestor &&
               (ancestor == later || later->isBeforeInBlock(ancestor));
      }))
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
LogicalResult herdflow::eraseDeadWrite(RewriterBase &rewriter, Operation *op,
                                       AccessPatternContext &context) {
  FailureOr<AccessPattern> written = getWrittenPattern(op, context);
  if (failed(written) || !written->base.getDefiningOp<memref::AllocOp>())
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
// Patterns
//===----------------------------------------------------------------------===//

namespace {
/// One fold as a pattern on any op: each fold changes nothing when it
/// fails, as patterns must. A context per application keeps its symbols
/// local.
template <LogicalResult (*Fold)(RewriterBase &, Operation *,
                                AccessPatternContext &)>
struct FoldPattern : public RewritePattern {
  FoldPattern(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}
  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    if (!isCopyLike(op) && !isa<linalg::FillOp>(op))
      return failure();
    AccessPatternContext context(op->getContext());
    return Fold(rewriter, op, context);
  }
};

struct FoldFillIntoPackPattern : public OpRewritePattern<linalg::FillOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::FillOp fill,
                                PatternRewriter &rewriter) const override {
    AccessPatternContext context(fill.getContext());
    return foldFillIntoPack(rewriter, fill, context);
  }
};
} // namespace

void herdflow::populatePackUnpackFoldPatterns(RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<FoldPattern<foldUnpackThroughTemporary>,
               FoldPattern<reuseEarlierCopy>, FoldPattern<eraseDeadWrite>,
               FoldFillIntoPackPattern>(context);
}
