//===- AIRDialect.h - AIR dialect -------------------------------*- C++ -*-===//

#ifndef HERDFLOW_DIALECT_AIR_IR_AIRDIALECT_H
#define HERDFLOW_DIALECT_AIR_IR_AIRDIALECT_H

#include "herdflow/Dialect/Herdflow/IR/HerdflowDialect.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "herdflow/Dialect/AIR/IR/AIRDialect.h.inc"

namespace herdflow::air {
/// The streams of all AIR channels, as a side-effect resource.
struct ChannelResource
    : public mlir::SideEffects::Resource::Base<ChannelResource> {
  llvm::StringRef getName() final { return "air.channel"; }
};
} // namespace herdflow::air

namespace herdflow::air {
/// The AIE memory levels, by the memref memory space AIR gives them: none or
/// 0 = L3 (DDR), 1 = L2 (memtile), 2 = L1 (core). Larger is closer to the
/// core.
enum class MemoryLevel : unsigned { L3 = 0, L2 = 1, L1 = 2 };

/// The level of a memory space attribute, or of a memref value's type;
/// nullopt for a space herdflow does not know (not an integer 0-2).
std::optional<MemoryLevel> getMemoryLevel(mlir::Attribute memorySpace);
std::optional<MemoryLevel> getMemoryLevel(mlir::Value memref);

/// "L3", "L2", "L1".
llvm::StringRef stringifyMemoryLevel(MemoryLevel level);

/// One side of a transfer op: the memref it reads or writes and the access
/// pattern on it (element (i_0, ..., i_n) is at sum (offsets[d] + i_d) *
/// strides[d]; empty lists mean the whole memref in row-major order).
struct TransferSide {
  enum class Access { Read, Write };
  Access access;
  mlir::Value memref;
  llvm::SmallVector<mlir::OpFoldResult> offsets, sizes, strides;

  bool isWholeMemref() const { return offsets.empty(); }
  mlir::MemRefType getMemRefType() const {
    return llvm::cast<mlir::MemRefType>(memref.getType());
  }
};
} // namespace herdflow::air

#define GET_TYPEDEF_CLASSES
#include "herdflow/Dialect/AIR/IR/AIRTypes.h.inc"

#include "herdflow/Dialect/AIR/IR/AIRInterfaces.h.inc"

#define GET_OP_CLASSES
#include "herdflow/Dialect/AIR/IR/AIROps.h.inc"

namespace herdflow::air {
/// Nesting depth of the hierarchy ops: a hierarchy op only contains deeper
/// ones (launch > segment > herd).
enum class HierarchyLevel : unsigned { Launch = 0, Segment = 1, Herd = 2 };
HierarchyLevel getHierarchyLevel(HierarchyInterface op);
/// The most dimensions an op of `level` may have.
unsigned getMaxHierarchyDims(HierarchyLevel level);
} // namespace herdflow::air

#endif // HERDFLOW_DIALECT_AIR_IR_AIRDIALECT_H
