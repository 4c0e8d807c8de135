"""The user's own IR as the front end's input: each function that computes
one matmul on tensors becomes one ``tensor`` stage.

A function qualifies when its body is ``C = fill(0); C += A x B`` on its two
tensor arguments, written as ``linalg.matmul`` or as a ``linalg.generic``
that upstream's ``linalg-specialize-generic-ops`` recognizes as one, and
returns C; or a ``linalg.batch_matmul`` (or a generic that is one), which
becomes an scf.for over the batch around the same per-element matmul (the
batch an outer loop of the launch). A may be stored K x M and B N x K,
per batch element for a batch matmul (the indexing maps say so): the
transpose then happens in the data movement (by the DMAs for 32-bit types;
for narrower ones the DMAs move whole rows and the core finishes the
transpose, aie-legalize-narrow-packs), which the resource check proves the
hardware can run.
Shapes that are not whole tiles of the schedule are zero-padded around the
user's matmul (A, B and the accumulator) and the result sliced back, as for
a generated matmul.

An epilogue is the elementwise consumer of the matmul's result (several
elementwise ops are fused into one first, by upstream's
``linalg-fuse-elementwise-ops``): all loops parallel, the accumulator read
at the same element, its other operands function arguments after A and B or constants
(a scalar per row [M], per column [N] or a full [M, N] tensor; for a batch
matmul each of them shared by the batch or one per batch element), any
element type out. It runs on each core's accumulator in L1 after the last K
iteration (a batch matmul's on each batch element's) and the function's
result leaves the core in its type. Anything else in a function that has a
matmul (a reduction over the result, a second matmul) is an error naming
the op: nothing is dropped silently. Functions without a matmul are left on
the host.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import FrontendError
from ..mlir import ir
from ..mlir.dialects import arith, linalg, scf, tensor
from ..mlir.passmanager import PassManager
from ..schedule import INPUT_TYPES, Schedule, ScheduleError
from .epilogue import EPILOGUE

__all__ = ["MatmulFunction", "find_matmul_functions"]

# The indexing maps of linalg.matmul's operands herdflow takes, (m, n, k) =
# (d0, d1, d2): A as M x K or transposed (K x M), B as K x N or transposed
# (N x K), C as M x N. The transpose happens in the data movement.
_A_MAPS = {"affine_map<(d0, d1, d2) -> (d0, d2)>": False, "affine_map<(d0, d1, d2) -> (d2, d0)>": True}
_B_MAPS = {"affine_map<(d0, d1, d2) -> (d2, d1)>": False, "affine_map<(d0, d1, d2) -> (d1, d2)>": True}
_C_MAP = "affine_map<(d0, d1, d2) -> (d0, d1)>"
# linalg.batch_matmul's maps, (b, m, n, k) = (d0, d1, d2, d3): A as B x M x K
# or B x K x M, B as B x K x N or B x N x K, C as B x M x N.
_BATCH_A_MAPS = {"affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>": False,
                 "affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>": True}
_BATCH_B_MAPS = {"affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>": False,
                 "affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>": True}
_BATCH_C_MAP = "affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>"

# Ops a matmul function may hold besides its fill and matmul.
_ALLOWED = ("arith.constant", "tensor.empty", "func.return")


@dataclass(frozen=True)
class MatmulFunction:
    """One matmul function of the user's module."""

    name: str
    schedule: Schedule
    # The function as the user wrote it (after specializing generics), alone
    # in a module: what the reference executes.
    source: str
    # The same function padded to the schedule's tiles: the front end's input.
    tensor: str
    # A is stored K x M, B is stored N x K.
    transposed: tuple[bool, bool] = (False, False)
    # A batch matmul's batch size (its inputs B x M x K and B x K x N); 0 for
    # a matmul.
    batch: int = 0
    # The epilogue's operands after A and B, (shape, element type) each, and
    # the function's result type; () and the accumulator type without one.
    operands: tuple[tuple[tuple[int, ...], str], ...] = ()
    result_dtype: str = ""
    # The function has an epilogue (the tensor stage marks it).
    epilogue: bool = False


