"""AIE target descriptions, read from the one definition (targets.json).

The C++ library embeds the same file at build time; ``tests`` check that both
sides read identical facts. Every number carries its source (a row of
HARDWARE.md with its tag: [S] spec, [M] measurement, [D] derived).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any, Generic, TypeVar

T = TypeVar("T")

ELEMENT_TYPES = ("i8", "i16", "i32", "bf16", "f32")


class TargetDescriptionError(ValueError):
    """targets.json is missing a field or has one of the wrong type."""


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One number of a target description and where it comes from."""

    value: T
    source: str


@dataclass(frozen=True)
class DmaEngine:
    """The DMA engines of one tile kind (core, memtile or shim)."""

    s2mmChannels: Fact[int]
    mm2sChannels: Fact[int]
    bufferDescriptors: Fact[int]
    dims: Fact[int]
    maxWrap: Fact[int]
    maxStrideWords: Fact[int]
    maxRepeat: Fact[int]


@dataclass(frozen=True)
class ModelParameters:
    """Performance-model parameters that have no vendor number."""

    computeEfficiency: Fact[float]
    transferSetupCycles: Fact[int]
    bufferDepth: Fact[int]
    dispatchMicroseconds: Fact[float]
    reconfigurationMicroseconds: Fact[float]


@dataclass(frozen=True)
class TargetDescription:
    """Everything herdflow knows about one AIE target."""

    name: str
    summary: str
    columns: Fact[int]
    coreRows: Fact[int]
    clockGHz: Fact[float]
    macsPerCycle: dict[str, Fact[int]]
    intrinsicMKN: dict[str, Fact[tuple[int, int, int]]]
    l1Bytes: Fact[int]
    l1Banks: Fact[int]
    memtileBytes: Fact[int]
    coreDma: DmaEngine
    memtileDma: DmaEngine
    shimDma: DmaEngine
    streamBytesPerCycle: Fact[int]
    ddrGBps: Fact[float]
    model: ModelParameters = field(repr=False)

    @property
    def num_cores(self) -> int:
        return self.columns.value * self.coreRows.value

    def pack_sizes(self, element_type: str) -> tuple[int, int, int]:
        """Pack sizes in herdflow's (m, n, k) order, from the m x k x n intrinsic."""
        try:
            m, k, n = self.intrinsicMKN[element_type].value
        except KeyError:
            raise KeyError(
                f"target {self.name} has no intrinsic for element type "
                f"'{element_type}' (known: {', '.join(sorted(self.intrinsicMKN))})"
            ) from None
        return (m, n, k)

    def to_json(self) -> dict[str, Any]:
        """The description in the layout of targets.json."""

        def fact(f: Fact[Any]) -> dict[str, Any]:
            value = list(f.value) if isinstance(f.value, tuple) else f.value
            return {"value": value, "source": f.source}

        def dma(d: DmaEngine) -> dict[str, Any]:
            return {x.name: fact(getattr(d, x.name)) for x in fields(d)}

        return {
            "summary": self.summary,
            "array": {"columns": fact(self.columns), "coreRows": fact(self.coreRows)},
            "clockGHz": fact(self.clockGHz),
            "macsPerCycle": {k: fact(v) for k, v in self.macsPerCycle.items()},
            "intrinsicMKN": {k: fact(v) for k, v in self.intrinsicMKN.items()},
            "l1": {"bytes": fact(self.l1Bytes), "banks": fact(self.l1Banks)},
            "memtile": {"bytes": fact(self.memtileBytes)},
            "coreDma": dma(self.coreDma),
            "memtileDma": dma(self.memtileDma),
            "shimDma": dma(self.shimDma),
            "streamBytesPerCycle": fact(self.streamBytesPerCycle),
            "ddrGBps": fact(self.ddrGBps),
            "model": {x.name: fact(getattr(self.model, x.name)) for x in fields(self.model)},
        }


# --- Parsing: every field is required, with its JSON path in the error. ---


