//===- SplitL2Memref.cpp - One L2 piece per herd column -------------------===//
//
// A segment L2 buffer that a herd writes back into (the accumulator) is
// split into one piece per herd column, as mlir-air's air-split-l2-memref
// does: piece i lives in column i's memtile (`herdflow.memtile`), receives
// the write-backs of that column's cores, and has its own shim DMA for the
// whole-buffer moves to and from L3. A segment L2 buffer the herd only reads
// through channels (A staged once per block under L2 reuse) is split along
// its outer dimension into one piece per herd row or column when every read
// stays within one piece over all iterations of its loops. aie-dma-to-channel splits the buffers
// of each herd it converts; aie-split-l2-memref splits those of a channel
// form it did not make.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringSet.h"

namespace herdflow {
#define GEN_PASS_DEF_SPLITL2MEMREFPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

namespace {
/// A constant access pattern seen in a buffer's coordinates: each pattern
/// dim walks one buffer dim, and no walk carries into the next dim.
struct BoxAccess {
  SmallVector<int64_t> origin;
  SmallVector<unsigned> dimOf;
  SmallVector<int64_t> step, sizes;
  /// Last coordinate touched per buffer dim.
  SmallVector<int64_t> last;
};
} // namespace

static std::optional<BoxAccess> getBoxAccess(ArrayRef<int64_t> shape,
                                             ArrayRef<OpFoldResult> offsets,
                                             ArrayRef<OpFoldResult> sizes,
                                             ArrayRef<OpFoldResult> strides) {
  // A 0-d buffer has no dimension to split along.
  if (shape.empty())
    return std::nullopt;
  SmallVector<int64_t> bufferStrides = computeStrides(shape);
  SmallVector<int64_t> o, sz, st;
  if (offsets.empty()) {
    o.assign(shape.size(), 0);
    sz.assign(shape.begin(), shape.end());
    st = bufferStrides;
  } else {
    std::optional<SmallVector<int64_t>> co = getConstantIntValues(offsets);
    std::optional<SmallVector<int64_t>> csz = getConstantIntValues(sizes);
    std::optional<SmallVector<int64_t>> cst = getConstantIntValues(strides);
    if (!co || !csz || !cst)
      return std::nullopt;
    o = *co, sz = *csz, st = *cst;
  }
  BoxAccess box;
  int64_t linear = 0;
  for (auto [offset, stride] : llvm::zip_equal(o, st))
    linear += offset * stride;
  for (int64_t stride : bufferStrides) {
    box.origin.push_back(linear / stride);
    linear %= stride;
  }
  box.last = box.origin;
  for (auto [size, stride] : llvm::zip_equal(sz, st)) {
    unsigned dim = 0;
    while (dim < shape.size() && stride % bufferStrides[dim] != 0)
      ++dim;
    if (size == 1 || dim == shape.size())
      dim = shape.size() - 1;
    if (stride % bufferStrides[dim] != 0 && size != 1)
      return std::nullopt;
    int64_t step = size == 1 ? 0 : stride / bufferStrides[dim];
    box.dimOf.push_back(dim);
    box.step.push_back(step);
    box.sizes.push_back(size);
    box.last[dim] += step * (size - 1);
  }
  for (auto [last, extent] : llvm::zip_equal(box.last, shape))
    if (last >= extent)
      return std::nullopt;
  return box;
}

/// The pattern of `box` in a buffer whose dim `dim` starts at `start`.
static void rebaseBox(const BoxAccess &box, ArrayRef<int64_t> pieceShape,
                      unsigned dim, int64_t start, OpBuilder &builder,
                      SmallVector<OpFoldResult> &offsets,
                      SmallVector<OpFoldResult> &sizes,
                      SmallVector<OpFoldResult> &strides) {
  SmallVector<int64_t> pieceStrides = computeStrides(pieceShape);
  int64_t linear = 0;
  for (auto [d, origin] : llvm::enumerate(box.origin))
    linear += (origin - (d == dim ? start : 0)) * pieceStrides[d];
  offsets.clear(), sizes.clear(), strides.clear();
  bool placed = false;
  for (auto [d, size, step] : llvm::zip_equal(box.dimOf, box.sizes, box.step)) {
    int64_t stride = step * pieceStrides[d];
    if (size == 1)
      stride = 1;
    sizes.push_back(builder.getIndexAttr(size));
    strides.push_back(builder.getIndexAttr(stride));
    offsets.push_back(builder.getIndexAttr(0));
  }
  for (size_t i = offsets.size(); i-- > 0;)
    if (getConstantIntValue(strides[i]) == 1) {
      offsets[i] = builder.getIndexAttr(linear);
      placed = true;
      break;
    }
  if (!placed) {
    offsets.insert(offsets.begin(), builder.getIndexAttr(linear));
    sizes.insert(sizes.begin(), builder.getIndexAttr(1));
    strides.insert(strides.begin(), builder.getIndexAttr(1));
  }
}

namespace {
using PatternLists =
    std::tuple<SmallVector<OpFoldResult>, SmallVector<OpFoldResult>,
               SmallVector<OpFoldResult>>;
} // namespace

/// The other side of a DMA that moves a whole buffer of `shape`, as a
/// pattern of that shape (element k of both in row-major order): when its
/// sizes are the shape, when it is a whole buffer of as many elements, or a
/// contiguous run of them.
static std::optional<PatternLists> getOtherSideInShape(air::DmaMemcpyNdOp dma,
                                                       bool isSrc,
                                                       ArrayRef<int64_t> shape,
                                                       MLIRContext *context) {
  SmallVector<OpFoldResult> offsets =
      isSrc ? dma.getMixedDstOffsets() : dma.getMixedSrcOffsets();
  SmallVector<OpFoldResult> sizes =
      isSrc ? dma.getMixedDstSizes() : dma.getMixedSrcSizes();
  SmallVector<OpFoldResult> strides =
      isSrc ? dma.getMixedDstStrides() : dma.getMixedSrcStrides();
  auto other =
      cast<MemRefType>((isSrc ? dma.getDst() : dma.getSrc()).getType());
  int64_t count = 1;
  for (int64_t extent : shape)
    count *= extent;
  std::optional<SmallVector<int64_t>> constSizes = getConstantIntValues(sizes);
  if (!offsets.empty() && constSizes && ArrayRef(*constSizes) == shape)
    return PatternLists{offsets, sizes, strides};
  OpFoldResult base;
  if (offsets.empty()) {
    if (!other.hasStaticShape() || other.getNumElements() != count)
      return std::nullopt;
    base = IntegerAttr::get(IndexType::get(context), 0);
  } else if (offsets.size() == 1 && constSizes && (*constSizes)[0] == count &&
             getConstantIntValue(strides[0]) == 1) {
    base = offsets[0];
  } else {
    return std::nullopt;
  }
  PatternLists lists;
  auto &[outOffsets, outSizes, outStrides] = lists;
  for (auto [extent, stride] : llvm::zip_equal(shape, computeStrides(shape))) {
    outOffsets.push_back(IntegerAttr::get(IndexType::get(context), 0));
    outSizes.push_back(IntegerAttr::get(IndexType::get(context), extent));
    outStrides.push_back(IntegerAttr::get(IndexType::get(context), stride));
  }
  outOffsets.back() = base;
  return lists;
}

/// Replaces each DMA that moves all of `buffer` by one DMA per piece (the
/// buffer split along `dim` into pieces of `pieceExtent`), an async one by
/// async pieces joined by a wait_all.
static void replaceWholeMoves(RewriterBase &rewriter, Value buffer,
                              ArrayRef<int64_t> shape, unsigned dim,
                              int64_t pieceExtent, ArrayRef<Value> pieces,
                              ArrayRef<air::DmaMemcpyNdOp> wholeMoves) {
  int64_t columns = pieces.size();
  for (air::DmaMemcpyNdOp dma : wholeMoves) {
    bool isSrc = dma.getSrc() == buffer;
    rewriter.setInsertionPoint(dma);
    // An async DMA becomes one async DMA per piece, each after the
    // original's dependencies, joined by a wait_all for its users.
    Value token = dma.getAsyncToken();
    Type tokenType = token ? token.getType() : Type();
    SmallVector<Value> pieceTokens;
    for (int64_t column = 0; column < columns; ++column) {
      auto [offsets, sizes, strides] =
          *getOtherSideInShape(dma, isSrc, shape, rewriter.getContext());
      Value other = isSrc ? dma.getDst() : dma.getSrc();
      Location loc = dma.getLoc();
      Value start =
          getValueOrCreateConstantIndexOp(rewriter, loc, offsets[dim]);
      offsets[dim] =
          arith::AddIOp::create(rewriter, loc, start,
                                arith::ConstantIndexOp::create(
                                    rewriter, loc, column * pieceExtent))
              .getResult();
      sizes[dim] = rewriter.getIndexAttr(pieceExtent);
      SmallVector<OpFoldResult> whole;
      air::DmaMemcpyNdOp piece =
          isSrc ? air::DmaMemcpyNdOp::create(
                      rewriter, loc, tokenType, dma.getAsyncDependencies(),
                      other, offsets, sizes, strides, pieces[column], whole,
                      whole, whole)
                : air::DmaMemcpyNdOp::create(
                      rewriter, loc, tokenType, dma.getAsyncDependencies(),
                      pieces[column], whole, whole, whole, other, offsets,
                      sizes, strides);
      if (token)
        pieceTokens.push_back(piece.getAsyncToken());
    }
    if (token)
      rewriter.replaceOp(dma, air::WaitAllOp::create(rewriter, dma.getLoc(),
                                                     tokenType, pieceTokens));
    else
      rewriter.eraseOp(dma);
  }
}

static void replaceDeallocs(RewriterBase &rewriter, ArrayRef<Value> pieces,
                            ArrayRef<memref::DeallocOp> deallocs) {
  for (memref::DeallocOp dealloc : deallocs) {
    rewriter.setInsertionPoint(dealloc);
    for (Value piece : pieces)
      memref::DeallocOp::create(rewriter, dealloc.getLoc(), piece);
    rewriter.eraseOp(dealloc);
  }
}

/// Sorts the users of `alloc` other than those `isOwnUse` takes into DMAs
/// that move the whole buffer and deallocations; false if any is neither.
static bool
collectWholeMoves(memref::AllocOp alloc, ArrayRef<int64_t> shape,
                  llvm::function_ref<bool(Operation *)> isOwnUse,
                  SmallVectorImpl<air::DmaMemcpyNdOp> &wholeMoves,
                  SmallVectorImpl<memref::DeallocOp> &deallocs) {
  Value buffer = alloc.getResult();
  for (Operation *user : alloc->getUsers()) {
    if (isOwnUse(user))
      continue;
    if (auto dealloc = dyn_cast<memref::DeallocOp>(user)) {
      deallocs.push_back(dealloc);
      continue;
    }
    auto dma = dyn_cast<air::DmaMemcpyNdOp>(user);
    bool isSrc = dma && dma.getSrc() == buffer && dma.getDst() != buffer;
    bool isDst = dma && dma.getDst() == buffer && dma.getSrc() != buffer;
    if (!isSrc && !isDst)
      return false;
    auto own = isSrc ? dma.getMixedSrcOffsets() : dma.getMixedDstOffsets();
    if (!own.empty() ||
        !getOtherSideInShape(dma, isSrc, shape, alloc.getContext()))
      return false;
    wholeMoves.push_back(dma);
  }
  return true;
}

/// `count` allocations of `pieceType` before `alloc`, with its attributes,
/// piece i in the memtile `memtileOf(i)`.
static SmallVector<Value>
createPieces(RewriterBase &rewriter, memref::AllocOp alloc,
             MemRefType pieceType, int64_t count,
             llvm::function_ref<int64_t(int64_t)> memtileOf) {
  rewriter.setInsertionPoint(alloc);
  SmallVector<Value> pieces;
  for (int64_t i = 0; i < count; ++i) {
    auto piece = memref::AllocOp::create(rewriter, alloc.getLoc(), pieceType,
                                         alloc.getAlignmentAttr());
    for (NamedAttribute attribute : alloc->getDiscardableAttrs())
      piece->setAttr(attribute.getName(), attribute.getValue());
    piece->setAttr(getMemtileAttrName(),
                   rewriter.getI64IntegerAttr(memtileOf(i)));
    pieces.push_back(piece);
  }
  return pieces;
}

/// Splits each segment L2 buffer the herd writes into one piece per herd
/// column, when every core's write-back lands in its column's piece and the
/// segment moves the buffer only as a whole.

void herdflow::splitL2BuffersPerColumn(RewriterBase &rewriter,
                                       ArrayRef<WriteBack> writeBacks,
                                       int64_t columns) {
  if (columns <= 1 || writeBacks.empty())
    return;
  llvm::MapVector<Value, SmallVector<WriteBack>> byBuffer;
  for (WriteBack entry : writeBacks)
    byBuffer[entry.get.getDst()].push_back(entry);
  // A write-back from a column the herd does not have (a constant index
  // beyond the channel) names no piece: its buffer stays whole.
  for (auto &[buffer, gets] : byBuffer)
    if (llvm::any_of(gets, [&](const WriteBack &entry) {
          return entry.column < 0 || entry.column >= columns;
        }))
      gets.clear();
  for (auto &[buffer, gets] : byBuffer) {
    auto alloc = buffer.getDefiningOp<memref::AllocOp>();
    auto type = cast<MemRefType>(buffer.getType());
    if (gets.empty() || !alloc || !type.hasStaticShape() || !type.getLayout().isIdentity() ||
        type.getNumElements() == 0)
      continue;
    ArrayRef<int64_t> shape = type.getShape();
    SmallVector<std::optional<BoxAccess>, 4> boxes;
    for (WriteBack &entry : gets)
      boxes.push_back(getBoxAccess(shape, entry.get.getMixedOffsets(),
                                   entry.get.getMixedSizes(),
                                   entry.get.getMixedStrides()));
    if (llvm::any_of(boxes, [](auto &box) { return !box; }))
      continue;
    std::optional<unsigned> splitDim;
    for (int64_t d = shape.size() - 1; d >= 0 && !splitDim; --d) {
      if (shape[d] % columns != 0)
        continue;
      int64_t piece = shape[d] / columns;
      bool fits = llvm::all_of(llvm::zip_equal(boxes, gets), [&](auto pair) {
        auto &[box, entry] = pair;
        int64_t column = entry.column;
        return box->origin[d] >= column * piece &&
               box->last[d] < (column + 1) * piece;
      });
      if (fits)
        splitDim = d;
    }
    if (!splitDim)
      continue;
    // The segment's other uses: whole-buffer DMAs and deallocation.
    SmallVector<air::DmaMemcpyNdOp> wholeMoves;
    SmallVector<memref::DeallocOp> deallocs;
    auto isWriteBack = [&](Operation *user) {
      auto get = dyn_cast<air::ChannelGetOp>(user);
      return get && llvm::any_of(gets, [&](WriteBack &g) { return g.get == get; });
    };
    if (!collectWholeMoves(alloc, shape, isWriteBack, wholeMoves, deallocs))
      continue;

    unsigned dim = *splitDim;
    SmallVector<int64_t> pieceShape(shape);
    pieceShape[dim] /= columns;
    auto pieceType =
        MemRefType::get(pieceShape, type.getElementType(),
                        MemRefLayoutAttrInterface(), type.getMemorySpace());
    SmallVector<Value> pieces =
        createPieces(rewriter, alloc, pieceType, columns,
                     [](int64_t column) { return column; });
    for (auto [entry, box] : llvm::zip_equal(gets, boxes)) {
      auto [get, column] = entry;
      SmallVector<OpFoldResult> offsets, sizes, strides;
      rewriter.setInsertionPoint(get);
      rebaseBox(*box, pieceShape, dim, column * pieceShape[dim], rewriter,
                offsets, sizes, strides);
      // Same token and dependencies: async ordering is kept.
      Value token = get.getAsyncToken();
      rewriter.replaceOpWithNewOp<air::ChannelGetOp>(
          get, token ? token.getType() : Type(), get.getAsyncDependencies(),
          get.getChanName(), get.getIndices(), pieces[column], offsets, sizes,
          strides);
    }
    replaceWholeMoves(rewriter, buffer, shape, dim, pieceShape[dim], pieces,
                      wholeMoves);
    replaceDeallocs(rewriter, pieces, deallocs);
    if (alloc->use_empty())
      rewriter.eraseOp(alloc);
  }
}

/// Bounds [first, last value] of the scf.for whose induction variable is
/// `value`, or nullopt (not an induction variable: a loop-carried value also
/// belongs to the loop's body but takes other values; bounds not constant;
/// no iteration).
static std::optional<std::pair<int64_t, int64_t>>
getInductionVarRange(Value value) {
  scf::ForOp loop = scf::getForInductionVarOwner(value);
  if (!loop || loop.getInductionVar() != value)
    return std::nullopt;
  std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound());
  std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound());
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!lb || !ub || !step || *step <= 0 || *ub <= *lb)
    return std::nullopt;
  return std::make_pair(*lb, *lb + (*ub - *lb - 1) / *step * *step);
}

