"""AIE target descriptions, read from the one definition (targets.json).

The C++ library embeds the same file at build time; ``tests`` check that both
sides read identical facts. Every number carries its source (a row of
HARDWARE.md with its tag: [S] spec, [M] measurement, [D] derived; or [F]
fitted to measurements by benchmarks/peers.py, which it names).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

from .errors import TargetDescriptionError, TargetError

T = TypeVar("T")

# The input element types herdflow handles (schedule.INPUT_TYPES, the CLI's --dtype).
ELEMENT_TYPES = ("i8", "i16", "i32", "bf16", "f32")


def _json(key: str) -> dict[str, str]:
    """Field metadata: the field is read from (and written to) targets.json
    under ``key``; the file is shared with C++ and keeps its camelCase keys."""
    return {"json": key}


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One number of a target description and where it comes from."""

    value: T
    source: str


@dataclass(frozen=True)
class DmaEngine:
    """The DMA engines of one tile kind (core, memtile or shim)."""

    s2mm_channels: Fact[int] = field(metadata=_json("s2mmChannels"))
    mm2s_channels: Fact[int] = field(metadata=_json("mm2sChannels"))
    buffer_descriptors: Fact[int] = field(metadata=_json("bufferDescriptors"))
    dims: Fact[int] = field(metadata=_json("dims"))
    max_wrap: Fact[int] = field(metadata=_json("maxWrap"))
    max_stride_words: Fact[int] = field(metadata=_json("maxStrideWords"))
    max_repeat: Fact[int] = field(metadata=_json("maxRepeat"))


@dataclass(frozen=True)
class ModelParameters:
    """Performance-model parameters that have no vendor number."""

    # Fraction of the peak MACs/cycle a kernel sustains, by kernel kind
    # ("direct": the compute herdflow emits, vectorized by the compiler;
    # "external": a hand-written microkernel linked with link_with) and input
    # element type.
    kernel_efficiency: dict[str, dict[str, Fact[float]]] = field(metadata=_json("kernelEfficiency"))
    transfer_setup_cycles: Fact[int] = field(metadata=_json("transferSetupCycles"))
    buffer_depth: Fact[int] = field(metadata=_json("bufferDepth"))
    dispatch_microseconds: Fact[float] = field(metadata=_json("dispatchMicroseconds"))
    reconfiguration_microseconds: Fact[float] = field(metadata=_json("reconfigurationMicroseconds"))
    elementwise_bits_per_cycle: Fact[int] = field(metadata=_json("elementwiseBitsPerCycle"))
    # A core's vector store rate: bounds a transpose within L1.
    store_bits_per_cycle: Fact[int] = field(metadata=_json("storeBitsPerCycle"))


KERNEL_KINDS = ("direct", "external")

_MODEL_KINDS: dict[str, type] = {
    "transfer_setup_cycles": int, "buffer_depth": int, "dispatch_microseconds": float,
    "reconfiguration_microseconds": float, "elementwise_bits_per_cycle": int, "store_bits_per_cycle": int,
}


