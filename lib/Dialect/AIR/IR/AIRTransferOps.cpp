//===- AIRTransferOps.cpp - AIR transfer ops ------------------------------===//
//
// air.dma_memcpy_nd, air.channel, air.channel.put and air.channel.get: their
// access-pattern verifier, the folds of constant pattern entries into
// literals, the TransferOpInterface and the memory levels.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace herdflow::air;

//===----------------------------------------------------------------------===//
// Access patterns (dma_memcpy_nd, channel.put, channel.get)
//===----------------------------------------------------------------------===//

namespace {
/// One side of a transfer: a memref and its offsets/sizes/strides lists.
struct AccessPattern {
  StringRef role; // "source" or "destination", for diagnostics.
  Value memref;
  OperandRange dynamicOffsets, dynamicSizes, dynamicStrides;
  ArrayRef<int64_t> staticOffsets, staticSizes, staticStrides;
};
} // namespace

/// Elements a side moves with the static `sizes` (the whole memref when
/// empty); nullopt when a size or the shape is dynamic or the product
/// overflows.
static std::optional<int64_t> getElementCount(MemRefType type,
                                              ArrayRef<int64_t> sizes) {
  if (sizes.empty())
    return type.hasStaticShape() ? std::optional(type.getNumElements())
                                 : std::nullopt;
  int64_t count = 1;
  for (int64_t size : sizes)
    if (ShapedType::isDynamic(size) || size < 0 ||
        llvm::MulOverflow(count, size, count))
      return std::nullopt;
  return count;
}

/// Number of elements the pattern moves, if every size is static.
static std::optional<int64_t> getStaticElementCount(const AccessPattern &ap) {
  return getElementCount(cast<MemRefType>(ap.memref.getType()), ap.staticSizes);
}

/// The last element a non-negative pattern reaches, when that is decidable:
/// the pattern fully static, the memref static and contiguous in row-major
/// order (in 128 bits: the sum of int64_t products cannot overflow it).
static std::optional<__int128> getStaticLastElement(MemRefType type,
                                                    ArrayRef<int64_t> offsets,
                                                    ArrayRef<int64_t> sizes,
                                                    ArrayRef<int64_t> strides) {
  bool fullyStatic =
      !llvm::any_of(llvm::concat<const int64_t>(offsets, sizes, strides),
                    ShapedType::isDynamic);
  if (sizes.empty() || !fullyStatic || !type.hasStaticShape() ||
      !type.getLayout().isIdentity())
    return std::nullopt;
  __int128 lastElement = 0;
  // Offsets missing at the front are zero.
  size_t missing = sizes.size() - offsets.size();
  for (auto [i, size, stride] : llvm::enumerate(sizes, strides)) {
    int64_t offset = i < missing ? 0 : offsets[i - missing];
    lastElement += (static_cast<__int128>(offset) + size - 1) * stride;
  }
  return lastElement;
}

