"""Small edits and queries on MLIR modules for the fuzzer's mutations and
reducer, with herdflow's bindings: walking, values visible at an op,
constants, rebuilding an op with other operands, async tokens, buffers."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from herdflow.mlir import ir

log = logging.getLogger(__name__)

INT64_MIN = -(1 << 63)
INTERESTING = (0, 1, -1, 1 << 31, 1 << 62)
HUGE = 1 << 20  # a constant at least this large makes CPU execution pointless
ISOLATED = ("builtin.module", "func.func", "air.launch", "air.segment", "air.herd")
HIERARCHY = ("air.launch", "air.segment", "air.herd")
VIEW_OPS = ("memref.subview", "memref.cast", "memref.expand_shape", "memref.collapse_shape",
            "memref.reinterpret_cast", "memref.transpose")
ASYNC_OPS = ("air.dma_memcpy_nd", "air.channel.put", "air.channel.get", "air.wait_all", *HIERARCHY)
# Users that make a constant worth mutating: loop bounds, herd sizes, DMA patterns.
STRUCTURAL_USERS = ("scf.for", "scf.forall", "scf.parallel", "memref.subview", "affine.apply", *ASYNC_OPS)
ELEMENT_TYPES = ("index", "i1", "i4", "i8", "i16", "i32", "i64", "f16", "bf16", "f32", "vector<4xi32>",
                 "complex<f32>")
CHANNEL_TYPES = ("dma_stream", "dma_packet", "npu_dma_stream", "npu_dma_packet", "cascade")


@dataclass
class State:
    """Per-mutant randomness and what the mutations did."""

    rng: random.Random
    huge: bool = False
    steps: list[str] = field(default_factory=list)

    def value(self, old: int | None = None) -> int:
        """An interesting integer, or a small change of `old`."""
        choices = list(INTERESTING)
        if old is not None:
            choices += [old + 1, old - 1, old * 2, old // 2, -old]
        value = self.rng.choice(choices)
        if abs(value) >= HUGE:
            self.huge = True
        return value


# --- IR helpers ---------------------------------------------------------------

def walk_ops(module: ir.Module) -> list[ir.Operation]:
    """Every op below the module, in pre-order."""
    ops: list[ir.Operation] = []

    def visit(op: ir.Operation) -> ir.WalkResult:
        ops.append(op.operation)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit, ir.WalkOrder.PRE_ORDER)
    return ops[1:]


def is_terminator(op: ir.Operation) -> bool:
    name = op.name
    return name.endswith(("yield", "terminator", "return", "in_parallel", "reduce", "condition")) \
        or name in ("cf.br", "cf.cond_br")


def movable(ops: Iterable[ir.Operation]) -> list[ir.Operation]:
    return [op for op in ops if not is_terminator(op) and op.name != "func.func"]


def has_uses(value: ir.Value) -> bool:
    return next(iter(value.uses), None) is not None


def parent_op(op: ir.Operation) -> ir.Operation | None:
    parent = op.parent
    return parent.operation if parent is not None else None


def visible_values(op: ir.Operation) -> list[ir.Value]:
    """Values that dominate `op` (single-block regions): earlier results and
    block arguments up to the nearest isolated-from-above op."""
    values: list[ir.Value] = []
    current = op
    while True:
        block = current.block
        values.extend(block.arguments)
        for other in block.operations:
            if other.operation == current:
                break
            values.extend(other.results)
        owner = block.owner.operation
        if owner.name in ISOLATED:
            return values
        current = owner


def index_type() -> ir.Type:
    return ir.IndexType.get()


def constant(value: int, type_: ir.Type, ip: ir.InsertionPoint) -> ir.Value:
    op = ir.Operation.create("arith.constant", results=[type_],
                             attributes={"value": ir.IntegerAttr.get(type_, wrap(value, type_))}, ip=ip)
    return op.results[0]


def wrap(value: int, type_: ir.Type) -> int:
    """`value` as a signed integer of `type_`'s width (index: 64)."""
    width = ir.IntegerType(type_).width if isinstance(type_, ir.IntegerType) else 64
    half = 1 << (width - 1)
    return ((value + half) % (1 << width)) - half


def segment_sizes(op: ir.Operation) -> list[int] | None:
    if "operandSegmentSizes" not in op.attributes:
        return None
    return [int(v) for v in op.attributes["operandSegmentSizes"]]


def rebuild(op: ir.Operation, operands: list[ir.Value], results: list[ir.Type],
            attributes: dict[str, ir.Attribute]) -> ir.Operation:
    """A copy of `op` with new operands/results/attributes, its regions' blocks
    moved over; the old op is left in place (the caller rewires and erases)."""
    new = ir.Operation.create(op.name, results=results, operands=operands, attributes=attributes,
                              regions=len(op.regions), loc=op.location, ip=ir.InsertionPoint(op))
    for old_region, new_region in zip(op.regions, new.regions, strict=True):
        for block in list(old_region.blocks):
            block.append_to(new_region)
    return new


def attributes_of(op: ir.Operation) -> dict[str, ir.Attribute]:
    return {name: op.attributes[name] for name in op.attributes}


def token_type() -> ir.Type:
    return ir.Type.parse("!air.async.token")


def new_token(ip: ir.InsertionPoint) -> ir.Value:
    op = ir.Operation.create("air.wait_all", results=[token_type()], ip=ip)
    return op.results[0]


def func_of(block_arg: ir.Value) -> ir.Operation | None:
    owner = ir.BlockArgument(block_arg).owner.owner.operation
    return owner if owner.name == "func.func" else None


def update_function_type(func: ir.Operation) -> None:
    old = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
    inputs = [arg.type for arg in func.regions[0].blocks[0].arguments]
    func.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get(inputs, list(old.results)))


def memref_args(module: ir.Module, ops: list[ir.Operation]) -> list[ir.Value]:
    args: list[ir.Value] = []
    for op in ops:
        if op.name == "func.func" and len(op.regions[0].blocks) > 0:
            args += list(op.regions[0].blocks[0].arguments)
    return args


def escapes(range_ops: list[ir.Operation]) -> bool:
    """Whether a result of `range_ops` is used outside the range."""
    block = range_ops[0].block
    for op in range_ops:
        for result in op.results:
            for use in result.uses:
                user = _ancestor_in(use.owner.operation, block)
                if user is None or not any(user == member for member in range_ops):
                    return True
    return False


def _ancestor_in(op: ir.Operation | None, block: ir.Block) -> ir.Operation | None:
    """`op` or its ancestor whose block is `block`; None when none is (a
    top-level op has no block to ask for)."""
    while op is not None and op.parent is not None:
        if op.block == block:
            return op
        op = parent_op(op)
    return None


# --- mutations ----------------------------------------------------------------

Mutation = Callable[[ir.Module, State], "str | None"]
