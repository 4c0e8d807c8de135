"""The performance model: HARDWARE.md's analytic bounds and the measured npu1
bf16 plateau, monotonicity, its outputs, and its errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from herdflow import compile_matmul
from herdflow.errors import ArgumentError
from herdflow.model import ModelError, ModelResult, model_air
from herdflow.schedule import Schedule
from herdflow.passes import run_passes
from herdflow.frontend import generate

DISCUSSION = Schedule(1024, 512, 2048)


@lru_cache(maxsize=None)
def _air(schedule: Schedule, mode: str = "conditional") -> str:
    return compile_matmul(schedule, fill_mode=mode).air


def _model(schedule: Schedule, **options: object) -> ModelResult:
    return model_air(_air(schedule), schedule.target, useful_macs=schedule.m * schedule.n * schedule.k,
                     **options)  # type: ignore[arg-type]


# HARDWARE.md, "Analytic bounds for the seed's schedule" (npu1 at 1.0 GHz,
# 32x32 output tile per core, A broadcast along rows, B along columns).
ANALYTIC = [
    (Schedule(1024, 512, 2048), 16.8, "compute"),
    (Schedule(1024, 512, 2048, herd=(4, 4), block=(128, 128)), 4.19, "compute"),
    (Schedule(2048, 2048, 2048), 134.0, "compute"),
    (Schedule(2048, 2048, 2048, dtype="bf16", herd=(4, 4), block=(128, 128)), 8.4, "shim"),
]


@pytest.mark.parametrize("schedule, milliseconds, binding", ANALYTIC,
                         ids=[f"{s.m}x{s.n}x{s.k}-{s.dtype}-{s.herd[0]}x{s.herd[1]}" for s, _, _ in ANALYTIC])
def test_reproduces_the_analytic_bounds(schedule: Schedule, milliseconds: float, binding: str) -> None:
    # The analytic bounds count bytes at the stream bandwidth: no setup per
    # shim transfer (the target's fitted 659 cycles add 16% to the bf16 case).
    result = _model(schedule, setup_cycles=0)
    assert abs(result.seconds * 1e3 - milliseconds) <= 0.10 * milliseconds, result.describe()
    assert result.bound.resource == binding
    # Never faster than the roofline bound.
    assert result.cycles >= result.bound.cycles * (1 - 1e-9)


def test_predicts_the_measured_npu1_bf16_plateau() -> None:
    """npu1 4x4 bf16 measured 2.0-2.3 TFLOPS at 1 GHz: iree-amd-aie CI on Hawk
    Point, 512x4096x512 bf16, best 930 us = 2.31 TFLOPS; IRON flm.GEMM bf16
    1024^3, 2.0 TFLOPS (HARDWARE.md, published matmul results). Runs with the
    compute removed took as long: the designs are bound by data movement."""
    result = _model(Schedule(2048, 2048, 2048, dtype="bf16", herd=(4, 4), block=(128, 128)))
    assert 0.75 * 2.0 <= result.throughput <= 1.25 * 2.3, result.describe()
    assert result.unit == "TFLOPS"
    assert result.bound.resource in ("shim", "memtile-channel", "core-channel", "memory")


MONOTONE = [
    DISCUSSION,
    Schedule(512, 512, 1024, dtype="bf16", herd=(4, 4), block=(128, 128)),
    Schedule(256, 256, 512, dtype="i8", herd=(2, 4), block=(64, 128)),
    Schedule(97, 131, 257, dtype="f32", herd=(1, 2), block=(32, 64)),
]


@pytest.mark.parametrize("schedule", MONOTONE, ids=lambda s: f"{s.m}x{s.n}x{s.k}-{s.dtype}")
def test_more_bandwidth_and_deeper_buffers_never_slow_a_program(schedule: Schedule) -> None:
    base = _model(schedule)
    assert _model(schedule, bandwidth_scale=2.0).cycles <= base.cycles * (1 + 1e-9)
    assert base.cycles <= _model(schedule, depth=1).cycles * (1 + 1e-9)


def test_a_bigger_herd_is_never_slower_when_the_shim_does_not_bind() -> None:
    small = Schedule(1024, 1024, 1024, herd=(2, 2), block=(64, 64))
    big = Schedule(1024, 1024, 1024, herd=(4, 4), block=(128, 128))
    small_result, big_result = _model(small), _model(big)
    assert big_result.bound.resource != "shim"
    assert big_result.cycles <= small_result.cycles


def test_segment_copies_use_the_rest_of_the_array() -> None:
    one, two = _model(DISCUSSION), _model(DISCUSSION, segments=2)
    assert two.cycles < 0.55 * one.cycles
    with pytest.raises(ModelError, match="3 segment copies of a 2x2 herd do not fit the npu1 array of 4x4"):
        _model(DISCUSSION, segments=3)


def test_report_starts_with_three_stable_lines() -> None:
    lines = _model(DISCUSSION).describe().splitlines()
    assert re.fullmatch(r"modeled time: \d+\.\d+ ms", lines[0])
    assert re.fullmatch(r"modeled throughput: \d+\.\d+ TOPS", lines[1])
    assert lines[2] == "binding resource: compute"
    text = "\n".join(lines)
    for parameter in ("clock: 1 GHz", "stream bandwidth: 4 B/cycle", "compute efficiency: direct kernel, i32: 1 (",
                      "buffer depth: 2", "transfer setup: 659 cycles per shim (L3 <-> L2) transfer"):
        assert parameter in text
    assert "simulation: 6 of 128 launch iterations" in text


def test_trace_and_timeline(tmp_path: Path) -> None:
    result = _model(Schedule(256, 256, 512, dtype="bf16", herd=(2, 2)))
    result.write_trace(tmp_path / "trace.json")
    events = json.loads((tmp_path / "trace.json").read_text())["traceEvents"]
    tracks = {e["args"]["name"] for e in events if e["ph"] == "M"}
    assert {"core0,0", "core1,1"} <= tracks and any(t.startswith("shim0.mm2s") for t in tracks)
    spans = [e for e in events if e["ph"] == "X"]
    assert spans and all(e["dur"] > 0 for e in spans)
    # The trace says what it covers: the simulated iterations, the rest extrapolated.
    covered = json.loads((tmp_path / "trace.json").read_text())["otherData"]
    assert covered["launch_iterations_simulated"] == result.simulated_launches < result.launches
    assert covered["extrapolated"] and covered["modeled_cycles"] == result.cycles
    # Shim channels are named alike on every target (dmaN), reads and writes.
    assert any(t.startswith("shim0.s2mm.dma") for t in tracks) and not any(".op" in t for t in tracks)
    pytest.importorskip("matplotlib")
    for name, window in (("timeline.png", None), ("window.png", (100.0, 2000.0))):
        result.write_timeline(tmp_path / name, window)
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ArgumentError, match="a timeline window is"):
        result.write_timeline(tmp_path / "bad.png", (5.0, 1.0))
    result.write_heatmap(tmp_path / "heatmap.png")
    assert (tmp_path / "heatmap.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_default_timeline_shows_the_write_back() -> None:
    """A timeline of core (0,0)'s first launch iteration has the L1->L2 and
    L2->L3 rows: a write-bound run shows its bottleneck."""
    result = _model(Schedule(256, 256, 512, dtype="bf16", herd=(2, 2)))
    assert result.schedule is not None
    first = [t for t in result.tasks if t.launch == 0 and t.levels in ("L1->L2", "L2->L3")]
    assert {t.levels for t in first} == {"L1->L2", "L2->L3"}


def test_refuses_what_it_does_not_read() -> None:
    per_core = run_passes(generate(Schedule(128, 128, 256)),
                          "aie-fuse-fill-into-loop,aie-hoist-pack-unpack,aie-forall-to-air,aie-copy-to-dma")
    with pytest.raises(ModelError, match="a DMA inside the herd; run aie-dma-to-channel first"):
        model_air(per_core)
    with pytest.raises(ModelError, match="the module has 0 air.launch ops"):
        model_air("module {}")


def test_cli_model_prints_the_report(tmp_path: Path) -> None:
    exe = shutil.which("herdflow", path=str(Path(sys.executable).parent))
    assert exe
    air = tmp_path / "air.mlir"
    air.write_text(_air(DISCUSSION))
    result = subprocess.run([exe, "model", str(air), "--trace", str(tmp_path / "t.json")], capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2] == "binding resource: compute"
    assert (tmp_path / "t.json").exists()
    bad = subprocess.run([exe, "model", "--m", "64"], capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2 and "give an AIR file, or --m, --n and --k" in bad.stderr


@pytest.mark.slow
def test_models_every_sweep_program_never_faster_than_its_bound() -> None:
    from test_sweep import CASES

    for schedule, mode, _ in CASES:
        result = compile_matmul(schedule, fill_mode=mode).model()
        assert result.cycles >= result.bound.cycles * (1 - 1e-9), (schedule, mode, result.describe())


@pytest.mark.parametrize("schedule", [
    Schedule(256, 128, 512, dtype="bf16", herd=(2, 2), block=(64, 64)),
    Schedule(128, 128, 256, dtype="i8", herd=(2, 2), block=(64, 64)),
    Schedule(128, 256, 256, dtype="i32", target="npu4", herd=(2, 4), block=(64, 128)),
], ids=["bf16-2x2", "i8-2x2", "i32-npu4-2x4"])
def test_model_and_resource_check_count_the_same_traffic(schedule: Schedule) -> None:
    """Both count bytes into each receiver (a broadcast once per core that
    gets it), per level pair, for the whole program."""
    result = compile_matmul(schedule)
    assert result.resources.traffic_complete
    assert result.model().traffic == result.resources.traffic


def test_ddr_bandwidth_goes_to_the_transfers_in_flight() -> None:
    """npu4 2048^3 bf16 with a 4x8 herd and 512x512 blocks is memory bound:
    A's four shim streams carry twice the bytes of B's eight, and the C
    write-back runs only at each block's end. A static split of DDR (even,
    or by bytes) leaves bandwidth idle in every phase where some channel has
    nothing to move (modeled / memory bound 1.58 even, 1.17 by bytes);
    work-conserving arbitration keeps DDR busy, so the program runs at its
    memory bound (within the first block's fill and the last write-back),
    and never faster."""
    schedule = Schedule(2048, 2048, 2048, dtype="bf16", target="npu4", herd=(4, 8), block=(512, 512),
                        k_tiles=(256, 32), acc_depth=1)
    result = _model(schedule, kernel="external")
    memory = next(b.cycles for b in result.bounds if b.resource == "memory")
    assert result.bound.resource == "memory"
    assert memory <= result.cycles <= 1.2 * memory, result.describe()
    assert "shared at every moment evenly by the shim transfers in flight" in result.describe()


def test_ddr_share_is_divided_among_the_segment_copies() -> None:
    """Two segment copies each get half of DDR: a memory-bound program is
    not faster with two copies than its memory bound."""
    schedule = Schedule(2048, 2048, 2048, dtype="bf16", target="npu4", herd=(4, 4), block=(256, 512),
                        k_tiles=(256, 32), acc_depth=1)
    one, two = _model(schedule, kernel="external"), _model(schedule, kernel="external", segments=2)
    memory = next(b.cycles for b in two.bounds if b.resource == "memory")
    assert two.cycles >= memory * (1 - 1e-9), two.describe()
    assert two.cycles < one.cycles


def test_write_backs_into_disjoint_parts_of_one_buffer_run_together() -> None:
    """The cores of a herd column write their accumulators back into
    disjoint parts of their column's L2 piece, each on its own memtile
    channel: they overlap. (Ordering every write of a buffer after the last
    one serialized them: four 32 KiB write-backs one after another, a
    quarter of the gap between blocks; the model was 4-6% slow against
    mlir-air's 2048^3 measurements.) Writes that overlap stay ordered."""
    schedule = Schedule(2048, 2048, 2048, dtype="bf16", target="npu4", herd=(8, 4), block=(512, 512),
                        k_tiles=(256, 32), acc_depth=1)
    result = _model(schedule, kernel="external")
    timeline = result.schedule
    assert timeline is not None
    spans = sorted((timeline.start[t.id], timeline.end[t.id]) for t in result.tasks
                   if t.launch == 0 and t.levels == "L1->L2" and any(r.startswith("memtile0.s2mm") for r in t.resources))
    assert len(spans) == 4
    assert all(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:], strict=False)), spans


