"""The `herdflow` command line: output, --check, errors, help."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def _herdflow(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("herdflow", path=str(Path(sys.executable).parent))
    assert exe, "herdflow is not on PATH next to the interpreter"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600)


def test_compile_and_check_the_discussion_case(tmp_path: Path) -> None:
    out = tmp_path / "baseline.mlir"
    result = _herdflow("compile", "--m", "1024", "--n", "512", "--k", "2048", "--check", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "check PASS: max |error| 0 (bit-exact, i32 wrap-around)" in result.stderr
    assert "scf.forall (%arg2, %arg3) in (16, 8)" in out.read_text()
    assert result.stdout == ""


def test_emit_tensor_to_stdout() -> None:
    result = _herdflow("compile", "--m", "5", "--n", "6", "--k", "7", "--dtype", "bf16", "--emit", "tensor", "--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("// 5x6x7 bf16->f32 on npu1")
    assert "func.func @matmul_bf16(%A: tensor<5x7xbf16>, %B: tensor<7x6xbf16>) -> tensor<5x6xf32>" in result.stdout
    assert "check PASS" in result.stderr


def test_every_schedule_field_has_an_option() -> None:
    result = _herdflow(
        "compile", "--m", "128", "--n", "256", "--k", "128", "--dtype", "i8", "--acc-dtype", "i32",
        "--target", "npu4", "--block", "128x256", "--herd", "4x8", "--k-tiles", "64,32", "--pack", "8x8x8",
        "--check",
    )
    assert result.returncode == 0, result.stderr
    assert "128x256x128 i8->i32 on npu4: block 128x256, herd 4x8, K tiles 64,32, pack 8x8x8" in result.stderr
    assert "scf.forall (%arg4, %arg5) in (4, 8)" in result.stdout


def _assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_bad_arguments_exit_2() -> None:
    _assert_one_line_error(_herdflow("compile", "--m", "0", "--n", "1", "--k", "1"), 2, "expected an integer >= 1, got '0'")
    _assert_one_line_error(_herdflow("compile", "--m", "1", "--n", "1", "--k", "1", "--herd", "2by2"), 2,
                           "--herd must be 2 positive integers like 64x64, got '2by2'")
    _assert_one_line_error(_herdflow("compile", "--m", "1", "--n", "1"), 2, "the following arguments are required: --k")
    _assert_one_line_error(_herdflow("compile", "--m", "1", "--n", "1", "--k", "1", "--dtype", "f16"), 2,
                           "argument --dtype: invalid choice: 'f16'")


def test_invalid_schedule_exit_2() -> None:
    _assert_one_line_error(
        _herdflow("compile", "--m", "64", "--n", "64", "--k", "64", "--herd", "4x8"), 2,
        "invalid schedule: herd 4x8 (rows x columns) does not fit the npu1 array of 4x4 cores",
    )


def test_help_explains_every_option() -> None:
    result = _herdflow("compile", "--help")
    assert result.returncode == 0
    for option in ("--m", "--n", "--k", "--dtype", "--acc-dtype", "--target", "--block", "--herd", "--k-tiles",
                   "--pack", "--frontend", "--emit", "--output", "--check", "examples:"):
        assert option in result.stdout, option
    top = _herdflow("--help")
    assert "compile" in top.stdout and "targets" in top.stdout


def test_targets_lists_facts_with_sources() -> None:
    result = _herdflow("targets", "npu4")
    assert result.returncode == 0
    assert "streamBytesPerCycle: 8  [[S] HARDWARE.md stream width: 64 bit]" in result.stdout


def test_emit_pass_stages_with_check() -> None:
    for stage, mode in (("fuse-fill-into-loop", "peel"), ("hoist-pack-unpack", "conditional")):
        result = _herdflow("compile", "--m", "128", "--n", "128", "--k", "512", "--emit", stage,
                           "--fill-mode", mode, "--check")
        assert result.returncode == 0, result.stderr
        assert "check PASS" in result.stderr
        assert "linalg.fill ins(%c0_i32 : i32) outs(%alloc" in result.stdout
