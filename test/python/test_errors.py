"""One exception hierarchy: the Python API raises only HerdflowError
subclasses, with a message that names the argument or the limit, for bad
arguments and for programs outside what it handles."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

import herdflow
from herdflow import errors
from herdflow.schedule import Schedule

from conftest import mutated_air, small_air

# --- the hierarchy ---------------------------------------------------------


def test_every_error_is_a_herdflow_error_exported_from_the_package() -> None:
    value_errors = ("ArgumentError", "TargetError", "TargetDescriptionError", "ScheduleError", "ModelError")
    runtime_errors = ("FrontendError", "PassError", "CompileError", "ResourceError", "ExecutionError")
    for name in (*value_errors, *runtime_errors):
        cls = getattr(errors, name)
        assert issubclass(cls, errors.HerdflowError), name
        assert getattr(herdflow, name) is cls, name
        assert name in herdflow.__all__
        assert issubclass(cls, ValueError if name in value_errors else RuntimeError), name
    assert herdflow.HerdflowError is errors.HerdflowError
    assert issubclass(errors.CompileError, errors.PassError) and issubclass(errors.ResourceError, errors.PassError)


def test_the_modules_raise_the_same_classes() -> None:
    # The classes the modules always exported are the ones of herdflow.errors.
    from herdflow import compiler, frontend, model, passes, resources, runner, schedule, target

    assert schedule.ScheduleError is errors.ScheduleError
    assert target.TargetDescriptionError is errors.TargetDescriptionError
    assert frontend.FrontendError is errors.FrontendError
    assert passes.PassError is errors.PassError
    assert compiler.CompileError is errors.CompileError
    assert resources.ResourceError is errors.ResourceError
    assert runner.ExecutionError is errors.ExecutionError
    assert model.ModelError is errors.ModelError


# --- Schedule ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args, kwargs, message",
    [
        ((64, 64, 64), dict(herd=2), r"herd \(M, N extents\) must be a tuple of 2 integers like \(2, 2\), got 2"),
        ((64, 64, 64), dict(block=None), r"block tile \(m, n\) must be a tuple of 2 integers .* got None"),
        ((64, 64, 64), dict(k_tiles="256,32"), r"K tiles \(L2, L1\) must be a tuple of 2 integers"),
        ((64, 64, 64), dict(pack=(4, 8)), r"pack sizes \(m, n, k\) must have 3 entries"),
        ((True, 64, 64), {}, r"M must be an integer, got True \(bool\)"),
        ((64, 64, 64), dict(herd=(2.5, 2)), r"each entry of herd \(M, N extents\) must be an integer, got 2.5"),
        ((64, 64, 64), dict(herd=(True, 2)), r"must be an integer, got True \(bool\)"),
        ((10**30, 64, 64), {}, r"M must be below 2\*\*31 = 2147483648, got 1000000000000000000000000000000"),
        ((64, 64, 2**31), {}, r"K must be below 2\*\*31"),
        ((64, 64, 64), dict(block=(2**31, 64)), r"must be below 2\*\*31"),
        ((2**31 - 1, 64, 64), {}, r"M padded to whole tiles is 2147483648, which must be below 2\*\*31"),
        ((64, 64, 64), dict(dtype=None), r"input type None is not supported"),
        ((64, 64, 64), dict(dtype=["i8"]), r"input type \['i8'\] is not supported"),
        ((64, 64, 64), dict(acc_dtype=32), r"accumulator type 32 is not supported for i32 inputs"),
        ((64, 64, 64), dict(target=None), r"unknown target None \(known: npu1, npu4\)"),
        ((64.0, 64, 64), {}, r"M must be an integer, got 64.0 \(float\)"),
    ],
)
def test_schedule_refuses_bad_arguments_with_schedule_error(args: tuple, kwargs: dict, message: str) -> None:
    with pytest.raises(errors.ScheduleError, match=message):
        Schedule(*args, **kwargs)


def test_schedule_accepts_numpy_integers() -> None:
    s = Schedule(np.int64(64), np.int32(64), 64, herd=(np.int64(2), 2))
    assert (s.m, s.n, s.herd) == (64, 64, (2, 2))
    assert type(s.m) is int and type(s.herd[0]) is int


def test_schedules_the_flow_cannot_build_are_refused_with_the_reason() -> None:
    # The front end failed late with "Failed to apply named transform
    # sequence" (bufferization: "Yield operand #0 is not equivalent to the
    # corresponding iter bbArg"), or with a single K step aie-dma-to-channel
    # with "no transfer into L1 became a channel": the core tile is one pack
    # tile, and the accumulator is not promoted to L1.
    with pytest.raises(errors.ScheduleError, match=r"core tile 8x8 is a single 8x8 pack tile: the front end cannot"):
        Schedule(100, 100, 193, dtype="i8", target="npu4", block=(16, 16), herd=(2, 2), k_tiles=(64, 64))
    with pytest.raises(errors.ScheduleError, match=r"core tile 4x8 is a single 4x8 pack tile"):
        Schedule(64, 64, 64, dtype="i32", block=(8, 16), herd=(2, 2), k_tiles=(64, 32))
    with pytest.raises(errors.ScheduleError, match=r"core tile 4x4 is a single 4x4 pack tile"):
        Schedule(3, 5, 8, dtype="i16", block=(16, 16), herd=(4, 4), k_tiles=(8, 8))
    # aie-dma-to-channel failed late with "no transfer into L1 became a
    # channel": a 1x1 herd and a single K step leave the fill in L2.
    with pytest.raises(errors.ScheduleError, match=r"a 1x1 herd with a single K step \(K 8 padded to the L1 K tile 8\)"):
        Schedule(8, 8, 8, dtype="i16", block=(8, 8), herd=(1, 1), k_tiles=(8, 8))
    # Their neighbours compile: two pack tiles per core, or a K loop around
    # a 1x1 herd.
    for schedule in (Schedule(100, 100, 193, dtype="i8", target="npu4", block=(16, 32), herd=(2, 2), k_tiles=(64, 64)),
                     Schedule(8, 8, 16, dtype="i16", block=(8, 8), herd=(1, 1), k_tiles=(16, 8))):
        assert herdflow.compile_matmul(schedule).check().ok


# --- the flow's functions ------------------------------------------------------


def test_compile_matmul_refuses_what_is_not_a_schedule() -> None:
    from herdflow.frontend import generate, matmul_payload

    with pytest.raises(errors.ArgumentError, match="compile_matmul takes a herdflow.schedule.Schedule, got NoneType"):
        herdflow.compile_matmul(None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="compile_matmul takes a herdflow.schedule.Schedule, got tuple"):
        herdflow.compile_matmul((64, 64, 64))  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match=r"unknown front end 'tvm' \(one of: mlir, iree\)"):
        herdflow.compile_matmul(Schedule(64, 64, 256), frontend="tvm")
    with pytest.raises(errors.ArgumentError, match="unknown fill mode None"):
        herdflow.compile_matmul(Schedule(64, 64, 256), fill_mode=None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="progress must be a callable"):
        herdflow.compile_matmul(Schedule(64, 64, 256), progress="yes")  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError):
        generate(None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError):
        matmul_payload(None)  # type: ignore[arg-type]


def test_compile_module_refuses_bad_arguments() -> None:
    with pytest.raises(errors.ArgumentError, match=r"unknown target 'npu9' \(one of: npu1, npu4\)"):
        herdflow.compile_module("module {}", target="npu9")
    with pytest.raises(errors.ArgumentError, match="the module .* must be a str, got NoneType"):
        herdflow.compile_module(None)


def test_execute_refuses_bad_arguments() -> None:
    from herdflow.runner import execute

    ir = "func.func @f(%a: memref<4xi32>) -> memref<4xi32> { return %a : memref<4xi32> }"
    with pytest.raises(errors.ArgumentError, match="inputs must be a list or tuple of numpy arrays, got NoneType"):
        execute(ir, None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="the IR must be a str, got NoneType"):
        execute(None, [])  # type: ignore[arg-type]
    with pytest.raises(errors.ExecutionError, match="argument #0 of @f must be a numpy array, got list"):
        execute(ir, [[1, 2, 3, 4]])  # type: ignore[list-item]
    with pytest.raises(errors.ExecutionError, match=r"cannot parse the IR: \"-\":1:\d+: "):
        execute("func.func @f(", [])
    # MLIR's parser would overflow the stack (a segfault).
    with pytest.raises(errors.ExecutionError, match="the IR nests regions 3000 deep; herdflow parses at most 1000"):
        execute("module {" * 3000 + "}" * 3000, [])


def test_check_resources_and_passes_refuse_bad_arguments() -> None:
    from herdflow.passes import fuse_fill_into_loop, run_passes, streaming_k
    from herdflow.resources import check_resources
    from herdflow.structure import loop_structure

    with pytest.raises(errors.ArgumentError, match="the AIR program must be a str, got NoneType"):
        check_resources(None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="unknown target 'npu9'"):
        check_resources("module {}", "npu9")
    with pytest.raises(errors.ArgumentError, match="the IR must be a str, got int"):
        run_passes(3, "canonicalize")  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="unknown fill mode 'bogus'"):
        fuse_fill_into_loop("module {}", "bogus")
    with pytest.raises(errors.ArgumentError, match="unknown target 'npu9'"):
        streaming_k("module {}", "npu9")
    with pytest.raises(errors.ArgumentError, match="the IR must be a str, got NoneType"):
        loop_structure(None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="cannot parse the IR"):
        loop_structure("module {")
    with pytest.raises(errors.PassError, match=r"failed: failed to add `aie-fuse-fill-into-loop` with options "
                                               r"`mode=bogus`$"):
        run_passes("module {}", "aie-fuse-fill-into-loop{mode=bogus}")
    with pytest.raises(errors.PassError, match="the IR nests regions 3000 deep"):
        run_passes("module {" * 3000 + "}" * 3000, "canonicalize")


def test_targets_raise_target_error() -> None:
    with pytest.raises(errors.TargetError, match=r"unknown target 'npu9' \(known: npu1, npu4\)"):
        herdflow.get_target("npu9")
    with pytest.raises(errors.TargetError, match="unknown target None"):
        herdflow.get_target(None)  # type: ignore[arg-type]
    with pytest.raises(errors.TargetError, match="no intrinsic for element type None"):
        herdflow.get_target("npu1").pack_sizes(None)  # type: ignore[arg-type]


def test_write_stages_creates_no_parent_directories(tmp_path: Path) -> None:
    from herdflow.compiler import CompiledModule

    result = CompiledModule(target="npu1", fill_mode="peel", stages={"input": "module {}\n"},
                            resources=None)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="directory .*missing does not exist"):
        result.write_stages(tmp_path / "missing" / "stages")
    assert not (tmp_path / "missing").exists()
    assert result.write_stages(tmp_path / "stages") == [tmp_path / "stages" / "00-input.mlir"]


# --- the performance model -------------------------------------------------------


@pytest.mark.parametrize("kind, message", [
    ("loop step 0", "an scf.for has step 0; the model unrolls loops with a positive step"),
    ("memory space 3", r"memory space 3 is not a level the model knows \(0 = L3, 1 = L2, 2 = L1\)"),
    ("memory space string", r"memory space \"l2\" of memref<.*> is not an integer"),
    ("channels in an outer module", r"air.channel.put on @\w+, which is not an air.channel of the module"),
    ("regions nested 3000 deep", r"the AIR program nests regions 30\d\d deep; herdflow parses at most 1000"),
])
def test_model_raises_model_error_outside_its_subset(kind: str, message: str) -> None:
    from herdflow.model import model_air

    with pytest.raises(errors.ModelError, match=message):
        model_air(mutated_air(kind))


def test_model_bounds_its_work() -> None:
    from herdflow.model import MAX_WORK, model_air

    start = time.perf_counter()
    with pytest.raises(errors.ModelError, match=rf"op visits per launch iteration .* at most {MAX_WORK:,}"):
        model_air(mutated_air("loop of 2**40 trips"))
    with pytest.raises(errors.ModelError, match=r"a 2x8589934592 herd do not fit the npu1 array of 4x4"):
        model_air(mutated_air("herd of 2**33"))
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize("options, message", [
    (dict(clock_ghz=0), r"clock_ghz must be finite, greater than 0; got 0"),
    (dict(clock_ghz=-1.0), r"clock_ghz must be finite, greater than 0"),
    (dict(clock_ghz=float("nan")), r"clock_ghz must be finite"),
    (dict(clock_ghz=float("inf")), r"clock_ghz must be finite"),
    (dict(efficiency=0), r"efficiency must be finite, greater than 0 and at most 1; got 0"),
    (dict(efficiency=1.5), r"efficiency must be finite, greater than 0 and at most 1; got 1.5"),
    (dict(bandwidth_scale=0), r"bandwidth_scale must be finite, greater than 0"),
    (dict(depth=0), r"depth must be an integer >= 1"),
    (dict(segments=True), r"segments must be an integer, got True"),
    (dict(target="npu9"), r"unknown target 'npu9'"),
])
def test_model_refuses_bad_parameters(options: dict, message: str) -> None:
    from herdflow.model import model_air

    with pytest.raises(errors.HerdflowError, match=message):
        model_air(small_air(), **options)


def test_model_refuses_what_is_not_text() -> None:
    from herdflow.model import model_air

    with pytest.raises(errors.ArgumentError, match="the AIR program must be a str, got NoneType"):
        model_air(None)  # type: ignore[arg-type]


def test_the_report_stands_when_the_model_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    from herdflow.model import program

    result = herdflow.compile_matmul(Schedule(128, 128, 512))
    monkeypatch.setattr(program, "MAX_WORK", 10)
    report = result.report()
    assert "performance model: not run (the program takes " in report
    assert "resource usage on npu1" in report
