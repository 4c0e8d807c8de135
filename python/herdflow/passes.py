"""Running herdflow's (and upstream) passes on IR text from Python."""

from __future__ import annotations

from .mlir import ir
from .mlir.passmanager import PassManager

FILL_MODES = ("conditional", "peel")


class PassError(RuntimeError):
    """A pass pipeline failed. The message's first line holds the first
    error; the rest, MLIR's diagnostics with their notes. ``errors`` lists
    the error messages (without locations)."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


def run_passes(ir_text: str, pipeline: str) -> str:
    """Parses ``ir_text``, runs ``builtin.module(<pipeline>)`` with the
    verifier after every pass, and returns the printed result."""
    with ir.Context():
        try:
            module = ir.Module.parse(ir_text)
            manager = PassManager.parse(f"builtin.module({pipeline})")
            manager.enable_verifier(True)
            manager.run(module.operation)
        except ir.MLIRError as error:
            errors = [d.message for d in error.error_diagnostics]
            first = errors[0] if errors else error.message
            raise PassError(f"'{pipeline}' failed: {first}\n{error}", errors) from None
        except ValueError as error:
            raise PassError(f"'{pipeline}' failed: {error}") from None
        return str(module)


def fuse_fill_into_loop(ir_text: str, mode: str = "conditional") -> str:
    """Stage 1: aie-fuse-fill-into-loop in ``mode`` (conditional or peel)."""
    if mode not in FILL_MODES:
        raise ValueError(f"unknown fill mode '{mode}' (one of: {', '.join(FILL_MODES)})")
    return run_passes(ir_text, f"aie-fuse-fill-into-loop{{mode={mode}}}")


def streaming_k(ir_text: str, target: str = "npu1", fill_mode: str = "conditional") -> str:
    """Stages 1-7: the ``aie-streaming-k`` pipeline, from the front end's
    baseline to placeable channel-form AIR checked against ``target``."""
    if fill_mode not in FILL_MODES:
        raise ValueError(f"unknown fill mode '{fill_mode}' (one of: {', '.join(FILL_MODES)})")
    return run_passes(ir_text, f"aie-streaming-k{{target={target} fill-mode={fill_mode}}}")
