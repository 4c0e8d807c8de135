"""scripts/air_coverage.py on the inputs written in mlir-air's forms: the
forms herdflow takes parse and round-trip in custom and generic form, every
op of the dialect appears."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO

from herdflow.tools import tool_path


def test_the_coverage_table() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "air_coverage.py"), "--aie-opt",
                             str(tool_path("aie-opt"))], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    total = re.search(r"^(\d+) of (\d+) chunks parse and round-trip in both forms$", out, re.MULTILINE)
    assert total and total.group(1) == total.group(2) and int(total.group(2)) >= 19, out
    assert "13 of 13 ops of the dialect appear in chunks that parse" in out
    assert not [line for line in out.splitlines() if "  no  " in line]
