//===- StridedCopies.cpp - AIR transfers as loops of loads and stores -----===//

#include "StridedCopies.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"

using namespace mlir;
using namespace herdflow;
using namespace herdflow::air_to_scf;

/// Replaces the token of an async AIR op by a fresh one, so its users stay
/// valid until the tokens are dropped at the end.
void herdflow::air_to_scf::replaceToken(RewriterBase &rewriter, Operation *op,
                                        Value token) {
  if (!token || token.use_empty())
    return;
  auto fresh = air::WaitAllOp::create(
      rewriter, op->getLoc(), air::AsyncTokenType::get(op->getContext()),
      ValueRange());
  rewriter.replaceAllUsesWith(token, fresh.getAsyncToken());
}

FailureOr<DmaSide> herdflow::air_to_scf::prepareSide(
    RewriterBase &rewriter, Location loc, Value memref,
    ArrayRef<OpFoldResult> offsets, ArrayRef<OpFoldResult> sizes,
    ArrayRef<OpFoldResult> strides, Operation *dma, StringRef role) {
  auto type = cast<MemRefType>(memref.getType());
  if (!type.hasStaticShape() || !type.getLayout().isIdentity()) {
    dma->emitOpError("cannot be lowered to loops: the ")
        << role << " " << type
        << " needs a static shape and the identity layout";
    return failure();
  }
  DmaSide side;
  int64_t count = type.getNumElements();
  side.flat = memref::ReinterpretCastOp::create(
      rewriter, loc,
      MemRefType::get({count}, type.getElementType(),
                      MemRefLayoutAttrInterface(), type.getMemorySpace()),
      memref, /*offset=*/0, ArrayRef<int64_t>{count}, ArrayRef<int64_t>{1});
  if (offsets.empty()) {
    // The whole buffer in row-major order.
    SmallVector<int64_t> rowMajor = computeStrides(type.getShape());
    for (int64_t d = 0; d < type.getRank(); ++d) {
      side.offsets.push_back(arith::ConstantIndexOp::create(rewriter, loc, 0));
      side.sizes.push_back(
          arith::ConstantIndexOp::create(rewriter, loc, type.getShape()[d]));
      side.strides.push_back(
          arith::ConstantIndexOp::create(rewriter, loc, rowMajor[d]));
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
  Value position =
      side.base ? side.base : arith::ConstantIndexOp::create(b, loc, 0);
  for (auto [offset, index, stride] :
       llvm::zip_equal(side.offsets, indices, side.strides)) {
    Value at = arith::AddIOp::create(b, loc, offset, index);
    position = arith::AddIOp::create(b, loc, position,
                                     arith::MulIOp::create(b, loc, at, stride));
  }
  return position;
}

/// Copies element k of the `src` pattern to element k of the `dst` pattern.
void herdflow::air_to_scf::copyPattern(RewriterBase &rewriter, Location loc,
                                       const DmaSide *src, const DmaSide *dst) {
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  SmallVector<Value> lbs(src->sizes.size(), zero),
      steps(src->sizes.size(), one);
  bool sameShape = llvm::equal(src->sizes, dst->sizes, [](Value a, Value b) {
    return getConstantIntValue(a) &&
           getConstantIntValue(a) == getConstantIntValue(b);
  });
  if (sameShape) {
    // One strided copy between two views of the flat buffers.
    auto view = [&](const DmaSide &side) -> Value {
      Value offset = linearPosition(
          rewriter, loc, side, SmallVector<Value>(side.sizes.size(), zero));
      auto flatType = cast<MemRefType>(side.flat.getType());
      SmallVector<int64_t> shape, strides;
      for (auto [size, stride] : llvm::zip_equal(side.sizes, side.strides)) {
        shape.push_back(*getConstantIntValue(size));
        strides.push_back(
            getConstantIntValue(stride).value_or(ShapedType::kDynamic));
      }
      auto type =
          MemRefType::get(shape, flatType.getElementType(),
                          StridedLayoutAttr::get(rewriter.getContext(),
                                                 ShapedType::kDynamic, strides),
                          flatType.getMemorySpace());
      return memref::ReinterpretCastOp::create(
          rewriter, loc, type, side.flat, OpFoldResult(offset),
          getAsOpFoldResult(ValueRange(side.sizes)),
          getAsOpFoldResult(ValueRange(side.strides)));
    };
    memref::CopyOp::create(rewriter, loc, view(*src), view(*dst));
    return;
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
          Value k = arith::ConstantIndexOp::create(b, loc, 0);
          for (auto [iv, size] : llvm::zip_equal(ivs, src->sizes))
            k = arith::AddIOp::create(
                b, loc, arith::MulIOp::create(b, loc, k, size), iv);
          dstIndices.resize(dst->sizes.size());
          for (int64_t d = dst->sizes.size() - 1; d >= 0; --d) {
            dstIndices[d] = arith::RemUIOp::create(b, loc, k, dst->sizes[d]);
            k = arith::DivUIOp::create(b, loc, k, dst->sizes[d]);
          }
        }
        Value to = linearPosition(b, loc, *dst, dstIndices);
        Value element = memref::LoadOp::create(b, loc, src->flat, from);
        memref::StoreOp::create(b, loc, element, dst->flat, to);
      });
}
