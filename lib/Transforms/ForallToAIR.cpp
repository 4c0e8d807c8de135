//===- ForallToAIR.cpp - scf.forall to air.launch/segment/herd ------------===//
//
// The bufferized schedule distributes work with two scf.forall levels: one
// mapped to #gpu.block (work items of the whole array) and one mapped to
// #gpu.thread (the cores of a herd). This conversion turns the first into an
// air.launch whose body is one air.segment (unless the forall holds a segment
// already), and the second into an air.herd.
// Hierarchy ops are isolated from above: every value a body uses from outside
// becomes an `args` operand, except constants, which are re-created inside.
// Ops move with their buffers, so a buffer allocated per core stays in the
// herd and one allocated per block lands in the segment.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/Transforms.h"

#include "herdflow/Transforms/Utils.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/MathExtras.h"

#include <functional>

namespace herdflow {
#define GEN_PASS_DEF_FORALLTOAIRPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

/// True if `value` is defined by one of `ops` or inside one of them.
static bool isDefinedIn(Value value,
                        const llvm::SmallPtrSetImpl<Operation *> &ops) {
  Operation *owner = value.getDefiningOp();
  if (!owner)
    owner = value.getParentBlock()->getParentOp();
  for (Operation *op = owner; op; op = op->getParentOp())
    if (ops.contains(op))
      return true;
  return false;
}

/// Creates `OpTy` at the rewriter's insertion point with iteration space
/// `sizes`, and moves `ops` (one block's ops, in order) into its body: uses
/// of `ids[i]` become the body's i-th id, values from outside become kernel
/// operands, constants and views from outside are cloned into the body.
template <typename OpTy>
static OpTy outlineIntoHierarchy(RewriterBase &rewriter, Location loc,
                                 ArrayRef<Operation *> ops, ValueRange sizes,
                                 ValueRange ids) {
  llvm::SmallPtrSet<Operation *, 16> moved(ops.begin(), ops.end());
  // Values from outside: constants and views (subview, expand_shape, cast,
  // ...) are re-created inside, so kernel operands are base buffers and
  // indices; the rest become kernel operands.
  llvm::SetVector<Value> kernelOperandSet;
  llvm::SetVector<Operation *> rematerialized; // operands before users
  std::function<void(Value)> capture = [&](Value value) {
    if (isDefinedIn(value, moved) || llvm::is_contained(ids, value))
      return;
    Operation *def = value.getDefiningOp();
    bool isView = def && isa<ViewLikeOpInterface>(def) &&
                  isMemoryEffectFree(def) && def->getNumRegions() == 0;
    if (def && (matchPattern(value, m_Constant()) || isView)) {
      if (rematerialized.contains(def))
        return;
      for (Value operand : def->getOperands())
        capture(operand);
      rematerialized.insert(def);
      return;
    }
    kernelOperandSet.insert(value);
  };
  for (Operation *op : ops)
    op->walk([&](Operation *nested) {
      for (Value operand : nested->getOperands())
        capture(operand);
    });
  SmallVector<Value> kernelOperands = kernelOperandSet.takeVector();

  auto hierarchy = OpTy::create(rewriter, loc, sizes, kernelOperands);
  Block &body = hierarchy.getBody().front();
  Operation *terminator = body.getTerminator();
  for (Operation *op : ops)
    rewriter.moveOpBefore(op, terminator);

  auto isInside = [&](OpOperand &use) {
    return hierarchy->isProperAncestor(use.getOwner());
  };
  // Clones first (operands before users), then every inside use is rebound:
  // clones' operands included.
  rewriter.setInsertionPointToStart(&body);
  SmallVector<std::pair<Value, Value>> rebind;
  for (Operation *def : rematerialized) {
    Operation *clone = rewriter.clone(*def);
    for (auto [result, cloned] :
         llvm::zip_equal(def->getResults(), clone->getResults()))
      rebind.push_back({result, cloned});
  }
  for (auto [id, arg] : llvm::zip_equal(ids, hierarchy.getIds()))
    rebind.push_back({id, arg});
  for (auto [value, arg] :
       llvm::zip_equal(kernelOperands, hierarchy.getKernelArguments()))
    rebind.push_back({value, arg});
  for (auto [from, to] : rebind)
    rewriter.replaceUsesWithIf(from, to, isInside);
  return hierarchy;
}

namespace {
/// What one scf.forall becomes, decided before anything changes.
struct ForallConversion {
  scf::ForallOp forall;
  /// The outermost op it becomes: a launch (with a segment) or a herd.
  air::HierarchyLevel level;
  /// A launch's body goes into a new segment, unless it holds a segment
  /// already (AIR has no segment in a segment).
  bool withSegment = false;
  SmallVector<int64_t> lowerBounds, steps, tripCounts;
};
} // namespace

/// The hierarchy op a forall maps to: a launch for #gpu.block, a herd for
/// #gpu.thread; none for any other or no mapping.
static std::optional<air::HierarchyLevel> getMappedLevel(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  if (!mapping || mapping->empty())
    return std::nullopt;
  if (llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUBlockMappingAttr>))
    return air::HierarchyLevel::Launch;
  if (llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUThreadMappingAttr>))
    return air::HierarchyLevel::Herd;
  return std::nullopt;
}

