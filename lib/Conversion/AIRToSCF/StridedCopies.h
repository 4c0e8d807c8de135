//===- StridedCopies.h - AIR transfers as loops of loads and stores -------===//
//
// The pieces aie-air-to-loops shares between DMAs and channel FIFOs: a
// transfer side as a flat view of its buffer with its pattern, and the copy
// of element k of one side to element k of another.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_CONVERSION_AIRTOSCF_STRIDEDCOPIES_H
#define HERDFLOW_CONVERSION_AIRTOSCF_STRIDEDCOPIES_H

#include "mlir/IR/PatternMatch.h"

namespace herdflow::air_to_scf {

/// One side of a DMA: a 1-D view of the whole buffer and its pattern.
struct DmaSide {
  mlir::Value flat;
  /// Added to every linear position (a FIFO's read or write position).
  mlir::Value base;
  llvm::SmallVector<mlir::Value> offsets, sizes, strides;
};

/// The side of `memref` with the given lists (empty: the whole buffer in
/// row-major order) at the rewriter's insertion point; an error at `op`
/// naming `role` when the buffer cannot be viewed flat.
mlir::FailureOr<DmaSide> prepareSide(mlir::RewriterBase &rewriter,
                                     mlir::Location loc, mlir::Value memref,
                                     llvm::ArrayRef<mlir::OpFoldResult> offsets,
                                     llvm::ArrayRef<mlir::OpFoldResult> sizes,
                                     llvm::ArrayRef<mlir::OpFoldResult> strides,
                                     mlir::Operation *op, llvm::StringRef role);

/// Copies element k of the `src` pattern to element k of the `dst` pattern.
void copyPattern(mlir::RewriterBase &rewriter, mlir::Location loc,
                 const DmaSide *src, const DmaSide *dst);

/// Replaces the token of an async AIR op by a fresh one, so its users stay
/// valid until the tokens are dropped at the end.
void replaceToken(mlir::RewriterBase &rewriter, mlir::Operation *op,
                  mlir::Value token);

} // namespace herdflow::air_to_scf

#endif // HERDFLOW_CONVERSION_AIRTOSCF_STRIDEDCOPIES_H
