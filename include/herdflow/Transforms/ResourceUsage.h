//===- ResourceUsage.h - What an AIR program asks of the array --*- C++ -*-===//
//
// The analysis behind aie-check-resources: per core, memtile and shim column,
// the DMA channels, buffer descriptors and bytes a channel-form AIR program
// needs, against what a target description says each tile has, and the
// bytes it moves between memory levels. aie-check-resources turns it into
// diagnostics; the Python bindings hand it over as JSON.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_TRANSFORMS_RESOURCEUSAGE_H
#define HERDFLOW_TRANSFORMS_RESOURCEUSAGE_H

#include "herdflow/Analysis/DmaPattern.h"
#include "herdflow/Target/TargetDescription.h"

#include "mlir/IR/BuiltinOps.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace herdflow {

/// One tile's DMA engine (and memory): used against available.
struct TileResourceUsage {
  TileKind kind = TileKind::Core;
  /// Memtile index or shim column; 0 for the cores of a herd.
  int64_t index = 0;
  int64_t s2mm = 0, s2mmAvailable = 0;
  int64_t mm2s = 0, mm2sAvailable = 0;
  int64_t bufferDescriptors = 0, bufferDescriptorsAvailable = 0;
  /// Peak bytes of L1 per core or of L2 per memtile; none for a shim.
  std::optional<int64_t> bytes, bytesAvailable;

  llvm::json::Value toJSON() const;
};

/// One segment (or lone herd) and the tiles it occupies.
struct SegmentResourceUsage {
  std::string segment;
  /// The segment's herd: its name, shape (rows, columns) and each core.
  std::optional<std::string> herd;
  std::optional<std::array<int64_t, 2>> herdShape;
  std::optional<TileResourceUsage> core;
  std::vector<TileResourceUsage> memtiles, shims;
  bool fits = true;

  llvm::json::Value toJSON() const;
};

/// What a program asks of `target`: tiles per segment and the bytes moved
/// per run by level pair ("L3->L2", ...). Traffic is counted into each
/// receiver: a DMA by its bytes, a channel get by what it receives (a
/// broadcast once per receiving core).
struct ResourceUsage {
  std::string target;
  bool fits = true;
  std::vector<SegmentResourceUsage> segments;
  std::map<std::string, int64_t> traffic;
  /// False when some loop's trip count is not static (traffic incomplete).
  bool trafficComplete = true;

  /// {"target", "fits", "segments": [{"segment", "herd", "herdShape",
  /// "core", "memtiles", "shims", "fits"}], "traffic": {..., "complete"}}.
  llvm::json::Value toJSON() const;
  /// The report as aie-check-resources{report=true} prints it.
  void print(llvm::raw_ostream &os) const;
};

/// Checks every segment (and lone herd) of `module` against `target`,
/// emitting an error at the op responsible for each limit exceeded (and
/// for each op whose resources cannot be counted).
ResourceUsage computeResourceUsage(mlir::ModuleOp module,
                                   const TargetDescription &target);

} // namespace herdflow

#endif // HERDFLOW_TRANSFORMS_RESOURCEUSAGE_H
