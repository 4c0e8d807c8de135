//===- HerdflowDialect.td - herdflow's discardable attributes -*- tablegen -*-===//

#ifndef HERDFLOW_DIALECT_HERDFLOW_IR_HERDFLOWDIALECT_TD
#define HERDFLOW_DIALECT_HERDFLOW_IR_HERDFLOWDIALECT_TD

include "mlir/IR/DialectBase.td"

def Herdflow_Dialect : Dialect {
  let name = "herdflow";
  let cppNamespace = "::herdflow";
  let summary = "The discardable attributes herdflow's passes exchange";
  let description = [{
    No ops: the dialect declares and verifies the attributes that passes put
    on ops of other dialects for later passes, the resource check and the
    performance model to read:

    - `herdflow.memtile = i : i64` on an L2 `memref.alloc`: the memtile (herd
      column) that holds the buffer; i >= 0.
    - `herdflow.dma_channel = i : i64` on an `air.dma_memcpy_nd` of a
      segment: DMAs of one tile with the same i share one hardware channel;
      i >= 0.
    - `herdflow.depth = d : i64` on a `memref.alloc`: the buffer's depth
      (number of copies for multi-buffering), overriding the target's; d >= 1.

    Any other `herdflow.*` attribute, or one of these with a value of another
    kind, fails the verifier.
  }];
  let hasOperationAttrVerify = 1;
}

#endif // HERDFLOW_DIALECT_HERDFLOW_IR_HERDFLOWDIALECT_TD
