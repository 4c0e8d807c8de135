//===- TargetDescription.h - AIE target facts -------------------*- C++ -*-===//
//
// The facts herdflow's passes and models need about an AIE array (array shape,
// clock, MACs/cycle, intrinsic shapes, memory sizes, DMA limits, stream
// bandwidth), each with its source. They are defined once, in
// lib/Target/targets.json, which this library embeds at build time and the
// Python package installs; no pass or model holds a hardware literal.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_TARGET_TARGETDESCRIPTION_H
#define HERDFLOW_TARGET_TARGETDESCRIPTION_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace herdflow {

/// One number of a target description with the place it comes from.
template <typename T> struct Fact {
  T value{};
  std::string source;
};

/// The DMA engines of one tile kind (core, memtile or shim).
struct DmaEngineDescription {
  Fact<int64_t> s2mmChannels;
  Fact<int64_t> mm2sChannels;
  Fact<int64_t> bufferDescriptors;
  /// Dimensions of one buffer descriptor's address generator.
  Fact<int64_t> dims;
  /// Largest size (wrap) of one dimension.
  Fact<int64_t> maxWrap;
  /// Largest stride, in 32-bit words.
  Fact<int64_t> maxStrideWords;
  /// Largest repeat count of the extra repeat dimension (1: none).
  Fact<int64_t> maxRepeat;
};

/// Parameters of the performance model that have no vendor number.
struct ModelParameters {
  /// Fraction of the peak MACs/cycle a kernel sustains, by kernel kind
  /// ("direct": the compute herdflow emits, vectorized by the compiler;
  /// "external": a hand-written microkernel) and input element type.
  llvm::StringMap<llvm::StringMap<Fact<double>>> kernelEfficiency;
  Fact<int64_t> transferSetupCycles;
  Fact<int64_t> bufferDepth;
  Fact<double> dispatchMicroseconds;
  Fact<double> reconfigurationMicroseconds;
  /// Bits of operands an elementwise op (an epilogue) processes per cycle.
  Fact<int64_t> elementwiseBitsPerCycle;
  /// Bits a core's vector store unit writes per cycle (bounds a transpose
  /// within L1).
  Fact<int64_t> storeBitsPerCycle;
};

/// Everything herdflow knows about one target. Element types are keyed by
/// their MLIR spelling: "i8", "i16", "i32", "bf16", "f32".
struct TargetDescription {
  std::string name;
  std::string summary;
  Fact<int64_t> columns;
  Fact<int64_t> coreRows;
  Fact<double> clockGHz;
  llvm::StringMap<Fact<int64_t>> macsPerCycle;
  /// Native matmul intrinsic shapes as published: m x k x n.
  llvm::StringMap<Fact<std::array<int64_t, 3>>> intrinsicMKN;
  Fact<int64_t> l1Bytes;
  Fact<int64_t> l1Banks;
  Fact<int64_t> memtileBytes;
  DmaEngineDescription coreDma;
  DmaEngineDescription memtileDma;
  DmaEngineDescription shimDma;
  Fact<int64_t> streamBytesPerCycle;
  Fact<double> ddrGBps;
  ModelParameters model;

  int64_t numCores() const { return columns.value * coreRows.value; }

  /// Pack sizes in herdflow's (m, n, k) order for `elementType`, converted
  /// from the intrinsic's m x k x n; std::nullopt for an unknown type.
  std::optional<std::array<int64_t, 3>>
  packSizes(llvm::StringRef elementType) const;

  /// The description as JSON, in the layout of targets.json.
  llvm::json::Value toJSON() const;
};

/// Names of all described targets, sorted.
llvm::SmallVector<llvm::StringRef> getTargetNames();

/// The description of `name`, or nullptr if there is none. Parsed once from
/// the embedded targets.json; a malformed file is a build defect and aborts
/// with the JSON path of the offending field.
const TargetDescription *lookupTargetDescription(llvm::StringRef name);

/// "unknown target 'x' (one of: npu1, npu4)" unless `name` is described.
std::optional<std::string> diagnoseUnknownTarget(llvm::StringRef name);

/// The most cores any described target has: the bound for a pass without a
/// target that enumerates the cores of a herd (a larger herd cannot be
/// placed anywhere).
int64_t getMaxCoresOfAnyTarget();

/// The embedded targets.json text, exactly as in the source tree.
llvm::StringRef getTargetDescriptionsJSONText();

} // namespace herdflow

#endif // HERDFLOW_TARGET_TARGETDESCRIPTION_H