/// The most loops a range enumerates the corners of (2^6 corners).
static constexpr unsigned kMaxRangeLoops = 6;

/// Calls `visit` with `pattern` at each corner of the bounds of the loops
/// it depends on (`fixed`, if given, held at `value`); false when a
/// dependency is not a loop's induction variable with constant bounds, there
/// are more than kMaxRangeLoops of them, or `visit` returns false.
static bool forEachLoopCorner(const AccessPattern &pattern,
                              const AccessPatternContext &context,
                              llvm::function_ref<bool(const AccessPattern &)> visit,
                              Value fixed = Value(), int64_t value = 0) {
  SmallVector<Value> dependencies = pattern.getDependencies(context);
  if (dependencies.size() > kMaxRangeLoops)
    return false;
  SmallVector<std::pair<int64_t, int64_t>> bounds;
  for (Value dependency : dependencies) {
    std::optional<std::pair<int64_t, int64_t>> range =
        dependency == fixed ? std::make_pair(value, value)
                            : getInductionVarRange(dependency);
    if (!range)
      return false;
    bounds.push_back(*range);
  }
  for (uint64_t corner = 0, e = uint64_t(1) << bounds.size(); corner < e;
       ++corner) {
    llvm::DenseMap<Value, int64_t> values;
    for (auto [i, dependency] : llvm::enumerate(dependencies))
      values[dependency] =
          (corner >> i) & 1 ? bounds[i].second : bounds[i].first;
    if (!visit(pattern.withValues(context, values)))
      return false;
  }
  return true;
}

