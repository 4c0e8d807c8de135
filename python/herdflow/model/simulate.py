"""Event-driven execution of the tasks: a heap of events.

A task starts when every task it depends on has completed and it is next on
each of its resources (a hardware channel or a core runs its tasks in
program order); it then occupies all its resources until it ends (a
broadcast transfer holds the source channel and every receiving channel).

Most tasks have a fixed duration. A transfer through DDR (``Task.ddr_bytes``)
first pays its fixed part (``duration``: the transfer's setup), then moves
its bytes at a rate that changes while it runs: DDR bandwidth is shared, at
every moment, evenly by the DDR transfers in flight, each at most the stream
bandwidth. DDR arbitration is work-conserving: when the write-back idles the
reads take its bandwidth, and channels whose data ran out leave theirs to the
rest. (A static share per channel would charge a phase with only reads for
the writes' share of DDR.)
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass

from .program import ModelError, Task

# A DDR transfer with fewer bytes left than this has finished (rounding of
# the piecewise-linear progress).
_EPSILON_BYTES = 1e-6


@dataclass
class Timeline:
    """Start and end cycle of every task."""

    start: list[float]
    end: list[float]

    @property
    def makespan(self) -> float:
        return max(self.end, default=0.0)

    def busy(self, task: Task) -> float:
        """Cycles the task held its resources."""
        return self.end[task.id] - self.start[task.id]


@dataclass(frozen=True)
class DdrShare:
    """DDR bandwidth for the simulated transfers (bytes per cycle): ``pool``
    shared by those in flight, at most ``per_transfer`` each."""

    pool: float
    per_transfer: float

    def rate(self, in_flight: int) -> float:
        return min(self.per_transfer, self.pool / max(in_flight, 1))


# Event kinds, in the order simultaneous events are handled.
_END, _JOIN_DDR, _DDR_DONE = 0, 1, 2


def simulate(tasks: list[Task], resource_order: dict[str, list[int]], ddr: DdrShare | None = None) -> Timeline:
    """Runs ``tasks``; ``ddr`` is required when any task has ``ddr_bytes``."""
    count = len(tasks)
    if ddr is None and any(task.ddr_bytes for task in tasks):
        raise ModelError("DDR transfers need a DDR bandwidth to share")
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
    sequence = itertools.count()
    events: list[tuple[float, int, int, int, int]] = []  # (time, kind, order, task, fluid version)

    # DDR transfers in flight: bytes left, as of `updated`.
    in_flight: dict[int, float] = {}
    updated = 0.0
    version = 0

    def advance(now: float) -> None:
        nonlocal updated
        if in_flight and ddr is not None:
            moved = ddr.rate(len(in_flight)) * (now - updated)
            for task_id in in_flight:
                in_flight[task_id] -= moved
        updated = now

    def next_ddr_event(now: float) -> None:
        # Equal rates: the transfer with the fewest bytes left ends first.
        nonlocal version
        version += 1
        if in_flight and ddr is not None:
            first = min(in_flight, key=lambda task_id: (in_flight[task_id], task_id))
            left = max(in_flight[first], 0.0)
            heapq.heappush(events, (now + left / ddr.rate(len(in_flight)), _DDR_DONE, next(sequence), first, version))

    def begin(task_id: int, now: float) -> None:
        start[task_id] = now
        kind = _JOIN_DDR if tasks[task_id].ddr_bytes else _END
        heapq.heappush(events, (now + tasks[task_id].duration, kind, next(sequence), task_id, 0))

    for task in tasks:
        if pending[task.id] == 0:
            begin(task.id, 0.0)
    done = 0

    def finish(task_id: int, now: float) -> None:
        nonlocal done
        end[task_id] = now
        done += 1
        for successor in successors[task_id]:
            ready[successor] = max(ready[successor], now)
            pending[successor] -= 1
            if pending[successor] == 0:
                begin(successor, ready[successor])

    while events:
        now, kind, _, task_id, event_version = heapq.heappop(events)
        if kind == _END:
            finish(task_id, now)
        elif kind == _JOIN_DDR:
            advance(now)
            in_flight[task_id] = float(tasks[task_id].ddr_bytes)
            next_ddr_event(now)
        elif event_version == version:
            advance(now)
            finished = sorted(t for t, left in in_flight.items() if left <= _EPSILON_BYTES)
            finished = finished or [task_id]
            for done_id in finished:
                del in_flight[done_id]
            next_ddr_event(now)
            for done_id in finished:
                finish(done_id, now)
    if done != count:
        stuck = next(task for task in tasks if end[task.id] < 0)
        raise ModelError(f"the program deadlocks: {count - done} tasks never start (first: {stuck.name} on "
                         f"{', '.join(stuck.resources)})")
    return Timeline(start, end)
