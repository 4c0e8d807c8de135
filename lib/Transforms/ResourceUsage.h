//===- ResourceUsage.h - What an AIR program asks of each tile -----------===//
//
// The counting behind aie-check-resources: per core, memtile and shim
// column, the DMA channels (by stream), buffer descriptors and peak bytes a
// channel-form AIR program needs, checked against a target description.
// Internal to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_LIB_TRANSFORMS_RESOURCEUSAGE_H
#define HERDFLOW_LIB_TRANSFORMS_RESOURCEUSAGE_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MathExtras.h"

#include <map>
#include <optional>

namespace herdflow {

enum class TileKind { Core, Memtile, Shim };

inline llvm::StringRef stringifyTileKind(TileKind kind) {
  switch (kind) {
  case TileKind::Core:
    return "core";
  case TileKind::Memtile:
    return "memtile";
  case TileKind::Shim:
    return "shim";
  }
  llvm_unreachable("tile kind");
}

/// What one tile's DMA engine is asked to do. A key names one stream: the
/// transfers with equal keys share a hardware channel.
struct TileUsage {
  TileKind kind = TileKind::Core;
  int64_t index = 0;
  std::map<std::string, llvm::SmallVector<mlir::Operation *>> inputs, outputs;
  int64_t bufferDescriptors = 0;
  int64_t peakBytes = 0;
  llvm::SmallVector<mlir::Operation *> buffers;
};

class ResourceChecker {
public:
  ResourceChecker(const TargetDescription &target) : target(target) {}

  /// Checks `segment` (or a lone herd) and everything in it; false if some
  /// limit is exceeded (errors were emitted).
  bool checkSegment(mlir::Operation *scope);
  llvm::json::Array takeReport() { return std::move(report); }

private:
  const DmaEngineDescription &getEngine(TileKind kind) const {
    return kind == TileKind::Core      ? target.coreDma
           : kind == TileKind::Memtile ? target.memtileDma
                                       : target.shimDma;
  }
  int64_t getDepth(mlir::Value buffer) const;
  int64_t getMemtile(mlir::Value buffer) const;
  std::string getKey(mlir::Operation *op, bool withIndices) const;
  bool checkPattern(mlir::Operation *op, mlir::Value memref,
                    llvm::ArrayRef<mlir::OpFoldResult> sizes,
                    llvm::ArrayRef<mlir::OpFoldResult> strides, TileKind kind);
  bool checkChannels(mlir::Operation *at, const TileUsage &usage,
                     llvm::StringRef what);
  int64_t computePeakBytes(mlir::Block &block, air::MemoryLevel level,
                           llvm::function_ref<bool(mlir::Value)> counts,
                           llvm::SmallVector<mlir::Operation *> &buffers);
  bool checkHerd(air::HerdOp herd, llvm::json::Object &entry);
  llvm::json::Object describe(const TileUsage &usage, int64_t capacity) const;

  const TargetDescription &target;
  llvm::json::Array report;
  bool ok = true;
};

/// Bytes of one element: integers and floats by their bit width, vectors of
/// them by their size; nullopt for types without a size in memory (index,
/// opaque types), which no buffer count can hold.
inline std::optional<int64_t> getElementBytes(mlir::Type type) {
  if (type.isIntOrFloat())
    return llvm::divideCeil(type.getIntOrFloatBitWidth(), 8);
  if (auto vector = llvm::dyn_cast<mlir::VectorType>(type);
      vector && !vector.isScalable() && vector.getElementType().isIntOrFloat())
    return vector.getNumElements() *
           llvm::divideCeil(vector.getElementTypeBitWidth(), 8);
  return std::nullopt;
}

/// Bytes of a buffer; checkCountable proved the shape static and the
/// element size known for every buffer the checker sees.
inline int64_t getBytes(mlir::Value memref) {
  auto type = llvm::cast<mlir::MemRefType>(memref.getType());
  return type.getNumElements() * *getElementBytes(type.getElementType());
}

} // namespace herdflow

#endif // HERDFLOW_LIB_TRANSFORMS_RESOURCEUSAGE_H
