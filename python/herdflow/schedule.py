"""The streaming-K schedule of one matmul, and its validation.

A ``Schedule`` describes C[M,N] (+)= A[M,K] x B[K,N] and how it is tiled:

- block tile (``block``, m x n): one ``scf.forall`` iteration mapped to
  ``#gpu.block``, i.e. one work item of ``air.launch``;
- herd (``herd``, rows x columns): rows tile M and columns tile N, so each core
  computes a (block_m / rows) x (block_n / columns) tile;
- K tiles (``k_tiles``, L2 then L1): the outer ``scf.for`` streams K slices of
  A and B into L2, the inner one into L1;
- pack sizes (``pack``, m, n, k): the packed inner matmul's tile.

Sizes that are not multiples of the tiles are padded with zeros (A and B) and
the result is sliced back. Cases are written M x N x K everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil

from .target import TargetDescription, get_target

INPUT_TYPES = ("i8", "i16", "i32", "bf16", "f32")
INTEGER_TYPES = ("i8", "i16", "i32")
ACCUMULATOR_TYPES = {"i8": ("i32",), "i16": ("i32",), "i32": ("i32",), "bf16": ("f32",), "f32": ("f32",)}
BYTES = {"i8": 1, "i16": 2, "i32": 4, "bf16": 2, "f32": 4}

# i32 has no native intrinsic worth packing for (the hardware emulates it);
# the discussion packs it 4x8x8 in (m, n, k) order.
DISCUSSION_I32_PACK = (4, 8, 8)


class ScheduleError(ValueError):
    """A schedule that cannot be built or does not fit the target."""


def _pair(value: tuple[int, int] | list[int], what: str) -> tuple[int, int]:
    if len(value) != 2:
        raise ScheduleError(f"{what} must have two entries, got {list(value)}")
    return (int(value[0]), int(value[1]))


@dataclass(frozen=True)
class Schedule:
    """One matmul and its streaming-K tiling; validated on construction."""

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
    target_description: TargetDescription = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("m", "n", "k"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ScheduleError(f"{name.upper()} must be an integer >= 1, got {value!r}")
        if self.dtype not in INPUT_TYPES:
            raise ScheduleError(f"input type '{self.dtype}' is not supported (one of: {', '.join(INPUT_TYPES)})")
        allowed = ACCUMULATOR_TYPES[self.dtype]
        acc = self.acc_dtype or allowed[0]
        if acc not in allowed:
            raise ScheduleError(
                f"accumulator type '{acc}' is not supported for {self.dtype} inputs (use {', '.join(allowed)})"
            )
        object.__setattr__(self, "acc_dtype", acc)
        try:
            description = get_target(self.target)
        except KeyError as error:
            raise ScheduleError(str(error.args[0])) from None
        object.__setattr__(self, "target_description", description)
        object.__setattr__(self, "block", _pair(self.block, "block tile"))
        object.__setattr__(self, "herd", _pair(self.herd, "herd"))
        object.__setattr__(self, "k_tiles", _pair(self.k_tiles, "K tiles"))
        if self.pack is None:
            pack = DISCUSSION_I32_PACK if self.dtype == "i32" else description.pack_sizes(self.dtype)
        else:
            if len(self.pack) != 3:
                raise ScheduleError(f"pack sizes must be (m, n, k), got {list(self.pack)}")
            pack = tuple(int(v) for v in self.pack)
        object.__setattr__(self, "pack", pack)
        self._validate()

    # --- derived sizes ---

    @property
    def core_tile(self) -> tuple[int, int]:
        """(m, n) tile of one core."""
        return (self.block[0] // self.herd[0], self.block[1] // self.herd[1])

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

    def _footprint(self, rows: int, cols: int, k_tile: int) -> int:
        """Bytes of A (rows x k_tile) and B (k_tile x cols) slices with the
        target's buffer depth, plus the rows x cols accumulator."""
        depth = self.target_description.model.bufferDepth.value
        inputs = (rows * k_tile + k_tile * cols) * BYTES[self.dtype]
        return depth * inputs + rows * cols * BYTES[self.acc_dtype]

    def l1_bytes(self) -> int:
        """L1 use of one core in the streaming-K schedule (core tile, L1 K tile)."""
        return self._footprint(*self.core_tile, self.k_tiles[1])

    def l2_bytes(self) -> int:
        """L2 use of one segment (block tile, L2 K tile); spread over the herd
        columns' memtiles (HARDWARE.md, L2 placement)."""
        return self._footprint(*self.block, self.k_tiles[0])

    # --- validation ---

    def _validate(self) -> None:
        t = self.target_description
        rows, cols = self.herd
        if rows < 1 or cols < 1:
            raise ScheduleError(f"herd {rows}x{cols} must have at least one row and one column")
        if rows > t.coreRows.value or cols > t.columns.value:
            raise ScheduleError(
                f"herd {rows}x{cols} (rows x columns) does not fit the {t.name} array of "
                f"{t.coreRows.value}x{t.columns.value} cores"
            )
        bm, bn = self.block
        if bm < 1 or bn < 1:
            raise ScheduleError(f"block tile {bm}x{bn} must be positive")
        if bm % rows or bn % cols:
            raise ScheduleError(
                f"block tile {bm}x{bn} does not divide among the herd's {rows} rows and {cols} columns"
            )
        kl2, kl1 = self.k_tiles
        if kl1 < 1 or kl2 < 1 or kl2 % kl1:
            raise ScheduleError(f"K tiles {kl2},{kl1}: the L1 K tile must divide the L2 K tile")
        pm, pn, pk = self.pack
        cm, cn = self.core_tile
        if min(self.pack) < 1 or cm % pm or cn % pn or kl1 % pk:
            raise ScheduleError(
                f"pack sizes {pm}x{pn}x{pk} (m, n, k) do not divide the core tile {cm}x{cn} "
                f"and the L1 K tile {kl1}"
            )
        l1 = self.l1_bytes()
        if l1 > t.l1Bytes.value:
            raise ScheduleError(
                f"L1 footprint {l1} B per core exceeds the {t.name} L1 capacity of {t.l1Bytes.value} B "
                f"(core tile {cm}x{cn}, L1 K tile {kl1}, buffer depth {t.model.bufferDepth.value})"
            )
        l2 = self.l2_bytes()
        l2_capacity = cols * t.memtileBytes.value
        if l2 > l2_capacity:
            raise ScheduleError(
                f"L2 footprint {l2} B per segment exceeds the {cols} memtile(s) of the herd's columns "
                f"({l2_capacity} B on {t.name})"
            )

    def describe(self) -> str:
        """One line for reports and logs."""
        return (
            f"{self.case} {self.dtype}->{self.acc_dtype} on {self.target}: block {self.block[0]}x{self.block[1]}, "
            f"herd {self.herd[0]}x{self.herd[1]}, K tiles {self.k_tiles[0]},{self.k_tiles[1]}, "
            f"pack {'x'.join(map(str, self.pack))}"
        )
