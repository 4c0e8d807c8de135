"""Test-case reduction: delta debugging over ops (delete runs of ops whose
results are not used elsewhere, then inline the bodies of scf.for / scf.if
/ scf.forall) while the same failure reproduces, within a time budget."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from herdflow.mlir import ir

from .ir_edit import has_uses, is_terminator, parent_op, walk_ops
from .run import verify

log = logging.getLogger(__name__)

Predicate = Callable[[str], bool]
_INLINABLE = ("scf.for", "scf.if", "scf.forall")


def _candidates(module: ir.Module) -> list[ir.Operation]:
    return [op for op in walk_ops(module) if not is_terminator(op)]


def count_ops(text: str) -> int:
    with ir.Context():
        return len(_candidates(ir.Module.parse(text)))


def _print(module: ir.Module) -> str:
    return str(module.operation.get_asm(print_generic_op_form=True, assume_verified=True))


def delete_ops(text: str, indices: range) -> str | None:
    """`text` without the ops at `indices` (of `_candidates`) that can go:
    nested ones go with their parent, ones whose results are still used stay."""
    with ir.Context(), ir.Location.unknown():
        module = ir.Module.parse(text)
        ops = _candidates(module)
        chosen = [ops[i] for i in indices if i < len(ops)]
        roots = []
        for op in chosen:
            ancestor = parent_op(op)
            while ancestor is not None and not any(ancestor == other for other in chosen):
                ancestor = parent_op(ancestor)
            if ancestor is None:
                roots.append(op)
        deleted = 0
        for op in reversed(roots):  # users (later in pre-order) first
            if any(has_uses(result) for result in op.results):
                continue
            op.erase()
            deleted += 1
        return _print(module) if deleted else None


def inline_region(text: str, index: int) -> str | None:
    """The op at `index` replaced by its (first) body, if it is an scf.for,
    scf.if or scf.forall without results: induction variables become the
    lower bound."""
    with ir.Context(), ir.Location.unknown():
        module = ir.Module.parse(text)
        ops = _candidates(module)
        if index >= len(ops) or ops[index].name not in _INLINABLE or len(ops[index].results):
            return None
        op = ops[index]
        if not len(op.regions[0].blocks):
            return None
        body = op.regions[0].blocks[0]
        for argument in body.arguments:
            if op.name == "scf.for":
                argument.replace_all_uses_with(op.operands[0])
            elif op.name == "scf.forall" and has_uses(argument):
                return None  # static bounds: no value to substitute
        for inner in [o.operation for o in body.operations]:
            if is_terminator(inner):
                continue
            inner.move_before(op)
        op.erase()
        return _print(module)


class Reducer:
    """Shrinks `text` while `still_fails(canonical_text)` holds."""

    def __init__(self, aie_opt: str, still_fails: Predicate, seconds: float) -> None:
        self.aie_opt = aie_opt
        self.still_fails = still_fails
        self.deadline = time.monotonic() + seconds
        self.trials = 0

    def _out_of_time(self) -> bool:
        return time.monotonic() > self.deadline

    def accepts(self, text: str) -> bool:
        return self._accept(text) is not None

    def _accept(self, candidate: str | None) -> str | None:
        if candidate is None:
            return None
        self.trials += 1
        checked = verify(self.aie_opt, candidate)
        if checked.ok and self.still_fails(checked.text):
            return checked.text
        return None

    def _ddmin(self, text: str) -> tuple[str, bool]:
        progress = False
        parts = 2
        while not self._out_of_time():
            total = count_ops(text)
            if total == 0:
                break
            parts = min(parts, total)
            chunk = -(-total // parts)
            for start in reversed(range(0, total, chunk)):  # later ops first: they are the users
                if self._out_of_time():
                    return text, progress
                smaller = self._accept(delete_ops(text, range(start, start + chunk)))
                if smaller is not None:
                    text, progress = smaller, True
                    parts = max(parts - 1, 2)
                    break
            else:
                if chunk == 1:
                    break
                parts = min(parts * 2, total)
        return text, progress

    def _inline(self, text: str) -> tuple[str, bool]:
        progress = False
        index = 0
        while index < count_ops(text) and not self._out_of_time():
            smaller = self._accept(inline_region(text, index))
            if smaller is not None:
                text, progress = smaller, True
            else:
                index += 1
        return text, progress

    def reduce(self, text: str) -> str:
        """The smallest failing text found (canonical form)."""
        while not self._out_of_time():
            text, deleted = self._ddmin(text)
            text, inlined = self._inline(text)
            if not deleted and not inlined:
                break
        log.debug("reduced to %d ops in %d trials", count_ops(text), self.trials)
        return text