def _error(function: str, op: ir.Operation, why: str) -> FrontendError:
    return FrontendError(f"@{function}: {op.name} at {op.location}: {why}")


def _element(value: ir.Value) -> str:
    return str(ir.RankedTensorType(value.type).element_type)


def _shape(value: ir.Value) -> list[int]:
    return list(ir.RankedTensorType(value.type).shape)


def _is_zero(value: ir.Value) -> bool:
    owner = value.owner
    op = owner.operation if isinstance(owner, ir.OpView) else owner
    if not isinstance(op, ir.Operation) or op.name != "arith.constant":
        return False
    attr = op.attributes["value"]
    if isinstance(attr, ir.IntegerAttr):
        return int(ir.IntegerAttr(attr).value) == 0
    if isinstance(attr, ir.FloatAttr):
        return float(ir.FloatAttr(attr).value) == 0.0
    return False


def _check_function(name: str, func: Any) -> tuple[Any, Any] | None:
    """The function's linalg.matmul and its epilogue (None without one) when
    the function is fill + matmul on its first two arguments, then maybe an
    elementwise epilogue; None when it has no matmul; FrontendError naming
    the op otherwise."""
    body = func.regions[0].blocks[0]
    matmuls = [op for op in body.operations if isinstance(op, (linalg.MatmulOp, linalg.BatchMatmulOp))]
    if not matmuls:
        return None
    if len(matmuls) > 1:
        raise _error(name, matmuls[1].operation, f"a second matmul in the function ({len(matmuls)} in all); "
                     "herdflow compiles one matmul per function (one dispatch each)")
    matmul = matmuls[0]
    _transposition(name, matmul)
    a, b = matmul.inputs
    (init,) = matmul.outputs
    arguments = list(body.arguments)
    users = [use.owner for use in matmul.result.uses]
    epilogue = users[0] if len(users) == 1 and users[0].name != "func.return" else None
    if len(users) > 1:
        raise _error(name, users[1], "a second use of the matmul's result; the streaming-K schedule writes it once")
    for op in body.operations:
        if op.operation == matmul.operation or op.operation.name in _ALLOWED:
            continue
        if epilogue is not None and op.operation == epilogue:
            continue
        if isinstance(op, linalg.FillOp) and op.result == init:
            if not _is_zero(op.inputs[0]):
                raise _error(name, op.operation, "the accumulator starts at a non-zero value; the streaming-K "
                             "schedule initializes it to zero in L1")
            continue
        raise _error(name, op.operation, "not part of a matmul or its epilogue: only elementwise consumers of the "
                     "matmul's result run on the array (put other ops in a function of their own to leave them "
                     "on the host)")
    fill = init.owner
    if not isinstance(fill, ir.OpView) or not isinstance(fill, linalg.FillOp):
        raise _error(name, matmul.operation, "the accumulator is not a linalg.fill of zero in the same function")
    if len(arguments) < 2 or a != arguments[0] or b != arguments[1]:
        raise _error(name, matmul.operation, "the matmul must read the function's first two arguments, A then B")
    if epilogue is None and len(arguments) != 2:
        raise _error(name, matmul.operation, "arguments besides A and B are read only by an epilogue")
    result = matmul.result if epilogue is None else epilogue.results[0]
    returns = [op for op in body.operations if op.operation.name == "func.return"]
    if len(returns) != 1 or list(returns[0].operands) != [result]:
        raise _error(name, (epilogue or matmul.operation), "the function must return the "
                     f"{'epilogue' if epilogue is not None else 'matmul'}'s result and nothing else")
    if epilogue is not None:
        _check_epilogue(name, matmul, epilogue, arguments)
    return matmul, epilogue


# Named linalg ops that are elementwise with identity maps.
_ELEMENTWISE_NAMED = ("linalg.add", "linalg.sub", "linalg.mul", "linalg.div", "linalg.max", "linalg.min",
                      "linalg.exp", "linalg.abs", "linalg.negf", "linalg.elementwise")


