"""Stage 0 (and the tensor stage) executed on the CPU against numpy.

Bit-exact for integer types; within the f32 summation bound for bf16/f32
(herdflow.check). Covers all input types, sizes that are and are not multiples
of the tiles (1, primes), herds 1x1 to 4x4 (4x8 on npu4), both targets, and
both front ends.
"""

from __future__ import annotations

import importlib.util

import pytest

from herdflow.check import compare, random_inputs
from herdflow.frontend import FrontendError, generate, matmul_payload, render_script
from herdflow.runner import execute
from herdflow.schedule import Schedule
from herdflow.structure import loop_structure

HAVE_IREE = importlib.util.find_spec("iree") is not None and importlib.util.find_spec("iree.compiler") is not None
needs_iree = pytest.mark.skipif(not HAVE_IREE, reason="iree-base-compiler is not installed")

CASES = [
    # (M, N, K, dtype, herd, target, extra)
    (1024, 512, 2048, "i32", (2, 2), "npu1", {}),
    (1, 1, 1, "i32", (2, 2), "npu1", {}),
    (1, 1, 1, "bf16", (1, 1), "npu1", {}),
    (64, 64, 256, "i8", (1, 1), "npu1", {}),
    (97, 131, 257, "i8", (2, 2), "npu1", {}),
    (100, 37, 300, "i8", (4, 4), "npu1", {}),
    (128, 128, 512, "i16", (2, 2), "npu1", {}),
    (61, 67, 71, "i16", (4, 4), "npu1", {}),
    (256, 256, 256, "bf16", (4, 4), "npu1", {}),
    (13, 200, 511, "bf16", (2, 2), "npu1", {}),
    (64, 64, 64, "f32", (2, 2), "npu1", {}),
    (127, 3, 1000, "f32", (1, 1), "npu1", {}),
    (2, 509, 33, "i32", (2, 1), "npu1", {}),
    (300, 20, 64, "i32", (1, 2), "npu1", {}),
    (128, 256, 512, "i8", (4, 8), "npu4", {"block": (128, 256)}),
    (200, 300, 100, "bf16", (4, 8), "npu4", {"block": (128, 256)}),
    (64, 128, 256, "i16", (2, 2), "npu4", {}),
    (37, 41, 43, "f32", (2, 2), "npu4", {}),
    (512, 64, 64, "i32", (4, 2), "npu4", {"k_tiles": (64, 16)}),
    (96, 96, 96, "i8", (2, 2), "npu1", {"block": (96, 96), "k_tiles": (64, 32)}),
    (1, 1000, 1, "i32", (2, 2), "npu1", {}),
    (1000, 1, 3, "bf16", (2, 2), "npu1", {}),
]


def _schedule(case: tuple) -> Schedule:
    m, n, k, dtype, herd, target, extra = case
    return Schedule(m, n, k, dtype=dtype, herd=herd, target=target, **extra)


def _id(case: tuple) -> str:
    m, n, k, dtype, herd, target, extra = case
    return f"{m}x{n}x{k}-{dtype}-{herd[0]}x{herd[1]}-{target}" + ("-" + "-".join(map(str, extra)) if extra else "")


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_stage0_matches_numpy(case: tuple) -> None:
    schedule = _schedule(case)
    a, b = random_inputs(schedule, seed=len(CASES))
    result = compare(schedule, a, b, execute(generate(schedule), [a, b]))
    assert result.ok, f"{schedule.describe()}: {result}"


@pytest.mark.parametrize("case", CASES[1:12:2], ids=[_id(c) for c in CASES[1:12:2]])
def test_tensor_stage_matches_numpy(case: tuple) -> None:
    schedule = _schedule(case)
    a, b = random_inputs(schedule, seed=1)
    result = compare(schedule, a, b, execute(matmul_payload(schedule), [a, b]))
    assert result.ok, f"{schedule.describe()}: {result}"


def test_numerical_check_can_fail() -> None:
    """A wrong schedule would be caught: corrupting one element fails the check."""
    for dtype in ("i8", "bf16"):
        schedule = Schedule(64, 64, 256, dtype=dtype)
        a, b = random_inputs(schedule)
        result = execute(generate(schedule), [a, b])
        result[5, 7] += 1
        assert not compare(schedule, a, b, result).ok


@needs_iree
@pytest.mark.parametrize("case", CASES[:10:3], ids=[_id(c) for c in CASES[:10:3]])
def test_iree_front_end_matches_numpy_and_the_embedded_loop_nest(case: tuple) -> None:
    schedule = _schedule(case)
    iree_ir = generate(schedule, "iree")
    assert loop_structure(iree_ir) == loop_structure(generate(schedule, "mlir"))
    a, b = random_inputs(schedule, seed=3)
    result = compare(schedule, a, b, execute(iree_ir, [a, b]))
    assert result.ok, f"{schedule.describe()}: {result}"


def test_loop_structure_of_the_discussion_case() -> None:
    outline = loop_structure(generate(Schedule(1024, 512, 2048)))
    assert outline[:6] == [
        "memref.alloc L3 memref<1024x512xi32>",
        "scf.forall (16, 8) [#gpu.block<y>, #gpu.block<x>]",
        "  memref.alloc L2 memref<64x64xi32, 1>",
        "  scf.forall (2, 2) [#gpu.thread<y>, #gpu.thread<x>]",
        "    linalg.fill -> L2",
        "    scf.for 0 to 2048 step 256",
    ]
    inner = [line.strip() for line in outline if line.startswith("        ")]
    assert [line for line in inner if not line.startswith("memref.alloc")] == [
        "linalg.copy L3 -> L2",
        "linalg.copy L3 -> L2",
        "linalg.transpose L2 -> L1",
        "linalg.transpose L2 -> L1",
        "linalg.transpose L2 -> L1",
        "linalg.generic (L1, L1, L1)",
        "linalg.transpose L1 -> L1",
        "linalg.copy L1 -> L2",
    ]


def test_script_renderings_differ_only_in_syntax() -> None:
    schedule = Schedule(1024, 512, 2048)
    mlir22 = render_script(schedule, "mlir22")
    iree313 = render_script(schedule, "iree313")
    assert "transform.structured.pad %block_matmul {" in mlir22
    assert "transform.structured.pad %block_matmul <" in iree313
    assert "%un_copy" in iree313 and "%un_copy" not in mlir22
    normalized = iree313.replace("<", "{").replace(">", "}")
    assert len(normalized.splitlines()) == len(mlir22.splitlines())


def test_iree_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "iree.compiler.tools.binaries", None)
    with pytest.raises(FrontendError, match=r"needs iree-base-compiler==3\.13\.0: pip install 'herdflow\[iree\]'"):
        generate(Schedule(64, 64, 64), "iree")


def test_unknown_front_end() -> None:
    with pytest.raises(FrontendError, match="unknown front end 'tvm'"):
        generate(Schedule(64, 64, 64), "tvm")
