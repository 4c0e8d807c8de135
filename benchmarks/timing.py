"""Best-of-N wall times, shared by the benchmark scripts."""

from __future__ import annotations

import subprocess
import time
from typing import Callable


def best(fn: Callable[[], object], repeat: int) -> float:
    """The shortest of `repeat` wall times of `fn()`, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def best_command(command: list[str], repeat: int) -> float:
    """The shortest of `repeat` wall times of running `command` (output dropped)."""
    return best(lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                repeat)
