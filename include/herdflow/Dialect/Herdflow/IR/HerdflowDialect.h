//===- HerdflowDialect.h - herdflow's discardable attributes ----*- C++ -*-===//

#ifndef HERDFLOW_DIALECT_HERDFLOW_IR_HERDFLOWDIALECT_H
#define HERDFLOW_DIALECT_HERDFLOW_IR_HERDFLOWDIALECT_H

#include "mlir/IR/Dialect.h"

#include "herdflow/Dialect/Herdflow/IR/HerdflowDialect.h.inc"

namespace herdflow {
/// The names of the discardable attributes (see the dialect's description).
llvm::StringRef getMemtileAttrName();
llvm::StringRef getDmaChannelAttrName();
llvm::StringRef getDepthAttrName();
/// On an exported module: the target and the schedule it was checked for.
llvm::StringRef getTargetAttrName();
llvm::StringRef getScheduleAttrName();
} // namespace herdflow

#endif // HERDFLOW_DIALECT_HERDFLOW_IR_HERDFLOWDIALECT_H
