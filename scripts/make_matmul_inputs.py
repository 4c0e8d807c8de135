"""Writes the real-input sweep of ``herdflow compile FILE`` (test/Inputs/user):

- ``matmul-sweep.mlir``: linalg on tensors, one function per case (input
  type, shape, written as linalg.matmul or as a matmul-shaped linalg.generic),
  plus a function without a matmul that stays on the host;
- ``matmul-sweep.executable-sources.mlir``: the same module as iree-compile
  3.13 writes it with ``--compile-to=executable-sources`` (llvm-cpu): one
  hal.executable per dispatch;
- ``epilogues.mlir`` and its executable sources: matmuls and batch matmuls
  with elementwise epilogues (bias per column or row + relu, residual,
  f32 -> bf16, i32 -> i8 requantization).

Run it after changing the cases and review the diff:

    .venv/bin/python scripts/make_matmul_inputs.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "test" / "Inputs" / "user"

# (input, accumulator) types and shapes, orders M x N x K.
TYPES = (("i8", "i32"), ("i16", "i32"), ("i32", "i32"), ("bf16", "f32"), ("f32", "f32"))
SHAPES = ((64, 64, 64), (100, 70, 200), (33, 130, 65))
FORMS = ("named", "generic")
# Transposed operands: the DMAs transpose 32-bit types; narrower ones move
# whole rows of the stored operand and the core finishes the transpose
# (aie-legalize-narrow-packs).
TRANSPOSED_TYPES = TYPES
TRANSPOSED_SHAPES = ((64, 64, 64), (100, 70, 200))
TRANSPOSED_FORMS = ("transpose_a", "transpose_b", "generic_transpose_b")
# Batch matmuls (batch, M, N, K): the batch an outer loop of the launch.
BATCH_SHAPES = ((2, 64, 64, 64), (3, 100, 70, 200))
BATCH_FORMS = ("batch", "generic_batch")
# Batch matmuls with a transposed operand (per batch element), one shape.
BATCH_TRANSPOSED_SHAPES = ((3, 100, 70, 200),)
BATCH_TRANSPOSED_FORMS = ("batch_transpose_a", "batch_transpose_b")

IREE_FLAGS = ("--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu",
              "--iree-llvmcpu-target-cpu=generic", "--compile-to=executable-sources")


def _zero(dtype: str) -> str:
    return f"0 : {dtype}" if dtype.startswith("i") else f"0.0 : {dtype}"


def _body(dtype: str, acc: str) -> list[str]:
    """The generic's region: extend both inputs, multiply, accumulate."""
    if dtype == acc:
        extend = []
        x, y = "%x", "%y"
    else:
        op = "arith.extsi" if dtype.startswith("i") else "arith.extf"
        extend = [f"    %xe = {op} %x : {dtype} to {acc}", f"    %ye = {op} %y : {dtype} to {acc}"]
        x, y = "%xe", "%ye"
    mul, add = ("arith.muli", "arith.addi") if acc.startswith("i") else ("arith.mulf", "arith.addf")
    return [f"  ^bb0(%x: {dtype}, %y: {dtype}, %acc: {acc}):", *extend, f"    %p = {mul} {x}, {y} : {acc}",
            f"    %s = {add} %acc, %p : {acc}", f"    linalg.yield %s : {acc}"]


def _prologue(name: str, a: str, b: str, c: str, acc: str) -> list[str]:
    """The function's signature and its zero-filled accumulator."""
    return [f"func.func @{name}(%a: {a}, %b: {b}) -> {c} {{",
            f"  %zero = arith.constant {_zero(acc)}",
            f"  %empty = tensor.empty() : {c}",
            f"  %init = linalg.fill ins(%zero : {acc}) outs(%empty : {c}) -> {c}"]


