"""The streaming-K transform script of a Schedule, in two renderings.

One description of the schedule (this module's ``_steps``) renders to:

- ``mlir22``: upstream MLIR 22.1.8 syntax, run in-process by the embedded
  front end (structured.pad / bufferize_to_allocation take ``{...}``
  attribute dictionaries; lower_unpack has 4 results);
- ``iree313``: IREE 3.13 (LLVM 24git) syntax for ``iree-opt`` (``<...>``
  property dictionaries; lower_unpack has a 5th result, a linalg.copy).

The steps are the discussion's schedule (../shared/reference): tile M, N to a
block forall (#gpu.block) and to a herd forall (#gpu.thread), promote the
accumulator to L2, tile K twice (L2 then L1 K tile), pack with the schedule's
(m, n, k) sizes, transpose the packed layouts, decompose the packs (MLIR 22
cannot bufferize linalg.pack), promote packs to L1 and their sources to L2,
then bufferize.
"""

from __future__ import annotations

from typing import cast

from ..errors import ArgumentError
from ..schedule import Schedule
from .payload import zero_literal

FLAVORS = ("mlir22", "iree313")


class _Syntax:
    def __init__(self, flavor: str) -> None:
        if not isinstance(flavor, str) or flavor not in FLAVORS:
            raise ArgumentError(f"unknown script flavor {flavor!r} (one of: {', '.join(FLAVORS)})")
        self.flavor = flavor
        self.open, self.close = ("{", "}") if flavor == "mlir22" else ("<", ">")

    def props(self, body: str) -> str:
        return f"{self.open}{body}{self.close}"


def _cleanup() -> str:
    return """  transform.named_sequence @cleanup(%variant_op: !transform.any_op {transform.readonly}) {
    %func = transform.structured.match ops{["func.func"]} in %variant_op : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %func {
      transform.apply_patterns.linalg.tiling_canonicalization
      transform.apply_patterns.scf.for_loop_canonicalization
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    %loops = transform.structured.match ops{["scf.for", "scf.forall"]} in %func : (!transform.any_op) -> !transform.any_op
    transform.apply_licm to %loops : !transform.any_op
    transform.apply_cse to %func : !transform.any_op
    transform.yield
  }
"""


def _fuse_operand_slice(schedule: Schedule, operand: int, producer: str, fuse: str) -> str:
    """Fuses the block-level slice of A (operand 0) or B (operand 1) into the
    herd forall, so each core slices the operand directly.

    Tiling folds full-size slices away: the herd-level slice exists only when
    the herd splits that dimension, the block-level one only when the launch
    grid does. Without both there is nothing to fuse (the subviews are
    cosmetic), and the script must not ask for a producer that is not there.
    """
    herd_split = schedule.herd[operand] > 1
    grid_split = schedule.launch_grid[operand] > 1 or (operand == 1 and schedule.l2_reuse > 1)
    if not (herd_split and grid_split) or (operand == 0 and schedule.l2_reuse > 1):
        return ""
    name = ("lhs", "rhs")[operand]
    return (
        f"    %{name}_slice = transform.get_producer_of_operand %core_matmul[{operand}] : {producer}\n"
        f"    %{name}_block_slice = transform.get_producer_of_operand %{name}_slice[0] : {producer}\n"
        f"    %{name}_fused, %herd_forall_{name} = transform.structured.fuse_into_containing_op "
        f"%{name}_block_slice into %herd_forall : {fuse}\n"
    )


def _fuse_fill(schedule: Schedule, any_op: str, fuse: str) -> str:
    """Fuses the accumulator's fill into the herd forall (one fill per core).

    A 1x1 herd's core tile is the whole block: its body uses the shared output
    without a slice, so there is nothing to fuse into and the fill stays on
    the block's L2 accumulator just before the herd forall.
    """
    if schedule.herd == (1, 1):
        return ""
    return (
        f'    %block_fill = transform.structured.match ops{{["linalg.fill"]}} in %variant_op : ({any_op}) -> {any_op}\n'
        f"    %core_fill, %herd_forall_fill = transform.structured.fuse_into_containing_op "
        f"%block_fill into %herd_forall : {fuse}\n"
    )


