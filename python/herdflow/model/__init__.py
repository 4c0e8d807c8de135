"""Performance model of a channel-form AIR program on npu1/npu4.

``model_air(air_text, target="npu1")`` unrolls the program into tasks on
hardware channels and cores (``program``), runs them event-driven
(``simulate``), and returns a ``ModelResult``: modeled time and throughput,
the roofline bound and the resource that binds, bytes per memory level
against the minimum, per-resource utilization, the parameters used; plus a
Chrome trace and a timeline picture.

Launch iterations run one after another on the placed segment(s),
pipelined through the double buffers. All launch iterations of the pipeline's
programs are the same task graph (only addresses differ), so the model runs
the first few and repeats the steady-state period for the rest; the report
says how many it ran.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from .. import _validate
from ..errors import ArgumentError, HerdflowError, ModelError
from ..ir_utils import mlir_error_summary
from ..mlir import ir
from ..mlir.dialects import air
from ..target import KERNEL_KINDS, TargetDescription, get_target
from .program import MAX_WORK, Parameters, ProgramBuilder, Task, level
from .simulate import DdrShare, Timeline, simulate

__all__ = ["MAX_WORK", "ModelError", "ModelResult", "model_air"]

# Launch iterations run event by event when there are more. The steady
# state's period is the mean of two consecutive gaps (it can alternate
# between two) measured in the middle: away from the pipeline's fill, and
# two iterations before the end, whose drain (the last iterations have no
# successor prefetching against them) shortens the gaps before it. The
# iterations not simulated repeat that period before the drain. Against
# simulating every iteration: worst -0.6%, mean 0.01% on 97 schedules of 9 to
# 64 iterations (with 4 iterations and the last gap: -7.3% to +4.2%).
SIMULATED_LAUNCHES = 6
FLOAT_TYPES = ("bf16", "f32")


@dataclass
class Bound:
    resource: str  # compute, shim, memtile-channel, core-channel, memory
    cycles: float


@dataclass
class ModelResult:
    target: str
    params: Parameters
    cycles: float
    launches: int
    simulated_launches: int
    herd: tuple[int, int]
    ops: int  # 2 x useful MACs
    dtype: str
    bounds: list[Bound]
    # Bytes per level pair, whole program, counted into each receiver (a
    # broadcast message once per core that gets it), as aie-check-resources.
    traffic: dict[str, int]
    minimum_l3: dict[str, int]  # bytes: "read", "write"
    utilization: dict[str, float]
    peak_ops_per_cycle: float
    sources: dict[str, str]
    # No schedule can beat it: the whole array at peak MACs/cycle, or the
    # minimum DDR bytes at the DDR bandwidth.
    limit_cycles: float = 0.0
    # Paid once per invocation, outside the modeled kernel time.
    dispatch_seconds: float = 0.0
    # The host's padding copies around the launch, not overlapped with it.
    host_seconds: float = 0.0
    tasks: list[Task] = field(repr=False, default_factory=list)
    schedule: Timeline | None = field(repr=False, default=None)

    @property
    def seconds(self) -> float:
        return self.cycles / (self.params.clock_ghz * 1e9)

    @property
    def total_seconds(self) -> float:
        """The modeled time plus the dispatch cost and the host's padding."""
        return self.seconds + self.dispatch_seconds + self.host_seconds

    @property
    def throughput(self) -> float:
        """Tera-operations (2 per MAC) per second."""
        return self.ops / self.seconds / 1e12 if self.cycles else 0.0

    @property
    def unit(self) -> str:
        return "TFLOPS" if self.dtype in FLOAT_TYPES else "TOPS"

    @property
    def bound(self) -> Bound:
        return max(self.bounds, key=lambda b: b.cycles)

    def describe(self) -> str:
        clock = self.params.clock_ghz * 1e9
        bound = self.bound
        peak = self.peak_ops_per_cycle * clock / 1e12
        lines = [
            f"modeled time: {self.seconds * 1e3:.4f} ms",
            f"modeled throughput: {self.throughput:.4f} {self.unit}",
            f"binding resource: {bound.resource}",
            "",
            f"target {self.target} at {self.params.clock_ghz:g} GHz, herd {self.herd[0]}x{self.herd[1]}, "
            f"{self.params.segments} segment cop{'y' if self.params.segments == 1 else 'ies'}, "
            f"{self.launches} launch iterations, {self.dtype} inputs",
            f"{self.cycles:,.0f} cycles; peak for these {self.cores} cores {peak:.3f} {self.unit}: "
            f"{100 * self.throughput / peak if peak else 0:.1f}% of peak",
            "roofline bounds (ms): " + ", ".join(f"{b.resource} {b.cycles / clock * 1e3:.4f}" for b in self.bounds),
            f"bound {bound.cycles / clock * 1e3:.4f} ms ({bound.resource}); modeled / bound = "
            f"{self.cycles / bound.cycles if bound.cycles else float('inf'):.3f}",
            f"physical limit {self.limit_cycles / clock * 1e3:.4f} ms (the whole array at peak MACs/cycle, or the "
            f"minimum DDR bytes at the DDR bandwidth); modeled / limit = "
            f"{self.cycles / self.limit_cycles if self.limit_cycles else float('inf'):.3f}",
            f"with the fixed dispatch cost ({self.dispatch_seconds * 1e6:g} us per invocation) and the host's "
            f"padding ({self.host_seconds * 1e6:.1f} us), not in the modeled time: {self.total_seconds * 1e3:.4f} ms, "
            f"{self.ops / self.total_seconds / 1e12 if self.cycles else 0.0:.4f} {self.unit}",
            "bytes moved (MB, into each receiver): "
            + ", ".join(f"{k} {v / 1e6:.2f}" for k, v in sorted(self.traffic.items())),
            f"L3 read {self.traffic.get('L3->L2', 0) / 1e6:.2f} MB vs minimum {self.minimum_l3['read'] / 1e6:.2f} MB "
            f"({self.traffic.get('L3->L2', 0) / max(self.minimum_l3['read'], 1):.1f}x); L3 write "
            f"{self.traffic.get('L2->L3', 0) / 1e6:.2f} MB vs minimum {self.minimum_l3['write'] / 1e6:.2f} MB",
            "utilization (simulated window): " + ", ".join(
                f"{name} {100 * value:.0f}%" for name, value in
                sorted(self.utilization.items(), key=lambda item: -item[1])[:8]),
            f"simulation: {self.simulated_launches} of {self.launches} launch iterations per segment copy run "
            + ("event by event; the others repeat the steady-state period (identical task graphs) before the "
               "last iterations' drain" if self.extrapolated else "event by event"),
            "parameters:",
        ]
        lines += [f"  {name}: {source}" for name, source in self.sources.items()]
        return "\n".join(lines)

    @property
    def extrapolated(self) -> bool:
        """Whether launch iterations beyond the simulated ones were counted
        by the steady-state period."""
        return self.simulated_launches < math.ceil(self.launches / self.params.segments)

    @property
    def cores(self) -> int:
        return self.herd[0] * self.herd[1] * self.params.segments

    def write_trace(self, path: Path | str) -> None:
        """Chrome trace-event JSON (opens in Perfetto): a track per core and
        per hardware channel, for the simulated launch iterations. Raises
        ArgumentError when ``path``'s directory does not exist."""
        path = _validate.output_path(path, "the trace")
        assert self.schedule is not None
        us_per_cycle = 1e-3 / self.params.clock_ghz
        resources = sorted({r for task in self.tasks for r in task.resources})
        tids = {name: index for index, name in enumerate(resources)}
        events: list[dict[str, object]] = [
            {"name": "thread_name", "ph": "M", "pid": 0, "tid": tid, "args": {"name": name}}
            for name, tid in tids.items()
        ]
        for task in self.tasks:
            busy = self.schedule.busy(task)
            if busy <= 0:
                continue
            for resource in task.resources:
                events.append({
                    "name": task.name, "cat": task.kind, "ph": "X", "pid": 0, "tid": tids[resource],
                    "ts": self.schedule.start[task.id] * us_per_cycle, "dur": busy * us_per_cycle,
                    "args": {"bytes": task.bytes, "macs": task.macs, "launch": task.launch},
                })
        # What the trace covers: the simulated launch iterations, event by
        # event; the modeled time extrapolates the rest from their period.
        window = {"launch_iterations_simulated": self.simulated_launches,
                  "launch_iterations_total": self.launches,
                  "simulated_cycles": self.schedule.makespan, "modeled_cycles": self.cycles,
                  "extrapolated": self.extrapolated}
        events.append({"name": "process_name", "ph": "M", "pid": 0,
                       "args": {"name": f"herdflow model: launch iterations 0-{self.simulated_launches - 1} of "
                                        f"{self.launches} simulated"
                                        + (", the rest extrapolated" if window["extrapolated"] else "")}})
        path.write_text(json.dumps({"traceEvents": events, "displayTimeUnit": "ns", "otherData": window}))

    def write_timeline(self, path: Path | str, window: tuple[float, float] | None = None) -> None:
        """A Gantt chart (PNG) of core (0,0), the memtile and shim channels
        that feed it and those that take its results to L3, over ``window``
        (cycles; default: the first launch iteration, its write-back to L3
        included). Raises ArgumentError for a bad window or when ``path``'s
        directory does not exist, ModelError without matplotlib."""
        path = _validate.output_path(path, "the timeline")
        assert self.schedule is not None
        core = "core0,0"
        mine = [t for t in self.tasks if core in t.resources or any(r.startswith(core + ".") for r in t.resources)]
        if window is None:
            first = [t for t in self.tasks if t.launch == 0]
            window = (0.0, max((self.schedule.end[t.id] for t in first), default=self.schedule.makespan))
        begin, end = _window(window, self.schedule.makespan)
        try:
            import matplotlib
        except ImportError:
            raise ModelError("the timeline needs matplotlib: pip install 'herdflow[plot]'") from None

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        def visible(task: Task) -> bool:
            return (self.schedule is not None and self.schedule.busy(task) > 0
                    and self.schedule.start[task.id] < end and self.schedule.end[task.id] > begin)

        # Core (0,0) and its channels, and every memtile and shim channel
        # busy in the window: reads into the array and writes out of it.
        # Other cores' channels only mirror the broadcasts.
        tracks_set = {r for t in mine for r in t.resources if r.startswith(core)}
        tracks_set |= {r for t in self.tasks if visible(t) and t.kind == "transfer" for r in t.resources
                       if not r.startswith("core")}
        tracks = sorted(tracks_set, key=lambda r: (not r.startswith("core"), r))
        figure, axes = plt.subplots(figsize=(12, 0.45 * len(tracks) + 1.5))
        colors = {"compute": "tab:green", "L3->L2": "tab:blue", "L2->L1": "tab:orange", "L1->L2": "tab:red",
                  "L2->L3": "tab:purple"}
        for row, resource in enumerate(tracks):
            for task in self.tasks:
                if resource in task.resources and visible(task):
                    kind = task.kind if task.kind == "compute" else task.levels
                    axes.broken_barh([(self.schedule.start[task.id], self.schedule.busy(task))], (row - 0.4, 0.8),
                                     color=colors.get(kind, "tab:gray"), edgecolor="white", linewidth=0.5)
        axes.set_yticks(range(len(tracks)), tracks)
        axes.set_xlim(begin, end)
        axes.set_xlabel(f"cycles at {self.params.clock_ghz:g} GHz")
        axes.set_title(f"core (0,0) and the array's channels, cycles {begin:,.0f}-{end:,.0f}\n"
                       "green compute, blue L3->L2, orange L2->L1, red L1->L2, purple L2->L3")
        axes.invert_yaxis()
        figure.tight_layout()
        figure.savefig(path, dpi=110)
        plt.close(figure)

    def write_heatmap(self, path: Path | str) -> None:
        """Every core's utilization over the simulated run as a heat map of
        the herd (rows x columns, one panel per segment copy is the same):
        the first picture to look at for an unbalanced or starved array.
        Raises ArgumentError when ``path``'s directory does not exist,
        ModelError without matplotlib."""
        path = _validate.output_path(path, "the heat map")
        try:
            import matplotlib
        except ImportError:
            raise ModelError("the heat map needs matplotlib: pip install 'herdflow[plot]'") from None

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        rows, columns = self.herd
        grid = [[self.utilization.get(f"core{x},{y}", 0.0) * 100 for y in range(columns)] for x in range(rows)]
        figure, axes = plt.subplots(figsize=(1.2 * columns + 2.5, 1.0 * rows + 1.5))
        image = axes.imshow(grid, cmap="viridis", vmin=0, vmax=100)
        for x in range(rows):
            for y in range(columns):
                axes.text(y, x, f"{grid[x][y]:.0f}%", ha="center", va="center",
                          color="white" if grid[x][y] < 60 else "black")
        axes.set_xticks(range(columns), [f"col {y}" for y in range(columns)])
        axes.set_yticks(range(rows), [f"row {x}" for x in range(rows)])
        axes.set_title(f"core utilization, {self.target} herd {rows}x{columns} "
                       f"({self.simulated_launches} of {self.launches} launch iterations simulated)")
        figure.colorbar(image, ax=axes, label="% of the simulated time computing")
        figure.tight_layout()
        figure.savefig(path, dpi=110)
        plt.close(figure)


