//===- SharePeeledDMAs.cpp - Share hardware channels across peeled copies -===//
//
// Peeling the first K iteration clones every transfer of that iteration; in
// channel form each clone is a channel of its own, and a core tile would
// need about three times the DMA channels it has. Transfers with the same
// endpoints that control flow orders one after the other can share one
// hardware channel: for channels this renames the later channel to the
// earlier one (each transfer keeps its own buffer and pattern, so its own
// buffer descriptor); for the segment's L3<->L2 DMAs it gives them one
// `herdflow.dma_channel`. Folding a peeled transfer back into its loop is
// aie-unpeel-transfers (UnpeelTransfers.cpp).
//
//===----------------------------------------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

namespace herdflow {
#define GEN_PASS_DEF_SHAREPEELEDDMASPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

#define DEBUG_TYPE "aie-share-peeled-dmas"

static Operation *getHierarchyParent(Operation *op) {
  for (Operation *parent = op->getParentOp(); parent;
       parent = parent->getParentOp())
    if (isa<air::HierarchyInterface>(parent))
      return parent;
  return nullptr;
}

/// True when `a` completes before `b` starts and no loop inside their
/// hierarchy op runs both: the two are sequential phases, never in flight
/// together, in the same order every time.
static bool runsStrictlyBefore(Operation *a, Operation *b) {
  if (getHierarchyParent(a) != getHierarchyParent(b))
    return false;
  Block *block = a->getBlock();
  while (block && !block->findAncestorOpInBlock(*b))
    block = block->getParentOp() ? block->getParentOp()->getBlock() : nullptr;
  if (!block)
    return false;
  Operation *liftedA = block->findAncestorOpInBlock(*a);
  Operation *liftedB = block->findAncestorOpInBlock(*b);
  if (liftedA == liftedB || !liftedA->isBeforeInBlock(liftedB))
    return false;
  for (Operation *parent = block->getParentOp();
       parent && !isa<air::HierarchyInterface>(parent);
       parent = parent->getParentOp())
    if (isa<LoopLikeOpInterface>(parent))
      return false;
  return true;
}

/// Every op of `first` runs strictly before every op of `second`.
static bool allRunBefore(ArrayRef<Operation *> first,
                         ArrayRef<Operation *> second) {
  return llvm::all_of(first, [&](Operation *a) {
    return llvm::all_of(second,
                        [&](Operation *b) { return runsStrictlyBefore(a, b); });
  });
}

//===----------------------------------------------------------------------===//
// Channels
//===----------------------------------------------------------------------===//

namespace {
/// The uses of one air.channel, split by side.
struct ChannelUses {
  air::ChannelOp decl;
  SmallVector<Operation *> herdSide, segmentSide;
  /// What two channels must agree on to share hardware: shape, broadcast,
  /// the herd, the direction, and each stream's memtile.
  std::string endpoints;
};
} // namespace

static Value getChannelBuffer(Operation *op) {
  return cast<air::ChannelInterface>(op).getMemref();
}

static ValueRange getChannelIndices(Operation *op) {
  return cast<air::ChannelInterface>(op).getIndices();
}

/// True if every message put on the channel is received as often as its
/// stream has consumers (a broadcast's extents): counted from static trip
/// counts and hierarchy sizes. A channel with messages left over (or gets
/// without messages) would deadlock on hardware, and merging it would hand
/// its leftovers to the next phase.
static bool isBalanced(ChannelUses &uses) {
  int64_t consumers = 1;
  if (std::optional<ArrayAttr> broadcast = uses.decl.getBroadcastShape())
    for (auto [extent, size] : llvm::zip_equal(
             uses.decl.getSize(), broadcast->getAsValueRange<IntegerAttr>()))
      if (cast<IntegerAttr>(extent).getInt() == 1 &&
          llvm::MulOverflow(consumers, size.getSExtValue(), consumers))
        return false;
  int64_t puts = 0, gets = 0;
  for (Operation *op :
       llvm::concat<Operation *const>(uses.herdSide, uses.segmentSide)) {
    std::optional<int64_t> count = getExecutionBound(op);
    int64_t &total = isa<air::ChannelPutOp>(op) ? puts : gets;
    if (!count || llvm::AddOverflow(total, *count, total))
      return false;
  }
  int64_t delivered;
  return !llvm::MulOverflow(puts, consumers, delivered) && delivered == gets;
}

static std::optional<std::string> describeEndpoints(ChannelUses &uses) {
  if (uses.herdSide.empty() || uses.segmentSide.empty() || !isBalanced(uses))
    return std::nullopt;
  // Each core must receive its own sequence of messages: merging two
  // channels whose stream several cores split would hand one core's
  // messages to another.
  if (!uses.decl.getBroadcastShape() &&
      !llvm::all_of(uses.herdSide, addressesStreamPerCore))
    return std::nullopt;
  std::string text;
  llvm::raw_string_ostream os(text);
  // Every attribute of the declaration (shape, broadcast, and what other
  // tools add, such as mlir-air's channel_type: stream and packet channels
  // never merge).
  for (NamedAttribute attr : uses.decl->getAttrs())
    if (attr.getName() != SymbolTable::getSymbolAttrName())
      os << attr.getName() << "=" << attr.getValue() << " ";
  // One element type per channel: aie-air-to-loops (and mlir-air's
  // lowering) type a channel's stream by its buffers.
  Type element =
      cast<MemRefType>(getChannelBuffer(uses.herdSide.front()).getType())
          .getElementType();
  for (Operation *op :
       llvm::concat<Operation *const>(uses.herdSide, uses.segmentSide))
    if (cast<MemRefType>(getChannelBuffer(op).getType()).getElementType() !=
        element)
      return std::nullopt;
  os << "element=" << element << " ";
  Operation *herd = uses.herdSide.front()->getParentOfType<air::HerdOp>();
  bool herdGets = isa<air::ChannelGetOp>(uses.herdSide.front());
  os << " herd " << herd << (herdGets ? " in" : " out");
  for (Operation *op : uses.herdSide)
    if (op->getParentOfType<air::HerdOp>() != herd ||
        isa<air::ChannelGetOp>(op) != herdGets)
      return std::nullopt;
  std::map<std::string, int64_t> memtiles;
  for (Operation *op : uses.segmentSide) {
    if (isa<air::ChannelGetOp>(op) != !herdGets)
      return std::nullopt;
    std::string stream;
    llvm::raw_string_ostream streamOs(stream);
    for (Value index : getChannelIndices(op)) {
      std::optional<int64_t> constant = getConstantIntValue(index);
      if (!constant)
        return std::nullopt;
      streamOs << *constant << ",";
    }
    int64_t memtile = 0;
    if (Operation *def = getChannelBuffer(op).getDefiningOp())
      if (auto attr = def->getAttrOfType<IntegerAttr>(getMemtileAttrName()))
        memtile = attr.getInt();
    auto [it, inserted] = memtiles.insert({stream, memtile});
    if (!inserted && it->second != memtile)
      return std::nullopt;
  }
  for (auto &[stream, memtile] : memtiles)
    os << " [" << stream << "]@" << memtile;
  return text;
}

/// Renames channels that can share a hardware channel to the first of
/// them; returns how many declarations went away.
static int64_t shareChannels(RewriterBase &rewriter, ModuleOp module) {
  llvm::MapVector<StringRef, ChannelUses> channels;
  module.walk(
      [&](air::ChannelOp decl) { channels[decl.getSymName()].decl = decl; });
  module.walk([&](Operation *op) {
    if (!isa<air::ChannelPutOp, air::ChannelGetOp>(op))
      return;
    StringRef name = isa<air::ChannelPutOp>(op)
                         ? cast<air::ChannelPutOp>(op).getChanName()
                         : cast<air::ChannelGetOp>(op).getChanName();
    auto it = channels.find(name);
    if (it == channels.end())
      return;
    if (op->getParentOfType<air::HerdOp>())
      it->second.herdSide.push_back(op);
    else
      it->second.segmentSide.push_back(op);
  });

  // Groups of channels that may share, in order of first use, by endpoints.
  llvm::StringMap<SmallVector<ChannelUses *>> groups;
  int64_t removed = 0;
  for (auto &[name, uses] : channels) {
    std::optional<std::string> endpoints = describeEndpoints(uses);
    if (!endpoints) {
      LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] @" << name
                              << " shares with nothing: one-sided, "
                                 "unbalanced, split between cores or with "
                                 "endpoints that differ per use\n");
      continue;
    }
    uses.endpoints = *endpoints;
    ChannelUses *target = nullptr;
    SmallVector<ChannelUses *> &candidates = groups[uses.endpoints];
    for (ChannelUses *group : candidates) {
      // The same order on both sides keeps every FIFO message paired.
      bool before = allRunBefore(group->herdSide, uses.herdSide) &&
                    allRunBefore(group->segmentSide, uses.segmentSide);
      if (before) {
        target = group;
        break;
      }
    }
    if (!target) {
      LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] @" << name
                              << " starts a sharing group (no earlier channel "
                                 "with its endpoints runs strictly before "
                                 "it)\n");
      candidates.push_back(&uses);
      continue;
    }
    LLVM_DEBUG(llvm::dbgs() << "[" DEBUG_TYPE "] @" << name << " shares @"
                            << target->decl.getSymName() << "\n");
    auto rename = [&](Operation *op) {
      rewriter.modifyOpInPlace(op, [&] {
        op->setAttr("chan_name",
                    FlatSymbolRefAttr::get(target->decl.getSymNameAttr()));
      });
    };
    for (Operation *op : uses.herdSide) {
      rename(op);
      target->herdSide.push_back(op);
    }
    for (Operation *op : uses.segmentSide) {
      rename(op);
      target->segmentSide.push_back(op);
    }
    rewriter.eraseOp(uses.decl);
    ++removed;
  }
  return removed;
}

