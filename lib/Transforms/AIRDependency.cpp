//===- AIRDependency.cpp - The async form of an AIR program ---------------===//
//
// mlir-air's toolchain schedules an AIR program by its async tokens: every
// DMA, put, get and hierarchy op returns a token and waits for the tokens of
// the ops it depends on; allocations, deallocations and compute run inside
// `air.execute`; loops carry a token from one iteration to the next. This
// pass gives a synchronous program that form, in place and in program order
// (so executing the ops one after the other is still a valid schedule).
//
// The dependencies are the true ones from memory effects: per block, the
// last writer and the readers since of each buffer (its base allocation;
// buffers that are not allocations of their own, such as kernel arguments,
// are one resource, as they may alias) and of each channel (puts and gets on
// one channel in one block keep their order). A hierarchy op reads and writes
// the buffers it takes as kernel operands; a channel shared with a nested
// herd is not a dependency (the put and the get meet in the channel). An op
// with unknown effects depends on everything before it. A loop body starts
// from the loop-carried token and yields the join of its tokens.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"

namespace herdflow {
#define GEN_PASS_DEF_AIRDEPENDENCYPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

namespace {
/// What one op touches, as opaque resource keys.
struct Access {
  llvm::SetVector<const void *> reads, writes;
  bool barrier = false;
  bool empty() const { return reads.empty() && writes.empty() && !barrier; }
  void merge(const Access &other) {
    reads.insert(other.reads.begin(), other.reads.end());
    writes.insert(other.writes.begin(), other.writes.end());
    barrier |= other.barrier;
  }
};

/// Per block: who last wrote each resource and who read it since.
struct BlockState {
  llvm::MapVector<const void *, Value> lastWrite;
  llvm::MapVector<const void *, SmallVector<Value>> readers;
  /// Tokens that precede everything in the block (a loop's carried token).
  Value entry;
  /// The last op with unknown effects: everything after it waits for it.
  Value barrier;
  /// Every token made in the block, in order.
  SmallVector<Value> made;
};
} // namespace

/// The buffers a function or hierarchy body receives may alias one another
/// (not the body's own allocations): one resource.
static char externalMemory;

/// The resource a buffer is: its base allocation, the external memory for
/// an argument of a function or hierarchy body, or null when its origin is
/// unknown (a select, a loop-carried memref, a call result: it may be any
/// buffer, so an access through it conflicts with everything).
static const void *bufferKey(Value value) {
  Value base = getViewBase(value);
  if (isa_and_present<memref::AllocOp, memref::AllocaOp, air::ExecuteOp>(
          base.getDefiningOp()))
    return base.getAsOpaquePointer();
  if (auto argument = dyn_cast<BlockArgument>(base)) {
    Operation *owner = argument.getOwner()->getParentOp();
    if (isa<FunctionOpInterface, air::HierarchyInterface>(owner) &&
        argument.getOwner()->isEntryBlock())
      return &externalMemory;
  }
  return nullptr;
}

static void addKey(llvm::SetVector<const void *> &keys, Value value,
                   bool &barrier) {
  if (const void *key = bufferKey(value))
    keys.insert(key);
  else
    barrier = true;
}

static const void *channelKey(StringAttr name) {
  return name.getAsOpaquePointer();
}

static bool isAsyncAIROp(Operation *op) {
  return isa<air::DmaMemcpyNdOp, air::ChannelPutOp, air::ChannelGetOp,
             air::HerdOp, air::SegmentOp, air::LaunchOp>(op);
}

/// What `op` touches in its block; hierarchy ops by their kernel operands,
/// loops by what their bodies touch.
static Access getAccess(Operation *op) {
  Access access;
  if (auto dma = dyn_cast<air::DmaMemcpyNdOp>(op)) {
    addKey(access.reads, dma.getSrc(), access.barrier);
    addKey(access.writes, dma.getDst(), access.barrier);
    return access;
  }
  if (auto put = dyn_cast<air::ChannelPutOp>(op)) {
    addKey(access.reads, put.getSrc(), access.barrier);
    access.writes.insert(channelKey(put.getChanNameAttr().getAttr()));
    return access;
  }
  if (auto get = dyn_cast<air::ChannelGetOp>(op)) {
    addKey(access.writes, get.getDst(), access.barrier);
    access.writes.insert(channelKey(get.getChanNameAttr().getAttr()));
    return access;
  }
  if (auto hierarchy = dyn_cast<air::HierarchyInterface>(op)) {
    for (Value operand : hierarchy.getKernelOperands())
      if (isa<MemRefType>(operand.getType()))
        addKey(access.writes, operand, access.barrier);
    return access;
  }
  if (auto loop = dyn_cast<scf::ForOp>(op)) {
    for (Operation &nested : loop.getBody()->without_terminator())
      access.merge(getAccess(&nested));
    return access;
  }
  if (isMemoryEffectFree(op))
    return access;
  auto effecting = dyn_cast<MemoryEffectOpInterface>(op);
  if (!effecting) {
    access.barrier = true;
    return access;
  }
  SmallVector<MemoryEffects::EffectInstance> effects;
  effecting.getEffects(effects);
  for (const MemoryEffects::EffectInstance &effect : effects) {
    Value value = effect.getValue();
    if (!value || !isa<MemRefType>(value.getType())) {
      access.barrier = true;
      continue;
    }
    if (isa<MemoryEffects::Read>(effect.getEffect()))
      addKey(access.reads, value, access.barrier);
    else
      addKey(access.writes, value, access.barrier);
  }
  return access;
}

static SmallVector<Value> dependenciesOf(const Access &access,
                                         const BlockState &state) {
  llvm::SetVector<Value> deps;
  auto addWriter = [&](const void *key) {
    if (Value token = state.lastWrite.lookup(key))
      deps.insert(token);
  };
  if (access.barrier) {
    deps.insert(state.made.begin(), state.made.end());
  } else {
    for (const void *key : access.reads)
      addWriter(key);
    for (const void *key : access.writes) {
      addWriter(key);
      auto it = state.readers.find(key);
      if (it != state.readers.end())
        deps.insert(it->second.begin(), it->second.end());
    }
  }
  if (state.barrier)
    deps.insert(state.barrier);
  if (deps.empty() && state.entry)
    deps.insert(state.entry);
  return deps.takeVector();
}

static void record(const Access &access, Value token, BlockState &state) {
  state.made.push_back(token);
  if (access.barrier) {
    // It waited for everything before it; what comes after waits for it.
    state.lastWrite.clear();
    state.readers.clear();
    state.barrier = token;
    return;
  }
  for (const void *key : access.reads)
    state.readers[key].push_back(token);
  for (const void *key : access.writes) {
    state.lastWrite[key] = token;
    state.readers.erase(key);
  }
}

/// A copy of `op` that returns a token and waits for `deps` (its operand
/// segment of dependencies is the first); its regions move over.
static Operation *makeAsync(RewriterBase &rewriter, Operation *op,
                            ValueRange deps) {
  MLIRContext *context = op->getContext();
  OperationState state(op->getLoc(), op->getName());
  state.addOperands(deps);
  state.addOperands(op->getOperands());
  state.addTypes(air::AsyncTokenType::get(context));
  state.addTypes(op->getResultTypes());
  for (NamedAttribute attribute : op->getDiscardableAttrs())
    state.addAttribute(attribute.getName(), attribute.getValue());
  auto properties = cast<DictionaryAttr>(op->getPropertiesAsAttribute());
  SmallVector<NamedAttribute> entries(properties.begin(), properties.end());
  for (NamedAttribute &entry : entries) {
    if (entry.getName() != "operandSegmentSizes")
      continue;
    SmallVector<int32_t> sizes(
        cast<DenseI32ArrayAttr>(entry.getValue()).asArrayRef());
    sizes[0] += deps.size();
    entry.setValue(DenseI32ArrayAttr::get(context, sizes));
  }
  state.propertiesAttr = DictionaryAttr::get(context, entries);
  for (unsigned i = 0, e = op->getNumRegions(); i < e; ++i)
    state.addRegion();
  rewriter.setInsertionPoint(op);
  Operation *async = rewriter.create(state);
  for (unsigned i = 0, e = op->getNumRegions(); i < e; ++i)
    async->getRegion(i).takeBody(op->getRegion(i));
  rewriter.replaceOp(op, async->getResults().drop_front());
  return async;
}

/// `op` inside an air.execute that waits for `deps`; its results become
/// the execute's.
static air::ExecuteOp wrapInExecute(RewriterBase &rewriter, Operation *op,
                                    ValueRange deps) {
  rewriter.setInsertionPoint(op);
  auto execute = air::ExecuteOp::create(rewriter, op->getLoc(),
                                        op->getResultTypes(), deps);
  Block &body = execute.getBody().front();
  rewriter.replaceAllUsesWith(op->getResults(),
                              execute->getResults().drop_front());
  rewriter.moveOpBefore(op, body.getTerminator());
  if (op->getNumResults()) {
    rewriter.setInsertionPoint(body.getTerminator());
    rewriter.replaceOpWithNewOp<air::ExecuteTerminatorOp>(body.getTerminator(),
                                                          op->getResults());
  }
  return execute;
}

static Value joinTokens(RewriterBase &rewriter, Location loc,
                        ValueRange tokens) {
  if (tokens.size() == 1)
    return tokens.front();
  return air::WaitAllOp::create(rewriter, loc,
                                air::AsyncTokenType::get(rewriter.getContext()),
                                tokens)
      .getAsyncToken();
}

static LogicalResult makeBlockAsync(RewriterBase &rewriter, Block &block,
                                    BlockState &state, std::string &whyNot);

/// The loop with one more iter_arg, a token: the body starts from it and
/// yields the join of its tokens. Returns the loop's token.
static FailureOr<Value> makeLoopAsync(RewriterBase &rewriter, scf::ForOp loop,
                                      ValueRange deps, std::string &whyNot) {
  rewriter.setInsertionPoint(loop);
  Value init =
      deps.empty()
          ? air::WaitAllOp::create(
                rewriter, loop.getLoc(),
                air::AsyncTokenType::get(rewriter.getContext()), ValueRange())
                .getAsyncToken()
          : joinTokens(rewriter, loop.getLoc(), deps);
  SmallVector<Value> inits(loop.getInitArgs());
  inits.push_back(init);
  auto async = scf::ForOp::create(
      rewriter, loop.getLoc(), loop.getLowerBound(), loop.getUpperBound(),
      loop.getStep(), inits, /*bodyBuilder=*/nullptr, loop.getUnsignedCmp());
  async->setDiscardableAttrs(loop->getDiscardableAttrDictionary());
  Block *body = async.getBody();
  if (!body->empty() && body->back().hasTrait<OpTrait::IsTerminator>())
    rewriter.eraseOp(&body->back());
  SmallVector<Value> arguments(body->getArguments().drop_back());
  rewriter.mergeBlocks(loop.getBody(), body, arguments);
  rewriter.replaceOp(loop, async.getResults().drop_back());

  BlockState inner;
  inner.entry = body->getArguments().back();
  if (failed(makeBlockAsync(rewriter, *body, inner, whyNot)))
    return failure();
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  rewriter.setInsertionPoint(yield);
  Value carried = inner.made.empty()
                      ? inner.entry
                      : joinTokens(rewriter, yield.getLoc(), inner.made);
  SmallVector<Value> yielded(yield.getOperands());
  yielded.push_back(carried);
  rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, yielded);
  return async.getResults().back();
}

