"""Structure-aware mutations of an MLIR module, with herdflow's bindings.

Each mutation is a small function `(module, state) -> description | None`
(None: it found nothing to apply to). They keep the IR well formed enough
to print (never a dangling use); whether it still verifies is aie-opt's
call, and mutants it rejects are discarded by the caller.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass

from herdflow.mlir import ir

from .ir_edit import (
    ASYNC_OPS,
    CHANNEL_TYPES,
    ELEMENT_TYPES,
    HIERARCHY,
    INT64_MIN,
    ISOLATED,
    STRUCTURAL_USERS,
    VIEW_OPS,
    Mutation,
    State,
    attributes_of,
    constant,
    escapes,
    func_of,
    has_uses,
    index_type,
    is_terminator,
    memref_args,
    movable,
    new_token,
    parent_op,
    rebuild,
    segment_sizes,
    token_type,
    update_function_type,
    visible_values,
    walk_ops,
    wrap,
)

log = logging.getLogger(__name__)

def delete_op(module: ir.Module, state: State) -> str | None:
    op = state.rng.choice(movable(walk_ops(module)) or [None])
    if op is None:
        return None
    for result in op.results:
        if has_uses(result):
            same = [v for v in visible_values(op) if v.type == result.type]
            if not same:
                return None
            result.replace_all_uses_with(state.rng.choice(same))
    name = op.name
    op.erase()
    return f"delete {name}"


def duplicate_op(module: ir.Module, state: State) -> str | None:
    op = state.rng.choice(movable(walk_ops(module)) or [None])
    if op is None:
        return None
    clone = op.clone(ip=ir.InsertionPoint(op))
    if "sym_name" in clone.attributes and op.name == "air.channel":
        clone.attributes["sym_name"] = ir.StringAttr.get(ir.StringAttr(op.attributes["sym_name"]).value + "_dup")
    if state.rng.random() < 0.5:
        for old, new in zip(op.results, clone.results, strict=True):
            old.replace_all_uses_with(new)
    return f"duplicate {op.name}"


def move_op(module: ir.Module, state: State) -> str | None:
    """Within the block, or one level out (hoist) or in (sink)."""
    rng = state.rng
    op = rng.choice(movable(walk_ops(module)) or [None])
    if op is None:
        return None
    siblings = [o.operation for o in op.block.operations]
    how = rng.choice(("within", "within", "hoist", "sink"))
    if how == "hoist":
        parent = parent_op(op)
        if parent is None or parent.name in ISOLATED:
            return None
        op.move_before(parent)
        return f"hoist {op.name} above {parent.name}"
    if how == "sink":
        regions = [o for o in siblings if o != op and len(o.regions) and len(o.regions[0].blocks)]
        if not regions:
            return None
        target = rng.choice(regions)
        first = target.regions[0].blocks[0].operations[0].operation
        op.move_before(first)
        return f"sink {op.name} into {target.name}"
    others = [o for o in siblings if o != op]
    if not others:
        return None
    target = rng.choice(others)
    if is_terminator(target) or rng.random() < 0.5:
        op.move_before(target)
    else:
        op.move_after(target)
    return f"move {op.name} next to {target.name}"


def swap_operands(module: ir.Module, state: State) -> str | None:
    candidates = []
    for op in walk_ops(module):
        operands = list(op.operands)
        pairs = [(i, j) for i in range(len(operands)) for j in range(i + 1, len(operands))
                 if operands[i].type == operands[j].type and operands[i] != operands[j]]
        if pairs:
            candidates.append((op, pairs))
    if not candidates:
        return None
    op, pairs = state.rng.choice(candidates)
    i, j = state.rng.choice(pairs)
    a, b = op.operands[i], op.operands[j]
    op.operands[i] = b
    op.operands[j] = a
    return f"swap operands {i},{j} of {op.name}"


def rewire_operand(module: ir.Module, state: State) -> str | None:
    """An operand replaced by another visible value of the same type."""
    ops = [op for op in walk_ops(module) if len(op.operands)]
    for _ in range(8):
        if not ops:
            return None
        op = state.rng.choice(ops)
        index = state.rng.randrange(len(op.operands))
        current = op.operands[index]
        same = [v for v in visible_values(op) if v.type == current.type and v != current]
        if same:
            op.operands[index] = state.rng.choice(same)
            return f"rewire operand {index} of {op.name}"
    return None


def set_constant(module: ir.Module, state: State) -> str | None:
    """An integer arith.constant gets an interesting value; those feeding
    loop bounds, herd sizes and DMA patterns are picked more often."""
    weighted = []
    for op in walk_ops(module):
        if op.name != "arith.constant" or not isinstance(op.attributes["value"], ir.IntegerAttr):
            continue
        users = {use.owner.operation.name for use in op.results[0].uses}
        weighted += [op] * (4 if users & set(STRUCTURAL_USERS) else 1)
    if not weighted:
        return None
    op = state.rng.choice(weighted)
    attr = ir.IntegerAttr(op.attributes["value"])
    value = state.value(attr.value)
    op.attributes["value"] = ir.IntegerAttr.get(attr.type, wrap(value, attr.type))
    return f"constant {attr.value} -> {value}"


def constant_operand(module: ir.Module, state: State) -> str | None:
    """An index operand of a loop, herd, view or transfer becomes a new constant."""
    candidates = [(op, i) for op in walk_ops(module) if op.name in STRUCTURAL_USERS
                  for i, v in enumerate(op.operands) if isinstance(v.type, ir.IndexType)]
    if not candidates:
        return None
    op, index = state.rng.choice(candidates)
    value = state.value(state.rng.choice((None, 2, 4, 8, 16)))
    op.operands[index] = constant(value, index_type(), ir.InsertionPoint(op))
    return f"operand {index} of {op.name} -> constant {value}"


def _integer_like(attr: ir.Attribute) -> bool:
    """A non-empty integer array, or an integer that is not a boolean."""
    if isinstance(attr, ir.DenseI64ArrayAttr):
        return len(attr) > 0
    if isinstance(attr, ir.ArrayAttr):
        return len(attr) > 0 and all(isinstance(a, ir.IntegerAttr) for a in attr)
    if isinstance(attr, ir.IntegerAttr):
        return not (isinstance(attr.type, ir.IntegerType) and ir.IntegerType(attr.type).width == 1)
    return False


def int_array_attr(module: ir.Module, state: State) -> str | None:
    """One entry of a static offset/size/stride list (or any other integer
    array or integer attribute) changes."""
    candidates = []
    for op in walk_ops(module):
        for name in op.attributes:
            attr = op.attributes[name]
            if name in ("operandSegmentSizes", "resultSegmentSizes", "value"):
                continue
            if _integer_like(attr):
                candidates.append((op, name))
    if not candidates:
        return None
    op, name = state.rng.choice(candidates)
    attr = op.attributes[name]
    if isinstance(attr, ir.IntegerAttr):
        value = state.value(attr.value)
        op.attributes[name] = ir.IntegerAttr.get(attr.type, wrap(value, attr.type))
        return f"{op.name} {name} {attr.value} -> {value}"
    values = [int(v) for v in attr] if isinstance(attr, ir.DenseI64ArrayAttr) else \
        [ir.IntegerAttr(a).value for a in attr]
    positions = [i for i, v in enumerate(values) if v != INT64_MIN]  # INT64_MIN: dynamic entry
    if not positions:
        return None
    position = state.rng.choice(positions)
    old = values[position]
    values[position] = wrap(state.value(old), index_type())
    if isinstance(attr, ir.DenseI64ArrayAttr):
        op.attributes[name] = ir.DenseI64ArrayAttr.get(values)
    else:
        i64 = ir.IntegerType.get_signless(64)
        op.attributes[name] = ir.ArrayAttr.get([ir.IntegerAttr.get(i64, v) for v in values])
    return f"{op.name} {name}[{position}] {old} -> {values[position]}"


def _with_space(type_: ir.MemRefType, space: int | None) -> ir.MemRefType:
    attr = None if space is None else ir.IntegerAttr.get(ir.IntegerType.get_signless(64), space)
    return ir.MemRefType.get(type_.shape, type_.element_type, layout=type_.layout, memory_space=attr)


def _kernel_block_arg(user: ir.Operation, operand_number: int) -> ir.Value | None:
    """The block argument of an AIR hierarchy op bound to operand `operand_number`."""
    sizes = segment_sizes(user)
    if sizes is None or len(sizes) != 3 or not len(user.regions[0].blocks):
        return None
    kernel_index = operand_number - sizes[0] - sizes[1]
    if kernel_index < 0:
        return None
    arguments = user.regions[0].blocks[0].arguments
    position = len(arguments) - sizes[2] + kernel_index
    return arguments[position] if 0 <= position < len(arguments) else None


def _buffer_roots(module: ir.Module) -> list[ir.Value]:
    ops = walk_ops(module)
    roots = [op.results[0] for op in ops if op.name in ("memref.alloc", "memref.alloca")]
    return roots + [a for a in memref_args(module, ops) if isinstance(a.type, ir.MemRefType)]


def _retype_buffer(root: ir.Value, change: Callable[[ir.MemRefType], ir.MemRefType]) -> None:
    """`change` applied to `root`'s type, its views' and the AIR hierarchy
    arguments bound to them (and to the function type for an argument)."""
    worklist, seen = [root], 0
    while worklist and seen < 1000:
        value = worklist.pop()
        seen += 1
        value.set_type(change(ir.MemRefType(value.type)))
        for use in list(value.uses):
            user = use.owner.operation
            if user.name in VIEW_OPS and use.operand_number == 0:
                worklist += [r for r in user.results if isinstance(r.type, ir.MemRefType)]
            elif user.name in HIERARCHY and (arg := _kernel_block_arg(user, use.operand_number)) is not None:
                worklist.append(arg)
    if isinstance(root, ir.BlockArgument) and (func := func_of(root)) is not None:
        update_function_type(func)


def memory_space(module: ir.Module, state: State) -> str | None:
    """A buffer (alloc or function argument) moves to another memory space."""
    roots = _buffer_roots(module)
    if not roots:
        return None
    root = state.rng.choice(roots)
    old = ir.MemRefType(root.type).memory_space
    space = state.rng.choice([s for s in (None, 0, 1, 2) if str(s) != str(old)])
    _retype_buffer(root, lambda t: _with_space(t, space))
    return f"memory space {old} -> {space}"


def element_type(module: ir.Module, state: State) -> str | None:
    """A buffer gets another element type, unusual ones included (index,
    vectors, complex, sub-byte), which only the transfers may not mind."""
    roots = _buffer_roots(module)
    if not roots:
        return None
    root = state.rng.choice(roots)
    old = ir.MemRefType(root.type).element_type
    new = ir.Type.parse(state.rng.choice(ELEMENT_TYPES))

    def change(t: ir.MemRefType) -> ir.MemRefType:
        return ir.MemRefType.get(t.shape, new, layout=t.layout, memory_space=t.memory_space)

    _retype_buffer(root, change)
    return f"element type {old} -> {new}"


def _follow_shape(root: ir.Value) -> None:
    """Carries `root`'s new shape to the buffers that must match it: the
    result of bufferization.to_buffer and the AIR hierarchy arguments."""
    worklist, seen = [root], 0
    while worklist and seen < 1000:
        value = worklist.pop()
        seen += 1
        shape = ir.ShapedType(value.type).shape
        for use in list(value.uses):
            user = use.owner.operation
            if user.name == "bufferization.to_buffer":
                old = ir.MemRefType(user.results[0].type)
                user.results[0].set_type(ir.MemRefType.get(shape, old.element_type, layout=old.layout,
                                                           memory_space=old.memory_space))
                worklist.append(user.results[0])
            elif user.name in HIERARCHY and (arg := _kernel_block_arg(user, use.operand_number)) is not None:
                arg.set_type(value.type)
                worklist.append(arg)


def change_shape(module: ir.Module, state: State) -> str | None:
    """A buffer (static alloc, function argument) changes one dimension;
    mostly the outermost and mostly growing, which keeps row-major strides
    and static views valid."""
    ops = walk_ops(module)
    roots = [op.results[0] for op in ops if op.name == "memref.alloc" and not len(op.operands)]
    roots += [a for a in memref_args(module, ops) if isinstance(a.type, (ir.MemRefType, ir.RankedTensorType))]
    roots = [r for r in roots if ir.ShapedType(r.type).rank > 0]
    if not roots:
        return None
    rng = state.rng
    root = rng.choice(roots)
    type_ = ir.ShapedType(root.type)
    shape = list(type_.shape)
    dim = 0 if rng.random() < 0.7 else rng.randrange(len(shape))
    old = shape[dim]
    dynamic = ir.ShapedType.get_dynamic_size()
    choices = [old * 2, old * 2, old + 1, 1, max(1, old // 2)] if old != dynamic else [1, 8]
    if isinstance(root, ir.BlockArgument):
        choices.append(dynamic)
    shape[dim] = rng.choice(choices)
    if isinstance(root.type, ir.MemRefType):
        memref = ir.MemRefType(root.type)
        # An identity map would keep the old rank; a strided layout stays as is.
        layout = None if isinstance(memref.layout, ir.AffineMapAttr) else memref.layout
        new_type = ir.MemRefType.get(shape, memref.element_type, layout=layout, memory_space=memref.memory_space)
    else:
        new_type = ir.RankedTensorType.get(shape, type_.element_type)
    root.set_type(new_type)
    _follow_shape(root)
    if isinstance(root, ir.BlockArgument) and (func := func_of(root)) is not None:
        update_function_type(func)
    return f"shape {type_} -> {new_type}"


def _mapping_variant(state: State, text: str) -> str:
    rng = state.rng
    kind, _, dim = text.partition("<")
    dim = dim.rstrip(">")
    how = rng.choice(("kind", "dim", "both"))
    if how in ("kind", "both"):
        kind = rng.choice([k for k in ("#gpu.thread", "#gpu.block", "#gpu.warp") if k != kind])
    if how in ("dim", "both"):
        dim = rng.choice(("x", "y", "z"))
    return f"{kind}<{dim}>"


def toggle_attr(module: ir.Module, state: State) -> str | None:
    """Channel broadcast shapes and types, forall mappings, herdflow.* hints,
    and any other attribute (dropped)."""
    rng = state.rng
    ops = walk_ops(module)
    choice = rng.choice(("channel", "mapping", "herdflow", "drop"))
    if choice == "channel":
        channels = [op for op in ops if op.name == "air.channel"]
        if not channels:
            return None
        op = rng.choice(channels)
        size = [ir.IntegerAttr(a).value for a in op.attributes["size"]]
        what = rng.choice(("broadcast", "broadcast", "type"))
        if what == "broadcast":
            if "broadcast_shape" in op.attributes and rng.random() < 0.4:
                del op.attributes["broadcast_shape"]
                return "drop broadcast_shape"
            shape = [rng.choice((s, s, 1, 2, 4, 0)) for s in size]
            i64 = ir.IntegerType.get_signless(64)
            op.attributes["broadcast_shape"] = ir.ArrayAttr.get([ir.IntegerAttr.get(i64, s) for s in shape])
            return f"broadcast_shape {shape}"
        if "channel_type" in op.attributes and rng.random() < 0.4:
            del op.attributes["channel_type"]
            return "drop channel_type"
        value = rng.choice(CHANNEL_TYPES)
        op.attributes["channel_type"] = ir.StringAttr.get(value)
        return f"channel_type {value}"
    if choice == "mapping":
        foralls = [op for op in ops if op.name == "scf.forall"]
        if not foralls:
            return None
        op = rng.choice(foralls)
        if "mapping" in op.attributes and rng.random() < 0.2:
            del op.attributes["mapping"]
            return "drop forall mapping"
        rank = len(ir.DenseI64ArrayAttr(op.attributes["staticUpperBound"]))
        old = [str(a) for a in op.attributes["mapping"]] if "mapping" in op.attributes else \
            ["#gpu.thread<x>", "#gpu.thread<y>", "#gpu.thread<z>"][:rank]
        position = rng.randrange(len(old))
        old[position] = _mapping_variant(state, old[position])
        op.attributes["mapping"] = ir.ArrayAttr.get([ir.Attribute.parse(a) for a in old])
        return f"forall mapping -> [{', '.join(old)}]"
    if choice == "herdflow":
        tagged = [(op, n) for op in ops for n in op.attributes if n.startswith("herdflow.")]
        if tagged and rng.random() < 0.6:
            op, name = rng.choice(tagged)
            if rng.random() < 0.4:
                del op.attributes[name]
                return f"drop {name}"
            number = state.value(rng.choice((0, 1, 2, 3)))
            op.attributes[name] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), number)
            return f"{name} = {number}"
        targets = [op for op in ops if op.name in ("memref.alloc", "air.dma_memcpy_nd")]
        if not targets:
            return None
        op = rng.choice(targets)
        name = "herdflow.memtile" if op.name == "memref.alloc" else "herdflow.dma_channel"
        number = rng.choice((0, 1, 2, 3, 7, -1))
        op.attributes[name] = ir.IntegerAttr.get(ir.IntegerType.get_signless(64), number)
        return f"add {name} = {number}"
    named = [(op, n) for op in ops for n in op.attributes
             if n not in ("operandSegmentSizes", "function_type", "sym_name")]
    if not named:
        return None
    op, name = rng.choice(named)
    del op.attributes[name]
    return f"drop {op.name} {name}"


def wrap_ops(module: ir.Module, state: State) -> str | None:
    """A run of ops (whose results are not used after it) nested in an
    scf.for (0..2 trips), an scf.if (constant or first-iteration condition)
    or a one- or two-element scf.forall with a gpu mapping."""
    rng = state.rng
    op = rng.choice(movable(walk_ops(module)) or [None])
    if op is None:
        return None
    siblings = [o.operation for o in op.block.operations]
    start = next(i for i, o in enumerate(siblings) if o == op)
    end = start + 1
    while end < len(siblings) and not is_terminator(siblings[end]) and rng.random() < 0.5:
        end += 1
    members = siblings[start:end]
    if escapes(members):
        return None
    ip = ir.InsertionPoint(members[0])
    kind = rng.choice(("for", "if", "forall"))
    if kind == "for":
        trips = rng.choice((0, 1, 2))
        bounds = [constant(0, index_type(), ip), constant(trips, index_type(), ip), constant(1, index_type(), ip)]
        wrapper = ir.Operation.create("scf.for", operands=bounds, regions=1, ip=ip)
        body = wrapper.regions[0].blocks.append(index_type())
        terminator = ir.Operation.create("scf.yield", ip=ir.InsertionPoint(body))
        what = f"scf.for of {trips} trips"
    elif kind == "if":
        loops = []
        parent = parent_op(op)
        while parent is not None and parent.name not in ISOLATED:
            if parent.name == "scf.for":
                loops.append(parent)
            parent = parent_op(parent)
        if loops and rng.random() < 0.6:
            loop = rng.choice(loops)
            iv = loop.regions[0].blocks[0].arguments[0]
            condition = ir.Operation.create(
                "arith.cmpi", results=[ir.IntegerType.get_signless(1)], operands=[iv, loop.operands[0]],
                attributes={"predicate": ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 0)}, ip=ip).results[0]
            what = "scf.if on the first iteration"
        else:
            flag = rng.random() < 0.7
            condition = constant(1 if flag else 0, ir.IntegerType.get_signless(1), ip)
            what = f"scf.if {str(flag).lower()}"
        wrapper = ir.Operation.create("scf.if", operands=[condition], regions=2, ip=ip)
        body = wrapper.regions[0].blocks.append()
        terminator = ir.Operation.create("scf.yield", ip=ir.InsertionPoint(body))
    else:
        mapping = rng.choice(("#gpu.thread<x>", "#gpu.block<x>", "#gpu.thread<y>", "#gpu.block<y>"))
        trips = rng.choice((1, 2))
        wrapper = ir.Operation.create("scf.forall", regions=1, ip=ip, attributes={
            "staticLowerBound": ir.DenseI64ArrayAttr.get([0]),
            "staticUpperBound": ir.DenseI64ArrayAttr.get([trips]),
            "staticStep": ir.DenseI64ArrayAttr.get([1]),
            "operandSegmentSizes": ir.DenseI32ArrayAttr.get([0, 0, 0, 0]),
            "mapping": ir.ArrayAttr.get([ir.Attribute.parse(mapping)]),
        })
        body = wrapper.regions[0].blocks.append(index_type())
        terminator = ir.Operation.create("scf.forall.in_parallel", regions=1, ip=ir.InsertionPoint(body))
        terminator.regions[0].blocks.append()
        what = f"scf.forall ({trips}) {mapping}"
    for member in members:
        member.move_before(terminator)
    return f"wrap {len(members)} op(s) from {op.name} in {what}"


def async_token(module: ir.Module, state: State) -> str | None:
    """AIR ops gain or lose their async token, or a dependency."""
    rng = state.rng
    ops = [op for op in walk_ops(module) if op.name in ASYNC_OPS]
    if not ops:
        return None
    op = rng.choice(ops)
    operands = list(op.operands)
    attributes = attributes_of(op)
    sizes = segment_sizes(op)
    deps = sizes[0] if sizes is not None else len(operands)
    results = [r.type for r in op.results]
    what = rng.choice(("add-dep", "drop-dep", "toggle-result"))
    if what == "add-dep":
        tokens = [v for v in visible_values(op) if str(v.type) == "!air.async.token"]
        token = rng.choice(tokens) if tokens and rng.random() < 0.7 else new_token(ir.InsertionPoint(op))
        operands.insert(0, token)
        deps += 1
    elif what == "drop-dep":
        if deps == 0:
            return None
        del operands[rng.randrange(deps)]
        deps -= 1
    if sizes is not None:
        attributes["operandSegmentSizes"] = ir.DenseI32ArrayAttr.get([deps, *sizes[1:]])
    if what == "toggle-result":
        if results:
            if has_uses(op.results[0]):
                op.results[0].replace_all_uses_with(new_token(ir.InsertionPoint(op)))
            results = []
        else:
            results = [token_type()]
    new = rebuild(op, operands, results, attributes)
    for old, replacement in zip(op.results, new.results, strict=False):
        old.replace_all_uses_with(replacement)
    name = op.name
    op.erase()
    return f"{what} on {name}"


MUTATIONS: tuple[tuple[Mutation, int], ...] = (
    (delete_op, 3), (duplicate_op, 2), (move_op, 3), (swap_operands, 2), (rewire_operand, 2),
    (set_constant, 4), (constant_operand, 3), (int_array_attr, 3), (memory_space, 2), (change_shape, 2),
    (element_type, 1), (toggle_attr, 3), (wrap_ops, 3), (async_token, 2),
)


@dataclass
class Mutant:
    text: str
    steps: list[str]
    huge: bool


def mutate(text: str, rng: random.Random, count: int) -> Mutant | None:
    """`count` mutations of `text` (generic form, unverified), or None when
    none applied."""
    state = State(rng)
    functions = [m for m, _ in MUTATIONS]
    weights = [w for _, w in MUTATIONS]
    with ir.Context(), ir.Location.unknown():
        try:
            module = ir.Module.parse(text)
        except ir.MLIRError:
            # A seed the bindings cannot read (e.g. an op the installed
            # package does not have yet) gives no mutants.
            return None
        for _ in range(count):
            for _attempt in range(6):
                mutation = rng.choices(functions, weights)[0]
                try:
                    step = mutation(module, state)
                except Exception as error:  # a builder refused this instance; try another
                    log.debug("%s failed: %s", mutation.__name__, error)
                    step = None
                if step:
                    state.steps.append(f"{mutation.__name__}: {step}")
                    break
        if not state.steps:
            return None
        printed = module.operation.get_asm(print_generic_op_form=True, assume_verified=True)
    return Mutant(str(printed), state.steps, state.huge)
