"""IREE's own CPU execution of the user's input: the reference ``herdflow
compile FILE --check`` compares the final AIR program against.

iree-compile 3.13 (LLVM 24git) runs in its own process and reads the
function as generic-form text; iree-base-runtime 3.13 (no MLIR inside) runs
the module in this process with the ``local-sync`` driver. This is how
iree-amd-aie's end-to-end tests judge the NPU: against llvm-cpu.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import numpy as np

from .errors import ExecutionError

__all__ = ["iree_reference", "iree_reference_available"]

IREE_COMPILE_FLAGS = (
    "--iree-hal-target-device=local",
    "--iree-hal-local-target-device-backends=llvm-cpu",
    "--iree-llvmcpu-target-cpu=generic",
)


def iree_reference_available() -> bool:
    """True when iree-base-compiler and iree-base-runtime are installed."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None
               for name in ("iree.compiler", "iree.runtime"))


def _generic_form(source: str) -> str:
    from .mlir import ir

    with ir.Context():
        text: str = ir.Module.parse(source).operation.get_asm(print_generic_op_form=True)
        return text


def _to_iree(array: np.ndarray, element: str) -> np.ndarray:
    """herdflow's input representation (bf16 as uint16 bit patterns) as
    IREE takes it (ml_dtypes.bfloat16); an operand of another type (an f32
    scale of a bf16 matmul) as it is."""
    if element == "bf16" and array.dtype == np.uint16:
        import ml_dtypes

        return array.view(ml_dtypes.bfloat16)
    return array


def iree_reference(source: str, function: str, inputs: list[np.ndarray], element: str) -> np.ndarray:
    """``function`` of ``source`` (linalg on tensors, MLIR 22 text) on
    ``inputs`` (of element type ``element``), compiled by iree-compile for
    llvm-cpu and run by IREE's runtime. Raises ExecutionError when IREE is
    missing, does not compile the function or fails to run it."""
    if not iree_reference_available():
        raise ExecutionError("the IREE reference needs iree-base-compiler and iree-base-runtime 3.13: "
                             "pip install 'herdflow[iree]'")
    from iree import runtime
    from iree.compiler.tools.binaries import find_tool

    with tempfile.TemporaryDirectory(prefix="herdflow-iree-") as scratch:
        vmfb = Path(scratch) / "module.vmfb"
        try:
            completed = subprocess.run([find_tool("iree-compile"), *IREE_COMPILE_FLAGS, "-", "-o", str(vmfb)],
                                       input=_generic_form(source), capture_output=True, text=True, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise ExecutionError(f"iree-compile could not run: {error}") from None
        if completed.returncode != 0:
            first = completed.stderr.strip().partition("\n")[0]
            raise ExecutionError(f"iree-compile failed on @{function}: {first}")
        flatbuffer = vmfb.read_bytes()
    try:
        context = runtime.SystemContext(config=runtime.Config("local-sync"))
        context.add_vm_module(runtime.VmModule.copy_buffer(context.instance, flatbuffer))
        result = getattr(context.modules.module, function)(*(_to_iree(a, element) for a in inputs))
    except (RuntimeError, ValueError, AttributeError) as error:
        raise ExecutionError(f"IREE could not run @{function}: {error}") from None
    return np.asarray(result)
