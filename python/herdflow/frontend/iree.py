"""The IREE front end: the same schedule, run by iree-opt from iree-base-compiler 3.13.

IREE 3.13 is built on LLVM 24git, newer than herdflow's MLIR 22: the two never
share a process. The payload and the schedule's ``iree313`` rendering go to
``iree-opt`` as text; its output comes back in generic form, which MLIR 22
reads, and leaves herdflow in MLIR 22 custom form.
"""

from __future__ import annotations

import subprocess

from ..mlir import ir
from ..schedule import Schedule
from .payload import matmul_payload
from .script import render_script

IREE_VERSION = "3.13.0"
IREE_OPT_FLAGS = (
    "--iree-transform-dialect-interpreter",
    "--iree-transform-dialect-drop-schedule",
    "--canonicalize",
    "--cse",
    "--mlir-print-op-generic",
)


def iree_available() -> bool:
    """True when iree-base-compiler is installed (the ``iree`` extra)."""
    import importlib.util

    return importlib.util.find_spec("iree") is not None and importlib.util.find_spec("iree.compiler") is not None


def find_iree_opt() -> str:
    """Path of iree-opt from the installed iree-base-compiler."""
    from . import FrontendError

    try:
        from iree.compiler.tools.binaries import find_tool
    except ImportError:
        raise FrontendError(
            f"frontend='iree' needs iree-base-compiler=={IREE_VERSION}: "
            "pip install 'herdflow[iree]' (or pip install iree-base-compiler==" + IREE_VERSION + ")"
        ) from None
    return str(find_tool("iree-opt"))


def run_iree(schedule: Schedule) -> str:
    """Runs the schedule through iree-opt; returns MLIR 22 custom-form IR."""
    from . import FrontendError

    iree_opt = find_iree_opt()
    source = matmul_payload(schedule) + render_script(schedule, "iree313")
    try:
        completed = subprocess.run(
            [iree_opt, *IREE_OPT_FLAGS, "-"], input=source, capture_output=True, text=True, timeout=600
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise FrontendError(f"iree-opt could not run on {schedule.case}: {error}") from None
    if completed.returncode != 0:
        raise FrontendError(
            f"iree-opt failed on {schedule.case} (exit {completed.returncode}):\n{completed.stderr.strip()}"
        )
    with ir.Context():
        try:
            module = ir.Module.parse(completed.stdout)
        except ir.MLIRError as error:
            raise FrontendError(f"MLIR 22 cannot read iree-opt's output for {schedule.case}: {error}") from None
        return str(module)
