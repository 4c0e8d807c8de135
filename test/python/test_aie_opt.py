"""The aie-opt console script that `pip install` puts on PATH."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import herdflow.tools


def _aie_opt() -> str:
    found = shutil.which("aie-opt", path=str(Path(sys.executable).parent))
    assert found, "aie-opt is not on PATH next to the interpreter"
    return found


def test_bundled_binary_exists() -> None:
    assert herdflow.tools.tool_path("aie-opt").is_file()


def test_version_through_console_script() -> None:
    result = subprocess.run([_aie_opt(), "--version"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "herdflow 0.1.0" in result.stdout
    assert "LLVM version 22.1.8" in result.stdout


def test_bad_input_is_a_diagnostic_not_a_crash(tmp_path: Path) -> None:
    cases = {
        "malformed.mlir": "func.func @f() {\n  air.herd tile (%x in () {\n  }\n  return\n}\n",
        "operands.mlir": "func.func @f() {\n  %c = arith.constant 2 : index\n"
        "  air.herd tile (%x, %y) in (%s=%c) {\n  }\n  return\n}\n",
        "nonmemref.mlir": "func.func @f(%v: i32, %m: memref<4xi32>) {\n"
        "  air.dma_memcpy_nd (%v[] [] [], %m[] [] []) : (i32, memref<4xi32>)\n  return\n}\n",
        "verifier.mlir": "air.channel @c [2, 1] {broadcast_shape = [3, 1]}\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text)
        result = subprocess.run([_aie_opt(), str(path)], capture_output=True, text=True)
        assert result.returncode == 1, (name, result.returncode, result.stderr)
        assert f"{name}:" in result.stderr and "error:" in result.stderr, result.stderr
        # An assertion or a crash would print a stack dump.
        assert "Stack dump" not in result.stderr and "Assertion" not in result.stderr