def _herd_mapping(schedule: Schedule) -> str:
    """The herd forall's (M, N) mapping: #gpu.thread<x> is the herd's
    dimension 0, which runs along the array's columns (mlir-air's
    convention); N goes there unless the herd fits only with M along the
    columns."""
    if schedule.m_along_columns:
        return "[#gpu.thread<x>, #gpu.thread<y>]"
    return "[#gpu.thread<y>, #gpu.thread<x>]"


def _annotate_depth(schedule: Schedule, buffer: str, depth: int | None = None) -> str:
    """Marks an allocation with its depth (herdflow.depth, read by the
    resource check and the model): ``depth``, or the schedule's accumulator
    depth for an accumulator; nothing when it is the target's default."""
    if depth is None:
        if schedule.acc_depth_is_default:
            return ""
        depth = cast(int, schedule.acc_depth)
    name = buffer.lstrip("%")
    return f"""    %{name}_alloc = transform.get_defining_op %{name} : (!transform.any_value) -> !transform.any_op
    %{name}_depth = transform.param.constant {depth} : i64 -> !transform.param<i64>
    transform.annotate %{name}_alloc "herdflow.depth" = %{name}_depth : !transform.any_op, !transform.param<i64>
"""


def _epilogue_phases(schedule: Schedule, syntax: _Syntax) -> str:
    """The block and herd tiling of an epilogue-rooted payload, and the
    beginning of the main sequence (the staging of what the rewrites between
    the phases marked); ends where the matmul-rooted head ends: with
    %core_matmul in the herd forall."""
    from .epilogue import EPILOGUE, L1_OPERAND, L2_OPERAND

    any_op = "!transform.any_op"
    bm, bn = schedule.block
    cm, cn = schedule.core_tile
    two = f"({any_op}) -> ({any_op}, {any_op})"
    fuse = f"({any_op}, {any_op}) -> ({any_op}, {any_op})"
    l2 = syntax.props("memory_space = 1, bufferize_destination_only, emit_dealloc")
    l1 = syntax.props("memory_space = 2, bufferize_destination_only, emit_dealloc")

    def match(what: str, name: str) -> str:
        return f"    %{name} = transform.structured.match {what} in %variant_op : ({any_op}) -> {any_op}\n"

    return f"""  transform.named_sequence @__block(%variant_op: {any_op} {{transform.readonly}}) {{
{match('ops{["linalg.fill"]}', "fill")}{match('ops{["linalg.matmul"]}', "matmul")}{match("attributes{" + EPILOGUE + "}", "named_epilogue")}    %epilogue = transform.structured.generalize %named_epilogue : ({any_op}) -> {any_op}
    transform.annotate %epilogue "{EPILOGUE}" : {any_op}
    // Block tile {bm}x{bn} of the epilogue, the matmul and its fill fused into it.
    %block_epilogue, %block_forall = transform.structured.tile_using_forall %epilogue tile_sizes [{bm}, {bn}]
      ( mapping = [#gpu.block<y>, #gpu.block<x>] ) : {two}
    %block_matmul, %block_forall_0 = transform.structured.fuse_into_containing_op %matmul into %block_forall : {fuse}
    %block_fill, %block_forall_1 = transform.structured.fuse_into_containing_op %fill into %block_forall : {fuse}
    transform.include @cleanup failures(propagate) (%variant_op) : ({any_op}) -> ()
    transform.yield
  }}
  transform.named_sequence @__herd(%variant_op: {any_op} {{transform.readonly}}) {{
{match('ops{["linalg.fill"]}', "block_fill")}{match('ops{["linalg.matmul"]}', "block_matmul")}{match("attributes{" + EPILOGUE + "}", "block_epilogue")}    // The block's accumulator and the epilogue's result live in L2.
    %acc_buffer, %acc_new = transform.structured.bufferize_to_allocation %block_fill
      {l2} : {any_op}
    %out_buffer, %out_new = transform.structured.bufferize_to_allocation %block_epilogue
      {l2} : {any_op}
{_annotate_depth(schedule, "%acc_buffer")}{_annotate_depth(schedule, "%out_buffer")}    // Herd {schedule.herd[0]}x{schedule.herd[1]}: core tile {cm}x{cn}.
    %core_epilogue, %herd_forall = transform.structured.tile_using_forall %block_epilogue tile_sizes [{cm}, {cn}]
      ( mapping = {_herd_mapping(schedule)} ) : {two}
    %core_matmul, %herd_forall_0 = transform.structured.fuse_into_containing_op %block_matmul into %herd_forall : {fuse}
    %core_fill, %herd_forall_1 = transform.structured.fuse_into_containing_op %block_fill into %herd_forall : {fuse}
    transform.include @cleanup failures(propagate) (%variant_op) : ({any_op}) -> ()
    transform.yield
  }}
  transform.named_sequence @__transform_main(%variant_op: {any_op} {{transform.readonly}}) {{
    // The core's epilogue result in L1; its other operands through L2 into L1.
{match("attributes{" + EPILOGUE + "}", "core_epilogue")}    %core_out_buffer, %core_out_new = transform.structured.bufferize_to_allocation %core_epilogue
      {l1} : {any_op}
{_annotate_depth(schedule, "%core_out_buffer")}{match("attributes{" + L2_OPERAND + "}", "l2_operands")}    %l2_buffers, %l2_new = transform.structured.bufferize_to_allocation %l2_operands
      {l2} : {any_op}
{match("attributes{" + L1_OPERAND + "}", "l1_operands")}    %l1_buffers, %l1_new = transform.structured.bufferize_to_allocation %l1_operands
      {l1} : {any_op}
{match('ops{["linalg.matmul"]}', "core_matmul")}"""


