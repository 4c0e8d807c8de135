"""Schedule defaults, derived sizes and the refusals with their messages."""

from __future__ import annotations

import pytest

from herdflow.schedule import Schedule, ScheduleError


def test_defaults_reproduce_the_discussion() -> None:
    s = Schedule(1024, 512, 2048)
    assert (s.dtype, s.acc_dtype, s.target) == ("i32", "i32", "npu1")
    assert (s.block, s.herd, s.k_tiles, s.pack) == ((64, 64), (2, 2), (256, 32), (4, 8, 8))
    assert s.core_tile == (32, 32)
    assert s.launch_grid == (16, 8)
    assert s.padded == (1024, 512, 2048) and not s.needs_padding
    assert s.case == "1024x512x2048"


def test_pack_defaults_come_from_the_target() -> None:
    # HARDWARE.md m x k x n -> (m, n, k).
    assert Schedule(64, 64, 64, dtype="i8").pack == (4, 8, 8)
    assert Schedule(64, 64, 64, dtype="bf16").pack == (4, 4, 8)
    assert Schedule(64, 64, 64, dtype="i16", target="npu4").pack == (4, 8, 4)
    assert Schedule(64, 64, 64, dtype="bf16").acc_dtype == "f32"


def test_padding() -> None:
    s = Schedule(100, 37, 300)
    assert s.padded == (128, 64, 512) and s.needs_padding
    assert Schedule(1, 1, 1).padded == (64, 64, 256)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(m=0, n=1, k=1), "M must be an integer >= 1, got 0"),
        (dict(m=1, n=1, k=1, dtype="i4"), "input type 'i4' is not supported"),
        (dict(m=1, n=1, k=1, dtype="i8", acc_dtype="f32"), "accumulator type 'f32' is not supported for i8 inputs"),
        (dict(m=1, n=1, k=1, target="npu9"), "unknown target 'npu9'"),
        (dict(m=1, n=1, k=1, herd=(5, 1)), "herd 5x1 (M x N) does not fit the npu1 array of 4x4 cores (rows x columns) with M along either"),
        (dict(m=1, n=1, k=1, target="npu4", herd=(4, 16), block=(64, 128)),
         "herd 4x16 (M x N) does not fit the npu4 array of 4x8 cores (rows x columns) with M along either"),
        (dict(m=1, n=1, k=1, herd=(3, 2)), "block tile 64x64 does not divide among the herd's 3 rows and 2 columns"),
        (dict(m=1, n=1, k=1, k_tiles=(256, 48)), "the L1 K tile must divide the L2 K tile"),
        (dict(m=1, n=1, k=1, acc_depth=3), "accumulator depth 3 exceeds the target's buffer depth 2"),
        (dict(m=1, n=1, k=1, acc_depth=0), "accumulator depth must be an integer >= 1, got 0"),
        (dict(m=1, n=1, k=1, pack=(4, 8, 64)), "pack sizes 4x8x64 (m, n, k) do not divide the core tile 32x32"),
        (dict(m=1, n=1, k=1, block=(256, 256), herd=(2, 2), k_tiles=(256, 128)),
         "L1 footprint 393216 B per core exceeds the npu1 L1 capacity of 65536 B (core tile 128x128, L1 K tile 128, "
         "buffer depth 2, accumulator depth 2)"),
        (dict(m=1, n=1, k=1, block=(256, 256), herd=(4, 4), k_tiles=(1024, 32)),
         "L2 footprint 4718592 B per segment exceeds the 4 memtile(s) of the herd's columns (2097152 B on npu1)"),
    ],
)
def test_refusals_name_the_limit(kwargs: dict, message: str) -> None:
    with pytest.raises(ScheduleError) as error:
        Schedule(**kwargs)
    assert message in str(error.value)


def test_npu4_allows_a_4x8_herd() -> None:
    s = Schedule(512, 512, 512, target="npu4", herd=(4, 8), block=(128, 256))
    assert s.core_tile == (32, 32)


def test_a_single_buffered_accumulator_fits_larger_tiles() -> None:
    """mlir-air's npu4 bf16 tiles (a 128x64 core tile, K tiles 256,32): L1
    holds them only with one accumulator copy (32 KiB instead of 64)."""
    tiles = dict(m=2048, n=2048, k=2048, dtype="bf16", target="npu4", herd=(4, 8), block=(512, 512),
                 k_tiles=(256, 32))
    with pytest.raises(ScheduleError, match="L1 footprint 90112 B per core"):
        Schedule(**tiles)
    single = Schedule(**tiles, acc_depth=1)
    assert single.l1_bytes() == 57344 and not single.acc_depth_is_default
    assert single.describe().endswith("pack 4x8x8, accumulator depth 1")
    assert Schedule(64, 64, 64).acc_depth == 2 and Schedule(64, 64, 64).acc_depth_is_default


def test_a_herd_that_fits_only_with_m_along_the_columns() -> None:
    """mlir-air's npu4 herd_m=8, herd_n=4: 8 along M does not fit npu4's 4
    rows, so M runs along its 8 columns (and the L2 capacity is 8
    memtiles)."""
    eight_by_four = Schedule(2048, 2048, 2048, dtype="bf16", target="npu4", herd=(8, 4), block=(512, 512),
                             k_tiles=(256, 32), acc_depth=1)
    assert eight_by_four.m_along_columns and eight_by_four.array_columns == 8
    assert eight_by_four.core_tile == (64, 128)
    assert "herd 8x4 (M along columns)" in eight_by_four.describe()
    four_by_eight = Schedule(512, 512, 512, target="npu4", herd=(4, 8), block=(128, 256))
    assert not four_by_eight.m_along_columns and four_by_eight.array_columns == 8
