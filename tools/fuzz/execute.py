"""Differential execution: a program before and after a pass, on the CPU
with herdflow.runner, on the same random inputs.

Execution happens in a child process (JIT'd code can abort on AIR's
channel asserts, segfault or loop forever), restarted when it dies or times
out. Every static memref.alloc is filled with a "poison" value first, and a
baseline counts only if two poisons give the same result: a program that
reads memory it never wrote has no single right answer to compare against.

Also a command to check one file by hand:
    python -m tools.fuzz.execute reduced.mlir --pass=--aie-dma-to-channel
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np

from .run import REPO

OK, ERROR, CRASHED, TIMEOUT = "ok", "error", "crashed", "timeout"
POISONS = (91, -77)
MAX_INPUT_ELEMENTS = 1 << 20
STARTUP_SECONDS = 30.0
LOWERED = "lowered"


@dataclass
class Execution:
    status: str
    array: np.ndarray | None = None
    message: str = ""


class NotRunnable(Exception):
    """The program is not one the CPU runner can take (shapes, types, form)."""


def _numpy_type(element: str) -> Any:
    from herdflow.runner import NUMPY_TYPES

    if element not in NUMPY_TYPES:
        raise NotRunnable(f"element type {element}")
    return NUMPY_TYPES[element]


def _poison_value(type_: Any, poison: int) -> Any:
    """The poison as an attribute of the shaped type's element type, or None
    when the type is dynamic or its element type has no poison."""
    from herdflow.mlir import ir

    shaped = ir.ShapedType(type_)
    element = shaped.element_type
    if not shaped.has_static_shape:
        return None
    if isinstance(element, ir.IntegerType):
        return ir.IntegerAttr.get(element, poison)
    if isinstance(element, (ir.F32Type, ir.F64Type, ir.BF16Type, ir.F16Type)):
        return ir.FloatAttr.get(element, float(poison) * 1.5)
    return None


def _poison(module: Any, poison: int) -> None:
    """Every static buffer filled with `poison` when allocated and again
    instead of being freed, and every static `tensor.empty` replaced by one
    filled with it: a result that depends on the poison read contents never
    written or already freed (use after free reads the poison instead of
    whatever the allocator left there)."""
    from herdflow.mlir import ir
    from herdflow.mlir.dialects import linalg

    targets: list[Any] = []

    def collect(op: Any) -> Any:
        if op.name in ("memref.alloc", "memref.alloca", "memref.dealloc", "tensor.empty"):
            targets.append(op.operation)
        return ir.WalkResult.ADVANCE

    module.operation.walk(collect)
    for op in targets:
        freed = op.name == "memref.dealloc"
        subject = op.operands[0] if freed else op.results[0]
        value = _poison_value(subject.type, poison)
        if value is None:
            if freed:
                op.erase()
            continue
        ip = ir.InsertionPoint(op)
        filler = ir.Operation.create("arith.constant", results=[value.type], attributes={"value": value}, ip=ip)
        with ip:
            filled = linalg.fill(filler.results[0], outs=[subject])
        if freed:
            op.erase()  # the buffer leaks: these programs are small and short
            continue
        op.move_before(filler)
        if op.name == "tensor.empty":
            subject.replace_all_uses_except(filled, filled.owner.operation)


def _runnable_signature(func: Any) -> bool:
    """Static shaped arguments, and memrefs whose static strides are the
    contiguous ones: the harness hands over contiguous arrays, and a static
    stride that says otherwise would make any access of the program reach
    past them (the program, not a pass, at fault)."""
    from herdflow.mlir import ir

    dynamic = ir.ShapedType.get_dynamic_stride_or_offset()
    for argument in func.regions[0].blocks[0].arguments:
        if not isinstance(argument.type, (ir.MemRefType, ir.RankedTensorType)):
            return False
        if not ir.ShapedType(argument.type).has_static_shape:
            return False
        if isinstance(argument.type, ir.MemRefType):
            memref = ir.MemRefType(argument.type)
            strides, _ = memref.get_strides_and_offset()
            contiguous, _ = _contiguous(list(memref.shape))
            if any(stride not in (dynamic, expected) for stride, expected in zip(strides, contiguous, strict=True)):
                return False
    return True


def _entry_function(module: Any) -> Any:
    """The function to run, made runnable: the first public one with only
    static shaped arguments (the other public ones become private), and if
    it returns nothing (lit tests write into arguments), it returns its last
    static memref argument."""
    from herdflow.mlir import ir

    funcs = [op.operation for op in module.body.operations
             if op.operation.name == "func.func" and len(op.operation.regions[0].blocks)]
    public = [f for f in funcs if "sym_visibility" not in f.attributes]
    chosen = next((f for f in public if _runnable_signature(f)), None)
    if chosen is None:
        raise NotRunnable("no public function with static shaped arguments")
    for other in public:
        if other != chosen:
            other.attributes["sym_visibility"] = ir.StringAttr.get("private")
    function_type = ir.FunctionType(ir.TypeAttr(chosen.attributes["function_type"]).value)
    if len(function_type.results):
        return chosen
    arguments = [a for a in chosen.regions[0].blocks[0].arguments if isinstance(a.type, ir.MemRefType)]
    if not arguments:
        raise NotRunnable("returns nothing and has no memref argument")
    result = arguments[-1]
    returns: list[Any] = []

    def collect(op: Any) -> Any:
        if op.name == "func.return":
            returns.append(op.operation)
        return ir.WalkResult.ADVANCE

    chosen.walk(collect)
    for old in returns:
        ir.Operation.create("func.return", operands=[result], ip=ir.InsertionPoint(old))
        old.erase()
    chosen.attributes["function_type"] = ir.TypeAttr.get(
        ir.FunctionType.get(list(function_type.inputs), [result.type]))
    return chosen


def prepare(text: str, seed: int, poison: int) -> tuple[str, list[np.ndarray]]:
    """`text` with poisoned allocations, and random small-integer inputs for
    the public function's arguments."""
    from herdflow.mlir import ir

    from herdflow.runner import to_bf16_bits

    rng = np.random.default_rng(seed)
    with ir.Context(), ir.Location.unknown():
        module = ir.Module.parse(text)
        function = _entry_function(module)
        inputs = []
        total = 0
        for argument in function.regions[0].blocks[0].arguments:
            if not isinstance(argument.type, (ir.MemRefType, ir.RankedTensorType)):
                raise NotRunnable(f"argument of type {argument.type}")
            shaped = ir.ShapedType(argument.type)
            if not shaped.has_static_shape:
                raise NotRunnable("dynamic argument shape")
            element = str(shaped.element_type)
            dtype = _numpy_type(element)
            shape = tuple(shaped.shape)
            total += int(np.prod(shape))
            values = rng.integers(-4, 5, size=shape)
            if element == "bf16":
                inputs.append(to_bf16_bits(values.astype(np.float32)))
            else:
                inputs.append(values.astype(dtype))
        if total > MAX_INPUT_ELEMENTS:
            raise NotRunnable(f"{total} input elements")
        _poison(module, poison)
        _lower_with_checks(module)
        return str(module), inputs