def case(dtype: str, acc: str, m: int, n: int, k: int, form: str) -> str:
    transpose_a, transpose_b = form == "transpose_a", form.endswith("transpose_b")
    a = f"tensor<{k}x{m}x{dtype}>" if transpose_a else f"tensor<{m}x{k}x{dtype}>"
    b = f"tensor<{n}x{k}x{dtype}>" if transpose_b else f"tensor<{k}x{n}x{dtype}>"
    c = f"tensor<{m}x{n}x{acc}>"
    a_map = "affine_map<(m, n, k) -> (k, m)>" if transpose_a else "affine_map<(m, n, k) -> (m, k)>"
    b_map = "affine_map<(m, n, k) -> (n, k)>" if transpose_b else "affine_map<(m, n, k) -> (k, n)>"
    lines = _prologue(f"mm_{form}_{dtype}_{m}x{n}x{k}", a, b, c, acc)
    if form == "named":
        lines.append(f"  %r = linalg.matmul ins(%a, %b : {a}, {b}) outs(%init : {c}) -> {c}")
    elif form.startswith("transpose"):
        lines.append(f"  %r = linalg.matmul indexing_maps = [{a_map}, {b_map}, affine_map<(m, n, k) -> (m, n)>] "
                     f"ins(%a, %b : {a}, {b}) outs(%init : {c}) -> {c}")
    else:
        lines += [
            f"  %r = linalg.generic {{indexing_maps = [{a_map}, "
            f"{b_map}, affine_map<(m, n, k) -> (m, n)>], "
            'iterator_types = ["parallel", "parallel", "reduction"]}',
            f"      ins(%a, %b : {a}, {b}) outs(%init : {c}) {{",
            *_body(dtype, acc),
            f"  }} -> {c}",
        ]
    lines += [f"  return %r : {c}", "}"]
    return "\n".join(lines)


def batch_case(dtype: str, acc: str, batch: int, m: int, n: int, k: int, form: str) -> str:
    transpose_a, transpose_b = form == "batch_transpose_a", form == "batch_transpose_b"
    a = f"tensor<{batch}x{k}x{m}x{dtype}>" if transpose_a else f"tensor<{batch}x{m}x{k}x{dtype}>"
    b = f"tensor<{batch}x{n}x{k}x{dtype}>" if transpose_b else f"tensor<{batch}x{k}x{n}x{dtype}>"
    c = f"tensor<{batch}x{m}x{n}x{acc}>"
    lines = _prologue(f"mm_{form}_{dtype}_{batch}x{m}x{n}x{k}", a, b, c, acc)
    if form == "batch":
        lines.append(f"  %r = linalg.batch_matmul ins(%a, %b : {a}, {b}) outs(%init : {c}) -> {c}")
    elif form.startswith("batch_transpose"):
        a_map = "affine_map<(b, m, n, k) -> (b, k, m)>" if transpose_a else "affine_map<(b, m, n, k) -> (b, m, k)>"
        b_map = "affine_map<(b, m, n, k) -> (b, n, k)>" if transpose_b else "affine_map<(b, m, n, k) -> (b, k, n)>"
        lines.append(f"  %r = linalg.batch_matmul indexing_maps = [{a_map}, {b_map}, "
                     f"affine_map<(b, m, n, k) -> (b, m, n)>] ins(%a, %b : {a}, {b}) outs(%init : {c}) -> {c}")
    else:
        lines += [
            "  %r = linalg.generic {indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>, "
            "affine_map<(b, m, n, k) -> (b, k, n)>, affine_map<(b, m, n, k) -> (b, m, n)>], "
            'iterator_types = ["parallel", "parallel", "parallel", "reduction"]}',
            f"      ins(%a, %b : {a}, {b}) outs(%init : {c}) {{",
            *_body(dtype, acc),
            f"  }} -> {c}",
        ]
    lines += [f"  return %r : {c}", "}"]
    return "\n".join(lines)


