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

#include "herdflow/Analysis/AccessPattern.h"
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

StringRef herdflow::getMemtileAttrName() { return "herdflow.memtile"; }

/// Canonicalizations of the AIR transfer ops: constant index operands
/// become literals (the greedy driver folds the index arithmetic first).
static FrozenRewritePatternSet getFoldingPatterns(MLIRContext *context) {
  RewritePatternSet patterns(context);
  air::DmaMemcpyNdOp::getCanonicalizationPatterns(patterns, context);
  air::ChannelPutOp::getCanonicalizationPatterns(patterns, context);
  air::ChannelGetOp::getCanonicalizationPatterns(patterns, context);
  return FrozenRewritePatternSet(std::move(patterns));
}

namespace {
enum class Role {
  /// L3 -> a herd-local L2 buffer: moves to the segment.
  Stage,
  /// L2 -> L1: a put in the segment, a get in the herd.
  ToL1,
  /// L1 -> a segment L2 buffer: a put in the herd, a get in the segment.
  FromL1,
};

struct HerdTransfer {
  air::DmaMemcpyNdOp dma;
  Role role;
  /// Herd dims whose tile id the segment side depends on: the segment holds
  /// one instance per combination of these ids.
  SmallVector<bool> instanceDims;
  std::string channel;
};

using Coordinates = SmallVector<int64_t, 2>;

/// Rewrites one herd (and the segment around it) into the channel form.
class HerdToChannels {
public:
  HerdToChannels(RewriterBase &rewriter, air::HerdOp herd, SymbolTable &symbols,
                 unsigned &nextChannelId)
      : rewriter(rewriter), herd(herd), symbols(symbols),
        nextChannelId(nextChannelId) {}

  /// Checks that the herd has the form this rewrite handles; on failure
  /// `whyNot` says why and nothing has changed. Succeeds with nothing to do
  /// when no transfer needs to move.
  LogicalResult match(std::string &whyNot);
  bool hasWork() const { return !transfers.empty(); }
  void rewrite();

private:
  SmallVector<bool> getTileDependence(Value value);
  bool dependsOnTileIds(Value value) {
    return llvm::is_contained(getTileDependence(value), true);
  }
  SmallVector<Value> getSegmentSideOperands(const HerdTransfer &transfer);
  LogicalResult checkControlFlow(Operation *op, std::string &whyNot);
  LogicalResult checkMemoryEffects(std::string &whyNot);
  LogicalResult checkInstancePatterns(std::string &whyNot);

  void declareChannel(HerdTransfer &transfer);
  void mirror(Block &block, OpBuilder &builder, IRMapping base,
              const DenseSet<Operation *> &selected,
              const DenseSet<Operation *> &needed);
  void emitSegmentSide(Operation *op, OpBuilder &builder,
                       const IRMapping &base);
  Value materialize(Value value, OpBuilder &builder, IRMapping &mapping);
  SmallVector<Coordinates> enumerateInstances(ArrayRef<bool> dims) const;
  int64_t getMemtile(ArrayRef<bool> dims, const Coordinates &at) const;
  int64_t linearize(const Coordinates &at) const {
    int64_t linear = 0;
    for (auto [coordinate, extent] : llvm::zip_equal(at, herdShape))
      linear = linear * extent + coordinate;
    return linear;
  }

  RewriterBase &rewriter;
  air::HerdOp herd;
  SymbolTable &symbols;
  unsigned &nextChannelId;
  SmallVector<int64_t> herdShape;
  SmallVector<HerdTransfer> transfers;
  DenseMap<Operation *, unsigned> transferIndex;
  /// Herd-local L2 buffers and the herd dims their contents depend on.
  llvm::MapVector<memref::AllocOp, SmallVector<bool>> stagedBuffers;
  DenseMap<std::pair<Operation *, int64_t>, Value> stagedInstances;
  DenseMap<Value, SmallVector<bool>> dependenceCache;
  /// The segment-side gets of herd write-backs, with their core.
  SmallVector<WriteBack> writeBackGets;
};
} // namespace

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
  air::DmaMemcpyNdOp dma = transfer.dma;
  SmallVector<Value> values;
  auto append = [&](auto range) { values.append(range.begin(), range.end()); };
  switch (transfer.role) {
  case Role::Stage:
    values.push_back(dma.getSrc());
    append(dma.getSrcOffsets());
    append(dma.getSrcSizes());
    append(dma.getSrcStrides());
    append(dma.getDstOffsets());
    append(dma.getDstSizes());
    append(dma.getDstStrides());
    break;
  case Role::ToL1:
    values.push_back(dma.getSrc());
    append(dma.getSrcOffsets());
    append(dma.getSrcSizes());
    append(dma.getSrcStrides());
    break;
  case Role::FromL1:
    values.push_back(dma.getDst());
    append(dma.getDstOffsets());
    append(dma.getDstSizes());
    append(dma.getDstStrides());
    break;
  }
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