# The runner's lowering up to loops, then bounds checks on every access
# (cf.assert: the execution aborts): a program that reads or writes out of
# bounds has undefined behavior and no single right answer, and a pass that
# makes a valid program do so has miscompiled it.
CHECKED_LOWERING = (
    "builtin.module("
    "aie-air-to-loops,"
    "aie-erase-memory-spaces,"
    "one-shot-bufferize{bufferize-function-boundaries function-boundary-type-conversion=identity-layout-map},"
    "func.func(scf-forall-to-for),"
    "convert-linalg-to-loops)"
)


def _check_reinterpret_casts(module: Any) -> None:
    """A bounds check before each memref.reinterpret_cast of a contiguous
    static buffer (how aie-air-to-loops addresses DMA and channel patterns),
    which MLIR's runtime verification does not check."""
    from herdflow.mlir import ir

    casts: list[Any] = []

    def collect(op: Any) -> Any:
        if op.name == "memref.reinterpret_cast":
            casts.append(op.operation)
        return ir.WalkResult.ADVANCE

    module.operation.walk(collect)
    index = ir.IndexType.get()
    dynamic = ir.ShapedType.get_dynamic_size()
    for cast in casts:
        source = ir.MemRefType(cast.operands[0].type)
        if not source.has_static_shape or source.get_strides_and_offset() != _contiguous(list(source.shape)):
            continue
        ip = ir.InsertionPoint(cast)

        def op(name: str, *operands: Any, ip: Any = ip, **attributes: Any) -> Any:
            return ir.Operation.create(name, results=[operands[0].type if operands else index],
                                       operands=list(operands), attributes=attributes, ip=ip).results[0]

        def const(value: int) -> Any:
            return op("arith.constant", value=ir.IntegerAttr.get(index, value))

        # Operands after the source: the dynamic offset, sizes, strides in order.
        dynamic_values = iter(list(cast.operands)[1:])
        lists: list[list[Any]] = [
            [next(dynamic_values) if v == dynamic else const(v) for v in ir.DenseI64ArrayAttr(cast.attributes[name])]
            for name in ("static_offsets", "static_sizes", "static_strides")]
        offset, sizes, strides = lists[0][0], lists[1], lists[2]
        zero, one = const(0), const(1)
        low, high = offset, offset
        empty = None
        for size, stride in zip(sizes, strides, strict=True):
            extent = op("arith.muli", op("arith.subi", size, one), stride)
            low = op("arith.addi", low, op("arith.minsi", extent, zero))
            high = op("arith.addi", high, op("arith.maxsi", extent, zero))
            is_empty = _cmp(ip, "eq", size, zero)
            empty = is_empty if empty is None else op("arith.ori", empty, is_empty)
        total = const(int(np.prod(source.shape)))
        inside = op("arith.andi", _cmp(ip, "sge", low, zero), _cmp(ip, "slt", high, total))
        ok = inside if empty is None else op("arith.ori", inside, empty)
        ir.Operation.create("cf.assert", operands=[ok], ip=ip, attributes={
            "msg": ir.StringAttr.get("fuzz: memref.reinterpret_cast out of bounds of its source")})