/// The smallest and largest element of its buffer (row-major) that `side`
/// of `op` touches over all iterations of the scf.for loops its pattern
/// depends on, when the pattern is linear in those loops' induction
/// variables and their bounds are constants. A linear function on a box
/// takes its extremes at the corners, so the corners are enumerated: at
/// most 2^kMaxRangeLoops of them.
static std::optional<std::pair<int64_t, int64_t>>
getElementRangeOverLoops(const air::TransferSide &side) {
  AccessPatternContext context(side.memref.getContext());
  FailureOr<AccessPattern> pattern = computeAccessPattern(side, context);
  if (failed(pattern))
    return std::nullopt;
  bool linear = true;
  auto checkLinear = [&](AffineExpr expr) {
    expr.walk([&](AffineExpr sub) {
      auto binary = dyn_cast<AffineBinaryOpExpr>(sub);
      if (sub.getKind() == AffineExprKind::Mod ||
          sub.getKind() == AffineExprKind::FloorDiv ||
          sub.getKind() == AffineExprKind::CeilDiv ||
          (sub.getKind() == AffineExprKind::Mul &&
           !isa<AffineConstantExpr>(binary.getLHS()) &&
           !isa<AffineConstantExpr>(binary.getRHS())))
        linear = false;
    });
  };
  checkLinear(pattern->offset);
  for (AffineExpr stride : pattern->strides)
    checkLinear(stride);
  if (!linear)
    return std::nullopt;
  std::optional<std::pair<int64_t, int64_t>> range;
  bool bounded = forEachLoopCorner(*pattern, context, [&](const AccessPattern &at) {
    std::optional<std::pair<int64_t, int64_t>> corner = at.getStaticElementRange();
    if (corner)
      range = range ? std::make_pair(std::min(range->first, corner->first),
                                     std::max(range->second, corner->second))
                    : *corner;
    return corner.has_value();
  });
  return bounded ? range : std::nullopt;
}

