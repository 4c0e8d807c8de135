"""The campaign loop: pick a seed, mutate it, keep it if aie-opt verifies
it, run every pass on it alone, execute before/after on the CPU, and
deduplicate, reduce and write out each new failure.

Iteration i draws everything from Random(f"{seed}:{i}"), so a campaign with
a fixed seed and number of runs tests the same programs every time."""

from __future__ import annotations

import concurrent.futures
import logging
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import report
from .corpus import Seed, build_corpus
from .execute import Differential, Executor, miscompile_category
from .mutate import mutate
from .reduce import Reducer, count_ops
from .run import (
    BAD_KINDS,
    CRASH,
    HANG,
    MISCOMPILE,
    OK,
    Outcome,
    PassConfig,
    crash_signature,
    discover_passes,
    run_pass,
    verify,
)

log = logging.getLogger(__name__)

MUTATION_COUNTS = (0, 1, 1, 1, 2, 2, 3)  # 0: the seed itself, once in a while


@dataclass
class Config:
    aie_opt: str
    seed: int = 0
    runs: int | None = None
    minutes: float | None = None
    jobs: int = 1
    out: Path = Path("fuzz-out")
    execute: bool = True
    timeout: float = 10.0
    exec_timeout: float = 10.0
    exec_per_program: int = 3
    reduce_seconds: float = 60.0
    cache_dir: Path | None = None
    passes: tuple[PassConfig, ...] = ()


@dataclass
class Bad:
    """A failing pass run, with what the parent needs to reduce it."""

    config: PassConfig
    outcome: Outcome
    text: str


@dataclass
class Iteration:
    index: int
    seed_name: str
    steps: list[str] = field(default_factory=list)
    verified: bool = False
    executed: bool = False
    outcomes: dict[str, str] = field(default_factory=dict)  # pass label -> kind
    bad: list[Bad] = field(default_factory=list)


class Worker:
    """Everything one process needs to run iterations."""

    def __init__(self, config: Config, seeds: list[Seed]) -> None:
        self.config = config
        self.seeds = seeds
        self.executor = Executor(config.exec_timeout) if config.execute else None
        self.differential = Differential(self.executor) if self.executor else None

    def close(self) -> None:
        if self.executor is not None:
            self.executor.close()

    def iteration(self, index: int) -> Iteration:
        config = self.config
        rng = random.Random(f"{config.seed}:{index}")
        seed = rng.choice(self.seeds)
        result = Iteration(index, seed.name)
        count = rng.choice(MUTATION_COUNTS)
        text, huge = seed.text, False
        if count:
            mutant = mutate(seed.text, rng, count)
            if mutant is None:
                return result
            result.steps, huge = mutant.steps, mutant.huge
            checked = verify(config.aie_opt, mutant.text, config.timeout)
            if checked.crashed:
                signature, message = crash_signature(checked.returncode, checked.stderr)
                outcome = Outcome(CRASH, stderr=checked.stderr, signature=signature, message=message)
                result.bad.append(Bad(PassConfig(report.VERIFY_LABEL), outcome, mutant.text))
                return result
            if not checked.ok or checked.text == seed.text:
                return result
            text = checked.text
        result.verified = True
        outcomes = {c: run_pass(config.aie_opt, text, c, config.timeout) for c in config.passes}
        if self.differential is not None and seed.executable and not huge:
            result.executed = self._differential(text, outcomes, rng)
        for c, outcome in outcomes.items():
            result.outcomes[c.label] = outcome.kind
            if outcome.kind in BAD_KINDS:
                result.bad.append(Bad(c, outcome, text))
        return result

    def _differential(self, text: str, outcomes: dict[PassConfig, Outcome], rng: random.Random) -> bool:
        # A JIT compile per execution: a few distinct outputs per program.
        by_output: dict[str, list[PassConfig]] = {}
        for c, o in outcomes.items():
            if o.kind == OK and o.output:
                by_output.setdefault(o.output, []).append(c)
        if not by_output or self.differential is None:
            return False
        chosen = rng.sample(sorted(by_output), min(self.config.exec_per_program, len(by_output)))
        baseline = self.differential.baseline(text)
        if baseline is None:
            return False
        for output in chosen:
            verdict = self.differential.compare(baseline, output)
            if verdict is not None:
                for c in by_output[output]:
                    outcomes[c] = Outcome(MISCOMPILE, output=output, message=verdict,
                                          signature=miscompile_category(verdict))
        return True


