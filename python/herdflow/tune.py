"""Choosing a streaming-K schedule: enumerate, prune, evaluate, cache.

``tune(m, n, k, dtype, target)`` enumerates the schedule space (herd shapes
on the array, core tiles, L2 and L1 K tiles, L2 reuse; every fixed parameter
kept),
prunes it with the Schedule's own validation (tiles divide, packs divide,
L1/L2 footprints fit), ranks the survivors by an analytic estimate (compute
at the target's MACs/cycle, DDR and shim-stream bytes at their bandwidths, plus
the pipeline's fill and drain and a single-buffered accumulator's stalls),
and evaluates the best-ranked through the whole pipeline, the resource check
and the performance model in a process pool. Results are cached on disk,
keyed by the shape, types, target, fixed parameters, herdflow's version and
the tuner's revision.

The physical limit reported next to each schedule is the slower of the
array's compute (every core at its MACs/cycle, unpadded M x N x K) and the
minimum DDR traffic (A, B read once, C written once) at the target's DDR
bandwidth: no schedule can beat it, and the model never reports faster.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import __version__, _validate
from .errors import ArgumentError, HerdflowError, ScheduleError
from .schedule import ACCUMULATOR_TYPES, BYTES, INPUT_TYPES, Schedule
from .target import KERNEL_KINDS, TargetDescription, get_target, target_names

__all__ = ["TuneResult", "TunedSchedule", "estimate_cycles", "physical_limit_cycles", "schedule_space", "tune"]

CORE_TILES = (32, 64, 128)
L1_K_TILES = (32, 64)
L2_K_TILES = (128, 256, 512)
L2_REUSE = (1, 2, 4)
FIXABLE = ("block", "herd", "k_tiles", "pack", "acc_depth", "l2_reuse")
# Part of the cache key: bumped when the space, the ranking or the model
# change what tune() returns for the same arguments within one version.
TUNER_REVISION = 5
# How far down the ranking tune() goes, in multiples of `evaluate`.
ATTEMPTS = 6

Progress = Callable[[str], None]


@dataclass(frozen=True)
class TunedSchedule:
    """One evaluated schedule: the model's verdict, or why it failed."""

    block: tuple[int, int]
    herd: tuple[int, int]
    k_tiles: tuple[int, int]
    pack: tuple[int, int, int]
    acc_depth: int
    estimate_cycles: float
    l2_reuse: int = 1
    modeled_seconds: float | None = None
    throughput: float | None = None  # TOPS or TFLOPS on the unpadded problem
    binding: str | None = None
    failure: str | None = None

    def describe(self) -> str:
        return (f"herd {self.herd[0]}x{self.herd[1]}, block {self.block[0]}x{self.block[1]}, "
                f"K tiles {self.k_tiles[0]},{self.k_tiles[1]}, pack {'x'.join(map(str, self.pack))}"
                f"{', acc depth ' + str(self.acc_depth) if self.acc_depth == 1 else ''}"
                f"{', L2 reuse ' + str(self.l2_reuse) if self.l2_reuse > 1 else ''}")


@dataclass
class TuneResult:
    m: int
    n: int
    k: int
    dtype: str
    acc_dtype: str
    target: str
    unit: str
    limit_seconds: float
    # Schedules of the space that passed validation.
    valid: int
    evaluated: list[TunedSchedule] = field(default_factory=list)
    seconds: float = 0.0
    cached: bool = False
    kernel: str = "direct"

    @property
    def best(self) -> TunedSchedule:
        """The fastest schedule the model evaluated; HerdflowError if none
        compiled and fit."""
        ranked = [s for s in self.evaluated if s.modeled_seconds is not None]
        if not ranked:
            reasons = "; ".join(sorted({s.failure or "" for s in self.evaluated}))[:300]
            raise HerdflowError(f"no schedule of {self.m}x{self.n}x{self.k} {self.dtype} compiled and fit "
                                f"{self.target} ({reasons})")
        return min(ranked, key=lambda s: s.modeled_seconds or math.inf)

    def schedule(self, entry: TunedSchedule | None = None) -> Schedule:
        entry = entry or self.best
        return Schedule(self.m, self.n, self.k, dtype=self.dtype, acc_dtype=self.acc_dtype, target=self.target,
                        block=entry.block, herd=entry.herd, k_tiles=entry.k_tiles, pack=entry.pack,
                        acc_depth=entry.acc_depth, l2_reuse=entry.l2_reuse)

    def table(self, top: int = 5) -> str:
        ranked = sorted((s for s in self.evaluated if s.modeled_seconds is not None),
                        key=lambda s: s.modeled_seconds or math.inf)[:top]
        lines = [f"{'schedule':<68} {'modeled ms':>11} {self.unit:>7} {'% limit':>8}  binding"]
        for entry in ranked:
            seconds = entry.modeled_seconds or math.inf
            lines.append(f"{entry.describe():<68} {seconds * 1e3:>11.4f} {entry.throughput or 0:>7.2f} "
                         f"{100 * self.limit_seconds / seconds:>7.1f}%  {entry.binding}")
        failed = [s for s in self.evaluated if s.modeled_seconds is None]
        if failed:
            lines.append(f"({len(failed)} of {len(self.evaluated)} evaluated schedules did not compile or fit)")
        return "\n".join(lines)


