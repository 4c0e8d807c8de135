//===- HerdToChannelsMatch.cpp - When a herd can move to channels --------===//
//
// The match phase of aie-dma-to-channel: classifies each herd DMA, the herd
// dims each moved side depends on, and proves the move legal before anything
// changes: control flow the segment can mirror, no other access of a moved
// buffer in the herd (memory effects), every core's pattern in bounds, work
// bounded by the largest described array.
//
//===----------------------------------------------------------------------===//

#include "HerdToChannels.h"

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace herdflow;

SmallVector<bool> HerdToChannels::getTileDependence(Value value) {
  auto cached = dependenceCache.find(value);
  if (cached != dependenceCache.end())
    return cached->second;
  SmallVector<bool> dims(herd.getNumDims(), false);
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    for (auto [d, id] : llvm::enumerate(herd.getIds()))
      if (arg == id)
        dims[d] = true;
  } else if (auto alloc = value.getDefiningOp<memref::AllocOp>();
             alloc && stagedBuffers.contains(alloc)) {
    dims = stagedBuffers.lookup(alloc);
  } else if (Operation *def = value.getDefiningOp()) {
    for (Value operand : def->getOperands())
      for (auto [d, depends] : llvm::enumerate(getTileDependence(operand)))
        dims[d] = dims[d] || depends;
  }
  dependenceCache[value] = dims;
  return dims;
}

SmallVector<Value>
HerdToChannels::getSegmentSideOperands(const HerdTransfer &transfer) {
  air::DmaMemcpyNdOp op = transfer.dma;
  auto dma = cast<air::TransferOpInterface>(op.getOperation());
  SmallVector<Value> values;
  auto append = [&](const air::TransferSide &side) {
    values.push_back(side.memref);
    for (ArrayRef<OpFoldResult> list :
         {ArrayRef(side.offsets), ArrayRef(side.sizes), ArrayRef(side.strides)})
      for (OpFoldResult entry : list)
        if (auto value = dyn_cast<Value>(entry))
          values.push_back(value);
  };
  // The sides the segment keeps: both of a staging DMA, the L2/L3 side of
  // a transfer into or out of L1.
  if (transfer.role != Role::FromL1)
    append(*dma.getReadSide());
  if (transfer.role != Role::ToL1)
    append(*dma.getWriteSide());
  return values;
}

/// Every op between a moved transfer and the herd must be control flow the
/// segment can mirror: loops and conditionals whose bounds and conditions
/// are the same on all cores, values defined by side-effect-free ops.
LogicalResult HerdToChannels::checkControlFlow(Operation *op,
                                               std::string &whyNot) {
  for (Operation *parent = op->getParentOp(); parent != herd;
       parent = parent->getParentOp()) {
    if (auto forOp = dyn_cast<scf::ForOp>(parent)) {
      if (forOp.getNumResults() != 0) {
        whyNot = "a loop around a transfer carries values";
        return failure();
      }
      if (dependsOnTileIds(forOp.getLowerBound()) ||
          dependsOnTileIds(forOp.getUpperBound()) ||
          dependsOnTileIds(forOp.getStep())) {
        whyNot = "a loop around a transfer has bounds that differ per core";
        return failure();
      }
      continue;
    }
    if (auto ifOp = dyn_cast<scf::IfOp>(parent)) {
      if (ifOp.getNumResults() != 0 || dependsOnTileIds(ifOp.getCondition())) {
        whyNot = "a conditional around a transfer yields values or differs "
                 "per core";
        return failure();
      }
      continue;
    }
    whyNot = ("a transfer is nested in '" + parent->getName().getStringRef() +
              "', which the segment cannot mirror")
                 .str();
    return failure();
  }
  return success();
}

