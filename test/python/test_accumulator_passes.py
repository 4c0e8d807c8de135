"""aie-fuse-fill-into-loop and aie-hoist-pack-unpack: the IR after the passes
computes what it computed before and what numpy computes (bit-exact for
integers), in both fill modes and both pass orders, for schedules across
types, sizes, herds and targets; and the data movement per loop level on the
discussion's case, counted."""

from __future__ import annotations

import pytest

from herdflow.check import compare, random_inputs
from herdflow.frontend import generate
from herdflow.passes import fuse_fill_into_loop, run_passes
from herdflow.runner import execute
from herdflow.schedule import Schedule
from herdflow.structure import loop_structure

SCHEDULES = [
    Schedule(1024, 512, 2048),
    Schedule(1, 1, 1),
    Schedule(64, 64, 256, dtype="i8", herd=(1, 1)),
    Schedule(97, 131, 257, dtype="i8"),
    Schedule(100, 37, 300, dtype="i8", herd=(4, 4)),
    Schedule(128, 128, 512, dtype="i16"),
    Schedule(61, 67, 71, dtype="i16", herd=(4, 4)),
    Schedule(256, 256, 256, dtype="bf16", herd=(4, 4)),
    Schedule(13, 200, 511, dtype="bf16"),
    Schedule(64, 64, 64, dtype="f32"),
    Schedule(127, 3, 1000, dtype="f32", herd=(1, 1)),
    Schedule(2, 509, 33, herd=(2, 1)),
    Schedule(300, 20, 64, herd=(1, 2)),
    Schedule(128, 256, 512, dtype="i8", target="npu4", herd=(4, 8), block=(128, 256)),
    Schedule(200, 300, 100, dtype="bf16", target="npu4", herd=(4, 8), block=(128, 256)),
    Schedule(37, 41, 43, dtype="f32", target="npu4"),
    Schedule(512, 64, 64, target="npu4", herd=(4, 2), k_tiles=(64, 16)),
    Schedule(96, 96, 96, dtype="i8", block=(96, 96), k_tiles=(64, 32)),
    Schedule(128, 128, 1024, dtype="i32", herd=(2, 2), k_tiles=(512, 64)),
    Schedule(64, 128, 96, dtype="i16", k_tiles=(32, 32)),
]


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["conditional", "peel"])
@pytest.mark.parametrize("schedule", SCHEDULES, ids=[f"{s.case}-{s.dtype}-{s.herd[0]}x{s.herd[1]}-{s.target}" for s in SCHEDULES])
def test_same_numbers_before_and_after(schedule: Schedule, mode: str) -> None:
    baseline = generate(schedule)
    fused = fuse_fill_into_loop(baseline, mode)
    assert fused != baseline, "the pass changed nothing"
    a, b = random_inputs(schedule, seed=7)
    before = execute(baseline, [a, b])
    after = execute(fused, [a, b])
    assert compare(schedule, a, b, after).ok
    if schedule.dtype in ("i8", "i16", "i32"):
        assert (before == after).all()


PIPELINES = {
    "fuse-then-hoist": "aie-fuse-fill-into-loop,aie-hoist-pack-unpack",
    "hoist-then-fuse": "aie-hoist-pack-unpack,aie-fuse-fill-into-loop",
    "peel-then-hoist": "aie-fuse-fill-into-loop{mode=peel},aie-hoist-pack-unpack",
}


@pytest.mark.slow
@pytest.mark.parametrize("pipeline", list(PIPELINES))
@pytest.mark.parametrize("schedule", SCHEDULES, ids=[f"{s.case}-{s.dtype}-{s.herd[0]}x{s.herd[1]}-{s.target}" for s in SCHEDULES])
def test_hoisting_keeps_the_numbers(schedule: Schedule, pipeline: str) -> None:
    baseline = generate(schedule)
    hoisted = run_passes(baseline, PIPELINES[pipeline])
    a, b = random_inputs(schedule, seed=11)
    after = execute(hoisted, [a, b])
    assert compare(schedule, a, b, after).ok
    if schedule.dtype in ("i8", "i16", "i32"):
        assert (execute(baseline, [a, b]) == after).all()


def _levels(outline: list[str]) -> list[tuple[int, str]]:
    """(loop depth inside the herd forall, op) for the data movement."""
    result = []
    herd_depth = None
    for line in outline:
        depth = (len(line) - len(line.lstrip())) // 2
        text = line.strip()
        if text.startswith("scf.forall") and "thread" in text:
            herd_depth = depth
            continue
        if herd_depth is None or depth <= herd_depth:
            continue
        result.append((depth - herd_depth - 1, text))
    return result


