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
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/MathExtras.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"
#include <limits>

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
  auto fresh = air::WaitAllOp::create(
      rewriter, op->getLoc(), air::AsyncTokenType::get(op->getContext()),
      ValueRange());
  rewriter.replaceAllUsesWith(token, fresh.getAsyncToken());
}

/// Lowers the affine ops of `op`'s body that require valid dims and symbols
/// (affine.if, affine.for, affine.load, ...): the body is an affine scope in
/// which the ids are symbols, but once the body becomes a loop nest they are
/// induction variables, which are neither. affine.apply/min/max stay.
static LogicalResult lowerScopedAffineOps(air::HierarchyInterface op) {
  MLIRContext *context = op->getContext();
  ConversionTarget target(*context);
  target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
  target.addIllegalOp<affine::AffineIfOp, affine::AffineForOp,
                      affine::AffineParallelOp, affine::AffineLoadOp,
                      affine::AffineStoreOp, affine::AffineVectorLoadOp,
                      affine::AffineVectorStoreOp, affine::AffinePrefetchOp,
                      affine::AffineYieldOp>();
  RewritePatternSet patterns(context);
  populateAffineToStdConversionPatterns(patterns);
  return applyPartialConversion(op, target, std::move(patterns));
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
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
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
  /// Added to every linear position (a FIFO's read or write position).
  Value base;
  SmallVector<Value> offsets, sizes, strides;
};
} // namespace