static bool containsNestedForall(scf::ForallOp forall) {
  return forall
      ->walk([&](scf::ForallOp nested) {
        return nested == forall ? WalkResult::advance()
                                : WalkResult::interrupt();
      })
      .wasInterrupted();
}

/// Decides what `forall` becomes, given the foralls under it already planned
/// (`planned`); the reason in `whyNot` when it stays, or an error emitted at
/// the forall (`isError`) when its mapping asks for what AIR cannot express.
static FailureOr<ForallConversion>
planConversion(scf::ForallOp forall, const ForallToAIROptions &options,
               const DenseMap<Operation *, air::HierarchyLevel> &planned,
               std::string &whyNot, bool &isError) {
  std::optional<air::HierarchyLevel> level = getMappedLevel(forall);
  if (!level && options.innermostAsHerd && !containsNestedForall(forall))
    level = air::HierarchyLevel::Herd;
  if (!level) {
    whyNot = "not mapped to #gpu.block or #gpu.thread";
    return failure();
  }
  if (forall.getNumResults() != 0) {
    whyNot = "it has tensor results; bufferize first";
    return failure();
  }
  unsigned maxDims = air::getMaxHierarchyDims(*level);
  if (forall.getRank() > maxDims) {
    bool herd = *level == air::HierarchyLevel::Herd;
    forall->emitError() << "a " << (herd ? "herd" : "launch") << " has at most "
                        << maxDims << " dimensions, this scf.forall mapped to "
                        << (herd ? "cores" : "blocks") << " has "
                        << forall.getRank();
    isError = true;
    return failure();
  }
  std::optional<StaticForallBounds> bounds = getStaticBounds(forall);
  if (!bounds) {
    whyNot = hasNonPositiveConstantStep(forall) ? "a step is not positive"
                                                : "dynamic bounds";
    return failure();
  }
  for (auto [lb, step, trips] : llvm::zip_equal(
           bounds->lowerBounds, bounds->steps, bounds->tripCounts)) {
    if (trips == 0) {
      whyNot = "it runs zero times";
      return failure();
    }
    // The ids are rebuilt as lb + id * step in index arithmetic.
    int64_t last;
    if (llvm::MulOverflow(trips - 1, step, last) ||
        llvm::AddOverflow(last, lb, last)) {
      whyNot = "its induction variables overflow";
      return failure();
    }
  }
  ForallConversion conversion{forall,        *level,
                              false,         bounds->lowerBounds,
                              bounds->steps, bounds->tripCounts};

  // AIR nests launch > segment > herd: nothing the new op would contain may
  // be at its level or above, and nothing around it at its level or below.
  auto conflicts = [&](air::HierarchyLevel inner) {
    return static_cast<unsigned>(inner) <= static_cast<unsigned>(*level);
  };
  Operation *clash = nullptr;
  forall->walk([&](Operation *nested) {
    std::optional<air::HierarchyLevel> inner;
    if (auto hierarchy = dyn_cast<air::HierarchyInterface>(nested))
      inner = air::getHierarchyLevel(hierarchy);
    else if (auto it = planned.find(nested); it != planned.end())
      inner = it->second;
    if (nested != forall && inner && conflicts(*inner)) {
      clash = nested;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  for (Operation *parent = forall->getParentOp(); parent && !clash;
       parent = parent->getParentOp())
    if (auto hierarchy = dyn_cast<air::HierarchyInterface>(parent))
      if (static_cast<unsigned>(air::getHierarchyLevel(hierarchy)) >=
          static_cast<unsigned>(*level))
        clash = parent;
  if (clash) {
    whyNot = (Twine("AIR nests launch > segment > herd, and it would be "
                    "nested with '") +
              clash->getName().getStringRef() + "'")
                 .str();
    return failure();
  }
  conversion.withSegment =
      *level == air::HierarchyLevel::Launch &&
      !forall->walk([](air::SegmentOp) { return WalkResult::interrupt(); })
           .wasInterrupted();
  return conversion;
}

/// Rewrites the induction variables of `forall` as lb + id * step of
/// zero-based ids, so they can become the ids of a hierarchy op.
static void normalizeInductionVariables(RewriterBase &rewriter,
                                        const ForallConversion &conversion) {
  scf::ForallOp forall = conversion.forall;
  rewriter.setInsertionPointToStart(forall.getBody());
  for (auto [iv, lb, step] :
       llvm::zip_equal(forall.getInductionVars(), conversion.lowerBounds,
                       conversion.steps)) {
    if (lb == 0 && step == 1)
      continue;
    AffineExpr id = rewriter.getAffineDimExpr(0);
    auto apply = affine::AffineApplyOp::create(
        rewriter, forall.getLoc(), AffineMap::get(1, 0, id * step + lb),
        ValueRange{iv});
    rewriter.replaceAllUsesExcept(iv, apply.getResult(), apply);
  }
}

LogicalResult herdflow::convertForallsToAIR(RewriterBase &rewriter,
                                            ModuleOp module,
                                            const ForallToAIROptions &options) {
  SmallVector<scf::ForallOp> foralls;
  module.walk([&](scf::ForallOp forall) { foralls.push_back(forall); });
  // Post-order: a forall is planned after the ones it contains, so the plan
  // knows what its body will hold. Nothing changes until every forall is
  // planned.
  SmallVector<ForallConversion> conversions;
  DenseMap<Operation *, air::HierarchyLevel> planned;
  bool hasErrors = false;
  for (scf::ForallOp forall : foralls) {
    std::string whyNot;
    bool isError = false;
    FailureOr<ForallConversion> conversion =
        planConversion(forall, options, planned, whyNot, isError);
    hasErrors |= isError;
    if (failed(conversion) && !isError)
      forall->emitRemark("scf.forall left unchanged: ") << whyNot;
    if (failed(conversion))
      continue;
    planned[forall] = conversion->level;
    conversions.push_back(std::move(*conversion));
  }
  if (hasErrors)
    return failure();

  unsigned herds = 0, segments = 0;
  for (const ForallConversion &conversion : conversions) {
    scf::ForallOp forall = conversion.forall;
    normalizeInductionVariables(rewriter, conversion);
    rewriter.setInsertionPoint(forall);
    Location loc = forall.getLoc();
    SmallVector<Value> sizes;
    llvm::SmallDenseMap<int64_t, Value> constants;
    for (int64_t trips : conversion.tripCounts) {
      Value &size = constants[trips];
      if (!size)
        size = arith::ConstantIndexOp::create(rewriter, loc, trips);
      sizes.push_back(size);
    }
    SmallVector<Operation *> ops;
    for (Operation &op : forall.getBody()->without_terminator())
      ops.push_back(&op);
    SmallVector<Value> ids(forall.getInductionVars());
    if (conversion.level == air::HierarchyLevel::Herd) {
      // mlir-air's herd: dimension 0 (x) runs along the array's columns,
      // dimension 1 (y) along its rows. The forall's #gpu.thread<x> dim is
      // dimension 0, whatever its position in the forall.
      SmallVector<unsigned> order =
          llvm::to_vector(llvm::seq<unsigned>(0, ids.size()));
      if (std::optional<ArrayAttr> mapping = forall.getMapping();
          mapping && mapping->size() == ids.size())
        llvm::stable_sort(order, [&](unsigned a, unsigned b) {
          auto id = [&](unsigned d) {
            return cast<DeviceMappingAttrInterface>((*mapping)[d])
                .getMappingId();
          };
          return id(a) < id(b);
        });
      sizes = llvm::map_to_vector(order, [&](unsigned d) { return sizes[d]; });
      ids = llvm::map_to_vector(order, [&](unsigned d) { return ids[d]; });
      auto herd =
          outlineIntoHierarchy<air::HerdOp>(rewriter, loc, ops, sizes, ids);
      herd.setSymNameAttr(rewriter.getStringAttr(options.herdName + "_" +
                                                 std::to_string(herds++)));
    } else {
      auto launch =
          outlineIntoHierarchy<air::LaunchOp>(rewriter, loc, ops, sizes, ids);
      if (!conversion.withSegment) {
        rewriter.eraseOp(forall);
        continue;
      }
      SmallVector<Operation *> segmentOps;
      for (Operation &op : launch.getBody().front().without_terminator())
        segmentOps.push_back(&op);
      rewriter.setInsertionPointToStart(&launch.getBody().front());
      auto segment = outlineIntoHierarchy<air::SegmentOp>(
          rewriter, loc, segmentOps, ValueRange(), ValueRange());
      segment.setSymNameAttr(rewriter.getStringAttr(
          options.segmentName + "_" + std::to_string(segments++)));
    }
    rewriter.eraseOp(forall);
  }
  return success();
}

namespace {
struct ForallToAIRPass
    : public herdflow::impl::ForallToAIRPassBase<ForallToAIRPass> {
  using ForallToAIRPassBase::ForallToAIRPassBase;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    ForallToAIROptions options{innermostAsHerd, herdName, segmentName};
    if (failed(convertForallsToAIR(rewriter, getOperation(), options)))
      signalPassFailure();
  }
};
} // namespace
