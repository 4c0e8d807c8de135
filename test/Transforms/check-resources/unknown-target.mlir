// RUN: not aie-opt %s --aie-check-resources=target=npu9 2>&1 | FileCheck %s
// RUN: not aie-opt %s --aie-share-peeled-dmas=target=npu9 2>&1 | FileCheck %s
// RUN: aie-opt %s --aie-check-resources="report-file=%t.json" && FileCheck %s --check-prefix=JSON --input-file=%t.json
// CHECK: error: unknown target 'npu9'
// JSON: "fits": true
// JSON: "target": "npu1"
module {
}