def _choices(fixed: object, options: Iterator[Any]) -> Iterator[Any]:
    if fixed is not None:
        yield fixed
    else:
        yield from options


def schedule_space(m: int, n: int, k: int, dtype: str, acc_dtype: str, target: str,
                   **fixed: Any) -> Iterator[Schedule]:
    """Every valid schedule of the space, each fixed parameter kept: herds of
    power-of-two shape on the array, core tiles of 32 to 128, 1, 2 or 4 herd
    tiles per block along N (L2 reuse), L1 K tiles 32 or 64 and L2 K tiles
    128 to 512 (no larger than K needs); accumulators at the target's buffer
    depth, or single-buffered where only that fits (the model never prefers
    depth 1 for the same tiles)."""
    description = get_target(target)
    kp = max(L1_K_TILES)
    rows, columns = description.core_rows.value, description.columns.value
    # (M, N) extents; M along the array's columns where only that fits.
    herds = [(r, c) for r in (1, 2, 4, 8) for c in (1, 2, 4, 8)
             if (r <= rows and c <= columns) or (r <= columns and c <= rows)]
    for herd in _choices(fixed.get("herd"), iter(herds)):
        for reuse in _choices(fixed.get("l2_reuse"), iter(L2_REUSE)):
            blocks = ((herd[0] * tm, herd[1] * tn * reuse) for tm in CORE_TILES for tn in CORE_TILES)
            for block in _choices(fixed.get("block"), blocks):
                # A block far larger than the problem only pads: keep the
                # first that covers each dimension.
                if fixed.get("block") is None and (block[0] >= 2 * max(m, herd[0] * CORE_TILES[0])
                                                   or block[1] >= 2 * max(n, herd[1] * CORE_TILES[0])):
                    continue
                yield from _k_tilings(m, n, k, dtype, acc_dtype, target, block, herd, reuse, kp, fixed)


def _k_tilings(m: int, n: int, k: int, dtype: str, acc_dtype: str, target: str, block: tuple[int, int],
               herd: tuple[int, int], reuse: int, kp: int, fixed: dict[str, Any]) -> Iterator[Schedule]:
    k_options = ((l2, l1) for l1 in L1_K_TILES for l2 in L2_K_TILES
                 if l2 % l1 == 0 and (l2 == L2_K_TILES[0] or l2 <= math.ceil(k / kp) * kp))
    for k_tiles in _choices(fixed.get("k_tiles"), k_options):
        for acc_depth in _choices(fixed.get("acc_depth"), iter((None, 1))):
            try:
                yield Schedule(m, n, k, dtype=dtype, acc_dtype=acc_dtype, target=target, block=block,
                               herd=herd, k_tiles=k_tiles, pack=fixed.get("pack"), acc_depth=acc_depth,
                               l2_reuse=reuse)
                break
            except ScheduleError:
                continue


def ranked_space(m: int, n: int, k: int, dtype: str, acc_dtype: str, target: str, kernel: str = "direct",
                 **fixed: Any) -> list[Schedule]:
    """The schedule space (each fixed parameter not None kept), fastest
    estimate first: the order in which tune() evaluates it."""
    candidates = list(schedule_space(m, n, k, dtype, acc_dtype, target,
                                     **{name: value for name, value in fixed.items() if value is not None}))
    candidates.sort(key=lambda s: (estimate_cycles(s, kernel), s.launch_grid[0] * s.launch_grid[1]))
    return candidates


