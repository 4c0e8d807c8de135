"""L2 reuse: each block holds several herd tiles along N, A's block rows stay
in L2 for the whole block.

Numerics (bit-exact for integers) of the front end and the whole pipeline,
the structure that makes the reuse real (A staged once per block and split
into one memtile piece per herd row; the herd in the segment's loop over its
tiles), the traffic the model counts, and the Schedule's refusals.
"""

from __future__ import annotations

import re

import pytest

from herdflow.compiler import compile_matmul
from herdflow.errors import ArgumentError, ScheduleError
from herdflow.frontend import generate, render_script
from herdflow.schedule import Schedule

CASES = [
    # (M, N, K, dtype, block, herd, K tiles, target, reuse)
    (128, 256, 512, "i32", (64, 128), (2, 2), (256, 32), "npu4", 2),
    (128, 256, 500, "i32", (64, 256), (2, 2), (256, 32), "npu4", 4),  # K padded
    (64, 256, 256, "i8", (64, 256), (1, 2), (128, 64), "npu1", 2),
    (128, 256, 512, "bf16", (64, 256), (2, 2), (128, 64), "npu4", 2),
    (256, 1024, 512, "bf16", (256, 512), (8, 4), (128, 64), "npu4", 2),  # M along the columns
    (512, 512, 512, "bf16", (512, 512), (8, 4), (128, 32), "npu4", 4),  # one block: all of C
]


def _schedule(case: tuple) -> Schedule:
    m, n, k, dtype, block, herd, k_tiles, target, reuse = case
    return Schedule(m, n, k, dtype=dtype, block=block, herd=herd, k_tiles=k_tiles, target=target, l2_reuse=reuse)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}x{c[1]}x{c[2]}-{c[3]}-{c[5][0]}x{c[5][1]}-r{c[8]}")
def test_whole_pipeline_is_exact_and_fits(case: tuple) -> None:
    schedule = _schedule(case)
    compiled = compile_matmul(schedule)  # raises ResourceError if it does not fit
    result = compiled.check()
    assert result.ok, result


