//===- TestTargetDescription.cpp - Print a target description -------------===//
//
// `test-aie-target-description{target=npu1}` prints the C++ view of a target
// description as JSON, so lit and the Python tests can check that C++ reads
// targets.json exactly as Python does.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Testing/TestPasses.h"

#include "mlir/Pass/Pass.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;

namespace {
struct TestTargetDescriptionPass
    : public PassWrapper<TestTargetDescriptionPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestTargetDescriptionPass)

  TestTargetDescriptionPass() = default;
  TestTargetDescriptionPass(const TestTargetDescriptionPass &pass)
      : PassWrapper(pass) {}

  StringRef getArgument() const final { return "test-aie-target-description"; }
  StringRef getDescription() const final {
    return "Print a target description, and the values derived from it, as "
           "JSON on stdout";
  }

  void runOnOperation() override {
    const herdflow::TargetDescription *description =
        herdflow::lookupTargetDescription(target);
    if (!description) {
      getOperation()->emitError()
          << "unknown target '" << target
          << "' (known: " << llvm::join(herdflow::getTargetNames(), ", ")
          << ")";
      return signalPassFailure();
    }
    llvm::json::Object packSizes;
    for (const auto &entry : description->intrinsicMKN) {
      std::array<int64_t, 3> mnk = *description->packSizes(entry.getKey());
      packSizes[entry.getKey()] = llvm::json::Array{mnk[0], mnk[1], mnk[2]};
    }
    llvm::json::Object output{
        {"target", description->name},
        {"description", description->toJSON()},
        {"derived",
         llvm::json::Object{{"numCores", description->numCores()},
                            {"packSizesMNK", std::move(packSizes)}}}};
    llvm::outs() << llvm::formatv("{0:2}", llvm::json::Value(std::move(output)))
                 << "\n";
    // Flush now: callers in Python read the stream right after the pass.
    llvm::outs().flush();
    markAllAnalysesPreserved();
  }

  Option<std::string> target{*this, "target",
                             llvm::cl::desc("Target to print (npu1, npu4)"),
                             llvm::cl::init("npu1")};
};
} // namespace

void herdflow::registerTestTargetDescriptionPass() {
  PassRegistration<TestTargetDescriptionPass>();
}
