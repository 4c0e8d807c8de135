// The IREE 3.13 front end gives the stage-0 IR the embedded front end gives:
// the same lines are checked (streamk-baseline.mlir).
// REQUIRES: iree
// RUN: herdflow compile --schedule default --m 1024 --n 512 --k 2048 --frontend iree | FileCheck %S/streamk-baseline.mlir
