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


def test_report_on_the_discussion_case() -> None:
    result = _herdflow("compile", "--m", "1024", "--n", "512", "--k", "2048", "--report")
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.startswith("herdflow report: 1024x512x2048 i32->i32 on npu1")
    for line in (
        "air.launch (16, 8)",
        "air.herd @herd_0 (2, 2)",
        "  L3->L2         134.22                      128.0",
        "core (each)  bytes 24576 / 65536  S2MM 2 / 2  MM2S 1 / 2",
        "  binding resource: compute",
        "CPU check against numpy: PASS: max |error| 0 (bit-exact, i32 wrap-around)",
    ):
        assert line in report, line
    # Progress on stderr, one line per stage.
    assert "aie-dma-to-channel in" in result.stderr and "aie-check-resources{target=npu1}: fits" in result.stderr


def test_all_stages_and_emit_air(tmp_path: Path) -> None:
    out = tmp_path / "air.mlir"
    result = _herdflow("compile", "--m", "128", "--n", "128", "--k", "256", "--fill-mode", "peel", "--emit", "air",
                       "--all-stages", str(tmp_path / "stages"), "-o", str(out), "--check")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "stages").iterdir())
    assert names == ["00-tensor.mlir", "01-baseline.mlir", "02-fuse-fill-into-loop.mlir", "03-hoist-pack-unpack.mlir",
                     "04-forall-to-air.mlir", "05-copy-to-dma.mlir", "06-dma-to-channel.mlir",
                     "07-share-peeled-dmas.mlir"]
    assert out.read_text() == (tmp_path / "stages" / "07-share-peeled-dmas.mlir").read_text()
    assert "air.channel.get" in out.read_text() and "check PASS" in result.stderr


def test_a_schedule_that_does_not_fit_is_one_line_with_the_numbers() -> None:
    # A 4x2 herd stages its 4 row pieces of A in 2 memtiles: with B and the
    # accumulator, 7 streams into each memtile in every K step, where npu1
    # has 6 (and 3 shim DMAs per column, where it has 2).
    result = _herdflow("compile", "--m", "256", "--n", "128", "--k", "512", "--herd", "4x2", "--emit", "air")
    error = result.stderr.strip().splitlines()[-1]
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert error.startswith("herdflow: error: does not fit npu1: memtile 0 needs 7 input (S2MM) DMA channels; "
                            "a npu1 memtile has 6"), error
    assert error.endswith("(and 3 more) (details with --debug)")
