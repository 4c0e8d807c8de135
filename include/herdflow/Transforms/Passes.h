//===- Passes.h - herdflow passes -------------------------------*- C++ -*-===//

#ifndef HERDFLOW_TRANSFORMS_PASSES_H
#define HERDFLOW_TRANSFORMS_PASSES_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Transforms/Transforms.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassOptions.h"

namespace herdflow {

#define GEN_PASS_DECL
#include "herdflow/Transforms/Passes.h.inc"

/// Rewrites every memref type under `root` to the default memory space and
/// folds the memory_space_cast ops that become identities.
void eraseMemorySpaces(mlir::Operation *root);

/// Options of the aie-streaming-k pipeline.
struct StreamingKPipelineOptions
    : public mlir::PassPipelineOptions<StreamingKPipelineOptions> {
  Option<FillFusionMode> fillMode{
      *this, "fill-mode",
      llvm::cl::desc("How the first K iteration initializes L1"),
      llvm::cl::init(FillFusionMode::Conditional),
      llvm::cl::values(
          clEnumValN(FillFusionMode::Conditional, "conditional",
                     "scf.if on the first iteration of the K loops"),
          clEnumValN(FillFusionMode::Peel, "peel",
                     "peel the first iteration of the K loops"))};
  Option<std::string> target{
      *this, "target",
      llvm::cl::desc("Target description for DMA sharing and the resource "
                     "check (npu1, npu4)"),
      llvm::cl::init("npu1")};
};

/// Adds the streaming-K pipeline (stages 1-7 of the design) to `pm`.
void buildStreamingKPipeline(mlir::OpPassManager &pm,
                             const StreamingKPipelineOptions &options);

/// Registers `aie-streaming-k{target=npu1|npu4 fill-mode=conditional|peel}`.
void registerStreamingKPipeline();

#define GEN_PASS_REGISTRATION
#include "herdflow/Transforms/Passes.h.inc"

} // namespace herdflow

#endif // HERDFLOW_TRANSFORMS_PASSES_H
