"""The embedded front end: MLIR 22's transform interpreter, in-process."""

from __future__ import annotations

from ..mlir import ir
from ..mlir.dialects.transform import interpreter
from ..mlir.passmanager import PassManager
from ..schedule import Schedule
from .epilogue import fresh_block_destination, fresh_fill_destination, stage_core_operands, strip_markers
from .payload import matmul_payload
from .script import render_script


def run_embedded(schedule: Schedule, payload_text: str | None = None, epilogue: bool = False) -> str:
    """Applies the schedule's mlir22 script to ``payload_text`` (default:
    the schedule's generated matmul); returns the IR. With ``epilogue``, the
    payload's marked elementwise consumer of the matmul is the tiling root
    (the script's phases with epilogue.py's rewrites between them)."""
    from . import FrontendError

    with ir.Context(), ir.Location.unknown():
        payload = ir.Module.parse(matmul_payload(schedule) if payload_text is None else payload_text)
        script = ir.Module.parse(render_script(schedule, "mlir22", epilogue))
        sequences = {
            op.sym_name.value: op for op in script.body.operations
            if op.operation.name == "transform.named_sequence"
        }
        try:
            if epilogue:
                interpreter.apply_named_sequence(payload, sequences["__block"], script)
                fresh_block_destination(payload)
                interpreter.apply_named_sequence(payload, sequences["__herd"], script)
                stage_core_operands(payload)
            elif schedule.l2_reuse > 1:
                interpreter.apply_named_sequence(payload, sequences["__block"], script)
                fresh_fill_destination(payload)
            interpreter.apply_named_sequence(payload, sequences["__transform_main"], script)
            if epilogue:
                strip_markers(payload)
            PassManager.parse("builtin.module(canonicalize,cse)").run(payload.operation)
        except (ir.MLIRError, ValueError) as error:
            raise FrontendError(f"the streaming-K schedule failed on {schedule.case}: {error}") from None
        return str(payload)
