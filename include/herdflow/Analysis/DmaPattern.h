//===- DmaPattern.h - Access patterns on AIE DMA address generators -*- C++
//-*-===//
//
// The one place that decides whether a transfer's access pattern can be
// walked by a tile's DMA: which tile kind serves a memory level, how a
// pattern shortens (dims of size 1 dropped, contiguous dims merged), and
// whether the shortened pattern fits the address generator of the target
// description (dimensions, repeat, wraps, strides, the 32-bit word rule).
// Used by copy-to-dma, unpeeling, the resource check and, through the Python
// bindings, the performance model.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_ANALYSIS_DMAPATTERN_H
#define HERDFLOW_ANALYSIS_DMAPATTERN_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"

#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace herdflow {

/// The tiles whose DMA engines move data: a core (its L1), a memtile (L2),
/// a shim (L3, in its column).
enum class TileKind { Core, Memtile, Shim };

llvm::StringRef stringifyTileKind(TileKind kind);

/// The tile kind whose DMA reaches memory level `level`.
TileKind getTileKind(air::MemoryLevel level);

/// The DMA engine description of `kind` in `target`.
const DmaEngineDescription &getDmaEngine(const TargetDescription &target,
                                         TileKind kind);

/// Bytes of one element: integers and floats by their bit width, vectors of
/// them by their size; nullopt for types without a size in memory (index,
/// opaque types).
std::optional<int64_t> getElementBytes(mlir::Type type);

/// Drops the dims of size 1 of a pattern (sizes, strides, outermost first)
/// and merges adjacent dims that are contiguous: the same elements in the
/// same order. Leaves the lists empty for a single element.
void mergeContiguousDims(llvm::SmallVectorImpl<int64_t> &sizes,
                         llvm::SmallVectorImpl<int64_t> &strides);

/// A pattern as one buffer descriptor walks it.
struct DmaDescriptorShape {
  /// The shortened pattern, outermost first, in elements.
  llvm::SmallVector<int64_t> sizes, strides;
  /// The outermost dim is the engine's repeat dimension.
  bool usesRepeat = false;
};

/// Fits a pattern with static `sizes` and `strides` (in elements of
/// `elementType`, outermost first; both empty: `numElements` contiguous
/// elements) to the address generator of `kind` on `target`. Fails with the
/// limit it breaks, and that limit's source, in `whyNot`.
mlir::FailureOr<DmaDescriptorShape>
fitDmaPattern(llvm::ArrayRef<int64_t> sizes, llvm::ArrayRef<int64_t> strides,
              int64_t numElements, mlir::Type elementType,
              const TargetDescription &target, TileKind kind,
              std::string &whyNot);

} // namespace herdflow

#endif // HERDFLOW_ANALYSIS_DMAPATTERN_H