static LogicalResult verifyAccessPattern(Operation *op,
                                         const AccessPattern &ap) {
  // mlir-air's passes print offset lists shorter than the sizes; the
  // missing leading offsets are zero (getMixed*Offsets fills them in).
  size_t rank = ap.staticSizes.size();
  if (ap.staticStrides.size() != rank || ap.staticOffsets.size() > rank)
    return op->emitOpError("expects the ")
           << ap.role << " sizes and strides to have the same length and at "
           << "most as many offsets, got " << ap.staticOffsets.size() << ", "
           << rank << " and " << ap.staticStrides.size();

  // The static lists mark each SSA entry with kDynamic; the generic form can
  // disagree with the operand count, which would break every accessor.
  auto checkDynamicCount = [&](StringRef list, ArrayRef<int64_t> statics,
                               OperandRange values) -> LogicalResult {
    size_t expected = llvm::count_if(statics, ShapedType::isDynamic);
    if (expected == values.size())
      return success();
    return op->emitOpError("expects ")
           << expected << " SSA values for the " << ap.role << " " << list
           << ", got " << values.size();
  };
  if (failed(
          checkDynamicCount("offsets", ap.staticOffsets, ap.dynamicOffsets)) ||
      failed(checkDynamicCount("sizes", ap.staticSizes, ap.dynamicSizes)) ||
      failed(checkDynamicCount("strides", ap.staticStrides, ap.dynamicStrides)))
    return failure();

  for (auto [i, offset] : llvm::enumerate(ap.staticOffsets))
    if (!ShapedType::isDynamic(offset) && offset < 0)
      return op->emitOpError("expects non-negative ")
             << ap.role << " offsets, but offset #" << i << " is " << offset;
  for (auto [i, size, stride] :
       llvm::enumerate(ap.staticSizes, ap.staticStrides)) {
    if (!ShapedType::isDynamic(size) && size <= 0)
      return op->emitOpError("expects positive ")
             << ap.role << " sizes, but size #" << i << " is " << size;
    if (!ShapedType::isDynamic(stride) && stride < 0)
      return op->emitOpError("expects non-negative ")
             << ap.role << " strides, but stride #" << i << " is " << stride;
  }

  auto type = cast<MemRefType>(ap.memref.getType());
  std::optional<__int128> lastElement = getStaticLastElement(
      type, ap.staticOffsets, ap.staticSizes, ap.staticStrides);
  if (lastElement && *lastElement >= type.getNumElements())
    return op->emitOpError("has a ")
           << ap.role << " access pattern that reaches element "
           << (*lastElement > INT64_MAX
                   ? std::string("beyond 2^63")
                   : std::to_string(static_cast<int64_t>(*lastElement)))
           << " of " << type << ", which has " << type.getNumElements()
           << " elements";
  return success();
}

namespace {
/// Accessors of one offsets/sizes/strides list of `OpTy`. `minValue` is the
/// smallest constant the fold may turn into a literal: folding an invalid
/// constant would make the verifier reject what canonicalization produced.
template <typename OpTy> struct AccessList {
  MutableOperandRange (OpTy::*getDynamic)();
  ArrayRef<int64_t> (OpTy::*getStatic)();
  void (OpTy::*setStatic)(ArrayRef<int64_t>);
  int64_t minValue;
};

/// The offsets, sizes and strides of one side and its memref.
template <typename OpTy> struct AccessSide {
  /// The side's index in the op's TransferOpInterface.
  unsigned transferSide;
  AccessList<OpTy> offsets, sizes, strides;
};
} // namespace

static std::optional<int64_t> getFoldableConstant(Value value,
                                                  int64_t minValue) {
  std::optional<int64_t> constant = getConstantIntValue(value);
  if (constant && *constant >= minValue)
    return constant;
  return std::nullopt;
}

/// The static list of `list` with its foldable constant SSA entries as
/// literals, and the SSA entries that stay.
template <typename OpTy>
static SmallVector<int64_t>
getFoldedStatics(OpTy op, const AccessList<OpTy> &list,
                 SmallVector<Value> *newDynamicOut = nullptr) {
  OperandRange values = static_cast<OperandRange>((op.*list.getDynamic)());
  SmallVector<Value> newDynamic;
  SmallVector<int64_t> newStatic;
  unsigned next = 0;
  for (int64_t entry : (op.*list.getStatic)()) {
    if (!ShapedType::isDynamic(entry)) {
      newStatic.push_back(entry);
      continue;
    }
    Value value = values[next++];
    if (std::optional<int64_t> constant =
            getFoldableConstant(value, list.minValue)) {
      newStatic.push_back(*constant);
      continue;
    }
    newStatic.push_back(ShapedType::kDynamic);
    newDynamic.push_back(value);
  }
  if (newDynamicOut)
    *newDynamicOut = std::move(newDynamic);
  return newStatic;
}

/// Replaces the constant SSA entries of `list` by literals.
template <typename OpTy>
static void foldConstantEntries(OpTy op, const AccessList<OpTy> &list) {
  SmallVector<Value> newDynamic;
  SmallVector<int64_t> newStatic = getFoldedStatics(op, list, &newDynamic);
  (op.*list.getDynamic)().assign(newDynamic);
  (op.*list.setStatic)(newStatic);
}

