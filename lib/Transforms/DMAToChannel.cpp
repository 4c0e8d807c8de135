//===- DMAToChannel.cpp - Make a per-core AIR schedule placeable ----------===//
//
// After aie-copy-to-dma a herd moves data as the schedule was written, per
// core: it stages L3 tiles into its own L2 buffers and reads L2 from inside
// the herd. Hardware cannot run that (a herd's DMAs need L1 on one side) and
// it would read A once per herd column and B once per herd row from DDR.
// This rewrite moves the L3->L2 staging into the segment, once per distinct
// tile (one instance per herd row for A, per column for B), turns L2->L1 and
// L1->L2 transfers into channel put/get pairs (broadcast where cores read the
// same data), and splits segment L2 buffers written by the herd into one
// piece per herd column, as mlir-air's air-split-l2-memref does.
//
//===----------------------------------------------------------------------===//

#include "HerdToChannels.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/CSE.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

namespace herdflow {
#define GEN_PASS_DEF_DMATOCHANNELPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

/// Canonicalizations of the AIR transfer ops: constant index operands
/// become literals (the greedy driver folds the index arithmetic first).
static FrozenRewritePatternSet getFoldingPatterns(MLIRContext *context) {
  RewritePatternSet patterns(context);
  air::DmaMemcpyNdOp::getCanonicalizationPatterns(patterns, context);
  air::ChannelPutOp::getCanonicalizationPatterns(patterns, context);
  air::ChannelGetOp::getCanonicalizationPatterns(patterns, context);
  return FrozenRewritePatternSet(std::move(patterns));
}

int64_t HerdToChannels::getMemtile(ArrayRef<bool> dims,
                                   const Coordinates &at) const {
  // Herd dimension 0 runs along the array's columns, dimension 1 along its
  // rows (mlir-air's convention).
  int64_t columns = herdShape.front();
  if (dims.front())
    return at.front();
  if (dims.size() == 2 && dims.back())
    return at.back() % columns;
  return 0;
}

void HerdToChannels::declareChannel(HerdTransfer &transfer) {
  SmallVector<int64_t> shape, broadcast;
  bool isBroadcast = false;
  for (auto [d, extent] : llvm::enumerate(herdShape)) {
    shape.push_back(transfer.instanceDims[d] ? extent : 1);
    broadcast.push_back(extent);
    isBroadcast = isBroadcast || (!transfer.instanceDims[d] && extent > 1);
  }
  // Declarations go right before the function holding the herd (constant
  // time, in order of creation).
  OpBuilder::InsertionGuard guard(rewriter);
  Operation *anchor = herd;
  while (anchor->getParentOp() != symbols.getOp())
    anchor = anchor->getParentOp();
  rewriter.setInsertionPoint(anchor);
  std::string name;
  do
    name = "channel_" + std::to_string(nextChannelId++);
  while (symbols.lookup(name));
  auto channel = air::ChannelOp::create(
      rewriter, herd.getLoc(), name, rewriter.getI64ArrayAttr(shape),
      isBroadcast ? rewriter.getI64ArrayAttr(broadcast) : ArrayAttr());
  symbols.insert(channel);
  transfer.channel = name;
}

/// Clones the pure computation of `value` at the insertion point.
Value HerdToChannels::materialize(Value value, OpBuilder &builder,
                                  IRMapping &mapping) {
  if (Value mapped = mapping.lookupOrNull(value))
    return mapped;
  Operation *def = value.getDefiningOp();
  assert(def && "match() checked that segment-side values are recomputable");
  for (Value operand : def->getOperands())
    materialize(operand, builder, mapping);
  builder.clone(*def, mapping);
  return mapping.lookup(value);
}

void HerdToChannels::emitSegmentSide(Operation *op, OpBuilder &builder,
                                     const IRMapping &base) {
  Location loc = op->getLoc();
  auto instanceMapping = [&](const Coordinates &at) {
    IRMapping mapping = base;
    for (auto [d, id] : llvm::enumerate(herd.getIds()))
      mapping.map(id, arith::ConstantIndexOp::create(builder, loc, at[d]));
    return mapping;
  };
  auto mapStaged = [&](IRMapping &mapping, Value buffer,
                       const Coordinates &at) {
    auto alloc = buffer.getDefiningOp<memref::AllocOp>();
    if (!alloc || !stagedBuffers.contains(alloc))
      return;
    Coordinates own = at;
    for (auto [d, selected] : llvm::enumerate(stagedBuffers.lookup(alloc)))
      if (!selected)
        own[d] = 0;
    mapping.map(buffer, stagedInstances.lookup({alloc, linearize(own)}));
  };

  if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
    SmallVector<bool> dims = stagedBuffers.lookup(alloc);
    for (const Coordinates &at : enumerateInstances(dims)) {
      Operation *instance = builder.clone(*op);
      instance->setAttr(getMemtileAttrName(),
                        builder.getI64IntegerAttr(getMemtile(dims, at)));
      stagedInstances[{op, linearize(at)}] = instance->getResult(0);
    }
    return;
  }
  if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
    auto alloc = dealloc.getMemref().getDefiningOp<memref::AllocOp>();
    for (const Coordinates &at :
         enumerateInstances(stagedBuffers.lookup(alloc)))
      memref::DeallocOp::create(builder, loc,
                                stagedInstances.lookup({alloc, linearize(at)}));
    return;
  }
  HerdTransfer &transfer = transfers[transferIndex.lookup(op)];
  auto dma = cast<air::TransferOpInterface>(transfer.dma.getOperation());
  air::TransferSide read = *dma.getReadSide();
  air::TransferSide write = *dma.getWriteSide();
  for (const Coordinates &at : enumerateInstances(transfer.instanceDims)) {
    IRMapping mapping = instanceMapping(at);
    auto remap = [&](ArrayRef<OpFoldResult> list) {
      return llvm::map_to_vector(list, [&](OpFoldResult entry) {
        if (auto v = dyn_cast<Value>(entry))
          return OpFoldResult(materialize(v, builder, mapping));
        return entry;
      });
    };
    SmallVector<Value> indices;
    for (auto [d, selected] : llvm::enumerate(transfer.instanceDims))
      indices.push_back(
          arith::ConstantIndexOp::create(builder, loc, selected ? at[d] : 0));
    switch (transfer.role) {
    case Role::Stage: {
      mapStaged(mapping, write.memref, at);
      air::DmaMemcpyNdOp::create(
          builder, loc, Type(), ValueRange(), mapping.lookup(write.memref),
          remap(write.offsets), remap(write.sizes), remap(write.strides),
          materialize(read.memref, builder, mapping), remap(read.offsets),
          remap(read.sizes), remap(read.strides));
      break;
    }
    case Role::ToL1: {
      mapStaged(mapping, read.memref, at);
      air::ChannelPutOp::create(
          builder, loc, Type(), ValueRange(), transfer.channel, indices,
          materialize(read.memref, builder, mapping), remap(read.offsets),
          remap(read.sizes), remap(read.strides));
      break;
    }
    case Role::FromL1: {
      auto get = air::ChannelGetOp::create(
          builder, loc, Type(), ValueRange(), transfer.channel, indices,
          materialize(write.memref, builder, mapping), remap(write.offsets),
          remap(write.sizes), remap(write.strides));
      writeBackGets.push_back({get, at.front()});
      break;
    }
    }
  }
}

