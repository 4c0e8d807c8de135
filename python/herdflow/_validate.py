"""Argument checks shared by the Python API: each raises ArgumentError (or
the class given) with the argument's name, never TypeError."""

from __future__ import annotations

import math
import re
from numbers import Integral, Real
from pathlib import Path
from typing import Any

from .errors import ArgumentError, HerdflowError


def text(value: Any, what: str, error: type[HerdflowError] = ArgumentError) -> str:
    """``value`` if it is a str (IR text and the like)."""
    if not isinstance(value, str):
        raise error(f"{what} must be a str, got {type(value).__name__}")
    return value


def choice(value: Any, choices: tuple[str, ...] | list[str], what: str,
           error: type[HerdflowError] = ArgumentError) -> str:
    """``value`` if it is one of ``choices``."""
    if not isinstance(value, str) or value not in choices:
        raise error(f"unknown {what} {value!r} (one of: {', '.join(choices)})")
    return value


def integer(value: Any, what: str, minimum: int = 1, limit: int = 2**31,
            error: type[HerdflowError] = ArgumentError) -> int:
    """``value`` as an int in [minimum, limit); bools and floats refused."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise error(f"{what} must be an integer, got {value!r} ({type(value).__name__})")
    number = int(value)
    if not minimum <= number < limit:
        raise error(f"{what} must be an integer >= {minimum} and below {limit}, got {number}")
    return number


def number(value: Any, what: str, maximum: float | None = None,
           error: type[HerdflowError] = ArgumentError) -> float:
    """``value`` as a float, finite, > 0 and at most ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise error(f"{what} must be a number, got {value!r} ({type(value).__name__})")
    result = float(value)
    if not math.isfinite(result) or result <= 0 or (maximum is not None and result > maximum):
        bound = f" and at most {maximum:g}" if maximum is not None else ""
        raise error(f"{what} must be finite, greater than 0{bound}; got {value!r}")
    return result


def output_path(value: Any, what: str, directory: bool = False) -> Path:
    """A path to write: its parent directory must exist (none is created);
    a file path must not be an existing directory, a directory path must
    not be an existing file."""
    if not isinstance(value, (str, Path)):
        raise ArgumentError(f"{what} must be a path, got {type(value).__name__}")
    path = Path(value)
    parent = path.parent
    label = f"{what} {path}" if what else str(path)
    if not parent.is_dir():
        raise ArgumentError(f"cannot write {label}: directory {parent} does not exist")
    if directory and path.exists() and not path.is_dir():
        raise ArgumentError(f"cannot write {label}: it exists and is not a directory")
    if not directory and path.is_dir():
        raise ArgumentError(f"cannot write {label}: it is a directory")
    return path


# MLIR's parser recurses once per nested region and overflows the stack (a
# segfault, not an error) somewhere past 2,000 levels: refuse deeper text
# before parsing it. herdflow's own programs nest fewer than 20.
MAX_NESTING = 1000
_STRINGS_AND_COMMENTS = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*')


def nesting(ir_text: str, what: str, error: type[HerdflowError]) -> str:
    """``ir_text`` if its braces nest at most MAX_NESTING deep (strings and
    comments aside); ``error`` otherwise."""
    depth = deepest = 0
    for match in re.finditer(r"[{}]", _STRINGS_AND_COMMENTS.sub("", ir_text)):
        depth += 1 if match.group() == "{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise error(f"{what} nests regions {deepest} deep; herdflow parses at most {MAX_NESTING} "
                    "(MLIR's parser would overflow its stack)")
    return ir_text
