"""The ``herdflow`` command line.

    herdflow compile --m 1024 --n 512 --k 2048 --report
    herdflow compile --m 1024 --n 512 --k 2048 --dtype i32 --herd 2x2 --emit air --check
    herdflow compile --m 100 --n 37 --k 300 --dtype bf16 --emit tensor -o tensor.mlir
    herdflow targets

Every failure is one line on stderr, ``herdflow: error: ...``, and a non-zero
exit: 2 for bad arguments (including a schedule that cannot be built), 1 for
a failure of the flow (any other HerdflowError, an I/O error, a failed
check), 130 when interrupted. ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import stat
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__, _validate
from .choice import CHOICES, ScheduleChoice, choose_schedule
from .errors import ArgumentError, HerdflowError, ScheduleError
from .frontend import FRONTENDS
from .passes import FILL_MODES, PASS_STAGES, stage_pipeline
from .schedule import ACCUMULATOR_TYPES, INPUT_TYPES, SIZE_LIMIT, Schedule
from .target import KERNEL_KINDS, target_names

if TYPE_CHECKING:
    from .compiler import CompiledModule

STAGES = ("tensor", "baseline", *PASS_STAGES, "check-resources", "air")
ACC_TYPES = tuple(sorted({acc for accs in ACCUMULATOR_TYPES.values() for acc in accs}))
# The options' defaults are the Schedule's.
DEFAULTS: dict[str, Any] = {f.name: f.default for f in dataclasses.fields(Schedule) if f.init}
EXIT_BAD_ARGUMENTS = 2
EXIT_FAILURE = 1
EXIT_INTERRUPTED = 130


def _dims(count: int, separator: str, what: str) -> Callable[[str], tuple[int, ...]]:
    def parse(text: str) -> tuple[int, ...]:
        parts = text.replace(",", separator).split(separator)
        try:
            values = tuple(int(p) for p in parts)
        except ValueError:
            values = ()
        example = separator.join(["64"] * count) if separator == "x" else "256,32"
        if len(values) != count or min(values) < 1:
            raise argparse.ArgumentTypeError(f"{what} must be {count} positive integers like {example}, got '{text}'")
        if max(values) >= SIZE_LIMIT:
            raise argparse.ArgumentTypeError(f"{what}: each size must be below 2**31 = {SIZE_LIMIT}, got '{text}'")
        return values

    return parse


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got '{text}'")
    if value >= SIZE_LIMIT:
        raise argparse.ArgumentTypeError(f"expected an integer below 2**31 = {SIZE_LIMIT}, got '{text}'")
    return value


def _real(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got '{text}'") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got '{text}'")
    return value


def _positive_real(text: str) -> float:
    value = _real(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got '{text}'")
    return value


def _fraction(text: str) -> float:
    value = _real(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be in (0, 1] (a fraction of the peak), got '{text}'")
    return value


def _output(directory: bool = False) -> Callable[[str], Path]:
    """A path to write: its directory must exist (herdflow creates none but
    --all-stages' DIR itself)."""

    def parse(text: str) -> Path:
        try:
            return _validate.output_path(text, "", directory=directory)
        except ArgumentError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def _read_text(path: Path, what: str) -> str:
    """A file's text, or ArgumentError saying why it cannot be read."""
    try:
        if stat.S_ISCHR(path.stat().st_mode) or stat.S_ISBLK(path.stat().st_mode):
            # /dev/zero and the like never end.
            raise ArgumentError(f"cannot read {what} {path}: it is a device, not a file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArgumentError(f"cannot read {what} {path}: no such file") from None
    except IsADirectoryError:
        raise ArgumentError(f"cannot read {what} {path}: it is a directory") from None
    except OSError as error:
        raise ArgumentError(f"cannot read {what} {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArgumentError(f"cannot read {what} {path}: not UTF-8 text (byte {error.start}); expected MLIR "
                            "text") from None


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line and exit code 2, as argparse does, without usage noise."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_ARGUMENTS, f"herdflow: error: {message} (see --help)\n")


def _window(text: str) -> tuple[float, float]:
    begin, colon, end = text.partition(":")
    try:
        window = (float(begin), float(end))
    except ValueError:
        window = None
    if not colon or window is None or not all(math.isfinite(v) for v in window) or not 0 <= window[0] < window[1]:
        raise argparse.ArgumentTypeError(f"expected BEGIN:END cycles with 0 <= BEGIN < END, got {text!r}")
    return window


def _add_schedule_options(parser: argparse.ArgumentParser, required: bool) -> None:
    case = parser.add_argument_group("matmul (written M x N x K)")
    case.add_argument("--m", type=_positive, required=required, help="rows of A and C")
    case.add_argument("--n", type=_positive, required=required, help="columns of B and C")
    case.add_argument("--k", type=_positive, required=required, help="reduction size (columns of A, rows of B)")
    case.add_argument("--dtype", choices=INPUT_TYPES, default=DEFAULTS["dtype"],
                      help=f"input element type (default: {DEFAULTS['dtype']})")
    case.add_argument(
        "--acc-dtype", choices=ACC_TYPES, default=None,
        help="accumulator/output type (default: i32 for integer inputs, f32 for bf16/f32)",
    )
    sched = parser.add_argument_group("schedule")
    sched.add_argument("--target", choices=target_names(), default=DEFAULTS["target"],
                       help=f"AIE target, from targets.json (default: {DEFAULTS['target']})")
    block, herd, k_tiles = DEFAULTS["block"], DEFAULTS["herd"], DEFAULTS["k_tiles"]
    # None when not given: a FILE's matmuls keep the defaults' choices for
    # what is not given (the L2 K tile no larger than K).
    sched.add_argument("--block", type=_dims(2, "x", "--block"), default=None,
                       help=f"block tile MxN: one launch work item (default: {block[0]}x{block[1]})")
    sched.add_argument("--herd", type=_dims(2, "x", "--herd"), default=None,
                       help=f"herd MxN: its extents along M and N; M runs along the array's rows unless the "
                            f"herd fits only with M along its columns (npu4 8x4) (default: {herd[0]}x{herd[1]})")
    sched.add_argument("--k-tiles", type=_dims(2, ",", "--k-tiles"), default=None,
                       help=f"K tiles for L2 and L1 (default: {k_tiles[0]},{k_tiles[1]}; for a FILE, the L2 "
                            "tile is at most K rounded up to the L1 tile)")
    sched.add_argument("--pack", type=_dims(3, "x", "--pack"), default=None,
                       help="pack sizes m x n x k (default: from the target's intrinsic; 4x8x8 for i32)")
    sched.add_argument("--acc-depth", type=int, choices=(1, 2), default=None,
                       help="copies of the L1 and L2 accumulators (default: the target's buffer depth, 2): with 1 "
                            "the next block waits for the write-back, and larger tiles fit")
    sched.add_argument("--l2-reuse", type=_positive, default=None,
                       help="herd tiles along N per block (default: 1): with more, A's block rows are staged into "
                            "L2 once per block and reused by each herd tile (M and N must be multiples of the "
                            "block; plain matmuls only)")


def _add_kernel_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    parser.add_argument(
        "--kernel", choices=KERNEL_KINDS, default="direct",
        help="the compute kernel the performance model (and the tuner) assumes: 'direct' (default; the "
             "linalg op herdflow emits, vectorized by the compiler) or 'external' (a hand-written "
             "microkernel linked with link_with); each has its efficiency per type in the target description")


def _add_choice_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--schedule", choices=CHOICES, default="tuned",
        help="where the tiling parameters not given come from: 'tuned' (default; herdflow tune's choice, "
             "cached) or 'default' (the discussion's fixed schedule: block 64x64, herd 2x2, K tiles 256,32, "
             "the target's intrinsic as pack sizes); --report says where each came from")


def _choose(args: argparse.Namespace) -> ScheduleChoice:
    given = {"block": args.block, "herd": args.herd, "k_tiles": args.k_tiles, "pack": args.pack,
             "acc_depth": args.acc_depth, "l2_reuse": args.l2_reuse}
    return choose_schedule(args.m, args.n, args.k, args.dtype, args.acc_dtype, args.target, args.schedule,
                           args.fill_mode, progress=_progress, kernel=args.kernel, **given)


def _schedule(args: argparse.Namespace) -> Schedule:
    return Schedule(
        m=args.m, n=args.n, k=args.k, dtype=args.dtype, acc_dtype=args.acc_dtype, target=args.target,
        block=args.block or DEFAULTS["block"], herd=args.herd or DEFAULTS["herd"],
        k_tiles=args.k_tiles or DEFAULTS["k_tiles"], pack=args.pack, acc_depth=args.acc_depth,
        l2_reuse=args.l2_reuse or 1,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="herdflow",
        description="Streaming-K matmul schedules for AMD AIE arrays (MLIR 22 + AIR).",
        epilog="Run 'herdflow COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"herdflow {__version__}")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks on errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    compile_ = commands.add_parser(
        "compile",
        help="compile a matmul, or the matmuls of a FILE, with the streaming-K schedule",
        description=(
            "Compile the matmul functions of FILE (linalg on tensors, or the executable sources "
            "iree-compile writes with --compile-to=executable-sources), or C[M,N] = A[M,K] x B[K,N] "
            "given by --m/--n/--k, with the streaming-K schedule and print the IR of one "
            "stage (MLIR 22 custom form) or a report. Stages: 'tensor' (the matmul on tensors, the "
            "front end's input), 'baseline' (stage 0: tiled, packed, bufferized by the front end's "
            "transform script), then the IR after each aie-streaming-k pass, and 'air' (the final, "
            "placeable AIR, after the resource check). Tiling parameters not given are the tuner's "
            "(--schedule default: the discussion's fixed schedule); sizes that are not multiples of "
            "the tiles are zero-padded."
        ),
        epilog=(
            "examples:\n"
            "  herdflow compile model.mlir --emit air --check\n"
            "  herdflow compile dispatches.mlir --target npu4 --herd 4x4 --block 128x128 -o air.mlir\n"
            "  herdflow compile --m 1024 --n 512 --k 2048 --report\n"
            "  herdflow compile --m 1024 --n 512 --k 2048 --fill-mode peel --emit air --check\n"
            "  herdflow compile --m 1024 --n 512 --k 2048 --all-stages stages/\n"
            "  herdflow compile --m 97 --n 131 --k 257 --dtype bf16 --herd 4x4 --frontend iree\n"
            "  herdflow compile --m 256 --n 256 --k 512 --dtype i8 --target npu4 --herd 4x8 "
            "--block 128x256 --emit tensor -o tensor.mlir"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    compile_.add_argument("file", nargs="?", type=Path, metavar="FILE",
                          help="linalg on tensors or IREE executable sources: each function with one matmul "
                               "(linalg.matmul or a matmul-shaped linalg.generic, its accumulator filled with "
                               "zero) becomes one AIR program; functions without one stay on the host. "
                               "Instead of --m/--n/--k; several programs print separated by '// -----'")
    _add_schedule_options(compile_, required=False)
    _add_choice_option(compile_)
    _add_kernel_option(compile_)
    out = compile_.add_argument_group("output")
    out.add_argument("--frontend", choices=FRONTENDS, default="mlir",
                     help="tensor codegen: embedded MLIR 22 (default) or iree-opt from iree-base-compiler 3.13")
    out.add_argument("--emit", choices=STAGES, default="baseline",
                     help="stage to print: the tensor input, the front end's baseline, the IR after a "
                          "pipeline pass (named without its aie- prefix; each includes the passes before "
                          "it), or 'air', the final program after the resource check (default: baseline)")
    out.add_argument("--report", action="store_true",
                     help="compile through the whole pipeline, run the final AIR on the CPU against numpy "
                          "and print a report (schedule, loop structure, bytes per level, L1/L2 and "
                          "channel use per tile kind, compile times, check) instead of the IR; exit 1 if "
                          "the check fails")
    out.add_argument("--async", dest="asynchronous", action="store_true",
                     help="with --emit air: mlir-air's async form (aie-air-dependency): every transfer and "
                          "hierarchy op returns a token and waits for its true dependencies, allocations and "
                          "compute in air.execute, loops carry a token")
    out.add_argument("--all-stages", type=_output(directory=True), metavar="DIR",
                     help="also write every stage as DIR/NN-<stage>.mlir (DIR is created; its parent must exist)")
    out.add_argument("--fill-mode", choices=FILL_MODES, default="conditional",
                     help="aie-fuse-fill-into-loop mode: scf.if on the first K iteration, or peeling "
                          "(default: conditional)")
    out.add_argument("-o", "--output", type=_output(),
                     help="write the IR to this file instead of stdout (its directory must exist)")
    out.add_argument("--check", action="store_true",
                     help="also run the emitted IR on random inputs on the CPU and compare with numpy; for "
                          "a FILE, run the final AIR against IREE's llvm-cpu execution of the input (numpy "
                          "when IREE is not installed) (exit 1 on a mismatch)")
    compile_.set_defaults(run=_compile)

    model = commands.add_parser(
        "model",
        help="model a schedule's time on the AIE array (event-driven, with bounds and a trace)",
        description=(
            "Model the time a channel-form AIR program takes on an npu1/npu4 array: the segment's and "
            "each core's programs run event by event, each transfer on its hardware channel at the "
            "target's stream bandwidth, compute at the target's MACs/cycle. Prints the modeled time and "
            "throughput, the roofline bound and the resource that binds, bytes per memory level against "
            "the minimum, utilization, and every parameter used. The first three lines are stable for "
            "scripts: 'modeled time: <ms> ms', 'modeled throughput: <n> TOPS|TFLOPS', 'binding "
            "resource: <compute|shim|memtile-channel|core-channel|memory>'. Give an AIR file (the "
            "output of 'herdflow compile --emit air') or a matmul with the same options as compile."
        ),
        epilog=(
            "examples:\n"
            "  herdflow model --m 1024 --n 512 --k 2048\n"
            "  herdflow model --m 2048 --n 2048 --k 2048 --dtype bf16 --herd 4x4 --block 128x128 "
            "--trace trace.json --timeline timeline.png\n"
            "  herdflow model air.mlir --target npu1 --clock-ghz 1.6 --segments 2"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    model.add_argument("file", nargs="?", type=Path,
                       help="a channel-form AIR program (instead of --m/--n/--k); its herdflow.target, when "
                            "herdflow wrote it, is the target unless --target says the same")

    _add_schedule_options(model, required=False)
    # None when not given: a FILE's own herdflow.target decides.
    model.set_defaults(target=None)
    knobs = model.add_argument_group("model")
    knobs.add_argument("--fill-mode", choices=FILL_MODES, default="conditional",
                       help="aie-fuse-fill-into-loop mode when compiling a matmul (default: conditional)")
    knobs.add_argument("--frontend", choices=FRONTENDS, default="mlir",
                       help="tensor codegen when compiling a matmul (default: mlir)")
    knobs.add_argument("--clock-ghz", type=_positive_real, default=None,
                       help="clock, finite and > 0 (default: the target's, 1.0 GHz on npu1)")
    _add_kernel_option(knobs)
    knobs.add_argument("--efficiency", type=_fraction, default=None,
                       help="fraction of peak MACs/cycle the kernel sustains, in (0, 1] (default: the target's "
                            "for --kernel and the input type)")
    knobs.add_argument("--depth", type=_positive, default=None,
                       help="buffer depth (default: the target's, 2 = double buffering)")
    knobs.add_argument("--segments", type=_positive, default=1,
                       help="segment copies placed side by side, launch iterations spread over them "
                            "(default: 1, as the AIR flow lowers air.launch)")
    knobs.add_argument("--trace", type=_output(), metavar="JSON",
                       help="write a Chrome trace (open in Perfetto)")
    knobs.add_argument("--timeline", type=_output(), metavar="PNG",
                       help="write a Gantt chart of core (0,0) and the array's read and write channels")
    knobs.add_argument("--window", type=_window, metavar="BEGIN:END",
                       help="the timeline's cycles (default: the first launch iteration, its write-back "
                            "to L3 included)")
    knobs.add_argument("--heatmap", type=_output(), metavar="PNG",
                       help="write every core's utilization as a heat map of the herd")
    model.set_defaults(run=_model)

    tune = commands.add_parser(
        "tune",
        help="choose a schedule: enumerate, prune, evaluate through the pipeline and the model",
        description=(
            "Choose the streaming-K schedule of C[M,N] = A[M,K] x B[K,N] on a target: enumerate herd "
            "shapes, core tiles and K tiles (each tiling flag given is kept), drop those the schedule's "
            "own checks refuse, rank the rest by an analytic estimate (compute, DDR and shim streams, "
            "pipeline fill and drain), "
            "then compile the best-ranked through the whole pipeline and the resource check and model "
            "them, in a process pool, until --evaluate of them fit. Prints the top schedules (modeled "
            "time, throughput, percent of the physical limit, binding resource) and the best one's "
            "model report. Results are cached in ~/.cache/herdflow/tune (--no-cache to recompute)."
        ),
        epilog=(
            "examples:\n"
            "  herdflow tune --m 2048 --n 2048 --k 2048 --dtype bf16 --target npu4\n"
            "  herdflow tune --m 1024 --n 512 --k 2048 --herd 4x4 --top 10 --jobs 2"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_schedule_options(tune, required=True)
    search = tune.add_argument_group("search")
    search.add_argument("--fill-mode", choices=FILL_MODES, default="conditional",
                        help="aie-fuse-fill-into-loop mode of every candidate (default: conditional)")
    search.add_argument("--evaluate", type=_positive, default=8,
                        help="schedules that must compile, fit and be modeled (default: 8)")
    search.add_argument("--jobs", type=_positive, default=2, help="worker processes (default: 2)")
    search.add_argument("--top", type=_positive, default=5, help="rows of the table (default: 5)")
    search.add_argument("--no-cache", action="store_true", help="recompute instead of reading the cache")
    _add_kernel_option(search)
    tune.set_defaults(run=_tune)

    targets = commands.add_parser("targets", help="print the target descriptions with their sources",
                                  description="Print every fact of the target descriptions and where it comes from.")
    targets.add_argument("name", nargs="?", choices=target_names(), help="one target (default: all)")
    targets.set_defaults(run=_targets)
    return parser


def _progress(message: str) -> None:
    print(f"herdflow: {message}", file=sys.stderr, flush=True)


def _final(args: argparse.Namespace, result: CompiledModule) -> str:
    return result.async_air if args.asynchronous else result.air


def _write_output(args: argparse.Namespace, text: str) -> None:
    """The IR to -o, else to stdout unless a report takes its place."""
    if args.output:
        args.output.write_text(text)
        _progress(f"wrote {args.output}")
    elif not args.report:
        sys.stdout.write(text)


def _compile_file(args: argparse.Namespace) -> int:
    from .compiler import compile_file

    given = {"--m": args.m, "--n": args.n, "--k": args.k}
    if any(value is not None for value in given.values()):
        raise ArgumentError(f"give FILE or --m/--n/--k, not both (got {', '.join(k for k, v in given.items() if v)})")
    if args.frontend != "mlir":
        raise ArgumentError("--frontend iree applies to --m/--n/--k; a FILE's matmuls go through the embedded "
                            "front end (IREE executable sources are read through IREE itself)")
    tiling = {name: value for name, value in (("block", args.block), ("herd", args.herd),
                                               ("k_tiles", args.k_tiles), ("pack", args.pack),
                                               ("acc_depth", args.acc_depth),
                                               ("l2_reuse", args.l2_reuse)) if value}
    start = time.perf_counter()
    results = compile_file(args.file, args.target, args.fill_mode, progress=_progress, schedule=args.schedule,
                           kernel=args.kernel, **tiling)
    _progress(f"{len(results)} AIR program(s) in {time.perf_counter() - start:.2f} s")
    texts = []
    for result in results:
        emit = "air" if args.emit in ("air", "check-resources") else args.emit
        texts.append(f"// @{result.name}: {result.schedule.describe()}\n"
                     + (_final(args, result) if emit == "air" else result.stages[emit]))
        if args.all_stages:
            args.all_stages.mkdir(exist_ok=True)
            paths = result.write_stages(args.all_stages / result.name)
            _progress(f"wrote {len(paths)} stages to {args.all_stages / result.name}/")
    _write_output(args, "\n// -----\n\n".join(texts))
    ok = True
    for result in results:
        if not (args.check or args.report):
            continue
        _progress(f"@{result.name}: running the final AIR on the CPU")
        start = time.perf_counter()
        check = result.check()
        ok &= check.ok
        _progress(f"@{result.name}: check {check} in {time.perf_counter() - start:.2f} s")
        if args.report:
            sys.stdout.write(f"// @{result.name}\n{result.report(check, args.kernel)}\n")
    return 0 if ok else EXIT_FAILURE


def _compile(args: argparse.Namespace) -> int:
    from .frontend import generate, matmul_payload

    if args.file is not None:
        return _compile_file(args)
    missing = [flag for flag, value in (("--m", args.m), ("--n", args.n), ("--k", args.k)) if value is None]
    if missing:
        raise ArgumentError(f"give FILE or --m, --n and --k (missing: {', '.join(missing)})")
    choice = _choose(args)
    schedule = choice.schedule
    _progress(f"{schedule.describe()} ({choice.describe()})")
    start = time.perf_counter()
    result = None
    if args.report or args.all_stages or args.emit in ("air", "check-resources"):
        from .compiler import compile_matmul

        result = compile_matmul(schedule, args.frontend, args.fill_mode, progress=_progress)
        result.provenance = choice.provenance
        text = _final(args, result) if args.emit in ("air", "check-resources") else result.stages[args.emit]
        if args.all_stages:
            paths = result.write_stages(args.all_stages)
            _progress(f"wrote {len(paths)} stages to {args.all_stages}/")
    elif args.emit == "tensor":
        text = matmul_payload(schedule)
    else:
        text = generate(schedule, args.frontend)
        pass_stages = STAGES[2:]
        if args.emit in pass_stages:
            from .passes import fuse_fill_into_loop, run_passes

            text = fuse_fill_into_loop(text, args.fill_mode)
            for stage in pass_stages[1 : pass_stages.index(args.emit) + 1]:
                text = run_passes(text, stage_pipeline(stage, args.target, args.fill_mode))
    _progress(f"{args.emit} stage from the {args.frontend} front end in {time.perf_counter() - start:.2f} s")
    _write_output(args, text)
    check = None
    if args.check or args.report:
        from .check import compare, random_inputs
        from .runner import execute

        checked = result.air if args.report and result else text
        _progress("running on the CPU against numpy")
        start = time.perf_counter()
        a, b = random_inputs(schedule)
        check = compare(schedule, a, b, execute(checked, [a, b]))
        _progress(f"check {check} in {time.perf_counter() - start:.2f} s")
    if args.report and result:
        sys.stdout.write(result.report(check, args.kernel) + "\n")
    return 0 if check is None or check.ok else EXIT_FAILURE


def _model(args: argparse.Namespace) -> int:
    from .model import model_air

    if args.file is not None:
        if args.m or args.n or args.k:
            raise ArgumentError("give an AIR file or --m/--n/--k, not both")
        air = _read_text(args.file, "the AIR file")
        from .export import read_target

        declared = read_target(air)
        if args.target is not None and declared is not None and args.target != declared:
            raise ArgumentError(f"{args.file} was compiled and checked for {declared} (herdflow.target); "
                                f"--target {args.target} contradicts it")
        args.target = args.target or declared or DEFAULTS["target"]
        useful = None
        what = f"{args.file} on {args.target}"
    else:
        args.target = args.target or DEFAULTS["target"]
        if not (args.m and args.n and args.k):
            raise ArgumentError("give an AIR file, or --m, --n and --k")
        from .compiler import compile_matmul

        schedule = _schedule(args)
        _progress(schedule.describe())
        air = compile_matmul(schedule, args.frontend, args.fill_mode, progress=_progress).air
        useful = schedule.m * schedule.n * schedule.k
        what = "the final AIR"
    start = time.perf_counter()
    result = model_air(air, args.target, clock_ghz=args.clock_ghz, efficiency=args.efficiency, depth=args.depth,
                       segments=args.segments, useful_macs=useful, kernel=args.kernel)
    _progress(f"modeled {what} in {time.perf_counter() - start:.2f} s")
    sys.stdout.write(result.describe() + "\n")
    if args.trace:
        result.write_trace(args.trace)
        _progress(f"wrote {args.trace} (open in https://ui.perfetto.dev)")
    if args.timeline:
        result.write_timeline(args.timeline, args.window)
        _progress(f"wrote {args.timeline}")
    elif args.window:
        raise ArgumentError("--window sets the cycles of --timeline; give --timeline too")
    if args.heatmap:
        result.write_heatmap(args.heatmap)
        _progress(f"wrote {args.heatmap}")
    return 0


def _tune(args: argparse.Namespace) -> int:
    from .compiler import compile_matmul
    from .tune import tune

    fixed = {"block": args.block, "herd": args.herd, "k_tiles": args.k_tiles, "pack": args.pack,
             "acc_depth": args.acc_depth, "l2_reuse": args.l2_reuse}
    if args.no_cache:
        os.environ["HERDFLOW_TUNE_CACHE"] = "0"
    result = tune(args.m, args.n, args.k, args.dtype, args.target, acc_dtype=args.acc_dtype,
                  fill_mode=args.fill_mode, evaluate=args.evaluate, jobs=args.jobs, progress=_progress,
                  kernel=args.kernel, **{name: value for name, value in fixed.items() if value is not None})
    _progress(f"tuned in {result.seconds:.1f} s ({result.valid} valid schedules, {len(result.evaluated)} evaluated"
              f"{', cached' if result.cached else ''}) for {result.kernel} kernels; physical limit "
              f"{result.limit_seconds * 1e3:.4f} ms")
    sys.stdout.write(result.table(args.top) + "\n\n")
    schedule = result.schedule()
    _progress(f"best: {schedule.describe()}")
    model = compile_matmul(schedule, fill_mode=args.fill_mode).model(kernel=args.kernel)
    sys.stdout.write(model.describe() + "\n")
    return 0


def _targets(args: argparse.Namespace) -> int:
    from .target import get_target, target_names

    for name in [args.name] if args.name else target_names():
        description = get_target(name)
        print(f"{name}: {description.summary}")
        for section, value in description.to_json().items():
            if section == "summary":
                continue
            if section == "intrinsicMKN":
                # Stored m x k x n as its sources give it; printed in
                # herdflow's m x n x k order, as every other shape.
                print("  intrinsic (m x n x k):")
                for dtype, fact in description.intrinsic_mkn.items():
                    m, n, k = description.pack_sizes(dtype)
                    print(f"    {dtype}: {m}x{n}x{k}  [{fact.source}]")
                continue
            _print_facts(section, value, "  ")
    return 0


def _print_facts(key: str, value: object, indent: str) -> None:
    if isinstance(value, dict) and set(value) == {"value", "source"}:
        print(f"{indent}{key}: {value['value']}  [{value['source']}]")
    elif isinstance(value, dict):
        print(f"{indent}{key}:")
        for sub_key, sub_value in value.items():
            _print_facts(sub_key, sub_value, indent + "  ")


def _error(message: str, hint: str = "") -> None:
    """The one line of a failure: the message's first line (the rest of a
    pass failure's diagnostics is for --debug)."""
    first, _, rest = message.strip().partition("\n")
    if rest and not hint:
        hint = " (details with --debug)"
    print(f"herdflow: error: {first}{hint}", file=sys.stderr, flush=True)


def _describe(error: BaseException) -> str:
    return str(error).strip() or type(error).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line; returns the exit code (see the module's
    docstring). Never lets an exception through unless --debug is given."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv  # until the arguments are parsed
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        debug = args.debug
        if not getattr(args, "command", None):
            parser.print_help()
            return EXIT_BAD_ARGUMENTS
        code: int = args.run(args)
        return code
    except SystemExit:
        raise
    except KeyboardInterrupt:
        if debug:
            raise
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (`herdflow targets | head -1`):
        # nothing left to say; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except ScheduleError as error:
        if debug:
            raise
        _error(f"invalid schedule: {_describe(error)}")
        return EXIT_BAD_ARGUMENTS
    except ArgumentError as error:
        if debug:
            raise
        _error(_describe(error))
        return EXIT_BAD_ARGUMENTS
    except HerdflowError as error:
        if debug:
            raise
        _error(_describe(error))
        return EXIT_FAILURE
    except OSError as error:
        if debug:
            raise
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or _describe(error)}")
        return EXIT_FAILURE
    except Exception as error:
        if debug:
            raise
        _error(f"internal error: {type(error).__name__}: {_describe(error)}",
               " (a bug in herdflow; rerun with --debug for the traceback)")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