def test_a_single_buffered_accumulator_waits_for_its_write_back() -> None:
    """The same tiles with one accumulator copy instead of two: the block
    after each write-back starts later, so the program is never faster."""
    tiles = dict(m=256, n=256, k=256, dtype="bf16", target="npu4", herd=(2, 4), block=(128, 256),
                 k_tiles=(128, 32))
    double, single = _model(Schedule(**tiles)), _model(Schedule(**tiles, acc_depth=1))  # type: ignore[arg-type]
    assert single.cycles > double.cycles
    assert "herdflow.depth = 1" in _air(Schedule(**tiles, acc_depth=1))  # type: ignore[arg-type]


def test_kernel_kinds_take_the_targets_efficiency_per_type() -> None:
    """npu4 bf16 has fitted efficiencies (direct codegen below the hand
    kernel, benchmarks/peers.py); an explicit efficiency overrides either."""
    schedule = Schedule(512, 512, 512, dtype="bf16", target="npu4", herd=(4, 8), block=(256, 512),
                        k_tiles=(256, 32), acc_depth=1)
    direct, external = _model(schedule), _model(schedule, kernel="external")
    assert direct.cycles > external.cycles
    assert "compute efficiency: direct kernel, bf16: 0.2482 ([F] benchmarks/peers.py" in direct.describe()
    assert "compute efficiency: external kernel, bf16: 0.424 " in external.describe()
    pinned = [_model(schedule, kernel=kind, efficiency=0.5).cycles for kind in ("direct", "external")]
    assert pinned[0] == pinned[1]
    with pytest.raises(ArgumentError, match="unknown kernel kind 'ukernel'"):
        _model(schedule, kernel="ukernel")


