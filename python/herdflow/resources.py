"""What an AIR program needs from the AIE array: ``aie-check-resources`` from
Python, its report as dataclasses."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _validate
from .errors import PassError, ResourceError
from .passes import run_passes

__all__ = ["ResourceError", "ResourceReport", "SegmentUsage", "TileUsage", "check_resources"]


@dataclass(frozen=True)
class TileUsage:
    """One tile's DMA engine (and memory): used against available."""

    kind: str  # "core" (each core of the herd), "memtile", "shim"
    index: int  # memtile index or shim column; 0 for cores
    s2mm: int
    s2mm_available: int
    mm2s: int
    mm2s_available: int
    buffer_descriptors: int
    buffer_descriptors_available: int
    bytes: int | None = None  # L1 per core or L2 per memtile
    bytes_available: int | None = None

    @staticmethod
    def from_json(entry: dict[str, Any]) -> TileUsage:
        return TileUsage(
            kind=entry["kind"], index=entry["index"], s2mm=entry["s2mm"], s2mm_available=entry["s2mmAvailable"],
            mm2s=entry["mm2s"], mm2s_available=entry["mm2sAvailable"],
            buffer_descriptors=entry["bufferDescriptors"],
            buffer_descriptors_available=entry["bufferDescriptorsAvailable"],
            bytes=entry.get("bytes"), bytes_available=entry.get("bytesAvailable"),
        )

    def describe(self) -> str:
        label = {"core": "core (each)", "memtile": f"memtile {self.index}", "shim": f"shim col {self.index}"}[self.kind]
        memory = f"  bytes {self.bytes} / {self.bytes_available}" if self.bytes is not None else ""
        return (f"{label}{memory}  S2MM {self.s2mm} / {self.s2mm_available}  MM2S {self.mm2s} / "
                f"{self.mm2s_available}  BDs {self.buffer_descriptors} / {self.buffer_descriptors_available}")


@dataclass(frozen=True)
class SegmentUsage:
    segment: str
    herd: str | None
    herd_shape: tuple[int, int] | None
    core: TileUsage | None
    memtiles: tuple[TileUsage, ...]
    shims: tuple[TileUsage, ...]
    fits: bool


@dataclass(frozen=True)
class ResourceReport:
    target: str
    fits: bool
    segments: tuple[SegmentUsage, ...]
    # Bytes moved per run by level pair ("L3->L2", ...); channel traffic
    # counted where it is received (once per core of a broadcast).
    traffic: dict[str, int]
    # False when some loop's trip count is not static (traffic incomplete).
    traffic_complete: bool

    @staticmethod
    def from_json(report: dict[str, Any]) -> ResourceReport:
        segments = []
        for entry in report["segments"]:
            shape = entry.get("herdShape")
            segments.append(SegmentUsage(
                segment=entry.get("segment", ""), herd=entry.get("herd"),
                herd_shape=(int(shape[0]), int(shape[1])) if shape else None,
                core=TileUsage.from_json(entry["core"]) if "core" in entry else None,
                memtiles=tuple(TileUsage.from_json(t) for t in entry["memtiles"]),
                shims=tuple(TileUsage.from_json(t) for t in entry["shims"]),
                fits=entry["fits"],
            ))
        traffic = {key: value for key, value in report["traffic"].items() if key != "complete"}
        return ResourceReport(target=report["target"], fits=report["fits"], segments=tuple(segments),
                              traffic=traffic, traffic_complete=report["traffic"]["complete"])

    def channels(self, kind: str) -> tuple[int, int]:
        """Largest (input, output) channel count over the tiles of ``kind``."""
        tiles = [t for s in self.segments for t in ((s.core,) if s.core else ()) + s.memtiles + s.shims
                 if t.kind == kind]
        return (max((t.s2mm for t in tiles), default=0), max((t.mm2s for t in tiles), default=0))

    def describe(self) -> str:
        lines = [f"resource usage on {self.target} (used / available):"]
        for segment in self.segments:
            herd = ""
            if segment.herd_shape:
                herd = f", herd @{segment.herd} {segment.herd_shape[0]}x{segment.herd_shape[1]}"
            lines.append(f" segment @{segment.segment}{herd}")
            tiles = ((segment.core,) if segment.core else ()) + segment.memtiles + segment.shims
            lines.extend(f"  {tile.describe()}" for tile in tiles)
        return "\n".join(lines)


def check_resources(ir_text: str, target: str = "npu1") -> ResourceReport:
    """Runs ``aie-check-resources{target=...}`` on an AIR program. Returns the
    usage report; raises ResourceError (with the errors at the ops and the
    report) when a limit is exceeded or the IR cannot be checked,
    ArgumentError when ``ir_text`` is not text or ``target`` is unknown."""
    from .target import target_names

    _validate.text(ir_text, "the AIR program")
    _validate.choice(target, target_names(), "target")
    with tempfile.TemporaryDirectory(prefix="herdflow-") as scratch:
        path = Path(scratch) / "report.json"
        try:
            run_passes(ir_text, f"aie-check-resources{{target={target} report-file={path}}}")
        except PassError as error:
            report = ResourceReport.from_json(json.loads(path.read_text())) if path.exists() else None
            first = error.errors[0] if error.errors else str(error)
            more = f" (and {len(error.errors) - 1} more)" if len(error.errors) > 1 else ""
            details = str(error).partition("\n")[2]
            raise ResourceError(f"does not fit {target}: {first}{more}\n{details}", error.errors, report) from None
        return ResourceReport.from_json(json.loads(path.read_text()))