def test_a_is_staged_once_per_block_in_halves_of_one_piece_per_herd_row() -> None:
    schedule = _schedule(CASES[4])  # herd 8x4 with M along the array's 8 columns
    air = compile_matmul(schedule).air
    segment = air[air.index("air.segment"):]
    loop = segment.index("scf.for")
    # A: 8 pieces of 32 rows of the 256x512 block rows, one per column's
    # memtile, each in two K halves (the next block refills one half while
    # this block reads the other), each filled by one DMA before the loop
    # over the herd tiles.
    pieces = re.findall(r"memref\.alloc\(\) \{herdflow\.depth = 1 : i64, herdflow\.memtile = (\d) : i64\} : "
                        r"memref<32x256xbf16, 1>", segment)
    assert pieces == [str(i // 2) for i in range(16)]
    assert segment[:loop].count("air.dma_memcpy_nd") == 16
    assert "memref<256x512xbf16, 1>" not in segment and "memref<32x512xbf16, 1>" not in segment
    # The K loop of the segment's puts runs each half in a loop of its own,
    # inside the loop over herd tiles; the herd runs inside that loop.
    loops = re.findall(r"scf\.for %\w+ = %\w+ to %\w+ step %\w+", segment)
    assert len(loops) == 7, loops
    assert segment.index("air.herd") > loop


def test_b_slices_of_the_first_half_never_queue_behind_the_second_half_of_a() -> None:
    """A's halves and B's slices reach a memtile on shim channels that serve
    their DMAs in program order. A's second half is needed only by the
    second read loop, so it shares the channel of that loop's B slices; the
    first read loop's slices have a channel of their own (behind A's second
    half they would wait for the previous block's last reads)."""
    schedule = _schedule(CASES[4])
    air = compile_matmul(schedule).air
    segment = air[air.index("air.segment"):air.index("air.herd")]
    channel = r"\{herdflow\.dma_channel = (\d+) : i64\}"
    tile_loop = segment.index("scf.for")
    a_channels = re.findall(channel, segment[:tile_loop])
    assert a_channels == [str(i // 2) for i in range(16)]  # both halves of a piece on one channel
    # The loop over herd tiles, then each read loop with its inner K loop.
    _, _, first_half, _, second_half, _ = segment[tile_loop:].split("scf.for")
    assert first_half.count("air.dma_memcpy_nd") == 4 and not re.search(channel, first_half)
    assert re.findall(channel, second_half) == ["0", "1", "2", "3"]  # B's pieces on memtiles 0-3


def test_c_is_written_in_place_when_the_block_is_all_of_it() -> None:
    """A copy back of the padded result made the loop over herd tiles write
    a copy of C (an L3 buffer in the segment, copied in and out) when the
    launch grid is 1x1; C is never padded under L2 reuse, so there is none."""
    air = compile_matmul(_schedule(CASES[5])).air
    segment = air[air.index("air.segment"):]
    assert not re.search(r"memref\.alloc\(\).*: memref<512x512xf32>$", segment, re.MULTILINE)
    assert "memref.copy" not in segment


def test_the_model_reads_a_once_per_block() -> None:
    plain = Schedule(256, 1024, 512, dtype="bf16", block=(256, 256), herd=(8, 4), k_tiles=(128, 64), target="npu4")
    reused = _schedule(CASES[4])
    a_bytes, b_bytes = 256 * 512 * 2, 512 * 1024 * 2
    traffic = {s.l2_reuse: compile_matmul(s).model().traffic["L3->L2"] for s in (plain, reused)}
    # A once per block column (4 of 256, 2 of 512); B once (one block row).
    assert traffic == {1: 4 * a_bytes + b_bytes, 2: 2 * a_bytes + b_bytes}


def test_schedule_footprint_and_description() -> None:
    schedule = _schedule(CASES[4])
    assert schedule.herd_tile == (256, 256)
    assert schedule.core_tile == (32, 64)
    # A's block rows over K (one copy), B's K slices double-buffered, the
    # herd tile's f32 accumulator double-buffered.
    assert schedule.l2_bytes() == 256 * 512 * 2 + 2 * 128 * 256 * 2 + 2 * 256 * 256 * 4
    assert schedule.describe().endswith(", L2 reuse 2")
    assert "L2 reuse" not in Schedule(64, 64, 64).describe()


@pytest.mark.parametrize(("kwargs", "message"), [
    (dict(m=128, n=256, k=64, block=(64, 128), l2_reuse=5), "does not divide into 5 herd tiles along N"),
    (dict(m=128, n=256, k=64, block=(64, 128), herd=(2, 3), l2_reuse=2),
     "herd tile 64x64 (L2 reuse 2) does not divide among the herd's 2 rows and 3 columns"),
    (dict(m=100, n=256, k=64, block=(64, 128), l2_reuse=2), "needs M and N to be multiples of the block tile"),
    (dict(m=128, n=256, k=64, block=(64, 128), l2_reuse=0), "L2 reuse must be an integer >= 1"),
])
def test_refusals(kwargs: dict, message: str) -> None:
    with pytest.raises(ScheduleError, match=re.escape(message)):
        Schedule(**kwargs)


def test_only_the_embedded_front_end_tiles_it() -> None:
    schedule = _schedule(CASES[0])
    with pytest.raises(ArgumentError, match="embedded front end only"):
        render_script(schedule, "iree313")
    with pytest.raises(ArgumentError, match="with an epilogue is not supported"):
        render_script(schedule, "mlir22", epilogue=True)
    baseline = generate(schedule)
    # The herd tile's accumulator is filled fresh: no copy of C's stale
    # contents into L2 before the fill.
    assert "memref.copy" not in baseline.split("scf.forall")[1].split("linalg.fill")[0]