def _block_tiling(schedule: Schedule, syntax: _Syntax, nofold: tuple[int, int, int], copy_back: str) -> str:
    """The matmul tiled to the block forall with its fill fused, and padded
    to whole tiles; ``nofold`` keeps the pads of (A, B, C) that the schedule
    stages even when nothing is padded; ``copy_back`` is the op that copies
    a padded result back ("none" where C is never padded)."""
    any_op = "!transform.any_op"
    bm, bn = schedule.block
    t, acc = schedule.dtype, cast(str, schedule.acc_dtype)
    two = f"({any_op}) -> ({any_op}, {any_op})"
    fuse = f"({any_op}, {any_op}) -> ({any_op}, {any_op})"
    return f"""    %ops = transform.structured.match ops{{["linalg.fill", "linalg.matmul"]}} in %variant_op : ({any_op}) -> {any_op}
    %fill, %matmul = transform.split_handle %ops : ({any_op}) -> ({any_op}, {any_op})

    // Block tile {bm}x{bn}: one launch work item.
    %block_matmul, %block_forall = transform.structured.tile_using_forall %matmul tile_sizes [{bm}, {bn}]
      ( mapping = [#gpu.block<y>, #gpu.block<x>] ) : {two}
    %fused_fill_0, %block_forall_0 = transform.structured.fuse_into_containing_op %fill into %block_forall : {fuse}
    %padded_matmul, %pad, %pad_copy = transform.structured.pad %block_matmul {syntax.open}
      padding_values = [{zero_literal(t)}, {zero_literal(t)}, {zero_literal(acc)}],
      padding_dimensions = [0, 1, 2],
      nofold_flags = [{", ".join(map(str, nofold))}],
      copy_back_op = "{copy_back}"
    {syntax.close} : ({any_op}) -> ({any_op}, {any_op}, {any_op})
"""


