"""Numerical check of a compiled matmul against numpy.

Integer types are compared bit-exactly: the IR sign-extends i8/i16 inputs and
accumulates in i32 with two's-complement wrap-around, which is what numpy's
int32 matmul computes. Floating point (bf16 inputs travel as their bit
patterns; the IR extends them to f32 and accumulates in f32) is compared with
the rigorous bound of recursive summation in f32,
``|C - C_exact| <= gamma_K * (|A| @ |B|)`` with ``gamma_K = K u / (1 - K u)``
and ``u = 2**-24``: any summation order the schedule picks stays inside it,
while a wrong or missing term does not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import ArgumentError
from .runner import from_bf16_bits, to_bf16_bits
from .schedule import INTEGER_TYPES, Schedule

__all__ = ["CheckResult", "compare", "compare_with", "random_inputs", "reference"]

_INPUT_NUMPY = {"i8": np.int8, "i16": np.int16, "i32": np.int32}
F32_UNIT_ROUNDOFF = 2.0**-24


def _schedule(schedule: object) -> Schedule:
    if not isinstance(schedule, Schedule):
        raise ArgumentError(f"expected a herdflow.schedule.Schedule, got {type(schedule).__name__}")
    return schedule


def _array(value: object, what: str) -> np.ndarray:
    if not isinstance(value, np.ndarray):
        raise ArgumentError(f"{what} must be a numpy array, got {type(value).__name__}")
    return value


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    max_error: float
    tolerance: str

    def __str__(self) -> str:
        verdict = "PASS" if self.ok else "FAIL"
        return f"{verdict}: max |error| {self.max_error:g} ({self.tolerance})"


def random_inputs(schedule: Schedule, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A[M,K] and B[K,N] in the IR's input representation: full-range
    integers (products overflow and wrap), uniform [-1, 1) floats, bf16 as
    bit patterns. Raises ArgumentError for a non-Schedule."""
    _schedule(schedule)
    rng = np.random.default_rng(seed)
    shapes = ((schedule.m, schedule.k), (schedule.k, schedule.n))
    if schedule.dtype in INTEGER_TYPES:
        info = np.iinfo(_INPUT_NUMPY[schedule.dtype])
        return tuple(  # type: ignore[return-value]
            rng.integers(info.min, info.max, size=shape, endpoint=True, dtype=np.int64).astype(info.dtype)
            for shape in shapes
        )
    values = [rng.uniform(-1.0, 1.0, size=shape).astype(np.float32) for shape in shapes]
    if schedule.dtype == "bf16":
        return to_bf16_bits(values[0]), to_bf16_bits(values[1])
    return values[0], values[1]


def random_operand(shape: tuple[int, ...], dtype: str, seed: int) -> np.ndarray:
    """An epilogue operand (bias, scale, residual) of ``shape``: integers in
    [-2^15, 2^15] except zero (a requantization's shift and clamp see both
    signs and both limits, a division stays defined), narrower types
    full-range; uniform [-1, 1) floats, bf16
    as bit patterns."""
    rng = np.random.default_rng(seed)
    if dtype in INTEGER_TYPES:
        info = np.iinfo(_INPUT_NUMPY[dtype])
        low, high = max(info.min, -(2**15)), min(info.max, 2**15 - 1)
        values = rng.integers(low, high, size=shape, endpoint=True, dtype=np.int64)
        # No zeros: an epilogue that divides by its operand stays defined.
        return np.where(values == 0, 1, values).astype(info.dtype)
    values = rng.uniform(-1.0, 1.0, size=shape).astype(np.float32)
    return to_bf16_bits(values) if dtype == "bf16" else values


