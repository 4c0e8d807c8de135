"""The CPU runner on memref signatures, memory spaces, and its errors."""

from __future__ import annotations

import numpy as np
import pytest

from herdflow.runner import ExecutionError, execute, from_bf16_bits, to_bf16_bits

# A program written with L2/L1 buffers and memref arguments: the runner erases
# the memory spaces and runs it.
SPACES = """
func.func @double(%a: memref<4x8xi32, 1>) -> memref<4x8xi32, 2> {
  %l1 = memref.alloc() : memref<4x8xi32, 2>
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                  iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x8xi32, 1>) outs(%l1 : memref<4x8xi32, 2>) {
  ^bb0(%x: i32, %y: i32):
    %d = arith.addi %x, %x : i32
    linalg.yield %d : i32
  }
  return %l1 : memref<4x8xi32, 2>
}
"""


def test_memref_signature_with_memory_spaces() -> None:
    a = np.arange(32, dtype=np.int32).reshape(4, 8)
    assert (execute(SPACES, [a]) == 2 * a).all()


def test_argument_errors() -> None:
    with pytest.raises(ExecutionError, match=r"@double takes 1 arguments, 2 were given"):
        execute(SPACES, [np.zeros((4, 8), np.int32)] * 2)
    with pytest.raises(ExecutionError, match=r"argument #0 of @double is memref<4x8xi32, 1>, got a float32 array"):
        execute(SPACES, [np.zeros((4, 8), np.float32)])
    with pytest.raises(ExecutionError, match="cannot parse the IR"):
        execute("func.func @f(", [])
    with pytest.raises(ExecutionError, match=r"expected exactly one function to run \(found: none\)"):
        execute("module {}", [])


def test_bf16_bits_round_to_nearest_even() -> None:
    # 1 + 2^-8 ties between 1 and 1 + 2^-7 and rounds to the even 1.0;
    # 1 + 1.5 * 2^-7 ties between 1 + 2^-7 and 1 + 2^-6 and rounds to the even 1 + 2^-6.
    values = np.array([1.0, -2.5, 1.00390625, 1.01171875, 1.0078125], dtype=np.float32)
    bits = to_bf16_bits(values)
    assert list(bits) == [0x3F80, 0xC020, 0x3F80, 0x3F82, 0x3F81]
    assert list(from_bf16_bits(bits)) == [1.0, -2.5, 1.0, 1.015625, 1.0078125]


def test_bf16_as_ml_dtypes_arrays_or_bit_patterns() -> None:
    """numpy-native bf16 (ml_dtypes) and uint16 bit patterns give the same
    result; a bf16 result comes back in the form the inputs had."""
    import ml_dtypes

    from herdflow.runner import execute, to_bf16_bits

    program = """
func.func @add(%a: tensor<4xbf16>, %b: tensor<4xbf16>) -> tensor<4xbf16> {
  %e = tensor.empty() : tensor<4xbf16>
  %r = linalg.add ins(%a, %b : tensor<4xbf16>, tensor<4xbf16>) outs(%e : tensor<4xbf16>) -> tensor<4xbf16>
  return %r : tensor<4xbf16>
}
"""
    x = np.array([1.5, -2.0, 0.25, 3.0], dtype=np.float32)
    y = np.array([0.5, 1.0, 0.75, -1.0], dtype=np.float32)
    native = execute(program, [x.astype(ml_dtypes.bfloat16), y.astype(ml_dtypes.bfloat16)])
    bits = execute(program, [to_bf16_bits(x), to_bf16_bits(y)])
    assert native.dtype == ml_dtypes.bfloat16 and bits.dtype == np.uint16
    assert (native.view(np.uint16) == bits).all()
    assert (native.astype(np.float32) == x + y).all()


# mlir-air's short forms: an offset list shorter than the sizes (the missing
# leading offsets are 0) and more channel indices than the channel's rank
# (the extra ones are 0).
MLIR_AIR_FORMS = """
air.channel @rows [2]
func.func @swap_halves(%a: memref<4x8xi32>, %out: memref<2x2x8xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  air.channel.put @rows[%c1, %c0] (%a[%c16] [2, 8] [8, 1]) : (memref<4x8xi32>)
  air.channel.put @rows[%c0, %c0] (%a[] [2, 8] [8, 1]) : (memref<4x8xi32>)
  air.channel.get @rows[%c1, %c0] (%out[%c0] [2, 8] [8, 1]) : (memref<2x2x8xi32>)
  air.channel.get @rows[%c0, %c0] (%out[%c16] [2, 8] [8, 1]) : (memref<2x2x8xi32>)
  return
}
"""


def test_mlir_air_short_offsets_and_extra_indices() -> None:
    a = np.arange(32, dtype=np.int32).reshape(4, 8)
    result = execute(MLIR_AIR_FORMS, [a])
    assert (result == np.stack([a[2:], a[:2]])).all()
