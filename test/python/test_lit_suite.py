"""Runs the lit/FileCheck suite (test/**/*.mlir) as part of pytest."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TEST_DIR = Path(__file__).resolve().parents[1]


def test_lit_suite() -> None:
    lit = shutil.which("lit", path=str(Path(sys.executable).parent)) or shutil.which("lit")
    assert lit, "lit not found: pip install 'herdflow[test]'"
    result = subprocess.run(
        [lit, "-sv", str(TEST_DIR)], capture_output=True, text=True, timeout=1800
    )
    summary = result.stdout + result.stderr
    assert result.returncode == 0, f"lit failed:\n{summary}"
    # lit exits 0 when it finds nothing: make sure the suite really ran.
    assert "Passed:" in summary and "Failed" not in summary, summary
