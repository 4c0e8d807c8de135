"""IREE dispatches as herdflow's input.

``iree-compile --compile-to=executable-sources`` (or
``--iree-hal-dump-executable-sources-to=DIR``) writes each dispatch as a
``hal.executable`` whose function reads its operands through
``hal.interface.binding.subspan`` and ``iree_tensor_ext.dispatch.tensor.load``
and writes its result with ``dispatch.tensor.store``. MLIR 22 has no
``hal`` or ``iree_tensor_ext``: the bodies are taken out in IREE's own
process (``_iree_extract.py`` with iree-base-compiler's bindings) and come
back as generic-form text, one plain function per dispatch, the loads its
arguments and the stores its results.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..errors import FrontendError

__all__ = ["extract_dispatches", "is_executable_sources"]


def is_executable_sources(text: str) -> bool:
    """True for the text of IREE executable sources (a ``hal.executable``)."""
    return "hal.executable" in text


def extract_dispatches(text: str) -> str:
    """One ``func.func`` per dispatch function of ``text``, as MLIR 22
    custom-form text. Raises FrontendError when IREE is not installed or a
    dispatch is not whole tensors in and out of upstream ops."""
    from .iree import find_iree_opt

    find_iree_opt()  # FrontendError naming the extra when iree-base-compiler is missing
    script = Path(__file__).with_name("_iree_extract.py")
    try:
        # -P: the script's folder (which has an iree.py) stays off sys.path.
        completed = subprocess.run([sys.executable, "-P", str(script)], input=text, capture_output=True, text=True,
                                   timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise FrontendError(f"the IREE dispatch extraction could not run: {error}") from None
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        raise FrontendError(f"cannot take the dispatches out: {lines[-1] if lines else 'IREE failed'}")
    from ..mlir import ir

    with ir.Context():
        try:
            module = ir.Module.parse(completed.stdout)
        except ir.MLIRError as error:
            raise FrontendError(f"MLIR 22 cannot read a dispatch body IREE printed: {error}".splitlines()[0]) \
                from None
        return str(module)
