"""Shared helpers for herdflow's Python tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Runs `code` in a fresh interpreter (import order matters in some tests)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=os.path.dirname(__file__),
        timeout=300,
    )


@lru_cache(maxsize=None)
def small_air() -> str:
    """The final AIR of a 128x128x512 i32 matmul (default schedule)."""
    from herdflow import compile_matmul
    from herdflow.schedule import Schedule

    return compile_matmul(Schedule(128, 128, 512)).air


def _replace_operand(air: str, op: str, pattern: str, value: int) -> str:
    """Defines ``%hf_c = arith.constant <value> : index`` just before the
    first line holding ``op`` and uses it for the operand that group 1 of
    ``pattern`` matches on that line."""
    lines = air.split("\n")
    index = next(i for i, line in enumerate(lines) if op in line)
    line = lines[index]
    match = re.search(pattern, line)
    assert match, line
    lines[index] = line[:match.start(1)] + "%hf_c" + line[match.end(1):]
    lines.insert(index, " " * (len(line) - len(line.lstrip())) + f"%hf_c = arith.constant {value} : index")
    return "\n".join(lines)


def mutated_air(kind: str) -> str:
    """The final AIR of a 128x128x512 i32 matmul with one thing outside the
    model's subset (each verifies)."""
    air = small_air()
    if kind == "loop step 0":
        return _replace_operand(air, "scf.for", r"step (%\w+)", 0)
    if kind == "loop of 2**40 trips":
        return _replace_operand(air, "scf.for", r" to (%\w+)", 2**40)
    if kind == "herd of 2**33":
        return _replace_operand(air, "air.herd", r" in \(%\w+=(%\w+)", 2**33)
    if kind == "memory space 3":
        assert ", 2>" in air
        return air.replace(", 2>", ", 3>")
    if kind == "memory space string":
        assert ", 1>" in air
        return air.replace(", 1>", ', "l2">')
    if kind == "channels in an outer module":
        # An op before `module {` wraps the program in an implicit module:
        # the channel declarations are not at the top any more.
        module = re.search(r"^module( attributes \{[^\n]*\})? \{$", air, re.MULTILINE)
        assert module, "no module line"
        return air[:module.start()] + "air.channel @hf_extra [1, 1]\n" + air[module.start():]
    if kind == "regions nested 3000 deep":
        # MLIR's parser overflows its stack (a segfault) somewhere past 2000.
        lines = air.split("\n")
        index = next(i for i, line in enumerate(lines) if "air.herd" in line)
        loops = ["%hf_0 = arith.constant 0 : index", "%hf_1 = arith.constant 1 : index"]
        loops += [f"scf.for %hf_i{i} = %hf_0 to %hf_1 step %hf_1 {{" for i in range(3000)] + ["}"] * 3000
        return "\n".join(lines[:index] + loops + lines[index:])
    raise AssertionError(kind)