LogicalResult HerdToChannels::match(std::string &whyNot) {
  for (Value size : herd.getSizeOperands()) {
    std::optional<int64_t> extent = getConstantIntValue(size);
    if (!extent || *extent < 1) {
      whyNot = "the herd's size is not a positive constant";
      return failure();
    }
    herdShape.push_back(*extent);
  }
  // Every transfer is enumerated per core: bound the work by the largest
  // array a herd can be placed on.
  int64_t cores = 1;
  bool overflows = llvm::any_of(herdShape, [&](int64_t extent) {
    return llvm::MulOverflow(cores, extent, cores);
  });
  if (overflows || cores > getMaxCoresOfAnyTarget()) {
    whyNot = "the herd is " +
             llvm::join(llvm::map_range(herdShape,
                                        [](int64_t extent) {
                                          return std::to_string(extent);
                                        }),
                        "x") +
             " cores, more than any described target has (" +
             std::to_string(getMaxCoresOfAnyTarget()) + ")";
    return failure();
  }
  bool async = false;
  herd.walk([&](air::AsyncOpInterface op) {
    if (op != herd &&
        (op.getAsyncToken() || !op.getAsyncDependencies().empty()))
      async = true;
  });
  if (async || herd.getAsyncToken() || !herd.getAsyncDependencies().empty()) {
    whyNot = "it uses async tokens";
    return failure();
  }

  Region &body = herd.getRegion();
  auto isHerdLocal = [&](Value value) {
    return value.getParentRegion() &&
           body.isAncestor(value.getParentRegion()) &&
           !llvm::is_contained(herd.getKernelArguments(), value);
  };
  auto isKernelArgument = [&](Value value) {
    return llvm::is_contained(herd.getKernelArguments(), value);
  };

  WalkResult walk = herd.walk([&](air::DmaMemcpyNdOp dma) {
    std::optional<air::MemoryLevel> src = air::getMemoryLevel(dma.getSrc());
    std::optional<air::MemoryLevel> dst = air::getMemoryLevel(dma.getDst());
    HerdTransfer transfer{dma, Role::Stage, {}, {}};
    if (src == air::MemoryLevel::L3 && dst == air::MemoryLevel::L2) {
      auto alloc = dma.getDst().getDefiningOp<memref::AllocOp>();
      if (!alloc || !isHerdLocal(alloc)) {
        whyNot = "it stages L3 data into an L2 buffer not allocated in it";
        return WalkResult::interrupt();
      }
      if (alloc->getNumOperands() != 0) {
        whyNot = "it stages into an L2 buffer of dynamic size";
        return WalkResult::interrupt();
      }
      stagedBuffers.insert({alloc, SmallVector<bool>(herdShape.size())});
    } else if (src == air::MemoryLevel::L2 && dst == air::MemoryLevel::L1) {
      transfer.role = Role::ToL1;
      auto alloc = dma.getSrc().getDefiningOp<memref::AllocOp>();
      if (!isKernelArgument(dma.getSrc()) && !alloc) {
        whyNot = "it reads L2 through a view, not a buffer";
        return WalkResult::interrupt();
      }
    } else if (src == air::MemoryLevel::L1 && dst == air::MemoryLevel::L2) {
      transfer.role = Role::FromL1;
      if (!isKernelArgument(dma.getDst())) {
        whyNot = "it writes an L2 buffer that is not the segment's";
        return WalkResult::interrupt();
      }
    } else if (src == air::MemoryLevel::L2 || dst == air::MemoryLevel::L2) {
      whyNot = "it moves L2 data without L1 on either side";
      return WalkResult::interrupt();
    } else {
      // L1 on one side already (or L3 <-> L3): placeable as it is.
      return WalkResult::advance();
    }
    transferIndex[dma] = transfers.size();
    transfers.push_back(std::move(transfer));
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  if (transfers.empty())
    return success();

  // Herd-local L2 buffers may only be staged into, read into L1 and freed.
  for (auto &[alloc, dims] : stagedBuffers) {
    for (Operation *user : alloc->getUsers()) {
      auto it = transferIndex.find(user);
      bool moved = it != transferIndex.end() &&
                   ((transfers[it->second].role == Role::Stage &&
                     transfers[it->second].dma.getDst() == alloc) ||
                    (transfers[it->second].role == Role::ToL1 &&
                     transfers[it->second].dma.getSrc() == alloc));
      if (!moved && !isa<memref::DeallocOp>(user)) {
        whyNot =
            ("its L2 buffer is used by '" + user->getName().getStringRef() +
             "'; only transfers can move to the segment")
                .str();
        return failure();
      }
    }
  }
  for (HerdTransfer &transfer : transfers)
    if (transfer.role == Role::ToL1 &&
        transfer.dma.getSrc().getDefiningOp<memref::AllocOp>() &&
        !stagedBuffers.contains(
            transfer.dma.getSrc().getDefiningOp<memref::AllocOp>())) {
      whyNot = "it reads an L2 buffer into L1 that nothing stages";
      return failure();
    }

  // A staged buffer holds what its staging transfers read: its instances
  // are the herd dims those depend on.
  for (HerdTransfer &transfer : transfers) {
    if (transfer.role != Role::Stage)
      continue;
    auto alloc = transfer.dma.getDst().getDefiningOp<memref::AllocOp>();
    SmallVector<bool> &dims = stagedBuffers[alloc];
    for (Value value : getSegmentSideOperands(transfer))
      for (auto [d, depends] : llvm::enumerate(getTileDependence(value)))
        dims[d] = dims[d] || depends;
  }
  dependenceCache.clear();
  DenseSet<Value> readSegmentBuffers, writtenSegmentBuffers;
  for (HerdTransfer &transfer : transfers) {
    transfer.instanceDims.assign(herdShape.size(), false);
    if (transfer.role == Role::FromL1) {
      // Every core writes back its own L1 buffer.
      transfer.instanceDims.assign(herdShape.size(), true);
      writtenSegmentBuffers.insert(transfer.dma.getDst());
    } else {
      for (Value value : getSegmentSideOperands(transfer))
        for (auto [d, depends] : llvm::enumerate(getTileDependence(value)))
          transfer.instanceDims[d] = transfer.instanceDims[d] || depends;
      if (transfer.role == Role::ToL1 &&
          isKernelArgument(transfer.dma.getSrc()))
        readSegmentBuffers.insert(transfer.dma.getSrc());
    }
    // Values the segment side needs must be recomputable there.
    for (Value value : getSegmentSideOperands(transfer)) {
      SmallVector<Value> worklist = {value};
      while (!worklist.empty()) {
        Value next = worklist.pop_back_val();
        Operation *def = next.getDefiningOp();
        if (!def || stagedBuffers.contains(dyn_cast<memref::AllocOp>(def)))
          continue;
        if (!isMemoryEffectFree(def) || def->getNumRegions() != 0) {
          whyNot = ("a transfer's pattern depends on '" +
                    def->getName().getStringRef() +
                    "', which the segment cannot recompute")
                       .str();
          return failure();
        }
        worklist.append(def->operand_begin(), def->operand_end());
      }
    }
    if (failed(checkControlFlow(transfer.dma, whyNot)))
      return failure();
  }
  for (auto &[alloc, dims] : stagedBuffers)
    for (Operation *user : alloc->getUsers())
      if (failed(checkControlFlow(user, whyNot)) ||
          failed(checkControlFlow(alloc, whyNot)))
        return failure();
  for (Value buffer : readSegmentBuffers)
    if (writtenSegmentBuffers.contains(buffer)) {
      whyNot = "it both reads and writes a segment L2 buffer; streaming both "
               "directions would need the segment to interleave with the "
               "herd";
      return failure();
    }
  if (failed(checkMemoryEffects(whyNot)) ||
      failed(checkInstancePatterns(whyNot)))
    return failure();
  return success();
}

/// The buffer `value` is a view of, followed out of the hierarchy ops it is
/// a kernel argument of.
static Value traceBuffer(Value value) {
  while (true) {
    value = getViewBase(value);
    auto arg = dyn_cast<BlockArgument>(value);
    auto hierarchy =
        arg ? dyn_cast<air::HierarchyInterface>(arg.getOwner()->getParentOp())
            : nullptr;
    if (!hierarchy)
      return value;
    ArrayRef<BlockArgument> kernelArgs = hierarchy.getKernelArguments();
    auto it = llvm::find(kernelArgs, arg);
    if (it == kernelArgs.end())
      return value;
    value = hierarchy.getKernelOperands()[it - kernelArgs.begin()];
  }
}

/// False only when `a` and `b` provably do not overlap: distinct
/// allocations, or different memory spaces.
static bool mayAlias(Value a, Value b) {
  a = traceBuffer(a);
  b = traceBuffer(b);
  if (a == b)
    return true;
  if (cast<MemRefType>(a.getType()).getMemorySpace() !=
      cast<MemRefType>(b.getType()).getMemorySpace())
    return false;
  auto isAllocation = [](Value v) {
    return v.getDefiningOp<memref::AllocOp>() ||
           v.getDefiningOp<memref::AllocaOp>();
  };
  return !(isAllocation(a) && isAllocation(b));
}

/// The rewrite runs the segment sides of the moved transfers before (reads
/// of L3 and L2) or after (write-backs into L2) the whole herd. That is
/// only the same program when no other op of the herd writes what a moved
/// read reads, or reads or writes what a moved write-back writes: decided
/// from memory effects, with L1 (private to each core) exempt.
LogicalResult HerdToChannels::checkMemoryEffects(std::string &whyNot) {
  SmallVector<Value> movedReads, movedWrites;
  for (HerdTransfer &transfer : transfers) {
    if (transfer.role == Role::FromL1)
      movedWrites.push_back(transfer.dma.getDst());
    else
      movedReads.push_back(transfer.dma.getSrc());
  }
  auto conflict = [&](Operation *op, StringRef what) {
    whyNot = ("'" + op->getName().getStringRef() + "' in the herd " + what +
              " a buffer whose transfer would move out of the herd")
                 .str();
    return WalkResult::interrupt();
  };
  WalkResult walk = herd.getRegion().walk([&](Operation *op) {
    if (transferIndex.contains(op))
      return WalkResult::advance();
    if (auto alloc = dyn_cast<memref::AllocOp>(op);
        alloc && stagedBuffers.contains(alloc))
      return WalkResult::advance();
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects) {
      if (op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
        return WalkResult::advance(); // Its nested ops are visited.
      return conflict(op, "may access");
    }
    SmallVector<MemoryEffects::EffectInstance> instances;
    effects.getEffects(instances);
    for (const MemoryEffects::EffectInstance &instance : instances) {
      bool writes =
          isa<MemoryEffects::Write, MemoryEffects::Free>(instance.getEffect());
      bool reads = isa<MemoryEffects::Read>(instance.getEffect());
      if (!writes && !reads)
        continue;
      Value value = instance.getValue();
      if (!value) {
        // Channels are their own resource; anything else may be any buffer.
        if (isa<air::ChannelResource>(instance.getResource()))
          continue;
        if (writes || !movedWrites.empty())
          return conflict(op, "may access");
        continue;
      }
      if (!isa<MemRefType>(value.getType()) ||
          air::getMemoryLevel(value) == air::MemoryLevel::L1)
        continue;
      // Deallocating a staged buffer moves with it.
      if (auto alloc = traceBuffer(value).getDefiningOp<memref::AllocOp>();
          alloc && stagedBuffers.contains(alloc))
        continue;
      auto aliases = [&](ArrayRef<Value> buffers) {
        return llvm::any_of(
            buffers, [&](Value buffer) { return mayAlias(value, buffer); });
      };
      if (writes && (aliases(movedReads) || aliases(movedWrites)))
        return conflict(op, "writes");
      if (reads && aliases(movedWrites))
        return conflict(op, "reads");
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

/// Each core's instance of a moved segment side becomes a pattern with
/// constant tile ids, which the folds then make static: every instance must
/// stay inside its buffer (the input may only be in bounds on the cores that
/// reach the transfer; the segment runs every instance).
LogicalResult HerdToChannels::checkInstancePatterns(std::string &whyNot) {
  for (HerdTransfer &transfer : transfers) {
    auto op = cast<air::TransferOpInterface>(transfer.dma.getOperation());
    SmallVector<air::TransferSide> sides;
    if (transfer.role == Role::Stage)
      sides = {op.getSide(0), op.getSide(1)};
    else if (transfer.role == Role::ToL1)
      sides = {*op.getReadSide()};
    else
      sides = {*op.getWriteSide()};
    for (const air::TransferSide &side : sides) {
      AccessPatternContext context(herd.getContext());
      std::string reason;
      FailureOr<AccessPattern> pattern =
          computeAccessPattern(side, context, &reason);
      if (failed(pattern)) {
        whyNot = "a transfer's pattern: " + reason;
        return failure();
      }
      for (Value value : pattern->getDependencies(context))
        if (!llvm::is_contained(herd.getIds(), value) &&
            dependsOnTileIds(value)) {
          whyNot = "a transfer's pattern depends on the tile ids through "
                   "arithmetic the analysis cannot evaluate per core";
          return failure();
        }
      for (const Coordinates &at : enumerateInstances(transfer.instanceDims)) {
        DenseMap<Value, int64_t> ids;
        for (auto [d, id] : llvm::enumerate(herd.getIds()))
          ids[id] = at[d];
        if (failed(
                pattern->withValues(context, ids).checkStaticBounds(&reason))) {
          whyNot =
              "on core (" +
              llvm::join(llvm::map_range(
                             at, [](int64_t c) { return std::to_string(c); }),
                         ", ") +
              ") a transfer's pattern is out of bounds: " + reason;
          return failure();
        }
      }
    }
  }
  return success();
}

SmallVector<Coordinates>
HerdToChannels::enumerateInstances(ArrayRef<bool> dims) const {
  SmallVector<Coordinates> all = {Coordinates(herdShape.size(), 0)};
  for (auto [d, selected] : llvm::enumerate(dims)) {
    if (!selected)
      continue;
    SmallVector<Coordinates> next;
    for (const Coordinates &at : all)
      for (int64_t i = 0; i < herdShape[d]; ++i) {
        Coordinates extended = at;
        extended[d] = i;
        next.push_back(extended);
      }
    all = std::move(next);
  }
  return all;
}
