//===- ResourceChecker.h - What an AIR program asks of each tile ---------===//
//
// The counting behind computeResourceUsage: per core, memtile and shim
// column, the DMA channels (by stream), buffer descriptors and peak bytes a
// channel-form AIR program needs, checked against a target description.
// Internal to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_LIB_TRANSFORMS_RESOURCECHECKER_H
#define HERDFLOW_LIB_TRANSFORMS_RESOURCECHECKER_H

#include "herdflow/Analysis/DmaPattern.h"
#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/ResourceUsage.h"

#include <map>

namespace herdflow {

/// What one tile's DMA engine is asked to do. A key names one stream: the
/// transfers with equal keys share a hardware channel.
struct TileDemand {
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

  /// Checks `segment` (or a lone herd) and everything in it, emitting an
  /// error for each limit exceeded; returns what it uses.
  SegmentResourceUsage checkSegment(mlir::Operation *scope);

private:
  int64_t getDepth(mlir::Value buffer) const;
  int64_t getMemtile(mlir::Value buffer) const;
  std::string getKey(mlir::Operation *op, bool withIndices) const;
  bool checkPattern(mlir::Operation *op, mlir::Value memref,
                    llvm::ArrayRef<mlir::OpFoldResult> sizes,
                    llvm::ArrayRef<mlir::OpFoldResult> strides, TileKind kind);
  bool checkChannels(mlir::Operation *at, const TileDemand &demand,
                     llvm::StringRef what);
  int64_t computePeakBytes(mlir::Block &block, air::MemoryLevel level,
                           llvm::function_ref<bool(mlir::Value)> counts,
                           llvm::SmallVector<mlir::Operation *> &buffers);
  bool checkHerd(air::HerdOp herd, SegmentResourceUsage &usage);
  TileResourceUsage describe(const TileDemand &demand,
                             std::optional<int64_t> capacity) const;

  const TargetDescription &target;
};

/// Bytes of a buffer; the countability check proved the shape static and
/// the element size known for every buffer the checker sees.
inline int64_t getBytes(mlir::Value memref) {
  auto type = llvm::cast<mlir::MemRefType>(memref.getType());
  return type.getNumElements() * *getElementBytes(type.getElementType());
}

} // namespace herdflow

#endif // HERDFLOW_LIB_TRANSFORMS_RESOURCECHECKER_H