def _get(obj: Any, key: str, path: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise TargetDescriptionError(f"targets.json: missing {path}.{key}")
    return obj[key]


def _fact(obj: Any, key: str, path: str, kind: type) -> Fact[Any]:
    raw = _get(obj, key, path)
    where = f"{path}.{key}"
    value = _get(raw, "value", where)
    source = _get(raw, "source", where)
    if not isinstance(source, str) or not source:
        raise TargetDescriptionError(f"targets.json: {where}.source must be a non-empty string")
    if kind is tuple:
        if (
            not isinstance(value, list)
            or len(value) != 3
            or not all(isinstance(v, int) and v > 0 for v in value)
        ):
            raise TargetDescriptionError(f"targets.json: {where}.value: expected three positive integers")
        return Fact(tuple(value), source)
    if kind is int and (not isinstance(value, (int, float)) or float(value) != int(value)):
        raise TargetDescriptionError(f"targets.json: {where}.value: expected an integer")
    if kind is float and not isinstance(value, (int, float)):
        raise TargetDescriptionError(f"targets.json: {where}.value: expected a number")
    return Fact(kind(value), source)


def _facts(obj: Any, key: str, path: str, kind: type) -> dict[str, Fact[Any]]:
    raw = _get(obj, key, path)
    if not isinstance(raw, dict):
        raise TargetDescriptionError(f"targets.json: {path}.{key}: expected an object")
    return {name: _fact(raw, name, f"{path}.{key}", kind) for name in sorted(raw)}


def _dma(obj: Any, key: str, path: str) -> DmaEngine:
    raw = _get(obj, key, path)
    return DmaEngine(**{x.name: _fact(raw, x.name, f"{path}.{key}", int) for x in fields(DmaEngine)})


def _model(obj: Any, path: str) -> ModelParameters:
    raw = _get(obj, "model", path)
    kinds = {"computeEfficiency": float, "transferSetupCycles": int, "bufferDepth": int,
             "dispatchMicroseconds": float, "reconfigurationMicroseconds": float}
    return ModelParameters(**{name: _fact(raw, name, f"{path}.model", kind) for name, kind in kinds.items()})


def parse_target(name: str, raw: Any) -> TargetDescription:
    path = f"targets.{name}"
    summary = _get(raw, "summary", path)
    array = _get(raw, "array", path)
    l1 = _get(raw, "l1", path)
    memtile = _get(raw, "memtile", path)
    return TargetDescription(
        name=name,
        summary=summary,
        columns=_fact(array, "columns", f"{path}.array", int),
        coreRows=_fact(array, "coreRows", f"{path}.array", int),
        clockGHz=_fact(raw, "clockGHz", path, float),
        macsPerCycle=_facts(raw, "macsPerCycle", path, int),
        intrinsicMKN=_facts(raw, "intrinsicMKN", path, tuple),
        l1Bytes=_fact(l1, "bytes", f"{path}.l1", int),
        l1Banks=_fact(l1, "banks", f"{path}.l1", int),
        memtileBytes=_fact(memtile, "bytes", f"{path}.memtile", int),
        coreDma=_dma(raw, "coreDma", path),
        memtileDma=_dma(raw, "memtileDma", path),
        shimDma=_dma(raw, "shimDma", path),
        streamBytesPerCycle=_fact(raw, "streamBytesPerCycle", path, int),
        ddrGBps=_fact(raw, "ddrGBps", path, float),
        model=_model(raw, path),
    )


def targets_json_text() -> str:
    """The installed targets.json, byte for byte the file the C++ embeds."""
    return resources.files(__package__).joinpath("targets.json").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _load() -> dict[str, TargetDescription]:
    raw = json.loads(targets_json_text())
    entries = _get(raw, "targets", "")
    return {name: parse_target(name, entries[name]) for name in sorted(entries)}


def target_names() -> list[str]:
    return list(_load())


def get_target(name: str) -> TargetDescription:
    """The description of target ``name`` ("npu1" or "npu4")."""
    targets = _load()
    if name not in targets:
        raise KeyError(f"unknown target '{name}' (known: {', '.join(targets)})")
    return targets[name]
