"""Compile a matmul end to end: front end, the aie-streaming-k passes one by
one (each stage's IR kept), the resource check, and the CPU proof.

    result = herdflow.compile_matmul(Schedule(1024, 512, 2048), fill_mode="peel")
    result.air                      # placeable channel-form AIR
    result.resources.describe()     # what it needs from the array
    result.check()                  # random inputs, CPU vs numpy
    print(result.report())
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import _validate
from .check import CheckResult, compare, compare_epilogue, compare_with, random_inputs, random_operand
from .choice import CHOICES, PARAMETERS, ScheduleChoice, choose_schedule
from .errors import ArgumentError, CompileError, HerdflowError, ModelError, PassError, ResourceError
from .frontend import FRONTENDS
from .passes import FILL_MODES, PASS_STAGES, run_passes, stage_pipeline
from .resources import ResourceReport, check_resources
from .runner import to_bf16_bits
from .schedule import Schedule
from .structure import loop_structure
from .target import KERNEL_KINDS

if TYPE_CHECKING:
    from .frontend.functions import MatmulFunction
    from .model import ModelResult

__all__ = ["FRONTENDS", "PASS_STAGES", "CompileError", "CompiledFunction", "CompiledMatmul", "CompiledModule",
           "compile_file", "compile_matmul", "compile_module", "compile_source"]

Progress = Callable[[str], None]
_NUMPY_INTEGERS = {"i8": np.int8, "i16": np.int16, "i32": np.int32, "i64": np.int64}


def _progress(progress: object) -> Progress | None:
    if progress is not None and not callable(progress):
        raise ArgumentError(f"progress must be a callable taking a str, got {type(progress).__name__}")
    return progress


# What each stage must have produced; a user's IR without it is not the
# tiled, packed, bufferized matmul the pipeline works on.
_EXPECTED = {
    "forall-to-air": ("air.herd", "no scf.forall mapped to #gpu.thread became an air.herd: the input needs the "
                                  "block forall (#gpu.block) around a thread forall (#gpu.thread)"),
    "copy-to-dma": ("air.dma_memcpy_nd", "no copy between memory spaces became an air.dma_memcpy_nd"),
    "dma-to-channel": ("air.channel.get", "no transfer into L1 became a channel (see the remarks of "
                                          "aie-dma-to-channel)"),
}


def _run_stages(text: str, target: str, fill_mode: str, stages: dict[str, str], timings: dict[str, float],
                progress: Progress | None) -> ResourceReport:
    for stage in PASS_STAGES:
        start = time.perf_counter()
        try:
            text = run_passes(text, stage_pipeline(stage, target, fill_mode))
        except CompileError:
            raise
        except PassError as error:
            raise CompileError(f"aie-{stage}: {error}", error.errors) from None
        timings[stage] = time.perf_counter() - start
        expected = _EXPECTED.get(stage)
        if expected and expected[0] not in text:
            raise CompileError(f"aie-{stage}: {expected[1]}")
        stages[stage] = text
        if progress:
            progress(f"aie-{stage} in {timings[stage] * 1e3:.1f} ms")
    start = time.perf_counter()
    report = check_resources(text, target)
    timings["check-resources"] = time.perf_counter() - start
    if progress:
        progress(f"aie-check-resources{{target={target}}}: fits")
    return report


@dataclass
class CompiledModule:
    """The pipeline's result on IR a user brought: every stage's IR, in
    order, and the resource report of the final AIR."""

    target: str
    fill_mode: str
    stages: dict[str, str]
    resources: ResourceReport
    timings: dict[str, float] = field(default_factory=dict)
    _exported: str | None = field(default=None, init=False, repr=False, compare=False)
    _exported_async: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def air(self) -> str:
        """The final, placeable AIR program in the export form
        (herdflow.export): memref arguments, the result an output argument,
        the module naming its target (and schedule)."""
        if self._exported is None:
            from .export import export_air

            self._exported = export_air(self.stages[PASS_STAGES[-1]], self.target, self._schedule_description())
        return self._exported

    @property
    def async_air(self) -> str:
        """The final AIR program in the export form and mlir-air's async
        form (aie-air-dependency): every transfer and hierarchy op async with
        its true dependencies, allocations and compute in air.execute."""
        if self._exported_async is None:
            from .export import export_air

            self._exported_async = export_air(self.stages[PASS_STAGES[-1]], self.target,
                                              self._schedule_description(), asynchronous=True)
        return self._exported_async

    def _schedule_description(self) -> str | None:
        return None

    def run(self, *inputs: np.ndarray) -> np.ndarray:
        """The final AIR program on the CPU (aie-air-to-loops) on ``inputs``.
        Raises ExecutionError for inputs of the wrong type or shape."""
        from .runner import execute

        return execute(self.air, list(inputs))

    def check(self, seed: int = 0) -> CheckResult:
        """Runs the first stage (the IR as given) and the final AIR program on
        the same random inputs: bit-exact for integers; for floats within
        1e-5 relative (the same arithmetic, possibly in another order)."""
        from .runner import argument_types, execute

        rng = np.random.default_rng(seed)
        inputs: list[np.ndarray] = []
        first = next(iter(self.stages.values()))
        for shape, element in argument_types(first):
            if element.startswith("i"):
                inputs.append(rng.integers(-8, 9, size=shape).astype(_NUMPY_INTEGERS.get(element, np.int32)))
            else:
                values = rng.uniform(-1.0, 1.0, size=shape).astype(np.float32)
                inputs.append(to_bf16_bits(values) if element == "bf16" else values)
        expected = execute(first, inputs)
        result = self.run(*inputs)
        if result.shape != expected.shape:
            return CheckResult(False, float("inf"), f"shape {result.shape} != {expected.shape}")
        if np.issubdtype(expected.dtype, np.integer):
            difference = np.abs(result.astype(np.int64) - expected.astype(np.int64))
            return CheckResult(not difference.any(), float(difference.max(initial=0)),
                               "bit-exact against the input IR on the CPU")
        error = np.abs(result.astype(np.float64) - expected.astype(np.float64))
        bound = 1e-5 * (1.0 + np.abs(expected.astype(np.float64)))
        return CheckResult(bool((error <= bound).all()), float(error.max(initial=0.0)),
                           "within 1e-5 relative of the input IR on the CPU")

    def model(self, **options: object) -> ModelResult:
        """The performance model of the final AIR program on the target
        (options as herdflow.model.model_air)."""
        from .model import model_air

        return model_air(self.air, self.target, **options)  # type: ignore[arg-type]

    def write_stages(self, directory: Path | str) -> list[Path]:
        """Writes each stage as ``NN-<stage>.mlir`` into ``directory``,
        created if missing; its parent must exist (ArgumentError if not)."""
        directory = _validate.output_path(directory, "the stages directory", directory=True)
        directory.mkdir(exist_ok=True)
        paths = []
        for index, (stage, text) in enumerate(self.stages.items()):
            path = directory / f"{index:02d}-{stage}.mlir"
            path.write_text(text)
            paths.append(path)
        return paths


@dataclass
class CompiledMatmul(CompiledModule):
    """One matmul through the whole flow."""

    schedule: Schedule = field(default=None)  # type: ignore[assignment]
    frontend: str = "mlir"
    # Where each tiling parameter came from (herdflow.choice): given, tuned,
    # default or target intrinsic; empty when the caller built the Schedule.
    provenance: dict[str, str] = field(default_factory=dict)

    def _schedule_description(self) -> str | None:
        return self.schedule.describe() if self.schedule is not None else None

    def run(self, *inputs: np.ndarray) -> np.ndarray:
        """C = A x B by the final AIR program on the CPU (aie-air-to-loops),
        given A and B. Raises ExecutionError for inputs of the wrong type or
        shape."""
        from .runner import execute

        return execute(self.air, list(inputs))

    def check(self, seed: int = 0) -> CheckResult:
        """Runs the final AIR program on random inputs and compares with numpy
        (bit-exact for integers)."""
        a, b = random_inputs(self.schedule, seed)
        return compare(self.schedule, a, b, self.run(a, b))

    def model(self, **options: object) -> ModelResult:
        """The performance model of the final AIR program on the schedule's
        target (options: clock_ghz, efficiency, depth, segments,
        bandwidth_scale); throughput counts the unpadded M x N x K."""
        from .model import model_air

        s = self.schedule
        return model_air(self.air, self.target, useful_macs=s.m * s.n * s.k, **options)  # type: ignore[arg-type]

    def report(self, check: CheckResult | None = None, kernel: str = "direct") -> str:
        """A readable report: schedule, loop structure of the final AIR, bytes
        moved per level (total and per L2 K step of one block), resources,
        the performance model's verdict (with ``kernel`` kernels), and the
        CPU check when given."""
        s = self.schedule
        launches = math.ceil(s.m / s.block[0]) * math.ceil(s.n / s.block[1])
        k_steps = math.ceil(s.k / s.k_tiles[0])
        lines = [
            f"herdflow report: {s.describe()}",
            *([f"  schedule parameters: {', '.join(f'{name} {origin}' for name, origin in self.provenance.items())}"]
              if self.provenance else []),
            f"  front end {self.frontend}, fill mode {self.fill_mode}, target {self.target}",
            "",
            "loop structure (final AIR):",
            *(f"  {line}" for line in loop_structure(self.air)),
            "",
            f"bytes moved per matmul ({launches} blocks x {k_steps} L2 K steps; into each receiver, a "
            "broadcast once per core):",
            f"  {'levels':<10} {'total MB':>10} {'per block per K step KiB':>26}",
        ]
        flow = ["L3->L2", "L2->L1", "L1->L2", "L2->L3"]
        order = sorted(self.resources.traffic, key=lambda key: (flow.index(key) if key in flow else len(flow), key))
        for levels in order:
            total = self.resources.traffic[levels]
            per_step = total / (launches * k_steps) / 1024
            lines.append(f"  {levels:<10} {total / 1e6:>10.2f} {per_step:>26.1f}")
        if not self.resources.traffic_complete:
            lines.append("  (incomplete: some loop has no static trip count)")
        lines += ["", self.resources.describe(), ""]
        try:
            model = self.model(kernel=kernel)
        except ModelError as error:  # e.g. too many K steps to interpret: the rest of the report stands
            lines += [f"performance model: not run ({str(error).partition(chr(10))[0]})", ""]
        else:
            lines += ["performance model (herdflow model for the details):",
                      *(f"  {line}" for line in model.describe().splitlines()[:3]),
                      f"  bound {model.bound.cycles / (model.params.clock_ghz * 1e6):.4f} ms ({model.bound.resource}), "
                      f"modeled / bound = {model.cycles / model.bound.cycles:.3f}", ""]
        timing = ", ".join(f"{stage} {seconds * 1e3:.1f}" for stage, seconds in self.timings.items())
        lines.append(f"compile time (ms): {timing}")
        if check is not None:
            lines.append(f"CPU check against numpy: {check}")
        return "\n".join(lines)


def compile_matmul(schedule: Schedule, frontend: str = "mlir", fill_mode: str = "conditional",
                   progress: Progress | None = None) -> CompiledMatmul:
    """Compiles C = A x B for ``schedule``: the tensor IR, the front end's
    baseline (``frontend`` "mlir": embedded MLIR 22; "iree": iree-opt 3.13),
    then each aie-streaming-k pass, then the resource check on the schedule's
    target. Raises ArgumentError (``schedule`` is not a Schedule, unknown
    front end or fill mode), FrontendError, CompileError, or ResourceError
    (the program does not fit; its report attached); all HerdflowError."""
    from .frontend import generate, matmul_payload

    if not isinstance(schedule, Schedule):
        raise ArgumentError(f"compile_matmul takes a herdflow.schedule.Schedule, got {type(schedule).__name__}")
    _validate.choice(frontend, FRONTENDS, "front end")
    _validate.choice(fill_mode, FILL_MODES, "fill mode")
    progress = _progress(progress)
    stages: dict[str, str] = {"tensor": matmul_payload(schedule)}
    timings: dict[str, float] = {}
    start = time.perf_counter()
    stages["baseline"] = generate(schedule, frontend)
    timings["frontend"] = time.perf_counter() - start
    if progress:
        progress(f"{frontend} front end in {timings['frontend'] * 1e3:.1f} ms")
    report = _run_stages(stages["baseline"], schedule.target, fill_mode, stages, timings, progress)
    return CompiledMatmul(target=schedule.target, fill_mode=fill_mode, stages=stages, resources=report,
                          timings=timings, schedule=schedule, frontend=frontend)


def compile_module(module: object, target: str = "npu1", fill_mode: str = "conditional",
                   progress: Progress | None = None) -> CompiledModule:
    """Applies the aie-streaming-k passes to IR the user brings (text, or a
    module of herdflow's bindings): the tiled, packed, bufferized matmul with
    a block-level and a thread-level scf.forall, as the front ends (or IREE
    with the same schedule) produce. Raises CompileError naming the stage
    whose expected result is missing, ResourceError when the result does
    not fit, ArgumentError for an unknown target or fill mode or a module
    that is neither text nor an MLIR module."""
    from .mlir import ir
    from .target import target_names

    _validate.choice(target, target_names(), "target")
    _validate.choice(fill_mode, FILL_MODES, "fill mode")
    progress = _progress(progress)
    if isinstance(module, (ir.Module, ir.Operation, ir.OpView)):
        text = str(module)
    else:
        text = _validate.text(module, "the module (IR text or an ir.Module)")
    if "scf.forall" not in text:
        raise CompileError("the input has no scf.forall: compile_module expects the tiled, packed, bufferized "
                           "matmul (block forall around a thread forall), not the tensor-level matmul")
    stages = {"input": text}
    timings: dict[str, float] = {}
    report = _run_stages(text, target, fill_mode, stages, timings, progress)
    return CompiledModule(target=target, fill_mode=fill_mode, stages=stages, resources=report, timings=timings)


@dataclass
class CompiledFunction(CompiledMatmul):
    """One matmul function of the user's input through the whole flow: its
    own ops, padded to the schedule's tiles, through the front end and the
    pipeline."""

    name: str = ""
    # The function as the user wrote it: what the reference executes.
    source: str = ""
    # A is stored K x M, B N x K.
    transposed: tuple[bool, bool] = (False, False)
    # The batch size of a batch matmul (A is B x M x K); 0 for a matmul.
    batch: int = 0
    # The epilogue's operands after A and B, (shape, element type) each.
    operands: tuple[tuple[tuple[int, ...], str], ...] = ()
    # The function's result element type (the epilogue's, or the accumulator's).
    result_dtype: str = ""
    # The function applies an elementwise epilogue to the matmul's result.
    epilogue: bool = False

    def run(self, *inputs: np.ndarray) -> np.ndarray:
        """The function's result by the final AIR program on the CPU, given A
        (M x K) and B (K x N), or their batches, then the epilogue's operands
        in the function's argument order; A and B in the layout the function
        stores them in."""
        from .runner import execute

        if len(inputs) != 2 + len(self.operands):
            names = "A, B" + "".join(f", operand {i + 2}" for i in range(len(self.operands)))
            raise ArgumentError(f"run takes {names}, got {len(inputs)} arrays")
        return execute(self.air, [*self._stored(*inputs[:2]), *inputs[2:]])

    def _stored(self, a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
        """A and B as the function stores them (each batch element
        transposed for a batch matmul)."""
        return [np.ascontiguousarray(np.swapaxes(a, -1, -2)) if self.transposed[0] else a,
                np.ascontiguousarray(np.swapaxes(b, -1, -2)) if self.transposed[1] else b]

    def check(self, seed: int = 0, reference: str = "auto") -> CheckResult:
        """Runs the final AIR program on random inputs against IREE's llvm-cpu
        execution of the user's function (``reference`` "iree"; "auto" when
        IREE is installed) or numpy ("numpy", or "auto" without IREE)."""
        from .reference import iree_reference, iree_reference_available

        _validate.choice(reference, ("auto", "iree", "numpy"), "reference")
        if self.epilogue:
            return _check_epilogue_result(self, seed, reference)
        a, b = _random_pair(self, seed)
        result = self.run(a, b)
        if reference == "numpy" or (reference == "auto" and not iree_reference_available()):
            checks = [compare(self.schedule, x, y, r) for x, y, r in _elements(a, b, result, self.batch)]
        else:
            expected = iree_reference(self.source, self.name, self._stored(a, b), self.schedule.dtype)
            checks = [compare_with(self.schedule, x, y, r, e, "IREE llvm-cpu")
                      for (x, y, r), (_, _, e) in zip(_elements(a, b, result, self.batch),
                                                      _elements(a, b, expected, self.batch), strict=True)]
        return _combined(checks)


def _check_epilogue_result(self: CompiledFunction, seed: int, reference: str) -> CheckResult:
    """The final AIR program against IREE's llvm-cpu execution of the user's
    function (or, without IREE or with reference "numpy", herdflow's CPU
    runner on the function itself: numpy cannot evaluate an arbitrary
    epilogue). Integers bit-exact; floats within twice the f32 summation
    bound of the matmul (the epilogue taken as 1-Lipschitz in the
    accumulator: bias, relu, clamps, casts) plus one unit in the last place
    of the result type."""
    from .reference import iree_reference, iree_reference_available
    from .runner import execute

    a, b = _random_pair(self, seed)
    extras = [random_operand(shape, dtype, seed + 1000 + i) for i, (shape, dtype) in enumerate(self.operands)]
    result = self.run(a, b, *extras)
    stored = [*self._stored(a, b), *extras]
    if reference == "numpy" or (reference == "auto" and not iree_reference_available()):
        expected, name = execute(self.source, stored, self.name), "the CPU runner on the input"
    else:
        expected = iree_reference(self.source, self.name, stored, self.schedule.dtype)
        name = "IREE llvm-cpu"
    checks = [compare_epilogue(self.schedule, x, y, r, e, self.result_dtype, name)
              for (x, y, r), (_, _, e) in zip(_elements(a, b, result, self.batch),
                                              _elements(a, b, expected, self.batch), strict=True)]
    return _combined(checks)


def _random_pair(self: CompiledFunction, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Random A and B (M x K, K x N), stacked per batch element for a batch
    matmul (element i from seed + i)."""
    if not self.batch:
        return random_inputs(self.schedule, seed)
    pairs = [random_inputs(self.schedule, seed + element) for element in range(self.batch)]
    return np.stack([pair[0] for pair in pairs]), np.stack([pair[1] for pair in pairs])


