/*===- Herdflow.h - C API of herdflow -----------------------------*- C -*-===*\
|*                                                                            *|
|* Registration of herdflow's dialects and passes, and read access to the     *|
|* target descriptions, for the Python bindings and other C clients.          *|
\*===----------------------------------------------------------------------===*/

#ifndef HERDFLOW_C_HERDFLOW_H
#define HERDFLOW_C_HERDFLOW_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(AIR, air);

/// Adds all herdflow dialects to `registry`.
MLIR_CAPI_EXPORTED void herdflowRegisterDialects(MlirDialectRegistry registry);

/// Registers all herdflow passes with the global pass registry (idempotent).
MLIR_CAPI_EXPORTED void herdflowRegisterPasses(void);

/// The text of targets.json, the one definition of the target descriptions.
MLIR_CAPI_EXPORTED MlirStringRef herdflowGetTargetDescriptionsJSONText(void);

/// Serializes the C++ view of target `name` as JSON through `callback`.
/// Fails if there is no such target.
MLIR_CAPI_EXPORTED MlirLogicalResult herdflowPrintTargetDescription(
    MlirStringRef name, MlirStringCallback callback, void *userData);

#ifdef __cplusplus
}
#endif

#endif // HERDFLOW_C_HERDFLOW_H
