"""herdflow: streaming-K matmul schedules on AMD AIE arrays, as MLIR passes.

The package holds:
  - ``herdflow.mlir``: herdflow's own copy of the MLIR 22 Python bindings, with
    the AIR dialect and herdflow's passes registered in every Context
    (``from herdflow.mlir.passmanager import PassManager``);
  - ``herdflow.target``: the target descriptions (npu1, npu4), read from the
    same targets.json that the C++ passes embed;
  - ``herdflow.tools``: the location of the bundled ``aie-opt``;
  - ``herdflow.errors``: the exceptions, all subclasses of ``HerdflowError``
    (exported here too);
  - ``herdflow.compile_matmul`` / ``herdflow.compile_file`` /
    ``herdflow.compile_source`` / ``herdflow.compile_module``: the whole flow
    (``herdflow.compiler``), loaded on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (
    ArgumentError,
    CompileError,
    ExecutionError,
    FrontendError,
    HerdflowError,
    ModelError,
    PassError,
    ResourceError,
    ScheduleError,
    TargetDescriptionError,
    TargetError,
)
from .target import TargetDescription, get_target, target_names

__all__ = [
    "ArgumentError",
    "CompileError",
    "CompiledFunction",
    "CompiledMatmul",
    "CompiledModule",
    "ExecutionError",
    "FrontendError",
    "HerdflowError",
    "ModelError",
    "PassError",
    "ResourceError",
    "ScheduleError",
    "TargetDescription",
    "TargetDescriptionError",
    "TargetError",
    "__version__",
    "compile_file",
    "compile_matmul",
    "compile_module",
    "compile_source",
    "get_target",
    "target_names",
]

_COMPILER_NAMES = ("CompiledFunction", "CompiledMatmul", "CompiledModule", "compile_file", "compile_matmul",
                   "compile_module", "compile_source")


def __getattr__(name: str) -> object:
    # The compiler pulls in the MLIR bindings: load it only when asked for.
    if name in _COMPILER_NAMES:
        from . import compiler

        return getattr(compiler, name)
    raise AttributeError(f"module 'herdflow' has no attribute '{name}'")
