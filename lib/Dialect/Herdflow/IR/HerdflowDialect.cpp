//===- HerdflowDialect.cpp - herdflow's discardable attributes -----------===//

#include "herdflow/Dialect/Herdflow/IR/HerdflowDialect.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Operation.h"

using namespace mlir;
using namespace herdflow;

#include "herdflow/Dialect/Herdflow/IR/HerdflowDialect.cpp.inc"

void HerdflowDialect::initialize() {}

StringRef herdflow::getMemtileAttrName() { return "herdflow.memtile"; }
StringRef herdflow::getDmaChannelAttrName() { return "herdflow.dma_channel"; }
StringRef herdflow::getDepthAttrName() { return "herdflow.depth"; }
StringRef herdflow::getTargetAttrName() { return "herdflow.target"; }
StringRef herdflow::getScheduleAttrName() { return "herdflow.schedule"; }

LogicalResult HerdflowDialect::verifyOperationAttribute(Operation *op,
                                                        NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  // What an exported module was checked for: strings on the module.
  if (name == getTargetAttrName() || name == getScheduleAttrName()) {
    if (!isa<ModuleOp>(op) || !isa<StringAttr>(attr.getValue()))
      return op->emitError("'") << name << "' must be a string on a module";
    return success();
  }
  int64_t minimum;
  if (name == getMemtileAttrName() || name == getDmaChannelAttrName())
    minimum = 0;
  else if (name == getDepthAttrName())
    minimum = 1;
  else
    return op->emitError("unknown herdflow attribute '") << name << "'";
  auto value = dyn_cast<IntegerAttr>(attr.getValue());
  if (!value || !value.getType().isSignlessInteger() ||
      value.getValue().getSignificantBits() > 64 || value.getInt() < minimum)
    return op->emitError("'") << name << "' must be an integer >= " << minimum
                              << ", got " << attr.getValue();
  return success();
}