def _reuse_phases(schedule: Schedule, syntax: _Syntax) -> str:
    """The block phase of a schedule with L2 reuse, and the beginning of
    the main sequence; ends where the other heads end, with %core_matmul in
    the herd forall.

    ``@__block`` tiles the block, stages A's block rows into L2 once (a
    memref copy, so the tiling below cannot fuse it back into the loop) and
    tiles the block along N into its herd tiles with an scf.for, the fill
    fused into it. Between the phases the fill gets a fresh destination
    (``fresh_fill_destination``): bufferizing the loop's slice of C into L2
    would first copy its stale contents in. The main sequence then gives
    each herd tile its L2 accumulator and tiles it to the herd.
    """
    any_op = "!transform.any_op"
    bm, tile_n = schedule.herd_tile
    cm, cn = schedule.core_tile
    two = f"({any_op}) -> ({any_op}, {any_op})"
    fuse = f"({any_op}, {any_op}) -> ({any_op}, {any_op})"
    producer = f"({any_op}) -> ({any_op})"
    l2_out = syntax.props("memory_space = 1, bufferize_destination_only, emit_dealloc")
    l2_a = syntax.props('memory_space = 1, memcpy_op = "linalg.copy", emit_dealloc')
    return f"""  transform.named_sequence @__block(%variant_op: {any_op} {{transform.readonly}}) {{
{_block_tiling(schedule, syntax, (1, 0, 0), 'none')}    // A's block rows stay in L2 for the whole block (one copy: the next
    // block's A waits for this block's last reads). Its pad is the only one
    // and C needs no copy back: M and N are whole blocks, and the payload
    // pads K. (A copy back would make the loop over herd tiles write a copy
    // of C when the block is all of C.)
    %a_rows_buffer, %a_rows_new = transform.structured.bufferize_to_allocation %pad
      {l2_a} : {any_op}
{_annotate_depth(schedule, "%a_rows_buffer", 1)}
    // L2 reuse {schedule.l2_reuse}: the block loops over its herd tiles of {bm}x{tile_n}, the fill fused.
    %tile_matmul, %tile_loop = transform.structured.fuse %padded_matmul tile_sizes [0, {tile_n}, 0] : {two}
    transform.include @cleanup failures(propagate) (%variant_op) : ({any_op}) -> ()
    transform.yield
  }}
  transform.named_sequence @__transform_main(%variant_op: {any_op} {{transform.readonly}}) {{
    %tile_ops = transform.structured.match ops{{["linalg.fill", "linalg.matmul"]}} in %variant_op : ({any_op}) -> {any_op}
    %tile_fill, %tile_matmul = transform.split_handle %tile_ops : ({any_op}) -> ({any_op}, {any_op})
    // Each herd tile's accumulator lives in L2.
    %acc_buffer, %acc_new = transform.structured.bufferize_to_allocation %tile_fill
      {l2_out} : {any_op}
{_annotate_depth(schedule, "%acc_buffer")}
    // Herd {schedule.herd[0]}x{schedule.herd[1]}: core tile {cm}x{cn}.
    %core_matmul, %herd_forall = transform.structured.tile_using_forall %tile_matmul tile_sizes [{cm}, {cn}]
      ( mapping = {_herd_mapping(schedule)} ) : {two}
    transform.include @cleanup failures(propagate) (%variant_op) : ({any_op}) -> ()
{_fuse_operand_slice(schedule, 0, producer, fuse)}{_fuse_operand_slice(schedule, 1, producer, fuse)}{_fuse_fill(schedule, any_op, fuse)}"""


