"""Script entry point: python tools/fuzz/fuzz.py (same as python -m tools.fuzz)."""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tools.fuzz.__main__ import main

    sys.exit(main())
