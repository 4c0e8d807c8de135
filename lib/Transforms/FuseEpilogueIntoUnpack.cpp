//===- FuseEpilogueIntoUnpack.cpp - Epilogue on the packed accumulator ----===//
//
// After aie-hoist-pack-unpack a core's accumulator leaves its packed L1
// buffer once, through one transpose (the unpack) into an expanded view of
// the buffer the front end gave the matmul's result. An elementwise epilogue
// (bias, relu, requantization, a narrowing cast) then reads that buffer and
// writes its own tile, which is copied out. This rewrite applies the epilogue
// to the packed accumulator instead, where it already lives, and lets the
// unpack move the epilogue's result: the accumulator is read in L1, never
// copied to a second buffer, and what leaves the core is the epilogue's type.
//
// Legality comes from memory effects: between the unpack and the epilogue
// nothing writes the accumulator or the unpacked buffer (a dealloc of the
// accumulator moves after the epilogue), the epilogue's tile is written only
// by the epilogue and read only by its copy-out, and the unpack's layout maps
// every element of the unpacked buffer to one element of the accumulator, so
// each operand of the epilogue is read at the same element as before.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace herdflow {
#define GEN_PASS_DEF_FUSEEPILOGUEINTOUNPACKPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

namespace {
/// The ops the rewrite reads and replaces.
struct EpilogueMatch {
  linalg::GenericOp epilogue;
  /// The epilogue's input read at the unpacked accumulator.
  unsigned accumulatorInput = 0;
  /// packed -> unpacked (or an expand_shape of it).
  linalg::TransposeOp unpack;
  /// The view the unpack writes when it is not the unpacked buffer itself.
  memref::ExpandShapeOp expand;
  /// The epilogue's tile, its copy-out and (optional) dealloc.
  memref::AllocOp tile;
  Operation *copyOut = nullptr;
  memref::DeallocOp tileDealloc;
  /// A dealloc of the packed accumulator between the unpack and the
  /// epilogue, moved after the new epilogue.
  memref::DeallocOp packedDealloc;
};
} // namespace

/// True when two buffers may share memory: the same base, or two bases that
/// are not both allocations of their own (function arguments, casts of
/// tensors).
static bool mayAlias(Value a, Value b) {
  Value baseA = getViewBase(a), baseB = getViewBase(b);
  if (baseA == baseB)
    return true;
  return !baseA.getDefiningOp<memref::AllocOp>() ||
         !baseB.getDefiningOp<memref::AllocOp>();
}

/// The memory effects of `op` and the ops it holds; nullopt when unknown.
static std::optional<SmallVector<MemoryEffects::EffectInstance>>
effectsOf(Operation *op) {
  return getEffectsRecursively(op);
}

/// True if `effect` may write or free `buffer`.
static bool mayModify(const MemoryEffects::EffectInstance &effect,
                      Value buffer) {
  if (!isa<MemoryEffects::Write, MemoryEffects::Free>(effect.getEffect()))
    return false;
  Value value = effect.getValue();
  return !value || mayAlias(value, buffer);
}

/// The op before `op` in its block that last may write `buffer`; null with
/// `unknown` set when an op in between has unknown effects.
static Operation *findLastWriter(Operation *op, Value buffer, bool &unknown) {
  unknown = false;
  for (Operation *prev = op->getPrevNode(); prev; prev = prev->getPrevNode()) {
    std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
        effectsOf(prev);
    if (!effects) {
      unknown = true;
      return nullptr;
    }
    for (const MemoryEffects::EffectInstance &effect : *effects)
      if (isa<MemoryEffects::Write>(effect.getEffect()) &&
          (!effect.getValue() || mayAlias(effect.getValue(), buffer)))
        return prev;
  }
  return nullptr;
}

static bool isIdentity(AffineMap map, unsigned rank) {
  return map.isIdentity() && map.getNumDims() == rank;
}