def _combined(checks: list[CheckResult]) -> CheckResult:
    """One batch element's check, or all of them as one."""
    if len(checks) == 1:
        return checks[0]
    return CheckResult(all(c.ok for c in checks), max(c.max_error for c in checks),
                       f"{checks[0].tolerance}, each of {len(checks)} batch elements")


def _elements(a: np.ndarray, b: np.ndarray, c: np.ndarray, batch: int) -> list[tuple[np.ndarray, ...]]:
    """(A, B, C) per batch element, or the one triple of a matmul."""
    if not batch:
        return [(a, b, c)]
    if c.shape[:1] != (batch,):
        return [(a[0], b[0], c)]  # a wrong shape: compare reports it
    return [(a[i], b[i], c[i]) for i in range(batch)]


def compile_source(text: str, target: str = "npu1", fill_mode: str = "conditional",
                   progress: Progress | None = None, schedule: str = "tuned", kernel: str = "direct",
                   **tiling: object) -> list[CompiledFunction]:
    """Compiles every matmul function of ``text`` (linalg on tensors, or the
    executable sources iree-compile writes) through the front end and the
    pipeline, one AIR program each; ``tiling`` (block, herd, k_tiles, pack,
    acc_depth, l2_reuse) fixes those schedule parameters, ``schedule`` says where the others come
    from ("tuned": herdflow.tune; "default": the discussion's fixed
    schedule, the L2 K tile no larger than K); ``kernel`` is the compute
    kernel kind the tuner's model assumes. Raises FrontendError naming
    the op herdflow cannot compile, CompileError, ResourceError,
    ArgumentError."""
    from .frontend.dispatches import extract_dispatches, is_executable_sources
    from .frontend.embedded import run_embedded
    from .frontend.functions import find_matmul_functions
    from .target import target_names

    _validate.text(text, "the input")
    _validate.choice(target, target_names(), "target")
    _validate.choice(fill_mode, FILL_MODES, "fill mode")
    _validate.choice(schedule, CHOICES, "schedule choice")
    _validate.choice(kernel, KERNEL_KINDS, "kernel kind")
    progress = _progress(progress)
    unknown = set(tiling) - set(PARAMETERS)
    if unknown:
        raise ArgumentError(f"unknown tiling parameter(s): {', '.join(sorted(unknown))} ({', '.join(PARAMETERS)})")
    if is_executable_sources(text):
        start = time.perf_counter()
        text = extract_dispatches(text)
        if progress:
            progress(f"dispatch bodies extracted by IREE in {(time.perf_counter() - start) * 1e3:.1f} ms")

    choices: dict[tuple[int, int, int, str, str], ScheduleChoice] = {}
    # A function whose tuned schedule did not fit: the schedule it takes next.
    overrides: dict[tuple[int, int, int, str, str], Schedule] = {}

    def make_schedule(m: int, n: int, k: int, dtype: str, acc_dtype: str) -> Schedule:
        key = (m, n, k, dtype, acc_dtype)
        if key in overrides:
            return overrides[key]
        if key not in choices:
            # L2 reuse is tiled for plain matmuls only (not an epilogue's
            # phases, nor transposed or batched operands): a FILE's
            # functions take it when given.
            given = {"l2_reuse": 1, **tiling}
            choices[key] = choose_schedule(m, n, k, dtype, acc_dtype, target, schedule, fill_mode, clip_k=True,
                                           progress=progress, kernel=kernel, **given)
            if "l2_reuse" not in tiling:
                choices[key].provenance["l2_reuse"] = "default"
        return choices[key].schedule

    def compile_function(function: MatmulFunction, provenance: dict[str, str]) -> CompiledFunction:
        if progress:
            batch = f"batch of {function.batch}, each " if function.batch else ""
            progress(f"@{function.name}: {batch}{function.schedule.describe()}")
        stages = {"tensor": function.tensor}
        timings: dict[str, float] = {}
        start = time.perf_counter()
        stages["baseline"] = run_embedded(function.schedule, function.tensor, function.epilogue)
        timings["frontend"] = time.perf_counter() - start
        try:
            report = _run_stages(stages["baseline"], target, fill_mode, stages, timings, progress)
        except ResourceError as error:
            raise ResourceError(f"@{function.name}: {error}", error.errors, error.report) from None
        except CompileError as error:
            raise CompileError(f"@{function.name}: {error}", error.errors) from None
        return CompiledFunction(target=target, fill_mode=fill_mode, stages=stages, resources=report,
                                timings=timings, schedule=function.schedule, frontend="mlir",
                                name=function.name, source=function.source,
                                transposed=function.transposed, batch=function.batch,
                                operands=function.operands, result_dtype=function.result_dtype,
                                epilogue=function.epilogue, provenance=provenance)

    def fall_back(function: MatmulFunction, error: ResourceError) -> CompiledFunction:
        """The function compiled with the next tuned schedules that needs less
        of what did not fit, at most FALLBACK_ATTEMPTS of them; the first
        error when none fits."""
        key = _key(function.schedule)
        choice = choices[key]
        limits: dict[str, float] = {}
        tried = {function.schedule.describe()}
        failed: Schedule = function.schedule
        last: PassError = error
        try:
            while len(tried) <= FALLBACK_ATTEMPTS:
                if isinstance(last, ResourceError):
                    _tighten(limits, failed, last)
                candidate = next((s for s in choice.alternatives if s.describe() not in tried
                                  and s.l1_bytes() < limits.get("L1", math.inf)
                                  and _l2_per_memtile(s) < limits.get("L2", math.inf)), None)
                if candidate is None:
                    break
                tried.add(candidate.describe())
                if progress:
                    progress(f"@{function.name}: the schedule does not fit with this function's own buffers "
                             f"({_first_line(last)}); trying the next tuned one: {candidate.describe()}")
                overrides[key] = candidate
                again = next(f for f in find_matmul_functions(text, make_schedule) if f.name == function.name)
                # What the fallback changed says so; the rest is the tuner's.
                provenance = {p: "fallback" if origin == "tuned" and getattr(candidate, p) !=
                              getattr(choice.schedule, p) else origin for p, origin in choice.provenance.items()}
                try:
                    return compile_function(again, provenance)
                except (ResourceError, CompileError) as next_error:
                    # A candidate the pipeline refuses is passed over like
                    # one that does not fit; the first error is the one told.
                    failed, last = candidate, next_error
            count = len(tried) - 1
            tail = (f"{count} next tuned schedule{'s' if count > 1 else ''} that need{'' if count > 1 else 's'} "
                    "less did not fit either" if count else "no tuned schedule needs less")
            first, _, rest = str(error).partition("\n")
            raise ResourceError(f"{first} ({tail}; give the tiling with --block/--herd/--k-tiles)"
                                + (f"\n{rest}" if rest else ""), error.errors, error.report) from None
        finally:
            overrides.pop(key, None)

    results = []
    for function in find_matmul_functions(text, make_schedule, progress):
        provenance = choices[_key(function.schedule)].provenance if _key(function.schedule) in choices else {}
        try:
            results.append(compile_function(function, provenance))
        except ResourceError as error:
            if not choices[_key(function.schedule)].alternatives or not _schedule_can_help(error):
                raise
            results.append(fall_back(function, error))
    return results


