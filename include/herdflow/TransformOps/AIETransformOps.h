//===- AIETransformOps.h - herdflow's transform ops -------------*- C++ -*-===//

#ifndef HERDFLOW_TRANSFORMOPS_AIETRANSFORMOPS_H
#define HERDFLOW_TRANSFORMOPS_AIETRANSFORMOPS_H

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Transform/IR/TransformDialect.h"
#include "mlir/Dialect/Transform/Interfaces/TransformInterfaces.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpImplementation.h"

#define GET_OP_CLASSES
#include "herdflow/TransformOps/AIETransformOps.h.inc"

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace herdflow {
/// Registers the transform.aie.* ops with the transform dialect.
void registerTransformDialectExtension(mlir::DialectRegistry &registry);
} // namespace herdflow

#endif // HERDFLOW_TRANSFORMOPS_AIETRANSFORMOPS_H
