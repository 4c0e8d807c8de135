"""The streaming-K schedule of one matmul, and its validation.

A ``Schedule`` describes C[M,N] (+)= A[M,K] x B[K,N] and how it is tiled:

- block tile (``block``, m x n): one ``scf.forall`` iteration mapped to
  ``#gpu.block``, i.e. one work item of ``air.launch``;
- herd (``herd``, M x N extents): rows tile M and columns tile N, so each
  core computes a (block_m / rows) x (block_n / columns) tile. M runs along
  the array's rows and N along its columns when that fits; a herd that fits
  only the other way (8x4 on npu4's 4 rows x 8 columns, mlir-air's herd_m=8,
  herd_n=4) runs M along the array's columns (``m_along_columns``);
- K tiles (``k_tiles``, L2 then L1): the outer ``scf.for`` streams K slices of
  A and B into L2, the inner one into L1;
- pack sizes (``pack``, m, n, k): the packed inner matmul's tile;
- accumulator depth (``acc_depth``): how many copies of the L1 and L2
  accumulators exist (default: the target's buffer depth, 2); with 1 the next
  block waits for the write-back, which frees half the accumulator's memory
  for larger tiles (mlir-air's matmuls single-buffer C);
- L2 reuse (``l2_reuse``): how many herd tiles along N one block holds. With
  more than one, A's block rows are staged into L2 once per block and stay
  there while the segment loops over the herd tiles, B streamed and C written
  back per herd tile: A is read from DDR once per block instead of once per
  herd tile (each core computes ``l2_reuse`` output tiles per block).

Sizes that are not multiples of the tiles are padded with zeros (A and B) and
the result is sliced back. Cases are written M x N x K everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil
from numbers import Integral
from typing import Any, cast

from .errors import ScheduleError, TargetError
from .target import ELEMENT_TYPES, TargetDescription, get_target

INPUT_TYPES = ELEMENT_TYPES  # the element types herdflow handles, defined once in herdflow.target
INTEGER_TYPES = ("i8", "i16", "i32")
ACCUMULATOR_TYPES = {"i8": ("i32",), "i16": ("i32",), "i32": ("i32",), "bf16": ("f32",), "f32": ("f32",)}
BYTES = {"i8": 1, "i16": 2, "i32": 4, "bf16": 2, "f32": 4}

# i32 has no native intrinsic worth packing for (the hardware emulates it);
# the discussion packs it 4x8x8 in (m, n, k) order.
DISCUSSION_I32_PACK = (4, 8, 8)


# Every size (M, N, K, tiles, herd, pack, and M, N, K after padding) must be
# below 2**31: the IR's shapes and the C++ passes' arithmetic are 32-bit safe
# only up to there.
SIZE_LIMIT = 2**31

__all__ = ["ACCUMULATOR_TYPES", "BYTES", "INPUT_TYPES", "INTEGER_TYPES", "SIZE_LIMIT", "Schedule", "ScheduleError"]


def _size(value: Any, what: str) -> int:
    """``value`` as an int in [1, 2**31); bools and non-integral numbers
    (2.5, "64") are refused, numpy integers accepted."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise ScheduleError(f"{what} must be an integer, got {value!r} ({type(value).__name__})")
    number = int(value)
    if number < 1:
        raise ScheduleError(f"{what} must be an integer >= 1, got {number}")
    if number >= SIZE_LIMIT:
        raise ScheduleError(f"{what} must be below 2**31 = {SIZE_LIMIT}, got {number}")
    return number


def _sizes(value: Any, count: int, what: str, example: str) -> tuple[int, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (tuple, list)):
        raise ScheduleError(f"{what} must be a tuple of {count} integers like {example}, got {value!r}")
    if len(value) != count:
        raise ScheduleError(f"{what} must have {count} entries like {example}, got {list(value)}")
    return tuple(_size(v, f"each entry of {what}") for v in value)


def _pair(value: Any, what: str, example: str) -> tuple[int, int]:
    first, second = _sizes(value, 2, what, example)
    return (first, second)