/// `side`'s pattern rebased into a piece that starts `shift` elements into
/// its buffer: the same sizes and strides (constants), the linear offset
/// minus `shift` placed on the innermost dimension of stride 1, or on a
/// prepended dimension of size 1 if there is none.
static void rebaseSide(RewriterBase &rewriter, Location loc,
                       const air::TransferSide &side, int64_t shift,
                       SmallVector<OpFoldResult> &offsets,
                       SmallVector<OpFoldResult> &sizes,
                       SmallVector<OpFoldResult> &strides) {
  AffineExpr linear = rewriter.getAffineConstantExpr(-shift);
  SmallVector<Value> operands;
  for (auto [offset, stride] : llvm::zip_equal(side.offsets, side.strides)) {
    int64_t constantStride = *getConstantIntValue(stride);
    if (std::optional<int64_t> constant = getConstantIntValue(offset)) {
      linear = linear + *constant * constantStride;
      continue;
    }
    linear = linear +
             rewriter.getAffineSymbolExpr(operands.size()) * constantStride;
    operands.push_back(cast<Value>(offset));
  }
  OpFoldResult folded = affine::makeComposedFoldedAffineApply(
      rewriter, loc, AffineMap::get(0, operands.size(), linear),
      getAsOpFoldResult(ValueRange(operands)));
  sizes.assign(side.sizes.begin(), side.sizes.end());
  strides.assign(side.strides.begin(), side.strides.end());
  offsets.assign(side.offsets.size(), rewriter.getIndexAttr(0));
  for (size_t i = strides.size(); i-- > 0;)
    if (getConstantIntValue(strides[i]) == 1) {
      offsets[i] = folded;
      return;
    }
  offsets.insert(offsets.begin(), folded);
  sizes.insert(sizes.begin(), rewriter.getIndexAttr(1));
  strides.insert(strides.begin(), rewriter.getIndexAttr(1));
}

