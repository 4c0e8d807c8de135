"""Digests of the IR aie-streaming-k makes for every case of the correctness
sweep (test/python/test_sweep.py, MLIR front end), to prove a refactor of the
passes changes no output: `--write` records them in
test/Pipelines/sweep-ir-digests.json, the default compares.

    python scripts/sweep_ir_digests.py [--aie-opt PATH] [--write]

Intentional output changes regenerate the file (and say why in the commit).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIGESTS = ROOT / "test" / "Pipelines" / "sweep-ir-digests.json"


def _cases() -> list[tuple[str, str, str, str]]:
    sys.path.insert(0, str(ROOT / "test" / "python"))
    from test_sweep import CASES  # type: ignore[import-not-found]

    from herdflow.frontend import generate

    cases = []
    for schedule, mode, _ in CASES:
        case = f"{schedule.m}x{schedule.n}x{schedule.k}-{schedule.dtype}-{schedule.target}-" \
               f"{schedule.herd[0]}x{schedule.herd[1]}-{mode}"
        cases.append((case, generate(schedule), schedule.target, mode))
    return cases


def digests(aie_opt: str) -> dict[str, str]:
    result = {}
    for case, baseline, target, mode in _cases():
        run = subprocess.run([aie_opt, f"--aie-streaming-k=target={target} fill-mode={mode}"],
                             input=baseline, capture_output=True, text=True, check=False)
        text = run.stdout if run.returncode == 0 else f"error {run.returncode}"
        result[case] = hashlib.sha256(text.encode()).hexdigest()[:16]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aie-opt", default=None, help="aie-opt to run (default: the installed one)")
    parser.add_argument("--write", action="store_true", help="record the digests instead of comparing")
    args = parser.parse_args()
    aie_opt = args.aie_opt or str(Path(__import__("herdflow").__file__).parent / "bin" / "aie-opt")
    got = digests(aie_opt)
    if args.write:
        DIGESTS.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
        print(f"wrote {len(got)} digests to {DIGESTS.relative_to(ROOT)}", file=sys.stderr)
        return 0
    expected = json.loads(DIGESTS.read_text())
    changed = sorted(case for case in expected if got.get(case) != expected[case])
    for case in changed:
        print(f"changed: {case}", file=sys.stderr)
    print(f"{len(expected) - len(changed)} of {len(expected)} cases unchanged", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