def _steps(schedule: Schedule, syntax: _Syntax, epilogue: bool) -> str:
    any_op = "!transform.any_op"
    cm, cn = schedule.core_tile
    kl2, kl1 = schedule.k_tiles
    # Never None once the Schedule is built.
    pm, pn, pk = cast("tuple[int, int, int]", schedule.pack)
    l2_out = syntax.props("memory_space = 1, bufferize_destination_only, emit_dealloc")
    l1 = syntax.props("memory_space = 2, bufferize_destination_only, emit_dealloc")
    l2_in = syntax.props('memory_space = 1, bufferize_destination_only, memcpy_op = "linalg.copy", emit_dealloc')
    tr = '!transform.op<"linalg.transpose">'
    pack_t = '!transform.op<"linalg.pack">'
    lower_pack_results = f'(!transform.op<"tensor.pad">, !transform.op<"tensor.expand_shape">, {tr})'
    unpack_results = ["%un_empty", "%un_tr", "%un_collapse", "%un_slice"]
    unpack_types = ['!transform.op<"tensor.empty">', tr, '!transform.op<"tensor.collapse_shape">',
                    '!transform.op<"tensor.extract_slice">']
    if syntax.flavor == "iree313":
        unpack_results.append("%un_copy")
        unpack_types.append('!transform.op<"linalg.copy">')
    two = f"({any_op}) -> ({any_op}, {any_op})"
    fuse = f"({any_op}, {any_op}) -> ({any_op}, {any_op})"
    producer = f"({any_op}) -> ({any_op})"
    transpose_sig = f"({any_op}, {any_op}) -> ({any_op}, {any_op}, {any_op})"
    head = f"""  transform.named_sequence @__transform_main(%variant_op: {any_op} {{transform.readonly}}) {{
{_block_tiling(schedule, syntax, (0, 0, 1), 'linalg.copy')}    %pad_dps = transform.structured.rewrite_in_destination_passing_style %pad : ({any_op}) -> {any_op}
    // The block's accumulator lives in L2.
    %acc = transform.get_producer_of_operand %padded_matmul[2] : {producer}
    %acc_buffer, %acc_new = transform.structured.bufferize_to_allocation %acc
      {l2_out} : {any_op}
{_annotate_depth(schedule, "%acc_buffer")}
    // Herd {schedule.herd[0]}x{schedule.herd[1]}: core tile {cm}x{cn}.
    %core_matmul, %herd_forall = transform.structured.tile_using_forall %padded_matmul tile_sizes [{cm}, {cn}]
      ( mapping = {_herd_mapping(schedule)} ) : {two}
    transform.include @cleanup failures(propagate) (%variant_op) : ({any_op}) -> ()
{_fuse_operand_slice(schedule, 0, producer, fuse)}{_fuse_operand_slice(schedule, 1, producer, fuse)}{_fuse_fill(schedule, any_op, fuse)}"""
    if epilogue:
        head = _epilogue_phases(schedule, syntax)
    elif schedule.l2_reuse > 1:
        head = _reuse_phases(schedule, syntax)
    # A is staged into L2 once per block under L2 reuse: its packs read it there.
    lhs_source = "" if schedule.l2_reuse > 1 else f"""    %lhs_source = transform.get_producer_of_operand %lhs_pad[0] : (!transform.op<"tensor.pad">) -> ({any_op})
    %lhs_source_buffer, %lhs_source_new = transform.structured.bufferize_to_allocation %lhs_source
      {l2_in} : {any_op}
"""
    tail = f"""
    // K streamed in {kl2}-wide L2 slices, then {kl1}-wide L1 slices.
    %l2_k_matmul, %l2_k_loop = transform.structured.tile_using_for %core_matmul tile_sizes [0, 0, {kl2}] : {two}
    %l1_k_matmul, %l1_k_loop = transform.structured.tile_using_for %l2_k_matmul tile_sizes [0, 0, {kl1}] : {two}

    // Pack (m, n, k) = ({pm}, {pn}, {pk}); A as [K M m k], B as [N K k n], C as [N M m n].
    %packed = transform.structured.pack %l1_k_matmul packed_sizes = [{pm}, {pn}, {pk}] : ({any_op}) -> ({any_op})
    %packed_lhs = transform.get_producer_of_operand %packed[0] : {producer}
    %lhs_packed_matmul, %lhs_pack, %lhs_unpack = transform.structured.pack_transpose %packed_lhs with_compute_op(%packed)
      outer_perm = [1, 0] : {transpose_sig}
    %packed_rhs = transform.get_producer_of_operand %lhs_packed_matmul[1] : {producer}
    %operands_packed_matmul, %rhs_pack, %rhs_unpack = transform.structured.pack_transpose %packed_rhs with_compute_op(%lhs_packed_matmul)
      outer_perm = [1, 0] inner_perm = [1, 0] : {transpose_sig}
    %packed_output = transform.get_consumers_of_result %operands_packed_matmul[0] : {producer}
    %packed_matmul, %out_pack, %out_unpack = transform.structured.pack_transpose %packed_output with_compute_op(%operands_packed_matmul)
      outer_perm = [1, 0] : {transpose_sig}

    // Decompose packs into expand_shape + linalg.transpose (MLIR 22 cannot bufferize linalg.pack).
    %lhs_pack_c = transform.cast %lhs_pack : {any_op} to {pack_t}
    %rhs_pack_c = transform.cast %rhs_pack : {any_op} to {pack_t}
    %out_pack_c = transform.cast %out_pack : {any_op} to {pack_t}
    %out_unpack_c = transform.cast %out_unpack : {any_op} to !transform.op<"linalg.unpack">
    %lhs_pad, %lhs_expand, %lhs_tr = transform.structured.lower_pack %lhs_pack_c : ({pack_t}) -> {lower_pack_results}
    %rhs_pad, %rhs_expand, %rhs_tr = transform.structured.lower_pack %rhs_pack_c : ({pack_t}) -> {lower_pack_results}
    %out_pad, %out_expand, %out_tr = transform.structured.lower_pack %out_pack_c : ({pack_t}) -> {lower_pack_results}
    {", ".join(unpack_results)} = transform.structured.lower_unpack %out_unpack_c
      : (!transform.op<"linalg.unpack">) -> ({", ".join(unpack_types)})

    // Packed operands and accumulator in L1; the packs' sources in L2.
    %c_buffer, %c_new = transform.structured.bufferize_to_allocation %out_tr {l1} : {tr}
{_annotate_depth(schedule, "%c_buffer")}    %u_buffer, %u_new = transform.structured.bufferize_to_allocation %un_tr {l1} : {tr}
    %a_buffer, %a_new = transform.structured.bufferize_to_allocation %lhs_tr {l1} : {tr}
    %b_buffer, %b_new = transform.structured.bufferize_to_allocation %rhs_tr {l1} : {tr}
{lhs_source}    %rhs_source = transform.get_producer_of_operand %rhs_pad[0] : (!transform.op<"tensor.pad">) -> ({any_op})
    %rhs_source_buffer, %rhs_source_new = transform.structured.bufferize_to_allocation %rhs_source
      {l2_in} : {any_op}

    transform.include @cleanup failures(propagate) (%variant_op) : ({any_op}) -> ()
    %f = transform.structured.match ops{{["func.func"]}} in %variant_op : ({any_op}) -> {any_op}
    transform.bufferization.eliminate_empty_tensors %f : {any_op}
    %bufferized = transform.bufferization.one_shot_bufferize %f : ({any_op}) -> {any_op}
    transform.yield
  }}
"""
    return head + tail


