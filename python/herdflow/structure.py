"""A readable outline of a stage's loop nest and data movement.

``loop_structure(ir_text)`` lists, indented by loop level, the loops
(``scf.forall`` with its mapping, ``scf.for`` with its bounds, the AIR
hierarchy ``air.launch``/``air.segment``/``air.herd`` with its sizes) and the
ops that allocate, fill, move or compute on buffers, each with the memory
levels it touches (L3 = space 0, L2 = 1, L1 = 2; channel transfers name their
channel). Two front ends agree on a schedule when their outlines are equal;
reports print it.
"""

from __future__ import annotations

from . import _validate
from .errors import ArgumentError
from .ir_utils import LEVEL_NAMES, constant_int, memory_level, parse_module
from .mlir import ir
from .mlir.dialects import air

__all__ = ["loop_structure"]

MOVEMENT_OPS = ("linalg.copy", "memref.copy", "linalg.transpose")
LISTED_OPS = (*MOVEMENT_OPS, "linalg.fill", "linalg.generic", "linalg.matmul", "memref.alloc")


def _level(value: ir.Value) -> str:
    try:
        level = memory_level(value)
    except ValueError:
        return str(ir.MemRefType(value.type).memory_space)
    if level is None:
        return "tensor" if isinstance(value.type, ir.RankedTensorType) else str(value.type)
    return LEVEL_NAMES.get(level, str(level))


def _constant(value: ir.Value) -> str:
    constant = constant_int(value)
    return "?" if constant is None else str(constant)


def _sizes(op: air.LaunchOp | air.HerdOp) -> str:
    return ", ".join(_constant(v) for v in op.sizes)


def _symbol(op: ir.Operation) -> str:
    return f" @{ir.StringAttr(op.attributes['sym_name']).value}" if "sym_name" in op.attributes else ""


def _describe(op: ir.Operation) -> str | None:
    name = op.name
    view = op.opview
    if isinstance(view, (air.LaunchOp, air.HerdOp)):
        return f"{name}{_symbol(op)} ({_sizes(view)})"
    if isinstance(view, air.SegmentOp):
        return f"{name}{_symbol(op)}"
    if isinstance(view, air.DmaMemcpyNdOp):
        return f"{name} {_level(view.src)} -> {_level(view.dst)}"
    if isinstance(view, air.ChannelPutOp):
        return f"{name} @{view.chan_name.value} {_level(view.src)}"
    if isinstance(view, air.ChannelGetOp):
        return f"{name} @{view.chan_name.value} {_level(view.dst)}"
    if name == "scf.forall" and "staticUpperBound" in op.attributes:
        bounds = ", ".join(str(b) for b in ir.DenseI64ArrayAttr(op.attributes["staticUpperBound"]))
        mapping = str(op.attributes["mapping"]) if "mapping" in op.attributes else "[]"
        return f"scf.forall ({bounds}) {mapping}"
    if name == "scf.for":
        lower, upper, step = (_constant(v) for v in list(op.operands)[:3])
        return f"scf.for {lower} to {upper} step {step}"
    if name == "memref.alloc":
        return f"memref.alloc {_level(op.results[0])} {op.results[0].type}"
    if name in MOVEMENT_OPS and len(op.operands):
        return f"{name} {_level(op.operands[0])} -> {_level(op.operands[-1])}"
    if name == "linalg.fill" and len(op.operands):
        return f"linalg.fill -> {_level(op.operands[-1])}"
    if name in ("linalg.generic", "linalg.matmul"):
        levels = ", ".join(_level(v) for v in op.operands)
        return f"{name} ({levels})"
    return None


def _outline(block: ir.Block, depth: int, lines: list[str]) -> None:
    for op_view in block.operations:
        op = op_view.operation
        text = _describe(op)
        if text is not None:
            lines.append("  " * depth + text)
        if op.name in ("scf.forall", "scf.for", "air.launch", "air.segment", "air.herd") and op.regions[0].blocks:
            _outline(op.regions[0].blocks[0], depth + 1, lines)
        elif op.name not in ("linalg.generic", "linalg.fill", "linalg.copy", "linalg.transpose", "linalg.matmul"):
            for region in op.regions:
                for nested in region.blocks:
                    _outline(nested, depth, lines)


def loop_structure(ir_text: str) -> list[str]:
    """The outline of every function in ``ir_text``, one entry per line.
    Raises ArgumentError when ``ir_text`` is not text or does not parse."""
    _validate.nesting(_validate.text(ir_text, "the IR"), "the IR", ArgumentError)
    with ir.Context():
        module = parse_module(ir_text, ArgumentError)
        lines: list[str] = []
        _outline(module.body, 0, lines)
        return lines
