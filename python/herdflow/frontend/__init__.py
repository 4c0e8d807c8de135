"""Stage 0: streaming-K tensor codegen of a matmul from a Schedule.

``generate(schedule, frontend="mlir")`` returns the tiled, packed, bufferized
IR (MLIR 22 custom form): the embedded front end runs herdflow's transform
script in-process with the upstream MLIR 22 transform interpreter;
``frontend="iree"`` runs the same schedule, rendered in IREE 3.13's syntax,
through ``iree-opt`` and reads its generic-form output back.
"""

from __future__ import annotations

from ..errors import ArgumentError, FrontendError
from ..schedule import Schedule
from .payload import matmul_payload
from .script import render_script

FRONTENDS = ("mlir", "iree")


def generate(schedule: Schedule, frontend: str = "mlir") -> str:
    """The stage-0 (baseline) IR of ``schedule`` as MLIR 22 text. Raises
    ArgumentError when ``schedule`` is not a Schedule, FrontendError for an
    unknown front end or when the front end fails."""
    if not isinstance(schedule, Schedule):
        raise ArgumentError(f"generate takes a herdflow.schedule.Schedule, got {type(schedule).__name__}")
    if frontend == "mlir":
        from .embedded import run_embedded

        return run_embedded(schedule)
    if frontend == "iree":
        from .iree import run_iree

        return run_iree(schedule)
    raise FrontendError(f"unknown front end {frontend!r} (one of: {', '.join(FRONTENDS)})")


__all__ = ["FRONTENDS", "FrontendError", "generate", "matmul_payload", "render_script"]
