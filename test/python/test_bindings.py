"""herdflow's dialect and passes through its MLIR Python bindings."""

from __future__ import annotations

import pytest

from conftest import run_python
from herdflow.mlir import ir
from herdflow.mlir.dialects import air, arith, func
from herdflow.mlir.passmanager import PassManager

AIR_SAMPLE = """
air.channel @chan [2, 2]
func.func @f(%a: memref<64x64xi32>) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c32 = arith.constant 32 : index
  air.herd @herd_0 tile (%tx, %ty) in (%sx=%c2, %sy=%c2) args(%m=%a) : memref<64x64xi32> {
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %l1 = memref.alloc() : memref<32x32xi32, 2>
    %t = air.dma_memcpy_nd async (%l1[] [] [], %m[%tx, %ty] [32, 32] [%c64, %c1]) : (memref<32x32xi32, 2>, memref<64x64xi32>)
    air.channel.put [%t] @chan[%tx, %ty] (%l1[] [] []) : (memref<32x32xi32, 2>)
  }
  return
}
"""


def test_parse_and_canonicalize_air_with_pass_manager() -> None:
    with ir.Context():
        module = ir.Module.parse(AIR_SAMPLE)
        pm = PassManager.parse("builtin.module(canonicalize)")
        pm.enable_verifier(True)
        pm.run(module.operation)
        text = str(module)
    assert "%arg5[%arg1, %arg2] [32, 32] [64, 1]" in text
    assert "air.channel.put [%0] @chan[%arg1, %arg2]" in text


def test_herdflow_pass_in_pipeline(capfd: pytest.CaptureFixture[str]) -> None:
    with ir.Context():
        module = ir.Module.parse("module {}")
        pm = PassManager.parse("builtin.module(test-aie-target-description{target=npu4})")
        pm.run(module.operation)
    assert '"target": "npu4"' in capfd.readouterr().out


def test_unknown_target_fails_the_pipeline() -> None:
    with ir.Context():
        module = ir.Module.parse("module {}")
        pm = PassManager.parse("builtin.module(test-aie-target-description{target=npu9})")
        with pytest.raises(ir.MLIRError, match="unknown target 'npu9'"):
            pm.run(module.operation)


def test_verifier_error_surfaces_as_python_exception() -> None:
    with ir.Context():
        with pytest.raises(ir.MLIRError, match="expects 1 or 2 dimensions, got 3"):
            ir.Module.parse(
                "func.func @f() { %c = arith.constant 2 : index\n"
                "air.herd tile (%x, %y, %z) in (%a=%c, %b=%c, %d=%c) {}\n return }"
            )


def test_build_ops_with_generated_builders() -> None:
    with ir.Context(), ir.Location.unknown():
        module = ir.Module.create()
        with ir.InsertionPoint(module.body):
            air.ChannelOp("c", ir.ArrayAttr.get([ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 4)]))
            i32 = ir.IntegerType.get_signless(32)
            memref = ir.MemRefType.get([16], i32, memory_space=ir.IntegerAttr.get(ir.IntegerType.get_signless(64), 1))
            fn = func.FuncOp("g", ir.FunctionType.get([memref], []))
            with ir.InsertionPoint(fn.add_entry_block()):
                empty = ir.DenseI64ArrayAttr.get([])
                air.ChannelPutOp(
                    None, [], "c", [], fn.arguments[0], [], [], [], empty, empty, empty
                )
                func.ReturnOp([])
        assert module.operation.verify()
        text = str(module)
    assert "air.channel @c [4]" in text
    assert "air.channel.put @c[] (%arg0[] [] []) : (memref<16xi32, 1>)" in text


@pytest.mark.parametrize(
    "first, second",
    [("herdflow.mlir", "mlir"), ("mlir", "herdflow.mlir")],
)
def test_imports_beside_upstream_mlir(first: str, second: str) -> None:
    """herdflow's bindings and the upstream `mlir` package share a process."""
    code = f"""
import importlib
mods = {{}}
for name in ({first!r}, {second!r}):
    mods[name] = (importlib.import_module(name + ".ir"), importlib.import_module(name + ".passmanager"))
for name, (ir, passmanager) in mods.items():
    with ir.Context():
        m = ir.Module.parse("func.func @f(%x: i32) -> i32 {{ %y = arith.addi %x, %x : i32\\n return %y : i32 }}")
        passmanager.PassManager.parse("builtin.module(canonicalize,cse)").run(m.operation)
        assert "arith.addi" in str(m), name
ir, passmanager = mods["herdflow.mlir"]
with ir.Context():
    m = ir.Module.parse("air.channel @c [1]")
    print("ok", str(m).count("air.channel"))
"""
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok 1"


