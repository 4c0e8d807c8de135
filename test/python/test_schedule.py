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
        (dict(m=1, n=1, k=1, herd=(5, 1)), "herd 5x1 (rows x columns) does not fit the npu1 array of 4x4 cores"),
        (dict(m=1, n=1, k=1, target="npu4", herd=(4, 16), block=(64, 128)),
         "herd 4x16 (rows x columns) does not fit the npu4 array of 4x8 cores"),
        (dict(m=1, n=1, k=1, herd=(3, 2)), "block tile 64x64 does not divide among the herd's 3 rows and 2 columns"),
        (dict(m=1, n=1, k=1, k_tiles=(256, 48)), "the L1 K tile must divide the L2 K tile"),
        (dict(m=1, n=1, k=1, pack=(4, 8, 64)), "pack sizes 4x8x64 (m, n, k) do not divide the core tile 32x32"),
        (dict(m=1, n=1, k=1, block=(256, 256), herd=(2, 2), k_tiles=(256, 128)),
         "L1 footprint 327680 B per core exceeds the npu1 L1 capacity of 65536 B"),
        (dict(m=1, n=1, k=1, block=(256, 256), herd=(4, 4), k_tiles=(1024, 32)),
         "L2 footprint 4456448 B per segment exceeds the 4 memtile(s) of the herd's columns (2097152 B on npu1)"),
    ],
)
def test_refusals_name_the_limit(kwargs: dict, message: str) -> None:
    with pytest.raises(ScheduleError) as error:
        Schedule(**kwargs)
    assert message in str(error.value)


def test_npu4_allows_a_4x8_herd() -> None:
    s = Schedule(512, 512, 512, target="npu4", herd=(4, 8), block=(128, 256))
    assert s.core_tile == (32, 32)