//===----------------------------------------------------------------------===//
// Segment DMAs
//===----------------------------------------------------------------------===//

/// Views of one L2 buffer followed when looking for its next use.
static constexpr size_t kMaxViewsPerBuffer = 64;

/// Merges streams of one channel's endpoints (each in program order) that
/// run one strictly before the other into one stream of sequential phases,
/// later into earlier: with `keepsNeedOrder`, first only pairs it accepts,
/// then any pair. The result has one entry per stream, empty where merged
/// away.
static SmallVector<SmallVector<Operation *>> mergeSequentialStreams(
    ArrayRef<SmallVector<Operation *>> streams,
    function_ref<bool(ArrayRef<Operation *>, ArrayRef<Operation *>)>
        keepsNeedOrder) {
  SmallVector<SmallVector<Operation *>> merged(streams.begin(), streams.end());
  auto mergeRound = [&](bool inNeedOrder) {
    for (size_t i = 0; i < merged.size(); ++i)
      for (size_t j = i + 1; j < merged.size(); ++j) {
        SmallVector<Operation *> &first = merged[i], &second = merged[j];
        if (!first.empty() && !second.empty() &&
            allRunBefore(first, second) &&
            (!inNeedOrder || keepsNeedOrder(first, second))) {
          first.append(second);
          second.clear();
        }
      }
  };
  if (keepsNeedOrder)
    mergeRound(/*inNeedOrder=*/true);
  mergeRound(/*inNeedOrder=*/false);
  return merged;
}