def test_upstream_mlir_does_not_know_air() -> None:
    """Registration is herdflow's own: the upstream package is unaffected."""
    result = run_python(
        "import herdflow.mlir.ir, mlir.ir as ir\n"
        "with ir.Context():\n"
        "    try:\n"
        "        ir.Module.parse('air.channel @c [1]')\n"
        "    except ir.MLIRError as e:\n"
        "        print('refused')\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "refused"


def test_streaming_k_pipeline_from_python() -> None:
    """The registered pipeline runs from a PassManager and its AIR program
    computes the matmul."""
    from herdflow.check import compare, random_inputs
    from herdflow.frontend import generate
    from herdflow.runner import execute
    from herdflow.schedule import Schedule

    schedule = Schedule(128, 64, 512, dtype="i8")
    with ir.Context():
        module = ir.Module.parse(generate(schedule))
        PassManager.parse("builtin.module(aie-streaming-k{fill-mode=peel})").run(module.operation)
        air = str(module)
    assert "air.herd @herd_0" in air and "air.dma_memcpy_nd" in air
    a, b = random_inputs(schedule)
    assert compare(schedule, a, b, execute(air, [a, b])).ok


def test_resource_usage_through_the_bindings() -> None:
    """The C++ ResourceUsage analysis as JSON and text, errors at the ops
    through the context's diagnostic handler."""
    import json

    from herdflow.mlir._mlir_libs import _herdflow

    errors: list[str] = []

    def collect(diagnostic: ir.Diagnostic) -> bool:
        errors.append(diagnostic.message)
        return True

    with ir.Context() as context:
        module = ir.Module.parse(AIR_SAMPLE)
        too_big = ir.Module.parse(AIR_SAMPLE.replace("%c2 = arith.constant 2", "%c2 = arith.constant 9"))
        context.attach_diagnostic_handler(collect)
        usage = _herdflow.compute_resource_usage(module.operation, "npu1")
        assert not errors
        refused = _herdflow.compute_resource_usage(too_big.operation, "npu1")
        assert _herdflow.compute_resource_usage(module.operation, "npu9") is None
        inner = module.body.operations[1].operation
        assert _herdflow.compute_resource_usage(inner, "npu1") is None  # not a builtin.module
    assert usage is not None and refused is not None
    report, text = json.loads(usage[0]), usage[1]
    assert report["fits"] and report["target"] == "npu1" and report["segments"][0]["herdShape"] == [2, 2]
    assert report["segments"][0]["core"]["s2mm"] == 1 and report["segments"][0]["core"]["mm2s"] == 1
    assert text.startswith("resource usage on npu1 (used / available):")
    assert "herd @herd_0 2x2" in text
    assert not json.loads(refused[0])["fits"]
    assert "herd of 9x9 cores (rows x columns) does not fit the npu1 array of 4x4 (" in errors[0]


def test_dma_pattern_fit_through_the_bindings() -> None:
    from herdflow.mlir._mlir_libs import _herdflow

    with ir.Context():
        i32 = ir.IntegerType.get_signless(32)
        i8 = ir.IntegerType.get_signless(8)
        assert _herdflow.fit_dma_pattern([32, 32], [64, 1], 4096, i32, "npu1", "memtile") is None
        why = _herdflow.fit_dma_pattern([2, 2, 2, 2, 2], [512, 128, 32, 8, 2], 4096, i32, "npu1", "core")
        assert why is not None and why.startswith("access pattern needs 5 dimensions")
        why = _herdflow.fit_dma_pattern([8, 3], [8, 1], 64, i8, "npu1", "core")
        assert why == ("access pattern's innermost dimension moves 3 bytes; AIE DMAs move 32-bit words, so it "
                       "must be a multiple of 4")
        with pytest.raises(ValueError, match="tile kind"):
            _herdflow.fit_dma_pattern([4], [1], 4, i32, "npu1", "dram")
        with pytest.raises(ValueError, match="unknown target 'npu9'"):
            _herdflow.fit_dma_pattern([4], [1], 4, i32, "npu9", "core")
