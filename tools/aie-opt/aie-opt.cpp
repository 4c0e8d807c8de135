//===- aie-opt.cpp - herdflow's optimizer driver --------------------------===//
//
// mlir-opt with every upstream dialect, pass and extension plus herdflow's.
//
//===----------------------------------------------------------------------===//

#include "herdflow/InitHerdflow.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  herdflow::registerHerdflowPasses();

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  herdflow::registerHerdflowDialects(registry);

  llvm::cl::AddExtraVersionPrinter(
      [](llvm::raw_ostream &os) { os << "herdflow " HERDFLOW_VERSION "\n"; });
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "herdflow optimizer driver: upstream MLIR plus AIR\n",
      registry));
}