def _window(window: object, makespan: float) -> tuple[float, float]:
    """(begin, end) in cycles; ArgumentError unless 0 <= begin < end."""
    if (not isinstance(window, (tuple, list)) or len(window) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in window)
            or not 0 <= window[0] < window[1]):
        raise ArgumentError(f"a timeline window is (begin, end) cycles with 0 <= begin < end, got {window!r}")
    return float(window[0]), float(min(window[1], max(makespan, window[0] + 1)))


def _parameters(target: TargetDescription, clock_ghz: float | None, efficiency: float | None, kernel: str,
                bandwidth_scale: float, depth: int | None, segments: int,
                setup_cycles: float | None = None) -> tuple[Parameters, dict[str, str]]:
    clock = clock_ghz if clock_ghz is not None else target.clock_ghz.value
    rate = target.stream_bytes_per_cycle.value * bandwidth_scale
    ddr = target.ddr_gbps.value / clock  # bytes per cycle
    kernel_efficiency = target.model.kernel_efficiency[kernel]
    efficiencies = {dtype: efficiency if efficiency is not None else kernel_efficiency[dtype].value
                    for dtype in target.macs_per_cycle}
    macs = {dtype: fact.value * efficiencies[dtype] for dtype, fact in target.macs_per_cycle.items()}
    params = Parameters(
        clock_ghz=clock, bytes_per_cycle=rate, ddr_bytes_per_cycle=ddr,
        macs_per_cycle=macs, elementwise_bits_per_cycle=float(target.model.elementwise_bits_per_cycle.value),
        store_bits_per_cycle=float(target.model.store_bits_per_cycle.value),
        efficiencies=efficiencies, kernel=kernel,
        setup_cycles=float(setup_cycles if setup_cycles is not None else target.model.transfer_setup_cycles.value),
        depth=depth if depth is not None else target.model.buffer_depth.value, segments=segments,
    )
    sources = {
        "clock": f"{clock:g} GHz ({'set' if clock_ghz is not None else target.clock_ghz.source})",
        "stream bandwidth": f"{rate:g} B/cycle per channel ({target.stream_bytes_per_cycle.source}"
                            f"{f'; scaled x{bandwidth_scale:g}' if bandwidth_scale != 1 else ''})",
        "DDR bandwidth": f"{target.ddr_gbps.value:g} GB/s = {ddr:.1f} B/cycle, shared at every moment evenly by "
                         "the shim transfers in flight, each at most the stream bandwidth"
                         + (f", {ddr / segments:.1f} B/cycle per segment copy" if segments > 1 else "")
                         + f" (work-conserving arbitration; {target.ddr_gbps.source})",
        "MACs/cycle": ", ".join(f"{d} {f.value}" for d, f in target.macs_per_cycle.items())
                      + f" ({next(iter(target.macs_per_cycle.values())).source})",
        # Narrowed to the program's input type once it is known.
        "compute efficiency": f"{kernel} kernels: " + (
            f"{efficiency:g} (set)" if efficiency is not None else
            ", ".join(f"{dtype} {fact.value:g}" for dtype, fact in kernel_efficiency.items())),
        "transfer setup": f"{params.setup_cycles:g} cycles per shim (L3 <-> L2) transfer; memtile and core channels "
                          "chain their buffer descriptors ("
                          f"{'set' if setup_cycles is not None else target.model.transfer_setup_cycles.source})",
        "buffer depth": f"{params.depth} ({'set' if depth is not None else target.model.buffer_depth.source}; "
                        "a herdflow.depth attribute on an allocation overrides it)",
        "linalg.fill": "free (zeroing the accumulator is not counted)",
        "epilogue": f"{params.elementwise_bits_per_cycle:g} operand bits per cycle per body op "
                    f"({target.model.elementwise_bits_per_cycle.source})",
        "core-side transpose": f"{params.store_bits_per_cycle:g} bits written per cycle "
                               f"({target.model.store_bits_per_cycle.source})",
    }
    return params, sources