# How an epilogue operand may be read: full [M, N], per row [M], per column
# [N]; a batch matmul's epilogue, (b, m, n) = (d0, d1, d2), reads them for
# every batch element or per batch element ([B, ...]).
_OPERAND_MAPS: tuple[list[str], ...] = (["d0", "d1"], ["d0"], ["d1"], [])
_BATCH_OPERAND_MAPS: tuple[list[str], ...] = (["d0", "d1", "d2"], ["d1", "d2"], ["d0", "d1"], ["d1"], ["d0", "d2"],
                                              ["d2"], [])


def _is_constant(value: ir.Value) -> bool:
    """An ``arith.constant`` tensor (weights folded into the function): it
    lives in L3 as a global and is staged like an argument."""
    owner = value.owner
    op = owner.operation if isinstance(owner, ir.OpView) else owner
    return isinstance(op, ir.Operation) and op.name == "arith.constant"


def _check_epilogue(name: str, matmul: Any, epilogue: ir.Operation, arguments: list[ir.Value]) -> None:
    """FrontendError naming the epilogue unless it is elementwise on the
    accumulator with operands that are function arguments after A and B or constants."""
    batched = isinstance(matmul, linalg.BatchMatmulOp)
    rank = 3 if batched else 2
    if epilogue.name == "linalg.generic":
        iterators = [str(t) for t in ir.ArrayAttr(epilogue.attributes["iterator_types"])]
        if any("parallel" not in t for t in iterators):
            raise _error(name, epilogue, "it reduces over the matmul's result (it reads the accumulator across "
                         "tiles); only elementwise epilogues run in L1")
        maps = [ir.AffineMapAttr(m).value for m in ir.ArrayAttr(epilogue.attributes["indexing_maps"])]
        region_ops = [op.operation.name for op in epilogue.regions[0].blocks[0].operations]
        if any(not (n.startswith(("arith.", "math.")) or n == "linalg.yield") for n in region_ops):
            raise _error(name, epilogue, "its body holds ops other than arith and math (herdflow applies it "
                         "elementwise on each core)")
        out_argument = list(epilogue.regions[0].blocks[0].arguments)[-1]
        if any(True for _ in out_argument.uses):
            raise _error(name, epilogue, "it reads its own output")
    elif epilogue.name in _ELEMENTWISE_NAMED:
        maps = [ir.AffineMap.get_identity(rank)] * len(epilogue.operands)
    else:
        raise _error(name, epilogue, "not an elementwise consumer of the matmul's result (a linalg.generic with "
                     "parallel loops only, or an elementwise named op)")
    if len(epilogue.results) != 1 or len(maps) != len(epilogue.operands) or maps[0].n_dims != rank:
        raise _error(name, epilogue, f"an epilogue has one {rank}-D result")
    identity = ir.AffineMap.get_identity(rank)
    if maps[-1] != identity:
        raise _error(name, epilogue, "it permutes the matmul's result")
    extra = arguments[2:]
    for index, (value, operand_map) in enumerate(zip(list(epilogue.operands)[:-1], maps, strict=False)):
        if value == matmul.result:
            if operand_map != identity:
                raise _error(name, epilogue, "it reads the accumulator through a permutation")
            continue
        if value not in extra and not _is_constant(value):
            raise _error(name, epilogue, f"operand {index} is neither a function argument after A and B nor a "
                         "constant (bias, scale and residual operands are staged from the function's arguments "
                         "or its constants)")
        results = [str(r) for r in operand_map.results]
        if results not in (_BATCH_OPERAND_MAPS if batched else _OPERAND_MAPS):
            raise _error(name, epilogue, f"operand {index} is read through {operand_map}; herdflow stages operands "
                         "per row [M], per column [N], full [M, N] or as a scalar" + (
                             ", each for all batch elements or per batch element" if batched else ""))
    if not any(value == matmul.result for value in list(epilogue.operands)[:-1]):
        raise _error(name, epilogue, "it does not read the matmul's result")