def test_a_pack_that_is_not_the_intrinsic_computes_at_its_share_of_it() -> None:
    """bf16 on npu1 (intrinsic m x n x k 4x4x8): 2x2x2 packs fill 1/16 of
    each intrinsic call; 8x8x8 fills it; the compute bound follows."""
    base = dict(m=128, n=128, k=256, dtype="bf16", herd=(2, 2), block=(64, 64))
    native, small = _model(Schedule(**base, pack=(8, 8, 8))), _model(Schedule(**base, pack=(2, 2, 2)))  # type: ignore[arg-type]
    native_compute, small_compute = (next(b.cycles for b in r.bounds if b.resource == "compute")
                                     for r in (native, small))
    assert small_compute == pytest.approx(16 * native_compute)
    assert small.cycles > native.cycles
    assert "inner tile 2x2x2 (m x n x k) on the bf16 intrinsic 4x4x8: 6.2% of its MACs used" in small.describe()
    assert "inner tile 8x8x8 (m x n x k) on the bf16 intrinsic 4x4x8: 100.0%" in native.describe()


@pytest.mark.parametrize("schedule", [
    Schedule(256, 256, 512),
    Schedule(512, 512, 512, dtype="bf16", target="npu4", herd=(4, 8), block=(256, 512), k_tiles=(256, 32),
             acc_depth=1),
    Schedule(512, 1024, 256, dtype="i8", target="npu4", herd=(4, 8), block=(256, 256)),
], ids=["i32-npu1", "bf16-npu4", "i8-npu4"])
def test_never_faster_than_the_physical_limit(schedule: Schedule) -> None:
    for kernel in ("direct", "external"):
        result = _model(schedule, kernel=kernel)
        assert result.cycles >= result.limit_cycles > 0
        assert f"modeled / limit = {result.cycles / result.limit_cycles:.3f}" in result.describe()
        assert "with the fixed dispatch cost (107 us per invocation" in result.describe()