def estimate_cycles(schedule: Schedule, kernel: str = "direct") -> float:
    """An analytic estimate of a schedule's time, to rank candidates: the
    slowest of compute (the herd's cores at the target's MACs/cycle, on the
    padded problem), DDR (A read once per block column, B once per block
    row, C written once) and the shim streams (two per herd column); plus
    what no overlap hides: the first block's first K slices read before any
    compute and the last block written after it, with a single-buffered
    accumulator each core's write-back between its herd tiles, and under L2
    reuse A's block rows loaded whole before a block's first tile (its one
    L2 copy is reloaded only after the previous block's last reads)."""
    target = schedule.target_description
    mp, np_, kp = schedule.padded
    rows, cols = schedule.herd
    bm, bn = schedule.block
    macs = mp * np_ * kp
    rate = (target.macs_per_cycle[schedule.dtype].value
            * target.model.kernel_efficiency[kernel][schedule.dtype].value)
    compute = macs / (rows * cols * rate)
    size, acc = BYTES[schedule.dtype], BYTES[str(schedule.acc_dtype)]
    read = mp * kp * size * (np_ // bn) + kp * np_ * size * (mp // bm)
    written = mp * np_ * acc
    ddr = (read + written) / (target.ddr_gbps.value / target.clock_ghz.value)
    stream = target.stream_bytes_per_cycle.value
    shim = read / (2 * schedule.array_columns * stream)
    ddr_rate = target.ddr_gbps.value / target.clock_ghz.value
    k_l2 = schedule.k_tiles[0]
    tile_m, tile_n = schedule.herd_tile
    blocks = (mp // bm) * (np_ // bn)
    tiles = blocks * schedule.l2_reuse
    if schedule.l2_reuse > 1:
        fill = (bm * kp + k_l2 * tile_n) * size / ddr_rate
        reloads = (blocks - 1) * bm * kp * size / ddr_rate
    else:
        fill = (bm * k_l2 + k_l2 * bn) * size / ddr_rate
        reloads = 0.0
    drain = tile_m * tile_n * acc / ddr_rate
    cm, cn = schedule.core_tile
    stalls = (tiles - 1) * cm * cn * acc / stream if schedule.acc_depth == 1 else 0.0
    return max(compute, ddr, shim) + fill + drain + stalls + reloads


def physical_limit_cycles(m: int, n: int, k: int, dtype: str, acc_dtype: str, target: TargetDescription) -> float:
    """max(every core at its MACs/cycle, the minimum DDR bytes at the DDR
    bandwidth), unpadded."""
    compute = m * n * k / (target.num_cores * target.macs_per_cycle[dtype].value)
    ddr_bytes = (m * k + k * n) * BYTES[dtype] + m * n * BYTES[acc_dtype]
    return max(compute, ddr_bytes / (target.ddr_gbps.value / target.clock_ghz.value))


def _evaluate(args: tuple[dict[str, Any], str, str]) -> TunedSchedule:
    """Compiles, checks and models one schedule (in a worker process)."""
    from .compiler import compile_matmul

    spec, fill_mode, kernel = args
    schedule = Schedule(**spec)
    entry = {"block": schedule.block, "herd": schedule.herd, "k_tiles": schedule.k_tiles,
             "pack": schedule.pack, "acc_depth": schedule.acc_depth, "l2_reuse": schedule.l2_reuse,
             "estimate_cycles": estimate_cycles(schedule, kernel)}
    try:
        result = compile_matmul(schedule, fill_mode=fill_mode)
        model = result.model(kernel=kernel)
    except HerdflowError as error:
        return TunedSchedule(**entry, failure=str(error).partition("\n")[0][:200])  # type: ignore[arg-type]
    return TunedSchedule(**entry, modeled_seconds=model.seconds, throughput=model.throughput,  # type: ignore[arg-type]
                         binding=model.bound.resource)


def _from_json(entry: dict[str, Any]) -> TunedSchedule:
    """A cached TunedSchedule (JSON has lists where it had tuples)."""
    fields: dict[str, Any] = {name: tuple(value) if isinstance(value, list) else value
                              for name, value in entry.items()}
    return TunedSchedule(**fields)


class _Serial:
    """The executor interface, in this process (jobs=1)."""

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, function: Callable[[Any], TunedSchedule], items: list[Any]) -> Iterator[TunedSchedule]:
        return map(function, items)


def _cache_path(cache_dir: Path, key: dict[str, Any]) -> Path:
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:20]
    return cache_dir / f"tune-{digest}.json"


def _default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "herdflow" / "tune"


