"""The `herdflow` command line: output, --check, errors, help."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import mutated_air

from herdflow.export import export_air


def _herdflow(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("herdflow", path=str(Path(sys.executable).parent))
    assert exe, "herdflow is not on PATH next to the interpreter"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600)


def test_compile_and_check_the_discussion_case(tmp_path: Path) -> None:
    out = tmp_path / "baseline.mlir"
    result = _herdflow("compile", "--schedule", "default", "--m", "1024", "--n", "512", "--k", "2048", "--check", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "check PASS: max |error| 0 (bit-exact, i32 wrap-around)" in result.stderr
    assert "scf.forall (%arg2, %arg3) in (16, 8)" in out.read_text()
    assert result.stdout == ""


def test_emit_tensor_to_stdout() -> None:
    result = _herdflow("compile", "--schedule", "default", "--m", "5", "--n", "6", "--k", "7", "--dtype", "bf16", "--emit", "tensor", "--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("// 5x6x7 bf16->f32 on npu1")
    assert "func.func @matmul_bf16(%A: tensor<5x7xbf16>, %B: tensor<7x6xbf16>) -> tensor<5x6xf32>" in result.stdout
    assert "check PASS" in result.stderr


def test_every_schedule_field_has_an_option() -> None:
    result = _herdflow(
        "compile", "--schedule", "default", "--m", "128", "--n", "256", "--k", "128", "--dtype", "i8", "--acc-dtype", "i32",
        "--target", "npu4", "--block", "128x256", "--herd", "4x8", "--k-tiles", "64,32", "--pack", "8x8x8",
        "--check",
    )
    assert result.returncode == 0, result.stderr
    assert "128x256x128 i8->i32 on npu4: block 128x256, herd 4x8, K tiles 64,32, pack 8x8x8" in result.stderr
    assert "scf.forall (%arg4, %arg5) in (4, 8)" in result.stdout


def test_l2_reuse_option() -> None:
    result = _herdflow(
        "compile", "--m", "256", "--n", "1024", "--k", "512", "--dtype", "bf16", "--target", "npu4",
        "--block", "256x512", "--herd", "8x4", "--k-tiles", "128,64", "--l2-reuse", "2", "--report", "--check",
    )
    assert result.returncode == 0, result.stderr
    assert "herd 8x4 (M along columns), K tiles 128,64, pack 4x8x8, L2 reuse 2" in result.stdout
    assert "l2_reuse given" in result.stdout and "CPU check against numpy: PASS" in result.stdout
    bad = _herdflow("compile", "--m", "100", "--n", "1024", "--k", "512", "--l2-reuse", "2", "--schedule", "default")
    _assert_one_line_error(bad, 2, "L2 reuse 2 needs M and N to be multiples of the block tile")


def _assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_bad_arguments_exit_2() -> None:
    _assert_one_line_error(_herdflow("compile", "--schedule", "default", "--m", "0", "--n", "1", "--k", "1"), 2, "expected an integer >= 1, got '0'")
    _assert_one_line_error(_herdflow("compile", "--schedule", "default", "--m", "1", "--n", "1", "--k", "1", "--herd", "2by2"), 2,
                           "--herd must be 2 positive integers like 64x64, got '2by2'")
    _assert_one_line_error(_herdflow("compile", "--schedule", "default", "--m", "1", "--n", "1"), 2, "give FILE or --m, --n and --k (missing: --k)")
    _assert_one_line_error(_herdflow("compile", "--schedule", "default", "--m", "1", "--n", "1", "--k", "1", "--dtype", "f16"), 2,
                           "argument --dtype: invalid choice: 'f16'")


def test_invalid_schedule_exit_2() -> None:
    _assert_one_line_error(
        _herdflow("compile", "--schedule", "default", "--m", "64", "--n", "64", "--k", "64", "--herd", "4x8"), 2,
        "invalid schedule: herd 4x8 (M x N) does not fit the npu1 array of 4x4 cores (rows x columns) with M along "
        "either",
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
        result = _herdflow("compile", "--schedule", "default", "--m", "128", "--n", "128", "--k", "512", "--emit", stage,
                           "--fill-mode", mode, "--check")
        assert result.returncode == 0, result.stderr
        assert "check PASS" in result.stderr
        assert "linalg.fill ins(%c0_i32 : i32) outs(%alloc" in result.stdout


def test_report_on_the_discussion_case() -> None:
    result = _herdflow("compile", "--schedule", "default", "--m", "1024", "--n", "512", "--k", "2048", "--report")
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
    result = _herdflow("compile", "--schedule", "default", "--m", "128", "--n", "128", "--k", "256", "--fill-mode", "peel", "--emit", "air",
                       "--all-stages", str(tmp_path / "stages"), "-o", str(out), "--check")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "stages").iterdir())
    assert names == ["00-tensor.mlir", "01-baseline.mlir", "02-sink-reduction-loop-into-herd.mlir",
                     "03-fuse-fill-into-loop.mlir", "04-hoist-pack-unpack.mlir", "05-fuse-epilogue-into-unpack.mlir",
                     "06-legalize-narrow-packs.mlir", "07-forall-to-air.mlir", "08-copy-to-dma.mlir",
                     "09-dma-to-channel.mlir", "10-share-peeled-dmas.mlir", "11-unpeel-transfers.mlir"]
    # --emit air is the export form of the final stage.
    final = (tmp_path / "stages" / "11-unpeel-transfers.mlir").read_text()
    assert out.read_text() == export_air(final, "npu1", "128x128x256 i32->i32 on npu1: block 64x64, herd 2x2, "
                                                        "K tiles 256,32, pack 4x8x8")
    assert "air.channel.get" in out.read_text() and "check PASS" in result.stderr


def test_a_schedule_that_does_not_fit_is_one_line_with_the_numbers() -> None:
    # A 4x2 herd stages its 4 row pieces of A in 2 memtiles: with B and the
    # accumulator, 7 streams into each memtile in every K step, where npu1
    # has 6 (and 3 shim DMAs per column, where it has 2).
    result = _herdflow("compile", "--schedule", "default", "--m", "256", "--n", "128", "--k", "512", "--herd", "4x2", "--emit", "air")
    error = result.stderr.strip().splitlines()[-1]
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert error.startswith("herdflow: error: does not fit npu1: memtile 0 needs 7 input (S2MM) DMA channels; "
                            "a npu1 memtile has 6"), error
    assert error.endswith("(and 3 more) (details with --debug)")


# --- Every failure is one line, for any argument or file (issue 12) ---------

def _assert_fails_in_one_line(result: subprocess.CompletedProcess[str], *texts: str) -> str:
    """Non-zero exit, stderr exactly one line `herdflow: error: ...` holding
    every text, no traceback; returns the line."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("herdflow: error: "), result.stderr
    for text in texts:
        assert text in lines[0], (text, lines[0])
    return lines[0]


