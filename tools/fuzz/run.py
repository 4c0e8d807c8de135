"""Running aie-opt on one input: the plain verifier, one herdflow pass, and
the classification of what happened (ok, diagnosed, crash, unverifiable,
hang) with a signature that identifies the bug for deduplication."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

OK, DIAGNOSED, CRASH, UNVERIFIABLE, HANG, MISCOMPILE = (
    "ok", "diagnosed", "crash", "unverifiable", "hang", "miscompile")
KINDS = (OK, DIAGNOSED, CRASH, UNVERIFIABLE, HANG, MISCOMPILE)
BAD_KINDS = (CRASH, UNVERIFIABLE, HANG, MISCOMPILE)

# Option variants worth running separately; any other aie-* pass that
# `aie-opt --help` lists runs with its defaults.
PASS_VARIANTS: dict[str, tuple[str, ...]] = {
    "aie-fuse-fill-into-loop": ("mode=conditional", "mode=peel"),
    "aie-forall-to-air": ("", "innermost-as-herd=true"),
    "aie-unpeel-transfers": ("target=npu1",),
    "aie-check-resources": ("target=npu1",),
    "aie-streaming-k": ("target=npu1 fill-mode=conditional", "target=npu1 fill-mode=peel"),
}
PASS_ORDER = (
    "aie-sink-reduction-loop-into-herd", "aie-fuse-fill-into-loop", "aie-hoist-pack-unpack",
    "aie-fuse-epilogue-into-unpack", "aie-legalize-narrow-packs", "aie-forall-to-air", "aie-copy-to-dma",
    "aie-dma-to-channel", "aie-share-peeled-dmas", "aie-unpeel-transfers", "aie-check-resources", "aie-air-to-loops",
    "aie-erase-memory-spaces", "aie-streaming-k",
)

# Upstream passes that run the AIR dialect's own folders and canonicalization
# patterns (a fold that breaks the op's verifier is herdflow's bug too).
UPSTREAM_PASSES = ("canonicalize",)

_CRASH_MARKERS = ("Stack dump", "LLVM ERROR", "PLEASE submit a bug report")
_ASSERTION = re.compile(r"Assertion `(.*)' failed")
_LLVM_ERROR = re.compile(r"LLVM ERROR: (.*)")
_FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-fA-F]+ (.*)$")
# Frames of the crash machinery itself, never the bug.
_NOISE_FRAMES = ("PrintStackTrace", "SignalHandler", "libc.so", "pthread_kill", "raise", "abort",
                 "_nl_load_domain", "__assert_fail", "libc-start", "__libc_start", "libc_start")


@dataclass(frozen=True)
class PassConfig:
    """One pass with its options, as run alone by aie-opt."""

    name: str
    options: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}{{{self.options}}}" if self.options else self.name

    @property
    def flag(self) -> str:
        return f"--{self.name}={self.options}" if self.options else f"--{self.name}"


@dataclass
class Outcome:
    """What one pass did to one input. ``signature`` is set for bad kinds."""

    kind: str
    output: str = ""
    stderr: str = ""
    returncode: int | None = None
    signature: str = ""
    message: str = ""
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.output)


def default_aie_opt() -> Path:
    """HERDFLOW_AIE_OPT, else the developer build, else the installed one."""
    explicit = os.environ.get("HERDFLOW_AIE_OPT")
    if explicit:
        return Path(explicit)
    dev = REPO / "build" / "dev" / "bin" / "aie-opt"
    if dev.is_file():
        return dev
    from herdflow.tools import tool_path

    return tool_path("aie-opt")


@lru_cache(maxsize=4)
def discover_passes(aie_opt: str) -> tuple[PassConfig, ...]:
    """Every aie-* pass and pipeline that `aie-opt --help` lists, each option
    variant separately, in pipeline order."""
    help_text = subprocess.run([aie_opt, "--help"], capture_output=True, text=True, timeout=60).stdout
    names = []
    for match in re.finditer(r"^\s+--(aie-[\w-]+)\s+-", help_text, re.MULTILINE):
        if match.group(1) not in names:
            names.append(match.group(1))
    names.sort(key=lambda n: (PASS_ORDER.index(n) if n in PASS_ORDER else len(PASS_ORDER), n))
    return tuple(PassConfig(n, o) for n in [*names, *UPSTREAM_PASSES] for o in PASS_VARIANTS.get(n, ("",)))


def _aie_opt(aie_opt: str, text: str, args: list[str], timeout: float) -> tuple[int | None, str, str]:
    try:
        result = subprocess.run([aie_opt, "-", *args], input=text, capture_output=True, text=True,
                                timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return None, "", ""
    return result.returncode, result.stdout, result.stderr


def is_crash(returncode: int | None, stderr: str) -> bool:
    if returncode is None:
        return False
    return returncode < 0 or returncode >= 128 or any(m in stderr for m in _CRASH_MARKERS) \
        or _ASSERTION.search(stderr) is not None


def _frame_name(frame: str) -> str:
    """`mlir::Foo::bar(...) (lib+0x12)` -> `mlir::Foo::bar`; `(aie-opt+0x12)` -> `aie-opt+0x12`."""
    frame = frame.strip()
    if frame.startswith("("):
        return os.path.basename(frame.strip("()"))
    name = re.split(r" \(/| \S+:\d+:\d+$", frame)[0]
    return re.sub(r"\(.*\)", "()", name, count=1) if "(" in name else name


def crash_signature(returncode: int | None, stderr: str) -> tuple[str, str]:
    """(signature, one-line message): the assertion or LLVM ERROR (else the
    signal and top frame) plus the first herdflow frame."""
    frames = [_frame_name(m.group(1)) for line in stderr.splitlines() if (m := _FRAME.match(line))]
    frames = [f for f in frames if not any(noise in f for noise in _NOISE_FRAMES)]
    ours = next((f for f in frames if f.startswith("aie-opt+") or "herdflow" in f or "air::" in f), "")
    if (m := _ASSERTION.search(stderr)) is not None:
        message = f"Assertion `{m.group(1)}' failed"
    elif (m := _LLVM_ERROR.search(stderr)) is not None:
        message = f"LLVM ERROR: {m.group(1).strip()}"
    elif returncode is None:
        message = "timeout"
    elif returncode < 0 or returncode >= 128:
        number = -returncode if returncode < 0 else returncode - 128
        message = f"signal {number} in {frames[0] if frames else '?'}"
    else:
        message = f"exit {returncode} without an error diagnostic"
    return f"{normalize(message)} @ {ours or '?'}", message


def normalize(message: str) -> str:
    """A message with the instance-specific parts (numbers, SSA names,
    symbols, locations) replaced, so that one bug gives one signature."""
    message = re.sub(r"^(<stdin>|loc\([^)]*\)|[^:\s]*\.mlir)(:\d+)*:\s*", "", message.strip())
    message = re.sub(r"%[\w#]+", "%V", message)
    message = re.sub(r"@[\w.$-]+", "@S", message)
    message = re.sub(r"0x[0-9a-fA-F]+", "0xN", message)
    message = re.sub(r"-?\d+", "N", message)
    return message[:300]


def first_error(stderr: str) -> str:
    for line in stderr.splitlines():
        if "error:" in line:
            return line.split("error:", 1)[1].strip()
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[0] if lines else "(no message)"


@dataclass
class Verified:
    ok: bool
    text: str
    stderr: str
    crashed: bool = False
    returncode: int | None = 0


def verify(aie_opt: str, text: str, timeout: float = 10.0) -> Verified:
    """Parses and verifies `text` with plain aie-opt; `text` of the result is
    the canonical (custom) form."""
    returncode, stdout, stderr = _aie_opt(aie_opt, text, [], timeout)
    crashed = returncode is None or is_crash(returncode, stderr)
    return Verified(returncode == 0 and not crashed, stdout if returncode == 0 else "", stderr, crashed, returncode)


def run_pass(aie_opt: str, text: str, config: PassConfig, timeout: float = 10.0) -> Outcome:
    """Runs `config` alone (no verifier after it), then verifies its output
    separately. `text` must be canonical (the output of `verify`) so that an
    unchanged module prints identically and leaves `output` empty."""
    import time

    start = time.perf_counter()
    returncode, stdout, stderr = _aie_opt(aie_opt, text, ["--verify-each=false", config.flag], timeout)
    seconds = time.perf_counter() - start
    if returncode is None:
        return Outcome(HANG, returncode=None, signature="timeout", seconds=seconds,
                       message=f"no result within {timeout:g} s")
    if is_crash(returncode, stderr):
        signature, message = crash_signature(returncode, stderr)
        return Outcome(CRASH, stderr=stderr, returncode=returncode, signature=signature, message=message,
                       seconds=seconds)
    if returncode != 0:
        if "error:" in stderr:
            return Outcome(DIAGNOSED, stderr=stderr, returncode=returncode, seconds=seconds)
        signature, message = crash_signature(returncode, stderr)
        return Outcome(CRASH, stderr=stderr, returncode=returncode, signature=signature, message=message,
                       seconds=seconds)
    if stdout == text:
        return Outcome(OK, returncode=0, seconds=seconds)
    checked = verify(aie_opt, stdout, timeout)
    if not checked.ok:
        message = first_error(checked.stderr)
        if checked.crashed:
            what = "hung" if checked.returncode is None else \
                "crashed: " + crash_signature(checked.returncode, checked.stderr)[1]
            message = f"the verifier {what} on the output"
        return Outcome(UNVERIFIABLE, output=stdout, stderr=checked.stderr, returncode=0,
                       signature=normalize(message), message=message, seconds=seconds)
    return Outcome(OK, output=checked.text, returncode=0, seconds=seconds)