def render_script(schedule: Schedule, flavor: str = "mlir22", epilogue: bool = False) -> str:
    """The transform-dialect module that applies ``schedule`` to the payload.
    With ``epilogue``, the payload's elementwise consumer of the matmul
    (marked ``__herdflow_epilogue__``) is the root that is tiled, the matmul
    fused into it, in the named sequences ``@__block`` and ``@__herd`` that
    run before ``@__transform_main`` (the rewrites of epilogue.py between
    them). Raises ArgumentError for a non-Schedule, an unknown flavor, or an
    epilogue with the iree313 flavor."""
    if not isinstance(schedule, Schedule):
        raise ArgumentError(f"render_script takes a herdflow.schedule.Schedule, got {type(schedule).__name__}")
    syntax = _Syntax(flavor)
    if epilogue and flavor != "mlir22":
        raise ArgumentError("an epilogue is tiled by the embedded front end only (flavor mlir22)")
    if schedule.l2_reuse > 1 and flavor != "mlir22":
        raise ArgumentError("L2 reuse is tiled by the embedded front end only (flavor mlir22)")
    if schedule.l2_reuse > 1 and epilogue:
        raise ArgumentError("L2 reuse with an epilogue is not supported (the epilogue is tiled per block)")
    header = f"// herdflow streaming-K schedule ({flavor}): {schedule.describe()}\n"
    return (
        header
        + "module attributes { transform.with_named_sequence } {\n"
        + _cleanup()
        + "\n"
        + _steps(schedule, syntax, epilogue)
        + "}\n"
    )