/// The allocations of `segment` outside its herds, in order.
static SmallVector<memref::AllocOp> getSegmentAllocs(air::SegmentOp segment) {
  SmallVector<memref::AllocOp> allocs;
  segment.getRegion().walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (isa<air::HerdOp>(op))
      return WalkResult::skip();
    if (auto alloc = dyn_cast<memref::AllocOp>(op))
      allocs.push_back(alloc);
    return WalkResult::advance();
  });
  return allocs;
}

/// The row pieces of splitL2BuffersPerReader.
static void splitIntoRowPieces(RewriterBase &rewriter, air::SegmentOp segment,
                               ArrayRef<int64_t> herdShape) {
  // Pieces on one memtile would buy nothing and cost shim DMAs.
  if (herdShape.empty() || herdShape.front() <= 1)
    return;
  // Piece counts to try, largest first: one piece per herd row or column
  // is what lets each memtile feed its own cores.
  SmallVector<int64_t> counts(herdShape);
  llvm::sort(counts, std::greater<int64_t>());
  counts.erase(std::unique(counts.begin(), counts.end()), counts.end());
  int64_t columns = herdShape.front();
  SmallVector<memref::AllocOp> allocs = getSegmentAllocs(segment);
  for (memref::AllocOp alloc : allocs) {
    MemRefType type = alloc.getType();
    if (alloc->hasAttr(getMemtileAttrName()) || !type.hasStaticShape() ||
        !type.getLayout().isIdentity() || type.getRank() == 0 ||
        type.getNumElements() == 0 ||
        air::getMemoryLevel(type.getMemorySpace()) != air::MemoryLevel::L2)
      continue;
    ArrayRef<int64_t> shape = type.getShape();
    // Reads into channels, each within a range of elements.
    SmallVector<std::pair<air::ChannelPutOp, std::pair<int64_t, int64_t>>>
        reads;
    bool readable = true;
    for (Operation *user : alloc->getUsers()) {
      auto put = dyn_cast<air::ChannelPutOp>(user);
      if (!put)
        continue;
      air::TransferSide side = cast<air::TransferOpInterface>(*put).getSide(0);
      std::optional<std::pair<int64_t, int64_t>> range =
          getElementRangeOverLoops(side);
      if (!range || put->getParentOfType<air::HerdOp>() ||
          llvm::any_of(side.strides, [](OpFoldResult stride) {
            return !getConstantIntValue(stride);
          })) {
        readable = false;
        break;
      }
      reads.push_back({put, *range});
    }
    int64_t elements = type.getNumElements();
    // A range outside the buffer (a read that never runs, or one the
    // verifier could not bound) names no piece.
    if (!readable || reads.size() < 2 ||
        llvm::any_of(reads, [&](auto &read) {
          return read.second.first < 0 || read.second.second >= elements;
        }))
      continue;
    SmallVector<air::DmaMemcpyNdOp> wholeMoves;
    SmallVector<memref::DeallocOp> deallocs;
    auto isRead = [](Operation *user) { return isa<air::ChannelPutOp>(user); };
    if (!collectWholeMoves(alloc, shape, isRead, wholeMoves, deallocs))
      continue;
    std::optional<int64_t> count;
    for (int64_t candidate : counts) {
      if (candidate <= 1 || shape.front() % candidate != 0)
        continue;
      int64_t pieceElements = elements / candidate;
      if (llvm::all_of(reads, [&](auto &read) {
            auto [lo, hi] = read.second;
            return lo / pieceElements == hi / pieceElements;
          })) {
        count = candidate;
        break;
      }
    }
    if (!count)
      continue;
    SmallVector<int64_t> pieceShape(shape);
    pieceShape.front() /= *count;
    auto pieceType =
        MemRefType::get(pieceShape, type.getElementType(),
                        MemRefLayoutAttrInterface(), type.getMemorySpace());
    SmallVector<Value> pieces =
        createPieces(rewriter, alloc, pieceType, *count,
                     [&](int64_t piece) { return piece % columns; });
    int64_t pieceElements = elements / *count;
    for (auto &[put, range] : reads) {
      int64_t piece = range.first / pieceElements;
      air::TransferSide side = cast<air::TransferOpInterface>(*put).getSide(0);
      rewriter.setInsertionPoint(put);
      SmallVector<OpFoldResult> offsets, sizes, strides;
      rebaseSide(rewriter, put.getLoc(), side, piece * pieceElements, offsets,
                 sizes, strides);
      Value token = put.getAsyncToken();
      rewriter.replaceOpWithNewOp<air::ChannelPutOp>(
          put, token ? token.getType() : Type(), put.getAsyncDependencies(),
          put.getChanName(), put.getIndices(), pieces[piece], offsets, sizes,
          strides);
    }
    replaceWholeMoves(rewriter, alloc.getResult(), shape, 0,
                      pieceShape.front(), pieces, wholeMoves);
    replaceDeallocs(rewriter, pieces, deallocs);
    if (alloc->use_empty())
      rewriter.eraseOp(alloc);
  }
}

