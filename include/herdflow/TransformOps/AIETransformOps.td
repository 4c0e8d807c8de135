//===- AIETransformOps.td - herdflow's transform ops -------*- tablegen -*-===//
//
// herdflow's passes as transform-dialect ops, so schedules can be scripted.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_TRANSFORMOPS_AIETRANSFORMOPS_TD
#define HERDFLOW_TRANSFORMOPS_AIETRANSFORMOPS_TD

include "mlir/Dialect/Transform/IR/TransformDialect.td"
include "mlir/Dialect/Transform/Interfaces/TransformInterfaces.td"
include "mlir/Dialect/Transform/IR/TransformTypes.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/OpBase.td"

def FuseFillIntoLoopTransformOp : Op<Transform_Dialect, "aie.fuse_fill_into_loop",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-fuse-fill-into-loop on the K loop nest a handle points to";
  let description = [{
    `target` is the outermost K loop (`scf.for`) of a nest preceded by the
    accumulator's `linalg.fill`. Moves the initialization into L1 as
    aie-fuse-fill-into-loop does, in `mode` "conditional" (default) or
    "peel". Silenceable failure, IR unchanged, when no fill before the loop
    can be fused; the message says why.

    ```mlir
    %k = transform.structured.match ops{["scf.for"]} in %f : (!transform.any_op) -> !transform.any_op
    transform.aie.fuse_fill_into_loop %k {mode = "peel"} : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$target,
                       DefaultValuedStrAttr<StrAttr, "conditional">:$mode);
  let results = (outs);
  let assemblyFormat = "$target attr-dict `:` type($target)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::scf::ForOp target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def HoistPackUnpackTransformOp : Op<Transform_Dialect, "aie.hoist_pack_unpack",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-hoist-pack-unpack on a loop nest";
  let description = [{
    Applies aie-hoist-pack-unpack's rewrites to the ops at and below
    `target` (a loop, or an op containing loops such as a herd's
    scf.forall), moving transfers out of its loops as far as they stay exact.

    ```mlir
    transform.aie.hoist_pack_unpack %herd : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$target);
  let results = (outs);
  let assemblyFormat = "$target attr-dict `:` type($target)";
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::Operation *target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def ApplyPackUnpackFoldPatternsOp : Op<Transform_Dialect,
    "apply_patterns.aie.pack_unpack_folds",
    [DeclareOpInterfaceMethods<PatternDescriptorOpInterface>]> {
  let summary = "The folds of aie-hoist-pack-unpack as patterns";
  let description = [{
    Collects herdflow's pack/unpack folds (populatePackUnpackFoldPatterns):
    an unpack through an L1 temporary becomes one transpose into an expanded
    view of its destination, a fill followed by the pack of the filled view
    becomes a fill of the packed buffer, a repeated copy or a pack that
    undoes the unpack before it reuses the earlier buffer, and a write
    overwritten before it is read is erased. Each fold changes nothing when
    its checks fail.

    ```mlir
    transform.apply_patterns to %func {
      transform.apply_patterns.aie.pack_unpack_folds
    } : !transform.any_op
    ```
  }];
  let assemblyFormat = "attr-dict";
}

def ForallToAIRTransformOp : Op<Transform_Dialect, "aie.forall_to_air",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-forall-to-air on the modules a handle points to";
  let description = [{
    Converts the module's `scf.forall`s mapped to `#gpu.block` into
    `air.launch` + `air.segment` and those mapped to `#gpu.thread` into
    `air.herd`, as aie-forall-to-air does (same options). A definite
    failure, after the error at the forall, for a herd of more than 2 dims.

    ```mlir
    transform.aie.forall_to_air %module {herd_name = "core"} : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$module,
                       DefaultValuedAttr<BoolAttr, "false">:$innermost_as_herd,
                       DefaultValuedStrAttr<StrAttr, "herd">:$herd_name,
                       DefaultValuedStrAttr<StrAttr, "segment">:$segment_name);
  let results = (outs);
  let assemblyFormat = "$module attr-dict `:` type($module)";
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::ModuleOp target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def CopyToDMATransformOp : Op<Transform_Dialect, "aie.copy_to_dma",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-copy-to-dma on the ops a handle points to";
  let description = [{
    Converts the copies, packs and unpacks between memory levels under each
    target op into `air.dma_memcpy_nd`, as aie-copy-to-dma does.

    ```mlir
    transform.aie.copy_to_dma %module : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$target);
  let results = (outs);
  let assemblyFormat = "$target attr-dict `:` type($target)";
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::Operation *target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def DMAToChannelTransformOp : Op<Transform_Dialect, "aie.dma_to_channel",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-dma-to-channel on the herds a handle points to";
  let description = [{
    Makes each `air.herd` placeable as aie-dma-to-channel does: L3->L2
    staging moves to the enclosing segment, L2<->L1 transfers become
    (broadcast) channel put/get pairs declared in the enclosing module.
    Silenceable failure, IR unchanged, for a herd in a form the rewrite does
    not handle; the message says why.

    ```mlir
    %herd = transform.structured.match ops{["air.herd"]} in %m : (!transform.any_op) -> !transform.any_op
    transform.aie.dma_to_channel %herd : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$target);
  let results = (outs);
  let assemblyFormat = "$target attr-dict `:` type($target)";
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::herdflow::air::HerdOp target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def SharePeeledDMAsTransformOp : Op<Transform_Dialect, "aie.share_peeled_dmas",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-share-peeled-dmas on the modules a handle points to";
  let description = [{
    Shares hardware channels between transfers that run one after the other,
    as aie-share-peeled-dmas does.

    ```mlir
    transform.aie.share_peeled_dmas %module : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$module);
  let results = (outs);
  let assemblyFormat = "$module attr-dict `:` type($module)";
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::ModuleOp target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def UnpeelTransfersTransformOp : Op<Transform_Dialect, "aie.unpeel_transfers",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-unpeel-transfers on the modules a handle points to";
  let description = [{
    Folds peeled transfers back into their loops within `target`'s DMA
    limits, as aie-unpeel-transfers does.

    ```mlir
    transform.aie.unpeel_transfers %module {target = "npu1"} : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$module,
                       DefaultValuedStrAttr<StrAttr, "npu1">:$target);
  let results = (outs);
  let assemblyFormat = "$module attr-dict `:` type($module)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::ModuleOp target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

def CheckResourcesTransformOp : Op<Transform_Dialect, "aie.check_resources",
    [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
     TransformEachOpTrait, TransformOpInterface]> {
  let summary = "aie-check-resources on the modules a handle points to";
  let description = [{
    Checks the AIR program against `target` as aie-check-resources does; a
    definite failure, after the errors at the ops responsible, when a limit
    is exceeded. Reads the payload only.

    ```mlir
    transform.aie.check_resources %module {target = "npu4"} : !transform.any_op
    ```
  }];
  let arguments = (ins TransformHandleTypeInterface:$module,
                       DefaultValuedStrAttr<StrAttr, "npu1">:$target);
  let results = (outs);
  let assemblyFormat = "$module attr-dict `:` type($module)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::DiagnosedSilenceableFailure applyToOne(
        ::mlir::transform::TransformRewriter &rewriter,
        ::mlir::ModuleOp target,
        ::mlir::transform::ApplyToEachResultList &results,
        ::mlir::transform::TransformState &state);
  }];
}

#endif // HERDFLOW_TRANSFORMOPS_AIETRANSFORMOPS_TD
