"""The fuzzer (tools/fuzz) in CI: a seeded campaign of about two minutes
must find no crash, unverifiable output, hang or miscompile in any pass;
plus quick checks that the fuzzer itself still works (its mutations give
programs aie-opt accepts, its crash signatures parse LLVM's stack dumps).

The campaign uses the fuzzer's default aie-opt ($HERDFLOW_AIE_OPT, else
build/dev/bin/aie-opt, else the installed one) and the seed corpus cache
(~/.cache/herdflow/fuzz-seeds, rebuilt in ~10 s when missing)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tools.fuzz.mutate import MUTATIONS, State  # noqa: E402
from tools.fuzz.run import crash_signature, default_aie_opt, verify  # noqa: E402

SMOKE_SEED = 2026
SMOKE_RUNS = 600  # about two minutes of pass runs (and CPU executions) on the 2-core machine


def test_seeded_campaign_finds_nothing(tmp_path: Path) -> None:
    summary = tmp_path / "summary.json"
    result = subprocess.run(
        [sys.executable, "-m", "tools.fuzz", "--seed", str(SMOKE_SEED), "--runs", str(SMOKE_RUNS),
         "--jobs", "1", "--reduce-seconds", "5", "--out", str(tmp_path / "out"), "--json", str(summary)],
        cwd=REPO, capture_output=True, text=True, timeout=1200)
    assert summary.is_file(), result.stdout + result.stderr
    totals = json.loads(summary.read_text())
    assert totals["pass_runs"] >= SMOKE_RUNS
    bad = {kind: totals["totals"][kind] for kind in ("crash", "unverifiable", "hang", "miscompile")}
    assert not any(bad.values()), f"{bad}\n{result.stdout}"
    assert result.returncode == 0, result.stdout + result.stderr


def test_mutations_give_programs_that_verify() -> None:
    """Each mutation applies to some stage of a small matmul and keeps it
    valid some of the time (else the fuzzer silently stops exploring it)."""
    from herdflow.mlir import ir

    from herdflow.compiler import compile_matmul
    from herdflow.schedule import Schedule

    aie_opt = str(default_aie_opt())
    stages = compile_matmul(Schedule(64, 64, 64, block=(32, 32), herd=(2, 2), k_tiles=(32, 16))).stages
    seeds = [verify(aie_opt, stages[name]).text for name in ("baseline", "forall-to-air", "unpeel-transfers")]
    assert all(seeds)
    for mutation, _ in MUTATIONS:
        valid = 0
        for attempt in range(15):
            state = State(random.Random(attempt))
            with ir.Context(), ir.Location.unknown():
                module = ir.Module.parse(seeds[attempt % len(seeds)])
                if not mutation(module, state):
                    continue
                text = str(module.operation.get_asm(print_generic_op_form=True, assume_verified=True))
            valid += verify(aie_opt, text).ok
        assert valid > 0, f"{mutation.__name__} never produced a program that verifies"


def test_crash_signature_of_an_assertion() -> None:
    stderr = (
        "aie-opt: PatternMatch.cpp:156: virtual void mlir::RewriterBase::eraseOp(mlir::Operation*): "
        "Assertion `op->use_empty() && \"expected 'op' to have no uses\"' failed.\n"
        "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/\n"
        "Stack dump:\n"
        " #0 0x00007f27e297df3b llvm::sys::PrintStackTrace(llvm::raw_ostream&, int) (/x/libLLVM.so+0x97df3b)\n"
        " #1 0x00007f27e297adbf SignalHandler(int, siginfo_t*, void*) Signals.cpp:0:0\n"
        " #5 0x00007f27e1e44472 abort ./stdlib/./stdlib/abort.c:81:7\n"
        " #8 0x00007f27eeb35c07 (/x/libMLIR.so+0x5735c07)\n"
        " #9 0x00005626ca70cd33 (/x/herdflow/bin/aie-opt+0xc0d33)\n"
    )
    signature, message = crash_signature(-6, stderr)
    assert message == "Assertion `op->use_empty() && \"expected 'op' to have no uses\"' failed"
    assert signature.endswith("@ aie-opt+0xc0d33")
