//===- AIRInterfaces.td - AIR op interfaces ----------------*- tablegen -*-===//

#ifndef HERDFLOW_DIALECT_AIR_IR_AIRINTERFACES_TD
#define HERDFLOW_DIALECT_AIR_IR_AIRINTERFACES_TD

include "mlir/IR/OpBase.td"

def AIR_AsyncOpInterface : OpInterface<"AsyncOpInterface"> {
  let cppNamespace = "::herdflow::air";
  let description = [{
    An operation that may run asynchronously: it waits for the tokens in its
    async dependency list and, when marked `async`, returns a token that
    completes with it.
  }];
  let methods = [
    InterfaceMethod<"The tokens this operation waits for.",
      "::mlir::OperandRange", "getAsyncDependencies", (ins),
      [{ return $_op.getAsyncDependencies(); }]>,
    InterfaceMethod<"Add a token to wait for (no-op if already present).",
      "void", "addAsyncDependency", (ins "::mlir::Value":$token),
      [{
        if (!::llvm::is_contained($_op.getAsyncDependencies(), token))
          $_op.getAsyncDependenciesMutable().append(token);
      }]>,
    InterfaceMethod<"The token this operation returns, or null if synchronous.",
      "::mlir::Value", "getAsyncToken", (ins),
      [{ return $_op.getAsyncToken(); }]>,
  ];
}

def AIR_HierarchyInterface : OpInterface<"HierarchyInterface"> {
  let cppNamespace = "::herdflow::air";
  let description = [{
    `air.launch`, `air.segment` and `air.herd`: an isolated region run once per
    point of an iteration space. The body's arguments are the induction
    variables (one per dimension), then the sizes (one per dimension), then one
    argument per kernel operand.
  }];
  let methods = [
    InterfaceMethod<"Number of dimensions of the iteration space.",
      "unsigned", "getNumDims", (ins), [{}],
      [{ return $_op.getSizes().size(); }]>,
    InterfaceMethod<"The iteration space's size operands.",
      "::mlir::OperandRange", "getSizeOperands", (ins), [{}],
      [{ return $_op.getSizes(); }]>,
    InterfaceMethod<"The values passed into the isolated body.",
      "::mlir::OperandRange", "getKernelOperands", (ins),
      [{ return $_op.getKernelOperands(); }]>,
    InterfaceMethod<"Induction variables (body arguments).",
      "::llvm::ArrayRef<::mlir::BlockArgument>", "getIds", (ins), [{}],
      [{ return $_op.getBody().front().getArguments().take_front(
             $_op.getSizes().size()); }]>,
    InterfaceMethod<"Iteration space sizes (body arguments).",
      "::llvm::ArrayRef<::mlir::BlockArgument>", "getSize", (ins), [{}],
      [{ return $_op.getBody().front().getArguments().slice(
             $_op.getSizes().size(), $_op.getSizes().size()); }]>,
    InterfaceMethod<"Body arguments bound to the kernel operands.",
      "::llvm::ArrayRef<::mlir::BlockArgument>", "getKernelArguments", (ins),
      [{}],
      [{ return $_op.getBody().front().getArguments().drop_front(
             2 * $_op.getSizes().size()); }]>,
  ];
}

def AIR_TransferOpInterface : OpInterface<"TransferOpInterface"> {
  let cppNamespace = "::herdflow::air";
  let description = [{
    An op that moves elements through access patterns, one per side:
    `air.dma_memcpy_nd` reads its source side and writes its destination
    side; `air.channel.put` reads its one side into a channel and
    `air.channel.get` writes its one side from a channel. Every pass and the
    access-pattern analysis read transfers through this interface, so no one
    re-derives which operand is which.
  }];
  let methods = [
    InterfaceMethod<"Number of sides (2 for a DMA, 1 for a channel op).",
      "unsigned", "getNumSides", (ins)>,
    InterfaceMethod<"Side `index`: its memref, access and pattern lists.",
      "::herdflow::air::TransferSide", "getSide", (ins "unsigned":$index)>,
  ];
  let extraClassDeclaration = [{
    /// The side that reads memory, if the op has one.
    std::optional<::herdflow::air::TransferSide> getReadSide() {
      for (unsigned i = 0, e = getNumSides(); i < e; ++i)
        if (getSide(i).access == ::herdflow::air::TransferSide::Access::Read)
          return getSide(i);
      return std::nullopt;
    }
    /// The side that writes memory, if the op has one.
    std::optional<::herdflow::air::TransferSide> getWriteSide() {
      for (unsigned i = 0, e = getNumSides(); i < e; ++i)
        if (getSide(i).access == ::herdflow::air::TransferSide::Access::Write)
          return getSide(i);
      return std::nullopt;
    }
  }];
}

def AIR_ChannelInterface : OpInterface<"ChannelInterface"> {
  let cppNamespace = "::herdflow::air";
  let description = [{
    `air.channel.put` and `air.channel.get`: an access of one stream (the
    indices) of a declared `air.channel`.
  }];
  let methods = [
    InterfaceMethod<"The channel's symbol.",
      "::mlir::FlatSymbolRefAttr", "getChanNameAttr", (ins)>,
    InterfaceMethod<"The stream's indices (none: stream 0 of every dim).",
      "::mlir::Operation::operand_range", "getIndices", (ins)>,
    InterfaceMethod<"The buffer the op reads (put) or writes (get).",
      "::mlir::Value", "getMemref", (ins)>,
  ];
}

#endif // HERDFLOW_DIALECT_AIR_IR_AIRINTERFACES_TD