/// Gives the segment's L3<->L2 DMAs with the same endpoints (shim column and
/// memtile, direction) that run as sequential phases one dma_channel.
static void shareSegmentDmas(RewriterBase &rewriter, ModuleOp module) {
  struct Group {
    std::string endpoints;
    Value l3Buffer;
    SmallVector<Operation *> members;
  };
  std::vector<Group> groups;
  llvm::StringMap<SmallVector<size_t>> byEndpoints;
  module.walk([&](air::DmaMemcpyNdOp dma) {
    if (dma->getParentOfType<air::HerdOp>())
      return;
    using air::MemoryLevel;
    std::optional<MemoryLevel> src = air::getMemoryLevel(dma.getSrc());
    std::optional<MemoryLevel> dst = air::getMemoryLevel(dma.getDst());
    if (!((src == MemoryLevel::L3 && dst == MemoryLevel::L2) ||
          (src == MemoryLevel::L2 && dst == MemoryLevel::L3)))
      return;
    Value l2 = src == MemoryLevel::L2 ? dma.getSrc() : dma.getDst();
    Value l3 = src == MemoryLevel::L3 ? dma.getSrc() : dma.getDst();
    int64_t memtile = 0;
    if (Operation *def = l2.getDefiningOp())
      if (auto attr = def->getAttrOfType<IntegerAttr>(getMemtileAttrName()))
        memtile = attr.getInt();
    std::string endpoints;
    llvm::raw_string_ostream os(endpoints);
    os << getHierarchyParent(dma) << (src == MemoryLevel::L3 ? " in " : " out ")
       << memtile;
    // A DMA joins the group of its own stream (the same L3 buffer): the
    // peeled copy of a stream shares with its loop, not with another stream.
    SmallVector<size_t> &candidates = byEndpoints[endpoints];
    Group *join = nullptr;
    for (size_t index : candidates)
      if (groups[index].l3Buffer == l3 &&
          allRunBefore(groups[index].members, {dma})) {
        join = &groups[index];
        break;
      }
    if (join) {
      join->members.push_back(dma);
    } else {
      candidates.push_back(groups.size());
      groups.push_back({endpoints, l3, {dma}});
    }
  });
  // Streams that run as sequential phases share too. A channel serves its
  // phases in program order, so a phase whose data is needed later holds
  // back the next one (A's second K half queued ahead of B's slices for the
  // first). Merging first only the phases that keep the order in which
  // their data is needed can take more channels than merging in program
  // order; the merge that takes fewer channels wins, need order on a tie.
  DenseMap<Operation *, int64_t> position;
  int64_t count = 0;
  module.walk<WalkOrder::PreOrder>(
      [&](Operation *op) { position[op] = count++; });
  DenseMap<Operation *, int64_t> need;
  auto computeNeed = [&](Operation *dma) {
    // An L3 -> L2 DMA's data is needed by the next use of its buffer (or of
    // a view of it) in program order; an L2 -> L3 DMA's by the DMA itself.
    Value dst = cast<air::DmaMemcpyNdOp>(dma).getDst();
    int64_t at = position.lookup(dma);
    if (air::getMemoryLevel(dst) != air::MemoryLevel::L2)
      return at;
    int64_t nextUse = std::numeric_limits<int64_t>::max();
    SmallVector<Value> views = {dst};
    for (size_t visited = 0; !views.empty() && visited < kMaxViewsPerBuffer;
         ++visited) {
      Value view = views.pop_back_val();
      for (Operation *user : view.getUsers()) {
        auto viewLike = dyn_cast<ViewLikeOpInterface>(user);
        if (viewLike && viewLike.getViewSource() == view) {
          views.push_back(viewLike->getResult(0));
          continue;
        }
        int64_t userAt = position.lookup(user);
        if (userAt > at && !isa<memref::DeallocOp>(user))
          nextUse = std::min(nextUse, userAt);
      }
    }
    return nextUse == std::numeric_limits<int64_t>::max() ? at : nextUse;
  };
  for (const Group &group : groups)
    for (Operation *dma : group.members)
      need[dma] = computeNeed(dma);
  auto neededAt = [&](Operation *dma) { return need.lookup(dma); };
  auto keepsNeedOrder = [&](ArrayRef<Operation *> earlier,
                            ArrayRef<Operation *> later) {
    int64_t lastNeed = std::numeric_limits<int64_t>::min();
    for (Operation *op : earlier)
      lastNeed = std::max(lastNeed, neededAt(op));
    return llvm::all_of(later,
                        [&](Operation *op) { return lastNeed <= neededAt(op); });
  };
  for (auto &entry : byEndpoints) {
    SmallVector<SmallVector<Operation *>> streams;
    for (size_t index : entry.second)
      streams.push_back(groups[index].members);
    auto countChannels = [](ArrayRef<SmallVector<Operation *>> merged) {
      return llvm::count_if(merged, [](auto &members) {
        return !members.empty();
      });
    };
    SmallVector<SmallVector<Operation *>> inNeedOrder =
        mergeSequentialStreams(streams, keepsNeedOrder);
    SmallVector<SmallVector<Operation *>> inProgramOrder =
        mergeSequentialStreams(streams, nullptr);
    ArrayRef<SmallVector<Operation *>> chosen =
        countChannels(inNeedOrder) <= countChannels(inProgramOrder)
            ? inNeedOrder
            : inProgramOrder;
    for (auto [index, members] : llvm::zip_equal(entry.second, chosen))
      groups[index].members = members;
  }
  int64_t next = 0;
  module.walk([&](air::DmaMemcpyNdOp dma) {
    if (auto attr = dma->getAttrOfType<IntegerAttr>(getDmaChannelAttrName()))
      next = std::max(next, attr.getInt() + 1);
  });
  for (Group &group : groups) {
    if (group.members.size() < 2)
      continue;
    int64_t id = next++;
    for (Operation *op : group.members)
      rewriter.modifyOpInPlace(op, [&] {
        op->setAttr(getDmaChannelAttrName(), rewriter.getI64IntegerAttr(id));
      });
  }
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

void herdflow::sharePeeledDmas(RewriterBase &rewriter, ModuleOp module) {
  shareChannels(rewriter, module);
  shareSegmentDmas(rewriter, module);
}

namespace {
struct SharePeeledDMAsPass
    : public herdflow::impl::SharePeeledDMAsPassBase<SharePeeledDMAsPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    sharePeeledDmas(rewriter, getOperation());
  }
};
} // namespace
