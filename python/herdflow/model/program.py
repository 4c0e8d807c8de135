"""From a channel-form AIR module to the tasks the array runs.

Interprets the module the way the array runs it: the segment's program and
each herd core's program are unrolled (loops have static bounds), one launch
iteration after another on one placed segment. Each transfer becomes a task
on the hardware channels it occupies; each compute op a task on its core.
Dependencies follow the data: a transfer out of a buffer waits for what
filled it, a transfer into a buffer slot waits until the contents the slot
held `depth` allocations ago were consumed (double buffering at depth 2), a
channel's put and the matching gets (FIFO order per stream, one transfer for
a broadcast) are one task. Tasks on one resource run in program order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import ModelError
from ..ir_utils import LEVEL_NAMES, constant_int, memory_level
from ..mlir import ir
from ..mlir._mlir_libs import _herdflow
from ..mlir.dialects import air, linalg, memref, scf
from ..target import TargetDescription

__all__ = ["MAX_WORK", "ModelError", "Parameters", "ProgramBuilder", "Task"]

# The model interprets the program op by op (loops unrolled, each core's
# program once per core): at most this many op visits per launch iteration,
# so that a loop of 2**40 trips is refused at once instead of running for
# hours. The largest schedule of benchmarks/model.py needs 1.5e5 (4 s in
# all); 1e6 takes about half a minute.
MAX_WORK = 1_000_000

Env = dict[Any, Any]

# Iterations interpreted at least before the later ones may be copied.
_REPLICATE_FROM = 3

# What the interpretation does with an op (ProgramBuilder._plan).
_FOR, _BLOCK, _EXECUTE, _ALLOC, _DMA, _PUT, _GET, _GENERIC, _FILL, _TRANSPOSE, _HERD = range(11)
_KINDS: list[tuple[type, int]] = [
    (memref.AllocOp, _ALLOC), (air.DmaMemcpyNdOp, _DMA), (air.ChannelPutOp, _PUT), (air.ChannelGetOp, _GET),
    (linalg.GenericOp, _GENERIC), (linalg.FillOp, _FILL), (linalg.TransposeOp, _TRANSPOSE), (air.HerdOp, _HERD),
]

# The tile whose DMA serves each memory level (0 = L3, 1 = L2, 2 = L1).
_TILE_KINDS = {0: "shim", 1: "memtile", 2: "core"}


@dataclass
class Task:
    id: int
    kind: str  # "transfer", "compute"
    name: str
    duration: float
    resources: list[str]
    deps: set[int] = field(default_factory=set)
    bytes: int = 0
    # How many receivers take the transfer's bytes: 1 for a DMA, one per get
    # of a channel message (each core of a broadcast). Traffic is counted
    # into each receiver, as aie-check-resources counts it.
    receivers: int = 1
    levels: str = ""  # "L3->L2", ...
    macs: int = 0
    launch: int = 0
    # Bytes through DDR (a shim transfer): moved after `duration` (the
    # transfer's setup) at the DDR share simulate() gives it over time.
    ddr_bytes: int = 0


@dataclass
class Parameters:
    """The model's parameters; each is printed in the report."""

    clock_ghz: float
    bytes_per_cycle: float  # per channel
    ddr_bytes_per_cycle: float  # shared by all segment copies' shim transfers in flight
    macs_per_cycle: dict[str, float]  # per input type, times efficiency
    elementwise_bits_per_cycle: float  # an epilogue's vector rate
    store_bits_per_cycle: float  # a transpose within L1 (the core-side shuffle)
    efficiencies: dict[str, float]  # per input type: the kernel kind's compute efficiency
    kernel: str  # "direct" or "external"
    setup_cycles: float  # per shim (L3 <-> L2) transfer
    depth: int
    segments: int