def _transposition(name: str, matmul: Any) -> tuple[bool, bool]:
    """Whether A and B are stored transposed (per batch element for a batch
    matmul), from the matmul's indexing maps; FrontendError for maps that
    broadcast or permute otherwise."""
    maps = matmul.operation.attributes.get("indexing_maps")
    if maps is None:
        return (False, False)
    a, b, c = (str(m) for m in ir.ArrayAttr(maps))
    if isinstance(matmul, linalg.BatchMatmulOp):
        if a not in _BATCH_A_MAPS or b not in _BATCH_B_MAPS or c != _BATCH_C_MAP:
            raise _error(name, matmul.operation, "a batch matmul whose indexing maps broadcast an operand or "
                         "permute the batch or the result is not supported (A as BxMxK or BxKxM, B as BxKxN or "
                         "BxNxK, C as BxMxN)")
        return (_BATCH_A_MAPS[a], _BATCH_B_MAPS[b])
    if a not in _A_MAPS or b not in _B_MAPS or c != _C_MAP:
        raise _error(name, matmul.operation, "a matmul whose indexing maps broadcast an operand or permute the "
                     "result is not supported (A as MxK or KxM, B as KxN or NxK, C as MxN)")
    return (_A_MAPS[a], _B_MAPS[b])


def _pad(value: ir.Value, shape: list[int], padded: list[int], element: ir.Type, fill: int = 0) -> ir.Value:
    """``tensor.pad`` of ``value`` with ``fill`` at the high end to ``padded``."""
    if shape == padded:
        return value
    zero_attr = (ir.IntegerAttr.get(element, fill) if isinstance(element, ir.IntegerType)
                 else ir.FloatAttr.get(element, float(fill)))
    zero = arith.ConstantOp(element, zero_attr).result
    high = [p - s for p, s in zip(padded, shape, strict=True)]
    pad = tensor.PadOp(ir.RankedTensorType.get(padded, element), value, [], [],
                       ir.DenseI64ArrayAttr.get([0] * len(shape)), ir.DenseI64ArrayAttr.get(high))
    index = ir.IndexType.get()
    block = pad.region.blocks.append(*([index] * len(shape)))
    with ir.InsertionPoint(block):
        tensor.YieldOp(zero)
    return pad.result


def _pad_to_schedule(matmul: Any, schedule: Schedule, transposed: tuple[bool, bool]) -> tuple[ir.Value, ir.Value]:
    """Pads A, B and the accumulator of ``matmul`` to whole tiles and slices
    the result back, in place; returns the padded product and its slice."""
    m, n, k = schedule.m, schedule.n, schedule.k
    mp, np_, kp = schedule.padded
    a, b = matmul.inputs
    fill = matmul.outputs[0].owner
    maps = matmul.operation.attributes.get("indexing_maps")
    a_shape, a_padded_shape = ([k, m], [kp, mp]) if transposed[0] else ([m, k], [mp, kp])
    b_shape, b_padded_shape = ([n, k], [np_, kp]) if transposed[1] else ([k, n], [kp, np_])
    with ir.InsertionPoint(matmul.operation), matmul.location:
        a_padded = _pad(a, a_shape, a_padded_shape, ir.RankedTensorType(a.type).element_type)
        b_padded = _pad(b, b_shape, b_padded_shape, ir.RankedTensorType(b.type).element_type)
        acc = ir.RankedTensorType(matmul.result.type).element_type
        empty = tensor.EmptyOp([mp, np_], acc).result
        init = linalg.fill(fill.inputs[0], outs=[empty])
        indexing = [ir.AffineMapAttr(m_).value for m_ in ir.ArrayAttr(maps)] if maps is not None else None
        product = linalg.matmul(a_padded, b_padded, outs=[init], indexing_maps=indexing)
        sliced = tensor.ExtractSliceOp(ir.RankedTensorType.get([m, n], acc), product, [], [], [],
                                       ir.DenseI64ArrayAttr.get([0, 0]), ir.DenseI64ArrayAttr.get([m, n]),
                                       ir.DenseI64ArrayAttr.get([1, 1])).result
    matmul.result.replace_all_uses_with(sliced)
    matmul.operation.erase()
    fill.operation.erase()
    return product, sliced


