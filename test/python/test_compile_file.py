"""`herdflow compile FILE` / compile_file on inputs the user brings: linalg on
tensors and the executable sources iree-compile 3.13 writes, each matmul
through the front end and the pipeline on the user's own ops, checked
against IREE's llvm-cpu execution of the input (test/Inputs/user, made by
scripts/make_matmul_inputs.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from conftest import REPO

from herdflow.compiler import CompiledFunction, compile_file, compile_source
from herdflow.errors import FrontendError, ResourceError
from herdflow.reference import iree_reference_available

INPUTS = REPO / "test" / "Inputs" / "user"
ROUTES = {"linalg": INPUTS / "matmul-sweep.mlir", "iree": INPUTS / "matmul-sweep.executable-sources.mlir"}
TARGETS = ("npu1", "npu4")
CASES = re.findall(r"func\.func @(mm_\w+)\(", (INPUTS / "matmul-sweep.mlir").read_text())

needs_iree = pytest.mark.skipif(not iree_reference_available(), reason="needs herdflow[iree]")


@cache
def _compiled(route: str, target: str) -> dict[str, CompiledFunction]:
    results = compile_file(ROUTES[route], target=target, schedule="default")
    # A dispatch is named after its function: @mm_named_i8_64x64x64_dispatch_0_matmul_...
    return {next(case for case in CASES if r.name == case or r.name.startswith(case + "_dispatch")): r
            for r in results}


def test_the_sweep_covers_the_op_kinds_types_and_shapes() -> None:
    assert len(CASES) == 90 and len(CASES) * len(ROUTES) * len(TARGETS) >= 60
    assert {"mm_named_i8_33x130x65", "mm_generic_bf16_100x70x200", "mm_generic_f32_64x64x64",
            "mm_transpose_a_i32_100x70x200", "mm_generic_transpose_b_f32_64x64x64", "mm_transpose_a_i8_100x70x200",
            "mm_transpose_b_bf16_64x64x64", "mm_generic_transpose_b_i16_100x70x200",
            "mm_batch_transpose_a_i8_3x100x70x200", "mm_batch_transpose_b_bf16_3x100x70x200", "mm_batch_i8_3x100x70x200",
            "mm_generic_batch_bf16_2x64x64x64"} <= set(CASES)


@needs_iree
@pytest.mark.slow
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("case", CASES)
def test_sweep_against_iree(case: str, route: str, target: str) -> None:
    result = _compiled(route, target)[case]
    assert result.resources.fits and "air.channel.get" in result.air
    check = result.check(reference="iree")
    assert check.ok, f"{case} via {route} on {target}: {check}"


def test_every_matmul_function_becomes_one_program_and_the_rest_stays_on_the_host() -> None:
    skipped: list[str] = []
    results = compile_source(ROUTES["linalg"].read_text(), progress=skipped.append, schedule="default")
    assert [r.name for r in results] == CASES
    assert "@elementwise_on_host has no matmul-like op: left on the host" in skipped
    # The user's ops: padded around their own matmul, not a generated payload.
    odd = next(r for r in results if r.name == "mm_named_i8_33x130x65")
    assert "tensor.pad" in odd.stages["tensor"] and "tensor.extract_slice" in odd.stages["tensor"]
    assert odd.schedule.k_tiles == (96, 32)  # K=65 padded to 96, not to the default 256
    assert odd.check(reference="numpy").ok


def test_tiling_given_is_kept_and_the_tuner_picks_the_rest() -> None:
    (result,) = compile_source(_one("i8", 128, 128, 256), herd=(1, 2), block=(32, 64))
    assert result.schedule.herd == (1, 2) and result.schedule.block == (32, 64)
    assert result.provenance == {"block": "given", "herd": "given", "k_tiles": "tuned", "pack": "tuned",
                                 "acc_depth": "tuned", "l2_reuse": "default"}
    assert ("schedule parameters: block given, herd given, k_tiles tuned, pack tuned, acc_depth tuned, "
            "l2_reuse default") in result.report()
    assert result.check(reference="numpy").ok


def test_the_default_schedule_says_so() -> None:
    (result,) = compile_source(_one("i8", 128, 128, 256), schedule="default")
    assert (result.schedule.block, result.schedule.herd, result.schedule.k_tiles) == ((64, 64), (2, 2), (256, 32))
    assert result.provenance == {"block": "default", "herd": "default", "k_tiles": "default",
                                 "pack": "target intrinsic", "acc_depth": "target buffer depth",
                                 "l2_reuse": "default"}


def _one(dtype: str, m: int, n: int, k: int, extra: str = "", acc: str = "i32") -> str:
    zero = "0" if acc.startswith("i") else "0.0"
    return f"""