def _contiguous(shape: list[int]) -> tuple[list[int], int]:
    strides: list[int] = []
    running = 1
    for size in reversed(shape):
        strides.insert(0, running)
        running *= size
    return strides, 0


def _cmp(ip: Any, predicate: str, lhs: Any, rhs: Any) -> Any:
    from herdflow.mlir import ir

    codes = {"eq": 0, "slt": 2, "sge": 5}
    return ir.Operation.create("arith.cmpi", results=[ir.IntegerType.get_signless(1)], operands=[lhs, rhs],
                               attributes={"predicate": ir.IntegerAttr.get(ir.IntegerType.get_signless(64),
                                                                           codes[predicate])}, ip=ip).results[0]


def _lower_with_checks(module: Any) -> None:
    from herdflow.mlir import ir
    from herdflow.mlir.passmanager import PassManager

    def mark_restrict(op: Any) -> Any:  # as the runner does before bufferizing
        if op.name == "bufferization.to_tensor":
            op.attributes["restrict"] = ir.UnitAttr.get()
        return ir.WalkResult.ADVANCE

    module.operation.walk(mark_restrict)
    try:
        PassManager.parse(CHECKED_LOWERING).run(module.operation)
        _check_reinterpret_casts(module)
        PassManager.parse("builtin.module(generate-runtime-verification)").run(module.operation)
    except ir.MLIRError as error:
        raise NotRunnable(f"cannot lower: {str(error)[:300]}") from None


