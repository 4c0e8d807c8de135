// RUN: not aie-opt %s --aie-check-resources=target=npu9 2>&1 | FileCheck %s
// RUN: not aie-opt %s --aie-unpeel-transfers=target=npu9 2>&1 | FileCheck %s
// RUN: not aie-opt %s --aie-streaming-k=target=npu9 2>&1 | FileCheck %s
// RUN: aie-opt %s --aie-check-resources="report-file=%t.json" && FileCheck %s --check-prefix=JSON --input-file=%t.json
// One line naming the known targets, without the module printed after it.
// CHECK: error: unknown target 'npu9' (one of: npu1, npu4)
// CHECK-NOT: func.func
// JSON: "fits": true
// JSON: "target": "npu1"
module {
  func.func @f() {
    return
  }
}
