"""The input of the front end: one matmul on tensors (the 'tensor' stage)."""

from __future__ import annotations

from typing import cast

from ..errors import ArgumentError
from ..schedule import INTEGER_TYPES, Schedule


def zero_literal(dtype: str) -> str:
    """A zero constant of `dtype` in MLIR attribute syntax."""
    return f"0 : {dtype}" if dtype in INTEGER_TYPES else f"0.0 : {dtype}"


def function_name(schedule: Schedule) -> str:
    return f"matmul_{schedule.dtype}"


def _zero_pad(value: str, shape: tuple[int, int], padded: tuple[int, int], dtype: str) -> list[str]:
    """``tensor.pad`` of a 2-D `value` at the high end with %pad_value."""
    (rows, cols), (padded_rows, padded_cols) = shape, padded
    return [
        f"  {value}_padded = tensor.pad {value} low[0, 0] high[{padded_rows - rows}, {padded_cols - cols}] {{",
        "  ^bb0(%i: index, %j: index):",
        f"    tensor.yield %pad_value : {dtype}",
        f"  }} : tensor<{rows}x{cols}x{dtype}> to tensor<{padded_rows}x{padded_cols}x{dtype}>",
    ]


def matmul_payload(schedule: Schedule) -> str:
    """``C = fill(0); C += A x B`` on tensors, with zero padding of A and B
    to the schedule's padded sizes and the result sliced back when needed.
    Raises ArgumentError when ``schedule`` is not a Schedule."""
    if not isinstance(schedule, Schedule):
        raise ArgumentError(f"matmul_payload takes a herdflow.schedule.Schedule, got {type(schedule).__name__}")
    m, n, k = schedule.m, schedule.n, schedule.k
    mp, np_, kp = schedule.padded
    t, acc = schedule.dtype, cast(str, schedule.acc_dtype)  # never None once the Schedule is built
    lines = [
        f"// {schedule.describe()}",
        f"func.func @{function_name(schedule)}(%A: tensor<{m}x{k}x{t}>, %B: tensor<{k}x{n}x{t}>) "
        f"-> tensor<{m}x{n}x{acc}> {{",
    ]
    a, b = "%A", "%B"
    if (mp, kp) != (m, k) or (kp, np_) != (k, n):
        lines.append(f"  %pad_value = arith.constant {zero_literal(t)}")
    if (mp, kp) != (m, k):
        lines += _zero_pad("%A", (m, k), (mp, kp), t)
        a = "%A_padded"
    if (kp, np_) != (k, n):
        lines += _zero_pad("%B", (k, n), (kp, np_), t)
        b = "%B_padded"
    lines += [
        f"  %zero = arith.constant {zero_literal(acc)}",
        f"  %empty = tensor.empty() : tensor<{mp}x{np_}x{acc}>",
        f"  %C0 = linalg.fill ins(%zero : {acc}) outs(%empty : tensor<{mp}x{np_}x{acc}>) -> tensor<{mp}x{np_}x{acc}>",
        f"  %C = linalg.matmul ins({a}, {b} : tensor<{mp}x{kp}x{t}>, tensor<{kp}x{np_}x{t}>)",
        f"                     outs(%C0 : tensor<{mp}x{np_}x{acc}>) -> tensor<{mp}x{np_}x{acc}>",
    ]
    result = "%C"
    if (mp, np_) != (m, n):
        lines.append(
            f"  %C_sliced = tensor.extract_slice %C[0, 0] [{m}, {n}] [1, 1] "
            f": tensor<{mp}x{np_}x{acc}> to tensor<{m}x{n}x{acc}>"
        )
        result = "%C_sliced"
    lines += [f"  return {result} : tensor<{m}x{n}x{acc}>", "}"]
    return "\n".join(lines) + "\n"
