//===- AIRToSCF.cpp - Lower AIR to loops and copies for the CPU -----------===//
//
// Gives an AIR program the meaning of a sequential loop nest so the CPU
// runner can execute it: each launch/segment/herd runs its body for every
// point of its iteration space (scf.for loops, in row-major order), each
// air.dma_memcpy_nd becomes a strided copy between views of its two buffers
// (element-wise loads and stores when the patterns differ in shape), channels
// become FIFOs (ChannelFifos.cpp), async tokens are dropped. The AIR programs
// herdflow builds are race-free, so sequential execution computes what the
// hardware does.
//
//===----------------------------------------------------------------------===//

#include "ChannelFifos.h"
#include "StridedCopies.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/Support/MathExtras.h"

namespace herdflow {
#define GEN_PASS_DEF_AIRTOLOOPSPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;
using namespace herdflow::air_to_scf;

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

/// Every transfer's constant sizes are >= 0 with a product in int64_t: the
/// views and FIFOs built from them need it. An error at each op that breaks
/// it, before anything changes.
static LogicalResult checkPatternSizes(Operation *root) {
  WalkResult result = root->walk([](air::TransferOpInterface transfer) {
    for (unsigned i = 0, e = transfer.getNumSides(); i < e; ++i) {
      int64_t count = 1;
      for (OpFoldResult size : transfer.getSide(i).sizes) {
        std::optional<int64_t> constant = getConstantIntValue(size);
        if (!constant)
          continue;
        if (*constant < 0) {
          transfer->emitOpError("cannot be lowered to loops: its pattern has "
                                "the negative size ")
              << *constant;
          return WalkResult::interrupt();
        }
        if (llvm::MulOverflow(count, *constant, count)) {
          transfer->emitOpError("cannot be lowered to loops: its pattern's "
                                "element count overflows int64_t");
          return WalkResult::interrupt();
        }
      }
    }
    return WalkResult::advance();
  });
  return failure(result.wasInterrupted());
}

/// Inlines every air.execute where it stands: its body's ops run in program
/// order anyway, its values are what its terminator yields, and its token
/// becomes an `air.wait_all async` without dependencies (dropped with the
/// other joins).
static void inlineExecutes(RewriterBase &rewriter, Operation *root) {
  SmallVector<air::ExecuteOp> executes;
  root->walk<WalkOrder::PostOrder>(
      [&](air::ExecuteOp op) { executes.push_back(op); });
  for (air::ExecuteOp op : executes) {
    Block &body = op.getBody().front();
    Operation *terminator = body.getTerminator();
    SmallVector<Value> values(terminator->getOperands());
    rewriter.setInsertionPoint(op);
    Value token =
        air::WaitAllOp::create(rewriter, op.getLoc(),
                               op.getAsyncToken().getType(), ValueRange())
            .getAsyncToken();
    rewriter.inlineBlockBefore(&body, op);
    rewriter.eraseOp(terminator);
    values.insert(values.begin(), token);
    rewriter.replaceOp(op, values);
  }
}

/// Removes the async tokens `scf.for`s carry (aie-air-dependency's form):
/// inside, a token argument becomes a fresh `air.wait_all async`; outside, so
/// does a token result; the joins are then dropped with the others.
static void dropLoopCarriedTokens(RewriterBase &rewriter, Operation *root) {
  SmallVector<scf::ForOp> loops;
  root->walk([&](scf::ForOp loop) {
    if (llvm::any_of(loop.getInitArgs().getTypes(),
                     llvm::IsaPred<air::AsyncTokenType>))
      loops.push_back(loop);
  });
  // Post-order: inner loops first, so an outer loop's body is final.
  for (scf::ForOp loop : loops) {
    Location loc = loop.getLoc();
    auto isToken = [](Value value) {
      return isa<air::AsyncTokenType>(value.getType());
    };
    SmallVector<Value> inits;
    for (Value init : loop.getInitArgs())
      if (!isToken(init))
        inits.push_back(init);
    rewriter.setInsertionPoint(loop);
    auto lowered = scf::ForOp::create(
        rewriter, loc, loop.getLowerBound(), loop.getUpperBound(),
        loop.getStep(), inits, /*bodyBuilder=*/nullptr, loop.getUnsignedCmp());
    lowered->setDiscardableAttrs(loop->getDiscardableAttrDictionary());
    Block *body = lowered.getBody();
    if (!body->empty() && body->back().hasTrait<OpTrait::IsTerminator>())
      rewriter.eraseOp(&body->back());
    rewriter.setInsertionPointToStart(body);
    SmallVector<Value> arguments{lowered.getInductionVar()};
    unsigned next = 0;
    for (BlockArgument carried : loop.getRegionIterArgs()) {
      if (isToken(carried))
        arguments.push_back(air::WaitAllOp::create(
                                rewriter, loc, carried.getType(), ValueRange())
                                .getAsyncToken());
      else
        arguments.push_back(lowered.getRegionIterArgs()[next++]);
    }
    rewriter.mergeBlocks(loop.getBody(), body, arguments);
    auto yield = cast<scf::YieldOp>(body->getTerminator());
    SmallVector<Value> yielded;
    for (Value value : yield.getOperands())
      if (!isToken(value))
        yielded.push_back(value);
    rewriter.setInsertionPoint(yield);
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, yielded);
    rewriter.setInsertionPointAfter(lowered);
    SmallVector<Value> results;
    next = 0;
    for (Value result : loop.getResults()) {
      if (isToken(result))
        results.push_back(air::WaitAllOp::create(rewriter, loc,
                                                 result.getType(), ValueRange())
                              .getAsyncToken());
      else
        results.push_back(lowered.getResult(next++));
    }
    rewriter.replaceOp(loop, results);
  }
}

namespace {
struct AIRToLoopsPass
    : public herdflow::impl::AIRToLoopsPassBase<AIRToLoopsPass> {
  void runOnOperation() override {
    Operation *root = getOperation();
    IRRewriter rewriter(&getContext());

    if (failed(checkPatternSizes(root)))
      return signalPassFailure();
    inlineExecutes(rewriter, root);
    FailureOr<ChannelFifos> fifos = analyzeChannels(root);
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
    dropLoopCarriedTokens(rewriter, root);
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
