"""The export form of the final AIR (herdflow.export, `--emit air`,
CompiledMatmul.air): memref arguments, the result an output argument, no
bufferization op, the module naming its target and schedule; it runs on the
CPU and models like the pipeline's own final stage, and `herdflow model FILE`
takes the target from it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from herdflow.check import compare, random_inputs
from herdflow.compiler import PASS_STAGES, compile_matmul
from herdflow.export import read_target
from herdflow.model import model_air
from herdflow.runner import execute
from herdflow.schedule import Schedule


@pytest.fixture(scope="module")
def padded() -> object:
    # 100 x 70 x 200: padded on the host, so the export keeps host copies.
    return compile_matmul(Schedule(100, 70, 200, dtype="i8", target="npu4"))


def test_the_export_has_a_memref_signature_and_names_its_target(padded: object) -> None:
    air = padded.air  # type: ignore[attr-defined]
    signature = re.search(r"func\.func @matmul_i8\(([^)]*)\)( -> [^{]*)?\s*\{", air)
    assert signature is not None and signature.group(2) is None
    assert signature.group(1) == ("%arg0: memref<100x200xi8>, %arg1: memref<200x70xi8>, "
                                  "%arg2: memref<100x70xi32>")
    assert "bufferization." not in air and "tensor<" not in air
    assert read_target(air) == "npu4"
    assert 'herdflow.schedule = "100x70x200 i8->i32 on npu4: block 64x64' in air


def test_the_export_runs_and_models_like_the_final_stage(padded: object) -> None:
    schedule = padded.schedule  # type: ignore[attr-defined]
    a, b = random_inputs(schedule, seed=3)
    assert compare(schedule, a, b, execute(padded.air, [a, b])).ok  # type: ignore[attr-defined]
    final = padded.stages[PASS_STAGES[-1]]  # type: ignore[attr-defined]
    assert model_air(padded.air, "npu4").cycles == model_air(final, "npu4").cycles  # type: ignore[attr-defined]


def _herdflow(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("herdflow", path=str(Path(sys.executable).parent))
    assert exe
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600)


def test_model_file_reads_the_target_and_refuses_a_contradiction(tmp_path: Path) -> None:
    out = tmp_path / "air.mlir"
    made = _herdflow("compile", "--schedule", "default", "--m", "64", "--n", "64", "--k", "64", "--target", "npu4",
                     "--emit", "air", "-o", str(out))
    assert made.returncode == 0, made.stderr
    own = _herdflow("model", str(out))
    assert own.returncode == 0 and f"modeled {out} on npu4" in own.stderr
    same = _herdflow("model", str(out), "--target", "npu4")
    assert same.returncode == 0 and same.stdout == own.stdout
    other = _herdflow("model", str(out), "--target", "npu1")
    assert other.returncode == 2 and other.stderr.count("\n") == 1
    assert "compiled and checked for npu4 (herdflow.target); --target npu1 contradicts it" in other.stderr


def test_the_async_form_round_trips_runs_and_models_like_the_sync_form(padded: object) -> None:
    """aie-air-dependency's form of the final AIR: every transfer and
    hierarchy op async, allocations and compute in air.execute, loops
    carrying a token; it prints and parses back to itself, the CPU runner
    executes it to the same numbers, and the model gives the same time."""
    from herdflow.tools import tool_path

    asynchronous = padded.async_air  # type: ignore[attr-defined]
    assert "air.execute" in asynchronous and "iter_args" in asynchronous and "!air.async.token" in asynchronous
    for op in ("air.launch", "air.segment", "air.herd", "air.dma_memcpy_nd", "air.channel.put",
               "air.channel.get"):
        synchronous = len(re.findall(rf"\b{re.escape(op)} [(@%a-z]", padded.air))  # type: ignore[attr-defined]
        made_async = len(re.findall(rf"= {re.escape(op)} (?:@\w+ )?async\b", asynchronous))
        assert synchronous and made_async == synchronous, op
    printed = subprocess.run([str(tool_path("aie-opt")), "-"], input=asynchronous, capture_output=True, text=True,
                             check=True).stdout
    again = subprocess.run([str(tool_path("aie-opt")), "-"], input=printed, capture_output=True, text=True,
                           check=True).stdout
    assert printed == again
    schedule = padded.schedule  # type: ignore[attr-defined]
    a, b = random_inputs(schedule, seed=5)
    assert (execute(asynchronous, [a, b]) == execute(padded.air, [a, b])).all()  # type: ignore[attr-defined]
    assert model_air(asynchronous, "npu4").cycles == model_air(padded.air, "npu4").cycles  # type: ignore[attr-defined]


def test_compile_async_emits_the_async_form(tmp_path: Path) -> None:
    out = tmp_path / "async.mlir"
    result = _herdflow("compile", "--schedule", "default", "--m", "64", "--n", "64", "--k", "64", "--emit", "air",
                       "--async", "--check", "-o", str(out))
    assert result.returncode == 0 and "check PASS" in result.stderr, result.stderr
    text = out.read_text()
    assert "air.launch async" in text and "air.wait_all [" in text and read_target(text) == "npu1"
