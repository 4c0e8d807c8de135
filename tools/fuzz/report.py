"""Campaign results: counts per pass and kind, distinct findings with their
reproducers on disk, the final table and a JSON summary."""

from __future__ import annotations

import json
import re
import shlex
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .run import BAD_KINDS, HANG, KINDS, MISCOMPILE, UNVERIFIABLE

VERIFY_LABEL = "aie-opt (no pass)"  # the parser/verifier itself crashing on a mutant


@dataclass
class Finding:
    """One distinct bug: the first input that showed it, reduced."""

    pass_label: str
    pass_flag: str
    kind: str
    signature: str
    message: str
    seed: str
    steps: list[str]
    count: int = 1
    directory: str = ""
    command: str = ""
    original_ops: int = 0
    reduced_ops: int = 0
    same_as: str = ""  # an earlier finding whose reduced input shows this failure too


@dataclass
class Results:
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: dict.fromkeys(KINDS, 0)))
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    pass_runs: int = 0
    mutants: int = 0
    verified: int = 0
    executed: int = 0
    seconds: float = 0.0

    @property
    def bad(self) -> int:
        return sum(row[k] for row in self.counts.values() for k in BAD_KINDS)

    def table(self, labels: list[str]) -> str:
        rows = [label for label in labels if label in self.counts] + \
            [label for label in self.counts if label not in labels]
        width = max([len(r) for r in rows] + [len("total")])
        lines = [f"{'pass':<{width}}  " + "  ".join(f"{k:>12}" for k in KINDS)]
        totals = dict.fromkeys(KINDS, 0)
        for row in rows:
            counts = self.counts[row]
            lines.append(f"{row:<{width}}  " + "  ".join(f"{counts[k]:>12}" for k in KINDS))
            for k in KINDS:
                totals[k] += counts[k]
        lines.append(f"{'total':<{width}}  " + "  ".join(f"{totals[k]:>12}" for k in KINDS))
        return "\n".join(lines)

    def findings_text(self) -> str:
        if not self.findings:
            return "no distinct failures"
        lines = [f"{len(self.findings)} distinct failure(s):"]
        for index, finding in enumerate(self.findings.values(), 1):
            lines += [
                f"{index:3d}. [{finding.kind}] {finding.pass_label}  (x{finding.count})"
                + (f"  same input as {Path(finding.same_as).name}" if finding.same_as else ""),
                f"     {finding.message}",
                f"     reproducer: {finding.directory}/reduced.mlir "
                f"({finding.reduced_ops} ops, from {finding.original_ops})",
                f"     command: {finding.command}",
            ]
        return "\n".join(lines)

    def to_json(self) -> dict[str, object]:
        return {
            "pass_runs": self.pass_runs, "mutants": self.mutants, "verified": self.verified,
            "executed": self.executed, "seconds": round(self.seconds, 1),
            "counts": {label: dict(row) for label, row in self.counts.items()},
            "totals": {k: sum(row[k] for row in self.counts.values()) for k in KINDS},
            "findings": [asdict(f) for f in self.findings.values()],
        }


def command_for(aie_opt: str, finding: Finding, reduced: Path) -> str:
    opt, path = shlex.quote(aie_opt), shlex.quote(str(reduced))
    if finding.pass_label == VERIFY_LABEL:
        return f"{opt} {path}"
    flag = shlex.quote(finding.pass_flag)
    if finding.kind == MISCOMPILE:
        return f"python -m tools.fuzz.execute {path} --pass={flag} --aie-opt {opt}"
    if finding.kind == UNVERIFIABLE:
        return f"{opt} {path} --verify-each=false {flag} | {opt}"
    if finding.kind == HANG:
        return f"timeout 60 {opt} {path} --verify-each=false {flag}"
    return f"{opt} {path} --verify-each=false {flag}"


def write_reproducer(out: Path, index: int, aie_opt: str, finding: Finding, reduced: str, original: str,
                     stderr: str) -> None:
    """out/NN-kind-pass/: reduced.mlir, original.mlir, stderr.txt, README.txt."""
    name = re.sub(r"[^\w]+", "-", finding.pass_label.removeprefix("aie-")).strip("-")
    directory = out / f"{index:02d}-{finding.kind}-{name}"
    directory.mkdir(parents=True, exist_ok=True)
    reduced_path = directory / "reduced.mlir"
    finding.command = command_for(aie_opt, finding, reduced_path.resolve())
    finding.directory = str(directory.resolve())
    header = (f"// {finding.kind} in {finding.pass_label}: {finding.message}\n"
              f"// reproduce: {finding.command}\n")
    reduced_path.write_text(header + reduced)
    (directory / "original.mlir").write_text(original)
    (directory / "stderr.txt").write_text(stderr)
    (directory / "README.txt").write_text("\n".join([
        f"kind: {finding.kind}", f"pass: {finding.pass_label}", f"message: {finding.message}",
        f"signature: {finding.signature}", f"seed program: {finding.seed}",
        "mutations: " + ("; ".join(finding.steps) or "none (the seed itself)"),
        f"ops: {finding.reduced_ops} reduced, {finding.original_ops} original",
        f"command: {finding.command}", "",
    ]))


def write_json(path: Path, results: Results) -> None:
    path.write_text(json.dumps(results.to_json(), indent=1))
