"""Matmuls with elementwise epilogues through `herdflow compile FILE`: the
epilogue fused in L1 after the last K iteration (aie-fuse-epilogue-into-unpack),
its operands staged like A and B, the result leaving the core in the
epilogue's type; checked against IREE's llvm-cpu (or the CPU runner on the
input without IREE). Inputs: test/Inputs/user/epilogues*.mlir, made by
scripts/make_matmul_inputs.py."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

import pytest
from conftest import REPO

from herdflow.compiler import PASS_STAGES, CompiledFunction, compile_file, compile_source
from herdflow.errors import FrontendError, ResourceError

INPUTS = REPO / "test" / "Inputs" / "user"
ROUTES = {"linalg": INPUTS / "epilogues.mlir", "iree": INPUTS / "epilogues.executable-sources.mlir"}
CASES = re.findall(r"func\.func @(epilogue_\w+)\(", (INPUTS / "epilogues.mlir").read_text())


@cache
def _compiled(route: str, target: str) -> dict[str, CompiledFunction]:
    results = compile_file(ROUTES[route], target=target, schedule="default")
    return {next(c for c in CASES if r.name == c or r.name.startswith(c + "_dispatch")): r for r in results}


def test_the_epilogue_cases() -> None:
    assert {"epilogue_bias_relu_i32_i32", "epilogue_bias_relu_f32_f32", "epilogue_row_bias_i32_i32",
            "epilogue_truncf_bf16_bf16", "epilogue_requant_i8_i8", "epilogue_batch_bias_relu_i32_i32",
            "epilogue_batch_row_bias_f32_f32", "epilogue_batch_truncf_bf16_bf16",
            "epilogue_batch_requant_i8_i8", "epilogue_scale_bf16_bf16", "epilogue_batch_scale_i32_i32"} == set(CASES)


@pytest.mark.parametrize("target", ("npu1", "npu4"))
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("case", CASES)
def test_epilogue_runs_in_l1_and_matches_the_input(case: str, route: str, target: str) -> None:
    result = _compiled(route, target)[case]
    air = result.air
    assert result.epilogue and result.resources.fits
    herd = air[air.index("air.herd"):]
    # The epilogue is in the herd, on the packed accumulator (4-D), after
    # the K loop, and the herd's write-back carries the result type.
    generics = re.findall(r"linalg\.generic \{indexing_maps = \[[^\]]*\], iterator_types = \[([^\]]*)\]", herd)
    assert len(generics) == 2 and "reduction" not in generics[1] and generics[1].count("parallel") == 4
    put = re.search(r"air\.channel\.put @\w+\[%\w+, %\w+\] \(%\w+\[[^]]*\] \[[^]]*\] \[[^]]*\]\) : "
                    r"\(memref<[0-9x]+x(\w+), 2>\)", herd)
    assert put is not None and put.group(1) == result.result_dtype
    check = result.check()
    assert check.ok, f"{case} via {route} on {target}: {check}"


@pytest.mark.parametrize("target", ("npu1", "npu4"))
def test_tuned_schedules_with_epilogues_compile_fit_and_check(target: str) -> None:
    results = compile_file(ROUTES["linalg"], target=target)
    assert [r.name for r in results] == CASES
    for result in results:
        assert set(result.provenance.values()) == {"tuned", "default"} and result.resources.fits
        assert result.provenance["l2_reuse"] == "default"
        check = result.check()
        assert check.ok, f"{result.name} on {target}, {result.schedule.describe()}: {check}"


def test_a_wrong_result_is_caught() -> None:
    result = _compiled("linalg", "npu1")["epilogue_bias_relu_i32_i32"]
    final = result.stages[PASS_STAGES[-1]]
    assert "arith.maxsi" in final
    broken = dataclasses.replace(result, stages={**result.stages, PASS_STAGES[-1]: final.replace("arith.maxsi",
                                                                                                "arith.minsi")})
    assert not broken.check().ok


def test_a_full_tensor_operand_needs_a_third_input_channel() -> None:
    text = (INPUTS / "epilogues.mlir").read_text()
    residual = text[text.index("func.func @epilogue_bias_relu_f32_f32"):].split("\n}\n")[0] + "\n}\n"
    residual = residual.replace("tensor<128xf32>", "tensor<128x128xf32>").replace(
        "affine_map<(d0, d1) -> (d1)>", "affine_map<(d0, d1) -> (d0, d1)>")
    with pytest.raises(ResourceError, match="3 input \\(S2MM\\) DMA channels"):
        compile_source(residual, schedule="default")


def test_a_reduction_over_the_result_is_a_one_line_error() -> None:
    text = (INPUTS / "epilogues.mlir").read_text()
    function = text[text.index("func.func @epilogue_bias_relu_f32_f32"):].split("\n}\n")[0] + "\n}\n"
    function = function.replace('iterator_types = ["parallel", "parallel"]}\n      ins(%biased',
                                'iterator_types = ["parallel", "reduction"]}\n      ins(%biased')
    with pytest.raises(FrontendError, match="reduces over the matmul's result"):
        compile_source(function, schedule="default")


@pytest.mark.parametrize("case", ["epilogue_scale_bf16_bf16", "epilogue_batch_scale_i32_i32"])
def test_a_scalar_operand_reaches_the_cores_as_a_herd_argument(case: str) -> None:
    """A 0-d operand (a scale) is read once on the host and passed down
    launch, segment and herd as a value (a runtime parameter): no DMA
    channel carries it, so the herd keeps two input channels per core."""
    result = _compiled("linalg", "npu1")[case]
    scalar = "f32" if "bf16" in case else "i32"
    assert re.search(rf"memref\.load %\w+\[\] : memref<{scalar}>", result.air)
    assert re.search(rf"air\.herd @\w+ tile \(%\w+, %\w+\) in \([^)]*\) args\(%\w+=%\w+\) : {scalar} \{{", result.air)
    into_l1 = re.findall(r"air\.channel\.get @(\w+)\[[^\]]*\] \([^)]*\) : \(memref<[^>]*, 2>\)", result.air)
    assert len(set(into_l1)) == 2


def test_a_constant_bias_is_a_global_staged_like_an_argument() -> None:
    """A bias folded into the function as a constant (weights imported with
    the model) is bufferized into an L3 global and staged like a bias
    argument; the shape is not whole blocks, so the bias is padded too."""
    bias = ", ".join(str((i + 1) * (-1) ** i) for i in range(70))
    text = f"""
