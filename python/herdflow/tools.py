"""Command-line tools shipped inside the herdflow package."""

from __future__ import annotations

import os
import sys
from pathlib import Path

BIN_DIR = Path(__file__).resolve().parent / "bin"


def tool_path(name: str) -> Path:
    """Path of a bundled tool (for example ``aie-opt``).

    Raises FileNotFoundError with a hint when the package was installed
    without its native part.
    """
    path = BIN_DIR / name
    if not path.is_file():
        raise FileNotFoundError(
            f"herdflow: bundled tool '{name}' not found at {path}; "
            "reinstall herdflow with `pip install .` from a source checkout"
        )
    return path


def aie_opt_main() -> None:
    """Entry point of the ``aie-opt`` console script: runs the bundled binary.

    The binary sits in the package so that its RUNPATH reaches libMLIR.so and
    libLLVM.so of the xtc-* wheels in the same site-packages, whatever the
    Python version.
    """
    try:
        path = tool_path("aie-opt")
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        raise SystemExit(2) from None
    os.execv(path, [str(path), *sys.argv[1:]])
