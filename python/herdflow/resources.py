"""What an AIR program needs from the AIE array: the C++ ResourceUsage
analysis (what ``aie-check-resources`` checks) through the bindings, its
report as dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import _validate
from .errors import PassError, ResourceError

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
    # The report as aie-check-resources{report=true} prints it.
    text: str = ""

    @staticmethod
    def from_json(report: dict[str, Any], text: str = "") -> ResourceReport:
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
                              traffic=traffic, traffic_complete=report["traffic"]["complete"], text=text)

    def channels(self, kind: str) -> tuple[int, int]:
        """Largest (input, output) channel count over the tiles of ``kind``."""
        tiles = [t for s in self.segments for t in ((s.core,) if s.core else ()) + s.memtiles + s.shims
                 if t.kind == kind]
        return (max((t.s2mm for t in tiles), default=0), max((t.mm2s for t in tiles), default=0))

    def describe(self) -> str:
        return self.text


def check_resources(ir_text: str, target: str = "npu1") -> ResourceReport:
    """What an AIR program asks of ``target``: the analysis
    ``aie-check-resources`` runs, through the bindings. Returns the usage
    report; raises ResourceError (with the errors at the ops and the report)
    when a limit is exceeded or the IR cannot be counted, PassError when it
    does not parse, ArgumentError when ``ir_text`` is not text or ``target``
    is unknown."""
    from .mlir import ir
    from .mlir._mlir_libs import _herdflow
    from .target import target_names

    _validate.nesting(_validate.text(ir_text, "the AIR program"), "the AIR program", PassError)
    _validate.choice(target, target_names(), "target")
    errors: list[str] = []
    details: list[str] = []

    def collect(diagnostic: Any) -> bool:
        if diagnostic.severity == ir.DiagnosticSeverity.ERROR:
            errors.append(diagnostic.message)
            details.append(f"{diagnostic.location}: error: {diagnostic.message}")
            details.extend(f"{note.location}: note: {note.message}" for note in diagnostic.notes)
        return True

    with ir.Context() as context:
        try:
            module = ir.Module.parse(ir_text)
        except ir.MLIRError as error:
            messages = [d.message for d in error.error_diagnostics]
            raise PassError(f"the AIR program does not parse: {messages[0] if messages else error.message}",
                            messages) from None
        handler = context.attach_diagnostic_handler(collect)
        try:
            result = _herdflow.compute_resource_usage(module.operation, target)
        finally:
            handler.detach()
    if result is None:  # checked above: the target is known, the op a module
        raise PassError(f"cannot compute the resource usage on {target}")
    report = ResourceReport.from_json(json.loads(result[0]), result[1])
    if errors or not report.fits:
        first = errors[0] if errors else "a limit is exceeded"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ResourceError(f"does not fit {target}: {first}{more}\n" + "\n".join(details), errors, report)
    return report