func.func @const_bias(%a: tensor<50x96xi32>, %b: tensor<96x70xi32>) -> tensor<50x70xi32> {{
  %z = arith.constant 0 : i32
  %bias = arith.constant dense<[{bias}]> : tensor<70xi32>
  %e = tensor.empty() : tensor<50x70xi32>
  %f = linalg.fill ins(%z : i32) outs(%e : tensor<50x70xi32>) -> tensor<50x70xi32>
  %r = linalg.matmul ins(%a, %b : tensor<50x96xi32>, tensor<96x70xi32>) outs(%f : tensor<50x70xi32>) -> tensor<50x70xi32>
  %g = linalg.generic {{indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>,
                                        affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}}
      ins(%r, %bias : tensor<50x70xi32>, tensor<70xi32>) outs(%e : tensor<50x70xi32>) {{
  ^bb0(%x: i32, %y: i32, %out: i32):
    %s = arith.addi %x, %y : i32
    linalg.yield %s : i32
  }} -> tensor<50x70xi32>
  return %g : tensor<50x70xi32>
}}
"""
    (result,) = compile_source(text, schedule="default")
    assert re.search(r"memref\.global \"private\" constant @\w+ : memref<70xi32>", result.air)
    assert result.resources.fits and result.check(reference="numpy").ok


def test_a_batch_epilogue_operand_per_batch_element_only_is_refused() -> None:
    """A bias read per batch element only (a scalar per element) would need
    its own core input channel: the front end says which operand and how it
    is read."""
    text = (INPUTS / "epilogues.mlir").read_text()
    function = text[text.index("func.func @epilogue_batch_row_bias_f32_f32"):].split("\n}\n")[0] + "\n}\n"
    function = (function.replace("%bias: tensor<2x64xf32>", "%bias: tensor<2xf32>")
                .replace("tensor<2x64x96xf32>, tensor<2x64xf32>", "tensor<2x64x96xf32>, tensor<2xf32>")
                .replace("affine_map<(d0, d1, d2) -> (d0, d1)>", "affine_map<(d0, d1, d2) -> (d0)>"))
    with pytest.raises(FrontendError, match=r"operand 1 is read through \(d0, d1, d2\) -> \(d0\); herdflow stages "
                                            "operands per row \\[M\\], per column \\[N\\], full \\[M, N\\] or as a scalar, each for "
                                            "all batch elements or per batch element"):
        compile_source(function, schedule="default")


ODD = """
func.func @odd(%a: tensor<100x96xi32>, %b: tensor<96x70xi32>, %scale: tensor<70xi32>) -> tensor<100x70xi8> {
  %zero = arith.constant 0 : i32
  %e = tensor.empty() : tensor<100x70xi32>
  %f = linalg.fill ins(%zero : i32) outs(%e : tensor<100x70xi32>) -> tensor<100x70xi32>
  %c = linalg.matmul ins(%a, %b : tensor<100x96xi32>, tensor<96x70xi32>) outs(%f : tensor<100x70xi32>)
      -> tensor<100x70xi32>
  %o = tensor.empty() : tensor<100x70xi8>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>,
                                        affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]}
      ins(%c, %scale : tensor<100x70xi32>, tensor<70xi32>) outs(%o : tensor<100x70xi8>) {
  ^bb0(%x: i32, %s: i32, %out: i8):
    %q = arith.divsi %x, %s : i32
    %t = arith.trunci %q : i32 to i8
    linalg.yield %t : i8
  } -> tensor<100x70xi8>
  return %r : tensor<100x70xi8>
}
"""


@pytest.mark.parametrize("choice", ("default", "tuned"))
def test_an_odd_shape_pads_around_the_epilogue(choice: str) -> None:
    """100 x 70 is not whole blocks: the epilogue runs at the padded size,
    its operand padded with ones (the division stays defined in the padded
    region), and the result is sliced back."""
    (result,) = compile_source(ODD, schedule=choice)
    assert result.schedule.padded[:2] != (100, 70)
    assert "tensor.pad" in result.stages["tensor"] and "1 : i32" in result.stages["tensor"]
    check = result.check()
    assert check.ok, str(check)