def test_data_movement_per_level_on_the_discussion_case() -> None:
    """The issue's target counts, per core."""
    baseline = generate(Schedule(1024, 512, 2048))
    for pipeline in ("fuse-then-hoist", "hoist-then-fuse"):
        outline = loop_structure(run_passes(baseline, PIPELINES[pipeline]))
        per_level = _levels(outline)
        # Before the K loops: the L1 accumulator's fill; after: one unpack.
        assert [t for d, t in per_level if d == 0 and not t.startswith(("memref.alloc", "scf.for"))] == [
            "linalg.fill -> L1", "linalg.transpose L1 -> L2", "memref.copy L2 -> L2"]
        # Outer K loop: exactly the 2 L3 -> L2 copies.
        assert [t for d, t in per_level if d == 1 and not t.startswith(("memref.alloc", "scf.for"))] == [
            "linalg.copy L3 -> L2", "linalg.copy L3 -> L2"]
        # Inner K loop: exactly 2 packs L2 -> L1 and the compute.
        assert [t for d, t in per_level if d == 2 and not t.startswith("memref.alloc")] == [
            "linalg.transpose L2 -> L1", "linalg.transpose L2 -> L1", "linalg.generic (L1, L1, L1)"]
        assert _count(outline, "linalg.fill -> L2") == 0
        assert _count(outline, "linalg.copy L2 -> L3") == 1

    outline = loop_structure(run_passes(baseline, PIPELINES["peel-then-hoist"]))
    per_level = _levels(outline)
    top = [t for d, t in per_level if d == 0 and not t.startswith(("memref.alloc", "scf.for"))]
    assert top == ["linalg.copy L3 -> L2", "linalg.copy L3 -> L2",
                   "linalg.transpose L2 -> L1", "linalg.transpose L2 -> L1",
                   "linalg.fill -> L1", "linalg.generic (L1, L1, L1)",
                   "linalg.transpose L1 -> L2", "memref.copy L2 -> L2"]
    assert [t for d, t in per_level if d == 1 and not t.startswith(("memref.alloc", "scf.for"))] == [
        "linalg.transpose L2 -> L1", "linalg.transpose L2 -> L1", "linalg.generic (L1, L1, L1)",
        "linalg.copy L3 -> L2", "linalg.copy L3 -> L2"]
    assert [t for d, t in per_level if d == 2 and not t.startswith("memref.alloc")] == [
        "linalg.transpose L2 -> L1", "linalg.transpose L2 -> L1", "linalg.generic (L1, L1, L1)"]
    assert _count(outline, "linalg.fill -> L2") == 0
    assert _count(outline, "linalg.copy L2 -> L3") == 1


def _count(outline: list[str], text: str) -> int:
    return sum(1 for line in outline if line.strip() == text)


@pytest.mark.parametrize("mode", ["conditional", "peel"])
def test_accumulator_movement_on_the_discussion_case(mode: str) -> None:
    baseline = loop_structure(generate(Schedule(1024, 512, 2048)))
    fused = loop_structure(fuse_fill_into_loop(generate(Schedule(1024, 512, 2048)), mode))
    # The L2 fill is gone and L1 is filled instead.
    assert _count(baseline, "linalg.fill -> L2") == 1 and _count(fused, "linalg.fill -> L2") == 0
    assert _count(fused, "linalg.fill -> L1") == 1
    packs = _count(fused, "linalg.transpose L2 -> L1")
    if mode == "conditional":
        # The accumulator's pack stays in the loop, under the condition.
        assert packs == _count(baseline, "linalg.transpose L2 -> L1") == 3
    else:
        # Peeled: the first step has no accumulator pack; the remaining inner
        # loop of the first outer step and the main nest keep all three.
        assert packs == 2 + 3 + 3
        assert _count(fused, "linalg.copy L3 -> L2") == 3 * 2


TRANSFORM_SCRIPT = """
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %herd = transform.structured.match ops{["scf.forall"]} attributes {mapping = [#gpu.thread<y>, #gpu.thread<x>]} in %root : (!transform.any_op) -> !transform.any_op
    %loops = transform.structured.match ops{["scf.for"]} in %herd : (!transform.any_op) -> !transform.any_op
    %inner, %outer = transform.split_handle %loops : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.aie.fuse_fill_into_loop %outer {mode = "MODE"} : !transform.any_op
    transform.aie.hoist_pack_unpack %herd : !transform.any_op
    transform.yield
  }
}
"""


@pytest.mark.parametrize("mode", ["conditional", "peel"])
def test_transform_ops_from_python(mode: str) -> None:
    """transform.aie.* run by the transform interpreter of herdflow's bindings
    give what the passes give."""
    from herdflow.mlir import ir
    from herdflow.mlir.dialects.transform import interpreter

    schedule = Schedule(256, 128, 512)
    baseline = generate(schedule)
    with ir.Context():
        payload = ir.Module.parse(baseline)
        script = ir.Module.parse(TRANSFORM_SCRIPT.replace("MODE", mode))
        entry = next(op for op in script.body.operations if op.sym_name.value == "__transform_main")
        interpreter.apply_named_sequence(payload, entry, script)
        scripted = str(payload)
    fill_mode = "{mode=peel}" if mode == "peel" else ""
    expected = run_passes(baseline, f"aie-fuse-fill-into-loop{fill_mode},aie-hoist-pack-unpack")
    assert loop_structure(scripted) == loop_structure(expected)
    a, b = random_inputs(schedule)
    assert (execute(scripted, [a, b]) == execute(baseline, [a, b])).all()
