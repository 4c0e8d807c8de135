"""herdflow's exceptions: one hierarchy under ``HerdflowError``.

Every function of the Python API raises only these for bad arguments, inputs
outside what it handles, or a failure of the flow (each function's docstring
says which). Classes for a wrong value also derive from ``ValueError``; those
for a step that failed on valid input from ``RuntimeError``, so code written
against the built-in classes keeps working.

    HerdflowError
    ├── ArgumentError (ValueError)          an argument of the wrong type or value
    ├── TargetError (ValueError)            unknown target, or no fact for an element type
    ├── TargetDescriptionError (ValueError) targets.json is malformed
    ├── ScheduleError (ValueError)          a schedule that cannot be built or does not fit
    ├── FrontendError (RuntimeError)        the front end could not run the schedule
    ├── PassError (RuntimeError)            a pass pipeline failed (``errors``: its messages)
    │   ├── CompileError                    ... inside compile_matmul/compile_module (names the stage)
    │   └── ResourceError                   the program does not fit the target (``report``)
    ├── ExecutionError (RuntimeError)       the IR could not be lowered or run on the CPU
    └── ModelError (ValueError)             the program is outside the performance model's subset
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .resources import ResourceReport

__all__ = [
    "ArgumentError", "CompileError", "ExecutionError", "FrontendError", "HerdflowError", "ModelError", "PassError",
    "ResourceError", "ScheduleError", "TargetDescriptionError", "TargetError",
]


class HerdflowError(Exception):
    """Base of every error herdflow raises on purpose; the message is one
    sentence (a pass failure's MLIR diagnostics follow on later lines)."""


class ArgumentError(HerdflowError, ValueError):
    """An argument of a herdflow function has the wrong type or value."""


class TargetError(HerdflowError, ValueError):
    """An unknown target name, or a fact the target does not have (an
    element type without an intrinsic)."""


class TargetDescriptionError(HerdflowError, ValueError):
    """targets.json is missing a field or has one of the wrong type."""


class ScheduleError(HerdflowError, ValueError):
    """A schedule that cannot be built or does not fit the target."""


class FrontendError(HerdflowError, RuntimeError):
    """The front end could not run (tool missing, script failure)."""


class PassError(HerdflowError, RuntimeError):
    """A pass pipeline failed. The message's first line holds the first
    error; the rest, MLIR's diagnostics with their notes. ``errors`` lists
    the error messages (without locations)."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class CompileError(PassError):
    """The input is not in the form the pipeline expects, or a pass failed;
    the message names the stage."""


class ResourceError(PassError):
    """The program does not fit the target; the message holds the errors and
    ``report`` what was counted."""

    def __init__(self, message: str, errors: list[str], report: ResourceReport | None) -> None:
        super().__init__(message, errors)
        self.report = report


class ExecutionError(HerdflowError, RuntimeError):
    """The IR could not be lowered or run on the CPU."""


class ModelError(HerdflowError, ValueError):
    """The module is outside the subset the performance model reads (or
    too large to unroll); says why."""
