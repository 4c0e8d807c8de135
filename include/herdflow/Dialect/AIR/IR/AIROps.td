//===- AIROps.td - AIR operations --------------------------*- tablegen -*-===//

#ifndef HERDFLOW_DIALECT_AIR_IR_AIROPS_TD
#define HERDFLOW_DIALECT_AIR_IR_AIROPS_TD

include "herdflow/Dialect/AIR/IR/AIRBase.td"
include "herdflow/Dialect/AIR/IR/AIRInterfaces.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

// The streams of all channels: a put writes them and a get reads them, so a
// put (which only reads memory) is not erased as dead and put/get stay ordered
// with respect to each other.
def AIR_ChannelResource : Resource<"::herdflow::air::ChannelResource">;

//===----------------------------------------------------------------------===//
// Hierarchy: air.launch, air.segment, air.herd
//===----------------------------------------------------------------------===//

class AIR_HierarchyOp<string mnemonic, string terminator, list<Trait> traits = []>
    : AIR_Op<mnemonic, !listconcat(traits, [
        AttrSizedOperandSegments, IsolatedFromAbove, AffineScope,
        AIR_AsyncOpInterface, AIR_HierarchyInterface,
        SingleBlockImplicitTerminator<terminator>])> {
  let arguments = (ins OptionalAttr<SymbolNameAttr>:$sym_name,
                       Variadic<AIR_AsyncToken>:$async_dependencies,
                       Variadic<Index>:$sizes,
                       Variadic<AnyType>:$kernel_operands);
  let results = (outs Optional<AIR_AsyncToken>:$async_token);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    OpBuilder<(ins "::mlir::ValueRange":$sizes,
                   "::mlir::ValueRange":$kernelOperands), [{
      build($_builder, $_state, /*asyncDependencies=*/{}, sizes,
            kernelOperands);
    }]>,
    OpBuilder<(ins "::mlir::ValueRange":$asyncDependencies,
                   "::mlir::ValueRange":$sizes,
                   "::mlir::ValueRange":$kernelOperands,
                   CArg<"bool", "false">:$isAsync,
                   CArg<"::llvm::ArrayRef<::mlir::NamedAttribute>", "{}">:$attrs)>
  ];
}

def AIR_LaunchOp : AIR_HierarchyOp<"launch", "LaunchTerminatorOp"> {
  let summary = "Iteration space of independent work items";
  let description = [{
    Runs its body once per point of an N-d iteration space; each point is one
    work item that a placed `air.segment` executes. The body is isolated from
    above: values come in through `args`.

    ```mlir
    air.launch (%x, %y) in (%sx=%c16, %sy=%c8) args(%a=%A, %b=%B)
        : memref<1024x2048xi32>, memref<2048x512xi32> {
      ...
    }
    %t = air.launch async [%dep] (%x) in (%sx=%c4) { ... }
    ```
  }];
}

def AIR_LaunchTerminatorOp : AIR_Op<"launch_terminator",
    [HasParent<"LaunchOp">, Pure, Terminator]> {
  let summary = "Implicit terminator of `air.launch`";
  let assemblyFormat = "attr-dict";
}

def AIR_SegmentOp : AIR_HierarchyOp<"segment", "SegmentTerminatorOp"> {
  let summary = "The part of the array one work item runs on";
  let description = [{
    Groups the memtiles (L2) and herds used by one work item. Optional
    `unroll` dimensions replicate the segment spatially. Isolated from above.

    ```mlir
    air.segment @segment_0 args(%a=%arg0) : memref<64x2048xi32> {
      %buf = memref.alloc() : memref<64x64xi32, 1>
      ...
    }
    air.segment @segment_1 unroll (%x, %y) in (%sx=%c2, %sy=%c1) { ... }
    ```
  }];
}

def AIR_SegmentTerminatorOp : AIR_Op<"segment_terminator",
    [HasParent<"SegmentOp">, Pure, Terminator]> {
  let summary = "Implicit terminator of `air.segment`";
  let assemblyFormat = "attr-dict";
}

def AIR_HerdOp : AIR_HierarchyOp<"herd", "HerdTerminatorOp"> {
  let summary = "A 1-D or 2-D array of cores running one body";
  let description = [{
    Runs its body on each core of a `tile (...) in (...)` array: one tile id
    per dimension. Isolated from above.

    ```mlir
    air.herd @herd_0 tile (%tx, %ty) in (%hx=%c2, %hy=%c2)
        args(%l2=%buf) : memref<64x64xi32, 1> {
      ...
    }
    ```
  }];
}

