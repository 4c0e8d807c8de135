"""Command line of the herdflow fuzzer: python -m tools.fuzz --help"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import report
from .campaign import Campaign, Config
from .corpus import default_cache_dir
from .run import default_aie_opt, discover_passes


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.fuzz",
        description="Structure-aware fuzzing of herdflow's passes: mutate seed programs (every stage of a set of "
                    "schedules, every lit input), run each pass alone with aie-opt, classify (ok, diagnosed, crash, "
                    "unverifiable, hang), compare CPU results before and after each pass (miscompile), reduce and "
                    "write each distinct failure. Exits 1 if any crash, unverifiable output, hang or miscompile.")
    parser.add_argument("--seed", type=int, default=0, help="campaign seed (default 0)")
    parser.add_argument("--runs", type=int, help="stop after about N pass runs")
    parser.add_argument("--minutes", type=float, help="stop after N minutes (default 5 when --runs is not given)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/fuzz-out"),
                        help="directory for reduced reproducers (default /tmp/fuzz-out)")
    parser.add_argument("--aie-opt", help="aie-opt to test (default: $HERDFLOW_AIE_OPT, else build/dev/bin/aie-opt "
                                          "if present, else the installed one)")
    parser.add_argument("--no-exec", action="store_true", help="skip differential execution on the CPU")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per aie-opt run before 'hang' (10)")
    parser.add_argument("--exec-timeout", type=float, default=10.0, help="seconds per CPU execution (10)")
    parser.add_argument("--exec-per-program", type=int, default=3,
                        help="distinct pass outputs of one program compared on the CPU (3)")
    parser.add_argument("--reduce-seconds", type=float, default=60.0,
                        help="time budget to reduce each new failure (60; 0: no reduction)")
    parser.add_argument("--passes", help="comma-separated substrings: only pass configurations whose label "
                                         "contains one of them")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help=f"seed corpus cache (default {default_cache_dir()})")
    parser.add_argument("--json", type=Path, help="also write a JSON summary here")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stderr,
                        format="fuzz: %(message)s")
    aie_opt = str(Path(args.aie_opt or default_aie_opt()).resolve())
    if not Path(aie_opt).is_file():
        sys.stderr.write(f"fuzz: aie-opt not found at {aie_opt}\n")
        return 2
    passes = discover_passes(aie_opt)
    if args.passes:
        wanted = [p.strip() for p in args.passes.split(",") if p.strip()]
        passes = tuple(p for p in passes if any(w in p.label for w in wanted))
    minutes = args.minutes if args.minutes is not None or args.runs is not None else 5.0
    config = Config(aie_opt=aie_opt, seed=args.seed, runs=args.runs, minutes=minutes, jobs=args.jobs,
                    out=args.out, execute=not args.no_exec, timeout=args.timeout, exec_timeout=args.exec_timeout,
                    exec_per_program=args.exec_per_program,
                    reduce_seconds=args.reduce_seconds, cache_dir=args.cache_dir, passes=passes)
    results = Campaign(config).run()
    sys.stdout.write(f"\nherdflow fuzz: seed {args.seed}, {results.pass_runs} pass runs on {results.verified} "
                     f"programs ({results.mutants} drawn, {results.executed} executed) in {results.seconds:.0f} s, "
                     f"aie-opt {aie_opt}\n\n")
    sys.stdout.write(results.table([p.label for p in passes]) + "\n\n" + results.findings_text() + "\n")
    if args.json:
        report.write_json(args.json, results)
    return 1 if results.bad else 0


if __name__ == "__main__":
    sys.exit(main())
