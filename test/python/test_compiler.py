"""herdflow.compile_matmul / compile_module: every stage's IR, the resource
report, run() and check(); clear errors for IR of the wrong form."""

from __future__ import annotations

import numpy as np
import pytest

import herdflow
from herdflow.compiler import PASS_STAGES, CompileError
from herdflow.export import export_air
from herdflow.frontend import generate, matmul_payload
from herdflow.frontend.iree import iree_available
from herdflow.schedule import Schedule


@pytest.fixture(scope="module")
def discussion() -> herdflow.CompiledMatmul:
    return herdflow.compile_matmul(Schedule(1024, 512, 2048))


def test_every_stage_in_order(discussion: herdflow.CompiledMatmul) -> None:
    assert list(discussion.stages) == ["tensor", "baseline", *PASS_STAGES]
    assert "linalg.matmul" in discussion.stages["tensor"]
    assert "scf.forall" in discussion.stages["baseline"]
    assert "air.herd" in discussion.stages["forall-to-air"]
    assert discussion.air == export_air(discussion.stages["unpeel-transfers"], "npu1", discussion.schedule.describe())
    assert discussion.resources.fits and discussion.resources.channels("core") == (2, 1)
    assert set(discussion.timings) == {"frontend", *PASS_STAGES, "check-resources"}


def test_run_and_check(discussion: herdflow.CompiledMatmul) -> None:
    assert discussion.check(seed=3).ok
    small = herdflow.compile_matmul(Schedule(37, 41, 43, dtype="i8", herd=(1, 2)), fill_mode="peel")
    a = np.arange(37 * 43, dtype=np.int64).reshape(37, 43).astype(np.int8)
    b = np.arange(43 * 41, dtype=np.int64).reshape(43, 41).astype(np.int8)
    assert (small.run(a, b) == a.astype(np.int32) @ b.astype(np.int32)).all()


def test_report_sections(discussion: herdflow.CompiledMatmul) -> None:
    report = discussion.report()
    for section in ("loop structure (final AIR):",
                    "bytes moved per matmul (128 blocks x 8 L2 K steps; into each receiver",
                    "resource usage on npu1", "compile time (ms):"):
        assert section in report
    assert "CPU check" not in report


def test_compile_module_on_a_users_baseline() -> None:
    schedule = Schedule(256, 128, 512)
    result = herdflow.compile_module(generate(schedule), target="npu1", fill_mode="peel")
    assert list(result.stages) == ["input", *PASS_STAGES]
    assert result.stages[PASS_STAGES[-1]] == herdflow.compile_matmul(schedule, fill_mode="peel").stages[PASS_STAGES[-1]]
    assert 'herdflow.target = "npu1"' in result.air


@pytest.mark.skipif(not iree_available(), reason="iree-base-compiler is not installed")
def test_compile_module_on_iree_output() -> None:
    schedule = Schedule(256, 128, 512, dtype="bf16")
    result = herdflow.compile_module(generate(schedule, "iree"), target="npu1")
    assert result.resources.fits and "air.channel.put" in result.air


def test_compile_module_refuses_the_wrong_form() -> None:
    with pytest.raises(CompileError, match="no scf.forall: compile_module expects the tiled, packed, bufferized"):
        herdflow.compile_module(matmul_payload(Schedule(8, 8, 8)))
    no_threads = generate(Schedule(64, 64, 64)).replace("#gpu.thread<y>, #gpu.thread<x>", "#gpu.warp<y>, #gpu.warp<x>")
    with pytest.raises(CompileError, match="aie-forall-to-air: no scf.forall mapped to #gpu.thread became an air.herd"):
        herdflow.compile_module(no_threads)
    with pytest.raises(CompileError, match="aie-sink-reduction-loop-into-herd: "):
        herdflow.compile_module("func.func @f() { scf.forall (%i) in (2) { } return }\nbad")
    with pytest.raises(ValueError, match="unknown target 'npu9'"):
        herdflow.compile_module("", target="npu9")


def test_stages_are_the_cpp_pipeline_pass_by_pass() -> None:
    """Python takes aie-streaming-k's passes from the C++ pipeline: running
    them one by one (the stages) ends where the whole pipeline does."""
    from herdflow.passes import run_passes, streaming_k_passes

    passes = streaming_k_passes("npu1", "peel")
    assert [p.split("{")[0] for p in passes[:-1]] == [f"aie-{stage}" for stage in PASS_STAGES]
    assert passes[-1].startswith("aie-check-resources{")
    result = herdflow.compile_matmul(Schedule(128, 128, 256), fill_mode="peel")
    whole = run_passes(result.stages["baseline"], "aie-streaming-k{target=npu1 fill-mode=peel}")
    assert whole == result.stages[PASS_STAGES[-1]]


def test_a_compiled_module_runs_checks_and_models_like_a_compiled_matmul() -> None:
    """compile_module on a front end's baseline: run, check (against the
    input IR on the CPU) and model, as CompiledMatmul offers them."""
    from herdflow.schedule import Schedule

    schedule = Schedule(128, 128, 256)
    module = herdflow.compile_module(herdflow.compile_matmul(schedule).stages["baseline"])
    check = module.check()
    assert check.ok and "bit-exact against the input IR" in check.tolerance
    a = np.ones((128, 256), dtype=np.int32)
    b = np.full((256, 128), 2, dtype=np.int32)
    assert (module.run(a, b) == 512).all()
    assert module.model().cycles > 0
