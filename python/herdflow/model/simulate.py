"""Event-driven execution of the tasks: a heap of completion events.

A task starts when every task it depends on has completed and it is next on
each of its resources (a hardware channel or a core runs its tasks in
program order); it then occupies all its resources for its duration (a
broadcast transfer holds the source channel and every receiving channel).
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass

from .program import ModelError, Task


@dataclass
class Timeline:
    """Start and end cycle of every task."""

    start: list[float]
    end: list[float]

    @property
    def makespan(self) -> float:
        return max(self.end, default=0.0)


def simulate(tasks: list[Task], resource_order: dict[str, list[int]]) -> Timeline:
    count = len(tasks)
    successors: list[list[int]] = [[] for _ in range(count)]
    pending = [0] * count
    for task in tasks:
        for dep in task.deps:
            successors[dep].append(task.id)
            pending[task.id] += 1
    for order in resource_order.values():
        for before, after in itertools.pairwise(order):
            if before != after:
                successors[before].append(after)
                pending[after] += 1
    ready = [0.0] * count
    start = [0.0] * count
    end = [-1.0] * count
    events: list[tuple[float, int]] = []
    for task in tasks:
        if pending[task.id] == 0:
            end[task.id] = task.duration
            heapq.heappush(events, (task.duration, task.id))
    done = 0
    while events:
        time, finished = heapq.heappop(events)
        done += 1
        for successor in successors[finished]:
            ready[successor] = max(ready[successor], time)
            pending[successor] -= 1
            if pending[successor] == 0:
                start[successor] = ready[successor]
                end[successor] = ready[successor] + tasks[successor].duration
                heapq.heappush(events, (end[successor], successor))
    if done != count:
        stuck = next(task for task in tasks if end[task.id] < 0)
        raise ModelError(f"the program deadlocks: {count - done} tasks never start (first: {stuck.name} on "
                         f"{', '.join(stuck.resources)})")
    return Timeline(start, end)
