"""The seed corpus: every stage of a fixed set of diverse schedules (both
fill modes, both targets, herds 1x1..4x4, every input type) plus every lit
input under test/, each canonicalized and kept only if plain aie-opt
verifies it. Cached on disk, keyed by the tools that made it."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .run import REPO, verify

log = logging.getLogger(__name__)

# (schedule keyword arguments, fill mode). Small sizes so that most stages
# also run on the CPU; two large ones for realistic loop structure.
SCHEDULES: tuple[tuple[dict[str, Any], str], ...] = (
    (dict(m=64, n=64, k=64, block=(32, 32), herd=(2, 2), k_tiles=(32, 16)), "conditional"),
    (dict(m=64, n=64, k=64, block=(32, 32), herd=(2, 2), k_tiles=(32, 16)), "peel"),
    (dict(m=32, n=32, k=64, dtype="i8", block=(32, 32), herd=(1, 1), k_tiles=(32, 16)), "conditional"),
    (dict(m=32, n=32, k=64, dtype="i8", block=(32, 32), herd=(1, 1), k_tiles=(32, 16)), "peel"),
    (dict(m=97, n=131, k=257, dtype="bf16", block=(64, 64), herd=(4, 4), k_tiles=(64, 32)), "conditional"),
    (dict(m=97, n=131, k=257, dtype="bf16", block=(64, 64), herd=(4, 4), k_tiles=(64, 32)), "peel"),
    (dict(m=64, n=128, k=128, dtype="i16", block=(64, 64), herd=(2, 2), k_tiles=(64, 32)), "conditional"),
    (dict(m=64, n=128, k=128, dtype="i16", block=(64, 64), herd=(2, 2), k_tiles=(64, 32)), "peel"),
    (dict(m=64, n=64, k=96, dtype="f32", block=(32, 64), herd=(1, 2), k_tiles=(32, 16)), "conditional"),
    (dict(m=64, n=64, k=96, dtype="f32", block=(32, 64), herd=(1, 2), k_tiles=(32, 16)), "peel"),
    (dict(m=128, n=128, k=64, dtype="i8", target="npu4", block=(64, 128), herd=(2, 4), k_tiles=(64, 32)),
     "conditional"),
    (dict(m=128, n=128, k=64, dtype="i8", target="npu4", block=(64, 128), herd=(2, 4), k_tiles=(64, 32)), "peel"),
    (dict(m=48, n=40, k=72, dtype="i32", block=(32, 32), herd=(2, 2), k_tiles=(32, 16)), "conditional"),
    (dict(m=48, n=40, k=72, dtype="bf16", block=(32, 32), herd=(1, 2), k_tiles=(32, 16)), "peel"),
    (dict(m=128, n=128, k=256, dtype="bf16", block=(128, 128), herd=(4, 4), k_tiles=(128, 64)), "conditional"),
    (dict(m=64, n=64, k=128, dtype="i16", target="npu4", block=(64, 64), herd=(4, 4), k_tiles=(64, 32)), "peel"),
    (dict(m=16, n=16, k=16, dtype="i32", block=(16, 16), herd=(1, 1), k_tiles=(16, 8)), "conditional"),
    (dict(m=16, n=16, k=16, dtype="i32", block=(16, 16), herd=(1, 1), k_tiles=(16, 8)), "peel"),
    (dict(m=1024, n=512, k=2048), "conditional"),
    (dict(m=512, n=512, k=512, dtype="bf16", block=(128, 128), herd=(4, 4), k_tiles=(256, 64)), "peel"),
)
# Inputs of `herdflow compile FILE` whose stages are seeds too, with the
# functions taken (a name prefix): matmuls with epilogues (the stages
# aie-fuse-epilogue-into-unpack sees) and the sweep's transposed operands
# (the narrow ones are what aie-legalize-narrow-packs splits).
FILE_INPUTS = ((REPO / "test" / "Inputs" / "user" / "epilogues.mlir", ""),
               (REPO / "test" / "Inputs" / "user" / "matmul-sweep.mlir", "mm_transpose_"))
# Programs larger than this (multiply-accumulates) are not run on the CPU.
MAX_EXEC_MACS = 1 << 23
_SPLIT = re.compile(r"^// -----\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Seed:
    name: str
    text: str
    executable: bool


def _schedule_stages() -> list[tuple[str, str, bool]]:
    from herdflow.compiler import compile_matmul
    from herdflow.schedule import Schedule

    out: list[tuple[str, str, bool]] = []
    for index, (arguments, fill_mode) in enumerate(SCHEDULES):
        try:
            schedule = Schedule(**arguments)
            compiled = compile_matmul(schedule, fill_mode=fill_mode)
        except Exception as error:  # a schedule the current herdflow rejects: skip it, say so
            log.warning("seed schedule %d (%s) does not compile: %s", index, arguments, str(error)[:200])
            continue
        m, n, k = schedule.padded
        small = m * n * k <= MAX_EXEC_MACS
        tag = f"s{index:02d}-{schedule.case}-{schedule.dtype}-{schedule.target}-{fill_mode}"
        out += [(f"{tag}/{stage}", text, small) for stage, text in compiled.stages.items()]
    return out + _file_stages()


def _file_stages() -> list[tuple[str, str, bool]]:
    from herdflow.compiler import compile_file

    out: list[tuple[str, str, bool]] = []
    for path, prefix in FILE_INPUTS:
        try:
            results = compile_file(path, schedule="default")
        except Exception as error:  # an input the current herdflow rejects: skip it, say so
            log.warning("seed input %s does not compile: %s", path.name, str(error)[:200])
            continue
        for result in results:
            if not result.name.startswith(prefix):
                continue
            m, n, k = result.schedule.padded
            out += [(f"{path.stem}/{result.name}/{stage}", text, m * n * k <= MAX_EXEC_MACS)
                    for stage, text in result.stages.items()]
    return out


def lit_inputs(test_dir: Path = REPO / "test") -> list[tuple[str, str]]:
    """Every IR chunk of every .mlir file under test/, RUN/CHECK comments dropped."""
    out: list[tuple[str, str]] = []
    for path in sorted(test_dir.rglob("*.mlir")):
        for index, chunk in enumerate(_SPLIT.split(path.read_text(errors="replace"))):
            body = "\n".join(line for line in chunk.splitlines() if not line.lstrip().startswith("//"))
            if body.strip():
                out.append((f"{path.relative_to(test_dir)}#{index}", body))
    return out


def _cache_key(aie_opt: str) -> str:
    import herdflow

    digest = hashlib.sha256()
    digest.update(repr(SCHEDULES).encode())
    for path, prefix in FILE_INPUTS:
        digest.update(path.read_bytes() + prefix.encode())
    # The stages come from the installed package (its Python and native
    # code), the verdict on each from aie-opt.
    package = Path(herdflow.__file__).parent
    for entry in [Path(aie_opt), *sorted(package.rglob("*.py")), *sorted(package.rglob("*.so"))]:
        try:
            stat = entry.stat()
        except OSError:
            continue
        digest.update(f"{entry}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for name, text in lit_inputs():
        digest.update(name.encode() + text.encode())
    return digest.hexdigest()[:20]


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "herdflow" / "fuzz-seeds"


def build_corpus(aie_opt: str, cache_dir: Path | None = None) -> list[Seed]:
    """The canonical, verified seeds (from the cache when the tools and the
    lit inputs are unchanged)."""
    cache_dir = cache_dir or default_cache_dir()
    cache = cache_dir / f"seeds-{_cache_key(aie_opt)}.json"
    if cache.is_file():
        try:
            return [Seed(**entry) for entry in json.loads(cache.read_text())]
        except (ValueError, TypeError):
            log.warning("ignoring unreadable seed cache %s", cache)
    raw = _schedule_stages() + [(name, text, True) for name, text in lit_inputs()]
    seeds: list[Seed] = []
    seen: set[str] = set()
    for name, text, executable in raw:
        checked = verify(aie_opt, text)
        if not checked.ok or checked.text in seen:
            continue
        seen.add(checked.text)
        seeds.append(Seed(name, checked.text, executable))
    log.info("seed corpus: %d programs (%d candidates), cached in %s", len(seeds), len(raw), cache)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps([asdict(s) for s in seeds]))
        tmp.replace(cache)
    except OSError as error:
        log.warning("cannot write the seed cache: %s", error)
    return seeds