static bool containsAsyncContent(Operation *op) {
  WalkResult found = op->walk([&](Operation *nested) {
    if (nested != op && (isAsyncAIROp(nested) || !isMemoryEffectFree(nested)))
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return found.wasInterrupted();
}

static LogicalResult makeBlockAsync(RewriterBase &rewriter, Block &block,
                                    BlockState &state, std::string &whyNot) {
  SmallVector<Operation *> ops;
  for (Operation &op : block.without_terminator())
    ops.push_back(&op);
  for (Operation *op : ops) {
    if (isa<air::WaitAllOp, air::ExecuteOp>(op) ||
        (isa<air::AsyncOpInterface>(op) &&
         cast<air::AsyncOpInterface>(op).getAsyncToken())) {
      whyNot = "it is already (partly) in the async form";
      return failure();
    }
    Access access = getAccess(op);
    bool region = isa<air::HierarchyInterface, scf::ForOp>(op);
    if (access.empty() && !(region && containsAsyncContent(op)))
      continue;
    SmallVector<Value> deps = dependenciesOf(access, state);
    // Values an execute computes (a load) are ready with its token; a
    // buffer it allocates is ordered through its resource already.
    llvm::SetVector<Value> valueDeps(deps.begin(), deps.end());
    op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands())
        if (auto execute = operand.getDefiningOp<air::ExecuteOp>();
            execute && !op->isAncestor(execute) &&
            !isa<MemRefType>(operand.getType()))
          valueDeps.insert(execute.getAsyncToken());
    });
    deps = valueDeps.takeVector();
    Value token;
    if (auto hierarchy = dyn_cast<air::HierarchyInterface>(op)) {
      BlockState inner;
      Block &body = op->getRegion(0).front();
      if (failed(makeBlockAsync(rewriter, body, inner, whyNot)))
        return failure();
      // The hierarchy op completes with its body.
      if (!inner.made.empty()) {
        rewriter.setInsertionPoint(body.getTerminator());
        air::WaitAllOp::create(rewriter, op->getLoc(), Type(), inner.made);
      }
      token = makeAsync(rewriter, op, deps)->getResult(0);
    } else if (isAsyncAIROp(op)) {
      token = makeAsync(rewriter, op, deps)->getResult(0);
    } else if (auto loop = dyn_cast<scf::ForOp>(op)) {
      FailureOr<Value> loopToken = makeLoopAsync(rewriter, loop, deps, whyNot);
      if (failed(loopToken))
        return failure();
      token = *loopToken;
    } else if (op->getNumRegions() && containsAsyncContent(op)) {
      whyNot = "'" + op->getName().getStringRef().str() +
               "' holds transfers or compute (only scf.for is carried "
               "through)";
      return failure();
    } else {
      SmallVector<Value> results(op->getResults());
      air::ExecuteOp execute = wrapInExecute(rewriter, op, deps);
      token = execute.getAsyncToken();
      // The buffers it allocated are the execute's results now.
      for (auto [old, now] :
           llvm::zip_equal(results, execute->getResults().drop_front()))
        for (llvm::SetVector<const void *> *keys :
             {&access.reads, &access.writes})
          if (keys->remove(old.getAsOpaquePointer()))
            keys->insert(now.getAsOpaquePointer());
    }
    record(access, token, state);
  }
  return success();
}

