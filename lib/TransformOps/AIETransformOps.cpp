//===- AIETransformOps.cpp - herdflow's transform ops ---------------------===//

#include "herdflow/TransformOps/AIETransformOps.h"

#include "herdflow/Transforms/ResourceUsage.h"
#include "herdflow/Transforms/Transforms.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Transform/IR/TransformDialect.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;

//===----------------------------------------------------------------------===//
// FuseFillIntoLoopTransformOp
//===----------------------------------------------------------------------===//

LogicalResult transform::FuseFillIntoLoopTransformOp::verify() {
  if (getMode() != "conditional" && getMode() != "peel")
    return emitOpError("mode must be \"conditional\" or \"peel\", got \"")
           << getMode() << "\"";
  return success();
}

DiagnosedSilenceableFailure transform::FuseFillIntoLoopTransformOp::applyToOne(
    transform::TransformRewriter &rewriter, scf::ForOp target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::FillFusionMode mode = getMode() == "peel"
                                      ? herdflow::FillFusionMode::Peel
                                      : herdflow::FillFusionMode::Conditional;
  // The fills before the loop in its block, nearest first.
  SmallVector<linalg::FillOp> fills;
  for (Operation *op = target->getPrevNode(); op; op = op->getPrevNode())
    if (auto fill = dyn_cast<linalg::FillOp>(op))
      fills.push_back(fill);
  SmallVector<std::string> reasons;
  for (linalg::FillOp fill : fills) {
    std::string whyNot;
    if (succeeded(herdflow::fuseFillIntoLoop(rewriter, fill, mode, whyNot)))
      return DiagnosedSilenceableFailure::success();
    reasons.push_back(whyNot);
  }
  DiagnosedSilenceableFailure failure =
      emitSilenceableError()
      << "no fill before the loop could be fused"
      << (reasons.empty() ? "" : ": ") << llvm::join(reasons, "; ");
  failure.attachNote(target->getLoc()) << "target loop";
  return failure;
}

void transform::FuseFillIntoLoopTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getTargetMutable(), effects);
  transform::modifiesPayload(effects);
}

//===----------------------------------------------------------------------===//
// HoistPackUnpackTransformOp
//===----------------------------------------------------------------------===//

DiagnosedSilenceableFailure transform::HoistPackUnpackTransformOp::applyToOne(
    transform::TransformRewriter &rewriter, Operation *target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::hoistPackUnpack(rewriter, target);
  return DiagnosedSilenceableFailure::success();
}

void transform::HoistPackUnpackTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getTargetMutable(), effects);
  transform::modifiesPayload(effects);
}

//===----------------------------------------------------------------------===//
// ApplyPackUnpackFoldPatternsOp
//===----------------------------------------------------------------------===//

void transform::ApplyPackUnpackFoldPatternsOp::populatePatterns(
    RewritePatternSet &patterns) {
  herdflow::populatePackUnpackFoldPatterns(patterns);
}

//===----------------------------------------------------------------------===//
// ForallToAIRTransformOp / CopyToDMATransformOp
//===----------------------------------------------------------------------===//

DiagnosedSilenceableFailure transform::ForallToAIRTransformOp::applyToOne(
    transform::TransformRewriter &rewriter, ModuleOp target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::ForallToAIROptions options{
      getInnermostAsHerd(), getHerdName().str(), getSegmentName().str()};
  if (failed(herdflow::convertForallsToAIR(rewriter, target, options)))
    return emitDefiniteFailure() << "scf.forall to AIR failed (see the error "
                                    "above)";
  return DiagnosedSilenceableFailure::success();
}

void transform::ForallToAIRTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getModuleMutable(), effects);
  transform::modifiesPayload(effects);
}

DiagnosedSilenceableFailure transform::CopyToDMATransformOp::applyToOne(
    transform::TransformRewriter &rewriter, Operation *target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::convertCopiesToDMA(rewriter, target);
  return DiagnosedSilenceableFailure::success();
}

void transform::CopyToDMATransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getTargetMutable(), effects);
  transform::modifiesPayload(effects);
}

//===----------------------------------------------------------------------===//
// DMAToChannelTransformOp
//===----------------------------------------------------------------------===//

