//===- SinkReductionLoopIntoHerd.cpp - K loop into the core forall --------===//
//
// iree-amd-aie's pack-peel pipeline leaves the reduction (K) loop outside the
// core forall: per K iteration the block stages A and B in L2, then the
// herd packs them into L1 and accumulates into an L1 buffer allocated, filled
// and unpacked at the block level. AIR cannot express that order (L1 belongs
// to a herd; a herd launched per K iteration cannot keep an accumulator), and
// the streaming-K schedule is the other order: the K loop inside the herd,
// the accumulator allocated, filled and unpacked by each core.
//
// This rewrite takes a herd of one core to that order: the loop moves into
// the forall (the loop's staging runs on the core, where aie-dma-to-channel
// later moves L2 buffers to the segment), and the block-level ops on L1
// buffers (the accumulator's allocation and fill before the loop, its unpack
// after it) move into the forall around the loop. With one core the forall's
// body runs once per run of the block, so every op keeps its place in the
// sequence of effects; ops that change places relative to each other are
// checked not to touch the same buffer. A herd of several cores would need the
// block's L1 buffers split per core; it is left unchanged with a remark.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/MathExtras.h"

#include <cstdlib>
#include <limits>

namespace herdflow {
#define GEN_PASS_DEF_SINKREDUCTIONLOOPINTOHERDPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

static bool isThreadForall(Operation *op) {
  auto forall = dyn_cast<scf::ForallOp>(op);
  if (!forall)
    return false;
  std::optional<ArrayAttr> mapping = forall.getMapping();
  return mapping && !mapping->empty() &&
         llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUThreadMappingAttr>);
}

/// The only core forall directly in `loop`'s body, or null.
static scf::ForallOp getSoleHerdForall(scf::ForOp loop) {
  scf::ForallOp found;
  for (Operation &op : loop.getBody()->without_terminator()) {
    if (!isThreadForall(&op))
      continue;
    if (found)
      return {};
    found = cast<scf::ForallOp>(op);
  }
  return found;
}

static bool isL1(Value value) {
  return isa<MemRefType>(value.getType()) &&
         air::getMemoryLevel(value) == air::MemoryLevel::L1;
}

/// True if `op` has an L1 memref operand or result.
static bool touchesL1(Operation *op) {
  return llvm::any_of(op->getOperands(), isL1) ||
         llvm::any_of(op->getResults(), isL1);
}

