//===- AIRBase.td - AIR dialect, types and interfaces ------*- tablegen -*-===//
//
// The subset of Xilinx/mlir-air's AIR dialect that herdflow produces. Op names
// and assembly follow mlir-air so that its tools can read herdflow's output.
//
//===----------------------------------------------------------------------===//

#ifndef HERDFLOW_DIALECT_AIR_IR_AIRBASE_TD
#define HERDFLOW_DIALECT_AIR_IR_AIRBASE_TD

include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/OpBase.td"

def AIR_Dialect : Dialect {
  let name = "air";
  let cppNamespace = "::herdflow::air";
  let summary = "Spatial hierarchy and data movement for AIE arrays (AIR subset)";
  let description = [{
    The AIR dialect describes a program for an AMD AIE array as a hierarchy of
    spatial regions and the data movement between memory levels:

    - `air.launch`: an iteration space of independent work items, each run on
      one placed segment;
    - `air.segment`: the part of the array (memtiles and cores) one work item
      uses; holds L2 buffers;
    - `air.herd`: a 1-D or 2-D array of cores running the same body;
    - `air.dma_memcpy_nd`: an N-d strided copy between two memrefs;
    - `air.channel`, `air.channel.put`, `air.channel.get`: point-to-point or
      broadcast streams between a producer and consumers;
    - `air.wait_all` and `!air.async.token`: explicit asynchronous dependences.

    Memory spaces: none/0 is L3 (DDR), 1 is L2 (memtile), 2 is L1 (core).

    This is the subset herdflow needs, with mlir-air's op names and assembly.
    Offset, size and stride lists accept SSA values and integer literals.
  }];
  let useDefaultTypePrinterParser = 1;
  // The attributes passes put on AIR programs are verified with them.
  let dependentDialects = ["::herdflow::HerdflowDialect"];
}

class AIR_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<AIR_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def AIR_AsyncToken : AIR_Type<"AsyncToken", "async.token"> {
  let summary = "Token of an asynchronous AIR operation";
  let description = [{
    Produced by an AIR operation marked `async`; consumed in the `[deps]` list
    of operations that must wait for it.
  }];
}

class AIR_Op<string mnemonic, list<Trait> traits = []>
    : Op<AIR_Dialect, mnemonic, traits>;

#endif // HERDFLOW_DIALECT_AIR_IR_AIRBASE_TD