@pytest.fixture(scope="module")
def air_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("air") / "air.mlir"
    result = _herdflow("compile", "--schedule", "default", "--m", "128", "--n", "128", "--k", "512", "--emit", "air", "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_sizes_beyond_2_31_are_refused() -> None:
    # Was a traceback (MLIRError: invalid dimension) from the front end.
    _assert_fails_in_one_line(_herdflow("compile", "--schedule", "default", "--m", "99999999999999999999", "--n", "8", "--k", "8"),
                              "argument --m: expected an integer below 2**31 = 2147483648")
    _assert_fails_in_one_line(_herdflow("compile", "--schedule", "default", "--m", "8", "--n", "8", "--k", "8", "--block", "4294967296x64"),
                              "--block: each size must be below 2**31")


@pytest.mark.parametrize("option, value, message", [
    ("--clock-ghz", "0", "argument --clock-ghz: must be greater than 0, got '0'"),
    ("--clock-ghz", "-1", "argument --clock-ghz: must be greater than 0, got '-1'"),
    ("--clock-ghz", "nan", "argument --clock-ghz: expected a finite number, got 'nan'"),
    ("--clock-ghz", "inf", "argument --clock-ghz: expected a finite number, got 'inf'"),
    ("--efficiency", "0", "argument --efficiency: must be in (0, 1]"),
    ("--efficiency", "1.5", "argument --efficiency: must be in (0, 1]"),
    ("--efficiency", "-0.5", "argument --efficiency: must be in (0, 1]"),
])
def test_model_parameters_are_checked(air_file: Path, option: str, value: str, message: str) -> None:
    _assert_fails_in_one_line(_herdflow("model", str(air_file), option, value), message)


def test_model_file_that_cannot_be_read(tmp_path: Path) -> None:
    binary = tmp_path / "binary.mlir"
    binary.write_bytes(b"\xff\xfe\x00\x81 not text")
    line = _assert_fails_in_one_line(_herdflow("model", str(binary)), f"cannot read the AIR file {binary}: not UTF-8")
    assert line.endswith("expected MLIR text")
    _assert_fails_in_one_line(_herdflow("model", str(tmp_path / "missing.mlir")),
                              f"cannot read the AIR file {tmp_path / 'missing.mlir'}: no such file")
    _assert_fails_in_one_line(_herdflow("model", str(tmp_path)), f"cannot read the AIR file {tmp_path}: it is a directory")


@pytest.mark.parametrize("kind, message", [
    ("loop step 0", "an scf.for has step 0"),
    ("memory space 3", "memory space 3 is not a level the model knows"),
    ("memory space string", 'memory space "l2" of memref<'),
    ("channels in an outer module", "which is not an air.channel of the module"),
    ("regions nested 3000 deep", "nests regions 30"),
])
def test_model_on_air_outside_its_subset(tmp_path: Path, kind: str, message: str) -> None:
    path = tmp_path / "mutated.mlir"
    path.write_text(mutated_air(kind))
    _assert_fails_in_one_line(_herdflow("model", str(path)), message)


def test_model_refuses_programs_too_large_to_interpret_quickly(tmp_path: Path) -> None:
    path = tmp_path / "mutated.mlir"
    for kind, message in (("loop of 2**40 trips", "op visits per launch iteration"),
                          ("herd of 2**33", "herd do not fit the npu1 array")):
        path.write_text(mutated_air(kind))
        exe = shutil.which("herdflow", path=str(Path(sys.executable).parent))
        assert exe
        result = subprocess.run([exe, "model", str(path)], capture_output=True, text=True, timeout=60)
        _assert_fails_in_one_line(result, message)


@pytest.mark.parametrize("args", [
    ["compile", "--schedule", "default", "--m", "8", "--n", "8", "--k", "8", "-o", "{missing}/x.mlir"],
    ["compile", "--schedule", "default", "--m", "8", "--n", "8", "--k", "8", "--all-stages", "{missing}/stages"],
    ["model", "{air}", "--trace", "{missing}/trace.json"],
    ["model", "{air}", "--timeline", "{missing}/timeline.png"],
])
def test_outputs_into_missing_directories_create_nothing(tmp_path: Path, air_file: Path, args: list[str]) -> None:
    missing = tmp_path / "nonexistent" / "dir"
    argv = [a.format(missing=missing, air=air_file) for a in args]
    _assert_fails_in_one_line(_herdflow(*argv), f"directory {missing} does not exist")
    assert not (tmp_path / "nonexistent").exists()


def test_output_onto_a_directory_is_refused(tmp_path: Path) -> None:
    _assert_fails_in_one_line(_herdflow("compile", "--schedule", "default", "--m", "8", "--n", "8", "--k", "8", "-o", str(tmp_path)),
                              f"cannot write {tmp_path}: it is a directory")


def test_valid_schedules_the_flow_cannot_build_fail_up_front_with_the_reason() -> None:
    # Were "Failed to apply named transform sequence" and "no transfer into
    # L1 became a channel", after progress lines.
    result = _herdflow("compile", "--schedule", "default", "--m", "100", "--n", "100", "--k", "193", "--dtype", "i8", "--target", "npu4",
                       "--block", "16x16", "--herd", "2x2", "--k-tiles", "64,64")
    _assert_fails_in_one_line(result, "invalid schedule: core tile 8x8 is a single 8x8 pack tile")
    assert result.returncode == 2
    result = _herdflow("compile", "--schedule", "default", "--m", "8", "--n", "8", "--k", "8", "--dtype", "i16", "--block", "8x8",
                       "--herd", "1x1", "--k-tiles", "8,8", "--emit", "air")
    _assert_fails_in_one_line(result, "invalid schedule: a 1x1 herd with a single K step")


def test_debug_keeps_the_traceback(tmp_path: Path) -> None:
    result = _herdflow("--debug", "model", str(tmp_path / "missing.mlir"))
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "herdflow.errors.ArgumentError: cannot read the AIR file" in result.stderr


def test_choices_come_from_their_source_of_truth(monkeypatch: pytest.MonkeyPatch) -> None:
    from herdflow import cli

    monkeypatch.setattr(cli, "target_names", lambda: ["npu1", "npu4", "npu7"])
    parser = cli.build_parser()
    assert parser.parse_args(["targets", "npu7"]).name == "npu7"
    assert parser.parse_args(["compile", "--m", "1", "--n", "1", "--k", "1", "--target", "npu7"]).target == "npu7"
    from herdflow.compiler import PASS_STAGES
    from herdflow.passes import FILL_MODES

    assert cli.STAGES == ("tensor", "baseline", *PASS_STAGES, "check-resources", "air")
    args = parser.parse_args(["model", "--fill-mode", FILL_MODES[-1], "--acc-dtype", "f32"])
    assert (args.fill_mode, args.acc_dtype) == (FILL_MODES[-1], "f32")


def test_any_error_in_main_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from herdflow import cli
    from herdflow.model import ModelError

    def fail_with(error: BaseException) -> None:
        def run(args: object) -> int:
            raise error

        monkeypatch.setattr(cli, "_targets", run)

    fail_with(ModelError("the first line\nand details"))
    assert cli.main(["targets"]) == 1
    assert capsys.readouterr().err == "herdflow: error: the first line (details with --debug)\n"
    # An internal error: one line with the hint, the traceback with --debug.
    fail_with(KeyError("surprise"))
    assert cli.main(["targets"]) == 1
    assert capsys.readouterr().err == ("herdflow: error: internal error: KeyError: 'surprise' (a bug in herdflow; "
                                       "rerun with --debug for the traceback)\n")
    with pytest.raises(KeyError):
        cli.main(["--debug", "targets"])
    fail_with(KeyboardInterrupt())
    assert cli.main(["targets"]) == 130
    assert capsys.readouterr().err == "herdflow: error: interrupted\n"