BOUNDED = [  # each herd fits the array twice: two segment copies
    Schedule(1024, 256, 512, dtype="f32", target="npu4", herd=(1, 4), block=(32, 256), k_tiles=(512, 64)),
    Schedule(512, 4096, 512, dtype="i8", target="npu4", herd=(4, 4), block=(256, 256), k_tiles=(128, 128)),
    Schedule(1024, 1024, 1024, dtype="i8", target="npu4", herd=(4, 4), block=(256, 256), k_tiles=(256, 64)),
    Schedule(2048, 2048, 2048, dtype="bf16", target="npu4", herd=(4, 4), block=(256, 512), k_tiles=(128, 32),
             acc_depth=1),
    Schedule(1024, 1024, 256, dtype="bf16", herd=(4, 2), block=(128, 64), k_tiles=(256, 32)),
    Schedule(768, 512, 1024, dtype="i16", herd=(2, 2), block=(64, 64), k_tiles=(256, 32), acc_depth=1),
]


@pytest.mark.slow
@pytest.mark.parametrize("schedule", BOUNDED, ids=[f"{s.case}-{s.dtype}-{s.target}" for s in BOUNDED])
def test_never_faster_than_any_bound_nor_than_one_more_iteration(schedule: Schedule) -> None:
    """With one or two segment copies and either kernel kind, the modeled
    time is never below a roofline bound or the physical limit (the
    extrapolated steady state once fell below the memory bound), and
    extrapolating matches simulating every launch iteration within 1%."""
    import herdflow.model as model

    for segments in (1, 2):
        for kernel in ("direct", "external"):
            result = _model(schedule, kernel=kernel, segments=segments)
            assert result.extrapolated
            assert all(result.cycles >= bound.cycles * (1 - 1e-9) for bound in result.bounds), result.describe()
            assert result.cycles >= result.limit_cycles
    simulated = model.SIMULATED_LAUNCHES
    model.SIMULATED_LAUNCHES = 10**6
    try:
        every = _model(schedule, kernel="direct")
    finally:
        model.SIMULATED_LAUNCHES = simulated
    assert not every.extrapolated
    assert _model(schedule, kernel="direct").cycles == pytest.approx(every.cycles, rel=0.01)