def tune(m: int, n: int, k: int, dtype: str = "i32", target: str = "npu1", acc_dtype: str | None = None,
         fill_mode: str = "conditional", evaluate: int = 8, jobs: int = 2, cache_dir: Path | str | None = None,
         progress: Progress | None = None, kernel: str = "direct", **fixed: Any) -> TuneResult:
    """The best streaming-K schedule for C[M,N] = A[M,K] x B[K,N] on
    ``target`` that herdflow's model finds among the ``evaluate`` best
    estimated schedules of the space; ``fixed`` (block, herd, k_tiles, pack,
    acc_depth, l2_reuse) keeps those parameters; ``kernel`` ("direct" or "external") is
    the kind of compute kernel the model assumes. Results are cached across
    runs in ``cache_dir``
    (default ``~/.cache/herdflow/tune``; ``HERDFLOW_TUNE_CACHE=0`` in the
    environment turns the default cache off), keyed by the arguments, the
    target description and herdflow's version. Raises ArgumentError for bad
    arguments."""
    from .passes import FILL_MODES

    start = time.perf_counter()
    for name, value in (("M", m), ("N", n), ("K", k)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ArgumentError(f"{name} must be an integer >= 1, got {value!r}")
    _validate.choice(dtype, INPUT_TYPES, "input type")
    _validate.choice(target, target_names(), "target")
    _validate.choice(fill_mode, FILL_MODES, "fill mode")
    _validate.choice(kernel, KERNEL_KINDS, "kernel kind")
    acc = acc_dtype or ACCUMULATOR_TYPES[dtype][0]
    _validate.choice(acc, ACCUMULATOR_TYPES[dtype], "accumulator type")
    unknown = set(fixed) - set(FIXABLE)
    if unknown:
        raise ArgumentError(f"unknown schedule parameter(s): {', '.join(sorted(unknown))} ({', '.join(FIXABLE)})")
    for name, count in (("evaluate", evaluate), ("jobs", jobs)):
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ArgumentError(f"{name} must be an integer >= 1, got {count!r}")
    description = get_target(target)
    limit = physical_limit_cycles(m, n, k, dtype, acc, description) / (description.clock_ghz.value * 1e9)
    unit = "TFLOPS" if dtype in ("bf16", "f32") else "TOPS"
    key = {"m": m, "n": n, "k": k, "dtype": dtype, "acc": acc, "target": target, "fill_mode": fill_mode,
           "kernel": kernel,
           "evaluate": evaluate, "fixed": {name: list(v) if isinstance(v, tuple) else v for name, v in fixed.items()
                                                if v is not None},
           "version": __version__, "revision": TUNER_REVISION, "target_description": description.to_json()}
    use_cache = cache_dir is not None or os.environ.get("HERDFLOW_TUNE_CACHE", "1") != "0"
    path = _cache_path(Path(cache_dir) if cache_dir is not None else _default_cache_dir(), key)
    if use_cache and path.exists():
        try:
            stored = json.loads(path.read_text())
            entries: list[dict[str, Any]] = stored["evaluated"]
            result = TuneResult(**{**stored, "evaluated": [_from_json(e) for e in entries]})
            result.cached, result.seconds = True, time.perf_counter() - start
            if progress:
                progress(f"tune: cached result {path}")
            return result
        except (OSError, ValueError, TypeError, KeyError):
            pass  # a stale or damaged cache entry: tune again
    candidates = ranked_space(m, n, k, dtype, acc, target, kernel, **fixed)
    if progress:
        progress(f"tune: {len(candidates)} valid schedules; evaluating the best estimated on {jobs} process(es) "
                 f"until {evaluate} compile and fit")
    specs = [({"m": m, "n": n, "k": k, "dtype": dtype, "acc_dtype": acc, "target": target, "block": s.block,
               "herd": s.herd, "k_tiles": s.k_tiles, "pack": s.pack, "acc_depth": s.acc_depth,
               "l2_reuse": s.l2_reuse}, fill_mode, kernel)
             for s in candidates]
    # Down the ranking in chunks until `evaluate` schedules compiled and fit
    # (the resource check refuses some the Schedule's footprints accept; a
    # refusal costs a compile, not a model run), at most ATTEMPTS x evaluate.
    evaluated: list[TunedSchedule] = []
    chunk = max(jobs, 2) * 2
    with ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else _Serial() as pool:
        for begin in range(0, min(len(specs), ATTEMPTS * evaluate), chunk):
            evaluated += pool.map(_evaluate, specs[begin:begin + chunk])
            fitting = sum(1 for entry in evaluated if entry.modeled_seconds is not None)
            if progress:
                progress(f"tune: {len(evaluated)} evaluated, {fitting} compiled and fit")
            if fitting >= evaluate:
                break
    result = TuneResult(m, n, k, dtype, acc, target, unit, limit, valid=len(candidates), kernel=kernel,
                        evaluated=evaluated, seconds=time.perf_counter() - start)
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({**asdict(result), "cached": False, "seconds": 0.0}))
        except OSError:
            pass  # no cache: the result stands
    return result
