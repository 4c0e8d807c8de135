//===- Transfer.cpp - Copy-like ops as pairs of access patterns -----------===//
//
// A copy-like op (linalg.copy, memref.copy, linalg.transpose, a permuting
// linalg.generic) as its two access patterns in one iteration space, what
// kind of transfer it is (copy, pack, unpack), and the questions the passes
// ask of pairs of them: same elements, undoing each other, the same stream
// at another iteration.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Analysis/DmaPattern.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/AffineExprVisitor.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace herdflow;

static AffineExpr simplify(AffineExpr expr) {
  return simplifyPatternExpr(expr);
}

static LogicalResult fail(std::string *reason, const Twine &message) {
  if (reason)
    *reason = message.str();
  return failure();
}

//===----------------------------------------------------------------------===//
// Transfers
//===----------------------------------------------------------------------===//

StringRef herdflow::stringifyTransferKind(TransferKind kind) {
  switch (kind) {
  case TransferKind::Copy:
    return "copy";
  case TransferKind::Pack:
    return "pack";
  case TransferKind::Unpack:
    return "unpack";
  case TransferKind::LocalPermutation:
    return "local permutation";
  }
  llvm_unreachable("unknown transfer kind");
}

/// For a permute-only linalg.generic: for each iteration dimension, the input
/// dimension it reads (the output's maps define the iteration space).
static std::optional<SmallVector<unsigned>>
getGenericPermutation(linalg::GenericOp generic) {
  if (generic.getNumDpsInputs() != 1 || generic.getNumDpsInits() != 1 ||
      generic.getNumReductionLoops() != 0)
    return std::nullopt;
  Block &body = generic.getRegion().front();
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || body.getOperations().size() != 1 ||
      yield.getNumOperands() != 1 || yield.getOperand(0) != body.getArgument(0))
    return std::nullopt;
  AffineMap inputMap = generic.getIndexingMapsArray()[0];
  AffineMap outputMap = generic.getIndexingMapsArray()[1];
  if (!inputMap.isPermutation() || !outputMap.isPermutation())
    return std::nullopt;
  // Iteration dim of output dim k is outputMap.getDimPosition(k); the input
  // dim read at that iteration dim is the one whose map result equals it.
  SmallVector<unsigned> permutation;
  for (unsigned k = 0; k < outputMap.getNumResults(); ++k) {
    unsigned iterationDim = outputMap.getDimPosition(k);
    for (unsigned j = 0; j < inputMap.getNumResults(); ++j)
      if (inputMap.getDimPosition(j) == iterationDim)
        permutation.push_back(j);
  }
  return permutation;
}

bool herdflow::isCopyLike(Operation *op) {
  Value source, target;
  if (auto copy = dyn_cast<memref::CopyOp>(op)) {
    source = copy.getSource();
    target = copy.getTarget();
  } else if (isa<linalg::CopyOp, linalg::TransposeOp>(op) ||
             (isa<linalg::GenericOp>(op) &&
              getGenericPermutation(cast<linalg::GenericOp>(op)))) {
    auto dps = cast<DestinationStyleOpInterface>(op);
    if (dps.getNumDpsInputs() != 1 || dps.getNumDpsInits() != 1)
      return false;
    source = dps.getDpsInputs()[0];
    target = dps.getDpsInits()[0];
  } else {
    return false;
  }
  // Ranked buffers of one element type: anything else converts or is not
  // bufferized, and moves no data as a DMA could.
  auto sourceType = dyn_cast<MemRefType>(source.getType());
  auto targetType = dyn_cast<MemRefType>(target.getType());
  return sourceType && targetType &&
         sourceType.getElementType() == targetType.getElementType();
}

/// True if visiting the pattern's dims in order visits its storage in
/// descending stride order (dims of size 1 ignored); unknown (symbolic)
/// strides count as in order.
static bool isStorageOrdered(const AccessPattern &pattern) {
  std::optional<int64_t> previous;
  for (auto [size, stride] : llvm::zip_equal(pattern.sizes, pattern.strides)) {
    if (size == 1)
      continue;
    auto constant = dyn_cast<AffineConstantExpr>(stride);
    if (!constant)
      continue;
    if (previous && constant.getValue() > *previous)
      return false;
    previous = constant.getValue();
  }
  return true;
}

