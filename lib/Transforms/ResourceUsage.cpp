//===- ResourceUsage.cpp - What an AIR program asks of the array ---------===//
//
// computeResourceUsage: first what the counts assume (placeability: buffers
// with a size, L1 in herds, herd compute on L1, one core per stream), then
// the per-tile counts of ResourceChecker.cpp and the bytes moved per memory
// level; the report as JSON and as text.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Transforms/ResourceUsage.h"

#include "ResourceChecker.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace herdflow;

llvm::json::Value TileResourceUsage::toJSON() const {
  llvm::json::Object object{
      {"kind", stringifyTileKind(kind)},
      {"index", index},
      {"s2mm", s2mm},
      {"s2mmAvailable", s2mmAvailable},
      {"mm2s", mm2s},
      {"mm2sAvailable", mm2sAvailable},
      {"bufferDescriptors", bufferDescriptors},
      {"bufferDescriptorsAvailable", bufferDescriptorsAvailable}};
  if (bytes)
    object["bytes"] = *bytes;
  if (bytesAvailable)
    object["bytesAvailable"] = *bytesAvailable;
  return object;
}

llvm::json::Value SegmentResourceUsage::toJSON() const {
  llvm::json::Array memtileArray, shimArray;
  for (const TileResourceUsage &tile : memtiles)
    memtileArray.push_back(tile.toJSON());
  for (const TileResourceUsage &tile : shims)
    shimArray.push_back(tile.toJSON());
  llvm::json::Object object{{"segment", segment},
                            {"memtiles", std::move(memtileArray)},
                            {"shims", std::move(shimArray)},
                            {"fits", fits}};
  if (herd)
    object["herd"] = *herd;
  if (herdShape)
    object["herdShape"] = llvm::json::Array{(*herdShape)[0], (*herdShape)[1]};
  if (core)
    object["core"] = core->toJSON();
  return object;
}

llvm::json::Value ResourceUsage::toJSON() const {
  llvm::json::Array segmentArray;
  for (const SegmentResourceUsage &entry : segments)
    segmentArray.push_back(entry.toJSON());
  llvm::json::Object trafficObject;
  for (const auto &[key, total] : traffic)
    trafficObject[key] = total;
  trafficObject["complete"] = trafficComplete;
  return llvm::json::Object{{"target", target},
                            {"fits", fits},
                            {"segments", std::move(segmentArray)},
                            {"traffic", std::move(trafficObject)}};
}

void ResourceUsage::print(llvm::raw_ostream &os) const {
  os << "resource usage on " << target << " (used / available):";
  auto line = [&](const TileResourceUsage &tile, const Twine &label) {
    os << "\n  " << label;
    if (tile.bytes)
      os << "  bytes " << *tile.bytes << " / " << *tile.bytesAvailable;
    os << "  S2MM " << tile.s2mm << " / " << tile.s2mmAvailable << "  MM2S "
       << tile.mm2s << " / " << tile.mm2sAvailable << "  BDs "
       << tile.bufferDescriptors << " / " << tile.bufferDescriptorsAvailable;
  };
  for (const SegmentResourceUsage &entry : segments) {
    os << "\n segment @" << (entry.segment.empty() ? "?" : entry.segment);
    if (entry.core) {
      os << ", herd @" << entry.herd.value_or("") << " "
         << (*entry.herdShape)[0] << "x" << (*entry.herdShape)[1];
      line(*entry.core, "core (each)");
    }
    for (const TileResourceUsage &tile : entry.memtiles)
      line(tile, "memtile " + Twine(tile.index));
    for (const TileResourceUsage &tile : entry.shims)
      line(tile, "shim col " + Twine(tile.index));
  }
}

/// Bytes one transfer side moves; nullopt when a size is dynamic.
static std::optional<int64_t> getPatternBytes(Value memref,
                                              ArrayRef<OpFoldResult> sizes) {
  if (sizes.empty())
    return getBytes(memref);
  int64_t elements = 1;
  for (OpFoldResult size : sizes) {
    std::optional<int64_t> extent = getConstantIntValue(size);
    if (!extent || llvm::MulOverflow(elements, *extent, elements))
      return std::nullopt;
  }
  return elements *
         *getElementBytes(cast<MemRefType>(memref.getType()).getElementType());
}