def _first_line(error: HerdflowError) -> str:
    return str(error).splitlines()[0].split(": ", 1)[-1]


# How many next-ranked schedules a function whose tuned schedule does not
# fit tries before the first error stands (each is a compile: ~0.2-1 s).
FALLBACK_ATTEMPTS = 6


def _schedule_can_help(error: ResourceError) -> bool:
    """False when a core tile needs more DMA channels than it has: one per
    distinct operand stream (A, B, an epilogue operand that cannot share
    theirs), whatever the tiling."""
    return not any(text.startswith("each core tile of the herd needs") for text in error.errors)


def _tighten(limits: dict[str, float], failed: Schedule, error: ResourceError) -> None:
    """What the next schedule must stay under: the plain-matmul footprint
    (L1 per core, L2 per memtile) of every schedule whose own buffers
    overflowed that memory."""
    text = " ".join([str(error), *error.errors])
    for memory, used in (("L1", failed.l1_bytes()), ("L2", _l2_per_memtile(failed))):
        if f"bytes of {memory}" in text:
            limits[memory] = min(limits.get(memory, used), used)


def _l2_per_memtile(schedule: Schedule) -> float:
    """The plain-matmul L2 footprint over the memtiles of the herd's columns
    (the resource check counts L2 per memtile)."""
    return schedule.l2_bytes() / schedule.array_columns


def _key(schedule: Schedule) -> tuple[int, int, int, str, str]:
    return (schedule.m, schedule.n, schedule.k, schedule.dtype, str(schedule.acc_dtype))


def compile_file(path: str | Path, target: str = "npu1", fill_mode: str = "conditional",
                 progress: Progress | None = None, schedule: str = "tuned", kernel: str = "direct",
                 **tiling: object) -> list[CompiledFunction]:
    """``compile_source`` on the text of the file at ``path``; ArgumentError
    when it cannot be read."""
    if not isinstance(path, (str, Path)):
        raise ArgumentError(f"path must be a str or Path, got {type(path).__name__}")
    try:
        text = Path(path).read_text()
    except (OSError, UnicodeDecodeError) as error:
        raise ArgumentError(f"cannot read {path}: {error}") from None
    return compile_source(text, target, fill_mode, progress, schedule, kernel, **tiling)