FailureOr<Transfer> herdflow::analyzeTransfer(Operation *op,
                                              AccessPatternContext &context,
                                              std::string *reason) {
  if (!isCopyLike(op))
    return fail(reason, "not a copy-like op");
  Value source, target;
  SmallVector<unsigned> permutation;
  if (auto copy = dyn_cast<memref::CopyOp>(op)) {
    source = copy.getSource();
    target = copy.getTarget();
  } else if (auto copy = dyn_cast<linalg::CopyOp>(op)) {
    source = copy.getInputs()[0];
    target = copy.getOutputs()[0];
  } else if (auto transpose = dyn_cast<linalg::TransposeOp>(op)) {
    source = transpose.getInput();
    target = transpose.getInit();
    // Output dim k is input dim permutation[k].
    permutation = llvm::map_to_vector(transpose.getPermutation(),
                                      [](int64_t d) { return unsigned(d); });
  } else {
    auto generic = cast<linalg::GenericOp>(op);
    source = generic.getDpsInputs()[0];
    target = generic.getDpsInits()[0];
    permutation = *getGenericPermutation(generic);
  }
  if (!isa<MemRefType>(source.getType()) || !isa<MemRefType>(target.getType()))
    return fail(reason, "operands are not memrefs");

  FailureOr<AccessPattern> sourcePattern =
      computeAccessPattern(source, context, reason);
  if (failed(sourcePattern))
    return failure();
  FailureOr<AccessPattern> targetPattern =
      computeAccessPattern(target, context, reason);
  if (failed(targetPattern))
    return failure();

  // Express the source in the target's iteration space.
  if (!permutation.empty()) {
    SmallVector<int64_t> sizes;
    SmallVector<AffineExpr> strides;
    for (unsigned d : permutation) {
      sizes.push_back(sourcePattern->sizes[d]);
      strides.push_back(sourcePattern->strides[d]);
    }
    sourcePattern->sizes = std::move(sizes);
    sourcePattern->strides = std::move(strides);
  }
  if (sourcePattern->sizes != targetPattern->sizes)
    return fail(reason, "source and target shapes differ");

  Transfer transfer{op, *sourcePattern, *targetPattern, TransferKind::Copy};
  bool ordered =
      isStorageOrdered(transfer.source) && isStorageOrdered(transfer.target);
  std::optional<air::MemoryLevel> from = transfer.source.getMemoryLevel();
  std::optional<air::MemoryLevel> to = transfer.target.getMemoryLevel();
  if (!ordered) {
    if (from == to)
      transfer.kind = TransferKind::LocalPermutation;
    else
      transfer.kind = to > from ? TransferKind::Pack : TransferKind::Unpack;
  }
  return transfer;
}

bool herdflow::equalUpToInductionVariable(const AccessPattern &a,
                                          const AccessPattern &b, Value iv,
                                          AccessPatternContext &context) {
  if (a.base != b.base || a.sizes != b.sizes ||
      !llvm::equal(a.strides, b.strides))
    return false;
  // The offsets may differ only in terms of `iv`: zero it in both.
  AffineExpr ivExpr =
      context.getSymbolExpr({PatternSymbol::Kind::Value, iv, 0});
  AffineExpr zero = getAffineConstantExpr(0, context.getContext());
  auto withoutIv = [&](AffineExpr expr) {
    return simplify(expr.replace(ivExpr, zero));
  };
  return withoutIv(a.offset) == withoutIv(b.offset);
}