def AIR_HerdTerminatorOp : AIR_Op<"herd_terminator",
    [HasParent<"HerdOp">, Pure, Terminator]> {
  let summary = "Implicit terminator of `air.herd`";
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

defvar AIR_AccessPatternDescription = [{
    An access pattern is three lists of equal length: offsets, sizes and
    strides, each entry an SSA `index` value or an integer literal. Element j
    (j_i < size_i in every dimension i) of the pattern is the element at linear
    position `sum_i (offset_i + j_i) * stride_i` of the memref's elements in
    row-major order; the innermost dimension is last. Empty lists stand for the
    whole memref in row-major order.

    Canonical form: literals are printed as literals and SSA values as SSA
    values; `canonicalize` folds constant SSA values into literals. Printing
    then parsing is the identity.
}];

def AIR_DmaMemcpyNdOp : AIR_Op<"dma_memcpy_nd", [
    AttrSizedOperandSegments, AIR_AsyncOpInterface,
    DeclareOpInterfaceMethods<AIR_TransferOpInterface>]> {
  let summary = "N-d strided copy between two memrefs";
  let description = !strconcat([{
    Copies the elements of the source access pattern into the destination
    access pattern, in order. Both patterns must have the same element count.

    ```mlir
    air.dma_memcpy_nd (%l1[] [] [], %l2[%c0, %k] [32, 32] [256, 1])
        : (memref<32x32xi32, 2>, memref<32x256xi32, 1>)
    %t = air.dma_memcpy_nd async [%d] (%dst[0, 0] [8, 256] [2048, 1],
        %src[%i, 0] [8, 256] [2048, 1]) : (memref<8x2048xi32, 1>, memref<1024x2048xi32>)
    ```
  }], AIR_AccessPatternDescription);
  let arguments = (ins Variadic<AIR_AsyncToken>:$async_dependencies,
                       Arg<AnyMemRef, "destination", [MemWrite]>:$dst,
                       Variadic<Index>:$dst_offsets,
                       Variadic<Index>:$dst_sizes,
                       Variadic<Index>:$dst_strides,
                       DenseI64ArrayAttr:$static_dst_offsets,
                       DenseI64ArrayAttr:$static_dst_sizes,
                       DenseI64ArrayAttr:$static_dst_strides,
                       Arg<AnyMemRef, "source", [MemRead]>:$src,
                       Variadic<Index>:$src_offsets,
                       Variadic<Index>:$src_sizes,
                       Variadic<Index>:$src_strides,
                       DenseI64ArrayAttr:$static_src_offsets,
                       DenseI64ArrayAttr:$static_src_sizes,
                       DenseI64ArrayAttr:$static_src_strides);
  let results = (outs Optional<AIR_AsyncToken>:$async_token);
  let assemblyFormat = [{
    `` custom<AsyncDependencies>(type($async_token), $async_dependencies)
    ` ` `(` $dst ``
      custom<DynamicIndexList>($dst_offsets, $static_dst_offsets)
      custom<DynamicIndexList>($dst_sizes, $static_dst_sizes)
      custom<DynamicIndexList>($dst_strides, $static_dst_strides) `,`
    $src ``
      custom<DynamicIndexList>($src_offsets, $static_src_offsets)
      custom<DynamicIndexList>($src_sizes, $static_src_sizes)
      custom<DynamicIndexList>($src_strides, $static_src_strides)
    `)` attr-dict `:` `(` type($dst) `,` type($src) `)`
  }];
  let builders = [
    OpBuilder<(ins "::mlir::Type":$asyncTokenType,
                   "::mlir::ValueRange":$asyncDependencies,
                   "::mlir::Value":$dst,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$dstOffsets,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$dstSizes,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$dstStrides,
                   "::mlir::Value":$src,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$srcOffsets,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$srcSizes,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$srcStrides)>
  ];
  let extraClassDeclaration = [{
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedDstOffsets();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedDstSizes();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedDstStrides();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedSrcOffsets();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedSrcSizes();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedSrcStrides();
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

// mlir-air's passes print broadcast shapes with index-typed entries.
def AIR_IntOrIndexArrayAttr : TypedArrayAttrBase<AnyAttrOf<[I64Attr, IndexAttr]>,
    "array of 64-bit integer or index attributes">;

def AIR_ChannelOp : AIR_Op<"channel", [Symbol]> {
  let summary = "Declares a stream (or an array of streams)";
  let description = [{
    Declares a channel: an array of streams, `size` giving its shape; an
    empty size (`[]`, as mlir-air writes a single stream) is one stream. A
    `broadcast_shape` makes each stream deliver to several consumers: in every
    dimension the broadcast extent equals the size or the size is 1 (one
    source broadcast along that dimension). Its entries may be i64 or index
    (mlir-air prints `[2 : index, 1 : index]`); they print as given.

    ```mlir
    air.channel @A_to_L1 [2, 1] {broadcast_shape = [2, 2]}
    air.channel @one []
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       I64ArrayAttr:$size,
                       OptionalAttr<AIR_IntOrIndexArrayAttr>:$broadcast_shape);
  let assemblyFormat = "$sym_name $size attr-dict";
  let extraClassDeclaration = [{
    /// The channel's shape as integers.
    ::llvm::SmallVector<int64_t> getShape();
    /// Number of dimensions of the channel array.
    unsigned getRank() { return getSize().size(); }
  }];
  let hasVerifier = 1;
}


def AIR_ChannelPutOp : AIR_Op<"channel.put", [
    AttrSizedOperandSegments, AIR_AsyncOpInterface,
    DeclareOpInterfaceMethods<AIR_TransferOpInterface>,
    AIR_ChannelInterface,
    MemoryEffects<[MemWrite<AIR_ChannelResource>]>,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Sends an access pattern of a memref into a channel";
  let description = !strconcat([{
    Streams the elements of the source access pattern into stream `indices` of
    the channel. Without indices it addresses stream 0 in every dimension, as
    mlir-air reads it. Completes when the matching `air.channel.get`s have
    received the elements.

    ```mlir
    air.channel.put @A_to_L1[%c0, %c0] (%l2[%c0, %k] [32, 32] [256, 1])
        : (memref<32x256xi32, 1>)
    ```
  }], AIR_AccessPatternDescription);
  let arguments = (ins Variadic<AIR_AsyncToken>:$async_dependencies,
                       FlatSymbolRefAttr:$chan_name,
                       Variadic<Index>:$indices,
                       Arg<AnyMemRef, "source", [MemRead]>:$src,
                       Variadic<Index>:$src_offsets,
                       Variadic<Index>:$src_sizes,
                       Variadic<Index>:$src_strides,
                       DenseI64ArrayAttr:$static_src_offsets,
                       DenseI64ArrayAttr:$static_src_sizes,
                       DenseI64ArrayAttr:$static_src_strides);
  let results = (outs Optional<AIR_AsyncToken>:$async_token);
  let assemblyFormat = [{
    `` custom<AsyncDependencies>(type($async_token), $async_dependencies)
    $chan_name `[` $indices `]`
    `(` $src ``
      custom<DynamicIndexList>($src_offsets, $static_src_offsets)
      custom<DynamicIndexList>($src_sizes, $static_src_sizes)
      custom<DynamicIndexList>($src_strides, $static_src_strides)
    `)` attr-dict `:` `(` type($src) `)`
  }];
  let builders = [
    OpBuilder<(ins "::mlir::Type":$asyncTokenType,
                   "::mlir::ValueRange":$asyncDependencies,
                   "::llvm::StringRef":$chanName,
                   "::mlir::ValueRange":$indices,
                   "::mlir::Value":$src,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$offsets,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$sizes,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$strides), [{
      ::llvm::SmallVector<::mlir::Value> dynamic[3];
      ::llvm::SmallVector<int64_t> statics[3];
      ::llvm::ArrayRef<::mlir::OpFoldResult> lists[3] = {offsets, sizes, strides};
      for (unsigned i = 0; i < 3; ++i)
        ::mlir::dispatchIndexOpFoldResults(lists[i], dynamic[i], statics[i]);
      build($_builder, $_state, asyncTokenType, asyncDependencies,
            ::mlir::FlatSymbolRefAttr::get($_builder.getContext(), chanName),
            indices, src, dynamic[0], dynamic[1], dynamic[2],
            $_builder.getDenseI64ArrayAttr(statics[0]),
            $_builder.getDenseI64ArrayAttr(statics[1]),
            $_builder.getDenseI64ArrayAttr(statics[2]));
    }]>
  ];
  let extraClassDeclaration = [{
    ::mlir::Value getMemref() { return getSrc(); }
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedOffsets();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedSizes();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedStrides();
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def AIR_ChannelGetOp : AIR_Op<"channel.get", [
    AttrSizedOperandSegments, AIR_AsyncOpInterface,
    DeclareOpInterfaceMethods<AIR_TransferOpInterface>,
    AIR_ChannelInterface,
    MemoryEffects<[MemRead<AIR_ChannelResource>]>,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Receives from a channel into an access pattern of a memref";
  let description = !strconcat([{
    Writes the elements received on stream `indices` of the channel into the
    destination access pattern. Without indices it addresses stream 0 in every
    dimension, as mlir-air reads it.

    ```mlir
    air.channel.get @A_to_L1[%tx, %ty] (%l1[] [] []) : (memref<32x32xi32, 2>)
    ```
  }], AIR_AccessPatternDescription);
  let arguments = (ins Variadic<AIR_AsyncToken>:$async_dependencies,
                       FlatSymbolRefAttr:$chan_name,
                       Variadic<Index>:$indices,
                       Arg<AnyMemRef, "destination", [MemWrite]>:$dst,
                       Variadic<Index>:$dst_offsets,
                       Variadic<Index>:$dst_sizes,
                       Variadic<Index>:$dst_strides,
                       DenseI64ArrayAttr:$static_dst_offsets,
                       DenseI64ArrayAttr:$static_dst_sizes,
                       DenseI64ArrayAttr:$static_dst_strides);
  let results = (outs Optional<AIR_AsyncToken>:$async_token);
  let assemblyFormat = [{
    `` custom<AsyncDependencies>(type($async_token), $async_dependencies)
    $chan_name `[` $indices `]`
    `(` $dst ``
      custom<DynamicIndexList>($dst_offsets, $static_dst_offsets)
      custom<DynamicIndexList>($dst_sizes, $static_dst_sizes)
      custom<DynamicIndexList>($dst_strides, $static_dst_strides)
    `)` attr-dict `:` `(` type($dst) `)`
  }];
  let builders = [
    OpBuilder<(ins "::mlir::Type":$asyncTokenType,
                   "::mlir::ValueRange":$asyncDependencies,
                   "::llvm::StringRef":$chanName,
                   "::mlir::ValueRange":$indices,
                   "::mlir::Value":$dst,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$offsets,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$sizes,
                   "::llvm::ArrayRef<::mlir::OpFoldResult>":$strides), [{
      ::llvm::SmallVector<::mlir::Value> dynamic[3];
      ::llvm::SmallVector<int64_t> statics[3];
      ::llvm::ArrayRef<::mlir::OpFoldResult> lists[3] = {offsets, sizes, strides};
      for (unsigned i = 0; i < 3; ++i)
        ::mlir::dispatchIndexOpFoldResults(lists[i], dynamic[i], statics[i]);
      build($_builder, $_state, asyncTokenType, asyncDependencies,
            ::mlir::FlatSymbolRefAttr::get($_builder.getContext(), chanName),
            indices, dst, dynamic[0], dynamic[1], dynamic[2],
            $_builder.getDenseI64ArrayAttr(statics[0]),
            $_builder.getDenseI64ArrayAttr(statics[1]),
            $_builder.getDenseI64ArrayAttr(statics[2]));
    }]>
  ];
  let extraClassDeclaration = [{
    ::mlir::Value getMemref() { return getDst(); }
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedOffsets();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedSizes();
    ::llvm::SmallVector<::mlir::OpFoldResult> getMixedStrides();
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// Synchronization
//===----------------------------------------------------------------------===//

def AIR_ExecuteOp : AIR_Op<"execute", [AIR_AsyncOpInterface,
    RecursiveMemoryEffects,
    SingleBlockImplicitTerminator<"ExecuteTerminatorOp">]> {
  let summary = "Runs a region of ordinary ops as one asynchronous step";
  let description = [{
    The async form of mlir-air wraps allocations, deallocations and compute
    in `air.execute`: the region runs once, after the dependencies, and the
    op returns a token that completes with it, then the values its
    `air.execute_terminator` yields.

    ```mlir
    %t, %buf = air.execute [%dep] -> (memref<32x32xi32, 2>) {
      %a = memref.alloc() : memref<32x32xi32, 2>
      air.execute_terminator %a : memref<32x32xi32, 2>
    }
    ```
  }];
  let arguments = (ins Variadic<AIR_AsyncToken>:$async_dependencies);
  let results = (outs AIR_AsyncToken:$async_token, Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    OpBuilder<(ins "::mlir::TypeRange":$resultTypes,
                   "::mlir::ValueRange":$asyncDependencies)>,
  ];
}

def AIR_ExecuteTerminatorOp : AIR_Op<"execute_terminator", [Pure,
    Terminator, HasParent<"ExecuteOp">]> {
  let summary = "Yields the values of an air.execute";
  let arguments = (ins Variadic<AnyType>:$results);
  let builders = [OpBuilder<(ins), [{ /* nothing to yield */ }]>];
  let assemblyFormat = "attr-dict ($results^ `:` type($results))?";
}

def AIR_WaitAllOp : AIR_Op<"wait_all", [AIR_AsyncOpInterface]> {
  let summary = "Waits for a set of async tokens";
  let description = [{
    Completes when all its dependencies have completed. With `async` it
    returns a token that joins them; without, it blocks.

    ```mlir
    %joined = air.wait_all async [%t0, %t1]
    air.wait_all [%joined]
    ```
  }];
  let arguments = (ins Variadic<AIR_AsyncToken>:$async_dependencies);
  let results = (outs Optional<AIR_AsyncToken>:$async_token);
  let assemblyFormat = [{
    `` custom<AsyncDependencies>(type($async_token), $async_dependencies)
    attr-dict
  }];
}

#endif // HERDFLOW_DIALECT_AIR_IR_AIROPS_TD
