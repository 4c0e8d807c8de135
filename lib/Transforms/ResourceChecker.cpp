//===- ResourceChecker.cpp - What an AIR program asks of each tile -------===//
//
// Counts what a channel-form AIR program needs from each tile kind (L1 per
// core, L2 per memtile, DMA channels and buffer descriptors per core, memtile
// and shim column, DMA address-generator limits, herd size) against the
// target description, and reports every violation at the op responsible,
// with the numbers.
//
//===----------------------------------------------------------------------===//

#include "ResourceChecker.h"

#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

#include "llvm/ADT/MapVector.h"

using namespace mlir;
using namespace herdflow;

static bool isTransfer(Operation *op) {
  return isa<air::DmaMemcpyNdOp, air::ChannelPutOp, air::ChannelGetOp>(op);
}

/// A `herdflow.depth` on the allocation (the schedule's choice, e.g. a
/// single-buffered accumulator) decides; otherwise streamed buffers (moved
/// by a transfer) are double-buffered at the target's depth and a buffer
/// only computed on is not.
int64_t ResourceChecker::getDepth(Value buffer) const {
  if (Operation *def = buffer.getDefiningOp())
    if (auto depth = def->getAttrOfType<IntegerAttr>(getDepthAttrName());
        depth && depth.getInt() >= 1)
      return depth.getInt();
  for (Operation *user : buffer.getUsers())
    if (isTransfer(user))
      return target.model.bufferDepth.value;
  return 1;
}

int64_t ResourceChecker::getMemtile(Value buffer) const {
  if (Operation *def = buffer.getDefiningOp())
    if (auto index = def->getAttrOfType<IntegerAttr>(getMemtileAttrName()))
      return index.getInt();
  return 0;
}

std::string ResourceChecker::getKey(Operation *op, bool withIndices) const {
  std::string key;
  llvm::raw_string_ostream os(key);
  auto printIndices = [&](ValueRange indices) {
    if (!withIndices)
      return;
    for (Value index : indices) {
      os << "[";
      if (std::optional<int64_t> constant = getConstantIntValue(index))
        os << *constant;
      else
        os << "?" << index.getAsOpaquePointer();
      os << "]";
    }
  };
  if (auto channelOp = dyn_cast<air::ChannelInterface>(op)) {
    os << channelOp.getChanNameAttr();
    printIndices(channelOp.getIndices());
  } else if (auto shared =
                 op->getAttrOfType<IntegerAttr>(getDmaChannelAttrName())) {
    os << "dma#" << shared.getInt();
  } else {
    os << "op" << static_cast<const void *>(op);
  }
  return key;
}

bool ResourceChecker::checkPattern(Operation *op, Value memref,
                                   ArrayRef<OpFoldResult> sizes,
                                   ArrayRef<OpFoldResult> strides,
                                   TileKind kind) {
  auto type = cast<MemRefType>(memref.getType());
  std::optional<SmallVector<int64_t>> constSizes = getConstantIntValues(sizes);
  std::optional<SmallVector<int64_t>> constStrides =
      getConstantIntValues(strides);
  if (!constSizes || !constStrides) {
    op->emitError("cannot check the ")
        << stringifyTileKind(kind)
        << " DMA limits: the access pattern's sizes or strides are dynamic";
    return false;
  }
  std::string whyNot;
  if (succeeded(fitDmaPattern(*constSizes, *constStrides, type.getNumElements(),
                              type.getElementType(), target, kind, whyNot)))
    return true;
  op->emitError(whyNot);
  return false;
}

/// Peak bytes of the buffers of memory level `level` that `counts` selects,
/// live at once in program order (allocation to deallocation, times depth);
/// nested herds are not walked.
int64_t
ResourceChecker::computePeakBytes(Block &block, air::MemoryLevel level,
                                  llvm::function_ref<bool(Value)> counts,
                                  SmallVector<Operation *> &buffers) {
  int64_t live = 0, peak = 0;
  DenseMap<Value, int64_t> sizes;
  std::function<void(Block &)> walk = [&](Block &current) {
    for (Operation &op : current) {
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        if (air::getMemoryLevel(alloc.getResult()) == level && counts(alloc)) {
          int64_t bytes = getBytes(alloc) * getDepth(alloc);
          sizes[alloc] = bytes;
          live += bytes;
          peak = std::max(peak, live);
          buffers.push_back(alloc);
        }
        continue;
      }
      if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        live -= sizes.lookup(dealloc.getMemref());
        continue;
      }
      if (isa<air::HerdOp>(op))
        continue;
      for (Region &region : op.getRegions())
        for (Block &nested : region)
          walk(nested);
    }
  };
  walk(block);
  return peak;
}

