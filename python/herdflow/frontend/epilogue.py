"""Rewrites of the tiled tensor IR between the phases of an epilogue's
transform script (see script.py, ``_epilogue_phases``).

Tiling the epilogue (the root) to the block and herd foralls makes its
destination a slice of the forall's shared output; bufferizing that slice
into L2 or L1 would copy the slice's stale contents in first. The epilogue
never reads its destination, so it gets a fresh ``tensor.empty`` instead,
at the block level before its destination is bufferized into L2 and at
the core level before it is bufferized into L1. The epilogue's other operands are staged like A and B:
each core's slice is copied into an L2 buffer and from there into L1
(``linalg.copy`` into a ``tensor.empty`` each, marked for the next phase's
``bufferize_to_allocation``), so a bias shares B's broadcast route.
"""

from __future__ import annotations

from ..mlir import ir
from ..mlir.dialects import linalg, tensor

EPILOGUE = "__herdflow_epilogue__"
L2_OPERAND = "__herdflow_l2_operand__"
L1_OPERAND = "__herdflow_l1_operand__"


def _walk(op: ir.Operation, found: list[ir.Operation]) -> None:
    for region in op.regions:
        for block in region.blocks:
            for child in block.operations:
                if EPILOGUE in child.operation.attributes:
                    found.append(child.operation)
                _walk(child.operation, found)


MARKERS = (EPILOGUE, L2_OPERAND, L1_OPERAND)


def _strip(op: ir.Operation) -> None:
    for region in op.regions:
        for block in region.blocks:
            for child in block.operations:
                for marker in MARKERS:
                    if marker in child.operation.attributes:
                        del child.operation.attributes[marker]
                _strip(child.operation)


def strip_markers(module: ir.Module) -> None:
    """Removes the front end's markers once the script has run: the
    baseline carries none of them."""
    _strip(module.operation)


def find_epilogue(module: ir.Module) -> ir.Operation:
    found: list[ir.Operation] = []
    _walk(module.operation, found)
    if len(found) != 1:
        raise ValueError(f"expected one epilogue after tiling, found {len(found)}")
    return found[0]


def _fresh_init(op: ir.Operation) -> None:
    """Replaces ``op``'s last operand (its destination or shared output) by
    a tensor.empty of its type, built before ``op``."""
    last = len(op.operands) - 1
    init_type = ir.RankedTensorType(op.operands[last].type)
    with ir.InsertionPoint(op), op.location:
        empty = tensor.EmptyOp(list(init_type.shape), init_type.element_type)
    op.operands[last] = empty.result


def fresh_block_destination(module: ir.Module) -> None:
    """After block tiling: the block epilogue writes a fresh tensor."""
    _fresh_init(find_epilogue(module))


def fresh_fill_destination(module: ir.Module) -> None:
    """Under L2 reuse, after the block is tiled into herd tiles: the fill of
    each herd tile's accumulator writes a fresh tensor. A fill reads nothing
    of its destination, so this keeps the values; bufferizing the loop's
    slice of C into L2 instead would copy its stale contents in first."""
    fills: list[ir.Operation] = []

    def walk(op: ir.Operation) -> None:
        for region in op.regions:
            for block in region.blocks:
                for child in block.operations:
                    if child.operation.name == "linalg.fill":
                        fills.append(child.operation)
                    walk(child.operation)

    walk(module.operation)
    if len(fills) != 1:
        raise ValueError(f"expected one fill after the block tiling, found {len(fills)}")
    _fresh_init(fills[0])


def _copy_into_empty(value: ir.Value, marker: str) -> ir.Value:
    value_type = ir.RankedTensorType(value.type)
    empty = tensor.EmptyOp(list(value_type.shape), value_type.element_type)
    copied = linalg.copy(value, outs=[empty.result])
    copied.owner.attributes[marker] = ir.UnitAttr.get()
    return copied


def stage_core_operands(module: ir.Module) -> None:
    """After herd tiling: the core epilogue writes a fresh tensor (the herd
    forall's shared output is already the block's L2 buffer), and every
    operand other than the accumulator goes through an L2 and an L1 copy."""
    epilogue = find_epilogue(module)
    _fresh_init(epilogue)
    accumulator = {i for i, value in enumerate(epilogue.operands)
                   if isinstance(value.owner, ir.OpView) and value.owner.operation.name == "linalg.matmul"}
    for index in range(len(epilogue.operands) - 1):
        if index in accumulator:
            continue
        with ir.InsertionPoint(epilogue), epilogue.location:
            in_l2 = _copy_into_empty(epilogue.operands[index], L2_OPERAND)
            epilogue.operands[index] = _copy_into_empty(in_l2, L1_OPERAND)