def compare_epilogue(schedule: Schedule, a: np.ndarray, b: np.ndarray, result: np.ndarray, expected: np.ndarray,
                     result_dtype: str, reference_name: str) -> CheckResult:
    """A function with an epilogue against another execution of it:
    bit-exact for integers; for floats within twice the f32 summation bound
    of the matmul (the epilogue taken as 1-Lipschitz in the accumulator) plus
    one unit in the last place of the result type."""
    _schedule(schedule)
    if result.shape != expected.shape:
        return CheckResult(False, float("inf"), f"shape {result.shape} != {reference_name}'s {expected.shape}")
    if result_dtype in INTEGER_TYPES or result_dtype.startswith("i"):
        difference = np.abs(result.astype(np.int64) - expected.astype(np.int64))
        return CheckResult(not difference.any(), float(difference.max(initial=0)),
                           f"bit-exact against {reference_name}")
    if result_dtype == "bf16":
        result, expected = (from_bf16_bits(x) if x.dtype == np.uint16 else x.astype(np.float32)
                            for x in (result, expected))
    k = schedule.k
    gamma = k * F32_UNIT_ROUNDOFF / (1 - k * F32_UNIT_ROUNDOFF)
    ulp = 2.0**-7 if result_dtype == "bf16" else 2.0**-23
    got, want = result.astype(np.float64), expected.astype(np.float64)
    bound = 2 * gamma * (np.abs(_as_float64(schedule, a)) @ np.abs(_as_float64(schedule, b))) + ulp * np.abs(want)
    error = np.abs(got - want)
    return CheckResult(bool((error <= bound).all()), float(error.max(initial=0.0)),
                       f"against {reference_name}, within twice the f32 summation bound, K={k}, plus one "
                       f"{result_dtype} ulp")


def _as_float64(schedule: Schedule, array: np.ndarray) -> np.ndarray:
    if array.dtype.name == "bfloat16":  # an ml_dtypes array
        return array.astype(np.float64)
    if schedule.dtype == "bf16":
        return from_bf16_bits(array).astype(np.float64)
    return array.astype(np.float64)


def reference(schedule: Schedule, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """numpy's result: int32 with wrap-around, or float64 (exact enough)."""
    if schedule.dtype in INTEGER_TYPES:
        product: np.ndarray = a.astype(np.int32) @ b.astype(np.int32)
    else:
        product = _as_float64(schedule, a) @ _as_float64(schedule, b)
    return product


def compare(schedule: Schedule, a: np.ndarray, b: np.ndarray, result: np.ndarray) -> CheckResult:
    """``result`` against numpy's; raises ArgumentError for arguments of
    the wrong type."""
    _schedule(schedule)
    for value, what in ((a, "A"), (b, "B"), (result, "the result")):
        _array(value, what)
    expected = reference(schedule, a, b)
    if result.shape != expected.shape:
        return CheckResult(False, float("inf"), f"shape {result.shape} != {expected.shape}")
    if schedule.dtype in INTEGER_TYPES:
        wrong = result.astype(np.int64) != expected.astype(np.int64)
        max_error = float(np.abs(result.astype(np.int64) - expected.astype(np.int64)).max(initial=0))
        return CheckResult(not wrong.any(), max_error, "bit-exact, i32 wrap-around")
    k = schedule.k
    gamma = k * F32_UNIT_ROUNDOFF / (1 - k * F32_UNIT_ROUNDOFF)
    bound = gamma * (np.abs(_as_float64(schedule, a)) @ np.abs(_as_float64(schedule, b)))
    error = np.abs(result.astype(np.float64) - expected)
    return CheckResult(
        bool((error <= bound).all()),
        float(error.max(initial=0.0)),
        f"f32 summation bound gamma_K |A||B|, K={k}",
    )


def compare_with(schedule: Schedule, a: np.ndarray, b: np.ndarray, result: np.ndarray, expected: np.ndarray,
                 reference_name: str) -> CheckResult:
    """``result`` against another implementation's ``expected`` (IREE's
    llvm-cpu): bit-exact for integers; for floats, both sit within the f32
    summation bound of the exact product, so they may differ by twice it."""
    _schedule(schedule)
    for value, what in ((a, "A"), (b, "B"), (result, "the result"), (expected, "the reference")):
        _array(value, what)
    if result.shape != expected.shape:
        return CheckResult(False, float("inf"), f"shape {result.shape} != {reference_name}'s {expected.shape}")
    if schedule.dtype in INTEGER_TYPES:
        difference = np.abs(result.astype(np.int64) - expected.astype(np.int64))
        return CheckResult(not difference.any(), float(difference.max(initial=0)),
                           f"bit-exact against {reference_name}")
    k = schedule.k
    gamma = k * F32_UNIT_ROUNDOFF / (1 - k * F32_UNIT_ROUNDOFF)
    bound = 2 * gamma * (np.abs(_as_float64(schedule, a)) @ np.abs(_as_float64(schedule, b)))
    error = np.abs(result.astype(np.float64) - expected.astype(np.float64))
    return CheckResult(bool((error <= bound).all()), float(error.max(initial=0.0)),
                       f"against {reference_name}, within twice the f32 summation bound, K={k}")