def sweep() -> str:
    cases = [case(dtype, acc, m, n, k, form) for dtype, acc in TYPES for m, n, k in SHAPES for form in FORMS]
    cases += [case(dtype, acc, m, n, k, form) for dtype, acc in TRANSPOSED_TYPES for m, n, k in TRANSPOSED_SHAPES
              for form in TRANSPOSED_FORMS]
    cases += [batch_case(dtype, acc, *shape, form) for dtype, acc in TYPES for shape in BATCH_SHAPES
              for form in BATCH_FORMS]
    cases += [batch_case(dtype, acc, *shape, form) for dtype, acc in TYPES for shape in BATCH_TRANSPOSED_SHAPES
              for form in BATCH_TRANSPOSED_FORMS]
    host = ("func.func @elementwise_on_host(%x: tensor<16xf32>) -> tensor<16xf32> {\n"
            "  %e = tensor.empty() : tensor<16xf32>\n"
            "  %r = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], "
            'iterator_types = ["parallel"]}\n'
            "      ins(%x : tensor<16xf32>) outs(%e : tensor<16xf32>) {\n"
            "  ^bb0(%v: f32, %o: f32):\n"
            "    %n = arith.negf %v : f32\n"
            "    linalg.yield %n : f32\n"
            "  } -> tensor<16xf32>\n"
            "  return %r : tensor<16xf32>\n}")
    header = "// Generated by scripts/make_matmul_inputs.py: the real-input sweep of `herdflow compile FILE`.\n"
    return header + "\n\n".join([*cases, host]) + "\n"


# Epilogues (kind, input type, accumulator type, result type), M x N x K =
# 128 x 128 x 96 (M, N whole blocks of the default schedule).
EPILOGUES = (("bias_relu", "i32", "i32", "i32"), ("bias_relu", "f32", "f32", "f32"),
             ("row_bias", "i32", "i32", "i32"),
             ("truncf", "bf16", "f32", "bf16"), ("requant", "i8", "i32", "i8"), ("scale", "bf16", "f32", "bf16"))
_MAP2 = "affine_map<(d0, d1) -> (d0, d1)>"
# Epilogues of batch matmuls (batch, M, N, K = 2, 64, 96, 64): a bias per
# column shared by the batch, a bias per row per batch element, the casts, a
# scalar scale (a 0-d operand: a runtime parameter of the herd).
BATCH_EPILOGUES = (("bias_relu", "i32", "i32", "i32"), ("row_bias", "f32", "f32", "f32"),
                   ("truncf", "bf16", "f32", "bf16"), ("requant", "i8", "i32", "i8"), ("scale", "i32", "i32", "i32"))


