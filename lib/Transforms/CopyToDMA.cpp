//===- CopyToDMA.cpp - Copies between memory levels to air.dma_memcpy_nd --===//
//
// Every copy-like op that moves data between memory levels (a copy, a pack or
// unpack written as a transpose over expanded views, ...) becomes one
// air.dma_memcpy_nd on the base buffers, with the access patterns the shared
// analysis computes: the views are folded away. Each side's pattern is made
// as short as it can be (contiguous dimensions merged, a side that covers its
// whole buffer in order written `[] [] []`), and the pattern's linear offset
// sits in the dimension of stride 1.
//
// Function-boundary buffers (`bufferization.to_buffer` of a tensor argument)
// are taken to be contiguous and row-major, herdflow's boundary contract, so
// their patterns have static strides.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Analysis/DmaPattern.h"
#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace herdflow {
#define GEN_PASS_DEF_COPYTODMAPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

/// Gives function-boundary buffers the identity layout (a memref.cast keeps
/// the old type for existing users).
static void useIdentityLayoutAtBoundary(RewriterBase &rewriter,
                                        Operation *root) {
  SmallVector<bufferization::ToBufferOp> toBuffers;
  root->walk([&](bufferization::ToBufferOp op) { toBuffers.push_back(op); });
  for (bufferization::ToBufferOp op : toBuffers) {
    auto type = dyn_cast<MemRefType>(op.getType());
    if (!type || !type.hasStaticShape() || type.getLayout().isIdentity())
      continue;
    auto identity =
        MemRefType::get(type.getShape(), type.getElementType(),
                        MemRefLayoutAttrInterface(), type.getMemorySpace());
    rewriter.setInsertionPointAfter(op);
    auto contiguous = bufferization::ToBufferOp::create(
        rewriter, op.getLoc(), identity, op.getTensor(), op.getReadOnly());
    auto cast = memref::CastOp::create(rewriter, op.getLoc(), type, contiguous);
    rewriter.replaceOp(op, cast.getResult());
  }
  // Hierarchy ops take the contiguous buffer itself as their arg, so the
  // bodies see its layout; a cast inside keeps the old type for users.
  SmallVector<air::HierarchyInterface> hierarchy;
  root->walk<WalkOrder::PreOrder>(
      [&](air::HierarchyInterface op) { hierarchy.push_back(op); });
  for (air::HierarchyInterface op : hierarchy) {
    Block &body = op->getRegion(0).front();
    unsigned firstKernelOperand =
        op->getNumOperands() - op.getKernelOperands().size();
    for (auto [index, kernelArg] : llvm::enumerate(op.getKernelArguments())) {
      BlockArgument arg = kernelArg;
      Value operand = op->getOperand(firstKernelOperand + index);
      auto cast = operand.getDefiningOp<memref::CastOp>();
      if (!cast)
        continue;
      auto sourceType = dyn_cast<MemRefType>(cast.getSource().getType());
      if (!sourceType || !sourceType.getLayout().isIdentity())
        continue;
      rewriter.modifyOpInPlace(op, [&] {
        op->setOperand(firstKernelOperand + index, cast.getSource());
      });
      Type oldType = arg.getType();
      arg.setType(sourceType);
      rewriter.setInsertionPointToStart(&body);
      auto inner = memref::CastOp::create(rewriter, op->getLoc(), oldType, arg);
      rewriter.replaceAllUsesExcept(arg, inner.getResult(), inner);
    }
  }
}

namespace {
/// One side of a DMA in the making.
struct Side {
  SmallVector<int64_t> sizes;
  SmallVector<int64_t> strides;
};
} // namespace

/// Merges adjacent dimensions that are contiguous in `side` and drops
/// dimensions of size 1: the same elements in the same order.
static Side shorten(Side side) {
  mergeContiguousDims(side.sizes, side.strides);
  if (side.sizes.empty()) {
    side.sizes.push_back(1);
    side.strides.push_back(1);
  }
  return side;
}

/// Fails, with the reason, when `pattern` cannot be written as a DMA side:
/// every stride must be a constant and the offset may not depend on a
/// dynamic layout of the base. Changes nothing.
static LogicalResult checkExpressible(const AccessPattern &pattern,
                                      AccessPatternContext &context,
                                      std::string &whyNot) {
  if (!llvm::all_of(pattern.strides, llvm::IsaPred<AffineConstantExpr>)) {
    whyNot = "a stride is not a constant";
    return failure();
  }
  bool layoutDependent = false;
  pattern.offset.walk([&](AffineExpr expr) {
    if (auto symbol = dyn_cast<AffineSymbolExpr>(expr))
      layoutDependent |= context.getSymbols()[symbol.getPosition()].kind !=
                         PatternSymbol::Kind::Value;
  });
  if (layoutDependent) {
    whyNot = "the offset depends on a dynamic layout";
    return failure();
  }
  return success();
}