static FailureOr<DmaSide>
prepareSide(RewriterBase &rewriter, Location loc, Value memref,
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
static void copyPattern(RewriterBase &rewriter, Location loc,
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
  copyPattern(rewriter, loc, &*src, &*dst);
  replaceToken(rewriter, dma, dma.getAsyncToken());
  rewriter.eraseOp(dma);
  return success();
}

//===----------------------------------------------------------------------===//
// Channels as FIFOs
//===----------------------------------------------------------------------===//

/// The most elements (and streams) a channel's FIFO may have on the CPU:
/// 2^32, 16 GiB of i32, beyond what the runner's host can allocate.
static constexpr int64_t kMaxFifoElements = int64_t(1) << 32;

namespace {
/// The CPU form of one air.channel: every stream is a FIFO of elements in one
/// flat buffer, with a write position per stream and a read position per
/// consumer (a broadcast stream has several). The programs are Kahn process
/// networks, so any sequential order in which no get runs before its put
/// computes what the concurrent array computes.
struct ChannelFifo {
  SmallVector<int64_t> shape;
  /// Consumers of one stream: the broadcast extents of the size-1 dims.
  SmallVector<int64_t> consumerShape;
  int64_t numConsumers = 1;
  /// Elements one stream may hold at once: all that can be put on the
  /// channel within one instance of the innermost hierarchy op (or function)
  /// around its puts and gets. A stream that has been read completely by all
  /// its consumers starts over at position 0.
  int64_t capacity = 0;
  Type elementType;
  FunctionOpInterface function;
  Value storage, writePositions, readPositions;

  int64_t getNumStreams() const {
    int64_t count = 1;
    for (int64_t extent : shape)
      count *= extent;
    return count;
  }
};
} // namespace

static FailureOr<int64_t> getMessageSize(Operation *op, Value memref,
                                         ArrayRef<OpFoldResult> sizes) {
  if (sizes.empty()) {
    auto type = cast<MemRefType>(memref.getType());
    if (type.hasStaticShape())
      return type.getNumElements();
  } else if (std::optional<SmallVector<int64_t>> constants =
                 getConstantIntValues(sizes)) {
    int64_t count = 1;
    for (int64_t size : *constants)
      count *= size;
    return count;
  }
  return op->emitOpError("cannot be lowered to loops: its message size is "
                         "not static");
}

/// The innermost hierarchy op or function containing all of `ops`.
static Operation *getChannelScope(ArrayRef<Operation *> ops) {
  for (Operation *scope = ops.front()->getParentOp(); scope;
       scope = scope->getParentOp()) {
    if (!isa<air::HierarchyInterface, FunctionOpInterface>(scope))
      continue;
    if (llvm::all_of(
            ops, [&](Operation *op) { return scope->isProperAncestor(op); }))
      return scope;
  }
  return nullptr;
}

/// Sizes the FIFO of every channel used under `root`; must run while the
/// hierarchy ops still exist.
static FailureOr<llvm::MapVector<air::ChannelOp, ChannelFifo>>
analyzeChannels(Operation *root) {
  llvm::MapVector<air::ChannelOp, SmallVector<Operation *>> uses;
  SymbolTableCollection symbols;
  WalkResult walk = root->walk([&](Operation *op) {
    auto channelOp = dyn_cast<air::ChannelInterface>(op);
    if (!channelOp)
      return WalkResult::advance();
    FlatSymbolRefAttr name = channelOp.getChanNameAttr();
    auto decl = symbols.lookupNearestSymbolFrom<air::ChannelOp>(op, name);
    if (!decl) {
      op->emitOpError("cannot be lowered to loops: ")
          << name << " is not an 'air.channel'";
      return WalkResult::interrupt();
    }
    uses[decl].push_back(op);
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();

  llvm::MapVector<air::ChannelOp, ChannelFifo> fifos;
  for (auto &[decl, ops] : uses) {
    ChannelFifo fifo;
    fifo.shape = decl.getShape();
    for (auto [i, extent] : llvm::enumerate(fifo.shape)) {
      if (!decl.getBroadcastShape() || extent != 1)
        continue;
      int64_t consumers =
          cast<IntegerAttr>((*decl.getBroadcastShape())[i]).getInt();
      fifo.consumerShape.push_back(consumers);
      if (llvm::MulOverflow(fifo.numConsumers, consumers, fifo.numConsumers))
        fifo.numConsumers = std::numeric_limits<int64_t>::max();
    }
    // The lowering emits code per consumer and sizes FIFOs by streams:
    // bound both before anything is built.
    int64_t streams = 1;
    bool overflows = llvm::any_of(fifo.shape, [&](int64_t extent) {
      return llvm::MulOverflow(streams, extent, streams);
    });
    if (overflows || streams > kMaxFifoElements)
      return decl.emitOpError("cannot be lowered to loops: it has more "
                              "streams than a CPU FIFO holds (")
             << kMaxFifoElements << ")";
    if (fifo.numConsumers > getMaxCoresOfAnyTarget())
      return decl.emitOpError("cannot be lowered to loops: it broadcasts to ")
             << fifo.numConsumers << " consumers, more than any described "
             << "target has cores (" << getMaxCoresOfAnyTarget() << ")";
    Operation *scope = getChannelScope(ops);
    fifo.function = ops.front()->getParentOfType<FunctionOpInterface>();
    if (!scope || !fifo.function || llvm::any_of(ops, [&](Operation *op) {
          return op->getParentOfType<FunctionOpInterface>() != fifo.function;
        }))
      return ops.front()->emitOpError("cannot be lowered to loops: the puts "
                                      "and gets of ")
             << decl.getSymNameAttr() << " must be in one function";
    for (Operation *op : ops) {
      air::TransferSide side = cast<air::TransferOpInterface>(op).getSide(0);
      bool put = side.access == air::TransferSide::Access::Read;
      Value memref = side.memref;
      Type elementType = cast<MemRefType>(memref.getType()).getElementType();
      if (fifo.elementType && fifo.elementType != elementType)
        return op->emitOpError("cannot be lowered to loops: it moves ")
               << elementType << " elements on " << decl.getSymNameAttr()
               << ", which also carries " << fifo.elementType;
      fifo.elementType = elementType;
      FailureOr<int64_t> size = getMessageSize(op, memref, side.sizes);
      if (failed(size))
        return failure();
      if (!put)
        continue;
      std::optional<int64_t> executions = getExecutionBound(op, scope);
      if (!executions)
        return op->emitOpError("cannot be lowered to loops: the number of "
                               "messages it puts on ")
               << decl.getSymNameAttr()
               << " is unknown (a loop without a static trip count)";
      int64_t messages;
      if (llvm::MulOverflow(*executions, *size, messages) ||
          llvm::AddOverflow(fifo.capacity, messages, fifo.capacity))
        fifo.capacity = std::numeric_limits<int64_t>::max();
    }
    int64_t elements;
    if (llvm::MulOverflow(fifo.getNumStreams(),
                          std::max<int64_t>(fifo.capacity, 1), elements) ||
        elements > kMaxFifoElements)
      return decl.emitOpError("cannot be lowered to loops: its FIFO would "
                              "hold more elements than a CPU FIFO holds (")
             << kMaxFifoElements << ")";
    fifos[decl] = std::move(fifo);
  }
  return fifos;
}

/// Row-major linear index of `indices` in `shape`, taking only the dims
/// `keep` selects; no indices address element 0.
static Value linearizeIndices(OpBuilder &b, Location loc, ValueRange indices,
                              ArrayRef<int64_t> shape,
                              llvm::function_ref<bool(size_t)> keep) {
  Value linear = arith::ConstantIndexOp::create(b, loc, 0);
  if (indices.empty())
    return linear;
  for (auto [d, index] : llvm::enumerate(indices)) {
    if (!keep(d))
      continue;
    Value extent = arith::ConstantIndexOp::create(b, loc, shape[d]);
    linear = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, linear, extent), index);
  }
  return linear;
}

static void createFifoStorage(RewriterBase &rewriter, ChannelFifo &fifo,
                              Location loc) {
  Block &entry = fifo.function.getFunctionBody().front();
  rewriter.setInsertionPointToStart(&entry);
  int64_t streams = fifo.getNumStreams();
  auto indexType = rewriter.getIndexType();
  fifo.storage = memref::AllocOp::create(
      rewriter, loc,
      MemRefType::get({streams * std::max<int64_t>(fifo.capacity, 1)},
                      fifo.elementType));
  fifo.writePositions = memref::AllocOp::create(
      rewriter, loc, MemRefType::get({streams}, indexType));
  fifo.readPositions = memref::AllocOp::create(
      rewriter, loc, MemRefType::get({streams * fifo.numConsumers}, indexType));
  // Positions start at zero: one loop each, whatever the stream count.
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  for (Value positions : {fifo.writePositions, fifo.readPositions}) {
    auto type = cast<MemRefType>(positions.getType());
    Value count =
        arith::ConstantIndexOp::create(rewriter, loc, type.getNumElements());
    scf::ForOp::create(rewriter, loc, zero, count, one, ValueRange(),
                       [&](OpBuilder &b, Location loc, Value i, ValueRange) {
                         memref::StoreOp::create(b, loc, zero, positions, i);
                         scf::YieldOp::create(b, loc);
                       });
  }
  for (Block &block : fifo.function.getFunctionBody()) {
    Operation *terminator = block.getTerminator();
    if (!terminator || !terminator->hasTrait<OpTrait::ReturnLike>())
      continue;
    rewriter.setInsertionPoint(terminator);
    for (Value buffer : {fifo.storage, fifo.writePositions, fifo.readPositions})
      memref::DeallocOp::create(rewriter, loc, buffer);
  }
}

/// The elements of one message in the FIFO, laid out row-major in `sizes`.
static DmaSide getFifoSide(OpBuilder &b, Location loc, const ChannelFifo &fifo,
                           Value stream, Value position,
                           ArrayRef<Value> sizes) {
  DmaSide side;
  side.flat = fifo.storage;
  Value capacity = arith::ConstantIndexOp::create(b, loc, fifo.capacity);
  side.base = arith::AddIOp::create(
      b, loc, arith::MulIOp::create(b, loc, stream, capacity), position);
  side.sizes.assign(sizes.begin(), sizes.end());
  side.offsets.assign(sizes.size(), arith::ConstantIndexOp::create(b, loc, 0));
  side.strides.resize(sizes.size());
  // Constant strides when the sizes are, so copies get static layouts.
  Value stride = arith::ConstantIndexOp::create(b, loc, 1);
  std::optional<int64_t> constantStride = 1;
  for (int64_t d = sizes.size() - 1; d >= 0; --d) {
    side.strides[d] = stride;
    std::optional<int64_t> size = getConstantIntValue(sizes[d]);
    constantStride = constantStride && size
                         ? std::optional<int64_t>(*constantStride * *size)
                         : std::nullopt;
    stride = constantStride
                 ? arith::ConstantIndexOp::create(b, loc, *constantStride)
                 : arith::MulIOp::create(b, loc, stride, sizes[d]).getResult();
  }
  return side;
}

static Value getElementCount(OpBuilder &b, Location loc,
                             ArrayRef<Value> sizes) {
  Value count = arith::ConstantIndexOp::create(b, loc, 1);
  for (Value size : sizes)
    count = arith::MulIOp::create(b, loc, count, size);
  return count;
}

static LogicalResult lowerPut(RewriterBase &rewriter, air::ChannelPutOp put,
                              const ChannelFifo &fifo) {
  Location loc = put.getLoc();
  rewriter.setInsertionPoint(put);
  FailureOr<DmaSide> src =
      prepareSide(rewriter, loc, put.getSrc(), put.getMixedOffsets(),
                  put.getMixedSizes(), put.getMixedStrides(), put, "source");
  if (failed(src))
    return failure();
  Value stream = linearizeIndices(rewriter, loc, put.getIndices(), fifo.shape,
                                  [](size_t) { return true; });
  Value position =
      memref::LoadOp::create(rewriter, loc, fifo.writePositions, stream);
  Value end = arith::AddIOp::create(rewriter, loc, position,
                                    getElementCount(rewriter, loc, src->sizes));
  Value fits = arith::CmpIOp::create(
      rewriter, loc, arith::CmpIPredicate::ule, end,
      arith::ConstantIndexOp::create(rewriter, loc, fifo.capacity));
  cf::AssertOp::create(
      rewriter, loc, fits,
      (Twine("air.channel.put overflows the FIFO of @") + put.getChanName())
          .str());
  DmaSide queue =
      getFifoSide(rewriter, loc, fifo, stream, position, src->sizes);
  copyPattern(rewriter, loc, &*src, &queue);
  memref::StoreOp::create(rewriter, loc, end, fifo.writePositions, stream);
  replaceToken(rewriter, put, put.getAsyncToken());
  rewriter.eraseOp(put);
  return success();
}

static LogicalResult lowerGet(RewriterBase &rewriter, air::ChannelGetOp get,
                              const ChannelFifo &fifo) {
  Location loc = get.getLoc();
  rewriter.setInsertionPoint(get);
  FailureOr<DmaSide> dst = prepareSide(
      rewriter, loc, get.getDst(), get.getMixedOffsets(), get.getMixedSizes(),
      get.getMixedStrides(), get, "destination");
  if (failed(dst))
    return failure();
  ArrayRef<int64_t> shape = fifo.shape;
  // A get's index names its consumer: the dims of extent 1 select among a
  // broadcast stream's consumers, the others select the stream.
  Value stream = linearizeIndices(rewriter, loc, get.getIndices(), shape,
                                  [&](size_t d) { return shape[d] != 1; });
  Value consumer = arith::ConstantIndexOp::create(rewriter, loc, 0);
  if (!get.getIndices().empty()) {
    SmallVector<Value> indices;
    for (auto [d, index] : llvm::enumerate(get.getIndices()))
      if (shape[d] == 1)
        indices.push_back(index);
    consumer = linearizeIndices(
        rewriter, loc, indices, fifo.consumerShape,
        [&](size_t d) { return d < fifo.consumerShape.size(); });
  }
  Value consumers =
      arith::ConstantIndexOp::create(rewriter, loc, fifo.numConsumers);
  Value streamConsumers =
      arith::MulIOp::create(rewriter, loc, stream, consumers);
  Value slot = arith::AddIOp::create(rewriter, loc, streamConsumers, consumer);
  Value position =
      memref::LoadOp::create(rewriter, loc, fifo.readPositions, slot);
  Value end = arith::AddIOp::create(rewriter, loc, position,
                                    getElementCount(rewriter, loc, dst->sizes));
  Value written =
      memref::LoadOp::create(rewriter, loc, fifo.writePositions, stream);
  Value available = arith::CmpIOp::create(
      rewriter, loc, arith::CmpIPredicate::ule, end, written);
  cf::AssertOp::create(rewriter, loc, available,
                       (Twine("air.channel.get on @") + get.getChanName() +
                        " runs before its put in the sequential order")
                           .str());
  DmaSide queue =
      getFifoSide(rewriter, loc, fifo, stream, position, dst->sizes);
  copyPattern(rewriter, loc, &queue, &*dst);
  memref::StoreOp::create(rewriter, loc, end, fifo.readPositions, slot);

  // A stream every consumer has drained starts over, so a FIFO only needs
  // room for one instance of its scope.
  Value drained = arith::ConstantIntOp::create(rewriter, loc, 1, 1);
  for (int64_t c = 0; c < fifo.numConsumers; ++c) {
    Value at =
        arith::AddIOp::create(rewriter, loc, streamConsumers,
                              arith::ConstantIndexOp::create(rewriter, loc, c));
    Value read = memref::LoadOp::create(rewriter, loc, fifo.readPositions, at);
    drained = arith::AndIOp::create(
        rewriter, loc, drained,
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq, read,
                              written));
  }
  scf::IfOp::create(rewriter, loc, drained, [&](OpBuilder &b, Location loc) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    memref::StoreOp::create(b, loc, zero, fifo.writePositions, stream);
    for (int64_t c = 0; c < fifo.numConsumers; ++c) {
      Value at = arith::AddIOp::create(
          b, loc, streamConsumers, arith::ConstantIndexOp::create(b, loc, c));
      memref::StoreOp::create(b, loc, zero, fifo.readPositions, at);
    }
    scf::YieldOp::create(b, loc);
  });
  replaceToken(rewriter, get, get.getAsyncToken());
  rewriter.eraseOp(get);
  return success();
}