def _pad_epilogue(epilogue: ir.Operation, product: ir.Value, sliced: ir.Value, schedule: Schedule) -> None:
    """Rebuilds ``epilogue`` (a linalg.generic reading ``sliced``, the
    unpadded view of the padded ``product``) at the padded size: it reads
    ``product``, its other operands padded with ones (so a division in the
    padded region stays defined), and its result is sliced back."""
    m, n = schedule.m, schedule.n
    mp, np_ = schedule.padded[:2]
    maps = [ir.AffineMapAttr(attr).value for attr in ir.ArrayAttr(epilogue.attributes["indexing_maps"])]
    result_type = ir.RankedTensorType(epilogue.results[0].type)
    with ir.InsertionPoint(epilogue), epilogue.location:
        inputs = []
        for value, operand_map in zip(list(epilogue.operands)[:-1], maps, strict=False):
            if value == sliced:
                inputs.append(product)
                continue
            padded_shape = [mp if str(r) == "d0" else np_ for r in operand_map.results]
            inputs.append(_pad(value, _shape(value), padded_shape, ir.RankedTensorType(value.type).element_type,
                               fill=1))
        empty = tensor.EmptyOp([mp, np_], result_type.element_type).result
        padded = linalg.GenericOp([ir.RankedTensorType.get([mp, np_], result_type.element_type)], inputs, [empty],
                                  epilogue.attributes["indexing_maps"], epilogue.attributes["iterator_types"])
        for name in (EPILOGUE,):
            if name in epilogue.attributes:
                padded.operation.attributes[name] = epilogue.attributes[name]
        epilogue.regions[0].blocks[0].append_to(padded.regions[0])
        result = tensor.ExtractSliceOp(result_type, padded.results[0], [], [], [], ir.DenseI64ArrayAttr.get([0, 0]),
                                       ir.DenseI64ArrayAttr.get([m, n]), ir.DenseI64ArrayAttr.get([1, 1])).result
    epilogue.results[0].replace_all_uses_with(result)
    epilogue.erase()


def _scalar_operands_to_values(epilogue: ir.Operation) -> ir.Operation:
    """``epilogue`` with each 0-d tensor operand (a scalar: a scale, a
    zero point) read once by ``tensor.extract`` before it and used in its
    body as a value: the scalar then reaches each core as an argument of the
    launch, segment and herd (a runtime parameter), not through a DMA
    channel of its own. Returns the epilogue (rebuilt when it had any)."""
    maps = [ir.AffineMapAttr(attr).value for attr in ir.ArrayAttr(epilogue.attributes["indexing_maps"])]
    inputs = list(epilogue.operands)[:-1]
    scalars = [i for i, value in enumerate(inputs) if not _shape(value)]
    if not scalars:
        return epilogue
    body = epilogue.regions[0].blocks[0]
    # Read at the function's entry (the scalars are its arguments), so that
    # the value dominates the epilogue wherever the batch loop puts it.
    entry = epilogue.parent.regions[0].blocks[0]
    with ir.InsertionPoint.at_block_begin(entry), epilogue.location:
        for index in scalars:
            value = tensor.ExtractOp(inputs[index], []).result
            body.arguments[index].replace_all_uses_with(value)
    for index in reversed(scalars):
        body.erase_argument(index)
    with ir.InsertionPoint(epilogue), epilogue.location:
        kept = [i for i in range(len(inputs)) if i not in scalars]
        generic = linalg.GenericOp([r.type for r in epilogue.results], [inputs[i] for i in kept],
                                   [list(epilogue.operands)[-1]],
                                   ir.ArrayAttr.get([ir.AffineMapAttr.get(maps[i]) for i in [*kept, len(inputs)]]),
                                   epilogue.attributes["iterator_types"])
    for name in (EPILOGUE,):
        if name in epilogue.attributes:
            generic.operation.attributes[name] = epilogue.attributes[name]
    body.append_to(generic.regions[0])
    epilogue.results[0].replace_all_uses_with(generic.results[0])
    epilogue.erase()
    return generic.operation


