//===- InitHerdflow.cpp - Register herdflow's dialects and passes ---------===//

#include "herdflow/InitHerdflow.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/Testing/TestPasses.h"
#include "herdflow/TransformOps/AIETransformOps.h"
#include "herdflow/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"

void herdflow::registerHerdflowDialects(mlir::DialectRegistry &registry) {
  registry.insert<air::AIRDialect, HerdflowDialect>();
  registerTransformDialectExtension(registry);
}

void herdflow::registerHerdflowPasses() {
  // The Python package and aie-opt may both ask; register once per process.
  static const bool registered = [] {
    registerHerdflowTransformsPasses();
    registerStreamingKPipeline();
    registerTestAccessPatternsPass();
    registerTestTargetDescriptionPass();
    return true;
  }();
  (void)registered;
}