/// Bytes each kind of transfer moves per run of the module's functions, by
/// memory level pair ("L3->L2", ...): DMAs by their two sides, channel
/// traffic where it is received (a broadcast counts once per receiver).
static void computeTraffic(ModuleOp module, ResourceUsage &usage) {
  std::map<std::string, int64_t> &bytes = usage.traffic;
  SymbolTableCollection symbols;
  DenseMap<Operation *, std::optional<air::MemoryLevel>> putLevels;
  module.walk([&](air::ChannelPutOp put) {
    if (auto decl = symbols.lookupNearestSymbolFrom<air::ChannelOp>(
            put, put.getChanNameAttr()))
      putLevels[decl] = air::getMemoryLevel(put.getSrc());
  });
  auto name = [](std::optional<air::MemoryLevel> level) {
    return (level ? air::stringifyMemoryLevel(*level) : StringRef("L?")).str();
  };
  bool exact = true;
  module.walk([&](Operation *op) {
    std::string key;
    std::optional<int64_t> size;
    if (auto dma = dyn_cast<air::DmaMemcpyNdOp>(op)) {
      key = name(air::getMemoryLevel(dma.getSrc())) + "->" +
            name(air::getMemoryLevel(dma.getDst()));
      size = getPatternBytes(dma.getSrc(), dma.getMixedSrcSizes());
    } else if (auto get = dyn_cast<air::ChannelGetOp>(op)) {
      auto decl = symbols.lookupNearestSymbolFrom<air::ChannelOp>(
          get, get.getChanNameAttr());
      auto level = putLevels.find(decl);
      if (level == putLevels.end())
        return;
      key =
          name(level->second) + "->" + name(air::getMemoryLevel(get.getDst()));
      size = getPatternBytes(get.getDst(), get.getMixedSizes());
    } else {
      return;
    }
    std::optional<int64_t> count = getExecutionBound(op);
    int64_t total;
    if (!count || !size || llvm::MulOverflow(*size, *count, total) ||
        llvm::AddOverflow(bytes[key], total, bytes[key])) {
      exact = false;
      return;
    }
  });
  usage.trafficComplete = exact;
}

/// What the counts below assume, checked first with an error at each op
/// that breaks it: every buffer has a static shape and elements with a size
/// in memory; L1 buffers live in a herd (a core's memory holds them); a
/// herd computes only on L1 (a core reaches no other memory but through its
/// DMAs).
static bool checkCountable(ModuleOp module) {
  bool ok = true;
  auto checkBuffer = [&](Operation *op, Value memref) {
    auto type = dyn_cast<MemRefType>(memref.getType());
    if (!type)
      return;
    if (!getElementBytes(type.getElementType())) {
      op->emitError("cannot count the bytes of ")
          << type << ": its element type has no size in memory";
      ok = false;
    } else if (!type.hasStaticShape()) {
      op->emitError("cannot count the bytes of ")
          << type << ": its shape is dynamic";
      ok = false;
    }
  };
  module.walk([&](Operation *op) {
    if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
      checkBuffer(op, alloc.getResult());
      if (air::getMemoryLevel(alloc.getResult()) == air::MemoryLevel::L1 &&
          !op->getParentOfType<air::HerdOp>()) {
        op->emitError("L1 buffer allocated outside a herd: no core's memory "
                      "holds it");
        ok = false;
      }
      return;
    }
    if (auto transfer = dyn_cast<air::TransferOpInterface>(op)) {
      for (unsigned i = 0, e = transfer.getNumSides(); i < e; ++i)
        checkBuffer(op, transfer.getSide(i).memref);
      auto channelOp = dyn_cast<air::ChannelInterface>(op);
      if (channelOp && !addressesStreamPerCore(op)) {
        SymbolTableCollection symbols;
        FlatSymbolRefAttr name = channelOp.getChanNameAttr();
        auto decl = symbols.lookupNearestSymbolFrom<air::ChannelOp>(op, name);
        if (decl && !decl.getBroadcastShape()) {
          op->emitError("several cores of the herd use one stream of ")
              << name << " without a broadcast: hardware routes a stream to "
              << "one core (index it by the tile ids, or broadcast)";
          ok = false;
        }
      }
      return;
    }
    if (!op->getParentOfType<air::HerdOp>() ||
        isa<memref::DeallocOp, ViewLikeOpInterface>(op))
      return;
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects)
      return;
    SmallVector<MemoryEffects::EffectInstance> instances;
    effects.getEffects(instances);
    for (const MemoryEffects::EffectInstance &instance : instances) {
      Value value = instance.getValue();
      if (!value || !isa<MemRefType>(value.getType()) ||
          !isa<MemoryEffects::Read, MemoryEffects::Write>(instance.getEffect()))
        continue;
      std::optional<air::MemoryLevel> level = air::getMemoryLevel(value);
      if (level == air::MemoryLevel::L1)
        continue;
      op->emitError("a herd computes on ")
          << (level == air::MemoryLevel::L2   ? "an L2"
              : level == air::MemoryLevel::L3 ? "an L3"
                                              : "a non-L1")
          << " buffer; a core reaches only its own L1 (move the data with a "
             "DMA or channel)";
      ok = false;
      return;
    }
  });
  return ok;
}

ResourceUsage herdflow::computeResourceUsage(ModuleOp module,
                                             const TargetDescription &target) {
  ResourceUsage usage;
  usage.target = target.name;
  if (!checkCountable(module)) {
    usage.fits = false;
    usage.trafficComplete = false;
    return usage;
  }
  ResourceChecker checker(target);
  module.walk([&](Operation *op) {
    if (isa<air::SegmentOp>(op) ||
        (isa<air::HerdOp>(op) && !op->getParentOfType<air::SegmentOp>())) {
      usage.segments.push_back(checker.checkSegment(op));
      usage.fits &= usage.segments.back().fits;
    }
  });
  computeTraffic(module, usage);
  return usage;
}
