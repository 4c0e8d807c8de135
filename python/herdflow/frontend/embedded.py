"""The embedded front end: MLIR 22's transform interpreter, in-process."""

from __future__ import annotations

from ..mlir import ir
from ..mlir.dialects.transform import interpreter
from ..mlir.passmanager import PassManager
from ..schedule import Schedule
from .payload import matmul_payload
from .script import render_script


def run_embedded(schedule: Schedule, payload_text: str | None = None) -> str:
    """Applies the schedule's mlir22 script to ``payload_text`` (default:
    the schedule's generated matmul); returns the IR."""
    from . import FrontendError

    with ir.Context(), ir.Location.unknown():
        payload = ir.Module.parse(matmul_payload(schedule) if payload_text is None else payload_text)
        script = ir.Module.parse(render_script(schedule, "mlir22"))
        entry = next(
            op for op in script.body.operations
            if op.operation.name == "transform.named_sequence" and op.sym_name.value == "__transform_main"
        )
        try:
            interpreter.apply_named_sequence(payload, entry, script)
            PassManager.parse("builtin.module(canonicalize,cse)").run(payload.operation)
        except (ir.MLIRError, ValueError) as error:
            raise FrontendError(f"the streaming-K schedule failed on {schedule.case}: {error}") from None
        return str(payload)
