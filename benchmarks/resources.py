#!/usr/bin/env python3
"""Benchmark: what each stage of the streaming-K schedule asks of the array.

For the discussion's 1024x512x2048 i32 case (2x2 herd) and a 4x4 herd, in
both fill modes, prints after copy-to-dma, dma-to-channel, share-peeled-dmas
and unpeel-transfers: whether aie-check-resources accepts it on the target, the
largest input/output DMA channel counts per tile kind, the core's buffer
descriptors and the bytes read from L3 per matmul.

    python benchmarks/resources.py [--target npu1]
"""

from __future__ import annotations

import argparse

from herdflow.frontend import generate
from herdflow.passes import run_passes
from herdflow.resources import ResourceError, ResourceReport, check_resources
from herdflow.schedule import Schedule

CASES = {
    "1024x512x2048 2x2": Schedule(1024, 512, 2048),
    "1024x512x2048 4x4": Schedule(1024, 512, 2048, herd=(4, 4), block=(128, 128)),
}
STAGES = {
    "copy-to-dma": "",
    "dma-to-channel": ",aie-dma-to-channel",
    "share-peeled-dmas": ",aie-dma-to-channel,aie-share-peeled-dmas",
    "unpeel-transfers": ",aie-dma-to-channel,aie-share-peeled-dmas,aie-unpeel-transfers{{target={target}}}",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", default="npu1")
    args = parser.parse_args()
    print(f"{'case':<18} {'fill':<11} {'stage':<18} {'check':<6} {'core in/out':>11} {'memtile':>8} "
          f"{'shim':>6} {'core BDs':>8} {'L3 read MB':>11}")
    for name, schedule in CASES.items():
        baseline = generate(schedule)
        for mode in ("conditional", "peel"):
            prefix = f"aie-fuse-fill-into-loop{{mode={mode}}},aie-hoist-pack-unpack,aie-forall-to-air,aie-copy-to-dma"
            for stage, passes in STAGES.items():
                text = run_passes(baseline, prefix + passes.format(target=args.target))
                try:
                    report: ResourceReport | None = check_resources(text, args.target)
                    verdict = "fits"
                except ResourceError as error:
                    report, verdict = error.report, "FAILS"
                assert report is not None
                core = "{}/{}".format(*report.channels("core"))
                memtile = "{}/{}".format(*report.channels("memtile"))
                shim = "{}/{}".format(*report.channels("shim"))
                descriptors = report.segments[0].core.buffer_descriptors if report.segments[0].core else 0
                l3 = report.traffic.get("L3->L2", 0) / 1e6
                print(f"{name:<18} {mode:<11} {stage:<18} {verdict:<6} {core:>11} {memtile:>8} {shim:>6} "
                      f"{descriptors:>8} {l3:>11.1f}")


if __name__ == "__main__":
    main()