namespace {
struct AIRToLoopsPass
    : public herdflow::impl::AIRToLoopsPassBase<AIRToLoopsPass> {
  void runOnOperation() override {
    Operation *root = getOperation();
    IRRewriter rewriter(&getContext());

    FailureOr<llvm::MapVector<air::ChannelOp, ChannelFifo>> fifos =
        analyzeChannels(root);
    if (failed(fifos))
      return signalPassFailure();

    // Inner levels first: a parent's body then holds only loops and copies.
    SmallVector<air::HierarchyInterface> hierarchy;
    root->walk([&](air::HierarchyInterface op) { hierarchy.push_back(op); });
    for (air::HierarchyInterface op : hierarchy) {
      if (failed(lowerScopedAffineOps(op))) {
        op->emitOpError("cannot be lowered to loops: its affine ops do not "
                        "lower");
        return signalPassFailure();
      }
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

    // Channels last: the hierarchy is gone, so every put and get can reach
    // its FIFO, allocated at function entry.
    for (auto &[decl, fifo] : *fifos)
      createFifoStorage(rewriter, fifo, decl.getLoc());
    SymbolTableCollection symbols;
    SmallVector<Operation *> transfers;
    root->walk([&](Operation *op) {
      if (isa<air::ChannelPutOp, air::ChannelGetOp>(op))
        transfers.push_back(op);
    });
    for (Operation *op : transfers) {
      LogicalResult lowered = success();
      if (auto put = dyn_cast<air::ChannelPutOp>(op))
        lowered = lowerPut(
            rewriter, put,
            fifos->lookup(symbols.lookupNearestSymbolFrom<air::ChannelOp>(
                put, put.getChanNameAttr())));
      else {
        auto get = cast<air::ChannelGetOp>(op);
        lowered = lowerGet(
            rewriter, get,
            fifos->lookup(symbols.lookupNearestSymbolFrom<air::ChannelOp>(
                get, get.getChanNameAttr())));
      }
      if (failed(lowered))
        return signalPassFailure();
    }
    // Declarations under the root have no uses left.
    SmallVector<air::ChannelOp> decls;
    root->walk([&](air::ChannelOp decl) { decls.push_back(decl); });
    for (air::ChannelOp decl : decls)
      rewriter.eraseOp(decl);

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
