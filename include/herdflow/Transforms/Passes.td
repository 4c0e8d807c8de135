//===- Passes.td - herdflow passes -------------------------*- tablegen -*-===//

#ifndef HERDFLOW_TRANSFORMS_PASSES_TD
#define HERDFLOW_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def EraseMemorySpacesPass : Pass<"aie-erase-memory-spaces", "::mlir::ModuleOp"> {
  let summary = "Erase the memory spaces of memref types, for CPU execution";
  let description = [{
    L2 (memory space 1) and L1 (memory space 2) buffers mean nothing to a CPU,
    and the LLVM lowering turns them into `!llvm.ptr<N>` that `malloc`/`free`
    calls do not accept. This pass rewrites every memref type in the module
    (values, block arguments, function types, type attributes) to the default
    memory space, and folds `memref.memory_space_cast` ops that become
    identities. The program computes the same values afterwards.

    Before:
    ```mlir
    func.func @f(%a: memref<32x32xi32, 1>) {
      %l1 = memref.alloc() : memref<32x32xi32, 2>
      linalg.copy ins(%a : memref<32x32xi32, 1>) outs(%l1 : memref<32x32xi32, 2>)
      ...
    }
    ```
    After:
    ```mlir
    func.func @f(%a: memref<32x32xi32>) {
      %l1 = memref.alloc() : memref<32x32xi32>
      linalg.copy ins(%a : memref<32x32xi32>) outs(%l1 : memref<32x32xi32>)
      ...
    }
    ```
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

#endif // HERDFLOW_TRANSFORMS_PASSES_TD