/// Re-creates, at the builder's insertion point, the loops and conditionals
/// of `block` that lead to `selected` ops, and the segment side of each.
void HerdToChannels::mirror(Block &block, OpBuilder &builder, IRMapping base,
                            const DenseSet<Operation *> &selected,
                            const DenseSet<Operation *> &needed) {
  for (Operation &op : block.without_terminator()) {
    if (selected.contains(&op)) {
      emitSegmentSide(&op, builder, base);
      continue;
    }
    if (!needed.contains(&op))
      continue;
    Location loc = op.getLoc();
    if (auto forOp = dyn_cast<scf::ForOp>(op)) {
      IRMapping bounds = base;
      auto mirrored = scf::ForOp::create(
          builder, loc, materialize(forOp.getLowerBound(), builder, bounds),
          materialize(forOp.getUpperBound(), builder, bounds),
          materialize(forOp.getStep(), builder, bounds));
      IRMapping inner = base;
      inner.map(forOp.getInductionVar(), mirrored.getInductionVar());
      OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPoint(mirrored.getBody()->getTerminator());
      mirror(*forOp.getBody(), builder, inner, selected, needed);
      continue;
    }
    auto ifOp = cast<scf::IfOp>(op);
    IRMapping condition = base;
    auto mirrored = scf::IfOp::create(
        builder, loc, materialize(ifOp.getCondition(), builder, condition),
        /*withElseRegion=*/!ifOp.getElseRegion().empty());
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPoint(mirrored.thenBlock()->getTerminator());
    mirror(*ifOp.thenBlock(), builder, base, selected, needed);
    if (!ifOp.getElseRegion().empty()) {
      builder.setInsertionPoint(mirrored.elseBlock()->getTerminator());
      mirror(*ifOp.elseBlock(), builder, base, selected, needed);
    }
  }
}

