"""Which schedule a compile uses, and where each of its parameters came from.

``tuned`` (the default of ``herdflow compile``): the tuner chooses every
tiling parameter the user did not give; ``default``: the discussion's fixed
schedule (block 64x64, herd 2x2, K tiles 256,32, the target's intrinsic as
pack sizes), each given parameter kept. The provenance is what ``--report``
prints: ``given``, ``tuned``, ``default`` or ``target intrinsic``.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import _validate
from .errors import HerdflowError, ScheduleError
from .schedule import Schedule

__all__ = ["CHOICES", "DEFAULT_BLOCK", "DEFAULT_HERD", "DEFAULT_K_TILES", "ScheduleChoice", "choose_schedule"]

CHOICES = ("tuned", "default")
PARAMETERS = ("block", "herd", "k_tiles", "pack", "acc_depth", "l2_reuse")
DEFAULT_BLOCK, DEFAULT_HERD, DEFAULT_K_TILES = (64, 64), (2, 2), (256, 32)


@dataclass(frozen=True)
class ScheduleChoice:
    schedule: Schedule
    # Per parameter (block, herd, k_tiles, pack, acc_depth, l2_reuse): given,
    # tuned, default, target intrinsic or target buffer depth.
    provenance: dict[str, str]
    # Tuned choices only: the schedules to try, in order, when this one does
    # not fit with what the tuner does not see (an epilogue's tiles, a narrow
    # transposed operand's staging buffer): the other evaluated schedules
    # that fit as a plain matmul, fastest modeled first, then the rest of the
    # space by estimate.
    alternatives: tuple[Schedule, ...] = ()

    def describe(self) -> str:
        names = {"block": "block", "herd": "herd", "k_tiles": "K tiles", "pack": "pack",
                 "acc_depth": "accumulator depth", "l2_reuse": "L2 reuse"}
        return ", ".join(f"{names[p]} {self.provenance[p]}" for p in PARAMETERS)


def choose_schedule(m: int, n: int, k: int, dtype: str, acc_dtype: str | None, target: str, choice: str = "tuned",
                    fill_mode: str = "conditional", clip_k: bool = False,
                    progress: Callable[[str], None] | None = None, kernel: str = "direct",
                    **given: Any) -> ScheduleChoice:
    """The schedule of C[M,N] = A[M,K] x B[K,N] by ``choice``; ``given``
    (block, herd, k_tiles, pack, acc_depth, l2_reuse; None = not given) is kept either way. With
    ``clip_k`` the default L2 K tile is no larger than K rounded up to the
    L1 tile (a user's matmul is not padded to 256 in K); ``kernel`` is the
    compute kernel kind the tuner's model assumes. Raises
    ArgumentError for an unknown choice, ScheduleError for a schedule that
    cannot be built, HerdflowError when no tuned schedule compiles and fits."""
    _validate.choice(choice, CHOICES, "schedule choice")
    fixed: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    unknown = set(fixed) - set(PARAMETERS)
    if unknown:
        raise ScheduleError(f"unknown schedule parameter(s): {', '.join(sorted(unknown))}")
    if choice == "default" or len(fixed) == len(PARAMETERS):
        k_tiles = fixed.get("k_tiles")
        if k_tiles is None:
            l1 = DEFAULT_K_TILES[1]
            k_tiles = (min(DEFAULT_K_TILES[0], math.ceil(k / l1) * l1), l1) if clip_k else DEFAULT_K_TILES
        schedule = Schedule(m, n, k, dtype=dtype, acc_dtype=acc_dtype, target=target,
                            block=fixed.get("block", DEFAULT_BLOCK), herd=fixed.get("herd", DEFAULT_HERD),
                            k_tiles=k_tiles, pack=fixed.get("pack"), acc_depth=fixed.get("acc_depth"),
                            l2_reuse=fixed.get("l2_reuse", 1))
        provenance = {p: "given" if p in fixed else "default" for p in PARAMETERS}
        if "pack" not in fixed:
            provenance["pack"] = "target intrinsic"
        if "acc_depth" not in fixed:
            provenance["acc_depth"] = "target buffer depth"
        return ScheduleChoice(schedule, provenance)
    from .tune import ranked_space, tune

    result = tune(m, n, k, dtype, target, acc_dtype, fill_mode, progress=progress, kernel=kernel, **fixed)
    try:
        schedule = result.schedule()
    except HerdflowError as error:
        raise ScheduleError(f"{error}; --schedule default gives the fixed schedule") from None
    ranked = sorted((entry for entry in result.evaluated if entry.modeled_seconds is not None),
                    key=lambda entry: entry.modeled_seconds or math.inf)
    evaluated = [result.schedule(entry) for entry in ranked[1:]]
    # Schedules the tuner saw fail are not tried again.
    seen = {schedule.describe()} | {result.schedule(entry).describe() for entry in result.evaluated}
    rest = [s for s in ranked_space(m, n, k, dtype, result.acc_dtype, target, kernel, **fixed)
            if s.describe() not in seen]
    alternatives = _with_single_buffered([schedule, *evaluated, *rest], "acc_depth" in fixed)[1:]
    return ScheduleChoice(schedule, {p: "given" if p in fixed else "tuned" for p in PARAMETERS},
                          tuple(alternatives))


def _with_single_buffered(schedules: list[Schedule], depth_given: bool) -> list[Schedule]:
    """Each schedule followed by its single-buffered-accumulator variant
    (less L1 and L2 for the same tiles; the space holds it only where
    nothing else fits), unless the depth was given."""
    out: list[Schedule] = []
    for schedule in schedules:
        out.append(schedule)
        if not depth_given and schedule.acc_depth != 1:
            try:
                out.append(dataclasses.replace(schedule, acc_depth=1))
            except HerdflowError:
                continue
    return out