func.func @f(%a: tensor<{m}x{k}x{dtype}>, %b: tensor<{k}x{n}x{dtype}>) -> tensor<{m}x{n}x{acc}> {{
  %z = arith.constant {zero} : {acc}
  %e = tensor.empty() : tensor<{m}x{n}x{acc}>
  %f = linalg.fill ins(%z : {acc}) outs(%e : tensor<{m}x{n}x{acc}>) -> tensor<{m}x{n}x{acc}>
  %r = linalg.matmul ins(%a, %b : tensor<{m}x{k}x{dtype}>, tensor<{k}x{n}x{dtype}>)
                     outs(%f : tensor<{m}x{n}x{acc}>) -> tensor<{m}x{n}x{acc}>
  {extra}
  return %r : tensor<{m}x{n}x{acc}>
}}
"""


# A consumer that permutes the result is no epilogue herdflow fuses.
TRANSPOSED_RESULT = _one("i8", 64, 64, 64).replace(
    "  return %r : tensor<64x64xi32>",
    "  %s = linalg.transpose ins(%r : tensor<64x64xi32>) outs(%e : tensor<64x64xi32>) permutation = [1, 0]\n"
    "  return %s : tensor<64x64xi32>")
TRANSPOSED_B_I8 = """
func.func @f(%a: tensor<64x64xi8>, %b: tensor<64x64xi8>) -> tensor<64x64xi32> {
  %z = arith.constant 0 : i32
  %e = tensor.empty() : tensor<64x64xi32>
  %f = linalg.fill ins(%z : i32) outs(%e : tensor<64x64xi32>) -> tensor<64x64xi32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>,
                                      affine_map<(m, n, k) -> (m, n)>]
       ins(%a, %b : tensor<64x64xi8>, tensor<64x64xi8>) outs(%f : tensor<64x64xi32>) -> tensor<64x64xi32>
  return %r : tensor<64x64xi32>
}
"""


@pytest.mark.parametrize(("text", "message"), [
    (TRANSPOSED_RESULT, "@f: linalg.generic at loc(\"-\":9:8): it reads the accumulator through a permutation"),
    (TRANSPOSED_B_I8.replace("affine_map<(m, n, k) -> (n, k)>", "affine_map<(m, n, k) -> (k)>")
     .replace("tensor<64x64xi8>)", "tensor<64xi8>)").replace("%b: tensor<64x64xi8>", "%b: tensor<64xi8>"),
     "@f: linalg.matmul at loc(\"-\":6:8): a matmul whose indexing maps broadcast an operand"),
    (_one("i8", 64, 64, 64).replace("%z = arith.constant 0 : i32", "%z = arith.constant 3 : i32"),
     "the accumulator starts at a non-zero value"),
    (_one("i32", 64, 64, 64).replace(
        "  return %r : tensor<64x64xi32>",
        "  %r2 = linalg.matmul ins(%r, %b : tensor<64x64xi32>, tensor<64x64xi32>) outs(%f : tensor<64x64xi32>) "
        "-> tensor<64x64xi32>\n  return %r2 : tensor<64x64xi32>"), "a second matmul in the function"),
    ("func.func @g(%x: tensor<4xf32>) -> tensor<4xf32> { return %x : tensor<4xf32> }",
     "the input has no function with a matmul-like op"),
    ("func.func @g(", "the input does not parse"),
    (_one("i4", 64, 64, 64), "inputs of types i4 and i4"),
])
def test_what_it_cannot_compile_is_an_error_naming_the_op(text: str, message: str) -> None:
    with pytest.raises(FrontendError) as failure:
        compile_source(text, schedule="default")
    assert message in str(failure.value)


def test_a_narrow_transposed_operand_moves_whole_rows_and_the_core_finishes_the_transpose() -> None:
    """An i8 B stored N x K: its DMA moves rows of contiguous K elements (whole
    32-bit words) into a staging buffer and the core transposes them into
    the layout the compute reads (aie-legalize-narrow-packs); the model
    counts the core's transpose, and the result is bit-exact."""
    (result,) = compile_source(TRANSPOSED_B_I8, schedule="default")
    herd = result.air[result.air.index("air.herd"):]
    assert re.search(r"linalg\.transpose ins\(%\w+ : memref<4x4x8x8xi8, 2>\) "
                     r"outs\(%\w+ : memref<4x4x8x8xi8, 2>\) permutation = \[0, 1, 3, 2\]", herd), herd
    shuffles = [task for task in result.model().tasks if task.name == "shuffle"]
    assert shuffles and all(task.duration > 0 for task in shuffles)
    assert result.check(reference="numpy").ok


