"""Running herdflow's (and upstream) passes on IR text from Python."""

from __future__ import annotations

from . import _validate
from .errors import PassError

__all__ = ["FILL_MODES", "PASS_STAGES", "PassError", "fuse_fill_into_loop", "run_passes", "stage_pipeline",
           "streaming_k", "streaming_k_passes"]

FILL_MODES = ("conditional", "peel")


def _split_pipeline(text: str) -> list[str]:
    """The top-level passes of ``builtin.module(p1,p2{o=a b},...)``."""
    body = text[text.index("(") + 1:text.rindex(")")]
    passes, depth, start = [], 0, 0
    for index, char in enumerate(body):
        depth += char in "({"
        depth -= char in ")}"
        if char == "," and depth == 0:
            passes.append(body[start:index])
            start = index + 1
    passes.append(body[start:])
    return passes


def streaming_k_passes(target: str = "npu1", fill_mode: str = "conditional") -> list[str]:
    """aie-streaming-k's passes with their options, in order, exactly as the
    C++ pipeline (lib/Transforms/Pipelines.cpp, the one definition) expands
    them. Raises PassError for a target or fill mode the pipeline refuses."""
    from .mlir import ir
    from .mlir.passmanager import PassManager

    pipeline = f"aie-streaming-k{{target={target} fill-mode={fill_mode}}}"
    with ir.Context():
        try:
            manager = PassManager.parse(f"builtin.module({pipeline})")
        except ValueError as error:
            raise PassError(f"'{pipeline}' failed: {' '.join(str(error).split())}") from None
        return _split_pipeline(str(manager))


def _stage_name(pass_with_options: str) -> str:
    return pass_with_options.split("{", 1)[0].removeprefix("aie-")


# The stages the pipeline's passes produce, in order (the resource check,
# the last pass, changes nothing: its stage is the one before it).
_PIPELINE_STAGES = tuple(_stage_name(p) for p in streaming_k_passes())
PASS_STAGES = _PIPELINE_STAGES[:-1]


def stage_pipeline(stage: str, target: str, fill_mode: str) -> str:
    """The pass (with its options) that produces ``stage`` (one of
    PASS_STAGES, or "check-resources"), as aie-streaming-k runs it."""
    for candidate in streaming_k_passes(target, fill_mode):
        if _stage_name(candidate) == stage:
            return candidate
    raise PassError(f"aie-streaming-k has no stage '{stage}' (stages: {', '.join(_PIPELINE_STAGES)})")


def run_passes(ir_text: str, pipeline: str) -> str:
    """Parses ``ir_text``, runs ``builtin.module(<pipeline>)`` with the
    verifier after every pass, and returns the printed result. Raises
    ArgumentError for arguments that are not text, PassError when the IR
    does not parse or a pass fails."""
    from .mlir import ir
    from .mlir.passmanager import PassManager

    _validate.nesting(_validate.text(ir_text, "the IR"), "the IR", PassError)
    _validate.text(pipeline, "the pass pipeline")
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
            # A pipeline MLIR cannot build (unknown pass, bad option): the
            # message starts with an empty line.
            message = " ".join(str(error).split()) or "the pipeline could not be parsed"
            raise PassError(f"'{pipeline}' failed: {message}") from None
        return str(module)


def fuse_fill_into_loop(ir_text: str, mode: str = "conditional") -> str:
    """Stage 1: aie-fuse-fill-into-loop in ``mode`` (conditional or peel).
    Raises ArgumentError for an unknown mode, PassError as run_passes."""
    _validate.choice(mode, FILL_MODES, "fill mode")
    return run_passes(ir_text, stage_pipeline("fuse-fill-into-loop", "", mode))


def streaming_k(ir_text: str, target: str = "npu1", fill_mode: str = "conditional") -> str:
    """Stages 1-8: the ``aie-streaming-k`` pipeline, from the front end's
    baseline to placeable channel-form AIR checked against ``target``.
    Raises ArgumentError for an unknown target or fill mode, PassError as
    run_passes."""
    from .target import target_names

    _validate.choice(target, target_names(), "target")
    _validate.choice(fill_mode, FILL_MODES, "fill mode")
    return run_passes(ir_text, f"aie-streaming-k{{target={target} fill-mode={fill_mode}}}")
