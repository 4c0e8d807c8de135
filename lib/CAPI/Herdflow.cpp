//===- Herdflow.cpp - C API of herdflow -----------------------------------===//

#include "herdflow-c/Herdflow.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "herdflow/InitHerdflow.h"
#include "herdflow/Target/TargetDescription.h"

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