def test_a_narrow_transposed_operand_without_whole_word_rows_is_refused_by_the_resource_check() -> None:
    """With pack k = 2 an i8 B stored N x K has rows of 2 bytes: no staging
    order makes a DMA walk it, so the pack stays and the resource check says
    no, at the op and with the rule."""
    with pytest.raises(ResourceError, match="innermost dimension has stride 64 on 'i8' elements; AIE DMAs move "
                                            "32-bit words"):
        compile_source(TRANSPOSED_B_I8, schedule="default", pack=(4, 8, 2))


@needs_iree
def test_a_partial_dispatch_load_is_refused() -> None:
    dump = ROUTES["iree"].read_text()
    # The first dispatch (64x64x64 i8) reads 64x64 tiles of bindings made
    # twice as tall: a part of each.
    first = dump.index("hal.executable private")
    end = dump.index("hal.executable private", first + 1)
    partial = dump[:first] + dump[first:end].replace("readonly:tensor<64x64xi8>", "readonly:tensor<128x64xi8>") \
        + dump[end:]
    assert partial != dump
    with pytest.raises(FrontendError, match=r"cannot take the dispatches out: @\w+: iree_tensor_ext\.dispatch\."
                                            r"tensor\.load of a part of a binding"):
        compile_source(partial, schedule="default")


def _herdflow(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("herdflow", path=str(Path(sys.executable).parent))
    assert exe, "herdflow is not on PATH next to the interpreter"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600)


