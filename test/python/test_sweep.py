"""The correctness sweep: >= 100 matmuls through the whole flow (front end,
aie-streaming-k with the resource check, CPU execution of the final AIR
program) against numpy, bit-exact for integers.

Cases cover shapes (1, primes, non-multiples of the tiles, tall-skinny,
the discussion's), every input type, herds 1x1 to 4x4 on npu1 and up to 4x8
on npu4, both fill modes and both front ends (IREE where installed). Each
axis is cycled with a different period so that pairs of axes mix.
"""

from __future__ import annotations

import itertools

import pytest

from herdflow import compile_matmul
from herdflow.frontend.iree import iree_available
from herdflow.schedule import Schedule

SHAPES = [
    (1, 1, 1), (2, 3, 5), (7, 11, 13), (31, 37, 41), (97, 131, 257), (100, 37, 300), (65, 65, 65),
    (1024, 8, 64), (8, 1024, 64), (512, 16, 32), (16, 16, 4096), (256, 256, 256), (128, 128, 1024),
    (200, 300, 100), (61, 67, 521),
]
TYPES = ["i8", "i16", "i32", "bf16", "f32"]
# (target, herd, block): the block gives each core a 32x32 (or 16x16) tile.
HERDS = [
    ("npu1", (1, 1), (32, 32)), ("npu1", (1, 2), (32, 64)), ("npu1", (2, 2), (64, 64)),
    ("npu1", (2, 4), (64, 128)), ("npu1", (4, 4), (128, 128)), ("npu1", (4, 4), (64, 64)),
    ("npu4", (4, 8), (128, 256)), ("npu4", (2, 4), (64, 128)), ("npu1", (2, 1), (64, 32)),
]
MODES = ["conditional", "peel"]
FRONTENDS = ["mlir", "iree"]


def _cases() -> list[tuple[Schedule, str, str]]:
    cases = []
    axes = itertools.count()
    for index in axes:
        if len(cases) == 110:
            break
        m, n, k = SHAPES[index % len(SHAPES)]
        dtype = TYPES[index % len(TYPES)]
        target, herd, block = HERDS[(index // 2) % len(HERDS)]
        mode = MODES[(index // 3) % len(MODES)]
        frontend = FRONTENDS[(index // 5) % len(FRONTENDS)]
        k_tiles = (256, 32)
        if herd[0] > herd[1]:
            # More herd rows than columns put two A pieces in one memtile;
            # with several L2 K steps that needs 3 shim DMAs per column.
            k = min(k, 256)
        cases.append((Schedule(m, n, k, dtype=dtype, target=target, herd=herd, block=block, k_tiles=k_tiles),
                      mode, frontend))
    return cases


CASES = _cases()


def test_the_sweep_covers_every_axis() -> None:
    assert len(CASES) >= 100
    assert {s.dtype for s, _, _ in CASES} == set(TYPES)
    assert {(s.target, s.herd) for s, _, _ in CASES} >= {("npu1", (1, 1)), ("npu1", (4, 4)), ("npu4", (4, 8))}
    assert {mode for _, mode, _ in CASES} == set(MODES)
    assert {frontend for _, _, frontend in CASES} == set(FRONTENDS)
    assert any((s.m, s.n, s.k) == (1, 1, 1) for s, _, _ in CASES)


@pytest.mark.slow
@pytest.mark.parametrize("schedule, mode, frontend", CASES,
                         ids=[f"{s.m}x{s.n}x{s.k}-{s.dtype}-{s.target}-{s.herd[0]}x{s.herd[1]}-{mode}-{fe}"
                              for s, mode, fe in CASES])
def test_final_air_matches_numpy(schedule: Schedule, mode: str, frontend: str) -> None:
    if frontend == "iree" and not iree_available():
        pytest.skip("iree-base-compiler is not installed")
    result = compile_matmul(schedule, frontend=frontend, fill_mode=mode)
    assert result.resources.fits
    check = result.check(seed=len(CASES))
    assert check.ok, check