# One Worker per pool process (jobs > 1).
_worker: Worker | None = None


def _init_pool(config: Config, seeds: list[Seed]) -> None:
    global _worker
    _worker = Worker(config, seeds)


def _pool_iteration(index: int) -> Iteration:
    assert _worker is not None
    return _worker.iteration(index)


class Campaign:
    def __init__(self, config: Config) -> None:
        if not config.passes:
            config.passes = discover_passes(config.aie_opt)
        self.config = config
        self.results = report.Results()
        self.seeds: list[Seed] = []
        self._worker: Worker | None = None  # the parent's: iterations when jobs == 1, reductions
        self._start = time.monotonic()
        self._last_progress = 0.0
        # Reduced inputs by (kind, signature): the same bug seen through
        # another pass (aie-streaming-k runs them all) usually reduces to one.
        self._reduced: dict[tuple[str, str], list[tuple[str, str]]] = {}  # -> (text, directory)

    # --- budget ---

    def _time_left(self) -> bool:
        if self.config.minutes is None:
            return True
        return time.monotonic() - self._start < self.config.minutes * 60

    def _indices(self) -> Iterator[int]:
        runs = self.config.runs
        index = 0
        while (runs is None or self.results.pass_runs < runs) and self._time_left():
            yield index
            index += 1

    # --- run ---

    def run(self) -> report.Results:
        config = self.config
        self.seeds = build_corpus(config.aie_opt, config.cache_dir)
        if not self.seeds:
            raise RuntimeError("empty seed corpus: aie-opt verified none of the seeds")
        log.info("aie-opt: %s; %d seeds; %d pass configurations; out: %s", config.aie_opt, len(self.seeds),
                 len(config.passes), config.out)
        self._start = time.monotonic()
        self._worker = Worker(config, self.seeds)
        try:
            if config.jobs <= 1:
                for index in self._indices():
                    self._record(self._worker.iteration(index))
            else:
                self._run_pool()
        finally:
            self._worker.close()
            self.results.seconds = time.monotonic() - self._start
        return self.results

    def _run_pool(self) -> None:
        config = self.config
        with concurrent.futures.ProcessPoolExecutor(config.jobs, initializer=_init_pool,
                                                    initargs=(config, self.seeds)) as pool:
            indices = self._indices()
            pending: list[concurrent.futures.Future[Iteration]] = []
            for index in indices:
                pending.append(pool.submit(_pool_iteration, index))
                if len(pending) >= 2 * config.jobs:
                    self._record(pending.pop(0).result())
            for future in pending:
                self._record(future.result())

    def _record(self, iteration: Iteration) -> None:
        results = self.results
        results.mutants += 1
        if iteration.verified:
            results.verified += 1
            results.pass_runs += len(iteration.outcomes)
        results.executed += iteration.executed
        for label, kind in iteration.outcomes.items():
            results.counts[label][kind] += 1
        for bad in iteration.bad:
            if bad.config.label == report.VERIFY_LABEL:
                results.counts[bad.config.label][bad.outcome.kind] += 1
            self._finding(iteration, bad)
        self._progress()

    def _progress(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_progress < 10:
            return
        self._last_progress = now
        r = self.results
        log.info("[%4.0fs] %d pass runs, %d programs (%d verified, %d executed), %d failures (%d distinct)",
                 now - self._start, r.pass_runs, r.mutants, r.verified, r.executed, r.bad, len(r.findings))

    # --- findings ---

    def _key(self, iteration: Iteration, bad: Bad) -> tuple[str, str, str]:
        signature = bad.outcome.signature
        if bad.outcome.kind == MISCOMPILE:
            # No stack to tell miscompiles apart: the stage the seed came from does.
            signature += f" [{iteration.seed_name.rsplit('/', 1)[-1].split('#')[0]}]"
        return bad.config.label, bad.outcome.kind, signature

    def _finding(self, iteration: Iteration, bad: Bad) -> None:
        key = self._key(iteration, bad)
        existing = self.results.findings.get(key)
        if existing is not None:
            existing.count += 1
            return
        finding = report.Finding(
            pass_label=bad.config.label, pass_flag=bad.config.flag, kind=bad.outcome.kind, signature=key[2],
            message=bad.outcome.message, seed=iteration.seed_name, steps=iteration.steps)
        self.results.findings[key] = finding
        log.info("new %s in %s: %s (reducing)", finding.kind, finding.pass_label, finding.message[:200])
        known = self._reduced.setdefault((bad.outcome.kind, key[2]), [])
        reduced = self._reduce(bad, [text for text, _ in known])
        finding.same_as = next((directory for text, directory in known if text == reduced), "")
        finding.original_ops, finding.reduced_ops = count_ops(bad.text), count_ops(reduced)
        report.write_reproducer(self.config.out, len(self.results.findings), self.config.aie_opt, finding,
                                reduced, bad.text, bad.outcome.stderr)
        known.append((reduced, finding.directory))
        log.info("  -> %s/reduced.mlir (%d ops, from %d)", finding.directory, finding.reduced_ops,
                 finding.original_ops)

    def _reduce(self, bad: Bad, known: list[str]) -> str:
        """A small input with the same failure; starts from `known` reduced
        inputs of the same failure in other passes when one reproduces."""
        config, outcome = self.config, bad.outcome
        if config.reduce_seconds <= 0:
            return bad.text
        if bad.config.label == report.VERIFY_LABEL:
            return self._reduce_verifier_crash(bad)

        def still_fails(text: str) -> bool:
            if outcome.kind == MISCOMPILE:
                return self._still_miscompiles(text, bad)
            # A hang costs a timeout per trial: a shorter one (the seeds run in ~50 ms).
            timeout = min(config.timeout, 3.0) if outcome.kind == HANG else config.timeout
            result = run_pass(config.aie_opt, text, bad.config, timeout)
            return result.kind == outcome.kind and result.signature == outcome.signature

        reducer = Reducer(config.aie_opt, still_fails, config.reduce_seconds)
        start = next((text for text in known if reducer.accepts(text)), bad.text)
        return reducer.reduce(start)

    def _still_miscompiles(self, text: str, bad: Bad) -> bool:
        worker = self._worker
        result = run_pass(self.config.aie_opt, text, bad.config, self.config.timeout)
        if worker is None or worker.differential is None or result.kind != OK or not result.output:
            return False
        baseline = worker.differential.baseline(text)
        if baseline is None:
            return False
        verdict = worker.differential.compare(baseline, result.output)
        return verdict is not None and miscompile_category(verdict) == bad.outcome.signature

    def _reduce_verifier_crash(self, bad: Bad) -> str:
        # The reducer verifies every candidate first, which is exactly what
        # crashes here: reduce with a predicate on the verifier's own crash.
        config = self.config
        signature = bad.outcome.signature

        class VerifierReducer(Reducer):
            def _accept(self, candidate: str | None) -> str | None:
                if candidate is None:
                    return None
                self.trials += 1
                checked = verify(config.aie_opt, candidate, config.timeout)
                if checked.crashed and crash_signature(checked.returncode, checked.stderr)[0] == signature:
                    return candidate
                return None

        return VerifierReducer(config.aie_opt, lambda text: True, config.reduce_seconds).reduce(bad.text)