class _Instance:
    """One allocation of a buffer: who filled it, who read it, and its place
    in the allocation site's history (its slot is index mod depth)."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.writers: set[int] = set()  # the last write, or the last writes of disjoint regions
        self.readers: set[int] = set()  # reads since the last write
        # The box of elements each writer wrote, where known (see _writes).
        self.regions: dict[int, tuple[tuple[int, int], ...]] = {}


def _memref_type(value: ir.Value, what: str) -> ir.MemRefType:
    if not isinstance(value.type, ir.MemRefType):
        raise ModelError(f"{what} is {value.type}, not a memref; the model reads bufferized AIR")
    memref = ir.MemRefType(value.type)
    if not memref.has_static_shape:
        raise ModelError(f"{what} has the dynamic shape {memref}; the model needs static shapes")
    return memref


def _element_bytes(value: ir.Value) -> int:
    element = _memref_type(value, "a transferred buffer").element_type
    if not isinstance(element, (ir.IntegerType, ir.FloatType)):
        raise ModelError(f"element type {element} is outside the model's subset (integers and floats)")
    return max(1, int(element.width) // 8)


def level(value: ir.Value) -> int:
    """The memory level of a memref (0 = L3, 1 = L2, 2 = L1); ModelError for
    anything else."""
    try:
        found = memory_level(value)
    except ValueError as error:
        raise ModelError(str(error)) from None
    if found is None:
        raise ModelError(f"a transfer operand is {value.type}, not a memref")
    if found not in LEVEL_NAMES:
        raise ModelError(f"memory space {found} is not a level the model knows (0 = L3, 1 = L2, 2 = L1)")
    return found


def _side_bytes(op: ir.OpView, buffer: ir.Value, sizes_attr: ir.DenseI64ArrayAttr,
                strides_attr: ir.DenseI64ArrayAttr, target: TargetDescription) -> int:
    """Bytes one side of a transfer moves; ModelError when its pattern is
    dynamic or does not fit the DMA of its buffer's tile (the fit
    aie-check-resources applies, through the bindings)."""
    sizes, strides = list(sizes_attr), list(strides_attr)
    if any(value < 0 for value in sizes + strides):
        raise ModelError(f"{op.name} has a dynamic size or stride; the model needs static transfer patterns")
    memref = _memref_type(buffer, f"the buffer of {op.name}")
    kind = _TILE_KINDS[level(buffer)]
    why_not = _herdflow.fit_dma_pattern(sizes, strides, math.prod(memref.shape), memref.element_type,
                                        target.name, kind)
    if why_not is not None:
        raise ModelError(f"{op.name} on a {kind} DMA: {why_not}")
    count: int = math.prod(sizes) if sizes else math.prod(memref.shape)
    return count * _element_bytes(buffer)


def _static_box(offsets_attr: ir.DenseI64ArrayAttr, sizes_attr: ir.DenseI64ArrayAttr,
                strides_attr: ir.DenseI64ArrayAttr, buffer: ir.Value) -> tuple[tuple[int, int], ...] | None:
    """Per dimension of ``buffer`` (row-major), the first and last index a
    side with constant offsets, sizes and strides touches (a hull: two sides
    whose boxes are disjoint in one dimension touch no common element);
    None when any list is dynamic, a pattern dimension does not walk one
    buffer dimension, or the side is the whole buffer."""
    offsets, sizes, strides = list(offsets_attr), list(sizes_attr), list(strides_attr)
    if not sizes or any(value < 0 for value in offsets + sizes + strides) or len(offsets) > len(sizes):
        return None
    if 0 in sizes:
        return None
    shape = list(_memref_type(buffer, "a transfer's buffer").shape)
    buffer_strides = [math.prod(shape[d + 1:]) for d in range(len(shape))]
    linear = sum(offset * stride for offset, stride in zip([0] * (len(sizes) - len(offsets)) + offsets, strides,
                                                             strict=True))
    first = []
    for stride in buffer_strides:
        first.append(linear // stride)
        linear %= stride
    last = list(first)
    for size, stride in zip(sizes, strides, strict=True):
        if size == 1:
            continue
        dim = next((d for d, unit in enumerate(buffer_strides) if stride % unit == 0), None)
        if dim is None:
            return None
        last[dim] += stride // buffer_strides[dim] * (size - 1)
    if any(end >= extent for end, extent in zip(last, shape, strict=True)):
        return None
    return tuple(zip(first, last, strict=True))


def _disjoint(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    return any(x_last < y_first or y_last < x_first for (x_first, x_last), (y_first, y_last) in zip(a, b, strict=True))


def _attr_int(op: ir.Operation, name: str) -> int | None:
    if name not in op.attributes:
        return None
    attr = op.attributes[name]
    if not isinstance(attr, ir.IntegerAttr):
        raise ModelError(f"{name} on {op.name} is {attr}, not an integer")
    return int(ir.IntegerAttr(attr).value)


def _constants(values: list[ir.Value]) -> list[int | None]:
    return [constant_int(v) for v in values]


def _sizes(op: air.LaunchOp | air.HerdOp) -> list[int]:
    """The static sizes of an air.launch or air.herd, each >= 1."""
    sizes = _constants(list(op.sizes))
    if any(size is None for size in sizes):
        raise ModelError(f"{op.name} has a dynamic size")
    if not sizes or any(size < 1 for size in sizes):  # type: ignore[operator]
        raise ModelError(f"{op.name} has sizes {sizes}; the model needs one or two sizes, each >= 1")
    return sizes  # type: ignore[return-value]


def trip_count(op: scf.ForOp) -> tuple[int, int, int, int]:
    """(lower, upper, step, trips) of an scf.for with constant bounds and a
    positive step."""
    lower, upper, step = _constants([op.lowerBound, op.upperBound, op.step])
    if lower is None or upper is None or step is None:
        raise ModelError("an scf.for has non-constant bounds; the model unrolls static loops")
    if step < 1:
        raise ModelError(f"an scf.for has step {step}; the model unrolls loops with a positive step")
    return lower, upper, step, max(0, -(-(upper - lower) // step))


def _element_bits(type_: ir.Type) -> int:
    if isinstance(type_, ir.IntegerType):
        return int(ir.IntegerType(type_).width)
    return 16 if str(type_) == "bf16" else 32


def _is_elementwise(op: linalg.GenericOp) -> bool:
    return all("parallel" in str(t) for t in ir.ArrayAttr(op.attributes["iterator_types"]))


def _elementwise_bits(op: linalg.GenericOp) -> int:
    """Operand bits an elementwise generic's body processes in all: its
    iteration space times its ops times the widest element it touches."""
    body = op.regions[0].blocks[0]
    widest = max((_element_bits(a.type) for a in body.arguments), default=32)
    ops = max(1, sum(1 for o in body.operations if o.operation.name != "linalg.yield"))
    return _macs(op)[0] * ops * widest


def _macs(op: linalg.GenericOp) -> tuple[int, str]:
    """Multiply-accumulates of a linalg.generic (its iteration space) and
    the element type of its first input."""
    sizes: dict[int, int] = {}
    for value, attr in zip(op.operands, op.indexing_maps, strict=False):
        shape = _memref_type(value, "an operand of linalg.generic").shape
        for dim, expr in zip(shape, ir.AffineMapAttr(attr).value.results, strict=False):
            if isinstance(expr, ir.AffineDimExpr):
                sizes[ir.AffineDimExpr(expr).position] = dim
    if not op.operands:
        raise ModelError("a linalg.generic without operands")
    dtype = str(_memref_type(op.operands[0], "an operand of linalg.generic").element_type)
    return math.prod(sizes.values()), dtype


def _inner_tile(op: linalg.GenericOp) -> tuple[int, int, int] | None:
    """The (m, n, k) the innermost loops of a contraction compute: per class
    of dims (M: in A and C; N: in B and C; K: in A and B), the size of the
    one innermost in C (M, N) or A (K), as a packed matmul's inner tile.
    None for what is not a two-input contraction."""
    operands = list(op.operands)
    if len(operands) != 3:
        return None
    maps = [ir.AffineMapAttr(attr).value for attr in op.indexing_maps]
    positions: list[list[int]] = []
    sizes: dict[int, int] = {}
    for value, map_ in zip(operands, maps, strict=True):
        shape = _memref_type(value, "an operand of linalg.generic").shape
        dims = []
        for dim, expr in zip(shape, map_.results, strict=False):
            if not isinstance(expr, ir.AffineDimExpr):
                return None
            position = ir.AffineDimExpr(expr).position
            sizes[position] = dim
            dims.append(position)
        positions.append(dims)
    a, b, c = (set(dims) for dims in positions)

    def innermost(members: set[int], order: list[int]) -> int | None:
        inner = [d for d in order if d in members]
        return sizes[inner[-1]] if inner else None

    m = innermost((a & c) - b, positions[2])
    n = innermost((b & c) - a, positions[2])
    k = innermost((a & b) - c, positions[0])
    if m is None or n is None or k is None or min(m, n, k) < 1:  # dynamic or empty
        return None
    return (m, n, k)


def pack_utilization(tile: tuple[int, int, int] | None, intrinsic_mkn: tuple[int, int, int] | None) -> float:
    """The fraction of the intrinsic's MACs an inner tile fills: each
    intrinsic call computes a whole intrinsic tile, so a tile that is not a
    multiple of it in m, n or k wastes the rest ([D]: no published rate for
    emulated shapes). 1.0 when either is unknown."""
    if tile is None or intrinsic_mkn is None:
        return 1.0
    im, ik, in_ = intrinsic_mkn
    pm, pn, pk = tile
    covered = math.ceil(pm / im) * im * math.ceil(pn / in_) * in_ * math.ceil(pk / ik) * ik
    return pm * pn * pk / covered


class ProgramBuilder:
    """Unrolls launch iterations of one segment copy into tasks."""

    def __init__(self, module: ir.Module, target: TargetDescription, params: Parameters) -> None:
        self.target = target
        self.params = params
        self.tasks: list[Task] = []
        self.resource_order: dict[str, list[int]] = {}
        self.launch_ops = self._find_launches(module)
        self.instances: dict[tuple[str, ir.Value], list[_Instance]] = {}
        # FIFO pairing: per (channel, stream) the transfer tasks in put order,
        # and per consumer how many it has taken.
        self.streams: dict[tuple[str, tuple[int, ...]], list[int]] = {}
        self.taken: dict[tuple[str, tuple[int, ...], str], int] = {}
        self.channel_decls = self._channels(module)
        self.launch = 0
        self.input_types: list[str] = []
        # Per input type, the first contraction's inner tile and the fraction
        # of the intrinsic it fills.
        self.inner_tiles: list[tuple[tuple[int, int, int] | None, float]] = []
        # Shim channels of the DMAs without herdflow.dma_channel, per (shim,
        # reading), and those the attribute claims.
        self.own_channels: dict[tuple[int, bool], dict[ir.Operation, int]] = {}
        self.claimed: dict[tuple[int, bool], set[int]] | None = None
        self.static_info: dict[ir.Operation, tuple] = {}
        self.plans: dict[ir.Block, list[tuple[int, Any]]] = {}

    @staticmethod
    def _find_launches(module: ir.Module) -> list[air.LaunchOp]:
        launches: list[air.LaunchOp] = []

        def walk(block: ir.Block) -> None:
            for op in block.operations:
                if isinstance(op, air.LaunchOp):
                    launches.append(op)
                    continue
                for region in op.regions:
                    for nested in region.blocks:
                        walk(nested)

        walk(module.body)
        if len(launches) != 1:
            raise ModelError(f"the module has {len(launches)} air.launch ops; the model reads exactly one")
        return launches

    @staticmethod
    def _channels(module: ir.Module) -> dict[str, tuple[list[int], list[int] | None]]:
        channels = {}
        for op in module.body.operations:
            if isinstance(op, air.ChannelOp):
                size = [ir.IntegerAttr(a).value for a in op.size]
                broadcast = None
                if op.broadcast_shape is not None:
                    broadcast = [ir.IntegerAttr(a).value for a in op.broadcast_shape]
                channels[op.sym_name.value] = (size, broadcast)
        return channels

    # -- launch structure --------------------------------------------------

    def launch_count(self) -> int:
        return math.prod(_sizes(self.launch_ops[0]))

    def segment_and_herd(self) -> tuple[air.SegmentOp, air.HerdOp]:
        """The launch's one segment and the segment's one herd: directly in
        it, or in its loops (L2 reuse runs the herd once per herd tile)."""
        segments = [op for op in self.launch_ops[0].body.blocks[0].operations if isinstance(op, air.SegmentOp)]
        if len(segments) != 1:
            raise ModelError("the launch must hold exactly one air.segment")
        herds: list[air.HerdOp] = []

        def walk(block: ir.Block) -> None:
            for op in block.operations:
                if isinstance(op, air.HerdOp):
                    herds.append(op)
                elif isinstance(op, scf.ForOp):
                    walk(op.body)
                elif isinstance(op, (scf.IfOp, air.ExecuteOp)):
                    for region in op.regions:
                        for nested in region.blocks:
                            walk(nested)

        walk(segments[0].body.blocks[0])
        if len(herds) != 1:
            raise ModelError("the segment must hold exactly one air.herd, directly or in its loops (run "
                             "aie-dma-to-channel first)")
        return segments[0], herds[0]

    def herd_shape(self) -> tuple[int, int]:
        _, herd = self.segment_and_herd()
        sizes = _sizes(herd)
        if len(sizes) > 2:
            raise ModelError(f"air.herd has {len(sizes)} sizes; the model reads 1-D and 2-D herds")
        # mlir-air's herd: dimension 0 (x) along the array's columns, 1 (y)
        # along its rows. Returned as (rows, columns).
        return (sizes[1], sizes[0]) if len(sizes) == 2 else (1, sizes[0])

    def work(self) -> int:
        """How many op visits one launch iteration takes to interpret (loops
        unrolled, the herd's body once per core), computed without
        unrolling; raises ModelError above MAX_WORK."""
        segment, herd = self.segment_and_herd()
        rows, columns = self.herd_shape()
        total = self._work(segment.regions[0].blocks[0], herd, rows * columns)
        if total > MAX_WORK:
            raise ModelError(f"the program takes {total:,} op visits per launch iteration to interpret (loops "
                             f"unrolled, the herd's body once per core); the model handles at most {MAX_WORK:,} (fewer "
                             "K steps: larger K tiles)")
        return total

    def _work(self, block: ir.Block, herd: air.HerdOp, cores: int) -> int:
        total = 0
        for op in block.operations:
            total += 1
            if isinstance(op, scf.ForOp):
                total += trip_count(op)[3] * self._work(op.body, herd, cores)
            elif isinstance(op, scf.IfOp):
                total += max((self._work(region.blocks[0], herd, cores) for region in op.regions if region.blocks),
                             default=0)
            elif isinstance(op, air.ExecuteOp):
                total += self._work(op.regions[0].blocks[0], herd, cores)
            elif isinstance(op, air.HerdOp):
                if op.operation != herd.operation:
                    raise ModelError("a second air.herd in the segment is outside the model's subset (one herd)")
                total += cores * self._work(op.body.blocks[0], herd, cores)
        return total

    # -- tasks -------------------------------------------------------------

    def _task(self, kind: str, name: str, duration: float, resources: list[str], **extra: object) -> Task:
        task = Task(len(self.tasks), kind, name, duration, resources, launch=self.launch, **extra)  # type: ignore[arg-type]
        self.tasks.append(task)
        for resource in resources:
            self.resource_order.setdefault(resource, []).append(task.id)
        return task

    def _allocate(self, process: str, value: ir.Value, env: Env) -> None:
        history = self.instances.setdefault((process, value), [])
        history.append(_Instance(len(history)))
        env[value] = history[-1]

    def _slot_free_deps(self, process: str, value: ir.Value, env: Env) -> set[int]:
        """The tasks that used the slot this allocation reuses."""
        history = self.instances.get((process, value))
        if not history:
            return set()
        index: int = env[value].index
        previous = index - self._depth(value)
        if previous < 0:
            return set()
        # Reads since the last write follow that write, which followed the
        # reads before it: these tasks finishing means the slot is free.
        return history[previous].writers | history[previous].readers

    def _depth(self, value: ir.Value) -> int:
        owner = value.owner
        op = owner.operation if isinstance(owner, ir.OpView) else owner
        depth = _attr_int(op, "herdflow.depth") if isinstance(op, ir.Operation) else None
        if depth is not None and depth < 1:
            raise ModelError(f"herdflow.depth = {depth} on an allocation; a buffer depth is >= 1")
        return depth if depth else self.params.depth

    def _instance(self, value: ir.Value, env: Env) -> _Instance | None:
        return env.get(value)

    def build(self, launches: int) -> list[Task]:
        """The tasks of ``launches`` launch iterations. Every iteration runs
        the same program (nothing in it reads the launch's indices), so once
        two consecutive iterations give the same tasks and dependencies,
        shifted by one iteration, the later ones repeat that pattern and are
        copied instead of interpreted."""
        segment, herd = self.segment_and_herd()
        rows, columns = self.herd_shape()
        starts: list[int] = []  # the first task of each iteration
        marks: list[dict[str, int]] = []  # each resource's order length before each iteration
        for launch in range(launches):
            if launch >= _REPLICATE_FROM and self._stationary(starts[-2], starts[-1], marks[-2], marks[-1]):
                template = self.tasks[starts[-1]:]
                orders = {resource: order[marks[-1].get(resource, 0):]
                          for resource, order in self.resource_order.items()}
                for times, later in enumerate(range(launch, launches), start=1):
                    shift = times * len(template)
                    self.tasks.extend(
                        Task(task.id + shift, task.kind, task.name, task.duration, list(task.resources),
                             {dep + shift for dep in task.deps}, task.bytes, task.receivers, task.levels, task.macs,
                             later, task.ddr_bytes) for task in template)
                    for resource, entries in orders.items():
                        self.resource_order[resource].extend(entry + shift for entry in entries)
                break
            starts.append(len(self.tasks))
            marks.append({resource: len(order) for resource, order in self.resource_order.items()})
            self.launch = launch
            seg_env: Env = {}
            self._run_block(segment.regions[0].blocks[0], "seg", seg_env, herd=(herd, rows, columns))
        return self.tasks

    def _stationary(self, first: int, second: int, first_marks: dict[str, int],
                    second_marks: dict[str, int]) -> bool:
        """Whether the iteration starting at task ``second`` is the one
        starting at ``first`` shifted by one iteration: same tasks, every
        dependency and every resource's order shifted alike."""
        shift = second - first
        if len(self.tasks) - second != shift:
            return False
        for before, after in zip(self.tasks[first:second], self.tasks[second:], strict=True):
            if (before.kind, before.name, before.duration, before.resources, before.bytes, before.receivers,
                    before.levels, before.macs, before.ddr_bytes) != (
                    after.kind, after.name, after.duration, after.resources, after.bytes, after.receivers,
                    after.levels, after.macs, after.ddr_bytes):
                return False
            if {dep + shift for dep in before.deps} != after.deps:
                return False
        for resource, order in self.resource_order.items():
            begin, middle = first_marks.get(resource, 0), second_marks.get(resource, 0)
            if [task + shift for task in order[begin:middle]] != order[middle:]:
                return False
        return True

    def _plan(self, block: ir.Block) -> list[tuple[int, Any]]:
        """The ops of ``block`` the interpretation acts on, each with its
        kind, once per block: the block is run once per loop trip, core and
        launch iteration."""
        plan = self.plans.get(block)
        if plan is not None:
            return plan
        plan = []
        for op in block.operations:
            if isinstance(op, scf.ForOp):
                plan.append((_FOR, (op, range(*trip_count(op)[:3]))))
            elif isinstance(op, scf.IfOp):
                condition = constant_int(op.condition)
                if condition is None:
                    raise ModelError("an scf.if has a condition the model cannot evaluate")
                branch = op.thenRegion if condition else op.elseRegion
                if branch.blocks:
                    plan.append((_BLOCK, branch.blocks[0]))
            elif isinstance(op, air.ExecuteOp):
                plan.append((_EXECUTE, op))
            elif isinstance(op, (air.LaunchOp, air.SegmentOp)):
                raise ModelError(f"nested {op.name} is outside the model's subset")
            else:
                kind = next((kind for types, kind in _KINDS if isinstance(op, types)), None)
                if kind is not None:
                    plan.append((kind, op))
        self.plans[block] = plan
        return plan

    def _run_block(self, block: ir.Block, process: str, env: Env, herd: tuple | None = None,
                   core: tuple[int, ...] | None = None) -> None:
        for kind, item in self._plan(block):
            if kind == _FOR:
                op, trips = item
                for _ in trips:
                    self._run_block(op.body, process, env, herd, core)
            elif kind == _BLOCK:
                self._run_block(item, process, env, herd, core)
            elif kind == _EXECUTE:
                # The async form: the region runs in place (the model orders
                # tasks by the buffers they touch, not by tokens); the
                # execute's values are what its terminator yields.
                body = item.regions[0].blocks[0]
                self._run_block(body, process, env, herd, core)
                terminator = list(body.operations)[-1]
                for result, value in zip(list(item.results)[1:], terminator.operands, strict=True):
                    if value in env:
                        env[result] = env[value]
            elif kind == _ALLOC:
                self._allocate(process, item.result, env)
            elif kind == _DMA:
                self._dma(item, process, env)
            elif kind == _PUT:
                self._put(item, process, env, core)
            elif kind == _GET:
                self._get(item, process, env, core)
            elif kind == _GENERIC:
                self._compute(item, process, env)
            elif kind == _FILL:
                self._fill(item, process, env)
            elif kind == _TRANSPOSE:
                self._shuffle(item, process, env)
            elif kind == _HERD:
                if herd is None or item.operation != herd[0].operation:
                    raise ModelError("an air.herd inside another herd, or a second herd, is outside the model's "
                                     "subset (one herd in the segment)")
                herd_op, rows, columns = herd
                body = herd_op.body.blocks[0]
                ids = list(body.arguments)[:len(herd_op.sizes)]
                for row in range(rows):
                    for column in range(columns):
                        coords = (column, row) if len(ids) == 2 else (column,)
                        core_env: Env = dict(zip(ids, coords, strict=True))
                        self._run_block(body, f"core{row},{column}", core_env, core=coords)

    def _memtile(self, value: ir.Value) -> int:
        owner = value.owner
        op = owner.operation if isinstance(owner, ir.OpView) else owner
        if isinstance(op, ir.Operation):
            return _attr_int(op, "herdflow.memtile") or 0
        return 0

    def _dma(self, op: air.DmaMemcpyNdOp, process: str, env: Env) -> None:
        dst, src = op.dst, op.src
        src_level, dst_level = level(src), level(dst)
        levels = f"{LEVEL_NAMES[src_level]}->{LEVEL_NAMES[dst_level]}"
        cached = self.static_info.get(op.operation)
        if cached is None:
            _side_bytes(op, dst, op.static_dst_sizes, op.static_dst_strides, self.target)
            cached = (_side_bytes(op, src, op.static_src_sizes, op.static_src_strides, self.target),)
            self.static_info[op.operation] = cached
        nbytes = cached[0]
        if process.startswith("core"):
            raise ModelError("a DMA inside the herd; run aie-dma-to-channel first (the model reads channel form)")
        if {src_level, dst_level} != {0, 1}:
            raise ModelError(f"a segment DMA {levels}; the model reads L3<->L2 DMAs in the segment")
        l2 = dst if dst_level == 1 else src
        memtile = self._memtile(l2)
        key_text = f"dma{self._shim_channel(op.operation, memtile, dst_level == 1)}"
        if dst_level == 1:
            resources = [f"shim{memtile}.mm2s.{key_text}", f"memtile{memtile}.s2mm.{key_text}"]
        else:
            resources = [f"memtile{memtile}.mm2s.{key_text}", f"shim{memtile}.s2mm.{key_text}"]
        task = self._task("transfer", f"dma {levels}", self.params.setup_cycles, resources,
                          bytes=nbytes, levels=levels, ddr_bytes=nbytes)
        self._reads(task, src, env)
        self._writes(task, process, dst, env)

    def _shim_channel(self, op: ir.Operation, memtile: int, reading: bool) -> int:
        """The shim channel a segment DMA runs on, named alike on every
        target: its herdflow.dma_channel, or (a DMA without one has a
        channel of its own) the first index no DMA of that shim and
        direction claims."""
        key = _attr_int(op, "herdflow.dma_channel")
        if key is not None:
            return key
        slot = (memtile, reading)
        own = self.own_channels.setdefault(slot, {})
        if op not in own:
            claimed = self._claimed_channels(slot) | set(own.values())
            own[op] = next(index for index in range(len(claimed) + 1) if index not in claimed)
        return own[op]

    def _claimed_channels(self, slot: tuple[int, bool]) -> set[int]:
        if self.claimed is None:
            self.claimed = {}
            for launch in self.launch_ops:
                def visit(op: ir.Operation) -> ir.WalkResult:
                    if op.name == "air.dma_memcpy_nd":
                        key = _attr_int(op, "herdflow.dma_channel")
                        dma = op.opview
                        reading = level(dma.dst) == 1
                        if key is not None:
                            memtile = self._memtile(dma.dst if reading else dma.src)
                            self.claimed.setdefault((memtile, reading), set()).add(key)  # type: ignore[union-attr]
                    return ir.WalkResult.ADVANCE

                launch.operation.walk(visit)
        return self.claimed.get(slot, set())

    def _reads(self, task: Task, value: ir.Value, env: Env) -> None:
        instance = self._instance(value, env)
        if instance is not None:
            task.deps |= instance.writers - {task.id}
            instance.readers.add(task.id)

    def _writes(self, task: Task, process: str, value: ir.Value, env: Env,
                region: tuple[tuple[int, int], ...] | None = None) -> None:
        """``task`` writes ``value`` (its ``region`` of elements, where known):
        after the earlier reads and the earlier writes it may overlap, and
        after the slot's previous allocation is free."""
        instance = self._instance(value, env)
        if instance is None:
            return
        known = region is not None and all(writer in instance.regions for writer in instance.writers)
        if not known:
            if not instance.writers and not instance.readers:
                task.deps |= self._slot_free_deps(process, value, env)
            task.deps |= (instance.readers | instance.writers) - {task.id}  # after earlier reads and writes
            instance.writers = {task.id}
            instance.readers = set()
            instance.regions = {task.id: region} if region is not None else {}
            return
        box = cast("tuple[tuple[int, int], ...]", region)
        overlapping = {writer for writer in instance.writers if not _disjoint(instance.regions[writer], box)}
        task.deps |= self._slot_free_deps(process, value, env)
        task.deps |= (instance.readers | overlapping) - {task.id}
        instance.writers = (instance.writers - overlapping) | {task.id}
        instance.regions = {writer: instance.regions[writer] for writer in instance.writers if writer != task.id}
        instance.regions[task.id] = box

    def _static(self, op: linalg.GenericOp | air.ChannelPutOp | air.ChannelGetOp) -> tuple:
        """What an op's interpretation reads from its attributes, once."""
        cached = self.static_info.get(op.operation)
        if cached is None:
            if isinstance(op, linalg.GenericOp):
                if _is_elementwise(op):
                    cached = (_elementwise_bits(op), "", None, 1.0, True)
                else:
                    macs, dtype = _macs(op)
                    intrinsic = self.target.intrinsic_mkn.get(dtype)
                    tile = _inner_tile(op)
                    cached = (macs, dtype, tile, pack_utilization(tile, intrinsic.value if intrinsic else None), False)
            else:
                if isinstance(op, air.ChannelPutOp):
                    buffer, sizes, strides = op.src, op.static_src_sizes, op.static_src_strides
                else:
                    buffer, sizes, strides = op.dst, op.static_dst_sizes, op.static_dst_strides
                channel = op.chan_name.value
                if channel not in self.channel_decls:
                    raise ModelError(f"{op.name} on @{channel}, which is not an air.channel of the module")
                cached = (channel, list(op.indices), buffer, _side_bytes(op, buffer, sizes, strides, self.target))
            self.static_info[op.operation] = cached
        return cached

    def _stream(self, op: air.ChannelPutOp | air.ChannelGetOp, env: Env,
                consumer: bool) -> tuple[str, tuple[int, ...]]:
        channel, index_values, _, _ = self._static(op)
        shape, _ = self.channel_decls[channel]
        indices = []
        for value in index_values:
            index = env.get(value, constant_int(value))
            if index is None:
                raise ModelError(f"a channel index on @{channel} is neither a constant nor a tile id")
            indices.append(index)
        if not indices:
            indices = [0] * len(shape)
        if len(indices) < len(shape):
            raise ModelError(f"@{channel} has {len(shape)} dimensions, a transfer on it gives {len(indices)} indices")
        # mlir-air's extra indices name dimensions of extent 1 (the verifier
        # checks the constant ones).
        if any(extra != 0 for extra in indices[len(shape):]):
            raise ModelError(f"an index past the rank of @{channel} is not 0")
        indices = indices[:len(shape)]
        if consumer:
            indices = [0 if extent == 1 else index for index, extent in zip(indices, shape, strict=True)]
        return channel, tuple(indices)

    def _put(self, op: air.ChannelPutOp, process: str, env: Env, core: tuple[int, ...] | None) -> None:
        _, _, src, nbytes = self._static(op)
        channel, stream = self._stream(op, env, consumer=False)
        if core is not None:
            source = f"{process}.mm2s.@{channel}"
        else:
            source = f"memtile{self._memtile(src)}.mm2s.@{channel}{list(stream)}"
        levels = f"{LEVEL_NAMES[level(src)]}->"
        # Memtile and core channels chain their buffer descriptors (locks
        # hand the buffer over): no setup per transfer, unlike the shim's.
        task = self._task("transfer", f"@{channel}{list(stream)}", nbytes / self.params.bytes_per_cycle,
                          [source], bytes=nbytes, levels=levels, receivers=0)
        self._reads(task, src, env)
        self.streams.setdefault((channel, stream), []).append(task.id)

    def _get(self, op: air.ChannelGetOp, process: str, env: Env, core: tuple[int, ...] | None) -> None:
        _, _, dst, _ = self._static(op)
        channel, stream = self._stream(op, env, consumer=True)
        puts = self.streams.get((channel, stream), [])
        taken = self.taken.get((channel, stream, process), 0)
        if taken >= len(puts):
            raise ModelError(f"a get on @{channel}{list(stream)} has no put before it in program order "
                             "(the model runs the segment's puts before the herd, as aie-air-to-loops does)")
        self.taken[(channel, stream, process)] = taken + 1
        task = self.tasks[puts[taken]]
        task.receivers += 1
        if core is not None:
            sink = f"{process}.s2mm.@{channel}"
        else:
            sink = f"memtile{self._memtile(dst)}.s2mm.@{channel}{list(stream)}"
        task.resources.append(sink)
        self.resource_order.setdefault(sink, []).append(task.id)
        if task.levels.endswith("->"):
            task.levels += LEVEL_NAMES[level(dst)]
        # The segment's gets of the cores' write-backs fill disjoint parts of
        # one L2 buffer, each on its own memtile channel: ordered only where
        # their regions overlap.
        region = None
        if core is None:
            key = ("region", op.operation)
            if key not in self.static_info:
                self.static_info[key] = (_static_box(op.static_dst_offsets, op.static_dst_sizes,
                                                       op.static_dst_strides, dst),)
            region = self.static_info[key][0]
        self._writes(task, process, dst, env, region)

    def _compute(self, op: linalg.GenericOp, process: str, env: Env) -> None:
        macs, dtype, tile, utilization, elementwise = self._static(op)
        if elementwise:
            self._epilogue(op, process, env, bits=macs)
            return
        if dtype not in self.input_types:
            self.input_types.append(dtype)
            self.inner_tiles.append((tile, utilization))
        rate = self.params.macs_per_cycle.get(dtype)
        if rate is None:
            raise ModelError(f"no MACs/cycle for {dtype} on {self.target.name}")
        task = self._task("compute", "matmul", macs / (rate * utilization), [process], macs=macs)
        for value in op.operands:  # the accumulator is read, then written
            self._reads(task, value, env)
        self._writes(task, process, list(op.operands)[-1], env)

    def _epilogue(self, op: linalg.GenericOp, process: str, env: Env, bits: int) -> None:
        # An elementwise op (an epilogue on the accumulator): vector ops, no
        # MACs; `bits` is what its body processes in all.
        task = self._task("compute", "epilogue", bits / self.params.elementwise_bits_per_cycle, [process])
        for value in op.operands:
            self._reads(task, value, env)
        self._writes(task, process, list(op.operands)[-1], env)

    def _shuffle(self, op: linalg.TransposeOp, process: str, env: Env) -> None:
        # A transpose within L1 (aie-legalize-narrow-packs' core-side
        # shuffle of a narrow transposed operand): store-bound vector work.
        # Transfers between levels are DMAs by now.
        source, init = op.operands[0], op.operands[1]
        if level(source) != 2 or level(init) != 2:
            raise ModelError("a linalg.transpose outside L1 is outside the model's subset (transfers between "
                             "memory levels are DMAs or channels by the final AIR)")
        shape = _memref_type(init, "linalg.transpose's destination").shape
        bits = math.prod(shape) * _element_bits(_memref_type(init, "linalg.transpose's destination").element_type)
        task = self._task("compute", "shuffle", bits / self.params.store_bits_per_cycle, [process])
        self._reads(task, source, env)
        self._writes(task, process, init, env)

    def _fill(self, op: linalg.FillOp, process: str, env: Env) -> None:
        # Zeroing the accumulator: not a MAC; modeled as free (stated in the report).
        task = self._task("compute", "fill", 0.0, [process])
        self._writes(task, process, list(op.operands)[-1], env)