DiagnosedSilenceableFailure transform::DMAToChannelTransformOp::applyToOne(
    transform::TransformRewriter &rewriter, herdflow::air::HerdOp target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  auto module = target->getParentOfType<ModuleOp>();
  if (!module)
    return emitDefiniteFailure() << "the herd is not inside a module";
  SymbolTable symbols(module);
  unsigned nextChannelId = 0;
  std::string whyNot;
  if (failed(herdflow::convertHerdToChannels(rewriter, target, symbols,
                                             nextChannelId, whyNot))) {
    DiagnosedSilenceableFailure failure = emitSilenceableError()
                                          << "herd left unchanged: " << whyNot;
    failure.attachNote(target->getLoc()) << "target herd";
    return failure;
  }
  return DiagnosedSilenceableFailure::success();
}

void transform::DMAToChannelTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getTargetMutable(), effects);
  transform::modifiesPayload(effects);
}

//===----------------------------------------------------------------------===//
// SharePeeledDMAsTransformOp / UnpeelTransfersTransformOp /
// CheckResourcesTransformOp
//===----------------------------------------------------------------------===//

static LogicalResult verifyTargetName(Operation *op, StringRef target) {
  if (herdflow::lookupTargetDescription(target))
    return success();
  return op->emitOpError("unknown target '")
         << target
         << "' (one of: " << llvm::join(herdflow::getTargetNames(), ", ")
         << ")";
}

DiagnosedSilenceableFailure transform::SharePeeledDMAsTransformOp::applyToOne(
    transform::TransformRewriter &rewriter, ModuleOp target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::sharePeeledDmas(rewriter, target);
  return DiagnosedSilenceableFailure::success();
}

void transform::SharePeeledDMAsTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getModuleMutable(), effects);
  transform::modifiesPayload(effects);
}

LogicalResult transform::UnpeelTransfersTransformOp::verify() {
  return verifyTargetName(*this, getTarget());
}

DiagnosedSilenceableFailure transform::UnpeelTransfersTransformOp::applyToOne(
    transform::TransformRewriter &rewriter, ModuleOp target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::unpeelTransfers(rewriter, target,
                            *herdflow::lookupTargetDescription(getTarget()));
  return DiagnosedSilenceableFailure::success();
}

void transform::UnpeelTransfersTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getModuleMutable(), effects);
  transform::modifiesPayload(effects);
}

LogicalResult transform::CheckResourcesTransformOp::verify() {
  return verifyTargetName(*this, getTarget());
}

DiagnosedSilenceableFailure transform::CheckResourcesTransformOp::applyToOne(
    transform::TransformRewriter &, ModuleOp target,
    transform::ApplyToEachResultList &, transform::TransformState &) {
  herdflow::ResourceUsage usage = herdflow::computeResourceUsage(
      target, *herdflow::lookupTargetDescription(getTarget()));
  if (!usage.fits)
    return emitDefiniteFailure() << "the program does not fit " << getTarget()
                                 << " (errors at the ops above)";
  return DiagnosedSilenceableFailure::success();
}

void transform::CheckResourcesTransformOp::getEffects(
    SmallVectorImpl<MemoryEffects::EffectInstance> &effects) {
  transform::onlyReadsHandle(getModuleMutable(), effects);
  transform::onlyReadsPayload(effects);
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

#define GET_OP_CLASSES
#include "herdflow/TransformOps/AIETransformOps.cpp.inc"

namespace {
class AIETransformDialectExtension
    : public transform::TransformDialectExtension<
          AIETransformDialectExtension> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(AIETransformDialectExtension)

  AIETransformDialectExtension() {
    declareGeneratedDialect<arith::ArithDialect>();
    declareGeneratedDialect<herdflow::air::AIRDialect>();
    declareGeneratedDialect<affine::AffineDialect>();
    declareGeneratedDialect<memref::MemRefDialect>();
    declareGeneratedDialect<linalg::LinalgDialect>();
    declareGeneratedDialect<scf::SCFDialect>();
    registerTransformOps<
#define GET_OP_LIST
#include "herdflow/TransformOps/AIETransformOps.cpp.inc"
        >();
  }
};
} // namespace

void herdflow::registerTransformDialectExtension(DialectRegistry &registry) {
  registry.addExtensions<AIETransformDialectExtension>();
}