/// Whether `epilogue` reads the result of an unpack it can move onto the
/// packed buffer. `isCandidate` tells a real epilogue that cannot be fused
/// (worth a remark) from an op that is no epilogue at all.
static FailureOr<EpilogueMatch> matchEpilogue(linalg::GenericOp epilogue,
                                              std::string &whyNot,
                                              bool &isCandidate) {
  isCandidate = false;
  if (!epilogue.hasPureBufferSemantics() || epilogue.getNumDpsInits() != 1 ||
      epilogue.getNumParallelLoops() != epilogue.getNumLoops())
    return failure();
  unsigned rank = epilogue.getNumLoops();
  OpOperand *init = epilogue.getDpsInitOperand(0);
  if (!isIdentity(epilogue.getMatchingIndexingMap(init), rank))
    return failure();

  EpilogueMatch match;
  match.epilogue = epilogue;
  Value accumulator;
  for (OpOperand *input : epilogue.getDpsInputOperands()) {
    if (!isa<MemRefType>(input->get().getType()) ||
        !isIdentity(epilogue.getMatchingIndexingMap(input), rank))
      continue;
    bool unknown;
    Operation *writer = findLastWriter(epilogue, input->get(), unknown);
    auto unpack = dyn_cast_if_present<linalg::TransposeOp>(writer);
    if (!unpack || !unpack.hasPureBufferSemantics())
      continue;
    Value view = unpack.getInit();
    auto expand = view.getDefiningOp<memref::ExpandShapeOp>();
    if (view != input->get() && !(expand && expand.getSrc() == input->get()))
      continue;
    match.accumulatorInput = input->getOperandNumber();
    match.unpack = unpack;
    match.expand = view == input->get() ? nullptr : expand;
    accumulator = input->get();
    break;
  }
  if (!accumulator)
    return failure();
  isCandidate = true;

  // The body computes from its operands alone, elementwise.
  for (Operation &op : epilogue.getRegion().front().without_terminator())
    if (!isMemoryEffectFree(&op) || isa<linalg::IndexOp>(op)) {
      whyNot = "its body has side effects or reads the iteration index";
      return failure();
    }
  if (epilogue.payloadUsesValueFromOperand(init)) {
    whyNot = "it reads its own output";
    return failure();
  }
  Value packed = match.unpack.getInput();
  auto packedType = cast<MemRefType>(packed.getType());
  if (!packedType.hasStaticShape()) {
    whyNot = "the packed accumulator has a dynamic shape";
    return failure();
  }
  for (OpOperand *input : epilogue.getDpsInputOperands()) {
    if (input->getOperandNumber() == match.accumulatorInput ||
        !isa<MemRefType>(input->get().getType()))
      continue;
    if (mayAlias(input->get(), accumulator) || mayAlias(input->get(), packed)) {
      whyNot = "another operand may alias the accumulator";
      return failure();
    }
  }

  // Between the unpack and the epilogue nothing writes either buffer; the
  // packed buffer's dealloc may be there (it moves after the epilogue).
  if (match.unpack->getBlock() != epilogue->getBlock()) {
    whyNot = "the unpack is in another block";
    return failure();
  }
  for (Operation *op = match.unpack->getNextNode(); op != epilogue;
       op = op->getNextNode()) {
    auto dealloc = dyn_cast<memref::DeallocOp>(op);
    if (dealloc && dealloc.getMemref() == packed &&
        packed.getDefiningOp<memref::AllocOp>() && !match.packedDealloc) {
      match.packedDealloc = dealloc;
      continue;
    }
    std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
        effectsOf(op);
    if (!effects) {
      whyNot = "an op between the unpack and the epilogue has unknown effects";
      return failure();
    }
    for (const MemoryEffects::EffectInstance &effect : *effects)
      if (mayModify(effect, packed) || mayModify(effect, accumulator)) {
        whyNot = "an op between the unpack and the epilogue writes the "
                 "accumulator";
        return failure();
      }
  }

  // The epilogue's tile: allocated here, written by the epilogue, read by one
  // copy after it, freed.
  Value tile = init->get();
  match.tile = tile.getDefiningOp<memref::AllocOp>();
  if (!match.tile || match.tile->getBlock() != epilogue->getBlock()) {
    whyNot = "its output is not a buffer allocated next to it";
    return failure();
  }
  for (OpOperand *input : epilogue.getDpsInputOperands())
    if (isa<MemRefType>(input->get().getType()) &&
        mayAlias(input->get(), tile)) {
      whyNot = "it also reads its output";
      return failure();
    }
  for (Operation *user : tile.getUsers()) {
    if (user == epilogue)
      continue;
    if (auto dealloc = dyn_cast<memref::DeallocOp>(user);
        dealloc && !match.tileDealloc &&
        dealloc->getBlock() == epilogue->getBlock()) {
      match.tileDealloc = dealloc;
      continue;
    }
    bool isCopy = isa<memref::CopyOp, linalg::CopyOp>(user);
    if (!isCopy || match.copyOut || getCopySource(user) != tile ||
        user->getBlock() != epilogue->getBlock() ||
        !epilogue->isBeforeInBlock(user)) {
      whyNot = "its output is used by more than one copy after it";
      return failure();
    }
    match.copyOut = user;
  }
  if (!match.copyOut) {
    whyNot = "its output is not copied out";
    return failure();
  }
  if (match.tileDealloc && match.tileDealloc->isBeforeInBlock(match.copyOut)) {
    whyNot = "its output is freed before it is copied out";
    return failure();
  }
  // The unpack takes the copy's place: the destination must be the tile's
  // ranked, static shape and element type (a copy may also cast, or write
  // a dynamic or unranked view).
  auto destination =
      dyn_cast<MemRefType>(getCopyDestination(match.copyOut).getType());
  if (!destination || !destination.hasStaticShape() ||
      destination.getShape() != match.tile.getType().getShape() ||
      destination.getElementType() != match.tile.getType().getElementType()) {
    whyNot = "its copy-out writes another shape or element type";
    return failure();
  }
  if (match.expand) {
    if (failed(memref::ExpandShapeOp::computeExpandedType(
            destination, match.expand.getResultType().getShape(),
            match.expand.getReassociationIndices()))) {
      whyNot = "the copy-out's destination cannot take the unpack's layout";
      return failure();
    }
  }
  return match;
}