/// (stride, size) pairs of a pattern with constant strides, sorted by
/// decreasing stride, dims of size 1 dropped and contiguous dims merged.
static std::optional<SmallVector<std::pair<int64_t, int64_t>>>
getCanonicalDims(const AccessPattern &pattern) {
  SmallVector<std::pair<int64_t, int64_t>> dims;
  for (auto [size, stride] : llvm::zip_equal(pattern.sizes, pattern.strides)) {
    if (size == 1)
      continue;
    auto constant = dyn_cast<AffineConstantExpr>(simplify(stride));
    if (!constant)
      return std::nullopt;
    dims.push_back({constant.getValue(), size});
  }
  llvm::stable_sort(dims, [](auto a, auto b) { return a.first > b.first; });
  SmallVector<int64_t> sizes, strides;
  for (auto [stride, size] : dims) {
    sizes.push_back(size);
    strides.push_back(stride);
  }
  mergeContiguousDims(sizes, strides);
  SmallVector<std::pair<int64_t, int64_t>> merged;
  for (auto [size, stride] : llvm::zip_equal(sizes, strides))
    merged.push_back({stride, size});
  return merged;
}

bool herdflow::touchSameElements(const AccessPattern &a,
                                 const AccessPattern &b) {
  if (a == b)
    return true;
  if (a.base != b.base || simplify(a.offset) != simplify(b.offset) ||
      a.getNumElements() != b.getNumElements())
    return false;
  std::optional<SmallVector<std::pair<int64_t, int64_t>>> dimsA =
      getCanonicalDims(a);
  std::optional<SmallVector<std::pair<int64_t, int64_t>>> dimsB =
      getCanonicalDims(b);
  return dimsA && dimsB && *dimsA == *dimsB;
}

namespace {
/// One dimension of a transfer seen from two buffers P and Q.
struct PairedDim {
  int64_t size, strideP, strideQ;
  bool operator==(const PairedDim &o) const {
    return size == o.size && strideP == o.strideP && strideQ == o.strideQ;
  }
};
} // namespace

static std::optional<SmallVector<PairedDim>>
getPairedDims(const AccessPattern &onP, const AccessPattern &onQ) {
  SmallVector<PairedDim> dims;
  for (auto [size, strideP, strideQ] :
       llvm::zip_equal(onP.sizes, onP.strides, onQ.strides)) {
    if (size == 1)
      continue;
    auto p = dyn_cast<AffineConstantExpr>(simplify(strideP));
    auto q = dyn_cast<AffineConstantExpr>(simplify(strideQ));
    if (!p || !q)
      return std::nullopt;
    dims.push_back({size, p.getValue(), q.getValue()});
  }
  llvm::stable_sort(dims, [](const PairedDim &a, const PairedDim &b) {
    return a.strideP > b.strideP;
  });
  SmallVector<PairedDim> merged;
  for (const PairedDim &dim : llvm::reverse(dims)) {
    if (!merged.empty() &&
        dim.strideP == merged.back().strideP * merged.back().size &&
        dim.strideQ == merged.back().strideQ * merged.back().size) {
      merged.back().size *= dim.size;
      continue;
    }
    merged.push_back(dim);
  }
  return merged;
}

static bool samePairing(const AccessPattern &aP, const AccessPattern &aQ,
                        const AccessPattern &bP, const AccessPattern &bQ) {
  if (simplify(aP.offset) != simplify(bP.offset) ||
      simplify(aQ.offset) != simplify(bQ.offset))
    return false;
  std::optional<SmallVector<PairedDim>> dimsA = getPairedDims(aP, aQ);
  std::optional<SmallVector<PairedDim>> dimsB = getPairedDims(bP, bQ);
  return dimsA && dimsB && *dimsA == *dimsB;
}

bool herdflow::undoesTransfer(const Transfer &a, const Transfer &b) {
  return a.target.base == b.source.base &&
         samePairing(a.source, a.target, b.target, b.source);
}

bool herdflow::pairSameElements(const Transfer &a, const Transfer &b) {
  Value p = a.source.base, q = a.target.base;
  const AccessPattern *bOnP, *bOnQ;
  if (b.source.base == p && b.target.base == q) {
    bOnP = &b.source;
    bOnQ = &b.target;
  } else if (b.source.base == q && b.target.base == p) {
    bOnP = &b.target;
    bOnQ = &b.source;
  } else {
    return false;
  }
  return samePairing(a.source, a.target, *bOnP, *bOnQ);
}