/// The offset, sizes and strides lists of one side (checkExpressible holds);
/// empty lists when the side covers its whole buffer in row-major order.
static void buildLists(RewriterBase &rewriter, Location loc,
                       const AccessPattern &pattern,
                       AccessPatternContext &context,
                       SmallVectorImpl<OpFoldResult> &offsets,
                       SmallVectorImpl<OpFoldResult> &sizes,
                       SmallVectorImpl<OpFoldResult> &strides) {
  if (pattern.coversWholeBase())
    return;
  Side side;
  side.sizes = pattern.sizes;
  for (AffineExpr stride : pattern.strides)
    side.strides.push_back(cast<AffineConstantExpr>(stride).getValue());
  side = shorten(side);

  // The linear offset as an index value of the symbols it uses.
  SmallVector<Value> operands;
  for (const PatternSymbol &symbol : context.getSymbols())
    operands.push_back(symbol.kind == PatternSymbol::Kind::Value ? symbol.value
                                                                 : Value());
  // Unused symbol slots get a placeholder the fold never reads.
  Value placeholder;
  for (Value &operand : operands) {
    if (operand)
      continue;
    if (!placeholder)
      placeholder = arith::ConstantIndexOp::create(rewriter, loc, 0);
    operand = placeholder;
  }
  AffineMap map = AffineMap::get(0, operands.size(), pattern.offset);
  OpFoldResult offset = affine::makeComposedFoldedAffineApply(
      rewriter, loc, map, getAsOpFoldResult(ValueRange(operands)));

  // The offset goes to the dimension of stride 1, or a new one.
  auto unit = llvm::find(side.strides, 1);
  if (unit == side.strides.end()) {
    side.sizes.insert(side.sizes.begin(), 1);
    side.strides.insert(side.strides.begin(), 1);
    unit = side.strides.begin();
  }
  size_t offsetDim = std::distance(side.strides.begin(), unit);
  for (size_t d = 0; d < side.sizes.size(); ++d) {
    offsets.push_back(d == offsetDim ? offset : rewriter.getIndexAttr(0));
    sizes.push_back(rewriter.getIndexAttr(side.sizes[d]));
    strides.push_back(rewriter.getIndexAttr(side.strides[d]));
  }
}

static LogicalResult convertCopy(RewriterBase &rewriter, Operation *op,
                                 AccessPatternContext &context,
                                 std::string &whyNot) {
  FailureOr<Transfer> transfer = analyzeTransfer(op, context, &whyNot);
  if (failed(transfer))
    return failure();
  std::optional<air::MemoryLevel> from = transfer->source.getMemoryLevel();
  std::optional<air::MemoryLevel> to = transfer->target.getMemoryLevel();
  if (!from || !to) {
    whyNot = "a memory space herdflow does not know";
    return failure();
  }
  if (from == to)
    return failure(); // Not a transfer between levels: nothing to say.
  if (failed(checkExpressible(transfer->source, context, whyNot)) ||
      failed(checkExpressible(transfer->target, context, whyNot)))
    return failure();
  Location loc = op->getLoc();
  rewriter.setInsertionPoint(op);
  SmallVector<OpFoldResult> srcOffsets, srcSizes, srcStrides;
  SmallVector<OpFoldResult> dstOffsets, dstSizes, dstStrides;
  buildLists(rewriter, loc, transfer->source, context, srcOffsets, srcSizes,
             srcStrides);
  buildLists(rewriter, loc, transfer->target, context, dstOffsets, dstSizes,
             dstStrides);
  air::DmaMemcpyNdOp::create(rewriter, loc, Type(), ValueRange(),
                             transfer->target.base, dstOffsets, dstSizes,
                             dstStrides, transfer->source.base, srcOffsets,
                             srcSizes, srcStrides);
  rewriter.eraseOp(op);
  return success();
}

void herdflow::convertCopiesToDMA(RewriterBase &rewriter, Operation *root) {
  useIdentityLayoutAtBoundary(rewriter, root);
  SmallVector<Operation *> copies;
  bool converted = false;
  root->walk([&](Operation *op) {
    // Bufferization leaves copies of a view onto itself: they do nothing,
    // and would keep whole buffers in use for the passes after this one.
    if (auto copy = dyn_cast<memref::CopyOp>(op);
        copy && copy.getSource() == copy.getTarget()) {
      rewriter.eraseOp(copy);
      converted = true;
      return;
    }
    if (isCopyLike(op))
      copies.push_back(op);
  });
  for (Operation *op : copies) {
    // One context per copy: its symbols (and the cost of simplifying its
    // expressions) stay those of this copy, not of the whole module.
    AccessPatternContext context(root->getContext());
    std::string whyNot;
    if (succeeded(convertCopy(rewriter, op, context, whyNot))) {
      converted = true;
      continue;
    }
    if (!whyNot.empty())
      op->emitRemark("copy not converted to air.dma_memcpy_nd: ") << whyNot;
  }
  if (!converted)
    return;
  // The views the DMAs folded away.
  eraseTriviallyDeadOps(rewriter, root);
}

namespace {
struct CopyToDMAPass : public herdflow::impl::CopyToDMAPassBase<CopyToDMAPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    convertCopiesToDMA(rewriter, getOperation());
  }
};
} // namespace