/// Piece i of a split buffer lives in herd column i's memtile: a buffer per
/// core or per column goes to its column, one per row to the row's index.
int64_t HerdToChannels::getMemtile(ArrayRef<bool> dims,
                                   const Coordinates &at) const {
  int64_t columns = herdShape.back();
  if (dims.back())
    return at.back();
  if (dims.front())
    return at.front() % columns;
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
  air::DmaMemcpyNdOp dma = transfer.dma;
  for (const Coordinates &at : enumerateInstances(transfer.instanceDims)) {
    IRMapping mapping = instanceMapping(at);
    auto lists = [&](ValueRange dynamic, ArrayRef<int64_t> statics) {
      SmallVector<OpFoldResult> mixed;
      for (OpFoldResult entry :
           getMixedValues(statics, dynamic, builder.getContext())) {
        if (auto v = dyn_cast<Value>(entry))
          mixed.push_back(materialize(v, builder, mapping));
        else
          mixed.push_back(entry);
      }
      return mixed;
    };
    SmallVector<Value> indices;
    for (auto [d, selected] : llvm::enumerate(transfer.instanceDims))
      indices.push_back(
          arith::ConstantIndexOp::create(builder, loc, selected ? at[d] : 0));
    switch (transfer.role) {
    case Role::Stage: {
      mapStaged(mapping, dma.getDst(), at);
      air::DmaMemcpyNdOp::create(
          builder, loc, Type(), ValueRange(), mapping.lookup(dma.getDst()),
          lists(dma.getDstOffsets(), dma.getStaticDstOffsets()),
          lists(dma.getDstSizes(), dma.getStaticDstSizes()),
          lists(dma.getDstStrides(), dma.getStaticDstStrides()),
          materialize(dma.getSrc(), builder, mapping),
          lists(dma.getSrcOffsets(), dma.getStaticSrcOffsets()),
          lists(dma.getSrcSizes(), dma.getStaticSrcSizes()),
          lists(dma.getSrcStrides(), dma.getStaticSrcStrides()));
      break;
    }
    case Role::ToL1: {
      mapStaged(mapping, dma.getSrc(), at);
      air::ChannelPutOp::create(
          builder, loc, Type(), ValueRange(), transfer.channel, indices,
          materialize(dma.getSrc(), builder, mapping),
          lists(dma.getSrcOffsets(), dma.getStaticSrcOffsets()),
          lists(dma.getSrcSizes(), dma.getStaticSrcSizes()),
          lists(dma.getSrcStrides(), dma.getStaticSrcStrides()));
      break;
    }
    case Role::FromL1: {
      auto get = air::ChannelGetOp::create(
          builder, loc, Type(), ValueRange(), transfer.channel, indices,
          materialize(dma.getDst(), builder, mapping),
          lists(dma.getDstOffsets(), dma.getStaticDstOffsets()),
          lists(dma.getDstSizes(), dma.getStaticDstSizes()),
          lists(dma.getDstStrides(), dma.getStaticDstStrides()));
      writeBackGets.push_back({get, at.back()});
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
    rewriter.setInsertionPoint(dma);
    SmallVector<Value> ids(herd.getIds().begin(), herd.getIds().end());
    if (transfer.role == Role::ToL1)
      air::ChannelGetOp::create(
          rewriter, dma.getLoc(), Type(), ValueRange(), transfer.channel, ids,
          dma.getDst(), dma.getMixedDstOffsets(), dma.getMixedDstSizes(),
          dma.getMixedDstStrides());
    else if (transfer.role == Role::FromL1)
      air::ChannelPutOp::create(
          rewriter, dma.getLoc(), Type(), ValueRange(), transfer.channel, ids,
          dma.getSrc(), dma.getMixedSrcOffsets(), dma.getMixedSrcSizes(),
          dma.getMixedSrcStrides());
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
  if (herdShape.back() > 1)
    splitL2BuffersPerColumn(rewriter, writeBackGets, herdShape.back());
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