/// The columns [first, last] a read `side` of a row-major 2-D buffer of
/// `columns` columns touches with `fixed` at `value`, over the other loops
/// its pattern depends on (corners of their bounds; the pattern is linear,
/// see getElementRangeOverLoops). Nullopt unless every corner reads within
/// the rows from the first one, its offset a column of row 0 (so the read's
/// offset is a column offset a narrower buffer keeps).
static std::optional<std::pair<int64_t, int64_t>>
getColumnRange(const air::TransferSide &side, int64_t columns, Value fixed,
               int64_t value) {
  AccessPatternContext context(side.memref.getContext());
  FailureOr<AccessPattern> pattern = computeAccessPattern(side, context);
  if (failed(pattern))
    return std::nullopt;
  std::optional<std::pair<int64_t, int64_t>> result;
  auto visit = [&](const AccessPattern &at) {
    auto offset = dyn_cast<AffineConstantExpr>(simplifyPatternExpr(at.offset));
    if (!offset || offset.getValue() < 0 || offset.getValue() >= columns)
      return false;
    int64_t first = offset.getValue(), last = first;
    for (auto [size, strideExpr] : llvm::zip_equal(at.sizes, at.strides)) {
      auto stride =
          dyn_cast<AffineConstantExpr>(simplifyPatternExpr(strideExpr));
      if (!stride || stride.getValue() < 0 || size < 1)
        return false;
      if (size == 1 || stride.getValue() % columns == 0)
        continue;
      last += stride.getValue() * (size - 1);
    }
    if (last >= columns)
      return false;
    result = result ? std::make_pair(std::min(result->first, first),
                                     std::max(result->second, last))
                    : std::make_pair(first, last);
    return true;
  };
  if (!forEachLoopCorner(*pattern, context, visit, fixed, value))
    return std::nullopt;
  return result;
}

/// The outermost scf.for in `segment` around `op` whose induction variable
/// `side`'s pattern depends on, or null.
static scf::ForOp getOutermostReadLoop(Operation *op,
                                       const air::TransferSide &side) {
  AccessPatternContext context(side.memref.getContext());
  FailureOr<AccessPattern> pattern = computeAccessPattern(side, context);
  if (failed(pattern))
    return nullptr;
  SmallVector<Value> dependencies = pattern->getDependencies(context);
  scf::ForOp outermost;
  for (Operation *parent = op->getParentOp();
       parent && !isa<air::SegmentOp>(parent); parent = parent->getParentOp())
    if (auto loop = dyn_cast<scf::ForOp>(parent);
        loop && llvm::is_contained(dependencies, loop.getInductionVar()))
      outermost = loop;
  return outermost;
}

namespace {
/// A buffer to split into column halves at a loop's iteration.
struct HalfSplit {
  memref::AllocOp alloc;
  SmallVector<air::DmaMemcpyNdOp> wholeMoves;
  SmallVector<memref::DeallocOp> deallocs;
};
} // namespace

/// The most iterations of a loop the half split examines one by one.
static constexpr int64_t kMaxSplitTrips = 256;

