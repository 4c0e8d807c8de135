"""How much of mlir-air's IR herdflow's AIR dialect takes: each chunk of the
inputs (test/Inputs/air/mlir-air-forms.mlir, written in the forms
mlir-air's passes print, plus herdflow's own AIR dialect tests that are
expected to verify) is parsed by aie-opt, printed, re-parsed and printed
again, in custom and in generic form. Prints one table by form (does it
parse; is print -> parse -> print the identity) and one by op (in how many
parsed chunks it appears, counted in the generic form).

    .venv/bin/python scripts/air_coverage.py [--aie-opt build/dev/bin/aie-opt]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "test" / "Inputs" / "air" / "mlir-air-forms.mlir"
# herdflow's own dialect tests whose chunks all verify.
OWN = [ROOT / "test" / "Dialect" / "AIR" / name for name in
       ("ops.mlir", "execute.mlir", "mlir-air-forms.mlir", "mlir-air-syntax.mlir")]
SPLIT = re.compile(r"^// -----\s*$", re.MULTILINE)
AIR_OP = re.compile(r"\b(air\.[a-z_]+(?:\.[a-z_]+)?)\b")


def _ops() -> list[str]:
    from herdflow.mlir.dialects import _air_ops_gen

    return sorted({cls.OPERATION_NAME for cls in vars(_air_ops_gen).values()
                   if isinstance(cls, type) and hasattr(cls, "OPERATION_NAME")})


def _run(aie_opt: str, text: str, *flags: str) -> tuple[bool, str, str]:
    result = subprocess.run([aie_opt, *flags, "-"], input=text, capture_output=True, text=True, timeout=60)
    first_error = next((line for line in result.stderr.splitlines() if "error:" in line), "")
    return result.returncode == 0, result.stdout, first_error.split("error:", 1)[-1].strip()


def _chunks() -> list[tuple[str, str]]:
    out = []
    for path in [FORMS, *OWN]:
        for index, chunk in enumerate(SPLIT.split(path.read_text())):
            body = "\n".join(line for line in chunk.splitlines() if not line.lstrip().startswith("// RUN"))
            if not AIR_OP.search(re.sub(r"//.*", "", body)):
                continue
            form = re.search(r"^// form: (.*)$", body, re.MULTILINE)
            name = form.group(1) if form else f"{path.relative_to(ROOT)}#{index}"
            out.append((name, body))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aie-opt", default=shutil.which("aie-opt") or str(ROOT / "build/dev/bin/aie-opt"),
                        help="the aie-opt to measure (default: the one on PATH)")
    args = parser.parse_args()
    ops = _ops()
    seen: Counter[str] = Counter()
    rows = []
    for name, text in _chunks():
        parsed, printed, error = _run(args.aie_opt, text)
        identity = generic = False
        if parsed:
            again_ok, again, _ = _run(args.aie_opt, printed)
            identity = again_ok and again == printed
            generic_ok, generic_text, _ = _run(args.aie_opt, text, "--mlir-print-op-generic")
            back_ok, back, _ = _run(args.aie_opt, generic_text) if generic_ok else (False, "", "")
            generic = back_ok and back == printed
            # Counted in the generic form, where implicit terminators show.
            for op in set(AIR_OP.findall(generic_text)):
                if op in ops:
                    seen[op] += 1
        rows.append((name, parsed, identity, generic, error))
    width = max(len(r[0]) for r in rows)
    print(f"{'form':<{width}}  parses  custom round trip  generic round trip  why not")
    for name, parsed, identity, generic, error in rows:
        print(f"{name:<{width}}  {'yes' if parsed else 'no':<6}  {'yes' if identity else '-':<17}  "
              f"{'yes' if generic else '-':<18}  {error[:90]}")
    taken = sum(1 for r in rows if r[1] and r[2] and r[3])
    print(f"\n{taken} of {len(rows)} chunks parse and round-trip in both forms\n")
    print(f"{'op':<24}  chunks")
    for op in ops:
        print(f"{op:<24}  {seen[op]}")
    print(f"\n{sum(1 for op in ops if seen[op])} of {len(ops)} ops of the dialect appear in chunks that parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