LogicalResult herdflow::makeAIRAsync(RewriterBase &rewriter,
                                     air::LaunchOp launch,
                                     std::string &whyNot) {
  // Check first, then rewrite: a launch that is partly async stays as it is.
  WalkResult partly = launch->walk([&](Operation *op) {
    if (isa<air::WaitAllOp, air::ExecuteOp>(op) ||
        (isa<air::AsyncOpInterface>(op) &&
         cast<air::AsyncOpInterface>(op).getAsyncToken()))
      return WalkResult::interrupt();
    if (op != launch.getOperation() && op->getNumRegions() &&
        !isa<air::HierarchyInterface, scf::ForOp>(op) &&
        containsAsyncContent(op))
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  if (partly.wasInterrupted()) {
    whyNot = "it is already (partly) in the async form, or a region other "
             "than scf.for holds transfers or compute";
    return failure();
  }
  BlockState inner;
  Block &body = launch.getBody().front();
  if (failed(makeBlockAsync(rewriter, body, inner, whyNot)))
    return failure();
  if (!inner.made.empty()) {
    rewriter.setInsertionPoint(body.getTerminator());
    air::WaitAllOp::create(rewriter, launch.getLoc(), Type(), inner.made);
  }
  // The host waits for the launch where the synchronous launch returned.
  Operation *async = makeAsync(rewriter, launch, ValueRange());
  rewriter.setInsertionPointAfter(async);
  air::WaitAllOp::create(rewriter, async->getLoc(), Type(),
                         ValueRange{async->getResult(0)});
  return success();
}

namespace {
struct AIRDependencyPass
    : public herdflow::impl::AIRDependencyPassBase<AIRDependencyPass> {
  void runOnOperation() override {
    SmallVector<air::LaunchOp> launches;
    getOperation()->walk([&](air::LaunchOp launch) {
      if (!launch->getParentOfType<air::LaunchOp>())
        launches.push_back(launch);
    });
    IRRewriter rewriter(&getContext());
    for (air::LaunchOp launch : launches) {
      std::string whyNot;
      if (failed(makeAIRAsync(rewriter, launch, whyNot)))
        launch.emitRemark("launch left synchronous by aie-air-dependency: ")
            << whyNot;
    }
  }
};
} // namespace