void herdflow::splitL2BuffersAlongReadLoops(RewriterBase &rewriter,
                                            air::SegmentOp segment) {
  SmallVector<memref::AllocOp> allocs = getSegmentAllocs(segment);
  // Per loop: where to split it, and the buffers that need it there.
  llvm::MapVector<Operation *, std::pair<int64_t, SmallVector<HalfSplit>>>
      plans;
  llvm::DenseSet<Operation *> conflicting;
  for (memref::AllocOp alloc : allocs) {
    MemRefType type = alloc.getType();
    if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
        type.getRank() != 2 || type.getShape()[1] % 2 != 0 ||
        type.getShape()[1] < 2 || type.getNumElements() == 0 ||
        air::getMemoryLevel(type.getMemorySpace()) != air::MemoryLevel::L2)
      continue;
    int64_t columns = type.getShape()[1];
    HalfSplit split{alloc, {}, {}};
    auto isRead = [](Operation *user) { return isa<air::ChannelPutOp>(user); };
    if (!collectWholeMoves(alloc, type.getShape(), isRead, split.wholeMoves,
                           split.deallocs))
      continue;
    SmallVector<air::ChannelPutOp> puts;
    for (Operation *user : alloc->getUsers())
      if (auto put = dyn_cast<air::ChannelPutOp>(user))
        puts.push_back(put);
    if (puts.empty())
      continue;
    // One loop around every read decides the half each iteration reads.
    scf::ForOp loop;
    bool usable = true;
    for (air::ChannelPutOp put : puts) {
      air::TransferSide side = cast<air::TransferOpInterface>(*put).getSide(0);
      scf::ForOp outer = getOutermostReadLoop(put, side);
      if (!outer || put->getParentOfType<air::HerdOp>() ||
          llvm::any_of(side.strides, [](OpFoldResult stride) {
            return !getConstantIntValue(stride);
          }) ||
          (loop && outer != loop)) {
        usable = false;
        break;
      }
      loop = outer;
    }
    if (!usable || loop.getNumResults() != 0 ||
        loop->walk([](air::HerdOp) { return WalkResult::interrupt(); })
            .wasInterrupted())
      continue;
    // Only a buffer read again in each iteration of a loop around its read
    // loop gains: a half is refilled while the other is read. (The K slices
    // staged inside the K loop are refilled each iteration anyway.)
    bool reread = false;
    for (Operation *parent = loop->getParentOp();
         parent && parent != alloc->getParentOp();
         parent = parent->getParentOp())
      reread = reread || isa<scf::ForOp>(parent);
    if (!reread || !loop->getParentOp() ||
        !alloc->getParentOp()->isProperAncestor(loop))
      continue;
    std::optional<std::pair<int64_t, int64_t>> range =
        getInductionVarRange(loop.getInductionVar());
    int64_t step = getConstantIntValue(loop.getStep()).value_or(0);
    if (!range || step <= 0 ||
        (range->second - range->first) / step + 1 > kMaxSplitTrips)
      continue;
    // The iterations reading the first half must come first.
    std::optional<int64_t> split_at;
    for (int64_t value = range->first; usable && value <= range->second;
         value += step) {
      int64_t half = -1;
      for (air::ChannelPutOp put : puts) {
        std::optional<std::pair<int64_t, int64_t>> cols =
            getColumnRange(cast<air::TransferOpInterface>(*put).getSide(0),
                           columns, loop.getInductionVar(), value);
        int64_t h = cols ? cols->first / (columns / 2) : -1;
        if (!cols || cols->second / (columns / 2) != h ||
            (half != -1 && h != half)) {
          usable = false;
          break;
        }
        half = h;
      }
      if (!usable)
        break;
      if (half == 1 && !split_at)
        split_at = value;
      if (half == 0 && split_at)
        usable = false;
    }
    if (!usable || !split_at || *split_at == range->first)
      continue;
    auto [it, inserted] = plans.try_emplace(loop, *split_at,
                                            SmallVector<HalfSplit>());
    if (!inserted && it->second.first != *split_at)
      conflicting.insert(loop);
    it->second.second.push_back(std::move(split));
  }
  for (auto &[loopOp, plan] : plans) {
    if (conflicting.contains(loopOp))
      continue;
    auto loop = cast<scf::ForOp>(loopOp);
    auto &[splitAt, buffers] = plan;
    // The iterations before the split run in a copy of the loop: the same
    // iterations in the same order.
    rewriter.setInsertionPoint(loop);
    auto first = cast<scf::ForOp>(rewriter.clone(*loop));
    Value middle =
        arith::ConstantIndexOp::create(rewriter, loop.getLoc(), splitAt);
    rewriter.modifyOpInPlace(first,
                             [&] { first.getUpperBoundMutable().assign(middle); });
    rewriter.modifyOpInPlace(loop,
                             [&] { loop.getLowerBoundMutable().assign(middle); });
    for (HalfSplit &buffer : buffers) {
      MemRefType type = buffer.alloc.getType();
      int64_t columns = type.getShape()[1], half = columns / 2;
      auto pieceType =
          MemRefType::get({type.getShape()[0], half}, type.getElementType(),
                          MemRefLayoutAttrInterface(), type.getMemorySpace());
      std::optional<int64_t> memtile;
      if (auto attr = buffer.alloc->getAttrOfType<IntegerAttr>(
              getMemtileAttrName()))
        memtile = attr.getInt();
      SmallVector<Value> pieces =
          createPieces(rewriter, buffer.alloc, pieceType, 2,
                       [&](int64_t) { return memtile.value_or(0); });
      if (!memtile)
        for (Value piece : pieces)
          piece.getDefiningOp()->removeAttr(getMemtileAttrName());
      SmallVector<air::ChannelPutOp> puts;
      for (Operation *user : buffer.alloc->getUsers())
        if (auto put = dyn_cast<air::ChannelPutOp>(user))
          puts.push_back(put);
      for (air::ChannelPutOp put : puts) {
        int64_t index = first->isAncestor(put) ? 0 : 1;
        air::TransferSide side =
            cast<air::TransferOpInterface>(*put).getSide(0);
        rewriter.setInsertionPoint(put);
        SmallVector<OpFoldResult> offsets, sizes, strides;
        rebaseSide(rewriter, put.getLoc(), side, index * half, offsets, sizes,
                   strides);
        // Rows are `half` elements apart in a piece.
        for (OpFoldResult &stride : strides)
          if (int64_t value = *getConstantIntValue(stride);
              value % columns == 0)
            stride = rewriter.getIndexAttr(value / columns * half);
        Value token = put.getAsyncToken();
        rewriter.replaceOpWithNewOp<air::ChannelPutOp>(
            put, token ? token.getType() : Type(), put.getAsyncDependencies(),
            put.getChanName(), put.getIndices(), pieces[index], offsets,
            sizes, strides);
      }
      replaceWholeMoves(rewriter, buffer.alloc.getResult(), type.getShape(),
                        1, half, pieces, buffer.wholeMoves);
      replaceDeallocs(rewriter, pieces, buffer.deallocs);
      if (buffer.alloc->use_empty())
        rewriter.eraseOp(buffer.alloc);
    }
  }
}

