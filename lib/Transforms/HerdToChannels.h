//===- HerdToChannels.h - The rewrite behind aie-dma-to-channel ----------===//
//
// One herd (and the segment around it) into the channel form: match() decides
// everything (HerdToChannelsMatch.cpp: roles, instances, control flow, memory
// effects, per-core bounds) and rewrite() cannot fail (DMAToChannel.cpp).
// Internal to lib/Transforms.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_LIB_TRANSFORMS_HERDTOCHANNELS_H
#define HERDFLOW_LIB_TRANSFORMS_HERDTOCHANNELS_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Transforms.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

#include <string>

namespace herdflow {

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
  llvm::SmallVector<bool> instanceDims;
  std::string channel;
};

using Coordinates = llvm::SmallVector<int64_t, 2>;

/// Rewrites one herd (and the segment around it) into the channel form.
class HerdToChannels {
public:
  HerdToChannels(mlir::RewriterBase &rewriter, air::HerdOp herd,
                 mlir::SymbolTable &symbols, unsigned &nextChannelId)
      : rewriter(rewriter), herd(herd), symbols(symbols),
        nextChannelId(nextChannelId) {}

  /// Checks that the herd has the form this rewrite handles; on failure
  /// `whyNot` says why and nothing has changed. Succeeds with nothing to do
  /// when no transfer needs to move.
  mlir::LogicalResult match(std::string &whyNot);
  bool hasWork() const { return !transfers.empty(); }
  void rewrite();

private:
  llvm::SmallVector<bool> getTileDependence(mlir::Value value);
  bool dependsOnTileIds(mlir::Value value) {
    return llvm::is_contained(getTileDependence(value), true);
  }
  llvm::SmallVector<mlir::Value>
  getSegmentSideOperands(const HerdTransfer &transfer);
  mlir::LogicalResult checkControlFlow(mlir::Operation *op,
                                       std::string &whyNot);
  mlir::LogicalResult checkMemoryEffects(std::string &whyNot);
  mlir::LogicalResult checkInstancePatterns(std::string &whyNot);

  void declareChannel(HerdTransfer &transfer);
  void mirror(mlir::Block &block, mlir::OpBuilder &builder,
              mlir::IRMapping base,
              const llvm::DenseSet<mlir::Operation *> &selected,
              const llvm::DenseSet<mlir::Operation *> &needed);
  void emitSegmentSide(mlir::Operation *op, mlir::OpBuilder &builder,
                       const mlir::IRMapping &base);
  mlir::Value materialize(mlir::Value value, mlir::OpBuilder &builder,
                          mlir::IRMapping &mapping);
  llvm::SmallVector<Coordinates>
  enumerateInstances(llvm::ArrayRef<bool> dims) const;
  /// The memtile of the instance at `at` of an L2 buffer staged per `dims`:
  /// piece i of a split buffer lives in herd column i's memtile, so a buffer
  /// per core or per column goes to its column, one per row only to the
  /// row's index modulo the columns.
  int64_t getMemtile(llvm::ArrayRef<bool> dims, const Coordinates &at) const;
  int64_t linearize(const Coordinates &at) const {
    int64_t linear = 0;
    for (auto [coordinate, extent] : llvm::zip_equal(at, herdShape))
      linear = linear * extent + coordinate;
    return linear;
  }

  mlir::RewriterBase &rewriter;
  air::HerdOp herd;
  mlir::SymbolTable &symbols;
  unsigned &nextChannelId;
  llvm::SmallVector<int64_t> herdShape;
  llvm::SmallVector<HerdTransfer> transfers;
  llvm::DenseMap<mlir::Operation *, unsigned> transferIndex;
  /// Herd-local L2 buffers and the herd dims their contents depend on.
  llvm::MapVector<mlir::memref::AllocOp, llvm::SmallVector<bool>> stagedBuffers;
  llvm::DenseMap<std::pair<mlir::Operation *, int64_t>, mlir::Value>
      stagedInstances;
  llvm::DenseMap<mlir::Value, llvm::SmallVector<bool>> dependenceCache;
  /// The segment-side gets of herd write-backs, with their core.
  llvm::SmallVector<WriteBack> writeBackGets;
};

} // namespace herdflow

#endif // HERDFLOW_LIB_TRANSFORMS_HERDTOCHANNELS_H
