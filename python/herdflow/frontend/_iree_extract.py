"""Run by herdflow.frontend.dispatches in IREE's own process (iree-base-compiler
3.13, LLVM 24git): never imports herdflow's MLIR 22 bindings.

Reads the executable sources iree-compile writes (``--compile-to=
executable-sources`` or ``--iree-hal-dump-executable-sources-to``) on stdin
and prints, in generic form, one plain ``func.func`` per dispatch function:
each full ``iree_tensor_ext.dispatch.tensor.load`` of a binding becomes an
argument (in binding order), each full ``dispatch.tensor.store`` a result,
and the ``hal.interface.binding.subspan`` ops go. A dispatch that loads or
stores a part of a binding, or keeps any other IREE op, is reported on
stderr (one line, naming the op) with exit status 2.
"""

from __future__ import annotations

import re
import sys

from iree.compiler import ir
from iree.compiler.dialects import func as func_dialect

UPSTREAM = ("arith", "builtin", "func", "linalg", "math", "tensor")
SUBSPAN = "hal.interface.binding.subspan"
LOAD = "iree_tensor_ext.dispatch.tensor.load"
STORE = "iree_tensor_ext.dispatch.tensor.store"


class Refused(Exception):
    pass


def _ints(op: ir.Operation, name: str) -> list[int]:
    return list(ir.DenseI64ArrayAttr(op.attributes[name]))


def _binding_shape(binding: ir.Value) -> list[int] | None:
    """The static shape of the tensor a ``!iree_tensor_ext.dispatch.tensor``
    binding holds (read from the type's text: the bindings have no Python
    type class), None when it is dynamic or unreadable."""
    match = re.search(r":tensor<((?:\d+x)*)[a-z]", str(binding.type))  # the tensor in <access:tensor<...>>
    if match is None:
        return None
    return [int(d) for d in match.group(1).rstrip("x").split("x") if d]  # [] for a 0-d tensor


def _is_whole(op: ir.Operation, binding: ir.Value, tensor_type: ir.RankedTensorType) -> bool:
    """A load or store of the whole binding: offsets 0, sizes the binding's
    shape (and the tensor's), strides 1, nothing dynamic."""
    shape = list(tensor_type.shape)
    return (_binding_shape(binding) == shape and _ints(op, "static_offsets") == [0] * len(shape)
            and _ints(op, "static_sizes") == shape and _ints(op, "static_strides") == [1] * len(shape))


def _binding(op: ir.Operation) -> int:
    return int(ir.IntegerAttr(op.attributes["binding"]).value)


def _extract(function: ir.Operation, name: str) -> str:
    block = function.regions[0].blocks[0]
    subspans, loads, stores = {}, [], []
    for view in block.operations:
        op = view.operation
        if op.name == SUBSPAN:
            subspans[op.results[0]] = _binding(op)
        elif op.name == LOAD:
            loads.append(op)
        elif op.name == STORE:
            stores.append(op)
        else:
            dialect = op.name.partition(".")[0]
            nested = [o.operation.name for r in op.regions for b in r.blocks for o in b.operations]
            foreign = [n for n in [op.name, *nested] if n.partition(".")[0] not in UPSTREAM]
            if foreign or dialect not in UPSTREAM:
                raise Refused(f"@{name}: {foreign[0] if foreign else op.name} is not an upstream op")
    arguments = []
    for load in sorted(loads, key=lambda op: subspans.get(op.operands[0], -1)):
        result_type = ir.RankedTensorType(load.results[0].type)
        if load.operands[0] not in subspans or len(load.operands) != 1 \
                or not _is_whole(load, load.operands[0], result_type):
            raise Refused(f"@{name}: {LOAD} of a part of a binding (herdflow takes whole tensors)")
        argument = block.add_argument(result_type, load.location)
        load.results[0].replace_all_uses_with(argument)
        arguments.append(argument)
        load.erase()
    results = []
    for store in sorted(stores, key=lambda op: subspans.get(op.operands[1], -1)):
        value_type = ir.RankedTensorType(store.operands[0].type)
        if store.operands[1] not in subspans or len(store.operands) != 2 \
                or not _is_whole(store, store.operands[1], value_type):
            raise Refused(f"@{name}: {STORE} of a part of a binding (herdflow takes whole tensors)")
        results.append(store.operands[0])
        store.erase()
    if not results:
        raise Refused(f"@{name}: stores nothing")
    for view in list(block.operations):
        if view.operation.name == SUBSPAN:
            view.operation.erase()
    terminator = list(block.operations)[-1].operation
    with ir.InsertionPoint(terminator), terminator.location:
        func_dialect.ReturnOp(results)
    terminator.erase()
    function.attributes["function_type"] = ir.TypeAttr.get(
        ir.FunctionType.get([a.type for a in arguments], [r.type for r in results]))
    text: str = function.get_asm(print_generic_op_form=True)
    return text


def main() -> int:
    text = sys.stdin.read()
    with ir.Context():
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError as error:
            print(f"iree cannot parse the input: {error}".splitlines()[0], file=sys.stderr)
            return 2
        functions = []

        def collect(op: ir.Operation) -> ir.WalkResult:
            if op.name == "func.func" and op.parent is not None and op.parent.name == "builtin.module" \
                    and op.parent.parent is not None and op.parent.parent.name == "hal.executable.variant":
                functions.append(op)
            return ir.WalkResult.ADVANCE

        module.operation.walk(collect)
        if not functions:
            print("no dispatch function (func.func in a hal.executable.variant) in the input", file=sys.stderr)
            return 2
        try:
            bodies = [_extract(f, ir.StringAttr(f.attributes["sym_name"]).value) for f in functions]
        except Refused as refusal:
            print(str(refusal), file=sys.stderr)
            return 2
    print('"builtin.module"() ({')
    for body in bodies:
        print(body)
    print("}) : () -> ()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