def _batch_to_loop(batch_matmul: Any, batch: int, epilogue: ir.Operation | None,
                   transposed: tuple[bool, bool]) -> tuple[Any, ir.Operation | None]:
    """Rewrites ``batch_matmul`` (its accumulator a zero fill) in place into
    an scf.for over the batch whose body slices A and B, fills an M x N
    accumulator and runs the user's matmul on it (A or B ``transposed`` as
    the batch matmul stores them), then its ``epilogue`` on
    that batch element (each operand sliced to the element when it is per
    batch element), inserting the result: the streaming-K schedule per batch
    element, the batch an outer loop of the launch. Returns the loop's
    linalg.matmul and its 2-D epilogue."""
    a, b = batch_matmul.inputs
    fill = batch_matmul.outputs[0].owner
    m, k = (_shape(a)[2], _shape(a)[1]) if transposed[0] else (_shape(a)[1], _shape(a)[2])
    n = _shape(b)[1] if transposed[1] else _shape(b)[2]
    acc = ir.RankedTensorType(batch_matmul.result.type).element_type
    final = batch_matmul.result if epilogue is None else epilogue.results[0]
    result_element = ir.RankedTensorType(final.type).element_type
    dynamic = ir.ShapedType.get_dynamic_size()
    index = ir.IndexType.get()
    with ir.InsertionPoint(batch_matmul.operation), batch_matmul.location:
        lower = arith.ConstantOp(index, 0).result
        upper = arith.ConstantOp(index, batch).result
        step = arith.ConstantOp(index, 1).result
        result = tensor.EmptyOp([batch, m, n], result_element).result
        loop = scf.ForOp(lower, upper, step, [result])
        with ir.InsertionPoint(loop.body):
            iv, carried = loop.induction_variable, loop.inner_iter_args[0]

            def slice_of(source: ir.Value, shape: list[int]) -> ir.Value:
                """Batch element ``iv`` of ``source`` (B x shape)."""
                rank = len(shape) + 1
                return tensor.ExtractSliceOp(
                    ir.RankedTensorType.get(shape, ir.RankedTensorType(source.type).element_type), source, [iv],
                    [], [], ir.DenseI64ArrayAttr.get([dynamic] + [0] * (rank - 1)),
                    ir.DenseI64ArrayAttr.get([1, *shape]), ir.DenseI64ArrayAttr.get([1] * rank)).result

            init = linalg.fill(fill.inputs[0], outs=[tensor.EmptyOp([m, n], acc).result])
            a_element = slice_of(a, [k, m] if transposed[0] else [m, k])
            b_element = slice_of(b, [n, k] if transposed[1] else [k, n])
            maps = None
            if any(transposed):
                a_map = next(text for text, t in _A_MAPS.items() if t == transposed[0])
                b_map = next(text for text, t in _B_MAPS.items() if t == transposed[1])
                maps = [ir.AffineMapAttr(ir.Attribute.parse(text)).value for text in (a_map, b_map, _C_MAP)]
            product = linalg.matmul(a_element, b_element, outs=[init], indexing_maps=maps)
            element_epilogue = None if epilogue is None else _epilogue_per_element(
                epilogue, batch_matmul.result, product, slice_of, m, n)
            value = product if element_epilogue is None else element_epilogue.results[0]
            inserted = tensor.InsertSliceOp(value, carried, [iv], [], [], ir.DenseI64ArrayAttr.get([dynamic, 0, 0]),
                                            ir.DenseI64ArrayAttr.get([1, m, n]),
                                            ir.DenseI64ArrayAttr.get([1, 1, 1])).result
            scf.YieldOp([inserted])
    final.replace_all_uses_with(loop.results[0])
    if epilogue is not None:
        epilogue.erase()
    batch_matmul.operation.erase()
    fill.operation.erase()
    return product.owner, element_epilogue