bool ResourceChecker::checkChannels(Operation *at, const TileDemand &usage,
                                    StringRef what) {
  const DmaEngineDescription &engine = getDmaEngine(target, usage.kind);
  bool fits = true;
  auto check = [&](const std::map<std::string, SmallVector<Operation *>> &keys,
                   const Fact<int64_t> &available, StringRef direction) {
    if (static_cast<int64_t>(keys.size()) <= available.value)
      return;
    InFlightDiagnostic diag =
        at->emitError() << what << " needs " << keys.size() << " " << direction
                        << " DMA channels; a " << target.name << " "
                        << stringifyTileKind(usage.kind)
                        << (usage.kind == TileKind::Memtile ? "" : " tile")
                        << " has " << available.value << " ("
                        << available.source << ")";
    for (auto [i, entry] : llvm::enumerate(keys))
      diag.attachNote(entry.second.front()->getLoc())
          << direction << " channel " << i << ": " << entry.second.size()
          << " transfer(s)";
    fits = false;
  };
  check(usage.inputs, engine.s2mmChannels, "input (S2MM)");
  check(usage.outputs, engine.mm2sChannels, "output (MM2S)");
  return fits;
}

TileResourceUsage
ResourceChecker::describe(const TileDemand &demand,
                          std::optional<int64_t> capacity) const {
  const DmaEngineDescription &engine = getDmaEngine(target, demand.kind);
  TileResourceUsage usage;
  usage.kind = demand.kind;
  usage.index = demand.index;
  usage.s2mm = demand.inputs.size();
  usage.s2mmAvailable = engine.s2mmChannels.value;
  usage.mm2s = demand.outputs.size();
  usage.mm2sAvailable = engine.mm2sChannels.value;
  usage.bufferDescriptors = demand.bufferDescriptors;
  usage.bufferDescriptorsAvailable = engine.bufferDescriptors.value;
  if (capacity) {
    usage.bytes = demand.peakBytes;
    usage.bytesAvailable = *capacity;
  }
  return usage;
}

bool ResourceChecker::checkHerd(air::HerdOp herd, SegmentResourceUsage &usage) {
  bool fits = true;
  SmallVector<int64_t> shape;
  for (Value size : herd.getSizeOperands())
    shape.push_back(getConstantIntValue(size).value_or(0));
  // mlir-air's herd: dimension 0 along the array's columns, 1 along rows.
  int64_t columns = shape.front();
  int64_t rows = shape.size() == 2 ? shape[1] : 1;
  if (rows > target.coreRows.value || columns > target.columns.value) {
    herd.emitError("herd of ")
        << rows << "x" << columns << " cores (rows x columns) does not fit the "
        << target.name
        << " array of " << target.coreRows.value << "x" << target.columns.value
        << " (" << target.columns.source << ")";
    fits = false;
  }

  TileDemand core;
  core.kind = TileKind::Core;
  WalkResult walk = herd.walk([&](Operation *op) {
    if (auto dma = dyn_cast<air::DmaMemcpyNdOp>(op)) {
      auto transfer = cast<air::TransferOpInterface>(op);
      air::TransferSide read = *transfer.getReadSide();
      air::TransferSide write = *transfer.getWriteSide();
      std::optional<air::MemoryLevel> from = air::getMemoryLevel(read.memref);
      std::optional<air::MemoryLevel> to = air::getMemoryLevel(write.memref);
      bool intoL1 = to == air::MemoryLevel::L1;
      bool outOfL1 = from == air::MemoryLevel::L1;
      if (!intoL1 && !outOfL1) {
        auto name = [](std::optional<air::MemoryLevel> level) {
          return level ? air::stringifyMemoryLevel(*level) : StringRef("L?");
        };
        dma.emitError("herd DMA moves data from ")
            << name(from) << " to " << name(to)
            << " without L1 on either side; a core's DMA can only reach its "
               "own memory (run aie-dma-to-channel)";
        fits = false;
        return WalkResult::advance();
      }
      if (intoL1)
        core.inputs[getKey(op, false)].push_back(op);
      if (outOfL1)
        core.outputs[getKey(op, false)].push_back(op);
      ++core.bufferDescriptors;
      const air::TransferSide &coreSide = intoL1 ? write : read;
      const air::TransferSide &farSide = intoL1 ? read : write;
      fits &= checkPattern(op, coreSide.memref, coreSide.sizes,
                           coreSide.strides, TileKind::Core);
      // The far side runs on the memtile or shim DMA it reaches.
      std::optional<air::MemoryLevel> far = air::getMemoryLevel(farSide.memref);
      if (far == air::MemoryLevel::L3 || far == air::MemoryLevel::L2)
        fits &= checkPattern(op, farSide.memref, farSide.sizes, farSide.strides,
                             far == air::MemoryLevel::L3 ? TileKind::Shim
                                                         : TileKind::Memtile);
    } else if (auto get = dyn_cast<air::ChannelGetOp>(op)) {
      core.inputs[getKey(op, false)].push_back(op);
      ++core.bufferDescriptors;
      fits &= checkPattern(op, get.getDst(), get.getMixedSizes(),
                           get.getMixedStrides(), TileKind::Core);
    } else if (auto put = dyn_cast<air::ChannelPutOp>(op)) {
      core.outputs[getKey(op, false)].push_back(op);
      ++core.bufferDescriptors;
      fits &= checkPattern(op, put.getSrc(), put.getMixedSizes(),
                           put.getMixedStrides(), TileKind::Core);
    }
    return WalkResult::advance();
  });
  (void)walk;
  // Each streamed buffer cycles through `depth` descriptors.
  core.bufferDescriptors *= target.model.bufferDepth.value;
  core.peakBytes = computePeakBytes(
      herd.getRegion().front(), air::MemoryLevel::L1,
      [](Value) { return true; }, core.buffers);
  if (core.peakBytes > target.l1Bytes.value) {
    InFlightDiagnostic diag =
        herd.emitError("each core needs ")
        << core.peakBytes << " bytes of L1 (buffers live at once, times their "
        << "depth); a " << target.name << " core has " << target.l1Bytes.value
        << " (" << target.l1Bytes.source << ")";
    for (Operation *buffer : core.buffers)
      diag.attachNote(buffer->getLoc())
          << getBytes(buffer->getResult(0)) << " bytes x depth "
          << getDepth(buffer->getResult(0));
    fits = false;
  }
  fits &= checkChannels(herd, core, "each core tile of the herd");
  if (core.bufferDescriptors > target.coreDma.bufferDescriptors.value) {
    herd.emitError("each core tile needs ")
        << core.bufferDescriptors << " buffer descriptors; a " << target.name
        << " core tile has " << target.coreDma.bufferDescriptors.value << " ("
        << target.coreDma.bufferDescriptors.source << ")";
    fits = false;
  }
  usage.herd = herd.getSymName() ? herd.getSymName()->str() : "";
  usage.herdShape = {rows, columns};
  usage.core = describe(core, target.l1Bytes.value);
  return fits;
}

