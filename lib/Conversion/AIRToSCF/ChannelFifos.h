//===- ChannelFifos.h - AIR channels as FIFOs on the CPU ------------------===//

#ifndef HERDFLOW_CONVERSION_AIRTOSCF_CHANNELFIFOS_H
#define HERDFLOW_CONVERSION_AIRTOSCF_CHANNELFIFOS_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/MapVector.h"

namespace herdflow::air_to_scf {

/// The CPU form of one air.channel: every stream is a FIFO of elements in one
/// flat buffer, with a write position per stream and a read position per
/// consumer (a broadcast stream has several). The programs are Kahn process
/// networks, so any sequential order in which no get runs before its put
/// computes what the concurrent array computes.
struct ChannelFifo {
  llvm::SmallVector<int64_t> shape;
  /// Consumers of one stream: the broadcast extents of the size-1 dims.
  llvm::SmallVector<int64_t> consumerShape;
  int64_t numConsumers = 1;
  /// Elements one stream may hold at once: all that can be put on the
  /// channel within one instance of the innermost hierarchy op (or function)
  /// around its puts and gets. A stream that has been read completely by all
  /// its consumers starts over at position 0.
  int64_t capacity = 0;
  mlir::Type elementType;
  mlir::FunctionOpInterface function;
  mlir::Value storage, writePositions, readPositions;

  int64_t getNumStreams() const {
    int64_t count = 1;
    for (int64_t extent : shape)
      count *= extent;
    return count;
  }
};

using ChannelFifos = llvm::MapVector<air::ChannelOp, ChannelFifo>;

/// Sizes the FIFO of every channel used under `root` (must run while the
/// hierarchy ops still exist); an error at the op that prevents it.
mlir::FailureOr<ChannelFifos> analyzeChannels(mlir::Operation *root);

/// Allocates (at function entry) and frees (at every return) a FIFO.
void createFifoStorage(mlir::RewriterBase &rewriter, ChannelFifo &fifo,
                       mlir::Location loc);

/// A put appends its pattern's elements to its stream; a get copies the
/// oldest ones into its pattern (cf.assert on overflow and on a get before
/// its put).
mlir::LogicalResult lowerPut(mlir::RewriterBase &rewriter,
                             air::ChannelPutOp put, const ChannelFifo &fifo);
mlir::LogicalResult lowerGet(mlir::RewriterBase &rewriter,
                             air::ChannelGetOp get, const ChannelFifo &fifo);

} // namespace herdflow::air_to_scf

#endif // HERDFLOW_CONVERSION_AIRTOSCF_CHANNELFIFOS_H