def test_the_hosts_padding_is_counted_beside_the_launch() -> None:
    """100^3 padded to whole 64x64 blocks and a 256-wide K tile: the host
    zero-fills the padded A (128 x 256) and B (256 x 128), copies the
    operands in and the result out (100 x 100 each, read and written); a
    shape of whole blocks pads nothing."""
    padded = _model(Schedule(100, 100, 100))
    # i32: fills of A and B, two copies in and one out, each read and written.
    expected = 4 * (128 * 256 + 256 * 128 + 2 * 2 * (100 * 100) + 2 * (100 * 100))
    assert padded.host_seconds == pytest.approx(expected / 55.5e9)
    assert padded.total_seconds == pytest.approx(padded.seconds + padded.dispatch_seconds + padded.host_seconds)
    assert f"host's padding ({padded.host_seconds * 1e6:.1f} us)" in padded.describe()
    assert _model(Schedule(128, 128, 256)).host_seconds == 0


def test_simulated_ddr_transfers_share_the_pool_while_in_flight() -> None:
    """Two transfers through DDR (pool 10 B/cycle, at most 8 each): the
    first pays a 4-cycle setup, then moves 100 bytes; the second moves 50 at
    once. A compute task waits for the second."""
    from herdflow.model.program import Task
    from herdflow.model.simulate import DdrShare, simulate

    tasks = [Task(0, "transfer", "a", 4.0, ["shim0"], ddr_bytes=100),
             Task(1, "transfer", "b", 0.0, ["shim1"], ddr_bytes=50),
             Task(2, "compute", "c", 3.0, ["core"], deps={1})]
    # The second starts at 0 with no setup: 0..4 alone at 8 (32 bytes), 4..
    # shared at 5: 18 left / 5 -> ends at 7.6; the first has 100 - 3.6 x 5
    # = 82 left at 7.6, alone at 8 -> 17.85.
    timeline = simulate(tasks, {"shim0": [0], "shim1": [1], "core": [2]}, DdrShare(pool=10.0, per_transfer=8.0))
    assert timeline.end[1] == pytest.approx(7.6)
    assert timeline.end[0] == pytest.approx(7.6 + 82 / 8)
    assert timeline.start[2] == pytest.approx(7.6) and timeline.end[2] == pytest.approx(10.6)
    assert timeline.busy(tasks[0]) == pytest.approx(timeline.end[0])


