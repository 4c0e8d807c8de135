//===- CheckResources.cpp - Does an AIR program fit the AIE array? --------===//
//
// aie-check-resources: computeResourceUsage (errors at the ops), the report
// as a remark and as a JSON file.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/Passes.h"
#include "herdflow/Transforms/ResourceUsage.h"
#include "herdflow/Transforms/Utils.h"

#include "mlir/IR/Diagnostics.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

namespace herdflow {
#define GEN_PASS_DEF_CHECKRESOURCESPASS
#include "herdflow/Transforms/Passes.h.inc"
} // namespace herdflow

using namespace mlir;
using namespace herdflow;

namespace {
struct CheckResourcesPass
    : public WithTargetOptionCheck<
          herdflow::impl::CheckResourcesPassBase<CheckResourcesPass>> {
  using WithTargetOptionCheck::WithTargetOptionCheck;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    const TargetDescription *description = lookupTargetDescription(target);
    if (!description) {
      // At the location only: printing the op would dump the module.
      emitError(module.getLoc()) << *diagnoseUnknownTarget(target);
      return signalPassFailure();
    }
    ResourceUsage usage = computeResourceUsage(module, *description);
    if (report) {
      std::string text;
      llvm::raw_string_ostream os(text);
      usage.print(os);
      // At the module's location without printing the module.
      emitRemark(module.getLoc(), text);
    }
    if (!reportFile.empty()) {
      std::error_code error;
      llvm::raw_fd_ostream file(reportFile, error);
      if (error) {
        module.emitError("cannot write the resource report to '")
            << reportFile << "': " << error.message();
        return signalPassFailure();
      }
      file << llvm::formatv("{0:2}", usage.toJSON());
    }
    if (!usage.fits)
      signalPassFailure();
  }
};
} // namespace