def _minimum_l3(module: ir.Module) -> dict[str, int]:
    """Bytes of the distinct L3 buffers DMAs read and write: each once."""
    reads: dict[ir.Value, int] = {}
    writes: dict[ir.Value, int] = {}

    def walk(block: ir.Block) -> None:
        for op in block.operations:
            if isinstance(op, air.DmaMemcpyNdOp):
                for value, table in ((op.src, reads), (op.dst, writes)):
                    if level(value) == 0:
                        shape = ir.MemRefType(value.type)
                        table[value] = math.prod(shape.shape) * max(1, shape.element_type.width // 8)
            for region in op.regions:
                for nested in region.blocks:
                    walk(nested)

    walk(module.body)
    return {"read": sum(reads.values()), "write": sum(writes.values())}


def _host_bytes(module: ir.Module) -> int:
    """Bytes the host moves around the launch: each linalg op or memref.copy
    at a function's top level (the export form's padding: zero-filling the
    padded buffers, copying the operands in and the result out) reads and
    writes each of its static memref operands once."""
    total = 0
    for func in module.body.operations:
        if func.operation.name != "func.func":
            continue
        for block in func.regions[0].blocks:
            for op in block.operations:
                name = op.operation.name
                if not (name.startswith("linalg.") or name == "memref.copy"):
                    continue
                for value in op.operands:
                    if isinstance(value.type, ir.MemRefType) and ir.MemRefType(value.type).has_static_shape:
                        shape = ir.MemRefType(value.type)
                        total += math.prod(shape.shape) * max(1, shape.element_type.width // 8)
    return total


def model_air(air_text: str, target: str = "npu1", clock_ghz: float | None = None,
              efficiency: float | None = None, bandwidth_scale: float = 1.0, depth: int | None = None,
              segments: int = 1, useful_macs: int | None = None, kernel: str = "direct",
              setup_cycles: float | None = None) -> ModelResult:
    """Models a channel-form AIR program (one launch > segment > herd, as the
    aie-streaming-k pipeline makes it) on ``target``. ``segments`` places
    that many segment copies side by side (launch iterations spread over
    them); ``useful_macs`` counts throughput on the unpadded problem;
    ``kernel`` ("direct": the compute herdflow emits, or "external": a
    hand-written microkernel) picks the target's compute efficiency for the
    program's input type, which ``efficiency`` overrides; ``setup_cycles``
    overrides the target's cost of starting one transfer.

    Raises ArgumentError for a bad argument (``clock_ghz`` and
    ``bandwidth_scale`` finite and > 0, ``efficiency`` in (0, 1], ``depth``,
    ``segments`` and ``useful_macs`` integers >= 1), TargetError for an
    unknown target, ModelError for a program outside the model's subset
    (which includes one that takes more than MAX_WORK op visits per launch
    iteration to interpret)."""
    air_text = _validate.nesting(_validate.text(air_text, "the AIR program"), "the AIR program", ModelError)
    description = get_target(target)
    if clock_ghz is not None:
        clock_ghz = _validate.number(clock_ghz, "clock_ghz")
    if efficiency is not None:
        efficiency = _validate.number(efficiency, "efficiency", maximum=1.0)
    bandwidth_scale = _validate.number(bandwidth_scale, "bandwidth_scale")
    if depth is not None:
        depth = _validate.integer(depth, "depth")
    segments = _validate.integer(segments, "segments")
    _validate.choice(kernel, KERNEL_KINDS, "kernel kind")
    if setup_cycles is not None and setup_cycles != 0:
        setup_cycles = _validate.number(setup_cycles, "setup_cycles")
    if useful_macs is not None:
        useful_macs = _validate.integer(useful_macs, "useful_macs", limit=2**127)
    try:
        return _model_air(air_text, description, clock_ghz, efficiency, kernel, bandwidth_scale, depth, segments,
                          useful_macs, setup_cycles)
    except HerdflowError:
        raise
    except (KeyError, ValueError, IndexError, TypeError, AttributeError, ZeroDivisionError, RecursionError) as error:
        # What the checks above and in ProgramBuilder did not foresee: the
        # program is still outside the subset; say where, not a traceback.
        raise ModelError(f"the program is outside the model's subset ({type(error).__name__}: {error})") from error


def _period_floor(tasks: list[Task], params: Parameters, segments: int) -> float:
    """Cycles per launch iteration that no steady state beats: the busiest
    resource's work in one iteration (each task at its fastest), or the
    iteration's DDR bytes at the copy's share of DDR."""
    busy: dict[str, float] = {}
    ddr_bytes = 0
    for task in tasks:
        if task.launch != 0:
            continue
        fastest = task.duration + task.ddr_bytes / params.bytes_per_cycle
        for resource in task.resources:
            busy[resource] = busy.get(resource, 0.0) + fastest
        ddr_bytes += task.ddr_bytes
    return max(max(busy.values(), default=0.0), ddr_bytes * segments / params.ddr_bytes_per_cycle)


def _model_air(air_text: str, description: TargetDescription, clock_ghz: float | None, efficiency: float | None,
               kernel: str, bandwidth_scale: float, depth: int | None, segments: int,
               useful_macs: int | None, setup_cycles: float | None) -> ModelResult:
    with ir.Context():
        try:
            module = ir.Module.parse(air_text)
        except ir.MLIRError as error:
            raise ModelError(f"cannot parse the AIR program: {mlir_error_summary(error)}\n{error}") from None
        params, sources = _parameters(description, clock_ghz, efficiency, kernel, bandwidth_scale, depth, segments,
                                      setup_cycles)
        probe = ProgramBuilder(module, description, params)
        rows, columns = probe.herd_shape()
        if rows > description.core_rows.value or columns * segments > description.columns.value:
            raise ModelError(f"{segments} segment copies of a {rows}x{columns} herd do not fit the "
                             f"{description.name} array of {description.core_rows.value}x{description.columns.value}")
        probe.work()
        launches = probe.launch_count()
        per_copy = math.ceil(launches / segments)
        simulated = min(per_copy, SIMULATED_LAUNCHES)
        builder = ProgramBuilder(module, description, params)
        tasks = builder.build(simulated)
        minimum = _minimum_l3(module)
        host_bytes = _host_bytes(module)
    # The simulated copy gets its share of DDR: every copy runs the same program.
    schedule = simulate(tasks, builder.resource_order,
                        DdrShare(pool=params.ddr_bytes_per_cycle / segments, per_transfer=params.bytes_per_cycle))
    ends = [0.0] * simulated
    for task in tasks:
        ends[task.launch] = max(ends[task.launch], schedule.end[task.id])
    if per_copy > simulated:
        # A few iterations may not reach the steady state (a deep prefetch
        # still filling); no steady state beats any resource's own work.
        period = max((ends[3] - ends[1]) / 2, _period_floor(tasks, params, segments))
        cycles = ends[-1] + (per_copy - simulated) * period
    else:
        cycles = ends[-1]

    # Whole-program totals from one launch iteration's tasks.
    one = [t for t in tasks if t.launch == 0]
    traffic: dict[str, int] = {}
    per_resource_bytes: dict[str, int] = {}
    for task in one:
        if task.kind == "transfer":
            traffic[task.levels] = traffic.get(task.levels, 0) + task.bytes * task.receivers * launches
            for resource in task.resources:
                per_resource_bytes[resource] = per_resource_bytes.get(resource, 0) + task.bytes * per_copy
    macs = sum(t.macs for t in one) * launches
    if not builder.input_types:
        raise ModelError("the program has no linalg.generic to compute")
    dtype = builder.input_types[0]
    if efficiency is None and dtype in description.model.kernel_efficiency[kernel]:
        fact = description.model.kernel_efficiency[kernel][dtype]
        sources["compute efficiency"] = f"{kernel} kernel, {dtype}: {fact.value:g} ({fact.source})"
    tile, pack_fraction = builder.inner_tiles[0]
    intrinsic = description.intrinsic_mkn.get(dtype)
    if tile is not None and intrinsic is not None:
        im, ik, in_ = intrinsic.value
        sources["pack"] = (f"inner tile {tile[0]}x{tile[1]}x{tile[2]} (m x n x k) on the {dtype} intrinsic "
                           f"{im}x{in_}x{ik}: {100 * pack_fraction:.1f}% of its MACs used (a tile that is not a "
                           "multiple of the intrinsic computes whole intrinsic tiles)")
    rate = params.macs_per_cycle.get(dtype, 1.0) * pack_fraction
    cores = rows * columns * segments
    l3_read, l3_write = traffic.get("L3->L2", 0), traffic.get("L2->L3", 0)
    shim_columns = len({r.split(".")[0] for r in per_resource_bytes if r.startswith("shim")}) * segments
    shim_read_rate = max(shim_columns, 1) * description.shim_dma.mm2s_channels.value * params.bytes_per_cycle
    shim_write_rate = max(shim_columns, 1) * description.shim_dma.s2mm_channels.value * params.bytes_per_cycle

    def busiest(prefix: str) -> float:
        busiest_bytes = max((b for r, b in per_resource_bytes.items() if r.startswith(prefix)), default=0)
        return busiest_bytes / params.bytes_per_cycle

    bounds = [
        Bound("compute", macs / (cores * rate)),
        Bound("shim", max(l3_read / shim_read_rate, l3_write / shim_write_rate)),
        Bound("memtile-channel", busiest("memtile")),
        Bound("core-channel", busiest("core")),
        Bound("memory", (l3_read + l3_write) / params.ddr_bytes_per_cycle),
    ]
    makespan = schedule.makespan or 1.0
    busy: dict[str, float] = {}
    for task in tasks:
        for resource in task.resources:
            busy[resource] = busy.get(resource, 0.0) + schedule.busy(task)
    utilization = {resource: value / makespan for resource, value in busy.items()}
    peak = cores * description.macs_per_cycle[dtype].value * 2 if dtype in description.macs_per_cycle else 0.0
    useful = useful_macs if useful_macs is not None else macs
    array_rate = description.num_cores * description.macs_per_cycle[dtype].value if peak else 0.0
    limit = max(useful / array_rate if array_rate else 0.0,
                (minimum["read"] + minimum["write"]) / params.ddr_bytes_per_cycle)
    sources["fixed costs"] = (f"dispatch {description.model.dispatch_microseconds.value:g} us per invocation "
                              f"({description.model.dispatch_microseconds.source}), reported beside the modeled time")
    host_seconds = host_bytes / (description.ddr_gbps.value * 1e9)
    sources["host padding"] = (f"{host_bytes / 1e6:.3f} MB read and written by the host around the launch (zero-filled "
                               "padded buffers, operands copied in, the result copied out), at the DDR bandwidth "
                               "([D] no host figure in the target description), not overlapped with the launch")
    return ModelResult(
        target=description.name, params=params, cycles=cycles, launches=launches, simulated_launches=simulated,
        herd=(rows, columns), ops=2 * (useful_macs if useful_macs is not None else macs), dtype=dtype,
        bounds=bounds, traffic=traffic, minimum_l3=minimum, utilization=utilization, peak_ops_per_cycle=peak,
        sources=sources, limit_cycles=limit, dispatch_seconds=description.model.dispatch_microseconds.value * 1e-6,
        host_seconds=host_seconds,
        tasks=tasks, schedule=schedule,
    )
