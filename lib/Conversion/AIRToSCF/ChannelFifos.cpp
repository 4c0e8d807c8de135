//===- ChannelFifos.cpp - AIR channels as FIFOs on the CPU ----------------===//
//
// aie-air-to-loops lowers air.channel to FIFOs: per stream one region of a
// flat buffer with a write position, per consumer a read position. Capacity
// is everything that can be put on the channel within one instance of the
// innermost hierarchy op around its puts and gets; cf.asserts stop the
// program on overflow and on a get that runs before its put.
//
//===----------------------------------------------------------------------===//

#include "ChannelFifos.h"
#include "StridedCopies.h"

#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace herdflow;
using namespace herdflow::air_to_scf;

/// The most elements (and streams) a channel's FIFO may have on the CPU:
/// 2^32, 16 GiB of i32, beyond what the runner's host can allocate.
static constexpr int64_t kMaxFifoElements = int64_t(1) << 32;

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
      if (size < 0 || llvm::MulOverflow(count, size, count))
        return op->emitOpError("cannot be lowered to loops: its message "
                               "size is negative or overflows");
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
FailureOr<ChannelFifos> herdflow::air_to_scf::analyzeChannels(Operation *root) {
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

/// The indices of `op` that address the channel's `rank` dimensions. The
/// verifier lets mlir-air's extra indices through when they are not constant;
/// each must be 0 at run time, which the lowered program asserts.
static ValueRange getStreamIndices(OpBuilder &b, Location loc,
                                   air::ChannelInterface op, size_t rank) {
  ValueRange indices = op.getIndices();
  if (indices.size() <= rank)
    return indices;
  for (Value extra : indices.drop_front(rank)) {
    if (getConstantIntValue(extra) == 0)
      continue;
    Value isZero = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::eq, extra,
        arith::ConstantIndexOp::create(b, loc, 0));
    cf::AssertOp::create(b, loc, isZero,
                         (Twine("an index past the rank of @") +
                          op.getChanNameAttr().getValue() + " is not 0")
                             .str());
  }
  return indices.take_front(rank);
}

void herdflow::air_to_scf::createFifoStorage(RewriterBase &rewriter,
                                             ChannelFifo &fifo, Location loc) {
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

LogicalResult herdflow::air_to_scf::lowerPut(RewriterBase &rewriter,
                                             air::ChannelPutOp put,
                                             const ChannelFifo &fifo) {
  Location loc = put.getLoc();
  rewriter.setInsertionPoint(put);
  FailureOr<DmaSide> src =
      prepareSide(rewriter, loc, put.getSrc(), put.getMixedOffsets(),
                  put.getMixedSizes(), put.getMixedStrides(), put, "source");
  if (failed(src))
    return failure();
  Value stream = linearizeIndices(
      rewriter, loc, getStreamIndices(rewriter, loc, put, fifo.shape.size()),
      fifo.shape, [](size_t) { return true; });
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

LogicalResult herdflow::air_to_scf::lowerGet(RewriterBase &rewriter,
                                             air::ChannelGetOp get,
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
  ValueRange streamIndices =
      getStreamIndices(rewriter, loc, get, fifo.shape.size());
  Value stream = linearizeIndices(rewriter, loc, streamIndices, shape,
                                  [&](size_t d) { return shape[d] != 1; });
  Value consumer = arith::ConstantIndexOp::create(rewriter, loc, 0);
  if (!streamIndices.empty()) {
    SmallVector<Value> indices;
    for (auto [d, index] : llvm::enumerate(streamIndices))
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