void herdflow::splitL2BuffersPerReader(RewriterBase &rewriter,
                                       air::SegmentOp segment,
                                       ArrayRef<int64_t> herdShape) {
  splitIntoRowPieces(rewriter, segment, herdShape);
  splitL2BuffersAlongReadLoops(rewriter, segment);
}

SmallVector<WriteBack> herdflow::findWriteBacks(air::HerdOp herd) {
  SmallVector<WriteBack> writeBacks;
  auto segment = herd->getParentOfType<air::SegmentOp>();
  if (!segment)
    return writeBacks;
  ArrayRef<BlockArgument> ids = herd.getIds();
  // Channels every core of the herd puts on its own stream (indexed by its
  // tile ids): the position of the column id among the indices.
  llvm::StringMap<unsigned> columnIndex;
  llvm::StringSet<> mixed;
  herd.walk([&](air::ChannelPutOp put) {
    StringRef name = put.getChanName();
    auto column = llvm::find(put.getIndices(), Value(ids.front()));
    bool perCore = put.getIndices().size() == ids.size() &&
                   llvm::all_of(ids, [&](BlockArgument id) {
                     return llvm::is_contained(put.getIndices(), Value(id));
                   });
    if (!perCore || mixed.contains(name)) {
      mixed.insert(name);
      columnIndex.erase(name);
      return;
    }
    columnIndex[name] = column - put.getIndices().begin();
  });
  segment.walk([&](air::ChannelGetOp get) {
    if (get->getParentOfType<air::HerdOp>())
      return;
    auto it = columnIndex.find(get.getChanName());
    if (it == columnIndex.end() || it->second >= get.getIndices().size())
      return;
    std::optional<int64_t> column =
        getConstantIntValue(get.getIndices()[it->second]);
    if (column)
      writeBacks.push_back({get, *column});
  });
  return writeBacks;
}

namespace {
struct SplitL2MemrefPass
    : public herdflow::impl::SplitL2MemrefPassBase<SplitL2MemrefPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<air::HerdOp> herds;
    getOperation()->walk([&](air::HerdOp herd) { herds.push_back(herd); });
    for (air::HerdOp herd : herds) {
      std::optional<int64_t> columns =
          getConstantIntValue(herd.getSizeOperands().front());
      // One piece per column: bounded by the largest described array.
      if (!columns || *columns < 1 || *columns > getMaxCoresOfAnyTarget()) {
        herd.emitRemark("L2 buffers not split: the herd's column count is "
                        "not a constant of at most ")
            << getMaxCoresOfAnyTarget();
        continue;
      }
      splitL2BuffersPerColumn(rewriter, findWriteBacks(herd), *columns);
      if (auto segment = herd->getParentOfType<air::SegmentOp>()) {
        SmallVector<int64_t> shape;
        for (Value size : herd.getSizeOperands())
          if (std::optional<int64_t> extent = getConstantIntValue(size);
              extent && *extent >= 1 && *extent <= getMaxCoresOfAnyTarget())
            shape.push_back(*extent);
        if (shape.size() == herd.getSizeOperands().size())
          splitL2BuffersPerReader(rewriter, segment, shape);
      }
    }
    // The pieces' offsets fold to literals (segments are isolated).
    RewritePatternSet patterns(&getContext());
    air::DmaMemcpyNdOp::getCanonicalizationPatterns(patterns, &getContext());
    FrozenRewritePatternSet folds(std::move(patterns));
    getOperation()->walk([&](air::SegmentOp segment) {
      (void)applyPatternsGreedily(segment.getRegion(), folds);
    });
  }
};
} // namespace