def epilogue_case(kind: str, dtype: str, acc: str, out: str, m: int = 128, n: int = 128, k: int = 96,
                  batch: int = 0) -> str:
    """A matmul (a batch matmul with ``batch``) with an elementwise epilogue
    written as separate ops (IREE and herdflow fuse them): its operands after
    A and B."""
    name = f"epilogue_{'batch_' if batch else ''}{kind}_{dtype}_{out}"
    lead, dims = (f"{batch}x", "d0, d1, d2") if batch else ("", "d0, d1")
    ident = f"affine_map<({dims}) -> ({dims})>"
    a, b, c, r = (f"tensor<{lead}{m}x{k}x{dtype}>", f"tensor<{lead}{k}x{n}x{dtype}>", f"tensor<{lead}{m}x{n}x{acc}>",
                  f"tensor<{lead}{m}x{n}x{out}>")
    # Per column: shared by the batch; per row: one per batch element.
    column, row = ("d2", "d0, d1") if batch else ("d1", "d0")
    extra = {"bias_relu": [("bias", f"tensor<{n}x{acc}>", f"affine_map<({dims}) -> ({column})>")],
             "row_bias": [("bias", f"tensor<{lead}{m}x{acc}>", f"affine_map<({dims}) -> ({row})>")],
             "residual": [("res", c, ident)],
             "scale": [("scale", f"tensor<{acc}>", f"affine_map<({dims}) -> ()>")],
             "truncf": [],
             "requant": []}[kind]
    arguments = "".join(f", %{e}: {t}" for e, t, _ in extra)
    matmul = "linalg.batch_matmul" if batch else "linalg.matmul"
    lines = [f"func.func @{name}(%a: {a}, %b: {b}{arguments}) -> {r} {{",
             f"  %zero = arith.constant {_zero(acc)}",
             f"  %empty = tensor.empty() : {c}",
             f"  %init = linalg.fill ins(%zero : {acc}) outs(%empty : {c}) -> {c}",
             f"  %mm = {matmul} ins(%a, %b : {a}, {b}) outs(%init : {c}) -> {c}",
             f"  %out = tensor.empty() : {r}"]
    add = "arith.addi" if acc.startswith("i") else "arith.addf"
    if kind == "scale":
        add = "arith.muli" if acc.startswith("i") else "arith.mulf"
    parallel = "[" + ", ".join(['"parallel"'] * (3 if batch else 2)) + "]"
    value = "%mm"
    if extra:
        e, t, emap = extra[0]
        lines += [f"  %acc_e = tensor.empty() : {c}",
                  f"  %biased = linalg.generic {{indexing_maps = [{ident}, {emap}, {ident}], "
                  f"iterator_types = {parallel}}}",
                  f"      ins(%mm, %{e} : {c}, {t}) outs(%acc_e : {c}) {{",
                  f"  ^bb0(%x: {acc}, %y: {acc}, %o: {acc}):",
                  f"    %s = {add} %x, %y : {acc}", f"    linalg.yield %s : {acc}", f"  }} -> {c}"]
        value = "%biased"
    body: list[str]
    if kind in ("bias_relu", "row_bias"):
        op = "arith.maxsi" if acc.startswith("i") else "arith.maximumf"
        body = [f"    %v = {op} %x, %zero : {acc}", f"    linalg.yield %v : {out}"]
    elif kind == "residual":
        body = [f"    %v = arith.mulf %x, %x : {acc}", f"    linalg.yield %v : {out}"]
    elif kind == "truncf" or (kind == "scale" and out != acc):
        body = [f"    %v = arith.truncf %x : {acc} to {out}", f"    linalg.yield %v : {out}"]
    elif kind == "scale":
        body = [f"    linalg.yield %x : {out}"]
    else:  # requant: scale, shift, clamp to i8, truncate
        body = ["    %scale = arith.constant 3 : i32", "    %shift = arith.constant 7 : i32",
                "    %lo = arith.constant -128 : i32", "    %hi = arith.constant 127 : i32",
                "    %p = arith.muli %x, %scale : i32", "    %q = arith.shrsi %p, %shift : i32",
                "    %c1 = arith.maxsi %q, %lo : i32", "    %c2 = arith.minsi %c1, %hi : i32",
                "    %v = arith.trunci %c2 : i32 to i8", "    linalg.yield %v : i8"]
    lines += [f"  %e = linalg.generic {{indexing_maps = [{ident}, {ident}], iterator_types = {parallel}}}",
              f"      ins({value} : {c}) outs(%out : {r}) {{", f"  ^bb0(%x: {acc}, %o: {out}):", *body,
              f"  }} -> {r}", f"  return %e : {r}", "}"]
    return "\n".join(lines)


def epilogues() -> str:
    header = "// Generated by scripts/make_matmul_inputs.py: matmuls with epilogues for `herdflow compile FILE`.\n"
    cases = [epilogue_case(*spec) for spec in EPILOGUES]
    cases += [epilogue_case(*spec, m=64, n=96, k=64, batch=2) for spec in BATCH_EPILOGUES]
    return header + "\n\n".join(cases) + "\n"


def main() -> int:
    from iree.compiler.tools.binaries import find_tool

    OUT.mkdir(parents=True, exist_ok=True)
    for stem, text in (("matmul-sweep", sweep()), ("epilogues", epilogues())):
        linalg = OUT / f"{stem}.mlir"
        linalg.write_text(text)
        dump = OUT / f"{stem}.executable-sources.mlir"
        completed = subprocess.run([find_tool("iree-compile"), *IREE_FLAGS, str(linalg), "-o", str(dump)],
                                   capture_output=True, text=True)
        if completed.returncode != 0:
            print(completed.stderr, file=sys.stderr)
            return 1
        print(f"wrote {linalg.relative_to(ROOT)} and {dump.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