/// The unpacked buffer's indices as affine expressions of the packed
/// buffer's: the transpose's permutation, then the expand_shape's groups
/// linearized.
static AffineMap unpackedIndices(EpilogueMatch match) {
  MLIRContext *context = match.epilogue.getContext();
  auto packedType = cast<MemRefType>(match.unpack.getInput().getType());
  ArrayRef<int64_t> permutation = match.unpack.getPermutation();
  SmallVector<AffineExpr> view;
  for (int64_t dim : permutation)
    view.push_back(getAffineDimExpr(dim, context));
  if (!match.expand)
    return AffineMap::get(packedType.getRank(), 0, view, context);
  ArrayRef<int64_t> viewShape = match.expand.getResultType().getShape();
  SmallVector<AffineExpr> unpacked;
  for (const ReassociationIndices &group :
       match.expand.getReassociationIndices()) {
    AffineExpr linear = getAffineConstantExpr(0, context);
    for (int64_t dim : group)
      linear = linear * viewShape[dim] + view[dim];
    unpacked.push_back(linear);
  }
  return AffineMap::get(packedType.getRank(), 0, unpacked, context);
}

static void rewriteEpilogue(RewriterBase &rewriter, EpilogueMatch match) {
  linalg::GenericOp epilogue = match.epilogue;
  Location loc = epilogue.getLoc();
  Value packed = match.unpack.getInput();
  auto packedType = cast<MemRefType>(packed.getType());
  unsigned rank = packedType.getRank();
  AffineMap indices = unpackedIndices(match);

  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (OpOperand *input : epilogue.getDpsInputOperands()) {
    if (input->getOperandNumber() == match.accumulatorInput) {
      inputs.push_back(packed);
      maps.push_back(rewriter.getMultiDimIdentityMap(rank));
      continue;
    }
    inputs.push_back(input->get());
    maps.push_back(epilogue.getMatchingIndexingMap(input).compose(indices));
  }
  maps.push_back(rewriter.getMultiDimIdentityMap(rank));

  rewriter.setInsertionPoint(epilogue);
  auto tileType = match.tile.getType();
  auto packedTileType =
      MemRefType::get(packedType.getShape(), tileType.getElementType(),
                      MemRefLayoutAttrInterface{}, tileType.getMemorySpace());
  auto packedTile = memref::AllocOp::create(rewriter, loc, packedTileType);
  // The packed tile takes the tile's place, and its depth.
  for (NamedAttribute attribute : match.tile->getDiscardableAttrs())
    packedTile->setAttr(attribute.getName(), attribute.getValue());
  auto fused = linalg::GenericOp::create(
      rewriter, loc, TypeRange{}, inputs, ValueRange{packedTile}, maps,
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel));
  rewriter.inlineRegionBefore(epilogue.getRegion(), fused.getRegion(),
                              fused.getRegion().end());
  for (NamedAttribute attribute : epilogue->getDiscardableAttrs())
    fused->setAttr(attribute.getName(), attribute.getValue());
  if (match.packedDealloc)
    rewriter.moveOpAfter(match.packedDealloc, fused);

  // The unpack moves the epilogue's result to where its copy-out wrote.
  rewriter.setInsertionPoint(match.copyOut);
  Value destination = getCopyDestination(match.copyOut);
  if (match.expand) {
    auto expandedType = *memref::ExpandShapeOp::computeExpandedType(
        cast<MemRefType>(destination.getType()),
        match.expand.getResultType().getShape(),
        match.expand.getReassociationIndices());
    destination =
        memref::ExpandShapeOp::create(rewriter, loc, expandedType, destination,
                                      match.expand.getReassociationIndices());
  }
  linalg::TransposeOp::create(rewriter, loc, packedTile, destination,
                              match.unpack.getPermutation());
  memref::DeallocOp::create(rewriter, loc, packedTile);

  rewriter.eraseOp(match.copyOut);
  if (match.tileDealloc)
    rewriter.eraseOp(match.tileDealloc);
  rewriter.eraseOp(epilogue);
  rewriter.eraseOp(match.tile);
}