/// The base buffers `op` and the ops nested in it read and write (through
/// views), from their memory effects; failure when an effect is not on a
/// value (unknown effects).
static LogicalResult
collectBuffers(Operation *op, SmallVectorImpl<Value> &reads,
               SmallVectorImpl<Value> &writes) {
  WalkResult walk = op->walk([&](Operation *nested) {
    if (isMemoryEffectFree(nested))
      return WalkResult::advance();
    auto interface = dyn_cast<MemoryEffectOpInterface>(nested);
    if (!interface)
      // Effects only through the ops nested in it (walked too), or unknown.
      return nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>()
                 ? WalkResult::advance()
                 : WalkResult::interrupt();
    SmallVector<MemoryEffects::EffectInstance> effects;
    interface.getEffects(effects);
    for (const MemoryEffects::EffectInstance &effect : effects) {
      Value value = effect.getValue();
      if (!value)
        return WalkResult::interrupt();
      Value base = getViewBase(value);
      if (isa<MemoryEffects::Read>(effect.getEffect()))
        reads.push_back(base);
      else
        writes.push_back(base); // Write, Allocate, Free.
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

/// True if `a` and `b` may conflict: one writes a buffer the other touches.
/// Distinct allocations never alias; anything else is assumed to.
static bool mayConflict(Operation *a, Operation *b) {
  SmallVector<Value> readsA, writesA, readsB, writesB;
  if (failed(collectBuffers(a, readsA, writesA)) ||
      failed(collectBuffers(b, readsB, writesB)))
    return true;
  auto alias = [](Value x, Value y) {
    if (x == y)
      return true;
    return !(x.getDefiningOp<memref::AllocOp>() &&
             y.getDefiningOp<memref::AllocOp>());
  };
  auto any = [&](ArrayRef<Value> xs, ArrayRef<Value> ys) {
    for (Value x : xs)
      for (Value y : ys)
        if (alias(x, y))
          return true;
    return false;
  };
  return any(writesA, readsB) || any(writesA, writesB) || any(readsA, writesB);
}

/// The ops of the loop's block that must run on the core: those touching L1
/// before the loop (`prologue`) and after it (`epilogue`). Fails when they
/// cannot move into the forall at the loop's place: a value of theirs is
/// used by an op that stays, an epilogue op uses a value computed on the
/// host after the loop, or an op that stays touches a buffer of one it would
/// change places with.
static LogicalResult selectCoreOps(scf::ForOp loop,
                                   SmallVectorImpl<Operation *> &prologue,
                                   SmallVectorImpl<Operation *> &epilogue,
                                   std::string &whyNot) {
  Block *block = loop->getBlock();
  auto beforeLoop = llvm::make_range(block->begin(), loop->getIterator());
  auto afterLoop = llvm::make_range(std::next(loop->getIterator()),
                                    block->without_terminator().end());
  llvm::SetVector<Operation *> moving;
  for (Operation &op : beforeLoop)
    if (touchesL1(&op)) {
      prologue.push_back(&op);
      moving.insert(&op);
    }
  moving.insert(loop);
  for (Operation &op : afterLoop)
    if (touchesL1(&op)) {
      epilogue.push_back(&op);
      moving.insert(&op);
    }
  for (Operation *op : moving) {
    for (Operation *user : op->getUsers()) {
      Operation *ancestor = block->findAncestorOpInBlock(*user);
      if (!ancestor || !moving.contains(ancestor)) {
        whyNot = "a value of an op on L1 is used outside the herd";
        return failure();
      }
    }
  }
  for (Operation *op : epilogue) {
    // Its operands and the values its regions capture.
    llvm::SetVector<Value> used(op->operand_begin(), op->operand_end());
    mlir::getUsedValuesDefinedAbove(op->getRegions(), used);
    for (Value operand : used) {
      Operation *producer = operand.getDefiningOp();
      if (producer && producer->getBlock() == block &&
          !moving.contains(producer) && loop->isBeforeInBlock(producer)) {
        whyNot = "an op on L1 after the loop uses a value computed after the "
                 "loop on the host";
        return failure();
      }
    }
  }
  // An op that stays and changes places with a moving one (before the loop:
  // one after it, which it now follows; after the loop: one before it,
  // which it now precedes) must not touch its buffers.
  auto checkOrder = [&](auto range, ArrayRef<Operation *> moved,
                        bool before) -> LogicalResult {
    for (Operation &op : range) {
      if (moving.contains(&op))
        continue;
      for (Operation *other : moved) {
        bool reordered =
            before ? other->isBeforeInBlock(&op) : op.isBeforeInBlock(other);
        if (reordered && mayConflict(&op, other)) {
          whyNot = "an op that stays on the host touches a buffer of an op "
                   "on L1 it would change places with";
          return failure();
        }
      }
    }
    return success();
  };
  if (failed(checkOrder(beforeLoop, prologue, true)) ||
      failed(checkOrder(afterLoop, epilogue, false)))
    return failure();
  return success();
}

/// True if all of `strides` are static and at least 1.
static bool hasPositiveStaticStrides(memref::SubViewOp subview) {
  return llvm::all_of(subview.getStaticStrides(), [](int64_t stride) {
    return !ShapedType::isDynamic(stride) && stride >= 1;
  });
}

/// True if distinct in-bounds indices of `view` name distinct elements: a
/// chain of subviews with positive static strides, reshapes and casts over
/// a buffer with the identity layout (a zero stride, a reinterpret_cast or
/// a strided layout may alias).
static bool isInjective(Value view) {
  while (Operation *def = view.getDefiningOp()) {
    auto subview = dyn_cast<memref::SubViewOp>(def);
    if (subview && !hasPositiveStaticStrides(subview))
      return false;
    if (!isa<memref::SubViewOp, memref::ExpandShapeOp, memref::CollapseShapeOp,
             memref::CastOp>(def))
      break;
    view = cast<ViewLikeOpInterface>(def).getViewSource();
  }
  auto type = dyn_cast<MemRefType>(view.getType());
  return type && type.getLayout().isIdentity();
}

/// True when no memory one iteration of `loop` writes is written by another
/// iteration: each write goes to a buffer allocated in the body, or through
/// one subview (the same op for every such write) whose offset along some
/// dimension moves with the induction variable by at least the subview's
/// extent there per iteration (the output tiles of a loop over herd tiles),
/// over an injective, loop-invariant source. Such a loop is not a
/// reduction. Anything else counts as shared.
static bool writesDisjointMemoryPerIteration(scf::ForOp loop) {
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  AccessPatternContext context(loop.getContext());
  AffineExpr iv = context.getIndexExpr(loop.getInductionVar());
  auto isInvariant = [&](Value value) {
    return loop.isDefinedOutsideOfLoop(value);
  };
  // The subview selects a different box of its source in each iteration.
  auto isTilePerIteration = [&](memref::SubViewOp subview) {
    Value source = subview.getSource();
    if (!step || !isInvariant(source) || !isInjective(source) ||
        !hasPositiveStaticStrides(subview) ||
        !llvm::all_of(subview.getSizes(), isInvariant))
      return false;
    bool moves = false;
    for (auto [offset, size, stride] :
         llvm::zip_equal(subview.getMixedOffsets(), subview.getStaticSizes(),
                         subview.getStaticStrides())) {
      AffineExpr expr = context.getIndexExpr(offset);
      // Every other value the offset depends on is loop invariant.
      bool otherwiseInvariant = true;
      expr.walk([&](AffineExpr sub) {
        auto symbol = dyn_cast<AffineSymbolExpr>(sub);
        if (symbol && sub != iv &&
            !isInvariant(context.getSymbols()[symbol.getPosition()].value))
          otherwiseInvariant = false;
      });
      if (!otherwiseInvariant)
        return false;
      std::optional<int64_t> coefficient = getLinearCoefficient(
          expr, cast<AffineSymbolExpr>(iv).getPosition());
      if (!coefficient)
        return false;
      // One iteration covers (size - 1) * stride + 1 indices along the
      // dimension; the next starts coefficient * step further on.
      int64_t shift, extent;
      if (*coefficient != 0 && !ShapedType::isDynamic(size) && size >= 1 &&
          !llvm::MulOverflow(*coefficient, *step, shift) &&
          shift != std::numeric_limits<int64_t>::min() &&
          !llvm::MulOverflow(size - 1, stride, extent) &&
          std::abs(shift) > extent)
        moves = true;
    }
    return moves;
  };
  // Two tiles could each move on and still meet (k and k + 1): one only.
  memref::SubViewOp tile;
  auto isIterationPrivate = [&](Value buffer) {
    // Views made in the body, down to a fresh allocation or the per-iteration
    // tile of an outer buffer.
    while (Operation *def = buffer.getDefiningOp()) {
      if (!loop->isAncestor(def))
        return false;
      if (isa<memref::AllocOp, memref::AllocaOp>(def))
        return true;
      if (auto subview = dyn_cast<memref::SubViewOp>(def)) {
        if (subview == tile)
          return true;
        if (!tile && isTilePerIteration(subview)) {
          tile = subview;
          return true;
        }
      }
      if (!isa<memref::SubViewOp, memref::ExpandShapeOp,
               memref::CollapseShapeOp, memref::CastOp>(def))
        return false;
      buffer = cast<ViewLikeOpInterface>(def).getViewSource();
    }
    return false;
  };
  WalkResult walk = loop.getBody()->walk([&](Operation *op) {
    // Linalg ops report their operands' effects and have recursive effects
    // too: the interface first; nested ops are walked either way.
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects)
      return op->hasTrait<OpTrait::HasRecursiveMemoryEffects>()
                 ? WalkResult::advance()
                 : WalkResult::interrupt();
    SmallVector<MemoryEffects::EffectInstance> instances;
    effects.getEffects(instances);
    for (const MemoryEffects::EffectInstance &effect : instances) {
      if (!isa<MemoryEffects::Write>(effect.getEffect()))
        continue;
      Value buffer = effect.getValue();
      if (!buffer || !isa<MemRefType>(buffer.getType()) ||
          !isIterationPrivate(buffer))
        return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return !walk.wasInterrupted();
}

/// The rewrite, for a loop not proven to be anything but a reduction.
static LogicalResult sinkReductionLoop(RewriterBase &rewriter, scf::ForOp loop,
                                       std::string &whyNot) {
  scf::ForallOp herd = getSoleHerdForall(loop);
  if (!herd) {
    whyNot = "the loop's body is not one core forall with its staging";
    return failure();
  }
  if (!loop.getInitArgs().empty() || !herd.getOutputs().empty()) {
    whyNot = "the loop or the forall carries values (the form is not "
             "bufferized)";
    return failure();
  }
  for (Operation *parent = loop->getParentOp(); parent;
       parent = parent->getParentOp())
    if (isThreadForall(parent) || isa<air::HerdOp>(parent)) {
      whyNot = "the loop is inside a herd already";
      return failure();
    }
  std::optional<StaticForallBounds> bounds = getStaticBounds(herd);
  std::optional<int64_t> cores = getStaticTripCount(herd);
  if (!bounds || !cores) {
    whyNot = "the core forall's bounds are not static";
    return failure();
  }
  if (*cores != 1) {
    whyNot = "the herd has " + std::to_string(*cores) +
             " cores; sinking the loop needs the block's L1 buffers split "
             "per core, which herdflow does not do (a herd of one core is "
             "normalized)";
    return failure();
  }
  for (Operation &op : loop.getBody()->without_terminator())
    if (&op != herd.getOperation() && !op.getRegions().empty()) {
      whyNot = "the loop's staging holds ops with regions";
      return failure();
    }
  SmallVector<Operation *> prologue, epilogue;
  if (failed(selectCoreOps(loop, prologue, epilogue, whyNot)))
    return failure();

  // The new forall where the loop was: the prologue, the loop with the
  // forall's body inlined, then the epilogue.
  rewriter.setInsertionPoint(loop);
  // Constant bounds: SSA bounds may be defined in the loop being moved.
  auto attrs = [&](ArrayRef<int64_t> values) {
    return getAsIndexOpFoldResult(rewriter.getContext(), values);
  };
  auto sunk = scf::ForallOp::create(
      rewriter, herd.getLoc(), attrs(bounds->lowerBounds),
      attrs(bounds->upperBounds), attrs(bounds->steps), ValueRange(),
      herd.getMapping());
  Block *body = sunk.getBody();
  rewriter.setInsertionPointToStart(body);
  Operation *anchor = body->getTerminator();
  for (Operation *op : prologue)
    rewriter.moveOpBefore(op, anchor);
  rewriter.moveOpBefore(loop, anchor);
  for (Operation *op : epilogue)
    rewriter.moveOpBefore(op, anchor);
  // The old forall's body replaces it inside the loop, its induction
  // variables those of the new forall.
  Block *herdBody = herd.getBody();
  rewriter.eraseOp(herdBody->getTerminator());
  rewriter.inlineBlockBefore(herdBody, herd, sunk.getInductionVars());
  rewriter.eraseOp(herd);
  return success();
}

LogicalResult herdflow::sinkReductionLoopIntoHerd(RewriterBase &rewriter,
                                                  scf::ForOp loop,
                                                  std::string &whyNot) {
  if (writesDisjointMemoryPerIteration(loop)) {
    whyNot = "the loop is not a reduction: no two iterations write the "
             "same memory";
    return failure();
  }
  return sinkReductionLoop(rewriter, loop, whyNot);
}

namespace {
struct SinkReductionLoopIntoHerdPass
    : herdflow::impl::SinkReductionLoopIntoHerdPassBase<
          SinkReductionLoopIntoHerdPass> {
  void runOnOperation() override {
    SmallVector<scf::ForOp> loops;
    // Loops over output tiles (L2 reuse's loop over herd tiles) are not
    // this pass's concern: no remark for them.
    getOperation()->walk([&](scf::ForOp loop) {
      if (llvm::any_of(loop.getBody()->without_terminator(),
                       [](Operation &op) { return isThreadForall(&op); }) &&
          !writesDisjointMemoryPerIteration(loop))
        loops.push_back(loop);
    });
    IRRewriter rewriter(&getContext());
    for (scf::ForOp loop : loops) {
      std::string whyNot;
      if (failed(sinkReductionLoop(rewriter, loop, whyNot)))
        loop.emitRemark("loop around the core forall left as is by "
                        "aie-sink-reduction-loop-into-herd: ")
            << whyNot;
    }
  }
};
} // namespace
