"""scripts/air_coverage.py on the inputs written in mlir-air's forms: the
forms herdflow takes parse and round-trip in custom and generic form, every
op of the dialect appears, and the two forms it does not take yet are the
ones the table names."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

from herdflow.tools import tool_path


def test_the_coverage_table() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "air_coverage.py"), "--aie-opt",
                             str(tool_path("aie-opt"))], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "14 of 16 chunks parse and round-trip in both forms" in out
    assert "13 of 13 ops of the dialect appear in chunks that parse" in out
    refused = [line for line in out.splitlines() if "  no  " in line]
    assert len(refused) == 2
    assert refused[0].startswith("offset list shorter than the sizes")
    assert refused[1].startswith("more channel indices than the channel's rank")