@needs_iree
def test_cli_compiles_a_dispatch_dump_and_checks_it_against_iree(tmp_path: Path) -> None:
    source = tmp_path / "two.mlir"
    source.write_text(_one("i8", 100, 70, 200) + _one("bf16", 64, 64, 128, acc="f32").replace("@f(", "@g("))
    dump = tmp_path / "two.executable-sources.mlir"
    from iree.compiler.tools.binaries import find_tool

    subprocess.run([find_tool("iree-compile"), "--iree-hal-target-device=local",
                    "--iree-hal-local-target-device-backends=llvm-cpu", "--compile-to=executable-sources",
                    str(source), "-o", str(dump)], check=True, capture_output=True)
    out = tmp_path / "air.mlir"
    result = _herdflow("compile", str(dump), "--emit", "air", "--check", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("bit-exact against IREE llvm-cpu") == 1
    assert result.stderr.count("against IREE llvm-cpu, within twice the f32 summation bound") == 1
    programs = out.read_text().split("// -----")
    assert len(programs) == 2 and all("air.herd" in p for p in programs)


@pytest.mark.parametrize(("args", "message"), [
    (["compile", "missing.mlir"], "cannot read missing.mlir"),
    (["compile", str(INPUTS / "matmul-sweep.mlir"), "--m", "64"], "give FILE or --m/--n/--k, not both"),
    (["compile"], "give FILE or --m, --n and --k (missing: --m, --n, --k)"),
])
def test_cli_bad_input_is_one_line(args: list[str], message: str) -> None:
    result = _herdflow(*args)
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2


def _transposed_b(dtype: str, m: int, n: int, k: int, acc: str) -> str:
    return f"""
func.func @bt(%a: tensor<{m}x{k}x{dtype}>, %b: tensor<{n}x{k}x{dtype}>) -> tensor<{m}x{n}x{acc}> {{
  %z = arith.constant 0.0 : {acc}
  %e = tensor.empty() : tensor<{m}x{n}x{acc}>
  %f = linalg.fill ins(%z : {acc}) outs(%e : tensor<{m}x{n}x{acc}>) -> tensor<{m}x{n}x{acc}>
  %r = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>,
                                      affine_map<(d0, d1, d2) -> (d0, d1)>]
      ins(%a, %b : tensor<{m}x{k}x{dtype}>, tensor<{n}x{k}x{dtype}>) outs(%f : tensor<{m}x{n}x{acc}>) -> tensor<{m}x{n}x{acc}>
  return %r : tensor<{m}x{n}x{acc}>
}}
"""


def test_a_tuned_schedule_that_does_not_fit_the_functions_own_buffers_falls_back() -> None:
    """B^T bf16 512^3 on npu4, K tiles 256,64 given: the tuner's best fits as
    a plain matmul, but the transposed operand's staging buffer (the L1
    transpose of aie-legalize-narrow-packs) takes each core to 73728 bytes of
    L1. The compile goes down the ranking to a schedule that needs less L1:
    it fits, says so, and computes what the input computes."""
    messages: list[str] = []
    (result,) = compile_source(_transposed_b("bf16", 512, 512, 512, "f32"), target="npu4",
                               progress=messages.append, k_tiles=(256, 64))
    tried = [m for m in messages if "trying the next tuned one" in m]
    assert tried and "bytes of L1" in tried[0], messages
    assert result.resources.fits and result.schedule.k_tiles == (256, 64)
    changed = {p for p, origin in result.provenance.items() if origin == "fallback"}
    assert changed and result.provenance["k_tiles"] == "given"
    assert set(result.provenance.values()) <= {"given", "tuned", "fallback", "default"}
    assert result.schedule.l1_bytes() < 65536
    assert "fallback" in result.report()
    assert result.check(reference="numpy").ok
    # With the block given too, the same tiles with one accumulator copy
    # (which the tuner's space holds only where nothing else fits) fit.
    (single,) = compile_source(_transposed_b("bf16", 512, 512, 512, "f32"), target="npu4",
                               k_tiles=(256, 64), block=(256, 512))
    assert single.schedule.acc_depth == 1 and single.provenance["acc_depth"] == "fallback"
    assert single.resources.fits


def test_an_error_no_tiling_changes_is_reported_without_falling_back() -> None:
    """A full [M, N] bias beside i32 A and B: each core needs a third input
    channel whatever the tiling, so no next-ranked schedule is tried."""
    bias = """
  %bias_e = tensor.empty() : tensor<256x256xi32>
  %s = linalg.add ins(%r, %bias : tensor<256x256xi32>, tensor<256x256xi32>) outs(%bias_e : tensor<256x256xi32>) -> tensor<256x256xi32>
"""
    text = _one("i32", 256, 256, 256, bias).replace(
        "%b: tensor<256x256xi32>)", "%b: tensor<256x256xi32>, %bias: tensor<256x256xi32>)").replace(
        "return %r", "return %s")
    messages: list[str] = []
    with pytest.raises(ResourceError, match="each core tile of the herd needs 3 input"):
        compile_source(text, target="npu4", progress=messages.append)
    assert not any("trying the next tuned one" in m for m in messages)


def test_the_fallback_compares_l2_per_memtile() -> None:
    """The resource check counts L2 per memtile; a herd over more columns
    spreads its block over more memtiles, so the fallback's limit is the
    plain-matmul footprint per memtile, not per segment."""
    from herdflow.compiler import _l2_per_memtile, _tighten
    from herdflow.schedule import Schedule

    wide = Schedule(1024, 1024, 1024, dtype="i8", target="npu4", herd=(4, 8), block=(256, 256))
    narrow = Schedule(1024, 1024, 1024, dtype="i8", target="npu4", herd=(4, 2), block=(256, 128))
    error = ResourceError("does not fit", ["memtile 0 needs 600000 bytes of L2 (buffers live at once, times their "
                                           "depth); a npu4 memtile has 524288"], None)
    limits: dict[str, float] = {}
    _tighten(limits, wide, error)
    assert limits == {"L2": wide.l2_bytes() / 8} and _l2_per_memtile(narrow) == narrow.l2_bytes() / 2
    # Per segment the narrow herd needs less; per memtile it needs more.
    assert narrow.l2_bytes() < wide.l2_bytes() and _l2_per_memtile(narrow) > limits["L2"]
