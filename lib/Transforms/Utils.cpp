//===- Utils.cpp - Helpers shared by herdflow's rewrites ------------------===//

#include "herdflow/Transforms/Utils.h"
#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/ShapedOpInterfaces.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Iterators.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;

Value herdflow::getViewBase(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (!isa<ViewLikeOpInterface>(def))
      break;
    value = def->getOperand(0);
  }
  return value;
}

Value herdflow::getCopySource(Operation *op) {
  if (auto copy = dyn_cast<memref::CopyOp>(op))
    return copy.getSource();
  return cast<DestinationStyleOpInterface>(op).getDpsInputs()[0];
}

Value herdflow::getCopyDestination(Operation *op) {
  if (auto copy = dyn_cast<memref::CopyOp>(op))
    return copy.getTarget();
  return cast<DestinationStyleOpInterface>(op).getDpsInits()[0];
}

std::optional<int64_t> herdflow::getStaticTripCount(int64_t lb, int64_t ub,
                                                    int64_t step) {
  // A non-positive step makes an scf loop undefined: no count.
  if (step <= 0)
    return std::nullopt;
  if (ub <= lb)
    return 0;
  // ub - lb may not fit in int64_t; the count always does.
  __int128 distance = static_cast<__int128>(ub) - lb;
  return static_cast<int64_t>((distance + step - 1) / step);
}

std::optional<int64_t> herdflow::getStaticTripCount(Operation *loop) {
  if (auto forOp = dyn_cast<scf::ForOp>(loop)) {
    std::optional<int64_t> lb = getConstantIntValue(forOp.getLowerBound());
    std::optional<int64_t> ub = getConstantIntValue(forOp.getUpperBound());
    std::optional<int64_t> step = getConstantIntValue(forOp.getStep());
    if (!lb || !ub || !step)
      return std::nullopt;
    // Unsigned comparison of negative bounds: not worth modelling.
    if (forOp.getUnsignedCmp() && (*lb < 0 || *ub < 0))
      return std::nullopt;
    return getStaticTripCount(*lb, *ub, *step);
  }
  auto forall = dyn_cast<scf::ForallOp>(loop);
  if (!forall)
    return std::nullopt;
  std::optional<StaticForallBounds> bounds = getStaticBounds(forall);
  if (!bounds)
    return std::nullopt;
  int64_t count = 1;
  for (int64_t trips : bounds->tripCounts)
    if (llvm::MulOverflow(count, trips, count))
      return std::nullopt;
  return count;
}

std::optional<herdflow::StaticForallBounds>
herdflow::getStaticBounds(scf::ForallOp forall) {
  std::optional<SmallVector<int64_t>> lbs =
      getConstantIntValues(forall.getMixedLowerBound());
  std::optional<SmallVector<int64_t>> ubs =
      getConstantIntValues(forall.getMixedUpperBound());
  std::optional<SmallVector<int64_t>> steps =
      getConstantIntValues(forall.getMixedStep());
  if (!lbs || !ubs || !steps)
    return std::nullopt;
  herdflow::StaticForallBounds bounds{*lbs, *ubs, *steps, {}};
  for (auto [lb, ub, step] : llvm::zip_equal(*lbs, *ubs, *steps)) {
    std::optional<int64_t> trips = getStaticTripCount(lb, ub, step);
    if (!trips)
      return std::nullopt;
    bounds.tripCounts.push_back(*trips);
  }
  return bounds;
}

bool herdflow::hasNonPositiveConstantStep(Operation *loop) {
  SmallVector<OpFoldResult> steps;
  if (auto forOp = dyn_cast<scf::ForOp>(loop))
    steps.push_back(forOp.getStep());
  else if (auto forall = dyn_cast<scf::ForallOp>(loop))
    steps = forall.getMixedStep();
  return llvm::any_of(steps, [](OpFoldResult step) {
    std::optional<int64_t> constant = getConstantIntValue(step);
    return constant && *constant <= 0;
  });
}

/// True if a dim op feeding `value` has a constant index outside its
/// operand's rank: valid IR (undefined only when it runs) on which
/// ValueBoundsConstraintSet asserts, so such bounds are not analyzed.
static bool hasOutOfRangeDim(Value value) {
  BackwardSliceOptions options;
  options.inclusive = true;
  SetVector<Operation *> slice;
  if (failed(getBackwardSlice(value, &slice, options)))
    return true;
  return llvm::any_of(slice, [](Operation *op) {
    auto dim = dyn_cast<ShapedDimOpInterface>(op);
    if (!dim)
      return false;
    std::optional<int64_t> index = getConstantIntValue(dim.getDimension());
    auto type = dyn_cast<ShapedType>(dim.getShapedValue().getType());
    return index && (!type || !type.hasRank() || *index < 0 ||
                     *index >= type.getRank());
  });
}

bool herdflow::runsAtLeastOnce(Operation *loop) {
  if (hasNonPositiveConstantStep(loop))
    return false;
  if (std::optional<int64_t> trips = getStaticTripCount(loop))
    return *trips >= 1;
  auto forOp = dyn_cast<scf::ForOp>(loop);
  if (!forOp || hasOutOfRangeDim(forOp.getLowerBound()) ||
      hasOutOfRangeDim(forOp.getUpperBound()))
    return false;
  using Variable = ValueBoundsConstraintSet::Variable;
  return ValueBoundsConstraintSet::compare(
      Variable(forOp.getLowerBound()),
      ValueBoundsConstraintSet::ComparisonOperator::LT,
      Variable(forOp.getUpperBound()));
}

void herdflow::eraseTriviallyDeadOps(RewriterBase &rewriter, Operation *root) {
  root->walk<WalkOrder::PostOrder, ReverseIterator>([&](Operation *op) {
    if (op != root && isOpTriviallyDead(op))
      rewriter.eraseOp(op);
  });
}

std::optional<int64_t> herdflow::getExecutionBound(Operation *op,
                                                   Operation *scope) {
  int64_t count = 1;
  for (Operation *parent = op->getParentOp(); parent && parent != scope;
       parent = parent->getParentOp()) {
    if (auto hierarchy = dyn_cast<air::HierarchyInterface>(parent)) {
      for (Value size : hierarchy.getSizeOperands()) {
        std::optional<int64_t> extent = getConstantIntValue(size);
        if (!extent || *extent < 0 || llvm::MulOverflow(count, *extent, count))
          return std::nullopt;
      }
    } else if (isa<LoopLikeOpInterface>(parent)) {
      std::optional<int64_t> trips = getStaticTripCount(parent);
      if (!trips || llvm::MulOverflow(count, *trips, count))
        return std::nullopt;
    }
  }
  return count;
}

bool herdflow::addressesStreamPerCore(Operation *op) {
  auto herd = op->getParentOfType<air::HerdOp>();
  if (!herd)
    return true;
  auto channelOp = dyn_cast<air::ChannelInterface>(op);
  if (!channelOp)
    return true;
  ValueRange indices = channelOp.getIndices();
  for (auto [id, size] : llvm::zip_equal(herd.getIds(), herd.getSizeOperands()))
    if (getConstantIntValue(size) != 1 && !llvm::is_contained(indices, id))
      return false;
  return true;
}