@dataclass(frozen=True)
class Schedule:
    """One matmul and its streaming-K tiling; validated on construction.

    Raises ScheduleError (a HerdflowError and ValueError) naming the field
    or limit for anything it cannot build: sizes that are not integers in
    [1, 2**31) (bools refused), an unknown type or target, a herd that does
    not fit the array, tiles that do not divide, pack sizes that do not
    divide the tiles, L1/L2 footprints over capacity.
    """

    m: int
    n: int
    k: int
    dtype: str = "i32"
    acc_dtype: str | None = None
    target: str = "npu1"
    block: tuple[int, int] = (64, 64)
    herd: tuple[int, int] = (2, 2)
    k_tiles: tuple[int, int] = (256, 32)
    pack: tuple[int, int, int] | None = None
    acc_depth: int | None = None
    l2_reuse: int = 1
    target_description: TargetDescription = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("m", "n", "k"):
            object.__setattr__(self, name, _size(getattr(self, name), name.upper()))
        if not isinstance(self.dtype, str) or self.dtype not in INPUT_TYPES:
            raise ScheduleError(f"input type {self.dtype!r} is not supported (one of: {', '.join(INPUT_TYPES)})")
        allowed = ACCUMULATOR_TYPES[self.dtype]
        acc = allowed[0] if self.acc_dtype is None else self.acc_dtype
        if not isinstance(acc, str) or acc not in allowed:
            raise ScheduleError(
                f"accumulator type {acc!r} is not supported for {self.dtype} inputs (use {', '.join(allowed)})"
            )
        object.__setattr__(self, "acc_dtype", acc)
        try:
            description = get_target(self.target)
        except TargetError as error:
            raise ScheduleError(str(error)) from None
        object.__setattr__(self, "target_description", description)
        object.__setattr__(self, "block", _pair(self.block, "block tile (m, n)", "(64, 64)"))
        object.__setattr__(self, "herd", _pair(self.herd, "herd (M, N extents)", "(2, 2)"))
        object.__setattr__(self, "k_tiles", _pair(self.k_tiles, "K tiles (L2, L1)", "(256, 32)"))
        if self.pack is None:
            try:
                pack = DISCUSSION_I32_PACK if self.dtype == "i32" else description.pack_sizes(self.dtype)
            except TargetError as error:
                raise ScheduleError(str(error)) from None
        else:
            pack = _sizes(self.pack, 3, "pack sizes (m, n, k)", "(4, 8, 8)")  # type: ignore[assignment]
        object.__setattr__(self, "pack", pack)
        default_depth = description.model.buffer_depth.value
        acc_depth = default_depth if self.acc_depth is None else _size(self.acc_depth, "accumulator depth")
        if acc_depth > default_depth:
            raise ScheduleError(f"accumulator depth {acc_depth} exceeds the target's buffer depth {default_depth}")
        object.__setattr__(self, "acc_depth", acc_depth)
        object.__setattr__(self, "l2_reuse", _size(self.l2_reuse, "L2 reuse"))
        for name, padded in zip("MNK", self.padded, strict=True):
            if padded >= SIZE_LIMIT:
                raise ScheduleError(f"{name} padded to whole tiles is {padded}, which must be below 2**31 = "
                                    f"{SIZE_LIMIT}")
        self._validate()

    # --- derived sizes ---

    @property
    def herd_tile(self) -> tuple[int, int]:
        """(m, n) tile the herd computes at once: the block, or with L2 reuse
        one of its ``l2_reuse`` tiles along N."""
        return (self.block[0], self.block[1] // self.l2_reuse)

    @property
    def core_tile(self) -> tuple[int, int]:
        """(m, n) tile of one core."""
        return (self.block[0] // self.herd[0], self.herd_tile[1] // self.herd[1])

    @property
    def padded(self) -> tuple[int, int, int]:
        """(M, N, K) after zero padding to whole block and L2 K tiles."""
        return (
            ceil(self.m / self.block[0]) * self.block[0],
            ceil(self.n / self.block[1]) * self.block[1],
            ceil(self.k / self.k_tiles[0]) * self.k_tiles[0],
        )

    @property
    def needs_padding(self) -> bool:
        return self.padded != (self.m, self.n, self.k)

    @property
    def launch_grid(self) -> tuple[int, int]:
        mp, np_, _ = self.padded
        return (mp // self.block[0], np_ // self.block[1])

    @property
    def case(self) -> str:
        return f"{self.m}x{self.n}x{self.k}"

    @property
    def m_along_columns(self) -> bool:
        """M runs along the array's columns: the herd fits only that way."""
        t = self.target_description
        rows, cols = self.herd
        return not (rows <= t.core_rows.value and cols <= t.columns.value)

    @property
    def array_columns(self) -> int:
        """Columns of the array the herd occupies."""
        return self.herd[0] if self.m_along_columns else self.herd[1]

    @property
    def acc_depth_is_default(self) -> bool:
        """The accumulators have the target's buffer depth (no annotation)."""
        return self.acc_depth == self.target_description.model.buffer_depth.value

    def _footprint(self, rows: int, cols: int, k_tile: int) -> int:
        """Bytes of A (rows x k_tile) and B (k_tile x cols) slices with the
        target's buffer depth, plus the rows x cols accumulator times its
        depth (it is written back, so streamed like A and B)."""
        depth = self.target_description.model.buffer_depth.value
        inputs = (rows * k_tile + k_tile * cols) * BYTES[self.dtype]
        return depth * inputs + cast(int, self.acc_depth) * rows * cols * BYTES[cast(str, self.acc_dtype)]

    def l1_bytes(self) -> int:
        """L1 use of one core in the streaming-K schedule (core tile, L1 K tile)."""
        return self._footprint(*self.core_tile, self.k_tiles[1])

    def l2_bytes(self) -> int:
        """L2 use of one segment (block tile, L2 K tile); spread over the herd
        columns' memtiles (HARDWARE.md, L2 placement). With L2 reuse: A's
        block rows over the whole padded K (one copy: the next block's A
        waits for the last herd tile's reads), and the herd tile's B slices
        and accumulator."""
        if self.l2_reuse == 1:
            return self._footprint(*self.block, self.k_tiles[0])
        rows, cols = self.herd_tile
        depth = self.target_description.model.buffer_depth.value
        a_rows = rows * self.padded[2] * BYTES[self.dtype]
        return (a_rows + depth * self.k_tiles[0] * cols * BYTES[self.dtype]
                + cast(int, self.acc_depth) * rows * cols * BYTES[cast(str, self.acc_dtype)])

    # --- validation ---

    def _validate(self) -> None:
        t = self.target_description
        rows, cols = self.herd
        if rows < 1 or cols < 1:
            raise ScheduleError(f"herd {rows}x{cols} must have at least one row and one column")
        fits_m_along_rows = rows <= t.core_rows.value and cols <= t.columns.value
        fits_m_along_columns = rows <= t.columns.value and cols <= t.core_rows.value
        if not (fits_m_along_rows or fits_m_along_columns):
            raise ScheduleError(
                f"herd {rows}x{cols} (M x N) does not fit the {t.name} array of "
                f"{t.core_rows.value}x{t.columns.value} cores (rows x columns) with M along either"
            )
        bm, bn = self.block
        if bm < 1 or bn < 1:
            raise ScheduleError(f"block tile {bm}x{bn} must be positive")
        reuse = self.l2_reuse
        if reuse > 1 and bn % reuse:
            raise ScheduleError(f"block tile {bm}x{bn} does not divide into {reuse} herd tiles along N (L2 reuse)")
        if bm % rows or (bn // reuse) % cols:
            tile = f"block tile {bm}x{bn}" if reuse == 1 else f"herd tile {bm}x{bn // reuse} (L2 reuse {reuse})"
            raise ScheduleError(f"{tile} does not divide among the herd's {rows} rows and {cols} columns")
        if reuse > 1 and (self.padded[0], self.padded[1]) != (self.m, self.n):
            # The block's accumulator is one herd tile: the front end tiles
            # it inside the block, which a padded C would make ragged.
            raise ScheduleError(
                f"L2 reuse {reuse} needs M and N to be multiples of the block tile {bm}x{bn} (M x N is "
                f"{self.m}x{self.n}); pad the matmul, or use L2 reuse 1"
            )
        kl2, kl1 = self.k_tiles
        if kl1 < 1 or kl2 < 1 or kl2 % kl1:
            raise ScheduleError(f"K tiles {kl2},{kl1}: the L1 K tile must divide the L2 K tile")
        pm, pn, pk = cast("tuple[int, int, int]", self.pack)
        cm, cn = self.core_tile
        if min(pm, pn, pk) < 1 or cm % pm or cn % pn or kl1 % pk:
            raise ScheduleError(
                f"pack sizes {pm}x{pn}x{pk} (m, n, k) do not divide the core tile {cm}x{cn} "
                f"and the L1 K tile {kl1}"
            )
        # Two shapes the flow cannot build, refused here with the reason
        # rather than failing late (both front ends behave the same).
        k_steps = self.padded[2] // kl1
        if (cm, cn) == (pm, pn):
            # The packed accumulator has 1x1 outer dimensions: its layout
            # transpose folds away and the front end's promotion to L1 does
            # not apply. With several K steps one-shot bufferization fails
            # ("Yield operand #0 is not equivalent to the corresponding iter
            # bbArg"); with one, the core computes on an L3 accumulator and
            # aie-dma-to-channel leaves the herd ("stages L3 data into an L2
            # buffer not allocated in it").
            raise ScheduleError(
                f"core tile {cm}x{cn} is a single {pm}x{pn} pack tile: the front end cannot keep a one-tile packed "
                f"accumulator in L1; give each core at least two pack tiles in M or N (a larger block tile or a "
                f"smaller herd)"
            )
        if (rows, cols) == (1, 1) and k_steps == 1:
            # aie-dma-to-channel leaves such a herd unchanged (remark: "it
            # both reads and writes a segment L2 buffer").
            raise ScheduleError(
                f"a 1x1 herd with a single K step (K {self.k} padded to the L1 K tile {kl1}) has no K loop to "
                f"initialize the accumulator in L1, so the core would read and write the L2 accumulator, which "
                f"aie-dma-to-channel cannot turn into channels; use an L2 K tile larger than the L1 K tile, "
                f"a smaller L1 K tile, or a herd of more than one core"
            )
        l1 = self.l1_bytes()
        if l1 > t.l1_bytes.value:
            raise ScheduleError(
                f"L1 footprint {l1} B per core exceeds the {t.name} L1 capacity of {t.l1_bytes.value} B "
                f"(core tile {cm}x{cn}, L1 K tile {kl1}, buffer depth {t.model.buffer_depth.value}, accumulator "
                f"depth {self.acc_depth})"
            )
        l2 = self.l2_bytes()
        l2_capacity = self.array_columns * t.memtile_bytes.value
        if l2 > l2_capacity:
            raise ScheduleError(
                f"L2 footprint {l2} B per segment exceeds the {self.array_columns} memtile(s) of the herd's columns "
                f"({l2_capacity} B on {t.name})"
            )

    def describe(self) -> str:
        """One line for reports and logs."""
        pm, pn, pk = cast("tuple[int, int, int]", self.pack)
        return (
            f"{self.case} {self.dtype}->{self.acc_dtype} on {self.target}: block {self.block[0]}x{self.block[1]}, "
            f"herd {self.herd[0]}x{self.herd[1]}{' (M along columns)' if self.m_along_columns else ''}, "
            f"K tiles {self.k_tiles[0]},{self.k_tiles[1]}, "
            f"pack {pm}x{pn}x{pk}" + ("" if self.acc_depth_is_default
                                      else f", accumulator depth {self.acc_depth}")
            + ("" if self.l2_reuse == 1 else f", L2 reuse {self.l2_reuse}")
        )