def _epilogue_per_element(epilogue: ir.Operation, batched: ir.Value, product: ir.Value,
                          slice_of: Callable[[ir.Value, list[int]], ir.Value], m: int, n: int) -> ir.Operation:
    """The batch matmul's ``epilogue`` (over (b, m, n)) as a 2-D epilogue of
    one batch element's ``product``: an operand read per batch element is
    sliced to the element, the batch dimension drops out of every map, and
    the body moves over."""
    maps = [ir.AffineMapAttr(attr).value for attr in ir.ArrayAttr(epilogue.attributes["indexing_maps"])]
    rename = {"d1": ir.AffineDimExpr.get(0), "d2": ir.AffineDimExpr.get(1)}
    inputs, element_maps = [], []
    for value, operand_map in zip(list(epilogue.operands)[:-1], maps, strict=False):
        results = [str(r) for r in operand_map.results]
        if value == batched:
            inputs.append(product)
        elif results[0] == "d0":
            inputs.append(slice_of(value, _shape(value)[1:]))
        else:
            inputs.append(value)
        element_maps.append(ir.AffineMap.get(2, 0, [rename[r] for r in results if r != "d0"]))
    element_maps.append(ir.AffineMap.get_identity(2))
    result_element = ir.RankedTensorType(epilogue.results[0].type).element_type
    empty = tensor.EmptyOp([m, n], result_element).result
    parallel = ir.Attribute.parse("#linalg.iterator_type<parallel>")
    generic = linalg.GenericOp([ir.RankedTensorType.get([m, n], result_element)], inputs, [empty],
                               ir.ArrayAttr.get([ir.AffineMapAttr.get(x) for x in element_maps]),
                               ir.ArrayAttr.get([parallel, parallel]))
    if EPILOGUE in epilogue.attributes:
        generic.operation.attributes[EPILOGUE] = epilogue.attributes[EPILOGUE]
    epilogue.regions[0].blocks[0].append_to(generic.regions[0])
    return generic.operation


def _alone(module: ir.Module, name: str) -> ir.Module:
    """A copy of ``module`` with only function ``name`` (others erased)."""
    copy = ir.Module.parse(str(module))
    for op in list(copy.body.operations):
        if op.operation.name == "func.func" and ir.StringAttr(op.attributes["sym_name"]).value != name:
            op.operation.erase()
    return copy


