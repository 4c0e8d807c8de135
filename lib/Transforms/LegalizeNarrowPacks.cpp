//===- LegalizeNarrowPacks.cpp - Narrow transposes split at the core ------===//
//
// AIE DMAs move 32-bit words: below 32 bits the innermost dimension of a
// transfer's pattern must be contiguous. A pack into L1 that transposes the
// innermost dimension (a transposed A or B of i8/i16/bf16: the inner tile's
// last dimension runs across the rows of the stored operand) cannot be
// walked by any DMA. This rewrite splits such a `linalg.transpose` in two:
// the transfer into a fresh L1 buffer whose innermost dimension is the
// source's contiguous one (a legal DMA, whole words), then the remaining
// permutation on the core (a transpose within L1, the core-side shuffle),
// into the buffer the compute reads. Both are exact permutations of the
// same elements, so the rewrite needs no legality proof beyond the analysis
// of the source's layout; what it costs (a second L1 buffer, the shuffle's
// cycles) is what aie-check-resources and the model count.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Analysis/DmaPattern.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/AffineExpr.h"

namespace herdflow {
#define GEN_PASS_DEF_LEGALIZENARROWPACKSPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

/// The iteration dimension (a dimension of the pack's target) along which
/// the source is contiguous, or failure with the reason.
static FailureOr<unsigned> findContiguousDim(const Transfer &transfer,
                                             int64_t elementBytes,
                                             std::string &whyNot) {
  const AccessPattern &source = transfer.source;
  std::optional<unsigned> contiguous;
  for (auto [dim, stride] : llvm::enumerate(source.strides)) {
    auto constant = dyn_cast<AffineConstantExpr>(stride);
    if (!constant) {
      whyNot = "the source's strides are not constants";
      return failure();
    }
    // Every other stride lands on a whole word, or no DMA can walk the
    // source.
    if (source.sizes[dim] > 1 && constant.getValue() != 1 &&
        (constant.getValue() * elementBytes) % 4) {
      whyNot = "a source stride is not a whole number of 32-bit words";
      return failure();
    }
    if (constant.getValue() == 1 && source.sizes[dim] > 1)
      contiguous = dim;
  }
  if (!contiguous) {
    whyNot = "no dimension of the source is contiguous";
    return failure();
  }
  if ((source.sizes[*contiguous] * elementBytes) % 4) {
    whyNot = "the source's contiguous rows are not whole 32-bit words";
    return failure();
  }
  return *contiguous;
}

/// True if the innermost dimension that moves more than one element has a
/// unit stride on the source: the DMA walks it as is.
static bool innermostIsContiguous(const AccessPattern &source) {
  for (int64_t dim = source.getRank() - 1; dim >= 0; --dim) {
    if (source.sizes[dim] == 1)
      continue;
    auto constant = dyn_cast<AffineConstantExpr>(source.strides[dim]);
    return constant && constant.getValue() == 1;
  }
  return true;
}

FailureOr<bool> herdflow::legalizeNarrowPack(RewriterBase &rewriter,
                                             linalg::TransposeOp pack,
                                             std::string &whyNot) {
  auto target = dyn_cast<MemRefType>(pack.getInit().getType());
  if (!target || !target.hasStaticShape() ||
      air::getMemoryLevel(pack.getInit()) != air::MemoryLevel::L1 ||
      air::getMemoryLevel(pack.getInput()) == air::MemoryLevel::L1)
    return false;
  // Whole bytes only: the word arithmetic below counts bytes (an i4 would
  // round up to one).
  Type element = target.getElementType();
  std::optional<int64_t> elementBytes = getElementBytes(element);
  if (!elementBytes || *elementBytes >= 4 || !element.isIntOrFloat() ||
      element.getIntOrFloatBitWidth() % 8)
    return false;
  AccessPatternContext context(pack.getContext());
  FailureOr<Transfer> transfer = analyzeTransfer(pack, context, &whyNot);
  if (failed(transfer))
    return failure();
  if (innermostIsContiguous(transfer->source))
    return false;
  FailureOr<unsigned> contiguous =
      findContiguousDim(*transfer, *elementBytes, whyNot);
  if (failed(contiguous))
    return failure();

  // The staging buffer's dims are the target's with the contiguous one moved
  // innermost: order[k] is the target dim staging dim k holds.
  unsigned rank = target.getRank();
  SmallVector<int64_t> order;
  for (unsigned dim = 0; dim < rank; ++dim)
    if (dim != *contiguous)
      order.push_back(dim);
  order.push_back(*contiguous);
  ArrayRef<int64_t> permutation = pack.getPermutation();
  SmallVector<int64_t> stagingShape, stagingPermutation,
      shufflePermutation(rank);
  for (auto [k, dim] : llvm::enumerate(order)) {
    stagingShape.push_back(target.getDimSize(dim));
    stagingPermutation.push_back(permutation[dim]);
    shufflePermutation[dim] = k;
  }

  Location loc = pack.getLoc();
  rewriter.setInsertionPoint(pack);
  auto stagingType = MemRefType::get(stagingShape, target.getElementType(),
                                     AffineMap(), target.getMemorySpace());
  Value staging = memref::AllocOp::create(rewriter, loc, stagingType);
  linalg::TransposeOp::create(rewriter, loc, pack.getInput(), staging,
                              stagingPermutation);
  linalg::TransposeOp::create(rewriter, loc, staging, pack.getInit(),
                              shufflePermutation);
  memref::DeallocOp::create(rewriter, loc, staging);
  rewriter.eraseOp(pack);
  return true;
}

namespace {
struct LegalizeNarrowPacksPass
    : herdflow::impl::LegalizeNarrowPacksPassBase<LegalizeNarrowPacksPass> {
  void runOnOperation() override {
    SmallVector<linalg::TransposeOp> packs;
    getOperation()->walk([&](linalg::TransposeOp op) {
      if (op.hasPureBufferSemantics())
        packs.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::TransposeOp pack : packs) {
      std::string whyNot;
      if (failed(legalizeNarrowPack(rewriter, pack, whyNot)))
        pack.emitRemark("pack into L1 left as is by aie-legalize-narrow-packs "
                        "(no DMA can walk it): ")
            << whyNot;
    }
  }
};
} // namespace