/// Erases `alloc` with the views of it, its deallocs and `unpack` when
/// nothing else uses it: the unpacked accumulator no one reads any more.
static void eraseIfOnlyUnpacked(RewriterBase &rewriter, memref::AllocOp alloc,
                                linalg::TransposeOp unpack) {
  SmallVector<Operation *> views, deallocs;
  SmallVector<Value> worklist{alloc.getResult()};
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (user == unpack.getOperation() && value == unpack.getInit())
        continue;
      if (isa<memref::DeallocOp>(user)) {
        deallocs.push_back(user);
        continue;
      }
      auto view = dyn_cast<ViewLikeOpInterface>(user);
      if (!view || user->getOperand(0) != value)
        return;
      views.push_back(user);
      worklist.append(user->result_begin(), user->result_end());
    }
  }
  // Users before what they use: the unpack and the deallocs (of the alloc
  // or of a view of it), then the views, innermost first.
  rewriter.eraseOp(unpack);
  for (Operation *op : deallocs)
    rewriter.eraseOp(op);
  for (Operation *op : llvm::reverse(views))
    rewriter.eraseOp(op);
  rewriter.eraseOp(alloc);
}

LogicalResult herdflow::fuseEpilogueIntoUnpack(RewriterBase &rewriter,
                                               linalg::GenericOp epilogue,
                                               std::string &whyNot) {
  bool isCandidate;
  FailureOr<EpilogueMatch> match = matchEpilogue(epilogue, whyNot, isCandidate);
  if (failed(match)) {
    if (!isCandidate)
      whyNot = "it does not read an unpacked accumulator";
    return failure();
  }
  Value accumulator =
      getViewBase(epilogue.getDpsInputOperand(match->accumulatorInput)->get());
  linalg::TransposeOp unpack = match->unpack;
  rewriteEpilogue(rewriter, *match);
  if (auto alloc = accumulator.getDefiningOp<memref::AllocOp>())
    eraseIfOnlyUnpacked(rewriter, alloc, unpack);
  return success();
}

namespace {
struct FuseEpilogueIntoUnpackPass
    : public herdflow::impl::FuseEpilogueIntoUnpackPassBase<
          FuseEpilogueIntoUnpackPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> generics;
    getOperation()->walk(
        [&](linalg::GenericOp generic) { generics.push_back(generic); });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp generic : generics) {
      std::string whyNot;
      bool isCandidate;
      if (failed(matchEpilogue(generic, whyNot, isCandidate))) {
        if (isCandidate)
          generic.emitRemark("epilogue left on the unpacked accumulator by "
                             "aie-fuse-epilogue-into-unpack: ")
              << whyNot;
        continue;
      }
      (void)fuseEpilogueIntoUnpack(rewriter, generic, whyNot);
    }
  }
};
} // namespace
