"""The ``herdflow`` command line.

    herdflow compile --m 1024 --n 512 --k 2048 --report
    herdflow compile --m 1024 --n 512 --k 2048 --dtype i32 --herd 2x2 --emit air --check
    herdflow compile --m 100 --n 37 --k 300 --dtype bf16 --emit tensor -o tensor.mlir
    herdflow targets
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .schedule import INPUT_TYPES, Schedule, ScheduleError

STAGES = (
    "tensor", "baseline", "fuse-fill-into-loop", "hoist-pack-unpack", "forall-to-air", "copy-to-dma",
    "dma-to-channel", "share-peeled-dmas", "check-resources", "air",
)
# Passes that read the target description.
TARGETED_STAGES = ("share-peeled-dmas", "check-resources")
EXIT_BAD_ARGUMENTS = 2
EXIT_FAILURE = 1


def _dims(count: int, separator: str, what: str) -> Callable[[str], tuple[int, ...]]:
    def parse(text: str) -> tuple[int, ...]:
        parts = text.replace(",", separator).split(separator)
        try:
            values = tuple(int(p) for p in parts)
        except ValueError:
            values = ()
        if len(values) != count or min(values) < 1:
            example = separator.join(["64"] * count) if separator == "x" else "256,32"
            raise argparse.ArgumentTypeError(f"{what} must be {count} positive integers like {example}, got '{text}'")
        return values

    return parse


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got '{text}'")
    return value


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line and exit code 2, as argparse does, without usage noise."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_ARGUMENTS, f"herdflow: error: {message} (see --help)\n")


def _add_schedule_options(parser: argparse.ArgumentParser, required: bool) -> None:
    case = parser.add_argument_group("matmul (written M x N x K)")
    case.add_argument("--m", type=_positive, required=required, help="rows of A and C")
    case.add_argument("--n", type=_positive, required=required, help="columns of B and C")
    case.add_argument("--k", type=_positive, required=required, help="reduction size (columns of A, rows of B)")
    case.add_argument("--dtype", choices=INPUT_TYPES, default="i32", help="input element type (default: i32)")
    case.add_argument(
        "--acc-dtype", choices=("i32", "f32"), default=None,
        help="accumulator/output type (default: i32 for integer inputs, f32 for bf16/f32)",
    )
    sched = parser.add_argument_group("schedule")
    sched.add_argument("--target", choices=("npu1", "npu4"), default="npu1", help="AIE target (default: npu1)")
    sched.add_argument("--block", type=_dims(2, "x", "--block"), default=(64, 64),
                       help="block tile MxN: one launch work item (default: 64x64)")
    sched.add_argument("--herd", type=_dims(2, "x", "--herd"), default=(2, 2),
                       help="herd RxC, rows tile M and columns tile N (default: 2x2)")
    sched.add_argument("--k-tiles", type=_dims(2, ",", "--k-tiles"), default=(256, 32),
                       help="K tiles for L2 and L1 (default: 256,32)")
    sched.add_argument("--pack", type=_dims(3, "x", "--pack"), default=None,
                       help="pack sizes m x n x k (default: from the target's intrinsic; 4x8x8 for i32)")


def _schedule(args: argparse.Namespace) -> Schedule:
    return Schedule(
        m=args.m, n=args.n, k=args.k, dtype=args.dtype, acc_dtype=args.acc_dtype, target=args.target,
        block=args.block, herd=args.herd, k_tiles=args.k_tiles, pack=args.pack,
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
        help="compile a matmul with the streaming-K schedule: any stage's IR, --report, --check",
        description=(
            "Compile C[M,N] = A[M,K] x B[K,N] with the streaming-K schedule and print the IR of one "
            "stage (MLIR 22 custom form) or a report. Stages: 'tensor' (the matmul on tensors, the "
            "front end's input), 'baseline' (stage 0: tiled, packed, bufferized by the front end's "
            "transform script), then the IR after each aie-streaming-k pass, and 'air' (the final, "
            "placeable AIR, after the resource check). Defaults reproduce the discussion's "
            "schedule; sizes that are not multiples of the tiles are zero-padded."
        ),
        epilog=(
            "examples:\n"
            "  herdflow compile --m 1024 --n 512 --k 2048 --report\n"
            "  herdflow compile --m 1024 --n 512 --k 2048 --fill-mode peel --emit air --check\n"
            "  herdflow compile --m 1024 --n 512 --k 2048 --all-stages stages/\n"
            "  herdflow compile --m 97 --n 131 --k 257 --dtype bf16 --herd 4x4 --frontend iree\n"
            "  herdflow compile --m 256 --n 256 --k 512 --dtype i8 --target npu4 --herd 4x8 "
            "--block 128x256 --emit tensor -o tensor.mlir"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_schedule_options(compile_, required=True)
    out = compile_.add_argument_group("output")
    out.add_argument("--frontend", choices=("mlir", "iree"), default="mlir",
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
    out.add_argument("--all-stages", type=Path, metavar="DIR",
                     help="also write every stage as DIR/NN-<stage>.mlir")
    out.add_argument("--fill-mode", choices=("conditional", "peel"), default="conditional",
                     help="aie-fuse-fill-into-loop mode: scf.if on the first K iteration, or peeling "
                          "(default: conditional)")
    out.add_argument("-o", "--output", type=Path, help="write the IR to this file instead of stdout")
    out.add_argument("--check", action="store_true",
                     help="also run the emitted IR on random inputs on the CPU and compare with numpy "
                          "(exit 1 on a mismatch)")
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
    model.add_argument("file", nargs="?", type=Path, help="a channel-form AIR program (instead of --m/--n/--k)")
    _add_schedule_options(model, required=False)
    knobs = model.add_argument_group("model")
    knobs.add_argument("--fill-mode", choices=("conditional", "peel"), default="conditional",
                       help="aie-fuse-fill-into-loop mode when compiling a matmul (default: conditional)")
    knobs.add_argument("--frontend", choices=("mlir", "iree"), default="mlir",
                       help="tensor codegen when compiling a matmul (default: mlir)")
    knobs.add_argument("--clock-ghz", type=float, default=None,
                       help="clock (default: the target's, 1.0 GHz on npu1)")
    knobs.add_argument("--efficiency", type=float, default=None,
                       help="fraction of peak MACs/cycle the kernel sustains (default: the target's, 1.0)")
    knobs.add_argument("--depth", type=_positive, default=None,
                       help="buffer depth (default: the target's, 2 = double buffering)")
    knobs.add_argument("--segments", type=_positive, default=1,
                       help="segment copies placed side by side, launch iterations spread over them "
                            "(default: 1, as the AIR flow lowers air.launch)")
    knobs.add_argument("--trace", type=Path, metavar="JSON", help="write a Chrome trace (open in Perfetto)")
    knobs.add_argument("--timeline", type=Path, metavar="PNG", help="write a Gantt chart of core (0,0)")
    model.set_defaults(run=_model)

    targets = commands.add_parser("targets", help="print the target descriptions with their sources",
                                  description="Print every fact of the target descriptions and where it comes from.")
    targets.add_argument("name", nargs="?", choices=("npu1", "npu4"), help="one target (default: all)")
    targets.set_defaults(run=_targets)
    return parser


def _progress(message: str) -> None:
    print(f"herdflow: {message}", file=sys.stderr, flush=True)


def _compile(args: argparse.Namespace) -> int:
    from .frontend import generate, matmul_payload

    schedule = _schedule(args)
    _progress(schedule.describe())
    start = time.perf_counter()
    result = None
    if args.report or args.all_stages or args.emit in ("air", "check-resources"):
        from .compiler import compile_matmul

        result = compile_matmul(schedule, args.frontend, args.fill_mode, progress=_progress)
        text = result.air if args.emit in ("air", "check-resources") else result.stages[args.emit]
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
                options = f"{{target={args.target}}}" if stage in TARGETED_STAGES else ""
                text = run_passes(text, f"aie-{stage}{options}")
    _progress(f"{args.emit} stage from the {args.frontend} front end in {time.perf_counter() - start:.2f} s")
    if args.output:
        args.output.write_text(text)
        _progress(f"wrote {args.output}")
    elif not args.report:
        sys.stdout.write(text)
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
        sys.stdout.write(result.report(check) + "\n")
    return 0 if check is None or check.ok else EXIT_FAILURE


def _model(args: argparse.Namespace) -> int:
    from .model import model_air

    if args.file is not None:
        if args.m or args.n or args.k:
            raise ScheduleError("give an AIR file or --m/--n/--k, not both")
        air = args.file.read_text()
        useful = None
        _progress(f"modeling {args.file} on {args.target}")
    else:
        if not (args.m and args.n and args.k):
            raise ScheduleError("give an AIR file, or --m, --n and --k")
        from .compiler import compile_matmul

        schedule = _schedule(args)
        _progress(schedule.describe())
        air = compile_matmul(schedule, args.frontend, args.fill_mode, progress=_progress).air
        useful = schedule.m * schedule.n * schedule.k
    start = time.perf_counter()
    result = model_air(air, args.target, clock_ghz=args.clock_ghz, efficiency=args.efficiency, depth=args.depth,
                       segments=args.segments, useful_macs=useful)
    _progress(f"modeled in {time.perf_counter() - start:.2f} s")
    sys.stdout.write(result.describe() + "\n")
    if args.trace:
        result.write_trace(args.trace)
        _progress(f"wrote {args.trace} (open in https://ui.perfetto.dev)")
    if args.timeline:
        result.write_timeline(args.timeline)
        _progress(f"wrote {args.timeline}")
    return 0


def _targets(args: argparse.Namespace) -> int:
    from .target import get_target, target_names

    for name in [args.name] if args.name else target_names():
        description = get_target(name)
        print(f"{name}: {description.summary}")
        for section, value in description.to_json().items():
            if section == "summary":
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_BAD_ARGUMENTS
    from .frontend import FrontendError
    from .model import ModelError
    from .passes import PassError
    from .runner import ExecutionError

    try:
        return args.run(args)
    except ScheduleError as error:
        if args.debug:
            raise
        print(f"herdflow: error: invalid schedule: {error}", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    except (FrontendError, PassError, ExecutionError, ModelError, OSError) as error:
        if args.debug:
            raise
        first, _, rest = str(error).partition("\n")
        hint = " (details with --debug)" if rest else ""
        print(f"herdflow: error: {first}{hint}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