def _serve() -> None:
    """The child's loop: requests on stdin, results on the real stdout (fd 1
    goes to stderr so that nothing else can corrupt the stream)."""
    from herdflow.runner import execute

    out = os.dup(1)
    os.dup2(2, 1)
    requests = Connection(os.dup(0), writable=False)
    replies = Connection(out, readable=False)
    while True:
        try:
            request = requests.recv()
        except EOFError:
            return
        if request is None:
            return
        text, seed, poison = request
        try:
            prepared, inputs = prepare(text, seed, poison)
            # herdflow's own passes are behind us: a death from here on is the program's.
            replies.send(LOWERED)
            result = execute(prepared, inputs)
            replies.send((OK, result, ""))
        except Exception as error:  # anything the runner refuses: not runnable
            replies.send((ERROR, None, f"{type(error).__name__}: {str(error)[:400]}"))


class Executor:
    """One long-lived child process that runs programs on the CPU."""

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._requests: Connection | None = None
        self._replies: Connection | None = None

    def _start(self) -> tuple[Connection, Connection]:
        if self._process is None or self._process.poll() is not None:
            self._kill()
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(
                [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
            self._process = subprocess.Popen(
                [sys.executable, "-m", "tools.fuzz.execute", "--serve"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO, env=env)
            assert self._process.stdin is not None and self._process.stdout is not None
            self._requests = Connection(os.dup(self._process.stdin.fileno()), readable=False)
            self._replies = Connection(os.dup(self._process.stdout.fileno()), writable=False)
            self._process.stdin.close()
            self._process.stdout.close()
        assert self._requests is not None and self._replies is not None
        return self._requests, self._replies

    def _kill(self) -> None:
        for connection in (self._requests, self._replies):
            if connection is not None:
                connection.close()
        self._requests = self._replies = None
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait(10)
        self._process = None

    def run(self, text: str, seed: int, poison: int) -> Execution:
        warm = self._process is not None and self._process.poll() is None
        requests, replies = self._start()
        try:
            requests.send((text, seed, poison))
            # A fresh child first pays for importing herdflow and MLIR.
            ready = replies.poll(self.timeout + (0.0 if warm else STARTUP_SECONDS))
        except OSError:
            ready = True  # the child is gone; recv says how
        if not ready:
            self._kill()
            return Execution(TIMEOUT, message=f"no result within {self.timeout:g} s")
        lowered = False
        while True:
            try:
                reply = replies.recv()
            except (EOFError, OSError):
                code = self._process.wait(10) if self._process is not None else None
                self._kill()
                if not lowered:  # herdflow's in-process lowering died: not the program's doing
                    return Execution(ERROR, message=f"the lowering died (exit code {code})")
                return Execution(CRASHED, message=f"the execution died (exit code {code})")
            if reply != LOWERED:
                status, array, message = reply
                return Execution(status, array, message)
            lowered = True
            if not replies.poll(self.timeout):
                self._kill()
                return Execution(TIMEOUT, message=f"no result within {self.timeout:g} s")

    def close(self) -> None:
        if self._requests is not None:
            try:
                self._requests.send(None)
                assert self._process is not None
                self._process.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._kill()


def same(expected: np.ndarray, actual: np.ndarray) -> tuple[bool, str]:
    """Bit-exact for integers, allclose for floats (bf16 as uint16 bits)."""
    from herdflow.runner import from_bf16_bits

    if expected.shape != actual.shape or expected.dtype != actual.dtype:
        return False, f"result {actual.dtype}{list(actual.shape)} instead of {expected.dtype}{list(expected.shape)}"
    if expected.dtype == np.uint16:
        expected, actual = from_bf16_bits(expected), from_bf16_bits(actual)
    if np.issubdtype(expected.dtype, np.floating):
        with np.errstate(all="ignore"):  # inf - inf in garbage results
            close = np.isclose(actual, expected, rtol=1e-3, atol=1e-3, equal_nan=True)
    else:
        close = actual == expected
    if close.all():
        return True, ""
    wrong = np.argwhere(~close)
    first = tuple(int(i) for i in wrong[0])
    return False, (f"{len(wrong)} of {expected.size} elements differ (first at {list(first)}: "
                   f"expected {expected[first]}, got {actual[first]})")


@dataclass
class Baseline:
    text: str
    result: np.ndarray
    confirmed: bool | None = None  # same result under the second poison (checked on demand)


class Differential:
    """Before/after comparison on one executor, with a fixed input seed."""

    def __init__(self, executor: Executor, input_seed: int = 0) -> None:
        self.executor = executor
        self.input_seed = input_seed

    def baseline(self, text: str) -> Baseline | None:
        """The program's result under the first poison, or None if it does not run."""
        execution = self.executor.run(text, self.input_seed, POISONS[0])
        if execution.status != OK or execution.array is None:
            return None
        return Baseline(text, execution.array)

    def _deterministic(self, baseline: Baseline) -> bool:
        """A program that reads memory it never wrote (its result depends on
        the poison) has no single right answer to compare against."""
        if baseline.confirmed is None:
            execution = self.executor.run(baseline.text, self.input_seed, POISONS[1])
            baseline.confirmed = execution.status == OK and execution.array is not None \
                and same(baseline.result, execution.array)[0]
        return baseline.confirmed

    def compare(self, baseline: Baseline, text: str) -> str | None:
        """None if `text` computes what the baseline did, else how it differs.
        A program the runner cannot take (ExecutionError) is not a miscompile."""
        execution = self.executor.run(text, self.input_seed, POISONS[0])
        if execution.status == TIMEOUT:
            # A loaded machine is the usual cause: one more try with a longer
            # budget before a timeout counts as a hang the pass introduced.
            budget = self.executor.timeout
            self.executor.timeout = budget * 6
            try:
                execution = self.executor.run(text, self.input_seed, POISONS[0])
            finally:
                self.executor.timeout = budget
        if execution.status == ERROR:
            return None
        verdict: str | None
        if execution.status != OK or execution.array is None:
            verdict = f"execution {execution.status} after the pass ({execution.message})"
        else:
            equal, message = same(baseline.result, execution.array)
            verdict = None if equal else f"result differs: {message}"
        if verdict is None or not self._deterministic(baseline):
            return None
        return verdict


def miscompile_category(message: str) -> str:
    return message.split(":", 1)[0].split(" (", 1)[0]


def main(argv: list[str] | None = None) -> int:
    from .run import PassConfig, default_aie_opt, run_pass, verify

    parser = argparse.ArgumentParser(prog="python -m tools.fuzz.execute",
                                     description="Run FILE on the CPU before and after one pass, compare.")
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pass", dest="pass_flag",
                        help="the pass as an aie-opt flag, e.g. --pass=--aie-dma-to-channel")
    parser.add_argument("--aie-opt", default=None, help="aie-opt binary (default: as the fuzzer's)")
    parser.add_argument("--input-seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.serve:
        _serve()
        return 0
    if args.file is None or args.pass_flag is None:
        parser.error("FILE and --pass are required")
    aie_opt = args.aie_opt or str(default_aie_opt())
    checked = verify(aie_opt, args.file.read_text())
    if not checked.ok:
        sys.stderr.write(f"the input does not verify:\n{checked.stderr}")
        return 2
    name, _, options = args.pass_flag.lstrip("-").partition("=")
    outcome = run_pass(aie_opt, checked.text, PassConfig(name, options))
    if outcome.kind != "ok":
        sys.stderr.write(f"the pass did not produce a verified result: {outcome.kind} {outcome.message}\n")
        return 2
    executor = Executor()
    verdict: str | None = None
    try:
        differential = Differential(executor, args.input_seed)
        baseline = differential.baseline(checked.text)
        if baseline is None:
            sys.stderr.write("the input does not run deterministically on the CPU\n")
            return 2
        verdict = differential.compare(baseline, outcome.output or checked.text)
    finally:
        executor.close()
    sys.stdout.write(f"miscompile: {verdict}\n" if verdict else "same result before and after the pass\n")
    return 1 if verdict else 0


if __name__ == "__main__":
    sys.exit(main())
