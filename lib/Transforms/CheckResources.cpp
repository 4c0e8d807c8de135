//===- CheckResources.cpp - Does an AIR program fit the AIE array? --------===//
//
// aie-check-resources: first what the counts assume (placeability: buffers
// with a size, L1 in herds, herd compute on L1, one core per stream), then
// the per-tile counts of ResourceUsage.cpp, the bytes moved per memory
// level, and the report.
//
//===----------------------------------------------------------------------===//

#include "ResourceUsage.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

namespace herdflow {
#define GEN_PASS_DEF_CHECKRESOURCESPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

static std::string formatReport(const TargetDescription &target,
                                const llvm::json::Array &segments) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "resource usage on " << target.name << " (used / available):";
  auto line = [&](const llvm::json::Object &tile, StringRef label) {
    os << "\n  " << label;
    if (auto bytes = tile.getInteger("bytes"))
      os << "  bytes " << *bytes << " / " << *tile.getInteger("bytesAvailable");
    os << "  S2MM " << *tile.getInteger("s2mm") << " / "
       << *tile.getInteger("s2mmAvailable") << "  MM2S "
       << *tile.getInteger("mm2s") << " / " << *tile.getInteger("mm2sAvailable")
       << "  BDs " << *tile.getInteger("bufferDescriptors") << " / "
       << *tile.getInteger("bufferDescriptorsAvailable");
  };
  for (const llvm::json::Value &value : segments) {
    const llvm::json::Object &segment = *value.getAsObject();
    os << "\n segment @" << segment.getString("segment").value_or("?");
    if (const llvm::json::Object *core = segment.getObject("core")) {
      const llvm::json::Array &shape = *segment.getArray("herdShape");
      os << ", herd @" << segment.getString("herd").value_or("?") << " "
         << *shape[0].getAsInteger() << "x" << *shape[1].getAsInteger();
      line(*core, "core (each)");
    }
    for (const llvm::json::Value &tile : *segment.getArray("memtiles"))
      line(*tile.getAsObject(),
           "memtile " +
               std::to_string(*tile.getAsObject()->getInteger("index")));
    for (const llvm::json::Value &tile : *segment.getArray("shims"))
      line(*tile.getAsObject(),
           "shim col " +
               std::to_string(*tile.getAsObject()->getInteger("index")));
  }
  return text;
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
static llvm::json::Object computeTraffic(ModuleOp module) {
  std::map<std::string, int64_t> bytes;
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
  llvm::json::Object traffic;
  for (auto &[key, total] : bytes)
    traffic[key] = total;
  traffic["complete"] = exact;
  return traffic;
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

llvm::json::Object herdflow::checkResources(ModuleOp module,
                                            const TargetDescription &target) {
  ResourceChecker checker(target);
  if (!checkCountable(module))
    return llvm::json::Object{{"target", target.name},
                              {"segments", llvm::json::Array()},
                              {"traffic", llvm::json::Object()},
                              {"fits", false}};
  bool fits = true;
  module.walk([&](Operation *op) {
    if (isa<air::SegmentOp>(op) ||
        (isa<air::HerdOp>(op) && !op->getParentOfType<air::SegmentOp>()))
      fits &= checker.checkSegment(op);
  });
  return llvm::json::Object{{"target", target.name},
                            {"segments", checker.takeReport()},
                            {"traffic", computeTraffic(module)},
                            {"fits", fits}};
}

namespace {
struct CheckResourcesPass
    : public WithTargetOptionCheck<
          herdflow::impl::CheckResourcesPassBase<CheckResourcesPass>> {
  using WithTargetOptionCheck::WithTargetOptionCheck;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    const TargetDescription *description = lookupTargetDescription(target);
    if (!description) {
      // At the location only: printing the op would dump the module.
      emitError(module.getLoc()) << *diagnoseUnknownTarget(target);
      return signalPassFailure();
    }
    llvm::json::Object result = checkResources(module, *description);
    bool fits = *result.getBoolean("fits");
    if (report)
      // At the module's location without printing the module.
      emitRemark(module.getLoc(),
                 formatReport(*description, *result.getArray("segments")));
    if (!reportFile.empty()) {
      std::error_code error;
      llvm::raw_fd_ostream file(reportFile, error);
      if (error) {
        module.emitError("cannot write the resource report to '")
            << reportFile << "': " << error.message();
        return signalPassFailure();
      }
      file << llvm::formatv("{0:2}", llvm::json::Value(std::move(result)));
    }
    if (!fits)
      signalPassFailure();
  }
};
} // namespace