void HerdToChannels::rewrite() {
  for (HerdTransfer &transfer : transfers)
    if (transfer.role != Role::Stage)
      declareChannel(transfer);

  // The segment side: staging and puts before the herd, gets of the
  // write-backs after it, each inside a mirror of the herd's control flow.
  IRMapping base;
  base.map(herd.getKernelArguments(), herd.getKernelOperands());
  base.map(herd.getSize(), herd.getSizeOperands());
  DenseSet<Operation *> before, after, neededBefore, neededAfter;
  auto select = [&](Operation *op, DenseSet<Operation *> &selected,
                    DenseSet<Operation *> &needed) {
    selected.insert(op);
    for (Operation *parent = op->getParentOp(); parent != herd;
         parent = parent->getParentOp())
      needed.insert(parent);
  };
  for (auto &[alloc, dims] : stagedBuffers) {
    select(alloc, before, neededBefore);
    for (Operation *user : alloc->getUsers())
      if (isa<memref::DeallocOp>(user))
        select(user, before, neededBefore);
  }
  for (HerdTransfer &transfer : transfers) {
    if (transfer.role == Role::FromL1)
      select(transfer.dma, after, neededAfter);
    else
      select(transfer.dma, before, neededBefore);
  }
  Block &body = herd.getRegion().front();
  rewriter.setInsertionPoint(herd);
  mirror(body, rewriter, base, before, neededBefore);
  rewriter.setInsertionPointAfter(herd);
  mirror(body, rewriter, base, after, neededAfter);

  // The herd side: gets into L1, puts from L1; staging leaves.
  for (HerdTransfer &transfer : transfers) {
    air::DmaMemcpyNdOp dma = transfer.dma;
    auto sides = cast<air::TransferOpInterface>(dma.getOperation());
    rewriter.setInsertionPoint(dma);
    SmallVector<Value> ids(herd.getIds().begin(), herd.getIds().end());
    if (transfer.role == Role::ToL1) {
      air::TransferSide write = *sides.getWriteSide();
      air::ChannelGetOp::create(rewriter, dma.getLoc(), Type(), ValueRange(),
                                transfer.channel, ids, write.memref,
                                write.offsets, write.sizes, write.strides);
    } else if (transfer.role == Role::FromL1) {
      air::TransferSide read = *sides.getReadSide();
      air::ChannelPutOp::create(rewriter, dma.getLoc(), Type(), ValueRange(),
                                transfer.channel, ids, read.memref,
                                read.offsets, read.sizes, read.strides);
    }
    rewriter.eraseOp(dma);
  }
  for (auto &[alloc, dims] : stagedBuffers) {
    for (Operation *user : llvm::make_early_inc_range(alloc->getUsers()))
      rewriter.eraseOp(user);
    rewriter.eraseOp(alloc);
  }
  eraseTriviallyDeadOps(rewriter, herd);
  pruneUnusedKernelArguments(rewriter, herd);
  // The write-backs' cloned index computations fold to constants, which
  // splitting needs. The segment is the nearest region isolated from above.
  (void)applyPatternsGreedily(
      herd->getParentOfType<air::SegmentOp>().getRegion(),
      getFoldingPatterns(herd.getContext()));
  if (herdShape.front() > 1)
    splitL2BuffersPerColumn(rewriter, writeBackGets, herdShape.front());
  splitL2BuffersPerReader(rewriter, herd->getParentOfType<air::SegmentOp>(),
                          herdShape);
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

void herdflow::pruneUnusedKernelArguments(RewriterBase &rewriter,
                                          air::HierarchyInterface op) {
  ArrayRef<BlockArgument> arguments = op.getKernelArguments();
  unsigned first = arguments.empty() ? 0 : arguments.front().getArgNumber();
  Block &body = op->getRegion(0).front();
  rewriter.modifyOpInPlace(op, [&] {
    for (int64_t i = static_cast<int64_t>(arguments.size()) - 1; i >= 0; --i) {
      if (!body.getArgument(first + i).use_empty())
        continue;
      if (auto herd = dyn_cast<air::HerdOp>(op.getOperation()))
        herd.getKernelOperandsMutable().erase(i);
      else if (auto segment = dyn_cast<air::SegmentOp>(op.getOperation()))
        segment.getKernelOperandsMutable().erase(i);
      else
        cast<air::LaunchOp>(op.getOperation())
            .getKernelOperandsMutable()
            .erase(i);
      body.eraseArgument(first + i);
    }
  });
}

LogicalResult herdflow::convertHerdToChannels(RewriterBase &rewriter,
                                              air::HerdOp herd,
                                              SymbolTable &symbols,
                                              unsigned &nextChannelId,
                                              std::string &whyNot) {
  auto segment = herd->getParentOfType<air::SegmentOp>();
  if (!segment) {
    whyNot = "it is not inside an air.segment";
    return failure();
  }
  HerdToChannels converter(rewriter, herd, symbols, nextChannelId);
  if (failed(converter.match(whyNot)))
    return failure();
  if (!converter.hasWork())
    return success();
  converter.rewrite();
  // Fold the cloned index computations into literals and share them.
  (void)applyPatternsGreedily(segment.getRegion(),
                              getFoldingPatterns(herd.getContext()));
  DominanceInfo dominance;
  eliminateCommonSubExpressions(rewriter, dominance, segment);
  return success();
}

namespace {
struct DMAToChannelPass
    : public herdflow::impl::DMAToChannelPassBase<DMAToChannelPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    IRRewriter rewriter(&getContext());
    SymbolTable symbols(module);
    SmallVector<air::HerdOp> herds;
    module.walk([&](air::HerdOp herd) { herds.push_back(herd); });
    unsigned nextChannelId = 0;
    for (air::HerdOp herd : herds) {
      std::string whyNot;
      if (failed(convertHerdToChannels(rewriter, herd, symbols, nextChannelId,
                                       whyNot)))
        herd.emitRemark("herd left unchanged by aie-dma-to-channel: ")
            << whyNot;
    }
  }
};
} // namespace
