// The C++ view of the target descriptions, parsed from the embedded
// targets.json. Python reads the same file: test/python/test_target.py checks
// that both views are equal.
// RUN: aie-opt %s --test-aie-target-description=target=npu1 -o /dev/null | FileCheck %s --check-prefix=NPU1
// RUN: aie-opt %s --test-aie-target-description=target=npu4 -o /dev/null | FileCheck %s --check-prefix=NPU4
// RUN: not aie-opt %s --test-aie-target-description=target=npu9 -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// Pack sizes are (m, n, k), converted from the intrinsic's m x k x n.
// NPU1:      "derived": {
// NPU1-NEXT:   "numCores": 16,
// NPU1-NEXT:   "packSizesMNK": {
// NPU1-NEXT:     "bf16": [
// NPU1-NEXT:       4,
// NPU1-NEXT:       4,
// NPU1-NEXT:       8
// NPU1:          "i32": [
// NPU1-NEXT:       4,
// NPU1-NEXT:       4,
// NPU1-NEXT:       2
// NPU1:      "coreDma": {
// NPU1:        "maxWrap": {
// NPU1-NEXT:     "source": "[S] HARDWARE.md core tile DMA: wrap <= 255",
// NPU1-NEXT:     "value": 255
// NPU1:      "l1": {
// NPU1:        "bytes": {
// NPU1-NEXT:     "source": "[S] HARDWARE.md L1 per core: 64 KiB data memory",
// NPU1-NEXT:     "value": 65536
// NPU1:      "memtileDma": {
// NPU1:        "mm2sChannels": {
// NPU1-NEXT:     "source": "[S] HARDWARE.md memtile: 6 MM2S",
// NPU1-NEXT:     "value": 6
// NPU1:      "streamBytesPerCycle": {
// NPU1-NEXT:   "source": "[S] {{.*}}",
// NPU1-NEXT:   "value": 4
// NPU1:      "target": "npu1"

// NPU4:      "numCores": 32,
// NPU4:      "i8": [
// NPU4-NEXT:   8,
// NPU4-NEXT:   8,
// NPU4-NEXT:   8
// NPU4:      "streamBytesPerCycle": {
// NPU4-NEXT:   "source": "[S] HARDWARE.md stream width: 64 bit",
// NPU4-NEXT:   "value": 8
// NPU4:      "target": "npu4"

// UNKNOWN: error: unknown target 'npu9' (known: npu1, npu4)
module {}