def find_matmul_functions(text: str, make_schedule: Callable[[int, int, int, str, str], Schedule],
                          skipped: Callable[[str], None] | None = None) -> list[MatmulFunction]:
    """Every matmul function of ``text`` (MLIR 22 text of linalg on
    tensors), each with the schedule ``make_schedule(m, n, k, dtype,
    acc_dtype)`` gives it. ``skipped`` hears the functions left on the host.
    Raises FrontendError naming the op for what herdflow cannot compile."""
    with ir.Context(), ir.Location.unknown():
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as error:
            raise FrontendError(f"the input does not parse: {error.error_diagnostics[0].message}"
                                if error.error_diagnostics else f"the input does not parse: {error}") from None
        PassManager.parse("builtin.module(func.func(linalg-specialize-generic-ops))").run(module.operation)
        if _has_consumers_of_matmuls(module):
            # Elementwise chains after a matmul become one epilogue; the
            # contraction and the fill are specialized again, the epilogue
            # stays generic (the specialize pass would split a broadcast
            # operand off it).
            PassManager.parse("builtin.module(func.func(linalg-generalize-named-ops,linalg-fuse-elementwise-ops,"
                              "canonicalize))").run(module.operation)
            _specialize_contractions_and_fills(module)
        found = []
        for op in module.body.operations:
            if op.operation.name != "func.func" or not op.regions[0].blocks:
                continue
            name = ir.StringAttr(op.attributes["sym_name"]).value
            checked = _check_function(name, op)
            if checked is None:
                if skipped:
                    skipped(f"@{name} has no matmul-like op: left on the host")
                continue
            matmul, epilogue = checked
            a, b = matmul.inputs
            batch = _shape(a)[0] if isinstance(matmul, linalg.BatchMatmulOp) else 0
            transposed = _transposition(name, matmul)
            a_shape, b_shape = _shape(a)[1 if batch else 0:], _shape(b)[1 if batch else 0:]
            m, k = (a_shape[1], a_shape[0]) if transposed[0] else (a_shape[0], a_shape[1])
            n = b_shape[0] if transposed[1] else b_shape[1]
            dtype, acc = _element(a), _element(matmul.result)
            if _element(b) != dtype or dtype not in INPUT_TYPES:
                raise _error(name, matmul.operation, f"inputs of types {dtype} and {_element(b)}; herdflow takes "
                             f"two inputs of one type: {', '.join(INPUT_TYPES)}")
            try:
                schedule = make_schedule(m, n, k, dtype, acc)
            except ScheduleError as error:
                raise _error(name, matmul.operation, str(error)) from None
            source = _alone(module, name)
            padded = _alone(module, name)
            function = next(f for f in padded.body.operations if f.operation.name == "func.func")
            inner, marked = _check_function(name, function)  # type: ignore[misc]
            if marked is not None:
                marked.attributes[EPILOGUE] = ir.UnitAttr.get()
                marked = _scalar_operands_to_values(marked)
            if batch or schedule.needs_padding:
                if batch:
                    inner, marked = _batch_to_loop(inner, batch, marked, transposed)
                if schedule.needs_padding:
                    product, sliced = _pad_to_schedule(inner, schedule, transposed)
                    if marked is not None and schedule.padded[:2] != (m, n):
                        _pad_epilogue(marked, product, sliced, schedule)
                PassManager.parse("builtin.module(func.func(canonicalize,cse))").run(padded.operation)
            operands: tuple[tuple[tuple[int, ...], str], ...] = ()
            result_dtype = acc
            if epilogue is not None:
                operands = tuple((tuple(_shape(v)), _element(v)) for v in list(op.regions[0].blocks[0].arguments)[2:])
                result_dtype = _element(epilogue.results[0])
            found.append(MatmulFunction(name, schedule, str(source), str(padded), transposed, batch, operands,
                                        result_dtype, epilogue is not None))
        if not found:
            raise FrontendError("the input has no function with a matmul-like op")
        return found


_SPECIALIZE = """module attributes { transform.with_named_sequence } {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match attributes{__herdflow_specialize__} in %root
      : (!transform.any_op) -> !transform.any_op
    %named = transform.structured.specialize %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}"""


def _specialize_contractions_and_fills(module: ir.Module) -> None:
    """Specializes each linalg.generic with a reduction loop or no input
    (the contraction and its fill) to its named op when upstream recognizes
    one; leaves the others generic."""
    from ..mlir.dialects.transform import interpreter

    script = ir.Module.parse(_SPECIALIZE)
    entry = next(iter(script.body.operations))
    for function in module.body.operations:
        if function.operation.name != "func.func" or not function.regions[0].blocks:
            continue
        for op in list(function.regions[0].blocks[0].operations):
            if op.operation.name != "linalg.generic":
                continue
            iterators = str(op.operation.attributes["iterator_types"])
            if "reduction" not in iterators and len(op.inputs) != 0:
                continue
            op.operation.attributes["__herdflow_specialize__"] = ir.UnitAttr.get()
            # Not a named op: it stays generic, and _check_function says why.
            with contextlib.suppress(ir.MLIRError, ValueError):
                interpreter.apply_named_sequence(module, entry, script)
            for marked in function.regions[0].blocks[0].operations:
                if "__herdflow_specialize__" in marked.operation.attributes:
                    del marked.operation.attributes["__herdflow_specialize__"]


def _has_consumers_of_matmuls(module: ir.Module) -> bool:
    for function in module.body.operations:
        if function.operation.name != "func.func" or not function.regions[0].blocks:
            continue
        for op in function.regions[0].blocks[0].operations:
            if isinstance(op, (linalg.MatmulOp, linalg.BatchMatmulOp)) and any(
                    use.owner.name != "func.return" for use in op.result.uses):
                return True
    return False
