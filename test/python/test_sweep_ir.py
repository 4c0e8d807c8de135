"""Refactors of the passes change no output: aie-streaming-k gives, for every
case of the correctness sweep, the IR recorded in
test/Pipelines/sweep-ir-digests.json (scripts/sweep_ir_digests.py --write
records it again after an intentional change)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_streaming_k_output_of_the_sweep_is_unchanged() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "sweep_ir_digests.py")],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
