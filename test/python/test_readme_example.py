"""The README's worked example, ONNX -> iree-import-onnx -> iree-compile's
dispatches -> herdflow AIR per dispatch, run line by line as the README
gives it (from a scratch directory, with the repository's .venv)."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
from conftest import REPO

from herdflow.reference import iree_reference_available


def _example_commands() -> list[str]:
    text = (REPO / "README.md").read_text()
    block = text[text.index("    .venv/bin/python examples/onnx_mlp/make_mlp.py"):]
    lines = []
    for line in block.split("\n"):
        if not line.startswith("    "):
            break
        lines.append(line.strip())
    return re.sub(r"\\\s+", " ", "\n".join(lines).replace("\\\n", "\\ ")).split("\n")


@pytest.mark.skipif(not iree_reference_available(), reason="needs herdflow[iree]")
def test_onnx_mlp_to_air(tmp_path: Path) -> None:
    pytest.importorskip("onnx")
    commands = _example_commands()
    assert len(commands) == 4 and commands[-1].startswith(".venv/bin/herdflow compile")
    (tmp_path / ".venv").symlink_to(REPO / ".venv")
    (tmp_path / "examples").symlink_to(REPO / "examples")
    stderr = ""
    for command in commands:
        result = subprocess.run(shlex.split(command), cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{command}: {result.stderr}"
        stderr = result.stderr
    assert stderr.count("check PASS") == 2, stderr
    air = (tmp_path / "mlp-air.mlir").read_text()
    # Each herd applies its bias and relu (as IREE writes relu: cmpf + select) in L1.
    epilogues = re.findall(r'iterator_types = \["parallel", "parallel", "parallel", "parallel"\]', air)
    assert air.count("air.herd @") == 2 and len(epilogues) == 2 and "arith.select" in air