@dataclass(frozen=True)
class TargetDescription:
    """Everything herdflow knows about one AIE target. Field names are
    snake_case; ``to_json`` gives the camelCase layout of targets.json."""

    name: str
    summary: str
    columns: Fact[int]
    core_rows: Fact[int]
    clock_ghz: Fact[float]
    macs_per_cycle: dict[str, Fact[int]]
    intrinsic_mkn: dict[str, Fact[tuple[int, int, int]]]
    l1_bytes: Fact[int]
    l1_banks: Fact[int]
    memtile_bytes: Fact[int]
    core_dma: DmaEngine
    memtile_dma: DmaEngine
    shim_dma: DmaEngine
    stream_bytes_per_cycle: Fact[int]
    ddr_gbps: Fact[float]
    model: ModelParameters = field(repr=False)

    @property
    def num_cores(self) -> int:
        return self.columns.value * self.core_rows.value

    def pack_sizes(self, element_type: str) -> tuple[int, int, int]:
        """Pack sizes in herdflow's (m, n, k) order, from the m x k x n
        intrinsic. Raises TargetError for an element type without one."""
        fact = self.intrinsic_mkn.get(element_type) if isinstance(element_type, str) else None
        if fact is None:
            raise TargetError(
                f"target {self.name} has no intrinsic for element type "
                f"{element_type!r} (known: {', '.join(sorted(self.intrinsic_mkn))})"
            )
        m, k, n = fact.value
        return (m, n, k)

    def to_json(self) -> dict[str, Any]:
        """The description in the layout of targets.json."""

        def fact(f: Fact[Any]) -> dict[str, Any]:
            value = list(f.value) if isinstance(f.value, tuple) else f.value
            return {"value": value, "source": f.source}

        def keyed(obj: DmaEngine | ModelParameters) -> dict[str, Any]:
            def entry(value: Any) -> Any:
                if isinstance(value, dict):
                    return {k: entry(v) for k, v in value.items()}
                return fact(value)

            return {x.metadata["json"]: entry(getattr(obj, x.name)) for x in fields(obj)}

        return {
            "summary": self.summary,
            "array": {"columns": fact(self.columns), "coreRows": fact(self.core_rows)},
            "clockGHz": fact(self.clock_ghz),
            "macsPerCycle": {k: fact(v) for k, v in self.macs_per_cycle.items()},
            "intrinsicMKN": {k: fact(v) for k, v in self.intrinsic_mkn.items()},
            "l1": {"bytes": fact(self.l1_bytes), "banks": fact(self.l1_banks)},
            "memtile": {"bytes": fact(self.memtile_bytes)},
            "coreDma": keyed(self.core_dma),
            "memtileDma": keyed(self.memtile_dma),
            "shimDma": keyed(self.shim_dma),
            "streamBytesPerCycle": fact(self.stream_bytes_per_cycle),
            "ddrGBps": fact(self.ddr_gbps),
            "model": keyed(self.model),
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
    return DmaEngine(**{x.name: _fact(raw, x.metadata["json"], f"{path}.{key}", int) for x in fields(DmaEngine)})


def _kernel_efficiency(raw: Any, path: str, types: list[str]) -> dict[str, dict[str, Fact[float]]]:
    """Per kernel kind, an efficiency in (0, 1] for every element type the
    target computes."""
    where = f"{path}.kernelEfficiency"
    table = _get(raw, "kernelEfficiency", path)
    if not isinstance(table, dict) or sorted(table) != sorted(KERNEL_KINDS):
        raise TargetDescriptionError(f"targets.json: {where}: expected the kernel kinds {', '.join(KERNEL_KINDS)}")
    result = {}
    for kind in KERNEL_KINDS:
        facts = _facts(table, kind, where, float)
        if sorted(facts) != sorted(types):
            raise TargetDescriptionError(f"targets.json: {where}.{kind}: expected one efficiency per element type "
                                         f"of macsPerCycle ({', '.join(sorted(types))})")
        for name, efficiency in facts.items():
            if not 0 < efficiency.value <= 1:
                raise TargetDescriptionError(f"targets.json: {where}.{kind}.{name}.value: expected a fraction in "
                                             f"(0, 1], got {efficiency.value}")
        result[kind] = facts
    return result


def _model(obj: Any, path: str, types: list[str]) -> ModelParameters:
    raw = _get(obj, "model", path)
    return ModelParameters(
        kernel_efficiency=_kernel_efficiency(raw, f"{path}.model", types),
        **{x.name: _fact(raw, x.metadata["json"], f"{path}.model", _MODEL_KINDS[x.name])
           for x in fields(ModelParameters) if x.name in _MODEL_KINDS},
    )


def parse_target(name: str, raw: Any) -> TargetDescription:
    """One entry of targets.json (camelCase keys) as a TargetDescription
    (snake_case fields). Raises TargetDescriptionError naming the JSON path
    of a missing or malformed field."""
    path = f"targets.{name}"
    summary = _get(raw, "summary", path)
    if not isinstance(summary, str):
        raise TargetDescriptionError(f"targets.json: {path}.summary must be a string")
    array = _get(raw, "array", path)
    l1 = _get(raw, "l1", path)
    memtile = _get(raw, "memtile", path)
    macs_per_cycle = _facts(raw, "macsPerCycle", path, int)
    return TargetDescription(
        name=name,
        summary=summary,
        columns=_fact(array, "columns", f"{path}.array", int),
        core_rows=_fact(array, "coreRows", f"{path}.array", int),
        clock_ghz=_fact(raw, "clockGHz", path, float),
        macs_per_cycle=macs_per_cycle,
        intrinsic_mkn=_facts(raw, "intrinsicMKN", path, tuple),
        l1_bytes=_fact(l1, "bytes", f"{path}.l1", int),
        l1_banks=_fact(l1, "banks", f"{path}.l1", int),
        memtile_bytes=_fact(memtile, "bytes", f"{path}.memtile", int),
        core_dma=_dma(raw, "coreDma", path),
        memtile_dma=_dma(raw, "memtileDma", path),
        shim_dma=_dma(raw, "shimDma", path),
        stream_bytes_per_cycle=_fact(raw, "streamBytesPerCycle", path, int),
        ddr_gbps=_fact(raw, "ddrGBps", path, float),
        model=_model(raw, path, list(macs_per_cycle)),
    )


def targets_json_text() -> str:
    """The installed targets.json, byte for byte the file the C++ embeds."""
    return resources.files(__package__).joinpath("targets.json").read_text(encoding="utf-8")


@cache
def _load() -> dict[str, TargetDescription]:
    raw = json.loads(targets_json_text())
    entries = _get(raw, "targets", "")
    return {name: parse_target(name, entries[name]) for name in sorted(entries)}


def target_names() -> list[str]:
    """The names of the targets in targets.json, sorted ("npu1", "npu4")."""
    return list(_load())


def get_target(name: str) -> TargetDescription:
    """The description of target ``name`` ("npu1" or "npu4"). Raises
    TargetError for a name that is not in targets.json."""
    targets = _load()
    if not isinstance(name, str) or name not in targets:
        raise TargetError(f"unknown target {name!r} (known: {', '.join(targets)})")
    return targets[name]
