//===- Herdflow.cpp - C API of herdflow -----------------------------------===//

#include "herdflow-c/Herdflow.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/InitHerdflow.h"
#include "herdflow/Target/TargetDescription.h"
#include "herdflow/Transforms/ResourceUsage.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(AIR, air, herdflow::air::AIRDialect)

void herdflowRegisterDialects(MlirDialectRegistry registry) {
  herdflow::registerHerdflowDialects(*unwrap(registry));
}

void herdflowRegisterPasses(void) { herdflow::registerHerdflowPasses(); }

MlirStringRef herdflowGetTargetDescriptionsJSONText(void) {
  return wrap(herdflow::getTargetDescriptionsJSONText());
}

MlirLogicalResult herdflowPrintTargetDescription(MlirStringRef name,
                                                 MlirStringCallback callback,
                                                 void *userData) {
  const herdflow::TargetDescription *description =
      herdflow::lookupTargetDescription(unwrap(name));
  if (!description)
    return mlirLogicalResultFailure();
  mlir::detail::CallbackOstream stream(callback, userData);
  stream << description->toJSON();
  stream.flush();
  return mlirLogicalResultSuccess();
}

MlirLogicalResult herdflowComputeResourceUsage(
    MlirOperation module, MlirStringRef name, MlirStringCallback jsonCallback,
    void *jsonUserData, MlirStringCallback textCallback, void *textUserData) {
  const herdflow::TargetDescription *description =
      herdflow::lookupTargetDescription(unwrap(name));
  auto moduleOp = llvm::dyn_cast<mlir::ModuleOp>(unwrap(module));
  if (!description || !moduleOp)
    return mlirLogicalResultFailure();
  herdflow::ResourceUsage usage =
      herdflow::computeResourceUsage(moduleOp, *description);
  mlir::detail::CallbackOstream json(jsonCallback, jsonUserData);
  json << usage.toJSON();
  json.flush();
  mlir::detail::CallbackOstream text(textCallback, textUserData);
  usage.print(text);
  text.flush();
  return mlirLogicalResultSuccess();
}

static_assert(static_cast<int>(herdflow::TileKind::Core) ==
                      HerdflowTileKindCore &&
                  static_cast<int>(herdflow::TileKind::Memtile) ==
                      HerdflowTileKindMemtile &&
                  static_cast<int>(herdflow::TileKind::Shim) ==
                      HerdflowTileKindShim,
              "HerdflowTileKind mirrors herdflow::TileKind");

MlirLogicalResult
herdflowFitDmaPattern(intptr_t rank, const int64_t *sizes,
                      const int64_t *strides, int64_t numElements,
                      MlirType elementType, MlirStringRef name,
                      HerdflowTileKind kind, bool *fits,
                      MlirStringCallback whyNot, void *userData) {
  const herdflow::TargetDescription *description =
      herdflow::lookupTargetDescription(unwrap(name));
  if (!description || kind < HerdflowTileKindCore ||
      kind > HerdflowTileKindShim)
    return mlirLogicalResultFailure();
  std::string reason;
  *fits = mlir::succeeded(herdflow::fitDmaPattern(
      llvm::ArrayRef(sizes, rank), llvm::ArrayRef(strides, rank), numElements,
      unwrap(elementType), *description, static_cast<herdflow::TileKind>(kind),
      reason));
  if (!*fits) {
    mlir::detail::CallbackOstream stream(whyNot, userData);
    stream << reason;
    stream.flush();
  }
  return mlirLogicalResultSuccess();
}
