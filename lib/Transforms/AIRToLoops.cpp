//===- AIRToLoops.cpp - Lower AIR to loops and copies for the CPU ---------===//
//
// Gives an AIR program the meaning of a sequential loop nest so the CPU
// runner can execute it: each launch/segment/herd runs its body for every
// point of its iteration space (scf.for loops, in row-major order), each
// air.dma_memcpy_nd becomes a strided copy between views of its two buffers
// (element-wise loads and stores when the patterns differ in shape), async
// tokens are dropped. The AIR programs herdflow builds
// are race-free, so sequential execution computes what the hardware does.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

namespace herdflow {
#define GEN_PASS_DEF_AIRTOLOOPSPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

/// Replaces the token of an async AIR op by a fresh one, so its users stay
/// valid until the tokens are dropped at the end.
static void replaceToken(RewriterBase &rewriter, Operation *op, Value token) {
  if (!token || token.use_empty())
    return;
  auto fresh = rewriter.create<air::WaitAllOp>(
      op->getLoc(), air::AsyncTokenType::get(op->getContext()), ValueRange());
  rewriter.replaceAllUsesWith(token, fresh.getAsyncToken());
}

static void lowerHierarchy(RewriterBase &rewriter, air::HierarchyInterface op) {
  Location loc = op->getLoc();
  rewriter.setInsertionPoint(op);
  Block &body = op->getRegion(0).front();
  auto cloneBody = [&](OpBuilder &builder, ValueRange ivs) {
    IRMapping mapping;
    mapping.map(op.getIds(), ivs);
    mapping.map(op.getSize(), op.getSizeOperands());
    mapping.map(op.getKernelArguments(), op.getKernelOperands());
    for (Operation &nested : body.without_terminator())
      builder.clone(nested, mapping);
  };
  if (op.getNumDims() == 0) {
    cloneBody(rewriter, {});
  } else {
    Value zero = rewriter.create<arith::ConstantIndexOp>(loc, 0);
    Value one = rewriter.create<arith::ConstantIndexOp>(loc, 1);
    SmallVector<Value> lbs(op.getNumDims(), zero), steps(op.getNumDims(), one);
    scf::buildLoopNest(rewriter, loc, lbs, op.getSizeOperands(), steps,
                       [&](OpBuilder &builder, Location, ValueRange ivs) {
                         cloneBody(builder, ivs);
                       });
  }
  replaceToken(rewriter, op,
               cast<air::AsyncOpInterface>(op.getOperation()).getAsyncToken());
  rewriter.eraseOp(op);
}

namespace {
/// One side of a DMA: a 1-D view of the whole buffer and its pattern.
struct DmaSide {
  Value flat;
  SmallVector<Value> offsets, sizes, strides;
};
} // namespace

static FailureOr<DmaSide> prepareSide(RewriterBase &rewriter, Location loc,
                                      Value memref,
                                      ArrayRef<OpFoldResult> offsets,
                                      ArrayRef<OpFoldResult> sizes,
                                      ArrayRef<OpFoldResult> strides,
                                      Operation *dma, StringRef role) {
  auto type = cast<MemRefType>(memref.getType());
  if (!type.hasStaticShape() || !type.getLayout().isIdentity()) {
    dma->emitOpError("cannot be lowered to loops: the ")
        << role << " " << type
        << " needs a static shape and the identity layout";
    return failure();
  }
  DmaSide side;
  int64_t count = type.getNumElements();
  side.flat = rewriter.create<memref::ReinterpretCastOp>(
      loc, MemRefType::get({count}, type.getElementType(),
                           MemRefLayoutAttrInterface(), type.getMemorySpace()),
      memref, /*offset=*/0, ArrayRef<int64_t>{count}, ArrayRef<int64_t>{1});
  if (offsets.empty()) {
    // The whole buffer in row-major order.
    int64_t stride = 1;
    SmallVector<int64_t> rowMajor(type.getRank());
    for (int64_t d = type.getRank() - 1; d >= 0; --d) {
      rowMajor[d] = stride;
      stride *= type.getShape()[d];
    }
    for (int64_t d = 0; d < type.getRank(); ++d) {
      side.offsets.push_back(rewriter.create<arith::ConstantIndexOp>(loc, 0));
      side.sizes.push_back(
          rewriter.create<arith::ConstantIndexOp>(loc, type.getShape()[d]));
      side.strides.push_back(
          rewriter.create<arith::ConstantIndexOp>(loc, rowMajor[d]));
    }
    return side;
  }
  for (OpFoldResult v : offsets)
    side.offsets.push_back(getValueOrCreateConstantIndexOp(rewriter, loc, v));
  for (OpFoldResult v : sizes)
    side.sizes.push_back(getValueOrCreateConstantIndexOp(rewriter, loc, v));
  for (OpFoldResult v : strides)
    side.strides.push_back(getValueOrCreateConstantIndexOp(rewriter, loc, v));
  return side;
}

/// sum_d (offset_d + index_d) * stride_d
static Value linearPosition(OpBuilder &b, Location loc, const DmaSide &side,
                            ValueRange indices) {
  Value position = b.create<arith::ConstantIndexOp>(loc, 0);
  for (auto [offset, index, stride] :
       llvm::zip_equal(side.offsets, indices, side.strides)) {
    Value at = b.create<arith::AddIOp>(loc, offset, index);
    position = b.create<arith::AddIOp>(
        loc, position, b.create<arith::MulIOp>(loc, at, stride));
  }
  return position;
}

static LogicalResult lowerDma(RewriterBase &rewriter, air::DmaMemcpyNdOp dma) {
  Location loc = dma.getLoc();
  rewriter.setInsertionPoint(dma);
  FailureOr<DmaSide> src = prepareSide(
      rewriter, loc, dma.getSrc(), dma.getMixedSrcOffsets(),
      dma.getMixedSrcSizes(), dma.getMixedSrcStrides(), dma, "source");
  if (failed(src))
    return failure();
  FailureOr<DmaSide> dst = prepareSide(
      rewriter, loc, dma.getDst(), dma.getMixedDstOffsets(),
      dma.getMixedDstSizes(), dma.getMixedDstStrides(), dma, "destination");
  if (failed(dst))
    return failure();
  Value zero = rewriter.create<arith::ConstantIndexOp>(loc, 0);
  Value one = rewriter.create<arith::ConstantIndexOp>(loc, 1);
  SmallVector<Value> lbs(src->sizes.size(), zero),
      steps(src->sizes.size(), one);
  bool sameShape = llvm::equal(src->sizes, dst->sizes, [](Value a, Value b) {
    return getConstantIntValue(a) && getConstantIntValue(a) ==
                                         getConstantIntValue(b);
  });
  if (sameShape) {
    // One strided copy between two views of the flat buffers.
    auto view = [&](const DmaSide &side) -> Value {
      Value offset = linearPosition(rewriter, loc, side,
                                    SmallVector<Value>(side.sizes.size(), zero));
      auto flatType = cast<MemRefType>(side.flat.getType());
      SmallVector<int64_t> shape, strides;
      for (auto [size, stride] : llvm::zip_equal(side.sizes, side.strides)) {
        shape.push_back(*getConstantIntValue(size));
        strides.push_back(getConstantIntValue(stride).value_or(
            ShapedType::kDynamic));
      }
      auto type = MemRefType::get(
          shape, flatType.getElementType(),
          StridedLayoutAttr::get(rewriter.getContext(), ShapedType::kDynamic,
                                 strides),
          flatType.getMemorySpace());
      return rewriter.create<memref::ReinterpretCastOp>(
          loc, type, side.flat, OpFoldResult(offset),
          getAsOpFoldResult(ValueRange(side.sizes)),
          getAsOpFoldResult(ValueRange(side.strides)));
    };
    rewriter.create<memref::CopyOp>(loc, view(*src), view(*dst));
    replaceToken(rewriter, dma, dma.getAsyncToken());
    rewriter.eraseOp(dma);
    return success();
  }
  scf::buildLoopNest(
      rewriter, loc, lbs, src->sizes, steps,
      [&](OpBuilder &b, Location loc, ValueRange ivs) {
        Value from = linearPosition(b, loc, *src, ivs);
        SmallVector<Value> dstIndices;
        if (sameShape) {
          dstIndices.assign(ivs.begin(), ivs.end());
        } else {
          // Element k of the source pattern goes to element k of the
          // destination pattern: delinearize k over the destination sizes.
          Value k = b.create<arith::ConstantIndexOp>(loc, 0);
          for (auto [iv, size] : llvm::zip_equal(ivs, src->sizes))
            k = b.create<arith::AddIOp>(loc,
                                        b.create<arith::MulIOp>(loc, k, size),
                                        iv);
          dstIndices.resize(dst->sizes.size());
          for (int64_t d = dst->sizes.size() - 1; d >= 0; --d) {
            dstIndices[d] = b.create<arith::RemUIOp>(loc, k, dst->sizes[d]);
            k = b.create<arith::DivUIOp>(loc, k, dst->sizes[d]);
          }
        }
        Value to = linearPosition(b, loc, *dst, dstIndices);
        Value element = b.create<memref::LoadOp>(loc, src->flat, from);
        b.create<memref::StoreOp>(loc, element, dst->flat, to);
      });
  replaceToken(rewriter, dma, dma.getAsyncToken());
  rewriter.eraseOp(dma);
  return success();
}

namespace {
struct AIRToLoopsPass
    : public herdflow::impl::AIRToLoopsPassBase<AIRToLoopsPass> {
  void runOnOperation() override {
    Operation *root = getOperation();
    IRRewriter rewriter(&getContext());

    WalkResult channels = root->walk([&](Operation *op) {
      if (isa<air::ChannelPutOp, air::ChannelGetOp>(op)) {
        op->emitOpError("cannot be lowered to loops yet: channels are not "
                        "supported by aie-air-to-loops");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (channels.wasInterrupted())
      return signalPassFailure();

    // Inner levels first: a parent's body then holds only loops and copies.
    SmallVector<air::HierarchyInterface> hierarchy;
    root->walk([&](air::HierarchyInterface op) { hierarchy.push_back(op); });
    for (air::HierarchyInterface op : hierarchy) {
      SmallVector<air::DmaMemcpyNdOp> dmas;
      op->walk([&](air::DmaMemcpyNdOp dma) { dmas.push_back(dma); });
      for (air::DmaMemcpyNdOp dma : dmas)
        if (failed(lowerDma(rewriter, dma)))
          return signalPassFailure();
      lowerHierarchy(rewriter, op);
    }
    SmallVector<air::DmaMemcpyNdOp> dmas;
    root->walk([&](air::DmaMemcpyNdOp dma) { dmas.push_back(dma); });
    for (air::DmaMemcpyNdOp dma : dmas)
      if (failed(lowerDma(rewriter, dma)))
        return signalPassFailure();

    // Tokens are meaningless in a sequential program: drop the joins.
    bool erased = true;
    while (erased) {
      erased = false;
      root->walk([&](air::WaitAllOp wait) {
        if (!wait.getAsyncToken() || wait.getAsyncToken().use_empty()) {
          rewriter.eraseOp(wait);
          erased = true;
        }
      });
    }
    WalkResult left = root->walk([&](air::WaitAllOp wait) {
      wait->emitOpError("cannot be lowered: its token flows into an op "
                        "aie-air-to-loops does not handle");
      return WalkResult::interrupt();
    });
    if (left.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