def test_extrapolated_period_is_never_shorter_than_one_iterations_ddr_bytes() -> None:
    """npu4 i8 512x4096x512, 256x256 blocks: the write-back dominates DDR and
    the first iterations' reads run far ahead, so the period between the
    simulated iterations is shorter than the steady state's (modeled / memory
    bound was 0.72). The period is at least one iteration's DDR bytes at the
    copy's share."""
    schedule = Schedule(512, 4096, 512, dtype="i8", target="npu4", herd=(4, 8), block=(256, 256),
                        k_tiles=(128, 128))
    result = _model(schedule, kernel="external")
    assert result.simulated_launches < result.launches
    assert result.bound.resource == "memory"
    assert result.bound.cycles * (1 - 1e-9) <= result.cycles <= 1.1 * result.bound.cycles, result.describe()


@pytest.mark.parametrize("schedule", [
    Schedule(512, 4096, 512, dtype="i8", target="npu4", herd=(4, 8), block=(256, 256), k_tiles=(128, 128)),
    Schedule(1024, 1024, 512, dtype="bf16", target="npu4", herd=(4, 4), block=(256, 256), k_tiles=(256, 32),
             acc_depth=1),
    Schedule(512, 512, 256, dtype="i32", herd=(2, 2), block=(64, 64)),
], ids=["i8-npu4", "bf16-acc1", "i32-npu1"])
@pytest.mark.parametrize("form", ["sync", "async"])
def test_copied_launch_iterations_are_the_interpreted_ones(schedule: Schedule, form: str) -> None:
    """Once two consecutive launch iterations give the same tasks shifted by
    one, the builder copies the later ones: the tasks, their dependencies and
    every resource's order are those interpreting each iteration gives."""
    import herdflow.model.program as program
    from herdflow.model import _parameters
    from herdflow.mlir import ir
    from herdflow.target import get_target

    compiled = compile_matmul(schedule)
    air = compiled.air if form == "sync" else compiled.async_air
    target = get_target(schedule.target)

    def build(copy_from: int) -> tuple[list[tuple[object, ...]], dict[str, list[int]]]:
        with ir.Context():
            params, _ = _parameters(target, None, None, "direct", 1.0, None, 1, None)
            module = ir.Module.parse(air)
            builder = program.ProgramBuilder(module, target, params)
            stationary = builder._stationary

            def checked(*args: object) -> bool:
                found = stationary(*args)  # type: ignore[arg-type]
                copies.append(found)
                return found

            builder._stationary = checked  # type: ignore[method-assign]
            original = program._REPLICATE_FROM
            program._REPLICATE_FROM = copy_from
            try:
                tasks = builder.build(7)
            finally:
                program._REPLICATE_FROM = original
        return ([(t.id, t.kind, t.name, t.duration, tuple(t.resources), frozenset(t.deps), t.bytes, t.receivers,
                  t.levels, t.macs, t.launch, t.ddr_bytes) for t in tasks], builder.resource_order)

    copies: list[bool] = []
    copied, interpreted = build(program._REPLICATE_FROM), build(10**9)
    assert copies and copies[-1], "the builder never found the iterations stationary: nothing was copied"
    assert copied == interpreted
    assert len({task[10] for task in copied[0]}) == 7
