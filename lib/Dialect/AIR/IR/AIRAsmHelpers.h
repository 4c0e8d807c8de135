//===- AIRAsmHelpers.h - Custom directives shared by the AIR ops ---------===//

#ifndef HERDFLOW_LIB_DIALECT_AIR_IR_AIRASMHELPERS_H
#define HERDFLOW_LIB_DIALECT_AIR_IR_AIRASMHELPERS_H

#include "mlir/IR/OpImplementation.h"

namespace herdflow::air::detail {

/// `async [deps]`: the optional async marker and dependency list shared by
/// all AIR ops, in mlir-air's syntax (an empty `[]` is accepted).
mlir::ParseResult parseAsyncDependencies(
    mlir::OpAsmParser &parser, mlir::Type &asyncTokenType,
    llvm::SmallVectorImpl<mlir::OpAsmParser::UnresolvedOperand> &deps);
void printAsyncDependencies(mlir::OpAsmPrinter &printer, mlir::Operation *op,
                            mlir::Type asyncTokenType, mlir::OperandRange deps);

} // namespace herdflow::air::detail

#endif // HERDFLOW_LIB_DIALECT_AIR_IR_AIRASMHELPERS_H
