"""Small queries on IR values and ops shared by the outline and the model."""

from __future__ import annotations

from .mlir import ir

LEVEL_NAMES = {0: "L3", 1: "L2", 2: "L1"}


def constant_int(value: ir.Value) -> int | None:
    """The integer of an ``arith.constant``, else None."""
    owner = value.owner
    op = owner.operation if isinstance(owner, ir.OpView) else owner
    if isinstance(op, ir.Operation) and op.name == "arith.constant":
        return ir.IntegerAttr(op.attributes["value"]).value
    return None


def memory_level(value: ir.Value) -> int | None:
    """A memref's memory space as an integer (no space: 0 = L3); None for a
    value that is not a memref."""
    if not isinstance(value.type, ir.MemRefType):
        return None
    space = ir.MemRefType(value.type).memory_space
    return 0 if space is None else ir.IntegerAttr(space).value


def operand_segment(op: ir.Operation, index: int) -> list[ir.Value]:
    """The operands of segment ``index`` of an op with operandSegmentSizes
    (AIR hierarchy ops: 1 = sizes; channel ops: 1 = indices)."""
    segments = list(ir.DenseI32ArrayAttr(op.attributes["operandSegmentSizes"]))
    start = sum(segments[:index])
    return list(op.operands)[start:start + segments[index]]