SegmentResourceUsage ResourceChecker::checkSegment(Operation *scope) {
  SegmentResourceUsage entry;
  bool fits = true;
  SmallVector<air::HerdOp> herds;
  if (auto herd = dyn_cast<air::HerdOp>(scope))
    herds.push_back(herd);
  else
    scope->walk([&](air::HerdOp herd) { herds.push_back(herd); });
  if (herds.size() > 1) {
    scope->emitError("holds ")
        << herds.size()
        << " herds; aie-check-resources places one herd per segment";
    entry.fits = false;
    return entry;
  }
  int64_t herdColumns = 1;
  if (!herds.empty()) {
    fits &= checkHerd(herds.front(), entry);
    herdColumns =
        getConstantIntValue(herds.front().getSizeOperands().front()).value_or(1);
  }

  std::map<int64_t, TileDemand> memtiles, shims;
  auto memtile = [&](int64_t index) -> TileDemand & {
    TileDemand &usage = memtiles[index];
    usage.kind = TileKind::Memtile;
    usage.index = index;
    return usage;
  };
  auto shim = [&](int64_t index) -> TileDemand & {
    TileDemand &usage = shims[index];
    usage.kind = TileKind::Shim;
    usage.index = index;
    return usage;
  };
  if (isa<air::SegmentOp>(scope)) {
    scope->walk([&](Operation *op) {
      if (op->getParentOfType<air::HerdOp>() || isa<air::HerdOp>(op))
        return;
      // One side of a transfer on `tile`: a channel (by key) and a BD, and
      // the side's pattern against the tile's address generator.
      auto count = [&](TileDemand &tile, bool input, const std::string &key,
                       Value memref, ArrayRef<OpFoldResult> sizes,
                       ArrayRef<OpFoldResult> strides) {
        (input ? tile.inputs : tile.outputs)[key].push_back(op);
        ++tile.bufferDescriptors;
        fits &= checkPattern(op, memref, sizes, strides, tile.kind);
      };
      if (auto dma = dyn_cast<air::DmaMemcpyNdOp>(op)) {
        std::optional<air::MemoryLevel> src = air::getMemoryLevel(dma.getSrc());
        std::optional<air::MemoryLevel> dst = air::getMemoryLevel(dma.getDst());
        std::string key = getKey(op, false);
        auto dstSide = [&](TileDemand &tile) {
          count(tile, /*input=*/true, key, dma.getDst(), dma.getMixedDstSizes(),
                dma.getMixedDstStrides());
        };
        auto srcSide = [&](TileDemand &tile) {
          count(tile, /*input=*/false, key, dma.getSrc(),
                dma.getMixedSrcSizes(), dma.getMixedSrcStrides());
        };
        if (dst == air::MemoryLevel::L2)
          dstSide(memtile(getMemtile(dma.getDst())));
        if (src == air::MemoryLevel::L2)
          srcSide(memtile(getMemtile(dma.getSrc())));
        // Each L2 piece has its own shim DMA in its memtile's column: the
        // shim reads (writes) L3 for an L3 -> L2 (L2 -> L3) DMA.
        if (src == air::MemoryLevel::L3 && dst == air::MemoryLevel::L2)
          srcSide(shim(getMemtile(dma.getDst())));
        if (src == air::MemoryLevel::L2 && dst == air::MemoryLevel::L3)
          dstSide(shim(getMemtile(dma.getSrc())));
      } else if (auto put = dyn_cast<air::ChannelPutOp>(op)) {
        // A broadcast stream leaves its source once.
        Value src = put.getSrc();
        count(air::getMemoryLevel(src) == air::MemoryLevel::L3
                  ? shim(0)
                  : memtile(getMemtile(src)),
              /*input=*/false, getKey(op, true), src, put.getMixedSizes(),
              put.getMixedStrides());
      } else if (auto get = dyn_cast<air::ChannelGetOp>(op)) {
        Value dst = get.getDst();
        count(air::getMemoryLevel(dst) == air::MemoryLevel::L3
                  ? shim(0)
                  : memtile(getMemtile(dst)),
              /*input=*/true, getKey(op, true), dst, get.getMixedSizes(),
              get.getMixedStrides());
      }
    });
  }
  int64_t placeable = std::max(herdColumns, int64_t(1));
  for (auto &[index, usage] : memtiles) {
    usage.peakBytes = computePeakBytes(
        scope->getRegion(0).front(), air::MemoryLevel::L2,
        [&, index = index](Value buffer) {
          return getMemtile(buffer) == index;
        },
        usage.buffers);
    usage.bufferDescriptors *= target.model.bufferDepth.value;
    std::string what = "memtile " + std::to_string(index);
    if (index >= target.columns.value || index >= placeable) {
      scope->emitError() << what << " is outside the herd's " << placeable
                         << " column(s) on the " << target.name << " array of "
                         << target.columns.value << " columns";
      fits = false;
    }
    if (usage.peakBytes > target.memtileBytes.value) {
      InFlightDiagnostic diag =
          scope->emitError()
          << what << " needs " << usage.peakBytes
          << " bytes of L2 (buffers live at once, times their depth); a "
          << target.name << " memtile has " << target.memtileBytes.value << " ("
          << target.memtileBytes.source << ")";
      for (Operation *buffer : usage.buffers)
        diag.attachNote(buffer->getLoc())
            << getBytes(buffer->getResult(0)) << " bytes x depth "
            << getDepth(buffer->getResult(0));
      fits = false;
    }
    fits &= checkChannels(scope, usage, what);
    if (usage.bufferDescriptors > target.memtileDma.bufferDescriptors.value) {
      scope->emitError() << what << " needs " << usage.bufferDescriptors
                         << " buffer descriptors; a " << target.name
                         << " memtile has "
                         << target.memtileDma.bufferDescriptors.value << " ("
                         << target.memtileDma.bufferDescriptors.source << ")";
      fits = false;
    }
    entry.memtiles.push_back(describe(usage, target.memtileBytes.value));
  }
  for (auto &[index, usage] : shims) {
    usage.bufferDescriptors *= target.model.bufferDepth.value;
    std::string what = "shim DMA of column " + std::to_string(index);
    fits &= checkChannels(scope, usage, what);
    if (usage.bufferDescriptors > target.shimDma.bufferDescriptors.value) {
      scope->emitError() << what << " needs " << usage.bufferDescriptors
                         << " buffer descriptors; a " << target.name
                         << " shim tile has "
                         << target.shimDma.bufferDescriptors.value << " ("
                         << target.shimDma.bufferDescriptors.source << ")";
      fits = false;
    }
    entry.shims.push_back(describe(usage, std::nullopt));
  }
  if (auto segment = dyn_cast<air::SegmentOp>(scope))
    entry.segment =
        segment.getSymName() ? segment.getSymName()->str() : std::string();
  entry.fits = fits;
  return entry;
}
