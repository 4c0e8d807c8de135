//===- TestAccessPatterns.cpp - Print the access-pattern analysis ---------===//
//
// `test-aie-access-patterns` emits, as remarks on every copy-like op, what
// the shared access-pattern analysis computes: the transfer's kind, both
// sides' base, level, offset, sizes and strides in one iteration space, the
// enclosing loops the source and target depend on, and earlier transfers
// reading the same source stream up to an induction variable.
//
//===----------------------------------------------------------------------===//

#include "herdflow/Analysis/AccessPattern.h"
#include "herdflow/Testing/TestPasses.h"

#include "mlir/IR/AsmState.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace herdflow;

namespace {
struct TestAccessPatternsPass
    : public PassWrapper<TestAccessPatternsPass,
                         InterfacePass<FunctionOpInterface>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestAccessPatternsPass)

  StringRef getArgument() const final { return "test-aie-access-patterns"; }
  StringRef getDescription() const final {
    return "Emit the access-pattern analysis of each copy-like op as remarks";
  }

  void runOnOperation() override {
    FunctionOpInterface function = getOperation();
    AsmState state(function);
    AccessPatternContext context(&getContext());
    SmallVector<Transfer, 8> transfers;
    function.walk([&](Operation *op) {
      if (!isCopyLike(op))
        return;
      std::string reason;
      FailureOr<Transfer> transfer = analyzeTransfer(op, context, &reason);
      if (failed(transfer)) {
        op->emitRemark() << "no access pattern: " << reason;
        return;
      }
      std::string text;
      llvm::raw_string_ostream os(text);
      os << "transfer #" << transfers.size() << " "
         << stringifyTransferKind(transfer->kind) << ": ";
      transfer->source.print(os, context, state);
      os << " -> ";
      transfer->target.print(os, context, state);
      printLoops(os, "; source varies in", op, transfer->source, context,
                 state);
      printLoops(os, "; target varies in", op, transfer->target, context,
                 state);
      for (auto [index, earlier] : llvm::enumerate(transfers))
        for (Value iv : getEnclosingIVs(op))
          if (transfer->source.base == earlier.source.base &&
              !(transfer->source == earlier.source) &&
              equalUpToInductionVariable(transfer->source, earlier.source, iv,
                                         context)) {
            os << "; source is transfer #" << index << "'s up to ";
            iv.printAsOperand(os, state);
          }
      op->emitRemark() << text;
      transfers.push_back(*transfer);
    });
  }

  static SmallVector<Value> getEnclosingIVs(Operation *op) {
    SmallVector<Value> ivs;
    for (auto loop = op->getParentOfType<LoopLikeOpInterface>(); loop;
         loop = loop->getParentOfType<LoopLikeOpInterface>())
      if (std::optional<SmallVector<Value>> loopIvs =
              loop.getLoopInductionVars())
        llvm::append_range(ivs, *loopIvs);
    return ivs;
  }

  static void printLoops(raw_ostream &os, StringRef label, Operation *op,
                         const AccessPattern &pattern,
                         const AccessPatternContext &context, AsmState &state) {
    os << label << " [";
    bool first = true;
    for (auto loop = op->getParentOfType<LoopLikeOpInterface>(); loop;
         loop = loop->getParentOfType<LoopLikeOpInterface>()) {
      if (pattern.isInvariantIn(loop, context))
        continue;
      if (!first)
        os << ", ";
      first = false;
      std::optional<SmallVector<Value>> ivs = loop.getLoopInductionVars();
      if (!ivs || ivs->empty()) {
        os << loop->getName();
        continue;
      }
      llvm::interleaveComma(*ivs, os,
                            [&](Value iv) { iv.printAsOperand(os, state); });
    }
    os << "]";
  }
};
} // namespace

void herdflow::registerTestAccessPatternsPass() {
  PassRegistration<TestAccessPatternsPass>();
}