namespace {
/// Folds constant SSA offsets, sizes and strides into literals: the canonical
/// form of an access pattern.
template <typename OpTy>
struct FoldConstantAccessPattern : public OpRewritePattern<OpTy> {
  FoldConstantAccessPattern(MLIRContext *context,
                            SmallVector<AccessSide<OpTy>> sides)
      : OpRewritePattern<OpTy>(context), sides(std::move(sides)) {
    for (const AccessSide<OpTy> &side : this->sides)
      lists.append({side.offsets, side.sizes, side.strides});
  }

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    bool foldable = llvm::any_of(lists, [&](const AccessList<OpTy> &list) {
      OperandRange values = static_cast<OperandRange>((op.*list.getDynamic)());
      return llvm::any_of(values, [&](Value value) {
        return getFoldableConstant(value, list.minValue).has_value();
      });
    });
    if (!foldable)
      return failure();
    // A constant the run-time pattern would take out of bounds, or that
    // would make the two sides' element counts static and different, stays
    // SSA: as literals it would make the verifier reject the canonical form.
    SmallVector<int64_t> counts;
    for (const AccessSide<OpTy> &side : sides) {
      auto type = cast<TransferOpInterface>(op.getOperation())
                      .getSide(side.transferSide)
                      .getMemRefType();
      SmallVector<int64_t> sizes = getFoldedStatics(op, side.sizes);
      std::optional<__int128> last =
          getStaticLastElement(type, getFoldedStatics(op, side.offsets), sizes,
                               getFoldedStatics(op, side.strides));
      if (last && *last >= type.getNumElements())
        return failure();
      if (std::optional<int64_t> count = getElementCount(type, sizes))
        counts.push_back(*count);
    }
    if (counts.size() == sides.size() && !llvm::all_equal(counts))
      return failure();
    // Each list is re-read after the previous one is folded, since folding
    // shifts the operands of the lists after it.
    rewriter.modifyOpInPlace(op, [&] {
      for (const AccessList<OpTy> &list : lists)
        foldConstantEntries(op, list);
    });
    return success();
  }

  SmallVector<AccessSide<OpTy>> sides;
  SmallVector<AccessList<OpTy>> lists;
};
} // namespace

/// The offsets of a side, one per size: the leading offsets a shorter list
/// leaves out are zero. Every consumer reads offsets through this, so none
/// sees the short form.
static SmallVector<OpFoldResult>
getMixedOffsetsPadded(ArrayRef<int64_t> statics, ValueRange values,
                      size_t numSizes, MLIRContext *context) {
  SmallVector<OpFoldResult> offsets = getMixedValues(statics, values, context);
  if (offsets.size() < numSizes)
    offsets.insert(offsets.begin(), numSizes - offsets.size(),
                   IntegerAttr::get(IndexType::get(context), 0));
  return offsets;
}

//===----------------------------------------------------------------------===//
// DmaMemcpyNdOp
//===----------------------------------------------------------------------===//

void DmaMemcpyNdOp::build(OpBuilder &builder, OperationState &result,
                          Type asyncTokenType, ValueRange asyncDependencies,
                          Value dst, ArrayRef<OpFoldResult> dstOffsets,
                          ArrayRef<OpFoldResult> dstSizes,
                          ArrayRef<OpFoldResult> dstStrides, Value src,
                          ArrayRef<OpFoldResult> srcOffsets,
                          ArrayRef<OpFoldResult> srcSizes,
                          ArrayRef<OpFoldResult> srcStrides) {
  SmallVector<Value> dynamic[6];
  SmallVector<int64_t> statics[6];
  ArrayRef<OpFoldResult> lists[6] = {dstOffsets, dstSizes, dstStrides,
                                     srcOffsets, srcSizes, srcStrides};
  for (unsigned i = 0; i < 6; ++i)
    dispatchIndexOpFoldResults(lists[i], dynamic[i], statics[i]);
  build(builder, result, asyncTokenType, asyncDependencies, dst, dynamic[0],
        dynamic[1], dynamic[2], builder.getDenseI64ArrayAttr(statics[0]),
        builder.getDenseI64ArrayAttr(statics[1]),
        builder.getDenseI64ArrayAttr(statics[2]), src, dynamic[3], dynamic[4],
        dynamic[5], builder.getDenseI64ArrayAttr(statics[3]),
        builder.getDenseI64ArrayAttr(statics[4]),
        builder.getDenseI64ArrayAttr(statics[5]));
}

SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedDstOffsets() {
  return getMixedOffsetsPadded(getStaticDstOffsets(), getDstOffsets(),
                               getStaticDstSizes().size(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedDstSizes() {
  return getMixedValues(getStaticDstSizes(), getDstSizes(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedDstStrides() {
  return getMixedValues(getStaticDstStrides(), getDstStrides(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedSrcOffsets() {
  return getMixedOffsetsPadded(getStaticSrcOffsets(), getSrcOffsets(),
                               getStaticSrcSizes().size(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedSrcSizes() {
  return getMixedValues(getStaticSrcSizes(), getSrcSizes(), getContext());
}
SmallVector<OpFoldResult> DmaMemcpyNdOp::getMixedSrcStrides() {
  return getMixedValues(getStaticSrcStrides(), getSrcStrides(), getContext());
}

void DmaMemcpyNdOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                                MLIRContext *context) {
  using Op = DmaMemcpyNdOp;
  results.add<FoldConstantAccessPattern<Op>>(
      context, SmallVector<AccessSide<Op>>{
                   {/*transferSide=*/1,
                    {&Op::getDstOffsetsMutable, &Op::getStaticDstOffsets,
                     &Op::setStaticDstOffsets, 0},
                    {&Op::getDstSizesMutable, &Op::getStaticDstSizes,
                     &Op::setStaticDstSizes, 1},
                    {&Op::getDstStridesMutable, &Op::getStaticDstStrides,
                     &Op::setStaticDstStrides, 0}},
                   {/*transferSide=*/0,
                    {&Op::getSrcOffsetsMutable, &Op::getStaticSrcOffsets,
                     &Op::setStaticSrcOffsets, 0},
                    {&Op::getSrcSizesMutable, &Op::getStaticSrcSizes,
                     &Op::setStaticSrcSizes, 1},
                    {&Op::getSrcStridesMutable, &Op::getStaticSrcStrides,
                     &Op::setStaticSrcStrides, 0}}});
}

LogicalResult DmaMemcpyNdOp::verify() {
  AccessPattern dst{"destination",       getDst(),
                    getDstOffsets(),     getDstSizes(),
                    getDstStrides(),     getStaticDstOffsets(),
                    getStaticDstSizes(), getStaticDstStrides()};
  AccessPattern src{"source",
                    getSrc(),
                    getSrcOffsets(),
                    getSrcSizes(),
                    getSrcStrides(),
                    getStaticSrcOffsets(),
                    getStaticSrcSizes(),
                    getStaticSrcStrides()};
  if (failed(verifyAccessPattern(*this, dst)) ||
      failed(verifyAccessPattern(*this, src)))
    return failure();
  Type dstElement = getDst().getType().getElementType();
  Type srcElement = getSrc().getType().getElementType();
  if (dstElement != srcElement)
    return emitOpError("expects source and destination element types to "
                       "match, got ")
           << srcElement << " and " << dstElement;
  std::optional<int64_t> dstCount = getStaticElementCount(dst);
  std::optional<int64_t> srcCount = getStaticElementCount(src);
  if (dstCount && srcCount && *dstCount != *srcCount)
    return emitOpError("reads ")
           << *srcCount << " elements from the source but writes " << *dstCount
           << " to the destination";
  return success();
}

//===----------------------------------------------------------------------===//
// ChannelOp
//===----------------------------------------------------------------------===//

SmallVector<int64_t> ChannelOp::getShape() {
  return llvm::map_to_vector(getSize().getAsValueRange<IntegerAttr>(),
                             [](const APInt &v) { return v.getSExtValue(); });
}

LogicalResult ChannelOp::verify() {
  SmallVector<int64_t> shape = getShape();
  for (auto [i, extent] : llvm::enumerate(shape))
    if (extent <= 0)
      return emitOpError("expects positive sizes, but size #")
             << i << " is " << extent;
  std::optional<ArrayAttr> broadcast = getBroadcastShape();
  if (!broadcast)
    return success();
  if (broadcast->size() != shape.size())
    return emitOpError("expects broadcast_shape to have rank ")
           << shape.size() << ", got " << broadcast->size();
  for (auto [i, attr] : llvm::enumerate(*broadcast)) {
    int64_t extent = cast<IntegerAttr>(attr).getInt();
    if (extent <= 0)
      return emitOpError("expects positive broadcast_shape entries, but "
                         "entry #")
             << i << " is " << extent;
    if (shape[i] != 1 && shape[i] != extent)
      return emitOpError("broadcast_shape dimension #")
             << i << " (" << extent << ") must equal the size (" << shape[i]
             << ") or the size must be 1";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// ChannelPutOp / ChannelGetOp
//===----------------------------------------------------------------------===//

template <typename OpTy>
static LogicalResult verifyChannelSymbolUse(OpTy op,
                                            SymbolTableCollection &tables) {
  auto channel =
      tables.lookupNearestSymbolFrom<ChannelOp>(op, op.getChanNameAttr());
  if (!channel)
    return op.emitOpError("'@")
           << op.getChanName() << "' does not reference an 'air.channel'";
  // mlir-air addresses a channel with more indices than its rank (a herd's
  // two tile ids on a one-dimensional channel); each index past the rank
  // names a dimension of extent 1, so it is 0.
  size_t numIndices = op.getIndices().size();
  size_t rank = channel.getRank();
  if (numIndices != 0 && numIndices < rank)
    return op.emitOpError("expects 0 or at least ")
           << rank << " indices for channel '@" << op.getChanName()
           << "', got " << numIndices;
  for (auto [i, index] : llvm::enumerate(op.getIndices().drop_front(
           std::min(numIndices, rank)))) {
    std::optional<int64_t> constant = getConstantIntValue(index);
    if (constant && *constant != 0)
      return op.emitOpError("has index #")
             << rank + i << " = " << *constant << " on channel '@"
             << op.getChanName() << "' of rank " << rank
             << "; an index past the rank must be 0";
  }
  return success();
}

SmallVector<OpFoldResult> ChannelPutOp::getMixedOffsets() {
  return getMixedOffsetsPadded(getStaticSrcOffsets(), getSrcOffsets(),
                               getStaticSrcSizes().size(), getContext());
}
SmallVector<OpFoldResult> ChannelPutOp::getMixedSizes() {
  return getMixedValues(getStaticSrcSizes(), getSrcSizes(), getContext());
}
SmallVector<OpFoldResult> ChannelPutOp::getMixedStrides() {
  return getMixedValues(getStaticSrcStrides(), getSrcStrides(), getContext());
}

void ChannelPutOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  using Op = ChannelPutOp;
  results.add<FoldConstantAccessPattern<Op>>(
      context, SmallVector<AccessSide<Op>>{
                   {/*transferSide=*/0,
                    {&Op::getSrcOffsetsMutable, &Op::getStaticSrcOffsets,
                     &Op::setStaticSrcOffsets, 0},
                    {&Op::getSrcSizesMutable, &Op::getStaticSrcSizes,
                     &Op::setStaticSrcSizes, 1},
                    {&Op::getSrcStridesMutable, &Op::getStaticSrcStrides,
                     &Op::setStaticSrcStrides, 0}}});
}

LogicalResult ChannelPutOp::verify() {
  return verifyAccessPattern(*this, {"source", getSrc(), getSrcOffsets(),
                                     getSrcSizes(), getSrcStrides(),
                                     getStaticSrcOffsets(), getStaticSrcSizes(),
                                     getStaticSrcStrides()});
}

LogicalResult
ChannelPutOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  return verifyChannelSymbolUse(*this, symbolTable);
}

SmallVector<OpFoldResult> ChannelGetOp::getMixedOffsets() {
  return getMixedOffsetsPadded(getStaticDstOffsets(), getDstOffsets(),
                               getStaticDstSizes().size(), getContext());
}
SmallVector<OpFoldResult> ChannelGetOp::getMixedSizes() {
  return getMixedValues(getStaticDstSizes(), getDstSizes(), getContext());
}
SmallVector<OpFoldResult> ChannelGetOp::getMixedStrides() {
  return getMixedValues(getStaticDstStrides(), getDstStrides(), getContext());
}

void ChannelGetOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  using Op = ChannelGetOp;
  results.add<FoldConstantAccessPattern<Op>>(
      context, SmallVector<AccessSide<Op>>{
                   {/*transferSide=*/0,
                    {&Op::getDstOffsetsMutable, &Op::getStaticDstOffsets,
                     &Op::setStaticDstOffsets, 0},
                    {&Op::getDstSizesMutable, &Op::getStaticDstSizes,
                     &Op::setStaticDstSizes, 1},
                    {&Op::getDstStridesMutable, &Op::getStaticDstStrides,
                     &Op::setStaticDstStrides, 0}}});
}

LogicalResult ChannelGetOp::verify() {
  return verifyAccessPattern(*this, {"destination", getDst(), getDstOffsets(),
                                     getDstSizes(), getDstStrides(),
                                     getStaticDstOffsets(), getStaticDstSizes(),
                                     getStaticDstStrides()});
}

LogicalResult
ChannelGetOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  return verifyChannelSymbolUse(*this, symbolTable);
}

//===----------------------------------------------------------------------===//
// TransferOpInterface
//===----------------------------------------------------------------------===//

unsigned DmaMemcpyNdOp::getNumSides() { return 2; }
TransferSide DmaMemcpyNdOp::getSide(unsigned index) {
  if (index == 0)
    return {TransferSide::Access::Read, getSrc(), getMixedSrcOffsets(),
            getMixedSrcSizes(), getMixedSrcStrides()};
  return {TransferSide::Access::Write, getDst(), getMixedDstOffsets(),
          getMixedDstSizes(), getMixedDstStrides()};
}

unsigned ChannelPutOp::getNumSides() { return 1; }
TransferSide ChannelPutOp::getSide(unsigned) {
  return {TransferSide::Access::Read, getSrc(), getMixedOffsets(),
          getMixedSizes(), getMixedStrides()};
}

unsigned ChannelGetOp::getNumSides() { return 1; }
TransferSide ChannelGetOp::getSide(unsigned) {
  return {TransferSide::Access::Write, getDst(), getMixedOffsets(),
          getMixedSizes(), getMixedStrides()};
}

//===----------------------------------------------------------------------===//
// Memory levels
//===----------------------------------------------------------------------===//

std::optional<MemoryLevel> herdflow::air::getMemoryLevel(Attribute space) {
  if (!space)
    return MemoryLevel::L3;
  auto integer = dyn_cast<IntegerAttr>(space);
  if (!integer)
    return std::nullopt;
  switch (integer.getInt()) {
  case 0:
    return MemoryLevel::L3;
  case 1:
    return MemoryLevel::L2;
  case 2:
    return MemoryLevel::L1;
  default:
    return std::nullopt;
  }
}

std::optional<MemoryLevel> herdflow::air::getMemoryLevel(Value memref) {
  auto type = dyn_cast<BaseMemRefType>(memref.getType());
  if (!type)
    return std::nullopt;
  return getMemoryLevel(type.getMemorySpace());
}

StringRef herdflow::air::stringifyMemoryLevel(MemoryLevel level) {
  switch (level) {
  case MemoryLevel::L3:
    return "L3";
  case MemoryLevel::L2:
    return "L2";
  case MemoryLevel::L1:
    return "L1";
  }
  llvm_unreachable("unknown memory level");
}
