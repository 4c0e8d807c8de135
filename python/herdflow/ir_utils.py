"""Small queries on IR values and ops shared by the outline and the model."""

from __future__ import annotations

from .errors import HerdflowError
from .mlir import ir

LEVEL_NAMES = {0: "L3", 1: "L2", 2: "L1"}


def constant_int(value: ir.Value) -> int | None:
    """The integer of an ``arith.constant``, else None."""
    owner = value.owner
    op = owner.operation if isinstance(owner, ir.OpView) else owner
    if isinstance(op, ir.Operation) and op.name == "arith.constant":
        value_attr = op.attributes["value"]
        if isinstance(value_attr, ir.IntegerAttr):
            return int(ir.IntegerAttr(value_attr).value)
    return None


def memory_level(value: ir.Value) -> int | None:
    """A memref's memory space as an integer (no space: 0 = L3); None for a
    value that is not a memref; ValueError for a space that is not an
    integer attribute."""
    if not isinstance(value.type, ir.MemRefType):
        return None
    space = ir.MemRefType(value.type).memory_space
    if space is None:
        return 0
    if not isinstance(space, ir.IntegerAttr):
        raise ValueError(f"memory space {space} of {value.type} is not an integer (L3 = 0, L2 = 1, L1 = 2)")
    return int(ir.IntegerAttr(space).value)


def mlir_error_summary(error: Exception) -> str:
    """The first error of an ``ir.MLIRError`` as one line, ``<loc>: <message>``
    (its text without the diagnostics when it has none)."""
    diagnostics = getattr(error, "error_diagnostics", None) or []
    if diagnostics:
        first = diagnostics[0]
        location = str(first.location)
        if location.startswith("loc(") and location.endswith(")"):
            location = location[4:-1]
        return f"{location}: {first.message}"
    return str(error).strip().partition("\n")[0]


def parse_module(ir_text: str, error: type[HerdflowError], details: bool = True) -> ir.Module:
    """``ir_text`` (already checked as text and for nesting) parsed in the
    current context; ``error`` naming the first diagnostic, and with
    ``details`` all of them, when it does not parse."""
    try:
        return ir.Module.parse(ir_text)
    except ir.MLIRError as failure:
        summary = f"cannot parse the IR: {mlir_error_summary(failure)}"
        raise error(f"{summary}\n{failure}" if details else summary) from None
