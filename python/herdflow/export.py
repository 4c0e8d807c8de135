"""AIR in the form mlir-air's toolchain takes: the export of a final AIR
program.

The pipeline's final stage keeps the front end's tensor boundary (a
function on tensors that bufferizes at its entry and exit). The export
bufferizes the boundary with upstream's passes: memref arguments, the
result an output argument (``buffer-results-to-out-params``), no
``bufferization`` op left; host-side padding stays as memref copies before
the launch. The module says which target and schedule it was checked for
(``herdflow.target``, ``herdflow.schedule``); ``herdflow model FILE`` reads
the target from it.
"""

from __future__ import annotations

from . import _validate
from .errors import ArgumentError, CompileError
from .mlir import ir
from .mlir.passmanager import PassManager

__all__ = ["EXPORT_PIPELINE", "SCHEDULE_ATTR", "TARGET_ATTR", "export_air", "read_target"]

TARGET_ATTR = "herdflow.target"
SCHEDULE_ATTR = "herdflow.schedule"
EXPORT_PIPELINE = (
    "builtin.module(one-shot-bufferize{bufferize-function-boundaries allow-unknown-ops "
    "function-boundary-type-conversion=identity-layout-map},"
    "buffer-results-to-out-params{modify-public-functions hoist-static-allocs},"
    "func.func(cse))"
)


def export_air(air: str, target: str, schedule: str | None = None, asynchronous: bool = False) -> str:
    """``air`` (a final AIR program with a tensor boundary) with memref
    arguments and an output argument, and the module attributes naming
    ``target`` and ``schedule``; with ``asynchronous``, in mlir-air's async
    form (aie-air-dependency: tokens with the true dependencies). Raises
    CompileError when the boundary cannot be bufferized or the program
    cannot take the async form."""
    with ir.Context(), ir.Location.unknown():
        module = ir.Module.parse(air)

        # At the function boundary of a stage the buffer is never aliased.
        def mark_restrict(op: ir.Operation) -> ir.WalkResult:
            if op.name == "bufferization.to_tensor":
                op.attributes["restrict"] = ir.UnitAttr.get()
            return ir.WalkResult.ADVANCE

        module.operation.walk(mark_restrict)
        try:
            if asynchronous:
                _make_async(module)
            PassManager.parse(EXPORT_PIPELINE).run(module.operation)
        except ir.MLIRError as error:
            raise CompileError(f"cannot export the AIR program: {error}") from None
        module.operation.attributes[TARGET_ATTR] = ir.StringAttr.get(target)
        if schedule is not None:
            module.operation.attributes[SCHEDULE_ATTR] = ir.StringAttr.get(schedule)
        return str(module)


def _make_async(module: ir.Module) -> None:
    """aie-air-dependency on ``module``; CompileError when a launch stays
    synchronous (the pass says why in a remark)."""
    remarks: list[str] = []

    def keep(diagnostic: ir.Diagnostic) -> bool:
        remarks.append(diagnostic.message)
        return True

    handler = module.context.attach_diagnostic_handler(keep)
    try:
        PassManager.parse("builtin.module(aie-air-dependency)").run(module.operation)
    finally:
        handler.detach()
    left = [r for r in remarks if "left synchronous" in r]
    if left:
        raise CompileError(f"cannot give the AIR program the async form: {left[0]}")


def read_target(air: str) -> str | None:
    """The ``herdflow.target`` a module names, or None (text that does not
    parse has none). Raises ArgumentError for text nested too deep to
    parse."""
    _validate.nesting(air, "the AIR", ArgumentError)
    with ir.Context():
        try:
            module = ir.Module.parse(air)
        except ir.MLIRError:
            return None
        attr = module.operation.attributes.get(TARGET_ATTR) if TARGET_ATTR in module.operation.attributes else None
        return ir.StringAttr(attr).value if attr is not None else None
