//===- AIRDialect.cpp - AIR dialect registration and types ----------------===//

#include "herdflow/Dialect/AIR/IR/AIRDialect.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace herdflow::air;

#include "herdflow/Dialect/AIR/IR/AIRDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "herdflow/Dialect/AIR/IR/AIRTypes.cpp.inc"

#include "herdflow/Dialect/AIR/IR/AIRInterfaces.cpp.inc"

void AIRDialect::initialize() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "herdflow/Dialect/AIR/IR/AIRTypes.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "herdflow/Dialect/AIR/IR/AIROps.cpp.inc"
      >();
}
