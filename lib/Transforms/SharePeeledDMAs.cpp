//===- SharePeeledDMAs.cpp - Share hardware channels across peeled copies -===//
//
// Peeling the first K iteration clones every transfer of that iteration; in
// channel form each clone is a channel of its own, and a core tile would
// need about three times the DMA channels it has. Transfers with the same
// endpoints that control flow orders one after the other can share one
// hardware channel: for channels this renames the later channel to the
// earlier one (each transfer keeps its own buffer and pattern, so its own
// buffer descriptor); for the segment's L3<->L2 DMAs it gives them one
// `herdflow.dma_channel`. A peeled transfer that equals the first iteration
// of a transfer-only loop folds back into the loop (unpeeling) when the
// loop's extra dimension still fits the DMA's address generator.
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

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/MathExtras.h"

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
  // Streams that run as sequential phases share too.
  for (auto &entry : byEndpoints) {
    ArrayRef<size_t> indices = entry.second;
    for (size_t i = 0; i < indices.size(); ++i)
      for (size_t j = i + 1; j < indices.size(); ++j) {
        Group &first = groups[indices[i]], &second = groups[indices[j]];
        if (!second.members.empty() && !first.members.empty() &&
            allRunBefore(first.members, second.members)) {
          first.members.append(second.members);
          second.members.clear();
        }
      }
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
// Unpeeling
//===----------------------------------------------------------------------===//

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
  if (isa<arith::AddIOp>(def))
    return operands[0] + operands[1];
  if (isa<arith::SubIOp>(def))
    return operands[0] - operands[1];
  if (isa<arith::MulIOp>(def))
    return operands[0] * operands[1];
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
      getChannelBuffer(peeled) != getChannelBuffer(looped))
    return false;
  ValueRange peeledIndices = getChannelIndices(peeled);
  ValueRange loopedIndices = getChannelIndices(looped);
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

/// Dimensions the transfer's pattern needs plus one for the loop, against
/// the address generator of the buffer's tile kind.
static bool fitsWithLoopDimension(Operation *op, int64_t tripCount,
                                  const TargetDescription &target,
                                  std::string &whyNot) {
  Value buffer = getChannelBuffer(op);
  std::optional<air::MemoryLevel> level = air::getMemoryLevel(buffer);
  const DmaEngineDescription &engine =
      level == air::MemoryLevel::L1   ? target.coreDma
      : level == air::MemoryLevel::L2 ? target.memtileDma
                                      : target.shimDma;
  StringRef kind = level == air::MemoryLevel::L1   ? "core"
                   : level == air::MemoryLevel::L2 ? "memtile"
                                                   : "shim";
  SmallVector<OpFoldResult> entries = getPatternEntries(op);
  int64_t rank = entries.size() / 3;
  int64_t dims = 1;
  if (rank > 0) {
    std::optional<SmallVector<int64_t>> sizes =
        getConstantIntValues(ArrayRef<OpFoldResult>(entries).slice(rank, rank));
    if (!sizes) {
      whyNot = "its pattern has dynamic sizes";
      return false;
    }
    dims = llvm::count_if(*sizes, [](int64_t size) { return size > 1; });
  }
  int64_t available = engine.dims.value + (engine.maxRepeat.value > 1 ? 1 : 0);
  if (dims + 1 > available) {
    whyNot = ("the loop would be dimension " + Twine(dims + 1) + " of the " +
              kind + " DMA, which has " + Twine(available))
                 .str();
    return false;
  }
  if (tripCount > engine.maxWrap.value) {
    whyNot = ("the loop's " + Twine(tripCount) + " iterations exceed the " +
              kind + " DMA wrap of " + Twine(engine.maxWrap.value))
                 .str();
    return false;
  }
  return true;
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
static void unpeelLoops(RewriterBase &rewriter, ModuleOp module,
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
    std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
    if (!onlyTransfers || bodyTransfers.empty() || !lb || !step || !ub ||
        *step <= 0 || *ub <= *lb)
      continue;
    int64_t trips = llvm::divideCeil(*ub - *lb, *step);
    for (bool after : {false, true}) {
      int64_t iteration = after ? *lb + trips * *step : *lb - *step;
      if (iteration < 0)
        continue;
      SmallVector<Operation *> peeled =
          getAdjacentTransfers(loop, bodyTransfers.size(), after);
      if (peeled.empty())
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
               llvm::any_of(getChannelBuffer(op).getUsers(),
                            [&](Operation *user) {
                              return loop->isAncestor(user) &&
                                     !isa<air::ChannelPutOp>(user);
                            });
      });
      if (refilled)
        continue;
      std::string whyNot;
      if (llvm::any_of(bodyTransfers, [&](Operation *op) {
            return !fitsWithLoopDimension(op, trips + 1, target, whyNot);
          })) {
        loop.emitRemark("peeled transfers not folded into the loop: ")
            << whyNot;
        continue;
      }
      rewriter.setInsertionPoint(loop);
      Value bound = arith::ConstantIndexOp::create(
          rewriter, loop.getLoc(),
          after ? *lb + (trips + 1) * *step : iteration);
      rewriter.modifyOpInPlace(loop, [&] {
        if (after)
          loop.getUpperBoundMutable().assign(bound);
        else
          loop.getLowerBoundMutable().assign(bound);
      });
      for (Operation *op : peeled)
        rewriter.eraseOp(op);
      lb = getConstantIntValue(loop.getLowerBound());
      ub = getConstantIntValue(loop.getUpperBound());
      trips = llvm::divideCeil(*ub - *lb, *step);
    }
  }
}

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

void herdflow::sharePeeledDmas(RewriterBase &rewriter, ModuleOp module,
                               const TargetDescription &target) {
  shareChannels(rewriter, module);
  shareSegmentDmas(rewriter, module);
  unpeelLoops(rewriter, module, target);
}

namespace {
struct SharePeeledDMAsPass
    : public WithTargetOptionCheck<
          herdflow::impl::SharePeeledDMAsPassBase<SharePeeledDMAsPass>> {
  using WithTargetOptionCheck::WithTargetOptionCheck;

  void runOnOperation() override {
    const TargetDescription *description = lookupTargetDescription(target);
    if (!description) {
      // At the location only: printing the op would dump the module.
      emitError(getOperation().getLoc()) << *diagnoseUnknownTarget(target);
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    sharePeeledDmas(rewriter, getOperation(), *description);
  }
};
} // namespace
