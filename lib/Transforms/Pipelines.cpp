//===- Pipelines.cpp - herdflow's pass pipelines --------------------------===//
//
// The one place where herdflow's passes are assembled into pipelines.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

void herdflow::buildStreamingKPipeline(
    OpPassManager &pm, const StreamingKPipelineOptions &options) {
  pm.addPass(createSinkReductionLoopIntoHerdPass());
  FuseFillIntoLoopPassOptions fuse;
  fuse.mode = options.fillMode;
  pm.addPass(createFuseFillIntoLoopPass(fuse));
  pm.addPass(createHoistPackUnpackPass());
  pm.addPass(createFuseEpilogueIntoUnpackPass());
  pm.addPass(createLegalizeNarrowPacksPass());
  pm.addPass(createForallToAIRPass());
  pm.addPass(createCopyToDMAPass());
  pm.addPass(createDMAToChannelPass());
  pm.addPass(createSharePeeledDMAsPass());
  UnpeelTransfersPassOptions unpeel;
  unpeel.target = options.target;
  pm.addPass(createUnpeelTransfersPass(unpeel));
  CheckResourcesPassOptions check;
  check.target = options.target;
  pm.addPass(createCheckResourcesPass(check));
}

void herdflow::registerStreamingKPipeline() {
  PassPipelineRegistration<StreamingKPipelineOptions>(
      "aie-streaming-k",
      "The streaming-K schedule from the front end's baseline to placeable "
      "AIR: aie-sink-reduction-loop-into-herd, aie-fuse-fill-into-loop, "
      "aie-hoist-pack-unpack, "
      "aie-fuse-epilogue-into-unpack, aie-legalize-narrow-packs, "
      "aie-forall-to-air, aie-copy-to-dma, aie-dma-to-channel, "
      "aie-share-peeled-dmas, aie-unpeel-transfers, aie-check-resources",
      buildStreamingKPipeline);
}
