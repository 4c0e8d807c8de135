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

/// Computes what `module` (a builtin.module of channel-form AIR) asks of
/// target `name` (herdflow::computeResourceUsage): errors at the ops go to
/// the context's diagnostic handlers; the usage, as JSON through
/// `jsonCallback` and as the report text through `textCallback`. Fails,
/// without calling either, if there is no such target or `module` is not a
/// builtin.module.
MLIR_CAPI_EXPORTED MlirLogicalResult herdflowComputeResourceUsage(
    MlirOperation module, MlirStringRef name, MlirStringCallback jsonCallback,
    void *jsonUserData, MlirStringCallback textCallback, void *textUserData);

/// The tile kinds of herdflow::TileKind.
typedef enum HerdflowTileKind {
  HerdflowTileKindCore = 0,
  HerdflowTileKindMemtile = 1,
  HerdflowTileKindShim = 2,
} HerdflowTileKind;

/// Whether a pattern of `rank` static `sizes` and `strides` (in elements of
/// `elementType`, outermost first; rank 0: `numElements` contiguous
/// elements) fits the DMA address generator of `kind` on target `name`
/// (herdflow::fitDmaPattern). When it does not, the reason goes through
/// `whyNot`. Fails for an unknown target.
MLIR_CAPI_EXPORTED MlirLogicalResult herdflowFitDmaPattern(
    intptr_t rank, const int64_t *sizes, const int64_t *strides,
    int64_t numElements, MlirType elementType, MlirStringRef name,
    HerdflowTileKind kind, bool *fits, MlirStringCallback whyNot,
    void *userData);

#ifdef __cplusplus
}
#endif

#endif // HERDFLOW_C_HERDFLOW_H
